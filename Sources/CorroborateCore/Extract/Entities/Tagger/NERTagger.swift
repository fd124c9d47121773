/// Tags the names in a text with a trained ``NERModel``: emission scores from word blocks and
/// context features, then the best tag sequence per sentence by Viterbi.
///
/// ```swift
/// let names = NERTagger(model: model).names(in: TextView("Ana Ruiz flew to Oslo."))
/// // [(0..<2, .person), (4..<5, .place)]   — token ranges
/// ```
///
/// Scores are 16-lane integer vectors (the 9 BIO tags and padding): each emission is the sum
/// of five block vectors and a few context-feature vectors, each Viterbi step a lane-wise
/// maximum over the previous tags.
///
/// - Complexity: O(n·T) vector operations for n tokens and T tags, with one table lookup per
///   known word and three per token for its context.
public struct NERTagger: Sendable {
    public let model: NERModel

    public init(model: NERModel) { self.model = model }

    /// The names in `view`, as token ranges with their types, in text order.
    public func names(in view: TextView) -> [(tokens: Range<Int>, type: EntityType)] {
        let (tags, context) = self.tagged(view)
        var out: [(tokens: Range<Int>, type: EntityType)] = []
        for sentence in view.sentences {
            model.scheme.spans(tags[sentence.tokens], offset: sentence.tokens.lowerBound, into: &out)
        }
        guard let context else { return out }
        return NERConsistency.fill(out, view: view, context: context)
    }

    /// One tag per token (see ``NERTagScheme``).
    public func tags(_ view: TextView) -> [UInt8] { tagged(view).tags }

    private typealias Vector = SIMD16<Int32>

    private func tagged(_ view: TextView) -> (tags: [UInt8], context: NERContext?) {
        let n = view.tokens.count
        var tags = [UInt8](repeating: 0, count: n)
        guard n > 0 else { return (tags, nil) }
        let context = NERContext(view)
        let (offsets, scratch) = blockOffsets(view, context)
        let T = model.tagCount
        let B = NERModel.blockOffsets * T
        var emissions: [Vector] = []
        var lattice: [Vector] = []
        var history = NERHistory(capacity: n)
        var blocks = [UnsafePointer<Int16>]()
        blocks.reserveCapacity(n + 4)
        scratch.withUnsafeBufferPointer { scratch in
        model.blocks.rows.withUnsafeBufferPointer { blockRows in
        model.features.rows.withUnsafeBufferPointer { featureRows in
        model.outside.withUnsafeBufferPointer { outside in
        tags.withUnsafeMutableBufferPointer { tags in
            guard let blockBase = blockRows.baseAddress, let featureBase = featureRows.baseAddress,
                let outsideBase = outside.baseAddress
            else { return }
            for (s, sentence) in view.sentences.enumerated() {
                let range = sentence.tokens
                let m = range.count
                // Five block pointers cover position i: blocks[i…i+4], the edges reading `outside`.
                blocks.removeAll(keepingCapacity: true)
                blocks.append(outsideBase)
                blocks.append(outsideBase)
                for k in range {
                    let o = offsets[k]
                    blocks.append(o >= 0 ? blockBase + o : (scratch.baseAddress.unsafelyUnwrapped + (-1 - o) * B))
                }
                blocks.append(outsideBase)
                blocks.append(outsideBase)
                emissions.removeAll(keepingCapacity: true)
                let capitalsLine = context.capitalsLine[s]
                for i in 0..<m {
                    var e = Vector()
                    for d in 0..<NERModel.blockOffsets {
                        e &+= NERTagger.load(blocks[i + d] + d * T)
                    }
                    let k = range.lowerBound + i
                    let hashed = context.hashedKeys(k, in: range)
                    let f0 = model.features.find(hashed.0), f1 = model.features.find(hashed.1)
                    let f2 = model.features.find(hashed.2)
                    if f0 >= 0 { e &+= NERTagger.load(featureBase + f0) }
                    if f1 >= 0 { e &+= NERTagger.load(featureBase + f1) }
                    if f2 >= 0 { e &+= NERTagger.load(featureBase + f2) }
                    if capitalsLine || context.phrase[k] != 0 {
                        for key in context.rareKeys(k, capitalsLine: capitalsLine) {
                            let f = model.features.find(key)
                            if f >= 0 { e &+= NERTagger.load(featureBase + f) }
                        }
                    }
                    let small = context.smallIndices(k)
                    e &+= model.small[small.0]
                    if small.1 >= 0 { e &+= model.small[small.1] }
                    e &+= model.small[context.historyIndex(k, history)]
                    emissions.append(e)
                }
                Viterbi.decode(emissions, model: model, lattice: &lattice, into: UnsafeMutableBufferPointer(rebasing: tags[range]))
                context.record(range, tags: tags[range], scheme: model.scheme, into: &history)
            }
        }
        }
        }
        }
        }
        return (tags, context)
    }

    /// Sixteen 16-bit weights widened to a score vector (lanes past the tag count are not scores).
    @inline(__always)
    private static func load(_ p: UnsafePointer<Int16>) -> Vector {
        Vector(truncatingIfNeeded: UnsafeRawPointer(p).loadUnaligned(as: SIMD16<Int16>.self))
    }

    /// Where each token's block is: an offset into the model's block rows (known words), or
    /// `-1 - index` into the returned scratch blocks (words summed here; an article repeats its
    /// unknown names, so each is summed once).
    private func blockOffsets(_ view: TextView, _ context: NERContext) -> (offset: [Int], scratch: [Int16]) {
        let n = view.tokens.count
        let T = model.tagCount
        let B = NERModel.blockOffsets * T
        var offset = [Int](repeating: 0, count: n)
        var scratch: [Int16] = []
        var unknown = NERUnknownWords(capacity: n)
        var keys: [UInt64] = []
        var sum = [Int32](repeating: 0, count: B)
        view.bytes.withUnsafeBufferPointer { bytes in
            for k in 0..<n {
                let h = context.exact[k]
                let r = model.blocks.find(h)
                if r >= 0 {
                    offset[k] = r
                    continue
                }
                let seen = unknown.index(h)
                if seen >= 0 {
                    offset[k] = -1 - seen
                    continue
                }
                let t = view.tokens[k]
                let word = NERFeatures.Word(UnsafeBufferPointer(rebasing: bytes[Int(t.start)..<Int(t.end)]))
                for i in 0..<B { sum[i] = 0 }
                for d in NERFeatures.offsets {
                    keys.removeAll(keepingCapacity: true)
                    NERFeatures.word(word, offset: d, clusters: nil, known: false, into: &keys)
                    let o = (d + NERFeatures.window) * T
                    for key in keys {
                        let f = model.features.find(key)
                        guard f >= 0 else { continue }
                        for t in 0..<T { sum[o + t] &+= Int32(model.features.rows[f + t]) }
                    }
                }
                offset[k] = -1 - unknown.insert(h)
                scratch.append(contentsOf: sum.lazy.map { Int16(clamping: $0) })
            }
        }
        // Room to load the last block's last run as a whole vector.
        scratch.append(contentsOf: repeatElement(0, count: NERModel.lanes))
        return (offset, scratch)
    }
}

/// The best path through a sentence's tag lattice.
enum Viterbi {
    /// Decodes one score vector per position into `out`.
    ///
    /// Each step takes, lane by lane, the best previous tag's score plus the move into the lane's
    /// tag; the forward pass keeps every position's scores instead of back-pointers, and the one
    /// back-pointer needed per position is found again on the way back.
    static func decode(
        _ emissions: [SIMD16<Int32>], model: NERModel, lattice: inout [SIMD16<Int32>],
        into out: UnsafeMutableBufferPointer<UInt8>
    ) {
        let m = emissions.count
        guard m > 0 else { return }
        let T = model.tagCount
        let rows = model.transitions16
        lattice.removeAll(keepingCapacity: true)
        var previous = rows[0] &+ emissions[0]
        lattice.append(previous)
        for i in 1..<max(1, m) {
            var current = SIMD16<Int32>(repeating: NERModel.forbidden &* 4)
            for p in 0..<T {
                let v = SIMD16<Int32>(repeating: previous[p]) &+ rows[p + 1]
                current.replace(with: v, where: v .> current)
            }
            current &+= emissions[i]
            lattice.append(current)
            previous = current
        }
        var best = Int32.min
        var tag = 0
        for t in 0..<T where model.allowedEnd[t] && previous[t] > best {
            best = previous[t]
            tag = t
        }
        out[m - 1] = UInt8(tag)
        var k = m - 1
        while k > 0 {
            let scores = lattice[k - 1]
            var bestP = Int32.min
            var arg = 0
            for p in 0..<T {
                let v = scores[p] &+ rows[p + 1][tag]
                if v > bestP {
                    bestP = v
                    arg = p
                }
            }
            tag = arg
            out[k - 1] = UInt8(tag)
            k -= 1
        }
    }
}

/// The unknown words of one article, each with the index of its summed block.
private struct NERUnknownWords {
    private var keys: [UInt64]
    private var values: [Int32]
    private let mask: Int
    private(set) var count = 0

    init(capacity n: Int) {
        var c = 16
        while c < n * 2 { c <<= 1 }
        keys = [UInt64](repeating: 0, count: c)
        values = [Int32](repeating: 0, count: c)
        mask = c - 1
    }

    func index(_ key: UInt64) -> Int {
        let k = key | 1
        var slot = Int(truncatingIfNeeded: k >> 9) & mask
        while keys[slot] != 0 {
            if keys[slot] == k { return Int(values[slot]) }
            slot = (slot + 1) & mask
        }
        return -1
    }

    /// Adds `key` (not present) and returns its index.
    mutating func insert(_ key: UInt64) -> Int {
        let k = key | 1
        var slot = Int(truncatingIfNeeded: k >> 9) & mask
        while keys[slot] != 0 { slot = (slot + 1) & mask }
        keys[slot] = k
        values[slot] = Int32(count)
        count += 1
        return count - 1
    }
}
