"""Courses in the competence field research (German originals)."""

from .helpers import lesson, question, quiz, right, session, text, wrong

RESEARCH_COURSES = [
    {
        "slug": "wasserstoff-und-energiespeicher",
        "title": "Wasserstoff und Energiespeicher verstehen",
        "teaser": "Batterie, Wärmespeicher oder Wasserstoff? Zwei Online-Lektionen und ein "
        "Labortag zeigen, wie erneuerbare Energie auch nachts und im Winter da ist.",
        "description": [
            "Sonne und Wind liefern Strom, wenn das Wetter es will – nicht unbedingt dann, wenn "
            "wir ihn brauchen. Speicher sind deshalb der Schlüssel für ein Energiesystem ohne "
            "Kohle, gerade in der Lausitz, die seit Jahrzehnten vom Bergbau geprägt ist.",
            "In den Online-Lektionen lernen Sie, wie Batterien, Wärmespeicher und Wasserstoff "
            "funktionieren und wofür sie sich jeweils eignen. Am Labortag in Zittau betreiben "
            "Sie einen Elektrolyseur und eine Brennstoffzelle, messen Wirkungsgrade und "
            "diskutieren mit Forschenden über die Energieregion der Zukunft.",
        ],
        "outcomes": [
            "Kurzzeit- und Langzeitspeicher unterscheiden",
            "Den Weg vom Strom zum Wasserstoff und zurück erklären",
            "Wirkungsgrade messen und einordnen",
            "Chancen und Grenzen von Wasserstoff realistisch bewerten",
        ],
        "prerequisites": "Schulkenntnisse in Physik genügen.",
        "field": "research",
        "age_groups": ["adults"],
        "format": "blended",
        "duration": "10",
        "certificate": True,
        "minimum_age": 16,
        "languages": ["de"],
        "trainer": "trainer.jan",
        "sessions": [
            session(84, "09:00", "15:00", "zittau", 16),
            session(42, "09:00", "15:00", "zittau", 16, booking_deadline_days=5),
            session(
                70,
                "09:00",
                "15:00",
                "hoyerswerda",
                16,
                booking_deadline_days=5,
                notes="Mit Besichtigung eines Batteriespeichers.",
            ),
        ],
        "lessons": [
            lesson(
                "warum-speicher",
                "Warum wir Speicher brauchen",
                "Erzeugung und Verbrauch passen selten zusammen – Speicher gleichen aus.",
                text(
                    "Ein Energiesystem mit viel Sonnen- und Windstrom muss Schwankungen über "
                    "Stunden, Tage und Jahreszeiten ausgleichen. Dafür gibt es unterschiedliche "
                    "Speicher:",
                    [
                        "<b>Batterien</b> speichern Strom für Stunden, mit geringen Verlusten.",
                        "<b>Wärmespeicher</b> heben überschüssigen Strom als Wärme auf, zum "
                        "Beispiel für Fernwärmenetze.",
                        "<b>Wasserstoff</b> kann Energie über Wochen und Monate speichern, "
                        "verliert aber bei der Umwandlung viel.",
                    ],
                ),
            ),
            lesson(
                "vom-strom-zum-wasserstoff",
                "Vom Strom zum Wasserstoff und zurück",
                "Elektrolyse, Speicherung, Brennstoffzelle – und was dabei verloren geht.",
                text(
                    "Im Elektrolyseur spaltet Strom Wasser in Wasserstoff und Sauerstoff. Der "
                    "Wasserstoff wird gespeichert und später in einer Brennstoffzelle oder "
                    "Turbine wieder zu Strom.",
                    "Von 100 Kilowattstunden Strom kommen am Ende nur etwa 30 bis 40 zurück. "
                    "Wasserstoff lohnt sich deshalb vor allem dort, wo es keine direkte "
                    "Alternative gibt: in der Stahl- und Chemieindustrie und als saisonaler "
                    "Speicher.",
                ),
                quiz(
                    "Kurzer Check: Wasserstoff",
                    question(
                        "Wie viel von 100 kWh Strom kommt nach Elektrolyse, Speicherung und "
                        "Brennstoffzelle ungefähr zurück?",
                        wrong("90 bis 95 kWh", "Das schaffen eher Batterien."),
                        right("30 bis 40 kWh"),
                        wrong("5 kWh"),
                    ),
                    question(
                        "Wofür eignet sich Wasserstoff besonders?",
                        right("Als Speicher über Wochen und Monate"),
                        right("Als Rohstoff in der Stahlindustrie"),
                        wrong("Zum Ausgleich von Schwankungen innerhalb einer Minute"),
                        multiple=True,
                    ),
                ),
            ),
        ],
    },
    {
        "slug": "kleine-energieforscher",
        "title": "Kleine Energieforscher: Strom aus Sonne, Wind und Zitrone",
        "teaser": "Kinder bauen ein Zitronenkraftwerk, ein Windrad aus Joghurtbechern und ein "
        "Solarauto – und finden heraus, wo der Strom herkommt.",
        "description": [
            "Wie kommt der Strom in die Steckdose, und warum drehen sich bei Hoyerswerda so "
            "viele Windräder, wo früher Braunkohle gefördert wurde? In der Energiewerkstatt "
            "gehen Kinder diesen Fragen mit eigenen Experimenten nach.",
            "Sie messen die Spannung einer Zitronenbatterie, testen, welche Flügelform ein "
            "Windrad am schnellsten dreht, und lassen ihr Solarauto um die Wette fahren. Eine "
            "Betreuerin spricht auch Sorbisch; sorbischsprachige Kinder sind herzlich "
            "willkommen.",
        ],
        "outcomes": [
            "Erklären, dass Strom aus verschiedenen Quellen kommt",
            "Einen einfachen Stromkreis bauen und eine Spannung messen",
            "Versuche planen, beobachten und Ergebnisse festhalten",
        ],
        "field": "research",
        "age_groups": ["children"],
        "format": "in_person",
        "duration": "2.5",
        "minimum_age": 7,
        "languages": ["de", "hsb"],
        "trainer": "trainer.anna",
        "trainers": ["trainer.anna", "trainer.jan"],
        "sessions": [
            session(8, "15:00", "17:30", "hoyerswerda", 12, meetings=6),
            session(36, "15:00", "17:30", "hoyerswerda", 12),
            session(64, "10:00", "12:30", "bautzen", 12, notes="Ferientermin in Bautzen."),
        ],
    },
    {
        "slug": "vom-joghurtbecher-zum-filament",
        "title": "Vom Joghurtbecher zum Filament: Kunststoff im Kreislauf",
        "teaser": "Jugendliche schreddern Kunststoffabfall, ziehen daraus Filament für den "
        "3D-Drucker und prüfen im Labor, wie gut das Recyclingmaterial ist.",
        "description": [
            "Kunststoff ist zu wertvoll für die Mülltonne. Im Labor untersucht ihr, welche "
            "Kunststoffe sich recyceln lassen, zerkleinert sauberen Abfall und verarbeitet ihn "
            "mit einem kleinen Extruder zu neuem Druckfaden.",
            "Anschließend druckt ihr Prüfkörper und zerreißt sie in der Zugprüfmaschine: Ist "
            "das Recyclingmaterial so fest wie neues? Forschende der Hochschule erklären, woran "
            "die Kunststofftechnik in der Oberlausitz gerade arbeitet.",
        ],
        "outcomes": [
            "Kunststoffsorten an ihrem Recyclingcode erkennen",
            "Den Weg vom Abfall zum Filament beschreiben",
            "Eine Zugprüfung durchführen und auswerten",
            "Berufe und Studiengänge in der Kunststofftechnik kennen",
        ],
        "prerequisites": "Interesse an Technik und Naturwissenschaft. Schutzbrille und Kittel "
        "werden gestellt.",
        "field": "research",
        "age_groups": ["young-people"],
        "format": "in_person",
        "duration": "5",
        "minimum_age": 14,
        "languages": ["de"],
        "trainer": "trainer.jan",
        "sessions": [
            session(20, "09:00", "14:00", "zittau", 12),
            session(83, "09:00", "14:00", "zittau", 12),
        ],
        "notes": ["Lange Haare bitte zusammenbinden."],
    },
    {
        "slug": "dekarbonisierung-im-mittelstand",
        "title": "Dekarbonisierung im Mittelstand: CO₂-Bilanz und Maßnahmen",
        "teaser": "Wie ein kleiner oder mittlerer Betrieb seine Emissionen erfasst, die größten "
        "Hebel findet und einen glaubwürdigen Klimaplan aufstellt.",
        "description": [
            "Kundschaft, Banken und Förderprogramme fragen immer häufiger nach der CO₂-Bilanz. "
            "Für kleine Betriebe klingt das nach viel Aufwand – mit dem richtigen Vorgehen lässt "
            "sich eine belastbare erste Bilanz aber in wenigen Tagen erstellen.",
            "Der Online-Kurs beruht auf Forschungsergebnissen zu vernetzten Energiesystemen und "
            "auf Projekten mit Betrieben aus der Region. Er führt Schritt für Schritt von der "
            "Datensammlung über die Bilanz bis zu konkreten Maßnahmen wie Abwärmenutzung, "
            "Photovoltaik mit Speicher und Lastmanagement.",
        ],
        "outcomes": [
            "Emissionen nach Scope 1, 2 und 3 unterscheiden",
            "Eine erste CO₂-Bilanz für den eigenen Betrieb erstellen",
            "Die wirksamsten Maßnahmen nach Kosten und Wirkung ordnen",
            "Förderprogramme für Effizienz und erneuerbare Energie finden",
        ],
        "prerequisites": "Zugriff auf Energierechnungen und Verbrauchsdaten des Betriebs "
        "erleichtert die Übungen.",
        "field": "research",
        "age_groups": ["adults"],
        "format": "self_paced",
        "duration": "6",
        "certificate": True,
        "languages": ["de"],
        "trainer": "trainer.jan",
        "lessons": [
            lesson(
                "scopes-verstehen",
                "Scope 1, 2 und 3 verstehen",
                "Welche Emissionen zum Betrieb zählen und woher die Daten kommen.",
                text(
                    "Eine CO₂-Bilanz unterscheidet drei Bereiche:",
                    [
                        "<b>Scope 1:</b> direkte Emissionen, etwa aus der Gasheizung oder den "
                        "Firmenfahrzeugen.",
                        "<b>Scope 2:</b> Emissionen aus eingekauftem Strom und eingekaufter Wärme.",
                        "<b>Scope 3:</b> alles in der Lieferkette, von Rohstoffen bis zur "
                        "Entsorgung der Produkte.",
                    ],
                    "Beginnen Sie mit Scope 1 und 2: Die Daten stehen auf Ihren Rechnungen.",
                ),
                quiz(
                    "Kurzer Check: Scopes",
                    question(
                        "Zu welchem Scope gehört der Strom, den der Betrieb vom Versorger kauft?",
                        wrong("Scope 1"),
                        right("Scope 2"),
                        wrong("Scope 3"),
                    ),
                ),
            ),
            lesson(
                "erste-bilanz",
                "Die erste Bilanz erstellen",
                "Verbräuche sammeln, Emissionsfaktoren anwenden, Ergebnisse prüfen.",
                text(
                    "Sammeln Sie die Verbräuche eines vollen Jahres: Strom in Kilowattstunden, "
                    "Gas und Heizöl, Kraftstoffe der Fahrzeuge. Multiplizieren Sie jede Menge "
                    "mit dem passenden Emissionsfaktor aus einer anerkannten Datenbank.",
                    "Vergleichen Sie das Ergebnis mit Betrieben ähnlicher Größe. Große "
                    "Abweichungen deuten oft auf Erfassungsfehler hin – oder auf einen großen "
                    "Hebel.",
                ),
            ),
            lesson(
                "massnahmen-planen",
                "Maßnahmen planen",
                "Von der Druckluftleckage bis zum Batteriespeicher: was am meisten bringt.",
                text(
                    "Die günstigsten Maßnahmen sind oft unspektakulär: Druckluftlecks schließen, "
                    "Beleuchtung tauschen, Maschinen nachts wirklich abschalten.",
                    "Größere Schritte wie Photovoltaik mit Speicher oder die Nutzung von "
                    "Abwärme rechnen sich, wenn Erzeugung und Verbrauch gut aufeinander "
                    "abgestimmt sind. Ein Lastgang Ihres Stromverbrauchs ist dafür die "
                    "wichtigste Grundlage.",
                ),
                quiz(
                    "Abschlusstest",
                    question(
                        "Womit beginnen Sie am besten?",
                        right("Mit günstigen Maßnahmen wie dem Schließen von Druckluftlecks"),
                        wrong("Mit dem Kauf eines großen Batteriespeichers"),
                        wrong("Mit der Bilanz von Scope 3"),
                    ),
                    question(
                        "Was braucht man, um Photovoltaik und Speicher gut auszulegen?",
                        wrong("Nur die Dachfläche"),
                        right("Einen Lastgang des Stromverbrauchs"),
                    ),
                    pass_mark=80,
                ),
            ),
        ],
    },
    {
        "slug": "buergerforschung-wetter-und-klima",
        "title": "Bürgerforschung: Wetter und Klima vor der Haustür",
        "teaser": "Mit einer eigenen Wetterstation Daten sammeln, die Forschende wirklich "
        "nutzen – ein Mitmachprojekt für alle, die Zeit und Neugier mitbringen.",
        "description": [
            "Wie verändern sich Niederschlag und Temperatur in der Oberlausitz? Um das genau zu "
            "wissen, braucht die Forschung mehr Messpunkte, als es offizielle Stationen gibt. "
            "Hier kommen Bürgerforscherinnen und Bürgerforscher ins Spiel.",
            "Beim Auftakt in Bautzen bauen Sie eine einfache Wetterstation auf und lernen, "
            "sauber zu messen. Die zwei Online-Lektionen erklären, wie Sie Ihre Daten hochladen "
            "und was die Forschenden daraus lesen. Viele Teilnehmende sind im Ruhestand und "
            "schätzen die regelmäßige Aufgabe an der frischen Luft.",
        ],
        "outcomes": [
            "Eine Wetterstation richtig aufstellen",
            "Messwerte regelmäßig erfassen und hochladen",
            "Einfache Diagramme zu Temperatur und Niederschlag lesen",
        ],
        "field": "research",
        "age_groups": ["adults", "seniors"],
        "format": "blended",
        "duration": "5",
        "languages": ["de"],
        "trainer": "trainer.anna",
        "sessions": [
            session(15, "10:00", "13:00", "bautzen", 20, notes="Die Station dürfen Sie behalten."),
        ],
        "lessons": [
            lesson(
                "richtig-messen",
                "Richtig messen",
                "Standort, Höhe und Zeitpunkt: so werden Ihre Werte vergleichbar.",
                text(
                    "Das Thermometer gehört in den Schatten, etwa zwei Meter über dem Boden und "
                    "mit Abstand zu Hauswänden. Der Regenmesser steht frei, ohne Bäume oder "
                    "Dächer in der Nähe.",
                    "Lesen Sie jeden Tag zur gleichen Uhrzeit ab, am besten um 7 Uhr morgens.",
                ),
                quiz(
                    "Kurzer Check: Messen",
                    question(
                        "Wo hängt das Thermometer richtig?",
                        wrong("In der Sonne an der Südwand"),
                        right("Im Schatten, etwa zwei Meter über dem Boden"),
                        wrong("Direkt über dem Rasen"),
                    ),
                ),
            ),
            lesson(
                "daten-teilen",
                "Daten teilen und verstehen",
                "Hochladen, prüfen und die eigene Messreihe mit anderen vergleichen.",
                text(
                    "Tragen Sie Ihre Werte in das Online-Formular des Projekts ein. Auffällige "
                    "Werte markiert das System automatisch – prüfen Sie dann, ob Sie sich "
                    "vertippt haben.",
                    "Nach einigen Monaten sehen Sie Ihre Messreihe neben denen aus Nachbarorten. "
                    "Gerade bei Starkregen unterscheiden sich schon wenige Kilometer deutlich.",
                ),
            ),
        ],
    },
    {
        "slug": "planspiel-smart-grid",
        "title": "Planspiel Smart Grid: Ein Dorf versorgt sich selbst",
        "teaser": "Jugendliche übernehmen Windpark, Solardächer, Speicher und Stadtwerk eines "
        "Dorfes und müssen es gemeinsam durch einen windstillen Winter bringen.",
        "description": [
            "Wer bekommt den Strom, wenn die Sonne nicht scheint? Im Planspiel leiten Teams die "
            "Energieversorgung eines fiktiven Dorfes in der Lausitz: Sie kaufen Speicher, "
            "verhandeln Strompreise und reagieren auf Wetterereignisse.",
            "Dabei lernt ihr, wie Forschende vernetzte Energiesysteme modellieren – und dass "
            "technische Lösungen nur funktionieren, wenn die Menschen im Dorf mitziehen. Das "
            "Spiel läuft auf Deutsch, polnische Gastschülerinnen und -schüler spielen in "
            "gemischten Teams mit.",
        ],
        "outcomes": [
            "Erklären, wie Erzeugung, Speicher und Verbrauch im Netz zusammenwirken",
            "Entscheidungen unter Unsicherheit im Team treffen",
            "Zielkonflikte zwischen Kosten, Versorgungssicherheit und Klimaschutz abwägen",
        ],
        "field": "research",
        "age_groups": ["young-people"],
        "format": "in_person",
        "duration": "4",
        "minimum_age": 14,
        "languages": ["de", "pl"],
        "trainer": "trainer.jan",
        "sessions": [
            session(28, "08:30", "12:30", "weisswasser", 28, notes="Auch für ganze Klassen."),
        ],
    },
    {
        "slug": "wissenschaft-am-abend",
        "title": "Wissenschaft am Abend: Forschung aus der Oberlausitz",
        "teaser": "Forschende der Region erklären in 45 Minuten, woran sie arbeiten – danach "
        "ist reichlich Zeit für Fragen und Gespräche.",
        "description": [
            "Was passiert eigentlich in den Laboren der Hochschule und der "
            "Forschungsinstitute in Zittau und Görlitz? Bei der Abendreihe stellen Forschende "
            "ihre Arbeit so vor, dass man kein Fachwissen braucht: vom 3D-gedruckten Implantat "
            "bis zum Wärmespeicher für ein ganzes Stadtviertel.",
            "Jeder Abend hat ein eigenes Thema, das aktuelle Programm steht in der "
            "Terminbeschreibung. Die Vorträge finden abwechselnd in Görlitz und Löbau statt; "
            "bei Bedarf übersetzen wir ins Polnische oder Tschechische.",
        ],
        "outcomes": [
            "Aktuelle Forschungsthemen der Region kennenlernen",
            "Mit Forschenden direkt ins Gespräch kommen",
            "Wissenschaftliche Aussagen kritisch einordnen",
        ],
        "field": "research",
        "age_groups": ["adults", "seniors"],
        "format": "in_person",
        "duration": "1.5",
        "languages": ["de"],
        "trainer": "trainer.jan",
        "trainers": ["trainer.jan", "trainer.anna"],
        "sessions": [
            session(-3, "18:30", "20:00", "koenigshufen", 30, notes="Thema: Energie aus Sand?"),
            session(
                11,
                "18:30",
                "20:00",
                "koenigshufen",
                30,
                notes="Thema: Implantate aus dem 3D-Drucker",
            ),
            session(
                39, "18:30", "20:00", "loebau", 30, notes="Thema: Wärmenetze für kleine Städte"
            ),
            session(67, "18:30", "20:00", "koenigshufen", 30, notes="Thema: Kunststoff ohne Erdöl"),
        ],
    },
    {
        "slug": "metall-3d-druck-forschung",
        "title": "Additive Fertigung mit Metall: Einblicke in die Forschung",
        "teaser": "Ein Tag im Forschungslabor für Fachkräfte, Studierende und Forschende: "
        "Laserstrahlschmelzen, Prozessüberwachung und Prüfung – auf Englisch und Deutsch.",
        "description": [
            "Metallbauteile aus dem Pulverbett sind leicht, komplex geformt und hoch belastbar – "
            "aber der Prozess ist anspruchsvoll. Porosität, Eigenspannungen und raue Oberflächen "
            "sind aktuelle Forschungsthemen, an denen auch in der Oberlausitz gearbeitet wird.",
            "Der Tag verbindet kurze Fachvorträge mit Stationen im Labor: Sie verfolgen einen "
            "Baujob mit Prozessüberwachung, untersuchen Schliffbilder am Mikroskop und "
            "diskutieren, wie Unternehmen Forschungsergebnisse nutzen können. Da viele "
            "internationale Gäste teilnehmen, ist die Arbeitssprache überwiegend Englisch.",
        ],
        "outcomes": [
            "Den Ablauf des Laserstrahlschmelzens beschreiben",
            "Typische Fehlerbilder wie Poren und Risse erkennen",
            "Methoden der Prozessüberwachung einordnen",
            "Wege der Zusammenarbeit mit Forschungseinrichtungen kennen",
        ],
        "prerequisites": "Ingenieurwissenschaftliche Grundkenntnisse, zum Beispiel aus "
        "Studium, Meister- oder Technikerausbildung. Englisch auf Gesprächsniveau.",
        "field": "research",
        "age_groups": ["adults"],
        "format": "in_person",
        "duration": "6",
        "fee": "60",
        "certificate": True,
        "minimum_age": 18,
        "languages": ["en", "de"],
        "trainer": "trainer.jan",
        "sessions": [
            session(
                56,
                "09:30",
                "15:30",
                "zittau",
                14,
                booking_deadline_days=14,
                notes="Sicherheitsschuhe bitte mitbringen oder vorab ausleihen.",
            ),
        ],
    },
]
