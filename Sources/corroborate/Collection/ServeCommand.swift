import ArgumentParser
import CorroborateServer
import CorroborateStore
import Foundation


/// `corroborate serve`: the JSON API and the web pages over a collection.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the collection: a JSON API (described at /openapi.json) and web pages.",
        discussion: """
            Binds 127.0.0.1 unless --host says otherwise. Uploads (POST /api/articles) need the token given \
            with --token or $CORROBORATE_TOKEN, sent as `Authorization: Bearer TOKEN`; without a token the \
            server is read-only.
            """
    )

    @OptionGroup var collection: CollectionOptions

    @Option(help: "Address to bind.")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port: Int = 8080

    @Option(help: "Token that uploads must present (default: $CORROBORATE_TOKEN).")
    var token: String?

    @Option(help: "Largest request body, in bytes.")
    var maxBodyBytes: Int = 4 << 20

    @Option(help: "Threads for the analysis of uploads.")
    var jobs: Int = 1

    func run() async throws {
        let configuration = ServerConfiguration(
            host: host, port: port, token: token ?? ProcessInfo.processInfo.environment["CORROBORATE_TOKEN"],
            maxBodyBytes: maxBodyBytes, ingest: IngestOptions(batchSize: 100, jobs: jobs))
        let location = collection.location
        try await collection.withStore { store in
            Console.error("corroborate: serving \(location) on http://\(configuration.host):\(configuration.port)/"
                + (configuration.token == nil ? " (read-only: no token)" : ""))
            try await serve(store: store, configuration: configuration)
        }
    }
}
