import CorroborateServer
import CorroborateStore
import Foundation
import HTTPTypes
import NIOCore
import HummingbirdTesting
import Testing

@Suite struct APITests {
    func json(_ body: ByteBuffer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(ServerFixture.bytes(body))) as? [String: Any])
    }

    @Test func storiesListAndOneStoryAsTheJSONContract() async throws {
        try await ServerFixture.withStore { store, configuration in
            try await buildApplication(store: store, configuration: configuration).test(.router) { client in
                let list = try await client.execute(uri: "/api/stories", method: .get)
                #expect(list.status == .ok)
                #expect(list.headers[.contentType] == "application/json; charset=utf-8")
                let stories = try #require(try json(list.body)["stories"] as? [[String: Any]])
                #expect(stories.count == 1)
                #expect(stories.first?["sources"] as? Int == 2)
                #expect(stories.first?["lastPublished"] as? String == "2025-05-03")

                let story = try await client.execute(uri: "/api/stories/s1", method: .get)
                #expect(story.status == .ok)
                let document = try json(story.body)
                #expect(document["schema"] as? String == "corroborate/1")
                let articles = try #require(document["articles"] as? [[String: Any]])
                #expect(articles.count == 2)
                // The contract's offset invariant holds for what the API serves.
                for article in articles {
                    let text = Array((article["text"] as? String ?? "").unicodeScalars)
                    for quote in article["quotes"] as? [[String: Any]] ?? [] {
                        let start = quote["start"] as? Int ?? 0
                        let end = quote["end"] as? Int ?? 0
                        #expect(String(String.UnicodeScalarView(text[start..<end])) == quote["text"] as? String)
                    }
                }
            }
        }
    }

    @Test func errorsAreJSONWithAMessage() async throws {
        try await ServerFixture.withStore { store, configuration in
            try await buildApplication(store: store, configuration: configuration).test(.router) { client in
                for (uri, status) in [("/api/stories/s99", 404), ("/api/search", 400), ("/api/stories?limit=0", 400), ("/no/such/route", 404)] {
                    let response = try await client.execute(uri: uri, method: .get)
                    #expect(response.status.code == status, "\(uri)")
                    let error = try #require(try json(response.body)["error"] as? [String: Any])
                    #expect((error["message"] as? String)?.isEmpty == false)
                    #expect(error["status"] as? Int == status)
                }
            }
        }
    }

    @Test func searchFindsWordsAndMarksThem() async throws {
        try await ServerFixture.withStore { store, configuration in
            try await buildApplication(store: store, configuration: configuration).test(.router) { client in
                let response = try await client.execute(uri: "/api/search?q=Marta+far", method: .get)
                #expect(response.status == .ok)
                let hits = try #require(try json(response.body)["hits"] as? [[String: Any]])
                #expect(hits.count == 1)
                let snippet = hits.first?["snippet"] as? String ?? ""
                #expect(snippet.contains("\u{E000}Marta\u{E001}"))
            }
        }
    }

    @Test func uploadsNeedTheToken() async throws {
        let article = ByteBuffer(string: "date 2025-05-04\nEngineers inspected the Korvo Dam as Governor Ana Ruiz promised new homes in the Lenner Valley.\n")
        try await ServerFixture.withStore { store, configuration in
            try await buildApplication(store: store, configuration: configuration).test(.router) { client in
                let refused = try await client.execute(uri: "/api/articles", method: .post, body: article)
                #expect(refused.status == .forbidden)
            }
        }
        try await ServerFixture.withStore(token: "s3cret") { store, configuration in
            try await buildApplication(store: store, configuration: configuration).test(.router) { client in
                let wrong = try await client.execute(
                    uri: "/api/articles", method: .post, headers: [.authorization: "Bearer guess"], body: article)
                #expect(wrong.status == .unauthorized)
                let added = try await client.execute(
                    uri: "/api/articles?format=text&source=inspection", method: .post,
                    headers: [.authorization: "Bearer s3cret"], body: article)
                #expect(added.status == .created)
                #expect(try json(added.body)["articles"] as? Int == 1)
                let again = try await client.execute(
                    uri: "/api/articles?format=text&source=inspection", method: .post,
                    headers: [.authorization: "Bearer s3cret"], body: article)
                #expect(again.status == .ok)
                #expect(try json(again.body)["skipped"] as? Int == 1)
                let tooLarge = try await client.execute(
                    uri: "/api/articles", method: .post, headers: [.authorization: "Bearer s3cret"],
                    body: ByteBuffer(string: String(repeating: "word ", count: 20_000)))
                #expect(tooLarge.status == .contentTooLarge)
                #expect(try await store.stats().articles == 3)
            }
        }
    }

    @Test func theOpenAPIDocumentDescribesEveryAPIRoute() async throws {
        try await ServerFixture.withStore { store, configuration in
            try await buildApplication(store: store, configuration: configuration).test(.router) { client in
                let response = try await client.execute(uri: "/openapi.json", method: .get)
                let document = try json(response.body)
                #expect(document["openapi"] as? String == "3.1.0")
                let paths = try #require(document["paths"] as? [String: Any])
                #expect(Set(paths.keys).isSuperset(of: [
                    "/api/stories", "/api/stories/{id}", "/api/articles", "/api/articles/{id}", "/api/search", "/openapi.json",
                ]))
                let articles = try #require(paths["/api/articles"] as? [String: Any])
                #expect(articles["post"] != nil)
            }
        }
    }

    @Test func aLiveServerOnLoopbackAnswers() async throws {
        try await ServerFixture.withStore(token: "t") { store, configuration in
            try await buildApplication(store: store, configuration: configuration).test(.live) { client in
                let page = try await client.execute(uri: "/", method: .get)
                #expect(page.status == .ok)
                let article = try await client.execute(uri: "/api/articles/two-dam", method: .get)
                #expect(article.status == .ok)
                #expect(try json(article.body)["articles"] as? [[String: Any]] != nil)
                let upload = try await client.execute(
                    uri: "/api/articles", method: .post, headers: [.authorization: "Bearer t", .contentType: "text/plain"],
                    body: ByteBuffer(string: "Rescue crews reached the last villages of the Lenner Valley, Governor Ana Ruiz said.\n"))
                #expect(upload.status == .created)
            }
        }
    }
}
