import Testing

@testable import CorroborateCore

/// What a figure counts, the event, what is not a count, and who claims a figure — in
/// sentences written for these tests.
@Suite struct FigureContextTests {
    func figures(_ text: String) -> [Figure] {
        let view = TextView(text)
        let entities = EntityExtractor().extract(view)
        let quotes = QuoteExtractor().extract(view, entities: entities)
        return FigureExtractor().extract(view, entities: entities, quotes: quotes)
    }

    func claimant(_ f: Figure, in text: String) -> String? {
        f.claimant.map { String(decoding: Array(text.utf8)[$0.span.start..<$0.span.end], as: UTF8.self) }
    }

    // MARK: - What and event

    @Test(arguments: [
        ("Officials said 400 troops were deployed to the coast.", "troops", "deployed"),
        ("The ministry said 30 civilians were killed in the shelling.", "civilians", "killed"),
        ("Floods destroyed 1,200 homes in the delta.", "homes", "destroyed"),
        ("Police arrested 45 protesters overnight.", "protesters", "arrested"),
        ("About 600 villagers were displaced by the fire.", "villagers", "displaced"),
        ("Kestria sent 900 Varnian soldiers to the border.", "Varnian soldiers", "deployed"),
    ])
    func whatIsCountedAndTheEvent(text: String, what: String, event: String) throws {
        let f = try #require(figures(text).first)
        #expect(f.what == what)
        #expect(f.event == event)
    }

    @Test func coordinatedCountsTakeTheirOwnEvents() {
        let found = figures("The agency said 300 fishermen were killed and 2,700 injured when the storm hit.")
        #expect(found.map(\.value) == [300, 2700])
        #expect(found.map(\.event) == ["killed", "wounded"])
        #expect(found.map(\.what) == ["fishermen", "fishermen"])
    }

    @Test func coordinatedEventsJoin() throws {
        let f = try #require(figures("About 900 sailors have died or been wounded since the blockade began.").first)
        #expect(f.event == "killed-or-wounded")
    }

    @Test func anEventLaterInTheSentence() throws {
        let f = try #require(figures("Some 250 miners, most of them from the valley, were rescued on Friday.").first)
        #expect(f.what == "miners")
        #expect(f.event == "released")
    }

    // MARK: - Not counts

    @Test func agesAreKeptAsAges() {
        let found = figures("The two divers, aged 31 and 44, were flown to hospital.")
        #expect(found.filter { $0.kind == .age }.map(\.value) == [31, 44])
        #expect(found.filter { $0.kind == .age }.allSatisfy { $0.what == "age" && $0.unit == "year of age" })
        let hyphen = figures("A 14-year-old girl raised the alarm.")
        #expect(hyphen.first?.kind == .age && hyphen.first?.value == 14)
    }

    @Test(arguments: [
        "The bridge opened in 2019 and closed on March 3.",
        "The ferry leaves at 3 p.m. every day.",
        "Call the hotline on 555-0142 for details.",
        "For help, ring (020) 7946 0958 on weekdays.",
        "Harlow won the final 3-1 after extra time.",
        "The match ended in a 2-2 draw.",
        "The new iPhone 15 goes on sale in Osterby.",
        "Her office is at 575 Harbour Road.",
        "The storm was upgraded to category 4 overnight.",
        "Sales of the 1990s models were strong.",
        "Readers compared the 2018 budget with the 2024 budget.",
    ])
    func notCounts(text: String) {
        #expect(figures(text).filter { $0.kind != .duration }.isEmpty, "\(figures(text).map(\.value))")
    }

    @Test func aBareOneIsCountedOnlyBeforeANoun() {
        #expect(figures("Only one proposal reached the floor.").map(\.value) == [1])
        #expect(figures("Each one was checked twice.").isEmpty)
        #expect(figures("They helped one another up the slope.").isEmpty)
    }

    // MARK: - Claimants

    @Test func theSpeakerOfTheEnclosingQuoteClaims() throws {
        let text = "“We counted 340 boats in the harbour,” said harbourmaster Ines Varga."
        let f = try #require(figures(text).first)
        #expect(claimant(f, in: text)?.contains("Varga") == true)
    }

    @Test func reportedSpeechAndAccordingToAndEstimates() throws {
        let reported = "The coastguard said 12 trawlers had sunk."
        #expect(claimant(try #require(figures(reported).first), in: reported) == "The coastguard")
        let according = "Some 3,000 residents fled, according to the regional emergency office."
        #expect(claimant(try #require(figures(according).first), in: according) == "the regional emergency office")
        let estimate = "The Harbour Institute estimated 45,000 jobs were at risk."
        #expect(claimant(try #require(figures(estimate).first), in: estimate) == "The Harbour Institute")
        let trailing = "More than 80 flights were cancelled, airport officials said."
        #expect(claimant(try #require(figures(trailing).first), in: trailing) == "airport officials")
    }

    @Test func anUnattributedEstimateKeepsItsHedgeAndNoClaimant() throws {
        let text = "“The river is rising,” Mayor Tomas Brandt said. The dam is estimated to hold 40 million tonnes of water."
        let f = try #require(figures(text).first)
        #expect(f.value == 40e6)
        #expect(f.hedge == "estimated" && f.approximate)
        #expect(f.claimant == nil)
    }

    @Test func aContinuedQuoteKeepsItsSpeaker() throws {
        let text = "“The wall gave way at dawn,” said engineer Hana Loft. “We moved 200 families before noon.”"
        let f = try #require(figures(text).first)
        #expect(claimant(f, in: text)?.contains("Loft") == true)
    }

    @Test func aSpeakerLabelClaimsATranscriptParagraph() throws {
        let text = "HOST: How many crews are out?\n\nMAYOR: We have 14 crews on the river tonight."
        let f = try #require(figures(text).first)
        #expect(claimant(f, in: text) == "MAYOR")
    }

    @Test func aPollThatFoundClaimsItsFigures() throws {
        let text = "A Harbour Ledger poll found that 62 percent of voters back the levy."
        let f = try #require(figures(text).first)
        #expect(claimant(f, in: text) == "A Harbour Ledger poll")
    }
}
