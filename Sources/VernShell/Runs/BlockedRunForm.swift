import ArgumentParser
import Foundation
import VernAPI
import VernClient

/// What a blocked run asks of the analyst, and the answers or credentials given to it.
///
/// A question is answered at `answer>` (an option's number or label, or free text where it is
/// allowed); a credential request is a form with one prompt per field, secrets read with echo
/// off. While either waits, `?` and `help` show it again, read-only commands work, `/quit`
/// leaves vern and Ctrl-C leaves the form with the run still blocked. A script answers only
/// from `--answers` or an explicit `/answer` line, and credentials only from a file or the
/// environment.
struct BlockedRunForm {
    /// How a blocked run was handled.
    enum Resolution {
        /// Answers or credentials were submitted; `credentials` tells which.
        case answered(credentials: Bool)
        /// The analyst left the form (or nobody can answer); the run stays blocked.
        case detached
        /// The analyst canceled the run.
        case canceled
    }

    /// How many times one watch asks for credentials the source keeps rejecting.
    static let credentialAttempts = 3
    /// The pause before asking again after the n-th rejection is n times this.
    static let credentialRetryPause: Duration = .seconds(1)

    let session: ShellSession
    let run: RunRef

    private var configuration: ShellConfiguration { session.configuration }
    private func emit(_ event: ShellEvent) { session.emit(event) }

    /// Shows what the blocked run needs and submits the analyst's answers or credentials.
    ///
    /// `rejections` counts the credentials this watch submitted that the source rejected. Credentials
    /// from a file or the environment are never sent again after a rejection; a person is asked
    /// again at most ``credentialAttempts`` times in all, after a pause that grows each time.
    func resolve(_ state: Run, rejections: Int) async -> Resolution {
        if state.isBlockedOnCredentials, let request = state.credentialRequest {
            if rejections > 0 {
                let source = request.sourceName ?? request.sourceKey
                guard configuration.input.isInteractive else {
                    emit(.error("\(source) did not accept the credentials from --credentials-file/--credentials-env; they are not sent again (the run stays blocked)"))
                    return .detached
                }
                emit(.notice("\(source) did not accept those credentials."))
                guard rejections < Self.credentialAttempts else {
                    emit(.error("\(source) rejected \(rejections) sets of credentials; not asking again. The run stays blocked: a new line attaches to it, /cancel cancels it."))
                    return .detached
                }
                try? await configuration.clock.sleep(for: Self.credentialRetryPause * rejections)
            }
            return await askCredentials(request)
        }
        guard let questions = state.questions, !questions.isEmpty else {
            emit(.error("the run is blocked but says on nothing; /thread may tell more"))
            return .detached
        }
        return await askQuestions(questions)
    }

    /// Asks `questions` in turn and submits the answers; `first`, when given, is the answer to
    /// the first question (typed at the main prompt or with `/answer`).
    func askQuestions(_ questions: [Question], first: String? = nil) async -> Resolution {
        var answers: [AnswerRequest.Answer] = []
        for (index, question) in questions.enumerated() {
            let given = index == 0 ? first : nil
            if given == nil { emit(.question(question)) }
            switch await readAnswer(to: question, given: given) {
            case .value(let value):
                answers.append(.init(id: question.id, value: value))
            case .left:
                session.pendingQuestion = PendingQuestion(run: run, questions: questions)
                return await leave()
            case .quit:
                session.pendingQuestion = PendingQuestion(run: run, questions: questions)
                session.quitRequested = true
                return .detached
            case .inputNeeded:
                session.pendingQuestion = PendingQuestion(run: run, questions: questions)
                session.inputNeeded = true
                return .detached
            }
        }
        do {
            _ = try await session.client.answer(migration: session.migration.id, run: run.id, .structured(answers))
            session.pendingQuestion = nil
            return .answered(credentials: false)
        } catch {
            session.report(error)
            return .detached
        }
    }

    /// How reading one answer ended.
    private enum AnswerRead {
        case value(String)
        /// Ctrl-C or end of input: the run stays blocked.
        case left
        /// `/quit` at the question: the run stays blocked and the shell ends.
        case quit
        /// A script holds no answer for the question.
        case inputNeeded
    }

    /// Reads an answer: an option's number or label, or free text when the question allows it.
    /// `?` and `help` show the question again; read-only commands work; `/answer TEXT` answers.
    /// A script answers from `--answers` or an explicit `/answer` line, never from another line.
    private func readAnswer(to question: Question, given: String?) async -> AnswerRead {
        let prompt = "answer> "
        let match = AnswerMatch(question: question)
        session.askedQuestion = question
        defer { session.askedQuestion = nil }
        if let given {
            if let value = match.value(for: given) { return .value(value) }
            emit(.error(match.invalidMessage))
        } else if let preset = configuration.answers[question.id] {
            emit(.input(prompt: prompt, text: preset))
            emit(.notice("(answer from --answers for \(question.id))"))
            if let value = match.value(for: preset) { return .value(value) }
            emit(.error("--answers gives \"\(preset)\" for \(question.id): \(match.invalidMessage)"))
            return .inputNeeded
        }
        while true {
            switch await configuration.input.readLine(prompt: prompt) {
            case .line(let line):
                let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !text.isEmpty else { continue }
                emit(.input(prompt: prompt, text: text))
                let answer = Self.explicitAnswer(text)
                if !configuration.input.isInteractive, answer == nil {
                    emitInputNeeded(question)
                    return .inputNeeded
                }
                if let answer {
                    if let value = match.value(for: answer) { return .value(value) }
                    emit(.error(match.invalidMessage))
                    continue
                }
                if text == "?" || text.lowercased() == "help" {
                    emit(.question(question))
                    emit(.notice(Self.answerHelp))
                    continue
                }
                if text.hasPrefix("/") {
                    if await readOnlyCommand(text, during: "the question") { return .quit }
                    continue
                }
                if let value = match.value(for: text) { return .value(value) }
                emit(.error(match.invalidMessage))
            case .interrupted:
                emit(.interrupt(prompt: prompt))
                return .left
            case .endOfInput:
                session.noteEndOfInput()
                if !configuration.input.isInteractive {
                    emitInputNeeded(question)
                    return .inputNeeded
                }
                return .left
            }
        }
    }

    static let answerHelp =
        "Answer with an option's number or label, or your own words where offered. /values lists every value, "
        + "/status, /preview and /thread work here; Ctrl-C leaves the question (the run waits), /quit leaves vern."

    /// `/answer TEXT` (any unique prefix of the command) gives its text; anything else `nil`.
    static func explicitAnswer(_ line: String) -> String? {
        guard line.hasPrefix("/") else { return nil }
        let parts = line.dropFirst().split(separator: " ", maxSplits: 1)
        guard let name = parts.first, case .success(let command) = SlashCommands.resolve(String(name)),
            command == AnswerCommand.self
        else { return nil }
        return parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
    }

    private func emitInputNeeded(_ question: Question) {
        emit(.error(
            "input needed: the run asks \(question.id) and the script gives no answer; add a line /answer N after the command, or pass --answers FILE"
        ))
    }

    /// Runs a command typed while the form waits: read-only ones run, `/quit` leaves (returns
    /// true), others are refused with what to do instead.
    private func readOnlyCommand(_ text: String, during form: String) async -> Bool {
        let name = text.dropFirst().split(separator: " ").first.map(String.init) ?? ""
        guard case .success(let command) = SlashCommands.resolve(name) else {
            await session.handleCommand(text)
            return false
        }
        if command == Quit.self { return true }
        guard command.onlyReads else {
            emit(.error("/\(command._commandName) waits until \(form) is answered; commands that only read work now (/help, /status, /preview, /thread, /values), Ctrl-C leaves \(form)"))
            return false
        }
        await session.handleCommand(text)
        return false
    }

    private func askCredentials(_ request: CredentialRequest) async -> Resolution {
        emit(.credentialRequest(request))
        var values: [String: String] = [:]
        if configuration.input.isInteractive {
            for (name, field) in request.orderedFields {
                guard let value = await readField(name, field, request: request) else {
                    return session.quitRequested ? .detached : await leave()
                }
                values[name] = value
            }
        } else {
            let missing = request.orderedFields.map(\.name).filter { configuration.credentials[$0] == nil }
            guard missing.isEmpty else {
                emit(.error("the run needs \(missing.joined(separator: ", ")) and there is no terminal to ask; pass --credentials-file FILE or --credentials-env VAR"))
                return .detached
            }
            for (name, field) in request.orderedFields {
                values[name] = configuration.credentials[name]
                emit(.credentialField(name: name, secret: field.secret, value: field.secret ? nil : values[name]))
            }
        }
        do {
            _ = try await session.client.submitCredentials(
                migration: session.migration.id, run: run.id,
                CredentialsRequest(credentials: values, connectionID: request.connectionID))
            return .answered(credentials: true)
        } catch {
            session.report(error)
            return .detached
        }
    }

    /// Reads one credential field; secrets with echo off, around the line editor and history.
    ///
    /// At a visible field, `?` or `help` shows the request again and read-only commands work;
    /// `/quit` leaves (returns `nil` with the session's `quitRequested` set).
    private func readField(_ name: String, _ field: CredentialRequest.Field, request: CredentialRequest) async -> String? {
        while true {
            if field.secret {
                switch await configuration.input.readSecret(prompt: "\(name) (hidden): ") {
                case .value(let value) where !value.isEmpty:
                    emit(.credentialField(name: name, secret: true, value: nil))
                    return value
                case .value:
                    emit(.error("\(name) cannot be empty"))
                case .interrupted:
                    emit(.interrupt(prompt: "\(name) (hidden): "))
                    return nil
                case .unavailable:
                    emit(.error("cannot read \(name) without a terminal; pass --credentials-file FILE"))
                    return nil
                }
            } else {
                switch await configuration.input.readLine(prompt: "\(name): ") {
                case .line(let line):
                    let value = line.trimmingCharacters(in: .whitespacesAndNewlines)
                    guard !value.isEmpty else {
                        emit(.error("\(name) cannot be empty"))
                        continue
                    }
                    if value == "?" || value.lowercased() == "help" || value.hasPrefix("/") {
                        emit(.input(prompt: "\(name): ", text: value))
                        if value.hasPrefix("/") {
                            if await readOnlyCommand(value, during: "the credential form") {
                                session.quitRequested = true
                                return nil
                            }
                        } else {
                            emit(.credentialRequest(request))
                            emit(.notice("Type each field; secrets are not shown. /status and /thread work here; Ctrl-C leaves the form (the run waits)."))
                        }
                        continue
                    }
                    emit(.credentialField(name: name, secret: false, value: value))
                    return value
                case .interrupted:
                    emit(.interrupt(prompt: "\(name): "))
                    return nil
                case .endOfInput:
                    session.noteEndOfInput()
                    return nil
                }
            }
        }
    }

    /// After Ctrl-C in the form: offers to cancel the run, otherwise leaves it blocked.
    private func leave() async -> Resolution {
        if await session.confirm("Cancel the run? [y/N] ", default: false) {
            await session.requestCancel(run)
            return .canceled
        }
        emit(.notice(
            session.pendingQuestion == nil
                ? "The run stays blocked. /attach shows its form again, /status shows it."
                : "The run stays blocked. Type the answer at the prompt (or /answer TEXT); /attach asks again."))
        return .detached
    }
}
