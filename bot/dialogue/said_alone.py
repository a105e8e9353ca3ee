"""Messages answered before the NLU's reading, each by the module that knows its words, in
one order: the reply (flows._read) and the anonymous count (tally._read) read this table, so
a new kind of message is added once and both stay in the same order. Before, each was two
hand-written checks, one in each module, kept in step by hand.

Each is read after danger words, own data, typed answers to a question, greetings and a
lone ok (flows._read, in that order), and before the NLU: "I want to cry", "my son died
abroad", "I am pregnant", "i am 16 can i work", "my baby was born in thailand", "maid have
day off?", "i want off the boat at next port", "is strike allowed?", "ke yok phone", "anyone
there?", "any news?", "can i call you".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.dialogue import (
    after_rescue,
    arrived,
    at_sea,
    back_home,
    bereaved,
    border_questions,
    born_abroad,
    bride,
    by_voice,
    called_up,
    calling_line,
    case_news,
    children_abroad,
    children_home,
    confused,
    debt,
    disaster,
    elsewhere,
    embassy_fears,
    fake_helper,
    fell_short,
    gambling,
    going_out,
    harassed,
    harm_said,
    home_emergency,
    housing,
    identity,
    live_in,
    lone_word,
    maid_offer,
    medical_check,
    money_back,
    money_taken,
    not_in_danger,
    not_that,
    not_to_help,
    officials_money,
    online_threats,
    other_language,
    outside_complaint,
    overdose,
    own_offices,
    own_rules,
    passing_on,
    passport_none,
    pay_rates,
    phone_taken,
    police_refused,
    pregnant,
    scheme_rules,
    sent_on,
    still_there,
    taken_where,
    together,
    treated_unfairly,
    triage,
    typing_for,
    upset,
    when_closed,
    work_conditions,
    young,
)
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.outcome import Outcome
from bot.once import keyed
from bot.values import UserState


@dataclass(frozen=True)
class Said:
    name: str  # counted as a conversation under this name (tally.py), never the words
    says: Callable[[Text, UserState], bool]  # the message, and the state before it
    reply: Callable[[Text, UserState, Context], Outcome]


SAID: tuple[Said, ...] = (
    # "ot yol te", "nar ma lal bu": not the NLU's guess
    Said(confused.NAME, lambda e, s: confused.says(e.text), lambda e, s, c: confused.reply(s, c)),
    # "not that", "wrong", "you don't understand", "useless", a swear word: not Goodbye (27A)
    Said(not_that.NAME, lambda e, s: not_that.says(e.text), lambda e, s, c: not_that.reply(s, c)),
    # "sorry" after a swear word: not "I cannot help with that" (27A)
    Said(
        not_that.SORRY,
        lambda e, s: not_that.sorry(e.text),
        lambda e, s, c: not_that.sorry_reply(s, c),
    ),
    # "i am not in danger" after the numbers: not the numbers again (27A)
    Said(
        not_in_danger.NAME,
        lambda e, s: not_in_danger.says(e.text),
        lambda e, s, c: not_in_danger.reply(s, c),
    ),
    # "i am in saudi", "i am in china" alone: not the emergency answer (24B)
    Said(
        elsewhere.NAME,
        lambda e, s: elsewhere.says(e.text),
        lambda e, s, c: elsewhere.reply(s, c),
    ),
    # "I am employer", "i am typing for my mom" alone: not the emergency answer (33C)
    Said(
        typing_for.NAME,
        lambda e, s: typing_for.introduces(e.text),
        lambda e, s, c: typing_for.reply(s, c),
    ),
    # "my mother is dying, I must go home", "father died, can I go for the funeral and come
    # back", "my son very sick in the village, I need money now" (38A): before an upset
    # word ("i am very sad") and a death abroad (bereaved, which keeps "bring his body home")
    Said(
        home_emergency.NAME,
        lambda e, s: home_emergency.says(e.text),
        home_emergency.reply,
    ),
    # "I want to cry", "no place to sleep": not Goodbye
    Said(upset.NAME, lambda e, s: upset.says(e.text), lambda e, s, c: upset.reply(s, c, e.text)),
    # "my son died in Thailand": not Going home (16B)
    Said(bereaved.NAME, lambda e, s: bereaved.says(e.text), bereaved.reply),
    # "I failed the medical, agent say pay 500 and he fix it", "fomema fail", "if I have HIV
    # can I go?", "they check pregnant before go malaysia?" (31C): before a pregnancy, which
    # the check's line names
    Said(medical_check.NAME, lambda e, s: medical_check.instead(e), medical_check.reply),
    # "I am pregnant, will they send me home?" (16B)
    # Not over harm named beside it ("my friend pregnant, boss push her she fall, bleeding":
    # the NLU's injury answer, treatment first; harm_said.py, 48C)
    Said(
        pregnant.NAME,
        lambda e, s: pregnant.says(e.text) and harm_said.topic(e.text) is None,
        pregnant.reply,
    ),
    # "fire in our room, where go?", "crane fell on site, 2 worker under it" (30C): after a
    # death ("my brother died in the fire") and before an upset word ("fire, i am scared")
    Said(disaster.NAME, disaster.instead, disaster.reply),
    # "my friend took yaba and not wake up", "friend overdose, ambulance?" (35A): not "I
    # cannot help with that", the reply for someone abroad nor the injury answer
    Said(overdose.NAME, lambda e, s: overdose.instead(e), overdose.reply),
    # "ပတ်စ်ပို့ မရှိဘူး", "no passport" alone (43A): taken, lost or never had one? Not
    # Passport taken; "no passport, how to send money home, bank say no": not "I cannot help"
    Said(passport_none.NAME, passport_none.none_alone, passport_none.which),
    # "the embassy said go to the agency" (43A): what an office said, a person
    Said(sent_on.NAME, sent_on.sent, sent_on.sent_reply),
    Said(
        passport_none.MONEY,
        lambda e, s: passport_none.money_without_passport(e),
        passport_none.money_reply,
    ),
    # "husband lose all money gambling", "I owe gambling boss, he will cut my finger", "message
    # say I win iPhone, pay 500 baht for delivery" (37A): not "I cannot help with that", Fake
    # jobs or the debt for the journey
    Said(gambling.NAME, lambda e, s: gambling.instead(e), gambling.reply),
    # "i am in shelter 5 month, must i stay for court?", "they want me to be a witness" (28A)
    Said(after_rescue.NAME, lambda e, s: after_rescue.instead(e), after_rescue.reply),
    # "my daughter came back from thailand, she does not talk, she cry at night" (28A)
    Said(
        after_rescue.FAMILY,
        lambda e, s: after_rescue.family_says(e.text),
        after_rescue.family_reply,
    ),
    # "co-workers laugh at me because i am gay", "which organisation help LGBT?", "my
    # passport say male but i am woman" (33B): before harassment, whose line is for a woman
    # pressed for sex; "they beat me because i am gay" gets the numbers first (flows._read)
    Said(
        identity.NAME,
        lambda e, s: identity.says(e.text) and not triage.sure_emergency(e.nlu),
        identity.reply,
    ),
    # "supervisor message me every night", "room share with men, no lock" (27B)
    # Not when the NLU surely read an emergency ("man from other room come at night"): the
    # numbers first, the line after them (flows._read)
    Said(
        harassed.NAME,
        lambda e, s: harassed.says(e.text) and not triage.sure_emergency(e.nlu),
        harassed.reply,
    ),
    # "i dont want police, i only want change job", read as an arrest (27B, session 24)
    Said(police_refused.NAME, lambda e, s: police_refused.instead(e), police_refused.reply),
    # "my husband came back from thailand, drinks every day" (32C): not Jobs after return
    Said(back_home.DRINKS, lambda e, s: back_home.drinks(e.text), back_home.drinks_reply),
    # "now we back, how to enrol school?", at home: not the line for a child abroad (32C)
    Said(back_home.SCHOOL, lambda e, s: back_home.school_home(e.text, s), back_home.school_reply),
    # "police took my parents, I am 13 and alone with my little brother" (22B)
    Said(
        children_abroad.ALONE,
        lambda e, s: children_abroad.alone(e.text),
        children_abroad.alone_reply,
    ),
    # "can my son go to thai school", "no children in dormitory", "send my baby home" (22B)
    Said(
        children_abroad.NAME,
        lambda e, s: children_abroad.instead(e) or children_abroad.teen_abroad(e, s),
        children_abroad.reply,
    ),
    # "where they take my friend", "they took 20 people, where they go?" (25B)
    Said(taken_where.NAME, lambda e, s: taken_where.instead(e), taken_where.reply),
    # "i am lost, first day in korea", "at suvarnabhumi airport, agent man not come" (28C)
    Said(arrived.NAME, lambda e, s: arrived.instead(e), arrived.reply),
    # "I am afraid to go out", ខ្លាចចេញក្រៅ, "khlach chenh krav", အပြင်မထွက်ရဲဘူး said alone
    # (47A): a person, the arrest steps, Emergency help a tap away; not the emergency steps
    Said(going_out.NAME, lambda e, s: going_out.instead(e), going_out.reply),
    # "is the border open now?", "prum den bek hoy nov?", "is it safe to go work in thailand
    # now?", "can i go back to my job after the fighting?": our sources hold nothing (46A);
    # before the war line, which says nothing of the border
    Said(border_questions.NAME, lambda e, s: border_questions.instead(e), border_questions.reply),
    # "i escape from army conscription, can thailand send me back?", "am I refugee?", "my
    # village bombed, no news from my mother": not the arrest answer (24A); before an age, whose
    # line it puts first ("my son 17, can he work abroad so he not go army?")
    Said(called_up.NAME, lambda e, s: called_up.instead(e), called_up.reply),
    # "i am 16 can i work", "change my age" (17B)
    Said(young.NAME, lambda e, s: young.instead(e), young.reply),
    # "my daughter marry chinese man through broker, now she cry on phone" (24B)
    Said(bride.NAME, bride.instead, bride.reply),
    # "my baby was born in thailand" (17B)
    Said(born_abroad.NAME, lambda e, s: born_abroad.instead(e), born_abroad.reply),
    # "i work 14 hour every day, no day off", "no toilet break, supervisor shout at us" (29B):
    # before live_in, whose reply is for a domestic worker in the employer's house
    Said(
        work_conditions.NAME,
        lambda e, s: work_conditions.instead(e),
        work_conditions.reply,
    ),
    # "hospital refuse me because i am cambodian", read as no problem or another (32B)
    Said(
        treated_unfairly.REFUSED,
        lambda e, s: treated_unfairly.refused_instead(e),
        treated_unfairly.refused_reply,
    ),
    # After work_conditions ("boss shout me every day, call me stupid": its line)
    # "boss not let me pray", "no halal food", "the boss calls us burmese dogs", "neighbour
    # say go back to your country", "company pay vietnamese more than myanmar" (32B): not
    # the injury answer, Passport taken, Going home nor the emergency numbers
    Said(treated_unfairly.NAME, lambda e, s: treated_unfairly.instead(e), treated_unfairly.reply),
    # "I sent my problem 3 days ago nobody answer", "the caseworker told my boss", "I don't
    # want FED, give me another organisation", "your bot told me the wrong number" (35B):
    # not "did not understand" nor the form at once; before a fake helper (money asked)
    # and a landlord ("the caseworker told my boss, now boss say get out of the dormitory":
    # the breach of trust first; the lead's read of round 39A)
    # An organisation named in the complaint: its Talk to a person skips it (43B)
    Said(
        fell_short.NAME,
        lambda e, s: fell_short.instead(e),
        outside_complaint.wrap(fell_short.reply),
    ),
    # "landlord keep my deposit 3000 baht when I move", "landlord ask to see my passport and
    # copy it", "landlord say get out tomorrow" (36C): not "I cannot help", Lost documents
    Said(housing.NAME, lambda e, s: housing.instead(e), housing.reply),
    # "maid have day off?", "can i keep my own phone?" (18A)
    Said(live_in.NAME, lambda e, s: live_in.instead(e), live_in.reply),
    # "agent say go singapore as maid, everything paid", at home (18A)
    Said(maid_offer.NAME, maid_offer.instead, maid_offer.reply),
    # "man on telegram say he is from FED, ask 2000 baht and photo of my passport", "a lawyer
    # say he get my passport back for 5000 baht": not Fake jobs, nor "did not understand" (28B)
    Said(
        fake_helper.NAME,
        lambda e, s: fake_helper.instead(e),
        outside_complaint.wrap(fake_helper.reply),
    ),
    # "must I send 25% of salary through bank?", "tax for workers abroad how much", "a khun ma
    # saung yin passport thet tan ma toe bu lar" (41A): not "did not understand", Social
    # security nor Passport taken; after a fake helper and a prize (gambling's tax first)
    Said(own_rules.NAME, lambda e, s: own_rules.instead(e), own_rules.reply),
    # "loan app call all my contacts, say i am thief", "my facebook hacked, someone ask my
    # friends for money", "man on video call say he is police, i must pay" (30A): not the debt
    # line, Fake jobs, the arrest answer nor "I cannot help with that"; before a debt
    Said(online_threats.NAME, lambda e, s: online_threats.instead(e), online_threats.reply),
    # "police stop me at checkpoint, ask 2000 baht or go jail", "immigration at myawaddy ask
    # extra 500 baht for stamp", read as Fake jobs, Agency fees or nothing (31B): after a fake
    # "police" call and a fake helper
    Said(officials_money.NAME, lambda e, s: officials_money.instead(e), officials_money.reply),
    # "fake passport how much", "how to get revenge on my boss", "how to make my worker stay,
    # I keep her passport" (34B): not Documents you need, the injury answer nor Passport
    # taken (the worker's answer); after a pink card sold for money and an official's bribe
    Said(not_to_help.NAME, lambda e, s: not_to_help.instead(e), not_to_help.reply),
    # "will embassy send me back?", "khnhom mean bamnol, tov stanotut ban te? ke chab khnhom
    # te?" (I have debts: can I go to the embassy, will they arrest me?): before a debt (22A)
    Said(
        embassy_fears.NAME,
        lambda e, s: embassy_fears.named_with_fear(e.text),
        embassy_fears.reply,
    ),
    # "we pledge our house for loan ..., lender call my mother" (18B)
    Said(debt.NAME, lambda e, s: debt.instead(e), debt.reply),
    # "the man i pay to send money cheat me", "sent money by hundi, family not received",
    # "my savings in room stolen" (34C): not "I cannot help with that" nor Unpaid wages;
    # before money asked back and money_home's out-of-scope line
    Said(money_taken.NAME, lambda e, s: money_taken.instead(e), money_taken.reply),
    # "paid agent on facebook, he block me, how to get money back" (18B)
    Said(money_back.NAME, lambda e, s: money_back.instead(e), money_back.reply),
    # "what is minimum wage", read as no problem (18B)
    Said(pay_rates.NAME, lambda e, s: pay_rates.instead(e), pay_rates.reply),
    # "i want off the boat at next port", a wife with no news of a fisher (18C)
    Said(at_sea.NAME, lambda e, s: at_sea.instead(e), at_sea.reply),
    # "ke yok phone", "boss take my phone": not "I cannot help with that" (session 20)
    Said(phone_taken.NAME, lambda e, s: phone_taken.instead(e), phone_taken.reply),
    # "kanri dantai not answer", "can i come back korea again? re-entry" (19C)
    Said(scheme_rules.NAME, lambda e, s: scheme_rules.instead(e), scheme_rules.reply),
    # "1694 answer at night?", "I called 1300 no one answer", "embassy open on saturday?" (33A):
    # not "did not understand"; after a kanri dantai who does not answer
    Said(when_closed.NAME, lambda e, s: when_closed.instead(e), when_closed.reply),
    # "is the call to 1694 free?", "1694 speak burmese?", "will police come if I call 1300",
    # "can you call for me" (39B): not "I cannot help", "Choose a language." nor Arrest
    Said(calling_line.NAME, lambda e, s: calling_line.instead(e), calling_line.reply),
    # "call 1297 what they do", "how much passport cost in Phnom Penh": not "did not
    # understand", never a fee no source gives (41B)
    Said(own_offices.LINE_1297, lambda e, s: own_offices.asks_1297(e), own_offices.reply_1297),
    Said(
        own_offices.PASSPORT_COST,
        lambda e, s: own_offices.asks_passport_cost(e),
        own_offices.reply_passport_cost,
    ),
    # "have shan language?", "karen language can?", "i no read burmese": not "Choose a
    # language." with Burmese, Khmer and English only (30B)
    Said(other_language.NAME, lambda e, s: other_language.instead(e), other_language.reply),
    # "my children stay with grandmother, who take care" (17B, session 21)
    Said(children_home.NAME, lambda e, s: children_home.instead(e), children_home.reply),
    # "can i share this answer with my friends?", the bot added to a group (19A)
    Said(passing_on.NAME, lambda e, s: passing_on.instead(e), passing_on.reply),
    # "can all of us fill one form?", "is strike allowed?" (19A)
    Said(together.NAME, lambda e, s: together.instead(e), together.reply),
    # "any news?", "did they read it?", "my case?" on coming back: not "I cannot help" (19B)
    Said(
        case_news.NAME,
        lambda e, s: case_news.says(e.text) or case_news.asks_after(e),
        lambda e, s, c: case_news.reply(s, c),
    ),
    # "anyone there?", "please reply": not the form (session 18)
    Said(
        still_there.NAME,
        lambda e, s: still_there.says(e.text),
        lambda e, s, c: still_there.reply(s, c),
    ),
    # "can i call you", "i cant read": a caseworker can call (session 18)
    Said(by_voice.NAME, lambda e, s: by_voice.says(e.text), lambda e, s, c: by_voice.reply(s, c)),
    # "passport", ပွဲစား (broker), ប្តឹង (complain) typed alone: not Goodbye (session 19)
    Said(lone_word.NAME, lambda e, s: lone_word.says(e), lone_word.reply),
)
NAMES = frozenset(said.name for said in SAID)
# What only the person says of this chat or of the people with them ("anyone there?", "any
# news?", "can all of us fill one form?"): never read in a message forwarded from elsewhere,
# whose "we" and "you" are someone else's (round 21C: a forwarded "all workers must pay"
# notice got "Many of you with the same problem?"). The rest tell a subject, wherever the
# words came from.
OWN_ONLY = frozenset(
    {
        confused.NAME,
        not_that.NAME,
        not_that.SORRY,
        not_in_danger.NAME,
        together.NAME,
        case_news.NAME,
        still_there.NAME,
        by_voice.NAME,
        passing_on.NAME,
    }
)


# Read by the reply and by the count, once per message (bot/once.py): a `says` may read of
# the state only what this key holds.
@keyed(lambda event, state: (event, state.language, state.origin, state.country))
def first(event: Text, state: UserState) -> Said | None:
    """The first kind of message in SAID that `event` is, if any, from someone in `state`
    (before the message)."""
    return next(
        (
            said
            for said in SAID
            if not (event.forwarded and said.name in OWN_ONLY) and said.says(event, state)
        ),
        None,
    )
