public import CorroborateStore
public import Hummingbird

/// The Corroborate server over a store: the JSON API, the OpenAPI document, and the pages.
///
/// Tests drive the returned application in process (HummingbirdTesting's `.router`) or on a
/// loopback port (`.live`); `corroborate serve` runs it:
///
/// ```swift
/// let app = buildApplication(store: try SQLiteStore(path: "corroborate.sqlite"), configuration: ServerConfiguration())
/// try await app.runService()
/// ```
public func buildApplication(store: any ArticleStore, configuration: ServerConfiguration) -> some ApplicationProtocol {
    let router = Router(context: BasicRequestContext.self)
    router.middlewares.add(ErrorAndSecurityMiddleware())
    let cache = ResponseCache()
    APIRoutes(store: store, configuration: configuration, cache: cache).register(on: router)
    PageRoutes(store: store, cache: cache).register(on: router)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "corroborate"))
}

/// Runs the server on `configuration`'s address until SIGINT or SIGTERM.
public func serve(store: any ArticleStore, configuration: ServerConfiguration) async throws {
    try await buildApplication(store: store, configuration: configuration).runService()
}
