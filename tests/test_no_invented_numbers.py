"""Nothing the bot can say carries a phone number that is not in the contacts data.

Scans every response, every text module of the bot and every seed file for strings that
look like phone numbers (years, dates, money, case codes and distances set aside) and
fails on any whose digits are not a number of the contacts data.
"""
import ast
import re

import pytest
import yaml

from bot.contacts.book import ContactBook
from bot.settings import ROOT

BOOK = ContactBook.load(ROOT / "db" / "seeds" / "contacts.yaml")
KNOWN = BOOK.all_numbers()

NOT_PHONES = re.compile(
    r"CASE-\d{4}-\d{5}"  # case codes
    r"|https?://\S+|[\w.-]+\.(?:go|or|gov|com|org)\.?\w*\S*"  # addresses of web sites (0404.go.kr)
    r"|(?<!\d)(?:19|20)\d\d-\d\d(?:-\d\d)?"  # ISO dates
    r"|(?<![\d+])(?:19|20)\d\d(?!\d)"  # years
    r"|(?:USD|KRW|IDR|THB|PHP|MYR|RM|Rp\.?|US\$|\$|₩)\s?[\d.,–-]+"  # money with a currency first
    r"|\d[\d.,–-]*\s?(?:만|천|억|원|달러|juta|jt|ribu|rb|km|%|USD|USDT|KRW|IDR|THB|dollars?|x|×|美元|万|元|"
    r"บาท|ดอลลาร์|đô|triệu|nghìn|lần)"  # money, distances, ratios
    r"|\d[\d.,]*\s?(?:k|K)\b"
    r"|/\s?100\b"  # a score out of 100
)
PHONE = re.compile(r"\+?\d(?:[\d\s().-]*\d)?")


CONTACTS_SEED = ROOT / "db" / "seeds" / "contacts.yaml"  # the contacts data itself


def text_files():
    yield from sorted((ROOT / "responses").glob("*.yml"))
    yield from sorted(p for p in (ROOT / "bot").rglob("*.py") if "text" in p.name)
    yield from sorted(p for p in (ROOT / "db" / "seeds").glob("*") if p != CONTACTS_SEED)


def readable_text(path):
    """What a user could read: the whole file, or a module's string literals (not its code)."""
    source = path.read_text(encoding="utf-8")
    if path.suffix in (".yml", ".yaml"):
        return "\n".join(yaml_strings(yaml.safe_load(source)))  # texts, not settings such as 2880 minutes
    if path.suffix != ".py":
        return source
    strings = [n.value for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    return "\n".join(strings)


def yaml_strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from yaml_strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from yaml_strings(value)


def numbers_in(text):
    for found in PHONE.findall(NOT_PHONES.sub(" ", text)):
        digits = re.sub(r"\D", "", found)
        if len(digits) >= 3:
            yield found.strip(), digits


def test_the_scan_finds_numbers():
    assert list(numbers_in("call +855 23 211 900 or 117")) == [("+855 23 211 900", "85523211900"), ("117", "117")]
    assert list(numbers_in("월 400만원, $2,500, 2025-10-28, since 2022, CASE-2026-00042")) == []


@pytest.mark.parametrize("path", list(text_files()), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_number_outside_the_contacts_data(path):
    invented = [found for found, digits in numbers_in(readable_text(path)) if digits not in KNOWN]
    assert invented == []
