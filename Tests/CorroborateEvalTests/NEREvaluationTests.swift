import CorroborateCore
import Testing

@testable import CorroborateEval

@Suite struct CoNLLCorpusTests {
    static let file = """
        -DOCSTART- -X- -X- O

        Hedda NNP B-NP I-PER
        Lunde NNP I-NP I-PER
        visited VBD B-VP O
        Bergen NNP B-NP I-LOC
        . . O O

        Nordic NNP B-NP I-ORG
        Bank NNP I-NP I-ORG
        Lofoten NNP I-NP B-ORG
        Trust NNP I-NP I-ORG
        rose VBD B-VP O

        -DOCSTART- -X- -X- O

        Kessel NNP B-NP B-LOC
        """

    @Test func articlesJoinTokensWithSpacesAndSentencesWithNewlines() throws {
        let corpus = try CoNLLCorpus(contents: Self.file)
        #expect(corpus.documents.count == 2)
        let first = corpus.documents[0]
        #expect(first.text == "Hedda Lunde visited Bergen .\nNordic Bank Lofoten Trust rose")
        let names = first.names.map { (String(decoding: Array(first.text.utf8)[$0.span.start..<$0.span.end], as: UTF8.self), $0.type) }
        #expect(names.map(\.0) == ["Hedda Lunde", "Bergen", "Nordic Bank", "Lofoten Trust"])
        #expect(names.map(\.1) == [.person, .place, .organization, .organization])
        #expect(corpus.documents[1].names.map(\.type) == [.place])
    }

    @Test func aLineWithoutATagNamesItsLine() {
        #expect(throws: CoNLLError.self) { try CoNLLCorpus(contents: "-DOCSTART- -X- O\n\nlonely\n") }
    }
}

@Suite struct NEREvaluationTests {
    @Test func namesCountOnlyWithTheirExactSpanAndType() {
        var evaluation = NEREvaluation()
        evaluation.add(
            gold: [(Span(0, 5), .person), (Span(10, 15), .place), (Span(20, 30), .organization)],
            predicted: [(Span(0, 5), .person), (Span(10, 15), .organization), (Span(20, 25), .organization), (Span(40, 44), .other)])
        #expect(evaluation.overall == PRF(truePositives: 1, predicted: 4, gold: 3))
        #expect(evaluation.spans == PRF(truePositives: 2, predicted: 4, gold: 3))
        #expect(evaluation.byType[.person] == PRF(truePositives: 1, predicted: 1, gold: 1))
        #expect(evaluation.typeConfusions == ["place → organization": 1])
        #expect(evaluation.boundaryErrors == 1)
        #expect(evaluation.spurious == 1)
        #expect(evaluation.missed == 0)
        let table = evaluation.table(title: "task=ner").rendered
        #expect(table.contains("SCORE overall_f1=0.2857"))
    }
}
