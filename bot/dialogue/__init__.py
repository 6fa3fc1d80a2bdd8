"""Dialogue: the Rasa agent (in-process or remote), the project's NLU components, the
tracker store and the custom actions, split by feature under `actions/`."""
