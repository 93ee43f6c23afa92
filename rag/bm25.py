"""Okapi BM25 over pre-tokenised units, with an inverted index so a query touches only its terms.

Built from token lists (stored as JSON beside the FAISS index), never unpickled.
Leaves out: phrase queries and term proximity.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict

import numpy as np


class BM25:
    # k1 and b are the usual Robertson defaults; tuning them on the small dev set would overfit.
    def __init__(self, docs: list[list[str]], k1: float = 1.5, b: float = 0.75):
        self.n = len(docs)
        self.k1, self.b = k1, b
        lengths = np.array([len(d) for d in docs], dtype=np.float32)
        avg = float(lengths.mean()) if self.n else 1.0
        self._norm = k1 * (1 - b + b * lengths / max(avg, 1e-9))
        self._postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        collect: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for i, doc in enumerate(docs):
            for term, tf in Counter(doc).items():
                collect[term].append((i, tf))
        for term, rows in collect.items():
            ids = np.array([r[0] for r in rows], dtype=np.int64)
            tfs = np.array([r[1] for r in rows], dtype=np.float32)
            self._postings[term] = (ids, tfs)

    @property
    def vocabulary(self) -> set[str]:
        return set(self._postings)

    def df(self, term: str) -> int:
        """How many units contain the term."""
        return len(self._postings[term][0]) if term in self._postings else 0

    def idf(self, term: str) -> float:
        """BM25+ style idf (never negative); a term absent from the corpus gets the largest value."""
        df = self.df(term)
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def scores(self, query: list[str]) -> np.ndarray:
        """Score of every unit for the query tokens.

        >>> bm = BM25([["党建", "联盟"], ["企业"], ["党建"]])  # idf ln(1+2.5/1.5)=0.981, tf part 2.5/3.0625
        >>> [round(float(s), 3) for s in bm.scores(["联盟"])]
        [0.801, 0.0, 0.0]
        """
        out = np.zeros(self.n, dtype=np.float32)
        for term in set(query):
            if term not in self._postings:
                continue
            ids, tfs = self._postings[term]
            out[ids] += self.idf(term) * tfs * (self.k1 + 1) / (tfs + self._norm[ids])
        return out

    def top(self, query: list[str], k: int) -> list[tuple[int, float]]:
        s = self.scores(query)
        hits = np.nonzero(s)[0]
        order = hits[np.argsort(-s[hits], kind="stable")][:k]
        return [(int(i), float(s[i])) for i in order]
