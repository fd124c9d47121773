import CorroborateCore
import Foundation
import Testing

@testable import CorroborateReport

@Suite struct JSONContractTests {
    func document() throws -> [String: Any] {
        let bytes = JSONReport().render(SampleCorpus.corpus)
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    /// Every object with text/start/end inside `value`, with the article text it indexes.
    func spans(in value: Any, text: [Unicode.Scalar], path: String, into out: inout [(String, [String: Any], [Unicode.Scalar])]) {
        if let object = value as? [String: Any] {
            if object["text"] is String, object["start"] is Int, object["end"] is Int { out.append((path, object, text)) }
            for (key, child) in object where key != "text" { spans(in: child, text: text, path: path + "." + key, into: &out) }
        } else if let array = value as? [Any] {
            for (i, child) in array.enumerated() { spans(in: child, text: text, path: path + "[\(i)]", into: &out) }
        }
    }

    @Test func everyItemsTextIsItsArticleTextAtItsCodePointOffsets() throws {
        let doc = try document()
        let articles = try #require(doc["articles"] as? [[String: Any]])
        var items: [(String, [String: Any], [Unicode.Scalar])] = []
        var textByID: [String: [Unicode.Scalar]] = [:]
        for article in articles {
            let text = Array(try #require(article["text"] as? String).unicodeScalars)
            textByID[article["id"] as? String ?? ""] = text
            for field in ["entities", "quotes", "figures", "times", "captions"] {
                spans(in: article[field] as Any, text: text, path: "\(article["id"]!).\(field)", into: &items)
            }
        }
        for story in try #require(doc["stories"] as? [[String: Any]]) {
            for key in ["comparisons", "timeline", "brief"] {
                for entry in story[key] as? [[String: Any]] ?? [] {
                    let owner = (entry["article"] as? String).flatMap { textByID[$0] }
                    // A timeline event's reports point into their own articles.
                    var own = entry
                    own["reports"] = nil
                    if let owner { spans(in: own, text: owner, path: "story.\(key)", into: &items) }
                    let sides = (entry["items"] as? [[String: Any]] ?? []) + (entry["reports"] as? [[String: Any]] ?? [])
                    for item in sides + (entry["citations"] as? [[String: Any]] ?? []) {
                        if let t = (item["article"] as? String).flatMap({ textByID[$0] }) {
                            spans(in: item, text: t, path: "story.items", into: &items)
                        }
                    }
                }
            }
        }
        #expect(items.count > 200)
        for (path, item, text) in items {
            let start = item["start"] as! Int
            let end = item["end"] as! Int
            #expect(0 <= start && start <= end && end <= text.count, "\(path)")
            guard 0 <= start, start <= end, end <= text.count else { continue }
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: text[start..<end])
            #expect(String(scalars) == item["text"] as? String, "\(path)")
        }
    }

    @Test func documentCarriesTheSchemaAndEveryContractField() throws {
        let doc = try document()
        #expect(doc["schema"] as? String == "corroborate/1")
        let article = try #require((doc["articles"] as? [[String: Any]])?.first)
        for key in ["id", "source", "url", "outlet", "title", "published", "publishedRange", "text", "entities", "quotes", "figures", "times"] {
            #expect(article.keys.contains(key), "article.\(key)")
        }
        let quote = try #require((article["quotes"] as? [[String: Any]])?.first)
        for key in ["text", "start", "end", "kind", "speaker", "cue", "via"] { #expect(quote.keys.contains(key), "quote.\(key)") }
        let figure = try #require((article["figures"] as? [[String: Any]])?.first)
        for key in ["value", "low", "high", "approximate", "hedge", "unit", "what", "event", "claimant"] {
            #expect(figure.keys.contains(key), "figure.\(key)")
        }
        let entity = try #require((doc["entities"] as? [[String: Any]])?.first)
        for key in ["id", "name", "type", "aliases"] { #expect(entity.keys.contains(key), "entity.\(key)") }
        let story = try #require((doc["stories"] as? [[String: Any]])?.first)
        for key in ["id", "articles", "title", "comparisons"] { #expect(story.keys.contains(key), "story.\(key)") }
    }

    @Test func speakerEntityIDsPointIntoTheTopLevelEntities() throws {
        let doc = try document()
        let ids = Set((doc["entities"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
        var checked = 0
        for article in doc["articles"] as? [[String: Any]] ?? [] {
            for quote in article["quotes"] as? [[String: Any]] ?? [] {
                guard let id = (quote["speaker"] as? [String: Any])?["entity"] as? String else { continue }
                #expect(ids.contains(id))
                checked += 1
            }
        }
        #expect(checked > 10)
    }

    @Test func inputProblemsAreListed() throws {
        let bytes = JSONReport().render(
            SampleCorpus.corpus,
            notices: [InputNotice(kind: .error, source: "x.txt", code: "empty", message: "empty input (0 bytes)")])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let errors = try #require(doc["errors"] as? [[String: Any]])
        #expect(errors.first?["source"] as? String == "x.txt")
        #expect(errors.first?["code"] as? String == "empty")
    }
}
