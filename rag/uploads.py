"""Accept user-supplied documents into the documents folder, safely.

Each file is checked before anything is written: a plain file name (no folders, no "..", no
hidden names), a .txt/.md suffix, not empty, not over the size limit, decodable as UTF-8 or
GBK, and not a duplicate of a document already there (same bytes). A file named like a document
already there is refused unless the caller asks to replace it. Accepted files are written
atomically (temporary file, then rename) and then added to the index incrementally.
Leaves out: deleting documents (library.remove_documents).
"""
from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .api import add_documents, get_engine
from .config import Settings
from . import ingest
from .loading import DOC_SUFFIXES, DocumentError, decode, parse


@dataclass
class UploadReport:
    added: dict[str, int] = field(default_factory=dict)  # name -> paragraphs indexed
    refused: dict[str, str] = field(default_factory=dict)  # name -> reason (Chinese, for the UI)


def safe_name(name: str) -> str | None:
    """The bare file name if it is acceptable, else None.

    >>> safe_name("../../etc/passwd.txt"), safe_name("新闻.txt"), safe_name(".hidden.md")
    ('passwd.txt', '新闻.txt', None)
    """
    base = re.split(r"[\\\\/]", name)[-1].strip()
    if not base or base.startswith(".") or base in ("..",) or "\x00" in base:
        return None
    return base


def check(name: str, data: bytes, existing: dict[str, str], settings: Settings,
          replace: bool = False) -> str | None:
    """Why the file is refused, or None when it is acceptable."""
    if Path(name).suffix.lower() not in DOC_SUFFIXES:
        return "不支持的文件类型（可上传 " + " ".join(DOC_SUFFIXES) + "）"
    if not data.strip():
        return "文件是空的"
    if len(data) > settings.max_upload_bytes:
        return f"文件太大（{len(data) // 1024} KB，上限 {settings.max_upload_bytes // 1024} KB）"
    try:
        kind = ingest.check(data[:8192], name)  # by content (magic bytes), not by the suffix alone
    except DocumentError as exc:
        return f"文件内容与扩展名不符：{exc}"
    if kind == "text":  # cheap to check fully here; other formats are read (and refused) when indexed
        try:
            text = decode(data, name)
        except DocumentError:
            return "无法识别文件编码（请保存为 UTF-8 或 GBK 文本）"
        if not parse(text, name):
            return "文件中没有文字内容"
    digest = hashlib.sha256(data).hexdigest()
    for other, other_digest in existing.items():
        if other_digest == digest:
            return f"与已有文档 {other} 内容相同"
    if name in existing and not replace:
        return "已有同名文档（如需替换，请选择“替换同名文档”）"
    return None


def upload(files: list[tuple[str, bytes]], *, settings: Settings | None = None, progress=None,
           replace: bool = False) -> UploadReport:
    """Check, save and index uploaded (name, bytes) pairs; refusals are reported, not raised.

    progress, when given, is called as progress(fraction, message) while the files are indexed.
    """
    settings = settings or Settings.from_env()
    engine = get_engine(settings=settings)
    existing = {d.source: d.sha256 for d in engine.store.documents()}
    report = UploadReport()
    saved: list[Path] = []
    backups: dict[str, Path] = {}
    for raw_name, data in files:
        name = safe_name(raw_name)
        if name is None:
            report.refused[raw_name] = "文件名不合法"
            continue
        reason = check(name, data, existing, settings, replace)
        if reason:
            report.refused[name] = reason
            continue
        target = settings.docs_dir / name
        if target.exists():  # replacing: keep the old file until the new one is indexed
            os.replace(target, backups.setdefault(name, target.with_name(f".replaced-{name}")))
        _atomic_write(target, data)
        existing[name] = hashlib.sha256(data).hexdigest()
        saved.append(target)
    try:
        if saved:
            result = add_documents(saved, settings=settings, progress=progress)
            report.added.update(result["added"])
            report.refused.update(result["skipped"])
    finally:
        # A file the index could not read (a damaged PDF that passed the content check) leaves
        # the folder as it was: removed, or the document it was to replace put back.
        for target in saved:
            backup = backups.get(target.name)
            if target.name not in report.added:
                target.unlink(missing_ok=True)
                if backup:
                    os.replace(backup, target)
            elif backup:
                backup.unlink(missing_ok=True)
    return report


def _atomic_write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".upload-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
