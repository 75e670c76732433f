import Foundation
import VernAPI
import VernClient

/// How a session opens its migration: the requests the launcher makes before the first prompt.
///
/// The launcher and transcript replay share this code, so a replayed session makes the same
/// opening requests, in the same order, as the recorded one.
public enum SessionOpening: Sendable, Equatable {
    /// Attach to an existing migration, named by its id, a short id or its name (see
    /// ``MigrationLookup``). With `remote`, a 404 is tolerated (the real service
    /// documents no way to read a migration) and the shell works with the id alone.
    case attach(id: String, remote: Bool)
    /// Create a migration and upload `files`. With `reuseExisting`, a migration that already
    /// has files (the embedded demo, found again by its external id) is opened as it is.
    case create(name: String, externalID: String?, templates: [String]?, files: [URL], reuseExisting: Bool)

    /// What opening produced.
    public struct Result: Sendable {
        /// The migration the shell works on.
        public var migration: Migration
        /// Whether it still needs a first `generate` run (files were just uploaded).
        public var needsGenerate: Bool
        /// The template slugs offered, for completion.
        public var templateSlugs: [String]
        /// The source connector keys offered, for completion.
        public var sourceKeys: [String]
        /// The column names of the migration's templates, for completion.
        public var columns: [String] = []
        /// For an attached migration, the names of its uploaded files (transcripts record them).
        public var attachedFiles: [String] = []
    }

    /// Opens the migration, uploading files and reporting each upload to `sink`, then reads the
    /// templates and sources the shell completes.
    public func perform(client: VernClient, sink: any ShellEventSink) async throws -> Result {
        let catalog = (try? await client.templates()) ?? []
        let opened: (Migration, Bool)
        switch self {
        case .attach(let id, let remote):
            do {
                opened = (try await MigrationLookup.resolve(id, client: client), false)
            } catch let error as VernClientError where error.status == 404 && remote {
                opened = (
                    Migration(id: id, name: String(id.prefix(8)), source: nil, status: .unknown("unknown"), templates: []),
                    false
                )
            }
        case .create(let name, let externalID, let templates, let files, let reuseExisting):
            // Check everything before creating anything: a bad file or slug leaves no migration behind.
            for file in files { _ = try VernClient.fileSize(file) }
            if let templates, !catalog.isEmpty {
                let known = catalog.map(\.effectiveSlug)
                if let unknown = templates.first(where: { !known.contains($0) }) {
                    throw MigrationLookup.Failure(
                        description: "no template \(unknown) (templates: \(known.joined(separator: ", ")))")
                }
            }
            let migration = try await client.createMigration(.init(name: name, externalID: externalID, templates: templates))
            if reuseExisting, !(try await client.files(migration: migration.id)).isEmpty {
                opened = (migration, false)
            } else {
                if !files.isEmpty {
                    let uploads = try await client.uploadFiles(migration: migration.id, files) { name, sent, total in
                        sink.emit(.uploadProgress(name: name, sent: sent, total: total))
                    }
                    for upload in uploads { sink.emit(.notice("Uploaded \(upload.name).")) }
                }
                opened = (migration, !files.isEmpty)
            }
        }
        var attachedFiles: [String] = []
        if case .attach = self { attachedFiles = ((try? await client.files(migration: opened.0.id)) ?? []).map(\.name) }
        let templates = catalog
        let sources = (try? await client.sources()) ?? []
        let used = Set(opened.0.templates.map(\.slug))
        var seen: Set<String> = []
        let columns = templates.filter { used.contains($0.effectiveSlug) }.flatMap { $0.columns.map(\.name) }
            .filter { seen.insert($0).inserted }
        return Result(
            migration: opened.0, needsGenerate: opened.1, templateSlugs: templates.map(\.effectiveSlug),
            sourceKeys: sources.compactMap(\.sourceKey), columns: columns, attachedFiles: attachedFiles)
    }
}

extension ShellEvent {
    /// The notice shown when the client retries a request: deterministic (no delay, no time), so
    /// a replayed session shows it exactly as recorded.
    public static func retrying(_ event: RetryEvent) -> ShellEvent {
        let reason: String
        switch event.failure.code {
        case .http(429): reason = "rate limited (429)"
        case .http(let status): reason = "the server answered \(status)"
        default: reason = "the connection failed"
        }
        return .notice("\(reason); retrying \(event.request.split(separator: " ").first ?? "") (attempt \(event.attempt) of \(event.maxAttempts))")
    }
}
