"""Files to store-ready documents: parse, chunk, tokenise and embed, in batches.

A batch is cut when its units reach `batch_units`, so memory holds one batch of vectors however
large the folder; each batch is written (and committed) before the next is read, which is what
lets an interrupted build resume where it stopped.
Leaves out: writing (the store does it) and deciding which files to read (api.py).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

from .chunking import chunk_paragraphs
from .embedding import Embedder
from . import ingest
from .loading import DocumentError
from .store import PreparedDocument, PreparedUnit
from .text import tokens


@dataclass
class SourceFile:
    name: str  # the document's name in the library
    path: Path

    @property
    def size(self) -> int:
        """Bytes on disk (0 when the file cannot be read: parsing will say why)."""
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def parse_file(item: SourceFile, chunk_max_chars: int, *, limits: dict | None = None,
               on_page=None) -> PreparedDocument:
    """A document with paragraphs and units but no vectors yet; raises DocumentError.

    limits go to ingest.load (max_side, max_pixels); on_page(done, total) follows paged formats.
    """
    stat = item.path.stat()
    paragraphs = ingest.load(item.path, item.name, on_page=on_page, **(limits or {}))
    doc = PreparedDocument(item.name, file_hash(item.path), str(item.path.resolve()), stat.st_size,
                           stat.st_mtime_ns, paragraphs)
    position = {p.id: i for i, p in enumerate(paragraphs)}
    for chunk in chunk_paragraphs(paragraphs, chunk_max_chars):
        i = position[chunk.paragraph_id]
        # The headline goes into both representations: a paragraph often omits the place or
        # body it is about ("委员会整合…") because the headline already said it.
        toks = tokens(paragraphs[i].title) + tokens(chunk.text)
        doc.units.append(PreparedUnit(i, chunk.text, toks, None, chunk.sentences, None))
    return doc


def embed_documents(docs: list[PreparedDocument], embedder: Embedder) -> None:
    """Fill in unit vectors (headline：text) and sentence vectors, in one pass per kind."""
    units = [u for d in docs for u in d.units]
    if not units:
        return
    titles = {id(u): d.paragraphs[u.paragraph].title for d in docs for u in d.units}
    unit_vectors = embedder.embed([f"{titles[id(u)]}：{u.text}" for u in units])
    sentences = [s for u in units for s in u.sentences]
    sentence_vectors = embedder.embed(sentences) if sentences else np.zeros((0, embedder.dimension), np.float32)
    start = 0
    for u, v in zip(units, unit_vectors):
        u.vector = v
        u.sentence_vectors = sentence_vectors[start:start + len(u.sentences)]
        start += len(u.sentences)


@dataclass
class Prepared:
    """One file read: its document, or None and why it could not be read."""

    name: str
    doc: PreparedDocument | None
    reason: str = ""


def unreadable(item: SourceFile, exc: DocumentError | OSError) -> Prepared:
    """The skip record of a file whose reading raised DocumentError or OSError."""
    reason = str(exc) if isinstance(exc, DocumentError) else f"{item.name}: {exc.strerror or exc}"
    return Prepared(item.name, None, reason)  # reported by the caller (CLI, manifest, engine warnings)


def prepared_batches(items: list[SourceFile], embedder: Embedder, *, chunk_max_chars: int,
                     batch_units: int = 2048, limits: dict | None = None,
                     progress=None) -> Iterator[tuple[list[PreparedDocument], dict[str, str], int]]:
    """(documents ready to write, {name: why skipped}, bytes of the files read so far), a batch
    at a time. progress(bytes done, message) is also called after each page of a paged file:
    a 1,000-page PDF is not one silent step."""

    def read() -> Iterator[Prepared]:
        before = 0
        for item in items:
            on_page = None
            if progress:
                def on_page(page, pages, item=item, before=before):
                    progress(before + item.size * page / pages, f"{item.name}: page {page}/{pages}")
            try:
                yield Prepared(item.name, parse_file(item, chunk_max_chars, limits=limits, on_page=on_page))
            except (DocumentError, OSError) as exc:
                yield unreadable(item, exc)
            before += item.size

    return batches(read(), {i.name: i.size for i in items}, batch_units,
                   embed=lambda docs: embed_documents(docs, embedder))


def batches(read: Iterable[Prepared], sizes: dict[str, int], batch_units: int, *, embed=None
            ) -> Iterator[tuple[list[PreparedDocument], dict[str, str], int]]:
    """Files as they are read, grouped into batches of about batch_units units: (documents,
    {name: why skipped}, bytes of the files read so far). embed(documents) runs on each batch
    before it is handed out (None: the documents come embedded)."""
    batch: list[PreparedDocument] = []
    skipped: dict[str, str] = {}
    units = done_bytes = 0
    for done in read:
        if done.doc is None:
            skipped[done.name] = done.reason
        else:
            batch.append(done.doc)
            units += len(done.doc.units)
        done_bytes += sizes.get(done.name, 0)
        if units >= batch_units:
            if embed:
                embed(batch)
            yield batch, skipped, done_bytes
            batch, skipped, units = [], {}, 0
    if batch or skipped:
        if embed:
            embed(batch)
        yield batch, skipped, done_bytes
