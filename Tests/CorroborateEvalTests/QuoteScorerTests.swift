import CorroborateCore
import Foundation
import Testing

@testable import CorroborateEval

@Suite struct QuoteScorerTests {
    /// Writes a one-article PolNeAR-style split (texts written for this test) and returns its folder.
    func split(text: String, ann: String) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("polnear-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("text"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("attributions"), withIntermediateDirectories: true)
        try text.write(to: root.appendingPathComponent("text/harbour_2026-03-09_pier.txt"), atomically: true, encoding: .utf8)
        try ann.write(to: root.appendingPathComponent("attributions/harbour_2026-03-09_pier_a1.ann"), atomically: true, encoding: .utf8)
        return root.path
    }

    @Test func goldAttributionsAreReadFromBratStandoff() throws {
        let text = "“The pier will close,” Ana Ruiz said.\n"
        let ann = "T1\tContent 1 20\tThe pier will close\nT2\tSource 23 31\tAna Ruiz\nT3\tCue 32 36\tsaid\nE1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n"
        let docs = try PolNeARCorpus.read(split(text: text, ann: ann))
        let doc = try #require(docs.first)
        #expect(doc.publisher == "harbour")
        #expect(doc.attributions.count == 1)
        #expect(doc.attributions[0].content == [1..<20])
        #expect(doc.attributions[0].source == [23..<31])
        #expect(!doc.attributions[0].isDirect)
    }

    @Test func aFoundQuoteWithItsSpeakerScoresFull() throws {
        let text = "“The pier will close,” Ana Ruiz said.\n"
        let ann = "T1\tContent 0 22\t“The pier will close,”\nT2\tSource 23 31\tAna Ruiz\nT3\tCue 32 36\tsaid\nE1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n"
        let docs = try PolNeARCorpus.read(split(text: text, ann: ann))
        let scores = QuoteScorer.score(docs, Analyzer().analyze(docs.map(\.article)))
        #expect(scores.all.content.f1 == 1)
        #expect(scores.all.direct.f1 == 1)
        #expect(scores.all.speakerAccuracy == 1)
        #expect(scores.all.cueAccuracy == 1)
        #expect(scores.table(title: "quotes").rendered.contains("SCORE content_f1=1.0000"))
    }

    @Test func speakerNamesMatchLikeTheReferenceScorer() {
        #expect(SpeakerMatch.textMatch("Mr. Ruiz", "Ana Ruiz, the harbour chief"))
        #expect(SpeakerMatch.textMatch("the harbour chief", "Ana Ruiz, the harbour chief"))
        #expect(!SpeakerMatch.textMatch("Mr. Hale", "Ana Ruiz"))
        #expect(SpeakerMatch.matches(["he"], source: "He", at: 10, named: []))
        #expect(SpeakerMatch.matches(["Tomas Hale"], source: "he", at: 40, named: [(start: 0, text: "Tomas Hale, the mayor")]))
        #expect(SpeakerMatch.nameTokens("Ruiz's plan for the Pier") == ["Ruiz", "Pier"])
    }
}
