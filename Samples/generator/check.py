#!/usr/bin/env python3
"""Check every generated .docx: python-docx reopens it, every XML part is well formed
(xmllint --noout), and LibreOffice converts it to PDF.

    python3 Samples/generator/check.py [--pdf-dir /tmp/starling-pdf] [--png]
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import docx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pdf-dir", default=os.path.join(tempfile.gettempdir(), "starling-pdf"))
    ap.add_argument("--png", action="store_true", help="also render page 1 of each PDF to PNG")
    args = ap.parse_args()
    files = sorted(glob.glob(os.path.join(ROOT, "Samples", "**", "*.docx"), recursive=True)
                   + glob.glob(os.path.join(ROOT, "Tests", "Fixtures", "layouts", "*.docx")))
    failures = 0
    os.makedirs(args.pdf_dir, exist_ok=True)
    for path in files:
        rel = os.path.relpath(path, ROOT)
        try:
            docx.Document(path)
            with zipfile.ZipFile(path) as z, tempfile.TemporaryDirectory() as tmp:
                for name in z.namelist():
                    if name.endswith(".xml") or name.endswith(".rels"):
                        out = os.path.join(tmp, name.replace("/", "_"))
                        with open(out, "wb") as f:
                            f.write(z.read(name))
                        subprocess.run(["xmllint", "--noout", "--nonet", out], check=True,
                                       capture_output=True)
        except Exception as e:  # noqa: BLE001
            failures += 1
            print(f"FAIL {rel}: {e}")
            continue
        if shutil.which("soffice"):
            r = subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/starling-check-profile",
                                "--headless", "--convert-to", "pdf", "--outdir", args.pdf_dir, path],
                               capture_output=True, text=True)
            pdf = os.path.join(args.pdf_dir, os.path.splitext(os.path.basename(path))[0] + ".pdf")
            if r.returncode != 0 or not os.path.exists(pdf) or "Error" in r.stderr:
                failures += 1
                print(f"FAIL {rel}: soffice: {r.stderr.strip()}")
                continue
            if args.png and shutil.which("pdftoppm"):
                subprocess.run(["pdftoppm", "-png", "-r", "60", pdf, pdf[:-4]], check=True)
        print(f"ok   {rel}")
    print(f"{len(files)} files, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
