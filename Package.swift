// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Corroborate",
    products: [
        .executable(name: "corroborate", targets: ["corroborate"]),
        .library(name: "CorroborateCore", targets: ["CorroborateCore"]),
        .library(name: "CorroborateIngest", targets: ["CorroborateIngest"]),
        .library(name: "CorroborateReport", targets: ["CorroborateReport"]),
        .library(name: "CorroborateEval", targets: ["CorroborateEval"]),
        .library(name: "CorroborateFetch", targets: ["CorroborateFetch"]),
        .library(name: "CorroborateStore", targets: ["CorroborateStore"]),
        .library(name: "CorroborateStorePostgres", targets: ["CorroborateStorePostgres"]),
        .library(name: "CorroborateServer", targets: ["CorroborateServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Fetching pages and feeds (CorroborateFetch only); swift-nio and swift-nio-extras come with it
        // and are named for their types and for the tests' local server.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // No default traits: with them SwiftPM orders trait flags differently between build and
        // test and recompiles Hummingbird on every switch.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
    ],
    targets: [
        // The model and the analysis: pure values, no I/O.
        .target(name: "CorroborateCore", dependencies: ["CorroborateModels"], swiftSettings: swiftSettings),
        // Trained model files (the entity tagger's), read once on first use; see its README.md.
        .target(
            name: "CorroborateModels", exclude: ["README.md"], resources: [.copy("Resources/ner.cner")],
            swiftSettings: swiftSettings),
        // Bytes in, articles out: plain text, JSON Lines, directories, stdin.
        .target(name: "CorroborateIngest", dependencies: ["CorroborateCore"], swiftSettings: swiftSettings),
        // Analysis out: the versioned JSON contract, Markdown, human text.
        .target(name: "CorroborateReport", dependencies: ["CorroborateCore"], swiftSettings: swiftSettings),
        // Scoring against gold data sets (PolNeAR, TimeML, CoNLL, NewsQuant, L3S-GN1, ECB+).
        .target(
            name: "CorroborateEval", dependencies: ["CorroborateCore", "CorroborateIngest"], swiftSettings: swiftSettings),
        // HTTP(S) fetching of pages, feeds and OPML lists: limits, redirects, conditional GET, politeness.
        .target(
            name: "CorroborateFetch",
            dependencies: [
                "CorroborateCore", "CorroborateIngest",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
            ],
            swiftSettings: swiftSettings),
        // A living collection: articles, analyses and stories kept and updated incrementally
        // (the ArticleStore protocol, migrations, SQLite through GRDB with FTS5 search).
        .target(
            name: "CorroborateStore",
            dependencies: [
                "CorroborateCore", "CorroborateIngest", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings),
        // The same store on PostgreSQL, for teams and several ingest workers; its own target so
        // SQLite-only users of the library build less.
        .target(
            name: "CorroborateStorePostgres",
            dependencies: ["CorroborateStore", "CorroborateCore", .product(name: "PostgresNIO", package: "postgres-nio")],
            swiftSettings: swiftSettings),
        // The HTTP API and the web pages over a store.
        .target(
            name: "CorroborateServer",
            dependencies: [
                "CorroborateStore", "CorroborateReport", "CorroborateCore", "CorroborateIngest",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings),
        // The command-line tool: thin commands over the libraries.
        .executableTarget(
            name: "corroborate",
            dependencies: [
                "CorroborateCore", "CorroborateIngest", "CorroborateReport", "CorroborateEval", "CorroborateFetch",
                "CorroborateStore", "CorroborateStorePostgres", "CorroborateServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "CorroborateCoreTests", dependencies: ["CorroborateCore"], swiftSettings: swiftSettings),
        .testTarget(
            name: "CorroborateIngestTests", dependencies: ["CorroborateIngest", "CorroborateCore"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "CorroborateEvalTests", dependencies: ["CorroborateEval", "CorroborateCore"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "CorroborateFetchTests",
            dependencies: [
                "CorroborateFetch", "CorroborateIngest", "CorroborateCore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
            ],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "CorroborateReportTests",
            dependencies: ["CorroborateReport", "CorroborateIngest", "CorroborateCore"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "CorroborateStoreTests",
            dependencies: [
                "CorroborateStore", "CorroborateIngest", "CorroborateCore", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "CorroborateServerTests",
            dependencies: [
                "CorroborateServer", "CorroborateStore", "CorroborateCore",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings),
        // Runs against a live PostgreSQL server when CORROBORATE_POSTGRES_URL names one (.ci/run
        // starts one); skipped otherwise.
        .testTarget(
            name: "CorroboratePostgresTests",
            dependencies: [
                "CorroborateStorePostgres", "CorroborateStore", "CorroborateCore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: swiftSettings),
    ],
    swiftLanguageModes: [.v6]
)
