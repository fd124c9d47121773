import CorroborateIngest
public import Foundation

/// Keeps the exact bytes of every fetched page on disk, named by their SHA-256, with an index
/// of the validators (`ETag`, `Last-Modified`) each address last answered with, so the next
/// fetch can be conditional and nothing read is ever lost.
///
/// Layout: `DIR/objects/ab/abcdef….bin` and `DIR/index.json` (address → digest, validators,
/// content type, final address, time).
public actor PageStore {
    /// What the store knows about one address.
    public struct Entry: Codable, Sendable, Hashable {
        public var sha256: String
        public var path: String
        public var finalURL: String
        public var contentType: String?
        public var etag: String?
        public var lastModified: String?
        public var fetchedAt: Date
    }

    public let directory: String
    private var index: [String: Entry]
    private var dirty = false

    /// Opens (or creates) a store.
    public init(directory: String) {
        self.directory = directory
        let file = directory + "/index.json"
        if let data = FileManager.default.contents(atPath: file),
            let decoded = try? JSONDecoder().decode([String: Entry].self, from: data)
        {
            index = decoded
        } else {
            index = [:]
        }
    }

    public func entry(for url: String) -> Entry? { index[url] }

    /// The stored bytes of an entry, if still on disk.
    public func bytes(of entry: Entry) -> [UInt8]? {
        FileManager.default.contents(atPath: entry.path).map { Array($0) }
    }

    /// Saves a fetched body and what the server said about it; returns the entry.
    @discardableResult
    public func save(
        _ bytes: [UInt8], url: String, finalURL: String, contentType: String?, etag: String?, lastModified: String?
    ) -> Entry {
        let digest = SHA256.hex(bytes)
        let folder = "\(directory)/objects/\(digest.prefix(2))"
        let path = "\(folder)/\(digest).bin"
        if !FileManager.default.fileExists(atPath: path) {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        }
        let entry = Entry(
            sha256: digest, path: path, finalURL: finalURL, contentType: contentType, etag: etag,
            lastModified: lastModified, fetchedAt: Date())
        index[url] = entry
        dirty = true
        return entry
    }

    /// Writes the index (call once the batch is done).
    public func flush() {
        guard dirty else { return }
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        if let data = try? encoder.encode(index) {
            _ = FileManager.default.createFile(atPath: directory + "/index.json", contents: data)
        }
        dirty = false
    }
}
