import CorroborateCore
import Testing

@testable import CorroborateReport

@Suite struct MarkdownReportTests {
    let markdown = MarkdownReport().render(SampleCorpus.corpus)

    @Test func storiesListConflictsAgreementsAndTimeline() {
        #expect(markdown.hasPrefix("# Corroborate report\n\n7 articles from 3 sources in 2 stories."))
        #expect(markdown.contains("### Conflicts\n\n- **people killed or wounded**"))
        #expect(markdown.contains("### Agreements"))
        #expect(markdown.contains("### Timeline\n\n| Date | Source | What |"))
        #expect(markdown.contains("| 2026-03-08 | harbourledger.example |"))
    }

    @Test func storiesOpenWithACitedBriefAndTabulateFiguresBySource() {
        #expect(markdown.contains("### Brief\n\n1. "))
        #expect(markdown.contains("### Figures by claimant and outlet\n\n| Figure | Value | Claimant | Outlet | As of | Finding |"))
        #expect(markdown.contains("| people killed or wounded | at least 60 | Tomas Hale | northline.example | 2026-03-09 | **conflict** |"))
        #expect(markdown.contains("### Who said what\n\n**"))
        #expect(markdown.contains("**Petra Lindqvist**\n\n- harbourledger.example, indirect (said): “14 people had been killed"))
        #expect(markdown.contains("### Reported by one source only"))
    }

    @Test func articlesListSpeakersFiguresAndDates() {
        #expect(markdown.contains("- **Tomas Hale (continued)** (continues), direct: “We asked for pumps on Sunday morning. They arrived yesterday.”"))
        #expect(markdown.contains("| At least 60 | at least 60 | people | killed or wounded |"))
        #expect(markdown.contains("| March 8 | 2026-03-08 | from the inferred date range |"))
        #expect(markdown.contains("- Published: undated; between 2026-03-08 and 2026-03-15"))
    }

    @Test func tableCellsEscapeMarkdown() {
        let article = Article(
            id: "pipes", source: "pipes.txt", published: CivilDate(year: 2026, month: 1, day: 5),
            text: "Officials said 12 | 13 *bold* homes_were flooded on Sunday.")
        let report = MarkdownReport().render(Analyzer().analyze([article]))
        #expect(report.contains("12 \\| 13 \\*bold\\* homes\\_were flooded"))
        #expect(!report.contains("12 | 13"))
    }

    @Test func textReportTellsTheSameStories() {
        let text = TextReport().render(SampleCorpus.corpus)
        #expect(text.contains("STORY s1: Dam breach floods villages in Lenner Valley"))
        #expect(text.contains("[conflict, figure] people killed or wounded"))
    }
}
