import CorroborateCore
import CorroborateIngest
import Foundation
import Testing

@testable import CorroborateReport

/// The fields a web page adds to an article in the JSON contract.
@Suite struct JSONPageFieldsTests {
    private static let page = """
        <html lang="en"><head><title>Bridge reopens | Riverside Post</title>
        <meta property="og:site_name" content="Riverside Post"><meta name="author" content="Lio Farran">
        <meta property="article:published_time" content="2026-07-02T06:30:00Z"></head>
        <body><article><h1>Bridge reopens</h1>
        <p>The old river bridge reopened to traffic on Wednesday after eight months of repairs, the council said.</p>
        <figure><img src="b.jpg" alt=""><figcaption>Cars cross the bridge on Wednesday morning.</figcaption></figure>
        <p>Engineers replaced the deck and strengthened two piers, and the weight limit has been raised.</p>
        </article></body></html>
        """

    private func article() throws -> [String: Any] {
        let result = Ingestor().ingest(bytes: Array(Self.page.utf8), source: "saved/bridge.html", format: .html)
        let corpus = Analyzer().analyze(result.articles)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONReport().render(corpus))) as? [String: Any])
        return try #require((json["articles"] as? [[String: Any]])?.first)
    }

    @Test func pageMetadataCarriesItsSources() throws {
        let a = try article()
        #expect(a["byline"] as? String == "Lio Farran")
        #expect(a["language"] as? String == "en")
        #expect(a["published"] as? String == "2026-07-02")
        let metadata = try #require(a["metadata"] as? [String: Any])
        let published = try #require(metadata["published"] as? [String: Any])
        #expect(published["value"] as? String == "2026-07-02T06:30:00Z")
        #expect(published["source"] as? String == "meta:article:published_time")
        #expect((metadata["siteName"] as? [String: Any])?["value"] as? String == "Riverside Post")
    }

    @Test func originalBytesAreIdentifiedAndCaptionsMarked() throws {
        let a = try article()
        let original = try #require(a["original"] as? [String: Any])
        #expect(original["sha256"] as? String == SHA256.hex(Array(Self.page.utf8)))
        #expect(original["path"] as? String == "saved/bridge.html")
        #expect(original["bytes"] as? Int == Self.page.utf8.count)
        let captions = try #require(a["captions"] as? [[String: Any]])
        #expect(captions.first?["text"] as? String == "Cars cross the bridge on Wednesday morning.")
    }

    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array(String(repeating: "a", count: 1_000).utf8)
        #expect(SHA256.hex(long) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
