import CorroborateStore
import CorroborateStorePostgres
import Foundation
import Logging
import PostgresNIO

/// A fresh database per test on the server `CORROBORATE_POSTGRES_URL` names (`.ci/run` starts
/// one); without the variable the PostgreSQL suites are skipped.
enum PostgresFixture {
    static let url: String? = ProcessInfo.processInfo.environment["CORROBORATE_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    static func withDatabase<T>(_ body: (String) async throws -> T) async throws -> T {
        guard let url, var components = URLComponents(string: url) else { throw CancellationError() }
        let name = "corroborate_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try await admin(url, "CREATE DATABASE \(name)")
        components.path = "/\(name)"
        do {
            let result = try await body(components.string ?? url)
            try await admin(url, "DROP DATABASE \(name) WITH (FORCE)")
            return result
        } catch {
            try? await admin(url, "DROP DATABASE \(name) WITH (FORCE)")
            throw error
        }
    }

    private static func admin(_ url: String, _ sql: String) async throws {
        guard let components = URLComponents(string: url) else { return }
        let user = components.user ?? "postgres"
        var configuration = PostgresClient.Configuration(
            host: components.host ?? "127.0.0.1", port: components.port ?? 5432, username: user,
            password: components.password, database: components.path.count > 1 ? String(components.path.dropFirst()) : user,
            tls: .disable)
        configuration.options.maximumConnections = 1
        let client = PostgresClient(configuration: configuration)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            try await client.query(PostgresQuery(unsafeSQL: sql), logger: Logger(label: "test"))
            group.cancelAll()
        }
    }

    static func text(_ s: String, source: String) -> InputRecord {
        InputRecord(source: source, format: .text, bytes: Array(s.utf8))
    }

    /// Short reports of `events` invented events, `reports` outlets each.
    static func reports(events: Int, reports: Int) -> [InputRecord] {
        let places = ["Korvo", "Mirelle", "Ostavia", "Brennwick", "Talmora", "Quillon", "Vastra", "Doreen", "Selk", "Amberlow"]
        let officials = ["Ana Ruiz", "Tomas Hale", "Petra Lindqvist", "Jonas Brandt", "Ruth Okafor", "Viktor Lunde", "Ilse Anand", "Omar Dreyer", "Nadia Maren", "Hugo Voss"]
        let kinds = ["flood", "fire", "landslide", "strike", "storm", "collapse", "protest", "outbreak", "blackout", "drought"]
        var out: [InputRecord] = []
        for e in 0..<events {
            let place = places[e % places.count]
            let official = officials[(e * 3) % officials.count]
            let kind = kinds[(e * 7) % kinds.count]
            for r in 0..<reports {
                let text = """
                    date 2025-06-\(10 + r)
                    The \(kind) in \(place) left \(20 + e) people injured, \(official) said on Monday, as crews worked \
                    through the night in \(place). Report \(r) from outlet \(r).

                    Original URL: https://outlet\(r).example/\(kind)-\(place.lowercased())-\(r)
                    """
                out.append(InputRecord(source: "e\(e)-r\(r).txt", format: .text, bytes: Array(text.utf8)))
            }
        }
        return out
    }
}
