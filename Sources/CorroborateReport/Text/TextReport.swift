public import CorroborateCore

/// A plain-text account for the terminal: the same content as ``MarkdownReport`` without markup.
public struct TextReport: Sendable {
    public init() {}

    public func render(_ corpus: CorpusAnalysis, notices: [InputNotice] = []) -> String {
        let account = Account(corpus, notices: notices)
        var out = "Corroborate: \(account.summary).\n"
        for story in account.stories {
            out += "\nSTORY \(story.id): \(story.title)\n  sources: \(story.sources.joined(separator: "; "))\n"
            if !story.brief.isEmpty { out += "  brief:\n" }
            for line in story.brief {
                var outlets: [String] = []
                for c in line.citations where !outlets.contains(c.outlet) { outlets.append(c.outlet) }
                out += "    - \(line.text) [\(outlets.joined(separator: "; "))]\n"
            }
            for f in story.findings {
                out += "  [\(f.kind.rawValue), \(f.aspect.rawValue)] \(f.topic)\n"
                if let note = f.note { out += "      \(note)\n" }
            }
            if !story.timeline.isEmpty { out += "  timeline:\n" }
            for e in story.timeline { out += "    \(e.date)  \(e.outlets): \(e.kind == .published ? "published: " : "")\(e.sentence)\n" }
        }
        for a in account.articles {
            out += "\nARTICLE \(a.heading)\n"
            for d in a.details { out += "  \(d)\n" }
            for q in a.quotes {
                out += "  said: \(q.speaker)\(q.how.isEmpty ? "" : " (\(q.how))") [\(q.kind.rawValue)]: \"\(q.words)\"\n"
            }
            for f in a.figures {
                let parts = [f.what, f.event].filter { !$0.isEmpty }.joined(separator: ", ")
                out += "  figure: \(f.value)\(parts.isEmpty ? "" : " — \(parts)")\(f.claimant.isEmpty ? "" : " — per \(f.claimant)")\n"
            }
            for d in a.dates { out += "  date: \(d.words) → \(d.value) (\(d.how))\n" }
            if !a.names.isEmpty { out += "  named: \(a.names.joined(separator: "; "))\n" }
        }
        if !account.problems.isEmpty {
            out += "\nNOT ANALYSED\n"
            for p in account.problems { out += "  \(p)\n" }
        }
        return out
    }
}
