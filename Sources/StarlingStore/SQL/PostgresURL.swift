import Foundation
import PostgresNIO

/// A PostgreSQL store location, `postgres://user[:password]@host[:port]/database`, with the
/// TLS parameters libpq users already know (`?sslmode=…&sslrootcert=…&sslcert=…&sslkey=…`),
/// so a council's shared server can insist on encryption, a verified certificate, and a
/// client certificate.
struct PostgresURL {
    /// libpq's `sslmode` values; `prefer`, libpq's default, is ours too.
    enum TLSMode: String, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca", verifyFull = "verify-full"
    }

    let host: String
    let port: Int
    let user: String
    let password: String?
    let database: String?
    let tlsMode: TLSMode
    /// PEM file of the certificate authorities to trust, instead of the system's.
    let rootCertificate: String?
    /// A client certificate chain and its key (`sslcert`, `sslkey`), for servers that
    /// authenticate by certificate; read when the URL is, so a bad file is named at once.
    let clientIdentity: (chain: [NIOSSLCertificate], key: NIOSSLPrivateKey)?

    /// The URL with its password hidden, for messages.
    let redacted: String

    init(_ url: String) throws {
        var shown = URLComponents(string: url)
        if shown?.password != nil { shown?.password = "***" }
        let redacted = shown?.string ?? "the PostgreSQL URL"
        self.redacted = redacted
        guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme ?? ""),
              let host = components.host, !host.isEmpty
        else { throw StoreError("'\(redacted)' is not a PostgreSQL URL (postgres://user@host/database)") }
        self.host = host
        port = components.port ?? 5432
        user = components.user ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        password = components.password
        let path = String(components.path.drop { $0 == "/" })
        database = path.isEmpty ? nil : path
        var mode = TLSMode.prefer
        var rootCertificate: String?
        var clientFiles: (certificate: String?, key: String?) = (nil, nil)
        func readable(_ item: URLQueryItem) throws -> String {
            guard let value = item.value, FileManager.default.isReadableFile(atPath: value) else {
                throw StoreError("\(redacted): \(item.name) '\(item.value ?? "")' is not a readable file")
            }
            return value
        }
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let value = item.value, let known = TLSMode(rawValue: value) else {
                    throw StoreError("\(redacted): sslmode '\(item.value ?? "")' is not one of \(TLSMode.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                mode = known
            case "sslrootcert": rootCertificate = try readable(item)
            case "sslcert": clientFiles.certificate = try readable(item)
            case "sslkey": clientFiles.key = try readable(item)
            default:
                // A misspelt sslmode must not silently leave the connection unencrypted.
                throw StoreError("\(redacted): unknown parameter '\(item.name)' (Starling reads sslmode, sslrootcert, sslcert and sslkey)")
            }
        }
        switch clientFiles {
        case (nil, nil):
            clientIdentity = nil
        case (let certificate?, let key?):
            do {
                clientIdentity = (try NIOSSLCertificate.fromPEMFile(certificate), try NIOSSLPrivateKey(file: key, format: .pem))
            } catch {
                throw StoreError("\(redacted): cannot read the client certificate '\(certificate)' or its key '\(key)' as PEM (an unencrypted key): \(error)")
            }
        default:
            throw StoreError("\(redacted): sslcert and sslkey go together: name both the client certificate and its key")
        }
        // As libpq does: with a root certificate given, `require` also verifies the chain.
        tlsMode = mode == .require && rootCertificate != nil ? .verifyCA : mode
        self.rootCertificate = rootCertificate
    }

    /// Whether TLS is off, tried, or insisted on, and with what verification.
    enum TLSUse {
        case disable
        case prefer(TLSConfiguration)
        case require(TLSConfiguration)
    }

    var tlsUse: TLSUse {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let rootCertificate { configuration.trustRoots = .file(rootCertificate) }
        if let clientIdentity {
            configuration.certificateChain = clientIdentity.chain.map { .certificate($0) }
            configuration.privateKey = .privateKey(clientIdentity.key)
        }
        switch tlsMode {
        case .disable:
            return .disable
        case .allow, .prefer:
            configuration.certificateVerification = .none
            return .prefer(configuration)
        case .require:
            configuration.certificateVerification = .none
            return .require(configuration)
        case .verifyCA:
            configuration.certificateVerification = .noHostnameVerification
            return .require(configuration)
        case .verifyFull:
            configuration.certificateVerification = .fullVerification
            return .require(configuration)
        }
    }

    /// For postgres-nio's connection pool.
    var clientConfiguration: PostgresClient.Configuration {
        let tls: PostgresClient.Configuration.TLS = switch tlsUse {
        case .disable: .disable
        case .prefer(let configuration): .prefer(configuration)
        case .require(let configuration): .require(configuration)
        }
        return PostgresClient.Configuration(host: host, port: port, username: user, password: password, database: database, tls: tls)
    }

    /// For a single connection (the first, made to fail fast with the server's own error).
    func connectionConfiguration() throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS = switch tlsUse {
        case .disable: .disable
        case .prefer(let configuration): .prefer(try NIOSSLContext(configuration: configuration))
        case .require(let configuration): .require(try NIOSSLContext(configuration: configuration))
        }
        return PostgresConnection.Configuration(host: host, port: port, username: user, password: password, database: database, tls: tls)
    }

    /// A display name without the password: `PostgreSQL starling@db.example`.
    var name: String { "PostgreSQL \(database ?? user)@\(host)" }
}
