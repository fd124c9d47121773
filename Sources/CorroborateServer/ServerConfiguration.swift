public import CorroborateStore

/// How `corroborate serve` listens and what it accepts.
public struct ServerConfiguration: Sendable {
    /// The address to bind: loopback unless asked otherwise, so a collection is not exposed
    /// to the network by accident.
    public var host: String
    public var port: Int
    /// The token `POST /api/articles` requires (`Authorization: Bearer TOKEN`); nil refuses
    /// every write.
    public var token: String?
    /// The largest request body accepted, in bytes.
    public var maxBodyBytes: Int
    /// How uploaded articles are ingested.
    public var ingest: IngestOptions

    public init(
        host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, maxBodyBytes: Int = 4 << 20,
        ingest: IngestOptions = IngestOptions()
    ) {
        self.host = host
        self.port = port
        self.token = token.flatMap { $0.isEmpty ? nil : $0 }
        self.maxBodyBytes = maxBodyBytes
        self.ingest = ingest
    }
}
