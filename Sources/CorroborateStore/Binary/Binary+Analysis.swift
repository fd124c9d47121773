import CorroborateCore

// What the extractors find in one article: entities, mentions, quotes, figures.

extension ArticleEntity: BinaryStorable {
    func write(to w: inout BinaryWriter) {
        w.string(name)
        w.raw(type)
        w.strings(aliases)
        w.strings(titles)
        w.strings(roles)
        w.raw(gender)
    }

    init(from r: inout BinaryReader) throws(StoreError) {
        let name = try r.string()
        let type: EntityType = try r.raw()
        let aliases = try r.strings()
        let titles = try r.strings()
        let roles = try r.strings()
        self.init(name: name, type: type, aliases: aliases, titles: titles, gender: try r.raw(), roles: roles)
    }
}

extension EntityMention: BinaryStorable {
    func write(to w: inout BinaryWriter) {
        w.value(span)
        w.raw(type)
        w.int(entity)
        w.optionalString(title)
        w.bool(isMetonym)
    }

    init(from r: inout BinaryReader) throws(StoreError) {
        self.init(span: try r.value(), type: try r.raw(), entity: try r.int(), title: try r.optionalString(), isMetonym: try r.bool())
    }
}

extension Attribution: BinaryStorable {
    func write(to w: inout BinaryWriter) {
        w.value(span)
        w.optionalInt(entity)
        w.raw(resolution)
        w.optional(antecedent)
        w.bool(isAnonymous)
    }

    init(from r: inout BinaryReader) throws(StoreError) {
        self.init(
            span: try r.value(), entity: try r.optionalInt(), resolution: try r.raw(), antecedent: try r.optional(),
            isAnonymous: try r.bool())
    }
}

extension Relay: BinaryStorable {
    func write(to w: inout BinaryWriter) {
        w.value(span)
        w.raw(role)
        w.optionalInt(entity)
    }

    init(from r: inout BinaryReader) throws(StoreError) {
        self.init(span: try r.value(), role: try r.raw(), entity: try r.optionalInt())
    }
}

extension Quote: BinaryStorable {
    func write(to w: inout BinaryWriter) {
        w.value(span)
        w.raw(kind)
        w.optional(speaker)
        w.optional(cue)
        w.array(via)
        w.optionalInt(utterance)
    }

    init(from r: inout BinaryReader) throws(StoreError) {
        self.init(
            span: try r.value(), kind: try r.raw(), speaker: try r.optional(), cue: try r.optional(), via: try r.array(),
            utterance: try r.optionalInt())
    }
}

extension Figure: BinaryStorable {
    func write(to w: inout BinaryWriter) {
        w.value(span)
        w.optionalDouble(value)
        w.optionalDouble(low)
        w.optionalDouble(high)
        w.bool(approximate)
        w.optionalString(hedge)
        w.raw(kind)
        w.optionalString(unit)
        w.optionalString(currency)
        w.optionalString(what)
        w.optional(whatSpan)
        w.optionalString(event)
        w.optional(eventSpan)
        w.optional(claimant)
    }

    init(from r: inout BinaryReader) throws(StoreError) {
        self.init(
            span: try r.value(), value: try r.optionalDouble(), low: try r.optionalDouble(), high: try r.optionalDouble(),
            approximate: try r.bool(), hedge: try r.optionalString())
        kind = try r.raw()
        unit = try r.optionalString()
        currency = try r.optionalString()
        what = try r.optionalString()
        whatSpan = try r.optional()
        event = try r.optionalString()
        eventSpan = try r.optional()
        claimant = try r.optional()
    }
}

extension ArticleAnalysis: BinaryStorable {
    /// The grouping words and headline names are not kept: the story index holds them.
    func write(to w: inout BinaryWriter) { write(to: &w, id: article.id) }

    /// Written with its article under another id.
    func write(to w: inout BinaryWriter, id: String) {
        article.write(to: &w, id: id)
        w.array(entities)
        w.array(mentions)
        w.array(quotes)
        w.array(figures)
        w.array(times)
        w.optional(publishedRange)
    }

    init(from r: inout BinaryReader) throws(StoreError) {
        self.init(
            article: try r.value(), entities: try r.array(), mentions: try r.array(), quotes: try r.array(),
            figures: try r.array(), times: try r.array(), publishedRange: try r.optional())
    }
}
