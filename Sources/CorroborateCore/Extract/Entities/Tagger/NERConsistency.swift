/// One name, one reading per article: a capitalised word sequence the tagger marked as a name
/// somewhere in the article is a name wherever else it appears untagged, and everywhere has
/// the type it was given most often (ties keep each tag); a person's surname alone counts as
/// the person.
///
/// A linear tagger sees five tokens; it misses `Limbaugh continued:` at a paragraph start
/// even after tagging `Rush Limbaugh` twice. Words also written in lower case in the article
/// (`May`, `Bill`) are left alone.
enum NERConsistency {
    static let longest = 4

    static func fill(
        _ names: [(tokens: Range<Int>, type: EntityType)], view: TextView, context: NERContext
    ) -> [(tokens: Range<Int>, type: EntityType)] {
        guard !names.isEmpty else { return names }
        var tagged = [Bool](repeating: false, count: view.tokens.count)
        var votes = Votes(capacity: 2 * names.count)
        // The first words of the names: a sequence that starts with none of them is skipped at once.
        var starts = Votes(capacity: 2 * names.count)
        func key(_ r: Range<Int>) -> UInt64 {
            var h = UInt64(r.count)
            for k in r { h = NERHash.combine(h, context.exact[k]) }
            return h
        }
        for (r, type) in names {
            for k in r { tagged[k] = true }
            guard r.count <= longest else { continue }
            votes.add(key(r), NERTagScheme.typeIndex(type))
            starts.add(context.exact[r.lowerBound], 0)
            if type == .person, r.count > 1 {
                votes.add(key((r.upperBound - 1)..<r.upperBound), 0)
                starts.add(context.exact[r.upperBound - 1], 0)
            }
        }
        var added: [(tokens: Range<Int>, type: EntityType)] = []
        for sentence in view.sentences {
            var k = sentence.tokens.lowerBound
            let upper = sentence.tokens.upperBound
            while k < upper {
                guard !tagged[k], starts[context.exact[k]] != nil, isNameLike(k, view, context) else {
                    k += 1
                    continue
                }
                var found: (Int, EntityType)? = nil
                var length = min(longest, upper - k)
                while length > 0, found == nil {
                    let r = k..<(k + length)
                    if r.allSatisfy({ !tagged[$0] }), isNameLike(r.upperBound - 1, view, context), let v = votes[key(r)] {
                        var best = 0
                        for t in 1..<4 where v[t] > v[best] { best = t }
                        found = (length, EntityType.allCases[best])
                    }
                    length -= 1
                }
                if let (length, type) = found {
                    added.append((k..<(k + length), type))
                    k += length
                } else {
                    k += 1
                }
            }
        }
        // The same words tagged with different types: the type most of them got.
        var out = names
        for i in out.indices where out[i].tokens.count <= longest {
            guard let v = votes[key(out[i].tokens)] else { continue }
            var best = NERTagScheme.typeIndex(out[i].type)
            for t in 0..<4 where v[t] > v[best] { best = t }
            out[i].type = EntityType.allCases[best]
        }
        guard !added.isEmpty else { return out }
        return (out + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// A capitalised word that is never written in lower case in the article.
    private static func isNameLike(_ k: Int, _ view: TextView, _ context: NERContext) -> Bool {
        let c = context.caseClass[k]
        guard c == 1 || c == 3 || c == 2, view.tokens[k].length > 1 else { return false }
        if context.documentCase[k] & NERContext.DocumentCase.lower != 0 { return false }
        let classes = view.tokens[k].classes
        return !classes.contains(.function) && !classes.contains(.sentenceStarter) && !classes.contains(.pronoun)
    }
}

/// Type votes by name key: a small open-addressing map that an article builds and drops.
private struct Votes {
    private var keys: [UInt64]
    private var counts: [SIMD4<Int32>]
    private let mask: Int

    init(capacity n: Int) {
        var c = 16
        while c < n * 2 { c <<= 1 }
        keys = [UInt64](repeating: 0, count: c)
        counts = [SIMD4<Int32>](repeating: .zero, count: c)
        mask = c - 1
    }

    private func slot(_ key: UInt64) -> Int {
        let k = key | 1
        var slot = Int(truncatingIfNeeded: k >> 13) & mask
        while keys[slot] != 0, keys[slot] != k { slot = (slot + 1) & mask }
        return slot
    }

    mutating func add(_ key: UInt64, _ type: Int) {
        let s = slot(key)
        keys[s] = key | 1
        counts[s][type] += 1
    }

    subscript(_ key: UInt64) -> SIMD4<Int32>? {
        let s = slot(key)
        return keys[s] == 0 ? nil : counts[s]
    }
}
