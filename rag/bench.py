"""Benchmark: `python -m rag.bench` prints the seed index build time and warm ask() latency
against the time to embed the question alone (the baseline, measured in the same run).

Leaves out: memory profiling and the LLM path (its latency is the endpoint's).
"""
from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from .api import ask, build_index, get_engine
from .config import Settings
from .eval import DEFAULT_DEV


def main() -> int:
    settings = Settings.from_env()
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        build_index(settings.docs_dir, Path(tmp) / "index", settings=settings)
        build_s = time.perf_counter() - started
        questions = [json.loads(line).get("q") for line in DEFAULT_DEV.read_text(encoding="utf-8").splitlines()
                     if line.strip()] if DEFAULT_DEV.is_file() else []
        questions = [q for q in questions if q] or ["阎楼镇橡塑管产业链委员会覆盖多少家企业？"]
        engine = get_engine(Path(tmp) / "index", settings=settings)
        embedder = engine.embed_query.embedder
        for q in questions:  # warm-up: model, jieba, caches
            ask(q, index_dir=Path(tmp) / "index", settings=settings)
        embed_times, ask_times = [], []
        for rep in range(5):
            for q in questions:
                variant = f"{q}{'？' * rep}"  # defeat the query-embedding cache
                t = time.perf_counter()
                embedder.embed([variant])
                embed_times.append(time.perf_counter() - t)
                t = time.perf_counter()
                ask(variant, index_dir=Path(tmp) / "index", settings=settings)
                ask_times.append(time.perf_counter() - t)
    e, a = statistics.median(embed_times), statistics.median(ask_times)
    print(f"{'seed index build (s)':32s} {build_s:.1f}")
    print(f"{'embed question, median (ms)':32s} {e * 1000:.1f}")
    print(f"{'warm ask(), median (ms)':32s} {a * 1000:.1f}")
    print(f"{'ask / embed':32s} {a / e:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
