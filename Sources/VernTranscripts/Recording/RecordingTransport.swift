import Foundation
import VernClient

/// A transport that records every exchange it passes to its base transport.
///
/// Not recorded: the `x-api-key` header (never), SSE stream requests (`accept:
/// text/event-stream`; they only wake the run watcher, and replay runs without them) and the
/// bytes of uploads (recorded by name, size and SHA-256; the file is kept for `/save`).
public struct RecordingTransport: HTTPTransport {
    let base: any HTTPTransport
    let recorder: SessionRecorder

    /// The headers the client reads, kept in the cassette.
    static let keptHeaders: Set<String> = ["x-total-records"]

    public func send(_ request: TransportRequest) async throws -> TransportResponse {
        if request.header("accept")?.contains("text/event-stream") == true {
            return try await base.send(request)
        }
        var body: [UInt8]?
        var upload: UploadRecord?
        switch request.body {
        case .empty: break
        case .bytes(let bytes): body = SessionRecorder.redact(bytes)
        case .file(let file, _, _): upload = try? recorder.keepUpload(file)
        }
        let response = try await base.send(request)
        let bytes = try await response.body.collect(upTo: 1 << 30)
        var headers: [String: String] = [:]
        for header in response.headers where Self.keptHeaders.contains(header.name.lowercased()) {
            headers[header.name.lowercased()] = header.value
        }
        recorder.record(
            SessionRecorder.RawExchange(
                method: request.method, url: request.url.absoluteString, request: body, upload: upload,
                status: response.status, headers: headers, body: bytes))
        return TransportResponse(status: response.status, headers: response.headers, body: ResponseBody(bytes: bytes))
    }
}
