import CorroborateCore
import CorroborateStore
import Foundation
import Logging
import PostgresNIO

/// The story index's rows in PostgreSQL, written a table at a time with arrays (one round
/// trip per table and batch, however many rows).
enum PostgresIndexRows {
    static func write(_ rows: StoryIndexRows, version: Int, _ conn: PostgresConnection, _ logger: Logger) async throws {
        if !rows.terms.isEmpty {
            try await conn.query(
                """
                INSERT INTO story_terms (id, text, df, idf, version)
                SELECT i, t, d, f, \(version) FROM unnest(\(rows.terms.map(\.id)), \(rows.terms.map(\.text)),
                    \(rows.terms.map(\.documentFrequency)), \(rows.terms.map(\.idf))) AS r(i, t, d, f)
                ON CONFLICT (id) DO UPDATE SET df = excluded.df, idf = excluded.idf, version = excluded.version
                """, logger: logger)
        }
        if !rows.stories.isEmpty {
            let ids = rows.stories.map { Int32(clamping: $0.id) }
            let profiles = rows.stories.map { ByteBuffer(bytes: RowPacking.pack($0)) }
            try await conn.query(
                """
                INSERT INTO story_profiles (id, profile, version)
                SELECT i, p, \(version) FROM unnest(\(ids), \(profiles)) AS r(i, p)
                ON CONFLICT (id) DO UPDATE SET profile = excluded.profile, version = excluded.version
                """, logger: logger)
        }
        if !rows.postings.isEmpty {
            let kinds = rows.postings.map { Int32($0.kind.rawValue) }
            let keys = rows.postings.map(\.key)
            let stories = rows.postings.map { ByteBuffer(bytes: RowPacking.pack(stories: $0.stories)) }
            try await conn.query(
                """
                INSERT INTO story_postings (kind, key, stories, version)
                SELECT k, y, s, \(version) FROM unnest(\(kinds), \(keys), \(stories)) AS r(k, y, s)
                ON CONFLICT (kind, key) DO UPDATE SET stories = excluded.stories, version = excluded.version
                """, logger: logger)
        }
        if !rows.reports.isEmpty {
            let ids = rows.reports.map { Int64($0.article) }
            let stories = rows.reports.map { Int32(clamping: $0.story) }
            let originals = rows.reports.map { Int64($0.original) }
            let shingles = rows.reports.map { Int32(clamping: $0.shingles) }
            let sketches = rows.reports.map { ByteBuffer(bytes: RowPacking.pack(minima: $0.minima)) }
            try await conn.query(
                """
                INSERT INTO story_reports (id, story, original, shingles, sketch, version)
                SELECT i, s, o, n, k, \(version) FROM unnest(\(ids), \(stories), \(originals), \(shingles), \(sketches)) AS r(i, s, o, n, k)
                ON CONFLICT (id) DO UPDATE SET story = excluded.story, original = excluded.original, shingles = excluded.shingles,
                    sketch = excluded.sketch, version = excluded.version
                """, logger: logger)
        }
        // Sketches older than the horizon find no more copies.
        try await conn.query(
            "DELETE FROM story_reports WHERE id < \(Int64(rows.articleCount - StoryIndex.copyHorizon))", logger: logger)
    }

    /// Rows written after `version` (all rows for -1).
    static func read(since version: Int, _ conn: PostgresConnection, _ logger: Logger) async throws -> StoryIndexRows {
        var rows = StoryIndexRows()
        rows.articleCount = try await PostgresStore.int(conn, "SELECT value FROM meta WHERE key = 'indexArticles'", logger)
        for try await (id, text, df, idf) in try await conn.query(
            "SELECT id, text, df, idf FROM story_terms WHERE version > \(version)", logger: logger
        ).decode((Int32, String, Int32, Double).self) {
            rows.terms.append(.init(id: id, text: text, documentFrequency: df, idf: idf))
        }
        for try await (id, profile) in try await conn.query(
            "SELECT id, profile FROM story_profiles WHERE version > \(version)", logger: logger
        ).decode((Int, Data).self) {
            rows.stories.append(try RowPacking.unpackStory(id: id, profile))
        }
        for try await (kind, key, stories) in try await conn.query(
            "SELECT kind, key, stories FROM story_postings WHERE version > \(version)", logger: logger
        ).decode((Int, Int32, Data).self) {
            rows.postings.append(.init(
                kind: StoryIndexRows.Posting.Kind(rawValue: kind) ?? .term, key: key, stories: try RowPacking.unpackStories(stories)))
        }
        for try await (id, story, original, shingles, sketch) in try await conn.query(
            """
            SELECT id, story, original, shingles, sketch FROM story_reports
            WHERE version > \(version) AND id >= \(Int64(rows.articleCount - StoryIndex.copyHorizon))
            """, logger: logger
        ).decode((Int64, Int32, Int64, Int32, Data).self) {
            rows.reports.append(.init(
                article: Int(id), story: Int(story), original: Int(original), minima: try RowPacking.unpackMinima(sketch),
                shingles: Int(shingles)))
        }
        return rows
    }
}
