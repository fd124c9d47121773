import CorroborateIngest

/// One input as a collection keeps it: the bytes exactly as read, so every result can be
/// derived again after an upgrade (`corroborate reanalyze`).
///
/// A JSON Lines file is kept as chunks of whole lines, each its own input, so that a large
/// file is ingested (and, on PostgreSQL, shared among workers) a chunk at a time.
public struct InputRecord: Sendable, Hashable {
    /// Where the bytes came from: a path, `stdin`, a URL, or an upload.
    public var source: String
    /// The format, when the source's name tells it; nil lets the reader sniff the bytes.
    public var format: InputFormat?
    public var bytes: [UInt8]
    /// For a chunk of a JSON Lines file, the file's line number of the chunk's first line.
    public var firstLine: Int

    public init(source: String, format: InputFormat? = nil, bytes: [UInt8], firstLine: Int = 1) {
        self.source = source
        self.format = format
        self.bytes = bytes
        self.firstLine = firstLine
    }

    /// A digest of the bytes and where they sit in their source: the same input enqueued
    /// twice is kept once.
    public var digest: String {
        Digest.hex128(bytes, salt: format == .jsonLines ? "\(source)#\(firstLine)" : "")
    }
}

/// The formats an input can be in; the same as ``CorroborateIngest/Ingestor/Format``, kept
/// as text in the store.
public enum InputFormat: String, Sendable, Hashable, Codable {
    case text, jsonLines, html
    /// RSS, Atom or JSON Feed: each item becomes an article.
    case feed
}

/// An input taken from the queue for processing.
public struct ClaimedInput: Sendable, Hashable {
    /// The input's row id.
    public var id: Int64
    public var record: InputRecord

    public init(id: Int64, record: InputRecord) {
        self.id = id
        self.record = record
    }
}
