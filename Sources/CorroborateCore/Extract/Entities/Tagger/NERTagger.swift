/// Tags the names in a text with a trained ``NERModel``: emission scores from word blocks and
/// context features, then the best tag sequence per sentence by Viterbi.
///
/// ```swift
/// let names = NERTagger(model: model).names(in: TextView("Ana Ruiz flew to Oslo."))
/// // [(0..<2, .person), (4..<5, .place)]   — token ranges
/// ```
///
/// - Complexity: O(n·T²) for n tokens and T tags, with one table lookup per known word and a
///   handful per token for its context.
public struct NERTagger: Sendable {
    public let model: NERModel

    public init(model: NERModel) { self.model = model }

    /// The names in `view`, as token ranges with their types, in text order.
    public func names(in view: TextView) -> [(tokens: Range<Int>, type: EntityType)] {
        let tags = self.tags(view)
        var out: [(tokens: Range<Int>, type: EntityType)] = []
        for sentence in view.sentences {
            let r = sentence.tokens
            for (span, type) in model.scheme.spans(tags[r]) {
                out.append(((r.lowerBound + span.lowerBound)..<(r.lowerBound + span.upperBound), type))
            }
        }
        return out
    }

    /// One tag per token (see ``NERTagScheme``).
    public func tags(_ view: TextView) -> [UInt8] {
        let n = view.tokens.count
        var tags = [UInt8](repeating: 0, count: n)
        guard n > 0 else { return tags }
        let context = NERContext(view)
        let T = model.tagCount
        let B = NERModel.blockOffsets * T
        // Each token's block: a known word's from the model, an unknown word's summed here.
        var blockOffset = [Int](repeating: 0, count: n)
        var scratch: [Int32] = []
        var keys: [UInt64] = []
        keys.reserveCapacity(32)
        let blockRows = model.blocks.rows
        let featureRows = model.features.rows
        view.bytes.withUnsafeBufferPointer { bytes in
            for k in 0..<n {
                let r = model.blocks.find(context.exact[k])
                if r >= 0 {
                    blockOffset[k] = r
                    continue
                }
                let t = view.tokens[k]
                let word = UnsafeBufferPointer(rebasing: bytes[Int(t.start)..<Int(t.end)])
                let base = scratch.count
                scratch.append(contentsOf: repeatElement(0, count: B))
                for d in NERFeatures.offsets {
                    keys.removeAll(keepingCapacity: true)
                    NERFeatures.word(word, offset: d, clusters: nil, into: &keys)
                    let o = base + (d + NERFeatures.window) * T
                    for key in keys {
                        let f = model.features.find(key)
                        guard f >= 0 else { continue }
                        for t in 0..<T { scratch[o + t] &+= Int32(featureRows[f + t]) }
                    }
                }
                blockOffset[k] = -1 - base
            }
        }

        var emissions = [Int32](repeating: 0, count: 0)
        var scores = [Int32](repeating: 0, count: 0)
        var back = [UInt8](repeating: 0, count: 0)
        for (s, sentence) in view.sentences.enumerated() {
            let range = sentence.tokens
            let m = range.count
            emissions.removeAll(keepingCapacity: true)
            emissions.append(contentsOf: repeatElement(0, count: m * T))
            for i in 0..<m {
                let e = i * T
                for d in NERFeatures.offsets {
                    let j = i + d
                    let o = (d + NERFeatures.window) * T
                    if j < 0 || j >= m {
                        for t in 0..<T { emissions[e + t] &+= model.outside[o + t] }
                    } else if blockOffset[range.lowerBound + j] >= 0 {
                        let b = blockOffset[range.lowerBound + j] + o
                        for t in 0..<T { emissions[e + t] &+= Int32(blockRows[b + t]) }
                    } else {
                        let b = -1 - blockOffset[range.lowerBound + j] + o
                        for t in 0..<T { emissions[e + t] &+= scratch[b + t] }
                    }
                }
                keys.removeAll(keepingCapacity: true)
                context.features(range.lowerBound + i, in: range, capitalsLine: context.capitalsLine[s], into: &keys)
                for key in keys {
                    let f = model.features.find(key)
                    guard f >= 0 else { continue }
                    for t in 0..<T { emissions[e + t] &+= Int32(featureRows[f + t]) }
                }
            }
            Viterbi.decode(emissions, count: m, tags: T, transitions: model.transitions, scheme: model.scheme,
                           scores: &scores, back: &back) { i, t in tags[range.lowerBound + i] = t }
        }
        return tags
    }
}

/// The best path through a sentence's tag lattice.
enum Viterbi {
    static func decode(
        _ emissions: [Int32], count m: Int, tags T: Int, transitions: [Int32], scheme: NERTagScheme,
        scores: inout [Int32], back: inout [UInt8], emit: (Int, UInt8) -> Void
    ) {
        guard m > 0 else { return }
        scores.removeAll(keepingCapacity: true)
        scores.append(contentsOf: repeatElement(0, count: 2 * T))
        back.removeAll(keepingCapacity: true)
        back.append(contentsOf: repeatElement(0, count: m * T))
        for t in 0..<T { scores[t] = transitions[t] &+ emissions[t] }
        var current = 0
        for i in 1..<max(1, m) {
            let next = T - current
            for t in 0..<T {
                var best = Int32.min
                var arg = 0
                for p in 0..<T {
                    let v = scores[current + p] &+ transitions[(p + 1) * T + t]
                    if v > best {
                        best = v
                        arg = p
                    }
                }
                scores[next + t] = best &+ emissions[i * T + t]
                back[i * T + t] = UInt8(arg)
            }
            current = next
        }
        var best = Int32.min
        var arg = 0
        for t in 0..<T where scheme.allowsEnd(t) && scores[current + t] > best {
            best = scores[current + t]
            arg = t
        }
        var t = arg
        var i = m - 1
        while i >= 0 {
            emit(i, UInt8(t))
            t = Int(back[i * T + t])
            i -= 1
        }
    }
}
