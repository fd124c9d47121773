import Testing

@testable import CorroborateIngest

/// Stored collections find repeated inputs and articles by these digests, so their values
/// must never change from one version to the next.
@Suite struct DigestTests {
    let text = Array("Harbour pilots walked out at dawn — “no ships today,” a spokesman said.".utf8)

    @Test func fnv1aKeepsItsValueForBytesAndForAStringsUTF8() {
        #expect(Digest.fnv1a(text) == "cb5e2f802e4dddf1")
        #expect(Digest.fnv1a(String(decoding: text, as: UTF8.self).utf8) == "cb5e2f802e4dddf1")
        #expect(Digest.fnv1a(text.lazy.map { $0 }) == "cb5e2f802e4dddf1")
    }

    @Test func hex128KeepsItsValueWithAndWithoutSalt() {
        #expect(Digest.hex128(text, salt: "2026-03-01") == "f7332c92d06a035896dad7d05734f864")
        #expect(Digest.hex128(String(decoding: text, as: UTF8.self).utf8, salt: "2026-03-01") == "f7332c92d06a035896dad7d05734f864")
        #expect(Digest.hex128([UInt8]()) == "cbf29ce4842223256c62272e07bb0142")
    }
}

@Suite struct OutletTests {
    @Test func anASCIIHostIsLowercasedWithoutItsWWW() {
        #expect(PlainTextReader.outlet(fromURL: "https://WWW.Harbour-Ledger.example/news/1?x=2") == "harbour-ledger.example")
        #expect(PlainTextReader.outlet(fromURL: "http://news.example:8080/a") == "news.example")
        #expect(PlainTextReader.outlet(fromURL: "https://localhost/a") == nil)
        #expect(PlainTextReader.outlet(fromURL: "news.example/a") == nil)
    }

    @Test func aUnicodeHostIsLowercasedAsUnicode() {
        #expect(PlainTextReader.outlet(fromURL: "https://www.ÉCHO.example/a") == "écho.example")
    }
}
