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
/// First, copies: an article whose wording repeats a recent report (a wire story reprinted
/// under a new headline, or with a paragraph trimmed; see ``CopyIndex``) joins that report's
/// story as its copy, and adds nothing to the story's profile, so ten reprints weigh as one.
///
/// Otherwise the article is compared with candidate stories on four kinds of evidence (see
/// ``Features``): its words, names, dates and figures each make an idf-weighted vector of unit
/// length, compared with the mean of the story's reports' vectors — the average similarity to
/// the story's reports, which a single off-topic report cannot inflate. Words, names and
/// figures add up to the content agreement; dates scale it (see `similarity`). Articles whose publication dates are more than
/// ``window`` days apart never join. Only stories that share a name or a distinctive word with
/// the article are scored, and each story keeps a bounded profile, so placing an article costs
/// about the same however many stories exist.
struct StoryGrouper {
    /// How similar an article must be to a story to join it.
    var threshold = 0.12
    /// The most days between two dated articles of one story.
    var window = 30
    /// How much each ``Channel`` counts (by raw value).
    var weights: [Double] = Channel.allCases.map(\.weight)
    /// How many of an article's rarest words index it (besides all its names).
    private let indexedTerms = 8
    /// How many keys a story's profile keeps.
    private let profileSize = 300
    /// The most stories a new article is compared with.
    private let maxCandidates = 64
    /// How many articles may be placed after a story's last report before its profile is
    /// dropped: a story quiet for that long has ended, and dropping it bounds the memory of a
    /// stream (its membership stays).
    var retireAfter = 1 << 17
    /// Whether each story's articles are kept (a batch reports them; an index need not).
    var recordsMembers = true
    /// Stories of at most this many reports get a second look at the end of a batch (see
    /// ``placeSmallStories()``).
    var smallStoryReports = 3
    /// The share of ``threshold`` a small story needs to move into a larger one; 0 turns the
    /// second look off.
    var smallStoryFactor = 0.8
    /// How far a story's score moves from the mean similarity to its reports (0) towards the
    /// cosine with their centroid (1). The mean of reports that differ is short, so the mean
    /// similarity alone asks a story of many varied reports for more than a story of two;
    /// halfway is steadier across topics and reading orders on ECB+ (docs/EVALUATION.md).
    var damping = 0.5

    /// A story's accumulated evidence.
    struct Cluster {
        var members: [Int] = []
        /// The sum of its reports' vectors (each of unit length per kind of evidence), sorted
        /// by key id; copies add nothing.
        var keys: [Int32] = []
        var weights: [Float] = []
        /// The squared length of the profile per ``Channel``, kept with it so that scoring a
        /// story does not walk its whole profile.
        var norms = SIMD4<Double>()
        /// How many reports made the profile; 0 once the story is retired.
        var reports = 0
        var earliest: CivilDate?
        var latest: CivilDate?
        /// The number of the last article placed in it.
        var lastJoined = 0
    }

    /// Where an article went.
    struct Placement: Equatable {
        var story: Int
        /// The first report of the copy group the article belongs to, when it copies one.
        var copyOf: Int?
    }

    // The state is internal so that `StoryIndex` can save and restore it (StoryGrouper+Rows).
    var clusters: [Cluster] = []
    var vocabulary: [String: Int32] = [:]
    var documentFrequency: [Int32] = []
    /// Key texts by id, to save the state as rows.
    var termTexts: [String] = []
    /// The ``Channel`` of each key id.
    var channels: [UInt8] = []
    /// Articles counted in the document frequencies.
    var documents = 0
    /// Articles placed: the next article's number.
    var placed = 0
    var byTerm: [Int32: [Int]] = [:]
    var copies = CopyIndex()
    /// When idle stories were last retired.
    var sweptAt = 0
    /// What `count` and `add` changed, when a caller persists the state incrementally; nil in
    /// a batch.
    var changes: Changes? = nil

    /// Counts an article's keys in the document frequencies. Counting a whole batch before
    /// placing any of it weighs every word by the batch, not by the articles placed so far.
    ///
    /// The keys' ids are kept in `f`, in id order (the order ``vector(_:)`` weighs them), so
    /// placing the article neither looks its keys up nor sorts them again.
    mutating func count(_ f: inout Features) {
        documents += 1
        var interned: [[(id: Int32, tf: Double)]] = []
        interned.reserveCapacity(4)
        var fresh: [(key: String, tf: Double)] = []
        for keys in [f.terms, f.names, f.times, f.figures] {
            var ids: [(id: Int32, tf: Double)] = []
            ids.reserveCapacity(keys.count)
            fresh.removeAll(keepingCapacity: true)
            for (key, tf) in keys {
                if let id = vocabulary[key] { ids.append((id, tf)) } else { fresh.append((key, tf)) }
            }
            // New keys get ids in key order, whatever the dictionary's order; only they are
            // sorted as text.
            fresh.sort { $0.key < $1.key }
            for (key, tf) in fresh { ids.append((intern(key), tf)) }
            ids.sort { $0.id < $1.id }
            for (id, _) in ids {
                documentFrequency[Int(id)] += 1
                changes?.terms.insert(id)
            }
            interned.append(ids)
        }
        f.interned = interned
    }

    /// Places the next article (counted before) and says where it went.
    mutating func add(_ f: Features) -> Placement {
        let index = placed
        placed += 1
        if placed - sweptAt >= retireAfter / 8 { retireIdleStories() }
        if let sketch = f.sketch, let original = copies.original(of: sketch), clusters.indices.contains(original.story) {
            join(original.story, index: index, published: f.published)
            copies.insert(.init(article: index, story: original.story, original: original.original, sketch: sketch))
            changes?.reports.append(index)
            return Placement(story: original.story, copyOf: original.original)
        }

        let vector = self.vector(f)
        let (names, words) = keysByKind(vector)
        let distinctive = rarest(words)
        // A dated article joins only a story with a report within the window of its date.
        var best =
            mostSimilarStory(vector, candidates: candidates(names: names, terms: distinctive), above: threshold) { c in
                guard let d = f.published, let e = c.earliest, let l = c.latest else { return true }
                return d.dayNumber - l.dayNumber <= window && e.dayNumber - d.dayNumber <= window
            } ?? -1
        if best < 0 {
            clusters.append(Cluster())
            best = clusters.count - 1
        }
        join(best, index: index, published: f.published)
        addToProfile(vector, story: best)
        for key in names + distinctive where byTerm[key]?.last != best {
            StoryGrouper.post(best, to: &byTerm[key, default: []])
            changes?.postings.insert(key)
        }
        if let sketch = f.sketch {
            copies.insert(.init(article: index, story: best, original: index, sketch: sketch))
            changes?.reports.append(index)
        }
        return Placement(story: best, copyOf: nil)
    }

    /// Story membership, in order of each story's first article.
    /// (A story that moved into another has no members left and is not listed.)
    var stories: [[Int]] { clusters.compactMap { $0.members.isEmpty ? nil : $0.members } }

    // MARK: - Scoring

    /// The article's evidence as one sparse vector sorted by key id: each kind of evidence
    /// idf-weighted and of unit length, then scaled by its ``Channel/weight``.
    private mutating func vector(_ f: Features) -> [(id: Int32, weight: Double)] {
        var vector: [(id: Int32, weight: Double)] = []
        vector.reserveCapacity(f.terms.count + f.names.count + f.times.count + f.figures.count)
        let channels = [(Channel.word, f.terms), (.name, f.names), (.time, f.times), (.figure, f.figures)]
        for (n, (channel, keys)) in channels.enumerated() where weights[Int(channel.rawValue)] > 0 {
            let start = vector.count
            var sum = 0.0
            let ids = f.interned?[n] ?? keys.sorted(by: { $0.key < $1.key }).map { (intern($0.key), $0.value) }.sorted { $0.0 < $1.0 }
            for (id, tf) in ids {
                let w = tf * idf(id)
                guard w > 0 else { continue }
                vector.append((id, w))
                sum += w * w
            }
            guard sum > 0 else { continue }
            let scale = weights[Int(channel.rawValue)] / sum.squareRoot()
            for i in start..<vector.count { vector[i].weight *= scale }
        }
        vector.sort { $0.id < $1.id }
        return vector
    }

    /// The name and word keys of a vector, in its order.
    func keysByKind(_ vector: [(id: Int32, weight: Double)]) -> (names: [Int32], words: [Int32]) {
        var names: [Int32] = []
        var words: [Int32] = []
        for (id, _) in vector {
            switch channels[Int(id)] {
            case Channel.word.rawValue: words.append(id)
            case Channel.name.rawValue: names.append(id)
            default: break
            }
        }
        return (names, words)
    }

    /// The candidate most similar to `vector`, above `minimum`, among those `fits` lets
    /// through; nil when none is.
    func mostSimilarStory(
        _ vector: [(id: Int32, weight: Double)], candidates: [Int], above minimum: Double, where fits: (Cluster) -> Bool
    ) -> Int? {
        var best: Int?
        var bestScore = minimum
        for c in candidates where fits(clusters[c]) {
            let score = similarity(vector, clusters[c])
            if score > bestScore {
                bestScore = score
                best = c
            }
        }
        return best
    }

    /// `log(1 + N/df)`, as of now.
    private func idf(_ id: Int32) -> Double {
        let df = Double(max(1, documentFrequency[Int(id)]))
        return log1p(Double(documents + 1) / df)
    }

    /// The similarity to a story: the weighted dot products of the article's words, names and
    /// figures with the mean of the story's report vectors, each divided by the ``damping``
    /// power of that mean's length (the content agreement), scaled down
    /// by up to the time ``Channel/weight`` when their dates disagree. Dates only say *when*:
    /// every article of a day shares its dates, so they can confirm a story the content points
    /// to, never make one. Merges the two sorted key lists.
    func similarity(_ vector: [(id: Int32, weight: Double)], _ c: Cluster) -> Double {
        guard c.reports > 0 else { return 0 }
        var dots = SIMD4<Double>()
        var sharedNames = 0
        var i = 0
        var j = 0
        let keys = c.keys
        while i < vector.count, j < keys.count {
            let a = vector[i].id
            let b = keys[j]
            if a == b {
                let d = vector[i].weight * Double(c.weights[j])
                let ch = Int(channels[Int(a)])
                dots[ch] += d
                if ch == Int(Channel.name.rawValue) { sharedNames += 1 }
                i += 1
                j += 1
            } else if a < b {
                i += 1
            } else {
                j += 1
            }
        }
        let n = Double(c.reports)
        var content = 0.0
        var time = 0.0
        for ch in 0..<4 {
            let meanNorm = c.norms[ch].squareRoot() / n
            let d = meanNorm > 0 ? dots[ch] / pow(meanNorm, damping) : 0
            if ch == Int(Channel.time.rawValue) { time += d } else { content += d }
        }
        let timeWeight = weights[Int(Channel.time.rawValue)]
        let contentWeight = weights.reduce(0, +) - timeWeight
        guard contentWeight > 0 else { return 0 }
        // The time vector was scaled by its weight: time / n / timeWeight is its dot product.
        var score = content / n / contentWeight * (1 - timeWeight + time / n)
        // Two reports that each name several people, bodies or places and share none of them
        // are about different events, however alike their wording (a template, a kind of event).
        if sharedNames == 0, vector.count(where: { channels[Int($0.id)] == Channel.name.rawValue }) >= 2,
            keys.count(where: { channels[Int($0)] == Channel.name.rawValue }) >= 2
        {
            score *= 0.25
        }
        return score
    }

    /// Stories sharing a name or a distinctive word with the article, most shared first (a
    /// name counts twice), at most ``maxCandidates``, in story order.
    func candidates(names: [Int32], terms: [Int32]) -> [Int] {
        var hits: [Int: Int] = [:]
        for name in names { for c in byTerm[name] ?? [] { hits[c, default: 0] += 2 } }
        for term in terms { for c in byTerm[term] ?? [] { hits[c, default: 0] += 1 } }
        guard hits.count > maxCandidates else { return hits.keys.sorted() }
        return Self.strongest(hits, maxCandidates).sorted()
    }

    // MARK: - Updating

    private mutating func join(_ story: Int, index: Int, published: CivilDate?) {
        if recordsMembers { clusters[story].members.append(index) }
        clusters[story].lastJoined = index
        if let d = published {
            clusters[story].earliest = min(clusters[story].earliest ?? d, d)
            clusters[story].latest = max(clusters[story].latest ?? d, d)
        }
        changes?.clusters.insert(story)
    }

    /// Adds an article's vector (without the kinds' weights) to a story's profile, keeping its
    /// strongest keys when it grows past twice ``profileSize``: enough to recognise the story,
    /// bounded in size.
    mutating func addToProfile(_ vector: [(id: Int32, weight: Double)], story: Int) {
        var c = clusters[story]
        var keys: [Int32] = []
        var values: [Float] = []
        keys.reserveCapacity(c.keys.count + vector.count)
        values.reserveCapacity(c.keys.count + vector.count)
        var i = 0
        var j = 0
        while i < vector.count || j < c.keys.count {
            if j == c.keys.count || (i < vector.count && vector[i].id < c.keys[j]) {
                keys.append(vector[i].id)
                values.append(Float(vector[i].weight / channelWeight(vector[i].id)))
                i += 1
            } else if i == vector.count || c.keys[j] < vector[i].id {
                keys.append(c.keys[j])
                values.append(c.weights[j])
                j += 1
            } else {
                keys.append(c.keys[j])
                values.append(c.weights[j] + Float(vector[i].weight / channelWeight(vector[i].id)))
                i += 1
                j += 1
            }
        }
        if keys.count > 2 * profileSize {
            let kept = keys.indices.sorted { values[$0] != values[$1] ? values[$0] > values[$1] : keys[$0] < keys[$1] }
                .prefix(profileSize).sorted()
            keys = kept.map { keys[$0] }
            values = kept.map { values[$0] }
        }
        c.keys = keys
        c.weights = values
        c.norms = norms(keys, values)
        c.reports += 1
        clusters[story] = c
    }

    /// The squared length of a profile per ``Channel``.
    func norms(_ keys: [Int32], _ weights: [Float]) -> SIMD4<Double> {
        var norms = SIMD4<Double>()
        for j in keys.indices {
            let w = Double(weights[j])
            norms[Int(channels[Int(keys[j])])] += w * w
        }
        return norms
    }

    /// The weight of a key's channel (never 0 for a key in a vector).
    func channelWeight(_ id: Int32) -> Double { weights[Int(channels[Int(id)])] }

    /// Drops the profiles of stories no article has joined in the last ``retireAfter``
    /// placements, and their postings; runs every eighth of that, so it costs little per
    /// article.
    mutating func retireIdleStories() {
        sweptAt = placed
        let cutoff = placed - retireAfter
        guard cutoff > 0 else { return }
        var retired = false
        for c in clusters.indices where clusters[c].reports > 0 && clusters[c].lastJoined < cutoff {
            clusters[c].keys = []
            clusters[c].weights = []
            clusters[c].norms = SIMD4()
            clusters[c].reports = 0
            changes?.clusters.insert(c)
            retired = true
        }
        guard retired else { return }
        var kept: [Int32: [Int]] = [:]
        kept.reserveCapacity(byTerm.count)
        for (key, stories) in byTerm {
            let live = stories.filter { clusters[$0].reports > 0 }
            if live.count != stories.count { changes?.postings.insert(key) }
            if !live.isEmpty { kept[key] = live }
        }
        byTerm = kept
    }

    /// The `indexedTerms` words with the lowest document frequency (ties by id), without
    /// sorting them all.
    func rarest(_ ids: [Int32]) -> [Int32] {
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

    private mutating func intern(_ key: String) -> Int32 {
        if let id = vocabulary[key] { return id }
        let id = Int32(documentFrequency.count)
        vocabulary[key] = id
        termTexts.append(key)
        documentFrequency.append(0)
        channels.append(Channel(key: key).rawValue)
        changes?.terms.insert(id)
        return id
    }

    /// Adds a story to a posting list, keeping the most recent ones: old stories a common name
    /// once pointed to are rarely still growing.
    private static func post(_ story: Int, to list: inout [Int]) {
        list.append(story)
        if list.count > 96 { list.removeFirst(list.count - 64) }
    }
}
