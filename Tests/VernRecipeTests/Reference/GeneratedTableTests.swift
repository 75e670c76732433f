import Foundation
import Testing

/// The committed region and numbering-plan tables are what the generator writes from `phonenumbers`.
@Suite("Generated phone metadata")
struct GeneratedTableTests {
    @Test(
        "the committed tables equal a fresh generation",
        .enabled(
            if: Reference.available("phonenumbers"),
            "python3 with the phonenumbers package is not installed (Scripts/bootstrap.sh installs it): not compared"))
    func tablesAreFresh() throws {
        let script = repoRoot().appendingPathComponent("Scripts/generate-phone-metadata.py").path
        let out = try runProcess("python3", [script, "--check"])
        print(String(decoding: out, as: UTF8.self))
    }
}
