public import CorroborateCore

/// Story and article pages in HTML: the same account as ``MarkdownReport`` — per story the
/// sources, conflicts, agreements, single-source findings, timeline and who said what; per
/// article its text with every quote, figure, date and name marked. Every piece of article
/// text is escaped.
///
/// The renderer writes body fragments, so `corroborate serve` puts them in its own page frame
/// and a report file wraps them with ``HTMLDocument``:
///
/// ```swift
/// let html = HTMLReport().document(corpus).render()   // one self-contained file
/// ```
public struct HTMLReport: Sendable {
    /// The link to an article's page, given its id; nil writes no link.
    public var articleLink: @Sendable (String) -> String?

    /// - Parameter articleLink: Defaults to an anchor in the same document.
    public init(articleLink: @escaping @Sendable (String) -> String? = { "#article-" + HTMLEscape.urlComponent($0) }) {
        self.articleLink = articleLink
    }

    /// Every story, then every article, as one self-contained page.
    public func document(_ corpus: CorpusAnalysis, notices: [InputNotice] = []) -> HTMLDocument {
        let account = Account(corpus, notices: notices)
        var body = "<main>\n<h1>Corroborate report</h1>\n<p class=\"meta\">\(HTMLEscape.text(account.summary)).</p>\n"
        for s in corpus.stories.indices { body += "<section>\n" + story(corpus, story: s, account: account, level: 2) + "</section>\n" }
        for a in corpus.articles.indices {
            body += "<section id=\"article-\(HTMLEscape.urlComponent(corpus.articles[a].article.id))\">\n"
            body += article(corpus, article: a, level: 2) + "</section>\n"
        }
        if !account.problems.isEmpty {
            body += "<h2>Inputs not analysed</h2>\n<ul>\n"
            for p in account.problems { body += "<li>\(HTMLEscape.text(p))</li>\n" }
            body += "</ul>\n"
        }
        return HTMLDocument(title: "Corroborate report", body: body + "</main>", style: .embedded)
    }

    /// One story: its sources, findings, timeline and who said what.
    public func story(_ corpus: CorpusAnalysis, story s: Int = 0) -> String {
        story(corpus, story: s, account: Account(corpus, notices: []), level: 1)
    }

    /// One article: its details, its text with every item marked, and the items in tables.
    public func article(_ corpus: CorpusAnalysis, article a: Int = 0) -> String {
        article(corpus, article: a, level: 1)
    }

    // MARK: - Stories

    private func story(_ corpus: CorpusAnalysis, story s: Int, account: Account, level: Int) -> String {
        guard corpus.stories.indices.contains(s), account.stories.indices.contains(s) else { return "" }
        let story = corpus.stories[s]
        let section = account.stories[s]
        let h = level
        var out = "<h\(h)>\(HTMLEscape.text(story.title))</h\(h)>\n"
        let outlets = Set(story.articles.map { corpus.articles[$0].article.outlet ?? corpus.articles[$0].article.id })
        out += "<p class=\"meta\">Story \(HTMLEscape.text(story.id)) · \(story.articles.count) article\(story.articles.count == 1 ? "" : "s") from \(outlets.count) source\(outlets.count == 1 ? "" : "s")</p>\n"

        out += "<h\(h + 1)>Sources</h\(h + 1)>\n<table>\n<tr><th>Outlet</th><th>Published</th><th>Headline</th></tr>\n"
        for a in story.articles {
            let analysis = corpus.articles[a]
            let headline = analysis.article.title ?? analysis.article.id
            out += "<tr><td>\(HTMLEscape.text(Account.label(analysis.article)))</td><td>\(HTMLEscape.text(Account.dateLabel(analysis)))</td>"
            out += "<td>\(link(analysis.article.id, headline))</td></tr>\n"
        }
        out += "</table>\n"

        if !section.brief.isEmpty {
            out += "<h\(h + 1)>Brief</h\(h + 1)>\n<ol class=\"brief\">\n"
            for line in section.brief {
                out += "<li class=\"\(line.kind.rawValue)\">\(HTMLEscape.text(line.text)) \(cites(line.citations, corpus))</li>\n"
            }
            out += "</ol>\n"
        }
        for (kind, heading) in Account.findingGroups where kind != .singleSource {
            out += findings(section.findings.filter { $0.kind == kind }, heading: heading, level: h + 1, corpus)
        }
        if !section.figures.isEmpty {
            out += "<h\(h + 1)>Figures by claimant and outlet</h\(h + 1)>\n<table class=\"figures\">\n"
            out += "<tr><th>Figure</th><th>Value</th><th>Claimant</th><th>Outlet</th><th>As of</th><th>Finding</th></tr>\n"
            for f in section.figures {
                out += "<tr class=\"\(f.finding.rawValue)\"><td>\(HTMLEscape.text(f.topic))</td><td class=\"num\">\(HTMLEscape.text(f.value))</td>"
                out += "<td>\(HTMLEscape.text(f.claimant))</td><td>\(spanLink(f.reference, f.outlet, corpus))</td>"
                out += "<td>\(HTMLEscape.text(f.asOf))</td><td><span class=\"badge \(f.finding.rawValue)\">\(f.finding.rawValue)</span></td></tr>\n"
            }
            out += "</table>\n"
        }
        if !section.speakers.isEmpty {
            out += "<h\(h + 1)>Who said what</h\(h + 1)>\n"
            for (speaker, lines) in section.speakers {
                out += "<h\(h + 2)>\(HTMLEscape.text(speaker))</h\(h + 2)>\n<ul class=\"quotes\">\n"
                for l in lines {
                    out += "<li>\(spanLink(l.reference, l.reference.outlet, corpus)), \(l.kind.rawValue)"
                    if !l.how.isEmpty { out += " (\(HTMLEscape.text(l.how)))" }
                    out += ":<blockquote>\(HTMLEscape.text(l.words))</blockquote></li>\n"
                }
                out += "</ul>\n"
            }
        }
        out += findings(section.findings.filter { $0.kind == .singleSource }, heading: "Reported by one source only", level: h + 1, corpus)
        if !section.timeline.isEmpty {
            out += "<h\(h + 1)>Timeline</h\(h + 1)>\n<table>\n<tr><th>Date</th><th>Source</th><th>What</th></tr>\n"
            for e in section.timeline {
                let what = (e.kind == .published ? "<em>Published:</em> " : "") + HTMLEscape.text(e.sentence)
                out += "<tr><td>\(HTMLEscape.text(e.date))</td><td>\(spanLink(e.reference, e.outlets, corpus))</td><td>\(what)</td></tr>\n"
            }
            out += "</table>\n"
        }
        return out
    }

    private func findings(_ list: [Account.Finding], heading: String, level h: Int, _ corpus: CorpusAnalysis) -> String {
        guard !list.isEmpty else { return "" }
        var out = "<h\(h)>\(heading)</h\(h)>\n<ul class=\"findings\">\n"
        for f in list {
            out += "<li><span class=\"badge \(f.kind.rawValue)\">\(f.kind.rawValue)</span> <span class=\"badge aspect\">\(f.aspect.rawValue)</span> "
            out += "<strong>\(HTMLEscape.text(f.topic))</strong>"
            if let note = f.note { out += " — \(HTMLEscape.text(note))" }
            out += "\n<ul>\n"
            for side in f.sides {
                out += "<li>\(spanLink(side.reference, side.reference.outlet, corpus)): \(HTMLEscape.text(Account.quoted(side.words)))"
                var about: [String] = []
                if let c = side.claimant { about.append(HTMLEscape.text(c)) }
                if let v = side.value, f.aspect != .figure || f.kind == .singleSource { about.append(HTMLEscape.text(v)) }
                if let d = side.asOf { about.append("as of " + HTMLEscape.text(d)) }
                if !side.copies.isEmpty { about.append("reprinted by " + HTMLEscape.text(side.copies.joined(separator: ", "))) }
                if !about.isEmpty { out += " — " + about.joined(separator: " · ") }
                if let s = side.sourcing { out += " <span class=\"sourcing\">\(HTMLEscape.text(s))</span>" }
                if let edit = side.edit { out += "<div class=\"edit\">edits: <code>\(HTMLEscape.text(edit))</code></div>" }
                out += "</li>\n"
            }
            out += "</ul></li>\n"
        }
        return out + "</ul>\n"
    }

    /// Links to the cited words, by outlet: `[ledger.example, wire.example]`.
    private func cites(_ refs: [Account.Reference], _ corpus: CorpusAnalysis) -> String {
        "<span class=\"cites\">[" + refs.map { spanLink($0, $0.outlet, corpus) }.joined(separator: ", ") + "]</span>"
    }

    /// A link to a span of an article: the article's page or section, at the span's anchor.
    private func spanLink(_ r: Account.Reference, _ words: String, _ corpus: CorpusAnalysis) -> String {
        guard corpus.articles.indices.contains(r.article), let base = articleLink(corpus.articles[r.article].article.id) else {
            return HTMLEscape.text(words)
        }
        let anchor = HTMLReport.anchor(corpus.articles[r.article].article.id, r.span.start)
        let href = base.hasPrefix("#") ? "#" + anchor : base + "#" + anchor
        return "<a href=\"\(HTMLEscape.text(href))\">\(HTMLEscape.text(words))</a>"
    }

    /// The id of the place in an article's text where a span starts.
    static func anchor(_ article: String, _ start: Int) -> String {
        "a-\(HTMLEscape.urlComponent(article))-\(start)"
    }

    // MARK: - Articles

    private func article(_ corpus: CorpusAnalysis, article i: Int, level: Int) -> String {
        guard corpus.articles.indices.contains(i) else { return "" }
        let a = corpus.articles[i]
        let links = corpus.entityLinks.indices.contains(i) ? corpus.entityLinks[i] : []
        let section = Account(
            CorpusAnalysis(articles: [a], entities: corpus.entities, entityLinks: [links], stories: []), notices: []
        ).articles[0]
        let h = level
        var out = "<h\(h)>\(HTMLEscape.text(a.article.title ?? a.article.id))</h\(h)>\n<p class=\"meta\">"
        out += [Account.label(a.article), Account.dateLabel(a)].map(HTMLEscape.text).joined(separator: " · ")
        if let url = a.article.url {
            // Only web addresses become links: a javascript: or data: URL from an input stays text.
            let lower = url.lowercased()
            out += lower.hasPrefix("https://") || lower.hasPrefix("http://")
                ? " · <a href=\"\(HTMLEscape.text(url))\" rel=\"noopener noreferrer nofollow\">original</a>"
                : " · \(HTMLEscape.text(url))"
        }
        out += "</p>\n"
        if let range = a.publishedRange {
            out += "<p class=\"muted\">Undated: published between \(range.from) and \(range.to) — \(HTMLEscape.text(range.basis)).</p>\n"
        }
        out += "<p class=\"legend muted\"><mark class=\"quote\">quote</mark><mark class=\"figure\">figure</mark>"
        out += "<mark class=\"time\">date</mark><mark class=\"entity\">name</mark><mark class=\"caption\">caption</mark></p>\n"
        var marks = HTMLHighlighter.marks(a) { e in
            links.indices.contains(e) && corpus.entities.indices.contains(links[e]) ? corpus.entities[links[e]].name : nil
        }
        // The words the story's findings, brief and timeline cite, so their links land here.
        for story in corpus.stories where story.articles.contains(i) {
            var cited: [Span] = story.brief.flatMap { $0.citations.filter { $0.article == i }.map(\.span) }
            cited += story.comparisons.flatMap { $0.items.filter { $0.article == i }.map(\.span) }
            cited += story.timeline.filter { $0.article == i }.map(\.sentence)
            for span in Set(cited) { marks.append(HTMLHighlighter.Mark(span: span, kind: "cited", note: "cited in the story's findings")) }
        }
        let anchor = { (start: Int) in HTMLReport.anchor(a.article.id, start) }
        out += "<div class=\"article-text\">\(HTMLHighlighter.render(a.article.text, marks: marks, anchor: anchor))</div>\n"

        if !section.quotes.isEmpty {
            out += "<h\(h + 1)>Who said what</h\(h + 1)>\n<table>\n<tr><th>Speaker</th><th>How</th><th>Words</th></tr>\n"
            for q in section.quotes {
                out += "<tr><td>\(HTMLEscape.text(q.speaker))</td><td>\(HTMLEscape.text([q.kind.rawValue, q.how].filter { !$0.isEmpty }.joined(separator: ", ")))</td>"
                out += "<td>\(HTMLEscape.text(q.words))</td></tr>\n"
            }
            out += "</table>\n"
        }
        if !section.figures.isEmpty {
            out += "<h\(h + 1)>Figures</h\(h + 1)>\n<table>\n<tr><th>As written</th><th>Value</th><th>What</th><th>Event</th><th>Claimant</th></tr>\n"
            for f in section.figures {
                out += "<tr>" + [f.words, f.value, f.what, f.event, f.claimant].map { "<td>\(HTMLEscape.text($0))</td>" }.joined() + "</tr>\n"
            }
            out += "</table>\n"
        }
        if !section.dates.isEmpty {
            out += "<h\(h + 1)>Dates</h\(h + 1)>\n<table>\n<tr><th>As written</th><th>Calendar</th><th>How</th></tr>\n"
            for d in section.dates {
                out += "<tr>" + [d.words, d.value, d.how].map { "<td>\(HTMLEscape.text($0))</td>" }.joined() + "</tr>\n"
            }
            out += "</table>\n"
        }
        if !section.names.isEmpty {
            out += "<h\(h + 1)>Named</h\(h + 1)>\n<p>\(section.names.map(HTMLEscape.text).joined(separator: "; "))</p>\n"
        }
        return out
    }

    private func link(_ id: String, _ words: String) -> String {
        guard let href = articleLink(id) else { return HTMLEscape.text(words) }
        return "<a href=\"\(HTMLEscape.text(href))\">\(HTMLEscape.text(words))</a>"
    }
}
