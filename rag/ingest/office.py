"""Word (.docx) files to text lines with python-docx: paragraphs in body order, headings marked.

Headings (styles "Title", "Heading n") become "# " lines so the repair starts articles at them;
table cells follow as lines of their own. Word files carry no fixed pages, so paragraphs have no
page or box.
Leaves out: .doc (the binary format), text boxes, footnotes, headers and footers.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from ..loading import DocumentError


def text(path: Path, name: str) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentError(f"{name}: not a Word .docx file, or a damaged one ({exc})") from None
    lines = []
    for para in document.paragraphs:
        line = para.text.strip()
        if not line:
            continue
        style = (para.style.name if para.style is not None else "") or ""
        heading = style.startswith("Heading") or style == "Title" or style.startswith("标题")
        lines.append(("# " if heading else "") + line)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                if cell.text.strip():
                    lines.append(cell.text.strip())
    return "\n\n".join(lines)
