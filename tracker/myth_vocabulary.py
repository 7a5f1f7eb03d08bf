"""Default vocabulary of the spot-reduction myth detector, in English, Italian, Spanish, French
and German.

A data migration loads `DEFAULT_TERMS` into the admin-editable vocabulary table; after that the
table is the source of truth and this module only serves tests and first installs. Each group
below is one language and one kind; terms are separated by "|". A word ending in "*" matches any
ending, so verbs are written as stems ("dimagr*") and nouns as their usual forms (singular,
plural, common misspellings). Accents are optional: the detector folds them away.
"""

from __future__ import annotations

from functools import cache

from tracker.myth_detector import CompiledVocabulary, VocabularyTerm, compile_vocabulary

# (language, kind, area, myth_slug, terms separated by "|")
_GROUPS: tuple[tuple[str, str, str, str, str], ...] = (
    # ------------------------------------------------------------------ English
    (
        "en",
        "area",
        "belly",
        "",
        "belly|bellies|stomach|stomachs|tummy|tummies|tum|abdomen|"
        "abdominal|abdominals|abs|ab|lower abs|lower belly|upper belly|lower stomach|midsection|"
        "midriff|waist|waistline|gut|paunch|core|belly button|navel|six pack|sixpack|six-pack|"
        "middle|tummy area|stomach area|belly area",
    ),
    ("en", "area", "love_handles", "", "flanks|flank|obliques|sides|side"),
    (
        "en",
        "area",
        "thighs",
        "",
        "thigh|thighs|inner thigh|inner thighs|outer thigh|"
        "outer thighs|upper thighs|leg|legs|upper legs|quads|quad|hamstrings",
    ),
    ("en", "area", "hips", "", "hip|hips|hip area"),
    (
        "en",
        "area",
        "buttocks",
        "",
        "butt|butts|bum|bums|booty|backside|bottom|glutes|glute|"
        "buttocks|buttock|rear end|derriere|arse|ass|tush|🍑",
    ),
    (
        "en",
        "area",
        "arms",
        "",
        "arm|arms|upper arm|upper arms|triceps|tricep|biceps|bicep|"
        "underarm|underarms|back of my arms",
    ),
    ("en", "area", "chest", "", "chest|pecs|pec|breasts|breast|boobs|armpit|armpits"),
    (
        "en",
        "area",
        "back",
        "",
        "back|upper back|lower back|bra line|bra strap area|shoulder blades",
    ),
    ("en", "area", "chin_face", "", "chin|face|cheeks|cheek|jaw|jawline|neck|neckline"),
    ("en", "area", "calves", "", "calf|calves|lower legs|lower leg|shins"),
    ("en", "area", "knees", "", "knee|knees"),
    ("en", "area", "ankles", "", "ankle|ankles"),
    (
        "en",
        "fat_area",
        "belly",
        "",
        "beer belly|beer gut|pot belly|potbelly|mum tum|mom tum|"
        "mummy tummy|mommy tummy|mom pooch|mum pooch|belly pooch|pooch|lower belly pooch|fupa|"
        "belly overhang|apron belly|gut overhang|paunchy|spare tire|spare tyre|jelly belly|"
        "flat stomach|flat tummy|flat belly",
    ),
    (
        "en",
        "fat_area",
        "love_handles",
        "",
        "love handles|love handle|lovehandles|muffin top|"
        "muffin tops|muffintop|side fat|side rolls|hip fat rolls",
    ),
    (
        "en",
        "fat_area",
        "thighs",
        "",
        "saddlebags|saddle bags|saddlebag|thigh gap|riding breeches|jiggly thighs|thunder thighs",
    ),
    ("en", "fat_area", "buttocks", "", "banana roll|banana rolls"),
    (
        "en",
        "fat_area",
        "arms",
        "",
        "bingo wings|bingo wing|bat wings|bat wing|batwings|"
        "tuckshop arms|tuck shop arms|flappy arms|arm flab|arm jiggle|flabby arms|bye bye arms|"
        "wobbly arms|dinner lady arms",
    ),
    ("en", "fat_area", "chest", "", "moobs|man boobs|man boob|manboobs|moob|chest fat"),
    (
        "en",
        "fat_area",
        "back",
        "",
        "bra bulge|bra bulges|bra fat|bra rolls|back rolls|back fat rolls|bra overhang",
    ),
    (
        "en",
        "fat_area",
        "chin_face",
        "",
        "double chin|double chins|doublechin|jowls|jowl|"
        "chubby cheeks|face fat|facial fat|moon face|neck fat|chipmunk cheeks",
    ),
    ("en", "fat_area", "ankles", "", "cankles|cankle|kankles"),
    (
        "en",
        "fat",
        "",
        "",
        "fat|fats|fatty|fatter|flab|flabby|jiggle|jiggly|wobbly|wobble|jiggling|jiggles|wobbling|flapping|"
        "chubby|chunky|pudgy|podgy|squishy|blubber|pudge|rolls|bulge|bulges|lard|"
        "excess fat|extra fat|stubborn fat|fat deposits|fat pockets|pockets of fat|chub",
    ),
    ("en", "fat", "thighs", "cellulite-burning", "cellulite|orange peel skin|cottage cheese"),
    (
        "en",
        "intent",
        "",
        "",
        "lose*|loose|losing|lost|burn*|melt*|shed*|trim*|slim*|"
        "shrink*|reduc*|eliminat*|remove|removing|get rid of|getting rid of|got rid of|"
        "get rid|rid of|rid|blast*|torch*|zap*|target*|spot reduce|spot reducing|"
        "spot reduction|spot-reduce|flatten*|tighten up|firm away|gone|go away|away|"
        "has to go|have to go|must go|needs to go|need to go|goodbye|bye|bye bye|banish*|"
        "obliterate*|cut down|drop|dropping|smaller|slimmer|thinner|thin|skinnier|skinny|"
        "leaner|flatter|flat|tiny|narrower|less|sculpt away|get it off|take off|"
        "work off|whittle*|trim down|slim down|de-bloat|debloat|disappear|vanish",
    ),
    (
        "en",
        "rejection",
        "",
        "",
        "ditch|ditching|no more|stop using|quit|quitting|throw away|"
        "throw out|give up|giving up|stop wearing|bin the|enough of|stop doing|stop|no longer",
    ),
    (
        "en",
        "selective",
        "",
        "choosing-where-fat-comes-off",
        "only|specifically|exclusively|"
        "solely|nowhere else|and nowhere else|not anywhere else|rest of me is fine|"
        "rest of me|rest of my body is fine|just there|only there|mainly from|only from",
    ),
    ("en", "selective", "", "", "just|mostly|mainly|especially|particularly"),
    (
        "en",
        "method",
        "belly",
        "",
        "crunches|crunch|sit ups|situps|sit-ups|sit up|ab workout|"
        "ab workouts|ab exercises|ab exercise|ab moves|ab work|ab routine|ab circuit|ab wheel|"
        "ab roller|ab machine|ab crunch machine|planks|plank|leg raises|russian twists|"
        "abdominal exercises|"
        "bicycle crunches|ab challenge|core workout|core exercises|flutter kicks|hula hoop|"
        "hula hooping|pilates ab work|vacuums|stomach vacuum",
    ),
    (
        "en",
        "method",
        "love_handles",
        "",
        "side bends|side bend|oblique crunches|"
        "oblique twists|side planks|oblique work|oblique exercises",
    ),
    (
        "en",
        "method",
        "thighs",
        "",
        "inner thigh workouts|inner thigh workout|"
        "inner thigh exercises|inner thigh squeezes|leg lifts|thighmaster|thigh master|"
        "adductor machine|leg day|side leg raises|thigh exercises|thigh workout",
    ),
    ("en", "method", "hips", "", "hip abductions|hip abduction|clamshells|fire hydrants"),
    (
        "en",
        "method",
        "buttocks",
        "",
        "donkey kicks|glute kickbacks|kickbacks|squat challenge|"
        "30-day squat challenge|booty band workout|glute bridges",
    ),
    (
        "en",
        "method",
        "arms",
        "",
        "tricep dips|triceps dips|tricep kickbacks|"
        "triceps kickbacks|tricep extensions|arm circles|"
        "arm workout|arm exercises|bench dips",
    ),
    ("en", "method", "chest", "", "push ups|pushups|push-ups|chest flyes|chest flys"),
    ("en", "method", "back", "", "reverse flys|reverse flyes|back extensions"),
    (
        "en",
        "method",
        "chin_face",
        "double-chin",
        "face yoga|facial yoga|jaw exercises|"
        "jaw exerciser|jawline exerciser|chin lifts|chin exercises|neck exercises|"
        "face exercises|facial exercises|chewing gum|mewing|chin strap|jawzrsize",
    ),
    ("en", "method", "belly", "ems-belts", "ems|ems training|electrical muscle stimulation"),
    (
        "en",
        "method",
        "",
        "",
        "vibration plate|spot training|light dumbbells|high reps|light weights high reps|"
        "targeted exercises|"
        "targeted workouts|toning exercises",
    ),
    (
        "en",
        "product",
        "belly",
        "ems-belts",
        "ems belt|ab belt|ab stimulator|abs stimulator|"
        "ab toner|ab toning belt|muscle stimulator belt|ems ab belt|flex belt|slendertone|"
        "ab energizer|abtronic",
    ),
    (
        "en",
        "product",
        "belly",
        "sauna-belts-and-wraps",
        "sauna belt|sweat belt|sweat wrap|"
        "waist trimmer|waist trimmer belt|tummy wrap|belly wrap|neoprene wrap|neoprene belt|"
        "slimming belt|sweat band",
    ),
    (
        "en",
        "product",
        "",
        "sauna-belts-and-wraps",
        "sauna suit|sweat suit|cling film|"
        "plastic wrap|saran wrap|body wrap|body wraps|sauna pants|sweat shorts",
    ),
    (
        "en",
        "product",
        "belly",
        "waist-trainers",
        "waist trainer|waist trainers|waist training|waist cincher|corset|corsets|corset training",
    ),
    (
        "en",
        "product",
        "belly",
        "slimming-creams",
        "slimming cream|fat burning cream|"
        "fat-burning cream|fat burning gel|fat burner cream|firming cream|cellulite cream|"
        "anti cellulite cream|anti-cellulite cream|slimming gel|sweat cream|thermogenic cream|"
        "slimming lotion|slimming shapewear|slimming leggings|caffeine cream|contour cream",
    ),
    (
        "en",
        "negation",
        "",
        "",
        "not|don t|dont|do not|doesn t|doesnt|does not|won t|wont|"
        "will not|can t|cant|cannot|can not|isn t|isnt|aren t|arent|didn t|didnt|never|no|"
        "without|neither|nor|instead of|rather than|not interested in|not trying to|"
        "not about|not worried about|don t care about|dont care about|no interest in",
    ),
    (
        "en",
        "educated",
        "",
        "",
        "i know|i understand|i m aware|im aware|i am aware|"
        "i realise|i realize|myth|a myth|is a myth|doesn t work|doesnt work|does not work|"
        "can t spot reduce|cant spot reduce|you can t spot reduce|spot reduction doesn t|"
        "spot reduction isn t|not possible|impossible|i get that|i don t get to choose|"
        "can t choose|can t target",
    ),
    (
        "en",
        "whole_body",
        "",
        "",
        "weight|body weight|bodyweight|body fat|bodyfat|bf|"
        "body fat percentage|body-fat|kg|kgs|kilo|kilos|kilograms|lb|lbs|pounds|pound|stone|"
        "overall|everywhere|all over|whole body|entire body|total|in general|calorie deficit|"
        "caloric deficit|deficit|calories|calorie|diet|dieting|nutrition|eating|meal plan|"
        "cardio|dress size|dress sizes|lean out|leaning out|shredded|"
        "bmi|scale|visceral fat|getting lean|get lean|lean|fat loss overall|total fat",
    ),
    (
        "en",
        "muscle",
        "",
        "",
        "muscle|muscles|muscular|build|building|built|grow|growing|"
        "gain|gaining|gains|bigger|larger|wider|thicker|thick|rounder|fuller|stronger|strong|"
        "strength|strengthen*|hypertrophy|size gains|mass|bulk|bulking|sweep|pump|shape|"
        "definition|defined|add size|add muscle|lift|lifting|power|peak|pop|popping|"
        "power output|chin ups|chin-ups|chinups|sculpt|sculpted|perky|lifted|growth",
    ),
    (
        "en",
        "rehab",
        "",
        "",
        "pain|pains|painful|hurt|hurts|hurting|ache|aches|aching|"
        "sore|soreness|injury|injured|injuries|rehab|rehabilitation|physio|physiotherapy|"
        "physical therapy|mobility|flexibility|flexible|stretch|stretching|tight|tightness|"
        "stiff|stiffness|posture|sprain|sprained|strain|tendinopathy|tendinitis|tendonitis|"
        "tendon|arthritis|surgery|recovery|recover|stabilise|stabilize|stability|"
        "tennis elbow|achilles|plantar|sciatica|disc|hernia|diastasis|diastasis recti|"
        "lower back pain|back pain|knee pain|firing|activation|chafing|chafe|rubbing|"
        "swelling|swollen|lymphedema|lipedema|lipoedema|bloating|bloated|breathing|rounded|"
        "hunched|slouch*|foam roll*|stretch marks",
    ),
    (
        "en",
        "procedure",
        "",
        "",
        "liposuction|lipo|cryolipolysis|coolsculpting|cool sculpting|"
        "fat freezing|kybella|deoxycholic|tummy tuck|abdominoplasty|lipolysis injections|"
        "fat dissolving injections|emsculpt|sculpsure|surgeon|surgical|clinic|"
        "brachioplasty|arm lift|thigh lift|breast reduction|gynecomastia surgery",
    ),
    (
        "en",
        "off_topic",
        "",
        "",
        "fat burning zone|fat-burning zone|fat burn zone|"
        "fat burner|fat burners|fasted cardio|fasted|sweat off|sweating off|weigh in|weigh-in|"
        "make weight|tone up|toning|tone|toned|firm up|tighten|loose skin|belly breathing|"
        "burn calories|burns calories|calorie burn|fat adapted|keto",
    ),
    (
        "en",
        "filler",
        "",
        "",
        "my|the|a|an|of|on|from|off|around|in|at|to|under|over|above|"
        "below|for|this|that|these|those|some|all|any|bit|little|lil|extra|excess|stubborn|"
        "annoying|lower|upper|inner|outer|whole|both|left|right|it|them|is|are|too|"
        "ugly|horrible|big|huge|giant|i|want|wanna|to get|get|finally|really|"
        "asap|fast|quickly|quick|very|super|down|up|last|remaining|bit of|kind of|sort of|"
        "post|baby|pregnancy|postpartum|and|or|with|by|me|mine|area|zone|part|region|"
        "inches|inch|cm|centimetres|centimeters|mm|back of|backs of",
    ),
    (
        "en",
        "clause_break",
        "",
        "",
        "but|however|though|although|whereas|instead|yet|except|so that|so|and then|then|that way",
    ),
    # ------------------------------------------------------------------ Italian
    (
        "it",
        "area",
        "belly",
        "",
        "pancia|pance|pancetta|panza|panze|ventre|addome|addominale|"
        "girovita|punto vita|giro vita|stomaco|trippa|basso ventre|pancino|ombelico|"
        "addominali bassi|zona addominale|pancia bassa",
    ),
    ("it", "area", "love_handles", "", "fianchi|fianco|obliqui"),
    (
        "it",
        "area",
        "thighs",
        "",
        "cosce|coscia|gambe|gamba|interno coscia|interno cosce|"
        "esterno coscia|quadricipiti|femorali",
    ),
    (
        "it",
        "area",
        "hips",
        "",
        "anca|bacino|le anche|delle anche|alle anche|sulle anche|nelle anche|dalle anche|"
        "mie anche|anche larghe",
    ),
    (
        "it",
        "area",
        "buttocks",
        "",
        "sedere|glutei|gluteo|culo|chiappe|lato b|natiche|fondoschiena|sederino",
    ),
    (
        "it",
        "area",
        "arms",
        "",
        "braccia|braccio|tricipiti|tricipite|bicipiti|bicipite|"
        "parte alta delle braccia|sottobraccio",
    ),
    ("it", "area", "chest", "", "petto|pettorali|pettorale|seno|tette|ascelle"),
    (
        "it",
        "area",
        "back",
        "",
        "schiena|dorso|dorsali|zona reggiseno|lombari|parte bassa della schiena",
    ),
    (
        "it",
        "area",
        "chin_face",
        "",
        "mento|viso|faccia|guance|guancia|collo|mascella|mandibola|volto",
    ),
    ("it", "area", "calves", "", "polpacci|polpaccio"),
    ("it", "area", "knees", "", "ginocchia|ginocchio|ginocchi"),
    ("it", "area", "ankles", "", "caviglie|caviglia"),
    (
        "it",
        "fat_area",
        "love_handles",
        "",
        "maniglie dell amore|maniglie dell'amore|maniglie|salvagente|salvagenti",
    ),
    (
        "it",
        "fat_area",
        "thighs",
        "",
        "culotte de cheval|culotte|cuscinetti|cuscinetti sulle cosce|coulotte",
    ),
    (
        "it",
        "fat_area",
        "arms",
        "",
        "ali di pipistrello|ali da pipistrello|braccia flaccide|braccia molli",
    ),
    ("it", "fat_area", "chin_face", "", "doppio mento|doppiomento|pappagorgia|guance paffute"),
    ("it", "fat_area", "chest", "", "tette maschili|ginecomastia adiposa|seno maschile"),
    (
        "it",
        "fat_area",
        "belly",
        "",
        "pancia piatta|ventre piatto|addome piatto|pancetta da birra|pancia da birra|panzetta",
    ),
    (
        "it",
        "fat",
        "",
        "",
        "grasso|grassi|grassa|grasse|ciccia|ciccetta|cicce|adipe|adiposo|"
        "adiposa|adiposita|lardo|rotolini|rotolino|flaccido|flaccida|flaccidi|flaccide|molle|"
        "molli|grasso localizzato|accumuli|accumulo|chiletti|ciccione|cicciotte|rotoli",
    ),
    (
        "it",
        "fat",
        "thighs",
        "cellulite-burning",
        "cellulite|buccia d arancia|pelle a buccia d arancia",
    ),
    (
        "it",
        "intent",
        "",
        "",
        "perdere|perdo|perso|persa|perdita|bruciare|brucia|bruciato|"
        "bruciando|eliminare|elimina|eliminato|eliminando|togliere|togliermi|tolgo|toglie|"
        "ridurre|riduco|riduzione|ridotto|snellire|snellisco|snellimento|dimagrire|dimagrisco|"
        "dimagrimento|dimagrito|dimagrita|dimagrir*|sciogliere|sciolgo|smaltire|smaltisco|"
        "assottigliare|asciugare|asciugarmi|sgonfiare|appiattire|via|addio|liberarmi|"
        "liberarsi|sbarazzarmi|sbarazzarsi|levare|levarmi|piatta|piatto|snella|snelle|snelli|"
        "sottili|sottile|magre|magra|magri|piu snelle|piu sottili|piu magre|stringere|"
        "mai piu|scomparire|sparire|far sparire|diminuire|localizzato|localmente|mirato|mirati",
    ),
    (
        "it",
        "rejection",
        "",
        "",
        "basta|basta con|smettere|smetto|smettere di usare|"
        "niente piu|buttare|abbandonare|lasciar perdere",
    ),
    (
        "it",
        "selective",
        "",
        "choosing-where-fat-comes-off",
        "solo|soltanto|solamente|"
        "unicamente|esclusivamente|da nessun altra parte|nient altro|il resto va bene|"
        "non altrove",
    ),
    ("it", "selective", "", "", "soprattutto|specialmente|in particolare"),
    (
        "it",
        "method",
        "belly",
        "",
        "addominali|crunch|sit up|plank|esercizi per la pancia|"
        "esercizi addominali|esercizi per gli addominali|hula hoop|ruota addominale",
    ),
    ("it", "method", "love_handles", "", "piegamenti laterali|torsioni|crunch obliqui"),
    (
        "it",
        "method",
        "thighs",
        "",
        "esercizi per l interno coscia|esercizi per le cosce|slanci laterali|adduttori",
    ),
    (
        "it",
        "method",
        "buttocks",
        "",
        "slanci|slanci indietro|kickback|kickbacks|squat|esercizi per i glutei|ponte glutei",
    ),
    (
        "it",
        "method",
        "arms",
        "",
        "pesetti|dip|esercizi per le braccia|esercizi per i "
        "tricipiti|french press|kickback tricipiti",
    ),
    (
        "it",
        "method",
        "chin_face",
        "double-chin",
        "esercizi per il collo|esercizi per il "
        "mento|ginnastica facciale|yoga facciale|face yoga|esercizi facciali|gomma da masticare",
    ),
    (
        "it",
        "method",
        "",
        "",
        "pedana vibrante|esercizi mirati|allenamento mirato|massaggi|"
        "massaggio|linfodrenaggio|pressoterapia",
    ),
    (
        "it",
        "product",
        "belly",
        "sauna-belts-and-wraps",
        "fascia sauna|fascia dimagrante|"
        "fascia termica|fascia snellente|panciera sauna|panciera dimagrante|cintura sauna|"
        "cintura dimagrante|cintura termica|fascia sudorifera|fasce|bende|bendaggi|pellicola|"
        "pellicola trasparente|domopak|tuta sauna|pantaloncini sauna",
    ),
    (
        "it",
        "product",
        "belly",
        "waist-trainers",
        "corsetto|corsetti|guaina|guaine|waist trainer|bustino|modellante|guaina modellante",
    ),
    (
        "it",
        "product",
        "belly",
        "ems-belts",
        "elettrostimolatore|elettrostimolazione|"
        "fascia elettrostimolante|cintura elettrostimolante|cintura ems",
    ),
    (
        "it",
        "product",
        "belly",
        "slimming-creams",
        "crema snellente|crema dimagrante|crema "
        "rassodante|crema anticellulite|crema brucia grassi|crema termica|gel snellente|gel "
        "dimagrante|gel termico|fanghi|creme snellenti",
    ),
    (
        "it",
        "negation",
        "",
        "",
        "non|no|mai|senza|ne|neanche|nemmeno|invece di|anziche|"
        "piuttosto che|non mi interessa|non voglio|non cerco|non punto a",
    ),
    (
        "it",
        "educated",
        "",
        "",
        "so che|lo so|sono consapevole|mi rendo conto|ho capito che|"
        "e un mito|mito|non si puo|non funziona|impossibile|non esiste",
    ),
    (
        "it",
        "whole_body",
        "",
        "",
        "peso|chili|chilo|kg|kili|grasso corporeo|massa grassa|"
        "percentuale di grasso|deficit calorico|deficit|calorie|dieta|alimentazione|"
        "in generale|ovunque|tutto il corpo|in tutto il corpo|complessivo|complessiva|"
        "globale|totale|taglia|taglie|dimagrire|dimagrimento|dimagrir*|in modo sano|bmi|"
        "bilancia|cardio",
    ),
    (
        "it",
        "muscle",
        "",
        "",
        "massa|massa muscolare|muscoli|muscolo|muscolare|muscolose|"
        "muscolosi|forza|forte|forti|rinforzare|rinforzo|rinforz*|potenziare|potenziamento|"
        "tonicita|ipertrofia|crescere|far crescere|aumentare|mettere massa|volume|"
        "piu grossi|piu grosse|piu grandi|piu larghi|piu larghe|piu forti|piu tondo|"
        "piu tondi|rotondo|larghi|larghe|grossi|scolpito|scolpiti|scolpita|scolpite|"
        "definiti|definite|sodo|sodi|sode",
    ),
    (
        "it",
        "rehab",
        "",
        "",
        "dolore|dolori|male|mal di|mal di schiena|fastidio|infortunio|"
        "infortuni|riabilitazione|fisioterapia|fisioterapista|mobilita|flessibilita|"
        "stretching|allungamento|postura|operazione|intervento|tendinite|distorsione|"
        "lesione|ernia|lombalgia|sciatica|recupero|rigidita|rigido|rigida|sfregamento|"
        "gonfiore|ritenzione|ritenzione idrica|diastasi|lipedema",
    ),
    (
        "it",
        "procedure",
        "",
        "",
        "liposuzione|lipo|liposcultura|criolipolisi|coolsculpting|"
        "addominoplastica|intralipoterapia|iniezioni|chirurgo|chirurgia|medicina estetica|"
        "mesoterapia|lipolisi",
    ),
    (
        "it",
        "off_topic",
        "",
        "",
        "zona brucia grassi|zona di combustione|a digiuno|"
        "corsa a digiuno|cardio a digiuno|sudare|sudore|tonificare|tonificata|tonificate|"
        "tonificato|tonificati|tonico|tonica|toniche|tonici|rassodare|rassodata|rassodati|"
        "rassodate|bruciare calorie|brucia grassi|bruciagrassi|pelle cadente|pelle flaccida",
    ),
    (
        "it",
        "filler",
        "",
        "",
        "il|lo|la|i|gli|le|l|un|uno|una|di|del|dello|della|dei|degli|"
        "delle|da|dal|dallo|dalla|dai|dagli|dalle|su|sul|sullo|sulla|sui|sugli|sulle|a|al|"
        "allo|alla|ai|agli|alle|in|nel|nello|nella|nei|negli|nelle|mio|mia|miei|mie|questo|"
        "questa|questi|queste|quel|quella|po|un po|un po di|tutto|tutta|tutti|tutte|e|ed|"
        "per|con|mi|me|ti|si|ci|intorno|attorno|zona|parte|interno|esterno|alta|bassa|basso|"
        "sull|dell|nell|all|dall|quest|quell|"
        "superiore|inferiore|ostinato|ostinata|odiato|odiata|odiose|odiosi|voglio|vorrei|"
        "finalmente|subito|velocemente|fino|quel po|residuo|residua|in eccesso|di troppo|"
        "centimetri|cm|centimetro",
    ),
    (
        "it",
        "clause_break",
        "",
        "",
        "ma|pero|invece|quindi|percio|anche se|mentre|tuttavia|cosi|e cosi|cosi che|"
        "in modo che|affinche|poi|e poi",
    ),
    # ------------------------------------------------------------------ Spanish
    (
        "es",
        "area",
        "belly",
        "",
        "barriga|barrigas|panza|panzas|pansa|tripa|tripita|vientre|"
        "abdomen|abdominal|abdominales bajos|estomago|cintura|pancita|barriguita|ombligo|"
        "bajo vientre|zona abdominal|zona media|abdomen bajo",
    ),
    ("es", "area", "love_handles", "", "costados|flancos|oblicuos"),
    (
        "es",
        "area",
        "thighs",
        "",
        "muslo|muslos|pierna|piernas|entrepierna|cara interna del "
        "muslo|parte interna de los muslos|cuadriceps|femorales",
    ),
    ("es", "area", "hips", "", "cadera|caderas"),
    (
        "es",
        "area",
        "buttocks",
        "",
        "gluteo|gluteos|trasero|nalgas|nalga|pompas|pompis|culo|cola|pompa|colita|nalguitas",
    ),
    ("es", "area", "arms", "", "brazo|brazos|triceps|biceps|parte trasera de los brazos"),
    ("es", "area", "chest", "", "pecho|pectorales|pectoral|senos|axilas"),
    (
        "es",
        "area",
        "back",
        "",
        "espalda|zona del sujetador|zona del brasier|espalda baja|lumbares|dorsales",
    ),
    (
        "es",
        "area",
        "chin_face",
        "",
        "cara|rostro|mejillas|mejilla|cuello|barbilla|menton|mandibula|cachetes de la cara",
    ),
    ("es", "area", "calves", "", "pantorrillas|pantorrilla|gemelos|chamorros"),
    ("es", "area", "knees", "", "rodilla|rodillas"),
    ("es", "area", "ankles", "", "tobillo|tobillos"),
    (
        "es",
        "fat_area",
        "love_handles",
        "",
        "lonjas|lonja|llantitas|llantas|michelines|"
        "michelin|flotador|flotadores|agarraderas|rollitos de la cintura|cauchos|rollos",
    ),
    (
        "es",
        "fat_area",
        "thighs",
        "",
        "chaparreras|cartucheras|pistoleras|culotte|espacio entre los muslos|thigh gap",
    ),
    (
        "es",
        "fat_area",
        "arms",
        "",
        "alas de murcielago|brazos de murcielago|alitas|brazos flacidos|colgajo|colgajos|aleteo",
    ),
    ("es", "fat_area", "chin_face", "", "papada|doble menton|papadita|cachetes gordos"),
    (
        "es",
        "fat_area",
        "back",
        "",
        "rollitos del sujetador|rollitos del brasier|"
        "rollos de la espalda|gorditos de la espalda|grasa del sujetador",
    ),
    ("es", "fat_area", "chest", "", "pechos de hombre|ginecomastia grasa|tetas de hombre"),
    (
        "es",
        "fat_area",
        "belly",
        "",
        "vientre plano|abdomen plano|panza cervecera|barriga "
        "cervecera|pancita plana|panza chelera|guata",
    ),
    (
        "es",
        "fat",
        "",
        "",
        "grasa|grasas|grasita|gordura|gorditos|gordito|gordos|gorda|"
        "flacidez|flacido|flacida|flacidos|flacidas|tejido adiposo|"
        "adiposidad|grasa localizada|lonjitas|pellejo|pellejos|grasa acumulada|acumulada",
    ),
    ("es", "fat", "thighs", "cellulite-burning", "celulitis|piel de naranja|celulitis en"),
    (
        "es",
        "intent",
        "",
        "",
        "perder|pierdo|perdiendo|perdida|quemar|quemando|queme|quema|"
        "eliminar|elimino|eliminando|quitar|quitarme|quitarle|quito|reducir|reduzco|"
        "reduciendo|reduccion|bajar|bajo|bajando|bajar de|adelgazar|adelgazo|adelgazando|"
        "afinar|afino|deshacerme|deshacerse|deshacer|desaparecer|desaparezca|derretir|"
        "achicar|disminuir|moldear|sacar|sacarme|adios|adios a|chao|fuera|plano|plana|"
        "delgadas|delgados|delgada|delgado|flaca|flacas|flaco|mas delgadas|mas delgados|"
        "mas finas|finas|fina|estilizar|reafirmar y quemar|tonificar y quemar|localizada|"
        "localmente|nunca mas|liberarme|acabar con|sin grasa",
    ),
    (
        "es",
        "rejection",
        "",
        "",
        "dejar|dejar de usar|dejar la|dejar el|basta de|no mas|tirar|olvidarme de|abandonar",
    ),
    (
        "es",
        "selective",
        "",
        "choosing-where-fat-comes-off",
        "solo|solamente|unicamente|"
        "exclusivamente|en ningun otro sitio|nada mas|el resto esta bien|no en otra parte",
    ),
    ("es", "selective", "", "", "sobre todo|especialmente|en especial|principalmente"),
    (
        "es",
        "method",
        "belly",
        "",
        "abdominales|crunches|crunch|encogimientos|planchas|"
        "plancha|ejercicios de abdomen|ejercicios abdominales|rueda abdominal|hula hoop|"
        "abdominales hipopresivos",
    ),
    (
        "es",
        "method",
        "love_handles",
        "",
        "inclinaciones laterales|giros rusos|oblicuos laterales|flexiones laterales",
    ),
    (
        "es",
        "method",
        "thighs",
        "",
        "ejercicios de pierna|ejercicios de piernas|aductores|"
        "patadas|ejercicios para muslos|ejercicios para la entrepierna",
    ),
    ("es", "method", "hips", "", "patadas laterales|abducciones|abduccion"),
    (
        "es",
        "method",
        "buttocks",
        "",
        "sentadillas|patada de gluteo|patadas de gluteo|puente de gluteo|ejercicios de gluteo",
    ),
    (
        "es",
        "method",
        "arms",
        "",
        "triceps en banco|fondos|patada de triceps|extensiones de "
        "triceps|pesas ligeras|mancuernas ligeras|muchas repeticiones|ejercicios de brazos",
    ),
    (
        "es",
        "method",
        "chin_face",
        "double-chin",
        "yoga facial|ejercicios faciales|"
        "ejercicios de cuello|ejercicios para la papada|masticar chicle|gimnasia facial",
    ),
    (
        "es",
        "method",
        "",
        "",
        "plataforma vibratoria|ejercicios localizados|masajes|"
        "masaje reductor|masajes reductores|ejercicios especificos",
    ),
    (
        "es",
        "product",
        "belly",
        "sauna-belts-and-wraps",
        "cinturon termico|cinturon sauna|"
        "cinturon reductor|faja termica|faja de neopreno|faja sauna|plastico|film|"
        "papel film|traje sauna|vendas|envolturas|sudadera termica|cinturilla",
    ),
    (
        "es",
        "product",
        "belly",
        "waist-trainers",
        "faja|fajas|faja reductora|faja "
        "moldeadora|corse|corset|corsets|cinturilla de latex|waist trainer",
    ),
    (
        "es",
        "product",
        "belly",
        "ems-belts",
        "electroestimulacion|electroestimulador|"
        "cinturon de electroestimulacion|cinturon ems|cinturon electrico|cinturon abdominal",
    ),
    (
        "es",
        "product",
        "belly",
        "slimming-creams",
        "crema reductora|crema adelgazante|crema "
        "quemagrasa|crema quema grasa|crema anticelulitis|gel reductor|gel termico|"
        "crema termica|crema moldeadora|cremas reductoras",
    ),
    (
        "es",
        "negation",
        "",
        "",
        "no|nunca|sin|ni|tampoco|jamas|en vez de|en lugar de|"
        "no me interesa|no quiero|no busco|no pretendo",
    ),
    (
        "es",
        "educated",
        "",
        "",
        "se que|ya se|ya se que|soy consciente|entiendo que|"
        "es un mito|mito|no se puede|no funciona|imposible|no existe",
    ),
    (
        "es",
        "whole_body",
        "",
        "",
        "peso|kilos|kilo|kg|grasa corporal|porcentaje de grasa|"
        "porcentaje|deficit calorico|deficit|calorias|dieta|alimentacion|en general|"
        "todo el cuerpo|en todo el cuerpo|global|total|tallas|talla|adelgazar|bajar de peso|"
        "imc|bascula|cardio",
    ),
    (
        "es",
        "muscle",
        "",
        "",
        "musculo|musculos|muscular|masa muscular|masa|fuerza|fuerte|"
        "fuertes|fortalecer|fortaleciendo|fortalec*|hipertrofia|crecer|ganar|aumentar|volumen|"
        "mas grandes|mas grande|mas fuertes|mas anchos|mas anchas|mas redondos|mas redondo|"
        "grandes|redondos|levantados|marcado|marcados|marcada|marcadas|tonificados|definidos|"
        "musculosos|musculosas|duros|duras",
    ),
    (
        "es",
        "rehab",
        "",
        "",
        "dolor|dolores|molestia|molestias|lesion|lesiones|lesionado|"
        "rehabilitacion|fisioterapia|fisio|movilidad|flexibilidad|estiramientos|estirar|"
        "postura|operacion|cirugia de rodilla|tendinitis|esguince|hernia|lumbalgia|ciatica|"
        "recuperar|recuperarme|recuperacion|rigidez|roce|rozaduras|hinchazon|retencion de "
        "liquidos|diastasis|lipedema",
    ),
    (
        "es",
        "procedure",
        "",
        "",
        "liposuccion|lipo|lipoescultura|criolipolisis|coolsculpting|"
        "abdominoplastia|mesoterapia|lipolisis|cirujano|cirugia|inyecciones|kybella",
    ),
    (
        "es",
        "off_topic",
        "",
        "",
        "zona quema grasa|zona de quema de grasa|en ayunas|cardio "
        "en ayunas|sudar|sudor|tonificar|tonificado|tonificada|tonificadas|reafirmar|"
        "reafirmada|reafirmadas|quemar calorias|quemar mas grasa|quemagrasas|piel flacida",
    ),
    (
        "es",
        "filler",
        "",
        "",
        "el|la|los|las|lo|un|una|unos|unas|de|del|en|a|al|mi|mis|"
        "este|esta|estos|estas|ese|esa|esos|esas|todo|toda|todos|todas|y|e|o|con|para|por|"
        "me|te|se|nos|sobre|alrededor|zona|parte|interior|exterior|interna|externa|baja|centimetros|cm|"
        "alta|alto|superior|inferior|rebelde|rebeldes|odiosa|odiosas|odiado|quiero|"
        "quisiera|por fin|ya|rapido|pronto|un poco|poco|poquito|esa|extra|de mas|que|que me|"
        "molesta|maldita|malditos",
    ),
    (
        "es",
        "clause_break",
        "",
        "",
        "pero|sino|aunque|mientras|asi que|por eso|en cambio|sin embargo|para que|"
        "de modo que|asi|y asi|luego|y luego",
    ),
    # ------------------------------------------------------------------ French
    (
        "fr",
        "area",
        "belly",
        "",
        "ventre|ventres|bide|bidon|abdos|abdomen|abdominal|"
        "abdominale|estomac|taille|tour de taille|bas du ventre|nombril|bedon|bedaine|"
        "sangle abdominale|ventre plat",
    ),
    ("fr", "area", "love_handles", "", "flancs|flanc|obliques|cotes"),
    (
        "fr",
        "area",
        "thighs",
        "",
        "cuisse|cuisses|jambe|jambes|interieur des cuisses|interieur de cuisse|quadriceps|ischios",
    ),
    ("fr", "area", "hips", "", "hanche|hanches|bassin"),
    (
        "fr",
        "area",
        "buttocks",
        "",
        "fesses|fesse|fessier|fessiers|derriere|cul|postérieur|popotin|arriere train|booty",
    ),
    ("fr", "area", "arms", "", "bras|triceps|biceps|haut des bras|arriere des bras"),
    ("fr", "area", "chest", "", "poitrine|pectoraux|pecs|seins|aisselles"),
    (
        "fr",
        "area",
        "back",
        "",
        "dos|haut du dos|bas du dos|lombaires|zone du soutien gorge|soutien gorge",
    ),
    ("fr", "area", "chin_face", "", "visage|joues|joue|menton|cou|machoire|figure"),
    ("fr", "area", "calves", "", "mollet|mollets"),
    ("fr", "area", "knees", "", "genou|genoux"),
    ("fr", "area", "ankles", "", "cheville|chevilles"),
    (
        "fr",
        "fat_area",
        "love_handles",
        "",
        "poignees d amour|poignee d amour|poignees d'amour|bouee|bouees|bouee de sauvetage|pneu",
    ),
    (
        "fr",
        "fat_area",
        "thighs",
        "",
        "culotte de cheval|culottes de cheval|espace entre les cuisses|thigh gap",
    ),
    (
        "fr",
        "fat_area",
        "arms",
        "",
        "ailes de chauve souris|bras de chauve souris|"
        "bras flasques|bras mous|peau qui pend|bras qui pendent",
    ),
    (
        "fr",
        "fat_area",
        "chin_face",
        "",
        "double menton|doubles mentons|bajoues|joues rondes|visage bouffi",
    ),
    (
        "fr",
        "fat_area",
        "belly",
        "",
        "ventre plat|bidon plat|brioche|bedaine de biere|"
        "ventre a biere|petit bide|tablier abdominal",
    ),
    ("fr", "fat_area", "chest", "", "seins d homme|poitrine masculine grasse"),
    (
        "fr",
        "fat",
        "",
        "",
        "gras|graisse|graisses|"
        "mou|molle|molles|flasque|flasques|adipeux|adipeuse|grassouillet|grassouillette|"
        "rondeurs|rondeur|amas graisseux|amas|surplus|gras localise|"
        "graisse localisee|kilos en trop|poignees",
    ),
    ("fr", "fat", "thighs", "cellulite-burning", "cellulite|peau d orange"),
    (
        "fr",
        "intent",
        "",
        "",
        "perdre|perds|perdu|perte|bruler|brule|brulant|eliminer|"
        "elimine|eliminant|enlever|retirer|reduire|reduis|reduit|reduction|affiner|affine|"
        "affinant|mincir|amincir|aminci|maigrir des|maigrir du|maigrir de|fondre|faire fondre|"
        "fondu|se debarrasser|me debarrasser|debarrasser|dire adieu|adieu|en finir avec|"
        "disparaitre|faire disparaitre|dégonfler|degonfler|plat|plate|plates|fine|fines|"
        "fins|minces|mince|plus fines|plus minces|resserrer|cibler|ciblee|ciblees|cible|"
        "localement|localise|localisee|affinees|affinés|dessiner et bruler|dehors|virer|"
        "plus de|gommer|deloger|perdre du|perdre de la|perdre le|perdre les|perdre mes",
    ),
    (
        "fr",
        "rejection",
        "",
        "",
        "arreter|arrete|abandonner|fini|finie|jeter|stop|arreter de porter|laisser tomber|oublier",
    ),
    (
        "fr",
        "selective",
        "",
        "choosing-where-fat-comes-off",
        "seulement|uniquement|"
        "exclusivement|pas ailleurs|nulle part ailleurs|rien d autre|le reste va bien|"
        "que du|que de la|que le|que la|que les",
    ),
    ("fr", "selective", "", "", "juste|surtout|notamment|principalement|particulierement"),
    (
        "fr",
        "method",
        "belly",
        "",
        "abdos|crunchs|crunches|crunch|gainage|planche|"
        "exercices abdos|exercices d abdos|exercices abdominaux|exercices pour le ventre|"
        "roue abdominale|hula hoop|hypopressifs|abdominaux",
    ),
    (
        "fr",
        "method",
        "love_handles",
        "",
        "flexions laterales|obliques|rotations|torsions|exercices pour les poignees",
    ),
    (
        "fr",
        "method",
        "thighs",
        "",
        "exercices pour l interieur des cuisses|adducteurs|"
        "exercices pour les cuisses|elevations de jambes|battements de jambes",
    ),
    (
        "fr",
        "method",
        "buttocks",
        "",
        "squats|squat|kickbacks|donkey kicks|exercices pour les fesses|pont fessier|fentes",
    ),
    (
        "fr",
        "method",
        "arms",
        "",
        "petits halteres|halteres legers|dips|extensions triceps|"
        "exercices pour les bras|beaucoup de repetitions",
    ),
    (
        "fr",
        "method",
        "chin_face",
        "double-chin",
        "yoga du visage|yoga facial|gym faciale|"
        "gymnastique faciale|exercices du visage|exercices pour le cou|macher du chewing gum",
    ),
    (
        "fr",
        "method",
        "",
        "",
        "exercices cibles|exercices localises|plateforme vibrante|"
        "palper rouler|massages|massage|drainage|pressotherapie",
    ),
    (
        "fr",
        "product",
        "belly",
        "sauna-belts-and-wraps",
        "ceinture de sudation|ceinture "
        "sauna|ceinture amincissante|ceinture chauffante|ceinture neoprene|film plastique|"
        "film alimentaire|cellophane|combinaison sauna|short sauna|bandes|enveloppements|"
        "bandages",
    ),
    (
        "fr",
        "product",
        "belly",
        "waist-trainers",
        "gaine|gaines|corset|corsets|gaine "
        "amincissante|serre taille|waist trainer|gaine sculptante",
    ),
    (
        "fr",
        "product",
        "belly",
        "ems-belts",
        "ceinture abdominale|ceinture ems|"
        "electrostimulation|electrostimulateur|ceinture electrostimulation",
    ),
    (
        "fr",
        "product",
        "belly",
        "slimming-creams",
        "creme amincissante|creme minceur|creme "
        "brule graisse|creme anticellulite|creme anti cellulite|gel minceur|gel amincissant|"
        "creme chauffante|huile minceur|cremes amincissantes|legging amincissant",
    ),
    (
        "fr",
        "negation",
        "",
        "",
        "pas|jamais|sans|ni|non|plutot que|au lieu de|"
        "pas question|ne cherche pas|ne veux pas|pas envie de",
    ),
    (
        "fr",
        "educated",
        "",
        "",
        "je sais|je sais que|je sais qu|je comprends que|je suis "
        "consciente|je suis conscient|c est un mythe|mythe|on ne peut pas|impossible|"
        "ne marche pas|ne fonctionne pas|n existe pas",
    ),
    (
        "fr",
        "whole_body",
        "",
        "",
        "poids|kilos|kilo|kg|masse grasse|taux de masse grasse|"
        "taux de graisse|gras global|globale|global|deficit calorique|deficit|calories|"
        "regime|alimentation|partout|tout le corps|l ensemble du corps|en general|total|"
        "totale|taille de vetement|tailles|maigrir|mincir globalement|imc|balance|cardio|"
        "perte de gras globale|seche|une taille|deux tailles|trois tailles|"
        "1 taille|2 tailles|3 tailles",
    ),
    (
        "fr",
        "muscle",
        "",
        "",
        "muscle|muscles|musculaire|muscle*|muscl*|masse musculaire|"
        "prise de masse|prendre du muscle|force|fort|forte|forts|fortes|renforcer|renfor*|"
        "hypertrophie|grossir|volume|plus gros|plus grosse|plus gros bras|plus ronds|"
        "plus rondes|plus fermes|plus forts|plus larges|ronds|rondes|bombe|bombes|galbe|"
        "galbes|galber|developper|dessines|dessine|sculpte|sculptes|prendre",
    ),
    (
        "fr",
        "rehab",
        "",
        "",
        "douleur|douleurs|mal|mal au|mal de dos|blessure|blesse|"
        "reeducation|kine|kinesitherapie|mobilite|souplesse|etirements|etirer|posture|"
        "operation|tendinite|entorse|hernie|lombalgie|sciatique|recuperation|raideur|"
        "frottements|frottement|gonflement|retention d eau|diastase|lipoedeme|rehabilitation",
    ),
    (
        "fr",
        "procedure",
        "",
        "",
        "liposuccion|lipo|lipoaspiration|cryolipolyse|"
        "coolsculpting|abdominoplastie|mesotherapie|injections|chirurgien|chirurgie|"
        "kybella|lipolyse|medecine esthetique",
    ),
    (
        "fr",
        "off_topic",
        "",
        "",
        "zone de combustion des graisses|zone de combustion|"
        "zone brule graisse|a jeun|cardio a jeun|transpirer|sueur|tonifier|tonifie|tonifies|"
        "tonifiees|tonique|raffermir|raffermi|bruler des calories|bruleur de graisse|"
        "peau relachee",
    ),
    (
        "fr",
        "filler",
        "",
        "",
        "le|la|les|l|un|une|des|de|du|d|au|aux|a|en|sur|mon|ma|mes|"
        "ce|cet|cette|ces|tout|toute|tous|toutes|et|ou|avec|pour|par|me|m|se|s|je|j|autour|"
        "zone|partie|interieur|exterieur|bas|haut|tenace|tenaces|rebelle|rebelles|veux|"
        "voudrais|enfin|vite|rapidement|peu|un peu|petit|petite|petits|petites|en trop|"
        "qui|que|qu|affreux|affreuse|horrible|horribles|sale|centimetres|cm",
    ),
    (
        "fr",
        "clause_break",
        "",
        "",
        "mais|donc|par contre|alors que|cependant|pourtant|tandis que|plutot|pour que|"
        "afin que|comme ca|ainsi|ensuite|et ensuite|puis|et puis",
    ),
    # ------------------------------------------------------------------ German
    (
        "de",
        "area",
        "belly",
        "",
        "bauch|bauche|bauches|bäuche|bauchs|unterbauch|oberbauch|"
        "bauchbereich|taille|magen|bauchnabel|körpermitte|bauchzone|leib",
    ),
    ("de", "area", "love_handles", "", "flanken|flanke|seiten|hüftseiten"),
    (
        "de",
        "area",
        "thighs",
        "",
        "oberschenkel|oberschenkeln|schenkel|schenkeln|innenschenkel|"
        "oberschenkelinnenseite|oberschenkelinnenseiten|beine|beinen|bein|innenseite der "
        "oberschenkel|aussenseite der oberschenkel|quadrizeps",
    ),
    ("de", "area", "hips", "", "hüfte|hüften|hüft"),
    (
        "de",
        "area",
        "buttocks",
        "",
        "po|popo|hintern|gesäß|gesäss|arsch|pobacken|po-bereich|gesässmuskel|glutes",
    ),
    (
        "de",
        "area",
        "arms",
        "",
        "arm|arme|armen|oberarm|oberarme|oberarmen|oberarmunterseite|"
        "trizeps|bizeps|armunterseite|oberarmrückseite",
    ),
    ("de", "area", "chest", "", "brust|brüste|brustbereich|achseln|achsel"),
    (
        "de",
        "area",
        "back",
        "",
        "rücken|unterer rücken|oberer rücken|rückens|bh-bereich|bh bereich|rückenbereich",
    ),
    ("de", "area", "chin_face", "", "kinn|gesicht|wangen|wange|hals|kiefer|kieferlinie|gesichts"),
    ("de", "area", "calves", "", "wade|waden"),
    ("de", "area", "knees", "", "knie|knien|knies"),
    ("de", "area", "ankles", "", "knöchel|fesseln|sprunggelenk|sprunggelenke"),
    (
        "de",
        "fat_area",
        "belly",
        "",
        "bierbauch|bierbäuche|wampe|plauze|rettungsring|"
        "schwimmring|speckbauch|kugelbauch|flacher bauch|flachen bauch|flachbauch|"
        "mamabauch|mama-bauch|bäuchlein|bauchlein|schwangerschaftsbauch|bauchspeck|"
        "bauchfett|plautze|schwabbelbauch",
    ),
    (
        "de",
        "fat_area",
        "love_handles",
        "",
        "hüftgold|rettungsringe|liebesgriffe|hüftspeck|hüftpolster|love handles|muffin top",
    ),
    (
        "de",
        "fat_area",
        "thighs",
        "",
        "reiterhosen|reiterhose|oberschenkelfett|oberschenkel lücke|thigh gap|dellen|reithosen",
    ),
    (
        "de",
        "fat_area",
        "arms",
        "",
        "winkearme|winkearm|winkfleisch|bingo flügel|"
        "bingo-flügel|wabbelarme|schwabbelarme|fledermausarme|oberarmfett",
    ),
    (
        "de",
        "fat_area",
        "chin_face",
        "",
        "doppelkinn|doppelkinns|pausbacken|hamsterbacken|gesichtsfett|halsfett",
    ),
    ("de", "fat_area", "chest", "", "männerbrüste|männerbrust|männerbusen|brustfett"),
    ("de", "fat_area", "back", "", "rückenfett|bh-röllchen|bh röllchen|bh-speck|bh speck"),
    (
        "de",
        "fat",
        "",
        "",
        "fett|fette|fetts|speck|röllchen|fettpolster|"
        "fettpölsterchen|pölsterchen|polster|fettröllchen|dick|dicke|dicken|dicker|dickes|"
        "wabbelig|schwabbelig|schlaff|schlaffe|fettdepots|fettdepot|fettansammlung|"
        "fettansammlungen|pfunde|wabbel|schwabbel",
    ),
    ("de", "fat", "thighs", "cellulite-burning", "cellulite|orangenhaut|cellulitis"),
    (
        "de",
        "intent",
        "",
        "",
        "verlieren|verliere|verloren|abnehmen|nehme ab|abgenommen|"
        "verbrennen|verbrenne|verbrannt|loswerden|loswerde|los werden|weg|wegbekommen|"
        "wegkriegen|wegtrainieren|weghaben|wegmachen|wegschmelzen|reduzieren|reduziere|"
        "reduktion|schmelzen|schmelze|abbauen|abbau|straffen und verbrennen|flach|flacher|"
        "flachen|schlank|schlanker|schlanke|schlankere|schlankeren|dünn|dünner|dünne|"
        "dünnere|schmal|schmaler|schmale|schmalere|straff und schlank|beseitigen|"
        "eliminieren|entfernen|bekämpfen|gezielt|tschüss|adé|ade|bye bye|raus|runter|"
        "weniger|nie wieder|ade sagen|schrumpfen|verkleinern|killen|wegtrainiert",
    ),
    (
        "de",
        "rejection",
        "",
        "",
        "schluss mit|aufhören|aufhören mit|verzichten auf|weglassen|wegwerfen|nicht mehr tragen",
    ),
    (
        "de",
        "selective",
        "",
        "choosing-where-fat-comes-off",
        "nur|ausschließlich|"
        "ausschliesslich|nirgendwo sonst|sonst nirgends|der rest passt|rest passt|"
        "nicht woanders|lediglich",
    ),
    ("de", "selective", "", "", "vor allem|besonders|hauptsächlich|speziell|gezielt am|gezielt an"),
    (
        "de",
        "method",
        "belly",
        "",
        "sit-ups|situps|sit ups|crunches|crunch|bauchübungen|"
        "bauchübung|bauchtraining|bauchworkout|bauch-workout|planks|plank|unterarmstütz|"
        "bauchroller|bauchtrainer|hula hoop|hula-hoop|bauchweg training|bauch-weg-training|"
        "bauch beine po",
    ),
    ("de", "method", "love_handles", "", "seitbeugen|seitliche crunches|russian twists"),
    (
        "de",
        "method",
        "thighs",
        "",
        "adduktoren|adduktorenmaschine|beinheben|oberschenkelübungen|beinübungen|thighmaster",
    ),
    (
        "de",
        "method",
        "buttocks",
        "",
        "kniebeugen|squats|po-übungen|poübungen|kickbacks|donkey kicks|glute bridges",
    ),
    (
        "de",
        "method",
        "arms",
        "",
        "trizepsdrücken|dips|kickbacks für den trizeps|"
        "armübungen|leichte hanteln|viele wiederholungen|trizepsübungen",
    ),
    (
        "de",
        "method",
        "chin_face",
        "double-chin",
        "gesichtsyoga|gesichts-yoga|face yoga|"
        "gesichtsgymnastik|kieferübungen|kiefertrainer|kinnübungen|halsübungen|"
        "kaugummi kauen|kinnriemen",
    ),
    (
        "de",
        "method",
        "belly",
        "ems-belts",
        "ems|ems-training|ems training|elektrische muskelstimulation",
    ),
    (
        "de",
        "method",
        "",
        "",
        "vibrationsplatte|gezielte übungen|gezieltes training|massagen|massage|lymphdrainage",
    ),
    (
        "de",
        "product",
        "belly",
        "sauna-belts-and-wraps",
        "schwitzgürtel|saunagürtel|"
        "neoprengürtel|fitnessgürtel|schwitzgurt|frischhaltefolie|folie|wickel|bodywrap|"
        "saunaanzug|schwitzanzug|schwitzhose|sauna-hose|bauchweggürtel",
    ),
    (
        "de",
        "product",
        "belly",
        "waist-trainers",
        "waist trainer|korsett|korsage|mieder|taillenformer|taillenmieder|shapewear|formwäsche",
    ),
    (
        "de",
        "product",
        "belly",
        "ems-belts",
        "ems-gürtel|ems gürtel|bauchmuskelgürtel|"
        "elektrostimulationsgürtel|reizstromgerät|ems-bauchgürtel",
    ),
    (
        "de",
        "product",
        "belly",
        "slimming-creams",
        "schlankheitscreme|fettwegcreme|anticellulite-"
        "creme|anti-cellulite-creme|cellulitecreme|straffungscreme|wärmecreme|schlankheitsgel|"
        "fettverbrennungscreme|fatburner-creme|schlankmacher-creme",
    ),
    (
        "de",
        "negation",
        "",
        "",
        "nicht|kein|keine|keinen|keinem|keiner|keines|nie|niemals|"
        "ohne|statt|anstatt|anstelle|weder|kein interesse|keine lust",
    ),
    (
        "de",
        "educated",
        "",
        "",
        "ich weiß|ich weiss|mir ist klar|ich bin mir bewusst|"
        "mythos|ein mythos|geht nicht|funktioniert nicht|unmöglich|kann man nicht|"
        "bringt nichts",
    ),
    (
        "de",
        "whole_body",
        "",
        "",
        "gewicht|körpergewicht|kilo|kilos|kg|pfund|körperfett|"
        "körperfettanteil|kfa|kaloriendefizit|defizit|kalorien|diät|ernährung|insgesamt|"
        "gesamt|überall|am ganzen körper|ganzkörper|ganzen körper|allgemein|"
        "kleidergröße|kleidergrösse|abnehmen|bmi|waage|cardio|ausdauer|"
        "gesamtkörperfett|diätphase",
    ),
    (
        "de",
        "muscle",
        "",
        "",
        "muskel|muskeln|muskulatur|muskelaufbau|muskulös|muskulöser|"
        "kraft|kräftig|kräftigen|kräftiger|stark|stärker|stärkere|stärkerer|stärkeren|"
        "stärken|aufbauen|aufbau|hypertrophie|wachsen|masse|größer|größere|größerer|"
        "größeren|grösser|breiter|breitere|breiterer|breiteren|dickere|dickeren|runder|"
        "rundere|runderer|knackig|knackiger|knackigen|praller|definierter|definiert|"
        "bauchmuskeln|bauchmuskulatur|waschbrettbauch|klimmzug|klimmzüge",
    ),
    (
        "de",
        "rehab",
        "",
        "",
        "schmerz*|schmerzen|schmerzfrei|weh|tut weh|verletzung|"
        "verletzt|reha|rehabilitation|physio|physiotherapie|mobilität|beweglichkeit|"
        "dehnen|dehnung|haltung|op|operation|sehnenscheidenentzündung|tendinopathie|"
        "bänderriss|bandscheibe|bandscheibenvorfall|hexenschuss|ischias|stabilisieren|"
        "stabilität|verspannung|verspannt|steif|scheuern|wundreiben|aufscheuern|schwellung|"
        "wassereinlagerungen|rektusdiastase|lipödem|arthrose|kreuzschmerzen",
    ),
    (
        "de",
        "procedure",
        "",
        "",
        "fettabsaugung|liposuktion|lipo|kryolipolyse|"
        "fett wegfrieren|coolsculpting|bauchdeckenstraffung|injektionslipolyse|fettweg spritze|"
        "fettwegspritze|chirurg|chirurgie|schönheits-op|schönheitsoperation|kybella|"
        "ästhetische medizin",
    ),
    (
        "de",
        "off_topic",
        "",
        "",
        "fettverbrennungszone|fettstoffwechselzone|"
        "fettverbrennung|nüchterntraining|nüchtern|nüchtern-cardio|schwitzen|schweiß|"
        "straffen|straffer|straffe|straffung|straff|festigen|definieren|kalorien verbrennen|"
        "fatburner|schlaffe haut",
    ),
    (
        "de",
        "filler",
        "",
        "",
        "der|die|das|den|dem|des|ein|eine|einen|einem|einer|am|an|"
        "auf|um|im|in|vom|von|mein|meine|meinen|meinem|meiner|mir|mich|diese|dieser|diesen|"
        "dieses|ganz|ganze|ganzen|etwas|bisschen|ein bisschen|und|oder|mit|zu|zum|zur|bis|"
        "endlich|schnell|lästig|lästige|lästigen|hartnäckig|hartnäckige|hartnäckigen|"
        "überschüssig|überschüssige|überschüssiges|unteren|oberen|innen|aussen|außen|"
        "bereich|zone|will|möchte|ich|ist|sind|muss|müssen|soll|sollen|kriegen|bekommen|"
        "machen|bitte|blöde|blöden|rund|zentimeter|cm",
    ),
    (
        "de",
        "clause_break",
        "",
        "",
        "aber|sondern|deshalb|daher|dennoch|jedoch|trotzdem|während|obwohl|stattdessen|"
        "damit|sodass|so dass|dann|und dann|danach",
    ),
    # ------------------------------------------------------------------ Added groups
    # Colloquial and regional words, disappearance verbs, more local methods and products,
    # and the kinds that tie goals together (coordination, cessation, toning). Kept apart
    # from the groups above so an admin can see what was added for generalisation.
    # English
    (
        "en",
        "definite",
        "",
        "",
        "the|that|this|all the|all that|that extra|the extra",
    ),
    ("it", "definite", "", "", "il|lo|la|l|quel|quella|quello|tutto il|tutta la"),
    ("es", "definite", "", "", "el|la|lo|esa|ese|eso|toda la|todo el|esta|este"),
    ("fr", "definite", "", "", "le|la|l|ce|cette|tout le|toute la|ces"),
    ("de", "definite", "", "", "das|dieses|den|die|der|dem|diesen|dieser"),
    (
        "en",
        "fat_area",
        "belly",
        "",
        "pouch|belly pouch|tummy pouch|lower belly pouch|tummy pooch|stomach pooch|"
        "belly rolls|stomach rolls|tummy rolls|belly flab|stomach flab|tummy flab|"
        "gut fat|hanging belly|mom belly|mum belly|mommy pooch|mummy pooch|dunlop|"
        "flabby belly|flabby tummy|flabby stomach|flat abs|flatter stomach|flatter tummy|"
        "flatter belly|smaller waist|tiny waist|snatched waist",
    ),
    (
        "en",
        "fat_area",
        "arms",
        "",
        "arm flaps|arm wings|flabby underarms|teacher arms|batwing arms|bingo arms|"
        "jiggly arms|underarm flab|arm fat",
    ),
    (
        "en",
        "fat_area",
        "chin_face",
        "",
        "turkey neck|chubby face|fat face|round face|double chin fat|puffy cheeks|baby face fat",
    ),
    ("en", "fat_area", "love_handles", "", "flank fat|oblique fat|hip rolls|side fat rolls"),
    ("en", "fat_area", "back", "", "back fat|back boob|back boobs|bra strap fat"),
    (
        "en",
        "intent",
        "",
        "",
        "disappears|disappeared|vanishes|dissolve*|evaporate|be gone|begone|get gone|erase|"
        "shrunk|shrank|shrinks|thinned|slimmed|trimmed|cut the fat|say goodbye to|"
        "wave goodbye to|can t stand|cant stand|can not stand",
    ),
    (
        "en",
        "method",
        "belly",
        "",
        "weighted hula hoop|smart hula hoop|hula hoop for|waist twister|twist board|"
        "twisting disc|ab twister|v ups|bicycle kicks|plank challenge|sit up challenge|"
        "ab exercises every day|abs every day|daily abs|ab rolls|ab wheel rollouts",
    ),
    (
        "en",
        "method",
        "chin_face",
        "double-chin",
        "jaw trainer|chin exerciser|double chin exerciser|face roller|gua sha|jade roller|"
        "facial massager|face massager|jawline trainer|jaw workout|face workout",
    ),
    (
        "en",
        "method",
        "thighs",
        "",
        "inner thigh machine|thigh toner|leg lift|side leg lifts|inner thigh lifts|scissor kicks",
    ),
    ("en", "method", "love_handles", "", "side plank|oblique twist|standing side crunches"),
    ("en", "method", "", "", "cellulite massager|dry brushing|cupping|body roller"),
    (
        "en",
        "product",
        "belly",
        "sauna-belts-and-wraps",
        "sweat vest|sauna vest|sauna shirt|sweat shirt|fat burning belt|slimming wrap|"
        "sweet sweat|thigh trimmers|thigh trimmer|arm trimmers|arm shapers|thigh wraps|"
        "arm wraps|belly fat patch|slimming patch|slimming patches",
    ),
    ("en", "product", "belly", "ems-belts", "toning belt|vibration belt|ems trainer|ab pads"),
    (
        "en",
        "product",
        "belly",
        "slimming-creams",
        "cellulite oil|slimming oil|firming lotion|fat dissolving cream|fat melting cream|"
        "fat burning lotion",
    ),
    (
        "en",
        "educated",
        "",
        "",
        "used to think|i used to think|used to believe|turns out|i ve learned|ive learned|"
        "i have learned|i learned that|now i know|spot reduction is a myth|"
        "you can t target fat|cant target fat",
    ),
    (
        "en",
        "coordination",
        "",
        "",
        "and|also|plus|as well|as well as|and also|along with|on top of that|besides|+|&",
    ),
    ("en", "cessation", "", "", "anymore|any more|no longer|ever again|again"),
    (
        "en",
        "toning",
        "",
        "",
        "tone|toned|tone up|toning|firm|firm up|firmer|tighten|tighter|tighten up",
    ),
    (
        "en",
        "filler",
        "",
        "",
        "bits|stuff|how|how do|how can|do|can|could|should|what|best|way|tips|please|pls|"
        "plz|ugh|omg|lol|im|i m|gotta|gonna|need|needs|trying|try|this|before|by summer",
    ),
    # Italian
    (
        "it",
        "area",
        "belly",
        "",
        "pancione|pancina|buzza|buzzo|pancino|panzetta|ventre piatto",
    ),
    ("it", "area", "back", "", "reggiseno|reggipetto"),
    (
        "it",
        "fat_area",
        "arms",
        "",
        "braccia a tendina|braccia a tendine|effetto tendina|tendine delle braccia|"
        "braccia cadenti|braccia flosce|tendina",
    ),
    (
        "it",
        "fat_area",
        "belly",
        "",
        "panza da birra|pancia da birra|pancia gonfia di grasso|rotoli sulla pancia|"
        "pancia molle|pancia flaccida|pancetta ostinata",
    ),
    (
        "it",
        "fat_area",
        "chin_face",
        "",
        "viso paffuto|faccia paffuta|viso tondo|faccia tonda|guance piene|doppio mento",
    ),
    ("it", "fat_area", "back", "", "rotolini sotto il reggiseno|grasso sotto il reggiseno"),
    ("it", "fat", "", "", "cicciotta|cicciotte|cicciottelle|flosce|floscia|flosci|cadenti"),
    (
        "it",
        "fat",
        "",
        "",
        "senza cellulite|senza grasso|senza ciccia|senza pancia",
    ),
    (
        "it",
        "intent",
        "",
        "",
        "elimin*|togli*|tolt*|ridurr*|riduc*|snell*|bruci*|sciogli*|smalt*|sgonfi*|"
        "assottigli*|appiattir*|far fuori|buttare giu|buttar giu|mandare via|levare di mezzo|"
        "fare sparire|scomparire|liberarmi di|addio a|ciao ciao|bye bye|sparisca|spariscano|"
        "senza cellulite|senza grasso|senza ciccia|senza pancia|meno",
    ),
    (
        "it",
        "method",
        "belly",
        "",
        "rullo addominale|addominali tutti i giorni|crunch ogni giorno|hula hop|"
        "sollevamenti gambe|leg raise|ab roller",
    ),
    (
        "it",
        "method",
        "love_handles",
        "",
        "plank laterale|plank laterali|crunch laterali|piegamenti laterali",
    ),
    ("it", "method", "thighs", "", "macchina adduttori|adductor machine|slanci laterali"),
    (
        "it",
        "method",
        "chin_face",
        "double-chin",
        "esercizi per il viso|rullo per il viso|gua sha|face roller|jawline trainer|"
        "masticare chewing gum|esercizi per la mascella",
    ),
    (
        "it",
        "product",
        "belly",
        "sauna-belts-and-wraps",
        "pantaloncini dimagranti|leggings snellenti|leggings dimagranti|cerotti dimagranti|"
        "cerotti snellenti|maglia sauna|fascia sudorifera",
    ),
    (
        "it",
        "product",
        "belly",
        "slimming-creams",
        "crema riducente|crema lipolitica|gel crioattivo",
    ),
    (
        "it",
        "educated",
        "",
        "",
        "pensavo che|credevo che|ho imparato che|ho letto che|ho scoperto che|"
        "non si dimagrisce localmente",
    ),
    (
        "it",
        "coordination",
        "",
        "",
        "e|ed|anche|e anche|pure|inoltre|e inoltre|oltre a|+|&",
    ),
    ("it", "cessation", "", "", "piu|più|mai piu"),
    (
        "it",
        "toning",
        "",
        "",
        "tonificare|tonific*|rassodare|rassod*|rinsodare|compattare",
    ),
    (
        "it",
        "filler",
        "",
        "",
        "faccio|fare|come|come faccio|come si|devo|posso|ho|avere|tenere|sotto|sopra|dietro|"
        "davanti|entro|aiuto|ogni|giorno|giorni|tutti i giorni|e poi",
    ),
    # Spanish
    (
        "es",
        "area",
        "belly",
        "",
        "guatita|panzita|panzota|barrigon|barriguilla|tripa|lonja de abajo",
    ),
    ("es", "area", "back", "", "brasier|sujetador|brassier|corpino|bra"),
    ("es", "area", "love_handles", "", "lados|de los lados|costado"),
    ("es", "area", "chin_face", "", "cachetes|cachetitos"),
    (
        "es",
        "fat_area",
        "belly",
        "",
        "pancita cervecera|panza de cerveza|barriga de cerveza|panza chelera|guata|"
        "barriga floja|panza colgada|pancita colgada|cuerito de la panza",
    ),
    ("es", "fat_area", "arms", "", "alitas de pollo|brazos colgados|pellejito de los brazos"),
    ("es", "fat_area", "chin_face", "", "doble papada|cara redonda|cachetes gordos|cara gorda"),
    ("es", "fat_area", "back", "", "rollos del brasier|rollitos de la espalda|grasa del brasier"),
    ("es", "fat", "love_handles", "", "rollitos|rollito|chichos|chicha|llantitas"),
    (
        "es",
        "fat",
        "",
        "",
        "gorditas|colgado|colgados|colgadas|colgada|floja|flojos|flojas|sin celulitis",
    ),
    ("es", "fat", "thighs", "cellulite-burning", "celulitis"),
    (
        "es",
        "intent",
        "",
        "",
        "elimin*|quitar*|reduc*|desaparec*|desaparez*|derret*|derrit*|achic*|adelgaz*|"
        "afin*|deshac*|quemar|quemarla|quemarle|quemen|quemo|borrar|borrarle|chao|bye|"
        "bye bye|que se vaya|"
        "librarme de|despedirme de|decirle adios a|disminu*|sin celulitis|sin grasa|"
        "sin panza|sin barriga",
    ),
    (
        "es",
        "method",
        "belly",
        "",
        "rodillo abdominal|hula hula|ula ula|abdominales diarios|abdominales todos los dias|"
        "elevaciones de piernas|elevacion de piernas|tijeras|ab roller",
    ),
    ("es", "method", "love_handles", "", "planchas laterales|plancha lateral"),
    (
        "es",
        "method",
        "chin_face",
        "double-chin",
        "rodillo facial|gua sha|ejercicios de cara|ejercicios para la cara|chicle|"
        "ejercitador de mandibula|ejercitador facial|masajeador facial",
    ),
    (
        "es",
        "product",
        "belly",
        "sauna-belts-and-wraps",
        "cinturon de sudoracion|cinturon para sudar|faja para sudar|chaleco sauna|"
        "chaleco termico|parches reductores|parches adelgazantes|crema de sudoracion",
    ),
    (
        "es",
        "product",
        "belly",
        "waist-trainers",
        "faja colombiana|faja de latex|cinturilla reductora",
    ),
    ("es", "product", "belly", "slimming-creams", "crema quemadora|aceite reductor|gel frio"),
    (
        "es",
        "educated",
        "",
        "",
        "pensaba que|creia que|aprendi que|he aprendido que|lei que|me entere que|"
        "no se puede quemar grasa localizada",
    ),
    ("es", "negation", "", "", "ya no"),
    ("es", "whole_body", "", "", "por todos lados|en todos lados|todos lados|en todas partes"),
    ("es", "coordination", "", "", "y|e|tambien|ademas|y ademas|y tambien|ademas de|+|&"),
    ("es", "cessation", "", "", "ya no|mas|nunca mas"),
    ("es", "toning", "", "", "tonificar|tonific*|reafirmar|reafirm*|endurecer|afirmar"),
    (
        "es",
        "filler",
        "",
        "",
        "como|hago|hacer|puedo|debo|tener|tengo|tiene|tenga|abajo|arriba|debajo|encima|detras|"
        "urgente|porfa|mucho|mucha|muy|tan|ahi|y luego|y asi|haciendo|dia|dias|todos los dias|"
        "cada dia",
    ),
    # French
    ("fr", "area", "belly", "", "panse|bidou|ventre rond|petit ventre|gros ventre"),
    ("fr", "area", "back", "", "soutif|soutien-gorge|dessous du soutif"),
    (
        "fr",
        "fat_area",
        "belly",
        "",
        "ventre mou|ventre flasque|bidon mou|gras du ventre|bedaine de biere|bide a biere",
    ),
    (
        "fr",
        "fat_area",
        "chin_face",
        "",
        "visage rond|visage joufflu|joues joufflues|grosses joues|bajoue",
    ),
    ("fr", "fat_area", "arms", "", "bras qui pendouillent|bras qui pendouille|chauve souris"),
    ("fr", "fat", "belly", "", "bourrelet|bourrelets"),
    ("fr", "fat", "thighs", "cellulite-burning", "capitons|capiton"),
    ("fr", "fat", "", "", "pendouill*|qui pend|joufflu|joufflue|sans cellulite|sans gras"),
    (
        "fr",
        "intent",
        "",
        "",
        "elimin*|affin*|amincir*|aminci*|mincir*|fondre|fondent|fondu|fondue|perd|"
        "perdent|perdrai|perdant|reduir*|redui*|degommer|dire bye bye|bye bye|ciao|"
        "debarasser|me debarasser|se debarasser|sans cellulite|sans gras|sans ventre",
    ),
    (
        "fr",
        "method",
        "belly",
        "",
        "redressements assis|redressements|releves de buste|cerceau|rouleau abdominal|ab roller",
    ),
    ("fr", "method", "love_handles", "", "planches laterales|planche laterale|gainage lateral"),
    ("fr", "method", "thighs", "", "releves de jambes|machine a adducteurs|ciseaux"),
    (
        "fr",
        "method",
        "chin_face",
        "double-chin",
        "rouleau visage|rouleau de jade|gua sha|appareil machoire|jawline exerciser|"
        "massage du visage",
    ),
    (
        "fr",
        "product",
        "belly",
        "sauna-belts-and-wraps",
        "short de sudation|legging de sudation|legging minceur|patch minceur|patchs minceur|"
        "ceinture minceur|t-shirt sauna|gilet de sudation",
    ),
    ("fr", "product", "belly", "slimming-creams", "creme raffermissante|gel cryo|gel froid"),
    (
        "fr",
        "educated",
        "",
        "",
        "je pensais que|je croyais que|j ai appris que|j ai compris que|je sais bien|"
        "on ne peut pas cibler",
    ),
    (
        "fr",
        "coordination",
        "",
        "",
        "et|aussi|et aussi|en plus|et en plus|egalement|de plus|ainsi que|+|&",
    ),
    ("fr", "cessation", "", "", "plus jamais|jamais plus"),
    (
        "fr",
        "toning",
        "",
        "",
        "tonifier|tonifi*|raffermir|raffermi*|raffermis|affermir",
    ),
    (
        "fr",
        "filler",
        "",
        "",
        "comment|quoi|koi|c|c est|cest|mieux|le mieux|faire|fais|avoir|ai|jai|j ai|dessous|"
        "dessus|sous|jours|jour|tous les jours|chaque jour|chaque soir|trop|vraiment|tres|"
        "en faisant|faisant",
    ),
    # German (with Swiss and Austrian words)
    ("de", "area", "belly", "", "buuch|büüchli|bäuchli|bauchi|bauchansatz"),
    ("de", "area", "back", "", "bh|bh-träger|bh-verschluss"),
    ("de", "area", "love_handles", "", "an den seiten|seitlich|hüftseite"),
    (
        "de",
        "fat_area",
        "belly",
        "",
        "ranzen|ränzlein|ranze|hängebauch|wohlstandsbauch|wohlstandsbäuchlein|bauchröllchen|"
        "wamperl|bauchwampe|plautze|bierwampe",
    ),
    (
        "de",
        "fat_area",
        "love_handles",
        "",
        "schwimmreifen|seitenspeck|hüftrollen|speckrollen an der seite",
    ),
    (
        "de",
        "fat_area",
        "arms",
        "",
        "oberarmspeck|wackelarme|tantenarme|bingoarme|bingo-arme|winkärmchen|winkefleisch",
    ),
    ("de", "fat_area", "thighs", "", "oberschenkelspeck|schenkelspeck|innenschenkelfett"),
    ("de", "fat_area", "chin_face", "", "mondgesicht|vollmondgesicht|truthahnhals|backenfett"),
    ("de", "fat_area", "back", "", "rückenspeck|rückenröllchen|speckrollen am rücken"),
    ("de", "fat_area", "chest", "", "männertitten|brustspeck|moobs"),
    ("de", "fat", "belly", "", "speckröllchen|speckrollen|speckrolle|fettrollen"),
    ("de", "fat", "", "", "ohne cellulite|ohne fett|wabbelige|schwabbelige|wabbeligen"),
    (
        "de",
        "intent",
        "",
        "",
        "los|wegbring*|wegkrieg*|wegbekomm*|wegtrainier*|wegmach*|wegschmelz*|wegzu*|"
        "wegzaubern|loszuwerden|loswerd*|abtrainier*|abspeck*|schmelz*|verbrenn*|verlier*|"
        "reduzier*|verschwind*|verschwinden lassen|wegschwitz*|schrumpf*|tschüss|ciao|"
        "ohne cellulite|ohne fett|ohne bauch",
    ),
    (
        "de",
        "method",
        "belly",
        "",
        "hula-hoop-reifen|hullahoop|hulahoop|hula hoop reifen|bauch-beine-po|bbp|ab roller|"
        "bauchrad",
    ),
    (
        "de",
        "method",
        "love_handles",
        "",
        "seitstütz|seitlicher unterarmstütz|seitliche planks|seitlicher plank|side planks",
    ),
    ("de", "method", "thighs", "", "seitliches beinheben|beinheben seitlich|schenkeltrainer"),
    (
        "de",
        "method",
        "chin_face",
        "double-chin",
        "gesichtsroller|gua sha|jawline trainer|kinntrainer|gesichtsmassage",
    ),
    (
        "de",
        "product",
        "belly",
        "sauna-belts-and-wraps",
        "abnehmgürtel|schlankheitsgürtel|schwitzshirt|saunashirt|schwitzweste|"
        "schlankheitspflaster|bauchweg-hose|bauchweghose",
    ),
    (
        "de",
        "product",
        "belly",
        "slimming-creams",
        "fettweg-creme|schlankheitsöl|straffungsgel|kältegel|cellulite-öl",
    ),
    ("de", "product", "belly", "waist-trainers", "miederhose|taillentrainer|figurformer"),
    (
        "de",
        "educated",
        "",
        "",
        "ich dachte früher|früher dachte ich|dachte immer|ich habe gelernt|hab gelernt|"
        "hab gelesen|ich habe gelesen|weiß inzwischen|weiss inzwischen|"
        "man kann nicht gezielt",
    ),
    (
        "de",
        "coordination",
        "",
        "",
        "und|und dazu|dazu|auch|und auch|außerdem|ausserdem|zusätzlich|sowie|plus|+|&",
    ),
    ("de", "cessation", "", "", "mehr|nie mehr|nicht mehr"),
    (
        "de",
        "toning",
        "",
        "",
        "straffen|straffer|straffe|straff|straffung|festigen|formen|straffere|strafferen",
    ),
    (
        "de",
        "filler",
        "",
        "",
        "für|fürs|wie|werd|werde|wird|kann|bekomm|bekomme|kriege|krieg|mal|doch|halt|jetzt|"
        "da|hier|unter|über|unterm|überm|hinten|vorne|noch|sehr|viel|zu viel|zuviel|"
        "de|s|d|mini|jeden tag|täglich|ist los|was ist los|geht los|los geht|los gehts|"
        "los geht s|legen los|leg los",
    ),
)


def _build_terms() -> tuple[VocabularyTerm, ...]:
    terms: dict[tuple[str, str, str], VocabularyTerm] = {}
    for language, kind, area, slug, words in _GROUPS:
        for word in words.split("|"):
            word = " ".join(word.split())
            key = (language, kind, word.casefold())
            if word and key not in terms:  # the table keeps one row per language/kind/term
                terms[key] = VocabularyTerm(language, kind, word, area, slug)
    return tuple(terms.values())


DEFAULT_TERMS: tuple[VocabularyTerm, ...] = _build_terms()


@cache
def default_vocabulary() -> CompiledVocabulary:
    """The default vocabulary, compiled once per process."""
    return compile_vocabulary(DEFAULT_TERMS)
