// Test-only helpers: see DocxBuilder.
