import Testing

@testable import CorroborateCore

/// An undated report inside a story: its range, the basis in words, and what the range places.
@Suite struct UndatedArticleTests {
    func article(_ id: String, _ outlet: String, _ date: String?, _ text: String) -> Article {
        Article(id: id, source: id, outlet: outlet, published: date.flatMap { CivilDate(iso: $0) }, text: text)
    }

    /// A dated wire report and an undated copy elsewhere that reports the same capture with
    /// year-less dates, a bare weekday and relative weeks.
    var story: [Article] {
        [
            article(
                "wire", "northwire.example", "2025-01-20",
                "Kessland's defence ministry said on Monday that two Vornish pilots captured near the Lerat border were being questioned. Defence Minister Ilse Marten said the pilots were taken alive after their aircraft came down near Lerat."
            ),
            article(
                "copy", "mirror.example", nil,
                """
                Defence Minister Ilse Marten said last week that Kessland was holding Vornish pilots taken near the Lerat border.

                A Kessland army channel posted on December 26 that a Vornish aircraft had crossed into Lerat airspace.

                On Sunday, the Kessland defence ministry told reporters it had confirmed that two Vornish pilots were captured near Lerat on January 9.

                Ms Marten said the pilots had first asked for a lawyer the previous day.

                Vornish officials were told this week not to discuss the Lerat border.
                """
            ),
        ]
    }

    @Test func undatedCopyStaysUndatedWithARangeItsStoryAndTextGive() throws {
        let corpus = Analyzer().analyze(story)
        #expect(corpus.stories.count == 1)
        let copy = corpus.articles[1]
        #expect(copy.article.published == nil)
        let range = try #require(copy.publishedRange)
        // The story's dated report (2025-01-20) gives 2025-01-13…27; the copy reports January 9
        // as past, and news is not written much later than what it reports: at most 7 days.
        #expect(range.from.description == "2025-01-13")
        #expect(range.to.description == "2025-01-16")
        #expect(range.basis.contains("2025-01-20"))
        #expect(range.basis.contains("January 9"))
    }

    @Test func theRangePlacesTheBareSundayAndTheYearlessDates() {
        let copy = Analyzer().analyze(story).articles[1]
        let bytes = Array(copy.article.text.utf8)
        let values = copy.times.map { (String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self), $0.value ?? "", $0.anchor) }
        #expect(values.contains { $0.0 == "Sunday" && $0.1 == "2025-01-12" && $0.2 == .inferred })
        #expect(values.contains { $0.0 == "December 26" && $0.1 == "2024-12-26" })
        #expect(values.contains { $0.0 == "January 9" && $0.1 == "2025-01-09" })
        // The day before the date the text named last (January 9).
        #expect(values.contains { $0.0 == "the previous day" && $0.1 == "2025-01-08" })
        #expect(values.contains { $0.0 == "last week" && $0.1 == "2025-W02" })
        #expect(values.contains { $0.0 == "this week" && $0.1 == "2025-W03" })
    }

    @Test func theStoryTimelineOrdersTheCopysEvents() throws {
        let corpus = Analyzer().analyze(story)
        let timeline = try #require(corpus.stories.first?.timeline)
        let values = timeline.map(\.value)
        #expect(values == values.sorted { Timeline.firstDay(of: $0)! <= Timeline.firstDay(of: $1)! })
        #expect(values.first == "2024-12-26")
        #expect(values.contains("2025-01-09"))
        #expect(values.contains("2025-01-12"))
    }

    @Test func whenRecencyLeavesNoDayInTheStoryWindowTheStoryDecides() throws {
        let corpus = Analyzer().analyze([
            article("wire", "northwire.example", "2025-03-01", "Defence Minister Ilse Marten said Vornish pilots held near the Lerat border would be released."),
            article("copy", "mirror.example", nil, "Defence Minister Ilse Marten said the Vornish pilots captured near the Lerat border on January 9 would be released."),
        ])
        let range = try #require(corpus.articles[1].publishedRange)
        #expect(range.from.description == "2025-02-22")
        #expect(range.to.description == "2025-03-08")
        #expect(!range.basis.contains("recent"))
    }

    @Test func anUndatedArticleAloneIsBoundedByWhatItReports() throws {
        let analysis = Analyzer().analyze([article("alone", "mirror.example", nil, "The Lerat crossing was closed on March 3, 2025, officials said.")])
        let range = try #require(analysis.articles[0].publishedRange)
        #expect(range.from.description == "2025-03-03")
        #expect(range.to.description == "2025-03-10")
        #expect(analysis.articles[0].article.published == nil)
    }
}

/// The per-story timeline: calendar order, one entry per event, reports merged across outlets.
@Suite struct TimelineTests {
    func article(_ id: String, _ outlet: String, _ date: String, _ text: String) -> Article {
        Article(id: id, source: id, outlet: outlet, published: CivilDate(iso: date), text: text)
    }

    @Test func theSameEventFromTwoOutletsIsOneEntryWithTwoReports() throws {
        let corpus = Analyzer().analyze([
            article("a", "first.example", "2025-05-06", "Flood water breached the Korvo levee on Sunday, the Korvo water board said. Schools in Lenner closed on Monday."),
            article("b", "second.example", "2025-05-07", "The Korvo levee was breached by flood water on Sunday after days of rain, the Korvo water board said."),
        ])
        let story = try #require(corpus.stories.first)
        #expect(story.articles.count == 2)
        let sunday = try #require(story.timeline.first { $0.value == "2025-05-04" })
        #expect(sunday.reports.map(\.article) == [0, 1])
        #expect(story.timeline.filter { $0.kind == .event }.map(\.value) == ["2025-05-04", "2025-05-05"])
    }

    @Test func aSentenceNamingTwoDaysMakesTwoEvents() throws {
        let corpus = Analyzer().analyze([
            article("a", "first.example", "2025-01-20", "On Sunday, the ministry confirmed that the pilots were captured on January 9."),
        ])
        let timeline = try #require(corpus.stories.first?.timeline)
        #expect(timeline.map(\.value) == ["2025-01-09", "2025-01-19"])
    }

    @Test func firstDayCoversDaysWeeksWeekendsAndMonths() {
        #expect(Timeline.firstDay(of: "2025-01-09T14:30")?.description == "2025-01-09")
        #expect(Timeline.firstDay(of: "2025-W02")?.description == "2025-01-06")
        #expect(Timeline.firstDay(of: "2025-W02-WE")?.description == "2025-01-11")
        #expect(Timeline.firstDay(of: "2024-12")?.description == "2024-12-01")
        #expect(Timeline.firstDay(of: "2025-Q1") == nil)
    }
}
