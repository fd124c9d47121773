/// A trained entity tagger: quantised weights of a linear-chain model over word and context
/// features, read from and written to a versioned binary file.
///
/// The model keeps three tables: *blocks*, the summed word-feature weights of every known word
/// at each offset of the window (so a known word costs one lookup); *features*, the weights of
/// context features and of the word features an unknown word can still have (prefixes,
/// suffixes, shapes, classes); and the tag-to-tag *transitions*. Weights are 16-bit integers
/// times ``scale``; tagging adds them as integers.
///
/// ```swift
/// let model = try NERModel(bytes: fileBytes)
/// let names = NERTagger(model: model).names(in: TextView("Ana Ruiz flew to Oslo."))
/// ```
public struct NERModel: Sendable {
    /// The file format version this build reads and writes.
    public static let formatVersion: UInt32 = 1
    static let magic: [UInt8] = Array("CNER".utf8)

    public let scheme: NERTagScheme
    /// How the model was made: the training command, data and scores, as the trainer wrote it.
    public let provenance: String
    /// Weight units per integer step.
    public let scale: Float
    var tagCount: Int { scheme.tagCount }
    /// Offsets per block: the window's width.
    static let blockOffsets = 2 * NERFeatures.window + 1

    let features: NERWeightTable
    let blocks: NERWeightTable
    /// Row `p + 1`, column `t`: the weight of tag `t` after tag `p`; row 0 is the sentence start.
    /// Disallowed moves carry ``forbidden``; the bias feature's weights are added in.
    let transitions: [Int32]
    /// ``transitions`` as vectors (row 0 the start), padding lanes forbidden.
    let transitions16: [SIMD16<Int32>]
    /// A block for the positions before and after a sentence: the weights of ``NERFeatures/outside(offset:)``.
    let outside: [Int16]
    /// Rows of the context features with few values (``NERContext/smallKey(_:)``), dense.
    let small: [SIMD16<Int32>]
    /// Whether a sentence may end on each tag.
    let allowedEnd: [Bool]
    /// The transitions as trained, for writing the model back.
    private let rawTransitions: [Int16]

    static let forbidden: Int32 = -1 << 28
    /// Scores per position: one SIMD vector.
    static let lanes = NERWeightTable.lanes

    init(scheme: NERTagScheme, provenance: String, scale: Float, features: NERWeightTable, blocks: NERWeightTable,
         transitions rawTransitions: [Int16]) {
        self.scheme = scheme
        self.provenance = provenance
        self.scale = scale
        self.features = features
        self.blocks = blocks
        self.rawTransitions = rawTransitions
        let T = scheme.tagCount
        // The bias feature fires at every token: its weights join every move into a tag.
        let bias = features.find(NERFeatures.bias)
        var transitions = rawTransitions.map(Int32.init)
        for p in -1..<T {
            for t in 0..<T {
                if bias >= 0 { transitions[(p + 1) * T + t] &+= Int32(features.rows[bias + t]) }
                if !scheme.allows(p, t) { transitions[(p + 1) * T + t] = NERModel.forbidden }
            }
        }
        self.transitions = transitions
        transitions16 = (0...T).map { row in
            var v = SIMD16<Int32>(repeating: NERModel.forbidden)
            for t in 0..<T { v[t] = transitions[row * T + t] }
            return v
        }
        allowedEnd = (0..<T).map { scheme.allowsEnd($0) }
        // Laid out as a block, with room to load its last run as a whole vector.
        var outside = [Int16](repeating: 0, count: NERModel.blockOffsets * T + NERModel.lanes)
        for d in NERFeatures.offsets where d != 0 {
            let r = features.find(NERFeatures.outside(offset: d))
            guard r >= 0 else { continue }
            for t in 0..<T { outside[(d + NERFeatures.window) * T + t] = features.rows[r + t] }
        }
        self.outside = outside
        small = (0..<NERContext.smallCount).map { index in
            var v = SIMD16<Int32>()
            let r = features.find(NERContext.smallKey(index))
            if r >= 0 { for t in 0..<T { v[t] = Int32(features.rows[r + t]) } }
            return v
        }
    }

    /// Reads a model file's bytes.
    ///
    /// - Throws: ``NERModelError`` when the bytes are not a model of this format version.
    public init(bytes: [UInt8]) throws(NERModelError) {
        var reader = ByteReader(bytes)
        guard Array(reader.take(4)) == NERModel.magic else { throw .notAModel }
        let version = reader.u32()
        guard version == NERModel.formatVersion else { throw .unsupportedVersion(version) }
        guard let scheme = NERTagScheme(rawValue: reader.u8()) else { throw .damaged("unknown tag scheme") }
        let window = Int(reader.u8())
        guard window == NERFeatures.window else { throw .damaged("window \(window)") }
        let scale = Float(bitPattern: reader.u32())
        let provenance = String(decoding: reader.take(Int(reader.u32())), as: UTF8.self)
        let T = scheme.tagCount
        guard T <= NERModel.lanes else { throw .damaged("\(T) tags; this build tags with at most \(NERModel.lanes)") }
        let transitions = reader.i16s((T + 1) * T)
        let features = reader.table(width: T, segments: 1)
        let blocks = reader.table(width: T, segments: NERModel.blockOffsets)
        guard !reader.failed, reader.atEnd else { throw .damaged("truncated or oversized") }
        self.init(scheme: scheme, provenance: provenance, scale: scale, features: features, blocks: blocks,
                  transitions: transitions)
    }

    /// The model file's bytes.
    public func encoded() -> [UInt8] {
        var out = NERModel.magic
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func i16s(_ values: some Sequence<Int16>) { for v in values { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } } }
        u32(NERModel.formatVersion)
        out.append(scheme.rawValue)
        out.append(UInt8(NERFeatures.window))
        u32(scale.bitPattern)
        let info = Array(provenance.utf8)
        u32(UInt32(info.count))
        out.append(contentsOf: info)
        i16s(rawTransitions)
        for table in [features, blocks] {
            let entries = table.entries()
            u32(UInt32(entries.count))
            for (key, _) in entries { withUnsafeBytes(of: key.littleEndian) { out.append(contentsOf: $0) } }
            for (_, row) in entries { i16s(row) }
        }
        return out
    }

    /// Known words and feature rows, for reports.
    public var size: (words: Int, features: Int) { (blocks.count, features.count) }
}

/// Why a model file could not be read.
public enum NERModelError: Error, Sendable, Equatable, CustomStringConvertible {
    case notAModel
    case unsupportedVersion(UInt32)
    case damaged(String)

    public var description: String {
        switch self {
        case .notAModel: "not a Corroborate entity model"
        case .unsupportedVersion(let v): "model format version \(v); this build reads \(NERModel.formatVersion)"
        case .damaged(let why): "damaged model file: \(why)"
        }
    }
}

/// Little-endian reads that never trap: a short read sets ``failed``.
private struct ByteReader {
    let bytes: [UInt8]
    var offset = 0
    var failed = false

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { offset == bytes.count }

    mutating func take(_ n: Int) -> ArraySlice<UInt8> {
        guard n >= 0, offset + n <= bytes.count else {
            failed = true
            offset = bytes.count
            return []
        }
        defer { offset += n }
        return bytes[offset..<(offset + n)]
    }

    mutating func u8() -> UInt8 { take(1).first ?? 0 }

    mutating func u32() -> UInt32 {
        let s = take(4)
        return s.count == 4 ? s.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }.littleEndian : 0
    }

    mutating func i16s(_ n: Int) -> [Int16] {
        let s = take(2 * n)
        guard s.count == 2 * n else { return [Int16](repeating: 0, count: n) }
        return s.withUnsafeBytes { raw in (0..<n).map { Int16(littleEndian: raw.loadUnaligned(fromByteOffset: 2 * $0, as: Int16.self)) } }
    }

    mutating func table(width: Int, segments: Int) -> NERWeightTable {
        let n = Int(u32())
        guard !failed, n <= (bytes.count - offset) / 8 else {
            failed = true
            return NERWeightTable(width: width, segments: segments, expected: 0)
        }
        let keyBytes = take(8 * n)
        let rowWidth = width * segments
        let rowBytes = take(2 * n * rowWidth)
        var table = NERWeightTable(width: width, segments: segments, expected: n)
        guard !failed else { return table }
        keyBytes.withUnsafeBytes { keys in
            rowBytes.withUnsafeBytes { rows in
                var row = [Int16](repeating: 0, count: rowWidth)
                for e in 0..<n {
                    let key = UInt64(littleEndian: keys.loadUnaligned(fromByteOffset: 8 * e, as: UInt64.self))
                    for t in 0..<rowWidth {
                        row[t] = Int16(littleEndian: rows.loadUnaligned(fromByteOffset: 2 * (e * rowWidth + t), as: Int16.self))
                    }
                    guard key != 0 else {
                        failed = true
                        return
                    }
                    row.withUnsafeBufferPointer { table.insert(key, $0) }
                }
            }
        }
        return table
    }
}
