/// A word, number or mark in a ``TextView``, as a range of folded bytes.
public struct Token: Sendable, Hashable {
    /// Offset of the first folded byte.
    public var start: Int32
    /// Offset after the last folded byte.
    public var end: Int32
    public var kind: Kind
    public var flags: Flags
    /// What the lowercased word can be, from one lookup in ``Lexicons/words``.
    public var classes: WordClass

    public enum Kind: UInt8, Sendable {
        /// Letters, possibly with inner hyphens, apostrophes or dots (`Jong-un`, `don't`, `U.S.`).
        case word
        /// Starts with a digit; may carry separators and a suffix (`18,500`, `2.5`, `20th`, `3bn`).
        case number
        /// A single punctuation byte, or `...`.
        case punctuation
        /// A quotation mark, double or single (see ``Flags/single``).
        case quote
        /// A dash used as a separator (`–`, `—`, or a spaced `-`).
        case dash
        /// Currency, percent and other symbols (`$`, `€`, `%`).
        case symbol
        /// A possessive ending split off its word (`'s`, or a bare `'` after `s`).
        case possessive
    }

    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }

        /// The first letter is upper case.
        public static let capitalized = Flags(rawValue: 1 << 0)
        /// Two or more letters, all upper case.
        public static let allCaps = Flags(rawValue: 1 << 1)
        public static let hasDigit = Flags(rawValue: 1 << 2)
        public static let hyphenated = Flags(rawValue: 1 << 3)
        /// Whitespace precedes the token.
        public static let spaceBefore = Flags(rawValue: 1 << 4)
        /// A newline precedes the token (or it starts the text).
        public static let lineStart = Flags(rawValue: 1 << 5)
        /// A blank line precedes the token.
        public static let blankLineBefore = Flags(rawValue: 1 << 6)
        /// A quotation mark printed as an opening mark (`“`, `‘`, `«`).
        public static let opening = Flags(rawValue: 1 << 7)
        /// A quotation mark printed as a closing mark (`”`, `’`, `»`).
        public static let closing = Flags(rawValue: 1 << 8)
        /// A single quotation mark.
        public static let single = Flags(rawValue: 1 << 9)
        /// A word with inner dots (`U.S.`, `e.g.`), the last dot included.
        public static let dotted = Flags(rawValue: 1 << 10)
        /// Whitespace follows the token (or it ends the text).
        public static let spaceAfter = Flags(rawValue: 1 << 11)
    }

    public var length: Int { Int(end - start) }
    public var isCapitalized: Bool { flags.contains(.capitalized) }
    public var isWord: Bool { kind == .word }
}
