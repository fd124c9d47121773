/// Tags the names in a text with a trained ``NERModel``: emission scores from word blocks and
/// context features, then the best tag sequence per sentence by Viterbi.
///
/// ```swift
/// let names = NERTagger(model: model).names(in: TextView("Ana Ruiz flew to Oslo."))
/// // [(0..<2, .person), (4..<5, .place)]   — token ranges
/// ```
///
/// - Complexity: O(n·T²) for n tokens and T tags, with one table lookup per known word and
///   three per token for its context.
public struct NERTagger: Sendable {
    public let model: NERModel

    public init(model: NERModel) { self.model = model }

    /// The names in `view`, as token ranges with their types, in text order.
    public func names(in view: TextView) -> [(tokens: Range<Int>, type: EntityType)] {
        let (tags, context) = self.tagged(view)
        var out: [(tokens: Range<Int>, type: EntityType)] = []
        for sentence in view.sentences {
            let r = sentence.tokens
            for (span, type) in model.scheme.spans(tags[r]) {
                out.append(((r.lowerBound + span.lowerBound)..<(r.lowerBound + span.upperBound), type))
            }
        }
        guard let context else { return out }
        return NERConsistency.fill(out, view: view, context: context)
    }

    /// One tag per token (see ``NERTagScheme``).
    public func tags(_ view: TextView) -> [UInt8] { tagged(view).tags }

    private func tagged(_ view: TextView) -> (tags: [UInt8], context: NERContext?) {
        let n = view.tokens.count
        var tags = [UInt8](repeating: 0, count: n)
        guard n > 0 else { return (tags, nil) }
        let context = NERContext(view)
        let blocks = blockOffsets(view, context)
        let T = model.tagCount
        let S = Viterbi.stride(T)
        let W = NERModel.blockOffsets * T
        var emissions = [Int32](repeating: 0, count: 0)
        var lattice = [Int32](repeating: 0, count: 0)
        var keys: [UInt64] = []
        keys.reserveCapacity(4)
        blocks.scratch.withUnsafeBufferPointer { scratch in
        model.blocks.rows.withUnsafeBufferPointer { blockRows in
        model.features.rows.withUnsafeBufferPointer { featureRows in
        model.small.withUnsafeBufferPointer { small in
        var history = NERHistory(capacity: n)
        tags.withUnsafeMutableBufferPointer { tags in
            for (s, sentence) in view.sentences.enumerated() {
                let range = sentence.tokens
                let m = range.count
                emissions.removeAll(keepingCapacity: true)
                emissions.append(contentsOf: repeatElement(0, count: m * S))
                emissions.withUnsafeMutableBufferPointer { e in
                    for i in 0..<m {
                        let row = e.baseAddress! + i * S
                        for d in NERFeatures.offsets {
                            let j = i + d
                            let o = (d + NERFeatures.window) * T
                            if j < 0 || j >= m {
                                model.outside.withUnsafeBufferPointer { out in
                                    for t in 0..<T { row[t] &+= out[o + t] }
                                }
                                continue
                            }
                            let b = blocks.offset[range.lowerBound + j]
                            if b >= 0 {
                                let src = blockRows.baseAddress! + b + o
                                for t in 0..<T { row[t] &+= Int32(src[t]) }
                            } else {
                                let src = scratch.baseAddress! + (-1 - b) * W + o
                                for t in 0..<T { row[t] &+= Int32(src[t]) }
                            }
                        }
                        let k = range.lowerBound + i
                        keys.removeAll(keepingCapacity: true)
                        let smallRows = context.hashedFeatures(k, in: range, capitalsLine: context.capitalsLine[s], into: &keys)
                        for key in keys {
                            let f = model.features.find(key)
                            guard f >= 0 else { continue }
                            let src = featureRows.baseAddress! + f
                            for t in 0..<T { row[t] &+= Int32(src[t]) }
                        }
                        let first = small.baseAddress! + smallRows.0 * T
                        for t in 0..<T { row[t] &+= first[t] }
                        if smallRows.1 >= 0 {
                            let second = small.baseAddress! + smallRows.1 * T
                            for t in 0..<T { row[t] &+= second[t] }
                        }
                        let third = small.baseAddress! + context.historyIndex(k, history) * T
                        for t in 0..<T { row[t] &+= third[t] }
                    }
                }
                Viterbi.decode(emissions, count: m, model: model, lattice: &lattice,
                               into: UnsafeMutableBufferPointer(rebasing: tags[range]))
                context.record(range, tags: tags[range], scheme: model.scheme, into: &history)
            }
        }
        }
        }
        }
        }
        return (tags, context)
    }

    /// Where each token's block is: an offset into the model's block rows (known words), or
    /// `-1 - index` into `scratch` (words summed here; an article repeats its unknown names, so
    /// each is summed once).
    private func blockOffsets(_ view: TextView, _ context: NERContext) -> (offset: [Int], scratch: [Int16]) {
        let n = view.tokens.count
        let T = model.tagCount
        let W = NERModel.blockOffsets * T
        var offset = [Int](repeating: 0, count: n)
        var scratch: [Int16] = []
        var unknown = NERUnknownWords(capacity: n)
        var keys: [UInt64] = []
        var sum = [Int32](repeating: 0, count: W)
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
                let word = UnsafeBufferPointer(rebasing: bytes[Int(t.start)..<Int(t.end)])
                for i in 0..<W { sum[i] = 0 }
                let properties = NERFeatures.Word(word)
                for d in NERFeatures.offsets {
                    keys.removeAll(keepingCapacity: true)
                    NERFeatures.word(properties, offset: d, clusters: nil, known: false, into: &keys)
                    let o = (d + NERFeatures.window) * T
                    for key in keys {
                        let f = model.features.find(key)
                        guard f >= 0 else { continue }
                        for t in 0..<T { sum[o + t] &+= Int32(model.features.rows[f + t]) }
                    }
                }
                let index = unknown.insert(h)
                scratch.append(contentsOf: sum.lazy.map { Int16(clamping: $0) })
                offset[k] = -1 - index
            }
        }
        return (offset, scratch)
    }
}

/// The best path through a sentence's tag lattice.
enum Viterbi {
    /// Decodes `m` positions of `T` emission scores each into `out`.
    ///
    /// Only the moves the tag scheme allows are scored (an `I-` tag has two possible
    /// predecessors), and the forward pass keeps every position's scores instead of
    /// back-pointers: the one back-pointer needed per position is found again on the way back.
    static func decode(
        _ emissions: [Int32], count m: Int, model: NERModel, lattice: inout [Int32],
        into out: UnsafeMutableBufferPointer<UInt8>
    ) {
        guard m > 0 else { return }
        let T = model.tagCount
        if T <= 16 {
            decode16(emissions, count: m, model: model, lattice: &lattice, into: out)
            return
        }
        lattice.removeAll(keepingCapacity: true)
        lattice.append(contentsOf: repeatElement(0, count: m * T))
        emissions.withUnsafeBufferPointer { e in
        model.transitions.withUnsafeBufferPointer { tr in
        model.predecessorStart.withUnsafeBufferPointer { start in
        model.predecessors.withUnsafeBufferPointer { preds in
        lattice.withUnsafeMutableBufferPointer { L in
            for t in 0..<T { L[t] = tr[t] &+ e[t] }
            var base = T
            for _ in 1..<m {
                for t in 0..<T {
                    var best = Int32.min
                    for q in start[t]..<start[t + 1] {
                        let p = preds[q]
                        let v = L[base - T + p] &+ tr[(p + 1) * T + t]
                        best = v > best ? v : best
                    }
                    L[base + t] = best &+ e[base + t]
                }
                base += T
            }
            var best = Int32.min
            var tag = 0
            base = (m - 1) * T
            for t in 0..<T where model.allowedEnd[t] && L[base + t] > best {
                best = L[base + t]
                tag = t
            }
            out[m - 1] = UInt8(tag)
            var k = m - 1
            while k > 0 {
                base -= T
                var bestP = Int32.min
                var arg = 0
                for q in start[tag]..<start[tag + 1] {
                    let p = preds[q]
                    let v = L[base + p] &+ tr[(p + 1) * T + tag]
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
        }
        }
        }
    }
}

extension Viterbi {
    /// ``decode(_:count:model:lattice:into:)`` for up to 16 tags (BIO has 9), one SIMD vector
    /// of scores per position: each step is a lane-wise maximum over the previous tags.
    /// `emissions` has a stride of ``stride(_:)`` per position.
    static func decode16(
        _ emissions: [Int32], count m: Int, model: NERModel, lattice: inout [Int32],
        into out: UnsafeMutableBufferPointer<UInt8>
    ) {
        let T = model.tagCount
        let S = 16
        lattice.removeAll(keepingCapacity: true)
        lattice.append(contentsOf: repeatElement(0, count: m * S))
        let rows = model.transitions16
        emissions.withUnsafeBufferPointer { e in
        lattice.withUnsafeMutableBufferPointer { L in
            func load(_ p: UnsafeBufferPointer<Int32>, _ at: Int) -> SIMD16<Int32> {
                UnsafeRawPointer(p.baseAddress.unsafelyUnwrapped + at).loadUnaligned(as: SIMD16<Int32>.self)
            }
            var previous = rows[0] &+ load(e, 0)
            UnsafeMutableRawPointer(L.baseAddress.unsafelyUnwrapped).storeBytes(of: previous, as: SIMD16<Int32>.self)
            for i in 1..<max(1, m) {
                var current = SIMD16<Int32>(repeating: NERModel.forbidden &* 4)
                for p in 0..<T {
                    current = pointwiseMax(current, SIMD16<Int32>(repeating: previous[p]) &+ rows[p + 1])
                }
                current &+= load(e, i * S)
                UnsafeMutableRawPointer(L.baseAddress.unsafelyUnwrapped + i * S).storeBytes(of: current, as: SIMD16<Int32>.self)
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
                let base = (k - 1) * S
                var bestP = Int32.min
                var arg = 0
                for p in 0..<T {
                    let v = L[base + p] &+ rows[p + 1][tag]
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
    }

    /// Scores kept per position: 16 lanes when the tags fit in one vector.
    static func stride(_ tags: Int) -> Int { tags <= 16 ? 16 : tags }
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
