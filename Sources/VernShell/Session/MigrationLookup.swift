import Foundation
import VernAPI
import VernClient

/// Finds a migration by what the analyst typed: its full id, a short id (the first characters
/// the shell shows), or its name.
public enum MigrationLookup {
    /// A typed key that names no migration, or several.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The migration `key` names. Reads it directly first; otherwise lists the migrations (a
    /// local-server extension) and matches ids by prefix and names without regard to case.
    public static func resolve(_ key: String, client: VernClient) async throws -> Migration {
        let direct: VernClientError
        do {
            return try await client.migration(key)
        } catch let error as VernClientError where error.status == 404 || error.status == 400 {
            direct = error
        }
        guard let all = try? await client.migrations() else { throw direct }
        return try match(key, in: all)
    }

    /// The one migration of `all` that `key` names.
    static func match(_ key: String, in all: [Migration]) throws -> Migration {
        let lowered = key.lowercased()
        let byName = all.filter { $0.name.caseInsensitiveCompare(key) == .orderedSame }
        let byID = lowered.count >= 4 ? all.filter { $0.id.lowercased().hasPrefix(lowered) } : []
        let matches = byID.isEmpty ? byName : byID
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw Failure(description: "\(key) names \(matches.count) migrations: \(listed(matches)); use the id")
        }
        let known = all.isEmpty ? "there are none yet" : "migrations: " + listed(Array(all.suffix(10)))
        throw Failure(description: "no migration \(key) (\(known))")
    }

    static func listed(_ migrations: [Migration]) -> String {
        migrations.map { "\($0.name) (\($0.id.prefix(8)))" }.joined(separator: ", ")
    }
}
