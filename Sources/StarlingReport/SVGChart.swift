import Foundation

/// A chart the report draws itself as inline SVG: no script, no external resource, and
/// every value also written on the chart so it reads in black and white.
public struct Chart: Sendable {
    public enum Kind: Sendable {
        /// Vertical bars, one group per category, one bar per series.
        case groupedBars
        /// One horizontal bar per category, its series stacked to 100 %.
        case stackedPercent
    }

    public struct Series: Sendable {
        public var name: String
        public var colour: String
        /// One value per category; nil draws nothing.
        public var values: [Double?]
    }

    public var kind: Kind
    public var title: String
    public var categories: [String]
    public var series: [Series]
    /// "%" for percentages, "" for counts.
    public var unit: String

    public static let ratingColours = ["#1d6b3a", "#6fbf73", "#f2b33d", "#c0392b"]
    public static let monthColours = ["#c6dbef", "#6baed6", "#2171b5", "#08306b", "#041d40"]

    /// The SVG, titled so a screen reader announces it and points to its table.
    public func svg(id: String) -> String {
        switch kind {
        case .groupedBars: groupedBars(id: id)
        case .stackedPercent: stacked(id: id)
        }
    }

    private func header(id: String, width: Int, height: Int) -> String {
        "<svg viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-labelledby=\"\(id)-title\" class=\"chart\">"
            + "<title id=\"\(id)-title\">\(HTML.escape(title)) (the table beside it gives the same figures)</title>"
    }

    private func legend(y: Int) -> String {
        var x = 10, out = ""
        for s in series {
            out += "<rect x=\"\(x)\" y=\"\(y)\" width=\"12\" height=\"12\" fill=\"\(s.colour)\" stroke=\"#333\" stroke-width=\"0.5\"/>"
            out += "<text x=\"\(x + 16)\" y=\"\(y + 10)\" class=\"legend\">\(HTML.escape(s.name))</text>"
            x += 28 + s.name.count * 7
        }
        return out
    }

    private func groupedBars(id: String) -> String {
        let width = 640, height = 300, left = 40, bottom = 250, top = 20
        let values = series.flatMap { $0.values.compactMap { $0 } }
        let top100 = unit == "%" ? 100.0 : max(1, (values.max() ?? 1) * 1.15)
        let scale = Double(bottom - top) / top100
        let group = Double(width - left - 10) / Double(max(1, categories.count))
        let bar = min(40, (group - 12) / Double(max(1, series.count)))
        var out = header(id: id, width: width, height: height)
        for step in 0...4 {
            let value = top100 * Double(step) / 4, y = Double(bottom) - value * scale
            out += "<line x1=\"\(left)\" x2=\"\(width - 10)\" y1=\"\(f(y))\" y2=\"\(f(y))\" class=\"grid\"/>"
            out += "<text x=\"\(left - 4)\" y=\"\(f(y + 4))\" class=\"axis\" text-anchor=\"end\">\(Int(value.rounded()))\(unit)</text>"
        }
        for (c, category) in categories.enumerated() {
            let x0 = Double(left) + Double(c) * group + (group - bar * Double(series.count)) / 2
            for (s, item) in series.enumerated() {
                guard let value = item.values[c] else { continue }
                let x = x0 + Double(s) * bar, h = value * scale
                out += "<rect x=\"\(f(x))\" y=\"\(f(Double(bottom) - h))\" width=\"\(f(bar - 2))\" height=\"\(f(h))\" fill=\"\(item.colour)\"/>"
                out += "<text x=\"\(f(x + (bar - 2) / 2))\" y=\"\(f(Double(bottom) - h - 3))\" class=\"value\" text-anchor=\"middle\">\(Int(value.rounded()))</text>"
            }
            out += "<text x=\"\(f(Double(left) + (Double(c) + 0.5) * group))\" y=\"\(bottom + 16)\" class=\"axis\" text-anchor=\"middle\">\(HTML.escape(category))</text>"
        }
        return out + legend(y: bottom + 30) + "</svg>"
    }

    private func stacked(id: String) -> String {
        let width = 640, left = 190, right = 20, row = 26, top = 10
        let height = top + categories.count * row + 40
        let span = Double(width - left - right)
        var out = header(id: id, width: width, height: height)
        for (c, category) in categories.enumerated() {
            let y = top + c * row
            let total = series.compactMap { $0.values[c] }.reduce(0, +)
            out += "<text x=\"\(left - 6)\" y=\"\(y + 15)\" class=\"axis\" text-anchor=\"end\">\(HTML.escape(category))</text>"
            guard total > 0 else { continue }
            var x = Double(left)
            for item in series {
                guard let value = item.values[c], value > 0 else { continue }
                let w = value / total * span
                out += "<rect x=\"\(f(x))\" y=\"\(y)\" width=\"\(f(w))\" height=\"\(row - 6)\" fill=\"\(item.colour)\"/>"
                if w > 22 {
                    out += "<text x=\"\(f(x + w / 2))\" y=\"\(y + 14)\" class=\"value inbar\" text-anchor=\"middle\">\(Percent.text(Percent.of(Int(value), Int(total))))</text>"
                }
                x += w
            }
        }
        return out + legend(y: top + categories.count * row + 10) + "</svg>"
    }

    private func f(_ value: Double) -> String { String(format: "%.1f", value) }
}
