/// Finds capitalised names, separates titles from them and guesses their type.
///
/// A first pass built on word classes: runs of capitalised words (with `of`, `de`, `van` and
/// the like inside), split where a title begins a person's name (`Ukraine President X` →
/// `Ukraine` + title + `X`), typed by gazetteers, head words (`… Service` is an organisation,
/// `… Republic` a place), titles, given names and the verbs around them.
struct NameChunker {
    let view: TextView
    /// Lowercased words seen capitalised away from the start of a sentence: a sentence-initial
    /// capitalised word is a name only if it is known or also appears so.
    private var midSentenceCapitals: Set<String> = []

    /// - Parameter findingNames: Whether names will be found by rules (``chunks()``); a tagger's
    ///   names (``chunks(tagged:)``) do not need the capitalisation survey rules make.
    init(view: TextView, findingNames: Bool = true) {
        self.view = view
        guard findingNames else { return }
        for sentence in view.sentences {
            for k in sentence.tokens where !isSentenceInitial(k, in: sentence) {
                let t = view.tokens[k]
                if t.kind == .word, t.isCapitalized, t.classes.isEmpty { midSentenceCapitals.insert(view.lowercased(token: k)) }
            }
        }
    }

    func chunks() -> [NameChunk] {
        var out: [NameChunk] = []
        for sentence in view.sentences {
            var k = sentence.tokens.lowerBound
            let upper = sentence.tokens.upperBound
            while k < upper {
                guard isNameToken(k) else {
                    k += 1
                    continue
                }
                var end = k + 1
                while end < upper {
                    if isNameToken(end), view.tokens[end].flags.contains(.spaceBefore), !breaksBefore(end) {
                        end += 1
                    } else if let skip = connector(at: end, chunkStart: k, upper: upper) {
                        end = skip + 1
                    } else {
                        break
                    }
                }
                emit(k..<end, sentence: sentence, into: &out)
                k = end
            }
        }
        linkAcronyms(&out)
        return out
    }

    // MARK: - Finding names

    private func isNameToken(_ k: Int) -> Bool {
        let t = view.tokens[k]
        guard t.kind == .word, t.isCapitalized || t.flags.contains(.allCaps) else { return false }
        if t.classes.contains(.notName) { return false }
        if t.classes.contains(.weekday) || (t.classes.contains(.month) && !t.classes.contains(.givenName)) {
            return false
        }
        // Plural initialisms are common nouns: POWs, IDs, MPs.
        if t.length >= 3, view.bytes[Int(t.end) - 1] == 0x73 {
            var upper = true
            for i in Int(t.start)..<(Int(t.end) - 1) where !ByteClass.isASCIIUpper(view.bytes[i]) { upper = false }
            if upper { return false }
        }
        return true
    }

    /// A lone capital letter other than an initial (`on X`) stands apart from its neighbours.
    private func breaksBefore(_ k: Int) -> Bool {
        let t = view.tokens[k]
        if t.length == 1, !view.isPunct(k + 1, 0x2E) { return true }
        let p = view.tokens[k - 1]
        if p.length == 1, p.kind == .word, !view.isPunct(k, 0x2E) { return true }
        return false
    }

    /// If a connector (`of`, `of the`, `de`, `von der`, `&`) at `k` joins two name parts, the
    /// index of its last token.
    private func connector(at k: Int, chunkStart: Int, upper: Int) -> Int? {
        var j = k
        let prev = view.tokens[k - 1]
        while j < upper {
            let t = view.tokens[j]
            if t.kind == .word, !t.isCapitalized, t.classes.contains(.nameParticle) {
                j += 1
                continue
            }
            if view.token(j, is: "of") || view.token(j, is: "for"),
                prev.classes.contains(.orgWord) || prev.classes.contains(.placeWord)
                    || prev.classes.contains(.title) || prev.classes.contains(.titleModifier)
            {
                j += 1
                if view.token(j, is: "the") { j += 1 }
                continue
            }
            if view.isPunct(j, 0x26) {
                j += 1
                continue
            }
            break
        }
        guard j > k, j < upper, isNameToken(j) else { return nil }
        return j - 1
    }

    func isSentenceInitial(_ k: Int, in sentence: Sentence) -> Bool {
        var j = k - 1
        while j >= sentence.tokens.lowerBound {
            let t = view.tokens[j]
            if t.kind == .quote || t.kind == .dash || (t.kind == .punctuation && (view.isPunct(j, 0x28) || view.isPunct(j, 0x3A))) {
                j -= 1
                continue
            }
            return false
        }
        return true
    }

    // MARK: - Titles and types

    private func emit(_ range: Range<Int>, sentence: Sentence, into out: inout [NameChunk]) {
        var lo = range.lowerBound
        var hi = range.upperBound
        // Strip sentence-starting words that are not names: The, But, Soldiers, Analysts.
        if isSentenceInitial(lo, in: sentence) {
            while lo < hi, isOrdinaryWord(lo) { lo += 1 }
            if lo < hi, lo == range.lowerBound, hi - lo == 1, !isKnownName(lo),
                !midSentenceCapitals.contains(view.lowercased(token: lo))
            {
                return
            }
        } else if view.token(lo, is: "the"), hi - lo > 1 {
            lo += 1
        }
        guard lo < hi else { return }
        // Trailing title words never end a name (`Comrade Supreme Commander`).
        while hi > lo, isTitleWord(hi - 1), !isHeadWord(hi - 1) { hi -= 1 }
        guard lo < hi else { return }

        // A title inside the run: [prefix] [title words] [name].
        let lastIsHead = isHeadWord(range.upperBound - 1)
        var titleEnd = -1
        if !lastIsHead, phraseType(lo..<hi) == nil {
            for j in lo..<hi where isTitleWord(j) && j + 1 < hi { titleEnd = j }
        }
        var titleRange: Range<Int>? = nil
        if titleEnd >= 0 {
            var titleStart = titleEnd
            while titleStart > lo, isTitleWord(titleStart - 1) || view.token(titleStart - 1, is: "of") { titleStart -= 1 }
            if titleStart > lo {
                emit(lo..<titleStart, sentence: sentence, into: &out)
            }
            titleRange = titleStart..<(titleEnd + 1)
            lo = titleEnd + 1
        }
        guard lo < hi else { return }

        var chunk = NameChunk(tokens: lo..<hi)
        // A lowercase role just before the name: `lawmaker Lee`, `the academic Anton X`.
        if titleRange == nil, lo > sentence.tokens.lowerBound {
            var t = lo - 1
            while t >= sentence.tokens.lowerBound, view.tokens[t].kind == .word, !view.tokens[t].isCapitalized,
                view.tokens[t].classes.contains(.roleNoun) || view.tokens[t].classes.contains(.title)
            {
                t -= 1
            }
            if t + 1 < lo { titleRange = (t + 1)..<lo }
        }
        if let titleRange {
            chunk.title = view.text(tokens: titleRange)
            for j in titleRange {
                if view.tokens[j].classes.contains(.female) { chunk.gender = .female }
                if view.tokens[j].classes.contains(.male) { chunk.gender = .male }
            }
        }
        chunk.type = classify(chunk.tokens, hasPersonTitle: titleRange.map(isPersonTitle) ?? false)
        if chunk.type == .place || chunk.type == nil { chunk.isMetonym = isSpeakerPosition(chunk.tokens) }
        if chunk.type == nil, isSpeakerPosition(chunk.tokens) { chunk.type = .person }
        // `in Kessel`, `near Brannock`: an unknown single name after a locative preposition is a place.
        if chunk.type == nil, chunk.tokens.count == 1, lo > sentence.tokens.lowerBound,
            view.token(lo - 1, isAnyOf: ["in", "at", "near", "outside", "across", "around", "throughout", "into", "from", "to"])
        {
            chunk.type = .place
        }
        out.append(chunk)
    }

    private func isOrdinaryWord(_ k: Int) -> Bool {
        let c = view.tokens[k].classes
        if c.contains(.givenName) || c.contains(.place) || c.contains(.organization) || c.contains(.demonym) {
            return false
        }
        if view.tokens[k].flags.contains(.allCaps) { return false }
        return c.contains(.sentenceStarter) || c.contains(.function) || c.contains(.roleNoun)
            || c.contains(.countNoun) || c.contains(.pronoun)
    }

    private func isKnownName(_ k: Int) -> Bool {
        let t = view.tokens[k]
        let c = t.classes
        return c.contains(.givenName) || c.contains(.place) || c.contains(.organization) || c.contains(.demonym)
            || c.contains(.platform) || c.contains(.title) || t.flags.contains(.allCaps)
            || t.flags.contains(.dotted)
    }

    func isTitleWord(_ k: Int) -> Bool {
        let c = view.tokens[k].classes
        return (c.contains(.title) || c.contains(.titleModifier)) && !c.contains(.givenName)
            && view.tokens[k].isCapitalized
    }

    func isPersonTitle(_ range: Range<Int>) -> Bool {
        range.contains { view.tokens[$0].classes.contains(.title) }
    }

    /// The head word that makes a run an organisation or place name (`Service`, `Republic`).
    func isHeadWord(_ k: Int) -> Bool {
        let c = view.tokens[k].classes
        return c.contains(.orgWord) || c.contains(.placeWord)
    }

    private func classify(_ r: Range<Int>, hasPersonTitle: Bool) -> EntityType? {
        let last = r.upperBound - 1
        if let phrase = phraseType(r) { return phrase }
        if hasPersonTitle { return .person }
        let lastClasses = view.tokens[last].classes
        if r.count == 1 {
            let t = view.tokens[last]
            if lastClasses.contains(.place) { return .place }
            if lastClasses.contains(.organization) || lastClasses.contains(.platform) { return .organization }
            if lastClasses.contains(.demonym) { return .other }
            if t.flags.contains(.dotted) { return lastClasses.contains(.place) ? .place : .organization }
            if t.flags.contains(.allCaps) { return isPlaceInitialism(last) ? .place : .organization }
            if lastClasses.contains(.givenName) { return .person }
            if lastClasses.contains(.orgWord) { return .organization }
            return nil
        }
        if lastClasses.contains(.demonym) { return .other }  // South African, North Macedonian
        if lastClasses.contains(.orgWord) { return .organization }
        if lastClasses.contains(.placeWord) { return .place }
        if r.contains(where: { view.tokens[$0].classes.contains(.orgWord) && view.tokens[$0].isCapitalized }) {
            return .organization
        }
        let first = view.tokens[r.lowerBound].classes
        if first.contains(.givenName) { return .person }
        // Place names led by their kind: Port X, Mount X, Lake X, Fort X, Cape X.
        if view.token(r.lowerBound, isAnyOf: ["port", "mount", "mt", "lake", "fort", "cape", "isle", "camp", "gulf", "bay", "lake", "saint", "st", "san", "santa", "sierra", "rio", "lac", "puerto", "new"]) {
            return .place
        }
        if r.allSatisfy({ view.tokens[$0].classes.contains(.place) }) { return .place }
        if r.count <= 4, r.allSatisfy({ view.tokens[$0].isCapitalized && !view.tokens[$0].flags.contains(.allCaps) }) {
            return .person
        }
        return nil
    }

    private func isPlaceInitialism(_ k: Int) -> Bool {
        view.token(k, isAnyOf: ["us", "uk", "uae", "usa", "ussr", "drc", "dprk", "rok", "prc"])
    }

    /// Whether the name is the subject of a reporting verb (`X said`, `X has told`) or its
    /// agent after it (`said X`).
    func isSpeakerPosition(_ r: Range<Int>) -> Bool {
        var j = r.upperBound
        while j < view.tokens.count, view.tokens[j].kind == .possessive { return false }
        while j < view.tokens.count, view.token(j, isAnyOf: ["has", "have", "had", "also", "later", "previously", "then", "on"])
            || view.tokens[j].classes.contains(.weekday)
        {
            j += 1
        }
        if j < view.tokens.count, view.tokens[j].classes.contains(.reportingVerb) { return true }
        let before = r.lowerBound - 1
        if before >= 0, view.tokens[before].classes.contains(.reportingVerb),
            r.upperBound >= view.tokens.count || view.isPunct(r.upperBound, 0x2E) || view.isPunct(r.upperBound, 0x2C)
        {
            return true
        }
        return false
    }

    /// The phrase lexicon's type for tokens `r` (lowercased, joined by single spaces).
    func phraseType(_ r: Range<Int>) -> EntityType? {
        guard r.count > 1 else { return nil }
        var key: [UInt8] = []
        for k in r {
            if !key.isEmpty { key.append(0x20) }
            let t = view.tokens[k]
            key.append(contentsOf: view.bytes[Int(t.start)..<Int(t.end)])
        }
        return key.withUnsafeBufferPointer { Lexicons.phrases.lookup($0) }
    }

    // MARK: - Acronyms

    /// `Tallowby Dockers Union (TDU)`: the acronym in brackets expands to the name before.
    func linkAcronyms(_ chunks: inout [NameChunk]) {
        for i in chunks.indices.dropFirst() {
            let c = chunks[i]
            guard c.tokens.count == 1, view.tokens[c.tokens.lowerBound].flags.contains(.allCaps) else { continue }
            let k = c.tokens.lowerBound
            guard view.isPunct(k - 1, 0x28), view.isPunct(k + 1, 0x29) else { continue }
            let previous = chunks[i - 1]
            if previous.tokens.upperBound == k - 1 {
                chunks[i].expands = i - 1
                chunks[i].type = previous.type ?? chunks[i].type
            }
        }
    }
}
