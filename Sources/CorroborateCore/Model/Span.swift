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
