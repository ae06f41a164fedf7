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
    },
}
