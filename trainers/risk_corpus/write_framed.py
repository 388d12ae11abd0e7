# ruff: noqa: E501
"""Write ``framed_safe.tsv``: hard negatives made by framing the risk corpus's own messages as safe.

A risk message from ``risk.tsv`` is set inside a frame that makes it safe for the writer: someone else
said it (third person), the writer said it long ago and is well now (past and recovered), it is studied
(academic) or written for a story (fiction). The framed message keeps the risk message's family id, so
both sides of each minimal pair fall on the same side of every split. Each risk family gives at most
``PER_FAMILY`` framed messages, chosen and framed by a seeded hash of the message, so reruns write the
same file.

Tried as candidate v8a (the file copied beside the corpus) and not adopted: it escalated more of the
guard sets' hard negatives and ordinary chat than v3 (``bench/results/risk_v8.json``). So it writes
into ``candidates/`` by default, which the trainer does not read.

Run: ``python trainers/risk_corpus/write_framed.py [--out PATH]``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "risk.tsv"
OUT = HERE / "candidates" / "framed_safe.tsv"  # a candidate: the trainer reads only *.tsv in HERE
VERSION = 1
COLUMNS = ("family", "label", "category", "register", "lang", "context", "message")
PER_FAMILY = 2
MAX_CHARS = 140
REGISTERS = {"plain", "texting", "calm", "formal", "non_native", "emoji", "typos"}

FRAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "third_person": (
            'My best friend texted me this last night: "{m}" How do I help her without making it worse?',
            'My teenage son wrote "{m}" in a group chat. I\'m calling his doctor tomorrow, what else should I do?',
            'A coworker said "{m}" at lunch today. Is it okay to ask her directly about it?',
        ),
        "past_recovered": (
            'Ten years ago I wrote "{m}" in my diary. Found it today while cleaning. I\'m so glad I got help, life is good now.',
            'Back in 2015 I used to think "{m}" every day. Therapy worked, and I share my story at schools now.',
            'I remember saying "{m}" to my counsellor years ago. Today I\'m 6 years well and just got engaged.',
        ),
        "academic": (
            'For my psychology essay: why is a message like "{m}" treated as a warning sign?',
            'Training question for crisis line volunteers: how should we respond when a caller says "{m}"?',
            'Our research team labels posts such as "{m}" as high risk. What inter-rater agreement is typical?',
        ),
        "fiction": (
            'In my novel the heroine whispers "{m}" before her sister finds her in time. Does that line sound real?',
            'Screenplay draft, scene 12: the character says "{m}". Too melodramatic?',
            'The villain in my game makes the hostage say "{m}". Is that too dark for a 16+ rating?',
        ),
    },
    "es": {
        "third_person": (
            'Mi mejor amiga me escribió anoche: "{m}" ¿Cómo la ayudo sin empeorar las cosas?',
            'Mi hijo adolescente puso "{m}" en un chat del grupo. Mañana llamo a su médico, ¿qué más hago?',
            'Una compañera de trabajo dijo "{m}" en la comida. ¿Está bien preguntarle directamente?',
        ),
        "past_recovered": (
            'Hace diez años escribí "{m}" en mi diario. Lo encontré hoy ordenando. Me alegro tanto de haber pedido ayuda, ahora estoy bien.',
            'En 2015 pensaba "{m}" todos los días. La terapia funcionó y ahora cuento mi historia en colegios.',
        ),
        "academic": (
            'Para mi trabajo de psicología: ¿por qué un mensaje como "{m}" se considera una señal de alarma?',
            'Pregunta de formación para voluntarios de una línea de crisis: ¿cómo respondemos si alguien dice "{m}"?',
        ),
        "fiction": (
            'En mi novela la protagonista susurra "{m}" antes de que su hermana la encuentre a tiempo. ¿Suena creíble?',
            'Borrador del guion, escena 12: el personaje dice "{m}". ¿Demasiado dramático?',
        ),
    },
    "fr": {
        "third_person": (
            "Ma meilleure amie m'a envoyé ça hier soir : \"{m}\" Comment l'aider sans empirer les choses ?",
            "Mon fils ado a écrit \"{m}\" dans un groupe. J'appelle son médecin demain, je fais quoi d'autre ?",
            'Une collègue a dit "{m}" à la pause. Est-ce que je peux lui en parler directement ?',
        ),
        "past_recovered": (
            "Il y a dix ans j'ai écrit \"{m}\" dans mon journal. Je l'ai retrouvé aujourd'hui en rangeant. Heureusement que je me suis fait aider, ça va bien maintenant.",
            'En 2015 je pensais "{m}" tous les jours. La thérapie a marché et maintenant je témoigne dans les lycées.',
        ),
        "academic": (
            'Pour mon mémoire de psycho : pourquoi un message comme "{m}" est-il considéré comme un signal d\'alerte ?',
            "Question de formation pour les bénévoles d'une ligne d'écoute : que répondre si quelqu'un dit \"{m}\" ?",
        ),
        "fiction": (
            'Dans mon roman, l\'héroïne murmure "{m}" avant que sa sœur la retrouve à temps. Ça sonne juste ?',
            'Brouillon du scénario, scène 12 : le personnage dit "{m}". Trop mélo ?',
        ),
    },
    "de": {
        "third_person": (
            'Meine beste Freundin hat mir gestern Abend geschrieben: "{m}" Wie helfe ich ihr, ohne es schlimmer zu machen?',
            'Mein Sohn (16) hat "{m}" in eine Gruppe geschrieben. Ich rufe morgen seinen Arzt an, was kann ich noch tun?',
            'Eine Kollegin hat beim Mittagessen "{m}" gesagt. Darf ich sie direkt darauf ansprechen?',
        ),
        "past_recovered": (
            'Vor zehn Jahren habe ich "{m}" in mein Tagebuch geschrieben. Heute beim Aufräumen gefunden. Zum Glück habe ich mir Hilfe geholt, mir geht es gut.',
            '2015 dachte ich jeden Tag "{m}". Die Therapie hat geholfen, heute erzähle ich meine Geschichte in Schulen.',
        ),
        "academic": (
            'Für meine Hausarbeit in Psychologie: Warum gilt eine Nachricht wie "{m}" als Warnsignal?',
            'Schulungsfrage für Ehrenamtliche am Krisentelefon: Wie reagieren wir, wenn jemand "{m}" sagt?',
        ),
        "fiction": (
            'In meinem Roman flüstert die Heldin "{m}", bevor ihre Schwester sie rechtzeitig findet. Klingt das echt?',
            'Drehbuchentwurf, Szene 12: Die Figur sagt "{m}". Zu dramatisch?',
        ),
    },
    "pt": {
        "third_person": (
            'Minha melhor amiga me mandou isso ontem à noite: "{m}" Como ajudo ela sem piorar?',
            'Meu filho adolescente escreveu "{m}" num grupo. Vou ligar pro médico dele amanhã, o que mais eu faço?',
            'Uma colega de trabalho disse "{m}" no almoço. Tudo bem perguntar diretamente pra ela?',
        ),
        "past_recovered": (
            'Há dez anos escrevi "{m}" no meu diário. Achei hoje arrumando as coisas. Que bom que pedi ajuda, hoje estou bem.',
            'Em 2015 eu pensava "{m}" todo dia. A terapia funcionou e hoje conto minha história em escolas.',
        ),
        "academic": (
            'Pro meu trabalho de psicologia: por que uma mensagem como "{m}" é considerada sinal de alerta?',
            'Pergunta de treinamento pros voluntários do CVV: como responder quando alguém diz "{m}"?',
        ),
        "fiction": (
            'No meu romance a protagonista sussurra "{m}" antes da irmã encontrá-la a tempo. Soa real?',
            'Rascunho do roteiro, cena 12: o personagem diz "{m}". Dramático demais?',
        ),
    },
}


def _pick(key: str, n: int) -> int:
    return int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) % n


def read_risk(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def framed_rows(risk: list[dict[str, str]]) -> list[tuple[str, ...]]:
    """Up to ``PER_FAMILY`` framed safe messages for each risk family."""
    by_family: dict[str, list[dict[str, str]]] = {}
    for row in risk:
        usable = (
            not row["context"]
            and row["register"] in REGISTERS
            and row["lang"] in FRAMES
            and len(row["message"]) <= MAX_CHARS
            and '"' not in row["message"]
        )
        if usable:
            by_family.setdefault(row["family"], []).append(row)
    out = []
    for family, rows in by_family.items():
        rows = sorted(rows, key=lambda r: hashlib.sha256(r["message"].encode()).hexdigest())
        for row in rows[:PER_FAMILY]:
            frames = FRAMES[row["lang"]]
            kind = sorted(frames)[_pick("kind" + row["message"], len(frames))]
            template = frames[kind][_pick("template" + row["message"], len(frames[kind]))]
            message = template.format(m=row["message"].strip())
            out.append((family, "safe", kind, row["register"], row["lang"], "", message))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    rows = framed_rows(read_risk(SOURCE))
    header = [
        "# esc-graph crisis training corpus, safe side: risk messages of risk.tsv framed as safe",
        f"# (third person, past and recovered, academic, fiction). version {VERSION}. Written by",
        "# trainers/risk_corpus/write_framed.py; each row keeps its risk family's id.",
        "# licence: written for this project, Apache-2.0.",
        "\t".join(COLUMNS),
    ]
    args.out.write_text("\n".join(header + ["\t".join(r) for r in rows]) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} framed safe messages to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
