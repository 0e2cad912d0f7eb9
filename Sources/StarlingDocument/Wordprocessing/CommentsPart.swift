import StarlingNative

/// Reads the comments part: each comment's author, date and text (accepted view).
enum CommentsPart {
    static func read(_ reader: XMLStreamReader) throws -> [Comment] {
        var comments: [Comment] = []
        var current: Comment?
        var deleted = 0
        var top: XMLName?
        var stack: [XMLName] = []
        while let kind = try reader.read() {
            switch kind {
            case .start:
                let name = reader.name
                stack.append(name)
                top = name
                guard WordNamespace.isWord(name.namespace) else { continue }
                switch name.local {
                case "comment":
                    var comment = Comment(id: reader.attribute("id", namespace: name.namespace) ?? "")
                    comment.author = reader.attribute("author", namespace: name.namespace)
                    comment.initials = reader.attribute("initials", namespace: name.namespace)
                    comment.date = reader.attribute("date", namespace: name.namespace)
                    current = comment
                case "p":
                    if let text = current?.text, !text.isEmpty { current?.text += "\n" }
                case "del", "moveFrom": deleted += 1
                case "tab": if stack.dropLast().last?.local == "r" { current?.text += "\t" }
                case "br", "cr": current?.text += "\n"
                default: break
                }
            case .end:
                let name = reader.name
                stack.removeLast()
                top = stack.last
                guard WordNamespace.isWord(name.namespace) else { continue }
                switch name.local {
                case "comment":
                    if let comment = current { comments.append(comment) }
                    current = nil
                case "del", "moveFrom": deleted -= 1
                default: break
                }
            case .text:
                if deleted == 0, let top, top.local == "t", WordNamespace.isWord(top.namespace) { current?.text += reader.text }
            }
        }
        return comments
    }
}
