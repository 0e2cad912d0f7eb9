/// The rating scale, best first, with the labels the seed report uses.
public enum Rating: String, CaseIterable, Codable, Sendable {
    case outstanding, good, requiresImprovement = "requires_improvement", inadequate

    public var label: String {
        switch self {
        case .outstanding: "Outstanding"
        case .good: "Good"
        case .requiresImprovement: "Requires Improvement"
        case .inadequate: "Inadequate"
        }
    }

    public var shortLabel: String { self == .requiresImprovement ? "RI" : label }
}

/// Whole-number percentages, rounded the way the seed report's figures are: the exact
/// value rounded to the nearest whole number, exact halves to the even one (22.5 → 22,
/// 27.5 → 28). Each share is rounded on its own, so a column may not sum to 100.
public enum Percent {
    public static let method = "Percentages are whole numbers: count ÷ total × 100, rounded to the nearest whole number, "
        + "with exact halves rounded to the even number (22.5 % shows as 22 %, 27.5 % as 28 %). Each percentage is rounded "
        + "on its own, so a column may add up to 99 or 101. A dash means there was nothing to take a percentage of."

    /// `nil` when the total is zero: there is no percentage of nothing.
    public static func of(_ count: Int, _ total: Int) -> Int? {
        guard total > 0 else { return nil }
        let numerator = 100 * count
        let floor = numerator / total, remainder = numerator % total
        if 2 * remainder > total || (2 * remainder == total && floor % 2 == 1) { return floor + 1 }
        return floor
    }

    public static func text(_ value: Int?) -> String { value.map(String.init) ?? "–" }
}

/// How many audits had each rating, and the percentages of their total.
public struct RatingCounts: Codable, Hashable, Sendable {
    public var outstanding = 0
    public var good = 0
    public var requiresImprovement = 0
    public var inadequate = 0

    public init() {}

    public init(_ ratings: [String?]) {
        for rating in ratings { add(rating) }
    }

    enum CodingKeys: String, CodingKey {
        case outstanding, good, inadequate
        case requiresImprovement = "requires_improvement"
    }

    /// Adds one rating; anything off the scale is not counted (admissible audits have one).
    public mutating func add(_ rating: String?) {
        switch rating.flatMap(Rating.init(rawValue:)) {
        case .outstanding: outstanding += 1
        case .good: good += 1
        case .requiresImprovement: requiresImprovement += 1
        case .inadequate: inadequate += 1
        case nil: break
        }
    }

    public var total: Int { outstanding + good + requiresImprovement + inadequate }

    public static func + (a: RatingCounts, b: RatingCounts) -> RatingCounts {
        var sum = a
        sum.outstanding += b.outstanding
        sum.good += b.good
        sum.requiresImprovement += b.requiresImprovement
        sum.inadequate += b.inadequate
        return sum
    }

    public func count(_ rating: Rating) -> Int {
        switch rating {
        case .outstanding: outstanding
        case .good: good
        case .requiresImprovement: requiresImprovement
        case .inadequate: inadequate
        }
    }

    public func percent(_ rating: Rating) -> Int? { Percent.of(count(rating), total) }

    /// Outstanding counted as good, as the seed's quarterly and legal-status tables do.
    public var goodOrBetter: Int { outstanding + good }
    public var folded: FoldedCounts { FoldedCounts(good: goodOrBetter, requiresImprovement: requiresImprovement, inadequate: inadequate) }

    /// The counts, their total and their percentages, so figures.json holds every figure shown.
    public func encode(to encoder: any Encoder) throws {
        try FigureKeys.encode([(.outstanding, outstanding), (.good, good), (.requiresImprovement, requiresImprovement), (.inadequate, inadequate)], to: encoder)
    }
}

enum FigureKeys: String, CodingKey {
    case outstanding, good, inadequate, total, percent
    case requiresImprovement = "requires_improvement"

    /// Counts by rating, their total and each one's percentage of it: how figures.json
    /// writes every set of counts.
    static func encode(_ counts: [(FigureKeys, Int)], to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: FigureKeys.self)
        let total = counts.reduce(0) { $0 + $1.1 }
        for (key, count) in counts { try c.encode(count, forKey: key) }
        try c.encode(total, forKey: .total)
        try c.encode(Dictionary(uniqueKeysWithValues: counts.compactMap { key, count in Percent.of(count, total).map { (key.stringValue, $0) } }), forKey: .percent)
    }
}

/// Good (outstanding folded in), RI and inadequate, with percentages of their total.
public struct FoldedCounts: Codable, Hashable, Sendable {
    public var good: Int
    public var requiresImprovement: Int
    public var inadequate: Int
    public var total: Int { good + requiresImprovement + inadequate }
    public var goodPercent: Int? { Percent.of(good, total) }
    public var requiresImprovementPercent: Int? { Percent.of(requiresImprovement, total) }
    public var inadequatePercent: Int? { Percent.of(inadequate, total) }

    enum CodingKeys: String, CodingKey {
        case good, inadequate
        case requiresImprovement = "requires_improvement"
    }

    public func encode(to encoder: any Encoder) throws {
        try FigureKeys.encode([(.good, good), (.requiresImprovement, requiresImprovement), (.inadequate, inadequate)], to: encoder)
    }
}
