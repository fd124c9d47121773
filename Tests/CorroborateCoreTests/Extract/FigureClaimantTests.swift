import Testing

@testable import CorroborateCore

/// Who claims a figure: the attribution that holds it, the source a sentence names, or no one —
/// in sentences written for these tests.
@Suite struct FigureClaimantTests {
    func figures(_ text: String) -> [Figure] {
        let view = TextView(text)
        let entities = EntityExtractor().extract(view)
        let quotes = QuoteExtractor().extract(view, entities: entities)
        return FigureExtractor().extract(view, entities: entities, quotes: quotes)
    }

    /// The claimant's words in `text`, for the figure whose words are `figure`.
    func claimant(of figure: String, in text: String) throws -> String? {
        let f = try #require(figures(text).first { String(decoding: Array(text.utf8)[$0.span.start..<$0.span.end], as: UTF8.self) == figure })
        return f.claimant.map { String(decoding: Array(text.utf8)[$0.span.start..<$0.span.end], as: UTF8.self) }
    }

    // MARK: - The attribution that holds the figure

    @Test func aFigureInsideAQuoteBelongsToItsSpeaker() throws {
        let text = "Harbourmaster Ines Varga said the fleet was safe. “We counted 340 boats in the harbour,” she said."
        #expect(try claimant(of: "340", in: text) == "she")
        let f = try #require(figures(text).first)
        #expect(f.claimant?.resolution == .pronoun)
    }

    @Test(arguments: [
        ("According to the port authority, 18 cranes were damaged.", "18", "the port authority"),
        ("Some 18 cranes were damaged, according to the port authority.", "Some 18", "the port authority"),
        ("The fire destroyed 40 sheds, according to media monitors.", "40", "media monitors"),
    ])
    func accordingToNamesTheSource(text: String, figure: String, source: String) throws {
        #expect(try claimant(of: figure, in: text) == source)
    }

    @Test func anAccordingToSourceHoldsASpeakerInsideItsSentence() throws {
        let text = "According to the harbour office, the mayor said 60 families had left."
        #expect(try claimant(of: "60", in: text) == "the harbour office")
    }

    @Test(arguments: [
        ("The Tallow Institute estimated that 9,000 jobs would go.", "9,000", "The Tallow Institute"),
        ("The ministry projected 4 percent growth for next year.", "4 percent", "The ministry"),
    ])
    func theSubjectOfAnEstimateClaimsIt(text: String, figure: String, source: String) throws {
        #expect(try claimant(of: figure, in: text) == source)
    }

    @Test func nestedAttributionsBelongToTheOutermostSpeaker() throws {
        let text = "Councillor Mara Holt said the water board reported 75 burst mains last winter."
        #expect(try claimant(of: "75", in: text) == "Councillor Mara Holt")
    }

    @Test func aReportThatOthersClaimedStaysWithTheReporter() throws {
        let text = "The Dunmore Gazette ruled that the minister's claim of 500 new beds was false."
        #expect(try claimant(of: "500", in: text) == "The Dunmore Gazette")
    }

    @Test func aClosingCueBeforeASemicolonClaimsItsClause() throws {
        let text = "Turnout must reach 40 percent, pollsters say; last time it did not."
        #expect(try claimant(of: "40 percent", in: text) == "pollsters")
    }

    @Test func aRelativeClauseAfterTheFigureIsNoAttribution() throws {
        let text = "The council survey shows Holt ahead by 13 points in the ward, where both camps claim a lead."
        #expect(try claimant(of: "13", in: text) == "The council survey")
    }

    // MARK: - No claimant

    @Test func anUnattributedEstimateKeepsItsHedgeAndNoClaimant() throws {
        let text = "“We will rebuild,” Mayor Tomas Brandt said on Monday. The bridge is estimated to carry 12,000 cars a day."
        let f = try #require(figures(text).first { $0.value == 12_000 })
        #expect(f.hedge == "estimated")
        #expect(f.approximate)
        #expect(f.claimant == nil)
    }

    @Test func aSentenceAfterAQuotedSpeakerDoesNotBorrowTheSpeaker() throws {
        let text = "“The pumps failed at night,” engineer Hana Loft said. Floodwater reached 90 homes by morning."
        #expect(try claimant(of: "90", in: text) == nil)
    }

    @Test func aFigureInsideTheNextQuoteOfThatSpeakerIsTheirs() throws {
        let text = "“The pumps failed at night,” engineer Hana Loft said. “We lost 90 homes by morning.”"
        #expect(try claimant(of: "90", in: text)?.contains("Loft") == true)
    }

    @Test func speakersCountedByTheFigureAreNotItsClaimant() throws {
        let text = "Two officials said the port would reopen on Friday."
        #expect(try claimant(of: "Two", in: text) == nil)
    }

    @Test func speakersCountedInsideAFindingLeaveItToTheFinding() throws {
        let text = "A Harbour Ledger survey shows 68 percent of traders say the levy is too high."
        #expect(try claimant(of: "68 percent", in: text) == "A Harbour Ledger survey")
    }

    // MARK: - Wishes, plans, stances and owners

    @Test(arguments: [
        ("Researchers hope one day to enrol 300 patients in the trial.", "300", "Researchers"),
        ("The council is seeking $40 million from the state for the levee.", "$40 million", "The council"),
        ("Ferry operators argue that fares rose 12 percent last year.", "12 percent", "Ferry operators"),
    ])
    func theSubjectOfAWishPlanOrStanceClaims(text: String, figure: String, source: String) throws {
        #expect(try claimant(of: figure, in: text) == source)
    }

    @Test func aPassiveNamesNoSource() throws {
        let text = "The mill was promised $9 million in grants to stay open."
        #expect(try claimant(of: "$9 million", in: text) == nil)
    }

    @Test func anAttitudeAfterBeClaimsTheClause() throws {
        let text = "Residents were convinced that 30 houses would flood again."
        #expect(try claimant(of: "30", in: text) == "Residents")
    }

    @Test(arguments: [
        ("Under the governor's plan, tolls would rise to $6 a crossing.", "$6", "the governor"),
        ("The fund raised its growth forecast by 0.2 percentage points.", "0.2 percentage points", "its"),
    ])
    func theOwnerOfAPlanOrForecastClaimsItsFigures(text: String, figure: String, source: String) throws {
        #expect(try claimant(of: figure, in: text) == source)
    }

    @Test func aSumBeforeItsSourcesBelongsToThem() throws {
        let text = "That is a fraction of the $20 million analysts say a statewide race costs."
        #expect(try claimant(of: "$20 million", in: text) == "analysts")
    }

    // MARK: - Polls, documents and introductions

    @Test(arguments: [
        ("Mayor Holt won 54 percent in a Harbour Ledger poll released Sunday.", "54 percent"),
        ("In this poll, the levy gained 3 points since March.", "3"),
        ("Holt led by 9 points in the Ledger average of county polls.", "9"),
    ])
    func aPollTheFigureStandsInIsItsSource(text: String, figure: String) throws {
        #expect(try claimant(of: figure, in: text)?.contains("poll") == true)
    }

    @Test func aColonAfterACueIntroducesTheNextParagraph() throws {
        let text = "The coastguard reports:\n\nAt least 14 vessels ran aground near the bar."
        #expect(try claimant(of: "At least 14", in: text) == "The coastguard")
    }

    @Test func aDocumentBeforeAColonSpeaksTheQuotation() throws {
        let text = "The problem is plain from this finding: ''Nine of 12 depots kept no records.''"
        #expect(try claimant(of: "12", in: text) == "this finding")
    }
}
