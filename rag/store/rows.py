"""The SQLite side of the local store: documents, paragraphs, units, sentences (with their
vectors), term document frequencies, and the bookkeeping that makes writes recoverable.

SQLite runs in WAL mode: readers never block the writer or each other, and each read
transaction sees one committed state. Sentence vectors are stored as float16 blobs (1 KB for
512 dimensions; cosine scores move by < 1e-3), read only for the few paragraphs a question
retrieves.
Leaves out: vectors of units (FAISS holds them) and keyword postings (tantivy holds them).
"""
from __future__ import annotations

import json
import sqlite3
import time
from collections import Counter
from pathlib import Path

import numpy as np

from . import (DocumentInfo, PreparedDocument, StoredParagraph, StoredSentence, StoredUnit)

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS documents(id INTEGER PRIMARY KEY, source TEXT UNIQUE NOT NULL, sha256 TEXT,
    path TEXT, size INTEGER, mtime_ns INTEGER, added TEXT, paragraphs INTEGER);
CREATE TABLE IF NOT EXISTS paragraphs(id INTEGER PRIMARY KEY, doc INTEGER NOT NULL, number INTEGER,
    article INTEGER, title TEXT, kind TEXT, text TEXT, spans TEXT, page INTEGER, boxes TEXT);
CREATE INDEX IF NOT EXISTS paragraphs_doc ON paragraphs(doc, article);
CREATE TABLE IF NOT EXISTS units(id INTEGER PRIMARY KEY, doc INTEGER NOT NULL, paragraph INTEGER NOT NULL,
    text TEXT, tokens TEXT);
CREATE INDEX IF NOT EXISTS units_doc ON units(doc);
CREATE TABLE IF NOT EXISTS sentences(id INTEGER PRIMARY KEY, paragraph INTEGER NOT NULL, text TEXT, vector BLOB);
CREATE INDEX IF NOT EXISTS sentences_paragraph ON sentences(paragraph);
CREATE TABLE IF NOT EXISTS terms(term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
-- FAISS files in use; a file not listed here is left over from a killed write
CREATE TABLE IF NOT EXISTS segments(name TEXT PRIMARY KEY, kind TEXT, units INTEGER) WITHOUT ROWID;
-- removed units whose vectors are still inside a segment: excluded from search until folded away
CREATE TABLE IF NOT EXISTS tombstones(unit INTEGER PRIMARY KEY);
-- keyword-index work that must be (re)done if the process dies: see local.py
CREATE TABLE IF NOT EXISTS pending(id INTEGER PRIMARY KEY, payload TEXT);
-- documents the user removed: a folder sync does not bring them back
CREATE TABLE IF NOT EXISTS excluded(source TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS skipped(source TEXT PRIMARY KEY, reason TEXT) WITHOUT ROWID;
"""


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
    conn = sqlite3.connect(uri, uri=True, timeout=60, check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA busy_timeout=60000")
    if not readonly:
        conn.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode survives a killed process (not a power cut), at a fraction of FULL's cost.
        conn.execute("PRAGMA synchronous=NORMAL")
    return conn


def create(conn: sqlite3.Connection, meta: dict) -> None:
    conn.executescript(SCHEMA)
    with transaction(conn):
        for key, value in meta.items():
            conn.execute("INSERT OR IGNORE INTO meta VALUES (?, ?)", (key, json.dumps(value)))
        for key in ("version", "next_doc", "next_unit", "units"):
            conn.execute("INSERT OR IGNORE INTO meta VALUES (?, '0')", (key,))


class transaction:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception (KeyboardInterrupt included)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self):
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, kind, value, tb):
        self.conn.execute("COMMIT" if kind is None else "ROLLBACK")
        return False


def get_meta(conn: sqlite3.Connection) -> dict:
    return {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM meta")}


def set_meta(conn: sqlite3.Connection, key: str, value) -> None:
    conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, json.dumps(value)))


def bump(conn: sqlite3.Connection, key: str, by: int = 1) -> int:
    """Add to an integer in meta; returns the value before."""
    before = int(json.loads(conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()[0]))
    set_meta(conn, key, before + by)
    return before


def version(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key='version'").fetchone()
    return int(json.loads(row[0])) if row else 0


# ---------------------------------------------------------------- writing

def insert_document(conn: sqlite3.Connection, doc: PreparedDocument, doc_id: int, first_unit: int) -> Counter:
    """Rows of one document (unit ids from first_unit on); returns its units' term counts."""
    conn.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (doc_id, doc.source, doc.sha256, doc.path, doc.size, doc.mtime_ns,
                  time.strftime("%Y-%m-%dT%H:%M:%S"), len(doc.paragraphs)))
    articles: dict[str, int] = {}
    paragraph_ids = []
    for p in doc.paragraphs:
        article = articles.setdefault(p.title, len(articles))
        cur = conn.execute("INSERT INTO paragraphs(doc, number, article, title, kind, text, spans, page, boxes) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           (doc_id, p.number, article, p.title, p.kind, p.text, json.dumps(p.spans),
                            p.page, json.dumps(p.boxes) if p.boxes else None))
        paragraph_ids.append(cur.lastrowid)
    df: Counter = Counter()
    sentence_rows = []
    for n, unit in enumerate(doc.units):
        pid = paragraph_ids[unit.paragraph]
        conn.execute("INSERT INTO units VALUES (?, ?, ?, ?, ?)",
                     (first_unit + n, doc_id, pid, unit.text, " ".join(unit.tokens)))
        df.update(set(unit.tokens))
        vectors = np.asarray(unit.sentence_vectors, dtype=np.float16)
        sentence_rows += [(pid, s, vectors[i].tobytes()) for i, s in enumerate(unit.sentences)]
    conn.executemany("INSERT INTO sentences(paragraph, text, vector) VALUES (?, ?, ?)", sentence_rows)
    return df


def delete_document(conn: sqlite3.Connection, doc_id: int) -> tuple[list[int], Counter]:
    """Delete a document's rows; returns its unit ids and their term counts."""
    units, df = [], Counter()
    for uid, toks in conn.execute("SELECT id, tokens FROM units WHERE doc=?", (doc_id,)):
        units.append(uid)
        df.update(set(toks.split()))
    conn.execute("DELETE FROM sentences WHERE paragraph IN (SELECT id FROM paragraphs WHERE doc=?)", (doc_id,))
    conn.execute("DELETE FROM units WHERE doc=?", (doc_id,))
    conn.execute("DELETE FROM paragraphs WHERE doc=?", (doc_id,))
    conn.execute("DELETE FROM documents WHERE id=?", (doc_id,))
    return units, df


def add_terms(conn: sqlite3.Connection, df: Counter, sign: int = 1) -> None:
    if sign > 0:
        conn.executemany("INSERT INTO terms VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
                         df.items())
    else:
        conn.executemany("UPDATE terms SET df = df - ? WHERE term = ?", [(n, t) for t, n in df.items()])
        conn.executemany("DELETE FROM terms WHERE term = ? AND df <= 0", [(t,) for t in df])


def document_id(conn: sqlite3.Connection, source: str) -> int | None:
    row = conn.execute("SELECT id FROM documents WHERE source=?", (source,)).fetchone()
    return row[0] if row else None


# ---------------------------------------------------------------- reading

def _placeholders(n: int) -> str:
    return ",".join("?" * n)


def documents(conn: sqlite3.Connection, sources: list[str] | None = None) -> list[DocumentInfo]:
    query = "SELECT source, paragraphs, added, sha256, path, size, mtime_ns FROM documents"
    if sources is None:
        found = conn.execute(query)  # in table order, sorted below: ORDER BY would walk the name
    else:                            # index and jump around the table (10x slower on a cold cache)
        sources = list(dict.fromkeys(sources))
        found = conn.execute(query + f" WHERE source IN ({_placeholders(len(sources))})", sources) if sources else []
    return sorted((DocumentInfo(source=r[0], paragraphs=r[1], added=r[2], sha256=r[3], path=r[4] or "",
                                size=r[5] or 0, mtime_ns=r[6] or 0) for r in found), key=lambda d: d.source)


def units(conn: sqlite3.Connection, ids: list[int]) -> dict[int, StoredUnit]:
    ids = [int(i) for i in ids]
    if not ids:
        return {}
    rows = conn.execute(f"SELECT id, paragraph, text FROM units WHERE id IN ({_placeholders(len(ids))})", ids)
    return {r[0]: StoredUnit(r[0], r[1], r[2]) for r in rows}


def paragraphs(conn: sqlite3.Connection, ids: list[int], dimension: int,
               with_sentences: bool = True) -> dict[int, StoredParagraph]:
    ids = sorted({int(i) for i in ids})
    if not ids:
        return {}
    marks = _placeholders(len(ids))
    out = {}
    for r in conn.execute("SELECT p.id, d.source, p.title, p.number, p.article, p.kind, p.text, p.spans, "
                          f"p.page, p.boxes FROM paragraphs p JOIN documents d ON d.id = p.doc WHERE p.id IN ({marks})", ids):
        out[r[0]] = StoredParagraph(r[0], r[1], r[2], r[3], r[4], r[5], r[6],
                                    [tuple(s) for s in json.loads(r[7])], [], r[8], json.loads(r[9]) if r[9] else [])
    if not with_sentences:
        return out
    for sid, pid, text, blob in conn.execute(
            f"SELECT id, paragraph, text, vector FROM sentences WHERE paragraph IN ({marks}) ORDER BY id", ids):
        if pid in out:
            vector = np.frombuffer(blob, dtype=np.float16).astype(np.float32) if blob else np.zeros(dimension, np.float32)
            out[pid].sentences.append(StoredSentence(sid, text, vector))
    return out


def article(conn: sqlite3.Connection, paragraph: int) -> list[int]:
    return [r[0] for r in conn.execute(
        "SELECT q.id FROM paragraphs p JOIN paragraphs q ON q.doc = p.doc AND q.article = p.article "
        "WHERE p.id = ? ORDER BY q.number", (int(paragraph),))]


def document_frequency(conn: sqlite3.Connection, terms: list[str]) -> tuple[dict[str, int], int]:
    terms = sorted(set(terms))
    found = dict(conn.execute(f"SELECT term, df FROM terms WHERE term IN ({_placeholders(len(terms))})",
                              terms)) if terms else {}
    total = int(json.loads(conn.execute("SELECT value FROM meta WHERE key='units'").fetchone()[0]))
    return found, total


def vocabulary(conn: sqlite3.Connection) -> dict[str, int]:
    return dict(conn.execute("SELECT term, df FROM terms"))


def longer_terms(conn: sqlite3.Connection, term: str) -> dict[str, int]:
    # (a range of the primary key: terms compare as UTF-8 bytes, and U+10FFFF's are the highest)
    return dict(conn.execute("SELECT term, df FROM terms WHERE term > ? AND term < ? AND length(term) = ?",
                             (term, term + "\U0010ffff", len(term) + 1))) if term else {}
