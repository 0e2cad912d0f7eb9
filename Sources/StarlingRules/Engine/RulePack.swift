import Foundation
import StarlingSchema
import Yams

/// The rule pack's data, loaded from `Schemas/rules/pack.yaml`: which rules are on, severity
/// overrides, and the word lists the statement classifier uses. A council tunes these by
/// editing the file, with no rebuild.
public struct RulePack: Sendable {
    public var version: String
    public var disabled: Set<String>
    public var severities: [String: Severity]
    public var words: WordLists { didSet { wordIndex = WordIndexMemo() } }
    /// The word lists indexed for the classifier, built once per pack rather than once per
    /// record; replaced whenever `words` changes.
    private(set) var wordIndex = WordIndexMemo()
    /// Display names for vocabulary and area keys, from the schema.
    public var labels: [String: String] = [:]
    /// Required field keys of each form kind, and each field's label on the form, from the schema.
    public var requiredFields: [String: [String]] = [:]
    public var fieldLabels: [String: String] = [:]
    /// Areas of practice rated only for some legal statuses (`permanence`: looked after, care
    /// leavers), from the schema's `expected_for`.
    public var areasExpectedFor: [String: [String]] = [:]

    /// "requires_improvement" → "Requires Improvement"; unknown keys read as words.
    public func label(_ key: String) -> String { labels[key] ?? key.replacingOccurrences(of: "_", with: " ") }

    public struct WordLists: Sendable, Codable {
        /// Words and phrases that refer to the child (names are added per record).
        public var child: [String]
        /// Phrases about what changed for the child or their lived experience.
        public var lived: [String]
        /// Process words: meetings held, visits done, forms completed.
        public var process: [String]
        /// Advice and recommendations: should, needs to, recommend, …
        public var advice: [String]
        /// Outcome words in an action: so that, in order to, the child will …
        public var outcome: [String]
    }

    public func severity(of rule: RuleDescription) -> Severity { severities[rule.id] ?? rule.severity }
    public func isEnabled(_ id: String) -> Bool { !disabled.contains(id) }

    private struct File: Decodable {
        var version: String
        var rules: [String: RuleSetting]?
        var words: WordLists
    }

    private struct RuleSetting: Decodable {
        var enabled: Bool?
        var severity: Severity?
    }

    public static func load(from url: URL) throws -> RulePack {
        let text = try String(contentsOf: url, encoding: .utf8)
        if let line = YAMLDepth.lineTooDeep(in: text) {
            throw RulePackError(file: "\(url.path):\(line)", message: "nests more than \(YAMLDepth.limit) levels deep; no rule pack needs that many")
        }
        do {
            let file = try YAMLDecoder().decode(File.self, from: text)
            var pack = RulePack(version: file.version, disabled: [], severities: [:], words: file.words)
            // A rule the pack names but Starling does not have is a typo or a rule from another
            // version: switching it off or changing its severity would silently do nothing.
            let known = Set(RuleEngine.rules.map { $0.description.id })
            if let unknown = (file.rules ?? [:]).keys.sorted().first(where: { !known.contains($0) }) {
                let line = text.split(separator: "\n", omittingEmptySubsequences: false)
                    .firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix(unknown + ":") }.map { $0 + 1 }
                throw RulePackError(file: url.path + (line.map { ":\($0)" } ?? ""),
                                    message: "rule '\(unknown)' is not one of Starling's rules (`starling rules` lists them)")
            }
            for (id, setting) in file.rules ?? [:] {
                if setting.enabled == false { pack.disabled.insert(id) }
                if let severity = setting.severity { pack.severities[id] = severity }
            }
            return pack
        } catch let error as RulePackError {
            throw error
        } catch {
            throw RulePackError(file: url.path, message: "\(error)")
        }
    }

    /// `rules/pack.yaml` in the schema folder.
    public static func load(schemaDirectory: URL) throws -> RulePack {
        try load(from: schemaDirectory.appendingPathComponent("rules/pack.yaml"))
    }
}

/// Builds the classifier's index of a pack's word lists on first use, once.
final class WordIndexMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var index: WordListIndex?

    func index(for words: RulePack.WordLists) -> WordListIndex {
        lock.withLock {
            if let index { return index }
            let built = WordListIndex(words)
            index = built
            return built
        }
    }
}

public struct RulePackError: Error, CustomStringConvertible {
    public let file: String
    public let message: String
    public var description: String { "\(file): \(message)" }
}
