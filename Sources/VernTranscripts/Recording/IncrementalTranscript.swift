import Foundation
import VernAPI

/// The normalised transcript lines and cassette of a session, brought up to date as it is
/// recorded, so that writing the journal after every event costs the new event, not the session.
///
/// The result is always the one a single pass over the whole session gives (every exchange
/// first, in order, then every line, see ``SessionRecorder/render(title:)``): exchanges are
/// normalised once, in order, and keep their placeholders. Lines are normalised once with the
/// ids the exchanges taught so far; when a later exchange teaches new ids, only the lines that
/// show one of them (in full or short form) are normalised again, and all lines are when some
/// line numbered an id of its own (an exchange learnt later would then be numbered first).
final class IncrementalTranscript {
    private let apiBase: String
    /// The ids the exchanges taught, in order; exchanges never see the lines' ids.
    private let exchangeNormaliser: Normaliser
    /// The exchanges' ids, then those first seen in lines.
    private var lineNormaliser: Normaliser
    /// How many of the exchanges' ids ``lineNormaliser`` knows.
    private var syncedIDs = 0
    private(set) var exchanges: [Exchange] = []
    /// The cassette lines of the first exchanges (encoded when the cassette is first written).
    private var encodedExchanges: [Data] = []
    /// Lines as rendered, and normalised.
    private var rawLines: [String] = []
    private(set) var lines: [String] = []
    /// The digests of entered lines, by text.
    private var digests: [String: String] = [:]

    init(baseURL: URL) {
        var base = baseURL.absoluteString
        if !base.hasSuffix("/") { base += "/" }
        apiBase = base
        exchangeNormaliser = Normaliser(origin: SessionRecorder.origin(of: baseURL))
        lineNormaliser = exchangeNormaliser.copy()
    }

    /// Normalises the exchanges and lines recorded since the last call.
    func catchUp(exchanges raw: [SessionRecorder.RawExchange], lines newLines: ArraySlice<String>) {
        for index in exchanges.count..<raw.count { append(raw[index], seq: index + 1) }
        resync()
        for line in newLines {
            rawLines.append(line)
            lines.append(lineNormaliser.normaliseLine(line))
        }
    }

    /// How many rendered lines have been taken in.
    var lineCount: Int { rawLines.count }

    /// The placeholder an attached migration's id gets after everything recorded so far.
    func attachPlaceholder(_ id: String) -> String {
        lineNormaliser.copy().placeholder(for: id, kind: "MIGRATION")
    }

    /// The cassette's JSONL text for `document`'s entered lines and the exchanges so far.
    func cassetteText(for document: TranscriptDocument) throws -> String {
        let encoder = Cassette.lineEncoder()
        for exchange in exchanges[encodedExchanges.count...] { encodedExchanges.append(try encoder.encode(exchange)) }
        let header = Cassette.Header(version: 2, inputDigests: inputDigests(document))
        return Cassette.text(header: try encoder.encode(header), exchanges: encodedExchanges)
    }

    /// The digests of `document`'s entered lines, each computed once.
    func inputDigests(_ document: TranscriptDocument) -> [String] {
        var kept: [String: String] = [:]
        let result = document.inputs.map { input in
            let digest = kept[input.text] ?? digests[input.text] ?? Cassette.digest(input)
            kept[input.text] = digest
            return digest
        }
        digests = kept
        return result
    }

    private func append(_ raw: SessionRecorder.RawExchange, seq: Int) {
        let normaliser = exchangeNormaliser
        let isAPI = raw.url.hasPrefix(apiBase)
        let relative = isAPI ? String(raw.url.dropFirst(apiBase.count)) : raw.url
        if isAPI { normaliser.learn(path: relative) }
        let requestText = raw.request.map { String(decoding: $0, as: UTF8.self) }
        if let requestText { normaliser.learn(json: requestText, context: nil) }
        let bodyText = String(decoding: raw.body, as: UTF8.self)
        normaliser.learn(json: bodyText, context: isAPI ? Normaliser.context(forPath: relative) : nil)
        let request = requestText.flatMap { text in
            try? VernJSON.decoder().decode(JSONValue.self, from: Data(normaliser.normaliseJSON(text).utf8))
        }
        let exchange = Exchange(
            seq: seq, method: raw.method, url: normaliser.normaliseURL(relative), request: request,
            upload: raw.upload, status: raw.status, headers: raw.headers.isEmpty ? nil : raw.headers,
            body: normaliser.normaliseJSON(bodyText))
        exchanges.append(exchange)
    }

    /// Brings the lines up to the ids the exchanges taught since they were normalised.
    private func resync() {
        let learned = exchangeNormaliser.learnedIDs
        guard learned.count > syncedIDs else { return }
        let linesNumberedIDs = lineNormaliser.learnedIDs.count > syncedIDs
        let fresh = learned[syncedIDs...].map { String($0.prefix(8)) }
        lineNormaliser = exchangeNormaliser.copy()
        syncedIDs = learned.count
        for index in rawLines.indices where linesNumberedIDs || fresh.contains(where: { Normaliser.occurs($0, in: rawLines[index]) }) {
            lines[index] = lineNormaliser.normaliseLine(rawLines[index])
        }
    }
}
