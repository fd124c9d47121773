/// Content digests to recognise identical inputs and articles, read straight from the bytes.
package enum Digest {
    /// FNV-1a, 64-bit, as 16 hex digits.
    package static func fnv1a(_ bytes: some Sequence<UInt8>) -> String {
        let h = bytes.withContiguousStorageIfAvailable { fnv1a(contiguous: $0) } ?? fnv1a(contiguous: Array(bytes))
        return hex(h, nil)
    }

    // The loops read a buffer and keep their state in locals (not captured by a closure), so
    // that the state stays in registers.
    private static func fnv1a(contiguous bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    private static func fnv1a(contiguous bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { fnv1a(contiguous: $0) }
    }

    /// Two independent 64-bit FNV-1a hashes, 128 bits in all, so that collisions are
    /// negligible for collections of many millions of articles without a cryptographic library.
    package static func hex128(_ bytes: some Sequence<UInt8>, salt: String = "") -> String {
        var (a, b, n) = bytes.withContiguousStorageIfAvailable { pair(contiguous: $0) } ?? pair(contiguous: Array(bytes))
        for byte in salt.utf8 {
            a = (a ^ UInt64(byte)) &* 0x100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        a ^= n
        return hex(a, b)
    }

    /// The two hashes of `bytes`, and how many bytes there are (folded into the first after the salt).
    private static func pair(contiguous bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64, UInt64) {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x6c62_272e_07bb_0142
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* 0x100_0000_01b3
            b = (b ^ UInt64(byte ^ 0x5a)) &* 0x100_0000_01b3
            b = b ^ (b >> 29)
        }
        return (a, b, UInt64(bytes.count))
    }

    private static func pair(contiguous bytes: [UInt8]) -> (UInt64, UInt64, UInt64) {
        bytes.withUnsafeBufferPointer { pair(contiguous: $0) }
    }

    /// `a` (and `b`) as 16 lowercase hex digits each, written into one string.
    private static func hex(_ a: UInt64, _ b: UInt64?) -> String {
        let count = b == nil ? 16 : 32
        return String(unsafeUninitializedCapacity: count) { out in
            func write(_ v: UInt64, at offset: Int) {
                for k in 0..<16 {
                    let nibble = UInt8(truncatingIfNeeded: v >> (60 - 4 * k)) & 0xF
                    out[offset + k] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
                }
            }
            write(a, at: 0)
            if let b { write(b, at: 16) }
            return count
        }
    }
}
