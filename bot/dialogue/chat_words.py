"""Chat shorthand typed alone: "gud mrng", "gn", "cu tmrw", "ttyl", "tq", "cheers". People
on phones greet, thank and say goodbye this way; the NLU reads the English words but not the
shorthand, so on the development set (`scripts/heldout_replies.py --set dev`, session 29)
"gud mrng", "gn" and "cu tmrw" got "Sorry, I did not understand", "nice to meet you" a
goodbye, "cheers" a hello and "ttyl" a thanks. Each is answered as its kind: hello, you are
welcome, goodbye (flows._conversation), before the NLU, and counted so (tally.py).

Only the whole message, with at most the few words people put beside them ("ok tq", "wah
clear now tq", "gn admin"): "tq, and where is the embassy?" asks something and goes on to be
read. Burmese and Khmer greetings are typed_answers.greeting's (they also say the language);
these say none, so the person's language stays as it is.
"""

from __future__ import annotations

from bot.dialogue.lexicon import entries, said_alone
from bot.once import per_message

GREET = "greet"
THANKS = "thanks"
GOODBYE = "goodbye"

_SAID = {
    GREET: entries(
        "gm|gud mrng|gud morning|gd mrng|gd morning|good mrng|good morning|morning|mrng|"
        "good afternoon|gd afternoon|good evening|gud evening|gd evening|gd eve|"
        "nice to meet you|nice to meet u|nice meet you|nice meeting you|glad to meet you|"
        "hallo|halo|helo|hii|hiii|hey there"
    ),
    THANKS: entries(
        "tq|tqvm|tq so much|thx|thnx|thnks|tks|tnx|ty|tysm|thank u|thanku|cheers|"
        "thanks a lot|thanks so much|thank you so much|many thanks|much thanks"
    ),
    GOODBYE: entries(
        "gn|gud night|gud nite|good nite|gd night|gd nite|goodnight|nite|"
        "cu|cya|see you|see u|see ya|see you later|see u later|cu later|cu soon|see you soon|"
        "cu tmrw|cu tomorrow|see you tomorrow|see u tomorrow|see u tmrw|see you tmrw|"
        "ttyl|talk later|talk to you later|bye for now|bye bye|byee|bb"
    ),
}
# Beside them: an ok, a "wow", "clear now", a name for the bot or its staff.
_WITH = entries(
    "ok|okay|okk|oh|ah|wah|wow|haha|hehe|clear|clear now|now|noted|i understand|understood|"
    "got it|admin|sir|madam|bro|sis|teacher|all|everyone|again|and|lah|la|ya|yes|so"
)


# Longer than this, a message says more than shorthand ("wah clear now tq admin" is 26).
_LONGEST = 40


@per_message
def said(text: str) -> str | None:
    """ "greet", "thanks" or "goodbye" for chat shorthand typed alone, else None."""
    if len(text) > _LONGEST:
        return None
    return next((kind for kind, words in _SAID.items() if said_alone(text, words, _WITH)), None)
