// swift-tools-version: 6.1
// Starling: turns children's social care audit forms (Word and XML) into trustworthy data.
import Foundation
import PackageDescription

let package = Package(
    name: "Starling",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "starling", targets: ["starling"]),
        .library(name: "StarlingDocument", targets: ["StarlingDocument"]),
        .library(name: "StarlingSchema", targets: ["StarlingSchema"]),
        .library(name: "StarlingForms", targets: ["StarlingForms"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.21.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
    ],
    targets: [
        // C libraries from the system, declared the portable way.
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .systemLibrary(
            name: "CLibZip", pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"]), .brew(["libzip"])]),

        // The only layer that sees C: owns every pointer, turns C errors into Swift errors.
        .target(name: "StarlingNative", dependencies: ["CLibXML2", "CLibZip"]),

        // OPC package and WordprocessingML document model: plain Sendable values.
        .target(name: "StarlingDocument", dependencies: ["StarlingNative"]),

        // The STARLIng standards schema, loaded from Schemas/ at run time.
        .target(name: "StarlingSchema", dependencies: ["Yams"]),

        // Form mapping: document model + schema → typed records with provenance.
        .target(
            name: "StarlingForms",
            dependencies: [
                "StarlingDocument", "StarlingSchema", "StarlingNative",
                .product(name: "Crypto", package: "swift-crypto"),
            ]),

        // Admissibility rules: one rule per file, run over typed records.
        .target(name: "StarlingRules", dependencies: ["StarlingForms", "StarlingSchema", "StarlingDocument", "StarlingNative", "Yams"]),

        // The reading of each file, in supervised worker processes so a trap costs one file.
        .target(name: "StarlingWorkers", dependencies: ["StarlingForms", "StarlingRules", "StarlingDocument"]),

        // The store of migrated forms: SQLite (GRDB) by default, PostgreSQL (postgres-nio) to share.
        .target(
            name: "StarlingStore",
            dependencies: [
                "StarlingForms", "StarlingRules", "StarlingDocument", "StarlingSchema", "StarlingNative", "StarlingWorkers",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]),

        // The monthly QA report, computed from the store.
        .target(name: "StarlingReport", dependencies: ["StarlingStore", "StarlingForms"]),

        .executableTarget(
            name: "starling",
            dependencies: [
                "StarlingDocument", "StarlingSchema", "StarlingForms", "StarlingRules", "StarlingStore", "StarlingReport", "StarlingWorkers",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Test-only: builds .docx fixtures in memory so tests say exactly what they read.
        .target(
            name: "StarlingTestSupport", dependencies: ["StarlingNative", "StarlingSchema", "StarlingForms", "StarlingRules", "StarlingStore"],
            path: "Tests/StarlingTestSupport"),
        // Benchmarks (see Benchmarks/README.md); not part of the product.
        .executableTarget(
            name: "starling-bench", dependencies: ["StarlingDocument", "StarlingNative", "StarlingForms", "StarlingSchema"],
            path: "Benchmarks/Sources/StarlingBench"),

        .testTarget(name: "StarlingNativeTests", dependencies: ["StarlingNative", "StarlingTestSupport"]),
        .testTarget(
            name: "StarlingDocumentTests", dependencies: ["StarlingDocument", "StarlingNative", "StarlingTestSupport"]),
        .testTarget(name: "StarlingSchemaTests", dependencies: ["StarlingSchema", "StarlingTestSupport"]),
        .testTarget(
            name: "StarlingFormsTests",
            dependencies: ["StarlingForms", "StarlingSchema", "StarlingDocument", "StarlingTestSupport"]),
        .testTarget(
            name: "StarlingStoreTests",
            dependencies: ["StarlingStore", "StarlingForms", "StarlingRules", "StarlingSchema", "StarlingNative", "StarlingTestSupport"]),
        .testTarget(
            name: "StarlingRulesTests",
            dependencies: ["StarlingRules", "StarlingForms", "StarlingSchema", "StarlingDocument", "StarlingNative", "StarlingTestSupport"]),
        .testTarget(
            name: "StarlingReportTests",
            dependencies: ["StarlingReport", "StarlingStore", "StarlingForms", "StarlingRules", "StarlingSchema", "StarlingTestSupport"]),
        // The command-line tool itself, run as a process.
        .testTarget(name: "StarlingCLITests", dependencies: ["StarlingStore", "StarlingTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer harnesses (Fuzz/README.md), declared only when `make fuzz` asks for them: they
// have no `main` of their own (libFuzzer's is linked in by -sanitize=fuzzer), so an
// ordinary build must not try to link them.
if ProcessInfo.processInfo.environment["STARLING_FUZZ"] != nil {
    package.targets.append(
        .target(
            name: "FuzzSupport", dependencies: ["StarlingNative", "StarlingSchema"], path: "Fuzz/Sources/FuzzSupport"))
    let harnesses: [(name: String, dependencies: [Target.Dependency])] = [
        ("package", ["StarlingDocument"]),
        ("document", ["StarlingForms"]),
        ("xmlform", ["StarlingForms"]),
        ("schema", ["StarlingSchema"]),
        ("tracker-csv", ["StarlingStore"]),
        ("tracker-xlsx", ["StarlingStore"]),
    ]
    for harness in harnesses {
        package.targets.append(
            .executableTarget(
                name: "fuzz-\(harness.name)", dependencies: ["FuzzSupport"] + harness.dependencies,
                path: "Fuzz/Sources/\(harness.name)"))
    }
}
