import Foundation

extension PTYProcess {
    /// The path of an executable built beside the running test binary (`.build/<triple>/debug/`),
    /// or the value of the environment variable `override` when it is set.
    /// - Throws: ``PTYError`` when the executable is not there.
    public static func builtExecutable(named name: String, override: String? = nil) throws(PTYError) -> String {
        if let override, let explicit = ProcessInfo.processInfo.environment[override], !explicit.isEmpty {
            return explicit
        }
        guard let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else {
            throw PTYError("cannot read /proc/self/exe to find \(name)")
        }
        var directory = (executable as NSString).deletingLastPathComponent
        // On Linux the test binary is `<build>/debug/<package>PackageTests.xctest`.
        if directory.hasSuffix(".xctest") { directory = (directory as NSString).deletingLastPathComponent }
        let candidate = directory + "/" + name
        guard FileManager.default.isExecutableFile(atPath: candidate) else {
            throw PTYError("\(name) not found at \(candidate); build it first (swift build)")
        }
        return candidate
    }
}

/// A fresh directory under the system temporary directory, removed on deinit.
public final class TemporaryDirectory: Sendable {
    /// The directory's path.
    public let path: String

    /// Creates the directory.
    public init() throws {
        path = NSTemporaryDirectory() + "vern-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
