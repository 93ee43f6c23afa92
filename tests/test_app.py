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
