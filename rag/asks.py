"""What a question asks for, and whether a sentence gives an answer of that kind about it.

A question is sorted by its question words into a kind of answer:
- count / quantity: 多少名党员, 捐款多少, 全长多少, how many — a number (with the measure word
  asked, when one is), beside the thing counted or measured;
- money: 多少钱, 花了多少, 总投资多少, 经费/工资/补贴多少 — a sum (元, 万元, 亿元);
- date: 什么时候, 哪一年 (a year), 哪一天/哪天 (a day), 几点 (a clock time), when;
- duration: 多长时间, 多久, 几天, how long — a number of days, weeks, minutes…;
- age: 多大年纪, 几岁, how old — N岁;
- reason: 为什么, 为何, 什么原因, why — a causal or purpose clause (由于, 因为, 为了, 针对…);
- person: 谁, 哪位, 叫什么名字, who — a name; for "谁带领…"/"由谁担任…" a role will do (第一书记);
- place: 哪里, 在哪, 什么地方, where — a place name.
A sentence answers only when it holds such an answer *near what is asked*: the answer's clause
(or the one beside it) holds the question's focus — the counted noun, the measured attribute, or
the question's own verb (成立, 开工, 通车) — itself or a synonym. "德俊新材料是哪一年建厂的?"
is not answered by "德俊新材料今年8月份实现试生产": a date, but of another event.
Other questions (什么, 哪些, 哪家) are not checked: any sentence may answer them.

Leaves out: parsing. Kinds come from question words, answers from patterns and jieba's part of
speech tags, so an answer worded unusually ("此后不久") is missed and the question abstains.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import jieba
import jieba.posseg

from .synonyms import same_meaning
from .text import split_clauses

_MEASURES = ["平方米", "平方公里", "公里", "公斤", "亿元", "万元", "人次", "名", "人", "位", "个", "项", "家", "户",
             "所", "次", "条", "座", "棵", "本", "份", "场", "处", "件", "吨", "亩", "元", "期", "批", "支", "间",
             "辆", "部", "分", "米", "岁", "天", "年", "届", "种", "首", "集", "台", "片", "块", "层", "级"]
# Measure words that stand in for each other; 个 is the general one (any specific word will do).
_SAME_MEASURE = [{"名", "人", "位"}, {"个", "项", "种"}, {"家", "户", "间"}]
# (每一位, 这一问题, 统一, 第一书记: 一 that counts nothing)
_NUMERAL = r"(?:[0-9０-９][0-9０-９.,，:]*|(?<![每这那同统唯第进逐])[零一二两三四五六七八九十百千万半几]+)"
_NUMBER_BEFORE = _NUMERAL + r"(?:万|亿)?(?:余|多)?\s*"
_ANY_NUMBER = re.compile(r"[0-9０-９]|(?<![每这那同统唯第进逐])[一二两三四五六七八九十百千万]+(?:[个项名家所条次人亿元余位支年天月周"
                         r"篇首部本册幅张只头匹架艘枚颗粒届代任层级倍度场座间种台片块米里尺斤])|百分之|半数|多数|少数")
_MANY = re.compile(r"[0-9０-９.]+\s*(?:万|亿)(?![元])")
_MONEY = re.compile(_NUMERAL + r"(?:多|余)?(?:万|亿|千|百)?(?:余|多)?(?:元|美元|欧元|英镑|日元|港元|港币|人民币|块钱)")
_YEAR = re.compile(r"[0-9０-９]{2,4}\s*年(?![级代])|[一二〇零○][一二三四五六七八九〇零○]{3}年|[^\s，。]{1,4}(?:元年|年间)")
_DAY = re.compile(_NUMERAL + r"\s*(?:日|号)|(?:初|十|二十|廿|三十)[一二三四五六七八九十]")
_CLOCK = re.compile(r"\d{1,2}\s*[:：点时]\s*\d{0,2}|[上下]午\s*\d|[一二三四五六七八九十]+点")
_WHEN = re.compile(r"[0-9０-９一二三四五六七八九十]+\s*(?:月份|月|世纪|年代)|[春夏秋冬][季天]|年初|年底|年末|年中|上半年|"
                   r"下半年|月初|月底|月末|今年|去年|明年|前年|近期|近日|日前|此前|当天|当年|同年|次年|翌年|随后|之后|以后|"
                   r"以来|期间|时期|时代|朝|春节|国庆|元旦|中秋|清明|端午")
_DURATION = re.compile(r"(?<![月0-9０-９])" + _NUMERAL + r"\s*(?:个)?(?:多|余)?\s*(?:天|日|周|星期|个月|月|年|小时|分钟|分|秒|旬)"
                       r"(?![0-9０-９])")
_AGE = re.compile(_NUMERAL + r"\s*(?:周)?岁|年龄|年纪|高龄|年过|年近|年逾|出生于|生于|[0-9]{2}后")
# Words that state a cause or a purpose; a clause-initial 为/为了 before a verb is a purpose.
_CAUSAL = {"因为", "因", "由于", "为了", "因此", "所以", "原因", "以便", "旨在", "目的", "针对", "鉴于", "导致",
           "造成", "得名", "因而", "故", "因其", "以致", "鉴于此", "归因于", "缘于", "源于", "出于", "基于", "为此", "以免", "以防", "致使", "之所以"}
# Causes jieba does not cut out as words: "以…为由", "故其人被称为", "迫使客机改飞", "受疫情影响".
_CAUSAL_PHRASE = re.compile(r"为由|迫使|使得|促使|所致|而致|缘故|之故|故其|故而|是故|因故|引起|引发|受[^，,。；;]{1,12}影响")
# Kinship words as the text may shorten them ("琅邪王司马伷之子", "为孙权皇后")
_KIN = {"儿子": "子", "女儿": "女", "妻子": "妻", "丈夫": "夫", "父亲": "父", "母亲": "母", "皇后": "后",
        "哥哥": "兄", "弟弟": "弟", "姐姐": "姐", "妹妹": "妹", "孙子": "孙"}
# Nouns that are sums of money: "多少贷款" asks for one (660万元), not for a count.
_MONEY_NOUNS = {"钱", "贷款", "资金", "经费", "投资", "补贴", "收入", "产值", "税收", "利税", "奖金", "工资", "费用",
                "成本", "营收", "销售额", "成交额", "金额", "捐款", "善款", "拨款", "预算", "存款", "资产", "利润"}
_PLACE_TAGS = {"ns", "nsf"}
_PLACE_WORD = re.compile(r"..(?:省|市|县|区|镇|乡|村|州|国|岛|山|河|湖|海|港|站|路|街|馆|院|厂|寺|宫|城|社区|公园|广场|大学|学校|机场)$")
_NAME_TAGS = {"nr", "nrt", "nrfg", "nr1", "nr2"}
# Titles that a name follows in news writing ("镇长李瑞宁", "校长于保国"): jieba often splits such a
# name into a surname and a "place" (李/瑞宁), so the title is the better clue.
_TITLE = re.compile(r"(?=(?:书记|校长|主任|总裁|董事长|总经理|经理|镇长|县长|市长|区长|局长|部长|厅长|省长|村长|队长|社长|"
                    r"主席|委员|院长|所长|会长|站长|科长|处长|老师|教授|博士|记者|通讯员|先生|女士|老党员|党员|专家|"
                    r"作者|导演|演员|作家|画家|歌手|总统|总理|国王|皇帝|将军|创始人|负责人)"
                    r"[\s、]?([\u4e00-\u9fff]{2,3}))")  # (a lookahead: titles in a row overlap)
_SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
                "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
                "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
                "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚"
                "娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘"
                "池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠"
                "豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰"
                "赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富"
                "尧闭由")
_ROLE = re.compile(r"(?:书记|校长|主任|总裁|经理|长|员|者|师|家|专家|团|队|委|部|局|厅|院|所|会|公司|集团|企业|"
                   r"政府|中心|银行|学校|医院|大学|志愿者|干部|党员|群众|居民|村民|学生|老人)")
_LIGHT_VERBS = {"是", "有", "为", "在", "做", "进行", "叫", "称", "用", "给", "让", "使", "被", "要", "会", "能",
                "可以", "达到", "达", "共", "一共", "总共", "累计", "得", "了", "过", "到", "多", "大", "长", "来",
                "去", "成", "说", "干", "搞", "弄", "由", "担任", "属于", "位于", "叫做", "称为", "作为"}

# Question words -> kind. Order matters: the first match wins ("多长时间" before "多少").
_KINDS = [
    ("age", re.compile(r"多大年纪|多大岁数|年龄|几岁|多少岁|多大了|how old|what age", re.I)),
    ("duration", re.compile(r"多长时间|多久|多少天|几天|多少年|几年|多少个月|几个月|多少小时|几个小时|多少分钟|"
                            r"几分钟|how long(?! (?:is|are|was|were) (?!it\b))", re.I)),  # (how long is the line: a length)
    ("date", re.compile(r"什么时候|什么时间|何时|哪一年|哪年|哪一天|哪天|几月|几号|哪个月|几点|哪一日|何年|"
                        r"什么年代|哪个年代|\bwhen\b|what year|what date|what time", re.I)),
    ("reason", re.compile(r"为什么|为何|什么原因|原因是什么|何故|怎么会|\bwhy\b", re.I)),
    ("money", re.compile(r"多少钱|(?:花了|花费|费用|经费|工资|薪水|补贴|预算|投资|投入|金额|资金|成本|造价|价格|售价|"
                         r"票价|奖金|捐款)(?:是|有|为|达|共|一共|总共|大概|大约)?多少(?![个名家项人位])|how much money|"
                         r"\bcost\b|\bprice\b", re.I)),
    ("person", re.compile(r"谁|哪位|哪个人|什么人物|叫什么名字|姓名是|的姓名[？?]?$|\bwho\b|\bwhom\b", re.I)),
    ("place", re.compile(r"哪里|在哪|什么地方|哪个地方|何处|何地|哪个城市|哪些城市|哪个省|哪个国家|\bwhere\b", re.I)),
    ("list", re.compile(r"哪些|哪几[个项种类条支家大方面]?|哪[两三四五六七八九十]+[个项种类条支家大]|有哪|分别是|which (?:ones|\w+s)\b", re.I)),
    # (哪几种, 哪几个: a list is asked for, not a number)
    ("count", re.compile(r"多少|(?<!哪)几(?!乎)|how many|how much|how long|how far|how big|how large|how high|"
                         r"number of|what score|what percentage", re.I)),
]


@dataclass
class Wanted:
    """The kind of answer a question wants and the words that must stand beside it."""

    kind: str
    focus: list[str] = field(default_factory=list)  # any of these near the answer (synonyms count)
    context: list[str] = field(default_factory=list)  # these anywhere in the paragraph
    measures: set[str] = field(default_factory=set)  # count: the measure words the number may carry
    grain: str = ""  # date: "year", "day", "clock" or "" (any date or time)
    strict: bool = False  # person: a name is needed (not a role): "X的书记是谁?"
    asked: str = ""  # the question: a name it contains itself is not an answer to it

    @property
    def subject(self) -> str:
        """The question's first word of two or more characters: what it is about."""
        return next((w for w in _content_words(self.asked) if len(w) > 1), "")

    @property
    def soft(self) -> bool:
        """Kinds whose answers are too varied to recognise reliably (a place; whoever did
        something): sentences with one come first, but none is no reason to abstain."""
        return self.kind in ("place", "list") or (self.kind == "person" and not self.strict)

    @property
    def roams(self) -> bool:
        """Whether an answer may come from another article than the best sentence's (a place, an
        agent: another article may tell where or who; a list is looked for in the best one, on
        CMRC looking further lost first citations)."""
        return self.soft and self.kind != "list"

    @classmethod
    def follow_up(cls, question: str, previous: str) -> "Wanted | None":
        """For "党员教育师资呢？" after "兖州区筛选出多少名党员教育名师？": the previous question's
        kind, about what the follow-up names; None for a follow-up that asks its own question.

        >>> Wanted.follow_up("党员教育师资呢？", "兖州区筛选出多少名党员教育名师？").focus
        ['师资']
        """
        if cls.parse(question) is not None or not re.search(r"呢[？?]?$", question.strip()):
            return None
        wanted = cls.parse(previous)
        words = _noun_phrase(re.sub(r"^(?:那么?|还有|另外)", "", question.strip()))
        if wanted is None or not words:
            return wanted
        # (the measure does not carry over: "占地多少亩？" then "那建筑面积呢？" — 平方米)
        wanted.focus, wanted.context, wanted.measures = words[-1:], words[:-1], set()
        return wanted

    @classmethod
    def parse(cls, question: str) -> "Wanted | None":
        """The answer kind a question asks for, or None when any sentence may answer it.

        >>> Wanted.parse("阎楼镇橡塑管产业链委员会有多少名党员？").focus
        ['党员']
        >>> [Wanted.parse(q).kind for q in ("德俊新材料是哪一年建厂的？", "为什么?", "义桥镇镇长是谁？")]
        ['date', 'reason', 'person']
        >>> Wanted.parse("水城小学的办学理念是什么？") is None
        True
        """
        for kind, pattern in _KINDS:
            m = pattern.search(question)
            wanted = m and (getattr(cls, "_" + kind)(question, m) if hasattr(cls, "_" + kind)
                            else cls(kind, focus=_verbs(question, m.group(0))))
            if wanted:  # (None: the words only look like this kind's, try the next)
                wanted.asked = question
                if not re.search(r"[\u4e00-\u9fff]", question):
                    wanted.focus, wanted.context = [], []  # English words are never in the text
                return wanted
        return None

    @classmethod
    def _reason(cls, question: str, m: re.Match) -> "Wanted | None":
        """ "变化为什么形状？", "被评为什么园区？" ask what (为 + 什么 + a noun), not why."""
        rest = [(w, f) for w, f in _tagged(question[m.end():]) if f != "x"]
        if m.group(0) == "为什么" and (all(f[0] in "nj" or f == "vn" for _, f in rest) if rest
                                    else re.search(r"[名称叫译]|[变化评成作认定选列视改]$", question[:m.start()])):
            return None  # (and "X俗称大冠鹫为什么？", "改名为什么？")
        return cls("reason", focus=_verbs(question, m.group(0)))

    @classmethod
    def _list(cls, question: str, m: re.Match) -> "Wanted":
        """"义桥镇靠哪些现有产业来招商？": several things of the kind named after the question word."""
        noun = _noun_phrase(question[m.end():])
        return cls("list", focus=noun[-1:])

    @classmethod
    def _count(cls, question: str, m: re.Match) -> "Wanted":
        after = question[m.end():]
        measure = next((w for w in sorted(_MEASURES, key=len, reverse=True) if after.startswith(w)), "")
        if measure and _is_measure(after, measure):
            after = after[len(measure):]
        else:
            measure = ""
        noun = _noun_phrase(after)
        if not measure:
            measures = set()  # any number will do
        elif measure == "个":  # the general measure word: the text may use a specific one (13支球队)
            measures = set(_MEASURES)
        else:
            measures = next((g for g in _SAME_MEASURE if measure in g), {measure})
        if noun and not measure and noun[-1] in _MONEY_NOUNS:  # "放了多少贷款": a sum of money
            return cls("money", focus=noun[-1:])
        if noun:
            return cls("count", focus=noun[-1:], context=noun[:-1], measures=measures)
        # "发展党员多少名", "捐款多少", "关岛得了几分": what is counted or measured, or whose it is,
        # stands before the question word
        return cls("count", focus=[w for w in _content_words(question[:m.start()]) if len(w) > 1], measures=measures)

    @classmethod
    def _money(cls, question: str, m: re.Match) -> "Wanted":
        # what the money is: the word asked with (经费, 补贴, 总投资) or the one before (花费多少钱)
        word = re.sub(r"(是|有|为|达|共|一共|总共|大概|大约)?多少.*", "", m.group(0))
        before = [w for w in _content_words(question[:m.start()]) if len(w) > 1]
        return cls("money", focus=([word] if len(word) > 1 else []) + before[-2:])

    @classmethod
    def _date(cls, question: str, m: re.Match) -> "Wanted":
        word = m.group(0).lower()
        grain = ("year" if "年" in word or word == "what year" else "day" if word in ("哪一天", "哪天", "几号", "哪一日", "what date")
                 else "clock" if word in ("几点", "what time") else "")
        # the event: its verbs, and what follows the question word ("哪一年被封为尚书左仆射")
        after = [w for w in _content_words(question[m.end():]) if len(w) > 1]
        return cls("date", focus=list(dict.fromkeys(_verbs(question, m.group(0)) + after)), grain=grain)

    @classmethod
    def _person(cls, question: str, m: re.Match) -> "Wanted":
        # "X的书记是谁" / "是谁的门生" / "叫什么名字" ask for a name beside a role; "谁带领…" /
        # "由谁担任…" for whoever did it.
        before, after = question[:m.start()].rstrip("是的都又"), question[m.end():].strip(" ？?。")
        whose = re.match(r"的([\u4e00-\u9fff]{1,4}?)$", after)
        if whose:  # "郭麐是谁的门生": the role stands after ("儿子": the text may say 之子)
            role = whose.group(1)
            return cls("person", focus=[_KIN.get(role, role)], strict=True)
        if not after or question[m.start() - 1:m.start()] == "是" or "名字" in m.group(0) or "姓名" in m.group(0):
            role = _word_before(before)
            return cls("person", focus=[role] if role else [], strict=True)
        return cls("person", focus=_verbs(question, m.group(0)))

    def holds(self, sentence: str, paragraph: str) -> bool:
        """Whether the sentence (in its paragraph) gives an answer of this kind about the focus."""
        if self.context and not all(_found(t, paragraph) for t in self.context):
            return False
        clauses = _phrases(sentence) if self.kind != "count" else split_clauses(sentence)
        for i, clause in enumerate(clauses):
            if not self._answer_in(clause, i):
                continue
            window = "".join(clauses[max(i - 1, 0):i + 2])
            if self.kind == "count" and self.focus:  # the counted thing in the clause or just before
                window = "".join(clauses[max(i - 1, 0):i + 1])
            if self.kind == "reason" or (self.kind == "date" and i == 0):
                # a cause and its effect may stand clauses apart; a date that opens a sentence
                # ("9月19日下午，…沿路开展垃圾捡拾") dates all of it
                window = sentence
            if not self.focus or any(_found(f, window) for f in self.focus):
                return True
            if self.kind == "date" and self.subject and sentence.startswith(self.subject):
                return True  # "弗兰肯豪森战役于1525年5月15日发生…": a sentence about the subject
        return False

    def answers(self, clause: str) -> bool:
        """Whether the clause holds an answer of this kind (about anything)."""
        return self._answer_in(clause, 0)

    def _answer_in(self, clause: str, position: int) -> bool:
        kind = self.kind
        if kind == "count":
            if not self.measures:
                return bool(_ANY_NUMBER.search(clause))
            if "人" in self.measures and _MANY.search(clause):
                return True  # "说勉语的人约有150万": so many people need no measure word
            return bool(_count_pattern(frozenset(self.measures)).search(clause))
        if kind == "money":
            return bool(_MONEY.search(clause))
        if kind == "duration":
            return bool(_DURATION.search(clause))
        if kind == "age":
            return bool(_AGE.search(clause))
        if kind == "date":
            if self.grain == "year":
                return bool(_YEAR.search(clause))
            if self.grain == "day":
                return bool(_DAY.search(clause))
            if self.grain == "clock":
                return bool(_CLOCK.search(clause))
            return bool(_YEAR.search(clause) or _DAY.search(clause) or _CLOCK.search(clause) or _WHEN.search(clause))
        if kind == "reason":
            return _states_cause(clause, opening=position == 0)
        if kind == "person":
            if self.strict:  # a person's name (not the question's own) in the clause of the role
                proper = not self.focus or bool(_PERSON_ROLE.search(self.focus[0]))
                # (the role itself: 县委书记 is not any 书记; but an agent noun's verb will do,
                # 主持人: "由王贤志主持")
                role = self.focus[0] if self.focus else ""
                return _names(clause, proper, self.asked) and (
                    not role or _found(role, clause, parts=role.endswith(("人", "者"))))
            return _names(clause, exclude=self.asked) or bool(_ROLE.search(clause))
        if kind == "list":  # items in a row: 衣帽加工、工贸机械; 街道党工委—社区党总支—…
            return bool(re.search(r"[^、—；;]+[、—；;][^、—；;]+", clause))
        if kind == "place":
            return any(flag in _PLACE_TAGS or flag in ("nt", "nz") or _PLACE_WORD.search(word)
                       for word, flag in _tagged(clause))
        return True


@lru_cache(maxsize=64)
def _count_pattern(measures: frozenset) -> re.Pattern:
    return re.compile(_NUMBER_BEFORE + "(?:" + "|".join(sorted(measures, key=len, reverse=True)) + ")")


@lru_cache(maxsize=4096)
def _tagged(text: str) -> tuple[tuple[str, str], ...]:
    return tuple((w.word, w.flag) for w in jieba.posseg.cut(text))


def _phrases(sentence: str) -> list[str]:
    """Clauses cut at commas and sentence ends only (not at 、: an enumeration stays whole)."""
    return [p for p in re.findall(r"(?:[^，,；;：:。！？!?]|(?<=\d)[,:：](?=\d))*[，,；;：:。！？!?]*", sentence) if p.strip()]


def _found(word: str, text: str, parts: bool = True) -> bool:
    """The word, a synonym of it (同义词词林), or for a long word one of its parts, in the text.

    >>> _found("开始运行", "自6月1日起正式投入运行"), _found("建厂", "实现试生产")
    (True, False)
    """
    if word in text or any(s in text for s in same_meaning(word)):
        return True
    return parts and len(word) > 2 and any(part in text for part in _parts(word))


@lru_cache(maxsize=4096)
def _parts(word: str) -> tuple[str, ...]:
    """The words a long word is made of (jieba's search mode): 开始运行 -> 开始, 运行."""
    return tuple(p for p in jieba.cut_for_search(word) if len(p) > 1 and p != word)


def _is_measure(text: str, word: str) -> bool:
    """Whether the text opens with this measure word, not with a word it begins ("人口", "年龄").

    >>> _is_measure("人口？", "人"), _is_measure("家营收过亿元的企业？", "家"), _is_measure("名党员", "名")
    (False, True, True)
    """
    first = _tagged(text[:len(word) + 3])[0][0]
    return first == word or not (first.startswith(word) and jieba.dt.FREQ.get(first, 0) > 0)


def _noun_phrase(text: str) -> list[str]:
    """The words of the noun phrase a text starts with: up to a particle, or a verb after a noun.

    >>> _noun_phrase("离退休老干部帮助抓党建？"), _noun_phrase("技改奖补资金？"), _noun_phrase("企业被评为…")
    (['离退休', '老干部'], ['技改', '资金'], ['企业'])
    >>> _noun_phrase("乡村振兴合伙人？")
    ['乡村', '振兴', '合伙人']
    """
    out: list[tuple[str, str]] = []
    tagged = _tagged(re.sub(r"[“”\"《》]", "", text))
    for i, (word, flag) in enumerate(tagged):
        if flag[0] in "xupcry" or word in _LIGHT_VERBS:
            break
        following = tagged[i + 1][1] if i + 1 < len(tagged) else "x"
        # a verb after a noun ends the phrase, unless a noun follows it early on (乡村振兴合伙人,
        # not 规模以上企业实施领导干部…)
        if flag[0] == "v" and len(word) > 1 and any(f[0] in "nj" for _, f in out) \
                and (following[0] not in "nj" or len(out) > 1):
            break
        out.append((word, flag))
    words = [w for w, _ in out]
    return [w for w in words if len(w) > 1] or words[:1]


def _word_before(text: str) -> str:
    """The last content word before the question word ("捐款多少" -> 捐款; "有多少" skips 有)."""
    for word, flag in reversed(_tagged(text)):
        if word in _LIGHT_VERBS or flag[0] in "udpcmqrxfy" or not word.strip():
            continue
        return word
    return ""


def _content_words(text: str) -> list[str]:
    return [w for w, flag in _tagged(text) if flag[0] not in "udpcmqrxy" and w not in _LIGHT_VERBS and w.strip()]


def _verbs(question: str, wh: str) -> list[str]:
    """The question's own verbs (成立, 开工, 调研): the event whose date, cause or agent is asked.
    The predicate follows the question word ("流动党员为什么外出打工": 外出, 打工, not 流动).

    >>> _verbs("张楼镇的流动党员为什么大多外出打工？", "为什么")
    ['外出', '打工']
    """
    before, _, after = question.partition(wh)
    def verbs(text):
        return [w for w, flag in _tagged(text) if flag in ("v", "vn", "vd") and w not in _LIGHT_VERBS and len(w) > 1]
    return verbs(after) or verbs(before)


def _states_cause(clause: str, opening: bool) -> bool:
    tagged = _tagged(clause)
    if any(w in _CAUSAL for w, _ in tagged) or _CAUSAL_PHRASE.search(clause):
        return True
    words = [(w, f) for w, f in tagged if w.strip()]
    # "为营造…氛围，康驿镇…": a sentence that opens with 为 and a verb states a purpose (inside a
    # sentence, "为流动党员补足…" is "for")
    return opening and len(words) >= 2 and words[0][0] == "为" and words[1][1].startswith("v")


def _names(clause: str, proper: bool = False, exclude: str = "") -> bool:
    """Whether the clause holds something that reads as a person's name: after a title ("镇长李瑞
    宁"), tagged as a name or a proper noun by jieba, a surname starting a word jieba does not
    know, a foreign name (A·B), or a Latin name; unless proper, an organisation too (索尼公司).
    A name that stands in `exclude` (the question) does not count: jieba tags 顾问 as a name.

    >>> _names("校长于保国不断深入课堂"), _names("县委书记每年“七一”讲专题党课"), _names("党委副书记、镇长李瑞宁说道")
    (True, False, True)
    """
    if any(_is_name(m.group(1)) and m.group(1)[:2] not in exclude for m in _TITLE.finditer(clause)):
        return True
    if any(m.group(0) not in exclude for m in re.finditer(r"[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,6}|[A-Z][a-zA-Z]+", clause)):
        return True
    for word, flag in _tagged(clause):
        if word in exclude:
            continue
        if flag in _NAME_TAGS and (len(word) > 2 or len(word) > 1 and word[0] in _SURNAMES):
            return True  # (清太宗; two characters need a surname: jieba tags 顾问 as a name)
        if flag in (("nrt",) if proper else ("nrt", "nz", "nt")) and len(word) > 1:
            return True  # (proper: a person's name, not an organisation's)
        if 2 <= len(word) <= 3 and word[0] in _SURNAMES and jieba.dt.FREQ.get(word, 0) == 0 and flag[0] in "nx":
            return True  # a word jieba made up from unknown characters: most often a name
    return False


# Roles held by people (书记, 镇长, 作者, 生母): the name beside them must be a person's. Other
# roles (赞助商, 主办单位) may be held by an organisation (索尼公司).
_PERSON_ROLE = re.compile(r"(?:长|书记|主任|员|家|师|者|人|生|母|父|妻|夫|子|女|兄|弟|姐|妹|王|帝|后|妃|总裁|经理|董事|"
                          r"主编|编辑|导演|教练|队长|代表|顾问|委员)$")


def _is_name(text: str) -> bool:
    """A surname and one or two characters that are not a word of their own ("每年" is not a name)."""
    if text[0] not in _SURNAMES:
        return False
    words = _tagged(text)
    if words[0][1] in _NAME_TAGS:
        return True
    # jieba often splits a name into its surname and a "word" (李/瑞宁, 于/保国); a run that is
    # one ordinary word (高速, 田园) is not a name
    return len(words[0][0]) == 1 and len(words) > 1
