/// The templates offered out of the box: by the local server, and by `vern recipe apply --template SLUG`.
///
/// This is the one definition of each built-in template; `examples/contacts.template.json` is
/// generated from it (`vern recipe template contacts`).
public enum BuiltInTemplates {
    /// Contacts, with the columns of the lead-import benchmark spec, in order.
    public static let contacts = Template(
        id: "5f1c2a7e-3b4d-4c8e-9a10-c0a7ac75c001",
        slug: "contacts",
        name: "Contacts",
        description: "People at the customer's accounts.",
        columns: [
            .init(name: "external_id", description: "The record's id in the source system."),
            .init(name: "first_name", description: "Given name."),
            .init(name: "last_name", description: "Family name.", required: true),
            .init(
                name: "email", description: "Primary email address, lower case.", required: true, unique: true,
                desiredRule: .strict, strictRule: .pattern("^\(Template.emailPattern)$")),
            .init(
                name: "phone", description: "Phone number in E.164 form.", desiredRule: .strict,
                strictRule: .pattern("^\(Template.e164Pattern)$")),
            .init(name: "company", description: "The company the contact works for.", required: true),
            .init(
                name: "company_domain", description: "The company's web domain, without scheme or www.",
                desiredRule: .strict, strictRule: .pattern("^\(Template.domainPattern)$")),
            .init(
                name: "created_date", description: "When the record was created, YYYY-MM-DD.", desiredRule: .strict,
                strictRule: .pattern("^\(Template.isoDatePattern)$")),
            .init(
                name: "lead_source", description: "Where the lead came from.", desiredRule: .strict,
                strictRule: .oneOf(["Web", "Event", "Referral", "Outbound", "Advertising", "Email", "Other"])),
            .init(name: "notes", description: "Free-text notes."),
        ]
    )

    /// Every built-in template.
    public static let all = [contacts]

    /// The built-in template with this slug.
    public static func named(_ slug: String) -> Template? { all.first { $0.slug == slug } }
}

extension Template {
    /// The SPEC's email pattern (whole-value match).
    public static let emailPattern = #"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}"#
    /// The SPEC's domain pattern (whole-value match).
    public static let domainPattern = #"[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}"#
    /// An E.164 number.
    public static let e164Pattern = #"\+[1-9][0-9]{7,14}"#
    /// An ISO-8601 date.
    public static let isoDatePattern = "[0-9]{4}-[0-9]{2}-[0-9]{2}"
}
