"""Build, save and load the index: FAISS over chunk embeddings, BM25 over jieba tokens, and the
sentence embeddings the extractive answerer needs, with a manifest that says what it was built from.

On disk an index folder holds generations and a pointer:
    index/CURRENT            name of the generation in use (replaced atomically)
    index/gen-<id>/manifest.json, paragraphs.json, units.json, sentences.json,
                  dense.faiss, sentences.npy
A build writes a new generation completely, then swaps CURRENT with os.replace, so a build that
dies midway leaves the previous index serving. Nothing is unpickled: JSON, .npy without pickle,
and FAISS's own format. The manifest carries a SHA-256 of every file, so a corrupted file is
reported rather than served.
Leaves out: deleting documents from an index (rebuild instead).
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

import faiss
import numpy as np

from .bm25 import BM25
from .chunking import chunk_paragraphs
from .embedding import Embedder
from .loading import DocumentError, iter_documents, load_file
from .text import tokens
from .types import Paragraph

log = logging.getLogger(__name__)

# Bump when the files change shape or when ingest/chunking changes what gets indexed: an index
# of another version is rebuilt (default index) or refused, never served.
FORMAT_VERSION = 4
FILES = ("paragraphs.json", "units.json", "sentences.json", "dense.faiss", "sentences.npy")
Progress = Callable[[float, str], None]


class IndexProblem(RuntimeError):
    """Base for index problems the user can fix (message says how)."""


class IndexMissing(IndexProblem):
    pass


class IndexCorrupt(IndexProblem):
    pass


class IndexMismatch(IndexProblem):
    pass


@dataclass
class Unit:
    paragraph: int  # index into Index.paragraphs
    text: str
    first_sentence: int  # index into Index.sentences
    n_sentences: int


@dataclass
class Sentence:
    unit: int
    text: str


@dataclass
class Index:
    manifest: dict
    paragraphs: list[Paragraph]
    units: list[Unit]
    unit_tokens: list[list[str]]
    sentences: list[Sentence]
    sentence_tokens: list[list[str]]
    dense: faiss.Index
    sentence_vectors: np.ndarray
    bm25: BM25 = field(init=False)

    def __post_init__(self):
        self.bm25 = BM25(self.unit_tokens)

    @property
    def files(self) -> dict[str, str]:
        return self.manifest.get("files", {})


# ---------------------------------------------------------------- fingerprints

def file_hash(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def docs_files(docs_dir: Path) -> dict[str, str]:
    """{relative name: sha256} of every document below docs_dir."""
    docs_dir = Path(docs_dir)
    return {p.relative_to(docs_dir).as_posix(): file_hash(p) for p in iter_documents(docs_dir)}


def fingerprint(files: dict[str, str]) -> str:
    return hashlib.sha256(json.dumps(sorted(files.items())).encode()).hexdigest()[:16]


# ---------------------------------------------------------------- building

def read_documents(docs_dir: Path, names: list[str] | None = None, progress: Progress | None = None):
    """Paragraphs of the documents (all, or the named ones) and the files skipped with why."""
    docs_dir = Path(docs_dir)
    paths = iter_documents(docs_dir) if names is None else [docs_dir / n for n in names]
    paragraphs: list[Paragraph] = []
    skipped: dict[str, str] = {}
    for i, path in enumerate(paths):
        name = path.relative_to(docs_dir).as_posix()
        if progress:
            progress(0.1 * i / max(len(paths), 1), f"reading {name}")
        try:
            paragraphs.extend(load_file(path, name))
        except DocumentError as exc:
            log.warning("skipped %s", exc)
            skipped[name] = str(exc)
    return paragraphs, skipped


def build(paragraphs: list[Paragraph], embedder: Embedder, *, chunk_max_chars: int,
          files: dict[str, str], skipped: dict[str, str] | None = None,
          progress: Progress | None = None) -> Index:
    """An in-memory index of the paragraphs (nothing written)."""
    empty = Index(_manifest(embedder, chunk_max_chars, {}, {}), [], [], [], [], [],
                  faiss.IndexFlatIP(embedder.dimension),
                  np.zeros((0, embedder.dimension), np.float32))
    return extend(empty, paragraphs, embedder, files=files, skipped=skipped or {}, progress=progress)


def extend(index: Index, paragraphs: list[Paragraph], embedder: Embedder, *, files: dict[str, str],
           skipped: dict[str, str] | None = None, progress: Progress | None = None) -> Index:
    """A new index holding the old one plus these paragraphs; only the new text is embedded."""
    chunk_max = index.manifest["chunk_max_chars"]
    base_p, base_s = len(index.paragraphs), len(index.sentences)
    by_id = {p.id: base_p + i for i, p in enumerate(paragraphs)}
    units, unit_tokens, sentences, sentence_tokens = [], [], [], []
    for chunk in chunk_paragraphs(paragraphs, chunk_max):
        p = paragraphs[by_id[chunk.paragraph_id] - base_p]
        unit_no = len(index.units) + len(units)
        first = base_s + len(sentences)
        for s in chunk.sentences:
            sentences.append(Sentence(unit_no, s))
            sentence_tokens.append(tokens(s))
        units.append(Unit(by_id[chunk.paragraph_id], chunk.text, first, len(chunk.sentences)))
        # The headline goes into both representations: a paragraph often omits the place or
        # body it is about ("委员会整合…") because the headline already said it.
        unit_tokens.append(tokens(p.title) + tokens(chunk.text))
    if progress:
        progress(0.15, f"embedding {len(units)} passages")
    unit_vectors = _embed(embedder, [f"{paragraphs[u.paragraph - base_p].title}：{u.text}" for u in units],
                          progress, 0.15, 0.55)
    if progress:
        progress(0.55, f"embedding {len(sentences)} sentences")
    sentence_vectors = _embed(embedder, [s.text for s in sentences], progress, 0.55, 0.95)
    dense = faiss.IndexFlatIP(embedder.dimension)
    if index.dense.ntotal:
        dense.add(index.dense.reconstruct_n(0, index.dense.ntotal))
    if len(unit_vectors):
        dense.add(unit_vectors)
    all_files = {**index.files, **files}
    all_skipped = {**index.manifest.get("skipped", {}), **(skipped or {})}
    return Index(
        _manifest(embedder, chunk_max, all_files, all_skipped),
        index.paragraphs + paragraphs, index.units + units, index.unit_tokens + unit_tokens,
        index.sentences + sentences, index.sentence_tokens + sentence_tokens, dense,
        np.concatenate([index.sentence_vectors, sentence_vectors]).astype(np.float32),
    )


def _embed(embedder: Embedder, texts: list[str], progress: Progress | None, lo: float, hi: float):
    if not texts:
        return np.zeros((0, embedder.dimension), np.float32)
    step = 256
    parts = []
    for start in range(0, len(texts), step):
        parts.append(embedder.embed(texts[start:start + step]))
        if progress:
            done = min(start + step, len(texts))
            progress(lo + (hi - lo) * done / len(texts), f"embedded {done}/{len(texts)}")
    return np.concatenate(parts)


def _manifest(embedder: Embedder, chunk_max_chars: int, files: dict, skipped: dict) -> dict:
    return {
        "format_version": FORMAT_VERSION,
        "model": embedder.name,
        "dimension": embedder.dimension,
        "chunk_max_chars": chunk_max_chars,
        "files": dict(sorted(files.items())),
        "fingerprint": fingerprint(files),
        "skipped": skipped,
    }


# ---------------------------------------------------------------- saving

def save(index: Index, index_dir: Path) -> Path:
    """Write a new generation and switch CURRENT to it atomically; returns the generation dir."""
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    name = f"gen-{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:6]}"
    tmp = index_dir / f".tmp-{name}"
    tmp.mkdir()
    try:
        _write_json(tmp / "paragraphs.json", [asdict(p) for p in index.paragraphs])
        _write_json(tmp / "units.json", {"units": [asdict(u) for u in index.units],
                                         "tokens": index.unit_tokens})
        _write_json(tmp / "sentences.json", {"sentences": [asdict(s) for s in index.sentences],
                                             "tokens": index.sentence_tokens})
        faiss.write_index(index.dense, str(tmp / "dense.faiss"))
        np.save(tmp / "sentences.npy", index.sentence_vectors, allow_pickle=False)
        manifest = dict(index.manifest, created=time.strftime("%Y-%m-%dT%H:%M:%S"),
                        checksums={f: file_hash(tmp / f) for f in FILES},
                        counts={"paragraphs": len(index.paragraphs), "units": len(index.units),
                                "sentences": len(index.sentences)})
        _write_json(tmp / "manifest.json", manifest)
        _fsync_dir(tmp)
        os.replace(tmp, index_dir / name)
        pointer = index_dir / f".CURRENT-{uuid.uuid4().hex[:6]}"
        pointer.write_text(name + "\n", encoding="utf-8")
        os.replace(pointer, index_dir / "CURRENT")
        _fsync_dir(index_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    index.manifest = manifest
    _remove_old_generations(index_dir, keep=name)
    return index_dir / name


def _write_json(path: Path, value) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(value, fh, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_old_generations(index_dir: Path, keep: str) -> None:
    for child in index_dir.iterdir():
        if child.name != keep and (child.name.startswith("gen-") or child.name.startswith(".tmp-")):
            shutil.rmtree(child, ignore_errors=True)


# ---------------------------------------------------------------- loading

def current_generation(index_dir: Path) -> Path:
    index_dir = Path(index_dir)
    pointer = index_dir / "CURRENT"
    if not pointer.is_file():
        raise IndexMissing(f"no index in {index_dir}; build one with `python -m rag build`")
    gen = index_dir / pointer.read_text(encoding="utf-8").strip()
    if not gen.is_dir() or gen.parent != index_dir:
        raise IndexCorrupt(f"{pointer} points to a missing generation; rebuild with `python -m rag build`")
    return gen


def read_manifest(index_dir: Path) -> dict:
    gen = current_generation(index_dir)
    try:
        return json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IndexCorrupt(f"unreadable manifest in {gen} ({exc}); rebuild with `python -m rag build`") from None


def load(index_dir: Path, *, model: str | None = None, dimension: int | None = None) -> Index:
    """Load the current generation, refusing one of another format, model or dimension."""
    gen = current_generation(index_dir)
    manifest = read_manifest(index_dir)
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexMismatch(f"index in {index_dir} has format {manifest.get('format_version')}, "
                            f"this code reads {FORMAT_VERSION}; rebuild with `python -m rag build`")
    if model is not None and manifest.get("model") != model:
        raise IndexMismatch(f"index in {index_dir} was built with model {manifest.get('model')!r}, "
                            f"not {model!r}; rebuild with `python -m rag build`")
    if dimension is not None and manifest.get("dimension") != dimension:
        raise IndexMismatch(f"index dimension {manifest.get('dimension')} != model dimension {dimension}")
    for name in FILES:
        path = gen / name
        if not path.is_file() or file_hash(path) != manifest.get("checksums", {}).get(name):
            raise IndexCorrupt(f"{path} is missing or damaged; rebuild with `python -m rag build`")
    try:
        paragraphs = [Paragraph(**{**p, "spans": [tuple(s) for s in p["spans"]]})
                      for p in json.loads((gen / "paragraphs.json").read_text(encoding="utf-8"))]
        units_doc = json.loads((gen / "units.json").read_text(encoding="utf-8"))
        sent_doc = json.loads((gen / "sentences.json").read_text(encoding="utf-8"))
        dense = faiss.read_index(str(gen / "dense.faiss"))
        vectors = np.load(gen / "sentences.npy", allow_pickle=False)
    except (OSError, ValueError, TypeError, KeyError, RuntimeError) as exc:
        raise IndexCorrupt(f"cannot read index in {gen} ({exc}); rebuild with `python -m rag build`") from None
    return Index(manifest, paragraphs, [Unit(**u) for u in units_doc["units"]], units_doc["tokens"],
                 [Sentence(**s) for s in sent_doc["sentences"]], sent_doc["tokens"], dense, vectors)
