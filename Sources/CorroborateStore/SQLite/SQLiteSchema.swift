import GRDB

/// The SQLite schema, one migration per version. A migration, once released, never changes:
/// later versions add migrations.
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-collection") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2-copies") { db in
            try db.execute(sql: v2)
        }
        migrator.registerMigration("v3-stale-stories") { db in
            try db.execute(sql: v3)
        }
        return migrator
    }

    /// Inputs with their bytes, articles with their analyses, full-text search, stories with
    /// their cross-article results, and the story index's rows.
    static let v1 = """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
        INSERT INTO meta (key, value) VALUES ('version', 0), ('articles', 0), ('stories', 0), ('indexArticles', 0);

        CREATE TABLE inputs (
            id INTEGER PRIMARY KEY,
            digest TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            format TEXT,
            first_line INTEGER NOT NULL DEFAULT 1,
            bytes BLOB NOT NULL,
            status INTEGER NOT NULL DEFAULT 0,      -- 0 pending, 1 done
            notices TEXT,                           -- JSON: problems reading it
            added TEXT NOT NULL,
            done TEXT
        );
        CREATE INDEX inputs_pending ON inputs (id) WHERE status = 0;

        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,               -- the public id
            dedupe TEXT NOT NULL UNIQUE,            -- digest of text and date
            input INTEGER NOT NULL REFERENCES inputs (id),
            ordinal INTEGER NOT NULL,
            story INTEGER NOT NULL,
            title TEXT,
            outlet TEXT,
            url TEXT,
            published TEXT,
            source TEXT NOT NULL,
            added TEXT NOT NULL,
            body TEXT NOT NULL,                     -- the text every offset indexes into
            analysis BLOB NOT NULL                  -- the analysis, without the text
        );
        CREATE INDEX articles_story ON articles (story, id);
        CREATE INDEX articles_input ON articles (input);

        CREATE VIRTUAL TABLE articles_fts USING fts5 (
            title, body, content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
        );

        CREATE TABLE stories (
            id INTEGER PRIMARY KEY,                 -- story number: the public id is s(id + 1)
            title TEXT NOT NULL,
            articles INTEGER NOT NULL,
            sources INTEGER NOT NULL,
            conflicts INTEGER NOT NULL,
            agreements INTEGER NOT NULL,
            first_published TEXT,
            last_published TEXT,
            updated TEXT NOT NULL,
            version INTEGER NOT NULL,
            record BLOB NOT NULL                    -- comparisons, timeline, entities, inferred dates
        );
        CREATE INDEX stories_updated ON stories (updated DESC, id DESC);

        CREATE TABLE story_terms (id INTEGER PRIMARY KEY, text TEXT NOT NULL, df INTEGER NOT NULL, idf REAL NOT NULL, version INTEGER NOT NULL);
        CREATE TABLE story_names (id INTEGER PRIMARY KEY, text TEXT NOT NULL, version INTEGER NOT NULL);
        CREATE TABLE story_profiles (id INTEGER PRIMARY KEY, profile BLOB NOT NULL, version INTEGER NOT NULL);
        CREATE TABLE story_postings (
            kind INTEGER NOT NULL, key INTEGER NOT NULL, stories BLOB NOT NULL, version INTEGER NOT NULL,
            PRIMARY KEY (kind, key)
        ) WITHOUT ROWID;
        """

    /// Copies: each article's number in the story index's placement order and the row of the
    /// report it copies, and the copy sketches of recent articles, which find later reprints.
    /// Names became keys of `story_terms`; `story_names` is no longer written.
    static let v2 = """
        ALTER TABLE articles ADD COLUMN placement INTEGER;
        ALTER TABLE articles ADD COLUMN copy_of INTEGER;
        CREATE INDEX articles_placement ON articles (placement);
        CREATE TABLE story_reports (
            id INTEGER PRIMARY KEY,                 -- the article's placement number
            story INTEGER NOT NULL,
            original INTEGER NOT NULL,              -- placement number of the first report of its copy group
            shingles INTEGER NOT NULL,
            sketch BLOB NOT NULL,
            version INTEGER NOT NULL
        );
        """

    /// Stories corroborated when read: ingest marks the stories articles joined as stale
    /// rather than corroborating them after every batch. Analyses and story records written
    /// from now on are binary (``BlobCoder``); the JSON ones already stored still read, and a
    /// corroborate too old to read the binary ones refuses the file for its newer schema.
    static let v3 = """
        ALTER TABLE stories ADD COLUMN stale INTEGER NOT NULL DEFAULT 0;
        """
}
