#!/usr/bin/env python3
"""Seed corpora for the fuzz harnesses (Fuzz/README.md), written into OUT/<harness>/.

Seeds are small on purpose: a harness runs at the speed of its inputs, and a million
executions of whole 50 KB forms would take hours. Each `word/document.xml` is stripped of
what only styles the text (revision ids, proofing marks, fonts, sizes) and kept only if
it is still under MAX bytes, so the seeds keep every structure the readers care about
(tables, content controls, form fields, check boxes, comments, numbering) at a tenth of
the size.
"""
from xml.dom import minidom
import argparse, glob, os, re, subprocess, sys, tempfile, zipfile

MAX = 16384
CHUNK = 6144
NOISE = [
    r'\s+w:rsid\w*="[^"]*"', r'\s+w14:\w+="[^"]*"', r'\s+w:lang\w*="[^"]*"',
    r'<w:proofErr[^>]*/>', r'<w:lang [^>]*/>', r'<w:rFonts [^>]*/>', r'<w:szCs? [^>]*/>',
    r'<w:spacing [^>]*/>', r'<w:kern [^>]*/>', r'<w:noProof/>', r'<w:bookmark(Start|End) [^>]*/>',
    r'<w:lastRenderedPageBreak/>', r'<w:rPr></w:rPr>', r'<w:pPr></w:pPr>', r'<w:sectPr.*?</w:sectPr>',
    r'<w:tblBorders>.*?</w:tblBorders>', r'<w:tcBorders>.*?</w:tcBorders>', r'<w:shd [^>]*/>',
]


COMPACT_SCHEMA = """schema: starling
version: "0.1"
standards:
  S1: The child's experiences
  S2: "Management oversight: deciding what happens next"
customer_service_standards:
  CS1: We will listen to you
areas:
  - {key: response_to_risk, name: Response to risk, standards: [S1, CS1], labels: [Risk], tags: [risk], expected_for: [child_protection]}
#=== vocabularies.yaml
rating:
  - {key: good, label: Good}
  - key: requires_improvement
    label: Requires improvement
    synonyms: [RI, Req Imp]
legal_status:
  - {key: child_protection, label: Child protection, synonyms: [CP]}
extent:
  - {key: all, label: All}
#=== forms/small.yaml
kind: practice_observation
title: Practice observation
detection: [Practice observation]
fields:
  - {key: observer.name, type: text, required: true, labels: [Observer, Observed by], tags: [observer]}
  - {key: observed_on, type: date, labels: [Date], tags: [observed_on]}
  - {key: extent, type: "vocabulary:extent", labels: [Extent]}
  - {key: consent, type: boolean, labels: [Consent]}
  - {key: strengths, type: statements, labels: [Strengths]}
"""


def slim(xml: bytes) -> bytes:
    text = xml.decode("utf-8", "replace")
    for pattern in NOISE:
        text = re.sub(pattern, "", text, flags=re.S)
    return text.encode("utf-8")


def chunks(xml: bytes):
    """The document cut into small documents of consecutive body blocks, each still valid
    WordprocessingML with the original root element, so every structure of a long form is
    a seed of its own."""
    dom = minidom.parseString(xml)
    root = dom.documentElement
    body = next((n for n in root.childNodes if n.nodeType == n.ELEMENT_NODE and n.localName == "body"), None)
    if body is None:
        return []
    start = xml[:xml.index(b">", xml.index(b"<" + root.tagName.encode())) + 1].decode("utf-8")
    end = f"</{root.tagName}>"
    prefix = body.tagName
    pieces, current, size = [], [], 0
    for node in body.childNodes:
        text = node.toxml()
        if current and size + len(text) > CHUNK:
            pieces.append(current)
            current, size = [], 0
        current.append(text)
        size += len(text)
    if current:
        pieces.append(current)
    return [f"{start}<{prefix}>{''.join(p)}</{prefix}>{end}".encode("utf-8") for p in pieces]


def part(path, name):
    try:
        with zipfile.ZipFile(path) as z:
            return z.read(name)
    except (KeyError, zipfile.BadZipFile):
        return None


def write(folder, name, data):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out")
    args = parser.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    os.chdir(root)
    forms = sorted(glob.glob("Samples/**/*.docx", recursive=True) + glob.glob("Tests/Fixtures/layouts/*.docx"))

    # The fidelity suite's own forms add the layout families written by other programs.
    with tempfile.TemporaryDirectory() as generated:
        subprocess.run([sys.executable, "Tests/Fidelity/generate.py", "--out", generated, "--count", "40",
                        "--seed", "11", "--no-libreoffice"], check=True, stdout=subprocess.DEVNULL)
        forms += sorted(glob.glob(os.path.join(generated, "*.docx")))
        kept = 0
        for path in forms:
            name = os.path.splitext(os.path.basename(path))[0]
            document = part(path, "word/document.xml")
            if document is None:
                continue
            small = slim(document)
            if len(small) <= MAX:
                write(os.path.join(args.out, "document"), name + ".xml", small)
                kept += 1
            else:
                for index, piece in enumerate(chunks(small)):
                    if len(piece) <= MAX:
                        write(os.path.join(args.out, "document"), f"{name}-{index}.xml", piece)
                        kept += 1
            # The package harness takes whole files, the smallest of each program.
            if os.path.getsize(path) <= 24576 or "Tests/Fixtures" in path:
                write(os.path.join(args.out, "package"), os.path.basename(path), open(path, "rb").read())
        print(f"document seeds: {kept} from {len(forms)} forms, each under {MAX} bytes")

    for path in glob.glob("Samples/xml/*.xml"):
        write(os.path.join(args.out, "xmlform"), os.path.basename(path), open(path, "rb").read())
    for path in glob.glob("Tests/Fixtures/trackers/*.csv"):
        write(os.path.join(args.out, "tracker-csv"), os.path.basename(path), open(path, "rb").read())
    for path in glob.glob("Tests/Fixtures/trackers/*.xlsx"):
        sheet = part(path, "xl/worksheets/sheet1.xml")
        if sheet:
            write(os.path.join(args.out, "tracker-xlsx"), os.path.basename(path) + ".xml", sheet)

    # The schema harness reads a whole schema as one text, each file after a `#=== PATH` line.
    bundle = []
    for relative in ["starling.yaml", "vocabularies.yaml"] + sorted(
            "forms/" + n for n in os.listdir("Schemas/forms") if n.endswith(".yaml")):
        text = open(os.path.join("Schemas", relative), encoding="utf-8").read()
        bundle.append(text if relative == "starling.yaml" else f"#=== {relative}\n{text}")
    write(os.path.join(args.out, "schema"), "schema.bundle", "\n".join(bundle).encode("utf-8"))
    # And a compact schema that loads, so most executions are small and reach every check.
    write(os.path.join(args.out, "schema"), "compact.bundle", COMPACT_SCHEMA.encode("utf-8"))


if __name__ == "__main__":
    main()
