/// The ranges ECMA-376 and Word allow for the numbers read from WordprocessingML. A number
/// outside its range is damage (or a crafted file): it is clamped or ignored with a
/// warning, never trusted in arithmetic.
enum WordRanges {
    /// Word tables have at most 63 grid columns, so a cell spans 1–63 of them…
    static let gridSpan = 1...63
    /// …and a row skips at most 62 before its first cell (`w:gridBefore`) or after its last (`w:gridAfter`).
    static let gridSkip = 0...62
    /// List levels `w:ilvl` (ECMA-376 §17.9.3): nine, 0–8.
    static let listLevel = 0...8
    /// `w:outlineLvl` (§17.3.1.20): 0–8 are heading levels 1–9; 9 is body text.
    static let outlineLevel = 0...9
    /// `w:numId` is an ST_DecimalNumber, which Word stores in 32 bits; 0 means "no list".
    static let numberingId = 0...Int(Int32.max)
    /// A legacy drop-down holds at most 25 entries in Word, so its result and default are 0–24.
    static let dropDownIndex = 0...24
}
