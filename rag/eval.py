"""Evaluation: `python -m rag.eval [QUESTIONS.jsonl]` and `python -m rag.eval --cmrc PATH`.

Question files follow ../shared/eval/README.md (fields id, q or turns, answer groups, evidence,
type). Printed metrics: answer accuracy, citation accuracy, abstention accuracy, false-abstain
rate (over answerable questions unless said), retrieval recall@k and MRR of the evidence
paragraph. CMRC 2018 (SQuAD format) is run open-domain: every passage becomes a document of one
index, every sampled question is asked against all of them.
Leaves out: LLM-judged answer quality; matching is by substring after NFKC and whitespace removal.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from .api import ask, build_index, get_engine
from .config import PROJECT_ROOT, Settings
from .text import normalize

DEFAULT_DEV = PROJECT_ROOT.parent / "shared" / "eval" / "dev.jsonl"


def load_questions(path: Path) -> list[dict]:
    items = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                items.append(json.loads(line))
            except ValueError as exc:
                raise SystemExit(f"{path}:{n}: not JSON ({exc})") from None
    return items


def answer_correct(text: str, groups: list[list[str]]) -> bool:
    """Every group has an alternative in the text (NFKC, whitespace removed).

    >>> answer_correct("覆盖企业 47 家[1]", [["47"], ["企业"]]), answer_correct("7个", [["47"]])
    (True, False)
    """
    t = normalize(text)
    return all(any(normalize(alt) in t for alt in group) for group in groups)


def answer_chars(text: str) -> int:
    """Length of an answer without its citation markers.

    >>> answer_chars("覆盖企业47家。[1]")
    8
    """
    return len(re.sub(r"\[\d+\]", "", text).strip())


def has_evidence(paragraph_text: str, evidence: list[str]) -> bool:
    t = normalize(paragraph_text)
    return any(normalize(e) in t for e in evidence)


def run_item(item: dict, settings: Settings, index_dir) -> tuple:
    turns = item.get("turns") or [item["q"]]
    history: list[dict] = []
    for turn in turns[:-1]:
        previous = ask(turn, history, index_dir=index_dir, settings=settings)
        history += [{"role": "user", "content": turn}, {"role": "assistant", "content": previous.text}]
    question = turns[-1]
    answer = ask(question, history, index_dir=index_dir, settings=settings)
    engine = get_engine(index_dir, settings=settings)
    docs = engine.retrieval.invoke({"question": question, "history": history})["docs"]
    return answer, docs


def seed_of(item: dict, texts: dict[str, str]) -> set[str]:
    """Names (stems) of the source texts that hold the item's evidence."""
    return {stem for stem, t in texts.items() if any(normalize(e) in t for e in item["evidence"])}


def page_stem(source: str) -> str:
    """The text a page file was made from: "000_x-2.png" -> "000_x" (pagemaker's names)."""
    stem = Path(source).stem
    head, _, tail = stem.rpartition("-")
    return head if head and tail.isdigit() else stem


def evaluate(items: list[dict], settings: Settings, index_dir=None, k: int = 5, verbose: bool = False,
             texts: dict[str, str] | None = None) -> dict:
    """Metrics of the items; with texts ({stem: normalised text} of the files the documents were
    made from) also whether a citation names the right file, and with a page when paged."""
    answerable = [it for it in items if it["answer"]]
    unanswerable = [it for it in items if not it["answer"]]
    correct = cited = false_abstain = abstain_ok = right_file = paged = answered = 0
    hits_at_k = rr = 0.0
    failures = []
    lengths = []
    for item in items:
        answer, docs = run_item(item, settings, index_dir)
        if not item["answer"]:
            abstain_ok += answer.abstained
            if not answer.abstained:
                failures.append((item, answer, "should abstain"))
            continue
        if not answer.abstained:
            lengths.append(answer_chars(answer.text))
        ok = not answer.abstained and answer_correct(answer.text, item["answer"])
        cite_ok = any(has_evidence(c.text, item["evidence"]) for c in answer.citations)
        correct += ok
        cited += cite_ok
        false_abstain += answer.abstained
        if texts is not None and not answer.abstained:
            answered += 1
            right_file += bool(seed_of(item, texts) & {page_stem(c.source) for c in answer.citations})
            paged += all(c.page for c in answer.citations)
        ranks = [r for r, d in enumerate(docs, 1) if has_evidence(d.metadata["paragraph_text"], item["evidence"])]
        if ranks:
            rr += 1 / ranks[0]
            hits_at_k += ranks[0] <= k
        if not (ok and cite_ok):
            failures.append((item, answer, f"answer={'ok' if ok else 'wrong'} citation={'ok' if cite_ok else 'wrong'} rank={ranks[:1]}"))
    n = max(len(answerable), 1)
    metrics = {
        "questions": len(items),
        "answer_accuracy": correct / n,
        "citation_accuracy": cited / n,
        "abstention_accuracy": abstain_ok / max(len(unanswerable), 1),
        "false_abstain_rate": false_abstain / n,
        f"recall@{k}": hits_at_k / n,
        "mrr": rr / n,
        "median_answer_chars": statistics.median(lengths) if lengths else 0,
    }
    if texts is not None:
        metrics["citation_names_right_file"] = right_file / max(answered, 1)
        metrics["citations_with_page"] = paged / max(answered, 1)
    if verbose:
        for item, answer, why in failures:
            q = (item.get("turns") or [item.get("q")])[-1]
            print(f"  FAIL {item['id']} [{item.get('type')}] {why}\n    Q: {q}\n    A: {answer.text}", file=sys.stderr)
    return metrics


def cmrc(path: Path, settings: Settings, sample: int, seed: int, index_dir: Path, verbose: bool,
         title: bool = False) -> dict:
    """Each passage indexed as given (with title=True, its article's title as a first line)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))["data"]
    docs_dir = index_dir.parent / (index_dir.name + "-docs")
    docs_dir.mkdir(parents=True, exist_ok=True)
    questions = []
    for article in data:
        for para in article["paragraphs"]:
            name = f"{para['id']}.txt"
            text = f"{article.get('title', '')}\n\n{para['context']}\n" if title else f"{para['context']}\n"
            target = docs_dir / name
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                target.write_text(text, encoding="utf-8")
            for qa in para["qas"]:
                questions.append((name, qa["question"], [a["text"] for a in qa["answers"]]))
    random.Random(seed).shuffle(questions)
    questions = questions[:sample]
    try:
        get_engine(index_dir, settings=settings)
    except Exception:  # no index yet: build it (a few minutes on two cores)
        started = time.time()
        build_index(docs_dir, index_dir, settings=settings, progress=_progress)
        print(f"\nbuilt CMRC index in {time.time() - started:.0f}s", file=sys.stderr)
    engine = get_engine(index_dir, settings=settings)
    contains = first_cited = abstained = short = 0
    r1 = r5 = rr = 0.0
    lengths = []
    for n, (name, question, golds) in enumerate(questions, 1):
        answer = ask(question, index_dir=index_dir, settings=settings)
        docs = engine.retriever.invoke(question)
        ranks = [r for r, d in enumerate(docs, 1) if d.metadata["source"] == name]
        if ranks:
            rr += 1 / ranks[0]
            r1 += ranks[0] == 1
            r5 += ranks[0] <= 5
        abstained += answer.abstained
        ok = answer_correct(answer.text, [golds])
        contains += ok
        first_cited += bool(answer.citations) and answer.citations[0].source == name
        short += answer.text.count("[") <= 2
        if not answer.abstained:
            lengths.append(answer_chars(answer.text))
        if verbose and not ok:
            print(f"  MISS {question} gold={golds[0]} A: {answer.text[:200]}", file=sys.stderr)
        if n % 100 == 0:
            print(f"  {n}/{len(questions)}", file=sys.stderr)
    n = max(len(questions), 1)
    return {"questions": len(questions), "passages": len(list(docs_dir.glob("*.txt"))),
            "answer_contains_gold": contains / n, "first_citation_gold": first_cited / n,
            "retrieval_recall@1": r1 / n, "retrieval_recall@5": r5 / n, "mrr": rr / n,
            "false_abstain_rate": abstained / n, "answers_at_most_two_sentences": short / n,
            "median_answer_chars": statistics.median(lengths) if lengths else 0}


def _progress(fraction: float, message: str) -> None:
    if not message.startswith("reading"):
        print(f"  [{fraction:4.0%}] {message}", file=sys.stderr, flush=True)


def pages(out_dir: Path, items: list[dict], settings: Settings, layout: str = "spanning") -> dict:
    """The seed articles as newspaper pages (born-digital PDF, scanned PDF, PNG; see pagemaker),
    each indexed on its own and asked the questions, beside the .txt originals."""
    from .pagemaker import make_pages

    out_dir = Path(out_dir)
    seeds = settings.docs_dir
    if not (out_dir / "png").is_dir():
        make_pages(seeds, out_dir, layout=layout)
    texts = {p.stem: normalize(p.read_text(encoding="utf-8")) for p in sorted(seeds.glob("*.txt"))}
    results = {}
    for form, folder in (("txt", seeds), ("pdf", out_dir / "pdf"), ("scan", out_dir / "scan"),
                         ("png", out_dir / "png")):
        index_dir = out_dir / f"index-{form}"
        started = time.time()
        build_index(folder, index_dir, settings=settings, progress=_progress)
        print(f"\n{form}: indexed in {time.time() - started:.0f}s", file=sys.stderr)
        results[form] = evaluate(items, settings, index_dir, texts=texts)
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rag.eval", description=__doc__.splitlines()[0])
    parser.add_argument("questions", nargs="?", default=str(DEFAULT_DEV), help="question file (JSON lines)")
    parser.add_argument("--index", help="index folder (default: the project's index of seeds/)")
    parser.add_argument("--cmrc", help="CMRC 2018 dev file (SQuAD JSON) to run as an open-domain benchmark")
    parser.add_argument("--sample", type=int, default=600, help="CMRC questions to ask (fixed sample)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--cmrc-index", help="CMRC index folder (default: one in the temp folder)")
    parser.add_argument("--title", action="store_true", help="with --cmrc: prepend each passage's article title")
    parser.add_argument("--pages", metavar="DIR", help="lay the seeds out as newspaper pages (PDF, scan, PNG) "
                        "in DIR and score each form beside the .txt")
    parser.add_argument("--layout", default="spanning", choices=["spanning", "inline"],
                        help="with --pages: headlines across the columns or inside them")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    started = time.time()
    if args.cmrc:
        if not Path(args.cmrc).is_file():
            print(f"error: {args.cmrc} does not exist", file=sys.stderr)
            return 2
        index = args.cmrc_index or Path(tempfile.gettempdir()) / ("rag-cmrc-index" + ("-titled" if args.title else ""))
        metrics = cmrc(Path(args.cmrc), settings, args.sample, args.seed, Path(index), args.verbose, args.title)
    elif not Path(args.questions).is_file():
        print(f"error: question file {args.questions} does not exist", file=sys.stderr)
        return 2
    elif args.pages:
        results = pages(Path(args.pages), load_questions(Path(args.questions)), settings, args.layout)
        names = list(next(iter(results.values())))
        print(f"{'':32s} " + " ".join(f"{form:>7s}" for form in results))
        for name in names:
            print(f"{name:32s} " + " ".join(_cell(r.get(name)) for r in results.values()))
        print(f"{'seconds':32s} {time.time() - started:.1f}")
        return 0
    else:
        metrics = evaluate(load_questions(Path(args.questions)), settings, args.index, verbose=args.verbose)
    for name, value in metrics.items():
        print(f"{name:32s} {value:.3f}" if isinstance(value, float) else f"{name:32s} {value}")
    print(f"{'seconds':32s} {time.time() - started:.1f}")
    return 0


def _cell(value) -> str:
    if value is None:
        return f"{'-':>7s}"
    return f"{value:7.3f}" if isinstance(value, float) else f"{value:>7}"


if __name__ == "__main__":
    sys.exit(main())
