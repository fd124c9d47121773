/// A run of text that reads as one unit on the page: a paragraph, a heading, a list item, a
/// caption, or text between two blank lines (`<br><br>`) inside a cell or a `div`.
struct TextBlock: Sendable {
    enum Kind: UInt8, Sendable {
        case paragraph, heading, listItem, quote, caption, preformatted, cell, other
    }

    var kind: Kind
    /// The decoded text, whitespace collapsed: `text[start..<end]` of the collector's buffer.
    var start: Int
    var end: Int
    /// The nearest block-level element holding the text.
    var owner: Int32
    /// The first text node of the block (its place in document order).
    var firstNode: Int32 = 0
    /// Heading level (1–6), 0 otherwise.
    var level: UInt8 = 0
    /// Letters and digits, and those inside links.
    var chars: Int = 0
    var linkChars: Int = 0
    var words: Int = 0
    var commas: Int = 0
    /// Sentence-ending punctuation (`.`, `!`, `?`, `。` …) seen.
    var stops: Int = 0
    /// Class/id categories of the ancestors (``BoilerplateNames``), ORed.
    var names: UInt64 = 0
    /// Inside `article`, `main` or an element named as the article body.
    var inArticle = false

    var linkDensity: Double { chars > 0 ? Double(linkChars) / Double(chars) : 0 }
}
