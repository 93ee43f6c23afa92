"""The Milvus store: the same documents, paragraphs and vectors as the local store, in Milvus
collections that several app processes (and machines) share, through `pymilvus`.

    <prefix>_units       passage text, jieba tokens (BM25 full-text function), dense vector
    <prefix>_paragraphs  the citation rows (source, headline, number, spans, page boxes)
    <prefix>_sentences   sentence text and vector, by paragraph
    <prefix>_documents   one row per document: the commit point of every write
    <prefix>_terms       term -> units containing it (the answerer's weights, English glossary)
    <prefix>_meta        model and dimension, a version token, pending work, skipped/excluded

URI: a path ending in .db is embedded Milvus Lite (one process holds the file); http://host:19530
is a Milvus server shared by any number of app processes. Keyword search is Milvus's BM25
function over the passages' jieba tokens, analysed by Milvus's own jieba tokenizer (the only
Chinese analyzer Milvus Lite accepts; its whitespace tokenizer does not exist there). Both the
passages and the question go through that analyzer, so they are split alike.

Milvus has no transactions across collections, so writes follow the local store's rule: the
document row is the commit point. An add writes sentences, paragraphs and units (tagged with a
fresh document id) first and the document row last; readers drop any unit or paragraph whose
document row does not exist. What must be finished or undone after a kill is written to the
meta collection first and done by the next writer. One writer at a time: the index folder's
file lock (processes on one machine; see README for several machines).
Leaves out: generations (a build writes into the same collections, replacing what changed).
"""
from __future__ import annotations

import json
import logging
import re
import secrets
import threading
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Iterable

import numpy as np

from . import (DocumentInfo, IndexMissing, IndexUnavailable, PreparedDocument, StoredParagraph,
               StoredSentence, StoredUnit)

log = logging.getLogger(__name__)

KINDS = ("units", "paragraphs", "sentences", "documents", "terms", "meta")
TEXT_MAX = 65535  # Milvus VARCHAR limit, in bytes
TERM_MAX = 256
BATCH = 1000  # rows per insert/query call: keeps each gRPC message small
WINDOW = 16384  # Milvus returns at most this many rows from one query
_ANALYZER = {"tokenizer": "jieba"}
_NO_VECTOR = [1.0, 0.0]  # Milvus wants a vector field in every collection; rows of the others get this


def connect(uri: str, token: str = ""):
    from pymilvus import MilvusClient
    from pymilvus.exceptions import MilvusException

    if uri.endswith(".db"):
        Path(uri).parent.mkdir(parents=True, exist_ok=True)
        # Milvus Lite's in-process server logs a traceback for a call it does not implement
        # (AllocTimestamp, asked for after creating an index); pymilvus carries on without it.
        logging.getLogger("grpc._server").setLevel(logging.CRITICAL)
    try:
        return _Client(MilvusClient(uri=uri, token=token or ""), uri)
    except MilvusException as exc:  # raised while opening: the server or file is not usable
        if uri.endswith(".db"):
            raise IndexUnavailable(
                f"cannot open Milvus Lite file {uri} ({exc.message}); Milvus Lite serves one process at a time — "
                f"to share it, run `python -m milvus_lite server --data-dir {uri}` and set "
                "RAG_MILVUS_URI=http://127.0.0.1:19530") from None
        raise IndexUnavailable(f"cannot reach Milvus at {uri} ({exc.message}); is the server running?") from None


class _Client:
    """The pymilvus client, its errors (a server gone mid-question) turned into IndexUnavailable."""

    def __init__(self, client, uri: str):
        self._client, self._uri = client, uri

    def __getattr__(self, name):
        from pymilvus.exceptions import MilvusException

        method = getattr(self._client, name)

        def call(*args, **kwargs):
            try:
                return method(*args, **kwargs)
            except MilvusException as exc:
                raise IndexUnavailable(f"Milvus at {self._uri} failed: {exc.message}") from exc
        return call


class MilvusStore:
    def __init__(self, client, prefix: str, lock, folder: Path):
        self.client = client
        self.lock = lock  # the index folder's write lock (one writer at a time)
        self.folder = Path(folder)  # the index folder: page-crop cache, lock
        self.names = {k: f"{prefix}_{k}" for k in KINDS}
        if not all(self.client.has_collection(n) for n in self.names.values()):
            raise IndexMissing(f"no Milvus collections named {prefix}_*; build with `python -m rag build`")
        for name in self.names.values():
            self.client.load_collection(name)
        self.meta = self._meta_dict("meta:")
        self._version = None
        self._write = threading.RLock()

    # -------------------------------------------------------------- creating

    @classmethod
    def create(cls, client, prefix: str, meta: dict, lock, folder: Path) -> "MilvusStore":
        """Empty collections for an index of this model and dimension (existing ones are dropped)."""
        from pymilvus import DataType, Function, FunctionType

        for kind in KINDS:
            client.drop_collection(f"{prefix}_{kind}")
        dim = int(meta["dimension"])

        def schema(primary=DataType.INT64):
            s = client.create_schema(auto_id=False)
            if primary == DataType.VARCHAR:
                s.add_field("id", DataType.VARCHAR, is_primary=True, max_length=TERM_MAX)
            else:
                s.add_field("id", DataType.INT64, is_primary=True)
            return s

        def create(kind, s, vector_dim=2, extra_index=None):
            if vector_dim == 2:
                s.add_field("vector", DataType.FLOAT_VECTOR, dim=2)
            index = client.prepare_index_params()
            index.add_index("vector", index_type="AUTOINDEX", metric_type="IP")
            if extra_index:
                extra_index(index)
            client.create_collection(f"{prefix}_{kind}", schema=s, index_params=index, consistency_level="Strong")

        s = schema()
        s.add_field("doc", DataType.INT64)
        s.add_field("paragraph", DataType.INT64)
        s.add_field("text", DataType.VARCHAR, max_length=TEXT_MAX)
        s.add_field("tokens", DataType.VARCHAR, max_length=TEXT_MAX, enable_analyzer=True, analyzer_params=_ANALYZER)
        s.add_field("vector", DataType.FLOAT_VECTOR, dim=dim)
        s.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
        s.add_function(Function(name="bm25", function_type=FunctionType.BM25,
                                input_field_names=["tokens"], output_field_names=["sparse"]))
        create("units", s, vector_dim=dim, extra_index=lambda i: i.add_index(
            "sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25"))

        s = schema()
        for name in ("doc", "number", "article", "page"):
            s.add_field(name, DataType.INT64)
        for name in ("title", "kind", "text"):
            s.add_field(name, DataType.VARCHAR, max_length=TEXT_MAX)
        s.add_field("spans", DataType.JSON)
        s.add_field("boxes", DataType.JSON)
        create("paragraphs", s)

        s = schema()
        for name in ("doc", "paragraph", "position"):
            s.add_field(name, DataType.INT64)
        s.add_field("text", DataType.VARCHAR, max_length=TEXT_MAX)
        s.add_field("vector", DataType.FLOAT_VECTOR, dim=dim)
        create("sentences", s, vector_dim=dim)

        s = schema()
        for name in ("source", "sha256", "path", "added"):
            s.add_field(name, DataType.VARCHAR, max_length=TEXT_MAX)
        for name in ("size", "mtime_ns", "paragraphs", "units"):
            s.add_field(name, DataType.INT64)
        create("documents", s)

        s = schema(DataType.VARCHAR)
        s.add_field("df", DataType.INT64)
        create("terms", s)

        s = schema(DataType.VARCHAR)
        s.add_field("value", DataType.VARCHAR, max_length=TEXT_MAX)
        create("meta", s)

        store = cls(client, prefix, lock, folder)
        store._put_meta({f"meta:{k}": v for k, v in meta.items()} | {"units": 0, "version": uuid.uuid4().hex})
        store.meta = dict(meta)
        return store

    # -------------------------------------------------------------- reading

    def refresh(self) -> bool:
        version = self._meta_value("version")
        if version == self._version:
            return False
        self._version = version
        return True

    def search_dense(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        hits = self.client.search(self.names["units"], data=[np.asarray(vector, np.float32).tolist()],
                                  anns_field="vector", limit=k, output_fields=["id"],
                                  search_params={"metric_type": "IP"})
        return [(int(h["id"]), float(h["distance"])) for h in hits[0]]

    def search_keywords(self, tokens: list[str], k: int) -> list[tuple[int, float]]:
        text = " ".join(t for t in tokens if t.strip())
        if not text:
            return []
        hits = self.client.search(self.names["units"], data=[text], anns_field="sparse", limit=k,
                                  output_fields=["id"], search_params={"metric_type": "BM25"})
        # Milvus Lite reports BM25 as a negated distance; a server as a score. Order is what counts.
        return [(int(h["id"]), abs(float(h["distance"]))) for h in hits[0]]

    def units(self, ids: list[int]) -> dict[int, StoredUnit]:
        found = self._by_ids("units", ids, ["id", "doc", "paragraph", "text"])
        live = self._live({r["doc"] for r in found})
        return {r["id"]: StoredUnit(r["id"], r["paragraph"], r["text"]) for r in found if r["doc"] in live}

    def paragraphs(self, ids: list[int], with_sentences: bool = True) -> dict[int, StoredParagraph]:
        found = self._by_ids("paragraphs", ids, ["id", "doc", "number", "article", "page", "title", "kind", "text",
                                                 "spans", "boxes"])
        sources = self._live({r["doc"] for r in found})
        out = {r["id"]: StoredParagraph(r["id"], sources[r["doc"]], r["title"], r["number"], r["article"], r["kind"],
                                        r["text"], [tuple(s) for s in r["spans"]], [],
                                        None if r["page"] < 0 else r["page"], r["boxes"] or [])
               for r in found if r["doc"] in sources}
        if with_sentences and out:
            rows = self._where("sentences", f"paragraph in {sorted(out)}", ["id", "paragraph", "position", "text", "vector"])
            for r in sorted(rows, key=lambda r: r["position"]):
                out[r["paragraph"]].sentences.append(StoredSentence(r["id"], r["text"], np.asarray(r["vector"], np.float32)))
        return out

    def article(self, paragraph: int) -> list[int]:
        (row,) = self._by_ids("paragraphs", [paragraph], ["doc", "article"]) or [None]
        if row is None:
            return []
        rows = self._where("paragraphs", f"doc == {row['doc']} and article == {row['article']}", ["id", "number"])
        return [r["id"] for r in sorted(rows, key=lambda r: r["number"])]

    def document_frequency(self, terms: list[str]) -> tuple[dict[str, int], int]:
        terms = sorted({t for t in terms if 0 < len(t.encode()) <= TERM_MAX})
        found = {r["id"]: r["df"] for r in self._by_ids("terms", terms, ["id", "df"]) if r["df"] > 0}
        return found, int(self._meta_value("units") or 0)

    def vocabulary(self) -> dict[str, int]:
        return {r["id"]: r["df"] for r in self._where("terms", "df > 0", ["id", "df"])}

    def longer_terms(self, term: str) -> dict[str, int]:
        if not term or re.search(r'["\\%_]', term):  # (none of LIKE's or the filter's own characters)
            return {}
        rows = self._where("terms", f'id like "{term}%" and df > 0', ["id", "df"])
        return {r["id"]: r["df"] for r in rows if len(r["id"]) == len(term) + 1}

    def documents(self, sources: list[str] | None = None) -> list[DocumentInfo]:
        if sources is not None:
            sources = list(dict.fromkeys(sources))
            if not sources:
                return []
        where = f"source in {json.dumps(sources, ensure_ascii=False)}" if sources is not None else "id != 0"
        newest: dict[str, dict] = {}
        for r in self._where("documents", where, ["id", "source", "paragraphs", "added", "sha256", "path", "size",
                                                   "mtime_ns"]):
            held = newest.get(r["source"])  # two rows of one name only between a replace's two steps
            if held is None or (r["added"], r["id"]) > (held["added"], held["id"]):
                newest[r["source"]] = r
        return sorted((DocumentInfo(r["source"], r["paragraphs"], r["added"], r["sha256"], r["path"], r["size"],
                                    r["mtime_ns"]) for r in newest.values()), key=lambda d: d.source)

    def excluded(self) -> set[str]:
        return set(self._meta_dict("excluded:"))

    def skipped(self) -> dict[str, str]:
        return dict(sorted(self._meta_dict("skipped:").items()))

    def counts(self) -> dict[str, int]:
        docs = self.documents()
        return {"documents": len(docs), "paragraphs": sum(d.paragraphs for d in docs),
                "units": int(self._meta_value("units") or 0)}

    # -------------------------------------------------------------- writing

    def add(self, documents: Iterable[PreparedDocument]) -> None:
        docs = list({d.source: d for d in documents}.values())
        if not docs:
            return
        with self.lock, self._write:
            self._recover()
            old = {r["id"]: r["source"] for r in self._where(
                "documents", f"source in {json.dumps([d.source for d in docs], ensure_ascii=False)}", ["id", "source"])}
            new = [_new_id() for _ in docs]
            work = {"add": new, "drop": sorted(old)}
            key = self._begin(work)
            units, paragraphs, sentences, rows = [], [], [], []
            added = time.strftime("%Y-%m-%dT%H:%M:%S")
            for doc_id, doc in zip(new, docs):
                u, p, s = _rows(doc, doc_id)
                units += u
                paragraphs += p
                sentences += s
                rows.append({"id": doc_id, "source": doc.source, "sha256": doc.sha256, "path": doc.path,
                             "added": added, "size": doc.size, "mtime_ns": doc.mtime_ns,
                             "paragraphs": len(doc.paragraphs), "units": len(doc.units), "vector": _NO_VECTOR})
            for kind, batch in (("sentences", sentences), ("paragraphs", paragraphs), ("units", units)):
                self._insert(kind, batch)
            self._insert("documents", rows)  # the commit point
            self._finish(key, work)

    def remove(self, sources: list[str], *, exclude: bool = True) -> list[str]:
        with self.lock, self._write:
            self._recover()
            sources = list(dict.fromkeys(sources))
            found = self._where("documents", f"source in {json.dumps(sources, ensure_ascii=False)}",
                                ["id", "source"]) if sources else []
            gone = sorted({r["source"] for r in found}, key=sources.index)
            if exclude and sources:  # before the commit: a folder sync must not bring them back
                self._put_meta({f"excluded:{s}": "" for s in sources})
            if found:
                work = {"add": [], "drop": sorted(r["id"] for r in found)}
                key = self._begin(work)
                self.client.delete(self.names["documents"], ids=work["drop"])  # the commit point
                self._finish(key, work)
            else:
                self._bump()
            return gone

    def record_skipped(self, skipped: dict[str, str]) -> None:
        if skipped:
            with self.lock, self._write:
                self._put_meta({f"skipped:{k}": v for k, v in skipped.items()})
                self._bump()

    def set_meta(self, **values) -> None:
        with self.lock, self._write:
            self._put_meta({f"meta:{k}": v for k, v in values.items()})
            self.meta.update(values)

    def compact(self) -> None:
        """Milvus compacts its own segments; nothing to do here."""

    def close(self) -> None:
        pass  # the client is shared per URI (see open_store); Lite stops its server at exit

    def _begin(self, work: dict) -> str:
        key = f"pending:{uuid.uuid4().hex}"
        self._put_meta({key: work})
        return key

    def _finish(self, key: str, work: dict) -> None:
        """After the commit point: drop replaced document rows, move term counts, purge the rows
        of dropped documents. Also what _recover runs for a committed write a kill interrupted."""
        if work["add"] and work["drop"]:
            self.client.delete(self.names["documents"], ids=work["drop"])
        if not work.get("terms_done"):
            self._move_terms(work["add"], +1)
            self._move_terms(work["drop"], -1)
            work["terms_done"] = True
            self._put_meta({key: work})
        self._purge(work["drop"])
        added = self._sources(work["add"])
        self._delete_meta([key] + [f"{mark}:{s}" for s in added for mark in ("excluded", "skipped")])
        self._bump()

    def _recover(self) -> None:
        for key, work in self._meta_dict("pending:").items():
            log.warning("finishing an interrupted write (%d documents)", len(work["add"]) + len(work["drop"]))
            if work["add"]:
                committed = bool(self._live(set(work["add"])))
            else:
                committed = not self._live(set(work["drop"]))
            if committed:
                self._finish(f"pending:{key}", work)
            else:
                self._purge(work["add"])
                self._delete_meta([f"pending:{key}"])

    def _move_terms(self, doc_ids: list[int], sign: int) -> None:
        if not doc_ids:
            return
        df: Counter = Counter()
        rows = self._where("units", f"doc in {sorted(doc_ids)}", ["tokens"])
        for r in rows:
            df.update(t for t in set(r["tokens"].split()) if len(t.encode()) <= TERM_MAX)
        held = {r["id"]: r["df"] for r in self._by_ids("terms", list(df), ["id", "df"])}
        self._upsert("terms", [{"id": t, "df": max(0, held.get(t, 0) + sign * n), "vector": _NO_VECTOR}
                               for t, n in df.items()])
        self._put_meta({"units": max(0, int(self._meta_value("units") or 0) + sign * len(rows))})

    def _purge(self, doc_ids: list[int]) -> None:
        if doc_ids:
            for kind in ("units", "paragraphs", "sentences"):
                self.client.delete(self.names[kind], filter=f"doc in {sorted(doc_ids)}")

    def _bump(self) -> None:
        self._put_meta({"version": uuid.uuid4().hex})

    # -------------------------------------------------------------- plumbing

    def _live(self, doc_ids: set[int]) -> dict[int, str]:
        """{document id: source} of these ids that are committed."""
        return {r["id"]: r["source"] for r in self._by_ids("documents", sorted(doc_ids), ["id", "source"])}

    def _sources(self, doc_ids: list[int]) -> list[str]:
        return list(self._live(set(doc_ids)).values())

    def _by_ids(self, kind: str, ids: list, fields: list[str]) -> list[dict]:
        out = []
        ids = list(ids)
        for i in range(0, len(ids), BATCH):
            out += self.client.get(self.names[kind], ids=ids[i:i + BATCH], output_fields=fields)
        return out

    def _where(self, kind: str, expression: str, fields: list[str]) -> list[dict]:
        """Every row matching; one query when they fit Milvus's result window, else an iterator."""
        rows = self.client.query(self.names[kind], filter=expression, output_fields=fields, limit=WINDOW)
        if len(rows) < WINDOW:
            return rows
        iterator = self.client.query_iterator(self.names[kind], batch_size=BATCH, filter=expression,
                                              output_fields=fields)
        out = []
        try:
            while batch := iterator.next():
                out += batch
        finally:
            iterator.close()
        return out

    def _insert(self, kind: str, rows: list[dict]) -> None:
        for i in range(0, len(rows), BATCH):
            self.client.insert(self.names[kind], rows[i:i + BATCH])

    def _upsert(self, kind: str, rows: list[dict]) -> None:
        for i in range(0, len(rows), BATCH):
            self.client.upsert(self.names[kind], rows[i:i + BATCH])

    def _put_meta(self, values: dict) -> None:
        self._upsert("meta", [{"id": k, "value": json.dumps(v, ensure_ascii=False), "vector": _NO_VECTOR}
                              for k, v in values.items()])

    def _delete_meta(self, keys: list[str]) -> None:
        if keys:
            self.client.delete(self.names["meta"], ids=keys)

    def _meta_value(self, key: str):
        rows = self.client.get(self.names["meta"], ids=[key], output_fields=["value"])
        return json.loads(rows[0]["value"]) if rows else None

    def _meta_dict(self, prefix: str) -> dict:
        rows = self._where("meta", f'id like "{prefix}%"', ["id", "value"])
        return {r["id"][len(prefix):]: json.loads(r["value"]) for r in rows}


def _new_id() -> int:
    """Ids are random 62-bit integers: writers on different machines need no counter."""
    return secrets.randbits(62) | 1


def _rows(doc: PreparedDocument, doc_id: int) -> tuple[list[dict], list[dict], list[dict]]:
    """Unit, paragraph and sentence rows of one document."""
    articles: dict[str, int] = {}
    paragraph_ids, paragraphs = [], []
    for p in doc.paragraphs:
        pid = _new_id()
        paragraph_ids.append(pid)
        paragraphs.append({"id": pid, "doc": doc_id, "number": p.number, "article": articles.setdefault(p.title, len(articles)),
                           "page": -1 if p.page is None else p.page, "title": p.title, "kind": p.kind,
                           "text": _fit(p.text), "spans": [list(s) for s in p.spans], "boxes": p.boxes or [],
                           "vector": _NO_VECTOR})
    units, sentences = [], []
    for unit in doc.units:
        pid = paragraph_ids[unit.paragraph]
        units.append({"id": _new_id(), "doc": doc_id, "paragraph": pid, "text": _fit(unit.text),
                      "tokens": _fit(" ".join(unit.tokens)), "vector": np.asarray(unit.vector, np.float32).tolist()})
        vectors = np.asarray(unit.sentence_vectors, np.float32)
        for i, s in enumerate(unit.sentences):
            sentences.append({"id": _new_id(), "doc": doc_id, "paragraph": pid, "position": len(sentences),
                              "text": _fit(s), "vector": vectors[i].tolist()})
    return units, paragraphs, sentences


def _fit(text: str) -> str:
    """Text within Milvus's VARCHAR limit (bytes). A newspaper paragraph is far below it."""
    raw = text.encode()
    if len(raw) <= TEXT_MAX:
        return text
    log.warning("a paragraph of %d bytes was cut to Milvus's limit of %d", len(raw), TEXT_MAX)
    return raw[:TEXT_MAX].decode(errors="ignore")


# ------------------------------------------------------------------ opening

_CLIENTS: dict[tuple[str, str], object] = {}
_CLIENTS_LOCK = threading.Lock()


def client_for(uri: str, token: str = ""):
    """One client per URI per process (Milvus Lite runs one server per file and process)."""
    with _CLIENTS_LOCK:
        client = _CLIENTS.get((uri, token))
        if client is None:
            client = _CLIENTS[(uri, token)] = connect(uri, token)
        return client


def open_store(index_dir: Path, *, uri: str, token: str = "", prefix: str = "rag", model: str | None = None,
               dimension: int | None = None) -> MilvusStore:
    """The Milvus-backed index named by prefix, refused if of another format, model or dimension."""
    from .local import check_meta, write_lock

    store = MilvusStore(client_for(uri, token), prefix, write_lock(index_dir), index_dir)
    check_meta(store.meta, Path(uri), model=model, dimension=dimension)
    return store


def create_store(index_dir: Path, meta: dict, *, uri: str, token: str = "", prefix: str = "rag") -> MilvusStore:
    """New empty collections for this index (any held under the prefix are dropped)."""
    from .local import FORMAT_VERSION, write_lock

    meta = {**meta, "format_version": FORMAT_VERSION, "created": time.strftime("%Y-%m-%dT%H:%M:%S")}
    return MilvusStore.create(client_for(uri, token), prefix, meta, write_lock(index_dir), index_dir)
