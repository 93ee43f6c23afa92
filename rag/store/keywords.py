"""Keyword search over jieba tokens in an on-disk tantivy index.

Tokens are made in Python (jieba, search mode, as everywhere else in the project) and handed to
tantivy joined by spaces, so its whitespace tokenizer keeps them as they are; tantivy stores the
postings, scores with BM25 (k1=1.2, b=0.75) and deletes by document. A commit is atomic, and
tantivy's writer lock is an OS file lock, so a killed writer leaves no stale lock.
Leaves out: phrase queries (positions are not indexed: BM25 needs frequencies only).
"""
from __future__ import annotations

from pathlib import Path

import tantivy

from . import IndexCorrupt

# Writer memory: enough for batches of thousands of units, small beside the embedding model.
HEAP_BYTES = 64_000_000


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("body", tokenizer_name="whitespace", index_option="freq")
    builder.add_integer_field("unit", stored=True, indexed=True, fast=True)
    builder.add_integer_field("doc", indexed=True)
    return builder.build()


class Keywords:
    def __init__(self, folder: Path):
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        self.schema = _schema()
        try:
            self.index = tantivy.Index(self.schema, path=str(folder), reuse=True)
        except (ValueError, OSError) as exc:
            raise IndexCorrupt(f"keyword index in {folder} cannot be opened ({exc}); "
                               "rebuild with `python -m rag build`") from None

    # -------------------------------------------------------------- writing

    def write(self, add: list[tuple[int, int, list[str]]] = (), delete_docs: list[int] = ()) -> None:
        """Add (unit id, doc id, tokens) rows and delete every unit of the given doc ids; one commit."""
        writer = self.index.writer(heap_size=HEAP_BYTES, num_threads=1)
        try:
            for doc in delete_docs:
                writer.delete_documents_by_term("doc", int(doc))
            for unit, doc, toks in add:
                writer.add_document(tantivy.Document(body=" ".join(toks), unit=int(unit), doc=int(doc)))
            writer.commit()
            writer.wait_merging_threads()
        except BaseException:
            writer.rollback()
            raise

    # -------------------------------------------------------------- reading

    def reload(self) -> None:
        self.index.reload()

    def search(self, tokens: list[str], k: int) -> list[tuple[int, float]]:
        """(unit id, BM25 score) of the k best units containing any of the tokens.

        Tokens are taken once each, as the old hand-written BM25 did: a question that repeats a
        word does not weigh it twice.
        """
        terms = list(dict.fromkeys(t for t in tokens if t.strip()))
        if not terms or k <= 0:
            return []
        query = tantivy.Query.boolean_query(
            [(tantivy.Occur.Should, tantivy.Query.term_query(self.schema, "body", t, index_option="freq"))
             for t in terms])
        searcher = self.index.searcher()
        hits = searcher.search(query, k, count=False).hits
        if not hits:
            return []
        units = searcher.fast_field_values("unit", [address for _, address in hits])
        return [(int(u), float(score)) for (score, _), u in zip(hits, units) if u is not None]

    def count(self) -> int:
        return self.index.searcher().num_docs
