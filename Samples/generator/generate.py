#!/usr/bin/env python3
"""Generate Starling's sample Word forms, their intended records, and the layout fixtures.

    python3 Samples/generator/generate.py

Writes (relative to the repository root):
  Samples/templates/*.docx             blank templates (content controls)
  Samples/audits/*.docx, Samples/observations/*.docx   completed examples
  Samples/expected/<name>.json         the record the importer must reproduce
  Samples/manifest.json                layout, admissibility and intended defects per sample
  Tests/Fixtures/layouts/*.docx        one audit in many layouts, + expected.json

Deterministic: fixed core properties, fixed zip timestamps, no randomness.
The LibreOffice and pandoc fixtures need `soffice` and `pandoc`; without them
those two files are left as they are.
"""
import copy
import html
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import ooxml as ox  # noqa: E402
from audits import AUDITS  # noqa: E402
from forms import AREAS, AREA_STANDARDS, Field, Table, build  # noqa: E402
from layouts import LAYOUTS  # noqa: E402
from observations import OBSERVATIONS, FIXTURE  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))
SAMPLES = os.path.join(ROOT, "Samples")
FIXTURES = os.path.join(ROOT, "Tests", "Fixtures", "layouts")

SUBTITLES = {
    "content_controls": "Template version 4.1 (September 2019). Complete every grey box; use the drop-down lists for ratings.",
    "two_column": "Template version 3.2 (2018). Write evidence and impact as separate statements.",
    "label_above": "Audit tool version 3.0 (2018).",
    "legacy_fields": "Protected form, version 2.3 (2016). Press Tab to move between fields.",
    "label_paragraphs": "Audit tool version 2.0 (2017). Please keep to the headings below.",
    "rating_grid": "Audit tool version 3.1 (2018). Tick one box for each rating.",
}
ORDER = [k for k, _, _, _ in AREAS]
RATING_ORDER = ["inadequate", "requires_improvement", "good", "outstanding"]


def intended(record):
    """The expected JSON: the record with areas in form order, standards, derived outcome."""
    r = copy.deepcopy(record)
    if r["kind"] == "monthly_audit":
        areas = sorted(r.get("areas", []), key=lambda a: ORDER.index(a["area"]))
        r["areas"] = [{k: v for k, v in (("area", a["area"]), ("rating", a.get("rating")),
                                         ("standards", AREA_STANDARDS[a["area"]]),
                                         ("evidence", a.get("evidence", [])),
                                         ("impact", a.get("impact", []))) if v is not None}
                      for a in areas]
        m = r.get("moderation", {})
        a, b = r.get("judgement", {}).get("rating"), m.get("rating")
        if a and b:
            ia, ib = RATING_ORDER.index(a), RATING_ORDER.index(b)
            m["outcome"] = "agreed" if ia == ib else ("upgraded" if ib > ia else "downgraded")
    return r


def write_docx(path, record, layout, opts, style):
    title, sections = build(record, dict(style))
    doc = ox.Doc(title, SUBTITLES[layout])
    LAYOUTS[layout](doc, sections, opts)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    doc.save(path)
    return sections


def write_json(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=2, ensure_ascii=False)
        f.write("\n")


def comments_of(style):
    return [{"on": a["path"] + (f"[{a['index']}]" if "index" in a else ""), "author": a["author"],
             "text": a["text"]} for a in style.get("annotations", []) if a["type"] == "comment"]


def templates():
    for kind, name in (("monthly_audit", "monthly-case-audit-template"),
                       ("practice_observation", "practice-observation-template"),
                       ("meeting_observation", "meeting-observation-template")):
        write_docx(os.path.join(SAMPLES, "templates", name + ".docx"), {"kind": kind},
                   "content_controls", {}, {})


def samples():
    manifest = []
    for stem, record, layout, opts, style, admissible, defects in AUDITS + OBSERVATIONS:
        name = os.path.basename(stem)
        write_docx(os.path.join(SAMPLES, stem + ".docx"), record, layout, opts, style)
        write_json(os.path.join(SAMPLES, "expected", name + ".json"), intended(record))
        entry = {"file": f"Samples/{stem}.docx", "expected": f"Samples/expected/{name}.json",
                 "kind": record["kind"], "layout": layout + (f" ({opts['marks']})" if opts.get("marks") else ""),
                 "admissible": admissible,
                 "defects": [{"severity": s, "field": f, "what": w} for s, f, w in defects]}
        revs = [a for a in style.get("annotations", []) if a["type"] != "comment"]
        if revs:
            entry["tracked_changes"] = len(revs)
        if comments_of(style):
            entry["word_comments"] = comments_of(style)
        manifest.append(entry)
    write_json(os.path.join(SAMPLES, "manifest.json"), manifest)
    return manifest


# -- layout fixtures -----------------------------------------------------------------
FIXTURE_LAYOUTS = [
    ("01-content-controls", "content_controls", {}, {"date": "slash", "month": "long"}),
    ("02-two-column", "two_column", {}, {"date": "slash", "month": "long"}),
    ("03-label-above-value", "label_above", {}, {"date": "ordinal", "month": "long"}),
    ("04-legacy-form-fields", "legacy_fields", {}, {"date": "slash", "month": "slash"}),
    ("05-label-paragraphs", "label_paragraphs", {}, {"date": "ordinal", "month": "long"}),
    ("06-rating-grid-x", "rating_grid", {"marks": "x"}, {"date": "slash", "month": "dash"}),
    ("07-rating-grid-checkboxes", "rating_grid", {"marks": "cc"}, {"date": "slash", "month": "long"}),
]


def text_of(fl):
    return " ".join(fl.items) if fl.kind == "list" else (fl.text or "")


def to_html(title, sections):
    out = [f"<html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head>"
           "<body style='font-family: Arial; font-size: 10pt'>",
           f"<p><b>{ox.COUNCIL}</b></p><h1>{html.escape(title)}</h1>"]
    for sec in sections:
        out.append(f"<h2>{html.escape(sec.title)}</h2><table border='1' cellpadding='4' width='100%'>")
        for it in sec.items:
            if isinstance(it, Field):
                val = ("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in it.items) + "</ul>"
                       if it.kind == "list" else html.escape(it.text or ""))
                out.append(f"<tr><td bgcolor='#D9E2F3' width='35%'><b>{html.escape(it.label)}</b></td>"
                           f"<td>{val}</td></tr>")
        out.append("</table>")
        for tb in (i for i in sec.items if isinstance(i, Table)):
            out.append("<table border='1' cellpadding='4' width='100%'><tr>" + "".join(
                f"<td bgcolor='#D9E2F3'><b>{html.escape(h)}</b></td>" for h in tb.headers) + "</tr>")
            for n, row in enumerate(tb.rows):
                cells = ([f"<td bgcolor='#D9E2F3'><b>{html.escape(tb.row_labels[n])}</b></td>"]
                         if tb.row_labels else [])
                cells += [f"<td>{html.escape(text_of(f))}</td>" for f in row]
                out.append("<tr>" + "".join(cells) + "</tr>")
            out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)


def to_markdown(title, sections):
    cell = lambda s: s.replace("|", "\\|")  # noqa: E731
    out = [f"# {title}", "", f"**{ox.COUNCIL}**", ""]
    for sec in sections:
        out += [f"## {sec.title}", ""]
        fields = [i for i in sec.items if isinstance(i, Field)]
        if fields:
            out += ["| Field | Value |", "|---|---|"]
            out += [f"| {cell(f.label)} | {cell(text_of(f))} |" for f in fields]
            out.append("")
        for tb in (i for i in sec.items if isinstance(i, Table)):
            out += ["| " + " | ".join(tb.headers) + " |", "|" + "---|" * len(tb.headers)]
            for n, row in enumerate(tb.rows):
                cells = ([tb.row_labels[n]] if tb.row_labels else []) + [text_of(f) for f in row]
                out.append("| " + " | ".join(cell(c) for c in cells) + " |")
            out.append("")
    return "\n".join(out) + "\n"


def fixtures():
    os.makedirs(FIXTURES, exist_ok=True)
    write_json(os.path.join(FIXTURES, "expected.json"), intended(FIXTURE))
    for name, layout, opts, style in FIXTURE_LAYOUTS:
        write_docx(os.path.join(FIXTURES, f"{name}.docx"), FIXTURE, layout, opts,
                   dict(style, compact=True))
    title, sections = build(FIXTURE, {"date": "slash", "month": "long", "compact": True})
    with tempfile.TemporaryDirectory() as tmp:
        if shutil.which("soffice"):
            src = os.path.join(tmp, "08-libreoffice.html")
            with open(src, "w", encoding="utf-8") as f:
                f.write(to_html(title, sections))
            subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                            "--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML",
                            "--outdir", tmp, src], check=True, capture_output=True)
            with open(os.path.join(tmp, "08-libreoffice.docx"), "rb") as f:
                ox.write_normalised(f.read(), os.path.join(FIXTURES, "08-libreoffice.docx"))
        else:
            print("soffice not found: 08-libreoffice.docx left as it is", file=sys.stderr)
        if shutil.which("pandoc"):
            md = os.path.join(FIXTURES, "09-pandoc.md")
            with open(md, "w", encoding="utf-8") as f:
                f.write(to_markdown(title, sections))
            out = os.path.join(tmp, "09-pandoc.docx")
            subprocess.run(["pandoc", "-f", "markdown-smart", md, "-o", out], check=True,
                           env=dict(os.environ, SOURCE_DATE_EPOCH="1579078800"))
            with open(out, "rb") as f:
                ox.write_normalised(f.read(), os.path.join(FIXTURES, "09-pandoc.docx"))
        else:
            print("pandoc not found: 09-pandoc.docx left as it is", file=sys.stderr)


def readme(manifest):
    """Samples/README.md: the hand-written text in README.head.md, then one line per sample."""
    with open(os.path.join(HERE, "README.head.md"), encoding="utf-8") as f:
        text = f.read()
    lines = ["| file | kind | layout | admissible | intended defects |", "|---|---|---|---|---|"]
    for e in manifest:
        extra = []
        if e.get("tracked_changes"):
            extra.append(f"{e['tracked_changes']} tracked changes")
        if e.get("word_comments"):
            extra.append(f"{len(e['word_comments'])} Word comments")
        defects = "; ".join(f"{d['what']} (`{d['field']}`, {d['severity']})" for d in e["defects"])
        lines.append(f"| `{e['file'][len('Samples/'):]}` | {e['kind']} | {e['layout']}"
                     f"{' + ' + ', '.join(extra) if extra else ''} | "
                     f"{'yes' if e['admissible'] else '**no**'} | {defects or 'none (clean)'} |")
    with open(os.path.join(SAMPLES, "README.md"), "w", encoding="utf-8") as f:
        f.write(text.replace("<!-- SAMPLES -->", "\n".join(lines)))


def main():
    templates()
    manifest = samples()
    fixtures()
    readme(manifest)
    for e in manifest:
        print(f"{e['file']}: {e['kind']}, {e['layout']}, "
              f"{'admissible' if e['admissible'] else 'NOT admissible'}"
              + "".join(f"; {d['severity']}: {d['what']}" for d in e["defects"]))


if __name__ == "__main__":
    main()
