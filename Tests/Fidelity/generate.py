#!/usr/bin/env python3
"""Generate completed monthly case audit forms (.docx) in many layouts, each with the truth a
careful reader takes from it (NAME.truth.json). See README.md.

    generate.py --out DIR --count N --seed S
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content  # noqa: E402
import families  # noqa: E402
import render  # noqa: E402


def have_docx():
    try:
        import docx  # noqa: F401
        return True
    except ImportError:
        return False


def choose(index, soffice, docx_ok):
    fam_name, fn, programs = families.FAMILIES[index % len(families.FAMILIES)]
    turn = index // len(families.FAMILIES)
    variant = None
    if fam_name == "actions":
        variant, programs = families.ACTION_VARIANTS[turn % len(families.ACTION_VARIANTS)]
        turn //= len(families.ACTION_VARIANTS)
        fn = lambda w, v=variant: families.fam_actions(w, v)  # noqa: E731
    program = programs[turn % len(programs)]
    if program == "libreoffice" and not soffice:
        program = "python-docx"
    if program in ("python-docx", "libreoffice") and not docx_ok:
        program = "raw"
    if program == "pandoc" and not shutil.which("pandoc"):
        program = "raw"
    return fam_name, fn, program, variant


def write(doc, program, rng, path):
    if program == "raw":
        render.RawWriter(rng).write(doc, path)
    elif program in ("python-docx", "libreoffice"):
        render.DocxWriter(rng).write(doc, path)
    elif program == "pandoc":
        render.PandocWriter().write(doc, path)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-libreoffice", action="store_true", help="skip the LibreOffice round trip")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    soffice = None if args.no_libreoffice else (shutil.which("soffice") or shutil.which("libreoffice"))
    docx_ok = have_docx()
    if not docx_ok:
        print("generate: python-docx missing (pip install python-docx); those forms are written raw", file=sys.stderr)
    to_convert = []
    counts = {}
    for i in range(args.count):
        rng = random.Random(f"{args.seed}:{i}")
        form = content.make_form(rng, i)
        fam_name, fn, program, variant = choose(i, soffice, docx_ok)
        w = families.W(form, rng, program)
        doc = fn(w)
        name = f"{i:04d}-{fam_name}" + (f"-{variant}" if variant else "")
        path = os.path.join(args.out, name + ".docx")
        try:
            write(doc, program, rng, path)
        except render.Unsupported as e:  # a family asked for something this program cannot write
            print(f"generate: {name}: {program} cannot write {e}; written raw instead", file=sys.stderr)
            program = "raw"
            write(doc, program, rng, path)
        if program == "libreoffice":
            to_convert.append(path)
        counts[(fam_name, program)] = counts.get((fam_name, program), 0) + 1
        truth = {
            "kind": "monthly_audit", "family": fam_name, "program": program,
            "layout_variant": variant,
            "fields": form.truth,
            "empty_fields": sorted(k for k, v in form.display.items() if v is None),
            "areas": form.areas,
            "actions": [{"description": a["description"], "owner": a["owner"], "due_on": a["due_on"],
                         "into_care_plan": a["into_care_plan"]} for a in form.actions],
            "expected_findings": form.expected,
            "comments": w.comments,
            "tracked_changes": w.tracked,
            "all_text": w.texts,
        }
        with open(os.path.join(args.out, name + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, indent=1, ensure_ascii=False)
    if to_convert:
        libre_round_trip(soffice, to_convert)
    print(f"generate: {args.count} forms in {args.out} (" +
          ", ".join(f"{f}/{p} {n}" for (f, p), n in sorted(counts.items())) + ")")


def libre_round_trip(soffice, paths):
    """Open python-docx forms in LibreOffice and save them as .docx again (its own writer)."""
    with tempfile.TemporaryDirectory() as tmp:
        profile = os.path.join(tmp, "profile")
        outdir = os.path.join(tmp, "out")
        os.makedirs(outdir)
        cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", "docx:MS Word 2007 XML", "--outdir", outdir] + paths
        try:
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        except (subprocess.SubprocessError, OSError) as e:
            print(f"generate: LibreOffice round trip failed ({e}); those forms stay as python-docx wrote them",
                  file=sys.stderr)
            return
        for p in paths:
            conv = os.path.join(outdir, os.path.basename(p))
            if os.path.exists(conv):
                shutil.move(conv, p)
            else:
                print(f"generate: LibreOffice did not convert {p}", file=sys.stderr)


if __name__ == "__main__":
    main()
