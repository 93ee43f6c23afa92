"""Benchmarks that print figures.

    python -m rag.bench                       seed index build time; warm ask() against embedding
                                              the question alone (the baseline, same run); the
                                              seeds as A3 newspaper pages: seconds a page for
                                              born-digital PDF and OCR against reading the .txt,
                                              and memory over a 300-page PDF
    python -m rag.bench --scale N [--tiny-embedder] [--json FILE]
                                              a news-like corpus of N paragraphs (benchdata.py):
                                              build rate, disk, cold open to first answer, warm
                                              ask and retrieval p50/p95, ANN recall@10 against
                                              exact search, add and remove of one document, RSS
    python -m rag.bench --plot A.json B.json … [--out docs/scale.png]
    python -m rag.bench --fanout DIR [--workers 1 2] [--ray] [--repeat 2]
                                              `rag add DIR` into a fresh index with each number of
                                              worker processes (and on a local Ray cluster),
                                              runs alternated; end to end, model loading included
    python -m rag.bench --no-pages            the seed benchmark without the page part
                                              (RAG_STORE=milvus: the same on Milvus Lite)

Serving figures come from a fresh process (`--serve`), so the cold open is really cold for
Python and the RSS is what a reader costs, not what the build left behind. For recall the
build keeps an exact base (ann_threshold raised), answers the queries exactly, then folds it into
the IVF base a normal build would have made, and asks again.
Leaves out: the LLM path (its latency is the endpoint's).
"""
from __future__ import annotations

import argparse
import gc
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from .api import ask, build_index, get_engine
from .config import PROJECT_ROOT, Settings
from .eval import DEFAULT_DEV


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rag.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, help="paragraphs in a generated corpus")
    parser.add_argument("--tiny-embedder", action="store_true", help="a random one-layer model instead of the real one")
    parser.add_argument("--work", help="folder for the corpus and index (kept; default: a temporary folder)")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--serve", help=argparse.SUPPRESS)  # internal: measure serving in this process
    parser.add_argument("--model", help=argparse.SUPPRESS)
    parser.add_argument("--facts", help=argparse.SUPPRESS)
    parser.add_argument("--plot", nargs="+", help="draw figures saved with --json")
    parser.add_argument("--out", default=str(PROJECT_ROOT / "docs" / "scale.png"))
    parser.add_argument("--fanout", help="a folder of documents to add with several worker counts")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--ray", action="store_true", help="with --fanout: also on a local Ray cluster")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--no-pages", action="store_true", help="seed benchmark without the page part")
    parser.add_argument("--ocr-page", help=argparse.SUPPRESS)  # internal: seconds to read one page
    parser.add_argument("--threads", type=int, default=-1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.ocr_page:
        print(ocr_page(Path(args.ocr_page), args.threads))
        return 0
    if args.fanout:
        fanout(Path(args.fanout), args.workers, args.ray, args.repeat)
        return 0
    if args.serve:
        print(json.dumps(serve(Path(args.serve), args.model, Path(args.facts))))
        return 0
    if args.plot:
        plot([json.loads(Path(p).read_text()) for p in args.plot], Path(args.out))
        return 0
    if args.scale:
        if args.work:
            figures = scale(args.scale, args.tiny_embedder, Path(args.work))
        else:
            with tempfile.TemporaryDirectory() as tmp:
                figures = scale(args.scale, args.tiny_embedder, Path(tmp))
        for name, value in figures.items():
            print(f"{name:36s} {value:.4g}" if isinstance(value, float) else f"{name:36s} {value}")
        if args.json:
            Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")
        return 0
    return seeds(with_pages=not args.no_pages)


def ocr_page(path: Path, threads: int) -> float:
    """Seconds to read one page image with this many OCR threads (after a warm-up read)."""
    import torch

    from . import ingest
    from .ingest import ocr

    ocr.THREADS = threads
    torch.set_num_threads(threads if threads > 0 else torch.get_num_threads())
    ingest.load(path, path.name)
    started = time.perf_counter()
    ingest.load(path, path.name)
    return time.perf_counter() - started


def _ocr_threads(image: Path) -> None:
    """Why N workers on N cores gain little over one: OCR already spreads over the cores."""
    def start(threads):
        return subprocess.Popen([sys.executable, "-m", "rag.bench", "--ocr-page", str(image), "--threads",
                                 str(threads)], stdout=subprocess.PIPE, text=True)

    alone = {t: float(start(t).communicate()[0]) for t in (1, -1)}
    pair = [start(1), start(1)]
    both = [float(p.communicate()[0]) for p in pair]
    print(f"OCR of one page ({image.name}): 1 thread {alone[1]:.1f} s, all cores {alone[-1]:.1f} s; "
          f"two 1-thread processes at once {both[0]:.1f} s and {both[1]:.1f} s "
          f"-> {2 / max(both):.3f} pages/s against {1 / alone[-1]:.3f}")


def fanout(folder: Path, workers: list[int], ray: bool, repeat: int) -> None:
    from .loading import iter_documents

    files = iter_documents(folder)
    images = [f for f in files if f.suffix.lower() in (".png", ".jpg", ".jpeg", ".tif", ".tiff")]
    if images:
        _ocr_threads(max(images, key=lambda f: f.stat().st_size))
    runs = [(f"--workers {n}", ["--workers", str(n)]) for n in workers]
    if ray:
        runs.append((f"--ray local --workers {max(workers)}", ["--ray", "local", "--workers", str(max(workers))]))
    times: dict[str, list[float]] = {name: [] for name, _ in runs}
    for r in range(repeat):
        for name, extra in runs:  # alternated, so the machine's noise falls on every setting
            with tempfile.TemporaryDirectory() as tmp:
                started = time.perf_counter()
                out = subprocess.run([sys.executable, "-m", "rag", "add", str(folder), "--index", str(Path(tmp) / "index"),
                                      *extra], capture_output=True, text=True)
                elapsed = time.perf_counter() - started
                if out.returncode != 0:
                    raise SystemExit(f"rag add {name} failed: {out.stderr[-2000:]}")
                times[name].append(elapsed)
                _say(f"run {r + 1} {name}: {elapsed:.1f} s")
    base = statistics.median(times[runs[0][0]])
    print(f"{len(files)} files, {sum(f.stat().st_size for f in files) / 1e6:.1f} MB, {repeat} runs each "
          "(end to end: process start and model loading included)")
    print(f"{'setting':34s} {'median s':>9s} {'s/file':>7s} {'speed-up':>9s}  runs")
    for name, _ in runs:
        m = statistics.median(times[name])
        print(f"{name:34s} {m:9.1f} {m / len(files):7.2f} {base / m:9.2f}  "
              + " ".join(f"{t:.1f}" for t in times[name]))


# ------------------------------------------------------------------ the seed benchmark

def seeds(with_pages: bool = True) -> int:
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
        # The alternative to storing sentence vectors: embed the candidate sentences per question.
        sentence_counts, on_the_fly = [], []
        for q in questions:
            docs = engine.retriever.invoke(q)
            found = engine.answerer._candidate_paragraphs([d.metadata["paragraph_index"] for d in docs])
            texts = list(dict.fromkeys(x.text for ps in found.values() for p in ps for x in p.sentences))
            t = time.perf_counter()
            embedder.embed(texts)
            on_the_fly.append(time.perf_counter() - t)
            sentence_counts.append(len(texts))
    e, a = statistics.median(embed_times), statistics.median(ask_times)
    print(f"{'seed index build (s)':32s} {build_s:.1f}")
    print(f"{'embed question, median (ms)':32s} {e * 1000:.1f}")
    print(f"{'warm ask(), median (ms)':32s} {a * 1000:.1f}")
    print(f"{'ask / embed':32s} {a / e:.2f}")
    print(f"{'candidate sentences, median':32s} {statistics.median(sentence_counts):.0f}")
    print(f"{'embedding them per ask (ms)':32s} {statistics.median(on_the_fly) * 1000:.1f}  "
          "(the cost stored sentence vectors save)")
    if with_pages:
        pages(settings)
    return 0


def pages(settings: Settings) -> None:
    """Reading newspaper pages: the seeds printed as 4-column A3 pages (pagemaker), read from the
    text layer, and from a 150 dpi scan by OCR; the .txt read in the same run is the baseline."""
    import shutil

    from . import ingest
    from .pagemaker import make_pages

    if not shutil.which("chromium"):
        print("pages: skipped (Debian's chromium makes the test pages; apt-get install chromium fonts-noto-cjk)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        made = make_pages(settings.docs_dir, Path(tmp), kinds=("pdf", "scan"))
        texts = sorted(settings.docs_dir.glob("*.txt"))
        ingest.load(texts[0])  # warm-up: jieba's dictionary
        t = time.perf_counter()
        for path in texts:
            ingest.load(path)
        txt_s = (time.perf_counter() - t) / len(texts)
        timings = {}
        for form in ("pdf", "scan"):
            files = sorted(made[form].glob("*.pdf"))
            if form == "scan":
                from .ingest import ocr
                ocr.engine()  # model load, once per process, not per page
            count = 0
            t = time.perf_counter()
            for path in files:
                count += len({p.page for p in ingest.load(path, max_side=settings.ocr_max_side)})
            timings[form] = ((time.perf_counter() - t) / count, count)
        long_pdf = _repeat_pages(sorted(made["pdf"].glob("*.pdf"))[0], Path(tmp) / "long.pdf", 300)
        rss = [_rss_mb()]
        t = time.perf_counter()
        ingest.load(long_pdf, on_page=lambda done, total: done % 100 == 0 and rss.append(_rss_mb()))
        long_s = (time.perf_counter() - t) / 300
    pdf_s, n_pdf = timings["pdf"]
    scan_s, n_scan = timings["scan"]
    print(f"{'read .txt, per file (s)':32s} {txt_s:.3f}  (baseline)")
    print(f"{'born-digital PDF, per page (s)':32s} {pdf_s:.3f}  ({1 / pdf_s:.1f} pages/s over {n_pdf} A3 pages)")
    print(f"{'OCR at 150 dpi, per page (s)':32s} {scan_s:.2f}  ({1 / scan_s:.2f} pages/s over {n_scan} A3 pages)")
    print(f"{'300-page PDF, per page (s)':32s} {long_s:.3f}")
    print(f"{'  RSS after 0/100/200/300 (MB)':32s} {' / '.join(f'{r:.0f}' for r in rss)}")


def _repeat_pages(source: Path, out: Path, count: int) -> Path:
    """A PDF of `count` copies of the source's first page (for memory over a long file)."""
    import pypdfium2 as pdfium

    src, doc = pdfium.PdfDocument(str(source)), pdfium.PdfDocument.new()
    for _ in range(count):
        doc.import_pages(src, pages=[0])
    doc.save(str(out))
    doc.close()
    src.close()
    return out


# ------------------------------------------------------------------ the scale benchmark

def scale(paragraphs: int, tiny: bool, work: Path) -> dict:
    from .benchdata import tiny_model, write_corpus
    from .library import add_documents, remove_documents
    from .store.local import open_store

    work.mkdir(parents=True, exist_ok=True)
    model = str(tiny_model(work.parent / "tiny-st")) if tiny else Settings.from_env().embedding_model
    docs, index = work / f"docs-{paragraphs}", work / f"index-{paragraphs}"
    facts_file = work / f"facts-{paragraphs}.json"
    if not facts_file.is_file():
        _say(f"writing a corpus of {paragraphs} paragraphs")
        facts_file.write_text(json.dumps(write_corpus(docs, paragraphs), ensure_ascii=False), encoding="utf-8")
    facts = json.loads(facts_file.read_text(encoding="utf-8"))
    # Exact base first, so that recall can be measured against exact search (see the docstring).
    settings = Settings.from_env(embedding_model=model, docs_dir=docs, index_dir=index, ann_threshold=10**12)
    normal = Settings.from_env(embedding_model=model)
    _say(f"building ({len(facts)} documents)")
    started = time.perf_counter()
    build_index(docs, index, settings=settings, progress=_progress)
    build_s = time.perf_counter() - started
    store = open_store(index, nprobe=normal.ann_nprobe, ann_threshold=normal.ann_threshold)
    units = store.counts()["units"]
    embedder = get_engine(index, settings=settings).embed_query.embedder
    queries = embedder.embed([q for _, q, _ in facts[:: max(1, len(facts) // 200)][:200]])
    exact = [[u for u, _ in store.search_dense(q, 10)] for q in queries]
    started = time.perf_counter()
    store.compact()  # the fold a normal build ends with: IVF above ann_threshold
    fold_s = time.perf_counter() - started if units >= normal.ann_threshold else 0.0
    store.refresh()
    approx = [[u for u, _ in store.search_dense(q, 10)] for q in queries]
    recall = float(np.mean([len(set(a) & set(e)) / max(len(e), 1) for a, e in zip(approx, exact)]))
    base_kind = type(next(iter(store.segments.loaded.values()))).__name__
    store.close()
    build_peak = _peak_rss_mb()

    _say("serving in a fresh process")
    served = json.loads(subprocess.run(
        [sys.executable, "-m", "rag.bench", "--serve", str(index), "--model", model, "--facts", str(facts_file)],
        capture_output=True, text=True, check=True, cwd=PROJECT_ROOT).stdout)

    _say("adding and removing documents")
    extra = work / f"extra-{paragraphs}"
    added = write_corpus(extra, 15 * 20, start=10**7)  # 15 of each: single writes are noisy
    add_times, remove_times = [], []
    settings = settings.with_(ann_threshold=normal.ann_threshold)
    for name, _, _ in added:
        t = time.perf_counter()
        add_documents([extra / name], settings=settings)
        add_times.append(time.perf_counter() - t)
    for name, _, _ in added:
        t = time.perf_counter()
        remove_documents([Path(name).name], settings=settings)
        remove_times.append(time.perf_counter() - t)
    return {
        "paragraphs": paragraphs, "documents": len(facts), "units": units,
        "embedder": "tiny random (1 layer, 512-d)" if tiny else model,
        "dense_index": base_kind,
        "build_s": round(build_s + fold_s, 1), "build_paragraphs_per_s": round(paragraphs / (build_s + fold_s), 1),
        "ivf_fold_s": round(fold_s, 1), "build_peak_rss_mb_streaming": _STREAMING_PEAK["mb"],
        "build_peak_rss_mb_with_exact_base": build_peak,
        "disk_mb": round(_du(index) / 2**20, 1),
        "ann_recall@10": round(recall, 4),
        **served,
        "add_one_document_s_median": round(statistics.median(add_times), 3),
        "remove_one_document_s_median": round(statistics.median(remove_times), 3),
    }


def serve(index: Path, model: str, facts_file: Path) -> dict:
    """Figures of a reader: model load, cold open to first answer, warm latencies, RSS."""
    started = time.perf_counter()
    settings = Settings.from_env(embedding_model=model)
    from .embedding import get_embedder
    embedder = get_embedder(model, settings.embed_batch_size)
    embedder.embed(["预热"])
    facts = json.loads(facts_file.read_text(encoding="utf-8"))  # the benchmark's own data: not timed
    _, question, _ = facts[len(facts) // 2]
    gc.collect()
    loaded = time.perf_counter()
    ask(question, index_dir=index, settings=settings)
    cold = time.perf_counter() - loaded
    engine = get_engine(index, settings=settings)
    sample = facts[:: max(1, len(facts) // 300)][:300]
    for _, q, _ in sample[:20]:
        ask(q + "？", index_dir=index, settings=settings)  # warm-up
    embed, total, retrieval, right = [], [], [], 0
    for name, q, expected in sample:
        t = time.perf_counter()
        engine.embed_query(q)  # also fills the cache, so the retrieval below excludes embedding
        embed.append(time.perf_counter() - t)
        t = time.perf_counter()
        engine.retriever.invoke(q)
        retrieval.append(time.perf_counter() - t)
        variant = q.replace("今年", "今年共")  # a new string: ask() embeds it again
        t = time.perf_counter()
        answer = ask(variant, index_dir=index, settings=settings)
        total.append(time.perf_counter() - t)
        right += bool(answer.citations) and expected in answer.text and answer.citations[0].source == name
    return {
        "model_load_s": round(loaded - started, 2),
        "cold_open_to_first_answer_s": round(cold, 3),
        "embed_question_ms_p50": _ms(embed, 50),
        "ask_ms_p50": _ms(total, 50), "ask_ms_p95": _ms(total, 95),
        "retrieval_beyond_embedding_ms_p50": _ms(retrieval, 50),
        "retrieval_beyond_embedding_ms_p95": _ms(retrieval, 95),
        "generated_questions_right": round(right / len(sample), 3),
        "serving_rss_mb": _rss_mb(), "serving_peak_rss_mb": _peak_rss_mb(),
    }


def plot(runs: list[dict], out: Path) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    runs = sorted(runs, key=lambda r: r["paragraphs"])
    x = [r["paragraphs"] for r in runs]
    panels = [("latency (ms)", [("ask p95", "ask_ms_p95"), ("retrieval p95", "retrieval_beyond_embedding_ms_p95")]),
              ("seconds", [("cold open to first answer", "cold_open_to_first_answer_s"),
                           ("add one document", "add_one_document_s_median"),
                           ("remove one document", "remove_one_document_s_median")]),
              ("MB", [("serving RSS", "serving_rss_mb"), ("disk", "disk_mb")])]
    fig, axes = plt.subplots(1, 3, figsize=(14, 4))
    for ax, (unit, series) in zip(axes, panels):
        for label, key in series:
            ax.plot(x, [r[key] for r in runs], marker="o", label=label)
        ax.set_xscale("log")
        ax.set_xlabel("paragraphs in the index")
        ax.set_ylabel(unit)
        ax.grid(True, alpha=0.3)
        ax.legend()
    fig.suptitle(f"Local store at scale ({runs[0]['embedder']}, 2 CPU cores)")
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=110)
    print(f"wrote {out}")


def _ms(values: list[float], pct: int) -> float:
    return round(float(np.percentile(values, pct)) * 1000, 2)


def _rss_mb() -> float:
    return _status_mb("VmRSS:")


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def _peak_rss_mb() -> float:
    return _status_mb("VmHWM:")  # not ru_maxrss: Linux carries that across exec from the parent


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _say(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


_STREAMING_PEAK = {"mb": 0.0}


def _progress(fraction: float, message: str) -> None:
    if message.startswith("optimising"):  # the batches are written; the final fold comes next
        _STREAMING_PEAK["mb"] = _peak_rss_mb()
    if int(fraction * 100) % 10 == 0:
        print(f"  [{fraction:4.0%}] {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
