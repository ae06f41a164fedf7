"""Venues in the towns of the Oberlausitz, with translated names, towns and accessibility notes.

Street, postcode and coordinates are shared by every translation."""

VENUES = [
    {
        "key": "zittau",
        "name": "Wirkstatt Innovationszentrum Zittau",
        "street": "Äußere Oybiner Straße 14",
        "postcode": "02763",
        "town": "Zittau",
        "latitude": "50.893100",
        "longitude": "14.806200",
        "accessibility_notes": "Stufenloser Zugang über den Hof, Aufzug in alle Etagen, "
        "barrierefreies WC im Erdgeschoss. Zwei Behindertenparkplätze direkt am Eingang.",
        "translations": {
            "en": {
                "name": "Wirkstatt Innovation Centre Zittau",
                "town": "Zittau",
                "accessibility_notes": "Step-free access through the courtyard, lift to all "
                "floors, accessible toilet on the ground floor. Two disabled parking spaces "
                "right at the entrance.",
            },
            "pl": {
                "name": "Centrum Innowacji Wirkstatt w Żytawie",
                "town": "Żytawa",
                "accessibility_notes": "Wejście bez schodów przez podwórze, winda na wszystkie "
                "piętra, toaleta dostosowana na parterze. Dwa miejsca parkingowe dla osób z "
                "niepełnosprawnościami tuż przy wejściu.",
            },
            "cs": {
                "name": "Inovační centrum Wirkstatt Žitava",
                "town": "Žitava",
                "accessibility_notes": "Bezbariérový vstup přes dvůr, výtah do všech pater, "
                "bezbariérové WC v přízemí. Dvě parkovací místa pro osoby se zdravotním "
                "postižením přímo u vchodu.",
            },
            "hsb": {
                "name": "Inowaciske centrum Wirkstatt Žitawa",
                "town": "Žitawa",
                "accessibility_notes": "Zastup bjez schodźenkow přez dwór, lift do wšěch "
                "poschodow, bjezbarierowa toaleta w přizemju. Dwě parkowanišći za ludźi ze "
                "zbrašenjom direktnje při zachodźe.",
            },
        },
    },
    {
        "key": "goerlitz",
        "name": "Gründerwerkstatt Görlitz",
        "street": "Berliner Straße 34",
        "postcode": "02826",
        "town": "Görlitz",
        "latitude": "51.151000",
        "longitude": "14.985300",
        "accessibility_notes": "Ebenerdiger Zugang von der Berliner Straße, Veranstaltungsraum "
        "im Erdgeschoss, barrierefreies WC. Induktive Höranlage im großen Saal. Vom Bahnhof "
        "fünf Minuten zu Fuß.",
        "translations": {
            "en": {
                "name": "Start-up Workshop Görlitz",
                "town": "Görlitz",
                "accessibility_notes": "Level access from Berliner Straße, event room on the "
                "ground floor, accessible toilet. Induction loop in the large hall. Five "
                "minutes' walk from the station.",
            },
            "pl": {
                "name": "Pracownia Założycieli Görlitz",
                "town": "Görlitz",
                "accessibility_notes": "Wejście na poziomie ulicy od Berliner Straße, sala na "
                "parterze, toaleta dostosowana. Pętla indukcyjna w dużej sali. Pięć minut "
                "pieszo od dworca.",
            },
            "cs": {
                "name": "Zakladatelská dílna Zhořelec",
                "town": "Zhořelec",
                "accessibility_notes": "Bezbariérový vstup z ulice Berliner Straße, sál v "
                "přízemí, bezbariérové WC. Indukční smyčka ve velkém sále. Pět minut pěšky "
                "od nádraží.",
            },
            "hsb": {
                "name": "Załožerska dźěłarnja Zhorjelc",
                "town": "Zhorjelc",
                "accessibility_notes": "Runy zastup z Berliner Straße, rum za zarjadowanja "
                "w přizemju, bjezbarierowa toaleta. Induktiwna słuchanska připrawa we wulkej "
                "žurli. Wot dwórnišća pjeć mjeńšin pěšo.",
            },
        },
    },
    {
        "key": "koenigshufen",
        "name": "Stadtteilzentrum Königshufen",
        "street": "Dr.-Kahlbaum-Allee 12",
        "postcode": "02827",
        "town": "Görlitz",
        "latitude": "51.169800",
        "longitude": "14.971900",
        "accessibility_notes": "Alle Räume im Erdgeschoss, breite Türen, barrierefreies WC. "
        "Straßenbahnhaltestelle vor dem Haus, kostenfreie Parkplätze im Hof.",
        "translations": {
            "en": {
                "name": "Königshufen Community Centre",
                "town": "Görlitz",
                "accessibility_notes": "All rooms on the ground floor, wide doors, accessible "
                "toilet. Tram stop in front of the building, free parking in the courtyard.",
            },
            "pl": {
                "name": "Centrum Dzielnicowe Königshufen",
                "town": "Görlitz",
                "accessibility_notes": "Wszystkie sale na parterze, szerokie drzwi, toaleta "
                "dostosowana. Przystanek tramwajowy przed budynkiem, bezpłatny parking na "
                "podwórzu.",
            },
            "cs": {
                "name": "Komunitní centrum Königshufen",
                "town": "Zhořelec",
                "accessibility_notes": "Všechny místnosti v přízemí, široké dveře, "
                "bezbariérové WC. Tramvajová zastávka před domem, bezplatné parkování ve "
                "dvoře.",
            },
            "hsb": {
                "name": "Štwórćowe centrum Königshufen",
                "town": "Zhorjelc",
                "accessibility_notes": "Wšě rumy w přizemju, šěroke durje, bjezbarierowa "
                "toaleta. Zastanišćo tramwaja před domom, parkowanišća we dworje bjez "
                "popłatka.",
            },
        },
    },
    {
        "key": "loebau",
        "name": "Mehrgenerationenhaus Löbau",
        "street": "Nikolaistraße 12",
        "postcode": "02708",
        "town": "Löbau",
        "latitude": "51.099300",
        "longitude": "14.667800",
        "accessibility_notes": "Rampe am Seiteneingang, Aufzug zum Seminarraum im ersten Stock, "
        "barrierefreies WC. Höranlage und Leselupen auf Nachfrage.",
        "translations": {
            "en": {
                "name": "Löbau Multi-Generation House",
                "town": "Löbau",
                "accessibility_notes": "Ramp at the side entrance, lift to the seminar room on "
                "the first floor, accessible toilet. Hearing system and magnifiers on request.",
            },
            "pl": {
                "name": "Dom Wielopokoleniowy Löbau",
                "town": "Löbau",
                "accessibility_notes": "Podjazd przy bocznym wejściu, winda do sali "
                "seminaryjnej na pierwszym piętrze, toaleta dostosowana. System wspomagania "
                "słyszenia i lupy do czytania na życzenie.",
            },
            "cs": {
                "name": "Vícegenerační dům Löbau",
                "town": "Löbau",
                "accessibility_notes": "Rampa u bočního vchodu, výtah do seminární místnosti v "
                "prvním patře, bezbariérové WC. Naslouchací systém a lupy na požádání.",
            },
            "hsb": {
                "name": "Wjacegeneraciski dom Lubij",
                "town": "Lubij",
                "accessibility_notes": "Rampa při bóčnym zachodźe, lift k seminarnej "
                "rumnosći w prěnim poschodźe, bjezbarierowa toaleta. Słuchanska připrawa a "
                "lupy na prošenje.",
            },
        },
    },
    {
        "key": "bautzen",
        "name": "Lernwerkstatt am Lauengraben",
        "street": "Lauengraben 12",
        "postcode": "02625",
        "town": "Bautzen",
        "latitude": "51.180200",
        "longitude": "14.427100",
        "accessibility_notes": "Eingang mit Rampe, Aufzug, barrierefreies WC im Erdgeschoss. "
        "Alle Schilder im Haus sind zweisprachig deutsch und sorbisch.",
        "translations": {
            "en": {
                "name": "Lauengraben Learning Workshop",
                "town": "Bautzen",
                "accessibility_notes": "Entrance with a ramp, lift, accessible toilet on the "
                "ground floor. All signs in the building are bilingual, German and Sorbian.",
            },
            "pl": {
                "name": "Pracownia Edukacyjna Lauengraben",
                "town": "Budziszyn",
                "accessibility_notes": "Wejście z podjazdem, winda, toaleta dostosowana na "
                "parterze. Wszystkie oznaczenia w budynku są dwujęzyczne: niemieckie i "
                "łużyckie.",
            },
            "cs": {
                "name": "Vzdělávací dílna Lauengraben",
                "town": "Budyšín",
                "accessibility_notes": "Vchod s rampou, výtah, bezbariérové WC v přízemí. "
                "Všechny nápisy v budově jsou dvojjazyčné, německé a lužickosrbské.",
            },
            "hsb": {
                "name": "Wuknjenska dźěłarnja Lauengraben",
                "town": "Budyšin",
                "accessibility_notes": "Zachod z rampu, lift, bjezbarierowa toaleta w "
                "přizemju. Wšě tafle w domje su dwurěčne, němske a serbske.",
            },
        },
    },
    {
        "key": "hoyerswerda",
        "name": "Energiewerkstatt Hoyerswerda",
        "street": "Bahnhofsallee 8",
        "postcode": "02977",
        "town": "Hoyerswerda",
        "latitude": "51.436900",
        "longitude": "14.236400",
        "accessibility_notes": "Stufenloser Zugang, alle Werkstatträume ebenerdig, "
        "barrierefreies WC. Parkplätze am Bahnhof, Bushaltestelle 100 Meter entfernt.",
        "translations": {
            "en": {
                "name": "Hoyerswerda Energy Workshop",
                "town": "Hoyerswerda",
                "accessibility_notes": "Step-free access, all workshop rooms at ground level, "
                "accessible toilet. Parking at the station, bus stop 100 metres away.",
            },
            "pl": {
                "name": "Warsztat Energii Hoyerswerda",
                "town": "Hoyerswerda",
                "accessibility_notes": "Wejście bez schodów, wszystkie pracownie na poziomie "
                "gruntu, toaleta dostosowana. Parking przy dworcu, przystanek autobusowy "
                "100 metrów dalej.",
            },
            "cs": {
                "name": "Energetická dílna Hoyerswerda",
                "town": "Hoyerswerda",
                "accessibility_notes": "Bezbariérový vstup, všechny dílny v úrovni terénu, "
                "bezbariérové WC. Parkování u nádraží, autobusová zastávka 100 metrů "
                "daleko.",
            },
            "hsb": {
                "name": "Energijowa dźěłarnja Wojerecy",
                "town": "Wojerecy",
                "accessibility_notes": "Zastup bjez schodźenkow, wšě dźěłarnje na runej "
                "zemi, bjezbarierowa toaleta. Parkowanišća při dwórnišću, busowe "
                "zastanišćo 100 metrow zdalene.",
            },
        },
    },
    {
        "key": "weisswasser",
        "name": "Glas- und Technikwerkstatt Weißwasser",
        "street": "Muskauer Straße 40",
        "postcode": "02943",
        "town": "Weißwasser",
        "latitude": "51.504300",
        "longitude": "14.638100",
        "accessibility_notes": "Zugang über eine Rampe am Hofeingang, Werkstatt im Erdgeschoss. "
        "Das WC ist nicht vollständig barrierefrei; melden Sie sich bitte vorab, wenn Sie "
        "Unterstützung brauchen.",
        "translations": {
            "en": {
                "name": "Weißwasser Glass and Technology Workshop",
                "town": "Weißwasser",
                "accessibility_notes": "Access by a ramp at the courtyard entrance, workshop "
                "on the ground floor. The toilet is not fully accessible; please tell us in "
                "advance if you need support.",
            },
            "pl": {
                "name": "Warsztat Szkła i Techniki Weißwasser",
                "town": "Weißwasser",
                "accessibility_notes": "Wejście przez podjazd od strony podwórza, pracownia "
                "na parterze. Toaleta nie jest w pełni dostosowana; jeśli potrzebują Państwo "
                "pomocy, prosimy o wcześniejszą informację.",
            },
            "cs": {
                "name": "Sklářská a technická dílna Weißwasser",
                "town": "Weißwasser",
                "accessibility_notes": "Přístup po rampě u vjezdu do dvora, dílna v přízemí. "
                "WC není zcela bezbariérové; pokud potřebujete pomoc, dejte nám prosím "
                "vědět předem.",
            },
            "hsb": {
                "name": "Techniska dźěłarnja Běła Woda",
                "town": "Běła Woda",
                "accessibility_notes": "Zastup po rampje při zachodźe do dwora, dźěłarnja w "
                "přizemju. Toaleta njeje cyle bjezbarierowa; prošu dajće nam do toho "
                "wědźeć, jeli trjebaće pomoc.",
            },
        },
    },
    {
        "key": "kamenz",
        "name": "Stadtwerkstatt Kamenz",
        "street": "Macherstraße 10",
        "postcode": "01917",
        "town": "Kamenz",
        "latitude": "51.268400",
        "longitude": "14.093900",
        "accessibility_notes": "Seminarraum im Erdgeschoss mit stufenlosem Zugang, "
        "barrierefreies WC. Parkplätze in der Tiefgarage am Markt, dort mit Aufzug.",
        "translations": {
            "en": {
                "name": "Kamenz Town Workshop",
                "town": "Kamenz",
                "accessibility_notes": "Seminar room on the ground floor with step-free "
                "access, accessible toilet. Parking in the underground car park at the market "
                "square, which has a lift.",
            },
            "pl": {
                "name": "Warsztat Miejski Kamenz",
                "town": "Kamenz",
                "accessibility_notes": "Sala seminaryjna na parterze z wejściem bez schodów, "
                "toaleta dostosowana. Parking w garażu podziemnym przy rynku, z windą.",
            },
            "cs": {
                "name": "Městská dílna Kamenz",
                "town": "Kamenz",
                "accessibility_notes": "Seminární místnost v přízemí s bezbariérovým "
                "vstupem, bezbariérové WC. Parkování v podzemních garážích u náměstí, s "
                "výtahem.",
            },
            "hsb": {
                "name": "Měšćanska dźěłarnja Kamjenc",
                "town": "Kamjenc",
                "accessibility_notes": "Seminarna rumnosć w přizemju ze zastupom bjez "
                "schodźenkow, bjezbarierowa toaleta. Parkowanišća w podzemskej garaži při "
                "torhošću, z liftom.",
            },
        },
    },
    {
        "key": "herrnhut",
        "name": "Begegnungsstätte Herrnhut",
        "street": "Comeniusstraße 6",
        "postcode": "02747",
        "town": "Herrnhut",
        "latitude": "51.016200",
        "longitude": "14.743500",
        "accessibility_notes": "Eingang mit zwei Stufen; eine mobile Rampe ist vorhanden, "
        "bitte bei der Anmeldung Bescheid geben. Barrierefreies WC im Erdgeschoss.",
        "translations": {
            "en": {
                "name": "Herrnhut Meeting House",
                "town": "Herrnhut",
                "accessibility_notes": "Entrance with two steps; a mobile ramp is available, "
                "please let us know when you sign up. Accessible toilet on the ground floor.",
            },
            "pl": {
                "name": "Dom Spotkań Herrnhut",
                "town": "Herrnhut",
                "accessibility_notes": "Wejście z dwoma stopniami; dostępny jest przenośny "
                "podjazd, prosimy o informację przy zapisie. Toaleta dostosowana na parterze.",
            },
            "cs": {
                "name": "Dům setkávání Ochranov",
                "town": "Ochranov",
                "accessibility_notes": "Vchod se dvěma schody; k dispozici je mobilní rampa, "
                "dejte nám prosím vědět při přihlášení. Bezbariérové WC v přízemí.",
            },
            "hsb": {
                "name": "Dom zetkawanja Ochranow",
                "town": "Ochranow",
                "accessibility_notes": "Zachod z dwěmaj schodźenkomaj; mobilna rampa je "
                "k dispoziciji, prošu dajće nam při přizjewjenju wědźeć. Bjezbarierowa "
                "toaleta w přizemju.",
            },
        },
    },
]
