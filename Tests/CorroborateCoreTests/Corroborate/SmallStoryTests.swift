import Testing

@testable import CorroborateCore

/// The second look a batch gives its small stories (`StoryGrouper.placeSmallStories`).
@Suite struct SmallStoryTests {
    private static func features(_ words: String, names: String = "") -> StoryGrouper.Features {
        var terms: [String: Double] = [:]
        for w in words.split(separator: " ") { terms[String(w), default: 0] += 1 }
        var nameKeys: [String: Double] = [:]
        for n in names.split(separator: " ") { nameKeys["@" + n, default: 0] += 1 }
        return StoryGrouper.Features(terms: terms, names: nameKeys)
    }

    /// An early report that shares only part of the story's wording, three reports of the
    /// story that came later, and an unrelated report.
    private static let batch = [
        features("dam breach flood village evacuate storm power outage", names: "orsova lenner"),
        features("dam breach flood village rescue crew boat pump", names: "orsova lenner veldwater"),
        features("dam breach flood village rescue boat inquiry wall", names: "orsova lenner veldwater"),
        features("dam breach flood village rescue crew wall crack", names: "orsova veldwater"),
        features("election ballot vote count turnout party", names: "marren"),
    ]

    private static func group(threshold: Double, factor: Double) -> [[Int]] {
        var grouper = StoryGrouper()
        grouper.threshold = threshold
        grouper.smallStoryFactor = factor
        var batch = batch
        for i in batch.indices { grouper.count(&batch[i]) }
        for f in batch { _ = grouper.add(f) }
        grouper.placeSmallStories()
        return grouper.stories
    }

    @Test func anEarlyReportLeftAloneJoinsTheStoryThatGrewAfterIt() {
        // Alone when placed: the story it fits was one report then, and not alike enough.
        #expect(Self.group(threshold: 0.3, factor: 0) == [[0], [1, 2, 3], [4]])
        #expect(Self.group(threshold: 0.3, factor: 0.8) == [[0, 1, 2, 3], [4]])
    }

    @Test func aReportSharingNoNameOrRareWordStaysAloneHoweverLowTheBar() {
        #expect(Self.group(threshold: 0.3, factor: 0.05).last == [4])
    }

    @Test func aSmallStoryThatIsNotAlikeEnoughStaysApart() {
        #expect(Self.group(threshold: 0.4, factor: 0.8) == [[0], [1, 2, 3], [4]])
    }
}
