"""Contacts: the contact book (missions, hotlines, local emergency numbers with their
sources), its validated import, the cards built from it, the emergency keywords and the
places gazetteer. Works without the language model: the emergency card depends on it."""
