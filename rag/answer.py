"""The extractive answerer: picks the retrieved sentences that best answer the question, trims
long ones to the clauses that matter, cites each to its paragraph, or abstains.

Scores, per sentence of the retrieved passages:
- lexical: share of the question's terms the sentence and its headline contain, weighted by idf
  and by how few of the candidate sentences contain them (jieba terms, substring match);
- dense: cosine of question and sentence embeddings (stored at build time);
- passage: the fused retrieval score of the passage it came from, relative to the best;
- a bonus for a number when the question asks for one (多少/几/how many).
A question that asks for a kind of answer (a count, a sum, a date, a cause, a name: asks.py) is
answered only by a sentence of the best sentence's article that holds one beside what is asked;
none means the documents do not say. The best sentence alone may hold it beside the question's
words said otherwise, by words sharing a character with them (老师: 教师; asks.Wanted.loose).
Abstention also uses "support": the idf-weighted share of the question's terms found in the
cited paragraph, its headline or its article's opening paragraph. A term absent from the whole
collection (上海市, 苹果公司) weighs most, so a question about something the documents never
mention falls below the threshold even when its generic words (政策, 招商引资) match; evidence
that names the question's subject (its first word, asks.subject) needs less, since the rest may be
the asker's own words. A sentence of an article that never names the question's place or subject
comes lower when another candidate's article does. Questions without Chinese terms fall back on
dense similarity alone. A question whose kind says nothing (什么, 哪家) or too little (a list, a
place, whoever did it) abstains when what it asks for — the attribute before 是什么 or the verb beside
the question word (asks.asked_words: 校训, 销往, 起草) — is used neither in the evidence nor, itself, a
synonym or a part of it, anywhere in the collection: the articles do not state that fact. A
question about which company did something ("牵头企业是哪一家") wants the verb in the cited
paragraph itself: a company's name does not say it is one.
Leaves out: reading comprehension beyond sentence choice (no span extraction model).
"""
from __future__ import annotations

import dataclasses
import itertools
import math
import re
from dataclasses import dataclass

import jieba
import numpy as np
from langchain_core.documents import Document

from .asks import ALIAS_KINDS, FEARED, HOW_MANY_JI, TITLED_OR_SLOGAN, UNWILLING_ASKED, Wanted, asked_words, asks_branch, asks_city, asks_company, asks_former_name, asks_honour, asks_country, asks_how_died, asks_origin, asks_product, asks_someones_origin, asks_superlative, asks_version, done_by, kin_asked_about, kin_died, numbered_term, roles, says_death, says_how_died, subject, tells_another_version, two_questions, _CALENDAR_YEAR, _goes_on, _parts, _verbs
from .config import Settings
from . import forms, synonyms
from .retrieval import LINKS, repairs
from .translate import in_dictionary
from .store import Store, StoredParagraph
from .synonyms import same_meaning
from .text import has_cjk, normalize, split_clauses, tokens
from .types import Answer, Citation, quote_boxes, region

NO_ANSWER = "资料中没有找到相关内容。"
NO_ANSWER_EN = "The documents do not cover this question."
_NUMERIC_QUESTION = re.compile(r"多少|" + HOW_MANY_JI + r"|数量|how many|how much|number of", re.I)
_NUMERAL = re.compile(r"[0-9０-９]|[一二两三四五六七八九十百千万]+[个项名家所条次人亿元余位支]")

# "做好几个“一”？" asks for a numbered slogan ("六个一", "四个一", "三张清单"), a form this
# kind of writing uses constantly; a sentence that has one of that shape answers it.
_SLOGAN_QUESTION = re.compile(r"几(个|项|大|张|条)[“\"]?([^”\"？?]{1,6})[”\"]")

# A jieba word that ends so names a company (华为公司), unless the rest is a common word (保险公司)
_COMPANY_ENDING = r"(?:公司|集团)"
# A problem told (what an action after it answers): 参差不齐, 安全隐患, 难以掌握, 缺乏标准.
_PROBLEM = re.compile(r"不[齐足够佳全善]|没有|缺乏|缺少|难以|困难|隐患|严重|问题|短缺|落后|滞后|薄弱|不到位")
# Deeds that begin something, which a text tells in so many words (or a synonym's): whoever
# invented, founded or named a thing is not found in a paragraph that never says it was
_ORIGINATING = frozenset(synonyms.FOUNDED | {"发明", "命名", "主办", "创造", "创制", "首创", "设计", "合成", "发现", "创作",
                                             "起草", "草拟"})
# Someone's country asked: "鲍林是哪国人"
_NATIONALITY = re.compile(r"哪(?:一|个)?国(?:家)?的?人")
# How a text tells a naming besides the thesaurus's words for it ("以…董枝明为名")
_NAMING_TOLD = ("为名", "取名", "定名", "得名", "名为")
# A date told roughly: "在2008年前后", "约1900年"
_ROUGH_DATE = re.compile(r"[0-9]{3,4}年(?:代)?(?:前后|左右)|(?:大约|约)(?:于|在)?[0-9]{3,4}年")
# A meaning asked, and told
_MEANING_ASKED = re.compile(r"什么意思|(?:意思|含义|意义)是什么|意为什么|什么含义|何意")
_MEANING_TOLD = re.compile(r"意为|意思是|意思为|意即|意指|意谓|含义是|含义为|字面意思")
# A name's own number, in digits: 21号线, 7号楼 (not a date's or a count's)
_NUMBERED_NAME = re.compile(r"(?<![0-9０-９.])[0-9]{1,3}号(?=线|楼|馆|公路|国道|高速|码头|站|台风)")
# Which one of a kind, by the noun that ends the question, which no kind of answer covers ("建立了哪个
# 法院": 高等法院, a word ending in it)
_WHICH_NOUN = re.compile(r"哪一?(?:个|家|所|座|条|间|种)([\u4e00-\u9fff]{2,3})[？?]?$")
# What kind of thing something is ("紫冠雉是哪一类鸟"), told by what it is one of ("是一种凤冠雉")
_CLASS_ASKED = re.compile(r"(?:是|属于?|为)(?:哪一?|什么)(?:类|种|类型)的?[\u4e00-\u9fff]{0,4}[？?]?$")
_CLASS_TOLD = re.compile(r"是一(?:种|类|个|款|部)|属于|的一种|之一种")
# A player's position, asked and told: "在场上踢什么位置" is "司职前锋", not a sentence naming him best
_POSITION_ASKED = re.compile(r"(?:踢|打|司职|担任|出任|守备|场上的?)(?:的是)?(?:什么|哪个|哪一个|哪种)位置|(?:场上|守备)的?位置")
_POSITION_TOLD = re.compile(r"前锋|后卫|中场|中锋|边锋|前卫|中卫|门将|守门员|清道夫|自由人|投手|捕手|游击手|[一二三]垒手|"
                            r"[内外]野手|主攻手|副攻手|二传手|接应")
# A sentence giving the cause of the one before it: "这是因为…", "原因是…", "之所以…"
_EXPLAINS_BACK = re.compile(r"(?:这|此)(?:主要)?(?:是|乃)?(?:因为|由于)|原因(?:是|在于|为)|之所以|"
                            r"(?:为了|以|是为了)?(?:防止|以免|以防|免得)|为了避免")
# The present, asked and told: "现在有多少个教学班" is "学校现有34个教学班", not "54个教学班规模"
_NOW = re.compile(r"现在|目前|现有|如今|眼下|现时")
_NOW_TOLD = re.compile(r"现有|目前|现在|如今|至今|截至|截止|现时")  # (现时本线使用11辆…巴士)
# Where something is, asked with no deed ("大沙东站在哪里"), and said by a verb of lying somewhere
_WHERE_IT_IS = re.compile(r"(?:在|位于|坐落于?|座落于?|地处)(?:哪里|哪儿|哪|什么地方|何处|何地|"
                          r"哪一?个?(?:城市|省份?|国家|地区|州|县))[？?]?$")  # (霁虹桥在哪个城市: 位于…哈尔滨市)
_LIES = re.compile(r"位于|坐落|座落|地处|位处|地址")
# The name a why-question asks about ("为什么称释迦牟尼为大雄": 大雄); a deed of one character asked
# ("《唐文粹》是谁编的": 编)
_WHY_CALLED = re.compile(r"为什么(?:称|叫)[^？?，,]{1,12}?为[「“\"]?([\u4e00-\u9fff]{1,8})[」”\"]?[？?]?$")
_ONE_CHARACTER_DEED = re.compile(r"是由?谁所?([\u4e00-\u9fff])的[？?]?$")
# Someone's own name asked ("滕皇后叫什么名字"), and a clause that gives one ("…滕氏()，名芳兰，…")
_OWN_NAME_ASKED = re.compile(r"叫什么名字|名字(?:是|叫)什么|姓名是?什么")
_OWN_NAME_TOLD = re.compile(r"(?:^|[，,（(；;])(?:名|本名|原名|姓名|名叫)[\u4e00-\u9fff·]{1,4}(?=[，,。；;）)]|$)")
_ALIAS_ASKED = re.compile("|".join(ALIAS_KINDS))  # (a kind of other name asked: 俗称, 外号…)
# A sentence that opens by pointing back ("针对这一问题", "为此"): what it answers stands before it.
_POINTS_BACK = re.compile(r"^(?:针对(?:这|此|上述|该)|为此|对此|因此|鉴于此|基于此|这一问题|此外|这(?:使|让|令|样)|由此|所以|因而)")
# A reaction that opens a sentence, whose cause the sentence before told: "…祭遵依照法将其处死。" then
# "刘秀大怒，逮捕祭遵。"
_REACTS = re.compile(r"^[^，,。；;]{0,10}(?:大怒|震怒|盛怒|愤怒|恼怒|发怒|不悦|大惊|不满|闻之|怒)[，,]")
# A name asked of what the question describes ("…稍微移动的现象叫什么"), and a sentence that names
# what the one before described, by a pointer to it: "这种现象称为极化。"
_NAME_OF_ASKED = re.compile(r"(?:叫|称为|称作|叫做|叫作|名为)什么(?:名字|名称)?[？?]?$|的?(?:名字|名称)是什么[？?]?$")
_NAMES_THE_ONE_BEFORE = re.compile(r"^(?:这|此|该)(?:种|个|一|类|样的?)?([\u4e00-\u9fff]{1,4}?)(?:就|便|则)?(?:被)?(?:称为|称作|叫做|叫作|名为|叫)")

# "几分", "多少亿", "哪一年", "哪家": the question word with its measure word says what is asked, not
# about what (and, found nowhere in the collection, it would weigh as the rarest term).
_QUESTION_WORD = re.compile(r"^(?:几|多少)[\u4e00-\u9fff]?$|^哪[\u4e00-\u9fff]{1,2}$|^有?多[长大高重深远宽厚久]$")
# A title someone wins (a role of a kind _PERSON_ROLE does not end like)
_TITLE_WON = re.compile(r"冠军|亚军|季军|得主|状元")
# A part played in a work ("男主角是谁"), which an article that names its actor names too
_PART_PLAYED = re.compile(r"主角|主演|配角")
# A pointing word and its classifier ("这座大桥", "那次比赛"): it says which, not what
_POINTING = re.compile(r"^[这那该此][\u4e00-\u9fff]$")
# Two characters jieba glued across a word boundary ("决赛中得了" -> 中得, "营收过亿" -> 收过,
# "读中学时用什么" -> 时用, "林双不读" -> 不读): a particle, 时 or 不 at one end and found nowhere
# in the collection. Kept, it would weigh as the rarest term of the question and sink its support.
_GLUED = re.compile(f"^(?:[{LINKS}时不]\\w|\\w[{LINKS}时不])$")

# Words that say how a question is put, not what it is about ("今年要让几家企业…").
_ASKING = frozenset("要 让 给 想 能 会 可 得 过 到 呢 吧 叫 曾 已 已经 主要 具体 分别 大多 一共 总共 大约 大概 "
                    "什么样 怎么样 一下".split())
# Place words after a noun (教室里, 园区内) say where, not what: found in few of the candidate
# sentences, one would weigh as a rare term ("教室里都装了哪些设备" by "草坪里的各种垃圾")
_LOCATIVE = frozenset("里 内".split())
# "离哈尔滨站多远": a distance asked, whose words say nothing of where from.
_HOW_FAR = re.compile(r"[离距][^，,。？?]{1,15}?(?:有)?多远")
_DISTANCE_WORDS = frozenset("离 距 远".split())  # (not 距离, which the text may share: "距离太阳14.2光年")
# Anyone, as the agent of a passive: "被人称作什么" asks what it is called, by no one in particular
_ANYONE = re.compile(r"被(人们|人|大家)")

# "这篇文章是谁写的": its byline answers (记者 李怀磊, ■白建喜); the words for writing are in no text
# (not any 作者: "《剑客生涯》的作者是谁" asks of a book, which its text names)
_AUTHOR_QUESTION = re.compile(r"(?:文章|报道|稿子|这篇)[^？?]{0,6}(?:谁(?:写|撰写|执笔)|作者)|"
                              r"\bwho wrote (?:the|this) (?:article|report|story)\b", re.I)
_ABOUT_WRITING = frozenset("文章 报道 稿子 写 撰写 执笔 作者 写的".split())

# Weights of the sentence score. Lexical match (read with the article's headline) dominates:
# questions reuse the source's wording. Dense similarity carries paraphrases and English; the
# passage's retrieval score keeps the answer in the best-retrieved passage (recall@1 is 0.98 on
# CMRC; with rank fusion, raising this weight from 0.15 to 0.35 moved first-citation accuracy from
# 0.94 to 0.95 on one 600-question sample; with score fusion 0.35 -> 1.0 moves it 0.971 -> 0.973
# on 1,000, within noise, so it stays).
W_LEXICAL, W_DENSE, W_PASSAGE, W_NUMBER = 0.55, 0.30, 0.35, 0.15
# A sentence from an article that never names the place the question is about ("寅寺镇有多少家
# …") answers about somewhere else, however well it matches the rest: when another candidate's
# article names it, this much comes off. (On the dev set's d07 the right sentence led by 0.006;
# one OCR error in its paragraph gave the lead to a sentence about another town.)
W_PLACE = 0.15
# Terms found only in the sentence's paragraph's first sentence count this much of their weight.
# (500 CMRC questions, two samples, passages as given: 0.5 -> 0.75 put the gold span in 411 ->
# 424 and 396 -> 409 answers with the same first citations; 1.0 changed nothing more; the seed
# question files did not move.)
W_LEAD = 0.75
# The same for the question's subject (its first word: 禅那, 窃听, 大沙地): a sentence of an
# article that never names it is about something else.
W_SUBJECT = 0.2
# ... and for an article that does not open with the subject when another does.
W_OPENS = 0.1
# How long a name the question gives must be for an article that opens with it to make the others off
# the topic, and what may follow such a name in the opening
OPENED_NAME = 4
_NAME_ENDS = "是为（(，,、位于曾又亦原乃系即：:"
_PLACE = forms.ADMIN_PLACE
# A sentence that only says who spoke the quotation before it ("园区办主任王建说。").
_SPEAKER = re.compile(r"[^。“”！？]{2,30}(?:说|表示|介绍|坦言|感慨|指出)道?[。！]$")
# A sentence that ends by announcing a numbered list ("发挥“四种角色”作用。", "采取了“四化”包联
# 措施。"), whose items may follow as sentences of their own, at most this long ("当好“组织者”。").
_CN_DIGIT = "一二三四五六七八九"
_ANNOUNCES = re.compile(r"“[^”]{0,6}?([一二三四五六七八九])[^”]{0,6}”[\u4e00-\u9fff]{0,4}[。；;]?$")
_ITEM_CHARS = 10


@dataclass
class Candidate:
    sentence: int  # sentence id
    para: StoredParagraph
    text: str  # the whole sentence
    score: float
    lexical: float
    quote: str  # what is shown: the sentence, or the clauses of it that matter
    trimmed: bool = False
    off_topic: bool = False  # its article does not name the question's place (or own name); another's does
    unnamed: bool = False  # its article does not name the question's place or subject; another's does

    @property
    def paragraph(self) -> int:
        return self.para.id


def _company(word: str) -> bool:
    """Whether a jieba word names a company by its ending and its own name: 华为公司, 华润集团; not
    保险公司, 上市公司 or 控股集团, whose rest the thesaurus lists as a common word.

    >>> _company("华为公司"), _company("保险公司"), _company("公司")
    (True, False, False)
    """
    m = re.fullmatch(f"(.{{2,}}){_COMPANY_ENDING}", word)
    return bool(m) and not synonyms.common_noun(m.group(1))


def _shows_what_is_asked(question: str, own: Wanted | None, picked: list[Candidate]) -> bool:
    """Whether the cited sentences (or their paragraphs) show what some questions ask beyond an
    answer of their kind; each check is narrow because each broader form cost CMRC answers."""
    term = numbered_term(question, own)
    branch = asks_branch(question)
    version = asks_version(question)
    needs = [  # (the question asks it, a cited sentence shows it)
        # "牌匾是哪家公司制作的": a sentence that names no one
        (asks_company(question), lambda c: forms.body(c.text, question)),
        # "“六清”行动具体清理哪六类": a paragraph that names the term and lists none of it
        (bool(term), lambda c: forms.spells_out(c.para.text, term)),
        # "哪个联盟成立最早": a paragraph that lists them and ranks none
        (asks_superlative(question), lambda c: forms.ranking(c.para.text)),
        # "“党员教育+”模式获得过什么奖项": a paragraph that tells what it does
        (asks_honour(question), lambda c: forms.honour(c.para.text)),
        # "山东省廉政教育馆位于哪个城市": a sentence that names no other place
        (asks_city(question), lambda c: forms.place(c.text, question)),
        # "余蔚最后是怎么死的": a sentence that tells no death ("他是最后一位扶余王")
        (asks_how_died(question), lambda c: says_how_died(c.text, subject(question))),
        # "翟成淮是哪个院落党支部的党员": a sentence that names no 支部
        (bool(branch), lambda c: branch in c.text),
        # "亿联化工生产什么产品": a sentence with its 产品 投产, not which
        (asks_product(question), lambda c: forms.makes(c.text)),
        # "中文版主题曲是谁唱的": a sentence about the 英文版's
        (bool(version), lambda c: not tells_another_version(c.text, version)),
    ]
    return all(any(shows(c) for c in picked) for asked, shows in needs if asked)


class ExtractiveAnswerer:
    def __init__(self, store: Store, embed_query, settings: Settings):
        self.store = store
        self.embed_query = embed_query
        self.settings = settings

    def __call__(self, question: str, docs: list[Document], query: str | None = None) -> Answer:
        query = query or question
        # (a two-part question: each part its own sentence, which may stand far from the other's)
        parts = two_questions(question) if query == question else []
        if parts:
            picked = []
            for part in parts:
                found, supported = self.select(part, part, docs)
                if found and supported and not _repeats(found[0], picked):
                    picked.append(found[0])
            if picked:
                return compose(picked)
        picked, supported = self.select(question, query, docs)
        if not picked or not supported:
            return Answer(NO_ANSWER if has_cjk(question) else NO_ANSWER_EN, [], True)
        return compose(picked)

    def select(self, question: str, query: str, docs: list[Document]) -> tuple[list[Candidate], bool]:
        """The sentences to answer with (best first) and whether the best one's evidence supports
        an answer."""
        terms = _weighted_terms(self.store, question, query)
        author = bool(_AUTHOR_QUESTION.search(question))
        if author:
            terms = {t: w for t, w in terms.items() if t not in _ABOUT_WRITING}
        numeric = bool(_NUMERIC_QUESTION.search(question))
        cands = self._scored(question, query, docs, terms, numeric)
        articles = self._article_texts(cands)  # (read once for both checks)
        if self._unheard_name(question, articles):
            return [], False
        follow_up = query != question and query.endswith(question)  # (the conversation's question before it, then it)
        # (a follow-up that names no place is about the conversation's: "那拍了多少部专题片？" after
        # "兖州区筛选出多少名党员教育名师？" is not answered by 微山县's)
        self._about_check(query if follow_up and not _PLACE.search(question) else question, cands, articles)
        # (a sentence whose article never names the question's place or own name comes after those
        # whose article does, however it scores: "LFG的中文名称是什么" is not "…中文名字为…译名")
        cands.sort(key=lambda c: (c.off_topic, -c.score))
        # (a close sentence of the best one's paragraph that tells what is asked first: "拿过什么奖" is
        # answered by "获第4回新风舍文库大赏大奖", not by the sentence that names the book best; "是怎么
        # 死的" by "…因空难死亡", not by the one that names him; what a kin does by the sentence that
        # speaks of them: "其父迟泽凤是小学校长")
        about = subject(question)
        kin = kin_asked_about(question)
        dead_kin = kin_died(question)  # (a kin's death: "…的父亲是怎么死的" is "他的父亲…空难身亡")
        told_dead = (lambda t: dead_kin in t and says_how_died(t)) if dead_kin else (lambda t: _own_death_told(t, about))
        wanted = own = Wanted.parse(question)  # (own: the question's, whatever a follow-up borrows)
        which = _WHICH_NOUN.search(question) if own is None else None
        which = which.group(1) if which else ""
        # (which company, unless the best sentence tells the deed, or by whom it was done: "是由光荣和
        # ω-force开发的", whose companies jieba does not know, for "由哪两个公司合作开发的")
        company_did = _verbs(question, "哪") if asks_company(question) else []
        company = bool(company_did) and not (cands and (any(v in cands[0].text for v in company_did)
                                                        or re.search("由(?!于)", cands[0].text)))
        # (and what is so now, said so, for a question of no kind: "现在执教哪支球队" is "现时执教…")
        for asked, tells in ((own is None and bool(_NOW.search(question)), _NOW_TOLD.search),
                             (asks_honour(question), forms.honour), (asks_how_died(question), told_dead),
                             # ("由哪个部门管理" by "由食物环境衞生署管理", not by the sentence naming the place best;
                             # the deed asked told by whom: not "…署分两阶段重建…", nor, on the seed files,
                             # "牌匾几乎都是彩喷制作" for "哪家公司制作的")
                             (company, lambda t: forms.body(t, question) and _done_by_whom(t, company_did)),
                             # ("属名是什么意思" by "属名意为「有帆的额头」", not by the sentence naming it best)
                             (bool(_MEANING_ASKED.search(question)), _MEANING_TOLD.search),
                             (bool(_POSITION_ASKED.search(question)), _POSITION_TOLD.search),
                             (bool(_CLASS_ASKED.search(question)), _CLASS_TOLD.search),
                             (kin, lambda t: kin in t),
                             (bool(which), lambda t: _names_one(which, t))):
            if cands and asked:
                best = cands[0]
                cands.sort(key=lambda c: not (c.para.id == best.para.id and c.score >= TOLD_CLOSE * best.score
                                              and tells(c.text)))
        if wanted and not has_cjk(question) and query != question:
            wanted = wanted.in_chinese(query)  # (an English question: its role, in the query's terms)
        if wanted is None and follow_up:
            wanted = Wanted.follow_up(question, query[:-len(question)].strip())
        if wanted and cands and wanted.undisclosed(cands[0].text):
            return [], False  # (the best sentence says it was not made known: "转会费没有透露")
        if wanted and cands:
            # Only sentences that give an answer of the kind asked for (a count, a date, a
            # cause, a name…) about what is asked can answer; none from the article the best
            # sentence is in means the documents do not say, however related that sentence is.
            # Kinds whose answers are too varied to recognise reliably (a place, whoever did
            # something, a list) only put the sentences that have one first.
            floor = 0.6 * cands[0].score
            # (the best sentence's article, unless it is about another place: "阎楼镇的年工业产值"
            # is not answered by a company's elsewhere; a subject is matched too loosely for this)
            top = next((c.para for c in cands if not c.off_topic), cands[0].para)
            top_article = (top.source, top.article)
            holding = list(itertools.islice(
                (c for c in cands if c.score >= floor
                 and ((wanted.roams and not c.unnamed) or (c.para.source, c.para.article) == top_article)
                 and self._holds(wanted, c)),
                self.settings.max_answer_sentences * 3))  # as many as picking looks at
            explains = cands[0] if wanted.kind == "reason" else None  # (the sentence that tells best what is explained)
            explained = self._explanation(cands[0]) if wanted.kind == "reason" else None
            if explained is not None:  # (the cause, first, however few of the question's words it has)
                holding = [explained] + [c for c in holding if c.sentence != explained.sentence]
            # (asked in other words than the text's: "看望了多少名老师", "慰问65名教师"; or by a close
            # second: "县乡两级党校开了多少期培训班" is "县乡党校举办各类主体班次972期")
            loose = dataclasses.replace(wanted, loose=True)
            nearest = [c for c in cands[:LOOSE_AMONG] if c.score >= LOOSE_CLOSE * cands[0].score
                       and (c.para.source, c.para.article) == top_article]
            if not holding and not wanted.soft:
                holding = next(([c] for c in nearest if self._holds(loose, c)), [])
            if not holding and wanted.kind == "list":
                # (a list of the things asked for in other words, close behind: "解决了哪些难题" is
                # "解决了一批出行难、办证难等问题", items that each say 难, after sentences that name no
                # such things; on CMRC, any loose holder lost "哪两条线路" and "哪些著名的建筑物")
                holding = [c for c in cands if c.score >= LOOSE_CLOSE * cands[0].score
                           and (c.para.source, c.para.article) == top_article and self._holds(loose, c)
                           and any(forms.items_named(c.text, f) for f in wanted.focus)][:1]
            if not holding and wanted.kind == "person" and wanted.strict:
                holding = self._signed(cands[:self.settings.max_answer_sentences * 3], wanted, query)
            if author and wanted.kind == "person":
                holding = self._byline(next(c for c in cands if (c.para.source, c.para.article) == top_article)) or holding
            if holding and _NOW.search(question):
                holding.sort(key=lambda c: not _NOW_TOLD.search(c.text))  # (stable: by score within each)
            if wanted.kind == "alias" and asks_former_name(question):  # (an earlier name: 原称 before 更名为)
                holding.sort(key=lambda c: not forms.former_name(c.text))
                if not holding:
                    cands = []  # (none gives another name: "阎楼镇原来叫什么" is not "…7个原有党支部")
            alias_asked = _ALIAS_ASKED.search(question) if wanted.kind == "alias" else None
            if alias_asked:  # (the kind of name asked, first: "内眦赘皮俗称什么" is 俗称蒙古褶, not "…手术称为…")
                holding.sort(key=lambda c: not re.search(ALIAS_KINDS[alias_asked.group(0)], c.text))
            if wanted.kind == "place":
                # (where it was done, said in a sentence of the best one's article with the question's own
                # verb, whether or not its place reads as one: "最初发表于…《新小说》杂志"; where it lives,
                # 生活/栖息, before where it is found, 分布: "喜欢生活在沿礁或珊瑚礁区")
                lives = [c for c in cands if c.score >= floor and (c.para.source, c.para.article) == top_article
                         and wanted.names_own_focus(c.text) and not wanted.of_another_work(c.text, c.para.text)]
                lives.sort(key=lambda c: not wanted.names_own_focus(c.text, exact=True))  # (its own word first)
                # (with none holding, where a thing of its is, by that thing's own word: "诺丁汉郡的行政
                # 总部在哪里" is "行政总部位于西布里奇福德", a town jieba does not know; not where it was
                # done, "被引进西方" for "中国引进…生长在什么地方")
                of_a_thing = all(forms.tagged(f)[0][1] == "n" for f in wanted.focus)
                holding = lives + [c for c in holding if c not in lives] if holding else [
                    c for c in lives if of_a_thing and wanted.names_own_focus(c.text, exact=True)]
                # (and the place right after the question's verb: "在哪个城市成立" is "…成立于中国南京",
                # not "复兴社成立之初…军委会政训班")
                holding.sort(key=lambda c: not any(forms.place_after(c.text, f) for f in wanted.focus if f in question))
                # (or where a life began or ended, after its date in the bracket of its dates: "（…1921年7月1日
                # 塞罗韦 - 1980年7月13日哈博罗内）", before "…因癌症病逝为止")
                holding.sort(key=lambda c: not wanted.life_place(c.text))
                where = _WHERE_IT_IS.search(question)
                if where:  # (where it lies, before what else is there: "大沙东站…位于黄埔区…"; not another's, "总部位于…")
                    it = re.sub(r"(?:现在|目前|现今|如今)$", "", question[:where.start()].strip())
                    holding.sort(key=lambda c: not _lies_there(c.text, it))
            if not holding and wanted.soft and "《" in question:
                # (what the question asks of a work, said in its article only of others: "《年老的吉他
                # 演奏者》收藏在哪里" is not "…《生命》…现收藏于克里夫兰艺术博物馆")
                said = [c for c in cands if (c.para.source, c.para.article) == top_article and wanted.names_own_focus(c.text)]
                if said and all(wanted.of_another_work(c.text, c.para.text) for c in said):
                    cands = []
            if wanted.kind == "place" and not holding and wanted.of_a_life and not any(
                    wanted.names_own_focus(c.text) for c in cands if (c.para.source, c.para.article) == top_article):
                # (where someone was born or died, in a life that names no place and tells no birth:
                # "岑朗天是在哪里出生的" is not answered by "岑朗天（），笔名朗天、霍惊觉"; other deeds are
                # told in too many words: "博落回一名首先在哪里出现" is "始载于《本草拾遗》")
                cands = []
            origin = asks_origin(question)
            if wanted.kind == "place" and (origin or (asks_country(question) and not wanted.focus)):
                # (where someone is from, said as such, before sentences that name the subject best:
                # "潘淑是哪里人" is "潘皇后()，名淑，会稽句章（今浙江省宁波市）人", which opens the article
                # without the name asked and may score below the floor; which country, by the lead
                # sentence that names one, "诺定咸郡…，英国英格兰东密德兰的郡" (elsewhere a country named
                # is often another: "在斯巴达…又被迫叛投波斯" for 雅典's politician; and where something
                # was done, "在哪个国家发现的", is told beside its verb, not by the lead's "由美国古生物学家…")
                lead = lambda c: c.para.text.lstrip().startswith(c.text)
                told = [c for c in cands if (c.para.source, c.para.article) == top_article and (
                    forms.origin(c.text) and (c.score >= floor or lead(c)) if origin
                    else forms.country(c.text, exclude=question) and lead(c))]
                holding = told + [c for c in holding if c not in told]
                if origin and not told and asks_someones_origin(question):
                    # (none says where they are from: "宋子仙是哪里人" is no battle he fought; only of
                    # someone named, not of a people: "看粤语动画的观众主要是哪里人" is where they live)
                    cands = holding = []
            named = _WHY_CALLED.search(question) if wanted.kind == "reason" else None
            if named:  # (the very name asked, given for its cause: "为什么称释迦牟尼为大雄" is "…，故称大雄", not 大雄宝殿)
                holding.sort(key=lambda c: not re.search(r"(?:称|名|叫)(?:为|作|做)?[「“\"]?" + re.escape(named.group(1))
                                                         + r"(?![\u4e00-\u9fff])", c.text))
            if wanted.kind == "reason" and UNWILLING_ASKED.search(question):
                holding.sort(key=lambda c: not FEARED.search(c.text))  # (the consequence feared first)
            if wanted.kind == "reason" and wanted.asks_name_origin:  # (how it was named before other causes)
                holding.sort(key=lambda c: not wanted.names_origin(c.text))
            elif wanted.kind == "reason" and len(wanted.focus) == 1:
                # (why it happened, by a sentence that says what happened first: "学生们为什么害怕日野
                # 秋晴" is "…等不良少年的外表，…对其感到害怕", not "因父母双亡而被…收养的日野秋晴"; of one
                # word: "为什么被认为…最没有责任心" is said as 被指…最没责任心, and 没有 elsewhere)
                holding.sort(key=lambda c: not wanted.names_own_focus(c.text))
            elif wanted.kind == "reason" and wanted.focus:
                # (of several, the first is what is explained: "为什么美国支持西欧建立共同防御协定" is
                # "由于…威胁，美国也支持这项构想", not "西欧国家因此开始寻求…共同防御协定")
                holding.sort(key=lambda c: wanted.focus[0] not in c.text)
            years = _CALENDAR_YEAR.findall(question)
            if years:  # (the year asked first: "2006年有多少人参加" is "2006年有2192人参赛", not the six picked;
                # "2008年度香港小姐的冠军是谁" is "2008年香港小姐冠军", not "…参选2009年度国际中华小姐竞选")
                holding.sort(key=lambda c: not any(y in c.text for y in years))
            if wanted.kind == "date" and holding:
                # (when it was done, by a sentence that says the question's own verb or a synonym
                # first: "哪一年进入消委会" is "1974年加入消委会", not "2012年…退任消委会总干事")
                # (and an exact date before a rough one: "发行于2008年1月" before "在2008年前后…发行了")
                holding.sort(key=lambda c: (not wanted.says_own_deed(c.text), bool(_ROUGH_DATE.search(c.text))))
            deed = _ONE_CHARACTER_DEED.search(question) if wanted.kind == "person" else None
            if deed:  # (a deed of one character, said right after the doer: "是谁编的", "宋代姚铉（967～1020）编。")
                holding.sort(key=lambda c: not _deed_told(c.text, deed.group(1)))
            if wanted.kind == "person" and not wanted.focus and _OWN_NAME_ASKED.search(question):
                holding.sort(key=lambda c: not _OWN_NAME_TOLD.search(c.text))  # (her own name: "名芳兰" first)
            if wanted.kind == "list" and wanted.focus:
                # (the items named by the noun asked, right before it: "办理哪些业务" is "车站办理编组、客运、
                # 货运业务", not "…京广、沪昆两大干线…作业"; nor one joined by 与, "剧场、电视剧与电影等领域")
                holding.sort(key=lambda c: not any(forms.items_before(c.text, f) for f in wanted.focus))
            listed = wanted.kind == "list" and bool(wanted.focus)
            wh = next((w for w in ("哪", "什么") if w in question), "") if wanted.kind == "member" or listed else ""
            # (or a deed jieba tags as an adjective, right before the question word: "精通哪些语言")
            deeds = (_verbs(question, wh) or [w for w, f in forms.tagged(question.partition(wh)[0])[-1:]
                                              if f == "a" and len(w) > 1]) if wh else []
            did = dataclasses.replace(wanted, focus=deeds) if wh else None
            if did and did.focus:  # (the one where the question's deed was done: "在哪所学校读书" is
                # "就读于杨百翰大学", not "成为了…西脉私立学校的一名教员"; of a list, before the items the noun
                # names: "分裂成了哪两个大陆" is "…分裂成原劳亚大陆与原冈瓦那大陆", not "…劳伦大陆，与…聚合成
                # 潘诺西亚大陆")
                holding.sort(key=lambda c: not did.names_own_focus(c.text))
            if wanted.kind == "frequency":  # (how often exactly: 每季度 before 定期)
                holding.sort(key=lambda c: not forms.frequency(c.text, exact=True))
            if wanted.kind == "food" and "主要" in question:  # (what it mostly eats: "主要进食小型的哺乳类动物及鸟类",
                holding.sort(key=lambda c: "主要" not in c.text)  # not "…便会把猎物吃下")
            if not holding and wanted.doer and cands and not forms.names(TITLED_OR_SLOGAN.sub("", cands[0].text), exclude=question):
                # "督查发现的问题由谁负责复查": whoever did it is too varied to recognise beside the
                # deed, but the best sentence must name someone ("…定期复查" names no one; a name
                # in a work's title or a slogan, 《愚人郝隆》, “党建惠企”, is no one who did
                # anything). (Only for a doer: "归降了谁" is answered by a name jieba does not know, 拓跋珪.)
                cands = []
            cands = holding or (cands if wanted.soft else [])
        if not cands:
            return [], False
        best = cands[0]
        limit = self.settings.answer_max_chars
        items = self._announced_items(best) if (wanted and wanted.kind == "list") or (
            wanted is None and _announced_asked(question, best.text)) else []
        if items:  # (the list a sentence announces, told item by item after it)
            return [best, *items], self.supported(question, terms, best.para, docs)
        picked = [self._trimmed(best, terms, numeric, limit, wanted)]
        if wanted and wanted.kind == "date" and wanted.grain == "year" and forms.RELATIVE_YEAR.search(best.text) \
                and not forms.date(best.text, "year", relative=False):
            # (a year told by the one before, "次年《突破》杂志创刊": that sentence says which)
            before = self._sentence_before(best)
            if before is not None and forms.date(before.text, "year", relative=False):
                picked.insert(0, self._trimmed(before, terms, numeric, limit - len(picked[0].quote), None))
        if wanted and wanted.kind == "reason":
            # "针对这一问题，该镇建立实时台账": the cause is the sentence before; so it is for an
            # action with no causal word after a problem told of the same things ("…门头牌匾参差
            # 不齐…存在一定的安全隐患。" before "…对北张街两侧的门头牌匾进行了统一规划与更换。")
            before = self._sentence_before(best)
            if before is not None and (_POINTS_BACK.match(best.text) or _REACTS.match(best.text) or (
                    not any(forms.cause(c, opening=i == 0) for i, c in enumerate(split_clauses(best.text)))
                    and _PROBLEM.search(before.text) and wanted.tells(before.text))):
                picked.insert(0, self._trimmed(before, terms, numeric, limit - len(picked[0].quote), None))
            after = self._neighbour(best, 1)
            if explains is not None and after is not None and after.sentence == explains.sentence != best.sentence \
                    and len(picked) < self.settings.max_answer_sentences:
                # (a cause told just before the deed it explains, which the best-scoring sentence tells:
                # "…陷揭阳城，许国佐之母被捕。" then "国佐亲往刘公显大营，愿代母死。" for "为什么要亲自去
                # 刘公显的大营"; the deed, after it, often says the purpose too; not past the answer's
                # sentences or its length, a sentence before already taken)
                picked.append(self._trimmed(after, terms, numeric, limit - sum(len(p.quote) for p in picked), None))
        after = self._neighbour(best, 1) if _NAME_OF_ASKED.search(question) and len(picked) == 1 else None
        named = _NAMES_THE_ONE_BEFORE.match(after.text) if after is not None else None
        if named and named.group(1) in question:
            # (what the best sentence describes, named by the next: "…电子都会被吸引而稍微移动一点…。"
            # then "这种现象称为极化。" for "…稍微移动的现象叫什么")
            picked.append(self._trimmed(after, terms, numeric, limit - len(picked[0].quote), None))
        for c in cands[1:self.settings.max_answer_sentences * 3]:
            if len(picked) >= self.settings.max_answer_sentences:
                break
            if c.score >= 0.92 * best.score and not _repeats(c, picked):
                room = limit - sum(len(p.quote) for p in picked)
                if room >= 20:  # a second sentence only when the answer stays short
                    c = self._trimmed(c, terms, numeric, room, wanted)
                    if len(c.quote) <= room:
                        picked.append(c)
        evidence = next((c.para for c in picked if c.para.kind != "byline"), best.para)  # (not a bare name)
        company = asks_company(question)
        asked = [w for w in asked_words(question) if not (author and w in _ABOUT_WRITING)]
        if (wanted is None or wanted.soft) and self._unheard(asked, picked, company):
            return picked, False
        begun = [f for f in wanted.focus if f in _ORIGINATING] if wanted and wanted.doer else []
        if begun and not self._tells_deed(begun, picked, among=_ORIGINATING):
            # (whoever began what the paragraphs never tell begun: "阿兹特克神圣历是谁发明的". Only
            # beginnings: other deeds are told in the text's own words, "谁继承了爵位" by "继嗣")
            return picked, False
        if begun and not any(_done_by_someone(c.text, begun) and not wanted.founds_another(c.text) for c in picked):
            # (nor by sentences that tell it done by no one, or not at all: "…被发现存在于几乎所有的
            # 生物体", "威拉弗龙的化石发现于墨西哥…"; nor of another thing: "谁创办了青少年机器人世界杯"
            # is not "巡回赛之后，成立了一个工作室")
            return picked, False
        # (whoever holds a role the article never names: "…大赛的冠军是谁"; a title won, asked before 是谁
        # as well, "飞黄腾达7的冠军是谁"; not any role there, "拜了谁当老师" is "拜…为师")
        won = [f for f in wanted.focus if _TITLE_WON.search(f)] if wanted else []
        # (and a part played, asked as a role too: "小孤岛大医生的男主角是谁" is not another play's 主角)
        parts = [f for f in wanted.focus if _PART_PLAYED.search(f)] if wanted else []
        article = articles[best.para.id][0]
        if wanted and wanted.kind == "person" and (
                (not wanted.strict and _unnamed_role(list(dict.fromkeys(asked + won)), article)) or _unnamed_role(parts, article)):
            return picked, False
        if wanted and wanted.kind == "place" and asks_country(question) and (wanted.focus or _NATIONALITY.search(question)) \
                and not any(_names_country(c.text, question) or self._tells_deed(wanted.focus, [c], here=True) for c in picked):
            # (a country none of the sentences names, where none tells the deed either: "最早在哪个国家
            # 流行"; an old state is no place to jieba, but "派兵讨伐柔然" tells 征讨; or of whom: "鲍林是哪国人")
            return picked, False
        if (wanted is None or wanted.kind == "place") and _unnamed_seat(question, article):
            # (where a seat is that the article never names: "…的总部设在哪个城市"; or what it is
            # called, "…的主场球场叫什么")
            return picked, False
        if not _shows_what_is_asked(question, own, picked):
            return picked, False
        return picked, self.supported(question, terms, evidence, docs)

    def _unheard_name(self, question: str, articles: dict[int, tuple[str, str, str]]) -> str:
        """A place the question names by its administrative ending (青岛市, 浦东新区: jieba tags it
        ns), or a company by its (华为公司), that no candidate's article names, even without the
        ending, and no document names in full: the documents do not say what happened there or
        what it did, however alike the rest reads ("青岛市有多少家“专精特新”企业" is not answered by
        刁镇's; 青岛 alone is in 青岛农业大学; "华为公司的营业收入" not by 鲁洪公司's).
        (jieba tags 法典 and 镇内 ns too: hence the ending. On CMRC, any ns word, or the stem's
        document frequency instead of the name's, cost 4 to 12 first citations.)"""
        names = [w for w, flag in forms.tagged(question)
                 if (flag == "ns" and re.search(f"(?:{forms.ADMIN_ENDING}|省)$", w)
                     or _company(w)) and not re.search(forms.NOT_A_PLACE, w)]
        if not names or not articles:
            return ""
        every = "\n".join({text for text, _, _ in articles.values()})
        for name in names:
            stem = re.sub(f"(?:地区|{forms.ADMIN_ENDING}|{_COMPANY_ENDING})$", "", normalize(name))  # (西藏地区: 西藏)
            if len(stem) >= 2 and stem not in every and not any(self.store.document_frequency([name])[0].values()):
                return name
        return ""

    def _unheard(self, words: list[str], picked: list[Candidate], here: bool = False) -> list[str]:
        """The words the cited paragraphs do not use and the collection never does, nor a synonym
        or (for a long word) a part of one ("校训" in a collection without it). A verb with a
        complement counts as used when its stem is there ("译为": "又译…"). `here`: the cited
        paragraphs themselves must use them, wherever else the collection does (a company, which
        no form of name tells, is answered beside what it did: "牌匾是哪家公司制作的")."""
        if not words:
            return []
        evidence = "\n".join(c.para.text if here else self._evidence(c.para) for c in picked)
        out = []
        for word in words:
            # (here, only the word itself: a synonym group joins 设计 to 计划, and "有培训计划"
            # beside a teaching base says nothing about who designed it)
            spellings = [word] if here else [word, *same_meaning(word)]
            if any(f in evidence for f in spellings) or (_COMPLEMENT.search(word) and word[:-1] in evidence):
                continue
            if here:
                out.append(word)
                continue
            if len(word) == 2 and forms.tagged(word)[0][1].startswith("v") and all(ch in evidence for ch in word):
                continue  # (a verb of the asker's made of the text's: "让秦军进城", "…打开邺城北门让秦军进入")
            if done_by(word, evidence):
                continue  # (a deed said by a character of its verb after 所: 翻译, "安世高所译之坐禅佛典")
            # (a verb and its complement, the verb the collection's: "小说里写到了科布")
            parts = list(_parts(word)) if len(word) > 2 else [word[0]] if _COMPLEMENT.search(word) else []
            df, _ = self.store.document_frequency(spellings + parts)
            if not any(df.get(f) for f in spellings + parts):
                out.append(word)
        return out

    def _tells_deed(self, deeds: list[str], picked: list[Candidate], here: bool = False,
                    among: frozenset[str] | None = None) -> bool:
        """Whether the cited paragraphs tell any of the deeds (or a synonym, or by a character of it
        after 所); no deeds, none told. `here`: the sentences themselves must tell it; `among`: only
        synonyms in it count (the thesaurus groups 设计 with 计划, and "计划在2009年推出" designs nothing)."""
        evidence = "\n".join(c.text if here else self._evidence(c.para) for c in picked)
        return any(any(s in evidence for s in _deed_words(d, among)) or done_by(d, evidence) for d in deeds)

    def _scored(self, question: str, query: str, docs: list[Document], terms: dict[str, float],
                numeric: bool) -> list[Candidate]:
        """Candidate sentences of the retrieved passages, best first."""
        if not docs:
            return []
        best_fused = max(d.metadata["score"] for d in docs) or 1.0
        paragraphs = self._candidate_paragraphs([d.metadata["paragraph_index"] for d in docs])
        passage: dict[int, float] = {}  # sentence -> its passage's relative retrieval score
        found: dict[int, tuple] = {}  # sentence id -> (sentence, paragraph)
        for doc in docs:
            for p in paragraphs.get(doc.metadata["paragraph_index"], []):
                for sentence in p.sentences:
                    passage.setdefault(sentence.id, doc.metadata["score"] / best_fused)
                    found.setdefault(sentence.id, (sentence, p))
        if not found:
            return []
        slogan = _slogan_pattern(question)
        # A sentence is read with its headline: "本鱼分布于太平洋区" is about the fish its
        # article is named after, though the sentence itself does not name it.
        # and with its paragraph's first sentence, which names what the rest of it is about
        # ("魏裔介…字石生" then "卒，谥文毅"): passages often come without a telling headline.
        in_context = {sid: f"{p.title}\n{_with_speaker(p, s)}" for sid, (s, p) in found.items()}
        with_lead = {sid: f"{_lead(p, s)}\n{in_context[sid]}" for sid, (s, p) in found.items()}
        local = _local_weights(terms, list(in_context.values()))
        # (a term the sentence says in a word of the hand-made groups: "导演是谁", "由丁善玺执导")
        alike = {t: synonyms.told_alike(t, events=False) for t in local}
        dense = np.stack([s.vector for s, _ in found.values()]) @ self.embed_query(query)
        cands = []
        for (sid, (sentence, p)), sim in zip(found.items(), dense):
            text = _with_speaker(p, sentence)
            lex = _coverage(local, in_context[sid], alike)
            lex += W_LEAD * (_coverage(local, with_lead[sid], alike) - lex)
            score = (W_LEXICAL * lex + W_DENSE * float(sim) + W_PASSAGE * passage[sid]
                     + (W_NUMBER if numeric and _NUMERAL.search(text) else 0.0)
                     + (W_NUMBER if slogan and slogan.search(text) else 0.0))
            cands.append(Candidate(sid, p, text, score, lex, text))
        return sorted(cands, key=lambda c: -c.score)

    def _article_texts(self, cands: list[Candidate]) -> dict[int, tuple[str, str, str]]:
        """paragraph id -> its article's whole text (with the headline), headline and first
        paragraph that is not a headline or byline, normalised, for every candidate's article
        (each read once; the other paragraphs of an article are keys too)."""
        out: dict[int, tuple[str, str, str]] = {}
        for c in cands:
            if c.para.id not in out:
                article = self._article(c.para.id, with_sentences=False)
                text = normalize(c.para.title + "".join(q.text for q in article))
                first = normalize(next((q.text for q in article if q.kind not in ("title", "byline")), ""))
                out.update({q.id: (text, normalize(c.para.title), first) for q in article})  # (c.para among them)
        return out

    def _about_check(self, question: str, cands: list[Candidate],
                     articles: dict[int, tuple[str, str, str]] | None = None) -> None:
        """Lower candidates whose article does not name what the question is about — its places
        ("寅寺镇有多少家…") or its subject ("禅那在佛经中指什么") — when another candidate's
        article names it (so a name the collection does not use changes nothing). `articles`:
        _article_texts(cands), when the caller has it."""
        places = [normalize(m) for m in dict.fromkeys(_PLACE.findall(question))]
        if articles is None:
            articles = self._article_texts(cands)
        about = _as_named(question, subject(question), {text for text, _, _ in articles.values()})
        groups = []  # (names, of which an article must name one; weight; whether missing it is off topic)
        if places:
            groups.append((places, W_PLACE, True))
        if about:
            # (a name of three characters or more that jieba tags as one but its dictionary lacks,
            # 麦福旺, is a company's or a person's own: an article that never names it is off the
            # topic, as for a place; a word it knows is matched too loosely for that, and shorter or
            # foreign names are written several ways on CMRC: 郭-{麐}-, 约瑟夫·洛克 as 洛克)
            # (a name in Latin letters, HBO, PukiWiki, is written one way in Chinese text too)
            own_name = (len(about) >= 3 and not jieba.dt.FREQ.get(about) and f"{about}·" not in question
                        and any(w == about and f in ("nr", "nz", "nt", "nrt", "eng") for w, f in forms.tagged(question)))
            groups.append(([normalize(about)], W_SUBJECT, own_name))
        texts = {pid: text for pid, (text, _, _) in articles.items()}  # paragraph id -> its article's text
        opening = {pid: (title, first) for pid, (_, title, first) in articles.items()}
        # (a name the question gives in full that an article opens with: the articles that never
        # name it are about others, however alike they read: "国际移民组织的总部设在哪个城市" is not
        # answered by "红十字国际委员会…总部设在瑞士日内瓦"; jieba tags 组织 a verb, so no subject)
        opened = {name for pair in opening.values() for t in pair if (name := _opened_name(t, question))}
        if opened:
            groups.append((sorted(opened), W_SUBJECT, True))
        numbered = _NUMBERED_NAME.findall(normalize(question))
        if numbered:  # (a line's number: "上海轨道交通21号线" is not told of in the 18号线's article)
            groups.append((numbered, W_SUBJECT, True))
        if not groups or not cands:
            return
        if about:
            # an article that opens with the subject is about it ("前肛鳗（学名：）…"); one that names it
            # inside a longer name ("异齿前肛鳗…") or in passing is about something else
            own = normalize(about)
            opens = {pid: any(t.startswith(own) for t in pair) for pid, pair in opening.items()}
            if any(opens.values()):
                for c in cands:
                    if not opens[c.para.id]:
                        c.score -= W_OPENS
        for names, weight, off_topic in groups:
            named = {pid: any(n in text for n in names) for pid, text in texts.items()}
            if any(named.values()):
                for c in cands:
                    if not named[c.para.id]:
                        c.score -= weight
                        c.off_topic |= off_topic
                        c.unnamed = True

    def _signed(self, cands: list[Candidate], wanted: Wanted, query: str) -> list[Candidate]:
        """"汶上县寅寺镇党委书记是谁？": a signed article says "（作者系汶上县寅寺镇党委书记）" and
        names its author only in its byline ("■白建喜"): the byline, then the note. (An English
        question's role is among its query terms: "party secretary" -> 党 书记.)"""
        role = wanted.focus[0] if wanted.focus else ""
        if not role and not has_cjk(wanted.asked):
            role = (roles(query) or [""])[-1]
        places = [normalize(m) for m in _PLACE.findall(wanted.asked)]
        for c in cands:
            note = re.search(r"作者(?:系|为|是)[^。)）]*" + re.escape(role), c.text) if role else None
            if note is None or not all(place in normalize(note.group(0)) for place in places):
                continue  # (the note must name the question's town too: 康驿镇's secretary is not 寅寺镇's)
            signed = self._byline(c, name_only=True)
            if signed:
                return signed
        return []

    def _byline(self, c: Candidate, name_only: bool = False) -> list[Candidate]:
        """The byline of the candidate's article (with name_only, one that is a bare name, ■白建喜),
        then the candidate: what the article is about."""
        for p in self._article(c.para.id):
            if p.kind == "byline" and (not name_only or re.fullmatch(r"[\u4e00-\u9fff]{2,4}", re.sub(r"[■●▲◆□\s]", "", p.text))):
                # (bylines have no sentence rows: the paragraph stands for its one sentence)
                return [Candidate(-p.id, p, p.text, c.score, c.lexical, p.text), c]
        return []

    def _holds(self, wanted: Wanted, c: Candidate) -> bool:
        """Whether the candidate gives an answer of the kind asked, about what is asked."""
        return wanted.holds(c.text, c.para.text) and not self._about_another(wanted, c)

    def _about_another(self, wanted: Wanted, c: Candidate) -> bool:
        """Whether the sentence goes on about what the one before it names, another of the
        question's kind, in an article that tells of the question's in a paragraph of its own
        ("济青高速公路全长318公里…" | "京沪高速公路山东段全长416公里…。全线有隧道5座" is no tunnel
        of 济青高速); the one before may end the paragraph before."""
        if not wanted.names_a_kind or not _goes_on(c.text):
            return False
        ids = [s.id for s in c.para.sentences]
        at = ids.index(c.sentence) if c.sentence in ids else -1
        article = self._article(c.para.id)
        if at > 0:
            before = c.para.sentences[at - 1].text
        else:
            earlier = [q for q in article if q.number < c.para.number and q.kind != "title" and q.sentences]
            if at < 0 or not earlier:
                return False
            before = earlier[-1].sentences[-1].text
        return wanted.about_another(c.text, before, "\n".join(q.text for q in article))

    def _explanation(self, best: Candidate) -> Candidate | None:
        """The sentence right after the best one when it gives that one's cause, pointing back
        ("…上方兴建高架桥；" then "原因是若取道开源道…"; "…意为自由。" then "这是因为修道院拥有…特权")."""
        after = self._neighbour(best, 1)
        return after if after is not None and _EXPLAINS_BACK.match(after.text) else None

    def _sentence_before(self, c: Candidate) -> Candidate | None:
        return self._neighbour(c, -1)

    @staticmethod
    def _neighbour(c: Candidate, step: int) -> Candidate | None:
        """The sentence `step` places from the candidate's in its paragraph (scored as it is), or
        None past either end or for a sentence the paragraph does not list."""
        ids = [s.id for s in c.para.sentences]
        at = ids.index(c.sentence) + step if c.sentence in ids else -1
        if not 0 <= at < len(ids):
            return None
        s = c.para.sentences[at]
        return Candidate(s.id, c.para, s.text, c.score, c.lexical, s.text)

    def _announced_items(self, c: Candidate) -> list[Candidate]:
        """The items of a list a sentence ends by announcing ("采取了“四化”包联措施。"), when its
        paragraph goes on to name each in a short sentence of its own, as many as announced
        ("互动常态化。…活动联合化。…"); else none."""
        m = _ANNOUNCES.search(c.text)
        ids = [s.id for s in c.para.sentences]
        if not m or c.sentence not in ids:
            return []
        after = c.para.sentences[ids.index(c.sentence) + 1:]
        short = [s for s in after if len(s.text.rstrip("。；;！!")) <= _ITEM_CHARS and not re.search(r"\d", s.text)]
        # (items are said alike, the same way in or out: 互动常态化…活动联合化, 当好“组织者”…当好“宣传员”;
        # a short sentence between them, "每月通报考核结果。", is no item)
        alike = [[s for s in short if s.text.rstrip("。；;！!”")[-1:] == end] for end in {s.text.rstrip("。；;！!”")[-1:] for s in short}]
        alike += [[s for s in short if s.text[:2] == start] for start in {s.text[:2] for s in short}]
        n = _CN_DIGIT.index(m.group(1)) + 1
        items = [group for group in alike if len(group) == n and len({s.text for s in group}) == n]
        if len(items) != 1 or n < 2:
            return []
        return [Candidate(s.id, c.para, s.text, c.score, c.lexical, s.text) for s in items[0]]

    def _trimmed(self, c: Candidate, terms, numeric: bool, limit: int, wanted: Wanted | None) -> Candidate:
        c.quote = trim(c.quote, terms, numeric, limit, wanted)
        c.trimmed = c.quote != c.text
        return c

    def _candidate_paragraphs(self, retrieved: list[int]) -> dict[int, list[StoredParagraph]]:
        """For each retrieved paragraph, the paragraphs whose sentences may answer: itself (all
        of it: the chunk that matched may not hold the answer); for a headline, which names the
        subject but does not answer about it, the other paragraphs of its article."""
        fetched = self.store.paragraphs(retrieved)
        out: dict[int, list[StoredParagraph]] = {}
        for pid in dict.fromkeys(retrieved):
            p = fetched.get(pid)
            if p is None:
                continue
            if p.kind != "title":
                out[pid] = [p]
                continue
            out[pid] = [q for q in self._article(pid) if q.kind != "title"]
        return out

    def supported(self, question: str, terms: dict[str, float], p: StoredParagraph, docs: list[Document]) -> bool:
        """Whether the evidence covers enough of the question: min_support of its terms' weight,
        or min_support_named when it names the question's subject ("许申的官途终止于什么职位":
        许申 is there; 官途 and 终止 are the asker's words, the text says 官终)."""
        evidence = self._evidence(p)  # (read once: it takes the article's paragraphs)
        share = self._share(terms, evidence, docs)
        if share >= self.settings.min_support:
            return True
        about = normalize(subject(question))
        return bool(about) and share >= self.settings.min_support_named and about in normalize(evidence)

    def support(self, terms: dict[str, float], p: StoredParagraph, docs: list[Document]) -> float:
        """Idf-weighted share of the question's terms in the cited paragraph, its headline and
        its article's opening paragraph (where a news article names its town or company once)."""
        return self._share(terms, self._evidence(p), docs)

    def _share(self, terms: dict[str, float], evidence: str, docs: list[Document]) -> float:
        if not terms:  # no Chinese or known terms: judge by dense similarity alone
            top_dense = max(d.metadata["dense"] for d in docs)
            return 1.0 if top_dense >= self.settings.min_dense_for_foreign else 0.0
        return _coverage(terms, evidence)

    def _evidence(self, p: StoredParagraph) -> str:
        return "\n".join((p.title, self._article_opening(p), p.text))

    def _article_opening(self, p: StoredParagraph) -> str:
        """The article's first paragraph that is not a headline, with any byline before it ("" for
        p itself). (A byline alone, "本报泗水讯(通讯员 颜少卿)", is not where the article names its
        town in full: "2019年以来,泗水县调动多方力量…".)"""
        opening = []
        for q in self._article(p.id, with_sentences=False):
            if q.kind == "title":
                continue
            if q.id != p.id:
                opening.append(q.text)
            if q.kind != "byline":
                break
        return "\n".join(opening)

    def _article(self, paragraph: int, with_sentences: bool = True) -> list[StoredParagraph]:
        """The paragraphs of the paragraph's article, in reading order."""
        article = self.store.paragraphs(self.store.article(paragraph), with_sentences=with_sentences)
        return sorted(article.values(), key=lambda q: q.number)


def _opened_name(opening: str, question: str) -> str:
    """The longest start of an article's opening (at least OPENED_NAME characters, the first Chinese)
    that the question gives whole, when it is the opening's subject: a name the opening goes on
    about ("…是", "…（", "…位于"), not a time or a phrase it opens with ("今年以来，", "为深入贯彻…").

    >>> _opened_name("国际移民组织是一政府间国际组织", "国际移民组织的总部设在哪个城市？"), _opened_name("红十字国际委员会是一个组织", "国际移民组织的总部在哪？")
    ('国际移民组织', '')
    >>> _opened_name("今年以来，汶上县新招引项目12个", "今年以来汶上县招引了多少个项目？")
    ''

    A route's number is part of its name ("九龙巴士7号线" is not the 41R's article):

    >>> _opened_name("九龙巴士41R线是香港的一条巴士路线", "九龙巴士41R线全程收费多少？"), _opened_name("九龙巴士7号线是香港的", "九龙巴士41R线全程收费多少？")
    ('九龙巴士41R线', '')
    """
    question = normalize(question)
    for k in range(min(len(opening) - 1, 20), OPENED_NAME - 1, -1):
        head = opening[:k]
        if re.fullmatch(r"[\u4e00-\u9fff][\u4e00-\u9fff0-9A-Za-z]*", head) and head in question:
            flag = forms.tagged(head)[0][1]  # (a name opens with a noun: 国际/移民/组织, not 今年以来, 为/深入)
            return head if opening[k] in _NAME_ENDS and (flag[0] == "n" or flag in ("j", "vn")) else ""
    return ""


def _as_named(question: str, about: str, texts: set[str]) -> str:
    """The question's subject with the pieces jieba cut off it, as the texts name it whole: a
    character before it, and numbers or a character after ("鑫诺/三号能用几年": 鑫诺三号, not every
    鑫诺 satellite's article; "西/巴丹/岛的面积": 西巴丹岛).

    >>> _as_named("鑫诺三号能用几年？", "鑫诺", {"鑫诺三号通信卫星于2007年发射", "鑫诺二号"})
    '鑫诺三号'
    >>> _as_named("鑫诺三号能用几年？", "鑫诺", {"鑫诺二号"})
    '鑫诺'
    """
    at = question.find(about)
    if not about or at < 0:
        return about
    def named(name: str) -> bool:
        return any(name in text for text in texts)

    if at > 0 and re.fullmatch(r"[\u4e00-\u9fff]", question[at - 1]) and (
            at == 1 or not re.match(r"[\u4e00-\u9fff]", question[at - 2])) and named(question[at - 1:at + len(about)]):
        about, at = question[at - 1:at + len(about)], at - 1
    for word, flag in forms.tagged(question[at + len(about):]):
        # (a number, 三号, or a character jieba left alone, 岛; not a word of its own, which may
        # name a part or a side of it: 水城小学/校园)
        if not (flag[0] in "mq" or (len(word) == 1 and flag[0] == "n")) or not named(about + word):
            break
        about += word
    return about


def _own_death_told(text: str, who: str = "") -> bool:
    """How someone died, not only that someone did: "吕凯是怎么死的" is "不久吕凯被叛夷所杀", not a
    sentence that tells another's death and names him.

    >>> _own_death_told("雍闿死后，诸葛亮上表称「永昌郡吏吕凯、府丞王伉等，执忠绝域」", "吕凯"), _own_death_told("不久吕凯被叛夷所杀", "吕凯")
    (False, True)
    """
    return _own_death(text, who) and says_how_died(text, who)


def _own_death(text: str, who: str = "") -> bool:
    """A death told, not a kin's: "潘淑的父亲…后来获罪被杀" does not tell how 潘淑 died; nor, in a
    sentence not naming `who`, others' listed ("源赖政、源仲纲、源兼纲等人战死" is not 以仁王's).

    >>> _own_death("但在其母亲夺回权力后不久又因空难死亡"), _own_death("潘淑的父亲是吴国的小吏，后来获罪被杀")
    (True, False)
    >>> _own_death("双方交战后，源赖政、源仲纲等人战死。", "以仁王"), _own_death("以仁王中箭落马身亡。", "以仁王")
    (False, True)
    """
    if who and who not in text and re.search(r"等人(?:均|都|皆|先后)?(?:战死|阵亡|被杀|遇害|身亡|死亡|殉)", text):
        return False
    return says_death(text) and not re.search(r"的(?:父亲|母亲|儿子|女儿|妻子|丈夫|哥哥|弟弟|姐姐|妹妹|长子|次子)", text)


# A verb's complement ("译为", "写到"): the verb alone may say as much
_COMPLEMENT = re.compile(r"[为在成下来到给于出上去走回入进]$")

# How close to the best sentence's score one telling what is asked (an honour, a death) must come
# to go before it
TOLD_CLOSE = 0.8

# Sentences, best first, that may answer in other words than the question's when none answers in its
# own, and how close to the best one's score a second must come
LOOSE_AMONG = 2
LOOSE_CLOSE = 0.9

# Terms that only the conversation contributes (a follow-up's subject) count this much: they
# locate the passage, but the sentence must answer what is asked now.
CONTEXT_WEIGHT = 0.3


def _with_speaker(p: StoredParagraph, sentence) -> str:
    """A quotation's sentence with the one after it when that one only says who spoke ("…干一点
    事情。”" then "69岁的老党员翟成淮说。"): who said it, and what of them, is part of it.

    >>> from rag.store import StoredSentence as S
    >>> s = [S(1, "“也想干一点事情。”", None), S(2, "69岁的老党员翟成淮说。", None)]
    >>> p = StoredParagraph(1, "a.txt", "T", 1, 0, "body", "", [], s)
    >>> _with_speaker(p, s[0]), _with_speaker(p, s[1])
    ('“也想干一点事情。”69岁的老党员翟成淮说。', '69岁的老党员翟成淮说。')
    """
    if not sentence.text.endswith("”"):
        return sentence.text
    ids = [s.id for s in p.sentences]
    at = ids.index(sentence.id) + 1 if sentence.id in ids else len(ids)
    if at < len(ids) and _SPEAKER.match(p.sentences[at].text):
        return sentence.text + p.sentences[at].text
    return sentence.text


def _announced_asked(question: str, sentence: str) -> bool:
    """Whether a what-question asks for the numbered list a sentence announces by name
    ("“四种角色”是什么" of "发挥“四种角色”作用").

    >>> _announced_asked("“四化”包联措施包括什么？", "采取了“四化”包联措施。")
    True
    >>> _announced_asked("“四化”包联措施是谁提出的？", "采取了“四化”包联措施。")
    False
    """
    m = _ANNOUNCES.search(sentence)
    term = m and re.search(r"“[^”]*”", m.group(0)).group(0)
    return bool(term and (term in question or term.strip("“”") in question)
                and re.search(r"(?:是|有|包括|指|分别是)(?:哪些|什么)", question))


def _slogan_pattern(question: str) -> re.Pattern | None:
    """For "几个“一”" the pattern of an answer like "六个一".

    >>> bool(_slogan_pattern("要求做好几个“一”？").search("做好“六个一”工作"))
    True
    """
    m = _SLOGAN_QUESTION.search(question)
    if not m:
        return None
    return re.compile(r"[一二两三四五六七八九十0-9]+" + re.escape(m.group(1)) + r"[“\"]?" + re.escape(m.group(2)))


def _lead(p: StoredParagraph, sentence) -> str:
    """The paragraph's first sentence, unless it is the sentence itself."""
    first = p.sentences[0] if p.sentences else None
    return first.text if first is not None and first.id != sentence.id else ""


def _deed_words(deed: str, among: frozenset[str] | None = None) -> list[str]:
    """The words that tell the deed: itself, its synonyms (only those in `among`, if given), and for
    a naming the text's other words for one (…为名)."""
    return [deed, *(w for w in same_meaning(deed) if among is None or w in among), *(_NAMING_TOLD if deed == "命名" else ())]


def _done_by_someone(text: str, deeds: list[str]) -> bool:
    """Whether the text tells one of the deeds (or a synonym among _ORIGINATING, or a naming by
    其…为名) done by someone: not only as what was done to its object, 被发现 or 发现于, which names
    no doer.

    >>> _done_by_someone("1966年由剑桥大学的马丁·理察德设计", ["设计"]), _done_by_someone("3名前奴隶成立了第二浸信会", ["成立"])
    (True, True)
    >>> _done_by_someone("被发现存在于几乎所有的生物体", ["发现"]), _done_by_someone("化石发现于墨西哥", ["发现"])
    (False, False)
    """
    words = {w for d in deeds for w in _deed_words(d, _ORIGINATING)}
    return any(text[max(m.start() - 1, 0):m.start()] != "被" and text[m.end():m.end() + 1] != "于"
               for w in words for m in re.finditer(re.escape(w), text)) or any(done_by(d, text) for d in deeds)


def _lies_there(text: str, it: str) -> bool:
    """Whether the text says where `it` lies: 位于 (or the like) after it, a pointer to it, a word
    its name ends in, or nothing in its clause (its subject left out); not after another thing.

    >>> _lies_there("古庙位于新界西贡区", "佛堂门天后古庙"), _lies_there("是香港一条街道，位于香港岛", "成都道")
    (True, True)
    >>> _lies_there("成立于1870年，总部位于马里兰州银泉", "国家风暴预报中心"), _lies_there("所有车站都位于浦安市内", "迪士尼度假区线")
    (False, False)
    """
    for m in _LIES.finditer(text):
        head = re.sub(r"[（(][^）)]*[）)]", "", re.split(r"[，,。；;]", text[:m.start()])[-1]).strip()
        if not head or it in head or head in it or re.match(r"该|此|这|其|本", head) or it.endswith(head[-2:]):
            return True
    return False


def _repeats(cand: Candidate, picked: list[Candidate]) -> bool:
    """Whether a candidate says little that a picked sentence does not (a headline restating it)."""
    own = set(tokens(cand.text))
    for p in picked:
        if p.sentence == cand.sentence or p.text in cand.text or cand.text in p.text:
            return True  # (or one holds the other: a quotation with who spoke it)
        if own and len(own & set(tokens(p.text))) >= 0.7 * len(own):
            return True
    return False


def idf(df: int, n: int) -> float:
    """BM25+ style idf (never negative); a term absent from the collection gets the largest value.

    >>> round(idf(1, 3), 3), round(idf(0, 3), 3)
    (0.981, 2.079)
    """
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


def _weighted_terms(store: Store, question: str, query: str) -> dict[str, float]:
    """Question terms with their idf; empty for a question with no Chinese text."""
    if not has_cjk(query):
        return {}
    own = set(tokens(question))
    found = tokens(query)
    text, every = normalize(query).lower(), set(found)
    anyone = set(_ANYONE.findall(question))
    # (how far from somewhere: 离 and 远 are the question's form; the text may say 距…272公里)
    form = _DISTANCE_WORDS if _HOW_FAR.search(question) else frozenset()
    query_terms = [t for t in found if t not in _ASKING and t not in _LOCATIVE and t not in anyone and not _QUESTION_WORD.match(t)
                   and not _POINTING.match(t) and t not in form and not _straddles(t, text, every)
                   and not _classified(t, question, every)]
    df, n = store.document_frequency(query_terms)
    # (the words jieba cut wrongly, repaired as search repairs them: 王沈是 -> 王沈; 县/乡党/校办 -> 县乡, 党校)
    fixed = repairs(store, query, query_terms, df)
    query_terms = list(dict.fromkeys(w for t in query_terms for w in fixed.get(t, [t])))
    own |= {w for t, words in fixed.items() if t in own for w in words}
    # a subject jieba cut into a single character and the rest ("前/肛鳗") is one name: its
    # characters alone would match anything ("前期受疫情影响")
    about = subject(question).lower()
    pieces = [t for t in query_terms if len(t) == 1 and t in about]
    rest = [t for t in query_terms if len(t) > 1 and t in about]
    if pieces and rest and about not in query_terms and not any(jieba.dt.FREQ.get(t, 0) for t in rest):
        query_terms = [t for t in query_terms if t not in pieces] + [about]
        own.add(about)
        df.update(store.document_frequency([about])[0])
    # (an English question's common words the dictionary left untranslated, "admitted", "pool",
    # are in no text: they weigh as the rarest terms and sink every sentence; a name, capitalised,
    # or a word the dictionary does not know, "overfitting", stays, so that one the documents never
    # mention still counts against them)
    untranslated = set() if has_cjk(question) else {w.lower() for w in re.findall(r"\b[a-z]+\b", question)
                                                    if in_dictionary(w)}
    # (a character the collection never has as a word of its own, the asker's 定 of "给…定的六项工作",
    # is matched only inside other words, 制定, 坚定: as the rarest term it would favour them)
    return {t: idf(df.get(t, 0), n) * (1.0 if t in own else CONTEXT_WEIGHT) for t in query_terms
            if df.get(t, 0) or not (_GLUED.match(t) or t in untranslated or (len(t) == 1 and has_cjk(question)))}


def _done_by_whom(text: str, deeds: list[str]) -> bool:
    """Whether the text tells one of the deeds by whom it was done: after 由 or 为 ("由食物环境衞生署
    管理"), or as a title ("制作公司为Millennium Kitchen"); not the deed alone ("牌匾几乎都是彩喷制作").

    >>> _done_by_whom("由食物环境衞生署管理。", ["管理"]), _done_by_whom("制作公司为Millennium Kitchen。", ["制作"])
    (True, True)
    >>> _done_by_whom("商户原有的牌匾几乎都是彩喷制作", ["制作"])
    False
    """
    return any(re.search(f"[由为][^，,。；;]{{2,30}}?{re.escape(v)}|{re.escape(v)}(?:公司|单位|商|方)?[为是]", text) for v in deeds)


def _names_one(noun: str, text: str) -> bool:
    """Whether the text names one of the kind the noun asks for, by a word that ends in it ("哪个
    法院": 高等法院), not the noun alone, pointed at ("该法院") or after a verb ("帮助球队夺得…").

    >>> _names_one("法院", "他又建立高等法院并重组法律制度。"), _names_one("法院", "该法院于1953年成立。")
    (True, False)
    >>> _names_one("球队", "帮助球队夺得联赛冠军")
    False
    """
    return any(w.endswith(noun) and len(w) > len(noun) for w, _ in forms.tagged(text))


def _unnamed_role(asked: list[str], article: str) -> bool:
    """Whether a role or a title among the words a question about someone asks for (冠军, 校长),
    nor any word of the same meaning, is nowhere in the article: who holds it, the article does
    not say. (Not any noun: "走访慰问的对象是谁" is answered by "给返乡党员送去了…".)

    >>> _unnamed_role(["冠军"], "评审流程分为初审、复审与决审三个阶段。"), _unnamed_role(["冠军"], "冠军：3号张舒雅")
    (True, False)
    >>> _unnamed_role(["对象"], "给返乡党员送去了精心准备的福字")
    False
    """
    return any((roles(w) or _TITLE_WON.search(w) or _PART_PLAYED.search(w)) and not _named_in(w, article) for w in asked)


def _unnamed_seat(question: str, article: str) -> bool:
    """Whether the question asks where a seat is (总部, 首都, 主场…) that the article nowhere names:
    where the organisation's founding meeting was held is not where its headquarters are.

    >>> _unnamed_seat("国际移民组织的总部设在哪个城市？", "于1951年12月5日在布鲁塞尔召开国际移民会议")
    True
    >>> _unnamed_seat("国际移民组织的总部设在哪个城市？", "总部设于瑞士日内瓦"), _unnamed_seat("会议在哪里召开？", "在布鲁塞尔召开")
    (False, False)
    """
    return any(seat in question and not _named_in(seat, article) for seat in _SEATS)


# Where a body or a land has its seat, which an article names when it tells it
_SEATS = ("总部", "首都", "首府", "省会", "主场", "校址", "驻地", "治所", "总部所在地")


def _named_in(word: str, text: str) -> bool:
    """Whether the text names the word itself or a word of the same meaning (no part of it)."""
    return any(s in text for s in (word, *same_meaning(word)))


def _classified(term: str, question: str, terms: set[str]) -> bool:
    """Whether jieba glued a classifier onto the noun it counts after a question word or a pointing
    one ("哪支乐队" -> 支乐队), the noun a term of its own: glued, it would weigh as one the documents
    never use.

    >>> _classified("支乐队", "冠军是哪支乐队？", {"乐队", "支乐队"}), _classified("乐队", "冠军是哪支乐队？", {"乐队"})
    (True, False)
    """
    return len(term) > 2 and term[1:] in terms and bool(re.search(f"[哪几这那]{re.escape(term)}", question))


def _straddles(term: str, query: str, terms: set[str]) -> bool:
    """Whether a two-character term jieba's search mode took across two words of a compound
    ("荣誉称号" -> 荣誉, 誉称, 称号): the words on either side of its middle are terms too. Kept, it
    would weigh as a word of its own, and one the documents never use.

    >>> _straddles("誉称", "获得过什么荣誉称号", {"荣誉", "誉称", "称号", "荣誉称号"})
    True
    >>> _straddles("人民", "中华人民共和国", {"中华", "华人", "人民", "共和", "共和国"})
    False
    """
    if len(term) != 2:
        return False
    return any(query[at - 1:at + 1] in terms and query[at + 1:at + 3] in terms
               for at in range(1, len(query) - 1) if query.startswith(term, at))


def _local_weights(terms: dict[str, float], texts: list[str]) -> dict[str, float]:
    """Term weights for choosing among these sentences: a term found in most of them (the
    subject every sentence of the passage names) tells them apart less than one found in few.

    >>> w = _local_weights({"魏裔介": 1.0, "谥": 1.0}, ["魏裔介字石生。", "魏裔介卒，谥文毅。"])
    >>> w["谥"] > w["魏裔介"]
    True
    """
    if not texts:
        return terms
    normed = [normalize(t).lower() for t in texts]
    n = len(normed)
    return {t: w * math.log((n + 1) / (sum(t in x for x in normed) + 0.5)) for t, w in terms.items()}


def _names_country(text: str, question: str) -> bool:
    """Whether the text names a country (forms.country), a people by theirs ("意大利人") or a state of
    old by its 国 ("鲁国"), other than the question's.

    >>> _names_country("意大利人，贝尼托·墨索里尼的第二任妻子。", ""), _names_country("叔梁纥便向鲁国颜氏求婚", "")
    (True, True)
    >>> _names_country("氧化物晶体及硅酸盐晶体大都含有一定成分的离子键", "")  # (大都, "mostly", is tagged a place)
    False
    """
    if forms.country(text, question):
        return True
    nations = synonyms.countries()
    return any(w not in question and ((len(w) > 2 and w[:-1] in nations and w[-1] == "人")
                                      or (f == "ns" and len(w) == 2 and w.endswith("国")))
               for w, f in forms.tagged(text))


def _deed_told(text: str, verb: str) -> bool:
    """Whether the text says a verb of one character as a word of its own, ending its clause or
    before 之/的: "宋代姚铉（967～1020）编。", not "…的缩编本" or "由…所主唱".

    >>> _deed_told("宋代姚铉（967～1020）编。", "编"), _deed_told("是《文苑英华》的缩编本", "编"), _deed_told("由Debra所主唱。", "唱")
    (True, False, False)
    """
    words = [w for w, _ in forms.tagged(text)]
    return any(w == verb and (i + 1 == len(words) or words[i + 1][0] in "之的，,。；;") for i, w in enumerate(words))


def _coverage(terms: dict[str, float], text: str, alike: dict[str, frozenset[str]] | None = None) -> float:
    """Idf-weighted share of terms found in the text (as substrings, so 建 matches 建成), or one
    of their alike words (term -> words), or with bodies' names shortened in both (人大常委会 in
    全国人民代表大会常务委员会).

    >>> _coverage({"党建": 1.0, "上海": 3.0}, "加强党建工作"), _coverage({"导演": 1.0}, "由他执导", {"导演": {"执导"}})
    (0.25, 1.0)
    """
    total = sum(terms.values())
    text = normalize(text).lower()
    alike = alike or {}
    short = synonyms.shortened(text)
    return sum(w for t, w in terms.items() if t in text or any(a in text for a in alike.get(t, ()))
               or synonyms.shortened(t) in short) / total if total else 0.0


def trim(sentence: str, terms: dict[str, float], numeric: bool, max_chars: int, wanted: Wanted | None = None) -> str:
    """The sentence itself when short enough, else a run of its clauses around the best one.

    The result is always a contiguous substring of the sentence, so it can be found in the source.
    """
    if len(sentence) <= max_chars:
        return sentence
    clauses = split_clauses(sentence)
    scores = []
    for c in clauses:
        s = _coverage(terms, c) if terms else 0.0
        if numeric and _NUMERAL.search(c):
            s += 0.3
        if wanted is not None and wanted.answers(c):  # the clause with the answer asked for
            s += 0.5
            if any(f in c for f in wanted.focus):  # (and what it is of: "他于1971年结婚", not 任期由1962年至1982年)
                s += 0.3
        scores.append(s)
    lo = hi = int(np.argmax(scores))
    length = len(clauses[lo])
    while True:
        options = []
        if lo > 0 and length + len(clauses[lo - 1]) <= max_chars:
            options.append((scores[lo - 1] + 0.01, "left"))  # small bias: keep the subject
        if hi + 1 < len(clauses) and length + len(clauses[hi + 1]) <= max_chars:
            options.append((scores[hi + 1], "right"))
        if not options:
            break
        side = max(options)[1]
        if side == "left":
            lo -= 1
            length += len(clauses[lo])
        else:
            hi += 1
            length += len(clauses[hi])
    return "".join(clauses[lo:hi + 1]).strip()


def compose(picked: list[Candidate]) -> Answer:
    """Answer text with one [n] per sentence; one citation per paragraph."""
    citations: list[Citation] = []
    by_paragraph: dict[int, int] = {}
    parts = []
    for c in picked:
        if c.paragraph not in by_paragraph:
            p = c.para
            citations.append(Citation(p.source, p.title, p.number, p.text, c.quote, round(c.score, 4),
                                      p.page, region(p.boxes), quote_boxes(p.boxes, p.text, c.quote)))
            by_paragraph[c.paragraph] = len(citations)
        else:
            cit = citations[by_paragraph[c.paragraph] - 1]
            cit.quote = f"{cit.quote}…{c.quote}"
            cit.highlight = quote_boxes(c.para.boxes, c.para.text, cit.quote)
        n = by_paragraph[c.paragraph]
        parts.append(f"{_display(c.quote, c.text) if c.trimmed else c.quote}[{n}]")
    return Answer("".join(parts), citations, False)


def _display(quote: str, sentence: str) -> str:
    """A quote cut from a longer sentence shows where it was cut with an ellipsis.

    >>> _display("覆盖企业47家，", "委员会整合7个支部，覆盖企业47家，设书记1人。")
    '…覆盖企业47家…'
    """
    stripped = quote.rstrip("，,、：:")
    if stripped and stripped[-1] not in "。！？!?；;”』」)）":
        stripped += "…"
    return stripped if sentence.startswith(quote) else "…" + stripped
