import Testing
import Foundation
@testable import CorroborateCore

@Test func debugScratch() throws {
    guard let path = ProcessInfo.processInfo.environment["DEBUG_TEXT"] else { return }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let view = TextView(text)
    let e = EntityExtractor().extract(view)
    let p = SpeakerPhrases(view: view, entities: e)
    for (k, t) in view.tokens.enumerated() where t.classes.contains(.reportingVerb) {
        let s = p.subject(before: k, from: 0)
        print("CUE", view.text(token: k), s.map { view.text(tokens: $0) } ?? "nil", s.map { p.canSpeak($0) } ?? false)
    }
    let q = QuoteExtractor().extract(view, entities: e)
    print(q.count)
}
