import Foundation
import StarlingDocument
import Testing

/// Real Word files from other projects' test suites (see the corpus README): every one must
/// read or fail with a DocumentError, and the text found must agree with pandoc's.
@Suite(
    "Public .docx corpus", .serialized,
    .enabled(if: Repository.publicCorpus != nil, "needs the public corpus: ../shared/corpora/public-docx or $STARLING_CORPUS"))
struct CorpusTests {
    /// Every .docx under the corpus folder, sorted; fails the test when the folder is absent.
    static func corpusFiles() throws -> [URL] {
        let folder = try #require(Repository.publicCorpus, "the public corpus is not on this machine")
        var isDirectory: ObjCBool = false
        try #require(
            FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue,
            "the public corpus is missing: expected a folder at \(folder.path)")
        let enumerator = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
        let files = enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension.lowercased() == "docx" }
            .sorted { $0.path < $1.path }
        try #require(!files.isEmpty, "no .docx files under \(folder.path)")
        return files
    }

    enum Outcome {
        case read(WordDocument)
        case failed(DocumentError)
        case otherError(String)
    }

    static func read(_ url: URL) -> Outcome {
        do {
            return .read(try WordDocumentReader.read(path: url.path))
        } catch let error as DocumentError {
            return .failed(error)
        } catch {
            return .otherError("\(type(of: error)): \(error)")
        }
    }

    @Test(.timeLimit(.minutes(5)))
    func everyFileReadsOrFailsWithADocumentError() throws {
        let files = try Self.corpusFiles()
        var successes = 0
        var failures: [String] = []
        for url in files {
            let started = ContinuousClock.now
            switch Self.read(url) {
            case .read(let document):
                successes += 1
                #expect(document.file == url.path)
            case .failed(let error):
                #expect(error.file == url.path)
                #expect(!error.message.isEmpty)
                failures.append("\(url.lastPathComponent): [\(error.reason.rawValue)] \(error.message)")
            case .otherError(let description):
                Issue.record("\(url.lastPathComponent) threw something other than a DocumentError: \(description)")
            }
            #expect(ContinuousClock.now - started < .seconds(10), "\(url.lastPathComponent) took too long")
        }
        let ratio = Double(successes) / Double(files.count)
        let summary = "\(successes) of \(files.count) read; failed:\n" + failures.joined(separator: "\n")
        print("Corpus: " + summary)
        #expect(ratio >= 0.9, "\(summary)")
    }

    @Test func theEmptyCorpusFileIsReportedAsEmpty() throws {
        // docx2python's corpus holds a 0-byte .docx; it must fail clearly, not as "not a zip".
        let empties = try Self.corpusFiles().filter { ((try? FileManager.default.attributesOfItem(atPath: $0.path)[.size] as? Int) ?? -1) == 0 }
        #expect(!empties.isEmpty, "the corpus README promises an empty file; none found")
        for url in empties {
            guard case .failed(let error) = Self.read(url) else {
                Issue.record("\(url.lastPathComponent) is empty but did not fail")
                continue
            }
            #expect(error.reason == .empty)
        }
    }

    // MARK: pandoc cross-check

    static func pandocPath() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/pandoc" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// pandoc's plain-text rendering, or nil when pandoc cannot read the file.
    static func pandocText(_ pandoc: String, _ url: URL) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pandoc)
        process.arguments = ["-f", "docx", "-t", "plain", "--wrap=none", url.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Lower-cased runs of letters and digits.
    static func words(_ text: String) -> [String] {
        text.lowercased().components(separatedBy: CharacterSet.alphanumerics.inverted).filter { !$0.isEmpty }
    }

    /// Share of pandoc's words (with repeats) that occur in our text.
    static func recall(ours: String, pandoc: String) -> Double? {
        let theirs = words(pandoc)
        guard !theirs.isEmpty else { return nil }
        let mine = Set(words(ours))
        return Double(theirs.filter { mine.contains($0) }.count) / Double(theirs.count)
    }

    @Test func recallIsComputedOnWords() {
        #expect(Self.words("Hello, World! 42x") == ["hello", "world", "42x"])
        #expect(Self.recall(ours: "alpha beta", pandoc: "alpha beta gamma delta") == 0.5)
        #expect(Self.recall(ours: "", pandoc: "---") == nil)
    }

    /// Results gathered from concurrent workers.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [(file: String, recall: Double)] = []
        func append(file: String, recall: Double) {
            lock.lock()
            defer { lock.unlock() }
            storage.append((file, recall))
        }
        var items: [(file: String, recall: Double)] {
            lock.lock()
            defer { lock.unlock() }
            return storage
        }
    }

    @Test(.timeLimit(.minutes(10)))
    func textAgreesWithPandoc() throws {
        let pandoc = try #require(Self.pandocPath(), "pandoc is not on PATH: install it (`make test-deps`, or `apt-get install -y pandoc`); this cross-check needs it")
        let files = try Self.corpusFiles()
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let url = files[index]
            guard case .read(let document) = Self.read(url), let reference = Self.pandocText(pandoc, url),
                  let recall = Self.recall(ours: document.plainText(), pandoc: reference)
            else { return }
            results.append(file: url.lastPathComponent, recall: recall)
        }
        let recalls = results.items
        try #require(recalls.count >= files.count / 2, "only \(recalls.count) of \(files.count) files could be compared with pandoc")
        let sorted = recalls.sorted { $0.recall < $1.recall }
        let median = sorted.count % 2 == 1 ? sorted[sorted.count / 2].recall
            : (sorted[sorted.count / 2 - 1].recall + sorted[sorted.count / 2].recall) / 2
        let worst = sorted.prefix(10).map { "\($0.file): \(String(format: "%.2f", $0.recall))" }.joined(separator: "\n")
        print("pandoc word recall: median \(String(format: "%.3f", median)) over \(sorted.count) files; lowest:\n\(worst)")
        #expect(median >= 0.9, "median word recall \(median) against pandoc; lowest:\n\(worst)")
    }
}
