import VernAPI

/// The OpenAPI 3.1 description of everything the local server serves, at `GET /api/v1/openapi.json`:
/// every operation's parameters, request and response bodies and statuses, with links from a
/// created migration to its uploads, runs and exports, so a stateful tester can walk the API.
///
/// Kept by hand and kept true by tests: the operations are compared with the router's routes,
/// and every response the server tests receive is validated against it.
enum OpenAPIDocument {
    /// One operation: method, path (OpenAPI `{name}` templates), and what it takes and answers.
    struct Operation {
        let id: String
        let method: String
        let path: String
        let summary: String
        let success: Int
        let errors: [Int]
        let body: String?
        let response: String?
        var query: [(name: String, schema: JSONValue)] = []
        var links: [String: JSONValue] = [:]
        var authenticated = true
        /// Another success status with the same body (e.g. `200` for an idempotent replay).
        var alsoSuccess: Int?
    }

    private static let standardErrors = [401, 404, 429]
    private static let migrationID: JSONValue = "$request.path.migration_id"
    private static let includeParameter: (String, JSONValue) = ("include", enumeration(["user", "tools", "all"]))
    private static let afterParameter: (String, JSONValue) = ("after", ["type": "integer", "minimum": 0])
    private static let connectionQuery: [(name: String, schema: JSONValue)] = [
        ("source_key", ["type": "string", "pattern": "^[a-z0-9_]{1,64}$"]), ("profile_id", ["type": "string", "minLength": 1]),
    ]

    // MARK: - Links
    // The documented flow, for a stateful tester: create a migration → mint an upload URL → upload
    // a CSV → start a generate run → answer it, give it credentials, cancel it or read its preview
    // → execute → export. Where the next request needs a body, the link carries the one a client
    // would send (`requestBody`; strings starting with `$` are runtime expressions).

    private static func link(_ operationID: String, _ parameters: [String: JSONValue], body: JSONValue? = nil) -> JSONValue {
        var link: [String: JSONValue] = ["operationId": .string(operationID), "parameters": .object(parameters)]
        if let body { link["requestBody"] = body }
        return .object(link)
    }

    private static let generateBody: JSONValue = ["kind": "generate"]
    private static let executeBody: JSONValue = ["kind": "execute"]
    private static let cancelBody: JSONValue = ["status": "cancel_requested"]
    private static let answerBody: JSONValue = ["answers": "Map them to 'Other'"]
    private static let credentialsBody: JSONValue = ["credentials": ["client_id": "demo-client", "client_secret": "demo-secret"]]
    private static let mintBody: JSONValue = ["files": [["name": "contacts.csv", "content_type": "text/csv"]]]
    private static let connectionBody: JSONValue = ["source_key": "demo_crm"]

    /// The example request body of each request schema: a request that succeeds in the flow.
    static let requestExamples: [String: JSONValue] = [
        "CreateMigrationRequest": ["name": "Acme CRM import", "templates": ["contacts"]],
        "MintUploadsRequest": mintBody,
        "StartRunRequest": generateBody,
        "CancelRunRequest": cancelBody,
        "AnswerRequest": answerBody,
        "CredentialsRequest": credentialsBody,
        "SourceConnectionRequest": connectionBody,
    ]

    /// Links from an operation that knows a migration id (as `expression`) to what works on it.
    private static func migrationLinks(_ expression: JSONValue) -> [String: JSONValue] {
        let parameters: [String: JSONValue] = ["migration_id": expression]
        return [
            "GetMigration": link("getMigration", parameters),
            "MintUploads": link("mintUploads", parameters, body: mintBody),
            "ListFiles": link("listFiles", parameters),
            "GetPreview": link("getPreview", parameters),
            "GetPreviewRows": link("getPreviewRows", parameters),
            "GetThread": link("getThread", parameters),
            "ExportSheet": link("exportSheet", ["migration_id": expression, "file": "contacts.csv"]),
            "PutSourceConnection": link("putSourceConnection", parameters, body: connectionBody),
            "GetSourceConnection": link("getSourceConnection", parameters),
        ]
    }

    /// Links from an uploaded file: its migration can now generate.
    private static let uploadLinks: [String: JSONValue] = migrationLinks("$response.header.X-Migration-ID").merging([
        "StartGenerate": link("startRun", ["migration_id": "$response.header.X-Migration-ID"], body: generateBody)
    ]) { $1 }

    /// Links from an operation on one run (the ids as `migration` and `run` expressions) to the
    /// next steps of the flow; which one succeeds depends on where the run is.
    private static func runLinks(migration: JSONValue, run: JSONValue) -> [String: JSONValue] {
        let parameters: [String: JSONValue] = ["migration_id": migration, "run_id": run]
        let onMigration: [String: JSONValue] = ["migration_id": migration]
        return [
            "GetRun": link("getRun", parameters),
            "CancelRun": link("cancelRun", parameters, body: cancelBody),
            "AnswerRun": link("answerRun", parameters, body: answerBody),
            "SubmitCredentials": link("submitCredentials", parameters, body: credentialsBody),
            "GetPreview": link("getPreview", onMigration),
            "StartExecute": link("startRun", onMigration, body: executeBody),
            "ExportSheet": link("exportSheet", ["migration_id": migration, "file": "contacts.csv"]),
        ]
    }

    /// Every operation the server serves.
    static let operations: [Operation] = [
        .init(id: "createMigration", method: "post", path: "/api/v1/migrations", summary: "Create a migration (local extension: `local_agent`); 200 with the existing one for a repeated `external_id`", success: 201, errors: [400, 401, 409, 429], body: "CreateMigrationRequest", response: "MigrationEnvelope", links: migrationLinks("$response.body#/migration/id"), alsoSuccess: 200),
        .init(id: "listMigrations", method: "get", path: "/api/v1/migrations", summary: "List the account's migrations (local extension)", success: 200, errors: [401, 429], body: nil, response: "MigrationList"),
        .init(id: "getMigration", method: "get", path: "/api/v1/migrations/{migration_id}", summary: "Read one migration (local extension)", success: 200, errors: standardErrors, body: nil, response: "MigrationEnvelope"),
        .init(id: "mintUploads", method: "post", path: "/api/v1/migrations/{migration_id}/files", summary: "Mint signed, single-use upload URLs", success: 201, errors: [400] + standardErrors, body: "MintUploadsRequest", response: "SignedUploadList", links: ["UploadFile": link("uploadFile", ["token": "$response.body#/files/0/token"], body: .string(sampleCSV))]),
        .init(id: "listFiles", method: "get", path: "/api/v1/migrations/{migration_id}/files", summary: "List uploaded files", success: 200, errors: standardErrors, body: nil, response: "UploadedFileList"),
        .init(id: "uploadFile", method: "put", path: "/storage/upload/{token}", summary: "Upload a file's raw bytes to a signed URL (no API key)", success: 200, errors: [400, 404, 409], body: nil, response: "UploadedFile", links: uploadLinks, authenticated: false),
        .init(id: "startRun", method: "post", path: "/api/v1/migrations/{migration_id}/runs", summary: "Start a run", success: 201, errors: [400, 409] + standardErrors, body: "StartRunRequest", response: "StartRunResponse", links: runLinks(migration: migrationID, run: "$response.body#/run_id")),
        .init(id: "getRun", method: "get", path: "/api/v1/migrations/{migration_id}/runs/{run_id}", summary: "Poll a run", success: 200, errors: standardErrors, body: nil, response: "Run", links: runLinks(migration: migrationID, run: "$request.path.run_id")),
        .init(id: "cancelRun", method: "patch", path: "/api/v1/migrations/{migration_id}/runs/{run_id}", summary: "Cancel a run with {\"status\":\"cancel_requested\"}", success: 200, errors: [400, 409] + standardErrors, body: "CancelRunRequest", response: "Run"),
        .init(id: "answerRun", method: "post", path: "/api/v1/migrations/{migration_id}/runs/{run_id}/messages", summary: "Answer a question-blocked run", success: 200, errors: [400, 409] + standardErrors, body: "AnswerRequest", response: "RunAcknowledgement"),
        .init(id: "submitCredentials", method: "post", path: "/api/v1/migrations/{migration_id}/runs/{run_id}/credentials", summary: "Submit credentials to a credential-blocked run", success: 200, errors: [400, 409] + standardErrors, body: "CredentialsRequest", response: "RunAcknowledgement"),
        .init(id: "getPreview", method: "get", path: "/api/v1/migrations/{migration_id}/preview", summary: "The current preview", success: 200, errors: standardErrors, body: nil, response: "Preview"),
        .init(id: "getPreviewRows", method: "get", path: "/api/v1/migrations/{migration_id}/preview/rows", summary: "One preview sheet's invalid or dropped rows over the whole sheet, paged, with source row numbers, record ids and the rule that dropped each row (local extension)", success: 200, errors: [400] + standardErrors, body: nil, response: "PreviewRows", query: [("sheet", ["type": "string", "pattern": "^[a-z0-9_]{1,64}$"]), ("filter", enumeration(["invalid", "dropped"])), ("offset", ["type": "integer", "minimum": 0, "maximum": 2_147_483_647]), ("limit", ["type": "integer", "minimum": 1, "maximum": 1000])]),
        .init(id: "getThread", method: "get", path: "/api/v1/migrations/{migration_id}/thread", summary: "Thread snapshot", success: 200, errors: [400] + standardErrors, body: nil, response: "ThreadPage", query: [afterParameter, includeParameter]),
        .init(id: "streamThread", method: "get", path: "/api/v1/migrations/{migration_id}/thread/stream", summary: "Thread as server-sent events (id: sequence, event: type, data: event JSON; resumes from `after` or Last-Event-ID)", success: 200, errors: [400] + standardErrors, body: nil, response: nil, query: [afterParameter, includeParameter]),
        .init(id: "exportSheet", method: "get", path: "/api/v1/migrations/{migration_id}/exports/{file}", summary: "Export one sheet as CSV; `file` is `<template_slug>.csv`", success: 200, errors: [400] + standardErrors, body: nil, response: nil, query: [("filter", enumeration(["valid", "all", "invalid"]))]),
        .init(id: "getSourceConnection", method: "get", path: "/api/v1/migrations/{migration_id}/source-connection", summary: "Read the source connection", success: 200, errors: standardErrors, body: nil, response: "SourceConnectionEnvelope", query: connectionQuery),
        .init(id: "putSourceConnection", method: "post", path: "/api/v1/migrations/{migration_id}/source-connection", summary: "Create (201) or update in place (200) the source connection", success: 201, errors: [400] + standardErrors, body: "SourceConnectionRequest", response: "SourceConnectionEnvelope", alsoSuccess: 200),
        .init(id: "deleteSourceConnection", method: "delete", path: "/api/v1/migrations/{migration_id}/source-connection", summary: "Remove the source connection and its vaulted secrets", success: 200, errors: standardErrors, body: nil, response: "DeletedResponse", query: connectionQuery),
        .init(id: "listSources", method: "get", path: "/api/v1/sources", summary: "List sources", success: 200, errors: [401, 429], body: nil, response: "SourceList"),
        .init(id: "listTemplates", method: "get", path: "/api/v1/templates", summary: "List templates (with `slug`)", success: 200, errors: [401, 429], body: nil, response: "TemplateList"),
        .init(id: "getOpenAPI", method: "get", path: "/api/v1/openapi.json", summary: "This document (no API key)", success: 200, errors: [], body: nil, response: nil, authenticated: false),
    ]

    /// The statuses an operation documents, for checks.
    static func statuses(of operation: Operation) -> [Int] {
        [operation.success] + (operation.alsoSuccess.map { [$0] } ?? []) + operation.errors
    }

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
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "Vern Migration API (local server)",
                "version": "1",
                "description": "The Surface A migration API as served by `vern serve`. Every error is {\"error\": \"<sentence>\"}.",
            ],
            "servers": [["url": "/"]],
            "components": [
                "securitySchemes": ["apiKey": ["type": "apiKey", "in": "header", "name": "x-api-key"]],
                "schemas": .object(schemas),
            ],
            "paths": .object(paths),
        ]
    }()

    // MARK: - Schemas

    private static let string: JSONValue = ["type": "string"]
    private static let nullableString: JSONValue = ["type": ["string", "null"]]
    private static let integer: JSONValue = ["type": "integer"]
    private static let boolean: JSONValue = ["type": "boolean"]
    private static let dateTime: JSONValue = ["type": "string", "format": "date-time"]
    private static let anyValue: JSONValue = [:]
    /// A name a person typed: at least one character that is not a space.
    private static let label: JSONValue = ["type": "string", "pattern": "\\S"]
    /// A plain file name: no separators or control characters, not `.` or `..`, at most 255 bytes.
    private static let fileName: JSONValue = [
        "type": "string",
        "pattern": "^[^/\\\\\\u0000-\\u0020\\u007f-\\u009f.][^/\\\\\\u0000-\\u001f\\u007f-\\u009f]{0,60}$",
    ]

    private static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }
    private static func array(_ items: JSONValue) -> JSONValue { ["type": "array", "items": items] }
    private static func enumeration(_ values: [String]) -> JSONValue { ["type": "string", "enum": .array(values.map(JSONValue.string))] }
    private static func nullable(_ schema: JSONValue) -> JSONValue { ["anyOf": [schema, ["type": "null"]]] }
    private static func map(_ values: JSONValue) -> JSONValue { ["type": "object", "additionalProperties": values] }
    private static func object(_ properties: [String: JSONValue], required: [String] = [], closed: Bool = false) -> JSONValue {
        var schema: [String: JSONValue] = ["type": "object", "properties": .object(properties)]
        if !required.isEmpty { schema["required"] = .array(required.map(JSONValue.string)) }
        if closed { schema["additionalProperties"] = false }
        return .object(schema)
    }

    private static let runStatus = enumeration(["queued", "running", "blocked", "awaiting_approval", "completed", "failed", "canceled"])
    private static let runKind = enumeration(["generate", "update", "clarify", "execute"])

    private static let schemas: [String: JSONValue] = [
        "Error": object(["error": string, "run_id": string], required: ["error"]),
        "TemplateRef": object(["slug": string, "name": string], required: ["slug", "name"]),
        "Migration": object(
            [
                "id": string, "name": string, "source": nullableString,
                "status": enumeration(["awaiting_files", "ready", "running", "blocked", "awaiting_approval", "executing", "completed"]),
                "templates": array(ref("TemplateRef")), "external_id": nullableString, "created_at": nullable(dateTime),
            ], required: ["id", "name", "status", "templates"]),
        "MigrationEnvelope": object(["migration": ref("Migration")], required: ["migration"]),
        "MigrationList": object(["migrations": array(ref("Migration"))], required: ["migrations"]),
        "CreateMigrationRequest": object(
            [
                "name": label, "source": nullableString,
                "external_id": ["type": ["string", "null"], "pattern": "^[A-Za-z0-9_-]{1,255}$"],
                "templates": ["type": "array", "items": enumeration(["contacts"]), "minItems": 1],
                "local_agent": enumeration(["question", "credentials", "fail", "slow"]),
            ], required: ["name"]),
        "MintUploadsRequest": object(
            [
                "files": [
                    "type": "array", "minItems": 1, "maxItems": 100,
                    "items": object(["name": fileName, "content_type": enumeration(["text/csv"])], required: ["name"]),
                ]
            ], required: ["files"]),
        "SignedUpload": object(
            ["name": string, "storage_path": string, "signed_url": string, "token": string, "content_type": nullableString],
            required: ["name", "storage_path", "signed_url", "token"]),
        "SignedUploadList": object(["files": array(ref("SignedUpload"))], required: ["files"]),
        "UploadedFile": object(
            ["name": string, "storage_path": string, "content_type": nullableString, "size": integer, "uploaded_at": dateTime],
            required: ["name", "storage_path", "size", "uploaded_at"]),
        "UploadedFileList": object(["files": array(ref("UploadedFile"))], required: ["files"]),
        // update and clarify need a message; generate and execute take none.
        "StartRunRequest": [
            "anyOf": [
                object(["kind": enumeration(["generate", "execute"]), "extract_via_api": boolean], required: ["kind"]),
                object(["kind": enumeration(["update", "clarify"]), "message": label], required: ["kind", "message"]),
            ]
        ],
        "StartRunResponse": object(["run_id": string, "status": runStatus, "poll_url": string], required: ["run_id", "status", "poll_url"]),
        "Question": object(
            [
                "id": string, "question": string, "allowCustom": boolean,
                "options": array(object(["id": string, "label": string], required: ["id", "label"])),
            ], required: ["id", "question"]),
        "CredentialRequest": object(
            [
                "connection_id": string, "source_key": string, "source_name": nullableString, "reason": nullableString,
                "guidance": nullable(object([
                    "summary": nullableString, "steps": array(string),
                    "links": array(object(["label": string, "url": string], required: ["label", "url"])),
                ])),
                "schema": map(object(["type": string, "secret": boolean], required: ["type"])),
            ], required: ["connection_id", "source_key", "schema"]),
        "RunReport": object(
            [
                "inserted": integer, "invalidCellCount": integer, "coverage": anyValue, "droppedRowCount": ["type": "integer", "minimum": 0],
                "perSheet": array(object(["templateName": string, "sheetId": string, "rowCount": integer], required: ["templateName", "sheetId", "rowCount"])),
            ], required: ["inserted", "perSheet", "invalidCellCount"]),
        "Run": object(
            [
                "run_id": string, "status": runStatus, "created_at": nullable(dateTime), "kind": nullable(runKind),
                "message": nullableString, "questions": nullable(array(ref("Question"))),
                "blocked_reason": nullable(enumeration(["question", "credentials"])),
                "credential_request": nullable(ref("CredentialRequest")), "report": nullable(ref("RunReport")),
                "error": nullableString,
            ], required: ["run_id", "status"]),
        "CancelRunRequest": object(["status": ["const": "cancel_requested"]], required: ["status"], closed: true),
        "RunAcknowledgement": object(["run_id": string, "status": runStatus], required: ["run_id", "status"]),
        "AnswerRequest": object(
            [
                "answers": [
                    "oneOf": [
                        label,
                        ["type": "array", "minItems": 1, "items": object(["id": string, "value": string], required: ["id", "value"])],
                    ]
                ]
            ], required: ["answers"]),
        "CredentialsRequest": object(
            ["credentials": ["type": "object", "minProperties": 1, "additionalProperties": string], "connection_id": nullableString],
            required: ["credentials"]),
        "Preview": object(
            [
                "status": runStatus, "templates": array(ref("TemplateRef")),
                "sheets": array(object(
                    [
                        "template": ref("TemplateRef"), "rows": array(array(string)),
                        "invalid_cells": array(object(
                            ["row": integer, "column": string, "reason": string, "value": nullableString],
                            required: ["row", "column", "reason"])),
                        "row_count": nullable(integer), "invalid_row_count": nullable(integer),
                        "row_numbers": array(["type": "integer", "minimum": 1]), "dropped_by_rule": map(["type": "integer", "minimum": 1]),
                    ], required: ["template", "rows", "invalid_cells"])),
            ], required: ["status", "templates", "sheets"]),
        "PreviewRows": object(
            [
                "template": ref("TemplateRef"), "filter": enumeration(["invalid", "dropped"]), "columns": array(string),
                "key_column": nullableString, "total": ["type": "integer", "minimum": 0],
                "offset": ["type": "integer", "minimum": 0], "limit": ["type": "integer", "minimum": 1],
                "rows": array(object(
                    [
                        "row": ["type": "integer", "minimum": 1], "record_id": nullableString, "values": array(string),
                        "invalid_cells": array(object(
                            ["row": integer, "column": string, "reason": string, "value": nullableString],
                            required: ["row", "column", "reason"])),
                        "dropped_by": nullableString,
                    ], required: ["row", "values", "invalid_cells"])),
            ], required: ["template", "filter", "columns", "rows", "total", "offset", "limit"]),
        "ThreadEvent": object(
            ["sequence": integer, "type": string, "data": anyValue, "created_at": dateTime, "run_id": nullableString],
            required: ["sequence", "type", "data", "created_at"]),
        "ThreadPage": object(["events": array(ref("ThreadEvent")), "last_sequence": nullable(integer)], required: ["events"]),
        "SourceConnection": object(
            [
                "id": string, "profile_id": nullableString, "source_key": string, "name": nullableString,
                "category": nullableString, "config": map(anyValue), "selected_streams": nullable(array(string)),
                "stream_state": map(anyValue), "creds_configured": boolean, "bound_source_extractor_id": nullableString,
                "last_snapshot": anyValue, "last_sync_at": nullable(dateTime),
            ], required: ["id", "source_key", "creds_configured"]),
        "SourceConnectionEnvelope": object(["source_connection": ref("SourceConnection")], required: ["source_connection"]),
        "SourceConnectionRequest": object(
            [
                "source_key": enumeration(["demo_crm"]), "profile_id": nullableString, "config": map(anyValue),
                "selected_streams": array(enumeration(["contacts"])), "stream_state": map(anyValue),
                "credentials": map(string),
            ], required: ["source_key"]),
        "DeletedResponse": object(["deleted": boolean], required: ["deleted"]),
        "Source": object(["id": string, "name": string, "logo_url": nullableString, "source_key": nullableString], required: ["id", "name"]),
        "SourceList": object(["sources": array(ref("Source"))], required: ["sources"]),
        "Template": object(
            [
                "id": string, "slug": nullableString, "name": string, "description": nullableString,
                "columns": array(object(
                    [
                        "name": string, "description": nullableString, "required": boolean, "unique": boolean,
                        "desiredRule": string, "strictRule": ["anyOf": [string, array(string), ["type": "null"]]],
                        "linkRule": nullable(array(object(["templateId": string, "columnName": string]))),
                    ], required: ["name"])),
            ], required: ["id", "name", "columns"]),
        "TemplateList": object(["templates": array(ref("Template"))], required: ["templates"]),
    ]

    /// A small contacts CSV, the upload example a tester can generate and run on.
    private static let sampleCSV = """
        Record ID,First Name,Last Name,Email,Company,Lead Source
        r1,Jane,Doe,jane@acme.com,Acme,Web
        r2,John,Roe,john@acme.com,Acme,Event

        """

    // MARK: - Operations

    private static func describe(_ operation: Operation) -> JSONValue {
        var responses: [String: JSONValue] = [:]
        var success: [String: JSONValue] = ["description": "Success"]
        if let response = operation.response {
            success["content"] = ["application/json": ["schema": ref(response)]]
        } else if operation.path.hasSuffix("/stream") {
            // One schema per event; `data` is a ThreadEvent as JSON text. Comments are heartbeats.
            let event = object(["id": string, "event": string, "data": string, "retry": integer], required: ["data"])
            success["content"] = ["text/event-stream": ["schema": event]]
        } else if operation.path.contains("/exports/") {
            success["content"] = ["text/csv": ["schema": string]]
            success["headers"] = ["X-Total-Records": ["schema": integer]]
        } else {
            success["content"] = ["application/json": ["schema": ["type": "object"]]]
        }
        if operation.id == "uploadFile" {
            success["headers"] = ["X-Migration-ID": ["required": true, "schema": string]]
        }
        if !operation.links.isEmpty { success["links"] = .object(operation.links) }
        for status in statuses(of: operation) {
            responses[String(status)] =
                status < 300
                ? .object(success)
                : [
                    "description": "Error",
                    "content": ["application/json": ["schema": ref("Error")]],
                ]
        }
        let pathParameters = operation.path.split(separator: "/").filter { $0.hasPrefix("{") }.map { segment in
            let name = String(segment.dropFirst().dropLast())
            var parameter: [String: JSONValue] = ["name": .string(name), "in": "path", "required": true, "schema": string]
            if name == "file" {
                parameter["schema"] = ["type": "string", "pattern": "^[a-z0-9_]{1,64}\\.csv$"]
                parameter["example"] = "contacts.csv"
            }
            return JSONValue.object(parameter)
        }
        let queryParameters = operation.query.map { parameter in
            JSONValue.object(["name": .string(parameter.name), "in": "query", "required": false, "schema": parameter.schema])
        }
        var described: [String: JSONValue] = [
            "operationId": .string(operation.id),
            "summary": .string(operation.summary),
            "responses": .object(responses),
            "security": operation.authenticated ? [["apiKey": []]] : [],
        ]
        if !(pathParameters + queryParameters).isEmpty { described["parameters"] = .array(pathParameters + queryParameters) }
        if let body = operation.body {
            var media: [String: JSONValue] = ["schema": ref(body)]
            if let example = requestExamples[body] { media["example"] = example }
            described["requestBody"] = ["required": true, "content": ["application/json": .object(media)]]
        } else if operation.method == "put" {
            described["requestBody"] = [
                "required": true,
                "content": [
                    "text/csv": ["schema": ["type": "string"], "example": .string(sampleCSV)],
                    "application/octet-stream": ["schema": ["type": "string", "format": "binary"]],
                ],
            ]
        }
        return .object(described)
    }
}
