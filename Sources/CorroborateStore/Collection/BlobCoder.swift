package import CorroborateCore
package import Foundation

/// Encodes stored analyses and story records.
///
/// An article's analysis is stored without its text, which sits in its own column for
/// full-text search, so the text is kept once.
package enum BlobCoder {
    package static func encode(_ analysis: ArticleAnalysis) throws(StoreError) -> Data {
        var bare = analysis
        bare.article.text = ""
        return try encode(value: bare)
    }

    package static func decodeAnalysis(_ data: Data, text: String) throws(StoreError) -> ArticleAnalysis {
        var analysis = try decode(ArticleAnalysis.self, data)
        analysis.article.text = text
        return analysis
    }

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
}
