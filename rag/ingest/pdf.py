"""PDF pages to positioned glyphs with pypdfium2: the text layer where it is usable, else OCR.

pypdfium2 was chosen over pdfplumber by measurement on a 4-column A3 page (3,300 characters):
0.07 s against 1.1 s, and pdfplumber returned Kangxi radicals ("⼯", "⾦") for CJK characters and
printed a warning per glyph for fonts without a FontBBox.
A page's text layer is used when it has at least MIN_CHARS characters and most of them are
ordinary text (CJK, Latin, digits, punctuation); otherwise (a scan, or a font without a usable
Unicode map) the page is rendered with its longest side at the OCR working size and read by OCR.
Pages are opened, read and closed one at a time, so a 1,000-page PDF needs the memory of one.
Leaves out: annotations and form fields, text in embedded images of an otherwise digital page.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

from ..loading import DocumentError
from . import ocr
from .layout import Glyph, Page

MIN_CHARS = 20
MIN_ORDINARY = 0.8


REOPEN_EVERY = 20  # pages; PDFium keeps every font it parsed until the document is closed


def pages(path: Path, name: str, *, max_side: int, on_page=None):
    """The pages of a PDF as glyphs, one at a time; raises DocumentError for unreadable files.

    The document is reopened every REOPEN_EVERY pages: a PDF whose pages embed their own fonts
    (editions of a paper joined into one file) would otherwise grow by their fonts, ~8 MB a
    page, to the end of the file.
    """
    import pypdfium2 as pdfium

    def open_doc():
        try:
            return pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as exc:
            raise DocumentError(f"{name}: {_reason(str(exc))}") from None

    doc = open_doc()
    try:
        total = len(doc)
        if total == 0:
            raise DocumentError(f"{name}: the PDF has no pages")
        for i in range(total):
            if i and i % REOPEN_EVERY == 0:
                doc.close()
                doc = open_doc()
            try:
                page = doc[i]
            except pdfium.PdfiumError as exc:
                raise DocumentError(f"{name}: page {i + 1} cannot be read ({exc}); the file is damaged") from None
            try:
                yield _page(page, i + 1, max_side)
            finally:
                page.close()
            if on_page:
                on_page(i + 1, total)
    finally:
        doc.close()


def _reason(message: str) -> str:
    if "password" in message.lower():
        return "the PDF is password-protected; remove the password (or print it to a new PDF) and add it again"
    return f"not a readable PDF: damaged or truncated ({message})"


def _page(page, number: int, max_side: int) -> Page:
    width, height = page.get_size()
    glyphs = text_layer(page, height)
    if usable(glyphs):
        return Page(number, width, height, glyphs)
    scale = max_side / max(width, height)
    bitmap = page.render(scale=scale, grayscale=True)
    try:
        return ocr.read(bitmap.to_pil(), number, scale=scale, max_side=max_side)
    finally:
        bitmap.close()


def text_layer(page, height: float) -> list[Glyph]:
    """The page's characters with their boxes (top-left origin, points)."""
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        glyphs, space = [], False
        for i in range(textpage.count_chars()):
            code = raw.FPDFText_GetUnicode(textpage, i)
            ch = chr(code) if code else ""
            if not ch or ch.isspace() or raw.FPDFText_IsGenerated(textpage, i):
                space = space or (ch == " " and not raw.FPDFText_IsGenerated(textpage, i))
                continue
            if 0x2E80 <= code <= 0x2FDF or 0xF900 <= code <= 0xFAFF:  # radicals, compatibility ideographs
                ch = unicodedata.normalize("NFKC", ch)
            left, bottom, right, top = textpage.get_charbox(i, loose=True)
            size = raw.FPDFText_GetFontSize(textpage, i) or (top - bottom)
            # A printed space is kept with the next glyph ("统领 推进"); layout drops it at a line start.
            glyphs.append(Glyph(" " + ch if space else ch, left, height - top, right, height - bottom, size))
            space = False
        return glyphs
    finally:
        textpage.close()


def usable(glyphs: list[Glyph]) -> bool:
    """Whether a text layer carries real text (not a scan's empty layer or unmapped glyphs).

    >>> usable([Glyph("党", 0, 0, 1, 1, 1)] * 30), usable([Glyph("\\ue001", 0, 0, 1, 1, 1)] * 30)
    (True, False)
    """
    if len(glyphs) < MIN_CHARS:
        return False
    ordinary = sum(1 for g in glyphs if _ordinary(g.text))
    return ordinary / len(glyphs) >= MIN_ORDINARY


def _ordinary(ch: str) -> bool:
    if not ch:
        return False
    c = ord(ch[0])
    return (ch.isascii() and ch.isprintable()) or 0x4E00 <= c <= 0x9FFF or 0x3000 <= c <= 0x303F \
        or 0xFF00 <= c <= 0xFFEF or 0x2000 <= c <= 0x206F or 0x3400 <= c <= 0x4DBF or 0xB7 == c
