"""Every text the code writes exists in every required language."""
from bot.language import SUPPORTED
from bot.language.texts import COMMAND_DESCRIPTIONS, TEXTS


def test_every_text_in_every_language():
    missing = [(key, lang) for key, variants in TEXTS.items() for lang in SUPPORTED if not variants.get(lang, "").strip()]
    assert missing == []


def test_translations_use_only_placeholders_the_code_fills():
    import string

    for key, variants in TEXTS.items():
        fields = {lang: {f for _, f, _, _ in string.Formatter().parse(text) if f} for lang, text in variants.items()}
        assert all(fields[lang] <= fields["en"] for lang in SUPPORTED), key


def test_command_menu_in_every_language_within_telegram_limits():
    for name, variants in COMMAND_DESCRIPTIONS.items():
        for lang in SUPPORTED:
            assert 3 <= len(variants[lang]) <= 256, (name, lang)
