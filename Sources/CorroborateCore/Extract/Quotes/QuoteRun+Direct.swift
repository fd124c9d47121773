/// Quotes in quotation marks: where their speaker is named, and whether they are whole
/// utterances or a few words inside the writer's sentence.
extension QuoteRun {
    typealias SentenceRelays = [(relay: Relay, tokens: Range<Int>)]

    mutating func direct(_ index: Int, _ sentenceRelays: SentenceRelays) {
        let span = spans[index]
        let paragraph = view.paragraphs[span.paragraph]
        var content = span.content(paragraphEnd: paragraph.tokens.upperBound)
        // Trailing punctuation outside a closing mark belongs to the sentence, not the quote.
        while content.count > 0, view.tokens[content.upperBound - 1].kind == .quote { content = content.lowerBound..<(content.upperBound - 1) }
        guard !content.isEmpty else { return }
        let words = content.filter { view.tokens[$0].kind == .word || view.tokens[$0].kind == .number }.count
        guard words > 0 else { return }
        let openIndex = view.sentence(containing: span.open)
        let openSentence = view.sentences[openIndex]
        let last = span.close ?? (content.upperBound - 1)
        let closeSentence = view.sentences[view.sentence(containing: last)]

        let leading = leadingCue(before: span.open, in: openIndex)
        let trailing = span.close.flatMap { trailingCue(after: $0, in: closeSentence) }
        var chosen: Found? = nil
        if let l = leading, l.adjacent { chosen = l }
        else if let t = trailing, t.adjacent { chosen = t }

        // `“First part,” she said, “second part.”`: the cue between two pieces serves both.
        var piece: Spoken? = nil
        if chosen == nil, let previous = lastSpoken, previous.paragraph == span.paragraph, let close = previous.close,
            let c = previous.cueToken, c > close, c < span.open, span.open - close <= 20,
            ((close + 1)..<span.open).allSatisfy({ !quoted[$0] }), view.isPunct(span.open - 1, 0x2C) || view.isPunct(span.open - 1, 0x3A)
        {
            piece = previous
        }
        var label: Range<Int>? = nil
        if chosen == nil, piece == nil {
            if let d = span.close.flatMap({ dashAttribution(after: $0) }) { chosen = d }
            else if let l = transcriptLabel(content) { label = l }
            else if let l = leading ?? trailing { chosen = l }
        }

        // A word or two in quotation marks with no cue beside it is a scare quote.
        if words <= 2, chosen?.adjacent != true, piece == nil { return }
        // A paragraph that is only a short title-case quotation is a section heading.
        if chosen == nil, piece == nil, label == nil, isHeading(span, content: content) { return }
        // `"Museum sued over paintings," by Ann Roe: …`: the title of a linked article.
        if let close = span.close, view.isPunct(close + 1, 0x2C) || view.isPunct(close - 1, 0x2C), view.token(close + 1, is: "by")
            || view.token(close + 2, is: "by")
        {
            return
        }

        let kind: QuoteKind = piece != nil ? .direct : classify(span, content: content, sentence: openSentence, leading: leading, trailing: trailing)
        var attribution: Attribution? = nil
        var cue: Span? = nil
        var cueToken: Int? = nil
        var via: [Relay] = []
        var utterance: Int? = nil
        if let piece {
            attribution = piece.attribution
            cue = piece.cue
            cueToken = piece.cueToken
            via = piece.via
            utterance = utteranceOf(piece.quote)
        } else if let label {
            attribution = attribute(label)
            content = (label.upperBound + 1)..<content.upperBound
            guard !content.isEmpty else { return }
        } else if let found = chosen {
            attribution = attribute(found)
            cue = view.span(token: found.cue)
            cueToken = found.cue
            if kind == .direct { usedCues.insert(found.cue) }
        } else if let found = colonCue(before: span) {
            attribution = attribute(found)
            cue = view.span(token: found.cue)
            cueToken = found.cue
            usedCues.insert(found.cue)
        } else if let close = span.close, let found = nextSentenceCue(after: closeSentence, immediatelyAfter: close) {
            // `“Who are they?” Roe said.`: the question mark ended the sentence before its cue.
            attribution = attribute(found)
            cue = view.span(token: found.cue)
            cueToken = found.cue
            usedCues.insert(found.cue)
        } else if let subject = colonSubject(span) {
            attribution = attribute(subject)
        } else if let subject = previousSentenceSubject(span, sentence: openIndex) {
            attribution = attribute(subject)
        } else if let previous = lastSpoken, continues(span, kind: kind, after: previous, sentence: openIndex) {
            // The words that named the speaker at their last quote (a pronoun there stays one).
            attribution = Attribution(
                span: previous.attribution.span, entity: previous.attribution.entity,
                resolution: .continuation, antecedent: previous.attribution.antecedent ?? previous.attribution.span,
                isAnonymous: previous.attribution.isAnonymous)
            via = previous.via
            // One utterance with the previous quote when it continues it directly.
            if previous.close != nil, span.continues || previous.sentence + 1 == openIndex { utterance = utteranceOf(previous.quote) }
        } else if let found = nextSentenceCue(after: closeSentence) {
            attribution = attribute(found)
            cue = view.span(token: found.cue)
            cueToken = found.cue
            usedCues.insert(found.cue)
        } else if let subject = previousParagraphSubject(span) {
            attribution = attribute(subject)
        }
        if attribution == nil, kind == .partial, leading == nil, trailing == nil { return }
        // `told “Morning Joe”`, `in his book “Make Your Kid a Millionaire”`: a title, not words spoken.
        if kind == .partial, attribution == nil, isTitle(content) { return }
        if span.continues, utterance == nil, index > 0, let q = quoteOfSpan[index - 1] { utterance = utteranceOf(q) }

        if piece == nil, attribution?.resolution != .continuation {
            let quoteRange = span.open..<(last + 1)
            for r in sentenceRelays where !quoteRange.contains(r.tokens.lowerBound) {
                if r.relay.role == .toldTo, let c = cueToken, !(c..<(c + 2)).contains(r.tokens.lowerBound - 1) { continue }
                via.append(r.relay)
            }
            via = QuoteRun.ordered(via)
        }
        let quote = Quote(span: view.span(tokens: content), kind: kind, speaker: attribution, cue: cue, via: via, utterance: utterance)
        quoteOfSpan[index] = quotes.count
        quotes.append(quote)
        if let attribution {
            lastSpoken = Spoken(
                paragraph: span.paragraph, sentence: view.sentence(containing: last), attribution: attribution, cue: cue,
                cueToken: cueToken, via: via, close: span.close, quote: quotes.count - 1)
        }
    }

    /// A short run of capitalised words (function words aside): the name of a show, book or song.
    private func isTitle(_ content: Range<Int>) -> Bool {
        var words = 0
        for k in content {
            let t = view.tokens[k]
            guard t.kind == .word || t.kind == .number || t.kind == .punctuation || t.kind == .possessive else { return false }
            guard t.kind == .word else { continue }
            words += 1
            if !t.isCapitalized, !t.classes.contains(.function) { return false }
        }
        return words >= 2 && words <= 7 && view.tokens[content.lowerBound].isCapitalized
    }

    private func isHeading(_ span: QuotedSpan, content: Range<Int>) -> Bool {
        let paragraph = view.paragraphs[span.paragraph]
        guard span.open == paragraph.tokens.lowerBound, let close = span.close, paragraph.tokens.upperBound - close <= 2 else { return false }
        // `'A change warrior.'` alone on its line, in single marks amid double-quoted text: a
        // section heading printed as a pull quote.
        if span.singleInDoubleText, content.count <= 12 { return true }
        var words = 0
        var capitals = 0
        for k in content where view.tokens[k].kind == .word {
            words += 1
            if view.tokens[k].isCapitalized || view.tokens[k].classes.contains(.function) { capitals += 1 }
        }
        return words <= 10 && capitals * 10 >= words * 8 && view.tokens[content.lowerBound].isCapitalized
    }

    /// The utterance number of quote `q`, given one if it has none yet.
    mutating func utteranceOf(_ q: Int) -> Int {
        if let u = quotes[q].utterance { return u }
        quotes[q].utterance = nextUtterance
        nextUtterance += 1
        return quotes[q].utterance!
    }

    /// Whether an unattributed quote continues the previous speaker's turn: a paragraph that
    /// is only a quote right after theirs, a quote continued from the previous paragraph, or
    /// a quote opening the sentence after theirs in the same paragraph.
    private func continues(_ span: QuotedSpan, kind: QuoteKind, after previous: Spoken, sentence: Int) -> Bool {
        if span.continues { return true }
        guard kind == .direct else { return false }
        let paragraph = view.paragraphs[span.paragraph]
        if span.open == paragraph.tokens.lowerBound, previous.paragraph >= span.paragraph - 1 { return true }
        return previous.paragraph == span.paragraph && previous.sentence < sentence
            && span.open == view.sentences[sentence].tokens.lowerBound
    }

    /// Direct when the quote is a whole utterance: it starts its sentence, follows a colon or a
    /// comma after a cue, or is itself a full sentence; partial when it is words inside the
    /// writer's own sentence.
    private func classify(_ span: QuotedSpan, content: Range<Int>, sentence: Sentence, leading: Found?, trailing: Found? = nil) -> QuoteKind {
        if span.continues { return .direct }
        // `“…,” said Roe`: a quote that ends with its own punctuation right before its cue.
        let before = span.open - 1
        let opensClause = before < sentence.tokens.lowerBound || view.isPunct(before, 0x2C) || view.isPunct(before, 0x3A)
            || view.tokens[before].kind == .dash
        if opensClause, let t = trailing, t.adjacent, content.count >= 4, let close = span.close, close - 1 >= content.lowerBound,
            view.tokens[close - 1].kind == .punctuation, t.cue <= close + 3 || t.speaker.lowerBound <= close + 2
        {
            let b = view.bytes[Int(view.tokens[close - 1].start)]
            if b == 0x2C || b == 0x2E || b == 0x3F || b == 0x21 { return .direct }
        }
        var k = span.open - 1
        while k >= sentence.tokens.lowerBound, view.tokens[k].kind == .dash || view.tokens[k].kind == .quote { k -= 1 }
        if k < sentence.tokens.lowerBound { return .direct }
        if view.isPunct(k, 0x3A) { return .direct }
        // `… knows that “…”`: the quote completes the writer's clause.
        if view.token(k, isAnyOf: ["that", "as", "of", "like"]) { return .partial }
        guard let l = leading, writerLeadsNothing(before: l, in: sentence) else { return .partial }
        if view.isPunct(k, 0x2C), l.cue >= k - 3 { return .direct }
        let first = view.tokens[content.lowerBound]
        let lastByte = view.bytes[Int(view.tokens[content.upperBound - 1].start)]
        let endsSentence = lastByte == 0x2E || lastByte == 0x21 || lastByte == 0x3F
        // A full sentence right after its cue (`Roe declared “We will win.”`), not after the
        // writer's words (`proclaimed a goal of “Peace Through Strength.”`).
        let words = content.filter { view.tokens[$0].kind == .word }.count
        if first.isCapitalized, endsSentence, words >= 4, l.cue < span.open, isOnlyAdverbial(l.cue + 1, span.open) || view.isPunct(k, 0x2C) {
            return .direct
        }
        return .partial
    }

    /// Whether the cue phrase opens its sentence, after an introductory phrase at most: not
    /// `It was, the president said, “…”`, where the writer's words lead into the quote.
    private func writerLeadsNothing(before found: Found, in sentence: Sentence) -> Bool {
        // `…, saying, “…”`: a participle hands the sentence over to the quote.
        if isParticiple(found.cue) { return true }
        let first = min(found.speaker.isEmpty ? found.cue : found.speaker.lowerBound, found.cue)
        guard first > sentence.tokens.lowerBound else { return true }
        let lead = sentence.tokens.lowerBound
        if view.tokens[lead].kind == .quote { return true }
        // An introductory phrase: a preposition, subordinator or adverb, ended by a comma.
        let t = view.tokens[lead]
        if t.classes.contains(.function) && !t.classes.contains(.pronoun) || isParticiple(lead) || phrases.isAdverb(lead)
            || t.classes.contains(.sentenceStarter) && !t.classes.contains(.pronoun)
        {
            return true
        }
        // Otherwise the writer's own words (`It was, …`) lead into the quote.
        return false
    }

    // MARK: - Cues

    /// Whether token `k` can introduce or follow a quotation.
    private func isQuoteCue(_ k: Int) -> Bool {
        let t = view.tokens[k]
        guard t.kind == .word else { return false }
        if !frames[k].isEmpty { return true }
        if t.isCapitalized {
            // `Said Ellis: “…”`: an inverted cue opening its sentence.
            return t.classes.contains(.reportingVerb) && view.sentences[view.sentence(containing: k)].tokens.lowerBound == k
        }
        return t.classes.contains(.reportingVerb)
    }

    /// Whether token `k` reports speech (rather than a belief, a plan or a stance).
    private func isSpeechCue(_ k: Int) -> Bool {
        frames[k].contains(.speech) || frames[k].contains(.quoteTag) || view.tokens[k].classes.contains(.reportingVerb)
    }

    /// A cue before the quote in its sentence: `X said: “…`, `said X: “…`, `according to X, “…`,
    /// `…, saying “…`.
    func leadingCue(before open: Int, in s: Int, from start: Int? = nil) -> Found? {
        let sentence = view.sentences[s]
        let lower = start ?? sentence.tokens.lowerBound
        var k = open - 1
        var crossedWords = 0
        while k >= lower {
            if quoted[k] {
                k -= 1
                continue
            }
            let t = view.tokens[k]
            if isQuoteCue(k), !usedCues.contains(k) {
                let frame = frames[k]
                let adjacent = crossedWords <= 1 || isOnlyAdverbial(k + 1, open) || isShortPhraseBeforeQuote(k + 1, open)
                let speech = isSpeechCue(k)
                if k > lower, phrases.isDeterminer(k - 1) || view.tokens[k - 1].kind == .possessive {
                    // `the state`, `Editor's note`: a noun.
                    k -= 1
                    crossedWords += 1
                    continue
                }
                if (frame.contains(.weak) || !speech), !adjacent {
                    k -= 1
                    crossedWords += 1
                    continue
                }
                if let found = speakerOf(cue: k, lower: lower, upper: open, adjacent: adjacent, loose: speech, sentence: s) {
                    return found
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
                phrases.canSpeak(np, loose: true)
            {
                return Found(cue: k, speaker: np, adjacent: crossedWords <= np.count + 2)
            }
            if t.kind == .word || t.kind == .number { crossedWords += 1 }
            k -= 1
        }
        return nil
    }

    /// The speaker of the cue at `k`: a participle's clause subject, a relative pronoun's
    /// antecedent, or the subject before it.
    func speakerOf(cue k: Int, lower: Int, upper: Int, adjacent: Bool, loose: Bool, sentence: Int) -> Found? {
        if isParticiple(k), k > lower, view.isPunct(k - 1, 0x2C) || view.token(k - 1, isAnyOf: ["while", "after", "before", "by", "when"]) {
            if let previous = lastSpoken, previous.sentence == sentence, previous.cueToken.map({ $0 < k }) ?? true {
                return Found(cue: k, speaker: k..<k, adjacent: adjacent, inherited: previous.attribution)
            }
            if let subject = clauseSubject(from: view.sentences[sentence].tokens.lowerBound, before: k) {
                return Found(cue: k, speaker: subject, adjacent: adjacent)
            }
            return nil
        }
        // `She urged him to stop and repeatedly says, “…”`: a coordinated verb shares the subject.
        var b = k - 1
        while b > lower, isWord(b), phrases.token(b, in: SpeakerPhrases.skippedWords) || phrases.isAdverb(b) { b -= 1 }
        if b > lower, view.token(b, isAnyOf: ["and", "but", "then"]) {
            if let subject = clauseSubject(from: view.sentences[sentence].tokens.lowerBound, before: b), phrases.canSpeak(subject, loose: loose),
                !(subject.upperBound < b - 1 && (subject.upperBound..<b).contains { view.isPunct($0, 0x2E) })
            {
                return Found(cue: k, speaker: subject, adjacent: adjacent, clauseStart: b)
            }
        }
        if let rel = phrases.relative(before: k, from: lower), phrases.canSpeak(rel.antecedent, loose: loose) {
            return Found(cue: k, speaker: rel.antecedent, adjacent: adjacent, relative: rel.pronoun)
        }
        if let subject = phrases.subject(before: k, from: lower, loose: loose), phrases.canSpeak(subject, loose: loose),
            !isPrepositionalObject(subject, cue: k), !quoted[subject.lowerBound]
        {
            return Found(cue: k, speaker: subject, adjacent: adjacent)
        }
        return nil
    }

    /// The subject of the clause in `lower..<limit`: past an introductory phrase (`In a
    /// statement, …`, `After the debate, …`) and a leading conjunction.
    func clauseSubject(from lower: Int, before limit: Int) -> Range<Int>? {
        var j = lower
        // A dateline: `CHARLOTTE — The wife of …`.
        if j + 1 < limit, view.tokens[j].flags.contains(.allCaps) {
            var d = j
            while d < limit, d - j < 4, view.tokens[d].flags.contains(.allCaps) || view.isPunct(d, 0x2C) || view.tokens[d].kind == .punctuation { d += 1 }
            if d < limit, view.tokens[d].kind == .dash { j = d + 1 }
        }
        while j < limit, view.token(j, isAnyOf: ["but", "and", "so", "yet", "still", "then", "now"]) || view.tokens[j].kind == .quote {
            j += 1
        }
        if j < limit, view.tokens[j].classes.contains(.function) || view.tokens[j].classes.contains(.sentenceStarter) || isParticiple(j)
            || (phrases.isVerbLike(j) && entities.mention(at: j) == nil),
            !view.tokens[j].classes.contains(.pronoun), !isDeterminerLike(j)
        {
            // Past an introductory phrase, which may hold commas of its own (`On July 6, 2015, …`).
            var tries = 0
            while tries < 3 {
                tries += 1
                var c = j
                while c < limit, !view.isPunct(c, 0x2C) { c += 1 }
                guard c < limit else { return nil }
                j = c + 1
                while j < limit, view.tokens[j].kind == .quote { j += 1 }
                guard j < limit else { return nil }
                if let r = phrases.object(after: j - 1, upTo: limit), r.lowerBound == j, phrases.canSpeak(r, loose: true) { return r }
            }
            return nil
        }
        guard j < limit else { return nil }
        if let r = phrases.object(after: j - 1, upTo: limit), r.lowerBound == j, phrases.canSpeak(r, loose: true) { return r }
        return nil
    }

    private func isDeterminerLike(_ k: Int) -> Bool { phrases.isDeterminer(k) || view.token(k, isAnyOf: ["his", "her", "their", "its", "our"]) }

    /// A cue after the quote: `“…,” X said`, `“…,” said X`, or a sentence-final `…, he added.`
    private func trailingCue(after close: Int, in sentence: Sentence) -> Found? {
        let upper = sentence.tokens.upperBound
        var j = close + 1
        if view.isPunct(j, 0x2C) { j += 1 }
        guard j < upper else { return nil }
        if isQuoteCue(j), !quoted[j] {
            if let object = phrases.object(after: j, upTo: upper), phrases.canSpeak(object, loose: true) {
                return Found(cue: j, speaker: object, adjacent: true)
            }
        }
        // `“…,” Ann Roe, director of the institute at the school, said`: a long apposition.
        var c = j
        while c < upper, c - j < 45, !quoted[c], !isQuoteCue(c) || phrases.isDeterminer(c - 1) || view.token(c - 1, is: "of") { c += 1 }
        if c < upper, isQuoteCue(c), c > j, let subject = phrases.subject(before: c, from: j, loose: true), subject.lowerBound == j,
            phrases.canSpeak(subject, loose: true)
        {
            return Found(cue: c, speaker: subject, adjacent: true)
        }
        // `X said` / `X, a lawmaker, told reporters` right after the quote, or `…, he added.` later.
        var clauseStart = j
        var k = j
        while k < upper {
            if quoted[k] { break }
            if view.isPunct(k, 0x2C) || view.isPunct(k, 0x3B) {
                if k > j, isParticiple(k + 1) { break }
                clauseStart = k + 1
                k += 1
                continue
            }
            if isQuoteCue(k), k > clauseStart || k == j {
                let speech = isSpeechCue(k)
                if let subject = phrases.subject(before: k, from: clauseStart, loose: speech), phrases.canSpeak(subject, loose: speech),
                    subject.lowerBound == clauseStart || subject.lowerBound == j
                {
                    return Found(cue: k, speaker: subject, adjacent: clauseStart == j)
                }
                if k == clauseStart, let object = phrases.object(after: k, upTo: upper), phrases.canSpeak(object, loose: true) {
                    return Found(cue: k, speaker: object, adjacent: clauseStart == j)
                }
            }
            k += 1
        }
        return nil
    }

    /// `“…” ― Ana Ruiz`: a name after a dash signs the quote.
    private func dashAttribution(after close: Int) -> Found? {
        var j = close + 1
        if view.isPunct(j, 0x2C) { j += 1 }
        guard j < view.tokens.count, view.tokens[j].kind == .dash else { return nil }
        let paragraph = view.paragraphs[view.sentences[view.sentence(containing: close)].paragraph]
        guard let m = entities.mention(at: j + 1), entities.mentions[m].type == .person || entities.mentions[m].type == .organization
        else {
            if j + 1 < paragraph.tokens.upperBound, view.tokens[j + 1].isCapitalized,
                let np = phrases.object(after: j, upTo: paragraph.tokens.upperBound), phrases.canSpeak(np, loose: true)
            {
                return Found(cue: j, speaker: np, adjacent: true)
            }
            return nil
        }
        return Found(cue: j, speaker: entities.mentionTokens[m], adjacent: true)
    }

    /// `“PENCE: Well, …”`: a transcript's speaker label inside the quote.
    private func transcriptLabel(_ content: Range<Int>) -> Range<Int>? {
        var k = content.lowerBound
        while k < content.upperBound, k - content.lowerBound < 4 {
            let t = view.tokens[k]
            if view.isPunct(k, 0x3A) { return k > content.lowerBound ? content.lowerBound..<k : nil }
            guard t.kind == .word, t.flags.contains(.allCaps) || (t.length == 1 && t.isCapitalized) else { return nil }
            k += 1
        }
        return nil
    }

    /// A quote opening its paragraph after one that ends `X said:`.
    private func colonCue(before span: QuotedSpan) -> Found? {
        let paragraph = view.paragraphs[span.paragraph]
        guard span.open == paragraph.tokens.lowerBound, span.paragraph > 0 else { return nil }
        let previous = view.paragraphs[span.paragraph - 1]
        let lastToken = previous.tokens.upperBound - 1
        guard view.isPunct(lastToken, 0x3A) || view.isPunct(lastToken, 0x2C), !quoted[lastToken] else { return nil }
        let s = view.sentence(containing: lastToken)
        return leadingCue(before: lastToken + 1, in: s)
    }

    /// `Roe made the following comment: “…”`: a colon introduces the quote and the sentence's
    /// subject, a person or body, speaks it.
    private func colonSubject(_ span: QuotedSpan) -> Range<Int>? {
        var colon = span.open - 1
        let paragraph = view.paragraphs[span.paragraph]
        if span.open == paragraph.tokens.lowerBound, span.paragraph > 0 { colon = view.paragraphs[span.paragraph - 1].tokens.upperBound - 1 }
        guard colon >= 0, view.isPunct(colon, 0x3A), !quoted[colon] else { return nil }
        let sentence = view.sentences[view.sentence(containing: colon)]
        // `… pollster Ann Roe: “…”`, `Roe: ‘…’`: a name right before the colon.
        if colon > sentence.tokens.lowerBound, let m = entities.mention(at: colon - 1), entities.mentions[m].type != .place {
            return entities.mentionTokens[m]
        }
        if colon - 1 == sentence.tokens.lowerBound, view.tokens[colon - 1].isCapitalized,
            !view.tokens[colon - 1].classes.contains(.sentenceStarter)
        {
            return (colon - 1)..<colon
        }
        guard let subject = clauseSubject(from: sentence.tokens.lowerBound, before: colon), speaksInPerson(subject) else { return nil }
        return subject
    }

    /// A person or body by name, or a personal pronoun.
    func speaksInPerson(_ r: Range<Int>) -> Bool {
        if r.count == 1, view.token(r.lowerBound, isAnyOf: ["he", "she", "they", "i", "we"]) { return true }
        return r.contains { k in
            entities.mention(at: k).map { entities.mentions[$0].type == .person || entities.mentions[$0].type == .organization } ?? false
        }
    }

    /// `Ann Roe told the panel of her plan. “It will work.”`: a quote opening a sentence right
    /// after one whose subject is a person, in the same paragraph, with no speaker of its own.
    private func previousSentenceSubject(_ span: QuotedSpan, sentence s: Int) -> Range<Int>? {
        guard s > 0, span.open == view.sentences[s].tokens.lowerBound, !span.continues else { return nil }
        let previous = view.sentences[s - 1]
        guard previous.paragraph == span.paragraph, !previous.isCaption else { return nil }
        if let spoken = lastSpoken, spoken.sentence == s - 1 { return nil }
        guard let subject = clauseSubject(from: previous.tokens.lowerBound, before: previous.tokens.upperBound),
            subject.contains(where: { k in entities.mention(at: k).map { entities.mentions[$0].type == .person } ?? false })
                || (subject.count == 1 && view.token(subject.lowerBound, isAnyOf: ["he", "she", "i"]))
        else { return nil }
        return subject
    }

    /// `Roe pressed on with her criticism.` ¶ `“It cannot stand.”`: a paragraph that is only a
    /// quote, after a paragraph ending in a sentence whose subject is a person and that holds
    /// no quotation of its own.
    private func previousParagraphSubject(_ span: QuotedSpan) -> Range<Int>? {
        let paragraph = view.paragraphs[span.paragraph]
        guard span.open == paragraph.tokens.lowerBound, span.paragraph > 0 else { return nil }
        let previous = view.paragraphs[span.paragraph - 1]
        guard let last = previous.sentences.last, !view.sentences[last].isCaption else { return nil }
        let sentence = view.sentences[last]
        guard !sentence.tokens.contains(where: { quoted[$0] }) else { return nil }
        guard let subject = clauseSubject(from: sentence.tokens.lowerBound, before: sentence.tokens.upperBound),
            subject.contains(where: { k in entities.mention(at: k).map { entities.mentions[$0].type == .person } ?? false })
        else { return nil }
        return subject
    }

    /// A quote standing alone whose speaker is named at the start of the next sentence.
    private func nextSentenceCue(after sentence: Sentence, immediatelyAfter close: Int? = nil) -> Found? {
        let s = view.sentence(containing: sentence.tokens.lowerBound) + 1
        guard s < view.sentences.count, view.sentences[s].paragraph == sentence.paragraph else { return nil }
        let next = view.sentences[s]
        if let close {
            guard next.tokens.lowerBound == close + 1 else { return nil }
            // `“…?” said Roe.`
            if isQuoteCue(next.tokens.lowerBound), let object = phrases.object(after: next.tokens.lowerBound, upTo: next.tokens.upperBound),
                phrases.canSpeak(object, loose: true)
            {
                return Found(cue: next.tokens.lowerBound, speaker: object, adjacent: true)
            }
        }
        var k = next.tokens.lowerBound
        while k < min(next.tokens.upperBound, next.tokens.lowerBound + 8) {
            if quoted[k] { return nil }
            if isQuoteCue(k), isSpeechCue(k) {
                if let subject = phrases.subject(before: k, from: next.tokens.lowerBound, loose: true),
                    subject.lowerBound == next.tokens.lowerBound, phrases.canSpeak(subject, loose: true)
                {
                    return Found(cue: k, speaker: subject, adjacent: false)
                }
                return nil
            }
            k += 1
        }
        return nil
    }

    /// `said of the museum, “…`, `told me, “…`: a short phrase and a comma or colon between the
    /// cue and its quote.
    private func isShortPhraseBeforeQuote(_ from: Int, _ open: Int) -> Bool {
        guard open - from <= 7, open - 1 > from, view.isPunct(open - 1, 0x2C) || view.isPunct(open - 1, 0x3A) else { return false }
        return view.token(from, isAnyOf: ["of", "about", "to", "in", "at", "on", "during", "me", "him", "her", "them", "us", "reporters", "it"])
            && !(from..<open).contains { quoted[$0] }
    }

    func isOnlyAdverbial(_ from: Int, _ to: Int) -> Bool {
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
}
