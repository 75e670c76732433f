import Foundation
import VernAPI
@testable import VernShell

/// Checks `--json` lines against `docs/json-events.schema.json`: in Swift, the part of JSON Schema
/// the document uses (`type`, `const`, `enum`, `properties`, `required`, `additionalProperties`,
/// `items`, `oneOf`, `$ref`, `minimum`); ``EventSchema`` checks with python's `jsonschema` too.
struct SchemaCheck {
    let definitions: JSONValue

    /// What in `value` does not match `schema`, each with its path.
    func problems(_ value: JSONValue, against schema: JSONValue, at path: String) -> [String] {
        if let reference = schema["$ref"]?.stringValue {
            let name = String(reference.split(separator: "/").last ?? "")
            guard let target = definitions[name] else { return ["\(path): unknown \(reference)"] }
            return problems(value, against: target, at: path)
        }
        if let choices = schema["oneOf"]?.arrayValue {
            let matching = choices.filter { problems(value, against: $0, at: path).isEmpty }.count
            return matching == 1 ? [] : ["\(path): matches \(matching) of oneOf"]
        }
        if let constant = schema["const"], constant != value { return ["\(path): not \(constant)"] }
        if let options = schema["enum"]?.arrayValue, !options.contains(value) { return ["\(path): \(value) not in enum"] }
        if let types = schema["type"], !Self.types(types).contains(where: { Self.value(value, is: $0) }) {
            return ["\(path): \(value) is not \(types)"]
        }
        if let minimum = schema["minimum"]?.intValue, let number = value.intValue, number < minimum {
            return ["\(path): below \(minimum)"]
        }
        var found: [String] = []
        if case .object(let members) = value {
            let properties = schema["properties"]
            for required in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where members[required] == nil {
                found.append("\(path): missing \(required)")
            }
            for (key, member) in members {
                if let property = properties?[key] {
                    found += problems(member, against: property, at: "\(path).\(key)")
                } else if schema["additionalProperties"] == .bool(false) {
                    found.append("\(path): undocumented \(key)")
                } else if let additional = schema["additionalProperties"], additional != .bool(true) {
                    found += problems(member, against: additional, at: "\(path).\(key)")
                }
            }
        }
        if case .array(let items) = value, let itemSchema = schema["items"] {
            for (index, item) in items.enumerated() { found += problems(item, against: itemSchema, at: "\(path)[\(index)]") }
        }
        return found
    }

    private static func types(_ types: JSONValue) -> [String] {
        types.arrayValue?.compactMap(\.stringValue) ?? [types.stringValue].compactMap { $0 }
    }

    private static func value(_ value: JSONValue, is type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object), ("number", .number):
            return true
        case ("integer", .number): return value.intValue != nil
        default: return false
        }
    }

    /// Field names that are not snake_case, outside the objects keyed by names people chose.
    static func camelCaseKeys(in value: JSONValue) -> [String] {
        switch value {
        case .array(let items): return items.flatMap(camelCaseKeys(in:))
        case .object(let members):
            return members.flatMap { key, member -> [String] in
                let own = key.range(of: "^[a-z][a-z0-9_]*$", options: .regularExpression) == nil ? [key] : []
                if SnakeCase.namedMaps.contains(key), case .object(let named) = member {
                    return own + named.values.flatMap(camelCaseKeys(in:))
                }
                return own + camelCaseKeys(in: member)
            }
        default: return []
        }
    }
}

extension JSONValue {
    var objectValue: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }
}
