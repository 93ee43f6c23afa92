"""Images to positioned glyphs with RapidOCR (PP-OCRv4 models shipped inside its wheel).

The engine loads once per process (about 1 s) and is reused for every page. Settings measured on
an A3 page at 150 dpi on 2 cores: recognising one line at a time (rec_batch_num=1) takes 8.9 s a
page against 12.1 s in batches of 6 (a batch is padded to its widest line); the angle classifier
is off (pages are upright). Each character comes back with its own box (return_word_box), so a
line the detector ran across a narrow gutter is cut apart again by the layout.
Leaves out: deskewing, vertical text, handwriting.
"""
from __future__ import annotations

import threading
from pathlib import Path

import numpy as np

from ..loading import DocumentError
from .layout import Glyph, Page

_engine = None
_lock = threading.Lock()
THREADS = -1  # onnxruntime threads per model (-1: its default, all cores); fanout sets cores/workers
MIN_SCORE = 0.5  # recognised lines below this confidence are noise (rules, photo texture)


def engine():
    global _engine
    with _lock:
        if _engine is None:
            from rapidocr_onnxruntime import RapidOCR

            _engine = RapidOCR(rec_batch_num=1, print_verbose=False, intra_op_num_threads=THREADS)
        return _engine


def read(image, number: int, *, scale: float = 1.0, max_side: int = 2000) -> Page:
    """OCR one page image; boxes are returned in page units (pixels / scale)."""
    image = image.convert("RGB")
    factor = 1.0
    if max(image.size) > max_side:  # the detector works at max_side anyway; shrink here, cheaper
        factor = max_side / max(image.size)
        image = image.resize((round(image.width * factor), round(image.height * factor)))
    result, _ = engine()(np.asarray(image), use_cls=False, return_word_box=True)
    to_page = 1.0 / (factor * scale)
    glyphs: list[Glyph] = []
    for item in result or []:
        box, text, score = item[0], item[1], item[2]
        if score < MIN_SCORE or not text.strip():
            continue
        ys, xs = [p[1] for p in box], [p[0] for p in box]
        top, bottom = min(ys) * to_page, max(ys) * to_page
        size = type_size(text, (max(xs) - min(xs)) * to_page, bottom - top)
        char_boxes, chars = (item[3], item[4]) if len(item) > 4 else ([], [])
        if chars and len(chars) == len(char_boxes):
            for ch, cb in zip(chars, char_boxes):
                cxs = [p[0] for p in cb]
                glyphs.append(Glyph(ch, min(cxs) * to_page, top, max(cxs) * to_page, bottom, size))
        else:  # spread the line's characters evenly over its box
            x0, x1 = min(xs) * to_page, max(xs) * to_page
            step = (x1 - x0) / len(text)
            glyphs.extend(Glyph(ch, x0 + i * step, top, x0 + (i + 1) * step, bottom, size)
                          for i, ch in enumerate(text))
    width, height = image.width * to_page, image.height * to_page
    return Page(number, width, height, glyphs, ocr=True)


def type_size(text: str, width: float, height: float) -> float:
    """A line's type size from its width: CJK characters are one em wide, others about half.
    Box heights are no measure: the detector pads some lines to nearly twice their height.

    >>> type_size("党建引领发展", 120, 40), type_size("进", 30, 25)
    (20.0, 20.0)
    """
    ems = sum(1.0 if ord(ch) >= 0x2E80 else 0.55 for ch in text if not ch.isspace())
    if ems < 3:
        return 0.8 * height
    return min(width / ems, height)


def open_image(path: Path, name: str, *, max_pixels: int):
    """A Pillow image, its size checked before any pixel is decoded; raises DocumentError."""
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(path)
    except UnidentifiedImageError:
        raise DocumentError(f"{name}: not a readable image (unknown or damaged format)") from None
    except Image.DecompressionBombError as exc:
        raise DocumentError(f"{name}: refused as a decompression bomb ({exc})") from None
    except OSError as exc:
        raise DocumentError(f"{name}: not a readable image ({exc})") from None
    w, h = image.size
    if w * h > max_pixels:
        image.close()
        raise DocumentError(f"{name}: image is {w}×{h} ({w * h / 1e6:.0f} megapixels), over the "
                            f"{max_pixels / 1e6:.0f}-megapixel limit: a decompression bomb or a scan "
                            f"at needlessly high resolution (RAG_MAX_IMAGE_PIXELS)")
    return image


def image_pages(path: Path, name: str, *, max_pixels: int, max_side: int, on_page=None):
    """OCR'd pages of an image file (every frame of a multi-page TIFF)."""
    from PIL import ImageSequence

    image = open_image(path, name, max_pixels=max_pixels)
    frames = getattr(image, "n_frames", 1)
    try:
        for i, frame in enumerate(ImageSequence.Iterator(image)):
            try:
                frame.load()
            except (OSError, SyntaxError, ValueError) as exc:
                raise DocumentError(f"{name}: truncated or damaged image ({exc})") from None
            yield read(frame, i + 1, max_side=max_side)
            if on_page:
                on_page(i + 1, frames)
    finally:
        image.close()
