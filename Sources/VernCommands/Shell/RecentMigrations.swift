import Foundation

/// The migration last opened at each place (a server URL, or the embedded server's data
/// folder), in `$XDG_STATE_HOME/vern/recent.json`, for `vern -c`.
struct RecentMigrations {
    let file: URL

    init(environment: [String: String]) {
        file = StatePaths.root(environment: environment).appendingPathComponent("recent.json")
    }

    /// The id of the migration last opened at `place`.
    func last(at place: String) -> String? {
        read()[place]
    }

    /// Remembers `id` as the migration last opened at `place`.
    func remember(_ id: String, at place: String) {
        var all = read()
        all[place] = id
        guard let data = try? JSONEncoder().encode(all) else { return }
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: file, options: .atomic)
    }

    private func read() -> [String: String] {
        guard let data = FileManager.default.contents(atPath: file.path) else { return [:] }
        return (try? JSONDecoder().decode([String: String].self, from: data)) ?? [:]
    }
}
