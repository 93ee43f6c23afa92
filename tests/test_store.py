"""The Store Protocol, written once and run on every implementation (local, Milvus Lite).

Documents here are built by hand with fixed vectors, so each assertion is about the store alone.
"""
import numpy as np
import pytest

from rag.store import PreparedDocument, PreparedUnit
from rag.store.local import begin_build, finish_build, open_store, write_lock
from rag.types import Paragraph

DIM = 8


def vector(seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).standard_normal(DIM).astype(np.float32)
    return v / np.linalg.norm(v)


def document(source: str, facts: list[str], seed: int, title: str = "标题") -> PreparedDocument:
    paragraphs = [Paragraph(source, title, 1, title, "title")]
    paragraphs += [Paragraph(source, title, i + 2, f, "body") for i, f in enumerate(facts)]
    units = [PreparedUnit(i, p.text, p.text.split(), vector(seed * 100 + i), [p.text], np.stack([vector(seed * 100 + i)]))
             for i, p in enumerate(paragraphs)]
    return PreparedDocument(source, f"sha-{source}-{seed}", paragraphs=paragraphs, units=units)


def local_store(folder):
    lock = write_lock(folder)
    finish_build(folder, begin_build(folder, {"model": "fixed", "dimension": DIM, "chunk_max_chars": 220}, lock))
    return lambda: open_store(folder)


def milvus_store(folder):
    """Embedded Milvus Lite: a file in the index folder, reached through pymilvus."""
    from rag.store import milvus

    uri = str(folder / "milvus.db")
    milvus.create_store(folder, {"model": "fixed", "dimension": DIM, "chunk_max_chars": 220}, uri=uri)
    return lambda: milvus.open_store(folder, uri=uri)


@pytest.fixture(params=["local", "milvus"])
def open_new(request, tmp_path):
    """A function that opens the same (initially empty) store again, like another process."""
    return {"local": local_store, "milvus": milvus_store}[request.param](tmp_path / "index")


def test_added_documents_are_found_by_vector_and_by_keyword(open_new):
    store = open_new()
    store.add([document("a.txt", ["红旗村 光伏 电站", "村民 增收"], 1), document("b.txt", ["青山镇 义诊"], 2)])
    store.refresh()
    assert [(d.source, d.paragraphs) for d in store.documents()] == [("a.txt", 3), ("b.txt", 2)]
    (unit, score), *_ = store.search_dense(vector(101), 3)  # a.txt's second unit
    assert score == pytest.approx(1.0, abs=1e-5)
    found = store.units([unit])[unit]
    assert found.text == "红旗村 光伏 电站"
    (kw_unit, _), = store.search_keywords(["义诊", "不存在"], 5)
    paragraph = store.paragraphs([store.units([kw_unit])[kw_unit].paragraph])
    (p,) = paragraph.values()
    assert (p.source, p.number, p.kind, p.text) == ("b.txt", 2, "body", "青山镇 义诊")
    assert [s.text for s in p.sentences] == ["青山镇 义诊"]
    assert np.allclose(p.sentences[0].vector, vector(201), atol=1e-2)
    article = store.article(p.id)
    assert [store.paragraphs([i])[i].number for i in article] == [1, 2]
    df, n = store.document_frequency(["红旗村", "义诊", "无"])
    assert df == {"红旗村": 1, "义诊": 1} and n == 5


def test_longer_terms_are_the_term_and_one_character_more(open_new):
    store = open_new()
    store.add([document("a.txt", ["雌狸长 65厘米", "雌狸长尾 雌 雌狸重 雌狸长"], 1)])
    store.refresh()
    assert store.longer_terms("雌狸") == {"雌狸长": 2, "雌狸重": 1}  # not 雌狸长尾, nor 雌
    assert store.longer_terms("雌狸长") == {"雌狸长尾": 1}
    assert store.longer_terms("狸") == {}  # (a term's start, not any part of it)
    assert store.longer_terms('雌"') == store.longer_terms("雌%") == store.longer_terms("") == {}
    store.remove(["a.txt"])
    store.refresh()
    assert store.longer_terms("雌狸") == {}


def test_same_name_replaces_and_remove_forgets(open_new):
    store = open_new()
    store.add([document("a.txt", ["旧 内容"], 1)])
    store.add([document("a.txt", ["新 内容"], 3)])
    store.refresh()
    assert [d.sha256 for d in store.documents()] == ["sha-a.txt-3"]
    assert not store.search_keywords(["旧"], 5)
    hits = [u for u, _ in store.search_dense(vector(101), 5)]  # the old document's vector
    assert len(hits) == 2 and set(store.units(hits)) == set(hits)  # only the new units come back
    assert store.remove(["a.txt", "zzz.txt"]) == ["a.txt"]
    store.refresh()
    assert store.documents() == [] and store.search_dense(vector(301), 5) == []
    assert store.document_frequency(["新"]) == ({}, 0)


def test_another_reader_sees_writes_on_refresh(open_new):
    writer, reader = open_new(), open_new()
    assert reader.search_keywords(["义诊"], 5) == []
    writer.add([document("b.txt", ["青山镇 义诊"], 2)])
    assert reader.refresh() is True
    assert len(reader.search_keywords(["义诊"], 5)) == 1
    assert reader.refresh() is False  # nothing new: one integer read
