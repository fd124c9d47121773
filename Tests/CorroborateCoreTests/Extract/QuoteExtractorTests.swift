import Testing

@testable import CorroborateCore

@Suite struct QuoteExtractorTests {
    struct Found {
        var text: String
        var kind: QuoteKind
        var speaker: String?
        var speakerEntity: String?
        var resolution: Attribution.Resolution?
        var cue: String?
        var via: [(String, Relay.Role)]
    }

    func quotes(_ text: String) -> [Found] {
        let view = TextView(text)
        let entities = EntityExtractor().extract(view)
        let bytes = Array(text.utf8)
        func s(_ span: Span) -> String { String(decoding: bytes[span.start..<span.end], as: UTF8.self) }
        return QuoteExtractor().extract(view, entities: entities).map { q in
            Found(
                text: s(q.span), kind: q.kind, speaker: q.speaker.map { s($0.span) },
                speakerEntity: q.speaker?.entity.map { entities.entities[$0].name }, resolution: q.speaker?.resolution,
                cue: q.cue.map(s), via: q.via.map { (s($0.span), $0.role) })
        }
    }

    @Test func trailingCueNamesTheSpeaker() throws {
        let q = try #require(quotes("“We will rebuild every bridge,” Mayor Ruth Anand said on Monday.").first)
        #expect(q.text == "We will rebuild every bridge,")
        #expect(q.kind == .direct)
        #expect(q.speakerEntity == "Ruth Anand")
        #expect(q.cue == "said")
    }

    @Test func invertedCueNamesTheSpeaker() throws {
        let q = try #require(quotes("“Nobody was warned,” said Tomas Hale.").first)
        #expect(q.speakerEntity == "Tomas Hale")
    }

    @Test func colonAfterTheCueMakesADirectQuoteWithItsChannel() throws {
        let q = try #require(quotes("In a post on X, Ines Duarte said: “The port will open.”").first)
        #expect(q.kind == .direct)
        #expect(q.speakerEntity == "Ines Duarte")
        #expect(q.via.contains { $0.1 == .channel && $0.0.contains("X") })
    }

    @Test func pronounSpeakerResolvesToThePreviousSpeaker() throws {
        let found = quotes("“The water rose fast,” said Tomas Hale. There were “no sirens at all”, he added.")
        let q = try #require(found.first { $0.text == "no sirens at all" })
        #expect(q.kind == .partial)
        #expect(q.speaker == "he")
        #expect(q.resolution == .pronoun)
        #expect(q.speakerEntity == "Tomas Hale")
    }

    @Test func unattributedFollowOnParagraphContinuesTheSpeaker() throws {
        let found = quotes("“We asked for pumps,” said Tomas Hale.\n\n“They never came.”")
        let q = try #require(found.first { $0.text == "They never came." })
        #expect(q.resolution == .continuation)
        #expect(q.speakerEntity == "Tomas Hale")
    }

    @Test func scareQuotesHaveNoSpeaker() {
        let found = quotes("The soldiers were used as “bait” by their “Supreme Commander” in the field.")
        #expect(found.isEmpty)
    }

    @Test func wrongWayOpeningMarkStillPairs() throws {
        let found = quotes("The analyst Jon Brekke wrote that the papers were forged ”to look like local permits” in haste.")
        let q = try #require(found.first { $0.kind == .partial })
        #expect(q.text == "to look like local permits")
        #expect(q.speakerEntity == "Jon Brekke")
    }

    @Test func relaysFormTheAttributionChain() throws {
        let text = "“Supplies are running out,” Ines Duarte told reporters, citing figures from the Red Cross."
        let q = try #require(quotes(text).first)
        #expect(q.speakerEntity == "Ines Duarte")
        #expect(q.via.contains { $0.1 == .toldTo && $0.0 == "reporters" })
        #expect(q.via.contains { $0.1 == .citing && $0.0.contains("Red Cross") })
    }

    @Test func translatedWordsCarryTheTranslator() throws {
        let q = try #require(quotes("“We had no food for days,” the prisoner wrote, as translated by The Harbour Ledger.").first)
        #expect(q.speaker == "the prisoner")
        #expect(q.resolution == .description)
        #expect(q.via.contains { $0.1 == .translation })
    }

    @Test func reportedSpeechIsAnIndirectQuote() throws {
        let found = quotes("Governor Tomas Hale said on Monday, local time, that the dam had been inspected twice.")
        let q = try #require(found.first)
        #expect(q.kind == .indirect)
        #expect(q.text == "that the dam had been inspected twice")
        #expect(q.speakerEntity == "Tomas Hale")
    }

    @Test func sentenceFinalAttributionCoversWhatPrecedes() throws {
        let q = try #require(quotes("The strike will continue into next week, a union official said on Tuesday.").first)
        #expect(q.kind == .indirect)
        #expect(q.text == "The strike will continue into next week")
        #expect(q.speaker == "a union official")
    }

    @Test func thingsThatSuggestAreNotSpeakers() {
        #expect(quotes("The discovery suggests the papers were forged in a hurry.").isEmpty)
        #expect(quotes("Officials continue to investigate the cause of the collapse.").isEmpty)
    }
}
