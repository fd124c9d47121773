#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Groups articles into stories incrementally: each article joins the most similar story or
/// starts a new one, so adding articles never re-clusters the ones already placed.
///
/// Similarity combines the names two reports share (people, organisations, places — the
/// strongest sign of one story) with TF-IDF cosine over their content words. Articles whose
/// dates are more than ``window`` days apart never join. Only stories that share a name or a
/// distinctive word with the new article are scored, and each story keeps a bounded profile,
/// so placing an article costs about the same however many stories exist.
struct StoryGrouper {
    /// How similar an article must be to a story to join it.
    var threshold = 0.22
    /// The most days between two dated articles of one story.
    var window = 30
    /// How many of an article's rarest words index it.
    private let indexedTerms = 8
    /// How many words a story's profile keeps.
    private let profileSize = 300

    /// One article's features.
    struct Features {
        var terms: [String: Double]
        var names: Set<String>
        var published: CivilDate?
    }

    /// A story's accumulated features, over interned word ids.
    struct Cluster {
        var members: [Int] = []
        var terms: [Int32: Double] = [:]
        /// The idf-weighted norm of `terms`, computed when the story last changed.
        var norm: Double? = nil
        var names: Set<Int32> = []
        var earliest: CivilDate?
        var latest: CivilDate?
    }

    // The state is internal so that `StoryIndex` can save and restore it (StoryGrouper+Changes).
    var clusters: [Cluster] = []
    var vocabulary: [String: Int32] = [:]
    var documentFrequency: [Int32] = []
    /// `log(1 + N/df)` as of the last time the word was seen; refreshing every word on every
    /// article would cost more than the small drift is worth.
    var idf: [Double] = []
    var nameIDs: [String: Int32] = [:]
    /// Word and name texts by id, to save the state as rows.
    var termTexts: [String] = []
    var nameTexts: [String] = []
    var documents = 0
    var byName: [Int32: [Int]] = [:]
    var byTerm: [Int32: [Int]] = [:]
    /// What `add` changed, when a caller persists the state incrementally; nil in a batch.
    var changes: Changes? = nil

    /// Places article `index` and returns its story number.
    mutating func add(_ f: Features, index: Int) -> Int {
        documents += 1
        var terms: [(id: Int32, weight: Double)] = []
        terms.reserveCapacity(f.terms.count)
        for (term, weight) in f.terms {
            let id = intern(term)
            documentFrequency[Int(id)] += 1
            idf[Int(id)] = log1p(Double(documents + 1) / Double(documentFrequency[Int(id)]))
            terms.append((id, weight))
            changes?.terms.insert(id)
        }
        terms.sort { $0.id < $1.id }
        var names: [Int32] = []
        for name in f.names {
            if let id = nameIDs[name] {
                names.append(id)
            } else {
                let id = Int32(nameIDs.count)
                nameIDs[name] = id
                nameTexts.append(name)
                names.append(id)
                changes?.names.insert(id)
            }
        }
        let distinctive = rarest(terms.map(\.id))

        var hits: [Int: Int] = [:]
        for name in names { for c in byName[name] ?? [] { hits[c, default: 0] += 2 } }
        for term in distinctive { for c in byTerm[term] ?? [] { hits[c, default: 0] += 1 } }
        let candidates = StoryGrouper.strongest(hits, 64)

        var articleNorm = 0.0
        for t in terms {
            let w = t.weight * idf[Int(t.id)]
            articleNorm += w * w
        }
        articleNorm = articleNorm.squareRoot()
        var best = -1
        var bestScore = threshold
        let nameSet = Set(names)
        for c in candidates.sorted() {
            if let d = f.published, let e = clusters[c].earliest, let l = clusters[c].latest,
                d.dayNumber - l.dayNumber > window || e.dayNumber - d.dayNumber > window
            {
                continue
            }
            if clusters[c].norm == nil {
                clusters[c].norm = norm(of: clusters[c].terms)
                changes?.clusters.insert(c)
            }
            let score = similarity(terms, articleNorm, nameSet, clusters[c])
            if score > bestScore {
                bestScore = score
                best = c
            }
        }
        if best < 0 {
            clusters.append(Cluster())
            best = clusters.count - 1
        }
        var cluster = clusters[best]
        // Left in the array, the story's words, names and members would be copied whole by
        // the first change below (copy on write); taken out, they change in place.
        clusters[best] = Cluster()
        cluster.members.append(index)
        cluster.norm = nil
        for t in terms { cluster.terms[t.id, default: 0] += t.weight }
        if cluster.terms.count > 2 * profileSize {
            // A story's profile keeps its strongest words: enough to recognise it, bounded in size.
            let kept = cluster.terms.sorted {
                let a = $0.value * idf[Int($0.key)]
                let b = $1.value * idf[Int($1.key)]
                return a != b ? a > b : $0.key < $1.key
            }.prefix(profileSize)
            cluster.terms = Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
        }
        cluster.names.formUnion(names)
        if let d = f.published {
            cluster.earliest = min(cluster.earliest ?? d, d)
            cluster.latest = max(cluster.latest ?? d, d)
        }
        clusters[best] = cluster
        changes?.clusters.insert(best)
        for name in names where byName[name]?.last != best {
            StoryGrouper.post(best, to: &byName[name, default: []])
            changes?.namePostings.insert(name)
        }
        for term in distinctive where byTerm[term]?.last != best {
            StoryGrouper.post(best, to: &byTerm[term, default: []])
            changes?.termPostings.insert(term)
        }
        return best
    }

    /// The `indexedTerms` words with the lowest document frequency (ties by id), without
    /// sorting them all.
    private func rarest(_ ids: [Int32]) -> [Int32] {
        var best: [(df: Int32, id: Int32)] = []
        best.reserveCapacity(indexedTerms + 1)
        for id in ids {
            let df = documentFrequency[Int(id)]
            if best.count == indexedTerms, let last = best.last, (df, id) >= (last.df, last.id) { continue }
            var i = best.count
            while i > 0, (best[i - 1].df, best[i - 1].id) > (df, id) { i -= 1 }
            best.insert((df, id), at: i)
            if best.count > indexedTerms { best.removeLast() }
        }
        return best.map(\.id)
    }

    /// Story membership, in order of each story's first article.
    var stories: [[Int]] { clusters.map(\.members) }

    private mutating func intern(_ term: String) -> Int32 {
        if let id = vocabulary[term] { return id }
        let id = Int32(documentFrequency.count)
        vocabulary[term] = id
        termTexts.append(term)
        documentFrequency.append(0)
        idf.append(0)
        return id
    }

    /// Adds a story to a posting list, keeping the most recent ones: old stories a common name
    /// once pointed to are rarely still growing.
    private static func post(_ story: Int, to list: inout [Int]) {
        list.append(story)
        if list.count > 96 { list.removeFirst(list.count - 64) }
    }

    private func norm(of terms: [Int32: Double]) -> Double {
        var sum = 0.0
        for (term, v) in terms {
            let weighted = v * idf[Int(term)]
            sum += weighted * weighted
        }
        return sum.squareRoot()
    }

    private func similarity(_ terms: [(id: Int32, weight: Double)], _ norm: Double, _ names: Set<Int32>, _ c: Cluster) -> Double {
        var dot = 0.0
        for t in terms {
            if let v = c.terms[t.id] {
                let i = idf[Int(t.id)]
                dot += t.weight * i * v * i
            }
        }
        let clusterNorm = c.norm ?? 0
        let cosine = norm > 0 && clusterNorm > 0 ? dot / (norm * clusterNorm) : 0
        // Shared names, as the share of the smaller side's names.
        let shared = names.intersection(c.names).count
        let smaller = min(names.count, c.names.count)
        let nameScore = smaller > 0 ? Double(shared) / Double(smaller) : 0
        let nameWeight = min(1.0, Double(smaller) / 4)
        // Two reports that each name several people, bodies or places but share none of them
        // are about different events, however alike their wording.
        if shared == 0, smaller >= 2 { return 0.5 * cosine * cosine }
        return (1 - 0.5 * nameWeight) * cosine + 0.5 * nameWeight * nameScore
    }

    // MARK: - Features

    /// Content-word weights of a text: log-scaled counts of words that carry the topic.
    static func terms(of view: TextView) -> [String: Double] {
        var counts: [String: Int] = [:]
        for sentence in view.sentences where !sentence.isCaption {
            for k in sentence.tokens {
                let t = view.tokens[k]
                guard t.kind == .word, t.length >= 3, t.length <= 40 else { continue }
                let c = t.classes
                if c.contains(.function) || c.contains(.pronoun) || c.contains(.reportingVerb) || c.contains(.numberWord)
                    || c.contains(.timeModifier) || c.contains(.month) || c.contains(.weekday) || c.contains(.dayWord)
                    || c.contains(.sentenceStarter)
                {
                    continue
                }
                counts[stemmed(view.bytes, Int(t.start), Int(t.end)), default: 0] += 1
            }
        }
        var terms: [String: Double] = [:]
        terms.reserveCapacity(counts.count)
        for (term, n) in counts { terms[term] = 1 + log(Double(n)) }
        return terms
    }

    /// The lowercased, singular form of a word given as bytes, built in one step (short
    /// strings stay inline, so most words cost no allocation).
    private static func stemmed(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
        var e = end
        let n = end - start
        func lower(_ i: Int) -> UInt8 { bytes[i] &- 65 < 26 ? bytes[i] | 0x20 : bytes[i] }
        var replaceY = false
        if n > 4, lower(e - 3) == 0x69, lower(e - 2) == 0x65, lower(e - 1) == 0x73 {  // -ies → -y
            e -= 3
            replaceY = true
        } else if n > 3, lower(e - 1) == 0x73, lower(e - 2) != 0x73, lower(e - 2) != 0x75, lower(e - 2) != 0x69 {
            e -= 1  // plural -s, but not -ss, -us, -is
        }
        return String(unsafeUninitializedCapacity: e - start + 1) { buffer in
            var j = 0
            for i in start..<e {
                buffer[j] = lower(i)
                j += 1
            }
            if replaceY {
                buffer[j] = 0x79
                j += 1
            }
            return j
        }
    }

    /// Features of an analysed article: its content words and its names.
    static func features(of analysis: ArticleAnalysis) -> Features {
        Features(
            terms: analysis.terms, names: nameKeys(analysis.entities).union(analysis.titleNames),
            published: analysis.article.published)
    }

    /// Keys that match one referent across articles: a person by surname, a body or place by
    /// name or acronym. Bodies and places share keys: the same words name the same thing
    /// whichever of the two a tagger took it for (`Orsova Dam`).
    static func nameKeys(_ entities: [ArticleEntity]) -> Set<String> {
        var names: Set<String> = []
        for entity in entities where entity.type != .other {
            let words = entity.name.split(separator: " ")
            let isPerson = entity.type == .person
            let key = isPerson ? (words.last.map(String.init) ?? entity.name) : entity.name
            names.insert("\(isPerson ? "person" : "name"):\(key.lowercased())")
            for alias in entity.aliases where entity.type == .organization && alias.utf8.allSatisfy({ $0 &- 65 < 26 }) {
                names.insert("name:\(alias.lowercased())")
            }
        }
        return names
    }

    /// A light plural stemmer: soldiers → soldier, casualties → casualty.
    static func stem(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is"), word.count > 3 {
            return String(word.dropLast())
        }
        return word
    }
}
