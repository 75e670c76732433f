/// A string enumeration that tolerates values this version of `vern` does not know.
///
/// The API is in preview and may add values at any time. Decoding never fails on an unknown
/// value: it lands in the conforming type's `unknown(String)` case and encodes back unchanged.
public protocol OpenEnum: Codable, Hashable, Sendable, CustomStringConvertible {
    /// Creates a value from its wire spelling, falling back to `unknown` for new values.
    init(wireValue: String)
    /// The value as spelled on the wire.
    var wireValue: String { get }
}

extension OpenEnum {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.init(wireValue: try container.decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wireValue)
    }

    public var description: String { wireValue }
}
