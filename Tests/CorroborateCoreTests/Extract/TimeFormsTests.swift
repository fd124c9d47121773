import Testing

@testable import CorroborateCore

/// Each form the issue names, with the span TimeML marks and the value it gets from a
/// publication date of Monday 2025-01-20.
@Suite struct TimeFormsTests {
    static let published = CivilDate(year: 2025, month: 1, day: 20)!

    func times(_ text: String, published: CivilDate? = TimeFormsTests.published) -> [(words: String, value: String?, type: TimeType)] {
        let bytes = Array(text.utf8)
        return TimeExtractor().extract(TextView(text), published: published).map {
            (String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self), $0.value, $0.type)
        }
    }

    @Test(arguments: [
        // Absolute and calendar dates
        ("The ferry sailed on January 9.", "January 9", "2025-01-09"),
        ("Talks opened on Jan. 9, 2024 in the port city.", "Jan. 9, 2024", "2024-01-09"),
        ("Talks opened on 9 January in the port city.", "9 January", "2025-01-09"),
        ("The memo was dated 2025-01-14 and unsigned.", "2025-01-14", "2025-01-14"),
        ("The permit was issued on 01/09/2025.", "01/09/2025", "2025-01-09"),
        ("Crews returned to the quarry on the 9th.", "the 9th", "2025-01-09"),
        ("The bridge was finished in 2019.", "2019", "2019"),
        ("Exports slumped in December.", "December", "2024-12"),
        ("The canal was dug in the 1990s.", "1990s", "199"),
        ("Wells ran dry last summer.", "last summer", "2024-SU"),
        ("Profit rose in the third quarter.", "the third quarter", "2024-Q3"),
        ("Output fell in the first quarter of 2025.", "the first quarter of 2025", "2025-Q1"),
        ("Tolls peaked in early March.", "early March", "2024-03"),
        ("Growth stalled in mid-2024.", "mid-2024", "2024"),
        // Deictic and relative
        ("The vote is today.", "today", "2025-01-20"),
        ("The mayor resigned yesterday.", "yesterday", "2025-01-19"),
        ("The ferry leaves tomorrow.", "tomorrow", "2025-01-21"),
        ("The guards met on Sunday.", "Sunday", "2025-01-19"),
        ("The guards will meet on Sunday.", "Sunday", "2025-01-26"),
        ("The minister quit last week.", "last week", "2025-W03"),
        ("Fares rose this week.", "this week", "2025-W04"),
        ("The court sits next week.", "next week", "2025-W05"),
        ("Imports fell last month.", "last month", "2024-12"),
        ("Turnout doubled this year.", "this year", "2025"),
        ("The mine will reopen next year.", "next year", "2026"),
        ("The fire broke out a week ago.", "a week ago", "2025-W03"),
        ("The firm moved its office two years ago.", "two years ago", "2023"),
        ("Rents climbed earlier this month.", "earlier this month", "2025-01"),
        ("The league has grown since 2014.", "2014", "2014"),
        ("The blockade lasted for three years.", "three years", "P3Y"),
        ("The river ferry runs every Monday.", "every Monday", "XXXX-WXX-1"),
        ("The paper prints daily.", "daily", "P1D"),
        ("The clinic is now closed.", "now", "PRESENT_REF"),
        ("The bakery recently closed.", "recently", "PAST_REF"),
        ("Nobody knows what the future holds.", "the future", "FUTURE_REF"),
        ("The inquiry took the past six months.", "the past six months", "P6M"),
        ("The talks lasted nearly two years.", "nearly two years", "P2Y"),
        // Across the year boundary and with a weekday named
        ("The post appeared on December 26.", "December 26", "2024-12-26"),
        ("The editorial ran on Monday, January 20.", "Monday, January 20", "2025-01-20"),
        ("The boy was rescued on Thanksgiving Day.", "Thanksgiving Day", "2024-11-28"),
        ("The deadline expired at 5 p.m. Friday.", "5 p.m. Friday", "2025-01-17T17:00"),
    ])
    func formResolvesFromThePublicationDate(text: String, words: String, value: String) {
        let found = times(text)
        #expect(found.contains { $0.words == words && $0.value == value }, "\(found)")
    }

    @Test(arguments: [
        ("The clinic reopens on the second Tuesday.", "the second Tuesday", "2025-01-14"),
        ("The fair opened on the first Monday of March.", "the first Monday of March", "2024-03-04"),
        ("Bring the forms by the 20th of next month.", "the 20th of next month", "2025-02-20"),
        ("The ferry returns next week on Friday.", "next week on Friday", "2025-01-31"),
        ("The shipment arrives Friday next week.", "Friday next week", "2025-01-31"),
        ("The shop closed 1 month 10 days ago.", "1 month 10 days ago", "2024-12-10"),
        ("The crew returns two Sundays from now.", "two Sundays from now", "2025-02-02"),
        ("The letter was dated Jan-9.", "Jan-9", "2025-01-09"),
        ("The deadline is 2025-feb-3.", "2025-feb-3", "2025-02-03"),
        ("The vote fell on 15 june 2024.", "15 june 2024", "2024-06-15"),
        ("The ceremony was on the twenty second of June.", "twenty second of June", "2024-06-22"),
    ])
    func lessCommonFormsResolve(text: String, words: String, value: String) {
        let found = times(text)
        #expect(found.contains { $0.words == words && $0.value == value }, "\(found)")
    }

    @Test func tonightIsATimeOfToday() {
        let found = times("The ferry leaves tonight.")
        #expect(found.first?.value == "2025-01-20TNI")
        #expect(found.first?.type == .time)
    }

    @Test func spansKeepPrepositionsOutAndModifiersIn() {
        let found = times("Since 2014 the fleet has sailed on Sunday, in the last five years and for about five hours a day.")
        #expect(found.map(\.words) == ["2014", "Sunday", "the last five years", "five hours"])
    }

    @Test func durationsCountFromTheirUnits() {
        #expect(times("The ban ran for 18 months.").first?.value == "P18M")
        #expect(times("The flight took 2 1/2 hours.").first?.value == "PT2H30M")
        let strike = times("It was a two-week strike.")
        #expect(strike.first?.words == "two-week" && strike.first?.value == "P2W")
        #expect(times("Negotiations dragged on for years.").first?.value == "PXY")
        // An age is not a span of time.
        #expect(times("The driver, 52 years old, was unhurt.").isEmpty)
    }

    @Test func narrativeDatesAnchorThePreviousAndFollowingDay() {
        let found = times("The dam failed on January 9. Engineers had inspected it the previous day.")
        #expect(found.map(\.value) == ["2025-01-09", "2025-01-08"])
        // The narrative anchor is the date mentioned last.
        let later = times("The dam failed on January 9. Repairs began the following day, and the day after that.")
        #expect(later.first { $0.words == "the following day" }?.value == "2025-01-10")
    }

    @Test func aCountBeforeLaterIsASpanAsTimeBankMarksIt() {
        let found = times("The strike began on January 9. Two days later, talks resumed.")
        #expect(found.map(\.words) == ["January 9", "Two days"])
        #expect(found.last?.value == "P2D")
    }

    @Test func aYearEarlierInAnEarningsReportIsThatQuarterLastYear() {
        let found = times("Net income rose 12% in the third quarter. A year earlier, the company lost $3 million.")
        #expect(found.map(\.value) == ["2024-Q3", "2023-Q3"])
    }

    @Test func withoutAnAnchorValuesStayUnanchored() {
        let found = times("The post appeared on December 26; the guards met on Sunday and again last week.", published: nil)
        #expect(found.map(\.value) == ["XXXX-12-26", "XXXX-WXX-7", "XXXX-WXX"])
    }

    @Test(arguments: [
        ("The dividend will be paid Dec. 15.", "2025-12-15"),
        ("The board declared a dividend payable Dec. 15.", "2025-12-15"),
        ("The fiscal year ended Jan. 31.", "2025-01-31"),
        ("The offer expires Nov. 6.", "2025-11-06"),
    ])
    func tenseAndDistanceChooseTheYear(text: String, value: String) {
        let found = times(text, published: CivilDate(year: 2025, month: 10, day: 27)!)
        #expect(found.last?.value == value, "\(found)")
    }

    @Test func untilAndSinceLeanWithTheirMeaning() {
        let october = CivilDate(year: 2025, month: 10, day: 27)!
        #expect(times("The loans run through January.", published: october).first?.value == "2026-01")
        #expect(times("Rates have risen since March.", published: october).first?.value == "2025-03")
    }

    @Test func partsOfDayFollowTimeBank() {
        // A weekday's night or morning is dated by the day; its evening keeps the part.
        let night = times("Protesters gathered on Friday night.")
        #expect(night.first?.value == "2025-01-17" && night.first?.type == .date)
        #expect(times("The talks broke down on Friday evening.").first?.value == "2025-01-17TEV")
        #expect(times("Shares fell yesterday morning.").first?.value == "2025-01-19TMO")
    }

    @Test func wordsThatOnlyLookLikeTimesAreNot() {
        #expect(times("Mr Kavan met Jan Novak and Mar Roxas in Prague.").isEmpty)
        #expect(times("Growth may slow, officials said.").isEmpty)
        #expect(times("Rates rose 4.22 percent, to 16.2% from 11.5 in the spring of prices.").allSatisfy { $0.words != "4.22" && $0.words != "11.5" })
        #expect(times("He watched \"High Noon\" on the late show.").isEmpty)
    }
}
