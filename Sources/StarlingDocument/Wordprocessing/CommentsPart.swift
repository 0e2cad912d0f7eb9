import StarlingNative

/// Reads the comments part: each comment's author, date and text (accepted view), at most
/// `limit` comments (the rest are counted in a warning, not read).
enum CommentsPart {
    static func read(_ reader: XMLStreamReader, limit: Int) throws -> (comments: [Comment], warnings: [String]) {
        var comments: [Comment] = []
        var leftOut = 0
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
                case "comment" where comments.count >= limit:
                    leftOut += 1
                case "comment":
                    var comment = Comment(id: reader.attribute("id", namespace: name.namespace) ?? "")
                    comment.author = reader.attribute("author", namespace: name.namespace)
                    comment.initials = reader.attribute("initials", namespace: name.namespace)
                    comment.date = reader.attribute("date", namespace: name.namespace)
                    current = comment
                case "p":
                    // Tested in place: binding the text first would copy it on every paragraph.
                    if current?.text.isEmpty == false { current?.text += "\n" }
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
        let warnings = leftOut > 0 ? ["the comments part holds \(comments.count + leftOut) comments; read the first \(limit)"] : []
        return (comments, warnings)
    }
}
