"""Courses in the competence field education (German originals)."""

from .helpers import lesson, question, quiz, right, session, text, wrong

EDUCATION_COURSES = [
    {
        "slug": "z-lupu-do-lesa",
        "title": "Z lupu do lěsa: Natur erforschen auf Deutsch und Sorbisch",
        "teaser": "Mit Lupe, Kescher und Bestimmungskarten an Teich und Waldrand: Kinder "
        "entdecken Tiere und Pflanzen und lernen ihre Namen in zwei Sprachen.",
        "description": [
            "Die Oberlausitz ist reich an Teichen, Heide und Wald – und an Wörtern dafür in "
            "zwei Sprachen. In diesem Kurs gehen Kinder von der Lernwerkstatt in Bautzen aus "
            "hinaus in die Natur, fangen vorsichtig Wasserinsekten, bestimmen Bäume und hören "
            "auf Vogelstimmen.",
            "Die Betreuerinnen sprechen Deutsch und Sorbisch. Kinder aus sorbischen und "
            "Witaj-Kitas und Schulen können ihre Sprache draußen anwenden; Kinder ohne "
            "Sorbischkenntnisse lernen nebenbei die ersten Tier- und Pflanzennamen. Am Ende "
            "gestaltet jede Gruppe ein zweisprachiges Naturplakat.",
        ],
        "outcomes": [
            "Häufige Tiere und Pflanzen an Teich und Waldrand erkennen",
            "Ihre Namen auf Deutsch und Sorbisch nennen",
            "Mit Lupe und Kescher achtsam beobachten, ohne Tiere zu schädigen",
            "Beobachtungen zeichnen und beschreiben",
        ],
        "prerequisites": "Keine. Bitte wetterfeste Kleidung und Gummistiefel mitbringen.",
        "field": "education",
        "age_groups": ["children"],
        "format": "in_person",
        "duration": "3",
        "minimum_age": 6,
        "languages": ["de", "hsb"],
        "trainer": "trainer.anna",
        "sessions": [
            session(74, "14:00", "17:00", "bautzen", 14),
            session(18, "14:00", "17:00", "bautzen", 14, notes="Gummistiefel nicht vergessen!"),
            session(46, "09:30", "12:30", "bautzen", 14, notes="Gummistiefel nicht vergessen!"),
        ],
    },
    {
        "slug": "polnisch-fuer-nachbarn",
        "title": "Polnisch für Nachbarn: die ersten Schritte",
        "teaser": "Grüßen, einkaufen, nach dem Weg fragen: Polnisch für alle, die in Görlitz "
        "und Zgorzelec leben, arbeiten oder einkaufen.",
        "description": [
            "Görlitz und Zgorzelec sind eine Stadt an zwei Ufern. Wer ein paar Sätze Polnisch "
            "kann, kommt mit Nachbarn, Kolleginnen und Kundschaft ganz anders ins Gespräch.",
            "Zwei Online-Lektionen vermitteln Aussprache und die wichtigsten Wendungen. Beim "
            "Präsenztermin üben Sie mit polnischen Muttersprachlerinnen – und zum Abschluss "
            "gehen wir gemeinsam über die Altstadtbrücke auf einen Kaffee nach Zgorzelec.",
        ],
        "outcomes": [
            "Polnische Laute richtig aussprechen und lesen",
            "Sich vorstellen und einfache Fragen stellen",
            "Im Geschäft und im Café bestellen und bezahlen",
        ],
        "field": "education",
        "age_groups": ["adults", "seniors"],
        "format": "blended",
        "duration": "6",
        "languages": ["de", "pl"],
        "trainer": "trainer.jan",
        "sessions": [
            session(25, "17:00", "19:30", "goerlitz", 16, meetings=8, skip_weeks=[3]),
            session(60, "10:00", "12:30", "goerlitz", 16),
        ],
        "lessons": [
            lesson(
                "aussprache",
                "Aussprache: so klingt Polnisch",
                "Sz, cz, ł und ą – die Laute, die anders klingen als im Deutschen.",
                text(
                    "Polnisch wird fast immer so gesprochen, wie es geschrieben wird – wenn man "
                    "ein paar Regeln kennt:",
                    [
                        "<b>sz</b> klingt wie „sch“: <i>szkoła</i> (Schule)",
                        "<b>cz</b> klingt wie „tsch“: <i>czas</i> (Zeit)",
                        "<b>ł</b> klingt wie das englische „w“: <i>ładny</i> (hübsch)",
                        "<b>w</b> klingt wie das deutsche „w“: <i>woda</i> (Wasser)",
                    ],
                    "Die Betonung liegt fast immer auf der vorletzten Silbe: <i>Zgo-RZE-lec</i>.",
                ),
                quiz(
                    "Kurzer Check: Aussprache",
                    question(
                        "Wie spricht man das „ł“ in „ładny“?",
                        wrong("Wie ein deutsches „l“"),
                        right("Wie ein englisches „w“"),
                        wrong("Wie ein deutsches „w“"),
                    ),
                ),
            ),
            lesson(
                "erste-saetze",
                "Erste Sätze",
                "Begrüßen, sich vorstellen, bitten und danken.",
                text(
                    "Mit diesen Sätzen kommen Sie schon weit:",
                    [
                        "<i>Dzień dobry!</i> – Guten Tag!",
                        "<i>Mam na imię Katrin.</i> – Ich heiße Katrin.",
                        "<i>Poproszę kawę.</i> – Einen Kaffee, bitte.",
                        "<i>Dziękuję!</i> – Danke!",
                        "<i>Do widzenia!</i> – Auf Wiedersehen!",
                    ],
                ),
                quiz(
                    "Kurzer Check: erste Sätze",
                    question(
                        "Was sagen Sie, wenn Sie im Café einen Kaffee bestellen?",
                        right("Poproszę kawę."),
                        wrong("Do widzenia."),
                        wrong("Mam na imię kawa."),
                    ),
                ),
            ),
        ],
    },
    {
        "slug": "sousede-tschechisch-fuer-kinder",
        "title": "Sousedé – Nachbarn: Tschechisch spielerisch für Kinder",
        "teaser": "Lieder, Spiele und ein Besuch von Kindern aus Liberec: erste tschechische "
        "Wörter für Kinder im Dreiländereck.",
        "description": [
            "Von Zittau aus ist Tschechien nur wenige Minuten entfernt. In diesem Kurs lernen "
            "Kinder ihre Nachbarsprache so, wie Kinder am liebsten lernen: mit Liedern, "
            "Bewegungsspielen, Reimen und Basteln.",
            "Zu jedem Termin kommt eine Gruppe Kinder aus einer Partnerschule in Liberec dazu. "
            "So wird aus dem Sprachkurs ein Treffen mit neuen Freundinnen und Freunden.",
        ],
        "outcomes": [
            "Sich auf Tschechisch begrüßen und vorstellen",
            "Bis zehn zählen und Farben benennen",
            "Ein tschechisches Kinderlied mitsingen",
        ],
        "field": "education",
        "age_groups": ["children"],
        "format": "in_person",
        "duration": "2",
        "minimum_age": 6,
        "languages": ["de", "cs"],
        "trainer": "trainer.jan",
        "sessions": [
            session(10, "15:00", "17:00", "zittau", 20, meetings=10),
            session(38, "15:00", "17:00", "zittau", 20),
        ],
    },
    {
        "slug": "sorbisch-fuer-einsteiger",
        "title": "Serbšćina za započatkarjow: Sorbisch für Einsteiger",
        "teaser": "Die ersten Wörter der obersorbischen Sprache zum Selbstlernen: grüßen, sich "
        "vorstellen, Orte der Lausitz auf Sorbisch nennen.",
        "description": [
            "Zwischen Bautzen, Kamenz und Hoyerswerda begegnet Ihnen das Obersorbische auf "
            "Ortsschildern, in Kitas, Schulen und im Alltag. Die Sprache ist mit dem Polnischen "
            "und Tschechischen verwandt und hat eine Besonderheit, die es sonst kaum gibt: "
            "den Dual für genau zwei Dinge.",
            "In zwei kurzen Lektionen lernen Sie Begrüßungen, einfache Sätze und die sorbischen "
            "Namen der Orte der Region. Die Texte sind zweisprachig, die Übungen können Sie so "
            "oft wiederholen, wie Sie möchten.",
        ],
        "outcomes": [
            "Auf Sorbisch grüßen, sich bedanken und verabschieden",
            "Sich mit Namen und Wohnort vorstellen",
            "Die sorbischen Namen wichtiger Orte der Oberlausitz kennen",
        ],
        "field": "education",
        "age_groups": ["young-people", "adults", "seniors"],
        "format": "self_paced",
        "duration": "2",
        "languages": ["de", "hsb"],
        "trainer": "trainer.anna",
        "lessons": [
            lesson(
                "witajce",
                "Witajće! Begrüßen und vorstellen",
                "Die wichtigsten Wendungen für den ersten Kontakt.",
                text(
                    "Mit diesen Wendungen kommen Sie durch jede erste Begegnung:",
                    [
                        "<i>Dobry dźeń!</i> – Guten Tag!",
                        "<i>Witajće!</i> – Willkommen!",
                        "<i>Kak so maš?</i> – Wie geht es dir?",
                        "<i>Rěkam Lena.</i> – Ich heiße Lena.",
                        "<i>Dźakuju so!</i> – Danke!",
                        "<i>Božemje!</i> – Auf Wiedersehen!",
                    ],
                    "Wie im Deutschen gibt es eine vertraute und eine höfliche Anrede: "
                    "<i>ty</i> (du) und <i>Wy</i> (Sie).",
                ),
                quiz(
                    "Kurzer Check: Begrüßung",
                    question(
                        "Was bedeutet „Dźakuju so!“?",
                        wrong("Guten Tag!"),
                        right("Danke!"),
                        wrong("Auf Wiedersehen!"),
                    ),
                    question(
                        "Wie verabschieden Sie sich?",
                        right("Božemje!"),
                        wrong("Witajće!"),
                    ),
                ),
            ),
            lesson(
                "mestna-mjena",
                "Orte der Lausitz auf Sorbisch",
                "Budyšin, Kamjenc, Wojerecy: die Region auf zweisprachigen Ortsschildern.",
                text(
                    "Im sorbischen Siedlungsgebiet tragen Ortsschilder zwei Namen. Einige "
                    "kennen Sie vielleicht schon:",
                    [
                        "Bautzen – <i>Budyšin</i>",
                        "Kamenz – <i>Kamjenc</i>",
                        "Hoyerswerda – <i>Wojerecy</i>",
                        "Görlitz – <i>Zhorjelc</i>",
                        "Löbau – <i>Lubij</i>",
                    ],
                    "So sagen Sie, woher Sie kommen: <i>Sym z Budyšina.</i> – Ich bin aus Bautzen.",
                ),
                quiz(
                    "Kurzer Check: Ortsnamen",
                    question(
                        "Welcher Ort heißt auf Sorbisch „Wojerecy“?",
                        wrong("Kamenz"),
                        right("Hoyerswerda"),
                        wrong("Weißwasser", "Weißwasser heißt Běła Woda."),
                    ),
                ),
            ),
        ],
    },
    {
        "slug": "lernbegleitung-in-der-ausbildung",
        "title": "Lernbegleitung in der Ausbildung: Azubis gut unterstützen",
        "teaser": "Für Ausbilderinnen und Ausbilder in kleinen Betrieben: wie Sie Lernen "
        "begleiten, Feedback geben und Ausbildungsabbrüche verhindern.",
        "description": [
            "Jeder Ausbildungsplatz, der vorzeitig endet, ist für Betrieb und Jugendliche ein "
            "Verlust. Häufig liegen die Gründe nicht in der Fachlichkeit, sondern in der "
            "Begleitung: unklare Erwartungen, fehlendes Feedback, Probleme außerhalb des "
            "Betriebs.",
            "Der Kurs verbindet zwei Online-Lektionen mit einem Präsenztag in Kamenz, an dem "
            "Sie Gesprächssituationen üben. Er richtet sich an Fachkräfte, die neben ihrer "
            "eigentlichen Arbeit ausbilden, und an alle, die es werden wollen. Er ersetzt "
            "nicht die Ausbildereignungsprüfung, ergänzt sie aber praxisnah.",
        ],
        "outcomes": [
            "Lernziele für Ausbildungsabschnitte verständlich formulieren",
            "Wirksames Feedback geben und annehmen",
            "Warnsignale für einen drohenden Abbruch erkennen",
            "Unterstützungsangebote in der Region vermitteln",
        ],
        "prerequisites": "Erfahrung im eigenen Beruf; Ausbildungserfahrung ist nicht nötig.",
        "field": "education",
        "age_groups": ["adults"],
        "format": "blended",
        "duration": "10",
        "fee": "150",
        "certificate": True,
        "languages": ["de"],
        "trainer": "trainer.anna",
        "trainers": ["trainer.anna", "trainer.jan"],
        "sessions": [
            session(33, "09:00", "16:00", "kamenz", 16, booking_deadline_days=7),
        ],
        "lessons": [
            lesson(
                "lernziele-formulieren",
                "Lernziele formulieren",
                "Was soll die oder der Auszubildende am Ende der Woche können?",
                text(
                    "Gute Lernziele beschreiben ein beobachtbares Verhalten: nicht „kennt die "
                    "Drehmaschine“, sondern „spannt ein Werkstück sicher ein und dreht einen "
                    "Absatz nach Zeichnung“.",
                    "Besprechen Sie Lernziele zu Beginn eines Abschnitts und prüfen Sie sie am "
                    "Ende gemeinsam. So wissen beide Seiten, woran sie sind.",
                ),
                quiz(
                    "Kurzer Check: Lernziele",
                    question(
                        "Welches Lernziel ist gut formuliert?",
                        wrong("Versteht die Buchhaltung"),
                        right("Erfasst eine Eingangsrechnung vollständig im Programm"),
                        wrong("Lernt alles über Rechnungen"),
                    ),
                ),
            ),
            lesson(
                "feedback-geben",
                "Feedback, das ankommt",
                "Konkret, zeitnah und respektvoll: so wird Rückmeldung zur Lernhilfe.",
                text(
                    "Wirksames Feedback beschreibt eine konkrete Situation, ihre Wirkung und "
                    "einen Vorschlag für das nächste Mal. Geben Sie es zeitnah und unter vier "
                    "Augen – Lob darf gern vor anderen ausgesprochen werden.",
                    "Fragen Sie auch nach: Wie hat die Auszubildende die Situation erlebt? Oft "
                    "zeigen sich erst im Gespräch die eigentlichen Hürden.",
                ),
            ),
        ],
    },
    {
        "slug": "technik-tag-fuer-maedchen",
        "title": "Technik-Tag für Mädchen: Löten, Programmieren, Konstruieren",
        "teaser": "Einen Tag lang ausprobieren, was in technischen Berufen steckt – mit "
        "Ingenieurinnen, Mechatronikerinnen und Studentinnen aus der Region.",
        "description": [
            "In technischen Berufen der Oberlausitz arbeiten noch immer wenige Frauen – nicht, "
            "weil Mädchen weniger Talent hätten, sondern weil sie seltener die Gelegenheit zum "
            "Ausprobieren bekommen. Das ändern wir an diesem Tag.",
            "An drei Stationen lötet ihr ein blinkendes Namensschild, programmiert einen "
            "kleinen Roboter und konstruiert am Computer ein Teil für den 3D-Drucker. Beim "
            "Mittagessen erzählen Frauen aus Betrieben und der Hochschule von ihrem Weg – "
            "ehrlich, auch mit den Umwegen.",
        ],
        "outcomes": [
            "Eine einfache Schaltung sicher löten",
            "Einen Roboter mit Blöcken programmieren",
            "Technische Ausbildungs- und Studienwege in der Region kennen",
        ],
        "field": "education",
        "age_groups": ["young-people"],
        "format": "in_person",
        "duration": "6",
        "minimum_age": 12,
        "languages": ["de"],
        "trainer": "trainer.anna",
        "trainers": ["trainer.anna", "trainer.jan"],
        "sessions": [
            session(22, "09:00", "15:00", "weisswasser", 18),
            session(92, "09:00", "15:00", "zittau", 18),
        ],
        "notes": ["Mittagessen inklusive."],
    },
    {
        "slug": "berufe-zum-anfassen",
        "title": "Berufe zum Anfassen: Werkstatttage zur Orientierung",
        "teaser": "Elektronik, Holz, Metall, Pflege und Labor: an fünf Stationen echte "
        "Aufgaben aus Ausbildungsberufen der Region ausprobieren.",
        "description": [
            "Was macht eigentlich eine Mechatronikerin, ein Chemielaborant oder eine "
            "Pflegefachkraft den ganzen Tag? Statt Broschüren zu lesen, probiert ihr es aus: "
            "An jeder Station löst ihr eine typische Aufgabe, begleitet von Auszubildenden aus "
            "Betrieben in Hoyerswerda und Umgebung.",
            "Am Ende bekommt ihr eine Übersicht über freie Praktikums- und Ausbildungsplätze. "
            "Schulen können ganze Klassen anmelden; Lehrkräfte erhalten vorab Material zur "
            "Vor- und Nachbereitung.",
        ],
        "outcomes": [
            "Fünf Ausbildungsberufe praktisch kennenlernen",
            "Eigene Stärken und Interessen besser einschätzen",
            "Kontakte für Praktika in der Region knüpfen",
        ],
        "field": "education",
        "age_groups": ["young-people"],
        "format": "in_person",
        "duration": "5",
        "minimum_age": 13,
        "languages": ["de"],
        "trainer": "trainer.jan",
        "sessions": [
            session(29, "08:00", "13:00", "hoyerswerda", 30, booking_deadline_days=7),
            session(57, "08:00", "13:00", "hoyerswerda", 30, booking_deadline_days=7),
        ],
    },
    {
        "slug": "erzaehlcafe-generationen",
        "title": "Erzählcafé: Generationen lernen voneinander",
        "teaser": "Großeltern und Enkel erzählen einander, wie Schule, Spielen und Arbeiten "
        "früher und heute aussehen – bei Kuchen und mit Fotos aus beiden Zeiten.",
        "description": [
            "Wie war es, in Herrnhut zur Schule zu gehen, als es noch keine Handys gab? Und wie "
            "funktioniert eigentlich das Spiel, das die Enkel den ganzen Tag spielen? Im "
            "Erzählcafé treffen sich Ältere und Kinder, um einander zuzuhören.",
            "Jedes Treffen hat ein Thema – Schule, Spielzeug, Feste, Berufe. Die Teilnehmenden "
            "bringen Fotos und Gegenstände mit, die Kinder halten die schönsten Geschichten in "
            "einem gemeinsamen Buch fest. Sie müssen nicht miteinander verwandt sein: Ältere "
            "ohne Enkel in der Nähe sind besonders willkommen.",
        ],
        "outcomes": [
            "Einander aufmerksam zuhören und nachfragen",
            "Erinnerungen und Erlebnisse in Worte und Bilder fassen",
            "Den Wandel von Alltag und Arbeit in der Region nachvollziehen",
        ],
        "field": "education",
        "age_groups": ["children", "seniors"],
        "format": "in_person",
        "duration": "2",
        "languages": ["de"],
        "trainer": "trainer.anna",
        "sessions": [
            session(14, "15:00", "17:00", "herrnhut", 24, notes="Thema: Schule früher und heute"),
            session(49, "15:00", "17:00", "herrnhut", 24, notes="Thema: Feste im Jahreslauf"),
        ],
    },
    {
        "slug": "deutsch-im-beruf",
        "title": "Deutsch im Beruf für internationale Fachkräfte",
        "teaser": "Berufsbezogenes Deutsch für Pflege, Technik und Handwerk: Online-Lektionen "
        "zum Selbstlernen und Gesprächstraining in Görlitz.",
        "description": [
            "Viele Betriebe in der Oberlausitz beschäftigen Fachkräfte aus dem Ausland – aus "
            "Polen und Tschechien ebenso wie aus der Ukraine, Indien oder Vietnam. Fachlich sind "
            "sie oft bestens qualifiziert; die Sprache im Arbeitsalltag ist die größte Hürde.",
            "Der Kurs trainiert genau die Situationen, die jeden Tag vorkommen: Übergaben, "
            "Telefonate, Sicherheitsunterweisungen, Gespräche mit Kundschaft. Erklärungen gibt "
            "es auf Englisch und Ukrainisch. Beim Präsenztermin in Görlitz üben Sie in "
            "Rollenspielen mit Muttersprachlerinnen.",
        ],
        "outcomes": [
            "Eine Schichtübergabe klar und vollständig formulieren",
            "Telefonate mit Kundschaft und Kollegen führen",
            "Sicherheitsanweisungen verstehen und nachfragen",
            "Typische Redewendungen der Region verstehen",
        ],
        "prerequisites": "Deutschkenntnisse etwa auf Niveau A2.",
        "field": "education",
        "age_groups": ["adults"],
        "format": "blended",
        "duration": "12",
        "certificate": True,
        "minimum_age": 18,
        "languages": ["de", "en", "uk"],
        "trainer": "trainer.jan",
        "sessions": [
            session(35, "17:00", "20:00", "koenigshufen", 14, meetings=10, weekdays=[0, 2]),
            session(63, "17:00", "20:00", "koenigshufen", 14),
        ],
        "lessons": [
            lesson(
                "die-uebergabe",
                "Die Übergabe",
                "Was die nächste Schicht wissen muss – kurz, vollständig, verständlich.",
                text(
                    "Eine gute Übergabe folgt einer festen Reihenfolge: Was ist passiert? Was "
                    "ist noch offen? Worauf muss die nächste Schicht achten?",
                    [
                        "<i>Maschine 3 ist seit 14 Uhr wieder in Betrieb.</i>",
                        "<i>Der Auftrag für Firma Lange ist noch nicht fertig.</i>",
                        "<i>Bitte den Druck im Kessel um 22 Uhr prüfen.</i>",
                    ],
                ),
                quiz(
                    "Kurzer Check: Übergabe",
                    question(
                        "Welcher Satz gehört zu „Was ist noch offen?“",
                        wrong("Maschine 3 ist seit 14 Uhr wieder in Betrieb."),
                        right("Der Auftrag für Firma Lange ist noch nicht fertig."),
                    ),
                ),
            ),
            lesson(
                "am-telefon",
                "Am Telefon",
                "Sich melden, nachfragen, eine Nachricht aufnehmen.",
                text(
                    "Am Telefon fehlen Gestik und Mimik – deshalb ist Nachfragen ausdrücklich "
                    "erwünscht:",
                    [
                        "<i>Könnten Sie das bitte wiederholen?</i>",
                        "<i>Wie schreibt man Ihren Namen?</i>",
                        "<i>Ich gebe das an meine Kollegin weiter.</i>",
                    ],
                ),
            ),
            lesson(
                "sicherheit",
                "Sicherheit am Arbeitsplatz",
                "Anweisungen verstehen, Gefahren melden, im Notfall richtig handeln.",
                text(
                    "Sicherheitsanweisungen verwenden oft die Befehlsform: <i>Schutzbrille "
                    "tragen! Nicht berühren! Notausschalter drücken!</i>",
                    "Wenn Sie etwas nicht verstehen, fragen Sie immer nach, bevor Sie "
                    "beginnen. Das ist kein Zeichen von Schwäche, sondern von Professionalität.",
                ),
                quiz(
                    "Kurzer Check: Sicherheit",
                    question(
                        "Sie verstehen eine Sicherheitsanweisung nicht. Was tun Sie?",
                        wrong("Einfach anfangen und die anderen beobachten"),
                        right("Vor Beginn nachfragen"),
                        wrong("Die Aufgabe auslassen, ohne etwas zu sagen"),
                    ),
                ),
            ),
        ],
    },
]
