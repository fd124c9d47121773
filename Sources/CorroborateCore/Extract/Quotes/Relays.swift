/// Finds how attributed words travelled: translated, cited, told to someone, posted somewhere.
///
/// `as translated by The Harbour Ledger`, `citing figures from the TDU`,
/// `told AFP`, `in a post on X`, `in a statement`, `per reporting by The Washington Post`.
struct Relays {
    let view: TextView
    let entities: EntityIndex
    let phrases: SpeakerPhrases

    /// Every relay phrase in `sentence`.
    func find(in sentence: Range<Int>) -> [(relay: Relay, tokens: Range<Int>)] {
        var out: [(Relay, Range<Int>)] = []
        var k = sentence.lowerBound
        let upper = sentence.upperBound
        while k < upper {
            // Every relay opens with `translated`, `citing`, `told`/`tells`/`telling`, `informed`,
            // `assured`, `per`, `on` or `in`: skip the rest on their first letter.
            let t = view.tokens[k]
            let first = t.kind == .word ? view.bytes[Int(t.start)] | 0x20 : 0
            // Of the function words only `in`, `on` and `per` open a relay.
            let opener = !t.classes.contains(.function) || (t.length <= 3 && (first == 0x69 || first == 0x6F || first == 0x70))
            guard opener, first == 0x74 || first == 0x63 || first == 0x69 || first == 0x61 || first == 0x70 || first == 0x6F else {
                k += 1
                continue
            }
            if view.token(k, is: "translated"), view.token(k + 1, is: "by"), let np = phrase(at: k + 2, upper) {
                out.append((relay(np, .translation), np))
                k = np.upperBound
                continue
            }
            if view.token(k, is: "citing") {
                var j = k + 1
                // `citing information from X`, `citing sources at X`, `citing X`.
                if j + 1 < upper, view.tokens[j].kind == .word, !view.tokens[j].isCapitalized,
                    entities.mention(at: j) == nil, view.token(j + 1, isAnyOf: ["from", "by", "at", "in", "of"])
                {
                    j += 2
                } else if j + 2 < upper, view.tokens[j + 1].kind == .word, view.token(j + 2, isAnyOf: ["from", "by", "at"]),
                    !view.tokens[j + 1].isCapitalized, entities.mention(at: j + 1) == nil
                {
                    j += 3
                }
                if let np = phrase(at: j, upper) {
                    out.append((relay(np, .citing), np))
                    k = np.upperBound
                    continue
                }
            }
            if view.token(k, isAnyOf: ["told", "tells", "telling", "informed", "assured"]), let np = phrase(at: k + 1, upper),
                !phrases.isSubjectPronoun(np.lowerBound), !view.token(np.lowerBound, is: "it")
            {
                out.append((relay(np, .toldTo), np))
                k = np.upperBound
                continue
            }
            if view.token(k, is: "per"), let np = phrase(at: view.token(k + 1, is: "reporting") && view.token(k + 2, is: "by") ? k + 3 : k + 1, upper) {
                out.append((relay(np, .reportedBy), np))
                k = np.upperBound
                continue
            }
            // `on X`, `on Telegram`: a platform; `in a post`, `in a statement`, `in his diary`.
            if view.token(k, is: "on"), k + 1 < upper, view.tokens[k + 1].classes.contains(.platform),
                view.tokens[k + 1].isCapitalized
            {
                out.append((relay((k + 1)..<(k + 2), .channel), (k + 1)..<(k + 2)))
                k += 2
                continue
            }
            if view.token(k, is: "in"), k + 2 < upper,
                view.token(k + 1, isAnyOf: ["a", "an", "the", "his", "her", "its", "their", "one"])
            {
                var j = k + 2
                while j < upper, j - k < 5, view.tokens[j].kind == .word || view.tokens[j].kind == .number,
                    !view.tokens[j].classes.contains(.reportingNoun)
                {
                    j += 1
                }
                if j < upper, view.tokens[j].classes.contains(.reportingNoun), !view.token(j, isAnyOf: ["claim", "claims", "report", "reports"]) {
                    // Keep `in a post on X` whole: the platform names the channel.
                    var end = j + 1
                    if view.token(end, is: "on"), end + 1 < upper, view.tokens[end + 1].classes.contains(.platform) { end += 2 }
                    out.append((relay((k + 1)..<end, .channel), (k + 1)..<end))
                    k = end
                    continue
                }
            }
            k += 1
        }
        return out
    }

    private func phrase(at k: Int, _ upper: Int) -> Range<Int>? {
        guard k < upper else { return nil }
        if let m = entities.mention(at: k) { return entities.mentionTokens[m] }
        // `citing letters from his unit`: a possessive and its nouns.
        if view.token(k, isAnyOf: ["his", "her", "their", "its", "our"]) {
            var j = k + 1
            while j < upper, j - k <= 3, view.tokens[j].kind == .word, !view.tokens[j].classes.contains(.function) { j += 1 }
            return j > k + 1 ? k..<j : nil
        }
        var j = k
        if view.token(j, isAnyOf: ["the", "a", "an"]) {
            j += 1
            if let m = entities.mention(at: j) { return k..<entities.mentionTokens[m].upperBound }
        }
        guard let np = phrases.object(after: k - 1, upTo: upper) else {
            // `told reporters`: a plain plural noun.
            if j < upper, view.tokens[j].kind == .word, view.tokens[j].classes.contains(.roleNoun) { return k..<(j + 1) }
            return nil
        }
        return np
    }

    private func relay(_ np: Range<Int>, _ role: Relay.Role) -> Relay {
        Relay(span: view.span(tokens: np), role: role, entity: phrases.entity(of: np))
    }
}
