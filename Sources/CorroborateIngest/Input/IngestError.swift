/// Why one input could not be read. The message names the input, so a batch can report it and
/// go on with the others.
///
/// ```swift
/// do { _ = try PlainTextReader().read(bytes, source: "a.txt") }
/// catch { print(error) }   // "a.txt: empty input (0 bytes)"
/// ```
public struct IngestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, as a stable code for scripts.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Base: String, Sendable {
            case unreadable, empty, invalidUTF8, binary, tooLarge, malformedJSON, missingField, invalidField
        }
        let base: Base
        public var description: String { base.rawValue }

        /// The file or stream could not be opened or read.
        public static let unreadable = Code(base: .unreadable)
        /// The input holds no text.
        public static let empty = Code(base: .empty)
        /// The bytes are not valid UTF-8 (and no other encoding was declared).
        public static let invalidUTF8 = Code(base: .invalidUTF8)
        /// The input is binary data, not text.
        public static let binary = Code(base: .binary)
        /// The input exceeds the size limit for one article.
        public static let tooLarge = Code(base: .tooLarge)
        /// A JSON Lines record is not a JSON object.
        public static let malformedJSON = Code(base: .malformedJSON)
        /// A JSON Lines record lacks a required field.
        public static let missingField = Code(base: .missingField)
        /// A JSON Lines field has the wrong type or form.
        public static let invalidField = Code(base: .invalidField)
    }

    public let code: Code
    /// The input: a path, `stdin`, or `PATH:LINE` for one JSON Lines record.
    public let source: String
    public let message: String

    public init(_ code: Code, source: String, _ message: String) {
        self.code = code
        self.source = source
        self.message = message
    }

    public var description: String { "\(source): \(message)" }
}
