import Testing

@testable import CorroborateCore

@Suite struct TimeExtractorTests {
    let published = CivilDate(year: 2025, month: 1, day: 20)!  // a Monday

    func times(_ text: String, published: CivilDate? = CivilDate(year: 2025, month: 1, day: 20)) -> [(String, String?, TimeType)] {
        let view = TextView(text)
        let bytes = Array(text.utf8)
        return TimeExtractor().extract(view, published: published).map {
            (String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self), $0.value, $0.type)
        }
    }

    @Test(arguments: [
        ("The ships left on January 9.", "January 9", "2025-01-09"),
        ("Talks began on Jan. 9, 2024 in the capital.", "Jan. 9, 2024", "2024-01-09"),
        ("Talks began on 9 January in the capital.", "9 January", "2025-01-09"),
        ("The report was dated 2025-01-14 and signed.", "2025-01-14", "2025-01-14"),
        ("The post appeared on December 26 and spread.", "December 26", "2024-12-26"),
        ("The meeting happened yesterday.", "yesterday", "2025-01-19"),
        ("The crews met on Sunday.", "Sunday", "2025-01-19"),
        ("The crews will meet on Sunday.", "Sunday", "2025-01-26"),
        ("He resigned last week.", "last week", "2025-W03"),
        ("Prices rose this week.", "this week", "2025-W04"),
        ("Exports fell last month.", "last month", "2024-12"),
        ("Sales fell in December.", "December", "2024-12"),
        ("The law was passed in 2019.", "2019", "2019"),
        ("The siege lasted three years.", "three years", "P3Y"),
        ("Markets open every Monday.", "every Monday", "XXXX-WXX-1"),
    ])
    func resolvesAgainstThePublicationDate(text: String, words: String, value: String) {
        let found = times(text)
        #expect(found.contains { $0.0 == words && $0.1 == value }, "\(found)")
    }

    @Test func previousDayCountsFromTheLastDateMentioned() {
        let found = times("The dam failed on January 9. Engineers had inspected it the previous day.")
        #expect(found.map(\.1) == ["2025-01-09", "2025-01-08"])
    }

    @Test func slashDatesFollowTheLocaleRule() {
        let view = TextView("The order was signed on 01/09/2025.")
        #expect(TimeExtractor().extract(view, published: nil).first?.value == "2025-01-09")
        #expect(TimeExtractor(dayFirst: true).extract(view, published: nil).first?.value == "2025-09-01")
    }

    @Test func withoutADateRelativeTimesStayUnanchored() {
        let found = times("The post appeared on December 26, and on Sunday they met again last week.", published: nil)
        #expect(found.map(\.1) == ["XXXX-12-26", "XXXX-WXX-7", "XXXX-WXX"])
    }

    @Test func aRangeResolvesOnlyWhatItMakesUnambiguous() {
        let view = TextView("The post appeared on December 26. They met on Sunday.")
        let times = TimeExtractor().extract(view, published: nil)
        let range = DateRange(from: CivilDate(year: 2025, month: 1, day: 13)!, to: CivilDate(year: 2025, month: 1, day: 27)!, basis: "test")
        let resolved = TimeResolver.resolve(times, range: range)
        #expect(resolved.map(\.value) == ["2024-12-26", "XXXX-WXX-7"])
        #expect(resolved.map(\.anchor) == [.inferred, .unresolved])
    }
}
