/// Quotations as printed, paired by the figure pass itself for claimants: a figure the quote
/// pass saw in no quote may still sit between marks it did not pair — two apostrophes used as
/// a double mark (`''…''`), or straight marks thrown off by a stray one.
extension FigureRun {
    /// A stretch between marks in one paragraph: token of the opening mark, first token of the
    /// closing mark and the token after it (nil when the quote runs to the paragraph's end).
    struct QuoteRegion {
        var open: Int
        var close: Int?
        var after: Int?
        var paragraph: Int
    }

    /// The regions of paragraph `p`, in order.
    func quoteRegions(in p: Int) -> [QuoteRegion] {
        let r = view.paragraphs[p].tokens
        var marks: [(start: Int, end: Int, role: QuotePairing.Role)] = []
        var k = r.lowerBound
        while k < r.upperBound {
            let t = view.tokens[k]
            guard t.kind == .quote else {
                k += 1
                continue
            }
            var end = k + 1
            if t.flags.contains(.single) {
                // A lone apostrophe is not a mark here; two in a row are.
                guard end < r.upperBound, view.tokens[end].kind == .quote, view.tokens[end].flags.contains(.single),
                    view.tokens[end].start == t.end
                else {
                    k += 1
                    continue
                }
                end += 1
            }
            let spaceBefore = t.flags.contains(.spaceBefore) || k == r.lowerBound
            let spaceAfter = view.tokens[end - 1].flags.contains(.spaceAfter) || end >= r.upperBound
            let role: QuotePairing.Role =
                spaceBefore && !spaceAfter ? .open
                : !spaceBefore && (spaceAfter || view.tokens[end].kind != .word) ? .close
                : t.flags.contains(.opening) ? .open : t.flags.contains(.closing) ? .close : .either
            marks.append((k, end, role))
            k = end
        }
        // A stack, so a quote inside a quote (`"… “…?” …"`) leaves the outer one open.
        var out: [QuoteRegion] = []
        var open: [Int] = []
        for m in marks {
            if m.role == .open || (m.role == .either && open.isEmpty) {
                open.append(m.start)
            } else if let o = open.popLast() {
                out.append(QuoteRegion(open: o, close: m.start, after: m.end, paragraph: p))
            }
        }
        for o in open.reversed() { out.append(QuoteRegion(open: o, close: nil, after: nil, paragraph: p)) }
        return out.sorted { $0.open < $1.open }
    }

    /// The claimant of a figure at tokens `first..<last` that lies inside a region: the cue
    /// beside the region, else the speaker of the region it continues.
    func regionClaimant(first: Int, last: Int, paragraph: Int) -> Attribution? {
        let regions = quoteRegions(in: paragraph)
        // The innermost region holding the figure.
        guard let i = regions.indices.filter({ regions[$0].open < first && (regions[$0].close ?? Int.max) >= last })
            .max(by: { regions[$0].open < regions[$1].open })
        else { return nil }
        var j = i
        var p = paragraph
        var list = regions
        for _ in 0..<6 {
            if let a = cueBeside(list[j]) { return a }
            // An earlier region of the paragraph, or the last of the paragraph before when this
            // one opens its paragraph.
            if j > 0 {
                j -= 1
            } else {
                guard list[j].open == view.paragraphs[p].tokens.lowerBound, p > 0 else { return nil }
                p -= 1
                list = quoteRegions(in: p)
                guard !list.isEmpty else { return nil }
                j = list.count - 1
            }
        }
        return nil
    }

    /// `''…,'' X said`, `“…” ― X`, `X said: ''…`, `X asked, “…`, `Hale: “…`, `From the report: “…`.
    func cueBeside(_ r: QuoteRegion) -> Attribution? {
        if let after = r.after, after < view.tokens.count {
            var j = after
            let s = view.sentences[view.sentence(containing: min(j, view.tokens.count - 1))]
            if s.tokens.lowerBound >= after || view.sentences[view.sentence(containing: r.open)].paragraph == s.paragraph {
                while j < s.tokens.upperBound, view.isPunct(j, 0x2C) { j += 1 }
                if j < view.tokens.count, view.tokens[j].kind == .dash, let m = entities.mention(at: j + 1),
                    entities.mentions[m].type == .person
                {
                    return attribution(entities.mentionTokens[m])
                }
                if j < s.tokens.upperBound, j - after <= 1, let a = cueNear(j, upper: s.tokens.upperBound) { return a }
            }
        }
        return cueBefore(open: r.open)
    }

    /// The cue introducing a quotation that opens at token `open`.
    func cueBefore(open: Int) -> Attribution? {
        var p = open - 1
        while p >= 0, view.tokens[p].kind == .quote { p -= 1 }
        guard p >= 0, view.isPunct(p, 0x3A) || view.isPunct(p, 0x2C) else { return nil }
        let s = view.sentences[view.sentence(containing: p)]
        var k = p - 1
        while k >= s.tokens.lowerBound, p - k <= 6 {
            if isCue(k) {
                if let np = speakerSubject(before: k, from: s.tokens.lowerBound) { return attribution(np) }
                if let np = phrases.object(after: k, upTo: p), phrases.canSpeak(np) { return attribution(np) }
            }
            k -= 1
        }
        guard view.isPunct(p, 0x3A) else { return nil }
        // `Gowdy (R-S.C.): “…`, `Hale: “…`: a name right before the colon.
        var n = p - 1
        if view.isPunct(n, 0x29) {
            while n > s.tokens.lowerBound, !view.isPunct(n, 0x28) { n -= 1 }
            n -= 1
        }
        if n >= s.tokens.lowerBound, let m = entities.mention(at: n), entities.mentions[m].type == .person || entities.mentions[m].type == .organization {
            return attribution(entities.mentionTokens[m])
        }
        // `More from Jones: “…`, `- Pollster: “…`: a capitalised name before the colon.
        if n >= s.tokens.lowerBound, view.tokens[n].kind == .word, view.tokens[n].isCapitalized,
            view.tokens[n].classes.isDisjoint(with: [.function, .month, .weekday, .reportingVerb]), n == p - 1
        {
            return attribution(n..<(n + 1))
        }
        // `From the report: “…`
        var f = p - 1
        while f >= s.tokens.lowerBound, p - f <= 8 {
            if view.token(f, is: "from"), let np = documentPhrase(from: f + 1, upper: p) ?? speakerPhrase(from: f + 1, upper: p) {
                return attribution(np)
            }
            f -= 1
        }
        // `exemplified by this finding: ''…''`: a document named right before the colon.
        if let np = documentPhrase(ending: p - 1, lower: s.tokens.lowerBound) { return attribution(np) }
        // `Sanders made the following comment: “…`: the subject of the introducing sentence.
        if let np = sentenceSubject(lower: s.tokens.lowerBound, before: p) { return attribution(np) }
        return nil
    }
}
