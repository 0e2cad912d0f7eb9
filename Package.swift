// swift-tools-version: 6.1
// Starling: turns children's social care audit forms (Word and XML) into trustworthy data.
import PackageDescription

let package = Package(
    name: "Starling",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "starling", targets: ["starling"]),
        .library(name: "StarlingDocument", targets: ["StarlingDocument"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
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

        .executableTarget(
            name: "starling",
            dependencies: [
                "StarlingDocument",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Benchmarks (see Benchmarks/README.md); not part of the product.
        .executableTarget(
            name: "starling-bench", dependencies: ["StarlingDocument", "StarlingNative"],
            path: "Benchmarks/Sources/StarlingBench"),

    ],
    swiftLanguageModes: [.v6]
)
