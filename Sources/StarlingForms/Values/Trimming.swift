extension StringProtocol {
    /// The text without leading and trailing white space (new lines included). Native
    /// Swift rather than Foundation's `trimmingCharacters`, which bridges through NSString
    /// and dominated the mapper's profile.
    var trimmedWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }
}
