import VernAPI

/// The OpenAPI 3 description of everything the local server serves, at `GET /api/v1/openapi.json`.
///
/// Kept by hand and kept true by a test that compares it with the router's routes.
enum OpenAPIDocument {
    /// One operation: method, path (OpenAPI `{name}` templates), summary, and its statuses.
    struct Operation {
        let method: String
        let path: String
        let summary: String
        let success: Int
        let errors: [Int]
        let body: String?
        let response: String?
        var query: [String] = []
        var authenticated = true
    }

    private static let standardErrors = [401, 404, 429]

    /// Every operation the server serves.
    static let operations: [Operation] = [
        .init(method: "post", path: "/api/v1/migrations", summary: "Create a migration (local extension: `local_agent`)", success: 201, errors: [400, 401, 409, 429], body: "CreateMigrationRequest", response: "MigrationEnvelope"),
        .init(method: "get", path: "/api/v1/migrations", summary: "List the account's migrations (local extension)", success: 200, errors: [401, 429], body: nil, response: "MigrationList"),
        .init(method: "get", path: "/api/v1/migrations/{migration_id}", summary: "Read one migration (local extension)", success: 200, errors: standardErrors, body: nil, response: "MigrationEnvelope"),
        .init(method: "post", path: "/api/v1/migrations/{migration_id}/files", summary: "Mint signed, single-use upload URLs", success: 201, errors: [400] + standardErrors, body: "MintUploadsRequest", response: "SignedUploadList"),
        .init(method: "get", path: "/api/v1/migrations/{migration_id}/files", summary: "List uploaded files", success: 200, errors: standardErrors, body: nil, response: "UploadedFileList"),
        .init(method: "put", path: "/storage/upload/{token}", summary: "Upload a file's raw bytes to a signed URL (no API key)", success: 200, errors: [400, 404, 409], body: nil, response: "UploadedFile", authenticated: false),
        .init(method: "post", path: "/api/v1/migrations/{migration_id}/runs", summary: "Start a run", success: 201, errors: [400, 409] + standardErrors, body: "StartRunRequest", response: "StartRunResponse"),
        .init(method: "get", path: "/api/v1/migrations/{migration_id}/runs/{run_id}", summary: "Poll a run", success: 200, errors: standardErrors, body: nil, response: "Run"),
        .init(method: "patch", path: "/api/v1/migrations/{migration_id}/runs/{run_id}", summary: "Cancel a run with {\"status\":\"cancel_requested\"}", success: 200, errors: [400, 409] + standardErrors, body: "CancelRunRequest", response: "Run"),
        .init(method: "post", path: "/api/v1/migrations/{migration_id}/runs/{run_id}/messages", summary: "Answer a question-blocked run", success: 200, errors: [400, 409] + standardErrors, body: "AnswerRequest", response: "RunAcknowledgement"),
        .init(method: "post", path: "/api/v1/migrations/{migration_id}/runs/{run_id}/credentials", summary: "Submit credentials to a credential-blocked run", success: 200, errors: [400, 409] + standardErrors, body: "CredentialsRequest", response: "RunAcknowledgement"),
        .init(method: "get", path: "/api/v1/migrations/{migration_id}/preview", summary: "The current preview", success: 200, errors: standardErrors, body: nil, response: "Preview"),
        .init(method: "get", path: "/api/v1/migrations/{migration_id}/thread", summary: "Thread snapshot", success: 200, errors: [400] + standardErrors, body: nil, response: "ThreadPage", query: ["after", "include"]),
        .init(method: "get", path: "/api/v1/migrations/{migration_id}/thread/stream", summary: "Thread as server-sent events (id: sequence, event: type, data: event JSON; resumes from `after` or Last-Event-ID)", success: 200, errors: [400] + standardErrors, body: nil, response: nil, query: ["after", "include"]),
        .init(method: "get", path: "/api/v1/migrations/{migration_id}/exports/{file}", summary: "Export one sheet as CSV; `file` is `<template_slug>.csv`", success: 200, errors: [400] + standardErrors, body: nil, response: nil, query: ["filter"]),
        .init(method: "get", path: "/api/v1/migrations/{migration_id}/source-connection", summary: "Read the source connection", success: 200, errors: standardErrors, body: nil, response: "SourceConnectionEnvelope", query: ["source_key", "profile_id"]),
        .init(method: "post", path: "/api/v1/migrations/{migration_id}/source-connection", summary: "Create (201) or update in place (200) the source connection", success: 201, errors: [400] + standardErrors, body: "SourceConnectionRequest", response: "SourceConnectionEnvelope"),
        .init(method: "delete", path: "/api/v1/migrations/{migration_id}/source-connection", summary: "Remove the source connection and its vaulted secrets", success: 200, errors: standardErrors, body: nil, response: "DeletedResponse", query: ["source_key", "profile_id"]),
        .init(method: "get", path: "/api/v1/sources", summary: "List sources", success: 200, errors: [401, 429], body: nil, response: "SourceList"),
        .init(method: "get", path: "/api/v1/templates", summary: "List templates (with `slug`)", success: 200, errors: [401, 429], body: nil, response: "TemplateList"),
        .init(method: "get", path: "/api/v1/openapi.json", summary: "This document (no API key)", success: 200, errors: [], body: nil, response: nil, authenticated: false),
    ]

    /// The document.
    static let document: JSONValue = {
        var paths: [String: JSONValue] = [:]
        for operation in operations {
            var members = paths[operation.path].flatMap { value -> [String: JSONValue]? in
                if case .object(let members) = value { return members }
                return nil
            } ?? [:]
            members[operation.method] = describe(operation)
            paths[operation.path] = .object(members)
        }
        let schemaNames = Set(operations.flatMap { [$0.body, $0.response].compactMap { $0 } } + ["Error"])
        return [
            "openapi": "3.0.3",
            "info": [
                "title": "Vern Migration API (local server)",
                "version": "1",
                "description": "The Surface A migration API as served by `vern serve`. Every error is {\"error\": \"<sentence>\"}.",
            ],
            "servers": [["url": "/"]],
            "components": [
                "securitySchemes": ["apiKey": ["type": "apiKey", "in": "header", "name": "x-api-key"]],
                "schemas": .object(
                    Dictionary(uniqueKeysWithValues: schemaNames.sorted().map { name in
                        (name, name == "Error" ? errorSchema : ["type": "object", "description": .string("See VernAPI.\(name).")])
                    })),
            ],
            "paths": .object(paths),
        ]
    }()

    private static let errorSchema: JSONValue = [
        "type": "object", "required": ["error"],
        "properties": ["error": ["type": "string"], "run_id": ["type": "string", "format": "uuid"]],
    ]

    private static func describe(_ operation: Operation) -> JSONValue {
        var responses: [String: JSONValue] = [:]
        var success: [String: JSONValue] = ["description": "Success"]
        if let response = operation.response {
            success["content"] = ["application/json": ["schema": ["$ref": .string("#/components/schemas/\(response)")]]]
        } else if operation.path.hasSuffix("/stream") {
            success["content"] = ["text/event-stream": ["schema": ["type": "string"]]]
        } else if operation.path.contains("/exports/") {
            success["content"] = ["text/csv": ["schema": ["type": "string"]]]
            success["headers"] = ["X-Total-Records": ["schema": ["type": "integer"]]]
        } else {
            success["content"] = ["application/json": ["schema": ["type": "object"]]]
        }
        responses[String(operation.success)] = .object(success)
        for status in operation.errors {
            responses[String(status)] = [
                "description": "Error",
                "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]],
            ]
        }
        let pathParameters = operation.path.split(separator: "/").filter { $0.hasPrefix("{") }.map { segment in
            JSONValue.object([
                "name": .string(String(segment.dropFirst().dropLast())), "in": "path", "required": true,
                "schema": ["type": "string"],
            ])
        }
        let queryParameters = operation.query.map { name in
            JSONValue.object(["name": .string(name), "in": "query", "required": false, "schema": ["type": "string"]])
        }
        var described: [String: JSONValue] = [
            "summary": .string(operation.summary),
            "responses": .object(responses),
            "security": operation.authenticated ? [["apiKey": []]] : [],
        ]
        if !(pathParameters + queryParameters).isEmpty { described["parameters"] = .array(pathParameters + queryParameters) }
        if let body = operation.body {
            described["requestBody"] = [
                "required": true,
                "content": ["application/json": ["schema": ["$ref": .string("#/components/schemas/\(body)")]]],
            ]
        } else if operation.method == "put" {
            described["requestBody"] = [
                "required": true, "content": ["application/octet-stream": ["schema": ["type": "string", "format": "binary"]]],
            ]
        }
        return .object(described)
    }
}
