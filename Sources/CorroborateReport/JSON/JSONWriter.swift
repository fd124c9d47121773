/// A streaming JSON writer: keys in the order written, two-space indentation, UTF-8 out.
///
/// Written by hand so the contract's field order is fixed and output costs one pass.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the current container already holds an element.
    private var hasElement: [Bool] = [false]
    private let pretty: Bool

    init(pretty: Bool = true, capacity: Int = 1 << 16) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes `"key": ` inside an object.
    mutating func key(_ key: String) {
        separate()
        writeString(key)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(0x20) }
        pendingValue = true
    }

    mutating func string(_ value: String) {
        element()
        writeString(value)
    }

    mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    mutating func int(_ value: Int) {
        element()
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Writes a number; integral values print without a fraction, non-finite ones as null.
    mutating func number(_ value: Double?) {
        guard let value, value.isFinite else { return null() }
        element()
        if value == value.rounded(), abs(value) < 1e15 {
            bytes.append(contentsOf: String(Int64(value)).utf8)
        } else {
            bytes.append(contentsOf: "\(value)".utf8)
        }
    }

    mutating func bool(_ value: Bool) {
        element()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    mutating func null() {
        element()
        bytes.append(contentsOf: "null".utf8)
    }

    // MARK: - Layout

    private var pendingValue = false

    private mutating func open(_ c: UInt8) {
        element()
        bytes.append(c)
        depth += 1
        hasElement.append(false)
    }

    private mutating func close(_ c: UInt8) {
        let had = hasElement.removeLast()
        depth -= 1
        if had { newline() }
        bytes.append(c)
    }

    /// Starts a value: after a key nothing is needed; in an array, a separator and newline.
    private mutating func element() {
        if pendingValue {
            pendingValue = false
            return
        }
        separate()
    }

    private mutating func separate() {
        if hasElement[hasElement.count - 1] { bytes.append(UInt8(ascii: ",")) }
        hasElement[hasElement.count - 1] = true
        if depth > 0 { newline() }
    }

    private mutating func newline() {
        guard pretty else { return }
        bytes.append(0x0A)
        for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
    }

    private mutating func writeString(_ s: String) {
        bytes.append(0x22)
        for b in s.utf8 {
            switch b {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
            case 0x0D: bytes.append(0x5C); bytes.append(0x72)
            case 0x09: bytes.append(0x5C); bytes.append(0x74)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]])
            default: bytes.append(b)
            }
        }
        bytes.append(0x22)
    }
}
