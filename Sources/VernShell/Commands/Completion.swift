import ArgumentParser
import Foundation

/// Tab completion for the shell: slash commands, template slugs, connector keys and file paths.
public struct ShellCompletion: Sendable {
    /// Template slugs, for `/export` and `/preview --sheet`.
    public var templateSlugs: [String]
    /// Connector keys, for `/connect`.
    public var sourceKeys: [String]

    public init(templateSlugs: [String] = [], sourceKeys: [String] = []) {
        self.templateSlugs = templateSlugs
        self.sourceKeys = sourceKeys
    }

    /// The candidates that could replace the word before the cursor, each in full.
    public func candidates(for lineBeforeCursor: String) -> [String] {
        let words = lineBeforeCursor.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let current = words.last ?? ""
        guard let first = words.first, first.hasPrefix("/") else { return [] }
        if words.count == 1 {
            return SlashCommands.configuration.subcommands.map { "/" + $0._commandName }.filter { $0.hasPrefix(current) }
        }
        let previous = words[words.count - 2]
        switch first {
        case "/upload":
            return paths(matching: current)
        case "/export" where words.count == 2, "/preview" where previous == "--sheet":
            return templateSlugs.filter { $0.hasPrefix(current) }
        case "/export" where previous == "-o" || previous == "--output":
            return paths(matching: current)
        case "/export" where previous == "--filter":
            return ["valid", "all", "invalid"].filter { $0.hasPrefix(current) }
        case "/thread" where previous == "--include":
            return ["user", "tools", "all"].filter { $0.hasPrefix(current) }
        case "/connect" where words.count == 2:
            return sourceKeys.filter { $0.hasPrefix(current) }
        default:
            return []
        }
    }

    /// Files and folders whose path starts with `prefix`; folders end with `/`.
    func paths(matching prefix: String) -> [String] {
        let expanded = (prefix as NSString).expandingTildeInPath
        let directory: String
        let namePrefix: String
        if prefix.hasSuffix("/") {
            directory = expanded
            namePrefix = ""
        } else {
            directory = (expanded as NSString).deletingLastPathComponent
            namePrefix = (expanded as NSString).lastPathComponent
        }
        let listed = directory.isEmpty ? "." : directory
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: listed) else { return [] }
        let typedDirectory = prefix.hasSuffix("/") ? prefix : String(prefix.dropLast(namePrefix.count))
        return names.filter { $0.hasPrefix(namePrefix) && (!$0.hasPrefix(".") || namePrefix.hasPrefix(".")) }.sorted().map { name in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (listed as NSString).appendingPathComponent(name), isDirectory: &isDirectory)
            return typedDirectory + name + (isDirectory.boolValue ? "/" : "")
        }
    }
}
