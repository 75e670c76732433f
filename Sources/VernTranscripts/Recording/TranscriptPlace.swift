import Foundation
import VernShell

/// Where a transcript named by a person is written: `./transcripts/` when that folder exists,
/// else the working directory; and the files it owns there.
struct TranscriptPlace {
    let workingDirectory: URL
    let directory: URL
    let name: String

    init(name: String, workingDirectory: URL) {
        self.workingDirectory = workingDirectory
        self.name = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
        let folder = workingDirectory.appendingPathComponent("transcripts")
        var isDirectory: ObjCBool = false
        directory = FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue ? folder : workingDirectory
    }

    var markdown: URL { directory.appendingPathComponent("\(name).md") }
    var cassette: URL { directory.appendingPathComponent("\(name).cassette.jsonl") }
    var files: URL { directory.appendingPathComponent("\(name).files") }

    /// A path as the person sees it: relative to the working directory when inside it.
    func shown(_ url: URL) -> String {
        let prefix = workingDirectory.path.hasSuffix("/") ? workingDirectory.path : workingDirectory.path + "/"
        return url.path.hasPrefix(prefix) ? String(url.path.dropFirst(prefix.count)) : url.path
    }

    /// Makes room: an existing transcript of this name is an error unless `replace`, and then
    /// its files (with a stale `NAME.actual.md` and `NAME.files/`) are removed first.
    func clear(replace: Bool) throws {
        let manager = FileManager.default
        guard manager.fileExists(atPath: markdown.path) || manager.fileExists(atPath: cassette.path) else { return }
        guard replace else { throw SaveConflict(path: shown(markdown)) }
        for file in [markdown, cassette, directory.appendingPathComponent("\(name).actual.md"), files] {
            try? manager.removeItem(at: file)
        }
    }

    /// What was written, for the person.
    func saved(uploads: [String]) -> SavedTranscript {
        SavedTranscript(paths: [shown(markdown), shown(cassette)] + (uploads.isEmpty ? [] : [shown(files) + "/"]), uploads: uploads)
    }
}
