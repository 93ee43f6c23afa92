"""The LangChain runnable that ties retrieval to an answerer:

    {"question", "history"} -> condense (follow-ups) -> retrieve -> answer -> Answer

Without an LLM, a follow-up ("那被评为市“瞪羚”企业的有几家？", "这项工作…") is condensed by
prefixing the previous user question, which carries the subject the follow-up refers to.
Leaves out: the LLM path's own rewriting (llm.py plugs in through `condense` and `answerer`).
"""
from __future__ import annotations

import os
import re
from typing import Callable

import jieba
from langchain_core.documents import Document
from langchain_core.runnables import Runnable, RunnableLambda

from .forms import ADMIN_ENDING, place_name, tagged
from .retrieval import rrf
from .text import has_cjk

# Words that point back to something said earlier, or a question with no subject of its own.
_ANAPHORA = re.compile(r"^(那|那么|这|该|其|它|他们|她们|此|还有|另外|and |what about |how about )|"
                       r"这项|这个|这些|该项|此项|上述|其中|它们|\b(it|they|that|this|those)\b", re.I)


# "党员教育师资呢？": a noun and 呢, no question of its own — it asks what was asked before.
_ELLIPTICAL = re.compile(r"^[^？?什谁几多哪怎为]*呢[？?]?\s*$")


def last_user_turn(history: list[dict] | None) -> str:
    for turn in reversed(history or []):
        if turn.get("role") == "user" and str(turn.get("content", "")).strip():
            return str(turn["content"]).strip()
    return ""


# "那场比赛…", "这次…": the event the answer before told of, whose words find its sentence again
_THAT_EVENT = re.compile(r"^(?:那|这|该)(?:场|次|届|回|一场|一次)")


def last_answer(history: list[dict] | None) -> str:
    """The last assistant turn's text, without markup or citation marks.

    >>> last_answer([{"role": "assistant", "content": "<p>白磊在1比0击败法国的比赛中出场。[1]</p>"}])
    '白磊在1比0击败法国的比赛中出场。'
    """
    for turn in reversed(history or []):
        if turn.get("role") == "assistant" and isinstance(turn.get("content"), str):
            return re.sub(r"<[^>]+>|\[\d+\]", "", turn["content"]).strip()
    return ""


def condense_question(question: str, history: list[dict] | None) -> str:
    """The retrieval query for a question in a conversation.

    >>> condense_question("这项工作要求做好几个“一”？", [{"role": "user", "content": "邹城市实施了什么工作法？"}])
    '邹城市实施了什么工作法？ 这项工作要求做好几个“一”？'
    >>> condense_question("水城小学有多少个教学班？", [{"role": "user", "content": "别的问题"}])
    '水城小学有多少个教学班？'
    >>> condense_question("党员教育师资呢？", [{"role": "user", "content": "兖州区有多少名党员教育名师？"}])
    '兖州区有多少名党员教育名师？ 党员教育师资呢？'
    >>> condense_question("培训了多少党员？", [{"role": "user", "content": "微山县县乡党校举办了多少期班次？"}])
    '微山县县乡党校举办了多少期班次？ 培训了多少党员？'
    >>> condense_question("那场比赛比分是多少？", [{"role": "user", "content": "他首次出场的对手是谁？"},
    ...                                     {"role": "assistant", "content": "他在2比3不敌成都队的比赛中首次出场。[1]"}])
    '他首次出场的对手是谁？ 他在2比3不敌成都队的比赛中首次出场。 那场比赛比分是多少？'
    """
    previous = last_user_turn(history)
    told = last_answer(history) if previous and _THAT_EVENT.search(question) else ""
    if told:
        return f"{previous} {told} {question}"  # ("那场比赛比分是多少？": the match told of)
    if previous and (_ANAPHORA.search(question) or len(question) <= 6 or _ELLIPTICAL.search(question)
                     or _no_subject(question) or _names_nothing(question)):
        return f"{previous} {question}"
    return question


_ANOTHER_PLACE = re.compile(r"^(?:那么?|还有)?([\u4e00-\u9fff]{2,10}?)的?呢[？?]?\s*$")
# the place a question opens with, to its last administrative word (刁镇街道, 桃花山社区, 金乡县 of 金乡县园区)
_OPENING_PLACE = re.compile(f"^[\u4e00-\u9fff]{{1,6}}?{ADMIN_ENDING}(?!{ADMIN_ENDING})")


# whose the question's subject is, the words before its first 的 ("常张高速公路的投资总预算")
_OWNER = re.compile(r"^([\u4e00-\u9fff]{2,12}?)的")


def another_place(question: str, history: list[dict] | None) -> str:
    """For "微山县呢？" after "兖州区拍了多少部专题片？", the question before asked of that place
    ("微山县拍了多少部专题片？"); "" for anything else.

    >>> another_place("微山县呢？", [{"role": "user", "content": "兖州区拍了多少部专题片？"}])
    '微山县拍了多少部专题片？'
    >>> another_place("党员教育师资呢？", [{"role": "user", "content": "兖州区有多少名党员教育名师？"}])
    ''
    >>> another_place("御泉社区呢？", [{"role": "user", "content": "桃花山社区有多少名党员？"}])
    '御泉社区有多少名党员？'
    >>> another_place("长常高速呢？", [{"role": "user", "content": "常张高速公路的投资总预算是多少？"}])
    '长常高速的投资总预算是多少？'
    """
    m = _ANOTHER_PLACE.match(question.strip())
    previous = last_user_turn(history)
    if not m or not previous:
        return ""
    place = m.group(1)
    owner = _OWNER.match(previous)
    if owner and owner.group(1) != place and len(kind := jieba.lcut(place)[-1]) > 1 and kind in owner.group(1):
        # another of the kind the question before asked about ("长常高速呢？" after "常张高速公路的
        # 投资总预算是多少？": both 高速)
        return place + previous[owner.end(1):]
    swapped = _swapped_kind(place, previous)
    if swapped:
        return swapped
    if not (place_name(place) or all(f == "ns" for _, f in tagged(place))):
        return ""
    said = _OPENING_PLACE.match(previous)
    return place + previous[said.end():] if said and said.group(0) != place else ""


# jieba's tags for names (of places, people, bodies, others), and question words a question may
# open with, before its verb
_NAME_FLAGS = ("ns", "nr", "nrt", "nt", "nz")
_ASKS_FIRST = re.compile(r"(?:什么时候|什么时间|哪一年|哪年|何时|为什么|为何|怎么|如何)")


def _swapped_kind(name: str, previous: str) -> str:
    """The question before, of the name asked about instead of the one it named of the same kind,
    ending alike ("哥伦比亚大学呢？" after "陈荣捷哪一年去夏威夷大学任教？": 大学); "" when it names none.

    >>> _swapped_kind("哥伦比亚大学", "陈荣捷哪一年去夏威夷大学任教？")
    '陈荣捷哪一年去哥伦比亚大学任教？'
    >>> _swapped_kind("上海", "屈臣氏酒窖在香港有多少分店？")
    ''
    """
    words = tagged(previous)
    for i, (word, flag) in enumerate(words):
        kind = os.path.commonprefix([word[::-1], name[::-1]])[::-1]
        if flag[0] != "n" or len(kind) < 2 or kind == name:
            continue
        start = i
        while word == kind and start > 0 and words[start - 1][1][0] == "n":
            start -= 1  # (the name before it, where jieba cut it apart: 夏威夷/ns 大学/n)
        other = "".join(w for w, _ in words[start:i + 1])
        if other != kind:
            head = "".join(w for w, _ in words[:start])
            return head + name + previous[len(head) + len(other):]
    return ""


def _no_subject(question: str) -> bool:
    """Whether a Chinese question opens with its verb, with no one doing it ("培训了多少党员？",
    "又解决了几件？"), or with a question word and then its verb, naming no one ("什么时候对公众
    开放的？"): the subject is the conversation's.

    >>> _no_subject("什么时候对公众开放的？"), _no_subject("什么时候威克水槽对公众开放？")
    (True, False)
    """
    words = tagged(question.strip()) if has_cjk(question) else []
    if words and _ASKS_FIRST.match(question.strip()) and not any(
            f in _NAME_FLAGS or place_name(w) for w, f in words):  # ("什么时候对公众开放的？")
        return True
    return bool(words) and words[0][1][0] in "vd" and words[0][0] not in ("有", "是")


def _names_nothing(question: str) -> bool:
    """Whether a short Chinese question names no place, body or person of its own ("总投资是多少？"
    after "刁镇街道有几个重点项目将在年底建成？"): it asks about the conversation's.

    >>> _names_nothing("总投资是多少？"), _names_nothing("水城小学有多少个教学班？"), _names_nothing("刁镇的总投资是多少？")
    (True, False, False)
    """
    if not has_cjk(question) or len(question.strip()) > 10:
        return False
    return not any(f in _NAME_FLAGS or place_name(w) for w, f in tagged(question))


def fuse_documents(lists: list[list[Document]], top_k: int, k: int = 60) -> list[Document]:
    """RRF over several retrievals of the same index (documents identified by their unit)."""
    by_unit = {d.metadata["unit"]: d for docs in lists for d in docs}
    fused = rrf([[d.metadata["unit"] for d in docs] for docs in lists], k=k)
    order = sorted(fused, key=lambda u: (-fused[u], u))[:top_k]
    return [Document(by_unit[u].page_content, metadata={**by_unit[u].metadata, "score": fused[u]})
            for u in order]


def make_retrieval(retriever: Runnable, condense: Callable = condense_question,
                   translate: Callable[[str], str] | None = None) -> Runnable:
    """input: {"question", "history"}; output: the input plus "query" and "docs".

    A condensed follow-up is retrieved twice, with the conversation's subject and as asked, and
    the two lists fused: the first finds the article, the second the sentence that answers.
    A question with no Chinese is searched with its dictionary translation (translate.py) alone.
    """
    def ask_anew(x: dict) -> dict:  # ("微山县呢？": the question before, of that place)
        return {**x, "question": another_place(x["question"], x.get("history")) or x["question"]}

    def prepare(x: dict) -> str:
        query = condense(x["question"], x.get("history"))
        if translate is not None and not has_cjk(query):
            query = translate(query) or query
        return query

    def retrieve(x: dict) -> list[Document]:
        if x["query"] == x["question"] or not has_cjk(x["question"]):
            return retriever.invoke(x["query"])
        lists = [retriever.invoke(x["query"]), retriever.invoke(x["question"])]
        return fuse_documents(lists, top_k=max(len(lists[0]), 1))

    # (RunnableLambda steps rather than RunnablePassthrough.assign: assign runs its one branch
    # through a thread pool it starts per call, ~5 ms a question — as much as the answerer)
    return (RunnableLambda(ask_anew, name="another_place")
            | RunnableLambda(lambda x: {**x, "query": prepare(x)}, name="condense")
            | RunnableLambda(lambda x: {**x, "docs": retrieve(x)}, name="retrieve"))


def make_chain(retrieval: Runnable, answerer: Callable) -> Runnable:
    """input: {"question": str, "history": list[dict] | None}; output: Answer."""
    return retrieval | RunnableLambda(lambda x: answerer(x["question"], x["docs"], x["query"]))
