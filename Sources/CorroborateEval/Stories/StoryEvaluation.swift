public import CorroborateCore
import CorroborateIngest

/// Story grouping scored against a gold set, as `score.py stories` scores it, with what a
/// single number hides: which gold stories merge or split, how the score moves with the
/// threshold, a leave-topics-out check, and how much the reading order matters.
///
/// The articles are read and analysed once; each grouping run places their features anew.
public struct StoryEvaluation: Sendable {
    public let documents: [StoryGoldDocument]
    /// Each document's features, or nil for one the reader skipped (a repeated text).
    private let features: [StoryFeatures?]

    /// Reads the documents through the JSON Lines reader (exactly the input `corroborate
    /// analyze` gets from the harness) and analyses them.
    public init(_ documents: [StoryGoldDocument], parallelism: Int) {
        self.documents = documents
        let ingest = Ingestor().ingest(bytes: StoryGoldReader.jsonLines(documents), source: "gold.jsonl", format: .jsonLines)
        var byID: [String: StoryFeatures] = [:]
        for var analysis in Analyzer().analyzeEach(ingest.articles, parallelism: parallelism) {
            byID[analysis.article.id] = StoryIndex.features(of: &analysis)
        }
        features = documents.map { byID[$0.id] }
    }

    /// Groups the documents `subset` (indices, in that order; all in harness order by
    /// default) and returns the stories as document indices.
    public func group(threshold: Double, weights: [Double]? = nil, subset: [Int]? = nil) -> [[Int]] {
        let order = subset ?? Array(documents.indices)
        let placed = order.filter { features[$0] != nil }
        var index = StoryIndex(threshold: threshold, weights: weights)
        _ = index.add(contentsOf: placed.map { features[$0]! })
        index.placeSmallStories()
        let stories = index.stories.map { $0.map { placed[$0] } }
        // Skipped documents count as stories of their own, as the scorer counts them.
        return stories + order.filter { features[$0] == nil }.map { [$0] }
    }

    /// B-cubed precision, recall and F1 over the documents in `stories`.
    public func bcubed(_ stories: [[Int]]) -> (precision: Double, recall: Double, f1: Double) {
        var goldSize: [String: Int] = [:]
        for story in stories { for d in story { goldSize[documents[d].cluster, default: 0] += 1 } }
        var p = 0.0
        var r = 0.0
        var n = 0.0
        for story in stories {
            var same: [String: Int] = [:]
            for d in story { same[documents[d].cluster, default: 0] += 1 }
            for d in story {
                let k = Double(same[documents[d].cluster] ?? 0)
                p += k / Double(story.count)
                r += k / Double(goldSize[documents[d].cluster] ?? 1)
                n += 1
            }
        }
        guard n > 0 else { return (0, 0, 0) }
        let precision = p / n
        let recall = r / n
        return (precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0)
    }

    /// Per topic: how its gold stories were grouped (`ecb:9 | ecbplus:11` is perfect;
    /// `ecb:10 ecbplus:11` merged them; `+ 19_ecb:1` a story of another topic joined in).
    public func diagnostics(_ stories: [[Int]]) -> [String] {
        var byTopic: [String: [(Int, [String: Int])]] = [:]
        for (n, story) in stories.enumerated() {
            var counts: [String: Int] = [:]
            for d in story { counts[documents[d].cluster, default: 0] += 1 }
            for topic in Set(story.map { documents[$0].topic }) { byTopic[topic, default: []].append((n, counts)) }
        }
        var topicOf: [String: String] = [:]
        for d in documents { topicOf[d.cluster] = d.topic }
        func label(_ cluster: String, _ topic: String) -> String {
            cluster.hasPrefix(topic + "_") ? String(cluster.dropFirst(topic.count + 1)) : cluster
        }
        return byTopic.keys.sorted { (Int($0) ?? Int.max, $0) < (Int($1) ?? Int.max, $1) }.map { topic in
            let parts = byTopic[topic]!.sorted { $0.1.values.reduce(0, +) > $1.1.values.reduce(0, +) }.map { _, counts in
                let own = counts.filter { topicOf[$0.key] == topic }
                let other = counts.filter { own[$0.key] == nil }
                var text = own.sorted { $0.key < $1.key }.map { "\(label($0.key, topic)):\($0.value)" }.joined(separator: " ")
                if !other.isEmpty { text += " + " + other.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: " ") }
                return text
            }
            return "\(topic): " + parts.joined(separator: " | ")
        }
    }

    /// The topics, in numeric order when they are numbers.
    public var topics: [String] {
        Set(documents.map(\.topic)).sorted { (Int($0) ?? Int.max, $0) < (Int($1) ?? Int.max, $1) }
    }

    /// Leave-topics-out: the threshold that scores best on one half of the topics (every other
    /// topic), reported on the other half, both ways. Each half is grouped on its own.
    public func leaveTopicsOut(thresholds: [Double], weights: [Double]? = nil) -> [(tunedOn: String, threshold: Double, tuned: Double, heldOut: (precision: Double, recall: Double, f1: Double))] {
        let topics = self.topics
        let halves = [Set(stride(from: 0, to: topics.count, by: 2).map { topics[$0] }), Set(stride(from: 1, to: topics.count, by: 2).map { topics[$0] })]
        let members = halves.map { half in documents.indices.filter { half.contains(documents[$0].topic) } }
        let names = ["topics 1st, 3rd, …", "topics 2nd, 4th, …"]
        return [(0, 1), (1, 0)].map { tune, test in
            var best = (threshold: thresholds.first ?? 0, f1: -1.0)
            for t in thresholds {
                let f1 = bcubed(group(threshold: t, weights: weights, subset: members[tune])).f1
                if f1 > best.f1 { best = (t, f1) }
            }
            let heldOut = bcubed(group(threshold: best.threshold, weights: weights, subset: members[test]))
            return (names[tune], best.threshold, best.f1, heldOut)
        }
    }

    /// The F1 of `count` shuffled reading orders (seeded, so runs repeat), to show how much the
    /// order of arrival moves an incremental grouping.
    public func shuffledOrders(_ count: Int, threshold: Double, weights: [Double]? = nil) -> [Double] {
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            var order = Array(documents.indices)
            for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, next(i + 1)) }
            return bcubed(group(threshold: threshold, weights: weights, subset: order)).f1
        }
    }
}
