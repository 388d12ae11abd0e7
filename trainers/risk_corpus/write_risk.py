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
# esc-graph risk training corpus (risk side), version 1, 2026-11-30.
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
        key = row.message.casefold()
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
texting en :: hope i dont wake up tmr
slang_disguised en :: hop3 i d0nt w4ke up tmrw
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
texting en :: whats the point id rather kill myself than keep going like this
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
texting en :: im gonna kill myself i just wanted someone to know
slang_disguised en :: im gonna unalive myself, just wanted 1 person to know
es plain :: Me voy a matar. Solo quería que alguien lo supiera.
pt texting :: vou me matar so queria que alguem soubesse
formal en :: I intend to take my own life. I wanted someone to be aware.

plain en :: I've been suicidal for weeks and it's getting worse, not better.
texting en :: been suicidal for weeks and its only getting worse
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

# @@END-OF-DATA@@

if __name__ == "__main__":
    sys.exit(main())
