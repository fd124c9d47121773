import Testing

@testable import CorroborateIngest

/// Inputs built to break parsers: each must be read to the end without a crash, in time and
/// memory proportional to its size. The large versions run in `corroborate bench html --hostile`.
@Suite struct HostileHTMLTests {
    private static func repeated(_ unit: String, _ count: Int, prefix: String = "", suffix: String = "") -> [UInt8] {
        Array((prefix + String(repeating: unit, count: count) + suffix).utf8)
    }

    private static let cases: [(String, [UInt8])] = {
        var random: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt8 {
            random ^= random << 13
            random ^= random >> 7
            random ^= random << 17
            return UInt8(truncatingIfNeeded: random)
        }
        let alphabet = Array("<>/=\"'&#;!-[]abcdiv p script style \n\u{0}".utf8)
        let noise = (0..<200_000).map { _ in next() % 4 == 0 ? next() : alphabet[Int(next()) % alphabet.count] }
        let invalid = (0..<100_000).map { i in i % 7 == 0 ? UInt8(ascii: "<") : 0x80 | next() }
        return [
            ("deep nesting", repeated("<div>", 100_000, suffix: "deep")),
            ("deep inline nesting", repeated("<b><i>", 50_000, suffix: "text")),
            ("nested tables", repeated("<table><tr><td>", 20_000)),
            ("unterminated comment", repeated("x ", 50_000, prefix: "<p>a</p><!--")),
            ("unterminated attribute", repeated("y ", 50_000, prefix: "<p>a</p><div class=\"")),
            ("unterminated script", repeated("if (a < b) ", 20_000, prefix: "<script>")),
            ("attribute flood", repeated(" a=1", 100_000, prefix: "<div", suffix: ">x</div>")),
            ("reference flood", repeated("&amp;&#99999999999;&#x;&bogus;&", 20_000)),
            ("stray end tags", repeated("</p></div></table>", 50_000)),
            ("NUL bytes", Array("<p>a\u{0}b</p>\u{0}<\u{0}div>".utf8) + [0, 0, 0]),
            ("invalid bytes", invalid),
            ("markup noise", noise),
            ("empty", []),
            ("lone angle brackets", repeated("<", 10_000) + repeated("</", 10_000) + repeated("<!", 10_000)),
        ]
    }()

    @Test(arguments: cases.map(\.0))
    func hostileInputIsReadWithoutFailing(_ name: String) throws {
        let bytes = try #require(Self.cases.first { $0.0 == name }?.1)
        let page = HTMLReader().read(bytes)
        // Whatever it holds, the text is valid and no longer than the input allows.
        #expect(page.text.utf8.count <= bytes.count * 3 + 16)
        let document = HTMLDocument(utf8: HTMLEncoding.decode(bytes).utf8)
        #expect(document.nodes.count <= bytes.count + 1)
    }

    @Test func everyTruncationOfAPageParses() {
        let page = Array(#"<html><head><title>T &amp; t</title><script>var s="</p>";</script></head><body><p class=x id='y'><span hidden>secret</span>One &copy 2026<br/>two</p><!-- c --><![CDATA[d]]><table><tr><td>e</table></body></html>"#.utf8)
        var longest = 0
        for n in 0...page.count {
            let text = HTMLReader().read(Array(page.prefix(n))).text
            #expect(text.utf8.count <= n)
            longest = max(longest, text.utf8.count)
        }
        #expect(HTMLReader().read(page).text.contains("One © 2026"))
        #expect(longest > 0)
    }
}
