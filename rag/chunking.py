"""Cut paragraphs into retrieval units at sentence ends.

The paragraph stays the citation unit (it is what a reader opens and checks); chunks only exist
so that a long paragraph is embedded in pieces the model can represent. A single sentence longer
than the limit becomes a chunk of its own rather than being cut mid-sentence.
"""
from __future__ import annotations

from .text import split_sentences
from .types import Chunk, Paragraph

INDEXED_KINDS = ("body", "caption", "heading", "title")


def chunk_paragraph(paragraph: Paragraph, max_chars: int) -> list[Chunk]:
    """Runs of whole sentences of at most max_chars characters.

    >>> p = Paragraph("a.txt", "T", 1, "一二三。四五六。七八九十。")
    >>> [c.text for c in chunk_paragraph(p, 8)]
    ['一二三。四五六。', '七八九十。']
    """
    chunks: list[Chunk] = []
    current: list[str] = []
    for sentence in split_sentences(paragraph.text) or [paragraph.text]:
        if current and sum(map(len, current)) + len(sentence) > max_chars:
            chunks.append(Chunk(paragraph.id, "".join(current), current))
            current = []
        current.append(sentence)
    if current:
        chunks.append(Chunk(paragraph.id, "".join(current), current))
    return chunks


def chunk_paragraphs(paragraphs: list[Paragraph], max_chars: int) -> list[Chunk]:
    """Chunks of every paragraph worth retrieving (bylines are left out)."""
    return [c for p in paragraphs if p.kind in INDEXED_KINDS for c in chunk_paragraph(p, max_chars)]
