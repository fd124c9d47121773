import Testing

@testable import CorroborateCore

/// Reported speech: cues beyond `said`, in both orders, and what counts as the content.
@Suite struct ReportedSpeechTests {
    @Test(arguments: [
        ("Mara Keld told reporters on Tuesday that the bridge would reopen in May.", "told"),
        ("Mara Keld insisted the bridge would reopen in May.", "insisted"),
        ("Mara Keld warned that the bridge would reopen only in May.", "warned"),
        ("Mara Keld confirmed that the bridge would reopen in May.", "confirmed"),
        ("Mara Keld denied that the bridge would reopen in May.", "denied"),
        ("Mara Keld wrote in a post on X that the bridge would reopen in May.", "wrote"),
    ])
    func reportingVerbsIntroduceTheReportedClause(text: String, cue: String) throws {
        let q = try #require(extractQuotes(text).first)
        #expect(q.kind == .indirect)
        #expect(q.cue == cue)
        #expect(q.speakerEntity == "Mara Keld")
        #expect(q.text.hasSuffix("reopen in May") || q.text.hasSuffix("only in May"))
        #expect(!q.text.contains("Mara"))
    }

    @Test func anAppositionAndAdverbialsSitBetweenSpeakerAndClause() throws {
        let q = try #require(extractQuotes("Mara Keld, a councillor, told reporters on Tuesday that the bridge was safe.").first)
        #expect(q.speakerEntity == "Mara Keld")
        #expect(q.text == "that the bridge was safe")
        #expect(q.via.contains { $0.0 == "reporters" && $0.1 == .toldTo })
    }

    @Test func aClaimWithATimeAndAHedgedFigureKeepsTheFigureInTheContent() throws {
        let q = try #require(extractQuotes("Governor Ana Ruiz claimed last week about 4000 homes had lost power.").first)
        #expect(q.text == "about 4000 homes had lost power")
        #expect(q.speakerEntity == "Ana Ruiz")
    }

    @Test func invertedOrderAtTheEndOfTheSentence() throws {
        let q = try #require(extractQuotes("The bridge will reopen in May, said Mara Keld.").first)
        #expect(q.text == "The bridge will reopen in May")
        #expect(q.speakerEntity == "Mara Keld")
    }

    @Test func accordingToBeforeAndAfterTheContent() throws {
        let before = try #require(extractQuotes("According to the port authority, the cranes will be replaced next year.").first)
        #expect(before.text == "the cranes will be replaced next year")
        #expect(before.speaker == "the port authority")
        let after = try #require(extractQuotes("The cranes will be replaced next year, according to the port authority.").first)
        #expect(after.text == "The cranes will be replaced next year")
        #expect(after.cue == "according to")
    }

    @Test func aParentheticalCueSplitsTheContentIntoOneUtterance() {
        let found = extractQuotes("The new cranes, Mara Keld said, will arrive before the winter storms.")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.speakerEntity == "Mara Keld" && $0.utterance != nil })
        #expect(found.map(\.text) == ["The new cranes", "will arrive before the winter storms"])
    }

    @Test func beliefsPlansAndStancesAreAttributed() throws {
        let belief = try #require(extractQuotes("Ana Ruiz believes the toll will fall next year.").first)
        #expect(belief.text == "the toll will fall next year")
        let plan = try #require(extractQuotes("Ana Ruiz wants to rebuild the old pier.").first)
        #expect(plan.text == "to rebuild the old pier")
        let stance = try #require(extractQuotes("Ana Ruiz called for an inquiry into the flooding.").first)
        #expect(stance.text == "an inquiry into the flooding")
        #expect(stance.speakerEntity == "Ana Ruiz")
    }

    @Test func documentsReportFindings() throws {
        let q = try #require(extractQuotes("A survey by the harbour trust shows that most residents oppose the toll.").first)
        #expect(q.text == "that most residents oppose the toll")
        #expect(q.speaker?.contains("survey") == true)
    }

    @Test func aContentNounTakesItsOwnersClaim() throws {
        let q = try #require(extractQuotes("Ana Ruiz's claim that the pumps were sold abroad drew anger.").with("pumps were sold"))
        #expect(q.speakerEntity == "Ana Ruiz")
        #expect(q.cue == "claim")
    }

    @Test func aHeadlineNameAndColonAttributesTheRest() throws {
        let q = try #require(extractQuotes("Ruiz: Toll Plan Will Pay for the New Pier\n\nThe council voted on Monday.").first)
        #expect(q.speaker == "Ruiz")
        #expect(q.text == "Toll Plan Will Pay for the New Pier")
    }

    @Test func coordinatedAttributionsEachGetTheirContent() {
        let found = extractQuotes("Mara Keld said the pier was unsafe, and Tomas Hale argued that it could be repaired.")
        #expect(found.with("pier was unsafe")?.text == "the pier was unsafe")
        #expect(found.with("repaired")?.speakerEntity == "Tomas Hale")
    }

    @Test func aParticipleAddsToTheSameSpeaker() throws {
        let found = extractQuotes("Mara Keld said the pier was unsafe, adding that repairs would take a year.")
        let q = try #require(found.with("repairs would take"))
        #expect(q.speakerEntity == "Mara Keld")
        #expect(found.with("pier was unsafe")?.text == "the pier was unsafe")
    }

    @Test func nounsThatLookLikeCuesAreNotCues() {
        #expect(extractQuotes("The state budget covers three new ferries this year.").isEmpty)
        #expect(extractQuotes("Editor's note: the harbour figures were updated on Monday.").isEmpty)
    }

    @Test func citingIsALinkInTheChainNotAStatement() {
        let found = extractQuotes("The strike will end on Friday, the union told reporters, citing figures from the port authority.")
        #expect(found.count == 1)
        #expect(found.first?.via.contains { $0.1 == .citing } == true)
    }
}

@Suite struct MoreCueTests {
    @Test func lightVerbsAndPhrasalCues() throws {
        let clear = try #require(extractQuotes("Ana Ruiz made it clear that the toll would stay.").first)
        #expect(clear.text == "that the toll would stay")
        #expect(clear.speakerEntity == "Ana Ruiz")
        let referring = try #require(extractQuotes("The storm was the worst in years, Ana Ruiz said, referring to the January floods.").with("January floods"))
        #expect(referring.text == "the January floods")
        #expect(referring.speakerEntity == "Ana Ruiz")
        let seemed = try #require(extractQuotes("Tomas Hale seemed to accept the new toll.").first)
        #expect(seemed.text == "to accept the new toll")
    }

    @Test func aTitleCaseHeadlineVerbIsACue() throws {
        let q = try #require(extractQuotes("Harbour Chief Ana Ruiz Says Toll Will Fund New Pier\n\nThe council met on Monday.").first)
        #expect(q.cue == "Says")
        #expect(q.text == "Toll Will Fund New Pier")
    }
}
