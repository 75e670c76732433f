import Testing
import VernTerminal

struct TerminalCapabilitiesTests {
    private func capabilities(
        _ environment: [String: String] = ["TERM": "xterm-256color", "LANG": "en_US.UTF-8"],
        tty: Bool = true,
        width: Int? = 120,
        mode: ColorMode = .auto
    ) -> TerminalCapabilities {
        TerminalCapabilities(
            environment: environment, stdinIsTTY: tty, stdoutIsTTY: tty, stderrIsTTY: tty,
            terminalWidth: width, colorMode: mode)
    }

    @Test func interactiveTerminalGetsColourUnicodeAndRedraw() {
        let caps = capabilities()
        #expect(caps.colorOnStdout && caps.colorOnStderr)
        #expect(caps.unicode && caps.isInteractive && caps.canRedrawStatusLine)
        #expect(caps.width == 120)
    }

    @Test func nonEmptyNoColorDisablesColourButEmptyDoesNot() {
        #expect(!capabilities(["TERM": "xterm", "NO_COLOR": "1"]).colorOnStdout)
        #expect(capabilities(["TERM": "xterm", "NO_COLOR": ""]).colorOnStdout)
    }

    @Test func dumbOrMissingTermDisablesColourAndRedraw() {
        for environment in [["TERM": "dumb"], [:]] {
            let caps = capabilities(environment)
            #expect(!caps.colorOnStdout && !caps.colorOnStderr)
            #expect(caps.isDumb && !caps.canRedrawStatusLine)
        }
    }

    @Test func pipedOutputHasNoColourAndIsNotInteractive() {
        let caps = capabilities(tty: false, width: nil)
        #expect(!caps.colorOnStdout && !caps.isInteractive && !caps.canRedrawStatusLine)
        #expect(caps.width == 80)
    }

    @Test func onlyTheTerminalStreamGetsColour() {
        let caps = TerminalCapabilities(
            environment: ["TERM": "xterm"], stdinIsTTY: true, stdoutIsTTY: false, stderrIsTTY: true,
            terminalWidth: nil)
        #expect(!caps.colorOnStdout && caps.colorOnStderr)
    }

    @Test func colorFlagOverridesEverything() {
        #expect(capabilities(["TERM": "dumb", "NO_COLOR": "1"], tty: false, mode: .always).colorOnStdout)
        #expect(!capabilities(mode: .never).colorOnStdout)
        #expect(ColorMode(rawValue: "always") == .always && ColorMode.allCases.count == 3)
    }

    @Test(
        arguments: [
            (["COLUMNS": "100"], 120, 100), (["COLUMNS": "0"], 120, 120), (["COLUMNS": "abc"], nil, 80),
            ([:], 57, 57), ([:], nil, 80), (["COLUMNS": " 42 "], nil, 42),
        ] as [([String: String], Int?, Int)])
    func widthRule(environment: [String: String], terminal: Int?, expected: Int) {
        #expect(TerminalCapabilities.width(environment: environment, terminalWidth: terminal) == expected)
    }

    @Test(arguments: [
        (["LANG": "en_US.UTF-8"], true), (["LANG": "C.utf8"], true), (["LANG": "C"], false), ([:], false),
        (["LC_ALL": "C", "LANG": "en_US.UTF-8"], false), (["LC_ALL": "", "LC_CTYPE": "de_DE.UTF-8"], true),
    ])
    func unicodeFromLocale(environment: [String: String], expected: Bool) {
        #expect(TerminalCapabilities.isUTF8Locale(environment: environment) == expected)
    }
}
