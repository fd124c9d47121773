#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What groups one article into a story, read from its analysis.
///
/// Four kinds of evidence, each a weighted bag of keys that ``StoryGrouper`` turns into an
/// idf-weighted vector of its own, so that the many words of a text do not drown the few names,
/// dates and numbers that tell two similar events apart:
///
/// - words: content words, log-scaled; the headline and the lead sentence count again, since
///   news puts the event in them;
/// - names: people, bodies and places, weighted by how often the text mentions them;
/// - times: the days, weeks, months and years the article's resolved dates fall in (and its
///   publication date) — reports of one event date it alike, two fires in two years do not;
/// - figures: the numbers it reports, with their unit (`23`, `5.2 magnitude`).
extension StoryGrouper {
    struct Features {
        var terms: [String: Double]
        var names: [String: Double] = [:]
        var times: [String: Double] = [:]
        var figures: [String: Double] = [:]
        var published: CivilDate?
        /// The wording, to find copies; nil when the text is not known.
        var sketch: CopySketch? = nil
        /// Each kind's keys as ids, in key order, once ``StoryGrouper/count(_:)`` has counted them.
        var interned: [[(id: Int32, tf: Double)]]? = nil
    }

    /// Key prefixes keep the four kinds apart in one vocabulary; words never start with them.
    enum Channel: UInt8, CaseIterable {
        case word = 0, name, time, figure

        static let namePrefix = "@"
        static let timePrefix = "~"
        static let figurePrefix = "#"

        init(key: String) {
            switch key.utf8.first {
            case 0x40: self = .name
            case 0x7E: self = .time
            case 0x23: self = .figure
            default: self = .word
            }
        }

        /// How much each kind of evidence counts. Words, names and figures make the content
        /// agreement in these proportions (names tell apart similar events the words confuse,
        /// figures a little); the time weight is the share of the similarity that dates that
        /// disagree (or are unknown) take away.
        var weight: Double {
            switch self {
            case .word: 0.4
            case .name: 0.3
            case .time: 0.3
            case .figure: 0.1
            }
        }
    }

    /// Features of an analysed article.
    static func features(of analysis: ArticleAnalysis) -> Features {
        var names = nameWeights(analysis.entities, mentions: analysis.mentions)
        // The headline names the story: its names count as two mentions more.
        for key in analysis.titleNames { names[key, default: 0] += 2 }
        return Features(
            terms: analysis.terms, names: names.mapValues { 1 + log($0) },
            times: timeKeys(analysis.times, published: analysis.article.published),
            figures: figureKeys(analysis.figures), published: analysis.article.published,
            sketch: CopySketch(text: analysis.article.text))
    }

    // MARK: - Words

    /// Content-word weights of a text: log-scaled counts of words that carry the topic, the
    /// lead sentence (the first with three content words) counted twice.
    static func terms(of view: TextView) -> [String: Double] {
        var counts: [String: Int] = [:]
        counts.reserveCapacity(view.tokens.count / 2)
        var lead = true
        // One buffer for every sentence's words, and a table sized for the text: growing them
        // was most of this function's allocations.
        var words: [String] = []
        words.reserveCapacity(64)
        for sentence in view.sentences where !sentence.isCaption {
            words.removeAll(keepingCapacity: true)
            for k in sentence.tokens {
                let t = view.tokens[k]
                guard t.kind == .word, t.length >= 3, t.length <= 40 else { continue }
                let c = t.classes
                if c.contains(.function) || c.contains(.pronoun) || c.contains(.reportingVerb) || c.contains(.numberWord)
                    || c.contains(.timeModifier) || c.contains(.month) || c.contains(.weekday) || c.contains(.dayWord)
                    || c.contains(.sentenceStarter)
                {
                    continue
                }
                words.append(stemmed(view.bytes, Int(t.start), Int(t.end)))
            }
            // A dateline or a byline is not the lead.
            let repeats = lead && words.count >= 3 ? 2 : 1
            if words.count >= 3 { lead = false }
            for word in words { counts[word, default: 0] += repeats }
        }
        // Sized to the words found, not to the table above: a batch keeps every article's words
        // until its stories are made.
        var weights = [String: Double](minimumCapacity: counts.count)
        for (word, n) in counts { weights[word] = 1 + log(Double(n)) }
        return weights
    }

    /// The lowercased, singular form of a word given as bytes, built in one step (short
    /// strings stay inline, so most words cost no allocation).
    private static func stemmed(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
        var e = end
        let n = end - start
        func lower(_ i: Int) -> UInt8 { bytes[i] &- 65 < 26 ? bytes[i] | 0x20 : bytes[i] }
        var replaceY = false
        if n > 4, lower(e - 3) == 0x69, lower(e - 2) == 0x65, lower(e - 1) == 0x73 {  // -ies → -y
            e -= 3
            replaceY = true
        } else if n > 3, lower(e - 1) == 0x73, lower(e - 2) != 0x73, lower(e - 2) != 0x75, lower(e - 2) != 0x69 {
            e -= 1  // plural -s, but not -ss, -us, -is
        }
        return String(unsafeUninitializedCapacity: e - start + 1) { buffer in
            var j = 0
            for i in start..<e {
                buffer[j] = lower(i)
                j += 1
            }
            if replaceY {
                buffer[j] = 0x79
                j += 1
            }
            return j
        }
    }

    /// A light plural stemmer: soldiers → soldier, casualties → casualty.
    static func stem(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is"), word.count > 3 {
            return String(word.dropLast())
        }
        return word
    }

    // MARK: - Names

    /// Keys that match one referent across articles: a person by surname (`Mr Hale` = `Tomas
    /// Hale`), a body or place by its whole name (`Gulf of Aden`; the last word of `Interior
    /// Ministry` or `Lenner Valley` names a kind of thing, not the thing), and an organisation
    /// also by its acronym.
    static func nameKeys(_ entities: [ArticleEntity]) -> Set<String> {
        Set(nameWeights(entities, mentions: []).keys)
    }

    /// ``nameKeys(_:)`` with how often the text mentions each (at least once).
    static func nameWeights(_ entities: [ArticleEntity], mentions: [EntityMention]) -> [String: Double] {
        var count = [Int](repeating: 0, count: entities.count)
        for m in mentions where count.indices.contains(m.entity) { count[m.entity] += 1 }
        var names: [String: Double] = [:]
        for (e, entity) in entities.enumerated() where entity.type != .other {
            let n = Double(max(1, count[e]))
            let whole = entity.name.lowercased()
            guard let last = lastWord(whole) else { continue }
            names[Channel.namePrefix + (entity.type == .person ? String(last) : whole), default: 0] += n
            for alias in entity.aliases where entity.type == .organization && alias.utf8.allSatisfy({ $0 &- 65 < 26 }) {
                names[Channel.namePrefix + alias.lowercased(), default: 0] += n
            }
        }
        return names
    }

    /// The last space-separated word of `s`, found without splitting the whole name.
    private static func lastWord(_ s: String) -> Substring? {
        let u = s.utf8
        var end = u.endIndex
        while end > u.startIndex, u[u.index(before: end)] == 0x20 { end = u.index(before: end) }
        guard end > u.startIndex else { return nil }
        var start = end
        while start > u.startIndex, u[u.index(before: start)] != 0x20 { start = u.index(before: start) }
        return s[start..<end]
    }

    // MARK: - Times

    /// The periods the article's resolved dates fall in, and its publication date: the year,
    /// the month (two 30-day grids half a month apart, so that 30 November and 3 December
    /// share one), the week (two 7-day grids likewise) and the day. Unresolved dates, durations
    /// and references such as `PAST_REF` say nothing about which event is meant.
    static func timeKeys(_ times: [TimeExpression], published: CivilDate?) -> [String: Double] {
        var counts: [String: Int] = [:]
        func add(year: Int, month: Int?, day: Int?) {
            counts[timeKey(0x79, year), default: 0] += 1  // y
            guard let month, let middle = CivilDate(year: year, month: month, day: day ?? 15) else { return }
            let n = middle.dayNumber
            counts[timeKey(0x6D, n.floorDivided(by: 30)), default: 0] += 1  // m
            counts[timeKey(0x4D, (n + 15).floorDivided(by: 30)), default: 0] += 1  // M
            guard day != nil else { return }
            counts[timeKey(0x77, n.floorDivided(by: 7)), default: 0] += 1  // w
            counts[timeKey(0x57, (n + 3).floorDivided(by: 7)), default: 0] += 1  // W
            counts[timeKey(0x64, n), default: 0] += 1  // d
        }
        for time in times where time.anchor != .unresolved && time.anchor != .inferred {
            guard let value = time.value, let parts = calendarParts(value) else { continue }
            add(year: parts.year, month: parts.month, day: parts.day)
        }
        if let published { add(year: published.year, month: published.month, day: published.day) }
        return counts.mapValues { 1 + log(Double($0)) }
    }

    /// `~` (``Channel/timePrefix``), the period's letter and its number (`~y2025`, `~d20101`),
    /// written straight into a small string: string interpolation cost more than the rest of
    /// reading an article's dates.
    static func timeKey(_ letter: UInt8, _ number: Int) -> String {
        var digits = 1
        var m = number.magnitude
        while m >= 10 {
            m /= 10
            digits += 1
        }
        let sign = number < 0 ? 1 : 0
        // The exact length, so that a key of up to 15 bytes is a small string (no allocation).
        return String(unsafeUninitializedCapacity: 2 + sign + digits) { b in
            b[0] = 0x7E
            b[1] = letter
            if sign == 1 { b[2] = 0x2D }
            var m = number.magnitude
            for k in stride(from: 1 + sign + digits, through: 2 + sign, by: -1) {
                b[k] = UInt8(truncatingIfNeeded: m % 10) &+ 0x30
                m /= 10
            }
            return 2 + sign + digits
        }
    }

    /// Year, month and day of a TimeML value that names a year, month or day (`2025`,
    /// `2025-01`, `2025-01-09`, `2025-01-09T14:30`).
    static func calendarParts(_ value: String) -> (year: Int, month: Int?, day: Int?)? {
        var value = value
        return value.withUTF8 { calendarParts(UnsafeBufferPointer(rebasing: $0.prefix(10))) }
    }

    private static func calendarParts(_ b: UnsafeBufferPointer<UInt8>) -> (year: Int, month: Int?, day: Int?)? {
        func digits(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= b.count else { return nil }
            var n = 0
            for i in r {
                guard b[i] &- 0x30 < 10 else { return nil }
                n = n * 10 + Int(b[i] - 0x30)
            }
            return n
        }
        guard let year = digits(0..<4), b.count == 4 || b[4] == 0x2D else { return nil }
        guard b.count >= 7, let month = digits(5..<7), (1...12).contains(month) else {
            return b.count == 4 ? (year, nil, nil) : nil
        }
        guard b.count == 10, b[7] == 0x2D, let day = digits(8..<10) else { return b.count == 7 ? (year, month, nil) : nil }
        return (year, month, day)
    }

    // MARK: - Figures

    /// The numbers an article reports, each with its unit: two reports of one event repeat the
    /// toll, the sum and the magnitude.
    static func figureKeys(_ figures: [Figure]) -> [String: Double] {
        var counts: [String: Int] = [:]
        for figure in figures {
            guard let value = figure.value ?? figure.low, value.isFinite else { continue }
            let number = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
            counts[Channel.figurePrefix + number + (figure.unit.map { " " + $0 } ?? ""), default: 0] += 1
        }
        return counts.mapValues { 1 + log(Double($0)) }
    }
}

extension Int {
    /// Division rounding towards negative infinity, so days before 1970 fall in the right period.
    fileprivate func floorDivided(by d: Int) -> Int {
        let q = self / d
        return (self % d != 0 && (self < 0) != (d < 0)) ? q - 1 : q
    }
}
