import ArgumentParser
import VernClient
import VernServer
public struct VernCommand: AsyncParsableCommand { public init() {}
 public func run() async throws {} }
