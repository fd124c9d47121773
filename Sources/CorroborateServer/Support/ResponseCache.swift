import Hummingbird
import Synchronization

/// Rendered responses by URL, valid while the collection's version is unchanged: a story is
/// decoded and rendered once per change, however often it is read.
final class ResponseCache: Sendable {
    struct Entry: Sendable {
        var version: Int
        var contentType: String
        var body: ByteBuffer
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let capacity: Int

    init(capacity: Int = 1024) { self.capacity = capacity }

    func get(_ key: String, version: Int) -> Entry? {
        entries.withLock { entries in
            guard let entry = entries[key], entry.version == version else { return nil }
            return entry
        }
    }

    func put(_ key: String, _ entry: Entry) {
        entries.withLock { entries in
            // Dropping everything when full is crude but cheap; a collection's hot set is small.
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = entry
        }
    }
}
