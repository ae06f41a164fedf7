"""Czech translations of courses, keyed by the German course slug."""

from .helpers import lesson, question, quiz, right, text, wrong

CS = {
    "3d-druck-werkstatt-fuer-kinder": {
        "slug": "dilna-3d-tisku-pro-deti",
        "title": "Dílna 3D tisku pro děti",
        "teaser": "Navrhni si na tabletu vlastní přívěsek na klíče a sleduj, jak ho 3D "
        "tiskárna staví vrstvu po vrstvě.",
        "description": [
            "Jak se z nápadu stane věc, kterou můžeš vzít do ruky? V této dílně děti navrhují "
            "na tabletu vlastní přívěsek na klíče, zjistí, jak 3D tiskárna vytváří předmět z "
            "plastové struny vrstvu po vrstvě, a svůj výtisk si odnesou domů.",
            "Pracujeme ve skupinách nejvýše deseti dětí; u každé tiskárny pomáhá jedna "
            "vedoucí nebo jeden vedoucí. Rodiče jsou zváni na poslední půlhodinu, aby si "
            "prohlédli výsledky.",
        ],
        "outcomes": [
            "Navrhnout a popsat jednoduchý tvar na tabletu",
            "Vysvětlit, jak 3D tiskárna pracuje vrstvu po vrstvě",
            "Připravit a spustit tisk",
            "Bezpečně zacházet s horkými díly a nářadím",
        ],
        "prerequisites": "Žádné. Děti by měly umět číst a psát jednoduchá slova.",
        "notes": {
            "Bitte feste Schuhe tragen.": "Vezměte si prosím pevnou obuv.",
            "Ferienangebot, mit Frühstück.": "Prázdninový termín, se snídaní.",
        },
    },
    "gruendungsabend-goerlitz": {
        "slug": "vecer-pro-zakladatele-zhorelec",
        "title": "Večer pro zakladatele: od nápadu k první zákaznici",
        "teaser": "Večer pro všechny, kdo chystají něco vlastního: upřímné zkušenosti z "
        "regionu a práce na vlastním nápadu v malých skupinách.",
        "description": [
            "Jednou měsíčně se v Zakladatelské dílně scházejí lidé, kteří chystají něco "
            "vlastního – truhlárnu, aplikaci, farmářský obchod nebo službu pro zákazníky na "
            "obou březích Nisy. Na úvod dva zakladatelé nebo zakladatelky z Horní Lužice "
            "otevřeně vyprávějí, co se jim povedlo a co ne.",
            "Pak pracujete v malých skupinách na svém nápadu: kdo jsou zákazníci, jaký problém "
            "řešíte a jak najdete prvních deset lidí, kteří by za to zaplatili? Odborníci z "
            "agentury pro hospodářský rozvoj a z komor odpovídají na otázky k dotacím a "
            "k registraci živnosti.",
            "U jednoho stolu se mluví polsky – hosté ze Zgorzelce jsou srdečně vítáni.",
        ],
        "outcomes": [
            "Vysvětlit svůj podnikatelský nápad ve třech větách",
            "Popsat zákazníky a jejich problém na Lean Canvas",
            "Naplánovat první levný test nápadu",
            "Znát kontakty na poradenství a dotace v regionu",
        ],
        "prerequisites": "Vlastní nápad pomáhá, ale není podmínkou.",
    },
    "lean-methoden-kompakt": {
        "slug": "lean-metody-v-kostce",
        "title": "Efektivní výroba: lean metody v kostce",
        "teaser": "Rozpoznat plýtvání, zviditelnit procesy, udržet pořádek na pracovišti: "
        "nejdůležitější nástroje lean pro samostudium.",
        "description": [
            "Efektivnější výroba šetří nejen peníze, ale i nervy – méně hledání, méně čekání, "
            "méně přepracování. Tento online kurz představuje základní myšlenky štíhlé výroby "
            "na příkladech malých firem z regionu.",
            "Učíte se vlastním tempem; každá lekce trvá asi hodinu a končí krátkým testem. Kdo "
            "složí všechny testy, získá osvědčení o absolvování.",
        ],
        "outcomes": [
            "Rozpoznat sedm druhů plýtvání ve vlastní firmě",
            "Uspořádat pracoviště metodou 5S",
            "Načrtnout jednoduchý tok hodnot",
        ],
        "lessons": [
            lesson(
                "sedm-druhu-plytvani",
                "Sedm druhů plýtvání",
                "Co ve firmě stojí čas a peníze, aniž by z toho měl zákazník užitek.",
                text(
                    "Lean rozlišuje činnosti, které vytvářejí hodnotu, od těch, které jsou jen "
                    "námahou. Tradičně se uvádí sedm druhů plýtvání:",
                    [
                        "Nadvýroba",
                        "Čekání",
                        "Zbytečná doprava",
                        "Nadbytečné zpracování",
                        "Nadměrné zásoby",
                        "Zbytečný pohyb",
                        "Chyby a přepracování",
                    ],
                    "Projděte s tímto pohledem svou dílnu: kde díl čeká, kde někdo chodí "
                    "zbytečné cesty?",
                ),
                quiz(
                    "Krátký test: plýtvání",
                    question(
                        "Která z těchto činností je plýtváním ve smyslu lean?",
                        wrong("Frézování dílu podle výkresu"),
                        right(
                            "Pět minut hledat nářadí",
                            "Hledání nevytváří pro zákazníka žádnou hodnotu.",
                        ),
                        wrong("Dodání hotového dílu zákaznici"),
                    ),
                ),
            ),
            lesson(
                "poradek-s-5s",
                "Pořádek na pracovišti s 5S",
                "Roztřídit, uspořádat, uklidit, standardizovat, udržet.",
                text(
                    "5S je nejjednodušší vstup do lean a nevyžaduje žádný rozpočet. Pět kroků "
                    "na sebe navazuje:",
                    [
                        "<b>Roztřídit:</b> co není potřeba, zmizí.",
                        "<b>Uspořádat:</b> každý nástroj má pevné, označené místo.",
                        "<b>Uklidit:</b> čistota včas odhalí poškození a úniky.",
                        "<b>Standardizovat:</b> nový pořádek se popíše a vyfotografuje.",
                        "<b>Udržet:</b> krátké pravidelné obchůzky ho udržují při životě.",
                    ],
                ),
                quiz(
                    "Krátký test: 5S",
                    question(
                        "Čím začíná metoda 5S?",
                        right("Vytříděním všeho, co není potřeba"),
                        wrong(
                            "Nákupem nových regálů",
                            "Po vytřídění se nové regály často ukážou jako zbytečné.",
                        ),
                        wrong("Důkladným úklidem"),
                    ),
                    pass_mark=100,
                ),
            ),
        ],
    },
    "digital-fit-im-alter": {
        "slug": "digitalne-fit-chytry-telefon-a-tablet",
        "title": "Digitálně fit: chytrý telefon a tablet v každodenním životě",
        "teaser": "V klidu a v malé skupině: psát zprávy, posílat fotky, hledat jízdní řády a "
        "videohovorem mluvit s vnoučaty.",
        "description": [
            "Chytrý telefon už dlouho leží v šuplíku, ale zatím jste si k němu nenašli cestu? "
            "V tomto kurzu ve Vícegeneračním domě v Löbau si na vlastním přístroji procvičíte "
            "to, co usnadňuje každodenní život – bez odborné hantýrky a s tolika "
            "opakováními, kolik budete chtít.",
            "U stolů pomáhají dvě lektorky a studentky löbavského gymnázia. K dispozici jsou "
            "zapůjčitelné přístroje, pokud ještě žádný nemáte nebo si ho chcete před koupí "
            "vyzkoušet.",
        ],
        "outcomes": [
            "Posílat zprávy, fotky a hlasové zprávy",
            "Přijmout videohovor a sám ho zahájit",
            "Najít na internetu jízdní řády a otevírací doby",
            "Chránit přístroj kódem PIN a aktualizacemi",
        ],
        "prerequisites": "Žádné. Pokud máte, přineste si chytrý telefon nebo tablet s "
        "nabíječkou a přihlašovací údaje.",
        "notes": {
            "Fällt wegen Krankheit aus. Bitte wählen Sie einen anderen Termin.": (
                "Odpadá kvůli nemoci. Vyberte si prosím jiný termín."
            ),
        },
    },
    "repair-cafe-herrnhut": {
        "slug": "repair-kavarna-ochranov",
        "title": "Repair kavárna: opravovat místo vyhazovat",
        "teaser": "Toustovač, kolo, oblíbené kalhoty: spolu s dobrovolníky si sami opravíte "
        "rozbité věci – a hodně se přitom naučíte.",
        "description": [
            "V repair kavárně v Ochranově se jednou měsíčně scházejí lidé, kteří raději "
            "opravují, než kupují nové. Elektrikářky, krejčí, cyklističtí kutilové a šikulové "
            "v důchodu vám ukážou, jak přístroj otevřít, najít závadu a – pokud to jde – ji "
            "odstranit.",
            "Mladí a staří se tu učí jeden od druhého: teenageři pomáhají s mobily, starší "
            "vědí, jak seřídit šicí stroj. Káva a koláč jsou za dobrovolný příspěvek a "
            "pravidelně přijíždějí i čeští sousedé z Varnsdorfu.",
        ],
        "outcomes": [
            "Bezpečně otevřít přístroj a vymezit typické závady",
            "Provést jednoduché opravy elektrospotřebičů, textilu a jízdních kol",
            "Posoudit, kdy se oprava vyplatí",
        ],
        "prerequisites": "Přineste svou rozbitou věc. Elektrospotřebiče jen přenosné; "
        "náhradní díly si prosím pokud možno obstarejte sami.",
    },
    "familienfreundlich-arbeiten": {
        "slug": "prace-vstricna-k-rodinam",
        "title": "Práce vstřícná k rodinám: nástroje pro zaměstnavatele",
        "teaser": "Jak malé a střední firmy díky pružné pracovní době, času na péči a dobré "
        "komunikaci získávají a udrží odborníky.",
        "description": [
            "Odborníci si stále častěji vybírají zaměstnavatele, u kterého jde práce dohromady "
            "s rodinou. To platí pro mladé rodiče stejně jako pro ty, kdo pečují o blízké nebo "
            "se chtějí vrátit do Horní Lužice.",
            "V tomto workshopu se personalisté a majitelé firem dozvědí, která opatření lze "
            "zavést i ve firmě s 20 zaměstnanci: směnové modely s možností volby, vedení na "
            "částečný úvazek, nouzové hlídání dětí, průvodci péčí. Dvě firmy z okresu Zhořelec "
            "se podělí o své zkušenosti.",
        ],
        "outcomes": [
            "Zjistit potřeby zaměstnanců krátkým dotazníkem",
            "Vybrat vhodné modely pracovní doby pro směnný provoz i kancelář",
            "Znát zákonné nároky při rodičovské dovolené a péči",
            "Navrhnout plán opatření na dalších dvanáct měsíců",
        ],
        "prerequisites": "Pro majitele, jednatele, personalisty a zaměstnanecké rady.",
    },
    "arbeiten-ueber-die-grenze": {
        "slug": "prace-za-hranici",
        "title": "Práce za hranicí: dojíždění v trojzemí",
        "teaser": "Daně, zdravotní pojištění, důchod: co potřebují vědět zaměstnanci, kteří "
        "dojíždějí mezi Saskem, Polskem a Českem.",
        "description": [
            "Tisíce lidí každý den překračují Nisu nebo hranici do Česka cestou do práce. Kdo "
            "bydlí v jedné zemi a pracuje v jiné, má zvláštní otázky: Kde platím daně? Která "
            "zdravotní pojišťovna je příslušná? Jak se vypočítá můj důchod?",
            "Poradkyně přeshraničního zprostředkování práce odpovídají na tyto otázky německy, "
            "polsky a česky. Přineste si vlastní otázky – po přednášce je čas na individuální "
            "rozhovory.",
        ],
        "outcomes": [
            "Znát základní pravidla zdanění přeshraničních pracovníků",
            "Určit příslušné zdravotní a důchodové pojištění",
            "Požádat o uznání odborné kvalifikace",
            "Znát poradenská místa na obou stranách hranice",
        ],
    },
    "wasserstoff-und-energiespeicher": {
        "slug": "vodik-a-ukladani-energie",
        "title": "Porozumět vodíku a ukládání energie",
        "teaser": "Baterie, zásobník tepla, nebo vodík? Dvě online lekce a laboratorní den "
        "ukážou, jak může být obnovitelná energie k dispozici i v noci a v zimě.",
        "description": [
            "Slunce a vítr dodávají elektřinu, když to počasí dovolí – ne nutně tehdy, kdy ji "
            "potřebujeme. Úložiště jsou proto klíčem k energetickému systému bez uhlí, "
            "zvlášť v Lužici, kterou po desetiletí formovala těžba.",
            "V online lekcích se dozvíte, jak fungují baterie, zásobníky tepla a vodík a k "
            "čemu se které řešení hodí. Během laboratorního dne v Žitavě budete obsluhovat "
            "elektrolyzér a palivový článek, měřit účinnost a diskutovat s výzkumníky o "
            "energetickém regionu budoucnosti.",
        ],
        "outcomes": [
            "Rozlišit krátkodobá a dlouhodobá úložiště",
            "Vysvětlit cestu od elektřiny k vodíku a zpět",
            "Měřit a interpretovat účinnost",
            "Realisticky posoudit možnosti a meze vodíku",
        ],
        "prerequisites": "Stačí školní znalosti fyziky.",
        "lessons": [
            lesson(
                "proc-uloziste",
                "Proč potřebujeme úložiště",
                "Výroba a spotřeba se málokdy shodují – úložiště je vyrovnávají.",
                text(
                    "Energetický systém s velkým podílem solární a větrné energie musí "
                    "vyrovnávat výkyvy v řádu hodin, dnů i ročních období. Slouží k tomu různá "
                    "úložiště:",
                    [
                        "<b>Baterie</b> uchovávají elektřinu na hodiny s malými ztrátami.",
                        "<b>Zásobníky tepla</b> uchovávají přebytečnou elektřinu jako teplo, "
                        "například pro sítě dálkového vytápění.",
                        "<b>Vodík</b> dokáže uchovat energii na týdny a měsíce, ale při "
                        "přeměně hodně ztrácí.",
                    ],
                ),
            ),
            lesson(
                "od-elektriny-k-vodiku",
                "Od elektřiny k vodíku a zpět",
                "Elektrolýza, skladování, palivový článek – a co se cestou ztratí.",
                text(
                    "V elektrolyzéru elektřina rozkládá vodu na vodík a kyslík. Vodík se "
                    "uskladní a později se v palivovém článku nebo turbíně opět přemění na "
                    "elektřinu.",
                    "Ze 100 kilowatthodin elektřiny se nakonec vrátí jen asi 30 až 40. Vodík "
                    "se proto vyplatí hlavně tam, kde neexistuje přímá alternativa: v "
                    "ocelářském a chemickém průmyslu a jako sezónní úložiště.",
                ),
                quiz(
                    "Krátký test: vodík",
                    question(
                        "Kolik ze 100 kWh elektřiny se zhruba vrátí po elektrolýze, "
                        "uskladnění a palivovém článku?",
                        wrong("90 až 95 kWh", "Tolik zvládají spíše baterie."),
                        right("30 až 40 kWh"),
                        wrong("5 kWh"),
                    ),
                    question(
                        "K čemu se vodík hodí zvlášť dobře?",
                        right("Jako úložiště na týdny a měsíce"),
                        right("Jako surovina v ocelářském průmyslu"),
                        wrong("K vyrovnávání výkyvů během jedné minuty"),
                        multiple=True,
                    ),
                ),
            ),
        ],
        "notes": {
            "Mit Besichtigung eines Batteriespeichers.": "S prohlídkou bateriového úložiště.",
        },
    },
    "kleine-energieforscher": {
        "slug": "mali-badatele-energie",
        "title": "Malí badatelé energie: elektřina ze slunce, větru a citronu",
        "teaser": "Děti postaví citronovou elektrárnu, větrník z kelímků od jogurtu a solární "
        "autíčko – a zjistí, odkud se bere elektřina.",
        "description": [
            "Jak se elektřina dostane do zásuvky a proč se u Hoyerswerdy točí tolik větrných "
            "elektráren tam, kde se dříve těžilo hnědé uhlí? V Energetické dílně děti hledají "
            "odpovědi na tyto otázky pomocí vlastních pokusů.",
            "Změří napětí citronové baterie, vyzkoušejí, s jakým tvarem lopatek se větrník "
            "točí nejrychleji, a uspořádají závod solárních autíček. Jedna z vedoucích mluví "
            "také lužickosrbsky; děti mluvící lužickou srbštinou jsou srdečně vítány.",
        ],
        "outcomes": [
            "Vysvětlit, že elektřina pochází z různých zdrojů",
            "Sestavit jednoduchý obvod a změřit napětí",
            "Plánovat pokusy, pozorovat a zapisovat výsledky",
        ],
        "notes": {
            "Ferientermin in Bautzen.": "Prázdninový termín v Budyšíně.",
        },
    },
    "wissenschaft-am-abend": {
        "slug": "veda-vecer",
        "title": "Věda večer: výzkum z Horní Lužice",
        "teaser": "Výzkumníci z regionu za 45 minut vysvětlí, na čem pracují – potom je dost "
        "času na otázky a rozhovory.",
        "description": [
            "Co se vlastně děje v laboratořích vysoké školy a výzkumných ústavů v Žitavě a "
            "Zhořelci? Ve večerním cyklu výzkumníci představují svou práci tak, aby nebyly "
            "potřeba odborné znalosti: od implantátu z 3D tiskárny po zásobník tepla pro celou "
            "čtvrť.",
            "Každý večer má vlastní téma, uvedené u termínu. Přednášky se konají střídavě ve "
            "Zhořelci a v Löbau; na přání tlumočíme do polštiny nebo češtiny.",
        ],
        "outcomes": [
            "Poznat aktuální výzkumná témata regionu",
            "Mluvit přímo s výzkumníky",
            "Kriticky posuzovat vědecká tvrzení",
        ],
        "notes": {
            "Thema: Energie aus Sand?": "Téma: energie z písku?",
            "Thema: Implantate aus dem 3D-Drucker": "Téma: implantáty z 3D tiskárny",
            "Thema: Wärmenetze für kleine Städte": "Téma: tepelné sítě pro malá města",
            "Thema: Kunststoff ohne Erdöl": "Téma: plasty bez ropy",
        },
    },
    "z-lupu-do-lesa": {
        "slug": "s-lupou-do-lesa",
        "title": "Z lupu do lěsa: objevování přírody německy a lužickosrbsky",
        "teaser": "S lupou, síťkou a určovacími kartičkami u rybníka a na okraji lesa: děti "
        "objevují zvířata a rostliny a učí se jejich jména ve dvou jazycích.",
        "description": [
            "Horní Lužice je bohatá na rybníky, vřesoviště a lesy – a na slova pro ně ve dvou "
            "jazycích. V tomto kurzu vyrážejí děti ze vzdělávací dílny v Budyšíně do přírody, "
            "opatrně chytají vodní hmyz, určují stromy a poslouchají ptačí zpěv.",
            "Vedoucí mluví německy a lužickosrbsky. Děti z lužickosrbských školek a škol "
            "Witaj mohou svůj jazyk používat venku; děti bez znalosti lužické srbštiny se "
            "mimochodem naučí první jména zvířat a rostlin. Na závěr každá skupina vytvoří "
            "dvojjazyčný přírodovědný plakát.",
        ],
        "outcomes": [
            "Poznat běžná zvířata a rostliny u rybníka a na okraji lesa",
            "Pojmenovat je německy a lužickosrbsky",
            "Pozorně pozorovat s lupou a síťkou a neubližovat zvířatům",
            "Kreslit a popisovat pozorování",
        ],
        "prerequisites": "Žádné. Vezměte si prosím oblečení do každého počasí a holínky.",
        "notes": {
            "Gummistiefel nicht vergessen!": "Nezapomeňte na holínky!",
        },
    },
    "sousede-tschechisch-fuer-kinder": {
        "slug": "sousede-cestina-pro-deti",
        "title": "Sousedé – Nachbarn: čeština hrou pro děti",
        "teaser": "Písničky, hry a návštěva dětí z Liberce: první česká slova pro děti z trojzemí.",
        "description": [
            "Ze Žitavy je to do Česka jen pár minut. V tomto kurzu se děti učí jazyk sousedů "
            "tak, jak se děti učí nejraději: s písničkami, pohybovými hrami, říkankami a "
            "tvořením.",
            "Na každé setkání přijede skupina dětí z partnerské školy v Liberci. Jazykový kurz "
            "se tak stane setkáním s novými kamarády.",
        ],
        "outcomes": [
            "Pozdravit a představit se česky",
            "Počítat do deseti a pojmenovat barvy",
            "Zazpívat si českou dětskou písničku",
        ],
    },
    "technik-tag-fuer-maedchen": {
        "slug": "den-techniky-pro-divky",
        "title": "Den techniky pro dívky: pájení, programování, konstruování",
        "teaser": "Celý den zkoušet, co obnášejí technická povolání – s inženýrkami, "
        "mechatroničkami a studentkami z regionu.",
        "description": [
            "V technických profesích v Horní Lužici stále pracuje málo žen – ne proto, že by "
            "dívky měly méně talentu, ale proto, že mají méně příležitostí si věci vyzkoušet. "
            "To tento den měníme.",
            "Na třech stanovištích si připájíte blikající jmenovku, naprogramujete malého "
            "robota a na počítači navrhnete díl pro 3D tiskárnu. Při obědě vyprávějí ženy z "
            "firem a z vysoké školy o své cestě – upřímně, i s oklikami.",
        ],
        "outcomes": [
            "Bezpečně zapájet jednoduchý obvod",
            "Naprogramovat robota pomocí bloků",
            "Znát technické obory vzdělání a studia v regionu",
        ],
        "notes": {
            "Mittagessen inklusive.": "Oběd v ceně.",
        },
    },
}
