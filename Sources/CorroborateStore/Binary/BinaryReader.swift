/// Reads what ``BinaryWriter`` wrote, checking every length against the bytes left: a
/// damaged blob is an error naming what it held, never a crash.
struct BinaryReader {
    private let bytes: [UInt8]
    private var offset: Int
    /// What is being read, for error messages (`article analysis`, `story record`).
    let what: String

    init(_ bytes: [UInt8], offset: Int = 0, what: String) {
        self.bytes = bytes
        self.offset = offset
        self.what = what
    }

    var isAtEnd: Bool { offset == bytes.count }

    func corrupt(_ problem: String) -> StoreError {
        StoreError(.corrupt, "stored \(what) cannot be read: \(problem) at byte \(offset)")
    }

    mutating func byte() throws(StoreError) -> UInt8 {
        guard offset < bytes.count else { throw corrupt("it ends early") }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func bool() throws(StoreError) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        case let b: throw corrupt("\(b) is not a flag")
        }
    }

    mutating func uint() throws(StoreError) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw corrupt("a number is too long") }
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
        }
    }

    mutating func int() throws(StoreError) -> Int {
        let z = try uint()
        return Int(truncatingIfNeeded: Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
    }

    mutating func double() throws(StoreError) -> Double {
        guard bytes.count - offset >= 8 else { throw corrupt("it ends early") }
        var bits: UInt64 = 0
        for k in 0..<8 { bits |= UInt64(bytes[offset + k]) << (8 * UInt64(k)) }
        offset += 8
        return Double(bitPattern: bits)
    }

    /// A count of items that each take at least one byte: larger than what is left is damage.
    mutating func count() throws(StoreError) -> Int {
        let n = try uint()
        guard n <= UInt64(bytes.count - offset) else { throw corrupt("a count of \(n) exceeds the bytes left") }
        return Int(n)
    }

    mutating func string() throws(StoreError) -> String {
        let n = try count()
        defer { offset += n }
        return String(decoding: bytes[offset..<(offset + n)], as: UTF8.self)
    }

    mutating func optional<T>(_ read: (inout BinaryReader) throws(StoreError) -> T) throws(StoreError) -> T? {
        try bool() ? try read(&self) : nil
    }

    mutating func array<T>(_ read: (inout BinaryReader) throws(StoreError) -> T) throws(StoreError) -> [T] {
        let n = try count()
        var values: [T] = []
        values.reserveCapacity(n)
        for _ in 0..<n { values.append(try read(&self)) }
        return values
    }

    mutating func value<T: BinaryStorable>(_: T.Type = T.self) throws(StoreError) -> T { try T(from: &self) }

    mutating func optional<T: BinaryStorable>(_: T.Type = T.self) throws(StoreError) -> T? {
        try optional { r throws(StoreError) in try T(from: &r) }
    }

    mutating func array<T: BinaryStorable>(_: T.Type = T.self) throws(StoreError) -> [T] {
        try array { r throws(StoreError) in try T(from: &r) }
    }

    mutating func strings() throws(StoreError) -> [String] { try array { r throws(StoreError) in try r.string() } }

    mutating func optionalString() throws(StoreError) -> String? { try optional { r throws(StoreError) in try r.string() } }

    mutating func optionalInt() throws(StoreError) -> Int? { try optional { r throws(StoreError) in try r.int() } }

    mutating func optionalDouble() throws(StoreError) -> Double? { try optional { r throws(StoreError) in try r.double() } }

    mutating func raw<T: RawRepresentable>(_: T.Type = T.self) throws(StoreError) -> T where T.RawValue == String {
        let text = try string()
        guard let value = T(rawValue: text) else { throw corrupt("\"\(text)\" is not a \(T.self)") }
        return value
    }
}

/// A value with a compact stored form; every field is written in declaration order, and a
/// field added later goes at the end behind the format's version (see ``BlobCoder``).
protocol BinaryStorable {
    func write(to w: inout BinaryWriter)
    init(from r: inout BinaryReader) throws(StoreError)
}
