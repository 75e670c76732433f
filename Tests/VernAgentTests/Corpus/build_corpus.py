#!/usr/bin/env python3
"""Build utterances.jsonl (beside this script).

Written independently of the agent's parser: only the issue text, the corpus contract,
the `contacts` template and the demo data sample were used.  Every expected value below
is computed from the CSV by the helpers in this file; nothing is typed in by hand except
the utterances themselves and the record ids / values they mention.

Deterministic: no randomness, no clock, no network.  Run:  python3 build_corpus.py
Requires: phonenumbers, python-dateutil.
"""
import csv
import json
import os
import re
import sys
from collections import Counter, OrderedDict

import phonenumbers
from dateutil import parser as dparser
from nameparser import HumanName

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
CSV_PATH = os.environ.get("CORPUS_CSV", os.path.join(HERE, "demo-contacts.csv"))
TEMPLATE_PATH = os.environ.get("CORPUS_TEMPLATE", os.path.join(ROOT, "examples", "contacts.template.json"))
OUT = os.path.join(HERE, "utterances.jsonl")

with open(CSV_PATH, encoding="utf-8-sig", newline="") as fh:
    ROWS = list(csv.DictReader(fh))
N = len(ROWS)
assert N == 60, N
ALL = list(range(1, N + 1))

with open(TEMPLATE_PATH, encoding="utf-8") as fh:
    TEMPLATE = json.load(fh)
TCOLS = OrderedDict((c["name"], c) for c in TEMPLATE["columns"])
PICKLIST = ["Web", "Event", "Referral", "Outbound", "Advertising", "Email", "Other"]


# ----------------------------------------------------------------------------- data access
def S(row, col):
    """Raw source cell (row is 1-based)."""
    return ROWS[row - 1][col]


def trim(s):
    return s.strip(" \t")


def T(row, col):
    return trim(S(row, col))


ID2ROW = {r["Record ID"]: i for i, r in enumerate(ROWS, 1)}


def R(record_id):
    return ID2ROW[str(record_id)]


def ID(row):
    return S(row, "Record ID")


def clean(row, col):
    """Cell is non-empty, has no surrounding blanks and no line breaks: its output under
    any baseline (trim or not) is the value itself."""
    v = S(row, col)
    return v != "" and v == trim(v) and "\n" not in v and "\r" not in v


def rows_where(pred):
    return [r for r in ALL if pred(r)]


def empty(col):
    return rows_where(lambda r: T(r, col) == "")


def spread(rows, k, salt=0):
    """Deterministic, salt-dependent choice of k rows spread over the list."""
    rows = list(rows)
    if len(rows) <= k:
        return rows
    out = []
    step = len(rows) / float(k)
    for i in range(k):
        out.append(rows[(int(i * step) + salt) % len(rows)])
    return sorted(set(out))


# ----------------------------------------------------------------------------- template rules
def regex_ok(col, v):
    rule = TCOLS[col].get("strictRule")
    if TCOLS[col]["desiredRule"] != "strict" or not rule:
        return True
    return re.fullmatch(rule, v) is not None


def cell_valid(col, v, required=None):
    """Validity of one cell ignoring uniqueness. v None/'' = empty."""
    req = TCOLS[col]["required"] if required is None else required
    if v is None or v == "":
        return not req
    if col == "lead_source" and v not in PICKLIST:
        return False
    return regex_ok(col, v)


def unique_validity(values, certain_values2=None):
    """values: {row: value-or-None}.  Returns {row: True/False/None}: later duplicate
    occurrences are certainly invalid, unique values certainly valid, first occurrences of a
    duplicated value are uncertain (engine policy) and empties are uncertain.
    certain_values2: a second reading of the values (e.g. untrimmed); a row is only certain
    when both readings agree."""
    def one(vals):
        seen, cnt, res = set(), Counter(v for v in vals.values() if v), {}
        for r in sorted(vals):
            v = vals[r]
            if not v:
                res[r] = None
            elif cnt[v] == 1:
                res[r] = True
            elif v in seen:
                res[r] = False
            else:
                res[r] = None
                seen.add(v)
            if v:
                seen.add(v)
        return res
    a = one(values)
    if certain_values2 is None:
        return a
    b = one(certain_values2)
    return {r: (a[r] if a[r] == b[r] else None) for r in a}


# ----------------------------------------------------------------------------- reference transforms
def e164(raw, region):
    """E.164 via phonenumbers, only when the number is valid; else None (= do not check)."""
    try:
        n = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(n):
        return None
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


def phone_plain_national(row):
    """A phone written without an international prefix, without an extension and whose
    digits do not start with 1 or 0 (so no NANP trunk / IDD reading can compete)."""
    p = trim(S(row, "Phone"))
    if not p or p.startswith("+") or re.search(r"[a-zA-Z]", p):
        return False
    d = re.sub(r"[^0-9]", "", p)
    return d[:1] not in ("0", "1")


def phone_international(row):
    p = trim(S(row, "Phone"))
    return p.startswith("+") and not re.search(r"[a-zA-Z]", p) and e164(p, "US") is not None


def phone_checks(region, salt=0, k_changed=3, k_same=2):
    changed = [r for r in ALL if phone_plain_national(r) and e164(S(r, "Phone"), region)]
    same = [r for r in ALL if phone_international(r)]
    cells, valid = [], []
    for r in spread(changed, k_changed, salt):
        v = e164(S(r, "Phone"), region)
        cells.append((r, "phone", v))
        valid.append((r, "phone", True))
    for r in spread(same, k_same, salt + 1):
        cells.append((r, "phone", e164(S(r, "Phone"), region)))
    return cells, valid


def iso_date(raw, dayfirst):
    v = trim(raw)
    if re.match(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", v):
        return v[:10]  # ISO: the date as written, whatever the order setting (dateutil would swap it)
    d = dparser.parse(v, dayfirst=dayfirst)
    return d.strftime("%Y-%m-%d")


SLASH = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")
DOTTED = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")
ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def date_checks(order, salt=0):
    """order 'dmy' or 'mdy'.  Checked: slash dates readable both ways (both parts <= 12)
    in the requested order; for 'mdy' also slash dates only readable month-first; for 'dmy'
    dotted dates; plus plain ISO dates that no order can change."""
    amb, mdy_only, dotted, iso = [], [], [], []
    for r in ALL:
        v = S(r, "Created Date")
        if not clean(r, "Created Date"):
            continue
        m = SLASH.fullmatch(v)
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            if a <= 12 and b <= 12:
                amb.append(r)
            elif a <= 12 < b:
                mdy_only.append(r)
        elif DOTTED.fullmatch(v):
            dotted.append(r)
        elif ISO.fullmatch(v):
            iso.append(r)
    dayfirst = order == "dmy"
    pick = list(amb)
    if dayfirst:
        pick += spread(dotted, 2, salt)
    else:
        pick += spread(mdy_only, 2, salt)
    pick += spread(iso, 1, salt)
    cells = [(r, "created_date", iso_date(S(r, "Created Date"), dayfirst)) for r in sorted(set(pick))]
    valid = [(r, "created_date", True) for r in amb]
    return cells, valid


# lead source helpers ---------------------------------------------------------------
def src_eq(col, v):
    """Rows whose source cell is exactly v."""
    return [r for r in ALL if S(r, col) == v]


def ls_rows(value):
    """Rows whose Lead Source is exactly this value (case-sensitive, no blanks around)."""
    return [r for r in ALL if S(r, "Lead Source") == value]


def ls_rows_ci(value):
    return [r for r in ALL if trim(S(r, "Lead Source")).lower() == value.lower()]


def exact_picklist_rows():
    return [r for r in ALL if S(r, "Lead Source") in PICKLIST]


# case helpers ----------------------------------------------------------------------
def upper(s):
    return s.upper()


def lower(s):
    return s.lower()


def safe_title(s):
    """Title case only where every common definition agrees (else None)."""
    words = s.split(" ")
    a = s.title()
    b = " ".join(w[:1].upper() + w[1:].lower() for w in words)
    c = " ".join(w[:1].upper() + w[1:] for w in words)
    if a == b == c and not re.search(r"['\-.]", s):
        return a
    return None


def name_case(s):
    """Names capitalised as people write them (issue 11): nameparser's case repair of the value
    read after a given name, so `de la Cruz` and `McDonald` stay as they are (None where the
    reference changes more than case)."""
    h = HumanName("Alex " + s)
    h.capitalize(force=True)
    out = str(h)
    return out[5:] if out.startswith("Alex ") and out[5:].lower() == s.lower() else None


def title_would_damage(src):
    """Rows whose value plain title case would change (`de la Cruz`, `McDonald`, `O'Brien`)."""
    return lambda r: S(r, src).title() != S(r, src)


# ----------------------------------------------------------------------------- case store
CASES = []
COUNT = Counter()


def norm_rows(x):
    return [R(v) if isinstance(v, str) else v for v in x]


def add(op, style, text, kind="update", setup=(), outcome="change", cells=(), valid=(),
        kept=None, dropped=None, row_count=None, mentions=None):
    exp = OrderedDict()
    exp["outcome"] = outcome
    cl = []
    seen = set()
    for r, c, v in cells:
        r = R(r) if isinstance(r, str) else r
        if (r, c) in seen:
            continue
        seen.add((r, c))
        assert c in TCOLS, c
        cl.append(OrderedDict([("row", r), ("column", c), ("value", v if v != "" else None)]))
    if cl:
        exp["cells"] = cl
    vl = []
    seen = set()
    for r, c, v in valid:
        r = R(r) if isinstance(r, str) else r
        if v is None or (r, c) in seen:
            continue
        seen.add((r, c))
        vl.append(OrderedDict([("row", r), ("column", c), ("valid", bool(v))]))
    if vl:
        exp["valid"] = vl
    if kept is not None:
        exp["kept_rows"] = sorted(set(norm_rows(kept)))
    if dropped is not None:
        exp["dropped_rows"] = sorted(set(norm_rows(dropped)))
        assert not set(exp["dropped_rows"]) & set(exp.get("kept_rows", []))
    if row_count is not None:
        exp["row_count"] = row_count
    if mentions:
        exp["answer_mentions"] = [str(m) for m in mentions]
    if kind == "update" and outcome == "change":
        assert len(exp) > 1, ("no data check", text)
    case = OrderedDict()
    case["id"] = "u%04d" % (len(CASES) + 1)
    case["kind"] = kind
    case["operation"] = op
    case["style"] = style
    case["setup"] = list(setup)
    case["text"] = text
    case["expect"] = exp
    CASES.append(case)
    COUNT[op] += 1
    return case


def Q(op, style, text, mentions=None, setup=(), kind="clarify"):
    """A question: clarify, or sent as an update (must change nothing)."""
    style = "question" if text.rstrip().endswith("?") else "question_no_qmark"
    return add(op, style, text, kind=kind, setup=setup, outcome="no_change", mentions=mentions)


def ASK(op, style, text, setup=(), cells=(), valid=()):
    return add(op, style, text, setup=setup, outcome="ask", cells=cells, valid=valid)


def drop_case(op, style, text, dropped, setup=(), kept=None, k_kept=4, exact=True, salt=0,
              kept_pool=None):
    """exact=True: `dropped` is the complete set of dropped rows -> row_count given."""
    dropped = sorted(set(norm_rows(dropped)))
    pool = kept_pool if kept_pool is not None else [r for r in ALL if r not in dropped]
    if kept is None:
        kept = spread(pool, k_kept, salt)
    return add(op, style, text, setup=setup, kept=kept, dropped=dropped,
               row_count=(N - len(dropped)) if exact else None)


# ----------------------------------------------------------------------------- generic checks
def map_cells(src, tgt, k=3, salt=0, fn=lambda v: v, where=None):
    rows = [r for r in ALL if clean(r, src) and (where is None or where(r))]
    return [(r, tgt, fn(S(r, src))) for r in spread(rows, k, salt)]


def null_cells(tgt, k=3, salt=0, src=None):
    rows = ALL if src is None else [r for r in ALL if T(r, src) != ""]
    return [(r, tgt, None) for r in spread(rows, k, salt)]


CLEAN_NOTES = [r for r in ALL if clean(r, "Notes")]
EMPTY_NOTES = empty("Notes")


# ----------------------------------------------------------------------------- derived facts
CHAT = ls_rows("Chat")
LINKEDIN = ls_rows("LinkedIn")
WEBINAR = ls_rows("Webinar")
PARTNER = ls_rows("Partner")
PPC = ls_rows("PPC")
NEWSLETTER = ls_rows("Newsletter")
ADS = ls_rows("ads")
PAIDSEARCH = ls_rows("Paid Search")
COLDCALLING = ls_rows("cold calling")
PICK_ROWS = exact_picklist_rows()
EMPTY_PHONE = empty("Phone")
EMPTY_DATE = empty("Created Date")
EMPTY_DOMAIN = empty("Company Domain")
EMPTY_FIRST = empty("First Name")
EMPTY_COMPANY = empty("Company")
EMPTY_LS = empty("Lead Source")
EMPTY_EMAIL = empty("E-mail Address")
PLUS_PHONE = [r for r in ALL if phone_international(r)]
ISO_DATE_ROWS = [r for r in ALL if clean(r, "Created Date") and ISO.fullmatch(S(r, "Created Date"))]
assert EMPTY_COMPANY == [R("1001013")] and EMPTY_FIRST == [R("1001083")]


def unaffected_ls(k=2, salt=0, exclude=()):
    return [(r, "lead_source", S(r, "Lead Source"))
            for r in spread([r for r in PICK_ROWS if S(r, "Lead Source") not in exclude], k, salt)]


def ls_map_checks(mapping, salt=0, k_same=2):
    """mapping: {source value: picklist value}; rows are matched exactly."""
    cells, valid = [], []
    for src, tgt in mapping.items():
        for r in ls_rows(src):
            cells.append((r, "lead_source", tgt))
            valid.append((r, "lead_source", True))
    cells += unaffected_ls(k_same, salt, exclude=tuple(mapping.values()))
    return cells, valid


def email_ok_lower(r):
    v = S(r, "E-mail Address")
    return clean(r, "E-mail Address") and regex_ok("email", v.lower())


LOWER_EMAILS = {r: (S(r, "E-mail Address").lower() if email_ok_lower(r) else None) for r in ALL}
_email_u = unique_validity({r: trim(S(r, "E-mail Address")).lower() for r in ALL})
EMAIL_DUP_LATER = [r for r in ALL if _email_u[r] is False]            # certainly invalid
EMAIL_DUP_FIRST = [r for r in ALL if _email_u[r] is None and T(r, "E-mail Address")]
EMAIL_CLEAN_VALID = [r for r in ALL if LOWER_EMAILS[r] and _email_u[r] is True]
assert EMAIL_DUP_LATER == [R("1000907")], EMAIL_DUP_LATER


def email_fill(r):
    """SPEC-style fill of an empty email from first/last name and domain (one possible
    baseline); used only to decide whether 'email optional' is certain for that row."""
    d = trim(S(r, "Company Domain")).lower()
    d = re.sub(r"^https?://", "", d)
    d = re.sub(r"^www\.", "", d)
    d = re.sub(r"/+$", "", d)
    if not d or not regex_ok("company_domain", d):
        return ""
    f = re.sub(r"[^a-z0-9]", "", trim(S(r, "First Name")).lower())
    l = re.sub(r"[^a-z0-9]", "", trim(S(r, "Last Name")).lower())
    return (f + "." + l + "@" + d) if f and l else ""


EMAIL_OPTIONAL_OK = [r for r in EMPTY_EMAIL
                     if email_fill(r) == "" or regex_ok("email", email_fill(r))]


def fn_unique(col_src, tgt):
    """Uniqueness validity for a text column mapped straight from col_src (trim or not)."""
    a = unique_validity({r: trim(S(r, col_src)) for r in ALL})
    b = unique_validity({r: S(r, col_src) for r in ALL})
    out = {}
    for r in ALL:
        if a[r] is None or a[r] != b[r]:
            out[r] = None
        else:
            out[r] = a[r]
    return out


FIRST_U = fn_unique("First Name", "first_name")
LAST_U = fn_unique("Last Name", "last_name")
FIRST_DUP_LATER = [r for r in ALL if FIRST_U[r] is False]
FIRST_UNIQUE = [r for r in ALL if FIRST_U[r] is True]
LAST_DUP_LATER = [r for r in ALL if LAST_U[r] is False]
LAST_UNIQUE = [r for r in ALL if LAST_U[r] is True]


def unique_checks(u, col, salt=0, k_bad=3, k_ok=2):
    bad = [r for r in ALL if u[r] is False]
    ok = [r for r in ALL if u[r] is True]
    return ([(r, col, False) for r in spread(bad, k_bad, salt)] +
            [(r, col, True) for r in spread(ok, k_ok, salt)])


def owner_notes(k=3, salt=0):
    return map_cells("Contact Owner", "notes", k, salt, where=lambda r: r in CLEAN_NOTES) + \
        map_cells("Contact Owner", "notes", 1, salt, where=lambda r: r in EMPTY_NOTES)


def stage_notes(k=3, salt=0):
    return map_cells("Lifecycle Stage", "notes", k, salt, where=lambda r: r in CLEAN_NOTES) + \
        map_cells("Lifecycle Stage", "notes", 1, salt, where=lambda r: r in EMPTY_NOTES)


def notes_back(k=3, salt=0):
    return map_cells("Notes", "notes", k, salt)


def notes_null(k=3, salt=0):
    return [(r, "notes", None) for r in spread(CLEAN_NOTES, k, salt)]


def ws_rows(col):
    return [r for r in ALL if S(r, col) and S(r, col) != trim(S(r, col)) and trim(S(r, col))
            and "\n" not in S(r, col)]


def trimmed_cells(src, tgt, k_ws=3, k_clean=1, salt=0):
    return [(r, tgt, trim(S(r, src))) for r in spread(ws_rows(src), k_ws, salt)] + \
        map_cells(src, tgt, k_clean, salt)


def case_cells(src, tgt, fn, k=4, salt=0, extra_where=None):
    rows = [r for r in ALL if clean(r, src) and fn(S(r, src)) is not None
            and (extra_where is None or extra_where(r))]
    # prefer rows the change actually alters
    alt = [r for r in rows if fn(S(r, src)) != S(r, src)]
    same = [r for r in rows if fn(S(r, src)) == S(r, src)]
    pick = spread(alt, k, salt)
    pick += spread(same, max(1, k + 1 - len(pick)), salt)
    return [(r, tgt, fn(S(r, src))) for r in pick]


NONASCII_LAST = [r for r in ALL if clean(r, "Last Name") and re.search(r"[^\x00-\x7f]", S(r, "Last Name"))
                 and S(r, "Last Name").upper() != S(r, "Last Name")]


# ============================================================================= CASES
# ---------------------------------------------------------------- map_column
OP = "map_column"
for i, (style, text) in enumerate([
        ("terse", "map Contact Owner to notes"),
        ("polite", "please put the Contact Owner into the notes column, thanks"),
        ("terse", "Contact Owner -> notes"),
        ("terse", "notes = Contact Owner"),
        ("chatty", "hey, could you use the 'Contact Owner' column for notes instead? the sales team wants to see who owns each lead"),
        ("typos", "map Contcat Owner to notes"),
        ("chatty", "I'd like notes to come from Contact Owner since we don't really use the free-text notes anyway"),
        ("quoted", "use \"Contact Owner\" for \"notes\""),
        ("chatty", "um, so basically just map the uh contact owner over to notes I guess"),
        ("terse", "CONTACT OWNER -> NOTES!!"),
        ("unquoted", "Map Contact Owner to the notes field, since reps need to know who to call"),
]):
    add(OP, style, text, cells=owner_notes(3, i))

for i, (style, text) in enumerate([
        ("terse", "map Lifecycle Stage to notes"),
        ("typos", "Lifecyle Stage -> notes pls"),
        ("chatty", "so basically the lifecycle stage should end up in notes, that's what marketing reads"),
        ("unquoted", "notes: take them from Lifecycle Stage instead of Notes"),
        ("polite", "Could you please import Lifecycle Stage as the notes? Thank you!"),
        ("typos", "map Lifecylce Stage to notse"),
        ("chatty", "the Notes column is rubbish, honestly. use Lifecycle Stage for notes instead"),
        ("quoted", "'Lifecycle Stage' = 'notes'"),
]):
    add(OP, style, text, cells=stage_notes(3, i + 2))

# "too": the source keeps feeding its own column and also feeds notes
for i, (style, text, src, own) in enumerate([
        ("terse", "put the Record ID in notes too", "Record ID", "external_id"),
        ("chatty", "record id should go to notes too, the support team searches notes by id", "Record ID", "external_id"),
        ("unquoted", "copy Company into notes as well", "Company", "company"),
]):
    cells = map_cells(src, own, 2, i) + map_cells(src, "notes", 2, i, where=lambda r: r in EMPTY_NOTES)
    add(OP, style, text, cells=cells)

# re-mapping a column that a setup step took out
for i, (style, setup, text, src, tgt) in enumerate([
        ("chatty", "don't import First Name", "actually map First Name to first_name again", "First Name", "first_name"),
        ("terse", "skip Last Name", "last_name = Last Name", "Last Name", "last_name"),
        ("polite", "don't bring in Company", "Company -> company please", "Company", "company"),
        ("chatty", "ignore the Notes column", "ok, import Notes into notes after all", "Notes", "notes"),
        ("quoted", "leave out Record ID", "external id should come from 'Record ID'", "Record ID", "external_id"),
        ("typos", "skip first names", "Frist Name -> first_name", "First Name", "first_name"),
        ("unquoted", "don't import the company names", "take company from Company, sorry, I changed my mind", "Company", "company"),
]):
    add(OP, style, text, setup=[setup], cells=map_cells(src, tgt, 3, i))

# e-mail as external id (raw value: the email rule belongs to the email column)
for i, (style, text) in enumerate([
        ("chatty", "use E-mail Address as the external_id, our CRM keys on email"),
        ("terse", "external id = E-mail Address"),
]):
    add(OP, style, text, cells=map_cells("E-mail Address", "external_id", 3, i,
                                         where=lambda r: S(r, "E-mail Address") == S(r, "E-mail Address").lower()) +
        map_cells("E-mail Address", "email", 1, i, where=lambda r: S(r, "E-mail Address") == S(r, "E-mail Address").lower()
                  and regex_ok("email", S(r, "E-mail Address")) and r not in EMAIL_DUP_LATER + EMAIL_DUP_FIRST))

NORM_DOMAIN = lambda r: re.fullmatch(r"[a-z0-9.-]+", S(r, "Company Domain")) is not None
for i, (style, text) in enumerate([
        ("terse", "map Company Domain to notes"),
        ("polite", "Please use Company Domain for notes instead of the notes text."),
]):
    add(OP, style, text, cells=map_cells("Company Domain", "notes", 3, i, where=lambda r: NORM_DOMAIN(r) and r in CLEAN_NOTES))

# ---------------------------------------------------------------- skip_column
OP = "skip_column"
for i, (style, text, col, src, req) in enumerate([
        ("terse", "don't import Notes", "notes", "Notes", False),
        ("polite", "skip the notes column please", "notes", "Notes", False),
        ("chatty", "we don't need Notes at all, just leave it out", "notes", "Notes", False),
        ("terse", "Notes: don't import", "notes", "Notes", False),
        ("quoted", "ignore 'Notes'", "notes", "Notes", False),
        ("terse", "drop the Notes column", "notes", "Notes", False),
        ("chatty", "exclude notes from the import, they contain personal data we shouldn't move", "notes", "Notes", False),
        ("unquoted", "don't bring over first names", "first_name", "First Name", False),
        ("terse", "skip First Name", "first_name", "First Name", False),
        ("chatty", "we won't import phone numbers this time around", "phone", "Phone", False),
        ("chatty", "don't import Phone, the numbers are all stale", "phone", "Phone", False),
        ("terse", "skip the company domain column", "company_domain", "Company Domain", False),
        ("polite", "Please don't import the created dates, the CRM will stamp its own. Thanks", "created_date", "Created Date", False),
        ("terse", "skip lead source", "lead_source", "Lead Source", False),
        ("unquoted", "don't import the record ids", "external_id", "Record ID", False),
        ("typos", "Phnoe: skip", "phone", "Phone", False),
        ("unquoted", "no need to import Company Domain", "company_domain", "Company Domain", False),
        ("quoted", "leave \"Created Date\" out of the import", "created_date", "Created Date", False),
]):
    cells = null_cells(col, 3, i, src=src)
    valid = [(r, col, True) for r, _, _ in cells]
    add(OP, style, text, cells=cells, valid=valid)

# ---------------------------------------------------------------- trim (always with a definite change)
OP = "trim"
for i, (style, text, src, tgt, setup) in enumerate([
        ("terse", "put First Name into notes, trimmed", "First Name", "notes", []),
        ("unquoted", "map Last Name to notes and trim it", "Last Name", "notes", []),
        ("chatty", "actually just trim the first names, no upper case", "First Name", "first_name", ["upper-case the first names"]),
        ("chatty", "forget the capitals, only strip the spaces from company", "Company", "company", ["upper-case the company names"]),
        ("terse", "Company -> notes, trim whitespace", "Company", "notes", []),
        ("polite", "could you put the Phone column into notes, trimmed? thanks", "Phone", "notes", []),
        ("unquoted", "strip the blanks around First Name and put it in notes", "First Name", "notes", []),
        ("quoted", "notes = 'Lead Source', with leading and trailing spaces removed", "Lead Source", "notes", []),
        ("typos", "trimm last name and dont upper case it anymore", "Last Name", "last_name", ["upper-case last names"]),
        ("chatty", "no caps on the companies please, but do trim them", "Company", "company", ["make company names all caps"]),
]):
    add(OP, style, text, setup=setup, cells=trimmed_cells(src, tgt, 3, 1, i))

# ---------------------------------------------------------------- case_change
OP = "case_change"
CASES_SPEC = [
    ("terse", "upper-case the last names", "Last Name", "last_name", upper, []),
    ("polite", "make last names ALL CAPS please", "Last Name", "last_name", upper, []),
    ("terse", "last_name in uppercase", "Last Name", "last_name", upper, []),
    ("typos", "uppercsae last name", "Last Name", "last_name", upper, []),
    ("chatty", "caps lock the last name column lol, the print shop wants it that way", "Last Name", "last_name", upper, []),
    ("terse", "lower-case the last names", "Last Name", "last_name", lower, []),
    ("terse", "title case the last names", "Last Name", "last_name", name_case, []),
    ("quoted", "Capitalise each word of the last name, so 'de la Cruz' becomes 'De La Cruz'", "Last Name", "last_name", safe_title, []),
    ("terse", "upper case first_name", "First Name", "first_name", upper, []),
    ("unquoted", "first names should be in capitals", "First Name", "first_name", upper, []),
    ("chatty", "lowercase the first names, the mail merge capitalises them itself", "First Name", "first_name", lower, []),
    ("chatty", "no wait, title case for first names", "First Name", "first_name", name_case, ["lower-case the first names"]),
    ("unquoted", "company names in upper case", "Company", "company", upper, []),
    ("terse", "UPPERCASE company", "Company", "company", upper, []),
    ("terse", "lower case company", "Company", "company", lower, []),
    ("unquoted", "Proper-case the last names (first letter of each word capital)", "Last Name", "last_name", safe_title, []),
    ("unquoted", "upper case the notes", "Notes", "notes", upper, []),
]
for i, (style, text, src, tgt, fn, setup) in enumerate(CASES_SPEC):
    cells = case_cells(src, tgt, fn, 4, i, title_would_damage(src) if fn is name_case and tgt == "last_name" else None)
    valid = [(r, tgt, True) for r, _, _ in cells] if tgt in ("last_name", "company") else []
    add(OP, style, text, setup=setup, cells=cells, valid=valid)

for i, (style, setup, text) in enumerate([
        ("unquoted", "upper-case the e-mail addresses", "lower-case the emails again"),
        ("chatty", "make the emails upper case", "hmm, emails should be lowercase after all"),
]):
    rows = spread([r for r in EMAIL_CLEAN_VALID if S(r, "E-mail Address") != S(r, "E-mail Address").lower()], 3, i)
    cells = [(r, "email", LOWER_EMAILS[r]) for r in rows]
    valid = [(r, "email", True) for r in rows] + [(r, "email", False) for r in EMAIL_DUP_LATER]
    add(OP, style, text, setup=[setup], cells=cells, valid=valid)

add(OP, "chatty", "put Lifecycle Stage in notes, title-cased", cells=case_cells("Lifecycle Stage", "notes", safe_title, 4, 0))
add(OP, "unquoted", "the owner should go into notes in capitals", cells=case_cells("Contact Owner", "notes", upper, 4, 1))

# ---------------------------------------------------------------- phone_region
OP = "phone_region"
for i, (style, text, region, setup) in enumerate([
        # country names
        ("terse", "phone numbers are UK numbers", "GB", []),
        ("unquoted", "treat the phone numbers as United Kingdom numbers", "GB", []),
        ("chatty", "numbers without a country code are from the UK, this export came from our London office", "GB", []),
        ("terse", "set the phone region to Germany", "DE", []),
        ("typos", "Phones are from Germnay", "DE", []),
        ("unquoted", "phone country: India", "IN", []),
        ("polite", "Japan for the phone region please", "JP", []),
        ("chatty", "all of these leads were collected in India so the phone numbers are Indian ones", "IN", []),
        # adjectives
        ("terse", "the phones are British", "GB", []),
        ("terse", "phone numbers are German", "DE", []),
        ("unquoted", "the phone numbers are Indian", "IN", []),
        ("terse", "phones are Japanese numbers", "JP", []),
        ("polite", "Could you read the phone numbers as British numbers, please?", "GB", []),
        ("chatty", "sorry, they're American numbers actually", "US", ["phone numbers are German"]),
        # ISO codes
        ("terse", "phone region GB", "GB", []),
        ("quoted", "Use region 'GB' for phone", "GB", []),
        ("terse", "phone region DE", "DE", []),
        ("terse", "phone region JP", "JP", []),
        ("unquoted", "region for phones should be US", "US", ["phone region DE"]),
        ("quoted", "phone: region \"DE\"", "DE", []),
        # calling codes
        ("terse", "phones: +44", "GB", []),
        ("unquoted", "+49 for phones without a prefix", "DE", []),
        ("unquoted", "default calling code +91 for the phones", "IN", []),
        ("terse", "+81 is the default for phone numbers", "JP", []),
        ("chatty", "numbers with no country code should get +44, they're all UK customers", "GB", []),
        ("unquoted", "+1 for phones, not +44", "US", ["phones: +44"]),
        # short English words around a real region: never read as NO / IS / IN / IT
        ("chatty", "no, the phone numbers are UK ones", "GB", []),
        ("chatty", "it is all German numbers in the phone column", "DE", []),
        ("unquoted", "the phones are in the UK", "GB", []),
        ("chatty", "No - those phone numbers is Japanese", "JP", []),
        ("chatty", "it's India, not the US, for the phone numbers", "IN", []),
        ("chatty", "it is the British format for phones, no exceptions", "GB", []),
]):
    if region == "US":
        # US and Canada agree on these rows, so "+1"/"American" is unambiguous here
        cells, valid = phone_checks("US", i)
        cells = [c for c in cells if e164(S(c[0], "Phone"), "CA") == c[2]]
        valid = [v for v in valid if any(c[0] == v[0] for c in cells)]
    else:
        cells, valid = phone_checks(region, i)
    add(OP, style, text, setup=setup, cells=cells, valid=valid)

# short words that are not regions: the right behaviour is a question
OP = "phone_region_short_word"
for style, text in [
        ("terse", "set the phone region to no"),
        ("terse", "phone region: it"),
        ("terse", "phones are in"),
        ("terse", "phone region = in"),
]:
    ASK(OP, style, text)

# per-row region from a column: the sample has no Country column -> must ask
OP = "phone_region_from_column"
for style, text in [
        ("unquoted", "take the phone region from the Country column"),
        ("chatty", "use each row's country for the phone region"),
        ("terse", "phone region per row from Country"),
        ("chatty", "the country is in another column, use that for the phones"),
        ("polite", "Please pick the phone region from the contact's country field, thanks"),
        ("quoted", "region for phone = column 'Country'"),
]:
    ASK(OP, style, text)

# ---------------------------------------------------------------- date_order
OP = "date_order"
MDY_SETUPS = ["dates are month-first", "created dates are US format (month/day)", "Created Date is MM/DD/YYYY",
              "dates: month first", "the created dates are American"]
DMY_SETUPS = ["dates are day-first", "Created Date is DD/MM/YYYY", "created dates are in UK format",
              "dates: day first", "the dates are European"]
for i, (style, text) in enumerate([
        ("terse", "the dates are day-first"),
        ("unquoted", "created dates are in UK format"),
        ("chatty", "Created Date is DD/MM/YYYY actually"),
        ("polite", "european date order please"),
        ("chatty", "use Created Date for the created date, it is in UK format"),
        ("unquoted", "day before month in the dates"),
        ("typos", "dates r day frist"),
        ("chatty", "our source system is British so 12/09/2019 means 12 September"),
        ("chatty", "it is UK format, the created date"),
]):
    cells, valid = date_checks("dmy", i)
    add(OP, style, text, setup=[MDY_SETUPS[i % len(MDY_SETUPS)]], cells=cells, valid=valid)
for i, (style, text) in enumerate([
        ("terse", "dates are month-first"),
        ("unquoted", "created date is in US format"),
        ("terse", "MM/DD/YYYY for the created date"),
        ("chatty", "the dates are American, month then day"),
        ("unquoted", "month comes first in Created Date"),
        ("typos", "Created Dtae: US order pls"),
        ("polite", "Sorry, I was wrong earlier - the created dates are month/day/year."),
]):
    cells, valid = date_checks("mdy", i)
    add(OP, style, text, setup=[DMY_SETUPS[i % len(DMY_SETUPS)]], cells=cells, valid=valid)

# ---------------------------------------------------------------- value_map (Lead Source picklist)
OP = "value_map"
for i, case in enumerate([
        ("terse", "map Chat to Web", {"Chat": "Web"}),
        ("chatty", "Chat leads came through the website chat widget, so they're Web", {"Chat": "Web"}),
        ("terse", "Chat -> Web", {"Chat": "Web"}),
        ("terse", "lead source: Chat = Web", {"Chat": "Web"}),
        ("quoted", "treat 'LinkedIn' as Referral", {"LinkedIn": "Referral"}),
        ("unquoted", "LinkedIn counts as a Referral for us", {"LinkedIn": "Referral"}),
        ("unquoted", "Webinar should be Web, not Event", {"Webinar": "Web"}),
        ("polite", "could you map Webinar to Web please", {"Webinar": "Web"}),
        ("chatty", "Partner leads are Outbound for us, it's co-selling", {"Partner": "Outbound"}),
        ("unquoted", "PPC is Web in our reporting", {"PPC": "Web"}),
        ("terse", "Paid Search -> Web", {"Paid Search": "Web"}),
        ("unquoted", "Newsletter signups are Web", {"Newsletter": "Web"}),
        ("terse", "ads = Web", {"ads": "Web"}),
        ("unquoted", "cold calling should be Other, not Outbound", {"cold calling": "Other"}, ["cold calling is Outbound"]),
        ("typos", "Chta to Web", {"Chat": "Web"}),
        ("typos", "Linkedin -> Referal", {"LinkedIn": "Referral"}),
        ("terse", "webinar to web", {"Webinar": "Web"}),
        ("polite", "Please categorise Webinar leads under Web, thanks!", {"Webinar": "Web"}),
        ("unquoted", "count Paid Search as Web and PPC as Web too", {"Paid Search": "Web", "PPC": "Web"}),
        ("quoted", "\"tradeshow\" -> \"Other\"", {"tradeshow": "Other"}, ["tradeshow is Event"]),
]):
    (style, text, mapping), setup = case[:3], list(case[3]) if len(case) > 3 else []
    cells, valid = ls_map_checks(mapping, i)
    add(OP, style, text, setup=setup, cells=cells, valid=valid)

# ---------------------------------------------------------------- fallback (always with an explicit new mapping)
OP = "fallback"
NONEMPTY_LS = [r for r in ALL if T(r, "Lead Source")]
for i, (style, text, mapping) in enumerate([
        ("terse", "Chat is Web; anything else becomes Other", {"Chat": "Web"}),
        ("unquoted", "map LinkedIn to Referral and everything else we can't place to Other", {"LinkedIn": "Referral"}),
        ("terse", "Webinar -> Web, fall back to Other for the rest", {"Webinar": "Web"}),
        ("terse", "Chat = Web, otherwise Other", {"Chat": "Web"}),
        ("polite", "Partner is Outbound. Any value you don't recognise should be Other, please.", {"Partner": "Outbound"}),
        ("chatty", "put PPC under Web, and if a lead source doesn't match anything just call it Other", {"PPC": "Web"}),
        ("unquoted", "LinkedIn counts as Referral; default the unknown ones to Other", {"LinkedIn": "Referral"}),
        ("typos", "chat -> Web, evrything else Other", {"Chat": "Web"}),
]):
    cells, valid = ls_map_checks(mapping, i, k_same=1)
    valid += [(r, "lead_source", True) for r in spread(NONEMPTY_LS, 6, i)]
    add(OP, style, text, cells=cells, valid=valid)

# ---------------------------------------------------------------- column_is_value ("Email" is a template column and a picklist value)
OP = "column_is_value"
EMAIL_SAME = [r for r in EMAIL_CLEAN_VALID if S(r, "E-mail Address") == LOWER_EMAILS[r]]
for i, (style, text, mapping, setup) in enumerate([
        ("unquoted", "no, Newsletter should be Email", {"Newsletter": "Email"}, ["Newsletter is Web"]),
        ("chatty", "Chat came in by email, so Chat -> Email", {"Chat": "Email"}, []),
        ("unquoted", "LinkedIn messages count as Email", {"LinkedIn": "Email"}, []),
        ("chatty", "set lead source Webinar to Email, the invites all went out by email", {"Webinar": "Email"}, []),
        ("terse", "map Chat to email", {"Chat": "Email"}, []),
        ("quoted", "'Partner' should become 'Email'", {"Partner": "Email"}, []),
]):
    cells, valid = ls_map_checks(mapping, i, k_same=1)
    cells += [(r, "email", S(r, "E-mail Address")) for r in spread(EMAIL_SAME, 2, i)]
    add(OP, style, text, setup=setup, cells=cells, valid=valid)

add(OP, "unquoted", "put Email in lead source where it's blank",
    cells=[(r, "lead_source", "Email") for r in EMPTY_LS] + unaffected_ls(1, 3, ("Email",)) +
    [(r, "email", S(r, "E-mail Address")) for r in spread(EMAIL_SAME, 1, 4)],
    valid=[(r, "lead_source", True) for r in EMPTY_LS])
drop_case(OP, "unquoted", "drop rows whose Lifecycle Stage is other", src_eq("Lifecycle Stage", "other"), salt=9)
drop_case(OP, "chatty", "the Email leads (Lead Source = Newsletter) should be dropped", NEWSLETTER, salt=10)

# ---------------------------------------------------------------- required (on)
OP = "required"
CLEAN_DOMAIN_OK = [r for r in ALL if NORM_DOMAIN(r) and regex_ok("company_domain", S(r, "Company Domain"))]
REQ = {
    "phone": ([(r, "phone", False) for r in EMPTY_PHONE], [(r, "phone", True) for r in PLUS_PHONE if S(r, "Phone") == "+" + re.sub(r"[^0-9]", "", S(r, "Phone"))]),
    "first_name": ([(r, "first_name", False) for r in EMPTY_FIRST], [(r, "first_name", True) for r in ALL if clean(r, "First Name")]),
    "created_date": ([(r, "created_date", False) for r in EMPTY_DATE], [(r, "created_date", True) for r in ISO_DATE_ROWS]),
    "company_domain": ([(r, "company_domain", False) for r in EMPTY_DOMAIN], [(r, "company_domain", True) for r in CLEAN_DOMAIN_OK]),
    "notes": ([(r, "notes", False) for r in EMPTY_NOTES], [(r, "notes", True) for r in CLEAN_NOTES]),
    "external_id": ([], [(r, "external_id", True) for r in ALL]),
    "lead_source": ([], [(r, "lead_source", True) for r in PICK_ROWS]),
}


def req_valid(col, salt=0, k_bad=4, k_ok=2):
    bad, ok = REQ[col]
    return spread(bad, k_bad, salt) + spread(ok, k_ok if bad else 4, salt)


for i, (style, text, col) in enumerate([
        ("terse", "phone is required", "phone"),
        ("terse", "make phone mandatory", "phone"),
        ("chatty", "every contact needs a phone number, mark it required", "phone"),
        ("terse", "phone required pls", "phone"),
        ("chatty", "set phone to required, our dialer can't handle blanks", "phone"),
        ("terse", "first name is required", "first_name"),
        ("unquoted", "First Name must not be empty", "first_name"),
        ("quoted", "make 'first_name' mandatory", "first_name"),
        ("unquoted", "created date should be required", "created_date"),
        ("polite", "please require a created date on every row", "created_date"),
        ("unquoted", "company domain is mandatory from now on", "company_domain"),
        ("typos", "make Company Domian requried", "company_domain"),
        ("terse", "notes are required", "notes"),
        ("terse", "external_id is required", "external_id"),
        ("unquoted", "lead source must always be filled in", "lead_source"),
]):
    add(OP, style, text, valid=req_valid(col, i))

# ---------------------------------------------------------------- optional (required off)
OP = "optional"
EMAIL_KEEP = [r for r in EMAIL_CLEAN_VALID if S(r, "E-mail Address") == LOWER_EMAILS[r]]
for i, (style, text, setup, valid) in enumerate([
        ("terse", "company is optional", [], [(r, "company", True) for r in EMPTY_COMPANY] + [(R("1000036"), "company", True)]),
        ("unquoted", "company doesn't have to be filled", [], [(r, "company", True) for r in EMPTY_COMPANY]),
        ("chatty", "make Company optional, some of these contacts are freelancers", [], [(r, "company", True) for r in EMPTY_COMPANY]),
        ("terse", "company: not required", [], [(r, "company", True) for r in EMPTY_COMPANY]),
        ("terse", "email is optional", [], [(r, "email", True) for r in EMAIL_OPTIONAL_OK] + [(r, "email", True) for r in spread(EMAIL_KEEP, 1, 0)]),
        ("unquoted", "emails aren't mandatory", [], [(r, "email", True) for r in EMAIL_OPTIONAL_OK]),
        ("unquoted", "last name is optional then", ["don't import Last Name"], [(r, "last_name", True) for r in spread(ALL, 4, 1)]),
        ("terse", "make last_name not required", ["skip Last Name"], [(r, "last_name", True) for r in spread(ALL, 4, 2)]),
        ("chatty", "actually phone is optional, forget what I said", ["phone is required"], [(r, "phone", True) for r in EMPTY_PHONE]),
        ("chatty", "first names can be empty after all", ["first name is required"], [(r, "first_name", True) for r in EMPTY_FIRST]),
        ("polite", "Please make the created date optional again, thanks", ["created date is required"], [(r, "created_date", True) for r in EMPTY_DATE]),
]):
    add(OP, style, text, setup=setup, valid=valid)

# ---------------------------------------------------------------- unique
OP = "unique"
for i, (style, text, u, col) in enumerate([
        ("terse", "first names must be unique", FIRST_U, "first_name"),
        ("terse", "make first_name unique", FIRST_U, "first_name"),
        ("chatty", "no two contacts should share a first name", FIRST_U, "first_name"),
        ("unquoted", "last name has to be unique", LAST_U, "last_name"),
        ("unquoted", "flag duplicate last names", LAST_U, "last_name"),
        ("terse", "last_name: unique pls", LAST_U, "last_name"),
        ("typos", "make lastname uniqe", LAST_U, "last_name"),
]):
    add(OP, style, text, valid=unique_checks(u, col, i))
for i, (style, text) in enumerate([
        ("terse", "external id must be unique"),
        ("chatty", "Record IDs are unique in the old CRM, enforce that on external_id"),
]):
    add(OP, style, text, valid=[(r, "external_id", True) for r in spread(ALL, 4, i)])
add(OP, "unquoted", "company should be unique",
    valid=[(r, "company", True) for r in spread([r for r in ALL if clean(r, "Company")], 4, 0)] + [(r, "company", False) for r in EMPTY_COMPANY])
# uniqueness off
for i, (style, text) in enumerate([
        ("unquoted", "email doesn't need to be unique"),
        ("chatty", "turn off the uniqueness check on email, shared inboxes are fine"),
        ("terse", "allow duplicate emails"),
        ("typos", "emial not unique"),
]):
    add(OP, style, text, valid=[(r, "email", True) for r in EMAIL_DUP_LATER] + [(r, "email", True) for r in spread(EMAIL_KEEP, 2, i)])
add(OP, "unquoted", "make email unique again", setup=["email does not have to be unique", "lower-case the emails"],
    valid=[(r, "email", False) for r in EMAIL_DUP_LATER] + [(r, "email", True) for r in spread(EMAIL_CLEAN_VALID, 2, 3)])
add(OP, "chatty", "scrap the uniqueness rule on first names", setup=["first names must be unique"],
    valid=[(r, "first_name", True) for r in spread(FIRST_DUP_LATER, 4, 0)])
add(OP, "terse", "last name unique: off", setup=["last names must be unique"],
    valid=[(r, "last_name", True) for r in spread(LAST_DUP_LATER, 4, 1)])

# ---------------------------------------------------------------- conditional_fill (from another column)
OP = "conditional_fill"
ROW_NOCO = EMPTY_COMPANY[0]
CO_FILL_CELLS = [(ROW_NOCO, "company", S(ROW_NOCO, "Company Domain"))]
assert clean(ROW_NOCO, "Company Domain")
for i, (style, text) in enumerate([
        ("unquoted", "when Company is blank, use Company Domain"),
        ("chatty", "if there's no company, fall back to the company domain"),
        ("terse", "Company empty? take Company Domain instead"),
        ("unquoted", "fill empty companies from the domain column"),
        ("chatty", "whenever company is missing just use what's in Company Domain"),
]):
    add(OP, style, text, cells=CO_FILL_CELLS + map_cells("Company", "company", 2, i),
        valid=[(ROW_NOCO, "company", True)])
for i, (style, text, src) in enumerate([
        ("unquoted", "when Notes is empty use Lifecycle Stage", "Lifecycle Stage"),
        ("chatty", "if notes are blank, put the lifecycle stage there", "Lifecycle Stage"),
        ("terse", "Notes blank -> Lifecycle Stage", "Lifecycle Stage"),
        ("unquoted", "where there are no notes, use Contact Owner", "Contact Owner"),
        ("polite", "please fill missing notes with the Contact Owner value", "Contact Owner"),
        ("unquoted", "if Notes is empty, fall back to Company", "Company"),
        ("typos", "empty notse should get the Contact Ownr", "Contact Owner"),
]):
    cells = map_cells(src, "notes", 3, i, where=lambda r: r in EMPTY_NOTES) + notes_back(2, i)
    add(OP, style, text, cells=cells)

# ---------------------------------------------------------------- default_value (literal for empty values)
OP = "default_value"
for i, (style, text, col, lit, src, extra) in enumerate([
        ("unquoted", "if there's no created date, use 2020-01-01", "created_date", "2020-01-01", "Created Date",
         [(r, "created_date", S(r, "Created Date")) for r in spread(ISO_DATE_ROWS, 2, 0)]),
        ("terse", "default created_date to 2000-01-01 when missing", "created_date", "2000-01-01", "Created Date",
         [(r, "created_date", S(r, "Created Date")) for r in spread(ISO_DATE_ROWS, 2, 1)]),
        ("unquoted", "blank companies should say Unknown", "company", "Unknown", "Company", map_cells("Company", "company", 2, 0)),
        ("quoted", "use 'Individual' as the company when it's empty", "company", "Individual", "Company", map_cells("Company", "company", 2, 1)),
        ("terse", "empty notes -> 'n/a'", "notes", "n/a", "Notes", notes_back(2, 0)),
        ("quoted", "set notes to 'see email' where they're empty", "notes", "see email", "Notes", notes_back(2, 1)),
        ("unquoted", "if lead source is empty, assume Web", "lead_source", "Web", "Lead Source", unaffected_ls(2, 0, ("Web",))),
        ("terse", "missing lead source = Referral", "lead_source", "Referral", "Lead Source", unaffected_ls(2, 1, ("Referral",))),
        ("quoted", "first name defaults to 'Customer' when blank", "first_name", "Customer", "First Name", map_cells("First Name", "first_name", 2, 0)),
        ("polite", "Could blank notes say 'imported from legacy CRM' please?", "notes", "imported from legacy CRM", "Notes", notes_back(2, 2)),
]):
    rows = empty(src)
    cells = [(r, col, lit) for r in spread(rows, 4, i)] + extra
    valid = [(r, col, True) for r in spread(rows, 4, i)] if col in ("company", "created_date", "lead_source") else []
    add(OP, style, text, cells=cells, valid=valid)

# ---------------------------------------------------------------- drop rows by a source value
OP = "drop_by_value"


for i, (style, text, dropped) in enumerate([
        ("terse", "drop rows where Lead Source is Chat", CHAT),
        ("unquoted", "remove everything owned by Dev Ops", src_eq("Contact Owner", "Dev Ops")),
        ("unquoted", "exclude contacts whose Lifecycle Stage is subscriber", src_eq("Lifecycle Stage", "subscriber")),
        ("chatty", "get rid of the LinkedIn leads, they were a failed experiment", LINKEDIN),
        ("terse", "skip rows with Lead Source = Webinar", WEBINAR),
        ("quoted", "delete rows where Contact Owner is 'Bob Seller'", src_eq("Contact Owner", "Bob Seller")),
        ("unquoted", "don't import the contacts from 株式会社テスト", src_eq("Company", "株式会社テスト")),
        ("terse", "drop rows where Lifecycle Stage = lead", src_eq("Lifecycle Stage", "lead")),
        ("unquoted", "drop rows with no Lead Source", EMPTY_LS),
        ("polite", "please remove rows where Created Date is blank", EMPTY_DATE),
        ("chatty", "drop the Chat rows, they're mostly spam", CHAT),
        ("unquoted", "drop every de la Cruz (Last Name)", src_eq("Last Name", "de la Cruz")),
        ("unquoted", "remove leads where the source was PPC", PPC),
        ("typos", "dorp rows where Lifecylce Stage is salesqualifiedlead", src_eq("Lifecycle Stage", "salesqualifiedlead")),
]):
    assert dropped, text
    drop_case(OP, style, text, dropped, salt=i)

# ---------------------------------------------------------------- drop rows by validity
OP = "drop_by_validity"
drop_case(OP, "unquoted", "drop rows where the company is invalid", EMPTY_COMPANY, salt=0)
drop_case(OP, "chatty", "remove the rows that fail the company check", EMPTY_COMPANY, salt=1)
drop_case(OP, "unquoted", "drop rows where first name is invalid", EMPTY_FIRST, setup=["first name is required"], salt=2)
drop_case(OP, "terse", "drop rows where notes are invalid", EMPTY_NOTES, setup=["notes are required"], salt=3)
drop_case(OP, "unquoted", "drop rows with an invalid phone", EMPTY_PHONE, setup=["phone is required"], exact=False,
          kept_pool=PLUS_PHONE, salt=4)
drop_case(OP, "unquoted", "drop rows where the email is invalid", EMAIL_DUP_LATER, setup=["lower-case the emails"],
          exact=False, kept_pool=EMAIL_CLEAN_VALID, salt=5)
drop_case(OP, "chatty", "remove any row with a bad email address", EMAIL_DUP_LATER, setup=["lower-case and trim the emails"],
          exact=False, kept_pool=EMAIL_CLEAN_VALID, salt=6)
drop_case(OP, "unquoted", "drop rows whose last name is invalid", LAST_DUP_LATER, setup=["last names must be unique"],
          exact=False, kept_pool=LAST_UNIQUE, salt=7, k_kept=5)
add(OP, "terse", "drop invalid rows", dropped=EMPTY_COMPANY)
drop_case(OP, "typos", "drop rows were the first name is invlaid", EMPTY_FIRST, setup=["first_name required"], salt=8)

# ---------------------------------------------------------------- drop rows by record id / row number
OP = "drop_by_id"
for i, (style, text, dropped) in enumerate([
        ("terse", "drop record 1000907", ["1000907"]),
        ("terse", "remove 1001462 and 1000050", ["1001462", "1000050"]),
        ("unquoted", "delete the row with Record ID 1000985", ["1000985"]),
        ("unquoted", "exclude records 1000081, 1000110 and 1000129", ["1000081", "1000110", "1000129"]),
        ("polite", "please don't import contact 1001519, it's a test record", ["1001519"]),
        ("terse", "drop id 1000394", ["1000394"]),
        ("terse", "remove record #1000700", ["1000700"]),
        ("chatty", "1000834 is a duplicate of someone already in the CRM, leave it out", ["1000834"]),
        ("terse", "drop row 17", [17]),
        ("unquoted", "get rid of rows 3 and 4", [3, 4]),
]):
    drop_case(OP, style, text, dropped, salt=i)

# ---------------------------------------------------------------- combine / append with a separator
OP = "combine"
NOTES_ONE_LINE = CLEAN_NOTES


def combo(parts, sep, rows):
    return [(r, "notes", sep.join(S(r, p) for p in parts)) for r in rows]


FL_ROWS = [r for r in ALL if clean(r, "First Name") and clean(r, "Last Name")]
for i, (style, text, parts, sep, pool) in enumerate([
        ("unquoted", "combine First Name and Last Name into notes with a space", ["First Name", "Last Name"], " ", FL_ROWS),
        ("quoted", "notes = Contact Owner + ' / ' + Lifecycle Stage", ["Contact Owner", "Lifecycle Stage"], " / ", ALL),
        ("quoted", "append Lifecycle Stage to notes with ' | ' in between", ["Notes", "Lifecycle Stage"], " | ", NOTES_ONE_LINE),
        ("quoted", "add the Contact Owner to the end of the notes, separated by ' - '", ["Notes", "Contact Owner"], " - ", NOTES_ONE_LINE),
        ("quoted", "notes should read Contact Owner then Lifecycle Stage, joined by ', '", ["Contact Owner", "Lifecycle Stage"], ", ", ALL),
        ("quoted", "merge Contact Owner and Lifecycle Stage into notes, separator ' ; '", ["Contact Owner", "Lifecycle Stage"], " ; ", ALL),
        ("quoted", "Append Contact Owner to Notes (separator: ' // ')", ["Notes", "Contact Owner"], " // ", NOTES_ONE_LINE),
        ("unquoted", "concatenate Record ID and Contact Owner into notes with a space between them", ["Record ID", "Contact Owner"], " ", ALL),
        ("chatty", "tack the lifecycle stage onto the notes, use ' | ' as the separator", ["Notes", "Lifecycle Stage"], " | ", NOTES_ONE_LINE),
        ("typos", "combne Frist Name and Last Name in notes, seperated by a space", ["First Name", "Last Name"], " ", FL_ROWS),
]):
    add(OP, style, text, cells=combo(parts, sep, spread(pool, 3, i)))

# ---------------------------------------------------------------- split variants
OP = "split"


def first_word(s):
    return trim(s).split(" ", 1)[0]


def rest_words(s):
    p = trim(s).split(" ", 1)
    return p[1] if len(p) > 1 else None


def before_last(s):
    p = trim(s).rsplit(" ", 1)
    return p[0] if len(p) > 1 else None


def after_last(s):
    p = trim(s).rsplit(" ", 1)
    return p[1] if len(p) > 1 else trim(s)


MULTI_FIRST = [r for r in ALL if clean(r, "First Name") and " " in S(r, "First Name")]
SINGLE_FIRST = [r for r in ALL if clean(r, "First Name") and " " not in S(r, "First Name")]
MULTI_LAST = [r for r in ALL if clean(r, "Last Name") and " " in S(r, "Last Name")]
SINGLE_LAST = [r for r in ALL if clean(r, "Last Name") and " " not in S(r, "Last Name")]
MULTI_CO = [r for r in ALL if clean(r, "Company") and " " in S(r, "Company")]
LEGAL = {"Ltd", "Ltd.", "Inc.", "LLC", "Corp.", "Co.", "plc", "GmbH", "S.A.", "AG", "S.L."}
SUFFIX_CO = [r for r in MULTI_CO if after_last(S(r, "Company")) in LEGAL]

for i, (style, text, cells) in enumerate([
        ("unquoted", "first_name should only be the first word of First Name",
         [(r, "first_name", first_word(S(r, "First Name"))) for r in MULTI_FIRST + spread(SINGLE_FIRST, 2, 0)]),
        ("chatty", "keep just the first word of the first name, we don't want middle names",
         [(r, "first_name", first_word(S(r, "First Name"))) for r in MULTI_FIRST + spread(SINGLE_FIRST, 2, 1)]),
        ("unquoted", "put the rest of First Name (everything after the first word) into notes",
         [(r, "notes", rest_words(S(r, "First Name"))) for r in MULTI_FIRST] +
         [(r, "notes", None) for r in spread([r for r in SINGLE_FIRST if r in CLEAN_NOTES], 2, 0)]),
        ("unquoted", "split Contact Owner on the first space and put the first part in notes",
         [(r, "notes", first_word(S(r, "Contact Owner"))) for r in spread(ALL, 3, 0)]),
        ("terse", "Contact Owner: first word -> notes",
         [(r, "notes", first_word(S(r, "Contact Owner"))) for r in spread(ALL, 3, 1)]),
        ("unquoted", "last_name: split Last Name on the last space and keep the last part",
         [(r, "last_name", after_last(S(r, "Last Name"))) for r in MULTI_LAST + spread(SINGLE_LAST, 2, 0)]),
        ("chatty", "company names without the legal suffix please: split Company on the last space and keep the first part",
         [(r, "company", before_last(S(r, "Company"))) for r in spread(SUFFIX_CO, 4, 0)]),
        ("unquoted", "put the last word of Company into notes",
         [(r, "notes", after_last(S(r, "Company"))) for r in spread(MULTI_CO, 4, 1)]),
        ("unquoted", "everything after the first word of Contact Owner goes into notes",
         [(r, "notes", rest_words(S(r, "Contact Owner"))) for r in spread(ALL, 3, 2)]),
        ("terse", "split Last Name at the last space, first part into notes",
         [(r, "notes", before_last(S(r, "Last Name"))) for r in MULTI_LAST]),
        ("typos", "frist word of First Name only for first_name",
         [(r, "first_name", first_word(S(r, "First Name"))) for r in MULTI_FIRST + spread(SINGLE_FIRST, 2, 2)]),
]):
    add(OP, style, text, cells=cells)

# ---------------------------------------------------------------- undo (formal and informal, undo N)
OP = "undo"
ROW_X = R("1000907")
for i, (style, setup, text, cells, valid, kept, dropped, rc) in enumerate([
        ("terse", ["don't import Notes"], "undo", notes_back(3, 0), [], None, None, None),
        ("chatty", ["upper-case the last names"], "scratch that", map_cells("Last Name", "last_name", 3, 0), [], None, None, None),
        ("terse", ["drop record 1000907"], "revert that", [], [], [ROW_X], [], 60),
        ("chatty", ["make company optional"], "never mind, undo", [], [(ROW_NOCO, "company", False)], None, None, None),
        ("unquoted", ["don't import Notes", "upper-case the last names"], "undo the last 2 changes",
         notes_back(2, 1) + map_cells("Last Name", "last_name", 2, 1), [], None, None, None),
        ("unquoted", ["drop rows where Lead Source is Chat", "phone is required", "skip First Name"], "undo the last two",
         map_cells("First Name", "first_name", 2, 2), [(r, "phone", True) for r in EMPTY_PHONE[:2]],
         spread([r for r in ALL if r not in CHAT], 2, 0), CHAT, 60 - len(CHAT)),
        ("chatty", ["map Contact Owner to notes"], "hmm no, go back to how it was", notes_back(3, 2), [], None, None, None),
        ("unquoted", ["first names must be unique"], "undo that last change", [], [(r, "first_name", True) for r in spread(FIRST_DUP_LATER, 3, 0)], None, None, None),
        ("chatty", ["lower-case the first names"], "take that back", map_cells("First Name", "first_name", 3, 3), [], None, None, None),
        ("terse", ["skip Phone", "skip Company Domain", "skip Notes"], "undo 3", notes_back(2, 3), [], None, None, None),
        ("unquoted", ["drop record 1000050", "drop record 1000057"], "undo the last one", [], [], ["1000057"], ["1000050"], 59),
        ("chatty", ["when Company is blank, use Company Domain"], "nope, revert that", [(ROW_NOCO, "company", None)], [(ROW_NOCO, "company", False)], None, None, None),
        ("terse", ["notes = Contact Owner + ' / ' + Lifecycle Stage"], "ctrl+z", notes_back(3, 4), [], None, None, None),
        ("unquoted", ["make phone required", "make first name required"], "undo both of those",
         [], [(r, "phone", True) for r in EMPTY_PHONE] + [(r, "first_name", True) for r in EMPTY_FIRST], None, None, None),
        ("typos", ["upper-case the company names"], "undo taht", map_cells("Company", "company", 3, 1), [], None, None, None),
        ("polite", ["don't import Notes", "skip First Name"], "Sorry, can you undo the last change?",
         notes_null(2, 5) + map_cells("First Name", "first_name", 2, 4), [], None, None, None),
]):
    add(OP, style, text, setup=setup, cells=cells, valid=valid, kept=kept, dropped=dropped, row_count=rc)

# ---------------------------------------------------------------- several changes in one message
OP = "multi"
UPPER_LAST = case_cells("Last Name", "last_name", upper, 2, 0)
UPPER_LAST2 = case_cells("Last Name", "last_name", upper, 2, 3)
LOWER_FIRST = case_cells("First Name", "first_name", lower, 2, 1)
UPPER_CO = case_cells("Company", "company", upper, 2, 2)
TITLE_LAST = case_cells("Last Name", "last_name", name_case, 2, 0, title_would_damage("Last Name"))
PHONE_REQ = [(r, "phone", False) for r in EMPTY_PHONE[:2]]
FIRST_REQ = [(r, "first_name", False) for r in EMPTY_FIRST]
CO_OPT = [(ROW_NOCO, "company", True)]
EMAIL_UNIQ_OFF = [(r, "email", True) for r in EMAIL_DUP_LATER]
DATE_REQ = [(r, "created_date", False) for r in EMPTY_DATE]


def chat_web():
    return [(r, "lead_source", "Web") for r in CHAT]


def li_ref():
    return [(r, "lead_source", "Referral") for r in LINKEDIN]


MULTI = [
    # (style, setup, text, cells, valid, dropped(None|list), exact)
    ("several", [], "don't import Notes; upper-case the last names", notes_null(2, 0) + UPPER_LAST, [], None, True),
    ("several", [], "make phone required, and make company optional", [], PHONE_REQ + CO_OPT, None, True),
    ("list", [], "1. drop record 1000907\n2. map Contact Owner to notes\n3. title case the last names",
     owner_notes(2, 1) + TITLE_LAST, [], [ROW_X], True),
    ("list", [], "- skip Phone\n- first names must be unique\n- Chat is Web",
     [(r, "phone", None) for r in spread([r for r in ALL if r not in EMPTY_PHONE], 2, 0)] + chat_web(),
     unique_checks(FIRST_U, "first_name", 0, 2, 1), None, True),
    ("several", [], "upper-case last names. also, don't import first names", UPPER_LAST + null_cells("first_name", 2, 0, "First Name"), [], None, True),
    ("several", [], "Chat -> Web, LinkedIn -> Referral", chat_web() + li_ref(), [], None, True),
    ("several", [], "map Webinar, Chat and PPC to Web", [(r, "lead_source", "Web") for r in WEBINAR + CHAT + PPC], [], None, True),
    ("several", [], "make email optional and phone required", [], [(r, "email", True) for r in EMAIL_OPTIONAL_OK[:2]] + PHONE_REQ, None, True),
    ("list", [], "1) lower-case the first names 2) upper-case the last names", LOWER_FIRST + UPPER_LAST2, [], None, True),
    ("polite", [], "Please: trim first names, make company optional, and drop the Chat rows. Thanks!",
     trimmed_cells("First Name", "first_name", 2, 1, 0), CO_OPT, CHAT, True),
    ("several", [], "skip Notes, skip Record ID", notes_null(2, 1) + null_cells("external_id", 2, 1), [], None, True),
    ("several", ["dates are month-first"], "dates are day-first; phones are British",
     date_checks("dmy", 3)[0] + phone_checks("GB", 3)[0], [], None, True),
    ("several", [], "drop records 1000050 and 1000057; also make phone required", [], PHONE_REQ, ["1000050", "1000057"], True),
    ("several", [], "Lifecycle Stage -> notes; company optional; last names in caps", stage_notes(2, 3) + UPPER_LAST, CO_OPT, None, True),
    ("list", [], "\u2022 first_name unique\n\u2022 last_name unique", [], unique_checks(FIRST_U, "first_name", 1, 2, 1) + unique_checks(LAST_U, "last_name", 1, 2, 1), None, True),
    ("polite", [], "Could you map Contact Owner to notes, and also make first name required?", owner_notes(2, 4), FIRST_REQ, None, True),
    ("several", [], "map Chat to Web and drop the LinkedIn rows", chat_web(), [], LINKEDIN, True),
    ("several", [], "don't import phone or company domain",
     [(r, "phone", None) for r in PLUS_PHONE[:2]] + [(r, "company_domain", None) for r in CLEAN_DOMAIN_OK[:2]],
     [(r, "phone", True) for r in PLUS_PHONE[:2]] + [(r, "company_domain", True) for r in CLEAN_DOMAIN_OK[:2]], None, True),
    ("several", [], "make first name, phone and created date required", [], FIRST_REQ + PHONE_REQ + DATE_REQ, None, True),
    ("list", ["dates are month-first"], "1. phones are German\n2. dates are UK format\n3. don't import Notes",
     phone_checks("DE", 5)[0] + date_checks("dmy", 5)[0] + notes_null(2, 2), [], None, True),
    ("several", [], "Company optional. Email not unique. Phone required.", [], CO_OPT + EMAIL_UNIQ_OFF + PHONE_REQ, None, True),
    ("several", [], "Lower-case the first names; and upper-case the company", LOWER_FIRST + UPPER_CO, [], None, True),
    ("list", [], "first, skip Notes; second, make phone required; third, drop record 1001462", notes_null(2, 3), PHONE_REQ, ["1001462"], True),
    ("several", [], "when Company is blank use Company Domain, and default notes to 'n/a'",
     CO_FILL_CELLS + [(r, "notes", "n/a") for r in spread(EMPTY_NOTES, 2, 0)] + notes_back(1, 0), [], None, True),
    ("several", [], "drop the Chat rows, and also drop everything owned by Dev Ops", [], [],
     sorted(set(CHAT + src_eq("Contact Owner", "Dev Ops"))), True),
    ("list", [], "Changes:\n* Webinar = Web\n* Partner = Outbound\n* anything else = Other",
     [(r, "lead_source", "Web") for r in WEBINAR] + [(r, "lead_source", "Outbound") for r in PARTNER],
     [(r, "lead_source", True) for r in spread(NONEMPTY_LS, 4, 2)], None, True),
    ("chatty", [], "ok so the phones are Indian, also the notes aren't needed, and company is optional",
     phone_checks("IN", 7)[0] + notes_null(2, 4), CO_OPT, None, True),
    ("list", [], "Three things:\n1. phone numbers are British\n2. Notes is not needed\n3. Chat -> Web",
     phone_checks("GB", 9)[0] + notes_null(2, 8) + chat_web(), [], None, True),
    ("list", [], "- company optional\n- email optional\n- phone required",
     [], CO_OPT + [(r, "email", True) for r in EMAIL_OPTIONAL_OK[2:4]] + PHONE_REQ, None, True),
    ("several", [], "upper-case the company. Also lower-case the first names. Also drop record 1000907.",
     [c for c in UPPER_CO if c[0] != ROW_X] + LOWER_FIRST, [], [ROW_X], True),  # no cell check on the dropped row
    ("list", [], "1. map Lifecycle Stage to notes\n2. make phone required\n3. upper-case the last names",
     stage_notes(2, 5) + UPPER_LAST, PHONE_REQ, None, True),
]
for style, setup, text, cells, valid, dropped, exact in MULTI:
    if dropped is not None:
        dropped_n = norm_rows(dropped)
        kept = spread([r for r in ALL if r not in dropped_n], 3, len(CASES))
        add(OP, style, text, setup=setup, cells=cells, valid=valid, kept=kept, dropped=dropped_n,
            row_count=(N - len(set(dropped_n))) if exact else None)
    else:
        add(OP, style, text, setup=setup, cells=cells, valid=valid)

# ---------------------------------------------------------------- negation
OP = "negation"
add(OP, "unquoted", "Notes is not needed", cells=notes_null(3, 6))
add(OP, "chatty", "we don't need the Company Domain", cells=null_cells("company_domain", 2, 3, "Company Domain"),
    valid=[(r, "company_domain", True) for r in EMPTY_DOMAIN])
add(OP, "unquoted", "do not mark rows without a company as invalid", valid=CO_OPT)
add(OP, "unquoted", "do not mark empty phones invalid", setup=["phone is required"], valid=[(r, "phone", True) for r in EMPTY_PHONE])
add(OP, "terse", "last name isn't required", setup=["don't import Last Name"], valid=[(r, "last_name", True) for r in spread(ALL, 3, 4)])
add(OP, "terse", "don't flag duplicate emails", valid=EMAIL_UNIQ_OFF)
add(OP, "unquoted", "first names are not needed", cells=null_cells("first_name", 3, 2, "First Name"))
add(OP, "chatty", "don't treat Webinar as Event, it's Web", cells=[(r, "lead_source", "Web") for r in WEBINAR])
add(OP, "terse", "do not import Record ID", cells=null_cells("external_id", 3, 3))
add(OP, "chatty", "I don't want blank companies to fail validation", valid=CO_OPT)
drop_case(OP, "chatty", "don't drop the Chat rows after all", [], setup=["drop rows where Lead Source is Chat"], kept=CHAT)
add(OP, "unquoted", "the created date is not mandatory anymore", setup=["created date is required"], valid=[(r, "created_date", True) for r in EMPTY_DATE])

# ---------------------------------------------------------------- already holds (understood, nothing to change)
OP = "already_holds"
add(OP, "terse", "phone must be required", setup=["make phone required"], outcome="no_change", valid=PHONE_REQ)
add(OP, "unquoted", "remove record 1000907", setup=["drop record 1000907"], outcome="no_change", dropped=[ROW_X], row_count=59)
add(OP, "terse", "skip Notes", setup=["don't import Notes"], outcome="no_change", cells=notes_null(2, 7))
add(OP, "unquoted", "last names in upper case", setup=["upper-case the last names"], outcome="no_change", cells=UPPER_LAST)
add(OP, "terse", "Chat is Web", setup=["map Chat to Web"], outcome="no_change", cells=chat_web())
add(OP, "chatty", "company doesn't need to be filled, right, make it optional", setup=["company is optional"], outcome="no_change", valid=CO_OPT)
add(OP, "unquoted", "dates are day first, like I said", setup=["dates are month-first", "dates are day-first"], outcome="no_change",
    cells=date_checks("dmy", 8)[0])

# ---------------------------------------------------------------- ask: ambiguous or unplaceable
OP = "ask"
for style, text in [
        ("terse", "map it to the other one"),
        ("terse", "make it unique"),
        ("unquoted", "map Name to first_name"),
        ("terse", "fix the dates"),
        ("unquoted", "merge the address columns"),
        ("terse", "drop row 75"),
        ("terse", "remove record 9999999"),
        ("terse", "put the domain in"),
        ("terse", "split the name"),
        ("unquoted", "combine the names"),
        ("terse", "swap them"),
        ("chatty", "the dates are in the usual format"),
        ("terse", "phones are local"),
        ("terse", "treat them as UK"),
        ("unquoted", "make the first one required"),
        ("terse", "fill the blanks"),
        ("unquoted", "map Owner Email to email"),
        ("chatty", "use Date Added for the created date, it is in UK format"),
        ("chatty", "drop the rows where it is wrong"),
        ("terse", "set the default"),
        ("unquoted", "import the Country column as well"),
        ("unquoted", "map Website to lead source"),
        ("terse", "change Chat"),
        ("chatty", "exclude the test records, you know the ones"),
        ("terse", "make phone"),
        ("chatty", "can you do the thing with the notes like last time"),
        ("unquoted", "use the Region column for phones"),
        ("unquoted", "Chat should be Sales"),
        ("chatty", "map Contact Owner to owner_email"),
        ("terse", "undo the country change"),
        ("terse", "drop the ones from that company"),
        ("terse", "make it required too"),
        ("unquoted", "put Company Domain and Company together"),
        ("chatty", "the phones are from there"),
        ("chatty", "Referral or Event for Webinar? whatever you think"),
        ("unquoted", "use the second date format"),
]:
    ASK(OP, style, text)

# ---------------------------------------------------------------- questions (clarify), answers checked by mentions
OP = "question"
CHAT_IDS = [ID(r) for r in CHAT]
DEVOPS = src_eq("Contact Owner", "Dev Ops")
QUESTIONS = [
    # which column feeds X
    ("question", [], "which column feeds email?", ["E-mail Address"]),
    ("question_no_qmark", [], "where does external_id come from", ["Record ID"]),
    ("question", [], "What source column is mapped to created_date?", ["Created Date"]),
    ("question_no_qmark", ["map Contact Owner to notes"], "what feeds notes now", ["Contact Owner"]),
    ("question", ["use Lifecycle Stage for notes"], "Which column is notes coming from?", ["Lifecycle Stage"]),
    ("question_no_qmark", [], "which column fills company_domain", ["Company Domain"]),
    ("question", [], "lead_source comes from which source column?", ["Lead Source"]),
    # columns not imported, and why
    ("question", [], "which source columns are not imported?", ["Contact Owner", "Lifecycle Stage"]),
    ("question_no_qmark", [], "what columns are we leaving out and why", ["Contact Owner", "Lifecycle Stage"]),
    ("question", ["skip Notes"], "which columns won't be imported?", ["Notes", "Contact Owner", "Lifecycle Stage"]),
    ("question", [], "is anything from the source file being ignored?", ["Contact Owner", "Lifecycle Stage"]),
    ("question_no_qmark", ["don't import Phone"], "tell me which source columns are not used", ["Phone", "Contact Owner", "Lifecycle Stage"]),
    # what a rule does
    ("question", ["when Company is blank, use Company Domain"], "what does the rule on company do?", ["Company Domain"]),
    ("question", ["map Chat to Web"], "what happens to Chat leads?", ["Web"]),
    ("question_no_qmark", ["drop rows where Lead Source is Chat"], "explain the row filter", ["Chat"]),
    ("question", [], "what does the phone rule do?", None),
    ("question_no_qmark", ["if there's no created date, use 2020-01-01"], "explain the created_date rule", ["2020-01-01"]),
    ("question", ["notes = Contact Owner + ' / ' + Lifecycle Stage"], "how is notes built?", ["Contact Owner", "Lifecycle Stage"]),
    # date order
    ("question", ["dates are day-first"], "what date order are we using?", None),
    ("question_no_qmark", [], "which date order does created_date assume", None),
    ("question", ["dates are month-first"], "is Created Date read day-first or month-first?", None),
    # how many rows lack X
    ("question", [], "how many rows have no phone number?", [len(EMPTY_PHONE)]),
    ("question_no_qmark", [], "how many contacts are missing a created date", [len(EMPTY_DATE)]),
    ("question", [], "count of rows without a company domain?", [len(EMPTY_DOMAIN)]),
    ("question", [], "How many rows lack notes?", [len(EMPTY_NOTES)]),
    ("question_no_qmark", [], "how many rows have an empty first name", [len(EMPTY_FIRST), ID(EMPTY_FIRST[0])]),
    ("question", [], "how many have no company?", [len(EMPTY_COMPANY), ID(ROW_NOCO)]),
    ("question_no_qmark", [], "how many rows have a blank E-mail Address in the source file", [len(EMPTY_EMAIL)]),
    ("question", [], "how many records don't have a phone", [len(EMPTY_PHONE)]),
    # examples of bad values
    ("question", [], "show me examples of bad company values", [ID(ROW_NOCO)]),
    ("question_no_qmark", ["first name is required"], "give me some bad first names", [ID(EMPTY_FIRST[0])]),
    ("question", ["lower-case the emails"], "which email addresses are duplicates?", [ID(EMAIL_DUP_LATER[0])]),
    ("question", [], "which rows have no created date?", [ID(r) for r in EMPTY_DATE]),
    # most common failure reason
    ("question", ["skip the Phone column", "notes are required"], "what's the most common reason rows fail?", [len(EMPTY_NOTES)]),
    ("question_no_qmark", ["don't import Phone", "notes are required"], "most common failure reason", [len(EMPTY_NOTES)]),
    # one record by id or row number
    ("question", [], "show me record 1000907", [R("1000907"), S(R("1000907"), "Last Name")]),
    ("question_no_qmark", [], "what's in row 17", [ID(17)]),
    ("question", [], "tell me about contact 1001462?", [R("1001462")]),
    ("question_no_qmark", [], "row 44, what's wrong with it", [ID(44)]),
    ("question", [], "look up id 1000985", [R("1000985")]),
    ("question", [], "is record 1001013 valid?", [R("1001013")]),
    # which rows were dropped, by which rule
    ("question", ["drop rows where Lead Source is Chat"], "which rows were dropped and by which rule?", CHAT_IDS + ["Chat"]),
    ("question_no_qmark", ["drop record 1000907"], "what got dropped", ["1000907"]),
    ("question", ["remove everything owned by Dev Ops"], "which rows are being excluded?", [len(DEVOPS), "Dev Ops"]),
    ("question", ["drop rows where the company is invalid"], "which rows were dropped?", [ID(ROW_NOCO)]),
    # what changed in the last update
    ("question", ["map Contact Owner to notes"], "what changed in the last update?", ["Contact Owner"]),
    ("question_no_qmark", ["drop record 1000050"], "what did the last change do", ["1000050"]),
    ("question", ["phone is required", "drop record 1001462"], "what changed last time?", ["1001462"]),
    # yes/no questions that look like instructions
    ("question", [], "is phone required?", None),
    ("question", [], "does email have to be unique?", None),
    ("question_no_qmark", [], "are we importing Contact Owner", ["Contact Owner"]),
]
for style, setup, text, mentions in QUESTIONS:
    Q(OP, style, text, mentions=mentions, setup=setup)

# the same kind of questions sent as an update run: answered, nothing changes
OP = "question_as_update"
for style, setup, text, mentions in [
    ("question", [], "which column feeds email?", ["E-mail Address"]),
    ("question_no_qmark", [], "which source columns are not imported", ["Contact Owner", "Lifecycle Stage"]),
    ("question", [], "how many rows have no phone?", [len(EMPTY_PHONE)]),
    ("question_no_qmark", [], "show me record 1000907", [R("1000907")]),
    ("question", ["drop rows where Lead Source is Chat"], "which rows were dropped?", CHAT_IDS),
    ("question", [], "what does the phone rule do?", None),
    ("question_no_qmark", ["map Contact Owner to notes"], "what changed in the last update", ["Contact Owner"]),
    ("question", [], "is company required?", None),
    ("question_no_qmark", [], "how many contacts are missing a created date", [len(EMPTY_DATE)]),
    ("question", [], "what date order is Created Date using?", None),
    ("question", [], "examples of bad company values?", [ID(ROW_NOCO)]),
    ("question_no_qmark", [], "what's in row 17", [ID(17)]),
    ("question", ["first name is required"], "which first names fail?", [ID(EMPTY_FIRST[0])]),
]:
    Q(OP, style, text, mentions=mentions, setup=setup, kind="update")


# ============================================================================= output
def main():
    ids = set()
    for c in CASES:
        assert c["id"] not in ids
        ids.add(c["id"])
        e = c["expect"]
        for x in e.get("cells", []) + e.get("valid", []):
            assert 1 <= x["row"] <= N and x["column"] in TCOLS
        if c["kind"] == "update" and e["outcome"] == "change":
            assert any(k in e for k in ("cells", "valid", "kept_rows", "dropped_rows", "row_count")), c
    # The second corpus (written separately, by build_heldout.py) follows, unchanged.
    with open(os.path.join(HERE, "heldout.jsonl"), encoding="utf-8") as fh:
        heldout = [json.loads(line) for line in fh if line.strip()]
    assert not ids & {c["id"] for c in heldout}
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for c in CASES + heldout:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    if "-q" not in sys.argv:
        print("%d cases -> %s" % (len(CASES), OUT))
        by_outcome = Counter(c["expect"]["outcome"] for c in CASES)
        print("outcomes:", dict(by_outcome))
        print("kinds:", dict(Counter(c["kind"] for c in CASES)))
        print("operations:", dict(COUNT))
        print("styles:", dict(Counter(c["style"] for c in CASES)))


if __name__ == "__main__":
    main()
