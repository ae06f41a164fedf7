"""English translations of courses, keyed by the German course slug."""

from .helpers import lesson, question, quiz, right, text, wrong

EN = {
    "3d-druck-werkstatt-fuer-kinder": {
        "slug": "3d-printing-workshop-for-children",
        "title": "3D printing workshop for children",
        "teaser": "Design your own key ring on a tablet and watch the 3D printer build it "
        "layer by layer.",
        "description": [
            "How does an idea become something you can hold in your hand? In this workshop "
            "children design their own key ring on a tablet, find out how a 3D printer builds a "
            "part from plastic filament layer by layer, and take their printed piece home.",
            "We work in groups of no more than ten children, with one helper at every printer. "
            "Parents are welcome to join for the last half hour and see the results.",
        ],
        "outcomes": [
            "Design and label a simple shape on a tablet",
            "Explain how a 3D printer works layer by layer",
            "Prepare and start a print job",
            "Handle hot parts and tools safely",
        ],
        "prerequisites": "None. Children should be able to read and write simple words.",
        "notes": {
            "Bitte feste Schuhe tragen.": "Please wear sturdy shoes.",
            "Ferienangebot, mit Frühstück.": "Holiday session, breakfast included.",
        },
    },
    "gruendungsabend-goerlitz": {
        "slug": "start-up-evening-goerlitz",
        "title": "Start-up evening: from idea to first customer",
        "teaser": "An evening for everyone planning something of their own: honest stories "
        "from the region and work on your own idea in small groups.",
        "description": [
            "Once a month, people who are planning something of their own meet at the start-up "
            "workshop – a joinery, an app, a farm shop or a service for customers on both banks "
            "of the Neisse. To begin, two founders from Upper Lusatia talk openly about what "
            "worked for them and what did not.",
            "Then you work on your idea in small groups: who are your customers, which problem "
            "do you solve, and how will you find the first ten people willing to pay for it? "
            "Experts from the business development agency and the chambers answer questions "
            "about funding and registering a business.",
            "One table speaks Polish – guests from Zgorzelec are very welcome.",
        ],
        "outcomes": [
            "Explain your business idea in three sentences",
            "Describe customers and their problem on a Lean Canvas",
            "Plan a first, low-cost test of your idea",
            "Know who offers start-up advice and funding in the region",
        ],
        "prerequisites": "An idea of your own helps, but is not required.",
    },
    "lean-methoden-kompakt": {
        "slug": "lean-methods-in-brief",
        "title": "Efficient production: lean methods in brief",
        "teaser": "Spot waste, make processes visible, keep the workplace in order: the key "
        "lean tools for self-study.",
        "description": [
            "Producing more efficiently saves not only money but also nerves – less searching, "
            "less waiting, less rework. This online course introduces the basic ideas of lean "
            "production, with examples from small companies in the region.",
            "You learn at your own pace; each lesson takes about an hour and ends with a short "
            "test. Pass all tests to receive a certificate of participation.",
        ],
        "outcomes": [
            "Recognise the seven kinds of waste in your own company",
            "Organise a workplace with the 5S method",
            "Sketch a simple value stream",
        ],
        "lessons": [
            lesson(
                "seven-kinds-of-waste",
                "The seven kinds of waste",
                "What costs time and money in a company without giving customers anything.",
                text(
                    "Lean distinguishes activities that create value from those that are mere "
                    "effort. Traditionally, seven kinds of waste are named:",
                    [
                        "Overproduction",
                        "Waiting",
                        "Unnecessary transport",
                        "Over-processing",
                        "Excess inventory",
                        "Unnecessary movement",
                        "Defects and rework",
                    ],
                    "Walk through your workshop with this in mind: where does a part wait, "
                    "where does someone walk unnecessary distances?",
                ),
                quiz(
                    "Quick check: waste",
                    question(
                        "Which of these activities is waste in the lean sense?",
                        wrong("Milling a part to drawing"),
                        right(
                            "Searching for a tool for five minutes",
                            "Searching creates no value for the customer.",
                        ),
                        wrong("Delivering a finished part to the customer"),
                    ),
                ),
            ),
            lesson(
                "order-with-5s",
                "Workplace organisation with 5S",
                "Sort, set in order, shine, standardise, sustain.",
                text(
                    "5S is the simplest way into lean and needs no budget. The five steps "
                    "build on each other:",
                    [
                        "<b>Sort:</b> whatever is not needed goes.",
                        "<b>Set in order:</b> every tool gets a fixed, marked place.",
                        "<b>Shine:</b> cleanliness reveals damage and leaks early.",
                        "<b>Standardise:</b> the new order is described and photographed.",
                        "<b>Sustain:</b> short, regular walk-rounds keep it alive.",
                    ],
                ),
                quiz(
                    "Quick check: 5S",
                    question(
                        "How does the 5S method begin?",
                        right("By sorting out everything that is not needed"),
                        wrong(
                            "By buying new shelves",
                            "New shelves are often unnecessary once you have sorted things out.",
                        ),
                        wrong("With a thorough clean"),
                    ),
                    pass_mark=100,
                ),
            ),
        ],
    },
    "digital-fit-im-alter": {
        "slug": "digitally-fit-smartphone-and-tablet",
        "title": "Digitally fit: smartphones and tablets in everyday life",
        "teaser": "Calmly and in a small group: write messages, send photos, look up bus "
        "timetables and video-call your grandchildren.",
        "description": [
            "Your smartphone has been in the drawer for a while, but you have never really "
            "warmed to it? In this course at the Löbau Multi-Generation House you practise, on "
            "your own device, the things that make everyday life easier – without jargon and "
            "with as much repetition as you like.",
            "Two trainers and pupils from the Löbau grammar school help at the tables. Loan "
            "devices are available if you do not have one yet or want to try before buying.",
        ],
        "outcomes": [
            "Send messages, photos and voice messages",
            "Answer and start a video call",
            "Find timetables and opening hours online",
            "Keep your device safe with a PIN and updates",
        ],
        "prerequisites": "None. If you have one, bring your smartphone or tablet with its "
        "charging cable and your login details.",
        "notes": {
            "Fällt wegen Krankheit aus. Bitte wählen Sie einen anderen Termin.": (
                "Cancelled due to illness. Please choose another date."
            ),
        },
    },
    "repair-cafe-herrnhut": {
        "slug": "repair-cafe-herrnhut",
        "title": "Repair café: repair instead of throwing away",
        "teaser": "Toaster, bicycle, favourite trousers: together with volunteers you repair "
        "your broken things yourself – and learn a lot along the way.",
        "description": [
            "Once a month, people who would rather repair than buy new meet at the Herrnhut "
            "repair café. Retired electricians, tailors, bicycle tinkerers and inventors show "
            "you how to open your device, find the fault and – where possible – fix it.",
            "Young and old learn from each other here: teenagers help with smartphones, older "
            "people know how to adjust a sewing machine. Coffee and cake are available for a "
            "donation, and Czech neighbours from Varnsdorf join us regularly.",
        ],
        "outcomes": [
            "Open a device safely and narrow down typical faults",
            "Carry out simple repairs on electrical appliances, textiles and bicycles",
            "Judge when a repair is worthwhile",
        ],
        "prerequisites": "Bring your broken item. Electrical appliances only if they are "
        "portable; please get spare parts yourself if possible.",
    },
    "familienfreundlich-arbeiten": {
        "slug": "family-friendly-work-for-employers",
        "title": "Family-friendly work: tools for employers",
        "teaser": "How small and medium-sized companies attract and keep skilled staff with "
        "flexible working hours, care leave and good communication.",
        "description": [
            "Skilled workers increasingly choose the employer where work and family fit "
            "together. This applies to young parents as much as to employees caring for "
            "relatives or wanting to return to Upper Lusatia from elsewhere.",
            "In this workshop, HR staff and owners learn which measures work even in a company "
            "with 20 employees: shift models with choices, part-time leadership, emergency "
            "childcare, care guides. Two companies from the district of Görlitz share their "
            "experience.",
        ],
        "outcomes": [
            "Survey the needs of your staff with a short questionnaire",
            "Choose suitable working-time models for shift work and office",
            "Know the legal entitlements for parental leave and care",
            "Draft an action plan for the next twelve months",
        ],
        "prerequisites": "For owners, managing directors, HR staff and works councils.",
    },
    "arbeiten-ueber-die-grenze": {
        "slug": "working-across-the-border",
        "title": "Working across the border: commuting in the tri-border region",
        "teaser": "Taxes, health insurance, pensions: what employees commuting between Saxony, "
        "Poland and the Czech Republic need to know.",
        "description": [
            "Every day, thousands of people cross the Neisse or the Czech border to get to "
            "work. Living in one country and working in another raises particular questions: "
            "Where do I pay tax? Which health insurer is responsible? How is my pension "
            "calculated?",
            "Advisers from the cross-border employment service answer these questions in "
            "German, Polish and Czech. Bring your own questions – after the talk there is time "
            "for one-to-one conversations.",
        ],
        "outcomes": [
            "Know the basic tax rules for cross-border commuters",
            "Determine the responsible health and pension insurance",
            "Apply for recognition of vocational qualifications",
            "Know advice centres on both sides of the border",
        ],
    },
    "wasserstoff-und-energiespeicher": {
        "slug": "understanding-hydrogen-and-energy-storage",
        "title": "Understanding hydrogen and energy storage",
        "teaser": "Battery, heat storage or hydrogen? Two online lessons and a lab day show how "
        "renewable energy is available at night and in winter too.",
        "description": [
            "Sun and wind deliver electricity when the weather allows – not necessarily when "
            "we need it. Storage is therefore the key to an energy system without coal, "
            "especially in Lusatia, shaped by mining for decades.",
            "In the online lessons you learn how batteries, heat storage and hydrogen work and "
            "what each is suited for. On the lab day in Zittau you operate an electrolyser and "
            "a fuel cell, measure efficiencies and discuss the energy region of the future with "
            "researchers.",
        ],
        "outcomes": [
            "Distinguish short-term from long-term storage",
            "Explain the path from electricity to hydrogen and back",
            "Measure and interpret efficiencies",
            "Assess the potential and limits of hydrogen realistically",
        ],
        "prerequisites": "School physics is enough.",
        "lessons": [
            lesson(
                "why-storage",
                "Why we need storage",
                "Generation and consumption rarely match – storage balances them.",
                text(
                    "An energy system with a lot of solar and wind power has to balance "
                    "fluctuations over hours, days and seasons. There are different kinds of "
                    "storage for this:",
                    [
                        "<b>Batteries</b> store electricity for hours, with small losses.",
                        "<b>Heat storage</b> keeps surplus electricity as heat, for example for "
                        "district heating networks.",
                        "<b>Hydrogen</b> can store energy for weeks and months, but loses a lot "
                        "in conversion.",
                    ],
                ),
            ),
            lesson(
                "from-electricity-to-hydrogen",
                "From electricity to hydrogen and back",
                "Electrolysis, storage, fuel cell – and what is lost along the way.",
                text(
                    "In an electrolyser, electricity splits water into hydrogen and oxygen. "
                    "The hydrogen is stored and later turned back into electricity in a fuel "
                    "cell or turbine.",
                    "Of 100 kilowatt hours of electricity, only about 30 to 40 come back in "
                    "the end. Hydrogen therefore pays off above all where there is no direct "
                    "alternative: in the steel and chemical industries and as seasonal storage.",
                ),
                quiz(
                    "Quick check: hydrogen",
                    question(
                        "Roughly how much of 100 kWh of electricity comes back after "
                        "electrolysis, storage and fuel cell?",
                        wrong("90 to 95 kWh", "Batteries come closer to that."),
                        right("30 to 40 kWh"),
                        wrong("5 kWh"),
                    ),
                    question(
                        "What is hydrogen particularly suited for?",
                        right("Storage over weeks and months"),
                        right("A raw material in the steel industry"),
                        wrong("Balancing fluctuations within a minute"),
                        multiple=True,
                    ),
                ),
            ),
        ],
        "notes": {
            "Mit Besichtigung eines Batteriespeichers.": (
                "Includes a visit to a battery storage plant."
            ),
        },
    },
    "kleine-energieforscher": {
        "slug": "young-energy-researchers",
        "title": "Young energy researchers: power from sun, wind and lemons",
        "teaser": "Children build a lemon power station, a wind turbine from yoghurt pots and "
        "a solar car – and find out where electricity comes from.",
        "description": [
            "How does electricity get into the socket, and why do so many wind turbines turn "
            "near Hoyerswerda, where lignite used to be mined? At the energy workshop children "
            "explore these questions with their own experiments.",
            "They measure the voltage of a lemon battery, test which blade shape turns a wind "
            "turbine fastest and race their solar cars. One of the helpers also speaks Sorbian; "
            "Sorbian-speaking children are very welcome.",
        ],
        "outcomes": [
            "Explain that electricity comes from different sources",
            "Build a simple circuit and measure a voltage",
            "Plan experiments, observe and record results",
        ],
        "notes": {
            "Ferientermin in Bautzen.": "Holiday date in Bautzen.",
        },
    },
    "wissenschaft-am-abend": {
        "slug": "science-in-the-evening",
        "title": "Science in the evening: research from Upper Lusatia",
        "teaser": "Researchers from the region explain in 45 minutes what they are working on "
        "– followed by plenty of time for questions and conversation.",
        "description": [
            "What actually happens in the labs of the university and the research institutes "
            "in Zittau and Görlitz? In this evening series, researchers present their work so "
            "that no specialist knowledge is needed: from the 3D-printed implant to heat "
            "storage for an entire neighbourhood.",
            "Each evening has its own topic, shown in the session details. The talks alternate "
            "between Görlitz and Löbau; on request we interpret into Polish or Czech.",
        ],
        "outcomes": [
            "Get to know current research topics in the region",
            "Talk directly with researchers",
            "Put scientific claims into perspective",
        ],
        "notes": {
            "Thema: Energie aus Sand?": "Topic: energy from sand?",
            "Thema: Implantate aus dem 3D-Drucker": "Topic: implants from the 3D printer",
            "Thema: Wärmenetze für kleine Städte": "Topic: heat networks for small towns",
            "Thema: Kunststoff ohne Erdöl": "Topic: plastics without crude oil",
        },
    },
    "z-lupu-do-lesa": {
        "slug": "exploring-nature-in-german-and-sorbian",
        "title": "Z lupu do lěsa: exploring nature in German and Sorbian",
        "teaser": "With magnifiers, nets and identification cards at the pond and the edge of "
        "the forest: children discover animals and plants and learn their names in two "
        "languages.",
        "description": [
            "Upper Lusatia is rich in ponds, heath and forest – and in words for them in two "
            "languages. In this course children set out from the learning workshop in Bautzen "
            "into nature, carefully catch water insects, identify trees and listen to "
            "birdsong.",
            "The leaders speak German and Sorbian. Children from Sorbian and Witaj nurseries "
            "and schools can use their language outdoors; children without Sorbian pick up "
            "their first names of animals and plants along the way. At the end, each group "
            "designs a bilingual nature poster.",
        ],
        "outcomes": [
            "Recognise common animals and plants at the pond and the forest edge",
            "Name them in German and Sorbian",
            "Observe carefully with magnifier and net without harming animals",
            "Draw and describe observations",
        ],
        "prerequisites": "None. Please bring weatherproof clothes and wellington boots.",
        "notes": {
            "Gummistiefel nicht vergessen!": "Don't forget your wellington boots!",
        },
    },
    "sousede-tschechisch-fuer-kinder": {
        "slug": "sousede-czech-for-children",
        "title": "Sousedé – Neighbours: playful Czech for children",
        "teaser": "Songs, games and a visit from children from Liberec: first Czech words for "
        "children in the tri-border region.",
        "description": [
            "From Zittau, the Czech Republic is only a few minutes away. In this course "
            "children learn their neighbours' language the way children like to learn best: "
            "with songs, movement games, rhymes and crafts.",
            "At each session a group of children from a partner school in Liberec joins us. "
            "So the language course becomes a meeting with new friends.",
        ],
        "outcomes": [
            "Greet and introduce yourself in Czech",
            "Count to ten and name colours",
            "Sing along to a Czech children's song",
        ],
    },
    "technik-tag-fuer-maedchen": {
        "slug": "technology-day-for-girls",
        "title": "Technology day for girls: soldering, coding, designing",
        "teaser": "Spend a day finding out what technical jobs are about – with engineers, "
        "mechatronics technicians and students from the region.",
        "description": [
            "Few women still work in technical jobs in Upper Lusatia – not because girls have "
            "less talent, but because they get fewer chances to try things out. That changes "
            "on this day.",
            "At three stations you solder a flashing name badge, program a small robot and "
            "design a part for the 3D printer on the computer. Over lunch, women from companies "
            "and the university talk about their path – honestly, detours included.",
        ],
        "outcomes": [
            "Solder a simple circuit safely",
            "Program a robot with blocks",
            "Know technical apprenticeships and degree courses in the region",
        ],
        "notes": {
            "Mittagessen inklusive.": "Lunch included.",
        },
    },
    "metall-3d-druck-forschung": {
        "slug": "metal-additive-manufacturing-research",
        "title": "Metal additive manufacturing: insights into research",
        "teaser": "A day in the research lab for professionals, students and researchers: "
        "laser powder bed fusion, process monitoring and testing – in English and German.",
        "description": [
            "Metal parts from the powder bed are light, complex in shape and highly resilient "
            "– but the process is demanding. Porosity, residual stress and rough surfaces are "
            "current research topics, and Upper Lusatia works on them too.",
            "The day combines short talks with stations in the lab: you follow a build job "
            "with process monitoring, examine micrographs under the microscope and discuss how "
            "companies can use research results. As many international guests take part, the "
            "working language is mostly English.",
        ],
        "outcomes": [
            "Describe the laser powder bed fusion process",
            "Recognise typical defects such as pores and cracks",
            "Classify methods of process monitoring",
            "Know ways of working with research institutions",
        ],
        "prerequisites": "A basic engineering background, for example from a degree, a "
        "master craftsman or technician qualification. Conversational English.",
        "notes": {
            "Sicherheitsschuhe bitte mitbringen oder vorab ausleihen.": (
                "Please bring safety shoes or borrow a pair from us in advance."
            ),
        },
    },
    "zurueck-in-die-oberlausitz": {
        "slug": "back-to-upper-lusatia",
        "title": "Back to Upper Lusatia: planning your return",
        "teaser": "You live in Dresden, Munich or abroad and are thinking about coming back? "
        "Three online lessons on work, housing and settling in.",
        "description": [
            "Every year people return to Upper Lusatia – for their family, for affordable "
            "houses, for the landscape. Good preparation helps the move succeed.",
            "The course guides you through the key questions: Where do I find a suitable job "
            "or start my own business? How do I find housing and a nursery place? Which "
            "networks help me settle in? The content is available in German and English, so "
            "partners from abroad can read along.",
        ],
        "outcomes": [
            "Use regional job boards and returner initiatives",
            "Compare the costs of housing and living realistically",
            "Draw up a personal timetable for your return",
        ],
        "lessons": [
            lesson(
                "finding-work",
                "Finding or creating work",
                "Where vacancies are advertised and who helps you start a business.",
                text(
                    "Many jobs in the region are never advertised on the large portals. So "
                    "look here as well:",
                    [
                        "at the regional returner initiatives and their job boards,",
                        "on the career pages of the companies that interest you,",
                        "through the chambers, the university and networks such as alumni groups.",
                    ],
                    "If you want to start your own business, the business development agency "
                    "and the start-up workshops in Görlitz and Zittau offer advice.",
                ),
            ),
            lesson(
                "housing-and-family",
                "Housing, nursery and school",
                "Affordable housing, childcare places and schools in town and village.",
                text(
                    "Housing in Upper Lusatia is much cheaper than in big cities, but not every "
                    "house is ready to move into. Be honest about renovation costs and ask the "
                    "municipality about funding programmes.",
                    "Nursery places are allocated by the municipalities. Register early – many "
                    "places have bilingual German–Sorbian nurseries.",
                ),
            ),
            lesson(
                "settling-in",
                "Settling in and belonging",
                "Clubs, neighbours and networks for people coming back.",
                text(
                    "Settling in means getting to know people. Clubs, the volunteer fire "
                    "brigade, a choir or a sports group open doors fastest in small places.",
                    "Several towns in the region have regular meet-ups for returners – there "
                    "you meet people who have already taken the same step.",
                ),
                quiz(
                    "Quick check: returning",
                    question(
                        "Where are many jobs in the region advertised?",
                        wrong("Only on national job portals"),
                        right(
                            "Also on company websites and with regional initiatives",
                            "Exactly – many jobs never appear on the large portals.",
                        ),
                    ),
                ),
            ),
        ],
    },
    "sorbisch-fuer-einsteiger": {
        "slug": "sorbian-for-beginners",
        "title": "Serbšćina za započatkarjow: Sorbian for beginners",
        "teaser": "Your first words of Upper Sorbian for self-study: greetings, introducing "
        "yourself, naming places in Lusatia in Sorbian.",
        "description": [
            "Between Bautzen, Kamenz and Hoyerswerda you meet Upper Sorbian on place-name "
            "signs, in nurseries, schools and everyday life. The language is related to Polish "
            "and Czech and has a feature that hardly exists elsewhere: the dual, for exactly "
            "two things.",
            "In two short lessons you learn greetings, simple sentences and the Sorbian names "
            "of places in the region. The texts are bilingual, and you can repeat the exercises "
            "as often as you like.",
        ],
        "outcomes": [
            "Greet, thank and say goodbye in Sorbian",
            "Introduce yourself with your name and where you live",
            "Know the Sorbian names of important places in Upper Lusatia",
        ],
        "lessons": [
            lesson(
                "witajce",
                "Witajće! Greetings and introductions",
                "The key phrases for a first meeting.",
                text(
                    "These phrases will get you through any first meeting:",
                    [
                        "<i>Dobry dźeń!</i> – Good day!",
                        "<i>Witajće!</i> – Welcome!",
                        "<i>Kak so maš?</i> – How are you?",
                        "<i>Rěkam Lena.</i> – My name is Lena.",
                        "<i>Dźakuju so!</i> – Thank you!",
                        "<i>Božemje!</i> – Goodbye!",
                    ],
                    "As in German, there is a familiar and a polite form of address: "
                    "<i>ty</i> (you, familiar) and <i>Wy</i> (you, polite).",
                ),
                quiz(
                    "Quick check: greetings",
                    question(
                        "What does ‘Dźakuju so!’ mean?",
                        wrong("Good day!"),
                        right("Thank you!"),
                        wrong("Goodbye!"),
                    ),
                    question(
                        "How do you say goodbye?",
                        right("Božemje!"),
                        wrong("Witajće!"),
                    ),
                ),
            ),
            lesson(
                "place-names",
                "Places in Lusatia in Sorbian",
                "Budyšin, Kamjenc, Wojerecy: the region on bilingual place-name signs.",
                text(
                    "In the Sorbian settlement area, place-name signs carry two names. You may "
                    "already know some of them:",
                    [
                        "Bautzen – <i>Budyšin</i>",
                        "Kamenz – <i>Kamjenc</i>",
                        "Hoyerswerda – <i>Wojerecy</i>",
                        "Görlitz – <i>Zhorjelc</i>",
                        "Löbau – <i>Lubij</i>",
                    ],
                    "This is how you say where you come from: <i>Sym z Budyšina.</i> – I am "
                    "from Bautzen.",
                ),
                quiz(
                    "Quick check: place names",
                    question(
                        "Which town is called ‘Wojerecy’ in Sorbian?",
                        wrong("Kamenz"),
                        right("Hoyerswerda"),
                        wrong("Weißwasser", "Weißwasser is Běła Woda."),
                    ),
                ),
            ),
        ],
    },
}
