import CorroborateCore
import Testing

@testable import CorroborateIngest

@Suite struct PlainTextReaderTests {
    func read(_ text: String) throws -> Article {
        try PlainTextReader().read(Array(text.utf8), source: "dir/story-one.txt")
    }

    @Test func datePrefixSharingTheFirstLineIsLiftedOut() throws {
        let article = try read(" date 2026-04-02 Ferries stopped running on Tuesday.\nThe port reopened later.")
        #expect(article.published?.description == "2026-04-02")
        #expect(article.text == "Ferries stopped running on Tuesday.\nThe port reopened later.")
        #expect(article.id == "story-one")
    }

    @Test func headerLinesBecomeFieldsAndRelatedLinksLeaveTheText() throws {
        let text = """
            Daily Reader

            Ferry strike strands island visitors

            Hundreds of visitors were stranded on Skarra as ferry crews walked out.

            Union threatens second walkout next month

            Crews stopped work at dawn on Saturday, the operator said.

            with AP.

            Original URL: https://www.islandpost.example/news/ferry-strike
            """
        let article = try read(text)
        #expect(article.siteLabel == "Daily Reader")
        #expect(article.title == "Ferry strike strands island visitors")
        #expect(article.relatedLinks == ["Union threatens second walkout next month"])
        #expect(article.wireCredits == ["AP"])
        #expect(article.url == "https://www.islandpost.example/news/ferry-strike")
        #expect(article.outlet == "islandpost.example")
        #expect(article.text.hasPrefix("Hundreds of visitors were stranded"))
        #expect(article.text.hasSuffix("the operator said."))
    }

    @Test func captionPrintedTwiceIsKeptOnceAndMarked() throws {
        let text = """
            Crews worked through the night.

            A crane lifts a ferry ramp. Picture: Sam Ode/Island Post
            A crane lifts a ferry ramp. Picture: Sam Ode/Island Post

            The ramp was repaired by noon.
            """
        let article = try read(text)
        #expect(article.captions.count == 1)
        let caption = try #require(article.captions.first)
        #expect(caption.credit == "Sam Ode/Island Post")
        #expect(caption.printed == 2)
        let bytes = Array(article.text.utf8)
        #expect(String(decoding: bytes[caption.span.start..<caption.span.end], as: UTF8.self)
            == "A crane lifts a ferry ramp. Picture: Sam Ode/Island Post")
        #expect(article.text.components(separatedBy: "A crane lifts").count == 2)
    }

    @Test func emptyAndInvalidInputsAreNamedErrors() {
        #expect(throws: IngestError.self) { try PlainTextReader().read([], source: "empty.txt") }
        do {
            _ = try PlainTextReader().read([0x41, 0xC3, 0x28, 0x42], source: "bad.txt")
            Issue.record("invalid UTF-8 was accepted")
        } catch {
            #expect(error.code == .invalidUTF8)
            #expect(error.description.hasPrefix("bad.txt: invalid UTF-8 at byte 1"))
        }
        do {
            _ = try PlainTextReader().read([0x89, 0x50, 0x4E, 0x47, 0, 1, 2], source: "photo.txt")
            Issue.record("binary data was accepted")
        } catch {
            #expect(error.code == .binary)
            #expect(error.message.contains("PNG"))
        }
    }
}

extension String {
    fileprivate func components(separatedBy separator: String) -> [Substring] {
        var parts: [Substring] = []
        var rest = self[...]
        while let r = rest.firstRange(of: separator) {
            parts.append(rest[..<r.lowerBound])
            rest = rest[r.upperBound...]
        }
        parts.append(rest)
        return parts
    }
}
