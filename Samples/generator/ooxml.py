"""Raw WordprocessingML helpers that python-docx does not offer.

Content controls (w:sdt), legacy Word 2003 form fields, w14 check boxes,
tracked changes, comments, shading, merged cells, bullet numbering, and a
deterministic save (fixed core properties and zip timestamps).
"""
import datetime
import io
import re
import zipfile

import docx
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for callers)
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

COUNCIL = "Northshire County Council"
SERVICE_LINE = "Children's Services \u2013 Quality Assurance and Learning"
LABEL_FILL = "D9E2F3"      # pale blue label cells
SECTION_FILL = "1F3864"    # dark blue section bars
FIXED_TIME = datetime.datetime(2020, 1, 15, 9, 0, 0)
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
BULLET_NUM_ID = 40
EN_SPACES = "\u2002" * 5   # what Word shows in an empty legacy text field


class Doc:
    """A python-docx Document plus per-document id counters."""

    def __init__(self, title, subtitle=None, author="Quality Assurance Team"):
        self.d = docx.Document()
        self.author = author
        self._sdt_id = 1000
        self._rev_id = 500
        self._bm_id = 0
        self._setup_page(title, subtitle)
        self._add_bullet_numbering()

    # -- ids -------------------------------------------------------------
    def sdt_id(self):
        self._sdt_id += 1
        return self._sdt_id

    def rev_id(self):
        self._rev_id += 1
        return self._rev_id

    def bm_id(self):
        self._bm_id += 1
        return self._bm_id

    # -- page, styles, header ----------------------------------------------
    def _setup_page(self, title, subtitle):
        d = self.d
        sec = d.sections[0]
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(2.0)
        sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
        normal = d.styles["Normal"]
        normal.font.name = "Arial"
        normal.font.size = Pt(10)
        rpr = normal.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), "Arial")
        normal.paragraph_format.space_after = Pt(2)
        for name, size in (("Title", 18), ("Heading 1", 13), ("Heading 2", 11)):
            st = d.styles[name]
            st.font.name = "Arial"
            st.font.size = Pt(size)
            st.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        from docx.enum.style import WD_STYLE_TYPE
        ph = d.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
        ph.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        # page header: council name left, form title right
        hdr = sec.header.paragraphs[0]
        r = hdr.add_run(COUNCIL)
        r.bold = True
        r.font.size = Pt(9)
        hdr.add_run("\t\t" + SERVICE_LINE).font.size = Pt(8)
        # document title block
        p = d.add_paragraph(style="Title")
        p.add_run(title)
        if subtitle:
            s = d.add_paragraph()
            rr = s.add_run(subtitle)
            rr.italic = True
            rr.font.size = Pt(9)
        # fixed core properties, so reruns give the same content
        cp = d.core_properties
        cp.author = self.author
        cp.last_modified_by = self.author
        cp.title = title
        cp.created = FIXED_TIME
        cp.modified = FIXED_TIME
        cp.revision = 1
        cp.comments = ""

    def _add_bullet_numbering(self):
        numbering = self.d.part.numbering_part.element
        absn = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{BULLET_NUM_ID}">'
            '<w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            '<w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="284" w:hanging="284"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:lvl>'
            "</w:abstractNum>")
        first_num = numbering.find(qn("w:num"))
        first_num.addprevious(absn)
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{BULLET_NUM_ID}">'
            f'<w:abstractNumId w:val="{BULLET_NUM_ID}"/></w:num>'))

    # -- saving --------------------------------------------------------------
    def save(self, path):
        buf = io.BytesIO()
        self.d.save(buf)
        write_normalised(buf.getvalue(), path)


def write_normalised(data, path, drop_thumbnail=True):
    """Rewrite a .docx zip with fixed timestamps and core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = "2020-01-15T09:00:00Z"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if drop_thumbnail and info.filename == "docProps/thumbnail.jpeg":
                continue
            if drop_thumbnail and info.filename in ("_rels/.rels", "[Content_Types].xml"):
                body = re.sub(rb'<Relationship [^>]*thumbnail[^>]*/>', b"", body)
                body = re.sub(rb'<Default Extension="jpeg"[^>]*/>', b"", body)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                              rb"\g<1>" + stamp.encode(), body)
            zi = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, body)
    with open(path, "wb") as f:
        f.write(out.getvalue())


# -- cells and tables ---------------------------------------------------------
TCPR_ORDER = ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap",
              "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark"]


def tcpr_add(cell, el):
    """Add a w:tcPr child in schema order (Word rejects out-of-order cell properties)."""
    tcpr = cell._tc.get_or_add_tcPr()
    name = el.tag.split("}")[1]
    for old in tcpr.findall(el.tag):
        tcpr.remove(old)
    rank = TCPR_ORDER.index(name)
    for i, child in enumerate(tcpr):
        if TCPR_ORDER.index(child.tag.split("}")[1]) > rank:
            child.addprevious(el)
            return
    tcpr.append(el)


def shade(cell, fill):
    tcpr_add(cell, parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)


def new_table(doc, rows, widths_cm):
    t = doc.d.add_table(rows=rows, cols=len(widths_cm))
    t.style = doc.d.styles["Table Grid"]
    set_widths(t, widths_cm)
    return t


def label_cell(cell, text, fill=LABEL_FILL, white=False):
    shade(cell, fill)
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = True
    if white:
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    return p


def section_bar(doc, text, width_cm=17.0):
    """A full-width dark bar used as a section heading (a one-cell table)."""
    t = new_table(doc, 1, [width_cm])
    label_cell(t.cell(0, 0), text, SECTION_FILL, white=True)
    return t


def grid_span(cell, n):
    tcpr_add(cell, parse_xml(f'<w:gridSpan {nsdecls("w")} w:val="{n}"/>'))


def v_merge(cell, restart):
    el = OxmlElement("w:vMerge")
    if restart:
        el.set(qn("w:val"), "restart")
    tcpr_add(cell, el)


def raw_row(table, spans):
    """Append a w:tr whose cells span the given numbers of grid columns.

    python-docx's merge() rewrites content, so rows with w:gridSpan are
    built by hand; returns the python-docx _Cell objects.
    """
    from docx.table import _Cell
    tr = table._tbl.add_tr()
    cells = []
    grid = [int(g.get(qn("w:w"))) for g in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    col = 0
    for span in spans:
        tc = tr.add_tc()
        tc.width = sum(grid[col:col + span])
        col += span
        if span > 1:
            grid_span(_Cell(tc, table), span)
        if tc.find(qn("w:p")) is None:
            tc.append(OxmlElement("w:p"))
        cells.append(_Cell(tc, table))
    return cells


def bullet(paragraph):
    ppr = paragraph._p.get_or_add_pPr()
    at = 1 if ppr.find(qn("w:pStyle")) is not None else 0
    ppr.insert(at, parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{BULLET_NUM_ID}"/></w:numPr>'))


# -- runs, tracked changes, comments ---------------------------------------
def run_el(text, bold=False, font=None, color=None, style=None):
    r = OxmlElement("w:r")
    if bold or font or color or style:
        rpr = OxmlElement("w:rPr")
        if style:
            rpr.append(parse_xml(f'<w:rStyle {nsdecls("w")} w:val="{style}"/>'))
        if font:
            rpr.append(parse_xml(f'<w:rFonts {nsdecls("w")} w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>'))
        if bold:
            rpr.append(OxmlElement("w:b"))
        if color:
            rpr.append(parse_xml(f'<w:color {nsdecls("w")} w:val="{color}"/>'))
        r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)
    return r


def ins_el(doc, text, author, date):
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), str(doc.rev_id()))
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), date)
    ins.append(run_el(text))
    return ins


def del_el(doc, text, author, date):
    de = OxmlElement("w:del")
    de.set(qn("w:id"), str(doc.rev_id()))
    de.set(qn("w:author"), author)
    de.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    dt = OxmlElement("w:delText")
    dt.text = text
    dt.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(dt)
    de.append(r)
    return de


def mark_paragraph_inserted(doc, paragraph, author, date):
    """Mark the paragraph mark itself as inserted (a whole new paragraph)."""
    ppr = paragraph._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        ppr.append(rpr)
    rpr.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{doc.rev_id()}" w:author="{author}" w:date="{date}"/>'))


def mark_paragraph_deleted(doc, paragraph, author, date):
    ppr = paragraph._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        ppr.append(rpr)
    rpr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{doc.rev_id()}" w:author="{author}" w:date="{date}"/>'))


def add_comment(doc, paragraph, text, author, initials, date):
    """Anchor a Word comment on all runs of a paragraph (comments part, range, reference)."""
    from docx.text.run import Run
    runs = [Run(r, paragraph) for r in paragraph._p.iter(qn("w:r"))
            if r.getparent().tag != qn("w:del") and r.find(qn("w:t")) is not None]
    if not runs:
        runs = [paragraph.add_run("")]
    c = doc.d.add_comment(runs, text=text, author=author, initials=initials)
    c._element.set(qn("w:date"), date)
    return c


# -- content controls ---------------------------------------------------------
PLACEHOLDER = {
    "text": "Click or tap here to enter text.",
    "list": "Click or tap here to enter text.",
    "date": "Click or tap to enter a date.",
    "choice": "Choose an item.",
}


def _sdt_pr(doc, tag, alias, showing_placeholder):
    pr = OxmlElement("w:sdtPr")
    pr.append(parse_xml(f'<w:alias {nsdecls("w")} w:val="{_esc(alias)}"/>'))
    pr.append(parse_xml(f'<w:tag {nsdecls("w")} w:val="{tag}"/>'))
    pr.append(parse_xml(f'<w:id {nsdecls("w")} w:val="{doc.sdt_id()}"/>'))
    if showing_placeholder:
        pr.append(OxmlElement("w:showingPlcHdr"))
    return pr


def _esc(s):
    return (s.replace("&", "&amp;").replace('"', "&quot;")
            .replace("<", "&lt;").replace(">", "&gt;"))


def sdt_inline(doc, tag, alias, kind, text=None, options=None, iso=None,
               checked=None):
    """A run-level content control.  kind: text | date | choice | check."""
    sdt = OxmlElement("w:sdt")
    empty = kind != "check" and not text
    pr = _sdt_pr(doc, tag, alias, empty)
    content = OxmlElement("w:sdtContent")
    if kind == "text":
        pr.append(parse_xml(f'<w:text {nsdecls("w")}/>'))
    elif kind == "date":
        full = f' w:fullDate="{iso}T00:00:00Z"' if iso and text else ""
        pr.append(parse_xml(
            f'<w:date {nsdecls("w")}{full}><w:dateFormat w:val="dd/MM/yyyy"/>'
            '<w:lid w:val="en-GB"/><w:storeMappedDataAs w:val="dateTime"/>'
            '<w:calendar w:val="gregorian"/></w:date>'))
    elif kind == "choice":
        items = [f'<w:listItem w:displayText="{PLACEHOLDER["choice"]}" w:value=""/>']
        items += [f'<w:listItem w:displayText="{_esc(o)}" w:value="{_esc(o)}"/>' for o in options]
        last = f' w:lastValue="{_esc(text)}"' if text else ""
        pr.append(parse_xml(f'<w:dropDownList {nsdecls("w")}{last}>{"".join(items)}</w:dropDownList>'))
    elif kind == "check":
        pr.append(parse_xml(
            f'<w14:checkbox xmlns:w14="{W14}"><w14:checked w14:val="{1 if checked else 0}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'))
    sdt.append(pr)
    if kind == "check":
        content.append(run_el("\u2612" if checked else "\u2610", font="MS Gothic"))
    elif empty:
        content.append(run_el(PLACEHOLDER[kind], style="PlaceholderText", color="808080"))
    else:
        content.append(run_el(text))
    sdt.append(content)
    return sdt


def sdt_block(doc, tag, alias, paragraphs_text, bullets=True):
    """A block-level rich-text content control holding one paragraph per statement."""
    sdt = OxmlElement("w:sdt")
    pr = _sdt_pr(doc, tag, alias, not paragraphs_text)
    pr.append(OxmlElement("w:richText"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    texts = paragraphs_text or [None]
    for t in texts:
        p = OxmlElement("w:p")
        if t is not None and bullets and len(texts) > 1:
            p.append(parse_xml(
                f'<w:pPr {nsdecls("w")}><w:numPr><w:ilvl w:val="0"/>'
                f'<w:numId w:val="{BULLET_NUM_ID}"/></w:numPr></w:pPr>'))
        if t is None:
            p.append(run_el(PLACEHOLDER["text"], style="PlaceholderText", color="808080"))
        else:
            p.append(run_el(t))
        content.append(p)
    sdt.append(content)
    return sdt


def put_block_sdt(cell, sdt):
    """Replace a cell's (empty) paragraph with a block-level content control."""
    tc = cell._tc
    for p in tc.findall(qn("w:p")):
        tc.remove(p)
    tc.append(sdt)


# -- legacy Word 2003 form fields -------------------------------------------
def _fld(kind, ffdata_xml):
    begin = parse_xml(
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin">{ffdata_xml}</w:fldChar></w:r>')
    instr = parse_xml(
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {kind} </w:instrText></w:r>')
    return begin, instr


def _bookmarked(doc, p, name, elements):
    bid = doc.bm_id()
    p._p.append(parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{bid}" w:name="{name}"/>'))
    for e in elements:
        p._p.append(e)
    p._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{bid}"/>'))


def legacy_text(doc, p, name, value, date_format=None):
    assert len(name) <= 20, name
    ti = "<w:textInput/>"
    if date_format:
        ti = (f'<w:textInput><w:type w:val="date"/>'
              f'<w:format w:val="{date_format}"/></w:textInput>')
    ff = (f'<w:ffData><w:name w:val="{name}"/><w:enabled/>'
          f'<w:calcOnExit w:val="0"/>{ti}</w:ffData>')
    begin, instr = _fld("FORMTEXT", ff)
    sep = parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>')
    res = run_el(value if value else EN_SPACES)
    end = parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>')
    _bookmarked(doc, p, name, [begin, instr, sep, res, end])


def legacy_checkbox(doc, p, name, checked):
    assert len(name) <= 20, name
    ff = (f'<w:ffData><w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
          f'<w:checkBox><w:sizeAuto/><w:default w:val="0"/>'
          f'<w:checked w:val="{1 if checked else 0}"/></w:checkBox></w:ffData>')
    begin, instr = _fld("FORMCHECKBOX", ff)
    end = parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>')
    _bookmarked(doc, p, name, [begin, instr, end])


def legacy_dropdown(doc, p, name, entries, index):
    """entries[0] is the blank entry; index None leaves it selected."""
    assert len(name) <= 20 and len(entries) <= 25, name
    ents = "".join(f'<w:listEntry w:val="{_esc(e)}"/>' for e in entries)
    res = f'<w:result w:val="{index}"/>' if index else ""
    ff = (f'<w:ffData><w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
          f'<w:ddList>{res}{ents}</w:ddList></w:ffData>')
    begin, instr = _fld("FORMDROPDOWN", ff)
    end = parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>')
    _bookmarked(doc, p, name, [begin, instr, end])


def protect_for_forms(doc):
    """Mark the document as a form (Word: Restrict Editing > Filling in forms), not enforced."""
    settings = doc.d.settings.element
    settings.insert(2, parse_xml(
        f'<w:documentProtection {nsdecls("w")} w:edit="forms" w:enforcement="0"/>'))
