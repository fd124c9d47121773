import CorroborateStore
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// An error answered as JSON, `{"error": {"status": 404, "code": "notFound", "message": "…"}}`:
/// every failure a client sees, whichever route or layer raised it.
struct APIError: Error, HTTPResponseError {
    var status: HTTPResponse.Status
    var code: String
    var message: String
    var headers: HTTPFields = [:]

    static func notFound(_ message: String) -> APIError { APIError(status: .notFound, code: "notFound", message: message) }
    static func badRequest(_ message: String) -> APIError { APIError(status: .badRequest, code: "badRequest", message: message) }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(ErrorBody(error: .init(status: status.code, code: code, message: message)))) ?? Data()
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The answer for any error: its own status for HTTP errors, 404 or 400 for store errors
    /// that say so, 500 (with no internals) for the rest.
    static func from(_ error: any Error) -> APIError {
        switch error {
        case let e as APIError:
            return e
        case let e as StoreError where e.code == .notFound:
            return .notFound(e.message)
        case let e as StoreError where e.code == .invalidRequest:
            return .badRequest(e.message)
        case let e as HTTPError:
            return APIError(
                status: e.status, code: e.status.reasonPhrase.replacingOccurrences(of: " ", with: ""),
                message: e.body ?? e.status.reasonPhrase, headers: e.headers)
        default:
            return APIError(status: .internalServerError, code: "internal", message: "the server could not answer this request")
        }
    }
}

/// Turns every error below it into a JSON error response, and adds the security headers to
/// every response, errors included.
struct ErrorAndSecurityMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Pages load nothing but their own stylesheet: no scripts, frames, fonts or plugins.
    static var contentSecurityPolicy: String {
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            let api = APIError.from(error)
            if api.status == .internalServerError {
                context.logger.error("\(request.method) \(request.uri.path): \(error)")
            }
            response = try api.response(from: request, context: context)
        }
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        return response
    }
}

/// The JSON shape of every error.
private struct ErrorBody: Encodable {
    struct Detail: Encodable {
        var status: Int
        var code: String
        var message: String
    }

    var error: Detail
}
