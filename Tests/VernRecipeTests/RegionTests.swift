import Testing

@testable import VernRecipe

@Suite("Regions")
struct RegionTests {
    @Test(
        "a phrase names a region",
        arguments: [
            ("United Kingdom", "GB"), ("the United Kingdom", "GB"), ("UK", "GB"), ("uk", "GB"), ("British", "GB"),
            ("GB", "GB"), ("+44", "GB"), ("calling code 44", "GB"), ("country code 44", "GB"),
            ("country code NO", "NO"), ("region no", "NO"), ("country: de", "DE"), ("Germany", "DE"),
            ("german", "DE"), ("USA", "US"), ("U.S.", "US"), ("American", "US"), ("+1", "US"), ("Holland", "NL"),
            ("the Netherlands", "NL"), ("Dutch", "NL"), ("NO", "NO"), ("Norway", "NO"), ("Côte d'Ivoire", "CI"),
            ("cote d'ivoire", "CI"), ("Trinidad & Tobago", "TT"), ("St Lucia", "LC"), ("+7", "RU"),
            ("Ascension Island", "AC"), ("Bosnia and Herzegovina", "BA"), ("Guinea-Bissau", "GW"),
        ])
    func named(phrase: String, code: String) {
        #expect(Region.named(phrase)?.code == code)
    }

    @Test(
        "a short English word is never a region",
        arguments: [
            "no", "is", "in", "it", "at", "be", "me", "my", "to", "us", "so", "or", "am", "an", "do", "go", "he", "hi",
            "id", "ma", "mo", "pa", "pe", "tv", "44", "+999", "Narnia", "",
        ])
    func notARegion(word: String) {
        #expect(Region.named(word) == nil)
    }

    @Test("regions are found in a sentence, longest phrase first")
    func mentions() {
        let text = "Phones are British, or from the Netherlands; it is no problem to use region de or +353 for us"
        #expect(Region.mentions(in: text).map(\.region.code) == ["GB", "NL", "DE", "IE"])
        let m = Region.mentions(in: "numbers from the United States of America")
        #expect(m.map(\.region.code) == ["US"])
        #expect(m.first.map { String("numbers from the United States of America"[$0.range]) } == "United States of America")
        #expect(Region.mentions(in: "give chad a call in turkey season").isEmpty)
        #expect(Region.mentions(in: "numbers from Chad").map(\.region.code) == ["TD"])
    }

    @Test("every libphonenumber region is listed with its calling code")
    func table() {
        #expect(Region.all.count >= 240)
        #expect(Region(code: "gb")?.callingCode == 44)
        #expect(Region(code: "XK")?.name == "Kosovo")
        #expect(Region.callingCode(1)?.code == "US")
        #expect(Region(code: "ZZ") == nil)
    }
}
