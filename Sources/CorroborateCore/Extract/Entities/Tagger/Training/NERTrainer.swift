/// A text with its names marked, for training or scoring the tagger.
public struct NERExample: Sendable {
    public var text: String
    /// Byte spans of the names in `text`, with their types.
    public var names: [(span: Span, type: EntityType)]

    public init(text: String, names: [(span: Span, type: EntityType)]) {
        self.text = text
        self.names = names
    }
}

/// Settings of ``NERTrainer``.
public struct NERTrainingOptions: Sendable {
    public var scheme: NERTagScheme = .bio
    /// Passes over the training sentences.
    public var epochs = 12
    /// Features seen fewer times in the training data are not learned.
    public var minimumCount = 1
    /// Feature rows whose averaged weights all stay below this are dropped from the model.
    public var prune: Float = 0
    /// Seed of the sentence order in each pass.
    public var seed: UInt64 = 2026

    public init() {}
}

/// Trains a ``NERModel``: an averaged structured perceptron over whole sentences, decoded by
/// Viterbi under the tag scheme's constraints.
///
/// Averaging (each weight's mean over every step of training) is what keeps a perceptron
/// from chasing the last sentences it saw; it is the model's regulariser.
public struct NERTrainer {
    public var options: NERTrainingOptions
    let clusters: NERWordClusters?

    public init(options: NERTrainingOptions = NERTrainingOptions(), clusters: NERWordClusters? = nil) {
        self.options = options
        self.clusters = clusters
    }

    /// A prepared sentence: gold tags and, per position, the rows of its features.
    struct Sentence {
        var gold: [UInt8]
        var rowStart: [Int32]  // count + 1 offsets into rows
        var rows: [Int32]
        /// Lower-cased word hashes and case classes, for the history feature.
        var lower: [UInt64] = []
        var caseClass: [UInt8] = []
    }

    /// What ``keys(_:words:)`` gives for one sentence.
    typealias KeyedSentence = (gold: [UInt8], keys: [[UInt64]], lower: [UInt64], caseClass: [UInt8])

    /// Trains on `examples`; `vocabulary` adds words (from unlabelled text) whose blocks the
    /// model should carry; `dev`, when given, is scored after every pass (it never trains).
    public func train(
        _ examples: [NERExample], vocabulary: [[UInt8]] = [], dev: [NERExample] = [], provenance: String = "",
        report: (String) -> Void = { _ in }
    ) -> NERModel {
        let T = options.scheme.tagCount
        var words: [UInt64: [UInt8]] = [:]
        var keyed: [[KeyedSentence]] = []
        var misaligned = 0
        for example in examples {
            let (doc, bad) = keys(example, words: &words)
            keyed.append(doc)
            misaligned += bad
        }
        if misaligned > 0 { report("names not on token boundaries: \(misaligned)") }

        // Features seen at least `minimumCount` times get a row.
        var counts: [UInt64: Int32] = [:]
        for doc in keyed { for s in doc { for p in s.keys { for k in p { counts[k, default: 0] += 1 } } } }
        var rowOf: [UInt64: Int32] = [:]
        var rowKeys: [UInt64] = []
        for (k, c) in counts where c >= options.minimumCount {
            rowOf[k] = Int32(rowKeys.count)
            rowKeys.append(k)
        }
        // History features depend on the tagger's own output, so no key list holds them.
        var historyRows: [Int32] = []
        for index in NERContext.historyBase..<NERContext.smallCount {
            let k = NERContext.smallKey(index)
            rowOf[k] = Int32(rowKeys.count)
            historyRows.append(Int32(rowKeys.count))
            rowKeys.append(k)
        }
        counts = [:]
        report("features: \(rowKeys.count)")
        var documents: [Range<Int>] = []
        var sentences: [Sentence] = []
        for doc in keyed {
            let first = sentences.count
            sentences += doc.map { Self.rows($0, rowOf) }
            documents.append(first..<sentences.count)
        }
        keyed = []
        var devSentences: [[Sentence]] = []
        var devGold: [[(Range<Int>, EntityType)]] = []
        var devWords: [UInt64: [UInt8]] = [:]
        for example in dev {
            let (doc, _) = keys(example, words: &devWords)
            devSentences.append(doc.map { Self.rows($0, rowOf) })
            devGold.append(doc.enumerated().flatMap { (s, sent) in
                options.scheme.spans(sent.gold).map { ($0.0.lowerBound + s * 10_000 ..< $0.0.upperBound + s * 10_000, $0.1) }
            })
        }

        var weights = Weights(rows: rowKeys.count, tags: T)
        // Articles in random order, each one's sentences in text order: the history feature
        // reads what was tagged earlier in the same article, as tagging will.
        var order = Array(documents.indices)
        var rng = SplitMix(seed: options.seed)
        var predicted: [UInt8] = []
        var extra: [Int32] = []
        for epoch in 1...max(1, options.epochs) {
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(i, Int(rng.next() % UInt64(i + 1)))
            }
            var errors = 0
            for d in order {
                var history = NERHistory(capacity: documents[d].reduce(0) { $0 + sentences[$1].gold.count })
                for s in documents[d] {
                    let sentence = sentences[s]
                    Self.historyRows(sentence, history, historyRows, into: &extra)
                    decode(sentence, weights.w, weights.transitions, extra: extra, into: &predicted)
                    if predicted != sentence.gold {
                        errors += 1
                        weights.update(sentence, predicted: predicted, extra: extra, scheme: options.scheme)
                    }
                    weights.tick()
                    Self.record(sentence, predicted, options.scheme, into: &history)
                }
            }
            var line = "epoch \(epoch): sentences with errors \(errors)/\(sentences.count)"
            if !devSentences.isEmpty {
                let averaged = weights.averaged()
                var tp = 0, np = 0, ng = 0
                for (d, doc) in devSentences.enumerated() {
                    var found: [(Range<Int>, EntityType)] = []
                    var history = NERHistory(capacity: doc.reduce(0) { $0 + $1.gold.count })
                    for (s, sentence) in doc.enumerated() {
                        Self.historyRows(sentence, history, historyRows, into: &extra)
                        decode(sentence, averaged.w, averaged.transitions, extra: extra, into: &predicted)
                        Self.record(sentence, predicted, options.scheme, into: &history)
                        found += options.scheme.spans(predicted).map { ($0.0.lowerBound + s * 10_000 ..< $0.0.upperBound + s * 10_000, $0.1) }
                    }
                    let gold = Set(devGold[d].map { "\($0.0)|\($0.1)" })
                    let pred = Set(found.map { "\($0.0)|\($0.1)" })
                    tp += gold.intersection(pred).count
                    np += pred.count
                    ng += gold.count
                }
                let p = Double(tp) / Double(max(1, np)), r = Double(tp) / Double(max(1, ng))
                line += ", dev F1 \(format(2 * p * r / max(1e-9, p + r)))"
            }
            report(line)
        }
        let averaged = weights.averaged()
        for word in vocabulary {
            var h = NERHash.seed
            word.withUnsafeBufferPointer { h = NERHash.bytes($0, 0..<$0.count, lower: false) }
            if words[h] == nil { words[h] = word }
        }
        if let clusters { for (h, word) in clusters.words where words[h] == nil { words[h] = word } }
        return export(averaged, rowKeys: rowKeys, rowOf: rowOf, words: words, provenance: provenance, report: report)
    }

    // MARK: - Preparing examples

    /// Feature keys of every position of every sentence of `example`, with the gold tags.
    private func keys(_ example: NERExample, words: inout [UInt64: [UInt8]]) -> ([KeyedSentence], Int) {
        let view = TextView(example.text)
        let context = NERContext(view)
        let tokens = view.tokens
        var gold = [UInt8](repeating: 0, count: tokens.count)
        var misaligned = 0
        for (span, type) in example.names {
            let first = view.token(atOrAfter: view.folded.foldedOffset(span.start))
            var last = first
            while last < tokens.count, view.span(token: last).end <= span.end { last += 1 }
            guard first < last, view.span(token: first).start == span.start, view.span(token: last - 1).end == span.end else {
                misaligned += 1
                continue
            }
            for (i, t) in options.scheme.tags(for: type, length: last - first).enumerated() { gold[first + i] = UInt8(t) }
        }
        var wordKeys: [[[UInt64]]] = []
        wordKeys.reserveCapacity(tokens.count)
        view.bytes.withUnsafeBufferPointer { bytes in
            for k in tokens.indices {
                let t = tokens[k]
                let word = UnsafeBufferPointer(rebasing: bytes[Int(t.start)..<Int(t.end)])
                if words[context.exact[k]] == nil { words[context.exact[k]] = Array(word) }
                var perOffset: [[UInt64]] = []
                for d in NERFeatures.offsets {
                    var keys: [UInt64] = []
                    NERFeatures.word(word, offset: d, clusters: clusters, into: &keys)
                    perOffset.append(keys)
                }
                wordKeys.append(perOffset)
            }
        }
        var out: [KeyedSentence] = []
        for (s, sentence) in view.sentences.enumerated() {
            let r = sentence.tokens
            var positions: [[UInt64]] = []
            for i in r {
                var keys: [UInt64] = []
                for d in NERFeatures.offsets {
                    let j = i + d
                    if r.contains(j) { keys += wordKeys[j][d + NERFeatures.window] } else { keys.append(NERFeatures.outside(offset: d)) }
                }
                context.features(i, in: r, capitalsLine: context.capitalsLine[s], into: &keys)
                positions.append(keys)
            }
            out.append((Array(gold[r]), positions, Array(context.lower[r]), Array(context.caseClass[r])))
        }
        return (out, misaligned)
    }

    private static func rows(_ keyed: KeyedSentence, _ rowOf: [UInt64: Int32]) -> Sentence {
        var sentence = Sentence(gold: keyed.gold, rowStart: [0], rows: [], lower: keyed.lower, caseClass: keyed.caseClass)
        for p in keyed.keys {
            for k in p { if let r = rowOf[k] { sentence.rows.append(r) } }
            sentence.rowStart.append(Int32(sentence.rows.count))
        }
        return sentence
    }

    /// The history feature's row at each position of a sentence (as ``NERContext/historyIndex(_:_:)``).
    private static func historyRows(_ s: Sentence, _ history: NERHistory, _ rows: [Int32], into out: inout [Int32]) {
        out.removeAll(keepingCapacity: true)
        for i in s.gold.indices {
            let c = Int(s.caseClass[i])
            let value = c >= 1 && c <= 3 ? history.value(s.lower[i]) : 0
            out.append(rows[value * 5 + c])
        }
    }

    private static func record(_ s: Sentence, _ tags: [UInt8], _ scheme: NERTagScheme, into history: inout NERHistory) {
        for i in s.gold.indices where s.caseClass[i] >= 1 && s.caseClass[i] <= 3 {
            history.record(s.lower[i], type: scheme.type(of: Int(tags[i])).map { NERTagScheme.typeIndex($0) + 1 } ?? 0)
        }
    }

    // MARK: - Decoding and updating

    private func decode(_ s: Sentence, _ w: [Float], _ transitions: [Float], extra: [Int32], into out: inout [UInt8]) {
        let T = options.scheme.tagCount
        let m = s.gold.count
        var emissions = [Float](repeating: 0, count: m * T)
        for i in 0..<m {
            let b = Int(extra[i]) * T
            for t in 0..<T { emissions[i * T + t] += w[b + t] }
            for r in s.rows[Int(s.rowStart[i])..<Int(s.rowStart[i + 1])] {
                let b = Int(r) * T
                for t in 0..<T { emissions[i * T + t] += w[b + t] }
            }
        }
        out = [UInt8](repeating: 0, count: m)
        guard m > 0 else { return }
        var score = [Float](repeating: 0, count: T)
        var back = [UInt8](repeating: 0, count: m * T)
        let scheme = options.scheme
        for t in 0..<T { score[t] = scheme.allows(-1, t) ? transitions[t] + emissions[t] : -.infinity }
        for i in 1..<max(1, m) {
            var next = [Float](repeating: -.infinity, count: T)
            for t in 0..<T {
                for p in 0..<T where scheme.allows(p, t) {
                    let v = score[p] + transitions[(p + 1) * T + t]
                    if v > next[t] {
                        next[t] = v
                        back[i * T + t] = UInt8(p)
                    }
                }
                next[t] += emissions[i * T + t]
            }
            score = next
        }
        var best = -Float.infinity
        var t = 0
        for c in 0..<T where scheme.allowsEnd(c) && score[c] > best {
            best = score[c]
            t = c
        }
        for i in stride(from: m - 1, through: 0, by: -1) {
            out[i] = UInt8(t)
            t = Int(back[i * T + t])
        }
    }

    /// Weights with the running sums that averaging needs.
    struct Weights {
        let T: Int
        var w: [Float]
        var u: [Double]
        var transitions: [Float]
        var ut: [Double]
        var clock: Double = 1

        init(rows: Int, tags: Int) {
            T = tags
            w = [Float](repeating: 0, count: rows * tags)
            u = [Double](repeating: 0, count: rows * tags)
            transitions = [Float](repeating: 0, count: (tags + 1) * tags)
            ut = [Double](repeating: 0, count: (tags + 1) * tags)
        }

        mutating func tick() { clock += 1 }

        mutating func update(_ s: Sentence, predicted: [UInt8], extra: [Int32], scheme: NERTagScheme) {
            for i in s.gold.indices where s.gold[i] != predicted[i] {
                let g = Int(s.gold[i]), p = Int(predicted[i])
                for r in s.rows[Int(s.rowStart[i])..<Int(s.rowStart[i + 1])] + [extra[i]] {
                    let b = Int(r) * T
                    w[b + g] += 1
                    u[b + g] += clock
                    w[b + p] -= 1
                    u[b + p] -= clock
                }
            }
            for i in s.gold.indices {
                let gp = i == 0 ? -1 : Int(s.gold[i - 1]), pp = i == 0 ? -1 : Int(predicted[i - 1])
                let g = Int(s.gold[i]), p = Int(predicted[i])
                guard gp != pp || g != p else { continue }
                transitions[(gp + 1) * T + g] += 1
                ut[(gp + 1) * T + g] += clock
                transitions[(pp + 1) * T + p] -= 1
                ut[(pp + 1) * T + p] -= clock
            }
        }

        func averaged() -> (w: [Float], transitions: [Float]) {
            (zip(w, u).map { $0 - Float($1 / clock) }, zip(transitions, ut).map { $0 - Float($1 / clock) })
        }
    }
}

/// A small deterministic generator (SplitMix64) for shuffling.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
