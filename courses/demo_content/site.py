"""Demo users and the translations of the fixed vocabularies (the German rows come from the
migrations)."""

PASSWORD = "wirkstatt-demo"

USERS = [
    {
        "username": "admin",
        "email": "admin@wirkstatt.example",
        "first_name": "Robert",
        "last_name": "Hänsel",
        "display_name": "Wirkstatt-Administration",
        "preferred_language": "de",
        "superuser": True,
    },
    {
        "username": "trainer.anna",
        "email": "anna.krawc@wirkstatt.example",
        "first_name": "Anna",
        "last_name": "Krawc",
        "display_name": "Anna Krawc",
        "preferred_language": "hsb",
        "groups": ["Trainers"],
    },
    {
        "username": "trainer.jan",
        "email": "jan.novotny@wirkstatt.example",
        "first_name": "Jan",
        "last_name": "Novotný",
        "display_name": "Jan Novotný",
        "preferred_language": "cs",
        "groups": ["Trainers"],
    },
    {
        "username": "manager",
        "email": "katrin.lehmann@wirkstatt.example",
        "first_name": "Katrin",
        "last_name": "Lehmann",
        "display_name": "Katrin Lehmann",
        "preferred_language": "de",
        "groups": ["Education managers"],
    },
    {
        "username": "learner",
        "email": "lena.richter@example.org",
        "first_name": "Lena",
        "last_name": "Richter",
        "display_name": "Lena Richter",
        "preferred_language": "de",
        "year_of_birth": 1994,
    },
]

# code -> language -> translated fields
COMPETENCE_FIELDS = {
    "economy": {
        "en": {
            "name": "Economy",
            "description": "Additive manufacturing, efficient production, own products and a "
            "culture of starting businesses.",
        },
        "pl": {
            "name": "Gospodarka",
            "description": "Wytwarzanie przyrostowe, wydajna produkcja, własne produkty i "
            "kultura zakładania firm.",
        },
        "cs": {
            "name": "Hospodářství",
            "description": "Aditivní výroba, efektivní produkce, vlastní výrobky a kultura "
            "zakládání firem.",
        },
        "hsb": {
            "name": "Hospodarstwo",
            "description": "Aditiwna produkcija, efektiwna produkcija, swójske produkty a "
            "kultura załoženja předewzaćow.",
        },
    },
    "life": {
        "en": {
            "name": "Life",
            "description": "Living and working in the region, family-friendly work and "
            "digitalisation in towns and villages.",
        },
        "pl": {
            "name": "Życie",
            "description": "Życie i praca w regionie, praca przyjazna rodzinie oraz "
            "cyfryzacja w miastach i wsiach.",
        },
        "cs": {
            "name": "Život",
            "description": "Život a práce v regionu, práce vstřícná k rodinám a digitalizace "
            "ve městech i na vesnicích.",
        },
        "hsb": {
            "name": "Žiwjenje",
            "description": "Žiwjenje a dźěło w regionje, swójbje přećelne dźěło a "
            "digitalizacija w městach a wsach.",
        },
    },
    "research": {
        "en": {
            "name": "Research",
            "description": "Research on additive manufacturing, networked energy systems "
            "with storage and decarbonisation.",
        },
        "pl": {
            "name": "Badania",
            "description": "Badania nad wytwarzaniem przyrostowym, sieciowymi systemami "
            "energetycznymi z magazynami energii i dekarbonizacją.",
        },
        "cs": {
            "name": "Výzkum",
            "description": "Výzkum aditivní výroby, propojených energetických systémů s "
            "úložišti a dekarbonizace.",
        },
        "hsb": {
            "name": "Slědźenje",
            "description": "Slědźenje aditiwneje produkcije, zwjazanych energijowych "
            "systemow ze składowakami a dekarbonizacije.",
        },
    },
    "education": {
        "en": {
            "name": "Education",
            "description": "Non-formal learning at every age, equal opportunities, "
            "multilingual and social learning, training skilled workers.",
        },
        "pl": {
            "name": "Edukacja",
            "description": "Edukacja pozaformalna w każdym wieku, równe szanse, nauka "
            "wielojęzyczna i społeczna, kształcenie wykwalifikowanych pracowników.",
        },
        "cs": {
            "name": "Vzdělávání",
            "description": "Neformální vzdělávání v každém věku, rovné příležitosti, "
            "vícejazyčné a sociální učení, příprava odborníků.",
        },
        "hsb": {
            "name": "Kubłanje",
            "description": "Njeformalne wuknjenje w kóždej starobje, runoprawne šansy, "
            "wjacerěčne a socialne wuknjenje, kwalifikacija fachowych mocow.",
        },
    },
}

# code -> language -> name
AGE_GROUPS = {
    "children": {"en": "Children", "pl": "Dzieci", "cs": "Děti", "hsb": "Dźěći"},
    "young-people": {
        "en": "Young people",
        "pl": "Młodzież",
        "cs": "Mládež",
        "hsb": "Młodostni",
    },
    "adults": {"en": "Adults", "pl": "Dorośli", "cs": "Dospělí", "hsb": "Dorosćeni"},
    "seniors": {
        "en": "Seniors",
        "pl": "Seniorki i seniorzy",
        "cs": "Seniorky a senioři",
        "hsb": "Seniorki a seniorojo",
    },
}
