import CorroborateCore

/// A story as the readable reports tell it: the brief, the findings with each side's
/// sourcing, the figures by claimant and outlet, who said what by speaker, and the timeline.
extension Account {
    /// Words of one article that a line of the report rests on.
    struct Reference {
        var article: Int
        var outlet: String
        var span: Span
    }

    struct Side {
        var reference: Reference
        var words: String
        var claimant: String?
        var value: String?
        /// How it is sourced, in words: `named; told AFP; social media; hedged`.
        var sourcing: String?
        var edit: String?
        var asOf: String?
        /// Outlets or articles that reprint it.
        var copies: [String]
    }

    struct Finding {
        var kind: Comparison.Kind
        var aspect: Comparison.Aspect
        var detail: String?
        var topic: String
        var note: String?
        var sides: [Side]
    }

    struct BriefLine {
        var kind: BriefSentence.Kind
        var text: String
        var citations: [Reference]
    }

    /// One figure as one source gives it, with what the sources make of it.
    struct FigureLine {
        var topic: String
        var value: String
        var claimant: String
        var outlet: String
        var asOf: String
        var finding: Comparison.Kind
        var reference: Reference
    }

    struct SpokenLine {
        var reference: Reference
        var kind: QuoteKind
        var how: String
        var words: String
    }

    struct TimelineLine {
        var date: String
        var kind: TimelineEntry.Kind
        var outlets: String
        var sentence: String
        var reference: Reference
    }

    struct StorySection {
        var id: String
        var title: String
        var sources: [String]
        var brief: [BriefLine]
        var findings: [Finding]
        var figures: [FigureLine]
        /// Speakers in order of first appearance, each with every quote of theirs in the story.
        var speakers: [(speaker: String, lines: [SpokenLine])]
        var timeline: [TimelineLine]
    }

    /// The kinds of finding in the order reports list them, with their headings.
    static let findingGroups: [(Comparison.Kind, String)] = [
        (.conflict, "Conflicts"), (.agreement, "Agreements"), (.update, "Updates"),
        (.variant, "Possible variants"), (.singleSource, "Reported by one source only"),
    ]

    static func story(_ story: Story, _ corpus: CorpusAnalysis) -> StorySection {
        func reference(_ a: Int, _ span: Span) -> Reference {
            Reference(article: a, outlet: label(corpus.articles[a].article), span: span)
        }
        let sources = story.articles.map { a -> String in
            let article = corpus.articles[a].article
            return "\(label(article)) (\(dateLabel(corpus.articles[a])))"
        }
        let brief = story.brief.map { b in
            BriefLine(kind: b.kind, text: b.text, citations: b.citations.map { reference($0.article, $0.span) })
        }
        let findings = story.comparisons.map { c in
            Finding(
                kind: c.kind, aspect: c.aspect, detail: c.detail, topic: c.topic, note: c.note,
                sides: c.items.map { item in
                    Side(
                        reference: reference(item.article, item.span),
                        words: excerpt(corpus.articles[item.article].article.text, item.span), claimant: item.claimant,
                        value: item.value, sourcing: item.sourcing.map(sourcingWords), edit: item.edit, asOf: item.asOf,
                        copies: item.copies.map { label(corpus.articles[$0].article) })
                })
        }
        var figures: [FigureLine] = []
        for c in story.comparisons where c.aspect == .figure {
            for item in c.items {
                figures.append(FigureLine(
                    topic: c.topic, value: item.value ?? "", claimant: item.claimant ?? "unattributed",
                    outlet: label(corpus.articles[item.article].article), asOf: item.asOf ?? "", finding: c.kind,
                    reference: reference(item.article, item.span)))
            }
        }
        let timeline = story.timeline.map { e in
            let article = corpus.articles[e.article].article
            // An event several articles report lists each source once.
            var outlets: [String] = []
            for r in e.reports where !outlets.contains(label(corpus.articles[r.article].article)) {
                outlets.append(label(corpus.articles[r.article].article))
            }
            return TimelineLine(
                date: e.value, kind: e.kind, outlets: outlets.joined(separator: ", "),
                sentence: excerpt(article.text, e.sentence, limit: 220), reference: reference(e.article, e.sentence))
        }
        return StorySection(
            id: story.id, title: story.title, sources: sources, brief: brief, findings: findings, figures: figures,
            speakers: speakers(story, corpus, reference), timeline: timeline)
    }

    /// Every quote of the story's articles, grouped by who said it: the entity when the
    /// speaker is resolved to one, else the words that name them.
    private static func speakers(
        _ story: Story, _ corpus: CorpusAnalysis, _ reference: (Int, Span) -> Reference
    ) -> [(speaker: String, lines: [SpokenLine])] {
        var order: [String] = []
        var lines: [String: [SpokenLine]] = [:]
        for a in story.articles {
            let analysis = corpus.articles[a]
            let links = corpus.entityLinks.indices.contains(a) ? corpus.entityLinks[a] : []
            for q in analysis.quotes {
                var who = "unattributed"
                if let s = q.speaker {
                    if let e = s.entity, links.indices.contains(e), corpus.entities.indices.contains(links[e]) {
                        who = corpus.entities[links[e]].name
                    } else {
                        who = excerpt(analysis.article.text, s.antecedent ?? s.span)
                        if s.isAnonymous { who += " (anonymous)" }
                    }
                }
                if lines[who] == nil { order.append(who) }
                lines[who, default: []].append(SpokenLine(
                    reference: reference(a, q.span), kind: q.kind, how: how(q, analysis.article.text),
                    words: excerpt(analysis.article.text, q.span, limit: 400)))
            }
        }
        return order.map { ($0, lines[$0] ?? []) }
    }

    /// The cue and the chain, in words: `told AFP`, `wrote, translation The Ledger`.
    static func how(_ q: Quote, _ text: String) -> String {
        // `told AFP` says the cue and its relay at once.
        let toldTo = q.via.contains { $0.role == .toldTo }
        var parts: [String] = []
        if !toldTo, let cue = q.cue { parts.append(excerpt(text, cue)) }
        if q.cue == nil, q.speaker?.resolution == .continuation { parts.append("continues") }
        for relay in q.via { parts.append("\(Formatting.words(relay.role.rawValue)) \(excerpt(text, relay.span))") }
        return parts.joined(separator: ", ")
    }

    /// Words in quotation marks, unless they open with one already (a quoted sentence).
    static func quoted(_ words: String) -> String {
        guard let first = words.unicodeScalars.first, !["“", "\"", "‘", "«", "„"].contains(first) else { return words }
        return "“\(words)”"
    }

    /// `named`, `anonymous` or `unattributed`, then the relays, social media and hedging.
    static func sourcingWords(_ s: Sourcing) -> String {
        var parts = [s.source == .unattributed ? "unattributed" : s.source.rawValue]
        parts += s.via
        if s.socialMedia { parts.append("social media") }
        if s.hedged { parts.append("hedged") }
        return parts.joined(separator: "; ")
    }
}
