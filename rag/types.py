"""Plain data passed between the layers: paragraphs, retrieval units, citations, answers."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Paragraph:
    """The citation unit: one cleaned paragraph of one article in one source file."""

    source: str  # file name, relative to the docs folder
    title: str  # article headline
    number: int  # 1-based position among the paragraphs of its file
    text: str
    kind: str = "body"  # body | heading | caption | byline | title
    spans: list[tuple[int, int]] = field(default_factory=list)  # offsets into the original file

    @property
    def id(self) -> str:
        return f"{self.source}#{self.number}"

    @property
    def start(self) -> int:
        return self.spans[0][0] if self.spans else 0

    @property
    def end(self) -> int:
        return self.spans[-1][1] if self.spans else 0


@dataclass
class Chunk:
    """A retrieval unit: a paragraph, or a run of its sentences when the paragraph is long."""

    paragraph_id: str
    text: str
    sentences: list[str]


@dataclass
class Citation:
    source: str
    title: str
    paragraph: int
    text: str  # the full paragraph
    quote: str  # the supporting sentence(s)
    score: float

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Answer:
    text: str  # sentences each followed by its marker [n]
    citations: list[Citation]  # marker [n] is citations[n-1]
    abstained: bool
    mode: str = "extractive"  # "extractive" or "llm"
    warnings: list[str] = field(default_factory=list)
    unverified: list[str] = field(default_factory=list)  # LLM sentences dropped by verification

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "citations": [c.to_dict() for c in self.citations],
            "abstained": self.abstained,
            "mode": self.mode,
            "warnings": list(self.warnings),
            "unverified": list(self.unverified),
        }
