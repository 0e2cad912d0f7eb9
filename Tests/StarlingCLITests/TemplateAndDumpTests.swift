import Foundation
import StarlingTestSupport
import Testing

/// What `dump` and `template check` write, as a script or a QA officer reads it.
struct TemplateAndDumpTests {
    /// `dump --format json` writes snake_case keys like every other output, and every key
    /// README's "Document model" section names is one it writes.
    @Test func dumpWritesTheKeysREADMEDescribes() throws {
        let form = RepositoryRoot.url.appendingPathComponent("Tests/Fixtures/layouts/06-rating-grid-x.docx")
        let run = try StarlingTool.run(["dump", form.path])
        #expect(run.status == 0)
        var keys = Set<String>()
        func walk(_ value: Any) {
            if let object = value as? [String: Any] {
                for (key, inner) in object { keys.insert(key); walk(inner) }
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(try JSONSerialization.jsonObject(with: Data(run.output.utf8)))
        #expect(keys.count > 30)
        #expect(keys.filter { $0.contains(where: \.isUppercase) }.isEmpty, "camelCase keys: \(keys.filter { $0.contains(where: \.isUppercase) }.sorted())")

        let readme = try String(contentsOf: RepositoryRoot.url.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "### Document model (`dump --format json`)"))
        let section = readme[start.upperBound...]
        let body = section[..<(section.range(of: "\n#")?.lowerBound ?? section.endIndex)]
        let named = body.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
            .filter { $0.allSatisfy { $0.isLowercase || $0 == "_" } }
        #expect(named.count >= 15)
        // "paragraph" and "table" are the kinds of block, written as values, not keys.
        let missing = Set(named).subtracting(keys).subtracting(["paragraph", "table"])
        #expect(missing.isEmpty, "README names keys dump does not write: \(missing.sorted())")
    }

    /// `template check` over a folder of two template versions reports two versions with
    /// their field coverage, and each field with how it was read.
    @Test func templateCheckGroupsFormsByTemplateVersion() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("starling-template-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let samples = RepositoryRoot.url.appendingPathComponent("Samples/audits")
        for (name, copies) in [("audit-01-content-controls-good.docx", 1), ("audit-02-two-column-tracked-changes-ri.docx", 2)] {
            for copy in 0..<copies {
                try FileManager.default.copyItem(at: samples.appendingPathComponent(name), to: folder.appendingPathComponent("\(copy)-\(name)"))
            }
        }
        let run = try StarlingTool.run(["template", "check", "--format", "json", folder.path] + CLITests.schemas)
        #expect(run.status == 0, "\(run.errors)")
        let output = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let versions = try #require(output["versions"] as? [[String: Any]])
        #expect(versions.map { $0["forms"] as? Int } == [2, 1])
        let forms = try #require(output["forms"] as? [[String: Any]])
        #expect(forms.count == 3)
        let controls = try #require(forms.first { ($0["file"] as? String)?.contains("content-controls") == true })
        let fields = try #require(controls["fields"] as? [[String: Any]])
        let childID = try #require(fields.first { $0["key"] as? String == "child.id" })
        #expect(childID["how"] as? String == "content control")
        let twoColumn = try #require(forms.first { ($0["file"] as? String)?.contains("two-column") == true })
        let team = try #require((twoColumn["fields"] as? [[String: Any]])?.first { $0["key"] as? String == "team" })
        #expect(team["how"] as? String == "table" && team["found"] as? Bool == true)
        let read = try #require(versions[0]["read"] as? [String: Double])
        #expect(read["team"] == 1 && read["child.age"] == 0)

        let text = try StarlingTool.run(["template", "check", folder.path] + CLITests.schemas)
        #expect(text.output.contains("template version monthly_audit-") && text.output.contains("2 forms"))
        #expect(text.output.contains("read      child.id: content control"))
        CLITests.expectNothingPersonal(text)
    }
}
