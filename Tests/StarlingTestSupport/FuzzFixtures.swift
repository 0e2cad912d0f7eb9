import Foundation

/// Inputs that once crashed, hung or blew up a reader, kept in `Tests/Fixtures/fuzz/HARNESS/`
/// (one folder per harness in `Fuzz/`, each file as that harness was given it), so that
/// what a fuzzer found is checked by every `make test` from then on.
public enum FuzzFixtures {
    public static func files(_ harness: String) -> [URL] {
        let folder = RepositoryRoot.url.appendingPathComponent("Tests/Fixtures/fuzz/\(harness)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map { folder.appendingPathComponent($0) }
    }
}
