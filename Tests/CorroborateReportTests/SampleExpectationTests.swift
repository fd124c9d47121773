import CorroborateCore
import CorroborateIngest
import Testing

/// What the bundled sample corpus must yield: the planted agreements, conflict, undated
/// article, relative dates, repeated captions and follow-on quotes.
@Suite struct SampleExpectationTests {
    let corpus = SampleCorpus.corpus

    @Test func allSampleArticlesAreReadWithoutErrors() {
        #expect(SampleCorpus.ingest.errors.isEmpty)
        #expect(corpus.articles.count == 7)
        #expect(Set(corpus.articles.compactMap(\.article.outlet)) == ["harbourledger.example", "northline.example", "capitalwire.example"])
    }

    @Test func articlesFormTheTwoStories() {
        let stories = corpus.stories.map { Set($0.articles.map { corpus.articles[$0].article.id }) }
        #expect(stories.count == 2)
        #expect(stories.contains(["capitalwire-inquiry", "ledger-dam-breach", "northline-toll", "ledger-dam-followup"]))
        #expect(stories.contains(["ledger-port-strike", "northline-strike-begins", "capitalwire-strike-talks"]))
    }

    @Test func damStoryFindsTheCasualtyConflictAndTheAgreements() throws {
        let story = try #require(corpus.stories.first { $0.articles.count == 4 })
        #expect(story.title == "Dam breach floods villages in Lenner Valley")
        let conflict = try #require(story.comparisons.first { $0.kind == .conflict })
        #expect(conflict.topic.hasSuffix("killed or wounded"))
        #expect(conflict.items.contains { $0.value == "at least 60" && $0.claimant == "Tomas Hale" })
        #expect(conflict.items.contains { $0.value == "54 (14 killed + 40 wounded)" && $0.claimant == "Petra Lindqvist" })
        let agreements = story.comparisons.filter { $0.kind == .agreement }
        #expect(agreements.contains { $0.topic == "residents displaced" && $0.items.count == 2 })
        #expect(agreements.contains { $0.topic == "people killed" && $0.items.count == 3 })
    }

    @Test func strikeStoryAgreesOnTheWalkout() throws {
        let story = try #require(corpus.stories.first { $0.articles.count == 3 })
        #expect(story.comparisons.contains { $0.kind == .agreement && $0.topic == "dockworkers joined" })
    }

    @Test func undatedArticleStaysUndatedWithARangeAndPlacesOnlyWhatTheRangeFixes() throws {
        let a = try #require(SampleCorpus.article("capitalwire-inquiry"))
        #expect(a.article.published == nil)
        let range = try #require(a.publishedRange)
        #expect(range.from.description == "2026-03-08")
        #expect(range.to.description == "2026-03-15")
        let values = a.times.map { (SampleCorpus.text(a, $0.span), $0.value ?? "") }
        #expect(values.contains { $0 == ("March 8", "2026-03-08") })
        // Two Tuesdays fall in the range: the weekday stays unplaced.
        #expect(values.contains { $0 == ("Tuesday", "XXXX-WXX-2") })
    }

    @Test func relativeDatesResolveAgainstThePublicationDate() throws {
        let a = try #require(SampleCorpus.article("ledger-dam-breach"))
        let values = a.times.map { (SampleCorpus.text(a, $0.span), $0.value ?? "") }
        #expect(values.contains { $0 == ("Sunday", "2026-03-08") })
        #expect(values.contains { $0 == ("the previous day", "2026-03-07") })
        #expect(values.contains { $0 == ("January", "2026-01") })
        let n = try #require(SampleCorpus.article("northline-toll"))
        #expect(n.article.published?.description == "2026-03-10")
        #expect(n.times.contains { SampleCorpus.text(n, $0.span) == "yesterday" && $0.value == "2026-03-09" })
    }

    @Test func captionsPrintedTwiceAreKeptOnceAndHoldNoClaims() throws {
        let a = try #require(SampleCorpus.article("ledger-dam-breach"))
        #expect(a.article.captions.count == 1)
        #expect(a.article.captions.first?.printed == 2)
        let caption = try #require(a.article.captions.first?.span)
        #expect(!a.figures.contains { caption.overlaps($0.span) })
        #expect(!a.times.contains { caption.overlaps($0.span) })
    }

    @Test func followOnParagraphsContinueTheirSpeaker() throws {
        let a = try #require(SampleCorpus.article("northline-toll"))
        let q = try #require(a.quotes.first { SampleCorpus.text(a, $0.span).hasPrefix("We asked for pumps") })
        #expect(q.speaker?.resolution == .continuation)
        #expect(q.speaker?.entity.map { a.entities[$0].name } == "Tomas Hale")
    }

    @Test func figuresCarryTheirClaimants() throws {
        let a = try #require(SampleCorpus.article("ledger-dam-breach"))
        let killed = try #require(a.figures.first { $0.event == "killed" })
        #expect(killed.value == 14)
        #expect(killed.claimant?.entity.map { a.entities[$0].name } == "Petra Lindqvist")
        let evacuated = try #require(a.figures.first { $0.event == "displaced" })
        #expect(evacuated.value == 3000 && evacuated.approximate && evacuated.hedge == "about")
    }
}
