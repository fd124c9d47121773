import Foundation

/// Substring search on bytes (`memchr` for the first byte, then a comparison): the generic
/// collection search is far slower on the short strings this reader checks by the thousand.
enum ByteSearch {
    /// The offset of `needle` in `haystack`, or nil.
    static func find(_ needle: [UInt8], in haystack: some ContiguousBytes) -> Int? {
        guard !needle.isEmpty else { return 0 }
        return haystack.withUnsafeBytes { h -> Int? in
            guard h.count >= needle.count, let base = h.baseAddress else { return nil }
            return needle.withUnsafeBytes { n -> Int? in
                let first = Int32(n[0])
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    guard let p = memchr(base + i, first, last - i + 1) else { return nil }
                    let at = base.distance(to: UnsafeRawPointer(p))
                    if let nb = n.baseAddress, memcmp(base + at, nb, n.count) == 0 { return at }
                    i = at + 1
                }
                return nil
            }
        }
    }

    static func contains(_ needle: [UInt8], in haystack: some ContiguousBytes) -> Bool { find(needle, in: haystack) != nil }

    /// ASCII letters lowercased.
    static func lowercased(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        bytes.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
    }
}
