import Testing

@testable import CorroborateCore

@Suite struct CorroborationTests {
    func article(_ id: String, _ outlet: String, _ date: String?, _ text: String, title: String? = nil) -> Article {
        Article(id: id, source: id, outlet: outlet, title: title, published: date.flatMap { CivilDate(iso: $0) }, text: text)
    }

    @Test func partsAreSummedBeforeComparingAndDisjointTotalsConflict() throws {
        let a = article("a", "first.example", "2025-05-02", "Governor Ana Ruiz said about 4,500 residents were killed or injured in the Korvo floods.")
        let b = article("b", "second.example", "2025-05-03", "The Korvo flood agency reported that 250 residents were killed and 2,900 injured by the Korvo floods, Governor Ana Ruiz confirmed.")
        let corpus = Analyzer().analyze([a, b])
        #expect(corpus.stories.count == 1)
        let conflict = try #require(corpus.stories[0].comparisons.first { $0.kind == .conflict })
        #expect(conflict.items.count == 2)
        #expect(conflict.items.contains { $0.value?.contains("2,900") == true })
        #expect(conflict.items.contains { $0.value == "about 4,500" })
    }

    @Test func hedgedFiguresWithinToleranceAgree() throws {
        let a = article("a", "first.example", "2025-05-02", "About 3,000 residents were evacuated from Korvo, officials said.")
        let b = article("b", "second.example", "2025-05-02", "Some 3,100 people were evacuated from Korvo, the Korvo agency said.")
        let corpus = Analyzer().analyze([a, b])
        #expect(corpus.stories.count == 1)
        #expect(corpus.stories[0].comparisons.contains { $0.kind == .agreement && $0.items.count == 2 })
    }

    @Test func unrelatedReportsFormSeparateStories() {
        let a = article("a", "x.example", "2025-05-02", "The Korvo Dam burst after heavy rain, flooding villages in the Lenner Valley. Governor Ana Ruiz ordered evacuations.")
        let b = article("b", "y.example", "2025-05-02", "Dockworkers at Port Casimir went on strike over pay. The Tallowby Dockers Union said 1,200 members walked out.")
        let c = article("c", "z.example", "2025-05-03", "Governor Ana Ruiz said the Korvo Dam had been inspected before it burst and flooded the Lenner Valley.")
        let corpus = Analyzer().analyze([a, b, c])
        #expect(corpus.stories.map(\.articles) == [[0, 2], [1]])
    }

    @Test func undatedArticleGetsARangeFromItsStoryAndText() throws {
        let dated = article("a", "x.example", "2025-03-10", "The Korvo Dam burst on Sunday, Governor Ana Ruiz said. Villages in the Lenner Valley flooded.")
        let undated = article("b", "y.example", nil, "Governor Ana Ruiz said the Korvo Dam, which burst on March 9, flooded the Lenner Valley.")
        let corpus = Analyzer().analyze([dated, undated])
        let b = corpus.articles[1]
        #expect(b.article.published == nil)
        let range = try #require(b.publishedRange)
        #expect(range.from.description == "2025-03-09")
        // Not more than a week after the March 9 it reports as past (news reports recent events).
        #expect(range.to.description == "2025-03-16")
        #expect(range.basis.contains("2025-03-10"))
        #expect(b.times.first?.value == "2025-03-09")
    }

    @Test func namesLinkAcrossArticlesOfAStory() {
        let a = article("a", "x.example", "2025-05-02", "Governor Ana Ruiz visited the Korvo Dam in the Lenner Valley on Friday.")
        let b = article("b", "y.example", "2025-05-02", "Ms Ruiz said the Korvo Dam in the Lenner Valley would be rebuilt.")
        let corpus = Analyzer().analyze([a, b])
        let ruiz = corpus.entities.filter { $0.name == "Ana Ruiz" }
        #expect(ruiz.count == 1)
        #expect(ruiz.first?.aliases.contains("Ruiz") == true)
    }

    @Test func parallelAnalysisGivesTheSameResultAsSerial() {
        let articles = (0..<12).map { i in
            article("a\(i)", "o\(i % 3).example", "2025-05-0\(1 + i % 5)", "Governor Ana Ruiz said \(100 + i) homes in the Lenner Valley were flooded on Friday.")
        }
        let serial = Analyzer().analyze(articles, parallelism: 1)
        let parallel = Analyzer().analyze(articles, parallelism: 4)
        #expect(serial.stories == parallel.stories)
        #expect(serial.articles.map(\.figures) == parallel.articles.map(\.figures))
    }
}
