"""The local store: SQLite rows, FAISS segments and a tantivy keyword index in one folder, with
writes that survive being killed at any point.

    index/CURRENT             name of the generation in use (replaced atomically by a build)
    index/.write.lock         one writer at a time across processes (an OS lock: dies with its owner)
    index/gen-<id>/store.sqlite   rows, term frequencies, segment list, tombstones, pending work
    index/gen-<id>/vectors/   FAISS segments (dense.py)
    index/gen-<id>/keywords/  tantivy index (keywords.py)
    index/.building/          a build in progress; a later build of the same folder resumes it

SQLite is the commit point. The rule that makes a killed write harmless: FAISS and tantivy may
hold *more* than SQLite (orphans, never returned because their rows do not exist), never less.
So an add writes postings and a vector file first, then commits rows; a removal commits first
(rows gone, units tombstoned), then deletes postings. Work that must be finished or undone after
a crash is written to the `pending` table before it starts; the next writer does it first.
Readers check one integer (meta.version) per question and load only what changed.
Leaves out: sharing one store between machines (that is the Milvus store's job).
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import threading
import time
import uuid
from pathlib import Path
from typing import Iterable

import numpy as np
from filelock import FileLock, Timeout

from . import (DocumentInfo, IndexBusy, IndexCorrupt, IndexMismatch, IndexMissing, PreparedDocument,
               StoredParagraph, StoredUnit)
from . import dense, rows
from .keywords import Keywords

log = logging.getLogger(__name__)

# Bump when the files change shape or ingest changes what is indexed: an index of another
# version is rebuilt (default index) or refused, never served.
FORMAT_VERSION = 6
DB = "store.sqlite"
BUILDING = ".building"

# Fold deltas into the base when they (or the tombstones) reach this share of it: the fold
# rewrites the base, so each unit pays for it ~1/share times over its life — O(1) amortised.
FOLD_SHARE = 0.25
FOLD_MIN_UNITS = 2000
MAX_DELTAS = 16  # beyond this, small deltas are merged into one (cost: the deltas only)


class LocalStore:
    def __init__(self, folder: Path, lock: FileLock, *, nprobe: int = 48, ann_threshold: int = 50_000,
                 fold: bool = True):
        self.folder = Path(folder)
        self.lock = lock
        self.ann_threshold = ann_threshold
        # A build folds once at the end (finish_build): folding after every batch would rewrite
        # the growing base each time, O(n^2) over the build.
        self.fold_after_writes = fold
        db = self.folder / DB
        if not db.is_file():
            raise IndexMissing(f"no store in {self.folder}; build one with `python -m rag build`")
        self._write_conn_lock = threading.RLock()
        self._local = threading.local()
        try:
            self.meta = rows.get_meta(self.conn)
        except sqlite3.DatabaseError as exc:
            raise IndexCorrupt(f"{db} is damaged ({exc}); rebuild with `python -m rag build`") from None
        self.dimension = int(self.meta.get("dimension", 0))
        self.segments = dense.Segments(self.folder / "vectors", self.dimension, nprobe)
        self.keywords = Keywords(self.folder / "keywords")
        self._version = -1
        self._refresh_lock = threading.Lock()
        self.refresh()

    # -------------------------------------------------------------- connections

    @property
    def conn(self) -> sqlite3.Connection:
        """One read connection per thread (sqlite3 connections are not shared across threads)."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = rows.connect(self.folder / DB)
        return conn

    def _db(self):
        """Translate SQLite's damage errors into the index error users can act on."""
        return _Damage(self.folder / DB)

    # -------------------------------------------------------------- reading

    def refresh(self) -> bool:
        with self._db():
            current = rows.version(self.conn)
            if current == self._version:
                return False
            with self._refresh_lock:
                conn = self.conn
                conn.execute("BEGIN")
                try:
                    current = rows.version(conn)
                    names = [r[0] for r in conn.execute("SELECT name FROM segments ORDER BY kind, name")]
                    dead = np.fromiter((r[0] for r in conn.execute("SELECT unit FROM tombstones")), dtype=np.int64)
                finally:
                    conn.execute("COMMIT")
                self.segments.load(names, dead)
                self.keywords.reload()
                self._version = current
        return True

    def search_dense(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        return self.segments.search(vector, k)

    def search_keywords(self, tokens: list[str], k: int) -> list[tuple[int, float]]:
        return self.keywords.search(tokens, k)

    def units(self, ids: list[int]) -> dict[int, StoredUnit]:
        with self._db():
            return rows.units(self.conn, ids)

    def paragraphs(self, ids: list[int], with_sentences: bool = True) -> dict[int, StoredParagraph]:
        with self._db():
            return rows.paragraphs(self.conn, ids, self.dimension, with_sentences)

    def article(self, paragraph: int) -> list[int]:
        with self._db():
            return rows.article(self.conn, paragraph)

    def document_frequency(self, terms: list[str]) -> tuple[dict[str, int], int]:
        with self._db():
            return rows.document_frequency(self.conn, terms)

    def vocabulary(self) -> dict[str, int]:
        with self._db():
            return rows.vocabulary(self.conn)

    def longer_terms(self, term: str) -> dict[str, int]:
        with self._db():
            return rows.longer_terms(self.conn, term)

    def documents(self, sources: list[str] | None = None) -> list[DocumentInfo]:
        with self._db():
            return rows.documents(self.conn, sources)

    def excluded(self) -> set[str]:
        with self._db():
            return {r[0] for r in self.conn.execute("SELECT source FROM excluded")}

    def skipped(self) -> dict[str, str]:
        with self._db():
            return dict(self.conn.execute("SELECT source, reason FROM skipped ORDER BY source"))

    def counts(self) -> dict[str, int]:
        with self._db():
            c = self.conn
            return {"documents": c.execute("SELECT count(*) FROM documents").fetchone()[0],
                    "paragraphs": c.execute("SELECT coalesce(sum(paragraphs), 0) FROM documents").fetchone()[0],
                    "units": rows.document_frequency(c, [])[1]}

    # -------------------------------------------------------------- writing

    def add(self, documents: Iterable[PreparedDocument]) -> None:
        """Write documents (a batch: one keyword commit, one vector file, one transaction)."""
        docs = list({d.source: d for d in documents}.values())  # the same name twice: the last wins
        if not docs:
            return
        with self.lock, self._write_conn_lock:
            self._recover()
            conn = self._writer()
            n_units = sum(len(d.units) for d in docs)
            segment = dense.new_name("delta")
            with rows.transaction(conn):  # reserve ids; say what to undo if we die before commit
                first_doc = rows.bump(conn, "next_doc", len(docs))
                first_unit = rows.bump(conn, "next_unit", n_units)
                doc_ids = list(range(first_doc, first_doc + len(docs)))
                pending = conn.execute("INSERT INTO pending(payload) VALUES (?)",
                                       (json.dumps({"docs": doc_ids, "segment": segment}),)).lastrowid
            unit_ids, postings, vectors = [], [], []
            uid = first_unit
            for doc_id, doc in zip(doc_ids, docs):
                for unit in doc.units:
                    unit_ids.append(uid)
                    postings.append((uid, doc_id, unit.tokens))
                    vectors.append(unit.vector)
                    uid += 1
            self.keywords.write(add=postings)
            if vectors:
                (self.folder / "vectors").mkdir(exist_ok=True)
                dense.write_delta(self.folder / "vectors" / segment, np.array(unit_ids), np.stack(vectors))
            replaced: list[int] = []
            with rows.transaction(conn):
                uid = first_unit
                for doc_id, doc in zip(doc_ids, docs):
                    old = rows.document_id(conn, doc.source)
                    if old is not None:
                        replaced.append(old)
                        self._delete_rows(conn, old)
                    df = rows.insert_document(conn, doc, doc_id, uid)
                    rows.add_terms(conn, df, +1)
                    rows.bump(conn, "units", len(doc.units))
                    uid += len(doc.units)
                    conn.execute("DELETE FROM excluded WHERE source=?", (doc.source,))
                    conn.execute("DELETE FROM skipped WHERE source=?", (doc.source,))
                if vectors:
                    conn.execute("INSERT INTO segments VALUES (?, 'delta', ?)", (segment, len(vectors)))
                conn.execute("DELETE FROM pending WHERE id=?", (pending,))
                purge = self._plan_purge(conn, replaced)
                rows.bump(conn, "version")
            self._finish_purge(conn, purge, replaced)
            self._maybe_fold(conn)

    def remove(self, sources: list[str], *, exclude: bool = True) -> list[str]:
        """Remove documents by name; returns the names that were there. exclude=True also
        keeps a folder sync from adding them again (the user removed them on purpose)."""
        with self.lock, self._write_conn_lock:
            self._recover()
            conn = self._writer()
            gone, ids = [], []
            with rows.transaction(conn):
                for source in dict.fromkeys(sources):
                    doc_id = rows.document_id(conn, source)
                    if exclude:
                        conn.execute("INSERT OR IGNORE INTO excluded VALUES (?)", (source,))
                    if doc_id is None:
                        continue
                    self._delete_rows(conn, doc_id)
                    gone.append(source)
                    ids.append(doc_id)
                purge = self._plan_purge(conn, ids)
                rows.bump(conn, "version")
            self._finish_purge(conn, purge, ids)
            self._maybe_fold(conn)
            return gone

    def record_skipped(self, skipped: dict[str, str]) -> None:
        if not skipped:
            return
        with self.lock, self._write_conn_lock:
            conn = self._writer()
            with rows.transaction(conn):
                conn.executemany("INSERT OR REPLACE INTO skipped VALUES (?, ?)", skipped.items())
                rows.bump(conn, "version")

    def set_meta(self, **values) -> None:
        with self.lock, self._write_conn_lock:
            conn = self._writer()
            with rows.transaction(conn):
                for key, value in values.items():
                    rows.set_meta(conn, key, value)
            self.meta.update(values)

    def compact(self) -> None:
        """Fold every vector segment into the base (exact or IVF by size)."""
        with self.lock, self._write_conn_lock:
            self._recover()
            self._fold(self._writer(), into_base=True)

    def _writer(self) -> sqlite3.Connection:
        conn = getattr(self, "_write_conn", None)
        if conn is None:
            conn = self._write_conn = rows.connect(self.folder / DB)
        return conn

    def _delete_rows(self, conn: sqlite3.Connection, doc_id: int) -> None:
        units, df = rows.delete_document(conn, doc_id)
        rows.add_terms(conn, df, -1)
        rows.bump(conn, "units", -len(units))
        conn.executemany("INSERT OR IGNORE INTO tombstones VALUES (?)", [(u,) for u in units])

    def _plan_purge(self, conn, doc_ids: list[int]) -> int | None:
        if not doc_ids:
            return None
        return conn.execute("INSERT INTO pending(payload) VALUES (?)", (json.dumps({"docs": doc_ids}),)).lastrowid

    def _finish_purge(self, conn, pending: int | None, doc_ids: list[int]) -> None:
        if pending is None:
            return
        self.keywords.write(delete_docs=doc_ids)
        with rows.transaction(conn):
            conn.execute("DELETE FROM pending WHERE id=?", (pending,))

    def _recover(self) -> None:
        """Finish or undo what a killed writer left: postings of uncommitted or removed
        documents, and vector files no committed row refers to."""
        conn = self._writer()
        for pid, payload in conn.execute("SELECT id, payload FROM pending ORDER BY id").fetchall():
            work = json.loads(payload)
            log.warning("finishing an interrupted write (%d documents)", len(work.get("docs", [])))
            self.keywords.write(delete_docs=work.get("docs", []))
            with rows.transaction(conn):
                listed = conn.execute("SELECT 1 FROM segments WHERE name=?", (work.get("segment", ""),)).fetchone()
                conn.execute("DELETE FROM pending WHERE id=?", (pid,))
            if work.get("segment") and not listed:
                (self.folder / "vectors" / work["segment"]).unlink(missing_ok=True)
        self._collect_garbage(conn)

    def _collect_garbage(self, conn, older_than: float = 300.0) -> None:
        """Delete vector files no longer listed (after a grace period: a reader in another
        process may still be opening the list it read just before a fold)."""
        folder = self.folder / "vectors"
        if not folder.is_dir():
            return
        listed = {r[0] for r in conn.execute("SELECT name FROM segments")}
        now = time.time()
        for path in folder.iterdir():
            if path.name not in listed and now - path.stat().st_mtime > older_than:
                path.unlink(missing_ok=True)

    def _maybe_fold(self, conn) -> None:
        if not self.fold_after_writes:
            return
        segs = conn.execute("SELECT name, kind, units FROM segments").fetchall()
        base = sum(u for _, kind, u in segs if kind == "base")
        deltas = [(n, u) for n, kind, u in segs if kind == "delta"]
        dead = conn.execute("SELECT count(*) FROM tombstones").fetchone()[0]
        limit = max(FOLD_MIN_UNITS, FOLD_SHARE * base)
        if sum(u for _, u in deltas) > limit or dead > limit:
            self._fold(conn, into_base=True)
        elif len(deltas) > MAX_DELTAS:
            self._fold(conn, into_base=False)

    def _fold(self, conn, *, into_base: bool) -> None:
        segs = conn.execute("SELECT name, kind FROM segments").fetchall()
        names = [n for n, kind in segs if into_base or kind == "delta"]
        if not names:
            return
        dead = {r[0] for r in conn.execute("SELECT unit FROM tombstones")}
        name, kind, count = dense.fold(self.folder / "vectors", names, dead, dimension=self.dimension,
                                       ann_threshold=self.ann_threshold, into_base=into_base)
        with rows.transaction(conn):
            conn.executemany("DELETE FROM segments WHERE name=?", [(n,) for n in names])
            conn.execute("INSERT INTO segments VALUES (?, ?, ?)", (name, kind, count))
            if into_base:  # every vector now lives in the new base, without the removed ones
                conn.execute("DELETE FROM tombstones")
            rows.bump(conn, "version")
        for n in names:  # retired: deleted by a later write once no reader can be opening them
            os.utime(self.folder / "vectors" / n)

    def close(self) -> None:
        for conn in (getattr(self._local, "conn", None), getattr(self, "_write_conn", None)):
            if conn is not None:
                conn.close()
        self._local.conn = self._write_conn = None


class _Damage:
    def __init__(self, db: Path):
        self.db = db

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if kind is not None and issubclass(kind, sqlite3.DatabaseError) and not isinstance(value, sqlite3.OperationalError):
            raise IndexCorrupt(f"{self.db} is damaged ({value}); rebuild with `python -m rag build`") from None
        return False


# ------------------------------------------------------------------ index folders and generations

def write_lock(index_dir: Path) -> FileLock:
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    return _Lock(str(index_dir / ".write.lock"))


class _Lock(FileLock):
    """The index's write lock; says so when it has to wait for another process."""

    def acquire(self, timeout=None, poll_interval=0.05, **kwargs):
        try:
            return super().acquire(timeout=0.2 if timeout is None else timeout, poll_interval=poll_interval, **kwargs)
        except Timeout:
            if timeout is not None:
                raise
        log.warning("another process is writing to this index; waiting for it to finish")
        try:
            return super().acquire(timeout=3600, poll_interval=0.2, **kwargs)
        except Timeout:
            raise IndexBusy(f"{self.lock_file} has been held by another process for an hour; "
                            "if no `rag` process is running, delete it") from None


def current_folder(index_dir: Path) -> Path:
    index_dir = Path(index_dir)
    pointer = index_dir / "CURRENT"
    if not pointer.is_file():
        raise IndexMissing(f"no index in {index_dir}; build one with `python -m rag build`")
    gen = index_dir / pointer.read_text(encoding="utf-8").strip()
    if not gen.is_dir() or gen.parent != index_dir or not (gen / DB).is_file():
        raise IndexCorrupt(f"{pointer} points to a missing generation; rebuild with `python -m rag build`")
    return gen


def read_meta(index_dir: Path) -> dict:
    """The current generation's settings (format, model, dimension, docs folder)."""
    gen = current_folder(index_dir)
    try:
        conn = rows.connect(gen / DB, readonly=True)
        try:
            return rows.get_meta(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise IndexCorrupt(f"{gen / DB} is damaged ({exc}); rebuild with `python -m rag build`") from None


def built_from(index_dir: Path) -> Path | None:
    """The documents folder the current generation was built from, if it is known."""
    try:
        gen = Path(index_dir) / (Path(index_dir) / "CURRENT").read_text(encoding="utf-8").strip()
        found = json.loads((gen / "build.json").read_text(encoding="utf-8")).get("docs_dir")
    except (OSError, ValueError, AttributeError):
        return None
    return Path(found) if found else None


def check_meta(meta: dict, index_dir: Path, *, model: str | None, dimension: int | None) -> None:
    if meta.get("format_version") != FORMAT_VERSION:
        raise IndexMismatch(f"index in {index_dir} has format {meta.get('format_version')}, "
                            f"this code reads {FORMAT_VERSION}; rebuild with `python -m rag build`")
    if model is not None and meta.get("model") != model:
        raise IndexMismatch(f"index in {index_dir} was built with model {meta.get('model')!r}, "
                            f"not {model!r}; rebuild with `python -m rag build`")
    if dimension is not None and meta.get("dimension") != dimension:
        raise IndexMismatch(f"index dimension {meta.get('dimension')} != model dimension {dimension}; "
                            "rebuild with `python -m rag build`")


def open_store(index_dir: Path, *, model: str | None = None, dimension: int | None = None,
               nprobe: int = 48, ann_threshold: int = 50_000) -> LocalStore:
    """The current generation, refused if of another format, model or dimension."""
    index_dir = Path(index_dir)
    meta = read_meta(index_dir)
    check_meta(meta, index_dir, model=model, dimension=dimension)
    return LocalStore(current_folder(index_dir), write_lock(index_dir), nprobe=nprobe, ann_threshold=ann_threshold)


def begin_build(index_dir: Path, meta: dict, lock: FileLock, **options) -> LocalStore:
    """The store a build writes into: the interrupted build of the same settings, or a new one."""
    folder = Path(index_dir) / BUILDING
    if (folder / DB).is_file():
        try:
            conn = rows.connect(folder / DB)
            same = {k: v for k, v in rows.get_meta(conn).items() if k in meta} == meta
            conn.close()
        except sqlite3.DatabaseError:
            same = False
        if same:
            store = LocalStore(folder, lock, fold=False, **options)
            log.warning("resuming an interrupted build (%d documents already indexed)", len(store.documents()))
            return store
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "vectors").mkdir(parents=True)
    conn = rows.connect(folder / DB)
    rows.create(conn, {**meta, "format_version": FORMAT_VERSION, "created": time.strftime("%Y-%m-%dT%H:%M:%S")})
    conn.close()
    return LocalStore(folder, lock, fold=False, **options)


def finish_build(index_dir: Path, store: LocalStore) -> Path:
    """Make the finished build the current generation (one atomic rename of CURRENT)."""
    index_dir = Path(index_dir)
    store.compact()
    store._collect_garbage(store._writer(), older_than=0)  # no reader has seen this generation yet
    # What the generation was built from, readable even when the database is damaged, so that
    # a damaged index can be rebuilt from its folder.
    (store.folder / "build.json").write_text(json.dumps(store.meta, ensure_ascii=False), encoding="utf-8")
    store.close()
    name = f"gen-{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:6]}"
    os.replace(store.folder, index_dir / name)
    pointer = index_dir / f".CURRENT-{uuid.uuid4().hex[:6]}"
    pointer.write_text(name + "\n", encoding="utf-8")
    with open(pointer, "rb") as fh:
        os.fsync(fh.fileno())
    previous = (index_dir / "CURRENT").read_text(encoding="utf-8").strip() if (index_dir / "CURRENT").is_file() else ""
    os.replace(pointer, index_dir / "CURRENT")
    _fsync_dir(index_dir)
    # The generation just replaced stays one build longer: a reader may still be answering from it.
    for child in index_dir.iterdir():
        if child.name.startswith("gen-") and child.name not in (name, previous):
            shutil.rmtree(child, ignore_errors=True)
        elif child.name.startswith(".CURRENT-"):
            child.unlink(missing_ok=True)
    return index_dir / name


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

