/// Lines up figures about the same counted thing and event across a story's articles, and
/// says where outlets agree, conflict, or stand alone.
///
/// Parts are combined before comparing: `14 killed` and `40 injured` from one claimant make
/// `54 killed or wounded`, which can then be set against another outlet's
/// `at least 60 dead or injured`. Hedges widen the values compared (`about 500` admits
/// 450–550), so only figures that cannot both be right conflict. Each side keeps its claimant
/// and the day it holds for: a running count that grows between an earlier report and a later
/// one is an update, not a conflict. Ages are compared among themselves, never with counts.
struct FigureAlignment {
    let analyses: [ArticleAnalysis]
    let sources: StorySources
    let assessor: SourcingAssessor

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
        /// The figure as extracted (for a sum, its first part).
        var figure: Figure
        /// The TimeML value of the day or period it holds for.
        var asOf: String?

        var tolerance: ClosedRange<Double> {
            var f = Figure(span: span, value: low == high ? low : nil, low: low == high ? nil : low, high: low == high ? nil : high,
                           approximate: approximate, hedge: hedge)
            f.approximate = approximate
            return f.tolerance ?? low...high
        }
    }

    func comparisons(for story: [Int]) -> [Comparison] {
        guard sources.count(story) > 1 else { return [] }
        var claims: [Claim] = []
        for a in story where !sources.isCopy(a) { claims += self.claims(in: a) }
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
            guard let group = groups[key], sources.count(group.map(\.article)) > 1 else { continue }
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
            if sources.count(articles) == 1 {
                // Every figure of the one source, so `aged 20 and 26` lists both ages.
                let stated = group.filter { $0.parts == nil && !covered.contains($0.span) }
                guard let first = stated.first else { continue }
                out.append(Comparison(
                    kind: .singleSource, aspect: .figure, topic: topic, items: stated.map(item),
                    note: "Only \(outlet(first.article)) reports \(stated.count == 1 ? "this figure" : "these figures")."))
                continue
            }
            if group[0].event == "aged" {
                // Ages of unnamed people compare only as a whole: the same ages, or no finding.
                let sets = Dictionary(grouping: group.filter { $0.parts == nil }, by: { sources.source(of: $0.article) })
                    .mapValues { Set($0.map(\.low)) }
                guard Set(sets.values).count == 1 else { continue }
                out.append(Comparison(
                    kind: .agreement, aspect: .figure, topic: topic, items: perArticle.map(item),
                    note: "The sources give the same ages.", detail: "equal"))
                continue
            }
            out.append(compare(perArticle, topic: topic))
        }
        return out.sorted { rank($0.kind) < rank($1.kind) }
    }

    /// Agreement (`equal`, or `refinement` when one side is more precise), update or conflict.
    private func compare(_ sides: [Claim], topic: String) -> Comparison {
        // Intervals conflict as a set when no single value fits them all.
        let ranges = sides.map(\.tolerance)
        let conflict = (ranges.map(\.lowerBound).max() ?? 0) > (ranges.map(\.upperBound).min() ?? 0)
        guard conflict else {
            let exact = sides.contains { $0.low == $0.high && !$0.approximate && $0.hedge == nil }
            let loose = sides.contains { $0.low != $0.high || $0.approximate || $0.hedge != nil }
            let refinement = exact && loose
            return Comparison(
                kind: .agreement, aspect: .figure, topic: topic, items: sides.map(item),
                note: (refinement ? "Figures agree; one is more precise: " : "Figures agree: ") + summary(sides, joiner: "; "),
                detail: refinement ? "refinement" : "equal")
        }
        if let update = update(sides, topic: topic) { return update }
        return Comparison(
            kind: .conflict, aspect: .figure, topic: topic, items: sides.map(item),
            note: "Figures differ: " + summary(sides, joiner: " vs "))
    }

    /// Counts that only grow (the dead, the wounded, the displaced, the arrested), reported
    /// for different days, that grow with the days: the later report updates the earlier.
    private func update(_ sides: [Claim], topic: String) -> Comparison? {
        guard FigureAlignment.runningCounts.contains(sides[0].event) else { return nil }
        let dated = sides.compactMap { c in c.asOf.flatMap(Timeline.firstDay(of:)).map { (day: $0, claim: c) } }
        guard dated.count == sides.count, Set(dated.map(\.day)).count == sides.count else { return nil }
        let byDay = dated.sorted { $0.day < $1.day }
        for (earlier, later) in zip(byDay, byDay.dropFirst()) where later.claim.tolerance.upperBound < earlier.claim.tolerance.lowerBound {
            return nil
        }
        let steps = byDay.map { "\(valueText($0.claim)) as of \($0.claim.asOf ?? "") (\(outlet($0.claim.article)))" }
        return Comparison(
            kind: .update, aspect: .figure, topic: topic, items: byDay.map { item($0.claim) },
            note: "The count grew between reports: " + steps.joined(separator: ", then ") + ".")
    }

    /// Events whose counts only grow as a story goes on.
    static let runningCounts: Set<String> = [
        "killed", "wounded", "killed-or-wounded", "killed-and-wounded", "died", "dead", "injured", "captured",
        "displaced", "evacuated", "arrested", "detained", "missing", "deployed", "sent", "infected",
    ]

    private func rank(_ kind: Comparison.Kind) -> Int {
        switch kind {
        case .conflict: return 0
        case .agreement: return 1
        case .update: return 2
        case .variant: return 3
        case .singleSource: return 4
        }
    }

    // MARK: - Claims

    private func claims(in a: Int) -> [Claim] {
        let analysis = analyses[a]
        var out: [Claim] = []
        var bytes: [UInt8] = []
        for f in analysis.figures {
            guard let low = f.low ?? f.value, let high = f.high ?? f.value else { continue }
            let asOf = asOfValue(f, analysis)
            if f.kind == .age {
                out.append(Claim(
                    article: a, event: "aged", subject: f.unit ?? "year of age", what: "ages", low: low, high: high,
                    approximate: f.approximate, hedge: f.hedge, span: f.span, claimant: claimantName(f.claimant, analysis, &bytes),
                    parts: nil, figure: f, asOf: asOf))
                continue
            }
            // Like compares with like: counts with counts, money in one currency with the same.
            guard let event = f.event, let what = f.what, f.kind != .fraction, f.kind != .ratio else { continue }
            let subject = FigureAlignment.subjectClass(what) + (f.unit.map { " in " + $0 } ?? "")
            out.append(Claim(
                article: a, event: event, subject: subject, what: what, low: low, high: high,
                approximate: f.approximate, hedge: f.hedge, span: f.span, claimant: claimantName(f.claimant, analysis, &bytes),
                parts: nil, figure: f, asOf: asOf))
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
                partSpans: [killed.span, wounded.span], figure: killed.figure, asOf: killed.asOf ?? wounded.asOf))
        }
        return out
    }

    /// The day a figure holds for: the date its claim was made when the words date the claim
    /// (`claimed last week`, `said on Monday`), else the article's publication date, else the
    /// single day an undated article's range allows. A date of the event counted (`killed when
    /// the dam gave way on Sunday`) is not the day the count holds for.
    private func asOfValue(_ f: Figure, _ analysis: ArticleAnalysis) -> String? {
        for q in analysis.quotes where q.span.contains(f.span) || q.span.overlaps(f.span) {
            guard let cue = q.cue else { continue }
            for t in analysis.times where t.type == .date {
                let after = t.span.start >= cue.end && t.span.start - cue.end <= 4
                let before = cue.start >= t.span.end && cue.start - t.span.end <= 2
                guard after || before, let v = t.value, Timeline.firstDay(of: v) != nil else { continue }
                return v
            }
        }
        if let p = analysis.article.published { return p.description }
        if let r = analysis.publishedRange, r.from == r.to { return r.from.description }
        return nil
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
        if c.event == "aged" { return "ages given" }
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
        var sourcing = assessor.sourcing(of: c.figure, article: c.article)
        sourcing.hedged = sourcing.hedged || c.approximate || c.hedge != nil
        return ComparisonItem(
            article: c.article, span: c.span, claimant: c.claimant, value: valueText(c), sourcing: sourcing, asOf: c.asOf,
            copies: sources.copies(of: c.article))
    }
}
