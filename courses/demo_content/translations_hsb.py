"""Upper Sorbian translations of courses, keyed by the German course slug."""

from .helpers import lesson, question, quiz, right, text, wrong

HSB = {
    "3d-druck-werkstatt-fuer-kinder": {
        "slug": "3d-cisceska-dzelarnja-za-dzeci",
        "title": "3D-ćišćerska dźěłarnja za dźěći",
        "teaser": "Na tableće swójski přiwěšk za kluče wuhotować a wobkedźbować, kak jón "
        "3D-ćišćer worštwu po worštwje twori.",
        "description": [
            "Kak z mysle nastanje wěc, kotruž móžeš do ruki wzać? W tutej dźěłarni dźěći na "
            "tableće swójski přiwěšk za kluče wuhotuja, zhonja, kak 3D-ćišćer z plastikoweje "
            "nitki worštwu po worštwje předmjet twori, a wzaja swój wućišćany kruch sobu "
            "domoj.",
            "Dźěłamy w skupinach z najwjace dźesać dźěćimi; při kóždym ćišćerju pomha "
            "wobstaranica abo wobstaranik. Starši su přeprošeni, w poslednjej połhodźinje sej "
            "wuslědki wobhladać.",
        ],
        "outcomes": [
            "Jednoru formu na tableće wuhotować a popisać",
            "Rozjasnić, kak 3D-ćišćer worštwu po worštwje dźěła",
            "Ćišćenski nadawk přihotować a startować",
            "Wěsće z horcymi dźělemi a gratami wobchadźeć",
        ],
        "prerequisites": "Žane. Dźěći dyrbjeli jednore słowa čitać a pisać móc.",
        "notes": {
            "Bitte feste Schuhe tragen.": "Prošu nosće kruće črije.",
            "Ferienangebot, mit Frühstück.": "Prózdninski poskitk, ze snědanju.",
        },
    },
    "digital-fit-im-alter": {
        "slug": "digitalnje-fit-smartphone-a-tablet",
        "title": "Digitalnje fit: smartphone a tablet we wšědnym dnju",
        "teaser": "Bjez spěcha a w małej skupinje: powěsće pisać, fota pósłać, jězdne plany "
        "pytać a z wnučkami přez wideo rěčeć.",
        "description": [
            "Smartphone hižo dołho w šupladźe leži, ale prawje přećelić so z nim hišće "
            "njejsće? W tutym kursu we Wjacegeneraciskim domje w Lubiju zwučujeće na swójskim "
            "graće to, štož wšědny dźeń wosnadnja – bjez fachowych wurazow a tak husto, kaž "
            "chceće.",
            "Dwě trenarce a šulerki lubijskeho gymnazija pomhaja při blidach. Požčowanske "
            "graty su k dispoziciji, jeli hišće žadyn nimaće abo chceće jón před kupjenjom "
            "wupruwować.",
        ],
        "outcomes": [
            "Powěsće, fota a rěčne powěsće pósłać",
            "Wideozawołanje přiwzać a sam započeć",
            "Jězdne plany a wotewrjenske časy w interneće namakać",
            "Grat z PIN a aktualizacijemi wěsty dźeržeć",
        ],
        "prerequisites": "Žane. Přinjesće, jeli maće, swój smartphone abo tablet z "
        "ładowanskim kablom a přizjewjenskimi datami.",
        "notes": {
            "Fällt wegen Krankheit aus. Bitte wählen Sie einen anderen Termin.": (
                "Wupadnje dla chorosće. Prošu wubjerće sej druhi termin."
            ),
        },
    },
    "kleine-energieforscher": {
        "slug": "mali-energijowi-sledzerjo",
        "title": "Mali energijowi slědźerjo: prud ze słónca, wětra a citrony",
        "teaser": "Dźěći twarja citronowu elektrownju, mały wětrnik a solarne awto – a "
        "wuslědźa, zwotkel prud přińdźe.",
        "description": [
            "Zwotkel prud přińdźe a čehodla so pola Wojerec telko wětrnikow wjerći, hdźež so "
            "prjedy brunica wudobywaše? W Energijowej dźěłarni dźěći na tute prašenja ze "
            "swójskimi eksperimentami wotmołwy pytaja.",
            "Měrja napjatosć citronoweje baterije, pruwuja, z kajkimi łopaćemi so wětrnik "
            "najspěšnišo wjerći, a wubědźuja so ze swojimi solarnymi awtami. Jedna "
            "wobstaranica rěči tež serbsce; serbsce rěčace dźěći su wutrobnje witane.",
        ],
        "outcomes": [
            "Rozjasnić, zo prud z rozdźělnych žórłow pochadźa",
            "Jednory prudowy kruh twarić a napjatosć měrić",
            "Eksperimenty planować, wobkedźbować a wuslědki zapisać",
        ],
        "notes": {
            "Ferientermin in Bautzen.": "Prózdninski termin w Budyšinje.",
        },
    },
    "z-lupu-do-lesa": {
        "slug": "z-lupu-do-lesa",
        "title": "Z lupu do lěsa: přirodu wuslědźić němsce a serbsce",
        "teaser": "Z lupu, syćku a postajowanskimi kartkami při haće a na kromje lěsa: dźěći "
        "wotkryja zwěrjata a rostliny a nawuknu jich mjena w dwěmaj rěčomaj.",
        "description": [
            "Hornja Łužica je bohata na haty, hole a lěsy – a na słowa za nje w dwěmaj "
            "rěčomaj. W tutym kursu dźěći z wuknjenskeje dźěłarnje w Budyšinje do přirody "
            "wuńdu, kedźbliwje wódne insekty łója, štomy postajeja a spěw ptakow posłuchaja.",
            "Wobstaranicy rěča němsce a serbsce. Dźěći ze serbskich a Witaj-pěstowarnjow a "
            "šulow móža swoju rěč wonka nałožować; dźěći bjez serbskich znajomosćow nawuknu "
            "po puću prěnje mjena zwěrjatow a rostlin. Na kóncu kóžda skupina dwurěčny "
            "přirodowy plakat wuhotuje.",
        ],
        "outcomes": [
            "Husto přichadźace zwěrjata a rostliny při haće a na kromje lěsa spóznać",
            "Jich mjena němsce a serbsce pomjenować",
            "Z lupu a syćku kedźbliwje wobkedźbować, bjez toho zo bychu so zwěrjata škodźili",
            "Wobkedźbowanja rysować a wopisać",
        ],
        "prerequisites": "Žane. Prošu přinjesće drastu za kóžde wjedro a gumijowe škórnje.",
        "notes": {
            "Gummistiefel nicht vergessen!": "Njezabudźće gumijowe škórnje!",
        },
    },
    "erzaehlcafe-generationen": {
        "slug": "powedanska-kofejownja",
        "title": "Powědanska kofejownja: generacije wuknu jedna wot druheje",
        "teaser": "Wowki, dźědojo a wnučki sej powědaja, kak šula, hraće a dźěło něhdy a "
        "dźensa wupadaja – při tykancu a z fotami z wobeju časow.",
        "description": [
            "Kak bě, w Ochranowje do šule chodźić, jako hišće žane handyje njeběchu? A kak "
            "funguje hra, kotruž wnučki cyły dźeń hraja? W powědanskej kofejowni zetkawaja so "
            "starši ludźo a dźěći, zo bychu jedyn druheho posłuchali.",
            "Kóžde zetkanje ma swoju temu – šula, hrajki, swjedźenje, powołanja. Wobdźělnicy "
            "přinjesu fota a wěcy, dźěći najrjeńše stawizny w zhromadnej knize zapisaja. "
            "Njetrjebaće přiwuzni być: starši ludźo bjez wnučkow w bliskosći su wosebje "
            "witani.",
        ],
        "outcomes": [
            "Kedźbliwje posłuchać a so prašeć",
            "Dopomnjeća a dožiwjenja ze słowami a wobrazami wopisać",
            "Změnu wšědneho dnja a dźěła w regionje zrozumić",
        ],
        "notes": {
            "Thema: Schule früher und heute": "Tema: šula něhdy a dźensa",
            "Thema: Feste im Jahreslauf": "Tema: swjedźenje w běhu lěta",
        },
    },
    "sorbisch-fuer-einsteiger": {
        "slug": "serbscina-za-zapocatkarjow",
        "title": "Serbšćina za započatkarjow",
        "teaser": "Prěnje słowa hornjoserbšćiny za samostatne wuknjenje: postrowić, so "
        "předstajić, městna Łužicy serbsce pomjenować.",
        "description": [
            "Mjez Budyšinom, Kamjencom a Wojerecami zetkawaće hornjoserbšćinu na městnych "
            "taflach, w pěstowarnjach, šulach a we wšědnym dnju. Rěč je přiwuzna z pólšćinu a "
            "čěšćinu a ma wosebitosć, kotraž druhdźe skoro njeeksistuje: dual za runje dwě "
            "wěcy.",
            "Kurs je za tych, kotřiž serbšćinu hakle wuknu – a za serbskich staršich, "
            "přećelow a kolegow, kotřiž chcedźa jim při tym pomhać. W dwěmaj krótkimaj "
            "lekcijomaj nawuknjeće postrowy, jednore sady a serbske mjena městnow regiona.",
        ],
        "outcomes": [
            "Serbsce postrowić, so podźakować a so rozžohnować",
            "So z mjenom a bydlenjom předstajić",
            "Serbske mjena wažnych městnow Hornjeje Łužicy znać",
        ],
        "lessons": [
            lesson(
                "witajce",
                "Witajće! Postrowić a so předstajić",
                "Najwažniše wobroty za prěni kontakt.",
                text(
                    "Z tutymi wobrotami zmištrujeće kóžde prěnje zetkanje:",
                    [
                        "<i>Dobry dźeń!</i> – Guten Tag!",
                        "<i>Witajće!</i> – Willkommen!",
                        "<i>Kak so maš?</i> – Wie geht es dir?",
                        "<i>Rěkam Lena.</i> – Ich heiße Lena.",
                        "<i>Dźakuju so!</i> – Danke!",
                        "<i>Božemje!</i> – Auf Wiedersehen!",
                    ],
                    "Kaž w němčinje je dowěrliwe a zdwórliwe narěčenje: <i>ty</i> (du) a "
                    "<i>Wy</i> (Sie).",
                ),
                quiz(
                    "Krótka kontrola: postrowy",
                    question(
                        "Što rěka „Dźakuju so!“ po němsku?",
                        wrong("Guten Tag!"),
                        right("Danke!"),
                        wrong("Auf Wiedersehen!"),
                    ),
                    question(
                        "Kak so rozžohnujeće?",
                        right("Božemje!"),
                        wrong("Witajće!"),
                    ),
                ),
            ),
            lesson(
                "mestna-mjena",
                "Městna Łužicy serbsce",
                "Budyšin, Kamjenc, Wojerecy: region na dwurěčnych městnych taflach.",
                text(
                    "W serbskim sydlenskim rumje maja městne tafle dwě mjenje. Někotre snano "
                    "hižo znaće:",
                    [
                        "Bautzen – <i>Budyšin</i>",
                        "Kamenz – <i>Kamjenc</i>",
                        "Hoyerswerda – <i>Wojerecy</i>",
                        "Görlitz – <i>Zhorjelc</i>",
                        "Löbau – <i>Lubij</i>",
                    ],
                    "Tak prajiće, zwotkel sće: <i>Sym z Budyšina.</i> – Ich bin aus Bautzen.",
                ),
                quiz(
                    "Krótka kontrola: městna",
                    question(
                        "Kotre město rěka serbsce „Wojerecy“?",
                        wrong("Kamenz"),
                        right("Hoyerswerda"),
                        wrong("Weißwasser", "Weißwasser rěka serbsce Běła Woda."),
                    ),
                ),
            ),
        ],
    },
}
