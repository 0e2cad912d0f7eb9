import StarlingDocument
import StarlingSchema

/// Decides which STARLIng form a document is, from its title and how many of each form's
/// field labels, tags and names it carries. Anything with too little evidence is not a form.
struct FormDetector {
    /// The form definitions, sharing one label cache for the document (see `FormSpec.caching`).
    let specs: [FormSpec]

    struct Verdict {
        var spec: FormSpec?
        /// Why it is not a form, when it is not.
        var reason: String?
    }

    func detect(_ document: WordDocument, layout: FormLayout) -> Verdict {
        let texts = layout.units.filter { $0.flowOf == nil }.map(\.text).filter { !$0.isEmpty }
        let names = document.contentControls.flatMap { [$0.tag, $0.title].compactMap { $0 } } + document.formFields.compactMap(\.name)
        // Candidates do not depend on the form: work them out once for all the specs.
        guard let first = specs.first else { return Verdict(spec: nil, reason: "no form definitions are loaded") }
        let candidates = texts.map(first.candidates)
        // "Label: value" lines, also several to a line ("Child ID: 1 | Team: X"); headings that
        // carry a value after a dash or colon ("Planning – Good") by their opening words.
        let segments = texts.filter { $0.utf8.count <= 400 }.flatMap(LabelText.barSegments)
        let inlineCandidates = segments.compactMap { LabelText.splitInline($0)?.label }.map(first.candidates)
        let headCandidates = texts.filter { $0.utf8.count <= 120 }
            .compactMap { LabelText.head(of: $0, before: [" – ", " — ", " - "]) }.map(first.candidates)

        func evidence(for spec: FormSpec) -> (spec: FormSpec, score: Int, labels: Int, title: Bool) {
            var keys = Set<String>()
            var title = false
            for forms in candidates {
                if !title, spec.isTitle(candidates: forms) { title = true }
                if case .field(let field)? = spec.target(forCandidates: forms, inArea: false) { keys.insert(field.key) }
            }
            for forms in inlineCandidates {
                if case .field(let field)? = spec.target(forCandidates: forms, inArea: false) { keys.insert(field.key) }
            }
            for name in names {
                if case .field(let field)? = spec.target(forTag: name) { keys.insert(field.key) }
            }
            let areas = spec.areas.isEmpty ? 0 : (candidates + inlineCandidates + headCandidates).filter { spec.area(forCandidates: $0) != nil }.count
            // Under the form's own title, its areas' headings count as labels too.
            return (spec, keys.count + min(areas, 8) + (title ? 5 : 0), keys.count + (title ? min(areas, 2) : 0), title)
        }
        // The first of equal scores wins, so the schema's order breaks ties.
        var best = evidence(for: first)
        for spec in specs.dropFirst() {
            let next = evidence(for: spec)
            if next.score > best.score { best = next }
        }
        if best.labels >= 4 || (best.title && best.labels >= 2) {
            return Verdict(spec: best.spec, reason: nil)
        }
        let tables = document.main.blocks.filter { if case .table = $0 { true } else { false } }.count
        let paragraphs = document.paragraphs.filter { !$0.text.isEmpty }.count
        return Verdict(spec: nil, reason: """
            not a STARLIng form: a Word document with \(paragraphs) paragraphs of text and \(tables) tables, \
            \(best.title ? "titled like a \(best.spec.title)" : "with no form title"), and only \(best.labels) \
            field labels of the nearest form (\(best.spec.title)); at least 4 are needed
            """)
    }
}
