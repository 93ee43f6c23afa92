"""Saved web pages to text with trafilatura: the article's text without scripts, styles,
navigation, footers or comments.

The page's own encoding is honoured (trafilatura reads the meta charset and falls back to
detection), so a GBK page reads like a UTF-8 one. Headings keep their Markdown "#".
Leaves out: pages whose text is built by JavaScript (nothing to read without a browser).
"""
from __future__ import annotations

from pathlib import Path

from ..loading import DocumentError


def text(path: Path, name: str) -> str:
    import trafilatura

    found = trafilatura.extract(Path(path).read_bytes(), output_format="markdown", include_formatting=True,
                                include_comments=False, include_tables=True)
    if not found or not found.strip():
        raise DocumentError(f"{name}: no article text found in the web page")
    return found
