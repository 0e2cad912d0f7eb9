#!/usr/bin/env python3
"""Score `starling import` and `starling validate` against generated forms' truth.

    score.py DIR --starling BIN [--json OUT] [--details FILE] [--min-fields PCT] ...

Prints a table per layout family, per program and in total, writes the misreads of each form
to a details file, and ends with `fidelity: N passed, M failed`. Exits 1 when a threshold
given on the command line is not met, 2 when starling could not be run. See README.md."""
import argparse
import collections
import glob
import json
import os
import re
import subprocess
import sys

MISSING = object()


def norm(s):
    if not isinstance(s, str):
        return s
    s = (s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
         .replace("\u00a0", " ").replace("\u2013", "-").replace("\u2014", "-"))
    return re.sub(r"\s+", " ", s).strip().casefold()


def get(rec, key):
    cur = rec
    for part in key.split("."):
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        else:
            return MISSING
    if isinstance(cur, dict):
        for k in ("outcome", "view", "value"):
            if k in cur:
                return cur[k]
        return MISSING
    return cur


def same(want, got):
    if got is MISSING or got is None:
        return want is None
    if isinstance(want, bool) or isinstance(got, bool):
        return want is got
    if isinstance(want, int):
        return isinstance(got, int) and want == got
    return isinstance(got, str) and norm(want) == norm(got)


def show(v):
    return "None" if v is MISSING or v is None else repr(v)


def strings(obj, out):
    if isinstance(obj, str):
        out.append(norm(obj))
    elif isinstance(obj, (int, float)) and not isinstance(obj, bool):
        out.append(str(obj))
    elif isinstance(obj, dict):
        for v in obj.values():
            strings(v, out)
    elif isinstance(obj, list):
        for v in obj:
            strings(v, out)
    return out


def general(field):
    field = re.sub(r"\[\d+\]", "[]", field)
    return re.sub(r"^areas\.[a-z_]+", "areas.*", field)


def run_json(cmd, lines=False):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode not in (0, 1) or not p.stdout.strip():
        print(f"score: {' '.join(cmd)} exited {p.returncode}: {p.stderr.strip()[:500]}", file=sys.stderr)
        sys.exit(2)
    if lines:
        return [json.loads(x) for x in p.stdout.splitlines() if x.strip().startswith("{")]
    out, _ = json.JSONDecoder().raw_decode(p.stdout.lstrip())
    return out


class Tally:
    def __init__(self):
        self.c = collections.Counter()

    def add(self, **kw):
        for k, v in kw.items():
            self.c[k] += v

    def pct(self, num, den):
        d = self.c[den]
        return 100.0 * self.c[num] / d if d else 100.0


def score_form(name, truth, rec, val):
    """Compare one form; returns (counts, misreads, passed)."""
    c = collections.Counter()
    miss = []   # (pattern, line)
    rec = rec or {}
    failed_import = rec.get("kind") == "failed" or not rec
    if failed_import:
        miss.append(("import failed", f"import failed: {json.dumps(rec.get('error'))[:200]}"))
    # fields
    fields = dict(truth["fields"])
    for k in truth.get("empty_fields", []):
        fields.setdefault(k, None)
    for a in truth["areas"]:
        fields[f"areas.{a['area']}.rating"] = a["rating"]
    rec_areas = {a.get("area"): a for a in rec.get("areas", []) if isinstance(a, dict)}
    fields_ok = True
    for k, want in fields.items():
        if k.startswith("areas."):
            _, area, sub = k.split(".")
            got = rec_areas.get(area, {}).get(sub, MISSING)
        else:
            got = get(rec, k)
        c["fields"] += 1
        if same(want, got):
            c["fields_ok"] += 1
        else:
            fields_ok = False
            miss.append((f"field {general(k)}", f"field {k}: want {show(want)} got {show(got)}"))
    # statements
    stmts_ok = True
    for a in truth["areas"]:
        got_area = rec_areas.get(a["area"])
        if got_area is None:
            miss.append(("area not found", f"area not found: {a['area']}"))
        for part in ("evidence", "impact"):
            want = a[part]
            got = (got_area or {}).get(part) or []
            got_n = [norm(x) for x in got if isinstance(x, str)]
            for s in want:
                c["statements"] += 1
                if norm(s) in got_n:
                    c["statements_ok"] += 1
                else:
                    stmts_ok = False
                    miss.append((f"statement areas.*.{part}", f"statement {a['area']}.{part}: want {s!r} got {got!r}"[:600]))
            if sorted(got_n) != sorted(norm(s) for s in want):
                stmts_ok = False
                extra = [x for x in got if norm(x) not in {norm(s) for s in want}]
                if extra:
                    miss.append((f"extra statement areas.*.{part}", f"extra statement in {a['area']}.{part}: {extra!r}"[:600]))
    for k in rec_areas:
        if k not in {a["area"] for a in truth["areas"]}:
            miss.append(("area not on the form", f"area not on the form: {k}"))
            stmts_ok = False
    # actions
    got_actions = [x for x in rec.get("actions", []) if isinstance(x, dict)]
    used = set()
    actions_ok = len(got_actions) == len(truth["actions"])
    for i, a in enumerate(truth["actions"]):
        c["actions"] += 1
        match = None
        for j, g in enumerate(got_actions):
            if j not in used and norm(g.get("description")) == norm(a["description"]):
                match = j
                break
        if match is None:
            for j, g in enumerate(got_actions):
                gd = norm(g.get("description")) or ""
                if j not in used and gd and (norm(a["description"]) in gd or gd in norm(a["description"])):
                    match = j
                    break
        if match is None:
            actions_ok = False
            miss.append(("action not found", f"action not found: {a['description']}"))
            continue
        used.add(match)
        c["actions_found"] += 1
        g = got_actions[match]
        bad = [k for k in ("description", "owner", "due_on", "into_care_plan")
               if not same(a[k], g.get(k, MISSING))]
        if bad:
            actions_ok = False
            for k in bad:
                miss.append((f"action {k}", f"actions[{i}].{k}: want {show(a[k])} got {show(g.get(k, MISSING))}"))
        else:
            c["actions_ok"] += 1
    for j, g in enumerate(got_actions):
        if j not in used:
            miss.append(("action not on the form", f"action not on the form: {json.dumps(g, ensure_ascii=False)[:300]}"))
    # text conservation
    blob = "\n".join(x for x in strings(rec, []) if isinstance(x, str))
    for s in truth["all_text"]:
        c["text"] += 1
        if norm(s) in blob:
            c["text_ok"] += 1
        else:
            miss.append(("text lost", f"text lost: {s!r}"))
    # findings
    want = {(f["severity"], f["field"]) for f in truth["expected_findings"]}
    got = {(f.get("severity"), f.get("field")) for f in (val or {}).get("findings", [])}
    for sev in ("blocking", "advisory"):
        w = {x for x in want if x[0] == sev}
        g = {x for x in got if x[0] == sev}
        c[f"{sev}_tp"] += len(w & g)
        c[f"{sev}_fp"] += len(g - w)
        c[f"{sev}_fn"] += len(w - g)
        for x in sorted(g - w):
            rule = next((f.get("rule") for f in val.get("findings", []) if (f.get("severity"), f.get("field")) == x), "")
            miss.append((f"unexpected {sev} {general(x[1])}", f"unexpected {sev} finding on {x[1]} ({rule})"))
        for x in sorted(w - g):
            miss.append((f"missed {sev} {general(x[1])}", f"missed {sev} finding on {x[1]}"))
    blocking_ok = {x for x in want if x[0] == "blocking"} == {x for x in got if x[0] == "blocking"}
    clean = not any(x[0] == "blocking" for x in want)
    c["clean"] += clean
    if clean and val is not None and val.get("admissible") is False:
        c["clean_blocked"] += 1
    c["forms"] += 1
    passed = fields_ok and stmts_ok and actions_ok and blocking_ok and not failed_import
    c["passed"] += passed
    return c, miss, passed


COLUMNS = [("forms", None), ("fields%", ("fields_ok", "fields")), ("stmts%", ("statements_ok", "statements")),
           ("act.found%", ("actions_found", "actions")), ("act.ok%", ("actions_ok", "actions")),
           ("text%", ("text_ok", "text")), ("blk.P%", "blocking_p"), ("blk.R%", "blocking_r"),
           ("adv.P%", "advisory_p"), ("adv.R%", "advisory_r"), ("clean.blocked", None), ("passed", None)]


def metrics(c):
    def pct(n, d):
        return 100.0 * c[n] / c[d] if c[d] else 100.0
    m = {"forms": c["forms"], "fields%": pct("fields_ok", "fields"), "stmts%": pct("statements_ok", "statements"),
         "act.found%": pct("actions_found", "actions"), "act.ok%": pct("actions_ok", "actions"),
         "text%": pct("text_ok", "text")}
    for sev, s in (("blocking", "blk"), ("advisory", "adv")):
        tp, fp, fn = c[f"{sev}_tp"], c[f"{sev}_fp"], c[f"{sev}_fn"]
        m[f"{s}.P%"] = 100.0 * tp / (tp + fp) if tp + fp else 100.0
        m[f"{s}.R%"] = 100.0 * tp / (tp + fn) if tp + fn else 100.0
    m["clean.blocked"] = f"{c['clean_blocked']}/{c['clean']}"
    m["passed"] = f"{c['passed']}/{c['forms']}"
    m["_counts"] = dict(c)
    return m


def table(title, groups):
    heads = [h for h, _ in COLUMNS]
    lines = [f"{title:<22}" + "".join(f"{h:>14}" for h in heads)]
    for name, c in groups:
        m = metrics(c)
        cells = []
        for h in heads:
            v = m[h]
            cells.append(f"{v:>14.1f}" if isinstance(v, float) else f"{v!s:>14}")
        lines.append(f"{name:<22}" + "".join(cells))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir")
    ap.add_argument("--starling", required=True, help="path to the starling binary")
    ap.add_argument("--schemas", help="passed on to starling (the STARLIng schema folder)")
    ap.add_argument("--json", help="write the scores as JSON here")
    ap.add_argument("--details", help="write each form's misreads here (default DIR/fidelity-details.txt)")
    for name, what in [("fields", "fields read correctly"), ("statements", "statements read"),
                       ("actions", "actions found and correct"), ("text", "text conserved"),
                       ("blocking-precision", ""), ("blocking-recall", ""),
                       ("advisory-precision", ""), ("advisory-recall", ""), ("passed", "forms passed")]:
        ap.add_argument(f"--min-{name}", type=float, help=f"least %% {what} (total)".strip())
    ap.add_argument("--max-clean-blocked", type=int, help="most clean audits reported inadmissible")
    args = ap.parse_args()

    truths = {}
    for p in sorted(glob.glob(os.path.join(args.dir, "*.truth.json"))):
        with open(p, encoding="utf-8") as fh:
            truths[os.path.basename(p)[: -len(".truth.json")]] = json.load(fh)
    if not truths:
        sys.exit(f"score: no *.truth.json in {args.dir}")
    extra = ["--schemas", args.schemas] if args.schemas else []
    records = {}
    for r in run_json([args.starling, "import", args.dir, "--format", "jsonl"] + extra, lines=True):
        f = (r.get("source") or {}).get("file") or r.get("file") or ""
        records[os.path.basename(f)[: -len(".docx")]] = r
    vals = {}
    for v in run_json([args.starling, "validate", args.dir, "--format", "json"] + extra):
        vals[os.path.basename(v.get("file", ""))[: -len(".docx")]] = v

    total = collections.Counter()
    by_family, by_program = collections.defaultdict(collections.Counter), collections.defaultdict(collections.Counter)
    patterns = collections.Counter()
    pattern_families = collections.defaultdict(collections.Counter)
    examples = {}
    details = []
    per_form = {}
    for name, truth in truths.items():
        c, miss, passed = score_form(name, truth, records.get(name), vals.get(name))
        total.update(c)
        by_family[truth["family"]].update(c)
        by_program[truth["program"]].update(c)
        per_form[name] = {"passed": passed, "family": truth["family"], "program": truth["program"],
                          "misreads": [m[1] for m in miss]}
        details.append(f"== {name} ({truth['family']}, {truth['program']}): {'pass' if passed else 'FAIL'}")
        for pat, line in miss:
            details.append("  " + line)
            patterns[pat] += 1
            pattern_families[pat][truth["family"]] += 1
            examples.setdefault(pat, f"{name}: {line}")
    fam_order = [f for f in ["table2", "table4", "label_above", "paragraphs", "option_grids", "actions",
                             "content_controls", "legacy_fields", "nested_tables"] if f in by_family]
    fam_order += sorted(f for f in by_family if f not in fam_order)
    print(table("family", [(f, by_family[f]) for f in fam_order]))
    print()
    print(table("program", sorted(by_program.items())))
    print()
    print(table("total", [("all", total)]))
    print()
    worst = patterns.most_common(15)
    print("Most frequent misreads (pattern: occurrences; families; example):")
    for pat, n in worst:
        fams = ", ".join(f"{f} {k}" for f, k in pattern_families[pat].most_common())
        print(f"  {n:4d}  {pat}  [{fams}]\n        e.g. {examples[pat][:220]}")
    details_path = args.details or os.path.join(args.dir, "fidelity-details.txt")
    with open(details_path, "w", encoding="utf-8") as fh:
        fh.write("Misread patterns (count):\n")
        for pat, n in patterns.most_common():
            fh.write(f"  {n:4d}  {pat}  e.g. {examples[pat]}\n")
        fh.write("\n" + "\n".join(details) + "\n")
    print(f"\nDetails: {details_path}")
    summary = {"total": metrics(total), "families": {f: metrics(c) for f, c in by_family.items()},
               "programs": {p: metrics(c) for p, c in by_program.items()},
               "patterns": dict(patterns.most_common()), "forms": per_form}
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(summary, fh, indent=1, ensure_ascii=False)
    m = summary["total"]
    failures = []
    checks = [("fields", "fields%"), ("statements", "stmts%"), ("actions", "act.ok%"), ("text", "text%"),
              ("blocking_precision", "blk.P%"), ("blocking_recall", "blk.R%"),
              ("advisory_precision", "adv.P%"), ("advisory_recall", "adv.R%")]
    for arg, key in checks:
        lim = getattr(args, "min_" + arg)
        if lim is not None and m[key] < lim:
            failures.append(f"{key} {m[key]:.1f} < {lim}")
    if args.min_passed is not None:
        pct = 100.0 * total["passed"] / total["forms"]
        if pct < args.min_passed:
            failures.append(f"passed {pct:.1f}% < {args.min_passed}")
    if args.max_clean_blocked is not None and total["clean_blocked"] > args.max_clean_blocked:
        failures.append(f"clean audits blocked {total['clean_blocked']} > {args.max_clean_blocked}")
    for f in failures:
        print(f"score: threshold not met: {f}", file=sys.stderr)
    print(f"fidelity: {total['passed']} passed, {total['forms'] - total['passed']} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
