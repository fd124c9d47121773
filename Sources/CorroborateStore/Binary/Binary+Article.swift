import CorroborateCore

// An article and the values its fields hold.

extension Span: BinaryStorable {
    func write(to w: inout BinaryWriter) {
        w.int(start)
        // The length is small where the end offset is not.
        w.int(end - start)
    }

    init(from r: inout BinaryReader) throws(StoreError) {
        let start = try r.int()
        self.init(start, start + (try r.int()))
    }
}

extension CivilDate: BinaryStorable {
    func write(to w: inout BinaryWriter) { w.int(dayNumber) }

    init(from r: inout BinaryReader) throws(StoreError) { self.init(dayNumber: try r.int()) }
}

extension DateRange: BinaryStorable {
    func write(to w: inout BinaryWriter) {
        w.value(from)
        w.value(to)
        w.string(basis)
    }

    init(from r: inout BinaryReader) throws(StoreError) {
        self.init(from: try r.value(), to: try r.value(), basis: try r.string())
    }
}

extension Caption: BinaryStorable {
    func write(to w: inout BinaryWriter) {
        w.value(span)
        w.optionalString(credit)
        w.int(printed)
    }

    init(from r: inout BinaryReader) throws(StoreError) {
        self.init(span: try r.value(), credit: try r.optionalString(), printed: try r.int())
    }
}

extension PageMetadata.Field: BinaryStorable {
    func write(to w: inout BinaryWriter) {
        w.string(value)
        w.string(source)
    }

    init(from r: inout BinaryReader) throws(StoreError) {
        self.init(try r.string(), source: try r.string())
    }
}

extension PageMetadata: BinaryStorable {
    func write(to w: inout BinaryWriter) {
        for field in [title, published, modified, byline, siteName, canonicalURL, language, description] { w.optional(field) }
    }

    init(from r: inout BinaryReader) throws(StoreError) {
        self.init()
        title = try r.optional()
        published = try r.optional()
        modified = try r.optional()
        byline = try r.optional()
        siteName = try r.optional()
        canonicalURL = try r.optional()
        language = try r.optional()
        description = try r.optional()
    }
}

extension OriginalInput: BinaryStorable {
    func write(to w: inout BinaryWriter) {
        w.string(sha256)
        w.optionalString(path)
        w.int(byteCount)
        w.optionalString(contentType)
        w.optionalString(encoding)
    }

    init(from r: inout BinaryReader) throws(StoreError) {
        self.init(
            sha256: try r.string(), path: try r.optionalString(), byteCount: try r.int(), contentType: try r.optionalString(),
            encoding: try r.optionalString())
    }
}

extension Article: BinaryStorable {
    /// Everything but the text, which the store keeps in its own column for full-text search.
    func write(to w: inout BinaryWriter) { write(to: &w, id: id) }

    /// Written under another id (the key a collection stored it under), without copying it.
    func write(to w: inout BinaryWriter, id: String) {
        w.string(id)
        w.string(source)
        w.optionalString(url)
        w.optionalString(outlet)
        w.optionalString(siteLabel)
        w.optionalString(title)
        w.optional(published)
        w.array(captions)
        w.strings(relatedLinks)
        w.strings(wireCredits)
        w.string(digest)
        w.optionalString(byline)
        w.optionalString(language)
        w.optional(metadata)
        w.optional(original)
    }

    /// The article with an empty text; the caller puts the stored text back.
    init(from r: inout BinaryReader) throws(StoreError) {
        self.init(
            id: try r.string(), source: try r.string(), url: try r.optionalString(), outlet: try r.optionalString(),
            siteLabel: try r.optionalString(), title: try r.optionalString(), published: try r.optional(), text: "",
            captions: try r.array(), relatedLinks: try r.strings(), wireCredits: try r.strings(), digest: try r.string())
        byline = try r.optionalString()
        language = try r.optionalString()
        metadata = try r.optional()
        original = try r.optional()
    }
}
