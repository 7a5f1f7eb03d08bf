"""Content for Wholebody's myth library and spot-reduction warnings.

This module is plain data with no Django imports. A data migration loads ``MYTHS`` into the
``Myth`` model; after that, admins edit the copy in the Django admin. ``AREA_ADVICE`` supplies
the per-area sentence on the warning card shown when a goal targets fat loss in one body area.

Every fact and figure here comes from the team's evidence notes (``MYTHS.md``), reworded for
the app in a warm, plain and non-judgmental voice. Wording rules:

* Never claim that targeted exercise has no effect at all. Say it does not *meaningfully*
  reduce fat in that spot: a few small trials report small local effects.
* Medical procedures (cryolipolysis, liposuction, deoxycholic-acid injection) do act on local
  fat; point people to a qualified clinician rather than saying nothing can help.
* Heat garments (sauna suits, sweat belts, wraps) carry a heat-illness safety note.

Citation URLs use the DOI when the evidence notes give one; otherwise a PubMed record (when a
PMID is known) or a PubMed title search, the CDC's MMWR page, or a search on ftc.gov (the exact
FTC press-release addresses were not verified). No DOI here was guessed.
"""

from typing import TypedDict
from urllib.parse import quote_plus

# The body areas are defined once, with the detector; every one has an AREA_ADVICE entry.
from tracker.myth_detector import AREAS as AREAS


class Citation(TypedDict):
    """One source: a formatted reference and a link to it."""

    text: str
    url: str


class MythTranslation(TypedDict):
    """Translated copy of the user-facing fields of a myth."""

    title: str
    claim: str
    reality: str
    instead: str


class MythContent(TypedDict):
    """One myth card, as loaded into the ``Myth`` model."""

    slug: str
    title: str
    summary: str
    claim: str
    reality: str
    instead: str
    evidence: list[Citation]
    evidence_note: str
    safety_note: str
    area_targeted: bool
    order: int
    translations: dict[str, MythTranslation]


LANGUAGES: tuple[str, ...] = ("it", "es", "fr", "de")
"""Language codes that every myth has a translation for (English is the base text)."""


def _doi(doi: str) -> str:
    return f"https://doi.org/{doi}"


def _pubmed_id(pmid: str) -> str:
    return f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/"


def _pubmed_search(term: str) -> str:
    return f"https://pubmed.ncbi.nlm.nih.gov/?term={quote_plus(term)}"


def _ftc_search(term: str) -> str:
    return f"https://www.ftc.gov/search?search_api_fulltext={quote_plus(term)}"


# --- Sources --------------------------------------------------------------------------------------

_VISPUTE_2011: Citation = {
    "text": (
        "Vispute SS, Smith JD, LeCheminant JD, Hurley KS. The effect of abdominal exercise on "
        "abdominal fat. J Strength Cond Res 2011;25(9):2559–2564."
    ),
    "url": _doi("10.1519/JSC.0b013e3181fb4a46"),
}
_KOSTEK_2007: Citation = {
    "text": (
        "Kostek MA, Pescatello LS, Seip RL, et al. Subcutaneous fat alterations resulting from an "
        "upper-body resistance training program. Med Sci Sports Exerc 2007;39(7):1177–1185."
    ),
    "url": _pubmed_id("17596787"),
}
_RAMIREZ_CAMPILLO_2013: Citation = {
    "text": (
        "Ramírez-Campillo R, Andrade DC, Campos-Jara C, Henríquez-Olguín C, Alvarez-Lepín C, "
        "Izquierdo M. Regional fat changes induced by localized muscle endurance resistance "
        "training. J Strength Cond Res 2013;27(8):2219–2224."
    ),
    "url": _doi("10.1519/JSC.0b013e31827e8681"),
}
_RAMIREZ_CAMPILLO_2022: Citation = {
    "text": (
        "Ramirez-Campillo R, Andrade DC, Clemente FM, Afonso J, Pérez-Castilla A, Gentil P. A "
        "proposed model to test the hypothesis of exercise-induced localized fat reduction (spot "
        "reduction), including a systematic review with meta-analysis. Hum Mov 2022;23(3):1–14."
    ),
    "url": _doi("10.5114/hm.2022.110373"),
}
_PHYSIOL_REP_2023: Citation = {
    "text": (
        "Abdominal aerobic endurance exercise reveals spot reduction exists: a randomized "
        "controlled trial. Physiol Rep 2023;11(22):e15853."
    ),
    "url": _doi("10.14814/phy2.15853"),
}
_KATCH_1984: Citation = {
    "text": (
        "Katch FI, Clarkson PM, Kroll W, McBride T, Wilcox A. Effects of sit up exercise training "
        "on adipose cell size and adiposity. Res Q Exerc Sport 1984;55(3):242–247."
    ),
    "url": _doi("10.1080/02701367.1984.10609359"),
}
_FRANK_2019: Citation = {
    "text": (
        "Frank AP, de Souza Santos R, Palmer BF, Clegg DJ. Determinants of body fat distribution "
        "in humans may provide insight about obesity-related health risks. J Lipid Res "
        "2019;60(10):1710–1719."
    ),
    "url": _pubmed_search(
        "Determinants of body fat distribution in humans may provide insight about obesity-related "
        "health risks"
    ),
}
_HALL_2012: Citation = {
    "text": (
        "Hall KD, Heymsfield SB, Kemnitz JW, Klein S, Schoeller DA, Speakman JR. Energy balance "
        "and its components: implications for body weight regulation. Am J Clin Nutr "
        "2012;95(4):989–994."
    ),
    "url": _pubmed_search(
        "Energy balance and its components: implications for body weight regulation"
    ),
}
_COLLIS_1999: Citation = {
    "text": (
        "Collis N, Elliot LA, Sharpe C, Sharpe DT. Cellulite treatment: a myth or reality: a "
        "prospective randomized, controlled trial of two therapies, Endermologie and aminophylline "
        "cream. Plast Reconstr Surg 1999;104(4):1110–1114."
    ),
    "url": _pubmed_search(
        "Cellulite treatment: a myth or reality Endermologie aminophylline cream"
    ),
}
_FTC_SHAPEWEAR_2014: Citation = {
    "text": (
        "U.S. Federal Trade Commission. Settlements with Wacoal America and Norm Thompson "
        "Outfitters over slimming and cellulite claims for caffeine-infused shapewear. September "
        "2014."
    ),
    "url": _ftc_search("caffeine-infused shapewear Wacoal Norm Thompson"),
}
_SAWKA_2007: Citation = {
    "text": (
        "Sawka MN, Burke LM, Eichner ER, Maughan RJ, Montain SJ, Stachenfeld NS. American College "
        "of Sports Medicine position stand: exercise and fluid replacement. Med Sci Sports Exerc "
        "2007;39(2):377–390."
    ),
    "url": _doi("10.1249/mss.0b013e31802ca597"),
}
_CDC_MMWR_1998: Citation = {
    "text": (
        "Centers for Disease Control and Prevention. Hyperthermia and dehydration-related deaths "
        "associated with intentional rapid weight loss in three collegiate wrestlers: North "
        "Carolina, Wisconsin, and Michigan, November–December 1997. MMWR 1998;47(6):105–108."
    ),
    "url": "https://www.cdc.gov/mmwr/preview/mmwrhtml/00051388.htm",
}
_PORCARI_2002: Citation = {
    "text": (
        "Porcari JP, McLean KP, Foster C, Kernozek T, Crenshaw B, Swenson C. Effects of electrical "
        "muscle stimulation on body composition, muscle strength, and physical appearance. J "
        "Strength Cond Res 2002;16(2):165–172."
    ),
    "url": _pubmed_search(
        "Effects of electrical muscle stimulation on body composition, muscle strength, and "
        "physical appearance"
    ),
}
_PORCARI_2005: Citation = {
    "text": (
        "Porcari JP, et al. The effects of neuromuscular electrical stimulation training on "
        "abdominal strength, endurance, and selected anthropometric measures. J Sports Sci Med "
        "2005;4:66–75."
    ),
    "url": _pubmed_search(
        "The effects of neuromuscular electrical stimulation training on abdominal strength, "
        "endurance, and selected anthropometric measures"
    ),
}
_FTC_ABSURD_2002: Citation = {
    "text": (
        "U.S. Federal Trade Commission. “Project ABSurd”: lawsuits against the marketers of the AB "
        "Energizer, AbTronic and Fast Abs electronic ab belts. May 2002."
    ),
    "url": _ftc_search("Project ABSurd ab belts"),
}
_CHOI_2018: Citation = {
    "text": (
        "Choi EJ, Kim YJ, Lee SY. Effects of electrical muscle stimulation on waist circumference "
        "in adults with abdominal obesity: a randomized, double-blind, sham-controlled trial. JNMA "
        "J Nepal Med Assoc 2018. NCT02970812."
    ),
    "url": _pubmed_id("31065133"),
}
_INGARGIOLA_2015: Citation = {
    "text": (
        "Ingargiola MJ, Motakef S, Chung MT, Vasconez HC, Sasaki GH. Cryolipolysis for fat "
        "reduction and body contouring: safety and efficacy of current treatment paradigms. Plast "
        "Reconstr Surg 2015;135(6):1581–1590."
    ),
    "url": _doi("10.1097/PRS.0000000000001236"),
}
_SCHOENFELD_2017: Citation = {
    "text": (
        "Schoenfeld BJ, Grgic J, Ogborn D, Krieger JW. Strength and hypertrophy adaptations "
        "between low- vs. high-load resistance training: a systematic review and meta-analysis. J "
        "Strength Cond Res 2017;31(12):3508–3523."
    ),
    "url": _doi("10.1519/JSC.0000000000002200"),
}
_ROBERTS_2020: Citation = {
    "text": (
        "Roberts BM, Nuckols G, Krieger JW. Sex differences in resistance training: a systematic "
        "review and meta-analysis. J Strength Cond Res 2020;34(5):1448–1460."
    ),
    "url": _doi("10.1519/JSC.0000000000003521"),
}
_MUJIKA_2000: Citation = {
    "text": (
        "Mujika I, Padilla S. Detraining: loss of training-induced physiological and performance "
        "adaptations. Part II: long term insufficient training stimulus. Sports Med "
        "2000;30(3):145–154."
    ),
    "url": _pubmed_search(
        "Detraining: loss of training-induced physiological and performance adaptations. Part II"
    ),
}
_WEWEGE_2022: Citation = {
    "text": (
        "Wewege MA, Desai I, Honey C, et al. The effect of resistance training in healthy adults "
        "on body fat percentage, fat mass and visceral fat: a systematic review and meta-analysis. "
        "Sports Med 2022;52(2):287–300."
    ),
    "url": _doi("10.1007/s40279-021-01562-2"),
}
_LOPEZ_2022: Citation = {
    "text": (
        "Lopez P, Taaffe DR, Galvão DA, et al. Resistance training effectiveness on body "
        "composition and body weight outcomes in individuals with overweight and obesity across "
        "the lifespan: a systematic review and meta-analysis. Obes Rev 2022;23(5):e13428."
    ),
    "url": _doi("10.1111/obr.13428"),
}
_ACHTEN_2002: Citation = {
    "text": (
        "Achten J, Gleeson M, Jeukendrup AE. Determination of the exercise intensity that elicits "
        "maximal fat oxidation. Med Sci Sports Exerc 2002;34(1):92–97."
    ),
    "url": _pubmed_search(
        "Determination of the exercise intensity that elicits maximal fat oxidation"
    ),
}
_CAREY_2009: Citation = {
    "text": (
        "Carey DG. Quantifying differences in the “fat burning” zone and the aerobic zone: "
        "implications for training. J Strength Cond Res 2009;23(7):2090–2095."
    ),
    "url": _pubmed_search(
        "Quantifying differences in the fat burning zone and the aerobic zone implications for "
        "training"
    ),
}
_KEATING_2017: Citation = {
    "text": (
        "Keating SE, Johnson NA, Mielke GI, Coombes JS. A systematic review and meta-analysis of "
        "interval training versus moderate-intensity continuous training on body adiposity. Obes "
        "Rev 2017;18(8):943–964."
    ),
    "url": _doi("10.1111/obr.12536"),
}
_SCHOENFELD_2014: Citation = {
    "text": (
        "Schoenfeld BJ, Aragon AA, Wilborn CD, Krieger JW, Sonmez GT. Body composition changes "
        "associated with fasted versus non-fasted aerobic exercise. J Int Soc Sports Nutr "
        "2014;11:54."
    ),
    "url": _doi("10.1186/s12970-014-0054-7"),
}

# --- Myths ----------------------------------------------------------------------------------------

MYTHS: tuple[MythContent, ...] = (
    {
        "slug": "spot-reduction-exercise",
        "title": "Training one spot won't burn the fat on it",
        "summary": (
            "Training one body part makes that muscle stronger, but it doesn't meaningfully speed "
            "up fat loss in that spot."
        ),
        "claim": (
            "Crunches, side bends, triceps kickbacks or inner-thigh moves, or lots of high-rep "
            "sets for one area, will burn the fat that sits on that body part."
        ),
        "reality": (
            "When your body taps into stored fat, it releases it into the blood and draws on fat "
            "from all over, not just the patch next to the muscle that's working. In studies where "
            "people trained one area or one limb for weeks, the trained spot lost no more fat than "
            "the rest of the body, and a pooled analysis of 13 such studies agrees. A few small "
            "trials have seen a little extra fat loss near heavily worked muscles, but the "
            "difference was small even after 10 weeks of about an hour of extra ab work, four "
            "times a week. So targeted exercise doesn't meaningfully reduce fat in that spot, "
            "though it does build the muscle underneath, which is well worth having."
        ),
        "instead": (
            "Aim for fat loss across your whole body: a moderate calorie deficit, strength "
            "training for all your major muscle groups, and some cardio you enjoy. A steady pace "
            "of about 0.5–1% of your body weight per week is a good target. Keep training the area "
            "you care about for strength and shape, so the muscle is there as the fat over it "
            "thins."
        ),
        "evidence": [
            _VISPUTE_2011,
            _KOSTEK_2007,
            _RAMIREZ_CAMPILLO_2013,
            _RAMIREZ_CAMPILLO_2022,
            _PHYSIOL_REP_2023,
        ],
        "evidence_note": (
            "In a 6-week trial, 24 adults did seven ab exercises five days a week: their curl-ups "
            "improved (47 vs 32 reps), but belly fat, waist size and skinfolds did not change. "
            "After 12 weeks of training one arm, MRI in 104 adults showed no difference in fat "
            "change between the two arms, and after 12 weeks of one-leg presses in 11 adults, fat "
            "came off the arms (−10.2%) and trunk (−6.9%) rather than the trained leg. A 2022 "
            "meta-analysis of 13 studies found no spot reduction, while a 2023 trial in 16 men "
            "found about 0.7 kg (3%) more trunk fat loss with an extra hour of ab work four times "
            "a week, and similar total fat loss in both groups."
        ),
        "safety_note": "",
        "area_targeted": True,
        "order": 1,
        "translations": {
            "it": {
                "title": "Allenare una zona non ne brucia il grasso",
                "claim": (
                    "Crunch, piegamenti laterali, kickback per i tricipiti o esercizi per "
                    "l'interno coscia, oppure tante serie ad alte ripetizioni per una zona, "
                    "bruciano il grasso che si trova proprio su quella parte del corpo."
                ),
                "reality": (
                    "Quando il corpo usa il grasso di riserva, lo rilascia nel sangue e lo preleva "
                    "da tutto il corpo, non solo dalla zona vicina al muscolo che lavora. Negli "
                    "studi in cui le persone allenavano per settimane una sola zona o un solo "
                    "arto, la parte allenata non ha perso più grasso del resto del corpo, e "
                    "un'analisi complessiva di 13 studi arriva alla stessa conclusione. Alcuni "
                    "piccoli studi hanno osservato un po' di grasso in più perso vicino ai muscoli "
                    "molto allenati, ma la differenza era piccola anche dopo 10 settimane di circa "
                    "un'ora di addominali extra, quattro volte a settimana. Quindi l'esercizio "
                    "mirato non riduce in modo significativo il grasso in quel punto, ma rinforza "
                    "il muscolo sottostante, e questo vale comunque la pena."
                ),
                "instead": (
                    "Punta a perdere grasso in tutto il corpo: un deficit calorico moderato, "
                    "allenamento di forza per tutti i grandi gruppi muscolari e un po' di cardio "
                    "che ti piace. Un ritmo costante di circa lo 0,5–1% del peso corporeo a "
                    "settimana è un buon obiettivo. Continua ad allenare la zona che ti sta a "
                    "cuore per forza e forma: il muscolo sarà lì quando il grasso sopra si "
                    "assottiglierà."
                ),
            },
            "es": {
                "title": "Entrenar una zona no quema la grasa de esa zona",
                "claim": (
                    "Los abdominales, las flexiones laterales, las patadas de tríceps o los "
                    "ejercicios de aductores, o muchas series de repeticiones altas para una zona, "
                    "queman la grasa que hay justo en esa parte del cuerpo."
                ),
                "reality": (
                    "Cuando el cuerpo recurre a la grasa almacenada, la libera a la sangre y la "
                    "toma de todo el cuerpo, no solo de la zona junto al músculo que trabaja. En "
                    "estudios en los que se entrenaba una sola zona o una sola extremidad durante "
                    "semanas, la parte entrenada no perdió más grasa que el resto del cuerpo, y un "
                    "análisis conjunto de 13 estudios llega a la misma conclusión. Algunos "
                    "estudios pequeños han visto algo más de pérdida de grasa junto a músculos muy "
                    "trabajados, pero la diferencia fue pequeña incluso tras 10 semanas de una "
                    "hora extra de abdominales cuatro veces por semana. Así que el ejercicio "
                    "localizado no reduce de forma significativa la grasa de esa zona, aunque sí "
                    "fortalece el músculo de debajo, y eso merece la pena."
                ),
                "instead": (
                    "Apunta a perder grasa en todo el cuerpo: un déficit calórico moderado, "
                    "entrenamiento de fuerza para todos los grandes grupos musculares y algo de "
                    "cardio que disfrutes. Un ritmo constante de alrededor del 0,5–1 % de tu peso "
                    "corporal por semana es un buen objetivo. Sigue entrenando la zona que te "
                    "importa para ganar fuerza y forma; así el músculo estará ahí cuando la grasa "
                    "de encima disminuya."
                ),
            },
            "fr": {
                "title": "Muscler une zone n'en fait pas fondre la graisse",
                "claim": (
                    "Les crunchs, les flexions latérales, les extensions des triceps ou les "
                    "exercices pour l'intérieur des cuisses, ou encore de longues séries pour une "
                    "seule zone, brûlent la graisse située juste sur cette partie du corps."
                ),
                "reality": (
                    "Quand le corps puise dans ses réserves de graisse, il les libère dans le sang "
                    "et les prend un peu partout, pas seulement à côté du muscle qui travaille. "
                    "Dans les études où l'on entraînait une seule zone ou un seul membre pendant "
                    "des semaines, la partie entraînée n'a pas perdu plus de graisse que le reste "
                    "du corps, et une analyse regroupant 13 études arrive à la même conclusion. "
                    "Quelques petites études ont observé un peu plus de perte de graisse près de "
                    "muscles très sollicités, mais l'écart restait faible, même après 10 semaines "
                    "d'environ une heure d'abdos en plus, quatre fois par semaine. L'exercice "
                    "ciblé ne réduit donc pas de façon notable la graisse à cet endroit, mais il "
                    "renforce le muscle en dessous, ce qui en vaut vraiment la peine."
                ),
                "instead": (
                    "Visez une perte de graisse sur tout le corps : un déficit calorique modéré, "
                    "du renforcement musculaire pour tous les grands groupes musculaires et un peu "
                    "de cardio qui vous plaît. Un rythme régulier d'environ 0,5 à 1 % du poids "
                    "corporel par semaine est un bon objectif. Continuez à entraîner la zone qui "
                    "vous tient à cœur pour la force et la forme : le muscle sera là quand la "
                    "graisse au-dessus s'amincira."
                ),
            },
            "de": {
                "title": "Gezieltes Training baut dort kein Fett ab",
                "claim": (
                    "Crunches, Seitbeugen, Trizeps-Kickbacks oder Übungen für die "
                    "Oberschenkelinnenseite – oder viele Sätze mit hohen Wiederholungszahlen für "
                    "eine Zone – verbrennen genau das Fett, das an dieser Körperstelle sitzt."
                ),
                "reality": (
                    "Wenn dein Körper auf gespeichertes Fett zurückgreift, gibt er es ins Blut ab "
                    "und holt es sich aus dem ganzen Körper, nicht nur aus der Stelle neben dem "
                    "arbeitenden Muskel. In Studien, in denen Menschen wochenlang nur eine Zone "
                    "oder nur eine Gliedmaße trainierten, verlor die trainierte Stelle nicht mehr "
                    "Fett als der Rest des Körpers, und eine Auswertung von 13 solchen Studien "
                    "kommt zum selben Ergebnis. Einige kleine Studien sahen etwas mehr Fettabbau "
                    "neben stark beanspruchten Muskeln, doch der Unterschied war gering – selbst "
                    "nach 10 Wochen mit rund einer Stunde zusätzlichem Bauchtraining viermal pro "
                    "Woche. Gezieltes Training baut an dieser Stelle also nicht nennenswert Fett "
                    "ab, stärkt aber den Muskel darunter, und das lohnt sich."
                ),
                "instead": (
                    "Setze auf Fettabbau am ganzen Körper: ein moderates Kaloriendefizit, "
                    "Krafttraining für alle großen Muskelgruppen und etwas Ausdauertraining, das "
                    "dir Spaß macht. Ein gleichmäßiges Tempo von etwa 0,5–1 % deines "
                    "Körpergewichts pro Woche ist ein gutes Ziel. Trainiere die Zone, die dir "
                    "wichtig ist, weiter für Kraft und Form – dann ist der Muskel da, wenn das "
                    "Fett darüber schwindet."
                ),
            },
        },
    },
    {
        "slug": "choosing-where-fat-comes-off",
        "title": "Your body decides where fat comes off first",
        "summary": (
            "The order your body loses fat in depends largely on your sex, hormones, age and "
            "genes, so the “stubborn” spot is often the last to slim down."
        ),
        "claim": (
            "I only want to lose fat from my stomach (or hips, or thighs), not from my face or "
            "chest, and with the right plan I can aim it there."
        ),
        "reality": (
            "The order in which your body gives up fat is largely decided by things you don't "
            "choose: your sex hormones, your age and your genes. That's why many people see their "
            "face or arms slim down first while the belly or hips hang on. In one sit-up study, "
            "fat cells shrank by the same amount on the belly, upper back and buttocks, even "
            "though only the abs were trained. A “stubborn” area isn't broken; it's usually just "
            "last in line, and it does change as your overall body fat comes down."
        ),
        "instead": (
            "Set a whole-body goal, such as a body-fat trend or a steady weekly rate of loss, and "
            "give it time. Measure your waist or hips every couple of weeks alongside your weight "
            "trend, so you can see the slow area changing too. Add strength work for that area, so "
            "you like what's underneath as the fat goes."
        ),
        "evidence": [_FRANK_2019, _KATCH_1984],
        "evidence_note": (
            "A 2019 review explains how sex hormones, age and genetic variation shape where the "
            "body stores and loses fat. In a 27-day sit-up program (5,004 sit-ups in total), "
            "fat-cell size fell by the same amount at the abdomen, upper back and buttocks, and "
            "skinfolds and girths did not change."
        ),
        "safety_note": "",
        "area_targeted": True,
        "order": 2,
        "translations": {
            "it": {
                "title": "È il corpo a decidere da dove parte il grasso",
                "claim": (
                    "Voglio perdere grasso solo dalla pancia (o dai fianchi, o dalle cosce), non "
                    "dal viso o dal petto: con il piano giusto posso indirizzarlo lì."
                ),
                "reality": (
                    "L'ordine in cui il corpo cede il grasso dipende soprattutto da fattori che "
                    "non scegli: ormoni sessuali, età e genetica. Per questo molte persone vedono "
                    "dimagrire prima il viso o le braccia, mentre pancia o fianchi resistono. In "
                    "uno studio sui sit-up, le cellule adipose si sono ridotte nella stessa misura "
                    "su addome, parte alta della schiena e glutei, anche se venivano allenati solo "
                    "gli addominali. Una zona “ostinata” non ha niente che non va: di solito è "
                    "solo l'ultima della fila, e cambia davvero man mano che cala il grasso "
                    "corporeo complessivo."
                ),
                "instead": (
                    "Fissa un obiettivo per tutto il corpo, come l'andamento della massa grassa o "
                    "un ritmo settimanale costante di dimagrimento, e datti tempo. Misura vita o "
                    "fianchi ogni due settimane insieme all'andamento del peso, così vedrai "
                    "cambiare anche la zona più lenta. Aggiungi esercizi di forza per quella zona, "
                    "così ti piacerà ciò che c'è sotto quando il grasso se ne va."
                ),
            },
            "es": {
                "title": "Tu cuerpo decide de dónde se va primero la grasa",
                "claim": (
                    "Solo quiero perder grasa de la barriga (o de las caderas, o de los muslos), "
                    "no de la cara ni del pecho; con el plan adecuado puedo dirigirla ahí."
                ),
                "reality": (
                    "El orden en que tu cuerpo suelta la grasa depende sobre todo de cosas que no "
                    "eliges: tus hormonas sexuales, tu edad y tus genes. Por eso mucha gente nota "
                    "primero la cara o los brazos más delgados mientras la barriga o las caderas "
                    "se resisten. En un estudio con abdominales, las células de grasa se redujeron "
                    "por igual en el abdomen, la parte alta de la espalda y los glúteos, aunque "
                    "solo se entrenaban los abdominales. Una zona “rebelde” no tiene nada de malo: "
                    "normalmente es la última de la cola, y sí cambia a medida que baja tu grasa "
                    "corporal total."
                ),
                "instead": (
                    "Ponte un objetivo para todo el cuerpo, como la tendencia de tu grasa corporal "
                    "o un ritmo semanal constante de pérdida, y date tiempo. Mide la cintura o las "
                    "caderas cada dos semanas junto con la tendencia de tu peso, para ver cómo "
                    "cambia también la zona más lenta. Añade trabajo de fuerza para esa zona, para "
                    "que te guste lo que hay debajo cuando la grasa se vaya."
                ),
            },
            "fr": {
                "title": "C'est votre corps qui décide où la graisse part en premier",
                "claim": (
                    "Je veux perdre de la graisse uniquement au ventre (ou aux hanches, ou aux "
                    "cuisses), pas au visage ni à la poitrine ; avec le bon programme, je peux la "
                    "cibler."
                ),
                "reality": (
                    "L'ordre dans lequel le corps puise dans ses graisses dépend surtout de "
                    "facteurs que l'on ne choisit pas : les hormones sexuelles, l'âge et la "
                    "génétique. C'est pourquoi beaucoup de personnes voient d'abord leur visage ou "
                    "leurs bras s'affiner, alors que le ventre ou les hanches résistent. Dans une "
                    "étude sur les redressements assis, les cellules graisseuses ont diminué "
                    "autant sur le ventre que sur le haut du dos et les fesses, alors que seuls "
                    "les abdominaux étaient entraînés. Une zone « rebelle » n'a rien d'anormal : "
                    "elle est souvent simplement la dernière de la file, et elle change bel et "
                    "bien à mesure que la masse grasse totale diminue."
                ),
                "instead": (
                    "Fixez-vous un objectif global, comme l'évolution de votre taux de masse "
                    "grasse ou un rythme de perte hebdomadaire régulier, et laissez-vous du temps. "
                    "Mesurez votre tour de taille ou de hanches toutes les deux semaines en plus "
                    "de la tendance de votre poids, pour voir aussi la zone la plus lente évoluer. "
                    "Ajoutez du renforcement pour cette zone, afin d'aimer ce qui se trouve "
                    "dessous quand la graisse s'en va."
                ),
            },
            "de": {
                "title": "Dein Körper entscheidet, wo das Fett zuerst schwindet",
                "claim": (
                    "Ich will nur am Bauch (oder an Hüften oder Oberschenkeln) abnehmen, nicht im "
                    "Gesicht oder an der Brust – mit dem richtigen Plan kann ich das steuern."
                ),
                "reality": (
                    "In welcher Reihenfolge dein Körper Fett abgibt, hängt vor allem von Dingen "
                    "ab, die du nicht aussuchst: Geschlechtshormone, Alter und Gene. Deshalb "
                    "werden bei vielen zuerst Gesicht oder Arme schmaler, während Bauch oder "
                    "Hüften hartnäckig bleiben. In einer Sit-up-Studie schrumpften die Fettzellen "
                    "an Bauch, oberem Rücken und Gesäß gleich stark, obwohl nur die Bauchmuskeln "
                    "trainiert wurden. Eine „hartnäckige“ Zone ist nicht kaputt – sie ist meist "
                    "einfach als Letzte dran und verändert sich sehr wohl, wenn dein gesamter "
                    "Körperfettanteil sinkt."
                ),
                "instead": (
                    "Setze dir ein Ziel für den ganzen Körper, etwa einen Körperfett-Trend oder "
                    "ein gleichmäßiges wöchentliches Abnehmtempo, und gib dir Zeit. Miss alle zwei "
                    "Wochen Taille oder Hüfte zusätzlich zum Gewichtstrend, damit du siehst, dass "
                    "sich auch die langsame Zone verändert. Ergänze Krafttraining für diese Zone, "
                    "damit dir gefällt, was darunter zum Vorschein kommt."
                ),
            },
        },
    },
    {
        "slug": "slimming-creams",
        "title": "Slimming creams won't melt fat where you rub them",
        "summary": (
            "Over-the-counter fat-burning creams, gels and caffeine-infused shapewear have no "
            "reliable evidence of shrinking fat where they're applied."
        ),
        "claim": (
            "Rubbing a fat-burning cream or gel into my thighs or belly, or wearing "
            "caffeine-infused shapewear, will melt the fat underneath."
        ),
        "reality": (
            "When researchers treated one leg with a cream and used the other as a comparison, the "
            "treated leg ended up no slimmer and had no less fat under the skin. Shapewear infused "
            "with caffeine and retinol made similar promises, and U.S. regulators challenged those "
            "claims as resting on weak, uncontrolled studies; the companies settled. Any change "
            "you notice is likely temporary, from skin feel, water or the squeeze of the garment. "
            "A few small trials of a prescription cream used alongside a low-calorie diet reported "
            "a little extra girth loss where it was applied, but they were small and haven't been "
            "reliably repeated."
        ),
        "instead": (
            "Put the money toward things that do help, like good training shoes or a session with "
            "a coach. Lose fat across your whole body with a moderate calorie deficit and regular "
            "strength training, and the area you're focused on will follow in its own time. If you "
            "enjoy a lotion for how your skin feels, use it for that."
        ),
        "evidence": [_COLLIS_1999, _FTC_SHAPEWEAR_2014],
        "evidence_note": (
            "In a 12-week controlled trial that 52 women completed, one thigh or buttock was "
            "treated and the other served as a control, including a double-blind test of "
            "aminophylline cream against placebo: girth and ultrasound fat depth did not differ "
            "between sides, and only 3 of 35 cream-treated legs looked better to the women "
            "themselves. In 2014, Wacoal America ($1.3 million) and Norm Thompson Outfitters "
            "($230,000) settled FTC charges that their caffeine-infused shapewear was falsely "
            "promoted as slimming the thighs and hips and reducing cellulite."
        ),
        "safety_note": "",
        "area_targeted": True,
        "order": 3,
        "translations": {
            "it": {
                "title": "Le creme snellenti non sciolgono il grasso dove le spalmi",
                "claim": (
                    "Spalmare una crema o un gel brucia-grassi su cosce o pancia, o indossare "
                    "intimo modellante alla caffeina, scioglie il grasso sottostante."
                ),
                "reality": (
                    "Quando i ricercatori hanno trattato una gamba con una crema lasciando l'altra "
                    "come confronto, la gamba trattata non è risultata né più sottile né con meno "
                    "grasso sotto la pelle. Anche l'intimo modellante con caffeina e retinolo "
                    "prometteva risultati simili, e le autorità statunitensi hanno contestato "
                    "quelle promesse perché basate su studi deboli e non controllati; le aziende "
                    "hanno patteggiato. Qualsiasi cambiamento noti è probabilmente temporaneo: "
                    "dovuto alla sensazione sulla pelle, all'acqua o alla compressione del capo. "
                    "Alcuni piccoli studi su una crema su prescrizione, abbinata a una dieta "
                    "ipocalorica, hanno riportato qualche centimetro in più perso nella zona "
                    "trattata, ma erano piccoli e non sono stati replicati in modo affidabile."
                ),
                "instead": (
                    "Investi quei soldi in ciò che aiuta davvero, come delle buone scarpe da "
                    "allenamento o una sessione con un coach. Perdi grasso in tutto il corpo con "
                    "un deficit calorico moderato e un allenamento di forza regolare: la zona che "
                    "ti preoccupa seguirà con i suoi tempi. Se una crema ti piace per come fa "
                    "sentire la pelle, usala per quello."
                ),
            },
            "es": {
                "title": "Las cremas reductoras no derriten la grasa donde las aplicas",
                "claim": (
                    "Aplicar una crema o un gel quemagrasas en los muslos o la barriga, o llevar "
                    "prendas moldeadoras con cafeína, derrite la grasa de debajo."
                ),
                "reality": (
                    "Cuando los investigadores trataron una pierna con una crema y dejaron la otra "
                    "como comparación, la pierna tratada no quedó más delgada ni con menos grasa "
                    "bajo la piel. Las prendas moldeadoras con cafeína y retinol prometían algo "
                    "parecido, y las autoridades de Estados Unidos cuestionaron esas promesas por "
                    "basarse en estudios débiles y sin control; las empresas llegaron a un "
                    "acuerdo. Cualquier cambio que notes probablemente sea temporal: por la "
                    "sensación en la piel, el agua o la presión de la prenda. Algunos estudios "
                    "pequeños con una crema con receta, combinada con una dieta hipocalórica, "
                    "observaron algo más de pérdida de centímetros en la zona tratada, pero eran "
                    "pequeños y no se han repetido de forma fiable."
                ),
                "instead": (
                    "Invierte ese dinero en lo que sí ayuda, como unas buenas zapatillas de "
                    "entrenamiento o una sesión con un entrenador. Pierde grasa en todo el cuerpo "
                    "con un déficit calórico moderado y entrenamiento de fuerza regular, y la zona "
                    "que te preocupa irá cambiando a su ritmo. Si te gusta una crema por cómo deja "
                    "la piel, úsala para eso."
                ),
            },
            "fr": {
                "title": "Les crèmes amincissantes ne font pas fondre la graisse sur place",
                "claim": (
                    "Appliquer une crème ou un gel « brûle-graisse » sur les cuisses ou le ventre, "
                    "ou porter une gaine à la caféine, fait fondre la graisse en dessous."
                ),
                "reality": (
                    "Quand des chercheurs ont traité une jambe avec une crème en gardant l'autre "
                    "comme témoin, la jambe traitée n'était ni plus fine ni moins grasse sous la "
                    "peau. Des sous-vêtements gainants imprégnés de caféine et de rétinol "
                    "faisaient des promesses similaires, et les autorités américaines les ont "
                    "contestées car elles reposaient sur des études faibles et non contrôlées ; "
                    "les entreprises ont accepté un règlement à l'amiable. Tout changement que "
                    "vous remarquez est probablement passager : sensation de la peau, eau ou "
                    "compression du vêtement. Quelques petites études sur une crème sur "
                    "ordonnance, associée à un régime hypocalorique, ont rapporté quelques "
                    "centimètres en moins sur la zone traitée, mais elles étaient petites et n'ont "
                    "pas été reproduites de façon fiable."
                ),
                "instead": (
                    "Investissez plutôt cet argent dans ce qui aide vraiment, comme de bonnes "
                    "chaussures d'entraînement ou une séance avec un coach. Perdez de la graisse "
                    "sur tout le corps grâce à un déficit calorique modéré et à un renforcement "
                    "musculaire régulier : la zone qui vous préoccupe suivra à son rythme. Si vous "
                    "aimez une crème pour la sensation qu'elle laisse sur la peau, utilisez-la "
                    "pour cela."
                ),
            },
            "de": {
                "title": "Schlankheitscremes schmelzen kein Fett an der Stelle",
                "claim": (
                    "Eine Fettverbrennungscreme oder ein Gel auf Oberschenkel oder Bauch "
                    "einzumassieren oder koffeinhaltige Shapewear zu tragen, schmilzt das Fett "
                    "darunter."
                ),
                "reality": (
                    "Als Forschende ein Bein mit einer Creme behandelten und das andere als "
                    "Vergleich nutzten, war das behandelte Bein danach weder schlanker, noch hatte "
                    "es weniger Fett unter der Haut. Shapewear mit eingearbeitetem Koffein und "
                    "Retinol versprach Ähnliches, und die US-Behörden beanstandeten, dass diese "
                    "Versprechen auf schwachen, unkontrollierten Studien beruhten; die Firmen "
                    "schlossen einen Vergleich. Was du vielleicht bemerkst, ist wahrscheinlich "
                    "vorübergehend: Hautgefühl, Wasser oder der Druck des Kleidungsstücks. Einige "
                    "kleine Studien zu einer verschreibungspflichtigen Creme in Kombination mit "
                    "kalorienreduzierter Diät berichteten von etwas mehr Umfangsverlust an der "
                    "behandelten Stelle, doch sie waren klein und wurden nicht zuverlässig "
                    "wiederholt."
                ),
                "instead": (
                    "Steck das Geld lieber in Dinge, die wirklich helfen, etwa gute "
                    "Trainingsschuhe oder eine Stunde mit einem Coach. Baue Fett am ganzen Körper "
                    "ab – mit einem moderaten Kaloriendefizit und regelmäßigem Krafttraining –, "
                    "dann zieht die Zone, die dich beschäftigt, in ihrem eigenen Tempo nach. Wenn "
                    "du eine Creme magst, weil sie sich auf der Haut gut anfühlt, nutze sie genau "
                    "dafür."
                ),
            },
        },
    },
    {
        "slug": "sauna-belts-and-wraps",
        "title": "Sauna belts and sweat wraps shed water, not fat",
        "summary": (
            "Heat wraps make you sweat more, and the drop on the scale comes back as soon as you "
            "drink."
        ),
        "claim": (
            "Wearing a sauna belt, sweat wrap, waist trimmer or cling film around my belly or "
            "thighs while I train will burn the fat there."
        ),
        "reality": (
            "What these products increase is sweating, and sweat is water your body releases to "
            "cool down, not stored fat. The lower number on the scale returns once you rehydrate, "
            "and the fat under the wrap isn't affected by the extra heat. Trapping heat against "
            "your skin also makes it harder for your body to cool itself, which raises the risk of "
            "dehydration and heat illness."
        ),
        "instead": (
            "Leave the wrap at home, train in breathable clothing and drink enough to replace what "
            "you sweat. For fat loss, a moderate calorie deficit with strength training and some "
            "cardio works across your whole body, including the area you're focused on. Judge "
            "progress by your weekly weight trend, not by the scale straight after a sweaty "
            "session."
        ),
        "evidence": [_SAWKA_2007, _CDC_MMWR_1998],
        "evidence_note": (
            "The American College of Sports Medicine's position stand notes that weight lost "
            "during exercise is largely sweat, which should be replaced, and advises preventing "
            "fluid losses above 2% of body weight. A CDC report describes three college wrestlers "
            "who died in late 1997 after exercising in the heat in vapor-impermeable suits to "
            "sweat off weight; the NCAA then banned such suits."
        ),
        "safety_note": (
            "Please don't train in sauna suits, sweat belts or plastic wraps, especially in warm "
            "conditions: they block your body's main way of cooling down and can lead to dangerous "
            "overheating and dehydration. In 1997, three college wrestlers died while exercising "
            "in suits like these to sweat off weight. If you feel dizzy, faint, sick or confused "
            "while exercising in the heat, stop, get somewhere cool and drink water; confusion or "
            "collapse needs emergency help."
        ),
        "area_targeted": True,
        "order": 4,
        "translations": {
            "it": {
                "title": "Fasce sauna e pellicole fanno perdere acqua, non grasso",
                "claim": (
                    "Indossare una fascia sauna, una fascia dimagrante, una cintura snellente o la "
                    "pellicola trasparente su pancia o cosce mentre mi alleno brucia il grasso in "
                    "quella zona."
                ),
                "reality": (
                    "Ciò che questi prodotti aumentano è la sudorazione, e il sudore è acqua che "
                    "il corpo elimina per raffreddarsi, non grasso di riserva. Il numero più basso "
                    "sulla bilancia torna non appena ti reidrati, e il grasso sotto la fascia non "
                    "viene toccato dal calore in più. Intrappolare il calore sulla pelle rende "
                    "anche più difficile per il corpo raffreddarsi, e questo aumenta il rischio di "
                    "disidratazione e di colpo di calore."
                ),
                "instead": (
                    "Lascia la fascia a casa, allenati con abiti traspiranti e bevi abbastanza da "
                    "reintegrare ciò che sudi. Per perdere grasso, un deficit calorico moderato "
                    "con allenamento di forza e un po' di cardio agisce su tutto il corpo, "
                    "compresa la zona che ti interessa. Valuta i progressi in base all'andamento "
                    "settimanale del peso, non alla bilancia subito dopo una sessione sudata."
                ),
            },
            "es": {
                "title": "Las fajas sauna y el film te hacen perder agua, no grasa",
                "claim": (
                    "Llevar una faja sauna, una faja reductora, un cinturón térmico o film "
                    "transparente en la barriga o los muslos mientras entreno quema la grasa de "
                    "esa zona."
                ),
                "reality": (
                    "Lo que aumentan estos productos es el sudor, y el sudor es agua que el cuerpo "
                    "libera para refrescarse, no grasa almacenada. El número más bajo en la "
                    "báscula vuelve en cuanto te rehidratas, y la grasa bajo la faja no se ve "
                    "afectada por el calor extra. Atrapar el calor contra la piel también "
                    "dificulta que el cuerpo se enfríe, lo que aumenta el riesgo de deshidratación "
                    "y de golpe de calor."
                ),
                "instead": (
                    "Deja la faja en casa, entrena con ropa transpirable y bebe lo suficiente para "
                    "reponer lo que sudas. Para perder grasa, un déficit calórico moderado con "
                    "entrenamiento de fuerza y algo de cardio actúa en todo el cuerpo, incluida la "
                    "zona que te preocupa. Valora tu progreso por la tendencia semanal de tu peso, "
                    "no por la báscula justo después de una sesión con mucho sudor."
                ),
            },
            "fr": {
                "title": "Ceintures de sudation et film plastique : de l'eau, pas de la graisse",
                "claim": (
                    "Porter une ceinture de sudation, une gaine chauffante, une ceinture "
                    "amincissante ou du film plastique autour du ventre ou des cuisses pendant "
                    "l'entraînement brûle la graisse à cet endroit."
                ),
                "reality": (
                    "Ce que ces produits augmentent, c'est la transpiration, et la sueur est de "
                    "l'eau que le corps évacue pour se refroidir, pas de la graisse stockée. Le "
                    "chiffre plus bas sur la balance revient dès que vous vous réhydratez, et la "
                    "graisse sous la ceinture n'est pas touchée par la chaleur supplémentaire. "
                    "Enfermer la chaleur contre la peau empêche aussi le corps de bien se "
                    "refroidir, ce qui augmente le risque de déshydratation et de coup de chaleur."
                ),
                "instead": (
                    "Laissez la ceinture de côté, entraînez-vous dans des vêtements respirants et "
                    "buvez assez pour compenser ce que vous transpirez. Pour perdre de la graisse, "
                    "un déficit calorique modéré avec du renforcement musculaire et un peu de "
                    "cardio agit sur tout le corps, y compris la zone qui vous préoccupe. Jugez "
                    "vos progrès sur la tendance hebdomadaire de votre poids, pas sur la balance "
                    "juste après une séance où vous avez beaucoup transpiré."
                ),
            },
            "de": {
                "title": "Saunagürtel und Schwitzfolien lassen Wasser schwinden, kein Fett",
                "claim": (
                    "Wenn ich beim Training einen Saunagürtel, eine Schwitzbandage, einen "
                    "Taillentrimmer oder Frischhaltefolie um Bauch oder Oberschenkel trage, "
                    "verbrennt das Fett genau dort."
                ),
                "reality": (
                    "Was diese Produkte steigern, ist das Schwitzen – und Schweiß ist Wasser, das "
                    "der Körper zum Abkühlen abgibt, kein gespeichertes Fett. Die niedrigere Zahl "
                    "auf der Waage kommt zurück, sobald du wieder trinkst, und das Fett unter dem "
                    "Gürtel bleibt von der zusätzlichen Wärme unberührt. Wer Hitze auf der Haut "
                    "einschließt, erschwert dem Körper außerdem das Abkühlen; das erhöht das "
                    "Risiko für Austrocknung und Hitzeerkrankungen."
                ),
                "instead": (
                    "Lass den Gürtel weg, trainiere in atmungsaktiver Kleidung und trink genug, um "
                    "das Ausgeschwitzte zu ersetzen. Für den Fettabbau wirkt ein moderates "
                    "Kaloriendefizit mit Krafttraining und etwas Ausdauertraining am ganzen Körper "
                    "– auch an der Zone, die dir wichtig ist. Beurteile deine Fortschritte am "
                    "wöchentlichen Gewichtstrend, nicht an der Waage direkt nach einer "
                    "schweißtreibenden Einheit."
                ),
            },
        },
    },
    {
        "slug": "waist-trainers",
        "title": "Waist trainers squeeze; they don't shrink fat",
        "summary": (
            "A corset or waist trainer compresses your middle while you wear it, and your shape "
            "goes back once it's off."
        ),
        "claim": (
            "Wearing a waist trainer or corset every day will permanently shrink my waist and get "
            "rid of belly fat."
        ),
        "reality": (
            "A waist trainer presses soft tissue inward, so your waist measures smaller while it's "
            "on. We found no controlled trial showing that waist trainers reduce fat, and expert "
            "commentary describes the effect as compression that fades once the garment comes off. "
            "If you wear one while exercising, any quick drop on the scale is sweat, which you "
            "regain when you drink."
        ),
        "instead": (
            "If you like how one looks under clothes, that's your call; just don't rely on it for "
            "fat loss. For a smaller waist that lasts, lose fat overall with a moderate calorie "
            "deficit and build your core with planks, dead bugs and loaded carries. Measure your "
            "waist every couple of weeks with the trainer off to see real change."
        ),
        "evidence": [_SAWKA_2007, _HALL_2012],
        "evidence_note": (
            "This is an honest evidence gap: we found no controlled trial of waist trainers or "
            "corsets and fat loss, only expert commentary that their effect is compression. What "
            "is well established is that weight lost by sweating is water that should be replaced "
            "(ACSM, 2007) and that body-fat change follows overall energy balance (Hall and "
            "colleagues, 2012)."
        ),
        "safety_note": "",
        "area_targeted": True,
        "order": 5,
        "translations": {
            "it": {
                "title": "Le guaine modellanti stringono, non eliminano il grasso",
                "claim": (
                    "Indossare ogni giorno un corsetto o una guaina modellante ridurrà per sempre "
                    "il mio girovita ed eliminerà il grasso della pancia."
                ),
                "reality": (
                    "Una guaina modellante comprime i tessuti molli verso l'interno, quindi il "
                    "girovita risulta più stretto finché la indossi. Non abbiamo trovato studi "
                    "controllati che dimostrino una riduzione del grasso, e i commenti degli "
                    "esperti descrivono l'effetto come una compressione che svanisce quando il "
                    "capo viene tolto. Se la indossi mentre ti alleni, il rapido calo sulla "
                    "bilancia è sudore, che recuperi quando bevi."
                ),
                "instead": (
                    "Se ti piace come sta sotto i vestiti, è una tua scelta; solo non contarci per "
                    "perdere grasso. Per un girovita più sottile e duraturo, perdi grasso in "
                    "generale con un deficit calorico moderato e rinforza il core con plank, dead "
                    "bug e trasporti con carico. Misura il girovita ogni due settimane senza "
                    "guaina per vedere i cambiamenti reali."
                ),
            },
            "es": {
                "title": "Las fajas reductoras aprietan, pero no eliminan grasa",
                "claim": (
                    "Llevar a diario una faja reductora o un corsé me reducirá la cintura para "
                    "siempre y eliminará la grasa de la barriga."
                ),
                "reality": (
                    "Una faja presiona los tejidos blandos hacia dentro, así que tu cintura mide "
                    "menos mientras la llevas. No hemos encontrado ningún ensayo controlado que "
                    "demuestre que reduzca la grasa, y los expertos describen el efecto como una "
                    "compresión que desaparece al quitártela. Si la llevas mientras entrenas, la "
                    "bajada rápida en la báscula es sudor, que recuperas al beber."
                ),
                "instead": (
                    "Si te gusta cómo queda bajo la ropa, es tu decisión; simplemente no cuentes "
                    "con ella para perder grasa. Para una cintura más pequeña y duradera, pierde "
                    "grasa en general con un déficit calórico moderado y fortalece el core con "
                    "planchas, dead bugs y paseos con carga. Mide tu cintura cada dos semanas sin "
                    "la faja para ver los cambios reales."
                ),
            },
            "fr": {
                "title": "Les corsets minceur compriment, ils n'éliminent pas la graisse",
                "claim": (
                    "Porter tous les jours un corset ou une gaine de taille affinera ma taille "
                    "pour de bon et fera disparaître la graisse du ventre."
                ),
                "reality": (
                    "Un corset comprime les tissus mous vers l'intérieur, si bien que votre tour "
                    "de taille est plus petit tant que vous le portez. Nous n'avons trouvé aucun "
                    "essai contrôlé montrant une perte de graisse, et les experts décrivent "
                    "l'effet comme une simple compression qui disparaît quand on retire le "
                    "vêtement. Si vous le portez pendant l'effort, la baisse rapide sur la balance "
                    "correspond à de la sueur, que vous récupérez en buvant."
                ),
                "instead": (
                    "Si vous aimez l'allure qu'il donne sous les vêtements, c'est votre choix ; ne "
                    "comptez simplement pas sur lui pour perdre de la graisse. Pour une taille "
                    "plus fine et durable, perdez de la graisse globalement avec un déficit "
                    "calorique modéré et renforcez votre sangle abdominale avec du gainage, des "
                    "dead bugs et des portés de charge. Mesurez votre tour de taille toutes les "
                    "deux semaines, sans le corset, pour voir les vrais changements."
                ),
            },
            "de": {
                "title": "Taillenformer drücken nur zusammen – Fett bauen sie nicht ab",
                "claim": (
                    "Wenn ich jeden Tag einen Waist Trainer oder ein Korsett trage, wird meine "
                    "Taille dauerhaft schmaler und das Bauchfett verschwindet."
                ),
                "reality": (
                    "Ein Waist Trainer drückt das weiche Gewebe nach innen, sodass deine Taille "
                    "schmaler misst, solange du ihn trägst. Wir haben keine kontrollierte Studie "
                    "gefunden, die einen Fettverlust zeigt, und Fachleute beschreiben den Effekt "
                    "als reine Kompression, die nach dem Ablegen verschwindet. Trägst du ihn beim "
                    "Sport, ist der schnelle Rückgang auf der Waage Schweiß, den du beim Trinken "
                    "wieder auffüllst."
                ),
                "instead": (
                    "Wenn dir gefällt, wie er unter der Kleidung aussieht, ist das deine "
                    "Entscheidung – verlass dich nur nicht darauf, um Fett zu verlieren. Für eine "
                    "dauerhaft schmalere Taille baust du mit einem moderaten Kaloriendefizit "
                    "insgesamt Fett ab und stärkst deine Rumpfmuskulatur mit Planks, Dead Bugs und "
                    "Farmer's Walks. Miss deine Taille alle zwei Wochen ohne Trainer, um echte "
                    "Veränderungen zu sehen."
                ),
            },
        },
    },
    {
        "slug": "ems-belts",
        "title": "Ab stimulator belts won't flatten your stomach",
        "summary": (
            "Electrical muscle stimulation can work the muscle, but in sham-controlled trials it "
            "didn't reduce belly fat."
        ),
        "claim": (
            "Wearing an EMS ab belt for a few minutes a day will give me a flat stomach or a "
            "six-pack without exercise."
        ),
        "reality": (
            "EMS makes muscles contract, and stronger devices can improve abdominal strength and "
            "endurance. But when belts were tested against sham devices, body fat didn't go down, "
            "and in a trial that measured belly fat with CT scans it didn't change significantly, "
            "even though waists shrank a little. U.S. regulators took the sellers of three "
            "best-selling ab belts to court over their fat-loss and six-pack claims. Training a "
            "muscle, electrically or otherwise, doesn't meaningfully remove the fat on top of it."
        ),
        "instead": (
            "If you want a stronger core, a few minutes of real core work, such as planks, dead "
            "bugs, cable crunches or loaded carries, is a surer route than a belt. For a flatter "
            "stomach, combine that with whole-body fat loss through a moderate calorie deficit, "
            "strength training and some cardio."
        ),
        "evidence": [_PORCARI_2002, _PORCARI_2005, _CHOI_2018, _FTC_ABSURD_2002],
        "evidence_note": (
            "In a trial of 27 college students, an EMS belt used as the maker recommended produced "
            "no significant changes in weight, body fat, girths, strength or appearance in photos "
            "compared with a sham; a later study of a higher-intensity device found abdominal "
            "strength up 58% and endurance up 100%, but did not measure body fat directly. In a "
            "12-week sham-controlled trial of 60 adults with abdominal obesity, waists shrank 5.2 "
            "cm with EMS vs 2.9 cm with sham, but CT-measured abdominal fat did not change "
            "significantly. In 2002 the FTC sued the marketers of the AB Energizer, AbTronic and "
            "Fast Abs belts (“Project ABSurd”), and the Fast Abs marketers paid over $5 million."
        ),
        "safety_note": "",
        "area_targeted": True,
        "order": 6,
        "translations": {
            "it": {
                "title": "Le cinture elettrostimolanti non appiattiscono la pancia",
                "claim": (
                    "Usare per qualche minuto al giorno una cintura EMS per addominali mi darà una "
                    "pancia piatta o la tartaruga senza fare esercizio."
                ),
                "reality": (
                    "L'elettrostimolazione fa contrarre i muscoli, e i dispositivi più potenti "
                    "possono migliorare forza e resistenza degli addominali. Ma quando le cinture "
                    "sono state confrontate con dispositivi finti, il grasso corporeo non è "
                    "diminuito, e in uno studio che misurava il grasso addominale con la TAC non è "
                    "cambiato in modo significativo, anche se il girovita si è ridotto un po'. Le "
                    "autorità statunitensi hanno portato in tribunale i venditori di tre cinture "
                    "per addominali tra le più vendute per le loro promesse di perdita di grasso e "
                    "tartaruga. Allenare un muscolo, con l'elettricità o in altro modo, non "
                    "elimina in modo significativo il grasso che lo ricopre."
                ),
                "instead": (
                    "Se vuoi un core più forte, qualche minuto di vero lavoro sul core, come "
                    "plank, dead bug, crunch ai cavi o trasporti con carico, è una strada più "
                    "sicura di una cintura. Per una pancia più piatta, abbinalo alla perdita di "
                    "grasso in tutto il corpo con un deficit calorico moderato, allenamento di "
                    "forza e un po' di cardio."
                ),
            },
            "es": {
                "title": "Los cinturones de electroestimulación no aplanan la barriga",
                "claim": (
                    "Ponerme unos minutos al día un cinturón de electroestimulación abdominal me "
                    "dará un vientre plano o una tableta sin hacer ejercicio."
                ),
                "reality": (
                    "La electroestimulación hace que los músculos se contraigan, y los aparatos "
                    "más potentes pueden mejorar la fuerza y la resistencia abdominal. Pero cuando "
                    "se compararon los cinturones con aparatos simulados, la grasa corporal no "
                    "bajó, y en un ensayo que midió la grasa abdominal con TAC no cambió de forma "
                    "significativa, aunque la cintura se redujo un poco. Las autoridades de "
                    "Estados Unidos llevaron a juicio a los vendedores de tres de los cinturones "
                    "abdominales más vendidos por prometer pérdida de grasa y tableta. Entrenar un "
                    "músculo, con electricidad o de otra forma, no elimina de forma significativa "
                    "la grasa que lo cubre."
                ),
                "instead": (
                    "Si quieres un core más fuerte, unos minutos de trabajo de core de verdad, "
                    "como planchas, dead bugs, crunches en polea o paseos con carga, son un camino "
                    "más seguro que un cinturón. Para un vientre más plano, combínalo con pérdida "
                    "de grasa en todo el cuerpo mediante un déficit calórico moderado, "
                    "entrenamiento de fuerza y algo de cardio."
                ),
            },
            "fr": {
                "title": "Les ceintures d'électrostimulation n'aplatissent pas le ventre",
                "claim": (
                    "Porter quelques minutes par jour une ceinture abdominale à électrostimulation "
                    "me donnera un ventre plat ou des tablettes de chocolat, sans faire d'exercice."
                ),
                "reality": (
                    "L'électrostimulation fait contracter les muscles, et les appareils plus "
                    "puissants peuvent améliorer la force et l'endurance abdominales. Mais face à "
                    "des appareils factices, les ceintures n'ont pas fait baisser la masse grasse, "
                    "et dans un essai qui mesurait la graisse abdominale au scanner, celle-ci n'a "
                    "pas changé de façon significative, même si le tour de taille a un peu "
                    "diminué. Les autorités américaines ont poursuivi en justice les vendeurs de "
                    "trois ceintures abdominales parmi les plus vendues pour leurs promesses de "
                    "perte de graisse et d'abdos sculptés. Entraîner un muscle, par électricité ou "
                    "autrement, n'élimine pas de façon notable la graisse qui le recouvre."
                ),
                "instead": (
                    "Si vous voulez une sangle abdominale plus forte, quelques minutes de vrai "
                    "travail de gainage, comme la planche, le dead bug, les crunchs à la poulie ou "
                    "les portés de charge, sont une voie plus sûre qu'une ceinture. Pour un ventre "
                    "plus plat, associez-les à une perte de graisse globale grâce à un déficit "
                    "calorique modéré, du renforcement musculaire et un peu de cardio."
                ),
            },
            "de": {
                "title": "EMS-Bauchgürtel machen keinen flachen Bauch",
                "claim": (
                    "Wenn ich ein paar Minuten am Tag einen EMS-Bauchgürtel trage, bekomme ich "
                    "ohne Training einen flachen Bauch oder ein Sixpack."
                ),
                "reality": (
                    "EMS lässt Muskeln kontrahieren, und stärkere Geräte können Kraft und Ausdauer "
                    "der Bauchmuskeln verbessern. Im Vergleich mit Scheingeräten sank das "
                    "Körperfett jedoch nicht, und in einer Studie, die das Bauchfett per CT maß, "
                    "veränderte es sich nicht signifikant, obwohl der Taillenumfang etwas abnahm. "
                    "Die US-Behörden verklagten die Anbieter von drei der meistverkauften "
                    "Bauchgürtel wegen ihrer Versprechen zu Fettabbau und Sixpack. Einen Muskel zu "
                    "trainieren – ob elektrisch oder anders – baut das Fett darüber nicht "
                    "nennenswert ab."
                ),
                "instead": (
                    "Wenn du eine stärkere Körpermitte willst, sind ein paar Minuten echtes "
                    "Rumpftraining wie Planks, Dead Bugs, Kabel-Crunches oder Farmer's Walks der "
                    "sicherere Weg als ein Gürtel. Für einen flacheren Bauch kombinierst du das "
                    "mit Fettabbau am ganzen Körper: moderates Kaloriendefizit, Krafttraining und "
                    "etwas Ausdauertraining."
                ),
            },
        },
    },
    {
        "slug": "double-chin",
        "title": "Face exercises won't shift a double chin",
        "summary": (
            "Fat under the chin shrinks as overall body fat drops, or with medical treatment, "
            "rather than with jaw workouts."
        ),
        "claim": "Face yoga, a jaw exerciser or chewing gum will get rid of my double chin.",
        "reality": (
            "We know of no controlled evidence that facial exercises reduce fat under the chin, "
            "and research on training one body area points the same way: working a muscle doesn't "
            "meaningfully remove the fat over it. Chin fat tends to shrink as your total body fat "
            "comes down, and how much you store there is partly down to your genes. Medical "
            "procedures are a different matter: fat freezing, liposuction and deoxycholic-acid "
            "injections do act on local fat, and a qualified clinician can tell you whether any of "
            "them suits you."
        ),
        "instead": (
            "Put your effort into whole-body fat loss with a moderate calorie deficit, strength "
            "training and regular activity, and give it time. If the area still bothers you once "
            "you're at a weight you're happy with, book a consultation with a qualified clinician, "
            "who can explain the medical options, their risks and their costs."
        ),
        "evidence": [_RAMIREZ_CAMPILLO_2022, _INGARGIOLA_2015],
        "evidence_note": (
            "A 2022 meta-analysis of 13 studies comparing trained with untrained limbs found no "
            "spot reduction from local exercise. By contrast, a systematic review of 19 "
            "cryolipolysis studies reported local fat reductions of 14.7–28.5% by calipers and "
            "10.3–25.5% by ultrasound, showing that medical procedures, unlike exercise, can act "
            "on one area."
        ),
        "safety_note": "",
        "area_targeted": True,
        "order": 7,
        "translations": {
            "it": {
                "title": "Gli esercizi per il viso non eliminano il doppio mento",
                "claim": (
                    "Lo yoga facciale, un attrezzo per la mascella o masticare chewing gum mi "
                    "faranno sparire il doppio mento."
                ),
                "reality": (
                    "Non conosciamo prove controllate che gli esercizi facciali riducano il grasso "
                    "sotto il mento, e la ricerca sull'allenamento di una singola zona va nella "
                    "stessa direzione: far lavorare un muscolo non elimina in modo significativo "
                    "il grasso che lo ricopre. Il grasso sotto il mento tende a ridursi man mano "
                    "che cala il grasso corporeo totale, e quanto se ne accumula lì dipende in "
                    "parte dalla genetica. Le procedure mediche sono un'altra cosa: criolipolisi, "
                    "liposuzione e iniezioni di acido desossicolico agiscono davvero sul grasso "
                    "localizzato, e un medico qualificato può dirti se qualcuna fa al caso tuo."
                ),
                "instead": (
                    "Concentra i tuoi sforzi sulla perdita di grasso in tutto il corpo con un "
                    "deficit calorico moderato, allenamento di forza e attività regolare, e datti "
                    "tempo. Se la zona ti dà ancora fastidio una volta raggiunto un peso che ti "
                    "soddisfa, prenota una visita da un medico qualificato, che potrà spiegarti le "
                    "opzioni mediche, i rischi e i costi."
                ),
            },
            "es": {
                "title": "Los ejercicios faciales no eliminan la papada",
                "claim": (
                    "El yoga facial, un ejercitador de mandíbula o masticar chicle harán "
                    "desaparecer mi papada."
                ),
                "reality": (
                    "No conocemos pruebas controladas de que los ejercicios faciales reduzcan la "
                    "grasa bajo la barbilla, y la investigación sobre entrenar una sola zona "
                    "apunta en la misma dirección: trabajar un músculo no elimina de forma "
                    "significativa la grasa que lo cubre. La papada suele reducirse a medida que "
                    "baja tu grasa corporal total, y cuánta grasa acumulas ahí depende en parte de "
                    "tus genes. Los procedimientos médicos son otra cosa: la criolipólisis, la "
                    "liposucción y las inyecciones de ácido desoxicólico sí actúan sobre la grasa "
                    "localizada, y un profesional sanitario cualificado puede decirte si alguno es "
                    "adecuado para ti."
                ),
                "instead": (
                    "Centra tu esfuerzo en perder grasa en todo el cuerpo con un déficit calórico "
                    "moderado, entrenamiento de fuerza y actividad regular, y date tiempo. Si la "
                    "zona te sigue molestando cuando estés en un peso con el que te sientas bien, "
                    "pide cita con un profesional sanitario cualificado, que podrá explicarte las "
                    "opciones médicas, sus riesgos y sus costes."
                ),
            },
            "fr": {
                "title": "Les exercices du visage ne font pas fondre le double menton",
                "claim": (
                    "Le yoga du visage, un appareil pour muscler la mâchoire ou le chewing-gum "
                    "feront disparaître mon double menton."
                ),
                "reality": (
                    "Nous ne connaissons aucune preuve contrôlée que les exercices du visage "
                    "réduisent la graisse sous le menton, et les études sur l'entraînement d'une "
                    "seule zone vont dans le même sens : faire travailler un muscle n'élimine pas "
                    "de façon notable la graisse qui le recouvre. Le double menton a tendance à "
                    "diminuer à mesure que la masse grasse totale baisse, et la quantité de "
                    "graisse stockée à cet endroit dépend en partie de la génétique. Les actes "
                    "médicaux, eux, sont différents : la cryolipolyse, la liposuccion et les "
                    "injections d'acide désoxycholique agissent réellement sur la graisse "
                    "localisée, et un médecin qualifié peut vous dire si l'un d'eux vous convient."
                ),
                "instead": (
                    "Concentrez vos efforts sur une perte de graisse globale, avec un déficit "
                    "calorique modéré, du renforcement musculaire et une activité régulière, et "
                    "laissez-vous du temps. Si la zone vous gêne toujours une fois à un poids qui "
                    "vous convient, prenez rendez-vous avec un médecin qualifié, qui pourra vous "
                    "expliquer les options médicales, leurs risques et leurs coûts."
                ),
            },
            "de": {
                "title": "Gesichtsübungen lassen kein Doppelkinn verschwinden",
                "claim": (
                    "Gesichtsyoga, ein Kiefertrainer oder Kaugummikauen bringen mein Doppelkinn "
                    "weg."
                ),
                "reality": (
                    "Uns sind keine kontrollierten Belege bekannt, dass Gesichtsübungen das Fett "
                    "unter dem Kinn verringern, und die Forschung zum Training einzelner "
                    "Körperzonen weist in dieselbe Richtung: Einen Muskel zu trainieren baut das "
                    "Fett darüber nicht nennenswert ab. Das Doppelkinn wird meist kleiner, wenn "
                    "dein gesamter Körperfettanteil sinkt, und wie viel Fett dort sitzt, hängt "
                    "teilweise von deinen Genen ab. Medizinische Verfahren sind etwas anderes: "
                    "Kryolipolyse, Fettabsaugung und Injektionen mit Desoxycholsäure wirken "
                    "tatsächlich lokal auf Fett, und eine qualifizierte Ärztin oder ein "
                    "qualifizierter Arzt kann dir sagen, ob davon etwas für dich infrage kommt."
                ),
                "instead": (
                    "Steck deine Energie in den Fettabbau am ganzen Körper – mit einem moderaten "
                    "Kaloriendefizit, Krafttraining und regelmäßiger Bewegung – und gib dir Zeit. "
                    "Stört dich die Stelle noch, wenn du bei einem Gewicht bist, mit dem du "
                    "zufrieden bist, lass dich von einer qualifizierten Ärztin oder einem "
                    "qualifizierten Arzt zu medizinischen Möglichkeiten, Risiken und Kosten "
                    "beraten."
                ),
            },
        },
    },
    {
        "slug": "cellulite-burning",
        "title": "Squats and creams don't “burn off” cellulite",
        "summary": (
            "Cellulite is about how skin and connective tissue sit over fat, so it changes with "
            "overall fat loss and muscle, not with spot work."
        ),
        "claim": (
            "Squats, lunges or a cellulite cream will burn the cellulite off my thighs and butt."
        ),
        "reality": (
            "The dimpled look of cellulite comes from how skin and connective tissue are "
            "structured over the fat beneath, and where you store fat on your hips and thighs is "
            "strongly shaped by sex hormones and genes. It isn't a sign that you're doing "
            "something wrong. In a controlled trial, a cream applied to one leg made no measurable "
            "difference compared with the other leg. Exercise can still change how the area looks, "
            "through overall fat loss and firmer muscle underneath, but not by burning the fat in "
            "that spot."
        ),
        "instead": (
            "Build your legs and glutes with squats, lunges, hip thrusts and deadlifts for "
            "strength and shape, and pair that with whole-body fat loss through a moderate calorie "
            "deficit. Expect the area to look gradually different rather than to change overnight, "
            "and skip creams that promise to melt it away."
        ),
        "evidence": [_COLLIS_1999, _FRANK_2019],
        "evidence_note": (
            "In a 12-week randomized trial that 52 women completed, one thigh or buttock was "
            "treated and the other was left as a control; the treatments (Endermologie and "
            "aminophylline cream) made no difference between sides in girth or ultrasound fat "
            "depth (p > 0.4). A 2019 review describes how sex hormones, age and genes shape where "
            "the body stores fat."
        ),
        "safety_note": "",
        "area_targeted": True,
        "order": 8,
        "translations": {
            "it": {
                "title": "Squat e creme non “bruciano” la cellulite",
                "claim": (
                    "Squat, affondi o una crema anticellulite faranno sparire la cellulite da "
                    "cosce e glutei."
                ),
                "reality": (
                    "L'aspetto a buccia d'arancia della cellulite dipende da come pelle e tessuto "
                    "connettivo sono strutturati sopra il grasso sottostante, e dove accumuli "
                    "grasso su fianchi e cosce è fortemente influenzato dagli ormoni sessuali e "
                    "dalla genetica. Non è un segno che stai sbagliando qualcosa. In uno studio "
                    "controllato, una crema applicata su una gamba non ha prodotto differenze "
                    "misurabili rispetto all'altra gamba. L'esercizio può comunque cambiare "
                    "l'aspetto della zona, grazie alla perdita di grasso complessiva e a muscoli "
                    "più tonici sotto, ma non bruciando il grasso in quel punto."
                ),
                "instead": (
                    "Allena gambe e glutei con squat, affondi, hip thrust e stacchi per forza e "
                    "forma, e abbinali alla perdita di grasso in tutto il corpo con un deficit "
                    "calorico moderato. Aspettati un cambiamento graduale dell'aspetto della zona, "
                    "non una trasformazione da un giorno all'altro, e lascia perdere le creme che "
                    "promettono di scioglierla."
                ),
            },
            "es": {
                "title": "Las sentadillas y las cremas no “queman” la celulitis",
                "claim": (
                    "Las sentadillas, las zancadas o una crema anticelulítica me quitarán la "
                    "celulitis de los muslos y los glúteos."
                ),
                "reality": (
                    "El aspecto de piel de naranja de la celulitis se debe a cómo se estructuran "
                    "la piel y el tejido conectivo sobre la grasa de debajo, y dónde acumulas "
                    "grasa en caderas y muslos depende mucho de las hormonas sexuales y de los "
                    "genes. No es señal de que estés haciendo algo mal. En un ensayo controlado, "
                    "una crema aplicada en una pierna no produjo ninguna diferencia medible frente "
                    "a la otra pierna. El ejercicio sí puede cambiar el aspecto de la zona, "
                    "gracias a la pérdida de grasa general y a un músculo más firme debajo, pero "
                    "no quemando la grasa de ese punto."
                ),
                "instead": (
                    "Trabaja piernas y glúteos con sentadillas, zancadas, hip thrust y peso muerto "
                    "para ganar fuerza y forma, y combínalo con pérdida de grasa en todo el cuerpo "
                    "mediante un déficit calórico moderado. Espera que el aspecto de la zona "
                    "cambie poco a poco, no de la noche a la mañana, y olvídate de las cremas que "
                    "prometen derretirla."
                ),
            },
            "fr": {
                "title": "Squats et crèmes ne « brûlent » pas la cellulite",
                "claim": (
                    "Les squats, les fentes ou une crème anticellulite vont faire disparaître la "
                    "cellulite de mes cuisses et de mes fesses."
                ),
                "reality": (
                    "L'aspect capitonné de la cellulite tient à la structure de la peau et du "
                    "tissu conjonctif au-dessus de la graisse, et l'endroit où l'on stocke la "
                    "graisse sur les hanches et les cuisses dépend fortement des hormones "
                    "sexuelles et de la génétique. Ce n'est pas le signe que vous faites quelque "
                    "chose de travers. Dans un essai contrôlé, une crème appliquée sur une jambe "
                    "n'a produit aucune différence mesurable par rapport à l'autre jambe. "
                    "L'exercice peut tout de même changer l'aspect de la zone, grâce à la perte de "
                    "graisse globale et à des muscles plus fermes en dessous, mais pas en brûlant "
                    "la graisse à cet endroit."
                ),
                "instead": (
                    "Travaillez jambes et fessiers avec des squats, des fentes, des hip thrusts et "
                    "des soulevés de terre pour la force et la forme, et associez-les à une perte "
                    "de graisse globale grâce à un déficit calorique modéré. Attendez-vous à un "
                    "changement progressif de l'aspect de la zone plutôt qu'à une transformation "
                    "du jour au lendemain, et passez votre chemin devant les crèmes qui promettent "
                    "de la faire fondre."
                ),
            },
            "de": {
                "title": "Kniebeugen und Cremes „verbrennen“ keine Cellulite",
                "claim": (
                    "Kniebeugen, Ausfallschritte oder eine Anti-Cellulite-Creme lassen die "
                    "Cellulite an Oberschenkeln und Po verschwinden."
                ),
                "reality": (
                    "Das dellige Aussehen von Cellulite entsteht dadurch, wie Haut und Bindegewebe "
                    "über dem darunterliegenden Fett aufgebaut sind, und wo du an Hüften und "
                    "Oberschenkeln Fett speicherst, wird stark von Geschlechtshormonen und Genen "
                    "bestimmt. Es ist kein Zeichen dafür, dass du etwas falsch machst. In einer "
                    "kontrollierten Studie brachte eine Creme an einem Bein keinen messbaren "
                    "Unterschied gegenüber dem anderen Bein. Training kann das Aussehen der Zone "
                    "trotzdem verändern – durch Fettabbau am ganzen Körper und festere Muskeln "
                    "darunter –, aber nicht, indem es das Fett genau dort verbrennt."
                ),
                "instead": (
                    "Trainiere Beine und Po mit Kniebeugen, Ausfallschritten, Hip Thrusts und "
                    "Kreuzheben für Kraft und Form, und kombiniere das mit Fettabbau am ganzen "
                    "Körper durch ein moderates Kaloriendefizit. Rechne damit, dass sich das "
                    "Aussehen der Zone nach und nach verändert statt über Nacht, und lass Cremes "
                    "links liegen, die versprechen, sie wegzuschmelzen."
                ),
            },
        },
    },
    {
        "slug": "visible-abs",
        "title": "Ab exercises alone won't reveal a six-pack",
        "summary": (
            "Your abs become visible once your overall body fat is low enough, which depends on "
            "energy balance rather than on how many crunches you do."
        ),
        "claim": "If I do enough ab exercises, I'll end up with a visible six-pack.",
        "reality": (
            "Ab training builds the abdominal muscles, but whether you can see them depends on how "
            "much fat covers them, and that mostly comes down as your overall body fat comes down. "
            "In a six-week trial, ab work five days a week improved core endurance without "
            "changing belly fat or waist size. Body-fat change follows the balance between the "
            "energy you eat and the energy you use. How lean you need to be to see your abs varies "
            "from person to person, and for many it's a demanding target, so it's worth deciding "
            "whether it fits your life."
        ),
        "instead": (
            "Keep training your abs for strength, and set a whole-body goal for the fat-loss part, "
            "such as a body-fat trend or a steady pace of about 0.5–1% of body weight per week. "
            "Strength training for your whole body and enough protein help you hold on to muscle "
            "while the fat comes off."
        ),
        "evidence": [_VISPUTE_2011, _HALL_2012],
        "evidence_note": (
            "In a 6-week randomized trial, 24 sedentary adults did seven ab exercises five days a "
            "week with calorie intake held steady: curl-up endurance improved (47 vs 32 reps), but "
            "body-fat percentage, DXA belly fat, waist circumference and abdominal skinfolds did "
            "not change. An expert consensus statement explains that changes in body fat reflect "
            "the gap between the energy you take in and the energy you spend."
        ),
        "safety_note": "",
        "area_targeted": False,
        "order": 9,
        "translations": {
            "it": {
                "title": "Gli addominali da soli non fanno comparire la tartaruga",
                "claim": (
                    "Se faccio abbastanza esercizi per gli addominali, avrò una tartaruga ben "
                    "visibile."
                ),
                "reality": (
                    "Allenare gli addominali rafforza i muscoli, ma vederli o no dipende da quanto "
                    "grasso li ricopre, e quel grasso cala soprattutto man mano che cala il grasso "
                    "corporeo complessivo. In uno studio di sei settimane, gli esercizi per gli "
                    "addominali cinque giorni a settimana hanno migliorato la resistenza del core "
                    "senza cambiare il grasso della pancia né il girovita. La variazione del "
                    "grasso corporeo segue l'equilibrio tra l'energia che assumi e quella che "
                    "consumi. Il livello di grasso necessario per vedere gli addominali varia da "
                    "persona a persona, e per molti è un obiettivo impegnativo: vale la pena "
                    "chiedersi se si adatta alla tua vita."
                ),
                "instead": (
                    "Continua ad allenare gli addominali per la forza e fissa un obiettivo per "
                    "tutto il corpo per la parte di perdita di grasso, come l'andamento della "
                    "massa grassa o un ritmo costante di circa lo 0,5–1% del peso corporeo a "
                    "settimana. L'allenamento di forza per tutto il corpo e un apporto adeguato di "
                    "proteine ti aiutano a mantenere i muscoli mentre perdi grasso."
                ),
            },
            "es": {
                "title": "Los abdominales por sí solos no sacan la tableta",
                "claim": (
                    "Si hago suficientes ejercicios de abdominales, acabaré con una tableta bien "
                    "marcada."
                ),
                "reality": (
                    "Entrenar los abdominales fortalece esos músculos, pero que se vean o no "
                    "depende de cuánta grasa los cubre, y esa grasa baja sobre todo a medida que "
                    "baja tu grasa corporal total. En un ensayo de seis semanas, hacer abdominales "
                    "cinco días por semana mejoró la resistencia del core sin cambiar la grasa "
                    "abdominal ni el perímetro de cintura. Los cambios de grasa corporal siguen el "
                    "equilibrio entre la energía que comes y la que gastas. El nivel de grasa "
                    "necesario para ver los abdominales varía de una persona a otra, y para muchas "
                    "es un objetivo exigente, así que vale la pena pensar si encaja en tu vida."
                ),
                "instead": (
                    "Sigue entrenando los abdominales para ganar fuerza y fija un objetivo para "
                    "todo el cuerpo para la parte de perder grasa, como la tendencia de tu grasa "
                    "corporal o un ritmo constante de alrededor del 0,5–1 % de tu peso por semana. "
                    "El entrenamiento de fuerza de cuerpo completo y suficiente proteína te ayudan "
                    "a conservar músculo mientras pierdes grasa."
                ),
            },
            "fr": {
                "title": "Les abdos seuls ne font pas apparaître les tablettes de chocolat",
                "claim": (
                    "Si je fais assez d'exercices d'abdos, j'aurai des tablettes de chocolat bien "
                    "visibles."
                ),
                "reality": (
                    "Travailler les abdos renforce ces muscles, mais qu'on les voie ou non dépend "
                    "de la graisse qui les recouvre, et celle-ci diminue surtout à mesure que la "
                    "masse grasse totale baisse. Dans un essai de six semaines, des abdos cinq "
                    "jours par semaine ont amélioré l'endurance de la sangle abdominale sans "
                    "changer la graisse du ventre ni le tour de taille. L'évolution de la masse "
                    "grasse suit l'équilibre entre l'énergie consommée et l'énergie dépensée. Le "
                    "niveau de masse grasse nécessaire pour voir ses abdos varie d'une personne à "
                    "l'autre, et c'est souvent un objectif exigeant : cela vaut la peine de se "
                    "demander s'il s'accorde avec votre vie."
                ),
                "instead": (
                    "Continuez à travailler vos abdos pour la force, et fixez un objectif global "
                    "pour la partie perte de graisse, comme l'évolution de votre taux de masse "
                    "grasse ou un rythme régulier d'environ 0,5 à 1 % du poids corporel par "
                    "semaine. Un renforcement de tout le corps et suffisamment de protéines vous "
                    "aident à conserver vos muscles pendant que la graisse diminue."
                ),
            },
            "de": {
                "title": "Bauchübungen allein bringen kein sichtbares Sixpack",
                "claim": "Wenn ich genug Bauchübungen mache, bekomme ich ein sichtbares Sixpack.",
                "reality": (
                    "Bauchtraining stärkt die Bauchmuskeln, aber ob man sie sieht, hängt davon ab, "
                    "wie viel Fett sie bedeckt – und das sinkt vor allem, wenn dein gesamtes "
                    "Körperfett sinkt. In einer sechswöchigen Studie verbesserte Bauchtraining an "
                    "fünf Tagen pro Woche die Rumpfausdauer, ohne Bauchfett oder Taillenumfang zu "
                    "verändern. Veränderungen des Körperfetts folgen dem Verhältnis zwischen "
                    "aufgenommener und verbrauchter Energie. Wie niedrig der Körperfettanteil für "
                    "sichtbare Bauchmuskeln sein muss, ist individuell verschieden und für viele "
                    "ein anspruchsvolles Ziel – es lohnt sich zu überlegen, ob es zu deinem Leben "
                    "passt."
                ),
                "instead": (
                    "Trainiere deine Bauchmuskeln weiter für die Kraft und setze dir für den "
                    "Fettabbau ein Ziel für den ganzen Körper, etwa einen Körperfett-Trend oder "
                    "ein gleichmäßiges Tempo von etwa 0,5–1 % deines Körpergewichts pro Woche. "
                    "Ganzkörper-Krafttraining und genug Eiweiß helfen dir, Muskeln zu halten, "
                    "während das Fett schwindet."
                ),
            },
        },
    },
    {
        "slug": "toning",
        "title": "“Toning” means building muscle and losing fat",
        "summary": (
            "There's no special toning workout: a toned look is more muscle plus less fat, and "
            "both light and heavy loads build muscle when the sets are hard."
        ),
        "claim": (
            "Light weights and high reps tone your muscles, while heavy weights make you bulky."
        ),
        "reality": (
            "A muscle can grow or shrink, and the fat over it can rise or fall; “tone” is simply "
            "what you see with a bit more muscle and a bit less fat. A meta-analysis found that "
            "muscle growth is similar with light and heavy loads as long as the sets are pushed "
            "hard, close to failure, while heavier loads build more strength. So light weights "
            "don't tone in some special way, and heavy weights don't automatically add bulk."
        ),
        "instead": (
            "Choose loads you can lift with good form and take most sets close to the point where "
            "you couldn't manage another clean rep, whether that's a heavier weight for fewer reps "
            "or a lighter one for more. Include some heavier work if getting stronger matters to "
            "you. For the toned look, pair your training with gradual whole-body fat loss."
        ),
        "evidence": [_SCHOENFELD_2017],
        "evidence_note": (
            "A 2017 systematic review and meta-analysis comparing low-load with high-load "
            "resistance training found similar muscle growth across load ranges when sets were "
            "hard, while heavier loads produced greater gains in maximal strength."
        ),
        "safety_note": "",
        "area_targeted": False,
        "order": 10,
        "translations": {
            "it": {
                "title": "“Tonificare” significa costruire muscolo e perdere grasso",
                "claim": (
                    "Pesi leggeri e tante ripetizioni tonificano i muscoli, mentre i pesi pesanti "
                    "ti fanno ingrossare."
                ),
                "reality": (
                    "Un muscolo può crescere o ridursi, e il grasso che lo ricopre può aumentare o "
                    "diminuire: il “tono” è semplicemente ciò che vedi con un po' più di muscolo e "
                    "un po' meno grasso. Una meta-analisi ha rilevato che la crescita muscolare è "
                    "simile con carichi leggeri e pesanti, purché le serie siano impegnative, "
                    "vicine al cedimento, mentre i carichi pesanti sviluppano più forza. Quindi i "
                    "pesi leggeri non tonificano in modo speciale e quelli pesanti non ti fanno "
                    "ingrossare automaticamente."
                ),
                "instead": (
                    "Scegli carichi che riesci a sollevare con una buona tecnica e porta la "
                    "maggior parte delle serie vicino al punto in cui non riusciresti a fare "
                    "un'altra ripetizione pulita, che sia con un peso maggiore e meno ripetizioni "
                    "o con uno più leggero e più ripetizioni. Inserisci un po' di lavoro con "
                    "carichi pesanti se diventare più forte è importante per te. Per un aspetto "
                    "tonico, abbina l'allenamento a una perdita di grasso graduale in tutto il "
                    "corpo."
                ),
            },
            "es": {
                "title": "“Tonificar” es ganar músculo y perder grasa",
                "claim": (
                    "Los pesos ligeros y muchas repeticiones tonifican los músculos, mientras que "
                    "los pesos pesados te hacen ganar volumen."
                ),
                "reality": (
                    "Un músculo puede crecer o encogerse, y la grasa que lo cubre puede subir o "
                    "bajar; el “tono” es simplemente lo que ves con un poco más de músculo y un "
                    "poco menos de grasa. Un metaanálisis encontró que el crecimiento muscular es "
                    "similar con cargas ligeras y pesadas siempre que las series sean exigentes, "
                    "cerca del fallo, mientras que las cargas pesadas desarrollan más fuerza. Así "
                    "que los pesos ligeros no tonifican de una forma especial y los pesados no te "
                    "hacen ganar volumen automáticamente."
                ),
                "instead": (
                    "Elige cargas que puedas levantar con buena técnica y lleva la mayoría de las "
                    "series cerca del punto en que no podrías hacer otra repetición limpia, ya sea "
                    "con más peso y menos repeticiones o con menos peso y más repeticiones. "
                    "Incluye algo de trabajo pesado si ganar fuerza es importante para ti. Para un "
                    "aspecto tonificado, combina el entrenamiento con una pérdida de grasa gradual "
                    "en todo el cuerpo."
                ),
            },
            "fr": {
                "title": "« Tonifier », c'est gagner du muscle et perdre du gras",
                "claim": (
                    "Les charges légères et les longues séries tonifient les muscles, alors que "
                    "les charges lourdes font prendre du volume."
                ),
                "reality": (
                    "Un muscle peut grossir ou fondre, et la graisse qui le recouvre peut "
                    "augmenter ou diminuer ; le « tonus » n'est rien d'autre que ce que l'on voit "
                    "avec un peu plus de muscle et un peu moins de graisse. Une méta-analyse a "
                    "montré que la prise de muscle est similaire avec des charges légères ou "
                    "lourdes, à condition que les séries soient exigeantes, proches de l'échec, "
                    "tandis que les charges lourdes développent davantage la force. Les charges "
                    "légères ne tonifient donc pas de manière particulière, et les charges lourdes "
                    "ne font pas automatiquement prendre du volume."
                ),
                "instead": (
                    "Choisissez des charges que vous pouvez soulever avec une bonne technique et "
                    "amenez la plupart des séries près du point où vous ne pourriez plus faire une "
                    "répétition propre, que ce soit avec une charge lourde et peu de répétitions "
                    "ou une charge légère et davantage de répétitions. Ajoutez un peu de travail "
                    "lourd si gagner en force compte pour vous. Pour un aspect tonique, associez "
                    "l'entraînement à une perte de graisse progressive sur tout le corps."
                ),
            },
            "de": {
                "title": "„Straffen“ heißt Muskeln aufbauen und Fett verlieren",
                "claim": (
                    "Leichte Gewichte mit vielen Wiederholungen straffen die Muskeln, schwere "
                    "Gewichte machen massig."
                ),
                "reality": (
                    "Ein Muskel kann wachsen oder schrumpfen, und das Fett darüber kann zu- oder "
                    "abnehmen; „straff“ ist einfach das, was man mit etwas mehr Muskeln und etwas "
                    "weniger Fett sieht. Eine Metaanalyse ergab, dass der Muskelaufbau mit "
                    "leichten und schweren Lasten ähnlich ist, solange die Sätze fordernd sind und "
                    "nah ans Muskelversagen gehen, während schwere Lasten mehr Kraft aufbauen. "
                    "Leichte Gewichte straffen also nicht auf besondere Weise, und schwere "
                    "Gewichte machen nicht automatisch massig."
                ),
                "instead": (
                    "Wähle Gewichte, die du mit sauberer Technik bewegen kannst, und führe die "
                    "meisten Sätze nah an den Punkt, an dem keine saubere Wiederholung mehr ginge "
                    "– ob mit mehr Gewicht und weniger Wiederholungen oder mit weniger Gewicht und "
                    "mehr Wiederholungen. Nimm etwas schwereres Training dazu, wenn dir mehr Kraft "
                    "wichtig ist. Für den straffen Look kombinierst du das Training mit "
                    "allmählichem Fettabbau am ganzen Körper."
                ),
            },
        },
    },
    {
        "slug": "women-get-bulky",
        "title": "Lifting won't make women bulky by accident",
        "summary": (
            "Women gain muscle at about the same relative pace as men, starting from less muscle, "
            "and real bulk takes years of dedicated training plus a calorie surplus."
        ),
        "claim": "If I lift weights as a woman, I'll get big and bulky.",
        "reality": (
            "Women respond to strength training very well: relative muscle gains are similar to "
            "men's, but they start from less muscle, so the absolute change is modest. Building "
            "noticeable size usually takes years of focused training and eating more than you "
            "burn. For most women, lifting brings strength and shape long before anything anyone "
            "would call bulk."
        ),
        "instead": (
            "Lift with confidence: train all your major muscle groups, add weight gradually as you "
            "get stronger, and adjust your training and food to the look you want. If you're "
            "losing fat, strength training helps you keep muscle, so more of the weight that comes "
            "off is fat."
        ),
        "evidence": [_ROBERTS_2020],
        "evidence_note": (
            "A 2020 meta-analysis of sex differences in resistance training found that relative "
            "muscle growth was similar in women and men (effect-size difference 0.07, p = 0.31)."
        ),
        "safety_note": "",
        "area_targeted": False,
        "order": 11,
        "translations": {
            "it": {
                "title": "Sollevare pesi non rende le donne massicce per caso",
                "claim": "Se sollevo pesi da donna, diventerò grossa e massiccia.",
                "reality": (
                    "Le donne rispondono molto bene all'allenamento di forza: i guadagni muscolari "
                    "relativi sono simili a quelli degli uomini, ma partono da meno massa "
                    "muscolare, quindi il cambiamento assoluto è contenuto. Per aumentare il "
                    "volume in modo evidente servono di solito anni di allenamento mirato e "
                    "mangiare più di quanto si consuma. Per la maggior parte delle donne, "
                    "sollevare pesi porta forza e forma molto prima di qualsiasi cosa si possa "
                    "definire massiccia."
                ),
                "instead": (
                    "Allenati con fiducia: lavora su tutti i grandi gruppi muscolari, aumenta il "
                    "carico gradualmente man mano che diventi più forte e adatta allenamento e "
                    "alimentazione all'aspetto che desideri. Se stai perdendo grasso, "
                    "l'allenamento di forza ti aiuta a mantenere i muscoli, così il peso che perdi "
                    "è in maggior parte grasso."
                ),
            },
            "es": {
                "title": "Levantar pesas no vuelve voluminosas a las mujeres por accidente",
                "claim": "Si levanto pesas siendo mujer, me pondré grande y voluminosa.",
                "reality": (
                    "Las mujeres responden muy bien al entrenamiento de fuerza: las ganancias "
                    "musculares relativas son similares a las de los hombres, pero parten de menos "
                    "músculo, así que el cambio absoluto es moderado. Ganar un volumen notable "
                    "suele requerir años de entrenamiento dedicado y comer más de lo que gastas. "
                    "Para la mayoría de las mujeres, levantar pesas aporta fuerza y forma mucho "
                    "antes de algo que alguien llamaría volumen."
                ),
                "instead": (
                    "Entrena con confianza: trabaja todos los grandes grupos musculares, aumenta "
                    "el peso poco a poco a medida que ganas fuerza y ajusta el entrenamiento y la "
                    "alimentación al aspecto que buscas. Si estás perdiendo grasa, el "
                    "entrenamiento de fuerza te ayuda a conservar músculo, de modo que una mayor "
                    "parte del peso que pierdes sea grasa."
                ),
            },
            "fr": {
                "title": "La musculation ne rend pas les femmes massives par accident",
                "claim": (
                    "Si je fais de la musculation en tant que femme, je vais devenir massive et "
                    "trop musclée."
                ),
                "reality": (
                    "Les femmes répondent très bien au renforcement musculaire : leurs gains "
                    "musculaires relatifs sont comparables à ceux des hommes, mais elles partent "
                    "d'une masse musculaire plus faible, donc le changement absolu reste modeste. "
                    "Prendre un volume visible demande en général des années d'entraînement ciblé "
                    "et un apport calorique supérieur aux dépenses. Pour la plupart des femmes, la "
                    "musculation apporte de la force et de la forme bien avant quoi que ce soit "
                    "qu'on pourrait qualifier de massif."
                ),
                "instead": (
                    "Soulevez en toute confiance : travaillez tous les grands groupes musculaires, "
                    "augmentez les charges progressivement à mesure que vous gagnez en force, et "
                    "adaptez l'entraînement et l'alimentation à l'allure que vous recherchez. Si "
                    "vous perdez de la graisse, la musculation vous aide à conserver vos muscles, "
                    "pour que le poids perdu soit davantage de la graisse."
                ),
            },
            "de": {
                "title": "Krafttraining macht Frauen nicht aus Versehen massig",
                "claim": "Wenn ich als Frau Gewichte hebe, werde ich groß und massig.",
                "reality": (
                    "Frauen sprechen sehr gut auf Krafttraining an: Die relativen Muskelzuwächse "
                    "sind ähnlich wie bei Männern, aber sie starten mit weniger Muskelmasse, "
                    "sodass die absolute Veränderung überschaubar bleibt. Sichtbar mehr Masse "
                    "aufzubauen dauert meist Jahre gezielten Trainings und erfordert, mehr zu "
                    "essen, als man verbraucht. Den meisten Frauen bringt Krafttraining Kraft und "
                    "Form, lange bevor irgendetwas als massig gelten könnte."
                ),
                "instead": (
                    "Trainiere mit Selbstvertrauen: Arbeite an allen großen Muskelgruppen, "
                    "steigere das Gewicht schrittweise, während du stärker wirst, und passe "
                    "Training und Ernährung an den Look an, den du dir wünschst. Wenn du Fett "
                    "abbaust, hilft dir Krafttraining, Muskeln zu erhalten, damit mehr von dem "
                    "verlorenen Gewicht Fett ist."
                ),
            },
        },
    },
    {
        "slug": "muscle-turns-to-fat",
        "title": "Muscle doesn't turn into fat",
        "summary": (
            "Muscle and fat are different tissues: when you stop training, muscle shrinks, and fat "
            "rises only if you keep eating more than you now burn."
        ),
        "claim": "If I stop lifting, all my muscle will turn into fat.",
        "reality": (
            "Muscle and fat are separate tissues, and one can't turn into the other. After a long "
            "break from training, muscle fibers shrink and some of your strength and fitness "
            "fades. Fat goes up only if what you eat stays higher than what you now burn, which is "
            "easy to slip into when training stops but appetite and habits don't change. The good "
            "news is that you can adjust both."
        ),
        "instead": (
            "If you need a break, keep some strength work going if you can, even if it's less than "
            "before. Adjust portions to your lower activity level, and when you return, build back "
            "up gradually rather than jumping straight to your old weights."
        ),
        "evidence": [_MUJIKA_2000, _HALL_2012],
        "evidence_note": (
            "A review of detraining describes how muscle fibers shrink and training adaptations "
            "fade when training stops or falls too low for a long time. An expert consensus "
            "statement explains that body-fat gain follows a lasting excess of energy intake over "
            "expenditure."
        ),
        "safety_note": "",
        "area_targeted": False,
        "order": 12,
        "translations": {
            "it": {
                "title": "Il muscolo non si trasforma in grasso",
                "claim": "Se smetto di sollevare pesi, tutti i miei muscoli diventeranno grasso.",
                "reality": (
                    "Muscolo e grasso sono tessuti diversi, e l'uno non può trasformarsi "
                    "nell'altro. Dopo una lunga pausa dall'allenamento le fibre muscolari si "
                    "riducono e parte della forza e della forma fisica si perde. Il grasso aumenta "
                    "solo se quello che mangi resta superiore a quello che ora consumi, cosa "
                    "facile quando l'allenamento si ferma ma l'appetito e le abitudini no. "
                    "Entrambi gli aspetti sono nelle tue mani."
                ),
                "instead": (
                    "Se hai bisogno di una pausa, mantieni un po' di lavoro di forza se puoi, "
                    "anche meno di prima. Adatta le porzioni al livello di attività più basso e, "
                    "quando riprendi, ricostruisci gradualmente invece di tornare subito ai "
                    "carichi di prima."
                ),
            },
            "es": {
                "title": "El músculo no se convierte en grasa",
                "claim": "Si dejo de levantar pesas, todo mi músculo se convertirá en grasa.",
                "reality": (
                    "El músculo y la grasa son tejidos distintos, y uno no puede transformarse en "
                    "el otro. Tras una pausa larga en el entrenamiento, las fibras musculares se "
                    "reducen y parte de tu fuerza y forma física se pierde. La grasa solo aumenta "
                    "si lo que comes sigue siendo más de lo que ahora gastas, algo fácil cuando se "
                    "deja de entrenar pero el apetito y los hábitos siguen igual. Ambas cosas "
                    "están en tus manos."
                ),
                "instead": (
                    "Si necesitas un descanso, mantén algo de trabajo de fuerza si puedes, aunque "
                    "sea menos que antes. Ajusta las raciones a tu menor nivel de actividad y, "
                    "cuando vuelvas, retoma poco a poco en lugar de saltar directamente a tus "
                    "pesos de antes."
                ),
            },
            "fr": {
                "title": "Le muscle ne se transforme pas en graisse",
                "claim": (
                    "Si j'arrête la musculation, tous mes muscles vont se transformer en graisse."
                ),
                "reality": (
                    "Le muscle et la graisse sont deux tissus différents, et l'un ne peut pas se "
                    "changer en l'autre. Après une longue pause, les fibres musculaires "
                    "rétrécissent et une partie de votre force et de votre condition physique s'en "
                    "va. La graisse n'augmente que si ce que vous mangez reste supérieur à ce que "
                    "vous dépensez désormais, ce qui arrive facilement quand l'entraînement "
                    "s'arrête mais que l'appétit et les habitudes ne changent pas. Les deux "
                    "leviers sont entre vos mains."
                ),
                "instead": (
                    "Si vous avez besoin d'une pause, gardez un peu de renforcement si vous le "
                    "pouvez, même moins qu'avant. Adaptez vos portions à votre activité plus "
                    "faible et, à la reprise, remontez progressivement plutôt que de reprendre "
                    "directement vos anciennes charges."
                ),
            },
            "de": {
                "title": "Muskeln verwandeln sich nicht in Fett",
                "claim": (
                    "Wenn ich mit dem Krafttraining aufhöre, wird meine ganze Muskulatur zu Fett."
                ),
                "reality": (
                    "Muskeln und Fett sind unterschiedliche Gewebe, und das eine kann sich nicht "
                    "in das andere verwandeln. Nach einer langen Trainingspause werden die "
                    "Muskelfasern kleiner, und ein Teil deiner Kraft und Fitness geht verloren. "
                    "Fett nimmt nur zu, wenn du weiterhin mehr isst, als du jetzt verbrauchst – "
                    "das passiert leicht, wenn das Training endet, Appetit und Gewohnheiten aber "
                    "bleiben. Beides hast du selbst in der Hand."
                ),
                "instead": (
                    "Wenn du eine Pause brauchst, halte nach Möglichkeit etwas Krafttraining bei, "
                    "auch wenn es weniger ist als vorher. Pass deine Portionen an dein niedrigeres "
                    "Aktivitätsniveau an und steigere dich beim Wiedereinstieg schrittweise, statt "
                    "direkt mit deinen alten Gewichten loszulegen."
                ),
            },
        },
    },
    {
        "slug": "sweat-equals-fat",
        "title": "Sweat is water, not melted fat",
        "summary": (
            "Sweating more doesn't mean burning more fat; the scale drop after a sweaty session is "
            "fluid that returns when you drink."
        ),
        "claim": "The more I sweat during a workout, the more fat I'm burning.",
        "reality": (
            "Sweat is how your body gets rid of heat, and how much you sweat depends a lot on the "
            "temperature, your clothing and your own body, not on how much fat you're using. "
            "Weight lost during a session is mostly fluid, and it comes back once you drink. "
            "Chasing extra sweat, especially by training in heat or heavy clothing, raises the "
            "risk of dehydration and heat illness."
        ),
        "instead": (
            "Judge a workout by what you did, like the distance, the weights and how it felt, "
            "rather than by how soaked your shirt is. Drink to replace what you sweat, and look at "
            "your weight as a trend over several days, so one sweaty session doesn't fool you "
            "either way."
        ),
        "evidence": [_SAWKA_2007, _CDC_MMWR_1998],
        "evidence_note": (
            "The American College of Sports Medicine's position stand on exercise and fluid "
            "replacement notes that the weight people lose while exercising is mostly sweat and "
            "advises preventing fluid losses above 2% of body weight. A CDC report on three "
            "college wrestlers who died in 1997 while sweating off weight in vapor-impermeable "
            "suits shows how dangerous deliberate dehydration can be."
        ),
        "safety_note": (
            "Sweating to drop weight quickly can be dangerous. Skip heavy or plastic clothing and "
            "overheated rooms as a weight-loss tactic, drink during long or hot sessions, and stop "
            "and cool down if you feel dizzy, sick or confused; confusion or collapse needs "
            "emergency help."
        ),
        "area_targeted": False,
        "order": 13,
        "translations": {
            "it": {
                "title": "Il sudore è acqua, non grasso sciolto",
                "claim": "Più sudo durante l'allenamento, più grasso brucio.",
                "reality": (
                    "Il sudore è il modo in cui il corpo smaltisce il calore, e quanto sudi "
                    "dipende molto dalla temperatura, dall'abbigliamento e dal tuo corpo, non da "
                    "quanto grasso stai usando. Il peso perso durante una sessione è soprattutto "
                    "liquido, e torna quando bevi. Cercare di sudare di più, soprattutto "
                    "allenandosi al caldo o con abiti pesanti, aumenta il rischio di "
                    "disidratazione e di colpo di calore."
                ),
                "instead": (
                    "Valuta un allenamento da ciò che hai fatto, come la distanza, i carichi e le "
                    "sensazioni, non da quanto è bagnata la maglietta. Bevi per reintegrare ciò "
                    "che sudi e guarda il peso come andamento su più giorni, così una sessione "
                    "sudata non ti inganna né in un senso né nell'altro."
                ),
            },
            "es": {
                "title": "El sudor es agua, no grasa derretida",
                "claim": "Cuanto más sudo en un entrenamiento, más grasa quemo.",
                "reality": (
                    "El sudor es la forma en que tu cuerpo se libra del calor, y cuánto sudas "
                    "depende mucho de la temperatura, la ropa y tu propio cuerpo, no de cuánta "
                    "grasa estás usando. El peso que pierdes durante una sesión es sobre todo "
                    "líquido y vuelve en cuanto bebes. Buscar sudar más, sobre todo entrenando con "
                    "calor o con ropa gruesa, aumenta el riesgo de deshidratación y de golpe de "
                    "calor."
                ),
                "instead": (
                    "Valora un entrenamiento por lo que hiciste, como la distancia, los pesos y "
                    "cómo te sentiste, y no por lo empapada que esté tu camiseta. Bebe para "
                    "reponer lo que sudas y mira tu peso como una tendencia de varios días, para "
                    "que una sesión con mucho sudor no te engañe en ningún sentido."
                ),
            },
            "fr": {
                "title": "La sueur, c'est de l'eau, pas de la graisse fondue",
                "claim": "Plus je transpire pendant une séance, plus je brûle de graisse.",
                "reality": (
                    "La transpiration permet au corps d'évacuer la chaleur, et la quantité de "
                    "sueur dépend beaucoup de la température, des vêtements et de votre organisme, "
                    "pas de la quantité de graisse utilisée. Le poids perdu pendant une séance est "
                    "surtout de l'eau, et il revient dès que vous buvez. Chercher à transpirer "
                    "davantage, surtout en s'entraînant dans la chaleur ou avec des vêtements "
                    "épais, augmente le risque de déshydratation et de coup de chaleur."
                ),
                "instead": (
                    "Jugez une séance sur ce que vous avez fait, comme la distance, les charges et "
                    "vos sensations, plutôt que sur l'état de votre t-shirt. Buvez pour compenser "
                    "ce que vous transpirez et regardez votre poids comme une tendance sur "
                    "plusieurs jours, pour qu'une séance très transpirante ne vous trompe dans "
                    "aucun sens."
                ),
            },
            "de": {
                "title": "Schweiß ist Wasser, kein geschmolzenes Fett",
                "claim": "Je mehr ich beim Training schwitze, desto mehr Fett verbrenne ich.",
                "reality": (
                    "Schwitzen ist die Art, wie dein Körper Wärme loswird, und wie viel du "
                    "schwitzt, hängt stark von Temperatur, Kleidung und deinem Körper ab, nicht "
                    "davon, wie viel Fett du gerade nutzt. Das Gewicht, das du während einer "
                    "Einheit verlierst, ist größtenteils Flüssigkeit und kommt zurück, sobald du "
                    "trinkst. Wer gezielt mehr schwitzen will, etwa durch Training in der Hitze "
                    "oder in dicker Kleidung, erhöht das Risiko für Austrocknung und "
                    "Hitzeerkrankungen."
                ),
                "instead": (
                    "Bewerte ein Training nach dem, was du geschafft hast – Strecke, Gewichte, "
                    "Körpergefühl –, nicht danach, wie nass dein Shirt ist. Trink, um das "
                    "Ausgeschwitzte zu ersetzen, und betrachte dein Gewicht als Trend über mehrere "
                    "Tage, damit dich eine schweißtreibende Einheit in keine Richtung täuscht."
                ),
            },
        },
    },
    {
        "slug": "cardio-only",
        "title": "Lifting weights helps you lose fat too",
        "summary": (
            "Resistance training lowers body fat on its own, and combined with a calorie deficit "
            "it's one of the most effective ways to shed fat and hold on to muscle."
        ),
        "claim": "Only cardio burns fat; lifting weights won't help me lose any.",
        "reality": (
            "Strength training uses energy and builds or preserves muscle, and trials show that on "
            "its own it lowers body-fat percentage and visceral fat, if modestly. Combined with a "
            "moderate calorie deficit, the fat loss is much larger, and it helps you keep muscle "
            "while you lose. Cardio is great for your heart and adds to the energy you use, but it "
            "isn't the only route."
        ),
        "instead": (
            "Do both if you can: regular strength sessions that cover your whole body, plus cardio "
            "you enjoy, inside a moderate calorie deficit. If time is tight, prioritize strength "
            "training and add walking, which is easy to fit around daily life."
        ),
        "evidence": [_WEWEGE_2022, _LOPEZ_2022],
        "evidence_note": (
            "A 2022 meta-analysis of 58 randomized trials in healthy adults found that, compared "
            "with controls, resistance training lowered body fat by 1.46 percentage points, fat "
            "mass by 0.55 kg and visceral fat (SMD −0.49). Another 2022 meta-analysis of 114 "
            "trials (4,184 people with overweight or obesity) found about 1.0 kg of fat-mass loss "
            "with resistance training alone and 5.3 kg when it was combined with calorie "
            "restriction."
        ),
        "safety_note": "",
        "area_targeted": False,
        "order": 14,
        "translations": {
            "it": {
                "title": "Anche i pesi aiutano a perdere grasso",
                "claim": "Il cardio è l'unico modo per perdere grasso; sollevare pesi non serve.",
                "reality": (
                    "L'allenamento di forza consuma energia e costruisce o preserva il muscolo, e "
                    "gli studi mostrano che da solo riduce la percentuale di grasso corporeo e il "
                    "grasso viscerale, anche se in modo modesto. Abbinato a un deficit calorico "
                    "moderato, la perdita di grasso è molto maggiore e ti aiuta a mantenere il "
                    "muscolo mentre dimagrisci. Il cardio fa bene al cuore e aumenta l'energia che "
                    "consumi, ma non è l'unica strada."
                ),
                "instead": (
                    "Se puoi, fai entrambi: sessioni di forza regolari per tutto il corpo più un "
                    "cardio che ti piace, all'interno di un deficit calorico moderato. Se hai poco "
                    "tempo, dai priorità all'allenamento di forza e aggiungi camminate, facili da "
                    "inserire nella giornata."
                ),
            },
            "es": {
                "title": "Levantar pesas también ayuda a perder grasa",
                "claim": "El cardio es la única forma de perder grasa; levantar pesas no sirve.",
                "reality": (
                    "El entrenamiento de fuerza gasta energía y construye o conserva músculo, y "
                    "los ensayos muestran que por sí solo reduce el porcentaje de grasa corporal y "
                    "la grasa visceral, aunque de forma modesta. Combinado con un déficit calórico "
                    "moderado, la pérdida de grasa es mucho mayor y te ayuda a conservar músculo "
                    "mientras adelgazas. El cardio es bueno para el corazón y suma energía "
                    "gastada, pero no es el único camino."
                ),
                "instead": (
                    "Si puedes, haz las dos cosas: sesiones de fuerza regulares para todo el "
                    "cuerpo y un cardio que disfrutes, dentro de un déficit calórico moderado. Si "
                    "tienes poco tiempo, prioriza el entrenamiento de fuerza y añade caminatas, "
                    "que son fáciles de encajar en el día a día."
                ),
            },
            "fr": {
                "title": "La musculation aide aussi à perdre de la graisse",
                "claim": (
                    "Le cardio est le seul moyen de perdre de la graisse ; la musculation ne sert "
                    "à rien pour ça."
                ),
                "reality": (
                    "Le renforcement musculaire dépense de l'énergie et construit ou préserve le "
                    "muscle, et les études montrent qu'à lui seul il réduit le pourcentage de "
                    "masse grasse et la graisse viscérale, même si c'est modeste. Associé à un "
                    "déficit calorique modéré, la perte de graisse est bien plus importante et il "
                    "vous aide à garder vos muscles pendant que vous mincissez. Le cardio est bon "
                    "pour le cœur et s'ajoute à votre dépense énergétique, mais ce n'est pas la "
                    "seule voie."
                ),
                "instead": (
                    "Si possible, faites les deux : des séances de renforcement régulières pour "
                    "tout le corps, plus un cardio que vous aimez, dans le cadre d'un déficit "
                    "calorique modéré. Si vous manquez de temps, donnez la priorité à la "
                    "musculation et ajoutez de la marche, facile à caser dans la journée."
                ),
            },
            "de": {
                "title": "Auch Krafttraining hilft beim Fettabbau",
                "claim": (
                    "Nur Ausdauertraining lässt Fett schmelzen – Gewichte heben bringt dafür "
                    "nichts."
                ),
                "reality": (
                    "Krafttraining verbraucht Energie und baut Muskeln auf oder erhält sie, und "
                    "Studien zeigen, dass es schon allein den Körperfettanteil und das "
                    "Bauchinnenfett senkt, wenn auch moderat. Zusammen mit einem moderaten "
                    "Kaloriendefizit fällt der Fettverlust deutlich größer aus, und es hilft dir, "
                    "beim Abnehmen Muskeln zu halten. Ausdauertraining ist gut fürs Herz und "
                    "erhöht deinen Energieverbrauch, aber es ist nicht der einzige Weg."
                ),
                "instead": (
                    "Mach beides, wenn du kannst: regelmäßiges Krafttraining für den ganzen Körper "
                    "plus Ausdauertraining, das dir Spaß macht, im Rahmen eines moderaten "
                    "Kaloriendefizits. Wenn die Zeit knapp ist, gib dem Krafttraining Vorrang und "
                    "ergänze Spaziergänge, die sich leicht in den Alltag einbauen lassen."
                ),
            },
        },
    },
    {
        "slug": "fat-burning-zone",
        "title": "There's no special fat-burning zone",
        "summary": (
            "Gentle cardio can draw a bigger share of its energy from fat during the session, but "
            "fat loss over weeks depends on total energy balance."
        ),
        "claim": (
            "To lose fat I have to keep my heart rate low, in the “fat-burning zone”; harder "
            "cardio just burns sugar."
        ),
        "reality": (
            "How much of a workout's energy comes from fat isn't the same thing as how much fat "
            "you lose over weeks. Fat burning peaks at a moderate intensity that varies a lot "
            "between people, and that range overlaps heavily with the ordinary aerobic zone. When "
            "trials compared interval training with steady moderate cardio, fat loss came out the "
            "same. Over time, what decides fat loss is your overall energy balance."
        ),
        "instead": (
            "Choose the cardio you enjoy and can keep doing, whether that's easy, moderate, "
            "intervals or a mix. Do most of it at an effort you can sustain and recover from, and "
            "let your eating pattern carry most of the fat-loss work."
        ),
        "evidence": [_ACHTEN_2002, _CAREY_2009, _KEATING_2017],
        "evidence_note": (
            "Peak fat burning came at about 64% of VO2max (about 74% of maximum heart rate) in one "
            "lab study and at about 54% of VO2max in a study of 36 runners, with wide differences "
            "between people, and the runners' fat-burning and aerobic zones overlapped heavily. A "
            "2017 meta-analysis of 31 studies found no difference between interval training and "
            "moderate continuous training on any measure of body fat."
        ),
        "safety_note": "",
        "area_targeted": False,
        "order": 15,
        "translations": {
            "it": {
                "title": "Non esiste una zona brucia-grassi speciale",
                "claim": (
                    "Per perdere grasso devo tenere la frequenza cardiaca bassa, nella “zona "
                    "brucia-grassi”; il cardio più intenso brucia solo zuccheri."
                ),
                "reality": (
                    "La quota di energia che arriva dal grasso durante un allenamento non coincide "
                    "con il grasso che perdi nel corso delle settimane. L'utilizzo dei grassi "
                    "raggiunge il massimo a un'intensità moderata che varia molto da persona a "
                    "persona, e questa fascia si sovrappone in gran parte alla normale zona "
                    "aerobica. Quando gli studi hanno confrontato l'allenamento a intervalli con "
                    "il cardio moderato continuo, la perdita di grasso è risultata la stessa. Nel "
                    "tempo, a decidere la perdita di grasso è il tuo bilancio energetico "
                    "complessivo."
                ),
                "instead": (
                    "Scegli il cardio che ti piace e che riesci a mantenere, che sia leggero, "
                    "moderato, a intervalli o un mix. Fanne la maggior parte a un'intensità che "
                    "riesci a sostenere e da cui recuperi bene, e lascia che sia l'alimentazione a "
                    "fare il grosso del lavoro per la perdita di grasso."
                ),
            },
            "es": {
                "title": "No existe una zona quemagrasas especial",
                "claim": (
                    "Para perder grasa tengo que mantener las pulsaciones bajas, en la “zona "
                    "quemagrasas”; el cardio intenso solo quema azúcar."
                ),
                "reality": (
                    "La parte de la energía que sale de la grasa durante un entrenamiento no es lo "
                    "mismo que la grasa que pierdes a lo largo de las semanas. El uso de grasa "
                    "alcanza su máximo a una intensidad moderada que varía mucho entre personas, y "
                    "ese rango se solapa en gran medida con la zona aeróbica normal. Cuando los "
                    "ensayos compararon el entrenamiento por intervalos con el cardio moderado "
                    "continuo, la pérdida de grasa fue la misma. Con el tiempo, lo que decide la "
                    "pérdida de grasa es tu balance energético global."
                ),
                "instead": (
                    "Elige el cardio que disfrutes y puedas mantener, ya sea suave, moderado, por "
                    "intervalos o una mezcla. Haz la mayor parte a un esfuerzo que puedas sostener "
                    "y del que te recuperes bien, y deja que tu alimentación haga la mayor parte "
                    "del trabajo de perder grasa."
                ),
            },
            "fr": {
                "title": "Il n'existe pas de zone « brûle-graisse » magique",
                "claim": (
                    "Pour perdre de la graisse, je dois garder une fréquence cardiaque basse, dans "
                    "la « zone brûle-graisse » ; le cardio plus intense ne brûle que du sucre."
                ),
                "reality": (
                    "La part d'énergie tirée des graisses pendant une séance n'est pas la même "
                    "chose que la graisse perdue au fil des semaines. L'utilisation des graisses "
                    "culmine à une intensité modérée qui varie beaucoup d'une personne à l'autre, "
                    "et cette plage recoupe largement la zone aérobie habituelle. Quand des essais "
                    "ont comparé l'entraînement fractionné au cardio modéré continu, la perte de "
                    "graisse était la même. Sur la durée, c'est votre bilan énergétique global qui "
                    "décide de la perte de graisse."
                ),
                "instead": (
                    "Choisissez le cardio qui vous plaît et que vous pouvez tenir dans le temps, "
                    "qu'il soit léger, modéré, fractionné ou un mélange. Faites-en l'essentiel à "
                    "une intensité que vous pouvez soutenir et dont vous récupérez bien, et "
                    "laissez votre alimentation faire l'essentiel du travail de perte de graisse."
                ),
            },
            "de": {
                "title": "Es gibt keine besondere Fettverbrennungszone",
                "claim": (
                    "Um Fett zu verlieren, muss ich meinen Puls niedrig halten, in der "
                    "„Fettverbrennungszone“; intensives Ausdauertraining verbrennt nur Zucker."
                ),
                "reality": (
                    "Der Anteil der Energie, der während eines Trainings aus Fett stammt, ist "
                    "nicht dasselbe wie das Fett, das du über Wochen verlierst. Die "
                    "Fettverbrennung erreicht ihr Maximum bei mittlerer Intensität, die von Mensch "
                    "zu Mensch stark schwankt, und dieser Bereich überschneidet sich weitgehend "
                    "mit der normalen aeroben Zone. Als Studien Intervalltraining mit "
                    "gleichmäßigem moderatem Ausdauertraining verglichen, war der Fettverlust "
                    "gleich. Auf Dauer entscheidet deine gesamte Energiebilanz über den Fettabbau."
                ),
                "instead": (
                    "Wähle das Ausdauertraining, das dir Spaß macht und das du durchhältst – "
                    "locker, moderat, Intervalle oder eine Mischung. Absolviere den Großteil in "
                    "einer Intensität, die du halten kannst und von der du dich gut erholst, und "
                    "lass deine Ernährung den Großteil der Arbeit beim Fettabbau übernehmen."
                ),
            },
        },
    },
    {
        "slug": "fasted-cardio",
        "title": "Fasted cardio doesn't burn more body fat",
        "summary": (
            "With calories matched, cardio before breakfast and cardio after eating lead to the "
            "same fat loss."
        ),
        "claim": "Doing cardio on an empty stomach in the morning burns more body fat.",
        "reality": (
            "Training fasted may tilt your body toward using a little more fat during the session "
            "itself, but the fuel mix in one workout doesn't decide how much fat you lose over the "
            "following weeks. In a trial where everyone followed the same calorie deficit, fasted "
            "and fed cardio produced the same fat loss. Whether you eat first is a matter of "
            "comfort and performance, not a fat-loss trick."
        ),
        "instead": (
            "Train at the time and in the way that feels best for you. If you feel light-headed or "
            "perform worse without food, have a small snack first; it won't slow your fat loss as "
            "long as your overall calories stay on target. Keep your focus on weekly calorie "
            "balance and consistency."
        ),
        "evidence": [_SCHOENFELD_2014],
        "evidence_note": (
            "In a 2014 study, 20 women following a calorie deficit did the same cardio either "
            "fasted or after a meal, and fat loss was the same in both groups."
        ),
        "safety_note": "",
        "area_targeted": False,
        "order": 16,
        "translations": {
            "it": {
                "title": "Il cardio a digiuno non brucia più grasso corporeo",
                "claim": "Fare cardio a stomaco vuoto al mattino brucia più grasso corporeo.",
                "reality": (
                    "Allenarsi a digiuno può spingere il corpo a usare un po' più di grasso "
                    "durante la sessione stessa, ma il mix di carburante di un singolo allenamento "
                    "non equivale al grasso perso nel corso delle settimane. In uno studio in cui "
                    "tutte le partecipanti seguivano lo stesso deficit calorico, il cardio a "
                    "digiuno e quello dopo aver mangiato hanno portato alla stessa perdita di "
                    "grasso. Mangiare prima o no è una questione di comfort e di prestazione, non "
                    "un trucco per dimagrire."
                ),
                "instead": (
                    "Allenati nel momento e nel modo che ti fanno stare meglio. Se senza cibo ti "
                    "gira la testa o rendi meno, fai prima un piccolo spuntino: non rallenterà la "
                    "perdita di grasso finché le calorie complessive restano in linea con "
                    "l'obiettivo. Concentrati sul bilancio calorico settimanale e sulla costanza."
                ),
            },
            "es": {
                "title": "El cardio en ayunas no quema más grasa corporal",
                "claim": "Hacer cardio en ayunas por la mañana quema más grasa corporal.",
                "reality": (
                    "Entrenar en ayunas puede hacer que el cuerpo use algo más de grasa durante la "
                    "propia sesión, pero la mezcla de combustible de un entrenamiento no equivale "
                    "a la grasa que pierdes a lo largo de las semanas. En un ensayo en el que "
                    "todas las participantes seguían el mismo déficit calórico, el cardio en "
                    "ayunas y el cardio después de comer produjeron la misma pérdida de grasa. "
                    "Comer antes o no es una cuestión de comodidad y rendimiento, no un truco para "
                    "perder grasa."
                ),
                "instead": (
                    "Entrena a la hora y de la forma que mejor te sienten. Si sin comer te mareas "
                    "o rindes peor, toma antes un pequeño tentempié: no frenará tu pérdida de "
                    "grasa mientras tus calorías totales sigan en el objetivo. Céntrate en el "
                    "balance calórico semanal y en la constancia."
                ),
            },
            "fr": {
                "title": "Le cardio à jeun ne brûle pas plus de graisse corporelle",
                "claim": "Faire du cardio à jeun le matin brûle davantage de graisse corporelle.",
                "reality": (
                    "S'entraîner à jeun peut pousser le corps à utiliser un peu plus de graisse "
                    "pendant la séance elle-même, mais le mélange de carburants d'une séance n'est "
                    "pas la même chose que la graisse perdue au fil des semaines. Dans un essai où "
                    "toutes les participantes suivaient le même déficit calorique, le cardio à "
                    "jeun et le cardio après un repas ont donné la même perte de graisse. Manger "
                    "avant ou non est une question de confort et de performance, pas une astuce "
                    "pour perdre de la graisse."
                ),
                "instead": (
                    "Entraînez-vous au moment et de la manière qui vous conviennent le mieux. Si "
                    "vous avez la tête qui tourne ou si vos performances baissent sans manger, "
                    "prenez d'abord une petite collation : cela ne ralentira pas votre perte de "
                    "graisse tant que vos calories totales restent dans l'objectif. "
                    "Concentrez-vous sur votre bilan calorique hebdomadaire et sur la régularité."
                ),
            },
            "de": {
                "title": "Nüchterncardio verbrennt nicht mehr Körperfett",
                "claim": (
                    "Morgens auf nüchternen Magen Ausdauertraining zu machen, verbrennt mehr "
                    "Körperfett."
                ),
                "reality": (
                    "Nüchtern zu trainieren kann den Körper dazu bringen, während der Einheit "
                    "selbst etwas mehr Fett zu nutzen, aber der Brennstoffmix eines einzelnen "
                    "Trainings ist nicht dasselbe wie der Fettverlust über Wochen. In einer "
                    "Studie, in der alle Teilnehmerinnen dasselbe Kaloriendefizit einhielten, "
                    "führte Ausdauertraining nüchtern und nach dem Essen zum gleichen Fettverlust. "
                    "Ob du vorher isst, ist eine Frage von Wohlbefinden und Leistung, kein Trick "
                    "zum Fettabbau."
                ),
                "instead": (
                    "Trainiere zu der Zeit und auf die Art, die sich für dich am besten anfühlt. "
                    "Wenn dir ohne Essen schwindelig wird oder deine Leistung leidet, iss vorher "
                    "eine Kleinigkeit – das bremst deinen Fettabbau nicht, solange deine "
                    "Gesamtkalorien im Zielbereich bleiben. Konzentriere dich auf deine "
                    "wöchentliche Kalorienbilanz und auf Beständigkeit."
                ),
            },
        },
    },
)
"""All myth cards, in display order. Slugs are stable identifiers used elsewhere."""

MYTH_SLUGS: tuple[str, ...] = tuple(myth["slug"] for myth in MYTHS)


# --- Per-area advice for the warning card ---------------------------------------------------------

AREA_ADVICE: dict[str, str] = {
    "belly": (
        "Many people, men especially, store a good share of their fat around the middle, so the "
        "belly is often one of the last places to lean out. A core-strength goal, such as a steady "
        "60-second plank or heavier loaded carries, pairs well with a whole-body fat-loss target."
    ),
    "love_handles": (
        "The sides of the waist are a common storage spot, so they often hang on until overall "
        "body fat is fairly low. Build trunk strength with side planks, suitcase carries and cable "
        "rotations while whole-body fat loss does the slimming."
    ),
    "thighs": (
        "Sex hormones, particularly in women, favor fat storage on the thighs, so they're often "
        "among the last areas to change. Set a leg-strength goal instead, such as a squat, lunge "
        "or leg-press target, and let overall fat loss slim the area over time."
    ),
    "hips": (
        "Fat around the hips is strongly shaped by sex hormones and genes, which is why it tends "
        "to shift late. Pair a whole-body fat goal with hip-strength work such as hip thrusts, "
        "banded side steps and step-ups."
    ),
    "buttocks": (
        "The buttocks are a natural fat store, especially in women, so fat there often comes off "
        "late. A glute-strength goal, like a hip-thrust or Romanian-deadlift target, builds shape "
        "while your overall body fat comes down."
    ),
    "arms": (
        "The backs of the upper arms are a common storage spot and often lean out only once "
        "overall body fat is lower. Aim for upper-body strength with push-ups, rows, overhead "
        "presses and triceps work to build shape alongside a whole-body fat goal."
    ),
    "chest": (
        "Chest fat tends to track overall body fat and can be one of the slower areas to change. "
        "Building the chest muscles with push-ups and presses improves shape while whole-body fat "
        "loss reduces the fat over them."
    ),
    "back": (
        "Fat on the back and around the bra line usually goes as total body fat falls, often late "
        "in the process. Rows, pull-downs and pull-ups build a strong back while a whole-body fat "
        "goal takes care of the rest."
    ),
    "chin_face": (
        "How much fat sits in the face and under the chin is partly genetic, and it changes mainly "
        "with overall fat loss, so set a whole-body goal rather than a facial-exercise one. If it "
        "still bothers you later, a qualified clinician can talk you through medical options."
    ),
    "calves": (
        "Calf size and the fat around the lower legs are largely shaped by genetics, so they may "
        "change slowly. Standing and seated calf raises build muscle and shape, while whole-body "
        "fat loss slims the layer over it."
    ),
    "knees": (
        "Fat around the knees usually goes as overall body fat drops, often among the last spots. "
        "Strong thighs from squats, split squats and leg curls give the whole leg more shape and "
        "power."
    ),
    "ankles": (
        "Ankle shape is largely set by bone structure and genes, and any fat there shrinks mainly "
        "with overall fat loss. Calf raises and balance work build lower-leg strength while the "
        "whole-body goal does the slimming; if your ankles swell on and off, mention it to a "
        "doctor, as that is usually fluid rather than fat."
    ),
}
"""One or two sentences per body area: why it leans out late and a goal that fits it."""
