import CLibEditShim

/// Masked input on the controlling terminal, outside the line editor.
///
/// Opens `/dev/tty` (not stdin), writes the prompt, turns `ECHO` off (the kernel still handles
/// backspace), reads to the newline, restores the saved terminal state on every path (including
/// Ctrl-C) and writes the newline itself. The secret never touches libedit, its kill ring or the
/// history. Ctrl-C interrupts the read only when it runs on the thread marked as the reader
/// (`le_mark_reader_thread`) with the SIGINT handler installed, which is why it is internal:
/// ``LibEditLineReader/readSecret(prompt:)`` is the public entry point.
enum MaskedInput {
    /// The longest secret accepted; the rest of a longer line is discarded.
    static let maximumLength = 16 * 1024

    /// Reads one secret. Blocks the calling thread until Enter, Ctrl-C or Ctrl-D.
    /// - Parameter prompt: Shown on the terminal before reading.
    /// - Returns: The secret, ``SecretInput/interrupted``, or ``SecretInput/unavailable`` at once when
    ///   there is no terminal.
    static func read(prompt: String) -> SecretInput {
        var buffer = [CChar](repeating: 0, count: maximumLength + 1)
        let result = buffer.withUnsafeMutableBufferPointer { raw in
            le_read_secret(prompt, raw.baseAddress, raw.count)
        }
        defer { buffer.withUnsafeMutableBytes { le_secure_zero($0.baseAddress, $0.count) } }
        switch result {
        case Int(LE_SECRET_INTERRUPTED): return .interrupted
        case ..<0: return .unavailable
        default:
            let bytes = buffer.prefix(result).map { UInt8(bitPattern: $0) }
            return .value(String(decoding: bytes, as: UTF8.self))
        }
    }
}
