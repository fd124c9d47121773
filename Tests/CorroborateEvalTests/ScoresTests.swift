import Testing

@testable import CorroborateEval

@Suite struct ScoresTests {
    @Test func precisionRecallAndF1FollowTheirDefinitions() {
        let s = PRF(truePositives: 3, predicted: 4, gold: 6)
        #expect(s.precision == 0.75)
        #expect(s.recall == 0.5)
        #expect(abs(s.f1 - 0.6) < 1e-12)
        #expect(PRF().f1 == 0)
    }

    @Test func tableEndsWithAScoreLineForScripts() {
        var table = ScoreTable(title: "task=demo")
        table.add("content", PRF(truePositives: 1, predicted: 2, gold: 4), key: "content")
        table.add("speaker accuracy", value: 0.93456, key: "speaker_acc")
        let text = table.rendered
        #expect(text.hasSuffix("SCORE content_f1=0.3333 speaker_acc=0.9346\n"))
        #expect(text.contains("content"))
        #expect(format4(0.5) == "0.5000")
    }
}
