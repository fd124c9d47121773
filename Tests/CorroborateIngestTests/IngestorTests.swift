import CorroborateCore
import Foundation
import Testing

@testable import CorroborateIngest

@Suite struct IngestorTests {
    /// A fresh directory with the given files.
    func directory(_ files: [String: [UInt8]]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("corroborate-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (name, bytes) in files {
            let path = dir + "/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: path, contents: Data(bytes))
        }
        return dir
    }

    @Test func badInputsAreNamedAndTheRestOfTheBatchIsRead() throws {
        let big = [UInt8](repeating: 0x61, count: 50 << 20)
        let dir = try directory([
            "good.txt": Array("Ferries stopped on Tuesday.".utf8),
            "empty.txt": [],
            "latin1.txt": [0x43, 0x61, 0x66, 0xE9],
            "image.txt": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0],
            "huge.txt": big,
            "nested/more.jsonl": Array(#"{"id":"j","text":"Crews returned."}"#.utf8),
            ".hidden.txt": Array("Ignored.".utf8),
            "notes.bin": [1, 2, 3],
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = Ingestor().ingest([dir, dir + "/missing.txt"])
        #expect(result.articles.map(\.id) == ["good", "j"])
        let byFile = Dictionary(result.errors.map { ($0.source.split(separator: "/").last.map(String.init) ?? "", $0.code) }, uniquingKeysWith: { a, _ in a })
        #expect(byFile["empty.txt"] == .empty)
        #expect(byFile["latin1.txt"] == .invalidUTF8)
        #expect(byFile["image.txt"] == .binary)
        #expect(byFile["huge.txt"] == .tooLarge)
        #expect(byFile["missing.txt"] == .unreadable)
        #expect(result.errors.allSatisfy { $0.description.hasPrefix($0.source + ": ") })
    }

    @Test func standardInputIsSniffedForItsFormat() {
        let result = Ingestor().ingest(["-"], standardInput: { Array(#"{"id":"s","text":"From a pipe."}"#.utf8) })
        #expect(result.articles.map(\.id) == ["s"])
        let text = Ingestor().ingest(["-"], standardInput: { Array("date 2026-01-02\nPlain words.".utf8) })
        #expect(text.articles.first?.published?.description == "2026-01-02")
        #expect(text.articles.first?.source == "stdin")
    }

    @Test func identicalTextIsKeptOnceAndIdsStayUnique() {
        let lines = """
            {"id": "a", "text": "Same words."}
            {"id": "b", "text": "Same words."}
            {"id": "a", "text": "Other words."}
            {"id": "c", "text": "Same words.", "published": "2026-02-03"}
            """
        let result = Ingestor().ingest(bytes: Array(lines.utf8), source: "x.jsonl")
        // The reprint under another date is a separate article; the undated copy is not.
        #expect(result.articles.map(\.id) == ["a", "a-2", "c"])
        #expect(result.duplicates.map(\.of) == ["a"])
    }
}
