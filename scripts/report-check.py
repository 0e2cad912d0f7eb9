#!/usr/bin/env python3
"""Checks a `starling report` folder in headless Chromium. Standard library only.

    report-check.py dom   DOM_FILE               static checks of `chromium --dump-dom` output
    report-check.py live  REPORT_HTML OUT_DIR    screenshot + layout checks over the DevTools pipe
    report-check.py pdf   PDF DOM_FILE           every chart (and every short table) on one A4 page

Each prints what it checked, one line per problem prefixed with FAIL, and exits 1 if any.
Run through scripts/report-check.sh, which finds Chromium and the poppler tools.
"""
import base64
import html.parser
import json
import os
import re
import subprocess
import sys

PROBLEMS = []


def fail(message):
    PROBLEMS.append(message)
    print("FAIL " + message)


def finish(what):
    if PROBLEMS:
        print(f"{what}: {len(PROBLEMS)} problem(s)")
        sys.exit(1)
    print(f"{what}: ok")


# ---------------------------------------------------------------- the dumped DOM

class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children, self.text = tag, dict(attrs), parent, [], ""

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    def find(self, tag):
        return [n for n in self.walk() if n.tag == tag]

    def all_text(self):
        return (self.text + " ".join(c.all_text() for c in self.children)).strip()

    def ancestor(self, predicate):
        node = self.parent
        while node is not None and not predicate(node):
            node = node.parent
        return node


VOID = {"meta", "link", "br", "img", "hr", "input", "source", "col", "area", "base", "wbr", "embed", "track", "param"}


class Tree(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", [], None)
        self.node = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.node)
        self.node.children.append(node)
        if tag not in VOID:
            self.node = node

    def handle_startendtag(self, tag, attrs):
        self.node.children.append(Node(tag, attrs, self.node))

    def handle_endtag(self, tag):
        node = self.node
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.node = node.parent

    def handle_data(self, data):
        self.node.text += data


def parse(path):
    tree = Tree()
    with open(path, encoding="utf-8") as f:
        tree.feed(f.read())
    return tree.root


def norm(text):
    return re.sub(r"\s+", "", text or "")


def charts(root):
    """(caption, svg texts, the block) for every chart in the report."""
    out = []
    for svg in root.find("svg"):
        figure = svg.ancestor(lambda n: n.tag == "figure")
        caption = figure.find("figcaption")[0].all_text() if figure and figure.find("figcaption") else ""
        texts = [t.all_text() for t in svg.find("text") if t.all_text()]
        out.append((caption, texts, svg.ancestor(lambda n: "block" in n.attrs.get("class", "").split())))
    return out


def check_dom(path):
    root = parse(path)
    svgs = root.find("svg")
    tables = root.find("table")
    sections = root.find("section")
    print(f"DOM: {len(sections)} sections, {len(svgs)} charts, {len(tables)} tables")
    if not sections:
        fail("no <section> in the report")
    if not tables:
        fail("no <table> in the report")
    # Every chart has a data table beside it, in the same block, with a caption and rows.
    for caption, _, block in charts(root):
        name = caption or "(chart without a caption)"
        if not caption:
            fail("a chart has no <figcaption>")
        if block is None:
            fail(f"chart '{name}' is not inside a .block")
            continue
        paired = block.find("table")
        if not paired:
            fail(f"chart '{name}' has no <table> beside it")
        elif not paired[0].find("td") and not paired[0].find("tbody"):
            fail(f"chart '{name}': its table has no rows")
    for svg in svgs:
        title = svg.find("title")
        if svg.attrs.get("role") != "img" or not title or not title[0].all_text():
            fail("an <svg> has no role=img and <title> for screen readers")
    for table in tables:
        if not table.find("caption") or not table.find("caption")[0].all_text():
            fail("a <table> has no <caption>")
        if not table.find("tbody") or not [r for r in table.find("tr") if r.ancestor(lambda n: n.tag == "tbody")]:
            fail(f"table '{table.find('caption')[0].all_text() if table.find('caption') else '?'}' has no body rows")
    # No empty section: a heading and then something to read.
    for section in sections:
        heading = section.find("h2")
        name = heading[0].all_text() if heading else section.attrs.get("id", "?")
        if not heading:
            fail(f"section '{name}' has no <h2>")
        body = [n for n in section.walk() if n.tag in ("p", "li", "table") and n.all_text()]
        if not body:
            fail(f"section '{name}' is empty")
    # Self-contained: no script, no external resource.
    for node in root.walk():
        if node.tag in ("script", "iframe", "object", "embed", "link", "img", "video", "audio", "base"):
            fail(f"<{node.tag}> element: the report must be self-contained and script-free")
        for key, value in node.attrs.items():
            value = value or ""
            if key.startswith("on"):
                fail(f"event handler {key}= on <{node.tag}>")
            if key in ("src", "srcset", "data", "poster", "xlink:href", "action"):
                fail(f"<{node.tag} {key}=…>: external resource")
            if key == "href" and not value.startswith("#"):
                fail(f"<{node.tag} href=\"{value}\">: only in-page links are allowed")
            if key == "style" and "url(" in value:
                fail(f"<{node.tag} style=…url(…)>: external resource")
    for style in root.find("style"):
        css = style.all_text()
        if "url(" in css or "@import" in css:
            fail("CSS has url() or @import: external resource")
        if "@page" not in css or "A4" not in css:
            fail("CSS has no @page rule for A4")
    finish("DOM check")


# ---------------------------------------------------------------- the live page over the DevTools pipe

class Chromium:
    def __init__(self, binary):
        r_in, w_in = os.pipe()
        r_out, w_out = os.pipe()
        os.set_inheritable(r_in, True)
        os.set_inheritable(w_out, True)

        def fds():
            os.dup2(r_in, 3)
            os.dup2(w_out, 4)

        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                 "--font-render-hinting=none", "--remote-debugging-pipe", "about:blank"]
        self.process = subprocess.Popen([binary] + flags, pass_fds=(3, 4), preexec_fn=fds,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(r_in)
        os.close(w_out)
        self.w, self.r, self.buffer, self.id, self.session = w_in, r_out, b"", 0, None

    def send(self, method, params=None, session=True):
        self.id += 1
        message = {"id": self.id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.w, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self.buffer:
                chunk = os.read(self.r, 1 << 20)
                if not chunk:
                    raise SystemExit("FAIL Chromium closed the DevTools pipe")
                self.buffer += chunk
            raw, self.buffer = self.buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self.id:
                if "error" in reply:
                    raise SystemExit(f"FAIL DevTools {method}: {reply['error']}")
                return reply["result"]

    def open(self, url):
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)
        self.session = self.send("Target.attachToTarget", {"targetId": target["targetId"], "flatten": True}, session=False)["sessionId"]
        self.send("Page.enable")
        self.send("Page.navigate", {"url": url})
        for _ in range(200):
            if self.eval("document.readyState") == "complete":
                return
            subprocess.run(["sleep", "0.05"])
        raise SystemExit("FAIL the report did not finish loading")

    def eval(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise SystemExit(f"FAIL script error: {result['exceptionDetails']}")
        return result["result"].get("value")

    def close(self):
        try:
            self.send("Browser.close", session=False)
        except SystemExit:
            pass
        self.process.wait(timeout=20)


# Runs in the page: layout problems a reader would see.
LAYOUT_JS = r"""
(() => {
  const problems = [];
  const name = el => { const f = el.closest('figure'); const c = f && f.querySelector('figcaption');
                       return c ? c.textContent.trim() : (el.id || el.tagName); };
  const rgb = c => { const m = c.match(/[\d.]+/g); return m ? m.slice(0, 3).map(Number) : [0, 0, 0]; };
  const lum = c => { const [r, g, b] = rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                     return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const pageWidth = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > pageWidth + 1)
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px content in ${pageWidth}px`);
  for (const svg of document.querySelectorAll('svg')) {
    const box = svg.getBoundingClientRect();
    const parent = svg.parentElement.getBoundingClientRect();
    if (box.width < 200) problems.push(`chart '${name(svg)}' is only ${Math.round(box.width)}px wide`);
    if (box.right > parent.right + 1 || box.right > pageWidth + 1) problems.push(`chart '${name(svg)}' overflows its column`);
    const texts = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim());
    const boxes = texts.map(t => t.getBoundingClientRect());
    // Every label inside the chart.
    texts.forEach((t, i) => { const b = boxes[i];
      if (b.left < box.left - 1 || b.right > box.right + 1 || b.top < box.top - 1 || b.bottom > box.bottom + 1)
        problems.push(`chart '${name(svg)}': label '${t.textContent}' is cut off at the chart's edge`); });
    // No two labels overlap.
    for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) {
      const a = boxes[i], b = boxes[j];
      const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left), dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (dx > 1 && dy > 1) problems.push(`chart '${name(svg)}': labels '${texts[i].textContent}' and '${texts[j].textContent}' overlap`);
    }
    // Labels drawn on a bar are readable on it (WCAG 4.5:1).
    for (const t of texts) {
      const bar = t.previousElementSibling;
      if (!bar || bar.tagName !== 'rect') continue;
      const tb = t.getBoundingClientRect(), bb = bar.getBoundingClientRect();
      if (tb.left < bb.left - 1 || tb.right > bb.right + 1 || tb.top < bb.top - 1 || tb.bottom > bb.bottom + 1) continue;
      const ratio = contrast(getComputedStyle(t).fill, getComputedStyle(bar).fill);
      if (ratio < 4.5) problems.push(`chart '${name(svg)}': label '${t.textContent}' has contrast ${ratio.toFixed(1)}:1 on its bar`);
    }
    // The smallest label is readable: at least 8px as drawn.
    for (const t of texts) { const px = parseFloat(getComputedStyle(t).fontSize) * box.width / svg.viewBox.baseVal.width;
      if (px < 8) { problems.push(`chart '${name(svg)}': label '${t.textContent}' drawn at ${px.toFixed(1)}px`); break; } }
    // A legend: each series colour has a name.
    if (!svg.querySelector('.legend')) problems.push(`chart '${name(svg)}' has no legend`);
  }
  for (const table of document.querySelectorAll('table')) {
    const b = table.getBoundingClientRect(), p = table.parentElement.getBoundingClientRect();
    // A table in a box that scrolls sideways is readable on screen; in print nothing scrolls.
    const scrolls = ['auto', 'scroll'].includes(getComputedStyle(table.parentElement).overflowX) && !matchMedia('print').matches;
    if (!scrolls && (b.right > p.right + 1 || b.right > pageWidth + 1)) {
      const c = table.querySelector('caption');
      problems.push(`table '${c ? c.textContent : '?'}' is ${Math.round(b.width)}px wide in a ${Math.round(p.width)}px column`);
    }
  }
  return {problems, height: Math.ceil(document.documentElement.scrollHeight), width: pageWidth,
          charts: document.querySelectorAll('svg').length, tables: document.querySelectorAll('table').length};
})()
"""

# A4 with the report's 15 mm margins: 180 mm of printable width at 96 px per inch.
A4_CONTENT_PX = round(180 / 25.4 * 96)


def check_live(report_html, out_dir):
    browser = Chromium(os.environ.get("CHROMIUM", "chromium"))
    try:
        browser.open("file://" + os.path.abspath(report_html))
        for label, media, width in (("screen 1280px", "screen", 1280), ("screen 800px", "screen", 800),
                                    (f"print A4 ({A4_CONTENT_PX}px)", "print", A4_CONTENT_PX)):
            browser.send("Emulation.setEmulatedMedia", {"media": media})
            browser.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False})
            result = browser.eval(LAYOUT_JS)
            print(f"layout, {label}: {result['charts']} charts, {result['tables']} tables, page {result['width']}x{result['height']}px")
            for problem in result["problems"]:
                fail(f"{label}: {problem}")
            if media == "screen" and width == 1280:
                shot = browser.send("Page.captureScreenshot", {
                    "format": "png", "captureBeyondViewport": True,
                    "clip": {"x": 0, "y": 0, "width": width, "height": result["height"], "scale": 1}})
                path = os.path.join(out_dir, "screenshot.png")
                with open(path, "wb") as f:
                    f.write(base64.b64decode(shot["data"]))
                print(f"screenshot: {path} (1280x{result['height']})")
                # The same page in screen-sized pieces, to read at full size.
                for n, top in enumerate(range(0, result["height"], 1200), start=1):
                    part = browser.send("Page.captureScreenshot", {
                        "format": "png", "captureBeyondViewport": True,
                        "clip": {"x": 0, "y": top, "width": width, "height": min(1200, result["height"] - top), "scale": 1}})
                    with open(os.path.join(out_dir, f"screenshot-{n:02d}.png"), "wb") as f:
                        f.write(base64.b64decode(part["data"]))
    finally:
        browser.close()
    finish("layout check")


# ---------------------------------------------------------------- the A4 PDF

def pdf_pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    pages = []
    for n in range(1, count + 1):
        text = subprocess.run(["pdftotext", "-raw", "-f", str(n), "-l", str(n), pdf, "-"],
                              capture_output=True, text=True, check=True).stdout
        pages.append(norm(text))
    return count, (float(size.group(1)), float(size.group(2))), pages


def check_pdf(pdf, dom):
    count, (w, h), pages = pdf_pages(pdf)
    print(f"PDF: {count} pages of {w:.0f}x{h:.0f} pt")
    if abs(w - 595.3) > 2 or abs(h - 841.9) > 2:
        fail(f"pages are {w:.0f}x{h:.0f} pt, not A4 portrait (595x842)")
    if count < 2 or count > 30:
        fail(f"{count} pages: expected a report of a few A4 pages")
    blank = [str(i + 1) for i, p in enumerate(pages) if len(p) < 20]
    if blank:
        fail(f"blank page(s): {', '.join(blank)}")
    root = parse(dom)

    def page_of(text, start=0):
        key = norm(text)
        for i in range(start, len(pages)):
            if key and key in pages[i]:
                return i
        return None

    # Every chart on one page: its caption and every one of its labels are on the same page.
    for caption, texts, block in charts(root):
        p = page_of(caption)
        if p is None:
            fail(f"chart '{caption}': caption not found in the PDF")
            continue
        missing = [t for t in texts if norm(t) not in pages[p]]
        if missing:
            fail(f"chart '{caption}' is cut across pages (page {p + 1} lacks {missing[:3]})")
        if block is not None and block.find("caption"):
            table_caption = block.find("caption")[0].all_text()
            if page_of(table_caption, p) != p:
                fail(f"chart '{caption}' and its table '{table_caption}' are on different pages")
    # Short tables are not split: the caption, the header and the last row on one page.
    for table in root.find("table"):
        rows = [r for r in table.find("tr") if r.ancestor(lambda n: n.tag == "tbody")]
        caption = table.find("caption")[0].all_text() if table.find("caption") else ""
        if not caption or not rows or len(rows) > 25:
            continue
        p = page_of(caption)
        if p is None:
            fail(f"table '{caption}': caption not found in the PDF")
            continue
        # The last row's cells in drawing order; if the text extraction interleaves them
        # with something else the row is not found at all, and the check says nothing.
        last = page_of(rows[-1].all_text(), p)
        if last is not None and last != p:
            fail(f"table '{caption}' is split across pages {p + 1} to {last + 1}")
    finish("A4 print check")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "dom":
        check_dom(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "live":
        check_live(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "pdf":
        check_pdf(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
