/// A half-open range of UTF-8 byte offsets into an article's ``Article/text``.
///
/// Analysis works on bytes; reports convert spans to Unicode scalar offsets once, at output,
/// so that `text[start..<end]` holds in any language that indexes strings by code point.
public struct Span: Sendable, Hashable, Comparable, Codable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public var isEmpty: Bool { end <= start }
    public var length: Int { end - start }

    /// Whether the two spans share at least one byte.
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    /// Whether `other` lies entirely inside this span.
    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

    /// The smallest span covering both.
    public func union(_ other: Span) -> Span { Span(min(start, other.start), max(end, other.end)) }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}

extension Span {
    /// The words of `text` this span covers, clamped to the text and to character
    /// boundaries, without copying the text.
    public func words(in text: String) -> String {
        let utf8 = text.utf8
        let count = utf8.count
        let s = Swift.max(0, Swift.min(start, count))
        let e = Swift.max(s, Swift.min(end, count))
        let lower = utf8.index(utf8.startIndex, offsetBy: s)
        let upper = utf8.index(lower, offsetBy: e - s)
        return String(decoding: utf8[lower..<upper], as: UTF8.self)
    }
}
