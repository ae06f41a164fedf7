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
                "accessibility_notes": "Zastup bjez schodźenkow přez dwór, wobchad do wšěch "
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
                "accessibility_notes": "Runy zastup z Berlinskeje dróhi, rum za zarjadowanja "
                "w přizemju, bjezbarierowa toaleta. Induktiwna słuchanska nadawa we wulkej "
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
                "toaleta. Zastanišćo tramwaje před domom, parkowanišća we dworje bjez "
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
                "accessibility_notes": "Rampa při bóčnym zachodźe, wobchad k seminarnej "
                "rumnosći w prěnim poschodźe, bjezbarierowa toaleta. Słuchanska nadawa a "
                "lupy na prošenje.",
            },
        },
    },
]
