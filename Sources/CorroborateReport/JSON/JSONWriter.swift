/// A streaming JSON writer: keys in the order written, two-space indentation, UTF-8 out.
///
/// Written by hand so the contract's field order is fixed and output costs one pass.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the current container already holds an element.
    private var hasElement: [Bool] = [false]
    private let pretty: Bool

    /// Receives full chunks of output when streaming; nil keeps everything in ``bytes``.
    private let sink: ((ArraySlice<UInt8>) -> Void)?
    private let chunk = 1 << 20

    init(pretty: Bool = true, capacity: Int = 1 << 16, sink: ((ArraySlice<UInt8>) -> Void)? = nil) {
        self.pretty = pretty
        self.sink = sink
        bytes.reserveCapacity(sink == nil ? capacity : chunk + (chunk >> 2))
    }

    /// Hands what is written so far to the sink, if streaming. Call between elements.
    mutating func flushIfFull(force: Bool = false) {
        guard let sink, force || bytes.count >= chunk else { return }
        sink(bytes[...])
        bytes.removeAll(keepingCapacity: true)
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
        var s = s
        s.withUTF8 { utf8 in
            // Copy runs of bytes that need no escape in one go.
            var run = 0
            for i in 0..<utf8.count {
                let b = utf8[i]
                guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
                if i > run { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i])) }
                run = i + 1
                switch b {
                case 0x22: bytes.append(0x5C); bytes.append(0x22)
                case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
                case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
                case 0x0D: bytes.append(0x5C); bytes.append(0x72)
                case 0x09: bytes.append(0x5C); bytes.append(0x74)
                default:
                    let hex: StaticString = "0123456789abcdef"
                    hex.withUTF8Buffer { h in
                        bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, h[Int(b >> 4)], h[Int(b & 15)]])
                    }
                }
            }
            if run < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<utf8.count])) }
        }
        bytes.append(0x22)
    }
}
