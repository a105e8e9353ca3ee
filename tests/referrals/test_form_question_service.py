"""A question typed in the middle of the "Talk to a person" form, through the service: at
a button step the NLU reads the text (it may be a question), at a text step it never does
(the words are the answer); the question waits encrypted and is gone after the choice."""

from __future__ import annotations

from referral_helpers import Harness

from bot.dialogue import form_question
from bot.storage.models import User
from tests.fakes.nlu import ListeningNlu

MIGRANT = "tg:5001"
QUESTION = "where is the embassy in Bangkok"


def at_contact(harness: Harness, words: str = "my boss did not pay me") -> ListeningNlu:
    nlu = ListeningNlu()
    harness.service.nlu = nlu
    harness.profile(MIGRANT, "KH", "TH")
    harness.press(MIGRANT, "person:unpaid_wages")
    harness.press(MIGRANT, "ref:topic:unpaid_wages")
    harness.say(MIGRANT, words)  # "Tell me what happened": the answer, as typed
    harness.press(MIGRANT, "ref:skip:place")
    assert harness.state(MIGRANT).step == "ref:contact"
    return nlu


def test_a_question_typed_in_the_form_is_answered_after_ask_this_instead(harness: Harness):
    nlu = at_contact(harness, "my boss did not pay me")
    assert nlu.heard == []  # the description never went to the NLU
    [choice] = harness.say(MIGRANT, QUESTION)
    assert nlu.heard == [QUESTION]
    assert [b.data for row in choice.buttons for b in row] == [
        form_question.CONTINUE,
        form_question.ASK,
    ]
    [user] = [u for u in harness.all(User) if u.uid == MIGRANT]
    assert user.form_enc and "embassy" not in user.form_enc  # kept encrypted, as the form is
    answer = harness.press(MIGRANT, form_question.ASK)
    assert "FIXTURE Cambodian embassy in Thailand." in "\n".join(r.text for r in answer)
    state = harness.state(MIGRANT)
    assert state.step is None
    assert state.form is not None and QUESTION not in state.form.values()
    assert state.form["description"] == "my boss did not pay me"  # the draft, for later
