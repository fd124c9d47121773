/// The PostgreSQL schema as versioned SQL scripts, applied in order by
/// ``PostgresStore/migrate()``. A released script never changes: later versions add scripts.
enum PostgresSchema {
    struct Migration {
        var version: Int
        var name: String
        var sql: String
    }

    static let migrations: [Migration] = [
        Migration(version: 1, name: "collection", sql: v1),
        Migration(version: 2, name: "copies", sql: v2),
        Migration(version: 3, name: "stale stories", sql: v3),
    ]

    static let v1 = """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value BIGINT NOT NULL);
        INSERT INTO meta (key, value) VALUES ('version', 0), ('articles', 0), ('stories', 0), ('indexArticles', 0);

        CREATE TABLE inputs (
            id BIGSERIAL PRIMARY KEY,
            digest TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            format TEXT NOT NULL,                   -- '' lets the reader sniff
            first_line INTEGER NOT NULL DEFAULT 1,
            bytes BYTEA NOT NULL,
            status SMALLINT NOT NULL DEFAULT 0,     -- 0 pending, 1 done
            notices TEXT NOT NULL DEFAULT '',       -- JSON: problems reading it
            added TEXT NOT NULL,
            done TEXT
        );
        CREATE INDEX inputs_pending ON inputs (id) WHERE status = 0;

        CREATE TABLE articles (
            id BIGSERIAL PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            dedupe TEXT NOT NULL UNIQUE,
            input BIGINT NOT NULL REFERENCES inputs (id),
            ordinal INTEGER NOT NULL,
            story INTEGER NOT NULL,
            title TEXT,
            outlet TEXT,
            url TEXT,
            published TEXT,
            source TEXT NOT NULL,
            added TEXT NOT NULL,
            body TEXT NOT NULL,
            analysis BYTEA NOT NULL,
            search TSVECTOR GENERATED ALWAYS AS (
                setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', body), 'B')
            ) STORED
        );
        CREATE INDEX articles_story ON articles (story, id);
        CREATE INDEX articles_input ON articles (input);
        CREATE INDEX articles_search ON articles USING GIN (search);

        CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            articles INTEGER NOT NULL,
            sources INTEGER NOT NULL,
            conflicts INTEGER NOT NULL,
            agreements INTEGER NOT NULL,
            first_published TEXT,
            last_published TEXT,
            updated TEXT NOT NULL,
            version BIGINT NOT NULL,
            record BYTEA NOT NULL
        );
        CREATE INDEX stories_updated ON stories (updated DESC, id DESC);

        CREATE TABLE story_terms (id INTEGER PRIMARY KEY, text TEXT NOT NULL, df INTEGER NOT NULL, idf DOUBLE PRECISION NOT NULL, version BIGINT NOT NULL);
        CREATE TABLE story_names (id INTEGER PRIMARY KEY, text TEXT NOT NULL, version BIGINT NOT NULL);
        CREATE TABLE story_profiles (id INTEGER PRIMARY KEY, profile BYTEA NOT NULL, version BIGINT NOT NULL);
        CREATE TABLE story_postings (
            kind INTEGER NOT NULL, key INTEGER NOT NULL, stories BYTEA NOT NULL, version BIGINT NOT NULL,
            PRIMARY KEY (kind, key)
        );
        """

    /// Copies: each article's number in the story index's placement order and the row of the
    /// report it copies, and the copy sketches of recent articles, which find later reprints.
    /// Names became keys of `story_terms`; `story_names` is no longer written.
    static let v2 = """
        ALTER TABLE articles ADD COLUMN placement BIGINT;
        ALTER TABLE articles ADD COLUMN copy_of BIGINT;
        CREATE INDEX articles_placement ON articles (placement);
        CREATE TABLE story_reports (
            id BIGINT PRIMARY KEY, story INTEGER NOT NULL, original BIGINT NOT NULL, shingles INTEGER NOT NULL,
            sketch BYTEA NOT NULL, version BIGINT NOT NULL
        );
        """

    /// Stories corroborated when read, as on SQLite (see `SQLiteSchema.v3`); analyses and
    /// story records written from now on are binary.
    static let v3 = """
        ALTER TABLE stories ADD COLUMN stale BOOLEAN NOT NULL DEFAULT false;
        """
}
