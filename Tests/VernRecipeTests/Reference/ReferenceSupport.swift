import Foundation

/// The Python reference implementations the differential tests compare with.
enum Reference {
    /// True when `python3` can import `module` (the skip reason of a differential test says how to install it).
    static func available(_ module: String) -> Bool {
        (try? runProcess("python3", ["-c", "import \(module)"])) != nil
    }

    /// Runs a reference script in this folder and returns its output lines split on TAB.
    static func rows(_ script: String, _ arguments: [String] = []) throws -> [[String]] {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(script).path
        let out = try runProcess("python3", [path] + arguments)
        return String(decoding: out, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    /// Prints an agreement figure and every disagreement, and returns the agreement ratio.
    static func report(_ name: String, total: Int, disagreements: [String]) -> Double {
        let agreed = total - disagreements.count
        let ratio = total == 0 ? 0 : Double(agreed) / Double(total)
        print("\(name): \(agreed) of \(total) agree (\(String(format: "%.3f", ratio * 100)) %)")
        for d in disagreements { print("  \(name) disagreement: \(d)") }
        return ratio
    }
}
