"""Validation of a contacts file: every error reported by entry id, before anything is written.

A wrong number shown to someone locked in a compound can cost them their one chance to
call, so an import is all or nothing and starts here. Entries in `home_hotlines` and
`local_emergency` carry no `id` in the seed; they get a derived one (see `entry_id`).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Optional

import yaml

from bot import fast_yaml
from bot.contacts.book import SERVICE_ORDER

SECTIONS = ("missions", "home_hotlines", "local_emergency", "organisations")
TOP_LEVEL = ("meta", *SECTIONS)
CONFIDENCE = ("high", "medium", "low")

# The full ISO 3166-1 alpha-2 list (249 codes), so any real country is accepted and typos such
# as "KO" or "Korea" are not. Exceptional reservations (EU, UK, XK...) are deliberately absent.
ISO_ALPHA2 = frozenset("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())
COUNTRY_FIELDS = ("citizen_country", "host_country", "country")

# What each section cannot do without. "id" is required only where ids cannot be derived.
REQUIRED: dict[str, tuple[str, ...]] = {
    "missions": ("id", "citizen_country", "host_country", "name_en"),
    "home_hotlines": ("citizen_country",),
    "local_emergency": ("host_country", "service"),
    "organisations": ("id", "name_en", "country"),
}
# Provenance every entry must state; may be empty only on a "nothing found" entry (no number).
PROVENANCE = ("source", "source_date", "confidence")

PHONE_FIELDS = ("phone", "emergency_phone", "number")
# Formats found in the seed, which is the ground truth:
#   "+855 23 211 900"  international: "+", country code, digit groups split by single spaces
#   "117", "1155"      short local code
#   "800 0885 0885"    ITU international freephone (UIFN, 800 + 8 digits), dialled after the
#                      local international access code, so published without "+"
#   "1800 1567"        national toll-free / shared-cost number (1800, 1900), as in Vietnam
#   "023 217 161"      local number with the trunk prefix 0 (none in the seed yet; common in sources)
_INTERNATIONAL = re.compile(r"\+\d+(?: \d+)*")
_SHORT_CODE = re.compile(r"\d{3,4}")
_UIFN = re.compile(r"\+?800 ?\d{4} ?\d{4}")
_TOLL_FREE = re.compile(r"1[89]00(?: ?\d+)+")
_LOCAL = re.compile(r"0\d+(?: \d+)*")
# An `alternatives` value keeps what a source printed, typos included: one or more numbers
# split by " / ", maybe a bare subscriber number without area code, then "(comment)".
_ALT_COMMENT = re.compile(r"^(?P<numbers>.*?)(?: \((?P<comment>.+)\))?$")
_SUBSCRIBER = re.compile(r"\d{5,8}")
PHONE_HELP = ("expected '+<country code> <digits>', a 3-4 digit short code, a 1800/1900 toll-free number "
              "or a local number starting with 0, digits in groups split by single spaces")

# "2024-02-21", "2024-02", "2019", "~2021-08", "undated", each optionally followed by "(comment)".
_SOURCE_DATE = re.compile(r"(?P<date>undated|~?\d{4}(?:-\d{2}(?:-\d{2})?)?)(?: \(.+\))?")
DATE_HELP = "expected 'undated', 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY', optionally '~'-prefixed or followed by ' (comment)'"


@dataclass(frozen=True)
class ContactError:
    """One problem in a contacts file, named by the entry it is in."""

    entry_id: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.entry_id}: {self.field}: {self.message}"


class ContactImportError(Exception):
    """The file was refused; nothing was written. `errors` lists every problem found."""

    def __init__(self, errors: list[ContactError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


@dataclass(frozen=True)
class ImportResult:
    inserted: int
    updated: int
    unchanged: int

    def __str__(self) -> str:
        return f"{self.inserted} inserted, {self.updated} updated, {self.unchanged} unchanged"


# -- reading files -----------------------------------------------------------------------------
class _Loader(fast_yaml.SafeLoader):  # type: ignore[misc,valid-type]
    """SafeLoader (libyaml's parser where PyYAML has it) that keeps unquoted dates as text: a
    source date is a label, not a date."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_file(path: Path | str) -> Any:
    """The parsed contacts file (not yet validated)."""
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass


# -- ids ---------------------------------------------------------------------------------------
def _slug(text: str, limit: int = 48) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug


def _derived_id(section: str, entry: dict[str, Any], siblings: list[dict[str, Any]]) -> Optional[str]:
    """An id for an entry without one, stable as long as the file keeps its entries' order.

    home_hotlines: "hotline-<citizen>-<slug of name_en>"; local_emergency: "local-<host>-<service>",
    numbered "-1", "-2"... in file order when a country lists several numbers for one service.
    """
    if section == "home_hotlines":
        citizen, name = entry.get("citizen_country"), entry.get("name_en")
        if isinstance(citizen, str) and isinstance(name, str) and citizen and _slug(name):
            return f"hotline-{citizen.lower()}-{_slug(name)}"
    if section == "local_emergency":
        host, service = entry.get("host_country"), entry.get("service")
        if isinstance(host, str) and isinstance(service, str) and host and service:
            group = [s for s in siblings if isinstance(s, dict) and "id" not in s
                     and s.get("host_country") == host and s.get("service") == service]
            base = f"local-{host.lower()}-{service}"
            if len(group) == 1:
                return base
            return f"{base}-{next(i for i, s in enumerate(group, 1) if s is entry)}"
    return None


def entry_id(section: str, index: int, entry: Any, siblings: list[Any]) -> str:
    """The entry's own id, else a derived one, else "<section>[<index>]" to name it in errors."""
    if isinstance(entry, dict):
        own = entry.get("id")
        if isinstance(own, str) and own.strip():
            return own
        if "id" not in entry:
            derived = _derived_id(section, entry, siblings)
            if derived:
                return derived
    return f"{section}[{index}]"


def entries(data: dict[str, Any]) -> Iterable[tuple[str, str, dict[str, Any]]]:
    """(section, id, entry) for every entry of every section, in file order."""
    for section in SECTIONS:
        items = data.get(section) or []
        for index, entry in enumerate(items):
            yield section, entry_id(section, index, entry, items), entry


def _is_placeholder(section: str, eid: str) -> bool:
    """Whether `eid` is the "<section>[<index>]" stand-in for an entry that has no usable id."""
    return re.fullmatch(re.escape(section) + r"\[\d+\]", eid) is not None


# -- validation --------------------------------------------------------------------------------
def is_phone(value: str) -> bool:
    """Whether `value` is a number someone can dial, in one of the seed's formats."""
    digits = sum(ch.isdigit() for ch in value)
    if _INTERNATIONAL.fullmatch(value):
        return 7 <= digits <= 15  # E.164 allows at most 15 digits
    if _TOLL_FREE.fullmatch(value) or _LOCAL.fullmatch(value):
        return 6 <= digits <= 12
    return bool(_SHORT_CODE.fullmatch(value) or _UIFN.fullmatch(value))


def is_published_phone(value: str) -> bool:
    """Whether an `alternatives` value is number(s) as printed by a source, comment allowed."""
    numbers = _ALT_COMMENT.fullmatch(value).group("numbers")  # type: ignore[union-attr]
    parts = numbers.split(" / ")
    return bool(numbers) and all(is_phone(p) or _SUBSCRIBER.fullmatch(p) for p in parts)


def is_source_date(value: str) -> bool:
    """Whether `value` is a source date as the research records it (see DATE_HELP)."""
    match = _SOURCE_DATE.fullmatch(value)
    if not match:
        return False
    stamp = match.group("date").lstrip("~")
    if stamp == "undated":
        return True
    year_month_day = ([int(p) for p in stamp.split("-")] + [1, 1])[:3]
    try:
        date(*year_month_day)
    except ValueError:
        return False
    return True


def _phone_values(entry: dict[str, Any]) -> Iterable[tuple[str, Any]]:
    """(field path, value) for every dialled number in an entry."""
    for name in PHONE_FIELDS:
        if name in entry:
            yield name, entry[name]
    for i, value in enumerate(_as_list(entry.get("other_numbers"))):
        yield f"other_numbers[{i}]", value
    for i, item in enumerate(_as_list(entry.get("other_phones"))):
        if isinstance(item, dict):
            yield f"other_phones[{i}].number", item.get("number", "")


def _dates(entry: dict[str, Any]) -> Iterable[tuple[str, Any]]:
    """(field path, value) for the source dates nested in an entry's sub-lists."""
    for key, date_key in (("other_phones", "source_date"), ("alternatives", "source_date"),
                          ("additional_sources", "date")):
        for i, item in enumerate(_as_list(entry.get(key))):
            if isinstance(item, dict) and date_key in item:
                yield f"{key}[{i}].{date_key}", item[date_key]


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _check_phones(eid: str, entry: dict[str, Any]) -> list[ContactError]:
    errors = []
    for path, value in _phone_values(entry):
        if not isinstance(value, str):
            errors.append(ContactError(eid, path, f"{value!r} must be a quoted string"))
        elif value and not is_phone(value):
            errors.append(ContactError(eid, path, f"{value!r} is not a phone number; {PHONE_HELP}"))
    for i, alt in enumerate(_as_list(entry.get("alternatives"))):
        if isinstance(alt, dict) and alt.get("field") in PHONE_FIELDS:
            value = alt.get("value")
            if not isinstance(value, str) or not is_published_phone(value):
                errors.append(ContactError(eid, f"alternatives[{i}].value",
                                           f"{value!r} is not a phone number as published; {PHONE_HELP}"))
    return errors


def _check_lists(eid: str, entry: dict[str, Any]) -> list[ContactError]:
    """Sub-lists must be lists of the right things, or their numbers would go unchecked."""
    errors = []
    for key, item_type in (("other_numbers", str), ("other_phones", dict),
                           ("alternatives", dict), ("additional_sources", dict)):
        value = entry.get(key)
        if value is None:
            continue
        if not isinstance(value, list) or not all(isinstance(v, item_type) for v in value):
            errors.append(ContactError(eid, key, f"must be a list of {'strings' if item_type is str else 'mappings'}"))
    return errors


def _has_number(entry: dict[str, Any]) -> bool:
    return any(isinstance(v, str) and v.strip() for _, v in _phone_values(entry))


def _check_required(section: str, eid: str, entry: dict[str, Any]) -> list[ContactError]:
    errors = []
    for name in REQUIRED[section]:
        value = entry.get(name)
        if name not in entry:
            errors.append(ContactError(eid, name, "missing"))
        elif not isinstance(value, str) or not value.strip():
            errors.append(ContactError(eid, name, "must be a non-empty string"))
    if "id" not in REQUIRED[section]:
        if "id" in entry and (not isinstance(entry["id"], str) or not entry["id"].strip()):
            errors.append(ContactError(eid, "id", "must be a non-empty string"))
        elif _is_placeholder(section, eid):
            errors.append(ContactError(eid, "id", "missing, and cannot be derived from the entry; add an id"))
    for name in PROVENANCE:
        if name not in entry:
            errors.append(ContactError(eid, name, "missing"))
        elif not isinstance(entry[name], str):
            errors.append(ContactError(eid, name, f"{entry[name]!r} must be a quoted string"))
        elif not entry[name].strip() and _has_number(entry):
            errors.append(ContactError(eid, name, "empty, but the entry gives a number: say where it comes from"))
    return errors


def _check_values(section: str, eid: str, entry: dict[str, Any]) -> list[ContactError]:
    errors = []
    for name in COUNTRY_FIELDS:
        value = entry.get(name)
        if value not in (None, "") and (not isinstance(value, str) or value not in ISO_ALPHA2):
            errors.append(ContactError(eid, name, f"{value!r} is not an ISO 3166-1 alpha-2 code (e.g. KR, KH)"))
    confidence = entry.get("confidence")
    if isinstance(confidence, str) and confidence not in CONFIDENCE:
        errors.append(ContactError(eid, "confidence", f"{confidence!r} is not one of {', '.join(CONFIDENCE)}"))
    for path, value in [("source_date", entry.get("source_date")), *_dates(entry)]:
        if isinstance(value, str) and value and not is_source_date(value):
            errors.append(ContactError(eid, path, f"{value!r}: {DATE_HELP}"))
        elif path != "source_date" and not isinstance(value, str):
            errors.append(ContactError(eid, path, f"{value!r} must be a quoted string"))
    service = entry.get("service")
    if section == "local_emergency" and isinstance(service, str) and service and service not in SERVICE_ORDER:
        errors.append(ContactError(eid, "service", f"{service!r} is not one of {', '.join(SERVICE_ORDER)} "
                                                   "(the bot has no label for others)"))
    return errors


def _check_entry(section: str, eid: str, entry: Any) -> list[ContactError]:
    """Every problem with one entry."""
    if not isinstance(entry, dict):
        return [ContactError(eid, "(entry)", "must be a mapping")]
    errors = _check_required(section, eid, entry) + _check_values(section, eid, entry)
    errors += _check_lists(eid, entry) + _check_phones(eid, entry)
    try:
        json.dumps(entry, allow_nan=False)
    except (TypeError, ValueError) as exc:
        errors.append(ContactError(eid, "(entry)", f"cannot be stored as JSON ({exc})"))
    return errors


def _check_shape(data: Any) -> list[ContactError]:
    """Problems with the file as a whole; if any, entries are not looked at."""
    if not isinstance(data, dict):
        return [ContactError("(file)", "(file)", "must be a mapping of sections")]
    errors = [ContactError("(file)", str(key), f"unknown section; expected {', '.join(TOP_LEVEL)}")
              for key in data if key not in TOP_LEVEL]
    if data.get("meta") is not None and not isinstance(data["meta"], dict):
        errors.append(ContactError("(file)", "meta", "must be a mapping"))
    for section in SECTIONS:
        if data.get(section) is not None and not isinstance(data[section], list):
            errors.append(ContactError("(file)", section, "must be a list of entries"))
    return errors


def validate(data: Any) -> list[ContactError]:
    """Every error in a parsed contacts file, in file order; empty when it can be imported."""
    errors = _check_shape(data)
    if errors:
        return errors
    seen: dict[str, str] = {}
    for section, eid, entry in entries(data):
        errors += _check_entry(section, eid, entry)
        if eid in seen:
            errors.append(ContactError(eid, "id", f"duplicate: an earlier entry in {seen[eid]} has the id {eid!r}"))
        seen.setdefault(eid, section)
    return errors


