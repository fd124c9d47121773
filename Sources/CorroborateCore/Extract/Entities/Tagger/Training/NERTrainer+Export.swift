extension NERTrainer {
    /// The model from averaged weights: word features summed into blocks for every known word,
    /// the rest as feature rows, all quantised to 16 bits with one scale.
    func export(
        _ averaged: (w: [Float], transitions: [Float]), rowKeys: [UInt64], rowOf: [UInt64: Int32],
        words: [UInt64: [UInt8]], provenance: String, report: (String) -> Void
    ) -> NERModel {
        let T = options.scheme.tagCount
        let B = NERModel.blockOffsets * T
        let w = averaged.w
        // Word-identity and cluster features live only inside blocks.
        var blockOnly = Set<UInt64>()
        var blocks: [(UInt64, [Float])] = []
        var keys: [UInt64] = []
        for (h, bytes) in words {
            var block = [Float](repeating: 0, count: B)
            var any = false
            bytes.withUnsafeBufferPointer { word in
                blockOnly.insert(NERHash.key(.word, 0, h))
                for d in NERFeatures.offsets {
                    keys.removeAll(keepingCapacity: true)
                    NERFeatures.word(word, offset: d, clusters: clusters, into: &keys)
                    for k in keys {
                        guard let r = rowOf[k] else { continue }
                        any = true
                        for t in 0..<T { block[(d + NERFeatures.window) * T + t] += w[Int(r) * T + t] }
                    }
                }
            }
            if any { blocks.append((h, block)) }
        }
        if let clusters { blockOnly.formUnion(clusters.featureKeys) }
        var features: [(UInt64, ArraySlice<Float>)] = []
        for (r, k) in rowKeys.enumerated() where !blockOnly.contains(k) {
            let row = w[(r * T)..<((r + 1) * T)]
            if row.contains(where: { abs($0) > options.prune }) { features.append((k, row)) }
        }
        // Sorted, so that the same training gives the same file byte for byte.
        features.sort { $0.0 < $1.0 }
        blocks.sort { $0.0 < $1.0 }
        var largest: Float = 1
        for (_, row) in features { for v in row { largest = max(largest, abs(v)) } }
        for (_, block) in blocks { for v in block { largest = max(largest, abs(v)) } }
        for v in averaged.transitions { largest = max(largest, abs(v)) }
        let scale = largest / 32_000
        func q(_ v: Float) -> Int16 { Int16((v / scale).rounded()) }
        var featureTable = NERWeightTable(width: T, expected: features.count)
        for (k, row) in features { row.map(q).withUnsafeBufferPointer { featureTable.insert(k, $0) } }
        var blockTable = NERWeightTable(width: T, segments: NERModel.blockOffsets, expected: blocks.count)
        for (k, block) in blocks { block.map(q).withUnsafeBufferPointer { blockTable.insert(k, $0) } }
        report("model: \(blocks.count) word blocks, \(features.count) feature rows, scale \(scale)")
        return NERModel(
            scheme: options.scheme, provenance: provenance, scale: scale, features: featureTable, blocks: blockTable,
            transitions: averaged.transitions.map(q))
    }

    func format(_ v: Double) -> String {
        let s = (v * 10_000).rounded() / 10_000
        return "\(s)"
    }
}
