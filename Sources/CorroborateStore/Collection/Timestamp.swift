import CorroborateCore
import Foundation

/// UTC timestamps as stored and shown: `2026-03-09T14:05:00Z`.
package enum Timestamp {
    package static func now() -> String { format(Date().timeIntervalSince1970) }

    package static func format(_ seconds: Double) -> String {
        let s = Int(seconds.rounded(.down))
        let days = s >= 0 ? s / 86_400 : (s - 86_399) / 86_400
        let rest = s - days * 86_400
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(CivilDate(dayNumber: days))T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z"
    }
}
