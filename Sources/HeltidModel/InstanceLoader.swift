import Foundation

/// Reads and validates instance files.
public enum InstanceLoader {
    /// Largest accepted staff list (instances beyond this are refused instead of exhausting memory).
    public static let maximumStaff = 2000
    /// Largest accepted horizon in weeks (three years).
    public static let maximumWeeks = 156

    /// Reads an instance file and validates it: Heltid JSON, or the Curtois & Qu benchmark text format
    /// (recognised by its `SECTION_HORIZON` header, see ``CurtoisFormat``).
    /// `requireStaff` false accepts an instance without named staff (for dimensioning).
    /// - Throws: ``InputError`` naming the file, the field path and what is wrong.
    public static func load(path: String, requireStaff: Bool = true) throws -> Instance {
        let data = try read(path)
        if let text = String(data: data, encoding: .utf8), CurtoisFormat.recognises(text) {
            return try CurtoisFormat.parse(text, file: path)
        }
        return try decode(data, file: path, requireStaff: requireStaff)
    }

    /// Decodes and validates JSON instance data; `file` names the source in errors.
    public static func decode(_ data: Data, file: String, requireStaff: Bool = true) throws -> Instance {
        let instance = try decodeJSON(Instance.self, from: data, file: file)
        var problems = InstanceValidator.problems(in: instance)
        if requireStaff && instance.staff.isEmpty {
            problems.append(FieldProblem(path: "staff", message: "the staff list is empty; a rota needs named staff ('heltid dimension' sizes a unit without them)"))
        }
        guard problems.isEmpty else {
            throw InputError(file: file, problems: problems)
        }
        return instance
    }

    /// The bytes of an input file; an unreadable file is an ``InputError`` naming it.
    static func read(_ path: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw InputError(file: path, message: "cannot read the file (\(readableReason(error)))")
        }
    }

    /// Decodes JSON input; a decoding error becomes an ``InputError`` with the field path.
    static func decodeJSON<Value: Decodable>(_ type: Value.Type, from data: Data, file: String) throws -> Value {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw InputError(file: file, problems: [fieldProblem(from: error)])
        } catch {
            throw InputError(file: file, message: "not valid JSON: \(error)")
        }
    }

    static func readableReason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        if nsError.code == NSFileReadNoSuchFileError { return "no such file" }
        return nsError.localizedDescription
    }
}
