import CorroborateCore
import Testing

@testable import CorroborateIngest

@Suite struct JSONLinesReaderTests {
    @Test func recordsKeepTheirTextExactlyAndTheirFields() throws {
        let lines = """
            {"id": "a1", "published": "2026-02-01T08:30:00Z", "url": "https://www.coastal.example/x", "title": "T", "text": "  Line one.\\n\\nLine two.  "}
            {"text": "No id here.", "outlet": "Inland Times"}
            """
        let result = JSONLinesReader().read(Array(lines.utf8), source: "in.jsonl")
        #expect(result.errors.isEmpty)
        #expect(result.articles.count == 2)
        let a = result.articles[0]
        #expect(a.id == "a1")
        #expect(a.text == "  Line one.\n\nLine two.  ")
        #expect(a.published?.description == "2026-02-01")
        #expect(a.outlet == "coastal.example")
        #expect(result.articles[1].id == "in-2")
        #expect(result.articles[1].outlet == "Inland Times")
    }

    @Test func badLinesAreReportedByLineAndTheRestAreRead() {
        let lines = """
            {"id": "ok", "text": "Fine."}
            not json
            {"id": "x"}
            {"id": "y", "text": "Also fine.", "published": "last Tuesday"}
            [1, 2]
            {"id": "z", "text": "Last one."}
            """
        let result = JSONLinesReader().read(Array(lines.utf8), source: "feed.jsonl")
        #expect(result.articles.map(\.id) == ["ok", "z"])
        #expect(result.errors.map(\.source) == ["feed.jsonl:2", "feed.jsonl:3", "feed.jsonl:4", "feed.jsonl:5"])
        #expect(result.errors.map(\.code) == [.malformedJSON, .missingField, .invalidField, .malformedJSON])
    }

    @Test func htmlRecordsAreReadAsText() throws {
        let line = #"{"id": "h", "html": "<html><head><title>Ferry news</title><script>var x = '<p>no</p>';</script></head><body><nav>Menu</nav><p>Crews &amp; staff stopped work.</p><p>Talks resume &#8217;soon&#8217;.</p></body></html>"}"#
        let result = JSONLinesReader().read(Array(line.utf8), source: "pages.jsonl")
        let a = try #require(result.articles.first)
        #expect(a.title == "Ferry news")
        #expect(a.text == "Crews & staff stopped work.\n\nTalks resume \u{2019}soon\u{2019}.")
    }
}
