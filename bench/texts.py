"""Words for the benchmark catalogue: plausible German course texts built from parts.

Only the benchmark uses them; they make titles, teasers and descriptions of realistic
length and vocabulary so that full-text search has something to rank.
"""

TOPICS = {
    "economy": [
        "3D-Druck", "Additive Fertigung", "Effiziente Produktion", "Eigene Produkte",
        "Gründungskultur", "Lean Management", "CNC-Fräsen", "Lasercutter", "Prototypenbau",
        "Businessplan", "Kreislaufwirtschaft", "Qualitätssicherung",
    ],
    "life": [
        "Digitalisierung im Dorf", "Familienfreundliche Arbeit", "Leben in der Oberlausitz",
        "Smartphone-Grundlagen", "Online-Banking", "Nachbarschaftshilfe", "Ehrenamt",
        "Mobilität auf dem Land", "Videotelefonie", "Gesundheit am Arbeitsplatz",
    ],
    "research": [
        "Energiespeicher", "Vernetzte Energiesysteme", "Dekarbonisierung", "Wasserstoff",
        "Photovoltaik", "Batterietechnik", "Werkstoffprüfung", "Sensorik", "Wärmepumpen",
        "Datenanalyse",
    ],
    "education": [
        "Mehrsprachiges Lernen", "Chancengleichheit", "Fachkräfte-Qualifizierung",
        "Lernen im Alter", "Programmieren", "Robotik", "Medienkompetenz", "Sorbisch im Alltag",
        "Polnisch", "Tschechisch",
    ],
}  # fmt: skip

SUFFIXES = [
    "für Einsteiger", "für Fortgeschrittene", "kompakt", "in der Praxis", "Werkstattkurs",
    "für Kinder", "für Jugendliche", "für Seniorinnen und Senioren", "im Überblick",
    "vertiefen", "Grundlagen", "Sommerakademie", "am Wochenende", "Abendkurs",
]  # fmt: skip

TEASERS = [
    "Ein praktischer Einstieg mit vielen Beispielen aus der Region.",
    "Wir arbeiten an echten Aufgaben aus Betrieben der Oberlausitz.",
    "Kleine Gruppen, viel Zeit zum Ausprobieren und Nachfragen.",
    "Sie lernen Werkzeuge kennen und probieren sie gleich selbst aus.",
    "Für alle, die mitreden und mitgestalten möchten.",
    "Mit Fachleuten aus Hochschule, Forschung und Unternehmen.",
]

SENTENCES = [
    "Im Kurs geht es um {topic} und darum, was es für Alltag und Beruf bedeutet.",
    "Wir beginnen mit den Grundbegriffen und arbeiten uns zu eigenen kleinen Projekten vor.",
    "Beispiele aus Zittau, Görlitz und Bautzen zeigen, wie {topic} heute schon genutzt wird.",
    "Zwischendurch gibt es Zeit für Fragen, Austausch und gemeinsames Ausprobieren.",
    "Sie brauchen keine Vorkenntnisse; Neugier und Freude am Lernen genügen.",
    "Am Ende wissen Sie, wo Sie weiterlernen können und wer in der Region hilft.",
    "Die Kursleitung kommt aus dem Innovationszentrum und kennt die Praxis.",
    "Materialien zum Nachlesen bekommen alle Teilnehmenden nach dem Kurs.",
]

OUTCOMES = [
    "die wichtigsten Begriffe rund um {topic} erklären",
    "eine eigene Idee zu {topic} skizzieren",
    "Chancen und Grenzen von {topic} einschätzen",
    "Ansprechpartner in der Region finden",
    "einfache Aufgaben selbstständig lösen",
]

LESSON_TITLES = [
    "Worum es geht", "Erste Schritte", "Werkzeuge und Begriffe", "Ein Beispiel aus der Praxis",
    "Selbst ausprobieren", "Zusammenfassung und Ausblick",
]  # fmt: skip

#: Towns of Upper Lusatia for venues beyond the demo content's.
TOWNS = [
    ("Niesky", "02906"), ("Ebersbach-Neugersdorf", "02730"), ("Bischofswerda", "01877"),
    ("Wilthen", "02681"), ("Großschönau", "02779"), ("Oybin", "02797"),
    ("Olbersdorf", "02785"), ("Bernstadt a. d. Eigen", "02748"), ("Ostritz", "02899"),
    ("Rothenburg/O.L.", "02929"), ("Reichenbach/O.L.", "02894"), ("Boxberg/O.L.", "02943"),
    ("Lauta", "02991"), ("Wittichenau", "02997"), ("Pulsnitz", "01896"),
    ("Königsbrück", "01936"), ("Sohland a. d. Spree", "02689"), ("Cunewalde", "02733"),
    ("Seifhennersdorf", "02782"), ("Schirgiswalde-Kirschau", "02681"),
]  # fmt: skip
