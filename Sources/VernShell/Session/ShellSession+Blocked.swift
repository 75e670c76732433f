import Foundation
import VernAPI
import VernClient

extension ShellSession {
    /// How a blocked run was handled.
    enum BlockResolution {
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

    /// Shows what a blocked run needs and submits the analyst's answers or credentials.
    ///
    /// `rejections` counts the credentials this watch submitted that the source rejected. Credentials
    /// from a file or the environment are never sent again after a rejection; a person is asked
    /// again at most ``credentialAttempts`` times in all, after a pause that grows each time.
    func resolveBlock(_ run: RunRef, _ state: Run, rejections: Int) async -> BlockResolution {
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
            return await askCredentials(run, request)
        }
        guard let questions = state.questions, !questions.isEmpty else {
            emit(.error("the run is blocked but says on nothing; /thread may tell more"))
            return .detached
        }
        return await askQuestions(run, questions)
    }

    private func askQuestions(_ run: RunRef, _ questions: [Question]) async -> BlockResolution {
        var answers: [AnswerRequest.Answer] = []
        for question in questions {
            emit(.question(question))
            guard let value = await readAnswer(to: question) else { return await leaveForm(run) }
            answers.append(.init(id: question.id, value: value))
        }
        do {
            _ = try await client.answer(migration: migration.id, run: run.id, .structured(answers))
            return .answered(credentials: false)
        } catch {
            report(error)
            return .detached
        }
    }

    /// Reads an answer: an option's number or label, or free text when the question allows it.
    /// Returns `nil` when the analyst leaves (Ctrl-C, end of input).
    private func readAnswer(to question: Question) async -> String? {
        let prompt = "answer> "
        while true {
            switch await configuration.input.readLine(prompt: prompt) {
            case .line(let line):
                let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !text.isEmpty else { continue }
                emit(.input(prompt: prompt, text: text))
                if text.hasPrefix("/") {
                    emit(.error("answer the question first: a number, an option's label or your own words (Ctrl-C leaves it)"))
                    continue
                }
                if let number = Int(text), question.options.indices.contains(number - 1) {
                    return question.options[number - 1].label
                }
                if let option = question.options.first(where: { $0.label.caseInsensitiveCompare(text) == .orderedSame }) {
                    return option.label
                }
                if question.allowCustom { return text }
                emit(.error("choose 1–\(question.options.count) or type an option's label"))
            case .interrupted:
                emit(.interrupt(prompt: prompt))
                return nil
            case .endOfInput:
                emit(.endOfInput)
                return nil
            }
        }
    }

    private func askCredentials(_ run: RunRef, _ request: CredentialRequest) async -> BlockResolution {
        emit(.credentialRequest(request))
        var values: [String: String] = [:]
        if configuration.input.isInteractive {
            for (name, field) in request.orderedFields {
                guard let value = await readField(name, field) else { return await leaveForm(run) }
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
            _ = try await client.submitCredentials(
                migration: migration.id, run: run.id,
                CredentialsRequest(credentials: values, connectionID: request.connectionID))
            return .answered(credentials: true)
        } catch {
            report(error)
            return .detached
        }
    }

    /// Reads one credential field; secrets with echo off, around the line editor and history.
    private func readField(_ name: String, _ field: CredentialRequest.Field) async -> String? {
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
                    emit(.credentialField(name: name, secret: false, value: value))
                    return value
                case .interrupted:
                    emit(.interrupt(prompt: "\(name): "))
                    return nil
                case .endOfInput:
                    emit(.endOfInput)
                    return nil
                }
            }
        }
    }

    /// After Ctrl-C in a form: offers to cancel the run, otherwise leaves it blocked.
    private func leaveForm(_ run: RunRef) async -> BlockResolution {
        if await confirm("Cancel the run? [y/N] ", default: false) {
            await requestCancel(run)
            return .canceled
        }
        emit(.notice("The run stays blocked. /status shows it; send a new line to attach again."))
        return .detached
    }
}
