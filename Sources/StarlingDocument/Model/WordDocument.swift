/// A Word document read into plain values: no pointers, nothing lazy, safe to share.
public struct WordDocument: Codable, Hashable, Sendable {
    /// The file it was read from, as the user named it.
    public var file: String
    /// `transitional` or `strict` OOXML.
    public var conformance: Conformance
    public var main: Story
    public var headers: [Story]
    public var footers: [Story]
    public var notes: [Story]
    public var contentControls: [ContentControl]
    public var formFields: [FormField]
    public var checkBoxes: [CheckBox]
    public var revisions: [Revision]
    public var comments: [Comment]
    public var hyperlinks: [Hyperlink]
    /// Things read but worth knowing (e.g. an unreadable optional part), never silent.
    public var warnings: [String]

    public enum Conformance: String, Codable, Sendable { case transitional, strict }

    public init(file: String, conformance: Conformance, main: Story) {
        self.file = file
        self.conformance = conformance
        self.main = main
        self.headers = []
        self.footers = []
        self.notes = []
        self.contentControls = []
        self.formFields = []
        self.checkBoxes = []
        self.revisions = []
        self.comments = []
        self.hyperlinks = []
        self.warnings = []
    }

    /// Every paragraph of the main story in reading order, descending into tables.
    public var paragraphs: [Paragraph] { main.blocks.flatMap(\.paragraphs) }

    /// The text in reading order: one paragraph per line, table cells separated by tabs.
    public func plainText(view: View = .accepted) -> String {
        let stories = headers + [main] + footers + notes
        return stories.flatMap(\.blocks)
            .map { view == .accepted ? $0.text : $0.originalText }
            .joined(separator: "\n")
    }

    /// Accepted: tracked changes applied. Original: as before they were made.
    public enum View: String, Sendable, CaseIterable { case accepted, original }
}

/// A hyperlink's target. External targets are data: they are never fetched.
public struct Hyperlink: Codable, Hashable, Sendable {
    public var text: String
    public var target: String?
    public var anchor: String?
    public var location: Location
}
