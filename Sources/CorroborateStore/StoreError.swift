/// Why a collection could not be opened, read or written.
///
/// ```swift
/// do { _ = try await store.stats() }
/// catch { print(error) }   // "database: disk I/O error"
/// ```
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, as a stable code for scripts and HTTP responses.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Base: String, Sendable {
            case invalidLocation, unsupportedSchema, database, corrupt, notFound, invalidRequest
        }
        let base: Base
        public var description: String { base.rawValue }

        /// The `--db` value names no usable database (a bad URL, a directory, a missing server).
        public static let invalidLocation = Code(base: .invalidLocation)
        /// The collection was written by a newer Corroborate whose schema this one does not know.
        public static let unsupportedSchema = Code(base: .unsupportedSchema)
        /// The database refused or failed a statement.
        public static let database = Code(base: .database)
        /// Stored data could not be decoded.
        public static let corrupt = Code(base: .corrupt)
        /// No article or story has that id.
        public static let notFound = Code(base: .notFound)
        /// The request cannot be answered as asked (an empty search, a bad page).
        public static let invalidRequest = Code(base: .invalidRequest)
    }

    public let code: Code
    public let message: String
    /// The database driver's own error, when there is one.
    public let cause: (any Error & Sendable)?

    public init(_ code: Code, _ message: String, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    public var description: String {
        if let cause { return "\(code): \(message) (\(cause))" }
        return "\(code): \(message)"
    }
}
