import CorroborateCore
import Testing

@testable import CorroborateEval

/// Claimant accuracy on PolNeAR-style attributions, on articles and standoff written for these tests.
@Suite struct ClaimantScoresTests {
    @Test func standoffRelationsKeepContentSourceAndCue() {
        let standoff = "T1\tSource 0 11\tThe council\nT2\tCue 12 16\tsaid\nT3\tContent 17 40\t80 homes were flooded\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
        let relations = PolNeARReader.parse(standoff)
        #expect(relations.count == 1)
        #expect(relations.first?.source == [0..<11])
        #expect(relations.first?.cue == [12..<16])
        #expect(relations.first?.content == [17..<40])
    }

    @Test func aWrongClaimantIsListedWithTheGoldCueAndTheQuoteItSatIn() {
        // The figure lies in the content of `The harbour office`, which the analysis credits as the
        // outermost speaker; against a gold Source of `mayor` the same claimant is an error.
        let text = "The harbour office said the mayor had promised 60 new berths."
        let article = PolNeARArticle(id: "a", text: text, attributions: [
            .init(content: [24..<60], source: [0..<18], cue: [19..<23])
        ])
        var scores = ClaimantScores.score([article])
        #expect(scores.figures == 1)
        #expect(scores.right == 1)
        let wrong = PolNeARArticle(id: "b", text: text, attributions: [
            .init(content: [24..<60], source: [28..<33], cue: [19..<23])
        ])
        scores = ClaimantScores.score([wrong])
        #expect(scores.right == 0)
        #expect(scores.errors.first?.cue == "said")
        #expect(scores.errors.first?.quote?.hasPrefix("indirect by") == true)
        #expect(scores.worstErrors(1).contains("(said)"))
    }
}
