"""Gradio chat over the indexed articles: `python app.py [--port N] [--host H]`.

A thin seam over `rag`: it turns `ask()` results into chat messages with openable citations, and
uploads into `rag.uploads.upload`. No retrieval logic lives here. Listens on 127.0.0.1 unless told
otherwise; never opens a public share link.
"""
from __future__ import annotations

import argparse
import base64
import html
import json
import logging
import os
import re
import sys
import time
from pathlib import Path

import gradio as gr

from rag import Answer, InvalidQuestion, Settings, ask_stream, get_engine, list_documents, remove_documents
from rag.cli import ProgressBar
from rag.llm import llm_available
from rag.loading import DOC_SUFFIXES, DocumentError
from rag.pageview import crop
from rag.uploads import upload

log = logging.getLogger("app")

# Example questions with the seed article each asks about: shown only when that article is in the
# library (on another collection they would only be answered "not found").
EXAMPLES = [
    ("阎楼镇橡塑管产业链委员会覆盖多少家企业？", "000_f6862bbb343dde8c.txt"),
    ("济北开发区的党建联盟融合工程覆盖了多少家非公企业？", "004_b0ca06b2c1691095.txt"),
    ("明水街道构建的五级组织架构包括哪些层级？", "003_32eacd7bfa546bd8.txt"),
]
NO_SOURCES_YET = "<p>提问后，这里列出回答引用的段落。</p>"
MODES = {"抽取式（无需模型）": "extractive", "大模型（LLM）": "llm"}
CSS = """
.cite-list details { border-left: 3px solid #c0392b; padding: 4px 8px; margin: 6px 0; background: #fafafa; }
.cite-list summary { cursor: pointer; font-weight: 600; }
.cite-list mark { background: #ffe58a; }
sup.cite { color: #c0392b; cursor: help; }
.cite-list img.page-crop { display: block; max-width: 100%; border: 1px solid #ddd; margin: 6px 0; }
"""


def _settings() -> Settings:
    return Settings.from_env()


def plain_history(history) -> list[dict]:
    """Chat history as {"role", "content": str}; HTML citation blocks are dropped."""
    out = []
    for msg in history or []:
        content = msg.get("content") if isinstance(msg, dict) else None
        if isinstance(content, list):
            content = " ".join(part.get("text", "") for part in content if isinstance(part, dict))
        if isinstance(content, str):
            text = re.sub(r"<details.*?</details>", "", content, flags=re.S)
            out.append({"role": msg.get("role"), "content": re.sub(r"<[^>]+>", "", text).strip()})
    return out


def render_citation(n: int, c, open_: bool = False, image: str = "") -> str:
    paragraph = html.escape(c.text)
    for piece in c.quote.split("…"):
        piece = html.escape(piece.strip())
        if piece and piece in paragraph:
            paragraph = paragraph.replace(piece, f"<mark>{piece}</mark>", 1)
    page = f"第{c.page}页 · " if c.page else ""
    return (f'<details class="citation" data-n="{n}"{" open" if open_ else ""}><summary>[{n}] {html.escape(c.title)} · '
            f'{html.escape(c.source)} · {page}第{c.paragraph}段</summary>{image}<p>{paragraph}</p></details>')


def page_image(c, settings: Settings) -> str:
    """The cited region of a PDF or image page as an inline image ("" for text formats)."""
    if not c.page or not c.bbox:
        return ""
    try:
        held = get_engine(settings=settings).store.documents([c.source])
        png = crop(Path(held[0].path), c.page, c.bbox, c.highlight, cache_dir=settings.index_dir / ".crops",
                   max_pixels=settings.max_image_pixels)
    except (OSError, IndexError, ValueError, RuntimeError, DocumentError) as exc:  # RuntimeError: PdfiumError
        return f'<p class="crop-missing">（无法显示原版面第{c.page}页：{html.escape(str(exc))}）</p>'
    data = base64.b64encode(png.read_bytes()).decode()
    return (f'<img class="page-crop" alt="{html.escape(c.source)} 第{c.page}页" '
            f'src="data:image/png;base64,{data}">')


def render_answer(answer, top_n: int, settings: Settings | None = None) -> tuple[str, str]:
    """(chat message HTML, sources panel HTML); the panel shows page regions when settings given."""
    def marker(m):
        n = int(m.group(1))
        c = answer.citations[n - 1] if 0 < n <= len(answer.citations) else None
        page = f"第{c.page}页 · " if c and c.page else ""
        title = html.escape(f"{c.title} · {c.source} · {page}第{c.paragraph}段：{c.quote}") if c else ""
        return f'<sup class="cite" title="{title}">[{n}]</sup>'

    body = re.sub(r"\[(\d+)\]", marker, html.escape(answer.text))
    if answer.abstained:
        body = f"📭 {body}"
    cites = "".join(render_citation(n, c) for n, c in enumerate(answer.citations, 1))
    message = body + (f'<div class="cite-list">{cites}</div>' if cites else "")
    shown = answer.citations[:top_n]
    panel = ("".join(render_citation(n, c, open_=True, image=page_image(c, settings) if settings else "")
                     for n, c in enumerate(shown, 1))
             if shown else "<p>本回答没有引用来源。</p>")
    return message, f'<div class="cite-list">{panel}</div>'


def fresh_warnings(warnings: list[str], shown: list[str] | None) -> tuple[list[str], list[str]]:
    """(the warnings not yet shown in this browser session, all shown after these): an answer
    carries the index's standing warnings ("not indexed, unreadable: …") every time; a toast for
    each on every question only hides the answer.

    >>> fresh_warnings(["a", "b"], ["a"])
    (['b'], ['a', 'b'])
    """
    shown = list(shown or [])
    fresh = [w for w in dict.fromkeys(warnings) if w not in shown]
    return fresh, shown + fresh


def respond(message: str, history: list, top_n: int, mode_label: str, shown: list[str] | None = None):
    """Stream the answer into the chat, then show it with its citations. While it is written the
    box and the button are off, so a next question waits for it rather than racing it. `shown`
    (this session's warnings already shown) comes back with the answer's new ones added."""
    history = list(history or [])
    if not message or not message.strip():
        gr.Warning("请输入问题。")
        yield history, gr.update(), "", gr.update(), shown
        return
    mode = MODES.get(mode_label, "extractive")
    settings = _settings()
    if mode == "extractive":
        settings = settings.with_(llm_base_url="")
    history = history + [{"role": "user", "content": message}, {"role": "assistant", "content": "▌"}]
    busy = gr.update(value="", interactive=False), gr.update(interactive=False)
    yield history, gr.update(), *busy, shown
    try:
        pieces = ask_stream(message, plain_history(history[:-2]), settings=settings)
        streamed = ""
        for piece in pieces:
            if isinstance(piece, Answer):
                answer = piece
                break
            streamed += piece  # LLM mode: the model's raw tokens, before verification
            history[-1] = {"role": "assistant", "content": html.escape(streamed) + " ▌"}
            yield history, gr.update(), gr.update(), gr.update(), shown
    except Exception as exc:  # the question goes back into the box: nothing typed is lost
        if not isinstance(exc, InvalidQuestion):
            log.exception("answering %r failed", message)
        gr.Warning(str(exc) if isinstance(exc, InvalidQuestion) else f"回答出错：{exc}")
        yield (history[:-2], gr.update(), gr.update(value=message, interactive=True), gr.update(interactive=True),
               shown)
        return
    if not streamed:  # extractive answers arrive whole; show them being written anyway
        text = answer.text
        step = max(1, len(text) // 12)
        for end in range(step, len(text), step):
            history[-1] = {"role": "assistant", "content": html.escape(text[:end]) + " ▌"}
            yield history, gr.update(), gr.update(), gr.update(), shown
            time.sleep(0.03)
    fresh, shown = fresh_warnings(answer.warnings, shown)
    for w in fresh:
        gr.Warning(w)
    rendered, panel = render_answer(answer, int(top_n), settings)
    history[-1] = {"role": "assistant", "content": rendered}
    yield history, panel, gr.update(interactive=True), gr.update(interactive=True), shown


def on_upload(files, replace=False, progress=gr.Progress()):
    """Save and index uploaded files one at a time, showing which one is being indexed."""
    if not files:
        return "请选择要上传的文件（文本、PDF、图片、Word 或网页）。", *documents_view()
    items = []
    for f in files:
        path = Path(f if isinstance(f, str) else getattr(f, "name", str(f)))
        original = Path(getattr(f, "orig_name", "") or path.name).name
        items.append((original, path.read_bytes()))
    lines = []
    for n, item in enumerate(items):
        progress(n / len(items), desc=f"正在加入 {item[0]}（{n + 1}/{len(items)}）")
        report = upload([item], settings=_settings(), replace=bool(replace))
        lines += [f"✅ 已添加 {name}（{count} 段）" for name, count in report.added.items()]
        lines += [f"⛔ 未添加 {name}：{why}" for name, why in report.refused.items()]
    progress(1.0, desc="完成")
    return "\n\n".join(lines) or "没有文件被添加。", *documents_view()


LIBRARY_ROWS = 500  # a browser table of a whole archive would not help anyone; the CLI lists all


def documents_view():
    """(table rows, dropdown update): the most recently added documents of the default index."""
    try:
        docs = list_documents(settings=_settings())
    except Exception as exc:  # a damaged or missing index: say so in the table
        return [[f"（无法读取文档库：{exc}）", "", ""]], gr.update(choices=[], value=[])
    docs = sorted(docs, key=lambda d: d["added"], reverse=True)
    rows = [[d["source"], d["paragraphs"], d["added"].replace("T", " ")] for d in docs[:LIBRARY_ROWS]]
    if len(docs) > LIBRARY_ROWS:
        rows.append([f"……共 {len(docs)} 篇，仅显示最近加入的 {LIBRARY_ROWS} 篇（完整列表：python -m rag list）", "", ""])
    return rows, gr.update(choices=[d["source"] for d in docs[:LIBRARY_ROWS]], value=[])


def example_questions() -> list[str]:
    """The example questions whose article the library holds."""
    try:
        present = {d["source"] for d in list_documents(settings=_settings())}
    except Exception:  # a damaged or missing index: the chat tab says so when asked
        return []
    return [question for question, source in EXAMPLES if source in present]


def on_delete(names):
    if not names:
        return "请先选择要删除的文档。", *documents_view()
    result = remove_documents(list(names), settings=_settings())
    lines = [f"已删除 {name}" for name in result["removed"]]
    lines += [f"⛔ 文档库中没有 {name}" for name in result["missing"]]
    return "\n\n".join(lines), *documents_view()


def build_ui() -> gr.Blocks:
    llm_ready = llm_available(_settings())
    shown = example_questions()
    with gr.Blocks(title="新闻资料问答") as demo:
        gr.Markdown("## 新闻资料问答\n每句回答后面的 [n] 是出处：把鼠标放上去或点开下方的来源，可以看到原文段落。资料里没有的内容，系统会直接说明。")
        with gr.Tab("问答", elem_id="chat-tab"):
            with gr.Row():
                with gr.Column(scale=3):
                    chat = gr.Chatbot(label="对话", height=520, sanitize_html=True)
                    box = gr.Textbox(label="问题", lines=1, placeholder=f"例如：{shown[0]}" if shown
                                     else "输入关于资料的问题，例如：某镇今年新建了多少个项目？")
                    with gr.Row():
                        send = gr.Button("提问", variant="primary")
                        clear = gr.Button("清空对话")
                    if shown:
                        gr.Examples(shown, inputs=box, label="示例问题")
                with gr.Column(scale=2):
                    gr.Markdown("### 来源")
                    sources = gr.HTML(NO_SOURCES_YET, elem_id="sources")
                    with gr.Accordion("设置", open=False):
                        top_n = gr.Slider(1, 6, value=3, step=1, label="显示来源数")
                        mode = gr.Radio(list(MODES), value=list(MODES)[0], label="回答方式",
                                        info=None if llm_ready else "未配置大模型（RAG_LLM_BASE_URL），使用抽取式回答",
                                        interactive=llm_ready)
                    with gr.Accordion("上传文档", open=False):
                        files = gr.File(label="添加文档：文本（UTF-8 或 GBK）、报纸版面 PDF、扫描件或照片、"
                                              "Word、网页；可多选", file_count="multiple",
                                        file_types=list(DOC_SUFFIXES))
                        replace = gr.Checkbox(label="替换同名文档", value=False)
                        add = gr.Button("加入资料库")
                        report = gr.Markdown(elem_id="upload-report")
        with gr.Tab("文档库", elem_id="library-tab"):
            table = gr.Dataframe(headers=["文档", "段落数", "加入时间"], datatype=["str", "number", "str"],
                                 interactive=False, elem_id="library-table")
            with gr.Row():
                chosen = gr.Dropdown([], multiselect=True, label="选择文档", elem_id="library-choice")
                delete = gr.Button("删除所选", variant="stop")
                reload = gr.Button("刷新")
            library_report = gr.Markdown(elem_id="library-report")
        shown = gr.State([])  # (this session's warnings already shown: each once)
        send.click(respond, [box, chat, top_n, mode, shown], [chat, sources, box, send, shown])
        box.submit(respond, [box, chat, top_n, mode, shown], [chat, sources, box, send, shown])
        # (cleared in the browser, at the click: done on the server, the clearing could arrive after
        # the answer to a question asked right after it, and wipe that answer away)
        clear.click(None, None, [chat, sources, box], js=f"() => [[], {json.dumps(NO_SOURCES_YET)}, '']")
        add.click(on_upload, [files, replace], [report, table, chosen])
        delete.click(on_delete, chosen, [library_report, table, chosen])
        reload.click(documents_view, None, [table, chosen])
        demo.load(documents_view, None, [table, chosen])
    return demo


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Start the chat UI.")
    parser.add_argument("--port", type=int, default=int(os.environ.get("GRADIO_SERVER_PORT", 7860)))
    parser.add_argument("--host", default=os.environ.get("GRADIO_SERVER_NAME", "127.0.0.1"))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="warning: %(message)s")
    try:
        print("loading the index (building it from the documents if needed)…", file=sys.stderr)
        get_engine(settings=_settings(), progress=ProgressBar())
    except Exception as exc:  # a user-fixable problem: say it, no traceback
        print(f"error: {exc}", file=sys.stderr)
        return 2
    demo = build_ui()
    demo.queue(default_concurrency_limit=4)
    demo.launch(server_name=args.host, server_port=args.port, share=False, css=CSS, show_error=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
