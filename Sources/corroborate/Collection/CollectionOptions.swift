import ArgumentParser
import CorroborateStore
import CorroborateStorePostgres
import Foundation

/// `--db`: where the collection lives, shared by every collection command.
struct CollectionOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The collection: a SQLite file (created if missing) or a postgres:// URL.",
            discussion: "Default: $CORROBORATE_DB, else corroborate.sqlite in the working directory."))
    var db: String?

    var location: String {
        db ?? ProcessInfo.processInfo.environment["CORROBORATE_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "corroborate.sqlite"
    }

    /// Opens the collection, runs `body`, and closes it whatever happens.
    func withStore<T>(_ body: (any ArticleStore) async throws -> T) async throws -> T {
        try await Self.withStore(at: location, body)
    }

    static func withStore<T>(at location: String, _ body: (any ArticleStore) async throws -> T) async throws -> T {
        let store: any ArticleStore
        do {
            if location.hasPrefix("postgres://") || location.hasPrefix("postgresql://") {
                store = try await PostgresStore(url: location)
            } else {
                store = try SQLiteStore(path: location)
            }
        } catch {
            throw ValidationError("\(error.message)\(error.cause.map { " (\($0))" } ?? "")")
        }
        do {
            let result = try await body(store)
            await store.close()
            return result
        } catch let error as StoreError {
            await store.close()
            throw ValidationError(error.description)
        } catch {
            await store.close()
            throw error
        }
    }
}

/// Standard error, for progress and problems, so standard output stays machine-readable.
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
