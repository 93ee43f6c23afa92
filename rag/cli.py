"""Command line: build, ask, and the document library (add, remove, list).

    python -m rag build [--docs DIR] [--index DIR]
    python -m rag ask "问题" [--index DIR] [--json]
    python -m rag add PATH... [--index DIR]        files or folders; a name already held is replaced
    python -m rag remove NAME... [--index DIR]
    python -m rag list [--index DIR] [--json]

User errors (empty question, missing file or folder, damaged index, no readable documents)
print one line on stderr and exit 2; no traceback.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
import warnings
from pathlib import Path

from . import store
from .api import InvalidQuestion, NoDocuments, add_documents, ask, build_index, list_documents, remove_documents
from .config import Settings
from .embedding import ModelNotFound
from .library import create_empty, index_exists, skipped_documents


class ProgressBar:
    """A one-line progress bar with the time left on stderr (tqdm would fight the model's bars)."""

    def __init__(self):
        self.last = -1
        self.started = time.monotonic()
        self.first: float | None = None  # the fraction already done when timing began (a resume)

    def __call__(self, fraction: float, message: str) -> None:
        pct = int(fraction * 100)
        if pct == self.last and fraction < 1:
            return
        self.last = pct
        if self.first is None:
            self.first, self.started = fraction, time.monotonic()
        filled = int(fraction * 30)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {pct:3d}% {self.eta(fraction):>9s} "
                         f"{message[:40]:40s}")
        if fraction >= 1:
            sys.stderr.write("\n")
        sys.stderr.flush()

    def eta(self, fraction: float) -> str:
        """Time left, from the rate so far ("" until there is one)."""
        done = fraction - (self.first or 0.0)
        elapsed = time.monotonic() - self.started
        if fraction >= 1 or done <= 0.01 or elapsed < 1:
            return ""
        left = int(elapsed * (1 - fraction) / done)
        return f"ETA {left // 60}:{left % 60:02d}" if left < 3600 else f"ETA {left // 3600}h{left % 3600 // 60:02d}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rag", description="Cited answers from Chinese news documents.")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the index of a documents folder (resumes an interrupted build)")
    b.add_argument("--docs", help="documents folder (default: seeds/)")
    b.add_argument("--index", help="index folder (default: index/)")
    _fanout_arguments(b)
    a = sub.add_parser("ask", help="ask a question")
    a.add_argument("question")
    a.add_argument("--index", help="index folder (default: index/ built from seeds/)")
    a.add_argument("--json", action="store_true", help="print the answer as JSON")
    d = sub.add_parser("add", help="add documents (files or folders); a name already held is replaced")
    d.add_argument("paths", nargs="+")
    d.add_argument("--index", help="index folder (default: index/); created when missing")
    _fanout_arguments(d)
    r = sub.add_parser("remove", help="remove documents by name")
    r.add_argument("names", nargs="+")
    r.add_argument("--index", help="index folder (default: index/)")
    li = sub.add_parser("list", help="list the documents in the index")
    li.add_argument("--index", help="index folder (default: index/)")
    li.add_argument("--json", action="store_true", help="print a JSON array")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="warning: %(message)s")
    warnings.filterwarnings("ignore")
    try:
        settings = Settings.from_env()
        if getattr(args, "index", None) and args.command != "ask":
            settings = settings.with_(index_dir=Path(args.index))
        settings = settings.with_(ingest_workers=getattr(args, "workers", None), ray_address=getattr(args, "ray", None))
        return COMMANDS[args.command](args, settings)
    except (InvalidQuestion, NoDocuments, store.IndexProblem, ModelNotFound, FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # (output piped into `head`, which stopped reading: nothing to report)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("interrupted; the index is as it was before the last unfinished batch "
              "(run the same command again to continue)", file=sys.stderr)
        return 130


def _fanout_arguments(parser) -> None:
    parser.add_argument("--workers", type=int, metavar="N",
                        help="read (parse, OCR, embed) files in N worker processes (default: 1, in this one)")
    parser.add_argument("--ray", metavar="ADDRESS",
                        help="read files on a Ray cluster instead (auto, host:6379, ray://host:10001, or local); "
                             "needs pip install -e .[cluster]")


def _build(args, settings: Settings) -> int:
    docs = Path(args.docs) if args.docs else settings.docs_dir
    manifest = build_index(docs, settings.index_dir, settings=settings, progress=ProgressBar())
    for name, reason in manifest.get("skipped", {}).items():
        print(f"warning: skipped {reason}", file=sys.stderr)
    print(f"indexed {manifest['counts']['documents']} documents "
          f"({manifest['counts']['paragraphs']} paragraphs) into {settings.index_dir}")
    return 0


def _ask(args, settings: Settings) -> int:
    answer = ask(args.question, index_dir=args.index, settings=settings)
    for w in answer.warnings:
        print(f"warning: {w}", file=sys.stderr)
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(answer.text)
        for n, c in enumerate(answer.citations, 1):
            page = f"第{c.page}页 · " if c.page else ""
            print(f"[{n}] {c.source} · {c.title} · {page}第{c.paragraph}段：{c.quote}")
    return 0


def _add(args, settings: Settings) -> int:
    if args.index and not index_exists(settings):
        create_empty(Path(args.index), settings)  # an explicit new index starts empty
    result = add_documents(args.paths, settings=settings, progress=ProgressBar())
    for name, reason in result["skipped"].items():
        print(f"warning: skipped {reason}", file=sys.stderr)
    for name, count in result["added"].items():
        print(f"added {name} ({count} paragraphs)")
    for name in result["unchanged"]:
        print(f"unchanged {name} (already indexed with the same content)")
    return 0 if result["added"] or result["unchanged"] or not result["skipped"] else 2


def _remove(args, settings: Settings) -> int:
    result = remove_documents(args.names, settings=settings)
    for name in result["removed"]:
        print(f"removed {name}")
    for name in result["missing"]:
        print(f"error: {name} is not in the index (see `python -m rag list`)", file=sys.stderr)
    return 2 if result["missing"] else 0


def _list(args, settings: Settings) -> int:
    docs = list_documents(settings=settings)
    if args.json:
        print(json.dumps(docs, ensure_ascii=False, indent=2))
    else:
        for d in docs:
            print(f"{d['source']}\t{d['paragraphs']} paragraphs\tadded {d['added']}")
        print(f"{len(docs)} documents", file=sys.stderr)
    for reason in skipped_documents(settings=settings).values():
        print(f"warning: not indexed: {reason}", file=sys.stderr)
    return 0


COMMANDS = {"build": _build, "ask": _ask, "add": _add, "remove": _remove, "list": _list}
