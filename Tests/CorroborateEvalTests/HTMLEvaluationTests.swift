import Testing

@testable import CorroborateEval

@Suite struct HTMLEvaluationTests {
    @Test func shinglesCountMultisetOverlapPerPage() {
        // Gold: 6 tokens → 3 four-grams; prediction adds one token at the end → 1 extra four-gram.
        let s = ShingleScore(gold: "one two three four five six", predicted: "one two three four five six seven", n: 4, asciiMarks: false)
        #expect(s.truePositive == 3.0 / 4.0)
        #expect(s.falsePositive == 1.0 / 4.0)
        #expect(s.falseNegative == 0)
        #expect(s.precision == 0.75)
        #expect(s.recall == 1)
    }

    @Test func shortTextsGiveOneShorterShingleAndEmptyPagesCountOnlyForRecall() {
        let short = ShingleScore(gold: "two words", predicted: "two words", n: 4, asciiMarks: false)
        #expect(short.precision == 1 && short.recall == 1)
        let empty = ShingleScore(gold: "some gold text here and more", predicted: "", n: 4, asciiMarks: false)
        let average = ShingleScore.average([short, empty])
        #expect(average.precision == 1)  // the empty page has nothing predicted
        #expect(average.recall == 0.5)
    }

    @Test func asciiMarksTurnEveryNonASCIICharacterIntoABreak() {
        #expect(ShingleScore.tokens("Rücker’s café", asciiMarks: true).map(String.init) == ["R", "cker", "s", "caf"])
        #expect(ShingleScore.tokens("Rücker’s café", asciiMarks: false).map(String.init) == ["Rücker", "s", "café"])
    }

    @Test func l3sGoldKeepsTheMarkedFullTextAndHeadline() {
        let annotated = """
            <html><head><style>.x-nc-sel2 { color: red }</style></head><body>
            <div>Menu <a href="/">Home</a></div>
            <h1><span class="x-nc-sel1">Quay closed</span></h1>
            <p><span class="x-nc-sel2">The quay closed on  Monday.</span></p>
            <p><span class="x-nc-sel2">Ferries <b>moved</b> south.<br>For three weeks.</span></p>
            <script>var t = '<span class="x-nc-sel2">no</span>';</script>
            </body></html>
            """
        let gold = L3SGold(annotated: annotated)
        #expect(gold.headline == "Quay closed")
        #expect(gold.body == "The quay closed on Monday.\nFerries moved south.\nFor three weeks.")
    }
}
