# ruff: noqa: E501  (regular-expression tables read better unwrapped by a few characters)
"""The curated phrase lexicon: the second layer of crisis detection.

Patterns are written in plain English over the normalised text (lowercase, no apostrophes, contractions
spelled out: "i am", "do not", "can not", "will not"); ``compile_rules`` squeezes their repeated letters
the same way the text is squeezed. Each rule has an id that may be logged; the seeker's text never is.

Categories:
- ``suicide``: direct and oblique ideation, goodbyes, plans, a third person at risk now;
- ``self_harm``: hurting oneself without intent to die;
- ``harm_from_others``: the seeker is being hurt or threatened by someone;
- ``harm_to_others``: intent to seriously hurt someone (not the everyday "I could kill him");
- ``method_seeking``: asking for means or lethality (alone when unambiguous, otherwise only together
  with a distress cue, see ``MEANS`` and ``DISTRESS``).
"""

from __future__ import annotations

import re

from esc_graph.safety.methods import MEANS, METHOD_STRONG
from esc_graph.safety.normalise import squeeze_pattern
from esc_graph.safety.vocab import HIGH_PLACES, I_AM, KIN, PEOPLE, PILLS, Rule, rules_for

SUICIDE = {
    # NB squeezing makes "off" read "of", so "off myself" only counts after an intent word.
    "kill-self": r"\b(?:kil|kill|killing|hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|gas|gassing|"
    r"suffocate|suffocating|end) (?:my ?self)\b|\b(?:to|gona|will|wil|going to) (?:of|ofing) (?:my ?self)\b",
    "suicide-word": r"\bsuicid(?:e|al|ality)\b|\bcommit suicide\b",
    "end-life": r"\b(?:end|ending|take|taking|took) (?:my|my own) life\b",
    "end-it-all": r"\b(?:should|could|might as well|going to|gona|want to|will|ready to|about to|decided to|"
    r"thinking (?:about|of)|need to) (?:just )?end it\b(?! (?:with|off|between|for (?:us|them|him|her)|"
    r"early)\b)|\bend (?:it all|everything|it for good|it tonight|it today|it now|it soon|my pain for good)\b"
    r"|\bwant (?:it all|everything|my life|this life|the pain|it) to (?:end|be over|stop) (?:forever|for good|"
    r"permanently)\b|\bwant (?:my life|this life|it all|everything) to (?:end|be over)\b",
    "think-death": r"\b(?:think|thinking|thought|thoughts|dream|dreaming|fantasize|fantasizing|obsess|obsessing|"
    r"imagine|imagining|daydream|daydreaming)(?: about| of| over)? (?:dying|my (?:own )?death|being dead|my (?:own )?funeral|"
    r"not being (?:here|alive|around)|not existing|ending (?:it|it all|everything|things|my life)|killing myself|suicide)\b",
    "death-control": r"\b(?:death|dying|my death)(?: \w+){0,4} (?:only thing|the one thing) i (?:have|can|still "
    r"have) control\b|\b(?:instructions|plans|wishes|arrangements) for my (?:own )?funeral\b|\b(?:can you|could "
    r"you|please) tell (?:my \w+|them|everyone|my family) (?:that )?(?:i am (?:so )?sorry|i love|i loved)\b|\b(?:said|"
    r"made) (?:all )?my goodbyes\b|\bonly one way (?:this|it) (?:ends|will end|can end|is going to end)\b|\b(?:go|"
    r"goes|to go|fade) (?:dark|black|quiet|silent) (?:for good|forever|permanently)\b|\b(?:i am|standing|sitting|"
    r"sat) (?:at|on) the (?:bridge|edge|ledge|roof|rooftop|cliff|cliffs|tracks|railway) (?:now|right now|again)\b"
    r"|\b(?:make sure|ensure|guarantee) (?:that )?i (?:do not|never|will not) wake up\b",
    "death-relief": r"\b(?:death|dying|being dead|not existing|not being alive|not waking up) (?:sounds|would be|"
    r"feels|seems|is|looks) (?:like )?(?:a |an |the |so )?(?:relief|release|welcome|peaceful|peace|escape|answer|"
    r"only way|only option|only way out|freedom|better option|mercy)\b|\bno (?:other )?way out (?:except|but|"
    r"other than|apart from)\b|\bonly (?:one|1) way out\b"
    r"|\bif i (?:died|were to die|killed myself|was dead|were dead|was to die)\b"
    r"|\b(?:hope|hoping|wish|wishing|pray|praying) (?:\w+ ){0,3}(?:cancer|accident|illness|heart attack|car|"
    r"bus|truck|plane) (?:\w+ ){0,3}(?:kils|kills|kil|kill|takes|take|hits|hit) me\b|\b(?:hope|hoping|wish) (?:the "
    r"|my )?cancer (?:comes back|wins|spreads)\b"
    r"|\b(?:pray|praying|prayed|hope|hoping|wish|wishing) (?:that )?(?:god|the lord|jesus|he|the universe|"
    r"something|death) (?:would |will )?(?:takes?|take) me\b|\b(?:god|lord),? (?:please )?take me\b",
    "euphemism": r"\b(?:going to|gona|might|about to|will|could) do something (?:stupid|drastic|permanent|"
    r"i can not take back)(?: to myself| tonight| today| soon|$)|\b(?:if|when) i (?:just )?(?:stopped|stop) "
    r"(?:breathing|existing|living)\b|\b(?:what if|if only) i (?:just )?(?:did not exist|was not here|were not "
    r"here|was gone|were gone|was dead|were dead|disappeared|was not alive)\b|\bwould (?:anyone|anybody) "
    r"(?:even )?(?:care|notice|miss me)\b|\bso (?:that )?i (?:do not|will not|would not) have to do it "
    r"(?:my ?self)\b|\b(?:be|are|will be|would be) (?:finally )?(?:free|rid) of me\b|\bnot (?:scared|afraid) "
    r"(?:to die|of dying|of death)\b|\bthank you for everything\b.*\b(?:goodbye|farewell|bye forever)\b"
    r"|\byou were the only one who (?:ever )?(?:listened|cared|understood)\b",
    "dangerous-place": r"\b(?:keep|kept|been|keeps) (?:standing|going|sitting|walking|driving|looking)(?: \w+)"
    r"{0,8} (?:edge|ledge|railing|tracks|platform|cliff|cliffs|bridge|roof|rooftop|top floor|car park|parking "
    r"garage|multi storey)\b|\b(?:drove|went|walked|"
    r"stood|sat) (?:to|at|on|by|up to) (?:the )?(?:cliffs?|bridge|edge|tracks|roof|ledge)(?: \w+){0,5} (?:for "
    r"hours|all night|thinking|staring|for ages|a long time)\b",
    "search-death": r"\b(?:google|googled|googling|search|searched|searching|look up|looked up|looking up|research|"
    r"researching|researched) (?:how to (?:die|kil myself|kill myself|end it|end my life)|ways to (?:die|kil myself|"
    r"kill myself|end it)|suicide methods|methods of suicide)\b|\bno (?:wish|desire|will|want|intention) to (?:keep "
    r"living|live|go on|be alive|stay alive|continue living|wake up)\b|\bworth (?:more|something) (?:dead|then|when "
    r"i am gone|once i am gone)\b|\bso (?:\w+ ){1,3}can (?:access|have|take|get) (?:everything|my \w+) (?:after|when "
    r"i am gone|once i am gone)\b|\b(?:look after|take care of|care for) (?:\w+ ){1,3}(?:for me )?(?:when|after|once) "
    r"i am (?:not around|gone|not here|dead)\b|\b(?:how )?peaceful it (?:would|will) be to (?:just )?(?:not be|die|"
    r"be gone|sleep forever|not exist|not wake up)\b",
    "only-way": r"\bonly (?:way|option|answer|solution|escape)(?: \w+){0,6} (?:to not be|not be alive|not being "
    r"alive|to die|dying|death|to end it|to disappear|suicide|to kil myself|to kill myself)\b|\bwhy (?:should|would|"
    r"do) i (?:keep living|keep going|go on|stay alive|live|bother living|bother staying alive|even live)\b"
    r"|\b(?:you|anyone|nobody|no one) (?:will not|will never|is not going to) (?:hear from|see) me (?:again|anymore|"
    r"ever again)\b|\bso (?:he|she|they|you) (?:knows?|know) what to do (?:after|when i am gone|once i am gone)\b"
    r"|\b(?:soon|after tonight|after today|tomorrow) (?:it|none of (?:this|it)|nothing) (?:will not|will) matter"
    r"\b|\b(?:found out|looked up|checked|measured|researched|worked out) how (?:high|tall|deep|many storeys|many "
    r"floors|many stories|far down|far the drop)\b|\b(?:going to|want to|need to|ready to|will|wil) (?:go to )?(?:rest|sleep) "
    r"(?:for good|forever|permanently)\b",
    "want-out": r"\b(?:want|need|wanted) (?:out|to get out|to check out|to leave) (?:for good|of (?:this|my) "
    r"life|of life|of this world|of existence|permanently)\b|\b(?:leave|exit|check out of) this (?:world|life|"
    r"earth)\b|\bcheck out early\b",
    "stop-for-good": r"\b(?:wish|want|wanting|wishing|need)(?: i could| to)? (?:just )?stop (?:for good|forever|"
    r"permanently|breathing|existing|living|everything for good)\b|\b(?:going to|gona|will|want to|about to|"
    r"ready to|planning to) jump (?:tonight|today|now|soon|tomorrow|this weekend|off)\b"
    r"|\bafter (?:tonight|today)\b(?: \w+){0,3} (?:none of this|nothing|it) (?:will|is going to) (?:matter|"
    r"hurt anymore)\b|\bwill not need (?:my |any of my |these |the )?\w+ where i am going\b",
    "want-die": r"\b(?:want|wants|wanted|wanting|wish|wishes|wishing|ready|planning|plan|decided|deserve|need|"
    r"needs) (?:to )?"
    r"(?:just )?(?:die|be dead|stop living|stop breathing|not be alive)\b"
    r"|\b(?:i|me) (?:should not|should never have|do not deserve to) (?:be alive|exist|have been born|"
    r"live)\b|\bwhat is the point (?:of|in) (?:living|being alive|going on|life|waking up|staying alive)\b",
    "wish-dead": r"\bwish (?:i|that i) (?:was|were|could be) (?:dead|gone for good|never born)\b"
    r"|\bwish i had never been born\b|\bwish (?:i|that i) (?:could )?(?:just )?die\b"
    r"|\b(?:wish|wishing|hope|hoping|pray|praying) (?:that )?i (?:would|could|will|might|do) (?:just )?(?:die|"
    r"not wake up|never wake up|get hit by|stop breathing)\b",
    "better-off-dead": r"\b(?:better off|rather be|happier|at peace) dead\b|\b(?:better|easier|happier|lighter)"
    r"(?: \w+){0,3} (?:if|when|once) i (?:just |simply )?(?:was|were|am|did)(?: just)? (?:dead|gone|not here|"
    r"not around|not alive|not exist|never born)\b(?! (?:for|to|on|at|from)\b)|\bif i (?:just )?(?:never|did not|do not) "
    r"(?:woke|wake) up\b|\b(?:if|when) i (?:had )?never "
    r"(?:been born|existed)\b",
    "not-want-alive": r"\b(?:do not|no longer|not) (?:want|wish|wanting) to (?:be alive|exist|be here anymore|"
    r"be around anymore|wake up|go on living|keep living|live anymore|live any more|live like this|be here "
    r"(?:tomorrow|next week|much longer|by (?:tomorrow|morning|the weekend)))\b"
    r"|\bdo not want to live(?! (?:in|with|at|near|alone|there|here|on|together|by|like that)\b)",
    "no-reason-live": r"\b(?:no|not any|nothing|not a single|not one) (?:reason|point|purpose|will) "
    r"(?:left )?(?:for me )?(?:left )?(?:to|in|for) (?:live|living|being alive|stay alive|staying alive|existing|go on living|"
    r"keep living|wake up|waking up)\b",
    "life-not-worth": r"\b(?:life|living|my life|being alive) (?:is not|is no longer|isnt|aint) worth "
    r"(?:living|it anymore|it any more|the pain)\b|\bnot worth (?:living|being alive|keeping alive)\b",
    "cannot-go-on": r"\b(?:can not|could not|will not) (?:go on|carry on|keep living|live) "
    r"(?:anymore|any more|any longer|much longer)\b|\bcan not keep living\b",
    "tired-living": r"\b(?:tired|sick|exhausted|had enough|fed up) (?:of|with) (?:living|being alive|life|existing|"
    r"waking up)\b|\b(?:not sure|do not know if|do not think) i (?:want to|will|can) (?:survive|live through|make it "
    r"through) (?:this|the|tonight|today)\b|\b(?:do not|no longer) want to (?:survive|live through)\b"
    r"|\bdone with (?:life|living|being alive|existing)\b",
    "never-wake": r"\b(?:sleep|go to sleep|fall asleep|close my eyes)(?: \w+){0,2} and (?:never|not) wake up\b"
    r"|\b(?:hope|wish|pray|praying|hoping) (?:that )?i (?:do not|will not|would not|never) wake up\b"
    r"|\bnever wake up again\b|\beternal sleep\b|\b(?:sleep|fall asleep|go to sleep)(?: \w+){0,2} and never "
    r"(?:have to )?(?:feel|wake|deal with|face) (?:anything|up|it|this)\b"
    r"|\bwake up\b(?: \w+){0,3} (?:wish|wishing|hope|hoping) (?:i|that i) (?:had not|did not|would not|was "
    r"not|were not|had never)\b|\b(?:do not|can not|no longer) see (?:the|any) point (?:in|of) (?:living|"
    r"waking up|being alive|going on|life|staying alive|existing)\b",
    "disappear-forever": r"\b(?:i|me|myself)(?: \w+){0,3} (?:disappear|vanish|be gone|fade away) (?:forever|"
    r"for good|permanently)\b|\b(?:want to|wish i could|wish i did|just want to|rather) (?:stop existing|"
    r"cease to exist|not exist|stop being alive)\b",
    "world-without-me": rf"\b{PEOPLE}(?: \w+){{0,4}} (?:be |is |are )?(?:better|lighter|happier|easier|"
    r"better off)(?: \w+){0,3} without me\b|\b(?:my (?:kids|children|family|parents|wife|husband|partner)|"
    r"everyone|everybody) (?:will|would) be (?:fine|okay|ok|alright)(?: \w+){0,2} without me\b(?! (?:while|for|"
    r"during|when|this|next|until)\b)|\bbetter off without me\b|\bworld without me\b",
    "nobody-miss": r"\b(?:no one|noone|nobody|not one person|not a single person) (?:would|will|is going to|"
    r"even) (?:even )?(?:miss me|notice|care)(?: if| when| that)? (?:i|i was|i were|i am) (?:gone|dead|died|"
    r"disappeared|vanished|not here|not around|not alive|killed myself|stopped existing|lived or died)\b"
    r"|\b(?:no one|noone|nobody) (?:would|will) (?:even )?miss me\b",
    "not-around-long": rf"\b{I_AM} (?:will not|am not going to|would not) be (?:a problem|a burden|around|here|"
    r"your problem|anyones problem|bothering (?:anyone|you)|in the way|alive|a bother|a nuisance|in anyones way)"
    r"(?: \w+){0,3} (?:much longer|"
    r"for long|anymore|any more|soon|after (?:today|tonight|this week|this weekend|tomorrow))\b"
    r"|\b(?:stop|stopping) being a (?:burden|problem) (?:soon|for good|forever|permanently)\b"
    r"|\b(?:soon|shortly|before long|after tonight|after today)\b(?: \w+){0,3} (?:will not|no one will|nobody "
    r"will|you will not) (?:be|have to|need to)(?: \w+){0,2} (?:problem|burden|around|here|deal with me|worry "
    r"about me|see me)\b|\bdo not think i will (?:be (?:here|around|alive)|still be (?:here|around|alive)) "
    r"(?:next|by|tomorrow|much|for|to see|after)\b"
    r"|\bwill not (?:have to|need to) (?:deal|worry|put up) (?:with|about) me (?:much )?(?:longer|"
    r"anymore|soon)\b",
    "giving-away": r"\b(?:giving|gave|give|given|been giving) (?:away )?(?:all )?(?:of )?my (?:things|stuff|"
    r"belongings|possessions|prized|favorite|favourite|pets?|cat|dog|guitar|collection)(?: \w+){0,3} away\b"
    r"(?!.*\bmov)|\b(?:giving|gave|give|been giving) away (?:all )?(?:of )?(?:my (?:things|stuff|belongings|"
    r"possessions|pets?|cat|dog|guitar|collection)|everything i own)\b(?!.*\bmov)"
    r"|\b(?:who|someone) (?:will|can|could) (?:take|look after|have) my (?:cat|dog|pets?|things|stuff)"
    r"(?: \w+){0,3} (?:when|after|once) i am (?:gone|not here)\b",
    "goodbye-note": r"\b(?:wrote|writing|written|write|left|leaving|leave|drafted|drafting) (?:a |my |the )?"
    r"(?:goodbye|suicide|farewell) (?:note|letter|letters|notes|message|messages)\b|\b(?:wrote|writing|"
    r"written|write|left|leaving|leave) (?:a |my |the )?(?:final|last) (?:note|letter|letters|notes|words)\b"
    r"|\b(?:wrote|writing|written|left|leaving) (?:\w+ ){0,2}(?:letters?|notes?|messages?) (?:to|for) "
    r"(?:\w+ ){0,3}(?:just in case|in case (?:something|anything) happens|for (?:when|after) i am gone|to "
    r"read (?:after|when|once))\b"
    r"|\b(?:writing|wrote|write|written) (?:letters|notes|goodbye messages) to (?:everyone|all the people|the "
    r"people|everybody) i (?:love|care about)\b|\b(?:gave|giving|given|rehomed|rehoming|found a home for) "
    r"(?:away )?my (?:dog|cat|pets?|bird|rabbit|hamster) (?:to|away)\b"
    r"|\bby the time (?:you|anyone|someone) (?:read|reads|see|sees|find|finds) this\b"
    r"|\b(?:this is|consider this) (?:my )?(?:goodbye|final goodbye|last goodbye|farewell)\b"
    r"|\b(?:saying|said|say) (?:my )?(?:final |last )?goodbyes?(?: to (?:everyone|everybody|the world|"
    r"all of you|you all|my family))?(?= (?:just in case|for good|forever)\b)|\b(?:saying|say) (?:my )?(?:final |"
    r"last )?goodbyes? to (?:everyone|everybody|the world|all of you|you all)\b(?! (?:at|before|because|as|when|"
    r"in|from|here|there)\b)"
    r"|\bgoodbye (?:forever|cruel world|world)\b|\b(?:started|been|am|begun|begin|quietly) saying (?:my )?"
    r"goodbyes?\b(?! (?:at|before|because|as|when) )|\b(?:my |our )?affairs in order\b"
    r"|\b(?:last time|never|not) (?:you will|you are going to|anyone will) (?:ever )?hear from me(?: again)?\b"
    r"|\b(?:tell|let) (?:my \w+|everyone|them|my family) (?:know )?(?:that )?i (?:loved|love) (?:them|her|him|"
    r"you)\b|\bat peace with (?:my|the|this) (?:decision|choice|plan)\b",
    "last-day": r"\b(?:last|final) (?:day|night|days|hours|sunset|week|breath) (?:alive|on earth|of my life|"
    r"on this earth|i will ever)\b|\bmy last (?:words|breath)\b",
    "plan": r"\b(?:have|got|made|making|figured out) (?:a|the|my) (?:plan|date|way) (?:to|for how to|for how i) "
    r"(?:die|end|kil|kill|do it)\b|\b(?:know|decided|figured out|planned) (?:exactly )?how (?:i|i am going to|"
    r"i will|i would|to) (?:do it|end it|die|kill myself)\b",
    "means-near": rf"\b(?:{PILLS}|rope|gun|pistol|knife|blade|razor)(?: \w+){{0,3}} (?:next to me|beside me|in "
    r"front of me|on my (?:desk|bed|lap|pillow|bedside))\b|\balready (?:know|picked|chose|chosen|decided) (?:which|"
    r"what|the|my) (?:bridge|building|pills|spot|place|cliff|method|day|date|way)\b|\bwill not be (?:\w+ ){0,6}or "
    r"anywhere\b",
    "means-ready": rf"\b(?:{PILLS}|rope|gun|pistol|knife|blade|razor)(?: \w+){{0,3}} (?:ready|saved up|"
    r"stockpiled|hidden|in my (?:hand|pocket|bag|lap))\b|\b(?:looking|staring|stared|looked|sitting|sat) "
    rf"(?:at|with) (?:the |my |a |all the |all my )?(?:{PILLS}|rope|razor|blade|blades|gun|ledge|tracks)"
    r"\b(?: \w+){0,5} (?:for (?:an|a|hours|an hour|ages|a while)|all night|again|tonight|wondering)\b"
    r"|\b(?:rope|pills|blade|razor|gun)(?: \w+){0,6} (?:keep|kept|been|am|sit|sat) (?:looking|staring) "
    r"at (?:it|them)\b"
    r"|\b(?:have|got|bought|gathered) (?:everything|all (?:of )?(?:the |my )?(?:things|stuff)) (?:i need|ready)"
    r"(?: \w+){0,2} (?:to do it|to end it|for tonight)\b"
    rf"|\b{PILLS}(?: \w+){{0,6}} (?:saving|save|saved|hoarding|stockpiling|collecting|keeping) (?:them|it|those)"
    r"(?: up)?\b|\b(?:stockpiling|saving up|hoarding|collecting) "
    rf"(?:my )?{PILLS}\b",
    "overdose-self": rf"\b(?:take|took|taking|swallow|swallowed|swallowing|down|downing|downed) (?:all|a lot of|"
    r"a bunch of|every|the whole|the rest of|all of|a handful of|the entire|too many|enough) (?:of )?"
    rf"(?:my |the |these |those |his |her )?(?:bottle of |pack of |box of )?{PILLS}\b"
    r"|\b(?:i|to|going to|want to|could|will|gona|about to) (?:just )?(?:overdose|od)\b"
    r"|\bi (?:just |almost |nearly )?(?:overdosed|od d|odd on)\b",
    "traffic": r"\b(?:walk|walking|step|stepping|run|running|throw myself) (?:into|in front of|out in front of) "
    r"(?:the |a |an )?(?:traffic|bus|train|car|truck|lorry|oncoming)\b|\b(?:drink|starve) myself to death\b",
    "jump-from": r"\b(?:jump|jumping|leap|leaping|throw myself|throwing myself) (?:off|from|in front of|under) "
    rf"(?:a |the |my |this |that )?(?:\w+ )?(?:{HIGH_PLACES}|train|bus|truck|car|subway|metro|window)\b",
    "crash-car": r"\b(?:crash|drive|driving|steer|swerve)(?: my car)? (?:into|off) (?:a |the )?(?:wall|tree|"
    r"cliff|bridge|truck|oncoming|river|lake)\b",
    "afterlife-join": rf"\bjoin (?:him|her|them|my {KIN}|my (?:grandma|grandmother|baby|son|daughter|friend))"
    r"(?: \w+){0,2} (?:soon|in heaven|on the other side|up there|in the afterlife)\b|\bbe with (?:him|her|them|"
    rf"my {KIN}|my (?:grandma|grandmother|baby|friend))(?: again)? (?:in heaven|on the other side|up there|"
    r"in the afterlife)\b",
    "pain-stop-gone": r"\b(?:when|once|after|if) i am (?:gone|dead|not here anymore|not around anymore)\b"
    r"(?! (?:to|for|on|at|from|away)\b)"
    r"|\b(?:pain|suffering|hurting|everything) (?:will|would) (?:finally )?(?:stop|end) (?:if|when|once) "
    r"i (?:die|am gone|am dead|was gone|were gone)\b",
    "third-party-now": r"\b(?:wants|going|threatening|threatened|planning|plans|trying|tried) to (?:kil|kill|"
    r"end|hurt|harm) (?:himself|herself|themselves|themself)\b|\b(?:he|she|they) (?:is|are|was) suicidal\b",
}

SELF_HARM = {
    "harm-self": r"\b(?:cut|cutting|cuts|burn|burning|burnt|burned|harm|harming|hurt|hurting|hit|hitting|"
    r"punch|punching|scratch|scratching|starve|starving|stab|stabbing|injure|injuring|bruise|bruising|"
    r"bang|banging|carve|carving|slice|slicing) (?:my ?self)\b(?! (?:out|up|playing|at (?:the )?(?:gym|practice|"
    r"work)|running|lifting|skiing|during|in (?:a|the) (?:fall|game|match|accident)))",
    "self-harm-word": r"\bself ?(?:harm|harming|injury|injure|injuring|mutilation|mutilate|hurt|hurting)\b",
    "carve-into": r"\b(?:cut|carved|carve|carving|etched|etch|scratched|burned|burnt) (?:\w+ ){0,3}(?:into|in|"
    r"on) my (?:skin|arm|arms|wrist|wrists|thigh|thighs|leg|legs|stomach|hand|chest)\b|\b(?:the |my )?(?:cut|cuts|"
    r"wound) (?:was|is|were|are) (?:too|so|really) deep\b|\b(?:cut|cuts|wound) (?:will not|would not) stop "
    r"bleeding\b",
    "body-cut": r"\b(?:cut|cuts|cutting|slit|slitting|slash|slashing|slice|slicing|open|carve|carving|burn|burned|"
    r"burnt|burning|scratch|scratched|scratching) (?:into )?(?:my|both my) (?:wrist|wrists|arm|arms|veins|thigh|"
    r"thighs|leg|legs|skin|stomach|hip|hips)\b",
    "blade-skin": r"\b(?:razor|blade|blades|knife|lighter|scissors|glass)\b(?: \w+){0,5} (?:on|to|against|into|"
    r"across) my (?:skin|arm|arms|wrist|wrists|thigh|thighs|leg|legs|body|stomach)\b",
    "relapse": r"\b(?:relapsed|relapse|relapsing)\b(?: \w+){0,4} (?:cut|cutting|self harm|harming|blade|razor|"
    r"burning)\b|\b(?:cutting|burning|harming myself|self harming) again\b|\b(?:days|weeks|months|years) "
    r"clean (?:from|of) (?:cutting|self harm|harming|burning)\b",
    "urge": r"\b(?:urge|urges|craving|itch) to (?:cut|burn|self harm|hurt myself|harm myself|see (?:myself )?"
    r"bleed)\b|\b(?:need|want|wanted|going) to (?:cut|burn) (?:again|myself|so bad|really bad|tonight|deeper)\b"
    r"|\b(?:need|want|wanted) to (?:cut|burn)$"
    r"|\bmake (?:my ?self|it) bleed\b|\b(?:watch|see) (?:myself|my ?self|me|it) bleed\b|\bdeserve (?:to hurt|pain|to bleed)\b",
    "urges-back": r"\b(?:cut|cutting|self harm|self harming|harm|burn|burning|hurt myself)\b(?: \w+){0,8} "
    r"urges?\b|\burges? (?:to (?:cut|burn|hurt)|are back|is back|came back|keep coming back)\b(?=.*\b(?:cut|"
    r"harm|burn|blade|bleed))|\b(?:pick|picking|picked|scratch|scratching|pull|pulling|bite|biting)(?: at)? my "
    r"(?:skin|arms|face|lips|scalp|legs)(?: \w+){0,3} (?:until|till|til) (?:it bleeds|i bleed|they bleed|it is "
    r"bleeding|it is raw|it is bloody)\b",
    "bleed-bruise": r"\b(?:until|till|til) (?:my (?:\w+ )?(?:knuckles|skin|arms|hands|fingers|lips|head|fists) |"
    r"it |they |i )(?:bleed|bleeds|bled|bleeding|bruise|bruised|bruises)\b|\bmy (?:arms|legs|thighs|wrists|body|"
    r"stomach|hips) (?:are|is) (?:covered|full) (?:in|of|with) (?:cuts|scars|burns)\b|\b(?:stopped eating|starve|"
    r"starving|not eating|hurt|hurting|cut|cutting|burn|burning|hit|hitting)(?: \w+){0,5} (?:to )?punish (?:my ?self)\b",
    "cut-again": r"\bi (?:cut|burned|burnt) (?:again|deeper|too deep)\b",
    "start-harm": r"\b(?:started|start|began|begin|back to|went back to) (?:cutting|burning|self harming|"
    r"harming myself|hurting myself)\b",
    "fresh-cuts": r"\b(?:fresh|new|deep|deeper) (?:cuts|cut|wounds|burns)\b(?: \w+){0,3} (?:on my|i made|"
    r"myself)\b|\b(?:hide|hiding|hid|cover|covering|covered) (?:up )?(?:my |the )?(?:cuts|scars|burns|marks)\b"
    r"|\b(?:cuts|scars|burns|marks|bruises) on my (?:wrist|wrists|arm|arms|thigh|thighs|legs|stomach|hips)\b",
    "on-purpose": r"\b(?:cut|cutting|burned|burnt|burning|hurt|hurting|hit|hitting|bruised|bruising|scratched|"
    r"scratching|scalded|scalding|punched|punching|bit|biting) (?:my ?self|my \w+)"
    r"(?: \w+){0,5} on purpose\b|\b(?:bang|banging|hit|hitting|slam|slamming) my head(?: \w+){0,4} "
    r"(?:until|till) (?:it hurts|i bleed|it bleeds|i see stars|i can not think)\b",
}

HARM_FROM_OTHERS = {
    "being-hit": rf"\b(?:he|she|they|my {KIN}|my (?:mom|dads|moms) (?:boyfriend|girlfriend))(?: \w+){{0,2}} "
    r"(?:hits|hit|punched|punches|kicked|kicks|choked|chokes|choking|strangled|strangles|strangling|slapped|"
    r"slaps|raped|abuses|abused|assaulted|assaults|molested|molests|burned|burns|whipped|whips|smacks|smacked) me\b"
    r"(?! out\b| with (?:love|hugs|kindness|affection|attention|rules|questions|demands|expectations|guilt|work)\b)"
    r"|\b(?:hits|hit|beats|beat|whips|whipped|slaps|slapped|hitting|beating) me with (?:a|his|her|their|the) (?:belt|"
    r"stick|bottle|fist|fists|hand|shoe|cable|wire|hanger|spoon|bat|chair)\b|\b(?:held|holds|pinned|pins|pinning|"
    r"holding) me down\b|\b(?:throws|threw|throwing) (?:things|stuff|bottles|plates|glasses|a \w+) at me\b"
    r"|\b(?:scared|afraid|terrified) to go (?:back )?home\b"
    r"|\b(?:beat|beats|beating) me (?:up|until|till|so|badly|again|every|when|if|with)\b"
    r"|\b(?:pushed|shoved|threw|throws|slammed) me (?:down|against|into|onto|to the|across|out of)\b",
    "threat-said": r"\b(?:said|says|told me|tells me|swore|swears|threatened|threatens)(?: that)? (?:he|she|they) "
    r"(?:will|would|is going to|was going to|is gona) (?:kil|kill|hurt|beat|stab|shoot) (?:me|us)\b|\b(?:kil|kill|"
    r"hurt|beat) me if i (?:tell|told|report|call (?:the )?police|leave|try to leave)\b|\bmy (?:husband|boyfriend|"
    r"partner|wife|girlfriend) (?:will not|does not|never) let me (?:leave|go out|see (?:my|anyone)|have (?:my|"
    r"money|a phone))\b",
    "beats-me": rf"\b(?:he|she|they|my {KIN})(?: \w+){{0,2}} (?:beats|beat|is beating|keeps beating) me\b(?! (?:at|"
    r"in|to it)\b)|\b(?:kil|kill|hurt|beat) (?:\w+ ){0,3}me if i (?:tell|told|report|call|leave)\b|\b(?:drugged "
    r"(?:me|my drink|my drinks)|spiked my drink)\b|\bhiding from (?:my )?(?:husband|wife|partner|boyfriend|"
    r"girlfriend|dad|father|stepdad|stepfather|ex|mom|mother)\b",
    "injured-by": rf"\b(?:he|she|they|my {KIN})(?: \w+){{0,2}} (?:broke|fractured|cut|burned|bruised|split|"
    r"dislocated|cracked) my (?:arm|nose|rib|ribs|jaw|wrist|lip|face|finger|fingers|leg|skull|tooth|teeth)\b"
    r"|\bmy (?:uncle|stepdad|stepfather|dad|father|brother|stepbrother|cousin|grandpa|grandfather|coach|teacher|"
    r"mom|mum|stepmom)(?: \w+){0,2} (?:comes|came|sneaks|snuck|gets|got|climbs) (?:into|in) my (?:room|bed)\b",
    "touched-locked": r"\b(?:touches|touched|keeps touching|touching) me (?:when|at night|inappropriately|there|in "
    r"places|down there|while|under)\b|\bthreatened (?:me|us) with (?:a|his|her|their) (?:gun|knife|weapon|bat|"
    r"blade)\b|\b(?:will not|does not|do not|would not) let me out\b",
    "threat-weapon": r"\b(?:he|she|they) (?:will|would|is going to|is gona|said he would|said she would) (?:bring|"
    r"use|get|pull) (?:a|his|her|their|the) (?:knife|gun|weapon|bat|blade)\b",
    "threat-find": r"\b(?:said|says|told me|swore|threatened|threatens)(?: \w+){0,6} (?:he|she|they) (?:will|"
    r"would|is going to|is gona)(?: \w+){0,3} (?:kil|kill|hurt|beat|stab|shoot) me\b|\bthreatening me(?: \w+)"
    r"{0,6} (?:scared|afraid|terrified)\b|\b(?:outside|at) my (?:house|door|home|window|work)(?: \w+){0,6} "
    r"threaten",
    "threat": r"\b(?:threatened|threatens|threatening|threaten|swore|swears|says he will|said he would|"
    r"says she will|said she would) (?:to )?(?:kil|kill|hurt|stab|shoot|beat|strangle) "
    r"(?:me|us|my (?:kids|children|baby|son|daughter|mom|mother))\b",
    "afraid-of": rf"\b(?:afraid|scared|terrified|frightened|fear) (?:that )?(?:he|she|they|my {KIN})"
    r"(?: \w+){0,2} (?:will|is going to|might|would|could|is gona) (?:kil|kill|hit|hurt|beat|attack|strangle|"
    r"stab|shoot|rape) (?:me|us)\b|\b(?:afraid|scared|terrified) for my life\b",
    "unsafe-home": rf"\b(?:not|do not feel|never feel|no longer) safe (?:at home|in my (?:home|house|own home|"
    rf"room)|with (?:him|her|them|my {KIN}))\b",
    "abuse-now": r"\b(?:being|am being|is|keeps|keep) (?:physically |sexually )?(?:abused|assaulted|beaten|"
    r"molested|trafficked|hit|choked|raped|abusing me|hitting me|touching me|hurting me physically)\b"
    r"|\b(?:i was|i got|i have been|he|she|they) (?:just |been )?(?:raped|sexually assaulted)\b"
    r"|\bdomestic (?:violence|abuse)\b|\b(?:raped|sexually assaulted|molested|drugged) me\b",
    "weapon-at-me": r"\b(?:pointed|held|holding|pulled|waved) (?:a |his |her |the )?(?:gun|knife|weapon|blade) "
    r"(?:at|to|on) (?:me|my)\b",
    "confined": r"\b(?:locks|locked|lock) me (?:in|inside|up)\b|\b(?:will not|does not|do not) let me "
    r"leave (?:him|her|them|the relationship)\b|\b(?:stalking|stalks) me\b|\b(?:been |keeps |is )?following "
    r"me (?:home|everywhere|around|to work|from work)\b|\b(?:forced|forces|forcing|made|makes|pressured) me "
    r"(?:to )?(?:have sex|sleep with|do sexual)\b|\b(?:left|leaves|gave me|giving me) (?:bruises|marks|a "
    r"black eye)\b",
}

HARM_TO_OTHERS = {
    "weapon-intent": r"\b(?:want to|going to|will|about to|plan to|ready to|fantasize about|thinking about|"
    r"thoughts of|urge to|could) (?:shoot|stab|poison) (?:him|her|them|everyone|everybody|my \w+|someone|people|"
    r"the \w+|some \w+)\b(?! (?:in (?:a|the) (?:game|back)|a |an |with (?:water|nerf|a water)|against))",
    "harm-thoughts": r"\b(?:thoughts|thinking|fantasies|fantasizing|urges?) (?:about|of) (?:killing|hurting|"
    r"stabbing|shooting|strangling|poisoning) (?:my|the|a|him|her|them|people|someone|everyone)\b(?!(?: \w+){0,3} "
    r"(?:in (?:a|the) game|lol))",
    "harm-child": r"\b(?:afraid|scared|terrified|worried|frightened) (?:that )?i (?:am going to|will|might|could|"
    r"would) (?:snap and |lose it and )?(?:hurt|harm|shake|kil|kill|smother|drown) (?:my|the|our) (?:baby|child|"
    r"kids|children|son|daughter|newborn|toddler)\b|\b(?:thoughts|urges?) (?:of|about) (?:hurting|harming|killing) "
    r"(?:my|the|our) (?:baby|child|kids|son|daughter)\b",
    "hurt-when-see": r"\b(?:going to|gona|will|want to) (?:really )?(?:hurt|beat up|attack|stab) (?:him|her|them|my "
    r"\w+) when i see (?:him|her|them)\b",
    "target-intent": r"\b(?:want|going|planning|plan) to (?:hurt|kil|kill|shoot|stab) (?:the|those|all the|all "
    r"those) (?:kids|people|guys|girls|boys|students|teachers) (?:who|that)\b|\b(?:thinking about|thought about|"
    r"plan to|planning to|going to|want to) (?:bringing|bring|taking|take|using|use) (?:a |my |the |\w+s )?(?:gun|"
    r"knife|weapon|rifle|pistol)\b",
    "shoot-up": r"\b(?:shoot|shooting) up (?:the |my |a )?(?:school|office|work|class|place|church|mall)\b",
    "bring-weapon": r"\b(?:bring|bringing|take|taking|bought|buy|got|get|loaded) (?:a |my |the |dads )?"
    r"(?:gun|guns|rifle|pistol|knife|weapon|bomb)(?: \w+){0,2} (?:to|into) (?:school|work|class|the office|"
    r"his house|her house|their house|church)\b|\b(?:make|making|build|building) a bomb\b"
    r"|\b(?:gun|guns|rifle|pistol|weapon|knife|bomb)\b(?: \w+){0,8} (?:bring|take|use|carry) (?:it|them) "
    r"(?:to|into|at|on) (?:school|work|class|the office|him|her|them|everyone)\b",
    "kill-plan": r"\b(?:plan|planning|planned|plot|plotting|figured out how) (?:to )?(?:kil|kill|hurt|murder) "
    r"(?:him|her|them|someone|my \w+|people|everyone)\b|\bhow (?:to|can i|do i|could i) (?:kil|kill|hurt|poison"
    r"|murder) (?:him|her|them|someone|my \w+|a person|people) (?:and|without)\b|\bkil (?:him|her|them) "
    r"and (?:then )?(?:my ?self)\b",
}

DISTRESS = re.compile(
    squeeze_pattern(
        r"\b(?:lost my (?:job|home|house|wife|husband|partner|kids|child|baby|mom|dad|mother|father|"
        r"everything|best friend|girlfriend|boyfriend|apartment|scholarship)|got (?:fired|laid off|dumped|"
        r"evicted|expelled|kicked out)|been (?:fired|laid off|dumped|evicted|expelled)|fired me|laid me off|"
        r"left me|dumped me|broke up|divorce|(?:wife|husband|partner|girlfriend|boyfriend|fiance|fiancee) "
        r"(?:left|walked out|cheated|took the kids)|took the kids|bankrupt|debt|evicted|failed (?:again|everything|my|the|out)|"
        r"hopeless|worthless|useless|empty inside|numb|trapped|no way out|alone|lonely|nobody cares|no one "
        r"cares|everyone hates me|hate myself|hate my life|can not take (?:it|this|any more|anymore)|can not "
        r"cope|can not do this|give up|giving up|gave up|nothing matters|pointless|what is the point|a "
        r"failure|a burden|unbearable|miserable|depressed|devastated|ruined|over for me|tired of everything|"
        r"falling apart|broken|exhausted|no future|want it to stop|want it all to stop|make it stop|lost "
        r"everything|my fault|ashamed|humiliated|desperate|last straw|rock bottom|no one would|nobody would|"
        r"died|passed away|funeral|diagnosed|terminal|crying|cried|sobbing|so done|done with everything|"
        r"worst day|hurts so much|heartbroken|i am scared|panic|i am done|(?:do not|can not|no longer) see (?:a|any) "
        r"future|never (?:get|going to get) better|"
        r"nothing (?:will )?(?:ever )?(?:changes|change|get better|gets better|improve)|want (?:it|this|everything) "
        r"(?:all )?to be over)\b"
    )
)

# Phrases that look alarming word by word but are everyday idioms or another person's past loss;
# they are blanked out before the rules run (so "I could die of embarrassment" is not ideation, while
# "I want to die" still is).
MASKS = re.compile(
    squeeze_pattern(
        r"\b(?:die|died|dying|dead) (?:of|from|with|laughing) (?:embarrassment|shame|laughter|laughing|boredom|"
        r"cringe|curiosity|jealousy|envy|hunger|thirst|heat|cold|exhaustion)\b"
        r"|\bdying (?:to|for) (?:see|know|meet|try|go|hear|tell|get|eat|have|a|some|sleep)\b|\bto die for\b"
        r"|\b(?:dead|deathly) (?:tired|serious|wrong|right|set|on my feet|last|end|inside joke|weight)\b"
        r"|\b(?:bored|scared|worried|stressed|freezing|sick|tickled|loved|hugged|annoyed) to death\b"
        r"|\b(?:i am|i have|i have never|never|am) (?:not|never|been not) (?:been |felt |really |at all )?suicidal\b"
        r"|\bnot suicidal(?: at all)?\b|\b(?:have not|had not|never|did not|do not|not) (?:really )?(?:thought|think|"
        r"thinking) (?:about|of) (?:dying|death|suicide|killing myself)\b|\bdo not want to die\b(?! (?:but|yet|and))"
        r"|\b(?:do not|did not|no longer|never|stopped|not|without) (?:hurt|hurting|cut|cutting|harm|harming|injuring|"
        r"burning|injure|burn) (?:my ?self)"
        r"(?: anymore| any more)?\b|\b(?:job|work|working|volunteer|volunteering|intern|internship) (?:\w+ ){0,2}(?:at|"
        r"for|on|with) (?:a |the |that )?suicide (?:hotline|helpline|prevention|crisis line)\b"
        r"|\bover my dead body\b|\bdeadline\b|\bdead end\b|\bdrown(?:ing)? (?:my ?self|my sorrows) in (?!(?:the |a )?"
        r"(?:lake|river|sea|water|bath|pool|ocean)\b)\w+\b|\bshot my ?self in the foot\b|\bdying inside\b|\bdrowning in (?!(?:the |a )?"
        r"(?:lake|river|sea|water|bath|pool|ocean)\b)\w+\b|\b(?:phone|battery|laptop|car|computer|plant|plants|tv|"
        r"charger|engine|wifi|conversation|party) (?:died|is dead|was dead|dying|is dying)\b"
        r"|\b(?:died|dying|death|deaths|lost (?:\w+ ){1,3}to|loss of (?:\w+ ){1,3}to|took (?:his|her|their) "
        r"own life|survivor of|survivors of) (?:by |to |from |after )?suicide\b"
        r"|\b(?:his|her|their|dads|moms|mums|fathers|mothers|brothers|sisters|friends|sons|daughters|husbands|"
        r"wifes|uncles|aunts|cousins|partners|grandpas|grandmas|classmates|colleagues) suicide\b"
        r"|\b(?:he|she|they|who) (?:committed|died by|completed) suicide\b"
        r"|\bsuicide (?:prevention|awareness|squad|bomber|bombing|rates|rate|statistics|doors|mission|"
        r"run|drills?|sprints?|pact movie)\b"
        r"|\b(?:killing|killed|kill) it\b|\bkil(?:l|ling)? (?:time|the mood|the vibe|two birds|the lights|the "
        r"engine|a bottle|the bottle|the plant|my plants)\b|\b(?:this|that|it|work|school|exams?|the heat|"
        r"my back|my feet|my legs|the wait|the suspense|traffic|this class|this job) (?:is|are|was|were) "
        r"killing me\b|\bkil (?:me|myself) (?:laughing|with (?:laughter|embarrassment))\b"
    )
)


def compile_rules() -> list[Rule]:
    return [
        *rules_for("suicide", SUICIDE),
        *rules_for("self_harm", SELF_HARM),
        *rules_for("harm_from_others", HARM_FROM_OTHERS),
        *rules_for("harm_to_others", HARM_TO_OTHERS),
        *rules_for("method_seeking", METHOD_STRONG),
    ]


RULES: list[Rule] = compile_rules()
MEANS_RULES: list[Rule] = rules_for("method_seeking", MEANS)
