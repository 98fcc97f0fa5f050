#!/usr/bin/env python3
"""Builds the name lists in this directory from published name statistics.

    python3 build.py NAM_DICT CENSUS_LAST SSA_COUNTS WORDLIST...

NAM_DICT     nam_dict.txt, Jörg Michael's first-name dictionary with
             per-country frequency classes (GNU FDL 1.2 or later).
SSA_COUNTS   year_of_birth_counts.csv.gz: the U.S. Social Security
             Administration's baby-name counts (names given to at least five
             babies a year, 1880-2015) as one gzipped CSV
             `first_name,sex,count,year_of_birth` (public domain).
CENSUS_LAST  dist.all.last, the U.S. Census Bureau's 1990 surname
             frequency list (public domain).
WORDLIST     plain word lists, one word per line (for example Debian's
             wamerican, wbritish, wngerman, wswedish and wspanish); a name
             whose lower-case form is a lower-case word in one of them is
             marked ambiguous.

Writes given_names.txt and surnames.txt next to this script. The output is
sorted, so a rebuild from the same inputs is byte-identical.
"""

import gzip
import os
import sys
import unicodedata

# Column of each country's frequency class in nam_dict.txt, and the lowest
# class kept. Classes are logarithmic: 10 is at least 2 % of people, each
# step below halves it. Core countries are the ones whose tickets the default
# packs read; the others are large immigrant communities in them.
CORE = {"GB": 30, "IE": 31, "US": 32, "ES": 36, "DE": 42, "AT": 43, "CH": 44,
        "DK": 46, "NO": 47, "SE": 48, "FI": 49}
WIDER = {"IT": 33, "PT": 35, "FR": 37, "NL": 40, "PL": 53, "GR": 67,
         "TR": 76, "ARABIA": 77, "INDIA": 80,
         "CZ": 54, "SK": 55, "HU": 56, "RO": 57, "BG": 58, "BA": 59,
         "HR": 60, "XK": 61, "MK": 62, "RS": 64, "SI": 65, "AL": 66,
         "RU": 68, "UA": 71, "IL": 78, "CN": 79, "JP": 81, "KR": 82,
         "VN": 83}
CORE_MIN = 2
WIDER_MIN = 5

# The SSA counts cover names that became common after 2008 and the names of
# the many communities of a large immigrant country (`Callum`, `Rhys`,
# `Minh`, `Aditya`, `Aminata`). A name counts when at least this many babies
# born since 1940 (people alive today) were given it.
SSA_SINCE = 1940
SSA_MIN = 1000

# Given names that are far more often a place, brand or product in support
# tickets than a person: left out.
NOT_NAMES = """
jordan georgia chelsea sydney victoria florence adelaide austin dallas paris
lourdes regina augusta brooklyn madison phoenix jersey kent devon lincoln
israel india asia africa america china virginia carolina dakota indiana nevada
montana alexa siri cortana mercedes julia django hugo kotlin swift ruby
santiago valencia sevilla granada toledo murcia berlin hamburg dresden bremen
stockholm uppsala lund london york chester houston denver orlando cleveland
washington hudson aurora santa san sankt saint ronda rambla
tesla lexus chevy porsche harley ducati nike adidas chanel armani dior gucci
prada cartier ikea lidl aldi bunnings hermes evri fedex amex paypal venmo
zelle klarna jira kafka redis nginx jenkins ubuntu debian linux docker
oracle safari opera edge kindle sirius nova vista
dev devops admin
""".split()

# Given names that are also month or day names or their abbreviations
# (`Jan`, `Mai`, `June`): marked ambiguous, so they count only as the first
# word of a full name.
CALENDAR = """
january february march april may june july august september october november
december januar februar märz juni juli oktober dezember januari februari mars
augusti enero febrero marzo abril mayo junio julio agosto septiembre octubre
noviembre diciembre jan feb mar apr jun jul aug sep sept oct okt nov dec dez
mai ene abr ago dic monday tuesday wednesday thursday friday saturday sunday
mon tue tues wed thu thur thurs fri sat sun mån tis ons tor tors fre lör sön
lun mié jue vie sáb dom
""".split()

FOLD = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ł": "l"})


def fold(word):
    """Lower case, diacritics removed (`Kößler` -> `kossler`)."""
    word = word.lower().translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFD", word)
                   if not unicodedata.combining(c))


def given_names(path):
    names = {}
    with open(path, encoding="iso-8859-1") as f:
        raw = f.read()
    try:
        raw = raw.encode("iso-8859-1").decode("utf-8")
    except UnicodeDecodeError:
        pass
    for line in raw.splitlines():
        if not line or line[0] in "#=" or len(line) < 86:
            continue
        name = line[3:29].strip()
        # `Jun+Wei` stands for `Jun-Wei`, `Jun Wei` and `Junwei`: the joined
        # form is kept (the validators read a hyphenated name's first part).
        if "+" in name and line[29] != "+":
            name = name.replace("+", "").capitalize()
        if not name or not name.isalpha() or len(name) < 3:
            continue
        if not name[0].isupper() or not name[1:].islower():
            continue
        freq = lambda col: int(line[col], 16) if line[col].strip() else 0
        if any(freq(c) >= CORE_MIN for c in CORE.values()) or any(
                freq(c) >= WIDER_MIN for c in WIDER.values()):
            names[name] = freq(CORE["ES"])
    return names


def ssa_names(path):
    """Capitalised names given to at least SSA_MIN babies since SSA_SINCE."""
    totals = {}
    with gzip.open(path, "rt", encoding="ascii") as f:
        next(f)
        for line in f:
            name, _sex, count, year = line.rstrip("\n").split(",")
            if int(year) >= SSA_SINCE:
                totals[name] = totals.get(name, 0) + int(count)
    return {n.capitalize() for n, c in totals.items()
            if c >= SSA_MIN and len(n) >= 3 and n.isalpha()}


def capitalised_words(paths):
    """Capitalised entries of the word lists: German nouns (`Allee`), and the
    places, surnames and brands of the others (`Richmond`, `Tesla`)."""
    out = set()
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as f:
            for w in f:
                w = w.strip()
                if w[:1].isupper() and w[1:].islower():
                    out.add(w)
    return out


def lower_words(paths):
    """Lower-case words of each list, by list."""
    out = {}
    for path in paths:
        words = out.setdefault(path, set())
        with open(path, encoding="utf-8", errors="replace") as f:
            for w in f:
                w = w.strip()
                if w and w[0].islower() and "'" not in w:
                    words.add(w)
    return out


def surnames(path):
    out = set()
    with open(path, encoding="ascii") as f:
        for line in f:
            parts = line.split()
            # Rank 50,000 covers about 86 % of the population.
            if len(parts) == 4 and len(parts[0]) >= 3 and int(parts[3]) <= 50000:
                out.add(parts[0].lower())
    return sorted(out)


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    here = os.path.dirname(os.path.abspath(__file__))
    lists = lower_words(sys.argv[4:])
    capitalised = capitalised_words(sys.argv[4:])
    words = set(CALENDAR).union(*lists.values())
    # The Spanish list also holds many given names in lower case (`maría`,
    # `andrés`): a name very common in Spain is not marked for it alone.
    not_spanish = set(CALENDAR).union(
        *(w for path, w in lists.items() if "spanish" not in path))
    not_names = {fold(w) for w in NOT_NAMES}
    names = given_names(sys.argv[1])
    # SSA names the dictionary lacks. One that a word list also holds
    # capitalised is as often a place, surname, brand or German noun
    # (`Richmond`, `Tesla`, `Allee`): ambiguous, like a common word.
    ssa_only = ssa_names(sys.argv[3]) - set(names)
    for n in ssa_only:
        names[n] = 0
    given = sorted(n for n in names if fold(n) not in not_names)

    def ambiguous(name):
        lower = name.lower()
        return (lower in not_spanish or (lower in words and names[name] < 5)
                or (name in ssa_only and name in capitalised))
    with open(os.path.join(here, "given_names.txt"), "w", encoding="utf-8") as f:
        f.write("# Given names; `*` marks one that is also a common word.\n")
        f.write("# Extracted by build.py from nam_dict.txt (c) 2007-2008 Jorg Michael,\n")
        f.write("# GNU Free Documentation License 1.2 or later, and from the U.S. Social\n")
        f.write("# Security Administration's baby-name counts (public domain); see README.md.\n")
        for n in given:
            f.write(n + ("*" if ambiguous(n) else "") + "\n")
    with open(os.path.join(here, "surnames.txt"), "w", encoding="utf-8") as f:
        f.write("# Surnames, lower case, ASCII; `*` marks one that is also a common word.\n")
        f.write("# Generated by build.py from U.S. Census 1990 data; see README.md.\n")
        for s in surnames(sys.argv[2]):
            f.write(s + ("*" if s in words else "") + "\n")


if __name__ == "__main__":
    main()
