"""Invented content for one monthly case audit: the values a form holds and the truth a careful
reader takes from it. Nothing here knows about layouts; families.py lays the content out."""
import datetime as dt

FIRST = ["Ada", "Bilal", "Carys", "Dami", "Efe", "Finlay", "Greta", "Hamza", "Isla", "Jovan", "Kezia",
         "Leon", "Maryam", "Nico", "Orla", "Piotr", "Quinn", "Rhiannon", "Sami", "Tegan", "Ulrich",
         "Vida", "Wren", "Yusuf", "Zara", "Alfie", "Bronwen", "Callum", "Delphine", "Emeka"]
GIRLS = {"Ada", "Carys", "Efe", "Greta", "Isla", "Kezia", "Maryam", "Orla", "Rhiannon", "Tegan",
         "Vida", "Wren", "Zara", "Bronwen", "Delphine"}
LAST = ["Abernethy", "Brightwell", "Cossington", "Dewhurst", "Elsworth", "Fairclough", "Garside",
        "Hollingdrake", "Iveson", "Jessop", "Kettlewell", "Lumsden", "Marchbank", "Netherton",
        "Oakenshaw", "Pridmore", "Quarmby", "Rowbotham", "Stansfield", "Thwaite", "Uttley",
        "Varley", "Wadsworth", "Yeadon", "Ashbrook", "Blenkinsop", "Cawthorne", "Drabble"]
TOWNS = ["Marlow Cross", "Eskerby", "Thornhithe", "Stavely Bridge", "Harrowden", "Kilnsey Vale"]
TEAM_KINDS = ["Safeguarding Team {n}", "Children in Care Team {n}", "Assessment Team {n}",
              "Family Support Team {n}", "Disabled Children's Team", "Leaving Care Team {n}"]
SCHOOLS = ["Brackenfield Primary School", "St Aldhelm's Academy", "Larkrise Infant School",
           "Ferncombe High School", "Windle Brook Nursery", "Oxley Moor College"]
COUNCILS = ["Westmarch County Council", "Aldermoor Borough Council", "Kestrel Vale Council"]
ROLES = ["Team Manager", "Advanced Practitioner", "Service Manager", "IRO", "Practice Lead",
         "Head of Service"]
THEMES = ["Neglect", "Safeguarding and Risk Management", "Management Oversight",
          "Voice of the Child", "Domestic Abuse", "Permanence Planning"]

RATINGS = ["inadequate", "requires_improvement", "good", "outstanding"]
RATING_SHOW = {"outstanding": ["Outstanding"], "good": ["Good", "good"],
               "requires_improvement": ["Requires Improvement", "Requires improvement", "RI",
                                        "Requiring Improvement"],
               "inadequate": ["Inadequate"]}
RATING_OPTION = {"outstanding": "Outstanding", "good": "Good",
                 "requires_improvement": "Requires improvement", "inadequate": "Inadequate"}
STATUS_SHOW = {"child_in_need": ["Child in Need", "CIN"], "child_protection": ["Child Protection", "CP"],
               "child_looked_after": ["Child Looked After", "CLA", "Child in care", "CiC"],
               "care_leaver": ["Care leaver"], "disabled_children": ["Disabled children", "CWD"],
               "early_help": ["Early Help"], "assessment": ["Assessment"]}
SERVICE_SHOW = {"childrens_social_care": "Children's Social Care", "early_help": "Early Help",
                "youth_support": "Youth Support"}
TYPE_SHOW = {"monthly": ["Monthly", "Monthly (journey and impact)"], "themed": ["Themed"],
             "dip_sample": ["Dip sample"], "multi_agency": ["Multi-agency"]}
PART_SHOW = {"spoken": ["Spoken with", "Yes", "Took part"], "attempted": ["Attempted"],
             "not_appropriate": ["Not appropriate"], "not_contacted": ["Not contacted"]}
PART_OPTION = {"spoken": "Spoken with", "attempted": "Attempted", "not_appropriate": "Not appropriate",
               "not_contacted": "Not contacted"}
VIEW_OPTION = {"positive": "Positive", "negative": "Negative", "mixed": "Mixed", "none": "None"}
CATEGORY_SHOW = {"none": ["None", "No"], "category_1": ["Category 1", "Cat 1"],
                 "category_2": ["Category 2", "Cat 2"]}

# label synonyms (STARLING.md); the first is the usual one
LABELS = {
    "audit.month": ["Audit month", "Month of audit"], "audit.type": ["Audit type"],
    "audit.theme": ["Theme", "Audit theme"], "auditor.name": ["Auditor", "Auditor name"],
    "auditor.role": ["Auditor role", "Role"],
    "completed_on": ["Date audit completed", "Date completed"],
    "submitted_on": ["Date submitted", "Submission date"], "service": ["Service", "Service area"],
    "child.id": ["Child ID", "LCS number", "Mosaic number", "Case number"],
    "child.name": ["Child's name", "Name"], "child.date_of_birth": ["Date of birth", "DOB"],
    "child.age": ["Age"], "child.legal_status": ["Legal status", "Child's status", "Status"],
    "team": ["Team"], "social_worker": ["Allocated social worker", "Social worker", "Lead professional"],
    "team_manager": ["Team manager", "TM"],
    "participation.social_worker": ["Social worker spoken with"],
    "participation.team_manager": ["Team manager spoken with"],
    "participation.child": ["Child / young person contacted"],
    "participation.parent_carer": ["Parent / carer contacted"],
    "participation.iro_cp_chair": ["IRO / CP Chair views obtained"],
    "feedback.child": ["Child's view of the service"],
    "feedback.parent_carer": ["Parent / carer's view of the service"],
    "judgement.rating": ["Overall judgement", "Overall rating", "Overall grade"],
    "judgement.at_risk_of_inadequate": ["Practice could become inadequate without management action"],
    "judgement.impact_summary": ["Summary of impact for the child", "The child's lived experience"],
    "judgement.good_practice": ["Good practice to share"],
    "concern.category": ["Category of concern", "Annex H category"],
    "concern.summary": ["Reason for concern"],
    "moderation.moderator": ["Moderator"], "moderation.moderated_on": ["Date moderated"],
    "moderation.rating": ["Moderated judgement", "Moderator's rating"],
    "moderation.comments": ["Moderator comments"], "moderation.admissible": ["Audit admissible"],
    "moderation.admissible.reason": ["Reason"],
    "evidence": ["Evidence"], "impact": ["Impact", "Impact for the child", "What difference has this made"],
    "rating": ["Rating", "Grade", "Judgement"],
    "action": ["Action"], "owner": ["Owner", "By whom", "Responsible"],
    "due": ["Due date", "By when", "Timescale"], "plan": ["Add to child's plan"],
}
AREAS = [("response_to_risk", "Assessment of and response to risk"),
         ("assessment", "Assessment and analysis"),
         ("planning", "Planning"),
         ("intervention", "Intervention, purposeful visits and direct work"),
         ("relational_practice", "Relational practice and the voice of the child"),
         ("management_oversight", "Management oversight and supervision"),
         ("permanence", "Permanence"),
         ("recording", "Quality of recording")]
AREA_NAME = dict(AREAS)

# Evidence: facts found on the file (no advice words, never opening with an instruction verb).
EVIDENCE = {
 "response_to_risk": [
  "The safety plan dated {d1} names who {name} can go to when {he} feels unsafe.",
  "Police notifications from {d2} were discussed with {name}'s mother the following day.",
  "A risk assessment of the home was carried out within five working days of the referral.",
  "Domestic abuse concerns were shared with {school} the same week.",
  "The strategy discussion on {d1} did not include the school nurse.",
  "There is no written risk assessment after the incident on {d2}."],
 "assessment": [
  "The assessment of {d1} sets out {name}'s history in {his} own words.",
  "Both parents contributed to the assessment and their views are quoted.",
  "The analysis links the neglect concerns to {name}'s poor attendance at {school}.",
  "The assessment describes the family's strengths as well as the risks.",
  "The assessment does not mention {name}'s father or his family.",
  "Information from the health visitor is missing from the analysis."],
 "planning": [
  "The plan names who does each task and by when.",
  "The contingency plan was agreed with the family on {d1}.",
  "Outcomes in the plan are written in words {name} can understand.",
  "The plan lists services but not the outcomes sought for {name}.",
  "Timescales in the plan are recorded as ongoing.",
  "The plan has not changed since the conference on {d2}."],
 "intervention": [
  "{name} was seen alone on each of the last four visits.",
  "Direct work sessions used drawings to explore {name}'s worries.",
  "Visits took place every ten working days in line with the plan.",
  "The worker met {name} at {school} to talk about friendships.",
  "There is a gap of seven weeks between visits after {d1}.",
  "No direct work has taken place since allocation."],
 "relational_practice": [
  "{name}'s own words are quoted in the last two case notes.",
  "The worker has stayed the same for eighteen months.",
  "Letters to {name} are written in plain, warm language.",
  "{name} chose where the last meeting with the worker took place.",
  "{name} has had four social workers in the last year.",
  "{name}'s views are not recorded in the last two reviews."],
 "management_oversight": [
  "Supervision on {d1} set clear actions with dates.",
  "The team manager's oversight note explains why the plan changed.",
  "Management decisions are recorded with their reasons.",
  "Reflective supervision considered {name}'s lived experience.",
  "There is no management oversight recorded since {d2}.",
  "Supervision notes repeat the same actions for three months."],
 "permanence": [
  "A permanence plan was agreed at the second review.",
  "Life story work began in {month} with {name}'s carers.",
  "Family network meetings explored connected carers early.",
  "The matching report for {name}'s long-term placement is on file.",
  "Life story work has not started.",
  "The permanence plan has been deferred twice without a reason."],
 "recording": [
  "Case notes are written within two working days of each visit.",
  "Records are written to {name} and explain decisions plainly.",
  "The chronology is current up to {d1}.",
  "Case summaries are analytical and short.",
  "Several visit records from {d2} onwards are missing.",
  "Case notes were written weeks after the visits they describe."],
}
# Impact: what the practice means for the child (refers to the child, and to their lived
# experience), never only process.
IMPACT = {
 "response_to_risk": [
  "{name} feels safer at home and knows who to call if {he} is frightened.",
  "{name} is no longer exposed to violence at home and sleeps through the night.",
  "{name} remains at risk of harm because the danger at home is not understood."],
 "assessment": [
  "{name}'s needs are understood, so {he} gets help that fits {his} daily life.",
  "{name} is happier because {his} worries about school were heard.",
  "{name}'s experience of neglect is not understood, so {his} daily life has not improved."],
 "planning": [
  "{name} knows what will happen next and feels settled.",
  "{name}'s attendance at {school} has risen because {his} plan is clear.",
  "{name} faces drift and uncertainty in {his} daily life."],
 "intervention": [
  "{name} trusts {his} worker and talks openly about {his} feelings.",
  "{name} understands why {his} family has help and feels more confident.",
  "{name} does not understand why a social worker is involved and feels worried."],
 "relational_practice": [
  "{name} feels listened to and {his} wishes shape decisions about {his} life.",
  "{name} has a trusted adult and is more confident with friends.",
  "{name} feels let down and does not trust professionals."],
 "management_oversight": [
  "{name}'s situation is improving because drift was spotted early.",
  "{name} is safer because changes in risk were acted on quickly.",
  "{name} has waited months for help, so {his} wellbeing has suffered."],
 "permanence": [
  "{name} is settled and knows {he} will stay with {his} carers.",
  "{name} understands {his} story and feels secure in placement.",
  "{name} is unsure where {he} will live next year and feels anxious."],
 "recording": [
  "{name} would be able to read {his} records and understand {his} story.",
  "{name}'s history is clear, so a new worker would understand {his} wishes.",
  "{name} would struggle to understand {his} own story from these records."],
}
ACTIONS = [
 "Share {name}'s updated safety plan with {school} so that staff know how to support {him}.",
 "Complete direct work with {name} about {his} wishes for contact so that {his} views shape the next review.",
 "Arrange for {name} to be seen alone at each visit so that {his} worries are heard.",
 "Agree a contingency plan with {name}'s family so that {he} stays safe if home life breaks down.",
 "Start life story work with {name} so that {he} understands {his} own history.",
 "Refer {name} to the school counsellor so that {he} has support with {his} anxiety.",
 "Write a plan with {name} in {his} own words so that {he} knows what will happen next.",
]
REASONS = {
 "social_worker": ["The social worker was on annual leave during the audit week.",
                   "The worker was off sick for the fortnight of the audit."],
 "team_manager": ["The team manager was covering court work and unavailable.",
                  "The team manager post was vacant at the time of the audit."],
 "child": ["{name} is {age} years old and too young to share {his} views.",
           "{name} did not want to speak to another new adult.",
           "Two calls to {name}'s carer to arrange a chat went unanswered."],
 "parent_carer": ["A letter and two texts to {name}'s mother went unanswered.",
                  "{name}'s father declined to take part."],
 "iro_cp_chair": ["The IRO did not reply to two emails before the deadline.",
                  "The conference chair was on leave."],
}


class Form:
    """One invented audit: `fields` (truth map), areas, actions, participation and so on."""


def _date(d):
    return d.isoformat()


def show_date(rng, d):
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return rng.choice([d.strftime("%d/%m/%Y"), f"{n}{suf} {d.strftime('%B %Y')}",
                       f"{n} {d.strftime('%B %Y')}", d.strftime("%d/%m/%Y")])


def show_month(rng, d):
    return rng.choice([d.strftime("%B %Y"), d.strftime("%b-%y"), d.strftime("%m/%Y"),
                       d.strftime("%B %Y")])


BLOCKING_DEFECTS = ["inadequate_no_category", "ri_no_actions", "action_no_owner", "action_no_due",
                    "child_no_reason", "parent_no_reason", "no_sw_tm", "missing_child_id",
                    "area_no_impact"]
ADVISORY_DEFECTS = ["late", "permanence_missing", "process_impact", "advice_in_evidence",
                    "out_of_line"]


def make_form(rng, index):
    f = Form()
    f.rng = rng
    f.curly = rng.random() < 0.4
    f.council = rng.choice(COUNCILS)
    f.blocking = rng.choice(BLOCKING_DEFECTS) if rng.random() < 0.3 else None
    f.advisory = rng.choice(ADVISORY_DEFECTS) if (not f.blocking and rng.random() < 0.25) else None
    first, last = rng.choice(FIRST), rng.choice(LAST)
    girl = first in GIRLS
    pr = {"he": "she" if girl else "he", "his": "her" if girl else "his", "him": "her" if girl else "him"}
    name = first
    f.first = first
    year = rng.randint(2017, 2023)
    mon = rng.randint(1, 12)
    start = dt.date(year, mon, 1)
    end = (dt.date(year + (mon == 12), mon % 12 + 1, 1) - dt.timedelta(days=1))
    completed = start + dt.timedelta(days=rng.randint(2, 18))
    submitted = completed + dt.timedelta(days=rng.randint(0, (end - completed).days))
    if f.blocking is None and f.advisory == "late":
        submitted = end + dt.timedelta(days=rng.randint(3, 20))
    age = rng.randint(1, 17)
    status = rng.choice(["child_in_need", "child_protection", "child_looked_after", "child_looked_after",
                         "care_leaver" if age >= 16 else "child_protection", "disabled_children", "early_help"])
    if f.advisory == "permanence_missing":
        status = "child_looked_after"
    if f.blocking == "inadequate_no_category":
        overall = "inadequate"
    elif f.blocking == "ri_no_actions":
        overall = "requires_improvement"
    else:
        overall = rng.choices(RATINGS, [15, 30, 45, 10])[0]
    if f.advisory == "out_of_line":
        overall = "good"
    school = rng.choice(SCHOOLS)
    sub = dict(name=name, school=school, month=start.strftime("%B %Y"), age=age, **pr)

    def d_before(days_lo, days_hi):
        return show_date(rng, completed - dt.timedelta(days=rng.randint(days_lo, days_hi)))

    def fill(s):
        return s.format(d1=d_before(10, 60), d2=d_before(61, 200), **sub)

    f.sub = sub
    person = lambda: f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    sw, tm, auditor = person(), person(), person()
    T = {}   # truth
    D = {}   # display (as written); None means the field's value is left empty
    T["audit.month"] = start.strftime("%Y-%m"); D["audit.month"] = show_month(rng, start)
    atype = rng.choices(["monthly", "themed", "dip_sample", "multi_agency"], [7, 1, 1, 1])[0]
    T["audit.type"] = atype; D["audit.type"] = rng.choice(TYPE_SHOW[atype])
    if rng.random() < 0.6:
        T["audit.theme"] = D["audit.theme"] = rng.choice(THEMES)
    T["auditor.name"] = D["auditor.name"] = auditor
    T["auditor.role"] = D["auditor.role"] = rng.choice(ROLES)
    T["completed_on"] = _date(completed); D["completed_on"] = show_date(rng, completed)
    T["submitted_on"] = _date(submitted); D["submitted_on"] = show_date(rng, submitted)
    svc = "early_help" if status == "early_help" else "childrens_social_care"
    T["service"] = svc; D["service"] = SERVICE_SHOW[svc]
    cid = str(rng.randint(100000, 9999999))
    if f.blocking == "missing_child_id":
        D["child.id"] = None
    else:
        T["child.id"] = D["child.id"] = cid
    T["child.name"] = D["child.name"] = f"{first} {last}"
    if rng.random() < 0.5:
        T["child.age"] = age; D["child.age"] = str(age)
    else:
        dob = completed.replace(year=completed.year - age - 1) + dt.timedelta(days=rng.randint(1, 300))
        T["child.date_of_birth"] = _date(dob); D["child.date_of_birth"] = show_date(rng, dob)
    T["child.legal_status"] = status; D["child.legal_status"] = rng.choice(STATUS_SHOW[status])
    team = rng.choice(TEAM_KINDS).format(n=rng.randint(1, 4))
    if "{n}" not in team and rng.random() < 0.5:
        team = f"{rng.choice(TOWNS)} {team}"
    elif rng.random() < 0.5:
        team = f"{rng.choice(TOWNS)} {team}"
    T["team"] = D["team"] = team
    T["social_worker"] = D["social_worker"] = sw
    T["team_manager"] = D["team_manager"] = tm

    # participation
    part = {}
    part["social_worker"] = rng.choices(["spoken", "attempted"], [9, 1])[0]
    part["team_manager"] = rng.choices(["spoken", "attempted", "not_contacted"], [6, 2, 1])[0]
    if part["social_worker"] != "spoken" and part["team_manager"] not in ("spoken",):
        part["team_manager"] = "spoken"
    if age < 4:
        part["child"] = "not_appropriate"
    else:
        part["child"] = rng.choices(["spoken", "attempted", "not_contacted"], [6, 2, 1])[0]
    part["parent_carer"] = rng.choices(["spoken", "attempted"], [7, 2])[0]
    part["iro_cp_chair"] = rng.choices(["spoken", "attempted", "not_contacted"], [5, 2, 1])[0]
    if f.blocking == "no_sw_tm":
        part["social_worker"] = part["team_manager"] = "not_contacted"
    if f.blocking == "child_no_reason":
        part["child"] = rng.choice(["attempted", "not_contacted"])
    if f.blocking == "parent_no_reason":
        part["parent_carer"] = rng.choice(["attempted", "not_contacted"])
    f.part = part
    f.reason = {}
    for party, oc in part.items():
        T["participation." + party] = oc
        if oc != "spoken":
            if (f.blocking == "child_no_reason" and party == "child") or \
               (f.blocking == "parent_no_reason" and party == "parent_carer"):
                continue
            pool = REASONS[party]
            if party == "child":
                pool = pool[:1] if oc == "not_appropriate" else pool[1:]
            r = rng.choice(pool).format(**sub)
            r = r[0].upper() + r[1:]
            f.reason[party] = r
            T[f"participation.{party}.reason"] = r
    # feedback
    f.view, f.view_comment = {}, {}
    for party in ("child", "parent_carer"):
        v = rng.choice(["positive", "negative", "mixed", "none"])
        f.view[party] = v
        T["feedback." + party] = v
        if v != "none" and rng.random() < 0.7:
            who = name if party == "child" else f"{name}'s mother"
            c = {"positive": f"{who} says the worker listens and turns up when promised.",
                 "negative": f"{who} says plans keep changing without warning.",
                 "mixed": f"{who} values the support but feels meetings are often rearranged."}[v]
            f.view_comment[party] = c
            T[f"feedback.{party}.comment"] = c

    # areas
    keys = [k for k, _ in AREAS if k != "permanence"]
    chosen = sorted(rng.sample(keys, rng.randint(3, 6)), key=lambda k: [a for a, _ in AREAS].index(k))
    if status in ("child_looked_after", "care_leaver") and f.advisory != "permanence_missing":
        chosen.append("permanence")
        chosen.sort(key=lambda k: [a for a, _ in AREAS].index(k))
    o = RATINGS.index(overall)
    areas = []
    for i, k in enumerate(chosen):
        if i == 0:
            r = overall
        else:
            opts = [x for x in (o - 1, o, o, o + 1) if 0 <= x <= 3]
            if o >= 2:
                opts = [x for x in opts if x >= 1]
            r = RATINGS[rng.choice(opts)]
        poor = RATINGS.index(r) <= 1
        ev_pool = EVIDENCE[k][4:] + EVIDENCE[k][:2] if poor else EVIDENCE[k][:4]
        im_pool = IMPACT[k][2:] + IMPACT[k][:1] if poor else IMPACT[k][:2]
        ev = [fill(s) for s in rng.sample(ev_pool, rng.randint(1, min(4, len(ev_pool))))]
        im = [fill(s) for s in rng.sample(im_pool, rng.randint(1, min(2, len(im_pool))))]
        areas.append({"area": k, "rating": r, "evidence": ev, "impact": im})
    if f.advisory == "out_of_line" and areas:
        areas[-1]["rating"] = "inadequate"
    if overall == "inadequate" and not any(a["rating"] == "inadequate" for a in areas):
        areas[0]["rating"] = "inadequate"
    f.expected = []
    if f.blocking == "area_no_impact":
        a = rng.choice(areas)
        a["impact"] = []
        f.expected.append({"severity": "blocking", "field": f"areas.{a['area']}.impact"})
    if f.advisory == "process_impact":
        a = rng.choice(areas)
        a["impact"].append("A strategy discussion was held and minutes were uploaded.")
        f.expected.append({"severity": "advisory", "field": f"areas.{a['area']}.impact"})
    if f.advisory == "advice_in_evidence":
        a = rng.choice(areas)
        a["evidence"].append("The worker should visit more often.")
        f.expected.append({"severity": "advisory", "field": f"areas.{a['area']}.evidence"})
    for a in areas:  # an apostrophe in every name: curly on some forms
        pass
    f.areas = areas
    # judgement
    T["judgement.rating"] = overall
    D["judgement.rating"] = rng.choice(RATING_SHOW[overall])
    risk = overall == "requires_improvement" and rng.random() < 0.5
    T["judgement.at_risk_of_inadequate"] = risk
    D["judgement.at_risk_of_inadequate"] = rng.choice(["Yes", "Y"]) if risk else rng.choice(["No", "N"])
    summ = {"outstanding": f"{name}'s life has changed for the better and {pr['he']} feels safe and settled.",
            "good": f"{name} is safer and happier at home than when the service became involved.",
            "requires_improvement": f"{name} is safe but {pr['his']} daily life has not improved as quickly as it could.",
            "inadequate": f"{name} remains at risk of harm and the service offered does not match {pr['his']} needs."}[overall]
    T["judgement.impact_summary"] = D["judgement.impact_summary"] = summ
    if overall in ("good", "outstanding") and rng.random() < 0.7:
        gp = f"Clear, child-focused safety planning shared with {school}."
        T["judgement.good_practice"] = D["judgement.good_practice"] = gp
    if overall == "inadequate":
        if f.blocking == "inadequate_no_category":
            if rng.random() < 0.5:
                T["concern.category"] = "none"; D["concern.category"] = "None"
            else:
                D["concern.category"] = None
        else:
            cat = rng.choice(["category_1", "category_2"])
            T["concern.category"] = cat; D["concern.category"] = rng.choice(CATEGORY_SHOW[cat])
        cs = f"The risk assessment and service offer do not meet {name}'s needs, and drift has not been addressed."
        T["concern.summary"] = D["concern.summary"] = cs
    else:
        if rng.random() < 0.7:
            T["concern.category"] = "none"; D["concern.category"] = rng.choice(CATEGORY_SHOW["none"])
    # actions
    n_act = {"outstanding": rng.randint(0, 1), "good": rng.randint(0, 2),
             "requires_improvement": rng.randint(1, 4), "inadequate": rng.randint(2, 4)}[overall]
    if f.blocking == "ri_no_actions":
        n_act = 0
    if f.blocking in ("action_no_owner", "action_no_due"):
        n_act = max(n_act, 2)
    acts = []
    for s in rng.sample(ACTIONS, n_act):
        due = completed + dt.timedelta(days=rng.randint(14, 90))
        acts.append({"description": s.format(**sub), "owner": rng.choice([sw, tm]),
                     "due_on": _date(due), "due_show": show_date(rng, due),
                     "into_care_plan": rng.random() < 0.5})
    if f.blocking == "action_no_owner":
        i = rng.randrange(len(acts)); acts[i]["owner"] = None
        f.expected.append({"severity": "blocking", "field": f"actions[{i}].owner"})
    if f.blocking == "action_no_due":
        i = rng.randrange(len(acts)); acts[i]["due_on"] = None; acts[i]["due_show"] = None
        f.expected.append({"severity": "blocking", "field": f"actions[{i}].due_on"})
    f.actions = acts
    # moderation on some forms
    if rng.random() < 0.35:
        T["moderation.moderator"] = D["moderation.moderator"] = person()
        mod_on = submitted + dt.timedelta(days=rng.randint(1, 10))
        if mod_on > dt.date(2024, 12, 31):
            mod_on = submitted
        T["moderation.moderated_on"] = _date(mod_on); D["moderation.moderated_on"] = show_date(rng, mod_on)
        mr = overall if rng.random() < 0.7 else RATINGS[max(0, min(3, o + rng.choice([-1, 1])))]
        T["moderation.rating"] = mr; D["moderation.rating"] = rng.choice(RATING_SHOW[mr])
        if rng.random() < 0.5:
            T["moderation.comments"] = D["moderation.comments"] = \
                f"The audit gives a clear picture of {name}'s experience."
        adm = f.blocking is None
        T["moderation.admissible"] = adm
        D["moderation.admissible"] = "Yes" if adm else "No"
        if rng.random() < 0.6:
            r = ("Evidence and impact are clear and specific." if adm
                 else "The form needs completing before it can be counted.")
            T["moderation.admissible.reason"] = D["moderation.admissible.reason"] = r
    f.truth, f.display, f.overall, f.status = T, D, overall, status
    # blocking findings for the layout-independent defects
    blocking_field = {
        "inadequate_no_category": "concern.category", "ri_no_actions": "actions",
        "child_no_reason": "participation.child.reason", "parent_no_reason": "participation.parent_carer.reason",
        "no_sw_tm": "participation", "missing_child_id": "child.id",
    }.get(f.blocking)
    if blocking_field:
        f.expected.append({"severity": "blocking", "field": blocking_field})
    if f.advisory == "late":
        f.expected.append({"severity": "advisory", "field": "submitted_on"})
    elif f.advisory == "permanence_missing":
        f.expected.append({"severity": "advisory", "field": "areas.permanence"})
    elif f.advisory == "out_of_line":
        f.expected.append({"severity": "advisory", "field": "judgement.rating"})
    return f
