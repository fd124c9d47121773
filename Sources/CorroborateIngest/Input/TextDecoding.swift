/// Checks that input bytes are text an article can be made of, and decodes them.
enum TextDecoding {
    /// Decodes strict UTF-8 (a leading byte-order mark is dropped), refusing empty, binary and
    /// oversized input with an error that says which.
    /// With `lossy`, bytes that are not UTF-8 are read as Windows-1252, as browsers do for pages
    /// that declare no encoding.
    /// With `validateOnly`, the checks run and an empty string is returned (the caller keeps
    /// working on the bytes).
    @discardableResult
    static func decode(
        _ bytes: [UInt8], source: String, limit: Int, lossy: Bool = false, validateOnly: Bool = false
    ) throws(IngestError) -> String {
        guard bytes.count <= limit else {
            throw IngestError(
                .tooLarge, source: source,
                "too large for one article (\(bytes.count) bytes; the limit is \(limit) bytes, see --max-article-bytes)")
        }
        if let kind = binaryKind(bytes) {
            throw IngestError(.binary, source: source, "binary data (\(kind)), not text")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var text = ""
        if let bad = firstInvalidUTF8(body) {
            guard lossy else { throw IngestError(.invalidUTF8, source: source, "invalid UTF-8 at byte \(bad)") }
            text = windows1252(body)
        } else if !validateOnly {
            text = String(decoding: body, as: UTF8.self)
        }
        guard body.contains(where: { $0 > 0x20 }) else {
            throw IngestError(.empty, source: source, bytes.isEmpty ? "empty input (0 bytes)" : "empty input (only whitespace)")
        }
        return text
    }

    /// Decodes Windows-1252 (a superset of ISO-8859-1 for printable text).
    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
            0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
            0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            let value = b >= 0x80 && b < 0xA0 ? high[Int(b - 0x80)] : UInt32(b)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// A name for the format when the bytes start like a known binary file (images, archives,
    /// executables). HTML may hold stray NUL and control bytes, so only signatures count for it.
    static func binarySignature(_ bytes: [UInt8]) -> String? {
        let signatures: [([UInt8], String)] = [
            ([0x89, 0x50, 0x4E, 0x47], "PNG image"), ([0xFF, 0xD8, 0xFF], "JPEG image"),
            ([0x47, 0x49, 0x46, 0x38], "GIF image"), ([0x25, 0x50, 0x44, 0x46], "PDF document"),
            ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"), ([0x1F, 0x8B], "gzip data"),
            ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"), ([0x53, 0x51, 0x4C, 0x69, 0x74, 0x65], "SQLite database"),
        ]
        for (magic, name) in signatures where bytes.starts(with: magic) { return name }
        return nil
    }

    /// A name for the binary format when the bytes are not text.
    static func binaryKind(_ bytes: [UInt8]) -> String? {
        let signatures: [([UInt8], String)] = [
            ([0x89, 0x50, 0x4E, 0x47], "PNG image"), ([0xFF, 0xD8, 0xFF], "JPEG image"),
            ([0x47, 0x49, 0x46, 0x38], "GIF image"), ([0x25, 0x50, 0x44, 0x46], "PDF document"),
            ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"), ([0x1F, 0x8B], "gzip data"),
            ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"), ([0x00, 0x00, 0x00], "binary data"),
            ([0x53, 0x51, 0x4C, 0x69, 0x74, 0x65], "SQLite database"),
        ]
        for (magic, name) in signatures where bytes.starts(with: magic) { return name }
        // Control bytes other than tab, newline, form feed and carriage return mark binary data.
        let sample = bytes.prefix(8192)
        var control = 0
        for b in sample where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0C && b != 0x0D {
            if b == 0 { return "contains NUL bytes" }
            control += 1
        }
        return control * 20 > sample.count && control > 2 ? "\(control) control bytes in the first \(sample.count)" : nil
    }

    /// The offset of the first byte that breaks UTF-8, or nil when all is valid.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { b -> Int? in
            let n = b.count
            var i = 0
            while i < n {
                // Eight ASCII bytes at a time.
                if i + 8 <= n, let base = b.baseAddress {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 {
                        i += 8
                        continue
                    }
                }
                let c = b[i]
                if c < 0x80 {
                    i += 1
                    continue
                }
                let length: Int
                var minimum: UInt32
                var scalar: UInt32
                switch c {
                case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(c & 0x1F)
                case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(c & 0x0F)
                case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(c & 0x07)
                default: return i
                }
                guard i + length <= n else { return i }
                for k in 1..<length {
                    let cc = b[i + k]
                    guard cc & 0xC0 == 0x80 else { return i }
                    scalar = scalar << 6 | UInt32(cc & 0x3F)
                }
                if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
                i += length
            }
            return nil
        }
    }
}
