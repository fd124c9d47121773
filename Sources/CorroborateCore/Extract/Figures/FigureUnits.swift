/// A unit as normalised for comparison: its name, the kind of figure it makes, and for money
/// the ISO 4217 code.
struct UnitInfo: Sendable, Hashable {
    var name: String
    var kind: Figure.Kind
    var currency: String?
}

/// Unit and currency tables, looked up on folded bytes without allocating.
///
/// A surface may span several tokens (`per cent`, `km/h`, `degrees Celsius`): the lookup takes
/// the bytes from the first token's start to the last token's end, which hold the surface as
/// printed when its words are separated by single spaces.
enum FigureUnits {
    /// Units of measure, percentages and durations by surface.
    static let units: Lexicon<UnitInfo> = Lexicon(entries(UnitData.units, currency: false))

    /// Currencies by surface: symbols, codes and words.
    static let currencies: Lexicon<UnitInfo> = Lexicon(entries(UnitData.currencies, currency: true))

    private static func entries(_ data: String, currency: Bool) -> [(String, UnitInfo)] {
        var out: [(String, UnitInfo)] = []
        for line in data.split(separator: "\n") {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
            guard fields.count == 3 else { continue }
            let info: UnitInfo
            if currency {
                info = UnitInfo(name: String(fields[0]), kind: .money, currency: fields[1].isEmpty ? nil : String(fields[1]))
            } else {
                info = UnitInfo(name: String(fields[0]), kind: Figure.Kind(rawValue: String(fields[1])) ?? .measure)
            }
            for surface in fields[2].split(separator: ",") { out.append((String(surface), info)) }
        }
        return out
    }

    /// Single letters read as units only in the case they are printed in: `12 C` is Celsius,
    /// `5 W` watts, `3 L` litres; a lowercase `c` or an upper-case `M` is not.
    static func letterUnit(_ byte: UInt8) -> UnitInfo? {
        switch byte {
        case 0x43: return UnitInfo(name: "degree celsius", kind: .measure)  // C
        case 0x46: return UnitInfo(name: "degree fahrenheit", kind: .measure)  // F
        case 0x57: return UnitInfo(name: "watt", kind: .measure)  // W
        case 0x56: return UnitInfo(name: "volt", kind: .measure)  // V
        case 0x4C, 0x6C: return UnitInfo(name: "litre", kind: .measure)  // L, l
        case 0x6D: return UnitInfo(name: "metre", kind: .measure)  // m
        case 0x67: return UnitInfo(name: "gram", kind: .measure)  // g
        case 0x74: return UnitInfo(name: "tonne", kind: .measure)  // t
        default: return nil
        }
    }

    /// The mass unit `pound`, named apart from the currency; the currency is chosen by context (`£`, or millions of pounds).
    static let poundMass = UnitInfo(name: "pound-mass", kind: .measure)
    static let poundSterling = UnitInfo(name: "pound sterling", kind: .money, currency: "GBP")
    static let year = UnitInfo(name: "year", kind: .duration)
}

extension Lexicon where Value == UnitInfo {
    /// The entry for folded bytes `start..<end` of `view`.
    func lookup(_ view: TextView, _ start: Int, _ end: Int) -> UnitInfo? {
        guard start < end else { return nil }
        return view.bytes.withUnsafeBufferPointer { b in
            lookup(UnsafeBufferPointer(rebasing: b[start..<end]))
        }
    }
}
