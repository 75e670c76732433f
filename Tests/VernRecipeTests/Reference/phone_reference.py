#!/usr/bin/env python3
"""Differential corpus for the phone transform: prints `region<TAB>input<TAB>expected` lines, where
expected is the E.164 number (with `;ext=N` when an extension was read) that the `phonenumbers`
package gives for a valid number, or an empty string when it rejects the input or finds it invalid.
Deterministic (seeded); every region libphonenumber knows contributes example numbers in several
written forms, with trunk prefixes, international prefixes, extensions, punctuation and mutations."""
import random
import sys

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from phonenumbers.phonemetadata import PhoneMetadata

rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 11)
TYPES = [PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.TOLL_FREE, PhoneNumberType.VOIP,
         PhoneNumberType.PREMIUM_RATE, PhoneNumberType.UAN, PhoneNumberType.PERSONAL_NUMBER]
REGIONS = sorted(phonenumbers.SUPPORTED_REGIONS)
EXTENSIONS = [" ext. {}", " x{}", " #{}", ";ext={}", " extension {}", " Ext {}"]


def expected(text, region):
    try:
        n = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_valid_number(n):
        return ""
    out = phonenumbers.format_number(n, PhoneNumberFormat.E164)
    if n.extension:
        out += ";ext=" + n.extension
    return out


def punctuate(digits):
    """Groups digits with a random separator."""
    sep = rng.choice([" ", "-", ".", "", " "])
    out, i = [], 0
    while i < len(digits):
        k = rng.choice([2, 3, 3, 4])
        out.append(digits[i:i + k])
        i += k
    return sep.join(out)


def mutate(digits):
    i = rng.randrange(len(digits))
    kind = rng.randrange(4)
    if kind == 0:
        return digits[:i] + digits[i + 1:]
    if kind == 1:
        return digits[:i] + str(rng.randrange(10)) + digits[i:]
    if kind == 2:
        return digits[:i] + str(rng.randrange(10)) + digits[i + 1:]
    return str(rng.randrange(10)) + digits[1:]


def forms(region, number):
    metadata = PhoneMetadata.metadata_for_region(region)
    cc = str(number.country_code)
    nsn = phonenumbers.national_significant_number(number)
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    international = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    prefix = metadata.national_prefix or ""
    idd = metadata.preferred_international_prefix or metadata.international_prefix or "00"
    if not idd.isdigit():
        idd = "00"
    yield region, national
    yield region, international
    yield region, "+" + cc + nsn
    yield region, "+" + cc + " (" + (prefix or "0") + ")" + punctuate(nsn)
    yield region, prefix + punctuate(nsn)
    yield region, cc + nsn
    yield rng.choice(REGIONS), international
    yield "GB", "00 " + cc + " " + punctuate(nsn)
    yield "US", "011 " + cc + " " + punctuate(nsn)
    yield region, idd + cc + nsn
    yield region, international + rng.choice(EXTENSIONS).format(rng.randrange(1, 99999))
    yield region, national + rng.choice(EXTENSIONS).format(rng.randrange(1, 9999))
    yield region, "(" + nsn[:3] + ") " + punctuate(nsn[3:])
    yield region, "+" + cc + " " + punctuate(mutate(nsn))
    yield region, prefix + mutate(nsn)
    yield region, punctuate(mutate(nsn))


def corpus():
    for region in REGIONS:
        for numtype in TYPES:
            number = phonenumbers.example_number_for_type(region, numtype)
            if number is not None:
                yield from forms(region, number)
    for cc in sorted(phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS):
        number = phonenumbers.example_number_for_non_geo_entity(cc)
        if number is not None:
            nsn = phonenumbers.national_significant_number(number)
            yield "US", "+" + str(cc) + " " + punctuate(nsn)
            yield "GB", "00" + str(cc) + nsn
    for _ in range(1500):
        region = rng.choice(REGIONS)
        length = rng.randrange(2, 16)
        digits = "".join(str(rng.randrange(10)) for _ in range(length))
        yield region, rng.choice(["", "+", "0", "00", "(0) "]) + punctuate(digits)


for region, text in corpus():
    print(f"{region}\t{text}\t{expected(text, region)}")
