"""The in-process Rasa backend: custom actions run here, with Rasa's own error handling."""
from rasa.core.actions.action import RemoteAction

from bot.dialogue.backend import _in_process_endpoint


class Endpoint:
    def __init__(self, in_process):
        self.in_process = in_process


def test_own_actions_skip_the_schema_check_other_servers_keep_it():
    endpoint = _in_process_endpoint([])
    assert endpoint.in_process
    bad = {"events": [{"event": "no_such_event"}], "responses": "not a list"}
    own = RemoteAction.__new__(RemoteAction)
    own.action_endpoint = endpoint
    assert own._validate_action_result(bad) is True
    remote = RemoteAction.__new__(RemoteAction)
    remote.action_endpoint = Endpoint(False)
    try:
        remote._validate_action_result(bad)
    except Exception as error:  # jsonschema's ValidationError
        assert "Failed to validate Action server response" in str(error)
    else:
        raise AssertionError("a real action server's bad answer must be refused")
