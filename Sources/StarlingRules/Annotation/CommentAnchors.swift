import StarlingDocument

/// Finds, in a WordprocessingML part, the paragraphs that findings point at, counting
/// blocks, rows, cells and paragraphs exactly as the document model does, and splices in
/// comment range marks. A byte-level tag scanner rather than a DOM: the part was already
/// parsed (and checked) by libxml2, and the rest of it must come out byte for byte.
struct CommentAnchors {
    /// Where one paragraph's comment marks go.
    struct Anchor {
        var start: Int          // after `<w:p …>` and its `w:pPr`
        var end: Int            // before `</w:p>`
        var selfClosing: Range<Int>?
    }

    let bytes: [UInt8]
    let prefix: String   // of the WordprocessingML namespace in this part ("w", or "" when default)

    /// Anchors by key: `b3|r1.c2|p0` for an exact paragraph, `b3|first` for a block's first
    /// paragraph, `first` for the story's first paragraph.
    func scan() -> [String: Anchor] {
        var anchors: [String: Anchor] = [:]
        var containers: [Container] = []
        var block = -1
        var openParagraphs: [(key: [String], depth: Int, anchor: Anchor)] = []
        var depth = 0
        var i = 0
        let n = bytes.count
        while i < n {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            let tagStart = i
            if starts("<!--", at: i) { i = skip(past: "-->", from: i + 4); continue }
            if starts("<![CDATA[", at: i) { i = skip(past: "]]>", from: i + 9); continue }
            if starts("<?", at: i) || starts("<!", at: i) { i = skip(past: ">", from: i + 2); continue }
            let closing = i + 1 < n && bytes[i + 1] == UInt8(ascii: "/")
            let nameStart = closing ? i + 2 : i + 1
            var j = nameStart
            while j < n, !Self.isNameEnd(bytes[j]) { j += 1 }
            let name = String(decoding: bytes[nameStart..<j], as: UTF8.self)
            // The tag's end, honouring quoted attribute values.
            var quote: UInt8 = 0
            while j < n {
                let byte = bytes[j]
                if quote != 0 { if byte == quote { quote = 0 } } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { quote = byte } else if byte == UInt8(ascii: ">") { break }
                j += 1
            }
            let tagEnd = min(j + 1, n)
            let selfClosing = !closing && j > 0 && bytes[j - 1] == UInt8(ascii: "/")
            i = tagEnd
            guard let local = localName(name) else {
                if !closing && !selfClosing { depth += 1 } else if closing { depth -= 1 }
                continue
            }
            if closing {
                depth -= 1
                switch local {
                case "p":
                    if let open = openParagraphs.last, open.depth == depth {
                        openParagraphs.removeLast()
                        var anchor = open.anchor
                        anchor.end = tagStart
                        for key in open.key where anchors[key] == nil { anchors[key] = anchor }
                    }
                case "pPr":
                    if var open = openParagraphs.last, open.depth == depth - 1 {
                        open.anchor.start = tagEnd
                        openParagraphs[openParagraphs.count - 1] = open
                    }
                case "tbl", "tc", "txbxContent":
                    if case .some = containers.last { containers.removeLast() }
                default: break
                }
                continue
            }
            switch local {
            case "p":
                var keys: [String] = []
                switch containers.last {
                case nil:
                    block += 1
                    keys = ["b\(block)||", "b\(block)|first", "first"]
                case .table?:
                    break
                case .cell(let path, var paragraph)?:
                    paragraph += 1
                    containers[containers.count - 1] = .cell(path: path, paragraph: paragraph)
                    let cells = path.steps.map { "r\($0.row).c\($0.cell)" }.joined(separator: "/")
                    keys = ["b\(path.block)|\(cells)|p\(paragraph)", "b\(path.block)|\(cells)|"]
                    if paragraph == 0 { keys.append("b\(path.block)|first") }
                case .textBox?:
                    break
                }
                if selfClosing {
                    let anchor = Anchor(start: tagEnd, end: tagEnd, selfClosing: tagStart..<tagEnd)
                    for key in keys where anchors[key] == nil { anchors[key] = anchor }
                } else {
                    openParagraphs.append((keys, depth, Anchor(start: tagEnd, end: tagEnd, selfClosing: nil)))
                }
            case "tbl":
                if selfClosing { break }
                switch containers.last {
                case nil:
                    block += 1
                    containers.append(.table(TablePath(block: block, steps: []), row: -1, cell: -1))
                case .cell(let path, _)?:
                    containers.append(.table(path, row: -1, cell: -1))
                default:
                    containers.append(.textBox)  // a table in a text box: not counted
                }
            case "tr":
                if case .table(let path, let row, _)? = containers.last { containers[containers.count - 1] = .table(path, row: row + 1, cell: -1) }
            case "tc":
                if selfClosing { break }
                if case .table(let path, let row, let cell)? = containers.last {
                    containers[containers.count - 1] = .table(path, row: row, cell: cell + 1)
                    var inner = path
                    inner.steps.append(Location.CellStep(row: max(row, 0), cell: cell + 1))
                    containers.append(.cell(path: inner, paragraph: -1))
                } else {
                    containers.append(.textBox)
                }
            case "txbxContent":
                if !selfClosing { containers.append(.textBox) }
            default: break
            }
            if !selfClosing { depth += 1 }
        }
        return anchors
    }

    private struct TablePath {
        var block: Int
        var steps: [Location.CellStep]
    }

    private enum Container {
        case table(TablePath, row: Int, cell: Int)
        case cell(path: TablePath, paragraph: Int)
        case textBox
    }

    /// The keys to try for a location, most precise first.
    static func keys(for location: Location?) -> [String] {
        guard let location else { return ["first"] }
        let cells = location.cells.map { "r\($0.row).c\($0.cell)" }.joined(separator: "/")
        var keys: [String] = []
        if let paragraph = location.paragraph { keys.append("b\(location.block)|\(cells)|p\(paragraph)") }
        keys.append("b\(location.block)|\(cells)|")
        keys.append("b\(location.block)|first")
        keys.append("first")
        return keys
    }

    private func localName(_ qualified: String) -> String? {
        if let colon = qualified.firstIndex(of: ":") {
            guard qualified[..<colon] == prefix else { return nil }
            return String(qualified[qualified.index(after: colon)...])
        }
        return prefix.isEmpty ? qualified : nil
    }

    private func starts(_ text: String, at index: Int) -> Bool {
        let utf8 = Array(text.utf8)
        guard index + utf8.count <= bytes.count else { return false }
        return bytes[index..<(index + utf8.count)].elementsEqual(utf8)
    }

    private func skip(past text: String, from index: Int) -> Int {
        var i = index
        while i < bytes.count { if starts(text, at: i) { return i + text.utf8.count }; i += 1 }
        return bytes.count
    }

    private static func isNameEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == 9 || byte == 10 || byte == 13
    }
}
