"""LLM answer mode: a chat model behind any OpenAI-compatible endpoint (Ollama, vLLM,
llama.cpp's server, LM Studio, DashScope, DeepSeek) through langchain-openai's ChatOpenAI.

The model sees the retrieved paragraphs as numbered sources and must cite [n] after each
sentence. Its output is then verified (verify.py): unsupported sentences and markers outside the
sources are dropped, citations are renumbered in order of use, and when nothing survives — or the
endpoint is down, slow, refuses the key, or answers nonsense — the extractive answer is returned
with a warning. The extractive answerer also decides abstention first: a model is never asked
to answer from passages that do not support an answer.
Leaves out: tool use and multi-step reasoning.
"""
from __future__ import annotations

import logging
from typing import Iterator

from langchain_core.documents import Document
from langchain_core.messages import HumanMessage, SystemMessage

from .answer import ExtractiveAnswerer
from .config import Settings
from .prompts import render
from .text import split_sentences
from .types import Answer, Citation, quote_boxes, region
from .verify import check_answer, support

log = logging.getLogger(__name__)


def llm_available(settings: Settings) -> bool:
    return bool(settings.llm_base_url)


def chat_model(settings: Settings, streaming: bool = False):
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(
        base_url=settings.llm_base_url,
        model=settings.llm_model or "default",
        api_key=settings.llm_api_key or "not-needed",  # local servers ignore it; the client requires one
        timeout=settings.llm_timeout,
        max_retries=0,  # a retry doubles the wait on a dead endpoint; the fallback is immediate
        temperature=0,
        streaming=streaming,
    )


def _failure(exc: Exception) -> str:
    name = type(exc).__name__
    detail = str(exc).splitlines()[0][:160] if str(exc) else ""
    return f"LLM endpoint failed ({name}: {detail}); showing the extractive answer instead"


class LLMCondenser:
    """Rewrites a follow-up into a standalone question with the model; heuristics if it fails."""

    def __init__(self, settings: Settings, fallback):
        self.settings = settings
        self.fallback = fallback

    def __call__(self, question: str, history: list[dict] | None) -> str:
        if not history:
            return question
        try:
            prompt = render("condense", history=history[-6:], question=question)
            out = chat_model(self.settings).invoke([HumanMessage(prompt)]).content
            out = str(out).strip().splitlines()[0].strip() if str(out).strip() else ""
            return out if 2 <= len(out) <= 4 * len(question) + 200 else self.fallback(question, history)
        except Exception as exc:  # endpoint trouble: the heuristic still works
            log.warning("question rewrite failed: %s", exc)
            return self.fallback(question, history)


class LLMAnswerer:
    def __init__(self, settings: Settings, extractive: ExtractiveAnswerer):
        self.settings = settings
        self.extractive = extractive

    def messages(self, question: str, docs: list[Document]):
        sources = [{"n": n, "title": d.metadata["title"], "source": d.metadata["source"],
                    "paragraph": d.metadata["paragraph"], "text": d.metadata["paragraph_text"]}
                   for n, d in enumerate(docs, 1)]
        return [SystemMessage(render("system")), HumanMessage(render("answer", sources=sources, question=question))]

    def __call__(self, question: str, docs: list[Document], query: str | None = None) -> Answer:
        fallback = self.extractive(question, docs, query)
        if fallback.abstained:  # nothing retrieved supports an answer: do not ask the model
            return fallback
        try:
            raw = str(chat_model(self.settings).invoke(self.messages(question, _dedupe(docs))).content)
        except Exception as exc:  # down, timeout, 401, malformed: all end in the fallback
            return _with_warning(fallback, _failure(exc))
        return self.finish(raw, docs, fallback)

    def stream(self, question: str, docs: list[Document], query: str | None = None) -> Iterator[str | Answer]:
        """Yields raw tokens as they arrive, then the verified Answer last."""
        fallback = self.extractive(question, docs, query)
        if fallback.abstained:
            yield fallback
            return
        parts: list[str] = []
        try:
            for chunk in chat_model(self.settings, streaming=True).stream(self.messages(question, _dedupe(docs))):
                token = str(chunk.content or "")
                parts.append(token)
                yield token
        except Exception as exc:
            yield _with_warning(fallback, _failure(exc))
            return
        yield self.finish("".join(parts), docs, fallback)

    @staticmethod
    def finish(raw: str, docs: list[Document], fallback: Answer) -> Answer:
        answer = verified_answer(raw, _dedupe(docs))
        if answer is None:
            fallback.unverified = [raw]
            return _with_warning(fallback, "the model's answer could not be verified against the "
                                           "sources; showing the extractive answer instead")
        return answer


def _with_warning(answer: Answer, warning: str) -> Answer:
    answer.warnings.append(warning)
    return answer


def _dedupe(docs: list[Document]) -> list[Document]:
    """One source per paragraph (several chunks of a long paragraph are one citation)."""
    seen, out = set(), []
    for d in docs:
        key = (d.metadata["source"], d.metadata["paragraph"])
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


def verified_answer(raw: str, docs: list[Document]) -> Answer | None:
    """The verified Answer built from raw model output, or None when no sentence survives."""
    texts = [d.metadata["paragraph_text"] for d in docs]
    checked = check_answer(raw, texts)
    kept = [c for c in checked if c.ok]
    if not kept:
        return None
    numbering: dict[int, int] = {}
    citations: list[Citation] = []
    parts = []
    for c in kept:
        best = max(c.cited, key=lambda n: support(c.text, texts[n - 1]))
        if best not in numbering:
            d = docs[best - 1]
            quote = max(split_sentences(texts[best - 1]) or [texts[best - 1]], key=lambda s: support(c.text, s))
            citations.append(Citation(d.metadata["source"], d.metadata["title"], d.metadata["paragraph"],
                                      texts[best - 1], quote, round(c.support, 4), d.metadata.get("page"),
                                      region(d.metadata.get("boxes") or []),
                                      quote_boxes(d.metadata.get("boxes") or [], texts[best - 1], quote)))
            numbering[best] = len(citations)
        parts.append(f"{c.text}[{numbering[best]}]")
    return Answer("".join(parts), citations, False, mode="llm",
                  unverified=[c.text for c in checked if not c.ok])
