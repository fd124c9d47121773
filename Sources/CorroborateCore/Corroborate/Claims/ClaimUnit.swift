/// One sentence of an article as claim alignment sees it: the concepts it states, the names it
/// mentions and the slots two outlets can fill differently.
struct ClaimUnit {
    /// The state of people a sentence places something with (`found on the body of …`,
    /// `recovered from the prisoners`).
    enum PersonState: String {
        case dead, held, alive

        /// Whether one person can be in both states: a wounded captive can; a dead one is
        /// neither held nor alive.
        func excludes(_ other: PersonState) -> Bool { self != other && (self == .dead || other == .dead) }
    }

    var article: Int
    /// The sentence's number among the article's sentences that are not captions.
    var rank: Int
    var sentence: Span
    /// Sorted, unique concept ids: word groups and stems, and `entity` ids for names.
    var concepts: [UInt64]
    /// Each concept's first surface words, in text order, for saying what a claim is about.
    var surface: [(concept: UInt64, span: Span)]
    /// Global ids of the entities the sentence names.
    var entities: Set<Int>
    /// The state of the people whom something was found with, when the sentence says.
    var foundWith: PersonState?
    /// What the sentence says was found (`diary`, `documents`), as concepts.
    var found: [UInt64]
    /// Day-precise dates the sentence gives (`2025-01-09`).
    var days: [String]
    var wordCount: Int
    /// The sentence holds a figure.
    var hasFigure: Bool

    /// A concept id for an entity, apart from word concepts.
    static func entityConcept(_ global: Int) -> UInt64 { 0xE000_0000_0000_0000 | UInt64(global) }
}

extension ClaimUnit {
    /// The units of one article: every sentence outside captions with at least five words.
    static func units(of analysis: ArticleAnalysis, article: Int, links: [Int]) -> [ClaimUnit] {
        let view = TextView(analysis.article.text, captions: analysis.article.captions.map(\.span))
        // Mentions in text order, to give their words the entity's concept.
        let mentions = analysis.mentions.sorted { $0.span.start < $1.span.start }
        var units: [ClaimUnit] = []
        var m = 0
        var rank = 0
        view.bytes.withUnsafeBufferPointer { bytes in
            var words: [Word] = []
            for sentence in view.sentences where !sentence.isCaption {
                words.removeAll(keepingCapacity: true)
                var concepts: Set<UInt64> = []
                var surface: [(concept: UInt64, span: Span)] = []
                var entities: Set<Int> = []
                var count = 0
                var speech: [Span] = []
                for k in sentence.tokens {
                    let t = view.tokens[k]
                    let original = view.span(token: k)
                    guard t.kind == .word else {
                        words.append(Word(span: original, isBoundary: t.kind != .possessive))
                        continue
                    }
                    count += 1
                    if t.classes.contains(.reportingVerb) { speech.append(original) }
                    while m < mentions.count, mentions[m].span.end <= original.start { m += 1 }
                    if m < mentions.count, mentions[m].span.start <= original.start, original.end <= mentions[m].span.end {
                        let local = mentions[m].entity
                        if local < links.count {
                            entities.insert(links[local])
                            let c = ClaimUnit.entityConcept(links[local])
                            if concepts.insert(c).inserted { surface.append((c, mentions[m].span)) }
                        }
                        words.append(Word(span: original))
                        continue
                    }
                    let s = Int(t.start)
                    let e = Int(t.end)
                    let concept = ClaimVocabulary.concept(bytes, s, e)
                    let content = t.length >= 3 && t.classes.isDisjoint(with: skipped)
                    words.append(Word(
                        span: original, hash: ClaimVocabulary.wordHash(bytes, s, e), concept: concept, isContent: content,
                        isPerson: !t.classes.isDisjoint(with: [.roleNoun, .countNoun])))
                    if content, concepts.insert(concept).inserted { surface.append((concept, original)) }
                }
                if let phrase = suicide(words), concepts.insert(ClaimVocabulary.suicideConcept).inserted {
                    surface.append((ClaimVocabulary.suicideConcept, phrase))
                }
                let number = rank
                rank += 1
                guard count >= 5 else { continue }
                let span = view.span(sentence.start, sentence.end)
                units.append(ClaimUnit(
                    article: article, rank: number, sentence: span, concepts: concepts.sorted(), surface: surface,
                    entities: entities, foundWith: foundWith(words), found: found(words),
                    days: analysis.times.compactMap { t in
                        guard t.type == .date, span.contains(t.span), let v = t.value, v.utf8.count == 10,
                            v.utf8.first.map({ $0 &- 48 < 10 }) == true,
                            // `said on Monday` dates the saying, not what was said.
                            !speech.contains(where: { t.span.start - $0.end <= 4 && t.span.start >= $0.end || $0.start - t.span.end <= 2 && $0.start >= t.span.end })
                        else { return nil }
                        return v
                    },
                    wordCount: count, hasFigure: analysis.figures.contains { span.contains($0.span) }))
            }
        }
        return units
    }

    /// A token as the slot rules read it.
    private struct Word {
        var span: Span
        /// The lowercased word's hash; 0 for names and marks.
        var hash: UInt64 = 0
        var concept: UInt64 = 0
        /// Punctuation that ends a phrase.
        var isBoundary = false
        /// A word that carries content (not a function, time or speech word).
        var isContent = false
        /// A noun for people (`soldiers`, `officials`, `residents`).
        var isPerson = false
    }

    /// `kill themselves`, `took his own life`: one concept with `suicide`, whatever the words.
    private static func suicide(_ words: [Word]) -> Span? {
        for i in words.indices.dropLast() {
            if words[i].concept == ClaimVocabulary.killConcept, ClaimVocabulary.reflexives.contains(words[i + 1].hash) {
                return words[i].span.union(words[i + 1].span)
            }
            if i >= 2, words[i].hash == ClaimVocabulary.own, ClaimVocabulary.lifeWords.contains(words[i + 1].hash),
                ClaimVocabulary.takeWords.contains(words[i - 2].hash)
            {
                return words[i - 2].span.union(words[i + 1].span)
            }
        }
        return nil
    }

    /// The things a verb of finding has: content words just before it (`a diary found`) or
    /// after it (`found personal diaries`), other than people and what happened to them.
    private static func found(_ words: [Word]) -> [UInt64] {
        var out: Set<UInt64> = []
        for i in words.indices where words[i].concept == ClaimVocabulary.findConcept {
            for j in max(0, i - 3)..<min(words.count, i + 4) where j != i {
                let w = words[j]
                guard w.isContent, !w.isPerson, !ClaimVocabulary.notFound.contains(w.concept) else { continue }
                out.insert(w.concept)
            }
        }
        return out.sorted()
    }

    /// After a verb of finding, the state of the people a following `on`, `among`, `from` …
    /// phrase names: `found on the body of a soldier` (dead), `recovered from the prisoners`
    /// (held).
    private static func foundWith(_ words: [Word]) -> PersonState? {
        for i in words.indices where words[i].concept == ClaimVocabulary.findConcept {
            var j = i + 1
            while j < min(words.count, i + 9), !words[j].isBoundary {
                if ClaimVocabulary.findPrepositions.contains(words[j].hash) {
                    var l = j + 1
                    while l < min(words.count, j + 10), !words[l].isBoundary {
                        if let state = ClaimVocabulary.states[words[l].hash] { return state }
                        l += 1
                    }
                }
                j += 1
            }
        }
        return nil
    }

    /// Word classes that say nothing a claim could share: function words, speech verbs, time
    /// words, numbers and titles.
    static let skipped: WordClass = [
        .function, .pronoun, .reportingVerb, .sentenceStarter, .month, .weekday, .dayWord, .timeModifier, .timeUnit,
        .numberWord, .ordinalWord, .multiplier, .complementizer, .title, .future, .past, .hedge,
    ]
}
