"""Material for the scale benchmark: a news-like corpus of any size, and a tiny embedding model.

The corpus is made of short articles in the register of the seeds: each has a headline naming a
made-up village, a lead paragraph stating numbered facts about it (so a question about it has
one right answer), and body paragraphs drawn from the seed articles' own sentences, so term
frequencies look like real local news. The tiny model is a randomly initialised one-layer BERT
with m3e-small's tokenizer and a projection to m3e's 512 dimensions: it costs little to run, so a
benchmark measures the store, yet its vectors have the size of the real ones.
Leaves out: realistic semantics (the tiny model's vectors are random functions of the tokens).
"""
from __future__ import annotations

import random
import shutil
from pathlib import Path

from .config import PROJECT_ROOT
from .embedding import resolve_model
from .loading import iter_documents, load_file
from .text import split_sentences

PARAGRAPHS_PER_ARTICLE = 20
_SURNAME = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
_NAME = "安宁兴旺和平丰泰昌盛隆富源清华新春光明德仁义福祥瑞吉庆康乐永长东南西北山河湖海林泉石桥"


def village(i: int) -> str:
    """A distinct three-character village name for every i (deterministic).

    >>> village(0), village(1) != village(0)
    ('王安安村', True)
    """
    a = _SURNAME[i % len(_SURNAME)]
    rest = i // len(_SURNAME)
    b = _NAME[rest % len(_NAME)]
    c = _NAME[(rest // len(_NAME)) % len(_NAME)]
    suffix = "" if rest < len(_NAME) ** 2 else str(rest // len(_NAME) ** 2)
    return f"{a}{b}{c}{suffix}村"


def fact(i: int) -> tuple[str, str, str]:
    """(lead sentence, question, answer) for article i."""
    name = village(i)
    roads, trees = 3 + i % 47, 100 + (i * 7) % 900
    lead = f"{name}今年修建水泥路{roads}条，种植树木{trees}棵，建成文化广场1处。"
    return lead, f"{name}今年修建了多少条水泥路？", f"{roads}条"


def seed_sentences() -> list[str]:
    sentences = []
    for path in iter_documents(PROJECT_ROOT / "seeds"):
        for p in load_file(path, path.name):
            if p.kind == "body":
                sentences += [s for s in split_sentences(p.text) if 8 <= len(s) <= 120]
    return sentences


def write_corpus(folder: Path, paragraphs: int, *, start: int = 0, seed: int = 0) -> list[tuple[str, str, str]]:
    """Write articles of PARAGRAPHS_PER_ARTICLE paragraphs until `paragraphs` are written, in
    subfolders of 1,000 files; returns (file name, question, answer) for each article."""
    rng = random.Random(seed)
    pool = seed_sentences()
    out = []
    articles = max(1, paragraphs // PARAGRAPHS_PER_ARTICLE)
    for n in range(start, start + articles):
        lead, question, answer = fact(n)
        body = [lead] + ["".join(rng.sample(pool, rng.randint(1, 3))) for _ in range(PARAGRAPHS_PER_ARTICLE - 1)]
        name = f"{n // 1000:04d}/{village(n)}_{n}.txt"
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"{village(n)}推进乡村振兴\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
        out.append((name, question, answer))
    return out


def tiny_model(folder: Path, hidden: int = 64, dimension: int = 512) -> Path:
    """A random sentence-transformers model saved in folder (made once, then reused)."""
    folder = Path(folder)
    if (folder / "modules.json").is_file():
        return folder
    import torch
    from sentence_transformers import SentenceTransformer, models
    from transformers import BertConfig, BertModel

    torch.manual_seed(0)
    m3e = Path(resolve_model("m3e-small"))
    bert_dir = folder / "bert"
    bert_dir.mkdir(parents=True, exist_ok=True)
    for f in ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"):
        shutil.copy(m3e / f, bert_dir / f)
    config = BertConfig(vocab_size=21128, hidden_size=hidden, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=2 * hidden, max_position_embeddings=512)
    BertModel(config).save_pretrained(bert_dir)
    # 64 tokens: sentences are cut there, which a random model does not mind and which keeps the
    # benchmark about the store rather than about the model's attention cost.
    word = models.Transformer(str(bert_dir), max_seq_length=64)
    pooling = models.Pooling(hidden, pooling_mode="mean")
    dense = models.Dense(hidden, dimension, activation_function=torch.nn.Identity())
    SentenceTransformer(modules=[word, pooling, dense], device="cpu").save(str(folder))
    return folder
