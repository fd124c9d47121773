/// Splits folded text into ``Token``s in one pass over its bytes.
///
/// Words keep inner hyphens (`Jong-un`), apostrophes (`don't`) and dots of initialisms
/// (`U.S.`); a possessive `'s` becomes its own token so that `Russia's` names `Russia`.
/// Numbers keep their separators (`18,500`, `2.5`, `01/09/2025`, `10:30`) and a glued suffix
/// (`20th`, `3bn`, `2.7m`). Quotation marks carry the direction they were printed with.
///
/// - Complexity: O(n) in the byte length, plus one ``Lexicon`` probe per word.
enum Tokenizer {
    static func tokenize(_ text: NormalizedText) -> [Token] {
        // The marks are read through a buffer: `mark(at:)` is handed to every word's scan, and
        // capturing the array itself retained and released it once per word.
        text.marks.withUnsafeBufferPointer { marks in
            tokenize(text, marks: marks)
        }
    }

    private static func tokenize(_ text: NormalizedText, marks: UnsafeBufferPointer<NormalizedText.Mark>) -> [Token] {
        text.bytes.withUnsafeBufferPointer { bytes in
            var tokens: [Token] = []
            tokens.reserveCapacity(bytes.count / 5)
            var markIndex = 0
            let n = bytes.count
            var i = 0
            var newlines = 1
            var space = true
            let lexicon = Lexicons.words

            func mark(at offset: Int) -> NormalizedText.Mark.Kind? {
                while markIndex < marks.count, Int(marks[markIndex].offset) < offset { markIndex += 1 }
                if markIndex < marks.count, Int(marks[markIndex].offset) == offset { return marks[markIndex].kind }
                return nil
            }

            while i < n {
                let b = bytes[i]
                if b == 0x20 {
                    space = true
                    i += 1
                    continue
                }
                if b == 0x0A {
                    newlines += 1
                    space = true
                    i += 1
                    continue
                }
                let start = i
                var flags: Token.Flags = []
                if space { flags.insert(.spaceBefore) }
                if newlines > 0 { flags.insert(.lineStart) }
                if newlines > 1 { flags.insert(.blankLineBefore) }
                var kind = Token.Kind.punctuation
                var classes: WordClass = []

                if ByteClass.isDigit(b) {
                    kind = .number
                    i = scanNumber(bytes, from: i)
                    flags.insert(.hasDigit)
                } else if ByteClass.isLetterStart(bytes, i) {
                    kind = .word
                    let scan = scanWord(bytes, from: i, mark: mark)
                    i = scan.end
                    flags.formUnion(scan.flags)
                    var lookupEnd = i
                    if flags.contains(.dotted), bytes[i - 1] == 0x2E { lookupEnd -= 1 }
                    if let found = lexicon.lookup(UnsafeBufferPointer(rebasing: bytes[start..<lookupEnd])) {
                        classes = found
                    }
                } else if b == 0x22 {
                    kind = .quote
                    switch mark(at: i) {
                    case .openingQuote: flags.insert(.opening)
                    case .closingQuote: flags.insert(.closing)
                    default: break
                    }
                    i += 1
                } else if b == 0x27 {
                    let printed = mark(at: i)
                    let previous = tokens.last
                    let glued = !space && previous != nil && previous!.kind == .word
                    let next = i + 1 < n ? bytes[i + 1] : 0x20
                    // `Russia's`, and `Russia 's` as tokenised corpora (CoNLL, ECB+) print it.
                    let spacedPossessive = space && previous?.kind == .word && printed != .openingQuote
                    if (glued && previous?.end == Int32(i)) || spacedPossessive, (next == 0x73 || next == 0x53),
                        i + 2 >= n || !ByteClass.isWordByte(bytes[i + 2])
                    {
                        kind = .possessive
                        i += 2
                    } else if glued, previous!.end == Int32(i), let p = previous,
                        bytes[Int(p.end) - 1] == 0x73 || bytes[Int(p.end) - 1] == 0x53,
                        !ByteClass.isWordByte(next), printed != .openingQuote
                    {
                        kind = .possessive
                        i += 1
                    } else {
                        kind = .quote
                        flags.insert(.single)
                        if printed == .openingQuote { flags.insert(.opening) }
                        if printed == .closingQuote { flags.insert(.closing) }
                        i += 1
                    }
                } else if b == 0x2D {
                    let isDash = mark(at: i) == .dash
                    var end = i + 1
                    while end < n, bytes[end] == 0x2D { end += 1 }
                    let spaced = space || end >= n || bytes[end] == 0x20 || bytes[end] == 0x0A
                    kind = isDash || end - i > 1 || spaced ? .dash : .punctuation
                    i = end
                } else if b == 0x2E {
                    var end = i + 1
                    while end < n, bytes[end] == 0x2E { end += 1 }
                    i = end - i >= 3 ? end : i + 1
                } else if b < 0x80 {
                    kind = ByteClass.isSymbol(b) ? .symbol : .punctuation
                    i += 1
                } else {
                    kind = .symbol
                    i = min(n, i + ByteClass.scalarLength(b))
                }
                newlines = 0
                space = false
                if i >= n || bytes[i] == 0x20 || bytes[i] == 0x0A { flags.insert(.spaceAfter) }
                tokens.append(Token(start: Int32(start), end: Int32(i), kind: kind, flags: flags, classes: classes))
            }
            return tokens
        }
    }

    /// Scans a word from a letter; returns where it ends and the shape flags.
    private static func scanWord(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, mark: (Int) -> NormalizedText.Mark.Kind?
    ) -> (end: Int, flags: Token.Flags) {
        let n = bytes.count
        var i = start
        var upper = 0
        var lower = 0
        var first = true
        var flags: Token.Flags = []
        var segmentStart = start
        while i < n {
            let b = bytes[i]
            if ByteClass.isLetterStart(bytes, i) || ByteClass.isDigit(b) {
                let isUpper = ByteClass.isUpper(bytes, i)
                if ByteClass.isDigit(b) {
                    flags.insert(.hasDigit)
                } else if isUpper {
                    upper += 1
                } else {
                    lower += 1
                }
                if first, isUpper { flags.insert(.capitalized) }
                first = false
                i += b < 0x80 ? 1 : ByteClass.scalarLength(b)
                continue
            }
            let next: UInt8 = i + 1 < n ? bytes[i + 1] : 0x20
            if b == 0x2D, ByteClass.isWordByte(next), mark(i) != .dash {
                flags.insert(.hyphenated)
                i += 1
                segmentStart = i
                continue
            }
            if b == 0x27, ByteClass.isLetterStart(bytes, i + 1 < n ? i + 1 : i), i + 1 < n, mark(i) != .openingQuote {
                // A possessive 's ends the word; other apostrophes (don't, O'Brien) stay inside.
                let afterS = i + 2 < n ? bytes[i + 2] : 0x20
                if (next == 0x73 || next == 0x53), !ByteClass.isWordByte(afterS) { break }
                i += 1
                continue
            }
            if b == 0x2E, i - segmentStart == 1, ByteClass.isLetterStart(bytes, i + 1 < n ? i + 1 : i), i + 1 < n {
                // Initialisms: U.S., e.g., a.m. — single letters joined by dots.
                let afterLetter = i + 2 < n ? bytes[i + 2] : 0x20
                if bytes[i + 1] < 0x80, afterLetter == 0x2E || !ByteClass.isWordByte(afterLetter) {
                    flags.insert(.dotted)
                    i += 2
                    segmentStart = i - 1
                    if i < n, bytes[i] == 0x2E {
                        i += 1
                        if i < n, ByteClass.isLetterStart(bytes, i), i + 1 < n, bytes[i + 1] == 0x2E || !ByteClass.isWordByte(bytes[i + 1]) {
                            segmentStart = i
                            continue
                        }
                        break
                    }
                    continue
                }
            }
            if b == 0x5F, i > start, ByteClass.isWordByte(next) {
                i += 1  // user_names and file_names stay whole
                continue
            }
            if b == 0x26, upper > 0, lower == 0, i + 1 < n, ByteClass.isUpper(bytes, i + 1) {
                i += 1  // AT&T, S&P
                continue
            }
            break
        }
        if upper >= 2, lower == 0 { flags.insert(.allCaps) }
        return (i, flags)
    }

    /// Scans a number from a digit: digits with `,` thousands groups, `.` decimals, `/` and `:`
    /// between digits, and a glued letter suffix.
    private static func scanNumber(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = bytes.count
        var i = start
        while i < n {
            let b = bytes[i]
            if ByteClass.isDigit(b) {
                i += 1
                continue
            }
            if b == 0x2C, i + 3 < n || i + 3 == n {
                // 18,500: exactly three digits after the comma.
                var k = i + 1
                while k < n, k - i <= 4, ByteClass.isDigit(bytes[k]) { k += 1 }
                if k - i == 4, k >= n || !ByteClass.isDigit(bytes[k]) {
                    i += 1
                    continue
                }
                break
            }
            if b == 0x2E || b == 0x2F || b == 0x3A, i + 1 < n, ByteClass.isDigit(bytes[i + 1]) {
                i += 1
                continue
            }
            if ByteClass.isASCIILetter(b) {
                // A glued suffix: 20th, 3bn, 2.7m, 5kg, 1990s.
                while i < n, ByteClass.isASCIILetter(bytes[i]) { i += 1 }
                break
            }
            break
        }
        return i
    }
}

/// Byte-level character classes for folded UTF-8.
enum ByteClass {
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 48 < 10 }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 97 < 26 }
    @inline(__always) static func isASCIIUpper(_ b: UInt8) -> Bool { b &- 65 < 26 }

    /// Whether byte `i` starts a letter: an ASCII letter, or a non-ASCII scalar outside the
    /// punctuation and symbol blocks.
    @inline(__always)
    static func isLetterStart(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return isASCIILetter(b) }
        switch b {
        case 0xC2: return false  // U+0080–U+00BF: Latin-1 punctuation and symbols
        case 0xC3:
            guard i + 1 < bytes.count else { return false }
            return bytes[i + 1] != 0x97 && bytes[i + 1] != 0xB7  // × ÷
        case 0xC4...0xDF: return true
        case 0xE2: return false  // U+2000–U+2FFF: punctuation, symbols, arrows
        case 0xE3:
            guard i + 1 < bytes.count else { return false }
            return bytes[i + 1] != 0x80  // CJK punctuation
        case 0xE0, 0xE1, 0xE4...0xEF: return true
        case 0xF0:
            guard i + 1 < bytes.count else { return false }
            return bytes[i + 1] != 0x9F  // emoji
        default: return false
        }
    }

    /// Whether byte `i` starts an upper-case letter (ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic).
    @inline(__always)
    static func isUpper(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return isASCIIUpper(b) }
        guard i + 1 < bytes.count else { return false }
        let c = bytes[i + 1]
        switch b {
        case 0xC3: return c >= 0x80 && c <= 0x9E && c != 0x97
        case 0xC4, 0xC5: return c & 1 == 0
        case 0xCE: return c >= 0x91 && c <= 0xAB
        case 0xD0: return c >= 0x80 && c <= 0xAF
        default: return false
        }
    }

    /// Letters and digits, including any non-ASCII lead or continuation byte.
    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool { isASCIILetter(b) || isDigit(b) || b >= 0xC3 }

    @inline(__always)
    static func isSymbol(_ b: UInt8) -> Bool {
        switch b {
        case 0x24, 0x25, 0x23, 0x40, 0x26, 0x2B, 0x3D, 0x3C, 0x3E, 0x5E, 0x7E, 0x7C, 0x5C: return true
        default: return false
        }
    }

    @inline(__always)
    static func scalarLength(_ lead: UInt8) -> Int {
        lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }
}
