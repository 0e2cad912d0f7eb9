"""Layout writers: the same form model written in the ways Word forms arrange fields.

  content_controls  two-column table, value cells hold w:sdt content controls
  two_column        two-column table, plain text values
  label_above       label row above its value row (pairs side by side, w:gridSpan)
  legacy_fields     two-column table holding Word 2003 form fields (FORMTEXT, ...)
  label_paragraphs  bold label paragraph, then free text and bulleted lists
  rating_grid       ratings and yes/no as a grid of boxes with one ticked
                    (marks: box = ☒/☐, tick = ✓, x = X, cc = w14 check boxes)
"""
from docx.shared import Pt

import ooxml as ox
from forms import Field, Table, PARTICIPATION, FEEDBACK

WIDTH = 17.0


# -- text values with tracked changes and comments ----------------------------
def put_text(doc, p, fl, text, index=None):
    anns = [a for a in fl.anns if a.get("index") == index]
    rev = next((a for a in anns if a["type"] == "rev"), None)
    if rev:
        if rev.get("old"):
            p._p.append(ox.del_el(doc, rev["old"], rev["author"], rev["date"]))
        if rev.get("sep"):
            p._p.append(ox.del_el(doc, rev["sep"], rev["author"], rev["date"]))
        p._p.append(ox.ins_el(doc, text, rev["author"], rev["date"]))
    elif text:
        p.add_run(text)
    for c in (a for a in anns if a["type"] == "comment"):
        ox.add_comment(doc, p, c["text"], c["author"], c["initials"], c["date"])


def fill(doc, new_par, fl, bullets=True, first=None):
    """Write a field's value as paragraphs.  new_par() makes a paragraph; `first` is reused."""
    pars = []

    def par():
        nonlocal first
        if first is not None:
            p, first = first, None
        else:
            p = new_par()
        pars.append(p)
        return p

    if fl.kind != "list":
        put_text(doc, par(), fl, fl.text)
        return pars
    items = fl.items
    deleted = {a["index"]: a for a in fl.anns if a["type"] == "del_item"}
    inserted = {a["index"]: a for a in fl.anns if a["type"] == "ins_item"}
    if not items and not deleted:
        par()
    for i in range(len(items) + 1):
        if i in deleted:
            a = deleted[i]
            p = par()
            if bullets:
                ox.bullet(p)
            p._p.append(ox.del_el(doc, a["old"], a["author"], a["date"]))
            ox.mark_paragraph_deleted(doc, p, a["author"], a["date"])
        if i == len(items):
            break
        p = par()
        if bullets:
            ox.bullet(p)
        if i in inserted:
            a = inserted[i]
            p._p.append(ox.ins_el(doc, items[i], a["author"], a["date"]))
            ox.mark_paragraph_inserted(doc, p, a["author"], a["date"])
            for c in (x for x in fl.anns if x["type"] == "comment" and x.get("index") == i):
                ox.add_comment(doc, p, c["text"], c["author"], c["initials"], c["date"])
        else:
            put_text(doc, p, fl, items[i], index=i)
    return pars


def fill_cell(doc, cell, fl, bullets=True):
    return fill(doc, cell.add_paragraph, fl, bullets, first=cell.paragraphs[0])


# -- content controls ----------------------------------------------------------
def cc_value(doc, cell, fl):
    if fl.kind == "list":
        ox.put_block_sdt(cell, ox.sdt_block(doc, fl.tag, fl.label, fl.items))
        return
    kind = {"yesno": "check"}.get(fl.kind, fl.kind)
    cell.paragraphs[0]._p.append(ox.sdt_inline(
        doc, fl.tag, fl.label, kind, text=fl.text, options=fl.options, iso=fl.iso,
        checked=bool(fl.checked)))


# -- legacy form fields --------------------------------------------------------
def legacy_value(doc, cell, fl):
    p = cell.paragraphs[0]
    if fl.kind == "list":
        ox.legacy_text(doc, p, fl.legacy, " ".join(fl.items))
    elif fl.kind == "date":
        ox.legacy_text(doc, p, fl.legacy, fl.text, date_format="dd/MM/yyyy")
    elif fl.kind == "choice":
        entries = ["Please select"] + fl.options
        ox.legacy_dropdown(doc, p, fl.legacy, entries,
                           None if fl.selected is None else fl.selected + 1)
    elif fl.kind == "yesno":
        ox.legacy_checkbox(doc, p, fl.legacy, bool(fl.checked))
        p.add_run(" Yes")
    else:
        ox.legacy_text(doc, p, fl.legacy, fl.text)


# -- the two-column family (a, b, d) -------------------------------------------
def _value(doc, cell, fl, mode, bullets=True):
    if mode == "cc":
        cc_value(doc, cell, fl)
    elif mode == "legacy":
        legacy_value(doc, cell, fl)
    else:
        fill_cell(doc, cell, fl, bullets)


def two_column_section(doc, sec, mode, label_w=6.0, bullets=True):
    ox.section_bar(doc, sec.title)
    fields = [i for i in sec.items if isinstance(i, Field)]
    if fields:
        t = ox.new_table(doc, len(fields), [label_w, WIDTH - label_w])
        for row, fl in zip(t.rows, fields):
            ox.label_cell(row.cells[0], fl.label)
            _value(doc, row.cells[1], fl, mode, bullets)
    for tb in (i for i in sec.items if isinstance(i, Table)):
        grid_table(doc, tb, mode, bullets)
    doc.d.add_paragraph()


def grid_table(doc, tb, mode, bullets=True):
    """Participation / feedback / actions: a header row, one row per party or action."""
    widths = {"participation": [5.0, 3.5, 8.5], "feedback": [5.0, 3.0, 9.0],
              "actions": [7.0, 3.5, 3.0, 3.5]}[tb.kind]
    labels = tb.row_labels
    t = ox.new_table(doc, 1 + len(tb.rows), widths)
    for c, h in zip(t.rows[0].cells, tb.headers):
        ox.label_cell(c, h)
    for r, fields in enumerate(tb.rows):
        cells = t.rows[r + 1].cells
        if labels:
            ox.label_cell(cells[0], labels[r])
            fields = [fields[0], fields[1]]
            targets = cells[1:]
        else:
            targets = cells
        for cell, fl in zip(targets, fields):
            if mode == "text" and fl.kind == "yesno":
                fill_cell(doc, cell, fl)
            else:
                _value(doc, cell, fl, mode, bullets)
    return t


def content_controls(doc, sections, opts):
    for s in sections:
        two_column_section(doc, s, "cc")


def two_column(doc, sections, opts):
    for s in sections:
        two_column_section(doc, s, "text", bullets=opts.get("bullets", True))


def legacy_fields(doc, sections, opts):
    ox.protect_for_forms(doc)
    for s in sections:
        two_column_section(doc, s, "legacy")


# -- label above value (c) ----------------------------------------------------
def label_above(doc, sections, opts):
    half = WIDTH / 2
    for sec in sections:
        fields = [i for i in sec.items if isinstance(i, Field)]
        t = ox.new_table(doc, 0, [half, half])
        title = ox.raw_row(t, [2])[0]
        ox.label_cell(title, sec.title, ox.SECTION_FILL, white=True)
        i = 0
        while i < len(fields):
            fl = fields[i]
            nxt = fields[i + 1] if i + 1 < len(fields) else None
            short = lambda f: f.kind != "list" and len(f.text or "") < 45  # noqa: E731
            if nxt is not None and short(fl) and short(nxt):
                la, lb = ox.raw_row(t, [1, 1])
                ox.label_cell(la, fl.label)
                ox.label_cell(lb, nxt.label)
                va, vb = ox.raw_row(t, [1, 1])
                fill_cell(doc, va, fl)
                fill_cell(doc, vb, nxt)
                i += 2
            else:
                ox.label_cell(ox.raw_row(t, [2])[0], fl.label)
                fill_cell(doc, ox.raw_row(t, [2])[0], fl)
                i += 1
        for tb in (x for x in sec.items if isinstance(x, Table)):
            if fields:
                doc.d.add_paragraph()
            grid_table(doc, tb, "text")
        doc.d.add_paragraph()


# -- bold label paragraphs (e) --------------------------------------------------
def label_paragraphs(doc, sections, opts):
    d = doc.d
    for sec in sections:
        d.add_paragraph(sec.title, style="Heading 2" if sec.area else "Heading 1")
        for item in sec.items:
            if isinstance(item, Table) and item.kind == "actions":
                grid_table(doc, item, "text")
                continue
            if isinstance(item, Table):
                for label, (main, sub) in zip(item.row_labels, item.rows):
                    d.add_paragraph().add_run(label).bold = True
                    if main.text:
                        fill(doc, d.add_paragraph, main)
                    if sub.text:
                        p = d.add_paragraph()
                        p.add_run(f"{sub.label}: ")
                        put_text(doc, p, sub, sub.text)
                continue
            lp = d.add_paragraph()
            lp.paragraph_format.space_before = Pt(6)
            lp.add_run(item.label).bold = True
            if item.text or item.items:
                fill(doc, d.add_paragraph, item)


# -- rating grid (f) ------------------------------------------------------------
def mark(doc, cell, fl, option, chosen, style):
    p = cell.paragraphs[0]
    p.alignment = 1
    if style == "cc":
        p._p.append(ox.sdt_inline(doc, fl.tag, option, "check", checked=chosen))
    elif style == "box":
        p.add_run("\u2612" if chosen else "\u2610")
    elif style == "tick":
        p.add_run("\u2713" if chosen else "")
    elif style == "x":
        p.add_run("X" if chosen else "")


def grid_choice(doc, t, fl, style, first_span=1):
    opts = fl.options if fl.kind == "choice" else ["Yes", "No"]
    spans = [1] * 4 if len(opts) == 4 else [2, 2]
    head = ox.raw_row(t, [first_span] + spans)
    ox.label_cell(head[0], fl.label)
    ox.v_merge(head[0], True)
    for c, o in zip(head[1:], opts):
        c.paragraphs[0].alignment = 1
        c.paragraphs[0].add_run(o).font.size = Pt(8)
    marks = ox.raw_row(t, [first_span] + spans)
    ox.shade(marks[0], ox.LABEL_FILL)
    ox.v_merge(marks[0], False)
    for n, (c, o) in enumerate(zip(marks[1:], opts)):
        mark(doc, c, fl, o, fl.selected == n, style)


def rating_grid(doc, sections, opts):
    style = opts.get("marks", "box")
    col = [5.0, 3.0, 3.0, 3.0, 3.0]
    for sec in sections:
        t = ox.new_table(doc, 0, col)
        ox.label_cell(ox.raw_row(t, [5])[0], sec.title, ox.SECTION_FILL, white=True)
        for fl in (i for i in sec.items if isinstance(i, Field)):
            if fl.kind == "yesno" or (fl.kind == "choice" and fl.vocab == "rating"):
                grid_choice(doc, t, fl, style)
            else:
                lab, val = ox.raw_row(t, [1, 4])
                ox.label_cell(lab, fl.label)
                fill_cell(doc, val, fl)
        for tb in (i for i in sec.items if isinstance(i, Table)):
            doc.d.add_paragraph()
            if tb.kind == "actions":
                actions_grid(doc, tb, style)
            else:
                party_grid(doc, tb, style)
        doc.d.add_paragraph()


def party_grid(doc, tb, style):
    vocab = PARTICIPATION if tb.kind == "participation" else FEEDBACK
    opts = list(vocab.values())
    t = ox.new_table(doc, 1 + len(tb.rows), [3.8, 2.1, 2.1, 2.1, 2.1, 4.8])
    hdr = [tb.headers[0]] + opts + [tb.headers[2]]
    for c, h in zip(t.rows[0].cells, hdr):
        ox.label_cell(c, h).runs[0].font.size = Pt(8)
    for r, (label, (main, sub)) in enumerate(zip(tb.row_labels, tb.rows)):
        cells = t.rows[r + 1].cells
        ox.label_cell(cells[0], label)
        for n, c in enumerate(cells[1:5]):
            mark(doc, c, main, opts[n], main.selected == n, style)
        fill_cell(doc, cells[5], sub)


def actions_grid(doc, tb, style):
    t = ox.new_table(doc, 1 + len(tb.rows), [7.0, 3.5, 3.0, 3.5])
    for c, h in zip(t.rows[0].cells, tb.headers):
        ox.label_cell(c, h)
    for r, fields in enumerate(tb.rows):
        cells = t.rows[r + 1].cells
        for cell, fl in zip(cells[:3], fields[:3]):
            fill_cell(doc, cell, fl)
        mark(doc, cells[3], fields[3], "Yes", bool(fields[3].checked), style)


LAYOUTS = {"content_controls": content_controls, "two_column": two_column,
           "label_above": label_above, "legacy_fields": legacy_fields,
           "label_paragraphs": label_paragraphs, "rating_grid": rating_grid}
