"""Ingest fanned out: files parsed, OCR'd and embedded by worker processes — on this machine, or
on a Ray cluster — and written into the store by the calling process, one batch at a time.

Reading a page is the slow part (OCR: seconds a page; embedding: a fraction of that); writing is
not. So workers return store-ready documents (vectors included) and the caller stays the one
writer: the store's write protocol, its lock and resumable batches are unchanged. Each worker
loads the embedder and the OCR models once and uses cores/workers threads, so N workers on N
cores do not fight over them.
Leaves out: which files to read (library.py) and how a file is read (indexing.py, ingest/).
"""
from __future__ import annotations

import logging
import os
import tempfile
from collections import deque
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Iterator, Protocol

from .indexing import Prepared, SourceFile, batches, embed_documents, parse_file, unreadable
from .loading import DocumentError
from .store import PreparedDocument

log = logging.getLogger(__name__)


class Workers(Protocol):
    def map(self, items: list[SourceFile]) -> Iterator[Prepared]:
        """Each file read and embedded, in the order they finish."""

    def close(self) -> None: ...


@dataclass
class Job:
    """What a worker needs besides the file: the settings that shape a document."""

    model: str
    batch_size: int
    chunk_max_chars: int
    limits: dict
    threads: int


# ------------------------------------------------------------------ in a worker process

_JOB: Job | None = None
_EMBEDDER = None


def _start(job: Job) -> None:
    global _JOB, _EMBEDDER
    import torch

    from . import embedding
    from .ingest import ocr

    torch.set_num_threads(job.threads)
    ocr.THREADS = job.threads
    _JOB, _EMBEDDER = job, embedding.get_embedder(job.model, job.batch_size)


def _prepare(item: SourceFile) -> Prepared:
    try:
        doc = parse_file(item, _JOB.chunk_max_chars, limits=_JOB.limits)
    except (DocumentError, OSError) as exc:
        return unreadable(item, exc)
    embed_documents([doc], _EMBEDDER)
    return Prepared(item.name, doc)


def _prepare_bytes(name: str, data: bytes, path: str, mtime_ns: int) -> Prepared:
    """A file sent over the network: written to a private temporary file, read from there, and
    given back the path and times it has on the machine it came from."""
    with tempfile.TemporaryDirectory() as tmp:
        local = Path(tmp) / Path(name).name
        local.write_bytes(data)
        done = _prepare(SourceFile(name, local))
    if done.doc is not None:
        done.doc.path, done.doc.mtime_ns = path, mtime_ns
    return done


# ------------------------------------------------------------------ pools


class ProcessWorkers:
    """N processes on this machine (spawned: no fork of a process holding OpenMP threads)."""

    def __init__(self, n: int, job: Job):
        self.n = n
        self.pool = ProcessPoolExecutor(max_workers=n, mp_context=get_context("spawn"), initializer=_start,
                                        initargs=(job,))

    def map(self, items: list[SourceFile]) -> Iterator[Prepared]:
        return _windowed(items, lambda item: self.pool.submit(_prepare, item), self.n * 2,
                         lambda future: future.result(), _wait_futures)

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


class RayWorkers:
    """N actors on a Ray cluster (`address` as ray.init takes it: "auto", "host:6379",
    "ray://host:10001", or "local" for a cluster of this machine alone). Files travel as bytes,
    so the workers need no shared filesystem."""

    def __init__(self, n: int, job: Job, address: str):
        try:
            import ray
        except ImportError:
            raise ValueError("--ray needs Ray: pip install -e .[cluster]") from None
        self.ray = ray
        if not ray.is_initialized():
            _reachable(address)
            # Starting a local cluster, Ray waits 30 s for its GCS server to write its port; on
            # two busy cores (a Milvus server, OCR workers, models loading) that start has taken
            # longer and failed the add. Ray's own setting, left alone when the user set it.
            os.environ.setdefault("RAY_gcs_server_port_wait_time_s", "120")
            # A local cluster's start has also failed outright now and then on this machine
            # (its GCS server never wrote its port; the next start worked; once, in a CI run, the
            # next one's raylet timed out too): two more tries.
            attempts = 3 if address == "local" else 1
            for attempt in range(1, attempts + 1):
                try:
                    ray.init(address=address, include_dashboard=False, log_to_driver=False,
                             runtime_env={"env_vars": {"TOKENIZERS_PARALLELISM": "false"}})
                    break
                except Exception as exc:  # (ConnectionError, RuntimeError, TimeoutError, Ray's own…)
                    if attempt == attempts:
                        raise ValueError(f"cannot join the Ray cluster at {address!r}: {exc}") from None
                    log.warning("starting a local Ray cluster failed (%s); trying again", exc)
                    ray.shutdown()

        @ray.remote(num_cpus=1)
        class Worker:
            def __init__(self, job):
                _start(job)

            def prepare(self, name, data, path, mtime_ns):
                return _prepare_bytes(name, data, path, mtime_ns)

        job = Job(**{**job.__dict__, "threads": 1})  # one core per actor, wherever Ray places it
        self.actors = [Worker.remote(job) for _ in range(n)]
        self.n = n

    def map(self, items: list[SourceFile]) -> Iterator[Prepared]:
        free = deque(self.actors)
        owner = {}

        def submit(item: SourceFile):
            actor = free.popleft()
            stat = item.path.stat()
            ref = actor.prepare.remote(item.name, item.path.read_bytes(), str(item.path.resolve()), stat.st_mtime_ns)
            owner[ref] = actor
            return ref

        def result(ref):
            free.append(owner.pop(ref))
            return self.ray.get(ref)

        def wait_refs(pending):
            done, _ = self.ray.wait(list(pending), num_returns=1)
            return done

        return _windowed(items, submit, self.n, result, wait_refs)

    def close(self) -> None:
        for actor in self.actors:
            self.ray.kill(actor)


def _reachable(address: str, timeout: float = 5.0) -> None:
    """Fail fast on a cluster address nobody answers at (ray.init would retry for minutes)."""
    import socket

    host, sep, port = address.removeprefix("ray://").rpartition(":")
    if not sep or not port.isdigit():
        return  # "auto", "local": Ray finds or starts the cluster itself
    try:
        socket.create_connection((host or "127.0.0.1", int(port)), timeout=timeout).close()
    except OSError as exc:
        raise ValueError(f"cannot join the Ray cluster at {address!r}: {exc.strerror or exc}") from None


def _wait_futures(pending):
    done, _ = wait(pending, return_when=FIRST_COMPLETED)
    return done


def _windowed(items, submit, window: int, result, wait_some) -> Iterator[Prepared]:
    """Keep `window` files in flight; yield each as it finishes (memory: a window of documents)."""
    todo = deque(items)
    pending: dict = {}
    while todo or pending:
        while todo and len(pending) < window:
            item = todo.popleft()
            try:
                pending[submit(item)] = item
            except OSError as exc:  # gone or unreadable before it could be sent
                yield unreadable(item, exc)
        for handle in wait_some(pending):
            item = pending.pop(handle)
            yield result(handle)


def prepared_batches(items: list[SourceFile], workers: Workers, *, batch_units: int
                     ) -> Iterator[tuple[list[PreparedDocument], dict[str, str], int]]:
    """indexing.prepared_batches with the reading (and embedding) done by workers."""
    return batches(workers.map(items), {i.name: i.size for i in items}, batch_units)


def start(n: int, job: Job, ray: str | None = None) -> Workers:
    if n < 1:
        raise ValueError(f"--workers must be at least 1, not {n}")
    return RayWorkers(n, job, ray) if ray else ProcessWorkers(n, job)


def threads_per_worker(n: int) -> int:
    return max(1, (os.cpu_count() or 1) // n)
