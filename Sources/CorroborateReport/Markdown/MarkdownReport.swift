public import CorroborateCore

/// A readable account in Markdown: per story the conflicts, agreements and single-source
/// findings with their sources, and a timeline; per article who said what, every figure with
/// its claimant, and every date on the calendar.
///
/// ```swift
/// print(MarkdownReport().render(corpus))
/// ```
public struct MarkdownReport: Sendable {
    public init() {}

    public func render(_ corpus: CorpusAnalysis, notices: [InputNotice] = []) -> String {
        let account = Account(corpus, notices: notices)
        var out = "# Corroborate report\n\n\(account.summary).\n"
        for story in account.stories { out += render(story) }
        if !account.articles.isEmpty { out += "\n## Articles\n" }
        for article in account.articles { out += render(article) }
        if !account.problems.isEmpty {
            out += "\n## Inputs not analysed\n\n"
            for p in account.problems { out += "- \(cell(p))\n" }
        }
        return out
    }

    private func render(_ story: Account.StorySection) -> String {
        var out = "\n## Story \(story.id): \(cell(story.title))\n\n"
        out += "Sources: " + story.sources.map(cell).joined(separator: "; ") + "\n"
        if !story.brief.isEmpty {
            out += "\n### Brief\n\n"
            for (n, line) in story.brief.enumerated() {
                var outlets: [String] = []
                for c in line.citations where !outlets.contains(c.outlet) { outlets.append(c.outlet) }
                out += "\(n + 1). \(cell(line.text)) [\(outlets.map(cell).joined(separator: "; "))]\n"
            }
        }
        for (kind, heading) in Account.findingGroups where kind != .singleSource {
            let findings = story.findings.filter { $0.kind == kind }
            guard !findings.isEmpty else { continue }
            out += "\n### \(heading)\n\n"
            for f in findings { out += finding(f) }
        }
        if !story.figures.isEmpty {
            out += "\n### Figures by claimant and outlet\n\n| Figure | Value | Claimant | Outlet | As of | Finding |\n|---|---|---|---|---|---|\n"
            for f in story.figures {
                let finding = f.finding == .conflict ? "**conflict**" : f.finding.rawValue
                out += "| \(cell(f.topic)) | \(cell(f.value)) | \(cell(f.claimant)) | \(cell(f.outlet)) | \(f.asOf) | \(finding) |\n"
            }
        }
        if !story.speakers.isEmpty {
            out += "\n### Who said what\n"
            for (speaker, lines) in story.speakers {
                out += "\n**\(cell(speaker))**\n\n"
                for l in lines {
                    let how = l.how.isEmpty ? "" : " (\(cell(l.how)))"
                    out += "- \(cell(l.reference.outlet)), \(l.kind.rawValue)\(how): “\(cell(l.words))”\n"
                }
            }
        }
        let single = story.findings.filter { $0.kind == .singleSource }
        if !single.isEmpty {
            out += "\n### Reported by one source only\n\n"
            for f in single { out += finding(f) }
        }
        if !story.timeline.isEmpty {
            out += "\n### Timeline\n\n| Date | Source | What |\n|---|---|---|\n"
            for e in story.timeline {
                let what = e.kind == .published ? "*Published:* " + cell(e.sentence) : cell(e.sentence)
                out += "| \(e.date) | \(cell(e.outlets)) | \(what) |\n"
            }
        }
        return out
    }

    private func finding(_ f: Account.Finding) -> String {
        var out = "- **\(cell(f.topic))** (\(f.aspect.rawValue)\(f.detail.map { ", " + $0 } ?? ""))"
        if let note = f.note { out += " — \(cell(note))" }
        out += "\n"
        for side in f.sides {
            out += "  - \(cell(side.reference.outlet)): \(cell(Account.quoted(side.words)))"
            var about: [String] = []
            if let c = side.claimant { about.append(cell(c)) }
            if let v = side.value, f.aspect != .figure || f.kind == .singleSource { about.append(cell(v)) }
            if let d = side.asOf { about.append("as of \(d)") }
            if let s = side.sourcing { about.append("sourcing: \(cell(s))") }
            if !side.copies.isEmpty { about.append("reprinted by \(side.copies.map(cell).joined(separator: ", "))") }
            if !about.isEmpty { out += " — " + about.joined(separator: " · ") }
            if let edit = side.edit { out += "\n    edits: \(cell(edit))" }
            out += "\n"
        }
        return out
    }

    private func render(_ a: Account.ArticleSection) -> String {
        var out = "\n### \(cell(a.heading))\n\n"
        for d in a.details { out += "- \(cell(d))\n" }
        if !a.quotes.isEmpty {
            out += "\n**Who said what**\n\n"
            for q in a.quotes {
                let how = q.how.isEmpty ? "" : " (\(cell(q.how)))"
                out += "- **\(cell(q.speaker))**\(how), \(q.kind.rawValue): “\(cell(q.words))”\n"
            }
        }
        if !a.figures.isEmpty {
            out += "\n**Figures**\n\n| As written | Value | What | Event | Claimant |\n|---|---|---|---|---|\n"
            for f in a.figures {
                out += "| \(cell(f.words)) | \(cell(f.value)) | \(cell(f.what)) | \(cell(f.event)) | \(cell(f.claimant)) |\n"
            }
        }
        if !a.dates.isEmpty {
            out += "\n**Dates**\n\n| As written | Calendar | How |\n|---|---|---|\n"
            for d in a.dates { out += "| \(cell(d.words)) | \(d.value) | \(d.how) |\n" }
        }
        if !a.names.isEmpty { out += "\n**Named**: " + a.names.map(cell).joined(separator: "; ") + "\n" }
        return out
    }

    /// Text safe inside a Markdown table cell or list item.
    private func cell(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "|": out += "\\|"
            case "*", "_", "`", "[", "]", "<", ">": out += "\\" + String(ch)
            case "\n": out += " "
            default: out.append(ch)
            }
        }
        return out
    }
}
