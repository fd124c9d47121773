/// The kind of thing a name refers to.
public enum EntityType: String, Sendable, Hashable, CaseIterable, Codable {
    case person, organization, place, other
}

/// One occurrence of a name in an article's text.
public struct EntityMention: Sendable, Hashable, Codable {
    /// The name itself, without a title such as `President` or `Mr`.
    public var span: Span
    public var type: EntityType
    /// Index of the entity in ``ArticleAnalysis/entities``.
    public var entity: Int
    /// A title or role written before the name (`President`, `Academic`, `lawmaker`).
    public var title: String?
    /// Set when a place name stands for its government or people (`Tallowby said`).
    public var isMetonym: Bool

    public init(span: Span, type: EntityType, entity: Int, title: String? = nil, isMetonym: Bool = false) {
        self.span = span
        self.type = type
        self.entity = entity
        self.title = title
        self.isMetonym = isMetonym
    }
}

/// A person, organisation or place named in one article, with every form the article uses.
public struct ArticleEntity: Sendable, Hashable, Codable {
    /// The fullest form of the name in the article (`Petra Lindqvist`).
    public var name: String
    public var type: EntityType
    /// Other forms: surnames, `Mr X`, acronyms and expansions, possessive-free forms.
    public var aliases: [String]
    /// Titles and roles the article gives (`President`, `lawmaker`).
    public var titles: [String]
    /// Roles with the body or place they belong to, as written (`Ukraine's President`,
    /// `South Korean lawmaker`, `Academic`).
    public var roles: [String]
    /// Grammatical gender when a title or pronoun tells it; used to resolve pronouns.
    public var gender: Gender

    public init(
        name: String, type: EntityType, aliases: [String] = [], titles: [String] = [], gender: Gender = .unknown,
        roles: [String] = []
    ) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.titles = titles
        self.roles = roles
        self.gender = gender
    }
}

/// Grammatical gender, as far as English text reveals it.
public enum Gender: String, Sendable, Hashable, Codable {
    case male, female, unknown
}

/// An entity across all the analysed articles: the unit of "who" in stories and reports.
public struct Entity: Sendable, Hashable, Identifiable, Codable {
    /// `e1`, `e2`, … in order of first appearance.
    public var id: String
    public var name: String
    public var type: EntityType
    public var aliases: [String]
    public var titles: [String]
    /// Roles with their body or place (`Ukraine's President`), from every article.
    public var roles: [String]

    public init(id: String, name: String, type: EntityType, aliases: [String], titles: [String], roles: [String] = []) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.titles = titles
        self.roles = roles
    }
}
