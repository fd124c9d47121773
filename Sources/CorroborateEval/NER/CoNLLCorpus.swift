public import CorroborateCore

/// A CoNLL-2003 file read as articles: one per `-DOCSTART-` block, tokens joined by one space
/// and sentences by one newline — the text the reference scorer's `make_input.py ner` writes —
/// with the gold names as byte spans of that text.
///
/// Lines are `word POS chunk TAG`; only the first and last columns are read. Tags may be IOB1
/// or IOB2; chunks follow conlleval (a `B-` or a change of type starts a new name).
public struct CoNLLCorpus: Sendable {
    public var documents: [NERExample]

    /// Parses a file's contents.
    ///
    /// - Throws: ``CoNLLError`` naming the first line that has no tag column.
    public init(contents: String) throws(CoNLLError) {
        var documents: [NERExample] = []
        var sentences: [[(String, String)]] = []
        var sentence: [(String, String)] = []
        func closeDocument() {
            if !sentence.isEmpty { sentences.append(sentence) }
            sentence = []
            if !sentences.isEmpty { documents.append(CoNLLCorpus.example(sentences)) }
            sentences = []
        }
        var lineNumber = 0
        for line in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.hasPrefix("-DOCSTART-") {
                closeDocument()
                continue
            }
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if parts.isEmpty {
                if !sentence.isEmpty { sentences.append(sentence) }
                sentence = []
                continue
            }
            guard parts.count >= 2, let word = parts.first, let tag = parts.last else {
                throw CoNLLError(line: lineNumber, message: "expected `word … TAG`")
            }
            sentence.append((String(word), String(tag)))
        }
        closeDocument()
        self.documents = documents
    }

    /// Tokens joined by spaces, sentences by newlines; names from the tags.
    static func example(_ sentences: [[(String, String)]]) -> NERExample {
        var text = ""
        var names: [(span: Span, type: EntityType)] = []
        var offset = 0
        for (s, sentence) in sentences.enumerated() {
            if s > 0 {
                text += "\n"
                offset += 1
            }
            var spans: [Span] = []
            for (t, (word, _)) in sentence.enumerated() {
                if t > 0 {
                    text += " "
                    offset += 1
                }
                text += word
                spans.append(Span(offset, offset + word.utf8.count))
                offset += word.utf8.count
            }
            for chunk in chunks(sentence.map(\.1)) {
                names.append((Span(spans[chunk.first].start, spans[chunk.last].end), chunk.type))
            }
        }
        return NERExample(text: text, names: names)
    }

    /// conlleval's chunking: `[(first, last, type)]`, last inclusive.
    static func chunks(_ tags: [String]) -> [(first: Int, last: Int, type: EntityType)] {
        var out: [(first: Int, last: Int, type: EntityType)] = []
        var start = -1
        var type = ""
        var previousPrefix = "O"
        var previousType = ""
        for (i, tag) in (tags + ["O"]).enumerated() {
            var prefix = "O"
            var t = ""
            if tag != "O", let dash = tag.firstIndex(of: "-") {
                prefix = String(tag[..<dash])
                t = String(tag[tag.index(after: dash)...])
            }
            let ends = previousPrefix != "O" && (prefix == "B" || prefix == "O" || t != previousType)
            let starts = prefix == "B" || (prefix == "I" && (previousPrefix == "O" || t != previousType))
            if ends, start >= 0 {
                out.append((start, i - 1, entityType(type)))
                start = -1
            }
            if starts {
                start = i
                type = t
            }
            previousPrefix = prefix
            previousType = t
        }
        return out
    }

    /// PER → person, ORG → organization, LOC → place, anything else → other.
    static func entityType(_ conll: String) -> EntityType {
        switch conll {
        case "PER": .person
        case "ORG": .organization
        case "LOC": .place
        default: .other
        }
    }
}

/// A CoNLL file line that cannot be read.
public struct CoNLLError: Error, Sendable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
}
