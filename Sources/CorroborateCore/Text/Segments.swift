/// A sentence: a run of tokens and the folded bytes they cover.
public struct Sentence: Sendable, Hashable {
    public var tokens: Range<Int>
    /// Folded byte offsets.
    public var start: Int
    public var end: Int
    public var paragraph: Int
    /// The sentence lies in a photo caption: not a claim.
    public var isCaption: Bool
}

/// A paragraph: consecutive sentences between blank lines (or line breaks, in text that
/// puts one paragraph on each line).
public struct Paragraph: Sendable, Hashable {
    public var tokens: Range<Int>
    public var sentences: Range<Int>
    public var start: Int
    public var end: Int
}

/// Finds sentence and paragraph boundaries over tokens.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes and brackets after it) when the
/// next token can begin a sentence; after an abbreviation (`Mr.`, `Jan.`), an initial or an
/// initialism (`U.S.`) only when the next word is one that begins sentences and not names.
/// Every paragraph boundary ends a sentence.
enum Segmenter {
    static func paragraphBreaks(_ tokens: [Token], _ bytes: [UInt8]) -> [Bool] {
        // One paragraph a line, unless the text is hard-wrapped: then only blank lines count.
        var singleBreaks = 0
        var wrapped = 0
        var blank = 0
        for k in 1..<max(1, tokens.count) where tokens[k].flags.contains(.lineStart) {
            if tokens[k].flags.contains(.blankLineBefore) {
                blank += 1
                continue
            }
            singleBreaks += 1
            let prev = bytes[Int(tokens[k - 1].end) - 1]
            let endsSentence = prev == 0x2E || prev == 0x21 || prev == 0x3F || prev == 0x22 || prev == 0x27 || prev == 0x3A
            let startsLower = ByteClass.isASCIILetter(bytes[Int(tokens[k].start)])
                && !ByteClass.isASCIIUpper(bytes[Int(tokens[k].start)])
            if !endsSentence && startsLower { wrapped += 1 }
        }
        let hardWrapped = blank > 0 && singleBreaks >= 4 && wrapped * 3 >= singleBreaks
        var breaks = [Bool](repeating: false, count: tokens.count)
        for k in 0..<tokens.count where tokens[k].flags.contains(.lineStart) {
            breaks[k] = k == 0 || !hardWrapped || tokens[k].flags.contains(.blankLineBefore)
        }
        return breaks
    }

    static func segment(_ tokens: [Token], _ bytes: [UInt8]) -> (sentences: [Sentence], paragraphs: [Paragraph]) {
        var sentences: [Sentence] = []
        var paragraphs: [Paragraph] = []
        guard !tokens.isEmpty else { return ([], []) }
        let breaks = paragraphBreaks(tokens, bytes)
        var sentenceStart = 0
        var paragraphStart = 0
        var paragraphSentenceStart = 0

        func closeSentence(_ end: Int) {
            guard end > sentenceStart else { return }
            sentences.append(Sentence(
                tokens: sentenceStart..<end, start: Int(tokens[sentenceStart].start),
                end: Int(tokens[end - 1].end), paragraph: paragraphs.count, isCaption: false))
            sentenceStart = end
        }
        func closeParagraph(_ end: Int) {
            closeSentence(end)
            guard end > paragraphStart else { return }
            paragraphs.append(Paragraph(
                tokens: paragraphStart..<end, sentences: paragraphSentenceStart..<sentences.count,
                start: Int(tokens[paragraphStart].start), end: Int(tokens[end - 1].end)))
            paragraphStart = end
            paragraphSentenceStart = sentences.count
        }

        var k = 0
        while k < tokens.count {
            if k > 0, breaks[k] { closeParagraph(k) }
            if let end = sentenceEnd(at: k, tokens, bytes, breaks) {
                closeSentence(end)
                k = end
                continue
            }
            k += 1
        }
        closeParagraph(tokens.count)
        return (sentences, paragraphs)
    }

    /// If token `k` ends a sentence, the index after the sentence's last token.
    private static func sentenceEnd(at k: Int, _ tokens: [Token], _ bytes: [UInt8], _ breaks: [Bool]) -> Int? {
        let t = tokens[k]
        var isTerminal = false
        if t.kind == .punctuation {
            let b = bytes[Int(t.start)]
            isTerminal = b == 0x2E || b == 0x21 || b == 0x3F
        } else if t.kind == .word, t.flags.contains(.dotted), bytes[Int(t.end) - 1] == 0x2E {
            isTerminal = true
        }
        guard isTerminal else { return nil }
        // Absorb closing quotes and brackets: `... Russia.”` and `... (see above).)`
        var end = k + 1
        while end < tokens.count, !breaks[end] {
            let n = tokens[end]
            let b = bytes[Int(n.start)]
            if n.kind == .quote, !n.flags.contains(.opening), !n.flags.contains(.spaceBefore) || n.flags.contains(.closing) {
                end += 1
            } else if n.kind == .punctuation, b == 0x29 || b == 0x5D, !n.flags.contains(.spaceBefore) {
                end += 1
            } else if n.kind == .punctuation, b == 0x2E || b == 0x21 || b == 0x3F, !n.flags.contains(.spaceBefore) {
                end += 1
            } else {
                break
            }
        }
        guard end < tokens.count else { return end }
        if breaks[end] { return end }
        let next = tokens[end]
        guard next.flags.contains(.spaceBefore) else { return nil }

        // What precedes the period decides how sure the boundary is.
        let period = bytes[Int(t.start)] == 0x2E
        var weak = t.kind == .word  // an initialism's own dot
        if period, t.kind == .punctuation, k > 0, tokens[k - 1].end == t.start {
            let prev = tokens[k - 1]
            if prev.kind == .word {
                if prev.classes.contains(.abbreviation) || prev.flags.contains(.dotted) { weak = true }
                if prev.length == 1, prev.isCapitalized { weak = true }  // an initial: J. Smith
            }
        }
        if weak {
            return next.kind == .word && next.isCapitalized && next.classes.contains(.sentenceStarter)
                && !next.classes.contains(.month) ? end : nil
        }
        switch next.kind {
        case .word:
            if next.isCapitalized { return end }
            let b = bytes[Int(next.start)]
            return b >= 0x80 ? end : nil
        case .number, .symbol:
            return end
        case .quote:
            return next.flags.contains(.closing) ? nil : end
        case .punctuation:
            let b = bytes[Int(next.start)]
            return b == 0x28 || b == 0x5B ? end : nil
        case .dash, .possessive:
            return nil
        }
    }
}
