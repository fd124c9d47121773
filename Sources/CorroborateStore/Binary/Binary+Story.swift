import CorroborateCore

// What corroborating a story finds: entities across its articles, comparisons, timeline, brief.

extension Entity: BinaryStorable {
    func write(to w: inout BinaryWriter) {
        w.string(id)
        w.string(name)
        w.raw(type)
        w.strings(aliases)
        w.strings(titles)
        w.strings(roles)
    }

    init(from r: inout BinaryReader) throws(StoreError) {
        self.init(
            id: try r.string(), name: try r.string(), type: try r.raw(), aliases: try r.strings(), titles: try r.strings(),
            roles: try r.strings())
    }
}

extension Sourcing: BinaryStorable {
    func write(to w: inout BinaryWriter) {
        w.raw(source)
        w.strings(via)
        w.bool(socialMedia)
        w.bool(hedged)
    }

    init(from r: inout BinaryReader) throws(StoreError) {
        self.init(source: try r.raw(), via: try r.strings(), socialMedia: try r.bool(), hedged: try r.bool())
    }
}

extension ComparisonItem: BinaryStorable {
    func write(to w: inout BinaryWriter) {
        w.int(article)
        w.value(span)
        w.optionalString(claimant)
        w.optionalString(value)
        w.optional(sourcing)
        w.optionalString(asOf)
        w.optionalString(edit)
        w.array(copies) { $0.int($1) }
    }

    init(from r: inout BinaryReader) throws(StoreError) {
        self.init(
            article: try r.int(), span: try r.value(), claimant: try r.optionalString(), value: try r.optionalString(),
            sourcing: try r.optional(), asOf: try r.optionalString(), edit: try r.optionalString(),
            copies: try r.array { r throws(StoreError) in try r.int() })
    }
}

extension Comparison: BinaryStorable {
    func write(to w: inout BinaryWriter) {
        w.raw(kind)
        w.raw(aspect)
        w.string(topic)
        w.array(items)
        w.optionalString(note)
        w.optionalString(detail)
    }

    init(from r: inout BinaryReader) throws(StoreError) {
        self.init(
            kind: try r.raw(), aspect: try r.raw(), topic: try r.string(), items: try r.array(), note: try r.optionalString(),
            detail: try r.optionalString())
    }
}

extension TimelineReport: BinaryStorable {
    func write(to w: inout BinaryWriter) {
        w.int(article)
        w.value(sentence)
        w.optional(time)
        w.string(value)
    }

    init(from r: inout BinaryReader) throws(StoreError) {
        self.init(article: try r.int(), sentence: try r.value(), time: try r.optional(), value: try r.string())
    }
}

extension TimelineEntry: BinaryStorable {
    func write(to w: inout BinaryWriter) {
        w.raw(kind)
        w.string(value)
        w.value(day)
        w.int(article)
        w.value(sentence)
        w.optional(time)
        w.array(reports)
    }

    init(from r: inout BinaryReader) throws(StoreError) {
        self.init(
            kind: try r.raw(), value: try r.string(), day: try r.value(), article: try r.int(), sentence: try r.value(),
            time: try r.optional(), reports: try r.array())
    }
}

extension Citation: BinaryStorable {
    func write(to w: inout BinaryWriter) {
        w.int(article)
        w.value(span)
    }

    init(from r: inout BinaryReader) throws(StoreError) { self.init(article: try r.int(), span: try r.value()) }
}

extension BriefSentence: BinaryStorable {
    func write(to w: inout BinaryWriter) {
        w.raw(kind)
        w.string(text)
        w.array(citations)
    }

    init(from r: inout BinaryReader) throws(StoreError) {
        self.init(kind: try r.raw(), text: try r.string(), citations: try r.array())
    }
}

extension StoryRecord: BinaryStorable {
    func write(to w: inout BinaryWriter) {
        w.array(members) { $0.int(Int($1)) }
        w.string(title)
        w.array(comparisons)
        w.array(timeline)
        w.optional(brief) { $0.array($1) }
        w.array(entities)
        w.array(entityLinks) { w, links in w.array(links) { $0.int($1) } }
        w.array(ranges) { $0.optional($1) }
        w.array(times) { w, times in w.optional(times) { $0.array($1) } }
        w.optional(copies) { w, copies in w.array(copies) { w, group in w.array(group) { $0.int($1) } } }
    }

    init(from r: inout BinaryReader) throws(StoreError) {
        members = try r.array { r throws(StoreError) in Int64(try r.int()) }
        title = try r.string()
        comparisons = try r.array()
        timeline = try r.array()
        brief = try r.optional { r throws(StoreError) in try r.array() }
        entities = try r.array()
        entityLinks = try r.array { r throws(StoreError) in try r.array { r throws(StoreError) in try r.int() } }
        ranges = try r.array { r throws(StoreError) in try r.optional() }
        times = try r.array { r throws(StoreError) in try r.optional { r throws(StoreError) in try r.array() } }
        copies = try r.optional { r throws(StoreError) in
            try r.array { r throws(StoreError) in try r.array { r throws(StoreError) in try r.int() } }
        }
    }
}
