/// Finds who said what: direct and partial quotes in quotation marks, and reported speech.
///
/// For each quote it finds the reporting words (the cue), the speaker — a name, a description
/// such as `the soldier`, or a pronoun resolved to an earlier speaker — and the chain the words
/// came through (`as translated by …`, `citing …`, `told AFP`). A paragraph that is only a
/// quote, with no cue of its own, continues the previous paragraph's speaker. A quoted word or
/// two with no cue beside it (a scare quote) is not a quote.
///
/// ```swift
/// let view = TextView("“We are ready,” said Ana Ruiz.")
/// let quotes = QuoteExtractor().extract(view, entities: EntityExtractor().extract(view))
/// quotes[0].kind   // .direct
/// ```
public struct QuoteExtractor: Sendable {
    public init() {}

    /// Extracts quotes in text order.
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
    /// Cue tokens already used by a quote.
    var usedCues: Set<Int> = []
    /// The last quote with a speaker: its paragraph, attribution and speaker tokens.
    var lastSpoken: (paragraph: Int, attribution: Attribution, cue: Span?, via: [Relay])? = nil

    init(view: TextView, entities: EntityIndex) {
        self.view = view
        self.entities = entities
        phrases = SpeakerPhrases(view: view, entities: entities)
        relays = Relays(view: view, entities: entities, phrases: phrases)
        resolver = SpeakerResolver(view: view, entities: entities, phrases: phrases)
        quoted = [Bool](repeating: false, count: view.tokens.count)
    }

    /// A cue and the speaker it points to.
    struct Found {
        var cue: Int
        var speaker: Range<Int>
        /// The cue sits right against the quote (`said: “…`, `“…,” she said`).
        var adjacent: Bool
    }

    mutating func run() -> [Quote] {
        let spans = QuotePairing.spans(view)
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
                if spans[next].open >= sentence.tokens.lowerBound { direct(spans[next], sentenceRelays) }
                next += 1
            }
            reported(s, sentenceRelays)
        }
        return quotes.sorted { $0.span < $1.span }
    }

    // MARK: - Quotes in quotation marks

    private mutating func direct(_ span: QuotedSpan, _ sentenceRelays: [(relay: Relay, tokens: Range<Int>)]) {
        let paragraph = view.paragraphs[span.paragraph]
        var content = span.content(paragraphEnd: paragraph.tokens.upperBound)
        // Trailing punctuation outside a closing mark belongs to the sentence, not the quote.
        while content.count > 0, view.tokens[content.upperBound - 1].kind == .quote { content = content.lowerBound..<(content.upperBound - 1) }
        guard !content.isEmpty else { return }
        let words = content.filter { view.tokens[$0].kind == .word || view.tokens[$0].kind == .number }.count
        guard words > 0 else { return }
        let openSentence = view.sentences[view.sentence(containing: span.open)]
        let last = span.close ?? (content.upperBound - 1)
        let closeSentence = view.sentences[view.sentence(containing: last)]

        let leading = leadingCue(before: span.open, in: openSentence)
        let trailing = span.close.flatMap { trailingCue(after: $0, in: closeSentence) }
        var chosen: Found? = nil
        if let l = leading, l.adjacent { chosen = l }
        else if let t = trailing, t.adjacent { chosen = t }
        else { chosen = leading ?? trailing }

        // A word or two in quotation marks with no cue beside it is a scare quote.
        if words <= 2, chosen?.adjacent != true { return }

        let kind = classify(span, content: content, sentence: openSentence, leading: leading)
        var attribution: Attribution? = nil
        var cue: Span? = nil
        if let found = chosen {
            attribution = attribute(found.speaker)
            cue = view.span(token: found.cue)
            usedCues.insert(found.cue)
        } else if let previous = lastSpoken, span.continues || (span.open == paragraph.tokens.lowerBound
            && previous.paragraph >= span.paragraph - 1 && kind == .direct)
        {
            attribution = Attribution(
                span: previous.attribution.antecedent ?? previous.attribution.span, entity: previous.attribution.entity,
                resolution: .continuation, antecedent: previous.attribution.antecedent ?? previous.attribution.span)
            cue = nil
        } else if let found = nextSentenceCue(after: closeSentence) {
            attribution = attribute(found.speaker)
            cue = view.span(token: found.cue)
        }
        if attribution == nil, kind == .partial, leading == nil, trailing == nil { return }

        var via: [Relay] = []
        let quoteRange = span.open..<(last + 1)
        for r in sentenceRelays where !quoteRange.contains(r.tokens.lowerBound) {
            if r.relay.role == .toldTo, let c = chosen?.cue, !(c..<(c + 2)).contains(r.tokens.lowerBound - 1) { continue }
            via.append(r.relay)
        }
        if attribution?.resolution == .continuation, let previous = lastSpoken { via = previous.via }
        let quote = Quote(span: view.span(tokens: content), kind: kind, speaker: attribution, cue: cue, via: via)
        quotes.append(quote)
        if let attribution {
            lastSpoken = (span.paragraph, attribution, cue, via)
        }
    }

    /// Direct when the quote is a whole utterance: it starts its sentence, follows a colon or a
    /// comma after a cue, or is itself a full sentence; partial when it is words inside the
    /// writer's own sentence.
    private func classify(_ span: QuotedSpan, content: Range<Int>, sentence: Sentence, leading: Found?) -> QuoteKind {
        if span.continues { return .direct }
        var k = span.open - 1
        while k >= sentence.tokens.lowerBound, view.tokens[k].kind == .dash || view.tokens[k].kind == .quote { k -= 1 }
        if k < sentence.tokens.lowerBound { return .direct }
        if view.isPunct(k, 0x3A) { return .direct }
        if view.isPunct(k, 0x2C), let l = leading, l.cue >= k - 3 { return .direct }
        let first = view.tokens[content.lowerBound]
        let lastByte = view.bytes[Int(view.tokens[content.upperBound - 1].start)]
        let endsSentence = lastByte == 0x2E || lastByte == 0x21 || lastByte == 0x3F
        if first.isCapitalized, endsSentence, content.count >= 4, leading != nil { return .direct }
        return .partial
    }

    // MARK: - Cues

    /// A cue before the quote in its sentence: `X said: “…`, `said X: “…`, `according to X, “…`.
    private func leadingCue(before open: Int, in sentence: Sentence) -> Found? {
        var k = open - 1
        var crossedWords = 0
        while k >= sentence.tokens.lowerBound {
            if quoted[k] {
                k -= 1
                continue
            }
            let t = view.tokens[k]
            if t.kind == .word, t.classes.contains(.reportingVerb), !usedCues.contains(k) {
                let adjacent = crossedWords <= 1 || isOnlyAdverbial(k + 1, open)
                if isWeakCue(k), !adjacent {
                    k -= 1
                    continue
                }
                if let subject = phrases.subject(before: k, from: sentence.tokens.lowerBound), phrases.canSpeak(subject),
                    !isPrepositionalObject(subject, cue: k), !quoted[subject.lowerBound]
                {
                    return Found(cue: k, speaker: subject, adjacent: adjacent)
                }
                // Inverted order only right before the quote: `said Hale: “…`.
                if let object = phrases.object(after: k, upTo: open), phrases.canSpeak(object),
                    object.upperBound == open || (object.upperBound + 1 == open
                        && (view.isPunct(object.upperBound, 0x3A) || view.isPunct(object.upperBound, 0x2C)))
                {
                    return Found(cue: k, speaker: object, adjacent: adjacent)
                }
            }
            if view.token(k, is: "according"), view.token(k + 1, is: "to"), let np = phrases.object(after: k + 1, upTo: open),
                phrases.canSpeak(np)
            {
                return Found(cue: k, speaker: np, adjacent: crossedWords <= np.count + 2)
            }
            if t.kind == .word || t.kind == .number { crossedWords += 1 }
            k -= 1
        }
        return nil
    }

    /// A cue after the quote: `“…,” X said`, `“…,” said X`, or a sentence-final `…, he added.`
    private func trailingCue(after close: Int, in sentence: Sentence) -> Found? {
        let upper = sentence.tokens.upperBound
        var j = close + 1
        if view.isPunct(j, 0x2C) { j += 1 }
        guard j < upper else { return nil }
        if view.tokens[j].classes.contains(.reportingVerb), !quoted[j] {
            if let object = phrases.object(after: j, upTo: upper), phrases.canSpeak(object) {
                return Found(cue: j, speaker: object, adjacent: true)
            }
        }
        // `X said` / `X, a lawmaker, told reporters` right after the quote, or `…, he added.` later.
        var clauseStart = j
        var k = j
        while k < upper {
            if quoted[k] { break }
            if view.isPunct(k, 0x2C) || view.isPunct(k, 0x3B) {
                clauseStart = k + 1
                k += 1
                continue
            }
            if view.tokens[k].classes.contains(.reportingVerb), view.tokens[k].kind == .word, k > clauseStart || k == j {
                if let subject = phrases.subject(before: k, from: clauseStart), phrases.canSpeak(subject),
                    subject.lowerBound == clauseStart || subject.lowerBound == j
                {
                    return Found(cue: k, speaker: subject, adjacent: clauseStart == j)
                }
                if k == clauseStart, let object = phrases.object(after: k, upTo: upper), phrases.canSpeak(object) {
                    return Found(cue: k, speaker: object, adjacent: clauseStart == j)
                }
            }
            k += 1
        }
        return nil
    }

    /// A quote standing alone whose speaker is named at the start of the next sentence.
    private func nextSentenceCue(after sentence: Sentence) -> Found? {
        let s = view.sentence(containing: sentence.tokens.lowerBound) + 1
        guard s < view.sentences.count, view.sentences[s].paragraph == sentence.paragraph else { return nil }
        let next = view.sentences[s]
        var k = next.tokens.lowerBound
        while k < min(next.tokens.upperBound, next.tokens.lowerBound + 8) {
            if quoted[k] { return nil }
            if view.tokens[k].classes.contains(.reportingVerb) {
                if let subject = phrases.subject(before: k, from: next.tokens.lowerBound),
                    subject.lowerBound == next.tokens.lowerBound, phrases.canSpeak(subject)
                {
                    return Found(cue: k, speaker: subject, adjacent: false)
                }
                return nil
            }
            k += 1
        }
        return nil
    }

    private func isOnlyAdverbial(_ from: Int, _ to: Int) -> Bool {
        var k = from
        while k < to {
            let t = view.tokens[k]
            if t.kind == .punctuation || t.kind == .dash || t.classes.contains(.function) || t.classes.contains(.weekday)
                || t.classes.contains(.dayWord) || t.classes.contains(.timeModifier) || t.classes.contains(.timeUnit)
                || t.classes.contains(.reportingNoun) || t.classes.contains(.platform) || entities.mention(at: k) != nil
                || t.classes.contains(.roleNoun) || t.kind == .number || t.classes.contains(.month)
            {
                k += 1
                continue
            }
            return false
        }
        return true
    }

    /// `the documents found on the captives said`: a noun after a preposition is not a subject
    /// (except in `with one soldier writing that …`, where `with` introduces the clause).
    private func isPrepositionalObject(_ r: Range<Int>, cue: Int? = nil) -> Bool {
        let k = r.lowerBound - 1
        guard k >= 0 else { return false }
        if let cue, view.token(k, is: "with"), view.bytes[Int(view.tokens[cue].end) - 1] == 0x67 { return false }
        return view.token(k, isAnyOf: ["on", "in", "of", "from", "with", "by", "for", "at", "to", "about", "among", "into", "against", "under", "over", "than"])
    }

    // MARK: - Speakers

    private mutating func attribute(_ r: Range<Int>) -> Attribution {
        let attribution: Attribution
        if r.count == 1, view.tokens[r.lowerBound].classes.contains(.pronoun) {
            attribution = resolver.resolve(pronoun: r.lowerBound)
        } else {
            let entity = phrases.entity(of: r)
            let named = r.contains { entities.mention(at: $0).map { entities.mentions[$0].type != .other } ?? false }
            attribution = Attribution(span: view.span(tokens: r), entity: entity, resolution: named ? .named : .description)
        }
        resolver.record(attribution, tokens: r, at: r.lowerBound)
        return attribution
    }

    // MARK: - Reported speech

    /// Reported speech without quotation marks: `X said (that) …`, `…, X said.`, `according to X, …`.
    private mutating func reported(_ s: Int, _ sentenceRelays: [(relay: Relay, tokens: Range<Int>)]) {
        let sentence = view.sentences[s]
        let lower = sentence.tokens.lowerBound
        var upper = sentence.tokens.upperBound
        while upper > lower, view.tokens[upper - 1].kind == .punctuation || view.tokens[upper - 1].kind == .quote { upper -= 1 }
        guard upper - lower >= 4 else { return }

        // `according to X, …` and `…, according to X.`
        var k = lower
        while k + 1 < upper {
            if view.token(k, is: "according"), view.token(k + 1, is: "to"), !quoted[k],
                let np = phrases.object(after: k + 1, upTo: upper), phrases.canSpeak(np)
            {
                if k == lower, view.isPunct(np.upperBound, 0x2C) {
                    emitReported(content: (np.upperBound + 1)..<upper, speaker: np, cue: k..<(k + 2), sentenceRelays)
                } else if k > lower, view.isPunct(k - 1, 0x2C) {
                    emitReported(content: lower..<(k - 1), speaker: np, cue: k..<(k + 2), sentenceRelays)
                }
                return
            }
            k += 1
        }

        k = lower
        while k < upper {
            let t = view.tokens[k]
            guard t.kind == .word, t.classes.contains(.reportingVerb), !quoted[k], !usedCues.contains(k), !t.isCapitalized else {
                k += 1
                continue
            }
            // Verbs that report speech only beside a quotation or before `that`.
            if isWeakCue(k), !view.token(k + 1, is: "that") {
                k += 1
                continue
            }
            // `X said (that) …`
            if let subject = phrases.subject(before: k, from: lower), phrases.canSpeak(subject),
                !isPrepositionalObject(subject, cue: k), !quoted[subject.lowerBound]
            {
                let start = contentStart(after: k, upper: upper)
                if start < upper, !quoted[start] {
                    var end = upper
                    if let cut = trailingRelay(from: start, upper) { end = cut }
                    if end - start >= 3 {
                        emitReported(content: start..<end, speaker: subject, cue: k..<(k + 1), sentenceRelays)
                        usedCues.insert(k)
                        return
                    }
                }
                // `…, X said.`: the content is what precedes.
                if subject.lowerBound > lower + 2, view.isPunct(subject.lowerBound - 1, 0x2C), isTail(k + 1, upper),
                    !quoted[lower]
                {
                    emitReported(content: lower..<(subject.lowerBound - 1), speaker: subject, cue: k..<(k + 1), sentenceRelays)
                    usedCues.insert(k)
                    return
                }
            }
            // `…, said X.`
            if k > lower + 2, view.isPunct(k - 1, 0x2C), let object = phrases.object(after: k, upTo: upper),
                phrases.canSpeak(object), isTail(object.upperBound, upper), !quoted[lower]
            {
                emitReported(content: lower..<(k - 1), speaker: object, cue: k..<(k + 1), sentenceRelays)
                usedCues.insert(k)
                return
            }
            k += 1
        }
    }

    private mutating func emitReported(
        content: Range<Int>, speaker: Range<Int>, cue: Range<Int>, _ sentenceRelays: [(relay: Relay, tokens: Range<Int>)]
    ) {
        var content = content
        while content.count > 0, view.tokens[content.upperBound - 1].kind == .punctuation { content = content.lowerBound..<(content.upperBound - 1) }
        guard content.count >= 3 else { return }
        // Entirely a quotation: already a direct quote.
        if quoted[content.lowerBound], quoted[content.upperBound - 1] { return }
        let attribution = attribute(speaker)
        let via = sentenceRelays.filter { !content.contains($0.tokens.lowerBound) }.map(\.relay)
        quotes.append(Quote(
            span: view.span(tokens: content), kind: .indirect, speaker: attribution,
            cue: view.span(tokens: cue), via: via))
    }

    private func isWeakCue(_ k: Int) -> Bool {
        view.token(k, isAnyOf: [
            "continue", "continues", "continued", "read", "reads", "ask", "asks", "asked", "joke", "jokes", "joked",
            "quip", "quips", "quipped", "shout", "shouted", "yell", "yelled", "cry", "cried", "whisper", "whispered",
            "exclaim", "exclaimed", "echo", "echoed", "echoes", "repeat", "repeated", "counter", "countered",
            "charge", "charged", "post", "posted", "tweet", "tweeted", "answer", "answered", "reply", "replied",
            "suggest", "suggests", "suggested", "indicate", "indicates", "indicated", "describe", "describes", "described",
        ])
    }

    /// Where reported content starts after a cue: past a recipient (`told reporters`), time and
    /// channel adverbials (`on Sunday, local time,`, `in a post on X`) and `that`.
    private func contentStart(after cue: Int, upper: Int) -> Int {
        var j = cue + 1
        if view.token(cue, isAnyOf: ["told", "tells", "telling", "informed", "assured", "warned", "reminded", "urged"]) {
            if let m = entities.mention(at: j) { j = entities.mentionTokens[m].upperBound }
            else if view.token(j, isAnyOf: ["reporters", "journalists", "him", "her", "them", "us", "me", "parliament", "lawmakers"]) { j += 1 }
            else if view.token(j, isAnyOf: ["the", "a", "an"]), j + 1 < upper, view.tokens[j + 1].kind == .word { j += 2 }
        }
        var guardSteps = 0
        while j < upper, guardSteps < 12 {
            guardSteps += 1
            let t = view.tokens[j]
            if view.isPunct(j, 0x2C) || view.isPunct(j, 0x3A) { j += 1; continue }
            if t.classes.contains(.dayWord) || t.classes.contains(.weekday) { j += 1; continue }
            if view.token(j, isAnyOf: ["on", "late", "early", "earlier", "later", "previously", "recently", "also", "again", "repeatedly", "publicly"]),
                j + 1 < upper, !view.tokens[j + 1].classes.contains(.pronoun)
            {
                if view.token(j, is: "on") {
                    let n = view.tokens[j + 1]
                    guard n.classes.contains(.weekday) || n.classes.contains(.month) || n.classes.contains(.platform)
                        || n.kind == .number
                    else { break }
                    j += 1
                }
                j += 1
                continue
            }
            if view.token(j, isAnyOf: ["this", "last", "next"]), j + 1 < upper,
                view.tokens[j + 1].classes.contains(.timeUnit) || view.tokens[j + 1].classes.contains(.weekday)
            {
                j += 2
                continue
            }
            if view.token(j, is: "local"), view.token(j + 1, is: "time") { j += 2; continue }
            if t.classes.contains(.month) || (t.kind == .number && j > cue + 1) { j += 1; continue }
            if view.token(j, isAnyOf: ["in", "during"]), j + 1 < upper {
                // `in a statement`, `in a post on X`, `in an interview with Y`
                var e = j + 1
                while e < upper, e - j < 5, !view.tokens[e].classes.contains(.reportingNoun), view.tokens[e].kind == .word { e += 1 }
                if e < upper, view.tokens[e].classes.contains(.reportingNoun) {
                    j = e + 1
                    if view.token(j, is: "on"), j + 1 < upper { j += 2 }
                    if view.token(j, is: "with"), let m = entities.mention(at: j + 1) { j = entities.mentionTokens[m].upperBound }
                    continue
                }
                break
            }
            break
        }
        if view.token(j, is: "that") { j += 1 }
        return j
    }

    /// `…, citing X` / `…, according to X` at the end of reported content: where to stop.
    private func trailingRelay(from start: Int, _ upper: Int) -> Int? {
        var k = start
        while k + 1 < upper {
            if view.isPunct(k, 0x2C), view.token(k + 1, isAnyOf: ["citing", "according", "as", "per", "adding"]) { return k }
            k += 1
        }
        return nil
    }

    /// Only time words, channels and relays remain from `from` to `upper`: the cue ends the sentence.
    private func isTail(_ from: Int, _ upper: Int) -> Bool {
        var k = from
        while k < upper {
            let t = view.tokens[k]
            if view.isPunct(k, 0x2C) || t.classes.contains(.weekday) || t.classes.contains(.dayWord)
                || t.classes.contains(.timeModifier) || t.classes.contains(.timeUnit) || t.classes.contains(.month)
                || t.kind == .number || t.classes.contains(.function) || t.classes.contains(.reportingNoun)
                || t.classes.contains(.platform) || entities.mention(at: k) != nil
                || view.token(k, isAnyOf: ["reporters", "journalists", "citing", "local", "time", "according", "told", "information", "sources"])
            {
                k += 1
                continue
            }
            return false
        }
        return true
    }
}
