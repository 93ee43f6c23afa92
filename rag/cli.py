"""Command line: `python -m rag build [--docs DIR] [--index DIR]` and
`python -m rag ask "问题" [--index DIR] [--json]`.

User errors (empty question, missing folder, damaged index, no readable documents) print one
line on stderr and exit 2; no traceback.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
import warnings
from pathlib import Path

from . import store
from .api import InvalidQuestion, NoDocuments, ask, build_index
from .config import Settings
from .embedding import ModelNotFound


class ProgressBar:
    """A one-line progress bar on stderr (tqdm would fight the model's own bars)."""

    def __init__(self):
        self.last = -1

    def __call__(self, fraction: float, message: str) -> None:
        pct = int(fraction * 100)
        if pct == self.last and fraction < 1:
            return
        self.last = pct
        filled = int(fraction * 30)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {pct:3d}% {message[:50]:50s}")
        if fraction >= 1:
            sys.stderr.write("\n")
        sys.stderr.flush()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rag", description="Cited answers from Chinese news documents.")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the index of a documents folder")
    b.add_argument("--docs", help="documents folder (default: seeds/)")
    b.add_argument("--index", help="index folder (default: index/)")
    a = sub.add_parser("ask", help="ask a question")
    a.add_argument("question")
    a.add_argument("--index", help="index folder (default: index/ built from seeds/)")
    a.add_argument("--json", action="store_true", help="print the answer as JSON")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="warning: %(message)s")
    warnings.filterwarnings("ignore")
    try:
        settings = Settings.from_env()
        if args.command == "build":
            docs = Path(args.docs) if args.docs else settings.docs_dir
            index = Path(args.index) if args.index else settings.index_dir
            manifest = build_index(docs, index, settings=settings, progress=ProgressBar())
            for name, reason in manifest.get("skipped", {}).items():
                print(f"warning: skipped {reason}", file=sys.stderr)
            print(f"indexed {len(manifest['files']) - len(manifest.get('skipped', {}))} documents "
                  f"({manifest['counts']['paragraphs']} paragraphs) into {index}")
            return 0
        answer = ask(args.question, index_dir=args.index, settings=settings)
    except (InvalidQuestion, NoDocuments, store.IndexProblem, ModelNotFound, FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; the previous index is unchanged", file=sys.stderr)
        return 130
    for w in answer.warnings:
        print(f"warning: {w}", file=sys.stderr)
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(answer.text)
        for n, c in enumerate(answer.citations, 1):
            print(f"[{n}] {c.source} · {c.title} · 第{c.paragraph}段：{c.quote}")
    return 0
