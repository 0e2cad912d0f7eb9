import Foundation
import StarlingForms

/// Why a worker stopped on a file, as the quarantine reason and message the store keeps and
/// the CLI prints. Messages name the limit or signal, never anything read from the form.
enum WorkerFailure {
    case crashed(WorkerProcess.Exit)
    case timeout(seconds: Double)
    case tooMuchMemory(bytes: Int)

    var reason: QuarantineReason {
        switch self {
        case .crashed: .crashed
        case .timeout: .timeout
        case .tooMuchMemory: .tooMuchMemory
        }
    }

    /// `tries`: how many fresh workers it was read in.
    func message(tries: Int) -> String {
        let again = tries > 1 ? "; it crashed again when read alone in a fresh worker;" : ";"
        switch self {
        case .crashed(.signal(let number)):
            return "Starling crashed (signal \(number)) while reading\(again) the other files went on"
        case .crashed(.status(let status)):
            return "the worker reading it exited with status \(status) while reading\(again) the other files went on"
        case .timeout(let seconds):
            return "still reading after the per-file time limit of \(Self.format(seconds)) s (--file-timeout); stopped, and the other files went on"
        case .tooMuchMemory(let bytes):
            return "used more than the per-file memory limit of \(bytes >> 20) MiB (--memory-limit) while reading; stopped, and the other files went on"
        }
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.1f", seconds)
    }
}
