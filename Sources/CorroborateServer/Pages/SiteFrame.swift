import CorroborateReport

/// The frame around every page: the header with the search box, the body, the footer.
enum SiteFrame {
    static let stylesheet = "/static/corroborate.css"

    static func page(title: String, query: String = "", body: String, footer: String = "") -> [UInt8] {
        var out = "<header class=\"site\"><a href=\"/\">Corroborate</a><a href=\"/\">Stories</a><a href=\"/articles\">Articles</a>"
        out += "<form action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" value=\"\(HTMLEscape.text(query))\" placeholder=\"Search articles\" aria-label=\"Search articles\"></form></header>\n"
        out += "<main>\n\(body)\n"
        if !footer.isEmpty { out += "<p class=\"muted\">\(HTMLEscape.text(footer))</p>\n" }
        out += "</main>"
        return Array(HTMLDocument(title: title, body: out, style: .linked(stylesheet)).render().utf8)
    }

    /// `3 min ago`, `2 h ago`, `4 days ago` between two ISO timestamps (UTC), for freshness.
    static func age(of timestamp: String, now: String) -> String {
        guard let then = seconds(timestamp), let current = seconds(now) else { return timestamp }
        let d = max(0, current - then)
        switch d {
        case ..<60: return "just now"
        case ..<3600: return "\(d / 60) min ago"
        case ..<86_400: return "\(d / 3600) h ago"
        default: return "\(d / 86_400) day\(d / 86_400 == 1 ? "" : "s") ago"
        }
    }

    private static func seconds(_ iso: String) -> Int? {
        // 2026-03-09T14:05:00Z
        let u = Array(iso.utf8)
        guard u.count == 20 else { return nil }
        func n(_ r: Range<Int>) -> Int? { Int(String(decoding: u[r], as: UTF8.self)) }
        guard let y = n(0..<4), let m = n(5..<7), let d = n(8..<10), let h = n(11..<13), let mi = n(14..<16), let s = n(17..<19) else {
            return nil
        }
        // Days from civil (the same arithmetic as CivilDate.dayNumber).
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let days = era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
        return days * 86_400 + h * 3600 + mi * 60 + s
    }
}
