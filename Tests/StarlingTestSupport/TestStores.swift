import Foundation
import StarlingStore
import Testing

/// The two backends every store test runs against.
public enum Backend: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite, postgres
    public var description: String { rawValue }
}

public enum TestStores {
    /// A new, empty store location on the backend: a SQLite file in `folder`, or a fresh
    /// PostgreSQL database on the server in STARLING_TEST_POSTGRES_URL (which `make test` starts).
    public static func newLocation(_ backend: Backend, in folder: URL) async throws -> String {
        switch backend {
        case .sqlite:
            return folder.appendingPathComponent("store.sqlite").path
        case .postgres:
            let admin = try #require(
                ProcessInfo.processInfo.environment["STARLING_TEST_POSTGRES_URL"],
                "set STARLING_TEST_POSTGRES_URL (make test starts a server on loopback)")
            // Named after this test process, so a later run can drop what it left behind.
            let name = "starling_test_\(getpid())_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
            let server = try PostgresDatabase(url: admin)
            await dropLeftovers.value
            _ = try await server.query("CREATE DATABASE \(name)", [])
            try await server.close()
            var components = try #require(URLComponents(string: admin))
            components.path = "/" + name
            return try #require(components.string)
        }
    }

    /// Drops the test databases of earlier test processes that have ended (the server is on
    /// this machine's loopback, so their process ids can be checked), once per run.
    static let dropLeftovers = Task {
        guard let admin = ProcessInfo.processInfo.environment["STARLING_TEST_POSTGRES_URL"],
              let server = try? PostgresDatabase(url: admin),
              let rows = try? await server.query("SELECT datname FROM pg_database WHERE datname LIKE 'starling_%'", [])
        else { return }
        for case .text(let name)? in rows.map(\.first) {
            // Only names these tests make: starling_test_[pid_]hex, or starling_report_hex from
            // before process ids were in the names (so certainly left over).
            let parts = name.split(separator: "_")
            guard parts.count >= 3, ["test", "report"].contains(parts[1]), let suffix = parts.last,
                  [12, 16].contains(suffix.count), suffix.allSatisfy(\.isHexDigit) else { continue }
            let ended = parts.count == 3 || (parts.count == 4 && Int32(parts[2]).map { $0 != getpid() && kill($0, 0) != 0 && errno == ESRCH } == true)
            guard ended else { continue }
            _ = try? await server.query("DROP DATABASE IF EXISTS \(name)", [])
        }
        try? await server.close()
    }
}
