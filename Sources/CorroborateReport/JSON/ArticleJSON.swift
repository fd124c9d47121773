import CorroborateCore

/// One article of the JSON contract: metadata, text, and every extracted item with offsets.
struct ArticleJSON {
    let analysis: ArticleAnalysis
    /// Global entity index of each of the article's entities.
    let links: [Int]
    let entities: [Entity]

    func write(_ w: inout JSONWriter) {
        let article = analysis.article
        let bytes = Array(article.text.utf8)
        let offsets = ScalarOffsets(article.text)
        w.beginObject()
        w.key("id"); w.string(article.id)
        w.key("source"); w.string(article.source)
        w.key("url"); w.string(article.url)
        w.key("outlet"); w.string(article.outlet)
        w.key("siteLabel"); w.string(article.siteLabel)
        w.key("title"); w.string(article.title)
        w.key("published"); w.string(article.published?.description)
        w.key("publishedRange")
        if let range = analysis.publishedRange {
            w.beginObject()
            w.key("from"); w.string(range.from.description)
            w.key("to"); w.string(range.to.description)
            w.key("basis"); w.string(range.basis)
            w.endObject()
        } else {
            w.null()
        }
        w.key("text"); w.string(article.text)
        w.key("captions"); w.beginArray()
        for caption in article.captions {
            w.beginObject()
            ArticleJSON.writeSpan(caption.span, bytes, offsets, &w)
            w.key("credit"); w.string(caption.credit)
            w.key("printed"); w.int(caption.printed)
            w.endObject()
        }
        w.endArray()
        w.key("relatedLinks"); w.beginArray(); for r in article.relatedLinks { w.string(r) }; w.endArray()
        w.key("wireCredits"); w.beginArray(); for c in article.wireCredits { w.string(c) }; w.endArray()
        ArticleJSON.writePage(article, &w)

        w.key("entities"); w.beginArray()
        for m in analysis.mentions {
            w.beginObject()
            ArticleJSON.writeSpan(m.span, bytes, offsets, &w)
            w.key("type"); w.string(m.type.rawValue)
            w.key("entity"); w.string(entityID(m.entity))
            w.key("title"); w.string(m.title)
            w.key("metonym"); w.bool(m.isMetonym)
            w.endObject()
        }
        w.endArray()

        w.key("quotes"); w.beginArray()
        for q in analysis.quotes {
            w.beginObject()
            ArticleJSON.writeSpan(q.span, bytes, offsets, &w)
            w.key("kind"); w.string(q.kind.rawValue)
            w.key("speaker"); writeAttribution(q.speaker, bytes, offsets, &w)
            w.key("cue")
            if let cue = q.cue {
                w.beginObject()
                ArticleJSON.writeSpan(cue, bytes, offsets, &w)
                w.endObject()
            } else {
                w.null()
            }
            w.key("via"); w.beginArray()
            for relay in q.via {
                w.beginObject()
                ArticleJSON.writeSpan(relay.span, bytes, offsets, &w)
                w.key("role"); w.string(relay.role.rawValue)
                w.key("entity"); w.string(relay.entity.flatMap(entityID))
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()

        w.key("figures"); w.beginArray()
        for f in analysis.figures {
            w.beginObject()
            ArticleJSON.writeSpan(f.span, bytes, offsets, &w)
            w.key("kind"); w.string(f.kind.rawValue)
            w.key("value"); w.number(f.value)
            w.key("low"); w.number(f.low)
            w.key("high"); w.number(f.high)
            w.key("approximate"); w.bool(f.approximate)
            w.key("hedge"); w.string(f.hedge)
            w.key("unit"); w.string(f.unit)
            w.key("currency"); w.string(f.currency)
            w.key("what"); w.string(f.what)
            w.key("event"); w.string(f.event)
            w.key("claimant"); writeAttribution(f.claimant, bytes, offsets, &w)
            w.endObject()
        }
        w.endArray()

        w.key("times"); w.beginArray()
        for t in analysis.times {
            w.beginObject()
            ArticleJSON.writeSpan(t.span, bytes, offsets, &w)
            w.key("type"); w.string(t.type.rawValue)
            w.key("value"); w.string(t.value)
            w.key("anchor"); w.string(t.anchor.rawValue)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    private func entityID(_ local: Int) -> String? {
        guard local >= 0, local < links.count else { return nil }
        return entities[links[local]].id
    }

    private func writeAttribution(_ a: Attribution?, _ bytes: [UInt8], _ offsets: ScalarOffsets, _ w: inout JSONWriter) {
        guard let a else { return w.null() }
        w.beginObject()
        ArticleJSON.writeSpan(a.span, bytes, offsets, &w)
        w.key("entity"); w.string(a.entity.flatMap(entityID))
        w.key("name"); w.string(a.entity.flatMap { links.indices.contains($0) ? entities[links[$0]].name : nil })
        w.key("resolution"); w.string(a.resolution.rawValue)
        w.key("antecedent")
        if let antecedent = a.antecedent {
            w.beginObject()
            ArticleJSON.writeSpan(antecedent, bytes, offsets, &w)
            w.endObject()
        } else {
            w.null()
        }
        w.endObject()
    }

    /// Writes `text`, `start`, `end` for a byte span, in scalar offsets.
    static func writeSpan(_ span: Span, _ bytes: [UInt8], _ offsets: ScalarOffsets, _ w: inout JSONWriter) {
        let s = max(0, min(span.start, bytes.count))
        let e = max(s, min(span.end, bytes.count))
        w.key("text"); w.string(String(decoding: bytes[s..<e], as: UTF8.self))
        w.key("start"); w.int(offsets(s))
        w.key("end"); w.int(offsets(e))
    }
}
