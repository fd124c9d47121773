import Foundation

/// Finds a page's character encoding and turns its bytes into UTF-8, the way browsers decide:
/// a byte-order mark first, then the HTTP `Content-Type` charset, then a `<meta charset>` or
/// `<meta http-equiv="Content-Type">` in the first 8 KB, else UTF-8 when the bytes are valid
/// UTF-8, else Windows-1252.
///
/// A declared single-byte encoding yields to UTF-8 when the bytes are valid UTF-8 with
/// non-ASCII in them: a page mislabelled `iso-8859-1` is far more common than Latin-1 text
/// that happens to be valid UTF-8. Supported: UTF-8, UTF-16LE/BE, ISO-8859-1 to -16,
/// Windows-874 and -1250 to -1258, KOI8-R/U, IBM866, Macintosh; the CJK encodings go through
/// Foundation where the platform provides them, else through Windows-1252.
///
/// ```swift
/// let page = HTMLEncoding.decode(bytes, contentType: "text/html; charset=ISO-8859-2")
/// page.encoding   // "iso-8859-2" (or "utf-8" when the bytes are really UTF-8)
/// ```
public enum HTMLEncoding {
    /// UTF-8 bytes and the name of the encoding they were read as.
    public struct Decoded: Sendable {
        public var utf8: [UInt8]
        public var encoding: String
        /// Where the encoding came from: `bom`, `http`, `meta`, `utf8-valid`, `default`.
        public var basis: String
    }

    /// Decodes a page to UTF-8. Never fails: bytes that do not fit the encoding become U+FFFD.
    public static func decode(_ bytes: [UInt8], contentType: String? = nil) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Decoded(utf8: validUTF8(bytes[3...]), encoding: "utf-8", basis: "bom")
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return Decoded(utf8: utf16(bytes[2...], littleEndian: true), encoding: "utf-16le", basis: "bom") }
        if bytes.starts(with: [0xFE, 0xFF]) { return Decoded(utf8: utf16(bytes[2...], littleEndian: false), encoding: "utf-16be", basis: "bom") }

        let valid = TextDecoding.firstInvalidUTF8(bytes[...]) == nil
        var declared: (name: String, basis: String)? = nil
        if let header = contentType.flatMap(charset(inContentType:)).flatMap(canonicalName) {
            declared = (header, "http")
        } else if let xml = xmlDeclaration(bytes).flatMap(canonicalName), !valid {
            declared = (xml, "xml")
        } else if valid {
            // Valid UTF-8 is read as UTF-8 whatever a `<meta>` says (see above): no need to look.
            return Decoded(utf8: bytes, encoding: "utf-8", basis: "utf8-valid")
        } else if let meta = metaCharset(bytes).flatMap(canonicalName) {
            declared = (meta, "meta")
        }
        if let d = declared, d.basis == "meta", d.name.hasPrefix("utf-16") {
            // A page that declares UTF-16 in ASCII markup is not UTF-16 (the specification reads UTF-8).
            declared = ("utf-8", "meta")
        }
        if let declared {
            if declared.name == "utf-8" {
                return Decoded(utf8: valid ? bytes : validUTF8(bytes[...]), encoding: "utf-8", basis: declared.basis)
            }
            if let table = SingleByteTables.tables[declared.name] {
                if valid, bytes.contains(where: { $0 >= 0x80 }) {
                    return Decoded(utf8: bytes, encoding: "utf-8", basis: "utf8-valid")
                }
                return Decoded(utf8: singleByte(bytes[...], table), encoding: declared.name, basis: declared.basis)
            }
            if let foundation = foundationEncoding(declared.name), !valid || !bytes.contains(where: { $0 >= 0x80 }) {
                if let s = String(bytes: bytes, encoding: foundation) {
                    return Decoded(utf8: Array(s.utf8), encoding: declared.name, basis: declared.basis)
                }
            }
        }
        if valid { return Decoded(utf8: bytes, encoding: "utf-8", basis: "utf8-valid") }
        return Decoded(
            utf8: singleByte(bytes[...], SingleByteTables.tables["windows-1252"] ?? []), encoding: "windows-1252",
            basis: "default")
    }

    // MARK: - Declarations

    /// `encoding="…"` in an XML declaration (`<?xml version="1.0" encoding="ISO-8859-1"?>`).
    static func xmlDeclaration(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(256))
        guard head.starts(with: Array("<?xml".utf8)), let end = head.firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let declaration = String(decoding: head[..<end], as: UTF8.self)
        guard let r = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[r.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
        let value = rest.prefix { $0 != "\"" && $0 != "'" && $0 != " " && $0 != "?" }
        return value.isEmpty ? nil : String(value)
    }

    /// `charset=…` in a Content-Type value.
    static func charset(inContentType value: String) -> String? {
        let bytes = Array(value.utf8)
        return charsetValue(bytes[...])
    }

    /// The encoding named by the first `<meta charset>` or `<meta http-equiv content="…charset=…">`
    /// in the first 8 KB (the specification's prescan reads 1 KB; pages often put it later).
    static func metaCharset(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(8192))
        var result: String? = nil
        head.withUnsafeBufferPointer { b in
            var t = HTMLTokenizer(b)
            var document = HTMLDocumentScratch(b)
            while result == nil {
                let kind = t.next()
                if kind == .endOfFile { break }
                guard kind == .startTag, HTMLTag.lookup(UnsafeBufferPointer(rebasing: b[t.start..<t.end])) == .meta else {
                    if kind == .startTag {
                        let tag = HTMLTag.lookup(UnsafeBufferPointer(rebasing: b[t.start..<t.end]))
                        if tag.isRawText { t.enterRawText() }
                    }
                    continue
                }
                document.attributes = t.attributes
                if let c = document.value("charset") {
                    result = String(decoding: c, as: UTF8.self).trimmingCharacters(in: .whitespaces)
                } else if let content = document.value("content"), let equiv = document.value("http-equiv"),
                    String(decoding: equiv, as: UTF8.self).lowercased() == "content-type"
                {
                    result = charsetValue(content[...])
                }
            }
        }
        return result?.isEmpty == false ? result : nil
    }

    /// Attribute lookup over the tokenizer's ranges without building a document.
    private struct HTMLDocumentScratch {
        let b: UnsafeBufferPointer<UInt8>
        var attributes: [HTMLAttributeRange] = []
        init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }
        func value(_ name: String) -> [UInt8]? {
            let target = Array(name.utf8)
            for a in attributes where Int(a.nameEnd - a.nameStart) == target.count {
                var same = true
                for k in 0..<target.count where b[Int(a.nameStart) + k] | 0x20 != target[k] | 0x20 { same = false; break }
                if same { return Array(b[Int(a.valueStart)..<Int(a.valueEnd)]) }
            }
            return nil
        }
    }

    private static func charsetValue(_ bytes: ArraySlice<UInt8>) -> String? {
        let lower = bytes.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
        let key = Array("charset".utf8)
        guard lower.count >= key.count else { return nil }
        var i = 0
        while i + key.count <= lower.count {
            if lower[i..<i + key.count].elementsEqual(key) {
                var j = i + key.count
                while j < lower.count, lower[j] == 0x20 { j += 1 }
                guard j < lower.count, lower[j] == 0x3D else { i += 1; continue }
                j += 1
                while j < lower.count, lower[j] == 0x20 || lower[j] == 0x22 || lower[j] == 0x27 { j += 1 }
                var e = j
                while e < lower.count, lower[e] != 0x3B, lower[e] != 0x22, lower[e] != 0x27, lower[e] != 0x20 { e += 1 }
                return e > j ? String(decoding: lower[j..<e], as: UTF8.self) : nil
            }
            i += 1
        }
        return nil
    }

    /// The WHATWG name for an encoding label, for the encodings this reader knows.
    static func canonicalName(_ label: String) -> String? {
        let l = label.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        switch l {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return "utf-8"
        case "utf-16", "utf-16le", "unicode": return "utf-16le"
        case "utf-16be": return "utf-16be"
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "iso_8859-1", "us-ascii", "ascii", "windows-1252", "cp1252",
            "x-cp1252", "iso-ir-100", "cp819", "ibm819", "iso_8859-1:1987", "csisolatin1":
            return "windows-1252"
        case "iso-8859-9", "latin5", "windows-1254", "cp1254", "iso8859-9": return "windows-1254"
        case "iso-8859-11", "tis-620", "windows-874", "cp874": return "windows-874"
        case "koi8-r", "koi8", "koi", "cskoi8r": return "koi8-r"
        case "koi8-u", "koi8-ru": return "koi8-u"
        case "ibm866", "cp866", "866": return "ibm866"
        case "macintosh", "mac", "x-mac-roman": return "macintosh"
        case "shift_jis", "shift-jis", "sjis", "ms_kanji", "windows-31j", "x-sjis": return "shift_jis"
        case "euc-jp", "x-euc-jp": return "euc-jp"
        case "iso-2022-jp": return "iso-2022-jp"
        case "gbk", "gb2312", "gb_2312-80", "x-gbk", "gb18030", "chinese", "csgb2312": return "gb18030"
        case "big5", "big5-hkscs", "x-x-big5": return "big5"
        case "euc-kr", "ks_c_5601-1987", "windows-949", "korean", "cseuckr": return "euc-kr"
        default:
            for (prefix, name) in [("iso-8859-", "iso-8859-"), ("iso8859-", "iso-8859-"), ("iso_8859-", "iso-8859-"), ("latin", "")] {
                if l.hasPrefix(prefix), !name.isEmpty {
                    let n = l.dropFirst(prefix.count).prefix { $0.isNumber }
                    let candidate = name + n
                    if SingleByteTables.tables[candidate] != nil { return candidate }
                }
            }
            if l.hasPrefix("windows-") || l.hasPrefix("cp125") || l.hasPrefix("x-cp125") {
                let n = l.filter(\.isNumber)
                if SingleByteTables.tables["windows-" + n] != nil { return "windows-" + n }
            }
            return nil
        }
    }

    private static func foundationEncoding(_ name: String) -> String.Encoding? {
        switch name {
        case "shift_jis": return .shiftJIS
        case "euc-jp": return .japaneseEUC
        case "iso-2022-jp": return .iso2022JP
        default: return nil
        }
    }

    // MARK: - Decoders

    static func singleByte(_ bytes: ArraySlice<UInt8>, _ table: [UInt16]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 {
                out.append(b)
            } else {
                let v = table.isEmpty ? 0xFFFD : UInt32(table[Int(b) - 0x80])
                CharacterReferences.appendUTF8(v, to: &out)
            }
        }
        return out
    }

    /// UTF-8 with every invalid sequence replaced by U+FFFD.
    static func validUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        if TextDecoding.firstInvalidUTF8(bytes) == nil { return Array(bytes) }
        return Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
