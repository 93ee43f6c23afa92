"""The public face: `ask`, `build_index`, `add_documents`, and the cached engine behind them.

An engine is an index loaded with its embedder, retriever and answerer; one is kept per
index folder. The default index (index_dir=None) is the project's `index/` built from `seeds/`:
missing or stale, it is rebuilt before answering. Another index is rebuilt from the documents
folder its manifest names when that folder still exists and has changed.
Leaves out: locking between processes (two processes building one folder both succeed; the
last one's generation wins, and neither is ever half-written).
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from . import store
from .answer import ExtractiveAnswerer
from .chain import condense_question, make_chain, make_retrieval
from .llm import LLMAnswerer, LLMCondenser, llm_available
from .config import Settings
from .embedding import get_embedder
from .loading import iter_documents
from .retrieval import HybridRetriever, QueryEmbeddings
from .translate import Glossary
from .types import Answer

log = logging.getLogger(__name__)


class InvalidQuestion(ValueError):
    pass


class NoDocuments(ValueError):
    pass


@dataclass
class Engine:
    settings: Settings
    index: store.Index
    embed_query: QueryEmbeddings
    retriever: HybridRetriever
    answerer: ExtractiveAnswerer
    retrieval: object  # {"question", "history"} -> + "query", "docs"
    warnings: list[str]
    glossary: Glossary


_ENGINES: dict[tuple[str, str], Engine] = {}
_LOCK = threading.RLock()


def build_index(docs_dir, index_dir, *, settings: Settings | None = None, progress=None) -> dict:
    """Build an index of every document in docs_dir into index_dir; returns the manifest.

    Unreadable files are skipped with a warning (listed in manifest["skipped"]); a folder with
    no readable document raises NoDocuments and leaves any existing index untouched.
    """
    settings = (settings or Settings.from_env()).with_(docs_dir=Path(docs_dir), index_dir=Path(index_dir))
    docs_dir = Path(docs_dir)
    if not docs_dir.is_dir():
        raise NoDocuments(f"documents folder {docs_dir} does not exist")
    if not iter_documents(docs_dir):
        raise NoDocuments(f"no .txt or .md documents in {docs_dir}")
    files = store.docs_files(docs_dir)
    paragraphs, skipped = store.read_documents(docs_dir, progress=progress)
    if not paragraphs:
        raise NoDocuments(f"none of the documents in {docs_dir} could be read: " + "; ".join(skipped.values()))
    embedder = get_embedder(settings.embedding_model, settings.embed_batch_size)
    index = store.build(paragraphs, embedder, chunk_max_chars=settings.chunk_max_chars,
                        files=files, skipped=skipped, progress=progress)
    index.manifest["docs_dir"] = str(docs_dir.resolve())
    store.save(index, index_dir)
    if progress:
        progress(1.0, "index saved")
    with _LOCK:
        _ENGINES.pop(_key(settings), None)
    return index.manifest


def add_documents(paths: list[Path], *, settings: Settings | None = None, progress=None) -> dict:
    """Add documents (already saved in the docs folder) to the index without re-embedding the rest.

    Returns {"added": {name: paragraph count}, "skipped": {name: reason}}.
    """
    settings = settings or Settings.from_env()
    engine = get_engine(settings=settings)
    docs_dir = settings.docs_dir
    names = [Path(p).resolve().relative_to(docs_dir.resolve()).as_posix() for p in paths]
    new = [n for n in names if n not in engine.index.files]
    paragraphs, skipped = store.read_documents(docs_dir, new, progress=progress)
    files = {n: store.file_hash(docs_dir / n) for n in new}
    with _LOCK:
        index = store.extend(engine.index, paragraphs, engine.embed_query.embedder, files=files,
                             skipped=skipped, progress=progress)
        index.manifest["docs_dir"] = str(docs_dir.resolve())
        store.save(index, settings.index_dir)
        _ENGINES[_key(settings)] = _engine(settings, index, engine.embed_query, [])
    added = {}
    for p in paragraphs:
        added[p.source] = added.get(p.source, 0) + 1
    return {"added": added, "skipped": skipped}


def get_engine(index_dir=None, *, settings: Settings | None = None, progress=None) -> Engine:
    settings = settings or Settings.from_env()
    if index_dir is not None:
        settings = settings.with_(index_dir=Path(index_dir))
    key = _key(settings)
    with _LOCK:
        if key not in _ENGINES:
            _ENGINES[key] = _load_engine(settings, default=index_dir is None, progress=progress)
        return _ENGINES[key]


def ask(question: str, history: list[dict] | None = None, *, index_dir=None,
        settings: Settings | None = None) -> Answer:
    """Answer a question from the indexed documents, citing each sentence, or abstain."""
    settings = settings or Settings.from_env()
    question = check_question(question, settings)
    engine = get_engine(index_dir, settings=settings)
    retrieval, answerer = _pipeline(engine, settings)
    answer = make_chain(retrieval, answerer).invoke({"question": question, "history": _clean_history(history)})
    answer.warnings = engine.warnings + answer.warnings
    return answer


def check_question(question, settings: Settings) -> str:
    if not isinstance(question, str) or not question.strip():
        raise InvalidQuestion("请输入问题（问题为空）。 The question is empty.")
    question = question.strip()
    if len(question) > settings.max_question_chars:
        raise InvalidQuestion(
            f"问题太长（{len(question)} 字），请缩短到 {settings.max_question_chars} 字以内。 "
            f"The question has {len(question)} characters; the limit is {settings.max_question_chars}.")
    return question


def _clean_history(history) -> list[dict]:
    out = []
    for turn in history or []:
        if isinstance(turn, dict) and turn.get("role") in ("user", "assistant"):
            content = turn.get("content")
            if isinstance(content, str):
                out.append({"role": turn["role"], "content": content})
    return out


def ask_stream(question: str, history: list[dict] | None = None, *, index_dir=None,
               settings: Settings | None = None):
    """Like ask, but yields text pieces as they are produced and the final Answer last.

    In LLM mode the pieces are the model's raw tokens (the final Answer is the verified one);
    the extractive answer arrives whole.
    """
    settings = settings or Settings.from_env()
    question = check_question(question, settings)
    engine = get_engine(index_dir, settings=settings)
    retrieval, answerer = _pipeline(engine, settings)
    x = retrieval.invoke({"question": question, "history": _clean_history(history)})
    pieces = answerer.stream(x["question"], x["docs"], x["query"]) if hasattr(answerer, "stream") \
        else [answerer(x["question"], x["docs"], x["query"])]
    for piece in pieces:
        if isinstance(piece, Answer):
            piece.warnings = engine.warnings + piece.warnings
        yield piece


def _key(settings: Settings) -> tuple[str, str]:
    return (str(Path(settings.index_dir).resolve()), settings.embedding_model)


def _load_engine(settings: Settings, *, default: bool, progress=None) -> Engine:
    embedder = get_embedder(settings.embedding_model, settings.embed_batch_size)
    docs_dir = settings.docs_dir if default else _manifest_docs_dir(settings.index_dir)
    can_build = docs_dir is not None and docs_dir.is_dir()
    warnings: list[str] = []
    try:
        index = store.load(settings.index_dir, model=settings.embedding_model, dimension=embedder.dimension)
        rebuild = can_build and store.docs_files(docs_dir) != index.files
        if docs_dir is not None and not can_build:
            warnings.append(f"documents folder {docs_dir} is gone; answering from the index as built")
    except store.IndexProblem as exc:
        if not can_build:
            raise
        log.warning("%s; building it from %s", exc, docs_dir)
        rebuild = True
    if rebuild:
        build_index(docs_dir, settings.index_dir, settings=settings, progress=progress)
        index = store.load(settings.index_dir, model=settings.embedding_model, dimension=embedder.dimension)
    for name, reason in index.manifest.get("skipped", {}).items():
        warnings.append(f"skipped {name}: {reason}")
    return _engine(settings, index, QueryEmbeddings(embedder), warnings)


def _manifest_docs_dir(index_dir: Path) -> Path | None:
    try:
        found = store.read_manifest(index_dir).get("docs_dir")
    except store.IndexProblem:
        return None
    return Path(found) if found else None


def _engine(settings: Settings, index: store.Index, embed_query: QueryEmbeddings, warnings) -> Engine:
    retriever = HybridRetriever(index=index, embed_query=embed_query, top_k=settings.top_k,
                                candidates=settings.candidates, rrf_k=settings.rrf_k)
    answerer = ExtractiveAnswerer(index, embed_query, settings)
    glossary = Glossary(index.bm25.vocabulary, index.bm25.df)
    retrieval = make_retrieval(retriever, translate=glossary.translate)
    return Engine(settings, index, embed_query, retriever, answerer, retrieval, warnings, glossary)


def _pipeline(engine: Engine, settings: Settings):
    """(retrieval, answerer): the engine's extractive pair, or the LLM's when settings name an
    endpoint (the model also rewrites follow-ups; both fall back on the extractive parts)."""
    if not llm_available(settings):
        return engine.retrieval, engine.answerer
    retrieval = make_retrieval(engine.retriever, LLMCondenser(settings, condense_question),
                               translate=engine.glossary.translate)
    return retrieval, LLMAnswerer(settings, engine.answerer)
