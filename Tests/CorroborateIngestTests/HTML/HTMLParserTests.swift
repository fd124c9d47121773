import Testing

@testable import CorroborateIngest

/// The tokenizer and tree builder on the markup real pages carry.
@Suite struct HTMLParserTests {
    private func parse(_ html: String) -> HTMLDocument { HTMLDocument(utf8: Array(html.utf8)) }

    /// Element names in document order.
    private func names(_ d: HTMLDocument) -> [String] {
        (1..<d.nodes.count).compactMap { d.nodes[$0].isText ? nil : d.name(of: Int32($0)) }
    }

    private func firstElement(_ d: HTMLDocument, _ name: String) -> Int32? {
        (1..<d.nodes.count).first { !d.nodes[$0].isText && d.name(of: Int32($0)) == name }.map(Int32.init)
    }

    @Test func scriptAndStyleHoldRawTextUpToTheirOwnEndTag() {
        let d = parse("<p>a</p><script>if (a < b) { s = '</p><b>'; }</script><style>p > b {}</style><p>b</p>")
        #expect(names(d) == ["p", "script", "style", "p"])
        let script = try! #require(firstElement(d, "script"))
        #expect(String(decoding: d.rawText(of: script), as: UTF8.self) == "if (a < b) { s = '</p><b>'; }")
    }

    @Test func titleAndTextareaDecodeReferencesButNotTags() {
        let d = parse("<title>Fish &amp; <b>chips</b></title><p>x</p>")
        let title = try! #require(firstElement(d, "title"))
        #expect(d.text(of: title) == "Fish & <b>chips</b>")
    }

    @Test func unterminatedTitleEndsAtTheNextTag() {
        let d = parse("<title>Broken headline<p>The story survives.</p>")
        #expect(names(d).contains("p"))
        let p = try! #require(firstElement(d, "p"))
        #expect(d.text(of: p) == "The story survives.")
    }

    @Test func namedAndNumericCharacterReferences() {
        let d = parse("<p>caf&eacute; &copy 2026 &#8217; &#x1F600; &#150; &#0; &bogus; &amp</p>")
        let p = try! #require(firstElement(d, "p"))
        #expect(d.text(of: p) == "café © 2026 \u{2019} \u{1F600} \u{2013} \u{FFFD} &bogus; &")
    }

    @Test func attributesQuotedUnquotedValuelessAndDuplicated() {
        let d = parse(#"<a href=/x/y?a=1&copy=2 class='one' class="two" hidden data-x = "z">t</a>"#)
        let a = try! #require(firstElement(d, "a"))
        #expect(d.attribute("href", of: a) == "/x/y?a=1&copy=2")
        #expect(d.attribute("class", of: a) == "one")
        #expect(d.hasAttribute("hidden", of: a))
        #expect(d.attribute("data-x", of: a) == "z")
    }

    @Test func commentsIncludingAbruptAndUnterminatedOnesAreDropped() {
        let d = parse("<p>a<!-- x --> b<!--> c<!---> d<!-- never closed")
        let p = try! #require(firstElement(d, "p"))
        #expect(d.text(of: p) == "a b c d")
    }

    @Test func cdataIsTextOnlyInForeignContent() {
        let d = parse("<p>a<![CDATA[hidden]]>b</p><svg><text><![CDATA[shown]]></text></svg>")
        let p = try! #require(firstElement(d, "p"))
        #expect(d.text(of: p) == "ab")
        let svg = try! #require(firstElement(d, "svg"))
        #expect(d.text(of: svg) == "shown")
    }

    @Test func paragraphsListItemsAndCellsCloseImplicitly() {
        let d = parse("<p>one<p>two<div>three</div><ul><li>a<li>b</ul><table><tr><td>x<td>y<tr><td>z</table>")
        #expect(names(d) == ["p", "p", "div", "ul", "li", "li", "table", "tr", "td", "td", "tr", "td"])
        // The second paragraph ended at the div: the div is not inside it.
        let div = try! #require(firstElement(d, "div"))
        #expect(d.nodes[Int(div)].parent == 0)
    }

    @Test func inlineEndTagsDoNotCloseBlocks() {
        let d = parse("<div><b>bold<p>para</b> still para</p></div>")
        let p = try! #require(firstElement(d, "p"))
        #expect(d.text(of: p) == "para still para")
    }

    @Test func strayEndTagsAreIgnoredAndBrEndTagIsABreak() {
        let d = parse("</div></span><p>a</br>b</p></p>")
        #expect(names(d).filter { $0 == "br" }.count == 1)
        #expect(names(d).filter { $0 == "p" }.count == 2)
    }

    @Test func tagCutOffByTheEndOfInputIsDropped() {
        let d = parse("<p>text</p><div class=\"unterminated")
        #expect(names(d) == ["p"])
    }

    @Test func lessThanSignsThatOpenNoTagAreText() {
        let d = parse("<p>1 < 2 and 3 <4 and a <= b</p>")
        let p = try! #require(firstElement(d, "p"))
        #expect(d.text(of: p) == "1 < 2 and 3 <4 and a <= b")
    }

    @Test func deepNestingIsCappedSoTheTreeStaysShallow() {
        let html = String(repeating: "<div>", count: 20_000) + "deep"
        let d = parse(html)
        var depth = 0
        var i = Int32(d.nodes.count - 1)
        while i > 0 {
            depth += 1
            i = d.nodes[Int(i)].parent
        }
        #expect(depth <= HTMLTreeBuilder.maximumDepth + 1)
        #expect(d.text(of: 0) == "deep")
    }

    @Test func selfClosingCountsInSvgOnly() {
        let d = parse("<div/>inside div</div><svg><path/><circle/></svg>after")
        let div = try! #require(firstElement(d, "div"))
        #expect(d.text(of: div) == "inside div")
        let svg = try! #require(firstElement(d, "svg"))
        #expect(d.text(of: svg) == "")
    }
}

@Suite struct HTMLTagTests {
    @Test func tagConstantsMatchTheirNames() {
        let pairs: [(HTMLTag, String)] = [
            (.a, "a"), (.p, "p"), (.div, "div"), (.table, "table"), (.td, "td"), (.h1, "h1"), (.h6, "h6"), (.script, "script"),
            (.figcaption, "figcaption"), (.blockquote, "blockquote"), (.xmpCheck, "xmp"),
        ]
        for (tag, name) in pairs { #expect(tag == HTMLTag.named(name), "\(name)") }
    }
}

extension HTMLTag {
    fileprivate static let xmpCheck = HTMLTag.named("xmp")
}
