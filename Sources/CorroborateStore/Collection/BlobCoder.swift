package import CorroborateCore
package import Foundation

/// Encodes stored analyses and story records.
///
/// They are written in a compact binary form (``BinaryWriter``) behind a two-byte header:
/// `0xC0` (never the first byte of UTF-8 JSON) and the form's version. Collections written
/// before it hold JSON, which still reads. An article's analysis is stored without its text,
/// which sits in its own column for full-text search, so the text is kept once.
package enum BlobCoder {
    /// Marks a binary blob; JSON always starts with `{`.
    static let binaryMark: UInt8 = 0xC0
    /// The binary form's version: a form that changes what fields mean takes the next number,
    /// and readers keep reading the earlier ones.
    static let binaryVersion: UInt8 = 1

    /// An analysis without its text (``Article``'s binary form leaves it out), its article
    /// under `id` when given.
    package static func encode(_ analysis: ArticleAnalysis, id: String? = nil) -> Data {
        var w = BinaryWriter(capacity: 4096)
        w.byte(binaryMark)
        w.byte(binaryVersion)
        analysis.write(to: &w, id: id ?? analysis.article.id)
        return Data(w.bytes)
    }

    package static func decodeAnalysis(_ data: Data, text: String) throws(StoreError) -> ArticleAnalysis {
        var analysis: ArticleAnalysis
        if isBinary(data) {
            analysis = try fromBinary(data, what: "article analysis")
        } else {
            analysis = try decode(ArticleAnalysis.self, data)
        }
        analysis.article.text = text
        return analysis
    }

    package static func encode(_ record: StoryRecord) -> Data { binary(record, capacity: 4096) }

    package static func decodeRecord(_ data: Data) throws(StoreError) -> StoryRecord {
        isBinary(data) ? try fromBinary(data, what: "story record") : try decode(StoryRecord.self, data)
    }

    /// JSON, for what is small and rare (an input's notices).
    package static func encode<T: Encodable>(value: T) throws(StoreError) -> Data {
        do {
            return try JSONEncoder().encode(value)
        } catch {
            throw StoreError(.corrupt, "cannot encode \(T.self): \(error)")
        }
    }

    package static func decode<T: Decodable>(_ type: T.Type, _ data: Data) throws(StoreError) -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            throw StoreError(.corrupt, "stored \(T.self) cannot be read: \(error)")
        }
    }

    private static func isBinary(_ data: Data) -> Bool { data.first == binaryMark }

    private static func binary(_ value: some BinaryStorable, capacity: Int) -> Data {
        var w = BinaryWriter(capacity: capacity)
        w.byte(binaryMark)
        w.byte(binaryVersion)
        value.write(to: &w)
        return Data(w.bytes)
    }

    private static func fromBinary<T: BinaryStorable>(_ data: Data, what: String) throws(StoreError) -> T {
        var r = BinaryReader([UInt8](data), offset: 2, what: what)
        guard data.count >= 2, data[data.startIndex + 1] == binaryVersion else {
            throw r.corrupt("it was written in a newer form (\(data.count >= 2 ? data[data.startIndex + 1] : 0))")
        }
        let value = try T(from: &r)
        guard r.isAtEnd else { throw r.corrupt("bytes follow its end") }
        return value
    }
}
