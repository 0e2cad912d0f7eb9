"""A small document model and three ways to write it: our own WordprocessingML writer (zipped
here, no library), python-docx, and pandoc from Markdown. Families build the model; the program
writes it. A program that cannot express something raises Unsupported."""
import datetime as dt
import io
import os
import random
import subprocess
import zipfile
from xml.sax.saxutils import escape


class Unsupported(Exception):
    pass


# ---- inline items
class R:
    def __init__(self, text, b=False, i=False):
        self.text, self.b, self.i = text, b, i


class BR:
    pass


class PB:
    pass


class Chk14:      # a Word 2010 check box content control
    def __init__(self, checked, tag=None):
        self.checked, self.tag = checked, tag


class LegChk:     # a legacy FORMCHECKBOX
    def __init__(self, checked, name=None):
        self.checked, self.name = checked, name


class LegText:    # a legacy FORMTEXT; lines separated by w:br in its result; [] = empty field
    def __init__(self, name, lines):
        self.name, self.lines = name, lines


class SdtRun:     # an inline content control; runs None = empty (placeholder shown)
    def __init__(self, tag, alias, runs):
        self.tag, self.alias, self.runs = tag, alias, runs


class Ins:
    def __init__(self, runs, author):
        self.runs, self.author = runs, author


class Del:
    def __init__(self, text, author):
        self.text, self.author = text, author


class Cmt:        # a Word comment anchored on runs
    def __init__(self, text, author, runs):
        self.text, self.author, self.runs = text, author, runs


# ---- blocks
class P:
    def __init__(self, items=(), style=None):
        self.items = [R(x) if isinstance(x, str) else x for x in items]
        self.style = style


class Cell:
    def __init__(self, blocks=(), span=1, vmerge=None, shade=None):
        self.blocks = [P([b]) if isinstance(b, str) else b for b in blocks]
        self.span, self.vmerge, self.shade = span, vmerge, shade


class T:
    def __init__(self, rows):
        self.rows = rows

    @property
    def ncols(self):
        return max(sum(c.span for c in r) for r in self.rows)


class SdtBlock:
    def __init__(self, tag, alias, blocks):
        self.tag, self.alias, self.blocks = tag, alias, blocks


class LegParas:   # one FORMTEXT whose result runs over several paragraphs
    def __init__(self, name, lines, style=None):
        self.name, self.lines, self.style = name, lines, style


class Doc:
    def __init__(self):
        self.blocks, self.header, self.footer, self.title = [], None, None, None


STYLE_ID = {"Title": "Title", "Heading1": "Heading1", "Heading2": "Heading2",
            "ListBullet": "ListBullet", "ListNumber": "ListNumber"}

# ====================================================================== raw WordprocessingML
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"')


def t(s):
    return f'<w:t xml:space="preserve">{escape(s)}</w:t>'


class RawWriter:
    def __init__(self, rng, noise=True):
        self.rng, self.noise = rng, noise
        self.ids = 0
        self.comments = []

    def nid(self):
        self.ids += 1
        return self.ids

    def rpr(self, run):
        x = ("<w:b/>" if run.b else "") + ("<w:i/>" if run.i else "")
        return f"<w:rPr>{x}</w:rPr>" if x else ""

    def run(self, r):
        text = r.text
        out = []
        pieces = [text]
        if self.noise and len(text) > 5 and self.rng.random() < 0.3:   # split mid-word
            k = self.rng.randint(1, len(text) - 1)
            pieces = [text[:k], text[k:]]
        for p in pieces:
            s = f"<w:r>{self.rpr(r)}{t(p)}</w:r>"
            if self.noise and self.rng.random() < 0.08:
                s = f'<w:proofErr w:type="spellStart"/>{s}<w:proofErr w:type="spellEnd"/>'
            out.append(s)
        return "".join(out)

    def items(self, items):
        out = []
        for it in items:
            if isinstance(it, R):
                out.append(self.run(it))
            elif isinstance(it, BR):
                out.append("<w:r><w:br/></w:r>")
            elif isinstance(it, PB):
                out.append('<w:r><w:br w:type="page"/></w:r>')
            elif isinstance(it, Chk14):
                tag = f'<w:tag w:val="{it.tag}"/>' if it.tag else ""
                glyph = "\u2612" if it.checked else "\u2610"
                out.append(f'<w:sdt><w:sdtPr>{tag}<w:id w:val="{self.nid()}"/><w14:checkbox>'
                           f'<w14:checked w14:val="{1 if it.checked else 0}"/>'
                           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                           '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
                           '</w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" '
                           f'w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>{t(glyph)}</w:r>'
                           '</w:sdtContent></w:sdt>')
            elif isinstance(it, LegChk):
                name = f'<w:name w:val="{it.name}"/>' if it.name else ""
                out.append('<w:r><w:fldChar w:fldCharType="begin"><w:ffData>' + name +
                           '<w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>'
                           f'<w:default w:val="{1 if it.checked else 0}"/></w:checkBox></w:ffData>'
                           '</w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX '
                           '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
            elif isinstance(it, LegText):
                out.append(self.legacy_begin(it.name))
                if not it.lines:
                    out.append(f"<w:r>{t(chr(160) * 5)}</w:r>")
                for k, line in enumerate(it.lines):
                    if k:
                        out.append("<w:r><w:br/></w:r>")
                    out.append(self.run(R(line)))
                out.append(self.legacy_end(it.name))
            elif isinstance(it, SdtRun):
                alias = f'<w:alias w:val="{escape(it.alias)}"/>' if it.alias else ""
                if it.runs:
                    out.append(f'<w:sdt><w:sdtPr>{alias}<w:tag w:val="{it.tag}"/><w:id w:val="{self.nid()}"/>'
                               f'</w:sdtPr><w:sdtContent>{self.items(it.runs)}</w:sdtContent></w:sdt>')
                else:
                    out.append(f'<w:sdt><w:sdtPr>{alias}<w:tag w:val="{it.tag}"/><w:id w:val="{self.nid()}"/>'
                               '<w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle '
                               'w:val="PlaceholderText"/></w:rPr>'
                               f'{t("Click or tap here to enter text.")}</w:r></w:sdtContent></w:sdt>')
            elif isinstance(it, Ins):
                out.append(f'<w:ins w:id="{self.nid()}" w:author="{escape(it.author)}" '
                           f'w:date="2024-01-05T10:00:00Z">{self.items(it.runs)}</w:ins>')
            elif isinstance(it, Del):
                out.append(f'<w:del w:id="{self.nid()}" w:author="{escape(it.author)}" '
                           f'w:date="2024-01-05T10:00:00Z"><w:r><w:delText xml:space="preserve">'
                           f'{escape(it.text)}</w:delText></w:r></w:del>')
            elif isinstance(it, Cmt):
                cid = len(self.comments)
                self.comments.append((cid, it.author, it.text))
                out.append(f'<w:commentRangeStart w:id="{cid}"/>{self.items(it.runs)}'
                           f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle '
                           f'w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>')
            else:
                raise TypeError(it)
        return "".join(out)

    def legacy_begin(self, name):
        bid = self.nid()
        self._bm = bid
        return (f'<w:bookmarkStart w:id="{bid}" w:name="{name}"/>'
                '<w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
                f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput/>'
                '</w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT '
                '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>')

    def legacy_end(self, name):
        return f'<w:r><w:fldChar w:fldCharType="end"/></w:r><w:bookmarkEnd w:id="{self._bm}"/>'

    def ppr(self, style):
        return f'<w:pPr><w:pStyle w:val="{STYLE_ID[style]}"/></w:pPr>' if style else ""

    def block(self, b):
        if isinstance(b, P):
            return f"<w:p>{self.ppr(b.style)}{self.items(b.items)}</w:p>"
        if isinstance(b, T):
            n = b.ncols
            w = 9000 // n
            rows = []
            for row in b.rows:
                cells = []
                for c in row:
                    pr = ""
                    if c.span > 1:
                        pr += f'<w:gridSpan w:val="{c.span}"/>'
                    if c.vmerge:
                        pr += '<w:vMerge w:val="restart"/>' if c.vmerge == "restart" else "<w:vMerge/>"
                    if c.shade:
                        pr += f'<w:shd w:val="clear" w:color="auto" w:fill="{c.shade}"/>'
                    inner = "".join(self.block(x) for x in c.blocks)
                    if not c.blocks or not isinstance(c.blocks[-1], (P, SdtBlock, LegParas)):
                        inner += "<w:p/>"
                    cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{w * c.span}" w:type="dxa"/>{pr}</w:tcPr>{inner}</w:tc>')
                rows.append("<w:tr>" + "".join(cells) + "</w:tr>")
            grid = "".join(f'<w:gridCol w:w="{w}"/>' for _ in range(n))
            return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                    f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')
        if isinstance(b, SdtBlock):
            alias = f'<w:alias w:val="{escape(b.alias)}"/>' if b.alias else ""
            return (f'<w:sdt><w:sdtPr>{alias}<w:tag w:val="{b.tag}"/><w:id w:val="{self.nid()}"/></w:sdtPr>'
                    f'<w:sdtContent>{"".join(self.block(x) for x in b.blocks)}</w:sdtContent></w:sdt>')
        if isinstance(b, LegParas):
            out = []
            for k, line in enumerate(b.lines):
                body = (self.legacy_begin(b.name) if k == 0 else "") + self.run(R(line)) + \
                       (self.legacy_end(b.name) if k == len(b.lines) - 1 else "")
                out.append(f"<w:p>{self.ppr(b.style)}{body}</w:p>")
            return "".join(out)
        raise TypeError(b)

    def write(self, doc, path):
        body = "".join(self.block(b) for b in doc.blocks)
        hdr = bool(doc.header)
        sect = ('<w:sectPr>' + ('<w:headerReference w:type="default" r:id="rIdH"/>'
                                '<w:footerReference w:type="default" r:id="rIdF"/>' if hdr else '') +
                '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
                'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
        document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}>'
                    f'<w:body>{body}{sect}</w:body></w:document>')
        rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
                '<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>',
                '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>']
        ct = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
              '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>',
              '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>']
        parts = {}
        if hdr:
            rels += ['<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>',
                     '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>']
            ct += ['<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>',
                   '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>']
            parts["word/header1.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {NS}><w:p>{self.run(R(doc.header))}</w:p></w:hdr>'
            parts["word/footer1.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {NS}><w:p>{self.run(R(doc.footer))}</w:p></w:ftr>'
        if self.comments:
            rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
            ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
            cs = "".join(f'<w:comment w:id="{i}" w:author="{escape(a)}" w:date="2024-01-05T10:00:00Z" '
                         f'w:initials="{escape("".join(x[0] for x in a.split()))}"><w:p>{self.run(R(txt))}</w:p></w:comment>'
                         for i, a, txt in self.comments)
            parts["word/comments.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {NS}>{cs}</w:comments>'
        parts["word/document.xml"] = document
        parts["word/styles.xml"] = STYLES
        parts["word/numbering.xml"] = NUMBERING
        parts["word/settings.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {NS}><w:proofState w:spelling="clean" w:grammar="clean"/></w:settings>'
        parts["word/_rels/document.xml.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(rels) + '</Relationships>')
        parts["_rels/.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        parts["[Content_Types].xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>' + "".join(ct) + '</Types>')
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name in ["[Content_Types].xml", "_rels/.rels"] + sorted(k for k in parts if k not in ("[Content_Types].xml", "_rels/.rels")):
                z.writestr(zipfile.ZipInfo(name, (2024, 1, 5, 10, 0, 0)), parts[name])


def _style(sid, name, extra="", based=None, ppr="", rpr=""):
    b = f'<w:basedOn w:val="{based}"/>' if based else ""
    return (f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>{b}{extra}'
            f'<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          f'<w:styles {NS}>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          + _style("Title", "Title", based="Normal", rpr='<w:b/><w:sz w:val="40"/>')
          + _style("Heading1", "heading 1", based="Normal", ppr='<w:outlineLvl w:val="0"/>', rpr='<w:b/><w:sz w:val="32"/>')
          + _style("Heading2", "heading 2", based="Normal", ppr='<w:outlineLvl w:val="1"/>', rpr='<w:b/><w:sz w:val="26"/>')
          + _style("ListBullet", "List Bullet", based="Normal", ppr='<w:numPr><w:numId w:val="1"/></w:numPr>')
          + _style("ListNumber", "List Number", based="Normal", ppr='<w:numPr><w:numId w:val="2"/></w:numPr>')
          + '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/></w:style>'
          + '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>'
          + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
          + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
          + '</w:tblBorders></w:tblPr></w:style></w:styles>')

NUMBERING = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             f'<w:numbering {NS}>'
             '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
             '<w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
             '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
             '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
             '</w:numbering>')


# ====================================================================== python-docx
PD_STYLE = {"Title": "Title", "Heading1": "Heading 1", "Heading2": "Heading 2",
            "ListBullet": "List Bullet", "ListNumber": "List Number"}


class DocxWriter:
    def __init__(self, rng):
        self.rng = rng

    def fill_para(self, para, items):
        for it in items:
            if isinstance(it, R):
                text = it.text
                pieces = [text]
                if len(text) > 5 and self.rng.random() < 0.3:
                    k = self.rng.randint(1, len(text) - 1)
                    pieces = [text[:k], text[k:]]
                for p in pieces:
                    run = para.add_run(p)
                    run.bold = it.b or None
                    run.italic = it.i or None
            elif isinstance(it, BR):
                para.add_run().add_break()
            elif isinstance(it, PB):
                from docx.enum.text import WD_BREAK
                para.add_run().add_break(WD_BREAK.PAGE)
            elif isinstance(it, Cmt):
                before = len(para.runs)
                self.fill_para(para, it.runs)
                runs = para.runs[before:]
                self.doc.add_comment(runs, text=it.text, author=it.author,
                                     initials="".join(x[0] for x in it.author.split()))
            else:
                raise Unsupported(type(it).__name__)

    def blocks(self, container, blocks, first_para=None):
        for b in blocks:
            if isinstance(b, P):
                if first_para is not None:
                    para, first_para = first_para, None
                    if b.style:
                        para.style = PD_STYLE[b.style]
                else:
                    para = container.add_paragraph(style=PD_STYLE.get(b.style))
                self.fill_para(para, b.items)
            elif isinstance(b, T):
                first_para = None
                self.table(container, b)
            else:
                raise Unsupported(type(b).__name__)

    def table(self, container, tb):
        n = tb.ncols
        if hasattr(container, "add_table") and container is self.doc:
            table = container.add_table(rows=len(tb.rows), cols=n)
        else:
            table = container.add_table(len(tb.rows), n)
        table.style = "Table Grid"
        merges = []
        for ri, row in enumerate(tb.rows):
            ci = 0
            for c in row:
                cell = table.cell(ri, ci)
                if c.vmerge == "continue":
                    merges.append(((ri - 1, ci), (ri, ci + c.span - 1)))
                elif c.span > 1:
                    merges.append(((ri, ci), (ri, ci + c.span - 1)))
                if c.blocks and c.vmerge != "continue":
                    self.blocks(cell, c.blocks, first_para=cell.paragraphs[0])
                if c.shade:
                    from docx.oxml import parse_xml
                    cell._tc.get_or_add_tcPr().append(parse_xml(
                        f'<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                        f'w:val="clear" w:color="auto" w:fill="{c.shade}"/>'))
                ci += c.span
        for (a, b) in merges:
            table.cell(*a).merge(table.cell(*b))

    def write(self, doc, path):
        import docx
        self.doc = docx.Document()
        if doc.header:
            sec = self.doc.sections[0]
            sec.header.paragraphs[0].text = doc.header
            sec.footer.paragraphs[0].text = doc.footer
        self.blocks(self.doc, doc.blocks)
        self.doc.save(path)


# ====================================================================== pandoc (Markdown)
def md_escape(s):
    out = "".join("\\" + ch if ch in "\\`*_[]<>#|~^$@" else ch for ch in s)
    import re
    out = re.sub(r"^(\d+)\.", r"\1\\.", out)
    out = re.sub(r"^([-+]) ", r"\\\1 ", out)
    return out


class PandocWriter:
    def inline(self, items):
        out = []
        for it in items:
            if isinstance(it, R):
                s = md_escape(it.text)
                if it.b and s.strip():
                    lead = s[: len(s) - len(s.lstrip())]
                    trail = s[len(s.rstrip()):]
                    s = f"{lead}**{s.strip()}**{trail}"
                out.append(s)
            elif isinstance(it, BR):
                out.append("\\\n")
            else:
                raise Unsupported(type(it).__name__)
        return "".join(out)

    def blocks(self, blocks):
        out = []
        prev = None
        for b in blocks:
            if isinstance(b, P):
                text = self.inline(b.items)
                if b.style == "Heading1":
                    s = "# " + text
                elif b.style == "Heading2":
                    s = "## " + text
                elif b.style == "ListBullet":
                    s = "- " + text
                elif b.style == "ListNumber":
                    s = f"{getattr(b, 'number', 1)}. " + text
                elif b.style == "Title":
                    s = "# " + text
                else:
                    s = text
                if prev == "ListBullet" and b.style == "ListBullet":
                    out[-1] += "\n" + s
                else:
                    out.append(s)
                prev = b.style
            elif isinstance(b, T):
                rows = []
                for row in b.rows:
                    cells = []
                    for c in row:
                        if c.span != 1 or c.vmerge or len(c.blocks) > 1 or \
                                any(not isinstance(x, P) or x.style for x in c.blocks):
                            raise Unsupported("complex table cell")
                        cells.append(self.inline(c.blocks[0].items).replace("\\\n", " ") if c.blocks else "")
                    rows.append("| " + " | ".join(cells) + " |")
                n = b.ncols
                head = rows[0] if getattr(b, "header", False) else "| " + " | ".join([" "] * n) + " |"
                body = rows[1:] if getattr(b, "header", False) else rows
                out.append("\n".join([head, "|" + "|".join(["---"] * n) + "|"] + body))
                prev = None
            else:
                raise Unsupported(type(b).__name__)
        return "\n\n".join(out) + "\n"

    def write(self, doc, path):
        md = self.blocks(doc.blocks)
        subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "docx", "-o", path],
                       input=md.encode("utf-8"), check=True)
        return md
