"""The home page, the catalogue and the standard pages, with their translations."""

from .helpers import rich

HOME_PAGE = {
    "de": {
        "hero_title": "Lernen, wo die Zukunft der Lausitz entsteht",
        "hero_text": "Kurse für Kinder, Jugendliche, Erwachsene und Ältere zwischen Zittau, "
        "Görlitz und Hoyerswerda – in der Werkstatt, im Labor, im Gemeindesaal und online. "
        "Die Partner des Innovationsnetzwerks teilen hier ihr Können: vom 3D-Druck über "
        "Energiespeicher bis zur Sprache der Nachbarn.",
        "schools_title": "Für Schulen",
        "schools_text": "Melden Sie ganze Klassen zu Werkstatt- und Labortagen an. Ihre "
        "Schülerinnen und Schüler treten mit einem Code bei, ganz ohne E-Mail-Adresse, und "
        "Sie sehen den Fortschritt der Klasse auf einen Blick.",
    },
    "translations": {
        "en": {
            "title": "Wirkstatt",
            "slug": "home-en",
            "hero_title": "Learn where the future of Lusatia is being made",
            "hero_text": "Courses for children, young people, adults and older people between "
            "Zittau, Görlitz and Hoyerswerda – in the workshop, in the lab, in the village hall "
            "and online. The partners of the innovation network share what they know: from 3D "
            "printing and energy storage to the language of our neighbours.",
            "schools_title": "For schools",
            "schools_text": "Sign up whole classes for workshop and lab days. Your pupils "
            "join with a code, without any e-mail address, and you see the progress of the "
            "class at a glance.",
        },
        "pl": {
            "title": "Wirkstatt",
            "slug": "home-pl",
            "hero_title": "Ucz się tam, gdzie powstaje przyszłość Łużyc",
            "hero_text": "Kursy dla dzieci, młodzieży, dorosłych i seniorów między Żytawą, "
            "Görlitz a Hoyerswerdą – w warsztacie, w laboratorium, w świetlicy i online. "
            "Partnerzy sieci innowacji dzielą się tu swoją wiedzą: od druku 3D, przez "
            "magazynowanie energii, aż po język sąsiadów.",
            "schools_title": "Dla szkół",
            "schools_text": "Zapisz całe klasy na dni warsztatowe i laboratoryjne. Uczennice "
            "i uczniowie dołączają za pomocą kodu, bez adresu e-mail, a Ty widzisz postępy "
            "klasy na pierwszy rzut oka.",
        },
        "cs": {
            "title": "Wirkstatt",
            "slug": "home-cs",
            "hero_title": "Učte se tam, kde vzniká budoucnost Lužice",
            "hero_text": "Kurzy pro děti, mládež, dospělé i seniory mezi Žitavou, Zhořelcem a "
            "Hoyerswerdou – v dílně, v laboratoři, v obecním sále i online. Partneři "
            "inovační sítě zde sdílejí své znalosti: od 3D tisku přes ukládání energie až po "
            "jazyk sousedů.",
            "schools_title": "Pro školy",
            "schools_text": "Přihlaste celé třídy na dílenské a laboratorní dny. Žákyně a "
            "žáci se připojí pomocí kódu, bez e-mailové adresy, a vy máte pokrok třídy "
            "přehledně na jednom místě.",
        },
        "hsb": {
            "title": "Wirkstatt",
            "slug": "home-hsb",
            "hero_title": "Wuknyć tam, hdźež nastawa přichod Łužicy",
            "hero_text": "Kursy za dźěći, młodostnych, dorosćenych a seniorow mjez Žitawu, "
            "Zhorjelcom a Wojerecami – w dźěłarni, w laboratoriju, we wjesnej žurli a online. "
            "Partnerojo inowaciskeje syće tu dźěla swoju wědu: wot 3D-ćišća přez składowanje "
            "energije hač k rěči susodow.",
            "schools_title": "Za šule",
            "schools_text": "Přizjewće cyłe rjadownje na dny w dźěłarni a laboratoriju. "
            "Šulerki a šulerjo so z kodom přizjewja, bjez e-mailoweje adresy, a Wy widźiće "
            "postup rjadownje na jedyn pohlad.",
        },
    },
}

CATALOGUE_PAGE = {
    "de": {
        "intro": "Alle Kurse der Wirkstatt auf einen Blick. Filtern Sie nach Kompetenzfeld, "
        "Altersgruppe, Format, Sprache und Ort – die meisten Angebote sind kostenfrei.",
    },
    "translations": {
        "en": {
            "title": "Courses",
            "slug": "courses",
            "intro": "All Wirkstatt courses at a glance. Filter by competence field, age "
            "group, format, language and place – most courses are free of charge.",
        },
        "pl": {
            "title": "Kursy",
            "slug": "kursy",
            "intro": "Wszystkie kursy Wirkstatt w jednym miejscu. Filtruj według dziedziny, "
            "grupy wiekowej, formy, języka i miejsca – większość kursów jest bezpłatna.",
        },
        "cs": {
            "title": "Kurzy",
            "slug": "kurzy",
            "intro": "Všechny kurzy Wirkstatt na jednom místě. Filtrujte podle oblasti, "
            "věkové skupiny, formy, jazyka a místa – většina kurzů je zdarma.",
        },
        "hsb": {
            "title": "Kursy",
            "slug": "kursy",
            "intro": "Wšě kursy Wirkstatt na jedyn pohlad. Filtrujće po kompetencnym polu, "
            "starobnej skupinje, formje, rěči a měsće – najwjace poskitkow je darmotnych.",
        },
    },
}

STANDARD_PAGES = [
    {
        "slug": "ueber-uns",
        "title": "Über die Wirkstatt",
        "body": rich(
            "Die Wirkstatt ist die gemeinsame Lernplattform eines Innovationsnetzwerks in der "
            "Oberlausitz. Eine Hochschule, ein Forschungsinstitut, Unternehmen und Städte der "
            "Region bieten hier Kurse an – für alle, die mitgestalten wollen, wie man im "
            "Dreiländereck lebt, arbeitet und forscht.",
            "## Vier Kompetenzfelder",
            [
                "<b>Wirtschaft:</b> additive Fertigung, effiziente Produktion, eigene Produkte, "
                "Gründungen",
                "<b>Leben:</b> Arbeiten und Wohnen in der Region, familienfreundliche Betriebe, "
                "digitale Dörfer",
                "<b>Forschung:</b> 3D-Druck, vernetzte Energiesysteme mit Speichern, "
                "Dekarbonisierung",
                "<b>Bildung:</b> Lernen in jedem Alter, Chancengleichheit, Nachbarsprachen, "
                "Fachkräfte",
            ],
            "Viele Kurse finden in mehreren Sprachen statt: Deutsch, Polnisch, Tschechisch, "
            "Sorbisch und Englisch. Die meisten sind kostenfrei, weil die Partner sie aus "
            "Fördermitteln und eigenem Engagement tragen.",
            "<i>Dies ist eine Demo-Installation. Personen, Termine und Adressen sind erfunden.</i>",
        ),
        "translations": {
            "en": {
                "slug": "about-us",
                "title": "About Wirkstatt",
                "body": rich(
                    "Wirkstatt is the shared learning platform of an innovation network in "
                    "Upper Lusatia. A university of applied sciences, a research institute, "
                    "companies and towns of the region offer courses here – for everyone who "
                    "wants to help shape how people live, work and do research where Germany, "
                    "Poland and the Czech Republic meet.",
                    "Many courses are taught in several languages: German, Polish, Czech, "
                    "Sorbian and English. Most are free, because the partners fund them from "
                    "grants and their own commitment.",
                    "<i>This is a demo installation. People, dates and addresses are made up.</i>",
                ),
            },
            "pl": {
                "slug": "o-nas",
                "title": "O Wirkstatt",
                "body": rich(
                    "Wirkstatt to wspólna platforma edukacyjna sieci innowacji na Górnych "
                    "Łużycach. Uczelnia, instytut badawczy, firmy i miasta regionu oferują tu "
                    "kursy dla wszystkich, którzy chcą współtworzyć życie, pracę i badania na "
                    "styku trzech krajów.",
                    "Wiele kursów odbywa się w kilku językach: niemieckim, polskim, czeskim, "
                    "łużyckim i angielskim. Większość jest bezpłatna, bo partnerzy finansują "
                    "je z dotacji i własnego zaangażowania.",
                    "<i>To jest instalacja demonstracyjna. Osoby, terminy i adresy są "
                    "zmyślone.</i>",
                ),
            },
            "cs": {
                "slug": "o-nas",
                "title": "O Wirkstatt",
                "body": rich(
                    "Wirkstatt je společná vzdělávací platforma inovační sítě v Horní Lužici. "
                    "Vysoká škola, výzkumný ústav, firmy a města regionu zde nabízejí kurzy "
                    "pro všechny, kdo chtějí spoluutvářet život, práci a výzkum na pomezí tří "
                    "zemí.",
                    "Mnoho kurzů probíhá ve více jazycích: v němčině, polštině, češtině, "
                    "lužické srbštině a angličtině. Většina je zdarma, protože je partneři "
                    "financují z dotací a z vlastního nasazení.",
                    "<i>Toto je ukázková instalace. Osoby, termíny a adresy jsou smyšlené.</i>",
                ),
            },
            "hsb": {
                "slug": "wo-nas",
                "title": "Wo Wirkstatt",
                "body": rich(
                    "Wirkstatt je zhromadna wuknjenska platforma inowaciskeje syće w Hornjej "
                    "Łužicy. Wysoka šula, slědźerski institut, předewzaća a města regiona tu "
                    "kursy poskićeja – za wšěch, kotřiž chcedźa sobu wuhotować, kak so w "
                    "třikrajnym róžku žije, dźěła a slědźi.",
                    "Wjele kursow so we wjacorych rěčach wotměwa: němsce, pólsce, čěsce, "
                    "serbsce a jendźelsce. Najwjace je darmotnych, dokelž je partnerojo ze "
                    "spěchowanskich srědkow a ze swójskim angažementom financuja.",
                    "<i>To je demonstraciska instalacija. Wosoby, terminy a adresy su "
                    "wumyslene.</i>",
                ),
            },
        },
    },
    {
        "slug": "barrierefreiheit",
        "title": "Erklärung zur Barrierefreiheit",
        "body": rich(
            "Wir möchten, dass alle Menschen die Wirkstatt nutzen können – mit Tastatur, "
            "Screenreader, Vergrößerung oder in leichter Sprache. Die Website orientiert sich "
            "an den Web Content Accessibility Guidelines (WCAG) 2.2, Stufe AA.",
            "## Was schon gut funktioniert",
            [
                "Alle Seiten lassen sich vollständig mit der Tastatur bedienen.",
                "Filter im Kurskatalog funktionieren auch ohne JavaScript.",
                "Zu jedem Veranstaltungsort nennen wir Zugang, WC und Anreise.",
            ],
            "## Barriere melden",
            "Ist Ihnen eine Hürde aufgefallen? Schreiben Sie uns an "
            "barrierefreiheit@wirkstatt.example – wir antworten innerhalb von zwei Wochen.",
        ),
        "translations": {
            "en": {
                "slug": "accessibility",
                "title": "Accessibility statement",
                "body": rich(
                    "We want everyone to be able to use Wirkstatt – with a keyboard, a screen "
                    "reader, magnification or in plain language. The website follows the Web "
                    "Content Accessibility Guidelines (WCAG) 2.2, level AA.",
                    "## Report a barrier",
                    "Did you run into an obstacle? Write to "
                    "barrierefreiheit@wirkstatt.example – we reply within two weeks.",
                ),
            },
        },
    },
    {
        "slug": "impressum",
        "title": "Impressum",
        "body": rich(
            "Wirkstatt Oberlausitz e. V. (Demo)<br/>Äußere Oybiner Straße 14<br/>02763 Zittau",
            "Vertreten durch den Vorstand. Kontakt: kontakt@wirkstatt.example",
            "<i>Demo-Angaben: Der Verein und seine Anschrift sind erfunden.</i>",
        ),
        "translations": {
            "en": {
                "slug": "legal-notice",
                "title": "Legal notice",
                "body": rich(
                    "Wirkstatt Oberlausitz e. V. (demo)<br/>Äußere Oybiner Straße 14<br/>"
                    "02763 Zittau, Germany",
                    "Represented by the board. Contact: kontakt@wirkstatt.example",
                    "<i>Demo details: the association and its address are made up.</i>",
                ),
            },
        },
    },
]
