"""Newspaper pages made from text files, for tests, the benchmark and the page eval.

Each text file becomes an A3 page laid out in columns (CSS multi-column, Noto CJK) and printed
by Debian's chromium to a born-digital PDF; `scan` rasterises a PDF into an image-only PDF (as a
scanner would) and `photo` into a PNG. The text keeps its lines as printed, so an interrupted
paragraph stays interrupted on the page.
Two layouts, so the loader is not tuned to one: "spanning" (headlines across all columns) and
"inline" (headlines inside the column flow).
Leaves out: skew, noise and perspective of real photos.
"""
from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .loading import decode, parse

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--no-pdf-header-footer", "--print-to-pdf-no-header"]

_CSS = """
@page { size: A3; margin: 14mm 12mm; }
body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 10.5pt;
       line-height: 1.55; column-count: %(columns)d; column-gap: 7mm; column-fill: auto;
       margin: 0; }
h1 { font-family: "Noto Sans CJK SC", sans-serif; font-size: 22pt; line-height: 1.3;
     margin: 4mm 0 2mm; %(span)s }
h2 { font-family: "Noto Sans CJK SC", sans-serif; font-size: 14pt; margin: 1mm 0 2mm; %(span)s }
h3 { font-family: "Noto Sans CJK SC", sans-serif; font-size: 12pt; margin: 3mm 0 1mm; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.byline { text-indent: 0; font-family: "Noto Sans CJK SC", sans-serif; font-size: 9.5pt; margin: 1mm 0; }
p.caption { text-indent: 0; font-size: 9pt; font-family: "Noto Sans CJK SC", sans-serif;
            margin: 2mm 0; padding: 1mm 0; border-top: 0.3mm solid #888; }
"""


def page_html(text: str, source: str, *, layout: str = "spanning", columns: int = 4) -> str:
    """HTML of one newspaper page holding the text's articles, line by line as printed."""
    kinds = {}
    for p in parse(text, source):
        for start, end in p.spans:
            # a lead byline ("本报…讯(…)") cut from its paragraph's first line stays body text
            kinds.setdefault(start, p.kind if p.kind != "byline" or text[end:end + 1] in "\r\n" else "body")
    parts, pos = [], 0
    for raw in text.splitlines(keepends=True):
        line = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        kind = kinds.get(pos + lead, "body")
        pos += len(raw)
        if not line:
            continue
        body = html.escape(line.lstrip("#").strip())
        tag = {"title": "h1", "heading": "h3", "byline": 'p class="byline"',
               "caption": 'p class="caption"'}.get(kind, "p")
        if kind == "title" and parts and parts[-1].startswith("<h1"):
            tag = "h2"  # a second headline line reads as the subtitle
        parts.append(f"<{tag}>{body}</{tag.split()[0]}>")
    span = "column-span: all;" if layout == "spanning" else ""
    css = _CSS % {"columns": columns, "span": span}
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>{css}</style>'
            f"</head><body>{''.join(parts)}</body></html>")


def print_pdf(page: str, out: Path, *, chromium: str = "chromium") -> Path:
    """Print HTML to a PDF with headless chromium (raises RuntimeError when it fails)."""
    exe = shutil.which(chromium) or chromium
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(page, encoding="utf-8")
        done = subprocess.run([exe, *CHROMIUM_FLAGS, f"--user-data-dir={tmp}/profile",
                               f"--print-to-pdf={Path(out).resolve()}", src.as_uri()],
                              capture_output=True, text=True, timeout=120)
    if done.returncode != 0 or not Path(out).exists():
        raise RuntimeError(f"chromium could not print {out}: {done.stderr[-500:]}")
    return Path(out)


def rasterise(pdf: Path, dpi: int = 150):
    """PIL images of each page of a PDF at dpi (greyscale, like a scanner)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        for page in doc:
            yield page.render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        doc.close()


def scan(pdf: Path, out: Path, *, dpi: int = 150) -> Path:
    """An image-only PDF of the PDF's pages at dpi: no text layer left."""
    images = list(rasterise(pdf, dpi))
    images[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return Path(out)


def photo(pdf: Path, out: Path, *, dpi: int = 150) -> list[Path]:
    """A PNG of each page of the PDF at dpi: out for the first, out-2.png etc. for the next."""
    out = Path(out)
    made = []
    for i, image in enumerate(rasterise(pdf, dpi)):
        path = out if i == 0 else out.with_name(f"{out.stem}-{i + 1}{out.suffix}")
        image.save(path, "PNG", dpi=(dpi, dpi))
        made.append(path)
    return made


def make_pages(src_dir: Path, out_dir: Path, *, kinds=("pdf", "scan", "png"), layout: str = "spanning",
               dpi: int = 150) -> dict[str, Path]:
    """Lay out each .txt in src_dir as a page; one subfolder per kind, files named like the text.

    Returns {kind: folder}. kind "pdf" is born-digital, "scan" image-only PDF, "png" an image.
    """
    out_dir = Path(out_dir)
    folders = {kind: out_dir / kind for kind in kinds}
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    pdf_dir = out_dir / "pdf"
    pdf_dir.mkdir(parents=True, exist_ok=True)
    for txt in sorted(Path(src_dir).glob("*.txt")):
        text = decode(txt.read_bytes(), txt.name)
        pdf = print_pdf(page_html(text, txt.name, layout=layout), pdf_dir / f"{txt.stem}.pdf")
        if "scan" in folders:
            scan(pdf, folders["scan"] / f"{txt.stem}.pdf", dpi=dpi)
        if "png" in folders:
            photo(pdf, folders["png"] / f"{txt.stem}.png", dpi=dpi)
    return folders


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: python -m rag.pagemaker TEXT_FOLDER OUT_FOLDER [spanning|inline]")
    made = make_pages(Path(sys.argv[1]), Path(sys.argv[2]),
                      layout=sys.argv[3] if len(sys.argv) > 3 else "spanning")
    print("\n".join(f"{k}: {v}" for k, v in made.items()))
