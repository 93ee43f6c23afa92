"""Uploads: checked before anything is written, added without rebuilding, answerable at once."""
from rag import Settings, ask, build_index
from rag.indexing import file_hash
from rag.store.local import open_store
from rag.uploads import upload

from .conftest import SMALL_DOCS, write_docs


def test_upload_adds_without_reembedding_and_refuses_bad_files(tmp_path):
    docs = write_docs(tmp_path / "docs", SMALL_DOCS)
    build_index(docs, tmp_path / "index")
    settings = Settings.from_env(docs_dir=docs, index_dir=tmp_path / "index", max_upload_bytes=10_000)
    before = open_store(tmp_path / "index")
    old_files = set((before.folder / "vectors").iterdir())
    good = "黄河镇植树\n\n黄河镇今年植树3000棵。\n".encode("gbk")
    report = upload([
        ("../../evil/黄河.txt", good),                       # path stripped to its name
        ("copy.txt", SMALL_DOCS["b.txt"].encode("utf-8")),  # same bytes as b.txt
        ("big.txt", "字".encode("utf-8") * 5000),           # 15,000 bytes > 10,000
        ("bin.txt", b"\x89PNG\x00\x00\x01\x02"),
        ("empty.md", b"   \n"),
        ("notes.pdf", b"%PDF-1.4"),
        (".hidden.txt", good),
    ], settings=settings)
    assert report.added == {"黄河.txt": 2}
    assert set(report.refused) == {"copy.txt", "big.txt", "bin.txt", "empty.md", "notes.pdf", ".hidden.txt"}
    assert "b.txt" in report.refused["copy.txt"] and "太大" in report.refused["big.txt"]
    assert sorted(p.name for p in docs.iterdir()) == ["a.txt", "b.txt", "c.md", "黄河.txt"]
    assert not (tmp_path / "evil").exists()

    after = open_store(tmp_path / "index")
    assert after.segments.ntotal > before.segments.ntotal
    # the old vectors were not rewritten: their file is untouched, the new ones are a new file
    assert old_files < set((after.folder / "vectors").iterdir())
    assert {d.source: d.sha256 for d in after.documents()}["黄河.txt"] == file_hash(docs / "黄河.txt")

    answer = ask("黄河镇今年植树多少棵？", settings=settings)
    assert "3000棵" in answer.text and answer.citations[0].source == "黄河.txt"

    again = upload([("黄河2.txt", good)], settings=settings)
    assert again.added == {} and "黄河.txt" in again.refused["黄河2.txt"]

    renamed = "黄河镇植树\n\n黄河镇今年植树4000棵。\n".encode("utf-8")
    refused = upload([("黄河.txt", renamed)], settings=settings)
    assert refused.added == {} and "同名" in refused.refused["黄河.txt"]
    replaced = upload([("黄河.txt", renamed)], settings=settings, replace=True)
    assert replaced.added == {"黄河.txt": 2}
    answer = ask("黄河镇今年植树多少棵？", settings=settings)
    assert "4000棵" in answer.text and "3000棵" not in answer.text
