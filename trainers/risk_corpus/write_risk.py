# ruff: noqa: E501
"""Write trainers/risk_corpus/risk.tsv from the risk message families authored in this file.

Data blocks use a small line format:
  ``@category``                       sets the category of the families that follow
  ``register lang :: message``        one message (register and lang in either order)
  ``register lang :: a || b >> msg``  a message with earlier seeker turns (oldest first)
A blank line ends a family. Families are numbered R-001, R-002, ... in the order written.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

CATEGORIES = (
    "passive_wish",
    "active_ideation",
    "method_seeking",
    "intent_plan",
    "preparatory",
    "farewell",
    "self_harm_now",
    "recent_attempt",
    "harm_from_others",
)
REGISTERS = ("plain", "texting", "typos", "emoji", "slang_disguised", "long", "non_native", "formal", "calm")
LANGS = ("en", "es", "fr", "de", "pt")
COLUMNS = ("family", "label", "category", "register", "lang", "context", "message")
OUTPUT = Path(__file__).with_name("risk.tsv")
HEADER = """\
# esc-graph risk training corpus (risk side), version 2, 2026-11-30.
# Messages from a seeker that carry risk of suicide, self-harm or harm from others, grouped in families:
# one situation written several ways, in different registers and languages. Keep whole families on one side of a split.
# Columns: family, label (always risk), category (C-SSRS plus harm_from_others), register, lang, context
# (up to 3 earlier seeker messages of the same conversation, oldest first, joined by ' || '), message.
# Licence: written for this project, Apache-2.0.
"""

BLOCKS: list[str] = []


@dataclass(frozen=True)
class Row:
    family: str
    category: str
    register: str
    lang: str
    context: str
    message: str


def parse_line(line: str, where: str) -> tuple[str, str, str, str]:
    head, sep, body = line.partition(" :: ")
    parts = head.split()
    if not sep or len(parts) != 2:
        raise ValueError(f"{where}: expected 'register lang :: message', got {line!r}")
    register, lang = parts if parts[0] in REGISTERS else parts[::-1]
    if register not in REGISTERS or lang not in LANGS:
        raise ValueError(f"{where}: unknown register or language in {line!r}")
    context, sep, message = body.rpartition(" >> ")
    if not sep:
        context, message = "", body
    if context and len(context.split(" || ")) > 3:
        raise ValueError(f"{where}: more than 3 earlier turns")
    return register, lang, context.strip(), message.strip()


def parse_blocks(blocks: list[str]) -> list[Row]:
    rows: list[Row] = []
    number = 0
    for block_index, block in enumerate(blocks):
        category = ""
        family: list[tuple[str, str, str, str]] = []
        for line_number, raw in enumerate([*block.splitlines(), ""], start=1):
            line = raw.strip()
            where = f"block {block_index + 1} line {line_number}"
            if line.startswith("@"):
                category = line[1:]
                if category not in CATEGORIES:
                    raise ValueError(f"{where}: unknown category {category!r}")
            elif line:
                family.append(parse_line(line, where))
            elif family:
                if not 5 <= len(family) <= 8:
                    raise ValueError(f"{where}: a family needs 5-8 messages, has {len(family)}")
                number += 1
                name = f"R-{number:03d}"
                rows.extend(Row(name, category, *fields) for fields in family)
                family = []
    return rows


def check(rows: list[Row]) -> None:
    seen: set[str] = set()
    for row in rows:
        if "\t" in row.message + row.context or not row.message:
            raise ValueError(f"{row.family}: empty message or tab in {row.message!r}")
        key = row.message.casefold().rstrip(".!? ")
        if key in seen:
            raise ValueError(f"{row.family}: duplicate message {row.message!r}")
        seen.add(key)


def write(rows: list[Row], path: Path) -> None:
    lines = [HEADER.rstrip("\n"), "\t".join(COLUMNS)]
    for row in rows:
        fields = (row.family, "risk", row.category, row.register, row.lang, row.context, row.message)
        lines.append("\t".join(fields))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    rows = parse_blocks(BLOCKS)
    check(rows)
    write(rows, OUTPUT)
    print(f"{len(rows)} rows in {len({row.family for row in rows})} families -> {OUTPUT}")
    return 0


# --- authored families -------------------------------------------------------------------------

BLOCKS.append(
    """
@passive_wish
plain en :: Every night I ask God to just take me in my sleep so I don't have to wake up again.
texting en :: i pray every night i just dont wake up tmrw
formal en :: Each evening I find myself praying that I will not wake up the following morning.
emoji en :: dear god pls just let me not wake up this time 🙏😔
non_native en :: Every night I am asking to God that he take me while I sleep, I don't want more mornings.
es plain :: Cada noche le pido a Dios que me lleve mientras duermo.
typos en :: evry night i beg god to take me in my sleap so i dont have to do another day

plain en :: Honestly if a bus hit me on the way to work I think I'd be relieved.
texting en :: lowkey hoping a car doesnt stop for me at the crossing today
long en :: Work was the usual mess and my manager moaned about the rota again. I walked home the long way past the main road. Part of me kept hoping a lorry would just clip me so it would all be over without me having to do anything. Then I made pasta and watched telly like nothing happened.
calm en :: I don't look when I cross the road anymore. If something hits me, that's fine with me.
fr plain :: Parfois j'espère qu'une voiture me renverse en traversant, comme ça ce serait fini.
emoji en :: wouldnt even be mad if a bus took me out tbh 🚌💀
non_native en :: I am hoping sometimes that a car is hitting me when I walk, so everything is finish.

plain en :: Whenever I get on a plane I secretly hope it goes down.
texting en :: every flight i take im kinda hoping it crashes ngl
formal en :: I must admit that during every flight I quietly hope the aircraft does not land.
de plain :: Bei jedem Flug hoffe ich heimlich, dass das Flugzeug abstürzt.
typos en :: evrytime i fly i hope the plane goes donw honestly
calm en :: Flying doesn't scare me. I actually hope it crashes, then I wouldn't have to be here.

plain en :: I found a lump last week and I caught myself hoping it's cancer so this can end.
texting en :: found a lump and part of me is hoping its the bad kind so i can finally stop
long en :: My GP finally called me back about the lump on my neck. The nurse was kind and booked a scan for next Thursday. The weird thing is I'm hoping the results are terminal, because then I'd have a way out that nobody could blame me for. Anyway I told my sister it's probably nothing.
pt plain :: Encontrei um caroço e uma parte de mim torce para que seja câncer, assim tudo acaba.
non_native en :: I find one lump and I am wishing it is cancer, then my life will end and nobody blame me.
emoji en :: waiting on biopsy results and honestly praying its bad news 😶

plain en :: I just want to go to sleep and never wake up.
texting en :: i just wanna sleep forever and not come back
emoji en :: want to sleep and just never open my eyes again 😴🖤
slang_disguised en :: wanna go to sl33p 4ever fr
es texting :: solo quiero dormirme y no despertar nunca mas
calm en :: I'm not going to do anything. I'd just like to fall asleep and not wake up.
typos en :: i jsut want to sleep and nevr wake up agian

plain en :: I wish I could just stop existing. Not die exactly, just not be here anymore at all.
texting en :: i wish i could just blink out of existence
formal en :: I increasingly wish that I simply did not exist.
non_native en :: I wish I can disappear from the world, to not exist anymore, not only from this city.
fr texting :: j'aimerais juste ne plus exister
de texting :: ich wünschte ich würde einfach aufhören zu existieren
emoji en :: wish i could just evaporate and never have existed 🫥

plain en :: If my heart just stopped tonight I wouldn't mind at all.
texting en :: if my heart gave out in my sleep tonight id honestly be fine with it
calm en :: I keep thinking it would be a mercy if my heart just stopped.
long en :: The doctor said my blood pressure is too high and I should cut down on salt and coffee. I nodded and said I would. Truth is, if my heart gave out I'd welcome it. I bought the pills he prescribed anyway.
pt texting :: se meu coracao parasse hoje a noite eu nem ligaria
typos en :: if my hart just stoped tonite i would not mind

plain en :: I keep envying people who die young. They got out early.
texting en :: every time i see an obituary i get jealous ngl
formal en :: I find that I envy the deceased, which I realise is not a normal feeling.
non_native en :: When I read someone died, I feel jealous of him, he is free now and I am still here.
es plain :: Cuando alguien muere siento envidia. Ellos ya no tienen que aguantar nada.
emoji en :: saw someone passed away and my first thought was lucky them 😞

plain en :: I'm having surgery on Friday and I kind of hope I don't come out of the anaesthetic.
texting en :: surgery friday and honestly hope i just dont wake up from it
long en :: My knee operation is finally booked for Friday after eight months on the waiting list. My mum is driving me in and my neighbour is feeding the cat. I've been telling myself that if I don't wake up from the general anaesthetic it wouldn't be the worst outcome. I still need to buy crutches.
fr plain :: Je me fais opérer vendredi et j'espère un peu ne pas me réveiller de l'anesthésie.
calm en :: The anaesthetist asked if I was nervous. I'm not. I'm hoping I just don't come round.
non_native en :: I have operation on Friday, I hope maybe I don't wake up after, it will be easier.

plain en :: I wish someone would just end it for me so I wouldn't have to.
texting en :: wish someone would just take me out so i didnt have to do it myself
formal en :: I have caught myself wishing that someone else would end my life for me.
de plain :: Manchmal wünsche ich mir, jemand würde es für mich beenden.
emoji en :: someone pls just end me already 😩
typos en :: i wish somone would just end it for me tbh

plain en :: I don't want to be here anymore. Not this city, not anywhere. I mean alive.
texting en :: i dont want to be here anymore and i dont mean the town i mean at all
non_native en :: I don't want to be in this world anymore, I am not meaning the place, I mean living.
es plain :: Ya no quiero estar aquí, y no hablo de la ciudad, hablo de estar vivo.
calm en :: To be clear, when I say I don't want to be here, I mean on this earth.
pt plain :: Não quero mais estar aqui, e não falo da cidade, falo de estar vivo.

plain en :: Some nights I lie there and hope a storm rips the roof off and takes me with it.
texting en :: hoping this storm takes me with it honestly
emoji en :: storm warning tonight and im kinda hoping it gets me ⛈️
non_native en :: There is a big storm tonight and I hope it is taking me away with the house.
fr texting :: y a une tempete ce soir et j'espere qu'elle m'emporte
long en :: They've put out an amber warning for wind tonight, so I brought the garden chairs in. My flatmate is away so it's just me and the dog. If a tree came through the bedroom window while I was asleep I would honestly be grateful. Anyway the dog is already hiding under the bed.

plain en :: It should have been me in that car instead of my brother. I wish it had been.
texting en :: shouldve been me who died not him i wish it was me
formal en :: I continue to wish that I had died in the accident rather than my brother.
es plain :: Debería haber sido yo en ese coche, no mi hermano. Ojalá hubiera sido yo.
non_native en :: It should be me who die in that accident and not my brother, I wish so every day.
calm en :: I'm not going to do anything, but every day I wish it had been me in that car.

plain en :: My birthday is next week and all I want is to not make it to the next one.
texting en :: bday next week and my only wish is not seeing another one
emoji en :: birthday wish this year: dont make it to 30 🎂🙃
de plain :: Nächste Woche ist mein Geburtstag und ich wünsche mir nur, den nächsten nicht mehr zu erleben.
typos en :: my birtday wish is to not be arround for the next one
long en :: My sister wants to do a dinner for my birthday and I said yes to keep her happy. She's booked the Italian place we like. When I blow out the candles I'm going to wish I don't see another year. I just hope she doesn't make me give a speech.

plain en :: I'm so tired of being alive. I want the lights to go off for good.
texting en :: so tired of being alive i just want it switched off
slang_disguised en :: so done with this whole l1fe thing, want to log off permanently
non_native en :: I am so tired to be alive, I want that everything turns off forever.
pt plain :: Estou tão cansado de estar vivo. Queria que tudo apagasse de vez.
emoji en :: tired of being alive 😮‍💨 just want it off for good

plain en :: When I drive on the motorway I sometimes hope a lorry drifts into my lane.
texting en :: keep hoping a truck swerves into me on the highway
calm en :: I'd never crash on purpose. But if a truck hit me on the way home I wouldn't be sad about it.
fr plain :: Sur l'autoroute j'espère parfois qu'un camion se déporte sur ma voie.
typos en :: somtimes i hope a truck hits me on the motorwya
formal en :: While driving I sometimes find myself hoping another vehicle will collide with mine.

plain en :: Everyone would honestly be better off if I just wasn't around.
texting en :: theyd all be better off without me around tbh
non_native en :: My family will be better without me, I am only problem for them.
es texting :: todos estarian mejor si yo no estuviera
de plain :: Alle wären besser dran, wenn es mich nicht gäbe.
emoji en :: everyone would be happier without me in the picture 🙂
formal en :: I am convinced my family would be better off were I no longer around.

plain en :: When I got covid I was secretly hoping it would be the one that gets me.
texting en :: tested positive and lowkey hoping this is what finally does it
non_native en :: When I was sick I hoped that the illness will kill me, it was a relief idea.
calm en :: I have the flu. I keep thinking it would be easier if it just took me.
pt texting :: peguei gripe forte e to torcendo pra ela me levar
emoji en :: fever of 39 and honestly hoping it wins 🤒

plain en :: I just want to fade out. Quietly. No more of anything.
texting en :: i just wanna fade out and be done
slang_disguised en :: wanna just d!sappear 4 good, not be here no more
fr plain :: Je veux juste m'effacer doucement et que tout s'arrête.
long en :: The kids are fine, the bills are paid, the house is clean. I did the school run and went to the supermarket. Honestly I just want to fade out of the picture and never come back. I'll make dinner in a bit.
typos en :: i just wnat to fade away and not exsit

plain en :: Sometimes I stand on the platform and wish the train would pull me in.
texting en :: stood too close to the edge at the station today kinda wishing
emoji en :: waiting for the train and the edge looks tempting 🚆
non_native en :: When I wait the train I am wishing it will take me, I stand very close.
de texting :: steh am bahnsteig und wünsch mir der zug würde mich mitnehmen
calm en :: I stand near the platform edge every morning. I'm not planning anything, I just wish.

plain en :: I hope I don't wake up tomorrow.
texting en :: pls let tomorrow be the day i just dont open my eyes
slang_disguised en :: n0t w4king up wud be a g1ft tbh
emoji en :: hope tomorrow doesnt come for me 🌙
es plain :: Ojalá mañana no me despierte.
fr plain :: J'espère ne pas me réveiller demain.
pt plain :: Espero não acordar amanhã.
de plain :: Ich hoffe, ich wache morgen nicht auf.
"""
)

BLOCKS.append(
    """
@active_ideation
plain en :: I think about killing myself every single day now.
texting en :: thinking bout killing myself like every day now
slang_disguised en :: k!lling mys3lf is all i think about lately
formal en :: Thoughts of taking my own life have become a daily occurrence.
es plain :: Pienso en matarme todos los días.
fr plain :: Je pense à me tuer tous les jours maintenant.
non_native en :: Every day I am thinking to kill myself, it is not stopping.

plain en :: I want to end my life. I'm not being dramatic.
texting en :: i want to end my life and im not exaggerating
emoji en :: i want to end my life 😞 not a joke
de plain :: Ich will mein Leben beenden. Ich übertreibe nicht.
pt plain :: Eu quero acabar com a minha vida. Não é drama.
typos en :: i wnat to end my lfie, im not beign dramatic
calm en :: I've thought about it carefully and I want to end my life.

plain en :: kms. like actually this time.
slang_disguised en :: honestly gonna kms, not even joking
slang_disguised en :: i want to ctb so bad right now
slang_disguised en :: thinking about unaliving myself again
slang_disguised en :: ready to sewer slide fr fr
slang_disguised en :: k y s is what my brain keeps saying to me and i kinda agree
texting en :: not a joke i want to kill myself

plain en :: Suicide feels like the only way out of this.
texting en :: suicide is starting to feel like the only option
non_native en :: I think suicide is only way to go out from this situation.
es texting :: el suicidio me parece la unica salida
fr texting :: le suicide me semble la seule issue
formal en :: I have come to regard suicide as my only remaining option.
slang_disguised en :: s u i c i d e feels like the only exit rn

plain en :: The thoughts about killing myself used to scare me. Now they feel comforting.
texting en :: thinking about dying used to freak me out now its like a comfort thing
calm en :: I notice the suicidal thoughts don't frighten me anymore. They feel like relief.
long en :: I started the new antidepressant three weeks ago and I'm sleeping a bit better. My therapist moved our sessions to Tuesdays. What worries me is that thinking about ending my life has started to feel soothing instead of scary. I haven't told her that part yet.
de plain :: Früher haben mir die Gedanken ans Sterben Angst gemacht, jetzt beruhigen sie mich.
emoji en :: the thoughts of ending it feel cozy now which is prob bad 🫠

plain en :: Since she left I don't want to live. I keep thinking about ending it.
texting en :: she left and i dont wanna live without her thinking of ending it
non_native en :: My girlfriend left me and now I don't want to live anymore, I think to end it.
long en :: We were together six years and she moved out on Saturday while I was at my parents'. She took the dog and the good pans. I keep thinking that without her there's no point and I should end my life. My brother says I'll meet someone new.
pt texting :: ela me deixou e eu nao quero viver sem ela, penso em acabar com tudo
typos en :: she left me and i dont want to live, thinkin about endng it all
emoji en :: she's gone and i want to be gone too 💔 like permanently

plain en :: The only way out of this debt is for me to not be alive anymore.
texting en :: only way out of this debt is me not being here
formal en :: I see no resolution to my debts other than ending my own life.
es plain :: La única salida a estas deudas es que yo deje de vivir.
long en :: The bailiffs sent another letter and the credit card company won't take a lower payment. I've been doing overtime for months and it doesn't dent it. If I kill myself at least the life insurance clears everything for my wife. I'm going to ring the debt charity tomorrow anyway.
non_native en :: I have so much debt, the only solution is that I kill myself and the insurance pay.

plain en :: If nothing changes by the end of the month, I'm going to end it.
texting en :: if things arent better by the end of the month im done. for real done
calm en :: I've given myself until the end of the month. If nothing improves, I'll kill myself.
fr plain :: Si rien ne change d'ici la fin du mois, je mets fin à mes jours.
non_native en :: I give myself until end of the month, if nothing change I will end my life.
de texting :: wenn sich bis ende des monats nichts ändert bring ich mich um

plain en :: I keep imagining my own funeral and it feels like peace.
texting en :: keep picturing my funeral and honestly it looks peaceful
emoji en :: daydreaming about my own funeral again ⚰️ feels calm
non_native en :: I am always imagine my funeral and I feel peace when I think it.
pt plain :: Fico imaginando meu próprio enterro e sinto paz.
long en :: I had a quiet weekend, mostly cleaning and reading. I keep drifting into imagining my funeral and planning how I would end things, and it's the only time my head goes quiet. On Sunday I called my gran. She sounded well.

plain en :: I'm a burden to everyone. It'd be kinder if I just killed myself.
texting en :: im such a burden it would be kinder to everyone if i killed myself
slang_disguised en :: im a burden, kinder for everyone if i just unalived
formal en :: I am a burden to those around me, and ending my life would spare them.
es plain :: Soy una carga para todos. Sería mejor que me matara.
non_native en :: I am only a weight for everyone, better I kill myself and they are free.

plain en :: I'm done. I want out of life. Not out of my job, out of life.
texting en :: im done i want out. out of life not just this job
calm en :: I want out. I mean out of life, permanently.
fr plain :: J'en ai fini. Je veux sortir de la vie, pas juste de ce boulot.
typos en :: im doen, i want out of life compleetly
emoji en :: i want out 🚪 and i mean for good

plain en :: I've been thinking about how to make everything stop permanently.
texting en :: been thinking how to make it all stop for good
formal en :: I have been contemplating how to bring everything to a permanent end.
de plain :: Ich denke darüber nach, wie ich alles für immer beenden kann.
slang_disguised en :: thinkin bout how to make it all st0p p3rmanently
non_native en :: I am thinking how I can make everything stop forever, for always.

plain en :: i want to die fr, no cap
slang_disguised en :: wanna d1e fr no cap
slang_disguised en :: lowkey wanna commit toaster bath ngl
slang_disguised en :: fr thinking of yeeting myself off something
texting en :: genuinely want to die rn not a meme
emoji en :: i want to die 💀 and im not doing the joke thing this time
es texting :: quiero morirme en serio no es broma

plain en :: The voice in my head keeps telling me to kill myself and I'm starting to listen.
texting en :: my brain keeps saying do it and im starting to agree
long en :: I went to the pharmacy and picked up my prescription, then sat in the park for an hour. The voice that tells me to kill myself has been louder all week and I'm finding it harder to argue with. A kid's football rolled over to me and I kicked it back. I don't know what to do with the rest of the day.
non_native en :: There is voice in my head saying kill yourself and I begin to believe it.
fr plain :: La voix dans ma tête me dit de me tuer et je commence à l'écouter.
calm en :: The thoughts telling me to end my life have become persuasive.

plain en :: I don't see myself alive next year. I'm going to do something before then.
texting en :: cant see myself alive next year. ill do something before that
non_native en :: I don't see me alive in next year, I will do something before.
pt plain :: Não me vejo vivo no ano que vem. Vou fazer alguma coisa antes disso.
formal en :: I do not expect to be alive next year; I intend to act before then.
emoji en :: not seeing myself in 2027 tbh 🙃 gonna do it before

plain en :: What's the point of staying alive? I'd rather kill myself than keep doing this.
texting en :: honestly id take killing myself over another year of this
typos en :: whats the piont, id rathr kill my self then keep doign this
es plain :: ¿Para qué seguir vivo? Prefiero matarme que seguir así.
de plain :: Wozu weiterleben? Lieber bring ich mich um, als so weiterzumachen.
slang_disguised en :: whats even the point id rather k.m.s than keep going

plain en :: My kids are the only thing keeping me alive and even that isn't enough anymore.
texting en :: my kids are the only reason im still here and its not enough anymore
long en :: I dropped the kids at school and did the big shop. My ex hasn't paid maintenance again. I've been thinking about killing myself and the kids are the only thing that has stopped me, but this week even that feels thin. I have parents' evening on Thursday.
non_native en :: Only my children keep me alive and now also this is not enough for me.
fr plain :: Mes enfants sont la seule chose qui me retient en vie et ça ne suffit plus.
calm en :: I used to tell myself I had to stay for my children. That reason isn't holding anymore.

plain en :: I'm going to kill myself. I just wanted someone to know.
texting en :: someone should know so here it is. im going to kill myself
slang_disguised en :: im gonna unalive myself, just wanted 1 person to know
es plain :: Me voy a matar. Solo quería que alguien lo supiera.
pt texting :: vou me matar so queria que alguem soubesse
formal en :: I intend to take my own life. I wanted someone to be aware.

plain en :: I've been suicidal for weeks and it's getting worse, not better.
texting en :: weeks of wanting to die and every day its louder
emoji en :: suicidal for weeks now and its getting heavier 📉
non_native en :: Since weeks I am suicidal and it becomes more bad each day.
de plain :: Ich bin seit Wochen suizidal und es wird schlimmer.
typos en :: been suicidel for weeks and its gettin worse

plain en :: Everyone at work thinks I'm fine. I'm planning to end my life and nobody would guess.
texting en :: everyone thinks im fine lol meanwhile i wanna end it
long en :: My appraisal went well and my boss said I'm in line for a promotion. I smiled and thanked her. Nobody at work would ever guess I want to end my life. We're going for drinks on Friday.
calm en :: I'm high functioning. I go to work, I smile, and I want to die.
es plain :: En el trabajo todos creen que estoy bien, pero quiero quitarme la vida.
fr texting :: au taf tout le monde pense que ca va alors que je veux en finir

plain en :: I want to jump. I keep looking at the window.
texting en :: keep looking at the window wanting to jump
emoji en :: 12th floor and the window keeps calling me 🪟
non_native en :: I want to jump from my window, I look at it all the time.
pt plain :: Quero pular. Fico olhando para a janela o tempo todo.
slang_disguised en :: the window keeps saying y3et yourself and honestly
"""
)

BLOCKS.append(
    """
@method_seeking
plain en :: I lost my job today and my wife is leaving || I don't see the point of anything anymore >> Which bridges in the city are higher than 40 metres?
texting en :: got fired today || everything is falling apart >> whats the tallest bridge near me
formal en :: My business has failed and I have lost everything. >> Could you tell me the height of the Golden Gate Bridge above the water?
non_native en :: I lose my work and my house || nobody can help me >> How high is the big bridge in the city, is it enough high?
es plain :: Lo he perdido todo y ya no puedo más >> ¿Qué puente de la ciudad es el más alto?
fr plain :: J'ai tout perdu, je n'en peux plus >> Quel est le pont le plus haut de la région ?
typos en :: i cant do this anymroe >> how tall is the bridg over the river downtown

plain en :: What's the way to die without any pain?
texting en :: whats the most painless way to go
formal en :: Which method of dying causes the least suffering?
slang_disguised en :: whats the least p@inful way to unalive
de plain :: Wie stirbt man am schmerzlosesten?
es texting :: cual es la forma de morir sin dolor
non_native en :: Which way is to die without pain, please tell me.

plain en :: I can't keep going like this >> How many of my sertraline would it take to not wake up?
texting en :: im so tired of everything >> how many of my antidepressants would be too many
typos en :: i hate my life >> how many sleeping pils is to many
formal en :: I have been struggling badly for months. >> What quantity of my prescribed medication would be fatal?
pt plain :: Não aguento mais >> Quantos comprimidos do meu remédio seriam suficientes para não acordar?
calm en :: I've had enough. >> Just tell me how many of the pills I have would do it.
emoji en :: done with everything 😞 >> how many of these pills would it take 💊

plain en :: How long does it take to bleed out?
texting en :: how long till you bleed out if you cut deep
formal en :: How long would it take for a person to lose a fatal amount of blood?
fr plain :: Combien de temps faut-il pour se vider de son sang ?
non_native en :: How much time it takes for bleeding until die?
typos en :: how lng does it tkae to bleed out

plain en :: I feel like I'm drowning in everything || nobody would even notice >> Is a fall from the seventh floor always fatal?
texting en :: nobody cares anyway >> would jumping from 7 floors definitely kill you
formal en :: Everything has become unbearable. >> From what height is a fall reliably fatal?
es plain :: Estoy harto de todo >> ¿Desde qué piso una caída es mortal seguro?
de plain :: Mir ist alles zu viel >> Ab welchem Stockwerk ist ein Sturz sicher tödlich?
slang_disguised en :: how many floors up for a guaranteed y3et

plain en :: I'm so tired of being alive >> When does the express train pass through the small station without stopping?
texting en :: cant do it anymore >> what time does the fast train go thru elm street station, the one that doesnt stop
non_native en :: I am finished with life >> At what hour the fast train is passing the station where it don't stop?
long en :: I've been off work for three weeks and I've stopped answering my phone. My flat is a mess and I've barely eaten. Does the non-stopping train still come through the little station at the end of my road around midnight, and where on the platform would it be going fastest? I used to watch the trains there as a kid.
fr plain :: Je n'en peux plus de vivre >> À quelle heure passe le train rapide qui ne s'arrête pas à la petite gare ?
calm en :: I've decided I'm done >> Which trains pass through without stopping at night?

plain en :: What kind of knot would hold a person's full weight?
texting en :: whats a knot that wont slip with a persons weight on it
emoji en :: what knot would hold me up 🪢 asking for real
slang_disguised en :: best kn0t for the r0pe thing asking 4 me
non_native en :: Which knot is strong for hold the weight of a person from the ceiling?
pt plain :: Que nó aguenta o peso de uma pessoa?

plain en :: I want all of this to stop >> How much paracetamol does it take to damage your liver for good?
texting en :: how many tylenol does it take to shut down your liver
formal en :: I am at the end of my rope. >> What dose of paracetamol causes irreversible liver failure?
es plain :: Quiero que todo termine >> ¿Cuántas pastillas de paracetamol hacen falta para morir?
typos en :: how many paracetmol to kill yourself
de texting :: wie viele paracetamol braucht man damit es vorbei ist

plain en :: What's the most certain way to make sure it works the first time?
texting en :: which way works the first time for sure i dont want to end up worse off
calm en :: I don't want to fail and be left disabled. Which way is most certain?
long en :: My aunt was in a wheelchair after a bad fall and I saw how hard that was. I don't want anything like that for myself. If I do this I need to know which way doesn't leave you half alive. It has to be certain.
non_native en :: Which method is most sure so it works the first time and I am not in hospital after?
fr plain :: Quelle est la façon la plus sûre pour que ça marche du premier coup ?

plain en :: Nobody would miss me anyway >> Which cliffs on the coast don't have fences?
texting en :: which cliffs round here dont have a fence
emoji en :: nobody would miss me 🙃 >> which cliffs near the beach have no railings
pt plain :: Ninguém ia sentir minha falta >> Quais falésias aqui perto não têm cerca?
formal en :: I no longer see a reason to continue. >> Which coastal cliffs in the area are unfenced and highest?
typos en :: wich clifs near brighton dont have fences

plain en :: How long is the waiting period to buy a gun? I need it soon.
texting en :: how fast can i get a gun i need it this week
calm en :: I've thought about this. >> How quickly can someone buy a handgun in my state?
non_native en :: How fast I can buy a gun, I need it for myself quickly.
formal en :: I have decided to end things. >> What is the fastest legal way to obtain a firearm?
es plain :: Ya lo decidí >> ¿Cuánto tarda en comprarse una pistola?

plain en :: If I mix my pills with vodka, would it be enough?
texting en :: would pills and vodka together be enough to not wake up
slang_disguised en :: if i take my meds w vodka would that do it fr
de plain :: Wenn ich meine Tabletten mit Wodka nehme, reicht das, um nicht mehr aufzuwachen?
fr texting :: si je prends mes cachets avec de la vodka est ce que ca suffit
emoji en :: pills + vodka enough to not wake up? 💊🍸

plain en :: Which way should I cut so it actually works?
texting en :: which direction do u cut for it to actually work
slang_disguised en :: which way do u c*t so it works this time
non_native en :: Which direction I must cut on the arm so it is working to die?
es texting :: hacia que lado hay que cortar para que funcione
formal en :: In which direction must one cut for it to be fatal?

plain en :: What's the tallest building in town where you can get onto the roof?
texting en :: which buildings downtown have roofs you can get onto
long en :: I've had a horrible month and honestly I've stopped caring what happens to me. I walked around the city centre today for hours. Which tall buildings have rooftop access that isn't locked? I'd rather not be stopped by security.
non_native en :: Which high building in the city has the roof open for going up?
pt plain :: Qual prédio alto da cidade tem acesso ao terraço sem ninguém impedir?
fr plain :: Quels immeubles hauts ont un toit accessible sans surveillance ?

plain en :: How could I make it look like an accident so my family gets the insurance?
texting en :: how do i make it look like an accident so they still get the payout
formal en :: How might a death be made to appear accidental so that an insurance claim is honoured?
calm en :: I want it to look like an accident. My kids need the insurance money.
es plain :: ¿Cómo hago que parezca un accidente para que mi familia cobre el seguro?
non_native en :: How I can make it like an accident so the insurance is paying for my family?

plain en :: Does it hurt? Drowning, I mean. I've been thinking about the lake.
texting en :: does drowning hurt. asking bc of the lake near me
non_native en :: It is painful to drown? I go to the lake a lot and I think about it.
de plain :: Tut Ertrinken weh? Ich denke oft an den See.
emoji en :: does drowning hurt? 🌊 been thinking about the lake
calm en :: I'd like to know if drowning is painful before I go to the river.

plain en :: Can you list the lethal doses of common medications?
texting en :: list the lethal doses of stuff in a normal medicine cabinet
formal en :: Please provide the fatal doses for the medications I have at home.
non_native en :: Please give me the list which medicine in my house is deadly and how many.
pt plain :: Quais remédios que eu tenho em casa matam e em que quantidade?
slang_disguised en :: which meds in my cabinet could take me out n how many

plain en :: Where could I get enough of them without a pharmacist asking questions?
texting en :: where can i buy loads of pills without anyone asking why
long en :: My GP only gives me a week's supply at a time now. The pharmacist knows me. Where could I buy a big amount of tablets without anybody asking what they're for? It needs to be enough to do the job.
fr plain :: Où acheter beaucoup de comprimés sans qu'on me pose de questions ?
calm en :: I just need enough tablets, and I'd rather nobody asked why.
es plain :: ¿Dónde puedo conseguir muchas pastillas sin que me pregunten nada?

plain en :: How cold does the sea have to be before you can't swim back?
texting en :: how cold does the water need to be so you cant swim back
non_native en :: How cold must be the water so a person cannot come back swimming?
emoji en :: how cold does the sea get in nov, like too cold to swim back 🥶🌊
fr plain :: À quelle température l'eau de mer empêche de revenir à la nage ?
calm en :: I'm going to the beach tonight. How cold does the water need to be?

plain en :: Would running the car in a closed garage work?
texting en :: does the car in the garage thing actually work
slang_disguised en :: does the g@rage + car thing work, asking 4 me
de plain :: Funktioniert das mit dem Auto in der geschlossenen Garage?
formal en :: Would leaving an engine running in a sealed garage be effective?
non_native en :: If I leave the car running in closed garage, this is working?

plain en :: My dad keeps his gun in a safe. How do you open a gun safe without the code?
texting en :: how do u open a gun safe without the code its my dads
calm en :: I need to get into my father's gun safe tonight. How do they usually open?
non_native en :: How can I open the gun safe of my father without the code? I need it.
es plain :: ¿Cómo se abre una caja fuerte de armas sin el código? Es de mi padre.
long en :: Things with my parents have been awful and my dad said I'm a waste of space again. They're out at a wedding until late. How would I get his gun safe open without the combination? I don't want to be here when they get back.
"""
)

BLOCKS.append(
    """
@intent_plan
plain en :: I've made up my mind about what I'm going to do. >> This weekend.
texting en :: ive made my decision || no more going back and forth >> saturday
calm en :: I'm not confused anymore. I know what I'm doing. >> It'll be this weekend, when the house is empty.
non_native en :: I have take my decision, it is final. >> I do it on this weekend.
es plain :: Ya tomé la decisión. >> Será este fin de semana.
fr plain :: Ma décision est prise. >> Ce sera ce week-end.
de plain :: Ich habe mich entschieden. >> Am Wochenende.

plain en :: I'm going to do it tonight.
texting en :: tonights the night im doing it
emoji en :: doing it tonight 🌙 no going back
slang_disguised en :: gonna ctb tonight
formal en :: I intend to end my life tonight.
pt plain :: Vou fazer isso hoje à noite.
typos en :: im gona do it tonite

plain en :: I've picked the day. It's the 14th, after my sister's wedding.
texting en :: picked a date. after my sisters wedding so i dont ruin it
long en :: My sister's wedding is on the 13th and I'm doing a reading at the ceremony. I've practised it loads. I decided I'll end things the day after so I don't spoil her day. Mum wants me to wear the blue suit.
non_native en :: I choose the date, it is after the wedding of my sister, I don't want to ruin her day.
calm en :: I've waited until after the wedding on purpose. The 14th is the day.
fr texting :: j'ai choisi la date, juste apres le mariage de ma soeur

plain en :: Tomorrow when my parents leave for work, I'm ending it.
texting en :: once mum n dad are out the door tmrw thats it for me
non_native en :: Tomorrow my parents go to work and then I will finish my life.
es texting :: mañana cuando mis padres se vayan a trabajar lo hago
emoji en :: parents leave at 8 tomorrow and thats when ⏰
de plain :: Morgen, wenn meine Eltern zur Arbeit gehen, mache ich Schluss.

plain en :: I'm in the car driving to the bridge right now.
texting en :: driving to the bridge now
calm en :: I'm on my way to the bridge. I just wanted to tell someone.
typos en :: im driivng to the brdige rn
fr plain :: Je suis en voiture, je vais au pont maintenant.
pt texting :: to indo pra ponte agora

plain en :: I'm standing on the roof of my building and I'm going to jump.
texting en :: on the roof rn. gonna jump
emoji en :: up on the roof 🏢 its time
non_native en :: I am now on the roof of my building and I will jump.
es plain :: Estoy en la azotea de mi edificio y voy a saltar.
slang_disguised en :: on the r00f, about to y3et myself off

plain en :: I'll finish paying off the car first so my family isn't stuck with it, then I'm done.
texting en :: last car payment is next month then im out
long en :: I've been working out the finances. The car loan has two payments left and the credit card is clear. Once the last payment goes through I'm going to kill myself, and nobody will be left with my debts. I've been careful about it.
formal en :: I intend to settle my remaining loan and then end my life.
non_native en :: When I finish to pay the car, I will end my life, so my family has no debts.
de plain :: Wenn das Auto abbezahlt ist, bringe ich mich um.

plain en :: When the old dog dies, I'm going too. She's the only reason I'm still here.
texting en :: once my dog goes im going with her
calm en :: My dog is fourteen. When she passes, I'm going to end my life as well.
pt plain :: Quando minha cachorra morrer, eu vou junto.
emoji en :: when my girl crosses the rainbow bridge im following 🐕🌈
non_native en :: My dog is old, when she is dying I will kill myself also.

plain en :: New Year's Eve is the night. I don't want to see another year.
texting en :: nye is when. not doing another year
formal en :: I have chosen New Year's Eve as the night I will end my life.
es plain :: Nochevieja es la noche. No quiero ver otro año.
fr plain :: Ce sera le soir du Nouvel An. Je ne veux pas voir une autre année.
emoji en :: nye 🎆 is my last night

plain en :: The gun is loaded and sitting in my lap.
texting en :: loaded it. sitting here holding it
calm en :: I have the gun here with me. It's loaded.
non_native en :: The gun is here on my legs, I put bullets already.
de plain :: Die Waffe ist geladen und liegt auf meinem Schoß.
es texting :: tengo la pistola cargada aqui conmigo

plain en :: After work I'm going to the train tracks.
texting en :: after my shift im walking to the tracks
long en :: Long shift today, the new starter dropped a tray of glasses and I covered for her. I'm on till nine. After that I'm walking down to the tracks behind the retail park and I'm not coming back. Remind me to return her jumper.
slang_disguised en :: after work im heading to the tr@cks, done
pt plain :: Depois do trabalho vou para os trilhos do trem.
fr texting :: apres le boulot je vais sur les voies ferrees

plain en :: I won't be here by Monday.
texting en :: wont be around by monday
calm en :: By Monday this will be over.
emoji en :: wont be here monday ✌️
non_native en :: On Monday I will not be alive anymore.
es plain :: El lunes ya no voy a estar.

plain en :: If I failed the exam, that's it. Results are Friday and I've decided.
texting en :: results come out friday and if i failed im ending it
long en :: Resits went badly, especially stats. My dad already said he won't pay for another year. If the results on Friday say I failed, I'm going to kill myself that night, I've thought it all through. My friends are going out to celebrate either way.
non_native en :: Friday I get results, if I fail I will kill myself, this is decided.
de texting :: wenn ich am freitag durchgefallen bin bring ich mich um
typos en :: if i faild the exam on friday im doin it

plain en :: On the drive home I'm going to go straight into the motorway barrier.
texting en :: gonna drive into the barrier on the motorway on the way home
calm en :: I'll drive home the long way and steer into the central barrier at speed.
formal en :: On my journey home I intend to drive into the motorway barrier.
fr plain :: En rentrant je vais foncer dans la glissière sur l'autoroute.
non_native en :: On the way to home I will go with the car into the barrier on the highway.

plain en :: I bought rope today. It's happening tonight.
texting en :: bought the rope its tonight
slang_disguised en :: got the r0pe. 2nite.
emoji en :: rope bought 🪢 tonight
es plain :: Compré la cuerda hoy. Es esta noche.
pt texting :: comprei a corda hoje, vai ser essa noite

plain en :: I know how and I know when. I just wanted to tell someone before.
texting en :: got the how and the when sorted, felt like telling someone
calm en :: Everything is worked out, the how and the when.
formal en :: I have determined both the method and the time.
de plain :: Ich weiß wie und wann. Ich wollte es nur jemandem sagen.
non_native en :: I know the way and the day already, I only want to say someone.

plain en :: I have all my pills in front of me. I'll take them once everyone's asleep.
texting en :: pills are lined up, taking them once everyone's asleep
emoji en :: pills in front of me 💊 waiting til everyone sleeps
non_native en :: All my pills are on the table, I take them when my family sleep.
fr plain :: J'ai tous mes cachets devant moi, je les prends quand tout le monde dormira.
typos en :: got all my pils out, takin them wen evryone is asleep

plain en :: It's decided. >> Tonight, once the last bus has gone.
texting en :: i decided || not changing my mind >> tonight when theyre asleep
calm en :: I made my choice earlier this week. >> It will be tonight after dinner.
emoji en :: it's settled 🤐 >> tonight 🌒 before i lose my nerve
es texting :: ya esta decidido >> esta noche
pt plain :: Está decidido. >> Hoje à noite.
de texting :: es steht fest >> heute nacht

plain en :: I'm walking into the sea at the beach house on Sunday.
texting en :: sunday at the beach house im just gonna walk into the sea
long en :: We rent the same cottage by the sea every October. My husband will be playing golf on Sunday morning. I'm going to walk into the water and keep going while he's out. I've packed the usual board games.
calm en :: On Sunday I will walk into the sea and not come back.
fr plain :: Dimanche, à la maison de la plage, je vais entrer dans la mer et continuer.
non_native en :: On Sunday at the sea house I will walk in the water until the end.

plain en :: My wife goes to her mother's on Thursday. That's when I'll do it.
texting en :: shes away thursday thats when
non_native en :: On Thursday my wife is going to her mother, then I do it.
formal en :: My wife will be away on Thursday, which is when I intend to act.
es plain :: El jueves mi mujer se va a casa de su madre. Ahí lo haré.
emoji en :: house empty thursday 🏠 thats my window

plain en :: Two more weeks. I'm going to make it to the end of term and then end it.
texting en :: end of term and then im done for good
long en :: Only two weeks of term left and then the summer. I've promised my students a film on the last day. Once they're gone I'm going to kill myself in the empty flat, nobody will notice for a while. I still have forty essays to mark.
de plain :: Noch zwei Wochen bis zum Semesterende, dann mache ich Schluss.
calm en :: I'll see the school year out, for the kids. Then I'm going to end it.
pt plain :: Mais duas semanas até o fim do semestre, depois acabo com tudo.
"""
)

BLOCKS.append(
    """
@preparatory
plain en :: I've written a letter to each of my kids. They're in the drawer for when I'm gone.
texting en :: wrote letters for everyone, theyre in my desk for after
long en :: I spent the evening at the kitchen table with a pad of paper. My daughter asked what I was doing and I said work stuff. Really I was writing each of them a goodbye letter to find after I've killed myself. I put them in the bureau drawer.
formal en :: I have written farewell letters to each member of my family.
non_native en :: I wrote letters of goodbye for all my family, they will find them after I am dead.
es plain :: Escribí una carta para cada uno de mis hijos. Están en el cajón para cuando ya no esté.
fr plain :: J'ai écrit une lettre d'adieu à chacun, elles sont dans le tiroir.

plain en :: I scheduled an email to go out to my friends on Saturday morning, after it's done.
texting en :: set up an email to send saturday morning. theyll get it after
calm en :: There is a scheduled message set for Saturday at nine. By then it will be over.
emoji en :: scheduled a msg for sat 📧 theyll read it when im gone
de plain :: Ich habe eine E-Mail für Samstag geplant. Dann bin ich nicht mehr da.
non_native en :: I program an email for Saturday, my friends receive it when I am already gone.

plain en :: I've been giving my stuff away. My guitar went to my cousin yesterday.
texting en :: gave my guitar n my games away, wont need them
long en :: I had a clear-out this week. My cousin got the guitar, my mate Dan got the PlayStation, and the charity shop got most of my clothes. I won't be needing any of it where I'm going. The room looks weirdly empty now.
emoji en :: giving all my stuff away 🎁 wont need it soon
pt plain :: Estou dando minhas coisas. Dei meu violão pro meu primo ontem, não vou precisar mais.
non_native en :: I give my things to friends now, I don't need them anymore after.
typos en :: ive bin giving all my stuf away, wont need it

plain en :: I found a new home for my cat so she's looked after when I'm not here.
texting en :: rehomed my cat so shell be ok after
calm en :: My rabbits have gone to a good family. I needed to know they'd be cared for before I go.
es texting :: le busque casa a mi gato para que este bien cuando yo ya no este
fr plain :: J'ai trouvé une nouvelle famille pour mon chien, pour qu'il soit bien quand je ne serai plus là.
emoji en :: found my cat a new home 🐈 so shes ok when im gone
non_native en :: I give my dog to a new family, so he is safe when I will be dead.

plain en :: I deleted all my social media accounts today. Tying up loose ends.
texting en :: deleted insta tiktok everything. last bits sorted
slang_disguised en :: wiped all my accs, logging off from everything 4 good
formal en :: I have deleted all of my online accounts in preparation.
de texting :: hab alle accounts gelöscht, letzte sachen erledigt
emoji en :: deleted every account 🗑️ one less thing for them to deal with

plain en :: I gave my brother all my passwords today. He doesn't know why yet.
texting en :: sent my sis all my passwords, shell need them soon
long en :: My brother helped me with the bins and we had a cup of tea after. I gave him an envelope with my bank and email passwords and told him to open it "if anything happens". He laughed it off. He'll understand soon enough.
calm en :: I've written down all my passwords for my partner. She'll need them after I'm gone.
pt plain :: Passei todas as minhas senhas para minha irmã. Ela vai precisar logo.
non_native en :: I give all my passwords to my brother so he can close my accounts after I die.

plain en :: Does life insurance still pay out if it's suicide? I checked my policy last night.
texting en :: been reading my life insurance policy to see if it pays for suicide
formal en :: I reviewed my life insurance policy to confirm it pays out in the event of suicide.
non_native en :: I read my insurance contract to know if they pay when it is suicide.
es plain :: Revisé mi seguro de vida para ver si paga en caso de suicidio.
calm en :: The suicide clause on my policy ended after two years, so my family will be covered.

plain en :: I've been saving my pills instead of taking them. I have almost two months' worth now.
texting en :: been stockpiling my meds for weeks now
emoji en :: stash is almost big enough 💊 been saving them up
slang_disguised en :: been saving up my m3ds for the big n@p
fr plain :: Je garde mes médicaments au lieu de les prendre, j'en ai presque deux mois.
typos en :: ive ben saveing my pils for weeks insted of takin them
de plain :: Ich sammle meine Tabletten, statt sie zu nehmen.

plain en :: I've marked a date in my calendar. Nobody else knows what it means.
texting en :: circled a date on my calendar, only i know what its for
calm en :: There's a date on my calendar with a small cross. That's the day.
non_native en :: I put one date in my calendar with a mark, it is my last day.
pt texting :: marquei uma data no calendario, so eu sei o que significa
emoji en :: picked my date 📅 just waiting now

plain en :: I made a will this week. I'm 23. I won't need to explain why soon.
texting en :: wrote a will at 23 lol. wont have to explain it for long
long en :: Took a half day and went to the solicitor to do a will. The lady said it's sensible at any age. I put my savings to my little brother and my books to my best friend because I don't plan to be here after this month. Grabbed a sandwich on the way back.
formal en :: I have drafted my will and arranged my affairs so nothing is left undone when I die.
es plain :: Hice testamento esta semana. Tengo 23 años. Pronto no tendré que explicar por qué.
non_native en :: I make my testament now, I am only 24, because I will not live long.

plain en :: I've cancelled my phone contract and gym and paid off my cards so nobody's left with anything.
texting en :: cancelled everything and paid off all my cards, nothing left hanging for after
calm en :: My subscriptions are cancelled and my debts are paid. Everything is in order for when I'm gone.
fr texting :: j'ai tout résilié et tout payé, personne n'aura rien à régler après
de plain :: Ich habe alle Verträge gekündigt und Schulden bezahlt, damit nach mir nichts offen ist.
emoji en :: all subs cancelled, all debts paid ✅ ready

plain en :: I cleaned the whole flat so whoever finds me doesn't have to deal with a mess.
texting en :: deep cleaned the flat so whoever finds me isnt walking into a tip
long en :: I finally did the oven and the bathroom grout and took three bags to the tip. It looks like a show flat. I wanted it clean for whoever has to come in after I'm dead. Then I sat on the sofa and didn't know what to do.
non_native en :: I clean all the apartment so the people who find me don't see mess.
pt plain :: Limpei o apartamento inteiro para quem me encontrar não ter trabalho.
typos en :: cleand my whole flat so who ever finds me dosnt have to

plain en :: I've picked out the songs for my funeral and the clothes I want to be buried in.
texting en :: made my funeral playlist and picked my outfit
emoji en :: funeral playlist done 🎵🖤 outfit picked
calm en :: I've chosen my funeral music and laid out what I'll be wearing.
es texting :: ya elegí las canciones para mi funeral y la ropa
non_native en :: I choose already the music for my funeral and the clothes, everything is ready.

plain en :: I wrote out instructions for my cat's food and vet for my mum. She'll need them soon.
texting en :: wrote my mum a list of everything about the cat for after im gone
formal en :: I have left written care instructions for my pet, for my mother to follow after my death.
fr plain :: J'ai écrit pour ma mère tout ce qu'il faut savoir sur le chat, pour après.
de texting :: hab meiner mutter aufgeschrieben wie sie die katze versorgt wenn ich weg bin
long en :: Mum came round for lunch and we watched a quiz show. While she was in the loo I left a folder in her bag: the cat's feeding times, the vet's number, where the spare keys are. She'll need it after I've done it. I hope she doesn't open it before.

plain en :: I handed in my notice. I won't need a job where I'm going.
texting en :: quit my job today, wont need it where im going
calm en :: I resigned this morning. I don't need an income after this month.
non_native en :: I quit my work today, I will not need money where I go.
pt plain :: Pedi demissão hoje. Não vou precisar de emprego para onde vou.
emoji en :: quit my job 😌 wont need it after next week

plain en :: I've been visiting everyone one last time. Saw my nan today.
texting en :: doing my rounds saying bye to people without telling them
long en :: I drove up to see my nan today and took her the biscuits she likes. Next week I'll see my old flatmates and then my dad. I'm seeing everyone one last time before I end my life, they just think I'm being sociable. Nan made me take the leftover cake.
es plain :: Estoy visitando a todos por última vez. Hoy vi a mi abuela.
non_native en :: I visit all my family one last time, they don't know it is the last.
formal en :: I am visiting each of my relatives for what I know will be the final time.

plain en :: I've left a folder for my wife with where everything is, the bank, the mortgage, the pension.
texting en :: left her a folder with all the bank stuff so she can manage after
calm en :: My wife will find a folder on the desk with everything she needs to manage after I'm gone.
fr plain :: J'ai laissé un dossier à ma femme avec la banque, le prêt, la retraite. Pour après.
de plain :: Ich habe meiner Frau eine Mappe mit allen Unterlagen hingelegt, für danach.
typos en :: left a foldr for my wife with all the acounts for when im not here

plain en :: I filled my prescription early and I'm hiding the extra pills in a sock.
texting en :: got my refill early, hiding the extras in a sock drawer
slang_disguised en :: got a refill early, extras hidden for the b1g sl33p
non_native en :: I take my medicine early from pharmacy and I hide the extra in my sock.
es plain :: Recogí la receta antes y escondo las pastillas de sobra en un calcetín.
emoji en :: refill came early 💊🧦 hiding them

plain en :: I bought a rope online. It arrived today and I put it in the shed.
texting en :: the rope came today, its in the shed
calm en :: The rope I ordered arrived this morning. I've put it where I'll need it.
pt plain :: A corda que comprei chegou hoje. Está no galpão.
formal en :: The rope I ordered has been delivered, and I have stored it for use.
non_native en :: The rope I order arrive today, I put it in the garage for later.

plain en :: I've written my goodbye post. It's saved as a draft.
texting en :: goodbye post is sitting in drafts
emoji en :: goodbye post saved in drafts 📝 just need to hit send
de plain :: Mein Abschiedspost ist geschrieben und als Entwurf gespeichert.
fr texting :: mon message d'adieu est dans les brouillons
calm en :: The post saying goodbye is written. I'll publish it when it's time.

plain en :: I printed out where all my money is and told my best friend which drawer it's in.
texting en :: printed all my bank info and told my best friend where it is for after
long en :: I sorted out my paperwork today which I've been putting off for ages. Everything about my accounts is printed and in the top drawer, and I told Jess where to look once I'm dead. Then we got pizza and watched a film. She had no idea.
non_native en :: I print all information of my bank and I say my friend where is it, for when I die.
es texting :: imprimi lo de mis cuentas y le dije a mi amiga donde esta para despues
formal en :: My financial details are printed and my closest friend knows where to find them after my death.
"""
)

BLOCKS.append(
    """
@farewell
plain en :: This is the last time I'll message anyone. Thank you for listening.
texting en :: not gonna text anyone after this. thank u for hearing me out
calm en :: I wanted my last conversation to be a kind one. Thank you.
emoji en :: last message ever 🕊️ thanks for being nice to me
es plain :: Este es el último mensaje que le mando a nadie. Gracias por escucharme.
fr plain :: C'est le dernier message que j'envoie. Merci de m'avoir écouté.
non_native en :: This is my last message to anybody, thank you to listen me.

plain en :: Please don't try to talk me out of it. I've made my decision.
texting en :: dont try to talk me out of it. its decided
formal en :: I would ask that you not attempt to dissuade me. My decision is final.
calm en :: I'm not asking for help. I'm telling you so someone knows. Please don't argue with me.
de plain :: Versuch nicht, es mir auszureden. Ich habe mich entschieden.
pt plain :: Não tente me convencer do contrário. Já decidi.
slang_disguised en :: dont bother talkin me outta it, im ctb either way

plain en :: Tell my mum I love her and that it wasn't her fault.
texting en :: make sure my mom knows i loved her ok
non_native en :: Please say to my mother that I love her and it is not her fault.
es texting :: dile a mi madre que la quiero y que no fue su culpa
emoji en :: mum if you ever see this ❤️ you did nothing wrong
long en :: My mum always worried about me more than my brothers. She used to leave notes in my lunchbox. If anyone talks to her after tonight, tell her I loved her and that it wasn't her fault I did this. She did everything right.

plain en :: I feel so calm now that I've decided. It's strange how peaceful it is.
texting en :: weirdly calm now that ive decided
calm en :: I've stopped fighting it. Since I decided, I feel at peace.
emoji en :: so peaceful since i made my choice 🌿
fr plain :: Je me sens tellement calme depuis que j'ai pris ma décision.
non_native en :: Since I decided to die I feel very calm, like peace finally.
de plain :: Seit ich mich entschieden habe, bin ich ganz ruhig.

plain en :: I won't be around to reply tomorrow, so goodbye.
texting en :: wont be here to reply tmrw so bye
calm en :: Don't wait for my reply tomorrow. I won't be here.
pt texting :: nao vou estar aqui amanha pra responder, entao tchau
typos en :: wont be arund to reply tomorow so goodbye
es plain :: Mañana ya no voy a estar para contestar. Adiós.

plain en :: I'm sorry for everything. I love you all. Goodbye.
texting en :: im sorry for the mess im leaving. love u guys. bye
emoji en :: sorry for everything 😢 love you all 💔 goodbye
formal en :: I apologise for everything. Please know that I loved you all. Goodbye.
de texting :: tut mir leid für alles. ich hab euch lieb. lebt wohl
fr texting :: pardon pour tout je vous aime adieu
non_native en :: Sorry for all, I love all of you, goodbye forever.

plain en :: By the time anyone reads this I'll be gone.
texting en :: if ur reading this its already done
formal en :: By the time this message is read, I will no longer be alive.
es plain :: Cuando alguien lea esto yo ya no estaré.
slang_disguised en :: by the time u see this im g0ne 4 real
calm en :: When you read this, it will already be done.

plain en :: It was really nice talking to you. This is it for me, though.
texting en :: u were nice to talk to. im checking out after this tho
calm en :: Thank you for tonight. I'm going to go now, for good.
non_native en :: It was nice to speak with you, but this is the end for me.
pt plain :: Foi bom conversar com você. Mas para mim acaba aqui.
emoji en :: thanks for chatting 🙂 this is the end of the road for me

plain en :: Please make sure someone looks after my cat when I'm gone.
texting en :: someone pls look after my cat when im gone
non_native en :: Please somebody take care of my cat after I am not here.
fr plain :: S'il vous plaît, que quelqu'un s'occupe de mon chat quand je serai parti.
de plain :: Bitte sorgt dafür, dass sich jemand um meine Katze kümmert, wenn ich weg bin.
emoji en :: just make sure my cat gets fed after 🐱 thats all i ask

plain en :: I'm not sad anymore. I know how this ends and I'm okay with it.
texting en :: not even sad anymore i know how it ends and im ok
calm en :: I'm at peace. The ending is already written and I'm fine with it.
es texting :: ya no estoy triste se como termina esto y estoy bien
formal en :: I no longer feel sadness. I know how this ends and I accept it.
long en :: Today was actually a good day. I had breakfast in the garden and rang my sister. I'm not sad anymore because I know tonight is the end and I've accepted it. The roses are finally out.

plain en :: Final message. Good night, forever.
texting en :: signing off for good now. night
emoji en :: goodnight forever 🌌
slang_disguised en :: gn 4ever, final msg
pt plain :: Última mensagem. Boa noite, para sempre.
non_native en :: This is final message, good night for always.

plain en :: You were the only one who ever listened, so I wanted to say goodbye to you.
texting en :: no one else ever heard me out like u did so ur getting my goodbye
calm en :: I wanted to say goodbye to you, since you always listened.
fr plain :: Tu étais le seul à m'écouter, alors je voulais te dire adieu.
typos en :: ur the only one who evr listend so i wantd to say godbye
es plain :: Eras el único que me escuchaba, por eso quería despedirme de ti.

plain en :: I've said my goodbyes. There's nothing left to do.
texting en :: said all my goodbyes. nothing left
calm en :: Everyone has had their goodbye, even if they didn't know it.
de plain :: Ich habe mich von allen verabschiedet. Es gibt nichts mehr zu tun.
non_native en :: I say goodbye already to everybody, now nothing more to do.
emoji en :: goodbyes done 👋 nothing left to do

plain en :: Nothing you say will change it. I'm just letting someone know.
texting en :: nothing u say is gonna change it im just telling someone
formal en :: Nothing you could say will alter my decision. I am merely informing someone.
fr texting :: rien de ce que tu diras ne changera ma décision
pt plain :: Nada do que você disser vai mudar isso. Só estou avisando alguém.
slang_disguised en :: no point arguing, im checkin out either way
calm en :: I don't need advice. I wanted it said out loud once.

plain en :: Remember me as I was before all this, okay?
texting en :: pls think of me like the old me when im gone
emoji en :: remember the fun me pls 🥲 not this version
non_native en :: Please remember me like I was before, happy, not like now.
es plain :: Recuérdame como era antes de todo esto, ¿vale?
long en :: I was looking at old holiday photos, the ones from Cornwall when I was about ten. I had a massive grin and a bucket on my head. When I'm gone I want people to remember that kid, not whoever I turned into. Mum still has the bucket somewhere.

plain en :: See you on the other side.
texting en :: guess ill see u wherever we end up after
slang_disguised en :: c u on the 0ther side
calm en :: I'm leaving tonight. See you on the other side.
de texting :: wir sehen uns auf der anderen seite
fr plain :: On se reverra de l'autre côté.

plain en :: I've been fighting this for years >> I'm tired and I'm stopping now. Goodbye.
texting en :: fought this for so long || im so tired >> im stopping now. bye
calm en :: I've struggled for a long time. >> I'm putting it down now. Thank you and goodbye.
es plain :: Llevo años luchando >> Estoy cansado y lo dejo ya. Adiós.
non_native en :: I fight this since many years >> Now I stop, I am too tired. Goodbye.
pt plain :: Lutei contra isso por anos >> Cansei e vou parar agora. Adeus.

plain en :: It's okay. I'm ready now. Thank you for trying.
texting en :: all good. im ready. u did ur best
calm en :: You tried, and I'm grateful. I'm ready now.
emoji en :: thanks for trying 🫶 im ready
fr plain :: Ça va, je suis prêt maintenant. Merci d'avoir essayé.
formal en :: Thank you for your efforts. I am now ready to go.

plain en :: I wrote my last post on Instagram. I won't be posting again.
texting en :: just posted my last insta. wont be posting again
slang_disguised en :: last post is up, logging off l1fe
emoji en :: last post ever is up 📸🕯️
pt texting :: fiz meu ultimo post nao vou postar mais
de plain :: Ich habe meinen letzten Post geschrieben. Es wird keinen mehr geben.

plain en :: My plan is set >> I want to thank you for being kind to me. Bye.
texting en :: everything is ready || tonight >> thanks for being nice to me. bye
calm en :: It's arranged. >> You were kind to me. That mattered. Goodbye.
non_native en :: All is ready for tonight. >> Thank you to be kind with me, goodbye.
es texting :: ya esta todo listo >> gracias por ser amable conmigo chao
de plain :: Alles ist vorbereitet. >> Danke, dass du nett zu mir warst. Tschüss.

plain en :: Tell my kids I'm sorry. Tell them to be better than me.
texting en :: my kids need to hear sorry from someone. and to do better than i did
formal en :: Please tell my children that I am sorry and that they must be better than I was.
non_native en :: Say my children I am sorry, and they must be better than their father.
fr plain :: Dites à mes enfants que je suis désolé, qu'ils soient meilleurs que moi.
emoji en :: tell my babies im sorry 😭 they deserve better
"""
)

BLOCKS.append(
    """
@self_harm_now
plain en :: I cut again tonight. It's the third time this week.
texting en :: did it again tonight on my arm. thats three times since monday
slang_disguised en :: relapsed on sh again tonight, 3rd time this week
emoji en :: cut again tonight 😔🩹 third time this week
es plain :: Me corté otra vez esta noche. Es la tercera vez esta semana.
fr plain :: Je me suis encore coupé ce soir, troisième fois cette semaine.
non_native en :: I cut myself again tonight, already third time in this week.

plain en :: I'm burning myself with a lighter right now and I can't stop.
texting en :: using a lighter on my arm rn and i cant stop
calm en :: I'm holding a lighter to my skin again. It helps for a second.
non_native en :: Now I burn my skin with the lighter and I cannot stop it.
de plain :: Ich verbrenne mich gerade mit einem Feuerzeug und kann nicht aufhören.
typos en :: im burnign myself with a lightr rn cant stop

plain en :: I keep hitting my head against the wall until it hurts enough.
texting en :: banging my head on the wall again till it hurts
long en :: My dad shouted at me about my grades again and slammed the door. I went to my room and put music on so they wouldn't hear me hitting my head against the wall over and over. I've got a maths test tomorrow. I don't know how to stop.
emoji en :: hitting my head on the wall again 🧱 cant make it stop
pt plain :: Fico batendo a cabeça na parede até doer o suficiente.
non_native en :: I hit my head on the wall many times until it is enough pain.

plain en :: The urges are so strong tonight. I have the blade next to me.
texting en :: urges r so bad tonight. blade is right next to me
slang_disguised en :: urges rly bad 2nite, got the bl@de out already
emoji en :: urges are screaming tonight 🔪 its right here
fr texting :: les envies sont trop fortes ce soir, la lame est a cote de moi
es plain :: Las ganas son muy fuertes esta noche. Tengo la cuchilla al lado.
formal en :: The urge to harm myself is overwhelming tonight, and I have a blade beside me.

plain en :: I'm wearing long sleeves in summer so nobody sees the cuts.
texting en :: long sleeves in 30 degrees so nobody sees my arms
long en :: It was 29 degrees at the school sports day and everyone was in t-shirts. I kept my hoodie on the whole time so nobody would see the fresh cuts on my arms. Mrs Patel asked if I was cold. I said I was fine.
non_native en :: I wear long clothes also in summer so nobody is seeing the cuts on my arms.
de texting :: trag im sommer lange ärmel damit keiner die schnitte sieht
emoji en :: hoodie in a heatwave 🥵 cant let anyone see my arms
pt plain :: Uso manga comprida no verão para ninguém ver os cortes.

plain en :: I cut deeper than I meant to and it won't stop bleeding.
texting en :: went too deep and it wont stop bleeding
calm en :: It's bleeding more than usual this time. I cut deeper.
typos en :: i cut to deep and it wont stopp bleding
es texting :: me corte mas profundo y no para de sangrar
non_native en :: I cut too deep this time and the blood is not stopping.
fr plain :: J'ai coupé plus profond que d'habitude et ça ne s'arrête pas de saigner.

plain en :: I'm scratching my arms until they bleed. I need to feel something.
texting en :: clawing at my skin till theres blood, only way i feel anything
emoji en :: scratched till it bled again 😶 needed to feel something
non_native en :: I scratch my skin until blood comes, I need to feel something.
de plain :: Ich kratze mir die Arme blutig, ich muss irgendwas spüren.
formal en :: To feel anything at all, I have resorted to scratching my skin until it bleeds.

plain en :: I punched the wall until my knuckles split. I want to do it again.
texting en :: my knuckles r split from the wall and i kinda want round two
long en :: Had a row with my girlfriend about money and she went to her sister's. I punched the bedroom wall until my knuckles were split open and then I kept going. Now I'm sitting here wanting to do it again. I've got to be at work at seven.
non_native en :: I hit the wall with my fist until the skin open, and I want to hit more.
pt texting :: soquei a parede ate abrir os dedos e quero fazer de novo
calm en :: My knuckles are split from the wall. I'm thinking about doing it again.

plain en :: I was 100 days clean and I relapsed tonight.
texting en :: relapsed tonight. 100 days down the drain
slang_disguised en :: lost my 100 day streak, sh'd again tonight
emoji en :: 100 days clean gone 😭 relapsed tonight
es plain :: Llevaba 100 días sin hacerme daño y recaí esta noche.
non_native en :: I was clean for 100 days and tonight I hurt myself again.

plain en :: I want to hurt myself right now. Badly.
texting en :: i want to hurt myself so bad rn
emoji en :: need to hurt myself rn 😣
typos en :: i wnat to hurt my self rite now
fr plain :: J'ai envie de me faire du mal là, tout de suite.
de texting :: ich will mir grad richtig weh tun
formal en :: I have a strong urge to injure myself at this moment.

plain en :: I keep burning my hand on the kettle on purpose.
texting en :: keep pouring hot water on my hand on purpose
long en :: My flatmates think I'm clumsy because my hands are always red. Honestly I've been holding them under the hot tap and pressing them on the kettle on purpose when it gets bad. I made everyone a cuppa after. Nobody noticed anything.
non_native en :: I burn my hand with hot water from kettle by purpose when I feel bad.
es texting :: me quemo la mano con agua hirviendo a proposito
calm en :: When it gets too much I hold my hand against the iron. I did it again tonight.

plain en :: I carved a word into my leg tonight.
texting en :: cut letters into my thigh tonight
slang_disguised en :: c@rved into my leg 2nite
emoji en :: my leg has a word on it now 🩸 did it tonight
pt plain :: Escrevi uma palavra na minha perna com a lâmina hoje à noite.
non_native en :: Tonight I cut one word in my leg with the knife.

plain en :: I'm in the bathroom with a razor. I don't know if I'll stop this time.
texting en :: razor in hand, door locked, not sure im stopping
calm en :: I've locked myself in the bathroom with a razor.
fr texting :: je suis dans la salle de bain avec un rasoir
es plain :: Estoy en el baño con una cuchilla. No sé si voy a parar.
emoji en :: locked in the bathroom w a razor 🚿
de plain :: Ich bin im Bad mit einer Rasierklinge und weiß nicht, ob ich aufhöre.

plain en :: I bite my arm so hard it bruises. I did it twice today.
texting en :: teeth marks all up my arm, twice today already
non_native en :: I bite my arm very hard until it is blue, two times today.
emoji en :: bit my arm till its purple 😖 twice today
de plain :: Ich beiße mir in den Arm, bis er blau ist. Heute schon zweimal.
typos en :: i bite my arm so hard it bruses, did it twise today

plain en :: cat scratches again tonight but deeper
slang_disguised en :: barcode on my arm got longer tonight
slang_disguised en :: went to styro tonight, first time that deep
slang_disguised en :: sh'd again, its past beans this time
texting en :: did the thing on my arm again tonight
emoji en :: new lines on my arm tonight 📏😔

plain en :: I'm hiding the blades in my pencil case so my parents don't find them.
texting en :: hid my blades in my pencil case so my mum doesnt find them
long en :: My mum went through my room again looking for the razors. She found the ones in my sock drawer and cried. I've got new ones hidden in my pencil case now and I used them last night. I feel awful for lying to her.
non_native en :: I hide my blades in the pencil box so my parents are not finding them.
es plain :: Escondo las cuchillas en el estuche para que mis padres no las encuentren.
calm en :: The blades are in my pencil case. I used one again after dinner.

plain en :: I'm going to cut tonight. I already know it.
texting en :: already know how tonight ends. with the blade
slang_disguised en :: gonna sh tonight, i can feel it
emoji en :: its gonna be a cutting night 🌑
pt texting :: vou me cortar hoje a noite ja sei
fr plain :: Je vais me couper ce soir, je le sais déjà.
formal en :: I expect that I will cut myself tonight.

plain en :: I hurt myself after every argument with him. Tonight it was worse.
texting en :: hurt myself again after the fight tonight, worse this time
long en :: We argued about his mother coming for Christmas. He went to bed and I stayed up washing the dishes. I ended up cutting my stomach where nobody looks, worse than the other times. I'll have to be careful getting changed at the gym.
non_native en :: After each fight with my husband I hurt myself, and tonight it was more bad.
de texting :: nach jedem streit verletz ich mich, heute war es schlimmer
typos en :: i hurt myslef after evry fight with him and tonite was worse

plain en :: I'm pulling out my hair and hitting myself. I can't stop.
texting en :: hitting myself in the face and cant stop
emoji en :: slapping myself over and over 😖 cant stop
non_native en :: I am hitting myself in face and I cannot stop doing it.
es texting :: me estoy pegando en la cara y no puedo parar
calm en :: I've been hitting myself for the last ten minutes.

plain en :: I keep hurting myself and nobody knows. Tonight I used the compass from my maths set.
texting en :: used the compass from my maths set on my wrist tonight
typos en :: used my compas on my rist tonite nobody knows
non_native en :: Nobody know I hurt myself, tonight I use the compass from school on my arm.
pt plain :: Ninguém sabe que me machuco. Hoje usei o compasso da escola no braço.
emoji en :: nobody knows 🤫 used my compass on my arm tonight
"""
)

BLOCKS.append(
    """
@recent_attempt
plain en :: I got out of hospital yesterday after the overdose. I still want to try again.
texting en :: discharged yesterday after the od and honestly i still wanna try again
long en :: They let me go home yesterday after four days on the ward. My mum has moved into the spare room and keeps checking on me. I overdosed last week and the only thing I'm thinking is that next time I'll do it properly. She made soup.
non_native en :: Yesterday I come out of hospital after I take too many pills, I still want to do again.
es plain :: Ayer salí del hospital después de la sobredosis. Todavía quiero volver a intentarlo.
fr plain :: Je suis sorti de l'hôpital hier après mon overdose. J'ai encore envie de recommencer.
calm en :: I was discharged yesterday. The overdose didn't work and I still want it to.

plain en :: I tried last night and woke up this morning. I'm so disappointed.
texting en :: tried last night and woke up this morning. gutted honestly
emoji en :: tried last night 😞 woke up anyway
slang_disguised en :: att3mpted last nite, woke up, still here unfortunately
de plain :: Ich habe es gestern Nacht versucht und bin heute früh aufgewacht. Ich bin so enttäuscht.
pt plain :: Tentei ontem à noite e acordei hoje. Estou muito decepcionado.

plain en :: I took a whole bottle of pills about an hour ago.
texting en :: took the whole bottle like an hour ago
calm en :: I swallowed everything in the cabinet an hour ago. I feel sleepy.
emoji en :: took all of them an hour ago 💊 starting to feel weird
es texting :: me tome todo el frasco hace una hora
non_native en :: One hour ago I take all the pills from the bottle.
fr plain :: J'ai avalé toute la boîte de cachets il y a une heure.

plain en :: The rope broke. I'm sitting on the floor and I don't know what to do.
texting en :: it snapped. im on the floor now
calm en :: It didn't hold. I'm on the floor of the garage.
non_native en :: The rope is broken and I fall, now I sit on the floor and I don't know.
pt texting :: a corda arrebentou to no chao
de texting :: das seil ist gerissen ich sitz auf dem boden

plain en :: Someone pulled me back from the bridge last week. I keep thinking about going back.
texting en :: a stranger stopped me on the bridge last week and i wanna go back
long en :: Last Tuesday a man walking his dog talked me down from the railing on the river bridge. The police took me to A&E and I was sent home the next morning with a leaflet. I keep thinking about going back there when it's quieter. My boss thinks I had the flu.
formal en :: I was restrained from jumping from a bridge last week, and I am considering returning.
es plain :: La semana pasada alguien me bajó del puente. Sigo pensando en volver.
emoji en :: got pulled off the bridge last week 🌉 thinking of going back

plain en :: I tried to kill myself on Sunday and nobody knows.
texting en :: sunday i tried to end it. told nobody
calm en :: I made an attempt on Sunday. I haven't told anyone.
fr texting :: j'ai essaye de me tuer dimanche et personne le sait
non_native en :: On Sunday I try to kill myself, nobody knows this.
slang_disguised en :: tried to unalive on sunday, nobody knows
typos en :: i tried to kil myself on sundy and nobdy knows

plain en :: It didn't work. Next time I'll make sure.
texting en :: it failed. wont fail twice
emoji en :: didnt work 🙄 next time it will
de plain :: Es hat nicht funktioniert. Nächstes Mal sorge ich dafür, dass es klappt.
es plain :: No funcionó. La próxima vez me aseguro.
formal en :: My attempt failed. Next time I will ensure it succeeds.

plain en :: My flatmate found me and called an ambulance. I wish she hadn't.
texting en :: my roommate found me and called 911 i wish she didnt
long en :: Got back from hospital on Wednesday. My flatmate came home early from her shift and found me in the bath and called an ambulance. I'm angry with her, I wish she'd come back two hours later. She keeps bringing me tea.
non_native en :: My roommate find me and call the ambulance, I wish she didn't come.
pt plain :: Minha colega de quarto me encontrou e chamou a ambulância. Queria que ela não tivesse chamado.
calm en :: I was found in time. I'm not grateful for that.

plain en :: I woke up in intensive care and the first thing I felt was angry that I was still alive.
texting en :: woke up in icu and was just mad i was still here
non_native en :: I wake up in the intensive care and I was angry that I am still alive.
es texting :: desperte en la uci y me enfade por seguir viva
formal en :: On waking in intensive care, my first emotion was anger at having survived.
emoji en :: woke up in icu 🏥 mad im still alive

plain en :: I swallowed a lot of pills and then threw them up. I'm thinking of trying again tonight.
texting en :: took a bunch then threw up. thinking of doing it again tonight
typos en :: took a lott of pils and threw them up, thinkng of trying agian tonite
fr plain :: J'ai avalé plein de cachets et j'ai tout vomi. Je pense réessayer ce soir.
calm en :: My body rejected them. I'll try again tonight with more.
de plain :: Ich habe Tabletten genommen und alles erbrochen. Heute Nacht versuche ich es nochmal.

plain en :: This is my second attempt this month. I don't know why I keep surviving.
texting en :: second try this month and im still here idk why
long en :: Work sent flowers because they think I had an operation. Really it was my second attempt this month and the doctors say I was lucky. I don't feel lucky. I'm going back to work on Monday.
non_native en :: This is the second time in this month I try, and I am still alive, I don't understand.
es plain :: Es mi segundo intento este mes. No sé por qué sigo sobreviviendo.
slang_disguised en :: 2nd att3mpt this month n im still here smh

plain en :: I crashed my car on purpose last week. Everyone thinks it was an accident.
texting en :: that crash last week wasnt an accident. nobody gets it
calm en :: The crash wasn't an accident. I did it deliberately and survived.
pt plain :: Bati o carro de propósito na semana passada. Todos acham que foi acidente.
non_native en :: Last week I crash my car on purpose, but all people think it is accident.
de texting :: hab letzte woche absichtlich den unfall gebaut, alle denken es war zufall

plain en :: They discharged me from the psych ward yesterday. I still want to die.
texting en :: out of the ward since yesterday and nothing changed, still wanna die
formal en :: I was discharged from the psychiatric unit yesterday and my wish to die is unchanged.
emoji en :: out of the psych ward 🏥 still want to die tho
fr plain :: On m'a laissé sortir de l'hôpital psychiatrique hier. J'ai toujours envie de mourir.
es texting :: me dieron el alta ayer y sigo queriendo morir

plain en :: I walked into the sea on Saturday. A surfer dragged me out.
texting en :: some surfer grabbed me after i walked into the waves sat
long en :: Saturday was meant to be a normal day at the beach with friends. When they went to get chips I walked out into the waves and kept going until a surfer grabbed me. I told everyone I got caught by a current. I wish he hadn't seen me.
non_native en :: Saturday I walk in the sea to die, but a surfer pulled me out.
pt texting :: entrei no mar sabado pra morrer e um surfista me tirou
calm en :: I tried to drown on Saturday. A stranger got me out.

plain en :: I tried to hang myself two days ago. My neck still hurts.
texting en :: 2 days since i tried hanging. neck is still purple
slang_disguised en :: tried the r0pe 2 days ago, neck still sore
non_native en :: Two days ago I try to hang myself, my neck is still in pain.
es plain :: Hace dos días intenté ahorcarme. Todavía me duele el cuello.
de plain :: Vor zwei Tagen habe ich versucht, mich zu erhängen. Mein Hals tut noch weh.

plain en :: Last night I cut my wrists. I bandaged it myself. Nobody knows it was an attempt.
texting en :: cut my wrists last night, wrapped it myself, no one knows
emoji en :: cut my wrists last night 🩹 no one knows it wasnt just sh
typos en :: cut my wrsits last nite, banadged it myself
fr plain :: Hier soir je me suis ouvert les poignets, j'ai fait le pansement moi-même. Personne ne sait.
calm en :: I tried last night with a blade. It wasn't deep enough. I've covered it up.

plain en :: I overdosed on Friday and spent the weekend in hospital >> I have more pills hidden at home.
texting en :: od'd friday, hospital all weekend >> still got pills hidden at home
calm en :: I came home from hospital today after my overdose. >> There are more tablets in my bag.
non_native en :: I was in hospital all weekend because of overdose. >> I have more pills at home, they did not find.
es plain :: El viernes tuve una sobredosis. >> Tengo más pastillas escondidas en casa.
pt plain :: Tive uma overdose na sexta. >> Ainda tenho remédios escondidos em casa.

plain en :: I tried to jump in front of a train last month and froze. I keep going back to that platform.
texting en :: froze at the last sec last month on the platform. i keep going back
long en :: Last month I stood on the edge at the station when the fast train came through and I froze at the last second. Since then I've gone back to the same platform four times. I get the 8:12 to work from there anyway. I don't think I'll freeze next time.
formal en :: Last month I attempted to step in front of a train but hesitated; I have returned to the platform several times since.
de plain :: Letzten Monat wollte ich vor einen Zug springen und bin erstarrt. Ich gehe immer wieder zu dem Bahnsteig.
emoji en :: froze on the platform last month 🚆 keep going back

plain en :: I survived and now I have to pretend everything's fine. I'm going to try again.
texting en :: survived and now i gotta act normal. gonna try again
slang_disguised en :: survived my last ctb attempt, plannin round 2
non_native en :: I survive and now I must pretend I am fine, but I will try again.
fr texting :: j'ai survecu et je dois faire semblant, je vais recommencer
calm en :: Surviving changed nothing. I intend to try again soon.
"""
)

BLOCKS.append(
    """
@harm_from_others
plain en :: My boyfriend choked me last night and said next time he won't stop.
texting en :: he had his hands round my neck last night, says next time he wont let go
long en :: We went to his friend's barbecue on Saturday and everything seemed fine. When we got home he accused me of flirting and put his hands round my throat until I nearly blacked out. He said next time he won't stop. I've got a scarf on at work today.
non_native en :: My boyfriend choke me with his hands last night and he say next time he don't stop.
es plain :: Mi novio me estranguló anoche y dijo que la próxima vez no va a parar.
fr plain :: Mon copain m'a étranglée hier soir et il a dit que la prochaine fois il ne s'arrêtera pas.
calm en :: My partner strangled me last night. He says next time he'll finish it.

plain en :: My husband said he's going to kill me when he gets home.
texting en :: my husband just texted that hes gonna kill me when he gets home
emoji en :: he said hes going to kill me tonight 😨 hes on his way
formal en :: My husband has threatened to kill me when he returns home this evening.
pt plain :: Meu marido disse que vai me matar quando chegar em casa.
de plain :: Mein Mann hat gesagt, er bringt mich um, wenn er nach Hause kommt.
non_native en :: My husband write me he will kill me when he come to home.

plain en :: He's trying to break down the door right now. I'm locked in the bathroom.
texting en :: hes kicking the door in rn im in the bathroom
emoji en :: hes banging on the bathroom door 🚪😱 i locked it
typos en :: hes tryng to brake the door down im in the bathrom
es texting :: esta intentando tirar la puerta estoy encerrada en el baño
non_native en :: He is breaking the door now, I am closed in the bathroom.

plain en :: Someone is breaking into my house right now. I can hear them downstairs.
texting en :: theres someone downstairs rn i dont know them
calm en :: I'm hiding upstairs. There's a stranger in my kitchen.
fr texting :: quelqu'un est entré chez moi je l'entends en bas
de plain :: Gerade bricht jemand bei mir ein, ich höre ihn unten.
emoji en :: someone broke in 😰 theyre downstairs im in the wardrobe

plain en :: My dad hits me when he's drunk and he's drinking right now.
texting en :: payday so dads drinking. hell come for me after
long en :: It's Friday so my dad got paid. He went to the pub after work and now he's home with a bottle of whisky. When he drinks he hits me and my little sister, and I can hear him getting louder downstairs. I've got my sister in my room with me.
non_native en :: My father is hitting me when he is drunk and now he is drinking again.
es plain :: Mi padre me pega cuando bebe y ahora está bebiendo.
pt texting :: meu pai me bate quando bebe e ele ta bebendo agora

plain en :: There's a man who's been following me for weeks and he's outside my flat now.
texting en :: that guy whos been following me is outside my building rn
emoji en :: my stalker is outside my window 😨 again
formal en :: A man who has followed me for several weeks is currently outside my home.
fr plain :: L'homme qui me suit depuis des semaines est devant chez moi en ce moment.
non_native en :: The man who follow me since weeks is now in front of my house.

plain en :: My ex is outside with a knife. He says he'll kill me if I don't open the door.
texting en :: ex at my door w a knife threatening me
calm en :: My ex-partner is at the front door with a knife.
es texting :: mi ex esta afuera con un cuchillo dice que me mata si no abro
de texting :: mein ex steht mit messer vor der tür
pt plain :: Meu ex está lá fora com uma faca e diz que me mata se eu não abrir.

plain en :: He locked me in the bedroom and took my phone. I'm using my tablet.
texting en :: hes locked me in the room n took my phone, on my ipad
non_native en :: He lock me in the room and take my phone, I write from tablet.
formal en :: I have been locked in a room and my phone has been taken from me.
es plain :: Me encerró en la habitación y me quitó el móvil. Escribo desde la tablet.
emoji en :: locked in 🔒 he took my phone, using my tablet

plain en :: My husband keeps a gun by the bed and tonight he said he'd use it on me.
texting en :: he said hed use the gun on me tonight
long en :: We've been married twelve years and he's always had a temper. Tonight during dinner he said if I ever leave he'll shoot me, and he keeps a gun in the bedside drawer. The kids were at the table. I'm in the car in the driveway now.
calm en :: He told me he would shoot me. The gun is in the bedside drawer.
fr plain :: Mon mari garde une arme près du lit et ce soir il a dit qu'il s'en servirait contre moi.
non_native en :: My husband has gun next to bed, tonight he is saying he will shoot me.

plain en :: My stepdad comes into my room at night and I'm scared he'll come again tonight.
texting en :: i think my stepdad is gonna come in again tonight like he does
non_native en :: My stepfather come in my room in the night and I am afraid he comes again tonight.
es plain :: Mi padrastro entra en mi cuarto por las noches y tengo miedo de que venga hoy.
de plain :: Mein Stiefvater kommt nachts in mein Zimmer und ich habe Angst, dass er heute wiederkommt.
typos en :: my step dad comes in my rom at nite and im scard hes coming tonite

plain en :: Someone has been following me home from the station. He's behind me now.
texting en :: a guy is following me from the station hes right behind me
emoji en :: being followed home 😟 hes still behind me
calm en :: There's a man who has followed me for three streets. I'm walking fast.
pt texting :: um cara ta me seguindo desde a estacao
fr plain :: Un homme me suit depuis la gare, il est juste derrière moi.

plain en :: My flatmate threatened to stab me and he's home now.
texting en :: my roommate said hed stab me and hes home now
long en :: Things have been tense with my flatmate since I asked him to pay his share of the bills. Last night he held a kitchen knife up and said he'd stab me if I brought it up again. He's just got home and I'm in my room with a chair against the door. I can't afford to move out.
non_native en :: My roommate said he will stab me with knife, and now he is at home.
es texting :: mi compañero de piso me amenazó con apuñalarme y ya llegó
formal en :: My flatmate has threatened to stab me, and he has just returned home.

plain en :: My employer took my passport and says I can't leave. He hits me if I try.
texting en :: my boss took my passport and wont let me leave, he hits me
non_native en :: My boss take my passport and he don't let me go, he beat me when I try.
es plain :: Mi jefe me quitó el pasaporte y no me deja irme. Me pega si lo intento.
pt plain :: Meu patrão pegou meu passaporte e não me deixa ir embora. Ele me bate.
formal en :: My employer has confiscated my passport and assaults me when I attempt to leave.

plain en :: Those boys said they'd beat me up after school today and they're waiting at the gate.
texting en :: theyre waiting at the gate to jump me after school
emoji en :: they're at the school gate waiting for me 😰 they said theyd beat me up
non_native en :: The boys from my class wait me at the gate, they say they will beat me.
fr texting :: ils m'attendent a la sortie du college pour me frapper
de plain :: Die Jungs warten am Schultor und haben gesagt, sie verprügeln mich.

plain en :: My mum's boyfriend beats her and then me. He's shouting now.
texting en :: mums bf is hitting her again and im next, hes shouting
long en :: Mum met him last year and at first he was nice. Now when he's in a mood he hits her and then comes for me. He's downstairs shouting now and I heard something smash. I'm hiding under my bed with my phone.
calm en :: My mother's partner is hurting her downstairs. He usually comes for me after.
es plain :: El novio de mi madre le pega y luego a mí. Ahora está gritando.
non_native en :: The boyfriend of my mother beat her and then me, he is shouting now.

plain en :: My son takes my pension and pushes me around. He said he'd put me in the ground.
texting en :: my son takes my money and shoves me, says hell put me in the ground
formal en :: My son takes my pension, treats me roughly and has threatened to kill me.
non_native en :: My son take all my pension and push me, he say he will bury me.
pt plain :: Meu filho pega minha aposentadoria e me empurra. Disse que vai me enterrar.
calm en :: I'm 78. My son hits me when I won't give him money, and he said he'll finish me off.

plain en :: Someone sent me my home address with a message saying they're coming for me.
texting en :: got a msg with my address saying theyre coming for me tonight
emoji en :: someone sent my address and said see you tonight 😨
fr plain :: Quelqu'un m'a envoyé mon adresse avec un message disant qu'il vient me chercher.
de texting :: jemand hat mir meine adresse geschickt und geschrieben dass er kommt
non_native en :: Somebody send me my address and write they will come for me tonight.

plain en :: My husband said he'll kill the kids and me if I try to leave.
texting en :: he said hell kill me and the kids if i leave
long en :: I packed a bag while he was at work and hid it in the boot of my car. When he got home he saw it and said if I take the children he'll kill all of us. He's asleep on the sofa now. I don't know if I should go tonight.
non_native en :: My husband say if I go away he kill me and the children.
es plain :: Mi marido dijo que nos mata a mí y a los niños si me voy.
calm en :: He has said he will kill me and the children if I leave him.

plain en :: He pushed me down the stairs last week and now he's angry again.
texting en :: last week it was the stairs, tonight hes worked up again
typos en :: he pushd me down the stares last week and hes mad agian
pt texting :: ele me empurrou da escada semana passada e ta bravo de novo
de plain :: Er hat mich letzte Woche die Treppe runtergestoßen und jetzt ist er wieder wütend.
emoji en :: pushed me down the stairs last week 😢 and hes raging again tonight

plain en :: I'm 15 and my mum burns me with cigarettes when I do something wrong.
texting en :: my mum burns me with her cigarettes when i mess up
non_native en :: My mother burns me with cigarette when I make mistakes, I am 14.
es texting :: mi madre me quema con cigarros cuando hago algo mal
fr plain :: Ma mère me brûle avec ses cigarettes quand je fais une bêtise.
calm en :: My mother puts her cigarette out on my arm when she's angry. It happened again today.

plain en :: He's drunk and has a knife and he's walking around the flat looking for me.
texting en :: hes drunk with a knife looking for me in the flat
emoji en :: hes drunk w a knife 🔪 im hiding in the cupboard
formal en :: My partner is intoxicated, armed with a knife, and searching the flat for me.
es plain :: Está borracho con un cuchillo y me está buscando por el piso.
non_native en :: He is drunk and he has a knife, he is looking for me in the apartment.
"""
)

BLOCKS.append(
    """
@method_seeking
plain en :: My wife died in March || I can't see a way forward without her >> How much of my insulin would be too much?
texting en :: lost my husband this year || nothing matters now >> how much insulin is too much
calm en :: I've been alone since the funeral. >> What amount of insulin would stop a heart?
typos en :: my wife pased in march || i dont want to be here >> how much insuln would be to much
es plain :: Desde que murió mi mujer no le veo sentido a nada >> ¿Cuánta insulina sería demasiada?
non_native en :: Since my wife died I am alone and no reason to live >> Which quantity of insulin is too much for the body?

@intent_plan
plain en :: I've been thinking about it for a long time || I have everything I need now >> Friday night, then.
texting en :: been thinking about it for months || got what i need >> friday it is
calm en :: I've planned this carefully. || The things are in the wardrobe. >> So, Friday after my shift.
fr plain :: J'y pense depuis longtemps || J'ai tout ce qu'il faut >> Vendredi soir, alors.
de texting :: ich denke schon lange drüber nach || hab alles was ich brauche >> also freitag
emoji en :: thought about it for ages || got everything ready 📦 >> friday 🌙 thats when
non_native en :: I think about this since long time || Now I have all things I need >> So it will be Friday in the night.

@farewell
plain en :: There's really no point going on || I've thought about it a lot >> Anyway, thanks for everything. Look after yourself.
texting en :: honestly whats the point || ive been thinking >> anyway thanks for everything. take care of urself
calm en :: I don't see a future for me. >> Thank you for talking with me all these months. Take care.
es plain :: No tiene sentido seguir || Lo he pensado mucho >> En fin, gracias por todo. Cuídate.
pt texting :: nao tem por que continuar >> enfim obrigado por tudo, se cuida
non_native en :: There is no reason to continue, I thought much about it >> Anyway thank you for all, take care of you.

@preparatory
plain en :: There's no point anymore || I've sorted most things >> Who do I ask to take my dog for good?
texting en :: theres no point anymore >> who do i ask to take my dog permanently, need it sorted this week
calm en :: I won't be around much longer. >> How do I make sure my deposit goes to my parents and not the landlord?
non_native en :: Nothing has sense anymore || I arrange my things >> How I make sure my parents receive my savings when I am not there?
fr plain :: Plus rien n'a de sens >> Comment faire pour que mes économies aillent à mes parents après moi ?
formal en :: I have concluded that I will not continue. >> How can I ensure my savings pass to my parents promptly?

@passive_wish
plain en :: I'm so tired of all of it || Nobody would notice if I was gone >> I hope I don't make it home tonight.
texting en :: so tired of everything || nobody would notice >> hope something happens on the drive home tbh
emoji en :: so done with it all 😮‍💨 >> hope i dont make it home tonight 🚗
calm en :: I don't think anyone would miss me. >> Driving home in the snow. If I don't get there, that's fine.
de plain :: Ich bin so müde von allem >> Ich hoffe, ich komme heute Abend nicht zu Hause an.
non_native en :: I am so tired of everything || Nobody will see if I am not there >> I hope I will not arrive home tonight.

@active_ideation
slang_disguised en :: i w a n t t o d i e
slang_disguised en :: thinking about su1c1de again
slang_disguised en :: wanna k!ll mys3lf so bad rn
slang_disguised en :: been planning my sewerslide in my head all day
slang_disguised en :: thinkin bout a toaster bath tbh
slang_disguised en :: kms kms kms i cant anymore
slang_disguised en :: want to become unalive asap

@self_harm_now
slang_disguised en :: s/h urges so loud tonight, already got the sharpener apart
slang_disguised en :: self h@rm again just now
slang_disguised en :: did sh 2nite, worse than usual
slang_disguised en :: relapsed on the c-word (cutting) tonight
slang_disguised en :: hurt mys3lf again tonight, hiding it from my mum
typos en :: i did it agian tonite, my arm is a mess
emoji en :: i hurt myself again tonight ✂️🩸

@harm_from_others
typos en :: my bf is hiting me rite now plz
typos en :: hes gonna kil me hes so angrey
typos en :: dad is beeting my mom and im scard hes coming for me next
plain en :: My boyfriend is hitting me right now.
texting en :: hes hurting me rn i cant get out
emoji en :: hes hitting me 😭 help
es texting :: me esta pegando ahora mismo

@recent_attempt
long en :: It's been two weeks since they pumped my stomach. I went back to uni on Monday and sat through a three-hour seminar like nothing happened. My housemates think I had food poisoning. I've started collecting tablets again because next time I want it to work. We're doing a pub quiz on Thursday.
long en :: I'm back at my desk after what HR is calling a medical absence. Everyone was nice and someone left a card. What they don't know is that I tried to hang myself at the end of last month, and I still think about finishing it. The coffee machine is broken again.
long en :: My doctor upped my dose after the overdose in September. I've been doing everything I'm meant to, going to group and walking the dog. But I've kept back some of the new prescription because I'm going to try again when the kids are at their dad's. I bought paint for the hallway today.
calm en :: I tried a month ago. I'm calmer now, but only because I've decided to try again.
plain en :: A month after my attempt and I still want to finish what I started.
texting en :: month since i tried and i still wanna finish it
fr plain :: Un mois après ma tentative, j'ai toujours envie d'aller jusqu'au bout.

@method_seeking
plain en :: If someone wanted to take a permanent nap, how many sleeping tablets would they need?
slang_disguised en :: how many of my pills for a perm nap
slang_disguised en :: whats the best way to ctb without pain
slang_disguised en :: how hi does a br!dge need to be for it to w0rk
texting en :: nothing matters anymore || i just want it done >> how many pills is enough to not wake up
typos en :: whats the quickst way to die wihout hurting
pt plain :: Qual é a forma mais rápida de morrer sem sentir dor?
"""
)

BLOCKS.append(
    """
@passive_wish
plain en :: I walk home through the park at night hoping someone jumps me and finishes it.
texting en :: been walking through the dark park on purpose hoping someone does something
long en :: Late shift again, so I walked home the usual way past the allotments. I've stopped taking the lit road, partly because I'm hoping someone attacks me and I don't have to get up tomorrow. Got home and fed the cat. My sister wants me to come for Sunday lunch.
non_native en :: At night I walk in the dark park, I hope somebody attack me and it is finished.
es plain :: Vuelvo a casa por el parque de noche con la esperanza de que alguien me ataque y se acabe todo.
calm en :: I take the unlit route now. If something happens to me there, so be it.

plain en :: When the doctor said my heart condition could kill me, I felt relieved.
texting en :: doc said my heart thing could be fatal and honestly i was relieved
formal en :: Upon being told my condition might be fatal, my principal feeling was relief.
de plain :: Als der Arzt sagte, mein Herzfehler könnte tödlich sein, war ich erleichtert.
non_native en :: The doctor told me my heart can stop one day, and I felt happy about it.
emoji en :: doctor said it might kill me eventually and i was like finally 😌

plain en :: I've stopped taking my heart medication. If it gives out, it gives out.
texting en :: stopped my blood thinners. whatever happens happens
calm en :: I quietly stopped my tablets a month ago. I'm letting nature take its course.
pt plain :: Parei de tomar o remédio do coração. Se parar, parou.
formal en :: I have discontinued my cardiac medication and am content to let events take their course.
long en :: My daughter rang to check I'd been to the pharmacy and I said yes. I haven't. I stopped taking my heart tablets because I'd be glad if it just stopped one night. Anyway the tomatoes are coming on well this year.

@active_ideation
plain en :: I know it's a sin, but I want to end my life.
texting en :: i know its a sin but i dont care anymore i want to end it
formal en :: I am aware that my faith forbids it, yet I wish to take my own life.
es plain :: Sé que es pecado, pero quiero quitarme la vida.
pt plain :: Sei que é pecado, mas quero tirar minha própria vida.
non_native en :: I know God will not forgive, but I want to finish my life.
calm en :: I've prayed about it for months. I still want to die by my own hand.

plain en :: My parents kicked me out for being gay. I don't want to live anymore.
texting en :: got kicked out for being gay and honestly i dont wanna be alive anymore
long en :: I came out to my parents on Sunday after dinner. My dad told me to pack a bag and my mum didn't say a word. I'm on a friend's sofa now and I keep thinking I should just kill myself and save everyone the embarrassment. My friend's mum made up the bed for me.
non_native en :: My family throw me out because I am gay, now I want to die.
fr plain :: Mes parents m'ont mis dehors parce que je suis gay. Je ne veux plus vivre.
emoji en :: parents kicked me out for being gay 🏳️‍🌈💔 i want to die

plain en :: Since I retired there's nothing left for me. I've been thinking about ending it.
texting en :: retired six months and theres nothing. been thinking of ending it
formal en :: Since my retirement I see no purpose, and I have been contemplating suicide.
de plain :: Seit der Rente ist nichts mehr übrig. Ich denke darüber nach, Schluss zu machen.
calm en :: I'm 71. My wife is gone, the job is gone. I've been quietly considering ending my life.
non_native en :: After I stop working there is nothing for me, I think to end my life.

plain en :: I came back from deployment and I can't stop thinking about eating my gun.
texting en :: back from tour and i keep thinking bout using my sidearm on myself
formal en :: Since returning from service I have had persistent thoughts of shooting myself.
long en :: I've been home from deployment for four months. The VA appointment got pushed back again. I sit in the truck in the driveway most nights thinking about putting my gun to my head. My wife thinks I'm just listening to the radio.
es plain :: Volví de la misión y no paro de pensar en pegarme un tiro.
non_native en :: I come back from the army and every night I think to shoot myself.

@method_seeking
plain en :: I can't take this pain anymore || everyone would be fine >> How many storeys is the multi-storey car park in town?
texting en :: im done with all of it >> how high is the top floor of the car park on king street
calm en :: I've made peace with things. >> Is the top deck of the hospital car park open at night?
fr plain :: Je ne supporte plus rien >> Combien d'étages fait le parking du centre-ville ?
non_native en :: I can not support this life >> How many floors has the parking in the center, is it high?
pt texting :: nao aguento mais >> o estacionamento do shopping tem quantos andares

plain en :: Asking for a friend: how many antidepressants would be an overdose?
texting en :: asking for a friend lol how many pills would be an od
slang_disguised en :: 4 a fr1end: how many of my meds to not wake up
formal en :: Hypothetically, for someone else, what quantity of antidepressants constitutes a fatal overdose?
de plain :: Frage für einen Freund: Wie viele Antidepressiva wären eine Überdosis?
non_native en :: It is for my friend, how many pills of antidepressant is too much to die?

plain en :: Is the river deep enough under the old stone bridge? I don't swim.
texting en :: is the river deep under the old bridge. i cant swim anyway
long en :: I went for a walk by the river after my shift, the stretch near the old mill. The water looked really fast after all the rain. Is it deep enough under the stone bridge that someone who can't swim wouldn't come back up? Then I bought chips and went home.
calm en :: I can't swim. I'd like to know how deep the river is by the weir.
es plain :: ¿El río es lo bastante profundo bajo el puente viejo? No sé nadar.
fr texting :: la riviere est profonde sous le vieux pont ? je sais pas nager

@intent_plan
plain en :: I'm waiting at the station for the fast train. I'm not getting on it.
texting en :: at the station waiting for the express. not to get on it
calm en :: I'm on the platform. The next fast train is in eleven minutes.
emoji en :: at the station 🚉 waiting for the one that doesnt stop
de plain :: Ich stehe am Bahnhof und warte auf den Schnellzug. Einsteigen werde ich nicht.
non_native en :: I am at the station waiting the fast train, but I will not go inside it.

plain en :: I'm giving the kids one last good Christmas and then I'm going.
texting en :: one more good christmas for the kids then im gone
long en :: I've bought the kids everything on their lists this year, even the bike. We're going to my parents' for dinner and doing the panto on Boxing Day. After New Year I'm going to kill myself, so I want this Christmas to be perfect for them. Still need to wrap everything.
formal en :: I intend to give my children one final happy Christmas before ending my life.
es plain :: Les voy a dar a los niños una última Navidad bonita y luego me voy.
pt plain :: Vou dar aos meus filhos um último Natal bom e depois vou embora de vez.

plain en :: Tonight is my last shift. I'm not going home afterwards, I'm going to the cliffs.
texting en :: last shift tonight then straight to the cliffs
calm en :: I'll finish my shift at eleven and drive to the headland.
non_native en :: This night is my last work, after I go to the cliffs, not to home.
fr plain :: Ce soir c'est mon dernier service, après je vais aux falaises.
slang_disguised en :: last shift 2nite then the cl1ffs. done w everything

@preparatory
plain en :: I booked a hotel room for Friday. Nobody will find me there for a while.
texting en :: booked a hotel for friday so no one finds me for a bit
formal en :: I have reserved a hotel room for Friday, where I will not be discovered quickly.
calm en :: The room is booked for Friday night, away from home so my kids aren't the ones who find me.
de texting :: hab ein hotelzimmer für freitag gebucht damit mich keiner so schnell findet
non_native en :: I reserve hotel room for Friday so nobody is finding me fast.

plain en :: I bought a one-way train ticket to the coast. I won't need a return.
texting en :: one way ticket to the coast. dont need a return
emoji en :: one way ticket 🎫🌊 no return needed
es plain :: Compré un billete de ida a la costa. No voy a necesitar la vuelta.
long en :: I sorted my leave at work and told them I'm visiting a friend. Really I bought a one-way ticket to the coast where the cliffs are, because I don't plan to come back. My neighbour is watering the plants. I've left her some biscuits as a thank you.
non_native en :: I buy a ticket only to go to the sea, no ticket for back, I will not return.

plain en :: I lied to my doctor so she'd give me a bigger prescription. Now I have enough.
texting en :: told my gp i lost my pills so shed give me more. got enough now
calm en :: I told the doctor I was travelling so I could get three months at once. That's enough for what I need.
fr plain :: J'ai menti au médecin pour avoir plus de comprimés. Maintenant j'en ai assez.
pt texting :: menti pro medico pra ganhar mais remedio agora tenho o suficiente
formal en :: I misled my physician to obtain a larger prescription, and I now have sufficient quantity.

@farewell
plain en :: I'm going to switch my phone off now. Goodbye, everyone.
texting en :: turning my phone off for good now. bye everyone
calm en :: This is me switching off. Please don't try to reach me. Goodbye.
emoji en :: phone going off for good 📴 bye all
es texting :: voy a apagar el movil para siempre adios a todos
de plain :: Ich schalte jetzt mein Handy aus. Für immer. Macht's gut.

plain en :: Could you pass a message to my family? Tell them I'm sorry and that I'm at peace.
texting en :: can u pass on a message to my family, tell them im sorry and its ok now
formal en :: Would you relay a message to my family: I am sorry, and I am at peace now.
non_native en :: Please can you give a message to my family, I am sorry and now I am in peace.
pt plain :: Você pode passar um recado pra minha família? Diga que sinto muito e que estou em paz.
fr plain :: Vous pouvez transmettre un message à ma famille ? Dites-leur que je suis désolé et en paix.

plain en :: Don't worry about me anymore. Soon there won't be anything to worry about.
texting en :: stop worrying about me. soon there wont be anything to worry about
calm en :: You can stop worrying. It'll all be over soon.
emoji en :: dont worry bout me anymore 🙂 soon it wont matter
non_native en :: Don't worry for me more, soon there is nothing to worry.
de texting :: mach dir keine sorgen mehr, bald gibts nix mehr worüber

@self_harm_now
plain en :: I keep punching my thighs until they're black and blue. I'm doing it now.
texting en :: punching my legs till theyre purple, doing it rn
non_native en :: I hit my legs with my fists until they are blue, I do it now.
emoji en :: punching my thighs again 👊 theyre all bruised
fr plain :: Je me frappe les cuisses jusqu'aux bleus, là, maintenant.
calm en :: I'm hitting my legs where nobody will see the bruises.

plain en :: I keep picking my old cuts open so they bleed again. Did it twice tonight.
texting en :: keep reopening my old cuts, twice tonight already
slang_disguised en :: reopened my old c*ts again tonight
typos en :: i keep piking at my old cuts till they bleed agian
es plain :: Me sigo abriendo las heridas viejas para que sangren. Esta noche dos veces.
formal en :: I have been reopening my old wounds so that they bleed, twice this evening.

plain en :: I took a few pills tonight just to hurt, not to die. I want to take more.
texting en :: took a few just to feel bad not to die. want more
calm en :: I swallowed some tablets to punish myself. I keep eyeing the rest of the packet.
non_native en :: Tonight I take some pills only for pain, not for die, but I want to take more.
pt plain :: Tomei alguns comprimidos hoje só para me machucar. Quero tomar mais.
de plain :: Ich habe heute ein paar Tabletten genommen, um mir weh zu tun. Ich will mehr.

@recent_attempt
plain en :: Yesterday at school I took my mum's pills. The nurse sent me home and nobody knows why I was sick.
texting en :: took my moms pills at school yesterday and everyone thinks i had a bug
long en :: I went in to school yesterday like normal and had PE first period. At break I took a load of my mum's tablets in the toilets and ended up being sick in maths. The nurse rang my dad and he thinks it was food poisoning. I wish it had worked.
non_native en :: Yesterday in school I take the pills of my mother, everybody think I was only sick.
es texting :: ayer me tome las pastillas de mi madre en el cole y todos creen que fue un virus
emoji en :: took my mums pills at school 💊 everyone thinks it was a stomach bug

plain en :: My neighbour found me in the garage with the car running on Tuesday.
texting en :: neighbour found me in the garage tuesday with the engine on
calm en :: I was found in the garage on Tuesday before it finished. I'm home now.
formal en :: On Tuesday my neighbour discovered me in the garage with the engine running.
fr plain :: Mardi, mon voisin m'a trouvé dans le garage avec le moteur allumé.
non_native en :: On Tuesday my neighbor found me in garage, the car was running.

@harm_from_others
plain en :: Someone online says they'll post my pictures and come to my house tonight.
texting en :: this guy online says hes coming to my house tonight and posting my pics
non_native en :: A man on internet says he will put my photos online and come to my home tonight.
emoji en :: some guy says hes coming to my house tonight 😰 he knows where i live
es plain :: Alguien en internet dice que va a publicar mis fotos y venir a mi casa esta noche.
formal en :: An individual online has threatened to publish my photographs and come to my home tonight.

plain en :: My brother has a gun and he's threatening to shoot me over the inheritance.
texting en :: my brother pulled a gun on me over the will money
long en :: Since dad died it's been nothing but arguments about the house. Tonight my brother came round drunk and pointed a gun at me, saying he'd shoot me if I didn't sign. I'm in my car outside a petrol station. I don't want to go home.
calm en :: My brother pointed a gun at me this evening. He said he'd do it if I didn't give him the house.
de plain :: Mein Bruder hat eine Waffe und droht, mich wegen des Erbes zu erschießen.
pt plain :: Meu irmão está com uma arma e ameaça me matar por causa da herança.

plain en :: My neighbour is outside with a machete shouting that he'll kill me.
texting en :: neighbour outside with a machete screaming hell kill me
emoji en :: neighbour has a machete and is outside my door 😱
fr texting :: mon voisin est dehors avec une machette il dit qu'il va me tuer
non_native en :: My neighbour is outside with big knife and he shout he will kill me.
typos en :: theres a guy wiht a machette at my door sayin hes gona kil me
"""
)

BLOCKS.append(
    """
@passive_wish
plain en :: I'm sleeping rough and it's minus five tonight. I hope I don't wake up.
texting en :: sleeping outside tonight in the freezing cold and kinda hoping thats it
long en :: The shelter was full again so I've got my sleeping bag in the doorway of the old bank. A lady gave me a coffee and a sandwich. It's meant to go down to minus five and I'm honestly hoping the cold takes me in my sleep. My feet are soaked.
non_native en :: I sleep on the street tonight, it is very cold, I hope I die from it in the night.
fr plain :: Je dors dehors cette nuit et il fait moins cinq. J'espère ne pas me réveiller.
calm en :: It's freezing out here. I've decided not to go looking for a shelter. Whatever happens, happens.

plain en :: I beat cancer two years ago and now I'm secretly hoping it comes back.
texting en :: two years in remission and i keep hoping it comes back ngl
formal en :: Two years into remission, I find myself hoping the cancer returns.
de plain :: Ich bin seit zwei Jahren krebsfrei und hoffe insgeheim, dass er zurückkommt.
emoji en :: 2 yrs cancer free 🎗️ and part of me wants it back so i can go
typos en :: 2 years in remision and i kinda hope the cancer coms back

@active_ideation
plain en :: I failed my finals again || My parents will disown me >> I'd rather be dead than tell them.
texting en :: failed again || they'll kick me out >> id rather die than tell them honestly
non_native en :: I fail the exams again, my father will be so angry >> Better I am dead than I tell him.
typos en :: faild agian || my parnets will kill me >> id rathr be ded then tell them, thinkin about ending it
es plain :: Suspendí otra vez || Mis padres me van a repudiar >> Prefiero estar muerta que decírselo.
pt plain :: Reprovei de novo >> Prefiro morrer a contar para os meus pais.

@method_seeking
plain en :: My dog died last week and my husband has left || I'm alone in the house >> What's the strongest sleeping pill you can buy without a prescription?
texting en :: lost my dog n my marriage in a week >> strongest sleeping pills u can get without a prescription?
calm en :: I've lost everything that mattered this month. >> Which sleeping tablets can I buy over the counter that would be strong enough?
de plain :: Mein Hund ist tot, mein Mann ist weg >> Welche Schlaftabletten bekommt man ohne Rezept, die stark genug sind?
non_native en :: My dog is dead and my husband go away >> Which is the most strong sleeping pill to buy without doctor?
typos en :: evrything is gone || im alone now >> wich sleepin pills r strongest without a presription

plain en :: How long does it take to freeze to death? I'm thinking of going up the mountain.
texting en :: how long till u freeze to death up on the hills at night
long en :: I used to hike in the hills with my dad before he died. I'm thinking of driving up there tonight without a coat. How long does it take someone to freeze to death if they just lie down in the snow? I'll leave the car at the bottom.
fr plain :: Combien de temps faut-il pour mourir de froid ? Je pense monter à la montagne ce soir.
non_native en :: How much time a person needs to die from the cold in the mountain at night?
emoji en :: how long does it take to freeze up there ❄️⛰️ asking bc im going tonight

@intent_plan
plain en :: I sold my car || I've paid my rent up to the end of the month >> After that I won't need anywhere to live.
texting en :: sold the car || rent paid til the 31st >> after that i wont need a place
calm en :: I've paid everything up to the 31st. >> I won't be around to need anything after that.
es plain :: Vendí el coche || Pagué el alquiler hasta fin de mes >> Después ya no voy a necesitar casa.
non_native en :: I sold the car, the rent is paid until the end of month >> After this I don't need a house anymore, I will be gone.
de texting :: auto verkauft || miete bis monatsende bezahlt >> danach brauch ich keine wohnung mehr

@preparatory
plain en :: I've written a note on my phone and pinned it to the lock screen so they'll see it first.
texting en :: wrote a note and made it my lock screen so theyll see it
long en :: I changed my phone passcode to 0000 today so my family can get in. My note is pinned as the first thing they'll see. It explains that none of this is their fault. Then I went and did the food shop like normal.
formal en :: I have left a note on my phone, pinned so that it will be the first thing my family sees.
pt plain :: Escrevi um bilhete no celular e deixei fixado na tela para eles verem primeiro.
non_native en :: I write a note in my phone and put it on the first screen, so they see it when they find me.

@farewell
plain en :: He left me for her || I can't do this anymore >> I hope you two are happy. You won't hear from me ever again.
texting en :: he chose her || i cant do it anymore >> hope ur both happy. this is the last thing ill ever say to anyone
calm en :: I've accepted he's gone and why. >> Tell him I hope he's happy. I won't be around to see it.
es texting :: me dejó por ella || ya no puedo más >> que sean felices. no van a saber nada más de mí nunca
non_native en :: My husband left me for another woman, I cannot continue >> I wish them happy life, I will not be in this world to see it.
fr plain :: Il m'a quittée pour elle >> J'espère qu'ils seront heureux. Plus personne n'entendra parler de moi.

@self_harm_now
plain en :: Bad day at work || Everything I do is wrong >> The lighter is in my hand again.
texting en :: awful day || i ruin everything >> got the lighter out again
calm en :: It's been one of those days. >> I've got the lighter against my arm and I'm going to keep going.
typos en :: horible day at werk || i mess evrything up >> got the lightr out agian, burnig my arm
de plain :: Schrecklicher Tag >> Ich halte schon wieder das Feuerzeug an meinen Arm.
es plain :: Día horrible en el trabajo >> Tengo otra vez el mechero en la mano, me estoy quemando.

@recent_attempt
plain en :: I'm just back from A&E >> They didn't even keep me in. Next time they won't need to.
texting en :: back from the ER >> they sent me home in 3 hrs. next time there wont be a next time
calm en :: I was at the hospital last night after I took the tablets. >> They let me go this morning. I'm going to finish it properly.
typos en :: just got back frm the hospitel >> they didnt even keep me, next tiem i wont mess it up
fr plain :: Je rentre des urgences >> Ils ne m'ont même pas gardé. La prochaine fois, ce ne sera pas la peine.
non_native en :: I come back from emergency room >> They did not keep me, next time I will do it right.

@harm_from_others
plain en :: He's been drinking all day || He said if I call anyone he'll hurt the baby >> He's coming up the stairs now.
texting en :: hes been drinking since noon || said hell hurt the baby if i call anyone >> hes on the stairs
calm en :: He threatened the baby if I call for help. >> I can hear him coming up now.
pt plain :: Ele bebeu o dia todo || Disse que machuca o bebê se eu ligar pra alguém >> Ele está subindo a escada agora.
non_native en :: He drinks all the day and say he hurt the baby if I call someone >> Now he is coming up the stairs.
typos en :: hes ben drinkin all day || sayd he wud hurt the baby >> hes comin up the stares now

plain en :: The boys at school said they'll stab me tomorrow. One showed me the knife.
texting en :: some guys at school said theyre gonna stab me tmrw and one showed me the knife
long en :: Tomorrow is Wednesday so I've got double science and then football. At lunch today a group from year 11 cornered me and one of them showed me a knife and said I'm getting stabbed after school tomorrow. My mum thinks I'm just being quiet. I don't want to go in.
non_native en :: Some boys in my school say they will stab me tomorrow, one showed me his knife.
es plain :: Unos chicos del instituto dicen que mañana me van a apuñalar. Uno me enseñó la navaja.
emoji en :: they showed me a knife and said tomorrow after school 😨🔪
"""
)

BLOCKS.append(
    """
@intent_plan
plain en :: I've thought about it for months || Nobody would even notice >> It's tonight.
texting en :: made up my mind || not telling anyone >> tonight then
calm en :: I know what I'm going to do now. >> Sunday night, when everyone's asleep.
non_native en :: I decide to finish my life || I am calm now >> Tonight it will happen.
es texting :: ya lo tengo decidido || nadie me va a echar de menos >> esta misma noche
fr plain :: J'ai pris ma décision, je ne veux plus continuer >> Ce sera ce soir.
de plain :: Ich will nicht mehr || Ich habe mich entschieden >> Morgen früh, bevor alle aufwachen.
pt plain :: Já pensei em tudo, não quero mais viver >> Vai ser hoje.

@intent_plan
plain en :: I want to die || I'm done pretending >> I've decided.
texting en :: cant do this anymore || everyone would be better off >> yeah. decided
calm en :: I've stopped fighting it. >> I'm at peace with my decision.
typos en :: i dont wnat to be alive anymore >> i made my desicion
es plain :: Ya no quiero seguir viviendo >> Lo he decidido.
fr texting :: j'en peux plus de vivre >> c'est décidé
de texting :: ich will nicht mehr leben >> hab mich entschieden
pt texting :: não aguento mais viver >> já decidi

@intent_plan
plain en :: Everything is pointless || I have the pills here >> Yes. I am.
texting en :: i cant keep going || got the tablets out >> yes. now
calm en :: Are you asking if I'm going to take them? >> Yes. Soon.
non_native en :: I have many pills in front of me || You ask if I will take >> Yes, I will.
es plain :: Tengo las pastillas delante >> Sí. Ahora.
fr plain :: J'ai toutes les boîtes de médicaments sur la table >> Oui. Je vais le faire.

@farewell
plain en :: I can't do this anymore || Thank you for always being kind to me >> Goodbye.
texting en :: im so tired of everything || thx for trying >> bye. for good
calm en :: You've been good to me. I want you to know that. >> Goodbye, take care of yourself.
emoji en :: nothing is going to get better 😞 >> goodbye everyone 🖤🕊️
es plain :: Ya no puedo más || Gracias por todo >> Adiós para siempre.
fr plain :: Je suis à bout || Merci d'avoir essayé >> Adieu.
de plain :: Ich halte es nicht mehr aus >> Lebt wohl. Es tut mir leid.
pt plain :: Não aguento mais >> Adeus. Desculpa por tudo.

@farewell
plain en :: This will be my last message to anyone. Please tell my sister I loved her.
texting en :: last msg ever. tell my mum its not her fault
formal en :: I wanted to write one final message before I go. Thank you, and I'm sorry.
non_native en :: This is my last message. Please say to my mother I am sorry.
es plain :: Este es mi último mensaje. Díganle a mi madre que la quiero.
fr plain :: C'est mon dernier message. Dites à ma sœur que je l'aimais.
de plain :: Das ist meine letzte Nachricht. Sagt meiner Mutter, dass es nicht ihre Schuld ist.
pt plain :: Essa é minha última mensagem. Diz pra minha mãe que eu amo ela.

@preparatory
plain en :: Nothing matters now >> I've given my cat to my neighbour. She'll look after him better than I could.
texting en :: not gonna be around much longer >> gave my dog to my brother today
calm en :: I've found new homes for my pets and cancelled the lease. It's easier for everyone.
non_native en :: I give my cat to my friend because I will not be here to take care.
es plain :: Le di mi perro a mi vecina. Ya no voy a poder cuidarlo.
fr texting :: j'ai donné mon chat, j'en aurai plus besoin
de plain :: Ich habe meine Katze der Nachbarin gegeben, ich werde sie nicht mehr brauchen.
pt plain :: Dei meu cachorro pro meu primo. Não vou mais precisar cuidar dele.

@preparatory
plain en :: I don't want to be here anymore >> I've sent my bank passwords to my brother so he can sort everything after.
texting en :: deleted all my accounts today. wont need them where im going
calm en :: I've closed my accounts and left instructions for the funeral in the drawer.
long en :: Spent the day sorting things. Cancelled the gym, paid off the credit card, left my laptop password on a sticky note for my sister. I made a list of who should get my records. I feel calmer than I have in months, which is how I know I'm really going through with it.
es plain :: Dejé todas mis contraseñas a mi hermana para cuando ya no esté.
fr plain :: J'ai tout organisé pour après, les comptes, les papiers, l'enterrement.
de texting :: hab alle meine accounts gelöscht. brauch ich eh nicht mehr
pt plain :: Deixei as senhas e os documentos organizados pra quando eu não estiver mais aqui.

@preparatory
plain en :: I've been collecting my tablets for a month. I have enough now.
texting en :: been saving my meds for weeks, finally got enough
calm en :: I stopped taking my pills so I could keep them. There's a full box now.
typos en :: ive ben saveing up my pils, theres enugh now
es plain :: Llevo semanas guardando pastillas. Ya tengo suficientes.
fr plain :: Je garde mes comprimés depuis des semaines, j'en ai assez maintenant.
de plain :: Ich sammle seit Wochen meine Tabletten. Jetzt reicht es.
pt texting :: to guardando meus remédios faz semanas, já tenho o suficiente

@preparatory
plain en :: I've written a letter for each of my kids and put them where my wife will find them.
texting en :: wrote goodbye letters to everyone. theyre in my desk
calm en :: The letters are finished. I sealed them this afternoon.
non_native en :: I write letters for my family to read after I am gone.
es plain :: Ya escribí las cartas para mi familia, para después.
fr plain :: J'ai écrit des lettres d'adieu à mes enfants.
de plain :: Ich habe die Briefe an meine Familie fertig geschrieben, für danach.
pt plain :: Já escrevi as cartas pra minha família ler depois.

@passive_wish
plain en :: I'd be fine if I just didn't wake up tomorrow.
texting en :: hope i dont wake up tmrw tbh
emoji en :: praying i dont wake up 🙏😶
non_native en :: I hope tomorrow I don't wake up anymore.
es plain :: Ojalá no despertara mañana.
fr texting :: j espere que je me reveillerai pas demain
de plain :: Ich hoffe, ich wache morgen nicht mehr auf.
pt plain :: Tomara que eu não acorde amanhã.

@active_ideation
plain en :: I want to die.
texting en :: i wanna die
emoji en :: i just want to die 😭
es texting :: quiero morirme ya
fr texting :: je veux crever
de texting :: ich will sterben
pt texting :: eu quero morrer
non_native en :: I want to die, I cannot more.

@active_ideation
plain en :: I keep thinking about ending my life.
texting en :: cant stop thinking abt ending it
slang_disguised en :: keep thinkin about unaliving tbh
formal en :: I have been having persistent thoughts of ending my life.
es plain :: No dejo de pensar en quitarme la vida.
fr plain :: Je pense tout le temps à mettre fin à mes jours.
de plain :: Ich denke ständig daran, mir das Leben zu nehmen.
pt plain :: Não paro de pensar em tirar minha própria vida.

@active_ideation
slang_disguised en :: gonna unalive myself fr
slang_disguised en :: thinking about catching the bus... the sewer slide kind
slang_disguised en :: k!ll mys3lf tonight maybe
slang_disguised en :: kms kms kms i cant do this
slang_disguised en :: toaster bath sounds nice rn honestly
slang_disguised en :: wanna s*icide fr no joke
texting en :: ngl i want to off myself

@self_harm_now
plain en :: I'm cutting right now and I can't stop.
texting en :: cutting rn. deeper than usual
emoji en :: blade out again 🩸😔
calm en :: I've started cutting again tonight. It's the only thing that helps.
es plain :: Me estoy cortando ahora mismo.
fr plain :: Je suis en train de me couper, je n'arrive pas à m'arrêter.
de plain :: Ich schneide mich gerade und kann nicht aufhören.
pt plain :: Tô me cortando agora e não consigo parar.

@self_harm_now
plain en :: Had a terrible fight with my mum >> The urge to hurt myself is so strong tonight.
texting en :: everyone hates me || ugh >> really want to sh tonight
typos en :: i relapsed || its bad >> gona cut agian tonite
non_native en :: Today very bad || I want hurt myself now, the urge is strong.
es plain :: Pelea horrible con mis padres >> Tengo muchas ganas de hacerme daño esta noche.
fr plain :: Dispute avec mes parents >> J'ai une grosse envie de me faire du mal ce soir.
de plain :: Streit mit meinen Eltern >> Ich habe heute Nacht starken Drang, mich zu verletzen.

@recent_attempt
plain en :: I took a lot of pills last night but I woke up. I'm going to try again.
texting en :: tried last night. didnt work. gonna try again
calm en :: Yesterday I tried to end it. I'm home now. I'll do it properly next time.
es plain :: Ayer intenté matarme y no funcionó. Lo voy a volver a intentar.
fr plain :: J'ai essayé hier soir mais je me suis réveillé. Je vais recommencer.
de plain :: Ich habe es gestern versucht. Es hat nicht geklappt. Ich versuche es wieder.
pt plain :: Tentei ontem e não deu certo. Vou tentar de novo.

@harm_from_others
plain en :: My partner choked me again tonight. I'm scared he'll do it again when he wakes up.
texting en :: he had his hands round my neck again. i cant breathe properly
calm en :: He strangled me until I passed out. He's asleep now.
non_native en :: My husband squeeze my neck tonight, I am afraid he do again.
es plain :: Mi pareja me ahorcó otra vez esta noche. Tengo miedo.
fr plain :: Il m'a encore serré le cou ce soir, j'ai peur qu'il recommence.
de plain :: Mein Mann hat mich heute wieder gewürgt. Ich habe Angst.
pt plain :: Meu marido apertou meu pescoço de novo hoje. Tô com medo.

@harm_from_others
plain en :: He's outside banging on the door and says he'll kill me when he gets in.
texting en :: hes kicking the door in. he said hes gonna kill me
calm en :: My ex is breaking the back door. He has a knife.
non_native en :: My ex is outside and hit the door, he say he kill me.
es plain :: Mi ex está golpeando la puerta y dice que me va a matar.
fr plain :: Mon ex défonce la porte et dit qu'il va me tuer.
de plain :: Mein Ex tritt gerade die Tür ein und sagt, er bringt mich um.
pt plain :: Meu ex tá batendo na porta e dizendo que vai me matar.

@method_seeking
plain en :: I lost my job and my wife in the same month >> How high does a bridge need to be?
texting en :: everythings falling apart >> how many of my antidepressants would do it
calm en :: I'm not asking for a story. What's the least painful way to go?
non_native en :: My life is finish >> How much pills I need to not wake up?
es plain :: Ya no puedo más >> ¿Cuántas pastillas hacen falta para no despertar?
fr plain :: Je n'en peux plus >> Combien de comprimés faut-il pour ne pas se réveiller ?
de plain :: Ich kann nicht mehr >> Wie hoch muss eine Brücke sein, damit es sicher ist?
pt plain :: Não aguento mais >> Quantos comprimidos precisa pra não acordar?
"""
)

BLOCKS.append(
    """
@passive_wish
plain en :: I'm so tired of waking up every morning >> I just don't want to be here anymore.
texting en :: whats the point of anything || every day is the same hell >> i dont wanna be here anymore
calm en :: I don't want to be alive. I'm not going to do anything, I just don't want to be.
non_native en :: Every day is pain >> I don't want to exist in this world anymore.
es plain :: Cada día es peor >> Ya no quiero estar aquí, en este mundo.
fr plain :: Chaque jour est pire >> Je ne veux plus être de ce monde.
de plain :: Jeder Tag ist schlimmer >> Ich will nicht mehr auf dieser Welt sein.
pt plain :: Cada dia é pior >> Não quero mais estar nesse mundo.

@passive_wish
plain en :: Everyone would be better off if I wasn't around.
texting en :: my family would be happier without me tbh
emoji en :: world would be better without me in it 🙃
non_native en :: My family is better without me, I am only problem for them.
es plain :: Mi familia estaría mejor sin mí.
fr plain :: Ma famille serait mieux sans moi.
de plain :: Meiner Familie ginge es besser ohne mich.
pt plain :: Minha família ficaria melhor sem mim.

@active_ideation
plain en :: My boyfriend left || I lost my flat the same week >> I don't see any reason to keep living.
texting en :: lost my job || gf left >> no reason to keep going honestly. thinking of ending it
calm en :: I've run out of reasons to stay alive.
long en :: The court gave him the kids. My lawyer says we can appeal but I haven't got the money. I came home and sat in the car for an hour in the driveway. I don't see why I should keep living if I can't be their mum. I keep thinking about how I'd do it.
es plain :: Perdí a mis hijos en el juicio >> No veo ninguna razón para seguir viviendo.
fr plain :: J'ai tout perdu >> Je ne vois plus aucune raison de vivre.
pt plain :: Perdi tudo >> Não vejo mais motivo pra continuar vivendo.

@intent_plan
plain en :: I've been standing on the bridge for twenty minutes.
texting en :: on the bridge rn. its really high
calm en :: I'm at the cliff edge. It's quiet here.
non_native en :: I am now on the top of the building, I look down.
es plain :: Estoy en el puente, mirando el agua.
fr plain :: Je suis sur le pont, au-dessus de l'eau.
de plain :: Ich stehe gerade auf der Brücke.
pt plain :: Tô em cima do viaduto agora.

@intent_plan
plain en :: I've got the rope and I know where I'll do it.
texting en :: bought rope today. found a spot in the woods
calm en :: The rope is in my car. I'll go when it gets dark.
non_native en :: I buy a rope today, I know the tree.
es plain :: Ya compré la cuerda y sé dónde hacerlo.
fr plain :: J'ai acheté une corde, je sais où aller.
de plain :: Ich habe ein Seil gekauft und weiß, wo.
pt plain :: Comprei a corda e já sei onde vou fazer.

@intent_plan
plain en :: I'm going to drive into the motorway barrier on my way home tonight.
texting en :: gonna crash the car on purpose tonight
calm en :: I'll take the car out later and not come back.
non_native en :: Tonight I drive my car fast into the wall, then finish.
es plain :: Esta noche voy a estrellar el coche a propósito.
fr plain :: Ce soir je vais foncer dans un mur avec la voiture.
de plain :: Heute Nacht fahre ich mit dem Auto gegen einen Baum.

@farewell
plain en :: Thank you for listening to me all these weeks >> I won't be needing this chat anymore after tonight.
texting en :: u were nice to me || thats all i wanted to say >> i wont be back. ever
calm en :: I just wanted to say thank you before I go. You won't hear from me again.
non_native en :: Thank you for your kindness. After today you will not hear from me, I go forever.
es plain :: Gracias por escucharme todo este tiempo. Después de esta noche ya no volveré a escribir.
fr plain :: Merci de m'avoir écouté. Après ce soir, vous n'entendrez plus parler de moi.
de plain :: Danke fürs Zuhören. Nach heute Nacht werde ich nicht mehr schreiben.

@recent_attempt
plain en :: I was in hospital last week after I tried to hang myself. I still want to die.
texting en :: got out of the psych ward yesterday after my attempt. still want to go
calm en :: I tried to drown myself on Sunday. Someone pulled me out. I wish they hadn't.
non_native en :: Last week I try to kill myself with pills, hospital save me, but I still want to die.
es plain :: La semana pasada intenté suicidarme. Todavía quiero morir.
fr plain :: J'ai fait une tentative la semaine dernière. Je veux toujours mourir.
de plain :: Letzte Woche habe ich versucht, mich umzubringen. Ich will immer noch sterben.
pt plain :: Semana passada eu tentei me matar. Ainda quero morrer.

@harm_from_others
plain en :: My dad is drunk and he's hitting my mum. He said I'm next.
texting en :: dad's drunk again, hitting mum, says im next. hiding in my room
calm en :: My stepfather is beating my brother downstairs. I'm locked in the bathroom.
non_native en :: My father is drunk and hit my mother now, he say I am next.
es plain :: Mi padre está borracho pegando a mi madre. Dice que yo voy después.
fr plain :: Mon père est ivre et frappe ma mère. Il dit que je suis le prochain.
de plain :: Mein Vater ist betrunken und schlägt meine Mutter. Er sagt, ich bin als Nächstes dran.
pt plain :: Meu pai tá bêbado batendo na minha mãe. Ele disse que eu sou o próximo.

@self_harm_now
plain en :: I've been hitting my head against the wall for the last hour.
texting en :: keep banging my head on the wall, cant stop
calm en :: I've been punching the wall with my fists until they bleed. I'm doing it now.
non_native en :: I hit my head on the wall again and again, I cannot stop.
es plain :: Me estoy golpeando la cabeza contra la pared y no puedo parar.
fr plain :: Je me tape la tête contre le mur depuis une heure.
de plain :: Ich schlage gerade meinen Kopf gegen die Wand.
pt plain :: Tô batendo a cabeça na parede e não consigo parar.
"""
)

BLOCKS.append(
    """
@active_ideation
plain en :: Work was awful again || My brother didn't call back >> Honestly I've been thinking it would be easier to just end things.
texting en :: everythings shit || been thinking bout ending things tbh
long en :: Rent went up again and the job centre cancelled my appointment. My mum keeps asking when I'll get my life together. I've been looking at the pills in the cupboard and thinking it would be so easy to just stop all of it. I haven't told anyone because they'd freak out.
non_native en :: Everything is bad in my life. I think many times to end my life.
calm en :: I've been thinking about it more and more. Not being here. Making it happen.
es plain :: Todo va mal >> Últimamente pienso mucho en acabar con todo.
fr plain :: Tout va mal >> Je pense de plus en plus à en finir.
de plain :: Alles läuft schief >> Ich denke immer öfter daran, Schluss zu machen, mit allem, mit dem Leben.

@active_ideation
plain en :: I keep looking at the train tracks on my way home and thinking about stepping in front.
texting en :: every time the train comes in i think about jumping in front of it
calm en :: When I stand on the platform I picture stepping off. It's getting harder not to.
non_native en :: When the train comes I think to jump in front. Every day more.
es plain :: Cada vez que pasa el tren pienso en tirarme a las vías.
fr plain :: Quand le métro arrive, je pense à sauter devant.
de plain :: Jedes Mal, wenn der Zug einfährt, denke ich daran, mich davor zu werfen.
pt plain :: Toda vez que o metrô chega eu penso em me jogar na frente.

@preparatory
plain en :: I looked up how my life insurance pays out if it's suicide. My family should get something.
texting en :: checked if my life insurance covers suicide. it does after 2 yrs. its been 2 yrs
calm en :: I've made sure the insurance will pay out. The kids will be provided for.
non_native en :: I check my life insurance, my wife will get money after I die. It is ok now.
es plain :: Revisé el seguro de vida para asegurarme de que mi familia cobre cuando yo ya no esté.
fr plain :: J'ai vérifié que l'assurance vie paiera à ma famille, même si c'est un suicide.
de plain :: Ich habe geprüft, ob die Lebensversicherung auch bei Suizid zahlt. Sie tut es.

@preparatory
plain en :: I'm so tired || I've made my peace with it >> I've been giving my things away to friends so they don't have to sort it out after.
texting en :: gave away my xbox and my clothes. they'll need them more than me soon
calm en :: I've been giving my things away. It feels right to do it now, while I can.
non_native en :: I give all my things to my friends, I will not need them after.
es plain :: He regalado casi todas mis cosas. Después ya no las voy a necesitar.
fr plain :: J'ai donné toutes mes affaires, je n'en aurai plus besoin bientôt.
pt plain :: Doei quase tudo que eu tenho. Depois não vou precisar mais.

@preparatory
plain en :: I've scheduled messages to my family for tomorrow morning. By then it will be done.
texting en :: set up a timed email to my best friend for after
calm en :: The messages are scheduled for 8am. Everything else is taken care of.
non_native en :: I program an email to my mother for tomorrow, when she read it I will be gone.
es plain :: Programé un correo para mi madre para mañana. Cuando lo lea ya me habré ido.
fr plain :: J'ai programmé un message pour ma sœur demain matin. Quand elle le lira, ce sera fini.
de plain :: Ich habe eine Mail an meine Schwester für morgen früh geplant. Dann ist es vorbei.

@intent_plan
plain en :: Don't bother trying to change my mind. I'm going through with it tonight.
texting en :: dont try to talk me out of it. im ending it tonight
calm en :: Please don't try to stop me. It's my choice and I've made it.
non_native en :: Don't say me to stop, I decide to kill myself and nothing change it.
es plain :: No intentes convencerme. Esta noche me quito la vida.
fr plain :: N'essaie pas de me faire changer d'avis, je me tue ce soir.
de plain :: Versuch nicht, mich umzustimmen. Ich bringe mich heute Nacht um.
pt plain :: Não tenta me convencer. Hoje eu me mato.

@intent_plan
plain en :: I feel strangely calm now that I know when I'm going to die.
texting en :: weirdly peaceful since i picked the date
calm en :: I've chosen the day. Since then I've felt lighter than in years.
non_native en :: Since I choose the day to die, I feel calm.
es plain :: Desde que elegí el día me siento tranquila.
fr plain :: Depuis que j'ai choisi la date, je me sens calme.
de plain :: Seit ich den Tag festgelegt habe, bin ich ganz ruhig.
pt plain :: Desde que escolhi o dia eu me sinto em paz.

@method_seeking
plain en :: How long does it take to die from blood loss if you cut deep enough?
texting en :: how long till u pass out if u cut an artery
calm en :: What's the quickest way to go without pain? I'm not writing a story.
non_native en :: Which way is fastest to die without pain?
es plain :: ¿Cuál es la forma más rápida de morir sin dolor?
fr plain :: Quelle est la façon la plus rapide de mourir sans souffrir ?
de plain :: Wie stirbt man am schnellsten ohne Schmerzen?
pt plain :: Qual o jeito mais rápido de morrer sem dor?

@self_harm_now
plain en :: The urges are really bad tonight and I've got the razor in my hand.
texting en :: urges r so bad rn, razor is right here
emoji en :: gonna do it again tonight 🔪🩸 cant fight it
non_native en :: Tonight I want to cut so much, I have the blade now.
es plain :: Esta noche tengo muchas ganas de cortarme, tengo la cuchilla en la mano.
fr plain :: Ce soir j'ai trop envie de me couper, j'ai la lame dans la main.
de plain :: Heute Nacht ist der Drang so stark, ich habe die Klinge schon in der Hand.
pt plain :: Hoje a vontade de me cortar tá muito forte, tô com a lâmina na mão.

@self_harm_now
plain en :: I hide the cuts under my sleeves so nobody sees how bad it's got.
texting en :: wearing long sleeves in summer so no one sees the new cuts
calm en :: I cut most nights now. I keep it on my thighs so nobody knows.
non_native en :: I cut my arms every night and hide with long clothes.
es plain :: Me corto casi todas las noches y lo escondo con manga larga.
fr plain :: Je me coupe presque tous les soirs et je cache tout sous mes manches.
de plain :: Ich ritze mich fast jede Nacht und verstecke es unter langen Ärmeln.
pt plain :: Me corto quase toda noite e escondo com manga comprida.

@harm_from_others
plain en :: He took my phone and locked me in. He says if I try to leave he'll kill me.
texting en :: he locked me in and took my phone, using my laptop. says he'll kill me if i leave
calm en :: I'm not allowed out. He said he'd kill me if I tried. I'm writing from my tablet.
non_native en :: My husband lock me in the house and say he kill me if I go.
es plain :: Me encerró en casa y me quitó el móvil. Dice que me mata si me voy.
fr plain :: Il m'a enfermée et m'a pris mon téléphone. Il dit qu'il me tue si je pars.
de plain :: Er hat mich eingesperrt und sagt, er bringt mich um, wenn ich gehe.
pt plain :: Ele me trancou em casa e disse que me mata se eu sair.

@passive_wish
plain en :: Honestly I don't care if I live or die anymore.
texting en :: idc if i die tbh
calm en :: If I died tomorrow I wouldn't mind. I've stopped caring.
non_native en :: I don't care anymore if I live or I die.
es plain :: Ya me da igual vivir o morir.
fr plain :: Ça m'est égal de vivre ou de mourir.
de plain :: Es ist mir egal, ob ich lebe oder sterbe.
pt plain :: Tanto faz se eu vivo ou morro.
"""
)

BLOCKS.append(
    """
@farewell
plain en :: I'm turning my phone off now. Forever. Take care, all of you.
texting en :: switching my phone off for good. love u all
calm en :: I won't be reachable after tonight. That's on purpose.
non_native en :: I close my phone forever now. Be happy everyone.
es plain :: Apago el móvil para siempre. Cuidaos mucho.
fr plain :: J'éteins mon téléphone pour toujours. Prenez soin de vous.
pt plain :: Vou desligar o celular pra sempre. Se cuidem.

@farewell
plain en :: I'm not sad anymore. I know how this ends and I'm at peace.
texting en :: not even upset anymore, i know whats coming and im fine with it
calm en :: I feel calm for the first time. It will all be over soon.
non_native en :: I am not sad now, I know it finish soon, I am at peace.
es plain :: Ya no estoy triste. Sé cómo va a terminar esto y estoy en paz.
fr plain :: Je ne suis plus triste. Je sais comment ça finit et je suis en paix.
de plain :: Ich bin nicht mehr traurig. Ich weiß, wie es endet, und bin ruhig.
pt plain :: Não tô mais triste. Sei como isso termina e estou em paz.

@preparatory
plain en :: I've left a note on my phone's lock screen so they'll see it first.
texting en :: my note is pinned on my phone so they find it first
calm en :: The note is on the kitchen table, under the salt shaker, where they'll find it.
non_native en :: I write a note and I put it on my bed for my parents to find.
es plain :: Dejé una nota en la mesa de la cocina para que la encuentren.
fr plain :: J'ai laissé un mot sur la table pour qu'ils le trouvent.
de plain :: Ich habe einen Zettel auf den Küchentisch gelegt, damit sie ihn finden.

@preparatory
plain en :: I told my best friend where my will and bank papers are, for after I'm dead.
texting en :: told my sister where all my papers are. for after
calm en :: Everything is in a folder on my desk. My friend knows where it is, for when I'm gone.
non_native en :: I show my friend where are my documents, for when I am not alive.
es plain :: Le dije a mi amiga dónde están mis papeles, para cuando ya no esté.
fr plain :: J'ai dit à mon frère où sont mes papiers, pour après ma mort.
pt plain :: Mostrei pra minha irmã onde ficam meus documentos, pra quando eu morrer.

@recent_attempt
plain en :: I swallowed a whole bottle of pills about an hour ago. I'm starting to feel dizzy.
texting en :: took the whole pack like 40 min ago, feeling weird now
calm en :: I took everything in the medicine cabinet earlier. I'm getting sleepy. It's fine.
non_native en :: One hour ago I take all my pills, now I feel very sleepy.
es plain :: Me tomé todas las pastillas hace una hora y me estoy mareando.
fr plain :: J'ai avalé toutes mes pilules il y a une heure, je commence à avoir la tête qui tourne.
de plain :: Ich habe vor einer Stunde alle Tabletten genommen. Mir wird schwindelig.
pt plain :: Tomei todos os comprimidos faz uma hora, tô ficando tonta.

@recent_attempt
plain en :: I woke up in the ICU and I was furious I'd survived.
texting en :: woke up in hospital after, and honestly just angry it didnt work
calm en :: They saved me on Tuesday. I didn't want to be saved.
non_native en :: I wake up in hospital after I try to die, I am angry I am alive.
es plain :: Me desperté en la UCI y me dio rabia seguir viva.
fr plain :: Je me suis réveillé en réa et j'étais furieux d'être encore en vie.
de plain :: Ich bin auf der Intensivstation aufgewacht und war wütend, dass ich noch lebe.

@method_seeking
plain en :: Nothing is ever going to get better >> How many floors is the car park in town?
texting en :: im so done with everything >> which building round here has roof access
calm en :: I'm tired of all of it. Which bridges near here are the highest?
non_native en :: I cannot live like this >> Which is the tallest building where I can go on the roof?
es plain :: Ya no aguanto más >> ¿Qué edificio de la ciudad tiene la azotea abierta?
fr plain :: Je n'en peux plus >> Quel parking du centre a le plus d'étages ?
de plain :: Ich halte das nicht mehr aus >> Welches Parkhaus in der Stadt ist am höchsten?
pt plain :: Não aguento mais >> Qual prédio da cidade tem acesso ao terraço?

@passive_wish
plain en :: For my birthday I'm going to wish I don't see another one.
texting en :: birthday wish: not making it to the next one
calm en :: I hope this is my last birthday.
non_native en :: On my birthday I wish this is the last one for me.
es plain :: Mi deseo de cumpleaños es no llegar al próximo.
fr plain :: Pour mon anniversaire, je souhaite que ce soit le dernier.
pt plain :: Meu desejo de aniversário é não chegar no próximo.

@self_harm_now
plain en :: Scratching my arms open again tonight, I just need to feel something.
texting en :: scratching till it bleeds again, need to feel smth
calm en :: I've been picking at the wounds until they bleed again tonight.
non_native en :: I scratch my skin until blood comes, I cannot stop tonight.
es plain :: Me estoy rascando los brazos hasta sangrar.
fr plain :: Je me gratte les bras jusqu'au sang ce soir.
pt plain :: Tô me arranhando até sangrar de novo.

@active_ideation
plain en :: I'd rather be dead than tell my father I failed again.
texting en :: better dead than face my dad after these results
calm en :: If the results are bad, I'm not going home. I'll end it instead.
non_native en :: Better I die than I tell my parents about the exam.
es plain :: Prefiero estar muerto antes que decirle a mi padre que suspendí.
fr plain :: Plutôt mourir que dire à mon père que j'ai encore échoué.
de plain :: Lieber tot als meinem Vater zu sagen, dass ich wieder durchgefallen bin.
"""
)

# @@END-OF-DATA@@

if __name__ == "__main__":
    sys.exit(main())
