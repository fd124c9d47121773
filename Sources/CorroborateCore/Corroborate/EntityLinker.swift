/// Links each article's entities into entities across the batch.
///
/// Within a story the same surname or acronym names the same referent (an article that says
/// only `Ruiz` joins the one that says `Ana Ruiz`); across stories only the
/// same full name links, since a surname alone is too weak a key between unrelated reports.
struct EntityLinker {
    private(set) var entities: [Entity] = []
    private var byName: [String: Int] = [:]
    private var byStoryWord: [String: Int] = [:]

    /// Links the entities of one article (in story order) and returns their global indices.
    mutating func link(_ local: [ArticleEntity], story: Int) -> [Int] {
        local.map { entity in
            let full = key(entity.name, entity.type)
            let words = entity.name.split(separator: " ").map { $0.lowercased() }
            var found = byName[full]
            if found == nil, entity.type == .person, let last = words.last {
                found = byStoryWord["\(story)|p|\(last)"]
            }
            if found == nil, entity.type == .place {
                found = byStoryWord["\(story)|l|\(placeCore(entity.name))"]
            }
            if found == nil, entity.type == .organization {
                for alias in [entity.name] + entity.aliases {
                    if let f = byName[key(alias, .organization)] ?? byStoryWord["\(story)|o|\(alias.lowercased())"] {
                        found = f
                        break
                    }
                }
            }
            let index: Int
            if let found {
                index = found
                merge(entity, into: index)
            } else {
                index = entities.count
                entities.append(Entity(
                    id: "e\(entities.count + 1)", name: entity.name, type: entity.type, aliases: entity.aliases,
                    titles: entity.titles, roles: entity.roles))
            }
            byName[full] = index
            for alias in entity.aliases { byName[key(alias, entity.type)] = byName[key(alias, entity.type)] ?? index }
            if entity.type == .person, let last = words.last, words.count > 1 {
                byStoryWord["\(story)|p|\(last)"] = index
            }
            if entity.type == .place {
                byStoryWord["\(story)|l|\(placeCore(entity.name))"] = index
            }
            if entity.type == .organization {
                for alias in entity.aliases + [entity.name] where alias.utf8.allSatisfy({ $0 &- 65 < 26 }) {
                    byStoryWord["\(story)|o|\(alias.lowercased())"] = index
                }
            }
            return index
        }
    }

    /// A place's name without the word for its kind: `Tuva Republic` and `Tuva` are one place.
    private func placeCore(_ name: String) -> String {
        let lower = name.lowercased()
        guard lower.contains(" ") else { return lower }
        let words = lower.split(separator: " ")
        let core = words.filter { !EntityLinker.placeKinds.contains($0) }
        return (core.isEmpty ? words : core).joined(separator: " ")
    }

    private static let placeKinds: Set<Substring> = [
        "republic", "region", "province", "oblast", "state", "county", "district", "island", "islands", "city",
    ]

    private func key(_ name: String, _ type: EntityType) -> String { "\(type.rawValue)|\(name.lowercased())" }

    private mutating func merge(_ entity: ArticleEntity, into index: Int) {
        var e = entities[index]
        if entity.name.count > e.name.count, entity.type == e.type {
            if !e.aliases.contains(e.name) { e.aliases.append(e.name) }
            e.name = entity.name
        } else if entity.name != e.name, !e.aliases.contains(entity.name) {
            e.aliases.append(entity.name)
        }
        for alias in entity.aliases where alias != e.name && !e.aliases.contains(alias) { e.aliases.append(alias) }
        e.aliases.removeAll { $0 == e.name }
        for title in entity.titles where !e.titles.contains(title) { e.titles.append(title) }
        for role in entity.roles where !e.roles.contains(role) { e.roles.append(role) }
        entities[index] = e
    }
}
