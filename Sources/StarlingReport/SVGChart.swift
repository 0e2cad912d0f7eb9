import Foundation
import StarlingForms

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

    /// The drawing's width in SVG units. Narrow enough that 12-unit labels stay readable
    /// (about 6.5 pt) when the chart is printed beside its table on A4.
    static let width = 520

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
            + "<title id=\"\(id)-title\">\(HTMLText.escape(title)) (the table beside it gives the same figures)</title>"
    }

    /// A rough width of a label at `size` px in Arial, enough to lay labels out without overlap.
    static func textWidth(_ text: String, size: Double) -> Double {
        text.reduce(0.0) { sum, c in
            let narrow: Set<Character> = ["i", "l", "j", "t", "f", "r", "I", " ", ".", ",", "(", ")", "/", "-", "1"]
            let wide: Set<Character> = ["m", "w", "M", "W", "%", "O", "Q", "G", "D", "C", "N"]
            return sum + size * (narrow.contains(c) ? 0.3 : wide.contains(c) ? 0.8 : c.isUppercase ? 0.68 : 0.53)
        }
    }

    /// The key to the colours: one swatch and name per series, wrapping onto a new line
    /// rather than running off the chart. Returns the SVG and the height it takes.
    private func legend(y: Int, width: Int) -> (svg: String, height: Int) {
        var x = 10.0, line = 0, out = ""
        for s in series {
            let w = 16 + Self.textWidth(s.name, size: 12) + 18
            if x > 10 && x + w > Double(width - 10) { x = 10; line += 1 }
            let top = y + line * 18
            out += "<rect x=\"\(f(x))\" y=\"\(top)\" width=\"12\" height=\"12\" fill=\"\(s.colour)\" stroke=\"#333\" stroke-width=\"0.5\"/>"
            out += "<text x=\"\(f(x + 16))\" y=\"\(top + 10)\" class=\"legend\">\(HTMLText.escape(s.name))</text>"
            x += w
        }
        return (out, (line + 1) * 18)
    }

    /// Black or white, whichever reads better on `fill` (a #rrggbb colour): WCAG contrast.
    static func labelColour(on fill: String) -> String {
        let hex = fill.hasPrefix("#") ? String(fill.dropFirst()) : fill
        guard hex.count == 6, let value = Int(hex, radix: 16) else { return "#000" }
        func channel(_ shift: Int) -> Double {
            let c = Double((value >> shift) & 0xff) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let l = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
        return (1.05 / (l + 0.05)) > ((l + 0.05) / 0.05) ? "#fff" : "#000"
    }

    /// Axis steps for counts: whole numbers, a 1, 2 or 5 times a power of ten, four or five steps.
    static func countAxis(max value: Double) -> (top: Double, step: Double) {
        let target = max(1, value) / 4
        var magnitude = 1.0
        while magnitude * 10 <= target { magnitude *= 10 }
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= target } ?? magnitude * 10
        return (step * (max(1, value) / step).rounded(.up), step)
    }

    private func groupedBars(id: String) -> String {
        let width = Self.width, left = 44, bottom = 250, top = 24
        let values = series.flatMap { $0.values.compactMap { $0 } }
        let axis: (top: Double, step: Double) = unit == "%" ? (100, 25) : Self.countAxis(max: values.max() ?? 1)
        let scale = Double(bottom - top) / axis.top
        let group = Double(width - left - 10) / Double(max(1, categories.count))
        let bar = min(40, (group - 12) / Double(max(1, series.count)))
        let labels = categories.map { category -> [String] in
            // A label too wide for its group goes on two lines, split at the space nearest its middle.
            guard Self.textWidth(category, size: 12) > group - 6, category.contains(" ") else { return [category] }
            let spaces = category.indices.filter { category[$0] == " " }
            let middle = category.index(category.startIndex, offsetBy: category.count / 2)
            let cut = spaces.min { abs(category.distance(from: $0, to: middle)) < abs(category.distance(from: $1, to: middle)) }!
            return [String(category[..<cut]), String(category[category.index(after: cut)...])]
        }
        let labelLines = labels.map(\.count).max() ?? 1
        let legendY = bottom + 14 + labelLines * 14 + 4
        let key = legend(y: legendY, width: width)
        let height = legendY + key.height + 4
        var out = header(id: id, width: width, height: height)
        var step = 0.0
        while step <= axis.top + 0.001 {
            let y = Double(bottom) - step * scale
            out += "<line x1=\"\(left)\" x2=\"\(width - 10)\" y1=\"\(f(y))\" y2=\"\(f(y))\" class=\"grid\"/>"
            out += "<text x=\"\(left - 5)\" y=\"\(f(y + 4))\" class=\"axis\" text-anchor=\"end\">\(Int(step.rounded()))\(unit)</text>"
            step += axis.step
        }
        out += "<line x1=\"\(left)\" x2=\"\(width - 10)\" y1=\"\(bottom)\" y2=\"\(bottom)\" class=\"baseline\"/>"
        for (c, _) in categories.enumerated() {
            let x0 = Double(left) + Double(c) * group + (group - bar * Double(series.count)) / 2
            if series.allSatisfy({ $0.values[c] == nil }) {
                out += "<text x=\"\(f(Double(left) + (Double(c) + 0.5) * group))\" y=\"\(bottom - 6)\" class=\"value none\" text-anchor=\"middle\">no audits</text>"
            }
            for (s, item) in series.enumerated() {
                guard let value = item.values[c] else { continue }
                let x = x0 + Double(s) * bar, h = value * scale
                out += "<rect x=\"\(f(x))\" y=\"\(f(Double(bottom) - h))\" width=\"\(f(bar - 2))\" height=\"\(f(h))\" fill=\"\(item.colour)\"/>"
                out += "<text x=\"\(f(x + (bar - 2) / 2))\" y=\"\(f(Double(bottom) - h - 3))\" class=\"value\" text-anchor=\"middle\">\(Int(value.rounded()))</text>"
            }
            for (line, text) in labels[c].enumerated() {
                out += "<text x=\"\(f(Double(left) + (Double(c) + 0.5) * group))\" y=\"\(bottom + 16 + line * 14)\" class=\"axis\" text-anchor=\"middle\">\(HTMLText.escape(text))</text>"
            }
        }
        return out + key.svg + "</svg>"
    }

    private func stacked(id: String) -> String {
        let width = Self.width, right = 20, row = 26, top = 10
        let longest = categories.map { Self.textWidth($0, size: 12) }.max() ?? 0
        let left = Int(min(260, max(90, longest + 16)))
        let legendY = top + categories.count * row + 8
        let key = legend(y: legendY, width: width)
        let height = legendY + key.height + 2
        let span = Double(width - left - right)
        var out = header(id: id, width: width, height: height)
        for (c, category) in categories.enumerated() {
            let y = top + c * row
            let total = series.compactMap { $0.values[c] }.reduce(0, +)
            out += "<text x=\"\(left - 6)\" y=\"\(y + 15)\" class=\"axis\" text-anchor=\"end\">\(HTMLText.escape(category))</text>"
            guard total > 0 else {
                out += "<text x=\"\(left + 4)\" y=\"\(y + 15)\" class=\"value none\">none</text>"
                continue
            }
            var x = Double(left)
            for item in series {
                guard let value = item.values[c], value > 0 else { continue }
                let w = value / total * span
                out += "<rect x=\"\(f(x))\" y=\"\(y)\" width=\"\(f(w))\" height=\"\(row - 6)\" fill=\"\(item.colour)\" stroke=\"#fff\" stroke-width=\"1\"/>"
                let text = Percent.text(Percent.of(Int(value), Int(total)))
                if w > Self.textWidth(text, size: 11) + 6 {
                    out += "<text x=\"\(f(x + w / 2))\" y=\"\(y + 14)\" class=\"value inbar\" style=\"fill:\(Self.labelColour(on: item.colour))\" text-anchor=\"middle\">\(text)</text>"
                }
                x += w
            }
        }
        return out + key.svg + "</svg>"
    }

    private func f(_ value: Double) -> String { String(format: "%.1f", value) }
}
