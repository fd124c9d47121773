/// Why an address could not be fetched. The message names the address.
public struct FetchError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Base: String, Sendable {
            case invalidURL, schemeRefused, addressRefused, unresolvable, tooLarge, tooManyRedirects, httpStatus,
                timeout, network, notArticle
        }
        let base: Base
        public var description: String { base.rawValue }

        /// Not an absolute URL.
        public static let invalidURL = Code(base: .invalidURL)
        /// Not `http` or `https`.
        public static let schemeRefused = Code(base: .schemeRefused)
        /// A private, loopback or link-local address from an untrusted origin.
        public static let addressRefused = Code(base: .addressRefused)
        /// The host name does not resolve.
        public static let unresolvable = Code(base: .unresolvable)
        /// The body exceeds the size limit.
        public static let tooLarge = Code(base: .tooLarge)
        public static let tooManyRedirects = Code(base: .tooManyRedirects)
        /// A status other than 2xx or 304.
        public static let httpStatus = Code(base: .httpStatus)
        public static let timeout = Code(base: .timeout)
        public static let network = Code(base: .network)
        /// Fetched, but neither a page nor a feed.
        public static let notArticle = Code(base: .notArticle)
    }

    public let code: Code
    public let url: String
    public let message: String

    public init(_ code: Code, url: String, _ message: String) {
        self.code = code
        self.url = url
        self.message = message
    }

    public var description: String { "\(url): \(message)" }
}
