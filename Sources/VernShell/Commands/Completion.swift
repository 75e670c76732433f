import ArgumentParser
import Foundation

/// Tab completion for the shell: slash commands and their flags, template slugs, column
/// names, connector keys and file paths.
public struct ShellCompletion: Sendable {
    /// Template slugs, for `/export` and `/preview --sheet`.
    public var templateSlugs: [String]
    /// Connector keys, for `/connect`.
    public var sourceKeys: [String]
    /// The templates' column names, for `/preview`.
    public var columns: [String]

    public init(templateSlugs: [String] = [], sourceKeys: [String] = [], columns: [String] = []) {
        self.templateSlugs = templateSlugs
        self.sourceKeys = sourceKeys
        self.columns = columns
    }

    /// The candidates that could replace the word before the cursor, each in full.
    public func candidates(for lineBeforeCursor: String) -> [String] {
        let words = lineBeforeCursor.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let current = words.last ?? ""
        guard let first = words.first, first.hasPrefix("/") else { return [] }
        let names = SlashCommands.all.map { "/" + $0._commandName }
        if words.count == 1 {
            return names.filter { $0.hasPrefix(current.lowercased()) }
        }
        guard case .success(let command) = SlashCommands.resolve(String(first.dropFirst())) else { return [] }
        if current.hasPrefix("-") {
            return SlashCommands.flags(of: command).filter { $0.hasPrefix(current) }
        }
        let previous = words[words.count - 2]
        switch "/" + command._commandName {
        case "/help" where words.count == 2:
            return names.map { String($0.dropFirst()) }.filter { $0.hasPrefix(current.lowercased()) }
        case "/preview" where previous != "--sheet":
            return columns.filter { $0.hasPrefix(current) && !words.dropLast().contains($0) }
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
        let expanded = HomePath.expand(prefix)
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
