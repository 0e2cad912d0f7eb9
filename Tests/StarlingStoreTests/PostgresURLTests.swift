import Foundation
@testable import StarlingStore
import Testing

/// PostgreSQL store URLs: libpq's TLS parameters, and errors that never show the password.
@Suite struct PostgresURLTests {
    @Test func partsAndDefaults() throws {
        let url = try PostgresURL("postgres://qa:secret@db.example.org:6543/starling")
        #expect(url.host == "db.example.org")
        #expect(url.port == 6543)
        #expect(url.user == "qa")
        #expect(url.password == "secret")
        #expect(url.database == "starling")
        #expect(url.tlsMode == .prefer)  // libpq's default
        #expect(url.name == "PostgreSQL starling@db.example.org")
        #expect(try PostgresURL("postgresql://qa@db/").database == nil)
    }

    @Test(arguments: PostgresURL.TLSMode.allCases)
    func everySSLModeIsRead(_ mode: PostgresURL.TLSMode) throws {
        #expect(try PostgresURL("postgres://qa@db/starling?sslmode=\(mode.rawValue)").tlsMode == mode)
    }

    @Test func requireWithARootCertificateVerifiesTheChain() throws {
        let pem = FileManager.default.temporaryDirectory.appendingPathComponent("starling-ca-\(UUID().uuidString).pem")
        try Data("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n".utf8).write(to: pem)
        defer { try? FileManager.default.removeItem(at: pem) }
        let url = try PostgresURL("postgres://qa@db/starling?sslmode=require&sslrootcert=\(pem.path)")
        #expect(url.tlsMode == .verifyCA)
        #expect(url.rootCertificate == pem.path)
    }

    @Test(arguments: [
        ("postgres://qa:secret@db/starling?sslmode=sometimes", "sslmode 'sometimes' is not one of"),
        ("postgres://qa:secret@db/starling?sslmod=require", "unknown parameter 'sslmod'"),
        ("postgres://qa:secret@db/starling?sslrootcert=/no/such/ca.pem", "sslrootcert '/no/such/ca.pem' is not a readable file"),
        ("postgres://qa:secret@/starling", "is not a PostgreSQL URL"),
    ])
    func badURLsAreClearErrorsWithoutThePassword(_ url: String, _ expected: String) {
        #expect {
            try PostgresURL(url)
        } throws: { error in
            let message = "\(error)"
            return message.contains(expected) && !message.contains("secret")
        }
    }
}

/// Against the test server (`make test` starts it with TLS on): `sslmode=require` really
/// encrypts, a certificate nobody vouched for is refused under `verify-full`, and a server
/// that cannot be reached is a clear error at once rather than after the pool gives up.
@Suite(.serialized) struct PostgresTLSTests {
    static func url(_ query: [URLQueryItem]) throws -> String {
        let admin = try #require(
            ProcessInfo.processInfo.environment["STARLING_TEST_POSTGRES_URL"],
            "set STARLING_TEST_POSTGRES_URL (make test starts a server on loopback)")
        var components = try #require(URLComponents(string: admin))
        components.queryItems = query
        return try #require(components.string)
    }

    @Test func requireEncryptsOrFailsClearly() async throws {
        let plain = try await PostgresDatabase.open(url: try Self.url([.init(name: "sslmode", value: "disable")]))
        let serverHasTLS = try await plain.query("SHOW ssl", []).first?.first == .text("on")
        try await plain.close()
        let required = try Self.url([.init(name: "sslmode", value: "require")])
        if serverHasTLS {
            let database = try await PostgresDatabase.open(url: required)
            let rows = try await database.query("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", [])
            try await database.close()
            #expect(rows.first?.first == .integer(1))
            // The test server's certificate is self-signed: full verification must refuse it.
            await #expect(throws: StoreError.self) {
                try await PostgresDatabase.open(url: try Self.url([.init(name: "sslmode", value: "verify-full")]))
            }
        } else {
            await #expect(throws: StoreError.self) { try await PostgresDatabase.open(url: required) }
        }
    }

    @Test func anUnreachableServerIsAClearErrorAtOnce() async throws {
        // The pool on its own retries for a minute, then says only that its circuit breaker
        // tripped; the first connection reports the cause.
        await #expect {
            try await PostgresDatabase.open(url: "postgres://starling:starling@127.0.0.1:1/postgres")
        } throws: { error in
            let message = "\(error)"
            return message.contains("cannot connect") && !message.contains("CircuitBreaker") && !message.contains("starling:starling")
        }
    }
}
