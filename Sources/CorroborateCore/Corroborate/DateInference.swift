/// Bounds the publication date of an article that states none, from its story and its text.
///
/// An undated article stays undated (`published` is nil); this only says when it can have
/// been written, and why: its story's dated articles bound it (reports of one story appear
/// within ``window`` days of each other), and it cannot predate the latest day it reports as past.
enum DateInference {
    /// Days around the story's dated articles an undated member may fall.
    static let window = 7

    static func range(for analysis: ArticleAnalysis, storyDates: [CivilDate]) -> DateRange? {
        var reasons: [String] = []
        var from: CivilDate? = nil
        var to: CivilDate? = nil
        if let first = storyDates.min(), let last = storyDates.max() {
            from = first.adding(days: -window)
            to = last.adding(days: window)
            let dates = Set(storyDates.map(\.description)).sorted().joined(separator: ", ")
            reasons.append("its story's dated articles (\(dates)) give ±\(window) days")
        }
        // Dates the text places in the past: the article is no older than the latest of them.
        var latestPast: (CivilDate, String)? = nil
        var earliestFuture: (CivilDate, String)? = nil
        // The story's own dates centre year-less ones: `March 8` in a story dated March 9–11 is
        // that March, whichever end of the range the article falls at.
        let sorted = storyDates.sorted()
        let center = sorted.isEmpty ? nil : sorted[sorted.count / 2]
        for t in analysis.times {
            var date: CivilDate? = nil
            switch t.meaning {
            case .value(let v): date = CivilDate(iso: v)
            case .monthDay(let m, let d, nil):
                if let c = center { date = TimeResolver.yearFor(month: m, day: d, anchor: c, tense: nil) }
            default: break
            }
            guard let date else { continue }
            let words = text(of: t.span, in: analysis.article.text)
            if t.tense == .future {
                if earliestFuture == nil || date < earliestFuture!.0 { earliestFuture = (date, words) }
            } else if latestPast == nil || date > latestPast!.0 {
                latestPast = (date, words)
            }
        }
        if let (d, words) = latestPast, from == nil || d > from! {
            if to == nil || d <= to! {
                from = d
                reasons.append("it reports \"\(words)\" (\(d)) as past")
            }
        }
        if let (d, words) = earliestFuture, to == nil || d < to! {
            if from == nil || d >= from! {
                to = d
                reasons.append("it expects \"\(words)\" (\(d)) ahead")
            }
        }
        guard let f = from, let t = to, f <= t else { return nil }
        return DateRange(from: f, to: t, basis: reasons.joined(separator: "; "))
    }

    private static func text(of span: Span, in text: String) -> String {
        let bytes = Array(text.utf8)
        return String(decoding: bytes[max(0, span.start)..<min(bytes.count, span.end)], as: UTF8.self)
    }
}
