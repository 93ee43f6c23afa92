"""Answers on the seed articles: real model, real FAISS, the extractive answerer."""
import pytest

from rag import ask
from rag.text import normalize


@pytest.mark.parametrize("question, expected, evidence", [
    ("阎楼镇橡塑管产业链委员会覆盖多少家企业？", "47", "覆盖企业47家"),
    ("微山县在乡镇、街道、机关、国有企业建立了多少所基层党校？", "27", "建立27所基层党校"),
    ("济宁经开区培育了多少个特色党支部？", "40", "培育40个特色党支部"),  # paragraph broken after "40"
    ("阎楼镇累计帮助几家产业链企业解决贷款？", "5家", "融贴息等方面的政策"),  # interrupted paragraph
])
def test_cited_answers(seed_index, question, expected, evidence):
    _, index_dir = seed_index
    answer = ask(question, index_dir=index_dir)
    assert not answer.abstained
    assert expected in answer.text
    assert len(answer.text) <= 200
    first = answer.citations[0]
    assert evidence in first.text
    assert normalize(first.quote.split("…")[0]) in normalize(first.text)
    assert answer.text.count("[1]") >= 1 and "[%d]" % (len(answer.citations) + 1) not in answer.text


def test_every_sentence_carries_a_marker_that_resolves(seed_index):
    _, index_dir = seed_index
    answer = ask("水城小学现有多少个教学班？", index_dir=index_dir)
    import re
    markers = [int(m) for m in re.findall(r"\[(\d+)\]", answer.text)]
    assert markers and set(markers) == set(range(1, len(answer.citations) + 1))
    assert answer.text.rstrip().endswith("]")


@pytest.mark.parametrize("question", ["苹果公司的CEO是谁？", "上海市浦东新区出台了哪些招商引资政策？", "北京冬奥会有多少名志愿者？"])
def test_abstains_when_documents_do_not_say(seed_index, question):
    _, index_dir = seed_index
    answer = ask(question, index_dir=index_dir)
    assert answer.abstained and answer.citations == [] and "没有找到" in answer.text


def test_follow_up_uses_history(seed_index):
    _, index_dir = seed_index
    history = [{"role": "user", "content": "刁镇街道有哪些企业被评为“专精特新”企业？"},
               {"role": "assistant", "content": "圣泉倍进陶瓷、泰星被评为国家专精特新“小巨人”企业[1]"}]
    answer = ask("那被评为市“瞪羚”企业的有几家？", history, index_dir=index_dir)
    assert "3家" in answer.text
    assert "瞪羚" in answer.citations[0].text


def test_a_follow_up_counting_those_of_a_kind_abstains_when_no_text_counts_them(seed_index):
    """"其中有多少是女性" after a count of experts asks how many of them are women: 82人 is not."""
    _, index_dir = seed_index
    history = [{"role": "user", "content": "微山县吸纳了多少名入库专家？"},
               {"role": "assistant", "content": "吸纳县乡两级入库专家82人[1]"}]
    answer = ask("其中有多少是女性？", history, index_dir=index_dir)
    assert answer.abstained, answer.text


def test_invalid_questions_get_clear_errors(seed_index):
    from rag import InvalidQuestion
    _, index_dir = seed_index
    with pytest.raises(InvalidQuestion, match="为空"):
        ask("   ", index_dir=index_dir)
    with pytest.raises(InvalidQuestion, match="太长"):
        ask("问" * 10_000, index_dir=index_dir)


def test_english_question_is_answered_from_chinese_text(seed_index):
    _, index_dir = seed_index
    answer = ask("How many grassroots party schools did Weishan County build?", index_dir=index_dir)
    assert not answer.abstained and "27所基层党校" in answer.text
    assert "建立27所基层党校" in answer.citations[0].text


def test_english_question_outside_the_documents_abstains_in_english(seed_index):
    _, index_dir = seed_index
    answer = ask("Who is the CEO of Apple?", index_dir=index_dir)
    assert answer.abstained and answer.text == "The documents do not cover this question."


def test_an_english_count_of_people_needs_a_number_of_people(seed_index):
    """"How many students": 四个方面 beside 学生 counts aspects, not students; 65名 counts teachers."""
    _, index_dir = seed_index
    assert ask("How many students are there at Shuicheng Primary School?", index_dir=index_dir).abstained
    answer = ask("How many outstanding teachers did the Yanlou enterprises visit?", index_dir=index_dir)
    assert not answer.abstained and "65名" in answer.text, answer.text


def test_an_english_count_is_in_the_measure_words_its_noun_is_counted_in(seed_index):
    """The dictionary's words for the noun say what counts it: technicians are people (200名…人才,
    not 三支服务团); enterprises are counted in 家 (not by the date 6月16日)."""
    _, index_dir = seed_index
    answer = ask("How many agricultural technicians did Sishui County send to the local expert team?", index_dir=index_dir)
    assert not answer.abstained and "200名" in answer.text, answer.text
    answer = ask("How many enterprises did Jibei Development Zone visit this year?", index_dir=index_dir)
    assert not answer.abstained and "近300家" in answer.text, answer.text
    assert "6月16日" not in answer.text


def test_an_english_phrase_may_be_one_word_of_the_documents(seed_index):
    """"special films" is 专题片 in the articles: a term one character long (片) is looked for as the
    end of a word of the passages the other terms find (兖州), sharing a character with the word
    before's senses (专项)."""
    _, index_dir = seed_index
    answer = ask("How many special films did Yanzhou District produce?", index_dir=index_dir)
    assert not answer.abstained and "12部专题片" in answer.text, answer.text


def test_an_english_who_is_question_needs_a_name_beside_a_role(seed_index):
    """"Who is the party secretary of…": the role's translation may be another's (president is
    校长 first, the text says 总裁), so any role will do, but one is needed: jieba reads 高新区 and
    卫健 (of 卫健志愿服务队) as names, and 接庄街道's article names no one."""
    _, index_dir = seed_index
    answer = ask("Who is the party secretary of Jiezhuang Subdistrict?", index_dir=index_dir)
    assert answer.abstained, answer.text
    answer = ask("Who is the president of Mingquan Group?", index_dir=index_dir)
    assert not answer.abstained and "孙志田" in answer.text, answer.text
    # (general manager is 总经理, which the documents never use: its 经理, not 普/共 for general; and
    # group is 集团, written beside 明泉, not 团体)
    answer = ask("Who is Mingquan Group's general manager?", index_dir=index_dir)
    assert not answer.abstained and "孙志田" in answer.text, answer.text


def test_an_english_question_about_spending_needs_a_sum(seed_index):
    """"How much did … pay": 耗时180天 is no sum; "how much … subsidy" is answered by one."""
    _, index_dir = seed_index
    assert ask("How much did Huihe Subdistrict pay for renovating the shop signs?", index_dir=index_dir).abstained
    assert ask("What is the total budget of Huihe Subdistrict's garbage music line?", index_dir=index_dir).abstained
    assert ask("What is the yearly revenue of Yiqiao Industrial Park?", index_dir=index_dir).abstained
    # (a month as the papers write it, 11月, not November untranslated)
    answer = ask("What was the industrial output value of Diaozhen subdistrict in November?", index_dir=index_dir)
    assert not answer.abstained and "20.27亿元" in answer.text, answer.text
    answer = ask("How much upgrade subsidy did Jibei give to Dingjin Foods and three other enterprises?", index_dir=index_dir)
    assert not answer.abstained and "1544万元" in answer.text, answer.text


def test_an_english_question_about_a_population_needs_the_number_of_its_people(tmp_path, seed_index):
    """"What is the population of…" asks a count of people beside 人口 or 居民: Yinsi's article
    has counts of companies, none of people; 800人次 trained is not how many live there. (行政村
    is a kind of village, not another village than the question's.)"""
    from rag import build_index

    from .conftest import write_docs

    assert ask("What is the population of Yinsi Town?", index_dir=seed_index[1]).abstained
    docs = write_docs(tmp_path / "docs", {"a.txt": "西河镇概况\n\n西河镇位于县城东部，总人口3.2万人，辖23个行政村。\n\n"
                                                   "西河镇今年新建党员活动室12处，培训党员800人次。\n"})
    build_index(docs, tmp_path / "index")
    for question in ("What is the population of Xihe Town?", "How many people live in Xihe Town?", "西河镇有多少人口？"):
        answer = ask(question, index_dir=tmp_path / "index")
        assert not answer.abstained and "3.2万人" in answer.text, (question, answer.text)


def test_answers_stay_short(seed_index):
    _, index_dir = seed_index
    for q in ["微山县在乡镇、街道、机关、国有企业建立了多少所基层党校？", "济北开发区为顶津食品等企业兑现了多少技改奖补资金？"]:
        answer = ask(q, index_dir=index_dir)
        assert len(answer.text) - 3 * len(answer.citations) <= 160, answer.text


@pytest.mark.parametrize("question", ["阎楼镇橡塑管产业链委员会有多少名党员？", "水城小学有多少名学生？", "济北开发区有多少家上市企业？"])
def test_counts_the_articles_do_not_give_are_not_guessed(seed_index, question):
    """Same vocabulary as the articles, but no sentence states that count: abstain."""
    _, index_dir = seed_index
    answer = ask(question, index_dir=index_dir)
    assert answer.abstained and answer.citations == []


def test_count_stated_with_another_measure_word_is_found(seed_index):
    _, index_dir = seed_index
    answer = ask("泗水县招募了多少名乡村振兴合伙人？", index_dir=index_dir)  # text: 合伙人192人
    assert not answer.abstained and "192人" in answer.text


@pytest.mark.parametrize("question, expected", [
    ("阎楼镇的产业链企业慰问了多少名老师？", "65名"),  # text: 优秀教师
    ("泗张镇督查发现的问题必须几天内改好？", "3天"),  # text: 整改完成
    ("济宁经开区帮企业申请下来的补贴一共多少钱？", "401.85万元"),  # text: 申请补贴 (下来: the result, unsaid)
])
def test_a_count_asked_in_other_words_than_the_text_is_found(seed_index, question, expected):
    """The best sentence gives the number with the measure asked, beside a word that shares a
    character with the question's (教师 for 老师, 整改 for 改好), not the word itself."""
    _, index_dir = seed_index
    answer = ask(question, index_dir=index_dir)
    assert not answer.abstained and expected in answer.text, answer.text


def test_a_number_that_counts_something_else_does_not_answer(seed_index):
    """"配备2-4名专职人员" follows "加挂党员教育中心牌子": it counts 人员, not 党员."""
    _, index_dir = seed_index
    answer = ask("微山县培训了多少名党员？", index_dir=index_dir)
    assert not answer.abstained and "18000" in answer.text and "2-4名" not in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "回河街道一共有多少辆电动垃圾收运车？",  # "一辆电动垃圾收运车…驶来": a truck, not how many
    "邹城市第一书记为青少年总共办了几件实事？",  # "为…青少年办一件实事": what each does, no total
    "西平镇下辖多少个村？",  # "向各村下达…清单39份，立行立改问题49个": lists and problems, not villages
    "水城小学为学生办了几件事？",  # no matter counted by 件 in its article
    "泰星新材料今年的销售收入是多少？",  # 泰星's is next year's; 济南久安酯's and 鲁洪公司's are theirs
    "刁镇街道全年的固定资产投资是多少？",  # "单月完成工业产值…；完成固定资产投资3.62亿元": a month's
    "济北开发区有多少家高新技术企业？",  # "信息技术…非公企业147家": 技术 is half of 高新技术
])
def test_a_number_that_is_an_article_or_counts_another_noun_does_not_answer(seed_index, question):
    _, index_dir = seed_index
    answer = ask(question, index_dir=index_dir)
    assert answer.abstained, answer.text


@pytest.mark.parametrize("question", ["鲁洪公司的工业产值上涨了多少？", "鲁洪公司工业产值涨了多少？"])
def test_a_change_in_a_sum_is_answered_by_its_share_for_whose_it_is(seed_index, question):
    """The same article tells 刁镇街道's 工业产值 "环比增长10.1%" and 鲁洪公司's "同比增长15.5%"."""
    _, index_dir = seed_index
    answer = ask(question, index_dir=index_dir)
    assert "15.5%" in answer.text and "10.1%" not in answer.text, answer.text


def test_a_sentence_about_another_place_loses_to_one_whose_article_names_the_place(tmp_path):
    """The right sentence never names the town; its article does, and the other article's
    sentence, which matches the question's wording better, is about another town."""
    from rag import build_index

    from .conftest import write_docs

    docs = write_docs(tmp_path / "docs", {
        "a.txt": "奋力实现招商引资开门红\n\n今年，东岭镇将进一步强化项目为主理念，聚焦项目推介和要素保障。\n\n"
                 "在做强企业上打造新亮点。进一步加强对全镇20家规模以上工业企业运行情况的动态监测。\n",
        "b.txt": "规模以上工业企业加快发展\n\n截至11月份，西河街道新增规模以上工业企业13家，规模以上工业企业产值增量"
                 "达到1亿元。\n",
    })
    build_index(docs, tmp_path / "index")
    answer = ask("东岭镇有多少家规模以上工业企业？", index_dir=tmp_path / "index")
    assert "20家" in answer.text and answer.citations[0].source == "a.txt"
    other = ask("西河街道新增了多少家规模以上工业企业？", index_dir=tmp_path / "index")
    assert "13家" in other.text and other.citations[0].source == "b.txt"


def test_a_sentence_going_on_about_another_of_a_kind_does_not_answer(tmp_path):
    """An article tells of two roads, each in its paragraph; "全线有隧道5座" goes on about the
    second, so the first's tunnels are not counted by it (a column break may start its paragraph)."""
    from rag import build_index

    from .conftest import write_docs

    docs = write_docs(tmp_path / "docs", {"roads.txt": (
        "两条高速公路建设纪实\n\n济青高速公路全长318公里，1993年12月建成通车，投资总预算45亿元。全线设服务区6处。\n\n"
        "京沪高速公路山东段全长416公里，投资总预算120亿元。\n\n全线有隧道5座，特大桥12座。\n")})
    build_index(docs, tmp_path / "index")
    assert ask("济青高速公路上有几座隧道？", index_dir=tmp_path / "index").abstained
    assert "5座" in ask("京沪高速公路有几座隧道？", index_dir=tmp_path / "index").text
    assert "45亿元" in ask("济青高速的投资总预算是多少？", index_dir=tmp_path / "index").text


@pytest.mark.parametrize("question", [
    "水城小学是哪一年建校的？",  # date: the school's articles give none
    "汶上县康驿镇党委书记是谁？",  # person: no name stands beside that role
    "水城小学副校长马速多大年纪？",  # age
    "回河街道牌匾改造总投资多少钱？",  # money: the article gives a duration, not a sum
    "西平镇为什么成立督查评估工作领导小组？",  # reason: the sentence says what, not why
    "阎楼镇的年工业产值是多少？",  # count: another town's article has one, not 阎楼镇's
    "回河街道的垃圾车是什么颜色？",  # a colour: its article has 绿色发展, no colour of anything
    "“最美图书角”评选的第一名是哪个班级？",  # a class: the article says 十二个班级, names none
    "金乡县在哪个省？",  # a province: the articles never say
    "济北开发区的面积有多大？",  # an area: its article counts 党支部, measures no area
    "济北开发区液压升降平台企业有多少家？",  # its article counts 非公企业, not these
    "北张商业街有多少家商户更换了牌匾？",  # the 187户 are those the 音乐专线 reaches
    "泗水县打造的高校专家服务团有多少名专家？",  # the 200名 make up the 农技专家服务团
    "听评课活动中魏玉荣主任带的是哪个年级？",  # a grade has its number (五年级); 各年级 is every one
    "中都街道的宣讲题库里有几个关于民法典的选题？",  # 十多个 counts every topic listed with it
    "水城小学烈士纪念日主题活动在哪个操场举行？",  # the article names no 操场
    "明水街道院落党支部的活动经费从哪里来？",  # a source: its article says none
    "圣泉酚醛树脂项目总投资多少亿元？",  # the sum is 16 projects' together
    "济南久安酯的甜菜碱项目总投资多少钱？",  # its sentence gives 销售收入; others other projects' investment
    "邹城市太平镇刘庙村的第一书记叫什么名字？",  # jieba tags 青少年 (and 镇中, 二村) as names
    "金乡县的每处“红帆驿站”配备几名工作人员？",  # no count per 驿站
    "青岛市有多少家“专精特新”企业？",  # a city no article is about (青岛 only in 青岛农业大学)
    "麦福旺食品的年销售收入是多少？",  # its article gives none; 刁镇's gives 久安酯's
    "水城小学“最美图书角”评选活动是由哪位老师组织的？",  # its article names no teacher
    "济北开发区五大非公企业党建联盟中哪个联盟成立最早？",  # they are listed, not ranked
    "“音乐专线”的垃圾收运车是什么品牌？",  # a brand: its article names none
    "御泉社区有多少名党员？",  # its article counts 桃花山社区's
    "明水街道商圈联盟党支部有多少名党员？",  # the same count, and the question names no community
    "华为公司2022年的营业收入是多少？",  # a company no document names; 刁镇's give 鲁洪公司's
    "邹城市团建指导员的任期是几年？",  # its article's only years are the 百年 of 百年奋斗
    "兖州区的“党员教育+”模式获得过什么奖项？",  # its article tells what it does, of no honour
    "寅寺镇化工园区有哪些化工企业？",  # its article names the trade (绿色化工), no company
    "君临天下院落党支部制定的《文明公约》包括哪些内容？",  # its paragraph names the document, says none of it
    "义桥镇的亿联化工生产什么产品？",  # its sentence says 先期产品投产, not which
    "山东神力家具有限公司主要生产什么家具？",  # 先进制造业 says what it is, not what it makes
    "济宁经开区重点培育的3家市级培育对象是哪些企业？",  # counted, not named (平台 is no 电视台)
    "济北开发区的KPI绩效考核由哪个部门负责？",  # a department is a body: its sentence names none
    "阎楼镇“银企对接”活动对接了哪几家银行？",  # "对接银行" names no bank
    "济北开发区“共享用工”为企业节省了多少用工成本？",  # the 1544万元 is 技改奖补资金, not 成本
    "山东省廉政教育馆位于哪个城市？",  # its sentence names the hall, no city
    "“三长四员”具体指哪些人？",  # the paragraph names the system, spells out none of it
    "泗张镇的“六清”行动具体清理哪六类？",
    "寅寺镇的“2132”招商攻坚行动具体指什么？",  # named, never spelled out
    "“双敲五扫”的含义是什么？",  # (what it means: the same; one of a list of tasks, never explained)
    "亿联化工项目是哪天开工的？",  # 施工进场 is planned: a verb compound (开工) is not loosened
    "阎楼镇的慈心一日捐是哪一天搞的？",  # 一日 alone is one day's, not a date
    "水城小学一共有多少个班级参加了最美图书角评选？",  # the 十二个班级 are those that came out best
    "泗水县招募的合伙人里有多少名核心合伙人？",  # a part of the whole "各类合伙人192人" counts
    "寅寺镇一共有多少家化工企业？",  # 力促…5家企业 is an aim; 20家规模以上工业企业 no 化工企业
    "济北开发区的五大党建联盟一共有多少名党员？",  # 包括25名…机关正式党员和…50名企业正式党员: a part each
    "邹城市有多少个村开展了“六个一”活动？",  # “六个一” is a slogan, no count of villages
    "泗水县推广的甘薯新品种亩产多少公斤？",  # a rate per 亩: 3200万公斤 is the whole increase
    "济宁经开区惠企补贴一年的预算是多少？",  # a budget: the 补贴401.85万元 granted is another sum
    "泗水县的黄金12条政策是哪个部门制定的？",  # 制定出台 names no body (出台 is no 台)
    "水城小学的语音室有多大面积？",  # 建筑面积10000平方米 is the school's
    "水城小学的副校长徐明波教什么科目？",  # a school subject: his sentence names none
    "泗水县的黄金12条给返乡创业人才的贷款额度是多少？",  # 额度 asks a sum; 黄金12条 counts rules
    "“泗水地瓜”的品牌价值是多少？",  # 价值 asks a sum; 5个研发团队 counts teams
    "阎楼镇的华信塑胶有多少名员工？",  # 委员6人 counts the committee's members (员 makes no 员工)
    "金乡县的“红领创优”工程是谁发起的？",  # whoever did it: “党建惠企” is a slogan, 惠企 no one
    "“双报到”是什么意思？",  # 双 counts its parts too: never spelled out
    "泗水县甘薯的年产量是多少？",  # a level: 粮食增产3200万公斤 is a change
    "玻科数控今年的工业产值是多少？",  # an official's words on the town's projects never name the firm
    "刁镇街道12月份完成工业产值多少？",  # 11月份's; 可新增工业产值20亿元 is a change
    "翟成淮是哪个院落党支部的党员？",  # which 支部: "69岁的老党员翟成淮说" names none
    "刁镇街道11月份固定资产投资同比增长了多少？",  # 同比: the text gives 环比增长8.7% only
    "阎楼镇原来叫什么？",  # an earlier name: "7个原有党支部" gives none
    "水城小学副校长马速是怎么死的？",  # a death: none is told
])
def test_questions_whose_kind_of_answer_the_articles_lack_abstain(seed_index, question):
    """Each reuses the articles' words, and the best sentence names the subject, but it holds
    no answer of the kind asked for: abstain instead of citing it."""
    _, index_dir = seed_index
    answer = ask(question, index_dir=index_dir)
    assert answer.abstained and answer.citations == [], answer.text


@pytest.mark.parametrize("question", [
    "水城小学的校歌是什么？",  # an attribute no article states (校歌: nowhere in the collection)
    "义桥镇的吉祥物是什么？",
    "阎楼镇的管材主要出口到哪些国家？",  # a list, by a verb the articles never use
    "中国的首都是哪里？",  # (jieba tags 首都 as an adverb)
])
def test_what_questions_about_something_the_collection_never_mentions_abstain(seed_index, question):
    """The best sentence is about the subject (水城小学, 义桥镇), but what is asked for is named
    nowhere in the documents: the articles do not say."""
    _, index_dir = seed_index
    answer = ask(question, index_dir=index_dir)
    assert answer.abstained and answer.citations == [], answer.text


def test_which_company_did_something_is_answered_beside_what_it_did(seed_index):
    """No form of name tells a company (恒德塑胶): the cited paragraph must say what it did, and
    the sentence name someone. "牵头" is in the collection, but not beside any company of the
    智能制造 alliance."""
    _, index_dir = seed_index
    for question in ("智能制造类党建联盟的牵头企业是哪一家？", "济北开发区的五大非公企业党建联盟分别由哪些企业牵头？",
                     "北张商业街的统一牌匾是哪家公司制作的？",  # (制作 is there, in 彩喷制作; no one is named)
                     # (设计 is not there, but its thesaurus group's 计划 is; “三张清单” is quoted, not a body)
                     "微山县“一核一线多点”现场教学模块是由哪家公司设计的？", "桃花山西区社区的双报到单位是哪家单位？",
                     "郝山峰社区的智慧门禁系统是哪家公司安装的？",  # (安装 is there; 社 of 社区 ends no body)
                     "北张商业街的牌匾由哪家广告公司设计？"):  # (a kind of company between 哪家 and 公司)
        answer = ask(question, index_dir=index_dir)
        assert answer.abstained, answer.text
    answer = ask("哪家企业申报国家级实验室CNAS接近尾声？", index_dir=index_dir)
    assert "恒德塑胶" in answer.text and not answer.abstained
    answer = ask("御泉社区与哪家单位签订了“党建共建”战略合作协议？", index_dir=index_dir)
    assert "农商行" in answer.text and not answer.abstained


def test_whoever_did_it_is_not_answered_by_a_sentence_that_names_no_one(seed_index):
    """"由谁起草": whoever did it may be anyone, so a sentence without the deed is a candidate;
    but one that names no one does not say who did it. A name jieba does not know after a title
    still answers (副校长马速, which jieba reads as an adverb)."""
    _, index_dir = seed_index
    for question in ("康驿镇的正反面清单是谁起草的？", "阎楼镇的“慈心一日捐”是谁发起的？",
                     "水城小学的最美图书角是谁布置的？"):
        answer = ask(question, index_dir=index_dir)
        assert answer.abstained and answer.citations == [], answer.text
    answer = ask("烈士纪念日主题活动上，是谁带领全体师生重温革命烈士事迹的？", index_dir=index_dir)
    assert "马速" in answer.text and not answer.abstained


def test_a_name_jieba_cuts_into_a_character_and_the_rest_is_looked_for_whole(seed_index):
    """jieba cuts 前肛鳗 (a fish no article mentions) into 前 / 肛鳗; 前 alone is in 前期受疫情影响,
    which held half the question's weight and was cited."""
    _, index_dir = seed_index
    answer = ask("前肛鳗是什么？", index_dir=index_dir)
    assert answer.abstained and answer.citations == [], answer.text


@pytest.mark.parametrize("question, expected", [
    ("水城小学什么时候开展垃圾捡拾志愿活动？", "9月19日"),  # date opening the sentence
    ("聚苯硫醚等项目为什么受到影响？", "防疫物资短缺"),  # reason: 由于…
    ("谁带领志愿者开展垃圾捡拾？", "徐明波"),  # person, after a title
    ("翟成淮多大年纪？", "69岁"),  # age
    ("泗张镇督查发现的问题限期几天整改？", "3天"),  # duration
    ("义桥镇镇长是谁？", "李瑞宁"),  # a name after two titles in a row
    ("9月19日水城小学的志愿活动是谁带队的？", "徐明波"),  # whoever did it (带领, asked as 带队)
    ("液压升降平台产业团体标准是谁编制的？", "高质标准化研究院"),  # … a body will do
    ("济北开发区获得过什么荣誉称号？", "十佳园区"),  # (誉称, jieba's pair across 荣誉|称号, is no term)
    ("济北开发区为台稳精密机械项目办完公司注册手续用了多长时间？", "29分06秒"),  # (办完, said as 完成…手续)
    ("金乡县园区企业中由管理层担任支部书记的占多大比例？", "90%"),  # a share: 占比90%
    ("金乡县企业党组织单独组建的比例有多高？", "100%"),  # a share, though 多高 asks a height
    ("邹城市各镇街多久开一次团建指导员工作交流会？", "每季度"),  # how often, not how long
    ("刁镇街道的领导每周哪天去项目现场？", "每周六"),  # a weekday is a day
    ("寅寺镇谈招商引资开门红的文章是谁写的？", "■白建喜"),  # an author: the article's byline
    ("水城小学最美图书角评选的文章是谁写的？", "记者 李军"),
    ("康驿镇的王建是哪天说的这番话？", "2月23日"),  # (这番话 points back: no word to find)
    ("阎楼镇的研学活动是到哪家企业去的？", "景阳冈酒业"),  # a company by its trade (酒业)
    ("阎楼镇通过对接司法局为企业解决了几件事？", "1件"),  # matters, counted by 件 alone
    ("水城小学有几位老师获得了东昌名师称号？", "东昌名师2人"),  # what they did names them, counted (not 老师百余人)
    ("在园区复审中，刁镇化工产业园是全省第几家复审成功的园区？", "首家"),  # (首家: the first)
    ("微山县县委书记每年什么时候讲专题党课？", "七一"),  # a day named by its date
    ("水城小学有多少人次拿过省市区优质课奖？", "36人次"),  # whoever did it: 省市区优质课获得者36人次
    ("金乡县对多少家市县级培育对象进行分类培育？", "23家"),  # what is counted is a list: 23家市级、县级培育对象
    ("水城小学的听评课教研活动到哪天结束？", "9月13日至23日"),  # a span of dates tells its start and end
    ("“最美图书角”由谁来评？", "语文教研组长"),  # (来 only says someone does it: the deed is 评, said as 评选)
    ("阎楼镇产业链联席会议隔多久召开？", "每季度"),  # how often exactly, before 定期
    ("中都街道的宣讲题库有多少个选题？", "十多个选题"),  # (the whole, which 关于民法典的 would not be)
    ("When did Shuicheng Primary School hold its Martyrs' Day event?", "9月26日"),  # (作为新时代的少先队员 tells no time)
    ("西平镇通过督查帮群众解决了哪些难题？", "出行难"),  # a list in other words: 出行难、办证难等问题
    ("阎楼镇的“五个对接”是什么意思？", "对接工商联"),  # what it means: spelled out after 即
    ("刁镇街道的“三本台账”意思是什么？", "任务清单"),  # … or before it (意思 is in no article)
    ("刁镇街道每周六由谁带项目帮包领导直插现场？", "主要领导"),  # whoever did it: a role (领导) will do
    ("泗水县从外地回乡创业的人才一共招来了多少？", "4290人"),  # people (人才), not 政策“黄金12条”; 泗水县 in
    # the article's opening after its byline
    ("邹城市给团建指导员定的六项工作叫什么？", "六个一"),  # (定 is matched only inside 制定, 坚定)
    ("水城小学“最美图书角”评选活动是哪天举行的？", "9月22日"),  # 举行, said as 开展
    ("康驿镇把“正反面清单”的计分评级结果用在哪些方面？", "提拔任用"),  # 方面 names no kind of item
    ("Who is the principal of Shuicheng Primary School?", "于保国"),  # (CC-CEDICT's principal: only 副校长's)
    ("济北开发区获评了什么称号？", "十佳园区"),  # 获评, said as 被评为
    ("刁镇街道11月份固定资产投资环比增长了多少？", "8.7%"),  # the base asked is the one told
])
def test_questions_of_each_kind_get_an_answer_of_that_kind(seed_index, question, expected):
    _, index_dir = seed_index
    answer = ask(question, index_dir=index_dir)
    assert not answer.abstained and expected in answer.text


def test_english_words_take_the_sense_the_documents_use(seed_index):
    """'returning' is first 回报 (to repay) in CC-CEDICT; beside 泗水 and 创业 the documents use 返."""
    _, index_dir = seed_index
    answer = ask("How many returning entrepreneurial talents has Sishui attracted?", index_dir=index_dir)
    assert not answer.abstained and "4290人" in answer.text


@pytest.mark.parametrize("question, first, second", [
    ("刁镇街道11月份的工业产值和固定资产投资各是多少？", "20.27亿元", "3.62亿元"),
    ("阎楼镇对接银行和对接司法局各解决了多少个问题？", "融资问题5个", "法律问题1件"),  # (阎楼镇 asks both)
])
def test_each_part_of_a_two_part_question_is_answered_from_its_own_sentence(seed_index, question, first, second):
    """Each part stands in a sentence of its own (a semicolon parts 工业产值 from 固定资产投资): the
    whole question found only the one that reads most like it."""
    _, index_dir = seed_index
    answer = ask(question, index_dir=index_dir)
    assert not answer.abstained and first in answer.text and second in answer.text, answer.text


def test_a_reason_that_points_back_brings_the_sentence_before(seed_index):
    """"针对这一问题，该镇建立实时台账": the problem it answers is the sentence before it."""
    _, index_dir = seed_index
    answer = ask("张楼镇为什么建立流动党员实时台账？", index_dir=index_dir)
    assert not answer.abstained and "去向难以掌握" in answer.text and "实时台账" in answer.text


def test_an_action_told_without_a_cause_brings_the_problem_told_before_it(seed_index):
    """"…门头牌匾参差不齐…存在一定的安全隐患。回河街道…对北张街两侧的门头牌匾进行了统一规划与更换。"
    The second sentence has no causal word; the first tells a problem of the same things."""
    _, index_dir = seed_index
    answer = ask("北张街为什么要统一更换门头牌匾？", index_dir=index_dir)
    assert not answer.abstained and "参差不齐" in answer.text and "更换" in answer.text, answer.text


def test_an_elliptical_follow_up_asks_what_the_question_before_asked(seed_index):
    """"党员教育师资呢？" after a count question is a count of 党员教育师资 (22名), not any sentence
    naming them."""
    _, index_dir = seed_index
    history = [{"role": "user", "content": "兖州区筛选出多少名党员教育名师？"},
               {"role": "assistant", "content": "目前筛选出各领域党员教育名师11名[1]"}]
    answer = ask("党员教育师资呢？", history, index_dir=index_dir)
    assert "22名" in answer.text


def test_a_follow_up_naming_no_place_is_about_the_conversation_s(seed_index):
    """"那拍了多少部专题片？" after a question on 兖州区: its 12部, not 微山县's 25部 in another article."""
    _, index_dir = seed_index
    history = [{"role": "user", "content": "兖州区选出了多少名党员教育名师？"},
               {"role": "assistant", "content": "目前筛选出各领域党员教育名师11名[1]"}]
    answer = ask("那拍了多少部专题片？", history, index_dir=index_dir)
    assert "12部" in answer.text and "25部" not in answer.text, answer.text


@pytest.mark.parametrize("first, then, expected", [
    ("刁镇街道有几家企业被评为国家专精特新小巨人？", "省级的呢？", "省“专精特新”企业"),  # 省级: 省 before a title
    ("明水街道的12345热线投诉原来每月有多少件？", "现在呢？", "700余件"),  # a time alone: the same question, now
    ("微山县县乡党校举办了多少期班次？", "培训了多少党员？", "18000余人"),  # a verb first: 微山县's, not 兖州区's
    ("阎楼镇对接工商联解决了几个发展难题？", "对接人社局呢？", "保障3件"),  # 人社局 three list items before the number
    ("兖州区拍了多少部专题片？", "微山县呢？", "专题片25部"),  # another place: the question before, asked of it
    ("济北开发区派驻了多少名党建指导员？", "其中机关党员有多少名？", "25名开发区机关正式党员"),  # the part it names
    ("刁镇街道到年底要建成多少个重点项目？", "总投资是多少？", "50.67亿元"),  # naming nothing: those projects'
])
def test_a_follow_up_by_a_level_a_time_a_verb_a_place_or_a_part_asks_about_the_question_before(seed_index, first, then, expected):
    _, index_dir = seed_index
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": ask(first, index_dir=index_dir).text}]
    answer = ask(then, history, index_dir=index_dir)
    assert not answer.abstained and expected in answer.text, answer.text


@pytest.mark.parametrize("question, expected", [
    ("郝山峰社区每个网格员负责多少户居民？", "每人300户"),  # each one of a people noun: a rate per person
    ("泗水县的乡村振兴合伙人一共投了多少钱？", "3.5亿元"),  # 合伙人192人，合作项目51个，投入资金3.5亿元
    ("寅寺镇打算让哪几家企业年内升规纳统？", "钰泰化工"),  # 打算: an intention the text tells by 力促
    ("济北开发区派驻的党建指导员里有多少名是从企业选聘的？", "选聘的50名"),  # 是从…: no noun after the measure
    ("济宁经开区帮企业申请到了多少补贴资金？", "401.85万元"),  # 补贴资金 said as 补贴, no other sum
    ("How many experts has Weishan County admitted into its expert pool?", "入库专家82人"),  # (admitted, pool: untranslated)
    ("泗水县的农技专家服务团有多少人？", "200名"),  # "选派200名…人才，组成农技专家服务团": they make it up
    ("阎楼镇被人称作什么？", "江北管材第一镇"),
    # the best sentence counts 入库专家 (in 人); the second, 班次972期, is the answer in other words
    ("微山县的乡镇党校和县级党校总共办了多少期培训班？", "972期"),
    ("How many jobs were created by Sishui's partners?", "带动就业2100余人"),  # (jobs: 就业, as papers count them)
    ("What is the total investment of the Hongxing Meikailong project?", "20亿元"),  # (被人: by anyone; 称作, as 称为, is the asker's word)
])
def test_questions_worded_around_what_is_asked_are_answered(seed_index, question, expected):
    _, index_dir = seed_index
    answer = ask(question, index_dir=index_dir)
    assert not answer.abstained and expected in answer.text, answer.text


def test_a_question_about_the_present_is_answered_first_by_what_is_now(seed_index):
    _, index_dir = seed_index
    answer = ask("水城小学现在有多少个教学班？", index_dir=index_dir)
    assert answer.citations and "现有34个教学班" in answer.citations[0].quote, answer.text  # (not 54个教学班规模)
    both = ask("水城小学占地多少亩，现在有多少个教学班？", index_dir=index_dir)
    assert "40亩" in both.text and "现有34个教学班" in both.text, both.text


def test_a_target_does_not_answer_what_happened_last_year(seed_index):
    """"力争新增营收过亿元企业2家" is a goal for the year to come, not last year's count."""
    _, index_dir = seed_index
    assert ask("寅寺镇去年新增了几家营收过亿元的企业？", index_dir=index_dir).abstained
    answer = ask("寅寺镇今年想新增几家营收过亿元的企业？", index_dir=index_dir)
    assert not answer.abstained and "2家" in answer.text, answer.text


def test_a_description_after_a_figure_tells_no_reason(seed_index):
    """"…辐射沿街商户187户，是回河街道开通的第一条…“音乐专线”" says what the line is, not why."""
    _, index_dir = seed_index
    assert ask("回河街道为什么选择北张街开通第一条音乐专线？", index_dir=index_dir).abstained


def test_the_author_of_a_signed_article_is_named_by_its_byline(seed_index):
    """"（作者系汶上县寅寺镇党委书记）" names the role; the name is the article's byline, ■白建喜."""
    _, index_dir = seed_index
    for question in ("寅寺镇党委书记叫什么名字？", "Who is the party secretary of Yinsi town?"):
        answer = ask(question, index_dir=index_dir)
        assert not answer.abstained and "白建喜" in answer.text, question
        assert answer.citations[0].text == "■白建喜" and "作者系" in answer.citations[1].text



def test_an_article_that_never_names_the_subject_counts_less(tmp_path):
    """"窃听又叫什么": a sentence with 叫 in an article about something else may match the
    question's rarest word better than the article about 窃听 does (on CMRC it did); it comes
    lower. A question whose subject the evidence names needs less of its other words (本来,
    名字: the text says 本名)."""
    from rag import build_index
    from rag.answer import Candidate
    from rag.api import get_engine

    from .conftest import write_docs

    docs = write_docs(tmp_path / "docs", {
        "a.txt": "窃听\n\n窃听，又称盗听、监听，是在未经同意的前提下，第三方以隐密的方式听取私人对话。\n",
        "b.txt": "魔岩唱片\n\n魔岩的名字由来，是因为滚石的子公司都以石为名，因此叫“魔岩”。\n",
        "c.txt": "雨侨\n\n雨侨，前艺名羽翘，本名廖羽翘，香港女歌手及演员。\n",
    })
    build_index(docs, tmp_path / "index")
    engine = get_engine(tmp_path / "index")
    question = "窃听又叫什么？"
    found = engine.retriever.invoke(question)
    paragraphs = engine.store.paragraphs([d.metadata["paragraph_index"] for d in found])
    cands = [Candidate(0, p, p.text, 1.0, 0.0, p.text) for p in paragraphs.values()]
    engine.answerer._about_check(question, cands)
    scores = {c.para.source: c.score for c in cands}
    assert scores["a.txt"] == 1.0 and scores["b.txt"] < 1.0
    # (nor is whoever did something there the answer: "《唐文粹》是由谁编著的" from another book's 编著)
    assert all(c.unnamed == (c.para.source != "a.txt") for c in cands)

    yuqiao = next(p for p in paragraphs.values() if p.source == "c.txt")
    terms = {"雨侨": 1.0, "本来": 1.5, "名字": 1.5}  # a quarter of the weight is found
    assert engine.answerer.supported("雨侨本来的名字叫什么？", terms, yuqiao, found)
    assert not engine.answerer.supported("陈晓本来的名字叫什么？", {"陈晓": 1.0, "本来": 1.5, "名字": 1.5} | {"雨侨": 1.0},
                                          yuqiao, found)


def test_a_word_jieba_glued_a_particle_onto_is_read_without_it(tmp_path):
    """"室温下乙二醛": jieba's 下乙二醛 is found nowhere and would weigh as the question's rarest
    word; what the collection knows is 乙二醛. A name the collection lacks stays whole (上海市 is
    not 上海: 市 is no particle)."""
    from rag import build_index
    from rag.answer import _weighted_terms
    from rag.retrieval import unglue
    from rag.api import get_engine

    from .conftest import write_docs

    docs = write_docs(tmp_path / "docs", {"a.txt": "乙二醛\n\n乙二醛是一种有机化合物，室温下为黄色液体，上海有售。\n"})
    build_index(docs, tmp_path / "index")
    store = get_engine(tmp_path / "index").store
    terms = _weighted_terms(store, "室温下乙二醛是什么颜色？", "室温下乙二醛是什么颜色？")
    assert "乙二醛" in terms and "下乙二醛" not in terms
    assert unglue(store, ["上海市"], {}) == {}


def test_an_article_that_opens_with_the_subject_outranks_one_naming_it_inside_a_longer_name(tmp_path):
    """Two articles alike but for their subject: 花鲈, and 日本花鲈, which contains it. Both name
    花鲈, so only the opening tells them apart: sentences of the other article come lower."""
    from rag import build_index
    from rag.answer import W_OPENS, _weighted_terms
    from rag.api import get_engine

    from .conftest import write_docs

    docs = write_docs(tmp_path / "docs", {
        "a.txt": "日本花鲈（学名：），为鲈形目鮨科的一种鱼。本鱼体长可达80公分。\n",
        "b.txt": "花鲈（学名：），为鲈形目鮨科的一种鱼。本鱼体长可达52公分。\n"})
    build_index(docs, tmp_path / "index")
    engine = get_engine(tmp_path / "index")
    question = "花鲈的体长是多少？"
    x = engine.retrieval.invoke({"question": question, "history": []})
    cands = engine.answerer._scored(question, x["query"], x["docs"],
                                    _weighted_terms(engine.store, question, x["query"]), True)
    for c in cands:
        c.score = 1.0
    engine.answerer._about_check(question, cands)
    assert {c.para.source: round(c.score, 6) for c in cands} == {"a.txt": round(1.0 - W_OPENS, 6), "b.txt": 1.0}
    answer = ask(question, index_dir=tmp_path / "index")
    assert answer.citations[0].source == "b.txt" and "52公分" in answer.text, answer.text


def test_a_place_named_by_its_ending_is_looked_for_without_it(tmp_path):
    """"西藏地区" is one word to jieba, a place by its ending: the article says 西藏, and the
    question is answered; a city no document names (青岛市) is not answered from another's."""
    from rag import build_index

    from .conftest import write_docs

    docs = write_docs(tmp_path / "docs", {
        "a.txt": "植物猎人洛克\n\n从1922年到1949年，洛克在云南、四川以及西藏东部度过了27年的探险考察岁月。\n",
    })
    build_index(docs, tmp_path / "index")
    answer = ask("洛克在西藏地区考察了多少年？", index_dir=tmp_path / "index")
    assert not answer.abstained and "27年" in answer.text
    assert ask("洛克在青岛市考察了多少年？", index_dir=tmp_path / "index").abstained


def test_the_asker_s_verbs_made_of_the_text_s_are_no_unknown_words(tmp_path):
    """"进城" and "写到" are never in the collection, but the cited paragraph says 进入…城 and the
    collection 写: the asker's wording, not something the documents never mention. A question how
    someone died is answered only by a death, not by the sentence about their last office."""
    from rag import build_index

    from .conftest import write_docs

    docs = write_docs(tmp_path / "docs", {
        "a.txt": "张三城主\n\n张三是最后一位青州城主。370年，张三趁夜打开青州城北门让敌军进入，青州陷落。\n\n"
                 "青州港在作家李四的小说《海风》中是一个重要场所。\n",
        "b.txt": "作家的信\n\n李四写了一封长信给出版社，讲述小说的构思。\n",
    })
    build_index(docs, tmp_path / "index")
    gate = ask("张三打开了青州城的哪个门让敌军进城？", index_dir=tmp_path / "index")
    assert "北门" in gate.text and not gate.abstained
    novel = ask("李四的哪本小说里写到了青州港？", index_dir=tmp_path / "index")
    assert "海风" in novel.text and not novel.abstained
    death = ask("张三最后是怎么死的？", index_dir=tmp_path / "index")
    assert death.abstained, death.text


def test_what_honour_is_answered_by_the_sentence_that_tells_one(tmp_path):
    """The sentence naming the book best says what it is; the one after says what it won."""
    from rag import build_index

    from .conftest import write_docs

    docs = write_docs(tmp_path / "docs", {
        "a.txt": "远方的小千\n\n《远方的小千》，日本小说家王五的小说。作为当时身为高中生的王五的出道作，获第4回新风文库大赏大奖。"
                 "2005年2月5日由新风社出版。\n",
    })
    build_index(docs, tmp_path / "index")
    answer = ask("《远方的小千》拿过什么奖？", index_dir=tmp_path / "index")
    assert "新风文库大赏大奖" in answer.text.split("[1]")[0], answer.text


def test_an_announced_list_a_quotation_s_speaker_and_another_event(tmp_path):
    """A sentence announcing “三化” whose paragraph then names each item gives the items; a
    quotation is read with the sentence saying who spoke it; a stop is not dated by a start."""
    from rag import build_index

    from .conftest import write_docs

    docs = write_docs(tmp_path / "docs", {
        "a.txt": "青河街道推行网格治理\n\n青河街道对网格员采取了“三化”管理措施。队伍专业化。定期组织网格员培训，"
                 "提升业务能力。服务精细化。网格员每周走访辖区居民。考核常态化。每月通报考核结果。\n\n"
                 "“虽然退休了，也想为大家做点事。”72岁的老党员王长顺说。\n\n"
                 "这条“便民专线”自今年5月1日起正式投入运行，全长2公里。\n",
    })
    build_index(docs, tmp_path / "index")
    items = ask("“三化”管理措施有哪些？", index_dir=tmp_path / "index")
    assert all(w in items.text for w in ("队伍专业化", "服务精细化", "考核常态化")), items.text
    assert not items.abstained and "每周走访" not in items.text
    age = ask("说“也想为大家做点事”的老党员多大年纪？", index_dir=tmp_path / "index")
    assert "72岁" in age.text and not age.abstained
    assert ask("便民专线什么时候停止运行的？", index_dir=tmp_path / "index").abstained
    assert "5月1日" in ask("便民专线什么时候开始运行的？", index_dir=tmp_path / "index").text



@pytest.fixture(scope="module")
def fossil_index(tmp_path_factory):
    """Parks, fossils (化石, 发现, 国家 over and over), a clade listing 胜王龙 once, two satellites'
    articles."""
    from .conftest import built_index

    parks = {f"park{n}.txt": f"第{n}号公园位于城市东部，面积约{n}公顷，园内种植了{n * 3}种树木。\n" for n in range(60)}
    fossils = {f"{n}.txt": f"{name}的化石发现于{place}，是这个国家发现的重要化石。{name}的化石发现地点在河流附近，"
               "化石保存完好，国家博物馆收藏了这些化石。\n"
               for n, (name, place) in enumerate([("威拉弗龙", "墨西哥"), ("黑龙江龙", "中国黑龙江省"), ("齿河盗龙", "阿根廷"),
                                                  ("乌拉嘎龙", "中国"), ("隐面龙", "尼日"), ("禽龙", "英国"), ("鸭嘴龙", "美国")])}
    return built_index(tmp_path_factory, "fossils", {
        **parks, **fossils,
        "clade.txt": "食肉牛龙亚科是阿贝力龙科的一个亚科，由美国古生物学家在1998年提出。这个范围包含奥卡龙（阿根廷）、"
                     "食肉牛龙（阿根廷）、玛君龙（马达加斯加）、胜王龙（印度）。2008年，卡纳尔等人对南美洲食肉牛龙亚科进行了系统发生分析。\n",
        "sat2.txt": "鑫诺二号通信卫星由长征三号乙运载火箭发射升空，卫星无法提供通信广播传输服务。\n",
        "sats.txt": "鑫诺卫星通信有限公司成立于1994年。鑫诺三号通信卫星于2007年6月1日由长征三号甲运载火箭发射升空，服务寿命8年。"
                    "鑫诺六号直播卫星为鑫诺三号的替代卫星，于2010年9月5日发射升空，服务寿命15年。\n",
    })


def test_a_name_a_passage_lists_once_is_found_beside_passages_sharing_the_other_words(fossil_index):
    place = ask("胜王龙的化石是在哪个国家发现的？", index_dir=fossil_index)
    assert "印度" in place.text and place.citations[0].source == "clade.txt", place.text


def test_a_numbered_satellite_is_not_another_of_its_series(fossil_index):
    life = ask("鑫诺三号能用几年？", index_dir=fossil_index)
    assert "8年" in life.text and "15年" not in life.text, life.text


@pytest.fixture(scope="module")
def lives_index(tmp_path_factory):
    """Biographies, a county, fishes and a station, each told as encyclopaedias tell them: where
    someone is from in a lead sentence that does not use the name asked, a country beside a
    transliterated name that contains one (巴西特劳), how a fish is cooked, how a station got its
    name, two dates of one office, a name's forms in brackets, a sport beside a footballer, and a
    cooperative's looms and revenue."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "lives", {
        "pan.txt": "潘皇后()，名淑，会稽句章（今浙江省宁波市）人，吴大帝孙权的皇后。潘淑的父亲是吴国的小吏，后来获罪被杀。"
                   "潘淑被遣送到织室劳作。孙权见到潘淑时发觉她很不一般。次年夏五月，潘淑被立为皇后。潘淑也得以贵为太子的生母。\n",
        "notts.txt": "诺定咸郡（，英文简称：Notts），英国英格兰东密德兰的郡。诺丁汉郡东北、东与林肯郡相邻，南与莱斯特郡相邻。"
                     "诺丁汉郡是非都市郡，实际管辖7个非都市区：曼斯菲尔德（Mansfield）、巴西特劳（Bassetlaw）等。\n",
        "fish.txt": "日本绿鹦嘴鱼，俗名鹦哥，为鹦哥鱼科的其中一种。本鱼分布于太平洋区。体长可达35公分。"
                    "喜成群的生活于岩礁中，以珊瑚底藻为食。可食用，食用时多用温火烧烤或清蒸。\n",
        "tang.txt": "唐鱼是鲤科的一种，由林书颜于1932年在白云山发现。体长约4公分。属杂食性，可喂食一般干粮或红虫。\n",
        "station.txt": "安贞门站位于北京市朝阳区，是北京地铁10号线的一个车站。安贞门站为地下二层车站。最初设计时，曾希望奥运支线"
                       "与主线贯通运营，因此在安贞门站额外设置了一条线路。但是最终8号线独立运行，乘客需在北土城站进行换乘，"
                       "安贞门站预留轨道及站台因此未启用。因地处古元大都北城垣安贞门旧址附近而得名。\n",
        "lau.txt": "刘燕卿毕业于香港中文大学社会学系，1974年加入消委会为研究主任，于2007年4月起担任总干事。"
                   "刘燕卿于2011年5月以消委会总干事身份再获选为理事会成员。2012年11月16日，刘燕卿退任消委会总干事。\n",
        "shuose.txt": "硕塞（；），清太宗皇太极第五子，生母为侧妃叶赫那拉氏。顺治元年（1644年）封多罗承泽郡王。\n",
        "sword.txt": "短兵在中国文化当中是对尺寸较短的冷兵器的统称。20世纪初，短兵的创制受启发于日本剑道。"
                     "一般长度为80-95cm，重量约500克。\n",
        "coop.txt": "合作社现有织机120台，建有2个生产车间、1座仓库。2023年，合作社销售收入达到1800万元。\n",
        "song.txt": "Un Monde Sans Danger是至NET奇兵的法文版主题曲，主唱为Julien Lamassonne。"
                    "A World Without Danger是至NET奇兵的英文版主题曲，主唱为Noam Kaniel。\n",
        "snake.txt": "女神响尾蛇是蝰蛇科下的一个有毒蛇种，主要分布于墨西哥西北部。被养饲的女神响尾蛇一般能生产2至7条幼蛇，"
                     "而初生的幼蛇已达20至22公分长。\n",
        "race.txt": "跑马地锦标是香港一项赛马锦标，每年一次于跑马地马场举行。首届跑马地锦标于1993年11月10日举行，当时是一项香港三级赛。\n",
        "club.txt": "该会于1997年2月15日举行成立典礼暨第一届会员大会，处长代表校长来港主持授旗仪式。\n",
        "shen.txt": "沈龙元是中国职业足球运动员。2010年他只获得了7次替补出场的机会，而且这7场比赛出场时间的总和"
                    "还不满一场正式比赛的时间，只有70分钟。\n",
    })


def test_where_someone_is_from_is_told_by_the_lead_sentence_that_says_so(lives_index):
    origin = ask("潘淑是哪里人？", index_dir=lives_index)
    assert "会稽句章" in origin.text, origin.text


def test_which_country_is_told_by_a_sentence_naming_one(lives_index):
    country = ask("诺丁汉郡隶属于哪个国家？", index_dir=lives_index)
    assert "英国" in country.citations[0].quote, country.text


def test_how_a_thing_is_eaten_needs_a_way_of_cooking(lives_index):
    assert "清蒸" in ask("日本绿鹦嘴鱼怎么吃？", index_dir=lives_index).text
    assert not ask("唐鱼通常怎么烹调？", index_dir=lives_index).citations  # (what it is fed is no cooking)


def test_how_a_name_came_about_comes_before_other_causes(lives_index):
    named = ask("安贞门站为什么得此名？", index_dir=lives_index)
    assert "得名" in named.citations[0].quote, named.text


def test_a_date_is_told_by_the_question_s_own_deed_first(lives_index):
    joined = ask("刘燕卿是哪一年进入消委会的？", index_dir=lives_index)
    assert "1974" in joined.citations[0].quote, joined.text


def test_a_lead_sentence_keeps_its_subject_across_a_semicolon_in_brackets(lives_index):
    mother = ask("硕塞的母亲是谁？", index_dir=lives_index)
    assert "叶赫那拉氏" in mother.text, mother.text


def test_one_of_a_kind_before_the_subject_does_not_hide_it(lives_index):
    """"一场短兵比赛": the subject is 短兵, which the footballer's article never names."""
    assert not ask("一场短兵比赛要打多长时间？", index_dir=lives_index).citations


def test_a_dated_sentence_with_its_own_subject_does_not_go_on_about_the_lead(lives_index):
    """"2023年，合作社销售收入达到1800万元" is the cooperative's revenue, not the price of the looms its
    paragraph's first sentence names."""
    assert not ask("一台织机多少钱？", index_dir=lives_index).citations


def test_a_version_in_another_language_does_not_answer_for_the_one_asked(lives_index):
    assert "Noam Kaniel" in ask("至NET奇兵的英文版主题曲是谁唱的？", index_dir=lives_index).text
    assert not ask("至NET奇兵的中文版主题曲是谁唱的？", index_dir=lives_index).citations


def test_a_question_opening_with_a_relative_clause_is_about_the_noun_it_qualifies(lives_index):
    """"刚出生的女神响尾蛇有多长": the subject is 女神响尾蛇, which the text names, not 刚出生 (the text
    says 初生); 多长 is how the question asks, no word the text must use."""
    length = ask("刚出生的女神响尾蛇有多长？", index_dir=lives_index)
    assert "20至22公分" in length.text, length.text


def test_the_first_of_a_series_is_said_either_way(lives_index):
    """第一届 is 首届: the race's first running, not another body's 第一届会员大会."""
    first = ask("第一届跑马地锦标是哪天举行的？", index_dir=lives_index)
    assert first.citations and first.citations[0].source == "race.txt", first.text


def test_where_someone_is_from_is_not_answered_by_a_sentence_that_names_no_origin(lives_index):
    assert not ask("沈龙元是哪里人？", index_dir=lives_index).citations


@pytest.fixture(scope="module")
def gazetteer_index(tmp_path_factory):
    """A lake, a writer, a city, a prince, a contest, a calligrapher, a small lake and a pageant:
    CMRC hard set 26's kinds of passage, told as encyclopaedias tell them."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "gazetteer", {
        "lake.txt": "当惹雍错是一个咸水湖，位于中国西藏那曲地区尼玛县。湖面海拔4528米，长71.7公里，宽19.4公里。"
                    "当惹雍错风景极优美，环湖一周约250公里，多数路段可通汽车，是高原深度旅行的上选。\n",
        "pond.txt": "湖旁边有一个名叫翡翠湾的小湖，是人工挖通的。\n",
        "pageant.txt": "2008年度香港小姐竞选的冠军是张舒雅。\n",
        "writer.txt": "林双不，本名黄燕德，台湾云林县东势乡人，台湾作家。林双不小学时期就读东势国民学校。"
                      "就读台湾省立虎尾初级中学时，以「碧竹」为笔名，靠稿费赚取零用钱。"
                      "1980年因美丽岛事件的影响，改笔名为「林双不」，作品风格丕变。\n",
        "city.txt": "阿贝歇是乍得第四大城市。1909年，法军入侵乍得，在阿贝歇建立了要塞。"
                    "当时阿贝歇是乍得最大的城市，有28,000人，但严重的瘟疫使人口大量减少，到1919年仅剩6000人。\n",
        "prince.txt": "瑞王朱常浩，明神宗第五子。1627年到了封国汉中，除了上缴朝廷的税外，再加课盐税等各种名目的税。"
                      "1637年王斌在汉中发动农民起事，朱常浩为逃避追捕，南逃四川避难，受到总兵侯良柱援助到重庆。\n",
        "contest.txt": "Wow! eye Taiwan全民影音创作大赛为行政院新闻局主导之台湾影音创作运动。"
                       "评审流程分为初审、复审与决审三个阶段。\n",
        "suo.txt": "索靖，字幼安，晋朝敦煌人。晋朝官员及书法家。与同乡泛衷、张甝、索紾和索永皆进太学，并称敦煌五龙。\n",
    })


def test_a_round_asked_in_other_words_is_found(gazetteer_index):
    """"绕…一圈有多远" is "环湖一周约250公里": 一圈 is 一周, 有多远 is how it asks (no term), and 绕
    is no part of the subject."""
    assert "250公里" in ask("绕当惹雍错一圈大概有多远？", index_dir=gazetteer_index).text


def test_a_depth_is_not_answered_by_another_length(gazetteer_index):
    assert not ask("当惹雍错的湖水有多深？", index_dir=gazetteer_index).citations


def test_words_jieba_glued_across_a_name_do_not_sink_the_answer(gazetteer_index):
    """"林双不读中学时用什么笔名" is cut 林双/不读/中学/时用: 不读 and 时用 are in no text."""
    assert "碧竹" in ask("林双不读中学时用什么笔名？", index_dir=gazetteer_index).text


def test_a_cause_may_be_told_by_what_brought_it_about(gazetteer_index):
    assert "瘟疫" in ask("为什么到1919年阿贝歇只剩下6000人？", index_dir=gazetteer_index).text


def test_a_date_is_told_by_the_light_verb_and_its_place_said_together(gazetteer_index):
    arrived = ask("朱常浩是哪一年到汉中的？", index_dir=gazetteer_index)
    assert "1627" in arrived.citations[0].quote, arrived.text


def test_who_holds_a_title_the_article_never_names_abstains(gazetteer_index):
    assert not ask("Wow! eye Taiwan大赛的冠军是谁？", index_dir=gazetteer_index).citations


def test_a_list_asked_of_those_named_with_the_subject_is_found(gazetteer_index):
    """"哪些同乡一起被称为…": the list is of 同乡 (一起, which jieba tags a number, is no part of it)."""
    assert "泛衷" in ask("索靖和哪些同乡一起被称为敦煌五龙？", index_dir=gazetteer_index).text


def test_an_english_word_the_dictionary_does_not_know_still_counts_against_the_answer(gazetteer_index):
    """"overfitting" is in no dictionary and no text: the small lake dug by hand (人工) is no answer."""
    assert not ask("What is overfitting called in artificial neural networks?", index_dir=gazetteer_index).citations


@pytest.fixture(scope="module")
def words_index(tmp_path_factory):
    """Parks, and words: passages naming 词, 最早 and 提出 over and over, and one that names a word
    in Latin letters once."""
    from .conftest import built_index

    parks = {f"park{n}.txt": f"第{n}号公园位于城市东部，面积约{n}公顷，园内种植了{n * 3}种树木。\n" for n in range(60)}
    words = {f"word{n}.txt": f"和语词{n}是最早的词之一，这个词由学者最早提出，词典里的词大多是后来提出的词，这些词最早见于{1800 + n}年的文献。\n"
             for n in range(12)}
    return built_index(tmp_path_factory, "words", {
        **parks, **words,
        "aeronomy.txt": "高层大气物理学是大气物理学的一个分支，主要研究中层与高层大气的成分和物理性质。"
                        "「Aeronomy」这个词是于1946年在《自然》期刊中的发表的文章中首次提及。\n",
    })


def test_a_word_in_latin_letters_a_passage_names_once_is_found(words_index):
    """"Aeronomy这个词最早是哪一年提出的": passages saying 词, 最早 and 提出 outscore the one that
    names Aeronomy, which is found as a rare name is; its subject, in quotes, opens the sentence."""
    coined = ask("Aeronomy这个词最早是哪一年提出的？", index_dir=words_index)
    assert "1946" in coined.text and coined.citations[0].source == "aeronomy.txt", coined.text


@pytest.fixture(scope="module")
def seats_index(tmp_path_factory):
    """A critic's life that never tells his birth, a fruit tree and an organisation: CMRC hard sets
    28 and 29's kinds of passage, told as encyclopaedias tell them."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "seats", {
        "critic.txt": "岑朗天（），笔名朗天、霍惊觉。香港作家、影评人、大学兼职讲师。"
                      "香港新亚研究所硕士，师从牟宗三，父亲为香港专栏作家昆南。"
                      "1995年加入香港电影评论学会，并于2003-2007年出任该会会长，2016年退出。\n",
        "quince.txt": "榅桲又名木梨，是榅桲属中唯一物种。果实秋季成熟，梨形或苹果形，成熟后金黄色。"
                      "原生于中亚和高加索山区；现被引种到世界各地，成为重要的水果品种。"
                      "榅桲历史相当悠久，很早就被引进西方，比苹果要更早流行，希腊神话中所传说的金苹果，实际是一个榅桲果。"
                      "榅桲性耐寒，果实可以生食，也可以制作果酱。中国引种主要生长在西北各地，以新疆最多。\n",
        "migration.txt": "国际移民组织是一政府间国际组织，其前身为美国和比利时倡议下，于1951年12月5日在布鲁塞尔"
                         "召开国际移民会议，并成立欧洲移民问题政府间委员会。1980年再改名为移民问题政府间委员会。\n",
        "courier.txt": "这家快递公司的总部位于上海浦东，去年新开了三个分拣中心。\n",
    })


def test_where_someone_was_born_abstains_when_their_life_tells_no_birth(seats_index):
    """Neither a place nor a word of the deed asked (出生) in the life: its pen names are no answer."""
    assert not ask("岑朗天是在哪里出生的？", index_dir=seats_index).citations


def test_a_father_and_a_teacher_are_told_in_a_sentence_that_names_neither_s_child(seats_index):
    """"…，师从牟宗三，父亲为香港专栏作家昆南": 牟宗三 is his teacher, not whose father 昆南 is."""
    assert "昆南" in ask("岑朗天的父亲是谁？", index_dir=seats_index).text
    assert "牟宗三" in ask("岑朗天读硕士时跟谁学习？", index_dir=seats_index).text


def test_where_a_plant_comes_from_is_its_native_range(seats_index):
    """"原产于哪里" is "原生于中亚…", not "很早就被引进西方", the sentence that names it best."""
    native = ask("榅桲原产于哪里？", index_dir=seats_index)
    assert "中亚" in native.text.split("[1]")[0], native.text  # (first)


def test_where_a_seat_is_abstains_when_the_article_names_none(seats_index):
    """Where the founding meeting was held is not where the headquarters are."""
    assert "布鲁塞尔" in ask("国际移民会议是在哪里召开的？", index_dir=seats_index).text
    assert not ask("国际移民组织的总部在哪里？", index_dir=seats_index).citations


@pytest.fixture(scope="module")
def works_index(tmp_path_factory):
    """A painter's period that tells where some of its paintings are kept, a manga, a road, and two
    international bodies: CMRC hard set 30's kinds of passage, and a small archive's neighbours."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "works", {
        "blue.txt": "毕卡索的蓝色时期，是毕卡索在1900年至1904年之间，本质上以单色做画的时期。"
                    "1903年的画作《生命》达到了忧郁的最高峰，现收藏于克里夫兰艺术博物馆。"
                    "毕卡索在蓝色时期最著名的画作应属《年老的吉他演奏者》（1903年）。\n",
        "manga.txt": "《抓鬼天狗帮》是一部由日本漫画家木下樱与东山和子所合作的日本漫画。"
                     "作品的男性角色除一之宫勘太郎外，均由东山和子负责。木下樱则负责登场的女性角色。"
                     "勘太郎经过多年的寻找，终于把食鬼天狗从封印中解放出来，并取名「春华」。\n",
        "road.txt": "康王路是广州市荔湾区一条贯穿南北的城市主干道。康王路的名字来源于附近原有的一座康王庙。"
                    "因建于21世纪初期及附近有世纪广场，曾被命名为世纪路。该路后来正式被命名为康王路。\n",
        "migration.txt": "国际移民组织是一政府间国际组织，其前身为美国和比利时倡议下，于1951年12月5日在布鲁塞尔"
                         "召开国际移民会议。1980年再改名为移民问题政府间委员会。\n",
        "redcross.txt": "红十字国际委员会是一个人道主义组织，总部设在瑞士日内瓦，1863年成立。\n",
    })


def test_where_a_work_is_kept_abstains_when_its_article_tells_it_only_of_other_works(works_index):
    """"现收藏于克里夫兰艺术博物馆" is where 《生命》 is, not 《年老的吉他演奏者》."""
    assert "克里夫兰" in ask("《生命》现在收藏在哪里？", index_dir=works_index).text
    assert not ask("《年老的吉他演奏者》现在收藏在哪里？", index_dir=works_index).citations


def test_a_name_given_and_a_former_name_are_answered_by_the_naming(works_index):
    assert "春华" in ask("勘太郎给食鬼天狗起了什么名字？", index_dir=works_index).text
    assert "世纪路" in ask("康王路以前叫过什么名字？", index_dir=works_index).text.split("[1]")[0]


def test_whoever_did_it_may_be_named_after_a_title_earlier_in_the_paragraph(works_index):
    """木下樱 is no name jieba knows; "漫画家木下樱" names her."""
    assert "木下樱" in ask("《抓鬼天狗帮》里的女性角色由谁负责？", index_dir=works_index).text.split("[1]")[0]


def test_an_article_that_opens_with_the_name_asked_of_puts_the_others_off_the_topic(works_index):
    """No subject reads out of "国际移民组织的总部…" (jieba tags 组织 a verb), but an article opens
    with the name: the Red Cross's headquarters are no answer, and its own article names none."""
    assert not ask("国际移民组织的总部设在哪个城市？", index_dir=works_index).citations
    assert "日内瓦" in ask("红十字国际委员会的总部设在哪里？", index_dir=works_index).text


@pytest.fixture(scope="module")
def codices_index(tmp_path_factory):
    """Two old books, one of which says where it is kept, a currency, and a light novel whose
    title ends in ！: CMRC hard set 33's kinds of passage."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "codices", {
        "codex.txt": "波旁尼克手抄本是阿兹特克手抄本之一，作者可能是阿兹特克祭司。此抄本以法国的波旁宫命名。"
                     "波旁尼克手抄本的材质是树皮纸。原有40页，现存36页。\n",
        "hyginus.txt": "许癸努斯的著作《神的谱系》是希腊神话的资料汇编。此书的原稿已失佚，"
                       "只有一份5世纪手抄本的残卷藏于梵蒂冈图书馆。\n",
        "franc.txt": "几内亚法郎 （，货币编号: \"GNF\"）是几内亚的流通货币。辅币单位为分，1法郎=100分。"
                     "1971年废弃法郎，直至1985年重新使用几内亚法郎。\n",
        "novel.txt": "《大小姐×执事！》（）是上月司所著的轻小说。全13卷。繁体中文版由台湾角川取得授权。"
                     "小学时因父母双亡而被叔父家收养的日野秋晴，决心进入白丽陵高中就读。但是，因为他有著凶恶的"
                     "眼神等不良少年的外表，结果让学生们造成误会，对其感到害怕。\n",
        "congo.txt": "刚果法郎是刚果民主共和国的流通货币。货币编号CDF。辅币单位为分。1967年被扎伊尔替代。\n",
        "queen.txt": "吴末帝皇后滕氏()，名芳兰，北海剧县人，三国时东吴末帝孙皓之妻，后来被立为皇后。"
                     "滕皇后是太常滕胤族女。滕皇后之父滕牧因为与滕胤血缘关系疏远而得以存活，被发配边郡。\n",
        "wrasse.txt": "虫纹阿南鱼为隆头鱼科的其中一种。本鱼分布于印度西太平洋区。体长可达20公分。"
                      "本鱼栖息于岸边的珊瑚礁浅海域，白天于礁石区觅食，夜晚则潜入沙中睡眠。\n",
    })


def test_where_something_is_kept_is_told_by_its_verb_or_not_at_all(codices_index):
    """"收藏在哪里" is not answered by what the codex is named after or made of; 藏于 tells it."""
    assert not ask("波旁尼克手抄本现在收藏在哪里？", index_dir=codices_index).citations
    assert "梵蒂冈" in ask("《神的谱系》的残卷现在保存在哪里？", index_dir=codices_index).text


def test_a_country_named_with_ji_is_not_a_count_and_a_title_keeps_its_exclamation(codices_index):
    """几内亚 asks no number (a sentence with one does not come first), and 《大小姐×执事！》 is
    one sentence with its author."""
    assert "GNF" in ask("几内亚法郎的货币编号是什么？", index_dir=codices_index).text.split("[1]")[0]
    assert "上月司" in ask("《大小姐×执事！》的作者是谁？", index_dir=codices_index).text


def test_why_is_answered_by_a_cause_said_with_yin_er_and_by_the_sentence_that_says_what_happened(codices_index):
    """因…而 is a cause though jieba cuts 时因; of two sentences with a cause, the one that says the
    question's own verb (害怕) answers it."""
    assert "父母双亡" in ask("日野秋晴小时候为什么被叔父家收养？", index_dir=codices_index).text
    assert "不良少年" in ask("学生们为什么害怕日野秋晴？", index_dir=codices_index).text.split("[1]")[0]


def test_a_country_adjective_is_read_as_the_country(codices_index):
    """Congolese is 刚果, which the dictionary gives only for Congo; a code is an identifier, 编号."""
    assert "CDF" in ask("What is the currency code of the Congolese franc?", index_dir=codices_index).text.split("[1]")[0]


@pytest.fixture(scope="module")
def routes_index(tmp_path_factory):
    """Parks, and twelve bus routes whose articles tell their fares alike; the one asked is named by
    its number and told of at more length."""
    from .conftest import built_index

    parks = {f"park{n}.txt": f"第{n}号公园位于城市东部，面积约{n}公顷，园内种植了{n * 3}种树木。\n" for n in range(60)}
    routes = {f"route{n}.txt": f"九龙巴士{n}线是香港九龙的一条巴士路线，来往乐富及尖沙咀码头。全程收费：${n}.9，乘九龙巴士"
                               f"本路线于上车后150分钟内转乘其他九龙巴士路线，次程收费可获$4.2优惠。\n" for n in range(1, 13)}
    return built_index(tmp_path_factory, "routes", {
        **parks, **routes,
        "route41r.txt": "九龙巴士41R线是香港的一条巴士路线，由香港体育馆往长青。只在香港体育馆举行活动散场后行走，是因应"
                        "运输署及警方为了针对日趋严重的非法屋邨巴士违规经营影响交通秩序而开办的特别服务。"
                        "全程：$16.9经：畅运道、柯士甸道、西九龙公路。\n",
    })


def test_a_route_is_found_and_answered_by_its_number(routes_index):
    """41R is the rarest term: its passage is searched for by it, and the other routes' articles,
    which never name it, do not answer."""
    text = ask("九龙巴士41R线全程收费多少？", index_dir=routes_index).text
    assert "16.9" in text.split("[1]")[0], text


def test_where_a_creature_sleeps_is_where_the_text_says_it_sleeps(codices_index):
    """睡觉 is said 睡眠: "夜晚则潜入沙中睡眠", not the article's first sentence."""
    assert "沙中" in ask("虫纹阿南鱼晚上在哪里睡觉？", index_dir=codices_index).text.split("[1]")[0]


def test_her_own_name_is_the_one_the_text_gives_her(codices_index):
    """"滕皇后叫什么名字" is "名芳兰", not the kinsman 滕胤 a closer-scoring sentence names."""
    assert "芳兰" in ask("滕皇后叫什么名字？", index_dir=codices_index).text.split("[1]")[0]


@pytest.fixture(scope="module")
def cratons_index(tmp_path_factory):
    """A craton, an eyelid fold, a bombing, an actor, a bus route, a singer, a monorail, a society,
    a county and a youth charity: CMRC hard sets 35–37's kinds of passage."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "cratons", {
        "craton.txt": "华北陆块又名华北克拉通，是个史前大陆或克拉通，目前是欧亚板块的一部分。面积达170万平方公里。"
                      "东部的地块，在中生代时期因为地壳下的地函热柱活动，地壳厚度从200公里缩减到80公里。\n",
        "fold.txt": "内皮亦称内眦皱襞，俗称蒙古褶，是人类上眼睑眼框内侧的皮肤皱折，常见于东亚、东南亚和中亚。"
                    "矫正或移除内眦赘皮的手术称为内眦赘皮整形术，现在这是很罕见的手术。"
                    "该手术被整形外科医师认为很有挑战性，因为内眦赘皮覆盖在泪小管上。\n",
        "bombing.txt": "昆明公交车爆炸案发生于2008年7月21日。两起爆炸均是由硝酸铵计时炸弹引爆。"
                       "经查，死者名叫李彦，为云南省宣威市人，死前曾对医生说“公交车爆炸是我干的”。\n",
        "actor.txt": "严秋华于2001年结婚，他的儿子于2007年出生。严秋华（Jeem Yim，），人称「阿尖」，前香港男艺人。"
                     "严秋华生于清贫家庭，父亲是粤语片片场的剧务。\n",
        "route.txt": "城巴E23P线是一条已取消的香港北大屿山的对外路线，往来彩虹与机场之间，是城巴E23线的辅助路线。"
                     "本路线于2001年12月17日起投入服务。不过为配合主线E23延长至慈云山(南)，本路线于2009年1月5日起停止服务，"
                     "由E23与E22P的八达通转乘优惠取代。\n",
        "singer.txt": "郑倢伃，艺名甜儿，毕业于台北市立明湖国中。2009年8月，甜儿决定离开节目以专心学业。"
                      "因而离开节目，而她现在则在西雅图求学。\n",
        "monorail.txt": "迪士尼度假区线是东京迪士尼度假区的单轨铁路系统，于2000年10月24日启用。"
                        "迪士尼度假区线的列车共5列、每列6卡、每卡载客人数达537人，由日立制造。\n",
        "society.txt": "复兴社成立之初，主要活动包括开设由戴笠和郑介民负责的特务培训班、刘健群主持的军委会政训班等。"
                       "复兴社成立后不久，便与CC派发生矛盾，被迫退出文化教育领域，解散中国文化学会。"
                       "复兴社1932年3月1日成立于中国南京，社长为蒋中正亲自担任。\n",
        "county.txt": "诺定咸郡（，英文简称：Notts），英国英格兰东密德兰的郡。行政总部位于西布里奇福德。"
                      "诺丁汉郡是非都市郡，实际管辖7个非都市区：拉什克利夫、布罗克斯托、阿什菲尔德、盖德灵。"
                      "诺丁汉郡东北、东与林肯郡相邻，南与莱斯特郡相邻，西与打比郡相邻。\n",
        "youth.txt": "突破机构于1973年成立，是香港的青少年服务机构。在1973年，突破机构由苏恩佩创办。次年《突破》杂志创刊，"
                     "进军青少年市场。1975年，突破辅导中心成立。1993年，「突破」获得政府拨地8,141平方米兴建突破青年村。\n",
    })


def test_the_kind_of_other_name_asked_is_the_one_told(cratons_index):
    """"俗称什么" is answered by 俗称蒙古褶, not by what a surgery 称为; 人称「阿尖」 is a nickname."""
    assert "蒙古褶" in ask("内眦赘皮俗称什么？", index_dir=cratons_index).text.split("[1]")[0]
    assert "阿尖" in ask("严秋华的外号是什么？", index_dir=cratons_index).text.split("[1]")[0]


def test_an_event_date_is_no_age_and_a_thickness_no_height(cratons_index):
    """发生于 is no birth (生于), so an age the text never gives abstains; a crust's thickness in
    公里 is not the craton's 海拔."""
    assert not ask("李彦作案时多少岁？", index_dir=cratons_index).citations
    assert not ask("华北陆块的平均海拔是多少？", index_dir=cratons_index).citations


def test_a_purpose_after_a_link_a_city_read_as_a_name_and_a_maker_named_alone(cratons_index):
    """不过为配合… is why the route stopped; 西雅图, which jieba tags as a person's name, is where
    she studies; 日立 between 由 and 制造 is the company that made the trains."""
    assert "配合" in ask("城巴E23P线为什么停止服务？", index_dir=cratons_index).text
    assert "西雅图" in ask("甜儿现在在哪个城市求学？", index_dir=cratons_index).text
    assert "日立" in ask("迪士尼度假区线的列车是由哪家公司制造的？", index_dir=cratons_index).text


def test_a_route_code_is_no_number(cratons_index):
    """The 23 of E23P counts nothing: a fare the text never gives abstains."""
    assert not ask("城巴E23P线的全程车费是多少？", index_dir=cratons_index).citations


def test_where_it_was_done_is_the_place_after_its_verb_and_a_seat_by_its_own_word(cratons_index):
    """"在哪个城市成立" is "成立于中国南京", not another sentence with 成立 and a body; "行政总部
    在哪里" is the sentence that says 行政总部, though jieba does not know the town."""
    assert "南京" in ask("复兴社在哪个城市成立？", index_dir=cratons_index).text.split("[1]")[0]
    assert "西布里奇福德" in ask("诺丁汉郡的行政总部在哪里？", index_dir=cratons_index).text.split("[1]")[0]


def test_a_year_told_by_the_one_before_and_land_measured_by_area(cratons_index):
    """次年 answers 哪一年 with the sentence before that says which year; 土地 is measured in
    平方米 ("拨地8,141平方米")."""
    text = ask("《突破》杂志是哪一年创刊的？", index_dir=cratons_index).text
    assert "1973" in text and "次年" in text, text
    assert "8,141" in ask("政府拨了多少土地给突破兴建青年村？", index_dir=cratons_index).text


@pytest.fixture(scope="module")
def yearbook_index(tmp_path_factory):
    """A year in Hong Kong, a bus route, a school, a lake, a roof, a sutra, a fencing event, a
    summit, a primary school, an anthology, a novelist, an actor, a channel, a bank, an empress, a
    climate campaign, a fish, a temple hall, a snake, a station and a river: CMRC hard sets 38–42's
    kinds of passage."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "yearbook", {
        "hk1993.txt": "1993年的香港，以罕见而严重的人群践踏事故揭开序幕，酿成21死62人轻重伤。"
                      "中英关系则因为彭定康于1992年10月推出政改方案而陷入谷底，于1995年选出的议员将不能直接过渡至1997年香港回归后。"
                      "本年香港经济畅旺，股市屡创新高，由年初约5,000点逐步攀升至年底的11,000点。"
                      "其中11月台风带来的一场豪雨使屯门市中心严重淹浸，滤水厂被浸坏导致全区40万居民暂停食水供应达5日。\n",
        "route82.txt": "新巴82线是香港岛东区的一条巴士路线，来往小西湾（蓝湾半岛）及北角码头，提供小西湾、柴湾往返筲箕湾的巴士服务。"
                       "虽然82受多条特快巴士路线的竞争，但本线行经小西湾、柴湾东及柴湾道长命斜，是柴湾地区与筲箕湾及太古的联络路线。\n",
        "school.txt": "佛教觉光法师中学是一间位于香港沙田区的中学。1979年适逢会长觉光法师六秩荣寿大庆，"
                      "香港佛教联合会同人倡议筹办一间中学，以觉光会长法号命名。\n",
        "lake.txt": "太浩湖是北美最大的高山湖泊，深501公尺。高山和湖泊一年四季都吸引著众多的游客。\n",
        "roof.txt": "冬奥过后，加拿大广场于2010年7月展开五帆屋顶更新工程。新五帆屋顶由聚四氟乙烯和玻璃纤维混合制成，外貌与旧五帆相若。"
                    "计划耗资2100万元，由联邦政府支付，预料需时七个月。\n",
        "sutra.txt": "《安般守意经》，东汉安世高所译之坐禅佛典，收于《大正藏》经集部。"
                     "现今所见的《大安般守意经》已非原译本，而是译文与注释夹杂的扩充本。\n",
        "fencing.txt": "第十一届全运会击剑比赛提早于2009年9月16日至23日在青岛大学体育馆进行。"
                       "本届全运会的击剑项目预赛由2009年2月起进行，共分为5站赛事。\n",
        "summit.txt": "1999年6月28日至29日，首届欧盟－拉美国家首脑会议在巴西里约热内卢举行。"
                      "来自拉美32个国家和欧盟15国家的元首通过《里约热内卢声明》和《行动计划》。"
                      "这两个文件确定了两个地区面向21世纪的战略伙伴关系。\n",
        "primary.txt": "水城小学占地40亩，建筑面积10000平方米。图书室、阅览室、实验室、微机室等功能用房一应俱全。\n",
        "anthology.txt": "《唐文粹》又称《文粹》，100卷。宋代姚铉（967～1020）编。南宋周必大说《唐文粹》是《文苑英华》的缩编本。"
                         "共收文、赋1104篇，诗961首。清代郭麐有《唐文粹补遗》二十六卷。\n",
        "novelist.txt": "梦野久作（1889年1月4日—1936年3月11日），是日本推理小说作家，本名杉山泰道。"
                        "“梦野久作”这个笔名取自福冈博多地区的方言。生于福冈县福冈市小姓町。\n",
        "actor2.txt": "彭皓锋是香港女歌手彭家丽胞弟，与两位姊姊于红磡区长大。彭皓锋中学毕业后在中国大陆从事了6年金融经纪工作。"
                      "彭皓锋其后投考无线电视艺员训练班。他毕业后效力无线电视逾16年。\n",
        "channel.txt": "HBO是HBO电视网首条频道，也是集中播放首轮及精选电影的频道。HBO在1992年于新加坡正式启播。\n",
        "bank.txt": "交通银行总部搬迁至交银金融大厦，是当时六大银行唯一总部设在上海的银行。\n",
        "empress.txt": "潘皇后，名淑，会稽句章人，吴大帝孙权的皇后。神凤元年（252年）2月，潘皇后在不省人事之际被身边几位宫女联手暗杀勒毙。"
                       "后来事情败露，六七个人因为牵连此事而被处死。七月，潘皇后与孙权合葬在蒋陵。\n",
        "challenge.txt": "一吨碳挑战为加拿大政府在2004年3月发起的活动，目的是每年减少一吨的温室气体排放量，"
                         "预估减少的量约为当时加拿大温室气体排放总量的20%。\n",
        "fish.txt": "浪花鱼，又称浪花银汉鱼，为辐鳍鱼纲银汉鱼目浪花鱼科的其中一种。本鱼分布于西北太平洋。水深0至2公尺。\n",
        "hall.txt": "大雄宝殿就是佛寺主殿，一般以供奉释迦牟尼佛为主。寺院中，供奉释迦牟尼的主殿，因此也被称为大雄宝殿。"
                    "在佛教中，以大雄作为释迦牟尼的称号之一，因为佛陀具备十力，降伏四魔，无有畏惧，故称大雄。\n",
        "asp.txt": "穴蝰是蛇亚目穴蝰科下的一个有毒蛇种，主要分布于非洲。目前未有任何亚种。穴蝰体长平均有30至50公分。\n",
        "station.txt": "大沙东站是广州地铁五号线的车站，位于黄埔区大沙地东路的地底。该站于2009年12月28日启用。"
                       "大沙东站最初在2003年方案中出现。随后大沙东站于2007年正式开工。\n",
        "river.txt": "银河又名梅窝河，是梅窝境内最长的河流。白银乡河为一条半天然河流，而大地塘河是天然河流。\n",
    })


def test_counts_said_by_casualty_points_and_a_shortened_verb(yearbook_index):
    """"多少人死亡" is 21死; an index's 点 are counted ("本年" is the year the article reviews, not
    the last year named before it); 停水 is 暂停食水供应, the heads of two words."""
    assert "21死" in ask("1993年香港的人群践踏事故造成多少人死亡？", index_dir=yearbook_index).text
    assert "11,000点" in ask("1993年香港股市年底升到多少点？", index_dir=yearbook_index).text
    assert "5日" in ask("屯门全区居民停水了多少天？", index_dir=yearbook_index).text


def test_two_places_and_whom_a_school_is_named_after(yearbook_index):
    """"来往哪两个地方" is the pair "小西湾（蓝湾半岛）及北角码头", not the stops it goes by; a
    school named after a monk whose name the question says itself is still answered."""
    assert "北角码头" in ask("新巴82线来往哪两个地方？", index_dir=yearbook_index).text.split("[1]")[0]
    assert "法号命名" in ask("佛教觉光法师中学以谁的法号命名？", index_dir=yearbook_index).text


def test_a_set_phrase_counts_nothing_and_a_unit_measures_what_is_named(yearbook_index):
    """一年四季 is "all year round", no number of visitors; the school's 建筑面积 is not its
    laboratory's."""
    assert not ask("太浩湖每年接待多少游客？", index_dir=yearbook_index).citations
    assert not ask("水城小学的实验室有多少平方米？", index_dir=yearbook_index).citations


def test_a_sum_going_on_a_translator_a_start_and_titles_pointed_back_to(yearbook_index):
    """"计划耗资2100万元" goes on about the roof's renewal two sentences before; 所译 says who
    translated; 由2009年2月起 is when the qualifiers began; two titles that "这两个文件" points
    back to are the documents passed."""
    assert "2100万元" in ask("新五帆屋顶的更新工程预计花多少钱？", index_dir=yearbook_index).text
    assert "安世高" in ask("《安般守意经》是谁翻译的？", index_dir=yearbook_index).text
    assert "2009年2月" in ask("十一运会击剑项目预赛从什么时候开始？", index_dir=yearbook_index).text.split("[1]")[0]
    assert "《行动计划》" in ask("首届会议上通过了哪些文件？", index_dir=yearbook_index).text.split("[1]")[0]


def test_counted_by_one_character_and_an_editor_after_his_name(yearbook_index):
    """"共收诗多少首" counts 诗 (诗961首), though the sentence names no anthology; 卷 counts
    volumes; "是谁编的" is the name right before 编, not a 缩编本."""
    assert "961首" in ask("《唐文粹》共收诗多少首？", index_dir=yearbook_index).text
    assert "二十六卷" in ask("《唐文粹补遗》有多少卷？", index_dir=yearbook_index).text
    assert "姚铉" in ask("《唐文粹》是谁编的？", index_dir=yearbook_index).text.split("[1]")[0]


def test_a_birthplace_a_sister_and_where_he_worked(yearbook_index):
    """梦野久作出生 is no 作出 (生于…); an elder sister by whose 胞弟 he is; "在无线电视工作了多少年"
    is 效力无线电视逾16年, not six years of another job."""
    assert "小姓町" in ask("梦野久作出生在哪里？", index_dir=yearbook_index).text
    assert "彭家丽" in ask("彭皓锋的姐姐是谁？", index_dir=yearbook_index).text
    assert "16年" in ask("彭皓锋在无线电视工作了多少年？", index_dir=yearbook_index).text.split("[1]")[0]


def test_a_latin_name_the_answer_must_be_about(yearbook_index):
    """HBO, in Latin letters, is written so in any article about it: a bank's 总部设在上海 does
    not say where HBO's is."""
    assert not ask("HBO的总部设在哪里？", index_dir=yearbook_index).citations


def test_people_counted_by_ge_a_burial_by_its_verb_and_none_at_all(yearbook_index):
    """"六七个人" counts people; "葬在哪里" is where she was buried (合葬在蒋陵), not where she was
    from; "未有任何亚种" says how many subspecies there are."""
    assert "六七个人" in ask("有多少人因为潘皇后被杀一事被处死？", index_dir=yearbook_index).text.split("[1]")[0]
    assert "蒋陵" in ask("潘皇后死后葬在哪里？", index_dir=yearbook_index).text.split("[1]")[0]
    assert "未有任何亚种" in ask("穴蝰有几个亚种？", index_dir=yearbook_index).text


def test_a_target_is_no_result_and_a_depth_no_length(yearbook_index):
    """"实际减少了多少" is not answered by what the campaign meant to cut; "能长多长" not by the
    depth the fish lives at."""
    assert not ask("一吨碳挑战实际减少了多少温室气体？", index_dir=yearbook_index).citations
    assert not ask("浪花鱼能长多长？", index_dir=yearbook_index).citations


def test_why_a_name_is_given_by_that_very_name(yearbook_index):
    """"为什么称释迦牟尼为大雄" is "…故称大雄", not the hall "被称为大雄宝殿"."""
    assert "十力" in ask("为什么称释迦牟尼为大雄？", index_dir=yearbook_index).text.split("[1]")[0]


def test_an_opening_is_no_groundbreaking_and_natural_is_no_half_day(yearbook_index):
    """"When did … station open" is 启用, not 开工; 天 of 天然 is no day, so "一条半天然河流" says
    nothing of how long the river is."""
    assert "2009年12月28日" in ask("When did Dashadong station open?", index_dir=yearbook_index).text.split("[1]")[0]
    assert not ask("银河有多长？", index_dir=yearbook_index).citations


@pytest.fixture(scope="module")
def cemetery_index(tmp_path_factory):
    """A cemetery's road, a food crisis, a poet, an empress, a river, an eel, a film, lamas, a
    station, a town, a bus route, an abbey, a warlord and a walkway: CMRC hard sets 41 and 43's
    kinds of passage, and CMRC's."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "cemetery", {
        "cemetery.txt": "将军澳华人永远坟场由华人永远坟场管理委员会管理。坟场内的先人有土葬，但是多数是火葬的骨灰。"
                        "新路于2009年动工，2012年2月26日正式启用。在2016年，坟场的新行人径将局部封闭改作为行车道一年。"
                        "原有的行人路将收窄至两米。\n",
        "crisis.txt": "国际谷物理事会预计2007/08年度全球谷物产量为16.62亿吨。"
                      "一项最新研究结果，当温度上升到30摄氏度以上时，稻米产量就会下降。\n",
        "poet.txt": "郭麐字群伯，江苏吴江人，清代诗论家。生于清高宗乾隆三十二年（1767年），少有神童之誉，"
                    "乾隆四十七年（1782年）补诸生。嘉庆九年讲学蕺山书院，喜交游，与袁枚友好。卒于宣宗道光十一年（1831年）。\n",
        "consort.txt": "潘淑的父亲是吴国的小吏，后来获罪被杀，她与姐姐受连坐一起被遣送到织室劳作。"
                       "神凤元年，潘皇后在不省人事之际被宫女暗杀。\n",
        "river.txt": "天水围河是香港新界西北部比较长的明渠。"
                     "2006年，小贩罗光清为逃避政府小贩管理队追捕，情急之下跳入渠中欲游过对岸，最后体力不支溺毙。\n",
        "eel.txt": "线蚓鳗栖息在近海与河口区之泥质海底。容易在夜间灯光的吸引下游向水面而被捕。无任何经济价值。\n",
        "film.txt": "《熊猫小熊猫》是由高畑勋执导的作品，1972年12月17日上映。"
                    "这部作品和之后的『龙猫』有许多的共通点，因此也被评为同作品的原型。\n",
        "lama.txt": "喇嘛是个尊称，通常是长老、上座、高僧、或通过闭关三年的僧侣才能使用。"
                    "但是在明朝之后，只有达赖与班禅才能被称为喇嘛。\n",
        "town.txt": "罗店镇辖境于1959年始设双龙人民公社罗店管理区，1979年改为罗店人民公社。"
                    "1983年撤消人民公社，改设罗店乡。1986年改设罗店镇。\n",
        "bus.txt": "2005年，配合巴士空调化趋势，本线引入一辆10.6米超低地台空调巴士。\n",
        "abbey.txt": "“弗赖永”这个名称源于古代德语词汇“frey”，意为自由。这是因为它拥有不受公爵管理的特权，还能保护逃亡者。\n",
        "warlord.txt": "元和四年（809年）秋十一月吴少诚忧病致死，吴少阳自称留后。元和九年（814年）九月吴少阳卒。\n",
        "link.txt": "至于环保连接系统亦有可能沿敬业街上方兴建高架桥；原因是若取道开源道，要永久封闭一条行车线，"
                    "影响交通，故政府保留此选项。\n",
        "station.txt": "固始站是宁西铁路上的一座车站，隶属于武汉铁路局。车站设基本站台1座，岛式站台1座。\n",
    })


def test_a_width_said_by_narrowing_and_a_temperature_in_degrees_celsius(cemetery_index):
    """收窄至两米 says how wide the path will be; "温度上升到多少度以上" asks the temperature (30摄氏度),
    not how much rice."""
    assert "两米" in ask("原有的行人路收窄到多宽？", index_dir=cemetery_index).text.split("[1]")[0]
    assert "30摄氏度" in ask("温度上升到多少度以上稻米产量会下降？", index_dir=cemetery_index).text.split("[1]")[0]


def test_a_birth_opening_its_sentence_is_the_life_s_own(cemetery_index):
    """"生于…乾隆三十二年" with no one before it dates the poet's birth: 乾隆 of 乾隆四十七年 is a
    reign, and 诸生 no one else."""
    assert "1767年" in ask("郭麐是哪一年出生的？", index_dir=cemetery_index).text


def test_a_purpose_after_a_name_and_a_pull_that_drew_it(cemetery_index):
    """"罗光清为逃避…追捕" is why he jumped; "在夜间灯光的吸引下" why the eel is caught."""
    assert "逃避" in ask("罗光清为什么跳进渠中？", index_dir=cemetery_index).text
    assert "灯光" in ask("线蚓鳗为什么容易被捕？", index_dir=cemetery_index).text


def test_a_title_in_double_corner_brackets_and_a_railway_line(cemetery_index):
    """『龙猫』 is a work's title; "哪条铁路线" is answered by a name ending 铁路 and no metro line
    by a station's platforms."""
    assert "龙猫" in ask("《熊猫小熊猫》被认为是哪部作品的原型？", index_dir=cemetery_index).text
    assert "宁西铁路" in ask("固始站在哪条铁路线上？", index_dir=cemetery_index).text
    assert not ask("固始站是哪条地铁线的车站？", index_dir=cemetery_index).citations


def test_most_and_a_span_of_time_count_nothing(cemetery_index):
    """多数 is no number of the dead buried, and 闭关三年 counts no lamas."""
    assert not ask("将军澳华人永远坟场能安葬多少先人？", index_dir=cemetery_index).citations
    assert not ask("西藏现在有多少喇嘛？", index_dir=cemetery_index).citations


def test_a_friend_said_in_other_words_and_a_conviction_as_the_cause(cemetery_index):
    """"和谁交好" is "与袁枚友好"; "为什么被杀" is "获罪被杀"."""
    assert "袁枚" in ask("郭麐和谁交好？", index_dir=cemetery_index).text.split("[1]")[0]
    assert "获罪" in ask("潘淑的父亲为什么被杀？", index_dir=cemetery_index).text.split("[1]")[0]


def test_a_blank_filled_a_town_set_up_anew_and_causes_after_a_time_or_the_sentence(cemetery_index):
    """"只有谁才能被称为喇嘛" is filled by titles (达赖与班禅) that read as no one's name; 改设罗店镇
    says when the town was set up; "2005年，配合…趋势" opens its sentence after the year; "原因是…"
    gives the cause of the sentence before it, which the question restates."""
    assert "达赖" in ask("明朝之后只有谁才能被称为喇嘛？", index_dir=cemetery_index).text
    assert "1986年" in ask("罗店镇是哪一年设立的？", index_dir=cemetery_index).text.split("[1]")[0]
    assert "空调化" in ask("为什么2005年本线要引入一辆空调巴士？", index_dir=cemetery_index).text
    assert "开源道" in ask("为什么环保连接系统有可能沿敬业街上方兴建高架桥？", index_dir=cemetery_index).text


def test_a_death_said_as_dying_of_an_illness(cemetery_index):
    """"什么时间病逝" is "忧病致死", not the death of the next man the paragraph names."""
    assert "809年" in ask("吴少诚在什么时间病逝？", index_dir=cemetery_index).text.split("[1]")[0]


def test_the_cause_the_next_sentence_gives(cemetery_index):
    """"这是因为…" right after the sentence a why restates is its answer, first."""
    answer = ask("为什么修道院的名称取自意为自由的古代德语词汇“frey”？", index_dir=cemetery_index).text
    assert "特权" in answer.split("[1]")[0]


@pytest.fixture(scope="module")
def manga_index(tmp_path_factory):
    """A manga, a comic studio, a TV drama, a town, a minister, a samurai, a singer, an album, a
    patriot, an actor, a scholar, a courtier, two monks, a muscle, a hotline, a novelist and a raptor:
    CMRC hard sets 44 to 47's kinds of passage."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "manga", {
        "manga.txt": "停止！！ 云雀(ストップ!!_ひばりくん!)，是日本漫画家江口寿史的漫画作品，于周刊少年Jump连载。"
                     "台湾时报文化出版社出版单行本名称为《变男变女，变变变！》。\n"
                     "坂本耕作只好投靠母亲生前的老朋友大空家。但大空家的主人大空自豪，偏偏刚好是关东大空组的组长。\n",
        "studio.txt": "上海漫唐堂是以漫画创作为主的动漫企业。"
                      "2005年由口袋巧克力创作的《1区212》在杂志《知音漫客》创刊号上开始连载，并获得了相当大的反响。\n",
        "drama.txt": "由于历史上没有记载武则天的本名，一般会使用武媚娘作为她的本名。"
                     "少见的会自创其名，如电视剧《武媚娘传奇》用“武如意”一名。\n",
        "town.txt": "澉浦镇是隶属于浙江省嘉兴市海盐县的一个镇，位于该县县境南部。"
                    "该镇辖有：澉浦居委会、镇中村、澉浦村、六里村、永新村、南山村\n",
        "minister.txt": "王沈，字处道，太原晋阳人。祖王柔，汉匈奴中郎将。父王机，魏东郡太守。"
                        "能写文章，大将军曹爽聘为秘书，累迁中书门下侍郎。魏帝曹髦好学，称王沈为文籍先生。"
                        "《全晋文》辑其文14篇。\n",
        "samurai.txt": "阿部正丰（生年不详－1535年12月29日）是日本战国时代的武将。"
                       "正丰误以为父亲被杀，于是在本阵杀死清康。而正丰则在当场被植村氏明斩杀。\n",
        "singer.txt": "矢井田瞳是日本女性创作型歌手，生于大阪府丰中市。身高158公分，血液是A型。\n",
        "album.txt": "在2008年前后，王若琳回到台北和父亲住在一起，并发行了第一张专辑《Start from Here》；"
                     "该张专辑以双碟形式发行于2008年1月，其中一张以英语演唱，另一则以国语。"
                     "尽管备受好评，王若琳坦言演唱流行歌曲并非是自己所喜爱，并表示将会回到美国继续学业。\n",
        "patriot.txt": "安昌浩死于汉城医学院，享年60岁。雅号岛山，字致三，是朝鲜国内的民族运动人士。"
                       "后来安昌浩流亡美国，组织了兴士团，并主张通过振兴教育和产业复兴来提高国民的知识。\n",
        "actor.txt": "生濑胜久，日本男演员。兴趣是钓鱼。母亲是生瀬悦子（前兵库县西宫市议会副议长）。有一个哥哥。\n",
        "confucian.txt": "蒋庆，中国当代儒学家。1953年生长于贵州贵阳，祖籍江苏徐州。1982年毕业于西南政法大学法律系。\n",
        "courtier.txt": "马齐，富察氏，满洲镶黄旗人。四十七年，与佟国维等联名保奏皇八子胤禩为储，被罢官困禁，后复起用。\n",
        "tangyin.txt": "就来源而言，大体分为以下三系。第一是隐元隆琦（福州府福清县人）于承应三年（1654）渡日后建立的"
                       "黄檗宗所传承的明代音。第二是延宝五年（1677）渡日的曹洞宗心越派开祖心越兴俦所传的诵读音。\n",
        "hotline.txt": "生命热线是香港一个志愿服务机构。会址位于九龙东头邨逸东楼，于2011年1月10日乔迁坪石邨新址。"
                       "1998年10月21日温拿乐队担任「生命热线宣传大使」。陈志云的慈善义卖部份收益拨捐生命热线，"
                       "更透露无线电视艺人崔建邦因涉嫌袭击绯闻女友嫩模邝敏慧而情绪受困扰，曾寻求生命热线辅导。\n",
        "novelist.txt": "迟子建，中国女作家。1998年，迟子建与黄世君结为夫妻。"
                        "迟子建，汉族人，长期生活在哈尔滨，其父迟泽凤是小学校长，好诗文。\n",
        "raptor.txt": "齿河盗龙属（学名：\"Orkoraptor\"）又译猛禽盗龙，是兽脚亚目肉食龙下目的一属。"
                      "齿河盗龙的化石发现于La Leona河附近，当地原住民语言将La Leona河称为「Orr-Korr」。\n",
        "muscle.txt": "皮肤松弛的老年人的颈部前部两侧可以看到两根沟，就是颈阔肌形成的。"
                      "在受惊或者紧张的表情的时候颈阔肌会运动。\n",
    })


def test_a_maker_jieba_does_not_know_and_a_title_asked_by_name(manga_index):
    """江口寿史 after 漫画家 and before 的漫画作品 wrote it; 口袋巧克力 between 由 and 创作的 made it;
    "单行本叫什么名字" asks a book's title, not a person's name, and the title is another work's;
    大空自豪, right after 的主人, is the master."""
    assert "江口寿史" in ask("《停止！！云雀》的作者是谁？", index_dir=manga_index).text.split("[1]")[0]
    assert "口袋巧克力" in ask("《1区212》是谁创作的？", index_dir=manga_index).text.split("[1]")[0]
    assert "变男变女" in ask("《停止！！云雀》台湾单行本叫什么名字？", index_dir=manga_index).text.split("[1]")[0]
    assert "大空自豪" in ask("大空家的主人是谁？", index_dir=manga_index).text.split("[1]")[0]


def test_a_name_used(manga_index):
    """用“武如意”一名 gives the name a drama used."""
    assert "武如意" in ask("《武媚娘传奇》给武则天取了什么名字？", index_dir=manga_index).text.split("[1]")[0]


def test_a_village_named_by_a_number_counts_nothing(manga_index):
    """六里村 is a village, not six li of anything: the town's GDP is not told."""
    assert not ask("澉浦镇的GDP是多少？", index_dir=manga_index).citations


def test_forebears_listed_by_kin_and_works_counted_by_their_first_character(manga_index):
    """"祖王柔" names his grandfather as lives list them; "辑其文14篇" counts his 文章."""
    assert "王柔" in ask("王沈的祖父是谁？", index_dir=manga_index).text.split("[1]")[0]
    assert "14篇" in ask("《全晋文》收录了王沈多少篇文章？", index_dir=manga_index).text.split("[1]")[0]


def test_a_killer_after_bei_and_a_death_whose_birth_is_unknown(manga_index):
    """"被植村氏明斩杀" says who killed him; "（生年不详－1535年12月29日）" when he died, and not
    when he was born."""
    assert "植村氏明" in ask("谁当场斩杀了阿部正丰？", index_dir=manga_index).text.split("[1]")[0]
    assert "1535年" in ask("阿部正丰是哪一年去世的？", index_dir=manga_index).text.split("[1]")[0]
    assert not ask("阿部正丰是哪一年出生的？", index_dir=manga_index).citations


def test_a_blood_type(manga_index):
    """"什么血型" asks a type (A型), which "血液是A型" gives."""
    assert "A型" in ask("矢井田瞳是什么血型？", index_dir=manga_index).text.split("[1]")[0]


def test_an_exact_date_before_a_rough_one(manga_index):
    """"发行于2008年1月" says when the album came out better than "在2008年前后…发行了"."""
    assert "2008年1月" in ask("《Start from Here》是什么时候发行的？", index_dir=manga_index).text.split("[1]")[0]


def test_a_courtesy_name_a_mother_jieba_cannot_read_and_a_year_of_birth_and_upbringing(manga_index):
    """"字什么" asks the courtesy name (字致三); "母亲是生瀬悦子" names her though jieba makes no word
    of it; "1953年生长于贵州贵阳" is when he was born."""
    assert "致三" in ask("安昌浩字什么？", index_dir=manga_index).text.split("[1]")[0]
    assert "生瀬悦子" in ask("生濑胜久的母亲是谁？", index_dir=manga_index).text.split("[1]")[0]
    assert "1953年" in ask("蒋庆是哪一年出生的？", index_dir=manga_index).text.split("[1]")[0]


def test_causes_by_what_was_done_before_a_punishment_and_by_what_made_it(manga_index):
    """"…联名保奏…为储，被罢官困禁" gives why he was dismissed; "就是颈阔肌形成的" why the furrows
    show; "在…的时候" when the muscle moves; "回到美国继续学业" why she went back."""
    assert "保奏" in ask("马齐为什么被罢官困禁？", index_dir=manga_index).text
    assert "颈阔肌形成" in ask("为什么皮肤松弛的老年人颈部前部两侧可以看到两根沟？", index_dir=manga_index).text
    assert "受惊" in ask("颈阔肌在什么时候会运动？", index_dir=manga_index).text.split("[1]")[0]
    assert "继续学业" in ask("王若琳为什么要回到美国？", index_dir=manga_index).text


def test_an_era_year_told_by_ours_in_brackets(manga_index):
    """"承应三年（1654）渡日" says when he crossed, not only the next monk's "延宝五年（1677）渡日"."""
    assert "1654" in ask("隐元隆琦是哪一年渡日的？", index_dir=manga_index).text.split("[1]")[0]


def test_a_move_dated_without_its_subject_a_long_cause_a_kins_work_and_a_translated_name(manga_index):
    """"于哪一天乔迁新址" is the sentence that says the move, not one that names the hotline (生命, which
    opens the question, is no deed of it); "因涉嫌袭击绯闻女友嫩模邝敏慧而…" is a cause however long;
    "父亲是做什么的" is told where the text names him; "又译作什么" asks the name 又译 gives."""
    assert "2011年1月10日" in ask("生命热线于哪一天乔迁新址？", index_dir=manga_index).text.split("[1]")[0]
    assert "涉嫌袭击" in ask("崔建邦为什么寻求生命热线辅导？", index_dir=manga_index).text
    assert "小学校长" in ask("迟子建的父亲是做什么的？", index_dir=manga_index).text.split("[1]")[0]
    assert "猛禽盗龙" in ask("齿河盗龙又译作什么？", index_dir=manga_index).text.split("[1]")[0]


@pytest.fixture(scope="module")
def castle_index(tmp_path_factory):
    """A castle, a state's counties, a puzzle, a calendar, a president, a boulevard, a molecule in
    space and a ritual arrow (CMRC hard set 49's kinds of passage); a flower, a fish, a yamen, a
    province, a station, a dinosaur, a laptop and an earthquake (sets 45 to 48's); a crystal rule,
    an empress and an eel (set 50's); a striker, a beast, an election and a games company (set 51's)."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "castle", {
        "castle.txt": "玖岛城是日式的城堡，坐落于长崎县大村市。本丸的遗迹在大村神社院内，有筑城者大村喜前的遗德碑。"
                      "从1614年开始，由于纯赖的要求，进行扩建改造，这时候，从加藤清正这里接受了设计指导。\n",
        "vermont.txt": "1779年，佛蒙特州仅拥有两个县。当时，位于西部的县为本宁顿县，而位于东部的县则为坎伯兰县。\n",
        "puzzle.txt": "数字推盘游戏是一种最早的滑块类游戏，常见的类型有十五数字推盘游戏和八数字推盘游戏等。"
                      "八数字推盘则同样是Chapman在1870年代发明。\n",
        "football.txt": "足球是世界上最流行的运动，许多国家都有职业联赛，联赛给予冠军球队奖金，俱乐部员工也有奖励。\n",
        "calendar.txt": "阿兹特克神圣历是阿兹特克人所使用的历法之一，不过除了阿兹特克祭司外，普罗大众并不通晓其用法。\n",
        "president.txt": "亚达夫年轻时曾于印度加尔各答学医。毕业后，他一直在尼泊尔南部的德赖地区从医。\n",
        "boulevard.txt": "意大利大道是巴黎的四条大道之一。它得名于1783年建于此处的意大利剧院。此前使用过的名称有根特大道。\n",
        "ethenol.txt": "2001年，天文学家借助基特峰国立天文台的12米射电望远镜，在人马座B2的分子云中发现了乙烯醇的存在。\n",
        "arrow.txt": "破魔矢主要功能在于无形的破除邪魔，非有形的直接以箭穿刺邪魔，故破魔矢不须造有尖锐的箭头，普遍为平头或圆头。\n",
        "flower.txt": "吊钟是常见的年花。在清代中叶开始已有吊钟作为年花的习俗。\n",
        "fish.txt": "长鳍新平鲉栖息在珊瑚礁区。可食用，但肉质不佳，经济价值低。\n",
        "yamen.txt": "古代衙门为显示威严，大门多开六扇后遂以六扇门代指官府。\n",
        "province.txt": "巴吞他尼府是泰国中部的一个府，原名为三柯城，建于1632年。泰国各府的府尹由内政部任命。\n",
        "dinosaur.txt": "乌拉嘎龙是一种恐龙，种名是以古生物学家董枝明为名。\n",
        "crystal.txt": "鲍林规则是鲍林根据离子晶体的晶体化学原理总结归纳出的五条规则。"
                       "氧化物晶体及硅酸盐晶体大都含有一定成分的离子键，因此，鲍林规则可以判断晶体结构的稳定性。\n",
        "empress.txt": "孙亮谋诛孙綝一事因被人告密而失败。依《三国志》记载，告密者即为全皇后，但《江表传》记载为全尚妻孙氏。\n",
        "eel.txt": "异齿前肛鳗属于底栖鱼类，以小型鱼类为食。数量少，不具经济价值。\n",
        "striker.txt": "罗利马的射球非常强劲，有一次的射球更达时速90英哩。\n",
        "beast.txt": "原蹄兽是已灭绝的哺乳动物，脚上有五趾。\n",
        "election.txt": "谭志源参与港区人大代表选举，最终以得票1580票当选。\n",
        "games.txt": "Playfish是一个社交游戏公司。在热门游戏榜单上，前5名内就有4个名次被Zynga抱走，此后20名内也不见Playfish作品。\n",
        "laptop.txt": "华硕表示新款上网本计划在2009年9月推出。\n",
        "station.txt": "北土城站是一座换乘站，因地处元大都北城垣遗址中轴而得名。"
                       "北京奥运会期间，作为临时特殊措施，换乘需出站进行安全检查。\n",
        "quake.txt": "郯城大地震发生于1668年7月25日，5万余人死亡。当时没有仪器测定震级。\n",
    })


def test_a_builder_by_his_agent_noun_and_a_japanese_name(castle_index):
    """"筑城者大村喜前的遗德碑" names the builder after his agent noun (筑城者, which jieba cuts in two);
    加藤清正, a Japanese name jieba does not read as one, gave the design advice."""
    assert "大村喜前" in ask("玖岛城的筑城者是谁？", index_dir=castle_index).text.split("[1]")[0]
    assert "加藤清正" in ask("扩建玖岛城时谁给予了设计指导？", index_dir=castle_index).text.split("[1]")[0]


def test_which_of_a_class_is_a_name_not_a_count(castle_index):
    """"西部的县是哪个" is answered by 本宁顿县, not by "拥有两个县"."""
    assert "本宁顿县" in ask("1779年佛蒙特州西部的县是哪个？", index_dir=castle_index).text.split("[1]")[0]


def test_a_country_or_an_inventor_the_text_never_tells_abstains(castle_index):
    """"最早在哪个国家流行" and "是哪国人" are not answered by sentences naming no country, nor
    "是谁发明的" by one that never speaks of inventing."""
    assert not ask("数字推盘游戏最早在哪个国家流行？", index_dir=castle_index).citations
    assert not ask("鲍林是哪国人？", index_dir=castle_index).citations  # (大都, "mostly", is tagged a place)
    assert not ask("阿兹特克神圣历是谁发明的？", index_dir=castle_index).citations
    assert not ask("谁设计了新款上网本？", index_dir=castle_index).citations  # (计划, in 设计's thesaurus group, designs nothing)
    # (a guard: a naming is told by "以…为名" as well)
    assert "董枝明" in ask("乌拉嘎龙的种名是以谁命名的？", index_dir=castle_index).text.split("[1]")[0]


def test_a_country_jieba_reads_as_a_name_is_a_place(castle_index):
    """尼泊尔, tagged as a person's name by jieba, is where he practised."""
    assert "德赖地区" in ask("亚达夫毕业后在哪里从医？", index_dir=castle_index).text.split("[1]")[0]


def test_a_names_source_a_size_of_a_thing_and_a_cause_before_gu(castle_index):
    """"名称来自什么" asks how it was named (得名于); "多大的射电望远镜" measures the telescope (12米);
    a clause before 故 is the cause."""
    assert "意大利剧院" in ask("意大利大道的名称来自什么？", index_dir=castle_index).text.split("[1]")[0]
    assert "12米" in ask("发现乙烯醇用的是多大的射电望远镜？", index_dir=castle_index).text.split("[1]")[0]
    assert "穿刺邪魔" in ask("为什么破魔矢不须造有尖锐的箭头？", index_dir=castle_index).text.split("[1]")[0]


def test_a_dynastys_time_a_short_cause_one_before_sui_and_a_measure_taken(castle_index):
    """"清代中叶" tells when; "但肉质不佳" (four characters) why its value is low; what comes before
    "后遂" why the yamen's gates named it; "作为临时特殊措施" why passengers left the station, which
    the cause of its name (因…而得名, the station's only causal word) does not tell."""
    assert "清代中叶" in ask("从什么时候开始有吊钟作为年花的习俗？", index_dir=castle_index).text.split("[1]")[0]
    assert "肉质不佳" in ask("为什么长鳍新平鲉的经济价值低？", index_dir=castle_index).text.split("[1]")[0]
    assert "六扇" in ask("为什么以六扇门代指官府？", index_dir=castle_index).text.split("[1]")[0]
    assert "措施" in ask("为什么北京奥运会期间在北土城站换乘需要出站？", index_dir=castle_index).text.split("[1]")[0]


def test_an_officials_name_and_a_magnitude_never_told_abstain(castle_index):
    """府尹 is an office of someone, whom the province's article never names; 震级 is measured in
    级, which the earthquake's date and toll are not."""
    assert not ask("巴吞他尼府的府尹是谁？", index_dir=castle_index).citations
    assert not ask("郯城大地震的震级是多少？", index_dir=castle_index).citations


def test_a_role_told_in_the_clause_before_and_a_cause_of_three_characters(castle_index):
    """"告密者即为全皇后，但《江表传》记载为全尚妻孙氏": the role is told in the clause before the
    name; "数量少" (a noun and what is said of it) is why the eel is worth nothing."""
    assert "孙氏" in ask("《江表传》记载的告密者是谁？", index_dir=castle_index).text.split("[1]")[0]
    assert "数量少" in ask("为什么异齿前肛鳗不具经济价值？", index_dir=castle_index).text.split("[1]")[0]


def test_a_speed_in_yingli_a_noun_that_counts_itself_and_ranks_that_count_no_one(castle_index):
    """英哩 measures a speed; "得了多少票" is counted in 票 (1580票) and "有几趾" in 趾 (五趾);
    "前5名" and "20名内" are ranks, not people on a payroll."""
    assert "90英哩" in ask("罗利马的射球时速曾达多少？", index_dir=castle_index).text.split("[1]")[0]
    assert "五趾" in ask("原蹄兽脚上有几趾？", index_dir=castle_index).text.split("[1]")[0]
    assert "1580票" in ask("谭志源在人大代表选举中得了多少票？", index_dir=castle_index).text.split("[1]")[0]
    assert not ask("Playfish有多少名员工？", index_dir=castle_index).citations


@pytest.fixture(scope="module")
def satellite_index(tmp_path_factory):
    """A chairman's life, a prime minister's drama, a football club, a goalkeeper and a stadium, a
    satellite, a reality show and a writer (CMRC hard set 52's kinds of passage)."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "satellite", {
        "chairman.txt": "彼得·希尔-伍德，英国商人，曾是英超球队阿仙奴主席（1982–2013）。彼得·希尔-伍德出生於伦敦的肯辛顿。"
                        "他于1971年结婚并育有两个孩子祖里安（Julian）和查理斯（Charles）以及一个嫁给美国人提摩太·丹拿（Timothy Dana）的女儿莎拉（Sarah）"
                        "他的家族一直是阿仙奴的主席，他是家族的第三代，他接任父亲丹尼士·希尔-伍德（（任期由1962年至1982年）和他爷爷"
                        "森美尔·希尔-伍德（任期由1929年至1936年和 1946年至1949年）。\n",
        "drama.txt": "朝仓启太原本是一个与政治八竿子打不著的乡下小学老师，性格温吞，连在学校都会被学生恶整。"
                     "他的父亲政友党众议员朝仓诚连同接班的大哥空难身亡之后，朝仓诚的妻子劝说身为次子的启太辞去小学教师投入参选，"
                     "从未从政的他当选了众议员。朝仓启太的父亲朝仓诚是政友党的众议员。而政友党鉴于低迷的支持率，党内提议由朝仓启太竞选党总裁以出任内阁总理大臣。\n",
        "club.txt": "上海豫园足球俱乐部是一支已经不存在的足球俱乐部，总部设在上海南市区的城隍庙豫园旁，是20世纪90年代在上海足坛的一支劲旅。"
                    "1995年12月10日，由豫园旅游商城等企业共同投资建立豫园足球俱乐部。\n",
        "arsenal.txt": "基斯域克凭借他的人脉关系，成功协助阿仙奴的新球场募集资金。\n",
        "satellite.txt": "鑫诺二号通信卫星制作成本为20亿元以上，由中国人民财产保险股份有限公司独家承保。"
                         "保险公司表示，保险额度属于保密条款，不能对外公布。\n",
        "show.txt": "飞黄腾达7为美国真人秀《飞黄腾达》的第七辑，于2008年1月3日开始于美国NBC频道播出。"
                    "本辑的参赛者全是美国的知名人物，最后胜出者能为其机构获得25万美金。\n",
        "keeper.txt": "2011年张世昌在作客深圳队（实是在当时的临时主场惠州）的赛事中与看台的球迷发生小冲突。\n",
        "writer.txt": "1955年，艾里森迁居纽约市，开始致力于科幻小说创作，两年后他转向黑帮小说创作，为获取第一手感受，他亲自加入了一个黑帮。\n",
    })


def test_a_date_quoted_from_its_own_clause_and_a_term_of_office_is_no_life(satellite_index):
    """A long sentence is cut to the clause with the date of what is asked (1971年结婚, not the
    father's 任期); "主席（1982–2013）" is a term of office, which tells no death."""
    assert "1971年" in ask("彼得·希尔-伍德哪一年结婚？", index_dir=satellite_index).text.split("[1]")[0]
    assert not ask("彼得·希尔-伍德是哪一年去世的？", index_dir=satellite_index).citations


def test_how_a_kin_died_a_role_never_named_and_a_home_ground_never_named(satellite_index):
    """"他的父亲…空难身亡" tells how the father died; the show names no 冠军 (its winner, 胜出者, is
    nobody named), nor the club a 主场."""
    assert "空难" in ask("朝仓启太的父亲是怎么死的？", index_dir=satellite_index).text.split("[1]")[0]
    assert not ask("飞黄腾达7的冠军是谁？", index_dir=satellite_index).citations
    assert not ask("上海豫园足球俱乐部的主场球场叫什么？", index_dir=satellite_index).citations


def test_a_purpose_inside_a_sentence_and_why_not_by_what_it_is(satellite_index):
    """"为获取第一手感受，他亲自加入了一个黑帮": a purpose opening its doer's clauses; "保险额度属于保密
    条款，不能对外公布": why it is not made public."""
    assert "第一手感受" in ask("艾里森为什么加入黑帮？", index_dir=satellite_index).text.split("[1]")[0]
    assert "保密条款" in ask("保险公司为什么不公布鑫诺二号的保险额度？", index_dir=satellite_index).text.split("[1]")[0]


@pytest.fixture(scope="module")
def bus_index(tmp_path_factory):
    """A bus route (CMRC hard set 54's kind of passage), a dinosaur (set 55's) and what two words mean."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "bus", {
        "bus.txt": "九龙巴士86线是香港一条来往黄泥头及美孚的巴士路线。直至2012年5月21日，改派一辆亚历山大丹尼士Enviro 500 12米"
                   "超低地台巴士作指定用车，替代该线唯一一辆丹尼士三叉戟12米超低地台巴士。现时本线使用11辆亚历山大丹尼士Enviro 500"
                   "双层空调巴士。\n",
        "dinosaur.txt": "威拉弗龙属（学名：Velafrons）属于鸭嘴龙科赖氏龙亚科，生存于白垩纪晚期的墨西哥。属名意为「有帆的额头」。"
                        "种名则是以发现地科阿韦拉州为名。威拉弗龙跟冠龙、亚冠龙的幼年标本极为类似，威拉弗龙属于冠龙族。"
                        "与其他属的年龄相似头骨相比，威拉弗龙的头骨较大。如同其他鸭嘴龙类，威拉弗龙是种草食性恐龙。\n",
        "word.txt": "“河口”的意思是河流和海洋的结合地段。“巴士”的意思是公共汽车。\n",
    })


def test_now_said_as_xianshi(bus_index):
    """"现在用多少辆巴士" is told by 现时本线使用11辆, not by the one bus sent in 2012."""
    assert "11辆" in ask("九龙巴士86线现在用多少辆巴士？", index_dir=bus_index).text.split("[1]")[0]


def test_a_meaning_asked_is_told_by_what_it_means(bus_index):
    """"属名是什么意思" is answered by "属名意为「有帆的额头」", not by the sentence naming the dinosaur best."""
    assert "有帆的额头" in ask("威拉弗龙属的属名是什么意思？", index_dir=bus_index).text.split("[1]")[0]


@pytest.fixture(scope="module")
def centrifuge_index(tmp_path_factory):
    """A centrifuge (CMRC hard set 57's kind of passage): a design, then its purpose in a sentence of its own."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "centrifuge", {
        "centrifuge.txt": "气体离心法是一种制造浓缩铀的机械式方法。一组气体离心机单元组成有：筒状旋转槽，套管，电动马达，三条物质流动用管线。"
                          "设计中有一全套管套住整台离心机。防止有任何物体流出喷出伤害到工作人员。筒状旋转槽定位在套管正中心，可以隔离任何空气。\n",
        "fruit.txt": "苹果是一种落叶乔木的果实。苹果富含维生素，可以生吃，也可以榨汁。\n",
    })


def test_a_purpose_told_in_the_sentence_after_answers_why(centrifuge_index):
    """"为什么用全套管套住离心机" is answered by the next sentence's 防止…, a purpose pointing back."""
    answer = ask("为什么要用全套管把整台离心机套住？", index_dir=centrifuge_index)
    assert not answer.abstained and "伤害到工作人员" in answer.text.split("[1]")[0]


@pytest.fixture(scope="module")
def drama_index(tmp_path_factory):
    """A television drama whose cast the article never names, a play whose 主角 it does (CMRC hard set
    53's kind) and a footballer whose position the sentence naming him best does not tell."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "drama", {
        "drama.txt": "小孤岛大医生是一部依漫画原作改编成的电视剧。此剧在与那国岛拍摄，全剧描写一位优秀医师从东京来到离岛行医的故事。"
                     "首次放映的2003年系列创造出极佳收视率。\n",
        "play.txt": "《人民公敌》是挪威剧作家易卜生的剧作。剧中主角斯多克芒医生，代表的是易卜生本人的声音。该剧于1882年出版。\n",
        "player.txt": "戚务生（），山东威海人，中国著名足球教练。戚务生于1944年出生在威海戚家庄，1962年开始效力于辽宁工人足球队，"
                      "司职中后卫，1964年转入辽宁足球队。但是由于文化大革命的影响，戚务生的球员生涯受到了打击。\n",
    })


def test_a_part_played_that_the_article_never_names_abstains(drama_index):
    """"小孤岛大医生的男主角是谁" is not answered by another play's 主角; that play's is."""
    assert ask("小孤岛大医生的男主角是谁？", index_dir=drama_index).abstained
    answer = ask("《人民公敌》的主角是谁？", index_dir=drama_index)
    assert not answer.abstained and "斯多克芒" in answer.text


def test_a_position_asked_is_told_by_the_sentence_that_names_one(drama_index):
    """"打什么位置" is answered by "…司职中后卫…", not by the sentence that names him best."""
    answer = ask("戚务生打什么位置？", index_dir=drama_index)
    assert "中后卫" in answer.text.split("[1]")[0]


@pytest.fixture(scope="module")
def general_index(tmp_path_factory):
    """A general's life (CMRC hard set 59's kind of passage), whose arrest the sentence before
    explains, and an actor's, whose studies are told in other words than a question's."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "general", {
        "general.txt": "祭遵，字弟孙，颍川颍阳人。刘秀在河北，任命祭遵为军市令。执法严明，刘秀有个小侍从犯法，"
                       "祭遵依照法将其处死。刘秀大怒，逮捕祭遵。不久赦免了祭遵，加封刺奸将军。\n",
        "actor.txt": "班杰（），本名王宏文，台湾男演员兼模特儿，出生于美国奥克拉荷马州的奥克拉荷马市，在麻州的波士顿长大。"
                     "2009年以《终极三国》成名。毕业于麻州大学波士顿分校，主修政治与东亚文化。\n",
        "councillor.txt": "刘国勋（，），香港立法会议员，香港北区区议员，是民建联成员。刘于粉岭祥华邨成长，"
                          "中学毕业于粉岭救恩书院。\n",
    })


def test_a_reaction_is_explained_by_the_sentence_before(general_index):
    """"刘秀为什么逮捕祭遵" is answered with what angered him, told the sentence before "刘秀大怒，逮捕祭遵"."""
    answer = ask("刘秀为什么逮捕祭遵？", index_dir=general_index)
    assert not answer.abstained and "处死" in answer.text


def test_what_one_studied_and_where_one_grew_up_are_told_in_the_texts_words(general_index):
    """"大学读的是什么专业" is answered by "主修…", "在哪里长大" by "…成长", not by the sentence that
    names him best."""
    answer = ask("班杰大学读的是什么专业？", index_dir=general_index)
    assert "政治与东亚文化" in answer.text.split("[1]")[0]
    answer = ask("刘国勋是在哪里长大的？", index_dir=general_index)
    assert "祥华邨" in answer.text.split("[1]")[0]


@pytest.fixture(scope="module")
def official_index(tmp_path_factory):
    """An official's life (CMRC hard set 61's kind of passage), a people's, a drama's, a grammar
    theory's that spells an abbreviation out once, and a note that names Chinese names often."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "official", {
        "official.txt": "林国佑，又名林钦明，揭阳人。明末官员。崇祯四年成进士，授富顺县知县。顺治二年，武生张公显因丧失前程，率众抗击"
                        "清廷，陷揭阳城，林国佑之母被捕。国佑亲往张公显大营，愿代母死。张公显劝其合作，国佑不从，被杀。\n",
        "people.txt": "埃文人是生活在东西伯利亚的民族，人口约两万。他们狩猎，捕捞，养驯鹿为生。"
                      "19世纪以后，埃文人多在形式上皈依东正教。\n",
        "drama.txt": "《石碑歌》是一部古装历史剧，于2004年拍摄，2006年首播。导演陈明称该剧是一部正剧。\n",
        "grammar.txt": "在理论语言学中，生成文法是一种研究语法的方式。其他著名的理论包括主辞驱动句构造文法（Head-driven "
                       "phrase structure grammar; HPSG），语汇机能文法（Lexical functional grammar; LFG）。\n",
        "note.txt": "注：括号内的中文名字为香港译名。有些中文名中含有龙的宝可梦也不是龙属性的。\n",
    })


def test_a_cause_told_before_the_deed_comes_with_the_deed(official_index):
    """"为什么要亲自去张公显的大营" is answered by the cause, the sentence before, and the deed,
    whose second clause says its purpose ("愿代母死")."""
    answer = ask("林国佑为什么要亲自去张公显的大营？", index_dir=official_index)
    assert "之母被捕" in answer.text and "代母死" in answer.text


def test_a_living_is_told_in_the_texts_words(official_index):
    """"靠什么谋生" is "…养驯鹿为生", not the sentence that names the people best."""
    answer = ask("埃文人靠什么谋生？", index_dir=official_index)
    assert "驯鹿" in answer.text.split("[1]")[0]


def test_a_broadcaster_the_text_never_names_is_not_answered_by_a_date(official_index):
    """"在哪个电视台首播" asks a broadcaster's name; "2006年首播" names none."""
    assert ask("《石碑歌》在哪个电视台首播？", index_dir=official_index).abstained


def test_an_abbreviation_is_answered_from_the_passage_that_spells_it_out(official_index):
    """"LFG的中文名称是什么": the passage that names LFG, not the note that says 中文名 twice."""
    answer = ask("LFG的中文名称是什么？", index_dir=official_index)
    assert "语汇机能文法" in answer.text.split("[1]")[0]


@pytest.fixture(scope="module")
def physics_index(tmp_path_factory):
    """A physics passage that names a phenomenon in the sentence after describing it, a fish's that
    tells its shape (CMRC hard set 62's kind of passage), a station's whose place is one sentence of
    many, a mushroom's that tells what it is mistaken for, and three that tell of a discovery by
    someone and of two found by no one named."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "physics", {
        "physics.txt": "在绝缘体中，电子被原子束缚着，不能在物体中自由移动。如果把带正电的物体靠近绝缘体，则每一个原子中的"
                       "电子都会被吸引而稍微移动一点。这种现象称为极化。\n",
        "fish.txt": "北方似银汉鱼为辐鳍鱼纲银汉鱼目银汉鱼科的其中一种。本鱼体呈长梭型，略侧扁，头短。体淡绿色，体长可达45公分。\n",
        "station.txt": "大沙西站现时共设有3个出入口。随后大沙西站于2007年正式开工。大沙西站是地铁五号线的车站，"
                       "位于黄埔区大沙地西路的地底。\n",
        "mushroom.txt": "白牛肝菌是一种可食用的蘑菇。白牛肝菌有时容易和有毒的苦粉孢牛肝菌混淆，苦粉孢牛肝菌的菌肉是白色的。\n",
        "effect.txt": "静电感应现象由英国科学家约翰·坎通在1753年发现。\n",
        "enzyme.txt": "磷酸丙糖异构酶被发现存在于几乎所有的生物体，包括哺乳动物、昆虫和大多数细菌中。\n",
        "fossil.txt": "威拉龙的化石发现于墨西哥科阿韦拉州，年代为白垩纪晚期，约7350万年前。\n",
    })


def test_a_phenomenon_described_is_named_by_the_next_sentence(physics_index):
    """"…稍微移动的现象叫什么": the sentence that describes it, then "这种现象称为极化"."""
    answer = ask("绝缘体里电子受吸引而稍微移动的现象叫什么？", index_dir=physics_index)
    assert "极化" in answer.text


def test_a_shape_asked_is_told_by_one(physics_index):
    """"身体是什么形状" is "体呈长梭型", not the sentence that names the fish best."""
    answer = ask("北方似银汉鱼的身体是什么形状？", index_dir=physics_index)
    assert "长梭型" in answer.text.split("[1]")[0]


def test_where_a_thing_is_is_told_by_where_it_lies(physics_index):
    """"大沙西站在哪里" is the sentence that says where it lies (位于), not the first that names it."""
    answer = ask("大沙西站在哪里？", index_dir=physics_index)
    assert "位于黄埔区" in answer.text.split("[1]")[0]


def test_a_mix_up_asked_in_plain_words_is_found(physics_index):
    """"容易和什么菌弄混" is told as 混淆: a word the text does not use is no reason to abstain."""
    answer = ask("白牛肝菌容易和什么菌弄混？", index_dir=physics_index)
    assert "苦粉孢牛肝菌" in answer.text


def test_whoever_began_it_is_named_beside_the_deed(physics_index):
    """"是谁发现的" is answered by a sentence that tells who found it, not by one that tells it
    found by no one (被发现存在于…, 发现于墨西哥)."""
    assert "约翰·坎通" in ask("静电感应现象是谁发现的？", index_dir=physics_index).text
    assert ask("磷酸丙糖异构酶是谁最先发现的？", index_dir=physics_index).abstained
    assert ask("威拉龙的化石是谁发现的？", index_dir=physics_index).abstained


@pytest.fixture(scope="module")
def treaty_index(tmp_path_factory):
    """CMRC hard set 65's kinds of passage: a treaty's, whose reason for a deed stands after a
    sentence with 因此; a bird's that says what it is one of after its size; a player's, who studied at one school and taught at
    another; a lake's that ranks nothing; and two railway lines', each numbered."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "treaty", {
        "treaty.txt": "布鲁塞尔条约签署于1948年3月17日，签署国包括比利时、法国、卢森堡、荷兰以及英国。作为战后欧洲安全合作上的一项努力，"
                      "布鲁塞尔条约也堪称促成北大西洋公约组织的先驱。西欧国家因此开始寻求订定一个能包含军事力量强大的美国也能参与的共同防御协定。由于认知到苏联日渐增强的威胁，美国也支持这项构想。\n",
        "bird.txt": "紫冠雉是大型的鸟类，一般长86厘米及重1.7公斤。紫冠雉（“Penelope purpurascens”）是一种凤冠雉。紫冠雉栖于森林中。\n",
        "player.txt": "从职业篮球的球场上离开之后，布拉德利成为了位于犹他州西佐敦的西脉私立学校的一名教员。"
                      "布拉德利就读于杨百翰学院，由于他的身高而广受关注，曾在一场比赛中独得十个盖帽。\n",
        "lake.txt": "自2008年5月中国汶川大地震后，香港《南华早报》采用「quake lake」（地震湖）一词后，该词语普遍被世界各地的"
                    "英文媒体采用。堰塞湖是指山崩、土石流或熔岩堵塞河谷或河床，储水到一定程度便形成的湖泊。当堰塞湖构体受到冲刷、侵蚀、溶解、"
                    "崩塌等作用，最终会演变「溃堤」而瞬间发生山洪爆发的洪灾。\n",
        "line18.txt": "上海轨道交通18号线，为上海2010到2020年规划建设的一条轨道交通路线。二期工程起于一期工程长江南路站，"
                      "沿长江南路建设，共设5站及一个停车场。\n",
        "line21.txt": "本线在2010年后改为上海轨道交通21号线，为上海一条规划建设的轨道交通路线。其中自虹口足球场站至上海动物园站的"
                      "一期工程，全长19公里，共设17站，为上海2010~2020年间规划建设线路。\n",
    })


def test_a_reason_is_for_the_deed_asked(treaty_index):
    """"为什么美国支持…" is the sentence that says why 美国支持, not the one that names most of the
    question's words after 因此."""
    answer = ask("为什么美国支持西欧建立共同防御协定？", index_dir=treaty_index)
    assert "苏联日渐增强的威胁" in answer.text.split("[1]")[0]


def test_whoever_drafted_it_is_not_the_signatories(treaty_index):
    """"是由谁起草的": a treaty's signing names no drafter."""
    assert ask("布鲁塞尔条约是由谁起草的？", index_dir=treaty_index).abstained


def test_what_kind_a_thing_is_is_what_it_is_one_of(treaty_index):
    """"紫冠雉是哪一类鸟" is "是一种凤冠雉", not "是大型的鸟类"."""
    answer = ask("紫冠雉是哪一类鸟？", index_dir=treaty_index)
    assert "凤冠雉" in answer.text.split("[1]")[0]


def test_the_school_is_where_the_deed_asked_was_done(treaty_index):
    """"在哪所学校读书" is where he studied (就读于), not where he later taught."""
    answer = ask("布拉德利在哪所学校读书？", index_dir=treaty_index)
    assert "杨百翰学院" in answer.text.split("[1]")[0]


def test_a_superlative_is_not_told_by_finally(treaty_index):
    """"世界上最大的堰塞湖是哪个": 最终 ranks nothing."""
    assert ask("世界上最大的堰塞湖是哪个？", index_dir=treaty_index).abstained


def test_a_numbered_line_is_told_of_in_its_own_article(treaty_index):
    """"21号线一期工程共设几个车站" is 共设17站 in the 21号线's article, not the 18号线's 共设5站."""
    answer = ask("上海轨道交通21号线一期工程共设几个车站？", index_dir=treaty_index)
    assert "17站" in answer.text.split("[1]")[0]


@pytest.fixture(scope="module")
def crematorium_index(tmp_path_factory):
    """CMRC hard set 67's kinds of passage: a crematorium run by a government office; an old court
    house, its gate upstairs, set up (所设) by the government and staffed by so many people; a bridge
    whose city is told after others of its sentences."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "crematorium", {
        "crematorium.txt": "哥连臣角火葬场是香港一个火葬场，位于香港岛东区大潭峡，于1962年启用，邻近歌连臣角道及柴湾区内多个坟场，"
                           "场内是经火葬处理的先人骨灰龛。由食物环境衞生署管理。鉴于日益增加的火葬服务需求，食物环境衞生署分两阶段重建"
                           "歌连臣角火葬场，在原址重建10个新火化炉及其附属设施，预计2014年12月完成。\n",
        "lhasa.txt": "朗孜厦，原译朗仔辖，是清代拉萨的城市管理机构，原址位于今拉萨市城关区八廓街北段的一座三层藏式建筑，建筑面积约为"
                     "720平方米。朗孜厦原为清朝时西藏噶厦在拉萨所设的司法机构，管理拉萨市区的社会治安、卫生，并负责对所辖范围内犯人"
                     "进行判决、监管。朗孜厦大门设于二楼，一楼为地牢。朗孜厦的长官为五品米本二人，米本下设有文书一人、管理人员二名、"
                     "警员二十余名。\n",
        "bridge.txt": "霁虹桥始建于1926年4月，11月26日建成通车，此前此处为一座木桥。霁虹桥是一座典型的俄罗斯式桥梁建筑，设计师为"
                      "符拉基米尔·安德列耶维奇·巴利。霁虹桥位于黑龙江省哈尔滨市道里区和南岗区交界处，是一座桥上公路桥下铁路的立交桥。\n",
    })


def test_which_office_runs_it_is_the_sentence_naming_one(crematorium_index):
    """"由哪个部门管理" is "由食物环境衞生署管理", not the sentence that names the place best."""
    answer = ask("哥连臣角火葬场由哪个部门管理？", index_dir=crematorium_index)
    assert "由食物环境衞生署管理" in answer.text.split("[1]")[0]


def test_set_up_is_not_designed(crematorium_index):
    """"是谁设计的": 所设 (set up by) names no designer."""
    assert ask("朗孜厦是谁设计的？", index_dir=crematorium_index).abstained


def test_people_counted_are_the_ones_asked(crematorium_index):
    """"关押过多少名犯人": the officers and clerks counted are not prisoners; the floor asked is 二楼."""
    assert ask("朗孜厦一共关押过多少名犯人？", index_dir=crematorium_index).abstained
    assert "二楼" in ask("朗孜厦的大门在几楼？", index_dir=crematorium_index).text.split("[1]")[0]


def test_the_city_is_where_it_lies(crematorium_index):
    """"霁虹桥在哪个城市" is "位于黑龙江省哈尔滨市…", before sentences that name only its date or designer."""
    answer = ask("霁虹桥在哪个城市？", index_dir=crematorium_index)
    assert "哈尔滨" in answer.text.split("[1]")[0]



@pytest.fixture(scope="module")
def station_index(tmp_path_factory):
    """Held-out set 68's kinds of passage: a station's, its business listed before 业务 and its grade
    told as 特等站; a king's; a short-lived republic's, which names no prime minister; and slang's, what it mostly is told by 多为."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "station", {
        "station.txt": "株洲北站全称广州铁路（集团）公司株洲北火车站。车站办理编组、客运、货运业务。车站等级为特等站，按技术作业性质为"
                       "编组站，按业务性质为客货运站，主要办理京广、沪昆两大干线四个方向货物列车的到发、解编作业。\n",
        "king.txt": "吉格梅·多吉·旺楚克（，按藏文译法：旺秋·晋美多吉；），前任不丹国王。吉格梅·多吉·旺楚克让不丹向全世界开放，并开始民主"
                    "化的步伐。在他父亲的基础上，他成功终止了封建制度及奴隶制度，并且释放了余下的农奴。他鼓励使用现代工具来帮助本地农民。他又"
                    "建立高等法院并重组法律制度。1953年，他成立了国会——不丹首个一院制的国民议会。1963年，成立皇家咨询局。他在位的2"
                    "0年间，不丹社会取得了巨大的进步，如：1770公里的公路修建完成，建起了6所现代化医院。不丹还在1971年正式加入联合国"
                    "。吉格梅·多吉·旺楚克在20岁时确诊心脏病，因此他不得不经常长途跋涉去国外医治疗养。1972年他在肯尼亚内罗毕接受治疗期"
                    "间不幸病逝。\n",
        "republic.txt": "德意志-奥地利共和国（），是第一次世界大战结束，奥匈帝国解体后，其境内说德语的人所短暂建立的政权。其德语名Deutsch"
                        "österreich，意为“德意志奥地利”，原本为奥匈帝国时代帝国西部主要说德语的内莱塔尼亚（Cisleithanien"
                        "）地区一个非官方的称谓。随着一战临近尾声，1918年10月底奥匈帝国里的民族地区纷纷宣布独立，帝国的主体奥匈也解除了共主"
                        "联邦关系。11月3日帝国军队与协约国军队达成停火协议，11月11日战争正式结束，奥地利君主被驱逐，奥地利的君主制寿终正寝"
                        "。在战争结束之前，帝国议会以德语为母语的议员于10月21日在维也纳召开会议，在这次会议上，他们将自己所代表的内莱塔尼亚地"
                        "区正式命名为“德意志奥地利”。1919年9月10日，协约国与德意志奥地利共和国在圣日耳曼昂莱签署了《圣日耳曼条约》，根据"
                        "条约规定，德意志奥地利共和国于9月21日条约正式生效日起改名为奥地利共和国。\n",
        "premier.txt": "周恩来是中华人民共和国第一任国务院总理。\n",
        "slang.txt": "很多潮流用语源自年轻人之间自创和使用的俚语或网语。流行语大多有其寿命，说得多了便没有新鲜感，之后可能便会慢慢消失。"
                     "近年的潮流用语多为网上用语，其花款多，传播快。\n",
    })


def test_the_items_asked_are_named_by_the_noun(station_index):
    """"办理哪些业务" is "办理编组、客运、货运业务", not the sentence that lists 干线 before 作业; a grade is 特等站."""
    answer = ask("株洲北站办理哪些业务？", index_dir=station_index)
    assert "编组、客运、货运业务" in answer.text.split("[1]")[0]
    assert "特等站" in ask("株洲北站是几等站？", index_dir=station_index).text.split("[1]")[0]


def test_a_prime_minister_the_article_never_names(station_index):
    """"总理是谁": the republic's article names no 总理 (another article does)."""
    assert ask("德意志-奥地利共和国的总理是谁？", index_dir=station_index).abstained


def test_what_something_mostly_is(station_index):
    """"多为什么" asks what it mostly is, not why."""
    answer = ask("近年的潮流用语多为什么？", index_dir=station_index)
    assert "网上用语" in answer.text.split("[1]")[0]


@pytest.fixture(scope="module")
def program_index(tmp_path_factory):
    """Set 69's and 70's kinds of passage: a car show's, whose partner's name holds an ASCII !; a general's
    life, his posthumous name after 追谥 and the age he avenged his parents at; a king's, killed by a
    minister whose name jieba reads as a verb; a snake's, what it eats told twice."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "program", {
        "show.txt": "《Go车志》于2007年起在台湾交通电视台播放；2009年开始以YouTube为主要平台。节目内容以新车试驾评论为主。"
                    "该节目与Yahoo!奇摩汽车的合作，改变台湾网友上网搜寻车辆资讯的习惯。\n",
        "general.txt": "额亦都世居长白山，隶属于满洲镶黄旗，为后金开国五大臣之首。额亦都年幼时，父母为仇家所杀，十三岁，手刃其仇家，"
                       "前往投靠姑姑。额亦都遂跟随努尔哈赤，当时努尔哈赤二十二岁。天命六年六十岁去世，天聪元年，追谥弘毅。\n",
        "king.txt": "文周王是百济第22代国王。文周被百济遗臣拥为国王，建都熊津。文周王在位期间，以解仇为兵官佐平，并执朝政。"
                    "不久解仇专权用事，解仇遂于477年9月暗杀文周王。\n",
        "snake.txt": "死亡蛇是澳洲本土的特有种。当猎物靠近时，死亡蛇迅即行动，向对方猛噬并将毒液注入对方身体，等待猎物毒发身亡后，"
                     "死亡蛇便会把猎物吃下。死亡蛇主要进食小型的哺乳类动物及鸟类。\n",
    })


def test_a_name_with_an_exclamation_mark_stays_in_its_sentence(program_index):
    """"Yahoo!奇摩汽车" is one name: the sentence does not end at its !, so the partner is cited whole."""
    answer = ask("《Go车志》和哪个网站合作？", index_dir=program_index)
    assert "Yahoo!奇摩汽车的合作" in answer.text.split("[1]")[0]


def test_a_posthumous_name_and_an_age_by_a_synonym(program_index):
    """"被追谥为什么" asks the name (追谥弘毅), not why; "几岁时杀了仇人" is "十三岁，手刃其仇家"."""
    assert "追谥弘毅" in ask("额亦都死后被追谥为什么？", index_dir=program_index).text.split("[1]")[0]
    assert "十三岁" in ask("额亦都几岁时杀了仇人？", index_dir=program_index).text.split("[1]")[0]


def test_what_a_creature_mostly_eats(program_index):
    """"主要吃什么" is the sentence that says what it mostly eats (主要进食…哺乳类), before the one
    that tells it eats its prey (把猎物吃下)."""
    assert "哺乳类" in ask("死亡蛇主要吃什么？", index_dir=program_index).text.split("[1]")[0]


def test_a_doer_jieba_reads_as_a_verb(program_index):
    """"是谁暗杀了文周王": 解仇, whom 遂 shows did it; "都城定在哪里" is 建都熊津."""
    assert "解仇遂于" in ask("是谁暗杀了文周王？", index_dir=program_index).text.split("[1]")[0]
    assert "建都熊津" in ask("文周王把都城定在哪里？", index_dir=program_index).text.split("[1]")[0]


@pytest.fixture(scope="module")
def league_index(tmp_path_factory):
    """Set 71's kinds of passage: a league's season, begun by 展开; a film's source, its author's
    name closed by a year; a temple's gods and why its worshippers touch a bed; continents, one
    split by the question's verb beside another list of continents; a skater's medals by year."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "league", {
        "league.txt": "2007年亚足联冠军联赛是第26届亚洲冠军联赛，在2007年3月7日展开小组赛，首次有澳洲球队参与。"
                      "决赛的首回合比赛于11月7日进行。\n",
        "film.txt": "《没问题先生》是部2008年美国喜剧片，由派顿·瑞德执导，金·凯瑞领衔主演。"
                    "电影根据英国作家丹尼·华莱士2005年的原著《\"The Yes Man\"》改编而成。"
                    "北美首映开出1830万美元的成绩，荣登当周票房冠军。台湾排在新春档期连任双周冠军，台北票房累积总计共4936万，全台开出近9000万新台币的佳绩。\n",
        "temple.txt": "佛堂门天后古庙，俗称大庙，主奉天后妈祖。该庙属于三开间单进设计，大殿供奉天后娘娘，右偏殿则有一座铜钟及龙床。"
                      "左边偏殿分别供奉天后龙床及欢喜佛。除天后外，本庙亦供奉另一神祇金花娘娘。善信更喜欢到侧殿摸龙床，以求子或财帛。\n",
        "continent.txt": "约6亿年前，波罗地大陆、西伯利亚大陆、劳伦大陆，与刚果克拉通、原冈瓦那大陆聚合成潘诺西亚大陆。"
                         "潘诺西亚大陆分裂成冈瓦那大陆与原劳亚大陆。\n",
        "skater.txt": "叶乔波，前中国女子速度滑冰运动员，曾夺得世锦赛冠军和三枚奥运会奖牌，因伤病于1994年早早退役。"
                      "1992年在第十六届冬季奥林匹克运动会上，获得1000米和500米速滑的2枚银牌。为中国在冬奥会史上实现了奖牌零的突破。"
                      "1993年获第七届全运会女子短距离全能冠军；1994年带伤夺得第十七届冬季奥林匹克运动会女子1000米速滑铜牌；冬奥会后因伤退役。\n",
    })


def test_a_season_begun_and_a_book_by_an_author_named_before_a_year(league_index):
    """"小组赛哪天开赛" is "在2007年3月7日展开小组赛"; "改编自哪位作家的书" is "英国作家丹尼·华莱士2005年的原著"."""
    assert "3月7日" in ask("2007年亚足联冠军联赛的小组赛哪天开赛？", index_dir=league_index).text.split("[1]")[0]
    assert "丹尼·华莱士" in ask("《没问题先生》改编自哪位作家的书？", index_dir=league_index).text.split("[1]")[0]


def test_a_god_named_after_its_noun_and_a_purpose_after_yi(league_index):
    """"供奉哪位神祇" is "另一神祇金花娘娘"; "为什么喜欢去摸龙床" is "…摸龙床，以求子或财帛"."""
    assert "金花娘娘" in ask("除了天后，大庙还供奉哪位神祇？", index_dir=league_index).text.split("[1]")[0]
    assert "以求子" in ask("信众为什么喜欢去摸龙床？", index_dir=league_index).text.split("[1]")[0]


def test_a_list_by_the_question_s_verb_and_a_fact_of_the_year_asked(league_index):
    """"分裂成了哪两个大陆" is the sentence that says 分裂成, not the one listing continents before
    聚合成; "在1994年冬奥会上拿到了什么奖牌" is 1994's 铜牌, not 1992's 银牌."""
    assert "分裂成冈瓦那大陆" in ask("潘诺西亚大陆分裂成了哪两个大陆？", index_dir=league_index).text.split("[1]")[0]
    assert "铜牌" in ask("叶乔波在1994年冬奥会上拿到了什么奖牌？", index_dir=league_index).text.split("[1]")[0]


def test_takings_asked_of_one_market_are_not_another_s(league_index):
    """"在中国大陆的票房" is told by no sentence of 北美's or 台湾's takings: not found; 台湾's is."""
    assert ask("《没问题先生》在中国大陆的票房是多少？", index_dir=league_index).abstained
    assert "9000万新台币" in ask("《没问题先生》在台湾的票房是多少？", index_dir=league_index).text.split("[1]")[0]


@pytest.fixture(scope="module")
def prince_index(tmp_path_factory):
    """Set 72's kinds of passage: a prince's life, which tells his death and not his grave; an
    actor's, buried at sea; a station's, its buses run by a company of several words."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "prince", {
        "prince.txt": "朱椿，是明太祖朱元璋第十一子，母郭惠妃。朱椿于洪武二十三年正月初一就藩成都。"
                      "再度入朝，朱椿获赠金银彩缎数万。朱椿于1423年过世，年五十二，谥号蜀献王。\n",
        "actor.txt": "李昆，原名李心亮，香港暨台湾男演员。李昆生于天津，1951年赴港。2009年李昆病逝于台北。"
                     "遗体火化后，于淡水渔人码头海葬。\n",
        "station.txt": "武藏浦和站是一个位于埼玉县埼玉市南区的铁路车站。本站附近是埼玉市副都心区域，现正进行市区重建工程。"
                       "所有路线均由国际兴业巴士营运。\n",
    })


def test_a_grave_is_told_by_a_burial_or_not_at_all(prince_index):
    """"葬在哪里" of a life that tells no burial is not found (not its birth or its fief); "遗体安葬在
    哪里" is "于淡水渔人码头海葬"."""
    assert ask("朱椿葬在哪里？", index_dir=prince_index).abstained
    assert "淡水渔人码头" in ask("李昆的遗体安葬在哪里？", index_dir=prince_index).text.split("[1]")[0]


def test_a_company_named_in_several_words_before_its_deed(prince_index):
    """"由哪家公司营运" is "由国际兴业巴士营运": 国际/兴业/巴士, one of which jieba tags no common noun."""
    assert "国际兴业巴士" in ask("武藏浦和站附近的巴士由哪家公司营运？", index_dir=prince_index).text.split("[1]")[0]


@pytest.fixture(scope="module")
def postal_index(tmp_path_factory):
    """Set 73's kinds of passage: a year of a city's politics and economy, its standing committee
    named in full; a treaty signed on one day at a conference called on another; a scholar's
    languages, listed after 精通 and again after 掌握; a bird's predators and why it comes to town."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "postal", {
        "city.txt": "香港2004年继去年七一游行后再次经历了巨大政治争议，4月全国人民代表大会常务委员会第二次行使权力解释基本法，"
                    "并否决了0708年双普选。经济方面，失业率下跌至2004年第四季的6.5%，年内本地生产总值增长8.1%，"
                    "历时68个月的通缩终于结束。然而去年沙士期间，带来经济下滑以及增加开支，政府账目录得赤字401亿。\n",
        "treaty.txt": "伯尔尼条约于1874年签署，它成立了邮政总联盟。伯尔尼条约因在瑞士城市伯尔尼签署而得名，"
                      "是瑞士政府在1874年9月15日召开的国际会议的成果。条约在10月9日签署，它所成立的组织名为邮政总联盟。\n",
        "scholar.txt": "艾蒂安·拉莫特生于比利时迪南，是一名天主教神父。他精通梵文、巴利文、中文与藏文，是一位佛经翻译家。"
                       "他以印度学家著称，是当时欧洲从事印度佛教研究的权威，以其掌握梵语、巴利语、汉语、藏语的语言天赋著称。\n",
        "bird.txt": "松鸦是一种分布极广泛的鸦科动物。喜吃橡子。近年的市区地方出现了较多的松鸦，相信是与其原有栖地被持续破坏有关。"
                    "有时甚至会模仿其捕食者的声音以避过攻击，如灰林鸮。其他会捕猎松鸦的还包括苍鹰及游隼等。\n",
    })


def test_a_body_by_its_short_name_and_a_population_not_told_by_a_deficit(postal_index):
    """"人大常委会否决了什么" is told of 全国人民代表大会常务委员会; "人口是多少" is not "赤字401亿";
    "通缩持续了多久" is "历时68个月的通缩"."""
    assert "0708年双普选" in ask("人大常委会否决了什么？", index_dir=postal_index).text.split("[1]")[0]
    assert ask("2004年香港的人口是多少？", index_dir=postal_index).abstained
    assert "68个月" in ask("香港的通缩持续了多久？", index_dir=postal_index).text.split("[1]")[0]


def test_a_signing_is_not_dated_by_its_conference(postal_index):
    """"在哪天签署" is "在10月9日签署", not the day the conference was called (召开)."""
    first = ask("伯尔尼条约在哪天签署？", index_dir=postal_index).text.split("[1]")[0]
    assert "10月9日" in first and "9月15日" not in first


def test_a_list_by_the_question_s_adjective_and_creatures_by_what_they_do(postal_index):
    """"精通哪些语言" is the sentence that says 精通 (梵文…), not the one after 掌握; "哪些动物会捕猎松鸦"
    is "…捕猎松鸦的还包括苍鹰及游隼", creatures the text names, not calls 动物; "为什么近年市区出现了
    较多的松鸦" is "相信是与…被持续破坏有关"."""
    assert "梵文" in ask("拉莫特精通哪些语言？", index_dir=postal_index).text.split("[1]")[0]
    assert "苍鹰" in ask("哪些动物会捕猎松鸦？", index_dir=postal_index).text.split("[1]")[0]
    assert "栖地被持续破坏" in ask("为什么近年市区出现了较多的松鸦？", index_dir=postal_index).text.split("[1]")[0]


@pytest.fixture(scope="module")
def emperor_index(tmp_path_factory):
    """Held-out set 74's kinds of passage: an emperor's campaign in a land named as it is today, beside
    a state's counties, one of which bears the land's old name; a magazine's best-selling issue."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "emperor", {
        "vermont.txt": "佛蒙特州共有14个县。位于州最东北部的三个县：艾塞克斯县、奥尔良县和喀里多尼亚县被统称为「东北王国」。\n",
        "emperor.txt": "塞普蒂米乌斯·塞维鲁在193年4月14日－211年2月4日出任罗马皇帝。"
                       "公元208年他试图征服喀里多尼亚（今苏格兰），但在210年年末病倒，并于次年年初在艾伯拉肯去世。\n",
        "magazine.txt": "《选择》月刊是香港唯一一本以产品测试为主题的杂志。1988年第142期《选择》月刊，就特别请得家计会首任总干事"
                        "林贝聿嘉做封面介绍避孕套报告，该期竟然大卖7万多份，是创刊以来销量最高的一期。\n",
    })


def test_a_place_by_today_s_name_and_a_count_told_before_what_was_counted(emperor_index):
    """"喀里多尼亚就是今天的哪里" is "喀里多尼亚（今苏格兰）", though a county's article names 喀里多尼亚
    more (in so small a collection the emperor's article comes first anyway: a control that the aside
    holds); "创刊以来销量最高的一期卖了多少份" is "大卖7万多份，是创刊以来销量最高的一期"."""
    assert "苏格兰" in ask("喀里多尼亚就是今天的哪里？", index_dir=emperor_index).text.split("[1]")[0]
    assert "7万多份" in ask("创刊以来销量最高的一期卖了多少份？", index_dir=emperor_index).text.split("[1]")[0]


@pytest.fixture(scope="module")
def migration_index(tmp_path_factory):
    """Set 75's kinds of passage: a migration's causes, one region's floods worst of all; a radio
    channel's languages then and now; a fish's shape, its order's name and what it eats beside how it
    is cooked."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "migration", {
        "tree.txt": "洪洞大槐树位于山西省洪洞县，是明代的一处移民基地。元朝末年，自然灾害频有发生，黄河地区水患尤其严重。"
                    "同时统治者的高压统治，导致红巾军起义，战乱纷争，民不聊生，人口大量减少。\n",
        "radio.txt": "香港电台第六台是香港电台旗下的一个广播频道。香港电台第六台以普通话及粤语广播，全日二十四小时转播中央人民广播电台香港之声。"
                     "在香港电台第六台启播之前，英国广播公司国际频道的节目于香港电台第五台转播。"
                     "香港电台第六台于1989年12月3日启播时以英语广播，全日二十四小时转播英国广播公司国际频道。\n",
        "fish.txt": "黄足笛鲷，俗名赤笔仔，为辐鳍鱼纲鲈形目笛鲷科的其中一个种。本鱼体近椭圆形。尾鳍暗色；尾鳍叉形。"
                    "夜间觅食，习性凶猛，捕食甲壳类及小鱼。食用鱼，活鱼最适合清蒸，才能吃出鱼的鲜嫩。\n",
    })


def test_a_place_ranked_by_you_qi_a_language_and_a_fish_s_shape_and_food(migration_index):
    """"哪个地区水患最严重" is "黄河地区水患尤其严重" (尤其 ranks it); "启播时用什么语言广播" is
    "启播时以英语广播" (beside the languages of now); "尾鳍是什么形状" is "尾鳍叉形", not 鲈形目;
    "黄足笛鲷吃什么" is what it catches, not how it tastes (吃出鱼的鲜嫩)."""
    assert "黄河地区" in ask("元朝末年哪个地区水患最严重？", index_dir=migration_index).text.split("[1]")[0]
    assert "英语" in ask("第六台启播时用什么语言广播？", index_dir=migration_index).text
    assert "叉形" in ask("黄足笛鲷的尾鳍是什么形状？", index_dir=migration_index).text.split("[1]")[0]
    assert "甲壳类" in ask("黄足笛鲷吃什么？", index_dir=migration_index).text.split("[1]")[0]


@pytest.fixture(scope="module")
def coach_index(tmp_path_factory):
    """Held-out set 76's kinds of passage: a footballer who coaches a club now, said 现时; a
    statesman's life, where it ended in the bracket of its dates, his wife's death after his; why
    insects are few at sea, said 海中, beside another article's fish going back 海里 (the coach's
    and the insects' and fish's CMRC passages as given: DEV_143, DEV_359, DEV_312)."""
    from .conftest import built_index

    return built_index(tmp_path_factory, "coach", {
        "coach.txt": "尼高·高华（克罗地亚语：，），是一名克罗地亚职业足球运动员，前任克罗地亚国家队队长。在球场上他司职防守型中场，以抢截和传"
                     "球技术而著称。现时执教德甲法兰克福足球会。他和弟弟罗伯特·科瓦奇都出生于德国柏林，父母是从前南斯拉夫到西德打工的克罗地亚"
                     "人。科瓦奇十七岁时为柏林本地的球队效力，之后被柏林赫塔签入，之后的职业生涯中曾效力于多家德甲俱乐部。科瓦奇于1996年1"
                     "2月11日首次代表克罗地亚国家队上场，但是他却因伤错过了1998年世界杯而无缘铜牌。2004年欧锦赛后，他成为国家队队长"
                     "，并率队打入并参加了2006年世界杯和2008年欧锦赛，是中场重要球员。2013年10月17日，克罗地亚足协任命尼高·高"
                     "华为克罗地亚国家队新领队，合约为期三年至2016年欧洲国家杯决赛周为止。\n",
        "khama.txt": "塞雷茨·卡马爵士（1921年7月1日塞罗韦 - 1980年7月13日哈博罗内），博茨瓦纳政治家，曾任博茨瓦纳首任总统。"
                     "他一直担任总统至1980年7月因癌症病逝为止。妻子露丝则于2002年病逝于波扎那。\n",
        "insects.txt": "水栖昆虫本身并不是表示特定分类群的用语，生活史的一部分或全部过程在水面或在水中度过的昆虫，总称为水栖昆虫。虽然有的昆虫全"
                       "部生活史都在水中度过，但最多的还是卵、幼虫、蛹的阶段在水中度过。水栖昆虫于所有昆虫种类中不足3﹪，约有30,000种。主"
                       "要分布于淡水区域，池塘、沼泽、湖泊等静止水域和河流等流动水域都可以找到水栖昆虫的足迹。水栖昆虫有很多的分类群（分属11个"
                       "目），但基本特征是这些昆虫曾一度登陆，又再次把水域作为其生活的场所。最明显的证据是气管系统，此系统于陆上生存的重要演化。"
                       "蜉蝣类和蜻蜓类属于古老系统中有翅的昆虫群，除极少的例外种，几乎都属于水栖昆虫，在进化系统方面是值得关注的。大约在3亿五千"
                       "万年前，当时最早的两栖动物舍水登陆，昆虫在演化中发展出翅膀。根据可辨别的化石纪录，大约在3亿多年前，有翅昆虫曾经覆盖整个"
                       "地球。目前为止，大约有百分之三的昆虫回到水中居住。回到水中居住以后，呼吸便是一个先要解决的问题，所以呼吸空气中氧气的呼吸"
                       "系统，在许多方面有了改变。为什么海中的昆虫只有少数几种？为什么对于那样广阔的海洋要掉头不顾？部分原因是海中植物很少，海水"
                       "太深，过于汹涌澎湃。主要原因大概还是昆虫在海中有了真正的竞争对手：一种比昆虫更古老的节肢动物——甲壳类动物。体侧的气孔特"
                       "化，而位于身体两端的气孔以特殊的气管鳃代替气孔进行呼吸作用。 为了要适应水生的环境，所以身体形态上会有些特化的构造，例如"
                       "蜉蝣的稚虫有扁平或流线型的身体、网蚊的幼虫具有吸盘，这些构造都是为了防止被流水冲走。\n",
        "fish.txt": "加利福尼亚滑银汉鱼（学名：）为辐鳍鱼纲银汉鱼目银汉鱼科的一种。本鱼仅分布于美国加州的旧金山至圣地牙哥海岸边。水深0~18"
                    "公尺。本鱼体细长，略侧扁，头长略等于体高；吻短，其长略等于眼径；口尖突，完全伸出时几成管状；下腭短于上腭；主上腭骨窄小，"
                    "其末端不达瞳孔下方；前主上腭骨甚延长，弯曲，其后部较宽；具2分离背鳍，第一背鳍具5枚硬棘，位于体背中央之略后方；第二背鳍"
                    "具1枚硬棘及9枚软条，起点位于第一背其后方约7~9鳞片处；臀鳍基底甚长，具1枚硬棘及22枚软条，其起点在第一背鳍起点之前"
                    "下方；胸鳍三角形，其长略大于头长；腹鳍短小，其基底位于胸鳍末端之后下方；尾鳍深开叉；两腭无齿；体具光滑小圆鳞，一纵列具鳞"
                    "约75枚。体淡青色，半透明，体侧具略带蓝色之银色纵带，体长可达15公分。常成群游泳于近岸。本鱼有配合潮汐在沙滩上产卵之特"
                    "殊生殖习性，每年3~8月于美国加州之大潮时，每月月圆后的第2~4日晚上，潮水刚开始涨潮时，雌鱼随著拍上岸的浪潮近利游到海"
                    "滩高处，其后面伴游著数尾雄鱼；雌鱼将尾部钻进沙中，于沙面下约5公分处产卵，随后雄鱼将其身体围绕在雌鱼身上，将精液射到卵上"
                    "，并随即回到水中，其全部受精过程仅约30秒；然后雌鱼才于下一浪潮洄流时，退回海里。鱼卵在温暖潮湿之沙中要过10天左右，卵"
                    "内胚胎发育才能完全，此时潮流之水位较低，不致淹浸鱼卵，当下一次大潮到来时，把沙粒冲开始刚孵化之仔鱼随退下之海水漂流而去。"
                    "食用鱼，但为保育类鱼类，所有人被限定用手并且未满18岁，且仅能在夜间利用月光，提灯捕捉和手电筒。\n",
    })


def test_what_is_so_now_where_a_life_ended_and_a_cause_at_sea(coach_index):
    """"在哪里去世" is the place after his death's date (哈博罗内), not "…病逝为止" nor his wife's death.
    Controls, which hold on the start code in so small a collection (on the CMRC index, with all its
    articles, they did not): "现在执教哪支球队" is the sentence saying 现时执教; "为什么海里的昆虫很少"
    is "海中植物很少", not a fish going back 海里."""
    assert "哈博罗内" in ask("塞雷茨·卡马在哪里去世？", index_dir=coach_index).text.split("[1]")[0]
    assert "法兰克福" in ask("尼高·高华现在执教哪支球队？", index_dir=coach_index).text.split("[1]")[0]
    assert "海中植物很少" in ask("为什么海里的昆虫很少？", index_dir=coach_index).text.split("[1]")[0]
