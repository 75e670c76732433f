import Foundation

/// Defaults from `$XDG_CONFIG_HOME/vern/config.json` (else `~/.config/vern/config.json`);
/// command-line flags win over them, and environment variables over the file.
///
/// ```json
/// { "api_url": "https://app.vern.so/api/v1", "migration": "…", "color": "auto", "history": true }
/// ```
struct UserConfiguration: Codable, Equatable {
    var apiURL: String?
    var migration: String?
    var color: String?
    var history: Bool?
    var streamThread: Bool?

    enum CodingKeys: String, CodingKey {
        case apiURL = "api_url"
        case migration, color, history
        case streamThread = "stream_thread"
    }

    /// The configuration file's path.
    static func path(environment: [String: String]) -> URL {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("vern/config.json")
        }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".config/vern/config.json")
    }

    /// Reads the file; a missing file is an empty configuration, a malformed one an error.
    static func load(environment: [String: String]) throws -> UserConfiguration {
        let file = path(environment: environment)
        guard let data = FileManager.default.contents(atPath: file.path) else { return UserConfiguration() }
        do {
            return try JSONDecoder().decode(UserConfiguration.self, from: data)
        } catch {
            throw ShellStartupError("\(file.path) is not valid: \(error.localizedDescription)")
        }
    }
}

/// A reason the shell cannot start, shown as one line.
struct ShellStartupError: Error, CustomStringConvertible, LocalizedError {
    var description: String

    init(_ description: String) { self.description = description }

    var errorDescription: String? { description }
}

/// Where the shell keeps its state: `$XDG_STATE_HOME/vern`, else `~/.local/state/vern`.
enum StatePaths {
    static func root(environment: [String: String]) -> URL {
        if let xdg = environment["XDG_STATE_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("vern")
        }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".local/state/vern")
    }
}
