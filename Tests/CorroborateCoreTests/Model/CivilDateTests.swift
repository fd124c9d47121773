import Foundation
import Testing

@testable import CorroborateCore

@Suite struct CivilDateTests {
    @Test(arguments: [
        ("1970-01-01", 0), ("2025-01-20", 20108), ("2000-02-29", 11016), ("1969-12-31", -1),
    ])
    func dayNumberRoundTrips(iso: String, days: Int) throws {
        let date = try #require(CivilDate(iso: iso))
        #expect(date.dayNumber == days)
        #expect(CivilDate(dayNumber: days) == date)
        #expect(date.description == iso)
    }

    @Test func rejectsDaysThatDoNotExist() {
        #expect(CivilDate(year: 2025, month: 2, day: 29) == nil)
        #expect(CivilDate(iso: "2025-13-01") == nil)
        #expect(CivilDate(iso: "2025-1-1") == nil)
    }

    @Test func weekdayAndISOWeekMatchTheCalendar() throws {
        let monday = try #require(CivilDate(iso: "2025-01-20"))
        #expect(monday.weekday == .monday)
        #expect(monday.isoWeek.week == 4)
        // 2024-12-30 is in week 1 of 2025.
        let edge = try #require(CivilDate(iso: "2024-12-30"))
        #expect(edge.isoWeek.year == 2025 && edge.isoWeek.week == 1)
    }

    @Test func addingMonthsClampsToTheMonthEnd() throws {
        let date = try #require(CivilDate(iso: "2025-01-31"))
        #expect(date.adding(months: 1).description == "2025-02-28")
        #expect(date.adding(months: -2).description == "2024-11-30")
    }
}

@Suite struct CodableModelTests {
    @Test func datesAreWrittenAsTheyReadAndComeBackTheSame() throws {
        let dates = [CivilDate(year: 2025, month: 1, day: 9), CivilDate(year: -44, month: 3, day: 15), CivilDate(year: 12000, month: 1, day: 1)]
        let data = try JSONEncoder().encode(dates)
        #expect(String(decoding: data, as: UTF8.self) == #"["2025-01-09","-0044-03-15","12000-01-01"]"#)
        #expect(try JSONDecoder().decode([CivilDate?].self, from: data) == dates)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CivilDate.self, from: Data(#""2025-02-30""#.utf8)) }
    }

    @Test func anAnalysisSurvivesEncodingUnchanged() throws {
        let article = Article(
            id: "a", source: "a.txt", outlet: "one.example", title: "Dam bursts", published: CivilDate(iso: "2025-05-02"),
            text: "Governor Ana Ruiz said about 3,000 residents left on Sunday. \"We need boats,\" she said.")
        let corpus = Analyzer().analyze([article])
        let data = try JSONEncoder().encode(corpus)
        let back = try JSONDecoder().decode(CorpusAnalysis.self, from: data)
        #expect(back.articles[0].quotes == corpus.articles[0].quotes)
        #expect(back.articles[0].figures == corpus.articles[0].figures)
        #expect(back.articles[0].times == corpus.articles[0].times)
        #expect(back.stories == corpus.stories)
        #expect(back.entities == corpus.entities)
    }
}
