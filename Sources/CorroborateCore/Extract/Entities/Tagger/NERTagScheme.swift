/// How entity spans are spelled as one tag per token.
///
/// `bio` marks the first token of a name (`B`) and the rest (`I`). Tag 0 is always `O`
/// (outside any name); type `k` (the index in ``EntityType/allCases``) at position `p` is tag
/// `1 + k × positions + p`. (BILOU, which also marks last and one-token names, scored no better
/// on CoNLL dev and needs 17 tags, more than one SIMD vector of scores holds.)
public enum NERTagScheme: UInt8, Sendable, CaseIterable {
    case bio = 1

    /// Positions within a name the scheme distinguishes.
    var positions: Int { 2 }

    /// Tags including `O`.
    public var tagCount: Int { 1 + EntityType.allCases.count * positions }

    private static let begin = 0, inside = 1

    func tag(_ type: EntityType, position p: Int) -> Int {
        1 + NERTagScheme.typeIndex(type) * positions + p
    }

    static func typeIndex(_ type: EntityType) -> Int {
        switch type {
        case .person: 0
        case .organization: 1
        case .place: 2
        case .other: 3
        }
    }

    /// The entity type of tag `t`, or nil for `O`.
    func type(of t: Int) -> EntityType? {
        t == 0 ? nil : EntityType.allCases[(t - 1) / positions]
    }

    private func position(of t: Int) -> Int { (t - 1) % positions }

    /// The tags for a name of `length` tokens.
    func tags(for type: EntityType, length: Int) -> [Int] {
        (0..<length).map { tag(type, position: $0 == 0 ? NERTagScheme.begin : NERTagScheme.inside) }
    }

    /// Whether tag `next` may follow tag `previous` (`-1` for the sentence start): an `I-` tag
    /// only continues a name of its own type.
    func allows(_ previous: Int, _ next: Int) -> Bool {
        guard next != 0, position(of: next) == NERTagScheme.inside else { return true }
        return previous > 0 && type(of: previous) == type(of: next)
    }

    /// Whether a sentence may end on tag `t`.
    func allowsEnd(_ t: Int) -> Bool { true }

    /// The names a tag sequence spells: token ranges relative to the sequence, with their types.
    func spans(_ tags: some Collection<UInt8>) -> [(Range<Int>, EntityType)] {
        var out: [(tokens: Range<Int>, type: EntityType)] = []
        spans(tags, offset: 0, into: &out)
        return out.map { ($0.tokens, $0.type) }
    }

    /// Appends the spans of `tags` to `out`, each moved by `offset` (a sentence's first token),
    /// so that tagging a text fills one list rather than one per sentence.
    func spans(_ tags: some Collection<UInt8>, offset: Int, into out: inout [(tokens: Range<Int>, type: EntityType)]) {
        var start = -1
        var current: EntityType? = nil
        for (i, raw) in tags.enumerated() {
            let t = Int(raw)
            let type = self.type(of: t)
            let startsNew = type != nil && (type != current || position(of: t) == NERTagScheme.begin)
            if let open = current, type == nil || startsNew {
                out.append(((offset + start)..<(offset + i), open))
                current = nil
            }
            if startsNew {
                start = i
                current = type
            }
        }
        if let current { out.append(((offset + start)..<(offset + tags.count), current)) }
    }
}
