/// Appends values to a compact byte form: integers as zigzag LEB128 varints, doubles as their
/// eight bytes, strings as a length and their UTF-8 bytes, optionals behind a presence byte.
///
/// Stored analyses are written once per article and read on every story read; Foundation's
/// `JSONEncoder` spent more time on them than the analysis itself took to make.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    mutating func byte(_ v: UInt8) { bytes.append(v) }

    mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }

    mutating func uint(_ v: UInt64) {
        var v = v
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// Small magnitudes of either sign take one byte.
    mutating func int(_ v: Int) {
        let n = Int64(v)
        uint(UInt64(bitPattern: (n << 1) ^ (n >> 63)))
    }

    mutating func double(_ v: Double) {
        var bits = v.bitPattern
        for _ in 0..<8 {
            bytes.append(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            uint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optional<T>(_ v: T?, _ write: (inout BinaryWriter, T) -> Void) {
        guard let v else { return bytes.append(0) }
        bytes.append(1)
        write(&self, v)
    }

    mutating func array<T>(_ values: [T], _ write: (inout BinaryWriter, T) -> Void) {
        uint(UInt64(values.count))
        for v in values { write(&self, v) }
    }

    mutating func value<T: BinaryStorable>(_ v: T) { v.write(to: &self) }

    mutating func optional<T: BinaryStorable>(_ v: T?) { optional(v) { $0.value($1) } }

    mutating func array<T: BinaryStorable>(_ values: [T]) { array(values) { $0.value($1) } }

    mutating func strings(_ values: [String]) { array(values) { $0.string($1) } }

    mutating func optionalString(_ v: String?) { optional(v) { $0.string($1) } }

    mutating func optionalInt(_ v: Int?) { optional(v) { $0.int($1) } }

    mutating func optionalDouble(_ v: Double?) { optional(v) { $0.double($1) } }

    /// An enum as its raw text, so reordering or adding cases never changes what stored bytes mean.
    mutating func raw<T: RawRepresentable>(_ v: T) where T.RawValue == String { string(v.rawValue) }
}
