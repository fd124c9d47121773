/// How numbers and event names read in notes and reports.
public enum Formatting {
    /// A number with thousands separators when whole (`3000` → `3,000`), as is otherwise.
    public static func grouped(_ v: Double) -> String {
        if v != v.rounded() || abs(v) >= 1e15 { return "\(v)" }
        let digits = String(Int64(v).magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return v < 0 ? "-" + out : out
    }

    /// An event key in words: `killed-or-wounded` → `killed or wounded`.
    public static func words(_ key: String) -> String { key.split(separator: "-").joined(separator: " ") }
}
