"""Shared fixtures: real m3e-small, real FAISS, small corpora built once per session."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from rag import Settings, build_index
from rag.pagemaker import make_pages

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ONE_PAGE = "004_b0ca06b2c1691095"  # fits one A3 page
TWO_PAGES = "003_32eacd7bfa546bd8"  # runs onto a second page; has an interrupted paragraph

# Three tiny articles in the layout of the seeds: headline, byline, body, one paragraph broken
# across a blank line by the column layout.
SMALL_DOCS = {
    "a.txt": "红旗村建成光伏电站\n\n本报泗水讯(通讯员 张三)红旗村今年建成光伏电站3座，年发电量120万千瓦时。\n\n电站收益全部用于村集体，帮助村民"
             "\n\n增收致富。\n",
    "b.txt": "青山镇开展义诊活动\n\n本报微山讯(通讯员 李四)青山镇卫生院组织医生18名，为老人免费体检。\n",
    "c.md": "# 绿水街道整治河道\n\n绿水街道清理河道垃圾45吨，沿岸种植柳树600棵。\n",
}


@pytest.fixture(scope="session")
def settings(tmp_path_factory) -> Settings:
    base = tmp_path_factory.mktemp("project")
    return Settings(docs_dir=base / "docs", index_dir=base / "index").checked()


def write_docs(folder: Path, docs: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in docs.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / name).write_bytes(data)
    return folder


def built_index(tmp_path_factory, name: str, docs: dict[str, str | bytes]) -> Path:
    """The index folder of these documents, written and indexed in a fresh temporary folder."""
    base = tmp_path_factory.mktemp(name)
    build_index(write_docs(base / "docs", docs), base / "index")
    return base / "index"


@pytest.fixture(scope="session")
def small_index(tmp_path_factory):
    """(docs_dir, index_dir) of the three small articles."""
    base = tmp_path_factory.mktemp("small")
    docs = write_docs(base / "docs", SMALL_DOCS)
    build_index(docs, base / "index")
    return docs, base / "index"


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory):
    """An index of a copy of the five seed files (about 30 s to build)."""
    base = tmp_path_factory.mktemp("seeds")
    docs = base / "docs"
    shutil.copytree(SEEDS, docs)
    build_index(docs, base / "index")
    return docs, base / "index"


@pytest.fixture(scope="session")
def pages(tmp_path_factory):
    """{layout: folder with pdf/, scan/, png/} for two seeds; OCR'd forms for one page only."""
    base = tmp_path_factory.mktemp("pages")
    src = base / "src"
    src.mkdir()
    for stem in (ONE_PAGE, TWO_PAGES):
        (src / f"{stem}.txt").write_bytes((SEEDS / f"{stem}.txt").read_bytes())
    out = {"spanning": make_pages(src, base / "spanning", layout="spanning")}
    out["inline"] = make_pages(src, base / "inline", layout="inline", kinds=("pdf",))
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def listening(port: int, proc: subprocess.Popen, timeout: float) -> bool:
    """Wait until something accepts connections on the port; False if proc exits or time runs out."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return True
        except OSError:
            if proc.poll() is not None:
                return False
            time.sleep(0.2)
    return False


@pytest.fixture(scope="session")
def milvus_server(tmp_path_factory):
    """A real Milvus server on loopback (Milvus Lite's gRPC server, the protocol of a standalone
    Milvus): the way several processes share one Milvus-backed index. Yields its URI."""
    pytest.importorskip("milvus_lite", reason="Milvus Lite is not installed (pip install -e .[cluster])")
    port = free_port()
    data = tmp_path_factory.mktemp("milvus") / "data"
    proc = subprocess.Popen([sys.executable, "-m", "milvus_lite", "server", "--data-dir", str(data),
                             "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if not listening(port, proc, 60):
        proc.kill()
        pytest.skip(f"Milvus Lite server did not start: {proc.stderr.read().decode()[-500:]}")
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=30)


@pytest.fixture(params=["local", "milvus"])
def store_env(request, monkeypatch) -> dict:
    """Environment for one test's index on each store: the local default, or its own collections
    on the shared Milvus server. Set in this process too (in-process ask/build read it)."""
    env = {}
    if request.param == "milvus":
        env = {"RAG_STORE": "milvus", "RAG_MILVUS_URI": request.getfixturevalue("milvus_server"),
               "RAG_MILVUS_COLLECTION": "t" + uuid.uuid4().hex[:12]}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return {**os.environ, **env}
