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
