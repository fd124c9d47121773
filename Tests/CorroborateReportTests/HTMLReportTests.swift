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
        for tag in ["<mark", "<a id="] {
            while let open = inside.range(of: tag), let close = inside.range(of: ">", range: open.upperBound..<inside.endIndex) {
                inside.removeSubrange(open.lowerBound..<close.upperBound)
            }
        }
        #expect(inside.replacingOccurrences(of: "</mark>", with: "").replacingOccurrences(of: "</a>", with: "") == text)
    }

    @Test func theReportHasTheBriefFiguresTableAndSpeakersWithLinksThatLand() throws {
        let html = HTMLReport().document(SampleCorpus.corpus).render()
        #expect(html.contains("<ol class=\"brief\">"))
        #expect(html.contains("<table class=\"figures\">"))
        #expect(html.contains("<tr class=\"conflict\">"))
        #expect(html.contains("<h3>Who said what</h3>"))
        #expect(html.contains("<h4>Tomas Hale</h4>"))
        // Every link to a cited span has its anchor in the same file.
        var targets: [String] = []
        var rest = html[...]
        while let r = rest.range(of: "href=\"#a-") {
            let tail = rest[r.upperBound...]
            guard let q = tail.firstIndex(of: "\"") else { break }
            targets.append("a-" + tail[..<q])
            rest = tail[q...]
        }
        #expect(targets.count > 10)
        for t in Set(targets) { #expect(html.contains("id=\"\(t)\""), "\(t)") }
    }

    @Test func aHostileArticleRunsNoScriptInTheStoryReport() {
        let evil = #"Mayor Ana Ruiz said the Korvo dam held.<script>alert(1)</script> "It held," she said. <iframe src="https://x.example"></iframe>"#
        let calm = "Mayor Ana Ruiz said the Korvo dam held on Sunday after the storm, officials in Korvo said."
        let corpus = Analyzer().analyze([
            Article(id: "evil\"><script>", source: "e", outlet: "<b>evil</b>.example", published: CivilDate(iso: "2025-05-04"), text: evil),
            Article(id: "calm", source: "c", outlet: "calm.example", published: CivilDate(iso: "2025-05-04"), text: calm),
        ])
        let html = HTMLReport().document(corpus).render()
        #expect(!html.contains("<script"))
        #expect(!html.contains("<iframe"))
        #expect(!html.contains("<b>evil"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func identifiersAreSafeInLinks() {
        #expect(HTMLEscape.urlComponent("a b/\"c\"") == "a%20b%2F%22c%22")
        #expect(HTMLEscape.text("<a href='x'>&</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;")
    }
}
