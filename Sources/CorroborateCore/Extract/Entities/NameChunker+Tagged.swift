extension NameChunker {
    /// Chunks for names a tagger found: the tagger decides spans and types; titles and roles
    /// around a person's name, gender, metonyms and acronym links are read here.
    func chunks(tagged names: [(tokens: Range<Int>, type: EntityType)]) -> [NameChunk] {
        var out: [NameChunk] = []
        out.reserveCapacity(names.count)
        // Where each tagged name ends, so a role can take in the name before its title (`Ukraine's President`).
        var nameEndingAt: [Int: Range<Int>] = [:]
        for (range, type) in names where type != .person { nameEndingAt[range.upperBound] = range }
        var split: [(tokens: Range<Int>, type: EntityType)] = []
        split.reserveCapacity(names.count)
        for name in names { splitAtSlashes(name, into: &split) }
        for (tagged, taggedType) in split {
            guard let (range, type) = adjusted(tagged, taggedType) else { continue }
            var chunk = NameChunk(tokens: range, type: type)
            if type == .person {
                if let title = titleRange(before: range.lowerBound) {
                    chunk.title = view.text(tokens: title)
                    for j in title {
                        if view.tokens[j].classes.contains(.female) { chunk.gender = .female }
                        if view.tokens[j].classes.contains(.male) { chunk.gender = .male }
                    }
                    chunk.role = role(title: title, nameEndingAt: nameEndingAt)
                }
                if chunk.role == nil { chunk.role = appositiveRole(after: range, nameEndingAt: nameEndingAt) }
            }
            if type == .place { chunk.isMetonym = isMetonym(range) }
            out.append(chunk)
        }
        linkAcronyms(&out)
        return out
    }

    /// A photo credit's names are one tagged run: `Coast Guard/X`, `Ana Ruiz/Harbour Ledger`.
    private func splitAtSlashes(
        _ name: (tokens: Range<Int>, type: EntityType), into out: inout [(tokens: Range<Int>, type: EntityType)]
    ) {
        var start = name.tokens.lowerBound
        for k in name.tokens where view.isPunct(k, 0x2F) {
            if k > start { out.append((start..<k, name.type)) }
            start = k + 1
        }
        if start < name.tokens.upperBound { out.append((start..<name.tokens.upperBound, name.type)) }
    }

    /// A tagged name with what a news text's conventions say it is not: a platform named
    /// before `account` or `post` (`… Forces X account`), a plural initialism (`POWs`, `IDs`),
    /// which is a common noun; a user handle (`@name`, `first_last`) is `other`.
    private func adjusted(_ range: Range<Int>, _ type: EntityType) -> (Range<Int>, EntityType)? {
        var lo = range.lowerBound
        var hi = range.upperBound
        // A name starts with a word: not with the dot of `Mr.`, and — for a person, whose title is
        // an attribute — not with the title (`Mr. Obama`, `President Ruiz`), which the training
        // data (Reuters, without honorifics) rarely showed the tagger.
        while lo < hi, view.tokens[lo].kind != .word && view.tokens[lo].kind != .number { lo += 1 }
        if type == .person {
            // Only honorifics and abbreviated titles: `Dean` and `King` also begin names.
            while lo + 1 < hi, isTitleWord(lo), isHonorific(lo) || view.isPunct(lo + 1, 0x2E) {
                lo += 1
                while lo < hi, view.isPunct(lo, 0x2E) { lo += 1 }
            }
        }
        guard lo < hi else { return nil }
        if hi - lo > 1, view.tokens[hi - 1].classes.contains(.platform),
            view.token(hi, isAnyOf: ["account", "accounts", "post", "posts", "channel", "page", "feed", "video"])
        {
            hi -= 1
        }
        if isPluralInitialism(hi - 1) { hi -= 1 }
        guard hi > lo else { return nil }
        // A body or place named with its kind is what the kind says: `Orsova Dam`, `Lenner Valley`,
        // `Tallowby Dockers Union`.
        // Only kinds that never name the other: `City`, `Park`, `Post` and `Times` do.
        var type = type
        if hi - lo > 1, type == .organization || type == .place {
            if view.token(hi - 1, isAnyOf: [
                "dam", "river", "valley", "lake", "mountain", "mountains", "island", "islands", "sea", "ocean", "gulf",
                "strait", "desert", "peninsula", "reservoir", "canal", "glacier", "delta", "province", "oblast",
            ]) {
                type = .place
            } else if view.token(hi - 1, isAnyOf: [
                "ministry", "agency", "union", "party", "university", "council", "committee", "commission", "institute",
                "foundation", "association", "corporation", "inc", "ltd", "plc", "bureau", "directorate",
                "trust", "authority", "department", "board", "federation", "alliance", "coalition", "company",
            ]) {
                type = .organization
            }
        }
        if hi - lo == 1, view.bytes[Int(view.tokens[lo].start)..<Int(view.tokens[lo].end)].contains(0x5F) {
            return (lo..<hi, .other)
        }
        return (lo..<hi, type)
    }

    /// `POWs`, `IDs`, `MPs`: capitals and a plural `s`.
    private func isPluralInitialism(_ k: Int) -> Bool {
        let t = view.tokens[k]
        guard t.kind == .word, t.length >= 3, view.bytes[Int(t.end) - 1] == 0x73 else { return false }
        for i in Int(t.start)..<(Int(t.end) - 1) where !ByteClass.isASCIIUpper(view.bytes[i]) { return false }
        return true
    }

    /// The title or role words right before token `start`: `President`, `Prime Minister`,
    /// `lawmaker`, `the academic`.
    func titleRange(before start: Int) -> Range<Int>? {
        let sentence = view.sentences[view.sentence(containing: start)]
        let first = sentence.tokens.lowerBound
        var t = start - 1
        while t >= first {
            if isTitleWord(t) {
                t -= 1
            } else if t > first, view.isPunct(t, 0x2E) || (t < start - 1 && view.token(t, is: "of")), isTitleWord(t - 1) {
                t -= 1  // `Mr. Obama`, `Secretary of State X`
            } else {
                break
            }
        }
        var end = start
        while end > t + 1, view.isPunct(end - 1, 0x2E) { end -= 1 }
        if t + 1 < end { return (t + 1)..<end }
        while t >= sentence.tokens.lowerBound, view.tokens[t].kind == .word, !view.tokens[t].isCapitalized,
            view.tokens[t].classes.contains(.roleNoun) || view.tokens[t].classes.contains(.title)
                || (t < start - 1 && view.tokens[t].classes.contains(.titleModifier))
        {
            t -= 1
        }
        return t + 1 < start ? (t + 1)..<start : nil
    }

    /// The role a title gives, with the body or place it belongs to when written before it:
    /// `Ukraine's President`, `South Korean lawmaker`, `Academic`; nil for a bare honorific (`Mr`).
    private func role(title: Range<Int>, nameEndingAt: [Int: Range<Int>]) -> String? {
        guard title.contains(where: { !isHonorific($0) }) else { return nil }
        var start = title.lowerBound
        if let before = nameEndingAt[start] {
            start = before.lowerBound  // `Ukraine President`, `South Korean lawmaker`
        } else if start > 0, view.tokens[start - 1].kind == .possessive, let owner = nameEndingAt[start - 1] {
            start = owner.lowerBound  // `Ukraine's President`
        }
        return view.text(tokens: start..<title.upperBound)
    }

    /// A role in apposition after a name: `X, a South Korean lawmaker,` → `South Korean lawmaker`.
    private func appositiveRole(after name: Range<Int>, nameEndingAt: [Int: Range<Int>]) -> String? {
        let j = name.upperBound
        guard view.isPunct(j, 0x2C) else { return nil }
        let sentenceEnd = view.sentences[view.sentence(containing: name.lowerBound)].tokens.upperBound
        var k = j + 1
        if view.token(k, isAnyOf: ["a", "an", "the"]) { k += 1 }
        let start = k
        var head = -1
        while k < sentenceEnd, k - start < 6 {
            let t = view.tokens[k]
            if t.kind == .word, t.classes.contains(.roleNoun) || t.classes.contains(.title), !isHonorific(k) {
                head = k
            } else if t.kind != .word && t.kind != .possessive {
                break
            } else if t.classes.contains(.function) || t.classes.contains(.reportingVerb) {
                break
            }
            k += 1
        }
        guard head >= start else { return nil }
        var end = head + 1
        // `… of the Tallowby Dockers Union`: the body it serves.
        if view.token(end, isAnyOf: ["of", "at", "for"]) {
            var n = end + 1
            if view.token(n, is: "the") { n += 1 }
            if let body = nameEndingAt.values.first(where: { $0.lowerBound == n }) { end = body.upperBound }
        }
        guard end >= sentenceEnd || view.isPunct(end, 0x2C) || view.isPunct(end, 0x2E) || view.isPunct(end, 0x29) else {
            return nil
        }
        return view.text(tokens: start..<end)
    }

    private func isHonorific(_ k: Int) -> Bool {
        view.token(k, isAnyOf: ["mr", "mrs", "ms", "miss", "mx", "sir", "dame", "madam", "lord", "lady", "dr", "prof"])
    }

    /// Whether a place name stands for its government or people: it speaks (`Kyiv said`), acts
    /// (`Ukraine has called for`, `Russia is seeking`) or is the agent of a passive (`captured by Kyiv`).
    private func isMetonym(_ r: Range<Int>) -> Bool {
        if isSpeakerPosition(r) { return true }
        let next = r.upperBound
        if next < view.tokens.count, view.tokens[next].classes.contains(.cognitionVerb)
            || view.token(next, isAnyOf: [
                "has", "have", "had", "is", "was", "will", "would", "wants", "wanted", "accused", "denied", "urged",
                "agreed", "rejected", "announced", "warned", "demanded", "threatened", "insists", "insisted",
                "responded", "retaliated", "launched", "sent", "supplied", "signed", "vowed", "refused", "plans",
            ])
        {
            // `Ukraine is a country` describes the place; `Ukraine is seeking` acts.
            if view.token(next, isAnyOf: ["is", "was", "has", "have", "had", "will", "would"]) {
                let after = next + 1
                guard after < view.tokens.count, view.tokens[after].kind == .word,
                    !view.tokens[after].classes.contains(.function) || view.token(after, is: "also")
                else { return false }
                let b = view.bytes[Int(view.tokens[after].end) - 1]
                let b2 = view.tokens[after].length > 2 ? view.bytes[Int(view.tokens[after].end) - 2] : 0
                // -ing and -ed forms and `called`, `sent`: acting.
                return (b == 0x67 && b2 == 0x6E) || (b == 0x64 && b2 == 0x65) || view.token(after, is: "also")
                    || view.tokens[after].classes.contains(.reportingVerb)
            }
            return true
        }
        return r.lowerBound > 0 && view.token(r.lowerBound - 1, is: "by")
    }
}
