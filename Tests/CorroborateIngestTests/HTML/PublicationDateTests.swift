import CorroborateCore
import Testing

@testable import CorroborateIngest

/// Publication dates of pages that declare none in markup: which printed date is the page's
/// own, on pages written for these tests.
@Suite struct PublicationDateTests {
    private static let story = [
        "The island ferry service resumed its full timetable on Monday after storm damage to the slipway at Port Alder was repaired overnight by council crews.",
        "Passengers who had waited two days for a crossing were given priority boarding, and extra sailings ran until late in the evening to clear the backlog.",
        "The operator said it would review how quickly warnings reach travellers, after several families arrived at the terminal without knowing sailings had stopped.",
        "Council engineers will inspect the slipway again next week to decide whether the temporary repairs can stay in place through the rest of the winter.",
    ]

    /// A page with the story in a `div`, lines above and below its headline, and lines closing it.
    private static func page(
        head: String = "", above: String = "", headline: String = "Ferries back on full timetable", below: String = "",
        closing: String = "", after: String = ""
    ) -> String {
        """
        <html><head><title>Ferries back on full timetable | Alder Gazette</title>\(head)</head><body>
        <div class="nav"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></div>
        <div class="main"><div class="story">
        \(above)
        <h1>\(headline)</h1>
        \(below)
        \(story.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        \(closing)</div>
        \(after)</div>
        <div class="footer"><a href="/about">About us</a> <a href="/contact">Contact</a></div>
        </body></html>
        """
    }

    private static func published(_ html: String) -> PageMetadata.Field? {
        HTMLReader().read(Array(html.utf8)).metadata.published
    }

    @Test func thePublishedStampBeatsTheUpdateStampBesideIt() {
        let html = Self.page(above: "<div class=\"stamp\">Posted at: 03/02/2026 09:40 AM</div><div class=\"stamp\">Updated at: 03/05/2026 11:15 AM</div>")
        #expect(Self.published(html) == PageMetadata.Field("2026-03-02", source: "text"))
    }

    @Test func anUpdateStampAloneIsTheArticlesDate() {
        let html = Self.page(below: "<div class=\"stamp\">Last Updated: Thursday, 5 March 2026, 16:20 GMT</div>")
        #expect(Self.published(html) == PageMetadata.Field("2026-03-05", source: "text"))
    }

    @Test func aCaptionThatDatesItsPhotoMidSentenceIsNotThePublicationDate() {
        let html = Self.page(
            above: "<div class=\"dateline\">Posted on Tue, Mar. 3, 2026</div>",
            below: "<div class=\"caption\">The ferry Northern Star leaves Port Alder harbour in this May 14, 2025, file photo.</div>")
        #expect(Self.published(html) == PageMetadata.Field("2026-03-03", source: "text"))
    }

    @Test func aTimeAfterTheDateDoesNotMakeTheHeadlineLineProse() {
        let html = Self.page(headline: "Ferries back on full timetable <span class=\"when\">Sun, 1 Mar 2026 7:40p.m.</span>")
        #expect(Self.published(html) == PageMetadata.Field("2026-03-01", source: "text"))
    }

    @Test func aLineOpeningOnSinceIsNotADayOfPublishing() {
        #expect(Self.published(Self.page(above: "<div class=\"motto\">Since 12th June, 1987</div>")) == nil)
        let online = Self.page(below: "<div class=\"stamp\">Online since March 2nd 2026</div>")
        #expect(Self.published(online) == PageMetadata.Field("2026-03-02", source: "text"))
    }

    @Test func looksPastDecksCaptionsAndToolLinesToTheDateAboveTheStory() {
        let html = Self.page(below: """
            <h2>Extra sailings clear the backlog of stranded passengers</h2>
            <div class="photo">Passengers queue at the Port Alder terminal for the first crossing after the storm, with their luggage and bicycles.</div>
            <div class="photo">A council crew works through the night on the damaged slipway, lit by floodlights borrowed from the football club.</div>
            <div class="tools"><div>Share | Print | Larger text – By Ana Ruiz</div><div>Gazette Staff / March 4, 2026</div></div>
            """)
        #expect(Self.published(html) == PageMetadata.Field("2026-03-04", source: "text"))
    }

    @Test func readsAStampClosingTheArticleAfterItsLastParagraph() {
        let html = Self.page(closing: "Last Updated: March 5, 2026 18:05 EST")
        #expect(Self.published(html) == PageMetadata.Field("2026-03-05", source: "text"))
    }

    @Test func aReaderCommentSignedAfterTheArticleIsNotItsDate() {
        let comments = "<div class=\"talk\"><p>Posted by: harbourfan | March 6, 2026</p><p>About time the slipway was fixed properly.</p></div>"
        #expect(Self.published(Self.page(after: comments)) == nil)
    }

    @Test func aMetaNameThatSaysPubComesBeforeOtherDateNames() {
        let head = """
            <meta name="gazettedate1" content="2026-02-27T00:00:00"><meta name="gazettepubdate" content="2026-03-02T00:00:00">
            """
        #expect(Self.published(Self.page(head: head)) == PageMetadata.Field("2026-03-02T00:00:00", source: "meta:gazettepubdate"))
    }
}
