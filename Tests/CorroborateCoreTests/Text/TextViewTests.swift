import Testing

@testable import CorroborateCore

@Suite struct NormalizedTextTests {
    @Test func curlyQuotesAndDashesFoldToASCIIWithOriginalOffsets() {
        let text = "“Yes” – she said\u{00A0}it’s fine"
        let folded = NormalizedText(text)
        #expect(String(decoding: folded.bytes, as: UTF8.self) == "\"Yes\" - she said it's fine")
        // The folded closing quote maps back to the three-byte ” in the original.
        let span = folded.originalRange(4, 5)
        let original = Array(text.utf8)
        #expect(String(decoding: original[span.start..<span.end], as: UTF8.self) == "”")
        #expect(folded.marks.map(\.kind) == [.openingQuote, .closingQuote, .dash, .closingQuote])
    }

    @Test func invisibleCharactersDisappearButOffsetsStillMapBack() {
        let text = "soft\u{00AD}ware\r\nnext"
        let folded = NormalizedText(text)
        #expect(String(decoding: folded.bytes, as: UTF8.self) == "software\nnext")
        #expect(folded.originalRange(0, folded.bytes.count) == Span(0, text.utf8.count))
    }
}

@Suite struct TokenizerTests {
    func words(_ text: String) -> [String] {
        let view = TextView(text)
        return view.tokens.indices.map { view.text(token: $0) }
    }

    @Test func possessiveSplitsButHyphensAndContractionsStay() {
        #expect(words("Russia’s Kim Jong-un didn’t go") == ["Russia", "'s", "Kim", "Jong-un", "didn't", "go"])
    }

    @Test func numbersKeepSeparatorsAndSuffixes() {
        #expect(words("18,500 troops, 2.5 million, 20th, 3bn, 01/09/2025 at 10:30")
            == ["18,500", "troops", ",", "2.5", "million", ",", "20th", ",", "3bn", ",", "01/09/2025", "at", "10:30"])
        #expect(words("1,2,3") == ["1", ",", "2", ",", "3"])
    }

    @Test func initialismsKeepTheirDots() {
        #expect(words("the U.S. and e.g. this") == ["the", "U.S.", "and", "e.g.", "this"])
    }

    @Test func quotesCarryPrintedDirection() {
        let view = TextView("”alleging it” and \"plain\"")
        #expect(view.tokens[0].kind == .quote)
        #expect(view.tokens[0].flags.contains(.closing))
        #expect(!view.tokens[3].flags.contains(.opening) && view.tokens[3].flags.contains(.closing))
        #expect(view.tokens[5].kind == .quote && !view.tokens[5].flags.contains(.opening))
    }

    @Test func spacedHyphenIsADash() {
        let view = TextView("Kim - who led - and Kim–Putin")
        #expect(view.tokens[1].kind == .dash)
        #expect(view.text(token: 6) == "Kim")
        #expect(view.tokens[7].kind == .dash)
    }

    @Test func lexiconClassesAreSetOnWords() {
        let view = TextView("President Smith said on Sunday")
        #expect(view.tokens[0].classes.contains(.title))
        #expect(view.tokens[2].classes.contains(.reportingVerb))
        #expect(view.tokens[4].classes.contains(.weekday))
    }
}

@Suite struct SegmenterTests {
    func sentences(_ text: String) -> [String] {
        let view = TextView(text)
        return view.sentences.map { view.text(tokens: $0.tokens) }
    }

    @Test func abbreviationsAndInitialsDoNotEndSentences() {
        #expect(sentences("Mr. Park met Dr. Cho on Jan. 9 in the U.S. capital. They spoke.")
            == ["Mr. Park met Dr. Cho on Jan. 9 in the U.S. capital.", "They spoke."])
    }

    @Test func initialismAtSentenceEndBeforeASentenceStarter() {
        #expect(sentences("He flew to the U.S. The talks began.") == ["He flew to the U.S.", "The talks began."])
    }

    @Test func closingQuoteStaysWithItsSentence() {
        #expect(sentences("She said: “We are ready.” Then she left.")
            == ["She said: \"We are ready.\"", "Then she left."])
        #expect(sentences("“We are ready,” she said.") == ["\"We are ready,\" she said."])
    }

    @Test func eachLineIsAParagraphUnlessTheTextIsHardWrapped() {
        let lines = TextView("First line.\nSecond line\nThird.")
        #expect(lines.paragraphs.count == 3)
        let wrapped = TextView("""
            A long paragraph that was
            wrapped at a fixed width and
            goes on over several lines
            until it ends here.

            Another paragraph that was
            also wrapped at a fixed width
            and ends.
            """)
        #expect(wrapped.paragraphs.count == 2)
    }

    @Test func sentencesInsideCaptionsAreMarked() {
        let text = "Body claim.\nA man at a desk. Picture: Agency\nMore body."
        let start = text.utf8.count - "A man at a desk. Picture: Agency\nMore body.".utf8.count
        let view = TextView(text, captions: [Span(start, start + "A man at a desk. Picture: Agency".utf8.count)])
        #expect(view.sentences.map(\.isCaption) == [false, true, true, false])
    }
}

@Suite struct SpacedPossessiveTests {
    @Test func aPossessiveSetApartByASpaceIsStillOnePossessiveToken() {
        // Tokenised corpora (CoNLL, ECB+) print `Norway 's`; it must read as `Norway's` does.
        let spaced = TextView("Norway 's fleet and NORWAY 'S port")
        let glued = TextView("Norway's fleet")
        #expect(spaced.tokens[1].kind == .possessive)
        #expect(spaced.text(token: 1) == "'s")
        #expect(spaced.tokens[5].kind == .possessive)
        #expect(glued.tokens[1].kind == .possessive)
    }

    @Test func aSingleQuoteOpeningAWordIsNotAPossessive() {
        let curly = TextView("He wrote ‘s’ once")
        #expect(curly.tokens[2].kind == .quote)
        let straight = TextView("He said 'sorry' twice")
        #expect(straight.tokens[2].kind == .quote)
    }
}
