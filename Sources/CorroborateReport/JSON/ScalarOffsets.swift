public import CorroborateCore

/// Converts UTF-8 byte offsets of one text to Unicode scalar offsets, as the JSON contract
/// requires (`text[start:end]` in Python indexes by code point).
public struct ScalarOffsets: Sendable {
    /// `scalar[b]` is the number of scalars that start before byte `b`.
    private let scalar: [Int32]

    public init(_ text: String) {
        var table = [Int32]()
        table.reserveCapacity(text.utf8.count + 1)
        var count: Int32 = 0
        for b in text.utf8 {
            table.append(count)
            if b & 0xC0 != 0x80 { count += 1 }
        }
        table.append(count)
        scalar = table
    }

    /// The scalar offset of byte offset `byte`.
    public func callAsFunction(_ byte: Int) -> Int { Int(scalar[min(max(0, byte), scalar.count - 1)]) }

    /// The scalar range of a byte span.
    public func range(_ span: Span) -> (start: Int, end: Int) { (self(span.start), self(span.end)) }
}
