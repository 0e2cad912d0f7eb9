"""Layout families: each lays one invented audit (content.Form) out as a document model
(render.Doc) and records every string it writes (all_text)."""
import re
from content import (LABELS, AREA_NAME, RATING_SHOW, RATING_OPTION, PART_SHOW, PART_OPTION,
                     VIEW_OPTION, RATINGS, CATEGORY_SHOW)
from render import (R, BR, PB, Chk14, LegChk, LegText, SdtRun, Ins, Del, Cmt, P, Cell, T,
                    SdtBlock, LegParas, Doc)

DETAILS = ["audit.month", "audit.type", "audit.theme", "auditor.name", "auditor.role",
           "completed_on", "submitted_on", "service"]
CHILD = ["child.id", "child.name", "child.date_of_birth", "child.age", "child.legal_status", "team",
         "social_worker", "team_manager"]
PARTIES = ["social_worker", "team_manager", "child", "parent_carer", "iro_cp_chair"]
JUDGEMENT = ["judgement.rating", "judgement.at_risk_of_inadequate", "judgement.impact_summary",
             "judgement.good_practice"]
CONCERN = ["concern.category", "concern.summary"]
MODERATION = ["moderation.moderator", "moderation.moderated_on", "moderation.rating",
              "moderation.comments", "moderation.admissible", "moderation.admissible.reason"]
SHOW_EMPTY = {"audit.theme", "judgement.good_practice", "concern.category", "concern.summary"}


def tagname(key):
    return key.replace(".", "_")


class W:
    """Per-form writing choices and the record of what was written."""

    def __init__(self, f, rng, program):
        self.f, self.rng, self.program = f, rng, program
        self.texts = []
        self.colon = rng.choice(["yes", "no", "mixed"])
        self.numbered = rng.random() < 0.2
        self.n = 0
        self.stmt_mode = rng.choice(["bullets", "paras", "br"])
        self.glyphs = rng.choice([("\u2612", "\u2610"), ("\u2713", ""), ("X", ""), ("\u2611", "\u2610")])
        self.sep = rng.choice([" \u2013 ", " - ", ": "])
        self.part_inline = rng.random() < 0.5
        self.rich = program in ("raw", "python-docx", "libreoffice")
        self.tracked_key = None
        self.comment_key = None
        if program == "raw" and rng.random() < 0.25:
            self.tracked_key = "judgement.impact_summary"
        if self.rich and rng.random() < 0.3:
            self.comment_key = rng.choice(["team", "child.name", "judgement.rating"])
        self.comments, self.tracked = [], []

    # -- text
    def q(self, s):
        return s.replace("'", "\u2019") if self.f.curly else s

    def t(self, s):
        s = self.q(s)
        if s and s.strip() and s not in self.texts:
            self.texts.append(s)
        return s

    def lab(self, key_or_text, colon=None):
        base = self.rng.choice(LABELS[key_or_text]) if key_or_text in LABELS else key_or_text
        base = self.t(base)
        out = base
        if self.numbered and key_or_text in LABELS and "." in key_or_text:
            self.n += 1
            out = f"{self.n}. {out}"
        c = colon if colon is not None else (self.colon == "yes" or (self.colon == "mixed" and self.rng.random() < 0.5))
        if c:
            out += ":"
        if self.rng.random() < 0.1 and " " in out:
            out = out.replace(" ", "\u00a0", 1)
        return out

    def disp(self, key):
        d = self.f.display.get(key)
        if d is None:
            return None
        if key == "concern.category" and d == "No":
            d = "None"
        return self.t(d)

    def items(self, key, text):
        """A value's inline items, with a tracked change or a comment on some forms."""
        if text is None:
            return []
        if key is not None and key == self.tracked_key:
            old = self.q("Practice is improving for the child.")
            self.tracked.append({"deleted": old, "inserted": text})
            self.f.expected.append({"severity": "advisory", "field": "document"})
            self.tracked_key = None
            return [Del(old, "Moderator " + self.f.display.get("moderation.moderator", "QA")),
                    Ins([R(text)], "Moderator")]
        if key is not None and key == self.comment_key:
            c = self.t(self.q("Please check this against the case record."))
            self.comments.append(c)
            return [Cmt(c, "QA Moderator", [R(text)])]
        return [R(text)]

    def present(self, keys):
        return [k for k in keys if k in self.f.display or k in SHOW_EMPTY]

    # -- statements
    def stmts(self, items, mode=None, style_ok=True):
        mode = mode or self.stmt_mode
        items = [self.t(s) for s in items]
        if not items:
            return [P([])]
        if mode == "bullets" and style_ok:
            return [P([s], "ListBullet") for s in items]
        if mode == "br":
            out = []
            for k, s in enumerate(items):
                if k:
                    out.append(BR())
                out.append(R(s))
            return [P(out)]
        return [P([s]) for s in items]

    # -- participation / views as label, value pairs
    def part_pairs(self):
        pairs = []
        for party in PARTIES:
            key = "participation." + party
            oc = self.f.part[party]
            shown = self.t(self.rng.choice(PART_SHOW[oc]))
            reason = self.f.reason.get(party)
            if reason and self.part_inline:
                pairs.append((self.lab(key), shown + self.sep + self.t(reason)))
            else:
                pairs.append((self.lab(key), shown))
                if reason or self.rng.random() < 0.3:
                    pairs.append((self.lab("Reason"), self.t(reason) if reason else None))
        return pairs

    def view_pairs(self):
        pairs = []
        for party in ("child", "parent_carer"):
            v = self.t(VIEW_OPTION[self.f.view[party]])
            c = self.f.view_comment.get(party)
            if c and self.part_inline:
                pairs.append((self.lab("feedback." + party), v + self.sep + self.t(c)))
            else:
                pairs.append((self.lab("feedback." + party), v))
                if c:
                    pairs.append((self.lab("Comment"), self.t(c)))
        return pairs

    def kv_pairs(self, keys):
        return [(self.lab(k), self.disp(k), k) for k in self.present(keys)]

    def sections(self, upto=4):
        """The form's label/value sections in order: (title, [(label, value, key)])."""
        out = [(self.t("Audit details"), self.kv_pairs(DETAILS)),
               (self.t("About the child"), self.kv_pairs(CHILD))]
        if upto > 2:
            out += [(self.t("Participation in the audit"), [(l, v, None) for l, v in self.part_pairs()]),
                    (self.t("Views of the service"), [(l, v, None) for l, v in self.view_pairs()])]
        return out

    def closing_sections(self):
        out = [(self.t(self.rng.choice(["Judgement", "Overall judgement and impact"])), self.kv_pairs(JUDGEMENT)),
               (self.t("Child of concern"), self.kv_pairs(CONCERN))]
        if "moderation.moderator" in self.f.display or self.rng.random() < 0.3:
            keys = [k for k in MODERATION if k in self.f.display] or MODERATION[:3]
            out.append((self.t("Moderation"), [(self.lab(k), self.disp(k), k) for k in keys]))
        return out

    def rating_text(self, r):
        return self.t(self.rng.choice(RATING_SHOW[r]))

    def action_fields(self, a):
        return (self.t(a["description"]), self.t(a["owner"]) if a["owner"] else None,
                self.t(a["due_show"]) if a["due_show"] else None,
                self.t(self.rng.choice(["Yes", "Y"]) if a["into_care_plan"] else self.rng.choice(["No", "N"])))


def start_doc(w, paragraphs_only=False):
    doc = Doc()
    f = w.f
    if w.program != "pandoc":
        doc.header = w.t(f.council)
        doc.footer = w.t(w.rng.choice(["OFFICIAL - SENSITIVE", "OFFICIAL \u2013 SENSITIVE", f"{f.council} | Quality Assurance"]))
    doc.blocks.append(P([w.t(w.rng.choice(["Children's Social Care Case Audit", "Monthly Case Audit",
                                             "Case audit tool: journey and impact"]))], "Title"))
    if w.rng.random() < 0.5:
        doc.blocks.append(P([w.t("Quality Assurance Team \u2013 complete every section")]))
    return doc


def bold(text):
    return R(text, b=True)


# ---------------------------------------------------------------- actions, three layouts
ACTION_COLS = {"action": ["Action", "Action agreed"], "owner": ["Owner", "By whom", "Responsible"],
               "due": ["Due date", "By when", "Timescale"], "plan": ["Add to child's plan"]}


def actions_table(w, merged_header=None, shuffle=None):
    acts = w.f.actions
    order = ["action", "owner", "due", "plan"]
    if shuffle if shuffle is not None else w.rng.random() < 0.5:
        rest = order[1:]
        w.rng.shuffle(rest)
        order = ["action"] + rest if w.rng.random() < 0.7 else rest[:1] + ["action"] + rest[1:]
    heads = [w.t(w.rng.choice(ACTION_COLS[c])) for c in order]
    rows = []
    if merged_header if merged_header is not None else w.rng.random() < 0.5:
        rows.append([Cell([P([bold(w.t("Actions agreed"))])], span=len(order), shade="D9D9D9")])
    rows.append([Cell([P([bold(h)])]) for h in heads])
    for a in acts:
        d, o, due, plan = w.action_fields(a)
        vals = {"action": d, "owner": o, "due": due, "plan": plan}
        rows.append([Cell([P([vals[c]] if vals[c] else [])]) for c in order])
    if not acts:
        rows.append([Cell([P([])]) for _ in order])
    tb = T(rows)
    tb.header = True
    return [tb]


def actions_label_above(w):
    rows = []
    for a in w.f.actions:
        d, o, due, plan = w.action_fields(a)
        for key, val in (("action", d), ("owner", o), ("due", due), ("plan", plan)):
            rows.append([Cell([P([bold(w.lab(key))])], shade="EEEEEE")])
            rows.append([Cell([P([val] if val else [])])])
    if not w.f.actions:
        rows = [[Cell([P([bold(w.lab("action"))])])], [Cell([P([])])]]
    return [T(rows)]


def actions_numbered(w):
    out = []
    for k, a in enumerate(w.f.actions):
        d, o, due, plan = w.action_fields(a)
        p = P([d], "ListNumber")
        p.number = k + 1
        out.append(p)
        for key, val in (("owner", o), ("due", due), ("plan", plan)):
            lab = w.lab(key, colon=True)
            out.append(P([bold(lab), R(" " + val if val else "")]))
    if not w.f.actions:
        out.append(P([w.t("No actions were agreed.")]))
    return out


# ---------------------------------------------------------------- areas in the common shapes
def area_table2(w, a):
    if w.program != "pandoc" and w.rng.random() < 0.4:   # area name in a cell merged down its rows
        name = Cell([P([bold(w.t(AREA_NAME[a["area"]]))])], vmerge="restart", shade="BDD7EE")
        cont = lambda: Cell([], vmerge="continue")  # noqa: E731
        return [T([[name, Cell([P([bold(w.lab("evidence"))])]), Cell(w.stmts(a["evidence"]))],
                   [cont(), Cell([P([bold(w.lab("impact"))])]), Cell(w.stmts(a["impact"]))],
                   [cont(), Cell([P([bold(w.lab("rating"))])]), Cell([P([w.rating_text(a["rating"])])])]]),
                P([])]
    rows = [[Cell([P([bold(w.lab("evidence"))])]), Cell(w.stmts(a["evidence"]))],
            [Cell([P([bold(w.lab("impact"))])]), Cell(w.stmts(a["impact"]))],
            [Cell([P([bold(w.lab("rating"))])]), Cell([P([w.rating_text(a["rating"])])])]]
    return [P([w.t(AREA_NAME[a["area"]])], "Heading2"), T(rows)]


def area_paragraphs(w, a, pandoc=False):
    out = [P([w.t(AREA_NAME[a["area"]])], "Heading2")]
    for part in ("evidence", "impact"):
        out.append(P([bold(w.lab(part))]))
        out += w.stmts(a[part], mode="bullets" if pandoc and w.stmt_mode == "paras" else None)
    form = w.rng.choice(["colon", "nocolon", "below"])
    lab = w.lab("rating", colon=(form == "colon"))
    r = w.rating_text(a["rating"])
    if form == "below":
        out += [P([bold(lab)]), P([r])]
    else:
        out.append(P([bold(lab), R(" " + r)]))
    return out


# ---------------------------------------------------------------- family 1: two-column tables
def fam_table2(w):
    doc = start_doc(w)
    def kv(title, pairs, in_table_title):
        rows = []
        if in_table_title:
            rows.append([Cell([P([bold(title)])], span=2, shade="D9D9D9")])
        for lab, val, key in [(p[0], p[1], p[2] if len(p) > 2 else None) for p in pairs]:
            rows.append([Cell([P([bold(lab)])]), Cell([P(w.items(key, val))])])
        return ([] if in_table_title else [P([title], "Heading1")]) + [T(rows)]
    for title, pairs in w.sections():
        doc.blocks += kv(title, pairs, w.rng.random() < 0.5)
    if w.rich and w.rng.random() < 0.5:
        doc.blocks.append(P([PB()]))
    doc.blocks.append(P([w.t("Areas of practice")], "Heading1"))
    for a in w.f.areas:
        doc.blocks += area_table2(w, a)
    for title, pairs in w.closing_sections():
        doc.blocks += kv(title, pairs, w.rng.random() < 0.5)
    doc.blocks.append(P([w.t("Actions")], "Heading1"))
    doc.blocks += actions_table(w, merged_header=False if w.program == "pandoc" else None)
    return doc


# ---------------------------------------------------------------- family 2: four-column details
def fam_table4(w):
    doc = start_doc(w)
    def kv4(title, pairs):
        rows = [[Cell([P([bold(title)])], span=4, shade="D9D9D9")]]
        pairs = [(p[0], p[1], p[2] if len(p) > 2 else None) for p in pairs]
        for i in range(0, len(pairs), 2):
            row = []
            for lab, val, key in pairs[i:i + 2]:
                row += [Cell([P([bold(lab)])]), Cell([P(w.items(key, val))])]
            if len(row) == 2:
                row.append(Cell([P([])], span=2))
            rows.append(row)
        return [T(rows)]
    for title, pairs in w.sections():
        doc.blocks += kv4(title, pairs)
    doc.blocks.append(P([w.t("Areas of practice")], "Heading1"))
    for a in w.f.areas:
        rows = [[Cell([P([bold(w.t(AREA_NAME[a["area"]]))])], span=4, shade="BDD7EE")],
                [Cell([P([bold(w.lab("evidence"))])]), Cell(w.stmts(a["evidence"]), span=3)],
                [Cell([P([bold(w.lab("impact"))])]), Cell(w.stmts(a["impact"]), span=3)],
                [Cell([P([bold(w.lab("rating"))])]), Cell([P([w.rating_text(a["rating"])])]),
                 Cell([P([bold(w.t("Standards tested"))])]),
                 Cell([P([w.t({"response_to_risk": "S1, S3", "assessment": "S1, S2", "planning": "S2, S3",
                               "intervention": "S4", "relational_practice": "S1, S4",
                               "management_oversight": "S6", "permanence": "S3", "recording": "S5"}[a["area"]])])])]]
        doc.blocks.append(T(rows))
        doc.blocks.append(P([]))
    for title, pairs in w.closing_sections():
        doc.blocks += kv4(title, pairs)
    doc.blocks.append(P([w.t("Actions")], "Heading1"))
    doc.blocks += actions_table(w)
    return doc


# ---------------------------------------------------------------- family 3: label row above value row
def fam_label_above(w):
    doc = start_doc(w)
    def la(title, pairs):
        rows = [[Cell([P([bold(title)])], shade="D9D9D9")]]
        for p in pairs:
            lab, val, key = p[0], p[1], p[2] if len(p) > 2 else None
            rows.append([Cell([P([bold(lab)])])])
            rows.append([Cell([P(w.items(key, val))])])
        return [T(rows)]
    for title, pairs in w.sections():
        doc.blocks += la(title, pairs)
        doc.blocks.append(P([]))
    doc.blocks.append(P([w.t("Areas of practice")], "Heading1"))
    for a in w.f.areas:
        rows = [[Cell([P([bold(w.t(AREA_NAME[a["area"]]))])], shade="BDD7EE")],
                [Cell([P([bold(w.lab("evidence"))])])], [Cell(w.stmts(a["evidence"]))],
                [Cell([P([bold(w.lab("impact"))])])], [Cell(w.stmts(a["impact"]))],
                [Cell([P([bold(w.lab("rating"))])])], [Cell([P([w.rating_text(a["rating"])])])]]
        doc.blocks += [T(rows), P([])]
    for title, pairs in w.closing_sections():
        doc.blocks += la(title, pairs)
    doc.blocks.append(P([w.t("Actions")], "Heading1"))
    doc.blocks += actions_label_above(w)
    return doc


# ---------------------------------------------------------------- family 4: bold-label paragraphs
def para_pair(w, lab, val, key):
    form = w.rng.choice(["colon", "nocolon", "below"])
    if form == "below" or val is None:
        return [P([bold(lab.rstrip(":"))] + ([R(":")] if form == "colon" else []))] + \
               ([P(w.items(key, val))] if val else [])
    if form == "colon" and not lab.endswith(":"):
        lab += ":"
    if form == "nocolon":
        lab = lab.rstrip(":")
    return [P([bold(lab), R(" ")] + w.items(key, val))]


def fam_paragraphs(w):
    doc = start_doc(w)
    pandoc = w.program == "pandoc"
    for sec in w.sections() + [None] + w.closing_sections():
        if sec is None:
            doc.blocks.append(P([w.t("Areas of practice")], "Heading1"))
            for a in w.f.areas:
                doc.blocks += area_paragraphs(w, a, pandoc)
            continue
        title, pairs = sec
        doc.blocks.append(P([title], "Heading1"))
        for p in pairs:
            doc.blocks += para_pair(w, p[0], p[1], p[2] if len(p) > 2 else None)
    doc.blocks.append(P([w.t("Actions")], "Heading1"))
    doc.blocks += actions_numbered(w)
    return doc


# ---------------------------------------------------------------- family 5: option grids
def mark(w, on, kind="glyph", name=None):
    if kind == "legacy":
        return LegChk(on, name)
    if kind == "w14":
        return Chk14(on, name)
    g = w.glyphs[0] if on else w.glyphs[1]
    return R(g) if g else None


def grid_cell(w, on, kind, name=None):
    m = mark(w, on, kind, name)
    return Cell([P([m] if m else [])])


def choice_grid(w, kind, title, options, option_names, rows, free_text_heading):
    """A grid with one column per option and a free-text column: `rows` are
    (record key, chosen option, free text, name prefix of its check boxes)."""
    header = ([Cell([P([bold(w.t(title))])])] +
              [Cell([P([bold(w.t(option_names[o]))])]) for o in options] +
              [Cell([P([bold(w.t(free_text_heading))])])])
    body = []
    for key, chosen, text, prefix in rows:
        body.append([Cell([P([w.lab(key, colon=False)])])] +
                    [grid_cell(w, o == chosen, kind, f"{prefix}_{o}") for o in options] +
                    [Cell([P([w.t(text)] if text else [])])])
    return [T([header] + body)]


def part_grid(w, kind="glyph"):
    rows = [("participation." + party, w.f.part[party], w.f.reason.get(party), party) for party in PARTIES]
    return choice_grid(w, kind, "Participation in the audit", ["spoken", "attempted", "not_appropriate", "not_contacted"],
                       PART_OPTION, rows, "Reason")


def view_grid(w, kind="glyph"):
    rows = [("feedback." + party, w.f.view[party], w.f.view_comment.get(party), f"view_{party}") for party in ("child", "parent_carer")]
    return choice_grid(w, kind, "Views of the service", ["positive", "negative", "mixed", "none"], VIEW_OPTION, rows, "Comment")


def rating_grid(w, kind="glyph"):
    order = ["outstanding", "good", "requires_improvement", "inadequate"]
    rows = [[Cell([P([bold(w.t("Area of practice"))])])] +
            [Cell([P([bold(w.t(RATING_OPTION[o]))])]) for o in order]]
    for a in w.f.areas:
        rows.append([Cell([P([w.t(AREA_NAME[a["area"]])])])] +
                    [grid_cell(w, o == a["rating"], kind, f"{a['area']}_{o}") for o in order])
    rows.append([Cell([P([bold(w.lab("judgement.rating", colon=False))])])] +
                [grid_cell(w, o == w.f.overall, kind, f"overall_{o}") for o in order])
    return [T(rows)]


def yesno_grid(w, kind="glyph"):
    """Yes / No columns, and a Reason column (the admissibility reason sits beside its answer)."""
    rows = [[Cell([P([])]), Cell([P([bold(w.t("Yes"))])]), Cell([P([bold(w.t("No"))])]),
             Cell([P([bold(w.t("Reason"))])])]]
    for key in ("judgement.at_risk_of_inadequate", "moderation.admissible"):
        if key not in w.f.truth:
            continue
        v = w.f.truth[key]
        reason = w.disp(key + ".reason") if key == "moderation.admissible" else None
        rows.append([Cell([P([w.lab(key, colon=False)])]), grid_cell(w, v, kind, tagname(key) + "_yes"),
                     grid_cell(w, not v, kind, tagname(key) + "_no"), Cell([P([reason] if reason else [])])])
    return [T(rows)]


def category_grid(w, kind="glyph"):
    cat = w.f.truth.get("concern.category")
    opts = [("none", "None"), ("category_1", "Category 1"), ("category_2", "Category 2")]
    rows = [[Cell([P([bold(w.lab("concern.category", colon=False))])])] +
            [Cell([P([w.t(t)])]) for _, t in opts],
            [Cell([P([])])] + [grid_cell(w, k == cat, kind, "concern_" + k) for k, _ in opts]]
    return [T(rows)]


def fam_option_grids(w):
    doc = start_doc(w)
    for title, pairs in w.sections(2):
        doc.blocks.append(P([title], "Heading1"))
        doc.blocks.append(T([[Cell([P([bold(p[0])])]), Cell([P(w.items(p[2], p[1]))])] for p in pairs]))
    doc.blocks.append(P([w.t("Participation and views")], "Heading1"))
    doc.blocks += part_grid(w) + [P([])] + view_grid(w)
    doc.blocks.append(P([w.t("Areas of practice")], "Heading1"))
    doc.blocks += rating_grid(w)
    for a in w.f.areas:
        doc.blocks.append(P([w.t(AREA_NAME[a["area"]])], "Heading2"))
        for part in ("evidence", "impact"):
            doc.blocks.append(P([bold(w.lab(part))]))
            doc.blocks += w.stmts(a[part])
    doc.blocks.append(P([w.t("Judgement")], "Heading1"))
    doc.blocks += yesno_grid(w)
    rest = [k for k in w.present(["judgement.impact_summary", "judgement.good_practice"])]
    doc.blocks.append(T([[Cell([P([bold(w.lab(k))])]), Cell([P(w.items(k, w.disp(k)))])] for k in rest]))
    doc.blocks.append(P([w.t("Child of concern")], "Heading1"))
    doc.blocks += category_grid(w)
    if "concern.summary" in w.f.display:
        doc.blocks += [P([bold(w.lab("concern.summary"))]), P([w.disp("concern.summary")])]
    mod = [k for k in ["moderation.moderator", "moderation.moderated_on", "moderation.rating",
                       "moderation.comments"] if k in w.f.display]
    if mod:
        doc.blocks.append(P([w.t("Moderation")], "Heading1"))
        doc.blocks.append(T([[Cell([P([bold(w.lab(k))])]), Cell([P([w.disp(k)])])] for k in mod]))
    doc.blocks.append(P([w.t("Actions")], "Heading1"))
    doc.blocks += actions_table(w)
    return doc


# ---------------------------------------------------------------- family 6: action layouts
def fam_actions(w, variant):
    doc = start_doc(w)
    pandoc = w.program == "pandoc"
    for title, pairs in w.sections() + w.closing_sections():
        doc.blocks.append(P([title], "Heading1"))
        doc.blocks.append(T([[Cell([P([bold(p[0])])]), Cell([P(w.items(p[2] if len(p) > 2 else None, p[1]))])]
                             for p in pairs]))
    doc.blocks.append(P([w.t("Areas of practice")], "Heading1"))
    for a in w.f.areas:
        doc.blocks += area_paragraphs(w, a, pandoc)
    doc.blocks.append(P([w.t(w.rng.choice(["Actions", "Action plan"]))], "Heading1"))
    if variant == "table":
        doc.blocks += actions_table(w, merged_header=not pandoc, shuffle=True)
    elif variant == "label_above":
        doc.blocks += actions_label_above(w)
    else:
        doc.blocks += actions_numbered(w)
    return doc


# ---------------------------------------------------------------- family 7: content controls
def fam_content_controls(w):
    doc = start_doc(w)
    def sdt_value(key, lab, val):
        return SdtRun(tagname(key), lab.rstrip(":"), [R(val)] if val else None)
    for title, pairs in w.sections(2):
        doc.blocks.append(P([title], "Heading1"))
        if w.rng.random() < 0.6:
            doc.blocks.append(T([[Cell([P([bold(p[0])])]), Cell([P([sdt_value(p[2], p[0], p[1])])])]
                                 for p in pairs]))
        else:
            for p in pairs:
                doc.blocks.append(P([bold(p[0]), R(" "), sdt_value(p[2], p[0], p[1])]))
    doc.blocks.append(P([w.t("Participation in the audit")], "Heading1"))
    rows = []
    for party in PARTIES:
        key = "participation." + party
        oc = w.f.part[party]
        lab = w.lab(key, colon=False)
        reason = w.f.reason.get(party)
        rows.append([Cell([P([bold(lab)])]),
                     Cell([P([SdtRun(tagname(key), lab, [R(w.t(PART_OPTION[oc]))])])]),
                     Cell([P([SdtRun(tagname(key) + "_reason", "Reason", [R(w.t(reason))] if reason else None)])])])
    doc.blocks.append(T(rows))
    doc.blocks.append(P([w.t("Views of the service")], "Heading1"))
    for party in ("child", "parent_carer"):
        key = "feedback." + party
        lab = w.lab(key)
        c = w.f.view_comment.get(party)
        doc.blocks.append(P([bold(lab), R(" "), SdtRun(tagname(key), lab, [R(w.t(VIEW_OPTION[w.f.view[party]]))])]))
        doc.blocks.append(P([bold(w.lab("Comment")), R(" "),
                             SdtRun(tagname(key) + "_comment", "Comment", [R(w.t(c))] if c else None)]))
    doc.blocks.append(P([w.t("Areas of practice")], "Heading1"))
    order = ["outstanding", "good", "requires_improvement", "inadequate"]
    for a in w.f.areas:
        k = a["area"]
        doc.blocks.append(P([w.t(AREA_NAME[k])], "Heading2"))
        for part in ("evidence", "impact"):
            doc.blocks.append(P([bold(w.lab(part))]))
            stm = [w.t(s) for s in a[part]]
            doc.blocks.append(SdtBlock(f"{k}_{part}", None, [P([s]) for s in stm] or [P([])]))
        items = [bold(w.lab("rating")), R(" ")]
        for o in order:
            items += [Chk14(o == a["rating"], f"{k}_rating_{o}"), R(" " + w.t(RATING_OPTION[o]) + "  ")]
        doc.blocks.append(P(items))
    doc.blocks.append(P([w.t("Judgement")], "Heading1"))
    for k in w.present(JUDGEMENT + CONCERN):
        lab = w.lab(k)
        if k == "judgement.at_risk_of_inadequate":
            v = w.f.truth[k]
            doc.blocks.append(P([bold(lab), R(" "), Chk14(v, tagname(k) + "_yes"), R(" " + w.t("Yes") + " "),
                                 Chk14(not v, tagname(k) + "_no"), R(" " + w.t("No"))]))
        else:
            val = w.disp(k)
            doc.blocks.append(P([bold(lab), R(" "), SdtRun(tagname(k), lab.rstrip(":"), [R(val)] if val else None)]))
    for k in [k for k in MODERATION if k in w.f.display]:
        lab = w.lab(k)
        doc.blocks.append(P([bold(lab), R(" "), SdtRun(tagname(k), lab.rstrip(":"), [R(w.disp(k))])]))
    doc.blocks.append(P([w.t("Actions")], "Heading1"))
    doc.blocks += actions_table(w)
    return doc


# ---------------------------------------------------------------- family 8: legacy form fields
def fam_legacy_fields(w):
    doc = start_doc(w)
    for title, pairs in w.sections(2):
        doc.blocks.append(P([title], "Heading1"))
        doc.blocks.append(T([[Cell([P([bold(p[0])])]),
                              Cell([P([LegText(tagname(p[2]), [p[1]] if p[1] else [])])])] for p in pairs]))
    doc.blocks.append(P([w.t("Participation and views")], "Heading1"))
    doc.blocks += part_grid(w, "legacy") + [P([])] + view_grid(w, "legacy")
    doc.blocks.append(P([w.t("Areas of practice")], "Heading1"))
    doc.blocks += rating_grid(w, "legacy")
    for a in w.f.areas:
        k = a["area"]
        doc.blocks.append(P([w.t(AREA_NAME[k])], "Heading2"))
        rows = []
        for part in ("evidence", "impact"):
            stm = [w.t(s) for s in a[part]]
            if w.rng.random() < 0.5 or not stm:
                cell = [P([LegText(f"{k}_{part}", stm)])]
            else:
                cell = [LegParas(f"{k}_{part}", stm)]
            rows.append([Cell([P([bold(w.lab(part))])]), Cell(cell)])
        doc.blocks.append(T(rows))
    doc.blocks.append(P([w.t("Judgement")], "Heading1"))
    doc.blocks += yesno_grid(w, "legacy")
    keys = w.present(["judgement.rating", "judgement.impact_summary", "judgement.good_practice"] + CONCERN +
                     [k for k in MODERATION if k in w.f.display and not k.startswith("moderation.admissible")])
    doc.blocks.append(T([[Cell([P([bold(w.lab(k))])]),
                          Cell([P([LegText(tagname(k), [w.disp(k)] if w.disp(k) else [])])])] for k in keys]))
    doc.blocks.append(P([w.t("Actions")], "Heading1"))
    doc.blocks += actions_table(w)
    return doc


# ---------------------------------------------------------------- family 9: nested tables
def fam_nested(w):
    doc = start_doc(w)
    outer = []
    for title, pairs in w.sections() + w.closing_sections():
        inner = T([[Cell([P([bold(p[0])])]), Cell([P(w.items(p[2] if len(p) > 2 else None, p[1]))])] for p in pairs])
        outer.append([Cell([P([bold(title)]), inner])])
    doc.blocks.append(T(outer))
    doc.blocks.append(P([w.t("Areas of practice")], "Heading1"))
    rows = [[Cell([P([bold(w.t("Area"))])]), Cell([P([bold(w.t("Findings"))])])]]
    for a in w.f.areas:
        inner = T([[Cell([P([bold(w.lab("evidence"))])]), Cell(w.stmts(a["evidence"]))],
                   [Cell([P([bold(w.lab("impact"))])]), Cell(w.stmts(a["impact"]))],
                   [Cell([P([bold(w.lab("rating"))])]), Cell([P([w.rating_text(a["rating"])])])]])
        rows.append([Cell([P([bold(w.t(AREA_NAME[a["area"]]))])]), Cell([inner])])
    doc.blocks.append(T(rows))
    doc.blocks.append(P([w.t("Actions")], "Heading1"))
    doc.blocks += actions_table(w)
    return doc


FAMILIES = [
    ("table2", fam_table2, ["python-docx", "raw", "libreoffice"]),
    ("table4", fam_table4, ["python-docx", "raw"]),
    ("label_above", fam_label_above, ["raw", "python-docx", "libreoffice"]),
    ("paragraphs", fam_paragraphs, ["pandoc", "python-docx", "raw"]),
    ("option_grids", fam_option_grids, ["raw", "python-docx"]),
    ("actions", None, None),
    ("content_controls", fam_content_controls, ["raw"]),
    ("legacy_fields", fam_legacy_fields, ["raw"]),
    ("nested_tables", fam_nested, ["python-docx", "raw"]),
]
ACTION_VARIANTS = [("table", ["raw", "python-docx"]), ("label_above", ["python-docx", "raw"]),
                   ("numbered", ["pandoc", "raw", "python-docx"])]
