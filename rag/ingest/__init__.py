"""Files to cleaned, numbered paragraphs, whatever their format.

One seam: each format turns a file into either text (txt/md, docx, html) or pages of positioned
glyphs (pdf, images); `layout` orders the glyphs into text; `loading.parse` repairs text of every
format the same way (broken lines, interrupted paragraphs, bylines, captions). The format is
decided by the file's suffix and must agree with its content (magic bytes): a .docx that is not a
Word file, or a .png that is a PDF, is refused with a reason rather than read as something else.
Leaves out: .doc/.ppt/.xls, e-books, vertical text.
"""
from __future__ import annotations

import logging
from pathlib import Path

from ..loading import DOC_SUFFIXES, DocumentError, decode, parse
from ..types import Paragraph
from . import html, layout, office, ocr, pdf

KINDS = {".txt": "text", ".md": "text", ".pdf": "pdf", ".png": "image", ".jpg": "image",
         ".jpeg": "image", ".tif": "image", ".tiff": "image", ".webp": "image", ".docx": "docx",
         ".html": "html", ".htm": "html"}
log = logging.getLogger(__name__)
SUFFIXES = tuple(KINDS)
assert set(SUFFIXES) == set(DOC_SUFFIXES), "loading.DOC_SUFFIXES (the folder scan) and KINDS must agree"
_NAMES = {"text": "text file", "pdf": "PDF", "image": "image", "docx": "Word .docx file", "html": "web page"}


def detect(head: bytes) -> str:
    """What the first bytes of a file say it is: pdf, image, docx, zip, html, binary or text.

    >>> detect(b"%PDF-1.7"), detect(b"\\x89PNG\\r\\n\\x1a\\n"), detect("<!DOCTYPE html><p>党".encode())
    ('pdf', 'image', 'html')
    """
    import filetype

    if b"%PDF-" in head[:1024]:
        return "pdf"
    kind = filetype.guess(head)
    if kind is not None:
        if kind.mime.startswith("image/"):
            return "image"
        if kind.extension == "docx":
            return "docx"
        return "zip" if kind.extension == "zip" else "binary"
    if b"\x00" in head[:4096]:
        return "binary"
    sample = head[:4096].lower()
    if any(tag in sample for tag in (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta")):
        return "html"
    return "text"


def check(head: bytes, name: str) -> str:
    """The loader kind for a file, from its suffix, after checking its content agrees."""
    suffix = Path(name).suffix.lower()
    if suffix not in KINDS:
        raise DocumentError(f"{name}: unsupported file type {suffix or '(no suffix)'}; "
                            f"supported: {', '.join(SUFFIXES)}")
    if not head:
        raise DocumentError(f"{name}: the file is empty")
    expected, found = KINDS[suffix], detect(head)
    agrees = found == expected or (expected in ("text", "html") and found in ("text", "html")) \
        or (expected == "docx" and found == "zip" and b"word/" in head)
    if not agrees:
        raise DocumentError(f"{name}: not a {_NAMES[expected]} (its content looks like "
                            f"{_NAMES.get(found, 'binary data')}); rename or convert it")
    return expected


def load(path: Path, name: str | None = None, *, max_side: int = 2000, max_pixels: int = 80_000_000,
         on_page=None) -> list[Paragraph]:
    """Paragraphs of one file; raises DocumentError (naming the file and why) when it cannot be read.

    on_page(done, total) is called after each page of a paged format.
    """
    path = Path(path)
    name = name or path.name
    with open(path, "rb") as fh:
        head = fh.read(8192)
    kind = check(head, name)
    try:
        paragraphs = _read(kind, path, name, max_side=max_side, max_pixels=max_pixels, on_page=on_page)
    except DocumentError:
        raise
    except MemoryError:
        raise DocumentError(f"{name}: too large to read in memory") from None
    except Exception as exc:  # the parsers' own errors on a hostile or broken file are this file's
        log.debug("reading %s failed", name, exc_info=True)
        raise DocumentError(f"{name}: could not be read ({type(exc).__name__}: {exc})") from None
    if not paragraphs:
        raise DocumentError(f"{name}: no text found in the file")
    return paragraphs


def _read(kind: str, path: Path, name: str, *, max_side: int, max_pixels: int, on_page) -> list[Paragraph]:
    if kind == "text":
        return parse(decode(path.read_bytes(), name), name)
    if kind == "html":
        return parse(html.text(path, name), name)
    if kind == "docx":
        return parse(office.text(path, name), name)
    if kind == "pdf":
        pages = pdf.pages(path, name, max_side=max_side, on_page=on_page)
    else:
        pages = ocr.image_pages(path, name, max_pixels=max_pixels, max_side=max_side, on_page=on_page)
    return layout.paragraphs(pages, name)
