@testable import CorroborateCore

/// A quote as the tests read it: strings instead of spans.
struct QuoteSeen {
    var text: String
    var kind: QuoteKind
    var speaker: String?
    var speakerEntity: String?
    var resolution: Attribution.Resolution?
    var anonymous: Bool
    var cue: String?
    var via: [(String, Relay.Role)]
    var utterance: Int?
}

/// Runs the entity and quote extractors over `text`.
func extractQuotes(_ text: String) -> [QuoteSeen] {
    let view = TextView(text)
    let entities = EntityExtractor().extract(view)
    let bytes = Array(text.utf8)
    func s(_ span: Span) -> String { String(decoding: bytes[span.start..<span.end], as: UTF8.self) }
    return QuoteExtractor().extract(view, entities: entities).map { q in
        QuoteSeen(
            text: s(q.span), kind: q.kind, speaker: q.speaker.map { s($0.span) },
            speakerEntity: q.speaker?.entity.map { entities.entities[$0].name }, resolution: q.speaker?.resolution,
            anonymous: q.speaker?.isAnonymous ?? false, cue: q.cue.map(s), via: q.via.map { (s($0.span), $0.role) },
            utterance: q.utterance)
    }
}

extension Array where Element == QuoteSeen {
    /// The first quote whose text contains `words`.
    func with(_ words: String) -> QuoteSeen? { first { $0.text.contains(words) } }
}
