import Foundation
import VernAPI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns volatile values into placeholders, for the cassette and the Markdown alike.
///
/// Ids become numbered placeholders by kind and first appearance (`[RUN:1]`, `[MIGRATION:1]`,
/// `[CONNECTION:1]`, `[FILE:1]`, else `[ID:n]`); the kind comes from the JSON key or URL segment
/// the id first appears under. Every later occurrence of the same id, in full or in the
/// 8-character short form the terminal shows, becomes the same placeholder. One normaliser
/// handles a whole session (exchanges first, then the rendered lines), so both files agree.
public final class Normaliser {
    /// The fixed timestamp the cassette uses, so the client can still decode it.
    public static let fixedTimestamp = "2000-01-01T00:00:00.000Z"
    /// The origin the cassette uses for the server.
    public static let fixedOrigin = "http://server.invalid"

    private var placeholders: [String: String] = [:]
    private var counters: [String: Int] = [:]
    private var order: [String] = []
    /// Literal text replaced before anything else (paths of scratch and state directories).
    private var literals: [(String, String)]
    /// The live server's origin, e.g. `http://127.0.0.1:51234`.
    private let origin: String?

    /// Creates a normaliser.
    /// - Parameters:
    ///   - origin: the recorded server's origin (scheme, host, port), replaced everywhere.
    ///   - paths: directories to replace by a name, e.g. the state directory by `[STATE]`.
    public init(origin: String? = nil, paths: [(path: String, name: String)] = Normaliser.standardPaths()) {
        self.origin = origin
        literals = paths.filter { $0.path.count > 1 }.sorted { $0.path.count > $1.path.count }.map { ($0.path, $0.name) }
    }

    /// The scratch, home and working directories of this process.
    public static func standardPaths(environment: [String: String] = ProcessInfo.processInfo.environment) -> [(path: String, name: String)] {
        var paths: [(path: String, name: String)] = []
        var temporary = FileManager.default.temporaryDirectory.path
        while temporary.hasSuffix("/") && temporary.count > 1 { temporary.removeLast() }
        paths.append((temporary, "[TMP]"))
        if temporary != "/tmp" { paths.append(("/tmp", "[TMP]")) }
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { paths.append((state, "[STATE]")) }
        paths.append((FileManager.default.currentDirectoryPath, "[CWD]"))
        if let home = environment["HOME"], !home.isEmpty { paths.append((home, "[HOME]")) }
        return paths
    }

    /// A normaliser in the same state (placeholders and their numbering), going on independently.
    public func copy() -> Normaliser {
        let copy = Normaliser(origin: origin, paths: [])
        copy.literals = literals
        copy.placeholders = placeholders
        copy.counters = counters
        copy.order = order
        return copy
    }

    /// The ids given placeholders so far, in the order they were first seen.
    public var learnedIDs: [String] { order }

    /// The placeholder of `id`, registering it as `kind` when new.
    @discardableResult
    public func placeholder(for id: String, kind: String) -> String {
        if let known = placeholders[id] { return known }
        if id.hasPrefix("[") && id.hasSuffix("]") { return id }
        let count = (counters[kind] ?? 0) + 1
        counters[kind] = count
        let value = "[\(kind):\(count)]"
        placeholders[id] = value
        order.append(id)
        return value
    }

    // MARK: - Learning ids

    /// Learns the ids in a URL path relative to the API base.
    public func learn(path: String) {
        let segments = path.split(separator: "?").first.map { $0.split(separator: "/").map(String.init) } ?? []
        for (index, segment) in segments.enumerated() where index > 0 {
            let value = segment.removingPercentEncoding ?? segment
            guard Self.isID(value) else { continue }
            placeholder(for: value, kind: Self.kind(forCollection: segments[index - 1]))
        }
    }

    /// Learns the ids in a JSON text; `context` is the kind a top-level `id` has.
    public func learn(json text: String, context: String?) {
        guard let data = text.data(using: .utf8), let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return }
        walk(value, key: nil, context: context)
    }

    /// `context` is the kind of the object being walked (its `id`), if known.
    private func walk(_ value: Any, key: String?, context: String?) {
        switch value {
        case let object as [String: Any]:
            // Ids first, so an object's own id is numbered before the ids it refers to.
            for name in object.keys.sorted(by: { Self.idRank($0) < Self.idRank($1) || ($0 < $1 && Self.idRank($0) == Self.idRank($1)) }) {
                walk(object[name]!, key: name, context: name == "id" ? context : Self.kind(forObjectKey: name))
            }
        case let array as [Any]:
            for element in array { walk(element, key: key, context: key.flatMap(Self.kind(forObjectKey:))) }
        case let string as String:
            guard Self.isID(string), let key else { return }
            placeholder(for: string, kind: Self.kind(forKey: key, context: context))
        default:
            break
        }
    }

    private static func idRank(_ key: String) -> Int { key == "id" ? 0 : key.hasSuffix("_id") ? 1 : 2 }

    /// The kind an `id` field has in a response to `path`.
    public static func context(forPath path: String) -> String? {
        let segments = path.split(separator: "?").first.map { $0.split(separator: "/").map(String.init) } ?? []
        guard let last = segments.last else { return nil }
        if isID(last.removingPercentEncoding ?? last) || last.hasPrefix("%5B") {
            return segments.count >= 2 ? kind(forCollection: segments[segments.count - 2]) : nil
        }
        return kind(forCollection: last)
    }

    static func kind(forCollection segment: String) -> String {
        switch segment {
        case "migrations": "MIGRATION"
        case "runs": "RUN"
        case "files": "FILE"
        case "source-connection", "connections", "connection": "CONNECTION"
        default: "ID"
        }
    }

    /// The kind of an object found under `key` (`"migration": {…}`, `"runs": […]`).
    static func kind(forObjectKey key: String) -> String? {
        switch key {
        case "migration", "migrations": "MIGRATION"
        case "run", "runs": "RUN"
        case "connection", "source_connection": "CONNECTION"
        case "file", "files": "FILE"
        default: nil
        }
    }

    static func kind(forKey key: String, context: String?) -> String {
        switch key {
        case "run_id", "runId": "RUN"
        case "migration_id", "migrationId": "MIGRATION"
        case "connection_id", "connectionId": "CONNECTION"
        case "file_id", "fileId": "FILE"
        case "id": context ?? "ID"
        default: "ID"
        }
    }

    private static let uuid = try! NSRegularExpression(
        pattern: "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")

    static func isID(_ value: String) -> Bool {
        value.utf8.count == 36 && uuid.firstMatch(in: value, range: NSRange(location: 0, length: (value as NSString).length)) != nil
    }

    // MARK: - Normalising text

    /// Normalises a line of the Markdown transcript: ids, times, the server origin, paths.
    public func normaliseLine(_ line: String) -> String {
        var text = replaceLiterals(line)
        if let origin { text = Self.replacing(origin, in: text, with: "[SERVER]") }
        text = Self.replacing(Self.fixedOrigin, in: text, with: "[SERVER]")
        text = replaceIDs(in: text, escaped: false)
        // Each pattern runs only on text holding a part it must match, sparing long lines.
        if Self.occurs(" UTC", in: text) { text = Self.replace(Self.shownTime, in: text, with: "[TIME]") }
        if Self.occurs("Z", in: text) { text = Self.replace(Self.isoTime, in: text, with: "[TIME]") }
        if Self.occurs("^C", in: text) { text = Self.replace(Self.elapsed, in: text, with: "[ELAPSED]") }
        return text
    }

    /// Normalises a cassette URL: ids become percent-escaped placeholders, the origin and
    /// signed-URL tokens fixed values.
    public func normaliseURL(_ url: String) -> String {
        var text = url
        if let origin { text = Self.replacing(origin, in: text, with: Self.fixedOrigin) }
        text = replaceIDs(in: text, escaped: true)
        text = Self.replace(Self.token, in: text, with: "$1=TOKEN")
        text = Self.replace(Self.longHex, in: text, with: "TOKEN")
        return text
    }

    /// Normalises a JSON body for the cassette: ids (escaped inside URLs), timestamp fields,
    /// origins and tokens, paths.
    public func normaliseJSON(_ text: String) -> String {
        var out = replaceLiterals(text)
        // URLs first, with escaped placeholders.
        out = Self.map(Self.url, in: out) { self.normaliseURL($0) }
        out = replaceIDs(in: out, escaped: false)
        out = Self.replace(Self.timestampField, in: out, with: "$1\"\(Self.fixedTimestamp)\"")
        out = Self.replace(Self.longHex, in: out, with: "TOKEN")
        return out
    }

    private func replaceLiterals(_ text: String) -> String {
        var text = text
        for (path, name) in literals { text = Self.replacing(path, in: text, with: name) }
        return text
    }

    private func replaceIDs(in text: String, escaped: Bool) -> String {
        var out = !Self.occurs("-", in: text) ? text : Self.map(Self.uuid, in: text) { id in
            let value = self.placeholders[id] ?? self.placeholders[id.lowercased()] ?? self.placeholder(for: id, kind: "ID")
            return escaped ? Endpoints.escape(value) : value
        }
        // The 8-character short forms the terminal shows.
        for id in order where Self.occurs(String(id.prefix(8)), in: out) {
            let value = placeholders[id]!
            let pattern = try! NSRegularExpression(pattern: "(?<![0-9A-Za-z])\(NSRegularExpression.escapedPattern(for: String(id.prefix(8))))(?![0-9A-Za-z-])")
            out = Self.map(pattern, in: out) { _ in escaped ? Endpoints.escape(value) : value }
        }
        return out
    }

    private static let shownTime = try! NSRegularExpression(pattern: "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC")
    private static let isoTime = try! NSRegularExpression(pattern: "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z")
    private static let elapsed = try! NSRegularExpression(pattern: "(?<=\\()\\d+(m\\d{2})?s(?=\\) · \\^C)")
    private static let token = try! NSRegularExpression(pattern: "(token|signature|sig|X-Amz-Signature)=[^&\"\\s]+")
    private static let longHex = try! NSRegularExpression(pattern: "(?<![0-9A-Za-z])[0-9a-f]{40,}(?![0-9A-Za-z])")
    private static let url = try! NSRegularExpression(pattern: "https?://[^\"\\s]+")
    private static let timestampField = try! NSRegularExpression(
        pattern: "(\"[A-Za-z_]*(_at|At|timestamp|Timestamp|expires|Expires)\"\\s*:\\s*)\"[^\"]*\"")

    /// Whether `needle` occurs in `text`: for an ASCII needle (ids, origins, most paths), one
    /// pass over the UTF-8 bytes, fast on lines of megabytes.
    static func occurs(_ needle: String, in text: String) -> Bool {
        guard needle.utf8.allSatisfy({ $0 < 0x80 }) else { return text.contains(needle) }
        var needle = needle
        var text = text
        return needle.withUTF8 { needle in
            text.withUTF8 { text in
                guard let first = needle.first else { return true }
                guard var start = text.baseAddress, text.count >= needle.count else { return false }
                let last = start + (text.count - needle.count)
                // memchr finds each candidate first byte, memcmp checks the rest.
                while start <= last, let found = memchr(start, Int32(first), last - start + 1) {
                    let candidate = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(candidate, needle.baseAddress!, needle.count) == 0 { return true }
                    start = candidate + 1
                }
                return false
            }
        }
    }

    /// `text` with every `target` replaced, untouched (and not copied) when it has none.
    static func replacing(_ target: String, in text: String, with replacement: String) -> String {
        occurs(target, in: text) ? text.replacingOccurrences(of: target, with: replacement) : text
    }

    static func replace(_ regex: NSRegularExpression, in text: String, with template: String) -> String {
        regex.stringByReplacingMatches(
            in: text, range: NSRange(location: 0, length: (text as NSString).length), withTemplate: template)
    }

    static func map(_ regex: NSRegularExpression, in text: String, _ transform: (String) -> String) -> String {
        let string = text as NSString
        var out = ""
        var last = 0
        for match in regex.matches(in: text, range: NSRange(location: 0, length: string.length)) {
            out += string.substring(with: NSRange(location: last, length: match.range.location - last))
            out += transform(string.substring(with: match.range))
            last = match.range.location + match.range.length
        }
        out += string.substring(from: last)
        return out
    }
}
