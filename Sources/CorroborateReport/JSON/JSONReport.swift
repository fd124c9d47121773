public import CorroborateCore

/// Writes an analysis as the versioned JSON contract, schema `corroborate/1`.
///
/// Every item with `text`, `start` and `end` satisfies `article.text[start:end] == item.text`
/// with Unicode scalar (code point) offsets, end exclusive. The contract is documented in
/// `docs/JSON.md` and `docs/corroborate-1.schema.json`.
///
/// ```swift
/// let json = JSONReport().render(corpus)
/// FileHandle.standardOutput.write(Data(json))
/// ```
public struct JSONReport: Sendable {
    /// The schema name written at the top of every document.
    public static let schema = "corroborate/1"

    /// Indent for people; compact for machines.
    public var pretty: Bool

    public init(pretty: Bool = true) {
        self.pretty = pretty
    }

    /// The JSON document for `corpus`, with input problems listed under `errors`.
    public func render(_ corpus: CorpusAnalysis, notices: [InputNotice] = []) -> [UInt8] {
        var w = JSONWriter(pretty: pretty)
        write(corpus, notices, &w)
        var out = w.bytes
        out.append(0x0A)
        return out
    }

    /// Streams the document to `sink` in chunks of about a megabyte, so output of any size
    /// needs little memory.
    public func render(_ corpus: CorpusAnalysis, notices: [InputNotice] = [], to sink: @escaping (ArraySlice<UInt8>) -> Void) {
        var w = JSONWriter(pretty: pretty, sink: sink)
        write(corpus, notices, &w)
        w.flushIfFull(force: true)
        sink([0x0A])
    }

    private func write(_ corpus: CorpusAnalysis, _ notices: [InputNotice], _ w: inout JSONWriter) {
        w.beginObject()
        w.key("schema")
        w.string(JSONReport.schema)
        w.key("generator")
        w.string("corroborate \(Corroborate.version)")
        w.key("articles")
        w.beginArray()
        for (i, analysis) in corpus.articles.enumerated() {
            ArticleJSON(analysis: analysis, links: corpus.entityLinks[i], entities: corpus.entities).write(&w)
            w.flushIfFull()
        }
        w.endArray()
        w.key("entities")
        w.beginArray()
        for entity in corpus.entities {
            write(entity, &w)
            w.flushIfFull()
        }
        w.endArray()
        w.key("stories")
        w.beginArray()
        for story in corpus.stories {
            // A story only cites its own articles: their tables live as long as it does.
            var texts = TextCache(corpus)
            write(story, corpus, &texts, &w)
            w.flushIfFull()
        }
        w.endArray()
        w.key("errors")
        w.beginArray()
        for notice in notices where notice.kind == .error { write(notice, &w) }
        w.endArray()
        w.key("duplicates")
        w.beginArray()
        for notice in notices where notice.kind == .duplicate { write(notice, &w) }
        w.endArray()
        w.endObject()
    }

    private func write(_ e: Entity, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(e.id)
        w.key("name"); w.string(e.name)
        w.key("type"); w.string(e.type.rawValue)
        w.key("aliases"); w.beginArray(); for a in e.aliases { w.string(a) }; w.endArray()
        w.key("titles"); w.beginArray(); for t in e.titles { w.string(t) }; w.endArray()
        w.key("roles"); w.beginArray(); for r in e.roles { w.string(r) }; w.endArray()
        w.endObject()
    }

    private func write(_ story: Story, _ corpus: CorpusAnalysis, _ texts: inout TextCache, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(story.id)
        w.key("title"); w.string(story.title)
        w.key("articles"); w.beginArray()
        for a in story.articles { w.string(corpus.articles[a].article.id) }
        w.endArray()
        w.key("copies"); w.beginArray()
        for group in story.copies {
            w.beginArray(); for a in group { w.string(corpus.articles[a].article.id) }; w.endArray()
        }
        w.endArray()
        w.key("comparisons"); w.beginArray()
        for c in story.comparisons {
            w.beginObject()
            w.key("kind"); w.string(c.kind.rawValue)
            w.key("aspect"); w.string(c.aspect.rawValue)
            w.key("topic"); w.string(c.topic)
            w.key("note"); w.string(c.note)
            w.key("detail"); w.string(c.detail)
            w.key("items"); w.beginArray()
            for item in c.items { write(item, corpus, &texts, &w) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("timeline"); w.beginArray()
        for entry in story.timeline {
            let article = corpus.articles[entry.article].article
            let (bytes, offsets) = texts[entry.article]
            w.beginObject()
            w.key("kind"); w.string(entry.kind.rawValue)
            w.key("value"); w.string(entry.value)
            w.key("day"); w.string(entry.day.description)
            w.key("article"); w.string(article.id)
            ArticleJSON.writeSpan(entry.sentence, bytes, offsets, &w)
            w.key("time"); writeOptionalSpan(entry.time, bytes, offsets, &w)
            w.key("date"); w.string(entry.value)
            w.key("reports"); w.beginArray()
            for report in entry.reports {
                let source = corpus.articles[report.article].article
                let (rb, ro) = texts[report.article]
                w.beginObject()
                w.key("article"); w.string(source.id)
                w.key("outlet"); w.string(source.outlet)
                w.key("date"); w.string(report.value)
                ArticleJSON.writeSpan(report.sentence, rb, ro, &w)
                w.key("time"); writeOptionalSpan(report.time, rb, ro, &w)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("brief"); w.beginArray()
        for sentence in story.brief {
            w.beginObject()
            w.key("kind"); w.string(sentence.kind.rawValue)
            w.key("text"); w.string(sentence.text)
            w.key("citations"); w.beginArray()
            for citation in sentence.citations {
                w.beginObject()
                writePassage(citation.span, of: citation.article, corpus, &texts, &w)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    private func write(_ item: ComparisonItem, _ corpus: CorpusAnalysis, _ texts: inout TextCache, _ w: inout JSONWriter) {
        w.beginObject()
        writePassage(item.span, of: item.article, corpus, &texts, &w)
        w.key("claimant"); w.string(item.claimant)
        w.key("value"); w.string(item.value)
        w.key("asOf"); w.string(item.asOf)
        w.key("edit"); w.string(item.edit)
        w.key("sourcing")
        if let s = item.sourcing {
            w.beginObject()
            w.key("source"); w.string(s.source.rawValue)
            w.key("relayed"); w.bool(s.isRelayed)
            w.key("via"); w.beginArray(); for v in s.via { w.string(v) }; w.endArray()
            w.key("socialMedia"); w.bool(s.socialMedia)
            w.key("hedged"); w.bool(s.hedged)
            w.endObject()
        } else {
            w.null()
        }
        w.key("copies"); w.beginArray()
        for c in item.copies { w.string(corpus.articles[c].article.id) }
        w.endArray()
        w.endObject()
    }

    /// The keys that place a cited passage: its article, the article's outlet and the span.
    private func writePassage(
        _ span: Span, of article: Int, _ corpus: CorpusAnalysis, _ texts: inout TextCache, _ w: inout JSONWriter
    ) {
        let source = corpus.articles[article].article
        let (bytes, offsets) = texts[article]
        w.key("article"); w.string(source.id)
        w.key("outlet"); w.string(source.outlet)
        ArticleJSON.writeSpan(span, bytes, offsets, &w)
    }

    private func writeOptionalSpan(_ span: Span?, _ bytes: [UInt8], _ offsets: ScalarOffsets, _ w: inout JSONWriter) {
        guard let span else { return w.null() }
        w.beginObject()
        ArticleJSON.writeSpan(span, bytes, offsets, &w)
        w.endObject()
    }

    private func write(_ notice: InputNotice, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("source"); w.string(notice.source)
        switch notice.kind {
        case .error:
            w.key("code"); w.string(notice.code)
            w.key("message"); w.string(notice.message)
        case .duplicate:
            w.key("of"); w.string(notice.message)
        }
        w.endObject()
    }
}

/// Article bytes and offset tables, built once per article however many items cite it.
private struct TextCache {
    let corpus: CorpusAnalysis
    private var built: [Int: ([UInt8], ScalarOffsets)] = [:]

    init(_ corpus: CorpusAnalysis) { self.corpus = corpus }

    subscript(article: Int) -> ([UInt8], ScalarOffsets) {
        mutating get {
            if let hit = built[article] { return hit }
            let text = corpus.articles[article].article.text
            let value = (Array(text.utf8), ScalarOffsets(text))
            built[article] = value
            return value
        }
    }
}

/// An input that did not become an article: an error, or a duplicate of an earlier one.
public struct InputNotice: Sendable, Hashable {
    public enum Kind: String, Sendable { case error, duplicate }
    public var kind: Kind
    public var source: String
    /// For errors a stable code (`empty`, `invalidUTF8`, …); empty for duplicates.
    public var code: String
    /// For errors the message; for duplicates the id of the article it repeats.
    public var message: String

    public init(kind: Kind, source: String, code: String = "", message: String) {
        self.kind = kind
        self.source = source
        self.code = code
        self.message = message
    }
}

/// The product's name and version, for generated documents.
public enum Corroborate {
    public static let version = "0.1.0"
}
