"""Courses in the competence field economy (German originals)."""

from .helpers import lesson, question, quiz, right, session, text, wrong

ECONOMY_COURSES = [
    {
        "slug": "3d-druck-werkstatt-fuer-kinder",
        "title": "3D-Druck-Werkstatt für Kinder",
        "teaser": "Am Tablet einen eigenen Schlüsselanhänger entwerfen und zusehen, wie der "
        "3D-Drucker ihn Schicht für Schicht baut.",
        "description": [
            "Wie wird aus einer Idee ein Gegenstand, den man in der Hand halten kann? In dieser "
            "Werkstatt entwerfen Kinder am Tablet ihren eigenen Schlüsselanhänger, lernen, wie "
            "ein 3D-Drucker aus einem Kunststofffaden Schicht für Schicht ein Teil baut, und "
            "nehmen ihr gedrucktes Stück mit nach Hause.",
            "Wir arbeiten in Gruppen mit höchstens zehn Kindern; an jedem Drucker hilft eine "
            "Betreuerin oder ein Betreuer. Eltern sind in der letzten halben Stunde eingeladen, "
            "sich die Ergebnisse zeigen zu lassen.",
        ],
        "outcomes": [
            "Eine einfache Form am Tablet entwerfen und beschriften",
            "Erklären, wie ein 3D-Drucker Schicht für Schicht arbeitet",
            "Einen Druckauftrag vorbereiten und starten",
            "Sicher mit heißen Teilen und Werkzeug umgehen",
        ],
        "prerequisites": "Keine. Einfaches Lesen und Schreiben sollte klappen.",
        "field": "economy",
        "age_groups": ["children"],
        "format": "in_person",
        "duration": "3",
        "minimum_age": 8,
        "languages": ["de"],
        "trainer": "trainer.jan",
        "trainers": ["trainer.jan", "trainer.anna"],
        "sessions": [
            session(9, "14:30", "17:30", "zittau", 10, notes="Bitte feste Schuhe tragen."),
            session(37, "14:30", "17:30", "zittau", 10, notes="Bitte feste Schuhe tragen."),
            session(66, "09:30", "12:30", "zittau", 10, notes="Ferienangebot, mit Frühstück."),
        ],
    },
    {
        "slug": "gruendungsabend-goerlitz",
        "title": "Gründungsabend: Von der Idee zur ersten Kundin",
        "teaser": "Ein Abend für alle, die etwas Eigenes vorhaben: ehrliche Erfahrungen aus der "
        "Region und Arbeit an der eigenen Idee in kleinen Runden.",
        "description": [
            "Einmal im Monat treffen sich in der Gründerwerkstatt Menschen, die etwas Eigenes "
            "vorhaben – eine Tischlerei, eine App, einen Hofladen oder einen Dienst für Kundschaft "
            "auf beiden Seiten der Neiße. Zum Auftakt erzählen zwei Gründerinnen oder Gründer aus "
            "der Oberlausitz offen, was funktioniert hat und was nicht.",
            "Danach arbeiten Sie in kleinen Runden an Ihrer Idee: Wer ist die Kundschaft, welches "
            "Problem lösen Sie, und wie finden Sie die ersten zehn Menschen, die dafür bezahlen "
            "würden? Fachleute der Wirtschaftsförderung und der Kammern beantworten Fragen zu "
            "Förderprogrammen und Gewerbeanmeldung.",
            "An einem Tisch wird Polnisch gesprochen – Gäste aus Zgorzelec sind herzlich "
            "willkommen.",
        ],
        "outcomes": [
            "Die eigene Geschäftsidee in drei Sätzen erklären",
            "Kundschaft und Kundenproblem auf einem Lean Canvas beschreiben",
            "Einen ersten, günstigen Test der Idee planen",
            "Ansprechpersonen für Gründungsberatung und Förderung in der Region kennen",
        ],
        "prerequisites": "Eine eigene Idee hilft, ist aber keine Bedingung.",
        "field": "economy",
        "age_groups": ["adults"],
        "format": "in_person",
        "duration": "3",
        "languages": ["de", "pl"],
        "trainer": "trainer.jan",
        "sessions": [
            session(-12, "18:00", "21:00", "goerlitz", 30),
            session(23, "18:00", "21:00", "goerlitz", 30),
            session(51, "18:00", "21:00", "goerlitz", 30, booking_deadline_days=2),
        ],
    },
    {
        "slug": "additive-fertigung-im-betrieb",
        "title": "Additive Fertigung im Betrieb: Grundlagen",
        "teaser": "Welche 3D-Druckverfahren gibt es, wann lohnen sie sich, und wie konstruiert "
        "man dafür? Online-Lektionen plus ein Praxistag an den Anlagen in Zittau.",
        "description": [
            "Viele Betriebe in der Oberlausitz fertigen Teile für andere – additive Verfahren "
            "eröffnen die Chance, Ersatzteile, Vorrichtungen und Kleinserien selbst und schneller "
            "herzustellen. Dieser Kurs gibt Fachkräften aus Konstruktion, Fertigung und Einkauf "
            "einen fundierten Überblick.",
            "In drei Online-Lektionen lernen Sie die wichtigsten Verfahren, Konstruktionsregeln "
            "und eine einfache Wirtschaftlichkeitsrechnung kennen. Am Praxistag drucken Sie an "
            "FDM-, SLA- und SLS-Anlagen ein Bauteil aus Ihrem eigenen Betrieb und vergleichen "
            "die Ergebnisse.",
        ],
        "outcomes": [
            "Die gängigen additiven Verfahren und ihre Werkstoffe unterscheiden",
            "Bauteile nach den Regeln für den 3D-Druck gestalten",
            "Kosten und Durchlaufzeit gegenüber Fräsen oder Spritzguss abschätzen",
            "Einen geeigneten Einstiegsfall im eigenen Betrieb benennen",
        ],
        "prerequisites": "Grundkenntnisse in technischem Zeichnen oder CAD. Bringen Sie gern "
        "eine Zeichnung oder ein Muster eines Bauteils aus Ihrem Betrieb mit.",
        "field": "economy",
        "age_groups": ["adults"],
        "format": "blended",
        "duration": "12",
        "fee": "180",
        "certificate": True,
        "minimum_age": 18,
        "languages": ["de"],
        "trainer": "trainer.jan",
        "sessions": [
            session(
                16,
                "17:00",
                "18:30",
                capacity=20,
                online_url="https://meet.wirkstatt.example/additive-fertigung",
                notes="Online-Auftakt: Kennenlernen und Fragen zu den Lektionen.",
            ),
            session(
                30,
                "09:00",
                "16:00",
                "zittau",
                14,
                booking_deadline_days=7,
                notes="Praxistag an den Anlagen. Mittagessen ist im Preis enthalten.",
            ),
        ],
        "lessons": [
            lesson(
                "verfahren-im-ueberblick",
                "Verfahren im Überblick",
                "Vom Kunststofffaden bis zum Metallpulver: was die wichtigsten Verfahren können.",
                text(
                    "Additive Fertigung baut ein Bauteil Schicht für Schicht aus digitalen Daten "
                    "auf, statt es aus einem Block herauszuarbeiten. Für Betriebe sind vier "
                    "Verfahrensfamilien besonders wichtig:",
                    [
                        "<b>FDM/FFF:</b> ein Kunststofffaden wird aufgeschmolzen und abgelegt – "
                        "günstig, robust, ideal für Vorrichtungen und Prototypen.",
                        "<b>SLA/DLP:</b> flüssiges Harz härtet unter Licht aus – sehr glatte "
                        "Oberflächen und feine Details.",
                        "<b>SLS:</b> ein Laser verschmilzt Kunststoffpulver – belastbare Teile "
                        "ohne Stützstrukturen, gut für Kleinserien.",
                        "<b>Pulverbettverfahren mit Metall:</b> Laser oder Elektronenstrahl "
                        "schmelzen Metallpulver – leichte, hochfeste Bauteile, aber teuer.",
                    ],
                    "Die Wahl hängt von Stückzahl, Festigkeit, Oberfläche und Budget ab. Im "
                    "nächsten Schritt sehen wir, wie man Bauteile so gestaltet, dass sie sich "
                    "gut drucken lassen.",
                ),
            ),
            lesson(
                "konstruieren-fuer-den-3d-druck",
                "Konstruieren für den 3D-Druck",
                "Überhänge, Wandstärken und Toleranzen: die Regeln, die Fehldrucke vermeiden.",
                text(
                    "Wer für den 3D-Druck konstruiert, denkt in Schichten. Drei Regeln ersparen "
                    "die meisten Fehldrucke:",
                    [
                        "Überhänge bis etwa 45 Grad drucken ohne Stützen – steilere brauchen "
                        "Stützstrukturen oder eine andere Ausrichtung.",
                        "Wände sollten mindestens zwei Düsenbreiten dick sein, bei FDM also "
                        "rund 0,8 Millimeter.",
                        "Passungen brauchen Luft: Planen Sie für Steckverbindungen 0,2 bis 0,4 "
                        "Millimeter Spiel ein.",
                    ],
                    "Die Druckrichtung beeinflusst auch die Festigkeit: Zwischen den Schichten "
                    "ist ein FDM-Teil schwächer als entlang der Schichten.",
                ),
                quiz(
                    "Kurzer Check: Konstruktionsregeln",
                    question(
                        "Ab welchem Überhangwinkel braucht ein FDM-Teil meist Stützstrukturen?",
                        wrong("Ab 10 Grad", "So flache Überhänge druckt fast jeder Drucker."),
                        right("Ab etwa 45 Grad", "Genau, steilere Überhänge hängen durch."),
                        wrong("Erst ab 90 Grad", "Bei 90 Grad druckt man bereits in die Luft."),
                    ),
                    question(
                        "Welche Aussagen zur Festigkeit von FDM-Teilen stimmen?",
                        right("Zwischen den Schichten sind sie schwächer."),
                        right("Die Druckrichtung sollte zur Belastung passen."),
                        wrong("Sie sind in alle Richtungen gleich fest."),
                        multiple=True,
                    ),
                ),
            ),
            lesson(
                "wann-lohnt-sich-3d-druck",
                "Wann lohnt sich der 3D-Druck?",
                "Eine einfache Rechnung für Ersatzteile, Vorrichtungen und Kleinserien.",
                text(
                    "Beim Spritzguss kostet das Werkzeug viel, jedes weitere Teil wenig. Beim "
                    "3D-Druck gibt es kein Werkzeug, dafür bleibt der Preis pro Teil fast gleich. "
                    "Bis zu einer gewissen Stückzahl ist deshalb der Druck günstiger.",
                    "Rechnen Sie für Ihren Fall: Werkzeugkosten geteilt durch die Differenz der "
                    "Stückkosten ergibt die Stückzahl, ab der sich das Werkzeug lohnt. Vergessen "
                    "Sie Nacharbeit, Lieferzeit und Lagerkosten nicht – gerade bei Ersatzteilen "
                    "entscheidet oft die Zeit, nicht der Stückpreis.",
                ),
                quiz(
                    "Kurzer Check: Wirtschaftlichkeit",
                    question(
                        "Ein Spritzgusswerkzeug kostet 6.000 Euro, das Teil dann 1 Euro; gedruckt "
                        "kostet es 7 Euro. Ab wie vielen Teilen lohnt sich das Werkzeug?",
                        wrong("Ab 600 Teilen"),
                        right("Ab 1.000 Teilen", "6.000 Euro geteilt durch 6 Euro Differenz."),
                        wrong("Ab 6.000 Teilen"),
                    ),
                ),
            ),
        ],
    },
    {
        "slug": "vom-zulieferer-zum-eigenen-produkt",
        "title": "Vom Zulieferer zum eigenen Produkt",
        "teaser": "Ein Workshoptag für kleine und mittlere Betriebe, die nicht mehr nur nach "
        "fremden Zeichnungen fertigen, sondern eigene Produkte entwickeln wollen.",
        "description": [
            "Viele Firmen in der Oberlausitz sind hervorragende Zulieferer – und damit abhängig "
            "von den Entscheidungen ihrer Auftraggeber. Ein eigenes Produkt schafft Spielraum, "
            "verlangt aber andere Fähigkeiten: Bedarf erkennen, Prototypen bauen, Vertrieb "
            "aufbauen.",
            "An diesem Tag arbeiten Sie mit Methoden aus dem Design Thinking an einer konkreten "
            "Produktidee Ihres Betriebs. Sie bringen Ihr Können mit, wir bringen Werkzeuge, "
            "Beispiele aus der Region und einen Blick von außen mit. Der Kurs wird auf Deutsch "
            "gehalten; eine Moderatorin übersetzt bei Bedarf ins Tschechische.",
        ],
        "outcomes": [
            "Die Stärken des eigenen Betriebs als Grundlage für Produkte beschreiben",
            "Kundenbedarf mit Interviews und Beobachtung erkunden",
            "Einen einfachen Prototyp und einen Testplan skizzieren",
            "Förderwege für Produktentwicklung in Sachsen und Tschechien kennen",
        ],
        "prerequisites": "Für Inhaberinnen, Geschäftsführer und Fachkräfte aus Entwicklung und "
        "Vertrieb. Gern zu zweit aus einem Betrieb kommen.",
        "field": "economy",
        "age_groups": ["adults"],
        "format": "in_person",
        "duration": "7",
        "fee": "95",
        "certificate": True,
        "languages": ["de", "cs"],
        "trainer": "trainer.jan",
        "sessions": [
            session(
                44,
                "09:00",
                "16:00",
                "goerlitz",
                16,
                booking_deadline_days=10,
                meetings=2,
                venues={2: "zittau"},
            ),
            session(86, "09:00", "16:00", "zittau", 16, booking_deadline_days=10),
        ],
    },
    {
        "slug": "schuelerfirma-gruenden",
        "title": "Schülerfirma gründen: vom Plan zum ersten Verkauf",
        "teaser": "Für Jugendliche, die mit ihrer Klasse oder AG eine Schülerfirma aufbauen: "
        "zwei Online-Lektionen und ein Gründungsnachmittag in Kamenz.",
        "description": [
            "Ob Pausenbrot-Service, selbst gestaltete Beutel oder Reparaturen von Fahrrädern: "
            "Eine Schülerfirma ist ein echtes kleines Unternehmen. In diesem Kurs klärt ihr, was "
            "ihr verkaufen wollt, wer im Team welche Aufgabe übernimmt und wie ihr mit Geld "
            "verantwortungsvoll umgeht.",
            "Die zwei Lektionen könnt ihr im Unterricht oder zu Hause bearbeiten. Beim "
            "Gründungsnachmittag in Kamenz stellt ihr eure Idee Unternehmerinnen und Unternehmern "
            "aus der Region vor und bekommt Rückmeldung.",
        ],
        "outcomes": [
            "Eine Geschäftsidee mit einfachen Fragen prüfen",
            "Aufgaben und Rollen im Team verteilen",
            "Einnahmen und Ausgaben in einer Tabelle planen",
            "Die eigene Idee in zwei Minuten vorstellen",
        ],
        "field": "economy",
        "age_groups": ["young-people"],
        "format": "blended",
        "duration": "6",
        "minimum_age": 13,
        "languages": ["de"],
        "trainer": "trainer.anna",
        "sessions": [
            session(19, "14:00", "17:00", "kamenz", 24, notes="Gern als ganze AG anmelden."),
        ],
        "lessons": [
            lesson(
                "geschaeftsidee-pruefen",
                "Ist unsere Idee gut?",
                "Fünf Fragen, mit denen ihr eure Geschäftsidee prüft, bevor ihr loslegt.",
                text(
                    "Eine gute Idee löst ein Problem, das andere wirklich haben. Stellt euch "
                    "diese fünf Fragen und schreibt die Antworten auf:",
                    [
                        "Wer genau soll bei uns kaufen?",
                        "Welches Problem lösen wir für diese Menschen?",
                        "Was kostet es uns, das Produkt herzustellen?",
                        "Wie viel würden die Leute dafür bezahlen?",
                        "Was können wir als Team besonders gut?",
                    ],
                    "Fragt mindestens zehn Personen aus eurer Zielgruppe, bevor ihr etwas "
                    "herstellt. Ihre Antworten sind wertvoller als jede Vermutung.",
                ),
            ),
            lesson(
                "geld-und-verantwortung",
                "Geld und Verantwortung",
                "Einnahmen, Ausgaben und Gewinn: wie ihr eure Kasse sauber führt.",
                text(
                    "Jede Einnahme und jede Ausgabe kommt in euer Kassenbuch, mit Datum und "
                    "Beleg. Gewinn ist, was nach Abzug aller Ausgaben übrig bleibt – nicht der "
                    "Umsatz.",
                    "Legt gemeinsam fest, wer Geld annehmen darf und wer die Kasse prüft. Das "
                    "Vier-Augen-Prinzip schützt alle im Team vor Fehlern und Missverständnissen.",
                ),
                quiz(
                    "Kurzer Check: Geld",
                    question(
                        "Ihr verkauft 40 Beutel zu je 8 Euro, die Stoffe kosteten 120 Euro. Wie "
                        "hoch ist der Gewinn?",
                        wrong("320 Euro", "Das ist der Umsatz, die Ausgaben fehlen noch."),
                        right("200 Euro", "Richtig: 320 Euro Umsatz minus 120 Euro Ausgaben."),
                        wrong("120 Euro"),
                    ),
                ),
            ),
        ],
    },
    {
        "slug": "lean-methoden-kompakt",
        "title": "Effizient produzieren: Lean-Methoden kompakt",
        "teaser": "Verschwendung erkennen, Abläufe sichtbar machen, Ordnung am Arbeitsplatz: "
        "die wichtigsten Lean-Werkzeuge zum Selbstlernen.",
        "description": [
            "Wer effizienter produziert, spart nicht nur Kosten, sondern auch Nerven – weniger "
            "Suchen, weniger Warten, weniger Nacharbeit. Dieser Online-Kurs stellt die "
            "Grundideen der schlanken Produktion vor, mit Beispielen aus kleinen Betrieben der "
            "Region.",
            "Sie lernen in Ihrem eigenen Tempo, jede Lektion dauert etwa eine Stunde und endet "
            "mit einem kurzen Test. Wer alle Tests besteht, erhält ein Teilnahmezertifikat.",
        ],
        "outcomes": [
            "Die sieben Arten der Verschwendung im eigenen Betrieb erkennen",
            "Einen Arbeitsplatz mit der 5S-Methode ordnen",
            "Einen einfachen Wertstrom skizzieren",
        ],
        "field": "economy",
        "age_groups": ["adults"],
        "format": "self_paced",
        "duration": "5",
        "certificate": True,
        "lesson_order": "sequential",
        "languages": ["de"],
        "trainer": "trainer.jan",
        "lessons": [
            lesson(
                "sieben-arten-der-verschwendung",
                "Die sieben Arten der Verschwendung",
                "Was im Betrieb Zeit und Geld kostet, ohne dass die Kundschaft etwas davon hat.",
                text(
                    "Lean unterscheidet Tätigkeiten, die Wert schaffen, von solchen, die nur "
                    "Aufwand sind. Klassisch werden sieben Arten der Verschwendung genannt:",
                    [
                        "Überproduktion",
                        "Wartezeiten",
                        "Unnötige Transporte",
                        "Zu aufwendige Bearbeitung",
                        "Zu hohe Bestände",
                        "Unnötige Bewegungen",
                        "Fehler und Nacharbeit",
                    ],
                    "Gehen Sie mit diesem Blick einmal durch Ihre Werkstatt: Wo wartet ein "
                    "Teil, wo läuft jemand unnötige Wege?",
                ),
                quiz(
                    "Kurzer Check: Verschwendung",
                    question(
                        "Welche dieser Tätigkeiten ist eine Verschwendung im Sinne von Lean?",
                        wrong("Ein Bauteil nach Zeichnung fräsen"),
                        right(
                            "Ein Werkzeug fünf Minuten lang suchen",
                            "Suchen schafft keinen Wert für die Kundschaft.",
                        ),
                        wrong("Ein fertiges Teil an die Kundin ausliefern"),
                    ),
                ),
            ),
            lesson(
                "ordnung-mit-5s",
                "Ordnung am Arbeitsplatz mit 5S",
                "Sortieren, Setzen, Säubern, Standardisieren, Selbstdisziplin.",
                text(
                    "5S ist der einfachste Einstieg in Lean und braucht kein Budget. Die fünf "
                    "Schritte bauen aufeinander auf:",
                    [
                        "<b>Sortieren:</b> Was nicht gebraucht wird, kommt weg.",
                        "<b>Setzen:</b> Jedes Werkzeug bekommt einen festen, markierten Platz.",
                        "<b>Säubern:</b> Sauberkeit macht Schäden und Lecks früh sichtbar.",
                        "<b>Standardisieren:</b> Die neue Ordnung wird beschrieben und "
                        "fotografiert.",
                        "<b>Selbstdisziplin:</b> Kurze, regelmäßige Rundgänge halten sie lebendig.",
                    ],
                ),
                quiz(
                    "Kurzer Check: 5S",
                    question(
                        "Womit beginnt die 5S-Methode?",
                        right("Mit dem Aussortieren von allem, was nicht gebraucht wird"),
                        wrong(
                            "Mit dem Kauf neuer Regale",
                            "Neue Regale braucht man oft gar nicht, wenn erst aussortiert wird.",
                        ),
                        wrong("Mit einer Grundreinigung"),
                    ),
                    pass_mark=100,
                ),
            ),
        ],
    },
    {
        "slug": "cad-fuer-einsteiger",
        "title": "Konstruieren am Computer: CAD für Einsteiger",
        "teaser": "Ein Samstag in der Werkstatt: Jugendliche konstruieren am Rechner einen "
        "Handyhalter und sehen, wie daraus ein echtes Teil wird.",
        "description": [
            "Fast jedes Produkt, das ihr kennt, wurde zuerst am Computer konstruiert. In diesem "
            "Workshop lernt ihr die Grundlagen eines kostenlosen CAD-Programms: Skizzen zeichnen, "
            "Körper extrudieren, Bohrungen und Rundungen setzen.",
            "Als Projekt entsteht ein Handyhalter nach euren eigenen Maßen, den wir anschließend "
            "drucken. Fachleute aus Betrieben in Weißwasser erzählen, in welchen Berufen CAD "
            "jeden Tag gebraucht wird.",
        ],
        "outcomes": [
            "Eine Skizze mit Maßen anlegen und daraus einen Körper machen",
            "Bohrungen, Fasen und Rundungen konstruieren",
            "Ein Modell für den 3D-Druck exportieren",
            "Berufe kennen, in denen konstruiert wird",
        ],
        "prerequisites": "Sicherer Umgang mit Maus und Tastatur. Laptops stellen wir.",
        "field": "economy",
        "age_groups": ["young-people"],
        "format": "in_person",
        "duration": "4",
        "minimum_age": 13,
        "languages": ["de"],
        "trainer": "trainer.jan",
        "sessions": [
            session(13, "10:00", "14:00", "weisswasser", 12, meetings=2, unit="days"),
            session(48, "10:00", "14:00", "weisswasser", 12),
        ],
    },
    {
        "slug": "mentoring-fuer-junge-unternehmen",
        "title": "Erfahrung weitergeben: Mentoring für junge Unternehmen",
        "teaser": "Sie haben ein Berufsleben lang geführt, verkauft oder konstruiert? Werden Sie "
        "Mentorin oder Mentor für Gründerinnen und Gründer in der Region.",
        "description": [
            "Junge Unternehmen scheitern selten an der Idee, oft aber an Fragen, die erfahrene "
            "Menschen schnell beantworten könnten: Wie kalkuliere ich ein Angebot? Wie führe "
            "ich das erste Personalgespräch? Wie verhandle ich mit der Bank?",
            "Dieses Treffen bereitet Menschen im Ruhestand auf ein ehrenamtliches Mentoring vor. "
            "Wir klären, was gutes Mentoring ausmacht, wo seine Grenzen liegen und wie die "
            "Vermittlung an Gründungsteams zwischen Bautzen und Görlitz funktioniert.",
        ],
        "outcomes": [
            "Die Rolle einer Mentorin oder eines Mentors klar beschreiben",
            "Gute Fragen stellen, statt fertige Lösungen zu geben",
            "Ein erstes Mentoringgespräch vorbereiten",
        ],
        "field": "economy",
        "age_groups": ["seniors"],
        "format": "in_person",
        "duration": "3",
        "languages": ["de"],
        "trainer": "trainer.anna",
        "sessions": [
            session(27, "10:00", "13:00", "bautzen", 16, booking_deadline_days=3),
        ],
    },
]
