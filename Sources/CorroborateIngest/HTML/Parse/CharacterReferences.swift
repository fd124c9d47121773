/// Decoding of character references (`&amp;`, `&#8217;`, `&#x2019;`, legacy `&copy` without a
/// semicolon) following the specification's character reference state.
enum CharacterReferences {
    /// Numeric references in 0x80–0x9F mean Windows-1252 characters, as browsers read them.
    private static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    @inline(__always) private static func isAlnum(_ b: UInt8) -> Bool {
        (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10
    }

    /// The reference starting at `i` (an `&`) within `b[..<limit]`: up to two scalars (the second
    /// 0 when unused) and the index after it, or nil when the `&` is literal text.
    static func decode(
        _ b: UnsafeBufferPointer<UInt8>, at i: Int, limit: Int, inAttribute: Bool
    ) -> (first: UInt32, second: UInt32, next: Int)? {
        var j = i + 1
        guard j < limit else { return nil }
        if b[j] == 0x23 {  // #
            j += 1
            var hex = false
            if j < limit, b[j] | 0x20 == 0x78 {
                hex = true
                j += 1
            }
            let digits = j
            var value: UInt32 = 0
            while j < limit {
                let d = b[j]
                var v: UInt32
                if d &- 0x30 < 10 {
                    v = UInt32(d - 0x30)
                } else if hex, (d | 0x20) &- 0x61 < 6 {
                    v = UInt32((d | 0x20) - 0x61 + 10)
                } else {
                    break
                }
                if value <= 0x10FFFF { value = value * (hex ? 16 : 10) + v }
                j += 1
            }
            guard j > digits else { return nil }
            if j < limit, b[j] == 0x3B { j += 1 }
            return (numeric(value), 0, j)
        }
        let nameStart = j
        while j < limit, j - nameStart < 32, isAlnum(b[j]) { j += 1 }
        guard j > nameStart else { return nil }
        let table = NamedCharacterReferences.table
        if j < limit, b[j] == 0x3B {
            let name = String(decoding: UnsafeBufferPointer(rebasing: b[nameStart...j]), as: UTF8.self)
            if let v = table[name] { return (v.0, v.1, j + 1) }
        }
        // Legacy names without a semicolon: the longest that matches.
        var length = min(j - nameStart, NamedCharacterReferences.longestLegacyName)
        while length >= 2 {
            let name = String(decoding: UnsafeBufferPointer(rebasing: b[nameStart..<nameStart + length]), as: UTF8.self)
            if let v = table[name] {
                let after = nameStart + length
                // In attribute values `&copy=` or `&copyx` stay literal (query strings).
                if inAttribute, after < limit, b[after] == 0x3D || isAlnum(b[after]) { return nil }
                return (v.0, v.1, after)
            }
            length -= 1
        }
        return nil
    }

    private static func numeric(_ value: UInt32) -> UInt32 {
        switch value {
        case 0, 0xD800...0xDFFF: return 0xFFFD
        case 0x80...0x9F: return windows1252[Int(value - 0x80)]
        case 0x110000...: return 0xFFFD
        default: return value
        }
    }

    /// Appends a scalar as UTF-8.
    @inline(__always)
    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case 0..<0x80:
            out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | v >> 6))
            out.append(UInt8(0x80 | v & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | v >> 12))
            out.append(UInt8(0x80 | (v >> 6) & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        default:
            out.append(UInt8(0xF0 | v >> 18))
            out.append(UInt8(0x80 | (v >> 12) & 0x3F))
            out.append(UInt8(0x80 | (v >> 6) & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        }
    }
}
