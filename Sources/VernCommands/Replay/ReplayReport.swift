import Foundation
import VernAPI
import VernTranscripts

/// How `vern replay` reports: one line per transcript (and its report when it failed), or one
/// JSON object per transcript with `--json`.
struct ReplayReport: Sendable {
    let json: Bool
    let update: Bool

    func print(_ result: ReplayResult) {
        if json {
            let object: JSONValue = [
                "transcript": .string(Self.name(result.file)), "verdict": .string(result.verdict.rawValue),
                "comparison": .string(result.comparison.rawValue), "summary": .string(result.summary),
                "report": .string(result.report), "duration_ms": .number(Double(Self.milliseconds(result.duration))),
            ]
            if let data = try? VernJSON.encoder().encode(object) { Swift.print(String(decoding: data, as: UTF8.self)) }
            return
        }
        let verdict: String
        switch result.verdict {
        case .passed: verdict = "ok"
        case .updated: verdict = "updated"
        case .failed: verdict = "FAILED"
        case .inputNeeded: verdict = "INPUT"
        }
        Swift.print("\(verdict.padding(toLength: 7, withPad: " ", startingAt: 0)) \(Self.name(result.file)) (\(Self.milliseconds(result.duration)) ms)")
        if !result.report.isEmpty {
            Swift.print(result.report.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
        }
    }

    func printSummary(_ results: [ReplayResult], duration: Duration) {
        guard !json else { return }
        let failed = results.filter { $0.verdict == .failed }.count
        let needed = results.filter { $0.verdict == .inputNeeded }.count
        let passed = results.count - failed - needed
        var line = "\(passed) \(update ? "updated" : "passed"), \(failed) failed"
        if needed > 0 { line += ", \(needed) need input" }
        Swift.print(line + " (\(results.count) transcript\(results.count == 1 ? "" : "s"), \(Self.milliseconds(duration)) ms)")
    }

    static func name(_ file: URL) -> String {
        file.path.replacingOccurrences(of: FileManager.default.currentDirectoryPath + "/", with: "")
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }
}

/// The JUnit XML report of `--junit`: one test suite, one test case per transcript, the first
/// divergence as a failure's message and the whole report as its text.
enum JUnitReport {
    static func xml(_ results: [ReplayResult], duration: Duration) -> String {
        func seconds(_ duration: Duration) -> String { String(format: "%.3f", Double(ReplayReport.milliseconds(duration)) / 1000) }
        let failures = results.filter { !$0.passed }.count
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<testsuites name="vern replay" tests="\#(results.count)" failures="\#(failures)" time="\#(seconds(duration))">"#,
            #"  <testsuite name="transcripts" tests="\#(results.count)" failures="\#(failures)" errors="0" time="\#(seconds(duration))">"#,
        ]
        for result in results {
            let name = escape(ReplayReport.name(result.file))
            let open = #"    <testcase classname="transcripts" name="\#(name)" time="\#(seconds(result.duration))""#
            if result.passed {
                lines.append(open + "/>")
            } else {
                lines.append(open + ">")
                lines.append(#"      <failure type="\#(result.verdict.rawValue)" message="\#(escape(result.summary))">\#(escape(result.report))</failure>"#)
                lines.append("    </testcase>")
            }
        }
        lines += ["  </testsuite>", "</testsuites>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// XML-escapes text; characters XML 1.0 cannot hold become U+FFFD.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\t", "\r": out.unicodeScalars.append(scalar)
            default: out.unicodeScalars.append(scalar.value < 0x20 ? "\u{FFFD}" : scalar)
            }
        }
        return out
    }
}
