/// Content digests for deduplication: two independent 64-bit FNV-1a hashes, 128 bits in all,
/// so that collisions are negligible for collections of many millions of articles without a
/// cryptographic library.
enum Digest {
    static func hex128(_ bytes: some Sequence<UInt8>, salt: String = "") -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x6c62_272e_07bb_0142
        var n: UInt64 = 0
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* 0x100_0000_01b3
            b = (b ^ UInt64(byte ^ 0x5a)) &* 0x100_0000_01b3
            b = b ^ (b >> 29)
            n &+= 1
        }
        for byte in salt.utf8 {
            a = (a ^ UInt64(byte)) &* 0x100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        a ^= n
        return hex(a) + hex(b)
    }

    private static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
