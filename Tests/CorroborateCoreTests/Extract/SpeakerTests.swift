import Testing

@testable import CorroborateCore

/// Who is speaking: names, descriptions, pronouns, anonymous sources, continued turns and
/// attribution chains.
@Suite struct SpeakerTests {
    @Test func titledDescriptionsSpeak() throws {
        let found = extractQuotes("“We expect more rain,” the agency said. “Roads will close,” a senior official said. “Stay inside,” the announcer said.")
        #expect(found.with("more rain")?.speaker == "the agency")
        #expect(found.with("Roads will close")?.speaker == "a senior official")
        #expect(found.with("Stay inside")?.speaker == "the announcer")
    }

    @Test func pronounsFollowGenderAndPersonOrBody() throws {
        let text = "Mayor Ruth Anand met Tomas Hale and the water board. “We need pumps,” she said. “The pumps are coming,” it said in a statement."
        let found = extractQuotes(text)
        #expect(found.with("We need pumps")?.speakerEntity == "Ruth Anand")
        #expect(found.with("pumps are coming")?.resolution == .pronoun)
        #expect(found.with("pumps are coming")?.speakerEntity != "Ruth Anand")
    }

    @Test func aPronounInsideReportedSpeechIsItsSpeaker() throws {
        let q = try #require(extractQuotes("The harbour master said he believes the cranes are safe.").first { $0.cue == "believes" })
        #expect(q.text == "the cranes are safe")
        #expect(q.speaker == "The harbour master")
    }

    @Test func aRelativePronounStandsForItsAntecedent() throws {
        let q = try #require(extractQuotes("The council heard from an engineer who said the wall had cracked in March.").first)
        #expect(q.speaker == "who")
        #expect(q.resolution == .pronoun)
        #expect(q.text == "the wall had cracked in March")
    }

    @Test func aParticipleSpeaksForTheSentencesSubject() throws {
        let q = try #require(extractQuotes("Ana Ruiz left the meeting early, saying, “There is nothing more to discuss.”").with("nothing more"))
        #expect(q.kind == .direct)
        #expect(q.speakerEntity == "Ana Ruiz")
    }

    @Test func anUnattributedSentenceAfterAQuoteContinuesTheTurn() throws {
        let found = extractQuotes("“The water rose fast,” said Tomas Hale.\n\n“Nobody warned us. Nobody came.”\n\nThe council met on Monday.")
        let q = try #require(found.with("Nobody warned us"))
        #expect(q.resolution == .continuation)
        #expect(q.speakerEntity == "Tomas Hale")
    }

    @Test func aSpeakerNamedOnlyInTheNextSentence() throws {
        let q = try #require(extractQuotes("“Nobody warned us.” Tomas Hale said the sirens never sounded.").with("Nobody warned us"))
        #expect(q.speakerEntity == "Tomas Hale")
    }

    @Test func aSpeakerIntroducedWithAColonInThePreviousParagraph() throws {
        let q = try #require(extractQuotes("Tomas Hale made the following statement:\n\n“The pumps were never ordered.”").with("pumps were never"))
        #expect(q.speakerEntity == "Tomas Hale")
    }

    @Test(arguments: [
        "Officials said the pier would stay closed.",
        "Sources familiar with the matter said the pier would stay closed.",
        "A senior official at the ministry said the pier would stay closed.",
        "A person close to the mayor said the pier would stay closed.",
    ])
    func vagueSourcesAreFlaggedAnonymous(text: String) throws {
        let q = try #require(extractQuotes(text).first)
        #expect(q.anonymous)
        #expect(q.text == "the pier would stay closed")
    }

    @Test func namedSourcesAreNotAnonymous() throws {
        let q = try #require(extractQuotes("Ana Ruiz, a ministry official, said the pier would stay closed.").first)
        #expect(!q.anonymous)
    }

    @Test func theChainListsTheOutermostLinkFirst() throws {
        let text = "“We had no food,” the prisoner told Harbour Radio, citing letters from his unit, as translated by The Northline Post."
        let q = try #require(extractQuotes(text).first)
        let roles = q.via.map(\.1)
        #expect(roles == [.translation, .toldTo, .citing])
    }

    @Test func aStatementFromABodyNamesTheBody() throws {
        let q = try #require(extractQuotes("The pier will close for a year, according to a statement from the Harbour Trust.").first)
        #expect(q.speaker?.contains("Harbour Trust") == true)
    }

    @Test func aTitleBuiltFromANounStaysWithTheName() throws {
        let q = try #require(extractQuotes("“The count is done,” campaign spokesman Ivo Brandt said on Monday.").first)
        #expect(q.speakerEntity == "Ivo Brandt")
    }

    @Test func aLongAppositionAfterTheQuote() throws {
        let text = "“The tolls will fund the pier,” Ana Ruiz, director of the harbour institute at the state university, said."
        let q = try #require(extractQuotes(text).first)
        #expect(q.speakerEntity == "Ana Ruiz")
    }
}

@Suite struct TurnTests {
    @Test func aQuoteParagraphAfterANarrativeSentenceTakesItsPerson() throws {
        let found = extractQuotes("Ana Ruiz pressed on with her criticism.\n\n“The toll cannot stand and it will not stand.”")
        #expect(found.with("toll cannot stand")?.speakerEntity == "Ana Ruiz")
    }

    @Test func aCoordinatedVerbAfterButSharesTheSubject() throws {
        let text = "Tomas Hale opposed the toll at first, but now said the plan “will keep the ferries running.”\n\n“I changed my mind.”"
        let found = extractQuotes(text)
        #expect(found.with("plan")?.speakerEntity == "Tomas Hale")
        let next = try #require(found.with("I changed my mind"))
        #expect(next.speakerEntity == "Tomas Hale")
        #expect(next.utterance == nil)
    }
}
