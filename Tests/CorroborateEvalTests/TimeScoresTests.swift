import CorroborateCore
import Foundation
import Testing

@testable import CorroborateEval

@Suite struct TimeScoresTests {
    let tml = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>demo</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2025-01-20T08:00" functionInDocument="CREATION_TIME">January 20, 2025</TIMEX3></DCT>
        <TITLE>Ferry  service resumes</TITLE>
        <TEXT>The ferry <EVENT eid="e1">sailed</EVENT> <TIMEX3 tid="t1" type="DATE" value="2025-01-19">Sunday</TIMEX3> &amp; will sail again <TIMEX3 tid="t2" type="DATE" value="2025-W05">next week</TIMEX3>, for <TIMEX3 tid="t3" type="DURATION" value="P3D">three days</TIMEX3>.</TEXT>
        </TimeML>
        """

    @Test func readerStripsTagsKeepsScalarOffsetsAndTheCreationDate() throws {
        let doc = try TimeMLReader.parse(tml, id: "demo", path: "demo.tml")
        #expect(doc.text == "The ferry sailed Sunday & will sail again next week, for three days.")
        #expect(doc.published?.description == "2025-01-20")
        #expect(doc.title == "Ferry service resumes")
        let scalars = Array(doc.text.unicodeScalars)
        #expect(doc.timexes.map { String(String.UnicodeScalarView(scalars[$0.range])) } == ["Sunday", "next week", "three days"])
        #expect(doc.timexes.map(\.value) == ["2025-01-19", "2025-W05", "P3D"])
    }

    @Test func scoresCountStrictRelaxedValueAndTypeAsTempEval() throws {
        let doc = try TimeMLReader.parse(tml, id: "demo", path: "demo.tml")
        var scores = TimeScores()
        let text = doc.text
        func at(_ words: String) -> Range<Int> {
            let s = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: text.range(of: words)!.lowerBound)
            return s..<(s + words.unicodeScalars.count)
        }
        scores.add(doc, predictions: [
            PredictedTime(range: at("Sunday"), type: "DATE", value: "2025-01-19"),  // exact, right
            PredictedTime(range: at("again next week"), type: "DATE", value: "2025-W04"),  // relaxed, wrong value
            PredictedTime(range: at("ferry"), type: "DATE", value: "PRESENT_REF"),  // spurious
        ])
        #expect(scores.strict.truePositives == 1)
        #expect(scores.relaxed.truePositives == 2)
        #expect(scores.relaxed.predicted == 3 && scores.relaxed.gold == 3)
        #expect(scores.valueRight == 1 && scores.typeRight == 2)
        #expect(abs(scores.valueF1 - 0.5 * (2.0 / 3.0)) < 1e-9)
        #expect(scores.errors.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [.missed, .spurious, .value])
        #expect(scores.worstErrors(5).contains("worst value (1):"))
    }

    @Test func aMissingDocumentCountsItsGoldAsMissed() throws {
        let doc = try TimeMLReader.parse(tml, id: "demo", path: "demo.tml")
        var scores = TimeScores()
        scores.add(doc, predictions: nil)
        #expect(scores.missingDocuments == 1 && scores.documents == 1)
        #expect(scores.relaxed.gold == 3 && scores.relaxed.truePositives == 0)
    }

    @Test(arguments: [
        ("2016-11-07", true), ("XXXX-10-02", true), ("XXXX-XX-15", true), ("XXXX-WXX-5", true), ("2016-W46", true),
        ("2016-11", true), ("XXXX-11", true), ("P3D", true), ("PT2H", true), ("P3.5Y", true),
        ("XXXX-07-WXX-5-#1", false), ("(2016-11-01,2016-11-08,P1W)", false), ("T14:00", false), ("2016-11-07T14", false),
    ])
    func planValuesAreDatesWeeksMonthsAndDurations(timex: String, plain: Bool) {
        #expect(RecognizersSpec.plain(timex) == plain)
    }

    @Test func specCasesPassOnExactSpansAndAcceptedValues() throws {
        let spec = """
            [
              {"Input": "I'll go back Oct. 2", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
               "Results": [{"Text": "Oct. 2", "Type": "date", "Value": {"Timex": "XXXX-10-02", "FutureResolution": {"date": "2017-10-02"}, "PastResolution": {"date": "2016-10-02"}}, "Start": 13, "Length": 6}]},
              {"Input": "the first prize", "Results": []},
              {"Input": "I'll go back the first friday of july", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
               "Results": [{"Text": "the first friday of july", "Type": "date", "Value": {"Timex": "XXXX-07-WXX-5-#1"}, "Start": 13, "Length": 24}]},
              {"Input": "I'll go back in 3 weeks", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
               "Results": [{"Text": "in 3 weeks", "Type": "date", "Value": {"Timex": "2016-11-28"}, "Start": 13, "Length": 10}]}
            ]
            """
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("corroborate-spec-\(UUID().uuidString).json").path
        try Data(spec.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let loaded = try RecognizersSpec.load([path])
        #expect(loaded.cases.count == 3)
        #expect(loaded.outOfScope == 1)
        let result = loaded.run()
        // `in 3 weeks` is three weeks to TimeML (the preposition out, a duration): it fails both ways.
        #expect(result.exact == 2 && result.overlap == 2)
        #expect(result.failures.count == 1)
    }
}
