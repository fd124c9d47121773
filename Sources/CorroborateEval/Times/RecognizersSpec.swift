public import CorroborateCore
import Foundation

/// Microsoft Recognizers-Text date specs (`DateExtractor.json`, `DateParser.json`, …) as a test
/// of the time extractor.
///
/// A case is in scope when every expected value is a plain date (`2016-11-07`, `XXXX-10-02`,
/// `XXXX-WXX-5`), week (`2016-W46`), month (`2016-11`, `XXXX-11`) or duration (`P3D`, `PT2H`);
/// an extractor case (no values) is in scope unless a parser file given alongside has the same
/// input with an out-of-scope value; cases .NET itself does not support are left out. A case
/// passes when the extractor finds exactly the expected spans and nothing else, each with the
/// expected value: the TIMEX, or for a date written without its year or week (`Oct. 2`,
/// `Friday`) either resolution the spec accepts (the past or the future one).
public struct RecognizersSpec: Sendable {
    public struct Case: Sendable {
        public var file: String
        public var input: String
        public var reference: CivilDate?
        public var expected: [Expected]
    }

    public struct Expected: Sendable {
        public var text: String
        /// Scalar offsets into the input.
        public var range: Range<Int>
        public var timex: String?
        /// Resolved dates the spec accepts (the past and the future reading).
        public var dates: [String]
    }

    public var cases: [Case] = []
    /// Cases left out, and why.
    public var outOfScope = 0

    public init() {}

    /// Reads spec files; parser files should come with the extractor files they judge.
    public static func load(_ paths: [String]) throws(GoldDataError) -> RecognizersSpec {
        var raw: [(file: String, object: [String: Any])] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path),
                let list = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
            else {
                throw GoldDataError(path: path, message: "not a JSON list of spec cases")
            }
            let file = String(path.split(separator: "/").last ?? "")
            raw += list.map { (file, $0) }
        }
        // Inputs some parser case resolves to an out-of-scope value.
        var outOfScopeInputs: Set<String> = []
        for (_, o) in raw {
            for r in o["Results"] as? [[String: Any]] ?? [] {
                if let timex = (r["Value"] as? [String: Any])?["Timex"] as? String, !plain(timex) {
                    outOfScopeInputs.insert((o["Input"] as? String ?? "").lowercased())
                }
            }
        }
        var spec = RecognizersSpec()
        for (file, o) in raw {
            guard let input = o["Input"] as? String else { continue }
            if let unsupported = o["NotSupported"] as? String, unsupported.lowercased().contains("dotnet") {
                spec.outOfScope += 1
                continue
            }
            if outOfScopeInputs.contains(input.lowercased()) {
                spec.outOfScope += 1
                continue
            }
            let reference = ((o["Context"] as? [String: Any])?["ReferenceDateTime"] as? String).flatMap { CivilDate(iso: $0.prefix(10)) }
            let utf16 = Array(input.utf16)
            var expected: [Expected] = []
            for r in o["Results"] as? [[String: Any]] ?? [] {
                guard let text = r["Text"] as? String, let start = r["Start"] as? Int else { continue }
                let length = r["Length"] as? Int ?? (r["End"] as? Int).map { $0 - start + 1 } ?? text.utf16.count
                // The spec counts UTF-16 units; scalars are what the product reports.
                let s = scalarOffset(utf16, start), e = scalarOffset(utf16, start + length)
                let value = r["Value"] as? [String: Any]
                let timex = value?["Timex"] as? String
                var dates: [String] = []
                for key in ["FutureResolution", "PastResolution"] {
                    if let d = (value?[key] as? [String: Any])?["date"] as? String { dates.append(String(d.prefix(10))) }
                }
                expected.append(Expected(text: text, range: s..<e, timex: timex, dates: dates))
            }
            spec.cases.append(Case(file: file, input: input, reference: reference, expected: expected))
        }
        return spec
    }

    private static func scalarOffset(_ utf16: [UInt16], _ unit: Int) -> Int {
        var scalars = 0
        var i = 0
        while i < min(unit, utf16.count) {
            i += UTF16.isLeadSurrogate(utf16[i]) ? 2 : 1
            scalars += 1
        }
        return scalars
    }

    /// Whether a TIMEX is a plain date, week, month or duration.
    static func plain(_ timex: String) -> Bool {
        let b = Array(timex.utf8)
        func digitsOrX(_ r: Range<Int>) -> Bool { r.allSatisfy { b[$0] >= 0x30 && b[$0] <= 0x39 || b[$0] == 0x58 } }
        func digits(_ r: Range<Int>) -> Bool { r.allSatisfy { b[$0] >= 0x30 && b[$0] <= 0x39 } }
        switch b.count {
        case 10 where b[4] == 0x2D && b[7] == 0x2D: return digitsOrX(0..<4) && digitsOrX(5..<7) && digits(8..<10)  // 2016-11-07, XXXX-10-02, XXXX-XX-15
        case 10 where b[4] == 0x2D && b[5] == 0x57 && b[8] == 0x2D: return digitsOrX(0..<4) && digitsOrX(6..<8) && digits(9..<10)  // XXXX-WXX-5
        case 8 where b[4] == 0x2D && b[5] == 0x57: return digits(0..<4) && digits(6..<8)  // 2016-W46
        case 7 where b[4] == 0x2D: return digitsOrX(0..<4) && digits(5..<7)  // 2016-11, XXXX-11
        default:
            // P3D, PT2H, P1Y6M, P3.5Y
            guard b.first == 0x50, b.count >= 3 else { return false }
            return b.dropFirst().allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || "TYMWDHS".utf8.contains($0) }
        }
    }

    /// How the extractor does on the cases.
    public func run(_ extractor: TimeExtractor = TimeExtractor(), fallback: CivilDate = CivilDate(year: 2016, month: 11, day: 7)!) -> RecognizersResult {
        var result = RecognizersResult()
        for c in cases {
            let view = TextView(c.input)
            let offsets = ScalarIndex(c.input)
            let found = extractor.extract(view, published: c.reference ?? fallback).map { t in
                (range: offsets[t.span.start]..<offsets[t.span.end], value: t.value ?? "")
            }
            func valueOK(_ e: Expected, _ v: String) -> Bool { e.timex == nil || v == e.timex || e.dates.contains(v) }
            let exact = found.count == c.expected.count
                && c.expected.allSatisfy { e in found.contains { $0.range == e.range && valueOK(e, $0.value) } }
            let loose = c.expected.allSatisfy { e in found.contains { $0.range.overlaps(e.range) && valueOK(e, $0.value) } }
                && found.allSatisfy { f in c.expected.contains { $0.range.overlaps(f.range) } }
            result.add(file: c.file, exact: exact, overlap: loose)
            if !exact {
                let got = found.map { "\(String(String.UnicodeScalarView(Array(c.input.unicodeScalars)[$0.range]))) = \($0.value)" }
                let want = c.expected.map { "\($0.text) = \($0.timex ?? "-")" + ($0.dates.isEmpty ? "" : " \($0.dates)") }
                result.failures.append("\(c.file): \(c.input) — expected \(want.isEmpty ? "nothing" : want.joined(separator: "; ")), got \(got.isEmpty ? "nothing" : got.joined(separator: "; "))")
            }
        }
        result.outOfScope = outOfScope
        return result
    }
}

/// Pass counts of a Recognizers-Text run.
public struct RecognizersResult: Sendable {
    public var byFile: [String: (cases: Int, exact: Int, overlap: Int)] = [:]
    public var failures: [String] = []
    public var outOfScope = 0

    mutating func add(file: String, exact: Bool, overlap: Bool) {
        byFile[file, default: (0, 0, 0)].cases += 1
        if exact { byFile[file, default: (0, 0, 0)].exact += 1 }
        if overlap { byFile[file, default: (0, 0, 0)].overlap += 1 }
    }

    public var cases: Int { byFile.values.reduce(0) { $0 + $1.cases } }
    public var exact: Int { byFile.values.reduce(0) { $0 + $1.exact } }
    public var overlap: Int { byFile.values.reduce(0) { $0 + $1.overlap } }

    public func table() -> ScoreTable {
        var t = ScoreTable(title: "times: Recognizers-Text date specs (plain dates, weeks, months, durations)")
        t.note("  in scope=\(cases)  out of scope=\(outOfScope)")
        for file in byFile.keys.sorted() {
            let f = byFile[file]!
            t.add("  \(file) exact", value: f.cases > 0 ? Double(f.exact) / Double(f.cases) : 0, note: "\(f.exact)/\(f.cases)")
        }
        t.add("cases passed (exact spans and values)", value: cases > 0 ? Double(exact) / Double(cases) : 0, note: "\(exact)/\(cases)", key: "recognizers_exact")
        t.add("cases passed (overlapping spans)", value: cases > 0 ? Double(overlap) / Double(cases) : 0, note: "\(overlap)/\(cases)", key: "recognizers_overlap")
        return t
    }
}
