"""Ingest fanned out: worker processes on this machine, and actors on a (local) Ray cluster
writing into a shared Milvus store. Real OCR, real embeddings, real processes."""
import json
import subprocess
import sys

import numpy as np
import pytest

from rag import fanout
from rag.embedding import get_embedder
from rag.indexing import SourceFile, embed_documents, parse_file

from .conftest import ONE_PAGE, ROOT, SMALL_DOCS, write_docs

QUESTION = "济北开发区的党建联盟融合工程覆盖了多少家非公企业？"


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "rag", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, env=env)


@pytest.fixture(scope="module")
def folder(pages, tmp_path_factory):
    """A scanned page, two text articles and a file that cannot be read."""
    docs = write_docs(tmp_path_factory.mktemp("fanout") / "docs", {k: v for k, v in SMALL_DOCS.items() if k != "c.md"})
    (docs / "济北.png").write_bytes((pages["spanning"]["png"] / f"{ONE_PAGE}.png").read_bytes())
    (docs / "empty.png").write_bytes(b"")
    return docs


def test_workers_prepare_what_one_process_prepares(folder):
    items = [SourceFile(n, folder / n) for n in ("a.txt", "b.txt", "empty.png")]
    job = fanout.Job("m3e-small", 32, 220, {"max_side": 2000, "max_pixels": 80_000_000}, 1)
    workers = fanout.start(2, job)
    try:
        done = {p.name: p for p in workers.map(items)}
    finally:
        workers.close()
    assert done["empty.png"].doc is None and "empty" in done["empty.png"].reason
    embedder = get_embedder("m3e-small")
    for name in ("a.txt", "b.txt"):
        here = parse_file(SourceFile(name, folder / name), 220)
        embed_documents([here], embedder)
        there = done[name].doc
        assert [p.text for p in there.paragraphs] == [p.text for p in here.paragraphs]
        assert there.sha256 == here.sha256 and there.path == here.path
        for u, v in zip(there.units, here.units):
            assert u.tokens == v.tokens
            assert np.allclose(u.vector, v.vector, atol=1e-4)
            assert np.allclose(u.sentence_vectors, v.sentence_vectors, atol=1e-4)


def test_add_with_two_workers_reads_pages_and_cites_them(folder, tmp_path):
    index = str(tmp_path / "index")
    out = run("add", str(folder), "--index", index, "--workers", "2")
    assert out.returncode == 0, out.stderr
    assert "added 济北.png" in out.stdout and "added a.txt" in out.stdout and "added b.txt" in out.stdout
    assert "skipped empty.png" in out.stderr and "Traceback" not in out.stderr
    answer = json.loads(run("ask", QUESTION, "--index", index, "--json").stdout)
    assert "147家" in answer["text"]
    assert answer["citations"][0]["source"] == "济北.png" and answer["citations"][0]["page"] == 1
    bad = run("add", str(folder), "--index", index, "--workers", "0")
    assert bad.returncode == 2 and "ingest_workers must be greater than 0" in bad.stderr


def test_ray_actors_write_into_a_shared_milvus_store(folder, tmp_path, milvus_server):
    pytest.importorskip("ray", reason="Ray is not installed (pip install -e .[cluster])")
    import os
    env = {**os.environ, "RAG_STORE": "milvus", "RAG_MILVUS_URI": milvus_server, "RAG_MILVUS_COLLECTION": "ray_test"}
    index = str(tmp_path / "index")
    out = run("add", str(folder), "--index", index, "--ray", "local", "--workers", "2", env=env)
    assert out.returncode == 0, out.stderr
    assert "added 济北.png" in out.stdout and "skipped empty.png" in out.stderr
    listed = json.loads(run("list", "--index", index, "--json", env=env).stdout)
    assert {d["source"]: d["path"] for d in listed} == {n: str(folder / n) for n in ("a.txt", "b.txt", "济北.png")}
    answer = json.loads(run("ask", QUESTION, "--index", index, "--json", env=env).stdout)
    assert "147家" in answer["text"] and answer["citations"][0]["page"] == 1
    gone = run("add", str(folder), "--index", index, "--ray", "127.0.0.1:1", env=env)
    assert gone.returncode == 2 and "Ray cluster" in gone.stderr and "Traceback" not in gone.stderr


def test_a_local_ray_cluster_that_cannot_start_is_a_one_line_error(tmp_path):
    """Ray's local start waits for its GCS server to write its port; with no time to wait it
    fails, as it has on two busy cores: the CLI says so, tried three times, without a traceback."""
    pytest.importorskip("ray", reason="Ray is not installed (pip install -e .[cluster])")
    import os
    docs = write_docs(tmp_path / "docs", {"a.txt": SMALL_DOCS["a.txt"]})
    env = {**os.environ, "RAY_gcs_server_port_wait_time_s": "0"}
    out = run("add", str(docs), "--index", str(tmp_path / "index"), "--ray", "local", "--workers", "1", env=env)
    assert out.returncode == 2 and "cannot join the Ray cluster at 'local'" in out.stderr, out.stderr
    assert out.stderr.count("trying again") == 2 and "Traceback" not in out.stderr
