/// The words the report prints for vocabulary keys, as a QA team writes them in the
/// committee report (the seed's row names), and the order its tables list them in.
enum Labels {
    static let legalStatusOrder = [
        "assessment", "child_in_need", "child_protection", "child_looked_after", "care_leaver", "disabled_children", "early_help",
    ]

    static func legalStatus(_ key: String) -> String {
        [
            "assessment": "Assessment", "child_in_need": "CIN", "child_protection": "CP", "child_looked_after": "CLA",
            "care_leaver": "Care Leaver", "disabled_children": "CWD", "early_help": "Early Help", "not_recorded": "Not recorded",
        ][key] ?? key
    }

    static let areaOrder = [
        "response_to_risk", "assessment", "planning", "intervention", "relational_practice", "management_oversight", "permanence", "recording",
    ]

    static func area(_ key: String) -> String {
        [
            "response_to_risk": "Response to risk", "assessment": "Assessment and analysis", "planning": "Planning",
            "intervention": "Intervention and direct work", "relational_practice": "Relational practice",
            "management_oversight": "Management oversight", "permanence": "Permanence", "recording": "Recording",
        ][key] ?? key
    }

    static let parties: [(String, String)] = [
        ("social_worker", "Social worker"), ("team_manager", "Team manager"), ("iro_cp_chair", "IRO / CP chair"),
        ("child", "Child or young person"), ("parent_carer", "Parent or carer"),
    ]
}
