"""The document library through the API, and writes killed at each step of the store's protocol."""
import shutil

import pytest

from rag import Settings, add_documents, ask, build_index, list_documents, remove_documents
from rag import api
from rag.store import dense, local
from rag.store.local import open_store

from .conftest import SMALL_DOCS, write_docs

NEW = "白云村修路\n\n白云村今年修建水泥路7条，总长12公里。\n"
CHANGED = "白云村修路\n\n白云村今年修建水泥路9条，总长15公里。\n"


@pytest.fixture
def library(tmp_path, small_index):
    """A private copy of the small index and its settings."""
    docs, index_dir = small_index
    shutil.copytree(index_dir, tmp_path / "index")
    api._ENGINES.clear()
    return tmp_path, Settings(docs_dir=tmp_path / "nowhere", index_dir=tmp_path / "index").checked()


def test_add_replace_remove_list(library):
    tmp_path, settings = library
    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / "白云.txt"
    path.write_text(NEW, encoding="utf-8")
    assert add_documents([path], settings=settings)["added"] == {"白云.txt": 2}
    assert "7条" in ask("白云村修了几条路？", settings=settings).text
    assert add_documents([path], settings=settings)["unchanged"] == ["白云.txt"]

    path.write_text(CHANGED, encoding="utf-8")  # same name, new content: replaces
    assert add_documents([path], settings=settings)["added"] == {"白云.txt": 2}
    answer = ask("白云村修了几条路？", settings=settings)
    assert "9条" in answer.text and "7条" not in answer.text
    listed = list_documents(settings=settings)
    assert [d["source"] for d in listed] == ["a.txt", "b.txt", "c.md", "白云.txt"]
    assert {"source", "paragraphs", "added"} <= set(listed[0])

    assert remove_documents(["白云.txt", "nope.txt"], settings=settings) == {"removed": ["白云.txt"], "missing": ["nope.txt"]}
    assert ask("白云村修了几条路？", settings=settings).abstained
    s = open_store(settings.index_dir)
    assert s.counts()["units"] == s.keywords.count()  # no postings of removed units left
    assert not s.search_keywords(["白云"], 5)


def test_removed_document_stays_removed_when_its_folder_is_synced(tmp_path):
    docs = write_docs(tmp_path / "docs", SMALL_DOCS)
    build_index(docs, tmp_path / "index")
    settings = Settings(docs_dir=docs, index_dir=tmp_path / "index").checked()
    remove_documents(["b.txt"], settings=settings)
    api._ENGINES.clear()
    assert ask("青山镇组织了多少名医生？", index_dir=tmp_path / "index").abstained  # file still in docs/
    add_documents([docs / "b.txt"], settings=settings)  # the user adds it back
    assert "18名" in ask("青山镇组织了多少名医生？", index_dir=tmp_path / "index").text


class Killed(BaseException):
    pass


def _die(*args, **kwargs):
    raise Killed()


@pytest.mark.parametrize("step", ["keywords", "vectors", "rows"])
def test_add_killed_at_any_step_leaves_previous_state_and_next_write_works(library, monkeypatch, step):
    tmp_path, settings = library
    before = [d["source"] for d in list_documents(settings=settings)]
    path = tmp_path / "白云.txt"
    path.write_text(NEW, encoding="utf-8")
    target = {"keywords": (local.Keywords, "write"), "vectors": (dense, "write_delta"),
              "rows": (local.rows, "insert_document")}[step]
    with monkeypatch.context() as m:
        m.setattr(*target, _die)
        with pytest.raises(Killed):
            add_documents([path], settings=settings)
    # nothing of the document is visible, the rest answers as before
    assert [d["source"] for d in list_documents(settings=settings)] == before
    assert ask("白云村修了几条路？", settings=settings).abstained
    assert "18名" in ask("青山镇组织了多少名医生？", settings=settings).text
    # the next write finishes the cleanup and lands
    other = tmp_path / "黄河.txt"
    other.write_text("黄河镇植树\n\n黄河镇今年植树3000棵。\n", encoding="utf-8")
    assert add_documents([other], settings=settings)["added"] == {"黄河.txt": 2}
    s = open_store(settings.index_dir)
    assert s.counts()["units"] == s.keywords.count() == s.segments.ntotal
    assert not s.conn.execute("SELECT count(*) FROM pending").fetchone()[0]
    assert "3000棵" in ask("黄河镇植树多少棵？", settings=settings).text


def test_remove_killed_before_postings_are_purged(library, monkeypatch):
    tmp_path, settings = library
    with monkeypatch.context() as m:
        m.setattr(local.LocalStore, "_finish_purge", _die)
        with pytest.raises(Killed):
            remove_documents(["b.txt"], settings=settings)
    # committed: the document is gone though its postings are still on disk
    assert ask("青山镇组织了多少名医生？", settings=settings).abstained
    assert open_store(settings.index_dir).keywords.count() > open_store(settings.index_dir).counts()["units"]
    remove_documents(["c.md"], settings=settings)  # the next writer purges what was left
    s = open_store(settings.index_dir)
    assert s.counts()["units"] == s.keywords.count()
    assert [d["source"] for d in list_documents(settings=settings)] == ["a.txt"]


def test_vectors_fold_into_one_base_without_removed_units(library, monkeypatch):
    tmp_path, settings = library
    monkeypatch.setattr(local, "MAX_DELTAS", 2)
    for i in range(4):
        p = tmp_path / f"n{i}.txt"
        p.write_text(f"第{i}村新闻\n\n第{i}村今年修路{i + 1}条。\n", encoding="utf-8")
        add_documents([p], settings=settings)
    remove_documents(["n0.txt"], settings=settings)
    s = open_store(settings.index_dir)
    assert len(s.segments.loaded) <= 3
    local.LocalStore.compact(s)
    s.refresh()
    assert len(s.segments.loaded) == 1 and s.segments.ntotal == s.counts()["units"]
    assert not s.conn.execute("SELECT count(*) FROM tombstones").fetchone()[0]
    assert "3条" in ask("第2村今年修路多少条？", settings=settings).text


def test_a_file_added_from_the_index_folder_keeps_its_folder_name(tmp_path):
    docs = write_docs(tmp_path / "docs", SMALL_DOCS)
    build_index(docs, tmp_path / "index")
    write_docs(docs / "2024", {"白云.txt": NEW})
    settings = Settings(index_dir=tmp_path / "index").checked()  # docs_dir left at its default
    assert add_documents([docs / "2024" / "白云.txt"], settings=settings)["added"] == {"2024/白云.txt": 2}
    api._ENGINES.clear()
    assert "7条" in ask("白云村修了几条路？", index_dir=tmp_path / "index").text  # the sync adds no twin
    assert [d["source"] for d in list_documents(settings=settings)] == ["2024/白云.txt", "a.txt", "b.txt", "c.md"]
