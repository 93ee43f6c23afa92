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
    spans: list[tuple[int, int]] = field(default_factory=list)  # offsets into the file's text
    # Paged formats (PDF, images): the 1-based page, and the printed lines it came from as
    # [page, x0, top, x1, bottom, start, end] (page units: PDF points or image pixels, origin top
    # left; start/end index into `text`). None/empty for text formats.
    page: int | None = None
    boxes: list[list] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.source}#{self.number}"

    @property
    def bbox(self) -> list[float] | None:
        return region(self.boxes)

    @property
    def start(self) -> int:
        return self.spans[0][0] if self.spans else 0

    @property
    def end(self) -> int:
        return self.spans[-1][1] if self.spans else 0


def region(boxes: list[list]) -> list[float] | None:
    """[x0, top, x1, bottom] around the boxes on the first page among them.

    >>> region([[1, 10, 5, 90, 15, 0, 12], [1, 10, 16, 60, 26, 12, 20], [2, 0, 0, 9, 9, 20, 22]])
    [10, 5, 90, 26]
    """
    if not boxes:
        return None
    chosen = [b for b in boxes if b[0] == boxes[0][0]]
    return [min(b[1] for b in chosen), min(b[2] for b in chosen), max(b[3] for b in chosen),
            max(b[4] for b in chosen)]


def part_of(x0: float, x1: float, start: int, end: int, a: int, b: int) -> tuple[float, float]:
    """The stretch of a printed line from x0 to x1, holding characters [start, end), that
    characters [a, b) take, in proportion to their count.

    >>> part_of(0, 100, 10, 20, 12, 15)
    (20.0, 50.0)
    """
    w = (x1 - x0) / max(end - start, 1)
    return round(x0 + w * (a - start), 1), round(x0 + w * (b - start), 1)


def quote_boxes(boxes: list[list], text: str, quote: str) -> list[list[float]]:
    """The parts of a paragraph's line boxes that print `quote` ("…" joins several pieces), on
    the paragraph's first page: what to highlight on the page image.

    >>> quote_boxes([[1, 0, 0, 100, 10, 0, 10], [1, 0, 12, 100, 22, 10, 20]], "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸", "甲乙丙")
    [[0.0, 12, 30.0, 22]]
    """
    if not boxes:
        return []
    page = boxes[0][0]
    out = []
    for piece in quote.split("…"):
        piece = piece.strip()
        start = text.find(piece) if piece else -1
        if start < 0:
            continue
        end = start + len(piece)
        for b in boxes:
            if b[0] != page or b[6] <= start or b[5] >= end:
                continue
            left, right = part_of(b[1], b[3], b[5], b[6], max(start, b[5]), min(end, b[6]))
            out.append([left, b[2], right, b[4]])
    return out


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
    page: int | None = None  # paged formats: 1-based page of the paragraph
    bbox: list[float] | None = None  # its region on that page [x0, top, x1, bottom] (points/pixels)
    highlight: list[list[float]] = field(default_factory=list)  # boxes of the quote's lines there

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
