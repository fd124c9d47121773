#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Word counts and word sequences of unlabelled text, as the tagger's tokenizer splits it.
public struct NERWordCounts: Sendable {
    /// Bytes of each word type (digits read as `0`), by id.
    private(set) var types: [[UInt8]] = []
    private(set) var counts: [Int] = []
    /// Word ids of every sentence, each sentence closed by -1.
    private(set) var stream: [Int32] = []

    public init(texts: [String]) {
        var ids: [UInt64: Int32] = [:]
        for text in texts {
            let view = TextView(text)
            let context = NERContext(view)
            for sentence in view.sentences {
                for k in sentence.tokens {
                    let h = context.exact[k]
                    let id: Int32
                    if let known = ids[h] {
                        id = known
                    } else {
                        id = Int32(types.count)
                        ids[h] = id
                        let t = view.tokens[k]
                        types.append(view.bytes[Int(t.start)..<Int(t.end)].map { $0 &- 48 < 10 ? 48 : $0 })
                        counts.append(0)
                    }
                    counts[Int(id)] += 1
                    stream.append(id)
                }
                stream.append(-1)
            }
        }
    }

    /// Words seen at least `minimumCount` times.
    public func words(minimumCount: Int) -> [[UInt8]] {
        types.indices.filter { counts[$0] >= minimumCount }.map { types[$0] }
    }
}

/// Clusters words by the words around them with the exchange algorithm (Kneser & Ney 1993;
/// Martin, Liermann & Ney 1998): each word in turn moves to the class that most raises the
/// likelihood of a class bigram model of the text, until a pass moves few words.
///
/// - Complexity: per pass, O(C · Σ distinct classes next to each word) for C classes.
public struct NERClusterer {
    let counts: NERWordCounts
    let minimumCount: Int

    public init(counts: NERWordCounts, minimumCount: Int) {
        self.counts = counts
        self.minimumCount = minimumCount
    }

    /// Clusters at each granularity (class counts), coarse first.
    public func clusters(granularities: [Int], passes: Int, report: (String) -> Void = { _ in }) -> NERWordClusters {
        // Word ids: kept words first by frequency, then one id for all rare words, one for the sentence edge.
        let kept = counts.counts.indices.filter { counts.counts[$0] >= minimumCount }
            .sorted { counts.counts[$0] != counts.counts[$1] ? counts.counts[$0] > counts.counts[$1] : $0 < $1 }
        var id = [Int32](repeating: Int32(kept.count), count: counts.counts.count)
        for (i, w) in kept.enumerated() { id[w] = Int32(i) }
        let rare = kept.count, edge = kept.count + 1, V = kept.count + 2
        var bigrams: [Int: Int] = [:]
        var previous = edge
        for w in counts.stream {
            let current = w < 0 ? edge : Int(id[Int(w)])
            bigrams[previous * V + current, default: 0] += 1
            previous = current
        }
        var successors = [[(Int32, Int32)]](repeating: [], count: V)
        var predecessors = [[(Int32, Int32)]](repeating: [], count: V)
        for (pair, n) in bigrams.sorted(by: { $0.key < $1.key }) {
            let a = pair / V, b = pair % V
            successors[a].append((Int32(b), Int32(n)))
            predecessors[b].append((Int32(a), Int32(n)))
        }
        report("clustering \(kept.count) words (\(bigrams.count) distinct bigrams)")
        _ = rare
        var assignments = [[UInt32]](repeating: [], count: kept.count)
        for classes in granularities {
            var exchange = Exchange(words: V, classes: classes, successors: successors, predecessors: predecessors)
            for pass in 1...max(1, passes) {
                let moved = exchange.pass()
                report("  \(classes) classes, pass \(pass): \(moved) words moved")
                if moved * 200 < V { break }
            }
            for w in 0..<kept.count { assignments[w].append(UInt32(exchange.classOf[w])) }
        }
        return NERWordClusters(kept.enumerated().map { (i, w) in (counts.types[w], assignments[i]) })
    }
}

/// The state of one exchange clustering: class bigram counts and each word's class.
private struct Exchange {
    let C: Int
    var classOf: [Int]
    let successors: [[(Int32, Int32)]]
    let predecessors: [[(Int32, Int32)]]
    /// `pair[a * C + b]`: bigrams whose first word is in class a and second in b.
    var pair: [Int]
    var leftTotal: [Int]
    var rightTotal: [Int]
    let leftCount: [Int]
    let rightCount: [Int]
    static let xlogxTable: [Double] = (0..<(1 << 21)).map { $0 == 0 ? 0 : Double($0) * log(Double($0)) }

    init(words V: Int, classes: Int, successors: [[(Int32, Int32)]], predecessors: [[(Int32, Int32)]]) {
        C = classes
        // By frequency rank, round robin: the frequent words start apart.
        classOf = (0..<V).map { $0 % classes }
        self.successors = successors
        self.predecessors = predecessors
        pair = [Int](repeating: 0, count: classes * classes)
        leftTotal = [Int](repeating: 0, count: classes)
        rightTotal = [Int](repeating: 0, count: classes)
        leftCount = successors.map { $0.reduce(0) { $0 + Int($1.1) } }
        rightCount = predecessors.map { $0.reduce(0) { $0 + Int($1.1) } }
        for a in 0..<V {
            for (b, n) in successors[a] {
                pair[classOf[a] * C + classOf[Int(b)]] += Int(n)
            }
            leftTotal[classOf[a]] += leftCount[a]
            rightTotal[classOf[a]] += rightCount[a]
        }
    }

    @inline(__always)
    static func f(_ x: Int) -> Double { x < xlogxTable.count ? xlogxTable[x] : Double(x) * log(Double(x)) }

    /// Moves every word once to its best class; returns how many moved.
    mutating func pass() -> Int {
        var moved = 0
        var right = [Int](repeating: 0, count: C)
        var left = [Int](repeating: 0, count: C)
        var rightClasses: [Int] = []
        var leftClasses: [Int] = []
        for w in 0..<classOf.count {
            let a = classOf[w]
            var selfCount = 0
            rightClasses.removeAll(keepingCapacity: true)
            leftClasses.removeAll(keepingCapacity: true)
            for (v, n) in successors[w] {
                if Int(v) == w {
                    selfCount = Int(n)
                    continue
                }
                let c = classOf[Int(v)]
                if right[c] == 0 { rightClasses.append(c) }
                right[c] += Int(n)
            }
            for (v, n) in predecessors[w] where Int(v) != w {
                let c = classOf[Int(v)]
                if left[c] == 0 { leftClasses.append(c) }
                left[c] += Int(n)
            }
            // Take w out of its class.
            for c in rightClasses { pair[a * C + c] -= right[c] }
            for c in leftClasses { pair[c * C + a] -= left[c] }
            pair[a * C + a] -= selfCount
            leftTotal[a] -= leftCount[w]
            rightTotal[a] -= rightCount[w]

            var best = a
            var bestGain = -Double.infinity
            for b in 0..<C {
                var gain = 0.0
                for c in rightClasses where c != b {
                    let old = pair[b * C + c]
                    gain += Exchange.f(old + right[c]) - Exchange.f(old)
                }
                for c in leftClasses where c != b {
                    let old = pair[c * C + b]
                    gain += Exchange.f(old + left[c]) - Exchange.f(old)
                }
                let diagonal = pair[b * C + b]
                gain += Exchange.f(diagonal + right[b] + left[b] + selfCount) - Exchange.f(diagonal)
                gain -= Exchange.f(leftTotal[b] + leftCount[w]) - Exchange.f(leftTotal[b])
                gain -= Exchange.f(rightTotal[b] + rightCount[w]) - Exchange.f(rightTotal[b])
                if gain > bestGain + 1e-9 || (b == a && gain >= bestGain - 1e-9) {
                    bestGain = gain
                    best = b
                }
            }
            // Put it into the best one.
            for c in rightClasses where c != best { pair[best * C + c] += right[c] }
            for c in leftClasses where c != best { pair[c * C + best] += left[c] }
            pair[best * C + best] += right[best] + left[best] + selfCount
            leftTotal[best] += leftCount[w]
            rightTotal[best] += rightCount[w]
            if best != a { moved += 1 }
            classOf[w] = best
            for c in rightClasses { right[c] = 0 }
            for c in leftClasses { left[c] = 0 }
        }
        return moved
    }
}
