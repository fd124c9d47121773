import CorroborateCore

/// What the human-readable reports say, independent of markup: the Markdown and text
/// renderers format the same account.
struct Account {
    struct QuoteRow {
        var speaker: String
        var how: String
        var kind: QuoteKind
        var words: String
    }

    struct FigureRow {
        var words: String
        var value: String
        var what: String
        var event: String
        var claimant: String
    }

    struct ArticleSection {
        var heading: String
        var details: [String]
        var quotes: [QuoteRow]
        var figures: [FigureRow]
        var dates: [(words: String, value: String, how: String)]
        var names: [String]
    }

    var summary: String
    var stories: [StorySection] = []
    var articles: [ArticleSection] = []
    var problems: [String] = []

    init(_ corpus: CorpusAnalysis, notices: [InputNotice]) {
        let outlets = Set(corpus.articles.map { $0.article.outlet ?? $0.article.id })
        summary = "\(corpus.articles.count) article\(corpus.articles.count == 1 ? "" : "s") from \(outlets.count) source\(outlets.count == 1 ? "" : "s") in \(corpus.stories.count) stor\(corpus.stories.count == 1 ? "y" : "ies")"
        for story in corpus.stories { stories.append(Account.story(story, corpus)) }
        for (i, analysis) in corpus.articles.enumerated() { articles.append(Account.article(analysis, links: corpus.entityLinks[i], corpus)) }
        for n in notices {
            problems.append(n.kind == .error ? "\(n.source): \(n.message)" : "\(n.source): same text as article \(n.message); skipped")
        }
    }

    // MARK: - Articles

    private static func article(_ a: ArticleAnalysis, links: [Int], _ corpus: CorpusAnalysis) -> ArticleSection {
        let article = a.article
        var details: [String] = []
        details.append("Source: \(article.source)")
        if let url = article.url { details.append("URL: \(url)") }
        details.append("Published: \(dateLabel(a))")
        if let range = a.publishedRange { details.append("Date range basis: \(range.basis)") }
        if !article.captions.isEmpty { details.append("Captions (not claims): \(article.captions.count)") }
        if !article.wireCredits.isEmpty { details.append("Wire credit: \(article.wireCredits.joined(separator: ", "))") }

        func name(_ attribution: Attribution?) -> String {
            guard let attribution else { return "unattributed" }
            let words = excerpt(article.text, attribution.span)
            let entity = attribution.entity.flatMap { links.indices.contains($0) ? corpus.entities[links[$0]].name : nil }
            switch attribution.resolution {
            case .pronoun:
                let antecedent = attribution.antecedent.map { excerpt(article.text, $0) }
                return "\(entity ?? antecedent ?? words) (“\(words)”)"
            case .continuation:
                return (entity ?? words) + " (continued)"
            case .named, .description:
                if let entity, !words.contains(entity) { return "\(words) [\(entity)]" }
                return words
            }
        }
        let quotes = a.quotes.map { q in
            QuoteRow(speaker: name(q.speaker), how: how(q, article.text), kind: q.kind, words: excerpt(article.text, q.span, limit: 400))
        }
        let figures = a.figures.map { f -> FigureRow in
            var value = f.value.map(Formatting.grouped) ?? "\(f.low.map(Formatting.grouped) ?? "?")–\(f.high.map(Formatting.grouped) ?? "?")"
            if let unit = f.unit { value += " \(unit)" }
            if let hedge = f.hedge { value = "\(hedge) \(value)" }
            return FigureRow(
                words: excerpt(article.text, f.span), value: value, what: f.what ?? "",
                event: f.event.map(Formatting.words) ?? "", claimant: f.claimant == nil ? "" : name(f.claimant))
        }
        let dates = a.times.map { t -> (String, String, String) in
            let how: String
            switch t.anchor {
            case .absolute: how = "as written"
            case .published: how = "from the publication date"
            case .narrative: how = "from the date mentioned before it"
            case .inferred: how = "from the inferred date range"
            case .unresolved: how = "cannot be placed (article undated)"
            }
            return (excerpt(article.text, t.span), t.value ?? "?", how)
        }
        var names: [String] = []
        for (i, e) in a.entities.enumerated() where e.type != .other {
            let global = links.indices.contains(i) ? corpus.entities[links[i]] : nil
            var s = "\(e.name) (\(e.type.rawValue)"
            if !e.titles.isEmpty { s += "; \(e.titles.joined(separator: ", "))" }
            if let g = global, !g.aliases.isEmpty { s += "; also \(g.aliases.joined(separator: ", "))" }
            names.append(s + ")")
        }
        return ArticleSection(
            heading: "\(article.title ?? article.id) — \(label(article))", details: details, quotes: quotes,
            figures: figures, dates: dates, names: names)
    }

    // MARK: - Words

    static func label(_ article: Article) -> String { article.outlet ?? article.id }

    static func dateLabel(_ a: ArticleAnalysis) -> String {
        if let p = a.article.published { return p.description }
        if let r = a.publishedRange { return "undated; between \(r.from) and \(r.to)" }
        return "undated"
    }

    static func excerpt(_ text: String, _ span: Span, limit: Int = 160) -> String {
        let bytes = Array(text.utf8)
        let s = max(0, min(span.start, bytes.count))
        let e = max(s, min(span.end, bytes.count))
        var words = String(decoding: bytes[s..<e], as: UTF8.self)
        words = words.split(whereSeparator: { $0 == "\n" }).joined(separator: " ")
        if words.count > limit { words = String(words.prefix(limit)) + "…" }
        return words
    }
}
