/// Finds every figure an article states, with its kind, hedge, unit, what it counts, the
/// event, and who claims it.
///
/// `about 500 flood victims had died or been injured` gives value 500, approximate,
/// hedge `about`, what `flood victims`, event `killed-or-wounded`; the claimant is the
/// speaker of the quote or reported speech the figure sits in, or the source named by
/// `according to X` or `X estimated`. Years, dates, times, ordinals, phone numbers, scores and
/// numbers inside names are not figures; ages are kept with `what` = `age`.
///
/// ```swift
/// let view = TextView("Officials said more than 300 homes were destroyed.")
/// let figures = FigureExtractor().extract(view, entities: …, quotes: …)
/// figures[0].hedge   // "more than"
/// ```
public struct FigureExtractor: Sendable {
    public init() {}

    /// Extracts figures in text order; `quotes` supply claimants.
    public func extract(_ view: TextView, entities: EntityIndex, quotes: [Quote]) -> [Figure] {
        FigureRun(view: view, entities: entities, quotes: quotes).run()
    }
}

/// One pass over an article's sentences.
struct FigureRun {
    let view: TextView
    let entities: EntityIndex
    let quotes: [Quote]
    let parser: NumberParser
    let phrases: SpeakerPhrases

    init(view: TextView, entities: EntityIndex, quotes: [Quote]) {
        self.view = view
        self.entities = entities
        self.quotes = quotes
        parser = NumberParser(view: view)
        phrases = SpeakerPhrases(view: view, entities: entities)
    }

    /// A figure under construction, in token space.
    struct Draft {
        /// Everything the figure's text covers: hedge, currency, number(s), unit.
        var tokens: Range<Int>
        var number: ParsedNumber
        var figure: Figure
        var whatTokens: Range<Int>?
        var eventTokens: Range<Int>?
    }

    /// A number with the currency before it and the unit after it.
    struct Quantity {
        var start: Int
        var end: Int
        var number: ParsedNumber
        var unit: UnitInfo?
    }

    func run() -> [Figure] {
        var out: [Figure] = []
        for sentence in view.sentences where !sentence.isCaption {
            var drafts: [Draft] = []
            var k = sentence.tokens.lowerBound
            let upper = sentence.tokens.upperBound
            while k < upper {
                guard parser.mayStart(k), let number = parser.parse(at: k, upper: upper) else {
                    k += 1
                    continue
                }
                if let skip = notAFigure(number, sentence: sentence) {
                    k = max(k + 1, skip)
                    continue
                }
                guard let draft = figure(number, in: sentence, previous: drafts.last) else {
                    k = max(k + 1, number.tokens.upperBound)
                    continue
                }
                drafts.append(draft)
                k = max(k + 1, draft.tokens.upperBound)
            }
            shareAcrossLists(&drafts)
            for i in drafts.indices {
                drafts[i].figure.claimant = claimant(for: drafts[i], sentence: sentence)
            }
            out += drafts.map(\.figure)
        }
        return out
    }

    // MARK: - One figure

    private func figure(_ first: ParsedNumber, in sentence: Sentence, previous: Draft?) -> Draft? {
        let lower = sentence.tokens.lowerBound
        let upper = sentence.tokens.upperBound
        var q = quantity(first, lower: lower, upper: upper)
        var low = q.number.low
        var high = q.number.high
        var kind: Figure.Kind? = nil
        var fromTo = false

        // Ranges: `between 300 and 400`, `from 5 to 6`, `18 to 25 percent`, `5-6`, `$3bn to $5bn`.
        if let r = range(after: q, lower: lower, upper: upper) {
            if r.ratio {
                kind = .ratio
                low = first.low / r.second.number.low
                high = low
            } else {
                low = min(r.low, r.high)
                high = max(r.low, r.high)
            }
            if q.unit == nil || (r.second.unit.map { $0.name.hasPrefix(q.unit!.name) } ?? false) { q.unit = r.second.unit }
            q.start = min(q.start, r.second.start)
            q.end = r.second.end
            q.start -= r.leading
            fromTo = r.leading > 0
        }

        var start = q.start
        var end = q.end
        var unit = q.unit
        var age: UnitInfo? = nil

        // Ages: `aged 20`, `20-year-old`, `20 years old`, `Hale, 66,`.
        if let a = self.age(q, previous: previous, lower: lower, upper: upper) {
            age = a.unit
            end = max(end, a.end)
            unit = nil
        }

        // Hedges: `about`, `more than`, `at least`, `up to`, `an estimated`, `~`; `or so`, `or more` after.
        var hedge: String? = first.bound
        var approximate = first.vague
        if !fromTo, hedge == nil, let h = self.hedge(before: start, lower: lower) {
            hedge = h.text
            start -= h.width
            approximate = approximate || h.approximate
        }
        if let h = self.hedge(after: end, upper: upper) {
            hedge = hedge ?? h.text
            end += h.width
            approximate = approximate || h.approximate
        }
        // `is estimated to have built 900 homes`: the estimate hedges the figure.
        if hedge == nil, let h = estimateBefore(start, lower: lower) {
            hedge = h
            approximate = true
        }

        var figure = Figure(
            span: view.span(tokens: start..<end), value: low == high ? low : nil, low: low == high ? nil : low,
            high: low == high ? nil : high, approximate: approximate, hedge: hedge, unit: unit?.name)
        figure.currency = unit?.currency
        figure.kind = kind ?? (age != nil ? .age : first.isFraction ? .fraction : unit?.kind ?? .count)
        var draft = Draft(tokens: start..<end, number: first, figure: figure)

        if let age {
            figure.what = "age"
            figure.unit = age.name
        } else if figure.kind != .duration, figure.kind != .ratio {
            if let what = what(after: end, upper: upper, tail: first.tail) {
                draft.whatTokens = what.tokens
                figure.what = what.text
                figure.whatSpan = what.span
            } else if unit == nil, let p = previous, p.figure.kind == .count, p.figure.what != nil, first.tail == nil {
                // `14 miners killed and 40 injured`, `… and two were captured`: a bare count
                // later in the sentence counts what the count before it counted.
                figure.what = p.figure.what
                figure.whatSpan = p.figure.whatSpan
            }
        }
        if figure.kind == .count || figure.kind == .fraction, !first.isNumeral, first.value == 1, first.tokens.count == 1,
            !isCountedOne(first.tokens.lowerBound, whatTokens: draft.whatTokens, lower: lower, upper: upper)
        {
            return nil  // `one` as a pronoun or determiner: `each one`, `the same one`, `one another`
        }
        if first.tail != nil, !first.isNumeral, figure.kind == .duration, age == nil {
            return nil  // `a five-year plan`: a duration used as an adjective
        }
        if !first.isNumeral, first.tokens.count == 1, figure.kind == .count, draft.whatTokens == nil,
            view.token(first.tokens.lowerBound - 1, isAnyOf: ["the", "top", "bottom", "those", "these", "all", "both", "last", "first", "other"])
        {
            return nil  // `the two learned`, `the bottom three`: a number word standing for its noun
        }
        if age == nil, figure.kind != .duration,
            let (event, tokens) = event(after: draft.whatTokens?.upperBound ?? end, before: start, lower: lower, upper: upper)
        {
            figure.event = event
            figure.eventSpan = view.span(tokens: tokens)
            draft.eventTokens = tokens
        }
        if isYear(first, figure: figure, whatTokens: draft.whatTokens, lower: lower) { return nil }
        if let p = previous, p.figure.hedge != nil, figure.hedge == nil, p.tokens.upperBound <= start,
            coordinated(from: p, to: start)
        {
            figure.hedge = p.figure.hedge
            figure.approximate = p.figure.approximate
        }
        draft.tokens = start..<end
        draft.figure = figure
        return draft
    }

    /// The number with a currency before it (`$`, `US$`, `€`, `Rs`) and a unit after it
    /// (`%`, `per cent`, `km`, `dollars`, `$80 per sq m`).
    func quantity(_ n: ParsedNumber, lower: Int, upper: Int) -> Quantity {
        var q = Quantity(start: n.tokens.lowerBound, end: n.tokens.upperBound, number: n, unit: n.currency ?? n.unit)
        if n.currency == nil, n.unit == nil, let c = currency(before: q.start, lower: lower) {
            q.unit = c.unit
            q.start -= c.width
            if c.negative {
                q.number.low = -q.number.low
                q.number.high = -q.number.high
            }
        }
        if n.unit == nil || n.currency != nil, let u = unit(after: q.end, upper: upper, number: q.number, hasCurrency: q.unit != nil) {
            if q.unit == nil || u.unit.kind == .money {
                if q.unit == nil || u.unit.name.contains(q.unit!.name) || q.unit!.name == "dollar" { q.unit = u.unit }
                q.end += u.width
            }
        } else if n.tail != nil, q.unit == nil, let tail = n.tail, let u = FigureUnits.units.lookup(view, tail.lowerBound, tail.upperBound) {
            q.unit = u  // `two-year`, `billion-mile`
        }
        if let u = q.unit, let per = denominator(after: q.end, upper: upper) {
            q.unit = UnitInfo(name: u.name + " per " + per.name, kind: u.kind, currency: u.currency)
            q.end += per.width
        }
        return q
    }

    // MARK: - Lists and coordination

    /// `5 and 6 kg`: the first number of a list takes the unit and noun of the last.
    private func shareAcrossLists(_ drafts: inout [Draft]) {
        guard drafts.count > 1 else { return }
        for i in stride(from: drafts.count - 2, through: 0, by: -1) {
            let a = drafts[i]
            let b = drafts[i + 1]
            let gap = b.tokens.lowerBound - a.tokens.upperBound
            guard gap >= 0, gap <= 2 else { continue }
            let joins = (a.tokens.upperBound..<b.tokens.lowerBound).allSatisfy {
                view.token($0, isAnyOf: ["and", "or"]) || view.isPunct($0, 0x2C) || view.isPunct($0, 0x2D)
            }
            guard joins, a.whatTokens == nil, a.figure.kind == .count || a.figure.kind == b.figure.kind else { continue }
            if drafts[i].figure.unit == nil, let u = b.figure.unit, b.figure.kind != .age {
                drafts[i].figure.unit = u
                drafts[i].figure.kind = b.figure.kind
                drafts[i].figure.currency = b.figure.currency
            }
            if drafts[i].figure.what == nil {
                drafts[i].figure.what = b.figure.what
                drafts[i].figure.whatSpan = b.figure.whatSpan
            }
            if drafts[i].figure.event == nil, b.figure.what == drafts[i].figure.what {
                drafts[i].figure.event = b.figure.event
                drafts[i].figure.eventSpan = b.figure.eventSpan
            }
        }
    }

    /// Whether a figure at `start` is coordinated with `previous` (`14 killed and 40 injured`).
    func coordinated(from previous: Draft, to start: Int) -> Bool {
        let from = previous.eventTokens?.upperBound ?? previous.whatTokens?.upperBound ?? previous.tokens.upperBound
        guard from <= start, start - from <= 2 else { return false }
        return (from..<start).allSatisfy { view.token($0, isAnyOf: ["and", "or", "while"]) || view.isPunct($0, 0x2C) }
    }
}
