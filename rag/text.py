"""Text helpers shared by indexing and answering: normalisation, sentences, jieba tokens.

Leaves out: traditional/simplified conversion and synonym expansion.
"""
from __future__ import annotations

import logging
import re
import unicodedata

import jieba

jieba.setLogLevel(logging.WARNING)

# (an ASCII ! inside a name, a letter's before it and no space after, ends nothing: "与Yahoo!奇摩汽车的合作")
_NAME_BANG = r"(?<=[A-Za-z])!(?=[^\s。！？!?；;])"
_SENTENCE = re.compile(r"(?:[^。！？!?；;]|" + _NAME_BANG + r")*(?:[。！？!?；;]+[”’」』）)\"]*|$)")
_END_MARK = re.compile(r"(?!" + _NAME_BANG + r")[。！？!?；;]")  # (a sentence's end, as _SENTENCE ends it)
# (a comma or colon between digits is part of a number: 24,672人, 8:00)
_CLAUSE = re.compile(r"(?:[^，,、：:。！？!?；;]|(?<=\d)[,:：](?=\d))*(?:[，,、：:。！？!?；;]+[”’」』）)\"]*|$)")
_WORD = re.compile(r"[\w]", re.UNICODE)

# Function words and question words: they say what is asked, not what it is about.
STOPWORDS = frozenset(
    """的 了 在 是 和 与 及 或 等 也 都 就 而 对 为 把 被 将 从 向 以 于 之 其 这 那 该 此 有 个 中 上 下 并 又 还
    哪 哪些 哪个 哪里 什么 怎么 怎样 如何 多少 几 几个 几家 几名 几项 谁 是否 吗 呢 么 啊 为什么 哪一 多 少
    一 请问 问 请 这项 这个 这些 那些 那个 该项 此项 要求 what which who whom how many much is are was were the a an of in on to for by and or do does did
    that this with as at from it its be""".split()
)


def normalize(text: str) -> str:
    """NFKC and no whitespace: the comparison form used by the eval and the answerer.

    >>> normalize("覆盖 企业４７家")
    '覆盖企业47家'
    """
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


# A bracket left open runs on over sentence ends for at most this many characters (an OCR'd
# bracket that never closes does not swallow the paragraph)
BRACKET_SPAN = 200


def split_sentences(text: str) -> list[str]:
    """Sentences ending at 。！？；(and ASCII ! ? ;), closing quotes kept with their sentence; not
    inside brackets, where a ； lists a name's forms ("硕塞（；），清太宗皇太极第五子": the sentence
    keeps its subject) and a ？ is an unknown year ("项斯（？－？）"), nor inside a title's marks,
    where a ！ is the title's own ("《大小姐×执事！》是…所著的轻小说").

    >>> split_sentences("他说：“好。”然后走了！还有")
    ['他说：“好。”', '然后走了！', '还有']
    >>> split_sentences("硕塞（；），清太宗第五子。封王。")
    ['硕塞（；），清太宗第五子。', '封王。']
    >>> split_sentences("《大小姐×执事！》是轻小说。全13卷。")
    ['《大小姐×执事！》是轻小说。', '全13卷。']
    >>> split_sentences("该节目与Yahoo!奇摩汽车的合作。Wow! 好")
    ['该节目与Yahoo!奇摩汽车的合作。', 'Wow!', '好']
    """
    spans: list[tuple[int, int]] = []
    inside = False  # (whether the last span ended at a mark inside a bracket)
    for m in _SENTENCE.finditer(text):
        if not m.group(0).strip():
            continue
        start = spans[-1][0] if inside and m.end() - spans[-1][0] <= BRACKET_SPAN else m.start()
        if start < m.start():
            spans[-1] = (start, m.end())
        else:
            spans.append((start, m.end()))
        mark = _END_MARK.search(text, m.start(), m.end())
        inside = bool(mark) and _open_brackets(text[start:mark.start()]) > 0
    return [text[start:end].strip() for start, end in spans]


def _open_brackets(text: str) -> int:
    return (text.count("（") + text.count("(") + text.count("《")
            - text.count("）") - text.count(")") - text.count("》"))


def split_clauses(sentence: str) -> list[str]:
    """Clauses cut after commas, colons and sentence ends; joined they give the sentence back.

    >>> split_clauses("配备1名部长、3名副部长,每人包保一个片区。")
    ['配备1名部长、', '3名副部长,', '每人包保一个片区。']
    """
    return [c for c in (m.group(0) for m in _CLAUSE.finditer(sentence)) if c.strip()]


def tokens(text: str) -> list[str]:
    """Lower-cased jieba tokens (search mode, so long words also yield their parts), no stopwords.

    >>> tokens("橡塑管产业链委员会覆盖多少家企业？")[:4]
    ['橡塑管', '产业', '产业链', '委员']
    """
    out = []
    for tok in jieba.cut_for_search(unicodedata.normalize("NFKC", text).lower()):
        tok = tok.strip()
        if tok and _WORD.search(tok) and tok not in STOPWORDS:
            out.append(tok)
    return out


def has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)
