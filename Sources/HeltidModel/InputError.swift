/// One problem in an input file: where it is (a field path such as
/// `staff[3].wishes[1].day`) and what is wrong.
public struct FieldProblem: Sendable, Equatable, CustomStringConvertible {
    /// Dotted field path with 0-based array indexes; empty for the file as a whole.
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

/// Bad input: the file and every problem found in it. The CLI prints it and exits with code 2.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var problems: [FieldProblem]

    public init(file: String, problems: [FieldProblem]) {
        self.file = file
        self.problems = problems
    }

    public init(file: String, path: String = "", message: String) {
        self.init(file: file, problems: [FieldProblem(path: path, message: message)])
    }

    public var description: String {
        problems.map { "\(file): \($0)" }.joined(separator: "\n")
    }
}

/// Formats a Codable coding path as `staff[3].wishes[1].day`.
public func fieldPath(_ codingPath: [any CodingKey]) -> String {
    var text = ""
    for key in codingPath {
        if let index = key.intValue {
            text += "[\(index)]"
        } else {
            text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
        }
    }
    return text
}

/// Turns a `DecodingError` into a field problem with a plain-language message.
public func fieldProblem(from error: DecodingError) -> FieldProblem {
    func describe(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: return "a whole number"
        case is Double.Type: return "a number"
        case is String.Type: return "a text in quotes"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "a list [ … ]" }
            if name.hasPrefix("Dictionary") { return "an object { … }" }
            return "an object { … }"
        }
    }
    switch error {
    case .typeMismatch(let type, let context):
        return FieldProblem(path: fieldPath(context.codingPath), message: "expected \(describe(type))")
    case .valueNotFound(let type, let context):
        return FieldProblem(path: fieldPath(context.codingPath), message: "expected \(describe(type)), found null")
    case .keyNotFound(let key, let context):
        return FieldProblem(path: fieldPath(context.codingPath + [key]), message: "required field is missing")
    case .dataCorrupted(let context):
        if context.codingPath.isEmpty {
            let detail = (context.underlyingError as? CustomStringConvertible)?.description ?? context.debugDescription
            return FieldProblem(path: "", message: "not valid JSON: \(detail)")
        }
        return FieldProblem(path: fieldPath(context.codingPath), message: context.debugDescription)
    @unknown default:
        return FieldProblem(path: "", message: "\(error)")
    }
}
