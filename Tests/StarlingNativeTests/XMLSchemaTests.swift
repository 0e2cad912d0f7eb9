import Foundation
import StarlingNative
import Testing

@Suite("XMLSchema: validation while streaming")
struct XMLSchemaTests {
    static let xsd = """
        <?xml version="1.0"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <xs:element name="audit">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="child" maxOccurs="unbounded">
                  <xs:complexType>
                    <xs:sequence>
                      <xs:element name="age" type="xs:integer"/>
                      <xs:element name="name" type="xs:string"/>
                    </xs:sequence>
                  </xs:complexType>
                </xs:element>
              </xs:sequence>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """

    private func validate(_ xml: String) throws -> (issues: [XMLValidationIssue], events: Int) {
        let schema = try XMLSchema(data: Data(Self.xsd.utf8), name: "audit.xsd")
        let reader = try XMLStreamReader(data: Data(xml.utf8), name: "audit.xml")
        try reader.validate(against: schema)
        var count = 0
        while try reader.next() != nil { count += 1 }
        return (reader.validationIssues, count)
    }

    @Test func validDocumentHasNoIssues() throws {
        let result = try validate("<audit><child><age>7</age><name>A</name></child></audit>")
        #expect(result.issues.isEmpty)
        #expect(result.events > 0)
    }

    @Test func everyErrorIsReportedWithItsLine() throws {
        let xml = """
            <audit>
              <child>
                <age>seven</age>
                <name>A</name>
              </child>
              <child>
                <age>8</age>
                <surname>B</surname>
              </child>
            </audit>
            """
        let result = try validate(xml)
        #expect(result.issues.count == 2, "\(result.issues)")
        #expect(result.issues.map(\.line) == [3, 8])
        #expect(result.issues.first?.message.contains("age") == true)
        #expect(result.issues.last?.message.contains("surname") == true)
        #expect(result.issues.first?.description.hasPrefix("line 3: ") == true)
    }

    @Test func schemaIsReusableAcrossDocuments() throws {
        let schema = try XMLSchema(data: Data(Self.xsd.utf8), name: "audit.xsd")
        for (xml, expected) in [("<audit><child><age>1</age><name>x</name></child></audit>", 0), ("<audit/>", 1)] {
            let reader = try XMLStreamReader(data: Data(xml.utf8), name: "doc.xml")
            try reader.validate(against: schema)
            while try reader.next() != nil {}
            #expect(reader.validationIssues.count == expected, "\(xml): \(reader.validationIssues)")
        }
    }

    @Test func invalidSchemaIsAnError() {
        let bad = #"<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="a" type="xs:nosuchtype"/></xs:schema>"#
        let error = xmlError { _ = try XMLSchema(data: Data(bad.utf8), name: "bad.xsd") }
        #expect(error?.kind == .invalidSchema)
        #expect(error?.message.contains("bad.xsd") == true)
    }

    @Test func schemaImportsAreNeverFetched() {
        // A schema must be self-contained: an import from the network cannot resolve.
        let xsd = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:o="urn:other">
              <xs:import namespace="urn:other" schemaLocation="http://127.0.0.1:9/other.xsd"/>
              <xs:element name="a" type="o:T"/>
            </xs:schema>
            """
        let error = xmlError { _ = try XMLSchema(data: Data(xsd.utf8), name: "import.xsd") }
        #expect(error?.kind == .invalidSchema)
    }
}
