/// Decodes a typed record straight from the `RecordValue` tree the mapper built, so the
/// typed structs' `Decodable` conformances stay the one statement of the record's shape
/// without encoding the tree to JSON text and parsing it back for every form.
struct RecordValueDecoder: Decoder {
    let value: RecordValue?
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ value: RecordValue?, codingPath: [any CodingKey] = []) {
        self.value = value
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else { throw Self.mismatch([String: RecordValue].self, value, codingPath) }
        return KeyedDecodingContainer(Keyed<Key>(members: members, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .list(let items) = value else { throw Self.mismatch([RecordValue].self, value, codingPath) }
        return Unkeyed(items: items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(value: value, codingPath: codingPath) }

    private struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let members: [String: RecordValue]
        let codingPath: [any CodingKey]
        var allKeys: [Key] { members.keys.compactMap { Key(stringValue: $0) } }

        func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }
        func decodeNil(forKey key: Key) throws -> Bool { members[key.stringValue] == nil }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            guard let member = members[key.stringValue] else {
                throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no value for \(key.stringValue)"))
            }
            return try RecordValueDecoder.decode(type, from: member, codingPath: codingPath + [key])
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try RecordValueDecoder(members[key.stringValue], codingPath: codingPath + [key]).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try RecordValueDecoder(members[key.stringValue], codingPath: codingPath + [key]).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder { RecordValueDecoder(.object(members), codingPath: codingPath) }
        func superDecoder(forKey key: Key) throws -> any Decoder { RecordValueDecoder(members[key.stringValue], codingPath: codingPath + [key]) }
    }

    private struct Unkeyed: UnkeyedDecodingContainer {
        let items: [RecordValue]
        let codingPath: [any CodingKey]
        var currentIndex = 0
        var count: Int? { items.count }
        var isAtEnd: Bool { currentIndex >= items.count }

        mutating func decodeNil() throws -> Bool { false }  // the tree holds no nulls

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try next { try RecordValueDecoder.decode(type, from: $0, codingPath: $1) }
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try next { try RecordValueDecoder($0, codingPath: $1).container(keyedBy: type) }
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try next { try RecordValueDecoder($0, codingPath: $1).unkeyedContainer() }
        }

        mutating func superDecoder() throws -> any Decoder { try next { RecordValueDecoder($0, codingPath: $1) } }

        private mutating func next<T>(_ body: (RecordValue, [any CodingKey]) throws -> T) throws -> T {
            let path = codingPath + [Index(intValue: currentIndex)]
            guard !isAtEnd else { throw DecodingError.valueNotFound(T.self, .init(codingPath: path, debugDescription: "the list has ended")) }
            let result = try body(items[currentIndex], path)
            currentIndex += 1
            return result
        }
    }

    private struct Single: SingleValueDecodingContainer {
        let value: RecordValue?
        let codingPath: [any CodingKey]

        func decodeNil() -> Bool { value == nil }
        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            guard let value else { throw DecodingError.valueNotFound(type, .init(codingPath: codingPath, debugDescription: "no value")) }
            return try RecordValueDecoder.decode(type, from: value, codingPath: codingPath)
        }
    }

    private struct Index: CodingKey {
        let intValue: Int?
        var stringValue: String { "\(intValue ?? 0)" }
        init(intValue: Int) { self.intValue = intValue }
        init?(stringValue: String) { return nil }
    }

    /// Leaves are matched to the requested type here; anything else decodes itself.
    static func decode<T: Decodable>(_ type: T.Type, from value: RecordValue, codingPath: [any CodingKey]) throws -> T {
        switch value {
        case .text(let text): if let result = text as? T { return result }
        case .integer(let number): if let result = (number as? T) ?? (Double(number) as? T) { return result }
        case .boolean(let flag): if let result = flag as? T { return result }
        case .list, .object: break
        }
        // A leaf of the wrong kind is an error here: decoding it "by itself" would recurse.
        if type == String.self || type == Int.self || type == Bool.self || type == Double.self { throw mismatch(type, value, codingPath) }
        return try T(from: RecordValueDecoder(value, codingPath: codingPath))
    }

    private static func mismatch(_ type: Any.Type, _ value: RecordValue?, _ codingPath: [any CodingKey]) -> DecodingError {
        DecodingError.typeMismatch(type, .init(codingPath: codingPath, debugDescription: "found \(value.map { "\($0)" } ?? "nothing")"))
    }
}
