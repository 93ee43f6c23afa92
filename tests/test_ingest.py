"""Newspaper pages in: real PDFs printed by chromium from multi-column HTML, rasterised into
scans and PNGs, read back through the ingest package; Word and web pages; every bad-file case."""
from __future__ import annotations

import json
import re
import struct
import subprocess
import sys
import unicodedata
import zlib
from difflib import SequenceMatcher

import pytest

from rag import ingest
from rag.ingest import ocr
from rag.loading import DocumentError, decode, load_file
from rag.pagemaker import page_html, print_pdf

from .conftest import ONE_PAGE, ROOT, SEEDS, TWO_PAGES


def norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def body_texts(stem: str) -> list[str]:
    return [norm(p.text) for p in load_file(SEEDS / f"{stem}.txt") if p.kind == "body"]


@pytest.mark.parametrize("layout", ["spanning", "inline"])
def test_born_digital_pages_read_in_column_order(pages, layout):
    for stem in (ONE_PAGE, TWO_PAGES):
        got = ingest.load(pages[layout]["pdf"] / f"{stem}.pdf")
        texts = {norm(p.text) for p in got}
        # every body paragraph of the text version comes back whole: lines rejoined across
        # column and page breaks, the interrupted paragraph of 003 completed
        missing = [t[:40] for t in body_texts(stem) if t not in texts]
        assert missing == []
        want_titles = [norm(p.text) for p in load_file(SEEDS / f"{stem}.txt") if p.kind == "title"]
        assert [norm(p.text) for p in got if p.kind == "title"] == want_titles
    two = ingest.load(pages[layout]["pdf"] / f"{TWO_PAGES}.pdf")
    assert {p.page for p in two} == {1, 2}
    assert [p.page for p in two] == sorted(p.page for p in two)  # reading order runs page by page


def test_paragraph_boxes_hold_the_paragraph(pages):
    import pypdfium2 as pdfium

    path = pages["spanning"]["pdf"] / f"{ONE_PAGE}.pdf"
    paragraph = next(p for p in ingest.load(path) if "已覆盖非公企业147家" in p.text and p.kind == "body")
    x0, top, x1, bottom = paragraph.bbox
    doc = pdfium.PdfDocument(str(path))
    page = doc[paragraph.page - 1]
    width, height = page.get_size()
    assert 0 <= x0 < x1 <= width and 0 <= top < bottom <= height
    # the page's own text inside the first line's box is the paragraph's first characters
    first = paragraph.boxes[0]
    printed = page.get_textpage().get_text_bounded(first[1], height - first[4], first[3], height - first[2])
    assert norm(printed)[:8] == norm(paragraph.text)[:8]
    # boxes cover the paragraph's text in order, offsets within it
    assert paragraph.boxes[0][5] == 0 and paragraph.boxes[-1][6] == len(paragraph.text)
    doc.close()


def char_accuracy(got: list, stem: str) -> float:
    texts = [norm(p.text) for p in got]
    matched = total = 0
    for want in body_texts(stem):
        matched += max(sum(b.size for b in SequenceMatcher(None, want, t, autojunk=False).get_matching_blocks())
                       for t in texts)
        total += len(want)
    return matched / total


@pytest.mark.parametrize("form", ["scan", "png"])
def test_scanned_and_photographed_pages_are_read_by_ocr(pages, form):
    path = pages["spanning"][form] / f"{ONE_PAGE}.{'pdf' if form == 'scan' else 'png'}"
    got = ingest.load(path)
    assert char_accuracy(got, ONE_PAGE) >= 0.95
    fact = next(p for p in got if "147家" in p.text)
    assert fact.page == 1 and fact.bbox is not None
    if form == "png":  # boxes in the image's pixels
        from PIL import Image

        width, height = Image.open(path).size
        assert 0 <= fact.bbox[0] < fact.bbox[2] <= width and 0 <= fact.bbox[1] < fact.bbox[3] <= height


def test_word_and_web_pages(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("泉河镇建成智慧农场", level=1)
    document.add_paragraph("本报讯 泉河镇今年建成智慧农场2处，带动农户320户增收。")
    document.save(tmp_path / "农场.docx")
    got = ingest.load(tmp_path / "农场.docx")
    assert [(p.kind, p.text) for p in got] == [("title", "泉河镇建成智慧农场"),
                                               ("body", "本报讯 泉河镇今年建成智慧农场2处，带动农户320户增收。")]
    assert got[1].page is None and got[1].boxes == []

    page = ("<html><head><meta charset='gbk'><title>站点</title><script>var s='脚本里的秘密口令';</script>"
            "<style>p{color:red}</style></head><body><nav>首页 | 新闻 | 关于我们</nav><article>"
            "<h1>柳林街道开办夜校</h1><p>柳林街道今年开办居民夜校6所，开设书法、电脑等课程28门，"
            "参加学习的居民累计达到1500人次，受到群众欢迎。</p><p>夜校由街道党工委统一组织，"
            "教师主要来自辖区学校和社会组织的志愿者。</p></article><footer>版权所有 页脚</footer></body></html>")
    (tmp_path / "夜校.html").write_bytes(page.encode("gbk"))
    got = ingest.load(tmp_path / "夜校.html")
    text = "".join(p.text for p in got)
    assert "开办居民夜校6所" in text and "脚本里的秘密口令" not in text and "color" not in text


def png_header(width: int, height: int) -> bytes:
    """A PNG that claims width × height pixels (a decompression bomb's header) with no pixels."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


@pytest.fixture(scope="session")
def mixed_folder(pages, tmp_path_factory):
    """Good PDF, DOCX and HTML beside every kind of bad file."""
    import docx
    import pypdf

    folder = tmp_path_factory.mktemp("mixed") / "docs"
    folder.mkdir()
    good = pages["spanning"]["pdf"] / f"{ONE_PAGE}.pdf"
    (folder / "济北.pdf").write_bytes(good.read_bytes())
    document = docx.Document()
    document.add_heading("泉河镇建成智慧农场", level=1)
    document.add_paragraph("泉河镇今年建成智慧农场2处，带动农户320户增收。")
    document.save(folder / "农场.docx")
    (folder / "夜校.html").write_text(
        "<html><head><meta charset='utf-8'><script>var s='脚本里的秘密口令';</script></head><body><article>"
        "<h1>柳林街道开办夜校</h1><p>柳林街道今年开办居民夜校6所，开设书法、电脑等课程28门，参加学习的居民"
        "累计达到1500人次。</p></article></body></html>", encoding="utf-8")
    data = good.read_bytes()
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    (folder / "truncated.pdf").write_bytes(data[: len(data) // 3])
    writer = pypdf.PdfWriter(clone_from=str(good))
    writer.encrypt("secret", algorithm="RC4-128")
    with open(folder / "locked.pdf", "wb") as fh:
        writer.write(fh)
    (folder / "empty.png").write_bytes(b"")
    (folder / "bomb.png").write_bytes(png_header(100_000, 100_000))
    (folder / "fake.docx").write_text("这不是 Word 文件", encoding="utf-8")
    return folder


BAD = {"corrupt.pdf": "damaged", "truncated.pdf": "", "locked.pdf": "password", "empty.png": "empty",
       "bomb.png": "decompression bomb", "fake.docx": "not a Word"}


def run(*args):
    return subprocess.run([sys.executable, "-m", "rag", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_mixed_folder_builds_names_bad_files_and_cites_pages(mixed_folder, tmp_path):
    index = tmp_path / "index"
    out = run("build", "--docs", str(mixed_folder), "--index", str(index))
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr and "indexed 3 documents" in out.stdout
    warnings = [line for line in out.stderr.splitlines() if line.startswith("warning: skipped")]
    for name, reason in BAD.items():
        line = next((w for w in warnings if name in w), None)
        assert line is not None, f"{name} not reported: {out.stderr}"
        assert reason in line
    assert len(warnings) == len(BAD)

    answer = json.loads(run("ask", "济北开发区的党建联盟融合工程覆盖了多少家非公企业？", "--index", str(index),
                            "--json").stdout)
    cited = answer["citations"][0]
    assert "147家" in answer["text"] and cited["source"] == "济北.pdf" and cited["page"] == 1
    assert len(cited["bbox"]) == 4
    farm = json.loads(run("ask", "泉河镇建成了几处智慧农场？", "--index", str(index), "--json").stdout)
    assert "2处" in farm["text"] and farm["citations"][0]["source"] == "农场.docx"
    assert farm["citations"][0]["page"] is None
    printed = run("ask", "济北开发区的党建联盟融合工程覆盖了多少家非公企业？", "--index", str(index))
    assert "济北.pdf" in printed.stdout and "第1页" in printed.stdout

    from rag.store.local import open_store

    store = open_store(index)
    assert store.search_keywords(["秘密口令"], 5) == [] and store.search_keywords(["夜校"], 5) != []


def test_files_are_checked_by_content_not_suffix(tmp_path):
    with pytest.raises(DocumentError, match="not a image"):
        ingest.check(b"%PDF-1.7 ...", "page.png")
    with pytest.raises(DocumentError, match="not a PDF"):
        ingest.check(b"\x89PNG\r\n\x1a\n" + b"\0" * 20, "page.pdf")
    with pytest.raises(DocumentError, match="unsupported"):
        ingest.check(b"MZ\x90\x00", "tool.exe")
    assert ingest.check("<!DOCTYPE html><p>党建</p>".encode(), "a.htm") == "html"
    assert ingest.check("党建引领".encode(), "a.txt") == "text"


def test_a_thousand_page_pdf_reports_every_page(tmp_path):
    import pypdf

    one = print_pdf(page_html("短页\n\n本页只有一段文字，用来测试很长的文件。\n", "short.txt", columns=1),
                    tmp_path / "one.pdf")
    writer = pypdf.PdfWriter()
    page = pypdf.PdfReader(one).pages[0]
    for _ in range(1000):
        writer.add_page(page)
    with open(tmp_path / "long.pdf", "wb") as fh:
        writer.write(fh)
    seen = []
    got = ingest.load(tmp_path / "long.pdf", on_page=lambda done, total: seen.append((done, total)))
    assert seen[0] == (1, 1000) and seen[-1] == (1000, 1000) and len(seen) == 1000
    assert {p.page for p in got} == set(range(1, 1001))


def test_image_size_is_checked_before_decoding(tmp_path):
    (tmp_path / "big.png").write_bytes(png_header(12_000, 8_000))  # under Pillow's own guard
    with pytest.raises(DocumentError, match="96 megapixels"):
        ocr.open_image(tmp_path / "big.png", "big.png", max_pixels=80_000_000)
    (tmp_path / "cut.png").write_bytes(png_header(200, 100)[:40])
    with pytest.raises(DocumentError, match="cut.png"):
        ingest.load(tmp_path / "cut.png")


def test_a_parser_failing_inside_a_file_is_that_files_error(tmp_path):
    """A .docx whose XML is broken makes python-docx raise lxml's own error: it must come out as
    a DocumentError naming the file (a build skips it), not as a traceback."""
    import zipfile

    with zipfile.ZipFile(tmp_path / "bad.docx", "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", '<w:document xmlns:w="x"><broken')
    with pytest.raises(DocumentError, match=r"bad.docx: could not be read \(XMLSyntaxError"):
        ingest.load(tmp_path / "bad.docx")


def test_text_files_read_as_before():
    assert decode("党建".encode("gbk")) == "党建"
    assert [p.text for p in ingest.load(SEEDS / f"{ONE_PAGE}.txt")] == \
        [p.text for p in load_file(SEEDS / f"{ONE_PAGE}.txt")]
