"""The Milvus store beyond the shared Protocol tests: writes killed at each step of its commit
protocol, a server that is down, and the seed questions scored as on the local store."""
import json
import shutil
import subprocess
import sys

import pytest

from rag import Settings, add_documents, ask, build_index, list_documents, remove_documents
from rag import api
from rag.eval import DEFAULT_DEV, evaluate, load_questions
from rag.store import milvus

from .conftest import ROOT, SMALL_DOCS, free_port, write_docs

pytest.importorskip("milvus_lite", reason="Milvus Lite is not installed (pip install -e .[cluster])")

NEW = "白云村修路\n\n白云村今年修建水泥路7条。\n"


class Killed(BaseException):
    pass


@pytest.fixture
def library(tmp_path):
    docs = write_docs(tmp_path / "docs", SMALL_DOCS)
    settings = Settings(docs_dir=tmp_path / "nowhere", index_dir=tmp_path / "index", store="milvus").checked()
    build_index(docs, settings.index_dir, settings=settings)
    api._ENGINES.clear()
    return tmp_path, settings


def consistent(settings):
    """Every unit belongs to a held document, term counts match the units, no work is pending."""
    s = milvus.open_store(settings.index_dir, uri=settings.milvus_address)
    docs = {r["id"] for r in s._where("documents", "id != 0", ["id"])}
    units = s._where("units", "id != 0", ["doc", "tokens"])
    assert {u["doc"] for u in units} <= docs
    assert s._meta_value("units") == len(units)
    df, _ = s.document_frequency(["白云村", "义诊", "青山镇"])
    expected = {t: sum(t in u["tokens"].split() for u in units) for t in ("白云村", "义诊", "青山镇")}
    assert df == {t: n for t, n in expected.items() if n}
    assert not s._meta_dict("pending:")


@pytest.mark.parametrize("step", ["units", "documents", "terms"])
def test_add_killed_at_any_step_leaves_a_whole_state_and_the_next_write_finishes(library, monkeypatch, step):
    tmp_path, settings = library
    path = tmp_path / "白云.txt"
    path.write_text(NEW, encoding="utf-8")
    real_insert = milvus.MilvusStore._insert

    def insert(self, kind, rows):
        if kind == step:
            raise Killed()
        return real_insert(self, kind, rows)

    with monkeypatch.context() as m:
        if step == "terms":  # after the commit point: the document is in, its term counts not yet
            m.setattr(milvus.MilvusStore, "_move_terms", lambda *a: (_ for _ in ()).throw(Killed()))
        else:
            m.setattr(milvus.MilvusStore, "_insert", insert)
        with pytest.raises(Killed):
            add_documents([path], settings=settings)
    held = [d["source"] for d in list_documents(settings=settings)]
    assert ("白云.txt" in held) == (step == "terms")  # whole documents only
    assert ask("白云村修了几条路？", settings=settings).abstained == (step != "terms")
    assert "18名" in ask("青山镇组织了多少名医生？", settings=settings).text

    other = tmp_path / "黄河.txt"
    other.write_text("黄河镇植树\n\n黄河镇今年植树3000棵。\n", encoding="utf-8")
    assert add_documents([other], settings=settings)["added"] == {"黄河.txt": 2}
    consistent(settings)
    assert "3000棵" in ask("黄河镇植树多少棵？", settings=settings).text


def test_remove_killed_before_its_rows_are_purged(library, monkeypatch):
    tmp_path, settings = library
    with monkeypatch.context() as m:
        m.setattr(milvus.MilvusStore, "_purge", lambda *a: (_ for _ in ()).throw(Killed()))
        with pytest.raises(Killed):
            remove_documents(["b.txt"], settings=settings)
    assert ask("青山镇组织了多少名医生？", settings=settings).abstained  # committed
    remove_documents(["c.md"], settings=settings)  # the next writer purges what was left
    assert [d["source"] for d in list_documents(settings=settings)] == ["a.txt"]
    consistent(settings)


def test_a_server_that_is_down_is_one_line_of_error(tmp_path):
    port = free_port()  # nothing listens here
    env = {"RAG_STORE": "milvus", "RAG_MILVUS_URI": f"http://127.0.0.1:{port}", "PATH": ""}
    out = subprocess.run([sys.executable, "-m", "rag", "list", "--index", str(tmp_path / "i")], cwd=ROOT,
                         capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 2 and "cannot reach Milvus" in out.stderr and "Traceback" not in out.stderr


def test_seed_questions_score_as_on_the_local_store(tmp_path, seed_index):
    """The dev questions, answered from the same seeds through each store."""
    if not DEFAULT_DEV.is_file():
        pytest.skip(f"{DEFAULT_DEV} is not here (the shared eval folder beside the project)")
    items = load_questions(DEFAULT_DEV)
    docs, local_index = seed_index
    local = evaluate(items, Settings().checked(), local_index)
    shutil.copytree(docs, tmp_path / "docs")
    settings = Settings(docs_dir=tmp_path / "docs", index_dir=tmp_path / "index", store="milvus").checked()
    build_index(tmp_path / "docs", settings.index_dir, settings=settings)
    shared = evaluate(items, settings, settings.index_dir)
    for key in ("answer_accuracy", "citation_accuracy", "abstention_accuracy", "false_abstain_rate"):
        assert shared[key] == pytest.approx(local[key]), (key, json.dumps(shared))
    assert shared["answer_accuracy"] == 1.0
