import Foundation
import Testing
import VernAPI

@testable import VernRecipe

@Suite("CSV reading, writing and bad input")
struct CSVTests {
    static let template = Template(
        slug: "t", name: "T", columns: [Template.Column(name: "a"), Template.Column(name: "b")])
    static let recipe = makeRecipe([
        ColumnRecipe(target: "a", source: .column("A")), ColumnRecipe(target: "b", source: .column("B")),
    ])

    @Test(
        "delimiter detection",
        arguments: [
            ("A,B\n1,2\n", ","), ("A;B\n1;2\n", ";"), ("A\tB\n1\t2\n", "\t"), ("A|B\n1|2\n", "|"),
            ("\"x;y\",B\n", ","), ("A\n", ","), ("\u{FEFF}A;B;C\n", ";"),
        ])
    func detect(text: String, expected: Character) {
        #expect(CSVDialect.detectDelimiter(text) == expected)
    }

    @Test("semicolon, tab and pipe files are read", arguments: [";", "\t", "|"])
    func otherDelimiters(d: String) throws {
        let r = try runCSV("A\(d)B\n1\(d)x,y\n", recipe: Self.recipe, template: Self.template)
        #expect(r.lines == ["a,b", "1,\"x,y\""])
    }

    @Test("RFC 4180 quoting: commas, doubled quotes, LF and CRLF inside quotes (kept), BOM, CRLF records")
    func quoting() throws {
        let input = "\u{FEFF}A,B\r\n\"x,1\",\"say \"\"hi\"\"\"\r\n\"line1\nline2\",\"c\r\nd\"\r\nplain,\"\"\n"
        let r = try runCSV(input, recipe: Self.recipe, template: Self.template)
        #expect(r.output == "a,b\n\"x,1\",\"say \"\"hi\"\"\"\n\"line1\nline2\",\"c\r\nd\"\nplain,\n")
        #expect(r.counts.rowsIn == 3)
    }

    @Test("text after a closing quote is appended; a quote inside an unquoted field is literal (like Python csv)")
    func lenientQuotes() throws {
        let r = try runCSV("A,B\n\"ab\"c,x\"y\n", recipe: Self.recipe, template: Self.template)
        #expect(r.lines == ["a,b", "abc,\"x\"\"y\""])
    }

    @Test("non-UTF-8 bytes flag the row (_row:encoding) and are replaced by U+FFFD")
    func nonUTF8() throws {
        var bytes = Array("A,B\nok,1\n".utf8)
        bytes += [0x62, 0x61, 0x64, 0xFF, 0xFE, 0x2C, 0x32, 0x0A]  // "bad\xFF\xFE,2\n"
        bytes += Array("caf\u{E9},3\n".utf8)
        let r = try runBytes(bytes, recipe: Self.recipe, template: Self.template)
        #expect(r.lines == ["a,b", "ok,1", "bad\u{FFFD}\u{FFFD},2", "café,3"])
        #expect(r.cells == [InvalidCell(row: 2, column: "_row", reason: "_row:encoding")])
        #expect(r.counts.invalidByReason["_row:encoding"] == 1)
        #expect(r.counts.rowsValid == 2)
    }

    @Test("NUL bytes flag the row (_row:encoding) and never reach the output")
    func nulBytes() throws {
        var bytes = Array("A,B\nok,1\n".utf8)
        bytes += [0x6E, 0x00, 0x6C, 0x2C, 0x32, 0x0A]  // "n\0l,2\n"
        bytes += Array("fine,3\n".utf8)
        let r = try runBytes(bytes, recipe: Self.recipe, template: Self.template)
        #expect(r.lines == ["a,b", "ok,1", "n\u{FFFD}l,2", "fine,3"])
        #expect(!r.output.utf8.contains(0))
        #expect(r.cells == [InvalidCell(row: 2, column: "_row", reason: "_row:encoding")])
        #expect(r.counts.rowsValid == 2)
    }

    @Test("UTF-16 and UTF-32 files are refused with a clear error, not read as garbage", arguments: [
        ([0xFF, 0xFE] as [UInt8], "UTF-16"), ([0xFE, 0xFF], "UTF-16"), ([0xFF, 0xFE, 0x00, 0x00], "UTF-32"),
    ])
    func wideEncodings(bom: [UInt8], name: String) throws {
        let text = "A,B\nx,1\n"
        let body: [UInt8] = name == "UTF-32"
            ? text.unicodeScalars.flatMap { s in withUnsafeBytes(of: s.value.littleEndian) { Array($0) } }
            : bom[0] == 0xFF ? text.utf16.flatMap { u in [UInt8(u & 0xFF), UInt8(u >> 8)] }
            : text.utf16.flatMap { u in [UInt8(u >> 8), UInt8(u & 0xFF)] }
        #expect {
            try runBytes(bom + body, recipe: Self.recipe, template: Self.template)
        } throws: { error in
            guard let e = error as? RecipeError else { return false }
            return e.code == .malformedInput && e.message.contains(name) && e.message.contains("save it as UTF-8")
        }
    }

    @Test("ragged rows are flagged (_row:ragged); missing fields read as empty")
    func ragged() throws {
        let r = try runCSV("A,B\n1\n1,2,3\n1,2\n", recipe: Self.recipe, template: Self.template)
        #expect(r.lines == ["a,b", "1,", "1,2", "1,2"])
        #expect(r.cells.map(\.row) == [1, 2])
        #expect(r.cells.allSatisfy { $0.reason == "_row:ragged" && $0.column == "_row" })
        #expect(r.counts.rowsValid == 1)
        #expect(r.counts.invalidCells["_row"] == 2)
    }

    @Test("an unterminated quote at end of file is a clear error, not a hang")
    func unterminatedQuote() throws {
        #expect {
            try runCSV("A,B\n1,\"never closed\n2,3\n", recipe: Self.recipe, template: Self.template)
        } throws: { error in
            guard let e = error as? RecipeError else { return false }
            return e.code == .malformedInput && e.message.contains("unterminated quoted field")
                && e.message.contains("record 2")
        }
    }

    @Test("an empty file is a clear error", arguments: ["", "\u{FEFF}", "\n\n"])
    func emptyFile(text: String) throws {
        #expect {
            try runCSV(text, recipe: Self.recipe, template: Self.template)
        } throws: { ($0 as? RecipeError)?.code == .malformedInput }
    }

    @Test("a header-only file gives zero rows and a header-only output")
    func headerOnly() throws {
        let r = try runCSV("A,B\n", recipe: Self.recipe, template: Self.template, filter: .valid)
        #expect(r.output == "a,b\n")
        #expect(r.counts == RecipeCounts())
        let noNewline = try runCSV("A,B", recipe: Self.recipe, template: Self.template)
        #expect(noNewline.output == "a,b\n")
    }

    @Test("duplicate header names: an error only when the recipe reads the ambiguous name; empty names are fine")
    func duplicateHeaders() throws {
        #expect {
            try runCSV("A,A,B\n1,2,3\n", recipe: Self.recipe, template: Self.template)
        } throws: { error in
            guard let e = error as? RecipeError else { return false }
            return e.code == .sourceColumn && e.message.contains("more than once")
        }
        let r = try runCSV("A,,B,,X,X\n1,,2,,,\n", recipe: Self.recipe, template: Self.template)
        #expect(r.lines == ["a,b", "1,2"])
        #expect {
            try runCSV("X,B\n1,2\n", recipe: Self.recipe, template: Self.template)
        } throws: { ($0 as? RecipeError)?.code == .sourceColumn && "\($0)".contains("'A' is not in the header") }
    }

    @Test("10,000 columns")
    func wideFile() throws {
        let header = (0..<10_000).map { "c\($0)" }
        let row = (0..<10_000).map { "\($0)" }
        let csv =
            header.joined(separator: ",") + "\n" + row.joined(separator: ",") + "\n" + row.joined(separator: ",") + "\n"
        let recipe = makeRecipe([
            ColumnRecipe(target: "a", source: .column("c0")), ColumnRecipe(target: "b", source: .column("c9999")),
        ])
        let r = try runCSV(csv, recipe: recipe, template: Self.template)
        #expect(r.lines == ["a,b", "0,9999", "0,9999"])
    }

    @Test("a 5 MB field (quoted, with newlines) streams through")
    func hugeField() throws {
        let big = String(repeating: "x,\"y\"\n", count: 1_000_000)  // 6 MB before quoting
        let csv = "A,B\n1,\"" + big.replacingOccurrences(of: "\"", with: "\"\"") + "\"\n2,short\n"
        let r = try runCSV(csv, recipe: Self.recipe, template: Self.template)
        #expect(r.counts.rowsIn == 2)
        #expect(r.output == "a,b\n1,\"" + big.replacingOccurrences(of: "\"", with: "\"\"") + "\"\n2,short\n")
    }

    @Test("blank lines are skipped; a final record without newline is read")
    func blankLines() throws {
        let r = try runCSV("A,B\n\n1,2\n\r\n3,4", recipe: Self.recipe, template: Self.template)
        #expect(r.lines == ["a,b", "1,2", "3,4"])
    }

    @Test("reads across buffer boundaries exactly like in one piece")
    func smallBuffers() throws {
        let input =
            "A,B\n\"q,\"\"1\"\"\r\nx\",2\nab,\"\"\n" + String(repeating: "long-value-\(7),\"multi\nline\"\n", count: 50)
        let whole = try runCSV(input, recipe: Self.recipe, template: Self.template)
        let plan = try CompiledPlan(sheet: Self.recipe.sheets[0], template: Self.template)
        _ = plan
        // Feed the reader 1-byte reads through a tiny buffer.
        let reader = try CSVReader(source: MemoryByteSource(input), bufferCapacity: 3)
        let arena = ByteBuffer()
        var records: [[String]] = []
        while try reader.readRecord(into: arena) {
            records.append(
                (0..<reader.fieldCount).map {
                    arena.string(reader.bounds[2 * $0], reader.bounds[2 * $0 + 1] - reader.bounds[2 * $0])
                })
            arena.count = 0
        }
        #expect(records.count == 53)
        #expect(records[1] == ["q,\"1\"\r\nx", "2"])
        #expect(records[2] == ["ab", ""])
        #expect(records[3] == ["long-value-7", "multi\nline"])
        #expect(whole.counts.rowsIn == 52)
    }
}
