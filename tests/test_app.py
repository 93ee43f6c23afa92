"""The chat UI's parts that need no browser (tests/test_browser.py drives the UI itself)."""
from .conftest import ROOT


def test_example_questions_are_shown_only_with_their_articles(seed_index, small_index, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT))
    import app

    monkeypatch.setenv("RAG_DOCS_DIR", str(seed_index[0]))
    monkeypatch.setenv("RAG_INDEX_DIR", str(seed_index[1]))
    assert app.example_questions() == [question for question, _ in app.EXAMPLES]
    monkeypatch.setenv("RAG_DOCS_DIR", str(small_index[0]))
    monkeypatch.setenv("RAG_INDEX_DIR", str(small_index[1]))
    assert app.example_questions() == []  # seed questions would only be answered "not found" here


def test_a_standing_warning_is_shown_once_per_session(small_index, tmp_path, monkeypatch):
    """The index's "not indexed, unreadable" warning comes with every answer; the chat shows it
    once, not as a toast on every question."""
    import shutil

    from rag import build_index

    monkeypatch.syspath_prepend(str(ROOT))
    import app

    docs = tmp_path / "docs"
    shutil.copytree(small_index[0], docs)
    (docs / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog")  # cut off
    build_index(docs, tmp_path / "index")
    monkeypatch.setenv("RAG_DOCS_DIR", str(docs))
    monkeypatch.setenv("RAG_INDEX_DIR", str(tmp_path / "index"))
    toasts = []
    monkeypatch.setattr(app.gr, "Warning", toasts.append)
    shown = []
    for question in ("阎楼镇橡塑管产业链委员会覆盖多少家企业？", "覆盖多少家企业？"):
        *_, last = app.respond(question, [], 3, list(app.MODES)[0], shown)
        shown = last[-1]
    assert len(toasts) == 1 and "broken.pdf" in toasts[0]
    assert shown == toasts
