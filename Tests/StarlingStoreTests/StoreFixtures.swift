import Foundation
import StarlingForms
import StarlingRules
import StarlingSchema
import StarlingStore
import StarlingTestSupport
import Testing

/// The schema, importer and engine every store test uses.
enum StoreFixtures {
    static let root: URL = RepositoryRoot.url

    static let schema = RepositorySchema.schema
    static let importer = RepositorySchema.importer
    static let engine = RepositorySchema.engine
    static let today = RepositorySchema.today

    static func temporaryFolder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("starling-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func newStore(_ backend: Backend, in folder: URL) async throws -> String {
        try await TestStores.newLocation(backend, in: folder)
    }

    static func migrator(_ store: RecordStore, jobs: Int = 2) -> Migrator {
        Migrator(store: store, importer: importer, engine: engine, jobs: jobs, today: today)
    }

    /// Every row of every table, timestamps left out, sorted: two stores with the same
    /// files in them dump the same.
    static func dump(_ store: RecordStore) async throws -> [String] {
        let tables = [
            "SELECT id, path, version, is_current, size, sha256, outcome, duplicate_of FROM source_files",
            "SELECT source_id, kind, month, team, rating, final_rating, admissible, blocking, advisories, record_json FROM records",
            "SELECT source_id, position, area, rating FROM areas", "SELECT source_id, position, description, owner, due_on FROM actions",
            "SELECT source_id, position, rule, severity, field FROM findings", "SELECT source_id, reason FROM quarantine",
        ]
        var lines: [String] = []
        for sql in tables {
            lines += try await store.database.query(sql, []).map { sql.prefix(40) + ": " + $0.map(\.description).joined(separator: "|") }
        }
        return lines.sorted()
    }
}

/// A folder of historic forms with known content: audits over several months in nested
/// folders, copies under other names, damaged and empty files, non-forms, Word lock
/// files, legacy .doc files and names that are not UTF-8.
struct HistoricTree {
    let folder: URL
    static let audits = 200
    static let copies = 15
    static let damaged = 10
    static let empty = 5
    static let notForms = 10
    static let lockFiles = 5
    static let legacy = 3
    static let oddNames = 2
    /// Blank templates (both layouts) filed beside the completed audits.
    static let blanks = 2
    static var total: Int { audits + copies + damaged + empty + notForms + lockFiles + legacy + oddNames + blanks }
    /// Every tenth audit has no overall judgement, so is inadmissible.
    static var inadmissible: Int { (0..<audits).filter { $0 % 10 == 9 }.count }

    static func audit(_ index: Int) -> GeneratedAudit {
        var audit = GeneratedAudit(variant: index)
        audit.childID = String(5_000_000 + index)
        audit.team = "Team \(index % 12)"
        audit.month = ["October 2019", "November 2019", "December 2019", "January 2020"][index % 4]
        if index % 10 == 9 { audit.overall = nil }
        return audit
    }

    static func make() throws -> HistoricTree {
        let folder = try StoreFixtures.temporaryFolder("tree")
        let fileManager = FileManager.default
        func write(_ data: Data, _ relative: String) throws {
            let url = folder.appendingPathComponent(relative)
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        var bodies: [Data] = []
        for index in 0..<audits {
            let data = try audit(index).docx()
            bodies.append(data)
            try write(data, "\(2019 + index % 2)/team-\(index % 12)/audit-\(index).docx")
        }
        for index in 0..<copies { try write(bodies[index * 7], "copies/copy of audit \(index * 7).docx") }
        for index in 0..<damaged { try write(bodies[index].prefix(bodies[index].count / 2), "damaged/broken-\(index).docx") }
        for index in 0..<empty { try write(Data(), "empty/empty-\(index).docx") }
        for index in 0..<notForms {
            let body = "<w:p><w:r><w:t>Minutes of the team meeting \(index)</w:t></w:r></w:p><w:p><w:r><w:t>Apologies were received.</w:t></w:r></w:p>"
            try write(try GeneratedAudit.package(body), "other/minutes-\(index).docx")
        }
        for index in 0..<blanks { try write(try GeneratedAudit.blank(variant: index).docx(), "templates/blank-\(index).docx") }
        for index in 0..<lockFiles { try write(Data("~lock \(index)".utf8), "2019/team-\(index)/~$audit-\(index).docx") }
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
        for index in 0..<legacy { try write(Data(ole + Array("legacy \(index)".utf8)), "old/legacy-\(index).doc") }
        // Names in Latin-1 (not UTF-8), as old Windows shares hold them.
        for index in 0..<oddNames {
            let name = Array((folder.path + "/odd/").utf8) + [0x61, 0x75, 0x64, 0x69, 0x74, 0xE9, UInt8(0x30 + index)] + Array(".docx".utf8)
            try fileManager.createDirectory(at: folder.appendingPathComponent("odd"), withIntermediateDirectories: true)
            let descriptor = open(name.map { CChar(bitPattern: $0) } + [0], O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard descriptor >= 0 else { throw StoreError("cannot create a Latin-1 file name") }
            let data = try audit(audits + index).docx()
            _ = data.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, data.count) }
            close(descriptor)
        }
        return HistoricTree(folder: folder)
    }
}
