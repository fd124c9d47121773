import CorroborateCore

/// An article's text as HTML with every extracted item marked: quotes, figures, dates, names
/// and captions. Items may overlap (a figure inside a quote), so the text is cut at every
/// item boundary and each piece is marked with the classes of all items covering it.
struct HTMLHighlighter {
    struct Mark {
        var span: Span
        var kind: String
        var note: String
    }

    static func marks(_ a: ArticleAnalysis, entityName: (Int) -> String?) -> [Mark] {
        var marks: [Mark] = []
        let text = a.article.text
        for c in a.article.captions { marks.append(Mark(span: c.span, kind: "caption", note: "photo caption (not a claim)")) }
        for m in a.mentions where m.type != .other {
            marks.append(Mark(span: m.span, kind: "entity", note: "\(m.type.rawValue): \(entityName(m.entity) ?? Account.excerpt(text, m.span))"))
        }
        for t in a.times {
            marks.append(Mark(span: t.span, kind: "time", note: "date: \(t.value ?? "not placed")"))
        }
        for q in a.quotes {
            let speaker = q.speaker.map { s in s.entity.flatMap(entityName) ?? Account.excerpt(text, s.span) } ?? "unattributed"
            marks.append(Mark(span: q.span, kind: "quote", note: "\(q.kind.rawValue) quote: \(speaker)"))
        }
        for f in a.figures {
            var words = [f.value.map(Formatting.grouped) ?? "\(f.low.map(Formatting.grouped) ?? "?")–\(f.high.map(Formatting.grouped) ?? "?")"]
            if let what = f.what { words.append(what) }
            if let event = f.event { words.append(Formatting.words(event)) }
            if let c = f.claimant { words.append("per " + (c.entity.flatMap(entityName) ?? Account.excerpt(text, c.span))) }
            marks.append(Mark(span: f.span, kind: "figure", note: "figure: " + words.joined(separator: ", ")))
        }
        return marks
    }

    /// - Parameter anchor: The id to give the place where a mark starts, so links can point
    ///   at it; nil writes none.
    static func render(_ text: String, marks: [Mark], anchor: ((Int) -> String)? = nil) -> String {
        let bytes = Array(text.utf8)
        func boundary(_ i: Int) -> Int {
            var i = max(0, min(i, bytes.count))
            while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
            return i
        }
        var cuts: Set<Int> = [0, bytes.count]
        let clamped = marks.map { m in
            Mark(span: Span(boundary(m.span.start), boundary(m.span.end)), kind: m.kind, note: m.note)
        }.filter { !$0.span.isEmpty }
        for m in clamped {
            cuts.insert(m.span.start)
            cuts.insert(m.span.end)
        }
        let points = cuts.sorted()
        let starts = Set(clamped.map(\.span.start))
        var out = ""
        out.reserveCapacity(bytes.count * 2)
        for (a, b) in zip(points, points.dropFirst()) where a < b {
            if let anchor, starts.contains(a) { out += "<a id=\"\(HTMLEscape.text(anchor(a)))\"></a>" }
            let piece = HTMLEscape.text(String(decoding: bytes[a..<b], as: UTF8.self))
            let covering = clamped.filter { $0.span.start <= a && b <= $0.span.end }
            if covering.isEmpty {
                out += piece
                continue
            }
            var kinds: [String] = []
            for m in covering where !kinds.contains(m.kind) { kinds.append(m.kind) }
            let note = covering.map(\.note).joined(separator: " · ")
            out += "<mark class=\"\(kinds.joined(separator: " "))\" title=\"\(HTMLEscape.text(note))\">\(piece)</mark>"
        }
        return out
    }
}
