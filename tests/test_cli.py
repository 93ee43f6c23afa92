"""The CLI as a user runs it: one line of error, exit 2, no traceback."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "rag", *args], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env=env)


def test_ask_json_and_user_errors(small_index, tmp_path):
    docs, index_dir = small_index
    out = run("ask", "青山镇组织了多少名医生？", "--index", str(index_dir), "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert "18名" in data["text"] and data["citations"][0]["source"] == "b.txt"
    assert data["abstained"] is False and data["citations"][0]["paragraph"] >= 1

    empty = run("ask", "  ", "--index", str(index_dir))
    assert empty.returncode == 2 and "为空" in empty.stderr and "Traceback" not in empty.stderr

    missing = run("ask", "问题", "--index", str(tmp_path / "nothing"))
    assert missing.returncode == 2 and "no index" in missing.stderr and "Traceback" not in missing.stderr

    (tmp_path / "empty").mkdir()
    build = run("build", "--docs", str(tmp_path / "empty"), "--index", str(tmp_path / "i"))
    assert build.returncode == 2 and "no documents (.txt, .md, .pdf" in build.stderr and "Traceback" not in build.stderr


def test_output_into_a_reader_that_stopped_is_no_traceback(small_index):
    """`rag ask … | head -1`: head closes the pipe before the answer is written."""
    docs, index_dir = small_index
    proc = subprocess.Popen([sys.executable, "-m", "rag", "ask", "青山镇组织了多少名医生？", "--index", str(index_dir)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    proc.stdout.close()  # (before the model has loaded: every write meets a closed pipe)
    err = proc.stderr.read()
    assert proc.wait(timeout=300) == 0 and "Traceback" not in err and "BrokenPipe" not in err, err


def test_build_warns_about_skipped_files_by_name(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ok.txt").write_text("标题\n\n正文有内容。\n", encoding="utf-8")
    (docs / "broken.txt").write_bytes(bytes(range(128, 256)) * 8)
    out = run("build", "--docs", str(docs), "--index", str(tmp_path / "index"))
    assert out.returncode == 0, out.stderr
    assert "broken.txt" in out.stderr and "indexed 1 documents" in out.stdout
    assert "%" in out.stderr  # the progress bar

    asked = run("ask", "正文有什么？", "--index", str(tmp_path / "index"))
    assert asked.returncode == 0, asked.stderr
    # each ask names the unreadable files on one line; the reasons are the build's to give
    assert [line for line in asked.stderr.splitlines() if "broken.txt" in line] == [
        "warning: not indexed, unreadable: broken.txt (`python -m rag list` says why)"]
    listed = run("list", "--index", str(tmp_path / "index"))
    assert "warning: not indexed: broken.txt: not UTF-8" in listed.stderr, listed.stderr


def _article(i: int) -> str:
    return f"第{i}村新闻\n\n第{i}村今年修建道路{i}条，种植树木{100 + i}棵。\n\n村民们说，路好走了，日子也更有奔头。\n"


def test_document_library_end_to_end(tmp_path, store_env):
    index = str(tmp_path / "index")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "白云.txt").write_text("白云村修路\n\n白云村今年修建水泥路7条。\n", encoding="utf-8")
    (tmp_path / "青山.txt").write_text("青山镇义诊\n\n青山镇卫生院组织医生18名。\n", encoding="utf-8")
    out = run("add", str(tmp_path / "a"), str(tmp_path / "青山.txt"), "--index", index, env=store_env)
    assert out.returncode == 0, out.stderr
    assert "added 白云.txt (2 paragraphs)" in out.stdout and "added 青山.txt" in out.stdout

    listed = run("list", "--index", index, "--json", env=store_env)
    docs = json.loads(listed.stdout)
    assert [d["source"] for d in docs] == ["白云.txt", "青山.txt"]
    assert all(d["paragraphs"] == 2 and d["added"][:4].isdigit() for d in docs)

    # re-adding a changed file under the same name replaces it
    (tmp_path / "a" / "白云.txt").write_text("白云村修路\n\n白云村今年修建水泥路9条。\n", encoding="utf-8")
    assert run("add", str(tmp_path / "a" / "白云.txt"), "--index", index, env=store_env).returncode == 0
    answer = json.loads(run("ask", "白云村修了几条路？", "--index", index, "--json", env=store_env).stdout)
    assert "9条" in answer["text"] and "7条" not in answer["text"]

    removed = run("remove", "青山.txt", "--index", index, env=store_env)
    assert removed.returncode == 0 and "removed 青山.txt" in removed.stdout
    assert json.loads(run("ask", "青山镇组织了多少名医生？", "--index", index, "--json", env=store_env).stdout)["abstained"]
    missing = run("remove", "nope.txt", "--index", index, env=store_env)
    assert missing.returncode == 2 and "not in the index" in missing.stderr and "Traceback" not in missing.stderr
    gone = run("add", str(tmp_path / "nothing.txt"), "--index", index, env=store_env)
    assert gone.returncode == 2 and "does not exist" in gone.stderr and "Traceback" not in gone.stderr


def test_two_writers_at_once_both_land(tmp_path, store_env):
    index = str(tmp_path / "index")
    for name in ("x", "y"):
        (tmp_path / name).mkdir()
        for i in range(3):
            n = i + (0 if name == "x" else 10)
            (tmp_path / name / f"{name}{i}.txt").write_text(_article(n), encoding="utf-8")
    assert run("add", str(tmp_path / "x" / "x0.txt"), "--index", index, env=store_env).returncode == 0  # create it
    procs = [subprocess.Popen([sys.executable, "-m", "rag", "add", str(tmp_path / name), "--index", index],
                              cwd=ROOT, env=store_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for name in ("x", "y")]
    for p in procs:
        p.wait(timeout=300)
        assert p.returncode == 0, p.stderr.read()
    docs = json.loads(run("list", "--index", index, "--json", env=store_env).stdout)
    assert sorted(d["source"] for d in docs) == ["x0.txt", "x1.txt", "x2.txt", "y0.txt", "y1.txt", "y2.txt"]
    answer = json.loads(run("ask", "第11村今年修建道路多少条？", "--index", index, "--json", env=store_env).stdout)
    assert "11条" in answer["text"] and answer["citations"][0]["source"] == "y1.txt"


def test_add_killed_midway_leaves_a_working_index(tmp_path, store_env):
    import os
    import signal
    import time
    index = str(tmp_path / "index")
    (tmp_path / "first.txt").write_text(_article(500), encoding="utf-8")
    assert run("add", str(tmp_path / "first.txt"), "--index", index, env=store_env).returncode == 0
    (tmp_path / "many").mkdir()
    for i in range(60):
        (tmp_path / "many" / f"m{i:02d}.txt").write_text(_article(i), encoding="utf-8")
    env = {**store_env, "RAG_BUILD_BATCH_UNITS": "4"}  # many small commits: the kill lands between or inside one
    proc = subprocess.Popen([sys.executable, "-m", "rag", "add", str(tmp_path / "many"), "--index", index],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen = b""
    deadline = time.time() + 240
    while b"files" not in seen and time.time() < deadline:  # at least one batch committed
        seen += os.read(proc.stderr.fileno(), 256)
    time.sleep(0.3)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    answer = json.loads(run("ask", "第500村今年修建道路多少条？", "--index", index, "--json", env=store_env).stdout)
    assert "500条" in answer["text"]
    docs = json.loads(run("list", "--index", index, "--json", env=store_env).stdout)
    landed = [d for d in docs if d["source"].startswith("m")]
    assert 0 < len(landed) < 60 and all(d["paragraphs"] == 3 for d in landed)  # whole documents only
    again = run("add", str(tmp_path / "many"), "--index", index, env=store_env)
    assert again.returncode == 0, again.stderr
    docs = json.loads(run("list", "--index", index, "--json", env=store_env).stdout)
    assert len(docs) == 61
    answer = json.loads(run("ask", "第42村今年修建道路多少条？", "--index", index, "--json", env=store_env).stdout)
    assert "42条" in answer["text"] and answer["citations"][0]["source"] == "m42.txt"


def test_a_running_engine_sees_what_another_process_added(tmp_path, store_env):
    from rag import ask, build_index
    from .conftest import SMALL_DOCS, write_docs
    docs = write_docs(tmp_path / "docs", SMALL_DOCS)
    build_index(docs, tmp_path / "index")
    assert ask("白云村修了几条路？", index_dir=tmp_path / "index").abstained  # engine now cached here
    (tmp_path / "白云.txt").write_text("白云村修路\n\n白云村今年修建水泥路7条。\n", encoding="utf-8")
    out = run("add", str(tmp_path / "白云.txt"), "--index", str(tmp_path / "index"), env=store_env)
    assert out.returncode == 0, out.stderr
    answer = ask("白云村修了几条路？", index_dir=tmp_path / "index")
    assert "7条" in answer.text and answer.citations[0].source == "白云.txt"
