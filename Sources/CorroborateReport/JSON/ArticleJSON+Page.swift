import CorroborateCore

extension ArticleJSON {
    /// `byline`, `language`, `metadata` (each value of a web page with its source) and
    /// `original` (digest and location of the input bytes).
    static func writePage(_ article: Article, _ w: inout JSONWriter) {
        w.key("byline"); w.string(article.byline)
        w.key("language"); w.string(article.language)
        w.key("metadata")
        if let m = article.metadata {
            w.beginObject()
            let fields: [(String, PageMetadata.Field?)] = [
                ("title", m.title), ("published", m.published), ("modified", m.modified), ("byline", m.byline),
                ("siteName", m.siteName), ("canonicalUrl", m.canonicalURL), ("language", m.language),
                ("description", m.description),
            ]
            for (name, field) in fields {
                w.key(name)
                if let field {
                    w.beginObject()
                    w.key("value"); w.string(field.value)
                    w.key("source"); w.string(field.source)
                    w.endObject()
                } else {
                    w.null()
                }
            }
            w.endObject()
        } else {
            w.null()
        }
        w.key("original")
        if let o = article.original {
            w.beginObject()
            w.key("sha256"); w.string(o.sha256)
            w.key("path"); w.string(o.path)
            w.key("bytes"); w.int(o.byteCount)
            w.key("contentType"); w.string(o.contentType)
            w.key("encoding"); w.string(o.encoding)
            w.endObject()
        } else {
            w.null()
        }
    }
}
