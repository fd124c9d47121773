import Testing

@testable import CorroborateCore

/// Sentences of different outlets that state one fact, slots they fill differently, and what
/// one outlet alone reports.
@Suite struct ClaimAlignmentTests {
    func article(_ id: String, _ outlet: String, _ date: String?, _ text: String) -> Article {
        Article(id: id, source: id, outlet: outlet, published: date.flatMap { CivilDate(iso: $0) }, text: text)
    }

    func story(_ articles: [Article]) -> Story? {
        Analyzer().analyze(articles).stories.first { $0.articles.count == articles.count }
    }

    let first = """
        Rangers in the Ostvald forest recovered a logbook from the wreck of the missing survey aircraft on Tuesday.

        The logbook was found on the body of the pilot, Maren Kask, whose crew had vanished over the Ostvald hills.

        Governor Ilse Varno said the search for the two other crew members would continue through the weekend.

        The aircraft had left Tarvel airfield with three people aboard and a cargo of medical supplies.
        """
    let second = """
        Searchers found the wreck of a survey aircraft that disappeared over the Ostvald hills, and its logbook was recovered.

        The logbook was found among the survivors, who were taken to hospital in Tarvel with broken bones.

        Governor Ilse Varno said searchers would keep looking for the crew through the weekend, the Tarvel Courier reported.

        A local pilot who joined the search described thick fog over the valley.
        """

    @Test func sentencesOfTwoOutletsStatingOneFactAgree() throws {
        let s = try #require(story([article("a", "first.example", "2026-04-08", first), article("b", "second.example", "2026-04-08", second)]))
        let agreements = s.comparisons.filter { $0.kind == .agreement && $0.aspect == .claim }
        #expect(agreements.contains { c in
            c.items.count == 2 && Set(c.items.map(\.article)) == [0, 1] && c.note?.contains("2 independent sources") == true
        })
    }

    @Test func aThingFoundWithTheDeadAgainstTheLivingIsAConflictOfState() throws {
        let s = try #require(story([article("a", "first.example", "2026-04-08", first), article("b", "second.example", "2026-04-08", second)]))
        let conflict = try #require(s.comparisons.first { $0.kind == .conflict && $0.aspect == .state })
        #expect(Set(conflict.items.compactMap(\.value)) == ["dead", "alive"])
        #expect(Set(conflict.items.map(\.article)) == [0, 1])
    }

    @Test func whatOnlyOneOutletSaysIsSingleSource() throws {
        let s = try #require(story([article("a", "first.example", "2026-04-08", first), article("b", "second.example", "2026-04-08", second)]))
        let single = s.comparisons.filter { $0.kind == .singleSource && $0.aspect == .claim }
        #expect(single.contains { $0.items.first?.article == 0 && $0.topic.hasPrefix("The aircraft had left Tarvel airfield") })
        #expect(single.allSatisfy { $0.items.count == 1 })
    }

    @Test func twoArticlesOfOneOutletAreOneSource() throws {
        let s = try #require(story([article("a", "same.example", "2026-04-08", first), article("b", "same.example", "2026-04-09", second)]))
        #expect(!s.comparisons.contains { $0.kind == .agreement || $0.kind == .conflict })
    }

    @Test func aCopyCountsWithTheReportItCopies() {
        let analyses = [first, first, second].enumerated().map { i, text in
            Analyzer().analyze(article("\(i)", ["wire.example", "reprint.example", "other.example"][i], "2026-04-08", text))
        }
        let sources = StorySources(story: [0, 1, 2], analyses: analyses, copies: [[0, 1]])
        #expect(sources.count([0, 1]) == 1)
        #expect(sources.count([0, 1, 2]) == 2)
        #expect(sources.isCopy(1))
        #expect(sources.copies(of: 0) == [1])
    }

    @Test func outletsPuttingAPlaceInDifferentCountriesConflict() throws {
        let a = article("a", "north.example", "2026-02-01", "Fighting continued around the Tallow region in Norway, where Governor Ana Ruiz ordered an evacuation on Friday.")
        let b = article("b", "south.example", "2026-02-01", "Governor Ana Ruiz ordered an evacuation in Sweden's Tallow region on Friday as the fighting continued.")
        let s = try #require(story([a, b]))
        let conflict = try #require(s.comparisons.first { $0.aspect == .place })
        #expect(conflict.kind == .conflict)
        #expect(Set(conflict.items.compactMap(\.value)) == ["in Norway", "Sweden's"])
    }

    @Test func outletsAgreeingOnWhereAPlaceLiesDoNotConflict() throws {
        let a = article("a", "north.example", "2026-02-01", "Fighting continued around the Tallow region in Norway, where Governor Ana Ruiz ordered an evacuation on Friday.")
        let b = article("b", "south.example", "2026-02-01", "Governor Ana Ruiz ordered an evacuation in Norway's Tallow region on Friday as the fighting continued.")
        let s = try #require(story([a, b]))
        #expect(!s.comparisons.contains { $0.aspect == .place })
    }

    @Test func theDaySomethingWasSaidIsNotTheDayItHappened() throws {
        let a = article("a", "north.example", "2026-02-03", "The Korvo bridge collapsed on Sunday after days of rain, engineers from the Korvo agency said.")
        let b = article("b", "south.example", "2026-02-03", "Engineers from the Korvo agency said on Monday that the Korvo bridge collapsed after days of rain.")
        let s = try #require(story([a, b]))
        #expect(!s.comparisons.contains { $0.aspect == .date })
    }
}
