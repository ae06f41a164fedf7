"""Polish translations of courses, keyed by the German course slug."""

from .helpers import lesson, question, quiz, right, text, wrong

PL = {
    "3d-druck-werkstatt-fuer-kinder": {
        "slug": "warsztaty-druku-3d-dla-dzieci",
        "title": "Warsztaty druku 3D dla dzieci",
        "teaser": "Zaprojektuj na tablecie własny brelok i zobacz, jak drukarka 3D buduje go "
        "warstwa po warstwie.",
        "description": [
            "Jak z pomysłu powstaje przedmiot, który można wziąć do ręki? Na tych warsztatach "
            "dzieci projektują na tablecie własny brelok, dowiadują się, jak drukarka 3D "
            "tworzy przedmiot z plastikowego filamentu warstwa po warstwie, i zabierają swój "
            "wydruk do domu.",
            "Pracujemy w grupach liczących najwyżej dziesięcioro dzieci; przy każdej drukarce "
            "pomaga opiekunka lub opiekun. Rodzice są zaproszeni na ostatnie pół godziny, "
            "żeby obejrzeć efekty.",
        ],
        "outcomes": [
            "Zaprojektować i podpisać prosty kształt na tablecie",
            "Wyjaśnić, jak drukarka 3D pracuje warstwa po warstwie",
            "Przygotować i uruchomić wydruk",
            "Bezpiecznie obchodzić się z gorącymi elementami i narzędziami",
        ],
        "prerequisites": "Brak. Dzieci powinny umieć czytać i pisać proste słowa.",
        "notes": {
            "Bitte feste Schuhe tragen.": "Prosimy założyć pełne, wygodne buty.",
            "Ferienangebot, mit Frühstück.": "Zajęcia wakacyjne, ze śniadaniem.",
        },
    },
    "gruendungsabend-goerlitz": {
        "slug": "wieczor-zalozycieli-goerlitz",
        "title": "Wieczór założycieli: od pomysłu do pierwszej klientki",
        "teaser": "Wieczór dla wszystkich, którzy planują coś własnego: szczere doświadczenia "
        "z regionu i praca nad własnym pomysłem w małych grupach.",
        "description": [
            "Raz w miesiącu w Pracowni Założycieli spotykają się osoby, które planują coś "
            "własnego – stolarnię, aplikację, sklep z produktami z gospodarstwa albo usługę dla "
            "klientów po obu stronach Nysy. Na początek dwie osoby, które założyły firmę na "
            "Górnych Łużycach, otwarcie opowiadają, co im się udało, a co nie.",
            "Potem pracują Państwo w małych grupach nad swoim pomysłem: kim są klienci, jaki "
            "problem rozwiązujecie i jak znaleźć pierwsze dziesięć osób gotowych za to "
            "zapłacić? Eksperci z agencji rozwoju gospodarczego i izb odpowiadają na pytania o "
            "dotacje i rejestrację działalności.",
            "Przy jednym stole rozmawiamy po polsku – goście ze Zgorzelca są serdecznie mile "
            "widziani.",
        ],
        "outcomes": [
            "Wyjaśnić swój pomysł na biznes w trzech zdaniach",
            "Opisać klientów i ich problem na Lean Canvas",
            "Zaplanować pierwszy, tani test pomysłu",
            "Znać osoby kontaktowe ds. doradztwa i dotacji w regionie",
        ],
        "prerequisites": "Własny pomysł pomaga, ale nie jest warunkiem.",
    },
    "lean-methoden-kompakt": {
        "slug": "metody-lean-w-pigulce",
        "title": "Wydajna produkcja: metody lean w pigułce",
        "teaser": "Rozpoznawanie marnotrawstwa, wizualizacja procesów, porządek na stanowisku "
        "pracy: najważniejsze narzędzia lean do samodzielnej nauki.",
        "description": [
            "Wydajniejsza produkcja oszczędza nie tylko pieniądze, ale i nerwy – mniej "
            "szukania, mniej czekania, mniej poprawek. Ten kurs online przedstawia podstawy "
            "szczupłej produkcji na przykładach małych firm z regionu.",
            "Uczą się Państwo we własnym tempie; każda lekcja trwa około godziny i kończy się "
            "krótkim testem. Po zaliczeniu wszystkich testów otrzymują Państwo zaświadczenie "
            "o udziale.",
        ],
        "outcomes": [
            "Rozpoznać siedem rodzajów marnotrawstwa we własnej firmie",
            "Uporządkować stanowisko pracy metodą 5S",
            "Naszkicować prosty strumień wartości",
        ],
        "lessons": [
            lesson(
                "siedem-rodzajow-marnotrawstwa",
                "Siedem rodzajów marnotrawstwa",
                "Co w firmie kosztuje czas i pieniądze, nie dając klientom żadnej korzyści.",
                text(
                    "Lean odróżnia czynności, które tworzą wartość, od tych, które są tylko "
                    "wysiłkiem. Tradycyjnie wymienia się siedem rodzajów marnotrawstwa:",
                    [
                        "Nadprodukcja",
                        "Oczekiwanie",
                        "Zbędny transport",
                        "Nadmierne przetwarzanie",
                        "Nadmierne zapasy",
                        "Zbędny ruch",
                        "Błędy i poprawki",
                    ],
                    "Przejdźcie z tym spojrzeniem przez swój warsztat: gdzie detal czeka, gdzie "
                    "ktoś pokonuje niepotrzebne drogi?",
                ),
                quiz(
                    "Krótki test: marnotrawstwo",
                    question(
                        "Która z tych czynności jest marnotrawstwem w rozumieniu lean?",
                        wrong("Frezowanie detalu według rysunku"),
                        right(
                            "Szukanie narzędzia przez pięć minut",
                            "Szukanie nie tworzy wartości dla klienta.",
                        ),
                        wrong("Dostarczenie gotowego detalu klientce"),
                    ),
                ),
            ),
            lesson(
                "porzadek-z-5s",
                "Porządek na stanowisku pracy z 5S",
                "Selekcja, systematyka, sprzątanie, standaryzacja, samodyscyplina.",
                text(
                    "5S to najprostszy sposób na rozpoczęcie przygody z lean i nie wymaga "
                    "budżetu. Pięć kroków następuje po sobie:",
                    [
                        "<b>Selekcja:</b> to, co niepotrzebne, znika.",
                        "<b>Systematyka:</b> każde narzędzie ma stałe, oznaczone miejsce.",
                        "<b>Sprzątanie:</b> czystość pozwala wcześnie dostrzec uszkodzenia i "
                        "wycieki.",
                        "<b>Standaryzacja:</b> nowy porządek zostaje opisany i sfotografowany.",
                        "<b>Samodyscyplina:</b> krótkie, regularne obchody go podtrzymują.",
                    ],
                ),
                quiz(
                    "Krótki test: 5S",
                    question(
                        "Od czego zaczyna się metoda 5S?",
                        right("Od usunięcia wszystkiego, co niepotrzebne"),
                        wrong(
                            "Od zakupu nowych regałów",
                            "Po selekcji nowe regały często okazują się zbędne.",
                        ),
                        wrong("Od gruntownego sprzątania"),
                    ),
                    pass_mark=100,
                ),
            ),
        ],
    },
    "digital-fit-im-alter": {
        "slug": "cyfrowo-sprawni-smartfon-i-tablet",
        "title": "Cyfrowo sprawni: smartfon i tablet na co dzień",
        "teaser": "Spokojnie i w małej grupie: pisanie wiadomości, wysyłanie zdjęć, "
        "sprawdzanie rozkładów jazdy i rozmowy wideo z wnukami.",
        "description": [
            "Smartfon od dawna leży w szufladzie, ale jeszcze się z nim Państwo nie "
            "zaprzyjaźnili? Na tym kursie w Domu Wielopokoleniowym w Löbau ćwiczą Państwo na "
            "własnym urządzeniu to, co ułatwia codzienne życie – bez fachowego żargonu i z "
            "dowolną liczbą powtórek.",
            "Przy stolikach pomagają dwie trenerki oraz uczennice liceum w Löbau. Mamy "
            "urządzenia do wypożyczenia dla osób, które jeszcze ich nie mają lub chcą je "
            "wypróbować przed zakupem.",
        ],
        "outcomes": [
            "Wysyłać wiadomości, zdjęcia i wiadomości głosowe",
            "Odebrać i samodzielnie rozpocząć rozmowę wideo",
            "Znaleźć w internecie rozkłady jazdy i godziny otwarcia",
            "Chronić urządzenie kodem PIN i aktualizacjami",
        ],
        "prerequisites": "Brak. Jeśli to możliwe, prosimy zabrać smartfon lub tablet z "
        "ładowarką oraz dane logowania.",
        "notes": {
            "Fällt wegen Krankheit aus. Bitte wählen Sie einen anderen Termin.": (
                "Odwołane z powodu choroby. Prosimy wybrać inny termin."
            ),
        },
    },
    "repair-cafe-herrnhut": {
        "slug": "kawiarenka-naprawcza-herrnhut",
        "title": "Kawiarenka naprawcza: naprawiać zamiast wyrzucać",
        "teaser": "Toster, rower, ulubione spodnie: razem z wolontariuszami samodzielnie "
        "naprawiają Państwo zepsute rzeczy – i przy okazji wiele się uczą.",
        "description": [
            "Raz w miesiącu w kawiarence naprawczej w Herrnhut spotykają się ludzie, którzy "
            "wolą naprawiać niż kupować nowe. Elektryczki, krawcy, rowerowi majsterkowicze i "
            "emerytowane złote rączki pokazują, jak otworzyć urządzenie, znaleźć usterkę i – "
            "jeśli się da – ją usunąć.",
            "Młodzi i starsi uczą się tu od siebie nawzajem: nastolatki pomagają przy "
            "smartfonach, starsi wiedzą, jak ustawić maszynę do szycia. Kawa i ciasto za "
            "dobrowolny datek, regularnie przyjeżdżają też czescy sąsiedzi z Varnsdorfu.",
        ],
        "outcomes": [
            "Bezpiecznie otworzyć urządzenie i zawęzić typowe usterki",
            "Wykonać proste naprawy sprzętu elektrycznego, tekstyliów i rowerów",
            "Ocenić, kiedy naprawa się opłaca",
        ],
        "prerequisites": "Prosimy przynieść zepsuty przedmiot. Urządzenia elektryczne tylko "
        "przenośne; części zamienne w miarę możliwości prosimy zorganizować samodzielnie.",
    },
    "familienfreundlich-arbeiten": {
        "slug": "praca-przyjazna-rodzinie",
        "title": "Praca przyjazna rodzinie: narzędzia dla pracodawców",
        "teaser": "Jak małe i średnie firmy dzięki elastycznemu czasowi pracy, czasowi na "
        "opiekę i dobrej komunikacji pozyskują i zatrzymują fachowców.",
        "description": [
            "Fachowcy coraz częściej wybierają pracodawcę, u którego praca i rodzina dają się "
            "pogodzić. Dotyczy to zarówno młodych rodziców, jak i osób opiekujących się "
            "bliskimi lub chcących wrócić na Górne Łużyce.",
            "Na warsztatach osoby odpowiedzialne za kadry i właściciele firm dowiadują się, "
            "jakie rozwiązania sprawdzają się nawet w firmie zatrudniającej 20 osób: grafiki "
            "zmianowe z możliwością wyboru, kierowanie zespołem w niepełnym wymiarze, awaryjna "
            "opieka nad dziećmi, doradcy ds. opieki. Dwie firmy z powiatu Görlitz dzielą się "
            "swoim doświadczeniem.",
        ],
        "outcomes": [
            "Zbadać potrzeby pracowników krótką ankietą",
            "Dobrać modele czasu pracy dla pracy zmianowej i biurowej",
            "Znać uprawnienia ustawowe związane z urlopem rodzicielskim i opieką",
            "Opracować plan działań na najbliższe dwanaście miesięcy",
        ],
        "prerequisites": "Dla właścicieli, prezesów, osób odpowiedzialnych za kadry i rad "
        "zakładowych.",
    },
    "arbeiten-ueber-die-grenze": {
        "slug": "praca-za-granica-dojazdy",
        "title": "Praca po drugiej stronie granicy: dojazdy w regionie trzech krajów",
        "teaser": "Podatki, ubezpieczenie zdrowotne, emerytura: co muszą wiedzieć osoby "
        "dojeżdżające do pracy między Saksonią, Polską a Czechami.",
        "description": [
            "Każdego dnia tysiące ludzi przekracza Nysę lub granicę z Czechami w drodze do "
            "pracy. Kto mieszka w jednym kraju, a pracuje w drugim, ma szczególne pytania: "
            "Gdzie płacę podatki? Która kasa chorych jest właściwa? Jak zostanie obliczona "
            "moja emerytura?",
            "Doradczynie transgranicznego pośrednictwa pracy odpowiadają na te pytania po "
            "niemiecku, polsku i czesku. Prosimy przynieść własne pytania – po wykładzie jest "
            "czas na indywidualne rozmowy.",
        ],
        "outcomes": [
            "Znać podstawowe zasady opodatkowania pracowników przygranicznych",
            "Ustalić właściwe ubezpieczenie zdrowotne i emerytalne",
            "Złożyć wniosek o uznanie kwalifikacji zawodowych",
            "Znać punkty doradztwa po obu stronach granicy",
        ],
    },
    "wasserstoff-und-energiespeicher": {
        "slug": "wodor-i-magazyny-energii",
        "title": "Zrozumieć wodór i magazyny energii",
        "teaser": "Bateria, magazyn ciepła czy wodór? Dwie lekcje online i dzień w "
        "laboratorium pokazują, jak energia odnawialna może być dostępna także nocą i zimą.",
        "description": [
            "Słońce i wiatr dostarczają prąd wtedy, gdy pozwala na to pogoda – niekoniecznie "
            "wtedy, gdy go potrzebujemy. Magazyny energii są więc kluczem do systemu "
            "energetycznego bez węgla, zwłaszcza na Łużycach, od dziesięcioleci "
            "naznaczonych górnictwem.",
            "W lekcjach online dowiadują się Państwo, jak działają baterie, magazyny ciepła i "
            "wodór oraz do czego każde z tych rozwiązań się nadaje. Podczas dnia w "
            "laboratorium w Żytawie obsługują Państwo elektrolizer i ogniwo paliwowe, mierzą "
            "sprawność i rozmawiają z naukowcami o regionie energetycznym przyszłości.",
        ],
        "outcomes": [
            "Odróżnić magazyny krótkoterminowe od długoterminowych",
            "Wyjaśnić drogę od prądu do wodoru i z powrotem",
            "Mierzyć i interpretować sprawność",
            "Realistycznie ocenić szanse i ograniczenia wodoru",
        ],
        "prerequisites": "Wystarczy szkolna wiedza z fizyki.",
        "lessons": [
            lesson(
                "dlaczego-magazyny",
                "Dlaczego potrzebujemy magazynów energii",
                "Produkcja i zużycie rzadko się pokrywają – magazyny je wyrównują.",
                text(
                    "System energetyczny z dużym udziałem energii słonecznej i wiatrowej musi "
                    "wyrównywać wahania w skali godzin, dni i pór roku. Służą temu różne "
                    "magazyny:",
                    [
                        "<b>Baterie</b> przechowują prąd przez kilka godzin przy niewielkich "
                        "stratach.",
                        "<b>Magazyny ciepła</b> zatrzymują nadwyżki prądu w postaci ciepła, np. "
                        "dla sieci ciepłowniczych.",
                        "<b>Wodór</b> może magazynować energię przez tygodnie i miesiące, ale "
                        "przy przemianie wiele traci.",
                    ],
                ),
            ),
            lesson(
                "od-pradu-do-wodoru",
                "Od prądu do wodoru i z powrotem",
                "Elektroliza, magazynowanie, ogniwo paliwowe – i co po drodze ginie.",
                text(
                    "W elektrolizerze prąd rozkłada wodę na wodór i tlen. Wodór jest "
                    "magazynowany, a później w ogniwie paliwowym lub turbinie ponownie "
                    "zamieniany na prąd.",
                    "Ze 100 kilowatogodzin prądu wraca na końcu tylko około 30–40. Wodór "
                    "opłaca się więc przede wszystkim tam, gdzie nie ma bezpośredniej "
                    "alternatywy: w przemyśle stalowym i chemicznym oraz jako magazyn "
                    "sezonowy.",
                ),
                quiz(
                    "Krótki test: wodór",
                    question(
                        "Ile mniej więcej ze 100 kWh prądu wraca po elektrolizie, "
                        "magazynowaniu i ogniwie paliwowym?",
                        wrong("90–95 kWh", "Tak wysoką sprawność mają raczej baterie."),
                        right("30–40 kWh"),
                        wrong("5 kWh"),
                    ),
                    question(
                        "Do czego szczególnie nadaje się wodór?",
                        right("Do magazynowania energii przez tygodnie i miesiące"),
                        right("Jako surowiec w przemyśle stalowym"),
                        wrong("Do wyrównywania wahań w ciągu minuty"),
                        multiple=True,
                    ),
                ),
            ),
        ],
        "notes": {
            "Mit Besichtigung eines Batteriespeichers.": (
                "W programie zwiedzanie bateryjnego magazynu energii."
            ),
        },
    },
    "kleine-energieforscher": {
        "slug": "mali-badacze-energii",
        "title": "Mali badacze energii: prąd ze słońca, wiatru i cytryny",
        "teaser": "Dzieci budują elektrownię z cytryn, wiatrak z kubków po jogurcie i auto "
        "solarne – i odkrywają, skąd bierze się prąd.",
        "description": [
            "Jak prąd trafia do gniazdka i dlaczego koło Hoyerswerdy obraca się tyle "
            "wiatraków tam, gdzie dawniej wydobywano węgiel brunatny? W Warsztacie Energii "
            "dzieci szukają odpowiedzi na te pytania, przeprowadzając własne doświadczenia.",
            "Mierzą napięcie baterii z cytryny, sprawdzają, przy jakim kształcie łopat wiatrak "
            "kręci się najszybciej, i ścigają się autami solarnymi. Jedna z opiekunek mówi "
            "także po łużycku; dzieci mówiące po łużycku są bardzo mile widziane.",
        ],
        "outcomes": [
            "Wyjaśnić, że prąd pochodzi z różnych źródeł",
            "Zbudować prosty obwód i zmierzyć napięcie",
            "Planować doświadczenia, obserwować i zapisywać wyniki",
        ],
        "notes": {
            "Ferientermin in Bautzen.": "Termin wakacyjny w Budziszynie.",
        },
    },
    "wissenschaft-am-abend": {
        "slug": "nauka-wieczorem",
        "title": "Nauka wieczorem: badania z Górnych Łużyc",
        "teaser": "Naukowcy z regionu w 45 minut wyjaśniają, nad czym pracują – potem jest "
        "dużo czasu na pytania i rozmowy.",
        "description": [
            "Co właściwie dzieje się w laboratoriach uczelni i instytutów badawczych w Żytawie "
            "i Görlitz? Podczas wieczornego cyklu naukowcy przedstawiają swoją pracę tak, by "
            "nie była potrzebna fachowa wiedza: od implantu z drukarki 3D po magazyn ciepła "
            "dla całej dzielnicy.",
            "Każdy wieczór ma własny temat, podany w opisie terminu. Wykłady odbywają się na "
            "zmianę w Görlitz i Löbau; na życzenie tłumaczymy na polski lub czeski.",
        ],
        "outcomes": [
            "Poznać aktualne tematy badawcze regionu",
            "Porozmawiać bezpośrednio z naukowcami",
            "Krytycznie oceniać twierdzenia naukowe",
        ],
        "notes": {
            "Thema: Energie aus Sand?": "Temat: energia z piasku?",
            "Thema: Implantate aus dem 3D-Drucker": "Temat: implanty z drukarki 3D",
            "Thema: Wärmenetze für kleine Städte": "Temat: sieci ciepłownicze dla małych miast",
            "Thema: Kunststoff ohne Erdöl": "Temat: tworzywa sztuczne bez ropy naftowej",
        },
    },
    "z-lupu-do-lesa": {
        "slug": "z-lupa-do-lasu",
        "title": "Z lupu do lěsa: odkrywanie przyrody po niemiecku i łużycku",
        "teaser": "Z lupą, siatką i kartami do oznaczania nad stawem i na skraju lasu: dzieci "
        "odkrywają zwierzęta i rośliny i poznają ich nazwy w dwóch językach.",
        "description": [
            "Górne Łużyce są bogate w stawy, wrzosowiska i lasy – i w słowa, które je "
            "nazywają w dwóch językach. Na tym kursie dzieci wyruszają z pracowni edukacyjnej "
            "w Budziszynie w teren, ostrożnie łowią owady wodne, rozpoznają drzewa i "
            "wsłuchują się w śpiew ptaków.",
            "Opiekunki mówią po niemiecku i łużycku. Dzieci z łużyckich przedszkoli i szkół "
            "Witaj mogą używać swojego języka na świeżym powietrzu; dzieci, które nie znają "
            "łużyckiego, przy okazji uczą się pierwszych nazw zwierząt i roślin. Na koniec "
            "każda grupa tworzy dwujęzyczny plakat przyrodniczy.",
        ],
        "outcomes": [
            "Rozpoznawać pospolite zwierzęta i rośliny nad stawem i na skraju lasu",
            "Nazywać je po niemiecku i łużycku",
            "Uważnie obserwować z lupą i siatką, nie krzywdząc zwierząt",
            "Rysować i opisywać obserwacje",
        ],
        "prerequisites": "Brak. Prosimy o ubranie odporne na pogodę i kalosze.",
        "notes": {
            "Gummistiefel nicht vergessen!": "Nie zapomnijcie kaloszy!",
        },
    },
    "sousede-tschechisch-fuer-kinder": {
        "slug": "sousede-czeski-dla-dzieci",
        "title": "Sousedé – Sąsiedzi: czeski przez zabawę dla dzieci",
        "teaser": "Piosenki, gry i wizyta dzieci z Liberca: pierwsze czeskie słowa dla dzieci "
        "z regionu trzech krajów.",
        "description": [
            "Z Żytawy do Czech jest tylko kilka minut. Na tym kursie dzieci uczą się języka "
            "sąsiadów tak, jak dzieci lubią najbardziej: z piosenkami, zabawami ruchowymi, "
            "wierszykami i pracami plastycznymi.",
            "Na każde spotkanie przyjeżdża grupa dzieci ze szkoły partnerskiej w Libercu. Dzięki "
            "temu kurs językowy staje się spotkaniem z nowymi przyjaciółmi.",
        ],
        "outcomes": [
            "Przywitać się i przedstawić po czesku",
            "Liczyć do dziesięciu i nazywać kolory",
            "Śpiewać czeską piosenkę dla dzieci",
        ],
    },
    "technik-tag-fuer-maedchen": {
        "slug": "dzien-techniki-dla-dziewczat",
        "title": "Dzień techniki dla dziewcząt: lutowanie, programowanie, projektowanie",
        "teaser": "Cały dzień na sprawdzenie, co kryją zawody techniczne – z inżynierkami, "
        "mechatroniczkami i studentkami z regionu.",
        "description": [
            "W zawodach technicznych na Górnych Łużycach wciąż pracuje niewiele kobiet – nie "
            "dlatego, że dziewczęta mają mniej talentu, ale dlatego, że rzadziej mają okazję "
            "czegoś spróbować. Tego dnia to zmieniamy.",
            "Na trzech stanowiskach lutujecie migającą plakietkę z imieniem, programujecie "
            "małego robota i projektujecie na komputerze część do drukarki 3D. Podczas obiadu "
            "kobiety z firm i uczelni opowiadają o swojej drodze – szczerze, także o "
            "objazdach.",
        ],
        "outcomes": [
            "Bezpiecznie przylutować prosty układ",
            "Zaprogramować robota za pomocą bloków",
            "Znać techniczne ścieżki kształcenia zawodowego i studiów w regionie",
        ],
        "notes": {
            "Mittagessen inklusive.": "Obiad w cenie.",
        },
    },
}
