/// Lines up figures about the same counted thing and event across a story's articles, and
/// says where outlets agree, conflict, or stand alone.
///
/// Parts are combined before comparing: `14 killed` and `40 injured` from one claimant make
/// `54 killed or wounded`, which can then be set against another outlet's
/// `at least 60 dead or injured`. Hedges widen the values compared (`about 500` admits
/// 450–550), so only figures that cannot both be right conflict.
struct FigureAlignment {
    let analyses: [ArticleAnalysis]

    /// A figure as compared: stated, or the sum of stated parts.
    struct Claim {
        var article: Int
        var event: String
        var subject: String
        var what: String
        var low: Double
        var high: Double
        var approximate: Bool
        var hedge: String?
        var span: Span
        var claimant: String?
        /// For a sum: the parts, in words (`14 killed + 40 wounded`).
        var parts: String?
        /// For a sum: where the parts are written.
        var partSpans: [Span] = []

        var tolerance: ClosedRange<Double> {
            var f = Figure(span: span, value: low == high ? low : nil, low: low == high ? nil : low, high: low == high ? nil : high,
                           approximate: approximate, hedge: hedge)
            f.approximate = approximate
            return f.tolerance ?? low...high
        }
    }

    func comparisons(for story: [Int]) -> [Comparison] {
        guard story.count > 1 else { return [] }
        var claims: [Claim] = []
        for a in story { claims += self.claims(in: a) }
        var groups: [String: [Claim]] = [:]
        var order: [String] = []
        for c in claims {
            let key = c.event + "|" + c.subject
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(c)
        }
        // Parts of a sum compared across outlets are not separate single-source findings.
        var covered: Set<Span> = []
        for key in order {
            guard let group = groups[key], Set(group.map(\.article)).count > 1 else { continue }
            for c in group { covered.formUnion(c.partSpans) }
        }
        var out: [Comparison] = []
        for key in order {
            guard let group = groups[key] else { continue }
            let articles = Set(group.map(\.article))
            // One claim per article: a stated figure before a derived sum, the first stated.
            var perArticle: [Claim] = []
            for a in story where articles.contains(a) {
                let mine = group.filter { $0.article == a }
                if let pick = mine.first(where: { $0.parts == nil }) ?? mine.first { perArticle.append(pick) }
            }
            let topic = topicText(group[0])
            if perArticle.count == 1 {
                let c = perArticle[0]
                guard c.parts == nil, !covered.contains(c.span) else { continue }
                out.append(Comparison(
                    kind: .singleSource, topic: topic, items: [item(c)],
                    note: "Only \(outlet(c.article)) reports this figure."))
                continue
            }
            // Intervals conflict as a set when no single value fits them all.
            let ranges = perArticle.map(\.tolerance)
            let conflict = (ranges.map(\.lowerBound).max() ?? 0) > (ranges.map(\.upperBound).min() ?? 0)
            out.append(Comparison(
                kind: conflict ? .conflict : .agreement, topic: topic, items: perArticle.map(item),
                note: (conflict ? "Figures differ: " : "Figures agree: ") + summary(perArticle, joiner: conflict ? " vs " : "; ")))
        }
        return out.sorted { rank($0.kind) < rank($1.kind) }
    }

    private func rank(_ kind: Comparison.Kind) -> Int {
        switch kind {
        case .conflict: return 0
        case .agreement: return 1
        case .singleSource: return 2
        }
    }

    // MARK: - Claims

    private func claims(in a: Int) -> [Claim] {
        let analysis = analyses[a]
        var out: [Claim] = []
        var bytes: [UInt8] = []
        for f in analysis.figures {
            // Like compares with like: counts with counts, money in one currency with the same.
            guard let event = f.event, let what = f.what, f.kind != .age, f.kind != .fraction, f.kind != .ratio else { continue }
            guard let low = f.low ?? f.value, let high = f.high ?? f.value else { continue }
            let subject = FigureAlignment.subjectClass(what) + (f.unit.map { " in " + $0 } ?? "")
            out.append(Claim(
                article: a, event: event, subject: subject, what: what, low: low, high: high,
                approximate: f.approximate, hedge: f.hedge, span: f.span, claimant: claimantName(f.claimant, analysis, &bytes),
                parts: nil))
        }
        // Killed + wounded from one claimant about one group make a casualty total.
        let stated = out
        for killed in stated where killed.event == "killed" {
            guard let wounded = stated.first(where: {
                $0.event == "wounded" && $0.subject == killed.subject && $0.claimant == killed.claimant
            }) else { continue }
            out.append(Claim(
                article: a, event: "killed-or-wounded", subject: killed.subject, what: killed.what,
                low: killed.low + wounded.low, high: killed.high + wounded.high,
                approximate: killed.approximate || wounded.approximate, hedge: killed.hedge ?? wounded.hedge,
                span: killed.span.union(wounded.span), claimant: killed.claimant,
                parts: "\(Formatting.grouped(killed.low)) killed + \(Formatting.grouped(wounded.low)) wounded",
                partSpans: [killed.span, wounded.span]))
        }
        return out
    }

    /// `bytes` holds the article's text once a claimant needs it.
    private func claimantName(_ a: Attribution?, _ analysis: ArticleAnalysis, _ bytes: inout [UInt8]) -> String? {
        guard let a else { return nil }
        if let e = a.entity, e < analysis.entities.count { return analysis.entities[e].name }
        if bytes.isEmpty { bytes = Array(analysis.article.text.utf8) }
        let span = a.antecedent ?? a.span
        return String(decoding: bytes[span.start..<min(span.end, bytes.count)], as: UTF8.self)
    }

    /// The kind of thing counted, so `troops` and `soldiers` compare: the head noun, singular,
    /// with military synonyms merged.
    static func subjectClass(_ what: String) -> String {
        let head = what.split(separator: " ").last.map { StoryGrouper.stem($0.lowercased()) } ?? what
        switch head {
        case "troop", "soldier", "serviceman", "servicemen", "fighter", "personnel", "combatant", "prisoner": return "soldier"
        case "people", "person", "civilian", "resident", "individual": return "people"
        default: return head
        }
    }

    // MARK: - Words

    private func topicText(_ c: Claim) -> String {
        let event = Formatting.words(c.event)
        return "\(c.what) \(event)"
    }

    /// The sides grouped by value: `at least 60 (Tomas Hale; northline.example) vs 54 (…)`.
    private func summary(_ claims: [Claim], joiner: String) -> String {
        var order: [String] = []
        var byValue: [String: [Claim]] = [:]
        for c in claims {
            let v = valueText(c)
            if byValue[v] == nil { order.append(v) }
            byValue[v, default: []].append(c)
        }
        return order.map { v in
            let group = byValue[v] ?? []
            var who: [String] = []
            for c in group { if let name = c.claimant, !who.contains(name) { who.append(name) } }
            var outlets: [String] = []
            for c in group where !outlets.contains(outlet(c.article)) { outlets.append(outlet(c.article)) }
            return "\(v) (\((who + outlets).joined(separator: "; ")))"
        }.joined(separator: joiner)
    }

    private func outlet(_ a: Int) -> String {
        analyses[a].article.outlet ?? analyses[a].article.id
    }

    private func valueText(_ c: Claim) -> String {
        var s = c.low == c.high ? Formatting.grouped(c.low) : "\(Formatting.grouped(c.low))–\(Formatting.grouped(c.high))"
        if let h = c.hedge { s = "\(h) \(s)" }
        if let parts = c.parts { s += " (\(parts))" }
        return s
    }

    private func item(_ c: Claim) -> ComparisonItem {
        ComparisonItem(article: c.article, span: c.span, claimant: c.claimant, value: valueText(c))
    }
}
