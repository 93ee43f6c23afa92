"""The document library: build an index from a folder, add, replace, remove and list documents.

Writes go through the store one batch at a time, each batch committed, so a large build keeps
memory flat and an interrupted one resumes (store/local.py keeps the half-built generation).
Adding a document under a name the index already holds replaces it; the same bytes again are
left alone. Removing a document also keeps a folder sync from bringing it back.
Leaves out: answering (api.py) and checking uploads (uploads.py).
"""
from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Callable

from . import store as stores
from .config import Settings
from .embedding import get_embedder
from .indexing import SourceFile, file_hash, prepared_batches
from .loading import DOC_SUFFIXES, iter_documents, scan
from .store import Store
from .store.local import begin_build, finish_build, open_store, write_lock

log = logging.getLogger(__name__)
Progress = Callable[[float, str], None]


class NoDocuments(ValueError):
    pass


def ingest_limits(settings: Settings) -> dict:
    return {"max_side": settings.ocr_max_side, "max_pixels": settings.max_image_pixels}


def store_options(settings: Settings) -> dict:
    return {"nprobe": settings.ann_nprobe, "ann_threshold": settings.ann_threshold}


def milvus_options(settings: Settings) -> dict:
    return {"uri": settings.milvus_address, "token": settings.milvus_token, "prefix": settings.milvus_collection}


def open_index(settings: Settings, *, model: str | None = None, dimension: int | None = None) -> Store:
    """The store behind settings.index_dir (local or Milvus, by settings.store), refused if built
    with another format, model or dimension."""
    if settings.store == "milvus":
        from .store import milvus
        return milvus.open_store(settings.index_dir, model=model, dimension=dimension, **milvus_options(settings))
    return open_store(settings.index_dir, model=model, dimension=dimension, **store_options(settings))


def index_exists(settings: Settings) -> bool:
    try:
        open_index(settings).close()
    except stores.IndexMissing:
        return False
    except stores.IndexProblem:
        return True  # there, but not usable as it is: opening it again says why
    return True


def build_index(docs_dir, index_dir, *, settings: Settings | None = None, progress: Progress | None = None) -> dict:
    """Build an index of every document in docs_dir into index_dir; returns its manifest.

    Unreadable files are skipped with a warning (manifest["skipped"]); a folder with no readable
    document raises NoDocuments and leaves any existing index untouched. A build that was
    interrupted resumes: documents it had already written are not read again.
    """
    settings = (settings or Settings.from_env()).with_(docs_dir=Path(docs_dir), index_dir=Path(index_dir))
    docs_dir, index_dir = Path(docs_dir), Path(index_dir)
    if not docs_dir.is_dir():
        raise NoDocuments(f"documents folder {docs_dir} does not exist")
    paths = iter_documents(docs_dir)
    if not paths:
        raise NoDocuments(f"no documents ({', '.join(DOC_SUFFIXES)}) in {docs_dir}")
    embedder = get_embedder(settings.embedding_model, settings.embed_batch_size)
    meta = {"model": embedder.name, "dimension": embedder.dimension,
            "chunk_max_chars": settings.chunk_max_chars, "docs_dir": str(docs_dir.resolve())}
    if settings.store == "milvus":
        return _build_shared(docs_dir, paths, meta, settings, progress)
    lock = write_lock(index_dir)
    with lock:
        building = begin_build(index_dir, meta, lock, **store_options(settings))
        _write_changed(building, docs_dir, paths, settings, progress)
        if not building.documents():
            reasons = "; ".join(building.skipped().values())
            building.close()
            shutil.rmtree(building.folder, ignore_errors=True)
            raise NoDocuments(f"none of the documents in {docs_dir} could be read: {reasons}")
        if progress:
            progress(0.99, "optimising the vector index")
        finish_build(index_dir, building)
    if progress:
        progress(1.0, "index saved")
    return manifest(open_store(index_dir, **store_options(settings)))


def _build_shared(docs_dir: Path, paths: list[Path], meta: dict, settings: Settings, progress: Progress | None) -> dict:
    """A build into a shared (Milvus) store, in place: other processes may be answering from it,
    so it is not swapped for a new one. Files new or changed since the last build are written,
    documents not in the folder removed; another model or chunking starts the collections anew.
    An interrupted build resumes: what it wrote is unchanged the next time."""
    from .store import milvus

    try:
        store = open_index(settings)
        same = all(store.meta.get(k) == v for k, v in meta.items() if k != "docs_dir")
    except (stores.IndexMissing, stores.IndexMismatch):
        store, same = None, False
    if not same:
        if store is not None:
            log.warning("the Milvus index was built with other settings; building it anew")
        store = milvus.create_store(settings.index_dir, meta, **milvus_options(settings))
    with store.lock:
        held, added = _write_changed(store, docs_dir, paths, settings, progress)
        names = {p.relative_to(docs_dir).as_posix() for p in paths}
        if not added and not names & set(held):
            raise NoDocuments(f"none of the documents in {docs_dir} could be read: "
                              + "; ".join(r for n, r in store.skipped().items() if n in names))
        store.remove([n for n in held if n not in names], exclude=False)
        store.set_meta(docs_dir=meta["docs_dir"])
    if progress:
        progress(1.0, "index saved")
    return manifest(store)


def _write_changed(store: Store, docs_dir: Path, paths: list[Path], settings: Settings,
                   progress: Progress | None) -> tuple[dict, dict[str, int]]:
    """Write the files of a folder the store does not hold as they are; returns (what the store
    held before, {name: paragraphs} written). Progress counts the unchanged files as done."""
    held = {d.source: d for d in store.documents()}
    items = [SourceFile(p.relative_to(docs_dir).as_posix(), p) for p in paths]
    todo = [i for i in items if not _unchanged(held.get(i.name), i.path)]
    sizes = {i.name: i.size for i in items}  # one stat per file for the progress fractions
    total = sum(sizes.values()) or 1
    added, _ = _write(store, todo, settings, progress, done_before=total - sum(sizes[i.name] for i in todo),
                      total=total)
    return held, added


def add_documents(paths, *, settings: Settings | None = None, progress: Progress | None = None) -> dict:
    """Add files (or every document in folders) to the index; a name already held is replaced.

    A file's name in the library is its path below the documents folder when it lies there, its
    path below a folder given here, else its file name. Returns {"added": {name: paragraphs},
    "unchanged": [names], "skipped": {name: reason}}.
    """
    settings = settings or Settings.from_env()
    store = writable_store(settings)
    # A file inside the folder the index was built from keeps the name a folder sync gives it.
    roots = [Path(r) for r in (store.meta.get("docs_dir"), settings.docs_dir) if r]
    items = collect(paths, roots)
    held = {d.source: d for d in store.documents([i.name for i in items])}
    unchanged = [i.name for i in items if _unchanged(held.get(i.name), i.path)]
    todo = [i for i in items if i.name not in unchanged]
    total = sum(i.size for i in todo) or 1
    added, skipped = _write(store, todo, settings, progress, done_before=0, total=total)
    if progress:
        progress(1.0, f"added {len(added)} documents")
    return {"added": added, "unchanged": unchanged, "skipped": skipped}


def remove_documents(names, *, settings: Settings | None = None) -> dict:
    """Remove documents by name; returns {"removed": [names], "missing": [names not held]}."""
    settings = settings or Settings.from_env()
    store = open_index(settings)
    try:
        removed = store.remove([str(n) for n in names])
    finally:
        store.close()
    return {"removed": removed, "missing": [n for n in names if n not in removed]}


def list_documents(*, settings: Settings | None = None) -> list[dict]:
    """Every document in the index: source, paragraphs, added (ISO time), sha256, path."""
    settings = settings or Settings.from_env()
    store = open_index(settings)
    try:
        return [d.to_dict() for d in store.documents()]
    finally:
        store.close()


def skipped_documents(*, settings: Settings | None = None) -> dict[str, str]:
    """The files the index could not read: {name: why}, the reason beginning with the name."""
    settings = settings or Settings.from_env()
    store = open_index(settings)
    try:
        return dict(store.skipped())
    finally:
        store.close()


def writable_store(settings: Settings) -> Store:
    """The index at settings.index_dir; a missing one is built from settings.docs_dir when that
    folder has documents, else created empty."""
    try:
        return open_index(settings, model=settings.embedding_model)
    except stores.IndexMissing:
        pass
    if settings.docs_dir.is_dir() and iter_documents(settings.docs_dir):
        build_index(settings.docs_dir, settings.index_dir, settings=settings)
    else:
        create_empty(settings.index_dir, settings)
    return open_index(settings, model=settings.embedding_model)


def create_empty(index_dir: Path, settings: Settings) -> None:
    embedder = get_embedder(settings.embedding_model, settings.embed_batch_size)
    meta = {"model": embedder.name, "dimension": embedder.dimension, "chunk_max_chars": settings.chunk_max_chars}
    if settings.store == "milvus":
        from .store import milvus
        milvus.create_store(index_dir, meta, **milvus_options(settings))
        return
    lock = write_lock(index_dir)
    with lock:
        finish_build(index_dir, begin_build(index_dir, meta, lock, **store_options(settings)))


def sync_folder(store: Store, docs_dir: Path, settings: Settings) -> dict:
    """Bring the index in line with its documents folder: new and changed files are added,
    files deleted from the folder are removed; documents the user removed stay removed and
    documents added from elsewhere are left alone. Costs a stat per file when nothing changed.
    """
    docs_dir = Path(docs_dir)
    held = {d.source: d for d in store.documents()}
    ignore = store.excluded() | set(store.skipped())
    on_disk = scan(docs_dir)
    todo = []
    for name, stat in on_disk.items():
        known = held.get(name)
        if name in ignore or (known and (stat.st_size, stat.st_mtime_ns) == (known.size, known.mtime_ns)):
            continue  # the common case, decided without building a Path (thousands of files)
        if not _unchanged(known, docs_dir / name, stat):
            todo.append(SourceFile(name, docs_dir / name))
    root = str(docs_dir.resolve())
    gone = [n for n, d in held.items() if n not in on_disk and d.path.startswith(root + "/")]
    if not todo and not gone:
        return {"added": {}, "removed": []}
    log.warning("documents folder %s changed: indexing %d, removing %d", docs_dir, len(todo), len(gone))
    added, _ = _write(store, todo, settings, None, done_before=0, total=1)
    removed = store.remove(gone, exclude=False) if gone else []
    return {"added": added, "removed": removed}


def collect(paths, roots: list[Path]) -> list[SourceFile]:
    """SourceFiles for files and folders given by a user; a missing path raises FileNotFoundError.

    A file below one of the roots is named by its path below the first such root, any other file
    by its file name; the files of a folder by their paths below that folder.
    """
    roots = [Path(r).resolve() for r in roots]
    items: dict[str, SourceFile] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for p in iter_documents(path):
                items[p.relative_to(path).as_posix()] = SourceFile(p.relative_to(path).as_posix(), p)
        elif path.is_file():
            resolved = path.resolve()
            root = next((r for r in roots if resolved.is_relative_to(r)), None)
            name = resolved.relative_to(root).as_posix() if root else path.name
            items[name] = SourceFile(name, path)
        else:
            raise FileNotFoundError(f"{path} does not exist")
    return list(items.values())


def manifest(store: Store) -> dict:
    """What the index holds and how it was built (the old manifest's keys, for callers)."""
    try:
        docs = store.documents()
        return {**store.meta, "files": {d.source: d.sha256 for d in docs}, "skipped": store.skipped(),
                "counts": store.counts()}
    finally:
        store.close()


def _write(store: Store, items: list[SourceFile], settings: Settings, progress: Progress | None,
           *, done_before: int, total: int) -> tuple[dict[str, int], dict[str, str]]:
    added: dict[str, int] = {}
    skipped: dict[str, str] = {}
    files = 0
    if not items:
        return added, skipped

    def on_page(done: float, message: str) -> None:
        progress(min(0.98, (done_before + done) / total), message)

    workers = None
    if settings.ingest_workers > 1 or settings.ray_address:
        from . import fanout
        job = fanout.Job(settings.embedding_model, settings.embed_batch_size, settings.chunk_max_chars,
                         ingest_limits(settings), fanout.threads_per_worker(settings.ingest_workers))
        workers = fanout.start(settings.ingest_workers, job, settings.ray_address or None)
        batches = fanout.prepared_batches(items, workers, batch_units=settings.build_batch_units)
    else:
        embedder = get_embedder(settings.embedding_model, settings.embed_batch_size)
        batches = prepared_batches(items, embedder, chunk_max_chars=settings.chunk_max_chars,
                                   batch_units=settings.build_batch_units, limits=ingest_limits(settings),
                                   progress=on_page if progress else None)
    try:
        for batch, bad, done in batches:
            store.add(batch)
            store.record_skipped(bad)
            added.update({d.source: len(d.paragraphs) for d in batch})
            skipped.update(bad)
            files += len(batch) + len(bad)
            if progress:
                progress(min(0.98, (done_before + done) / total), f"{files}/{len(items)} files")
    finally:
        if workers is not None:
            workers.close()
    return added, skipped


def _unchanged(held: stores.DocumentInfo | None, path: Path, stat=None) -> bool:
    """Whether the index already holds these bytes (size and mtime first; hash only if needed)."""
    if held is None:
        return False
    try:
        stat = stat or path.stat()
    except OSError:
        return False
    if stat.st_size != held.size:
        return False
    return stat.st_mtime_ns == held.mtime_ns or file_hash(path) == held.sha256
