/// Finds who said what: direct and partial quotes in quotation marks, and reported speech.
///
/// For each quote it finds the reporting words (the cue), the speaker — a name, a description
/// such as `the soldier`, or a pronoun resolved to an earlier speaker — and the chain the words
/// came through (`as translated by …`, `citing …`, `told AFP`). A paragraph that is only a
/// quote, with no cue of its own, continues the previous paragraph's speaker. A quoted word or
/// two with no cue beside it (a scare quote) is not a quote.
///
/// Reported speech covers what news attributes without quotation marks: `X said (that) …`,
/// `…, X said.`, `according to X, …`, beliefs and findings (`X believes …`, `a poll shows
/// that …`), plans and stances (`X wants to …`, `X called for …`), and `Name: words` headlines.
///
/// ```swift
/// let view = TextView("“We are ready,” said Ana Ruiz.")
/// let quotes = QuoteExtractor().extract(view, entities: EntityExtractor().extract(view))
/// quotes[0].kind   // .direct
/// ```
public struct QuoteExtractor: Sendable {
    public init() {}

    /// Extracts quotes in text order.
    ///
    /// - Complexity: O(n) in the number of tokens, with a bounded look-around per cue.
    public func extract(_ view: TextView, entities: EntityIndex) -> [Quote] {
        var run = QuoteRun(view: view, entities: entities)
        return run.run()
    }
}

/// One pass over an article's sentences.
struct QuoteRun {
    let view: TextView
    let entities: EntityIndex
    let phrases: SpeakerPhrases
    let relays: Relays
    var resolver: SpeakerResolver
    var quotes: [Quote] = []
    /// Tokens inside quotation marks (marks included).
    var quoted: [Bool]
    /// The cue frame of each token (empty for words that are no cue).
    var frames: [CueFrame]
    /// Cue tokens already used by a quote.
    var usedCues: Set<Int> = []
    /// The last quote with a speaker.
    var lastSpoken: Spoken? = nil
    /// The quoted spans, and for each the index of the quote made from it.
    var spans: [QuotedSpan] = []
    var quoteOfSpan: [Int: Int] = [:]
    var nextUtterance = 0

    /// A quote whose speaker later quotes may continue.
    struct Spoken {
        var paragraph: Int
        var sentence: Int
        var attribution: Attribution
        var cue: Span?
        var cueToken: Int?
        var via: [Relay]
        /// The closing mark of the quote, for a direct quote.
        var close: Int?
        var quote: Int
    }

    init(view: TextView, entities: EntityIndex) {
        self.view = view
        self.entities = entities
        phrases = SpeakerPhrases(view: view, entities: entities)
        relays = Relays(view: view, entities: entities, phrases: phrases)
        resolver = SpeakerResolver(view: view, entities: entities, phrases: phrases)
        quoted = [Bool](repeating: false, count: view.tokens.count)
        frames = [CueFrame](repeating: [], count: view.tokens.count)
        view.bytes.withUnsafeBufferPointer { b in
            for (k, t) in view.tokens.enumerated() where t.kind == .word && !t.isCapitalized && t.length > 2
                && !t.classes.contains(.function)
            {
                if let f = CueLexicon.verbs.lookup(UnsafeBufferPointer(rebasing: b[Int(t.start)..<Int(t.end)])) { frames[k] = f }
            }
        }
        // Headlines in title case: `Senator Says Plan Will Fail`.
        for sentence in view.sentences where sentence.tokens.count >= 4 {
            var words = 0
            var capitals = 0
            for k in sentence.tokens where view.tokens[k].kind == .word {
                words += 1
                if view.tokens[k].isCapitalized { capitals += 1 }
            }
            guard words >= 4, capitals * 10 >= words * 8 else { continue }
            view.bytes.withUnsafeBufferPointer { b in
                for k in sentence.tokens.dropFirst() where view.tokens[k].kind == .word && view.tokens[k].isCapitalized {
                    let t = view.tokens[k]
                    if let f = CueLexicon.verbs.lookup(UnsafeBufferPointer(rebasing: b[Int(t.start)..<Int(t.end)])), f.contains(.speech) {
                        frames[k] = f
                    }
                }
            }
        }
        // Light verbs and tags count only with their words: `made it clear that`, `went on`.
        for k in frames.indices where frames[k].contains(.tagVerb) || frames[k].contains(.lightVerb) {
            let frame = frames[k]
            frames[k] = []
            if frame.contains(.tagVerb) {
                if view.token(k, is: "put") ? view.token(k + 1, is: "it") : view.token(k + 1, isAnyOf: ["on", "back", "in", "up"]) {
                    frames[k] = .quoteTag
                }
                continue
            }
            var j = k + 1
            if view.token(j, is: "it") { j += 1 }
            if view.token(j, is: "the"), view.token(j + 1, isAnyOf: ["case", "argument", "point", "claim"]) { j += 2 }
            else if view.token(j, is: "clear") { j += 1 } else { continue }
            if view.token(j, is: "that") { frames[k] = .clause }
        }
    }

    /// A cue and the speaker it points to.
    struct Found {
        var cue: Int
        var speaker: Range<Int>
        /// The cue sits right against the quote (`said: “…`, `“…,” she said`).
        var adjacent: Bool
        /// The speaker is given by a relative pronoun (`who said`) whose antecedent this is.
        var relative: Int? = nil
        /// The speaker is the subject of the clause a participle hangs from (`…, saying “…”`).
        var inherited: Attribution? = nil
        /// Where the cue's own clause begins when its subject stands elsewhere: the conjunction
        /// of a coordinated verb (`… and said`).
        var clauseStart: Int? = nil
    }

    mutating func run() -> [Quote] {
        spans = QuotePairing.spans(view)
        for span in spans {
            let end = span.close.map { $0 + 1 } ?? view.paragraphs[span.paragraph].tokens.upperBound
            for k in span.open..<end { quoted[k] = true }
        }
        var next = 0
        for (s, sentence) in view.sentences.enumerated() {
            guard !sentence.isCaption else {
                while next < spans.count, spans[next].open < sentence.tokens.upperBound { next += 1 }
                continue
            }
            let sentenceRelays = relays.find(in: sentence.tokens)
            while next < spans.count, spans[next].open < sentence.tokens.upperBound {
                if spans[next].open >= sentence.tokens.lowerBound { direct(next, sentenceRelays) }
                next += 1
            }
            reported(s, sentenceRelays)
        }
        return quotes.sorted { $0.span < $1.span }
    }

    // MARK: - Speakers

    mutating func attribute(_ r: Range<Int>, record: Bool = true) -> Attribution {
        var attribution: Attribution
        if r.count == 1, view.tokens[r.lowerBound].classes.contains(.pronoun) {
            attribution = resolver.resolve(pronoun: r.lowerBound)
        } else {
            let entity = phrases.entity(of: r)
            let named = r.contains { entities.mention(at: $0).map { entities.mentions[$0].type != .other } ?? false }
            attribution = Attribution(span: view.span(tokens: r), entity: entity, resolution: named ? .named : .description)
            attribution.isAnonymous = phrases.isAnonymous(r)
        }
        if record { resolver.record(attribution, tokens: r, at: r.lowerBound) }
        return attribution
    }

    /// The attribution for a found cue: its phrase, a relative pronoun standing for its
    /// antecedent, or the speaker a participle inherits.
    mutating func attribute(_ found: Found, record: Bool = true) -> Attribution {
        if let inherited = found.inherited { return inherited }
        if let pronoun = found.relative {
            var a = attribute(found.speaker, record: record)
            a.antecedent = a.antecedent ?? a.span
            a.span = view.span(token: pronoun)
            a.resolution = .pronoun
            return a
        }
        return attribute(found.speaker, record: record)
    }

    /// The attribution chain, outermost first: the outlet that reported or translated the
    /// words, whom they were told to, the channel, and last what the speaker cited.
    static func ordered(_ via: [Relay]) -> [Relay] {
        func rank(_ r: Relay.Role) -> Int {
            switch r {
            case .reportedBy: return 0
            case .translation: return 1
            case .toldTo: return 2
            case .channel: return 3
            case .citing: return 4
            }
        }
        return via.enumerated().sorted { (rank($0.element.role), $0.offset) < (rank($1.element.role), $1.offset) }.map(\.element)
    }

    // MARK: - Shared tests on tokens

    /// `the documents found on the captives said`: a noun after a preposition is not a subject
    /// (except in `with one soldier writing that …`, where `with` introduces the clause).
    func isPrepositionalObject(_ r: Range<Int>, cue: Int? = nil) -> Bool {
        let k = r.lowerBound - 1
        guard k >= 0 else { return false }
        // `footage of Ann Roe saying, “…”`: a participle's subject may follow a preposition.
        if let cue, isParticiple(cue), view.token(k, isAnyOf: ["with", "of", "by", "from", "shows", "showed"]) { return false }
        return view.token(k, isAnyOf: [
            "on", "in", "of", "from", "with", "by", "for", "at", "to", "about", "among", "into", "against", "under", "over",
            "than", "like", "toward", "towards",
        ])
    }

    /// A present participle (`saying`, `adding`).
    func isParticiple(_ k: Int) -> Bool {
        let t = view.tokens[k]
        guard t.kind == .word, t.length > 4 else { return false }
        let e = Int(t.end)
        return view.bytes[e - 3] == 0x69 && view.bytes[e - 2] == 0x6E && view.bytes[e - 1] == 0x67
    }

    func isWord(_ k: Int) -> Bool { k >= 0 && k < view.tokens.count && view.tokens[k].kind == .word }
}
