import CorroborateCore
import Foundation
import GRDB

/// The story index's rows in SQLite tables, each stamped with the version that wrote it so a
/// writer can load only what others changed since it last looked.
enum SQLiteIndexRows {
    static func write(_ rows: StoryIndexRows, version: Int, _ db: Database) throws {
        let term = try db.cachedStatement(
            sql: """
                INSERT INTO story_terms (id, text, df, idf, version) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET df = excluded.df, idf = excluded.idf, version = excluded.version
                """)
        // Thousands of rows per batch: bound straight to SQLite (SQLiteRow).
        for t in rows.terms {
            try SQLiteRow(term).bind(Int(t.id)).bind(t.text).bind(Int(t.documentFrequency)).bind(t.idf).bind(version).run()
        }
        let profile = try db.cachedStatement(sql: "INSERT OR REPLACE INTO story_profiles (id, profile, version) VALUES (?, ?, ?)")
        for s in rows.stories { try SQLiteRow(profile).bind(s.id).bind(RowPacking.pack(s)).bind(version).run() }
        let posting = try db.cachedStatement(
            sql: "INSERT OR REPLACE INTO story_postings (kind, key, stories, version) VALUES (?, ?, ?, ?)")
        for p in rows.postings {
            try SQLiteRow(posting).bind(p.kind.rawValue).bind(Int(p.key)).bind(RowPacking.pack(stories: p.stories)).bind(version).run()
        }
        let report = try db.cachedStatement(
            sql: "INSERT OR REPLACE INTO story_reports (id, story, original, shingles, sketch, version) VALUES (?, ?, ?, ?, ?, ?)")
        for r in rows.reports {
            try SQLiteRow(report).bind(r.article).bind(r.story).bind(r.original).bind(r.shingles)
                .bind(RowPacking.pack(minima: r.minima)).bind(version).run()
        }
        // Sketches older than the horizon find no more copies.
        try db.execute(sql: "DELETE FROM story_reports WHERE id < ?", arguments: [rows.articleCount - StoryIndex.copyHorizon])
    }

    /// Rows written after `version` (all rows for -1).
    static func read(since version: Int, _ db: Database) throws -> StoryIndexRows {
        var rows = StoryIndexRows()
        rows.articleCount = try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'indexArticles'") ?? 0
        let c1 = try Row.fetchCursor(db, sql: "SELECT id, text, df, idf FROM story_terms WHERE version > ?", arguments: [version])
        while let r = try c1.next() {
            rows.terms.append(.init(id: r[0], text: r[1], documentFrequency: r[2], idf: r[3]))
        }
        let c3 = try Row.fetchCursor(db, sql: "SELECT id, profile FROM story_profiles WHERE version > ?", arguments: [version])
        while let r = try c3.next() {
            rows.stories.append(try RowPacking.unpackStory(id: r[0], r[1]))
        }
        let c4 = try Row.fetchCursor(db, sql: "SELECT kind, key, stories FROM story_postings WHERE version > ?", arguments: [version])
        while let r = try c4.next() {
            rows.postings.append(.init(
                kind: StoryIndexRows.Posting.Kind(rawValue: r[0]) ?? .term, key: r[1], stories: try RowPacking.unpackStories(r[2])))
        }
        let c5 = try Row.fetchCursor(
            db, sql: "SELECT id, story, original, shingles, sketch FROM story_reports WHERE version > ? AND id >= ?",
            arguments: [version, rows.articleCount - StoryIndex.copyHorizon])
        while let r = try c5.next() {
            rows.reports.append(.init(
                article: r[0], story: r[1], original: r[2], minima: try RowPacking.unpackMinima(r[4]), shingles: r[3]))
        }
        return rows
    }
}
