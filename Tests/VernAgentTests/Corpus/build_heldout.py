#!/usr/bin/env python3
"""Deterministic builder for the second, held-out agent corpus (heldout.jsonl, folded into
utterances.jsonl by build_corpus.py). Every expected value is computed
from demo-contacts.csv. Run: python3 build_heldout.py  -> heldout.jsonl"""
import csv, io, json, os, re
import phonenumbers
from dateutil import parser as dparser

HERE = os.path.dirname(os.path.abspath(__file__))
CSV = os.path.join(HERE, "demo-contacts.csv")
raw = open(CSV, encoding="utf-8-sig", newline="").read()
rows = list(csv.DictReader(io.StringIO(raw)))
assert len(rows) == 60
R = {i + 1: r for i, r in enumerate(rows)}          # source row number -> dict
ID = {r["Record ID"]: i for i, r in R.items()}

def trim(x): return x.strip(" \t")
def rows_where(col, pred): return [i for i, r in R.items() if pred(r[col])]
def e164(x, region):
    try:
        n = phonenumbers.parse(trim(x), region)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164) if phonenumbers.is_valid_number(n) else None
def iso(x, dayfirst):
    return dparser.parse(trim(x), dayfirst=dayfirst).strftime("%Y-%m-%d")

cases = []
def add(op, style, text, expect, kind="update", setup=()):
    cases.append({"id": "h%04d" % (len(cases) + 1), "kind": kind, "operation": op, "style": style,
                  "setup": list(setup), "text": text, "expect": expect})
def cell(row, col, val): return {"row": row, "column": col, "value": val}
def valid(row, col, v): return {"row": row, "column": col, "valid": v}

# ---------- map_column (source values without surrounding whitespace: exact regardless of trim)
owner = lambda i: R[i]["Contact Owner"]; stage = lambda i: R[i]["Lifecycle Stage"]
add("map_column", "chatty", "hey, could you please put Contact Owner into notes? thanks!",
    {"outcome": "change", "cells": [cell(1, "notes", owner(1)), cell(5, "notes", owner(5))]})
add("map_column", "arrow", "Lifecycle Stage -> notes",
    {"outcome": "change", "cells": [cell(1, "notes", stage(1)), cell(9, "notes", stage(9))]})
add("map_column", "typo", "map Lifecyle Stge to notes pls",
    {"outcome": "change", "cells": [cell(2, "notes", stage(2))]})
add("map_column", "equals", "notes = Contact Owner",
    {"outcome": "change", "cells": [cell(3, "notes", owner(3))]})
add("map_column", "instead", "use Record ID for notes instead",
    {"outcome": "change", "cells": [cell(1, "notes", R[1]["Record ID"]), cell(60, "notes", R[60]["Record ID"])]})
add("map_column", "reason", "Contact Owner should go to notes since sales wants to see who owns each lead",
    {"outcome": "change", "cells": [cell(10, "notes", owner(10))]})
add("map_column", "quoted", "map \"Lifecycle Stage\" to \"notes\"",
    {"outcome": "change", "cells": [cell(4, "notes", stage(4))]})
add("map_column", "typo", "pls import contact ownr as notes too",
    {"outcome": "change", "cells": [cell(6, "notes", owner(6))]})
add("map_column", "setup", "ok bring Notes back into notes",
    {"outcome": "change", "cells": [cell(8, "notes", R[8]["Notes"])]}, setup=["don't import Notes"])
add("map_column", "terse", "Record ID → notes",
    {"outcome": "change", "cells": [cell(2, "notes", R[2]["Record ID"])]})

# ---------- skip_column
add("skip_column", "terse", "skip Notes", {"outcome": "change", "cells": [cell(2, "notes", None), cell(8, "notes", None)]})
add("skip_column", "chatty", "we don't really need the notes in the CRM, can you leave that column out",
    {"outcome": "change", "cells": [cell(7, "notes", None)]})
add("skip_column", "polite", "please don't import Company Domain, thanks",
    {"outcome": "change", "cells": [cell(1, "company_domain", None), cell(3, "company_domain", None)]})
add("skip_column", "verb", "drop the Phone column entirely",
    {"outcome": "change", "cells": [cell(3, "phone", None), cell(4, "phone", None)]})
add("skip_column", "verb", "ignore Created Date",
    {"outcome": "change", "cells": [cell(1, "created_date", None)]})
add("skip_column", "typo", "dont import the Lead Sorce column",
    {"outcome": "change", "cells": [cell(1, "lead_source", None), cell(4, "lead_source", None)]})

# ---------- trim (setup removes trimming first)
fn = lambda i: trim(R[i]["First Name"])
ws_fn = rows_where("First Name", lambda v: v != trim(v) and trim(v))
ws_ln = rows_where("Last Name", lambda v: v != trim(v) and trim(v))
ws_co = rows_where("Company", lambda v: v != trim(v) and trim(v))
add("trim", "terse", "trim First Name",
    {"outcome": "change", "cells": [cell(i, "first_name", fn(i)) for i in ws_fn[:2]]},
    setup=["don't trim first_name"])
add("trim", "chatty", "there are stray spaces around some first names, strip them please",
    {"outcome": "change", "cells": [cell(i, "first_name", fn(i)) for i in ws_fn[2:5]]},
    setup=["stop trimming First Name"])
add("trim", "verb", "remove leading and trailing whitespace from the last names",
    {"outcome": "change", "cells": [cell(i, "last_name", trim(R[i]["Last Name"])) for i in ws_ln]},
    setup=["do not trim last_name"])
add("trim", "verb", "clean up the spaces in company",
    {"outcome": "change", "cells": [cell(i, "company", trim(R[i]["Company"])) for i in ws_co[:3]]},
    setup=["don't trim Company"])
add("trim", "typo", "trimm notes",
    {"outcome": "change", "cells": [cell(8, "notes", trim(R[8]["Notes"]))]}, setup=["map Contact Owner to notes", "map Notes to notes"])

# ---------- case
add("case", "terse", "uppercase last_name",
    {"outcome": "change", "cells": [cell(1, "last_name", "NAKAMURA"), cell(20, "last_name", "DE LA CRUZ")]})
add("case", "chatty", "can we get the last names in all caps? the old system did that and people are used to it",
    {"outcome": "change", "cells": [cell(2, "last_name", R[2]["Last Name"].upper())]})
add("case", "verb", "lowercase the company names",
    {"outcome": "change", "cells": [cell(4, "company", R[4]["Company"].lower())]})
add("case", "verb", "make first names upper case",
    {"outcome": "change", "cells": [cell(1, "first_name", "SARAH"), cell(24, "first_name", "MARY ANN")]})
add("case", "typo", "lower case the lastname",
    {"outcome": "change", "cells": [cell(1, "last_name", "nakamura")]})
add("case", "setup", "put company back to how it was written, no upper casing",
    {"outcome": "change", "cells": [cell(4, "company", R[4]["Company"])]}, setup=["uppercase company"])

# ---------- phone_region: rows whose national number differs by region
def region_case(style, text, reg, setup=()):
    picks = []
    for i, r in R.items():
        p = trim(r["Phone"])
        if not p or p.startswith("+") or p.startswith("00"): continue
        v = e164(p, reg)
        if v and v != e164(p, "US"): picks.append(cell(i, "phone", v))
        if len(picks) == 2: break
    assert picks, reg
    add("phone_region", style, text, {"outcome": "change", "cells": picks}, setup=setup)
region_case("name", "phone numbers without a country code are in India", "IN")
region_case("adjective", "the phones are Indian numbers", "IN")
region_case("iso", "phone region IN", "IN")
region_case("calling_code", "numbers without a prefix are +91", "IN")
region_case("name", "treat local phone numbers as Germany please", "DE")
region_case("adjective", "they're all German phone numbers unless they say otherwise", "DE")
region_case("calling_code", "assume +49 for phones", "DE")
region_case("name", "phones are from the United Kingdom", "GB")
region_case("adjective", "default phone region: British", "GB")
region_case("iso", "set the phone default country to JP", "JP")

# ---------- date_order
df = lambda i, d: iso(R[i]["Created Date"], d)
add("date_order", "terse", "dates are day first",
    {"outcome": "change", "cells": [cell(2, "created_date", df(2, True)), cell(7, "created_date", df(7, True))]})
add("date_order", "chatty", "the Created Date is in UK format, so 12/09/2019 is the 12th of September",
    {"outcome": "change", "cells": [cell(2, "created_date", df(2, True))]})
add("date_order", "iso_hint", "created date is dd/mm/yyyy",
    {"outcome": "change", "cells": [cell(7, "created_date", df(7, True))]})
add("date_order", "setup", "no wait, they're American dates, month first",
    {"outcome": "change", "cells": [cell(2, "created_date", df(2, False)), cell(7, "created_date", df(7, False))]},
    setup=["dates are day first"])
add("date_order", "typo", "dats are european order",
    {"outcome": "change", "cells": [cell(2, "created_date", df(2, True))]})
add("date_order", "setup", "US date order",
    {"outcome": "change", "cells": [cell(7, "created_date", df(7, False))]}, setup=["Created Date is DD/MM/YYYY"])

# ---------- picklist
chat = rows_where("Lead Source", lambda v: trim(v) == "Chat")
li = rows_where("Lead Source", lambda v: trim(v) == "LinkedIn")
blank_ls = rows_where("Lead Source", lambda v: trim(v) == "")
add("picklist", "terse", "Chat -> Web", {"outcome": "change", "cells": [cell(i, "lead_source", "Web") for i in chat[:2]]})
add("picklist", "verb", "LinkedIn counts as Referral", {"outcome": "change", "cells": [cell(i, "lead_source", "Referral") for i in li]})
add("picklist", "chatty", "chat leads came in through the website widget so call them Web",
    {"outcome": "change", "cells": [cell(chat[0], "lead_source", "Web")]})
add("picklist", "equals", "lead source LinkedIn = Advertising", {"outcome": "change", "cells": [cell(li[0], "lead_source", "Advertising")]})
add("picklist", "quoted", "map the lead source 'Chat' to 'Email'", {"outcome": "change", "cells": [cell(chat[-1], "lead_source", "Email")]})
add("picklist", "setup", "Chat should be Other after all",
    {"outcome": "change", "cells": [cell(chat[0], "lead_source", "Other")]}, setup=["Chat is Web"])
add("picklist", "fallback", "anything in lead source we don't recognise should become Other",
    {"outcome": "change", "cells": [cell(chat[0], "lead_source", "Other"), cell(li[0], "lead_source", "Other")]},
    setup=["anything unknown in lead source becomes Email"])
add("picklist", "fallback", "fall back to Other for unknown lead sources",
    {"outcome": "change", "cells": [cell(li[-1], "lead_source", "Other")]}, setup=["lead source: anything else goes to Email"])
add("picklist", "typo", "Paid Serch and PPC both go under Advertising",
    {"outcome": "change", "cells": [cell(rows_where("Lead Source", lambda v: v == "PPC")[0], "lead_source", "Advertising")]},
    setup=["PPC -> Other"])
add("picklist", "colval", "website should be Web, not Other",
    {"outcome": "change", "cells": [cell(i, "lead_source", "Web") for i in rows_where("Lead Source", lambda v: trim(v).lower() == "website")[:2]]},
    setup=["map Website to Other"])

# ---------- required / optional
fn_blank = rows_where("First Name", lambda v: trim(v) == "")
co_blank = rows_where("Company", lambda v: trim(v) == "")
ph_blank = rows_where("Phone", lambda v: trim(v) == "")
add("required", "terse", "first_name required", {"outcome": "change", "valid": [valid(i, "first_name", False) for i in fn_blank]})
add("required", "chatty", "every contact has to have a phone number, our dialer needs it",
    {"outcome": "change", "valid": [valid(i, "phone", False) for i in ph_blank[:3]]})
add("required", "verb", "make Phone mandatory", {"outcome": "change", "valid": [valid(ph_blank[0], "phone", False)]})
add("required", "setup", "actually company is required again",
    {"outcome": "change", "valid": [valid(i, "company", False) for i in co_blank]}, setup=["company is optional"])
add("required", "typo", "frist name must be filled in", {"outcome": "change", "valid": [valid(i, "first_name", False) for i in fn_blank]})
add("optional", "terse", "company optional", {"outcome": "change", "valid": [valid(i, "company", True) for i in co_blank]})
add("optional", "negation", "company is not needed", {"outcome": "change", "valid": [valid(i, "company", True) for i in co_blank]})
add("optional", "chatty", "some contacts are freelancers so they won't have a company, that's fine, let them through",
    {"outcome": "change", "valid": [valid(i, "company", True) for i in co_blank]})
add("optional", "setup", "phone can be empty",
    {"outcome": "change", "valid": [valid(ph_blank[0], "phone", True)]}, setup=["phone is required"])
add("optional", "verb", "don't require first_name anymore",
    {"outcome": "change", "valid": [valid(i, "first_name", True) for i in fn_blank]}, setup=["make first name required"])

# ---------- unique (later duplicates only)
def dup_rows(col, norm):
    seen, first, later = {}, [], []
    for i, r in R.items():
        k = norm(r[col])
        if not k: continue
        if k in seen: later.append(i)
        else: seen[k] = i; first.append(i)
    return first, later
lnf, lnl = dup_rows("Last Name", lambda v: v if v == trim(v) else "")
add("unique", "terse", "last_name unique", {"outcome": "change", "valid": [valid(lnl[0], "last_name", False), valid(lnf[0], "last_name", True)]})
add("unique", "chatty", "there shouldn't be two contacts with the same last name, flag the repeats",
    {"outcome": "change", "valid": [valid(lnl[1], "last_name", False)]})
add("unique", "verb", "dedupe on company", {"outcome": "change", "valid": [valid(1, "company", True)]})
emf, eml = dup_rows("E-mail Address", lambda v: trim(v).lower())
add("unique_off", "negation", "do not mark email as unique", {"outcome": "change", "valid": [valid(i, "email", True) for i in eml if R[i]["E-mail Address"] == R[i]["E-mail Address"].lower()]})
add("unique_off", "chatty", "duplicate emails are ok, some people share an inbox",
    {"outcome": "change", "valid": [valid(i, "email", True) for i in eml if R[i]["E-mail Address"] == R[i]["E-mail Address"].lower()]})
add("unique_off", "setup", "last name doesn't need to be unique",
    {"outcome": "change", "valid": [valid(lnl[0], "last_name", True)]}, setup=["last_name must be unique"])

# ---------- conditional fill
add("cond_fill", "terse", "when First Name is empty use Last Name",
    {"outcome": "change", "cells": [cell(i, "first_name", trim(R[i]["Last Name"])) for i in fn_blank] + [cell(1, "first_name", "Sarah")]})
notes_blank = rows_where("Notes", lambda v: trim(v) == "")
add("cond_fill", "chatty", "if there's nothing in Notes, fall back to the Contact Owner",
    {"outcome": "change", "cells": [cell(notes_blank[0], "notes", owner(notes_blank[0])), cell(8, "notes", R[8]["Notes"])]})
add("cond_fill", "verb", "fill blank notes from Lifecycle Stage",
    {"outcome": "change", "cells": [cell(notes_blank[1], "notes", stage(notes_blank[1]))]})
add("cond_fill", "typo", "where compnay is blank take Contact Owner",
    {"outcome": "change", "cells": [cell(i, "company", owner(i)) for i in co_blank]})
add("cond_fill", "chatty", "for contacts with no first name, just copy the last name in there so the salutation isn't empty",
    {"outcome": "change", "cells": [cell(i, "first_name", trim(R[i]["Last Name"])) for i in fn_blank]})
add("cond_fill", "equals", "notes empty -> Record ID",
    {"outcome": "change", "cells": [cell(notes_blank[2], "notes", R[notes_blank[2]]["Record ID"])]})

# ---------- default for empty
add("default", "terse", "default lead source Other", {"outcome": "change", "cells": [cell(i, "lead_source", "Other") for i in blank_ls[:3]]})
add("default", "chatty", "when the lead source is missing please just put Web, most of those came from the site",
    {"outcome": "change", "cells": [cell(blank_ls[0], "lead_source", "Web")]})
add("default", "quoted", "empty notes should say \"n/a\"", {"outcome": "change", "cells": [cell(notes_blank[0], "notes", "n/a")]})
add("default", "verb", "if company is blank put Unknown", {"outcome": "change", "cells": [cell(i, "company", "Unknown") for i in co_blank], "valid": [valid(i, "company", True) for i in co_blank]})
add("default", "typo", "defualt first name: Customer", {"outcome": "change", "cells": [cell(i, "first_name", "Customer") for i in fn_blank]})

# ---------- drop by source value
def drop_case(style, text, col, pred, setup=()):
    d = rows_where(col, pred); k = [i for i in R if i not in d][:3]
    add("drop_value", style, text, {"outcome": "change", "dropped_rows": d, "kept_rows": k}, setup=setup)
drop_case("terse", "drop Chat leads", "Lead Source", lambda v: trim(v) == "Chat")
drop_case("chatty", "Dev Ops isn't a real owner, those are test records, remove every row owned by Dev Ops", "Contact Owner", lambda v: v == "Dev Ops")
drop_case("verb", "get rid of rows where Lifecycle Stage is subscriber", "Lifecycle Stage", lambda v: v == "subscriber")
drop_case("colval", "exclude the rows whose lead source is LinkedIn", "Lead Source", lambda v: trim(v) == "LinkedIn")
drop_case("verb", "skip rows with no E-mail Address", "E-mail Address", lambda v: trim(v) == "")

# ---------- drop by validity
clean_email = [i for i in R if re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}", R[i]["E-mail Address"]) and i in emf]
add("drop_valid", "terse", "drop rows where the email is invalid", {"outcome": "change", "kept_rows": clean_email[:4]})
add("drop_valid", "chatty", "anything with a broken email address shouldn't be loaded at all, just leave those rows out",
    {"outcome": "change", "kept_rows": clean_email[4:8]})
add("drop_valid", "verb", "remove rows with a bad phone", {"outcome": "change", "kept_rows": ph_blank})
add("drop_valid", "verb", "exclude rows whose created date doesn't parse",
    {"outcome": "change", "kept_rows": rows_where("Created Date", lambda v: re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", trim(v)) is not None)[:3]})

# ---------- drop by record id
def rid_case(style, text, ids):
    d = [ID[x] for x in ids]
    add("drop_id", style, text, {"outcome": "change", "dropped_rows": d, "kept_rows": [i for i in (1, 2, 60) if i not in d]})
rid_case("terse", "remove 1000907", ["1000907"])
rid_case("chatty", "record 1000985 is a test entry someone made, please don't migrate it", ["1000985"])
rid_case("list", "drop records 1000036, 1000504 and 1001462".replace("1000504", "1000505"), ["1000036", "1000505", "1001462"])
rid_case("verb", "exclude Record ID 1001013", ["1001013"])
rid_case("typo", "delet record 1000320", ["1000320"])

# ---------- combine / append
fl = lambda i: trim(R[i]["First Name"]) + " " + trim(R[i]["Last Name"])
add("combine", "verb", "combine First Name and Last Name into notes with a space",
    {"outcome": "change", "cells": [cell(1, "notes", fl(1)), cell(2, "notes", fl(2))]})
add("combine", "arrow", "Contact Owner + \" / \" + Lifecycle Stage -> notes",
    {"outcome": "change", "cells": [cell(1, "notes", owner(1) + " / " + stage(1))]})
add("append", "verb", "append Contact Owner to notes separated by \" | \"",
    {"outcome": "change", "cells": [cell(8, "notes", R[8]["Notes"] + " | " + owner(8))]})
add("append", "chatty", "could you tack the lifecycle stage onto the end of the notes, with a semicolon and space between",
    {"outcome": "change", "cells": [cell(8, "notes", R[8]["Notes"] + "; " + stage(8))]})
add("combine", "terse", "notes = Record ID-Contact Owner",
    {"outcome": "change", "cells": [cell(1, "notes", R[1]["Record ID"] + "-" + owner(1))]})
add("append", "typo", "apend Lifecycle Stage to notes with a comma",
    {"outcome": "change", "cells": [cell(8, "notes", R[8]["Notes"] + ", " + stage(8))]})

# ---------- split
comp = lambda i: R[i]["Company"]
add("split", "first_word", "put the first word of Company into notes",
    {"outcome": "change", "cells": [cell(1, "notes", comp(1).split(" ")[0])]})
add("split", "rest", "first_name should be the first word of First Name",
    {"outcome": "change", "cells": [cell(24, "first_name", "Mary"), cell(1, "first_name", "Sarah")]})
add("split", "rest", "notes gets Last Name minus its first word",
    {"outcome": "change", "cells": [cell(20, "notes", "la Cruz")]})
add("split", "last_space", "split Last Name on the last space, the part after it goes to notes",
    {"outcome": "change", "cells": [cell(20, "notes", R[20]["Last Name"].rsplit(" ", 1)[1])]})
add("split", "last_space", "last_name = everything before the last space in Company",
    {"outcome": "change", "cells": [cell(1, "last_name", comp(1).rsplit(" ", 1)[0])]})

# ---------- undo
add("undo", "terse", "undo", {"outcome": "change", "cells": [cell(8, "notes", R[8]["Notes"])]}, setup=["don't import Notes"])
add("undo", "informal", "scratch that", {"outcome": "change", "cells": [cell(1, "last_name", "Nakamura")]}, setup=["uppercase last_name"])
add("undo", "informal", "oops, go back", {"outcome": "change", "kept_rows": chat}, setup=["drop rows where Lead Source is Chat"])
add("undo", "count", "undo the last two changes",
    {"outcome": "change", "cells": [cell(8, "notes", R[8]["Notes"]), cell(1, "last_name", "Nakamura")]},
    setup=["uppercase last_name", "don't import Notes"])
add("undo", "informal", "revert that last one please",
    {"outcome": "change", "cells": [cell(1, "last_name", "Nakamura"), cell(8, "notes", None)]},
    setup=["don't import Notes", "uppercase last_name"])
add("undo", "informal", "nope, put it back the way it was", {"outcome": "change", "kept_rows": [ID["1000907"]]}, setup=["remove record 1000907"])

# ---------- multi
add("multi", "semicolon", "skip Notes; make first names upper case",
    {"outcome": "change", "cells": [cell(2, "notes", None), cell(1, "first_name", "SARAH")]})
add("multi", "numbered", "1. Chat -> Web\n2. LinkedIn -> Referral\n3. drop record 1000907",
    {"outcome": "change", "cells": [cell(chat[0], "lead_source", "Web"), cell(li[0], "lead_source", "Referral")], "dropped_rows": [ID["1000907"]]})
add("multi", "also", "uppercase last_name. also company is optional",
    {"outcome": "change", "cells": [cell(1, "last_name", "NAKAMURA")], "valid": [valid(i, "company", True) for i in co_blank]})
add("multi", "and", "map Contact Owner to notes and make first_name required",
    {"outcome": "change", "cells": [cell(1, "notes", owner(1))], "valid": [valid(i, "first_name", False) for i in fn_blank]})
add("multi", "bulleted", "- dates are day first\n- default lead source Other\n- remove 1000985",
    {"outcome": "change", "cells": [cell(2, "created_date", df(2, True)), cell(blank_ls[0], "lead_source", "Other")], "dropped_rows": [ID["1000985"]]})
add("multi", "chatty", "ok a few things: phones without a country code are German, email doesn't need to be unique, and please drop the Dev Ops rows",
    {"outcome": "change", "valid": [valid(i, "email", True) for i in eml if R[i]["E-mail Address"] == R[i]["E-mail Address"].lower()],
     "dropped_rows": rows_where("Contact Owner", lambda v: v == "Dev Ops")})
add("multi", "list_values", "Chat, LinkedIn and Newsletter should all be Email",
    {"outcome": "change", "cells": [cell(chat[0], "lead_source", "Email"), cell(li[0], "lead_source", "Email")]})
add("multi", "comma_and", "lowercase company, and don't import Created Date",
    {"outcome": "change", "cells": [cell(4, "company", R[4]["Company"].lower()), cell(1, "created_date", None)]})

# ---------- ask (ambiguous; nothing may change)
for style, t in [("short_word", "no"), ("short_word", "is it"), ("pronoun", "map it to phone"),
                 ("vague", "fix the dates"), ("pronoun", "make it required"), ("pronoun", "drop them"),
                 ("short_word", "set the phone region to no"), ("vague", "use the other one"),
                 ("ambiguous_col", "map Name to notes"), ("vague", "swap them"),
                 ("short_word", "it is ok i guess"), ("unknown_col", "map Country to phone region")]:
    add("ask", style, t, {"outcome": "ask"})

# ---------- clarify
def q(style, text, mentions, setup=()):
    add("clarify", style, text, {"outcome": "no_change", "answer_mentions": mentions}, kind="clarify", setup=setup)
em_blank = rows_where("E-mail Address", lambda v: trim(v) == "")
q("feeds", "which column feeds email?", ["E-mail Address"])
q("feeds", "where does created_date come from", ["Created Date"])
q("not_imported", "what columns aren't we importing", ["Contact Owner", "Lifecycle Stage"])
q("rule", "what does the phone rule do", ["Phone"])
q("date_order", "what date order are you assuming for Created Date", [])
q("lacks", "how many rows have no email", [str(len(em_blank))] + [str(i) for i in em_blank] + [R[i]["Record ID"] for i in em_blank])
q("lacks", "how many contacts are missing a phone number?", [str(len(ph_blank))] + [str(i) for i in ph_blank])
q("lacks", "rows without a company", [str(len(co_blank))] + [str(i) for i in co_blank] + [R[i]["Record ID"] for i in co_blank])
q("bad_values", "show me some bad dates", [])
q("common_failure", "what's the most common reason rows fail", [])
q("record", "what about record 1000907?", [str(ID["1000907"]), "1000907"])
q("record", "tell me about 1001013", [str(ID["1001013"]), "1001013"])
q("dropped", "which rows got dropped?", [str(i) for i in chat] + [R[i]["Record ID"] for i in chat], setup=["drop Chat leads"])
q("dropped", "what did that rule drop", [str(ID["1000985"]), "1000985"], setup=["remove 1000985"])
q("last_change", "what did you just change", ["notes"], setup=["don't import Notes"])
q("lacks", "how many rows have no lead source", [str(len(blank_ls))] + [str(i) for i in blank_ls])
q("lacks", "no first name, how many", [str(len(fn_blank))] + [str(i) for i in fn_blank] + [R[i]["Record ID"] for i in fn_blank])
# question sent as an update run: answered, nothing changes
add("clarify", "as_update", "how many rows have no email?", {"outcome": "no_change", "answer_mentions": [str(len(em_blank))]})

CUT = ["map Lifecyle Stge to notes pls", "notes = Contact Owner", "Record ID → notes", "use Record ID for notes instead",
       "trimm notes", "ignore Created Date", "dont import the Lead Sorce column", "lower case the lastname",
       "lowercase the company names", "phones are from the United Kingdom", "assume +49 for phones",
       "lead source LinkedIn = Advertising", "map the lead source 'Chat' to 'Email'",
       "lowercase company, and don't import Created Date", "created date is dd/mm/yyyy",
       "notes empty -> Record ID", "oops, go back", "make Phone mandatory", "company is not needed",
       "defualt first name: Customer", "exclude the rows whose lead source is LinkedIn", "exclude Record ID 1001013",
       "notes = Record ID-Contact Owner", "notes gets Last Name minus its first word", "where does created_date come from",
       "show me some bad dates", "no first name, how many", "exclude rows whose created date doesn't parse",
       "duplicate emails are ok, some people share an inbox"]
cases = [c for c in cases if c["text"] not in CUT]
assert len(cases) == 120, len(cases)
for n, c in enumerate(cases): c["id"] = "h%04d" % (n + 1)

with open(os.path.join(HERE, "heldout.jsonl"), "w", encoding="utf-8") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases))
