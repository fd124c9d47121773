/// Bounds the publication date of an article that states none, from its story and its text.
///
/// An undated article stays undated (`published` is nil); this only says when it can have
/// been written, and why. Three kinds of evidence narrow the days:
///
/// - its story's dated articles: reports of one story appear within ``window`` days of each other;
/// - its own dates: it cannot predate the latest day it reports as past, nor postdate the
///   earliest day it expects ahead;
/// - recency: news reports recent events, so it is unlikely to be more than ``recency`` days
///   later than the latest day it reports as past.
///
/// The bounds are intersected; when recency leaves no day inside the story's window, it is
/// dropped and the story and the text alone decide.
enum DateInference {
    /// Days around the story's dated articles an undated member may fall.
    static let window = 7
    /// Days after the latest past event it reports that a news article is still written.
    static let recency = 7

    static func range(for analysis: ArticleAnalysis, storyDates: [CivilDate]) -> DateRange? {
        var story: (CivilDate, CivilDate, String)? = nil
        if let first = storyDates.min(), let last = storyDates.max() {
            let dates = Set(storyDates.map(\.description)).sorted().joined(separator: ", ")
            story = (first.adding(days: -window), last.adding(days: window), "its story's dated articles (\(dates)) give ±\(window) days")
        }
        let (past, ahead) = reportedDates(analysis, storyDates: storyDates)

        var from = story?.0
        var to = story?.1
        var reasons: [String] = story.map { [$0.2] } ?? []
        if let (d, words) = past, from == nil || d > from!, to == nil || d <= to! {
            from = d
            reasons.append("it reports \"\(words)\" (\(d)) as past")
        }
        if let (d, words) = ahead, to == nil || d < to!, from == nil || d >= from! {
            to = d
            reasons.append("it expects \"\(words)\" (\(d)) ahead")
        }
        if let (d, words) = past {
            let latest = d.adding(days: recency)
            if to == nil || latest < to!, from == nil || latest >= from! {
                to = latest
                reasons.append("news reports recent events, so it is unlikely to be more than \(recency) days after \"\(words)\" (\(d))")
            }
        }
        guard let f = from, let t = to, f <= t else { return nil }
        return DateRange(from: f, to: t, basis: reasons.joined(separator: "; "))
    }

    /// The latest day the text reports as past and the earliest it expects ahead, with the
    /// words that name them. Year-less dates take the year that puts them nearest the story's
    /// own dates (`March 8` in a story dated March 9–11 is that March).
    private static func reportedDates(
        _ analysis: ArticleAnalysis, storyDates: [CivilDate]
    ) -> (past: (CivilDate, String)?, ahead: (CivilDate, String)?) {
        let sorted = storyDates.sorted()
        let center = sorted.isEmpty ? nil : sorted[sorted.count / 2]
        var past: (CivilDate, String)? = nil
        var ahead: (CivilDate, String)? = nil
        for t in analysis.times where t.type == .date {
            var date: CivilDate? = nil
            switch t.meaning {
            case .value(let v): date = CivilDate(iso: v)
            case .monthDay(let m, let d, nil), .weekdayDate(_, let m, let d):
                if let c = center { date = TimeResolver.yearFor(month: m, day: d, anchor: c, tense: nil) }
            default: break
            }
            guard let date else { continue }
            let words = text(of: t.span, in: analysis.article.text)
            if t.tense == .future {
                if ahead == nil || date < ahead!.0 { ahead = (date, words) }
            } else if past == nil || date > past!.0 {
                past = (date, words)
            }
        }
        return (past, ahead)
    }

    private static func text(of span: Span, in text: String) -> String {
        let bytes = Array(text.utf8)
        return String(decoding: bytes[max(0, span.start)..<min(bytes.count, span.end)], as: UTF8.self)
    }
}
