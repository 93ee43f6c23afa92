"""The store seam: where paragraphs, their vectors and their keyword postings live.

A store holds documents. Each document is written whole (its paragraphs, retrieval units with
their vectors and tokens, sentences with theirs) and removed whole; adding a document under a
name already held replaces it. Readers fetch what a question needs by id and never load the
collection. `LocalStore` (SQLite + FAISS segments + tantivy, in one folder) is the default;
`MilvusStore` (store/milvus.py) keeps the same records in Milvus collections that several
processes share.

Ids: every unit, paragraph and sentence has an integer id that is never reused, so a vector or a
posting can always be traced to its row, or found to be gone.
Leaves out: how files become paragraphs (ingest) and how hits are fused (retrieval.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Protocol

import numpy as np

from ..types import Paragraph


class IndexProblem(RuntimeError):
    """Base for index problems the user can fix (the message says how)."""


class IndexMissing(IndexProblem):
    pass


class IndexCorrupt(IndexProblem):
    pass


class IndexMismatch(IndexProblem):
    pass


class IndexUnavailable(IndexProblem):
    """A shared store cannot be reached (a Milvus server down, a Milvus Lite file held elsewhere)."""


class IndexBusy(IndexProblem):
    """Another process holds the write lock for longer than we were willing to wait."""


@dataclass
class PreparedUnit:
    paragraph: int  # position in PreparedDocument.paragraphs
    text: str
    tokens: list[str]  # jieba tokens of headline + text, what keyword search indexes
    vector: np.ndarray  # embedding of "headline：text"
    sentences: list[str]
    sentence_vectors: np.ndarray  # one row per sentence


@dataclass
class PreparedDocument:
    """One file, parsed, chunked and embedded: everything a store writes for it."""

    source: str  # the document's name in the library (unique)
    sha256: str
    path: str = ""  # where it was read from ("" when unknown)
    size: int = 0
    mtime_ns: int = 0
    paragraphs: list[Paragraph] = field(default_factory=list)
    units: list[PreparedUnit] = field(default_factory=list)


@dataclass
class DocumentInfo:
    source: str
    paragraphs: int
    added: str  # ISO time it was (last) added
    sha256: str
    path: str = ""
    size: int = 0
    mtime_ns: int = 0

    def to_dict(self) -> dict:
        return {"source": self.source, "paragraphs": self.paragraphs, "added": self.added,
                "sha256": self.sha256, "path": self.path}


@dataclass
class StoredSentence:
    id: int
    text: str
    vector: np.ndarray


@dataclass
class StoredParagraph:
    id: int
    source: str
    title: str
    number: int
    article: int  # position of its article in the document; paragraphs of one article share it
    kind: str
    text: str
    spans: list[tuple[int, int]]
    sentences: list[StoredSentence]
    page: int | None = None  # paged formats: see types.Paragraph
    boxes: list[list] = field(default_factory=list)


@dataclass
class StoredUnit:
    id: int
    paragraph: int  # StoredParagraph id
    text: str


class Store(Protocol):
    """What retrieval and answering need from a store, and what the document library writes."""

    def add(self, documents: Iterable[PreparedDocument]) -> None:
        """Write documents; one already held under the same source is replaced."""

    def remove(self, sources: list[str]) -> list[str]:
        """Remove documents by source; returns those that were held."""

    def documents(self, sources: list[str] | None = None) -> list[DocumentInfo]:
        """All documents, or those of these names that are held, by name."""

    def search_dense(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        """(unit id, cosine) of the k nearest units."""

    def search_keywords(self, tokens: list[str], k: int) -> list[tuple[int, float]]:
        """(unit id, BM25 score) of the k best units for the tokens."""

    def units(self, ids: list[int]) -> dict[int, StoredUnit]:
        """Units by id; ids of removed units are absent."""

    def paragraphs(self, ids: list[int], with_sentences: bool = True) -> dict[int, StoredParagraph]:
        """Paragraphs by id, with their sentences and sentence vectors unless told not to."""

    def article(self, paragraph: int) -> list[int]:
        """Paragraph ids of the article this paragraph belongs to, in order."""

    def document_frequency(self, terms: list[str]) -> tuple[dict[str, int], int]:
        """({term: units containing it}, number of units)."""

    def vocabulary(self) -> dict[str, int]:
        """Every indexed term with its document frequency (for translating English questions)."""

    def longer_terms(self, term: str) -> dict[str, int]:
        """The indexed terms that are this term and one character more, with their document
        frequencies (a query word jieba cut shorter than it cut the documents' text)."""

    def refresh(self) -> bool:
        """Pick up writes made by other processes; True when something changed."""


def __getattr__(name):  # the local implementation is imported on first use (FAISS, tantivy)
    if name == "LocalStore":
        from .local import LocalStore
        return LocalStore
    raise AttributeError(name)
