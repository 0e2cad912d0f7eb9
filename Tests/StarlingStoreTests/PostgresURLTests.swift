import Foundation
@testable import StarlingStore
import StarlingTestSupport
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
        ("postgres://qa:secret@db/starling?sslcert=/no/such/client.crt&sslkey=/no/such/client.key", "sslcert '/no/such/client.crt' is not a readable file"),
        ("postgres://qa:secret@db/starling?sslcert=\(#filePath)", "sslcert and sslkey go together"),
        ("postgres://qa:secret@db/starling?sslcert=\(#filePath)&sslkey=\(#filePath)", "cannot read the client certificate"),
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

    /// `scripts/postgres-for-tests.sh` makes a role, `starling_cert`, that may log in only
    /// with a client certificate signed by its test authority.
    @Test func aClientCertificateLogsIn() async throws {
        let folder = try #require(ProcessInfo.processInfo.environment["STARLING_TEST_POSTGRES_TLS"],
                                  "set STARLING_TEST_POSTGRES_TLS (make test sets it; scripts/postgres-for-tests.sh makes the files)")
        var components = try #require(URLComponents(string: try Self.url([])))
        components.user = "starling_cert"
        components.password = nil
        components.queryItems = [.init(name: "sslmode", value: "require"),
                                 .init(name: "sslcert", value: folder + "/client.crt"), .init(name: "sslkey", value: folder + "/client.key")]
        let withCertificate = try #require(components.string)
        let database = try await PostgresDatabase.open(url: withCertificate)
        let rows = try await database.query("SELECT current_user", [])
        try await database.close()
        #expect(rows.first?.first == .text("starling_cert"))

        // A role that may not create the store's tables hears the server's reason, not the
        // driver's wrapping of it.
        let location = try await TestStores.newLocation(.postgres, in: FileManager.default.temporaryDirectory)
        let admin = try await PostgresDatabase.open(url: location)
        try await admin.execute([SQLStatement("REVOKE CREATE ON SCHEMA public FROM PUBLIC")])
        try await admin.close()
        var store = try #require(URLComponents(string: location))
        (store.user, store.password, store.queryItems) = ("starling_cert", nil, components.queryItems)
        await #expect {
            try await RecordStore.open(try #require(store.string))
        } throws: { error in
            "\(error)".contains("permission denied for schema public") && !"\(error)".contains("TransactionError")
        }

        components.queryItems = [.init(name: "sslmode", value: "require")]
        await #expect {
            try await PostgresDatabase.open(url: try #require(components.string))
        } throws: { error in
            "\(error)".contains("certificate")
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
