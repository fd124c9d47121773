import Testing

@testable import CorroborateCore

/// Quotation marks of every style, unbalanced and wrong-way marks, split quotes and headings.
@Suite struct QuoteMarkTests {
    @Test(arguments: [
        "“The harbour stays closed until Friday,” said Ines Duarte.",
        "\"The harbour stays closed until Friday,\" said Ines Duarte.",
        "«The harbour stays closed until Friday», said Ines Duarte.",
        "''The harbour stays closed until Friday,'' said Ines Duarte.",
        "``The harbour stays closed until Friday,'' said Ines Duarte.",
    ])
    func everyDoubleQuoteStyleMakesADirectQuote(text: String) throws {
        let q = try #require(extractQuotes(text).with("harbour stays closed"))
        #expect(q.kind == .direct)
        #expect(q.speakerEntity == "Ines Duarte")
        #expect(!q.text.contains("\"") && !q.text.contains("'") && !q.text.contains("“"))
    }

    @Test func singleQuotesInAHeadlineAreQuotationMarks() throws {
        let found = extractQuotes("Duarte: ‘The Harbour Will Not Reopen This Year’\n\nThe port authority met on Monday. “It’s a hard call,” Ines Duarte said.")
        let q = try #require(found.with("The Harbour Will Not Reopen"))
        #expect(q.speaker == "Duarte")
    }

    @Test func apostrophesNeverOpenAQuote() {
        let found = extractQuotes("The port’s cranes date from the ’80s, and the workers’ union wants new ones.")
        #expect(found.allSatisfy { $0.kind != .direct })
    }

    @Test func aQuoteOpenedTheWrongWayStillPairs() throws {
        let found = extractQuotes("”We will not move the ships,” the harbour master said.")
        let q = try #require(found.with("We will not move the ships"))
        #expect(q.speaker == "the harbour master")
    }

    @Test func anUnclosedQuoteRunsToTheEndOfItsParagraph() throws {
        let found = extractQuotes("Tomas Hale said: “The pumps arrived late and the water kept rising.\n\nThe council met again on Monday.")
        let q = try #require(found.with("pumps arrived late"))
        #expect(q.kind == .direct)
        #expect(q.speakerEntity == "Tomas Hale")
        #expect(!q.text.contains("council"))
    }

    @Test func aQuoteSplitByItsCueIsOneUtterance() throws {
        let found = extractQuotes("“We asked for pumps on Sunday,” Tomas Hale said, “and they came on Wednesday.”")
        let first = try #require(found.with("We asked for pumps"))
        let second = try #require(found.with("they came on Wednesday"))
        #expect(first.utterance != nil)
        #expect(first.utterance == second.utterance)
        #expect(second.speakerEntity == "Tomas Hale")
        #expect(second.cue == "said")
        #expect(second.kind == .direct)
    }

    @Test func aQuoteContinuedInTheNextSentenceJoinsTheUtterance() throws {
        let found = extractQuotes("“The water rose fast,” said Tomas Hale. “Nobody warned the farms upstream.”")
        let second = try #require(found.with("Nobody warned"))
        #expect(second.speakerEntity == "Tomas Hale")
        #expect(second.utterance != nil && second.utterance == found.with("water rose")?.utterance)
    }

    @Test func titlesAndScareQuotesAreNotStatements() {
        let found = extractQuotes("The ferry, known locally as “the Beast”, was renamed “Northern Light” last spring.")
        #expect(found.isEmpty)
    }

    @Test func aShortTitleCaseLineInQuotationMarksIsAHeading() {
        let found = extractQuotes("“The water rose fast,” said Tomas Hale.\n\n‘A Long Night in the Valley’\n\nRescue crews worked until dawn.")
        #expect(found.with("A Long Night") == nil)
    }

    @Test func aCueSeparatedByAQuestionMarkStillNamesTheSpeaker() throws {
        let found = extractQuotes("The council met late. “Who pays for the pumps?” Ines Duarte asked the mayor.")
        let q = try #require(found.with("Who pays"))
        #expect(q.speakerEntity == "Ines Duarte")
    }
}

@Suite struct QuoteHeadingTests {
    @Test func aSingleQuotedLineAmidDoubleQuotesIsAHeading() {
        let text = "“The pumps came late,” said Tomas Hale.\n\n'A long night.'\n\nRescue crews worked until dawn."
        #expect(extractQuotes(text).with("A long night") == nil)
    }

    @Test func aLinkedArticleTitleIsNotAQuote() {
        let text = "MUST READS: \"Harbour toll to double next year,\" by the Ledger's Ana Ruiz: the trust plans new fees."
        #expect(extractQuotes(text).with("Harbour toll to double") == nil)
    }
}
