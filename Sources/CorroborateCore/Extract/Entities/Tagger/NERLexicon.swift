/// Gazetteers the tagger reads as features, beyond the shared word classes.
///
/// The single words get their own class bits (49–52 of ``WordClass``'s space, kept out of the
/// shared table so that other extractors are unaffected); multi-word names extend the shared
/// phrase lexicon. The lists are in ``NERGazetteerData``.
enum NERLexicon {
    /// Family names frequent in international news.
    static let surname: UInt64 = 1 << 49
    /// Cities, regions and geographic features beyond the shared place list.
    static let placeName: UInt64 = 1 << 50
    /// Companies, agencies, parties, clubs and media beyond the shared organisation list.
    static let organizationName: UInt64 = 1 << 51
    /// Events, languages, religions and other names of the `other` kind.
    static let otherName: UInt64 = 1 << 52

    static let classBits = surname | placeName | organizationName | otherName

    static let words: Lexicon<UInt64> = {
        var pairs: [(String, UInt64)] = []
        for (list, bit) in [
            (NERGazetteerData.surnames, surname), (NERGazetteerData.places, placeName),
            (NERGazetteerData.organizations, organizationName), (NERGazetteerData.others, otherName),
        ] {
            for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) { pairs.append((String(word), bit)) }
        }
        return Lexicon(pairs, merge: { $0 | $1 })
    }()

    static let phrases: Lexicon<EntityType> = {
        var pairs: [(String, EntityType)] = []
        for (list, type) in [
            (NERGazetteerData.placePhrases, EntityType.place), (NERGazetteerData.organizationPhrases, .organization),
            (NERGazetteerData.otherPhrases, .other),
        ] {
            for line in Lexicon<EntityType>.entries(list) { pairs.append((line, type)) }
        }
        return Lexicon(pairs)
    }()

    /// First words of the multi-word names: matching starts only at one of them.
    static let phraseStarts: Lexicon<Bool> = {
        var pairs: [(String, Bool)] = []
        for list in [LexiconData.placePhrases, LexiconData.organizationPhrases, NERGazetteerData.placePhrases,
                     NERGazetteerData.organizationPhrases, NERGazetteerData.otherPhrases] {
            for line in Lexicon<Bool>.entries(list) where line.contains(" ") {
                pairs.append((String(line.prefix { $0 != " " }), true))
            }
        }
        return Lexicon(pairs)
    }()

    /// Whether token `k` can begin a multi-word name.
    @inline(__always)
    static func startsPhrase(_ view: TextView, token k: Int) -> Bool {
        let t = view.tokens[k]
        return view.bytes.withUnsafeBufferPointer {
            phraseStarts.lookup(UnsafeBufferPointer(rebasing: $0[Int(t.start)..<Int(t.end)])) != nil
        }
    }

    /// The most tokens a gazetteer phrase spans.
    static let longestPhrase = 6

    static func classes(of word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        words.lookup(word) ?? 0
    }

    /// The type of a multi-word name given lowercased or not, words joined by single spaces.
    static func phraseType(_ key: UnsafeBufferPointer<UInt8>) -> EntityType? {
        Lexicons.phrases.lookup(key) ?? phrases.lookup(key)
    }
}
