import Foundation

/// Recognises what a file is from its first bytes, so that the errors people see name
/// the real problem ("save it as .docx") rather than "not a zip".
enum FileSniffer {
    enum Kind: Equatable { case empty, zip, oleCompound, encryptedOffice, other }

    private static let oleMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    /// "EncryptionInfo" in UTF-16LE, the stream an encrypted OOXML file keeps in its OLE container.
    private static let encryptionInfo: [UInt8] = Array("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })

    static func kind(of data: Data) -> Kind {
        if data.isEmpty { return .empty }
        if data.starts(with: [0x50, 0x4B]) { return .zip }
        if data.starts(with: oleMagic) {
            return data.range(of: Data(encryptionInfo)) != nil ? .encryptedOffice : .oleCompound
        }
        return .other
    }
}
