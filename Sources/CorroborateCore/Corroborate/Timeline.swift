/// Orders a story's dated sentences on the calendar.
///
/// Only expressions that resolved to a day, week or month count; the same sentence dated
/// twice appears once, at its most precise date.
enum Timeline {
    static func entries(for story: [Int], _ analyses: [ArticleAnalysis]) -> [TimelineEntry] {
        var out: [TimelineEntry] = []
        for a in story {
            var seen: [Span: Int] = [:]
            for t in analyses[a].times where t.type == .date || t.type == .time {
                guard let value = t.value, let sentence = t.sentence, let day = firstDay(of: value) else { continue }
                let entry = TimelineEntry(value: value, day: day, article: a, sentence: sentence, time: t.span)
                if let i = seen[sentence] {
                    // Keep the more precise date (a day over a week or month).
                    if value.count > out[i].value.count || (value.count == 10 && out[i].value.contains("W")) { out[i] = entry }
                    continue
                }
                seen[sentence] = out.count
                out.append(entry)
            }
        }
        return out.enumerated().sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }.map(\.element)
    }

    /// The first day of a TimeML date value: `2025-01-09`, `2025-01-09TNI`, `2025-W03`, `2024-12`.
    static func firstDay(of value: String) -> CivilDate? {
        let bytes = Array(value.utf8)
        guard bytes.count >= 7, let year = Int(String(decoding: bytes[0..<4], as: UTF8.self)), bytes[4] == 0x2D else { return nil }
        if bytes[5] == 0x57 {  // W
            guard let week = Int(String(decoding: bytes[6..<min(8, bytes.count)], as: UTF8.self)),
                let jan4 = CivilDate(year: year, month: 1, day: 4)
            else { return nil }
            let monday = jan4.adding(days: 1 - jan4.weekday.rawValue)
            return monday.adding(days: 7 * (week - 1))
        }
        guard let month = Int(String(decoding: bytes[5..<7], as: UTF8.self)) else { return nil }
        if bytes.count >= 10, bytes[7] == 0x2D, let day = Int(String(decoding: bytes[8..<10], as: UTF8.self)) {
            return CivilDate(year: year, month: month, day: day)
        }
        return bytes.count == 7 ? CivilDate(year: year, month: month, day: 1) : nil
    }
}
