import Foundation
import VernShell

/// The session journals under `$XDG_STATE_HOME/vern/sessions/`: `vern sessions` lists them and
/// `vern sessions save ID NAME` turns one into a transcript after the fact.
public enum Journal {
    /// One journal.
    public struct Entry: Sendable {
        /// Its id: the file name without `.md`.
        public var id: String
        /// When it was last written.
        public var modified: Date
        /// The migration it opened (name, or the attached id).
        public var migration: String
        /// Lines in its block.
        public var lines: Int
        /// How it ended: the last run state reached, or `-`.
        public var outcome: String
    }

    /// The journals in `directory`, newest first.
    public static func entries(in directory: URL) -> [Entry] {
        let manager = FileManager.default
        let names = (try? manager.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.compactMap { name -> Entry? in
            let url = directory.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8), let document = try? TranscriptDocument.parse(text) else {
                return nil
            }
            let modified = (try? manager.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? .distantPast
            let states = ["awaiting_approval", "completed", "failed", "canceled", "blocked"]
            let outcome = document.lines.last { line in
                let words = line.split(separator: " ")
                return words.count == 3 && words[1].hasPrefix("[RUN:") && states.contains(String(words[2]))
            }.map { $0.split(separator: " ").enumerated().filter { $0.offset != 1 }.map { String($0.element) }.joined(separator: " ") }
            return Entry(
                id: String(name.dropLast(3)), modified: modified,
                migration: document.opening.migration ?? document.opening.attach ?? "-", lines: document.lines.count, outcome: outcome ?? "-")
        }.sorted { ($0.modified, $0.id) > ($1.modified, $1.id) }
    }

    /// Copies journal `id` into `./transcripts/` (else the working directory) as transcript `name`.
    /// - Throws: ``SaveConflict`` when a transcript of that name exists and `replace` is false;
    ///   ``TranscriptError`` when there is no such journal.
    public static func save(
        id: String, name: String, from directory: URL, replace: Bool,
        in workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    ) throws -> SavedTranscript {
        let manager = FileManager.default
        let source = directory.appendingPathComponent("\(id).md")
        guard let text = try? String(contentsOf: source, encoding: .utf8) else {
            throw TranscriptError("no session \(id) (vern sessions lists them)")
        }
        var document = try TranscriptDocument.parse(text)
        let cassette = try String(contentsOf: directory.appendingPathComponent(document.cassette), encoding: .utf8)
        let place = TranscriptPlace(name: name, workingDirectory: workingDirectory)
        try place.clear(replace: replace)
        document.cassette = place.cassette.lastPathComponent
        document.title = SessionRecorder.title(for: place.name)
        try Data(document.render().utf8).write(to: place.markdown)
        try Data(cassette.utf8).write(to: place.cassette)
        let files = directory.appendingPathComponent("\(id).files")
        let uploads = ((try? manager.contentsOfDirectory(atPath: files.path)) ?? []).sorted()
        if !uploads.isEmpty { try manager.copyItem(at: files, to: place.files) }
        return place.saved(uploads: uploads)
    }
}
