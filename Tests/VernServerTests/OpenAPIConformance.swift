import Foundation
import HTTPTypes
import Testing
import VernAPI
@testable import VernServer

/// Checks real responses against the served OpenAPI document: the status must be one the
/// operation documents, and a JSON body must match the documented schema. Every call the server
/// tests make through `call` is checked.
enum OpenAPIConformance {
    /// The problems with one response; empty when it conforms (or no documented operation matches).
    static func problems(method: HTTPRequest.Method, uri: String, status: Int, body: Data) -> [String] {
        let path = String(uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])
        guard let operation = operation(method: method.rawValue.lowercased(), path: path) else { return [] }
        guard OpenAPIDocument.statuses(of: operation).contains(status) else {
            return ["\(operation.id) answered \(status), which the document does not list"]
        }
        let schemaName = status < 300 ? operation.response : "Error"
        guard let schemaName else { return [] }
        guard let value = try? VernJSON.decoder().decode(JSONValue.self, from: body) else {
            return ["\(operation.id) \(status): the body is not JSON"]
        }
        return SchemaValidator(document: OpenAPIDocument.document)
            .problems(value, ["$ref": .string("#/components/schemas/\(schemaName)")], at: "\(operation.id) \(status) body")
    }

    private static func operation(method: String, path: String) -> OpenAPIDocument.Operation? {
        let segments = path.split(separator: "/")
        return OpenAPIDocument.operations.first { operation in
            let pattern = operation.path.split(separator: "/")
            return operation.method == method && pattern.count == segments.count
                && zip(pattern, segments).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
        }
    }
}

/// A validator for the subset of JSON Schema 2020-12 the document uses. An unknown keyword is
/// reported as a problem, so the document cannot drift past what is checked.
struct SchemaValidator {
    let document: JSONValue

    private static let annotations: Set<String> = ["format", "description"]

    func problems(_ value: JSONValue, _ schema: JSONValue, at path: String) -> [String] {
        guard case .object(let keywords) = schema else { return ["\(path): the schema is not an object"] }
        var problems: [String] = []
        for (keyword, argument) in keywords.sorted(by: { $0.key < $1.key }) {
            switch keyword {
            case "$ref":
                guard let target = resolve(argument.stringValue ?? "") else {
                    problems.append("\(path): unresolvable $ref \(argument)")
                    continue
                }
                problems += self.problems(value, target, at: path)
            case "type":
                let types = argument.arrayValue?.compactMap(\.stringValue) ?? [argument.stringValue ?? ""]
                if !types.contains(where: { Self.has(value, type: $0) }) {
                    problems.append("\(path): \(Self.describe(value)) is not of type \(types.joined(separator: "|"))")
                }
            case "properties":
                guard case .object(let members) = value, case .object(let properties) = argument else { continue }
                for (name, member) in members { if let sub = properties[name] { problems += self.problems(member, sub, at: "\(path).\(name)") } }
            case "required":
                guard case .object(let members) = value else { continue }
                for name in argument.arrayValue?.compactMap(\.stringValue) ?? [] where members[name] == nil {
                    problems.append("\(path): the required member `\(name)` is missing")
                }
            case "additionalProperties":
                guard case .object(let members) = value else { continue }
                let known = keywords["properties"].flatMap { property -> [String: JSONValue]? in
                    if case .object(let properties) = property { return properties }
                    return nil
                } ?? [:]
                for (name, member) in members where known[name] == nil {
                    if argument == .bool(false) {
                        problems.append("\(path): unexpected member `\(name)`")
                    } else if case .object = argument {
                        problems += self.problems(member, argument, at: "\(path).\(name)")
                    }
                }
            case "items":
                guard case .array(let elements) = value else { continue }
                for (index, element) in elements.enumerated() { problems += self.problems(element, argument, at: "\(path)[\(index)]") }
            case "enum":
                if !(argument.arrayValue ?? []).contains(value) { problems.append("\(path): \(Self.describe(value)) is not one of \(argument)") }
            case "const":
                if value != argument { problems.append("\(path): \(Self.describe(value)) is not \(argument)") }
            case "anyOf", "oneOf":
                let branches = argument.arrayValue ?? []
                let matching = branches.filter { self.problems(value, $0, at: path).isEmpty }.count
                if keyword == "anyOf" ? matching == 0 : matching != 1 {
                    problems.append("\(path): \(Self.describe(value)) matches \(matching) of the \(keyword) branches")
                }
            case "minItems", "maxItems":
                guard case .array(let elements) = value, let bound = argument.intValue else { continue }
                if keyword == "minItems" ? elements.count < bound : elements.count > bound {
                    problems.append("\(path): \(elements.count) items breaks \(keyword) \(bound)")
                }
            case "minProperties":
                guard case .object(let members) = value, let bound = argument.intValue else { continue }
                if members.count < bound { problems.append("\(path): fewer than \(bound) members") }
            case "minLength":
                guard case .string(let text) = value, let bound = argument.intValue else { continue }
                if text.count < bound { problems.append("\(path): shorter than \(bound)") }
            case "minimum":
                guard case .number(let number) = value, case .number(let bound) = argument else { continue }
                if number < bound { problems.append("\(path): \(number) is below \(bound)") }
            case "pattern":
                guard case .string(let text) = value, let pattern = argument.stringValue else { continue }
                guard let expression = try? NSRegularExpression(pattern: pattern) else {
                    problems.append("\(path): the pattern \(pattern) does not compile")
                    continue
                }
                if expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
                    problems.append("\(path): \"\(text)\" does not match \(pattern)")
                }
            default:
                if !Self.annotations.contains(keyword) { problems.append("\(path): the validator does not know `\(keyword)`") }
            }
        }
        return problems
    }

    private func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#/") else { return nil }
        var current: JSONValue? = document
        for part in reference.dropFirst(2).split(separator: "/") { current = current?[String(part)] }
        return current
    }

    private static func has(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array),
            ("object", .object):
            return true
        case ("integer", .number(let number)): return number.rounded() == number
        default: return false
        }
    }

    private static func describe(_ value: JSONValue) -> String {
        let text = (try? String(decoding: VernJSON.encoder().encode(value), as: UTF8.self)) ?? "\(value)"
        return text.count > 80 ? String(text.prefix(80)) + "…" : text
    }
}

/// The checker itself: it must catch what it is there to catch.
@Suite struct OpenAPIConformanceTests {
    @Test func wrongBodiesAndUndocumentedStatusesAreCaught() {
        let path = "/api/v1/migrations/m/runs/r"
        let good = Data(#"{"run_id":"r","status":"running","message":"Working"}"#.utf8)
        #expect(OpenAPIConformance.problems(method: .get, uri: path, status: 200, body: good).isEmpty)
        let badStatus = Data(#"{"run_id":"r","status":"paused"}"#.utf8)
        #expect(!OpenAPIConformance.problems(method: .get, uri: path, status: 200, body: badStatus).isEmpty)
        let missing = Data(#"{"status":"running"}"#.utf8)
        #expect(!OpenAPIConformance.problems(method: .get, uri: path, status: 200, body: missing).isEmpty)
        #expect(!OpenAPIConformance.problems(method: .get, uri: path, status: 500, body: Data(#"{"error":"x"}"#.utf8)).isEmpty)
        #expect(!OpenAPIConformance.problems(method: .get, uri: path, status: 404, body: Data(#"{"message":"x"}"#.utf8)).isEmpty)
    }

    @Test func everySchemaUsesOnlyCheckedKeywords() throws {
        let schemas = try #require(OpenAPIDocument.document["components"]?["schemas"])
        guard case .object(let all) = schemas else {
            Issue.record("The document has no schemas")
            return
        }
        // Validating `null` walks every keyword at the top of each schema; nested ones are walked
        // by the conformance checks of the server tests.
        for (name, schema) in all {
            let problems = SchemaValidator(document: OpenAPIDocument.document).problems(.null, schema, at: name)
            #expect(!problems.contains { $0.contains("does not know") }, "\(name): \(problems)")
        }
    }

    @Test func everyOperationHasAnIDAndLinksResolve() throws {
        let operations = Dictionary(uniqueKeysWithValues: OpenAPIDocument.operations.map { ($0.id, $0) })
        #expect(operations.count == OpenAPIDocument.operations.count)
        for operation in OpenAPIDocument.operations {
            for (name, link) in operation.links {
                let targetID = try #require(link["operationId"]?.stringValue)
                guard let target = operations[targetID] else {
                    Issue.record("\(operation.id) → \(name): no operation \(targetID)")
                    continue
                }
                // Every linked parameter is one of the target's path parameters.
                guard case .object(let parameters)? = link["parameters"] else { continue }
                for parameter in parameters.keys {
                    #expect(target.path.contains("{\(parameter)}"), "\(operation.id) → \(name): \(parameter)")
                }
            }
        }
    }

    @Test func everyRequestSchemaHasAValidExample() throws {
        let validator = SchemaValidator(document: OpenAPIDocument.document)
        for name in Set(OpenAPIDocument.operations.compactMap(\.body)) {
            let example = try #require(OpenAPIDocument.requestExamples[name], "\(name) has no example")
            let problems = validator.problems(example, ["$ref": .string("#/components/schemas/\(name)")], at: name)
            #expect(problems.isEmpty, "\(name): \(problems)")
        }
    }

    @Test func linkedRequestBodiesAreValidRequests() throws {
        let operations = Dictionary(uniqueKeysWithValues: OpenAPIDocument.operations.map { ($0.id, $0) })
        let validator = SchemaValidator(document: OpenAPIDocument.document)
        var checked = 0
        for operation in OpenAPIDocument.operations {
            for (name, link) in operation.links {
                guard let body = link["requestBody"], let target = link["operationId"]?.stringValue.flatMap({ operations[$0] })
                else { continue }
                if let schema = target.body {
                    let problems = validator.problems(body, ["$ref": .string("#/components/schemas/\(schema)")], at: name)
                    #expect(problems.isEmpty, "\(operation.id) → \(name): \(problems)")
                } else {
                    #expect(target.id == "uploadFile" && body.stringValue?.hasPrefix("Record ID,") == true, "\(name)")
                }
                checked += 1
            }
        }
        #expect(checked >= 6)
    }
}
