import Testing

@testable import CorroborateStore

@Suite struct SearchQueryTests {
    @Test func operatorsAndQuotesCannotReachTheQueryLanguage() {
        #expect(SearchQuery.fts5(#"dam" OR body:x* NEAR(a b) -c"#) == #""dam" "or" "body" "x" "near" "a" "b" "c""#)
        #expect(SearchQuery.fts5("  ") == nil)
        #expect(SearchQuery.fts5("!!!") == nil)
    }

    @Test func theLastWordMatchesAsAPrefixWhenLongEnough() {
        #expect(SearchQuery.fts5("Korvo dam bre") == #""korvo" "dam" "bre"*"#)
        #expect(SearchQuery.fts5("Korvo da") == #""korvo" "da""#)
    }

    @Test func lettersOfAnyScriptAndDigitsAreWords() {
        #expect(SearchQuery.words("Zürich 2025 Ελλάδα, naïve") == ["zürich", "2025", "ελλάδα", "naïve"])
        #expect(SearchQuery.words(String(repeating: "w ", count: 40)).count == 16)
    }
}
