import Foundation

/// `~` in a path typed by the user, expanded from `$HOME` (as the shell does), not the password database.
public enum HomePath {
    /// `path` with a leading `~` replaced by `$HOME` from `environment`.
    public static func expand(_ path: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = environment["HOME"], !home.isEmpty else {
            return (path as NSString).expandingTildeInPath
        }
        return home + path.dropFirst()
    }
}
