import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Testing
import VernAPI
import VernAgentKit
@testable import VernServer

/// What the server leaves on disk: no secret or API key in clear, only its owner can read it,
/// and a secret the connector rejected is gone.
@Suite struct SecretsAtRestTests {
    @Test func noSecretOrAPIKeyOnDiskAndEverythingPrivate() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vern-at-rest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let rejected = "s3cr3t-ZZTOP-rejected-\(UUID().uuidString.prefix(8))"

        let app = try await buildApplication(configuration: testConfiguration(data: directory, behaviour: .credentials))
        try await app.test(.router) { client in
            let id = try await client.createMigration()
            try await client.upload(sampleCSV, to: id)
            let run = try await client.startRun(id, .generate)
            _ = try await client.waitForRun(id, run) { $0.status == .blocked }
            let wrong = try await client.send(
                .post, "migrations/\(id)/runs/\(run)/credentials",
                value: CredentialsRequest(credentials: ["client_id": Connectors.demoClientID, "client_secret": rejected]))
            #expect(wrong.status == .ok)
            let again = try await client.waitForRun(id, run) {
                $0.status == .blocked && $0.credentialRequest?.reason?.contains("rejected") == true
            }
            #expect(again.status == .blocked)
            // The rejected values were deleted from the vault, not kept until /disconnect.
            let connection = try await client.call(.get, "migrations/\(id)/source-connection")
                .decode(SourceConnectionEnvelope.self).sourceConnection
            #expect(!connection.credsConfigured)

            let right = try await client.send(
                .post, "migrations/\(id)/runs/\(run)/credentials",
                value: CredentialsRequest(
                    credentials: ["client_id": Connectors.demoClientID, "client_secret": Connectors.demoClientSecret]))
            #expect(right.status == .ok)
            let done = try await client.waitForRun(id, run) { $0.status.isTerminal(for: .generate) }
            #expect(done.status == .awaitingApproval)
        }

        // The accepted secret is in the vault and opens with the key (the runs above read it).
        let cipher = try VaultCipher.loadOrCreate(in: directory)
        let database = try AppDatabase(path: directory.appendingPathComponent("vern.sqlite").path, cipher: cipher)
        let vault = try await database.read { db in try VaultRecord.fetchAll(db) }
        #expect(vault.count == 2)
        for record in vault {
            #expect(record.value != Connectors.demoClientSecret && record.value != Connectors.demoClientID)
        }
        let opened = try await database.read { db in
            try SourceConnectionStore.secrets(connectionID: vault[0].connectionID, cipher: cipher, db)
        }
        #expect(opened["client_secret"] == Connectors.demoClientSecret)

        var files: [URL] = []
        let entries = try #require(FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isDirectoryKey]))
        for case let entry as URL in entries { files.append(entry) }
        #expect(files.contains { $0.lastPathComponent == "vern.sqlite" })
        #expect(files.contains { $0.deletingLastPathComponent().lastPathComponent == "files" })
        #expect(try mode(directory) == 0o700)
        for file in files {
            let isDirectory = try file.resourceValues(forKeys: [.isDirectoryKey]).isDirectory == true
            #expect(try mode(file) == (isDirectory ? 0o700 : 0o600), "\(file.lastPathComponent)")
            guard !isDirectory else { continue }
            let bytes = try Data(contentsOf: file)
            for needle in [rejected, Connectors.demoClientSecret, keyA, keyB] {
                #expect(bytes.range(of: Data(needle.utf8)) == nil, "\(needle) in clear in \(file.lastPathComponent)")
            }
        }
    }

    @Test func anOlderDatabaseIsSealedOnOpen() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vern-upgrade-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try PrivateFiles.directory(directory)
        let path = directory.appendingPathComponent("vern.sqlite").path
        let cipher = try VaultCipher.loadOrCreate(in: directory)
        let clearKey = "old-clear-api-key-\(UUID().uuidString.prefix(8))"
        let clearSecret = "old-clear-secret-\(UUID().uuidString.prefix(8))"
        do {
            // A database as the previous version left it: keys and vault values in clear.
            let queue = try DatabaseQueue(path: path)
            try AppDatabase.migrator(cipher: cipher).migrate(queue, upTo: "v1")
            try await queue.write { db in
                try db.execute(sql: "INSERT INTO account (id, apiKey) VALUES ('a1', ?)", arguments: [clearKey])
                try db.execute(
                    sql: "INSERT INTO migration (id, accountID, name, templatesJSON, createdAt) VALUES ('m1', 'a1', 'M', '[]', ?)",
                    arguments: [Date()])
                try db.execute(
                    sql: "INSERT INTO vault (connectionID, migrationID, field, value) VALUES ('c1', 'm1', 'client_secret', ?)",
                    arguments: [clearSecret])
            }
            try queue.close()
        }
        let database = try AppDatabase(path: path, cipher: cipher)
        let (digest, secrets) = try await database.read { db in
            (
                try String.fetchOne(db, sql: "SELECT apiKeyDigest FROM account WHERE id = 'a1'"),
                try SourceConnectionStore.secrets(connectionID: "c1", cipher: cipher, db)
            )
        }
        #expect(digest == APIKeyDigest.of(clearKey))
        #expect(secrets == ["client_secret": clearSecret])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.range(of: Data(clearKey.utf8)) == nil)
        #expect(bytes.range(of: Data(clearSecret.utf8)) == nil)
    }

    @Test func vaultValuesAreBoundToTheirRowAndKey() throws {
        let cipher = VaultCipher.ephemeral()
        let sealed = try cipher.seal("hunter2", connectionID: "c1", field: "client_secret")
        #expect(!sealed.contains("hunter2"))
        #expect(try cipher.open(sealed, connectionID: "c1", field: "client_secret") == "hunter2")
        #expect(throws: (any Error).self) { try cipher.open(sealed, connectionID: "c2", field: "client_secret") }
        #expect(throws: (any Error).self) { try cipher.open(sealed, connectionID: "c1", field: "client_id") }
        #expect(throws: (any Error).self) {
            try VaultCipher.ephemeral().open(sealed, connectionID: "c1", field: "client_secret")
        }
        // Two seals of the same value differ (fresh nonces).
        #expect(try cipher.seal("hunter2", connectionID: "c1", field: "client_secret") != sealed)
    }

    @Test func keyFileIsCreatedOnceAndPrivate() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vern-key-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try PrivateFiles.directory(directory)
        let first = try VaultCipher.loadOrCreate(in: directory)
        let file = directory.appendingPathComponent(VaultCipher.keyFileName)
        #expect(try mode(file) == 0o600)
        #expect(try Data(contentsOf: file).count == 32)
        let sealed = try first.seal("v", connectionID: "c", field: "f")
        #expect(try VaultCipher.loadOrCreate(in: directory).open(sealed, connectionID: "c", field: "f") == "v")
        try Data("short".utf8).write(to: file)
        #expect(throws: VaultKeyError.self) { try VaultCipher.loadOrCreate(in: directory) }
    }

    private func mode(_ url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.posixPermissions] as? Int ?? -1) & 0o777
    }
}
