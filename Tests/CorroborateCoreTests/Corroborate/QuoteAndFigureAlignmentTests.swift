import Testing

@testable import CorroborateCore

/// Quotes across outlets (the same words, edited, rendered differently, given to another
/// speaker), figures that update or refine each other, and how each side is sourced.
@Suite struct QuoteAndFigureAlignmentTests {
    func article(_ id: String, _ outlet: String, _ date: String?, _ text: String) -> Article {
        Article(id: id, source: id, outlet: outlet, published: date.flatMap { CivilDate(iso: $0) }, text: text)
    }

    func story(_ articles: [Article]) throws -> Story {
        try #require(Analyzer().analyze(articles).stories.first { $0.articles.count == articles.count })
    }

    @Test func theSameQuoteInTwoOutletsAgreesWordForWord() throws {
        let a = article("a", "north.example", "2026-05-04", "Mayor Lena Holt visited the flooded Korvo district. “We will rebuild every home that the river took from us,” Ms Holt said.")
        let b = article("b", "south.example", "2026-05-04", "“We will rebuild every home that the river took from us,” Mayor Lena Holt told reporters in the Korvo district.")
        let s = try story([a, b])
        let c = try #require(s.comparisons.first { $0.aspect == .quote && $0.kind == .agreement })
        #expect(c.detail == "exact")
        #expect(c.items.allSatisfy { $0.claimant == "Lena Holt" })
    }

    @Test func aQuotePrintedWithSmallEditsShowsTheEdits() throws {
        let a = article("a", "north.example", "2026-05-04", "“We will rebuild every single home that the river took from our town,” Mayor Lena Holt said in Korvo.")
        let b = article("b", "south.example", "2026-05-04", "“We will rebuild every home that the river took from our town,” Mayor Lena Holt said on a visit to Korvo.")
        let s = try story([a, b])
        let c = try #require(s.comparisons.first { $0.aspect == .quote && $0.kind == .agreement })
        #expect(c.detail == "edited")
        #expect(c.items.last?.edit?.contains("[-single]") == true)
    }

    @Test func theSameWordsGivenToDifferentSpeakersConflict() throws {
        let a = article("a", "north.example", "2026-05-04", "“The river has never risen this fast in living memory,” Mayor Lena Holt said in the Korvo district.")
        let b = article("b", "south.example", "2026-05-04", "“The river has never risen this fast in living memory,” Governor Piet Aalders said in the Korvo district.")
        let s = try story([a, b])
        let c = try #require(s.comparisons.first { $0.aspect == .quote && $0.kind == .conflict })
        #expect(Set(c.items.compactMap(\.claimant)) == ["Lena Holt", "Piet Aalders"])
    }

    @Test func oneStatementRenderedInDifferentWordsIsAVariant() throws {
        let a = article("a", "north.example", "2026-05-04", "In a letter from Korvo, the farmer wrote: “I will defend the dyke of Korvo against the flood until my last breath.”")
        let b = article("b", "south.example", "2026-05-04", "“I shall hold Korvo's dyke against the flood, whatever it costs me,” the farmer wrote in a letter from Korvo.")
        let s = try story([a, b])
        #expect(s.comparisons.contains { $0.aspect == .quote && $0.kind == .variant })
    }

    @Test func aLaterLargerRunningCountIsAnUpdateNotAConflict() throws {
        let a = article("a", "north.example", "2026-05-02", "The Korvo agency said last week that 12 people were killed in the Korvo floods.")
        let b = article("b", "south.example", "2026-05-09", "The Korvo agency said 31 people were killed in the Korvo floods.")
        let s = try story([a, b])
        let c = try #require(s.comparisons.first { $0.aspect == .figure && $0.topic.hasSuffix("killed") })
        #expect(c.kind == .update)
        #expect(c.items.map(\.asOf) == ["2026-W17", "2026-05-09"])
    }

    @Test func theDayOfTheEventCountedIsNotTheDayTheCountHoldsFor() throws {
        let a = article("a", "north.example", "2026-05-04", "The Korvo agency said 12 people were killed when the dam gave way on Sunday.")
        let b = article("b", "south.example", "2026-05-04", "The Korvo agency said 12 people were killed when the Korvo dam gave way.")
        let s = try story([a, b])
        let c = try #require(s.comparisons.first { $0.aspect == .figure })
        #expect(c.items.map(\.asOf) == ["2026-05-04", "2026-05-04"])
    }

    @Test func aLaterSmallerCountStaysAConflict() throws {
        let a = article("a", "north.example", "2026-05-02", "The Korvo agency said 31 people were killed in the Korvo floods.")
        let b = article("b", "south.example", "2026-05-09", "The Korvo agency said 12 people were killed in the Korvo floods.")
        let s = try story([a, b])
        #expect(s.comparisons.contains { $0.aspect == .figure && $0.kind == .conflict })
    }

    @Test func anExactFigureInsideAnotherOutletsHedgeRefinesIt() throws {
        let a = article("a", "north.example", "2026-05-02", "About 3,000 residents were evacuated from Korvo, the Korvo agency said.")
        let b = article("b", "south.example", "2026-05-02", "The Korvo agency said 3,012 residents were evacuated from Korvo.")
        let s = try story([a, b])
        let c = try #require(s.comparisons.first { $0.aspect == .figure && $0.kind == .agreement })
        #expect(c.detail == "refinement")
    }

    @Test func agesOnlyOneOutletGivesAreSingleSource() throws {
        let a = article("a", "north.example", "2026-05-02", "Two Korvo fishermen, aged 31 and 44, were rescued from the Korvo river on Friday.")
        let b = article("b", "south.example", "2026-05-02", "Two fishermen were rescued from the Korvo river on Friday, the Korvo coastguard said.")
        let s = try story([a, b])
        let c = try #require(s.comparisons.first { $0.topic == "ages given" })
        #expect(c.kind == .singleSource)
        #expect(c.items.compactMap(\.value) == ["31", "44"])
    }

    @Test func sourcingSaysNamedOrAnonymousRelayedSocialAndHedged() throws {
        let a = article("a", "north.example", "2026-05-02", "Officials said about 40 homes were destroyed in Korvo. In a post on X, Mayor Lena Holt said 55 homes were destroyed in Korvo, AFP reported.")
        let b = article("b", "south.example", "2026-05-02", "Reportedly 90 homes were destroyed in Korvo.")
        let s = try story([a, b])
        let c = try #require(s.comparisons.first { $0.aspect == .figure && $0.topic.contains("homes") })
        let sourcing = c.items.compactMap(\.sourcing)
        #expect(sourcing.contains { $0.source == .anonymous && $0.hedged })
        #expect(sourcing.contains { $0.source == .unattributed })
    }
}
