import Foundation
import StarlingNative
import Testing

/// DOCTYPEs are refused, so no entity is ever declared, expanded or loaded.
@Suite("XMLStreamReader: security")
struct XMLSecurityTests {
    private static let secretMarker = "STARLING-SECRET-\(UUID().uuidString)"

    /// A local file an external entity could point at; its contents must never surface.
    private func secretFile() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("secret-\(UUID().uuidString).txt")
        try Data(Self.secretMarker.utf8).write(to: url)
        return url
    }

    @Test func doctypeIsAnError() {
        let error = xmlError { _ = try events(#"<?xml version="1.0"?><!DOCTYPE a><a/>"#) }
        #expect(error?.kind == .doctypeForbidden)
        #expect(error?.message.contains("test.xml") == true)
    }

    @Test func lowerCaseDoctypeKeywordIsAlsoRefused() {
        // Not well-formed XML anyway; the prolog scan ignores case and refuses it as a DOCTYPE.
        let error = xmlError { _ = try events("<!doctype a><a/>") }
        #expect(error?.kind == .doctypeForbidden)
    }

    @Test func externalEntityIsNeverLoaded() throws {
        let secret = try secretFile()
        defer { try? FileManager.default.removeItem(at: secret) }
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE a [<!ENTITY x SYSTEM "\(secret.absoluteString)">]>
            <a>&x;</a>
            """
        var read: [XMLEvent] = []
        let error = xmlError { read = try events(xml) }
        #expect(error?.kind == .doctypeForbidden)
        #expect(!text(of: read).contains(Self.secretMarker))
    }

    @Test func etcPasswdEntityIsRefused() {
        let xml = #"<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>"#
        var read: [XMLEvent] = []
        let error = xmlError { read = try events(xml) }
        #expect(error?.kind == .doctypeForbidden)
        #expect(!text(of: read).contains("root:"))
    }

    @Test func doctypeAfterCommentsAndProcessingInstructionsIsRefused() {
        let xml = #"<?xml version="1.0"?><!-- note --><?pi data?><!DOCTYPE a [<!ENTITY e "boom">]><a>&e;</a>"#
        let error = xmlError { _ = try events(xml) }
        #expect(error?.kind == .doctypeForbidden)
    }

    @Test func doctypeHiddenAfterACommentContainingAnAngleBracketIsStillRefused() throws {
        // The cheap prolog scan stops at "<b" inside the comment; libxml2's DOCTYPE node
        // must still be refused, and the external entity never loaded.
        let secret = try secretFile()
        defer { try? FileManager.default.removeItem(at: secret) }
        let xml = """
            <?xml version="1.0"?><!-- a<b --><!DOCTYPE a [<!ENTITY x SYSTEM "\(secret.absoluteString)">]><a>&x;</a>
            """
        var read: [XMLEvent] = []
        let error = xmlError { read = try events(xml) }
        #expect(error?.kind == .doctypeForbidden)
        #expect(!text(of: read).contains(Self.secretMarker))
    }

    @Test func utf16DoctypeIsRefused() {
        let xml = "\u{FEFF}<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE a [<!ENTITY e \"boom\">]><a>&e;</a>"
        var data = Data()
        for unit in xml.utf16 { data.append(UInt8(unit & 0xFF)); data.append(UInt8(unit >> 8)) }
        var read: [XMLEvent] = []
        let error = xmlError { read = try events(data) }
        #expect(error?.kind == .doctypeForbidden)
        #expect(!text(of: read).contains("boom"))
    }

    private static let billionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
         <!ENTITY lol "lol">
         <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
         <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
         <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
         <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
         <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
         <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
         <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
         <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
         <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <lolz>&lol9;</lolz>
        """

    @Test func billionLaughsIsRefusedWithoutExpanding() {
        let started = ContinuousClock.now
        var read: [XMLEvent] = []
        let error = xmlError { read = try events(Self.billionLaughs) }
        #expect(error?.kind == .doctypeForbidden)
        #expect(text(of: read).count < 1000)
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    /// Documents a weakness of `prologDeclaresDoctype`: it takes the "<x" inside the comment
    /// for the root element, so libxml2 parses the DTD itself (and here stops at its own
    /// entity-loop check, reporting "malformed" rather than "DOCTYPE forbidden").
    @Test func billionLaughsBehindACommentIsRefusedToo() {
        let xml = Self.billionLaughs.replacingOccurrences(of: "<?xml version=\"1.0\"?>", with: "<?xml version=\"1.0\"?><!-- <x> -->")
        let started = ContinuousClock.now
        var read: [XMLEvent] = []
        let error = xmlError { read = try events(xml) }
        #expect(error?.kind == .doctypeForbidden, "\(String(describing: error))")
        #expect(text(of: read).count < 1000)
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    @Test func undeclaredEntityReferenceIsMalformedNotExpanded() {
        let error = xmlError { _ = try events("<a>&x;</a>") }
        #expect(error?.kind == .malformed)
    }

    @Test func schemaWithDoctypeIsRefused() {
        let xsd = #"<?xml version="1.0"?><!DOCTYPE xs:schema SYSTEM "file:///etc/passwd"><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>"#
        let error = xmlError { _ = try XMLSchema(data: Data(xsd.utf8), name: "evil.xsd") }
        #expect(error?.kind == .invalidSchema)
    }
}
