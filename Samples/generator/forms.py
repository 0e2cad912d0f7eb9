"""A small, layout-independent model of a filled (or blank) form.

A record (the intended JSON) plus a presentation style becomes a list of
Sections holding Fields and Tables with display text.  Every layout writer
in layouts.py renders this model, so the .docx and the expected JSON come
from the same data.
"""
import datetime
from dataclasses import dataclass, field as dfield

# -- vocabularies: key -> how forms write it ---------------------------------
RATING = {"outstanding": "Outstanding", "good": "Good",
          "requires_improvement": "Requires Improvement", "inadequate": "Inadequate"}
LEGAL = {"assessment": "Assessment", "child_in_need": "Child in Need (CIN)",
         "child_protection": "Child Protection (CP)",
         "child_looked_after": "Child Looked After (CLA)", "care_leaver": "Care Leaver",
         "disabled_children": "Children with Disabilities (CWD)", "early_help": "Early Help"}
SERVICE = {"childrens_social_care": "Children's Social Care", "early_help": "Early Help",
           "youth_support": "Youth Support"}
AUDIT_TYPE = {"monthly": "Monthly (journey and impact)", "themed": "Themed",
              "multi_agency": "Multi-agency", "dip_sample": "Dip sample"}
PARTICIPATION = {"spoken": "Spoken with", "attempted": "Attempted",
                 "not_appropriate": "Not appropriate", "not_contacted": "Not contacted"}
FEEDBACK = {"positive": "Positive", "negative": "Negative", "mixed": "Mixed", "none": "None"}
CONCERN = {"none": "None", "category_1": "Category 1", "category_2": "Category 2"}
STAGE = {"asye": "ASYE (newly qualified)", "experienced": "Experienced"}
EXTENT = {"all": "All", "part": "Part"}
MEETING = {
    "early_help_assessment_meeting": "Early Help Assessment Meeting",
    "strategy_discussion": "Strategy discussion/meeting",
    "cp_conference_initial": "Child Protection Conference \u2013 Initial",
    "cp_conference_review": "Child Protection Conference \u2013 Review",
    "core_group": "Core Group meeting",
    "lac_initial_planning": "Looked After Child Initial Planning Meeting",
    "lac_review": "Looked After Child Review Meeting",
    "marac": "MARAC",
    "domestic_abuse_morning_meeting": "Domestic Abuse Morning Meeting (MASH)",
    "legal_planning_meeting": "Legal Planning Meeting",
    "pre_proceedings_meeting": "Pre-proceedings Meeting",
    "court_proceedings": "Court Proceedings",
    "fdac_formulation": "FDAC Formulation Meeting",
    "team_around_the_child": "Team Around the Child Meeting",
    "family_group_conference": "Family Group Conference",
}
VOCAB = {"rating": RATING, "legal": LEGAL, "service": SERVICE, "audit_type": AUDIT_TYPE,
         "participation": PARTICIPATION, "feedback": FEEDBACK, "concern": CONCERN,
         "stage": STAGE, "extent": EXTENT, "meeting": MEETING, "yesno": {True: "Yes", False: "No"}}

AREAS = [  # key, heading on the form, standards tested, short legacy prefix
    ("response_to_risk", "Assessment of and response to risk", ["S1", "S3"], "risk"),
    ("assessment", "Assessment and analysis", ["S1", "S2"], "assess"),
    ("planning", "Planning (SMART, outcome-focused, contingency)", ["S2", "S3"], "plan"),
    ("intervention", "Intervention, purposeful visits and direct work", ["S4"], "interv"),
    ("relational_practice", "Relational practice and the voice of the child", ["S1", "S4"], "relational"),
    ("management_oversight", "Management oversight and supervision", ["S6"], "mgmt"),
    ("permanence", "Permanence (children looked after and care leavers)", ["S3"], "perm"),
    ("recording", "Quality of recording", ["S5"], "record"),
]
AREA_STANDARDS = {k: s for k, _, s, _ in AREAS}

PARTIES = [  # key, label, legacy prefix
    ("social_worker", "Social worker spoken with", "part_sw"),
    ("team_manager", "Team manager spoken with", "part_tm"),
    ("child", "Child / young person contacted", "part_child"),
    ("parent_carer", "Parent / carer contacted", "part_parent"),
    ("iro_cp_chair", "IRO / CP Chair views obtained", "part_iro"),
]
VIEWS = [("child", "Child's view of the service", "fb_child"),
         ("parent_carer", "Parent / carer's view of the service", "fb_parent")]


@dataclass
class Field:
    path: str                 # record key path, e.g. "child.id"
    label: str
    kind: str                 # text | date | choice | yesno | list
    text: str = None          # display text as typed (None: left empty)
    items: list = None        # list kind: one statement each
    iso: str = None           # date kind: ISO date behind the text
    options: list = None      # choice kind: display options
    checked: bool = None      # yesno kind
    tag: str = None           # content-control tag
    legacy: str = None        # legacy form-field bookmark name (<= 20 chars)
    vocab: str = None         # which vocabulary (rating, yesno, ...)
    anns: list = dfield(default_factory=list)  # revisions and comments

    @property
    def selected(self):
        if self.kind == "yesno":
            return None if self.checked is None else (0 if self.checked else 1)
        if self.text is None or not self.options:
            return None
        return self.options.index(self.text) if self.text in self.options else None


@dataclass
class Table:
    kind: str                 # participation | feedback | actions
    headers: list
    rows: list                # each row: list of Field (first may be a row label str)
    row_labels: list = None


@dataclass
class Section:
    title: str
    items: list
    area: str = None          # area key for areas-of-practice sections


# -- date and month display ----------------------------------------------------
def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def show_date(iso, fmt):
    if iso is None:
        return None
    d = datetime.date.fromisoformat(iso)
    if fmt == "slash":
        return d.strftime("%d/%m/%Y")
    if fmt == "ordinal":
        return f"{ordinal(d.day)} {d.strftime('%B %Y')}"
    if fmt == "short":
        return f"{d.day} {d.strftime('%b %Y')}"
    if fmt == "dots":
        return d.strftime("%d.%m.%Y")
    raise ValueError(fmt)


def show_month(ym, fmt):
    if ym is None:
        return None
    d = datetime.date.fromisoformat(ym + "-01")
    return {"long": d.strftime("%B %Y"), "dash": d.strftime("%b-%y"),
            "slash": d.strftime("%m/%Y")}[fmt]


def get(record, path):
    node = record
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


class Builder:
    """Turns a record into Fields using a style (date formats, label synonyms, vocab wording)."""

    def __init__(self, record, style):
        self.r = record or {}
        self.s = style or {}

    def label(self, path, default):
        return self.s.get("labels", {}).get(path, default)

    def vocab_text(self, vocab, key):
        if key is None:
            return None
        over = self.s.get("vocab", {}).get(vocab, {})
        return over.get(key, VOCAB[vocab][key])

    def options(self, vocab):
        return [self.vocab_text(vocab, k) for k in VOCAB[vocab]]

    def tag(self, path):
        return path.replace(".", "_")

    def f(self, path, label, kind="text", vocab=None, legacy=None, value=None, tag=None,
          src=None):
        """A field at record path `path`; `src` = (dict, key) to read the value elsewhere."""
        if value is None:
            value = get(src[0], src[1]) if src else get(self.r, path)
        legacy = legacy or self.tag(path)
        assert len(legacy) <= 20, legacy
        fl = Field(path=path, label=self.label(path, label), kind=kind,
                   tag=tag or self.tag(path), legacy=legacy, vocab=vocab)
        if kind == "date":
            fl.iso = value
            fl.text = show_date(value, self.s.get("date", "slash"))
        elif kind == "month":
            fl.kind = "text"
            fl.text = show_month(value, self.s.get("month", "long"))
        elif kind == "choice":
            fl.options = self.options(vocab)
            fl.text = self.vocab_text(vocab, value)
        elif kind == "yesno":
            fl.checked = value
            fl.vocab = "yesno"
            fl.text = None if value is None else ("Yes" if value else "No")
        elif kind == "list":
            fl.items = list(value or [])
        else:
            fl.text = None if value is None else str(value)
        fl.anns = [a for a in self.s.get("annotations", []) if a["path"] == path]
        return fl


# -- the three forms ------------------------------------------------------------
def monthly_audit(record, style, blank_actions=3):
    b = Builder(record, style)
    r = b.r
    secs = [Section("Audit details", [
        b.f("audit.month", "Audit month", "month", legacy="audit_month"),
        b.f("audit.type", "Audit type", "choice", "audit_type"),
        b.f("audit.theme", "Theme"),
        b.f("auditor.name", "Auditor"),
        b.f("auditor.role", "Auditor role"),
        b.f("completed_on", "Date audit completed", "date"),
        b.f("submitted_on", "Date submitted", "date"),
        b.f("service", "Service", "choice", "service"),
    ])]
    child = [b.f("child.id", "Child ID"), b.f("child.name", "Child's name")]
    if get(r, "child.age") is not None or style.get("age"):
        child.append(b.f("child.age", "Age", legacy="child_age"))
    else:
        child.append(b.f("child.date_of_birth", "Date of birth", "date", legacy="child_dob"))
    child += [b.f("child.legal_status", "Legal status", "choice", "legal", legacy="legal_status"),
              b.f("team", "Team"), b.f("social_worker", "Allocated social worker"),
              b.f("team_manager", "Team manager")]
    secs.append(Section("The child and the team", child))

    prow, plabels = [], []
    for key, label, short in PARTIES:
        plabels.append(b.label(f"participation.{key}", label))
        prow.append([b.f(f"participation.{key}.outcome", label, "choice", "participation",
                         legacy=short, tag=f"participation_{key}"),
                     b.f(f"participation.{key}.reason", "Reason", legacy=short + "_reason",
                         tag=f"participation_{key}_reason")])
    secs.append(Section("Participation in the audit",
                        [Table("participation", ["Who", "Outcome", "Reason"], prow, plabels)]))
    frow, flabels = [], []
    for key, label, short in VIEWS:
        flabels.append(b.label(f"feedback.{key}", label))
        frow.append([b.f(f"feedback.{key}.view", label, "choice", "feedback", legacy=short,
                         tag=f"feedback_{key}"),
                     b.f(f"feedback.{key}.comment", "Comment", legacy=short + "_comment",
                         tag=f"feedback_{key}_comment")])
    secs.append(Section("Views of the child and family",
                        [Table("feedback", ["Whose view", "View", "Comment"], frow, flabels)]))

    by_area = {a["area"]: a for a in r.get("areas", [])}
    for key, heading, _, short in AREAS:
        if style.get("compact") and key not in by_area:
            continue
        a = by_area.get(key, {})
        fields = [b.f(f"areas.{key}.evidence", "Evidence", "list", legacy=f"{short}_evidence",
                      tag=f"areas_{key}_evidence", src=(a, "evidence")),
                  b.f(f"areas.{key}.impact", b.label("impact", "Impact for the child"), "list",
                      legacy=f"{short}_impact", tag=f"areas_{key}_impact", src=(a, "impact")),
                  b.f(f"areas.{key}.rating", b.label("rating", "Rating"), "choice", "rating",
                      legacy=f"{short}_rating", tag=f"areas_{key}_rating", src=(a, "rating"))]
        secs.append(Section(heading, fields, area=key))

    secs.append(Section("Overall judgement", [
        b.f("judgement.rating", "Overall judgement", "choice", "rating", legacy="judgement_rating"),
        b.f("judgement.at_risk_of_inadequate",
            "Practice could become inadequate without management action", "yesno",
            legacy="at_risk_inadequate"),
        b.f("judgement.impact_summary", "Summary of impact for the child", legacy="impact_summary"),
        b.f("judgement.good_practice", "Good practice to share", legacy="good_practice"),
    ]))
    secs.append(Section("Child of Concern", [
        b.f("concern.category", "Category of concern", "choice", "concern", legacy="concern_category"),
        b.f("concern.summary", "Reason for concern", legacy="concern_summary"),
    ]))
    arows = []
    actions = r.get("actions", [])
    for i, a in enumerate(actions or [{}] * blank_actions):
        p = f"actions[{i}]."
        arows.append([b.f(p + "description", "Action", legacy=f"action{i + 1}_description",
                          tag="actions_description", src=(a, "description")),
                      b.f(p + "owner", "Owner", legacy=f"action{i + 1}_owner",
                          tag="actions_owner", src=(a, "owner")),
                      b.f(p + "due_on", "Due date", "date", legacy=f"action{i + 1}_due_on",
                          tag="actions_due_on", src=(a, "due_on")),
                      b.f(p + "into_care_plan", "Add to child's plan", "yesno",
                          legacy=f"action{i + 1}_into_plan", tag="actions_into_care_plan",
                          src=(a, "into_care_plan"))])
    secs.append(Section("Actions", [Table(
        "actions", [b.label("actions.description", "Action"), b.label("actions.owner", "Owner"),
                    b.label("actions.due_on", "Due date"), "Add to child's plan"], arows)]))
    secs.append(Section("Moderation", [
        b.f("moderation.moderator", "Moderator", legacy="moderator"),
        b.f("moderation.moderated_on", "Date moderated", "date", legacy="moderated_on"),
        b.f("moderation.rating", "Moderated judgement", "choice", "rating", legacy="moderation_rating"),
        b.f("moderation.comments", "Moderator comments", legacy="moderation_comments"),
        b.f("moderation.admissible.value", "Audit admissible", "yesno", legacy="admissible",
            tag="moderation_admissible"),
        b.f("moderation.admissible.reason", "Admissibility reason", legacy="admissible_reason"),
    ]))
    return secs


def practice_observation(record, style):
    b = Builder(record, style)
    return [
        Section("Observation details", [
            b.f("observer.name", "Observer"), b.f("observer.role", "Observer role"),
            b.f("practitioner.name", "Practitioner observed", legacy="practitioner"),
            b.f("practitioner.stage", "Practitioner stage", "choice", "stage", legacy="practitioner_stage"),
            b.f("team", "Team"),
            b.f("observed_on", "Date of observation", "date"),
            b.f("activity", "Activity observed"),
            b.f("extent", "Observed all or part", "choice", "extent"),
        ]),
        Section("Consent", [
            b.f("consent.by_practitioner", "Consent gained by the practitioner", "yesno",
                legacy="consent_practitioner"),
            b.f("consent.confirmed_by_observer",
                "Consent confirmed by the observer with the child and family", "yesno",
                legacy="consent_observer"),
        ]),
        Section("What the observer saw", [
            b.f("strengths", "Strengths", "list"),
            b.f("development", "Areas for development", "list"),
            b.f("feedback.child_family", "Child and family view of the service", legacy="feedback_family"),
        ]),
        Section("Learning", [
            b.f("action_plan", "Action plan"),
            b.f("supervision_shared_on", "Date shared in reflective supervision", "date",
                legacy="supervision_shared"),
            b.f("shared_with_plt", "Shared with the Practice Learning Team", "yesno",
                legacy="shared_with_plt"),
        ]),
    ]


FINDINGS = [("governance", "Governance", "fnd_governance"),
            ("terms_of_reference", "Terms of reference", "fnd_terms"),
            ("leadership", "Leadership", "fnd_leadership"),
            ("multi_agency", "Multi-agency working", "fnd_multi_agency"),
            ("children_families", "Involvement of and impact on children and families", "fnd_children"),
            ("pace", "Pace of decisions", "fnd_pace")]


def meeting_observation(record, style):
    b = Builder(record, style)
    return [
        Section("Meeting details", [
            b.f("meeting.type", "Meeting type", "choice", "meeting"),
            b.f("meeting.date", "Date of meeting", "date"),
            b.f("meeting.chair", "Chair"),
            b.f("observer.name", "Observer"), b.f("observer.role", "Observer role"),
        ]),
        Section("Findings", [b.f(f"findings.{k}", lbl, legacy=short)
                             for k, lbl, short in FINDINGS]),
        Section("Learning", [
            b.f("learning_actions", "Learning and actions agreed with the chair"),
            b.f("sent_to_performance_team_on", "Date copy sent to the Performance Team", "date",
                legacy="sent_to_performance"),
        ]),
    ]


KINDS = {"monthly_audit": ("Monthly Case Audit", monthly_audit),
         "practice_observation": ("Practice Observation", practice_observation),
         "meeting_observation": ("Meeting Observation", meeting_observation)}


def build(record, style):
    title, fn = KINDS[record["kind"]]
    return title, fn(record, style)
