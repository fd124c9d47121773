import Testing

@testable import CorroborateIngest

@Suite struct DateTextTests {
    @Test(arguments: [
        ("Jan 17, 2008", "2008-01-17"),
        ("Posted: 6:12 PM Dec 30, 2007", "2007-12-30"),
        ("Published - Sunday, December 30, 2007", "2007-12-30"),
        ("31 December 2007, 12:20", "2007-12-31"),
        ("Thursday, December 27 2007, 07:00 GMT", "2007-12-27"),
        ("Last Updated: Saturday, 12 January 2008, 14:28 GMT", "2008-01-12"),
        ("2008-01-10T16:49:12-05:00", "2008-01-10T16:49:12-05:00"),
        ("2008-01-10T16:49:12Z", "2008-01-10T16:49:12Z"),
        ("Thu, 10 Jan 2008 03:47:03 GMT", "2008-01-10"),
        ("10. Januar 2008", "2008-01-10"),
        ("10 de enero de 2008", "2008-01-10"),
        ("Mardi 15 janvier 2008", "2008-01-15"),
        ("2008年1月10日", "2008-01-10"),
        ("Release: 01/10/2008", "2008-01-10"),
        ("15.01.2008", "2008-01-15"),
        ("Tuesday, 15th January 2008", "2008-01-15"),
        ("Jan. 10, 2008 12:00 AM", "2008-01-10"),
        ("Tue. Jan. 8 2008 5:10 PM ET", "2008-01-08"),
        ("2008-01-10 16:49", "2008-01-10T16:49"),
        ("15:43 - 13th, Jan 2008", "2008-01-13"),
        ("Last modified: March 9. 2026 4:30PM", "2026-03-09"),
    ])
    func readsPrintedDates(_ text: String, _ iso: String) {
        #expect(DateText().first(in: text)?.iso == iso)
    }

    @Test func refusesImpossibleDates() {
        #expect(DateText().first(in: "February 30, 2008") == nil)
        #expect(DateText().first(in: "in 2008 they said") == nil)
    }

    @Test func readsSlashedDatesDayFirstWhenAsked() {
        #expect(DateText(dayFirst: true).first(in: "05/01/2008")?.iso == "2008-01-05")
        #expect(DateText().first(in: "05/01/2008")?.iso == "2008-05-01")
    }
}
