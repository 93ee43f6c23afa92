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
- place: 哪里, 在哪, 什么地方, where — a place name;
- list: 哪些, 哪几种, 哪五大 — items in a row;
- source: 从哪里来, 来源是什么 — where it comes from (来自, 源于, 财政拨付, 由…提供);
- member: 什么颜色, 哪个班级, 哪个省, 哪所大学 — a name of that class (蓝绿色, 五年级二班, 山东省, …大学);
  什么书, 哪部作品 — a title (《高阳集》);
- cooking: 怎么吃, 烹饪方式 — how it is cooked (清蒸, 红烧, 煮汤).
`forms.py` says whether a clause holds an answer of a kind. A sentence answers only when it holds such an answer *near what is asked*: the answer's clause
(or the one beside it) holds the question's focus — the counted noun, the measured attribute, or
the question's own verb (成立, 开工, 通车) — itself or a synonym. "德俊新材料是哪一年建厂的?"
is not answered by "德俊新材料今年8月份实现试生产": a date, but of another event.
Places, agents ("谁带领…") and lists only put sentences with such an answer first: their
answers are too varied to require. Other questions (什么, 哪家) are not checked by kind; for them
and for those, `asked_words` names what is asked for (校训, 销往), which the answerer looks for in
the collection (answer.py).

Leaves out: parsing. Kinds come from question words, answers from patterns and jieba's part of
speech tags, so an answer worded unusually ("此后不久") is missed and the question abstains.
"""
from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

import jieba
import jieba.posseg

from . import forms, translate
from .forms import tagged
from .synonyms import BURIALS, EVENTS, FOUNDED, KEPT, LAUNCHED, same_meaning, told_alike
from .text import has_cjk, split_clauses, split_sentences

# Measure words a count may be in (球: goals, "进了多少球"; 等: a class, "几等站"; 则: stories,
# "故事约有一千则"; 伙: households, "合共提供1440伙单位")
_MEASURES = ["平方米", "平方公里", "公里", "公斤", "亿元", "万元", "人次", "名", "人", "位", "个", "项", "家", "户",
             "所", "次", "条", "座", "棵", "本", "份", "场", "处", "件", "吨", "亩", "元", "期", "批", "支", "间",
             "辆", "部", "分", "米", "岁", "天", "年", "届", "种", "首", "集", "台", "片", "块", "层", "级",
             "度", "千米", "千克", "厘米", "公分", "轮", "回", "趟", "遍", "只", "头", "匹", "张", "架", "艘", "枚",
             "颗", "株", "门", "册", "篇", "幅", "队", "组", "球", "等", "辑", "把", "柄", "页", "粒", "则", "根", "面", "伙",
             "排", "列", "点", "节", "重"]  # (rows: "约有十五排鳞片"; points, "升到多少点"; 脊椎骨多少节; layers, "几重石门")
# Words for any kind of thing, which say nothing of what a list's items are (哪些方面, 哪些内容)
_ANY_THING = {"方面", "内容", "东西", "事情", "事项"}
# A place asked by its name today ("喀里多尼亚就是今天的哪里"), which the text gives after 今 ("（今苏格兰）", "今属湖北")
_NOW_ASKED = re.compile(r"(?:今天|今日|现在|现今|如今|今)的?(?:哪里|哪儿|什么地方|哪个地方)")
_NOW_NAMED = re.compile(r"[（(]今[\u4e00-\u9fff]|(?:现在|今天|今日|如今|现今)的[\u4e00-\u9fff]|今(?:属|为|是|称|名)[\u4e00-\u9fff]|即今[\u4e00-\u9fff]|现(?:属|为|今)[\u4e00-\u9fff]")
_LIVING_KINDS = {"动物", "植物", "生物"}  # (a list of creatures is of their names, which say no 动物)
# Measure words that stand in for each other; 个 is the general one (any specific word will do).
_PEOPLE_MEASURES = {"名", "人", "位"}  # (people are counted in these)
_TEMPERATURE_UNITS = {"度", "摄氏度", "华氏度", "℃", "°C", "°F", "°"}
# How a clause gives a temperature ("表面温度约为-30℃", "夏季最热时达40度"), not an angle ("交角小于88.1度")
_SAID_TEMPERATURE = "温|热|冷|暖|寒|凉|摄氏|华氏|零下|℃|°[CF]|开尔文|K"
_SAME_MEASURE = [_PEOPLE_MEASURES, {"个", "项", "种"}, {"片", "枚"}, {"家", "户", "间"}, {"次", "回", "趟", "遍", "度"}, _TEMPERATURE_UNITS,
                 {"公里", "千米"}, {"公斤", "千克"}, {"厘米", "公分"}, {"本", "册"}, {"支", "队"}, {"把", "柄"}, {"粒", "颗"}, {"根", "枚"}, {"名", "员"}]  # (13 队球队; 葵扇五万柄; 推官一员)
# Nouns for people, whose number is said in 名, 人 or 位 (老师, 党员, 志愿者, 农民工, 学生)
_PEOPLE = re.compile(r"(?:师|员|者|工|民|兵|(?<!博)客|干部|代表|专家|人才|学生|居民|群众|人口)$")
_PLACES = re.compile(r"(?:村|社区|镇|乡|街道|县|区|车?站)$")  # (counted in _PLACE_MEASURES: "多少个村", "how many stations")
_PLACE_MEASURES = {"个", "处", "座"}
_YEARS_AGO = re.compile(r"[0-9０-９.一二三四五六七八九十百千万亿]+(?:多|余)?(?:万|亿)?年前")
_CASUALTIES = re.compile(r"[0-9０-９一二三四五六七八九十百千]+([死伤])(?![亡者])")
# The words a question counts the dead or the hurt by, as a casualty count says them (21死62伤)
_CASUALTY_WORDS = {"死": {"死亡", "丧生", "遇难", "罹难", "身亡", "丧命", "死", "不治"}, "伤": {"受伤", "伤", "负伤", "伤者"}}
SENSES_READ = 4  # (an English noun is a person's when one of the dictionary's first words for it is)
# An English count of people: "how many (excellent) teachers…" (not "how many communities … hired
# couriers": the words after "how many" up to the first that is no adjective or noun)
_EN_PEOPLE = re.compile(r"how many\s+(?:(?!(?:in|of|at|on|for|to|from|by|did|does|do|are|were|is|was|have|has|will|can)\b)"
                        r"[a-z-]+\s+){0,3}?(?:people|persons|students|pupils|teachers|volunteers|members|experts|workers|"
                        r"residents|officials|cadres|employees|staff|farmers|villagers|tourists|visitors|entrepreneurs|"
                        r"talents|instructors|secretaries|leaders|doctors|soldiers|children|elderly|retirees|"
                        r"passengers|travell?ers|patients|spectators|audiences?|participants|trainees|players|athletes|"
                        r"professors|lecturers|scientists|researchers|engineers|nurses|officers|judges|lawyers|"
                        r"writers|artists|singers|actors|actresses)\b", re.I)
# People counted by the visit, whose number may be said in 人次 (not staff: "employees" are no 人次),
# or by what was done to them each time ("How many … talents did … train": 培训…12000余人次)
_EN_VISITS = re.compile(r"\b(?:passengers|travell?ers|tourists|visitors|patients|spectators|audiences?|participants|trainees|"
                        r"people|persons|train(?:ed)?|serve[ds]?|visit(?:ed)?|receive[ds]?|treat(?:ed)?|handle[ds]?)\b", re.I)
# An English question about how many live in a place: the text says 人口 or 居民 beside the number
_EN_POPULATION = re.compile(r"\bpopulation\b|how many (?:people|residents|inhabitants) (?:live|are there)\b", re.I)
# A life: its birth and death asked, its dates as a biography gives them, how long it lasts
_BORN = {"出生", "生于", "出世", "诞生", "降生", "生日"}
_DIED = {"去世", "逝世", "过世", "离世", "病逝", "死", "死亡", "卒", "身故", "活到"}  # (活到哪一年: until the death)
_LIFESPAN = re.compile(r"[（(][^（）()]*?((?:[0-9]{3,4}|[一二〇零○]{4})\s*年[^（）()－—–-]*?)\s*[－—–-]")  # （…1962年4月6日－…）
_BORN_RAISED = re.compile(r"[0-9]{3,4}年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?生长于")  # (1953年生长于贵州贵阳)
_LIFE_END = re.compile(r"[（(][^（）()]*?[－—–-]\s*((?:[0-9]{3,4}|[一二〇零○]{4})\s*年[^（）()－—–-]*?)\s*[）)]")  # （…－1535年12月29日）
# the years of a life, bare: "欧内斯特·索尔维（，1832-1922）"
_LIFE_YEARS = re.compile(r"[（(][^（）()0-9]*?(?<![0-9])([0-9]{3,4})\s*[－—–-]\s*([0-9]{3,4})(?![0-9])\s*[）)]")
_UNKNOWN_END = re.compile(r"[（(][^（）()]*[0-9]\s*年?\s*[－—–-]\s*[？?]?\s*[）)]")  # a span with no end: （1909年－？）
_SAYS_BIRTH = re.compile(r"出生|生于|出世|诞生|降生|[年月日]生(?![产活效长])")
_SAYS_DEATH = re.compile(r"去世|逝|过世|离世|辞世|死|卒|身故|身亡|阵亡|丧生|丧命|遇害|被杀|遇刺|殉|驾崩|薨|殁")
_LIVES = re.compile(r"(?:能|可以|可|会)?(?:活|存活|生存)(?:了|到)?$")
# Things just named, pointed back to: "这两个文件", "这些文件", "上述文件" (not "该机构雇员")
_THESE = r"(?:这|此|上述|以上)(?:些|[两二三四五六七八九十几]+[个种项份部类条件])?"
# A year of the calendar asked, and a sentence pointing back to the one named before it
_CALENDAR_YEAR = re.compile(r"(?<![0-9])(1[5-9][0-9]{2}|20[0-9]{2})(?=\s*年)")
_POINTS_TO_YEAR = re.compile(r"(?:该|当|同|是|这一|那一?|本|此)(?:赛季|年度?)")  # (该赛季, 当年, 同年: the year before)
_THIS_YEAR = re.compile(r"(?:本|此)年(?:度|内)?")  # (本年, 此年: the year the article reviews, its first; "1993年的香港，…。本年香港经济畅旺")
# Years named relative to now, and a month's scope: an amount of one is no answer for another.
_YEAR_WORDS = re.compile(r"今年|去年|明年|前年")
_TARGET = re.compile(r"力争|力促|争取|预计|计划|目标|确保|将要|拟|年内")  # (what is to come)
# What was done, asked against what was meant to be (实际减少了多少: not 目的是…, 预估…)
_ACTUAL = re.compile(r"实际|真正|最终")
_PLANNED = re.compile(_TARGET.pattern + r"|预估|估计|目的|旨在|预期|预料")
_MONTH_SCOPE = re.compile(r"单月|当月|[0-9一二三四五六七八九十]+月份")
# A growth's base, as asked and as a text may say it: "同比增长了多少" is not told by "环比增长8.7%"
_BASES = {"同比": r"同比|(?:比|较)(?:去年|上年)", "环比": r"环比|(?:比|较)上(?:个)?月"}
_MONTH = re.compile(r"(?<![0-9一二三四五六七八九十])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月")
_MONTH_NUMBER = {"一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9",
                 "十": "10", "十一": "11", "十二": "12"}


def _months(text: str) -> set[str]:
    """The months a text names, as numbers ("十二月", "12月份": "12")."""
    return {_MONTH_NUMBER.get(m, m) for m in _MONTH.findall(text)}


# An aim told (力促…5家企业年内实现升规纳统) answers only a question about what is to come: "一共有
# 多少家化工企业" asks what is, "今年要让几家企业升规" and "力争新增几家" what is aimed at
_AIM = re.compile(r"力争|力促|争取|预计|有望")
_TO_COME = re.compile(r"将|要|打算|计划|预计|力争|力促|争取|目标|年内|准备|想|希望|拟|明年|未来|能(?![力源])|"
                      r"\b(?:will|plan|plans|planned|expect|expected|expects|aim|aims|target|going to|next year|hope|hopes)\b", re.I)
# A dimension the text gives with whose it is (建筑面积, 占地面积)
_OWNED_DIMENSION = re.compile(r"([\u4e00-\u9fff]{2})的?总?(?:面积|长度|高度|宽度|深度|重量)")  # (学校的面积: 学校's)
# Brackets and what they hold (no nesting)
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
# A sentence opening with what the one before it told: 这些, 此事, 两个数据, 二者
_BACK_OPEN = re.compile(r"(?:这|此|上述|两(?:个|种|者|项)|二者|原因(?:是|在于|为))")  # (原因是…: the sentence before says what)
# A clause telling of a kin (after its date): "1954年父亲因肺病去世"
_KIN_LED = re.compile(r"[0-9０-９一二三四五六七八九十〇零百]*年?[0-9０-９一二三四五六七八九十]*月?[0-9０-９一二三四五六七八九十]*[日号]?[，,\s]*"
                      r"(?:其|他的|她的)?(?:父亲|母亲|父|母|妻子|妻|丈夫|夫|儿子|女儿|长子|次子|兄长|哥哥|弟弟|姐姐|妹妹|祖父|祖母)")
# An age asked at someone's death: "死的时候多少岁", "去世时多大"
_AT_DEATH = re.compile(r"(?:死|去世|逝世|病逝|过世|离世|遇害|被杀|身亡)(?:的时候|时)|活(?:了|到)(?:多少|几)|\b(?:when|at the time) \w+ (?:died|passed away|was killed)\b|\bat (?:his|her|their) death\b", re.I)
# Living somewhere (a creature's: 生活在哪里, 栖息于)
_LIVING = {"生活", "栖息", "生存", "居住"}
# One of a numbered series: 鑫诺三号, 神舟五号, 第二代
_SERIES = re.compile(r"([\u4e00-\u9fff]{2,}?)([0-9一二三四五六七八九十]+)(号|代|届|期|世)")
# Words for the kind of place the question names, which own its whole dimension ("西巴丹岛的面积":
# 岛屿面积), not a part of it (镇区 of a 镇)
_KIND_WORDS = {"岛屿", "湖泊", "河流", "山脉", "山峰", "国土", "县域", "市域", "镇域"}


def _kind_of_asked(owner: str, asked: str) -> bool:
    """Whether the owner of a dimension is the word for the kind of what the question names.

    >>> _kind_of_asked("岛屿", "西巴丹岛的面积有多大？"), _kind_of_asked("岛屿", "巴黎的面积有多大？")
    (True, False)
    """
    return owner in _KIND_WORDS and re.search(re.escape(owner[0]) + r"(?:的|总)", asked) is not None


# A date question about when something began or ended ("从哪天开始"), and a span of dates, whose
# ends say it ("利用9月13日至23日两周的时间，开展…听评课": it began on the 13th)
_SPAN_END = {"开始", "起", "启动", "结束", "截止", "完成"}
# A start said as from a date: "于2007年4月起担任", "自1990年开始"
_FROM_DATE = re.compile(r"[0-9０-９一二三四五六七八九十]+\s*[年月日号]\s*(?:开始|起)")
_DATE_SPAN = re.compile(r"[0-9０-９一二三四五六七八九十]+[年月日号][^，,。；;]{0,3}?(?:至|到|—|–|~|～)[0-9０-９一二三四五六七八九十]")
# A clause after a count that says what those counted make up (组成农技专家服务团)
_MAKE_UP = re.compile(r"(?:组成|组建|构成|成立|成为|担任|充实)")
# Matters, which the text may count by 件 alone.
_MATTERS = {"事", "事情", "事项", "事儿"}
# Nouns a measure says by itself ("解决企业用工…服务保障3件", "共修订了2558处"): the number needs no noun beside it
_SAID_BY_MEASURE = {"件": _MATTERS, "处": {"地方", "地点"}}
# How a company's name ends, by its legal form or its trade (鲁洪公司, 华信塑胶, 泰星新材料).
_COMPANY = re.compile("(?:" + "|".join(sorted(forms.COMPANY_ENDINGS)) + "|厂)$")
# Taking part in a contest, and coming out of it: the classes "被评为最美图书角" are not all that
# took part ("有多少个班级参加了评选")
_TOOK_PART = re.compile(r"参加|参与|参赛|报名|参评|参选")
_CAME_OUT = re.compile(r"脱颖而出|评为|获评|入选|获奖|胜出|晋级|荣获")
# A change asked of a sum ("工业产值涨了多少"), and the measures it may be told in.
_CHANGE = re.compile(r"(?:涨|增长|增加|提高|提升|上升|上涨|下降|降低|减少|下滑|回落)了?$")
# Words of a change just before its amount ("粮食增产3200万公斤", "新增面积20亩")
_CHANGED = re.compile(r"增产|减产|增收|减收|新增|增加了?|减少了?|增长了?|提高了?|下降了?")
_CHANGE_MEASURES = {"%", "％", "个百分点", "倍", "成", "元", "万元", "亿元"}
# Kinship words as the text may shorten them ("琅邪王司马伷之子", "为孙权皇后")
_OFFSPRING = {"孩子", "子女", "儿女", "小孩", "儿子", "女儿"}  # (counted: 育有1子及1女)
# Someone's child by its rank, which counts none: "与…小野铃藏的四女みどり结婚"
_RANKED_CHILD = re.compile(r"的[二三四五六七八九十][子女男](?!儿)")
# Coming to the throne, asked in plain words: "谁当了皇帝", "谁继承了王位"
_ENTHRONED = re.compile(r"(?:当|做|成为|当上|坐上)了?(?:皇帝|国王|君主|天皇|可汗|女王|王)|继承了?(?:皇位|王位|帝位)")
_KIN = {"儿子": "子", "女儿": "女", "妻子": "妻", "丈夫": "夫", "父亲": "父", "母亲": "母", "皇后": "后",
        "哥哥": "兄", "弟弟": "弟", "姐姐": "姐", "妹妹": "妹", "孙子": "孙", "生母": "母", "生父": "父", "孩子": "子",
        "太太": "太太", "老婆": "老婆", "祖父": "祖", "爷爷": "祖"}  # (strict too; the text may say 太太 itself)
# "X的妻子叫什么" asks a name, as "叫什么名字" does ("苏镜宇的原名叫什么", "X又叫什么": the subject's own)
_KIN_CALLED = re.compile(r"(的(?:" + "|".join(_KIN) + r"|女友|男友|女朋友|男朋友|未婚妻|未婚夫|夫人|师父|徒弟|助手|教练))"
                         r"(?:叫|姓)什么(?=[？?]?$)")
# What a kin does ("迟子建的父亲是做什么的"): no kind of answer, but told where the text speaks of them
_KIN_DOES = re.compile(r"的(" + "|".join(_KIN) + r")(?:是做什么的|是干什么的|从事什么(?:职业|工作)|是什么职业|做什么工作)(?=[？?]?$)")
# A code asked for (its 编号, 代码…): a name, not a number
_ASKS_CODE = re.compile(r"(?:编号|代码|代号|型号|号码|编码|番号|车牌号?)(?:是|为)?$")
# Words for a sum that say nothing of which it is (投资金额: 投资 says it)
_ANY_SUM = {"钱", "资金", "金额", "费用", "数额", "总额", "额度"}
# Roles held by people (书记, 镇长, 作者, 生母): the name beside them must be a person's. Other
# roles (赞助商, 主办单位) may be held by an organisation (索尼公司).
_PERSON_ROLE = re.compile(r"(?:长|书记|主任|员|家|师|者|人|生|母|父|妻|夫|子|女|兄|弟|姐|妹|王|帝|后|妃|总裁|经理|董事|"
                          r"主编|编辑|导演|编剧|主演|作曲|作词|编曲|监制|制片|主持|配音|伴侣|搭档|教练|队长|代表|顾问|委员|指挥|手|星|孩子|孩|童|少年|青年|士|先生|"
                          r"主席|总统|总理|首相|总监|"
                          # (an official of old: 府尹, 太守, 县令, 丞相, 大臣, 总督, 巡抚, 节度使; not a commander,
                          # 统帅, whom a text names by what he led: "路易二世…率领的法国军队")
                          r"尹|太守|(?<![命法口指])令|丞相|宰相|臣|君|督|抚|丞|卿|侯|官|(?<!天)使)$")
# The head of an office or a body (镇长, 校长, 行长), which jieba's tagger reads as a verb after 的
_HEAD_OF = re.compile(r"[镇县市省村区乡校院局处部科厂行社会组站所馆团队班州郡府]长")
# A figure asked of a country or a market: "在中国大陆的票房", "住在乌克兰的鄂温人有多少"
_IN_MARKET = re.compile(r"在([\u4e00-\u9fff]{2,5})的")
# A subject ("word/flag") that is a body, a place or a work, whose name is not a person's.
_THING = re.compile(r"/n[tsz]$|(?:公司|集团|组织|机构|银行|协会|学会|委员会|乐队|乐团|球队|俱乐部|品牌|产品|节目|频道|"
                    r"杂志|报|刊|书|作品|小说|诗集|剧|影片|歌曲|专辑|唱片|单行本|论文|软件|游戏|网站|大学|学校|学院|医院|"
                    r"工厂|车站|省|市|县|区|镇|乡|村|街道|社区|院|馆|所|局|厂|站|线|路|桥|寺|园|工程|中心)/")
_LIGHT_VERBS = {"是", "有", "为", "在", "做", "进行", "叫", "称", "用", "给", "让", "使", "被", "要", "会", "能",
                "可以", "达到", "达", "共", "一共", "总共", "累计", "得", "了", "过", "到", "多", "大", "长", "来",
                "去", "成", "说", "干", "搞", "弄", "由", "担任", "属于", "位于", "叫做", "叫作", "称为", "称作", "作为", "需要", "需",
                # (a verb's direction or result, which the text leaves out: "申请下来的补贴", 申请补贴)
                "下来", "上来", "出来", "起来", "回来", "过来", "进来", "下去", "上去", "出去", "回去", "进去",
                # (an intention, which the text tells by what is striven for: 力促, 力争)
                "打算", "准备", "想", "想要", "希望",
                # (that it can, or only then: "几岁才能生育", "要到4岁才可以繁殖")
                "才能", "才可以", "能够"}

# An English question asking when something stopped running ("When did … stop running?").
_EN_STOPPED = re.compile(r"\b(?:stop|stopped|stops|shut down|closed? down|cease[ds]?)\b", re.I)
# An English question asking when building began ("When did construction of … begin?"): 动工
_EN_BUILDING_BEGUN = re.compile(r"\bconstruction\b.*\b(?:begin|began|start|started)\b|\b(?:begin|began|start|started) (?:the )?construction\b"
                                r"|\bbreak ground\b", re.I)

# An English question asking when something opened, and the words a text says it by
_EN_OPENED = re.compile(r"\bopen(?:ed|s)?\??$|\bopen(?:ed|s)? (?:in|on|to the public)\b", re.I)
_OPENED = ("启用", "开通", "通车", "开业", "开幕", "开放", "落成", "投入使用", "投入服务")

# Verbs that say nothing beside 角色/作用 ("扮演哪几种角色": the text's 发挥“四种角色”作用).
_ROLE_VERBS = {"扮演", "充当", "担当", "发挥", "起到", "承担"}

# The nouns a which-question names a class of forms.MEMBERS by (什么颜色, 哪个班级, 哪所大学).
_MEMBER_NOUNS = {"颜色": "colour", "色": "colour", "班级": "class", "班": "class", "省": "province", "大学": "school",
                 "学校": "school", "学院": "school", "中学": "school", "小学": "school", "高中": "school", "品牌": "brand", "牌子": "brand",
                 "科目": "subject", "学科": "subject", "年级": "grade", "民族": "ethnic", "族": "ethnic",
                 "报纸": "paper", "报": "paper", "书": "work", "书籍": "work", "著作": "work", "作品": "work",
                 "小说": "work", "诗集": "work", "电影": "work", "影片": "work", "歌曲": "work", "专辑": "work",
                 "论文": "work", "代表作": "work", "血型": "blood", "奖牌": "medal", "政党": "party", "党派": "party",
                 "电视台": "broadcaster", "电台": "broadcaster",  # (not 频道: "定频在哪个频道" is 65频道)
                 # (a faith by its name's ending, 东正教; a nerve by its, "由哪条神经支配" is 面神经)
                 "语言": "language", "语种": "language",  # (英语, 梵文: "用什么语言广播")
                 "宗教": "religion", "神经": "神经", "形状": "shape",
                 # (a line by its name's ending: 广州地铁五号线, 宁西铁路)
                 "地铁线": "线", "铁路线": "铁路", "铁路": "铁路"}

# What the things counted are about: "关于民法典的选题", "民法典方面的选题"
_TOPIC_FIRST = re.compile(r"^(?:关于|有关)[^的，,？?]{1,10}的")
_TOPIC = re.compile(r"(?:关于|有关)([\u4e00-\u9fff]{2,8}?)(?:方面|相关)?的|([\u4e00-\u9fff]{2,6}?)(?:方面|相关)的")

# Question words (a subject holds none; each half of a two-part question holds one)
_WH = r"多少|几|什么|哪|谁"

# Particles a spoken question ends with (not 呢: "…呢？" is a follow-up).
_CHATTY_END = re.compile(r"[呀啊吧哦嘛哈]+(?=[？?！!。.\s]*$)")


def _without_chatty_end(question: str) -> str:
    """The question without a spoken particle at its end ("司马晏是谁的儿子呀？": 呀 asks nothing),
    unless the particle ends a word (喇嘛, 酒吧).

    >>> _without_chatty_end("司马晏是谁的儿子呀？"), _without_chatty_end("明朝之后只有谁才能被称为喇嘛？")
    ('司马晏是谁的儿子？', '明朝之后只有谁才能被称为喇嘛？')
    """
    m = _CHATTY_END.search(question)
    words = tagged(question[:m.end()]) if m else []
    if not words or not words[-1][0].endswith(m.group(0)) or len(words[-1][0]) > len(m.group(0)):
        return question
    return question[:m.start()] + question[m.end():]


# Verbs ending in 为: "作为什么", "被称为什么" ask what, not why. (Not 名为: "几经改名为什么最后改为…")
_AS = {"作为", "成为", "称为", "视为", "改为", "认为", "列为", "定为", "评为", "选为", "封为", "译为", "变为",
       "转为", "升为", "任为", "誉为", "尊为", "误为", "化为", "分为", "设为", "谥为"}

# A total asked, one day or one season told, and a total told so far
_TOTAL = re.compile(r"一共|总共|共计|总计|累计|生涯")
_ONE_TIME = re.compile(r"[0-9０-９一二三四五六七八九十]+月[0-9０-９一二三四五六七八九十]+日|隔年|翌年|次年|该赛季|当季|同年")
# (总投资, 总数: a total; "至7月14日的8时00分": up to a day)
_SO_FAR = re.compile(r"累计|共计|总|一共|截至|截止|至今|至此|全线|生涯|[共合]有|(?<![0-9０-９年月日号])至\s*[0-9０-９一二三四五六七八九十]{1,4}\s*[年月]")
# The words that tell how a name came about ("因…而得名", "以…的名字命名"), and its deeds
_NAME_ORIGIN = ("得名", "命名", "取名", "名字", "名称", "称为", "称作", "叫做", "叫作", "名为", "故名", "故称", "又称",
                "人称", "号称", "世称", "雅号", "美誉", "之称", "誉为", "称号", "绰号", "外号")  # (a sobriquet: "遂获「民族英雄」雅号")
# A sobriquet told after what earned it: "年仅四十岁，须发皆黑，人称“乌头宰相”"
_CALLED_SO = re.compile(r"(?:遂|故|因而|所以)?(?:人称|世称|时称|号称|人们称|被称为|被誉为|获[^，,。]{0,10}(?:雅号|美誉|称号|之称))")
_NAMED_FOR = re.compile("得名|命名|取名|故(?:又|亦|也)?(?:名|称)")
# What a thing is likened to, which may give it its name ("类似牛肝": 牛肝菌), and the name asked
_LIKENED = re.compile(r"(?:类似|形似|状似|酷似|貌似|好似|像|如同|宛如|状如|形如)于?([\u4e00-\u9fff]{2})")
_NAME_ASKED = re.compile(r"(?:叫|称为|称作|名为)[做作]?[“「]?([\u4e00-\u9fff]{2,8})")
# Whom an actor plays in a work, asked ("大桥望美在《白之春》里演谁"), and a part played told (饰演,
# not 主演: a lead names no part)
_PLAYS_ASKED = re.compile(r"^(?P<actor>[^，,在于]{2,12}?)[在于]?《[^》]+》(?:里面|里|中|内)?(?:饰演|扮演|演)的?是?(?:谁|哪个角色|什么角色)")
_PLAYING_TOLD = re.compile(r"饰演|扮演|(?<![装修服首])饰(?![品物])|演(?:的是|了)")
# Whom something is named after, asked and said: "以谁的法号命名", "以觉光会长法号命名"
_NAMED_AFTER_WHOM = re.compile(r"以谁的?[\u4e00-\u9fff]{0,3}命名")
_NAMED_AFTER = re.compile(r"以[^，,。；;以]{2,12}命名")
# Whom something honours, asked and told: "喷泉是为纪念谁而设的", "…，以纪念奥地利皇帝斐迪南一世"
_HONOURS_WHOM = re.compile(r"纪念(?:的是)?(?:谁|哪位|哪一位)")
_HONOURS = re.compile(r"纪念[^，,。；;]{2,20}")
# Why something is called so: "为什么得此名", "为什么该站称作北土城站", "月代为什么被称为萝卜头"
_CALLED = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?<![能可堪])(?:得(?:此|这个|该)?名|被?(?:称作|称为|叫做|叫作|叫|名为|命名为?)|取名)"
                     r"|得(?:此|这个|该)?名$")
# A clause that follows from the one before it (after the doer, too: "诸葛亮于是上表…"; not "对于是否";
# 故 alone, "故破魔矢不须造有尖锐的箭头", not 故事, 故乡…)
_THEREFORE = re.compile(r"\s*(?:[\u4e00-\u9fff]{1,4}?(?<![对至关由基鉴属终])(?=于是|因此|因而|遂(?![心愿意])))?(?:于是(?!否)|因此|所以|因而|故而|从而|遂|故(?![事宫乡居意障人址城都里园国土]))")
# What followed within the clause, after what brought it about: "大门多开六扇后遂以六扇门代指官府"
# (not 遂心, 遂愿: a wish fulfilled)
_THEREUPON = re.compile(r"[\u4e00-\u9fff]{4}后?遂(?![心愿意])")
# An occasion, which tells when as well as a date: "在受惊或者紧张的表情的时候颈阔肌会运动"
_OCCASION = re.compile(r"(?:在|当|每当)[^，,。；;]{2,16}(?:的时候|之时)|"
                       r"(?:在|于)(?:夜间|日间|白天|晚上|夜晚|夜里|清晨|早晨|黄昏|傍晚|凌晨)")  # (a time of day: "在夜间猎食")
# A condition and what follows on it: "描写当戴夫无法胜任工作时（…），就会出现近似于歇斯底里的状态"
_CONDITION = re.compile(r"(?:当|一旦)[^，,。]{2,}(?:时|的时候)(?:[（(][^）)]*[）)])?[，,]?$")
_THEN = re.compile(r"\s*(?:就|便|则|即)")
# What one was driven to by what came before: "…不幸感染肺结核，花了5年的时间疗养，同时也不得不开始思考转换志向"
_FORCED = re.compile(r"\s*(?:同时|于是)?(?:也|亦|便|就|才)?(?:不得不|只好|只得|被迫|不得已)")
# What the clause before shows, its grounds: "大的矢状嵴可以连接强壮的下颌骨肌肉，显示牠有咬劲"
_SHOWS = re.compile(r"\s*(?:这|此)?(?:显示|表明|说明|证明)(?:了|出)?(?:牠|它|他|她|其)")
# Why someone would not do something, and the consequence feared that tells it
UNWILLING_ASKED = re.compile(r"(?:为什么|为何)(?:不(?:愿意?|肯|想|敢)|拒绝)")
FEARED = re.compile(r"(?:假若|假如|如果|倘若|若是|要是|一旦)[^，,。；;]{1,24}?(?:将会|就会|便会|则会|会)")
# Someone's account of why, told as theirs: "林瑞麟解释副局长并非“主要官员”" (not 作出解释, 解释权)
_EXPLAINS = re.compile(r"(?<![的作做出以予加给])解释(?:说|道|称|指)?(?![权为了过])(?=[\u4e00-\u9fff“「])")
# What is numbered, not dated, when "几号" asks of it
_NUMBERED = re.compile(r"编号|号码|背号|球衣|图鉴|门牌|学号|工号|序号|房间|座位|车次|线路|公交")
# Words for before, which ask an earlier name ("大环道原来叫什么")
_BEFORE = "以前|原来|过去|曾经|原先|早先|从前|最初|起初|最早|当初"
# 几 that asks how many: not 几 of 几乎, 几内亚, 几何 (Guinea's currency code is no number)
HOW_MANY_JI = r"几(?!乎|内亚|何)"
# Kinds of other name a question may ask for, and how a sentence says each ("俗称什么": 俗称 or 俗名)
ALIAS_KINDS = {"俗称": "俗[称名]", "俗名": "俗[称名]", "别名": "别[名称]", "别称": "别[名称]", "简称": "简称",
               "昵称": "昵称", "外号": "外号|绰号", "绰号": "外号|绰号", "学名": "学名", "又译": "[又亦也]译|译[作为名]",
               "小名": "小名|乳名|幼名", "乳名": "小名|乳名|幼名"}
# Question words -> kind. Order matters: the first match wins ("多长时间" before "多少").
_KINDS = [
    # (带兵时多大: a person's age at the time; not "面积有多大"; and 多大时就出任…: the age one did something at,
    # but not how long a thing takes to come, below)
    # (or someone named after the time: "跟随努尔哈赤的时候，努尔哈赤多大", which _age checks is a name)
    ("age", re.compile(r"多大年纪|多大岁数|年龄|几岁|多少岁|多大了|时候?(?:才|只有|已经?)?多大(?=[？?]?$)|"
                       r"时候?[，,](?P<who>[\u4e00-\u9fff·]{1,8}?)(?:才|只有|已经?)?多大(?=[？?]?$)|"
                       r"多大(?:时|的时候)(?!(?:才|就|会|可以|开始)?(?:性?成熟|断奶|成年|离巢))|how old|what age", re.I)),
    # how often: "多久开一次交流会" is answered by 每季度 (before duration: 多久 asks it too)
    ("frequency", re.compile(r"多(?:久|长时间)[^，,？?]{0,6}一次|隔多(?:久|长时间)|how often", re.I)),
    # (那几年, 近几天, 这几个月: a time, not a question)
    # (months, not a station's platforms or a moon cake: "有几个月台")
    # (not a word 年 begins: "以多少年薪签入" asks a sum, "几年级" a grade)
    # (and an age by how long it takes to come: "多大成熟" is "18-20月时公鸟成熟", not its size)
    ("duration", re.compile(r"多大(?:时|的时候)?(?:才|就|会|可以|开始)?(?=性?成熟|断奶|成年|离巢)|多长时间|多久|多少天|多少年(?![薪级代度份终费])|多少个月(?![台票饼球])|多少小时|多少分钟|(?<![那这近前头几哪])几(?:天|年(?![薪级代度份终费])|个月(?![台票饼球])|个小时|分钟)|"
                            r"how long(?! (?:is|are|was|were) (?!it\b))", re.I)),  # (how long is the line: a length)
    ("date", re.compile(r"什么时候|什么时间|何时|哪一年|哪年|哪几年|哪些年|哪几个月|几几年|哪一天|哪天|几月|几号|哪个月|几点|哪一日|何年|"
                        r"什么年代|哪个年代|\bwhen\b|(?:what|which) year|(?:what|which) date|what time", re.I)),
    # how two differ: "…和精神科医生最大的不同在哪里" is no place; "两者最重要的分别是…" tells it
    ("contrast", re.compile(r"(?:不同|区别|差别|差异)(?:之处)?(?:在哪里?|在于什么|是什么|有哪些|在什么地方)|分别在(?:哪里?|于什么)|"
                            r"有(?:什么|哪些|何)(?:不同|区别|差别|差异)")),
    # (and how a name came about: "名字是怎么来的" is answered by "因…而得名")
    # (not 为, is, before 什么 at the end: "潮流用语多为什么" asks what they mostly are; a verb's 为,
    # "被追谥为什么", is _AS's, which _reason turns away)
    ("reason", re.compile(r"(?<![多均皆即])为什么|为什么(?![？?]?$)|为何|什么原因|原因是什么|何故|怎么会|(?:名字|名称)(?:是)?(?:怎么|如何)来的|"
                          r"(?:名字|名称)的?(?:由来|来源|来历|出处)|(?:名字|名称)(?:来自|来源于|源于|源自)什么|"
                          r"(?:因何|如何|怎么)得名|\bwhy\b", re.I)),
    ("money", re.compile(r"多少钱|(?:花了|花费|费用|经费|工资|薪水|补贴|预算|投资|投入|金额|资金|成本|造价|价格|售价|"
                         r"票价|车费|车资|船费|学费|奖金|捐款)(?:是|有|为|达|共|一共|总共|大概|大约)?多少(?![个名家项人位])|how much money|"
                         r"\bcost\b|\bprice\b|how much (?:[a-z-]+ ){0,3}?(?:subsid|fund|investment|budget|loan)|"
                         r"how much (?:did|does|do|will|has|have)\b.{0,60}\b(?:spend|pay|invest|donate|raise|lend)\b|"
                         r"\bwhat (?:is|was|are|were) the (?:[a-z-]+ ){0,2}?(?:investment|budget|funding|output value|revenue|income|turnover)\b",
                         re.I)),
    # another name: "还有什么别名", "又叫什么" (before a person's: "原名叫什么名字" asks it too)
    # (a courtesy or an art name: "安昌浩字什么", "蒋庆号什么"; not 名字, 型号, 编号, 口号)
    # (not who gave it: "沼鹿的学名是谁命名的")
    ("alias", re.compile("(?:" + "|".join(ALIAS_KINDS) + r")(?![^，,？?]*(?:谁|哪位))|(?<![名数汉文型编口代番账信序谥年国庙尊封称旗])(?:字|号)(?:是|为)?什么[？?]?$|"
                         r"(?:又|还|也|亦)(?:可以|可|被)?(?:叫|称|名|译)(?:做|作|为)?什么|"
                         r"(?:原|本)名(?:是|叫)?什么|小时候(?:叫|的名字)|"  # (a childhood name: "小时候叫什么名字", 幼名)
                         r"(?:" + _BEFORE + r")(?:叫|称|名为)过?(?:做|作)?什么|"
                         # (another name by that word: "魔弹理论的另一个名称是什么")
                         r"(?:另一?个?|其他|其它|别的|另外的?)(?:名称|名字|称呼|叫法)|"
                         # (a name given: "给食鬼天狗起了什么名字", "并取名「春华」")
                         r"(?:起|取)了?(?:个|一个)?什么(?:样的)?名|"
                         r"(?:又|还|也|亦)(?:可以|可|能)?(?:写|表记)(?:成|作|为)什么")),  # (another spelling)
    ("person", re.compile(r"谁|哪位|哪个人|什么人物|叫什么名字|姓名是|的姓名[？?]?$|\bwho\b|\bwhom\b|"
                          # (which of one's kin: "杀了吴少诚的哪个儿子")
                          r"哪一?个(?=(?:" + "|".join(_KIN) + r")[？?]?$)|"
                          r"\bname of [\w' ]*\b(?:secretary|principal|director|mayor|chairman|president|head|leader|"
                          r"chief|manager|reporter|correspondent|editor)\b", re.I)),
    # a class whose members' names show it (forms.MEMBERS): 什么颜色, 哪个班级, 哪所大学
    ("member", re.compile(r"(?:(?<!为)什么|哪(?:一|个|家|所|座|种|条|片|份|本|部|首|张)?)("
                          + "|".join(sorted([*_MEMBER_NOUNS, *forms.NAMED_BY], key=len, reverse=True)) + ")")),
    # (the class named before the question word: "1779年佛蒙特州西部的县是哪个")
    ("member", re.compile(r"的(" + "|".join(sorted([*_MEMBER_NOUNS, *forms.NAMED_BY], key=len, reverse=True))
                          + r")(?:是|为)哪(?:一个|一|个)[？?]?$")),
    ("member", re.compile(r"(颜色)(?:是|为)什么[？?]?$")),  # (a colour asked after its noun: "车站颜色是什么", "此站的颜色是樱色")
    # (a work's title asked after it: "第一件作品叫什么", "这部电影的名字是什么")
    # (a paper's: "博士论文题目是什么", which "1934年获博士学位" does not tell)
    ("member", re.compile(r"(书|著作|作品|小说|诗集|电影|影片|歌曲|专辑|论文)的?(?:名字|名称|题目|书名|片名)?(?:叫做?|是|为)什么")),
    ("source", re.compile(r"从哪(?:里|儿)?来|从何(?:而|处)?来|来源是什么|来自哪里|[来源]自什么(?=[？?]?$)")),
    # how a thing is eaten ("北斗阿南鱼的烹饪方式", "作为食用鱼要怎么吃"): before food, which 吃 asks too
    ("cooking", re.compile(r"烹[饪调]|(?:怎么|怎样|如何)(?:吃|食用|烹|煮)|吃法|食用方[法式]")),
    # what an animal eats: "平时吃什么" is answered by "主要以水果为食物", not by its length
    ("food", re.compile(r"吃(?:些)?(?:什么|哪些|啥)|以(?:什么|哪些|何)(?:[\u4e00-\u9fff]{1,3}?)?为(?:主)?食|食物(?:是|有)(?:什么|哪些)")),
    # (a region too: "分布在什么地区", "分布区域是哪些")
    ("place", re.compile(r"哪里|在哪(?![几位两三四五六七八九十]|(?:些|一|个)?方面)|什么地方|哪个地方|何处|何地|哪个城市|哪些城市|哪个国家|哪一?国(?!际|[国王皇君])|"
                         r"(?:什么|哪个|哪些|哪一)(?:地区|区域)|分布区域|\bwhere\b", re.I)),
    ("list", re.compile(r"哪些|哪几[个项种类条支家大方面]?|哪[两三四五六七八九十]+[个项种类条支家大系派]|有哪(?![些几两三四五六七八九十])|分别是|which (?:ones|\w+s)\b", re.I)),
    # (哪几种, 哪几个: a list is asked for, not a number; 有哪 only when no 哪些 follows, which would
    # leave 些 for the noun asked for)
    ("count", re.compile(r"多少|(?<![哪那这近前头茶])" + HOW_MANY_JI + r"|(?<![很许好众诸较更最])多(?:高|长|宽|深|远|重|厚|大)(?![家量]|(?<=大)学)|how many|how much|how long|how far|how big|how large|how high|how tall|how wide|how deep|"
                         r"\bwhat (?:is|was|are|were) the (?:[a-z-]+ ){0,3}?(?:area|length|height|weight)\b|"
                         r"\bwhat (?:is|was|are|were) [\w' -]{1,40}?'s (?:[a-z-]+ ){0,2}?(?:area|length|height|weight)\b|"
                         r"number of|what score|what percentage|\bpopulation\b", re.I)),
]


@dataclass
class Wanted:
    """The kind of answer a question wants and the words that must stand beside it."""

    kind: str
    focus: list[str] = field(default_factory=list)  # any of these near the answer (synonyms count)
    context: list[str] = field(default_factory=list)  # these anywhere in the paragraph
    measures: set[str] = field(default_factory=set)  # count: the measure words the number may carry
    grain: str = ""  # date: "year", "day", "clock" or "" (any date or time)
    of: str = ""  # member: the class asked for, a key of forms.MEMBERS ("colour"…) or a noun of forms.NAMED_BY
    # member: the office or part of a place of that class the question asks after it ("哪个郡的太守":
    # 太守), which a place's name before it answers ("长沙太守")
    office: str = ""
    strict: bool = False  # person: a name is needed (not a role): "X的书记是谁?"
    ordinal: bool = False  # count: 第几批 asks for 第一批
    # count: the measures are units of what is measured ("面积有多大": 平方米, 亩…), which say what the
    # number is wherever the paragraph names what is asked about ("剃刀嘴凤冠雉…鸟类，长达89厘米")
    units: bool = False
    # count: what the counted did or had done ("有多少家商户更换了牌匾": 更换, 牌匾), half of which
    # the paragraph must say (with synonyms)
    predicate: list[str] = field(default_factory=list)
    # count: "合伙人里有多少名核心合伙人" asks for a part of a whole, so the sentence itself must say
    # what sets the part apart (核心), not only its paragraph ("各类合伙人192人" counts the whole)
    part: bool = False
    # count, money: "每个月到企业几次" asks a rate: the sentence must say it per that (每月, 一个月,
    # 月均), not in all ("开展对接指导20余次")
    per: str = ""
    whose: bool = False  # person: "是谁的长子" — "地粟袁的长子" answers it, whatever the name
    # person: the noun after 哪位 ("哪位刀匠打造的": 刀匠), after which a text may give a name jieba
    # does not know ("命令刀匠青江恒次所铸")
    titled: str = ""
    # person: whoever did what the question says ("由谁负责复查", "是谁提出的"), not whom it was
    # done to ("归降了谁") or whose it is ("参加了谁的专辑"): a sentence naming nobody does not say
    doer: bool = False
    # reason: the words of what is explained; half of them beside a cause do as well as a focus
    # word ("为什么关闭武馆": "因习武风潮日渐衰退而结束武馆")
    about: list[str] = field(default_factory=list)
    asked: str = ""  # the question: a name it contains itself is not an answer to it
    # money: what the sum is, by the question's money words ("投资金额是多少": 投资, 金额); a sum
    # said to be another ("投产…预计新增销售收入2000万元") is no investment, whatever else it names
    sum_of: tuple[str, ...] = ()
    # money: the word that names which sum it is, before the money word ("技改补贴": 技改); the
    # text may say the sum in its own words after it (技改奖补资金)
    named_by: str = ""
    # count, money: the company whose amount it is ("鲁洪公司的工业产值"): named in the sentence,
    # unless the sentence goes on without a subject of its own ("完成…", "该公司…")
    owner: list[str] = field(default_factory=list)
    # the question's words may stand in the sentence as other words sharing a character with them
    # (老师: 教师, 改好: 整改, 出入口: 出口): looser, so only for the best sentence when none holds
    loose: bool = False

    @property
    def soft(self) -> bool:
        """Kinds whose answers are too varied to recognise reliably (a place, whoever did
        something, a list): sentences with one come first, but none is no reason to abstain."""
        return self.kind in ("place", "list", "alias", "contrast") or (self.kind == "person" and not self.strict)

    @property
    def roams(self) -> bool:
        """Whether an answer may come from another article than the best sentence's: an agent, whom
        another article may name. A place or a list is looked for in the best one (on CMRC looking
        further lost first citations: another article's place answers another question), unless by
        today's name, which an aside gives only where it is meant ("（今苏格兰）")."""
        return (self.soft and self.kind not in ("list", "place")) or (self.kind == "place" and bool(_NOW_ASKED.search(self.asked)))

    @classmethod
    def follow_up(cls, question: str, previous: str) -> "Wanted | None":
        """For "党员教育师资呢？" after "兖州区筛选出多少名党员教育名师？": the previous question's
        kind, about what the follow-up names; None for a follow-up that asks its own question.

        >>> Wanted.follow_up("党员教育师资呢？", "兖州区筛选出多少名党员教育名师？").focus
        ['师资']
        >>> Wanted.follow_up("微山县呢？", "兖州区拍了多少部专题片？").focus
        ['专题片']
        >>> Wanted.follow_up("固定资产投资呢？", "刁镇街道11月份工业产值是多少？").sum_of
        ('投资',)
        """
        if cls.parse(question) is not None or not re.search(r"呢[？?]?$", question.strip()):
            return None
        wanted = cls.parse(previous)
        words = _noun_phrase(re.sub(r"^(?:那么?|还有|另外)", "", question.strip()))
        words = [w for w in words if any(f != "t" for _, f in tagged(w))]  # ("现在呢？": the same, now)
        # ("微山县呢？" after "兖州区拍了多少部专题片？": the same question, of another place)
        words = [w for w in words if not (forms.place_name(w) or any(f == "ns" for _, f in tagged(w)))]
        if wanted is None or not words:
            return wanted
        # (the measure does not carry over: "占地多少亩？" then "那建筑面积呢？" — 平方米; nor which
        # sum: "工业产值是多少？" then "固定资产投资呢？" asks an investment)
        wanted.focus, wanted.context, wanted.measures = words[-1:], words[:-1], set()
        wanted.sum_of = tuple(n for n in forms.MONEY_NOUNS if words[-1].endswith(n) and n not in _ANY_SUM)[:1]
        wanted.named_by = ""
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
        >>> Wanted.parse("金乡县2021年发展党员多少名").measures == {"名", "人", "位", "员"}  # (nothing after the measure)
        True
        """
        question = _without_chatty_end(question)
        question = _KIN_CALLED.sub(r"\1叫什么名字", question)  # ("王天成的妻子叫什么": a name)
        for kind, pattern in _KINDS:
            m = pattern.search(question)
            wanted = m and (getattr(cls, "_" + kind)(question, m) if hasattr(cls, "_" + kind)
                            else cls(kind, focus=_verbs(question, m.group(0))))
            if wanted:  # (None: the words only look like this kind's, try the next)
                wanted.asked = question
                if not has_cjk(question):  # English words are never in the text
                    wanted.focus, wanted.context = [[w for w in words if has_cjk(w)]
                                                    for words in (wanted.focus, wanted.context)]
                return wanted
        return None

    def in_chinese(self, query: str) -> "Wanted":
        """An English question's want, given its Chinese query terms: "Who is the president of
        Mingquan Group?" asks a name, as "明泉集团总裁是谁" does (the role's translation may be
        another's: president is 校长 first, so any name will do). Other kinds stay as parsed.

        >>> Wanted.parse("Who is the party secretary of Yinsi town?").in_chinese("党 书记 寅寺 镇").strict
        True
        >>> Wanted.parse("When did the music line stop running?").in_chinese("乐 行 止").focus
        ['停运']
        >>> Wanted.parse("When did Dashadong station open?").in_chinese("大沙东 站 开").focus[:2]
        ['启用', '开通']
        """
        if self.kind == "person" and roles(query) and re.match(r"who (?:is|was) the\b|what(?:'s| is| was) the name of\b", self.asked.strip().lower()):
            return dataclasses.replace(self, focus=[], strict=True)
        if self.kind == "date" and _EN_STOPPED.search(self.asked):
            return dataclasses.replace(self, focus=["停运"])  # (a stop is dated by one, not by 投入运行)
        if self.kind == "date" and _EN_BUILDING_BEGUN.search(self.asked):
            return dataclasses.replace(self, focus=["动工"])  # (as "开始施工" is: "1989年…动工兴建")
        if self.kind == "date" and _EN_OPENED.search(self.asked):
            return dataclasses.replace(self, focus=list(_OPENED))  # (not 开工: "When did … station open" is 启用)
        return self

    @classmethod
    def _reason(cls, question: str, m: re.Match) -> "Wanted | None":
        """ "变化为什么形状？", "被评为什么园区？" ask what (为 + 什么 + a noun), not why."""
        rest = [(w, f) for w, f in tagged(question[m.end():]) if f != "x"]
        if m.group(0) == "为什么" and question[m.start() - 1:m.start() + 1] in _AS:
            return None  # "甲醇钠可作为什么发生反应": 作为 + 什么
        if m.group(0) == "为什么" and (all(f[0] in "nju" or f == "vn" for _, f in rest) if rest
                                    else re.search(r"[名称叫译]|[命授拜奉美夸]$", question[:m.start()])):
            return None  # (and "X俗称大冠鹫为什么？", "改名为什么？"; 作为/评为…: _AS above)
        if ("为什么" not in m.group(0) and re.search("名", m.group(0))) or _CALLED.search(question[m.end():]) \
                or _CALLED.search(question[:m.start()].rstrip("又也都")):
            return cls("reason", focus=list(_NAME_ORIGIN))  # (how a name came about: "安贞门站为什么得此名")
        # (the verb after a modal may be tagged a noun: "为什么会消失", 会/v 消失/n)
        modal = bool(re.match(r"(?:会|能|要|才)", question[m.end():]))
        return cls("reason", focus=_verbs(question, m.group(0), or_word=modal), about=_content_words(question[m.end():]))

    @classmethod
    def _contrast(cls, question: str, m: re.Match) -> "Wanted":
        return cls("contrast")  # (what differs is told of both, in the article the best sentence is in)

    @classmethod
    def _age(cls, question: str, m: re.Match) -> "Wanted | None":
        """How old someone was at a deed (its verbs); at their death, beside a death (逝世，终年69岁),
        not at another deed ("以仁王死的时候多少岁": not "15岁的以仁王…秘密举行了冠礼").

        >>> Wanted.parse("以仁王死的时候多少岁？").holds("同年，15岁的以仁王秘密举行了冠礼。", "")
        False
        >>> w = Wanted.parse("院落党支部书记多大年纪？")
        >>> w.holds("“也想力所能及地干一点事情。”69岁的老党员翟成淮说。", ""), w.holds("当时年仅58岁的王明任书记。", "")
        (False, True)

        Someone named after the time: "…的时候，努尔哈赤多大" asks his age; "建成的时候，面积多大" a size.

        >>> Wanted.parse("额亦都跟随努尔哈赤的时候，努尔哈赤多大？").kind, Wanted.parse("大桥建成的时候，面积多大？").kind
        ('age', 'count')
        """
        who = m.groupdict().get("who")
        if who and not (who in "他她" or all(f in ("nr", "nrt", "r") for _, f in tagged(who))):
            return None
        if _AT_DEATH.search(question):
            return cls("age", focus=["死时"])  # (a death's words: synonyms.EVENTS)
        focus = _verbs(question, m.group(0))
        if focus[:1] == ["开始"]:  # (what was begun: "几岁开始学功夫" is "他从八岁起学习功夫")
            begun = question[question.find("开始", m.end()) + 2:]
            focus = [w for w in _content_words(begun) if len(w) > 1][:1] or focus
        return cls("age", focus=focus)

    @classmethod
    def _place(cls, question: str, m: re.Match) -> "Wanted":
        """Where something happened, by its verbs; where a creature lives is also where it is found
        ("生活在哪里": "本鱼分布于印尼西里伯斯内陆的淡水溪流中").

        >>> Wanted.parse("拉迪氏苦味银汉鱼生活在哪里？").focus, Wanted.parse("榅桲原产于哪里？").focus
        (['生活', '分布'], ['原产'])
        >>> Wanted.parse("诺丁汉郡的行政总部在哪里？").focus, Wanted.parse("梦野久作出生在哪里？").focus
        (['总部'], ['出生'])
        """
        # (or the word after 在哪里, which jieba may tag as a place: "是在哪里长大的")
        focus = _verbs(question, m.group(0), or_word=m.group(0) == "在哪" and question[m.end():m.end() + 1] in ("里", "儿"))
        words = tagged(question[:m.start()]) if not focus else ()
        if len(words) > 1 and words[-1][0] in ("于", "在", "自"):
            # (a verb jieba tags as a noun, before 于: "榅桲原产于哪里"; not 线 of "…线位于哪里")
            word, flag = words[-2]
            focus = [word] if len(word) > 1 and flag in ("n", "vn") else []
        if not focus and m.group(0).startswith("在") and words and len(words[-1][0]) == 1 \
                and words[-1][1].startswith("v") and words[-1][0] not in "是有在到去来设位坐落":
            focus = [words[-1][0]]  # (a verb of one character: "死后葬在哪里" is "与孙权合葬在蒋陵")
        elif m.group(0) == "在哪" and "的" in question[:m.start()]:
            # (where something of it is, the word for it: "诺丁汉郡的行政总部在哪里" is "行政总部位于
            # 西布里奇福德", a town jieba does not know, before sentences that name other places)
            own = tagged(question[:m.start()].rpartition("的")[2])
            if 0 < len(own) <= 3 and all(f == "n" for _, f in own) and len(own[-1][0]) > 1:
                focus = [own[-1][0]]
        # (a birth or a death right before, which jieba may cut apart after a name it does not know:
        # "梦野久作出生在哪里" reads as 作出 and 生)
        life = next((w for w in sorted(_BORN | _DIED) if len(w) > 1
                     and re.search(re.escape(w) + "(?:在|于)?$", question[:m.start()])), "")
        if life and life not in focus:
            focus = [life]
        return cls("place", focus=focus + ["分布"] * bool(set(focus) & _LIVING))

    @classmethod
    def _alias(cls, question: str, m: re.Match) -> "Wanted":
        """"钩鼻海蛇还有什么别名": a sentence giving another name ("亦称“裂颏海蛇”") comes first; the
        name asked need not stand beside its word."""
        return cls("alias")

    @classmethod
    def _member(cls, question: str, m: re.Match) -> "Wanted | None":
        """"垃圾车是什么颜色", "第一名是哪个班级", "在哪个省": a name of the class asked."""
        noun = m.group(1)
        if tagged(question[m.start(1):])[0][0] not in (noun, noun + "毕业"):  # (jieba's 高中毕业: "哪所高中毕业的")
            return None  # the noun begins a longer word: "什么路线", "什么色彩"
        of = _MEMBER_NOUNS.get(noun, noun)  # (a noun of forms.NAMED_BY is its own class)
        if of == "work" and m.group(0).startswith("什么") and re.search(
                r"(?:是(?:一(?:本|部|首|种|类|个|张))?|[读看念听](?:过|了)?)$", question[:m.start()]):
            return None  # (what kind of work it is, not its title: "《子不语》是一本什么书", "喜欢读什么书": 经书)
        office = re.search("哪[一个]?" + re.escape(of) + r"的([\u4e00-\u9fff]{2,4}?)(?=[？?，,]|$)", question) \
            if of in forms.NAMED_BY else None
        return cls("member", of=of, office=office.group(1) if office else "")

    @classmethod
    def _list(cls, question: str, m: re.Match) -> "Wanted":
        """"义桥镇靠哪些现有产业来招商？": several things of the kind named after the question word,
        or before it when none is ("双报到单位有哪些": 单位).

        >>> Wanted.parse("桃花山西区社区的双报到单位有哪些？").focus, Wanted.parse("阎楼镇有哪些企业加入了产业链党委？").focus
        (['单位'], ['企业'])
        >>> Wanted.parse("新巴82线来往哪两个地方？").focus, Wanted.parse("日本狼分布在哪些地方？").focus
        (['来往'], ['分布'])
        """
        noun = _noun_phrase(question[m.end():]) or [_word_before(question[:m.start()])]
        if noun[-1:] == ["地方"]:
            # (places, which the text names, not calls 地方: what was done there says which, "来往哪两个
            # 地方" is "来往小西湾（蓝湾半岛）及北角码头", not the stops it goes by)
            verb = _word_before(question[:m.start()])
            return cls("list", focus=[verb] if verb and tagged(verb)[0][1].startswith("v") else [])
        if noun[-1:] and noun[-1] in _LIVING_KINDS and (verbs := _verbs(question, m.group(0))):
            # (creatures, which the text names, not calls 动物: what they do says which, "哪些动物会捕猎
            # 松鸦" is "其他会捕猎松鸦的还包括苍鹰及游隼等")
            return cls("list", focus=verbs)
        # (a word for any kind of thing names none: "结果用在哪些方面" is "作为干部提拔任用、评优评奖、
        # 晋级晋升的重要参考依据", items that are no 方面)
        return cls("list", focus=[w for w in noun[-1:] if w and w not in _ANY_THING])

    @classmethod
    def _cooking(cls, question: str, m: re.Match) -> "Wanted":
        return cls("cooking")  # (the asker's verbs are not the text's: "适合怎么吃", "可清蒸、红烧或盐烧")

    @classmethod
    def _food(cls, question: str, m: re.Match) -> "Wanted":
        return cls("food")  # (the text's words for eating are its own: 以…为食, 捕食, 食物)

    @classmethod
    def _count(cls, question: str, m: re.Match) -> "Wanted | None":
        """How many, or how much; not a code ("编号是多少" is G11, letters and digits, which
        forms.number reads as a name).

        >>> Wanted.parse("鹤哈高速在国家高速公路网的编号是多少？") is None
        True
        """
        if _ASKS_CODE.search(question[:m.start()]):
            return None
        wanted = cls._amount(question, m)
        if re.search(r"(?:排名|排行|排位|排|名列|位列|位居)(?:在|第|是|为)?$|第$", question[:m.start()]):
            wanted.ordinal = True  # a rank: "排名多少", "排多少位" ("排名第51", not 51 of anything), "第几次"
        wanted.per = _rate(question[:m.start()])
        return wanted

    @classmethod
    def _amount(cls, question: str, m: re.Match) -> "Wanted":
        if _EN_POPULATION.search(question):
            return cls("count", focus=["人口", "居民"], measures=_PEOPLE_MEASURES)
        if _EN_PEOPLE.match(question, m.start()):  # ("how many students": not 四个方面 beside 学生)
            return cls("count", measures=_PEOPLE_MEASURES | ({"人次"} if _EN_VISITS.search(question) else set()))
        if not has_cjk(question):
            # (a weight or a length asked in English: its units say what is measured, "How much does
            # a gadwall weigh?" is not answered by any number)
            dimension = next((units for pattern, units in _EN_DIMENSIONS if pattern.search(question)), ())
            if dimension:
                return cls("count", measures=set(dimension), units=True)
            measures = _english_measures(question)
            if measures:
                return cls("count", measures=measures)
        after = question[m.end():]
        # ("只会说鄂罗克语的有几个人": people, which jieba reads as 个人, personal)
        after = re.sub(r"^个(?=人(?:[？?，,。呢啊呀]|$))", "", after)
        measure = next((w for w in sorted(_MEASURES, key=len, reverse=True) if after.startswith(w)), "")
        if measure and _is_measure(after, measure):
            after = after[len(measure):]
        else:
            measure = ""
        after = _TOPIC_FIRST.sub("", after)  # ("几个关于民法典的选题": 选题 is counted; what they are about, _TOPIC)
        # ("有多少名是从企业选聘的": what is counted stands before; a clause about them follows)
        # (nor when a clause of what came of it follows, 才 or 就: "谈了几轮才达成一致" counts rounds of 谈)
        # (nor when a time follows: "群众增加到多少人时其他人会加入" counts 群众, not 时)
        # (nor when a bound and what follows it come after: "温度上升到多少度以上稻米产量会下降" measures 温度)
        noun = _noun_phrase(after) if not after.startswith("是") and not _then(after) and not re.match("时|的时候", after) \
            and not _BOUND_THEN.match(after) else []
        if not noun and re.match(r"是[^的，,]+[？?]?$", after):
            noun = _noun_phrase(after[1:])  # (what the counted are, a noun: "其中有多少是女性")
        if not measure and len(noun) == 1 and (noun[0] in _MEASURES or noun[0] in _SELF_COUNTED) and after.startswith(noun[0]):
            # (a noun of one character that counts itself: "得了多少票" is 1580票, "有几趾" 五趾; not
            # electricity, "发了多少电" is 2060.60亿千瓦时)
            measures = {noun[0]}
        elif not measure and noun and _PEOPLE.search(noun[-1]) and after.startswith(noun[-1]):
            measures = _PEOPLE_MEASURES  # (people: "住了多少居民" is no "5幢楼高48层")
        elif not measure:
            measures = set()  # any number will do
        elif measure == "个" and noun and _PLACES.search(noun[-1]):
            # (places: "多少个村" is not counted by 各村…清单39份; stations by 站 too, "共设17站")
            measures = _PLACE_MEASURES | ({"站"} if noun[-1].endswith("站") else set())
        elif measure == "个" and len(noun) == 1 and noun[0] in _MEASURES and noun[0] not in _MEASURING_UNITS:
            # (what is counted is a measure itself: "进了几个球" is 一球 or 3个, not 二次)
            measures = {"个"} | _alike(noun[0])
        else:
            measures = _alike(measure)
        tags, deed = tagged(after), re.split(r"[，,；;？?]", after)[0]
        if measure and len(tags) > 1 and tags[0][1] == "v" and tags[1][1][0] in "unvj" and "的" not in deed:
            # whoever did it, a verb with its object after the measure: "有多少人次拿过省市区优质课奖"
            # is said "省市区优质课获得者36人次" (not a verb before 的, of what is counted: "多少个返乡创业的人")
            did = [w for w in _content_words(deed) if len(w) > 1]
            if did:
                return cls("count", focus=did, measures=measures, predicate=did)
        before = question[:m.start()]
        said_before = [w for w in _content_words(before) if len(w) > 1]
        dimension = _units(m.group(0), noun[-1]) if noun and not measure else ()
        if dimension:  # "种了多大面积": the dimension asked after the question word, as "面积有多大" before it
            return cls("count", focus=said_before, measures=set(dimension), units=True)
        if noun and not measure and noun[-1] in forms.MONEY_NOUNS:  # "放了多少贷款": a sum of money
            named_by = noun[-2] if len(noun) > 1 else ""
            return cls("money", focus=noun[-1:] + [named_by] * bool(named_by), sum_of=tuple(noun[-1:]), named_by=named_by)
        if noun and noun[-1] in _SAID_BY_MEASURE.get(measure, ()):
            # "帮企业解决了几件事": a matter is said by its measure alone ("对接人社局，解决企业用工、
            # 培训、保险等服务保障3件"), so the number needs no noun beside it; half the question's
            # words in its paragraph, and its rank, say which it is
            return cls("count", measures=measures, predicate=said_before)
        if noun and noun[-1] in _OFFSPRING:  # "有几个孩子": "育有1子及1女", "二子一女", "三个子女"
            return cls("count", focus=sorted(_OFFSPRING | {"育有", "生有"}), measures=measures | {"子", "女"})
        if noun:
            # (what those counted did: "有多少家商户更换了牌匾" counts no 商户 of a paragraph without 牌匾)
            rest = after[after.find(noun[-1]) + len(noun[-1]):]
            # (a verb inside the phrase may end it: "多少名专家进入专家库" counts 专家, "多少名乡村振兴
            # 合伙人" 合伙人; either will do)
            verbs = {w for w, f in tagged("".join(noun))[1:-1] if f[0] == "v"}
            first = noun[:1] if len(noun) > 2 and verbs else []
            context = [w for w in noun[:-1] if w not in verbs] if first else noun[:-1]
            part = bool(context) and noun[-1] in before and bool(re.search(r"(?:里|中)(?:有|共有|一共有)?$", before))
            return cls("count", focus=noun[-1:] + first, context=context, measures=measures, part=part,
                       ordinal=question[m.start() - 1:m.start()] == "第",
                       predicate=[w for w in _content_words(re.split(r"[，,；;？?]", rest)[0]) if len(w) > 1])
        # "发展党员多少名", "捐款多少", "关岛得了几分": what is counted or measured, or whose it is,
        # stands before the question word; a sum of money when what is measured, after 的, is one
        # ("华信塑胶的年产值是多少": 年产值)
        head, _, tail = before.rpartition("的")
        own = [w for w in _content_words(tail) if len(w) > 1]
        # (whose it is, a company named before 的: "鲁洪公司的工业产值" is not 刁镇街道's, nor the
        # next company's in a paragraph that tells them in turn. Not a place or a school, 兖州区,
        # 水城小学: an article names it once and tells the rest of it)
        words = [(w, f) for w, f in tagged(head) if f != "t"]  # (not 今年: "泰星新材料今年的销售收入")
        whose = [w for w, _ in words if len(w) > 1] if own and words and re.search(
            _COMPANY, "".join(w for w, _ in words)) and all(f[0] in "nj" for _, f in words) else []
        money = next((noun for noun in forms.MONEY_NOUNS if own and own[-1].endswith(noun)), "")
        if money and not measure:
            if _CHANGE.search(before):  # "工业产值涨了多少": by a share as well as a sum (增长15.5%)
                return cls("count", focus=own[-1:], owner=whose, measures=_CHANGE_MEASURES)
            # (which sum: "管材企业一年的总产值" is no 贷款 granted, whatever it shares with the question)
            return cls("money", focus=own[-1:], owner=whose, sum_of=() if money in _ANY_SUM else (money,))
        # (the units of what is measured, before a word for its record, "最高风速纪录"; a unit asked
        # with it, "总长多少公里", is one too)
        measured = [w for w in own if w not in _RECORD_WORDS]
        # (or, no word of two characters there, the first two after 的, which jieba cuts: 肩/高)
        units = _units(m.group(0), measured[-1] if measured else tail.strip()[:2])
        if not units and re.search(r"(?<![增成延])长(?:到|至)$|能长$", re.sub(r"[了得]$", "", before)):
            units = _LENGTH_UNITS  # (how long it grows: "最长可以长到多少" is "体长可达20公分"; not 增长到)
        if not units and re.search(r"(?<![比严隆庄稳贵尊注看偏加沉繁着载])重(?:约|达|有|约为|为)?$", before):
            units = _WEIGHT_UNITS  # (a weight asked by the verb: "雌鸟重多少" is "雌鸡重2.6公斤", not its length)
        units = units if not measure or measure in units else ()
        # (the people may come before a verb: "返乡创业的人才一共招来了多少" is not "政策“黄金12条”")
        counted = next((w for w, f in reversed(tagged(tail)) if f[0] == "n" and len(w) > 1), "")
        if not measure and not units and own and (_PEOPLE.search(own[-1]) or _PEOPLE.search(counted)):
            measures = _PEOPLE_MEASURES  # "老师总共有多少" (老师百余人)
        # (what is counted, in one character right before the question word: "共收诗多少首", 诗961首)
        one = _word_before(before) if measure and measure not in _MEASURING_UNITS else ""
        if len(one) == 1 and tagged(one)[0][1] == "n":
            said_before = said_before + [one]
        change = _CHANGE.search(before) if not measure and not units else None
        if change:
            # (by how much something changed, a sentence that says it changed: "双边贸易额增长了多少" is
            # not "协定生效，将在未来11年逐步实施")
            changed = change.group(0).rstrip("了")
            return cls("count", focus=said_before, owner=whose, context=["上涨" if changed == "涨" else changed], part=True)
        # (the thing measured, after 的: "用的是多大的射电望远镜" is "12米射电望远镜")
        thing = _noun_phrase(after[1:])[-1:] if units and after.startswith("的") else []
        if units == _LENGTH_UNITS:  # (how long it grows is said by its length alone: "体长可达76公分")
            said_before = [w for w in said_before if w not in _GROWS]
        return cls("count", focus=said_before + thing, owner=whose, measures=measures or set(units),
                   # (a speed or a lifespan names itself, 寿命 or 活到: "寿命有多长" is not "约10日孵化" beside
                   # its name; other spans are said in other words, "默哀时长" as 默哀时间)
                   units=bool(units), context=own[-1:] if units == _SPEED_UNITS or (units == _SPAN_UNITS and own[-1:] == ["寿命"]) else [],
                   predicate=_kind_words(question, before) if measure in forms.COUNTERS else [])

    @classmethod
    def _money(cls, question: str, m: re.Match) -> "Wanted":
        # what the money is: the word asked with (经费, 补贴, 总投资) or the one before (花费多少钱)
        word = re.sub(r"(是|有|为|达|共|一共|总共|大概|大约)?多少.*", "", m.group(0))
        if word in ("花了", "花费"):
            word = ""  # (what was spent is any sum: "花了多少钱建成" is its 总投资)
        # (not what is to come: "更新工程预计花多少钱" is "计划耗资2100万元")
        before = [w for w in _content_words(question[:m.start()]) if len(w) > 1 and not _TARGET.fullmatch(w)]
        sums = tuple(w for w, _ in tagged(question) if len(w) > 1 and has_cjk(w)  # (not 钱: any sum; not English "cost")
                     and (w in forms.MONEY_NOUNS or w == word))
        if word in forms.MONEY_NOUNS and word not in _ANY_SUM:
            sums = (word,)  # ("补贴一年的预算是多少": a budget; the 补贴 granted is another sum)
        # whose sum it is, all named in the paragraph ("甜菜碱项目总投资": 甜菜碱, 项目; not 奖项 of
        # "奖项奖金", a word of what the sum is)
        whose = [w for w in before[-2:] if not set(w) & set("".join(sums))] if sums else []
        # (and per what: "一晚房价多少钱" is not what the hotel was sold for)
        return cls("money", focus=([word] if len(word) > 1 else []) + before[-2:], sum_of=sums, context=whose,
                   per=_rate(question[:m.start()]))

    @classmethod
    def _duration(cls, question: str, m: re.Match) -> "Wanted":
        """How long something took: its verb, or the head of what the verb acts on, near the length
        ("办完公司注册手续用了多长时间": 办完 or 注册手续; the text says "完成了公司注册全部手续").

        >>> [Wanted.parse(q).focus for q in ("济北开发区为台稳精密机械项目办完公司注册手续用了多长时间？",
        ...                                   "济北开发区给一个项目办完公司注册手续最快用了多长时间？")]
        [['办完', '注册手续'], ['办完', '注册手续']]
        >>> Wanted.parse("邹城市团建指导员的任期是几年？").context, Wanted.parse("彭皓锋在无线电视工作了多少年？").focus
        (['任期'], ['工作', '无线电视'])
        >>> Wanted.parse("这种蟾蜍能活多少年？").holds("约一个月后，蝌蚪变成蟾蜍。", "")
        False
        """
        if _LIVES.search(question[:m.start()]):  # "能活多少年": a lifespan, not any length of time
            return cls("duration", focus=["寿命", "存活", "活到", "可活", "能活"])
        verbs = _verbs(question, m.group(0))
        if verbs:
            done = question.find(verbs[0]) + len(verbs[0])
            # (a superlative after it says how, not what: "办完公司注册手续最快用了多长时间")
            head = [w for w in _noun_phrase(re.sub("最[\u4e00-\u9fff]", "", question[done:]))[-1:] if len(w) > 1]
            # (and where it was done, said with another verb: "在无线电视工作了多少年" is "效力无线电视逾16年")
            where = re.search(r"在([\u4e00-\u9fffA-Za-z]{2,8}?)" + re.escape(verbs[0]), question)
            return cls("duration", focus=list(dict.fromkeys(verbs + head + ([where.group(1)] if where else []))))
        # (no verb: what lasts, the noun before the question word, named anywhere in the paragraph:
        # "团建指导员的任期是几年" is not answered by "百年奋斗")
        # (not 距今, how long ago, which says what is asked: "化石距今多少年")
        return cls("duration", context=[w for w, f in tagged(question[:m.start()]) if f[0] == "n" and len(w) > 1
                                        and w != "距今"][-1:])

    @classmethod
    def _frequency(cls, question: str, m: re.Match) -> "Wanted":
        """How often something is done: what is done, said after the question word or before it.

        >>> Wanted.parse("邹城市各镇街多久开一次团建指导员工作交流会？").focus
        ['团建', '指导员', '工作', '交流会']
        """
        after = [w for w in _content_words(question[m.end():]) if len(w) > 1]
        return cls("frequency", focus=after or [w for w in _content_words(question[:m.start()]) if len(w) > 1][-2:])

    @classmethod
    def _date(cls, question: str, m: re.Match) -> "Wanted | None":
        word = m.group(0).lower()
        if word == "几号" and _NUMBERED.search(question):
            return None  # "在全国图鉴里是几号", "穿几号球衣": a number ("编号为130"), not a day
        grain = ("year" if ("年" in word and "年代" not in word) or word in ("what year", "which year") else "day" if word in ("哪一天", "哪天", "几号", "哪一日", "what date", "which date")
                 else "clock" if word in ("几点", "what time") else "")
        # the event: its verbs, and what follows the question word ("哪一年被封为尚书左仆射")
        # (not a word pointing back, "说的这番话": it names nothing the text says)
        after = [w for w in _content_words(question[m.end():]) if len(w) > 1 and not re.match(r"[这那此该]", w)]
        focus = list(dict.fromkeys(_verbs(question, m.group(0)) + after))
        happened = re.search(r"(?:那|这|该|此)[次场]([\u4e00-\u9fff]{2,4}?)(?:是)?(?:发生|爆发)", question[:m.start()])
        if happened:  # (the event pointed at, its noun: "形成…的那次地震发生在哪一年" is "于1959年严重地震所造成的")
            focus.append(happened.group(1))
        if re.search(r"开始(?:修|兴)?建|开始修|开建|开始施工", question):  # (a building begun: 动工, 开工, 破土)
            focus = ["动工"] + [w for w in focus if w != "开始"]
        if not focus and any(w in _DIED and len(w) == 1 for w, _ in tagged(question)):
            focus = ["去世"]  # (a death in one character, which the text may say in another: "死于哪一年", "吴少阳卒")
        return cls("date", focus=focus, grain=grain)

    @classmethod
    def _person(cls, question: str, m: re.Match) -> "Wanted":
        # "X的书记是谁" / "是谁的门生" / "叫什么名字" ask for a name beside a role; "谁带领…" /
        # "由谁担任…" for whoever did it.
        before, after = question[:m.start()].rstrip("是的都又"), question[m.end():].strip(" ？?。呢啊")
        held = re.fullmatch(r"是([\u4e00-\u9fff]{2,20})", after) if m.group(0) == "谁" and before == question[:m.start()] else None
        if held:  # "谁是香港特首" asks what "香港特首是谁" does: the holder of the role named after 是
            return cls.parse(before + held.group(1) + "是谁？")
        if m.group(0).startswith("哪") and after in _KIN:  # "杀了吴少诚的哪个儿子" asks "吴少诚的儿子是谁" ("之子吴元庆")
            return cls("person", focus=[_KIN[after]], strict=True)
        if re.match(r"[\u4e00-\u9fff]{0,3}之手", after) and before.endswith("出自"):
            return cls("person", focus=["作者"], strict=True)  # "出自哪位作家之手": its author ("罗贯中所著")
        whose = re.match(r"的([\u4e00-\u9fff]{1,4}?)$", after)
        of_one = re.fullmatch(r"([\u4e00-\u9fff]{1,3}?)的([\u4e00-\u9fff]{1,4}?)", after) if m.group(0) == "哪位" else None
        if of_one and [f[0] for _, f in tagged(of_one.group(1))] == ["n"]:
            # "是哪位皇帝的皇后": whose, one of those the noun names ("为康熙帝的皇后"); a noun alone
            # before 的, not "哪位老师做的主题发言"; a kin as the text may say it, 儿子 as 皇子, but not
            # 后, which 死后 says too
            kin = _KIN.get(of_one.group(2), of_one.group(2))
            return cls("person", focus=[of_one.group(2) if kin == "后" else kin], strict=True, whose=True,
                       titled=of_one.group(1))
        if whose:  # "郭麐是谁的门生": the role stands after ("儿子": the text may say 之子)
            role = whose.group(1)
            return cls("person", focus=[_KIN.get(role, role)], strict=True, whose=True)
        # "是谁编制的", "是谁带队的", "是谁带领…": whoever did it
        cleft = bool(after) and (after.endswith("的") or any(f.startswith("v") for _, f in tagged(after)))
        after_is = question[m.start() - 1:m.start()] == "是"
        by_name = "名" in m.group(0)  # 叫什么名字, 姓名是
        if by_name and _names_a_thing(question, before):
            return None  # "南京大学在光绪28年时叫什么名字": the name of a body or a place, not a person
        if not after or (after_is and not cleft) or by_name:
            role = _word_before(before)
            if role == "者" and len(words := tagged(before)) > 1 and words[-1][0] == "者":
                role = words[-2][0] + role  # (an agent noun jieba splits: "筑城者" is 筑城 and 者)
            if not after_is and role and tagged(role)[0][1].startswith("v") and not _HEAD_OF.fullmatch(role):
                # "这一论断来自于谁", "被赠送了谁": whoever did it, not a role
                return cls("person", focus=[role])
            if role and not _PERSON_ROLE.search(role) and not by_name and role not in _KIN:
                # ("服务对象是谁", "嘉宾是谁": not always a name; and the deed done to it, which the
                # text may tell of a pronoun: "骑扣布拉德利的是谁", "他被…麦克格雷迪骑扣")
                return cls("person", focus=[role, *_deed_before(before, role)])
            if by_name and role in _KIN and not re.search(f"[的之]{role}$", before):
                return cls("person", strict=True)  # (her own name: "滕皇后叫什么名字" is "名芳兰", not a queen's)
            return cls("person", focus=[_KIN.get(role, role)] if role else [], strict=True)
        if m.group(0) == "哪位":  # "由哪位老师组织的", "哪位大臣试图…": someone named, where the
            # paragraph tells what was done ("哪位领导提出的" is not answered by "园区办主任王建说")
            noun = next(iter(tagged(question[m.end():])), ("", ""))
            # (a noun jieba may tag as a state: 神祇/z, "供奉哪位神祇", "另一神祇金花娘娘")
            return cls("person", strict=True, predicate=_verbs(question, m.group(0)),
                       titled=noun[0] if noun[1] in ("n", "z") and len(noun[0]) > 1 else "")
        done_to = _word_before(before)
        if m.group(0) == "谁" and done_to and done_to not in _LIGHT_VERBS and tagged(done_to)[0][1] == "v" \
                and question[:m.start()].endswith(done_to) and not after.startswith("的"):
            # (the verb right before 谁, not "“慈心一日捐”是谁发起的"; not "受谁的…思想所影响": whose)
            # "是替换谁进入18人名单的": whom the verb before 谁 was done to, not who did the rest
            return cls("person", focus=[done_to])
        if m.group(0) == "谁" and _ENTHRONED.match(after):
            return cls("person", focus=["继位"], doer=True)  # ("死后谁当了皇帝": who succeeded, "继位的萧昭业")
        # (what was done: the verbs after 谁, else the word after it, "是谁带队的": 带队)
        return cls("person", focus=_verbs(question, m.group(0), or_word=m.group(0) == "谁"),
                   doer=not after.startswith("的"))

    def names_own_focus(self, text: str, exact: bool = False) -> bool:
        """Whether the text names a focus word the question says itself (or a synonym, unless
        exact), not 分布, which _place adds for where a creature lives: "喜欢生活在沿礁或珊瑚礁区"
        before "本鱼分布于印度西太平洋区".

        >>> w = Wanted.parse("疣鹦嘴鱼喜欢生活在什么地方？")
        >>> w.names_own_focus("本鱼分布于印度西太平洋区"), w.names_own_focus("栖息在岩礁区"), w.names_own_focus("栖息在岩礁区", exact=True)
        (False, True, False)
        """
        return any((f in text) if exact else _found(f, text) for f in self.focus if f in self.asked)

    def of_another_work(self, sentence: str, paragraph: str) -> bool:
        """Whether the sentence tells of other works than the one the question names by its title,
        naming theirs and not it, in a paragraph about something else: "《年老的吉他演奏者》收藏在
        哪里" is not told by "1903年的画作《生命》…现收藏于克里夫兰艺术博物馆" in a paragraph on
        Picasso's blue period. (In a paragraph that opens with the work, a sentence naming others
        is still about it: "《芝加哥》…。获得6项奥斯卡金像奖，…自1968年《孤雏泪》…")

        >>> w = Wanted.parse("《年老的吉他演奏者》现在收藏在哪里？")
        >>> w.of_another_work("《生命》现收藏于克里夫兰艺术博物馆。", "蓝色时期…。《生命》现收藏于克里夫兰艺术博物馆。")
        True
        >>> w.of_another_work("《生命》现收藏于克里夫兰艺术博物馆。", "《年老的吉他演奏者》是…。《生命》现收藏于克里夫兰艺术博物馆。")
        False
        >>> Wanted.parse("《九命奇冤》最早发表在哪份杂志上？").of_another_work("最初发表于…《新小说》杂志。", "九命奇冤，…。最初发表于…《新小说》杂志。")
        False
        """
        asked = _TITLES.findall(self.asked)
        if not asked or self.of in ("work", "paper") or _ASKS_TITLE.search(self.asked):
            return False  # (a title is what is asked: "最早发表在哪份杂志上", "…最初发表于…《新小说》杂志")
        return bool(_TITLES.search(sentence)) and not any(a in sentence or a in _lead_sentence(paragraph) for a in asked)

    def life_place(self, sentence: str) -> bool:
        """Whether the sentence gives where the life asked of began or ended, after that date in the
        bracket of its dates: "塞雷茨·卡马在哪里去世" is "（…1921年7月1日塞罗韦 - 1980年7月13日哈博罗内）".

        >>> w = Wanted.parse("塞雷茨·卡马在哪里去世？")
        >>> w.life_place("塞雷茨·卡马爵士（1921年7月1日塞罗韦 - 1980年7月13日哈博罗内），博茨瓦纳政治家")
        True
        >>> w.life_place("他一直担任总统至1980年7月因癌症病逝为止。"), w.life_place("秋山幸二（1962年4月6日－）")
        (False, False)
        """
        if self.kind != "place" or not set(self.focus) & (_BORN | _DIED):
            return False
        life = _life_told(_LIFESPAN if any(f in _BORN for f in self.focus) else _LIFE_END, sentence)
        return bool(life) and bool(re.search(r"[年月日]\s*[\u4e00-\u9fff]{2,}$", life.group(1)))

    @property
    def of_a_life(self) -> bool:
        """Whether it asks of a birth, a death or a burial, or where something is kept: "岑朗天是在哪里
        出生的", "朱椿葬在哪里", "波旁尼克手抄本现在收藏在哪里" (told beside its own verb or not at all)."""
        return bool(set(self.focus) & (_BORN | _DIED | BURIALS | KEPT))

    @property
    def _counted_in_general(self) -> bool:
        """Whether what is asked may be counted in 个 (people, things; any number), not in a unit or
        a measure word of its own: "几位监制" is "7个监制", "几座隧道" is "6个隧道" (the measure word
        is the noun's after it), "分成了几部" is no "三个自称".

        >>> Wanted.parse("一共贯通了几座隧道？")._counted_in_general, Wanted.parse("全书分成了几部？")._counted_in_general
        (True, False)
        """
        if self.measures & _MEASURING_UNITS:
            return False
        return not self.measures or bool(self.measures & (_PEOPLE_MEASURES | {"个"})) or any(
            re.search(f"(?:几|多少){re.escape(m)}{re.escape(f)}", self.asked) for m in self.measures for f in self.focus)

    @property
    def asks_name_origin(self) -> bool:
        """Whether the question asks how its subject got its name ("安贞门站为什么得此名")."""
        return self.kind == "reason" and self.focus == list(_NAME_ORIGIN)

    @staticmethod
    def names_origin(text: str) -> bool:
        """Whether the text tells how something was named: "因地处…旧址附近而得名"."""
        return bool(_NAMED_FOR.search(text))

    def says_own_deed(self, text: str) -> bool:
        """Whether the text says a verb of the focus that the question says itself, or a synonym
        of it (开始 says nothing of what began).

        >>> w = Wanted.parse("刘燕卿是哪一年进入消委会的？")
        >>> w.says_own_deed("1974年加入消委会为研究主任"), w.says_own_deed("2012年11月16日，刘燕卿退任消委会总干事")
        (True, False)
        >>> w = Wanted.parse("刘燕卿是什么时候开始当总干事的？")
        >>> w.says_own_deed("于2007年4月起担任总干事"), w.says_own_deed("刘燕卿于2011年5月以消委会总干事身份再获选")
        (True, False)
        >>> w = Wanted.parse("朱常浩是哪一年到汉中的？")
        >>> w.says_own_deed("1627年到了封国汉中"), w.says_own_deed("1637年王斌在汉中发动农民起事，…到重庆")
        (True, False)
        >>> Wanted.parse("生命热线于哪一天乔迁新址？").says_own_deed("1998年10月21日温拿乐队担任「生命热线宣传大使」")
        False
        >>> Wanted.parse("朱蒙哪一年建立高句丽国？").says_own_deed("前37年，朱蒙建高句丽国。")
        True
        """
        if "开始" in self.focus and _FROM_DATE.search(text) and any(_found(f, text) for f in self.focus if f != "开始"):
            return True  # (a start, said as from a date: "开始当总干事", "于2007年4月起担任总干事")
        # (not the subject, which jieba may read as a verb: 生命 of 生命热线)
        if any(_found(f, text, parts=False) for f in self.focus
               if f in self.asked and f not in _LIGHT_VERBS and f != "开始" and tagged(f)[0][1].startswith("v")
               and not self.asked.startswith(f)):
            return True
        # (a light verb and the place or thing it takes, said together: "哪一年到汉中" is "1627年到了封国
        # 汉中", not "…在汉中发动农民起事，…到重庆")
        # (or the verb's first character right before it, as old texts write it: "建立高句丽国" is "朱蒙建
        # 高句丽国")
        words = tagged(self.asked)
        return any(verb[1].startswith("v") and noun[0] in self.focus
                   and (re.search(re.escape(verb[0]) + r"[^，,。；;]{0,4}?" + re.escape(noun[0]), text)
                        or (len(verb[0]) == 2 and re.search(re.escape(verb[0][0] + noun[0]), text)))
                   for verb, noun in zip(words, words[1:]))

    def _another_holder(self, sentence: str) -> bool:
        """Whether the sentence tells of another holder of the role asked: one then, not now, or
        another in turn (首任 is 第一任).

        >>> Wanted.parse("菲利普斯埃克塞特学院的现任校长是谁？")._another_holder("哈克尼斯向时任的埃克塞特校长刘易斯·帕里写信")
        True
        >>> w = Wanted.parse("李昆的第一任太太是谁？")
        >>> w._another_holder("第二任太太李素贞是泰国华侨"), w._another_holder("首任太太王芳是一名演员")
        (True, False)
        """
        role = re.escape(self.focus[0])
        if "现任" in self.asked and "现任" not in sentence and re.search(_FORMER_HOLDER + r"[^，,。；;]{0,12}?" + role, sentence):
            return True
        ordinal = re.search(_NTH_HOLDER + role, self.asked)
        turns = {_nth(m.group(1)) for m in re.finditer(_NTH_HOLDER + role, sentence)} if ordinal else set()
        return bool(turns) and _nth(ordinal.group(1)) not in turns

    def _unnamed_as_asked(self, sentence: str) -> bool:
        """Whether the sentence tells of the role the question qualifies by a place ("那位瑞典科学家")
        with no name after it, the names it gives standing after others' ("英国科学家约翰·坎通").
        (Not by whose it is, "汉堡王的创办人": a name may stand well after such a role, "四通的创办人兼
        总裁万润南", "首任校长是美国圣公会差会传教士、…慕高文".)

        >>> w = Wanted.parse("发现静电感应的那位瑞典科学家叫什么名字？")
        >>> w._unnamed_as_asked("这个现象由英国科学家约翰·坎通和瑞典科学家分别在1753年和1762年发现")
        True
        >>> w._unnamed_as_asked("由瑞典科学家维尔克在1762年发现")
        False
        """
        role = self.focus[0]
        words = tagged(self.asked)
        at = next((i for i, (w, _) in enumerate(words) if w == role), 0)
        if not at or words[at - 1][1] != "ns":
            return False
        said = list(tagged(sentence))
        told = [i for i in range(1, len(said)) if said[i][0] == role and said[i - 1][0] == words[at - 1][0]]
        # (a name after it: a person's by jieba, or a word it does not know)
        return bool(told) and not any(i + 1 < len(said) and (said[i + 1][1].startswith("nr") or not jieba.dt.FREQ.get(said[i + 1][0]))
                                      for i in told)

    def undisclosed(self, sentence: str) -> bool:
        """Whether the sentence says what is asked, the noun before the question word, was not
        made known: "转会费是多少" is not "转会费没有透露，双方签订了一份2年半的合同".

        >>> w = Wanted.parse("华斯迪转会韦斯咸的转会费是多少？")
        >>> w.undisclosed("转会费没有透露，双方签订了一份2年半的合同"), w.undisclosed("华斯迪转会没有透露消息")
        (True, False)
        """
        return any(re.search(re.escape(f) + r"(?:则|均|也|并)?(?:没有|没|未|并未|不予?)(?:透露|公开|公布|披露)", sentence)
                   for f in self.focus if len(f) > 1 and re.search(re.escape(f) + r"(?:是|为|有)?(?:多少|几|什么|哪|何)", self.asked))

    def _measured_unsaid(self, sentence: str) -> bool:
        """Whether a thing asked to be measured in a unit, after whose it is, goes unsaid in the
        sentence: "水城小学的实验室有多少平方米" is not "水城小学占地40亩，建筑面积10000平方米".

        >>> Wanted.parse("水城小学的实验室有多少平方米？")._measured_unsaid("水城小学占地40亩，建筑面积10000平方米")
        True
        >>> Wanted.parse("水城小学的操场有多少平方米？")._measured_unsaid("学校操场面积8000平方米")
        False
        """
        if self.kind != "count" or self.units or not self.measures or not self.measures <= _MEASURING_UNITS or len(self.focus) < 2:
            return False
        thing = self.focus[-1]
        return tagged(thing)[0][1] == "n" and not _units("", thing) and not _found(thing, sentence)

    def _rate_unsaid(self, sentence: str) -> bool:
        """Whether a rate asked (发病率, 投票率) is given only as a share of something else, in no
        clause that says a rate or a share: "约6％的病例为21岁之前发生…" is no 发病率.

        >>> w = Wanted.parse("亨丁顿舞蹈症在亚洲的发病率是多少？")
        >>> w._rate_unsaid("约6％的病例为21岁之前发生运动不能刚性综合症。"), w._rate_unsaid("发病率约为万分之五。")
        (True, False)
        >>> Wanted.parse("印尼经济的平均增长率是多少？")._rate_unsaid("印尼经济一直有著平均7%的增长。")
        False
        """
        if self.kind != "count" or not self.units:
            return False
        rate = re.search(r"([\u4e00-\u9fff]{1,2})率(?:是|为|有)?(?:多少|多高|几)", self.asked)
        if not rate:
            return False
        # (or by what it is a rate of: "平均增长率" is "平均7%的增长")
        said = re.compile(r"率|比例|比重|占|份额|分之|" + re.escape(rate.group(1)))
        measured = [c for c in split_clauses(sentence) if forms.number(c, self.measures)]
        return bool(measured) and not any(said.search(c) for c in measured)

    def _dimension_said(self) -> str:
        """For a depth, a width, a thickness or a height asked (多深, 宽度), the words a sentence
        gives it by; "" for any other question (多长, 多远: a length may be said any way,
        "环湖一周约250公里").

        >>> Wanted.parse("当惹雍错的湖水有多深？")._dimension_said(), Wanted.parse("湖面海拔多高？")._dimension_said()
        ('深', '高|海拔')
        >>> Wanted.parse("华北陆块的平均海拔是多少？").holds("地壳厚度从200公里缩减到80公里。", "")  # (a thickness is no height)
        False
        >>> Wanted.parse("氢化锂的沸点是多少？")._dimension_said()  # (a temperature point, by its own name: not 熔点)
        '沸点'
        >>> Wanted.parse("格利泽581b表面温度是多少？").holds("该行星并无凌日现象，这表明其交角小于88.1度。", "")  # (an angle)
        False
        """
        point = re.search("|".join(_POINTS), self.asked)
        if point and self.units:
            return _POINTS[point.group(0)]
        if self.units and self.measures & _TEMPERATURE_UNITS and "温" in self.asked:
            return _SAID_TEMPERATURE  # (a temperature, by a word of heat or its scale: 度 alone may be an angle)
        m = re.search(r"多([深宽厚高])|([深宽厚高])度|身(高)|(海拔)", self.asked)
        if not (m and self.units and self.measures & set(_LENGTH_UNITS)):
            return ""
        return _SAID_DIMENSION[next(g for g in m.groups() if g)]

    def holds(self, sentence: str, paragraph: str) -> bool:
        """Whether the sentence (in its paragraph) gives an answer of this kind about the focus.

        >>> loose = dataclasses.replace(Wanted.parse("管材企业一年的总产值是多少？"), loose=True)
        >>> loose.holds("帮助5家产业链企业解决贷款660万元", "")  # (产 of 产业链 is no 产值; a 贷款 is another sum)
        False
        """
        # (what the counted is of, each of its parts: "多少家高新技术企业" is not answered beside 信息技术)
        if self.context and not all(self._says(t, paragraph, sentence, paragraph, every=True) for t in self.context):
            return False
        if self.units and not all(_found(t, paragraph) for t in self.context):
            return False  # (a dimension named, loose or not: "设计时速" is no 高速公路's length)
        if self.predicate and 2 * sum(self._says(w, paragraph, sentence, paragraph) for w in self.predicate) < len(self.predicate):
            return False
        if self.part and not all(_found(t, sentence) for t in self.context):
            return False
        # (not the whole place's: 全镇总面积)
        if self.units and any(m.group(1) not in self.asked and not re.search(r"[全总]", m.group(1))
                              and not _kind_of_asked(m.group(1), self.asked)
                              for m in _OWNED_DIMENSION.finditer(sentence)) and any(
                not _found(f, sentence) and _found(f, paragraph.replace(sentence, "")) for f in self.focus) and not any(
                _units("", f) and _found(f, _OWNED_DIMENSION.sub("", sentence), parts=False) for f in self.focus):
            # another's, which the paragraph names apart: "语音室有多大面积" is not "建筑面积10000平方米"
            # (but the question's own dimension is: "番职院占地多少亩", "学院占地2061亩，校舍建筑面积…")
            return False
        if any(_TOOK_PART.search(w) for w in self.predicate) and _CAME_OUT.search(sentence) and not _TOOK_PART.search(sentence):
            return False
        if self._measured_unsaid(sentence) or self.undisclosed(sentence):
            return False
        if self.kind == "count" and _SOLD_ASKED.search(self.asked) and not _SOLD_TOLD.search(sentence):
            return False  # (sales, said as sold: "单行本一共卖出多少册" is not "单行本全12册")
        if self._rate_unsaid(sentence):
            return False
        said = self._dimension_said()
        if said and not any(re.search(said, c) and forms.number(c, self.measures) for c in split_clauses(sentence)):
            return False  # (a length is no depth: "湖水有多深" is not "环湖一周约250公里，…高原深度旅行")
        if not said and self.units and self.measures & set(_LENGTH_UNITS) and _LENGTH_ASKED.search(self.asked):
            measured = [c for c in split_clauses(sentence) if forms.number(c, self.measures)]
            if measured and all(_OTHER_DIMENSION.search(c) for c in measured):
                return False  # (nor a depth a length: "浪花鱼能长多长" is not "水深0至2公尺")
        if self.loose and self.kind == "count" and not self.measures:
            return False  # (any number: a date would do for "多少册藏书")
        # (in figures too, not a date's day: "2016年度的1日平均上车人次为51,849人", not "3月1日")
        rate = re.compile(f"(?:每|一|(?<![0-9月])1)(?:个|一)?(?:{self.per})|(?:{self.per})[均产]") if self.per else None
        if rate and not rate.search(sentence):
            return False
        if self.kind in ("count", "money") and _ACTUAL.search(self.asked) and _PLANNED.search(sentence) \
                and not _ACTUAL.search(sentence):
            return False  # (what was done, not what was meant to be: "实际减少了多少" is no "目的是每年减少一吨")
        if self.kind in ("count", "money") and (self._one_of_total(sentence) or self._another_period(sentence, paragraph)
                                                or self._another_owner(sentence, paragraph) or self._only_a_change(sentence)):
            return False
        if not self.soft and (self._another_place(sentence) or self._another_of_kind(sentence, paragraph)
                              or self._another_named(sentence, paragraph) or self._another_numbered(sentence)
                              or self._another_market(sentence)):
            return False
        # (nor one going on about it: "常张高速公路全长…。全线有桥梁81座…隧道2座"; the sentence before
        # is found only for a question naming a kind)
        if self.names_a_kind and self.about_another(sentence, _sentence_before(sentence, paragraph), paragraph):
            return False
        if self.kind == "date" and any(f in _DIED for f in self.focus) and not any(_found(f, sentence) for f in self.focus) \
                and _UNKNOWN_END.search(sentence):
            return False  # (a life whose end is unknown: "林越峰（1909年－？）" says when he was born)
        if self.of_another_work(sentence, paragraph):
            return False
        if self._told_of_another(sentence) or (self.kind == "date" and (self._another_event(sentence)
                                                                       or self.founds_another(sentence))):
            return False
        if self.kind == "person" and self.focus and (self._another_holder(sentence)
                                                     or (self.strict and self._unnamed_as_asked(sentence))):
            return False
        held = roles(self.asked) if self.kind == "age" and not self.focus else []
        if held and roles(sentence) and not any(_found(r, sentence, parts=False) for r in held):
            # (the age of another role's holder: "党支部书记多大年纪" is not "69岁的老党员翟成淮说"; a
            # synonym is the same one: "几岁时杀了仇人" is "十三岁，手刃其仇家")
            return False
        if self.life_place(sentence) and subject(self.asked) in sentence:
            return True  # (where the subject's life began or ended: "…（1921年7月1日塞罗韦 - 1980年7月13日哈博罗内）")
        if self.kind == "date" and any(f in _BORN for f in self.focus):
            life = _life_told(_LIFESPAN, sentence)
            if life and forms.date(life.group(1), self.grain):
                return True  # (a life's first date is its birth: "秋山幸二（…、1962年4月6日－）")
        life_of = subject(self.asked) if self.kind == "date" and any(f in _BORN | _DIED for f in self.focus) else ""
        death = _life_told(_LIFE_END, sentence) if life_of and any(f in _DIED for f in self.focus) else None
        if death and life_of in sentence and forms.date(death.group(1), self.grain):
            return True  # (and its last, a death: "阿部正丰（生年不详－1535年12月29日）")
        if life_of and life_of in paragraph and any(f in _BORN for f in self.focus) and _BORN_RAISED.match(sentence):
            return True  # (a life's year of birth and upbringing, its subject left out: "1953年生长于贵州贵阳")
        if life_of and life_of in sentence and self.grain in ("year", "") and _life_told(_LIFE_YEARS, sentence):
            return True  # (and its years, bare, the first a birth, the last a death: "（，1832-1922）")
        clauses = _phrases(sentence) if self.kind != "count" else split_clauses(sentence)
        about = subject(self.asked) if self.kind == "date" else ""
        # (the date of what the subject did: "弗兰肯豪森战役于1525年5月15日发生", not a date naming
        # something, "米捷图·干沙利斯是2008年欧洲国家杯12位主裁判之一" for when he retired)
        # (a birth or a death is said as one: "许月凤于2009年5月7日…" is no birthday; "曾伟明于1952年
        # 生于马来西亚" is)
        # (in quotes too: "「Aeronomy」这个词是于1946年…首次提及")
        about_subject = bool(about) and sentence.lstrip("「“《\"'").startswith(about) and not _dates_name_things(sentence) \
            and not (any(f in _BORN for f in self.focus) and not self._says_life(_SAYS_BIRTH, clauses)) \
            and not (any(f in _DIED for f in self.focus) and not self._says_life(_SAYS_DEATH, clauses)) \
            and not self._another_event(sentence)
        on_lead = self._on_lead(sentence, paragraph)
        # (whoever did it, by a name the paragraph gives after a title, which jieba does not know:
        # "由日本漫画家木下樱与东山和子所合作", then "木下樱则负责登场的女性角色")
        titled = forms.titled_names(paragraph) if self.kind == "person" and not self.strict else frozenset()
        name = _name_asked(self.asked) if self.asks_name_origin else ""
        actor = _actor_asked(self.asked) if self.kind == "person" else ""
        for i, clause in enumerate(clauses):
            if name and _likened_to_name(clause, name):
                return True  # (a name from what it looks like, no word of naming beside: "为什么叫牛肝菌", "类似牛肝")
            if actor:
                if _part_played(clause, actor):
                    return True  # (whom an actor plays, the actor in brackets after the part: "女儿村上さち（大桥望美）")
                if not _PLAYING_TOLD.search(clause):
                    continue  # (a part played, not a lead: "由阿部宽与大桥望美主演" names none)
            if not self._answer_in(clause, i, clauses[i - 1] if i else "", clauses[i + 1] if i + 1 < len(clauses) else "") \
                    and not any(n in clause and n not in self.asked for n in titled):
                continue
            if self.kind == "date" and (self._kin_life(clause) or self._others_life(clause) or (i and self._another_event(clause))):
                # (a date inside the sentence is of another event than the one asked: "…签署而得名，是…在
                # 1874年9月15日召开的国际会议的成果"; one that opens it dates all of it, "2000年…参加乙级联赛，
                # …年底球队宣布解散")
                continue
            if (self.ordinal and self._nth_child(clause, sentence)) or (self.kind == "count" and self._platforms(clause)):
                return True
            window = "".join(clauses[max(i - 1, 0):i + 2])
            if self.kind == "count" and self.measures and self.predicate and any(
                    p in thing for thing in forms.counted(clause, self.measures) for p in self.predicate):
                return True  # what the counted are, counted itself: "有几位老师拿过东昌名师的称号", "东昌名师2人"
            if self.kind == "count" and self.focus:  # the counted thing in the clause or just before
                # (items of a list are one clause: "对接人社局，解决企业用工、培训、保险等服务保障3件")
                start, end = i, i
                while start > 0 and clauses[start - 1].endswith("、"):
                    start -= 1
                # (and on, what is counted may be such a list: "对23家市级、县级培育对象分类培育")
                while end + 1 < len(clauses) and clauses[end].endswith("、"):
                    end += 1
                window = "".join(clauses[max(start - 1, 0):end + 1])
                after = clauses[end + 1] if end + 1 < len(clauses) else ""
                if _MAKE_UP.match(after):  # (those counted make up what follows: "选派200名…人才，组成农技专家服务团")
                    if self._another_body(after):
                        continue
                    window += after
                elif after.startswith("是"):  # (or what follows says what they were: "大卖7万多份，是创刊以来销量最高的一期")
                    window += after
                if self._counts_another("".join(clauses[i:end + 1]), paragraph, after, clauses[start - 1] if start else ""):
                    continue
            if self.kind == "count" and self._unnamed_part(clause):
                continue
            if self.kind == "count" and self.measures and not self.units:
                # (an aside names nothing counted: "礼堂(可供全校学生集队)、1个医疗室"; unless it holds a
                # count in the measure asked: "(一个收视点代表64,820名观众)", not "17册（1～16与6.5）")
                window = _BRACKETED.sub(lambda m: m.group(0) if forms.number(m.group(0), self.measures) else "", window)
            if self.kind == "reason" or (self.kind in ("date", "duration") and i == 0):
                # a cause and its effect may stand clauses apart; a date that opens a sentence
                # ("9月19日下午，…沿路开展垃圾捡拾") dates all of it, a length of time lasts through it
                # ("会于形成后的数天内，不断的…注入储水，累积到足以溃堤的水量")
                window = sentence
                if self.kind == "reason" and _BACK_OPEN.match(sentence):
                    # (what is explained may be the sentence before's: "据官方统计…179人，但田野调查…
                    # 400人。两个数据产生差距的原因在于…")
                    window = _sentence_before(sentence, paragraph) + sentence
            if self.units:  # (a unit says what is measured: "康王路…。全路长约2.8公里")
                window = paragraph
            elif self.kind == "money" and i > 1 and forms.number(clauses[0], set()):
                # a list of figures after its counted topic: "已招募各类合伙人192人，合作项目51个，
                # 投入资金3.5亿元" (the partners' money)
                window = clauses[0] + window
            topic = _topic(clauses, i)  # (what the clauses up to the answer go on about: "…的补贴，占其净利的11.3%，估计为4700万美元")
            # (the money word itself: the thesaurus groups 成本 with 资金, 投资 with 资本)
            if self.sum_of and not any(w in window or w in topic for w in self.sum_of) and not self._named_sum(window) and any(
                    n in window and n != self.named_by and not set(n) & set("".join(self.sum_of))
                    and not self._sum_names(n) for n in forms.MONEY_NOUNS):
                continue  # (another sum: a word of money that is none of the question's, 补贴资金 said as 补贴)
            # (a depth asked of the water it is in is told by the depth: "生活在多深的海里", "水深300至3200公尺")
            if not self.focus or self.strict or any(self._says(f, window, clause, paragraph)
                                                    or (said == "深" and _WATERS.fullmatch(f)) for f in self.focus):
                return True
            if self.kind == "count" and any(_people_counted(f, clause, paragraph) or _measure_counts(f, clause, self.measures) for f in self.focus):
                return True
            if self.kind == "count" and self._casualties_asked(clause):
                return True
            if self.kind == "list" and any(re.match(_THESE + re.escape(f), _sentence_after(sentence, paragraph)) for f in self.focus):
                return True  # (the items, which the next sentence calls so: "通过《…声明》和《行动计划》。这两个文件…")
            if self.kind == "list" and any(forms.items_named(clause, f[-1]) for f in self.focus):
                # (items that end as the noun does: "哪些细菌" is "淋病菌、脑膜炎双球菌、嗜肺性军团菌"; by its last
                # character, its head: 英国、法国 are no 国家 by it)
                return True
            if self.kind == "list" and any(_MEMBER_NOUNS.get(f) == "work" for f in self.focus) \
                    and forms.member(clause, "work", exclude=self.asked):
                return True  # (works by their titles: "写过哪些书" is "著有《蜀弦集》和《百洲堂集》等")
            if self.kind == "person" and any(done_by(f, clause) for f in self.focus):
                return True  # (the deed by a character of its verb after 所: "是谁翻译的", "安世高所译之坐禅佛典")
            if self.kind == "person" and i == 0 and any(_apposition(c, f) for c in clauses[1:4] for f in self.focus):
                return True  # (the name, then what they are: "张舒雅（，），香港模特儿，2008年香港小姐冠军，…")
            if any(sentence.startswith(f) for f in self.focus) and all(
                    _goes_on(c) or _MEASURE_VERB.match(c) or _aside(c, clauses[j]) for j, c in enumerate(clauses[1:i + 1])):
                return True  # (the sentence's subject, whose clauses go on to the answer: "剃刀嘴凤冠雉（…）是一种…鸟类，长达89厘米")
            if topic and any(_found(f, topic) for f in self.focus):
                return True
            if on_lead:
                return True
            if self.kind == "money" and _goes_on(sentence) and not self._dated_other(sentence) and all(
                    _found(f, _two_before(sentence, paragraph)) for f in self.focus):
                return True  # (a sum going on about what was told just before: "…屋顶更新工程。新五帆屋顶…。计划耗资2100万元")
            if self.kind == "date" and set(self.focus) <= _SPAN_END and (_DATE_SPAN.search(clause) or (
                    "开始" in self.focus and _FROM_DATE.search(clause))):  # (or its start: "预赛由2009年2月起进行")
                return True  # (the span's first or last date: "从哪天开始", "9月13日至23日")  # (a role holder's name comes with its role: _answer_in checks it)
            if self.per in _OF_THINGS and re.search(f"(?:{rate.pattern})[0-9一二三四五六七八九十两]", clause):
                return True  # the rate asked, just before the number: "按每人300户的标准配备…网格员"
            if len(self.about) > 1 and 2 * sum(_found(w, window) for w in self.about) >= len(self.about):
                return True
            if about_subject:
                return True  # "弗兰肯豪森战役于1525年5月15日发生…": a sentence about the subject
        return self.kind == "reason" and self._told_before(clauses)

    def _noun_in_general(self, clause: str) -> bool:
        """Whether the clause counts in 个 the thing a question ending on it counts with no measure
        word ("进了多少球": "攻入18个联赛入球"; not "几家" for 3个企业家, a measure word before a noun).

        >>> Wanted.parse("他第一个赛季进了多少球？")._noun_in_general("攻入18个联赛入球而成为联赛第二位的射手。")
        True
        >>> Wanted.parse("他第一个赛季进了多少球？")._noun_in_general("攻入18个联赛助攻。")
        False
        """
        nouns = [m for m in self.measures if len(m) == 1 and re.search(f"(?:多少|几){m}[？?]?$", self.asked)]
        return bool(nouns) and any(t.endswith(m) for t in forms.counted(clause, {"个"}) for m in nouns)

    def _platforms(self, clause: str) -> bool:
        """Whether a question on a station's platforms or tracks is told by the clause: "岛式月台1面2线"
        (what is counted needs no word of its own beside the number)."""
        asked = set(self.focus) & _PLATFORM_WORDS or self.measures & {"面", "线"} or re.search("月台|站台", self.asked)
        return bool(asked and _PLATFORMS.search(clause))

    def _nth_child(self, clause: str, sentence: str) -> bool:
        """Whether the clause ranks a child of the parent asked: "硕塞是皇太极的第几个儿子" is told by
        "清太宗皇太极第五子" (the text says no 儿子).

        >>> w = Wanted.parse("硕塞是皇太极的第几个儿子？")
        >>> w._nth_child("清太宗皇太极第五子，", "硕塞，清太宗皇太极第五子。"), w._nth_child("多铎第五子，", "硕塞，多铎第五子。")
        (True, False)
        """
        parent = _CHILD_OF.search(self.asked)
        return bool(parent and _NTH_CHILD.search(clause) and parent.group(1) in sentence)

    def _says_life(self, said: re.Pattern, clauses: list[str]) -> bool:
        """Whether a clause says a birth or a death (said), not a kin's."""
        return any(said.search(c) and not self._kin_life(c) for c in clauses)

    def _kin_life(self, clause: str) -> bool:
        """Whether a clause tells the birth or death of a kin the question does not ask of, the kin
        named first: "李婉华是哪一年出生的" is not dated by "…育有两子一女，女儿2003年出生".

        >>> w = Wanted.parse("李婉华是哪一年出生的？")
        >>> w._kin_life("女儿2003年出生，"), w._kin_life("她于1966年出生，"), w._kin_life("1966年出生于父亲任教的小镇")
        (True, False, False)
        >>> Wanted.parse("露丝哪一年去世？")._kin_life("妻子露丝则于2002年病逝于波扎那。")
        False
        """
        if not set(self.focus) & (_BORN | _DIED):
            return False
        kin = _KIN_FIRST.search(clause)
        said = self._life_said.search(clause)
        return bool(kin and said and kin.start() < said.start() and kin.group(0) not in self.asked
                    and not self._asked_of_named(clause[kin.end():]))

    @property
    def _life_said(self) -> re.Pattern:
        """How a text says the birth or the death asked of (出生, 生于…; 去世, 卒…)."""
        return _SAYS_BIRTH if any(f in _BORN for f in self.focus) else _SAYS_DEATH

    def _asked_of_named(self, after_kin: str) -> bool:
        """Whether the text right after a kin word names the one the question asks of: "妻子露丝则于2002年
        病逝" tells 露丝's own death, not a kin's."""
        about = subject(self.asked)
        return bool(about) and after_kin.startswith(about)

    def _others_life(self, clause: str) -> bool:
        """Whether a clause tells the birth or death of someone it names before it whom the question
        does not name: "吴少阳死于哪一年" is not dated by "…秋十一月吴少诚忧病致死".

        >>> w = Wanted.parse("吴少阳死于哪一年？")
        >>> w._others_life("元和四年（809年）秋十一月吴少诚忧病致死，"), w._others_life("元和九年（814年）九月吴少阳卒，")
        (True, False)
        """
        if not set(self.focus) & (_BORN | _DIED):
            return False
        said = self._life_said.search(clause)
        names = [w for w, f in tagged(clause[:said.start()]) if f == "nr" and len(w) > 2] if said else []
        about = subject(self.asked)  # (as jieba may cut a name with the word after it: 张三于)
        return bool(names) and bool(about) and not any(n in self.asked or about in n or n in about for n in names)

    def _told_of_another(self, sentence: str) -> bool:
        """Whether a birth, a death or a kin asked of someone is told, in a sentence that names
        neither them nor a pronoun for them, of someone it names: "唐太宗驾临九成宫，…结社率…事发被杀"
        does not date 李思摩's death, nor does "朱元璋召朱亮祖父子到金陵" name 道同's father.

        >>> Wanted.parse("李思摩哪一年去世？")._told_of_another("贞观十三年，唐太宗驾临九成宫，…，事发被杀。")
        True
        >>> Wanted.parse("李思摩哪一年去世？")._told_of_another("贞观二十一年卒于长安。")
        False
        >>> Wanted.parse("邵伯温的父亲是谁？")._told_of_another("邵雍之子。")
        False
        >>> Wanted.parse("徐展堂在什么时候逝世了？")._told_of_another("徐展堂1950年随家人走难来香港，1954年父亲因肺病去世。")
        True
        >>> w = Wanted.parse("岑朗天的父亲是谁？")
        >>> w._told_of_another("香港新亚研究所硕士，师从牟宗三，父亲为香港专栏作家昆南。"), w._told_of_another("朱元璋召朱亮祖父子到金陵。")
        (False, True)
        """
        kin = self.kind == "person" and self.strict and not self.whose and bool(self.focus) and self.focus[0] in _KIN.values()
        if not kin and (self.kind != "date" or not any(f in _BORN | _DIED for f in self.focus)):
            return False
        if not kin:
            # (nor one the sentence tells of a kin of theirs, in a clause of its own: "徐展堂1950年随家人
            # 走难来香港，1954年父亲因肺病去世")
            life = self._life_said
            told = [c for c in split_clauses(sentence) if life.search(c)]
            if told and all((m := _KIN_LED.match(c)) and not self._asked_of_named(c[m.end():]) for c in told):
                return True
            if told and sentence.startswith(told[0]) and life.match(told[0]):
                return False  # (opening the sentence, with no one before it: the life's own, "生于…乾隆三十二年，…")
        who = subject(self.asked)
        whole = who and re.search(re.escape(who) + r"(?:·[\u4e00-\u9fff]{1,8}?)+(?=的|之|是|在|于|[，,？?]|$)", self.asked)
        who = whole.group(0) if whole else who  # (摩根 of 摩根·理查德·茨万吉拉伊)
        if not who or any(part in sentence for part in who.split("·") if len(part) > 1):
            return False  # (a foreign name may be said by its last part, 茨万吉拉伊)
        if re.search(r"[他她]|(?<![及与尤极])其(?![中他余次实])", sentence):
            return False  # (a pronoun for them)
        if kin and re.search(r"(?:^|[，,；;。])" + re.escape(self.focus[0]) + r"[\u4e00-\u9fff]{1,2}氏", sentence):
            return False  # (kin listed with no one's before them, as a life lists its own: "严侍下，妻黄氏")
        if re.match(r"[\u4e00-\u9fff·]{2,8}(?:之|的)(?:" + "|".join(_CHILDREN) + r")[。；;，,]", sentence):
            return False  # (whose child they are, with no subject: "邵雍之子。" in 邵伯温's life)
        if kin:
            # (whose kin it is stands before the kin word, in its clause or opening the sentence: "香港
            # 新亚研究所硕士，师从牟宗三，父亲为…昆南" names 牟宗三 as a teacher, not as the father's child)
            clauses = split_clauses(sentence)
            at = next((i for i, c in enumerate(clauses) if self.focus[0] in c), None)
            if at is not None:
                sentence = (clauses[0] if at else "") + clauses[at][:clauses[at].find(self.focus[0])]
        # (where it happened is no one: jieba reads "卒于长安" as 卒 and a name 于长安)
        return forms.names(re.sub(r"[卒死逝终生葬]于[^，,。；;]*", "", sentence), True, self.asked)

    def _another_event(self, sentence: str) -> bool:
        """Whether the question asks of an event the synonym lists know (解散) and the sentence
        tells another of them (成立) and not it: "乐团于1991年成立" dates no breaking up.

        >>> Wanted.parse("这支乐团是哪一年解散的？")._another_event("这支乐团于1991年成立。")
        True
        >>> Wanted.parse("音乐专线什么时候停止运行的？")._another_event("“音乐专线”自今年6月1日起正式投入运行")
        True
        """
        said = "".join(self.focus)  # (the focus may come in words: 停止, 运行)
        asked = next((group for group in EVENTS if said in group), None)  # (停止通车 before 通车)
        if asked is None:
            # (else the group with most of the focus words: an opening's, 启用, 开通…, though its 落成
            # is a building's too)
            most = max(EVENTS, key=lambda group: sum(f in group for f in self.focus))
            asked = most if any(f in most for f in self.focus) else None
        if asked is None or any(w in sentence for w in asked | {said}):
            return False
        about = subject(self.asked) if asked in (FOUNDED, LAUNCHED) else ""
        if about and sentence.startswith(about) and any(w in sentence for w in FOUNDED | LAUNCHED):
            return False  # (a plan or a body is launched as it is founded: "莫洛托夫计划是1947年由苏联所创立的")
        return any(w in sentence for group in EVENTS if group is not asked for w in group)

    def founds_another(self, sentence: str) -> bool:
        """Whether the question asks when something was founded or launched and every founding in
        the sentence is of another thing, named right after the verb: "美国政府新成立国土安全部" is
        not when 美国特勤局 was (its "1865年成立" is).

        >>> w = Wanted.parse("美国特勤局是哪一年成立的？")
        >>> w.founds_another("2001年911事件后，美国政府新成立国土安全部，特勤局改为该部管辖"), w.founds_another("1865年成立，为了秘密调查")
        (True, False)
        >>> Wanted.parse("吉格梅·多吉·旺楚克在哪一年成立了国会？").founds_another("1953年，他成立了国会")
        False
        >>> Wanted.parse("谁创办了青少年机器人世界杯？").founds_another("巡回赛之后，成立了一个工作室")
        True
        """
        if not set(self.focus) & (FOUNDED | LAUNCHED):
            return False
        verbs = list(_FOUNDING.finditer(sentence))
        about = subject(self.asked)

        def another(m: re.Match) -> bool:
            # (past a count: "成立了一个工作室")
            after = re.sub(r"^(?:一|[0-9]+)?[个家所座支间]", "", sentence[m.end():])
            words = tagged(after[:12])
            if not words or words[0][1][0] != "n" or len(words[0][0]) < 2 or (about and after.startswith(about)):
                return False
            # (not what the question names: "哪一年成立了国会", "…出资成立了俱乐部", "筹资创办了在武汉的旅汉公学"
            # for "创办宁波同乡会子弟在武汉的旅汉公学"; "在上海证券交易所上市的" for "上市交易")
            founded = re.split(r"[，,。；;：:]", after, maxsplit=1)[0]
            return not any(founded[i:i + 2] in self.asked for i in range(len(founded) - 1))
        return bool(verbs) and all(another(m) for m in verbs)

    def _on_lead(self, sentence: str, paragraph: str) -> bool:
        """Whether the sentence, with no subject of its own or a pronoun for one, is about what its
        paragraph's first sentence names of the focus ("于…动工，总投资2.38亿元", "牠们接近灭绝，只余下
        650头"): for a sum, or a count in a measure word of its own ("出台…及5个配套办法" counts no
        党员 the paragraph names)."""
        if not self.focus or not (self.kind == "money" or 0 < len(self.measures) < len(_MEASURES)):
            return False
        lead = _lead_sentence(paragraph)
        return sentence not in lead and any(_said(f, lead) for f in self.focus) and _goes_on(sentence) \
            and not self._dated_other(sentence)

    def _dated_other(self, sentence: str) -> bool:
        """Whether a date opens the sentence and a subject other than the focus follows it: "2023年，
        合作社销售收入达到1800万元" is the cooperative's, not the looms' its paragraph's lead names
        ("1950年1月1日，赵牧师在…讲道，…人数达一千二百人" is the pastor's).

        >>> w = Wanted.parse("一台织机多少钱？")
        >>> w._dated_other("2023年，合作社销售收入达到1800万元。"), w._dated_other("2023年，投资1800万元建成车间。")
        (True, False)
        """
        dated = _DATE_OPENING.match(sentence)
        words = [(w, f) for w, f in tagged(sentence[dated.end():]) if f[0] not in "xw"] if dated else []
        head = "".join(w for w, _ in itertools.takewhile(lambda t: t[1][0] not in "vpd", words))
        return bool(words) and words[0][1][0] in "njl" and not any(f in head for f in self.focus)

    def _unnamed_part(self, clause: str) -> bool:
        """Whether the clause lists the parts of a whole ("包括25名开发区机关正式党员和选聘的50名企业
        正式党员") and the question names none of them by what sets it apart: "一共有多少名党员" is
        not one part; "有多少名是从企业选聘的" is. (Not by the question's place: 开发区.)

        >>> Wanted.parse("济北开发区的五大党建联盟一共有多少名党员？")._unnamed_part("包括25名开发区机关正式党员和选聘的50名企业正式党员")
        True
        >>> Wanted.parse("济北开发区派驻的党建指导员里有多少名是从企业选聘的？")._unnamed_part("包括25名开发区机关正式党员和选聘的50名企业正式党员")
        False
        >>> Wanted.parse("其中机关党员有多少名？")._unnamed_part("包括25名开发区机关正式党员和选聘的50名企业正式党员")
        False
        """
        listed = re.search(r"包括|其中", clause)
        parts = forms.counted(clause[listed.end():], self.measures) if listed else []
        if len(parts) < 2:
            return False
        words = [w for w in _content_words(self.asked) if len(w) > 1 and not forms.place_name(w)]
        return not any(w in part for part in parts for w in words)

    def _another_body(self, made: str) -> bool:
        """Whether what a count makes up ("组成农技专家服务团") is another body of the kind the
        question names: the same end (专家服务团), after other words than the question's (高校).

        >>> Wanted.parse("高校专家服务团有多少名专家？")._another_body("组成农技专家服务团，")
        True
        >>> Wanted.parse("农技专家服务团有多少名专家？")._another_body("组成农技专家服务团")
        False
        """
        body = re.sub(r"^(?:组成|组建|构成|成立)|[^\w]+$", "", made)
        for n in range(len(body) - 1, 1, -1):  # the longest end of it the question names
            at = self.asked.find(body[-n:])
            if at >= 0:
                own, other = self.asked[max(at - 2, 0):at], body[:-n][-2:]
                return bool(re.fullmatch(r"[\u4e00-\u9fff]{2}", own) and re.fullmatch(r"[\u4e00-\u9fff]{2}", other)) \
                    and own != other and own not in body
        return False

    def _counts_another(self, clause: str, paragraph: str, after: str = "", before: str = "") -> bool:
        """Whether the clause's numbers each count a thing named after them that is not the focus,
        which the clause does not name either ("加挂党员教育中心牌子，根据需要配备2-4名专职人员" counts
        no 党员; "选派29名科级干部…担任党建工作指导员" names 指导员 in the clause)."""
        if not self.measures or self.measures == set(_SCORE_UNITS) or any(self._says(f, clause, clause, paragraph) for f in self.focus):
            return False  # (a score counts nothing: "1比0击败法国" is not 0 of 击败法国)
        if _goes_on(clause) and any(before.startswith(f) for f in self.focus):
            return False  # (the clause goes on about the one before's subject: "凤凰队的主场是…体育场，可容纳34500名观众")
        if _MAKE_UP.match(after) and any(self._says(f, after, after, paragraph) for f in self.focus):
            return False  # (they make up the focus)
        things = forms.counted(clause, self.measures)
        return bool(things) and all(t and not any(self._says(f, t, t, paragraph) for f in self.focus) for t in things)

    def _says(self, word: str, text: str, near: str, paragraph: str, every: bool = False) -> bool:
        """Whether the text says the word (or a synonym, or a part of a long word: each part, with
        every); loosely, whether the part of it nearest the answer has a word sharing a character
        with it, when its paragraph never uses the word (a paragraph that says 党员 elsewhere
        counts no 党员 in "委员6人"). What is counted, in one character, is said by a word it ends
        (进球), not by one it begins ("进了几个球" is not counted in "二次球员转会")."""
        if len(word) == 1 and not self.loose and self.kind == "count":  # (a verb's is not: 兼 of 兼任)
            return _said(word, text)
        if word in _RENAMED and _RENAMED_TO.search(text):
            return True  # (a new name given: "改名" is told by "改「台北市万华区龙山国民小学」")
        return _found(word, text, every=every) or (self.loose and not _found(word, paragraph, parts=False) and _shares(word, near))

    def _sum_names(self, noun: str) -> bool:
        """Whether the question names its sum by this word of money right before it: "投资总预算" is
        an investment ("投资24.57个亿"); "惠企补贴一年的预算" is no 补贴 granted."""
        return any(re.search(re.escape(noun) + "总?" + re.escape(s), self.asked) for s in self.sum_of)

    def _named_sum(self, text: str) -> bool:
        """Whether the text names the sum by the question's word for which it is, just before a
        word of money ("技改补贴" said as 技改奖补资金)."""
        return bool(self.named_by) and bool(re.search(
            re.escape(self.named_by) + r"[\u4e00-\u9fff]{0,2}?(?:" + "|".join(forms.MONEY_NOUNS) + ")", text))

    def _another_place(self, sentence: str) -> bool:
        """Whether the sentence is about another community or village than the question's ("御泉社区
        有多少名党员" and "桃花山社区…25名党员": one article may tell of several): it names
        one, and not the question's; or, for a question that names none, it names one and none of
        the question's own words. (Not towns and districts: a sentence about a town's community, or
        a county's town, names both; on the seed files it cost a tenth of the answers.)"""
        mine = _communities(self.asked)
        for name in mine:
            if name not in sentence and any(other != name for other in _communities(sentence)):
                return True
        if not mine and _communities(sentence):
            # a question that names no community, about a body ("明水街道商圈联盟党支部有多少名党员")
            # that a sentence about a community (桃花山社区) names nothing of: not about it either
            own = [w for w, f in tagged(self.asked) if len(w) > 1 and f[0] in "nvj" and w not in self.focus
                   and f != "ns" and not forms.place_name(w)]
            # (or names fewer than half: "公路局宿舍院落党支部有多少名老党员" is not "桃花山社区一职工
            # 宿舍…25名党员", though both say 宿舍)
            return bool(own) and 2 * sum(_found(w, sentence, parts=False) for w in own) < len(own)
        return False

    def _another_market(self, sentence: str) -> bool:
        """Whether a figure asked of one country or market ("在中国大陆的票房") is told in the
        sentence of others only ("台北票房…，全台开出近9000万新台币", "北美首映开出1830万美元").

        >>> w = Wanted.parse("《没问题先生》在中国大陆的票房是多少？")
        >>> w._another_market("北美首映开出1830万美元的成绩。"), w._another_market("在内地首映开出1830万元的成绩。")
        (True, False)
        """
        m = _IN_MARKET.search(self.asked) if self.kind in ("count", "money") else None
        if not m:
            return False
        asked, told = forms.markets(m.group(1)), forms.markets(sentence)
        return bool(asked) and bool(told) and not asked & told

    def about_another(self, sentence: str, before: str, text: str) -> bool:
        """Whether the sentence, with no subject of its own, goes on about another of the question's
        kind that the sentence before it names (in a text telling of the question's apart). The
        sentence before may end the paragraph before, which the layout cut off."""
        return self.names_a_kind and _goes_on(sentence) and self._another_of_kind(before, text)

    @property
    def names_a_kind(self) -> bool:
        """Whether the question names what it asks about by a name and its kind (济青 高速公路)."""
        return not self.soft and bool(_named_kind(self.asked)[1])

    def _another_of_kind(self, sentence: str, paragraph: str) -> bool:
        """Whether the sentence opens with another of the kind the question asks about (its name,
        then the noun the question's subject is followed by), in a paragraph that tells of the
        question's apart, in a sentence of its own: "长常高速的投资总预算" is not told by "常张高速
        公路全长…，投资总预算68.7亿元" beside "长常高速公路全长147.924公里…" (but "长张高速" by
        its part's, in a paragraph that tells only its parts apart).

        >>> roads = "长常高速公路全长147.924公里。常张高速公路全长160.68公里，投资总预算68.7亿元。"
        >>> Wanted.parse("长常高速的投资总预算是多少？")._another_of_kind("常张高速公路全长160.68公里，投资总预算68.7亿元。", roads)
        True
        >>> Wanted.parse("长张高速的投资总预算是多少？")._another_of_kind("常张高速公路全长160.68公里，投资总预算68.7亿元。", roads)
        False
        >>> Wanted.parse("番职院占地多少亩？")._another_of_kind("学院占地2061亩。", "学院占地2061亩。")
        False
        """
        about, kind = _named_kind(self.asked)
        if not kind or about in sentence or not re.search(r"(?:^|[。！？!?\n])\s*" + re.escape(about + kind), paragraph):
            return False
        # (a noun in the sentence, which jieba may tag otherwise in the question: 高速/d, 高速公路/n)
        words = tagged(sentence)[:3]
        at = next((i for i, (w, f) in enumerate(words) if i and w.startswith(kind) and f[0] == "n"), 0)
        name = "".join(w for w, _ in words[:at])
        if any(f[0] in "vpuc" for _, f in words[:at]):
            return False  # (words of a clause, not a name: "党建引领社区网格精细化管理")
        return 2 <= len(name) <= 4 and bool(re.fullmatch(r"[\u4e00-\u9fff]+", name)) and not re.match(r"[该本此这那其]", name)

    def _another_named(self, sentence: str, paragraph: str) -> bool:
        """Whether the sentence names, instead of a name the question gives, another ending alike,
        in a paragraph that names the question's elsewhere ("哪一年去哥伦比亚大学任教" is not told by
        "1936年去夏威夷大学任教" beside "其后任教于…哥伦比亚大学").

        >>> Wanted.parse("他哪一年去哥伦比亚大学任教？")._another_named("1936年去夏威夷大学任教。", "1936年去夏威夷大学任教。其后任教于哥伦比亚大学。")
        True
        """
        for name, flag in tagged(self.asked):
            if len(name) < 4 or flag[0] != "n" or name in sentence or name not in paragraph:
                continue
            kind, head = name[-2:], name[:-2]
            if any(len(w) > 1 and w in sentence for w in jieba.lcut(head) + [subject(self.asked)]):
                continue  # (the same, by part of its name: 魏斯可金融公司 as 魏斯可)
            # (another, whose name shares nothing with it: not 一汽集团 for 中国第一汽车集团)
            if any(w.endswith(kind) and len(w) >= 4 and not set(w[:-2]) & set(head)
                   for w, f in tagged(sentence) if f[0] == "n"):
                return True
        return False

    def _another_numbered(self, sentence: str) -> bool:
        """Whether the sentence opens with another of a numbered series the question names one of
        ("鑫诺三号能用几年": "鑫诺六号…为鑫诺三号的替代卫星…服务寿命15年").

        >>> w = Wanted.parse("鑫诺三号能用几年？")
        >>> w._another_numbered("鑫诺六号直播卫星为鑫诺三号的替代卫星，服务寿命15年。"), w._another_numbered("鑫诺三号通信卫星服务寿命8年。")
        (True, False)
        """
        m = _SERIES.search(self.asked)
        if not m:
            return False
        opens = re.match(re.escape(m.group(1)[-2:]) + r"([0-9一二三四五六七八九十]+)" + m.group(3), sentence.lstrip())
        return bool(opens) and opens.group(1) != m.group(2)

    def _another_owner(self, sentence: str, paragraph: str = "") -> bool:
        """Whether the sentence tells of another than the owner asked about: it does not name it and
        opens with a name of its own ("泰星新材料今年的销售收入": "济南久安酯工业产值实现24%的增长，
        …预计新增销售收入2000万元").

        >>> Wanted.parse("泰星新材料的销售收入是多少？")._another_owner("济南久安酯…预计新增销售收入2000万元")
        True

        Nor does a paragraph that never names it ("玻科数控今年的工业产值": an official's words on
        the town's projects, "可新增工业产值20亿元").

        >>> Wanted.parse("玻科数控今年的工业产值是多少？")._another_owner("“到年底,…可新增工业产值20亿元", "“到年底,…可新增工业产值20亿元")
        True
        """
        if not self.owner or any(_found(w, sentence) for w in self.owner):
            return False
        if paragraph and not any(_found(w, paragraph) for w in self.owner):
            return True
        words = [(w, f) for w, f in tagged(sentence) if f[0] not in "xw"]
        return bool(words) and words[0][1][0] in "nj" and words[0][1] != "t"

    def _another_period(self, sentence: str, paragraph: str = "") -> bool:
        """Whether the sentence tells the amount of another year than the question's ("泰星新材料
        今年的销售收入": "预计明年将新增销售收入3亿元"), or of a month when a year's is asked ("全年的
        固定资产投资": "单月完成…；完成固定资产投资3.62亿元").

        >>> Wanted.parse("泰星今年的销售收入是多少？")._another_period("预计明年将新增销售收入3亿元")
        True
        >>> Wanted.parse("寅寺镇去年新增了几家企业？")._another_period("力争新增营收过亿元企业2家")
        True
        >>> [Wanted.parse(q)._another_period("力促钰泰化工等5家企业年内实现升规纳统") for q in ("寅寺镇一共有多少家化工企业？", "寅寺镇今年要让几家企业升规纳统？")]
        [True, False]
        >>> Wanted.parse("他一共打进了多少球？")._another_period("2009年8月30日的比赛中，他打进一球")
        True
        >>> w, p = Wanted.parse("1993年股市年底升到多少点？"), "1993年的香港，…于1995年…至1997年香港回归后。{}股市攀升至年底的11,000点。"
        >>> [w._another_period(f"{said}股市攀升至年底的11,000点。", p.format(said)) for said in ("本年", "同年")]
        [False, True]
        >>> Wanted.parse("鲁洪公司工业产值涨了多少？")._another_period("鲁洪公司工业产值同比增长15.5%，预计新增销售收入2000万元")
        False
        >>> [Wanted.parse(q)._another_period("刁镇街道单月完成工业产值20.27亿元", "根据全区11月份经济指标完成情况显示,刁镇街道单月完成工业产值20.27亿元") for q in ("刁镇街道12月份完成工业产值多少？", "刁镇街道11月份完成工业产值多少？")]
        [True, False]
        >>> [Wanted.parse(q)._another_period("完成固定资产投资3.62亿元,环比增长8.7%") for q in ("固定资产投资同比增长了多少？", "固定资产投资环比增长了多少？", "固定资产投资增长了多少？")]
        [True, False, False]
        """
        asked = set(_YEAR_WORDS.findall(self.asked))
        said = set(_YEAR_WORDS.findall(sentence))
        if asked and said and not asked & said:
            return True
        # (a year of the calendar: "于乐2013年打进了多少球" is not told by 2010's "该赛季…打进3球", the
        # year a sentence pointing back takes from the last one its paragraph names before it)
        years = set(_CALENDAR_YEAR.findall(self.asked))
        told = set(_CALENDAR_YEAR.findall(self._full_sentence(sentence, paragraph)))
        if years and not told and _POINTS_TO_YEAR.match(sentence):
            named = _CALENDAR_YEAR.findall(paragraph[:max(paragraph.find(sentence), 0)])
            told = set(named[:1] if _THIS_YEAR.match(sentence) else named[-1:])
        if years and told and not years & told:
            return True
        # (a named month: "12月份完成工业产值多少" is not told by "11月份…完成工业产值20.27亿元"; the
        # month may be named clauses before, in the same full sentence: "单月完成工业产值…；完成
        # 固定资产投资3.62亿元")
        whole = self._full_sentence(sentence, paragraph)
        months, told = _months(self.asked), _months(whole)
        if months and told and not months & told:
            return True
        # (against another base: "同比增长了多少" is not told by "环比增长8.7%")
        base = next((b for b in _BASES if b in self.asked), "")
        if base and not re.search(_BASES[base], sentence):
            return True
        if _TOTAL.search(self.asked) and not asked and not years and not _SO_FAR.search(whole):
            # (not the day of a birth or a death, which scopes nothing else: "2004年11月24日因癌症逝世，…，
            # 创作接近2000首流行曲")
            # (nor a date told after the total, of another deed: "43集电视连续剧《…》，于2010年4月16日首播")
            clauses = [c for c in split_clauses(whole) if not _SAYS_DEATH.search(c) and not _SAYS_BIRTH.search(c)]
            told_at = next((i for i, c in enumerate(clauses) if self._answer_in(c, i)), len(clauses))
            scoped = "".join(clauses[:told_at + 1])
            if _ONE_TIME.search(scoped):
                return True  # (one day's or one season's, for a total: "2009年8月30日…打进一球", "隔年…30支全垒打")
        if asked & {"去年", "前年"} and _TARGET.search(sentence):
            return True  # a target is what is to come: "力争新增营收过亿元企业2家" is no past year's
        aim = _AIM.search(sentence)
        if aim and not _TO_COME.search(self.asked) and not any(
                self._answer_in(c, 1) for c in split_clauses(sentence[:aim.start()])):
            return True  # (an aim governs what follows it: "产值同比增长15.5%，…预计新增…" tells a growth first)
        if re.search(r"今年|全年|一年|年度", self.asked) and re.search(r"单月|当月", whole):
            return True  # (one month's, for a year's: "单月完成工业产值20.27亿元")
        return bool(re.search(r"全年|一年|年度", self.asked) and _MONTH_SCOPE.search(whole)
                    and not re.search(r"全年|年度|今年|累计", whole))

    @staticmethod
    def _full_sentence(sentence: str, paragraph: str) -> str:
        """The sentence with the clauses before it up to the last full stop (a candidate sentence
        may be one clause of a longer one)."""
        at = paragraph.find(sentence)
        return re.split(r"[。！？!?]", paragraph[:at])[-1] + sentence if at >= 0 else sentence

    def _only_a_change(self, sentence: str) -> bool:
        """Whether every amount in the units asked is a change, when the question asks a level
        ("甘薯的年产量": "粮食增产3200万公斤" is how much more grain, not how much is grown).

        >>> Wanted.parse("泗水县甘薯的年产量是多少？")._only_a_change("推广应用63万亩,粮食增产3200万公斤")
        True
        >>> Wanted.parse("泗水县粮食增产了多少公斤？")._only_a_change("推广应用63万亩,粮食增产3200万公斤")
        False

        So for a sum of money the focus names ("12月份完成工业产值多少": "可新增工业产值20亿元").

        >>> [Wanted.parse(q)._only_a_change("建成…项目16个,可新增工业产值20亿元,利税2亿元") for q in ("12月份完成工业产值多少？", "可新增工业产值多少？")]
        [True, False]
        >>> Wanted.parse("今年的工业产值是多少？")._only_a_change("其他企业工业产值增量达到1亿元")
        True
        """
        if _CHANGED.search(self.asked):
            return False
        if self.kind == "money" and self.focus:
            # (the change's word before the focus or after it: "新增工业产值20亿元", "工业产值增量达到1亿元")
            told = re.findall(f"({_CHANGED.pattern})?{re.escape(self.focus[0])}({_CHANGED.pattern}|增量|增幅)?"
                              f"[^，,；;。0-9]{{0,4}}[约近超过达]*[0-9]", sentence)
            return bool(told) and all(any(t) for t in told)
        if not self.units:
            return False
        units = "|".join(sorted(map(re.escape, self.measures), key=len, reverse=True))
        amounts = re.findall(f"({_CHANGED.pattern})?[约近超过达]*[0-9.]+[余多]?[十百千万亿]*(?:{units})", sentence)
        return bool(amounts) and all(amounts)

    def _one_of_total(self, sentence: str) -> bool:
        """Whether the sentence names the subject only among several whose total it tells ("圣泉酚醛
        树脂、明泉氮肥…等重点项目16个"): not when the question asks that total (等), nor for a
        place, which does things rather than being counted ("兖州乡村振兴培训中心等5个观摩项目").
        So for a topic the question counts things of, and the sentence must name it ("有几个关于民法典
        的选题": "涵盖垃圾分类、民法典、科技下乡等十多个选题" counts them all, "制作十多个主题宣讲" any).

        >>> Wanted.parse("宣讲题库里有几个关于民法典的选题？")._one_of_total("题库已涵盖垃圾分类、民法典、科技下乡等十多个选题")
        True
        >>> Wanted.parse("宣讲题库里有几个选题？")._one_of_total("题库已涵盖垃圾分类、民法典、科技下乡等十多个选题")
        False
        """
        if "等" in self.asked:
            return False
        for topic in (m.group(1) or m.group(2) for m in _TOPIC.finditer(self.asked)):
            ends = [topic[i:] for i in range(len(topic) - 1)]  # (its end: "都街道民法典方面的" names 民法典)
            named = [e for e in ends if e in sentence]
            if not named or all(forms.in_total(sentence, e, listed=True) for e in named):
                return True
        about = subject(self.asked)
        if not about or any(w.startswith(about) and (f == "ns" or forms.place_name(w)) for w, f in tagged(self.asked)):
            return False
        return forms.in_total(sentence, about)

    def _told_before(self, clauses: list[str]) -> bool:
        """A cause told without a causal word, by the clause before its effect: "清廷厌其反复不定，
        不予录用。" The effect is the sentence's last clause (what it comes to) and holds half the
        words of what is explained; no clause before holds as many ("海蛇的舌头有盐份分泌线，能将身体
        多余的盐分排除"). ("流动党员数量较多，且多为外出打工，去向难以掌握": 且 adds, and the clause
        is not last.)"""
        # (or what was done to the doer for it, wherever it stands: "与佟国维等联名保奏皇八子胤禩为储，
        # 被罢官困禁，后复起用")
        for before, clause in zip(clauses, clauses[1:]):
            if re.match(r"\s*(?:遂|随即|因而|结果)?(?:被|遭)", clause) and self.focus \
                    and all(_found(f, clause) for f in self.focus) and not self.tells(before) \
                    and len(re.sub(r"\W", "", before)) >= 6:
                return True
        # (why not: what it is, then, its subject left out, that it cannot be done: "为什么不公布保险额度"
        # is "保险额度属于保密条款，不能对外公布"; what it is may name what is not done)
        if len(clauses) >= 2 and _WHY_NOT.search(self.asked) and _CANNOT.match(clauses[-1]) and self.focus \
                and all(_found(f, clauses[-1]) for f in self.focus) and self.tells(clauses[-2] + clauses[-1]) \
                and not any(self.tells(c) for c in clauses[:-2]) and _states(clauses[-2]):
            return True
        # (and not a description: "…辐射沿街商户187户，是回河街道开通的第一条…专线")
        if len(clauses) < 2 or re.match(r"\s*(?:且|并|而且|同时|也|还|又|是)", clauses[-1]):
            return False
        if clauses[-2].strip()[:2] == clauses[-1].strip()[:2]:
            return False  # (deeds told alike, one after another: "建成…党建联盟，建成…党总支")
        # (the effect first told here: "西平镇成立督查评估工作领导小组，…，整合…力量成立若干督查评估组"
        # tells what was done, in order, not why)
        return (self.tells(clauses[-1]) and not any(self.tells(c) for c in clauses[:-1])
                and _states(clauses[-2]))

    def _casualties_asked(self, clause: str) -> bool:
        """Whether the clause counts the dead or the hurt the question asks of, by 死 or 伤 alone.

        >>> Wanted.parse("踩踏事故造成多少人死亡？").holds("以踩踏事故揭开序幕，酿成21死62人轻重伤。", "")
        True
        >>> Wanted.parse("踩踏事故造成多少人受伤？")._casualties_asked("酿成21死")
        False
        """
        return bool(self.measures & _PEOPLE_MEASURES) and any(
            set(self.focus) & _CASUALTY_WORDS[m.group(1)] for m in _CASUALTIES.finditer(clause))

    def tells(self, text: str) -> bool:
        """Whether a text tells of half the words of what a reason question explains."""
        words = [w for w in self.about or self.focus if len(w) > 1]
        return bool(words) and 2 * sum(_found(w, text) for w in words) >= len(words)

    def answers(self, clause: str) -> bool:
        """Whether the clause holds an answer of this kind (about anything)."""
        return self._answer_in(clause, 0)

    def _answer_in(self, clause: str, position: int, before: str = "", after: str = "") -> bool:
        """Whether the clause (the position-th of its sentence, between `before` and `after`)
        holds an answer."""
        kind = self.kind
        if kind == "count":
            if "育有" in self.focus:  # (children counted: not another's fourth daughter)
                clause = _RANKED_CHILD.sub("", clause)
            if self.measures & _PEOPLE_MEASURES and _CASUALTIES.search(clause):
                return True  # (people killed and hurt, counted by what befell them: "酿成17死23伤")
            if self._platforms(clause):
                return True
            if "等" in self.measures and _GRADE.search(clause):
                return True  # (a grade, which may be no number: "是几等站" is "车站等级为特等站")
            if any(re.search(r"(?:未有|没有|并无|尚无|并没有)任何" + re.escape(f), clause) for f in self.focus):
                return True  # (none at all: "有几个亚种" is "目前未有任何亚种")
            # (the whole noun may be the measure: "算几个标准货柜单位" is "为2标准货柜单位")
            whole = "".join(self.context + self.focus)
            # (no span of time counts a thing that is none: "有多少喇嘛" is not "闭关三年的僧侣")
            spans = bool(self.measures) or not self.focus or any(_TIMELY.search(f) for f in self.focus)
            return forms.number(clause, self.measures, self.ordinal, spans) or (
                not self.ordinal and any(forms.value_of(f, clause) or forms.bare_count(
                    f, clause, general=self._counted_in_general) for f in self.focus)) or self._noun_in_general(clause) or (
                not self.ordinal and len(self.focus) == 1 and whole in self.asked and forms.bare_count(whole, clause, general=False))
        if kind == "date":  # (or, asked when, the occasion: "在受惊或者紧张的表情的时候颈阔肌会运动")
            return forms.date(clause, self.grain) or (not self.grain and "什么时候" in self.asked
                                                      and bool(_OCCASION.search(clause)))
        if kind == "reason":  # (or a clause the next one follows from: "孙权当时未知张裔，于是答应")
            if self.asks_name_origin and self.names_origin(clause):
                return True  # (a name's origin told by whom it is named for: "以…伊斯梅尔·索莫尼的名字命名")
            if self.asks_name_origin and _CALLED_SO.match(after) and all(n in after for n in _QUOTED.findall(self.asked)):
                return True  # (what earned a sobriquet, just before it: "须发皆黑，人称“乌头宰相”")
            # (a time before it still leaves it opening the sentence: "2005年，配合巴士空调化趋势，…本线引入…")
            opening = position == 0 or (position == 1 and bool(_TIME_ONLY.fullmatch(before)))
            # (or a purpose that opens the clauses of its doer, named again after it: "…转向黑帮小说创作，
            # 为获取第一手感受，他亲自加入了一个黑帮")
            opening = opening or (clause.lstrip().startswith("为") and bool(_PRONOUN_DOER.match(after)))
            if not self.asks_name_origin and self.names_origin(clause):
                return False  # (how it got its name is no other reason: "因地处…中轴而得名" for why one changes there)
            if UNWILLING_ASKED.search(self.asked) and FEARED.search(clause):
                return True  # (why not, by what doing it would bring: "假若放弃…将会丧失…的资格")
            lies = clause.find("在于")
            if lies > 0 and self.about and 2 * sum(_found(w, clause[:lies]) for w in self.about) >= len(self.about):
                return True  # (what is explained, then 在于 its cause: "新鲜时成血红色在于表皮无任何色素分布")
            return forms.cause(clause, opening=opening) or bool(_THEREFORE.match(after) or _FORCED.match(after) or _SHOWS.match(after)) \
                or bool(_EXPLAINS.search(clause)) \
                or bool(_THEREUPON.search(clause)) \
                or bool(_CONDITION.search(clause) and _THEN.match(after))
        if kind == "person":
            if _NAMED_AFTER_WHOM.search(self.asked) and _NAMED_AFTER.search(clause):
                return True  # (the name may be the question's own: "觉光法师中学以谁的法号命名", "以觉光会长法号命名")
            if _HONOURS_WHOM.search(self.asked) and _HONOURS.search(clause):
                return True  # (whom it honours, a name jieba may not know: "以纪念奥地利皇帝斐迪南一世")
            if self.strict:  # a person's name (not the question's own) in the clause of the role
                role = self.focus[0] if self.focus else ""
                # (an opponent may be a team: "不敌北京国安队")
                proper = not role or (bool(_PERSON_ROLE.search(role)) and _DEEDS.get(role) is not _BEATEN)
                if self.whose and role and forms.owner(clause, role, self.asked):
                    return True  # "地粟袁的长子"
                if role == "人" and "的是" in clause and forms.names(clause[clause.find("的是") + 2:], True, self.asked):
                    return True  # (a person, named after 的是: "用得最成功的人是谁", "获得极大成功的是…亨利·福特")
                if role in _KIN.values() and forms.kin_named(clause, role, self.asked):
                    return True  # "胞弟岛本晴海亦为漫画家"
                if role and forms.role_named(clause, role, self.asked):
                    return True  # "但大空家的主人大空自豪，偏偏…"
                # (a mother only by a woman's title or name, or with the father: "晋武帝司马炎之子" tells his
                # father alone; "政治人物李四和赵六的幼子" both)
                if (role == "父" or (role == "母" and (_WOMAN.search(clause) or re.search("[和与及]", clause)))) \
                        and any(forms.owner(_others_child_dropped(clause, child), child, self.asked) for child in _CHILDREN):
                    return True  # "…费罗兹·甘地的幼子"
                if any(forms.owner(re.sub(f"(?<![的之]){w}", f"的{w}", clause), w, self.asked) for w in _SIBLINGS.get(role, ())):
                    return True  # (an elder sister by whose younger brother he is: "彭家丽胞弟")
                if any(forms.owner(clause, spouse, self.asked) for spouse in _SPOUSES.get(role, ())):
                    return True  # (a husband by whose wife she was: "楢崎龙（…），坂本龙马之妻")
                if role in _SPOUSES and _MARRIED.search(clause) and forms.names(clause, True, self.asked):
                    return True  # (a spouse by the marriage: "与民建联元老吕学能的女儿吕迪明结婚")
                if proper and role in _DEEDS and forms.made_by(clause, tuple(d.removeprefix("所") for d in _DEEDS[role]), self.asked):
                    return True  # (a name jieba does not know, closed by 所: "是上月司所著的轻小说")
                if _DEEDS.get(role) is _BEATEN and any(d in clause for d in _BEATEN) and forms.country(clause, self.asked):
                    return True  # (an opponent may be a country: "友谊赛对阵德国是他的第一场国际A级赛")
                if self.titled and forms.role_named(clause, self.titled, self.asked, doer=True):
                    return True  # (a name after the noun 哪位 asks by, before its deed: "命令刀匠青江恒次所铸")
                if not role:
                    # (an English question's role may be translated as another's, president as 校长:
                    # any role will do, but one is needed: "卫健志愿服务队" reads as a name to jieba)
                    english = not has_cjk(self.asked)
                    return forms.names(clause, proper, self.asked) and (not english or bool(roles(clause)))
                # the role itself (县委书记 is not any 书记; an agent noun's verb will do, 主持人:
                # "由王贤志主持"), a deed that states it (吴沃尧所著), or the clause before
                # introduces it ("主编为…专家，…教授孙大文", "…的球星，最著名的有杜威")
                return forms.names(clause, proper, self.asked) and (
                    _found(role, clause, parts=role.endswith(("人", "者")))
                    or any(deed in clause for deed in _DEEDS.get(role, ()))
                    or bool(re.search(re.escape(role) + r"(?:(?:即|乃|则|就)?(?:为|是)|有|[，,]$)", before))
                    # (a bare 人 is whoever did what the question says: "最近一位获得…勋章的人是谁",
                    # "最近的获得者是…约翰·S·莫塞")
                    or (role == "人" and any(v in clause for v in _deed_of_whoever(self.asked)))
                    # or the clause after, a name's apposition: "拉尔夫·本奇，后来成为第一位…的美国黑人"
                    or bool(re.match(r"[^，,]{0,4}(?:成为|是|为|担任|出任)[^，,]*" + re.escape(role), after)))
            # (or whoever did it by a name jieba does not know, before its deed: "由口袋巧克力创作的"; a
            # name in a work's title or a slogan did nothing: "拍摄制作了《愚人郝隆》《微山湖上好舵手》等",
            # "在“灯塔”党建在线“齐鲁先锋”等平台展播" name no one who filmed it)
            if self.doer:
                clause = TITLED_OR_SLOGAN.sub("", clause)
            return forms.names(clause, exclude=self.asked) or forms.role(clause) or _fills_blank(self.asked, clause) \
                or (self.doer and (forms.made_by(clause, tuple(self.focus), self.asked)
                                   or forms.did_then(clause, tuple(self.focus), self.asked)))
        if kind == "member":
            return forms.member(clause, self.of, self.asked) or bool(
                self.office and forms.place_before(clause, self.office, self.asked))
        if kind == "list" and "哪两" in self.asked:  # (a list of two: "来往小西湾（蓝湾半岛）及北角码头")
            return forms.items(clause) or forms.pair(clause)
        if kind == "duration" and re.search("年前|距今", self.asked):  # (how long ago: "约9300万年前", not only a span)
            return bool(_YEARS_AGO.search(clause)) or forms.duration(clause)
        if kind == "duration" and "寿命" in self.focus:  # (a lifespan, said as an age too: "寿命可多于24岁")
            return forms.duration(clause) or forms.age(clause)
        if kind == "money":  # (without its currency too, right after a word for money: "奖金高达三亿")
            return forms.money(clause, bare=True)
        if kind == "place" and _NOW_ASKED.search(self.asked):  # (its place by today's name: "喀里多尼亚（今苏格兰）")
            return bool(_NOW_NAMED.search(clause))
        simple = {"alias": forms.alias, "contrast": forms.contrast, "duration": forms.duration, "frequency": forms.frequency, "age": forms.age, "list": forms.items,
                  "source": forms.source, "food": forms.food, "cooking": forms.cooking}
        if kind == "place":  # (another place than the question's county or town: "微山县在哪些地方建了…" is not told by 微山县)
            own = " ".join(forms.ADMIN_PLACE.findall(self.asked))
            return forms.place(clause, exclude=own)
        return simple[kind](clause) if kind in simple else True


def _english_measures(question: str) -> set[str]:
    """The measure words an English "how many" question's noun is counted in, by the dictionary's
    words for it: people's for a person (technicians: 技师, 技术员), a place's for a place
    (subdistricts: 街道), its classifiers for a thing (films: 影片, 部; enterprises: 企业, 家), any
    measure word for 个; none known, or a unit ("square meters"), any number.

    >>> sorted(_english_measures("How many special films did Yanzhou District produce?")) if translate.cedict_path() else ["部"]
    ['部']
    >>> sorted(_english_measures("How many agricultural technicians did Sishui send?")) if translate.cedict_path() else ["人", "人次", "位", "名"]
    ['人', '人次', '位', '名']
    >>> _english_measures("How many square meters is the floor area?")
    set()
    >>> sorted(_english_measures("In how many towns and subdistricts?")) if translate.cedict_path() else ["个", "处", "座"]
    ['个', '处', '座']
    """
    words, classifiers = translate.counted(question)
    if any(w in _MEASURES for w in words):
        return set()  # a unit itself ("how many square meters"): the unit asked says what is measured
    if any(_PEOPLE.search(w) for w in words[:SENSES_READ]):
        return _PEOPLE_MEASURES | {"人次"}
    if any(_PLACES.search(w) for w in words[:SENSES_READ]):
        return _PLACE_MEASURES  # (places, as "多少个村": 街道 is 条 as a street)
    return set().union(*(_alike(c) for c in classifiers))


# Measure words that are units, which measure rather than count
_MEASURING_UNITS = {"平方米", "平方公里", "公里", "公斤", "亿元", "万元", "元", "吨", "亩", "米", "千米", "千克", "厘米", "公分", "岁", "度",
                    "点"}  # (an index's points: "升到多少点" is 11,000点, which no "多少个" counts)


def _name_asked(asked: str) -> str:
    """The name a question asks the origin of, "" if it says none ("为什么叫牛肝菌": 牛肝菌)."""
    m = _NAME_ASKED.search(asked)
    return m.group(1) if m else ""


def _likened_to_name(clause: str, name: str) -> bool:
    """Whether the clause likens its subject to a part of the name.

    >>> name = _name_asked("美味牛肝菌为什么叫牛肝菌？")
    >>> _likened_to_name("下面有许多小孔，类似牛肝", name), _likened_to_name("类似牛肝", _name_asked("为什么叫美味？"))
    (True, False)
    """
    return any(m.group(1) in name for m in _LIKENED.finditer(clause))


def _actor_asked(asked: str) -> str:
    """The actor whose part the question asks, "" if it asks none ("大桥望美在《白之春》里演谁")."""
    m = _PLAYS_ASKED.search(asked)
    return m.group("actor") if m else ""


def _part_played(clause: str, actor: str) -> bool:
    """Whether the clause names a part with the actor's name in brackets after it.

    >>> actor = _actor_asked("大桥望美在《白之春》里演谁？")
    >>> _part_played("春男遇到了女儿村上さち（大桥望美）", actor), _part_played("由阿部宽与大桥望美主演", actor)
    (True, False)
    """
    return bool(re.search(r"[^\s（(，,。、]{2}[（(]\s*" + re.escape(actor) + r"\s*饰?\s*[）)]", clause))


def _alike(measure: str) -> set[str]:
    """The measure words that may stand for this one in the text: its group (名, 人, 位), or for
    个 and 只, the general ones, any (the text may use a specific one: 13支球队, 10队)."""
    if measure in ("个", "只"):  # (只 too counts anything: animals, teams, boats)
        return set(_MEASURES) - _MEASURING_UNITS  # (not a length, a weight, a sum or an age: "还剩多少只" is no 24岁)
    return set().union(*(g for g in _SAME_MEASURE if measure in g)) or {measure}  # (度: times, or a temperature)


def _dates_name_things(sentence: str) -> bool:
    """Whether the sentence's dates (with a year) each begin a name rather than date a deed:
    "2008年欧洲国家杯", not "于1525年5月15日发生", "是1947年由苏联所创立的".

    >>> _dates_name_things("米捷图是2008年欧洲国家杯12位主裁判之一"), _dates_name_things("莫洛托夫计划是1947年由苏联所创立的")
    (True, False)
    >>> _dates_name_things("马纳瓜的人口有1,617,096人(2004年) 其中大多数为…")  # (a figure's date dates no deed)
    True
    """
    dates = list(re.finditer(r"[0-9０-９]{2,4}\s*年(?:\s*[0-9０-９]{1,2}\s*月)?(?:\s*[0-9０-９]{1,2}\s*[日号])?", sentence))
    if not dates:
        return False
    for m in dates:
        if sentence[m.start() - 1:m.start()] in ("(", "（") and sentence[m.end():m.end() + 1] in (")", "）"):
            continue  # (the date of a figure: "人口有1,617,096人(2004年)")
        after = [(w, f) for w, f in tagged(sentence[m.end():m.end() + 8]) if w.strip()]
        if not after or not (after[0][1][0] == "n" and after[0][1] not in ("nr", "nrt")):
            return False
    return True


# A clause opening with how much something measures, which jieba may tag as a place (长达)
_MEASURE_VERB = re.compile(r"\s*(?:[长高重宽深厚]达|可达|约|达)")
# What a place or a thing measures, which a sentence may open with and no subject: it goes on
# about the one before
_ITS_MEASURES = {"面积", "总面积", "人口", "总人口", "海拔", "体长", "身长", "体重", "占地", "占地面积"}


def _aside(clause: str, before: str) -> bool:
    """Whether a clause only adds to the subject or the clause before it (no subject of another):
    its other name ("别名芸香草属"), where it comes from ("原产于地中海地区"), the rest of a list ("…地中海地区、密克罗尼西亚和亚洲西南部"), a
    scrap of brackets ("'），").

    >>> _aside("别名芸香草属，", "（学名：'），"), _aside("密克罗尼西亚和亚洲西南部，", "原产于地中海地区、")
    (True, True)
    >>> _aside("本属的模式种为芸香，", "叶常绿，")
    False
    """
    return (not re.search(r"[\u4e00-\u9fff]", clause) or before.endswith("、")
            or bool(re.match(r"(?:别名|别称|又称|又名|亦称|简称|俗称|学名|英文名|原名|原产)", clause)))


# A date opening a sentence, set off by a comma: "2023年，", "9月19日下午，"
_DATE_OPENING = re.compile(r"(?:[0-9０-９]{4}年)?(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?(?:上午|下午|晚上)?[，,]")


def done_by(verb: str, clause: str) -> bool:
    """Whether the clause says a verb of two characters by one of them after 所, as a deed's doer
    is named before it ("安世高所译之坐禅佛典" for 翻译, "罗贯中所著的" for 著作); not 所有, all,
    nor a character 所 makes a word of its own with: 所设, set up (not 设计), 所属, 所谓, 所得, 所需, 所长.

    >>> done_by("翻译", "东汉安世高所译之坐禅佛典"), done_by("拥有", "所有的企业"), done_by("翻译", "所以译文不同")
    (True, False, False)
    >>> done_by("设计", "西藏噶厦在拉萨所设的司法机构")
    False
    """
    chars = set(verb) - set("有以在设属谓得需长")
    return len(verb) == 2 and bool(chars) and bool(re.search(f"所[{''.join(sorted(chars))}](?:之|的|[，,。；;]|$)", clause))


def _goes_on(sentence: str) -> bool:
    """Whether the sentence opens with no subject of its own (a date, a preposition, a verb) or a
    pronoun for it, so goes on about its paragraph's.

    >>> _goes_on("于2006年6月21日动工，总投资2.38亿元人民币。"), _goes_on("漠河机场站坪扩建工程总投资5533万元")
    (True, False)
    >>> _goes_on("面积127平方公里，人口8.57万。"), _goes_on("计划耗资2100万元，由联邦政府支付。")
    (True, True)
    """
    words = [(w, f) for w, f in tagged(sentence) if f[0] not in "xw"]
    return bool(words) and (words[0][1][0] in "ptvdmcr" or words[0][0][0] in "牠它他她其该"
                            or bool(re.fullmatch(r"全(?:线|长|程|路|段|桥)", words[0][0]))  # (all of it: 全线有桥梁81座)
                            or words[0][0] in _ITS_MEASURES  # (its measures: "面积127平方公里，人口8.57万")
                            # (what is to come, a verb after it: "计划耗资2100万元")
                            or (bool(_TARGET.fullmatch(words[0][0])) and len(words) > 1 and words[1][1][0] == "v"))


# A woman, by her title or her clan name (a mother told by whose son he is: "王皇后之子", "孙氏所生")
_WOMAN = re.compile(r"后|妃|夫人|氏|娘|嫔|女|母")  # (前女印度总理英迪拉·甘地和…费罗兹·甘地的幼子)
# A renaming, and a new name told by 改 before it
_RENAMED = {"改名", "更名", "易名", "改称"}
_RENAMED_TO = re.compile(r"(?<![修更])改(?:为|成|称|名为|名)?[「“\"『]")
# Sales asked, and told
_SOLD_ASKED = re.compile(r"卖出|售出|卖了|销售|销量|销出")
_SOLD_TOLD = re.compile(r"卖|售|销|出货|出版")  # (copies printed: "已经出版1800万本")
# A question why something is not done, and a clause with no subject of its own saying it cannot be
_WHY_NOT = re.compile(r"(?:为什么|为何|为啥)(?:要)?(?:不|没|未)")
_CANNOT = re.compile(r"\s*(?:不能|不可|不得|无法|不便|不宜|不予|未能)")
# A doer named again by a pronoun, opening a clause
_PRONOUN_DOER = re.compile(r"\s*(?:他|她|它|牠|其|我)")
_NTH_HOLDER = r"(第[0-9一二三四五六七八九十]+|首)任"  # (which holder in turn: 第二任太太, 首任校长)
_FORMER_HOLDER = r"(?:时任|前任|原任|历任|曾任|" + _NTH_HOLDER + ")"  # (an office held then)


def _nth(turn: str) -> str:
    """Which in turn, the first however said: 首 and 第1 are 第一.

    >>> _nth("首"), _nth("第1"), _nth("第二")
    ('第一', '第一', '第二')
    """
    return "第一" if turn in ("首", "第1") else turn


# An office, whose term a bracket after it gives ("曾是英超球队阿仙奴主席（1982–2013）"), no life
_OFFICE_ENDING = re.compile(r"(?:主席|总统|总理|首相|议长|主教|会长|社长|部长|总监|领队)$")


def _life_told(pattern: re.Pattern, sentence: str) -> re.Match | None:
    """The first bracket of a life's dates the pattern finds that is no term of office after
    one's office: "阿仙奴主席（1982–2013）" is when he chaired it, not when he lived.

    >>> _life_told(_LIFE_YEARS, "彼得·希尔-伍德，英国商人，曾是阿仙奴主席（1982–2013）。")
    >>> _life_told(_LIFE_YEARS, "欧内斯特·索尔维（，1832-1922），比利时化学家。").group(1)
    '1832'
    """
    for m in pattern.finditer(sentence):
        words = tagged(re.split(r"[，,。；;]", sentence[:m.start()])[-1])
        if not (words and _OFFICE_ENDING.search(words[-1][0])):  # (not 化学家（1838-1922）: a life)
            return m
    return None


def _states(clause: str) -> bool:
    """Whether a clause says something of its own, as a cause may: four characters or more ("但肉质
    不佳"), or three of a noun and what is said of it ("数量少"), not a connective or a time
    ("据了解", "近年来").

    >>> _states("数量少，"), _states("近年来，"), _states("据了解，"), _states("但肉质不佳，")
    (True, False, False, True)
    """
    bare = re.sub(r"\W", "", clause)
    if len(bare) >= 4:
        return True
    flags = [f for _, f in tagged(bare)]
    return len(bare) == 3 and len(flags) == 2 and flags[0].startswith("n") and flags[1][0] in "av"


def _topic(clauses: list[str], i: int) -> str:
    """The clause before clause i that only names what the clauses after it, up to i, go on
    about: a noun phrase of its own, no verb ("中国政府对中国旺旺的补贴，" before "占其2011年净利的
    11.3%，估计为4700万美元"); "" when there is none.

    >>> _topic(["研究人员发现，", "中国政府对中国旺旺的补贴，", "占其净利的11.3%，", "估计为4700万美元。"], 3)
    '中国政府对中国旺旺的补贴，'
    >>> _topic(["中国政府对中国旺旺的补贴，", "利润达到5亿元。"], 1)
    ''
    """
    j = i
    while j > 0 and (_goes_on(clauses[j]) or _MEASURE_VERB.match(clauses[j])):
        j -= 1
    if j == i:
        return ""
    words = [(w, f) for w, f in tagged(clauses[j]) if f[0] not in "xw"]
    return clauses[j] if words and words[-1][1][0] == "n" and not any(f[0] == "v" for _, f in words) else ""


def _sentence_before(sentence: str, paragraph: str) -> str:
    """The sentence of the paragraph just before this one ("" for its first, or one not in it)."""
    at = paragraph.find(sentence)
    before = split_sentences(paragraph[:at]) if at > 0 else []
    return before[-1] if before else ""


def _two_before(sentence: str, paragraph: str) -> str:
    """The two sentences of the paragraph just before this one."""
    before = _sentence_before(sentence, paragraph)
    return _sentence_before(before, paragraph) + before if before else ""


def _sentence_after(sentence: str, paragraph: str) -> str:
    """The sentence of the paragraph just after this one ("" for its last, or one not in it)."""
    at = paragraph.find(sentence)
    after = split_sentences(paragraph[at + len(sentence):]) if at >= 0 else []
    return after[0] if after else ""


def _lead_sentence(paragraph: str) -> str:
    """The paragraph's first sentence, which names what the rest of it is about."""
    return re.split(r"(?<=[。！？!?])", paragraph, maxsplit=1)[0]


def _phrases(sentence: str) -> list[str]:
    """Clauses cut at commas and sentence ends only (not at 、: an enumeration stays whole, nor
    inside a title: 《地狱之绊：血腥战争》).

    >>> _phrases("首次出现在《地狱之绊：血腥战争》一书中，随后再版。")
    ['首次出现在《地狱之绊：血腥战争》一书中，', '随后再版。']
    """
    return [p for p in re.findall(r"(?:《[^《》]*》|[^，,；;：:。！？!?]|(?<=\d)[,:：](?=\d))*[，,；;：:。！？!?]*", sentence) if p.strip()]


# Roles the text states by what their holder did: "吴沃尧所著", "由朗·霍华德执导", "由仁穆王后所生".
_PLAYED = ("饰演", "扮演", "主演")
# (2比3不敌成都谢菲联; drawn against in a round: "在第一圈遇上赞比亚")
_BEATEN = ("击败", "败给", "对手", "不敌", "负于", "败于", "战胜", "打败", "对阵", "迎战", "遇上", "碰上", "交手", "对战")
_WROTE = ("著", "撰", "写", "创作", "所作", "小说", "的作品", "的漫画", "原作", "编辑", "编写", "编纂")  # (由史蒂芬·金…出版的恐怖小说)
# A child's rank among a parent's: "皇太极的第几个儿子", "第五子"
_CHILD_OF = re.compile(r"([^的是，,？?\s]{2,8})的第几个?(?:儿子|女儿|孩子|子女)")
_NTH_CHILD = re.compile(r"第[一二三四五六七八九十\d]+[子女]")
# A station's platforms and the tracks beside them, as Japanese stations' articles count them
_PLATFORMS = re.compile(r"[0-9一二两三四五六七八九十]+面[0-9一二两三四五六七八九十]+线")
_PLATFORM_WORDS = {"月台", "站台", "线", "轨道", "股道"}
# Kin whose birth or death a life's article may tell: "女儿2003年出生", "其父于1950年去世"
_KIN_FIRST = re.compile(r"儿子|女儿|[长次幼独][子女]|双胞胎|父亲|母亲|妻子|丈夫|[哥弟姐妹]{2}|祖[父母]|孙[子女]|其[父母妻夫子女兄弟姐妹]")
# A sibling said by whose sibling someone is: the elder by the younger, the younger by the elder
_SIBLINGS = {"姐": ("胞弟", "胞妹"), "兄": ("胞弟", "胞妹"), "弟": ("胞兄", "胞姐"), "妹": ("胞兄", "胞姐")}
# A spouse asked of, by the other's word: "X的丈夫是谁" is answered by "Y之妻" said of X
_SPOUSES = {"夫": ("妻", "夫人", "太太"), "妻": ("丈夫",)}  # (not 夫: "的夫人" is a wife)
# A marriage, which names the spouse: "与民建联元老吕学能的女儿吕迪明结婚"
_MARRIED = re.compile(r"(?:与|和|同|跟)[^，,。；;]{2,30}(?:结婚|成婚|完婚|结为夫妻|成亲)")
# A parent said by whose child someone is: "英迪拉·甘地和…费罗兹·甘地的幼子" (not the question's own:
# "匹候跋的儿子启拔" names no father of 匹候跋)
_CHILDREN = ("儿子", "女儿", "长子", "次子", "幼子", "独子", "长女", "次女", "幼女", "独女", "子", "女")
# A teacher said by the deed of taking one: "拜川剧名丑李文杰、刘裕能为师", "师从…", "拜…门下"
_TAUGHT = ("为师", "师从", "师承", "拜师", "门下", "受业于", "从学")
_DEEDS = {"作者": _WROTE, "作家": _WROTE, "导演": ("导演", *sorted(told_alike("导演", events=False))),
          "师父": _TAUGHT, "老师": _TAUGHT, "师傅": _TAUGHT, "恩师": _TAUGHT,
          "作品": ("创作", "发行", "所著", "演唱"),
          "母": ("所生", "之母"), "父": ("之子", "之女"), "主演": ("主演", "饰演"), "演唱者": ("演唱", "主唱"),
          "创始人": ("创立", "创办", "创建"), "设计者": ("设计",), "设计师": ("设计",),
          "扮演者": _PLAYED, "饰演者": _PLAYED, "对手": _BEATEN, "竞争对手": _BEATEN}


def _others_child_dropped(clause: str, child: str) -> str:
    """The clause without the words for a child that a name or a title follows: that child is
    another, whose parent is no parent of the one asked ("额亦都的母亲": "…礼敦巴图鲁之女郡主觉罗氏"
    is his wife).

    >>> _others_child_dropped("礼敦巴图鲁之女郡主觉罗氏、", "女"), _others_child_dropped("费罗兹·甘地的幼子。", "幼子")
    ('礼敦巴图鲁之郡主觉罗氏、', '费罗兹·甘地的幼子。')
    """
    for m in reversed(list(re.finditer(f"(?<=[的之]){re.escape(child)}", clause))):
        word, flag = forms.tagged(clause[m.end():])[0] if m.end() < len(clause) else ("", "")
        if len(word) > 1 and flag in ("n", "nr", "nrt", "nz"):
            clause = clause[:m.start()] + clause[m.end():]
    return clause


def _people_counted(word: str, clause: str, paragraph: str) -> bool:
    """Whether people the paragraph never names by the question's word (旅客) are counted in the
    clause as people, naming no others: "每小时能送走多少旅客" is "每小时将发送2300人", not
    "员工2300人".

    >>> _people_counted("旅客", "车站高峰时段每小时将发送2300人。", ""), _people_counted("旅客", "有员工2300人", "")
    (True, False)
    >>> _people_counted("旅客", "每小时发送2300人", "旅客发送量…"), _people_counted("车辆", "每小时通过2300辆", "")
    (False, False)
    """
    return bool(_PEOPLE.search(word)) and not _found(word, paragraph, parts=False) \
        and "" in forms.counted(clause, _PEOPLE_MEASURES)


_TITLES = re.compile(r"《([^》]+)》")
_QUOTED = re.compile(r"[“「\"]([^”」\"]+)[”」\"]")
# A work's title or a slogan in quotes, whose words name no one who did anything (《愚人郝隆》,
# “党建惠企”: jieba tags 惠企 as a name)
TITLED_OR_SLOGAN = re.compile(r"《[^《》]*》|“[^“”]*”")
# A question whose answer is itself a title: "发表在哪份杂志上", "根据哪本书改写的"
_ASKS_TITLE = re.compile(r"哪一?[份本部篇首张]|什么(?:书|杂志|报纸?|刊物|作品|小说|电影|影片|歌曲?|专辑|诗|文章)|杂志|报纸|刊物|期刊")


def _deed_of_whoever(question: str) -> list[str]:
    """The verbs of "…的人是谁": what the person asked for did.

    >>> _deed_of_whoever("最近一位获得海军十字勋章的人是谁？"), _deed_of_whoever("他是谁？")
    (['获得'], [])
    """
    m = re.search(r"([^，,？?]+)的人(?:是|叫|为)", question)
    return [w for w, f in tagged(m.group(1)) if f.startswith("v") and len(w) > 1] if m else []


def _measure_counts(word: str, clause: str, measures: set[str]) -> bool:
    """Whether the clause counts the question's things by a measure that is a character of their
    own word, naming nothing after it: "几支队伍参加" is "共6队参加".

    >>> _measure_counts("队伍", "马来西亚共6队参加，", {"支", "队"}), _measure_counts("队伍", "共6队球员参加", {"支", "队"})
    (True, False)

    Or by the word's first character before the count in its measure: "多少篇文章" is "辑其文14篇".

    >>> _measure_counts("文章", "《全晋文》辑其文14篇。", {"篇"}), _measure_counts("文章", "共14篇。", {"篇"})
    (True, False)
    >>> _measure_counts("犯人", "朗孜厦的长官为五品米本二人，", {"人", "名"})
    False
    """
    # (not a measure of people: "多少名犯人" is not "米本二人")
    own = {m for m in measures if len(m) == 1 and m in (word[0], word[-1])} - _PEOPLE_MEASURES
    if len(word) == 2 and measures and re.search(re.escape(word[0]) + r"[0-9一二两三四五六七八九十百千万余多]+(?:"
                                                 + "|".join(map(re.escape, measures)) + ")", clause):
        return True
    return bool(own) and "" in forms.counted(clause, own)


def _said(word: str, text: str) -> bool:
    """The word in the text; one of one character as a word it ends (进球, 一球), not one it begins
    (球员, and 足球 is no goal scored either way: that the counting measure tells).

    >>> _said("球", "打进一球"), _said("球", "加盟乙级球队"), _said("沈龙元", "沈龙元加盟")
    (True, False, True)
    """
    if len(word) > 1:
        return word in text
    return any(w.endswith(word) for w, _ in tagged(text))


def _found(word: str, text: str, parts: bool = True, every: bool = False) -> bool:
    """The word, a synonym of it (同义词词林), or for a long word one of its parts (every one of
    them, with every), in the text.

    >>> _found("开始运行", "自6月1日起正式投入运行"), _found("建厂", "实现试生产")
    (True, False)
    >>> _found("高新技术", "信息技术、服务行业"), _found("高新技术", "信息技术、服务行业", every=True)
    (True, False)
    >>> _found("化工企业", "全镇20家规模以上工业企业")
    False
    """
    if word in text or any(s in text for s in same_meaning(word)) or _abbreviates(word, text):
        return True
    if word.endswith("级") and len(word) > 1 and re.search(re.escape(word[:-1]) + r"[“\"「『]", text):
        return True  # a level by its name alone before a title: 省级 is 省“专精特新”企业
    if not parts or len(word) <= 2 or not _parts(word):
        return False
    if every:
        return all(part in text for part in _parts(word))
    # (a head every kind of it ends in says none: 工业企业 is no 化工企业)
    return any(part in text for part in _parts(word) if part not in _KIND_HEADS)


# (how often jieba's dictionary may have seen a word that is a shortening: 夺金 11 times; 盐分 88)
_SHORTENED = 20


def _abbreviates(word: str, text: str) -> bool:
    """Whether a word of two characters is the text's two words in a row, shortened to their first
    characters, as Chinese shortens them (夺金: 夺得金牌), or to their last, each word's head (停水:
    暂停食水). A word jieba's dictionary knows well is a word of its own, whose synonyms the
    thesaurus gives (盐分 is not 盐份 and 分泌).

    >>> _abbreviates("夺金", "以12秒93夺得金牌"), _abbreviates("夺金", "夺得了金牌"), _abbreviates("盐分", "盐份分泌线")
    (True, False, False)
    >>> _abbreviates("停水", "全区居民暂停食水供应达5日"), _abbreviates("停水", "暂停了食水供应")
    (True, False)
    """
    if _lists_shortened(word, text):
        return True
    if len(word) != 2 or not re.search(re.escape(word[0]) + r"[\u4e00-\u9fff]{1,3}" + re.escape(word[1]), text):
        return False
    words = [w for w, _ in tagged(text)]  # (jieba's dictionary is loaded by now)
    return jieba.dt.FREQ.get(word, 0) <= _SHORTENED and any(
        len(a) == len(b) == 2 and (a[0] + b[0] == word or a[1] + b[1] == word) for a, b in zip(words, words[1:]))


def _lists_shortened(word: str, text: str) -> bool:
    """Whether a word of two to four characters shortens a list of as many items in the text, a
    character of each in turn, as Chinese shortens them (省区市: "13个省、自治区和直辖市").

    >>> _lists_shortened("省区市", "行销全国13个省、自治区和直辖市。"), _lists_shortened("省区市", "全国13个省、自治区。")
    (True, False)
    >>> _lists_shortened("省区市", "行销全国13个省市区。"), _lists_shortened("党政", "由镇党委和政府牵头")
    (False, True)
    """
    if not 2 <= len(word) <= 4 or not all(c in text for c in word):
        return False  # (_found asks this of every word it looks for: most texts lack a character)
    for m in _HAN_LIST.finditer(text):
        items = _LIST_JOINS.split(m.group(0))
        # (the first item ends its run of characters, the last begins its own: "行销全国13个省")
        items[0], items[-1] = items[0][-3:], items[-1][:3]
        if len(items) == len(word) and all(c in item for c, item in zip(word, items)):
            return True
    return False


_LIST_JOINS = re.compile(r"、|以及|和|及|与")
_HAN_LIST = re.compile(r"[\u4e00-\u9fff]+(?:(?:" + _LIST_JOINS.pattern + r")[\u4e00-\u9fff]+)+")


# Heads of compounds that say only what sort of thing it is, not which (化工企业, 科研人员)
_KIND_HEADS = {"企业", "公司", "单位", "人员", "项目", "工作", "活动", "机构", "组织"}


# Characters too common to make two words alike (人 of 人员 and 人次, 大 of 大棚 and 大会, 员 of 员工 and 委员).
_LIGHT_CHARS = set("的了是在有和与及之人员个一不大小中")
# What a verb may carry beside its root, marking only voice or result: 获评, 改好, 降到.
_VERB_AFFIX = re.compile(r"^[获被受](?=.)|(?<=.)[好完到至成为掉]$")


def _shares(word: str, text: str) -> bool:
    """Whether a word of the text shares a character with the word, not a light one: a noun by
    any character (老师: 教师, 培训班: 班次); a verb only by its root beside an affix (改好: 整改,
    获评: 评为), for a verb compound means itself (开工 is not 施工).

    >>> _shares("老师", "慰问65名优秀教师"), _shares("改好", "限期3天整改完成"), _shares("学生", "老师百余人")
    (True, True, False)
    >>> _shares("开工", "力争项目在今年上半年施工进场")
    False

    A compound, by each of its parts: 高新技术 is not 信息技术.

    >>> _shares("高新技术", "组建了信息技术、服务行业联盟"), _shares("出入口", "呼家楼站有8个出口")
    (False, True)
    """
    root = _VERB_AFFIX.sub("", word)
    if root == word and all(f[0] == "v" for _, f in tagged(word)):
        return False
    words = [w for w in jieba.cut(text) if len(w) > 1]
    parts = _parts(root) if len(root) > 2 and len(_parts(root)) > 1 else (root,)
    return all(bool(set(part) - _LIGHT_CHARS) and any(set(w) & (set(part) - _LIGHT_CHARS) for w in words)
               for part in parts)


@lru_cache(maxsize=4096)
def _parts(word: str) -> tuple[str, ...]:
    """The words a long word is made of (jieba's search mode): 开始运行 -> 开始, 运行."""
    return tuple(p for p in jieba.cut_for_search(word) if len(p) > 1 and p != word)


# A community or village by its name (御泉社区: 御泉), not a kind of them (城市社区, 帮扶村, 行政村)
# nor one asked for or pointed back to (哪个社区, 该村).
_NOT_A_COMMUNITY = re.compile(forms.NOT_A_PLACE + r"|城市|农村|乡村|城乡|帮扶|驻|全|新|和美|美丽|行政|自然|贫困|"
                              r"示范|试点|重点|中心|[度渡]假|奥运|选手|地球|[^\u4e00-\u9fff]")  # (度假村, 奥运村, 地球村: no village)


def _communities(text: str) -> list[str]:
    """The names of the communities and villages a text names, by jieba's words: 御泉 of 御泉/社区,
    刘庙 of 刘庙村; not 城市 of 城市社区.

    >>> _communities("桃花山社区一职工宿舍"), _communities("明水街道城市社区"), _communities("驻刘庙村第一书记")
    (['桃花山'], [], ['刘庙'])
    >>> _communities("党建引领社区网格精细化管理"), _communities("让新业态新就业群体成为社区治理的主力军")
    ([], [])
    >>> _communities("总人口3.2万人，辖23个行政村")
    []
    """
    tags = tagged(text)
    # (a name is a noun: not 引领 of "党建引领社区网格精细化管理")
    words = [w if f[0] == "n" else "" for w, f in tags]
    out = []
    for i, (word, _) in enumerate(tags):
        if word in ("社区", "村") and i:
            # (桃花/山: a one-character noun joins the noun before; a verb between, "群体成为社区…", no name)
            name = words[i - 1] if len(words[i - 1]) != 1 or i < 2 else words[i - 2] + words[i - 1]
        elif len(word) >= 3 and word.endswith(("社区", "村")):
            name = word[:-2] if word.endswith("社区") else word[:-1]
        else:
            continue
        if len(name) >= 2 and not _NOT_A_COMMUNITY.search(name):
            out.append(name)
    return out


# "每个月…几次", "人均多少": a rate, per one of these (each: the words that may say it).
# (and a unit sold, by its price: "一盒卖多少钱" is not what the trade earns in a year)
_PRICED = "盒|包|瓶|袋|箱|斤|公斤|张|支|杯|碗|份|件|套"
_PERIODS = ["月", "年", "天|日|晚", "周|星期", "季度|季", "小时", "亩", _PRICED, "人|名|位", "户|家", "处|所|座"]
_OF_THINGS = _PERIODS[-3:]  # (rates per person, household or place, not per period of time)
# ("亩产多少公斤": per 亩, as 亩均; not 年产值, a year's output, which a total may tell)
# (and "一年平均": each year's average)
_PER = re.compile(r"(?:每|一(?=个?(?:" + "|".join(_PERIODS[:6]) + ")平均)|一(?=晚)|一(?=(?:" + _PRICED + ")(?:要|卖|售|价|的价|多少钱)))(?:个|一)?("
                  + "|".join(_PERIODS) + ")|(" + "|".join(p.split("|")[0] for p in _PERIODS) + ")均|(亩)产")


def _rate(asked: str) -> str:
    """The period or thing a question's figure is per (one of _PERIODS), or "".

    >>> _rate("每个月开展"), _rate("九龙酒店一晚房价"), _rate("每个网格员负责"), _rate("一年的总产值")
    ('月', '天|日|晚', '人|名|位', '')
    >>> _rate("武穴酥糖一盒卖"), _rate("买了一盒")
    ('盒|包|瓶|袋|箱|斤|公斤|张|支|杯|碗|份|件|套', '')
    """
    rate = _PER.search(asked)
    if rate:
        return next(p for p in _PERIODS if (rate.group(1) or rate.group(2) or rate.group(3)) in p.split("|"))
    return "人|名|位" if _EACH_PERSON.search(asked) else ""  # "每个网格员负责多少户": per person (按每人300户的标准)


_EACH_PERSON = re.compile(r"每(?:一|个|名|位)+[\u4e00-\u9fff]{0,3}?" + _PEOPLE.pattern.rstrip("$"))  # "每个网格员"

_LENGTH_UNITS = ("米", "公里", "千米", "厘米", "公分", "毫米", "公尺", "英尺", "英里", "英哩", "英寸", "英吋", "吋", "呎", "里", "码",
                 "海里", "光年", "天文单位", "km", "cm", "mm", "m", "ft")
# (a speed is said in a length, "时速为120公里", which any length would do for: the paragraph must name it)
_SPEED_UNITS = ("公里", "千米", "km", "英里", "英哩", "海里", "节", "马赫", "米/秒", "m/s")
_SCORE_UNITS = ("比", ":", "：", "-", "－", "–")  # (1比0, 103-73, 1–1)
_WEIGHT_UNITS = ("克", "千克", "公斤", "斤", "吨", "磅", "盎司", "格令", "kg", "mg", "g")  # (格令: grains, "重230格令，合14.9g")
# A grade or class told by 等 ("特等站", "一等功", "二等奖"), not 等 of a list or 等到
_GRADE = re.compile(r"(?<![等])[特头甲乙丙丁一二三四五六七八九十]等(?![等到待候于同])")
# Nouns of one character that count themselves, besides the measure words (_MEASURES): 1580票, 五趾
# (and a floor, which counts itself: "在几楼" is 二楼)
_SELF_COUNTED = {"票", "趾", "指", "爪", "足", "眼", "角", "楼"}
# Words for what is recorded of a dimension ("最高风速纪录是多少": a speed)
_RECORD_WORDS = {"纪录", "记录", "数据", "数值", "读数"}
# Dimensions a question may measure, by the attribute before the question word or the question
# word itself, and the units that measure them. (Not 多长 alone: 任期是多长 asks a time; not 多大
# alone: 文件大小是多大 asks megabytes.)
_SPAN_UNITS = ("年", "岁", "个月", "月", "周", "星期", "天", "日", "小时", "分钟", "秒")
_AREA_UNITS = ("平方", "公顷", "亩", "顷", "平米", "m²", "㎡", "km²", "km2", "m2")
_DIMENSIONS = [
    (re.compile(r"面积|占地|^土地$|^用地$"), _AREA_UNITS),  # (land given: "拨了多少土地" is "拨地8,141平方米")
    (re.compile(r"^多(?:高|深|远|宽|厚)$|(?:长度|体长|全长|总长|身长|身高|高度|深度|宽度|厚度|距离|直径|半径|海拔|翼展|能长|长到|长至|肩高|体高|株高|树高|体宽|身宽)$"),
     _LENGTH_UNITS),
    # (a span of time: "寿命有多长" is not answered by "约于40万年前")
    (re.compile(r"(?:寿命|时长|工期|刑期|周期|疗程|孕期|孵化期|潜伏期)$"), _SPAN_UNITS),
    (re.compile(r"^多重$|(?:重量|体重|最重)$"), _WEIGHT_UNITS),  # (最重可达多少: 体重达32.7公斤)
    (re.compile(r"(?:时速|速度|航速|车速|风速|流速|限速)$"), _SPEED_UNITS),
    # (a score, "1比0", "103-73": "那场比赛比分是多少" is not answered by a date)
    (re.compile(r"比分$|比数$"), _SCORE_UNITS),
    # (a temperature: "表面温度是多少" is not answered by "低温的红矮星，质量大约是0.14太阳质量")
    (re.compile(r"(?:温度|气温|水温|体温|熔点|沸点|燃点)$"), (*sorted(_TEMPERATURE_UNITS), "K", "开尔文", "摄氏", "华氏")),
    # (an earthquake's magnitude, 8.5级: "地震的震级是多少" is not answered by its date)
    (re.compile(r"震级$"), ("级",)),
    # (an output, by weight or by the piece: "甘薯的年产量" is not "成立了5个研发团队")
    (re.compile(r"产量$"), ("克", "千克", "公斤", "斤", "吨", "磅", "kg", "台", "辆", "件", "套", "头", "只", "箱", "桶", "立方米")),
    # (a share: "占多大比例" is answered by "占比90%")
    (re.compile(r"(?:比例|比重|占比|百分比)$|[^频税利汇]率$"), ("%", "％", "‰", "成", "分之", "个百分点")),  # (发病率: not 频率, 税率…)
    # (an interest rate, by a share or in 厘: "年利率是多少" is no "一个形式")
    (re.compile(r"利率$"), ("%", "％", "‰", "厘", "个百分点", "分之")),
    # (a concentration: "以多少浓度的溶液出售" is "以40%溶液的形式出售", not "1M")
    (re.compile(r"(?:浓度|纯度|湿度)$"), ("%", "％", "‰", "ppm", "M", "mol/L", "摩尔")),
    # (多长 of anything else: a length or a span of time, not any number: "大环道有多长" is not
    # answered by "在1922年6月2日建成")
    (re.compile(r"^多长$"), (*_LENGTH_UNITS, "年", "个月", "周", "星期", "天", "小时", "分钟", "秒")),
    # (多大 of anything else: a size, in any unit of one, not any number: "芸香的花有多大" is not
    # answered by 大多数; "文件大小是多大" by 300MB, "最小的大约多大" by 肩高只有30厘米)
    (re.compile(r"^多大$"), ("平方", "公顷", "亩", "平米", "m²", "㎡", *_LENGTH_UNITS, *_WEIGHT_UNITS,
                           "立方", "升", "MB", "GB", "KB", "TB", "字节", "兆", "吨位", "排水量")),
]


# A founding or a launch said (成立, 创办, 推出…), a longer word before any it begins with
_FOUNDING = re.compile("(?:" + "|".join(sorted(FOUNDED | LAUNCHED, key=len, reverse=True)) + ")了?")
# The temperatures a substance changes state at, and how a text gives each
_POINTS = {"沸点": "沸点", "熔点": "熔点|融点", "融点": "熔点|融点", "凝固点": "凝固点|冰点", "冰点": "凝固点|冰点", "燃点": "燃点|着火点", "闪点": "闪点"}
# How long something grows, which its length alone tells ("最长可以长到多少": "体长可达76公分")
_GROWS = {"最长", "能长", "可长", "长到", "长至"}
# A length asked, and the other dimensions a clause may give instead (水深0至2公尺, 海拔621米)
_LENGTH_ASKED = re.compile(r"能长|长到|长至|体长|身长|全长|多长|长度")
_OTHER_DIMENSION = re.compile(r"水深|深度|深[约达为]|海拔|高度|高[约达为]|宽度|宽[约达为]|厚度|厚[约达为]")
# Where a depth is, which the depth itself tells: 海里, 水中, 湖底
_WATERS = re.compile(r"[水海湖河江潭][里中底下]|深[海水]")
# How a text gives a depth, a width, a thickness and a height (收窄至两米: a width)
_SAID_DIMENSION = {"深": "深", "宽": "宽|阔|窄|翼展", "厚": "厚", "高": "高|海拔", "海拔": "高|海拔"}  # (翅膀展开有多宽: 翼展78-90厘米)
# The same asked in English: a weight or a length, in the units that measure it
_EN_DIMENSIONS = [(re.compile(r"\bweigh|\bweight\b|how heavy", re.I), _WEIGHT_UNITS),
                  (re.compile(r"\b(?:floor |land |surface |total )*area\b", re.I), _AREA_UNITS),
                  (re.compile(r"how (?:long|tall|high|far|wide|deep) (?:is|are|was|were)\b|\blength\b|\bhow far\b|"
                              r"how (?:tall|high|wide|deep) (?:can|does|do|did|will)\b", re.I), _LENGTH_UNITS)]


def _kind_words(question: str, before: str) -> list[str]:
    """What kind of thing a count counts, when it stands before the question word: the words
    before its noun ("济北开发区液压升降平台企业有多少家" -> 液压, 升降, 平台), not places or the
    question's subject, which say where. A paragraph that counts 非公企业 does not count these.

    >>> _kind_words("济北开发区液压升降平台企业有多少家？", "济北开发区液压升降平台企业有")
    ['液压', '升降', '平台']
    """
    phrase = before.rsplit("的", 1)[-1]
    own = [w for w in _content_words(phrase) if len(w) > 1]
    return [w for w, f in tagged(phrase) if len(w) > 1 and f[0] in "nvj" and f not in ("ns", "nt", "nr", "nrt", "nrfg")
            and w in own[:-1] and w != subject(question) and not forms.place_name(w)]


def _units(word: str, attribute: str) -> tuple[str, ...]:
    """The units a count question's dimension is measured in (none: any number will do).

    >>> _units("多大", "面积")[:3], _units("多少", "体长")[:2], _units("多少", "任期"), _units("多长", "")[:2]
    (('平方', '公顷', '亩'), ('米', '公里'), (), ('米', '公里'))
    >>> _units("多高", "比例")[:2]  # (what is measured before the question word's own: a high share)
    ('%', '％')
    """
    return next((units for pattern, units in _DIMENSIONS if pattern.search(attribute)), None) or next(
        (units for pattern, units in _DIMENSIONS if pattern.search(word)), ())


def _is_measure(text: str, word: str) -> bool:
    """Whether the text opens with this measure word, not with a word it begins ("人口", "年龄"); a
    word jieba's dictionary has seen rarely is a measure word glued to what follows ("首项斯的诗").

    >>> _is_measure("人口？", "人"), _is_measure("家营收过亿元的企业？", "家"), _is_measure("名党员", "名")
    (False, True, True)
    >>> _is_measure("首项斯的诗？", "首"), _is_measure("分店？", "分")
    (True, False)
    """
    first = tagged(text[:len(word) + 3])[0][0]
    return first == word or not (first.startswith(word) and jieba.dt.FREQ.get(first, 0) >= 50)


# Taking part, which jieba tags a noun at a question's end: "几名球员上场" counts 球员
_TAKING_PART = {"上场", "出场", "参赛", "出赛", "作赛", "登场", "出战", "参战"}


_TOGETHER = {"一起", "一块", "一块儿"}  # (jieba tags them numerals)


def _noun_phrase(text: str) -> list[str]:
    """The words of the noun phrase a text starts with: up to a particle, or a verb after a noun.

    >>> _noun_phrase("离退休老干部帮助抓党建？"), _noun_phrase("技改奖补资金？"), _noun_phrase("企业被评为…")
    (['离退休', '老干部'], ['技改', '资金'], ['企业'])
    >>> _noun_phrase("乡村振兴合伙人？"), _noun_phrase("企业年内实现升规"), _noun_phrase("村开展了活动？")
    (['乡村', '振兴', '合伙人'], ['企业'], ['村'])
    >>> _noun_phrase("硬棘？"), _noun_phrase("鸟吃虫？"), _noun_phrase("同乡一起被称为敦煌五龙？")
    (['硬棘'], ['鸟'], ['同乡'])
    >>> _noun_phrase("球员上场？"), _noun_phrase("一起生活？"), _noun_phrase("长须？"), _noun_phrase("大犬齿？")
    (['球员'], ['生活'], ['长须'], ['犬齿'])
    """
    out: list[tuple[str, str]] = []
    words = tagged(re.sub(r"[“”\"《》]", "", text))
    for i, (word, flag) in enumerate(words):
        # (how they do it opens no noun: "多少只一起生活"; an adverb only before a verb or a noun, as
        # jieba tags some nouns d when alone: "有几条长须")
        if not out and (word in _TOGETHER or flag[0] == "d" and i + 1 < len(words) and words[i + 1][1][0] in "vn"):
            continue
        if not out and word in _LIGHT_VERBS and flag[0] == "a" and i + 1 < len(words) and words[i + 1][1][0] == "n":
            continue  # (an adjective opening it, not the verb it may be: "多少颗大犬齿" counts 犬齿)
        if flag[0] == "t" and out:  # a time after it is no part of it: "几家企业年内升规纳统"
            break
        if flag[0] == "m" and any(f[0] in "nj" for _, f in out):
            break  # (nor a number, or 一起, which jieba tags one: "哪些同乡一起被称为…")
        if flag[0] in "xupcry" or word in _LIGHT_VERBS or (out and word in _TAKING_PART):
            break
        following = words[i + 1][1] if i + 1 < len(words) else "x"
        # a verb after a noun ends the phrase, unless a noun follows it early on (乡村振兴合伙人,
        # not 规模以上企业实施领导干部…)
        if flag[0] == "v" and len(word) > 1 and any(f[0] in "nj" or forms.place_name(w) for w, f in out) \
                and (following[0] not in "nj" or len(out) > 1):
            break
        out.append((word, flag))
    words = [w for w, _ in out]
    if any(len(w) > 1 for w in words):
        return [w for w in words if len(w) > 1]
    # (all single characters: a word jieba did not know, cut apart, up to a verb: 硬/棘 is 硬棘)
    lead = "".join(w for w, _ in itertools.takewhile(lambda t: t[1][0] != "v", out[:3]))
    return [lead] if lead else words[:1]


# (a verb or a preposition jieba's HMM may glue onto the name after it: 叫/亨丁顿 as 叫亨丁顿)
_LIGHT_OPENING = r"[叫是在有为把被让给对向从将由于]"


def _fills_blank(question: str, clause: str) -> bool:
    """Whether the clause says the question's words on both sides of its question word with
    something between them: the blank filled, by whatever names it (a title jieba does not read
    as anyone's name: "只有谁才能被称为喇嘛", "只有达赖与班禅才能被称为喇嘛").

    >>> _fills_blank("明朝之后只有谁才能被称为喇嘛？", "只有达赖与班禅才能被称为喇嘛")
    True
    >>> _fills_blank("明朝之后只有谁才能被称为喇嘛？", "只有他才能被称为喇嘛"), _fills_blank("谁设计了它？", "设计了它")
    (False, False)
    """
    at = question.find("谁")
    if at < 2:
        return False
    before, after = question[at - 2:at], question[at + 1:].rstrip("？?。！!")[:3]
    if len(after) < 2:
        return False
    m = re.search(re.escape(before) + r"([^，,。；;]{1,12}?)" + re.escape(after), clause)
    return bool(m) and not re.fullmatch(r"[他她它其]们?|谁|什么人|人", m.group(1))


# A clause that is only a time: "2005年，", "1999年6月28日，", "同年，"
_TIME_ONLY = re.compile(r"(?:[0-9０-９零〇一二三四五六七八九十]+[年月日]|[初中底末]|同年|当年|其后|后来|之后)+[，,]?")
# Nouns of time, which a span of time counts (多少时间, 多少历史, 寿命)
_TIMELY = re.compile(r"时间|时长|历史|寿命|工期|年限|期限|周期|[龄期假]$")
# A bound, then what comes of passing it: "(多少度)以上稻米产量会下降", "(多少米)以下时就…"
_BOUND_THEN = re.compile(r"(?:以上|以下|之上|之下)(?:时|的时候)?[^的，,？?]*?(?:会|就|才|便)")


def _then(text: str) -> bool:
    """Whether the text opens with a word of what came after (才, 就: "谈了几轮才达成一致"), not
    with a word it begins (就业, 才能).

    >>> _then("才达成一致？"), _then("就业？"), _then("人才？")
    (True, False, False)
    """
    words = tagged(text)
    return bool(words) and words[0][0] in ("才", "就", "便", "方才", "后才", "之后才")


@lru_cache(maxsize=1024)
def _named_kind(question: str) -> tuple[str, str]:
    """The name of what a question asks about and the noun for its kind: its words before 的
    ("长常高速的投资": 长常, 高速), else its subject and the word after ("济青高速公路上": 济青, 高速公路;
    not a verb, "番职院占地多少亩"). ("", "") when none.

    >>> _named_kind("长常高速的投资总预算是多少？"), _named_kind("济青高速公路上有几座隧道？")
    (('长常', '高速'), ('济青', '高速公路'))
    >>> _named_kind("番职院占地多少亩？"), _named_kind("两座博物馆及广场是哪一年兴建的？")
    (('', ''), ('', ''))
    """
    owner = re.match(r"([\u4e00-\u9fff]{3,12}?)的", question)
    words = tagged(owner.group(1)) if owner else ()
    if len(words) >= 2 and len(words[-1][0]) >= 2 and not any(f[0] in "vpurmc" for _, f in words):
        return "".join(w for w, _ in words[:-1]), words[-1][0]
    words = tagged(question)
    if len(words) > 1 and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", words[0][0]) and words[0][1][0] not in "vprucmq" \
            and (jieba.dt.FREQ.get(words[0][0], 0) or not re.match(_LIGHT_OPENING, words[0][0])) \
            and words[1][1][0] == "n" and len(words[1][0]) > 1 and jieba.dt.FREQ.get(words[1][0], 0):
        # (a name jieba may tag oddly, 长常/d 高速公路/n; a noun of its dictionary, not one its
        # HMM glued a verb onto, 棕榈/蝮是)
        return words[0][0], words[1][0]
    about = subject(question)
    if re.match(_LIGHT_OPENING, about) and not jieba.dt.FREQ.get(about, 0):
        about = about[1:]  # (subject() keeps what jieba's tags glue on: 叫/亨丁顿 -> 叫亨丁顿)
    after = tagged(question[question.find(about) + len(about):])[:1] if about else ()
    if not after or len(after[0][0]) < 2 or after[0][1][0] in "vupmrxcqf" or not jieba.dt.FREQ.get(after[0][0], 0) \
            or tagged(about)[0][1][0] in "mq":  # (a number is no name: 两座/m 博物馆)
        return "", ""
    return about, after[0][0]


@lru_cache(maxsize=4096)
def subject(question: str) -> str:
    """What a question is about: its first word of two characters or more, after the words a
    question may open with (a date, a preposition, a pronoun); single characters jieba cut apart
    are joined ("禅/那" -> 禅那). "" when none.

    >>> subject("禅那在佛经中指什么？"), subject("2023年寅寺镇招商引资目标是多少？"), subject("在什么机子上可以查询？")
    ('禅那', '寅寺', '机子')
    >>> subject("今年要让几家企业上规模？"), subject("谁演唱了《金刀情侠》的主题曲？"), subject("䲟又叫做什么？")
    ('', '金刀', '䲟')
    >>> subject("䲟最长能长到多少？")
    '䲟'
    >>> subject("钟惺有哪些代表作？"), subject("所有企业都参加了吗？"), subject("前肛鳗的体长是多少？")
    ('钟惺', '所有', '前肛鳗')
    >>> subject("一场短兵比赛要打多长时间？"), subject("道同属于哪个民族？"), subject("这座大桥有多长？")
    ('短兵', '', '大桥')
    >>> subject("刚出生的女神响尾蛇有多长？"), subject("人工饲养的女神响尾蛇能生几条小蛇？"), subject("莫桂兰嫁给黄飞鸿的时候多大？")
    ('女神', '女神', '桂兰')
    >>> subject("绕当惹雍错一圈大概有多远？")
    '当惹雍错'
    """
    words = tagged(question)
    start = 0
    asking = False  # a question word came first: the verb after it is not the subject ("谁演唱了《…》")
    while start < len(words) and ((_opening(*words[start]) and not _name_head(words, start) and not _time_word_compound(words, start))
                                  or (asking and words[start][1][0] in "vu") or _classifier_after(words, start)
                                  or _verb_before_name(words, start)):
        asking = asking or bool(re.fullmatch(r"谁|哪.?|什么|何.?", words[start][0]))
        start += 1
    start = _after_relative(words, start)
    out = ""
    for word, flag in words[start:]:
        if (flag[0] == "x" and not _RARE_HAN.search(word)) or (
                out and (flag[0] in "updv" or (flag[0] == "r" and len(word) > 1))):
            break
        if _RARE_HAN.fullmatch(out) and len(word) > 1:
            break  # (a name of one rare character, then a word: 䲟/最长)
        out += word
        if len(out) >= 2:
            break
    out = re.sub(r"[的了是在和与]+$", "", out)  # (jieba's HMM glues a particle on: 朱/载圳的,
    if not jieba.dt.FREQ.get(out, 0):  # or a verb on a word it guessed: 钟惺有, 潘淑是)
        out = re.sub(r"[有把被让给对向从将及于着过]$", "", out)
    return out if (len(out) >= 2 or _RARE_HAN.fullmatch(out)) and not re.search(_WH, out) else ""


def _apposition(clause: str, role: str) -> bool:
    """Whether the clause is only a noun phrase ending in the role, which says what the name
    before it is ("2008年香港小姐冠军，"; not "成为历届最高的港姐冠军").

    >>> _apposition("2008年香港小姐冠军，", "冠军"), _apposition("成为历届最高的港姐冠军。", "冠军")
    (True, False)
    """
    return bool(re.search(re.escape(role) + r"[，,。；;]?$", clause)) and not any(
        f[0] in "vpu" for _, f in tagged(clause))


def _verb_before_name(words, start: int) -> bool:
    """Whether a question opens with a verb of one character before a noun, of which the noun is
    the subject ("绕/当惹雍错一圈有多远": not 绕当惹雍错)."""
    word, flag = words[start]
    after = words[start + 1] if start + 1 < len(words) else ("", "x")
    return len(word) == 1 and flag == "v" and len(after[0]) >= 2 and after[1][0] == "n"


# Nouns a clause ending in 的 says when or why of ("嫁给黄飞鸿的时候"): no subject after a relative
_RELATIONAL = {"时候", "时", "时间", "原因", "地方", "目的", "方式", "过程", "结果", "人"}


def _after_relative(words, start: int) -> int:
    """Where the noun begins that a question's opening relative clause qualifies ("刚出生的女神
    响尾蛇", "人工饲养的女神响尾蛇": 女神); start itself when it opens with none (a name before a
    verb is the subject: "莫桂兰嫁给黄飞鸿的时候")."""
    for k in range(start, min(start + 4, len(words))):
        word, flag = words[k]
        if word == "的":
            verbal = any(f[0] in "vil" for _, f in words[start:k])
            named = any(f in ("nr", "ns", "nt", "nz", "nrt") for _, f in words[start:k])
            after = words[k + 1] if k + 1 < len(words) else ("", "x")
            noun = after[1][0] in "njl" and len(after[0]) > 1 and after[0] not in _RELATIONAL
            return k + 1 if verbal and not named and noun else start
        if flag[0] in "xwur" or re.search(_WH, word):
            break
    return start


def _classifier_after(words, i: int) -> bool:
    """Whether word i is the classifier of a pointing word before it (这/座大桥, 这/支/球队), which
    jieba may tag a verb."""
    return i > 0 and words[i - 1][0] in ("这", "那", "该", "此", "每", "各") and len(words[i][0]) == 1 \
        and words[i][1][0] in "qvm"


def _name_head(words, i: int) -> bool:
    """Whether a one-character locative (前, 后, 上…) begins a name jieba cut apart: the word after
    it is one jieba does not know (前/肛鳗, not 前/几天)."""
    word, flag = words[i]
    following = words[i + 1][0] if i + 1 < len(words) else ""
    return (len(word) == 1 and flag == "f" and bool(re.fullmatch(r"[\u4e00-\u9fff]+", following))
            and not jieba.dt.FREQ.get(following, 0))


# Characters beyond jieba's range (CJK extension A: 䲟), which it tags as punctuation.
_RARE_HAN = re.compile(r"[\u3400-\u4dbf]")


_CLASSIFIER = "[个只场把座位次名条本件部台辆张份间项]"


def _time_word_compound(words, i: int) -> bool:
    """Whether a word jieba tags a time opens a noun with the one character after it: 成年/礼 is
    成年礼, the subject, no date ("今年/春" is a time).

    >>> _time_word_compound(tagged("成年礼最早是谁规定的？"), 0), _time_word_compound(tagged("今年春节放几天假？"), 0)
    (True, False)
    """
    return words[i][1][0] == "t" and i + 1 < len(words) and len(words[i + 1][0]) == 1 \
        and words[i + 1][1] == "n" and words[i + 1][0] not in "年月日天时春夏秋冬晚早底初末"


def _opening(word: str, flag: str) -> bool:
    """Whether a word is one a question opens with before its subject: a date or number, a
    preposition, a pronoun, an adverb, an auxiliary, one of a kind ("今年要让…", "2023年", "在…上",
    "一场").

    >>> _opening("一场", "m"), _opening("一汽集团", "nt"), _opening("第一届", "m")
    (True, False, True)
    """
    return ((flag[0] in "tprxcdf" and not _RARE_HAN.search(word))
            or word in ("要", "让", "是", "有", "将", "曾", "已", "已经", "能", "会")
            or (flag[0] == "m" and bool(re.fullmatch(r"[\d０-９.,]+|[年月日号]|[一每]" + _CLASSIFIER
                                                     + r"|(?:第[一二三四五六七八九十百\d]+|首)[届次期批]", word))))


# A question word and what it asks about: 什么, 哪家, 哪些, 谁, 何处.
_WHAT = re.compile(r"什么|哪(?:一|个|家|些|位|种|几|里|儿)?|谁|何(?:处|地|人|时|种)?")


# Words that may stand between a verb and the question word after it ("销往的是哪些", "去过哪里",
# "分布在哪些镇街")
_BESIDE_QUESTION_WORD = frozenset("了 过 着 的 是 都 也 还 又 分别 主要 一般 大概 大约 一共 总共 在 于 到 往 向 自 从".split())


def asked_words(question: str) -> list[str]:
    """The words saying what a question asks for, when its kind does not: the attribute named
    before 是什么/是哪… ("水城小学的校训是什么" -> 校训) and the verbs beside the question word
    ("主要销往哪些地区" -> 销往, "是谁起草的" -> 起草). Words jieba's dictionary lacks (its guesses,
    "镇靠") and the question's subject are left out; a leading 被/所/在 comes off ("被叫" -> 叫).

    >>> asked_words("水城小学的校训是什么？"), asked_words("阎楼镇的管材产品主要销往哪些地区？")
    (['校训'], ['销往'])
    >>> asked_words("“门前三包责任书”是由谁起草的？"), asked_words("智囊团的发展顾问来自哪些单位？")
    (['起草'], ['来自'])
    >>> asked_words("“三本台账”的含义是什么？")
    []
    """
    m = _WHAT.search(question)
    if not m:
        return []
    before, after = question[:m.start()], question[m.end():]
    attribute = []
    head = re.match(r"(.*?)(?:是|为|叫做|叫|称为)$", before.rstrip())
    if head:
        # (any word but particles: jieba tags 首都 as an adverb)
        # (not 含义, 意思: what a term means is said by what it is made of, "任务清单、问题清单、
        # 责任清单“三本台账”", not by the word)
        attribute = [w for w, f in tagged(re.split(r"的|，|,|之", head.group(1))[-1])
                     if f[0] not in "upcrxy" and w not in _LIGHT_VERBS and w not in ("含义", "意思") and w.strip()]
    clause_before = re.split(r"[，,；;]", before)[-1]
    clause_after = re.split(r"[，,；;？?]", after)[0]

    def verbs(words):
        return [w for w, f in words if f.startswith("v") and w not in _LIGHT_VERBS and len(w) > 1
                and not (w in _ROLE_VERBS and re.search(w + r".{0,10}(?:角色|作用)", question))]
    # (the verb beside the question word, its particles aside: "林双不读中学时用什么笔名" asks of 用,
    # not of 不读)
    beside = [(w, f) for w, f in tagged(clause_before) if w.strip()]
    while beside and beside[-1][0] in _BESIDE_QUESTION_WORD:
        beside.pop()
    about = subject(question)
    words = [re.sub(r"^[被所在]", "", w) if len(w) > 2 or w[0] == "被" else w
             for w in attribute + verbs(beside[-1:]) + verbs(tagged(clause_after))[:1] if w != about]
    # (two light verbs jieba glued together say nothing of their own: "想用什么名字作为族称")
    return list(dict.fromkeys(w for w in words if len(w) > 1 and jieba.dt.FREQ.get(w, 0)
                              and not all(ch in _LIGHT_VERBS for ch in w)))


# (not "哪国企业": the country is asked, "由俄罗斯企业在制造的")
_COMPANY_QUESTION = re.compile(r"哪(?:一|个)?[家些]?(?![一个]?国)[\u4e00-\u9fff]{0,4}?(?:公司|企业|集团|厂商|厂家|单位|部门|银行)|(?:企业|公司|单位)是哪一?家")


def roles(text: str) -> list[str]:
    """The words of a text (a question, or an English question's Chinese query terms) that name
    a role a person holds (书记, 总裁, 镇长)."""
    return [w for w, _ in tagged(text) if has_cjk(w) and _PERSON_ROLE.search(w)]


def asks_company(question: str) -> bool:
    """Whether the question asks which company or body did something ("哪家公司制作的", "牵头企业是
    哪一家", "哪家广告公司设计"): nothing in a company's name says it is one (恒德塑胶, 搜狐)."""
    return bool(_COMPANY_QUESTION.search(question))


# A quoted term whose name counts its parts (双: two), asked what they are: "“六清”行动具体清理哪六类",
# "“2132”行动具体指什么" (what it is made of, not what it does: "“十二转”被用来嘉奖哪些人"; and
# not "…是什么", which a sentence of what it does may answer).
_NUMBERED_TERM = re.compile(r"[“「『\"]([^”」』\"]*[0-9一二两三四五六七八九十百双][^”」』\"]*)[”」』\"]"
                            r"[^，,？?]{0,8}?(?:具体|分别|都|主要)?"
                            r"(?:(?:指|包括|包含|是|有|为|清理)(?:的是)?哪|(?:是指|指的是|指|包括|包含)什么|"
                            r"(?:是)?什么(?:意思|含义)|(?:的)?(?:意思|含义)是什么)")


# A document asked what it says: "《文明公约》包括哪些内容" (a paragraph that only names it does not say;
# not "《铁拳男人》的内容是什么", a work's plot, which prose tells)
_TITLED_CONTENTS = re.compile(r"《([^》]+)》[^，,？?]{0,4}?(?:包括|包含|规定了?|有)哪些(?:内容|条款|规定)")


def numbered_term(question: str, wanted: "Wanted | None") -> str:
    """The quoted term a list question, or one any sentence may answer (`wanted`, the question's
    own kind), asks the parts of when its name counts them ("“六清”行动具体清理哪六类" -> 六清,
    "“三长四员”具体指哪些人" -> 三长四员); "" otherwise.

    >>> [numbered_term(q, Wanted.parse(q)) for q in ("“三长四员”具体指哪些人？", "“党建共建”协议有哪些内容？")]
    ['三长四员', '']
    >>> [numbered_term(q, Wanted.parse(q)) for q in ("“十二转”被用来嘉奖哪些人？", "“2132”招商攻坚行动具体指什么？")]
    ['', '2132']
    >>> numbered_term("“双敲五扫”是什么意思？", None), numbered_term("“双报到”是什么意思？", None)  # (what it means: what it is made of)
    ('双敲五扫', '双报到')
    >>> numbered_term("君临天下院落党支部制定的《文明公约》包括哪些内容？", None)
    '文明公约'
    """
    if wanted is not None and wanted.kind != "list":
        return ""
    m = _NUMBERED_TERM.search(question) or _TITLED_CONTENTS.search(question)
    return m.group(1) if m else ""


# "哪个联盟成立最早", "哪家企业最大": one chosen among several by a superlative (not 最后/最终/
# 最初/最先, which tell a sequence: "最早叫什么" is the first name, "最先嫁给了谁")
_SUPERLATIVE_CHOICE = re.compile(r"哪[个家些一位所座种条支][^，,？?]{0,12}最(?![后终初先])|最(?![后终初先])[^，,？?哪]{0,12}是哪")


def asks_superlative(question: str) -> bool:
    """Whether the question picks one of several by a superlative ("哪个联盟成立最早"): only a
    text that ranks them (最, 第一, 首…) answers it, not one that lists them."""
    return bool(_SUPERLATIVE_CHOICE.search(question))


_HONOUR_QUESTION = re.compile(r"(?:什么|哪些|哪个|哪项|哪种)(?:荣誉|称号|奖项|奖励|奖(?![品金])|表彰|殊荣)")  # (not a prize: 奖品, 奖金)


def asks_honour(question: str) -> bool:
    """Whether the question asks what honour something won ("获得过什么奖项", "什么荣誉称号"): only a
    text that tells of one (forms.honour) answers it, not one that only says what was done."""
    return bool(_HONOUR_QUESTION.search(question))


_PRODUCT_QUESTION = re.compile(r"(?:生产|制造|出产|主营|研发|推出)(?:的)?(?:什么|哪些|哪种|哪类)|(?:主要|主打)?产品(?:是|有|为|包括)"
                               r"(?:什么|哪些)|(?:什么|哪些|哪种|哪类)产品")


def asks_product(question: str) -> bool:
    """Whether the question asks what something makes ("亿联化工生产什么产品", "主要产品是什么"):
    only a text that says what is made (forms.makes) answers it, not one that names its 产品."""
    return bool(_PRODUCT_QUESTION.search(question))


_CITY_QUESTION = re.compile(r"哪(?:一?个|些|座)(?:城市|城邦|城镇)")
# Where someone is from: "潘淑是哪里人", "许国佐是什么地方人"
_ORIGIN_QUESTION = re.compile(r"(?:哪里|哪儿|什么地方|哪个地方|何地|何处|何方)人[？?吗呢]*$|"
                              r"^where (?:is|was) [a-z' -]{2,40} from\s*\??$", re.I)  # ("Where was Wei Yijie from?")
# Which country: "诺丁汉郡隶属于哪个国家", "杜老志是哪国人" (not 哪个国际…)
_COUNTRY_QUESTION = re.compile(r"哪(?:一|个)?国(?!际)|什么国家")


def asks_country(question: str) -> bool:
    """Whether the question asks which country ("诺丁汉郡隶属于哪个国家"): a sentence that names one
    (forms.country) answers it before those that name the place best."""
    return bool(_COUNTRY_QUESTION.search(question))


def asks_origin(question: str) -> bool:
    """Whether the question asks where someone is from ("潘淑是哪里人"): a sentence that says so
    ("会稽句章（今浙江省宁波市）人", forms.origin) answers it before those that name the person best.

    >>> asks_origin("潘淑是哪里人？"), asks_origin("Where was Wei Yijie from?"), asks_origin("Where is the station?")
    (True, True, False)
    """
    return bool(_ORIGIN_QUESTION.search(question.strip()))


# "宋子仙是哪里人": where someone named is from (not a people: "看粤语动画的观众主要是哪里人")
_SOMEONE_FROM = re.compile(r"^[\u4e00-\u9fff·]{2,8}(?<!的)(?:是|为)(?:哪里|哪儿|什么地方|何地|何处|哪国)人")


def asks_someones_origin(question: str) -> bool:
    """Whether the question asks where someone it names is from, which only a sentence that says
    so answers.

    >>> asks_someones_origin("宋子仙是哪里人？"), asks_someones_origin("看粤语动画的观众主要是哪里人？")
    (True, False)
    """
    return bool(_SOMEONE_FROM.match(question))


def asks_city(question: str) -> bool:
    """Whether the question asks which city ("位于哪个城市"): a place is looked for but not required
    of other place questions (where something is is told in too many ways), a city is named.

    >>> asks_city("阿尔西比亚德斯是哪个城邦的政治家？"), asks_city("他效忠哪个城邦？"), asks_city("城市有多大？")
    (True, True, False)
    """
    return bool(_CITY_QUESTION.search(question))


_FORMERLY = re.compile(_BEFORE + "|原名|本名")


def asks_former_name(question: str) -> bool:
    """Whether the question asks what something was called before ("大环道原来叫什么", "原名是什么"):
    a sentence giving an earlier name (原称) answers it before one giving a new one (更名为)."""
    return bool(_FORMERLY.search(question))


_HOW_DIED = re.compile(r"(?:怎么|怎样|如何|因何|为什么|为何)(?:而)?(?:死|去世|逝世|过世|身亡|遇害|被杀)|死因|死于(?:什么|何)")


def kin_asked_about(question: str) -> str:
    """The kin whose work the question asks, as the text may say it (父 for 父亲: "其父迟泽凤是小学
    校长", "父亲是粤语片片场的剧务"), or "".

    >>> kin_asked_about("迟子建的父亲是做什么的？"), kin_asked_about("矢井田瞳的丈夫从事什么工作？"), kin_asked_about("父亲是谁？")
    ('父', '夫', '')
    """
    m = _KIN_DOES.search(question)
    return _KIN[m.group(1)] if m else ""


def asks_how_died(question: str) -> bool:
    """Whether the question asks how or why someone died ("余蔚最后是怎么死的"): only a sentence
    that tells a death answers it, not one about the person's last office ("最后一位扶余王")."""
    return bool(_HOW_DIED.search(question))


def kin_died(question: str) -> str:
    """The kin whose death the question asks how it came, as the text may say it, or "": "朝仓启太的
    父亲是怎么死的" is told by "他的父亲…空难身亡", not by a sentence about 朝仓启太.

    >>> kin_died("朝仓启太的父亲是怎么死的？"), kin_died("余蔚最后是怎么死的？")
    ('父', '')
    """
    m = re.search(r"的(" + "|".join(_KIN) + r")(?:最后|最终|后来)?(?:是)?(?=[^，,？?]{0,4}" + _HOW_DIED.pattern + ")", question)
    return _KIN[m.group(1)] if m else ""  # (the lookahead is _HOW_DIED's: a match asks how one died)


# A death told by how it came: killed, executed, fallen ("被…暗杀勒毙", "自缢", "阵亡")
_KILLED = re.compile(r"杀|毙|处决|斩|缢|自尽|阵亡|牺牲|丧生|丧命|溺|遇难|罹难|病故|病亡|殒|投(?:水|河|江|井)|跳(?:河|江|楼|崖)|自焚|(?:冻|饿|打|烧|渴|摔)死|鞭挞")


def says_death(text: str, who: str = "") -> bool:
    """Whether the text tells a death; with `who`, not only their killing someone else: "索尔…
    杀了巨人" does not tell how 斯瓦迪尔法利 died.

    >>> says_death("这时索尔举起雷神之锤杀了巨人", "斯瓦迪尔法利"), says_death("巨人杀了斯瓦迪尔法利", "斯瓦迪尔法利")
    (False, True)
    """
    text = _without_killing_others(text, who)
    return bool(_SAYS_DEATH.search(text) or _KILLED.search(text))


def _without_killing_others(text: str, who: str) -> str:
    """The text without someone's killing another than `who` ("杀了巨人"); all of it with no `who`."""
    if not who:
        return text
    return re.sub(r"(?<!被)(?:杀死|杀了|杀害|击毙|处死)(?!" + re.escape(who) + r")[\u4e00-\u9fff]{0,6}", "", text)


def says_how_died(text: str, who: str = "") -> bool:
    """Whether the text tells how someone died, not only when: "卒于天启五年六月" does not say how
    钟惺 died; "因喉癌病逝", "被处死", "死于战乱" do.

    >>> says_how_died("钟惺晚年入寺院，卒于天启五年六月。"), says_how_died("刘节在1977年7月21日因喉癌病逝")
    (False, True)
    >>> says_how_died("波斯皇帝包围了阿尔西比亚德斯的宅邸，后者突围时中箭身亡。"), says_how_died("他突发脑溢血，三天后辞世。")
    (True, True)
    """
    own = _without_killing_others(text, who)  # (a killing of another tells no manner of their death either)
    return says_death(own) and bool(_KILLED.search(own) or _DEATH_MANNER.search(own))


# How a death came: a cause, an illness, an accident, at someone's hands (not 死于 a date)
_DEATH_MANNER = re.compile(r"因|由于|病|被|意外|事故|空难|车祸|自杀|遇刺|战死|阵亡|中[箭弹毒枪炮]|突发|脑溢血|脑出血|中风|心脏病|心肌梗塞|癌|衰竭|溺[死毙亡水]|坠[马崖楼]|死于(?!\s*[0-9０-９一二三四五六七八九十]|[^，,。]{0,8}[年月日])")


# "翟成淮是哪个院落党支部的党员": a party organisation asked for, which a sentence names by its kind
_BRANCH_QUESTION = re.compile(r"哪(?:一?个|家)[^，,？?的]{0,8}?(党支部|党总支|党委|支部)")


def asks_branch(question: str) -> str:
    """The kind of party organisation the question asks which one of ("哪个院落党支部": 支部), or
    "": a sentence that names none ("69岁的老党员翟成淮说") does not answer it.

    >>> asks_branch("翟成淮是哪个院落党支部的党员？"), asks_branch("哪个党委牵头？"), asks_branch("党支部有几名党员？")
    ('支部', '党委', '')
    """
    m = _BRANCH_QUESTION.search(question)
    return m.group(1)[-2:] if m else ""


# A version in a language ("中文版", "粤语版"), which a version in another does not answer for
_VERSION = re.compile(r"(?:[中英法日德韩俄意粤]|西班牙|葡萄牙)[文语]版|国语版|普通话版")


def asks_version(question: str) -> str:
    """The version in a language the question asks of ("中文版主题曲是谁唱的": 中文版), or "": a
    sentence about another's ("…是至NET奇兵的英文版主题曲，…主唱…为Noam Kaniel") does not answer it.

    >>> asks_version("至NET奇兵的中文版主题曲是谁唱的？"), asks_version("主题曲是谁唱的？")
    ('中文版', '')
    """
    m = _VERSION.search(question)
    return m.group(0) if m else ""


def tells_another_version(text: str, version: str) -> bool:
    """Whether the text names a version in another language than the one asked, and not it.

    >>> tells_another_version("A World Without Danger是至NET奇兵的英文版主题曲", "中文版")
    True
    """
    return version not in text and any(m.group(0) != version for m in _VERSION.finditer(text))


# "…的工业产值和固定资产投资各是多少": two things asked the same of ("各", "分别")
_EACH = re.compile(r"^(.*?)([^，,的和与及、“”]{2,12})(?:和|与|及|以及|、)([^，,的和与及、“”]{2,12})(?:各|分别)"
                   rf"([^，,？?]{{0,6}}?(?:{_WH}).*)$")


def two_questions(question: str) -> list[str]:
    """The two questions a two-part question asks, each whole ("金乡县2021年发展了多少名党员，
    培养了多少名入党积极分子" -> …, "金乡县2021年培养了多少名入党积极分子"), so that each finds
    its own sentence; [] for a question of one part.

    >>> two_questions("刁镇街道11月份的工业产值和固定资产投资各是多少？")
    ['刁镇街道11月份的工业产值是多少？', '刁镇街道11月份的固定资产投资是多少？']
    >>> two_questions("金乡县2021年发展了多少名党员，培养了多少名入党积极分子？")
    ['金乡县2021年发展了多少名党员？', '金乡县2021年培养了多少名入党积极分子？']
    >>> two_questions("水城小学有多少名东昌名师，多少名市“十佳”教师？")[1]
    '水城小学有多少名市“十佳”教师？'
    >>> two_questions("阎楼镇对接银行和对接司法局各解决了多少个问题？")
    ['阎楼镇对接银行解决了多少个问题？', '阎楼镇对接司法局解决了多少个问题？']
    >>> two_questions("东岭村新建了多少个大棚，带动多少户农户增收？")[1]
    '东岭村带动多少户农户增收？'
    >>> two_questions("济宁经开区帮助多少家企业申请了多少补贴？"), two_questions("为什么，他说了什么？")
    ([], [])
    """
    m = _EACH.match(question)
    if m:
        before, first, second, rest = m.groups()
        if not before:  # (the first thing named after the subject: "阎楼镇对接银行和对接司法局")
            same, about = first.find(second[:2], 1), subject(question)
            cut = same if same > 0 else len(about) if first.startswith(about) else 0
            before, first = first[:cut], first[cut:]
        return [before + first + rest, before + second + rest]
    halves = re.split(r"[，,；;]", question.strip())
    if len(halves) != 2 or not all(re.search(_WH, h) for h in halves):
        return []
    first, second = halves[0], re.sub(r"[？?]+$", "", halves[1])
    if not first or not second:
        return []
    if re.match(_WH, second):  # "…有多少名东昌名师，多少名…": the first half's words before its question word
        lead = first[:re.search(_WH, first).start()]
    else:  # "…发展了多少名党员，培养了…": its words before its verb
        words = tagged(first)  # (a word before 了 is a verb jieba may tag otherwise: 新建/ns)
        verb = next((i for i, (_, f) in enumerate(words)
                     if f[0] == "v" or (i + 1 < len(words) and words[i + 1][0] == "了")), None)
        lead = "".join(w for w, _ in words[:verb]) if verb else ""
    if len(lead) < 2:
        return []
    return [first + "？", lead + second + "？"]


def _names_a_thing(question: str, before: str) -> bool:
    """Whether "叫什么名字" asks the name of its subject, a body, place or work: no person's role
    stands before the question word ("南京大学…叫什么名字", not "…银行的经理叫什么名字")."""
    if any(_PERSON_ROLE.search(w) for w, f in tagged(before) if f[0] == "n" or _HEAD_OF.fullmatch(w)):
        return False  # (a role: a noun, or the head of an office, which jieba may tag a verb: "阎楼镇的镇长")
    asked = _word_before(before)  # (the thing right before it: "台湾单行本叫什么名字", "第一张专辑…")
    if asked and _THING.search(f"{asked}/{tagged(asked)[0][1]}"):
        return True
    about = subject(question)  # (maybe joined from words jieba split: 宝/山镇)
    return bool(about) and (bool(_THING.search(f"{about}/"))
                            or any(_THING.search(f"{w}/{f}") for w, f in tagged(question) if w == about))


def _word_before(text: str) -> str:
    """The last content word before the question word ("捐款多少" -> 捐款; "有多少" skips 有)."""
    for word, flag in reversed(tagged(text)):
        if word in _LIGHT_VERBS or flag[0] in "udpcmqrxfy" or not word.strip():
            continue
        return word
    return ""


# Nouns jieba's dictionary tags as something else (比分: an adverb)
_MISTAGGED_NOUNS = {"比分", "首都"}  # (jieba tags them d: "成为首都的")


def _content_words(text: str) -> list[str]:
    return [w for w, flag in tagged(text)
            if (flag[0] not in "udpcmqrxy" or w in _MISTAGGED_NOUNS) and w not in _LIGHT_VERBS and w.strip()]


def _deed_before(text: str, word: str) -> list[str]:
    """The verb right before the word at the text's end, which jieba may cut into characters (骑/v
    扣/v), as one word: [] if none.

    >>> _deed_before("2005年季后赛中骑扣布拉德利", "布拉德利"), _deed_before("发现很多恐龙遗迹", "遗迹")
    (['骑扣'], [])
    """
    words = list(tagged(text))
    if not words or words[-1][0] != word:
        return []
    deed = ""
    for w, flag in reversed(words[:-1]):
        if not flag.startswith("v") or w in _LIGHT_VERBS:
            break
        deed = w + deed
    return [deed] if len(deed) > 1 else []


def _verbs(question: str, wh: str, or_word: bool = False) -> list[str]:
    """The question's own verbs (成立, 开工, 调研): the event whose date, cause or agent is asked.
    The predicate follows the question word ("流动党员为什么外出打工": 外出, 打工, not 流动).

    >>> _verbs("张楼镇的流动党员为什么大多外出打工？", "为什么")
    ['外出', '打工']
    >>> _verbs("最美图书角是由谁来评的？", "谁"), _verbs("谁来自山东？", "谁")
    (['评'], ['来自'])
    """
    before, _, after = question.partition(wh)
    def verbs(text):
        return [w for w, flag in tagged(text) if flag in ("v", "vn", "vd") and w not in _LIGHT_VERBS and len(w) > 1]
    # ("由谁来评", "谁来讲": 来 only says someone does it; the deed is the verb after, which the
    # text says in a word of its own: 评选, 讲党课)
    done = re.match(r"[来去]([\u4e00-\u9fff])", after)
    if done and tagged(after[1:])[0] == (done.group(1), "v"):
        return [done.group(1)]
    # (or_word: else the first word after, when jieba tags the verb as a noun: 带队)
    word = [w for w in _content_words(after) if len(w) > 1][:1] if or_word else []
    return verbs(after) or word or verbs(before)
