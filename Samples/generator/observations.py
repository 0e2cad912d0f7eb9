"""Completed practice and meeting observations, and the layout-fixture audit.  All invented."""

PRACTICE_01 = {
    "kind": "practice_observation",
    "observer": {"name": "Sarah Whitfield", "role": "Practice Lead, ASYE Programme"},
    "practitioner": {"name": "Jordan Kemp", "stage": "asye"},
    "team": "Northshire Safeguarding Team 4",
    "observed_on": "2019-11-06",
    "activity": "Home visit to a mother and her two children subject to a child protection plan",
    "consent": {"by_practitioner": True, "confirmed_by_observer": True},
    "extent": "all",
    "strengths": [
        "Jordan explained at the start why she was visiting and what would happen with what the family told her.",
        "She sat at the children's level and used a three houses drawing with the older child, who talked openly about what makes her happy and worried.",
        "She asked mum's permission before looking at the bedrooms and explained why it mattered."],
    "development": [
        "Be clearer with mum about what will happen if the agreed actions are not completed.",
        "Summarise the visit with the family before leaving so that everyone knows the next steps."],
    "feedback": {"child_family": "Mum said Jordan talks to them like people, and the older child asked if Jordan could come again."},
    "action_plan": "Jordan to practise explaining the contingency plan with her supervisor, and to use a visit summary sheet at her next three visits.",
    "supervision_shared_on": "2019-11-13",
    "shared_with_plt": True,
}

PRACTICE_02 = {
    "kind": "practice_observation",
    "observer": {"name": "Mark Adeyemi", "role": "Head of Service"},
    "practitioner": {"name": "Lucy Fenwick", "stage": "experienced"},
    "team": "Ashford Vale Children in Care Team 2",
    "observed_on": "2019-12-04",
    "activity": "Direct work session with a young person in foster care",
    "consent": {"by_practitioner": True},
    "extent": "part",
    "strengths": [
        "Lucy let the young person choose the activity and followed his lead when he wanted to talk about his brother.",
        "She used his own words when checking her understanding, which helped him correct her."],
    "development": [
        "Record the young person's views in his own words on the day, while they are fresh."],
    "feedback": {"child_family": "The young person said the session was alright and that he liked choosing what they did."},
    "action_plan": "Lucy to share her life-story work resources with the team at the January team meeting.",
    "supervision_shared_on": "2019-12-11",
    "shared_with_plt": False,
}

MEETING_01 = {
    "kind": "meeting_observation",
    "meeting": {"type": "core_group", "date": "2019-10-17", "chair": "Emma Sutherland"},
    "observer": {"name": "Siobhan Reilly", "role": "Head of Service"},
    "findings": {
        "governance": "The meeting started on time, minutes of the previous core group were agreed and the agenda followed the child protection plan.",
        "terms_of_reference": "Attendees were reminded of the purpose of a core group; the school nurse was unclear about her role until the chair explained it.",
        "leadership": "The chair kept the focus on the children and challenged drift on the housing action with warmth and clarity.",
        "multi_agency": "School, health and housing all attended and reported against their actions; the police update was sent in writing.",
        "children_families": "The eldest child's views were shared from a worksheet she completed with her social worker, and mum was helped to speak first.",
        "pace": "Decisions were made in the meeting with dates, and the housing referral was escalated the same day.",
    },
    "learning_actions": "Chair to send a one-page summary of the core group's purpose to new members before their first meeting; the team to use children's worksheets in every core group.",
    "sent_to_performance_team_on": "2019-10-25",
}

MEETING_02 = {
    "kind": "meeting_observation",
    "meeting": {"type": "strategy_discussion", "date": "2019-12-03", "chair": "Imran Siddiqui"},
    "observer": {"name": "Andrew Pemberton", "role": "Director of Children's Safeguarding"},
    "findings": {
        "governance": "The discussion was convened within a day of the referral and the record was completed on the system the same afternoon.",
        "terms_of_reference": "The threshold for a section 47 enquiry was stated clearly at the start.",
        "leadership": "The chair summarised the information well but did not invite health to share their view before the decision was made.",
        "multi_agency": "Police and education attended by phone; the GP surgery was not invited.",
        "children_families": "The child's own account from school was read out, but there was no discussion of how the child would be told about the enquiry.",
        "pace": "The decision to hold a section 47 enquiry was made promptly and the child was seen the same day.",
    },
    "learning_actions": "Chair to invite health partners to every strategy discussion and to agree in the meeting who will explain the next steps to the child.",
}

OBSERVATIONS = [
    ("observations/practice-obs-01-content-controls", PRACTICE_01, "content_controls", {},
     {"date": "slash"}, True, []),
    ("observations/practice-obs-02-paragraphs-no-observer-consent", PRACTICE_02, "label_paragraphs", {},
     {"date": "ordinal"}, False,
     [("blocking", "consent.confirmed_by_observer", "consent not confirmed by the observer (left blank)")]),
    ("observations/meeting-obs-01-two-column-core-group", MEETING_01, "two_column", {},
     {"date": "short"}, True, []),
    ("observations/meeting-obs-02-legacy-fields-strategy", MEETING_02, "legacy_fields", {},
     {"date": "slash"}, True, []),
]

# -- the layout fixture: one small audit, written many ways -------------------------
FIXTURE = {
    "kind": "monthly_audit",
    "audit": {"month": "2019-11", "type": "monthly"},
    "auditor": {"name": "Nadia Hussain", "role": "Team Manager"},
    "completed_on": "2019-11-20", "submitted_on": "2019-11-21",
    "service": "childrens_social_care",
    "child": {"id": "4400127", "name": "Freya Holt", "date_of_birth": "2013-06-02",
              "legal_status": "child_in_need"},
    "team": "Riverside Child in Need Team 2",
    "social_worker": "Ben Carter", "team_manager": "Alison Grey",
    "participation": {
        "social_worker": {"outcome": "spoken"}, "team_manager": {"outcome": "spoken"},
        "child": {"outcome": "spoken"},
        "parent_carer": {"outcome": "attempted", "reason": "Dad did not join the arranged call on 18/11/2019."}},
    "feedback": {"child": {"view": "positive",
                           "comment": "Freya said her social worker helped her tell her teacher about her worries."}},
    "areas": [
        {"area": "planning", "rating": "good",
         "evidence": ["The child in need plan of 01/10/2019 sets out who will do what by when.",
                      "The contingency if dad's drinking increases is written into the plan."],
         "impact": ["Freya knows who to talk to at school and has attended every day since October."]},
        {"area": "relational_practice", "rating": "good",
         "evidence": ["Freya was seen alone on each visit and her words are recorded in the notes."],
         "impact": ["Freya says she feels listened to and has asked for her plan to be explained to her brother."]},
    ],
    "judgement": {"rating": "good", "at_risk_of_inadequate": False,
                  "impact_summary": "Freya is attending school every day and says she feels listened to."},
    "concern": {"category": "none"},
    "actions": [{"description": "Review the plan with Freya and dad before the Christmas holidays.",
                 "owner": "Ben Carter", "due_on": "2019-12-20", "into_care_plan": True}],
    "moderation": {"moderator": "Rachel Okafor", "moderated_on": "2019-12-03", "rating": "good",
                   "admissible": {"value": True}},
}
