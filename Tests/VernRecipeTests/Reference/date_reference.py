#!/usr/bin/env python3
"""Differential corpus for the date transform: prints `dayfirst<TAB>input<TAB>expected` lines, where
dayfirst is 1 or 0 and expected is the ISO date `dateutil.parser.parse(input, dayfirst=...)` gives
(empty when it rejects the input). Deterministic (seeded). Two-digit years are drawn from 00-69,
where dateutil's pivot (within 50 years of today) and the engine's (20YY) agree; `D.M.Y` is drawn
with dayfirst only, since the engine always reads it day-first; ISO `YYYY-MM-DD` is drawn with
month-first only, since dateutil's dayfirst also swaps it (the engine never does)."""
import random
import sys

from dateutil import parser

rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def expected(text, dayfirst):
    try:
        return parser.parse(text, dayfirst=dayfirst).date().isoformat()
    except (ValueError, OverflowError):
        return ""


def time_tail():
    return rng.choice(["", "", "", " 09:51", " 23:05:59", " 9:51 pm", " 10:11:12.345", "T08:30"])


def value(dayfirst):
    y = rng.randint(1950, 2069)
    m = rng.randint(1, 12)
    d = rng.randint(1, 31)  # sometimes a day the month does not have
    a, b = (d, m) if dayfirst else (m, d)
    name = MONTHS[m - 1]
    short = name[:3]
    kind = rng.randrange(12)
    if kind == 0:
        return f"{a:02d}/{b:02d}/{y}" + time_tail()
    if kind == 1:
        return f"{a}-{b}-{y}" + time_tail()
    if kind == 2:
        return f"{a:02d}-{b:02d}-{y % 100:02d}" if y >= 2000 else f"{a}/{b}/{y}"
    if kind == 3:
        return f"{a} {b} {y}"
    if kind == 4:
        return (f"{d:02d}.{m:02d}.{y}" + time_tail()) if dayfirst else f"{a}/{b}/{y % 100:02d}" if y >= 2000 else f"{a}/{b}/{y}"
    if kind == 5:
        return f"{d} {rng.choice([name, short, short.upper()])} {y}" + time_tail()
    if kind == 6:
        return f"{d:02d}-{rng.choice([short, short.upper(), name])}-{y}"
    if kind == 7:
        return f"{rng.choice([name, short])} {d}, {y}" + time_tail()
    if kind == 8:
        return f"{rng.choice([name, short])} {d} {y}"
    if kind == 9:  # ISO is never day-first here; dateutil applies dayfirst to it (YYYY-DD-MM)
        if dayfirst:
            return f"{d} {name} {y}"
        return f"{y}-{m:02d}-{d:02d}" + rng.choice(["", "T10:11:12Z", " 10:11", "T10:11:12.000+0000"])
    if kind == 10:
        return f"{a}/{b}/{y % 100:02d}" if y >= 2000 else f"{a}/{b}/{y}"
    return f"{d} Sept {y}" if m == 9 else f"{d}.{short}.{y}" if dayfirst else f"{short}. {d}, {y}"


for _ in range(6000):
    dayfirst = rng.random() < 0.5
    text = value(dayfirst)
    print(f"{int(dayfirst)}\t{text}\t{expected(text, dayfirst)}")
