import CorroborateCore
import CorroborateReport
import Foundation
import Testing

@Suite struct HTMLReportTests {
    @Test func aReportFileStandsAloneAndLoadsNothing() {
        let html = HTMLReport().document(SampleCorpus.corpus).render()
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(html.contains("<style>"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
    }

    @Test func theStoryPageHasTheMarkdownReportsFindings() throws {
        let corpus = SampleCorpus.corpus
        let s = try #require(corpus.stories.firstIndex { $0.comparisons.contains { $0.kind == .conflict } })
        let html = HTMLReport().story(corpus, story: s)
        #expect(html.contains("<h2>Conflicts</h2>"))
        #expect(html.contains("<span class=\"badge conflict\">conflict</span>"))
        #expect(html.contains("<h2>Sources</h2>"))
        for a in corpus.stories[s].articles {
            #expect(html.contains("href=\"#article-\(HTMLEscape.urlComponent(corpus.articles[a].article.id))\""))
        }
    }

    @Test func articleTextIsEscapedAndItsItemsMarked() {
        let text = #"Mayor Ana Ruiz said <img src=x onerror="alert(1)"> about 300 homes flooded on Sunday. "We need boats & pumps," she said."#
        let article = Article(id: "a&b", source: "a.txt", url: "javascript:alert(1)", title: "<b>Floods</b>", published: CivilDate(iso: "2025-05-04"), text: text)
        let corpus = Analyzer().analyze([article])
        let html = HTMLReport().article(corpus)
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>Floods"))
        #expect(html.contains("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"))
        #expect(html.contains("<mark class=\"quote\""))
        #expect(html.contains("<mark class=\"figure\""))
        #expect(html.contains("<mark class=\"time\""))
        #expect(!html.contains("href=\"javascript:"))
        #expect(html.contains("boats &amp; pumps"))
    }

    @Test func overlappingMarksKeepEveryCharacterOnce() {
        let text = "Officials said 1,200 people left Brannock on Monday, the Brannock council said."
        let corpus = Analyzer().analyze([Article(id: "x", source: "x", published: CivilDate(iso: "2025-01-20"), text: text)])
        let html = HTMLReport().article(corpus)
        guard let start = html.range(of: "<div class=\"article-text\">"), let end = html.range(of: "</div>", range: start.upperBound..<html.endIndex)
        else {
            Issue.record("no article text")
            return
        }
        var inside = String(html[start.upperBound..<end.lowerBound])
        while let open = inside.range(of: "<mark"), let close = inside.range(of: ">", range: open.upperBound..<inside.endIndex) {
            inside.removeSubrange(open.lowerBound..<close.upperBound)
        }
        #expect(inside.replacingOccurrences(of: "</mark>", with: "") == text)
    }

    @Test func identifiersAreSafeInLinks() {
        #expect(HTMLEscape.urlComponent("a b/\"c\"") == "a%20b%2F%22c%22")
        #expect(HTMLEscape.text("<a href='x'>&</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;")
    }
}
