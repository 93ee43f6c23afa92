"""The CLI as a user runs it: one line of error, exit 2, no traceback."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args):
    return subprocess.run([sys.executable, "-m", "rag", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


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
    assert build.returncode == 2 and "no .txt or .md" in build.stderr and "Traceback" not in build.stderr


def test_build_warns_about_skipped_files_by_name(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ok.txt").write_text("标题\n\n正文有内容。\n", encoding="utf-8")
    (docs / "broken.txt").write_bytes(bytes(range(128, 256)) * 8)
    out = run("build", "--docs", str(docs), "--index", str(tmp_path / "index"))
    assert out.returncode == 0, out.stderr
    assert "broken.txt" in out.stderr and "indexed 1 documents" in out.stdout
    assert "%" in out.stderr  # the progress bar
