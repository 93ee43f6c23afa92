from pathlib import Path

import pytest

from rag.loading import DocumentError, decode, is_closed, load_file, parse

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def paragraphs_of(name):
    return load_file(SEEDS / name)


def find(paragraphs, needle):
    found = [p for p in paragraphs if needle in p.text]
    assert found, f"no paragraph contains {needle!r}"
    return found[0]


def test_broken_paragraph_is_rejoined():
    p = find(paragraphs_of("001_05616813ccf286d4.txt"), "帮助企业抓党建、破难题、谋发展")
    assert p.kind == "body" and len(p.spans) == 2


def test_interrupted_paragraph_is_repaired_and_interrupter_kept():
    ps = paragraphs_of("000_f6862bbb343dde8c.txt")
    repaired = find(ps, "高新技术企业申请、金融贴息等方面的政策")
    interrupter = find(ps, "自今年橡塑管产业链委员会成立以来")
    assert repaired is not interrupter
    assert interrupter.text.startswith("自今年") and interrupter.text.endswith("高质量发展。")
    assert "融贴息" not in interrupter.text


def test_break_across_caption_and_other_paragraph():
    ps = paragraphs_of("003_32eacd7bfa546bd8.txt")
    assert find(ps, "周六重点项目现场观摩调度”机制").kind == "body"
    assert find(ps, "12月的刁镇大地").kind == "caption"
    assert find(ps, "小区议事会、楼长公示栏、党员名单").kind == "body"


def test_articles_titles_bylines_and_captions():
    ps = paragraphs_of("001_05616813ccf286d4.txt")
    byline = find(ps, "本报金乡讯")
    assert byline.kind == "byline" and byline.text == "本报金乡讯(通讯员 李坦 孙虎玉)"
    body = ps[byline.number]  # next paragraph
    assert body.text.startswith("今年以来,金乡县") and body.title == byline.title
    assert "激活红色引擎" in byline.title
    assert find(ps, "■通讯员 姚泰红 摄").kind == "caption"
    wei = find(ps, "建立27所基层党校")
    assert wei.title == "微山“三点发力” 提升党员教育质效"
    assert len({p.title for p in ps}) >= 6


@pytest.mark.parametrize("name", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_invariants_offsets_numbering_no_empty(name):
    original = (SEEDS / name).read_text(encoding="utf-8")
    ps = load_file(SEEDS / name)
    assert [p.number for p in ps] == list(range(1, len(ps) + 1))
    for p in ps:
        assert p.text.strip()
        pieces = "".join(original[a:b] for a, b in p.spans)
        assert pieces.replace(" ", "") == p.text.replace(" ", ""), p.id


def test_decoding_gbk_utf8_bom_and_refusals():
    assert decode("党建引领".encode("gbk")) == "党建引领"
    assert decode("\ufeff党建".encode("utf-8")) == "党建"
    with pytest.raises(DocumentError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(DocumentError, match="UTF-8"):
        decode(bytes(range(128, 256)) * 4)


def test_empty_file_is_refused(tmp_path):
    (tmp_path / "e.txt").write_text("  \n\n", encoding="utf-8")
    with pytest.raises(DocumentError, match="e.txt"):
        load_file(tmp_path / "e.txt")


def test_is_closed():
    assert not is_closed("培育40")
    assert is_closed("(作者系汶上县寅寺镇党委书记)")


def test_markdown_heading_becomes_title():
    ps = parse("# 标题一\n\n正文第一句。\n", "x.md")
    assert [(p.kind, p.text, p.title) for p in ps] == [("title", "标题一", "标题一"), ("body", "正文第一句。", "标题一")]


def test_interrupter_is_not_swallowed_when_the_repaired_paragraph_breaks_again():
    text = ("标题\n\n委员会邀请专家讲解企业申请、金\n\n这是另一段完整的话。\n\n融贴息等方面的政策，帮助企业抓\n\n"
            "党建、破难题。\n")
    ps = [p.text for p in parse(text, "t.txt")]
    assert "委员会邀请专家讲解企业申请、金融贴息等方面的政策，帮助企业抓党建、破难题。" in ps
    assert "这是另一段完整的话。" in ps
