import ArgumentParser
import CorroborateCore
import CorroborateEval
import CorroborateIngest
import Foundation

/// `corroborate train ner`: trains the entity tagger on CoNLL-2003 data.
struct NERTrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train the entity tagger (people, organisations, places, other) on a CoNLL-2003 file.",
        discussion: """
            Trains an averaged structured perceptron over BIO tags. Texts given with --unlabelled \
            (plain text, JSON Lines, HTML, or directories of them) are used without labels: their words are \
            clustered by context, and the clusters become features. --dev scores a CoNLL file after every pass \
            for monitoring only; it never trains. The model is written to --output.
            """
    )

    @Option(help: "The CoNLL-2003 training file.")
    var conll: String

    @Option(name: .shortAndLong, help: "Where to write the model.")
    var output: String

    @Option(parsing: .upToNextOption, help: "Unlabelled texts for word clusters and the model's vocabulary.")
    var unlabelled: [String] = []

    @Option(help: "A CoNLL file scored after every pass (monitoring only).")
    var dev: String?

    @Option(help: "Passes over the training data.")
    var epochs: Int = 12

    @Option(help: "Features seen fewer times in training are not learned.")
    var minCount: Int = 1

    @Option(help: "Feature rows whose averaged weights all stay at or below this are dropped.")
    var prune: Float = 0

    @Option(help: "Cluster counts, coarse to fine, comma-separated (empty: no clusters).")
    var clusters: String = "64,256,1024"

    @Option(help: "Passes of the cluster exchange algorithm.")
    var clusterPasses: Int = 6

    @Option(help: "Least occurrences in the unlabelled text for a word to be clustered or kept in the vocabulary.")
    var minWordCount: Int = 3

    @Option(help: "Write the word clusters to this file (word, tab, comma-separated ids), to reuse them.")
    var saveClusters: String?

    @Option(help: "Read word clusters from this file instead of computing them.")
    var loadClusters: String?

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        func log(_ line: String) {
            let t = clock.now - start
            let seconds = Double(t.components.seconds) + Double(t.components.attoseconds) / 1e18
            FileHandle.standardError.write(Data((String(format: "[%6.1fs] ", seconds) + line + "\n").utf8))
        }
        let train = try CoNLLCorpus(contents: try String(contentsOfFile: conll, encoding: .utf8))
        log("training documents: \(train.documents.count)")
        let devDocs = try dev.map { try CoNLLCorpus(contents: try String(contentsOfFile: $0, encoding: .utf8)).documents } ?? []

        var texts = train.documents.map(\.text)
        if !unlabelled.isEmpty {
            let ingest = Ingestor().ingest(unlabelled)
            texts += ingest.articles.map(\.text)
            log("unlabelled articles: \(ingest.articles.count) (errors: \(ingest.errors.count))")
        }
        let counts = NERWordCounts(texts: texts)
        var wordClusters: NERWordClusters? = nil
        let granularities = clusters.split(separator: ",").compactMap { Int($0) }
        if let loadClusters {
            var assignments: [([UInt8], [UInt32])] = []
            for line in try String(contentsOfFile: loadClusters, encoding: .utf8).split(separator: "\n") {
                let parts = line.split(separator: "\t")
                guard parts.count == 2 else { continue }
                assignments.append((Array(parts[0].utf8), parts[1].split(separator: ",").compactMap { UInt32($0) }))
            }
            wordClusters = NERWordClusters(assignments)
            log("read clusters of \(assignments.count) words")
        } else if !granularities.isEmpty {
            wordClusters = NERClusterer(counts: counts, minimumCount: minWordCount).clusters(
                granularities: granularities, passes: clusterPasses, report: log)
            log("clustered words: \(wordClusters?.count ?? 0)")
        }
        if let saveClusters, let wordClusters {
            let lines = wordClusters.assignments.map { String(decoding: $0.0, as: UTF8.self) + "\t" + $0.1.map(String.init).joined(separator: ",") }
            try Data((lines.sorted().joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: saveClusters))
        }
        var options = NERTrainingOptions()
        options.epochs = epochs
        options.minimumCount = minCount
        options.prune = prune
        let provenance = """
            corroborate train ner --conll \((conll as NSString).lastPathComponent) \
            --unlabelled \(unlabelled.map { ($0 as NSString).lastPathComponent }.joined(separator: " ")) \
            --epochs \(epochs) --min-count \(minCount) --prune \(prune) --clusters \(clusters) \
            --cluster-passes \(clusterPasses) --min-word-count \(minWordCount)
            """
        let model = NERTrainer(options: options, clusters: wordClusters).train(
            train.documents, vocabulary: counts.words(minimumCount: minWordCount), dev: devDocs,
            provenance: provenance, report: log)
        let bytes = model.encoded()
        try Data(bytes).write(to: URL(fileURLWithPath: output))
        log("wrote \(output): \(bytes.count) bytes")
    }
}
