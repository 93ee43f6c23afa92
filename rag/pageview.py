"""The place on the page a citation comes from, as an image: the cited paragraph's region of its
page (PDF or image), with the supporting sentence's lines highlighted in yellow.

Rendered when asked for, and cached on disk under a name made from the file's identity (path,
size, modification time) and the region, so a second look costs one file read; a changed file
gets new images. PDF pages are rendered only inside the region (pypdfium2's crop), so a crop of
an A3 page costs a small bitmap, not a page.
Leaves out: Word and web pages (no fixed pages), pages rotated in the file.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

MARGIN = 12  # page units around the region, so the crop shows where it sits
MAX_WIDTH = 900  # pixels: enough to read 10.5 pt type in a side panel


def crop(path: Path, page: int, bbox: list[float], highlight: list[list[float]], *, cache_dir: Path,
         max_pixels: int = 80_000_000) -> Path:
    """A PNG of bbox on page `page` (1-based) of a PDF or image, highlight boxes marked; cached."""
    path = Path(path)
    stat = path.stat()
    key = hashlib.sha256(json.dumps([str(path.resolve()), stat.st_size, stat.st_mtime_ns, page,
                                     bbox, highlight]).encode()).hexdigest()[:32]
    target = Path(cache_dir) / f"{key}.png"
    if target.exists():
        return target
    if path.suffix.lower() == ".pdf":
        image, origin, scale = _pdf_region(path, page, bbox)
    else:
        image, origin, scale = _image_region(path, page, bbox, max_pixels)
    _mark(image, highlight, origin, scale)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".crop-", suffix=".png")
    os.close(fd)
    try:
        image.save(tmp, "PNG")
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return target


def _pdf_region(path: Path, page: int, bbox: list[float]):
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        p = doc[page - 1]
        width, height = p.get_size()
        x0, top = max(0.0, bbox[0] - MARGIN), max(0.0, bbox[1] - MARGIN)
        x1, bottom = min(width, bbox[2] + MARGIN), min(height, bbox[3] + MARGIN)
        scale = min(3.0, MAX_WIDTH / max(x1 - x0, 1.0))
        # crop = how much to cut from the left, bottom, right and top, in points
        bitmap = p.render(scale=scale, crop=(x0, height - bottom, width - x1, top))
        image = bitmap.to_pil().convert("RGB")
        p.close()
        return image, (x0, top), scale
    finally:
        doc.close()


def _image_region(path: Path, page: int, bbox: list[float], max_pixels: int):
    from PIL import ImageSequence

    from .ingest.ocr import open_image

    with open_image(path, path.name, max_pixels=max_pixels) as image:
        frame = next(f for i, f in enumerate(ImageSequence.Iterator(image)) if i == page - 1)
        x0, top = max(0, int(bbox[0] - MARGIN)), max(0, int(bbox[1] - MARGIN))
        x1, bottom = min(frame.width, int(bbox[2] + MARGIN)), min(frame.height, int(bbox[3] + MARGIN))
        region = frame.convert("RGB").crop((x0, top, x1, bottom))
    scale = min(1.0, MAX_WIDTH / max(region.width, 1))
    if scale < 1.0:
        region = region.resize((round(region.width * scale), round(region.height * scale)))
    return region, (x0, top), scale


def _mark(image, boxes: list[list[float]], origin: tuple[float, float], scale: float) -> None:
    """Yellow highlighter over each box, multiplied so the print shows through."""
    from PIL import Image, ImageChops, ImageDraw

    if not boxes:
        return
    layer = Image.new("RGB", image.size, (255, 255, 255))
    draw = ImageDraw.Draw(layer)
    for x0, top, x1, bottom in boxes:
        draw.rectangle([(x0 - origin[0]) * scale, (top - origin[1]) * scale,
                        (x1 - origin[0]) * scale, (bottom - origin[1]) * scale], fill=(255, 229, 138))
    image.paste(ImageChops.multiply(image, layer))
