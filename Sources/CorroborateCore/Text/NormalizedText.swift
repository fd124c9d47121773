/// Text rewritten for analysis, with a map from every rewritten byte back to the original.
///
/// Typographic variants are folded to ASCII so that rules see one form: curly and angle
/// quotes become `"` and `'` (and a doubled `''` or ``` `` ``` one `"`, as some newspapers print
/// double quotes), dashes and minus signs `-`, exotic spaces a plain space, and
/// invisible characters (soft hyphen, zero-width space, byte-order mark, carriage return)
/// disappear. What folding loses — which way a curly quote faced, that a `-` was a dash —
/// is kept in ``marks``.
///
/// - Complexity: O(n) in the UTF-8 length of the text; one pass, no `Character` work.
public struct NormalizedText: Sendable {
    /// The folded UTF-8 bytes.
    public let bytes: [UInt8]
    /// `origin[i]` is the offset in the original bytes of folded byte `i`; one extra entry
    /// maps the end of the text. Empty when folding changed nothing: offsets are then the same.
    public let origin: [Int32]
    /// Typographic facts lost by folding, sorted by folded offset.
    public let marks: [Mark]

    /// A typographic fact about one folded byte.
    public struct Mark: Sendable, Hashable {
        public enum Kind: UInt8, Sendable {
            /// A left curly or angle quote (`“`, `‘`, `„`, `«`).
            case openingQuote
            /// A right curly or angle quote (`”`, `’`, `»`).
            case closingQuote
            /// An en dash, em dash or horizontal bar: a separator, never a hyphen.
            case dash
        }

        public let offset: Int32
        public let kind: Kind
    }

    /// Folds `text`.
    public init(_ text: String) {
        if let folded = text.utf8.withContiguousStorageIfAvailable({ NormalizedText.fold($0) }) {
            self = folded
        } else {
            self = Array(text.utf8).withUnsafeBufferPointer { NormalizedText.fold($0) }
        }
    }

    private init(bytes: [UInt8], origin: [Int32], marks: [Mark]) {
        self.bytes = bytes
        self.origin = origin
        self.marks = marks
    }

    /// The original byte range of folded bytes `start..<end`.
    @inlinable
    public func originalRange(_ start: Int, _ end: Int) -> Span {
        origin.isEmpty ? Span(start, end) : Span(Int(origin[start]), Int(origin[end]))
    }

    /// The folded offset of original byte offset `offset` (the first folded byte at or after it).
    public func foldedOffset(_ offset: Int) -> Int {
        guard !origin.isEmpty else { return offset }
        var lo = 0
        var hi = origin.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(origin[mid]) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Whether a byte can change under folding: anything outside printable ASCII and newline.
    @inline(__always)
    private static func mayChange(_ b: UInt8) -> Bool { b >= 0x80 || (b < 0x20 && b != 0x0A) }

    /// Whether `src` holds a doubled apostrophe or backtick, printed for a double quote.
    private static func hasDoubledMarks(_ src: UnsafeBufferPointer<UInt8>) -> Bool {
        guard src.count > 1 else { return false }
        for i in 0..<(src.count - 1) where (src[i] == 0x27 || src[i] == 0x60) && src[i + 1] == src[i] { return true }
        return false
    }

    private static func fold(_ src: UnsafeBufferPointer<UInt8>) -> NormalizedText {
        let n = src.count
        // Plain ASCII text folds to itself: no copy of the offsets is needed.
        if !src.contains(where: mayChange), !hasDoubledMarks(src) {
            return NormalizedText(bytes: Array(src), origin: [], marks: [])
        }
        var marks = [Mark]()
        var count = 0
        let out = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: n)
        let originBuffer = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n + 1)
        defer {
            out.deallocate()
            originBuffer.deallocate()
        }
        var i = 0

        @inline(__always) func emit(_ byte: UInt8, from position: Int) {
            out[count] = byte
            originBuffer[count] = Int32(position)
            count += 1
        }

        while i < n {
            let b = src[i]
            if b < 0x80 {
                if (b == 0x27 || b == 0x60), i + 1 < n, src[i + 1] == b {
                    // `''` and ``` `` ```: one double quote; a backtick pair opens.
                    if b == 0x60 { marks.append(Mark(offset: Int32(count), kind: .openingQuote)) }
                    emit(0x22, from: i)
                    i += 2
                    continue
                }
                switch b {
                case 0x0D:  // CR: dropped, so CRLF reads as LF.
                    break
                case 0x09, 0x0B, 0x0C:
                    emit(0x20, from: i)
                default:
                    emit(b, from: i)
                }
                i += 1
                continue
            }
            if b == 0xC2, i + 1 < n {
                let c = src[i + 1]
                switch c {
                case 0xA0: emit(0x20, from: i)  // no-break space
                case 0xAD: break  // soft hyphen
                case 0xAB:
                    marks.append(Mark(offset: Int32(count), kind: .openingQuote))
                    emit(0x22, from: i)
                case 0xBB:
                    marks.append(Mark(offset: Int32(count), kind: .closingQuote))
                    emit(0x22, from: i)
                default:
                    emit(b, from: i)
                    emit(c, from: i + 1)
                }
                i += 2
                continue
            }
            if b == 0xE2, i + 2 < n, src[i + 1] == 0x80 {
                let c = src[i + 2]
                var handled = true
                switch c {
                case 0x80...0x8A, 0xAF: emit(0x20, from: i)  // en quad … hair space, narrow no-break space
                case 0x8B, 0x8C, 0x8D: break  // zero-width space, non-joiner, joiner
                case 0x90, 0x91: emit(0x2D, from: i)  // hyphen, non-breaking hyphen
                case 0x92, 0x93, 0x94, 0x95:  // figure dash, en dash, em dash, horizontal bar
                    marks.append(Mark(offset: Int32(count), kind: .dash))
                    emit(0x2D, from: i)
                case 0x98, 0x9A, 0x9B:
                    marks.append(Mark(offset: Int32(count), kind: .openingQuote))
                    emit(0x27, from: i)
                case 0x99:
                    marks.append(Mark(offset: Int32(count), kind: .closingQuote))
                    emit(0x27, from: i)
                case 0x9C, 0x9E, 0x9F:
                    marks.append(Mark(offset: Int32(count), kind: .openingQuote))
                    emit(0x22, from: i)
                case 0x9D:
                    marks.append(Mark(offset: Int32(count), kind: .closingQuote))
                    emit(0x22, from: i)
                case 0xA6: emit(0x2E, from: i)  // ellipsis
                case 0xB2: emit(0x27, from: i)  // prime
                case 0xB3: emit(0x22, from: i)  // double prime
                default: handled = false
                }
                if handled {
                    i += 3
                    continue
                }
            } else if b == 0xE2, i + 2 < n, src[i + 1] == 0x88, src[i + 2] == 0x92 {  // minus sign
                emit(0x2D, from: i)
                i += 3
                continue
            } else if b == 0xE2, i + 2 < n, src[i + 1] == 0x81, src[i + 2] == 0x9F {  // medium math space
                emit(0x20, from: i)
                i += 3
                continue
            } else if b == 0xE3, i + 2 < n, src[i + 1] == 0x80, src[i + 2] == 0x80 {  // ideographic space
                emit(0x20, from: i)
                i += 3
                continue
            } else if b == 0xEF, i + 2 < n, src[i + 1] == 0xBB, src[i + 2] == 0xBF {  // byte-order mark
                i += 3
                continue
            }
            // Any other scalar is copied whole so folded text stays valid UTF-8.
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            let end = min(n, i + length)
            for k in i..<end { emit(src[k], from: k) }
            i = end
        }
        originBuffer[count] = Int32(n)
        return NormalizedText(
            bytes: Array(UnsafeBufferPointer(rebasing: out[0..<count])),
            origin: Array(UnsafeBufferPointer(rebasing: originBuffer[0...count])), marks: marks)
    }
}
