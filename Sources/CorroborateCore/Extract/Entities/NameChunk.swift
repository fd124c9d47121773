/// A name found in the text, before mentions are grouped into entities.
struct NameChunk: Sendable, Hashable {
    /// The name's tokens (no title, no possessive).
    var tokens: Range<Int>
    var type: EntityType?
    /// Title or role words written before the name, as printed (`President`, `lawmaker`).
    var title: String?
    /// The role the text gives the person, with its body or place when written with it:
    /// `Ukraine's President`, `South Korean lawmaker`, `Academic`.
    var role: String?
    var gender: Gender = .unknown
    /// A place standing for its government (`Tallowby said`).
    var isMetonym = false
    /// For `Full Name (ACRONYM)`: the acronym chunk's index links back to the full name's.
    var expands: Int?
}

/// Entity results shared with the other extractors, in token space.
public struct EntityIndex: Sendable {
    public var entities: [ArticleEntity]
    public var mentions: [EntityMention]
    /// Token range of each mention, parallel to ``mentions``.
    public var mentionTokens: [Range<Int>]
    /// For each token, the mention covering it, or -1.
    public var mentionAt: [Int32]

    /// The mention covering token `k`, if any.
    public func mention(at k: Int) -> Int? {
        guard k >= 0, k < mentionAt.count, mentionAt[k] >= 0 else { return nil }
        return Int(mentionAt[k])
    }
}
