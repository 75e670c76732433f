import Foundation
import Testing
import VernAPI
import VernClient
import VernTestSupport

struct ServerSentEventParserTests {
    @Test func parsesFramedEventsAcrossChunkBoundaries() {
        var parser = ServerSentEventParser()
        let text = "id: 1\nevent: status\ndata: {\"a\":1}\n\n: heartbeat\n\nid: 2\r\nevent: message\r\ndata: line one\r\ndata: line two\r\n\r\n"
        var events: [ServerSentEvent] = []
        for byte in text.utf8 { events += parser.feed([byte]) }
        #expect(events == [
            ServerSentEvent(id: "1", event: "status", data: #"{"a":1}"#),
            ServerSentEvent(id: "2", event: "message", data: "line one\nline two"),
        ])
    }

    @Test func bareCarriageReturnsEndLinesAndIdPersists() {
        var parser = ServerSentEventParser()
        let events = parser.feed(Array("id:7\rdata:x\r\rdata:y\r\r".utf8))
        #expect(events == [ServerSentEvent(id: "7", data: "x"), ServerSentEvent(id: "7", data: "y")])
    }

    @Test func commentsAndEmptyEventsDispatchNothing() {
        var parser = ServerSentEventParser()
        #expect(parser.feed(Array(": ping\n\nevent: status\n\nretry: 10\n\n".utf8)).isEmpty)
    }
}

struct ThreadStreamTests {
    static func event(_ sequence: Int, _ text: String) -> String {
        let json = #"{"sequence":\#(sequence),"type":"message","data":{"text":"\#(text)"},"created_at":"2026-06-19T15:32:11.000Z"}"#
        return "id: \(sequence)\nevent: message\ndata: \(json)\n\n"
    }

    @Test func reconnectsAndResumesAfterTheLastEvent() async throws {
        let transport = ScriptedTransport([
            ScriptedTransport.json(200, Self.event(4, "one") + ": heartbeat\n\n" + Self.event(5, "two")),
            ScriptedTransport.json(503, #"{"error":"restarting"}"#),
            ScriptedTransport.json(200, Self.event(6, "three")),
        ])
        let clock = RecordingClock()
        var texts: [String] = []
        for try await event in VernClient.scripted(transport, clock: clock).threadEvents(migration: "m", after: 3) {
            texts.append(event.text ?? "")
            if texts.count == 3 { break }
        }
        #expect(texts == ["one", "two", "three"])
        let resumes = transport.requests.map { $0.header("last-event-id") }
        #expect(resumes == ["3", "5", "5"])
        #expect(transport.requests.last?.url.query?.contains("after=5") == true)
        #expect(transport.requests.first?.header("accept") == "text/event-stream")
    }

    @Test func anAuthErrorEndsTheStream() async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(401, #"{"error":"API key missing or invalid"}"#)])
        let error = await #expect(throws: VernClientError.self) {
            for try await _ in VernClient.scripted(transport).threadEvents(migration: "m") {}
        }
        #expect(error?.status == 401)
    }
}
