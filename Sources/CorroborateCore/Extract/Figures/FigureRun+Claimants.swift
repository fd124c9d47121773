/// Who claims a figure.
///
/// In order: the speaker of the innermost quote or reported speech holding it; for a quote the
/// quote pass left without a speaker, the speaker of the quote it continues (in its paragraph,
/// or the paragraph before when it opens its own) or the cue beside its marks; a speaker label
/// opening the paragraph (`SMITH: …`); then cues in the figure's own sentence — `according to
/// X`, `by one estimate`, a trailing `…, X said.`, the subject of a reporting or estimating
/// verb before it (`X said`, `X estimated`, `a poll found`), or the subject of the sentence
/// before `, saying …`. An unattributed `is estimated to` keeps its hedge and no claimant: a
/// speaker is never borrowed from a neighbouring sentence.
extension FigureRun {
    func claimant(for draft: Draft, sentence: Sentence) -> Attribution? {
        let span = draft.figure.span
        let lower = sentence.tokens.lowerBound
        let upper = sentence.tokens.upperBound
        let first = draft.tokens.lowerBound
        let last = draft.tokens.upperBound

        var enclosing: Int? = nil
        for (i, q) in quotes.enumerated() where q.span.contains(span) {
            if enclosing == nil || q.span.length < quotes[enclosing!].span.length { enclosing = i }
        }
        if let i = enclosing {
            if let speaker = quotes[i].speaker { return speaker }
            if quotes[i].kind == .direct {
                if let a = continuedSpeaker(of: i) ?? cueBeside(quotes[i]) { return a }
            }
        }
        if let a = speakerLabel(paragraph: sentence.paragraph) { return a }
        if let a = accordingTo(lower: lower, upper: upper) { return a }
        if let a = trailingCue(after: last, upper: upper) { return a }
        if let a = leadingCue(before: first, lower: lower) { return a }
        return nil
    }

    // MARK: - Quotes without a speaker

    /// A quote with no cue of its own continues the speaker of the quote before it in its
    /// paragraph, or, when it opens its paragraph, of the last quote in the paragraph before.
    private func continuedSpeaker(of i: Int) -> Attribution? {
        let q = quotes[i]
        let open = tokenIndex(q.span.start)
        guard open < view.tokens.count else { return nil }
        let paragraph = view.sentences[view.sentence(containing: open)].paragraph
        var opensParagraph = true
        var k = open - 1
        while k >= view.paragraphs[paragraph].tokens.lowerBound {
            if view.tokens[k].kind != .quote {
                opensParagraph = false
                break
            }
            k -= 1
        }
        var j = i - 1
        while j >= 0 {
            let p = quotes[j]
            let pOpen = tokenIndex(p.span.start)
            let pParagraph = view.sentences[view.sentence(containing: min(pOpen, view.tokens.count - 1))].paragraph
            if pParagraph < paragraph - 1 || (pParagraph == paragraph - 1 && !opensParagraph) { return nil }
            if p.span.end <= q.span.start, let s = p.speaker, p.kind != .indirect {
                return Attribution(span: s.span, entity: s.entity, resolution: .continuation, antecedent: s.antecedent ?? s.span)
            }
            j -= 1
        }
        return nil
    }

    /// For a quote the quote pass left without a speaker: `“…,” X said` or `“…” ― X` after its
    /// closing mark; `X said: “…`, `X asked, “…` before its opening mark.
    private func cueBeside(_ q: Quote) -> Attribution? {
        let open = tokenIndex(q.span.start)
        let close = tokenIndex(q.span.end)
        guard open < view.tokens.count else { return nil }
        if close < view.tokens.count {
            let s = view.sentences[view.sentence(containing: close)]
            var j = close
            while j < s.tokens.upperBound, view.tokens[j].kind == .quote || view.isPunct(j, 0x2C) || view.isPunct(j, 0x2E)
                || view.isPunct(j, 0x3F) || view.isPunct(j, 0x21)
            {
                j += 1
            }
            if j < view.tokens.count, view.tokens[j].kind == .dash, let m = entities.mention(at: j + 1),
                entities.mentions[m].type == .person
            {
                return attribution(entities.mentionTokens[m])  // “…” ― Ana Ruiz
            }
            let upper = view.sentences[view.sentence(containing: min(j, view.tokens.count - 1))].tokens.upperBound
            if let a = cueNear(j, upper: upper) { return a }
        }
        var p = open - 1
        while p >= 0, view.tokens[p].kind == .quote { p -= 1 }
        if p >= 0, view.isPunct(p, 0x3A) || view.isPunct(p, 0x2C) {
            let s = view.sentences[view.sentence(containing: p)]
            var k = p - 1
            while k >= s.tokens.lowerBound, p - k <= 5 {
                if isCue(k) {
                    if let np = speakerSubject(before: k, from: s.tokens.lowerBound) { return attribution(np) }
                    if let np = phrases.object(after: k, upTo: p), phrases.canSpeak(np) { return attribution(np) }
                }
                k -= 1
            }
            // `Sanders made the following comment: “…`: the subject of the introducing sentence.
            if view.isPunct(p, 0x3A), let np = sentenceSubject(lower: s.tokens.lowerBound, before: p) { return attribution(np) }
        }
        return nil
    }

    /// `X said`, `said X` starting at token `j` (after a quote).
    private func cueNear(_ j: Int, upper: Int) -> Attribution? {
        var k = j
        while k < upper, k - j <= 6 {
            if isCue(k) {
                if let np = speakerSubject(before: k, from: j) { return attribution(np) }
                if let np = phrases.object(after: k, upTo: upper), phrases.canSpeak(np) { return attribution(np) }
                return nil
            }
            if view.tokens[k].kind == .quote { return nil }
            k += 1
        }
        return nil
    }

    /// `WALLACE: …`, `Mr Hale: …`: a speaker label opening the paragraph (transcripts, Q&As);
    /// a paragraph that opens with a quotation mark and no label continues the label before.
    private func speakerLabel(paragraph: Int) -> Attribution? {
        var p = paragraph
        for _ in 0..<4 {
            let r = view.paragraphs[p].tokens
            var k = r.lowerBound
            while k < r.upperBound, view.tokens[k].kind == .quote { k += 1 }
            let opensWithQuote = k > r.lowerBound
            let start = k
            while k < r.upperBound, k - start < 4, view.tokens[k].kind == .word && view.tokens[k].isCapitalized
                || view.isPunct(k, 0x2E) && k > start
            {
                k += 1
            }
            if k > start, k < r.upperBound, view.isPunct(k, 0x3A) {
                let label = start..<k
                let allCaps = label.allSatisfy { view.tokens[$0].flags.contains(.allCaps) || view.isPunct($0, 0x2E) }
                let person = entities.mention(at: start).map { entities.mentions[$0].type == .person } ?? false
                if allCaps || person { return attribution(label) }
            }
            guard opensWithQuote, p > 0 else { return nil }
            p -= 1
        }
        return nil
    }

    // MARK: - Cues in the sentence

    /// `according to X` anywhere in the sentence; `by one estimate`, `by the agency's count`.
    private func accordingTo(lower: Int, upper: Int) -> Attribution? {
        var k = lower
        while k + 2 < upper {
            if view.token(k, is: "according"), view.token(k + 1, is: "to"),
                let np = documentPhrase(from: k + 2, upper: upper) ?? phrases.object(after: k + 1, upTo: upper)
                    ?? speakerPhrase(from: k + 2, upper: upper)
            {
                // `according to a tally by the agency`, `interviews with officials`: the agent.
                if isDocumentNoun(np.upperBound - 1) || view.tokens[np.upperBound - 1].classes.contains(.reportingNoun),
                    view.token(np.upperBound, isAnyOf: ["by", "from", "with", "of"]),
                    let agent = speakerPhrase(from: np.upperBound + 1, upper: upper)
                        ?? phrases.object(after: np.upperBound, upTo: upper).flatMap({ phrases.canSpeak($0) ? $0 : nil })
                {
                    return attribution(agent)
                }
                return attribution(np)
            }
            if view.token(k, isAnyOf: ["by", "in"]), let np = documentPhrase(from: k + 1, upper: upper),
                view.token(np.upperBound - 1, isAnyOf: ["estimate", "estimates", "count", "tally", "calculation", "calculations", "reckoning", "analysis", "measure"])
                    || view.token(k, is: "in") && view.token(np.upperBound - 1, isAnyOf: [
                        "poll", "polls", "survey", "surveys", "study", "report", "census", "audit", "average", "tally", "count",
                        "estimate", "estimates", "data", "index", "ranking", "rankings", "analysis", "forecast",
                    ])
            {
                return attribution(np)
            }
            k += 1
        }
        return nil
    }

    /// `…, X said.`, `…, said X.`, `…,” X said in a statement.` after the figure.
    private func trailingCue(after last: Int, upper: Int) -> Attribution? {
        var k = last
        while k < upper {
            if view.isPunct(k, 0x2C) || view.tokens[k].kind == .dash || view.tokens[k].kind == .quote {
                var j = k + 1
                while j < upper, view.tokens[j].kind == .quote || view.isPunct(j, 0x2C) { j += 1 }
                let clause = j
                while j < upper, j - clause <= 8 {
                    let t = view.tokens[j]
                    // The attribution closes the sentence: `…, X said (in a statement).`
                    if t.kind == .word, isCue(j), upper - j <= 10 || view.isPunct(j + 1, 0x2C) {
                        if let np = speakerSubject(before: j, from: clause) { return attribution(np) }
                        if j == clause, let np = phrases.object(after: j, upTo: upper), phrases.canSpeak(np) { return attribution(np) }
                    }
                    if view.isPunct(j, 0x2C) || t.kind == .quote || t.kind == .number { break }
                    j += 1
                }
            }
            k += 1
        }
        return nil
    }

    /// The subject of the nearest reporting or estimating verb before the figure: `X said
    /// (that) …`, `X estimated …`, `a poll found …`; or the sentence's subject before
    /// `, saying …`.
    private func leadingCue(before first: Int, lower: Int) -> Attribution? {
        var k = first - 1
        var inner: Range<Int>? = nil
        while k >= lower {
            let t = view.tokens[k]
            if t.kind == .word, isCue(k) {
                if let np = speakerSubject(before: k, from: lower) {
                    // `X wrote that Y claimed …`: the outer source reports the figure.
                    guard np.lowerBound > lower, view.token(np.lowerBound - 1, is: "that"), inner == nil else {
                        return attribution(np)
                    }
                    inner = np
                    k = np.lowerBound - 1
                    continue
                }
                // `said Hale, …`: an inverted cue at the start of the sentence.
                if k == lower || view.isPunct(k - 1, 0x2C), !view.token(k, isAnyOf: ["told", "tell", "tells", "telling"]),
                    let np = phrases.object(after: k, upTo: first), phrases.canSpeak(np)
                {
                    return attribution(np)
                }
                // `Hale spoke on Tuesday, saying …`, `TheBlaze did the math and found …`: the
                // subject that opens the sentence.
                if view.isPunct(k - 1, 0x2C) && isParticiple(k) || view.token(k - 1, is: "and"),
                    let np = sentenceSubject(lower: lower, before: k)
                {
                    return attribution(np)
                }
            }
            k -= 1
        }
        return inner.map(attribution)
    }

    // MARK: - Phrases

    /// The speaker phrase before a cue: a person, body or pronoun, a document (`a poll`, `the
    /// study`), or the name a relative pronoun stands for (`the agency, which reported`).
    private func speakerSubject(before cue: Int, from lower: Int) -> Range<Int>? {
        if let np = phrases.subject(before: cue, from: lower) {
            // `32% of Republican claims`: a noun after a preposition is no subject.
            if np.lowerBound > lower, view.tokens[np.lowerBound - 1].classes.contains(.function),
                view.token(np.lowerBound - 1, isAnyOf: ["of", "in", "for", "with", "by", "from", "to", "on", "at", "about", "than"])
            {
                return nil
            }
            if phrases.canSpeak(np) || isDocument(np) || isSpeakerNoun(np.upperBound - 1) { return np }
            // `Politifact then pointed out`: a proper name the entity pass did not know.
            if let head = phrases.headToken(np), view.tokens[head].isCapitalized, !view.tokens[head].classes.contains(.demonym),
                head > lower || np.count > 1 || view.tokens[head].classes.isEmpty, view.tokens[np.upperBound - 1].kind != .number
            {
                return np
            }
        }
        var j = cue - 1
        while j >= lower, view.tokens[j].kind == .word, SpeakerPhrases.skippedBeforeCue.contains(where: { view.token(j, is: $0) }) {
            j -= 1
        }
        guard j >= lower else { return nil }
        if view.token(j, isAnyOf: ["which", "who", "that"]) {
            var a = j - 1
            while a >= lower, view.isPunct(a, 0x2C) || view.tokens[a].kind == .dash { a -= 1 }
            guard a >= lower else { return nil }
            return nounPhrase(ending: a, lower: lower)
        }
        // `The poll, which tracks …, showed`, `Hale, 44, a farmer, said`, `Mr. Trump, in an
        // interview, said`: the phrase before the bracketing commas.
        if view.isPunct(j, 0x2C) {
            var c = j - 1
            var bracketed = 0
            while c > lower, j - c < 30 {
                if view.isPunct(c, 0x2C) {
                    if let m = entities.mention(at: c - 1), entities.mentions[m].type == .person || entities.mentions[m].type == .organization {
                        return entities.mentionTokens[m]
                    }
                    if view.token(c + 1, isAnyOf: ["which", "who"]) { return nounPhrase(ending: c - 1, lower: lower) }
                    bracketed += 1
                    if bracketed > 2 { break }
                }
                if view.tokens[c].classes.contains(.reportingVerb) || view.tokens[c].kind == .quote { break }
                c -= 1
            }
            return nil
        }
        if isSpeakerNoun(j), let np = documentPhrase(ending: j, lower: lower, speakers: true) { return np }  // the fund
        // `The billionaire magnate says`: after a verb of saying, any noun phrase speaks.
        if view.token(cue, isAnyOf: ["said", "says", "say", "told", "tells", "tell", "reported", "reports", "wrote", "writes", "found", "finds", "show", "shows", "showed", "estimated", "estimates", "estimate", "argue", "argues", "argued", "predicted", "predicts"]),
            let np = plainSubject(ending: j, lower: lower)
        {
            return np
        }
        // `A Quinnipiac poll released in late August found`: a document a few words back.
        var d = j
        while d >= lower, j - d < 6 {
            if view.isPunct(d, 0x2C) || view.tokens[d].kind == .quote || view.tokens[d].classes.contains(.reportingVerb) { break }
            if let np = documentPhrase(ending: d, lower: lower) { return np }
            d -= 1
        }
        return nil
    }

    /// A plain noun phrase ending at token `end`: `the billionaire real estate magnate`, `aides`.
    private func plainSubject(ending end: Int, lower: Int) -> Range<Int>? {
        let t = view.tokens[end]
        guard t.kind == .word, !t.classes.contains(.function), !t.classes.contains(.pronoun), !phrases.isVerbLike(end),
            !t.classes.contains(.timeModifier), !t.classes.contains(.weekday), !t.classes.contains(.month)
        else { return nil }
        var j = end
        while j >= lower, end - j < 7 {
            let w = view.tokens[j]
            if view.token(j, isAnyOf: ["the", "a", "an", "this", "that", "these", "those", "some", "many", "most", "several", "all", "both", "each", "his", "her", "its", "their", "our", "other"]) {
                j -= 1
                break
            }
            guard w.kind == .word || w.kind == .possessive || w.kind == .number, !w.classes.contains(.function) || w.kind == .possessive,
                !w.classes.contains(.reportingVerb), !w.classes.contains(.pronoun)
            else { break }
            j -= 1
        }
        let start = j + 1
        guard start <= end else { return nil }
        // `in each state say`: a prepositional object is not the subject.
        if start > lower, view.token(start - 1, isAnyOf: ["of", "in", "for", "with", "by", "from", "to", "on", "at", "about", "than", "as"]) {
            return nil
        }
        return start..<(end + 1)
    }

    /// A speaker or document phrase ending at token `end`.
    private func nounPhrase(ending end: Int, lower: Int) -> Range<Int>? {
        if let np = phrases.subject(before: end + 1, from: lower), phrases.canSpeak(np) || isDocument(np) || isSpeakerNoun(np.upperBound - 1) {
            return np
        }
        return documentPhrase(ending: end, lower: lower)
    }

    /// `attorneys for the family`, `the fund`: a phrase whose head can speak, from `start`.
    private func speakerPhrase(from start: Int, upper: Int) -> Range<Int>? {
        var j = start
        while j < upper, j - start < 5, view.tokens[j].kind == .word || view.tokens[j].kind == .possessive {
            if isSpeakerNoun(j) || view.tokens[j].classes.contains(.roleNoun) || view.tokens[j].classes.contains(.speakingBody) {
                var end = j + 1
                // `attorneys for the family`
                if view.token(end, isAnyOf: ["for", "of", "at"]), end + 1 < upper {
                    var e = end + 1
                    while e < upper, e - end < 5, view.tokens[e].kind == .word, !view.isPunct(e, 0x2C) { e += 1 }
                    end = e
                }
                return start..<end
            }
            if view.tokens[j].classes.contains(.function), !view.token(j, isAnyOf: ["a", "an", "the", "its", "their"]) { return nil }
            j += 1
        }
        return nil
    }

    /// Heads of phrases that speak, beyond the shared role and body nouns.
    private func isSpeakerNoun(_ k: Int) -> Bool {
        guard k >= 0, view.tokens[k].kind == .word else { return false }
        let c = view.tokens[k].classes
        if c.contains(.roleNoun) || c.contains(.speakingBody) || c.contains(.orgNoun) { return true }
        return view.token(k, isAnyOf: [
            "fund", "funds", "attorneys", "bureau", "center", "centre", "association", "federation", "institution",
            "university", "agencies", "companies", "groups", "campaigns", "governments", "ministries", "officers",
            "economists", "forecasters", "pollsters", "statisticians", "organizers", "organisers", "advocates",
            "administrators", "regulators", "observers", "monitors", "rescuers", "medics", "firefighters", "coroner",
            "hospital", "hospitals", "charity", "charities", "ngo", "ngos", "think-tank", "thinktank", "tank",
        ])
    }

    /// A document noun phrase ending at token `end`: `A Bloomberg poll`, `the latest study`.
    private func documentPhrase(ending end: Int, lower: Int, speakers: Bool = false) -> Range<Int>? {
        guard isDocumentNoun(end) || speakers && isSpeakerNoun(end) else { return nil }
        var s = end
        while s - 1 >= lower, end - s < 6 {
            let t = view.tokens[s - 1]
            if t.kind == .possessive || t.kind == .number || (t.kind == .word && !t.classes.contains(.reportingVerb)
                && !(t.classes.contains(.function) && !view.token(s - 1, isAnyOf: ["a", "an", "the", "this", "that", "one", "another", "its", "their", "his", "her"])))
            {
                s -= 1
                if view.token(s, isAnyOf: ["a", "an", "the", "this", "that", "another", "its", "their", "his", "her"]) { break }
                continue
            }
            break
        }
        return s..<(end + 1)
    }

    /// A document noun phrase starting at token `start`: `federal data`, `one estimate`.
    private func documentPhrase(from start: Int, upper: Int) -> Range<Int>? {
        var j = start
        while j < upper, j - start < 8, view.tokens[j].kind == .word || view.tokens[j].kind == .possessive
            || view.tokens[j].kind == .number || view.isPunct(j, 0x2F) || view.isPunct(j, 0x2D)
        {
            if isDocumentNoun(j) { return start..<(j + 1) }
            if view.tokens[j].classes.contains(.function), !view.token(j, isAnyOf: ["a", "an", "the", "one", "some", "its", "their", "his", "her"]) {
                return nil
            }
            j += 1
        }
        return nil
    }

    /// The subject opening a sentence: a name or a subject pronoun within its first words.
    private func sentenceSubject(lower: Int, before limit: Int) -> Range<Int>? {
        var k = lower
        while k < limit, k - lower < 4 {
            if let m = entities.mention(at: k), entities.mentions[m].type == .person || entities.mentions[m].type == .organization {
                return entities.mentionTokens[m]
            }
            if phrases.isSubjectPronoun(k) { return k..<(k + 1) }
            if view.tokens[k].kind == .word, !view.tokens[k].isCapitalized, !view.tokens[k].classes.contains(.function),
                !view.tokens[k].classes.contains(.title)
            {
                return nil
            }
            k += 1
        }
        return nil
    }

    /// A verb that attributes what follows or precedes it to its subject.
    private func isCue(_ k: Int) -> Bool {
        let t = view.tokens[k]
        guard t.kind == .word else { return false }
        // Passives (`is estimated to`, `are believed to`) hedge a figure without naming a source.
        if view.token(k - 1, isAnyOf: ["is", "are", "was", "were", "been", "be", "being"]) { return false }
        // `the United States`, `let's say`: a name or an idiom, not a cue.
        if t.isCapitalized, entities.mention(at: k) != nil || !isSentenceStart(k, lower: view.sentences[view.sentence(containing: k)].tokens.lowerBound) {
            return false
        }
        if view.token(k, is: "say"), view.token(k - 1, isAnyOf: ["let's", "lets", "'s"]) || view.token(k - 2, is: "let") { return false }
        let c = t.classes
        if c.contains(.reportingVerb) || c.contains(.cognitionVerb) {
            return !view.token(k, isAnyOf: ["known", "felt", "understood", "know", "knew", "feel", "understand", "hope", "hoped", "hopes", "fear", "feared", "fears"])
        }
        if view.token(k, isAnyOf: ["pointed", "points"]) { return view.token(k + 1, is: "out") }
        return view.token(k, isAnyOf: [
            "predicted", "predicts", "projected", "projects", "forecast", "forecasts", "calculated", "calculates",
            "counted", "counts", "tallied", "cited", "cites", "indicated", "indicates", "suggested", "suggests",
            "wants", "proposed", "proposes", "proposing", "promised", "promises", "pledged", "pledges", "vowed", "vows",
            "touted", "touts", "boasted", "boasts", "brags", "bragged", "disclosed", "discloses", "tweeted", "posted",
            "testified", "wrote", "told", "rated", "rates", "continued", "continues", "replied", "replies", "responded",
            "responds", "asked", "asks", "asking", "answered", "recalled", "recalls", "ruled", "rules", "called", "calls",
            "agree", "agrees", "agreed", "saying", "adding", "noting", "explaining", "claiming", "arguing", "insisting",
            "warning", "writing", "telling", "stating", "citing", "estimating", "reporting", "announcing", "predicting",
            "acknowledging", "complaining", "boasting", "charging", "contending", "conceding", "recalling", "suggesting",
            "contends", "contended", "charged", "charges", "complained", "conceded", "concedes", "emphasized", "stressed",
            "mentioned", "mentions", "highlighted", "pledging", "promising", "touting", "lamented", "quipped", "joked",
            "puts", "put", "pegs", "pegged", "places", "placed", "proposing", "plans", "planned", "planning", "seeks",
            "seeking", "sought", "hopes", "hoping", "aims", "aiming", "offers", "offered", "offering", "demands",
            "demanded", "demanding", "urges", "urged", "urging", "recommends", "recommended", "recommending", "targets",
            "targeted", "budgeted", "expects", "expected", "expecting", "anticipates", "anticipated", "intends",
            "intended", "vowing", "pushing", "pushed", "backs", "backed", "supports", "supported", "favors", "favours",
            "calls", "calling", "shows", "showing", "found", "finds", "finding", "reveals", "revealing", "lists", "listed",
        ])
    }

    private func isParticiple(_ k: Int) -> Bool {
        let t = view.tokens[k]
        let e = Int(t.end)
        return t.length > 4 && view.bytes[e - 3] == 0x69 && view.bytes[e - 2] == 0x6E && view.bytes[e - 1] == 0x67
    }

    /// Documents that speak in news prose: `a poll found`, `the data show`, `one slide says`.
    private func isDocument(_ r: Range<Int>) -> Bool {
        guard let head = phrases.headToken(r) else { return false }
        return isDocumentNoun(head)
    }

    private func isDocumentNoun(_ k: Int) -> Bool {
        view.tokens[k].kind == .word && view.token(k, isAnyOf: [
            "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "data", "statistics", "figures",
            "census", "analysis", "analyses", "estimate", "estimates", "research", "index", "audit", "review", "records",
            "documents", "forecast", "forecasts", "projections", "tally", "count", "model", "filing", "filings", "paper",
            "investigation", "inquiry", "assessment", "numbers", "calculations", "findings", "finding", "article", "story",
            "ad", "advert", "video", "spot", "slide", "slides", "chart", "charts", "average", "tracker", "complaint",
            "lawsuit", "indictment", "memo", "letter", "document", "budget", "projection", "calculation", "reckoning",
            "results", "result", "law", "laws", "rules", "regulations", "guidelines", "transcript", "website", "headline",
            "release", "statement", "dataset", "database", "registry", "ranking", "rankings", "polling", "tracking",
        ])
    }

    private func tokenIndex(_ offset: Int) -> Int {
        view.token(atOrAfter: view.folded.foldedOffset(offset))
    }

    private func attribution(_ r: Range<Int>) -> Attribution {
        if r.count == 1, view.tokens[r.lowerBound].classes.contains(.pronoun) {
            return pronoun(r.lowerBound)
        }
        let entity = phrases.entity(of: r)
        return Attribution(span: view.span(tokens: r), entity: entity, resolution: entity == nil ? .description : .named)
    }

    /// A pronoun claimant resolved to the nearest earlier speaker or name that fits it.
    private func pronoun(_ k: Int) -> Attribution {
        var resolver = SpeakerResolver(view: view, entities: entities, phrases: phrases)
        let offset = Int(view.tokens[k].start)
        for q in quotes {
            guard let s = q.speaker else { continue }
            let at = tokenIndex(s.span.start)
            guard at < view.tokens.count, Int(view.tokens[at].start) < offset else { continue }
            resolver.record(s, tokens: nil, at: at)
        }
        let resolved = resolver.resolve(pronoun: k)
        guard resolved.entity == nil else { return resolved }
        // `Sanders on Tuesday said he wants …`: the name earlier in the sentence.
        let wantPerson = !view.token(k, isAnyOf: ["it", "they", "we"])
        var j = k - 1
        let lower = view.sentences[view.sentence(containing: k)].tokens.lowerBound
        while j >= lower {
            if let m = entities.mention(at: j), (entities.mentions[m].type == .person) == wantPerson, entities.mentions[m].type != .other {
                return Attribution(span: resolved.span, entity: entities.mentions[m].entity, resolution: .pronoun, antecedent: entities.mentions[m].span)
            }
            j -= 1
        }
        return resolved
    }
}
