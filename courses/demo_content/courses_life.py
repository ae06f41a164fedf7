"""Courses in the competence field life (German originals)."""

from .helpers import lesson, question, quiz, right, session, text, wrong

LIFE_COURSES = [
    {
        "slug": "digital-fit-im-alter",
        "title": "Digital fit: Smartphone und Tablet im Alltag",
        "teaser": "In Ruhe und in kleiner Runde: Nachrichten schreiben, Fotos verschicken, "
        "Busfahrpläne nachschlagen und mit den Enkeln per Video sprechen.",
        "description": [
            "Das Smartphone liegt längst in der Schublade, aber so richtig warm geworden sind Sie "
            "damit noch nicht? In diesem Kurs im Mehrgenerationenhaus Löbau üben Sie mit Ihrem "
            "eigenen Gerät die Dinge, die den Alltag leichter machen – ohne Fachchinesisch und "
            "mit so vielen Wiederholungen, wie Sie möchten.",
            "Zwei Trainerinnen und Schülerinnen des Löbauer Gymnasiums helfen an den Tischen. "
            "Leihgeräte sind vorhanden, falls Sie noch keines besitzen oder vor dem Kauf "
            "ausprobieren wollen.",
        ],
        "outcomes": [
            "Nachrichten, Fotos und Sprachnachrichten verschicken",
            "Einen Videoanruf annehmen und selbst beginnen",
            "Fahrpläne und Öffnungszeiten im Internet finden",
            "Das Gerät mit PIN und Updates sicher halten",
        ],
        "prerequisites": "Keine. Bringen Sie, wenn vorhanden, Ihr Smartphone oder Tablet samt "
        "Ladekabel und die Zugangsdaten mit.",
        "field": "life",
        "age_groups": ["seniors"],
        "format": "in_person",
        "duration": "2",
        "languages": ["de"],
        "trainer": "trainer.anna",
        "sessions": [
            session(5, "10:00", "12:00", "loebau", 10),
            session(
                12,
                "10:00",
                "12:00",
                "loebau",
                10,
                cancelled=True,
                notes="Fällt wegen Krankheit aus. Bitte wählen Sie einen anderen Termin.",
            ),
            session(40, "10:00", "12:00", "loebau", 10, meetings=6),
            session(68, "14:00", "16:00", "loebau", 10),
        ],
    },
    {
        "slug": "repair-cafe-herrnhut",
        "title": "Repair-Café: Reparieren statt wegwerfen",
        "teaser": "Toaster, Fahrrad, Lieblingshose: Gemeinsam mit Ehrenamtlichen reparieren Sie "
        "Ihre kaputten Dinge selbst – und lernen dabei eine Menge.",
        "description": [
            "Im Repair-Café Herrnhut treffen sich einmal im Monat Menschen, die lieber reparieren "
            "als neu kaufen. Elektrikerinnen, Schneider, Fahrradbastler und Tüftlerinnen im "
            "Ruhestand zeigen Ihnen, wie Sie Ihr Gerät öffnen, den Fehler finden und ihn – wenn "
            "möglich – beheben.",
            "Jung und Alt lernen hier voneinander: Jugendliche helfen bei Smartphones, Ältere "
            "wissen, wie man eine Nähmaschine einstellt. Kaffee und Kuchen gibt es gegen Spende, "
            "tschechische Nachbarn aus Varnsdorf sind regelmäßig dabei.",
        ],
        "outcomes": [
            "Ein Gerät sicher öffnen und typische Fehler eingrenzen",
            "Einfache Reparaturen an Elektrogeräten, Textilien und Fahrrädern ausführen",
            "Einschätzen, wann sich eine Reparatur lohnt",
        ],
        "prerequisites": "Bringen Sie Ihren defekten Gegenstand mit. Elektrogeräte nur, wenn "
        "sie tragbar sind; Ersatzteile bitte, falls möglich, selbst besorgen.",
        "field": "life",
        "age_groups": ["young-people", "adults", "seniors"],
        "format": "in_person",
        "duration": "3",
        "languages": ["de", "cs"],
        "trainer": "trainer.anna",
        "trainers": ["trainer.anna", "trainer.jan"],
        "sessions": [
            session(-5, "14:00", "17:00", "herrnhut", 25),
            session(26, "14:00", "17:00", "herrnhut", 25),
            session(54, "14:00", "17:00", "herrnhut", 25),
        ],
    },
    {
        "slug": "familienfreundlich-arbeiten",
        "title": "Familienfreundlich arbeiten: Werkzeuge für Arbeitgeber",
        "teaser": "Wie kleine und mittlere Betriebe mit flexiblen Arbeitszeiten, Pflegezeiten "
        "und guter Kommunikation Fachkräfte gewinnen und halten.",
        "description": [
            "Fachkräfte entscheiden sich zunehmend für den Arbeitgeber, bei dem Beruf und "
            "Familie zusammenpassen. Das gilt für junge Eltern ebenso wie für Beschäftigte, die "
            "Angehörige pflegen oder aus dem Westen in die Oberlausitz zurückkehren wollen.",
            "In diesem Workshop lernen Personalverantwortliche und Inhaber, welche Maßnahmen "
            "auch in einem Betrieb mit 20 Beschäftigten umsetzbar sind: Schichtmodelle mit "
            "Wahlmöglichkeiten, Teilzeit in Führung, Notfallbetreuung, Pflege-Lotsen. Zwei "
            "Unternehmen aus dem Landkreis Görlitz berichten aus ihrer Praxis.",
        ],
        "outcomes": [
            "Den Bedarf der eigenen Belegschaft mit einer Kurzbefragung erheben",
            "Geeignete Arbeitszeitmodelle für Schichtbetrieb und Büro auswählen",
            "Gesetzliche Ansprüche bei Elternzeit und Pflege kennen",
            "Einen Maßnahmenplan für die nächsten zwölf Monate entwerfen",
        ],
        "prerequisites": "Für Inhaberinnen, Geschäftsführer, Personalverantwortliche und "
        "Betriebsräte.",
        "field": "life",
        "age_groups": ["adults"],
        "format": "in_person",
        "duration": "4",
        "fee": "120",
        "certificate": True,
        "languages": ["de"],
        "trainer": "trainer.anna",
        "sessions": [
            session(21, "13:00", "17:00", "goerlitz", 20, booking_deadline_days=7),
            session(77, "09:00", "13:00", "kamenz", 20, booking_deadline_days=7),
        ],
    },
    {
        "slug": "zurueck-in-die-oberlausitz",
        "title": "Zurück in die Oberlausitz: Rückkehr planen",
        "teaser": "Sie leben in Dresden, München oder im Ausland und denken an eine Rückkehr? "
        "Drei Online-Lektionen zu Arbeit, Wohnen und Ankommen.",
        "description": [
            "Jedes Jahr kehren Menschen in die Oberlausitz zurück – wegen der Familie, wegen "
            "bezahlbarer Häuser, wegen der Landschaft. Damit der Schritt gelingt, lohnt sich "
            "eine gute Vorbereitung.",
            "Der Kurs führt Sie durch die wichtigsten Fragen: Wo finde ich eine passende Stelle "
            "oder gründe selbst? Wie finde ich Wohnraum und einen Kitaplatz? Welche Netzwerke "
            "helfen beim Ankommen? Die Inhalte gibt es auf Deutsch und Englisch, damit auch "
            "Partnerinnen und Partner aus dem Ausland mitlesen können.",
        ],
        "outcomes": [
            "Regionale Stellenbörsen und Rückkehrinitiativen nutzen",
            "Kosten für Wohnen und Leben realistisch vergleichen",
            "Einen persönlichen Zeitplan für die Rückkehr aufstellen",
        ],
        "field": "life",
        "age_groups": ["adults"],
        "format": "self_paced",
        "duration": "3",
        "languages": ["de", "en"],
        "trainer": "trainer.anna",
        "lessons": [
            lesson(
                "arbeit-finden",
                "Arbeit finden oder schaffen",
                "Wo offene Stellen stehen und wer bei der Gründung hilft.",
                text(
                    "Viele Stellen in der Region werden nie auf großen Portalen "
                    "ausgeschrieben. Suchen Sie deshalb auch hier:",
                    [
                        "bei den regionalen Rückkehrinitiativen und ihren Stellenbörsen,",
                        "auf den Karriereseiten der Unternehmen, die Sie interessieren,",
                        "über Kammern, Hochschule und Netzwerke wie Alumni-Gruppen.",
                    ],
                    "Wer selbst gründen will, findet Beratung bei der Wirtschaftsförderung und "
                    "in den Gründerwerkstätten in Görlitz und Zittau.",
                ),
            ),
            lesson(
                "wohnen-und-familie",
                "Wohnen, Kita und Schule",
                "Bezahlbarer Wohnraum, Betreuungsplätze und Schulen in Stadt und Dorf.",
                text(
                    "Wohnen ist in der Oberlausitz deutlich günstiger als in Großstädten, aber "
                    "nicht jedes Haus ist sofort bezugsfertig. Rechnen Sie Sanierungskosten "
                    "ehrlich ein und fragen Sie bei der Gemeinde nach Förderprogrammen.",
                    "Kitaplätze vergeben die Gemeinden. Melden Sie Ihren Bedarf früh an – in "
                    "vielen Orten gibt es zweisprachige deutsch-sorbische Einrichtungen.",
                ),
            ),
            lesson(
                "ankommen",
                "Ankommen und dazugehören",
                "Vereine, Nachbarschaft und Netzwerke für Rückkehrende.",
                text(
                    "Ankommen heißt, Menschen kennenzulernen. Vereine, Feuerwehr, Chor oder "
                    "Sportgruppe sind in kleinen Orten die schnellsten Türöffner.",
                    "Rückkehrerstammtische gibt es in mehreren Städten der Region – dort treffen "
                    "Sie Menschen, die den gleichen Schritt schon gemacht haben.",
                ),
                quiz(
                    "Kurzer Check: Rückkehr",
                    question(
                        "Wo werden viele Stellen in der Region veröffentlicht?",
                        wrong("Nur in überregionalen Jobportalen"),
                        right(
                            "Auch auf Firmenseiten und bei regionalen Initiativen",
                            "Genau, viele Stellen stehen nie in großen Portalen.",
                        ),
                    ),
                ),
            ),
        ],
    },
    {
        "slug": "digitales-dorf",
        "title": "Digitales Dorf: Online-Dienste für Gemeinde und Verein",
        "teaser": "Vereinskalender, Mitfahrbank per App, digitale Ortschronik: wie kleine Orte "
        "Digitalisierung für sich nutzen.",
        "description": [
            "In vielen Dörfern rund um Kamenz tragen Ehrenamtliche das Gemeindeleben – oft mit "
            "Zetteln am Aushang und langen Telefonketten. Digitale Werkzeuge können entlasten, "
            "wenn sie einfach, kostenlos und datensparsam sind.",
            "Der Kurs stellt erprobte Lösungen vor: gemeinsame Kalender, Messenger-Gruppen mit "
            "klaren Regeln, Buchung des Gemeindesaals, Dorf-Apps und offene Karten. Sie probieren "
            "alles selbst aus und gehen mit einem Plan für Ihren Ort nach Hause.",
        ],
        "outcomes": [
            "Passende digitale Werkzeuge für Verein und Gemeinde auswählen",
            "Einen gemeinsamen Kalender einrichten und pflegen",
            "Datenschutz im Ehrenamt einfach und richtig umsetzen",
            "Ältere Menschen im Ort beim Mitmachen unterstützen",
        ],
        "prerequisites": "Ein eigenes Smartphone oder Laptop ist hilfreich.",
        "field": "life",
        "age_groups": ["adults", "seniors"],
        "format": "in_person",
        "duration": "4",
        "languages": ["de"],
        "trainer": "trainer.anna",
        "sessions": [
            session(34, "17:00", "21:00", "kamenz", 18),
            session(97, "09:00", "13:00", "kamenz", 18),
        ],
    },
    {
        "slug": "sicher-im-netz",
        "title": "Sicher im Netz: Betrug erkennen und vermeiden",
        "teaser": "Falsche Paketnachrichten, Enkeltrick per Messenger, gefälschte Bankseiten: "
        "drei kurze Lektionen, die vor den häufigsten Maschen schützen.",
        "description": [
            "Betrügerinnen und Betrüger nutzen gezielt Hilfsbereitschaft und Zeitdruck aus. Wer "
            "die typischen Muster kennt, fällt viel seltener darauf herein.",
            "Die Lektionen sind in großer Schrift gestaltet und lassen sich am Tablet oder am "
            "Computer in Ruhe durcharbeiten. Am Ende jeder Lektion prüfen Sie Ihr Wissen mit "
            "einigen Fragen – so oft Sie möchten.",
        ],
        "outcomes": [
            "Gefälschte Nachrichten und Internetseiten erkennen",
            "Sichere Passwörter anlegen und verwalten",
            "Richtig reagieren, wenn doch etwas passiert ist",
        ],
        "field": "life",
        "age_groups": ["seniors"],
        "format": "self_paced",
        "duration": "2",
        "languages": ["de"],
        "trainer": "trainer.anna",
        "lessons": [
            lesson(
                "falsche-nachrichten",
                "Falsche Nachrichten erkennen",
                "Woran Sie betrügerische SMS, E-Mails und Messenger-Nachrichten erkennen.",
                text(
                    "Betrügerische Nachrichten haben oft dieselben Merkmale:",
                    [
                        "Sie erzeugen Druck: „Ihr Konto wird heute gesperrt.“",
                        "Sie kommen unerwartet, etwa eine Paketnachricht ohne Bestellung.",
                        "Sie enthalten einen Link oder fragen nach PIN und Passwort.",
                        "Eine angeblich bekannte Person schreibt von einer neuen Nummer.",
                    ],
                    "Ihre Bank fragt niemals per Nachricht nach Ihrer PIN. Im Zweifel rufen "
                    "Sie die bekannte Nummer an – nicht die aus der Nachricht.",
                ),
                quiz(
                    "Ihr Wissen: Nachrichten",
                    question(
                        "Ihr „Enkel“ schreibt von einer neuen Nummer und braucht dringend Geld. "
                        "Was tun Sie?",
                        wrong("Sofort überweisen, es ist ja dringend"),
                        right(
                            "Den Enkel unter der alten, bekannten Nummer anrufen",
                            "Richtig. So klären Sie schnell, ob die Nachricht echt ist.",
                        ),
                        wrong("Die neue Nummer zurückrufen und nachfragen"),
                    ),
                ),
            ),
            lesson(
                "gute-passwoerter",
                "Gute Passwörter",
                "Lange Sätze statt kurzer Codes – und für jedes Konto ein eigenes Passwort.",
                text(
                    "Ein gutes Passwort ist lang, nicht kompliziert. Ein Satz aus vier oder "
                    "fünf Wörtern, die nur Sie verbinden, ist sicherer als „Hans1955!“.",
                    "Verwenden Sie für jedes Konto ein eigenes Passwort. Ein Passwortmanager "
                    "oder ein sicher verwahrtes Notizbuch hilft beim Merken.",
                ),
                quiz(
                    "Ihr Wissen: Passwörter",
                    question(
                        "Welches Passwort ist am sichersten?",
                        wrong("Löbau2024"),
                        wrong("Hans1955!"),
                        right("Kater Moritz frühstückt gern am Stausee"),
                    ),
                ),
            ),
            lesson(
                "wenn-es-passiert-ist",
                "Wenn doch etwas passiert ist",
                "Konto sperren, Anzeige erstatten, Hilfe holen – ohne Scham.",
                text(
                    "Betrug kann alle treffen. Wichtig ist, schnell zu handeln:",
                    [
                        "Rufen Sie sofort Ihre Bank an und lassen Sie Karte oder Konto sperren.",
                        "Ändern Sie die Passwörter der betroffenen Konten.",
                        "Erstatten Sie Anzeige bei der Polizei, auch online.",
                        "Sprechen Sie mit einer Vertrauensperson – Sie sind nicht allein.",
                    ],
                ),
            ),
        ],
    },
    {
        "slug": "arbeiten-ueber-die-grenze",
        "title": "Arbeiten über die Grenze: Pendeln im Dreiländereck",
        "teaser": "Steuern, Krankenversicherung, Rente: was Beschäftigte wissen müssen, die "
        "zwischen Sachsen, Polen und Tschechien pendeln.",
        "description": [
            "Tausende Menschen überqueren jeden Tag die Neiße oder die Grenze nach Tschechien, "
            "um zur Arbeit zu fahren. Wer in einem Land wohnt und im anderen arbeitet, hat "
            "besondere Fragen: Wo zahle ich Steuern? Welche Krankenkasse ist zuständig? Wie "
            "wird meine Rente berechnet?",
            "Beraterinnen der grenzüberschreitenden Arbeitsvermittlung beantworten diese Fragen "
            "auf Deutsch, Polnisch und Tschechisch. Bringen Sie Ihre eigenen Fragen mit – nach "
            "dem Vortrag ist Zeit für Einzelgespräche.",
        ],
        "outcomes": [
            "Die Grundregeln der Besteuerung von Grenzgängern kennen",
            "Zuständige Kranken- und Rentenversicherung bestimmen",
            "Anerkennung von Berufsabschlüssen beantragen",
            "Beratungsstellen auf beiden Seiten der Grenze kennen",
        ],
        "field": "life",
        "age_groups": ["adults"],
        "format": "in_person",
        "duration": "3",
        "languages": ["de", "pl", "cs"],
        "trainer": "trainer.jan",
        "trainers": ["trainer.jan", "trainer.anna"],
        "sessions": [
            session(17, "17:30", "20:30", "zittau", 30, meetings=4, every=2),
            session(59, "17:30", "20:30", "goerlitz", 30),
        ],
    },
    {
        "slug": "stadtdetektive-hoyerswerda",
        "title": "Stadtdetektive: Kinder planen ihre Stadt",
        "teaser": "Mit Kamera, Stadtplan und Notizbuch erkunden Kinder Hoyerswerda und bauen "
        "ein Modell davon, wie ihre Stadt in Zukunft aussehen soll.",
        "description": [
            "Wo spielen Kinder am liebsten, wo fühlen sie sich unsicher, was fehlt im Viertel? "
            "Als Stadtdetektive ziehen die Kinder in kleinen Teams los, fotografieren, befragen "
            "Passanten und markieren ihre Entdeckungen auf einer großen Karte.",
            "Zurück in der Werkstatt bauen sie aus Karton, Holz und Recyclingmaterial ein Modell "
            "ihres Wunschviertels. Die Ergebnisse stellen wir im Rathaus aus – die "
            "Stadtverwaltung hat versprochen, sich die Ideen genau anzusehen.",
        ],
        "outcomes": [
            "Die eigene Umgebung genau beobachten und beschreiben",
            "Eine Karte lesen und eigene Entdeckungen eintragen",
            "Ideen im Team entwickeln und als Modell bauen",
        ],
        "field": "life",
        "age_groups": ["children"],
        "format": "in_person",
        "duration": "3",
        "minimum_age": 8,
        "languages": ["de"],
        "trainer": "trainer.anna",
        "sessions": [
            session(24, "14:00", "17:00", "hoyerswerda", 15),
            session(52, "14:00", "17:00", "hoyerswerda", 15),
        ],
        "notes": ["Wetterfeste Kleidung!"],
    },
    {
        "slug": "erste-eigene-wohnung",
        "title": "Die erste eigene Wohnung: Geld, Verträge, Alltag",
        "teaser": "Mietvertrag, Kaution, Stromanbieter und Haushaltsbudget: zwei Online-Lektionen "
        "und ein Praxisnachmittag für alle, die bald ausziehen.",
        "description": [
            "Mit der Ausbildung oder dem Studium kommt oft die erste eigene Wohnung – und mit ihr "
            "viele Fragen, die in der Schule selten vorkommen. Was steht in einem Mietvertrag? "
            "Wie viel darf die Wohnung kosten? Welche Versicherungen braucht man wirklich?",
            "In zwei kurzen Online-Lektionen lernt ihr die Grundlagen. Beim Praxisnachmittag in "
            "Bautzen rechnet ihr mit echten Wohnungsangeboten aus der Region und lest einen "
            "Mietvertrag mit einer Fachfrau der Verbraucherzentrale.",
        ],
        "outcomes": [
            "Ein monatliches Haushaltsbudget aufstellen",
            "Die wichtigsten Punkte eines Mietvertrags prüfen",
            "Notwendige von überflüssigen Versicherungen unterscheiden",
        ],
        "field": "life",
        "age_groups": ["young-people"],
        "format": "blended",
        "duration": "4",
        "minimum_age": 15,
        "languages": ["de"],
        "trainer": "trainer.anna",
        "sessions": [
            session(31, "15:00", "17:30", "bautzen", 16),
        ],
        "lessons": [
            lesson(
                "was-kostet-wohnen",
                "Was kostet Wohnen?",
                "Kaltmiete, Nebenkosten, Strom und Internet: ein realistisches Budget.",
                text(
                    "Die Kaltmiete ist nur ein Teil der Kosten. Dazu kommen Nebenkosten für "
                    "Heizung, Wasser und Müll, außerdem Strom, Internet und der Rundfunkbeitrag.",
                    "Eine Faustregel: Die Warmmiete sollte nicht mehr als ein Drittel eures "
                    "Nettoeinkommens betragen. Prüft, ob euch Wohngeld oder Berufsausbildungs"
                    "beihilfe zusteht.",
                ),
                quiz(
                    "Kurzer Check: Budget",
                    question(
                        "Ihr verdient 1.050 Euro netto. Wie hoch sollte die Warmmiete höchstens "
                        "sein?",
                        right("Etwa 350 Euro", "Richtig, das ist ein Drittel."),
                        wrong("Etwa 700 Euro", "Dann bliebe zu wenig für den Rest des Monats."),
                        wrong("Egal, Hauptsache die Wohnung gefällt"),
                    ),
                ),
            ),
            lesson(
                "mietvertrag-lesen",
                "Einen Mietvertrag lesen",
                "Kaution, Kündigungsfrist, Schönheitsreparaturen: worauf ihr achten solltet.",
                text(
                    "Lest jeden Vertrag vor der Unterschrift ganz durch. Achtet besonders auf:",
                    [
                        "die Höhe der Kaution – höchstens drei Kaltmieten,",
                        "die Kündigungsfrist, meist drei Monate,",
                        "Regeln zu Renovierung beim Auszug,",
                        "ein Übergabeprotokoll mit Fotos beim Einzug.",
                    ],
                ),
            ),
        ],
    },
]
