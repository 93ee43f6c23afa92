"""The public face: `ask`, `ask_stream`, the document library, and the cached engine behind them.

An engine is an open store with its embedder, retriever and answerer; one is kept per index
folder and checked before every question (one integer read), so documents another process added
or removed are seen on the next question. The default index (index_dir=None) is the project's
`index/` built from `seeds/`: missing, it is built; an index built from a folder is brought in
line with that folder (new, changed and deleted files) when it is opened.
Leaves out: writing (library.py) and how stores work (store/).
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path

from filelock import Timeout

from . import store as stores
from .answer import ExtractiveAnswerer
from .chain import condense_question, make_chain, make_retrieval
from .config import Settings
from .embedding import get_embedder
from .library import (NoDocuments, add_documents, build_index, list_documents, open_index, remove_documents,
                      sync_folder)
from .llm import LLMAnswerer, LLMCondenser, llm_available
from .retrieval import HybridRetriever, QueryEmbeddings
from .store import Store
from .store.local import LocalStore, built_from, current_folder
from .translate import Glossary
from .types import Answer

log = logging.getLogger(__name__)

__all__ = ["ask", "ask_stream", "build_index", "add_documents", "remove_documents", "list_documents",
           "get_engine", "InvalidQuestion", "NoDocuments"]


class InvalidQuestion(ValueError):
    pass


@dataclass
class Engine:
    settings: Settings
    store: Store
    generation: Path | None  # the local store's generation folder (None: a shared Milvus store)
    embed_query: QueryEmbeddings
    retriever: HybridRetriever
    answerer: ExtractiveAnswerer
    retrieval: object  # {"question", "history"} -> + "query", "docs"
    warnings: list[str]
    _glossary: Glossary | None = field(default=None, repr=False)

    def translate(self, question: str) -> str:
        """English questions: built on first use (it reads the whole vocabulary)."""
        if self._glossary is None:
            vocabulary = self.store.vocabulary()
            self._glossary = Glossary(vocabulary, lambda t: vocabulary.get(t, 0), self._passages)
        return self._glossary.translate(question)

    def _passages(self, terms: list[str], k: int = 20) -> list[str]:
        hits = self.store.search_keywords(terms, k)
        return [u.text for u in self.store.units([u for u, _ in hits]).values()]

    def refresh(self) -> None:
        if self.store.refresh():
            self._glossary = None


_ENGINES: dict[tuple[str, str], Engine] = {}
_LOCK = threading.RLock()


def get_engine(index_dir=None, *, settings: Settings | None = None, progress=None) -> Engine:
    """The engine of an index, loaded once per process and brought up to date on every call."""
    settings = settings or Settings.from_env()
    if index_dir is not None:
        settings = settings.with_(index_dir=Path(index_dir))
    key = _key(settings)
    with _LOCK:
        engine = _ENGINES.get(key)
        if engine is not None and not _still_current(engine):
            engine = None  # rebuilt by someone: its readers finish on the old files, we move on
        if engine is None:
            engine = _ENGINES[key] = _load_engine(settings, default=index_dir is None, progress=progress)
    engine.refresh()
    return engine


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


def _still_current(engine: Engine) -> bool:
    if engine.generation is None:
        return True  # a shared store is rebuilt in place
    try:
        return current_folder(engine.settings.index_dir) == engine.generation
    except stores.IndexProblem:
        return False


def _load_engine(settings: Settings, *, default: bool, progress=None) -> Engine:
    embedder = get_embedder(settings.embedding_model, settings.embed_batch_size)
    options = dict(model=settings.embedding_model, dimension=embedder.dimension)
    warnings: list[str] = []
    try:
        store = open_index(settings, **options)
        if isinstance(store, LocalStore):
            store.segments.loaded  # read (map) the vector files now: a damaged one is found here
    except stores.IndexUnavailable:
        raise  # a server that is down is not fixed by building anew
    except stores.IndexProblem as exc:
        docs_dir = settings.docs_dir if default else built_from(settings.index_dir)
        if docs_dir is None or not docs_dir.is_dir():
            raise
        log.warning("%s; building it from %s", exc, docs_dir)
        build_index(docs_dir, settings.index_dir, settings=settings, progress=progress)
        store = open_index(settings, **options)
    docs_dir = store.meta.get("docs_dir")
    if docs_dir and Path(docs_dir).is_dir():
        try:
            with store.lock.acquire(timeout=0):
                sync_folder(store, Path(docs_dir), settings)
        except Timeout:
            warnings.append("another process is writing to the index; new files in the documents "
                            "folder are indexed later")
    elif docs_dir and isinstance(store, LocalStore):  # a shared store's folder is its builder's
        warnings.append(f"documents folder {docs_dir} is gone; answering from the index as built")
    unread = store.skipped()  # {name: why}
    if unread:  # (one line, shown with every answer: `rag list` gives the reasons)
        warnings.append(f"not indexed, unreadable: {', '.join(unread)} (`python -m rag list` says why)")
    return _engine(settings, store, QueryEmbeddings(embedder), warnings)


def _engine(settings: Settings, store: Store, embed_query: QueryEmbeddings, warnings) -> Engine:
    retriever = HybridRetriever(store=store, embed_query=embed_query, top_k=settings.top_k,
                                candidates=settings.candidates, dense_weight=settings.dense_weight)
    answerer = ExtractiveAnswerer(store, embed_query, settings)
    generation = store.folder if isinstance(store, LocalStore) else None
    engine = Engine(settings, store, generation, embed_query, retriever, answerer, None, warnings)
    engine.retrieval = make_retrieval(retriever, translate=engine.translate)
    return engine


def _pipeline(engine: Engine, settings: Settings):
    """(retrieval, answerer): the engine's extractive pair, or the LLM's when settings name an
    endpoint (the model also rewrites follow-ups; both fall back on the extractive parts)."""
    if not llm_available(settings):
        return engine.retrieval, engine.answerer
    retrieval = make_retrieval(engine.retriever, LLMCondenser(settings, condense_question),
                               translate=engine.translate)
    return retrieval, LLMAnswerer(settings, engine.answerer)
