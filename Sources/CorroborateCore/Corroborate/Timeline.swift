/// Orders a story's dated events on the calendar, one entry per event.
///
/// Every date, time, week or month a sentence is placed at makes an event (a sentence naming
/// two days reports two events). Reports in different articles of the same day or period whose
/// sentences share enough words (`the dam gave way on Sunday` / `the dam burst on Sunday`)
/// are one event with several reports; the earliest article's report stands first. Each dated
/// article's publication is an entry too, with its lead sentence: when each outlet reported
/// is part of a story's chronology.
enum Timeline {
    /// Shared content words that make two same-day sentences one event.
    static let sharedWords = 2

    /// - Parameter leads: The lead sentence of each article whose publication is listed.
    static func entries(for story: [Int], _ analyses: [ArticleAnalysis], leads: [Int: Span] = [:]) -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        // Sentence words, computed only when two reports could be one event.
        var words: [Set<UInt64>?] = []
        var texts: [Int: [UInt8]] = [:]
        func wordsOf(_ article: Int, _ sentence: Span) -> Set<UInt64> {
            if texts[article] == nil { texts[article] = Array(analyses[article].article.text.utf8) }
            return contentWords(sentence, in: texts[article] ?? [])
        }
        for a in story {
            var seen: Set<Dated> = []
            for t in analyses[a].times where t.type == .date || t.type == .time {
                guard let value = t.value, let sentence = t.sentence, let day = firstDay(of: value),
                    seen.insert(Dated(sentence: sentence.start, value: value)).inserted
                else { continue }
                let report = TimelineReport(article: a, sentence: sentence, time: t.span, value: value)
                var mine: Set<UInt64>? = nil
                if let i = entries.indices.first(where: { i in
                    guard entries[i].day == day, compatible(entries[i].value, value), !entries[i].reports.contains(where: { $0.article == a }) else {
                        return false
                    }
                    if words[i] == nil { words[i] = wordsOf(entries[i].article, entries[i].sentence) }
                    if mine == nil { mine = wordsOf(a, sentence) }
                    return words[i]!.intersection(mine!).count >= sharedWords
                }) {
                    entries[i].reports.append(report)
                    continue
                }
                entries.append(TimelineEntry(value: value, day: day, article: a, sentence: sentence, time: t.span))
                words.append(mine)
            }
        }
        var published: [String: Int] = [:]
        for a in story {
            guard let day = analyses[a].article.published, let lead = leads[a] else { continue }
            let value = day.description
            let report = TimelineReport(article: a, sentence: lead, time: nil, value: value)
            // Several articles published the same day are one entry with several reports.
            if let i = published[value] {
                entries[i].reports.append(report)
            } else {
                published[value] = entries.count
                entries.append(TimelineEntry(kind: .published, value: value, day: day, article: a, sentence: lead, time: nil))
            }
        }
        // Calendar order; within a day, events before publications, the more precise value (a
        // day before its week), then reading order.
        return entries.enumerated().sorted {
            ($0.element.day, precision($0.element.value), $0.element.kind == .published ? 1 : 0, $0.offset)
                < ($1.element.day, precision($1.element.value), $1.element.kind == .published ? 1 : 0, $1.offset)
        }.map(\.element)
    }

    /// Whether two values can date the same event: equal, or the same day at any time of it.
    private static func compatible(_ a: String, _ b: String) -> Bool {
        a == b || a.utf8.count >= 10 && b.utf8.count >= 10 && a.utf8.prefix(10).elementsEqual(b.utf8.prefix(10))
    }

    /// 0 for a time, 1 for a day, 2 for a week, 3 for a month: finer sorts first.
    private static func precision(_ value: String) -> Int {
        let n = value.utf8.count
        if n > 10 { return 0 }
        if n == 10 { return 1 }
        return value.utf8.contains(0x57) ? 2 : 3  // W
    }

    /// Lowercased words of four letters or more that say what happened, without time words
    /// and the commonest verbs and function words, as hashes (no strings are built).
    static func contentWords(_ span: Span, in bytes: [UInt8]) -> Set<UInt64> {
        var out: Set<UInt64> = []
        var i = max(0, span.start)
        let end = min(bytes.count, span.end)
        bytes.withUnsafeBufferPointer { b in
            while i < end {
                guard ByteClass.isASCIILetter(b[i]) else {
                    i += 1
                    continue
                }
                let s = i
                var h: UInt64 = 14_695_981_039_346_656_037
                while i < end, ByteClass.isASCIILetter(b[i]) {
                    h = (h ^ UInt64(Lexicon<Int>.lower(b[i]))) &* 1_099_511_628_211
                    i += 1
                }
                guard i - s >= 4, !stopWords.contains(h), TimeWords.table.lookup(UnsafeBufferPointer(rebasing: b[s..<i])) == nil else { continue }
                out.insert(h)
            }
        }
        return out
    }

    /// FNV-1a of a lowercase ASCII word, as ``contentWords(_:in:)`` hashes words.
    static func hash(_ word: String) -> UInt64 {
        var h: UInt64 = 14_695_981_039_346_656_037
        for b in word.utf8 { h = (h ^ UInt64(b)) &* 1_099_511_628_211 }
        return h
    }

    private static let stopWords: Set<UInt64> = Set([
        "said", "says", "told", "that", "this", "with", "from", "have", "been", "were", "will", "would", "their", "they",
        "there", "which", "after", "before", "about", "into", "over", "also", "more", "than", "when", "what", "where",
        "while", "other", "some", "such", "only", "just", "them", "then", "these", "those", "could", "should", "does",
        "being", "because", "during", "under", "against", "between", "through", "according", "added", "reported",
    ].map(hash))

    /// A sentence dated by a value, to list each once.
    private struct Dated: Hashable {
        var sentence: Int
        var value: String
    }

    /// The first day of a TimeML date value: `2025-01-09`, `2025-01-09TNI`, `2025-W03`,
    /// `2025-W03-WE`, `2024-12`.
    static func firstDay(of value: String) -> CivilDate? {
        var v = value
        return v.withUTF8 { b -> CivilDate? in
            func number(_ r: Range<Int>) -> Int? {
                guard r.upperBound <= b.count else { return nil }
                var n = 0
                for i in r {
                    guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                    n = n * 10 + Int(b[i] - 0x30)
                }
                return n
            }
            guard b.count >= 7, b[4] == 0x2D, let year = number(0..<4) else { return nil }
            if b[5] == 0x57 {  // W
                guard let week = number(6..<8), let jan4 = CivilDate(year: year, month: 1, day: 4) else { return nil }
                let monday = jan4.adding(days: 1 - jan4.weekday.rawValue)
                let first = monday.adding(days: 7 * (week - 1))
                return b.count > 8 && b[b.count - 1] == 0x45 ? first.adding(days: 5) : first  // -WE: Saturday
            }
            guard let month = number(5..<7) else { return nil }
            if b.count >= 10, b[7] == 0x2D, let day = number(8..<10) { return CivilDate(year: year, month: month, day: day) }
            return b.count == 7 ? CivilDate(year: year, month: month, day: 1) : nil
        }
    }
}
