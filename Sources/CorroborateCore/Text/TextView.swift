/// An article's text ready for the extractors: folded bytes, tokens, sentences, paragraphs.
///
/// Extractors read tokens and folded bytes and report folded offsets; ``span(_:_:)`` maps
/// them to a ``Span`` of the original text, which is what the model stores.
///
/// ```swift
/// let view = TextView("Mr. Lee said: “We are ready.”")
/// view.sentences.count        // 1
/// view.tokens[0].classes      // [.title, .abbreviation, …]
/// ```
public struct TextView: Sendable {
    public let folded: NormalizedText
    public let tokens: [Token]
    public let sentences: [Sentence]
    public let paragraphs: [Paragraph]

    /// Prepares `text`; sentences inside `captions` (original byte spans) are marked.
    public init(_ text: String, captions: [Span] = []) {
        folded = NormalizedText(text)
        tokens = Tokenizer.tokenize(folded)
        var (sentences, paragraphs) = Segmenter.segment(tokens, folded.bytes)
        if !captions.isEmpty {
            for i in sentences.indices {
                let original = folded.originalRange(sentences[i].start, sentences[i].end)
                sentences[i].isCaption = captions.contains { $0.contains(original) }
            }
        }
        self.sentences = sentences
        self.paragraphs = paragraphs
    }

    /// The folded bytes.
    @inlinable public var bytes: [UInt8] { folded.bytes }

    /// The original span of folded bytes `start..<end`.
    @inlinable
    public func span(_ start: Int, _ end: Int) -> Span { folded.originalRange(start, end) }

    /// The original span of tokens `range` (first token's start to last token's end).
    public func span(tokens range: Range<Int>) -> Span {
        span(Int(tokens[range.lowerBound].start), Int(tokens[range.upperBound - 1].end))
    }

    /// The original span of one token.
    public func span(token k: Int) -> Span { span(Int(tokens[k].start), Int(tokens[k].end)) }

    /// The folded text of tokens `range`, with the spacing of the original.
    public func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let s = Int(tokens[range.lowerBound].start)
        let e = Int(tokens[range.upperBound - 1].end)
        return String(decoding: folded.bytes[s..<e], as: UTF8.self)
    }

    /// The folded text of one token.
    public func text(token k: Int) -> String { text(tokens: k..<(k + 1)) }

    /// The folded text of one token, lowercased (ASCII only).
    public func lowercased(token k: Int) -> String {
        let t = tokens[k]
        let start = Int(t.start)
        return String(unsafeUninitializedCapacity: Int(t.end) - start) { buffer in
            for i in 0..<buffer.count { buffer[i] = Lexicon<Int>.lower(folded.bytes[start + i]) }
            return buffer.count
        }
    }

    /// Whether token `k` is `word`, ignoring ASCII case. `word` must be lowercase ASCII.
    public func token(_ k: Int, is word: StaticString) -> Bool {
        guard k >= 0, k < tokens.count else { return false }
        let t = tokens[k]
        guard t.length == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { w in
            var i = Int(t.start)
            for c in w {
                if Lexicon<Int>.lower(folded.bytes[i]) != c { return false }
                i += 1
            }
            return true
        }
    }

    /// Whether token `k` is any of `words` (lowercase ASCII).
    public func token(_ k: Int, isAnyOf words: [StaticString]) -> Bool {
        for word in words where token(k, is: word) { return true }
        return false
    }

    /// The first byte of token `k`.
    @inlinable
    public func firstByte(_ k: Int) -> UInt8 { folded.bytes[Int(tokens[k].start)] }

    /// Whether token `k` is the single punctuation byte `c`.
    @inlinable
    public func isPunct(_ k: Int, _ c: UInt8) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].length == 1 && folded.bytes[Int(tokens[k].start)] == c
            && (tokens[k].kind == .punctuation || tokens[k].kind == .symbol)
    }

    /// The index of the sentence holding token `k`.
    public func sentence(containing k: Int) -> Int {
        var lo = 0
        var hi = sentences.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if sentences[mid].tokens.lowerBound <= k { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The index of the first token starting at or after folded offset `offset`.
    public func token(atOrAfter offset: Int) -> Int {
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(tokens[mid].start) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
