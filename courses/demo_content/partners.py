"""Partner organisations of the Wirkstatt network, the courses they offer, and their demo logins.

Every partner is written in German first, with translated names, slugs, towns and
descriptions for en, pl, cs and hsb. Address, e-mail, phone and website are shared by every
translation. All organisations, people, addresses and numbers are invented.
"""

PARTNERS = [
    {
        "slug": "hochschule-oberlausitz",
        "title": "Hochschule Oberlausitz",
        "kind": "university",
        "street": "Hochschulring 3",
        "postcode": "02763",
        "town": "Zittau",
        "country": "DE",
        "email": "weiterbildung@hochschule-oberlausitz.example",
        "phone": "+49 3583 000 100",
        "website": "https://hochschule-oberlausitz.example/",
        "description": [
            "Die Hochschule Oberlausitz bildet in Zittau Ingenieurinnen, Informatiker und "
            "Fachleute für Pflege und Wirtschaft aus. Im Netzwerk öffnet sie ihre Labore und "
            "Werkstätten auch für Menschen, die nicht studieren.",
            "Studierende und Lehrende gestalten Technik-Tage für Schülerinnen, eine Kinderuni "
            "und Vortragsabende; das Sprachenzentrum bietet berufsbezogenes Deutsch für "
            "Fachkräfte aus dem Ausland.",
        ],
        "translations": {
            "en": {
                "title": "Upper Lusatia University of Applied Sciences",
                "slug": "upper-lusatia-university-of-applied-sciences",
                "town": "Zittau",
                "description": [
                    "Upper Lusatia University of Applied Sciences in Zittau trains engineers, "
                    "computer scientists and specialists in nursing and business. Within the "
                    "network it opens its laboratories and workshops to people who are not "
                    "students.",
                    "Students and lecturers run technology days for girls, a children's "
                    "university and evening talks; the language centre offers job-related "
                    "German for professionals from abroad.",
                ],
            },
            "pl": {
                "title": "Akademia Nauk Stosowanych Górnych Łużyc",
                "slug": "akademia-nauk-stosowanych-gornych-luzyc",
                "town": "Żytawa",
                "description": [
                    "Akademia Nauk Stosowanych Górnych Łużyc w Żytawie kształci inżynierów, "
                    "informatyków oraz specjalistów w dziedzinie pielęgniarstwa i ekonomii. W "
                    "ramach sieci udostępnia swoje laboratoria i warsztaty także osobom, które "
                    "nie studiują.",
                    "Studenci i wykładowcy organizują dni techniki dla dziewcząt, uniwersytet "
                    "dziecięcy i wieczorne wykłady; centrum językowe prowadzi kursy niemieckiego "
                    "zawodowego dla specjalistów z zagranicy.",
                ],
            },
            "cs": {
                "title": "Vysoká škola aplikovaných věd Horní Lužice",
                "slug": "vysoka-skola-aplikovanych-ved-horni-luzice",
                "town": "Žitava",
                "description": [
                    "Vysoká škola aplikovaných věd Horní Lužice v Žitavě vychovává inženýry, "
                    "informatiky a odborníky v ošetřovatelství a ekonomice. V rámci sítě "
                    "otevírá své laboratoře a dílny i lidem, kteří nestudují.",
                    "Studenti a vyučující pořádají technické dny pro dívky, dětskou univerzitu "
                    "a večerní přednášky; jazykové centrum nabízí profesní němčinu pro "
                    "odborníky ze zahraničí.",
                ],
            },
            "hsb": {
                "title": "Wysoka šula Hornja Łužica",
                "slug": "wysoka-sula-hornja-luzica",
                "town": "Žitawa",
                "description": [
                    "Wysoka šula Hornja Łužica w Žitawje kubła inženjerow, informatikarjow a "
                    "fachowcow za hladanje a hospodarstwo. W syći wotewrje swoje laboratorije "
                    "a dźěłarnje tež ludźom, kotřiž njestuduja.",
                    "Studowacy a docenća organizuja dny techniki za holcy, dźěćacu uniwersitu "
                    "a wječorne přednoški; rěčny centrum poskićuje powołansku němčinu za "
                    "fachowe mocy z cuzby.",
                ],
            },
        },
    },
    {
        "slug": "institut-energiesysteme-fertigung-lausitz",
        "title": "Institut für Energiesysteme und Fertigung Lausitz",
        "kind": "research",
        "street": "Am Stadtpark 12",
        "postcode": "02826",
        "town": "Görlitz",
        "country": "DE",
        "email": "transfer@energiesysteme-lausitz.example",
        "phone": "+49 3581 000 200",
        "website": "https://energiesysteme-lausitz.example/",
        "description": [
            "Das Institut erforscht, wie Strom, Wärme und Wasserstoff in der Lausitz klug "
            "gespeichert und verteilt werden können, und entwickelt den 3D-Druck mit Metall für "
            "Betriebe weiter.",
            "Im Netzwerk öffnet es seine Labore, begleitet Unternehmen auf dem Weg zur "
            "klimaneutralen Produktion und lädt Bürgerinnen und Bürger ein, mit eigenen "
            "Messungen zur Forschung beizutragen.",
        ],
        "translations": {
            "en": {
                "title": "Lusatia Institute for Energy Systems and Manufacturing",
                "slug": "lusatia-institute-energy-systems-manufacturing",
                "town": "Görlitz",
                "description": [
                    "The institute researches how electricity, heat and hydrogen can be stored "
                    "and distributed intelligently in Lusatia, and advances metal 3D printing "
                    "for industry.",
                    "In the network it opens its laboratories, supports companies on their way "
                    "to climate-neutral production and invites citizens to contribute to "
                    "research with their own measurements.",
                ],
            },
            "pl": {
                "title": "Łużycki Instytut Systemów Energetycznych i Wytwarzania",
                "slug": "luzycki-instytut-systemow-energetycznych-i-wytwarzania",
                "town": "Görlitz",
                "description": [
                    "Instytut bada, jak mądrze magazynować i rozprowadzać prąd, ciepło i wodór "
                    "na Łużycach, oraz rozwija druk 3D z metalu dla przedsiębiorstw.",
                    "W ramach sieci otwiera swoje laboratoria, wspiera firmy w drodze do "
                    "neutralnej klimatycznie produkcji i zaprasza mieszkańców, by własnymi "
                    "pomiarami przyczyniali się do badań naukowych.",
                ],
            },
            "cs": {
                "title": "Lužický institut energetických systémů a výroby",
                "slug": "luzicky-institut-energetickych-systemu-a-vyroby",
                "town": "Zhořelec",
                "description": [
                    "Institut zkoumá, jak v Lužici chytře ukládat a rozvádět elektřinu, teplo a "
                    "vodík, a dále rozvíjí 3D tisk z kovu pro podniky.",
                    "V rámci sítě otevírá své laboratoře, provází firmy na cestě ke klimaticky "
                    "neutrální výrobě a zve občany, aby vlastními měřeními přispívali k "
                    "výzkumu.",
                ],
            },
            "hsb": {
                "title": "Łužiski institut za energijowe systemy a produkciju",
                "slug": "luziski-institut-za-energijowe-systemy-a-produkciju",
                "town": "Zhorjelc",
                "description": [
                    "Institut slědźi, kak móža ludźo a zawody w Łužicy prud, ćopłotu a wodźik "
                    "mudrje składować a rozdźělić, a dale wuwiwa 3D-ćišć z metala za zawody.",
                    "W syći wotewrje swoje laboratorije, přewodźa zawody na puću k "
                    "klimaneutralnej produkciji a přeprošuje wobydlerjow, zo bychu z wlastnymi "
                    "měrjenjemi k slědźenju přinošowali.",
                ],
            },
        },
    },
    {
        "slug": "neissetal-formtechnik",
        "title": "Neißetal Formtechnik GmbH",
        "kind": "company",
        "street": "Am Gewerbepark 7",
        "postcode": "02708",
        "town": "Löbau",
        "country": "DE",
        "email": "lehrwerkstatt@neissetal-formtechnik.example",
        "phone": "+49 3585 000 300",
        "website": "https://neissetal-formtechnik.example/",
        "description": [
            "Der Familienbetrieb mit rund 120 Beschäftigten fertigt Werkzeuge, Vorrichtungen "
            "und Kunststoffteile und druckt seit zehn Jahren Prototypen und Kleinserien in 3D.",
            "In seiner Lehrwerkstatt bringt er Kindern, Jugendlichen und Fachkräften anderer "
            "Betriebe additive Fertigung, CAD und schlanke Abläufe bei und schult "
            "Ausbilderinnen und Ausbilder aus der ganzen Region.",
        ],
        "translations": {
            "en": {
                "title": "Neißetal Formtechnik GmbH",
                "slug": "neissetal-formtechnik",
                "town": "Löbau",
                "description": [
                    "This family-owned company with around 120 employees makes tools, fixtures "
                    "and plastic parts and has been 3D printing prototypes and small series "
                    "for ten years.",
                    "In its training workshop it teaches children, young people and staff from "
                    "other firms additive manufacturing, CAD and lean processes, and trains "
                    "apprentice instructors from across the region.",
                ],
            },
            "pl": {
                "title": "Neißetal Formtechnik GmbH",
                "slug": "neissetal-formtechnik",
                "town": "Löbau",
                "description": [
                    "Ta rodzinna firma zatrudniająca około 120 osób produkuje narzędzia, "
                    "przyrządy i części z tworzyw sztucznych, a od dziesięciu lat drukuje w 3D "
                    "prototypy i krótkie serie.",
                    "W swoim warsztacie szkoleniowym uczy dzieci, młodzież i pracowników innych "
                    "firm wytwarzania przyrostowego, projektowania CAD i szczupłej organizacji "
                    "pracy, a także szkoli instruktorów praktycznej nauki zawodu z całego "
                    "regionu.",
                ],
            },
            "cs": {
                "title": "Neißetal Formtechnik GmbH",
                "slug": "neissetal-formtechnik",
                "town": "Löbau",
                "description": [
                    "Rodinná firma s přibližně 120 zaměstnanci vyrábí nástroje, přípravky a "
                    "plastové díly a už deset let tiskne ve 3D prototypy a malé série.",
                    "Ve své výukové dílně učí děti, mládež i pracovníky jiných firem aditivní "
                    "výrobu, CAD a štíhlé procesy a školí instruktory odborného výcviku z "
                    "celého regionu.",
                ],
            },
            "hsb": {
                "title": "Neißetal Formtechnik GmbH",
                "slug": "neissetal-formtechnik",
                "town": "Lubij",
                "description": [
                    "Swójbny zawod z něhdźe 120 sobudźěłaćerjemi zhotowja nastroje, připrawy a "
                    "plastowe dźěle a hižo dźesać lět ćišći prototypy a małe serije w 3D.",
                    "We swojej wučbnej dźěłarni zeznajomi dźěći, młodostnych a fachowe mocy "
                    "druhich zawodow z aditiwnej produkciju, z CAD a ze šćihłymi procesami a "
                    "šuluje wukubłarjow z cyłeho regiona.",
                ],
            },
        },
    },
    {
        "slug": "landkreis-oberlausitz",
        "title": "Landkreis Oberlausitz",
        "kind": "public_body",
        "street": "Schulplatz 5",
        "postcode": "01917",
        "town": "Kamenz",
        "country": "DE",
        "email": "bildung@landkreis-oberlausitz.example",
        "phone": "+49 3578 000 400",
        "website": "https://landkreis-oberlausitz.example/",
        "description": [
            "Der Landkreis verbindet Städte und Dörfer zwischen Hoyerswerda und dem Zittauer "
            "Gebirge. Wirtschaftsförderung, Jugendamt und Bildungskoordination bringen ihr "
            "Wissen aus der Verwaltung in das Netzwerk ein.",
            "Der Kreis lädt Kinder zur Stadtplanung ein, organisiert Werkstatttage zur "
            "Berufsorientierung, berät Betriebe zu familienfreundlicher Arbeit und hilft "
            "Rückkehrenden, Schülerfirmen und Dorfvereinen beim Start.",
        ],
        "translations": {
            "en": {
                "title": "Upper Lusatia District",
                "slug": "upper-lusatia-district",
                "town": "Kamenz",
                "description": [
                    "The district links towns and villages from Hoyerswerda to the Zittau "
                    "Mountains. Its business development agency, youth welfare office and "
                    "education coordinators bring their public-sector experience to the "
                    "network.",
                    "It invites children to help plan their towns, organises workshop days for "
                    "career orientation, advises employers on family-friendly work and helps "
                    "returners, pupil companies and village associations get started.",
                ],
            },
            "pl": {
                "title": "Powiat Górnołużycki",
                "slug": "powiat-gornoluzycki",
                "town": "Kamenz",
                "description": [
                    "Powiat łączy miasta i wsie od Hoyerswerdy po Góry Żytawskie. Jego wydział "
                    "wspierania gospodarki, urząd ds. młodzieży i koordynatorzy edukacji wnoszą "
                    "do sieci doświadczenie administracji.",
                    "Powiat zaprasza dzieci do planowania ich miast, organizuje warsztatowe dni "
                    "orientacji zawodowej, doradza pracodawcom w sprawie pracy przyjaznej "
                    "rodzinie i pomaga w starcie osobom powracającym, firmom uczniowskim oraz "
                    "stowarzyszeniom wiejskim.",
                ],
            },
            "cs": {
                "title": "Zemský okres Horní Lužice",
                "slug": "zemsky-okres-horni-luzice",
                "town": "Kamenz",
                "description": [
                    "Zemský okres spojuje města a obce od Hoyerswerdy po Žitavské hory. Odbor "
                    "podpory podnikání, úřad péče o mládež a koordinátoři vzdělávání přinášejí "
                    "do sítě zkušenosti z veřejné správy.",
                    "Okres zve děti k plánování jejich měst, pořádá dílenské dny pro volbu "
                    "povolání, radí zaměstnavatelům s prací přátelskou k rodině a pomáhá s "
                    "rozjezdem navrátilcům, žákovským firmám i vesnickým spolkům.",
                ],
            },
            "hsb": {
                "title": "Wokrjes Hornja Łužica",
                "slug": "wokrjes-hornja-luzica",
                "town": "Kamjenc",
                "description": [
                    "Wokrjes zwjazuje města a wsy wot Wojerec hač k Žitawskim horam. "
                    "Hospodarske spěchowanje, młodźinski zarjad a koordinacija kubłanja "
                    "wnošuja nazhonjenja ze zarjadnistwa do syće.",
                    "Wokrjes přeprošuje dźěći, swoje města sobu planować, organizuje "
                    "dźěłarniske dny za powołansku orientaciju, poradźuje dźěłodawarjam wo "
                    "swójbje přećelnym dźěle a pomha při započatku tym, kotřiž so do Łužicy "
                    "wróćeja, kaž tež šulerskim firmam a wjesnym towarstwam.",
                ],
            },
        },
    },
    {
        "slug": "generationenverein-zhromadnje",
        "title": "Sorbisch-deutscher Generationenverein Zhromadnje e. V.",
        "kind": "association",
        "street": "Töpferstraße 7",
        "postcode": "02625",
        "town": "Bautzen",
        "country": "DE",
        "email": "info@zhromadnje.example",
        "phone": "+49 3591 000 500",
        "website": "https://zhromadnje.example/",
        "description": [
            "Zhromadnje heißt auf Sorbisch „gemeinsam“. Seit 2009 bringt der Verein Jung und "
            "Alt, sorbisch- und deutschsprachige Menschen in Bautzen und den Dörfern ringsum "
            "zusammen.",
            "Ehrenamtliche geben Sorbischkurse, erforschen mit Kindern die Natur in zwei "
            "Sprachen, laden zum Erzählcafé ein und helfen Älteren sicher ins Netz. Erfahrene "
            "Ruheständler begleiten als Mentorinnen und Mentoren junge Unternehmen.",
        ],
        "translations": {
            "en": {
                "title": "Zhromadnje Sorbian-German Association for All Generations",
                "slug": "zhromadnje-association-for-all-generations",
                "town": "Bautzen",
                "description": [
                    "Zhromadnje means “together” in Sorbian. Since 2009 the association has "
                    "been bringing young and old, Sorbian and German speakers together in "
                    "Bautzen and the surrounding villages.",
                    "Volunteers teach Sorbian, explore nature with children in two languages, "
                    "host a storytelling café and help older people get online safely. "
                    "Experienced retirees mentor young companies.",
                ],
            },
            "pl": {
                "title": "Serbołużycko-Niemieckie Stowarzyszenie Pokoleń Zhromadnje",
                "slug": "stowarzyszenie-pokolen-zhromadnje",
                "town": "Budziszyn",
                "description": [
                    "Zhromadnje znaczy po łużycku „razem”. Od 2009 roku stowarzyszenie łączy "
                    "młodych i starszych oraz osoby mówiące po łużycku i po niemiecku w "
                    "Budziszynie i okolicznych wsiach.",
                    "Wolontariusze prowadzą kursy łużyckiego, badają z dziećmi przyrodę w dwóch "
                    "językach, zapraszają do kawiarenki opowieści i pomagają seniorom bezpiecznie "
                    "korzystać z internetu. Doświadczeni emeryci wspierają jako mentorzy młode "
                    "firmy.",
                ],
            },
            "cs": {
                "title": "Lužickosrbsko-německý spolek generací Zhromadnje",
                "slug": "spolek-generaci-zhromadnje",
                "town": "Budyšín",
                "description": [
                    "Zhromadnje znamená lužickosrbsky „společně“. Spolek od roku 2009 sbližuje "
                    "mladé a staré, lužickosrbsky i německy mluvící obyvatele Budyšína a "
                    "okolních vesnic.",
                    "Dobrovolníci vedou kurzy lužické srbštiny, s dětmi zkoumají přírodu ve "
                    "dvou jazycích, zvou do vyprávěcí kavárny a pomáhají seniorům bezpečně se "
                    "pohybovat na internetu. Zkušení důchodci jako mentoři podporují mladé "
                    "firmy.",
                ],
            },
            "hsb": {
                "title": "Serbsko-němske towarstwo generacijow Zhromadnje z. t.",
                "slug": "towarstwo-generacijow-zhromadnje",
                "town": "Budyšin",
                "description": [
                    "Kaž mjeno praji, zwjazuje towarstwo wot lěta 2009 młodych a starych, "
                    "serbsce a němsce rěčacych ludźi w Budyšinje a wokolnych wsach.",
                    "Čestnohamtscy wuča serbšćinu, slědźa z dźěćimi přirodu we dwěmaj "
                    "rěčomaj, přeprošuja do powědanskeje kofejownje a pomhaja staršim ludźom, "
                    "so wěsće w interneće pohibować. Nazhonjeni wuměnkarjo podpěruja jako "
                    "mentorojo młode předewzaća.",
                ],
            },
        },
    },
    {
        "slug": "neisse-zentrum-bildung-kultur",
        "title": "Neiße-Zentrum für Bildung und Kultur",
        "kind": "school",
        "street": "ul. Nadbrzeżna 4",
        "postcode": "59-900",
        "town": "Zgorzelec",
        "country": "PL",
        "email": "sekretariat@ncek-zgorzelec.example",
        "phone": "+48 75 000 06 00",
        "website": "https://ncek-zgorzelec.example/",
        "description": [
            "Das Zentrum in Zgorzelec vereint ein Technikum für Mechatronik und Energietechnik "
            "mit einem Kulturhaus direkt an der Neiße. Seit Jahren organisiert es "
            "Schüleraustausche mit Görlitz.",
            "Im Netzwerk unterrichten seine Lehrkräfte Polnisch für Nachbarn, richten einen "
            "zweisprachigen Gründungsabend aus und bringen polnische und deutsche Jugendliche im "
            "Planspiel zur Energieversorgung zusammen.",
        ],
        "translations": {
            "en": {
                "title": "Neisse Centre for Education and Culture",
                "slug": "neisse-centre-for-education-and-culture",
                "town": "Zgorzelec",
                "description": [
                    "Located in Zgorzelec right on the Neisse, the centre combines a technical "
                    "secondary school for mechatronics and energy technology with a cultural "
                    "centre. It has run pupil exchanges with Görlitz for many years.",
                    "In the network its teachers teach Polish for neighbours, host a bilingual "
                    "start-up evening and bring Polish and German teenagers together in a "
                    "simulation game on energy supply.",
                ],
            },
            "pl": {
                "title": "Nadnyskie Centrum Edukacji i Kultury",
                "slug": "nadnyskie-centrum-edukacji-i-kultury",
                "town": "Zgorzelec",
                "description": [
                    "Centrum w Zgorzelcu łączy technikum mechatroniczne i energetyczne z domem "
                    "kultury położonym tuż nad Nysą. Od lat organizuje wymiany uczniów z "
                    "Görlitz.",
                    "W ramach sieci jego nauczyciele uczą sąsiadów języka polskiego, organizują "
                    "dwujęzyczny wieczór założycieli i łączą polską i niemiecką młodzież w grze "
                    "symulacyjnej o zaopatrzeniu w energię.",
                ],
            },
            "cs": {
                "title": "Nisské centrum vzdělávání a kultury",
                "slug": "nisske-centrum-vzdelavani-a-kultury",
                "town": "Zgorzelec",
                "description": [
                    "Centrum ve Zgorzelci spojuje technickou střední školu zaměřenou na "
                    "mechatroniku a energetiku s kulturním domem přímo na břehu Nisy. Už léta "
                    "pořádá výměny žáků se Zhořelcem.",
                    "V rámci sítě jeho učitelé vyučují polštinu pro sousedy, pořádají "
                    "dvojjazyčný večer pro zakladatele a spojují polskou a německou mládež v "
                    "simulační hře o zásobování energií.",
                ],
            },
            "hsb": {
                "title": "Nysowe centrum za kubłanje a kulturu",
                "slug": "nysowe-centrum-za-kublanje-a-kulturu",
                "town": "Zgorzelec",
                "description": [
                    "Centrum w Zgorzelcu zwjazuje technisku srjedźnu šulu za mechatroniku a "
                    "energijowu techniku z kulturnym domom direktnje při Nysy. Hižo wjele lět "
                    "organizuje wuměnu šulerjow ze Zhorjelcom.",
                    "W syći wuča jeho wučerjo pólšćinu za susodow, wuhotuja dwurěčny wječor "
                    "załožerjow a zwjazuja pólsku a němsku młodźinu w planowej hrě wo "
                    "zastaranju z energiju.",
                ],
            },
        },
    },
    {
        "slug": "iser-zentrum-bildung-innovation",
        "title": "Iser-Zentrum für Bildung und Innovation",
        "kind": "other",
        "street": "Jablonecká 27",
        "postcode": "460 01",
        "town": "Liberec",
        "country": "CZ",
        "email": "info@jizerske-centrum.example",
        "phone": "+420 485 000 700",
        "website": "https://jizerske-centrum.example/",
        "description": [
            "Das gemeinnützige Zentrum in Liberec berät kleine Firmen in Nordböhmen bei der "
            "Entwicklung neuer Produkte und vernetzt Schulen und Vereine beiderseits der Grenze.",
            "Im Netzwerk begleitet es Zulieferbetriebe auf dem Weg zum eigenen Produkt, bringt "
            "Kinder aus Liberec und Zittau zusammen, berät Grenzpendler und lädt mit "
            "Freiwilligen aus beiden Ländern ins Repair-Café nach Herrnhut ein.",
        ],
        "translations": {
            "en": {
                "title": "Jizera Centre for Education and Innovation",
                "slug": "jizera-centre-for-education-and-innovation",
                "town": "Liberec",
                "description": [
                    "This non-profit centre in Liberec helps small firms in North Bohemia "
                    "develop new products and connects schools and associations on both sides "
                    "of the border.",
                    "In the network it guides suppliers towards their own products, brings "
                    "children from Liberec and Zittau together, advises cross-border commuters "
                    "and runs the repair café in Herrnhut with volunteers from both countries.",
                ],
            },
            "pl": {
                "title": "Izerskie Centrum Edukacji i Innowacji",
                "slug": "izerskie-centrum-edukacji-i-innowacji",
                "town": "Liberec",
                "description": [
                    "Niekomercyjne centrum w Libercu doradza małym firmom z północnych Czech "
                    "przy tworzeniu nowych produktów i łączy szkoły oraz stowarzyszenia po obu "
                    "stronach granicy.",
                    "W ramach sieci wspiera poddostawców w drodze do własnego produktu, łączy "
                    "dzieci z Liberca i Żytawy, doradza osobom dojeżdżającym do pracy za granicę "
                    "i razem z wolontariuszami z obu krajów prowadzi kawiarenkę naprawczą w "
                    "Herrnhut.",
                ],
            },
            "cs": {
                "title": "Jizerské centrum vzdělávání a inovací",
                "slug": "jizerske-centrum-vzdelavani-a-inovaci",
                "town": "Liberec",
                "description": [
                    "Obecně prospěšné centrum v Liberci pomáhá malým firmám na severu Čech s "
                    "vývojem nových výrobků a propojuje školy a spolky na obou stranách "
                    "hranice.",
                    "V rámci sítě provází subdodavatele na cestě k vlastnímu výrobku, spojuje "
                    "děti z Liberce a Žitavy, radí lidem, kteří za prací dojíždějí přes "
                    "hranici, a s dobrovolníky z obou zemí pořádá repair kavárnu v Ochranově.",
                ],
            },
            "hsb": {
                "title": "Jizerske centrum za kubłanje a inowacije",
                "slug": "jizerske-centrum-za-kublanje-a-inowacije",
                "town": "Liberec",
                "description": [
                    "Centrum w Libercu, kotrež njedźěła za dobytk, poradźuje małym firmam w "
                    "sewjernych Čechach při wuwiću nowych produktow a zwjazuje šule a "
                    "towarstwa na woběmaj stronomaj hranicy.",
                    "W syći přewodźa dodawarske zawody na puću k swójskemu produktej, zwjazuje "
                    "dźěći z Liberca a Žitawy, poradźuje ludźom, kotřiž na druhej stronje "
                    "hranicy dźěłaja, a wuhotuje z dobrowólnikami z wobeju krajow repair-café "
                    "w Ochranowje.",
                ],
            },
        },
    },
]

# course slug (German) -> partner slug: every course belongs to exactly one partner
COURSE_PROVIDERS = {
    # Hochschule Oberlausitz
    "technik-tag-fuer-maedchen": "hochschule-oberlausitz",
    "wissenschaft-am-abend": "hochschule-oberlausitz",
    "vom-joghurtbecher-zum-filament": "hochschule-oberlausitz",
    "kleine-energieforscher": "hochschule-oberlausitz",
    "deutsch-im-beruf": "hochschule-oberlausitz",
    # Institut für Energiesysteme und Fertigung Lausitz
    "metall-3d-druck-forschung": "institut-energiesysteme-fertigung-lausitz",
    "wasserstoff-und-energiespeicher": "institut-energiesysteme-fertigung-lausitz",
    "dekarbonisierung-im-mittelstand": "institut-energiesysteme-fertigung-lausitz",
    "buergerforschung-wetter-und-klima": "institut-energiesysteme-fertigung-lausitz",
    # Neißetal Formtechnik GmbH
    "3d-druck-werkstatt-fuer-kinder": "neissetal-formtechnik",
    "additive-fertigung-im-betrieb": "neissetal-formtechnik",
    "cad-fuer-einsteiger": "neissetal-formtechnik",
    "lean-methoden-kompakt": "neissetal-formtechnik",
    "lernbegleitung-in-der-ausbildung": "neissetal-formtechnik",
    # Landkreis Oberlausitz
    "schuelerfirma-gruenden": "landkreis-oberlausitz",
    "berufe-zum-anfassen": "landkreis-oberlausitz",
    "familienfreundlich-arbeiten": "landkreis-oberlausitz",
    "zurueck-in-die-oberlausitz": "landkreis-oberlausitz",
    "digitales-dorf": "landkreis-oberlausitz",
    "stadtdetektive-hoyerswerda": "landkreis-oberlausitz",
    "erste-eigene-wohnung": "landkreis-oberlausitz",
    # Sorbisch-deutscher Generationenverein Zhromadnje
    "sorbisch-fuer-einsteiger": "generationenverein-zhromadnje",
    "z-lupu-do-lesa": "generationenverein-zhromadnje",
    "erzaehlcafe-generationen": "generationenverein-zhromadnje",
    "digital-fit-im-alter": "generationenverein-zhromadnje",
    "sicher-im-netz": "generationenverein-zhromadnje",
    "mentoring-fuer-junge-unternehmen": "generationenverein-zhromadnje",
    # Neiße-Zentrum für Bildung und Kultur (Zgorzelec)
    "polnisch-fuer-nachbarn": "neisse-zentrum-bildung-kultur",
    "gruendungsabend-goerlitz": "neisse-zentrum-bildung-kultur",
    "planspiel-smart-grid": "neisse-zentrum-bildung-kultur",
    # Iser-Zentrum für Bildung und Innovation (Liberec)
    "sousede-tschechisch-fuer-kinder": "iser-zentrum-bildung-innovation",
    "vom-zulieferer-zum-eigenen-produkt": "iser-zentrum-bildung-innovation",
    "arbeiten-ueber-die-grenze": "iser-zentrum-bildung-innovation",
    "repair-cafe-herrnhut": "iser-zentrum-bildung-innovation",
}

# course slug -> partner slugs of co-providers (besides the provider in COURSE_PROVIDERS)
JOINT_COURSES = {
    "arbeiten-ueber-die-grenze": ["neisse-zentrum-bildung-kultur", "landkreis-oberlausitz"],
    "planspiel-smart-grid": ["institut-energiesysteme-fertigung-lausitz"],
}

# Demo logins per partner (password is the common demo password, site.PASSWORD)
PARTNER_USERS = [
    {
        "username": "manager.hochschule",
        "email": "sabine.wendler@hochschule-oberlausitz.example",
        "first_name": "Sabine",
        "last_name": "Wendler",
        "display_name": "Sabine Wendler",
        "preferred_language": "de",
        "partner": "hochschule-oberlausitz",
        "role": "managers",
    },
    {
        "username": "trainer.hochschule",
        "email": "tobias.kuehnel@hochschule-oberlausitz.example",
        "first_name": "Tobias",
        "last_name": "Kühnel",
        "display_name": "Tobias Kühnel",
        "preferred_language": "de",
        "partner": "hochschule-oberlausitz",
        "role": "trainers",
    },
    {
        "username": "manager.zgorzelec",
        "email": "agnieszka.wrobel@ncek-zgorzelec.example",
        "first_name": "Agnieszka",
        "last_name": "Wróbel",
        "display_name": "Agnieszka Wróbel",
        "preferred_language": "pl",
        "partner": "neisse-zentrum-bildung-kultur",
        "role": "managers",
    },
    {
        "username": "trainer.zgorzelec",
        "email": "pawel.kaczmarek@ncek-zgorzelec.example",
        "first_name": "Paweł",
        "last_name": "Kaczmarek",
        "display_name": "Paweł Kaczmarek",
        "preferred_language": "pl",
        "partner": "neisse-zentrum-bildung-kultur",
        "role": "trainers",
    },
]
