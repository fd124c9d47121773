/// A stretch of text between quotation marks, within one paragraph.
struct QuotedSpan: Sendable, Hashable {
    /// Token index of the opening mark.
    var open: Int
    /// Token index of the closing mark, or nil when the quote runs to the paragraph's end.
    var close: Int?
    var paragraph: Int
    /// The quote continues a quote left open at the end of the previous paragraph.
    var continues: Bool
    /// The quote is left open at the paragraph's end and the next paragraph continues it.
    var continuesInNext: Bool
    /// Single marks in a text that otherwise quotes with double marks (headlines, headings).
    var singleInDoubleText = false

    /// Tokens inside the marks.
    func content(paragraphEnd: Int) -> Range<Int> { (open + 1)..<(close ?? paragraphEnd) }
}

/// Pairs quotation marks into quoted spans, paragraph by paragraph.
///
/// Where a mark stands decides what it does — a mark after a space and before a letter
/// opens, one after a letter or punctuation and before a space closes — and the printed shape
/// (`“` or `”`) only settles marks whose position is ambiguous. So a quote printed with its
/// opening mark the wrong way round (`”alleging …”`) still pairs. A quote left open at a
/// paragraph's end continues when the next paragraph opens with a mark, as news style does
/// for multi-paragraph quotes.
enum QuotePairing {
    enum Role { case open, close, either }

    static func spans(_ view: TextView) -> [QuotedSpan] {
        var out: [QuotedSpan] = []
        let britishStyle = usesSingleQuotes(view)
        var carried = false
        for (p, paragraph) in view.paragraphs.enumerated() {
            // A paragraph with no double marks may quote with single ones, as headlines do.
            let singleQuoting = britishStyle || !paragraph.tokens.contains { view.tokens[$0].kind == .quote && !view.tokens[$0].flags.contains(.single) }
            let onlyClosed = singleQuoting && !britishStyle
            var marks: [(token: Int, role: Role)] = []
            for k in paragraph.tokens {
                let t = view.tokens[k]
                guard t.kind == .quote, t.flags.contains(.single) == singleQuoting else { continue }
                marks.append((k, role(k, view)))
            }
            if onlyClosed {
                // Single marks in a text that quotes with doubles: only pairs that close count,
                // so an apostrophe (`the ’90s`) never opens a quote running to the paragraph's end.
                let before = out.count
                pairSingles(marks, paragraph: p, into: &out)
                if out.count > before { carried = false }
                continue
            }
            var pending: Int? = nil
            var pendingContinues = false
            if carried, let first = marks.first, first.token == paragraph.tokens.lowerBound || first.role != .close {
                pendingContinues = true
            }
            carried = false
            for (index, mark) in marks.enumerated() {
                switch (pending, mark.role) {
                case (nil, .open), (nil, .either):
                    pending = mark.token
                case (nil, .close):
                    // A closing mark with nothing open: ignore it (a stray or an apostrophe).
                    continue
                case (let open?, .close), (let open?, .either):
                    // `either` after an open mark closes it unless the next mark also wants to close.
                    if mark.role == .either, index + 1 < marks.count, marks[index + 1].role == .close,
                        mark.token - open <= 1
                    {
                        continue
                    }
                    out.append(QuotedSpan(
                        open: open, close: mark.token, paragraph: p, continues: pendingContinues && out.last?.paragraph != p,
                        continuesInNext: false))
                    pending = nil
                    pendingContinues = false
                case (let open?, .open):
                    // Two opening marks: the first was never closed. It runs to just before this one
                    // only if that is a sentence boundary; otherwise restart here.
                    _ = open
                    pending = mark.token
                }
            }
            if let open = pending {
                let next = p + 1 < view.paragraphs.count ? view.paragraphs[p + 1] : nil
                let nextOpens = next.map { n in
                    view.tokens[n.tokens.lowerBound].kind == .quote
                        && view.tokens[n.tokens.lowerBound].flags.contains(.single) == singleQuoting
                } ?? false
                out.append(QuotedSpan(open: open, close: nil, paragraph: p, continues: pendingContinues, continuesInNext: nextOpens))
                carried = nextOpens
            }
        }
        return out
    }

    /// Pairs single marks used as double quotes, keeping closed pairs only.
    private static func pairSingles(_ marks: [(token: Int, role: Role)], paragraph p: Int, into out: inout [QuotedSpan]) {
        var pending: Int? = nil
        for mark in marks {
            switch (pending, mark.role) {
            case (nil, .open), (nil, .either): pending = mark.token
            case (nil, .close): continue
            case (let open?, .close), (let open?, .either):
                out.append(QuotedSpan(
                    open: open, close: mark.token, paragraph: p, continues: false, continuesInNext: false, singleInDoubleText: true))
                pending = nil
            case (_, .open): pending = mark.token
            }
        }
    }

    /// The role a mark's position gives it.
    static func role(_ k: Int, _ view: TextView) -> Role {
        let t = view.tokens[k]
        // A paragraph never opens with a closing mark, nor ends with an opening one.
        if t.flags.contains(.lineStart) { return .open }
        if k + 1 >= view.tokens.count || view.tokens[k + 1].flags.contains(.lineStart) {
            if !t.flags.contains(.spaceBefore) { return .close }
        }
        let before = k > 0 ? view.tokens[k - 1] : nil
        let after = k + 1 < view.tokens.count ? view.tokens[k + 1] : nil
        let spaceBefore = t.flags.contains(.spaceBefore) || before == nil
        let spaceAfter = t.flags.contains(.spaceAfter) || after == nil
        let afterIsText = after.map { $0.kind == .word || $0.kind == .number || $0.kind == .symbol } ?? false
        let beforeIsOpener = before.map { b in
            b.kind == .dash || (b.kind == .punctuation && (view.isPunct(k - 1, 0x28) || view.isPunct(k - 1, 0x5B)))
        } ?? true
        if (spaceBefore || beforeIsOpener), !spaceAfter, afterIsText || after?.kind == .punctuation && after?.kind != .quote {
            return .open
        }
        if !spaceBefore, spaceAfter || after.map({ $0.kind == .punctuation || $0.kind == .dash }) == true {
            return .close
        }
        if t.flags.contains(.opening) { return .open }
        if t.flags.contains(.closing) { return .close }
        return .either
    }

    /// British style quotes with single marks: true when the text has single marks that
    /// open quotes and no double marks at all.
    static func usesSingleQuotes(_ view: TextView) -> Bool {
        var doubles = 0
        var singleOpens = 0
        for (k, t) in view.tokens.enumerated() where t.kind == .quote {
            if t.flags.contains(.single) {
                if role(k, view) == .open { singleOpens += 1 }
            } else {
                doubles += 1
            }
        }
        return doubles == 0 && singleOpens >= 1
    }
}
