import CorroborateCore
import CorroborateReport
import Foundation
import Testing

@Suite struct JSONCopiesTests {
    /// An invented report and a reprint of it under another headline.
    static let body = """
        Workers at the Halden paper mill walked out on Monday after talks on pay broke down, stopping both \
        machines for the first time since the mill opened in 1987.

        Union organiser Grete Solvik said 340 workers had joined the strike and that pickets would stay at the \
        gates until the owners, Nordvik Paper, returned to the table.
        """

    @Test func aStoryListsItsCopiesAsGroupsOfArticleIDs() throws {
        let articles = [
            Article(id: "mill-wire", source: "a", outlet: "wire.example", title: "Halden mill strike begins", published: CivilDate(iso: "2026-02-02"), text: Self.body),
            Article(id: "mill-reprint", source: "b", outlet: "valley.example", title: "Paper mill halted as 340 strike", published: CivilDate(iso: "2026-02-03"), text: Self.body),
        ]
        let json = JSONReport(pretty: false).render(Analyzer().analyze(articles))
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        let story = try #require((doc["stories"] as? [[String: Any]])?.first)
        #expect(story["articles"] as? [String] == ["mill-wire", "mill-reprint"])
        #expect(story["copies"] as? [[String]] == [["mill-wire", "mill-reprint"]])
    }
}
