#!/usr/bin/env python3
"""Completed audit forms like a council's: real-sized style sheets from real programs.

    realistic_forms.py --out DIR --count N [--libreoffice K] [--seed S]

Every form comes from python-docx's default template (word/styles.xml of about 340 KB and
stylesWithEffects.xml of about 440 KB, as Word's own templates carry), written by the
fidelity suite's generator (Tests/Fidelity) in its layout families with distinct content,
so no two forms are the same bytes. With --libreoffice K, K of them are also saved again by
LibreOffice (`soffice --headless --convert-to docx`), whose style sheets differ again.

The benchmark generator (`starling-bench generate`) writes forms with a small style sheet
of its own; these are the forms the issue "import at the speed of the parser" measured.
"""
import argparse, glob, json, os, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--libreoffice", type=int, default=0)
    parser.add_argument("--seed", type=int, default=2027)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    kept, seed = 0, args.seed
    with tempfile.TemporaryDirectory() as work:
        # The generator mixes programs; keep its python-docx forms until there are enough.
        while kept < args.count:
            batch = os.path.join(work, f"batch-{seed}")
            subprocess.run([sys.executable, os.path.join(ROOT, "Tests/Fidelity/generate.py"), "--out", batch,
                            "--count", str(max(40, 3 * (args.count - kept))), "--seed", str(seed), "--no-libreoffice"],
                           check=True, stdout=subprocess.DEVNULL)
            for truth in sorted(glob.glob(os.path.join(batch, "*.truth.json"))):
                if kept == args.count:
                    break
                if json.load(open(truth)).get("program") != "python-docx":
                    continue
                shutil.copy(truth[: -len(".truth.json")] + ".docx", os.path.join(args.out, f"form-{kept:05d}.docx"))
                kept += 1
            seed += 1
    if args.libreoffice and shutil.which("soffice"):
        chosen = sorted(glob.glob(os.path.join(args.out, "form-*.docx")))[: args.libreoffice]
        with tempfile.TemporaryDirectory() as converted, tempfile.TemporaryDirectory() as profile:
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                            "docx:MS Word 2007 XML", "--outdir", converted] + chosen,
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for path in chosen:
                shutil.move(os.path.join(converted, os.path.basename(path)), path.replace("form-", "form-lo-"))
                os.remove(path)
    print(f"{kept} forms in {args.out}" + (f", {args.libreoffice} saved again by LibreOffice" if args.libreoffice else ""))


if __name__ == "__main__":
    main()
