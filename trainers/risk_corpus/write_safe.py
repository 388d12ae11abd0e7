# ruff: noqa: E501
"""Write ``safe.tsv``: the safe side of the crisis training corpus, from the families authored below.

Each family is one situation written several ways (different people, registers, languages). The
source format, one family per block::

    @ category: what the situation is
    REG [LANG] | earlier seeker messages joined by " || " (or empty) | the message

REG is one of the register codes in ``REGISTERS``; LANG defaults to ``en``. Families are numbered
S-001, S-002, ... in the order they appear, so add new families at the end to keep ids stable.

Run: ``python trainers/risk_corpus/write_safe.py [--out PATH]``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

OUT = Path(__file__).resolve().parent / "safe.tsv"
VERSION = 3
DATE = "2026-12-01"
COLUMNS = ("family", "label", "category", "register", "lang", "context", "message")
REGISTERS = {
    "p": "plain",
    "t": "texting",
    "ty": "typos",
    "e": "emoji",
    "s": "slang",
    "l": "long",
    "n": "non_native",
    "f": "formal",
}
LANGS = ("en", "es", "fr", "de", "pt")
CATEGORIES = (
    "third_person",
    "past_recovered",
    "academic",
    "news",
    "fiction",
    "idiom",
    "intense_safe",
    "help_seeking",
    "everyday",
)
FAMILY_SIZE = (5, 8)


class SourceError(ValueError):
    """A malformed line in the authored source; the message names the line."""


@dataclass(frozen=True)
class Row:
    family: str
    category: str
    register: str
    lang: str
    context: str
    message: str

    def cells(self) -> tuple[str, ...]:
        return (self.family, "safe", self.category, self.register, self.lang, self.context, self.message)


def _row(line: str, lineno: int, family: str, category: str) -> Row:
    head, _, rest = line.partition(" | ")
    context, _, message = ("", "", rest[2:]) if rest.startswith("| ") else rest.partition(" | ")
    head, context, message = head.strip(), context.strip(), message.strip()
    if not rest:
        raise SourceError(f"line {lineno}: expected 'REG [LANG] | context | message'")
    codes = head.split()
    register = REGISTERS.get(codes[0]) if codes else None
    lang = codes[1] if len(codes) > 1 else "en"
    if register is None or lang not in LANGS or len(codes) > 2:
        raise SourceError(f"line {lineno}: unknown register or language {head!r}")
    if not message or "\t" in line:
        raise SourceError(f"line {lineno}: empty message or a tab in the text")
    earlier = context.split(" || ") if context else []
    if len(earlier) > 3 or any(not m.strip() or m != m.strip() for m in earlier):
        raise SourceError(f"line {lineno}: the context holds 1 to 3 non-empty messages joined by ' || '")
    return Row(family, category, register, lang, context, message)


def parse(source: str) -> list[Row]:
    """Every row of the authored source, with family ids assigned in order."""
    rows: list[Row] = []
    family, category, size = "", "", 0

    def close(lineno: int) -> None:
        if family and not FAMILY_SIZE[0] <= size <= FAMILY_SIZE[1]:
            raise SourceError(f"line {lineno}: family {family} has {size} rows, not {FAMILY_SIZE}")

    number = 0
    for lineno, raw in enumerate(source.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@"):
            close(lineno)
            category = line[1:].split(":", 1)[0].strip()
            if category not in CATEGORIES:
                raise SourceError(f"line {lineno}: unknown category {category!r}")
            number += 1
            family, size = f"S-{number:03d}", 0
            continue
        if not family:
            raise SourceError(f"line {lineno}: a row before the first '@ category' line")
        rows.append(_row(line, lineno, family, category))
        size += 1
    close(len(source.splitlines()))
    seen: set[str] = set()
    for row in rows:
        key = row.message.casefold()
        if key in seen:
            raise SourceError(f"{row.family}: duplicate message {row.message[:60]!r}")
        seen.add(key)
    return rows


def header() -> list[str]:
    return [
        "# esc-graph crisis training corpus, safe side: messages that must NOT be escalated.",
        f"# version {VERSION}, {DATE}. Written by trainers/risk_corpus/write_safe.py from its authored families.",
        "# Hard negatives: third person, past and recovered, academic, news, fiction, idioms, intense but",
        "# safe feelings, help seeking, everyday chat. A family is one situation written several ways; keep",
        "# whole families on one side of every split.",
        "# columns: family, label (always safe), category, register, lang, context (earlier seeker",
        "# messages joined by ' || ', oldest first), message.",
        "# licence: written for this project, Apache-2.0.",
        "\t".join(COLUMNS),
    ]


def write(rows: list[Row], out: Path) -> None:
    lines = header() + ["\t".join(r.cells()) for r in rows]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def summary(rows: list[Row]) -> str:
    families = len({r.family for r in rows})
    non_en = sum(r.lang != "en" for r in rows)
    with_context = sum(bool(r.context) for r in rows)
    parts = [f"{len(rows)} rows, {families} families, {non_en} not English ({non_en / len(rows):.1%})"]
    parts.append(f"{with_context} with context")
    for name, counts in (
        ("category", Counter(r.category for r in rows)),
        ("register", Counter(r.register for r in rows)),
        ("lang", Counter(r.lang for r in rows)),
    ):
        parts.append(f"{name}: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    try:
        rows = parse(SOURCE)
    except SourceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    write(rows, args.out)
    print(f"wrote {args.out}\n{summary(rows)}")
    return 0


SOURCE = r"""
@ third_person: a friend told me about her suicide attempt years ago
p | | My best friend told me last night that she tried to kill herself when she was sixteen. She's fine now, I just want to say the right thing next time we talk about it.
t | | my friend just opened up abt her suicide attempt in high school?? she's doing good now but idk how to react, i kinda froze
ty | | my freind tryed to end her life like 6 years ago and she only told me now, i feel bad i never knew. how do i show shes safe to talk to me
l | | I've known Maya since university and tonight over dinner she mentioned, almost casually, that she spent two weeks in hospital after an overdose when she was nineteen. She has a job she loves, a partner, she seems genuinely well. I didn't know what to say and I think I just changed the subject, which I now regret. How do I bring it back up without making it weird?
n | | My friend say me yesterday that she try to suicide when she was teenager. Now she is happy and have family. I want to support but I don't know correct words in English for this.
p es | | Mi mejor amiga me contó que intentó suicidarse hace años. Ahora está bien, pero me quedé sin palabras y no sé cómo hablarle del tema.
f | | A close friend recently disclosed a past suicide attempt to me. She is stable and in good health now. What is an appropriate way to acknowledge what she shared?

@ third_person: parent asking how to talk to a teenager about suicide
p | | A boy in my son's year died by suicide last week. How do I talk to my 14-year-old about it without putting ideas in his head?
f | | Could you advise me on how a parent should raise the topic of suicide with a teenager? The school sent a letter after a student's death.
t | | school emailed about a kid who killed himself, my daughter is 15 and acting normal but I want to check in. what do I even say
l | | My daughter's class lost a classmate to suicide over the weekend. She came home quiet, ate dinner, went to her room. She's not someone who has ever shown signs of struggling and she has lots of friends, but I'm aware that teenagers often hide things. I'd like to ask her directly how she's doing and whether she's ever had thoughts like that, but I'm scared of handling it badly. Is it true that asking directly doesn't increase risk?
n | | In my son school one student is dead by suicide. I am father and I want talk with him but in my culture we don't speak about this. How I start?
p fr | | Un élève du lycée de ma fille s'est suicidé. Comment aborder le sujet avec elle sans lui faire peur ?
p de | | Ein Mitschüler meines Sohnes hat sich das Leben genommen. Wie spreche ich als Vater mit einem 15-Jährigen darüber?

@ third_person: worried about a coworker who seems low
p | | My coworker has seemed really flat for weeks and yesterday he said he doesn't see the point of anything. I'm worried about him. How do I check in?
t | | colleague keeps saying stuff like "wont matter when im gone" and laughing it off. im worried about HIM, how do i ask if hes ok
s | | ngl my work bestie has been giving off really sad vibes lately and I wanna check on her without being weird about it
l | | There's a guy on my team who used to be the loudest person in the office. Since his divorce he eats lunch alone, he's stopped coming to Friday drinks, and last week he gave away his plants to people in the office, saying he can't keep them alive. It could be nothing but it's nagging at me. What's a good way to ask him directly whether he's having thoughts of suicide, and what do I do if he says yes?
f | | I am concerned about a colleague's wellbeing. What is the recommended way for a coworker to ask about suicidal thoughts and point someone to support?
p pt | | Estou preocupada com uma colega de trabalho. Ela anda muito triste e falou que está cansada de tudo. Como posso perguntar se ela está bem?

@ third_person: brother survived an overdose and is now in rehab
p | | My brother overdosed in March and the paramedics brought him back with naloxone. He's been in rehab for two months now and I'm visiting him on Sunday.
t | | bro is 60 days clean after the overdose. visiting him this wknd, kinda nervous lol what do i talk about
ty | | my brothr almost died from a overdose last spring, hes in recovery now and doing realy well but i still get scared when he doesnt pick up
l | | Last year my little brother was found unresponsive in his flat after taking too many pills mixed with alcohol. He survived, went through detox and a long residential programme, and now he's living in a sober house and working part time. I'm so proud of him but I also carry this constant background fear. Is it normal to still feel this anxious when he's actually doing well?
n | | My brother had overdose with heroin last year, the doctors save him. Now he is clean since 10 months. I am happy but also I am afraid always. Is normal?
p es | | Mi hermano tuvo una sobredosis el año pasado y casi se muere. Ahora lleva ocho meses limpio y estoy muy orgullosa de él, pero sigo con miedo.
e | | my brother is ONE YEAR clean today after almost dying of an overdose 🥹🎉 so proud of him

@ third_person: partner showed me old self-harm scars
p | | My girlfriend showed me the scars on her thighs from when she used to cut. She said she stopped years ago. I want to respond in a way that makes her feel safe.
t | | bf told me the marks on his arm are from self harm back in school. he's fine now. how do i not make it a big deal but also not ignore it
l | | My partner and I have been together four months and last night she told me about the self-harm she did as a teenager, with the scars to prove it. She was nervous telling me and I just hugged her. She says it's been eight years and she has no urge to do it now. I'd like to know whether there's anything I should or shouldn't say going forward, like should I avoid mentioning knives or is that ridiculous?
ty | | my boyfrend has cut scars from years ago and he told me last nite, i said i love him anyway but was that the right thing
n | | My husband have old scars from cutting when he was young, he tell me now after 2 years married. I don't feel angry but confused why he hide it.
p fr | | Mon copain m'a montré ses cicatrices, il se scarifiait quand il était ado. Il va bien maintenant. Comment réagir sans le blesser ?

@ third_person: teacher worried about a student's dark story
f | | I teach Year 9 English. A student's creative writing assignment describes a character planning their death in detail. What is the appropriate safeguarding response?
p | | One of my students wrote a poem about wanting to disappear forever. I'm a teacher and I don't want to overreact but I can't ignore it. What's the process?
l | | I'm a secondary school teacher and I just marked an essay where a quiet student wrote about a character who stockpiles pills. It's fiction, and the writing is honestly good, but some details made me uneasy. Our school has a safeguarding lead and I've been told to pass it on, but I'm worried about breaking the student's trust. How do other teachers handle this balance?
t | | teacher here. kid drew a picture of himself hanging and labeled it "me" 😟 already told safeguarding, what else should I do as his form tutor
n | | I am teacher in high school. One student write in her notebook "I want to die". I already tell to the counselor. What I can do more for help her?
p de | | Ich bin Lehrerin und eine Schülerin hat in einem Aufsatz geschrieben, dass sie nicht mehr leben will. Ich habe es der Schulpsychologin gemeldet. Was kann ich sonst tun?

@ third_person: grandfather died by suicide decades ago, family history
p | | I found out my grandfather took his own life in 1974. Nobody in my family ever talked about it. I'm trying to understand him better.
l | | While clearing out my late grandmother's house I found a newspaper clipping from 1981 about my grandfather being found dead by the river. The family always said it was an accident, but my aunt finally admitted he'd drowned himself after losing the farm. I feel strangely calm about it, mostly curious and sad for him, and I'd like to learn more about what he might have been going through.
t | | so apparently my great grandpa killed himself in the 60s and everyone just... never mentioned it?? family secrets are wild
f | | I am researching my family history and have discovered that my great-uncle died by suicide in 1952. How can I approach older relatives about this sensitive topic?
n | | I discover my grandfather killed himself long time ago in Poland. My mother never tell me. Now I want to know his story but I don't know how to ask.
p pt | | Descobri que meu avô se matou nos anos 70. Ninguém da família fala sobre isso e eu queria entender melhor a história dele.

@ third_person: friend posted something dark, I checked, she's safe
p | | My friend posted "I can't do this anymore" on her story last night. I called her straight away and she was upset about her exam but she's okay. How do I keep checking in without being annoying?
t | | saw my mate's tweet about wanting to disappear, rang him, he said he meant from twitter lol. still worried tho, how do i follow up
l | | A friend of mine shared a very bleak post late last night about feeling invisible. I messaged her, then called, and we talked for an hour. She said she wasn't thinking of hurting herself, she was just really lonely after moving cities. We made plans to call every Sunday. Is there anything else I can do from a distance?
e | | my friend posted a super sad song with 🖤🥀 and no caption, I called her and she's ok, just a rough breakup. sending her snacks tomorrow 🍫
ty | | my freind posted somthing about not wanting to wake up, i went over to hers straight away and her mom was there, she says she feels better now. was i overreacting?
p es | | Mi amigo subió una frase muy triste sobre desaparecer. Le llamé y me dijo que está bien, que era por una ruptura. ¿Cómo puedo seguir apoyándole?

@ third_person: son grieving a friend who died by suicide
p | | My son's best friend killed himself two weeks ago. My son won't talk and barely eats. How do I help him grieve?
l | | Our 17-year-old lost his closest friend to suicide at the start of the month. He went to the funeral, he's been to school, he talks to his girlfriend, but with us he shuts down completely. The school counsellor is seeing him weekly. I want to be there without hovering. What do grieving teenagers usually need from their parents?
f | | My adolescent son is grieving a friend who died by suicide. What resources exist for young people bereaved by suicide?
t | | my kid's friend died by suicide and he keeps saying "it should've been me who noticed". how do i help with the guilt
n | | The friend of my son made suicide last month. My son is very sad and angry. He see a psychologist already. How I help at home?
p fr | | Le meilleur ami de mon fils s'est suicidé. Mon fils ne parle plus beaucoup. Comment l'aider à traverser ce deuil ?

@ third_person: training as a crisis line volunteer
p | | I just finished my first shift as a crisis line volunteer. A caller talked about wanting to jump off a bridge and we got her through to morning. I'm drained but proud.
t | | crisis line training today was INTENSE. role played a guy with a gun at home. debrief helped. is it normal to feel wiped after
l | | I volunteer two nights a month at a suicide prevention hotline. Tonight I took a call from a teenager who had pills lined up on his desk; we talked for forty minutes and he agreed to wake his mum. He's safe, the supervisor followed up, and I did everything right, but I can't stop replaying it. How do volunteers usually decompress after a call like that?
f | | As a new volunteer for a suicide prevention helpline, I would appreciate advice on managing the emotional impact of difficult calls.
e | | passed my crisis counselor certification 🎉 first real shift on the suicide hotline is friday, nervous but excited 💪
p de | | Ich mache seit einem Monat Telefonseelsorge. Gestern hatte ich einen Anrufer mit Suizidgedanken, es ging gut aus, aber ich bin noch ganz aufgewühlt.

@ third_person: friend is being hurt by her partner
p | | I think my friend's husband hits her. She had bruises again and made an excuse. How can I help her without pushing her away?
t | | my sister's bf grabbed her by the throat at a party last month, she stayed with him. i'm so scared for her, what can i do
l | | My oldest friend lives with a man who controls everything: her money, her phone, who she sees. Last time I visited she had a black eye she said came from a cupboard door. She knows she can stay with me any time. I've read that leaving is the most dangerous moment, so I'm trying to be patient, but it's agonising to watch. What actually helps a friend in this situation?
n | | My neighbour woman is beaten by her husband, I hear screaming many nights. I am not sure if I should call police or talk with her first.
p es | | Creo que el novio de mi prima la maltrata. Tiene moretones y siempre pone excusas. ¿Cómo la puedo ayudar sin que se aleje de mí?
f | | What is the best way to support a friend who is experiencing domestic abuse but is not yet ready to leave?

@ third_person: mother with dementia says she wants to die
p | | My mum has dementia and keeps saying "I just want to die, take me to your father". Her doctor knows. How do I respond when she says it?
l | | I'm the main carer for my 88-year-old father, who has advanced Parkinson's. Several times a week he tells me he's had enough and wishes God would take him. His GP assessed him and said it's common in elderly patients and not a sign of active risk, and we've adjusted his care. I still find it heartbreaking. How do I answer him in the moment?
t | | grandma (92) keeps telling everyone she's ready to go and wants to be with grandpa. docs say she's fine mentally. how do u even reply to that
n | | My old father is 90 and he say every day he want to die because he is tired. The doctor know. I don't know what answer to give him.
p pt | | Minha avó de 91 anos fala todo dia que quer morrer e ir encontrar meu avô. O médico disse que é comum. Como respondo a ela?
ty | | my nan keeps saying shes ready to die and its breakin my heart, the nurses say its normal at her age but what do i say back

@ third_person: online friend went silent after a sad post
p | | An online friend in another country posted a goodbye-sounding message and went silent. I contacted the platform and they did a welfare check. She's safe and we're talking again.
t | | discord friend posted smth scary then went offline, i messaged the mods and they reached out. she's back now & ok. i was shaking the whole time
l | | I've been gaming with a guy from Canada for three years. Last month he posted that he was logging off for good and that we should all take care. I didn't know his address, so I reported it and a moderator got local services to check on him. He was okay and he actually thanked me later. I'm just still processing how scared I was.
e | | my internet bestie is SAFE 😭🙏 after her scary post last night the mods got help to her. never been so relieved
ty | | my online freind posted a goodby msg and went dark for 2 days, turns out he was in hospital for his apendix lol, i was so scared
p fr | | Une amie sur internet a publié un message d'adieu. J'ai prévenu la modération et quelqu'un est passé chez elle. Elle va bien, mais j'ai eu tellement peur.

@ third_person: friend jokes about killing himself
p | | My friend always jokes "I'm gonna kms" when he gets a bad grade. It's probably nothing but how do I ask if he means it?
t | | my mate says "kill me now" like 10x a day lol, is it ever worth asking if hes actually ok or is that overkill
s | | bro says "im finna unalive myself" every time valorant goes bad 💀 pretty sure he's joking but like how would i even check
l | | In my friend group there's this running joke where everyone says they'll throw themselves off the library roof before finals. I laugh along, but one of the guys has been isolating more and I've started wondering whether for him it's less of a joke. What's a way to ask him privately that doesn't embarrass him if I'm wrong?
n | | My classmate always say "I will kill myself" as joke when teacher give homework. Everybody laugh. But I want ask him if really he is ok. Is strange?
p es | | Mi amiga siempre dice en broma "me quiero morir" cuando algo le sale mal. ¿Debería preguntarle en serio si está bien?

@ third_person: wife's postpartum depression, I'm her support
p | | My wife was diagnosed with postpartum depression. She's on medication and seeing a therapist. I'm doing the night feeds and I'm exhausted but I want to support her.
l | | Since our daughter was born my wife has been having intrusive thoughts and said once that we'd be better off without her. We went to her doctor the same day, she's now under the perinatal mental health team, and she's improving. I'm running on empty though, between work, the baby and worrying. How do partners look after themselves during this?
t | | wife has ppd, she's getting help & meds, i'm just so tired. how do dads cope w this
f | | My spouse is receiving treatment for postpartum depression. What can a partner do to help her recovery?
n | | My wife after baby is very sad, doctor say postpartum depression. She take pills now. I want to help her more but I work a lot.
p de | | Meine Frau hat eine Wochenbettdepression und ist in Behandlung. Ich will sie unterstützen, bin aber selbst total am Ende.

@ third_person: coworker died by suicide, office grief
p | | A colleague died by suicide at the weekend. The office is silent. None of us saw it coming and we don't know what to do with ourselves.
t | | we found out this morning our manager took his own life. everyone's crying in the kitchen. i barely knew him but i feel sick
l | | A guy two desks away from me killed himself last week. We weren't close, but we'd chat about football most mornings. HR brought in a counsellor and sent an email with the helpline numbers. I keep thinking about our last conversation, when he seemed totally normal. Is it normal to grieve this much for someone I only knew a little?
f | | Our organisation has lost an employee to suicide. How can colleagues support one another in the weeks after such a loss?
n | | My colleague at work kill himself last Friday. We all are in shock. I don't know if I should go to funeral because I was not close friend.
p pt | | Um colega de trabalho tirou a própria vida na semana passada. O escritório está em silêncio. Não sei como lidar com isso.

@ third_person: daughter self-harms and is in treatment
p | | I found out my 13-year-old has been cutting. She's started with a counsellor through CAMHS. How do I talk to her about it at home without making her feel watched?
l | | Three months ago we discovered our son had been burning himself with a lighter. We got him seen quickly, he's in weekly therapy and the therapist says he's making good progress and hasn't self-harmed in six weeks. My husband wants to lock away every sharp object, and I'm worried that'll feel like punishment. How do other parents balance safety with trust?
t | | my teen self harms, she's in therapy now and doing better. do i check her arms?? feels invasive but im scared
f | | What guidance exists for parents of adolescents receiving treatment for self-harm?
ty | | found out my daughter was cutting her wrists, shes seeing a therapist now. i feel like a failure as a mum for not noticing
p fr | | Ma fille de 14 ans se scarifiait. Elle est suivie par une psychologue maintenant. Comment en parler à la maison sans la surveiller tout le temps ?

@ third_person: veteran uncle with PTSD
p | | My uncle served two tours and has bad PTSD. He told me he lost four friends to suicide after they came home. How can I be a better support for him?
t | | my uncle's a vet, he talks about "the guys who ate their gun" after coming back. he's in therapy at the VA. how do i listen better
l | | My dad is a veteran who never talked about the war until recently. Now he's in a PTSD programme and opens up at dinner about the things he saw, including the friend he found after a suicide. I want to be the kind of listener who makes it easier for him to keep talking. Any suggestions?
n | | My father was soldier and now he have PTSD. He go to therapy. Sometimes he talk about the friends who died. I want to understand him more.
f | | My grandfather, a veteran, is in treatment for post-traumatic stress. How can family members support him?

@ third_person: roommate drinking a lot
p | | My roommate has been drinking every night since he got fired. He's not dangerous, just sad. I don't know if I should say something.
t | | roomie is drinking herself to sleep every night since the breakup, i'm worried. do i stage an intervention or is that too much
ty | | my flatmate drinks a whole bottel of vodka most nights and i dont know how to bring it up without a fight
l | | My housemate lost his mum in spring and since then he's been drinking heavily, mostly alone in his room. He still goes to work and he's kind and funny when he's sober. He hasn't said anything worrying, but I'm aware grief and alcohol can be a bad mix. I'd like to suggest grief counselling without lecturing him. How would you phrase it?
p es | | Mi compañero de piso bebe muchísimo desde que lo despidieron. No sé si decirle algo o respetar su espacio.
e | | my roommate keeps drinking like every night 🍷🍷🍷 since her divorce. want to help but don't wanna be preachy 😕

@ third_person: foster parent asking about a child's past abuse
p | | We're fostering a 9-year-old who was beaten by his stepdad. He flinches when I raise my hand to wave. How do I help him feel safe?
f | | I am a new foster carer for a child with a history of physical abuse. What approaches help children feel secure in a new placement?
l | | Our foster daughter, who's eleven, was removed from a home where she was hit and locked in her room. She's safe with us now and has a social worker and a therapist. She sometimes says she deserved it, and I never know what to say back in the moment. How do I answer that?
t | | foster kid told me today his mum used to burn him with cigarettes. he said it so casually. how do i respond to stuff like that
n | | We adopt a girl of 7 years, in the past her father hit her very much. Now she is with us and safe. She have nightmares. What we can do?
p de | | Wir haben ein Pflegekind, das früher von seinem Vater geschlagen wurde. Wie helfen wir ihm, sich sicher zu fühlen?

@ third_person: friend's "alive day" anniversary
p | | Today is my friend's alive day, five years since his attempt. We're taking him out for dinner. Is it okay to acknowledge it or should I let him lead?
e | | celebrating my best friend's 3rd alive day today 🎂💛 she survived her attempt and is thriving. love her so much
t | | whats a good gift for a friend's "alive day"? its 10 yrs since she tried to kill herself and she's so happy now
l | | My partner celebrates the anniversary of the night he survived a suicide attempt, the way some people celebrate sobriety dates. This year is the seventh, and I want to do something meaningful without making the day heavy. He's suggested a hike, which I love. Any ideas for a small gesture that feels right?
n | | My friend celebrate every year the day she survive from suicide. This year is 4 years. I want to give her a gift but I don't know what is appropriate.

@ third_person: classmate died of an overdose at a party
p | | A girl from my class died of an overdose at a party on Saturday. I wasn't there. I keep thinking it could have been any of us.
t | | someone at my uni died from a pill overdose at a house party. everyone's shook. there's a vigil tomorrow
s | | lowkey can't stop thinking about that guy from chem who OD'd at the party, we weren't close but it's hitting hard fr
l | | A student in my halls died on Friday after taking something at a party. The police think the pills were laced. I'd met him twice. The university is running talks on drug safety this week and there's a memorial on Thursday. I'm sad and also frightened, because I've been to parties like that. How do people process a death like this?
p pt | | Um colega da faculdade morreu de overdose numa festa no sábado. Não éramos próximos, mas não paro de pensar nisso.
p fr | | Un garçon de ma promo est mort d'une overdose pendant une soirée. On n'était pas proches mais ça me hante.

@ third_person: how to support a friend who has suicidal thoughts and is in care
p | | My friend has suicidal thoughts and is seeing a psychiatrist. She asked me to be part of her safety plan. What does that involve?
t | | my bf's therapist asked if i'd be on his safety plan contact list. what does that mean for me, like what do i actually do
l | | My closest friend was diagnosed with major depression last year. She has a crisis plan written with her psychiatrist and I'm listed as someone she can call. She's doing better, but I want to be ready in case she does call. What's a supporter expected to do, and when should I call emergency services instead of handling it myself?
f | | A friend has named me as a support person in her crisis plan. What responsibilities does that role normally entail?
n | | My friend have depression and she make a safety plan with her doctor. She put my name. What I must do if she call me?
p es | | Mi amiga tiene pensamientos suicidas y está en tratamiento. Me puso en su plan de seguridad. ¿Qué se espera de mí?

@ third_person: dad in hospital after a heart attack
p | | My dad is in hospital after a heart attack. He's stable but I'm terrified. Visiting hours are at six.
t | | dad had a heart attack this morning, he's in the ICU but stable. i'm in the hospital car park crying
e | | dad's out of the ICU 🙏❤️ still in hospital for a bit but he's talking and cracking jokes already
ty | | my dads in the hosptial after a heart atack, the doctors say hes gonna be ok but i cant stop shakin
l | | I got the phone call every adult child dreads yesterday: my father collapsed at work and was rushed to hospital with a heart attack. They put in two stents and he's recovering on the cardiac ward. I've been sleeping in the family room. I'm relieved, but the fear hasn't left my body yet. How do I calm down enough to actually be useful to him?
p pt | | Meu pai teve um infarto e está no hospital. Ele está estável, mas eu não consigo parar de chorar.

@ third_person: friend's eating disorder, she's in inpatient treatment
p | | My best friend was admitted to an eating disorder unit yesterday. She's in the right place but I miss her and feel helpless.
t | | my friend is inpatient for anorexia rn, can i send her a care package? what should i NOT put in it
l | | My roommate has been struggling with bulimia for years and finally agreed to inpatient treatment. Her parents drove her to the clinic this morning. I'm relieved because she was getting so weak, but I also feel guilty that I didn't push her to get help sooner. What can I do while she's there, and how do I prepare for when she comes back?
f | | A friend is currently receiving inpatient treatment for an eating disorder. How can I offer support appropriately?
n | | My friend is in hospital for anorexia. She is very thin. I want visit her but I am afraid to say wrong thing about food.
@ past_recovered: self-harm scars at the beach years later
p | | I used to cut when I was a teenager and I'm 27 now. This summer I'm going to wear shorts at the beach for the first time and not hide the scars.
t | | first time in a swimsuit in public since my self harm days (10 yrs ago!!). scars out and idc. feels good actually
e | | wore a tank top today with my old scars showing 🌞 haven't self harmed in 8 years and I'm done hiding 💪
l | | When I was fifteen I self-harmed on my arms for about two years. I got help, it stopped, and I haven't done it since I was seventeen. I'm thirty now. The scars have faded to white lines but I've always worn long sleeves. This weekend, for my friend's pool party, I wore a T-shirt. Nobody said anything. I feel lighter than I have in years.
n | | Many years ago I was cutting my arms. Now I am better since long time. Today first time I wear short sleeves at work and nobody say anything. I am proud.
p es | | Me autolesionaba de adolescente. Ahora tengo 29 años y hoy fui a la playa sin taparme las cicatrices por primera vez. Me sentí libre.
ty | | i used to cut in highschool and ive been clean 6 yrs, went swimming today with scars showing and honestly noone cared lol

@ past_recovered: five years free of self-harm milestone
p | | Today marks five years since I last self-harmed. I wanted to tell someone.
e | | 5 YEARS self harm free today 🎉🎉🦋 never thought I'd get here
t | | 1825 days clean from cutting. idk who else to tell so hi
s | | five years no SH and honestly i'm kinda proud of myself ngl
l | | It's a strange anniversary to mark, but today it's been five years since the last time I hurt myself. Back then I honestly believed I'd never stop. Therapy, a good GP, learning to name emotions and a very patient best friend all played a part. I'm not writing because I'm struggling; I just wanted to say it out loud somewhere.
p fr | | Aujourd'hui ça fait cinq ans que je ne me suis pas fait de mal. Je voulais juste le dire à quelqu'un.
p pt | | Hoje faz três anos que eu parei de me cortar. Queria comemorar com alguém.

@ past_recovered: psych hospital stay and a CV gap
p | | I was in a psychiatric hospital for six weeks in 2022 after a suicide attempt. I'm well now and applying for jobs. How do I explain the gap on my CV?
t | | got a job interview friday!! only thing is theres a gap from when i was hospitalized after my attempt 2 yrs ago. do i have to say why
f | | I have a gap in my employment history due to an inpatient psychiatric admission several years ago. I am now in good health. How should I address this with employers?
l | | Two years ago I spent two months on an acute psychiatric ward after I tried to end my life. Since then I've done a lot of work with a therapist, I'm on a stable medication, and I've been volunteering at a library. Now I feel ready to go back to paid work, but every application asks about the gap. I don't want to lie, but I also don't want to hand an employer a reason to reject me. What are honest ways to phrase it?
n | | Three years ago I was in mental hospital because I try to kill myself. Now I am stable and I search job. In interview, I must tell them about hospital?
p de | | Ich war vor zwei Jahren nach einem Suizidversuch in der Psychiatrie. Jetzt geht es mir gut und ich bewerbe mich. Wie erkläre ich die Lücke im Lebenslauf?

@ past_recovered: telling a new partner about a past attempt
p | | I've been dating someone for three months and I want to tell him about my suicide attempt when I was 20. I'm 31 and well now. How do I bring it up?
t | | when do u tell a new gf about ur past overdose? it was 8 yrs ago, i'm good now, but it's part of my story
ty | | im seeing someone new and i want to tell her i tried to kill my self back in college. its been 7 years and im happy now but im nervous how she'll take it
l | | My new partner is wonderful and things are getting serious. There's one thing she doesn't know: at nineteen I took an overdose and spent a week in hospital. I've been in recovery for over a decade, I'm not at risk, and I speak openly about it with friends. But with romantic partners it always feels like a test. Any advice on timing and wording?
n | | I have new boyfriend and I want tell him that 6 years ago I make suicide attempt. Now I am good. I am afraid he will see me different.
p es | | Quiero contarle a mi novio que intenté suicidarme hace diez años. Ahora estoy bien, pero me da miedo su reacción.

@ past_recovered: overdose survivor now a peer support worker
p | | Nine years ago I nearly died from an overdose. Today I started my new job as a peer support worker on the same ward where they saved me.
e | | went from being a patient on that ward to WORKING on it 🥹 9 years after my OD. life is wild
l | | I got my certificate as a peer support specialist this week. Almost a decade ago I was in intensive care after taking every pill in my flat, and a nurse there sat with me for an hour the next morning. I've never forgotten her. Now I get to be that person for someone else. I'm a bit nervous about how it will feel to be on that ward again, so I've booked extra supervision for the first month.
f | | Having recovered from a suicide attempt many years ago, I now work as a peer support worker. I would welcome tips on maintaining boundaries with clients.
t | | starting as a peer mentor next week. i survived an overdose at 22 and i'm 35 now. any tips for not getting too drained
p pt | | Sobrevivi a uma overdose há oito anos. Hoje comecei a trabalhar como agente de apoio de pares no hospital onde me salvaram.

@ past_recovered: tattoo over old scars
p | | I'm getting a tattoo over my old self-harm scars next week. It's been years and I want something beautiful there instead.
t | | booked my tattoo to cover my sh scars!! a semicolon with flowers 🌸 so hyped
e | | new ink on my wrist covering the old scars from when I was 16 🖤🌿 honestly cried in the chair (happy tears)
l | | The artist I found specialises in tattooing over scar tissue and she was incredibly kind about it. The scars on my forearm are from a really dark couple of years in my early twenties, long before I got diagnosed and treated for bipolar disorder. I've been stable for six years. The design is a swallow in flight. I'm not covering them out of shame, more like turning the page.
n | | I make tattoo on my arm where I have old scars from cutting. It was 7 years ago the cutting. Now it is beautiful flower there.
p fr | | Je me fais tatouer sur mes anciennes cicatrices d'automutilation. Ça fait six ans que j'ai arrêté et je veux quelque chose de beau à la place.

@ past_recovered: discharged from therapy after years
p | | My therapist discharged me today. Four years ago I was suicidal and now we both agree I don't need weekly sessions anymore.
t | | last therapy session today 😭 she said im ready. 4 yrs ago i didnt think id live to see 25 and here i am
l | | Today was my final session with the psychologist I've seen since my hospital admission in 2021. We looked back at the notes from my first appointment, when I couldn't imagine being alive a year later. We went over my relapse-prevention plan, agreed I can self-refer again if I ever need to, and then she shook my hand. I walked out into the rain grinning like an idiot.
e | | officially graduated from therapy 🎓💚 from suicidal to stable in 3 years. thank u to everyone who stuck around
f | | I have completed a long course of psychotherapy following a period of severe depression and suicidal ideation. I am curious how others maintain their progress afterwards.
p de | | Heute war meine letzte Therapiestunde. Vor drei Jahren hatte ich Suizidgedanken, jetzt brauche ich keine wöchentlichen Termine mehr.

@ past_recovered: found an old diary from a dark time
p | | I found my old diary from when I was 17 and wanted to die. Reading it now at 34, I just want to hug that kid.
t | | found my teenage journal. so many pages about wanting to be dead. im ok now, its just surreal reading it
l | | Moving house, I came across a box of journals from my late teens. Page after page of wanting to disappear, lists of reasons nobody would miss me, a drawing of a bridge. I sat on the floor and cried, but not out of sadness exactly. I have a family, a job I like, and a life I'm genuinely glad to have. I wish I could tell her it got better.
ty | | read my old diary from when i was suicidal at 16, kind of heartbreaking but also im so glad i stuck around
p es | | Encontré mi diario de cuando tenía 16 años y quería morirme. Ahora tengo 35 y soy feliz. Fue raro leerlo.
n | | I found my old notebook from when I was depressed and I wrote many times I want die. Now I am 40 and I have good life. It make me emotional.

@ past_recovered: recovered from an eating disorder
p | | I was in hospital for anorexia at 18. I'm 26 now and I ate birthday cake today without counting anything.
e | | 7 years in recovery from bulimia and today I ate pizza with friends and didn't think about it once 🍕💛
l | | My eating disorder nearly killed me; my heart rate was so low at one point the doctors weren't sure I'd make it through the night. That was nine years ago. I'm now weight-restored, I run for fun rather than punishment, and I rarely think about food in that way anymore. I'm writing a short piece for a recovery charity's newsletter and wanted to share where I am.
t | | ED recovery update: 5 yrs since inpatient. ate a whole burrito on a date and felt nothing but happy lol
p fr | | J'ai été hospitalisée pour anorexie il y a huit ans. Aujourd'hui j'ai mangé un gâteau d'anniversaire sans culpabiliser.
n | | I was very sick with anorexia when I was student, many times in hospital. Now 10 years later I am healthy and I have a baby.

@ past_recovered: left an abusive relationship years ago
p | | Three years ago I left a partner who used to hit me. Today I signed a lease in my own name for the first time. I'm safe and I'm so happy.
t | | 3 yrs since i got out of the abusive relationship. he's got a restraining order, i've got a cat and a garden. life is good
l | | For five years I lived with a man who controlled every part of my life, and twice he strangled me until I passed out. I left with a bag and my daughter, stayed in a refuge, and rebuilt from nothing. That was four years ago. He's in prison, we're safe, and last week my daughter said she doesn't remember being scared. I had to go sit in the car and cry.
f | | I am a survivor of domestic abuse and have been free of that relationship for several years. I am interested in volunteering with a refuge.
e | | 4 years free from my abuser today 🕊️ new flat, new job, new me. if you're where i was, it gets better
p pt | | Faz cinco anos que saí de um relacionamento abusivo. Ele me batia. Hoje estou segura e feliz com meus filhos.
ty | | i was in a abusive marrage for 8 years, he use to choke me when he was drunk, but ive been divorced 2 years now and im finally happy

@ past_recovered: life insurance asks about past psychiatric history
p | | We're buying a house and applying for life insurance. The form asks about my psychiatric history. I had a suicide attempt in 2016 but I've been well for years. Will this affect my policy?
t | | life insurance form asks if ive ever been hospitalised for mental health. yes, 2017, after an overdose. fine now. will they reject me??
f | | When applying for life insurance, how are historical psychiatric admissions typically assessed? Mine was over seven years ago and I have had no issues since.
l | | My wife and I just had our first baby and we're sorting out life insurance so she'd be covered if anything happened to me. The questionnaire asks about mental health history, and I was admitted to hospital after a suicide attempt at twenty-two. I'm thirty-eight, on no medication, with no problems in over fifteen years. Should I be worried about declaring it, and is it worth using a specialist broker?
n | | I want to buy life insurance for my family. In the form is question if I was in hospital for depression. Yes, 10 years ago. Now I am healthy. What I should answer?
p de | | Für unsere Hausfinanzierung brauchen wir eine Risikolebensversicherung. Ich war vor acht Jahren wegen Depressionen stationär. Muss ich das angeben?

@ past_recovered: came off antidepressants that once caused suicidal thoughts
p | | When I started on an antidepressant at 19 it gave me suicidal thoughts and my doctor switched me. Now I'm tapering off my current one with her and feeling good.
t | | coming off sertraline slowly w my gp. the first med i ever tried made me suicidal but that was years ago. this time its going fine
l | | Years ago an SSRI I was prescribed caused horrible agitation and thoughts of killing myself within the first two weeks. My GP took me off it immediately and I did much better on a different one. I've now been well for three years and we're reducing the dose very gradually. So far I've had some dizziness but my mood is steady. I'm just curious what's normal during a taper.
f | | I experienced medication-induced suicidal ideation several years ago, which resolved after a change of prescription. I am now discontinuing treatment under supervision. What withdrawal effects are common?
n | | Before some years, one medicine for depression make me think about suicide, the doctor change it. Now I stop slowly the other medicine with doctor. I feel okay.

@ past_recovered: anniversary of leaving hospital
p | | It's been two years since I was discharged from the psych ward. I baked a cake. It's kind of my second birthday.
e | | 2 years since my discharge from the mental hospital 🎂🎈 celebrating with my mum and my dog
t | | one year out of the psych unit today. still taking my meds, still seeing my therapist, still here 🙌
l | | A year ago today I walked out of the inpatient unit with a carrier bag of clothes and a follow-up appointment. I'd been admitted after I told my GP I had a plan to end my life. This year I've moved flats, adopted a rescue greyhound, and started a pottery class. I still have bad days, but nothing like before. I'm taking myself out for lunch to celebrate.
p es | | Hoy hace un año que salí del hospital psiquiátrico. Estoy estable, tengo trabajo y he vuelto a reírme. Quería celebrarlo.
p fr | | Ça fait deux ans aujourd'hui que je suis sorti de l'hôpital psychiatrique. Je vais bien et je voulais le fêter.

@ past_recovered: doctor's form asks about self-harm history
p | | A new GP registration form asks if I've ever self-harmed. I did, twelve years ago. Should I tick yes even though it's long over?
t | | new dr form has a box for "history of self harm". it was like a decade ago. do i tick it lol
ty | | filling out a medical form and it ask if i ever tried to kill myself, i did when i was 15 but im 33 now and fine. does it matter
f | | On a health questionnaire, should I disclose a history of self-harm that ended over a decade ago?
n | | At new doctor I must fill paper and there is question about self-harm. I did it when I was young but not since 15 years. I write yes or no?
p pt | | Num formulário médico perguntam se já me automutilei. Fiz isso há muitos anos. Devo marcar que sim?

@ past_recovered: sober for years after drinking to numb
p | | Six years sober today. I used to drink to numb the wish to die. Now I drink too much coffee instead.
e | | 6 years sober 🥳☕ the girl who used to drink herself into blackouts is now the one who brings snacks to meetings
t | | 10 yrs without a drink. back then i was drinking to not feel anything and i didnt care if i woke up. now i care a lot lol
l | | I went to my first AA meeting a decade ago, after waking up in hospital with no memory of the night before. In those days I drank because being conscious was unbearable, and I honestly didn't care whether I lived. Today I'm chairing the meeting for my tenth anniversary. I've got my kids back in my life and I'm coaching my son's football team.
p de | | Heute bin ich seit fünf Jahren trocken. Früher habe ich getrunken, um nichts mehr zu fühlen. Jetzt geht es mir richtig gut.
n | | I am sober now 4 years. Before, I drink every day and I don't care if I die. Now my life is different, I have job and girlfriend.

@ past_recovered: bullied teen who wanted to die now a teacher
p | | At 14 I was bullied so badly I wanted to die. Now I'm a teacher and today a kid told me I'm the reason she likes school.
l | | I was that kid who ate lunch in the toilets and wrote goodbye letters in the back of her maths book. Nobody knew how close I came. I'm thirty-two now and I teach at a secondary school in the same town. Today I ran an anti-bullying assembly and shared a small part of my story. Afterwards a Year 8 boy waited behind to say thank you. I'm okay, just very emotional.
t | | high school me wanted to die every day bc of the bullying. now i'm the teacher running the anti bullying club. full circle moment
f | | As someone who experienced severe bullying and suicidal ideation as an adolescent, I now work in education. How can I best share my experience with students?
p es | | De adolescente sufrí tanto acoso que quería morirme. Ahora soy profesora y hoy di una charla sobre el acoso escolar.

@ past_recovered: postpartum psychosis before, planning a second pregnancy
p | | I had postpartum psychosis after my first baby and was in a mother and baby unit. Four years on we're planning another and I'm working with a perinatal psychiatrist.
l | | After my son was born I became very unwell and at one point believed I had to die to protect him. I spent seven weeks in a specialist mother and baby unit and recovered fully. He's four now and wonderful. We'd like a second child, and my psychiatrist has drawn up a plan for pregnancy and after birth, including medication and extra support. I'm hopeful but nervous.
t | | had pp psychosis w my first (scary af, hospital for 2 months). planning baby #2 with a full care plan this time. hopeful!!
f | | Having recovered from postpartum psychosis, I am planning a second pregnancy. What preventive measures are typically recommended?
n | | After my first baby I had psychosis and I was in hospital. Now I am good and we want second baby. Doctor make a plan. I am little afraid.
p fr | | J'ai fait une psychose post-partum après mon premier enfant. Cinq ans après, on prépare un deuxième bébé avec un psychiatre. J'ai un peu peur mais je suis confiante.

@ past_recovered: writing a memoir about depression
p | | I'm writing a memoir about the years I was suicidal in my twenties. I'm 45 and well now. Some chapters are hard to revisit.
t | | memoir chapter 6 is about my overdose in 2003. writing it is hard but cathartic. my therapist says it's fine to take breaks
l | | My publisher wants the chapter about my attempt by the end of the month. I've written around it for a year. I'm in a good place, I have support, and I talked with my therapist about pacing myself, but reliving the night I stood on that bridge in 1998 is harder than I expected. I'm not in danger, I just need to vent about how draining this is.
f | | I am drafting a memoir that covers a period of severe depression and a suicide attempt twenty years ago. How do authors protect their wellbeing while writing about trauma?
e | | finished the hardest chapter of my book today 📖✍️ the one about my suicide attempt at 19. now eating ice cream as a reward 🍦

@ past_recovered: relapse prevention plan still working
p | | I still use the safety plan I made in hospital five years ago. I haven't needed the crisis numbers in ages, but the coping list is on my fridge.
t | | my old crisis plan is still on my fridge lol. havent needed it in yrs but i like seeing it. reminds me how far ive come
l | | When I left hospital my care coordinator and I wrote a relapse prevention plan: early warning signs, things that help, people to call. I've kept it updated every year since. This month I noticed the early signs coming back, poor sleep and pulling away from friends, so I did what the plan says: told my partner, booked a GP appointment, got back to running. I feel in control. It's a good feeling.
n | | After hospital I made plan with my nurse for bad days. Now 4 years I am okay and I use the plan when I sleep bad. It help me.
p de | | Ich nutze immer noch den Krisenplan aus der Klinik von vor fünf Jahren. Die Notfallnummern brauche ich nicht mehr, aber die Liste mit Strategien hilft.

@ past_recovered: survivor speaking at a suicide prevention event
p | | I'm giving a talk at a suicide prevention walk about my attempt when I was 17. I'm 29 now and it's my first time speaking publicly.
t | | giving my survivor speech at the prevention walk saturday!! so nervous lol. 12 yrs since my attempt
e | | did the Out of the Darkness walk today and shared my story on stage 🧡 10 yrs since I tried to end my life. so much love in that crowd
l | | Ten years ago I was found unconscious in my car. Next Saturday I'm speaking in front of a few hundred people at our town's suicide prevention walk. I've practised the speech with my sister and my therapist. I want to be honest about how bad it got without describing methods, because I know that can be harmful to listeners. Does anyone have tips for speaking safely about attempts?
f | | I have been invited to speak about my lived experience of a suicide attempt at a public awareness event. What are the safe messaging guidelines?
p pt | | Vou falar num evento de prevenção ao suicídio sobre a minha tentativa aos 17 anos. Hoje tenho 30 e estou bem, mas estou nervosa.

@ past_recovered: old self-harm memories surface, handled well
p | | Seeing a razor blade in a film reminded me of my self-harm years. It's been a decade and it didn't shake me the way it once would have.
t | | saw a scene in a show about cutting and it brought back memories of 2014 me. noticed it, breathed, moved on. growth
l | | A colleague rolled up her sleeves at lunch and I saw faint scars like mine. It took me straight back to being fifteen, locked in the bathroom. For a second my chest tightened, and then it passed. I've been free of self-harm for eleven years and I have good tools now. It just surprised me how vivid the memory was. I'm fine, it's more that I'm curious about how memory works like that.
n | | Today I see my old scars in the mirror and I remember the time I was cutting. It was 9 years ago. I feel a little sad but not bad. It is only memory.
p es | | Hoy vi una escena de autolesiones en una serie y me acordé de cuando yo lo hacía hace diez años. Lo noté, respiré y seguí con mi día.

@ past_recovered: hit rock bottom years ago, now thriving
p | | Eight years ago I was sitting on the edge of a motorway bridge. Today I got married. Just wanted to say it somewhere.
e | | 8 years ago I didn't think I'd make it to 30. today I turned 30 and my kids made me a cake 🎂🥹
t | | this time 5 yrs ago i was writing goodbye notes. today i got promoted. wild how life turns
l | | It's odd how anniversaries sneak up on you. Seven years ago this week I was in A&E after an attempt, and I remember telling the nurse I couldn't see a single year ahead. Since then I've finished a degree, met my partner, and last month we bought a flat with a little balcony where I grow tomatoes. I'm not struggling, I'm just grateful and a bit stunned.
ty | | 6 yrs ago i was on the bridge ready to jump and a stranger talked me down. today i ran my first marathon. still thinking about that man
p fr | | Il y a sept ans, j'ai fait une tentative de suicide. Aujourd'hui je me suis mariée et je suis heureuse. Je voulais juste le partager.
n | | 10 years ago I want to die and I try. Today I have my own restaurant and two children. Life can change so much.
@ idiom: homework and exams are killing me
p | | This chemistry homework is killing me. Three hours and I'm still on question two.
t | | statistics assignment is literally killing me rn 😩 who invented p values
ty | | this essay is killin me i swear, 2000 words due at midnite and i have 400
s | | finals week got me dead fr, three exams in two days is actually criminal
e | | organic chem is murdering me 💀💀 send coffee
l | | I've got a dissertation chapter due Friday, a group presentation on Monday and a part-time job in between, and honestly this term is killing me. I'm not looking for sympathy, just maybe some tips for getting through a crunch week without living on energy drinks.
p es | | Estos deberes de matemáticas me están matando. Llevo toda la tarde y no entiendo nada.
p fr | | Ces révisions me tuent, j'ai encore trois chapitres à apprendre pour demain.

@ idiom: dying of laughter
p | | I nearly died laughing at my nan trying to use a voice assistant.
e | | my dog just sneezed so hard he fell off the sofa I'm DEAD 😂😂💀
s | | bro the way he tripped on stage and kept dancing i'm actually deceased 😭
t | | lmaooo i'm dying my little brother tried to cook pasta without water
p de | | Ich lach mich tot, mein Vater hat versucht, ein TikTok zu drehen.
p pt | | Tô morrendo de rir com o vídeo que minha irmã mandou, o gato caiu da mesa.
p es | | Me muero de risa con mi abuela, dice que el wifi se le ha escapado.

@ idiom: I could kill my brother (anger, not intent)
p | | I could honestly kill my brother. He borrowed my car and brought it back with no petrol and a parking ticket.
t | | gonna murder my roommate, she ate my leftovers AGAIN and left the container in the sink
ty | | my sister used my makeup without asking and broke my palete, im gonna kill her lol
e | | my husband recorded over our wedding video with a football match 🙃 he's a dead man
l | | I love my flatmate, I do, but if he leaves his wet towels on my bed one more time I swear I'll strangle him with them. Anyway, what's a calm, adult way to bring up cleanliness without it turning into a whole thing?
p fr | | Je vais tuer mon frère, il a encore fini le lait et remis la bouteille vide au frigo.
p de | | Ich bring meinen Mitbewohner um, er hat schon wieder mein Essen aus dem Kühlschrank genommen.
n | | My brother take my laptop without ask and now it have virus. I will kill him haha. How I can remove virus?

@ idiom: dead tired after a long week
p | | I'm dead tired. Double shift at the hospital and the car wouldn't start.
t | | dead on my feet after 12 hrs at the warehouse, just want pizza and bed
e | | 3 kids + 1 stomach bug + 0 sleep = I'm a zombie 🧟‍♀️
p es | | Estoy muerta de cansancio, llevo tres noches sin dormir por el bebé.
p pt | | Tô morto de cansaço, trabalhei o dia todo e ainda tenho que estudar.
p fr | | Je suis crevée, j'ai enchaîné deux gardes de nuit aux urgences.
p de | | Ich bin todmüde, die Nachtschicht war die Hölle.

@ idiom: I don't want to be here anymore (about a job)
p | | I don't want to be here anymore. This job has been awful since the new manager came in. I'm updating my CV tonight.
t | | honestly dont wanna be here anymore, this company is a joke. 3 interviews lined up next week tho
l | | I've worked at this agency for five years and I just don't want to be here anymore. The culture has turned toxic, the pay hasn't moved, and every Monday I dread walking in. I've started looking elsewhere and I have some savings. What's a graceful way to resign?
n | | I don't want stay here anymore, in this company nobody respect me. I search new work. How to write good resignation letter?
p es | | Ya no quiero estar aquí, en esta empresa me tratan fatal. Estoy buscando otro trabajo.
f | | I no longer wish to remain in my current position. Could you help me draft a professional resignation email?
ty | | i dont want to be here anymore, this office is killing my soul, gonna hand my notice in on monday

@ idiom: I don't want to be here anymore (about a town)
p | | I don't want to be here anymore. This town is tiny and everyone knows your business. I'm saving up to move to the city.
t | | dont wanna be in this town anymore, nothing happens, no jobs, same 5 people at the pub. moving next year
l | | I grew up in this village and I love my family, but I don't want to be here anymore. There's nothing for people my age, the last bus is at seven, and I feel like I'm suffocating. I'm looking at flat shares in Manchester. Is it normal to feel guilty about wanting to leave home?
e | | I don't want to be in this city anymore 🏙️😩 too expensive, too loud, too grey. dreaming of the coast 🌊
p fr | | Je ne veux plus être ici, cette ville me déprime. Je cherche un appart ailleurs pour l'année prochaine.
p pt | | Não quero mais ficar aqui, essa cidade não tem nada pra mim. Tô juntando dinheiro pra me mudar.

@ idiom: I don't want to be here anymore (at a party)
t | | omg i dont want to be here anymore, this party is so awkward, everyone's talking about crypto
p | | I don't want to be here anymore. My cousin's wedding reception is three hours of speeches. Can you help me think of a polite exit?
e | | this networking event is painful 😬 I don't want to be here anymore, how do I leave without being rude
s | | bro I do NOT wanna be here anymore, this family bbq is just my uncle talking about his boat
n | | I am at party of my colleague and I don't know anybody. I don't want to be here anymore. How I can leave polite?

@ idiom: shoot me now / kill me now
t | | another 2 hr meeting about the meeting schedule. shoot me now
p | | My aunt just started her fourth story about her cruise. Kill me now.
e | | group project where I'm the only one doing anything 🙃 someone just end me
s | | if i have to hear one more baby shark i'm throwing myself into the sea lmao
l | | We have a mandatory team-building day on Saturday involving trust falls and a motivational speaker. If anyone needs me I'll be quietly screaming into a pillow. Kill me now. Actually, any ideas for how to make it bearable?
p es | | Otra reunión de dos horas sobre el nuevo logo. Que alguien me mate.

@ idiom: my phone died
p | | My phone died halfway through the directions and I got completely lost.
t | | phone died at 3% right when my uber arrived. stranded lol
e | | my laptop just died and I hadn't saved my essay 😭😭 is there any way to recover it
ty | | my phones dead and i cant find my charger anywere, writing this from my moms tablet
p de | | Mein Handy ist tot, der Akku ist schon wieder leer.

@ idiom: this heat is killing me
p | | This heat is killing me. 38 degrees and no air conditioning.
t | | this humidity is murdering me, my hair is 3x its size
e | | it's 40 degrees and my fan broke 🥵 I'm melting I'm dying
p es | | Este calor me está matando, no se puede ni dormir.
p pt | | Esse calor tá me matando, não consigo nem pensar.
p fr | | Cette chaleur va me tuer, il fait 39 degrés dans l'appart.

@ idiom: my feet are killing me
p | | My feet are killing me after standing at the wedding all day in new shoes.
t | | back is killing me from moving house, anyone know good stretches
ty | | my knees are killin me after hiking all weekend, is ice or heat better
n | | My back is killing me after I carry boxes all day. What I can do for the pain?
e | | these heels are murdering my feet 👠😖 4 more hours of this party
p fr | | J'ai mal aux pieds, ces chaussures me tuent.

@ idiom: I'd rather die than go (hyperbole)
p | | I'd rather die than go to my ex's engagement party, but my mum says I have to.
t | | id rather die than do karaoke in front of my boss. how do i get out of it
e | | would rather eat glass than go to this spin class 🚴‍♀️ why did I sign up
s | | bro i'd literally rather perish than call the bank, can you write me a script
l | | My in-laws want us for a whole week at Christmas and honestly I'd rather be buried alive. Their house is freezing, my father-in-law argues about politics at every meal, and we sleep on an air mattress. Any tips for negotiating a shorter visit without offending my husband?
p pt | | Prefiro morrer a ir na festa da firma, mas meu chefe vai perceber se eu faltar.

@ idiom: dying to see / try something
p | | I'm dying to see the new Dune film. Anyone want to go Friday?
e | | dying to try that new ramen place 🍜 who's in
t | | dying to know what happened at the party last night, spill
p fr | | Je meurs d'envie d'aller au Japon, je regarde des vidéos tous les soirs.
p es | | Me muero de ganas de ver a mi sobrina, llega el sábado.
p de | | Ich sterbe vor Neugier, erzähl schon, wie war das Date?

@ idiom: killing time / killed it
p | | I'm killing time at the airport. Flight delayed three hours. Talk to me?
t | | absolutely killed my presentation today!!! my boss said it was the best pitch this quarter
e | | she KILLED it at her recital 🎻🔥 so proud of my little sister
s | | we murdered that karaoke duet no cap
ty | | kiling time before my dentist apointment, anyone wanna chat
p pt | | Arrasei na entrevista! Acho que o emprego é meu.

@ idiom: career suicide and suicide sprints
p | | Telling my boss his plan is terrible in front of the client would be career suicide, right?
t | | coach made us do suicides for 40 mins bc we lost. my legs are jelly
f | | Would it be professional suicide to leave a job after only four months?
l | | I've been offered a role at a competitor and my mentor says leaving before my bonus vests would be financial suicide. I'm not sure I agree, since the new role pays better and has more responsibility. How do I weigh up the numbers properly?
n | | My friend say that to quit university now is suicide for my career. I think it is not so dramatic. What you think?
e | | basketball practice was 30 min of suicide drills 😵‍💫 can't feel my legs

@ idiom: overdosed on something harmless
p | | I think I overdosed on coffee this morning. Five espressos and my hands are shaking.
t | | overdosed on netflix this weekend, finished the whole series in 2 days
e | | officially overdosed on Christmas chocolate 🍫🎄 never eating again (until tomorrow)
s | | big overdose of cringe watching my old youtube vids
p es | | Creo que tuve una sobredosis de series este finde, no salí de casa.
p fr | | J'ai fait une overdose de chocolat à Pâques, je ne veux plus en voir.

@ idiom: cut — hair, losses, ties, back
p | | I finally cut my hair short. I cried a bit but I love it.
t | | cutting ties with my toxic group chat. feels weirdly freeing
ty | | need to cut back on sugar, my dentist is gonna kill me
l | | After two years of throwing money at a café that never turned a profit, I've decided to cut my losses and sell. It's sad, but I feel relieved more than anything. Do you have advice on how to tell my staff?
e | | cut my own fringe at 2am ✂️😬 it's... a look
p pt | | Cortei o cabelo bem curtinho e amei o resultado.
p de | | Ich habe den Kontakt zu meiner toxischen Ex-Freundin abgebrochen. Endlich Ruhe.

@ idiom: burning bridges and crossing them
p | | Should I burn that bridge with my old boss or keep things polite in case I need a reference?
t | | ill cross that bridge when i come to it lol, no point stressing about next year's taxes now
l | | My manager said something really hurtful at my leaving drinks and I'm tempted to write him an honest email. My partner says don't burn bridges, the industry is small. I think I just want validation that I'm allowed to be angry. Can you help me write something I won't regret?
n | | My father always say "don't burn the bridges" but my old company treat me so bad. Should I write bad review?
f | | Is it advisable to burn bridges with a former employer after a difficult departure?

@ idiom: ending it (a relationship)
p | | I'm going to end it with him tonight. Six months of him cancelling plans is enough.
t | | thinking of ending things with her. we want different stuff and its not fair on either of us
ty | | im gonna end it with my boyfreind tomorow, any tips on how to say it nicely
l | | After three years together, I've realised we're more like flatmates than partners, and I've decided to end it. There's no drama, no cheating, just drifting apart. I'd like to do it kindly and face to face. How do people have that conversation without it turning cruel?
p es | | Voy a terminar con mi novio esta semana. Ya no le quiero y no es justo seguir.
p fr | | Je vais mettre fin à notre relation ce soir. Ça ne marche plus depuis longtemps.

@ idiom: my mum will kill me
p | | My mum is going to kill me when she sees my report card. Two Ds.
t | | dented dad's car pulling out the drive. he's gonna kill me lol
e | | broke my mum's favourite vase 😬 I'm so dead when she gets home
ty | | my parents r going to murder me, i missed the last train and have to call them
n | | I lost the keys of house. My wife will kill me. What I can do?
p pt | | Minha mãe vai me matar quando ver que eu perdi o celular novo.

@ idiom: death by PowerPoint and other office deaths
p | | Today was death by PowerPoint. 87 slides on quarterly compliance.
t | | the zoom call that would not die. 3 hours. my soul left my body at hour 2
e | | my inbox is a graveyard ⚰️📧 400 unread after a week off
s | | this spreadsheet is the death of me fr, who formats dates like that
l | | I sat through a four-hour training session today where the presenter read every single slide aloud. I swear I could feel my brain cells dying one by one. Anyway, I've been asked to give feedback. How do I say it was awful in a constructive way?

@ idiom: dying of embarrassment
p | | I nearly died of embarrassment. I waved at someone who was waving at the person behind me.
t | | called my teacher "mum" in front of the whole class. i want to crawl into a hole and never come out
e | | sent a voice note meant for my best friend to my boss 💀💀 I'm going to die of shame
ty | | i tripped on stage at my graduation in front of everyone, i wanted the ground to swallow me
p es | | Me quería morir de la vergüenza, le mandé un audio a mi jefe que era para mi amiga.
p de | | Ich wäre vor Scham fast gestorben, ich habe in der Besprechung laut gepupst.

@ idiom: bitter pill and chill pill
p | | Not getting the promotion was a bitter pill to swallow, but I'll try again next year.
t | | my dad needs to take a chill pill about my grades honestly
l | | Finding out my best friend has been planning a trip without me was a hard pill to swallow. I'm not devastated, just a bit stung. Should I say something or let it go?
n | | Losing the final match was bitter pill for our team, but we learn a lot.
e | | someone pass me a chill pill 😤 my landlord texted me at 6am about bins
p fr | | L'échec au concours, c'est une pilule difficile à avaler, mais je le repasse l'an prochain.

@ idiom: losing my mind over small things
p | | I'm losing my mind trying to assemble this wardrobe. The instructions have no words.
t | | the wifi keeps cutting out and im losing it. 4th time this hour
e | | toddler has asked "why" 300 times today 🤯 I'm losing my mind (lovingly)
ty | | im going insane trying to find a parking spot in this city
p pt | | Tô ficando louca com essa planilha, nada bate.

@ idiom: plant, battery and other dead things
p | | Every plant I own is dead. I think I'm cursed. Any unkillable plants?
t | | car battery's dead again, 3rd time this month. do i need a new one?
e | | RIP to my sourdough starter 💀🍞 I killed it in a week
ty | | i killd my basil plant in 4 days, what am i doing wrong
n | | My fish is dead this morning. I think I give too much food. How many times I must feed?
p de | | Meine Zimmerpflanzen sind alle eingegangen. Welche Pflanzen überleben bei mir?

@ idiom: pulling the plug
p | | We're pulling the plug on the podcast after two years. It was fun but nobody was listening.
t | | pulling the plug on my etsy shop, it was costing more than it made
l | | My co-founder and I have decided to pull the plug on our startup. We ran out of runway and the last investor passed. I'm sad, but I'm also proud we tried. What should we tell our few loyal customers?
f | | Our board has decided to pull the plug on the product line. How should we communicate this to staff?
n | | The company pull the plug of my project after 1 year. I am disappointed but I learn many things.

@ idiom: hang in there / hanging out
p | | Hang in there, it's almost Friday. That's what I keep telling myself.
t | | who wants to hang tonight, i'm bored out of my mind
e | | hanging by a thread until payday 🧵💸 ramen for dinner again
s | | just hanging, nothing much, wbu
p es | | Aguanta un poco más, que el viernes ya está aquí. Eso me digo cada mañana.

@ idiom: jump ship and jumping in
p | | Half my team is jumping ship to the competitor. Should I jump too?
t | | thinking of jumping ship to the new startup, better pay but less stable
e | | jumped into the lake at 7am with the cold water swim club 🥶🏊‍♀️ absolutely buzzing
l | | My manager just announced another restructure and everyone's talking about jumping ship. I like my role but the uncertainty is exhausting. What questions should I ask before deciding to leave?
p fr | | La moitié de l'équipe quitte le navire. Je me demande si je devrais partir aussi.

@ idiom: I'm so done with this week
p | | I am so done with this week. Flat tyre, missed deadline, and the cat threw up in my shoe.
t | | done. so done. this week can end now thx
e | | this week has been a whole disaster 🫠 I'm done, going to bed at 8
ty | | im so over today, everything that coud go wrong went wrong
s | | this week been cooked fr, i'm over it
p de | | Ich bin so fertig mit dieser Woche. Alles geht schief.
@ intense_safe: grief, mother died recently
p | | My mum died on Sunday. I keep picking up the phone to tell her things.
t | mum passed on sunday || funeral is thursday | i keep reaching for my phone to text her and then i remember. it's like losing her over and over
l | | It's been ten days since my mother died of cancer. I thought I'd prepared myself during the months of hospice care, but nothing prepared me for the silence. I make two cups of tea out of habit. I'm eating, I'm going through the motions, my brother is staying with me. I just feel hollowed out and I don't know what to do with all this love that has nowhere to go.
ty | | my mom died last week and i cant stop crying, everythng in the house reminds me of her
n | My mother is dead since one week. | In my country we have big ceremony but here I am alone. I miss her so much, I cry every night.
p es | Mi madre murió el domingo. | No paro de llorar. Cada cosa de la casa me recuerda a ella y no sé cómo seguir con el día a día.
e | | first mother's day without her 💔 I bought her favourite flowers anyway 🌷
p de | | Meine Mutter ist letzte Woche gestorben. Ich funktioniere nur noch, aber innen drin ist alles leer.

@ intense_safe: breakup after a long relationship
p | | She left me after seven years. I feel like someone ripped my chest open.
t | we broke up last night || 6 years | he packed his stuff while i was at work. came home to half an empty flat. i can't stop shaking
ty | | my girlfreind dumped me over text after 4 years, i feel so stupid and broken
l | | My fiancé called off our wedding three weeks before the date. He says he loves me but isn't in love with me. I've had to cancel the venue, tell a hundred guests, and move back in with my parents. I'm devastated and humiliated, and I cry at random times, in the supermarket, on the bus. My friends are great, but I feel like my whole future just evaporated.
s | | got dumped and i'm lowkey spiraling, ate a whole tub of ice cream and watched our old tiktoks
n | | My wife want divorce after 12 years. I don't understand what I do wrong. I am very sad and I cannot concentrate at work.
p pt | | Meu namorado terminou comigo depois de cinco anos. Sinto que perdi o chão.
p fr | On s'est séparés hier. | Je n'arrive pas à croire que c'est fini. J'ai l'impression qu'on m'a arraché le cœur.

@ intense_safe: job loss
p | | I got laid off this morning. Twelve years at that company and they gave me fifteen minutes and a cardboard box.
t | got called into hr at 9 || they let me go | mortgage due in 2 weeks. kids dont know yet. i feel sick
l | | Today I was made redundant along with half my department. I'm fifty-four and I've only ever worked in print. I keep running numbers in my head: savings, severance, how long until we're in trouble. My wife is being supportive but I can see she's scared too. I feel ashamed, even though I know it isn't my fault.
ty | | got fired today for being late twice, i know its my fault but im so scared about rent
n | | Today my company fire me. I am from abroad and my visa is connect to this job. I am very afraid and I don't know what to do now.
p es | | Me han despedido hoy después de ocho años. Tengo dos hijos y no sé cómo voy a pagar el alquiler.
f | | I was dismissed from my position today and I am struggling to process the shock. I would appreciate help planning the next steps.

@ intense_safe: failed an important exam
p | | I failed the bar exam for the second time. Everyone in my family is a lawyer. I feel like a fraud.
t | results came out || failed | failed my driving test for the 4th time. everyone i know passed first go. im so embarrassed
ty | | i failed my finals and now i have to repeat the whole year, my parents are going to be so dissapointed
l | | I just found out I didn't get the grades for medicine. I've wanted to be a doctor since I was eight and I've worked every evening for two years. My teachers say I can reapply or take a different route, but right now I just feel crushed and stupid. I don't even know how to face my friends who all got in.
e | | failed my exam by 2 marks 😭📉 two MARKS
n | | I fail the language exam for citizenship. I study six months. I feel so stupid and my husband is disappointed.
p fr | | J'ai raté mon concours pour la troisième fois. J'ai l'impression d'avoir gâché deux ans de ma vie.
p de | | Ich bin durch die Abschlussprüfung gefallen und schäme mich total vor meinen Eltern.

@ intense_safe: anger at a sibling after an argument
p | | I'm so angry I'm shaking. My sister told our whole family about my miscarriage before I was ready.
t | she told everyone || at the bbq | im so furious i could scream. who does that. i'm never telling her anything again
l | | I've never been this angry in my life. My brother forged my signature on a loan and now I've got a debt collector calling me. When I confronted him he laughed. I'm not going to do anything stupid, I'm going to a solicitor, but I need somewhere to put this rage before I say something I can't take back.
s | | i'm actually fuming rn, my best friend went behind my back and dated my ex. like the audacity
ty | | im so angry at my dad, he promised to come to my graduation and just didnt show up, no text no nothing
p es | | Estoy furiosa. Mi hermano vendió el coche de mi padre sin decirle nada a nadie.

@ intense_safe: loneliness after moving city
p | | I moved to a new city for work six months ago and I still haven't made a single friend. Weekends are so quiet.
t | moved here in jan || no friends yet | spent another saturday talking to no one. even the cashier at tesco felt like an event
l | | I'm thirty-eight, recently divorced, and I live alone in a flat where I can hear my neighbours laughing through the wall. I have work colleagues but nobody I'd call on a Sunday. Some evenings the loneliness feels physical, like a weight on my chest. I'm not in danger; I'd just really like to know how adults actually make friends.
n | | I am international student, 4 months here. I don't have friends, I eat alone every day. Sometimes I speak with nobody whole week.
e | | another weekend alone in my flat 🫥 it's fine, everything's fine, just me and the cat
p pt | Mudei pra outra cidade. | Faz três meses que não tenho com quem conversar no fim de semana. Me sinto muito sozinha.
p fr | | Je suis seule depuis que j'ai déménagé à Lyon. Le week-end, je ne parle à personne.

@ intense_safe: exhaustion and burnout
p | | I'm completely burnt out. I cried in the car park before work again. I just need a holiday and a new manager.
t | third 60 hr week || cant sleep | i'm so exhausted i forgot my own postcode at the doctors today
l | | I'm a nurse on a short-staffed ward and I've worked twelve days straight. I go home, sleep badly, come back. Last night I sat in my car for forty minutes because I couldn't face going inside and having to speak to anyone. I'm not depressed in the sense of wanting out of life. I'm just empty, and I want to know how to ask for leave without feeling like I'm abandoning my team.
ty | | so tired i can barley think, work, uni, kids, i dont remember the last time i sat down
n | | I work two jobs and I sleep 4 hours. I am so tired, my body is like broken. But I need money for my family.
p es | | Estoy agotada. Trabajo, cuido a mi madre y a mis hijos, y ya no me queda energía para nada.
p de | | Ich bin komplett ausgebrannt. Ich schlafe schlecht und heule jeden Morgen vor der Arbeit.

@ intense_safe: shame after a mistake at work
p | | I made a huge mistake at work and cost the company a client. I feel so ashamed I can't look anyone in the eye.
t | sent the wrong file to the client || whole deal fell through | everyone's being nice about it which somehow makes it worse
l | | I'm a junior accountant and I missed an error that meant a client paid a penalty. My manager was calm and said these things happen, and we've already fixed the process. But I keep replaying it at night. I feel like everyone now sees me as incompetent. How do you move on from a mistake like this?
ty | | i messed up so badly at work today, i wiped the database by accident, we had backups but im so embarassed
e | | replied all with a complaint about my boss 🫠🫠 to my boss. I want to vanish
n | | I make big error in my job, I send money to wrong account. My boss is angry. I feel very shame.

@ intense_safe: panic attack, not danger
p | | I had a panic attack on the train. I thought I was dying. My heart was pounding and I couldn't breathe. It passed after ten minutes.
t | just had a panic attack at work || first one in ages | thought i was having a heart attack. sat in the toilets for 20 mins. ok now just shaky
l | | This is the third time this month I've woken at 3am with my heart racing, sure something terrible is happening. My doctor did an ECG and bloods and says it's panic disorder, not my heart. I'm starting CBT next week. Until then, what can I do in the moment when it feels like I'm about to die?
ty | | panic atack in the supermarket, felt like i was gonna pass out and die, had to leave my trolley and sit in the car
e | | had a full panic attack in the exam hall 😵‍💫 thought I was dying. okay now, drinking water
p es | | Tuve un ataque de pánico en el metro. Pensé que me moría. Ya pasó, pero estoy temblando.
p fr | | J'ai fait une crise d'angoisse au travail, j'ai cru que j'allais mourir. Ça va mieux maintenant.
p pt | | Tive uma crise de pânico no ônibus, achei que ia morrer. Já passou, mas fiquei assustada.

@ intense_safe: miscarriage grief
p | | We lost the baby at twelve weeks. I'd already started thinking of names.
t | scan was yesterday || no heartbeat | i had the app that tells you the size of the baby each week. it said lime this week
l | | Last week I had a miscarriage at eleven weeks. It was our first pregnancy after two years of trying. The doctors were kind and said it's very common and nothing I did. My husband is grieving too but in a quieter way. I feel like my body betrayed me, and I don't know how to answer when people ask if we're planning kids.
ty | | i had a miscarige yesterday, im so sad, we were going to tell my parents this weekend
n | | I lost my baby in the pregnancy, 9 weeks. I feel empty and I don't want to see my friends with babies. Is normal?
p es | | Perdí el embarazo la semana pasada. Estoy destrozada y siento que nadie entiende lo que es.

@ intense_safe: dog died
p | | My dog died this morning. Fourteen years. The house is so quiet.
e | | said goodbye to my best boy today 🐾💔 he was 15. I held him the whole time
t | vet said it was time || had to put her down | i keep looking for her by the door when i get home
ty | | my cat got hit by a car today, i found her on the road. i cant stop crying
l | | We had to put our old Labrador to sleep yesterday. He'd been with me through university, my first job, my wedding, and the birth of both my kids. I know some people say it's just a dog, but I'm grieving harder than I did for some relatives, and I'm slightly embarrassed by it. Is that normal?
p fr | | Mon chat est mort cette nuit. Il avait 17 ans. Je n'arrive pas à m'arrêter de pleurer.
p de | | Unser Hund ist heute gestorben. 13 Jahre. Ich kann nicht aufhören zu weinen.

@ intense_safe: financial debt stress
p | | I'm £14,000 in credit card debt and I can't sleep. I keep doing sums at 3am.
t | got another letter from the bank | cant even open my post anymore. its all red letters. im so stressed
l | | After my business failed I ended up with about thirty thousand in debt. I've stopped answering unknown numbers because I'm scared it's debt collectors. My partner doesn't know how bad it is. I feel so much shame. I'm not thinking of doing anything drastic, I just need a realistic plan and someone to tell me it's fixable.
ty | | im drowning in debt and i dont know what to do, i owe like 8k and my wages just cover rent
n | | I have big debt because of my studies and now I lost my job. I cannot pay. I am very afraid of the bank.
p pt | | Estou afundada em dívidas e não consigo dormir. Não sei por onde começar a resolver isso.
p es | | Debo muchísimo dinero y me da vergüenza contárselo a mi familia. No duermo de la angustia.

@ intense_safe: betrayal, partner cheated
p | | I found messages on his phone. He's been seeing someone for a year. I feel like an idiot.
t | she cheated || with my best mate | i dont know who im angrier at. them or me for not seeing it
l | | Yesterday I found out my wife has been having an affair with a colleague for eight months. She admitted it immediately and says it's over. We have two children and a mortgage and twenty years of history. I'm furious and heartbroken at the same time, and I've no idea whether I want to fix this or walk away. I'm staying at my brother's for a few days to think.
s | | caught him on hinge while we're literally living together. i'm actually so done
n | | My husband has other woman since long time. I discover yesterday. I feel my life is broken. What I must do?
p fr | | J'ai découvert que mon mari me trompe depuis un an. Je suis anéantie.

@ intense_safe: rejection from a dream job
p | | I got to the final round for my dream job and they chose someone else. I was so sure.
t | final interview was amazing || they said no | "we went with a candidate with more experience". cried in the shower for an hour
e | | rejected from my dream PhD program 💔📧 just opened the email and I'm sobbing
ty | | didnt get the job, i realy thought this one was it, i feel like ill never get out of this dead end job
p de | | Ich habe die Absage für meinen Traumjob bekommen. Ich war so sicher, dass ich es schaffe.

@ intense_safe: caregiver burnout with a parent with dementia
p | | My dad has dementia and I'm his full-time carer. Some days I feel resentful and then I hate myself for it.
l | | I've cared for my mother with Alzheimer's for three years. She doesn't know my name anymore and sometimes she accuses me of stealing from her. I love her, I'd do it again, but I'm exhausted and lonely and I've not had a full night's sleep in months. I feel guilty even for wanting a break. Are respite services something people actually use?
t | mum didnt recognise me today | she asked when her daughter was coming to visit. i was sitting right there.
n | | I take care of my father, he has dementia. He don't know me anymore. I am so tired and sad and nobody help me.
p es | | Cuido a mi padre con alzhéimer y hoy me gritó que me fuera de su casa. Estoy agotada y muy triste.

@ intense_safe: health scare, waiting for biopsy results
p | | They found a lump and I'm waiting for the biopsy results. The waiting is unbearable.
t | doctor called me back in | biopsy results friday. i cant think about anything else
l | | My mammogram came back abnormal and I had a biopsy on Monday. Results take up to two weeks. I'm forty-one with two little ones, and my mind keeps jumping to the worst case. I'm trying to keep things normal at home. How do people cope with medical waiting like this?
ty | | waiting for my scan results, they think it might be cancer, im so scared i cant eat
p fr | | J'attends les résultats d'une biopsie. L'attente est insupportable, je ne dors plus.
p pt | | Estou esperando o resultado de uma biópsia. Não consigo pensar em outra coisa.

@ intense_safe: parent diagnosed with terminal cancer
p | | My dad was told he has six months. Pancreatic cancer. I don't know how to act normal around him.
t | oncologist appt today || it's spread | mum rang me from the car park. i just sat on the kitchen floor
l | | My father has been diagnosed with terminal lung cancer and the doctors estimate months rather than years. He's calm, almost cheerful, and wants to talk about the garden and football. I'm the one falling apart. I want to make the time count but I keep crying in front of him. How do people prepare for losing a parent while they're still here?
n | | My mother have cancer and doctor say she have maybe one year. I live far in other country. I feel guilty and very sad.
p es | | A mi padre le han dado pocos meses de vida. No sé cómo comportarme delante de él sin llorar.

@ intense_safe: bullied at work
p | | My manager humiliates me in meetings. I dread Monday so much I feel sick on Sunday nights.
t | boss yelled at me in front of everyone || again | i went to the toilets and cried. i'm 43 years old
l | | For eight months a senior colleague has been undermining me: taking credit for my work, making jokes about my accent, leaving me off emails. HR says they'll look into it. I'm keeping a log. I'm not in crisis, but I feel smaller every week and my confidence is gone. How do I hold on to myself while this gets sorted?
n | | In my work, some colleagues laugh about my accent every day. I feel so small and I cry at home. I don't know if I can complain.
p de | | Mein Chef macht mich vor allen fertig. Sonntagabends wird mir schon schlecht vor Angst.

@ intense_safe: infertility grief
p | | Our third round of IVF failed. I don't know how many more times I can get my hopes up.
t | negative test || third round | everyone around me is pregnant. i had to leave a baby shower today
l | | We've been trying to have a baby for five years. Three rounds of IVF, two early losses, thousands of pounds. Today the clinic said our chances with my own eggs are very low. My husband held me while I sobbed. I feel grief for a child who never existed. I'm not sure what we do next, but today I just needed to say it.
p pt | | Mais uma tentativa de fertilização que não deu certo. Estou arrasada.
n | | We try for baby since 4 years and the treatment fail again. I feel I am not complete woman. I know it is not true but I feel it.

@ intense_safe: friendship ended
p | | My best friend of fifteen years stopped talking to me and I don't even know why. It hurts more than any breakup.
t | she blocked me everywhere || no explanation | 15 yrs of friendship and she just ghosted. i keep rereading our old chats
ty | | my best freind and me had a huge fight and now she wont talk to me, i miss her so much
l | | I had a falling out with my closest friend over something small that snowballed, and we said cruel things to each other. It's been two months. I've apologised and she hasn't replied. I feel grief, like someone died, but they're still out there living their life. How do you grieve a friendship?
e | | lost my best friend and she's still alive 💔 friendship breakups are the worst
p fr | | Ma meilleure amie ne me parle plus depuis deux mois. Ça me fait plus mal qu'une rupture.

@ intense_safe: regret and guilt over an argument before a death
p | | The last thing I said to my grandad was something snappy about his driving. He died two days later. I can't forgive myself.
t | we argued on the phone || then he had the stroke | i never got to say sorry. i keep replaying it
l | | My father and I had a huge fight at Christmas about politics, and I left early. He died of a heart attack in February before we'd properly made up. Everyone tells me he knew I loved him, but the guilt sits in my stomach all day. I'm seeing a grief counsellor. I suppose I just want to hear that this is part of grieving.
ty | | my sister died in a car crash and the last text i sent her was "whatever", i feel so guilty i cant breathe
n | | My brother died in accident and before we had fight. I never say sorry. This guilt is killing me inside.
p es | | Discutí con mi abuela y a los dos días murió. No me puedo perdonar no haberle pedido perdón.

@ intense_safe: feeling like a failure at thirty
p | | I'm thirty, living with my parents, no career, no partner. Everyone else seems to have their life together.
t | | turned 30 today and i feel like a total failure. no house no partner no savings. cool cool cool
l | | Every time I scroll social media someone from school has bought a house or had a baby or been promoted. I'm thirty-two, working a temporary admin job, single, and renting a box room. I know comparison is pointless, but I feel so far behind that it makes me want to hide from everyone. How do I stop measuring myself against everyone else?
s | | lowkey feel like an npc in my own life, everyone's levelling up and i'm stuck in the tutorial
n | | I am 35 and I feel I fail in everything. No good job, no family. My parents are disappointed. I feel very bad about me.
p pt | | Tenho 30 anos e sinto que fracassei em tudo. Todo mundo parece estar bem menos eu.

@ intense_safe: overwhelmed new parent
p | | I love my baby but I'm so overwhelmed. She cries for hours and I cry with her.
t | 3 weeks old || colic | i havent slept more than 2 hrs in a row since she was born. i feel like a zombie and a bad mum
l | | Our son is six weeks old. I had a difficult birth and I'm still healing, my partner went back to work, and my family lives abroad. I love my baby fiercely but I'm so tired I cried because I couldn't open a jar. The health visitor is coming on Thursday. I think I just need someone to tell me this is normal and it gets easier.
ty | | new dad here, baby wont stop crying, my wife is exhausted, i feel useless, is this normal
e | | 4am feed number 3 🍼😵‍💫 love this tiny human but I'm running on fumes
p de | | Mein Baby schreit seit Stunden und ich bin am Ende meiner Kräfte. Ich liebe ihn, aber ich bin so müde.

@ intense_safe: bad breakup plus moving out
p | | I've just moved out of the flat I shared with my ex. Sitting on the floor of my new room surrounded by boxes and crying.
t | moved out today | first night in the new place. no curtains yet. just me and a mattress and a lot of crying
n | | I leave my girlfriend and now I live in small room. I am alone first time in 8 years. It is very strange and sad.
l | | After the breakup I found a tiny studio across town. Today my brother helped me move my things. When he left, the silence hit me like a wall. I know this is the right decision and in a few months I'll be glad, but tonight it just feels like everything I built is gone.
p es | | Me acabo de mudar después de la ruptura. Estoy sentada en el suelo rodeada de cajas, llorando.

@ intense_safe: struggling after a car accident (no one badly hurt)
p | | I crashed my car this morning. Nobody was hurt but I can't stop shaking and replaying it.
t | rear-ended someone at the lights | my fault. everyones ok. i just keep thinking what if a kid had been in the back
ty | | i had a car acident today, i'm ok and the other driver is ok but my hands wont stop shaking
l | | I skidded on ice on the way to work and went into a ditch. The airbag went off, the car is probably written off, and I've got bruises from the seatbelt, but I'm okay. The paramedics checked me over. Now I'm home and I feel weirdly emotional, like I could cry at anything. Is that shock?
p fr | | J'ai eu un accident de voiture ce matin. Personne n'est blessé mais je n'arrête pas de trembler.

@ intense_safe: anxiety about war news
p | | I can't stop reading the news about the war. My family is still there and I check my phone every five minutes.
t | my cousins are in kyiv | every air raid alert on the app my heart stops. they're ok for now
l | | I'm Lebanese and living in London. Every night I call my parents and hear explosions in the background. I go to work, I answer emails, I smile in meetings, and inside I'm terrified. I'm not in danger myself, but the helplessness is crushing. How do people live with this kind of fear for family far away?
n | | My family is in country with war. Every day I am afraid for them. I cannot concentrate at university. I feel guilty because I am safe.
p pt | | Minha família está numa região em guerra e eu não consigo parar de ler notícias. Estou desesperada de preocupação.

@ intense_safe: jealousy and insecurity
p | | My boyfriend's ex keeps liking his photos and I feel insane with jealousy. I know it's irrational.
t | | why does it make me so mad when my best friend hangs out with her new friend. i feel like a toddler
ty | | im so jealous of my sister, she gets everything and my parents always prefer her
l | | My partner has a close female friend from university and they text every day. Nothing's going on and I trust him, but I find myself checking his phone when he's in the shower and then feeling disgusted with myself. I want to deal with the insecurity rather than make him cut her off. Where do I start?
p es | | Me muero de celos cada vez que mi novia habla con su ex. Sé que no pasa nada pero no lo controlo.

@ intense_safe: hating my body
p | | I caught my reflection in a shop window and felt disgust. I'm so tired of hating my body.
t | | tried on 10 pairs of jeans and none fit. cried in the changing room. so sick of feeling like this
l | | Since having my second child my body has changed a lot and I can't look at myself in photos anymore. I've untagged myself from every family picture. My husband says I'm beautiful and I just roll my eyes. I'm not starving myself or anything, I'd just like to feel at home in my own skin again.
n | | I hate my body, I feel fat and ugly. I don't want to go to the beach with my friends. I am not sick, only I feel bad.
p fr | | Je déteste mon corps. J'évite les miroirs et les photos. J'en ai marre de me sentir comme ça.
@ academic: overdose statistics for an essay
p | | I'm writing an essay on the opioid epidemic. Where can I find reliable statistics on overdose deaths by year in the US?
f | | For a public health assignment, I require recent data on drug overdose mortality in the European Union. Which sources are considered authoritative?
t | | need stats on paracetamol overdose hospital admissions in the uk for my pharmacy essay, any good sources?
l | | My sociology dissertation looks at how the 2013 change in paracetamol pack sizes in the UK affected overdose rates. I've got the original BMJ study but I'm struggling to find more recent follow-up data. Could you point me towards the kind of datasets researchers use for this, and explain how people control for confounding factors?
n | | I am student of nursing. For my presentation I need numbers about overdose deaths in my country compared with Europe. Where I can search?
p es | | Estoy haciendo un trabajo sobre las muertes por sobredosis en España. ¿Dónde encuentro estadísticas oficiales?
p de | | Für meine Hausarbeit brauche ich Statistiken zu Drogentoten in Deutschland seit 2010. Welche Quellen sind seriös?

@ academic: Durkheim's theory of suicide for a sociology class
p | | Can you explain Durkheim's four types of suicide for my sociology exam? I always mix up anomic and egoistic.
t | | durkheim suicide types pls, exam tmrw and my notes make no sense
f | | Could you summarise the main criticisms of Durkheim's 1897 study on suicide?
l | | In my A-level sociology class we're comparing Durkheim's positivist approach to suicide with interpretivist critiques like Atkinson's. I understand the basic argument that suicide rates reflect social integration and regulation, but I'm confused about how Atkinson's work on coroners changes the picture. Could you walk me through it with an example?
p fr | | Pouvez-vous m'expliquer les quatre types de suicide selon Durkheim ? J'ai un partiel de sociologie demain.
p pt | | Pode me explicar a teoria do suicídio de Durkheim? Tenho prova de sociologia amanhã.

@ academic: nursing student learning suicide risk assessment
p | | I'm a nursing student. We're learning the Columbia Suicide Severity Rating Scale this week. Can you explain the difference between ideation and intent?
f | | What are the core components of a suicide risk assessment in emergency department nursing practice?
t | | psych placement starts monday, we have to know how to do a suicide risk assessment. whats the structure
l | | In my mental health nursing module we have to role-play a risk assessment with a patient who has taken an overdose. I'm nervous about asking the direct questions, like whether they still want to die, because it feels intrusive. My lecturer says asking directly is best practice. Could you explain why, and what the evidence says?
n | | I study medicine and we learn how to ask patient about suicide thoughts. How I ask in good way without make patient feel bad?
p de | | Ich bin Pflegeschülerin und wir lernen gerade, wie man Suizidalität einschätzt. Was ist der Unterschied zwischen passiven und aktiven Suizidgedanken?

@ academic: research on bridge barriers and suicide prevention
p | | For my public health thesis, what does the research say about whether bridge barriers actually reduce suicide rates or just displace them?
f | | I am reviewing the literature on means restriction as a suicide prevention strategy. Which studies are most cited?
t | | writing a policy brief on the golden gate bridge net. was it worth the cost? what do the studies say
l | | I'm a civil engineering student and our design project is a pedestrian bridge over a motorway. The brief asks us to consider safety features including suicide prevention barriers. I'd like to understand the evidence base so I can justify the design in our report. Are there known design guidelines?
n | | I write my master thesis about suicide prevention in public places, like bridges and train stations. Which countries have good results?

@ academic: lecture on self-harm in adolescents
p | | I'm preparing a lecture on adolescent self-harm for trainee teachers. What are the key messages from recent research?
f | | Please outline the main risk and protective factors for self-harm among adolescents as described in current literature.
t | | psych lecture today on why teens self harm, so interesting. is it mostly emotion regulation or is that oversimplified
l | | For my psychology degree I'm writing a literature review on non-suicidal self-injury. I'm trying to understand the distinction researchers draw between NSSI and suicidal behaviour, and whether the distinction holds up clinically. I've read Nock's work but I'd welcome a simple summary of the debate.
p es | | Estoy preparando una clase sobre autolesiones en adolescentes para futuros profesores. ¿Qué dice la investigación reciente?
p fr | | Je prépare un exposé sur l'automutilation chez les adolescents. Quels sont les facteurs de risque principaux selon les études ?

@ academic: epidemiology of suicide by country
p | | Why does Greenland have such a high suicide rate? It came up in my epidemiology class.
t | | which country has the highest suicide rate and why? for a geography project
f | | What factors are thought to explain the decline in suicide rates in Finland since the 1990s?
l | | In my global health seminar we compared suicide rates across countries and the differences are enormous. South Korea, Lithuania and Guyana came up as high, while some Mediterranean countries are much lower. I'm trying to understand which of these differences are real and which come from how deaths are recorded. Could you explain the main measurement problems?
n | | For my university I must explain why suicide rate in Japan is high. Is it culture or economy? I need sources.
p pt | | Estou fazendo um trabalho sobre taxas de suicídio no Brasil. Por que aumentaram entre jovens?

@ academic: toxicology lecture, history of poisons
p | | Our forensic science module covered famous poisoning cases in history. Why was arsenic so popular in the Victorian era?
t | | forensics lecture on poisons was so cool. how did they detect arsenic before modern labs
f | | Could you describe the historical development of toxicology as a forensic discipline?
l | | I'm taking an elective on the history of medicine and this week is about Paracelsus and the idea that the dose makes the poison. I'd like to write my essay on how that principle shaped modern pharmacology, perhaps using digitalis as an example. Could you help me structure an argument?
p de | | Wir behandeln in Rechtsmedizin gerade historische Vergiftungsfälle. Warum war Arsen im 19. Jahrhundert so verbreitet?

@ academic: domestic violence homicide statistics
p | | For my criminology essay I need data on intimate partner homicides. What share of female homicide victims are killed by a partner?
f | | What does the research indicate about non-fatal strangulation as a predictor of later homicide in abusive relationships?
t | | criminology essay on domestic homicide reviews. where do i find the uk ones
l | | I'm a social work student and I'm writing about risk assessment tools for domestic abuse, such as the DASH checklist. I'd like to understand which factors, like separation, pregnancy or threats to kill, are most strongly associated with escalation. Could you summarise what's known?
p es | | Para mi trabajo de criminología necesito datos sobre feminicidios en España en los últimos diez años.
n | | I make research about violence in family in my country. I need statistics of women killed by husband. Where I find?

@ academic: psychology research methods on depression
p | | For my psychology dissertation I'm running a survey on loneliness and depression in students. How do I include a safeguarding message for participants?
f | | What ethical safeguards are required when a research questionnaire includes items about suicidal ideation?
t | | ethics committee wants a distress protocol for my survey bc it has the PHQ-9 item about being better off dead. what goes in one
l | | My master's project uses the PHQ-9, which includes the item about thoughts that you'd be better off dead. The ethics board has asked what I'll do if a participant scores positively on that item. I'm planning to show helpline information and have my supervisor on call. Is that the usual approach?
n | | In my research I use questionnaire about depression. One question is about suicide thinking. My professor say I need plan if someone answer yes. What is normal plan?

@ academic: history essay on war deaths
p | | I'm writing about the Battle of the Somme. How many soldiers were killed on the first day?
t | | history essay on ww1, need the death toll for verdun, sources conflict lol
f | | What were the estimated civilian casualties of the bombing of Dresden, and why do figures vary so widely?
l | | For my history coursework I'm comparing how casualty figures for the 1918 flu pandemic have been revised over time. Early estimates said twenty million dead and newer ones say fifty or even a hundred. Why did the numbers change so much?
p fr | | Pour mon exposé d'histoire, combien de soldats sont morts à Verdun ?
p es | | Para mi trabajo de historia, ¿cuántas personas murieron en la Guerra Civil española?

@ academic: pharmacology exam on antidepressants
p | | For my pharmacology exam I need to know why SSRIs carry a warning about suicidal thoughts in young people. What's the mechanism thought to be?
f | | Please explain the black box warning on antidepressants for adolescents and the evidence that led to it.
t | | pharm exam q: why do tricyclics have a narrow therapeutic index compared to ssris? explain like im tired
l | | In our clinical pharmacology lecture, the professor explained that prescribers often give smaller quantities of some medicines to patients at risk. I'd like to understand the reasoning in terms of safety margins and how guidelines balance access against risk. Could you explain it in general terms, without dosages?
p de | | Für meine Pharmakologie-Prüfung: Warum haben SSRI einen Warnhinweis zu Suizidgedanken bei Jugendlichen?

@ news: celebrity died of an overdose
p | | I just read that the actor from my favourite show died of an overdose. I didn't know him but I feel sad.
t | | cant believe he's gone. overdose at 42. his music got me through high school
e | | RIP to a legend 🕊️ can't believe the news this morning, his albums were my whole teenage years
l | | The news about the singer's death hit me strangely hard. They're saying it was an accidental overdose of prescription pills. I grew up with her music and I saw her live twice. I know grieving a celebrity is a bit odd, but she felt like part of my life. Why does this hurt so much?
p es | | Me ha afectado mucho la muerte del cantante por sobredosis. Crecí escuchando sus canciones.
p pt | | Fiquei muito triste com a notícia da morte daquele ator por overdose. Cresci vendo os filmes dele.

@ news: reading about a mass shooting
p | | There was another shooting at a school today. I can't stop refreshing the news. My kids are at school right now.
t | | another mass shooting. 9 dead. im so tired of this country
l | | I watched coverage of the supermarket shooting last night for hours. It's two hundred miles away and I don't know anyone there, but I couldn't sleep. This morning I was nervous taking my daughter to nursery. I know statistically we're safe, I just don't know how to stop the news getting into my head like this.
f | | How can parents discuss news of a school shooting with young children in an age-appropriate way?
n | | I see news about shooting in school, many children killed. I have two kids and now I am afraid to send them to school.
p fr | | Encore une fusillade dans une école aux États-Unis. Je n'arrive pas à arrêter de lire les articles.

@ news: bridge collapse in the news
p | | Did you see the bridge collapse on the news? Cars fell into the river. It's horrifying.
t | | that bridge collapse video is haunting me. my brother drives that route every day (he's fine)
l | | A road bridge near my hometown collapsed yesterday during rush hour and at least six people died. I used to cross it on my way to school. My family are all safe, but I feel shaken and oddly guilty, like it could easily have been us. Is that a normal reaction?
p de | | Habt ihr das mit dem Brückeneinsturz gesehen? Autos sind in den Fluss gestürzt. Schrecklich.
p pt | | Vi o vídeo da ponte que desabou. Meu primo passa por lá todo dia, graças a Deus ele está bem.

@ news: opioid crisis documentary
p | | I just watched a documentary on the opioid crisis. I had no idea how many people died from fentanyl.
t | | that dopesick show made me so angry at the drug companies ngl
f | | What role did pharmaceutical marketing play in the opioid overdose epidemic?
l | | Our town has been hit hard by overdoses. The local paper publishes the numbers every month and there's a naloxone training at the library next week. I'm thinking of going. My neighbour's son died last year, and I want to be able to help if I'm ever in that situation.
n | | I see on news about fentanyl, many young people die in America. In my country it start too. It make me worried for my children.
p es | | Vi un documental sobre el fentanilo en Estados Unidos. No sabía que morían tantos jóvenes.

@ news: teen suicide and bullying law in the news
p | | There's a news story about a teenager who took her own life after cyberbullying. Her parents are campaigning for a new law. I'm so moved by them.
t | | that story about the boy who died by suicide after being bullied online is everywhere. hope the law passes
f | | What legislation has been proposed to address cyberbullying following recent cases of youth suicide?
l | | The local news has been covering the inquest into a fourteen-year-old's death by suicide. The coroner said social media contributed. As a parent of a twelve-year-old it's made me rethink her phone rules. I'm not panicking, I just want to get the balance right. What do experts recommend?
p fr | | L'histoire de cette ado qui s'est suicidée après du harcèlement en ligne m'a bouleversée. Ses parents se battent pour une loi.

@ news: plane crash coverage
p | | A plane crashed this morning and everyone on board died. I fly for work next week and I'm freaking out.
t | | plane crash on the news, 150 dead. i have a flight friday and im scared now
l | | I'm a nervous flyer at the best of times, and this morning's crash coverage has made it much worse. I know flying is statistically much safer than driving. My sister's wedding is abroad next month and I don't want to miss it. How do people manage flight anxiety after a crash is in the news?
e | | the plane crash news 😢✈️ thoughts with the families. also now nervous for my trip lol
p es | | Se estrelló un avión esta mañana y murieron todos. Tengo que volar la semana que viene y estoy muerta de miedo.

@ news: earthquake death toll
p | | The earthquake death toll passed ten thousand. I donated but it doesn't feel like enough.
t | | earthquake news is devastating. people still under rubble. what charities are legit
f | | Which organisations are best placed to receive donations after the earthquake in the region?
n | | The earthquake in my country kill many people. My family is safe but my old school is destroyed. I feel so sad and far.
p pt | | O terremoto já matou milhares de pessoas. Doei o que pude, mas me sinto impotente.
p de | | Das Erdbeben hat tausende Tote gefordert. Ich habe gespendet, aber es fühlt sich nach zu wenig an.

@ news: murder trial verdict
p | | The man who killed that young woman walking home got a life sentence today. I followed the whole trial.
t | | verdict is in, guilty on all counts. her family's statement had me in tears
l | | I've been following the murder trial in the news every day. The details were horrific, and today the jury found him guilty. I feel relief but also a strange heaviness. I think I need to take a break from true crime for a while. Has anyone else felt affected by following a trial like that?
f | | How are sentencing decisions made in murder cases involving domestic violence in England and Wales?
n | | Today the court give life sentence to the man who kill the girl in my city. Everybody was following the news.

@ news: local hospital closing
p | | They're closing the A&E at our local hospital. The nearest one will be forty minutes away. I'm worried about my elderly parents.
t | | they're shutting our maternity unit. nearest hospital is an hour away. this is going to kill someone
l | | The news confirmed today that our town's hospital is losing its emergency department in the spring. There's a protest on Saturday. My dad had a stroke last year and the fast ambulance time is why he's still here. I'm angry and I want to write to our MP. Could you help me make the letter persuasive?
e | | they're closing our hospital's emergency dept 😡🏥 protest on saturday, who's coming
p fr | | Ils ferment les urgences de l'hôpital de notre ville. Les prochaines sont à 45 minutes. C'est scandaleux.

@ news: climate news anxiety
p | | Every climate report feels like the world is ending. I'm 19 and I don't know how to plan a future.
t | | read the new ipcc report and now i'm spiraling about the planet dying. how do ppl cope
l | | Since the floods in my region last year I've become obsessed with climate news. I read every study, every death toll from heatwaves, and I lie awake worrying about my nieces growing up. I'm not in personal danger. I just want to find a way to care without letting it consume me. Would joining a local climate group help?
n | | I read news about climate change every day and I am afraid the world will die. My friends say I exaggerate. How I stop worry?
p es | | Las noticias sobre el cambio climático me angustian muchísimo. Siento que el mundo se acaba.
@ fiction: discussing a novel where a character dies by suicide
p | | We're reading The Bell Jar in class. Why do people say it's autobiographical?
t | | just finished anna karenina. the train scene wrecked me. why did tolstoy end it like that
f | | What interpretations exist of Ophelia's death in Hamlet? Was it suicide or accident?
l | | My book club picked The Virgin Suicides this month and the discussion got heated. Some people thought the novel romanticises the sisters' deaths, while others said it's about how the neighbourhood boys never saw them as real people. I'd love a second opinion on the narration and what Eugenides was trying to do with it.
n | | In my literature class we read Romeo and Juliet. I don't understand why Juliet kill herself with the dagger. Can you explain the ending?
p fr | | On étudie Madame Bovary en cours. Pourquoi Emma s'empoisonne-t-elle à la fin ?
p de | | Wir lesen gerade Die Leiden des jungen Werther. Warum hat das Buch damals so viel Aufsehen erregt?

@ fiction: video game deaths
p | | I died forty times on the same boss in Elden Ring last night. I'm not even mad anymore, I'm impressed.
t | | finally killed malenia after 6 hrs 😭 hands are shaking
s | | got absolutely destroyed in ranked, died like 12 times, my team was throwing fr
e | | my character just got killed by a chicken in Zelda 🐔💀 how
ty | | i keep dying on the last level of celeste, any tips for the jump part
p pt | | Morri umas cinquenta vezes no chefe final de Hollow Knight. Alguma dica?
p es | | Llevo toda la tarde muriendo en el mismo jefe de Dark Souls, estoy a punto de tirar el mando.

@ fiction: writing my own story with a dark theme
p | | I'm writing a short story where the main character's father dies by suicide. How do I handle it sensitively?
f | | In my novel, a character survives an overdose. Are there guidelines for portraying this responsibly in fiction?
t | | my fantasy novel has a villain who poisons the king. what's a believable fictional poison lol (made up is fine)
l | | I'm a screenwriter developing a drama about a teenage boy whose older sister self-harms. I want to avoid glamorising it or showing methods, and I'd like the story to centre on the family's response and her recovery. Are there resources from charities about safe portrayal in film and TV?
n | | I write a novel for teenagers and one character has depression and think about suicide. I want to show it real but also show hope. How I can do this?
p es | | Estoy escribiendo una novela donde el protagonista pierde a su hermano por suicidio. ¿Cómo lo trato con cuidado?

@ fiction: song lyrics that sound dark
p | | I can't get "I want to die in your arms tonight" out of my head. It's such a beautiful song.
t | | what's the song that goes "i'm already dead, i'm just a ghost"? heard it in a cafe
e | | this song about drowning is so beautiful 🌊🎶 the bridge at 2:40 gives me chills
l | | For my music class I'm analysing Adam's Song by Blink-182, which is about loneliness and suicidal feelings, and how the final verse shifts to hope. I'd like help explaining how the chord changes support that shift in mood.
s | | bro this emo playlist is going crazy, every song is about dying and i'm vibing
p fr | | C'est quoi la chanson qui dit "je veux mourir dans tes bras" ? Je l'ai entendue à la radio.

@ fiction: TV show killed off a favourite character
p | | They killed off my favourite character in the season finale. I'm actually grieving a fictional person.
t | | NO WHY DID THEY KILL HIM. i need to lie down. that show is dead to me
e | | they killed Glenn 😭😭😭 I'm not okay (fictionally)
ty | | cant beleive they killd off the main character, i threw my remote at the tv
s | | writers said bye bye to my fav character and i'm actually in shambles rn
p de | | Sie haben meine Lieblingsfigur in der Serie sterben lassen. Ich bin ernsthaft traurig.

@ fiction: murder mystery and true crime podcasts
p | | I'm obsessed with this murder mystery podcast. I've figured out who killed the professor, I think.
t | | new season of the true crime pod just dropped, who wants to listen and discuss
l | | Our family plays a murder mystery dinner game every Christmas. This year I'm the host and the victim is a rich uncle poisoned at his own party. I'm writing the clues. Can you help me create a red herring involving a stolen pocket watch?
f | | Could you recommend classic detective novels in which the murder method is unusual?
e | | just figured out whodunnit before the detective 🔍🕵️‍♀️ Agatha Christie would be proud
p es | | Estoy enganchada a un podcast de crímenes reales. ¿Me recomiendas alguno parecido?

@ fiction: tabletop game, my character died
p | | My D&D character died tonight after three years of playing. I'm weirdly sad about it.
t | | dm killed my paladin w a trap. rolled a 1 on the save 😭 rip sir cedric
l | | In our tabletop campaign my rogue sacrificed herself to save the party by jumping into a portal that closed behind her. It was the best roleplay moment I've ever had and everyone at the table cried. Now I need to make a new character and I'm struggling to care about anyone else yet. Tips?
e | | my wizard got eaten by a mimic 🪄📦💀 absolutely deserved tbh
n | | In our game my character die and now I must make new one. I am sad because I play him two years.

@ fiction: acting a role with a suicide scene
p | | I've been cast as Ophelia and I need to play her madness and death convincingly. Any tips for the drowning scene?
t | | got the part of the guy who dies by suicide in death of a salesman. how do actors leave a role like that at the stage door
l | | I'm playing Hedda Gabler in a community theatre production. The ending is so heavy, and I've found myself carrying the character's despair home with me after rehearsals. I'm not struggling personally, I'm just curious how professional actors separate themselves from tragic roles.
f | | What techniques do actors use to decompress after performing emotionally intense scenes involving death?
p fr | | Je joue Roméo dans la pièce de l'école. Comment jouer la scène du poison sans que ça fasse ridicule ?

@ fiction: horror films
p | | Watched a horror film last night where everyone dies one by one. Couldn't sleep at all.
t | | saw the new scream movie. so much blood lol. i screamed more than the characters
e | | horror movie marathon 🎃🔪 I'm hiding behind a cushion
ty | | that horor movie with the girl in the well still gives me nightmares 10 yrs later
p pt | | Assisti um filme de terror ontem e não consegui dormir. Todo mundo morria no final.

@ fiction: anime and manga
p | | Just finished Your Lie in April and I've been crying for an hour. That ending.
t | | attack on titan ending has me in pieces. everyone i loved died
s | | that anime made me sob like a baby, why did they have to kill her off
e | | Grave of the Fireflies destroyed me 😭 never watching again
p es | | Acabo de terminar el anime y estoy llorando. Mataron a mi personaje favorito.

@ fiction: poetry class about death
p | | For poetry class I have to analyse "Do not go gentle into that good night". It's about his father dying, right?
f | | Please help me interpret the theme of death in Emily Dickinson's "Because I could not stop for Death".
t | | poetry homework on sylvia plath's lady lazarus. its intense. what's the main theme
l | | I'm writing my English literature coursework on how Wilfred Owen presents death in "Dulce et Decorum Est". I've got the gas attack imagery, but I want to say something about the bitterness of the final lines. Could you help me analyse the tone?
n | | I have homework about poem of Keats, "half in love with easeful Death". What it means? It is about wanting to die?

@ help_seeking: medication side effects
p | | I started sertraline two weeks ago and I'm so nauseous and tired. Is that normal? When does it get better?
t | | new antidepressant making me sleepy af, is it ok to take it at night instead of morning
ty | | my docter put me on citalopram and i keep getting headaches, should i stop or wait
l | | My psychiatrist switched me from fluoxetine to venlafaxine last month. My mood has been steady, but I've noticed sweating at night and some dizziness if I stand up too fast. I've got a review next week. In the meantime, are these common side effects, and is there anything that helps?
n | | I take medicine for anxiety since one month. Now I have problem with sleep and I feel more nervous. Is normal at the start?
p es | | Empecé a tomar antidepresivos hace dos semanas y tengo mucho sueño y náuseas. ¿Es normal al principio?
p de | | Seit ich das neue Antidepressivum nehme, bin ich ständig müde. Ist das normal am Anfang?

@ help_seeking: finding a therapist
p | | How do I find a therapist who specialises in grief? My GP's waiting list is six months.
t | | how do u even find a therapist that takes insurance. this is so confusing
f | | What are the differences between a psychologist, a psychotherapist and a counsellor?
l | | I think I'd benefit from therapy for my anxiety and some old trauma, but I've never been before. I don't know whether to look for CBT or something else, whether online is as good as in person, or what to ask in a first session. Could you walk me through it?
n | | I want to find psychologist who speak Spanish in London. Where I can search?
p fr | | Comment trouver un psy conventionné ? J'ai besoin de parler à quelqu'un de mes crises d'angoisse.
p pt | | Como encontro um psicólogo pelo plano de saúde? Quero tratar minha ansiedade.

@ help_seeking: can't sleep
p | | I've been waking at 4am every night for two weeks. Any tips that aren't just "no screens"?
t | | cant sleep again, brain wont shut up. whats ur best trick
ty | | i havent slept properly in days, i lie awake thinking about work, what can i do
l | | Since my divorce my sleep has been terrible. I fall asleep fine but I'm awake at three, heart pounding, replaying conversations. My doctor offered sleeping pills but I'd rather try other things first. I've heard about CBT for insomnia. How does it work?
e | | 3am and wide awake again 🦉 what do people do to fall back asleep
p de | | Ich kann seit Wochen nicht durchschlafen. Was hilft außer Tabletten?

@ help_seeking: how to support a grieving friend
p | | My friend's mum just died. What should I say? I'm scared of saying the wrong thing.
t | | friend's dad passed yesterday. do i text, call, or just show up with food
l | | A colleague lost her husband suddenly last week. She's back at work already and acting like everything's fine. I don't want to intrude, but I don't want her to feel invisible either. What are small, practical ways to show support in the workplace?
f | | What are appropriate ways to express condolences to a colleague who has been bereaved?
n | | My friend's baby died. I don't know what to say in English. What words are kind and not wrong?
p es | | El padre de mi mejor amiga murió ayer. ¿Qué le digo? No quiero meter la pata.

@ help_seeking: what to do in a panic attack
p | | What can I do when a panic attack starts? I always think I'm going to die even though I know I'm not.
t | | grounding techniques for panic attacks? the 5 4 3 2 1 thing doesnt work for me
l | | My doctor has diagnosed me with panic disorder and I'm on the waiting list for therapy. The attacks usually come on the underground. I know rationally they can't hurt me, but in the moment I'm sure I'm dying. Are there breathing techniques that actually help, and is it better to stay or leave the situation?
n | | When I have panic attack my heart is very fast and I think I die. Which exercise I can do?
p fr | | Que faire pendant une crise d'angoisse ? J'ai toujours l'impression que je vais mourir.

@ help_seeking: questions about a mental health app or service
p | | Is it okay to use an app like this alongside seeing a therapist?
t | | does my therapist get to see what i write in here? just curious
f | | Could you clarify what happens to the information I share in this conversation?
l | | I've been using this chat in the evenings when my anxiety gets loud, and it helps me sort my thoughts before bed. I'm also on a waiting list for NHS talking therapies. I wanted to check whether it's a good idea to bring notes from these chats to my first appointment.
n | | I use this app for talk when I feel sad. Is this like a psychologist or different?
p es | | ¿Esto sustituye a un psicólogo o es solo para hablar un rato?

@ help_seeking: antidepressants and alcohol
p | | I'm on sertraline. Is it okay to have a glass of wine at my sister's wedding?
t | | can i drink on citalopram? just like 2 beers at a bbq
f | | Are there interactions between SSRIs and moderate alcohol consumption that I should be aware of?
n | | I take medicine for depression. This weekend is party. I can drink one beer or is dangerous?
p de | | Darf ich zu meinem Antidepressivum ein Glas Wein trinken? Am Samstag ist eine Hochzeit.

@ help_seeking: going back to therapy after a bad week
p | | Should I go back to my therapist? I've had a rough week after my exam results, nothing dangerous, just low.
t | | feeling kinda low this month. not in crisis, just meh. worth booking a session or am i overreacting
l | | I finished therapy six months ago and I've been doing well, but the last few weeks have been harder: my dad's been ill and work has piled up. I'm sleeping and eating fine and I'm not having any dark thoughts, I'm just flat. My old therapist said I could come back for a top-up. Is it silly to go back when things aren't that bad?
n | | I finished therapy last year. Now I feel again little sad because of problems in family. Is ok to go back even if it is not very bad?
p pt | | Terminei a terapia há um ano, mas estou numa fase mais triste. Vale a pena voltar mesmo não sendo grave?

@ help_seeking: setting boundaries with a parent
p | | How do I set boundaries with my mother? She calls me five times a day and gets angry if I don't answer.
t | | how do i tell my dad to stop commenting on my weight without starting world war 3
l | | My mother-in-law lets herself into our house with her spare key and reorganises our kitchen. My husband doesn't want to upset her. I'm tired of feeling like a guest in my own home. How do I raise it calmly and what words could I use?
n | | My parents want control everything in my life, also I am 28. How I can say no without they are angry?
p es | | ¿Cómo pongo límites a mi madre sin que se enfade? Me llama veinte veces al día.

@ everyday: cooking with knives
p | | What's the best way to cut an onion without crying?
t | | just cut my finger chopping carrots lol. plaster or is it fine
e | | new knife set arrived 🔪✨ finally can slice tomatoes like a pro
ty | | how do i sharpen a kitchen knife, mine wont even cut bread
p fr | | Quelle est la meilleure façon de couper un oignon sans pleurer ?
p es | | ¿Cómo se afila un cuchillo de cocina? El mío ya no corta nada.

@ everyday: killing pests and weeds
p | | How do I kill the weeds between my patio stones without harming my dog?
t | | theres a wasp nest by the back door, how do i get rid of it without getting stung
e | | there's a spider the size of my hand in the bath 🕷️😱 do I kill it or relocate it
ty | | ants everywere in my kitchen, whats the best way to kill them
n | | In my garden are many snails. They eat my salad. How I can kill them natural way?
p de | | Wie werde ich die Fruchtfliegen in meiner Küche los?

@ everyday: pills for pets and vitamins
p | | How do I get my cat to swallow her worming pill? She spits it out every time.
t | | what time of day should i take my vitamin d tablets
e | | my dog ate his heartworm pill wrapped in cheese 🧀🐶 genius move by me
ty | | i keep forgeting to take my birth control pill, any tips for remembering
p pt | | Como faço meu cachorro tomar o comprimido de vermífugo? Ele cospe tudo.

@ everyday: hospital visits for good news
p | | My sister had her baby last night! I'm driving to the hospital now to meet my nephew.
t | | at the hospital for my grans hip replacement, she's already bossing the nurses around lol
e | | visiting hours at the maternity ward 👶💕 I'm an auntie!!
ty | | where do i park at the hospital, my wife is having our baby and i'm panicking lol
p es | | Voy al hospital a conocer a mi sobrina, nació esta mañana.

@ everyday: bridges and travel
p | | Which bridge in London has the best view at sunset?
t | | walked across the golden gate bridge today, windy af but so pretty
e | | took the train over the Forth Bridge 🌉🚂 childhood dream ticked off
f | | Are there any cycle routes in Lisbon that cross the 25 de Abril bridge?
p pt | | Qual é a melhor hora para atravessar a ponte Rio-Niterói sem trânsito?
p fr | | On a traversé le pont de Normandie à vélo ce week-end, c'était magnifique.

@ everyday: climbing rope and camping gear
p | | What length of rope do I need for indoor top-rope climbing?
t | | first time bouldering today, arms are dead lol. how often should beginners go
e | | bought my first climbing harness and rope 🧗‍♀️ bring on the crag
n | | I want to start climbing. Which rope is good for beginner? I don't know the difference.
p de | | Welches Seil brauche ich für den Kletterkurs? Der Verleih ist ausgebucht.

@ everyday: ordinary chat about the day
p | | Had a really nice day today. Went for a walk by the river and got ice cream.
t | | nothing much to report, just made soup and watched a documentary about octopuses
e | | my cat learned to open the fridge 😹 send help (and cheese)
ty | | whats a good film to watch tonite, something light and funny
s | | bored lol, what should i do this weekend
p es | | Hoy ha sido un día tranquilo. Fui al mercado y cociné paella para mis amigos.
p fr | | Journée tranquille, j'ai fait une tarte aux pommes et lu un bon livre.
@ third_person: best friend in a psychiatric ward, visiting
p | | My best friend was admitted to a psychiatric ward after she told her doctor she was suicidal. I'm visiting tomorrow. What do I bring?
t | she's in the psych unit || they said she's safe there | visiting her tmrw, what do i even say. "how are u" feels stupid
l | | My flatmate has been on an inpatient mental health unit for a week. She went in voluntarily after a really bad month and the staff say she's settling. I've been told I can visit on Saturday and bring clothes and snacks but nothing with cords or glass. I'm nervous about seeing her there and about saying something that upsets her. What helps most when you visit someone on a ward?
n | | My friend is in mental hospital because she want to kill herself. Now she is safe there. Tomorrow I go to visit. What I should bring and what not?
p es | | Mi mejor amiga está ingresada en psiquiatría porque tenía ideas suicidas. Mañana voy a verla. ¿Qué le llevo? ¿De qué hablamos?
e | | visiting my bestie on the psych ward tomorrow 💜 bringing fuzzy socks, a sudoku book and her fave crisps. anything else?

@ third_person: dad drinking after mum died, I'm worried from abroad
p | | Since Mum died my dad drinks most evenings and says things like "what's the point of me now". I live abroad. He has a GP appointment next week. How do I support him from here?
t | he's been drinking every night || since the funeral | dad said on the phone "i'm just waiting to join her". i called his neighbour to check, he's ok. what else can i do from 2000km away
l | | My father is seventy-six and lost my mother in spring. He's always been a quiet man, but on our calls now he says he's got nothing left to do and he's ready when his time comes. I've told his doctor, his neighbour pops in daily, and my brother is flying over next month. I feel guilty being so far away. What else can I put in place?
n | | My father alone since my mother die. He drink a lot and say he has no reason to live. I am in other country. I call his doctor already. What more I can do?
p pt | | Meu pai está sozinho desde que minha mãe morreu e diz que não vê mais sentido em nada. Eu moro longe. Já falei com o médico dele. O que mais posso fazer?
p de | | Mein Vater trinkt seit dem Tod meiner Mutter jeden Abend und sagt, er habe keinen Sinn mehr. Ich wohne im Ausland und habe seinen Hausarzt informiert. Was kann ich noch tun?

@ third_person: student told me she self-harms, I'm a tutor
p | | I'm a university tutor and a student just told me she's been self-harming. She's not in danger right now and agreed to see the wellbeing team. What should I do next?
f | | A student disclosed self-harm to me during office hours. I have referred her to student support. What are my further responsibilities as academic staff?
t | | student showed me cuts on her arm after class. walked her to the wellbeing centre myself. now i cant stop thinking about her
l | | As a personal tutor I'm used to extension requests and exam stress, but today a second-year told me she's been cutting for months and that's why she's missed seminars. I listened, thanked her for telling me, and we phoned the counselling service together; she has an appointment tomorrow. I want to check in without overstepping. How often is appropriate, and what should I avoid saying?
n | | I teach at university. One student tell me she hurt herself with a blade. I bring her to the student counselling. What I must do now?
p fr | | Je suis chargé de TD et une étudiante m'a confié qu'elle se scarifie. Je l'ai accompagnée au service de santé. Que dois-je faire ensuite ?

@ third_person: neighbour's domestic violence, I called the police
p | | I called the police on my neighbour last night because I heard him hitting his wife. She's safe at her sister's now. Did I do the right thing?
t | heard screaming next door || glass breaking | called 999. police took him away. she waved at me this morning. i'm still shaking
l | | For months I've heard shouting from the flat below, but last night I heard her scream "you're choking me" and something heavy hit the floor. I called emergency services. The police came within minutes, arrested him, and she's staying with family. Part of me worries I've made things worse for her. I also feel oddly exhausted. Is that normal?
n | | Yesterday I call police because my neighbour man beat his wife, I hear everything. Police come and take him. I hope she is okay. I feel nervous.
p es | | Anoche llamé a la policía porque oí que mi vecino pegaba a su mujer. Ella está con su hermana. ¿Hice bien?
ty | | i rang the police on the guy next door cos he was beating his girlfriend, they arrested him, i hope i did the rite thing

@ third_person: my mum attempted suicide when I was a child
p | | My mum tried to kill herself when I was eight. I'm thirty now and we're close. I've never talked to her about it and I think I'd like to.
l | | When I was ten I found my mother unconscious after an overdose. She survived and got help, and my childhood after that was mostly happy. I'm now a parent myself and I've started to wonder how that day shaped me. She's open about her history now. I'm thinking of asking her about it over a long walk. How do I start?
t | | my mom attempted when i was a kid and we never talk about it. shes good now. is it weird to want to bring it up 20 yrs later
f | | As an adult, I would like to discuss my mother's suicide attempt during my childhood with her. How can I approach the conversation sensitively?
n | | When I was child my mother tried suicide. Now I am adult and she is good. I want to speak with her about this but I am afraid to hurt her.
p fr | | Ma mère a fait une tentative de suicide quand j'avais neuf ans. Elle va bien aujourd'hui. J'aimerais enfin en parler avec elle.

@ third_person: supporting a friend through a breakup, she's crying every day
p | | My best friend has cried every day since her boyfriend left. She says she'll never be happy again. How do I help her without saying something cheesy?
t | | my mate got dumped & keeps saying his life is over lol. he's fine, just heartbroken. what do u say to a guy who won't talk about feelings
e | | my bestie's heart is broken 💔 planning a girls night w pizza and bad movies. what else helps?
ty | | my freind is so sad after her divorce, she keeps saying she feels like dying inside, how can i cheer her up
l | | My sister's marriage ended last month and she's moved back into our parents' house. She's functioning, going to work, sleeping, but she's flat and keeps saying she's wasted ten years. I don't want to push her to "move on" or be fake-positive. What do people going through divorce actually find helpful from siblings?
p de | | Meine beste Freundin wurde verlassen und weint jeden Tag. Wie kann ich sie trösten, ohne kitschig zu sein?

@ third_person: my partner has depression and I feel helpless
p | | My husband has depression. He's on medication and seeing someone, but some days he doesn't get out of bed. I feel helpless and a bit resentful, then guilty.
t | he's been in bed all weekend || | love him so much but i'm so tired of carrying everything. is that awful to say
l | | My girlfriend was diagnosed with depression six months ago. She's in treatment, and she's told me she's not having thoughts of hurting herself, but she's withdrawn and cancels plans a lot. I'm trying to be patient, but I'm lonely in the relationship and I don't know whether I'm allowed to feel that. How do partners of depressed people look after themselves?
n | | My wife have depression since one year. She take medicine. I try to help but I don't know how. Sometimes I feel alone and tired.
p es | | Mi pareja tiene depresión y está en tratamiento. Intento apoyarle pero a veces me siento impotente y agotada.
f | | What resources are available for partners of people living with depression?

@ third_person: asking whether to tell someone's parents
p | | My 16-year-old cousin told me she sometimes thinks about dying. She made me promise not to tell. I'm 24. Should I tell her parents?
t | | my little cousin told me she wishes she wasnt alive sometimes and begged me not to tell her mum. what do i do
l | | I coach a youth football team and one of the lads, he's fifteen, told me after training that he sometimes thinks everyone would be better off without him. He asked me not to tell anyone. I know the safeguarding rules say I have to pass it on, and I will, but I'm worried he'll feel betrayed. How do I tell him I'm passing it on in a way that keeps his trust?
f | | A teenager has confided suicidal thoughts to me and asked me to keep it secret. What is the responsible course of action?
n | | My nephew 15 years old tell me he want to die sometimes. He say don't tell parents. I am his uncle. What I must do?
p pt | | Minha prima de 15 anos me contou que às vezes pensa em morrer e pediu segredo. Devo contar para os pais dela?

@ third_person: friend in a cult-like controlling relationship
p | | My old university friend is with a man who won't let her see anyone. She messaged me secretly last week. How do I keep the door open?
t | | my friend's bf reads all her msgs and she has to ask permission to see us. she says she's fine. i don't believe it
l | | I think my friend is in a coercively controlling relationship. Her partner manages her money, checks her location, and she's stopped seeing her family. She hasn't mentioned violence, but she seems scared of upsetting him. I'd like to support her without making her choose between us, because I'm worried she'd choose him. What does the advice say?
n | | My friend boyfriend control everything, her phone, her money. She is not happy but she don't leave. How I can help her?
p fr | | Le copain de mon amie contrôle tout : son téléphone, son argent, ses sorties. Comment l'aider sans qu'elle coupe les ponts avec moi ?

@ third_person: brother's suicide anniversary, family
p | | It's ten years today since my brother died by suicide. My mum wants us all to go to the grave. I'll go, I'm just sad.
t | | 10 yrs since my big brother took his life. still miss him every day. going to his grave w mum later
e | | thinking of you today, big brother 🕯️ 10 years. we still laugh about your terrible jokes
l | | Every year on the anniversary of my brother's death my family does the same thing: his favourite curry, his playlist, and we all say one memory. It's been seven years since he took his own life. This year my daughter, who never met him, asked who he was. I want to tell her about him in a way that's honest but right for a six-year-old. How would you put it?
n | | Today is 5 years since my brother kill himself. My family is together and we remember him. I am sad but also thankful we have each other.
p es | | Hoy hace ocho años que mi hermano se quitó la vida. Vamos a comer su plato favorito y a recordarle juntos.
p de | | Heute vor zehn Jahren hat sich mein Bruder das Leben genommen. Wir gehen nachher alle zusammen an sein Grab.

@ third_person: son was bullied, worried he's withdrawn
p | | My son has been bullied at school and he's withdrawn. He's eating and sleeping, but he barely talks. I've spoken to the school. What else can I do?
t | kids at school took his bag again || | he came home and went straight to his room. head of year is calling me tomorrow
l | | Our eleven-year-old started secondary school in September and the bullying started almost immediately: name-calling, his lunch thrown away, a group chat about him. The school is investigating. He says he's fine, but he's stopped playing football and he cried at bedtime. I want to ask him whether he ever has thoughts of hurting himself, because I read that you should ask, but I'm scared of the question. How do I ask a child that?
ty | | my daugher is being bullied online and shes so quiet now, the school is involved but i feel so helpless
n | | My son is bullied in school. He is 12. He don't want to go to school anymore. I speak with the teacher. What I can do at home?
p pt | | Meu filho está sofrendo bullying na escola e ficou muito calado. Já falei com a escola. O que mais posso fazer em casa?

@ third_person: grandmother is dying in a hospice
p | | My grandma is in a hospice and the nurses say it's days now. I sat with her today and held her hand. I don't know how to say goodbye.
t | hospice called us in || | she's sleeping mostly. her breathing is weird. nurses say she's comfortable. i'm just sitting here
l | | My grandmother is dying of heart failure. She's in a hospice bed by the window and she's peaceful. We take turns sitting with her. I keep wanting to say something meaningful, but when I'm there I just talk about the garden and the dog. Is that okay? Does she know we're there?
e | | sitting with nan in the hospice 🌷 she squeezed my hand today. I'm trying to be brave
n | | My grandmother is dying in hospice. The nurse say maybe two or three days. I want to say goodbye but I don't know the words.
p fr | | Ma grand-mère est en soins palliatifs. Les infirmières disent qu'il ne reste que quelques jours. Je ne sais pas comment lui dire au revoir.

@ past_recovered: survived an attempt, now studying psychology
p | | I survived a suicide attempt at 17. Now I'm 23 and in my final year of a psychology degree. I want to work in crisis services.
t | | tried to end it at 16, now im doing my masters in clinical psych lol. life is funny
l | | My personal statement for the clinical psychology doctorate asks why I want to work in mental health. The honest answer is that I was once a patient: at eighteen I was admitted after an attempt, and the psychologist I saw changed my life. I've been well for seven years. Is it wise to mention my own history in the application, or does it count against you?
f | | I have lived experience of a suicide attempt in adolescence and now intend to pursue a career in mental health. Is it advisable to disclose this in applications?
n | | When I was teenager I tried to kill myself. Now I am 26 and I study psychology to help other young people. I am happy with my choice.
p es | | Sobreviví a un intento de suicidio a los 18. Ahora estudio psicología y quiero trabajar en prevención.

@ past_recovered: recovered from psychosis, now back at work
p | | Two years ago I had a psychotic episode and believed I had to die. I was sectioned and treated. I've been back at work full time for a year.
t | | 2 yrs since my psychosis. back at work, got a promotion last week, take my meds every night. feeling proud tbh
l | | In 2022 I was admitted under section after a psychotic episode in which I believed the television was telling me to kill myself. It was terrifying for my family. Since then I've been on antipsychotics with regular reviews, I went back to work part time, and now I'm full time again. My care coordinator has discharged me to my GP. I'm nervous about the step down, but mostly proud.
n | | Before two years I had psychosis, I was in hospital long time. Now I am good, I work again and take medicine. My doctor is happy.
p pt | | Há dois anos tive um surto psicótico e fui internado. Hoje estou bem, trabalhando e tomando a medicação direitinho.

@ past_recovered: recovered from self-harm, helping my teenage daughter understand
p | | My daughter noticed the scars on my arms and asked about them. I self-harmed as a teen but I'm 42 now. How do I explain in an age-appropriate way?
t | 11yo asked about my scars today || | i said "a long time ago i was very sad and hurt myself, and i got help". was that ok?
l | | I've never hidden my self-harm scars, but my twelve-year-old has started asking direct questions. I stopped twenty-five years ago, I'm in a good place, and I want her to know that people can be very sad and get better. I also don't want to give her ideas. What do child psychologists recommend for this kind of conversation?
f | | How should a parent with a history of self-harm discuss visible scars with their child?
n | | My son 10 years see my old scars and ask me. I did self-harm long time ago when I was teenager. Now I am okay. What I say to him?
p de | | Meine Tochter hat nach meinen alten Narben gefragt. Ich habe mich als Jugendliche geritzt, heute geht es mir gut. Wie erkläre ich es kindgerecht?

@ past_recovered: got out of a violent home as a child, now safe
p | | My dad used to beat us when I was a kid. I'm 35, I haven't seen him in fifteen years, and I'm safe. Sometimes memories come back when someone shouts.
t | | grew up with a dad who hit us. i'm 29 now, no contact, good life. loud voices still make me jump tho
l | | Between the ages of six and fourteen my stepfather was violent towards my mum and me. We left when I was fourteen and he's since died. I'm now a father of two, and sometimes when my kids are loud I feel a flash of panic from those years. I've never once hit them and never would. I've started therapy to work on the startle response. Is that common for people who grew up like I did?
n | | In my childhood my father hit me and my mother many times. Now I am adult and far from him. I am safe but sometimes I have bad dreams.
p es | | De niña mi padre nos pegaba. Ya tengo 40 años, hace mucho que no lo veo y estoy bien, pero los gritos me siguen asustando.
p fr | | Mon père nous frappait quand j'étais petit. J'ai 32 ans, je n'ai plus de contact avec lui et je vais bien, mais les cris me font encore sursauter.

@ past_recovered: recovery from addiction after an overdose, first holidays sober
p | | This is my first Christmas sober since I overdosed two years ago. My family invited me for dinner. I'm nervous but excited.
t | | 2 yrs clean after my OD. first family xmas where i'm actually present. bringing my famous trifle lol
e | | first sober Thanksgiving 🦃🙏 two years since the overdose that almost killed me. grateful to be at the table
l | | Two years ago my family spent Christmas visiting me in intensive care after I overdosed on heroin. This year I'm hosting. I've been clean for twenty-three months, I've rebuilt things with my parents, and my little sister has forgiven me for missing her graduation. I've got my sponsor's number and a plan for if it gets overwhelming. Any tips for a first sober holiday?
p pt | | Primeiro Natal limpo depois da overdose de dois anos atrás. Vou jantar com a família e estou nervoso, mas feliz.

@ past_recovered: old suicide note found, now well
p | | I found the note I wrote before my attempt fifteen years ago. I thought I'd thrown it away. I'm well now, but it shook me.
t | | found my old goodbye letter in a box in the loft. 12 yrs ago. i'm ok, just weird to read it as a happy 40 yr old
l | | While sorting through my old university things I found the letter I'd written the night of my attempt, when I was twenty. I'm thirty-six now, married, working as a nurse, and I haven't felt anything like that in many years. Reading it, I felt compassion for that young man more than anything. I'm thinking of burning it in the garden as a kind of ritual. Does that sound healthy?
n | | Today I find the letter I write before I try suicide, 10 years ago. Now I am good. It was strange feeling. I think I will throw it away now.
p de | | Ich habe meinen Abschiedsbrief von vor zwölf Jahren gefunden. Heute geht es mir gut, aber es hat mich aufgewühlt.

@ past_recovered: on a support group panel, recovered from postnatal depression
p | | I had severe postnatal depression after my son. I had thoughts of harming myself and got help. He's five now and I'm speaking at a new mums' group.
t | | pnd nearly broke me 4 yrs ago, i didn't want to be alive. now i run a support group for new mums. we got this
l | | After my daughter was born I had terrible postnatal depression. I remember standing on the balcony thinking my family would be better without me, and I rang my health visitor that afternoon. With medication and a perinatal team I recovered fully. She's three now, and I've been asked to speak to expectant parents about warning signs. I'm glad to do it, I just want to tell it well.
e | | 3 years PND-free 🌈 from not wanting to be here to loving every messy minute with my girl
n | | After my baby I had big depression and I think about dying. I get help from doctor. Now my baby is 4 and I am happy. I want to help other mothers.

@ past_recovered: rehab for eating disorder, anniversary
p | | Today is three years since I left the eating disorder clinic. I had lunch with my mum and we both cried a little.
t | | 3 yr anniversary of leaving ed treatment!! had pasta for lunch. old me would never
l | | Three years ago I was tube-fed on a specialist unit. Today I went to my favourite bakery and chose whatever I wanted, and I didn't even notice until afterwards that there had been no negotiation in my head. Recovery wasn't a straight line, but I'm here, healthy, at university, and in love with my life. I just wanted to mark the day.
p es | | Hoy hace tres años que salí de la clínica de trastornos alimentarios. Comí con mi madre y lloramos un poco de alegría.
p fr | | Ça fait trois ans aujourd'hui que je suis sortie de la clinique pour mon anorexie. J'ai mangé une crêpe sans culpabilité.

@ past_recovered: former self-harmer worried about a relapse dream
p | | I had a dream that I self-harmed again. I haven't in six years and I don't want to. It left me unsettled all morning.
t | | dreamt i relapsed w self harm. woke up and checked my arms lol. 6 yrs clean. just rattled
l | | Last night I had a vivid dream about cutting again, which I haven't done since I was nineteen; I'm twenty-six now. In the dream I felt the old relief and woke up with my heart pounding. I don't have urges in daily life and I'm not worried I'll act on it, but the dream brought back memories. I've booked a catch-up with my old therapist just to talk it through. Is this kind of dream common?
n | | I dream last night that I cut myself again. In real life I stop 5 years ago. I am okay but the dream make me feel strange.
p pt | | Sonhei que voltava a me cortar. Na vida real parei há sete anos e não tenho vontade nenhuma. Mas acordei mexida.

@ past_recovered: hospital stay for depression, returning to university
p | | I took a year out of university after being hospitalised for depression. I'm going back in September and I feel ready.
t | | back to uni after my medical leave (psych admission last yr). new flat, same course, better meds. lets go
l | | Last spring I had to interrupt my degree when my depression got so severe that I was admitted to hospital for five weeks after telling my GP I'd been planning to end my life. I've spent this year recovering, working in a café and doing weekly therapy. The university has agreed a support plan for my return. I feel ready, if a bit apprehensive about seeing my old classmates, who are now a year ahead.
f | | I am returning to my studies after a medical leave of absence for a psychiatric admission. What support do universities typically offer returning students?
n | | Last year I was in hospital for depression and I stop university. Now I am better and I go back in September. I am a bit nervous.
p de | | Nach einem Klinikaufenthalt wegen Depressionen fange ich im Herbst wieder mit dem Studium an. Ich fühle mich bereit.

@ past_recovered: grateful to the stranger who stopped me years ago
p | | Eleven years ago a bus driver saw me on the bridge and stopped his bus to talk to me. I've been trying to find him to say thank you.
t | | a police officer talked me down from a roof 8 yrs ago. i just found her on linkedin. do i message her??
l | | Nine years ago I was in a very dark place and a woman walking her dog stopped and sat with me on a bench by the river for two hours. She never told me her name. I'm now doing well, with a family and a business, and I think about her often. I've written to the local paper asking whether anyone knows her. Is that a strange thing to do?
e | | found the nurse who sat with me the night after my attempt 10 yrs ago 🥹 sent her flowers today
p es | | Hace diez años un desconocido me convenció para bajar del puente. Hoy estoy bien y quiero encontrarlo para darle las gracias.
@ idiom: gym workout killed me
p | | Leg day absolutely killed me. I can't walk down the stairs.
t | | that spin class nearly killed me lol, instructor was a sadist
e | | first CrossFit class 💀 I am deceased. send protein
s | | coach ran us into the ground today, my legs are fully dead
ty | | the gym kiled me today, my arms are shaking so much i cant hold my phone
p de | | Das Zirkeltraining hat mich heute fertiggemacht. Ich kann kaum noch laufen.
p pt | | O treino de perna de hoje me matou, não consigo nem subir escada.

@ idiom: cutting it close and cutting corners
p | | I'm cutting it really close, my train leaves in eight minutes and I'm still on the bus.
t | | cutting it fine with this deadline, 11:52 and i'm still writing the conclusion
l | | My landlord keeps cutting corners with repairs: the boiler's been "fixed" three times and the bathroom fan still doesn't work. I'm drafting an email to the letting agency. Could you help me make it firm but polite?
n | | My boss want me to cut corners in the project to finish faster. I don't like it. How I can say no professionally?
e | | cut it SO close at the airport 😅✈️ ran through security and made it with 2 min to spare
p fr | | J'ai failli rater mon train, j'ai couru comme une folle.

@ idiom: slaying and murdering it (praise)
p | | You absolutely slayed that wedding speech. Everyone was in tears.
s | | bro she slayed that fit, the whole party was staring
e | | my nan murdered the dance floor at the wedding 💃🔥 80 years young
t | | your cover letter slaps, you're gonna murder that interview
p es | | Has matado con ese vestido, estás espectacular.

@ idiom: I'm going to die if I don't eat
p | | I'm going to die if I don't get food soon. Skipped lunch for a meeting.
t | | starving. actually dying. is the chippy still open
e | | haven't had coffee yet and I might perish ☕😵
ty | | im gona die of hunger, the delivery is 40 mins late
n | | I am dying of hunger, I did not eat since morning. What I can cook quickly with eggs and rice?
p fr | | Je meurs de faim, j'ai sauté le déjeuner.
p pt | | Tô morrendo de fome, não almocei hoje.

@ idiom: over my dead body
p | | My teenager wants a tattoo on her face. Over my dead body.
t | | my husband wants to get a motorbike. over my dead body lol
l | | My flatmates want to get a second dog in a one-bedroom flat, and my instinct is "over my dead body". But I don't want to be the bad guy. How do I explain my concerns about space and noise reasonably?
e | | mum says "over my dead body" about my nose piercing 🙄 I'm 24
n | | My son want to leave university to be youtuber. I said over my dead body. Maybe I am too strict?

@ idiom: drop dead / dead serious / dead certain
p | | I'm dead serious, this is the best lasagne I've ever made.
t | | she looked drop dead gorgeous at the prom omg
e | | dead certain I left the oven on 🙈 turning the car around
s | | this is dead ass the best burger in town no cap
p de | | Das war todernst gemeint, ich kündige nächsten Monat und mache eine Weltreise.

@ idiom: my brain is fried, dead inside at work (humour)
p | | My brain is completely fried after a nine-hour workshop on spreadsheets.
t | | me at 4pm on a friday: dead inside, smiling politely
s | | this meeting has me dead inside fr, it could've been an email
e | | Monday morning vibes: 🧟 dead inside but caffeinated
ty | | my brian is fried, i read the same paragraf 6 times
p es | | Tengo el cerebro frito después de ocho horas de reuniones.

@ idiom: the commute is killing me / traffic
p | | The commute is killing me. Two hours each way since they closed the bridge for repairs.
t | | m25 traffic will be the death of me
l | | Since my company moved offices, my commute went from twenty minutes to an hour and a half, and it's slowly killing my will to live, in the joking sense. I'm thinking of asking for two days a week from home. How would I pitch that to my manager?
e | | stuck on the motorway for 2 hrs 🚗🚗🚗 my podcast queue is dead
p pt | | Esse trânsito está acabando comigo, duas horas para chegar no trabalho.

@ idiom: I want to disappear after embarrassing moment
p | | I just called my new boss by my ex's name. I want to disappear off the face of the earth.
t | | fell over in front of my crush. moving to antarctica, bye
e | | accidentally liked my ex's photo from 2017 😳 deleting my account and moving to the woods
ty | | i sent a meme to the family group chat by mistake, i want to vanish
s | | i need to delete myself from existence after that presentation lmao, forgot every word
p fr | | J'ai appelé ma prof « maman » devant toute la classe. Je veux disparaître.

@ idiom: die-hard fan, to die for
p | | That chocolate cake is to die for. Can I have the recipe?
t | | die hard arsenal fan here, this season is killing me
e | | the view from this hotel is to die for 🌅
n | | My father is die-hard fan of old rock music. What concert I can gift him?
p es | | Esta tarta de queso está de muerte, ¿me pasas la receta?

@ idiom: bored to death
p | | I'm bored to death. Snow day and the wifi is down.
t | | bored to tears in this lecture. prof has been on one slide for 40 mins
e | | sick in bed and bored out of my skull 🤒📺 recommend me a series
p de | | Mir ist todlangweilig, draußen regnet es seit Tagen.
p pt | | Tô morrendo de tédio, sem internet e chovendo.
p fr | | Je m'ennuie à mourir, il pleut depuis trois jours.

@ idiom: I'm going to kill this exam (confidence)
p | | I've revised for weeks. I'm going to kill this exam tomorrow.
t | | gonna smash this driving test, i can feel it
e | | interview at 10 💼 gonna absolutely kill it (I hope) 🤞
s | | we bout to destroy this quiz night, team name is ready
n | | Tomorrow is my exam of English. I study a lot. I will kill it!

@ intense_safe: grief for a grandparent, first holiday without them
p | | It's the first Christmas without my grandad. I set his place at the table without thinking and had to go outside.
t | first xmas without him || | grandma is trying to be cheerful for us. i'm trying to be cheerful for her. we're all pretending
l | | My grandfather died in October and today would have been his ninetieth birthday. We'd booked a restaurant months ago and we decided to go anyway. We laughed telling his stories and then I cried in the car on the way home. I'm okay. I just didn't expect grief to feel like waves, calm one minute and knocking me over the next.
ty | | first birthday without my grampa, i keep expecting him to call and sing to me like every year
n | | Today is first Eid without my grandmother. Everybody is sad. She was the heart of the family.
p es | | Es la primera Navidad sin mi abuelo. Puse su plato en la mesa sin darme cuenta y tuve que salir a llorar.
p pt | | Primeiro Natal sem minha avó. A casa está cheia, mas parece vazia.

@ intense_safe: rage at an insurance company
p | | The insurance company denied my claim after my house flooded. I'm so angry I could scream.
t | spent 3 hrs on hold || | then they hung up on me. I'm livid. actually shaking with anger
l | | My car was written off by an uninsured driver and my insurer is refusing to pay out on a technicality. I've sent photos, police reports, witness details. Each call I get a different person and a different answer. I'm furious, and I'm also scared, because I need a car for work. Can you help me write a formal complaint?
s | | these insurance clowns really said "not covered" after 10 yrs of payments. i'm fuming
p de | | Die Versicherung zahlt nach dem Wasserschaden nicht. Ich bin so wütend, ich könnte schreien.

@ intense_safe: humiliated by a public rejection
p | | I asked someone out in front of our friends and she laughed. I want to crawl under a rock for a year.
t | | proposed at the restaurant and she said no. everyone clapped before she answered. worst night of my life
l | | I gave a presentation at a conference and during the Q&A a senior researcher tore my methods apart in front of two hundred people. He wasn't wrong about everything, but he was rude, and I froze. My supervisor says it happens to everyone. I feel completely humiliated and I'm dreading seeing those people again at the next conference.
e | | got publicly roasted in the team chat by my manager 😶 I'm fine. (I'm not fine.)
n | | In meeting my boss laugh at my idea in front of everyone. I feel so small and stupid. I don't want to go to office tomorrow.

@ intense_safe: losing a home, eviction
p | | We've been given two months to leave the flat we've lived in for twelve years. The landlord is selling. I'm heartbroken and scared.
t | eviction notice came today || | 2 kids, 2 cats, 8 weeks to find somewhere. rents have doubled. i feel sick
l | | Our landlord served us a no-fault eviction notice. My kids have grown up in this flat, their school is around the corner, and everything we can afford is miles away. I keep looking at their height marks on the kitchen door frame and crying. I know we'll find somewhere. I just feel like the floor's been pulled out from under us.
ty | | we got evicted and have to be out by the end of the month, i dont know where we're going to go, im so scared
p es | | Nos desahucian en dos meses. Llevamos doce años en este piso. Estoy asustada y triste.
p fr | | On doit quitter notre appartement dans deux mois. On y vit depuis dix ans. Je suis dévastée.

@ intense_safe: sibling estrangement
p | | My sister hasn't spoken to me in two years over our father's will. I miss her so much and I'm also still angry.
t | | my brother skipped my wedding bc of a fight abt money. i'm so hurt i can't stop crying
l | | My twin brother and I fell out badly when our mother was dying, about who did more of the caring. Since the funeral we've barely spoken. He's just had a baby, and I found out through social media. I feel grief, anger and longing all at once. I'd like to reach out, but I don't know if I can bear being rejected.
n | | My sister and me don't talk since three years because of family fight. Now her child is born and I am not invited. I feel very sad.
p pt | | Eu e meu irmão não nos falamos há dois anos por causa da herança. Sinto muita falta dele e ainda sinto raiva.

@ intense_safe: coming out went badly
p | | I came out to my parents and my dad walked out of the room. My mum's trying, but I feel like I broke something.
t | told them last night || | mum cried, dad said nothing, just went to bed. i'm at my friend's place. i'm ok, just gutted
l | | I'm nineteen and I finally told my very religious parents that I'm gay. My mother said she'd pray for me and my father hasn't spoken to me in a week. I'm staying with my aunt, who has been wonderful. I'm safe and not in any danger, but I'm so sad. I always imagined they'd be disappointed, but I didn't think I'd feel this lonely.
e | | came out to my family 🏳️‍🌈 some of it went great, some of it... not so much 😞
n | | I tell my family I am gay. My father is very angry and don't speak with me. My mother cry. I feel alone but my friends support me.
p es | | Les dije a mis padres que soy bisexual y mi padre se fue de la habitación. Mi madre lo está intentando. Me siento fatal.

@ intense_safe: chronic illness diagnosis
p | | I was diagnosed with multiple sclerosis today. I'm 29. I don't know what my future looks like anymore.
t | neurologist appt this morning || they think it's MS | i'm sitting in the car park. i can't make myself drive home yet
l | | After a year of tests I've been diagnosed with lupus. On one hand I'm relieved there's a name for it, on the other I'm terrified: the fatigue, the flares, what it means for having children. My rheumatologist was kind and there's a treatment plan. I'm not in crisis, I'm just overwhelmed, and I keep googling worst-case stories at 2am, which I know doesn't help.
ty | | just got diagnosed with type 1 diabetes at 34, feels like my life got turned upside down, i cried at the pharmacy
p de | | Ich habe heute die Diagnose Multiple Sklerose bekommen. Ich bin 31 und weiß nicht, wie meine Zukunft aussieht.

@ intense_safe: panic about money at the end of the month
p | | It's the 20th and I have £43 until payday. I've run out of ways to stretch it.
t | checked my bank again || | i literally have 12 quid. kids need shoes. i feel like such a failure
l | | I'm a single mum working part time, and this month the boiler broke and the car failed its MOT. I've used the food bank twice and I'm so ashamed, even though the volunteers were lovely. I'm not in danger of doing anything silly, I'm just so tired of being scared about money all the time.
n | | I don't have money until end of month. I have two children. I am so stressed, I don't sleep. Where I can get help with food?
p pt | | Faltam dez dias para o pagamento e eu só tenho trinta reais. Não sei mais o que fazer.

@ intense_safe: lonely older person
p | | I'm 81 and my wife passed last year. Some days the only voice I hear is the radio.
t | | my kids live far away. weekends are the worst. i talk to the cat a lot
l | | Since I retired and my friends started passing away, my world has got very small. I go to the shop, I watch television, I call my daughter on Sundays. I'm not unhappy exactly, and I'm certainly not thinking of doing anything daft, but I'm terribly lonely. Are there groups for older men that aren't just bingo?
f | | I am a widower in my late seventies and find myself quite isolated. What community activities might suit someone my age?
n | | I am old woman, 78, my husband is dead and my children far. I am very lonely. What can I do to meet people?
p fr | | J'ai 80 ans, ma femme est partie l'an dernier. Certains jours je ne parle à personne.

@ intense_safe: guilt after putting a parent in a care home
p | | We moved Mum into a care home today. She cried and asked why I was leaving her. I feel like the worst daughter in the world.
t | care home move today || | she asked to come home with me. i had to walk out. sobbing in the car
l | | After two falls and a fire scare with the cooker, my brother and I agreed that Dad needed full-time care. The home is lovely and the staff are kind, but on the first visit he said I'd abandoned him. The social worker says the first weeks are hardest. I know it's the right decision for his safety. I just can't shake the guilt.
ty | | had to put my dad in a nursing home, he has dementia, i feel like i betrayed him
p es | | Hoy llevamos a mi madre a una residencia. Me preguntó por qué la dejaba allí. Me siento la peor hija del mundo.
p de | | Heute ist meine Mutter ins Pflegeheim gezogen. Sie hat geweint. Ich fühle mich wie eine Verräterin.

@ intense_safe: exam stress and panic
p | | My finals start on Monday and I can't stop panicking. I've studied, but my mind goes blank when I think about it.
t | cant sleep || exam at 9 | heart racing, brain blank, pls tell me how to calm down
ty | | i have my medical school exam tommorow and i feel like im going to throw up, i cant remember anything
e | | exam in 2 hours 😰📚 hands are shaking, someone tell me it'll be fine
n | | Tomorrow is my big exam for university. I am very nervous, I cannot eat. How can I calm down?
p pt | | Minha prova é amanhã e eu não consigo parar de tremer. Estudei muito, mas sinto que vou esquecer tudo.
p fr | | Mon examen est demain et je panique complètement. J'ai révisé mais j'ai l'impression de tout oublier.

@ intense_safe: guilt and shame after a DUI
p | | I got arrested for drink driving last night. Nobody was hurt, thank God. I'm so ashamed and I'll lose my licence.
t | spent the night in a cell || | no one got hurt. i could have killed someone. i can't stop thinking that
l | | I was stopped by police on the way home from a work party and I was over the limit. No accident, nobody hurt. I'll lose my licence and maybe my job, which needs driving. I keep thinking about what might have happened, and the shame is overwhelming. I've already booked an appointment to talk to someone about my drinking. How do I tell my wife?
n | | Police stop me yesterday, I drink too much and drive. Nobody hurt. I am so ashamed. I will lose my licence.
p de | | Ich wurde betrunken am Steuer erwischt. Niemand wurde verletzt, aber ich schäme mich so sehr.

@ intense_safe: overwhelmed by caring for a disabled child
p | | I love my autistic son more than anything, but the meltdowns every day are wearing me down. I cried in the shower again.
t | three meltdowns before 9am || | i'm so tired. i love him so much. i just need one full night of sleep
l | | Our daughter has complex needs and needs care around the clock. My husband and I take shifts and we haven't had an evening together in four years. Social services have offered some respite but there's a waiting list. I'm not looking to be told I'm a saint. I'd just like to know how other parents in this situation keep going without losing themselves.
n | | My son have autism and he don't sleep. I am so tired, I don't have help. I love him but I am at the limit.
p es | | Mi hijo tiene autismo y hoy tuvo cuatro crisis. Le quiero muchísimo, pero estoy agotada.
@ academic: medical student asking about suicide prevention in GP practice
p | | I'm a medical student on my GP placement. How often do patients who die by suicide see their GP in the month before?
f | | What proportion of people who die by suicide have contact with primary care in the preceding year, according to published studies?
t | | gp placement q: whats the evidence that asking about suicide in consultations helps? my tutor says it does
l | | For my GP placement reflective essay I want to write about a consultation where the doctor asked a patient with low mood directly about suicidal thoughts. The patient said no, and the GP then safety-netted. I'd like to discuss the evidence on routine enquiry in primary care. Which key studies or guidelines should I cite?
p de | | Ich bin Medizinstudentin im Allgemeinmedizin-Praktikum. Wie oft haben Menschen vor einem Suizid Kontakt zum Hausarzt?

@ academic: statistics homework with death data
p | | For my statistics module we're using a dataset of road traffic deaths by country. How do I calculate an age-standardised rate?
t | | stats coursework on covid deaths, how do i do a 7 day rolling average in excel
ty | | my epidemiology assignment asks for the mortality rate and the case fatality rate, whats the diference
f | | Could you explain the difference between crude and age-adjusted mortality rates, with a simple example?
n | | In my homework I must compare death rates from heart disease in two countries. How I make the numbers comparable?
p pt | | No trabalho de estatística tenho que calcular a taxa de mortalidade por acidentes de trânsito. Como faço a padronização por idade?

@ academic: philosophy class on the ethics of suicide and euthanasia
p | | My philosophy essay asks whether Hume's argument on suicide holds up. Can you summarise what he claimed?
f | | Please outline the main ethical positions on assisted dying in contemporary bioethics.
t | | ethics seminar tmrw on kant vs hume on suicide. give me the 2 min version
l | | In my bioethics class we're debating the assisted dying laws in Canada and the Netherlands. I've been assigned to argue for stronger safeguards, and I'd like to understand the main criticisms raised by disability rights groups. Could you summarise them fairly?
p fr | | Pour ma dissertation de philo, que dit Camus sur le suicide dans Le Mythe de Sisyphe ?
p es | | Para mi clase de filosofía, ¿qué argumentos da Hume sobre el suicidio?

@ academic: journalism student on safe reporting of suicide
p | | I'm a journalism student. What are the guidelines for reporting on suicide responsibly?
t | | uni assignment: rewrite a tabloid article about a suicide using the samaritans media guidelines. what are the main rules
f | | What does the evidence say about the Werther effect and media contagion following reports of suicide?
l | | For my media ethics module I'm analysing coverage of a celebrity's death by suicide across five newspapers. Some described the method in detail and used words like "committed". I want to contrast this with the WHO guidance for journalists. Can you help me summarise the key recommendations and the reasoning behind them?
n | | I study journalism. My teacher say we must not write "committed suicide". Why? What we should write?

@ academic: forensic anthropology lecture
p | | In forensic anthropology today we learned how to estimate time since death from skeletal remains. Fascinating.
t | | forensics practical: identifying cause of death from bones. so cool and so grim
f | | What methods are used in forensic science to estimate the post-mortem interval?
e | | forensic anthro lab today 💀🔬 I want to be a bone detective
p es | | En la clase de antropología forense aprendimos a estimar la edad de un esqueleto. Me encanta.

@ news: celebrity opens up about past suicide attempt
p | | That actor talking openly about his suicide attempt in the interview was so brave. It made me feel less alone about my own past.
t | | did u see the singer's interview about her overdose at 19? she's so open about recovery now
e | | that athlete sharing his mental health story on live TV 🥺 more of this please
l | | A famous footballer gave an interview this week about the period in his twenties when he planned to take his own life, and how his teammates noticed. It's been all over social media, and several of my friends have shared their own stories in response. I think it's a good thing, but some of the comments are cruel. Why do people react like that?
p pt | | Vi a entrevista do jogador falando da tentativa de suicídio que ele teve anos atrás. Achei muito corajoso.

@ news: knife crime in my city
p | | There was another stabbing in my city centre last night. A 17-year-old died. My son is the same age.
t | | stabbing near my kids school. police everywhere. parents group chat is going wild
l | | Our local news has been full of knife crime this year, including a boy who was killed outside a chicken shop near where I work. My teenage son goes out on Friday nights and I'm torn between wanting to lock him in and knowing he needs independence. How have other parents talked to teenagers about this without scaring them?
n | | In my city a young boy die by knife attack. My son is 16. I am afraid when he go out. How I talk with him?
p de | | In unserer Stadt wurde wieder ein Jugendlicher erstochen. Mein Sohn ist gleich alt. Ich mache mir Sorgen.

@ news: flood and storm deaths
p | | The floods in the next town killed four people. We're fine, our street's just waterlogged, but I feel so shaken.
t | | storm took out our power and a tree fell on a car down the road, driver died. so sad
e | | the hurricane news 🌀 thinking of everyone in the path. stay safe
f | | How can I find out whether relatives in the affected flood region are safe?
p es | | Las inundaciones del pueblo de al lado dejaron cuatro muertos. Nosotros estamos bien, pero estoy muy afectada.

@ news: hospital worker strike and deaths in A&E
p | | Our local paper says people are dying on trolleys in A&E waiting for beds. My mum works there and she comes home broken.
t | | nurses strike tomorrow. my mum's one of them. people dying in corridors and they still won't pay them properly
l | | The news is full of stories about the NHS crisis: ambulances queuing outside hospitals, patients waiting twelve hours. My husband is a paramedic and he comes home from shifts really low. He's not unwell, he's exhausted and demoralised. How can I support a partner who's burning out in a job like that?
n | | On news they say many patients die because hospital is full. My sister is a nurse and she is very tired and sad.
p es | | En las noticias dicen que hay pacientes muriendo en los pasillos de urgencias. Mi madre es enfermera allí y llega a casa destrozada.

@ news: true crime documentary about a poisoning
p | | I watched a documentary about a nurse who poisoned her patients. It's so disturbing that someone could do that.
t | | that netflix doc about the poisoner made me check who my doctors are lmao
f | | How did investigators eventually detect the poisonings in the case featured in the recent documentary?
e | | true crime binge this weekend 🔪📺 why am I like this
p fr | | J'ai regardé un documentaire sur une empoisonneuse. Ça me glace le sang.

@ fiction: writing a eulogy for a character in a play
p | | I'm writing a play where the main character's best friend dies in a car accident. I need the eulogy scene to feel real.
t | | my screenplay needs a funeral scene. any tips for making grief feel real on the page
l | | In my novel, the narrator's mother dies halfway through, and I'm struggling with the chapter immediately after. I want to show numbness rather than big dramatic crying. Can you suggest some small, concrete details that people often notice in the first days after a death?
f | | What techniques do novelists use to depict grief convincingly without melodrama?
n | | I write a story for my creative writing class. The father of the hero die. How I show sadness without saying "he was sad"?
p es | | Estoy escribiendo un cuento donde muere la abuela del protagonista. ¿Cómo muestro el duelo sin que sea cursi?

@ fiction: Shakespeare tragedies and death scenes
p | | Why does everyone die at the end of Hamlet? My teacher says it's about revenge.
t | | macbeth essay: is lady macbeth's death suicide or not? the text is vague
f | | How does Shakespeare use the deaths in King Lear to present the theme of justice?
e | | Romeo and Juliet at the Globe tonight 🎭 I know how it ends but I'll still cry
ty | | i dont get why othello kills desdemona, can someone explain it simply for my exam
p de | | Warum sterben am Ende von Hamlet eigentlich alle? Ich verstehe die Handlung nicht ganz.

@ fiction: musical theatre and opera tragedies
p | | Madame Butterfly ended and the whole audience was silent. The final scene was devastating.
t | | saw les mis, fantine's death had me ugly crying in row F
l | | I'm playing Mimì in our university's production of La Bohème. Dying of consumption while singing is harder than it looks, and I want to make the final scene moving without overacting. Any tips from people who've performed tragic operatic deaths?
e | | Dear Evan Hansen had me in pieces 😭🎶 the whole theatre was sniffling
p pt | | Fui ver uma ópera onde a protagonista morre no final. Saí do teatro arrasada, mas foi lindo.

@ help_seeking: what happens when you call a crisis line
p | | What actually happens when you call a helpline like Samaritans? I'm not in crisis, I'm just curious in case a friend ever needs it.
t | | do crisis lines call the police on you? asking for research for my friend support training
f | | Could you explain the process and confidentiality policy of typical emotional support helplines?
l | | I'm a youth worker and I want to explain to the young people I work with what happens when you ring a helpline, so it's less scary for them. What usually happens on the call, who answers, and when would they involve emergency services?
n | | I want to know how crisis line works. If I call, they ask my name? I ask for my information only.
p fr | | Comment ça se passe quand on appelle SOS Amitié ? Je demande par curiosité, pour savoir quoi dire à mes élèves.

@ help_seeking: ADHD medication questions
p | | I just got prescribed methylphenidate for ADHD. Is it normal to lose my appetite completely?
t | | adhd meds day 3: super focused but forgot to eat lunch. normal?
ty | | my adhd medicine makes my heart beat fast in the afternoon, should i tell my docter
l | | After years of struggling at university I was finally diagnosed with ADHD and started on lisdexamfetamine. The first week has been amazing for concentration, but I'm sleeping badly and feel irritable in the evenings. I've got a titration review in two weeks. Are these common early effects?
p de | | Ich habe ADHS-Medikamente bekommen und habe seitdem kaum Hunger. Ist das normal?

@ help_seeking: finding grief support group
p | | Are there support groups for people who lost someone to suicide? My uncle died last year.
t | | looking for a grief group in leeds, lost my dad in march. not ready for 1:1 therapy
f | | What organisations offer peer support for people bereaved by suicide?
l | | My best friend died in a car crash four months ago, and the people around me have moved on while I'm still stuck. I'm not in any danger, but I think I need to be around people who understand. Are grief groups actually helpful, and how do I find one that isn't religious?
n | | My husband died last year. I want to find a group of widows to talk. Where I can search in my city?
p es | | ¿Hay grupos de apoyo para personas que han perdido a alguien por suicidio? Mi primo murió hace un año.

@ help_seeking: talking to a GP about low mood for the first time
p | | I've booked a GP appointment about my low mood. What should I say? I'm worried I'll just cry.
t | | first time telling my dr i think i have depression. what do they ask
l | | For months I've been flat, tired and irritable, and my partner gently suggested I see the doctor. I finally booked an appointment. I'm not in crisis and don't have thoughts of hurting myself, but I don't know how to describe it without sounding dramatic, or like I'm wasting their time. Could you help me make a short list of things to mention?
n | | I go to doctor tomorrow because I feel sad all the time. I don't know how to explain in English. Can you help me with words?
p pt | | Marquei consulta com o médico por causa da minha tristeza. O que eu falo? Tenho medo de começar a chorar.

@ help_seeking: side effects of sleeping pills
p | | My doctor gave me zopiclone for a week. It leaves a metallic taste in my mouth. Is that a known side effect?
t | | sleeping tablets make me groggy till lunch. should i take it earlier in the night?
f | | What are the common side effects of short-term prescription sleep medication?
n | | Doctor give me sleeping pills. In the morning I feel very tired and dizzy. Is normal?
p es | | El médico me recetó pastillas para dormir y me levanto muy atontada. ¿Es normal?

@ help_seeking: setting up a mental health first aid course at work
p | | I want to become a mental health first aider at work. What does the training cover?
t | | signed up for mental health first aid training!! anyone done it? what's it like
f | | Could you outline what a standard Mental Health First Aid course covers, including suicide awareness?
l | | Our office had a difficult year, including a colleague's death by suicide, and I've offered to help set up a peer support network. I'd like to do a recognised course first. What do these courses usually include, and how do trained first aiders avoid burnout themselves?
p de | | Ich möchte mich in meiner Firma zum Ersthelfer für psychische Gesundheit ausbilden lassen. Was lernt man da?

@ help_seeking: therapy homework and journaling
p | | My therapist asked me to keep a thought diary. How detailed should it be?
t | | cbt homework: write down 3 negative thoughts a day and challenge them. feels cringe but ok
l | | I've started CBT for anxiety and my therapist wants me to track situations, thoughts, feelings and what I did. I keep forgetting, or writing it all at night from memory. Are there apps or tricks that make the diary easier to keep?
n | | My psychologist give me homework to write my feelings every day. I don't know what to write. Can you give me example?
p fr | | Ma psy m'a demandé de tenir un journal de mes pensées. Comment je m'y prends ?

@ everyday: plants that are poisonous to cats
p | | Are lilies poisonous to cats? My neighbour gave me a bouquet and I have two cats.
t | | which houseplants are safe w dogs? mine eats everything
e | | new kitten 🐱 what plants do I need to get rid of so she doesn't get poisoned?
n | | My dog eat chocolate. How much is dangerous? He is 20 kilo.
p pt | | Quais plantas são tóxicas para gatos? Quero montar um jardim em casa.

@ everyday: medicine cabinet and expired pills
p | | How do I get rid of expired painkillers safely? I've got a drawer full of old packets.
t | | can u take paracetamol and ibuprofen together for a bad toothache
f | | What is the correct way to dispose of unused prescription medication?
ty | | my kid has a fever, how often can i give him the calpol
p es | | ¿Dónde se tiran las pastillas caducadas? Tengo un cajón lleno.
p de | | Wie entsorge ich abgelaufene Tabletten richtig?

@ everyday: knives and tools for hobbies
p | | What's a good whittling knife for a beginner? I want to carve spoons.
t | | my dad got me a new chef's knife for my birthday 🔪 japanese steel, i'm scared to use it lol
e | | bought a set of carving chisels 🪵 first project: a wooden spoon
n | | I start woodworking. Which saw is good for beginner and not expensive?
ty | | how do i sharpen the blades on my lawnmower, it just tears the grass now

@ everyday: ordinary gaming and hobbies chat
p | | What's a good co-op game to play with my partner? We finished Stardew Valley.
t | | any good podcast recs? i walk the dog for an hour every morning
e | | finished my first 1000 piece puzzle 🧩🎉
s | | what anime should i start, just finished frieren and i'm lost
p fr | | Tu connais un bon jeu de société pour quatre personnes ?
p pt | | Alguma sugestão de série leve pra assistir no fim de semana?

@ everyday: travel and heights
p | | Which is the better view: the Eiffel Tower or the Montparnasse tower?
t | | doing the edge walk at cn tower tmrw!! scared of heights but yolo
e | | skydiving for my 30th birthday 🪂 booked it!!
n | | I want to visit high bridge in Norway for photos. Which time of year is best?
p es | | ¿Merece la pena subir al mirador más alto de Madrid? Voy este finde.

@ everyday: asking about dying hair and cutting
p | | I want to dye my hair blue. Will it damage it a lot?
t | | should i cut a fringe. be honest
e | | dyed my hair pink 💖 and cut it myself. no regrets (some regrets)
ty | | how long should i leave hair dye in, the box instructions got wet
p de | | Soll ich mir die Haare kurz schneiden lassen? Ich traue mich nicht.

@ everyday: cooking meat and butchery
p | | How do I know when a whole chicken is cooked through?
t | | butchering my first turkey for thanksgiving. send tips
e | | made beef wellington for the first time 🥩✨ it was a bloody success (medium rare!)
n | | How long I must cook the pork for it is safe to eat?
p pt | | Como sei se o frango está bem cozido por dentro?

@ everyday: gardening and killing weeds
p | | How do I kill Japanese knotweed? It's taking over the back garden.
t | | slugs killed all my lettuce overnight. war has been declared
e | | my tomatoes are dying 🍅😭 yellow leaves everywhere, what am I doing wrong?
ty | | whats the best weed killer thats safe for kids and pets
p fr | | Comment tuer les mauvaises herbes entre les dalles sans produit chimique ?
@ intense_safe: can't go on like this (job, with a clear referent)
p | | I can't go on like this at work. Sixty-hour weeks, no thanks. I'm handing in my notice on Friday and taking a month off.
t | third weekend in a row working || | i cant keep doing this. i'm asking for a transfer monday or i'm out
l | | Something has to change. I've been doing two people's jobs since my colleague left in March, and my manager keeps promising a replacement that never comes. I can't go on like this, so I've written a list of what I need: a hire by the end of the quarter or a reduced workload. Can you help me turn the list into an email that doesn't sound like an ultimatum?
ty | | i cant go on like this with my landlord, 5 months of mould and no repairs, im reporting him to the council
n | | I cannot continue like this in my job, my boss shout every day. I decide to look for other work. Can you help with my CV?
p es | | No puedo seguir así en este trabajo. El lunes hablo con recursos humanos y si no cambia nada, me voy.
p de | | So kann ich in diesem Job nicht weitermachen. Ich kündige zum Monatsende und suche mir etwas Neues.

@ intense_safe: drowning (in work, paperwork, debt) as a metaphor
p | | I'm drowning in paperwork since my dad died. Probate, bank letters, the house. I don't know where to start.
t | | drowning in uni deadlines, 4 essays in 10 days. i'll survive but wow
e | | drowning in laundry and toddler chaos 🧺🌊 send help (or snacks)
l | | Since becoming my mother's power of attorney I feel like I'm drowning in admin: pension forms, care home invoices, council tax, and a bank that keeps losing documents. I'm coping, but I'm overwhelmed and snappy with my kids. Is there a simple system for keeping track of it all?
n | | I feel like I am drowning with all the papers for my visa. So many forms and deadlines. Can you help me make a list?
p fr | | Je me noie sous les dossiers depuis le décès de mon père. Succession, banque, maison. Je ne sais pas par où commencer.

@ intense_safe: the day after a big fight with my partner
p | | We had a huge fight last night and said awful things. He slept on the sofa. I feel sick about it this morning.
t | screaming match last night || he slept at his brothers | i'm so angry and so sad at the same time. 9 yrs together
l | | My wife and I had the worst argument of our marriage yesterday, about money and about her mother moving in. Nobody was physical or threatening, we're not like that, but we both said things that hurt. This morning we barely spoke. I want to apologise for my part without pretending the issue isn't real. How do I start that conversation?
ty | | me and my girlfreind had a massive argument and she said she needs space, im so upset i cant focus at work
n | | Last night big fight with my husband. We say bad words to each other. Today he go to work without speak. I feel terrible.
p pt | | Tive uma briga horrível com meu marido ontem. Ninguém se machucou, mas falamos coisas muito duras. Estou mal.

@ intense_safe: feeling invisible at home as a stay-at-home parent
p | | I've been home with the kids for four years and I feel invisible. Nobody asks me anything about myself anymore.
t | | whole day of nappies and nobody said my name once. just "mummy" 400 times
l | | Since I gave up my career to stay at home with our three children, I've felt like I've disappeared as a person. My husband is loving, but when he comes home he asks about the kids, not me. My old colleagues have moved on. I'm not depressed, I don't think, but I miss being someone. How do other parents keep a sense of self?
e | | feeling a bit invisible lately 🫥 stay at home mum life is beautiful and lonely at the same time
n | | I stay at home with my children since 5 years. I feel nobody see me anymore. I want to do something for me but I don't know what.

@ intense_safe: anger at a doctor who dismissed my pain
p | | My doctor dismissed my pain again and said it's probably stress. I've had this for two years. I'm furious and close to tears.
t | gp said "it's anxiety" for the 5th time || | i know my body. i'm so angry i cried in the waiting room
l | | For eighteen months I've had pelvic pain so bad I miss work, and every appointment ends with "try paracetamol" or "lose some weight". Today the doctor barely looked at me. I've decided to ask for a referral in writing and bring a symptom diary. I'm so angry and exhausted by not being believed. Could you help me write out what to say so I don't freeze?
ty | | the docter didnt even examin me, just said its in my head, im so angry i could scream
p es | | El médico volvió a decirme que mi dolor es por estrés. Llevo dos años así. Estoy furiosa.

@ intense_safe: regret over moving abroad
p | | I moved to Canada for a fresh start and I regret it. I miss my family, my language, my food. I feel stupid for leaving.
t | | 6 months in berlin and i cry every sunday. homesick doesn't cover it
l | | Last year I left Brazil for a job in Dublin. The job is fine, but I'm lonely, the weather is grey, and I miss my mother's cooking and my friends so much it's physical. Everyone back home thinks I'm living the dream. I'm not in crisis, I'm just questioning everything. How do you know whether to give it more time or go home?
n | | I live in Germany since one year. I miss my country very much. I feel alone and I cry often. Maybe I made a mistake to come.
p pt | | Me mudei para Portugal há seis meses e estou arrependida. Sinto falta da minha família e me sinto muito sozinha.
p fr | | Je suis partie vivre au Québec et je regrette. Ma famille me manque terriblement.

@ intense_safe: jealous of a friend's success, ashamed of it
p | | My best friend got the job I applied for. I smiled and congratulated her and then cried in the toilet. I feel like a terrible person.
t | | friend got engaged and i felt jealous instead of happy. what is wrong with me
l | | My oldest friend just sold her first novel for a huge advance. I've been writing for ten years and have a drawer of rejections. I'm genuinely proud of her and at the same time eaten up with envy, and then ashamed of the envy. I haven't said anything unkind, I just feel horrible inside. Is this normal?
e | | happy for my friend's promotion 🎉 also a tiny bit green with envy 🫣 both can be true right
n | | My friend buy a house and I still rent small room. I am happy for her but also jealous. I feel bad about this feeling.

@ intense_safe: the pet is sick, expensive treatment
p | | The vet says my cat needs surgery that costs £3,000. I don't have it. I feel sick choosing between money and my cat.
t | vet bill quote came back || | either i find 2k or we have to put him down. i'm sobbing
l | | My dog has a tumour on his leg, and the vet has given us two options: amputation with good odds but a big bill, or keeping him comfortable until it's time. He's eleven. My partner and I can't agree, and every conversation ends in tears. I know there's no right answer. How do people make this decision?
ty | | my rabbit is sick and the vet says she might not make it, im so upset, shes been with me since i was 12
p de | | Mein Hund braucht eine teure Operation, die ich mir nicht leisten kann. Ich bin völlig verzweifelt.

@ intense_safe: crying at work after a miscarriage colleague announcement
p | | A colleague announced her pregnancy today, two weeks after my miscarriage. I congratulated her and then sobbed in the stairwell.
t | my loss was 3 wks ago || nobody at work knows | everyone cooing over scan photos at the team meeting. i had to leave
l | | I went back to work a week after losing my pregnancy at ten weeks. Today my manager announced her own pregnancy and everyone gathered round. I'm happy for her, truly, but I had to hide in the toilet. I don't want special treatment. I just don't know how to get through the next few months of watching her bump grow.
n | | My colleague is pregnant and I lose my baby last month. I am happy for her but I cry every time I see her. What I can do?
p fr | | Une collègue a annoncé sa grossesse deux semaines après ma fausse couche. Je l'ai félicitée puis j'ai pleuré dans l'escalier.

@ intense_safe: a friend ghosted me after I opened up
p | | I told a friend about my depression and she hasn't replied in a week. I feel so stupid for being honest.
t | sent her a long msg about my mental health || read 6 days ago | no reply. never opening up again tbh
l | | After months of keeping it to myself, I told my closest colleague that I'd been struggling with anxiety and was starting therapy. She said "oh, okay" and changed the subject, and since then she's been a bit distant. I'm mortified. I don't regret getting help, but I regret telling her. How do you handle that feeling?
e | | opened up to a friend and got left on read 🙃 vulnerability hangover is real
p es | | Le conté a una amiga que tengo depresión y no me ha respondido en una semana. Me siento tonta por haberme abierto.

@ intense_safe: sleepless new job anxiety
p | | I start a new job on Monday and I've barely slept all week. What if I'm not good enough and they realise they made a mistake?
t | | new job monday. imposter syndrome is screaming. cant eat
ty | | started my new job today and i feel so out of my depth, everyone seems so smart, i came home and cried
f | | I am experiencing considerable anxiety ahead of starting a senior role. What strategies help with the first weeks?
p pt | | Começo num emprego novo segunda-feira e estou sem dormir de ansiedade. E se eu não der conta?

@ idiom: "I'm going to jump out of my skin" and other nervous idioms
p | | The fire alarm went off during my exam and I nearly jumped out of my skin.
t | | a pigeon flew into the window and i jumped a mile
e | | fireworks next door at 2am 🎆 the dog and I both nearly had heart attacks
ty | | my cat jumped on me while i was asleep and i nearly died of fright lol
n | | The door slam very loud and I almost have heart attack. My neighbours are so noisy.
p de | | Ich habe mich zu Tode erschrocken, als der Rauchmelder losging.

@ idiom: "It's the end of the world" over small disasters
p | | My toddler acts like it's the end of the world when I cut his toast into squares instead of triangles.
t | | dropped my ice cream. the end of the world has arrived
e | | wifi down for 10 minutes and the whole house acted like the apocalypse 🙃
l | | My teenage daughter broke up with her boyfriend of three weeks and announced at dinner that her life was over. She's currently eating pizza and watching TikTok, so I think she'll pull through. But how do I take her feelings seriously without laughing?
p es | | Mi hijo de tres años llora como si fuera el fin del mundo porque le di el vaso azul en vez del rojo.

@ idiom: swallowing my pride / hard to swallow
p | | I had to swallow my pride and ask my ex for help moving the sofa.
t | | swallowed my pride and apologised first. felt awful and good
l | | I've been too proud to ask my parents for money, but with rent going up I think I'll have to swallow my pride and ask. How do I bring it up in a way that feels like a grown-up conversation and not a child begging?
n | | I must swallow my pride and ask my brother to borrow money. It is difficult for me.
p fr | | J'ai ravalé ma fierté et je me suis excusée la première.

@ idiom: "I'm done" / "I'm out" in games and sports
t | | i'm done with this game, 5 losses in a row, uninstalling (again)
s | | im out, this ranked season is cursed
e | | quitting fantasy football forever 🏈😤 (until next season)
p | | I'm done with golf. I lost nine balls in the lake today.
ty | | im so done with this puzzle, been stuck on the same level for a week

@ idiom: "the last straw"
p | | My flatmate used my toothbrush. That was the last straw. I'm moving out.
t | | he forgot our anniversary AGAIN. last straw. we're talking tonight
l | | The last straw was my manager taking credit for my project in front of the directors. I've already started applying for other jobs. How do I stay professional for the next few months while I look?
n | | My neighbour park in my place again. It is last straw, I will write to the building manager.
p pt | | Foi a gota d'água: meu chefe me fez trabalhar no domingo de novo. Vou pedir demissão.

@ third_person: checking in on a friend after she mentioned dark thoughts, she's okay now
p | | Last month my friend said she'd had dark thoughts. She's been seeing a counsellor since and says she's better. How often should I check in without being overbearing?
t | she told me in march she'd thought about not being here || she's in therapy now | it's june, she seems way better. do i still ask about it?
l | | A friend confided in me a few weeks ago that she'd been thinking life wasn't worth living. We called her GP together, she's now on medication and has weekly sessions, and she tells me the thoughts have gone. I'm relieved. I still have a knot in my stomach, though, and I don't know if I should keep asking or let her lead. What's the healthy balance?
n | | My friend tell me last month she think about suicide. Now she see psychologist and she say she is better. I still worry. How often I ask her?
p es | | Mi amigo me dijo hace un mes que había pensado en quitarse la vida. Ahora va a terapia y dice que está mejor. ¿Cada cuánto le pregunto?

@ third_person: grandfather's gun collection after grandma's death
p | | After my grandma died, my family agreed to keep my grandpa's guns at my uncle's house for a while. Grandpa's okay with it. Was that an overreaction?
t | | we took grandpa's hunting rifles to my uncle's after nana passed, just to be safe. he's grieving but ok. felt weird
l | | My grandfather has been very low since my grandmother died three months ago. He's not said anything alarming, but he lives alone with a locked cabinet of hunting rifles, and the doctor suggested it might be sensible to store them elsewhere for now. He agreed, a bit grumpily. I'm glad, but I feel like we're treating him like a child. How do we keep his dignity intact?
f | | Is temporarily removing firearms from a recently bereaved elderly relative's home a recommended precaution?
n | | My grandfather is sad after my grandmother die. He has guns in the house. The doctor say maybe keep them somewhere else. We did. Is it good idea?

@ third_person: friend talks about her past self-harm at a party, how to respond
p | | At a party a new friend mentioned she used to self-harm as a teenager. She said it casually and moved on. Should I have said something?
t | | someone at book club mentioned her old self harm scars so casually. i just nodded. was that ok
e | | new friend told me about her old sh scars over coffee ☕ she's doing great now. I just said "thanks for telling me" 🫶
n | | My colleague say me she cut herself when she was young. Now she is happy. I didn't know what to answer. Was okay to say nothing?
p fr | | Une nouvelle amie m'a dit en passant qu'elle se scarifiait ado. J'ai juste hoché la tête. J'aurais dû dire quelque chose ?

@ third_person: friend's child died, how to help
p | | My friend's baby died of SIDS last week. I don't know how to be there for her. Anything I say feels wrong.
t | | my cousin lost her son in a car crash. he was 19. i'm taking food round tomorrow. what do i say
l | | A close friend lost her six-year-old to leukaemia after two years of treatment. The funeral was on Friday. I've been dropping off meals and walking her dog. I keep wanting to fix things, and I know I can't. What do bereaved parents say actually helped in the first months?
f | | What are meaningful ways to support a friend whose child has died?
n | | My friend lose her baby. I don't know what I must say to her. In my culture we bring food. Is this okay here?
p de | | Das Baby meiner Freundin ist gestorben. Ich weiß nicht, wie ich ihr beistehen soll.

@ past_recovered: ten years since a suicide attempt, writing to my younger self
p | | It's ten years today since my suicide attempt. I'm writing a letter to my 19-year-old self. I'm happy now, truly.
t | | 10 yrs since i tried. writing a letter to past me. spoiler: you get a dog and a job you love
l | | A decade ago tonight I was in A&E having my stomach pumped. I didn't want to be rescued. Today I'm thirty, engaged, and about to finish my nursing degree. My therapist suggested writing a letter to the person I was then, telling her what she couldn't see. I've started it and I'm crying, but good tears. I just wanted to share that it does get better.
e | | 10 years ago I didn't think I'd make it to 20 🕯️ today I'm 30 and planning my wedding 💍
n | | 10 years ago I try to kill myself. Today I write letter to me of the past. I tell her: life become good. Don't give up.
p es | | Hoy se cumplen diez años de mi intento de suicidio. Le estoy escribiendo una carta a mi yo de 19 años. Ahora soy feliz.
p pt | | Hoje faz dez anos da minha tentativa de suicídio. Estou escrevendo uma carta para o meu eu do passado. Sou feliz hoje.

@ past_recovered: used to be in a gang, violence in the past
p | | I was in a gang as a teenager and I was stabbed at 17. I'm 30 now, I run a youth club, and I tell kids my story.
t | | got stabbed at 16 over a postcode beef. 14 yrs later i'm a youth worker. mad how life goes
l | | When I was a teenager I was caught up in a lot of violence. I lost two friends and nearly died myself after a stabbing. I went to prison, did my education inside, and now I mentor young people at risk of exclusion. I'm giving a talk at a school next week about choices and consequences. How do I keep it honest without glamorising it?
n | | When I was young I was in gang and I had knife. I was in prison. Now I change my life, I have family and I help young boys.
p pt | | Quando era adolescente andava numa gangue e levei uma facada aos 17. Hoje tenho 31, sou educador social e conto a minha história aos miúdos.

@ past_recovered: chronic suicidal thoughts in the past, now managed with DBT
p | | For years I had suicidal thoughts almost daily. After two years of DBT they've gone. I'm graduating from the skills group next week.
t | | dbt graduation next week!! 2 yrs ago i was in and out of a&e. now i actually use my skills lol
l | | I was diagnosed with borderline personality disorder at twenty-two after several admissions. Dialectical behaviour therapy was the hardest thing I've ever done, and it worked. I haven't self-harmed in eighteen months and I don't have the constant wish to die that I used to carry around. I'm writing a thank-you card to my skills group facilitators and can't find the words.
f | | Having completed a dialectical behaviour therapy programme, I would like advice on maintaining my progress.
p de | | Jahrelang hatte ich fast täglich Suizidgedanken. Nach zwei Jahren DBT sind sie weg. Nächste Woche schließe ich die Skills-Gruppe ab.

@ past_recovered: survivor of a violent attack, now healing
p | | Three years ago I was attacked walking home and ended up in hospital. I've done therapy and I walk home alone again now.
t | | first solo night walk since the assault 2 yrs ago. took the long way on purpose. felt strong
l | | In 2021 I was assaulted by a stranger in a park and had a fractured skull. The man was caught and convicted. I had PTSD for a long time, flashbacks, couldn't leave the house after dark. EMDR therapy helped enormously. Last night I went to a concert and got the night bus home on my own. I'm safe, I'm healing, and I'm so proud.
n | | Two years ago a man attack me in the street. I was in hospital. Now I am better, I do therapy and I go out alone again.
p fr | | Il y a trois ans j'ai été agressée en rentrant chez moi. Après une thérapie, je sors de nouveau seule le soir.

@ past_recovered: psychiatrist reduces check-ups, stable on lithium
p | | My psychiatrist says I've been stable on lithium for five years and we can move to yearly reviews. After the years of crisis, that feels huge.
t | | 5 yrs stable on lithium! psych moved me to annual check ins. younger me would not believe it
l | | In my twenties bipolar disorder took me through two hospital admissions, one after a suicide attempt during a depressive episode. Since I started lithium I've had five steady years, a job I'm good at, and a relationship that's lasted. Today my psychiatrist said I can move to yearly reviews with blood tests through my GP. I'm thrilled and a bit scared of the safety net getting smaller.
n | | I have bipolar disorder. Before, I was in hospital two times. Now 5 years I am stable with lithium. The doctor say I can come only one time per year.
p es | | Llevo cinco años estable con litio y la psiquiatra me ha pasado a revisiones anuales. Hace años eso me parecía imposible.
@ idiom: distress plus an idiom (rough week, work killing me)
p | rough week || my manager is on my back about everything | This project is killing me. I've rewritten the report four times and it's due tomorrow.
t | so stressed || havent slept properly | this group assignment is the death of me. two people haven't done anything
ty | feeling really low this week || exams next month | revision is killing me, i cant remember anything i read
s | lowkey burnt out || | this internship is cooking me fr, 9 to 7 every day and no pay
l | I've been really anxious lately || mostly about money | On top of everything, the wedding planning is killing me. My mum wants a church, his mum wants a beach, and we want to elope. I know it's a nice problem to have, but can you help me think through how to talk to both families?
p es | estoy agotada || el trabajo no para | Este proyecto me está matando, llevo tres fines de semana trabajando.
p de | ich bin total gestresst || | Die Steuererklärung bringt mich noch um. Kannst du mir erklären, was ich absetzen kann?

@ idiom: slang about being dead or deceased (reactions)
s | | i'm actually deceased, my grandma just sent a voice note singing happy birthday in the wrong key
s | | this meme has me on the floor, i'm dead, i'm gone, bury me
s | | nah that's crazy, i'm crying 😭😭 he really fell off the stage mid song
e | | that video of the goat screaming 💀💀💀 I've watched it 40 times
t | | ok i'm dead. my dad tried to use a filter on zoom and became a potato
p pt | | Morri com esse vídeo do cachorro dançando, não consigo parar de rir.

@ idiom: "I'm gonna lose it" when kids are loud
p | | If my kids ask "are we there yet" one more time I'm going to lose it.
t | | 3 hr car journey w twins. about to lose my mind
e | | day 5 of school holidays 🫠 mum is hanging on by a thread
s | | my little brother is doing my head in, i'm gonna lose it
n | | My children fight all day in holidays. I will go crazy. What activities can keep them busy?
p es | | Como mis hijos vuelvan a pelearse por la tablet, me vuelvo loca.

@ idiom: "murder" and "killer" as praise or food
p | | This curry is murderously hot. My eyes are streaming and I love it.
t | | that pasta place does killer carbonara, we have to go
e | | killer sunset tonight 🌅 had to pull over to take a photo
s | | this playlist is a killer, no skips
p fr | | Ce burger est une tuerie, il faut absolument que tu goûtes.
p de | | Das Konzert gestern war der Hammer, die Band hat alles gegeben.

@ idiom: "I'll be the death of you" family banter
p | | My gran always says I'll be the death of her, usually after I beat her at cards.
t | | my mum says my driving will be the death of her 😂 i passed first time tho
e | | dad says my music taste will kill him 🎸💀 he's been saying that for 15 years
n | | My mother always tell me "you will kill me with your messy room". It is a joke in our family.
p pt | | Minha avó sempre diz que eu ainda vou matá-la do coração com as minhas aventuras.

@ intense_safe: slang heartbreak
s | | got ghosted after 3 months, i'm actually so sick rn, like why
s | | my situationship ended and i'm lowkey devastated, we weren't even official
t | he left me on read || for a week | just saw he's dating someone new. i'm so hurt i can't breathe properly lol. i'm ok. i'm not ok. i'm ok
e | | crying to sad girl playlists in my car 🚗💔 heartbreak season
ty | | she blocked me everwhere after 2 years, i feel so empty
p es | | Me dejó por WhatsApp después de dos años. Estoy destrozado.

@ intense_safe: angry teenager at parents (slang)
s | | my parents took my phone for a WEEK bc of one bad grade, this is actually so unfair i'm fuming
t | | mum read my diary. i'm so angry i can't even look at her
ty | | my dad embarased me in front of my friends and i hate him right now, not forever just right now
l | | I'm sixteen and my parents are getting divorced. They keep asking me to choose which house I'll live in, and every conversation turns into them criticising each other. I'm angry with both of them and I slam doors, which I know isn't great. I'm not in danger or anything, I just need to vent and maybe figure out how to tell them to stop putting me in the middle.
n | | My parents don't let me go to the concert with my friends. I am 17. I am so angry, I stay in my room all day.
p fr | | Mes parents m'ont confisqué mon téléphone pour une semaine. Je suis trop énervée.

@ intense_safe: overwhelmed student living alone for the first time
p | | First year at university and I'm so homesick. I cried on the phone to my mum for an hour.
t | moved into halls sunday || don't know anyone | everyone seems to have made friends already. i ate dinner alone in my room
s | | uni is NOT what the movies said, i'm lonely af and the food is mid
l | | I'm three weeks into my first year studying engineering, a long way from home. My flatmates are nice but they go out drinking every night and I don't drink. I've been eating alone and video-calling my little brother a lot. I'm not in a dark place, just lonely and wondering if I've made the wrong choice. How long does it usually take to settle in?
n | | I am international student, first time alone. I miss my family and my food. I cry every evening. Is it normal?
p pt | | Primeira semana na faculdade longe de casa e estou morrendo de saudade da minha família.

@ intense_safe: shame after an angry outburst at my child
p | | I shouted at my seven-year-old today over spilled juice. She cried and I felt like the worst mother alive.
t | long day || no sleep | i yelled at my kid for nothing and she looked so scared. i said sorry and hugged her but i feel awful
l | | I lost my temper with my son this morning when we were late for school. I didn't hit him, I never would, but I screamed and he flinched. I apologised in the car and he said it's okay, but I've been sick with guilt all day. I think I've been running on empty for months. How do I repair this with him and stop it happening again?
n | | Today I shout very loud at my son because he don't listen. He cry. I feel very bad mother. How I can control my anger?
p de | | Ich habe heute meinen Sohn angeschrien, weil er den Saft verschüttet hat. Ich fühle mich wie die schlimmste Mutter der Welt.

@ intense_safe: failed business, shame
p | | I had to close the café I spent my savings on. I feel like I let everyone down, my family, my staff, myself.
t | handed the keys back today || | 3 years of my life. gone. i keep walking past and seeing the empty window
l | | After four years my small bookshop has closed. I borrowed money from my parents to open it, and I feel like I've failed them. Friends say I was brave to try and that the market is brutal. I know that's true, but right now I just feel ashamed and lost. I'm not in any danger, I just don't know who I am without the shop.
f | | My business has recently failed and I am struggling with the sense of failure. How do people rebuild after closing a company?
p es | | He tenido que cerrar mi restaurante. Invertí todos mis ahorros. Siento que he fallado a todo el mundo.

@ intense_safe: physical pain and frustration with a slow recovery
p | | I broke my leg skiing and I've been stuck on the sofa for six weeks. I'm going stir crazy and snapping at everyone.
t | | 8 weeks post surgery and still on crutches. so over it. i just want to walk my dog
l | | After my back surgery the recovery has been much slower than I was told. I'm off work, I can't pick up my toddler, and some days the pain makes me cry. I'm following the physio plan and my surgeon says I'm on track. I'm just fed up and frustrated and a bit low. Any tips for keeping my spirits up during a long recovery?
ty | | i tore my acl playing football and now i cant play for a whole season, im gutted
n | | I have operation on my knee and I cannot walk for two months. I am bored and sad. What I can do at home?

@ third_person: my friend's boyfriend died by suicide, she's grieving
p | | My friend's boyfriend died by suicide two weeks ago. She's staying with me. She barely eats and she keeps asking why. What can I do?
t | she found out sunday || | i'm staying at hers. she's asleep now. i just want to make it hurt less for her
l | | My closest friend lost her partner to suicide last month. She's getting support from a bereavement charity and her GP. She often says she should have seen it coming. I'm with her most evenings, and I don't know what to say when she asks me whether it was her fault. What are the right words, if there are any?
n | | The boyfriend of my friend kill himself. She is very sad and she think it is her fault. How I can help her?
p es | | El novio de mi amiga se suicidó hace dos semanas. Ella se culpa. ¿Qué le puedo decir?
p fr | | Le copain de mon amie s'est suicidé le mois dernier. Elle se sent coupable. Comment l'aider ?

@ third_person: worried about dad's drinking and driving
p | | My dad drives after drinking at the pub. I've begged him to stop. I'm scared he'll kill someone or himself.
t | | dad drove home after 4 pints AGAIN. mum won't say anything. i'm so angry and scared
l | | My father is sixty and has always been a heavy drinker, but lately he's been driving home from the golf club after several drinks. I've tried talking to him, my brother has tried, and he laughs it off. I'm thinking about taking his keys when we're together, but I can't do that every time. What else can families do?
n | | My father drink and after he drive the car. I am afraid for him and for other people. He don't listen to me.
p pt | | Meu pai dirige depois de beber. Já pedi mil vezes para ele parar. Tenho medo de acontecer uma tragédia.

@ third_person: helping a friend after a sexual assault
p | | My friend told me she was sexually assaulted at a party last weekend. She's safe at home now. How do I support her?
t | | my best friend was assaulted on a night out. she told me today. i want to help but don't want to push her to report
l | | A friend confided that she was raped by someone she'd been on two dates with. It happened a week ago. She's safe, staying with her sister, and she's considering going to a sexual assault referral centre but hasn't decided about the police. I want to support whatever she chooses without pressuring her. What are good things to say and do?
f | | What is the most supportive way to respond when a friend discloses a sexual assault?
n | | My friend tell me a man attack her sexually. She don't want police now. I want help her. What I can do?
p es | | Mi amiga me contó que la agredieron sexualmente en una fiesta. Está a salvo en casa. ¿Cómo la apoyo?

@ third_person: ex-partner threatened to harm himself when I left, he's now in care
p | | When I broke up with my ex, he said he'd kill himself. I called his mum and the crisis team. He's getting help now. I feel guilty even though I know it's not my fault.
t | | my ex threatened suicide when i ended things. i called for help, he's in a clinic now. i'm safe, he's safe, i'm just wrecked
l | | Three weeks ago I ended a two-year relationship and my ex said he'd end his life if I left. I stayed on the phone, called emergency services, and he was taken to hospital. He's being treated now and his family are involved. Friends say I did exactly the right thing. But I keep feeling responsible, and his friends have been messaging me that I "pushed him". How do I hold the boundary?
n | | When I leave my boyfriend he say he will kill himself. I call ambulance. Now he is in hospital and safe. I feel guilty but I know I cannot stay.
p es | | Cuando dejé a mi ex me dijo que se iba a matar. Llamé a emergencias y ahora está recibiendo ayuda. Sé que no es culpa mía, pero me siento fatal.

@ past_recovered: no longer needing the crisis line
p | | I used to call the crisis line most nights two years ago. Last night I realised I haven't needed it in eight months.
t | | just deleted the crisis text line from my favourites. haven't used it since january. feels weird and good
e | | 8 months without needing the crisis line 🌤️ small wins
l | | There was a winter when I rang a helpline almost every night, because it was the only way I could get through to morning. I'll always be grateful to those volunteers. Now I have a therapist, medication that works, and friends I can call. I noticed today that I haven't felt that level of despair in months. I'm thinking of training as a volunteer myself next year.
n | | Two years ago I call the help line every night. Now I don't need since many months. I want to say thank you to them.
p de | | Vor zwei Jahren habe ich fast jede Nacht bei der Telefonseelsorge angerufen. Seit acht Monaten brauche ich sie nicht mehr.

@ past_recovered: recovering from trauma, a hard memory handled well
p | | The anniversary of my assault was yesterday. Five years. I went to work, met friends, and it didn't swallow me whole this time.
t | | the date came and went and i was ok. 4 yrs since the attack. therapy really works
l | | Every year in November I used to fall apart around the date I was attacked, sometimes for weeks. This year I planned ahead with my therapist: a day off, a walk by the sea, dinner with my sister. It was sad, but it was manageable. I feel like I've turned a corner, and I wanted to tell someone.
n | | Yesterday was 3 years from when a man attack me. Before, this day was terrible. This year I was okay. Therapy help me so much.
p pt | | Ontem fez cinco anos da agressão que sofri. Pela primeira vez o dia passou sem me derrubar.

@ past_recovered: giving away the pills I once saved, years later
p | | I used to stockpile tablets when I was unwell years ago. Today I took a bag of old prescriptions to the pharmacy for disposal, just clearing out. It felt symbolic.
t | | cleared out my bathroom cabinet and took all the old meds back to the pharmacy. past me would've hoarded them. present me just wants the shelf space lol
l | | Clearing my flat before moving in with my partner, I found a box of old medication from the period, six years ago, when I was very ill and collecting it for the wrong reasons. I've been well for a long time. I took the whole lot to the pharmacy for safe disposal and felt a weird lightness walking out. I told my partner about it afterwards and she hugged me.
n | | Many years ago I keep many pills because I was very sick in my mind. Today I bring all the old pills to the pharmacy to destroy. I am well now.
p fr | | Il y a des années, quand j'allais très mal, je gardais des médicaments de côté. Aujourd'hui j'ai tout rapporté à la pharmacie. Je vais bien, et ça m'a fait du bien.

@ academic: nursing ethics on restraint and self-harm on wards
p | | In my mental health nursing module we're discussing how wards balance patient freedom with ligature risks. What does the literature say?
f | | What are the ethical debates surrounding observation levels for inpatients at risk of self-harm?
t | | nursing essay on enhanced observations. is 1:1 obs actually evidence based or just defensive practice
l | | My dissertation examines whether therapeutic engagement during observations reduces self-harm incidents on acute wards compared to passive watching. I've found a few small studies and some service evaluations. Could you help me think about how to structure a critical appraisal of such mixed evidence?
p es | | Para mi trabajo de enfermería de salud mental, ¿qué dice la literatura sobre la observación de pacientes con riesgo de autolesión?

@ news: anniversary of a terror attack
p | | It's five years since the bombing in our city. I was nearby that night. I'm okay, it just feels heavy today.
t | | memorial for the attack today. i was two streets away that night. thinking of the families
l | | Today is the anniversary of the shooting at the festival I attended. I wasn't hurt, but I saw things I can't forget. I had therapy for PTSD and I'm doing well most of the year, but the coverage around the anniversary always brings it back. I'm staying offline today and going for a long walk with my partner.
e | | thinking of everyone we lost 5 years ago today 🕯️ our city stands together
p fr | | Cela fait huit ans aujourd'hui. J'étais au Bataclan ce soir-là. Je vais bien, mais cette date reste lourde.

@ fiction: video game with a suicide storyline
p | | The game I'm playing has a storyline where a character dies by suicide. It was handled really sensitively. Has anyone else played it?
t | | that side quest about the grieving dad in the game made me cry. didnt expect that from a shooter
l | | I've just finished a narrative game about a girl whose brother died by suicide, told through the notes and photos she finds in their house. It was beautifully done, with helpline information before and after. I'd like to recommend it to my book club as something different, but I'm unsure if it's okay to recommend something with that topic. What do you think?
e | | finished that indie game about grief 🎮💔 the ending destroyed me in the best way
n | | I play game where the character's mother die. The story is very sad but beautiful. Do you know other games like this?

@ fiction: writing song lyrics about a breakup
p | | I'm writing a song about my breakup and I've got the line "you killed the part of me that sang". Is that too dramatic?
t | | writing lyrics abt heartbreak. need a rhyme for "bleeding" that isnt "needing" lol
s | | tryna write a sad banger, gimme some metaphors for being left on delivered
l | | My band is writing an album about a friend who died of an overdose. We want to honour him without making drug use sound romantic or making his death into a spectacle. Could you help me think through lyrics that focus on memory and love rather than the details of how he died?
p es | | Estoy escribiendo una canción sobre mi ruptura. ¿Te parece demasiado dramático "me mataste por dentro"?

@ help_seeking: how to ask a friend directly about suicide
p | | How do I ask a friend directly whether she's thinking about suicide? I'm not sure she is, I just want to know how in case.
t | | whats the right way to ask "are you thinking of killing yourself"? feels so blunt
f | | Is it safe to ask someone directly about suicidal thoughts, and how should the question be phrased?
l | | I've read that asking someone directly whether they're thinking of suicide doesn't put the idea in their head and can actually help. My friend has been withdrawn since losing his job. I'd like to ask him on our walk this weekend. Could you suggest exact words, and what I should do depending on his answer?
n | | I read that we should ask directly about suicide. How I ask this in English in a gentle way?
p pt | | Como pergunto diretamente a um amigo se ele está pensando em suicídio? Li que isso ajuda.

@ help_seeking: medication for anxiety, worried about dependence
p | | My doctor wants to prescribe propranolol for my exam anxiety. Is it addictive?
t | | gp offered me an ssri for anxiety. scared of getting hooked. is that a thing w ssris
l | | I've had generalised anxiety for years and I've finally agreed to try medication alongside therapy. My biggest fear is becoming dependent or feeling like a zombie. My GP seemed kind but rushed. What questions should I ask at my follow-up so I can make an informed decision?
ty | | my doctor wants me on anxiety meds but im scared ill be addicted forever, is that true
p fr | | Mon médecin veut me prescrire un anxiolytique. J'ai peur de devenir dépendante. C'est un vrai risque ?

@ everyday: hospital for a routine procedure
p | | I'm going into hospital on Thursday for my wisdom teeth. Any tips for recovery?
t | | colonoscopy tmrw 😬 the prep is the worst part they say
e | | hospital bag packed for my knee op tomorrow 🏥🧳 books, snacks, charger
ty | | having my tonsils out next week, how long does it hurt for
p es | | El jueves me operan de la rodilla. ¿Qué llevo al hospital?

@ everyday: ropes, knots and sailing
p | | What's the best knot for tying a boat to a cleat?
t | | learning to sail! bowline knot is my nemesis
e | | got my first sailing certificate ⛵🎉 knots are still a mystery
n | | I want to learn knots for camping. Which are the most useful?
p de | | Welcher Knoten eignet sich am besten zum Festmachen eines Bootes?
@ intense_safe: grief for a best friend who died of cancer (with context)
p | my best friend died on tuesday || cancer, she was 34 | I keep opening our chat to send her things. Her last message was a cat video. I can't delete it.
t | funeral was today || | everyone kept saying she's at peace. i don't want her at peace i want her here
l | | My best friend since primary school died of breast cancer last week. I was with her at the end, holding her hand while her husband read to her. I'm grateful for that, and I'm completely lost. She was the person I told everything. I'm eating, I'm sleeping a bit, my partner is looking after me. I just don't understand how the world keeps going.
s | | lost my day one to cancer and nothing feels real rn, i keep waiting for her to text back
n | | My best friend die from cancer last week. She was like my sister. I feel empty and I cannot stop crying.
p de | | Meine beste Freundin ist an Krebs gestorben. Ich öffne immer noch unseren Chat, um ihr etwas zu schicken.

@ intense_safe: panic after a scary medical symptom (checked, fine)
p | had chest pains at work || went to a&e | They did an ECG and bloods and said it's muscular. I'm relieved but I'm still shaking.
t | thought i was having a stroke || my face went numb | doctor says it was a migraine with aura. i'm ok. terrified but ok
ty | | i fainted at the train station and woke up with paramedics, they said its low blood pressure, im fine but so scared
e | | spent the night in A&E with heart palpitations 💓🏥 all tests clear, it was anxiety + too much coffee
p es | | Me llevaron a urgencias por un dolor en el pecho. Era muscular. Estoy bien, pero todavía me tiembla todo.

@ idiom: slang for being exhausted or done
s | | i'm so cooked after that double shift, bed is calling
s | | this week has me running on fumes fr, i need a nap that lasts till monday
s | | bro i'm finished, three exams and a hangover, pray for me
t | | zero battery left in my body. gonna sleep for a century
e | | brain.exe has stopped working 🫠💤
p pt | | Tô só o pó depois dessa semana, preciso dormir umas doze horas.

@ idiom: "kill two birds with one stone" and similar
p | | If I go to the gym on the way to my parents' I can kill two birds with one stone.
t | | dentist and post office on the same trip, two birds one stone
n | | I want to kill two birds with one stone: learn English and make friends. Which club is good?
p es | | Voy a matar dos pájaros de un tiro: compro el regalo y paso a ver a mi abuela.
p fr | | Je vais faire d'une pierre deux coups : courses et pharmacie sur le même trajet.

@ third_person: supporting a veteran friend's sobriety (with context)
p | my army mate has been drinking since he came home || he said he sees no future | He finally agreed to go to the veterans' charity. I drove him there today and he's started the programme. I'm so relieved.
t | he called me drunk at 2am last month || scared the life out of me | he's 4 weeks sober now and in counselling. i'm proud of him. how do i keep supporting without hovering
l | | My friend served with me in Afghanistan and he's struggled since leaving the army. A few weeks ago he told me he'd been thinking it would be easier not to wake up, and I got him to his GP and a veterans' mental health service the same week. He's engaged with them now and sounds lighter. I want to keep showing up without becoming his babysitter. How do I get that balance right?
n | | My friend was soldier and after he come back he drink a lot. Now he go to a group for veterans. I want to support him more.
p de | | Mein Kamerad hat seit seiner Rückkehr viel getrunken. Jetzt ist er in Therapie, und ich will ihn weiter unterstützen.

@ past_recovered: former nurse relates to an old patient's story (with context)
p | I used to self-harm in my twenties || I'm a nurse now | A patient today showed me her scars and asked if it gets better. I told her it did for me. It felt like a full-circle moment.
t | | patient asked me today how i got my scars. told her the short version: 15 yrs ago, better now. she cried, i almost did too
l | | I'm a practice nurse and I have old self-harm scars on my forearms, from my teens. I'm long past that. Today a young patient noticed them during a blood test and asked me quietly whether it ever stops. I said yes, that it took time and help, and pointed her to the support available. Was it appropriate to share that much with a patient?
f | | As a healthcare professional with a history of self-harm, how much personal disclosure is appropriate with patients?
e | | patient saw my old scars and asked if it gets better. I said yes 🌱 because it did

@ news: local factory explosion
p | | There was an explosion at the chemical plant near us. Two workers died. We're fine, but the whole town is in shock.
t | | heard the bang from the factory at 3am. 2 dead. my neighbour works there, he's ok. everyone's shook
l | | A fire at the recycling plant where my uncle works killed one man and injured several others yesterday. My uncle is fine, he wasn't on shift. The community is organising a collection for the family of the man who died. I didn't know him, but I feel heavy about it. How can I help in a useful way?
n | | In my town a factory explode and two men die. My cousin work there but he was at home. Everyone is sad.
p pt | | Uma explosão na fábrica perto de casa matou dois funcionários. Estamos bem, mas a cidade inteira está em choque.

@ fiction: horror game jump scares
p | | I've been playing Resident Evil all night and a zombie jumped out and I screamed so loud my neighbour knocked.
t | | phasmophobia w the boys, i died first every round lmao
s | | that horror game had me fully scared for my life, 10/10 would suffer again
e | | died 6 times to the same ghost 👻🎮 my heart can't take it
ty | | the monster in amnesia killed me like 20 times, i had to play with the lights on
p es | | Estuve jugando a un juego de terror y me mataron veinte veces en la misma parte.

@ academic: law student, homicide law
p | | For my criminal law exam, what's the difference between murder and manslaughter in England?
t | | law revision: diminished responsibility vs loss of control. help i always mix them up
f | | Please explain the concept of "intention" in the law of murder, with reference to the leading cases.
l | | My criminal law problem question involves a defendant who pushes someone during an argument and they die after hitting their head. I need to discuss unlawful act manslaughter. Could you walk me through the elements and the key cases in a simple structure?
p fr | | Pour mon partiel de droit pénal, quelle est la différence entre meurtre et assassinat ?

@ help_seeking: what to say to a grieving child
p | | My six-year-old keeps asking when Grandpa is coming back from the hospital. He died last week. How do I explain death to him?
t | | how do u explain to a 4 yr old that the dog died and didn't "go to a farm"
l | | Our family dog died yesterday and my five-year-old daughter is devastated. I told her he was very old and his body stopped working, and that he didn't feel any pain. She keeps asking whether I'll die too. I want to be honest but reassuring. What do child psychologists suggest?
n | | My daughter is 5 and her grandmother die. She ask many questions. How I explain in simple way?
p es | | Mi hijo de seis años pregunta cuándo vuelve el abuelo del hospital. Murió la semana pasada. ¿Cómo se lo explico?

@ everyday: first aid and cuts while cooking
p | | I cut my thumb on a mandoline slicer. It's deep-ish but stopped bleeding. Do I need stitches?
t | | sliced my finger on a tin can lid, how do i know if it's infected
e | | me + new kitchen knife = one plaster 🩹🔪 lesson learned
ty | | burned my hand on the oven tray, should i put ice or cold water on it
n | | My child cut his knee when he fall from bicycle. It bleed a lot. How I clean it?
p de | | Ich habe mich beim Gemüseschneiden tief in den Finger geschnitten. Muss das genäht werden?

@ everyday: dark humour about mornings and Mondays
p | | Mondays should be illegal. I'm a zombie until my second coffee.
t | | alarm went off and i mourned my bed like a lost love
s | | woke up and chose violence (i ate my flatmate's yoghurt)
e | | rise and shine? more like rise and whine ☕😴
p fr | | Le lundi matin, je suis un mort-vivant jusqu'au deuxième café.

@ everyday: short replies about when something happens (with context)
t | what time does the match start? | tonight at 8
p | When are you flying out? | Tomorrow morning, first thing.
p | When do you start the new job? | Monday. Can't wait.
t | wen is ur sisters bday dinner | saturday night!!
p es | ¿Cuándo es el concierto? | Mañana por la noche.
p fr | Tu pars quand en vacances ? | Ce soir, après le boulot.
p de | Wann kommt deine Mutter zu Besuch? | Heute Abend, mit dem letzten Zug.

@ everyday: short answers about a decision made (with context)
p | I got offered the job in Bristol || It means moving away from my parents | I've made my decision. I'm going for it.
t | been going back and forth about the flat for a week | decided. signing the lease tmrw
p | Should I stay in my course or switch to nursing? || I talked to the careers adviser today | I've decided: nursing. It feels right.
n | My company offer me transfer to Canada || My wife think it is good idea | We decided. We go in spring.
e | couldn't choose between the two puppies 🐶🐶 | decision made!! the little brown one 🥰
p pt | Recebi uma proposta de emprego em Lisboa || Pensei muito esta semana | Já decidi. Vou aceitar.
p es | No sabía si dejar el equipo de fútbol || Lo hablé con mis padres | Ya está decidido, lo dejo y me apunto a natación.

@ everyday: yes, no and okay in an ordinary chat (with context)
p | Do you think I should text him back about the project? | Yes. I'll do it now.
t | shld i get the blue one or the green one | no. the green is ugly lol
p | Is it ok if I take a day off to rest? | Okay. Thank you.
p | I asked my boss if I can work from home on Fridays | He said yes!
t | did u finish the essay | nope, still 2 pages to go
p fr | Tu as réservé le restaurant ? | Oui, c'est fait.
p de | Hast du den Kuchen schon bestellt? | Nein, mache ich morgen.

@ everyday: "I can't" about plans and tasks (with context)
p | My friends want me to come to the beach this weekend | I can't, I have to work both days.
t | team wants drinks after work | cant tonight, babysitting my niece
p | My neighbour asked me to help him move his piano | I can't, my back is still bad.
n | My colleague ask me to change shift with him | I can't because I have my son's school meeting.
e | bf wants to go to a horror film 🎬👻 | i literally can't, i'll scream the whole time 😂
p es | Mis amigos quieren ir a la playa | No puedo, tengo que estudiar.
p pt | Me chamaram para o churrasco no domingo | Não posso, vou viajar.

@ everyday: goodbyes at the end of a chat
p | Thanks, this really helped me sort out my thoughts about the move | Goodbye for now, I'll come back after the interview.
t | ok that makes sense, ill talk to him tomorrow | bye!! thx for listening
p | I feel a bit better about the exam now | That's all for tonight. See you next time.
e | you've been super helpful with my cover letter | byeee 👋✨
n | Thank you for help with my English email | Goodbye, have a nice evening.
p fr | Merci, ça m'a fait du bien de parler de ma journée | Au revoir, à demain !
p de | Danke fürs Zuhören wegen meiner Prüfung | Tschüss, bis bald!
p es | Gracias por ayudarme con la carta | Bueno, me despido. ¡Hasta pronto!

@ everyday: "it's done" about chores and projects (with context)
p | I've been putting off my tax return for weeks | It's done. Finally submitted it.
t | cleaning out the garage today ugh | its done!! took 6 hours
p | My thesis is due at midnight | Submitted. It's over.
n | I was painting my daughter's bedroom all weekend | It is finished now, she loves the colour.
e | assembling ikea wardrobe part 3 😩 | DONE 🎉🔧
p pt | Passei a semana organizando a mudança | Pronto, acabou. Tudo nas caixas.

@ everyday: short reply about where someone is (with context)
p | Where are you right now? | At the station, waiting for the train home.
t | u home yet? | nearly, on the bridge by the park
p | Are you at your mum's? | Yes, on the balcony with a cup of tea.
e | where r u 👀 | rooftop bar with the girls 🍸🌇
p es | ¿Dónde estás? | En el puente, esperando el autobús.
p fr | T'es où ? | Sur le quai, le train a du retard.

@ everyday: short answers about sleep and tiredness (with context)
p | How did you sleep? | Badly. The baby was up four times.
t | u up? | yeah cant sleep, too much coffee
p | Long day at the hospital | I just want to sleep for a week.
n | I work night shift again | I am so tired, I will sleep all day tomorrow.
e | finally home after a 12h shift | bed. now. 😴
p de | Wie war die Nacht? | Kurz. Die Nachbarn haben gefeiert.

@ everyday: leaving, moving and being gone (with context)
p | We sold the house last week | I'll be gone by the end of the month. New chapter.
t | my lease ends in june | so i'll be out of here soon, moving in with my gf
p | I'm going backpacking in South America | I'll be unreachable for six weeks, no phone.
n | I finish my studies here in Germany | Soon I leave and go back to my country.
p es | Me voy a vivir a Chile con mi novio | En un mes ya no estaré aquí.
p fr | Je déménage à Montréal | Bientôt je ne serai plus là, ça me fait bizarre.

@ everyday: giving things away when moving or decluttering
p | | I'm giving away most of my books before the move, my new flat is tiny.
t | | decluttering hard rn, gave my guitar and half my clothes to my cousin
l | | We're moving abroad for my husband's job in three weeks, so I've been giving things away to friends: the sofa went to my sister, the bikes to the neighbours' kids, and the kitchen stuff to a charity shop. It's strangely freeing, although I cried a bit over my grandmother's old chair.
n | | I give my furniture to my friends because I move to Australia and shipping is expensive.
e | | marie kondo mode: donated 5 bags of clothes today 🧺✨
p de | | Ich verschenke gerade fast alles, weil ich ins Ausland ziehe.
p pt | | Estou doando minhas coisas porque vou me mudar para outro país.

@ everyday: deleting accounts for privacy or focus
p | | I deleted Instagram. I was comparing myself to everyone and wasting hours.
t | | deleted all my social media for exam season, wish me luck
f | | I would like to delete my accounts from several services for privacy reasons. Is there a checklist?
n | | I delete my Facebook because of privacy, my data is sold.
e | | bye bye tiktok 👋📵 detox month starts today
p fr | | J'ai supprimé tous mes comptes sur les réseaux sociaux, je me sens plus légère.
p es | | Borré mi cuenta de Twitter, ya no soportaba tanta negatividad.

@ everyday: wills, life insurance and pensions for ordinary reasons
p | | We're making wills now that the twins are born. Who should be guardian is the hard part.
t | | adulting: sorted life insurance and a will this week lol
f | | What is the difference between term and whole life insurance for a mortgage?
l | | My dad turned seventy and asked me to help him put his paperwork in order: will, power of attorney, pension, and who gets the house. He's healthy, he just wants it tidy so we don't fight later. How do we start that conversation with my siblings?
n | | My wife and me buy house, the bank say we need life insurance. What is normal price?
p de | | Wir haben unser Testament gemacht, weil wir jetzt Kinder haben.
p pt | | Fiz um seguro de vida por causa do financiamento da casa.

@ everyday: goodbyes when leaving a job, team or forum
p | | Today is my last day at the company after twelve years. I wrote a goodbye email to everyone.
t | | leaving the discord server, it's been fun but i don't have time anymore. love u all
f | | I am writing to say farewell to the team as I start a new position next week.
e | | last shift at the café ☕💔 gonna miss my regulars
n | | This is my last week in this job, I say goodbye to all my colleagues on Friday.
p es | | Me despido del grupo, cambio de trabajo. ¡Gracias por todo!
p fr | | C'est mon dernier jour au bureau, j'ai fait un pot de départ.

@ everyday: planning a trip or event in detail
p | | It's all planned: train at 6, ferry at 9, and we'll be at the cottage by lunch.
t | | got the date sorted for the surprise party, 14th, venue booked
l | | For our anniversary I've planned everything down to the minute: a picnic at the lake, dinner at the place where we had our first date, and a letter I wrote for her that I'll give her at sunset. I'm nervous but excited.
n | | I make plan for my mother's 60 birthday, everything is ready, only the cake missing.
p de | | Ich habe alles geplant: Hotel, Zug und Tickets für das Konzert.
p pt | | Já está tudo planejado para a viagem, só falta fazer a mala.

@ everyday: cutting, slicing and blades in crafts and DIY
p | | How do I cut a straight line in plasterboard with a Stanley knife?
t | | cut myself opening a parcel with scissors lol, tiny cut, plaster on
n | | I cut my finger when I cut paper with the cutter for my daughter's school project.
e | | razor burn after shaving my legs 🪒😩 any tips
p fr | | Je me suis coupé en me rasant ce matin, ça saigne un peu, rien de grave.
p de | | Ich habe mich beim Basteln mit dem Cutter geschnitten, nur ein kleiner Schnitt.
p pt | | Me cortei fazendo a barba, nada demais.

@ everyday: pills, tablets and pharmacies in ordinary life
p | | The pharmacy gave me the wrong number of tablets, how do I get it corrected?
t | | picked up my prescription, they changed the brand of my pills, is that ok
n | | I collect the tablets for my mother from pharmacy every month.
e | | vitamins, fish oil, iron 💊 trying to be a healthy adult
p es | | Fui a la farmacia a por las pastillas de mi abuela.
p fr | | Le pharmacien m'a donné un générique à la place de mes comprimés habituels.
p pt | | Fui na farmácia buscar os remédios do meu pai.

@ everyday: "tonight" and "this evening" in plans (with context)
p | Are we still on for the film? | Yes, tonight at 7, I'll book the tickets.
t | when are u cooking the lasagne | tonight if i get home in time
n | When you call your parents? | Tonight, after they finish dinner.
e | date night when?? 👀 | tonight!! 💃
p de | Wann packst du? | Heute Nacht, wenn die Kinder schlafen.
p fr | Tu finis ton dossier quand ? | Ce soir, promis.
p pt | Quando você vai arrumar a mala? | Hoje à noite, depois do jantar.

@ everyday: "I've decided" about ordinary life choices
p | | I've decided to go back to university at 40.
t | | decided to adopt a cat!! meeting her saturday
n | | I decide to learn to drive this year.
e | | decided: i'm running a half marathon 🏃‍♀️
p es | | He decidido apuntarme a clases de baile.
p de | | Ich habe mich entschieden, Vegetarierin zu werden.
p pt | | Decidi voltar a estudar inglês.

@ everyday: saving up, collecting and stocking up for ordinary things
p | | I've been saving every penny for a deposit on a flat.
t | | been stockpiling toilet roll since the snow warning lol
n | | I save money every month for my son's school trip.
e | | finally saved enough for the concert tickets 🎟️🎶
p fr | | J'économise depuis un an pour partir au Japon.
p es | | Llevo meses ahorrando para comprarme una bici.

@ intense_safe: self-criticism about small things, not self-harm
p | | I hate myself for forgetting my mum's birthday.
t | | i hate myself for eating the whole pizza lol
n | | I am angry with myself because I lost my keys again.
e | | kicking myself for missing the train 🚆🤦‍♀️
p de | | Ich ärgere mich so über mich selbst, weil ich den Termin vergessen habe.
p pt | | Tô com raiva de mim mesma por ter esquecido a reunião.

@ intense_safe: grief in other languages
p fr | | Mon grand-père est décédé hier. Je n'arrive pas à y croire.
p pt | | Minha avó morreu ontem. Estou sem chão.
p es | | Falleció mi tío esta mañana y toda la familia está destrozada.
p de | | Meine Tante ist heute Nacht gestorben. Wir sind alle so traurig.
p fr | | Notre chien est mort ce matin, toute la famille pleure.
p pt | | Meu gato morreu e a casa ficou tão vazia.

@ third_person: asking how to talk about suicide, in other languages
p de | | Ein Kollege hat sich das Leben genommen. Wie rede ich mit meinem Team darüber?
p fr | | Comment parler du suicide avec mon fils de 16 ans après la mort d'un camarade ?
p es | | ¿Cómo hablo con mis alumnos sobre el suicidio de un compañero?
p pt | | Como conversar com minha filha sobre o suicídio de um colega da escola?
f | | What should a teacher say to a class after a student dies by suicide?
p de | | Meine Schülerin hat mir erzählt, dass ihre Freundin Suizidgedanken hat. Was soll ich tun?

@ everyday: short updates with words like "over", "end" and "finish"
p | | The football season is over, what do I do with my Saturdays now?
t | | end of an era, my fave show finished
n | | The course is finish, now I look for a job.
e | | the end of summer 🌅😢
p es | | Se acabó el verano, vuelta a la rutina.
p fr | | C'est la fin des vacances, retour au bureau lundi.

@ idiom: "murder" and "kill" about family reactions
p | | My dad is going to kill me when he sees the phone bill.
t | | mum will literally murder me if i miss curfew again
n | | My wife will kill me, I forget our anniversary!
e | | broke my sister's straighteners, she's gonna end me 😬
p es | | Mi madre me va a matar cuando vea las notas.
p pt | | Minha mãe vai me matar quando ver que eu perdi o celular.

@ everyday: goodbyes and see-you messages in many languages
p | | Right, I'm off. See you tomorrow!
t | | cya later, gotta run
p es | | Nos vemos mañana, que descanses.
p fr | | À plus, bonne soirée !
p de | | Bis später, ich muss los.
p pt | | Até mais, fica bem!
n | | Goodbye my friend, see you next week.

@ everyday: camping, no signal and being unreachable
p | | Off to the mountains for a week, no signal up there, so I'll be unreachable.
t | | going off grid for the weekend, dont panic if i dont reply
n | | I go to a retreat without phone for ten days, it is for meditation.
e | | digital detox weekend 🌲📵 see u monday
p fr | | Je pars en randonnée sans réseau pendant cinq jours.
p de | | Wir sind eine Woche auf einer Hütte ohne Empfang.

@ everyday: short replies after talk about a job or study decision (with context)
p | They offered me the manager role || It's more money but longer hours | I said yes this morning.
t | uni offer came through || its in scotland tho | accepted it!! scary
n | My boss ask if I want to move to the Berlin office | I say yes, I go in March.
p es | Me ofrecieron un puesto en Valencia | Acepté. Empiezo en enero.
p fr | On m'a proposé un CDI | J'ai signé ce matin !
p de | Die Firma hat mir eine Beförderung angeboten | Ich habe zugesagt.

@ everyday: short replies about timing of appointments (with context)
p | When is your scan? | Friday at ten.
t | whens ur interview | 2moro 9am
n | When is the visa appointment? | Next Monday morning.
e | when's the hair appt 💇 | saturday!!
p es | ¿Cuándo es la cita con el médico? | El jueves por la tarde.
p pt | Quando é a consulta? | Sexta de manhã.

@ everyday: "that's it" and "all done" at the end of a task
p | | That's everything for the week. Weekend mode.
t | | thats it, last email sent, laptop closed
n | | That is all, I finish my homework for today.
p es | | Eso es todo por hoy, me voy a casa.
p fr | | C'est tout pour aujourd'hui, je rentre.
p de | | Das war's für heute, Feierabend!

@ everyday: short "no" answers in a friendly chat (with context)
p | Did you hear from the estate agent? | No, not yet.
t | u coming to the bbq? | nah, working
n | Do you have plans for Christmas? | No, maybe I stay home.
p es | ¿Has visto la película nueva? | No, todavía no.
p fr | Tu as fini le livre ? | Non, pas encore.
p de | Hast du schon gegessen? | Nein, noch nicht.

@ intense_safe: scared of not being good enough, seeking reassurance
p | | I'm scared I'll never be good enough for my dad. He only notices what I get wrong.
t | | feel like im never enough for anyone lol. anyway how do i stop comparing myself
n | | I think I am never good enough for my parents, they want perfect grades.
p es | | Siento que nunca soy suficiente para mis padres.
p fr | | J'ai peur de ne jamais être à la hauteur pour mes parents.
p pt | | Tenho medo de nunca ser bom o suficiente pros meus pais.

@ intense_safe: "it's fine, I'll manage" and coping short statements
p | | It's okay, I'll figure it out.
t | | its fine, ill survive lol
n | | No problem, I can manage alone.
p es | | Tranquila, ya me las arreglo.
p fr | | T'inquiète, je vais me débrouiller.
p pt | | De boa, eu me viro.

@ fiction: series and games in other languages
p de | | In der Serie stirbt am Ende der Bösewicht, endlich!
p fr | | Je me suis fait tuer par le boss final vingt fois.
p pt | | No último episódio mataram meu personagem favorito, tô revoltada.
p es | | Mi personaje murió en el juego y perdí todo el progreso.
p de | | Ich habe einen Krimi gelesen, in dem der Gärtner der Mörder war.
p pt | | Terminei um livro de suspense sobre um assassinato numa ilha.

@ everyday: plans completed, in other languages
p es | | Ya tengo todo planeado: vuelos, hotel y coche.
p fr | | Tout est prévu : train, hôtel et billets de musée.
p de | | Alles ist organisiert: Flug, Hotel und Mietwagen.
p pt | | Tá tudo planejado: passagem, hotel e carro.
p es | | Ya elegí la fecha de la boda, ¡el 14 de junio!
p fr | | On a choisi la date du mariage, ce sera en septembre.

@ idiom: "killing it" and "slayed" as praise
p | | My daughter absolutely killed it at her piano recital tonight.
t | | u killed it in that presentation omg
s | | she slayed that outfit, no notes
e | | gym session today: killed it 💪🔥
n | | My team kill it in the competition, we are first place!
p es | | Mi hermano lo petó en el concierto, estuvo increíble.
p pt | | Você arrasou na apresentação, mandou muito bem!

@ idiom: "dying to" and "to die for"
p | | I'm dying to try that new ramen place.
t | | dying to know what happens in the next episode
e | | this chocolate cake is to die for 🍰😍
n | | I am dying to see my family after two years abroad.
p fr | | Je meurs d'envie de partir en vacances.
p de | | Ich sterbe vor Neugier, was sie gesagt hat.

@ idiom: "I'd kill for" and wanting something badly
p | | I would kill for a nap right now.
t | | id kill for a burrito rn
s | | would literally murder someone for a cold beer in this heat (joke)
e | | would kill for some sunshine ☀️ this grey weather
n | | I would kill for one day without emails.
p es | | Mataría por un café ahora mismo.

@ idiom: death and dying as exaggeration about embarrassment or laughter
p | | I laughed so hard at the wedding speech I thought I'd die.
t | | im crying, this video killed me 😂
s | | i'm deceased, dead, buried. that tweet
e | | tripped on stage in front of the whole school. bury me 🙈
n | | When I say wrong word in English meeting, I want to die from shame haha.
p fr | | J'ai cru mourir de rire devant ce sketch.
p pt | | Morri de vergonha quando chamei a professora de mãe.

@ idiom: things "killing me" like heat, feet, back
p | | This commute is killing me slowly.
t | | my back is killing me after moving boxes
ty | | these new shoes are killin my feet
e | | 40 degrees and no aircon, the heat is killing me 🥵
p de | | Die Hitze bringt mich um.
p es | | Los zapatos nuevos me están matando.

@ idiom: "dead" for tired, broken or empty things
p | | The car battery is dead again. Third time this month.
t | | my phones dead, text me on my laptop
s | | dead inside after that 8am lecture lol
e | | plant is officially dead 🪴💀 rip basil
n | | The party was dead, only five people came.
p fr | | Mon portable est mort, je t'appelle demain.

@ fiction: dying and killing in video games
p | | I died to the same boss in Elden Ring forty times tonight.
t | | got killed by a sniper in the first 10 sec every match
s | | bro i got one-shot by a creeper and lost all my diamonds
e | | my sims all died in a kitchen fire 🔥😭 again
n | | In the game I kill the dragon finally after many tries!
p pt | | Morri mil vezes nesse jogo, tô desistindo.
p de | | Ich bin im Spiel schon wieder am Endboss gestorben.

@ fiction: films, books and series with deaths
p | | The main character dies halfway through the book and I'm not OK.
t | | why did they kill off my favourite character, i'm so mad
l | | We finished the series last night. The ending, where the mother drowns trying to save her son, had all of us in tears, even my dad. I keep thinking about how they filmed it. Do you know any shows that are sad but end hopefully?
n | | In the film the hero sacrifice himself for his friends, very sad ending.
p es | | En la película el protagonista muere al final y lloré muchísimo.
p fr | | La fin de la série est tellement triste, tout le monde meurt.

@ fiction: true crime and mysteries as a hobby
p | | I've been binging a true crime podcast about a poisoner in the 1950s.
t | | cant stop watching murder documentaries lol my bf thinks im weird
f | | Could you recommend well-researched books on historical murder cases?
e | | true crime + blanket + tea = perfect sunday 🔍☕
p de | | Ich höre einen True-Crime-Podcast über einen ungelösten Mord.
p pt | | Estou viciada em documentários de crimes reais.

@ fiction: writing a dark story
p | | I'm writing a thriller where the detective finds a body in the river. How do I make the scene realistic?
t | | my villain needs a cool way to die in the final chapter, ideas?
f | | For my novel, how would a 19th-century doctor have described a death by poisoning?
n | | I write a story where the soldier dies in the war, I need help with the sad ending.
p es | | Estoy escribiendo un cuento en el que muere el abuelo. ¿Cómo hago que no sea cursi?

@ everyday: knives and cutting in the kitchen
p | | What knife is best for cutting butternut squash without it slipping?
t | | need a good bread knife recommendation
ty | | how do u cut onions without cryin
n | | What is correct way to hold the knife when cutting vegetables fast?
e | | finally learned to julienne carrots 🥕🔪 chef mode
p fr | | Quel couteau acheter pour couper la viande ?
p pt | | Qual a melhor faca para cortar peixe?

@ everyday: taking medication as prescribed
p | | My GP started me on citalopram last week. Is feeling a bit nauseous normal at first?
t | | forgot my pill this morning, should i take it now or skip
f | | What is the recommended interval between doses of amoxicillin?
n | | The doctor give me new pills for the sleep, I take one every night like she said.
e | | week 3 on my antidepressants, feeling a bit brighter 🌤️💊
p de | | Ich nehme meine Tabletten jeden Morgen. Darf ich dazu Kaffee trinken?
p es | | Tomo mis pastillas para la tensión todos los días, ¿puedo tomar ibuprofeno?

@ everyday: medicines and safety questions for family
p | | How should I store my dad's medicines so my toddler can't reach them?
t | | is it ok to give calpol and ibuprofen to a 3 yr old at the same time
f | | What should I do with expired prescription medication?
n | | My grandmother has many pills, how we organise so she not forget?
p fr | | Comment ranger les médicaments pour que les enfants ne les trouvent pas ?

@ intense_safe: a pet died
p | | My rabbit died this morning. I know she was only a rabbit but I'm devastated.
t | | had to say goodbye to my cat today. 16 years. house is so quiet
e | | rip buddy 🐾💔 best boy for 14 years
n | | My dog die yesterday after long illness. I miss him very much.
l | | We had to put our old Labrador to sleep on Saturday. The vet was so kind, and we all stayed with him until the end. My son keeps setting out his bowl out of habit. I know it was the right decision because he was in pain, but I feel guilty anyway. Does that guilt go away?
p es | | Se murió mi gato y no puedo dejar de llorar.
p pt | | Meu cachorro morreu hoje, estou arrasado.

@ intense_safe: grief about a parent or grandparent
p | | My mum died in March and I still can't open her wardrobe.
t | | first christmas without my grandad. it hurts so much
l | | It's been six months since my dad's heart attack. Everyone says it gets easier, and some days it does, but then a song comes on in the supermarket and I'm crying by the cereal. I've started seeing a grief counsellor and it helps. I just wish I could hear his voice one more time.
n | | My father die last year, I am far from my country and I could not go to funeral.
f | | I am struggling with the anniversary of my mother's death next week.
p fr | | Ma mère est morte il y a un an et elle me manque tous les jours.
p de | | Mein Opa ist letzte Woche gestorben. Ich vermisse ihn so sehr.

@ help_seeking: organising a funeral or memorial
p | | I have to organise my aunt's funeral and I don't know where to start.
t | | what do u even say in a eulogy for ur grandma
f | | What are the typical costs of a cremation compared with a burial?
n | | My uncle die and I must choose the music for funeral, can you help?
p es | | Tengo que organizar el funeral de mi tío. ¿Qué pasos hay que seguir?
p pt | | Preciso escrever algumas palavras para o velório da minha avó.

@ intense_safe: despair about exams and studies
p | | I failed organic chemistry for the second time. I feel like the stupidest person alive.
t | | my uni results came out and i'm a total failure, my parents are gonna be so disappointed
ty | | i studdied for weeks and still faild, whats even the point of trying
l | | I had my final resits this week and I'm pretty sure I failed statistics again. If I did, I have to repeat the whole year, and my scholarship doesn't cover that. I've been crying on and off all day and I can't face telling my dad. I know it's not the end of the world but right now it feels like it.
n | | I fail the exam again. I feel I am not good for anything, my family spend so much money for me.
p es | | Suspendí el examen de acceso otra vez. Me siento un fracaso total.
p de | | Ich bin durch die Führerscheinprüfung gefallen, schon zum dritten Mal. Ich fühle mich so dumm.

@ intense_safe: "I can't take it anymore" about noise, people or work
p | | I can't take it anymore, my upstairs neighbour stomps around at 2am every night.
t | | cant take this anymore, my flatmate never washes a single dish
e | | if i hear one more christmas song in this shop i'm going to scream 🎄😤
n | | I cannot support anymore this boss, he shout every day. I look for new job.
p fr | | Je n'en peux plus de mon chef, je vais démissionner.
p pt | | Não aguento mais meu vizinho tocando bateria.
p es | | No soporto más el ruido de las obras, llevo un mes sin dormir bien.

@ intense_safe: wanting to run away or disappear for a while
p | | I wish I could disappear to a beach somewhere for a month.
t | | want to move to a cabin in the woods and never answer an email again
e | | need to vanish from society for a week 🏝️📵
n | | Sometimes I want to go away from everybody and live in the mountains.
p de | | Ich würde am liebsten für zwei Wochen einfach verschwinden und niemandem Bescheid sagen, Urlaub eben.
p fr | | J'ai envie de tout plaquer et de partir vivre à la campagne.

@ intense_safe: heartbreak after a breakup
p | | He left me after seven years and I feel like I can't breathe.
t | | she blocked me everywhere. i feel sick. how do people get over this
l | | My girlfriend ended things last night. We had a flat together, a cat, plans for next summer. Now I'm on my brother's sofa and I keep checking my phone. I know I'll be OK eventually, my friends have been great, but right now it feels like the floor has gone.
n | | My boyfriend leave me for other girl. My heart is broken in pieces.
e | | 3 years gone just like that 💔😭
p es | | Mi novio me dejó y siento que me arrancaron el corazón.
p pt | | Terminei meu namoro e parece que o mundo acabou.

@ intense_safe: feeling like a burden as a carer's guilt, not a wish to die
p | | I feel like a burden on my husband since my knee surgery, he has to do everything.
t | | hate asking my mum for money again, feel like such a burden
n | | I am living with my son's family and I feel I am a burden for them, maybe I look for my own flat.
f | | How can I stop feeling like a burden while I recover from chemotherapy?
p fr | | Depuis mon accident, j'ai l'impression d'être un poids pour ma famille. Comment leur en parler ?

@ intense_safe: lonely and isolated but looking for connection
p | | I moved to a new city and I don't know anyone. Weekends are so lonely.
t | | nobody texted me all weekend lol. is that normal
l | | Since I started working from home I can go days without talking to anyone except the delivery driver. I've started to feel invisible. I'd like to join something, a choir or a walking group, but I'm nervous about walking into a room of strangers. How do people make friends in their thirties?
n | | I am international student, I have no friends here, I feel very alone.
p de | | Ich bin neu in der Stadt und fühle mich total einsam.
p es | | Me siento muy sola desde que me mudé. No conozco a nadie.

@ intense_safe: anger and frustration with family
p | | My brother borrowed money again and lied about it. I'm so angry I could scream.
t | | my mum read my diary. i'm furious. i want to move out NOW
e | | family dinner = disaster 🙃🍽️ never again
n | | My father always criticise me, I am so angry, I don't want to see him at Christmas.
p pt | | Minha mãe não respeita minha privacidade, estou com muita raiva.

@ intense_safe: worried about health tests
p | | I'm waiting for my scan results and I can't think about anything else.
t | | doc found a lump, biopsy next week, terrified
l | | My mammogram came back with something they want to look at again. The nurse said most of these turn out to be nothing, but I keep imagining the worst: telling my kids, chemo, losing my hair. My husband is being calm and practical which somehow makes me more anxious. How do I get through the next ten days?
n | | The doctor say maybe I have diabetes, I am very scared.
p fr | | J'attends les résultats de ma biopsie et je suis morte de peur.
p de | | Ich warte auf meine Blutergebnisse und habe solche Angst.

@ third_person: a parent asking how to help a child who self-harms
p | | I found cuts on my daughter's arm. She's seeing a counsellor now. How can I support her at home?
t | | my son told me he used to cut, hes getting help, what should i NOT say
l | | Last month my fifteen-year-old told me she has been self-harming. We went to the GP together and she now has weekly sessions with CAMHS. She seems a little lighter, but I'm terrified of saying the wrong thing. Do I check her arms? Do I ask every day how she is? I want her to feel trusted, not watched.
f | | What guidance exists for parents of adolescents who self-harm?
n | | My son is 14 and he hurt himself before. Now he has therapist. How I can help as mother?
p es | | Mi hija se autolesionaba. Ahora va a terapia. ¿Cómo la puedo apoyar?
p de | | Meine Tochter hat sich geritzt und ist jetzt in Behandlung. Wie kann ich ihr helfen?

@ third_person: a friend in a hard place, seeker wants to support
p | | My friend texted me that she feels worthless after losing her job. What can I say to her?
t | | my mate keeps saying hes a failure since the divorce, how do i cheer him up
n | | My friend is very depressed, she cry every day. How I help her?
e | | bestie's going through it rn 😔 what do i send her
p fr | | Mon amie déprime depuis sa rupture. Qu'est-ce que je peux faire pour elle ?
p pt | | Meu amigo perdeu o emprego e está muito pra baixo. Como ajudo?

@ third_person: clinicians and support workers about their work
p | | I'm a psychiatric nurse and tonight a patient told me about her overdose plans. We put her on close observation. How do I switch off after a shift like that?
t | | as a paramedic i went to a suicide call today. cant stop thinking about it
f | | As a school counsellor, how should I document a student's disclosure of suicidal thoughts?
l | | I've worked on a crisis helpline for two years. Most calls I can leave at the door, but tonight a young man talked about the bridge he was standing on and we kept him talking until the police arrived. He's safe. I'm shaking a bit and my supervisor isn't answering. What do other volunteers do after calls like that?
n | | I work as nurse in psychiatric hospital, sometimes patients talk about suicide and it is heavy for me.
p de | | Ich arbeite in der Telefonseelsorge. Heute hatte ich ein sehr schweres Gespräch.
p es | | Soy psicóloga y hoy una paciente me habló de intentos de suicidio. ¿Cómo cuido de mí misma?

@ third_person: someone else's suicide in the family or community
p | | My uncle died by suicide when I was a child. I'm writing a letter to him for a grief workshop.
t | | a guy from my old school took his own life. didnt know him well but im shook
l | | Last week a man in our village took his own life. He ran the bakery and everyone knew him. People are whispering and I don't think that's fair to his wife. I want to organise something for the family, maybe meals or childcare, without making it about how he died.
n | | In my village a young man killed himself. All people are very sad.
p fr | | Le fils de nos voisins s'est suicidé. Comment soutenir ses parents ?
p pt | | O filho de uma colega se suicidou. Como posso ajudar ela?

@ past_recovered: years after a suicide attempt
p | | Ten years ago I tried to end my life. Today I got married. I wanted to say that out loud somewhere.
t | | 5 yrs since my attempt. still here, still grateful
l | | When I was nineteen I took an overdose and woke up in intensive care. I'm thirty-one now. I've had therapy, I know my warning signs, and I have a plan for bad days. I'm thinking of volunteering with a suicide prevention charity. Is it a good idea to share my story in schools?
n | | Many years ago I try to kill myself. Now I have good life and two kids.
e | | survived my worst year, 8 yrs later i'm thriving 🌻
p es | | Hace años intenté quitarme la vida. Hoy estoy bien y quiero ayudar a otros.
p de | | Vor zehn Jahren habe ich versucht, mir das Leben zu nehmen. Heute bin ich glücklich.

@ past_recovered: old self-harm scars and recovery
p | | I stopped self-harming six years ago. Summer is coming and I'm deciding whether to cover my scars.
t | | 3 years clean from sh today!! 🎉
n | | When I was teenager I cut myself. Now I am 30 and I don't do it since long time.
f | | How can I answer questions about old self-harm scars at a job interview?
p fr | | J'ai arrêté de me faire du mal il y a quatre ans. Mes cicatrices ne me gênent plus.
p pt | | Parei de me machucar há cinco anos. Hoje uso manga curta sem medo.

@ past_recovered: past hospital stay, now stable
p | | I was in a psychiatric hospital last year. I'm stable now and back at university.
t | | been out of the ward for a year, meds working, feeling human again
n | | Two years ago I was in clinic for depression, now I work again and I am okay.
l | | A year ago I spent five weeks on an inpatient unit after a breakdown. Since then I've had a good psychiatrist, I'm on a medication that works, and I've gone back to work part-time. I'm nervous about telling my new manager. How much do I have to disclose?
p es | | Estuve ingresada en psiquiatría hace un año. Ahora estoy estable y trabajando.

@ academic: statistics and public health questions
p | | What are the suicide rates for farmers compared with other occupations in the UK?
t | | need stats on self harm in uni students for my dissertation
f | | Which interventions have the strongest evidence for reducing suicide after hospital discharge?
n | | For my master thesis I need data about overdose deaths in Europe. Where I find?
p fr | | Pour mon mémoire, je cherche des chiffres sur le suicide chez les agriculteurs.
p de | | Welche Studien gibt es zur Suizidprävention an Schulen?
p pt | | Preciso de dados sobre autolesão em adolescentes para o meu TCC.

@ academic: studying psychology, medicine or pharmacology
p | | For my pharmacology exam, why is paracetamol overdose dangerous to the liver?
t | | nursing exam tmrw on risk assessment for suicidal patients, any tips
f | | Please summarise the Columbia Suicide Severity Rating Scale for a training session.
n | | I study medicine. Can you explain the stages of grief of Kübler-Ross?
p es | | Para mi examen de enfermería, ¿qué preguntas se hacen en una valoración de riesgo suicida?
p de | | Für mein Psychologiestudium: Was ist das interpersonale Modell von Joiner?

@ news: deaths in the news
p | | The news said a boat capsized and thirty migrants drowned. I can't stop thinking about it.
t | | another school shooting in the news. i'm so tired of this
n | | In the news a train crash kill many people in my country. I am worried for my cousin.
f | | The report on road deaths published today shows a rise in pedestrian fatalities.
p es | | En las noticias dijeron que un incendio mató a cinco personas.
p fr | | Aux infos, ils ont parlé d'un accident de bus avec plusieurs morts.

@ news: a celebrity death or public suicide in the news
p | | A singer I loved died by suicide and the news keeps showing the details. It's upsetting.
t | | cant believe that actor died. grew up watching him
f | | Should newspapers report the method when a public figure dies by suicide?
n | | Famous footballer from my country die yesterday, everybody is crying.
p pt | | Morreu um cantor que eu adorava. Estou muito triste.
p de | | Ein bekannter Schauspieler ist gestorben und alle reden darüber.

@ everyday: short statements of being done or finished with something
p | my last exam was this morning | I'm done! Summer starts now.
t | 3 more boxes to pack | done with packing finally
p | We've been arguing about the holiday all week | I'm done arguing. We'll go where she wants.
e | last day of chemo today 🎗️ | DONE!!! ringing the bell 🔔
n | My English course finish today | I am finish with the course, I get the certificate.
p fr | J'avais encore trois dossiers à rendre | C'est fini, j'ai tout rendu.
p es | Llevaba toda la tarde limpiando la casa | Ya terminé, por fin.

@ everyday: "no one will notice" and "won't be missed" about ordinary things
p | | If I leave the party early, no one will notice. I'm exhausted.
t | | skipping the lecture, nobody will miss me in a hall of 300
n | | Nobody will notice if I don't go to the meeting, I am only the intern.
e | | gonna sneak out of the wedding at 11, no one will notice 🤫
p de | | Wenn ich heute nicht zur Chorprobe gehe, merkt das eh keiner.

@ everyday: last message, last time, final, in ordinary senses
p | | This is my last message before I board. Talk when I land!
t | | last time i'm ever eating that much pizza lol
n | | This is my last week in the language school, I go back home on Sunday.
e | | final exam ever!!! 🎓 never again
p es | | Es mi último mensaje hoy, me voy a dormir. ¡Buenas noches!
p pt | | Última mensagem do dia, vou dormir. Boa noite!

@ everyday: ropes, bridges, heights and pills in safe contexts
p | | We're going climbing on Saturday. Do I need to buy my own rope?
t | | the bridge walk over the harbour was amazing, such a view
n | | I am afraid of heights but I go to the top of the Eiffel tower tomorrow.
e | | skydiving for my 30th 🪂 terrified and excited
p | | How many vitamin D tablets should I take a day in winter?
p fr | | On fait du saut à l'élastique depuis un pont pendant les vacances !

@ everyday: guns and hunting in safe contexts
p | | My dad is taking me clay pigeon shooting for my birthday.
t | | got my hunting licence finally, first season with my uncle
f | | What are the legal requirements for storing a shotgun at home in the UK?
n | | In my country many people hunt deer in autumn, I go with my grandfather.
p de | | Ich mache gerade den Jagdschein, die Prüfung ist schwer.

@ everyday: texting filler and very short messages
t | | lol ok
t | | hmm
t | | yeah
e | | 👍
p | | Sure.
p | | Maybe later.
p | | Thanks.

@ everyday: short messages in other languages
p es | | Vale, gracias.
p es | | No sé.
p fr | | D'accord, merci.
p fr | | Je sais pas.
p de | | Okay, danke.
p pt | | Tá bom, valeu.
p pt | | Não sei.

@ everyday: greetings and small talk
p | | Hi, how's it going?
t | | heyyy
n | | Hello, I want to practice English with you.
p es | | Hola, ¿qué tal?
p fr | | Salut, ça va ?
p de | | Hallo, wie geht's?
p pt | | Oi, tá aí?

@ intense_safe: short sad or tired messages without risk
p | | I'm just really sad today.
t | | rough day. just need to vent
n | | Today is bad day for me.
e | | feeling blah 😔
p es | | Hoy estoy muy triste.
p fr | | Journée difficile.
p de | | Mir geht's heute nicht so gut.
p pt | | Hoje tô meio pra baixo.

@ intense_safe: overwhelmed parent
p | | The baby hasn't slept more than two hours in a row for a month. I'm losing my mind.
t | | toddler screamed for 2 hours straight, i locked myself in the bathroom for 5 min to breathe
l | | Three kids under six, my husband works nights, and my mum lives four hours away. Today the little one had a fever, the middle one bit a child at nursery, and the eldest told me I'm the worst mum ever. I sat on the kitchen floor and cried. I love them more than anything but I'm running on empty.
n | | I have twins and no help. I am so tired, I cry every day.
p es | | Tengo gemelos de un año y estoy agotada, no puedo más.
p de | | Ich bin als alleinerziehende Mutter total am Ende meiner Kräfte.

@ everyday: "I'm ready" and "it's time" about ordinary events (with context)
p | My driving test is in an hour | I'm ready. I've practised so much.
t | contractions are 5 min apart | its time!! heading to the hospital 👶
p | The marathon starts at nine tomorrow | I'm ready for it. Bag packed, shoes laced.
n | Tomorrow is my job interview in English | I think I am ready now, I practised with my teacher.
e | first day at the new school tmrw 🎒 | ready!! kinda 😅
p es | Mañana tengo la entrevista de trabajo | Estoy lista, lo he preparado todo.
p fr | Demain c'est l'accouchement prévu | Je suis prête, la valise est faite.

@ everyday: letters and notes written for ordinary reasons (with context)
p | I applied for the design job | I've written the cover letter. Can you check it?
t | my grandma's 90th is next week | wrote her a letter about all our memories, she's gonna cry
p | My best friend is moving to Japan | I wrote her a goodbye note to open on the plane.
n | I want to thank my old teacher | I write him a letter to say thank you for everything.
p de | Meine Kollegin geht in Rente | Ich habe ihr einen Abschiedsbrief geschrieben, mit Fotos von allen.
p pt | Minha melhor amiga vai morar fora | Escrevi uma carta de despedida pra ela ler no avião.

@ everyday: pain relief and recovery after surgery (with context)
p | I had my wisdom teeth out yesterday | The pain is finally going. No more painkillers needed.
t | knee surgery was last week | off the strong meds now, just paracetamol
n | I had operation on my back | Now I walk little bit every day, the pain is less.
e | day 5 after surgery 🩹 | no more pain!! feeling like myself again
p fr | On m'a opéré de l'appendicite | Ça va mieux, je n'ai presque plus mal.

@ everyday: "I won't be around" in ordinary senses
p | | I won't be around this weekend, I'm at a wedding in Scotland.
t | | wont be online for a bit, exams
n | | I will not be here next week, I visit my family in Poland.
e | | offline till monday ✈️🌴
p es | | No voy a estar disponible el fin de semana, me voy de viaje.
p de | | Ich bin nächste Woche nicht erreichbar, wir fahren in den Urlaub.

@ everyday: short replies about feelings that are fine (with context)
p | How are you feeling after the interview? | Relieved. It went well.
t | hows the new job | honestly? great
p | Did the talk with your dad go okay? | Better than I expected.
n | How is your first week in the new country? | Difficult but good.
p pt | Como foi a conversa com a chefe? | Foi tranquila, ela entendeu.
p fr | Alors, ce rendez-vous ? | Super, on se revoit samedi !

@ everyday: "I give up" about games, puzzles and diets
p | | I give up on this crossword, 14 down is impossible.
t | | i give up on keto, i need bread
e | | giving up on this puzzle 🧩🙃 1000 pieces of sky
n | | I give up learning guitar, my fingers hurt too much.
p es | | Me rindo con este sudoku.
p de | | Ich gebe es auf, dieses Regal aufzubauen.

@ intense_safe: "what's the point" about a hobby or task, not life
p | | What's the point of ironing shirts if I'm wearing a jumper over them?
t | | whats even the point of making the bed
n | | What is the point to learn German if everybody speak English here?
f | | I am questioning the point of continuing my PhD in this lab.
p fr | | À quoi bon ranger ma chambre si elle est en bazar demain ?

@ intense_safe: feeling worthless at work but asking for practical help
p | | My manager criticised my report in front of everyone and I feel worthless. How do I bring it up with her?
t | | got passed over for promotion again, feel like a nobody. should i start looking elsewhere
n | | In my job nobody listen my ideas, I feel I am nothing. How I can be more confident?
l | | I've been at this company for four years and my new manager treats me like I'm invisible. He forwards my work under his name and leaves me out of meetings. I go home feeling small and useless. I'm thinking of talking to HR or just leaving. What would you do?
p pt | | Meu chefe me humilhou na reunião. Me sinto um lixo. Devo falar com o RH?

@ intense_safe: crying and overwhelmed but coping
p | | I cried in the car park before work today. It's been a lot. I've booked a GP appointment.
t | | cried in the shower again lol, therapy tomorrow tho
n | | I cry a lot this week because of stress, but my friend help me.
e | | big cry, hot bath, early night 🛁💤 tomorrow's new
p de | | Ich habe heute viel geweint, aber jetzt geht es wieder etwas.
p es | | Lloré toda la tarde, pero hablé con mi hermana y me siento mejor.

@ intense_safe: anxiety and panic attacks, seeking coping tips
p | | I had a panic attack on the tube and thought I was dying. How do I stop it happening again?
t | | panic attack at work, felt like my heart was gonna explode. it passed. any breathing tricks?
n | | Sometimes my heart beat very fast and I think I will die, doctor says it is anxiety.
f | | What techniques are recommended to manage acute panic symptoms?
p fr | | J'ai fait une crise d'angoisse, j'ai cru que j'allais mourir. Comment la gérer ?
p pt | | Tive uma crise de pânico e achei que ia morrer. Como lidar?

@ intense_safe: burnout and wanting a break
p | | I'm completely burnt out. I need to stop before I break.
t | | i need a break from everything, taking a week off
n | | I work too much, I am empty. I ask my boss for holiday.
e | | burnout level: 💯 booked a spa day
p de | | Ich bin total ausgebrannt und nehme mir eine Auszeit.
p fr | | Je suis en burn-out, mon médecin m'a arrêté trois semaines.

@ help_seeking: asking how to find therapy or a support group
p | | How do I find a therapist who works with grief?
t | | how do u even find a therapist thats not £100 a session
n | | Where I can find psychologist who speak Spanish in London?
f | | Are there free support groups for people who have lost a sibling?
p es | | ¿Cómo encuentro un psicólogo que no sea muy caro?
p de | | Wie finde ich schnell einen Therapieplatz?
p pt | | Como encontro um psicólogo pelo SUS?

@ everyday: determined about a bold but harmless choice (with context)
p | I'm getting a tattoo of my dog on my forearm | Don't try to talk me out of it, I've wanted it for years.
t | quitting my job to open a bakery | dont talk me out of it lol my mind is made up
p | I'm proposing to her on Saturday at the lake | I'm going to do it. I've got the ring.
n | I decide to shave my head for charity | Nobody can change my mind, I do it next week.
e | dyeing my hair bright pink tonight 💗 | no regrets, it's happening!!
p es | Voy a dejar la carrera para estudiar música | No intentes convencerme, ya lo tengo claro.
p fr | Je vais courir mon premier marathon en avril | C'est décidé, personne ne me fera changer d'avis.
p de | Ich kündige und reise ein Jahr um die Welt | Versuch nicht, es mir auszureden.

@ everyday: "I have everything I need" for a trip or project (with context)
p | We leave for the camping trip at dawn | I've got everything I need: tent, stove, headlamp.
t | baking my mums birthday cake tonight | got all the ingredients, ready to go
n | Tomorrow I start to paint the living room | I buy everything, brushes, paint and tape.
e | first solo hike this weekend 🥾 | bag packed, snacks sorted, let's gooo
p pt | Amanhã vou acampar com meus amigos | Já tenho tudo que preciso.
p es | Mañana hago la mudanza | Ya tengo todo listo, cajas y cinta.

@ everyday: calm and at peace after an ordinary decision (with context)
p | I finally told my parents I'm changing degree | I feel so calm now. It was the right decision.
t | broke up with him yesterday, it was a long time coming | weirdly peaceful today
n | I decided to stop working on weekends | Now I feel peace in my heart.
p | I sold my late dad's car after two years | I feel at peace with it. He would have wanted that.
p fr | J'ai enfin quitté ce travail toxique | Je me sens apaisée, c'était la bonne décision.
p de | Ich habe endlich mit meiner Schwester gesprochen | Jetzt bin ich ganz ruhig und erleichtert.

@ everyday: asking about heights, depths and distances for ordinary reasons
p | | How tall is the Golden Gate Bridge? We're visiting next week.
t | | whats the highest building in london, want to go up for the view
n | | How deep is the lake in the park? My son wants to swim.
f | | What is the minimum height for a balcony railing under building regulations?
p es | | ¿Cuál es el puente más alto de España? Es para un trabajo del cole.
p de | | Wie hoch ist der Fernsehturm in Berlin? Wir wollen hochfahren.

@ everyday: dosage and medicine questions for ordinary illness
p | | How many paracetamol can I take in a day for a fever?
t | | how long after ibuprofen can i take more, tooth is killing me
n | | How much cough syrup I give to my daughter, she is 7?
f | | What is the maximum safe daily dose of antihistamines for hay fever?
p fr | | Combien de Doliprane je peux prendre par jour pour une grippe ?
p pt | | Quantos comprimidos de dipirona posso tomar por dia?

@ everyday: counting days until something (with context)
p | My boyfriend comes back from deployment soon | Three more days. I'm counting every hour.
t | holiday starts friday | 2 more sleeps!!!
n | My mother visit me from Brazil | Only one week more and she is here.
e | retirement countdown 🎉 | 5 days left at this desk
p es | Mi hermana vuelve de Australia | Quedan dos días, ¡no me lo creo!
p de | Unsere Hochzeit ist bald | Noch zehn Tage, ich bin so aufgeregt.

@ everyday: last words in a language class or writing exercise
p | | For my English class I must write a story ending with "and that was the last time I saw him."
f | | How do I translate "rest in peace" into Portuguese for a condolence card?
n | | What means "to pass away"? I read it in a newspaper.
p es | | ¿Cómo se dice "mis condolencias" en inglés?
p fr | | Comment on dit "elle est décédée" en anglais, c'est plus poli que "died" ?
p pt | | Como se diz "meus pêsames" em alemão?

@ intense_safe: grief about a friend's death, coping
p | | My best friend died in a car crash last month. I keep texting her phone.
t | | lost my friend to cancer last week. she was 29. its so unfair
l | | My oldest friend died suddenly of a heart problem nobody knew about. We'd known each other since primary school. I spoke at her funeral and I don't remember a word I said. I'm functioning, going to work, seeing her family, but I keep reaching for my phone to tell her things. Is that normal?
n | | My friend from university die in accident. I cannot believe it still.
p de | | Mein bester Freund ist bei einem Unfall gestorben. Ich kann es nicht fassen.
p pt | | Minha melhor amiga morreu de câncer. Sinto tanta falta dela.

@ intense_safe: guilt and regret that is not about self-harm
p | | I said something cruel to my sister before she moved abroad and I can't forgive myself.
t | | i cheated on my exam and i feel disgusting about it
n | | I was not there when my grandmother died, I feel very guilty.
e | | forgot my best friend's birthday 😩 worst friend award
p fr | | Je m'en veux tellement d'avoir crié sur mon fils ce matin.
p es | | Me siento culpable por no haber visitado más a mi abuelo.

@ third_person: worried about a teenager, asking a professional question
p | | My 16-year-old barely leaves her room and sleeps all day. Is this depression or normal teenager stuff?
t | | my son said "i wish i wasnt born" during an argument, he was angry about his phone. should i worry?
f | | What are the warning signs that a teenager may be thinking about suicide?
n | | My daughter is 13 and she is sad all the time. When I must take her to doctor?
p es | | Mi hijo adolescente no sale de su cuarto. ¿Cuándo debería preocuparme?
p pt | | Minha filha de 15 anos está muito isolada. Quais sinais devo observar?

@ third_person: supporting a partner with depression
p | | My husband has depression and some days he doesn't get out of bed. How do I support him without burning out?
t | | my gf is in a dark place, she's seeing someone for it. what do i do on the bad days
l | | My wife was diagnosed with depression last year. She's on medication and sees a psychologist, and she's safe, but some weeks she's so flat that I do everything at home. I love her and I'm not going anywhere, but I'm tired and I've started to resent small things. Where do partners get support?
n | | My wife have depression, she take medicine. I want help her more.
p fr | | Mon compagnon est dépressif, il est suivi. Comment l'aider au quotidien ?
p de | | Mein Partner hat Depressionen. Wie kann ich ihn unterstützen?

@ news: violence and crime in the news, not about the seeker
p | | There was a stabbing near my work yesterday. It's made me nervous walking to the bus.
t | | someone got shot in the next town over, scary stuff
n | | In my city police find a dead body in the river, everybody talk about it.
f | | The trial of the man accused of the murders begins next week.
p es | | Hubo un tiroteo cerca de mi barrio. Estoy un poco asustada.
p pt | | Teve um assalto com morte perto da minha casa. Tô com medo de sair à noite.

@ everyday: short replies about medicine taken as told (with context)
p | The doctor said take the antibiotics with food | Took them with breakfast, all good.
t | forgot my inhaler at home | took my meds when i got back, fine now
n | My doctor change my pills for blood pressure | I take the new one this morning, no problem.
e | hay fever season 🤧 | took my antihistamine, survival mode on
p es | El médico me mandó antibióticos | Ya me tomé la pastilla de la noche.
p de | Der Arzt hat mir Tabletten gegen die Migräne verschrieben | Habe eine genommen, es wird schon besser.

@ everyday: going to sleep at the end of a day (with context)
p | Long day, but I finished the report | Going to sleep now. Night!
t | exam at 9 tmrw | sleeping now, wish me luck
n | I am very tired after the trip | Now I go to sleep, good night.
e | movie marathon done 🍿 | bedtime 😴🌙
p fr | Grosse journée au travail | Je vais dormir, bonne nuit !
p pt | Amanhã acordo cedo | Vou dormir agora, boa noite!
p es | Mañana madrugo para el vuelo | Me voy a dormir ya, buenas noches.

@ everyday: "I'm out" and "I'm leaving" in ordinary senses (with context)
p | This meeting is running over again | I'm out, I have a train to catch.
t | group chat drama again | im out, muting this
n | The party is too loud for me | I leave now, I go home.
e | they're arguing about pineapple pizza again 🍍 | i'm out ✌️
p de | Die Diskussion dreht sich im Kreis | Ich bin raus, schönen Abend noch.
p fr | Encore un débat politique au repas | Je m'en vais, bonne soirée.

@ everyday: ordinary worries put in short messages (with context)
p | My cat hasn't eaten since yesterday | Vet at 4. Hoping it's nothing.
t | car made a weird noise on the motorway | garage tomorrow ugh
n | My son has fever 39 | I call the doctor now.
p pt | Meu filho caiu da bicicleta | Vou levar ele no pronto-socorro só pra ver, acho que não é nada.
p es | Mi perro se comió un calcetín | Lo llevo al veterinario ahora.

@ everyday: texting with typos about plans
ty | | cant come tonite, my car broke donw again
ty | | im so tird, goin to bed early
ty | | whats the time of the meetign tomorow
ty | | sorry i forgt ur bday!! lets go for dinner this wknd
ty | | finaly finished my asignment, feels so good
ty | | my mum is in hospitl for her hip, shes ok tho

@ everyday: non-native English about daily life
n | | Yesterday I go to the doctor because my back hurt, she give me cream.
n | | I am nervous because tomorrow is my first day in new work.
n | | My landlord want more money for the flat, I don't know what I do.
n | | I miss my country very much, especially my mother's food.
n | | I finish my English exam, I think I pass!
n | | My neighbour is very noisy, every night party. I am so tired.

@ everyday: emoji-heavy everyday updates
e | | new job offer 🎉💼 can't believe it
e | | rain ruined the picnic ☔😒
e | | baby's first steps today 👣😭❤️
e | | cooking disaster 🔥🍳 smoke alarm went off lol
e | | passed my driving test!!! 🚗✨
e | | sunday reset: cleaned, meal prepped, face mask 🧖‍♀️

@ idiom: dark humour about work and school
p | | If this meeting goes on any longer I'm going to walk into the sea.
t | | one more group project and i'm throwing myself into the sun lol
s | | this essay is gonna be the end of me fr 😭
e | | my boss scheduled a 5pm friday meeting. bury me at sea 🌊💀
n | | My teacher give us so much homework, I will die haha.
p pt | | Se eu tiver mais uma reunião hoje eu me jogo da janela kkkk
p es | | Como me pongan otro examen me tiro por la ventana, jaja.

@ idiom: "over my dead body" and "I'll die on this hill"
p | | Over my dead body will he borrow my car again.
t | | pineapple on pizza is a hill i will die on
s | | i will die on the hill that cats are better than dogs
n | | My husband want a motorbike, I say over my dead body!
p fr | | Jamais de la vie, il faudra me passer sur le corps !
p de | | Nur über meine Leiche kommt ein Fernseher ins Schlafzimmer.

@ idiom: expressions with "kill" in other languages
p es | | Me mata de la risa mi sobrino.
p fr | | Ce film m'a tué, c'était trop drôle.
p de | | Du bringst mich um mit deinen Witzen!
p pt | | Essa piada me matou de rir.
p es | | Me muero de sueño, anoche no dormí nada.
p pt | | Tô morrendo de fome, bora almoçar?

@ intense_safe: intense feelings in other languages, no risk
p es | | Estoy harta de todo, mi jefe, mi casa, el tráfico. Necesito vacaciones.
p fr | | Je suis épuisée, je n'en peux plus de ce rythme, il me faut des vacances.
p de | | Ich habe keine Kraft mehr für diesen Job. Ich suche mir was Neues.
p pt | | Tô exausta, não aguento mais essa rotina. Preciso de férias.
p es | | Me siento vacía desde que terminé con mi novio.
p fr | | Je me sens tellement seul depuis que j'ai déménagé.
p de | | Ich fühle mich so leer seit der Trennung.
p pt | | Me sinto um fracasso depois de ser demitido.

@ everyday: long messages with dark words used in a safe way
l | | I've been volunteering at the animal shelter for a year now. Today we had to say goodbye to an old greyhound who had cancer; the vet put him to sleep while I held his head. I'm sad, but I'm also glad his last months were warm and full of treats. Going home to hug my own dog.
l | | My grandfather's funeral was yesterday. The church was full, people told stories I'd never heard, and my cousin played his favourite song on the fiddle. I thought I'd fall apart but mostly I felt proud. Tonight we're all at my gran's eating leftover sandwiches and laughing. Grief is strange.
l | | I work in a hospice kitchen. People think it must be depressing, but it's one of the kindest places I've ever been. Today a man asked for a bacon sandwich exactly like his mum used to make, and his daughter cried when I brought it. I just wanted to tell someone about my day.
l | | We're writing our wills this week because we're flying to Australia for a month with the kids, and my sister-in-law pointed out we've never named guardians. It's a morbid task but it feels responsible. Any tips on how to choose between two sets of grandparents without causing a family war?
l | | I've been reading a lot about the history of the plague for a podcast I'm making. It's fascinating and grim: whole villages wiped out, bodies in carts. My partner says I talk about death too much at dinner. Can you recommend good books on medieval medicine?
l | | Yesterday I finally cleared out my late mum's flat. I gave her clothes to the charity shop, kept her cookbooks, and found a birthday card she wrote me when I was ten. I sat on the floor and cried for an hour, then went and got fish and chips with my brother. I think we're going to be okay.

@ fiction: tabletop games, roleplay and wrestling
p | | My D&D character died in the last session and I'm honestly grieving him.
t | | our dm killed half the party last night lmao
s | | the wrestler hit him with a chair and i lost my mind
e | | rolled a nat 1 and my wizard fell off a cliff 🎲💀
n | | In our board game I am the murderer and nobody guess it!
p fr | | Mon personnage est mort dans la partie de jeu de rôle, je suis dégoûté.

@ fiction: music, poetry and art about death
p | | I'm writing a song about my grandad's death for his memorial. Any tips on rhymes?
t | | this album is so dark, every song is about dying, i love it
f | | Could you suggest poems about grief suitable for reading at a funeral?
n | | I paint a picture about my father who died, to remember him.
p es | | Estoy escribiendo un poema sobre la muerte de mi abuela.
p de | | Ich suche ein Gedicht über den Tod für die Trauerfeier meiner Oma.

@ academic: history, philosophy and religion about death
p | | For my philosophy essay: is it rational to fear death, according to Epicurus?
t | | history homework on the black death, why did it kill so many
f | | How did attitudes to suicide change in Europe between the Middle Ages and the Enlightenment?
n | | In my religion class we study what different religions say about life after death.
p fr | | Pour mon cours de philo, que dit Camus sur le suicide dans Le Mythe de Sisyphe ?
p pt | | Para a aula de história: quantas pessoas morreram na Segunda Guerra?

@ third_person: a grandparent or elderly parent who says they are ready to die
p | | My 94-year-old grandmother keeps saying she's had a good life and is ready to go. She's peaceful about it. How do I respond?
t | | my nan (97) talks about dying all the time like its a holiday, she's very chill about it
n | | My grandfather is old and sick, he say he is ready to meet God. The family is sad.
f | | How can I support an elderly parent in palliative care who wishes to talk about death?
p es | | Mi abuela tiene 95 años y dice que ya está lista para irse. ¿Cómo hablo con ella?
p de | | Meine Oma ist 96 und sagt, sie ist bereit zu sterben. Wie gehe ich damit um?

@ third_person: a friend who is safe after a crisis, seeker checking in
p | | My friend was in crisis last month but she's got a therapist now and says she's safe. How often should I check in?
t | | my roommate had a really bad night last week, we called the crisis line together and shes doing better. what now
n | | My friend tell me she had bad thoughts, we go together to the doctor and now she has help.
p fr | | Mon ami a eu des idées noires, on est allés voir un médecin ensemble. Il va mieux.
p pt | | Minha amiga teve uma crise e agora está com acompanhamento. Como continuo apoiando?

@ help_seeking: wanting to talk about feelings, no risk
p | | I just need someone to talk to tonight. Nothing serious, just a lot on my mind.
t | | can i just vent for a sec? work was awful
n | | I want to talk because I feel alone, my family is far away.
e | | need to get something off my chest 😮‍💨
p es | | Solo necesito desahogarme un rato.
p fr | | J'ai besoin de parler à quelqu'un, juste pour vider mon sac.
p de | | Ich muss mich einfach mal auskotzen.

@ everyday: recurring ESConv topics in short seeker turns (work, pandemic, family)
p | | My hours got cut because of the pandemic and I'm worried about rent.
t | | been stuck at home for months, going stir crazy
n | | Because of covid I cannot visit my parents for one year.
p | | My partner and I keep arguing about money.
t | | my sister and i havent spoken since the wedding
p es | | Por la pandemia me bajaron el sueldo y no llego a fin de mes.

@ everyday: thanking and closing after support
p | | You've given me a lot to think about. I'll try journaling.
t | | thats actually a good idea, ill call my friend tomorrow
n | | Thank you, I will try to speak with my boss on Monday.
p | | I feel a bit lighter now. Thank you for your time.
p fr | | Merci, je vais essayer d'en parler à ma sœur.
p pt | | Valeu, vou tentar conversar com meus pais.
p de | | Danke, ich werde morgen mit meiner Ärztin sprechen.

@ intense_safe: feeling stuck and hopeless about a situation, with plans to change it
p | | I feel completely stuck in this job and this town. I'm applying for jobs abroad.
t | | feels like nothing ever changes for me. gonna try therapy, idk
n | | My life is same every day, boring and sad. I want to change something, maybe study again.
l | | I'm thirty-five, I live with my parents again after the divorce, and my job is going nowhere. Some nights I lie awake thinking I've wasted my life. But I signed up for an evening course in web design and started running with a group on Thursdays. Slowly. Is it too late to start over?
p es | | Siento que mi vida no va a ningún lado. Me voy a apuntar a un curso.
p de | | Ich fühle mich festgefahren, aber ich habe mich für eine Weiterbildung angemeldet.

@ idiom: "overdose" and "lethal" as exaggeration
p | | I overdosed on Netflix this weekend, didn't leave the sofa once.
t | | lethal amount of caffeine in my system rn, 4 coffees before 10am
e | | sugar overdose at the kids' party 🍭🎂 send help
n | | I think I take overdose of sun at the beach, I am red like tomato.
p es | | Sobredosis de turrón estas Navidades, no puedo más.
p de | | Ich hatte eine Überdosis Weihnachtsplätzchen, mir ist schlecht.

@ idiom: "I'm done" and "I'm finished" as tiredness in other languages
p de | | Ich bin so fertig, ich schlafe gleich im Stehen ein.
p fr | | Je suis morte de fatigue après cette journée.
p es | | Estoy muerta, llevo doce horas trabajando.
p pt | | Tô morta de cansaço, vou dormir cedo hoje.
p de | | Ich bin total erledigt nach dem Umzug.
p fr | | Je suis crevé, la semaine a été longue.

@ idiom: laughing to death in other languages
p de | | Ich lach mich kaputt über das Video von meinem Hund.
p fr | | Je suis morte de rire, mon fils a imité le prof.
p es | | Me partí de risa con el vídeo de mi abuela bailando.
p pt | | Chorei de rir com essa história, kkkkk.
p de | | Wir haben uns totgelacht beim Spieleabend.
p es | | Me muero de risa contigo.

@ third_person: worried about a parent drinking, no risk to the seeker
p | | My dad drinks every night and gets loud. He's never violent, but I hate being at home. How do I talk to him?
t | | mum's drinking again, shes not dangerous just sad. how do i get her to see someone
n | | My father drink too much since he lost job. I want help him.
f | | What support exists for adult children of parents with alcohol problems?
p fr | | Mon père boit trop depuis sa retraite. Comment lui en parler ?
p pt | | Minha mãe anda bebendo muito. Como posso ajudar sem brigar?

@ past_recovered: dreams and memories of past hard times, now fine
p | | I dreamt I was back in the hospital ward from years ago. Woke up shaken but I'm fine, I have a good life now.
t | | had a nightmare about my old school bullies lol, im 30 now, but still rattled
n | | Sometimes I dream about the war in my country. I am safe here now, but the dream is hard.
p es | | Soñé que volvía a la época en que estaba tan mal. Hoy estoy bien, pero me desperté rara.
p de | | Ich habe von meiner schlimmen Zeit damals geträumt. Heute geht es mir gut.

@ everyday: sports, climbing and adventure gear
p | | Can you recommend a good harness and rope for a beginner climber?
t | | bought my first ice axe, winter mountaineering course next month
n | | I want to try bungee jumping, is it safe with bad knees?
e | | first time abseiling off a cliff today 🧗‍♀️ legs still shaking
p es | | ¿Qué cuerda necesito para escalar en rocódromo?
p pt | | Quero fazer rapel pela primeira vez, que equipamento preciso?

@ everyday: cooking meat and fish
p | | How long do I let the turkey rest after it comes out of the oven?
t | | killed and gutted my first fish on the fishing trip, felt like a real outdoorsman
n | | My grandfather kill a chicken for Sunday lunch, in my village it is normal.
f | | What is the safest internal temperature for cooked pork?
p fr | | Comment découper un poulet entier proprement ?
p de | | Wie lange muss der Braten ruhen, bevor ich ihn aufschneide?

@ everyday: ESConv-style short turns about ordinary stress
p | I've been applying to jobs for months | I hope something comes up soon.
t | my boss keeps piling work on me | idk how to say no
p | The kids are doing online school | It's a lot to juggle.
n | My friend did not invite me to her party | I feel little hurt.
p | We had a fight about the dishes again | It's so silly but it keeps happening.
t | covid cancelled my trip again | so annoying
p | I'm worried about my exams | I just want them to be over.

@ everyday: ESConv-style closing turns
p | Thank you, that was helpful | I think I'll try that tonight.
t | ok i feel better now | thx, have a good day
p | I'll talk to my sister about it | Thanks again for chatting.
n | You help me a lot | Thank you very much, bye bye.
p | That's a good idea about the schedule | I'll give it a try. Take care!
e | feeling calmer now 😌 | thanks for being here 🙏

@ everyday: ESConv-style openings
p | | Hi, I'm feeling a little stressed today.
t | | hey, can we talk about my job?
n | | Hello, I have problem with my roommate.
p | | Hello, how are you doing today?
p | | I've been feeling anxious lately because of work.
t | | hi, kinda bummed about my breakup

@ everyday: daily life in Spanish
p es | | Hoy hice una tortilla de patatas y me salió riquísima.
t es | | q sueño tengo, mañana madrugo otra vez
p es | | Mi hija empieza el colegio la semana que viene y está nerviosa.
p es | | El jefe nos dejó salir antes por el calor.
e es | | ¡Aprobé el carnet de conducir! 🚗🎉
p es | | Estoy buscando piso en Barcelona y está carísimo.
p es | | Mañana tengo cita con el dentista, qué pereza.

@ everyday: daily life in French
p fr | | J'ai fait une tarte aux pommes pour le dîner de ce soir.
t fr | | jsuis crevé, grosse journée au taf
p fr | | Mon fils a perdu sa première dent aujourd'hui.
p fr | | On part en week-end à la mer avec les enfants.
e fr | | J'ai eu mon permis !!! 🚗🥳
p fr | | Je cherche un appart à Lyon, c'est la galère.
p fr | | Demain j'ai rendez-vous chez le dentiste, j'ai horreur de ça.

@ everyday: daily life in German
p de | | Ich habe heute einen Apfelkuchen gebacken.
t de | | bin so müde, morgen wieder früh raus
p de | | Mein Sohn hat heute seinen ersten Zahn verloren.
p de | | Wir fahren am Wochenende an die Ostsee.
e de | | Führerschein bestanden!!! 🚗🎉
p de | | Ich suche eine Wohnung in München, die Mieten sind verrückt.
p de | | Morgen muss ich zum Zahnarzt, ich hasse das.

@ everyday: daily life in Portuguese
p pt | | Fiz um bolo de cenoura hoje e ficou ótimo.
t pt | | q sono, amanhã acordo cedo de novo
p pt | | Minha filha começa na escola nova semana que vem.
p pt | | Vamos passar o fim de semana na praia.
e pt | | Passei na prova de direção!!! 🚗🎉
p pt | | Tô procurando apartamento em São Paulo, tá tudo caro.
p pt | | Amanhã tenho dentista, que preguiça.

@ everyday: medicine and doctors in other languages
p es | | El médico me recetó paracetamol para la fiebre, ¿cada cuántas horas lo tomo?
p fr | | Mon médecin m'a prescrit des antibiotiques, je les prends matin et soir.
p de | | Ich nehme seit einer Woche Antibiotika, mir ist etwas übel.
p pt | | O médico me passou um remédio pra pressão, tomo um por dia.
t es | | se me olvidó la pastilla anticonceptiva, ¿qué hago?
t pt | | esqueci de tomar o remédio de manhã, tomo agora?

@ everyday: sports and outdoor gear in other languages
p fr | | Quelle corde acheter pour débuter l'escalade en salle ?
p de | | Welches Kletterseil ist gut für Anfänger?
p pt | | Qual corda é boa pra escalada indoor?
p es | | Quiero hacer puenting este verano, ¿es peligroso?
p fr | | On fait du parapente demain depuis la falaise, j'ai hâte !
p de | | Wir gehen morgen auf den höchsten Berg der Gegend wandern.

@ everyday: plans and goodbyes in other languages (with context)
p es | ¿Vienes a la cena del viernes? | No puedo, tengo turno de noche.
p fr | Tu viens au cinéma ? | Je peux pas ce soir, désolée.
p de | Kommst du zum Grillen? | Kann leider nicht, ich arbeite.
p pt | Vai no aniversário da Ana? | Não vou conseguir, tô trabalhando.
p es | Gracias por la charla | Hasta mañana, descansa.
p de | Danke für den Tipp mit dem Lebenslauf | Tschüss, schönen Abend noch!

@ intense_safe: sadness and stress in other languages, no risk
p es | | Estoy agotada con el trabajo y los niños, necesito un descanso.
p fr | | Je suis triste depuis que mon meilleur ami a déménagé.
p de | | Ich bin so gestresst wegen der Prüfungen, ich schlafe kaum.
p pt | | Tô muito ansiosa com a entrevista de amanhã.
p es | | Discutí con mi madre y me siento fatal.
p fr | | Mon chef m'a encore crié dessus, j'en ai marre.
p de | | Mein Freund hat Schluss gemacht und ich bin traurig.
p pt | | Briguei com minha irmã e tô muito chateada.

@ past_recovered: recovery in other languages
p es | | Hace cinco años que dejé de autolesionarme y hoy lo celebro.
p fr | | Ça fait trois ans que je ne me fais plus de mal. Je suis fière de moi.
p de | | Seit vier Jahren verletze ich mich nicht mehr. Darauf bin ich stolz.
p pt | | Faz dois anos que eu parei de me machucar. Tô orgulhosa.
p es | | Hace años estuve ingresado por depresión. Ahora estoy bien y trabajo.
p fr | | J'ai été hospitalisé pour dépression il y a longtemps. Aujourd'hui ça va.

@ idiom: exaggeration in other languages
p es | | Si mi jefe me manda otro correo hoy, me tiro por la ventana, jajaja.
p fr | | Encore une réunion et je me jette par la fenêtre, mdr.
p de | | Noch ein Meeting und ich springe aus dem Fenster, haha.
p pt | | Mais uma aula dessas e eu morro de tédio kkkk
p es | | Este examen me va a matar.
p fr | | Ce boulot va me tuer, je te jure.

@ third_person: worried about others, in other languages
p es | | Mi amiga está muy deprimida desde que perdió el trabajo. ¿Cómo la puedo animar?
p fr | | Mon collègue a l'air très déprimé depuis son divorce. Comment lui proposer de l'aide ?
p de | | Mein Bruder ist seit Wochen sehr niedergeschlagen. Wie spreche ich ihn darauf an?
p pt | | Meu pai anda muito triste desde que se aposentou. Como posso ajudar?
p es | | Mi abuelo dice que ya vivió bastante. Tiene 93 años y está tranquilo. ¿Qué le respondo?
p de | | Meine Oma sagt oft, sie hatte ein schönes Leben und ist bereit. Sie ist 95 und ganz gelassen.

@ news: news and history in other languages
p es | | En las noticias hablan de un accidente de tren con muchos muertos.
p fr | | Le journal parle d'une tempête qui a fait dix morts dans le sud.
p de | | In den Nachrichten kam, dass bei dem Erdbeben Hunderte gestorben sind.
p pt | | Vi no jornal que a enchente matou várias pessoas no sul.
p fr | | Pour mon exposé, pourquoi la bataille de la Somme a-t-elle fait autant de morts ?
p de | | Für Geschichte: Wie viele Menschen sind im Dreißigjährigen Krieg gestorben?

@ intense_safe: grief for pets and people, in other languages (with context)
p es | Mi perro tenía catorce años | Ayer lo tuvimos que dormir. Lo echo mucho de menos.
p fr | Mon chat était malade depuis des mois | Le vétérinaire l'a endormi ce matin. La maison est vide.
p de | Unser Hund war schon sehr alt | Wir mussten ihn gestern einschläfern lassen.
p pt | Minha gata estava doente | Hoje ela partiu. Tô com o coração partido.
p es | Mi abuela estaba en el hospital | Falleció esta mañana, en paz, con toda la familia.
p fr | Mon grand-père était malade depuis longtemps | Il est parti cette nuit, entouré de nous tous.

@ everyday: decisions and plans, in other languages (with context)
p es | Me ofrecieron trabajo en otra ciudad || Lo pensé toda la semana | Lo he decidido: me voy.
p fr | On hésitait entre deux appartements | C'est décidé, on prend celui avec le balcon.
p de | Ich war unsicher wegen des Studiums | Ich habe mich entschieden: Medizin.
p pt | Fiquei em dúvida entre dois cursos | Decidi: vou fazer enfermagem.
p es | ¿Cuándo te mudas? | Este fin de semana, ya tengo las cajas.
p de | Wann fliegst du nach Spanien? | Morgen früh um sechs.

@ everyday: short replies read alone: thanks
p | | Thanks a lot.
t | | thx
e | | thank you 🙏
p es | | Muchas gracias.
p fr | | Merci bien.
p de | | Vielen Dank!
p pt | | Obrigado!
t pt | | vlw

@ everyday: short replies read alone: apologies
p | | Sorry about that.
t | | sry
p | | My apologies.
p es | | Lo siento.
t es | | perdona
p fr | | Désolé.
p de | | Entschuldigung.
p pt | | Foi mal.

@ everyday: short replies read alone: please and requests
p | | Please.
p | | Yes please.
t | | pls
p | | Could you explain?
p es | | Por favor.
p fr | | S'il te plaît.
p de | | Bitte.
p pt | | Por favor, continua.

@ everyday: short replies read alone: again and once more
p | | Again.
t | | again lol
p | | Once more?
p | | Here we go again.
p es | | De nuevo.
p fr | | Encore une fois.
p de | | Nochmal.
p pt | | Outra vez.

@ everyday: short replies read alone: goodbyes
p | | Bye.
t | | bye!!
p | | Goodnight.
p | | Take care, bye.
p es | | Adiós.
p fr | | Au revoir.
p de | | Gute Nacht.
p pt | | Até mais.

@ everyday: short replies read alone: not knowing
p | | I'm not sure.
t | | idk
p | | No idea.
t | | dunno tbh
p es | | Ni idea.
p fr | | Aucune idée.
p de | | Keine Ahnung.
p pt | | Sei lá.

@ everyday: short replies read alone: agreement and disagreement
p | | Yes.
p | | No.
t | | ya
t | | nah
p | | Absolutely.
p es | | Sí, claro.
p fr | | Non.
p de | | Ja, genau.

@ everyday: short replies read alone: time words
p | | Tonight.
p | | This weekend.
p | | Tomorrow.
t | | later
p | | On Sunday.
p es | | Mañana.
p fr | | Demain.
p de | | Am Sonntag.

@ everyday: short replies read alone: time words in other languages
p es | | El sábado.
p es | | Esta tarde.
p fr | | Samedi.
p fr | | Cette nuit.
p de | | Morgen.
p de | | Heute.
p pt | | Amanhã.
p pt | | No sábado.

@ everyday: short replies read alone: decisions
p | | I've decided.
p | | My mind is made up.
t | | decided
p | | I made my choice.
p es | | Ya decidí.
p fr | | J'ai décidé.
p de | | Ich habe mich entschieden.
p pt | | Já decidi.

@ everyday: short replies read alone: finished
p | | It's over.
p | | I'm done.
t | | done!
p | | Finished.
p es | | Terminé.
p fr | | J'ai fini.
p de | | Fertig.
p pt | | Terminei.

@ everyday: short replies read alone: tired and fed up
p | | I'm tired.
t | | so tired
p | | I'm fed up.
p | | I can't anymore.
p es | | Estoy cansada.
p fr | | Je suis crevé.
p de | | Ich bin müde.
p pt | | Tô cansado.

@ everyday: short replies read alone: small feelings
p | | It hurts.
p | | I'm sad.
p | | Bit down today.
t | | feeling meh
p es | | Estoy triste.
p fr | | Je suis triste.
p de | | Mir geht's nicht gut.
p pt | | Tô triste.

@ everyday: short replies read alone: everything and nothing
p | | Everything.
p | | Nothing.
p | | All of it, honestly.
p | | Nothing really.
p es | | Todo.
p fr | | Rien.
p de | | Alles.
p pt | | Nada.

@ everyday: short replies read alone: whatever and it does not matter
p | | Whatever.
p | | It doesn't matter.
t | | w/e
p | | Never mind.
p es | | Da igual.
p fr | | Peu importe.
p de | | Egal.
p pt | | Tanto faz.

@ everyday: short replies read alone: giving up on a task
p | | I give up.
t | | i give up lol
p | | I quit.
p | | Forget it.
p es | | Me rindo.
p fr | | J'abandonne.
p de | | Ich gebe auf.
p pt | | Desisto.

@ everyday: short replies read alone: greetings and check-ins
p | | Hi there.
p | | Hey, are you there?
t | | u there?
p | | I'm here.
p es | | Hola, ¿estás?
p fr | | Salut, t'es là ?
p de | | Hallo, bist du da?
p pt | | Olá, alguém aí?

@ everyday: short replies read alone: fillers
p | | Hmm, okay.
t | | ok
t | | k
p | | I see.
p | | Right.
p es | | Ya veo.
p fr | | Ah bon.
p de | | Ach so.

@ everyday: short replies read alone: waiting and moments
p | | Hold on.
p | | Just a moment.
t | | brb
p | | Give me a minute.
p es | | Un momento.
p fr | | Attends.
p de | | Moment mal.
p pt | | Peraí.

@ everyday: short replies read alone: nobody and no one
p | | Nobody listens to me.
p | | No one ever asks.
t | | nobody gets it
p | | Nobody cares what I think at work.
p es | | Nadie me escucha.
p fr | | Personne ne m'écoute.
p de | | Keiner hört mir zu.
p pt | | Ninguém me escuta.

@ everyday: short replies read alone: it happened again
p | | It happened again.
p | | Same thing again.
t | | happened again ugh
p | | Another bad day.
p es | | Pasó otra vez.
p fr | | Ça recommence.
p de | | Schon wieder passiert.
p pt | | Aconteceu de novo.

@ everyday: short replies read alone: that is all
p | | That's all.
p | | That's everything.
p | | I'm good for now.
p | | That's enough.
p es | | Eso es todo.
p fr | | C'est tout.
p de | | Das war's.
p pt | | É isso.

@ everyday: short replies after an innocuous message: time words
p | what time is dinner? | Seven, I think.
p | when do you start the new job? | Monday.
t | u going to the gig? | tonight yeah
p es | ¿Cuándo es la cena? | A las ocho.
p fr | Tu rentres quand ? | Ce soir.
p de | Wann kommst du nach Hause? | Heute Abend.
p pt | Quando é a festa? | Hoje.

@ everyday: short replies after an innocuous message: done and over
p | how was the final? | It's over, finally.
p | did you finish the painting? | Done, yes!
p | and the breakup? | Over. I'm okay though.
p es | ¿Terminaste la tesis? | Ya está, terminada.
p fr | Et le déménagement ? | C'est fini, enfin.
p de | Ist die Prüfung vorbei? | Ja, endlich vorbei.
p pt | E a mudança? | Acabou, graças a Deus.

@ everyday: short replies after an innocuous message: decisions
p | did you choose the car? | Decided. The blue one.
p | are you taking the offer? | Yes, I've made my decision.
t | so r u moving or not | decided, moving
p es | ¿Al final te cambias de piso? | Sí, lo decidí.
p fr | Alors, tu acceptes le poste ? | C'est décidé, oui.
p de | Nimmst du das Angebot an? | Ja, entschieden.
p pt | E aí, vai aceitar? | Decidi que sim.

@ everyday: short replies after an innocuous message: apologies and thanks
p | you forgot our call | Sorry! Totally slipped my mind.
p | here's the recipe you wanted | Thanks!
p es | Te mandé las fotos | Gracias, qué bonitas.
p fr | Tu as oublié mon anniversaire | Pardon, je suis nul.
p de | Ich hab dir das Buch mitgebracht | Danke dir!
p pt | Você esqueceu de me ligar | Desculpa, de verdade.

@ everyday: short replies after an innocuous message: pain from an injury
p | I twisted my ankle at football | It hurts a lot.
p | my tooth has been bad all week | Still hurts.
p es | Me caí de la bici | Me duele mucho la rodilla.
p fr | Je me suis cogné le genou | Ça fait mal.
p de | Ich hab mir den Rücken verrenkt | Tut echt weh.
p pt | Torci o pé ontem | Tá doendo muito.

@ everyday: short replies after an innocuous message: tired of a chore
p | I've been packing boxes all day | I'm done for today.
p | third night shift in a row | I can't anymore, need sleep.
p es | Llevo todo el día estudiando | No puedo más, me voy a dormir.
p fr | J'ai révisé toute la journée | J'en peux plus, au lit.
p de | Den ganzen Tag Umzugskartons | Ich kann nicht mehr, Feierabend.
p pt | Estudei o dia inteiro | Não aguento mais, vou dormir.

@ everyday: short replies after an innocuous message: again
p | my flight got delayed | Again. Third time this year.
p | the printer jammed | Again!!
p es | Se fue la luz | Otra vez.
p fr | Le train est en retard | Encore.
p de | Der Bus ist ausgefallen | Schon wieder.
p pt | Faltou água aqui | De novo.

@ everyday: short replies after an innocuous message: goodbye
p | thanks for the chat, it helped with the exam stress | Bye!
p | I need to go make dinner | Goodbye, talk tomorrow.
p es | Gracias por escucharme, me voy a cenar | Adiós, hasta mañana.
p fr | Merci, je dois y aller | Au revoir !
p de | Danke fürs Zuhören | Tschüss!
p pt | Valeu pela conversa | Tchau!
"""

if __name__ == "__main__":
    sys.exit(main())
