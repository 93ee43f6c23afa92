import json

import numpy as np
import pytest

from rag import Settings, ask, build_index
from rag import store
from rag.api import get_engine
from rag.embedding import get_embedder

from .conftest import SMALL_DOCS, write_docs


def test_manifest_records_what_the_index_was_built_from(small_index):
    docs, index_dir = small_index
    manifest = store.read_manifest(index_dir)
    assert manifest["format_version"] == store.FORMAT_VERSION
    assert manifest["model"] == "m3e-small" and manifest["dimension"] == 512
    assert sorted(manifest["files"]) == ["a.txt", "b.txt", "c.md"]
    assert manifest["fingerprint"] == store.fingerprint(store.docs_files(docs))
    idx = store.load(index_dir)
    assert idx.dense.ntotal == len(idx.units) == manifest["counts"]["units"]
    assert idx.sentence_vectors.shape == (len(idx.sentences), 512)
    # vectors are normalised, so inner product is cosine
    assert np.allclose(np.linalg.norm(idx.sentence_vectors, axis=1), 1.0, atol=1e-4)


def test_bm25_and_dense_find_the_right_article(small_index):
    _, index_dir = small_index
    answer = ask("绿水街道清理了多少吨河道垃圾？", index_dir=index_dir)
    assert not answer.abstained
    assert "45吨" in answer.text and answer.citations[0].source == "c.md"
    answer = ask("红旗村建了几座光伏电站？", index_dir=index_dir)
    assert "3座" in answer.text and answer.citations[0].source == "a.txt"


def test_rejoined_paragraph_is_one_citation(small_index):
    _, index_dir = small_index
    idx = store.load(index_dir)
    texts = [p.text for p in idx.paragraphs if p.source == "a.txt"]
    assert "电站收益全部用于村集体，帮助村民增收致富。" in texts


def test_corrupted_file_is_reported_not_served(tmp_path):
    docs = write_docs(tmp_path / "docs", SMALL_DOCS)
    build_index(docs, tmp_path / "index")
    gen = store.current_generation(tmp_path / "index")
    data = (gen / "sentences.npy").read_bytes()
    (gen / "sentences.npy").write_bytes(data[:100] + b"garbage" + data[107:])
    with pytest.raises(store.IndexCorrupt, match="damaged"):
        store.load(tmp_path / "index")


def test_corrupted_index_with_documents_is_rebuilt(tmp_path):
    docs = write_docs(tmp_path / "docs", SMALL_DOCS)
    build_index(docs, tmp_path / "index")
    gen = store.current_generation(tmp_path / "index")
    (gen / "paragraphs.json").write_text("{not json", encoding="utf-8")
    answer = ask("青山镇组织了多少名医生？", index_dir=tmp_path / "index")
    assert "18名" in answer.text
    assert store.current_generation(tmp_path / "index") != gen


def test_mismatched_model_is_refused(small_index):
    _, index_dir = small_index
    with pytest.raises(store.IndexMismatch, match="model"):
        store.load(index_dir, model="bge-m3")
    with pytest.raises(store.IndexMismatch, match="dimension"):
        store.load(index_dir, dimension=1024)


def test_stale_index_is_rebuilt_when_documents_change(tmp_path):
    docs = write_docs(tmp_path / "docs", SMALL_DOCS)
    build_index(docs, tmp_path / "index")
    assert ask("白云村修了几条路？", index_dir=tmp_path / "index").abstained
    write_docs(docs, {"d.txt": "白云村修路\n\n白云村今年修建水泥路7条，总长12公里。\n"})
    from rag import api
    api._ENGINES.clear()
    answer = ask("白云村修了几条路？", index_dir=tmp_path / "index")
    assert "7条" in answer.text and answer.citations[0].source == "d.txt"


class _Exploding:
    """An embedder that dies partway through a build, like a killed process."""

    def __init__(self, real, after):
        self.name, self.dimension, self._real, self._left = real.name, real.dimension, real, after

    def embed(self, texts):
        self._left -= 1
        if self._left < 0:
            raise KeyboardInterrupt("killed")
        return self._real.embed(texts)


def test_build_that_dies_leaves_previous_index_working(tmp_path, monkeypatch):
    docs = write_docs(tmp_path / "docs", SMALL_DOCS)
    build_index(docs, tmp_path / "index")
    before = store.current_generation(tmp_path / "index")
    paragraphs, _ = store.read_documents(docs)
    with pytest.raises(KeyboardInterrupt):  # killed while embedding
        store.build(paragraphs, _Exploding(get_embedder(), after=1), chunk_max_chars=220, files={})
    index = store.build(paragraphs, get_embedder(), chunk_max_chars=220, files={})

    def killed(*args, **kwargs):
        raise KeyboardInterrupt("killed while writing")

    monkeypatch.setattr(store.np, "save", killed)  # dies after the JSON files are written
    with pytest.raises(KeyboardInterrupt):
        store.save(index, tmp_path / "index")
    monkeypatch.undo()
    assert store.current_generation(tmp_path / "index") == before
    assert not [p for p in (tmp_path / "index").iterdir() if p.name.startswith(".tmp")]
    assert store.load(tmp_path / "index").manifest["counts"]["paragraphs"] > 0


def test_undecodable_and_binary_files_are_skipped_with_their_names(tmp_path):
    docs = write_docs(tmp_path / "docs", {**SMALL_DOCS, "bad.txt": bytes(range(128, 256)) * 8,
                                          "img.txt": b"\x89PNG\x00\x00\x00\x01", "gbk.txt": "黄河镇植树\n\n黄河镇植树3000棵。\n".encode("gbk")})
    manifest = build_index(docs, tmp_path / "index")
    assert sorted(manifest["skipped"]) == ["bad.txt", "img.txt"]
    answer = ask("黄河镇植树多少棵？", index_dir=tmp_path / "index")
    assert "3000棵" in answer.text and answer.citations[0].source == "gbk.txt"
    assert any("bad.txt" in w for w in answer.warnings)


def test_empty_folder_is_refused_and_keeps_existing_index(tmp_path):
    from rag import NoDocuments
    docs = write_docs(tmp_path / "docs", SMALL_DOCS)
    build_index(docs, tmp_path / "index")
    before = store.current_generation(tmp_path / "index")
    (tmp_path / "empty").mkdir()
    with pytest.raises(NoDocuments, match="no .txt or .md"):
        build_index(tmp_path / "empty", tmp_path / "index")
    assert store.current_generation(tmp_path / "index") == before
