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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
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
        // The command-line tool: thin commands over the libraries.
        .executableTarget(
            name: "corroborate",
            dependencies: [
                "CorroborateCore", "CorroborateIngest", "CorroborateReport", "CorroborateEval",
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
            name: "CorroborateReportTests",
            dependencies: ["CorroborateReport", "CorroborateIngest", "CorroborateCore"],
            swiftSettings: swiftSettings),
    ],
    swiftLanguageModes: [.v6]
)
