import Foundation
import VernAPI
import VernAgentKit

/// The `demo_crm` connector's "API": synthetic, deterministic records per stream.
enum DemoCRM {
    /// The connector (credential schema `client_id` + secret `client_secret`).
    static let connector = Connectors.demoCRM
    /// The streams the demo API serves, and how many records each holds.
    static let streams: [String: Int] = ["contacts": 48]
    /// The stream read when the connection selects none.
    static let defaultStream = "contacts"

    /// The stream's records as CSV (header first, LF line ends), the same on every call.
    static func csv(stream: String) -> String {
        let count = streams[stream] ?? 0
        let first = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Margaret", "Linus", "Radia", "Tim"]
        let last = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson", "Hamilton", "Torvalds", "Perlman", "Berners-Lee"]
        let companies = [("Initech", "initech.com"), ("Globex", "https://www.globex.io/"), ("Hooli", "WWW.HOOLI.COM"), ("Umbrella", "umbrella.co.uk"), ("Stark Industries", "")]
        let sources = ["Web", "webinar", "Partner", "cold call", "Newsletter", "Trade Show", "", "Billboard"]
        var lines = ["id,firstname,lastname,email,phone,company,website,createdate,hs_lead_source,owner"]
        var seed: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        for index in 0..<count {
            let f = first[next(first.count)], l = last[next(last.count)]
            let (company, domain) = companies[next(companies.count)]
            let host = domain.lowercased().replacingOccurrences(of: "https://", with: "").replacingOccurrences(of: "www.", with: "")
                .replacingOccurrences(of: "/", with: "")
            let email = index % 11 == 5 ? "" : "\(f.lowercased()).\(l.lowercased())@\(host.isEmpty ? "example.com" : host)"
            let phone = index % 9 == 4 ? "n/a" : "(\(200 + next(700))) 555-\(1000 + next(9000))"
            let date = "20\(10 + next(14))-\(String(format2: 1 + next(12)))-\(String(format2: 1 + next(28)))"
            let quotedCompany = company.contains(",") ? "\"\(company)\"" : company
            lines.append(
                "\(9000 + index),\(f),\(l),\(email),\(phone),\(quotedCompany),\(domain),\(date),\(sources[next(sources.count)]),owner\(next(4))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// A two-digit, zero-padded number.
    fileprivate init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }
}
