import ArgumentParser
import VernCommands

@main
enum Entrypoint {
    static func main() async {
        await VernCommand.main()
    }
}
