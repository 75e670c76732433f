// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "vern",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "vern", targets: ["vern"]),
        .library(name: "VernAPI", targets: ["VernAPI"]),
        .library(name: "VernClient", targets: ["VernClient"]),
        .library(name: "VernServer", targets: ["VernServer"]),
        .library(name: "VernShell", targets: ["VernShell"]),
        .library(name: "VernRecipe", targets: ["VernRecipe"]),
        .library(name: "VernAgentKit", targets: ["VernAgentKit"]),
        .library(name: "VernAgent", targets: ["VernAgent"]),
        .library(name: "VernTranscripts", targets: ["VernTranscripts"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: []),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
    ],
    targets: [
        // Wire model shared by the client and the local server: Codable types only, no networking.
        .target(name: "VernAPI"),

        // The recipe engine: recipe model and history, streaming CSV transforms and validation against VernAPI's templates.
        .target(
            name: "VernRecipe",
            dependencies: ["VernAPI", .product(name: "Crypto", package: "swift-crypto")]
        ),

        // Typed async client: transport, retries, polling, thread stream, uploads, exports.
        .target(
            name: "VernClient",
            dependencies: [
                "VernAPI",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
            ]
        ),

        // zlib, for gzip-encoded CSV exports.
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),

        // The agent interface: the Agent protocol, its run and migration contexts, connectors.
        .target(name: "VernAgentKit", dependencies: ["VernAPI", .product(name: "Logging", package: "swift-log")]),

        // The local Vern-compatible server: Hummingbird routes, GRDB storage, runs driven by an agent.
        .target(
            name: "VernServer",
            dependencies: [
                "VernAPI",
                "VernAgentKit",
                "CZlib",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),

        // C shim over libedit: variadic calls, the SIGINT handler and self-pipe, masked reads on /dev/tty.
        // Needs Debian's libedit-dev at build time.
        .target(name: "CLibEditShim", linkerSettings: [.linkedLibrary("edit")]),

        // The terminal: libedit line reader on one owner thread, masked input, history file, capabilities.
        .target(name: "VernTerminal", dependencies: ["CLibEditShim"]),

        // Test helpers: a pseudo-terminal harness and a manual clock.
        .target(name: "VernTestSupport"),

        // A tiny REPL over VernTerminal, driven by the terminal layer's pty tests.
        .executableTarget(name: "vern-terminal-probe", dependencies: ["VernTerminal"]),

        // The local agent behind the local server's runs: profiling, mapping, instructions, clarify, execute.
        // Optimised in debug builds too: `swift run vern`, the README's first command, is a debug build,
        // and the parser reads each message many ways (parse time per message: BENCHMARKS.md).
        .target(
            name: "VernAgent",
            dependencies: ["VernAgentKit", "VernRecipe", "VernAPI"],
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),

        // The conversational shell: session logic, slash commands, rendering of one event stream.
        .target(
            name: "VernShell",
            dependencies: [
                "VernAPI",
                "VernClient",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Transcripts: recording sessions (Markdown + ordered HTTP cassette) and replaying them.
        .target(
            name: "VernTranscripts",
            dependencies: [
                "VernAPI",
                "VernClient",
                "VernShell",
                "VernServer",
                "VernAgentKit",
                "VernAgent",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // The command tree (`vern`, `vern serve`, ...), a library so tests can drive it in-process.
        .target(
            name: "VernCommands",
            dependencies: [
                "VernAPI",
                "VernClient",
                "VernServer",
                "VernAgentKit",
                "VernAgent",
                "VernRecipe",
                "VernShell",
                "VernTerminal",
                "VernTranscripts",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "vern",
            dependencies: ["VernCommands", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        .testTarget(name: "VernAPITests", dependencies: ["VernAPI"], exclude: ["Fixtures"]),
        .testTarget(
            name: "VernRecipeTests", dependencies: ["VernRecipe", "VernAPI"],
            exclude: ["Reference/phone_reference.py", "Reference/date_reference.py", "Reference/name_reference.py"]
        ),
        .testTarget(name: "VernTerminalTests", dependencies: ["VernTerminal", "VernTestSupport"]),
        .testTarget(
            name: "VernCommandsTests",
            dependencies: [
                "VernCommands", "VernTestSupport", "VernTranscripts", "VernAPI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "VernClientTests", dependencies: ["VernClient", "VernTestSupport"]),
        .testTarget(
            name: "VernTranscriptsTests",
            dependencies: ["VernTranscripts", "VernShell", "VernClient", "VernServer", "VernAgentKit", "VernAgent", "VernAPI", "VernTerminal"]
        ),
        .testTarget(
            name: "VernShellTests",
            dependencies: ["VernShell", "VernServer", "VernAgentKit", "VernAgent", "VernClient", "VernTestSupport"]
        ),
        .testTarget(
            name: "VernAgentTests",
            dependencies: [
                "VernAgent", "VernAgentKit", "VernServer", "VernRecipe", "VernAPI", "VernTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Corpus"]
        ),
        .testTarget(
            name: "VernServerTests",
            dependencies: [
                "VernServer", "VernAgentKit", "VernAgent", "VernClient", "CZlib",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
    ]
)

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    target.swiftSettings = settings
}
