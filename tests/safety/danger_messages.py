"""Messages a person in danger might write, and ordinary ones that must not raise the alarm.

Written by the project team from the issue's examples and what migrant-support hotlines
report people write; Burmese, Khmer and the romanised lines are drafts for native speakers
to extend (content/safety/emergency_keywords.yml says the same). Every Burmese line is also
checked in Zawgyi (converted by the bot's own to_zawgyi), besides the Zawgyi typed below.
"""

from __future__ import annotations

from bot.language import to_zawgyi

# (language the reply is expected in, message)
ENGLISH = [
    "they lock me in the room, i need emergency document",  # session 26: `harmless` aside
    "my boss is beating me",
    "he beats me every day",
    "Beatting me again",  # stretched letter
    "bos hitting me",
    "I was threatened by the agent",
    "he threatned me",  # typo
    "they threatend to hurt my family",  # typo
    "I can’t leave the house",  # typographic apostrophe
    "i cant leave",
    "I CAN'T LEAVE",
    "ＨＥＬＰ ＭＥ ＮＯＷ",  # full-width
    "pleeease heeelp me nowww",
    "help\u200b me\u00a0now",  # invisible and no-break spaces
    "they locked me in the room",
    "locked inside the factory, no food",
    "I want to die",
    # round 20A
    "better to die",
    "maybe better i die",
    "he drink and cut his hand",
    "my friend say she will die",
    "he did bad thing to me",
    "he force me. i dont want police",
    "supervisor say if i not sleep with him he fire me",
    "sucide",  # typo
    "he raped me",
    "my employer touched me",
    "i was trafficked to malaysia",
    "they sold me to a boat captain",
    "I am in danger",
    "emergency!!! come quick",
    "they took my phone and won’t let me leave",
    "kidnaped",  # typo
    "i was beaten..",
    "boss said he will kill me",
    # A threat to the family in the middle of ordinary words (round 21B: the agency answer).
    "salary late and agent say if complain he will hurt my family, also how to renew visa",
    "broker say he kill my family if i run",
    # Selling a family member, or a threat to find them, with other words (round 23A: the
    # embassy-fear answer, and "I share nothing about anyone", with no numbers).
    "agent say pay 3000 or they sell my daughter, i dont want embassy",
    "my boss took my phone, he say he will find my wife, where is she shelter",
    "ပွဲစားက ပိုက်ဆံမပေးရင် သမီးကို ရောင်းမယ်တဲ့",
    "មេខ្យល់ថា បើមិនបង់លុយ គេលក់កូនស្រីខ្ញុំ",
    "ငါ့သမီး ၁၆ နှစ် အေးဂျင့်က ပိုက်ဆံ မပေးရင် ရောင်းမယ်တဲ့",
    "ke yok phone khnhom haey ke thaa nung sam lab khnhom",
    "one more thing my friend was hit by boss and now in hospital",
    # Found by trying the bot as its users write (2026-12-05): each was missed before.
    "they take my phone and not let me out",
    "he is beating my wife",
    "they sell me to another boss",
    "employer touch my body",
    "they hold me and i cannot go",
    # Missed in a second round of trying the bot (2026-12-05).
    "they locked us in",
    "lock us in room",
    "they lock the door",
    "they beat us",
    "he hit us",
    "boss hit my friend",
    "they kill my friend",
    "cannot go out",
    "not allow go out",
    "boss try to touch me",
    # A plea with a form of address or "please" around it (exploratory test 8, finding 1).
    "help me sir",
    "help me bro",
    "help plz",
    "please help me!!!",
    "sir please help me",
    "Please help us madam",
    "HELP!!!",  # shouted: capitals and "!" (plain "help" is the help page)
    # As phones mangle them (round 29C): a letter held down (the NLU read it as a greeting),
    # the vowel dropped, "locked" without its e.
    "hellllp",
    "HELLLLLP",
    "plz hlp",
    "hlp me",
    "hellllp plz boss lockd us in room",
    # A raid as it happens (exploratory test 8, finding 7).
    "immigration raid at our factory",
    "police raid now",
    "immigration coming to our room",
    # A raid told without "police" or "immigration" beside it (round 14C: "I cannot help").
    "raid in my hostel in selangor, friends catch. i hide",
    "they raided our room tonight",
    # Not wanting to live, said without "die" (round 16B: "Work at home instead" came).
    "i miss my family so much i dont want to live anymore",
    "I don't want to live",
    "i do not want live any more",
    "no reason to live",
    "employer kick my stomach, i am pregnant",
    # Pregnant and bleeding, to a caseworker (round 17A: the case stayed not urgent).
    "i am pregnant and bleeding",
    "pregnant, still bleeding a lot",
    # A domestic worker writing around it, or who left with nothing (round 18A: "I cannot
    # help with that", "did not understand").
    "he come to my room at night",
    "employer son comes into my room when madam sleep",
    "boss husband touch me",
    "i run away from the house last night, no passport no money, where i go now",
    "ran away from my employer, where can i sleep",
]
BURMESE = [
    # the phone is switched off and (they) locked (me) in the room: a thing shut beside a
    # person locked in (emergency_keywords.yml `harmless` takes out only the first)
    "ဖုန်းပိတ်ထားပြီး အခန်းထဲ ပိတ်ထားတယ်",
    # the salary is late, the broker says if I complain he will harm my family (round 21B)
    "လစာ နောက်ကျတယ် ပွဲစားက တိုင်ရင် မိသားစုကို ဒုက္ခပေးမယ်တဲ့",
    # the factory closed, the boss ran away, nothing to eat in the dorm (round 19A)
    "စက်ရုံပိတ်သွားပြီ။ သူဌေးထွက်ပြေးသွားတယ်။ အဆောင်မှာ စားစရာမရှိဘူး",
    "နှစ်ရက် ထမင်းမစားရဘူး",  # not eaten for two days
    "အလုပ်ရှင်က ငါ့ကိုရိုက်နှက်တယ်",
    "ကယ်ပါ",
    "ကယ်ပါဦး အခု",
    "ကယ်\u200bပါ",  # a zero-width space inside the word
    "အခန်းထဲမှာ ပိတ်ထားတယ်",
    "ထွက်ခွင့်မပေးဘူး",
    "သူဌေးက သတ်မယ်လို့ ခြိမ်းခြောက်တယ်",
    "သေချင်တယ်",
    "မုဒိမ်းကျင့်ခံရတယ်",
    "ကျွန်မကို ရိုက်တယ်",  # spaced differently from the keyword
    "ကျွန်တော\u103a\u1037ကို ရိုက်တယ်",  # asat typed before the dot below
    "လူကုန်ကူးခံရတယ်",
    "အန္တရာယ်ရှိနေတယ်",
    "ထွက်လို့မရဘူး",
    "ရောင်းစားခံရတယ်",
    "ကိုယ့်ကိုယ်ကို သတ်သေချင်တယ်",
    "နှိပ်စက်နေတယ်",
    "သူ ကျွန်မကို မကောင်းတာ လုပ်တယ်",  # he did a bad thing to me (round 20A)
    "သေတာကောင်းတယ်",  # better to die (round 20A)
    "ယောက်ျားက ရိုက်တယ် ပတ်စပို့ သူ့ဆီမှာ",  # the husband hits, keeps the passport (20A)
    # a partner and a blow apart: the keywords hold them side by side only (session 24)
    "ယောက်ျားက နေ့တိုင်း ရိုက်တယ်",  # my husband hits (me) every day
    "ခင်ပွန်း အရက်သောက်ပြီး ရိုက်တယ်",  # the husband drinks and hits
    # A plea as the whole message (content/safety `alone`; exploratory test 7).
    "ကူညီပေးပါ",
    "😭😭 ကူညီပေးပါ",
    # With the polite endings and particles people add (exploratory test 8, finding 1).
    "ကူညီပေးပါဗျာ",
    "ကူညီပေးပါရှင်",
    "ကူညီပေးပါ ခင်ဗျာ",
    "ကူညီပေးကြပါဦး",
    "ကူညီပေးပါဗျ",
    "ကူညီပါဦးနော်",
    "ကျွန်တော့်ကို ကူညီပေးကြပါ ခင်ဗျ",
    # Immigration (လဝက) in the shop, no word for "arrest" (exploratory test 8, finding 7).
    "ဆိုင်ကို လဝက ဝင်လာတယ်",
    "လဝက တွေ လာစစ်နေတယ်",
    "အလုပ်ရုံကို လဝက ရောက်နေပြီ",
    # Pregnant and bleeding (round 17A): ကိုယ်ဝန်ရှိတယ် သွေးထွက်နေတယ်
    "ကိုယ်ဝန်ရှိတယ် သွေးထွက်နေတယ်",
]
ZAWGYI_TYPED = ["ကယ္ပါ", "ပိတ္ထား", "ထြက္ခြင့္မေပး", "ေသခ်င္တယ္"]
KHMER = [
    # the coeng left out (round 29C): "they hit me", "help me please"
    "គេវាយខញុំ",
    "ជួយខញុំផង",
    "ប្តីខ្ញុំ ផឹកស្រា ហើយវាយខ្ញុំរាល់ថ្ងៃ",  # my husband drinks and hits me every day
    # the agent says if I complain he will harm my family (round 21B)
    "ភ្នាក់ងារថាបើខ្ញុំប្តឹង គាត់នឹងធ្វើបាបគ្រួសារខ្ញុំ",
    "រោងចក្របិទ ថៅកែរត់បាត់ យើងគ្មានអ្វីញ៉ាំ",  # factory closed, boss gone, nothing to eat (19A)
    "នៅកន្លែងស្នាក់នៅគ្មានអាហារ",  # no food at the lodging
    "ថៅកែវាយខ្ញុំ",
    "គេមិនឲ្យចេញពីផ្ទះ",
    "គេមិនអោយចេញ",  # another spelling of ឲ្យ
    "គេមិនឱ្យចេញ",  # and the third
    "ជួយផង",
    "ជួយខ្ញុំផងៗ",
    "គេគំរាមសម្លាប់ខ្ញុំ",
    "ខ្ញុំចង់ស្លាប់",
    "គាត់ធ្វើរឿងអាក្រក់ដាក់ខ្ញុំ",  # he did bad things to me (round 20A)
    "ប្តីខ្ញុំវាយខ្ញុំរាល់ថ្ងៃ",  # my husband hits me every day (round 20A)
    "ខ្ញុំត្រូវគេចាប់រំលោភ",
    "គេចាក់សោខ្ញុំក្នុងបន្ទប់",
    "ខ្ញុំត្រូវវាយ ហូរឈាម",
    "គេលក់ខ្ញុំ",
    "សង្គ្រោះផង",
    "គេមិនឱ្យខ្ញុំចេញ",
    # Pleas with a form of address, raids (exploratory test 8, findings 1 and 7).
    "ជួយយើងផងបង",
    "សូមជួយខ្ញុំចាស",
    "អន្តោប្រវេសន៍ មកឆែកបន្ទប់",
    "ប៉ូលិសមកឆែកកន្លែងការងារ",
    "ខ្ញុំមិនចង់រស់ទៀតទេ",  # I do not want to live any more (round 16B)
]
ROMANISED_BURMESE = [
    "kuu nyi par",
    "ku nyi pr",
    "kal par",
    "Kel Par!!",
    "pate htar tal",
    "that mal lo pyaw tal",
    "say chin tal",
    "kae pay par",
    "thay chin tl",
    "ah yay po",
    "ngar ko yite tal",
    "ku nyi pay par shin",
    "la wa ka win lar tal",
    "la wa ka twe lar sit nay tal",
    "lawaka lar nay tal",  # Immigration is coming (round 25B)
    "lawaka twe yauk nay pyi",  # Immigration has arrived
    # the employer gives no phone, I cannot go out (round 18A)
    "a lote shin ka phone ma pay buu, a pyin ma htwet ya buu",
    "boss pyay twar pyi, sar sa ya ma shi buu",  # the boss ran away, nothing to eat
    "2 yet ta min ma sar ya buu",  # not eaten for two days
]
ROMANISED_KHMER = [
    "jouy phong",
    "chuoy khnhom phong",
    "vay khnhom",
    "som lab khnhom",
    "min oy chenh",
    "min chong rus tiet",
    "thaokae kom hoeng",
    "jouy khnhom phong",
    "khnhom chong slab",
    "chap sao khnhom",
    "som jouy khnhom bong",
    "ot ban nham bay 2 thngai",  # not eaten for two days (round 18A)
    "yerng kmean ey nham",  # we have nothing to eat
]
MIXED = [
    "boss ကယ်ပါ",
    "help ជួយផង",
    "agent threatened ငါ့ကို",
    # Zawgyi and Unicode in one message (round 29C): the Unicode ကယ်ပါ was converted as
    # Zawgyi with the rest and read as "ကယျပါ": no numbers.
    "ရဲဖမ္းသြားတယ် ကယ်ပါ",
    # romanised words as an English keyboard's autocorrect leaves them (round 29C)
    "Joy phong",  # "Joy phone" alone is put back before it is read (test_autocorrected.py)
    "Kate par",
    "Some Joy",
    # voice typing's run-on Burmese: the boss hits me, took the passport too (round 29C)
    "ငါ့ကိုအလုပ်ရှင်ကရိုက်တယ်ပတ်စပို့လည်းယူထားတယ်ဘာလုပ်ရမလဲ",
]

DANGER: list[tuple[str, str]] = [
    *(("en", m) for m in ENGLISH),
    *(("my", m) for m in BURMESE),
    *(("my", to_zawgyi(m)) for m in BURMESE),
    *(("my", m) for m in ZAWGYI_TYPED),
    *(("km", m) for m in KHMER),
    *(("en", m) for m in ROMANISED_BURMESE),
    *(("en", m) for m in ROMANISED_KHMER),
    *(("en", m) for m in MIXED),
]

ORDINARY_BURMESE = [
    "လစာ မရဘူး",
    "ပတ်စပို့ ပျောက်သွားတယ်",
    "ဓာတ်ပုံရိုက်တယ်",  # ရိုက် is also "take a photo"
    "ယောက်ျားက ဓာတ်ပုံ ရိုက်ပေးတယ်",  # the husband takes photos (a partner, no blow)
    "ယောက်ျားက စာရိုက်တယ်",  # the husband types
    "သူဌေးက ဓာတ်ပုံရိုက်ပေးတယ်",  # the boss takes photos
    "အလုပ်ရှင်က စာရိုက်ခိုင်းတယ်",  # the employer has me type
    "ဗီဇာ ဘယ်လိုလုပ်ရမလဲ",
    "အိမ်ပြန်ချင်တယ်",
    "သံရုံး ဘယ်မှာလဲ",
    "အလုပ်ရှင် ပြောင်းချင်တယ်",
    "ကျေးဇူးတင်ပါတယ်",
    "မင်္ဂလာပါ",
    "ကမ္ဘာ့ အလုပ်သမား နေ့",
    "ကုမ္ပဏီက လစာမပေးဘူး",
    "အင်္ကျီချုပ်တဲ့ အလုပ်",  # ချုပ် is also "sew"
    "ဗီဇာကိစ္စ ကူညီပေးပါ",  # "please help with the visa": a plea only alone
    "ကူညီပါမလား",
    "ကူညီပါမလား ခင်ဗျာ",  # "will you help, sir?": a question
    "ဗီဇာကိစ္စ ကူညီပေးပါ ခင်ဗျာ",
    "လဝက ရုံး ဘယ်မှာလဲ",  # where is the Immigration office
    "လဝက ရုံးကို ဘယ်လို သွားရမလဲ",
    "လဝက မှာ ဗီဇာ သက်တမ်းတိုးချင်တယ်",  # renew the visa at Immigration
    # ပိတ်ထား (locked up) held by a thing shut (session 26, emergency_keywords.yml `harmless`):
    # the broker switched his phone off, no money back; the factory is closed, no pay
    "ပွဲစား ဖုန်းပိတ်ထားပြီ ငွေလည်းမရ",
    "စက်ရုံပိတ်ထားတယ် လစာမရဘူး",
]
ORDINARY: list[str] = [
    "my boss did not pay my salary",
    "how do I get a work permit",
    "I lost my passport",
    "I ate grapes",
    "where is the embassy",
    "I looked in the contract",  # one letter from "locked in"
    "my new joy phone is broken",  # English: "joy phone" is no plea here (the lead's last read)
    "the factory is closed today",
    "I want to go home",
    "how much is the recruitment fee",
    "can I change employer",
    "thank you",
    "hello",
    "my bus is late",  # "ma pay bus" is put back only as the pair (round 29C)
    "i enjoy my new phone",
    "hellooo",  # a greeting drawn out (round 29C: a help drawn out is a plea)
    "helpp",  # a slip: the help page
    "what documents do I need",
    "my visa expires next month",
    "is the agent legal",
    "they treated me well",
    "I beat the deadline",
    "please help me with my visa",
    "where can I see a doctor",
    "my son died in Thailand factory, how bring body home",  # grief, no danger now (16B)
    "i want to live in korea",
    "my phone is broken",
    "please keep in touch with me",  # "touch me" only as whole words
    "can i run a shop when i go home",
    "I killed time at the market",
    "a blessing for my family",  # one letter from "bleding", the folded "bleeding"
    *ORDINARY_BURMESE,
    *(to_zawgyi(m) for m in ORDINARY_BURMESE),
    "ខ្ញុំបាត់លិខិតឆ្លងដែន",
    "វាយតម្លៃ",  # contains វាយ, "hit"
    "ថៅកែមិនបើកប្រាក់ខែ",
    "ខ្ញុំចង់ទៅផ្ទះ",
    "ប្តីខ្ញុំ វាយតម្លៃ ផ្ទះ",  # my husband values the house (វាយ is also "to value")
    "ប្តីខ្ញុំ ទះដៃ",  # my husband claps
    "សួស្តី",
    "អរគុណ",
    "ស្ថានទូតនៅឯណា",
    "ធ្វើការ ១២ ម៉ោង",
    "kyay zu tin par",
    "mingalarpar",
    "la cha ma ya bu",
    "sous dey",
    "nham bay nov?",  # have you eaten? (a greeting)
    "khnhom nham bay haey",  # I have eaten
    "ot mean luy khae",
    "help me with my visa sir",
    "please help me fill the form bro",
    "where is the immigration office",
    "immigration office open on saturday?",
    "how to do the 90 day report at immigration",
    "la wa ka yone bal mhar lae",
    "ការិយាល័យអន្តោប្រវេសន៍នៅឯណា",  # where is the immigration office
    "ជួយខ្ញុំរកការងារផងបង",  # "help me find work, brother"
    "lost passport need emergency document",  # an emergency travel document (session 26)
]
