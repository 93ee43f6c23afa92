import numpy as np
import pytest

from rag import NoDocuments, ask, build_index
from rag import api, store
from rag.answer import _weighted_terms
from rag.retrieval import query_tokens, search
from rag.store.local import FORMAT_VERSION, current_folder, open_store, read_meta

from .conftest import SMALL_DOCS, write_docs


def test_store_records_what_it_was_built_from(small_index):
    docs, index_dir = small_index
    meta = read_meta(index_dir)
    assert meta["format_version"] == FORMAT_VERSION
    assert meta["model"] == "m3e-small" and meta["dimension"] == 512
    assert meta["docs_dir"] == str(docs.resolve())
    s = open_store(index_dir)
    assert [d.source for d in s.documents()] == ["a.txt", "b.txt", "c.md"]
    assert [d.paragraphs for d in s.documents()] == [4, 3, 2]
    counts = s.counts()
    assert counts["documents"] == 3 and counts["units"] == s.segments.ntotal == s.keywords.count()
    # sentence vectors come back normalised (stored as float16: within 1e-2)
    paragraphs = s.paragraphs(list(range(1, 10)))
    norms = [np.linalg.norm(x.vector) for p in paragraphs.values() for x in p.sentences]
    assert norms and np.allclose(norms, 1.0, atol=1e-2)


def test_keyword_and_dense_search_find_the_right_article(small_index):
    _, index_dir = small_index
    answer = ask("绿水街道清理了多少吨河道垃圾？", index_dir=index_dir)
    assert not answer.abstained
    assert "45吨" in answer.text and answer.citations[0].source == "c.md"
    answer = ask("红旗村建了几座光伏电站？", index_dir=index_dir)
    assert "3座" in answer.text and answer.citations[0].source == "a.txt"
    s = open_store(index_dir)
    (unit, _), *_ = s.search_keywords(["柳树"], 5)
    assert s.paragraphs([s.units([unit])[unit].paragraph], with_sentences=False).popitem()[1].source == "c.md"


def test_fused_search_weighs_dense_against_keywords(small_index):
    _, index_dir = small_index
    engine = api.get_engine(index_dir)
    vector = engine.embed_query("青山镇卫生院组织医生为老人免费体检")  # b.txt's words...
    words = ["柳树"]  # ...and c.md's
    s = engine.store

    def top(weight):
        hits = search(s, vector, words, candidates=10, top_k=3, dense_weight=weight)
        assert all(0.0 <= h.score <= 1.0 for h in hits)
        return s.paragraphs([hits[0].paragraph], with_sentences=False).popitem()[1].source, hits[0].score

    assert top(1.0) == ("b.txt", 1.0)
    assert top(0.0) == ("c.md", 1.0)
    source, score = top(0.4)
    assert source == "c.md" and score >= 0.6  # the only keyword hit leads the dense-only ones


def test_a_particle_jieba_glues_onto_a_name_comes_off_the_search_words(tmp_path):
    """jieba cuts "王沈是哪里人" as 王沈是 / 人: a word no article has, so keyword search would miss
    the article about 王沈. A word the collection has keeps its particle-like end (卫生院)."""
    docs = write_docs(tmp_path / "docs", {
        "a.txt": "王沈传\n\n王沈，字处道，太原晋阳人。祖父王柔，汉匈奴中郎将。\n",
        "b.txt": "青山镇开展义诊活动\n\n青山镇卫生院组织医生18名，为老人免费体检。\n"})
    build_index(docs, tmp_path / "index")
    s = open_store(tmp_path / "index")
    assert query_tokens(s, "王沈是哪里人？") == ["王沈", "人"]
    assert query_tokens(s, "卫生院有多少名医生？") == ["卫生", "卫生院", "名", "医生"]
    (unit, _), *_ = s.search_keywords(query_tokens(s, "王沈是哪里人？"), 5)
    assert s.paragraphs([s.units([unit])[unit].paragraph], with_sentences=False).popitem()[1].source == "a.txt"


def test_a_word_jieba_cuts_across_the_collection_s_words_is_recut_into_them(tmp_path):
    """jieba cuts "县乡党校办了" as 县 / 乡党 / 校办, words no article has; the article says 县乡党校
    (cut 县乡 / 党校), which keyword search then finds."""
    docs = write_docs(tmp_path / "docs", {
        "a.txt": "党员教育\n\n截至目前，县乡党校举办各类主体班次972期，培训党员18000余人。\n",
        "b.txt": "青山镇开展义诊活动\n\n青山镇卫生院组织医生18名，为老人免费体检。\n"})
    build_index(docs, tmp_path / "index")
    s = open_store(tmp_path / "index")
    words = query_tokens(s, "县乡党校办了多少期班？")
    assert "县乡" in words and "党校" in words and "乡党" not in words, words
    (unit, _), *_ = s.search_keywords(words, 5)
    assert s.paragraphs([s.units([unit])[unit].paragraph], with_sentences=False).popitem()[1].source == "a.txt"
    # (and the sentence-scoring terms are recut the same way: 县乡 and 党校 weigh, 乡党 does not)
    terms = _weighted_terms(s, "县乡党校办了多少期班？", "县乡党校办了多少期班？")
    assert "县乡" in terms and "党校" in terms and "乡党" not in terms, terms


def test_a_word_jieba_cuts_shorter_than_the_collection_s_is_lengthened_to_it(tmp_path):
    """jieba cuts "雌狸大约有多长" as 雌狸 / 大约 / 多长, but the article's "雌狸长65厘米" as 雌狸长:
    雌狸 is a word no article has, and the search missed the article."""
    docs = write_docs(tmp_path / "docs", {
        "a.txt": "马岛长尾狸猫\n\n马岛长尾狸猫是马达加斯加特有的哺乳动物。雌狸长65-70厘米，尾巴差不多与雄狸一样长。\n",
        "b.txt": "青山镇开展义诊活动\n\n青山镇卫生院组织医生18名，为老人免费体检。\n"})
    build_index(docs, tmp_path / "index")
    s = open_store(tmp_path / "index")
    assert s.longer_terms("雌狸") == {"雌狸长": 1}
    words = query_tokens(s, "雌狸大约有多长？")
    assert "雌狸长" in words, words
    (unit, _), *_ = s.search_keywords(words, 5)
    assert s.paragraphs([s.units([unit])[unit].paragraph], with_sentences=False).popitem()[1].source == "a.txt"
    terms = _weighted_terms(s, "雌狸大约有多长？", "雌狸大约有多长？")
    assert "雌狸长" in terms and "雌狸" not in terms, terms


def test_a_name_jieba_cuts_into_its_characters_is_searched_by_the_collection_s_words(tmp_path):
    """jieba cuts "红钻鱼的背鳍…" as 红/钻/鱼 but the article's "红钻鱼（学名：），又称…" as 红/钻鱼:
    single characters match any fish's article, and other fishes' spines outscored it."""
    docs = write_docs(tmp_path / "docs", {
        "a.txt": "红钻鱼\n\n红钻鱼（学名：），又称大口滨鲷、红肉钻、红鸡仔、滨鲷。背鳍硬棘10枚，软条11枚。\n",
        "b.txt": "黄鱼\n\n黄鱼，又称黄花鱼。背鳍硬棘9枚、背鳍软条10枚。\n",
        "c.txt": "红鲷\n\n红鲷鱼，鱼体红色。背鳍硬棘12枚。\n"})
    build_index(docs, tmp_path / "index")
    s = open_store(tmp_path / "index")
    words = query_tokens(s, "红钻鱼的背鳍有几根硬棘？")
    assert "钻鱼" in words, words
    (unit, _), *_ = s.search_keywords(words, 5)
    assert s.paragraphs([s.units([unit])[unit].paragraph], with_sentences=False).popitem()[1].source == "a.txt"


def test_rejoined_paragraph_is_one_citation(small_index):
    _, index_dir = small_index
    s = open_store(index_dir)
    unit = s.search_keywords(["增收"], 1)[0][0]
    paragraph = s.paragraphs([s.units([unit])[unit].paragraph]).popitem()[1]
    assert paragraph.text == "电站收益全部用于村集体，帮助村民增收致富。"
    assert [x.text for x in paragraph.sentences] == [paragraph.text]


def _damage(path):
    data = bytearray(path.read_bytes())
    data[:100] = b"garbage!" * 12 + b"gone"
    path.write_bytes(bytes(data))


def test_damaged_database_is_reported_not_served(tmp_path):
    docs = write_docs(tmp_path / "docs", SMALL_DOCS)
    build_index(docs, tmp_path / "index")
    _damage(current_folder(tmp_path / "index") / "store.sqlite")
    with pytest.raises(store.IndexCorrupt, match="damaged"):
        open_store(tmp_path / "index")


def test_damaged_vectors_are_reported_not_served(tmp_path):
    docs = write_docs(tmp_path / "docs", SMALL_DOCS)
    build_index(docs, tmp_path / "index")
    (segment,) = (current_folder(tmp_path / "index") / "vectors").iterdir()
    segment.write_bytes(segment.read_bytes()[:50])
    opened = open_store(tmp_path / "index")  # vectors are read on first use
    with pytest.raises(store.IndexCorrupt, match="rebuild"):
        opened.search_dense(np.ones(512, np.float32), 3)
    api._ENGINES.clear()
    assert "18名" in ask("青山镇组织了多少名医生？", index_dir=tmp_path / "index").text  # rebuilt from docs/


def test_damaged_index_with_documents_is_rebuilt(tmp_path):
    docs = write_docs(tmp_path / "docs", SMALL_DOCS)
    build_index(docs, tmp_path / "index")
    gen = current_folder(tmp_path / "index")
    _damage(gen / "store.sqlite")
    answer = ask("青山镇组织了多少名医生？", index_dir=tmp_path / "index")
    assert "18名" in answer.text
    assert current_folder(tmp_path / "index") != gen


def test_mismatched_model_is_refused(small_index):
    _, index_dir = small_index
    with pytest.raises(store.IndexMismatch, match="model"):
        open_store(index_dir, model="bge-m3")
    with pytest.raises(store.IndexMismatch, match="dimension"):
        open_store(index_dir, dimension=1024)


def test_index_follows_its_folder_without_rebuilding(tmp_path):
    docs = write_docs(tmp_path / "docs", SMALL_DOCS)
    build_index(docs, tmp_path / "index")
    gen = current_folder(tmp_path / "index")
    assert ask("白云村修了几条路？", index_dir=tmp_path / "index").abstained
    write_docs(docs, {"d.txt": "白云村修路\n\n白云村今年修建水泥路7条，总长12公里。\n"})
    (docs / "b.txt").unlink()
    api._ENGINES.clear()  # a new process opening the index
    answer = ask("白云村修了几条路？", index_dir=tmp_path / "index")
    assert "7条" in answer.text and answer.citations[0].source == "d.txt"
    assert ask("青山镇组织了多少名医生？", index_dir=tmp_path / "index").abstained
    assert current_folder(tmp_path / "index") == gen  # synced in place, not rebuilt
    assert [d.source for d in open_store(tmp_path / "index").documents()] == ["a.txt", "c.md", "d.txt"]


class _Exploding:
    """An embedder that dies partway through a build, like a killed process."""

    def __init__(self, real, after):
        self.name, self.dimension, self._real, self._left = real.name, real.dimension, real, after

    def embed(self, texts):
        self._left -= 1
        if self._left < 0:
            raise KeyboardInterrupt("killed")
        return self._real.embed(texts)


def test_interrupted_build_keeps_old_index_and_resumes(tmp_path, monkeypatch):
    from rag import library
    from rag.embedding import get_embedder
    docs = write_docs(tmp_path / "docs", SMALL_DOCS)
    build_index(docs, tmp_path / "index")
    before = current_folder(tmp_path / "index")
    more = {f"n{i}.txt": f"第{i}村新闻\n\n第{i}村今年修路{i}条。\n" for i in range(6)}
    write_docs(docs, more)
    real = get_embedder()
    # batches of one document: two batches (four embed calls) are written, then the process "dies"
    monkeypatch.setattr(library, "get_embedder", lambda *a: _Exploding(real, after=4))
    from rag.config import Settings
    settings = Settings(build_batch_units=1).checked()
    with pytest.raises(KeyboardInterrupt):
        build_index(docs, tmp_path / "index", settings=settings)
    assert current_folder(tmp_path / "index") == before  # the old index still serves
    assert [d.source for d in open_store(tmp_path / "index").documents()] == ["a.txt", "b.txt", "c.md"]
    partial = [d.source for d in store.LocalStore(tmp_path / "index" / ".building", None).documents()]
    assert partial == ["a.txt", "b.txt"]

    calls = []

    class Counting(_Exploding):
        def embed(self, texts):
            calls.append(len(texts))
            return self._real.embed(texts)

    monkeypatch.setattr(library, "get_embedder", lambda *a: Counting(real, after=0))
    manifest = build_index(docs, tmp_path / "index", settings=settings)
    assert sorted(manifest["files"]) == sorted(["a.txt", "b.txt", "c.md", *more])
    assert len(calls) == 2 * 7  # units and sentences of the 7 documents not yet written, no more
    assert not (tmp_path / "index" / ".building").exists()
    api._ENGINES.clear()
    assert "3条" in ask("第3村今年修路多少条？", index_dir=tmp_path / "index").text


def test_undecodable_and_binary_files_are_skipped_with_their_names(tmp_path):
    docs = write_docs(tmp_path / "docs", {**SMALL_DOCS, "bad.txt": bytes(range(128, 256)) * 8,
                                          "img.txt": b"\x89PNG\x00\x00\x00\x01", "gbk.txt": "黄河镇植树\n\n黄河镇植树3000棵。\n".encode("gbk")})
    manifest = build_index(docs, tmp_path / "index")
    assert sorted(manifest["skipped"]) == ["bad.txt", "img.txt"]
    answer = ask("黄河镇植树多少棵？", index_dir=tmp_path / "index")
    assert "3000棵" in answer.text and answer.citations[0].source == "gbk.txt"
    assert any("bad.txt" in w for w in answer.warnings)


def test_empty_folder_is_refused_and_keeps_existing_index(tmp_path):
    docs = write_docs(tmp_path / "docs", SMALL_DOCS)
    build_index(docs, tmp_path / "index")
    before = current_folder(tmp_path / "index")
    (tmp_path / "empty").mkdir()
    with pytest.raises(NoDocuments, match=r"no documents \(\.txt, \.md, \.pdf"):
        build_index(tmp_path / "empty", tmp_path / "index")
    unreadable = write_docs(tmp_path / "bad", {"x.txt": bytes(range(128, 256)) * 8})
    with pytest.raises(NoDocuments, match="could be read"):
        build_index(unreadable, tmp_path / "index")
    assert current_folder(tmp_path / "index") == before
    assert not (tmp_path / "index" / ".building").exists()
