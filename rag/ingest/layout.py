"""Positioned glyphs of a page to text in reading order, and paragraphs back to page regions.

A page is a bag of glyphs (text with a box, from a PDF's text layer or from OCR). In order:
- rows: glyphs on one baseline, cut into line segments at gaps wider than 0.8 em (column gutters);
- reading order by recursive XY-cut: a region is split at its widest horizontal gap when that gap
  is clearly wider than the line spacing (stacked articles, a headline above its columns; top to
  bottom), else at vertical gutters (columns, left to right);
- blocks: within a column, lines belong to one block until an indented line, a line after a short
  one, a wider gap or a change of type size starts the next; type well above the body size is a
  headline ("# " line, as in Markdown).
The blocks become the lines of a text that `loading.parse` repairs exactly as it repairs a .txt
(lines broken by the columns rejoined, interrupted paragraphs, bylines, captions), and
`attach_boxes` maps each resulting paragraph back to the page regions it came from.
Leaves out: vertical (top-to-bottom) text, rotated pages, tables, non-Manhattan layouts.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from statistics import median
from typing import Iterable, NamedTuple

from ..loading import parse
from ..types import Paragraph, part_of

GUTTER_EM = 0.5  # a gap this wide (in type sizes) separates columns: hanging punctuation narrows
# a 7 mm gutter to 0.7 em, while characters of a line sit at most ~0.3 em apart
HEADLINE_RATIO = 1.25  # type this much larger than the body is a headline
INDENT_EM = 0.8  # a line starting this far right of its column's edge is indented
SMALL_RATIO = 0.93  # type this much smaller is small print (captions, credits)
OCR_SIZE_JITTER = 0.25


class Glyph(NamedTuple):
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float  # type size in page units


@dataclass
class Page:
    number: int  # 1-based
    width: float
    height: float
    glyphs: list[Glyph]
    ocr: bool = False  # read by OCR rather than from a text layer


@dataclass
class Line:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float


@dataclass
class Block:
    page: int
    lines: list[Line] = field(default_factory=list)
    kind: str = "body"  # body | headline | small
    indented: bool = False  # its first line is indented: it starts a paragraph


class Piece(NamedTuple):
    start: int  # offsets of one printed line in the composed text
    end: int
    page: int
    box: tuple[float, float, float, float]


def segments(glyphs: list[Glyph]) -> list[Line]:
    """Glyphs, in the order the file gives them, grouped into line segments: a run of glyphs on
    one baseline with no gutter between them. Runs that continue each other on the same baseline
    (a line written in pieces) are joined afterwards.

    Not a global sort by height: columns set with different baseline offsets would chain rows
    of neighbouring columns together, a few points at a time.

    >>> [s.text for s in segments([Glyph("党", 0, 0, 10, 10, 10), Glyph("建", 10, 0, 20, 10, 10),
    ...                             Glyph("新", 40, 0, 50, 10, 10)])]
    ['党建', '新']
    """
    runs: list[list[Glyph]] = []
    for g in glyphs:
        if runs and _follows(runs[-1][-1], g):
            runs[-1].append(g)
        else:
            runs.append([g])
    rows: dict[int, list[list[Glyph]]] = {}  # joined runs by rounded baseline, for the lookup
    out: list[list[Glyph]] = []
    for run in sorted(runs, key=lambda r: r[0].x0):
        key = round(_cy(run[0]) / 2)
        for candidate in rows.get(key - 1, []) + rows.get(key, []) + rows.get(key + 1, []):
            if _follows(candidate[-1], run[0]):
                candidate.extend(run)
                break
        else:
            out.append(run)
            rows.setdefault(key, []).append(run)
    return [_line(run) for run in out]


def _cy(g: Glyph | Line) -> float:
    return (g.top + g.bottom) / 2


def _follows(a: Glyph, b: Glyph) -> bool:
    """Whether b continues a's line to the right without a gutter between them."""
    size = min(a.size, b.size)
    return abs(_cy(a) - _cy(b)) <= 0.3 * size and -0.5 * size <= b.x0 - a.x1 <= GUTTER_EM * size


def _line(glyphs: list[Glyph]) -> Line:
    text = glyphs[0].text.lstrip()
    for prev, g in zip(glyphs, glyphs[1:]):
        gap = g.x0 - prev.x1
        latin = prev.text[-1:].isascii() and prev.text[-1:].isalnum() and g.text[:1].isascii() and g.text[:1].isalnum()
        if gap > (0.15 if latin else 0.5) * g.size and not g.text.startswith(" "):
            text += " "
        text += g.text
    return Line(text, min(g.x0 for g in glyphs), min(g.top for g in glyphs), max(g.x1 for g in glyphs),
                max(g.bottom for g in glyphs), median(g.size for g in glyphs))


def reading_order(lines: list[Line], body: float, spacing: float = 0.0) -> list[list[Line]]:
    """Regions of a page in reading order (recursive XY-cut); each region's lines top to bottom.

    Stacked regions are cut apart before columns: headlines are often narrower than the page,
    so a gutter can run from top to bottom past several articles, and cutting it first would
    read the left half of every article before the right half.
    """
    if len(lines) < 2:
        return [lines]
    gaps = _gaps([(s.top, s.bottom) for s in lines], 0.0)
    if gaps:
        widths = [b - a for a, b in gaps]
        widest = max(range(len(gaps)), key=widths.__getitem__)
        # Lines of neighbouring columns share baselines, so their gaps line up across the page:
        # only a gap clearly wider than the spacing between lines of a column separates regions.
        if widths[widest] > spacing + 0.3 * body:
            cut = sum(gaps[widest]) / 2
            above = [s for s in lines if _cy(s) < cut]
            below = [s for s in lines if _cy(s) >= cut]
            return reading_order(above, body, spacing) + reading_order(below, body, spacing)
    columns = _split(lines, lambda s: (s.x0, s.x1), GUTTER_EM * body)
    if len(columns) > 1 and not _one_row(lines):
        return [region for c in columns for region in reading_order(c, body, spacing)]
    # Neither cut: a line across the columns (a headline whose OCR box reaches down to the text
    # below it) hides both the gap and the gutters. Read it as a band of its own.
    typical = median(s.x1 - s.x0 for s in lines)
    wide = [s for s in lines if s.x1 - s.x0 > 1.8 * typical]
    if wide:
        w = min(wide, key=lambda s: s.top)
        above = [s for s in lines if _cy(s) < w.top]
        band = [s for s in lines if w.top <= _cy(s) <= w.bottom]
        below = [s for s in lines if _cy(s) > w.bottom]
        if len(band) < len(lines):
            return [r for part in (above, band, below) if part for r in reading_order(part, body, spacing)]
    return [sorted(lines, key=lambda s: (s.top, s.x0))]


def line_spacing(lines: list[Line]) -> float:
    """The usual gap between a line and the next one below it in the same column (negative when
    boxes overlap, as OCR boxes do)."""
    ordered = sorted(lines, key=lambda s: s.top)
    gaps = []
    for i, s in enumerate(ordered):
        for t in ordered[i + 1:i + 40]:
            if t.top > s.top + 0.5 * s.size and min(s.x1, t.x1) > max(s.x0, t.x0):
                gaps.append(t.top - s.bottom)
                break
    return median(gaps) if gaps else 0.0


def _one_row(lines: list[Line]) -> bool:
    return max(s.top for s in lines) < min(s.bottom for s in lines)


def _gaps(intervals: list[tuple[float, float]], min_gap: float) -> list[tuple[float, float]]:
    """Uncovered stretches between intervals at least min_gap wide.

    >>> _gaps([(0, 5), (3, 8), (12, 20)], 2)
    [(8, 12)]
    """
    out, reach = [], None
    for a, b in sorted(intervals):
        if reach is not None and a - reach >= min_gap and a > reach:
            out.append((reach, a))
        reach = b if reach is None else max(reach, b)
    return out


def _split(lines: list[Line], span, min_gap: float) -> list[list[Line]]:
    gaps = _gaps([span(s) for s in lines], min_gap)
    if not gaps:
        return [lines]
    cuts = [(a + b) / 2 for a, b in gaps]
    groups: list[list[Line]] = [[] for _ in range(len(cuts) + 1)]
    for s in lines:
        groups[bisect_right(cuts, (span(s)[0] + span(s)[1]) / 2)].append(s)
    return [g for g in groups if g]


def blocks(page: Page) -> list[Block]:
    """The page's text blocks in reading order."""
    segs = segments(page.glyphs)
    if not segs:
        return []
    body = body_size(page.glyphs)
    # OCR boxes measure type size loosely (a line with brackets or quotes is a fifth taller), so
    # size changes count only when larger.
    jitter = OCR_SIZE_JITTER if page.ocr else 0.0
    out: list[Block] = []
    for region in reading_order(segs, body, line_spacing(segs)):
        rows = _rows(region)
        left, right = min(r.x0 for r in rows), max(r.x1 for r in rows)
        pitch = median([b.top - a.top for a, b in zip(rows, rows[1:])] or [body * 1.5])
        prev = None
        for row in rows:
            if prev is None or _starts_block(prev, row, left, right, pitch, jitter):
                out.append(Block(page.number, kind=_kind(row.size, body, jitter),
                                 indented=row.x0 - left > INDENT_EM * row.size))
            out[-1].lines.append(row)
            prev = row
    return out


def _rows(region: list[Line]) -> list[Line]:
    """Segments of one region that share a baseline merged into one line (OCR splits some)."""
    rows: list[Line] = []
    for s in sorted(region, key=lambda s: s.top):
        if rows and abs(_cy(s) - _cy(rows[-1])) <= 0.3 * min(s.size, rows[-1].size) \
                and (s.x0 >= rows[-1].x1 or s.x1 <= rows[-1].x0):
            r = rows[-1]
            a, b = (r, s) if r.x0 <= s.x0 else (s, r)
            rows[-1] = Line(a.text + b.text, min(r.x0, s.x0), min(r.top, s.top), max(r.x1, s.x1),
                            max(r.bottom, s.bottom), max(r.size, s.size))
        else:
            rows.append(s)
    return rows


def _starts_block(prev: Line, row: Line, left: float, right: float, pitch: float, jitter: float) -> bool:
    size = max(prev.size, row.size)
    return (abs(row.size - prev.size) > (0.12 + jitter) * size  # type size changes
            or row.x0 - left > INDENT_EM * row.size  # first-line indent
            or prev.x1 < right - 1.5 * size  # the line before ended short
            or row.top - prev.top > pitch + 0.5 * size)  # a wider gap


def _kind(size: float, body: float, jitter: float = 0.0) -> str:
    if size >= (HEADLINE_RATIO + jitter) * body:
        return "headline"
    return "small" if size < (SMALL_RATIO - jitter / 4) * body else "body"


def body_size(glyphs: list[Glyph]) -> float:
    """The type size most text on the page is set in (weighted by characters)."""
    counts = Counter(round(g.size * 2) / 2 for g in glyphs)
    return max(sorted(counts), key=counts.__getitem__) if counts else 10.0  # a tie: the smaller


def compose(blocks_: list[Block]) -> tuple[str, list[Piece]]:
    """The text the repair reads (a block a line, blank lines between) and where each printed
    line sits in it."""
    parts: list[str] = []
    pieces: list[Piece] = []
    pos = 0
    for block in blocks_:
        sep = "\n\n\n" if block.kind == "small" else "\n\n"
        # An indent is written as the two ideographic spaces Chinese text uses for one: the
        # repair then knows the line starts a paragraph and cannot continue an open one.
        prefix = "# " if block.kind == "headline" else "\u3000\u3000" if block.indented else ""
        parts.append(sep + prefix)
        pos += len(sep) + len(prefix)
        for line in block.lines:
            parts.append(line.text)
            pieces.append(Piece(pos, pos + len(line.text), block.page, (line.x0, line.top, line.x1, line.bottom)))
            pos += len(line.text)
    return "".join(parts), pieces


def paragraphs(pages: Iterable[Page], source: str) -> list[Paragraph]:
    """Cleaned, numbered paragraphs of laid-out pages, each with its page and line boxes.

    Each page is laid out as it arrives and its glyphs dropped: a long PDF holds its lines, not
    its glyphs (a 4-column A3 page has ~3,300 glyphs and ~300 lines)."""
    text, pieces = compose([b for page in pages for b in blocks(page)])
    paras = parse(text, source)
    attach_boxes(paras, pieces)
    return paras


def attach_boxes(paras: list[Paragraph], pieces: list[Piece]) -> None:
    """Give each paragraph the boxes of its printed lines: [page, x0, top, x1, bottom, start, end]
    with start/end offsets into the paragraph's text (a line cut by the repair gets the part of
    its box that its characters take, in proportion)."""
    starts = [p.start for p in pieces]
    for para in paras:
        boxes, offset = [], 0
        for s, e in para.spans:
            i = max(0, bisect_right(starts, s) - 1)
            while i < len(pieces) and pieces[i].start < e:
                piece = pieces[i]
                a, b = max(s, piece.start), min(e, piece.end)
                if b > a:
                    x0, top, x1, bottom = piece.box
                    left, right = part_of(x0, x1, piece.start, piece.end, a, b)
                    boxes.append([piece.page, left, round(top, 1), right, round(bottom, 1),
                                  offset + a - s, offset + b - s])
                i += 1
            offset += e - s
        para.boxes = boxes
        para.page = boxes[0][0] if boxes else None
