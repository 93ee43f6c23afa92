"""Read a folder of OCR'd newspaper pages and turn each file into numbered, cleaned paragraphs.

What it repairs, in order:
- decoding: UTF-8 (with or without BOM), else GB18030 (a superset of GBK); binary or
  undecodable files raise `DocumentError` naming the file;
- classification of each line: headline, section heading, byline ("记者 …", "本报金乡讯(通讯员 …)",
  "(记者 … )", "■白建喜"), photo caption ("…。■通讯员 … 摄", short lines set apart by blank lines);
- paragraphs broken mid-sentence by the column layout are re-joined ("帮助企业抓" + "党建、破难题");
- a paragraph interrupted by another is repaired when the evidence is clear: the open fragment is
  joined to the later fragment that completes a word across the break ("…申请、金" + "融贴息…"),
  and the interrupting paragraph stays a paragraph of its own;
- files are split into articles at headline groups.

What it leaves out: OCR character errors (doubled characters, wrong glyphs) are kept as printed,
and a broken paragraph is never joined across an article boundary.
"""
from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

import jieba

from .types import Paragraph

log = logging.getLogger(__name__)
jieba.setLogLevel(logging.WARNING)

# Every format the ingest package reads (rag/ingest/__init__.py maps each to its loader).
DOC_SUFFIXES = (".txt", ".md", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp", ".docx", ".html", ".htm")
SENTENCE_END = "。！？!?…；;"
CLOSERS = "”’」』）)\"'"

_BYLINE_PATTERNS = [
    re.compile(r"^(记者|通讯员|本报记者)[\s：:]*\S.{0,30}$"),
    re.compile(r"^[（(](记者|通讯员|作者|本报记者)[^）)]{0,60}[）)]$"),
    re.compile(r"^■\s*\S{2,4}$"),
    re.compile(r"^齐鲁晚报"),
    re.compile(r"^(编辑|组版|责任编辑|校对)[:：]"),
    re.compile(r"^扫码下载"),
]
_LEAD_BYLINE = re.compile(r"^(本报\S{1,10}讯\s*[(（][^）)]{1,60}[）)])")
_PHOTO_CREDIT = re.compile(r"■\s*(通讯员|记者)?\s*[\S ]{0,30}摄$")


class DocumentError(ValueError):
    """A document that cannot be read as text (binary, undecodable, empty)."""


@dataclass
class _Line:
    start: int
    end: int
    text: str
    blanks_before: int
    kind: str = "body"
    indented: bool = False  # starts with whitespace: a first-line indent, so a paragraph start


def decode(data: bytes, name: str = "document") -> str:
    """Decode UTF-8 (BOM optional) or GB18030/GBK bytes; refuse binary data.

    >>> decode("党建".encode("gbk"))
    '党建'
    """
    if b"\x00" in data[:4096]:
        raise DocumentError(f"{name}: looks like a binary file (NUL bytes), not text")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text
    raise DocumentError(f"{name}: not UTF-8 or GBK/GB18030 text; save it as UTF-8 and try again")


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\r\n\t\f") or 0xE000 <= ord(ch) <= 0xF8FF)
    return bad / len(text) < 0.01


def iter_documents(docs_dir: Path) -> list[Path]:
    """The document files below docs_dir, sorted, hidden files skipped."""
    return [Path(docs_dir) / name for name in scan(docs_dir)]


def scan(docs_dir: Path) -> dict[str, os.stat_result]:
    """{name relative to docs_dir: stat} of every document below it, sorted, hidden ones skipped.

    os.walk and os.stat rather than Path.rglob: an archive folder holds tens of thousands of
    files and this runs whenever an index built from a folder is opened (5,000 files: 0.05 s).
    """
    docs_dir = Path(docs_dir)
    if not docs_dir.is_dir():
        raise FileNotFoundError(f"documents folder {docs_dir} does not exist")
    root = str(docs_dir)
    found: dict[str, os.stat_result] = {}
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        prefix = os.path.relpath(folder, root).replace(os.sep, "/")
        prefix = "" if prefix == "." else prefix + "/"
        for name in files:
            if name.startswith(".") or os.path.splitext(name)[1].lower() not in DOC_SUFFIXES:
                continue
            try:
                found[prefix + name] = os.stat(f"{folder}/{name}")
            except OSError:  # vanished while we looked
                continue
    return dict(sorted(found.items(), key=lambda item: item[0]))


def load_file(path: Path, source: str | None = None) -> list[Paragraph]:
    """Paragraphs of one file; raises DocumentError when it is not readable text or is empty."""
    name = source or Path(path).name
    text = decode(Path(path).read_bytes(), name)
    paragraphs = parse(text, name)
    if not paragraphs:
        raise DocumentError(f"{name}: no text in the file")
    return paragraphs


def parse(text: str, source: str) -> list[Paragraph]:
    """Cleaned, numbered paragraphs of one file's text (offsets index into `text`)."""
    lines = _classify(_split_lines(text))
    pieces = _join_broken(lines)
    return _to_paragraphs(pieces, source)


def _split_lines(text: str) -> list[_Line]:
    out, blanks, pos = [], 0, 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            out.append(_Line(pos + lead, pos + lead + len(stripped), stripped, blanks, indented=lead > 0))
            blanks = 0
        else:
            blanks += 1
        pos += len(raw)
    return out


def is_closed(text: str) -> bool:
    """Whether a paragraph ends a sentence (so the next line starts a new paragraph).

    >>> is_closed("帮助企业抓"), is_closed("发展。"), is_closed("说。”"), is_closed("(作者系书记)")
    (False, True, True, True)
    """
    t = text.rstrip()
    if not t:
        return True
    if t[-1] in SENTENCE_END or t[-1] in ")）":
        return True
    return t[-1] in CLOSERS and len(t) > 1 and t[-2] in SENTENCE_END


def _classify(lines: list[_Line]) -> list[_Line]:
    for i, line in enumerate(lines):
        t = line.text
        nxt = lines[i + 1].text if i + 1 < len(lines) else ""
        if t.startswith("#"):
            line.kind, line.text = "heading", t.lstrip("#").strip()
        elif any(p.search(t) for p in _BYLINE_PATTERNS):
            line.kind = "byline"
        elif _PHOTO_CREDIT.search(t) or (line.blanks_before >= 2 and "图为" in t):
            line.kind = "caption"
        elif line.blanks_before >= 2 and len(t) <= 60 and is_closed(t) and t.count("。") <= 1 \
                and not _continues(lines, i):
            line.kind = "caption"
        elif _heading_like(t) and not forms_word(t, nxt):
            line.kind = "heading"
    return lines


def _heading_like(t: str) -> bool:
    """Short, unpunctuated lines are headings; body fragments carry clause punctuation.

    >>> _heading_like("统一牌匾,开通『音乐专线』"), _heading_like("通过活动，教师和少先队员")
    (True, False)
    """
    if len(t) > 45 or is_closed(t) or any(ch in t for ch in "。，、；;"):
        return False
    return t.count(",") <= 1


def _continues(lines: list[_Line], i: int) -> bool:
    """Whether line i completes an open body line before it (captions in between skipped)."""
    for j in range(i - 1, -1, -1):
        if lines[j].kind == "caption":
            continue
        return lines[j].kind == "body" and not is_closed(lines[j].text) \
            and forms_word(lines[j].text, lines[i].text)
    return False


def forms_word(left: str, right: str) -> bool:
    """Whether jieba reads a word across the junction of left and right.

    >>> forms_word("企业申请、金", "融贴息等方面"), forms_word("企业申请、金", "自今年以来")
    (True, False)
    """
    if not left or not right or right[0] in "，,。、；;：:！？!?" or left[-1] in "，,、；;：:":
        return bool(left and right and right[0] in "，,、；;：:")
    tail, head = left[-4:], right[:4]
    pos = 0
    for token in jieba.cut(tail + head, HMM=False):
        if pos < len(tail) < pos + len(token):
            return True
        pos += len(token)
    return False


def _join_broken(lines: list[_Line]) -> list[list[_Line]]:
    """Group lines into paragraphs: each group is the lines of one paragraph, in text order."""
    used = [False] * len(lines)
    groups: list[list[_Line]] = []
    indents = any(line.indented for line in lines)
    for i, line in enumerate(lines):
        if used[i]:
            continue
        used[i] = True
        group = [line]
        groups.append(group)
        last = i  # search after the fragment joined last, so a skipped interrupter stays skipped
        while group[-1].kind == "body" and not is_closed(group[-1].text):
            j = _continuation(lines, used, last, group[-1].text, indents)
            if j is None:
                break
            used[j] = True
            group.append(lines[j])
            last = j
    return groups


def _continuation(lines: list[_Line], used: list[bool], i: int, text: str, indents: bool) -> int | None:
    """Index of the line after line i that continues the open paragraph `text`, or None.

    Default: the next body line (captions skipped). Interruption repair: when that line is a
    complete paragraph of its own and the body line after it completes a word across the break
    while the first does not, the later line is the continuation.
    Laid-out pages (`indents`: paragraph starts are indented) say more: an unindented next line
    is the continuation, and after an indented one that does not complete a word, the first of
    the next three lines of the article that does (a page can put two paragraphs, themselves
    broken by the columns, in between).
    """
    bodies = []
    for j in range(i + 1, min(len(lines), i + 12)):
        if used[j] or lines[j].kind == "caption":
            continue
        if lines[j].kind != "body":
            break
        bodies.append(j)
        if len(bodies) == 4:
            break
    if not bodies:
        return None
    first = bodies[0]
    if indents:
        if lines[first].indented and not forms_word(text, lines[first].text):
            for later in bodies[1:]:
                if forms_word(text, lines[later].text):
                    return later
        return first
    if len(bodies) >= 2 and is_closed(lines[first].text) and forms_word(text, lines[bodies[1]].text) \
            and not forms_word(text, lines[first].text):
        return bodies[1]
    return first


def _to_paragraphs(groups: list[list[_Line]], source: str) -> list[Paragraph]:
    groups = sorted(groups, key=lambda g: g[0].start)
    items: list[tuple[str, str, list[tuple[int, int]]]] = []
    for g in groups:
        kind = g[0].kind
        text = "".join(line.text for line in g)
        spans = [(line.start, line.end) for line in g]
        lead = _LEAD_BYLINE.match(text) if kind == "body" else None
        if lead and len(g[0].text) > lead.end():
            cut = spans[0][0] + lead.end()
            items.append(("byline", lead.group(1), [(spans[0][0], cut)]))
            rest = text[lead.end():]
            skipped = len(rest) - len(rest.lstrip())
            spans = [(cut + skipped, spans[0][1])] + spans[1:]
            text = rest.strip()
        items.append((kind, text, spans))
    return _assign_articles(items, source)


def _assign_articles(items, source: str) -> list[Paragraph]:
    """Split the file into articles at headline groups and number the paragraphs."""
    title = Path(source).stem
    out: list[Paragraph] = []
    i = 0
    prev_closing = False
    while i < len(items):
        kind, text, spans = items[i]
        if kind == "heading":
            j = i
            while j < len(items) and items[j][0] == "heading":
                j += 1
            group = items[i:j]
            after = items[j] if j < len(items) else None
            starts_article = (
                not out
                or len(group) >= 2
                or (after is not None and (after[0] == "byline" or _LEAD_BYLINE.match(after[1])))
                or prev_closing
            )
            if starts_article:
                # "◎学校概况"-style lines are section heads even inside a headline group.
                title = " ".join(t for _, t, _ in group if not t.startswith("◎")) or title
            for _, t, s in group:
                is_title = starts_article and not t.startswith("◎")
                out.append(Paragraph(source, title, len(out) + 1, t, "title" if is_title else "heading", s))
            prev_closing = False
            i = j
            continue
        out.append(Paragraph(source, title, len(out) + 1, text, kind, spans))
        # A byline in brackets, or an editor's line, closes an article: a heading after it is a headline.
        prev_closing = kind == "byline" and (text[0] in "(（" or not _LEAD_BYLINE.match(text)
                                             and not re.match(r"^(记者|通讯员|本报记者|■|齐鲁晚报)", text))
        i += 1
    return out
