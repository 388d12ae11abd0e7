# ruff: noqa: E501  (regular-expression tables read better unwrapped by a few characters)
"""Method-seeking rules: questions about means and lethality.

``METHOD_STRONG`` are crisis signals on their own ("lethal dose of …", "how to tie a noose"). ``MEANS``
are ordinary information requests on their own and a crisis signal next to distress in the same or a
recent message (the spec's "I lost my job. Which bridges in NYC are taller than 25 m?").
"""

from __future__ import annotations

from esc_graph.safety.vocab import HIGH_PLACES, PILLS

METHOD_STRONG = {
    "car-garage": r"\b(?:running (?:car|engine)(?: \w+){0,4} (?:garage|closed|shut|sealed)|(?:car|engine) "
    r"running (?:in|inside) (?:the|a|my) garage)\b",
    "painless-it": r"\b(?:way|ways|method|methods) (?:to|of) do(?:ing)? it (?:so (?:there is|that there is|it is) "
    r"(?:no|not any) pain|without (?:any )?pain|painlessly|with (?:no|the least) pain)\b|\b(?:less|least|more|"
    r"most) painful\b(?: \w+){0,3} (?:pills|cutting|hanging|drowning|jumping|overdose|overdosing|a gun|gun|"
    r"shooting)\b",
    "accident-look": r"\bmake it (?:look|seem) like an? (?:accident|natural)\b",
    "chemicals": r"\b(?:chemicals|bleach|antifreeze|poison|cleaning products|detergent|pesticide|weed killer|rat "
    r"poison)(?: \w+){0,5} (?:lethal|fatal|deadly|kil you|kill you|kil me|kill me|to die)\b|\b(?:mix|mixing) "
    r"(?:bleach|ammonia|chemicals)(?: \w+){0,6} (?:closed|sealed|small room|breathe|die|fumes|lethal|kil|kill)\b",
    "lethal-dose": r"\b(?:lethal|fatal|deadly|killing|toxic) (?:dose|doses|amount|amounts|quantity|level)\b"
    r"|\b(?:overdose|od) (?:amount|threshold|limit)\b",
    "how-many-to-die": rf"\bhow (?:many|much) (?:of (?:these|those|my|the) )?(?:\w+ ){{0,2}}(?:{PILLS}|mg|"
    r"milligrams|grams|g|units|drinks|shots|bottles)(?: \w+){0,4} (?:to die|to kill|would kill|will kill|"
    r"could kill|is lethal|is fatal|is deadly|to overdose|to od|to not wake up|to never wake up|before (?:you|"
    r"i|it) (?:die|dies|kills)|does it take to die)\b|\bhow (?:much|many)(?: \w+){0,3} would it take to "
    r"(?:die|kil me|kill me|kill myself|not wake up)\b"
    rf"|\bhow (?:many|much) (?:of )?(?:my |these |the |those )?{PILLS}(?: \w+){{0,2}} (?:it would|would it|it will|"
    r"does it) take\b|\b(?:researching|googling|looking up|searching|reading about|checking) (?:how|what|which|"
    r"ways)(?: \w+){0,6} (?:pills|overdose|dying|die|to kill|lethal|fatal|hang|painless|it would take)\b",
    "easy-way": r"\b(?:painless|painlessly|quick|quickest|fastest|easiest|easy|best|surest|most reliable|"
    r"peaceful|clean|effective|simplest|least painful|guaranteed) (?:way|ways|method|methods|means|option|"
    r"options) (?:to|of|for) (?:die|dying|kil (?:my ?self|yourself|oneself|someone)|killing (?:myself|yourself)|end (?:it|my life|things)|"
    r"ending (?:it|my life)|suicide|commit suicide|not wake up|disappear forever|stop living)\b",
    "how-to-method": r"\bhow (?:to|do i|do you|can i|would i|could i|do people|should i|does one|would one) "
    r"(?:tie a noose|make a noose|hang (?:my ?self|yourself|oneself|a person|themselves|himself|herself)|kil (?:my ?self|yourself)|"
    r"commit suicide|slit|overdose|od|cut deep|cut deeper|bleed out|die (?:painlessly|quickly|fast|in "
    r"(?:my|your) sleep|without pain)|suffocate|end (?:it|my life) (?:quickly|painlessly|fast))\b",
    "rope-strength": r"\brope(?: \w+){0,8} how strong\b|\bhow strong(?: \w+){0,6} rope\b",
    "hurt-to": r"\b(?:does it|would it|will it|is it going to) (?:hurt|be painful) (?:to|if (?:i|you)) (?:die|drown|hang|"
    r"jump|bleed out|overdose|cut (?:my|your) wrists|slit)\b",
    "die-by": r"\b(?:is it|does it|would it|how|is dying|what is it like to)(?: \w+){0,3} (?:to )?die (?:by|from|"
    r"of) (?:hanging|overdose|overdosing|jumping|drowning|a gunshot|gunshot|suffocation|poison|pills|bleeding)\b",
    "deadly-pills": rf"\b{PILLS}(?: \w+){{0,5}} (?:are|is|can be|could be|become) (?:\w+ )?(?:deadly|lethal|fatal|"
    rf"toxic)\b|\b(?:deadly|lethal|fatal) {PILLS}\b",
    "enough-to-kill": r"\b(?:fast|high|tall|deep|strong|cold|far|big) enough to (?:kil|kill|die|drown|hold "
    r"(?:my|a person|a persons|someones) weight|be fatal|end it)\b",
    "time-to-die": r"\bhow long (?:does|would|will) it take (?:to|for (?:me|you|a person|someone) to) (?:freeze to "
    r"death|starve to death|die of (?:cold|hypothermia|starvation)|die|"
    r"bleed out|suffocate|drown|pass out (?:and die|from blood)|lose consciousness and die)\b",
    "cut-depth": r"\bhow deep (?:to|do i|should i|would i|do you|must i|do i need to|would i need to|do "
    r"people) (?:cut|slice)\b|\bwhich (?:vein|veins|artery|arteries) (?:to|should|would|do)\b",
    # NB "noose" squeezes to "nose": only with a verb that a nose never takes.
    "noose": r"\b(?:tie|tying|tied|make|making|made|bought|hang|hanging|rope for|put) (?:a |the |up a |up the )?noose\b",
    "gas-method": r"\b(?:carbon monoxide|charcoal|helium|nitrogen)\b(?: \w+){0,5} (?:bag over|hose|sealed|die|"
    r"kil|kill|suicide|lethal|myself|enough to)\b",
    "fall-survival": r"\b(?:survive|survivable|fatal|die from|kil you|kill you|kill a person|lethal|enough to "
    r"die)\b(?: \w+){0,6} (?:(?:fall|jump|drop|jumping|falling) (?:from|off|of)|a (?:fall|jump|drop)\b|that "
    r"height|this height|(?:\d+|ten|twenty|thirty|forty|fifty|hundred) (?:m|meters|metres|feet|ft|stories|"
    r"storeys|floors))|\b(?:fall|jump|drop|jumping|falling) (?:from|off)(?: \w+){0,6} (?:survivable|fatal|"
    r"kil you|kill you|kil me|kill me|enough to die|would i die|would (?:you|i) survive|instant death)\b"
    r"|\b(?:a|the) (?:fall|jump|drop)(?: \w+){0,6} (?:to be )?(?:fatal|survivable|deadly|lethal)\b",
    "poison-source": r"\b(?:where|how) (?:can|do|could|would) (?:i|you|one) (?:buy|get|find|order|get hold of|"
    r"make) (?:some )?(?:cyanide|pentobarbital|nembutal|barbiturates|arsenic|strychnine|poison|sodium "
    r"nitrite)\b",
}

HEIGHT = (
    r"(?:tall|taller|tallest|high|higher|highest|height|heights|meters|metres|\d+ ?m|feet|ft|stories|storeys|"
    r"floors|drop|fall|access|unlocked|fence|fences|barrier|barriers|jump)"
)

# Means and lethality questions that are ordinary information requests on their own and a crisis
# signal next to distress (the spec's "I lost my job. Which bridges in NYC are taller than 25 m?").
MEANS = {
    "height-question": rf"\b{HEIGHT}\b(?: \w+){{0,8}} {HIGH_PLACES}\b|\b{HIGH_PLACES}(?: \w+){{0,8}} "
    rf"{HEIGHT}\b",
    "pills-question": r"\b(?:how many|how much|where (?:can|do|could) i (?:buy|get)|what happens if (?:i|you) "
    rf"take|can i take|is it ok to take|what if i took)(?: \w+){{0,3}} {PILLS}\b|\b{PILLS}(?: \w+){{0,4}} "
    r"(?:at once|at one time|all at once|together|with alcohol|with vodka|with wine|in one go|at the same "
    r"time|is too many|too much)\b"
    rf"|\b(?:\d+|twenty|thirty|forty|fifty|a hundred) (?:\w+ ){{0,2}}{PILLS}(?: \w+){{0,3}} (?:enough|too many|"
    r"too much)\b|\b(?:is|are|would) (?:that|this|it) enough {PILLS}\b",
    "weapon-access": r"\b(?:where|how) (?:can|do|could|would|fast can) (?:i|you|one) (?:buy|get|find|get hold "
    r"of|borrow) (?:a |some )?(?:gun|guns|firearm|pistol|rifle|rope|razor blades|razors|blades|knife)\b"
    r"|\b(?:buy|buying) (?:a )?(?:gun|rope|razor blades)(?: \w+){0,3} (?:today|tonight|without)\b",
    "rail-water": r"\b(?:train tracks|railway tracks|rail tracks|level crossing|railroad crossing)\b|\bhow "
    r"(?:fast|often) (?:do|does) (?:the |a |an )?(?:trains?|express)(?: \w+){0,3} (?:go|pass|come|run)\b|\bhow "
    r"(?:deep|cold|fast) is (?:the )?(?:river|lake|water|sea|current)\b|\bcan (?:you|i) drown\b",
    "overdose-on": r"\b(?:can|could|will|would) (?:you|i|someone|a person|people) (?:overdose|od|die) (?:on|from)\b"
    r"|\bwhat happens (?:to (?:your|my|the) body )?(?:when|if) (?:you|i|someone) (?:drown|drowns|hang|hangs|"
    r"overdose|overdoses|bleed out|jump)\b",
    "nearest-place": r"\b(?:where is|where are|nearest|closest|where can i find) (?:the )?(?:nearest |closest )?"
    r"(?:cliff|cliffs|bridge|bridges|rooftop|tall building|train tracks|railway|overpass|multi storey|car park)\b",
    "dark-places": r"\b(?:quiet|secluded|hidden|remote) (?:place|places|spot|spots)(?: \w+){0,4} (?:no one|"
    r"nobody|alone|where no one|to be alone|where nobody)\b",
}
