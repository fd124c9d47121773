/// How entity spans are spelled as one tag per token.
///
/// `bio` marks the first token of a name (`B`) and the rest (`I`); `bilou` also marks the last
/// token (`L`) and one-token names (`U`), which lets a linear model learn how names end. Tag 0
/// is always `O` (outside any name); type `k` (the index in ``EntityType/allCases``) at
/// position `p` is tag `1 + k × positions + p`.
public enum NERTagScheme: UInt8, Sendable, CaseIterable {
    case bio = 1
    case bilou = 2

    /// Positions within a name the scheme distinguishes.
    var positions: Int { self == .bio ? 2 : 4 }

    /// Tags including `O`.
    public var tagCount: Int { 1 + EntityType.allCases.count * positions }

    private static let begin = 0, inside = 1, last = 2, unit = 3

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
        switch self {
        case .bio:
            return (0..<length).map { tag(type, position: $0 == 0 ? NERTagScheme.begin : NERTagScheme.inside) }
        case .bilou:
            if length == 1 { return [tag(type, position: NERTagScheme.unit)] }
            return (0..<length).map {
                tag(type, position: $0 == 0 ? NERTagScheme.begin : $0 == length - 1 ? NERTagScheme.last : NERTagScheme.inside)
            }
        }
    }

    /// Whether tag `next` may follow tag `previous` (`-1` for the sentence start).
    func allows(_ previous: Int, _ next: Int) -> Bool {
        let continues = next != 0 && (self == .bio ? position(of: next) == NERTagScheme.inside
            : position(of: next) == NERTagScheme.inside || position(of: next) == NERTagScheme.last)
        let open = previous > 0 && (self == .bio ? true
            : position(of: previous) == NERTagScheme.begin || position(of: previous) == NERTagScheme.inside)
        if self == .bio {
            if !continues { return true }
            return previous > 0 && type(of: previous) == type(of: next)
        }
        if open { return continues && type(of: previous) == type(of: next) }
        return !continues
    }

    /// Whether a sentence may end on tag `t`.
    func allowsEnd(_ t: Int) -> Bool {
        self == .bio || t == 0 || position(of: t) == NERTagScheme.last || position(of: t) == NERTagScheme.unit
    }

    /// The names a tag sequence spells: token ranges relative to the sequence, with their types.
    func spans(_ tags: some Collection<UInt8>) -> [(Range<Int>, EntityType)] {
        var out: [(Range<Int>, EntityType)] = []
        var start = -1
        var current: EntityType? = nil
        for (i, raw) in tags.enumerated() {
            let t = Int(raw)
            let type = self.type(of: t)
            let startsNew = type != nil && (type != current || position(of: t) == NERTagScheme.begin
                || position(of: t) == NERTagScheme.unit)
            if let open = current, type == nil || startsNew {
                out.append((start..<i, open))
                current = nil
            }
            if startsNew {
                start = i
                current = type
            }
            if self == .bilou, let open = current,
                position(of: t) == NERTagScheme.last || position(of: t) == NERTagScheme.unit
            {
                out.append((start..<(i + 1), open))
                current = nil
            }
        }
        if let current { out.append((start..<tags.count, current)) }
        return out
    }
}
