/// Finds the people, organisations and places an article names and groups each one's forms.
///
/// Within an article, `Tomas Hale`, `Mr Hale` and `Hale` become one person;
/// `Tallowby Dockers Union (TDU)` and a later `TDU` one organisation.
///
/// ```swift
/// let index = EntityExtractor().extract(TextView("President Ana Ruiz spoke. Ms Ruiz left."))
/// index.entities.map(\.name)   // ["Ana Ruiz"]
/// ```
public struct EntityExtractor: Sendable {
    /// The tagger that finds names and their types; without one, rules alone find them.
    public var tagger: NERTagger?

    /// An extractor with the bundled model (``NERModel/bundled``).
    public init() { tagger = NERModel.bundled.map(NERTagger.init) }

    /// An extractor with the given tagger, or rules alone.
    public init(tagger: NERTagger?) { self.tagger = tagger }

    /// Extracts mentions and entities from a prepared text.
    public func extract(_ view: TextView) -> EntityIndex {
        let chunker = NameChunker(view: view, findingNames: tagger == nil)
        let chunks = tagger.map { chunker.chunks(tagged: $0.names(in: view)) } ?? chunker.chunks()
        var clusters = EntityClusters(view: view, capacity: chunks.count)
        var chunkEntity = [Int](repeating: -1, count: chunks.count)
        // Typed names first, so an untyped surname can join the person it belongs to.
        for (i, chunk) in chunks.enumerated() where chunk.type != nil {
            chunkEntity[i] = clusters.add(chunk, expanding: chunk.expands.map { chunkEntity[$0] })
        }
        for (i, chunk) in chunks.enumerated() where chunk.type == nil {
            chunkEntity[i] = clusters.add(chunk, expanding: nil)
        }

        var mentions: [EntityMention] = []
        var mentionTokens: [Range<Int>] = []
        var mentionAt = [Int32](repeating: -1, count: view.tokens.count)
        let order = chunks.indices.sorted { chunks[$0].tokens.lowerBound < chunks[$1].tokens.lowerBound }
        for i in order where chunkEntity[i] >= 0 {
            let chunk = chunks[i]
            let entity = chunkEntity[i]
            for k in chunk.tokens { mentionAt[k] = Int32(mentions.count) }
            mentions.append(EntityMention(
                span: view.span(tokens: chunk.tokens), type: clusters.entities[entity].type, entity: entity,
                title: chunk.title, isMetonym: chunk.isMetonym && clusters.entities[entity].type == .place))
            mentionTokens.append(chunk.tokens)
        }
        return EntityIndex(
            entities: clusters.entities, mentions: mentions, mentionTokens: mentionTokens, mentionAt: mentionAt)
    }
}

/// Groups name chunks into entities by the forms a news text uses for one referent.
struct EntityClusters {
    let view: TextView
    var entities: [ArticleEntity] = []
    /// Lowercased name words of each entity's fullest name.
    private var words: [[String]] = []
    private var lastSeen: [Int] = []
    private var counter = 0

    init(view: TextView, capacity: Int = 0) {
        self.view = view
        // Not `entities`, which the article's analysis keeps: several chunks name one entity.
        words.reserveCapacity(capacity)
        lastSeen.reserveCapacity(capacity)
    }

    mutating func add(_ chunk: NameChunk, expanding: Int?) -> Int {
        counter += 1
        let surface = view.text(tokens: chunk.tokens)
        var tokens: [String] = []
        tokens.reserveCapacity(chunk.tokens.count)
        for k in chunk.tokens where view.tokens[k].kind == .word { tokens.append(view.lowercased(token: k)) }
        var type = chunk.type
        var match: Int? = expanding.flatMap { $0 >= 0 ? $0 : nil }
        if match == nil { match = find(tokens, type: type, surface: surface) }
        if type == nil, let m = match { type = entities[m].type }
        guard let m = match else {
            entities.append(ArticleEntity(
                name: surface, type: type ?? .other, aliases: [], titles: chunk.title.map { [$0] } ?? [],
                gender: chunk.gender, roles: chunk.role.map { [$0] } ?? []))
            words.append(tokens)
            lastSeen.append(counter)
            return entities.count - 1
        }
        // In place: a copy of the entity would make each append copy its lists.
        if surface != entities[m].name {
            if tokens.count > words[m].count, entities[m].type == type || type == nil {
                let name = entities[m].name
                if !entities[m].aliases.contains(name) { entities[m].aliases.append(name) }
                entities[m].aliases.removeAll { $0 == surface }
                entities[m].name = surface
                words[m] = tokens
            } else if !entities[m].aliases.contains(surface) {
                entities[m].aliases.append(surface)
            }
        }
        if let title = chunk.title, !entities[m].titles.contains(title) { entities[m].titles.append(title) }
        if let role = chunk.role, !entities[m].roles.contains(role) { entities[m].roles.append(role) }
        if entities[m].gender == .unknown { entities[m].gender = chunk.gender }
        lastSeen[m] = counter
        return m
    }

    private func find(_ tokens: [String], type: EntityType?, surface: String) -> Int? {
        guard !tokens.isEmpty else { return nil }
        // The same name.
        if let same = entities.indices.last(where: { words[$0] == tokens && (type == nil || entities[$0].type == type) }) {
            return same
        }
        let isAcronym = tokens.count == 1 && surface.utf8.count >= 2 && surface.utf8.allSatisfy { $0 &- 65 < 26 }
        if isAcronym || type == .organization {
            for e in entities.indices.reversed() where entities[e].type == .organization {
                if isAcronym, initials(words[e]) == tokens[0] { return e }
                if words[e].count == 1, tokens.count > 1, initials(tokens) == words[e][0],
                    entities[e].name.utf8.allSatisfy({ $0 &- 65 < 26 })
                {
                    return e
                }
                // `Special Operations Forces` and `Ukraine Special Operations Forces`: one ends the other.
                let (short, long) = words[e].count < tokens.count ? (words[e], tokens) : (tokens, words[e])
                if type == .organization, short.count >= 2, short.count < long.count, Array(long.suffix(short.count)) == short {
                    return e
                }
            }
        }
        if type == .place {
            // `Tuva Republic` and `Tuva`, `Kursk region` and `Kursk`: the same place with or without its kind.
            let core = tokens.lazy.filter { !EntityClusters.placeKinds.contains($0) }
            if !core.isEmpty, let e = entities.indices.last(where: {
                entities[$0].type == .place && words[$0].lazy.filter { !EntityClusters.placeKinds.contains($0) }.elementsEqual(core)
            }) {
                return e
            }
        }
        if type == nil || type == .person {
            // A surname or given name alone, or a fuller form of an earlier short one.
            var best: Int? = nil
            for e in entities.indices where entities[e].type == .person {
                let w = words[e]
                let fits: Bool
                if tokens.count == 1 {
                    fits = w.first == tokens[0] || w.last == tokens[0]
                } else if w.count == 1 {
                    fits = tokens.last == w[0] || (tokens.first == w[0] && type == .person)
                } else {
                    fits = w.last == tokens.last && (w.first == tokens.first || w.count != tokens.count)
                }
                if fits, best == nil || lastSeen[e] > lastSeen[best!] { best = e }
            }
            if let best { return best }
        }
        return nil
    }

    private static let placeKinds: Set<String> = [
        "republic", "region", "province", "oblast", "state", "county", "district", "island", "islands", "city",
    ]

    private static let initialsSkip: Set<String> = ["of", "the", "for", "and", "&", "de", "du", "la"]

    private func initials(_ words: [String]) -> String {
        var out = ""
        for word in words where !EntityClusters.initialsSkip.contains(word) {
            if let first = word.first { out.append(first) }
        }
        return out
    }
}
