"""Source attribution: whose act an event is, from grammar and actor knowledge, on invented sentences."""

from __future__ import annotations

import pytest

import onrecord

pytestmark = pytest.mark.usefixtures("rules_only")


def events_of(text: str, published: str | None = "2024-11-07"):
    [article] = onrecord.process([{"id": "s", "text": text, "published": published}])
    return article.events


def first_of(text: str, kind: str):
    found = [e for e in events_of(text) if e.type == kind]
    assert found, [(e.type, e.source_actor, e.source_country) for e in events_of(text)]
    return found[0]


@pytest.mark.parametrize(("text", "kind", "source", "target"), [
    # the speaker's act coordinated after a quote closes is the speaker's, not the quoted subject's
    ("SEOUL, Jun 3 (Wire) - South Korea imposed duties on Chinese steel on Tuesday.\n\nChina's commerce ministry said "
     "the South Korean decision \"lacked factual basis\" and warned that Beijing would retaliate.", "THREATEN", "CHN", "KOR"),
    # a country a relative clause sends something to is not the subject's
    ("SEOUL, Jun 3 (Wire) - South Korea imposed duties on Chinese steel on Tuesday.\n\nPetrochemical makers, which send "
     "a third of their exports to China, urged the government to seek a settlement.", "REQUEST", "KOR", "KOR"),
    # a two-word country owning a title set before the name ("South Africa's trade minister, X")
    ("WINDHOEK, Sep 10 (Wire) - Namibia extended its ban on South African vegetables on Thursday.\n\nSouth Africa's trade "
     "minister, Lindiwe Maseko, who held talks in Windhoek on Wednesday, said the ban broke customs union rules.",
     "CONSULT", "ZAF", "NAM"),
    # paired nationalities: the first is the source, the other its partner
    ("Polish and Lithuanian forces staged joint drills near the border on Monday.", "COOPERATE", "POL", "LTU"),
    ("South African and U.S. warships held joint exercises off Durban on Monday.", "COOPERATE", "ZAF", "USA"),
    # a name described in apposition by a nationality ("X, the Chilean firm") is of that country
    ("LA PAZ, May 2 (Wire) - Bolivia and Chile signed a water deal on Monday. Silala Minera, the Chilean firm whose "
     "pipeline draws from the springs, welcomed the deal.", "SUPPORT", "CHL", None),
    ("HANOI, June 3 (Wire) - Song Da Holdings, a Chinese state-owned builder, denied the report on Tuesday.",
     "REJECT", "CHN", None),
    ("QUITO, June 3 (Wire) - Marta Lindqvist, a Swedish engineer, was released by kidnappers on Tuesday.",
     "CONCEDE", None, "SWE"),
    # a named body of no country takes the state that owns it
    ("Chile's Carabineros sent two additional units to the border crossing on Tuesday.", "MOBILIZE", "CHL", None),
    ("Spain's Guardia Civil detained 12 migrants off Almeria on Monday.", "COERCE", "ESP", None),
    ("Mexico's Guardia Nacional deployed 500 agents to the border.", "MOBILIZE", "MEX", None),
    # the people of a region are its state's (guide C2), as a federal member state is
    ("Flemish teachers held a protest on Monday against the pension reform.", "PROTEST", "BEL", None),
    ("Karakalpak activists staged a protest on Monday against the constitutional change.", "PROTEST", "UZB", None),
    # a country named by an upper-case short form the parser leaves untagged
    ("The UAE has denied arming the rebels in Sudan.", "AID", "ARE", None),
    # "there will be no talks": the speaker's side is the one that will not talk
    ("There will be no further negotiations with Peru until the border is reopened, "
     "Ecuadorian President Ana Torres said.", "CONSULT", "ECU", "PER"),
    # the government of a person acts for that person's country
    ("The government of President Gustavo Petro did not comment on the release.", "STATEMENT", "COL", None),
    # "the North" of a divided country the text names by its other half
    ("The North fired two missiles into the sea on Monday, South Korean officials said.", "MOBILIZE", "PRK", None),
    # a ministry named by a common noun, placed by its nationality word
    ("The Peruvian foreign ministry said the new border rules would take effect in May.", "STATEMENT", "PER", None),
    # talks before the speaking: held by the speaker an office describes, not only by one named
    ("Speaking after talks with the Indonesian president in Jakarta, the Australian prime minister said both "
     "countries wanted closer ties.", "CONSULT", "AUS", "IDN"),
    # the side that seeks a meeting of "the two presidents" is its source, the other its target
    ("Poland signed a border treaty with Lithuania on Monday. Lithuanian Foreign Minister Rasa Vaitkute said "
     "Vilnius was ready for a meeting of the two presidents.", "CONSULT", "LTU", "POL"),
    # a participle coordinated with a passive shares its doer and its patient
    ("The dissident was kidnapped by Belarusian agents in Vilnius and sentenced to death in 2022.",
     "COERCE", "BLR", None),
    # a state's missiles or drones crashing into a place: the state's strike, not a rebuke
    ("Russian drones smashed into an apartment block in Odesa overnight, the governor said.", "ASSAULT", "RUS", None),
    # an unowned hostile act the speaker says will stop is his own side's
    # a two-word country owning a title: "Equatorial Guinea's", not Guinea's
    ("Equatorial Guinea's President Teodoro Mba dismissed the army chief, General Pedro Nsue, on Monday.",
     "DISMISS", "GNQ", "GNQ"),
    # a party name several countries share is the one of the article's country
    ("SANTIAGO - The Republican Party threatened to file a constitutional accusation against the interior minister.",
     "THREATEN", "CHL", None),
    ("LILONGWE - The Democratic Progressive Party accused the electoral commission of moving ballot boxes.",
     "ACCUSE", "MWI", None),
    ("KINGSTOWN, St Vincent (Wire) - The New Democratic Party won 14 of the 15 seats in that vote.", "ELECTION", "VCT", None),
    ("MAPUTO - Podemos leader Albino Cossa accused the ruling Frelimo of ballot stuffing.", "ACCUSE", "MOZ", "MOZ"),
    # a country's possessive names a party's country, words between them or not
    ("DUSHANBE (Wire) - Tajikistan's ruling People's Democratic Party won 49 of the 63 seats in Sunday's election.",
     "ELECTION", "TJK", None),
    # a party the knowledge names outright is its country's, whatever its letters or words say elsewhere
    ("QUETTA, Pakistan - The Balochistan National Party (BNP) boycotted the vote on Tuesday.", "PROTEST", "PAK", None),
    ("The Swedish People's Party accused Finland's Centre Party of buying seats.", "ACCUSE", "FIN", "FIN"),
    ("HELSINKI - The Swedish People's Party accused the Centre Party of buying seats.", "ACCUSE", "FIN", None),  # split tag
    # a nationality inside a party's name in a leader's title tells the party's country, not its own
    ("HELSINKI - The Swedish People's Party leader, Anna Nyholm, accused the finance minister of ignoring families.",
     "ACCUSE", "FIN", None),
    # a party's secretary general is no international civil servant
    ("KARACHI - Thousands of traders shut their shops on Tuesday. Tariq Bhatti, secretary general of the opposition "
     "Pakistan Tehreek-e-Insaf, accused the government of squeezing the middle class.", "ACCUSE", "PAK", "PAK"),
    # an act coordinated with a clause reported by "reports that" is the speaker's, not the clause's patients'
    ("HARARE - The United States embassy said it was \"deeply concerned\" by reports that detainees had been beaten at "
     "the central police station and urged the authorities to respect the right to protest.", "REQUEST", "USA", "ZWE"),
    # a country's commission on human rights is its own state's body, not a rights group of no country
    ("MANILA - Police fired water cannon at farmers marching on the Department of Agriculture on Monday. The Commission "
     "on Human Rights criticised the use of the water cannon as disproportionate.", "ACCUSE", "PHL", None),
    # a nationality that names a language is not the people's ("Swedish-speaking Finns")
    ("HELSINKI - Several thousand Swedish-speaking Finns rallied outside parliament on Saturday.", "PROTEST", "FIN", None),
    # "its members" in what a body says is the body's own
    ("The United States imposed a duty on Mexican avocados. The growers' association said its members would "
     "block the main highway into Uruapan.", "PROTEST", "MEX", None),
    # the owner of a decision spelled out by an infinitive does it, not who criticises it
    ("Observers from Spain criticised the Bolivian electoral court's decision to bar two candidates.", "COERCE", "BOL", None),
    # protests an attack set off are the country's people's, not the attack's
    ("LAGOS - A bombing that sparked protests in three cities killed nine people.", "PROTEST", "NGA", None),
    # the host of talks between two others is the source; "the two neighbours" are the story's pair
    ("Ethiopia accused Eritrea of arming rebels on Monday. Qatar's foreign ministry offered to host talks "
     "between the two neighbours.", "CONSULT", "QAT", "ETH"),
    # talks that "could resume" are held by the side of who says so
    ("Colombian peace commissioner Ana Ruiz said talks could resume only if the rebels freed three soldiers.",
     "CONSULT", "COL", None),
    # an organisation described as an alliance is a party of the article's country
    ("BAGHDAD - The Unity Framework, the Sunni alliance that holds a majority in parliament, pledged to back "
     "the new cabinet.", "SUPPORT", "IRQ", None),
    ("HANOI - The Politburo appointed Nguyen Van Binh as party chief of the province.", "APPOINT", "VNM", "VNM"),
    # a passive cooperative act a minister announces is his state's
    ("Thai Defence Minister Somchai Wong said the joint naval patrols would be expanded to include air surveillance.",
     "COOPERATE", "THA", None),
    # a body owned by a country of two words is that country's, not the dateline's
    ("MASERU - Lesotho's parliament met on Thursday. South Africa's High Commission urged all parties to respect "
     "the constitution.", "REQUEST", "ZAF", None),
    # a federal member state is its country's, wherever the talks are held
    ("NAIROBI - Kenya hosted talks on Sunday. Puntland's authorities asked for the suspects to be handed over.",
     "REQUEST", "SOM", None),
    # a breakaway region with no ISO code of its own is coded as the state it broke from (guide C2)
    ("Somaliland signed a port deal with Ethiopia on Monday.", "AGREE", "SOM", "ETH"),
    ("The breakaway region of Transnistria held elections on Sunday.", "ELECTION", "MDA", None),
    ("Northern Cyprus accused Greece of arming the island on Friday.", "ACCUSE", "CYP", "GRC"),
    # a counterpart's nationality is the other side's, not the story's: the minister is not Angolan
    ("Foreign Minister Ana Ribeiro met her Angolan counterpart on Monday.", "CONSULT", None, "AGO"),
    ("The defence minister held talks with his Kenyan counterpart on Friday.", "CONSULT", None, "KEN"),
    # soldiers attacked where no side is named are the country's own; troops deployed are the source's
    ("CAIRO - Gunmen killed five soldiers at a checkpoint in North Sinai on Tuesday.", "ASSAULT", None, "EGY"),
    # "Iran-backed" names the backer, not the militia's country
    ("BAGHDAD - A drone strike killed a commander of an Iran-backed militia in eastern Syria on Tuesday.", "ASSAULT",
     None, "SYR"),
    # what a person is held for names no side of theirs: the hanged man is Iran's own
    ("TEHRAN - Iran hanged a man convicted of spying for Israel on Tuesday.", "COERCE", "IRN", "IRN"),
    # a body of an international organisation serves no country, wherever the story is filed
    ("DAKAR - The ECOWAS Commission president, Ana Diallo, urged Mali and Niger to resolve their dispute.",
     "REQUEST", None, "MLI"),
    # "it" as the subject of a clause hung on a state's act is that state
    ("Egypt hanged three men on Tuesday whom it had convicted of spying for Israel's Mossad, the judiciary's "
     "news agency reported.", "COERCE", "EGY", None),
    # a charge denied in a trailing phrase the parser made the main clause: the denier rejects it
    ("Ethiopia's army accused Eritrean troops of shelling border villages, a charge Asmara denied.", "REJECT", "ERI", "ETH"),
    # a release ordered by a court is the court's, not the freed people's country's
    ("A court in Chennai ordered the release of 12 Sri Lankan fishermen on Monday.", "CONCEDE", "IND", None),
    # the subject of a verb the parser hung on it as a modifier past a relative clause
    ("SAN SALVADOR - The Barrio 18 gang, which police blame for the killings, threatened in a video to attack prisons "
     "if troops entered its territory.", "THREATEN", "SLV", None),
    # a patient noun: who is held or freed is the target; the one who orders or announces it acts
    ("The release of 18 Azerbaijani soldiers was announced by Armenia on Wednesday.", "CONCEDE", "ARM", None),
    ("A court in Minsk ordered the detention of a Polish journalist on Monday.", "COERCE", "BLR", "POL"),
    ("The arrest of the Turkish opposition mayor sparked protests.", "COERCE", None, "TUR"),
    ("The withdrawal of Russian troops was confirmed by NATO.", "RETREAT", "RUS", None),
    # a demonym the model took for a person still names the country
    ("The Omani envoy shuttled between Tehran and Washington.", "CONSULT", "OMN", None),
    # "the government of President X" is X's, not the dateline's country
    ("QUITO - Ecuador sent aid to Bolivia. The administration of President Luis Arce thanked Quito.",
     "SUPPORT", "BOL", "ECU"),
    # a part of a group ("some of its lawmakers", "two of the soldiers") acts for the group
    ("Kenya's ruling party expelled the Orange Movement from the coalition after some of its lawmakers backed "
     "the strike.", "SUPPORT", "KEN", None),
    # officials of an international body speak for no country: a hyphenated title, the bloc's own envoy
    ("ASEAN Secretary-General Anna Kerr called on Myanmar to free the detained reporters.", "REQUEST", None, "MMR"),
    ("The European Union's ambassador to Kenya, Anna Kerr, called on all parties to show restraint.", "REQUEST", None, None),
    # who comes for talks holds them
    ("German Economy Minister Anna Kerr is due in Oslo on Monday for talks with Norway's energy minister.",
     "CONSULT", "DEU", None),
    # an arrest told without its agent names no source, whatever the dateline (section 3)
    ("ACCRA, May 3 (Wire) - Two opposition lawmakers were arrested on Tuesday on charges of inciting violence.",
     "COERCE", None, "GHA"),
    ("LIMA - Three journalists were detained overnight in the capital.", "COERCE", None, None),
    # an appointment told without its agent is still made by the country's own state
    ("KYIV - General Petro Marchenko was appointed commander of the ground forces on Friday.", "APPOINT", "UKR", None),
    # the nationality of those who back or fund a force, told in a clause, is not the force's own
    ("BAMAKO, May 3 (Reuters) - Army units backed by French advisers recaptured the town on Tuesday.",
     "ASSAULT", "MLI", None),
    ("KABUL, May 3 (Reuters) - Soldiers funded by American donors attacked the militants' camp on Tuesday.",
     "ASSAULT", "AFG", None),
    # but a clause telling where a convoy comes from names its sender
    ("Trucks carrying food from Egypt crossed into Gaza on Tuesday.", "AID", "EGY", None),
    # a two-word country the model leaves untagged after a bare dateline is still the doer
    ("SEOUL - North Korea fired a ballistic missile into the sea on Tuesday.", "MOBILIZE", "PRK", None),
    # "pro-Russian", "anti-American": a leaning, not a nationality
    ("Voters in Lesotho elected a pro-Russian president on Sunday.", "ELECTION", "LSO", None),
    # a body named after an international organisation, or working in a country, serves no country (guide §3)
    ("BAMAKO, May 3 (Wire) - The United Nations Security Council is to hold an emergency meeting on Mali on Friday.",
     "CONSULT", None, None),
    ("HONIARA, May 3 (Wire) - The Pacific Islands Forum Fisheries Agency said it would share patrol data with "
     "Solomon Islands fisheries officers.", "COOPERATE", None, None),
    ("JUBA - The U.N. Support Mission in South Sudan welcomed the truce between the two militias.", "SUPPORT", None, None),
    # the official or mission "of" an international body speaks for it, not for the story's country
    ("ADDIS ABABA - The chairperson of the African Union Commission called on both armies to exercise restraint.",
     "REQUEST", None, None),
    ("BISHKEK - The observer mission of the Organization for Security and Co-operation in Europe urged the "
     "authorities to release the journalists.", "REQUEST", None, "KGZ"),
    # a nationality on the noun a name stands beside, or a country owning the title under another entity label
    ("DOHA - Venezuela freed Canadian engineer Paul Girard on Monday. Girard rejected the spying charges in a "
     "statement.", "REJECT", "CAN", None),
    ("LOME - Prime Minister Kodjo Amah held talks on Monday with Sierra Leone's Vice President Musa Conteh, who "
     "urged Togo to reopen the border.", "REQUEST", "SLE", "TGO"),
    # a first-level region opening a title places its holder in the region's country, whatever the dateline
    ("The Maldives detained 12 fishermen on Monday. Kerala Chief Minister Arun Menon urged the Maldives to free them.",
     "REQUEST", "IND", "MDV"),
    # a country owning the region an office is in: "a former mayor of Chile's Valparaiso region"
    ("BUENOS AIRES - Luis Araya, a former governor of Chile's Valparaiso region, rejected the bribery charges on "
     "Monday.", "REJECT", "CHL", None),
    # a bloc's commissioner speaks for the bloc, whatever the portfolio and the story's country
    ("WARSAW - Poland's parliament passed the media law on Friday. European Trade Commissioner Anna Berg accused "
     "Warsaw of breaking EU rules.", "ACCUSE", None, "POL"),
    ("SKOPJE - North Macedonia's talks with Bulgaria stalled on Monday. Enlargement Commissioner Jan Novak said "
     "the talks had been difficult.", "STATEMENT", None, None),
    # a body's envoy apposed to a nationality noun serves the body, not his country
    ("HANOI - Laos freed 40 prisoners on Monday. The envoy of the Association of Southeast Asian Nations, Thai "
     "diplomat Somchai Preecha, urged the government to free the remaining detainees.", "REQUEST", None, None),
    # a capital setting the scene places an institution named without a country
    ("MADRID - Spain approved the extradition of Ana Ruiz, a former mayor wanted in Quito, on Friday. In Quito, "
     "Congress voted on Tuesday to bar Ruiz from holding public office.", "COERCE", "ECU", None),
    # a force's owner in front of its name; the seat of a court is not its owner
    ("DHAKA - Bangladesh mourned the deaths on Monday. India's Border Security Force accused the men of "
     "smuggling cattle.", "ACCUSE", "IND", None),
    ("MANILA - The International Criminal Court issued a warrant for a former minister on Friday. The warrant, "
     "issued by the Hague-based court on Friday, covers killings by police.", "COERCE", None, None),
    # a nationality the model left untagged still places the noun it qualifies
    ("TASHKENT - Uzbekistan and Kazakhstan signed a water-sharing deal on Friday. Tajik officials declined to "
     "comment on the deal.", "STATEMENT", "TJK", None),
    # "Federal" opening a title is the federal government the story names, not the dateline's
    ("NAIROBI - Kenya hosted talks on Sunday between Ethiopia's federal government and the Tigray authorities. "
     "A Kenyan official said the meeting lasted six hours.\n\nFederal Defence Minister Abebe Tadesse welcomed the "
     "truce.", "SUPPORT", "ETH", None),
    # a body named in full as a title the model left untagged: its leaders act for it, not for the host
    ("JOHANNESBURG - Leaders of the Group of 20 adopted a declaration on debt relief in Johannesburg on Sunday.",
     "AGREE", None, None),
    # many states meeting somewhere are not the host's
    ("DUBAI - About 190 nations at the ocean treaty conference in Dubai adopted a plastics pact on Friday.",
     "AGREE", None, None),
    # a country's name the model tags as an organisation still makes the dateline's country the story's
    ("NIAMEY, May 2 (Sahel Wire) - Niger's junta suspended all flights to Benin on Friday, accusing Cotonou of "
     "harbouring rebels. Benin's foreign minister, Jean Houngbo, rejected the charge.\n\nThe army said it had "
     "arrested 12 suspects near the border.", "COERCE", "NER", None),
    # a capital opening the sentence sets the scene, whatever tag the model gives it ("Banjul" as ORG)
    ("GENEVA, June 3 (Alpine Wire) - A Swiss court on Monday convicted a former Gambian interior minister of torture. "
     "In Banjul, Information Minister Lamin Ceesay welcomed the verdict.", "SUPPORT", "GMB", "CHE"),
    ("LISBON, Nov 19 (Tagus Wire) - Portugal suspended budget support to Guinea-Bissau on Thursday.\n\nIn Bissau, "
     "police fired tear gas on Wednesday to disperse opposition supporters.", "ASSAULT", "GNB", None),
    # a force said to be in a place is that place's country's ("police in Bissau", "police in Dar es Salaam")
    ("LISBON, Nov 19 (Tagus Wire) - Portugal suspended budget support to Guinea-Bissau on Thursday.\n\nPolice in "
     "Bissau fired tear gas on Wednesday to disperse opposition supporters.", "ASSAULT", "GNB", None),
    ("NAIROBI, May 2 (Wire) - Kenya closed the border on Monday. Police in Dar es Salaam detained 12 traders on Tuesday.",
     "COERCE", "TZA", None),
    # "her government" is the government of the person named before, not the dateline's
    ("MEXICO CITY, Jan 9 (Wire) - Guatemalan President Ana Lopez said on Monday her government would sign the trade "
     "accord with Mexico next month.", "AGREE", "GTM", "MEX"),
    # a backer named in a hyphened compound is not the force's owner
    ("TBILISI, Oct 1 (Wire) - Russian-backed militiamen in breakaway Abkhazia detained two Georgian journalists on "
     "Friday.", "COERCE", "GEO", None),
    # an acronym introduced between commas is the body named before it
    ("LIMA, Oct 1 (Wire) - The National Confederation of Andean Farmers, CONAFA, said on Monday its members would "
     "block highways. CONAFA accused the government of ignoring farmers.", "ACCUSE", "PER", None),
    # the owner named in front of a body's name, not the remit the name gives ("Office for Kosovo")
    ("PRISTINA - Kosovo police arrested three Serb activists on Monday. Serbia's Office for Kosovo condemned the "
     "arrests.", "ACCUSE", "SRB", None),
    # a foreigner arrested abroad with no agent named: the state where it was done, not the speaker's
    ("NAIROBI - A Kenyan activist, Mary Wanjiru, was arrested in Kampala on Sunday, her lawyer said.",
     "COERCE", "UGA", "KEN"),
    ("WARSAW - Two Polish journalists were detained in Minsk on Friday while covering the protests.",
     "COERCE", "BLR", "POL"),
    # a deal told in the passive after a meeting is the deal of those who met
    ("Kenyan and Ugandan officials met in Busia on Monday, but no deal was reached on the border dispute.",
     "AGREE", "KEN", "UGA"),
    # a small state's name the model does not tag as a place still owns the title after it
    ("WELLINGTON, June 2 (Wire) - New Zealand criticised a fishing deal signed by Niue on Monday. New Zealand officials "
     "said New Zealand would review its aid. Niue's Premier Tavita Moala rejected the criticism on Tuesday.", "REJECT",
     "NIU", None),
    # a dateline country the story never names is only where the wire sits: the country named most is home
    ("DUBAI, Jan 3 (Gulf Wire) - Iraq's oil ministry said on Monday that Iraq would raise exports, a plan Kuwait, Qatar, "
     "Iran and Saudi Arabia criticised. Iraq said the plan was lawful and Iraq would not change it, and Kuwait said it "
     "would complain. Foreign ministry spokesman Ali Hassan rejected the criticism.", "REJECT", "IRQ", None),
    # "visiting" between the owner and the title is no part of the title
    ("ADDIS ABABA, May 3 (Wire) - Kenya's visiting Foreign Minister Jane Wambui held talks with Ethiopian officials on "
     "Monday.", "CONSULT", "KEN", "ETH"),
    # police whose act a state body reports are that state's, not the dateline's
    ("LISBON, May 3 (Wire) - Portugal and Spain signed a water accord on Monday. Riot police detained 20 protesters "
     "outside the port of Cadiz, Spain's Interior Ministry said.", "COERCE", "ESP", None),
    # "the junta" of a story filed from a neighbour is the junta of the country it names
    ("DAKAR, May 3 (Wire) - Senegal said on Monday it feared an influx of refugees from Mali after fighting near Kayes. "
     "The junta expelled the French ambassador on Tuesday, state radio reported.", "SANCTION", "MLI", "FRA"),
    # a body named without a country sits in the country of its seat
    ("RIYADH, May 3 (Wire) - Saudi Arabia proposed a truce on Monday. The Sanaa-based Supreme Political Council "
     "rejected the truce on Tuesday.", "REJECT", "YEM", None),
    # two bodies the model tags as one name, owned together; the second named again alone is the same body
    ("NAIROBI, May 3 (Wire) - Kenya hosted envoys from Somalia's Federal Parliament and National Electoral Commission "
     "on Monday. The National Electoral Commission rejected the proposal on Tuesday.", "REJECT", "SOM", None),
    # "the House" after "Liberia's House of Representatives" is Liberia's, not the dateline country's
    ("ABUJA, May 3 (Wire) - Nigeria hosted a delegation from Liberia's House of Representatives on Monday. On Sunday "
     "the House voted to remove the speaker.", "DISMISS", "LBR", None),
    # a group's "general congress" is no national legislature
    ("PANAMA CITY, May 3 (Wire) - The United States urged calm on Monday over a copper mine dispute. The Embera general "
     "congress voted to join the protests.", "PROTEST", "PAN", None),
    # a federal member state acting is its country's (C2), named from another country's dateline too
    ("MEXICO CITY, May 2 (Wire) - Mexico rejected the claim on Monday. Texas agriculture officials accused Mexico of "
     "withholding water on Tuesday.", "ACCUSE", "USA", "MEX"),
    ("ISLAMABAD, May 2 (Wire) - Pakistan's cabinet met on Monday. Sindh accused the federal government of diverting "
     "river water on Tuesday.", "ACCUSE", "PAK", None),
    # a city named in front of a body places the body in the city's country
    ("ATHENS, May 2 (Wire) - Greece protested on Monday. An Istanbul court sentenced two Greek sailors to prison on "
     "Tuesday.", "COERCE", "TUR", "GRC"),
    # "it" as the subject of a clause coordinated with another's is that clause's subject
    ("LIMA, May 2 (Wire) - Peru on Monday accused Bolivian smugglers of arson, and it recalled its ambassador from La "
     "Paz.", "SANCTION", "PER", "BOL"),
    # an institution owning the speaker ("the junta's information ministry") is an actor of its own
    ("DHAKA, Feb 16 (Wire) - Bangladesh said on Sunday it had disarmed 40 Myanmar soldiers. The junta's information "
     "ministry called the rebels terrorists.", "ACCUSE", "MMR", None),
    # a party name the knowledge gives a country the story never names is the home country's
    ("LILONGWE, May 3 (Wire) - The ruling party won most seats in Malawi's local elections on Sunday. The Democrats "
     "rejected the results on Monday.", "REJECT", "MWI", None),
    # attackers the text describes without naming (A1) and unowned weapons take no country
    ("PORT-AU-PRINCE, May 2 (Wire) - In Haiti, armed men hijacked a bus carrying 30 passengers near Jacmel on "
     "Friday.", "ASSAULT", None, None),
    ("KYIV, May 2 (Wire) - Drones hit a power station in Kherson on Wednesday, killing two workers.",
     "ASSAULT", None, None),
    ("Armed men abducted 20 students from a school in Kaduna state on Friday.", "ASSAULT", None, "NGA"),
    # a body described as an international organisation's is of no country (§3)
    ("SARAJEVO, May 2 (Wire) - EUFOR, the European Union's peacekeeping force, stepped up patrols around Mostar on "
     "Friday.", "MOBILIZE", None, None),
    ("BEIRUT, May 2 (Wire) - Sentinel, the African Union's observer mission, criticised the delays on Friday.",
     "ACCUSE", None, None),
    # an official whose title opens with a party's or union's short form ("KDP Secretary-General") is that body's,
    # of its country, not an international civil servant: the short form is the name given in full before
    ("ACCRA, May 2 (Wire) - The Ghanaian People's Reform Party (GPRP) lost two seats on Sunday. GPRP "
     "Secretary-General Kwame Mensah accused the electoral board of fraud.", "ACCUSE", "GHA", None),
    ("LIMA, May 2 (Wire) - Thousands of members of the CTP trade union federation rallied in Lima on Monday. CTP "
     "Secretary-General Rosa Quispe accused the government of betraying workers.", "ACCUSE", "PER", None),
    # a country the model tagged as a region, and a capital it took for a person, still name the story's country
    ("UNITED NATIONS, May 2 (Wire) - The Security Council voted on Monday to renew its mission in the Central African "
     "Republic. A Nepalese peacekeeper was killed in an ambush last week, Nepal's army said. Aid agencies said half of "
     "the people in the Central African Republic needed food, and that fighting in the Central African Republic had "
     "displaced 20,000 people in the Central African Republic this year. Police arrested six men on Tuesday.",
     "COERCE", "CAF", None),
    # "according to the junta's information ministry": the owner named in the phrase speaks, not the body named last
    ("SEOUL, May 2 (Wire) - South Korea's cabinet demanded on Monday that Myanmar free a Korean aid worker. The aid "
     "worker, Kim Min-jun, was detained on Sunday near the port in Yangon, according to the junta's information "
     "ministry.", "COERCE", "MMR", None),
    # "he" after "X's office said" is X, the owner of the subject, not a person named in an earlier sentence
    ("VILNIUS, May 2 (Wire) - Lithuanian Foreign Minister Ona Petraitiene thanked the Vatican on Monday for its help. "
     "Belarusian President Ivan Sokol's office said he had pardoned the two journalists on Sunday.", "CONCEDE", "BLR", None),
    # a name in front of an organisation noun is that kind of body ("the CTN union federation": a union), of the
    # story's country like any union
    ("SANTIAGO, May 2 (Wire) - A national strike called by the CTN union federation closed ports across Chile on "
     "Monday. The CTN accused the government of freezing wages.", "ACCUSE", "CHL", None),
    # a party called by its name without "Party" ("Liberal supporters") is the party named in full before
    ("ASUNCION, May 2 (Wire) - Paraguay's Senate voted on Wednesday to impeach two judges, in a move the opposition "
     "Liberal Party denounced as a coup. Several hundred Liberal supporters blocked a highway near Encarnacion on "
     "Thursday.", "PROTEST", "PRY", None),
    # an international body's observers watch a vote; the country holds it
    ("TEGUCIGALPA, May 2 (Wire) - Honduras' Congress voted on Wednesday to replace two judges. The European Union's "
     "observer mission, which monitored the March 8 municipal vote, urged Congress to respect the court.",
     "ELECTION", "HND", None),
    # "the two sides" after a meeting told in the same sentence keep that meeting's order, not the lead's
    ("PHNOM PENH, Feb 6 (Wire) - Cambodia extradited 57 Vietnamese nationals wanted for fraud on Thursday, flying them "
     "to Hanoi, the interior ministry said. Vietnamese Deputy Minister Tran Van Hung met his Cambodian counterpart Sok "
     "Vanna in Phnom Penh on Wednesday, and the two sides signed a memorandum on a joint taskforce.", "AGREE", "VNM", "KHM"),
    # "a spokesman for the group" speaks for the group named before, not for the story's country
    ("MOGADISHU, May 2 (Wire) - Al-Shabaab fighters attacked a Kenyan border post on Monday, Kenya's interior ministry "
     "said. A spokesman for the group warned that foreign aid agencies would be targeted unless they left.",
     "THREATEN", "SOM", None),
    # a bare dateline naming a capital is that capital when the story names its country, not a larger namesake abroad
    ("HAMILTON, May 2 (Wire) - Bermuda's premier accused Canada on Monday of dumping cheap fuel. Police arrested two "
     "fishermen the same day. Canada rejected the charge.", "COERCE", "BMU", None),
    # a dual nationality ("Canadian-Russian") is the first one, the country that claims the person
    ("A Russian court has jailed Canadian-Russian journalist Olga Petrenko for eight years.", "COERCE", "RUS", "CAN"),
    # a confederation named without a country is a union of the story's country (guide section 3)
    ("QUITO, May 2 (Wire) - Fishermen blocked the port in Ecuador on Monday. The National Confederation of Fishermen "
     "rejected the fuel decree on Tuesday.", "REJECT", "ECU", None),
    # "lawmakers" named by no country are the story's country's legislature
    ("LIMA, May 2 (Wire) - Informal miners blocked the highway in Peru on Monday. The miners' union said it would "
     "extend the blockade on Friday if lawmakers did not approve the extension.", "THREATEN", "PER", "PER"),
    # a list of nationalities opening the sentence, whose first word the parser hangs on the verb
    ("Canadian, Danish and Norwegian warships began a joint patrol in the Barents Sea on Monday.", "COOPERATE", "CAN",
     None),
    # a region whose name holds another country's ("British Columbia", "New Mexico") is read whole
    ("British Columbia Premier Jane Doe accused Ottawa on Monday of ignoring the province.", "ACCUSE", "CAN", "CAN"),
    ("New Mexico Governor Tom Ruiz criticised the water plan on Monday.", "ACCUSE", "USA", None),
    # "New" opening a region's name the tagger missed is no passing word; Cameroon's "South" region is no word
    ("New South Wales Premier Jane Doe criticised the water plan on Monday.", "ACCUSE", "AUS", None),
    # a force the model tags a name, in a report by another state's ministry, is that state's, not the dateline's
    ("OSLO, May 2 (Wire) - Norway protested on Monday. Russia's defence ministry announced that its navy would hold "
     "drills in the Barents Sea.", "MOBILIZE", "RUS", None),
    # a body of no known kind described after its owner is the owner's
    ("MANILA, May 2 (Wire) - The Philippines protested on Monday.\n\nVietnam's national maritime agency VINAMARINE said "
     "the talks had been useful.", "STATEMENT", "VNM", None),
    # "it" opening a sentence of its own is the body named as the subject before it
    ("OSLO, May 2 (Wire) - Norway protested on Monday.\n\nRussia's foreign ministry announced new drills in the "
     "Barents Sea. It gave no details of the area.", "STATEMENT", "RUS", None),
    # forces and ministers the actor knowledge names are of their state
    ("A Guardia Civil patrol boat ordered two Moroccan fishing boats out of the bay on Sunday.", "REQUEST", "ESP", None),
    ("Commerce Minister Wang Wentao spoke by phone with his German counterpart on Monday.", "CONSULT", "CHN", None),
    # the people, parties and groups of the actor knowledge, of their own country (C2: a territory's people take its code)
    ("Chagossian groups filed a complaint with the U.N. Human Rights Committee on Monday.", "ACCUSE", "IOT", None),
    ("The Falklands government said licence holders would be compensated.", "AID", "FLK", None),
    ("The Parti Québécois won a majority in the provincial election on Monday.", "ELECTION", "CAN", None),
    ("The 3R accused the army of bombing villages near the border.", "ACCUSE", "CAF", None),
    ("Vice-President Teodoro Nguema Obiang Mangue accused Madrid of meddling.", "ACCUSE", "GNQ", None),
    ("The Grand Council of the Crees said the Cree Nation would hold its own vote if Quebec seceded.", "ELECTION", "CAN",
     None),
    # a force named bare in an official's words is the official's state's, wherever the story is filed
    ("NAIROBI, Dec 18 (Wire) - Ethiopian government spokesman Legesse Tulu said federal police had arrested 17 "
     "militia members.", "COERCE", "ETH", None),
    # a member's own nationality, not the body's ("parliament" here is the Czech story's own)
    ("PRAGUE, May 8 (Wire) - Czech police detained a Slovak member of parliament at an arms fair.", "COERCE", "CZE", "SVK"),
    # a country's working people and their spokesmen, named by their trade, are its public (guide §3)
    ("Cambodia's labour minister ordered striking workers to return to their factories.", "REQUEST", "KHM", "KHM"),
    ("Morocco's prime minister offered to meet representatives of the protest movement.", "CONSULT", "MAR", "MAR"),
    # states named in apposition act, not the one whose partners they are
    ("China's allies Russia and Iran backed the plan on Monday.", "SUPPORT", "RUS", None),
    # a country's name told of with "who" is the person of that surname named before
    ("LISBON, Aug 13 (Wire) - Spain's prime minister phoned Prime Minister Luís Montenegro on Thursday. Montenegro, "
     "who visited the command post in Viseu on Wednesday, banned the burning of stubble until Sunday.", "COERCE", "PRT",
     None),
    # a town whose name opens with a nationality is no sign of that nation
    ("SPANISH TOWN, Jamaica, May 12 (Wire) - Police shot dead four men during a raid in Spanish Town on Monday. "
     "Commissioner Owen Whyte is due to meet community leaders in Spanish Town on Wednesday.", "CONSULT", "JAM", "JAM"),
    # "the vessel" is the boat named with its flag before it, not the story's home country
    ("TOKYO, Oct 1 (Wire) - Japan's coast guard arrested the captain of a Chinese fishing boat on Wednesday after the "
     "vessel rammed two patrol boats near the islands.", "ASSAULT", "CHN", "JPN"),
    # a town the gazetteer does not know is placed by the country its dateline names after it
    ("CHIATURA, Georgia, Feb 26 (Meridian) - Twenty-two manganese miners went on hunger strike on Thursday inside a "
     "disused mine shaft.", "PROTEST", "GEO", None),
    # a dateline town that is no capital is the namesake in the country the story names, not a larger one elsewhere
    ("BUKA, Sep 1 (Wire) - Police detained 12 people after a protest outside the autonomous government's offices "
     "on Tuesday. The protesters want Papua New Guinea's parliament to ratify the referendum.", "COERCE", "PNG", "PNG"),
    # a nationality on the border a town lies by is the neighbour's, not the town's people's
    ("CONAKRY, Mar 18 (Wire) - Traders in Lola, a market town near the Ivorian border, blocked the main road on "
     "Tuesday.", "PROTEST", "GIN", None),
    # of towns that share a name, police posted in one are those of the country the story names
    ("BELMOPAN, Oct 14 (Wire) - Mexico sent rescue workers to Belize after the hurricane cut off the town of Punta "
     "Gorda. Police in Punta Gorda detained 14 people for looting on Tuesday night.", "COERCE", "BLZ", "BLZ"),
    # a country opening the sentence as its setting is the bare government's
    ("BRASILIA, Nov 4 (Wire) - Brazil cut taxes on diesel on Wednesday. In Paraguay, whose soy exports have been "
     "stranded for four days, the government asked Brasilia to let its lorries through.", "REQUEST", "PRY", "BRA"),
    # the body one has confidence in is the target, not the side that acted last
    ("ATHENS, Jul 8 (Wire) - Turkey's foreign ministry accused Athens of violating the rights of asylum seekers. "
     "Greece's migration minister told state broadcaster ERT that the government had full confidence in the coast "
     "guard.", "SUPPORT", "GRC", "GRC"),
    # a ministry named by the capital it sits in is that state's, not the story's home country's
    ("OSLO, Sep 10 (Wire) - Norway summoned Russia's ambassador on Thursday. Hours after the summons, the foreign "
     "ministry in Moscow ordered Norway's consul general in Murmansk to leave Russia within five days.", "SANCTION",
     "RUS", "NOR"),
    # what the speaker's side was not granted, the other side withheld
    ("LONDON, Jun 18 (Wire) - Britain summoned Iran's ambassador on Thursday over the detention of two British "
     "sailors in Bandar Abbas. Britain said it had not been granted consular access to the pair.", "CONCEDE", "IRN",
     "GBR"),
    ("NAIROBI, Mar 3 (Wire) - Al-Shabaab freed four Kenyan aid workers it had held in Somalia since January. The four "
     "were handed over to Kenyan officials at the border on Tuesday, Interior Minister Joseph Kamau said.", "CONCEDE",
     "SOM", "KEN"),
    # a seizure condemned is aimed at who seized, not at the side that spoke last
    ("ATHENS, Jun 18 (Wire) - Iran's Revolutionary Guards seized a Greek-managed oil tanker in the Strait of Hormuz "
     "on Thursday. France demanded the immediate release of the ship and its crew. Greece's foreign ministry called "
     "the seizure an act of piracy.", "ACCUSE", "GRC", "IRN"),
    # "both sides" of a third party's appeal are the two the story tells most acts between, here rivals at home
    ("DAMASCUS, Apr 30 (Wire) - Syria's defence ministry and the Kurdish-led Syrian Democratic Forces agreed on "
     "Thursday to a ceasefire around the town of Deir Hafer. Turkey's foreign ministry welcomed the deal. The defence "
     "ministry accused the SDF of shelling army positions with mortars. The UN special envoy urged both sides to "
     "respect the truce.", "REQUEST", None, "SYR"),
    # … and not a co-mediator named beside the speaker
    ("ISLAMABAD, Oct 14 (Wire) - Pakistani and Afghan forces exchanged fire along the border on Tuesday, and Pakistan "
     "accused Afghanistan of sheltering militants. Qatar and Turkey, which brokered a ceasefire between the neighbours "
     "last October, urged both sides to show restraint.", "REQUEST", "QAT", "PAK"),
])
def test_source_country(text, kind, source, target):
    event = first_of(text, kind)
    assert event.source_country == source
    if target:
        assert event.target_country == target


@pytest.mark.parametrize(("text", "kind", "source", "target"), [
    # the subject of a passive relative clause is the one acted on, not the doer
    ("Former Bolivian president Ana Quispe, who was barred from running, urged her supporters to spoil their ballots.",
     "COERCE", None, "Ana Quispe"),
    # the patient of a shared passive is the target of the second participle, not its doer
    ("The dissident was kidnapped by Belarusian agents in Vilnius and sentenced to death in 2022.",
     "COERCE", "Belarus", "dissident"),
    # a giver named down a chain of compounds: "a World Bank disaster fund"
    ("Jamaica will receive $50 million from a World Bank disaster fund, officials said.", "AID", "World Bank", "Jamaica"),
    # "the bloc" is the international body named before
    ("Chad asked the African Union for help, and the bloc agreed to send food aid.", "AID", "African Union", None),
    # observers from a body act for it
    ("Observers from the African Union praised the conduct of the vote.", "SUPPORT", "African Union", "conduct"),
    # a speech act after a reported clause whose auxiliary it does not share is the speaker's own
    ("Nigerian governor Musa Bello said the state would not negotiate with the kidnappers and appealed to the army "
     "to send more troops.", "REQUEST", "Musa Bello", "Nigerian Army"),
    # a subject noun the tagger took for an adjective still names the doer
    ("Rebels bombed a village on Sunday. The junta freed about 3,000 prisoners under an amnesty last month, "
     "including several journalists.", "CONCEDE", "junta", "prisoners"),
    # a known body's name opening a paragraph with a comma is no dateline
    ("ABUJA - Niger freed two soldiers on Monday.\n\nECOWAS, which suspended Niger after the coup, welcomed the release.",
     "SUPPORT", "ECOWAS", "Niger"),
    # a call made after a reported clause about a verdict is the speaker's: a verdict calls on nobody
    ("The European Union said the verdicts raised serious concerns and called on Tunis to release the defendants.",
     "REQUEST", "European Union", "Tunisia"),
    # a move, a step or a project calls on nobody, refuses nothing: the speaker does
    ("The Kazakh space agency said the move violated the treaty and called on Moscow to reverse it.",
     "REQUEST", "Kazakhstan", "Russia"),
    ("The Greek foreign ministry said the detention had been lawful and rejected Ankara's protest.",
     "REJECT", "Greek foreign ministry", "Turkey"),
    # a syllable hyphened to the last word of a name belongs to it
    ("Vice Foreign Minister Pak Song-il rejected the accusation on Tuesday.", "REJECT", "Pak Song-il", "accusation"),
    # a name the model took for a building is an organisation when an organisation noun describes it
    ("Two migrants drowned on Sunday, according to the Spanish charity Mar-Abierto. Mar-Abierto accused the Libyan "
     "navy of ignoring distress calls.", "ACCUSE", "Mar-Abierto", "Libyan navy"),
    # a participle the parser hung on a gerund clause of a passive shares its patient: the arrested is not the accuser
    ("The opposition leader Ana Quispe was detained in May while touring the north and accused of sedition.",
     "COERCE", None, "Ana Quispe"),
    # who provoked protests did not stage them
    ("DAKAR - Police arrested an opposition leader on Wednesday, prompting protests in the capital.", "PROTEST", None, None),
    ("KAMPALA - Soldiers fired on a crowd, which sparked riots in three towns.", "PROTEST", None, None),
    # "military" before the act says its kind; the subject does it
    ("Chile and Peru began joint military drills off the coast on Monday.", "COOPERATE", "Chile", "Peru"),
    # what is fired is the means, and open water is nobody
    ("North Korea fired three cruise missiles into the sea off its west coast on Sunday.", "MOBILIZE", "North Korea", None),
    # a refused request answers whoever made it (T11)
    ("The prime minister rejected calls by opposition parties to resign over the affair.", "REJECT", "minister", "parties"),
    # a protest demanding a resignation is aimed at whoever is told to go (P1)
    ("Thousands rallied in Lima demanding the resignation of Interior Minister Ana Torres.", "PROTEST", "Thousands",
     "Ana Torres"),
    # a participle after a reported clause is the speaker's act, not the clause subject's
    ("The Danish minister said the island was not for sale, rejecting Washington's offer.", "REJECT",
     "minister of Denmark", "United States"),
    ("Labour Minister Heng Sour said the strike was illegal and ordered workers to return to their factories.",
     "REQUEST", "Heng Sour", "workers"),  # a past tense the tagger read as a participle
    # what someone is suspected of names no party
    ("Dutch police detained two men on Friday on suspicion of spying for China.", "COERCE", "Dutch police", "men"),
    # a crowd named with what it is doing does it, not the clause's subject
    ("Riot police fired tear gas at students marching outside the ministry on Friday.", "PROTEST", "students", None),
    # "took part in the drills": a share in an act, no party to it
    ("About 3,000 Russian troops took part in the drills near the port, the ministry said.", "MOBILIZE", "Russia", None),
    ("Two Chinese frigates were taking part in the exercise off Durban on Monday.", "MOBILIZE", "China", None),
    ("Belarusian troops took part in the exercise near Brest on Friday.", "MOBILIZE", "Belarus", None),
    # an attack as the subject names no doer (A1)
    ("A drone strike killed two militia commanders in Basra on Sunday.", "ASSAULT", None, "commanders"),
])
def test_source_actor(text, kind, source, target):
    event = first_of(text, kind)
    assert (event.source_actor, event.target_actor) == (source, target)


def test_leaders_of_many_states_take_no_home_country():
    text = ("NAIROBI - Arab and African leaders met in the Kenyan capital on Sunday to discuss the war in Sudan. "
            "Kenya said the talks in Kenya had been useful, and Kenyan police closed roads around the venue.")
    assert first_of(text, "CONSULT").source_country is None


def test_dateline_country_named_again_is_home():
    text = ("QUITO - Ecuador recalled its ambassador to Israel on Monday over the war in Gaza. "
            "Deputy Foreign Minister Ana Torres announced the decision, accusing Israel of violating international law. "
            "Israel's foreign ministry said Israel regretted the move. Israeli officials said Israel would respond.")
    accusation = first_of(text, "ACCUSE")
    assert accusation.source_country == "ECU"
    assert accusation.target_country == "ISR"


def test_a_story_filed_from_a_neighbour_takes_the_country_it_is_about():
    text = ("DAKAR, May 4 (West Wire) - The Gambia's president appointed a new army chief on Monday, "
            "a week after a failed mutiny in Banjul. Gambian officials said two of the mutineers had fled to Senegal, "
            "where Senegalese police were searching for them. The Gambia has seen three coup attempts since 2014, "
            "and Gambian soldiers have mutinied twice since President Adama Barrow took office. "
            "Rights groups in Gambia called for calm. Opposition leader Fatou Jallow criticised the delay in a radio address.")
    assert first_of(text, "ACCUSE").source_country == "GMB"


def test_they_of_many_states_takes_no_home_country():
    text = ("ACCRA - West African leaders imposed sanctions on the junta on Sunday, saying they did not rule out "
            "the use of force. Ghana hosted the summit, and Ghana's president chaired it.")
    assert first_of(text, "THREATEN").source_country is None


def test_each_of_three_listed_nationalities_acts():
    text = "French, German and Italian police arrested 40 suspects on Tuesday."
    assert {e.source_country for e in events_of(text) if e.type == "COERCE"} == {"FRA", "DEU", "ITA"}


def test_a_participle_after_coordinated_subjects_is_each_ones_act():
    events = events_of("Egypt and Sudan walked out of the talks on Monday, accusing Ethiopia of bad faith.")
    assert sorted(e.source_country for e in events if e.type == "ACCUSE") == ["EGY", "SDN"]


def test_a_participle_on_a_joint_act_is_done_together():
    events = events_of("Kenyan and Ugandan police carried out a joint operation near the border on Friday, seizing 300 rifles.")
    assert len([e for e in events if e.type == "COERCE"]) == 1


def test_a_common_noun_in_a_title_is_no_institution():
    text = ("LIMA, March 3 (Andes Wire) - Peru's president on Monday appointed Rosa Quispe, an economist with no party ties, "
            "as finance minister.")
    assert first_of(text, "APPOINT").target_country == "PER"  # not The Economist's country


def test_a_noun_named_in_apposition_is_that_actor():
    accusation = first_of("Iran on Tuesday condemned a leading rights group, Human Rights Watch, and a French newspaper.", "ACCUSE")
    assert (accusation.target_actor, accusation.target_country) == ("Human Rights Watch", None)


def test_a_states_critics_are_its_own_people():
    assert first_of("Belarus has jailed more than 200 critics since January, rights groups say.", "COERCE").target_country == "BLR"


def test_both_governments_are_the_pair_not_a_place_in_the_charge():
    text = ("ADDIS ABABA, May 4 (Wire) - Ethiopia and Sudan signed a border deal on Monday. Amnesty International accused "
            "both governments of sending refugees back to Eritrea.")
    assert first_of(text, "ACCUSE").target_country in {"ETH", "SDN"}


def test_both_candidates_are_the_home_countrys():
    text = ("FREETOWN, May 4 (Wire) - Sierra Leone held a presidential runoff on Saturday. ECOWAS observers urged both "
            "candidates to accept the result.")
    assert first_of(text, "REQUEST").target_country == "SLE"


def test_a_demand_told_as_a_clause_is_addressed_to_its_doer():
    text = "ASUNCION, May 4 (Wire) - Opposition leader Ana Benitez demanded that the government release the detained students."
    assert first_of(text, "REQUEST").target_country == "PRY"


def test_a_label_given_with_as_names_no_owner():
    text = ("BEIJING, May 4 (Wire) - Japan's defence minister on Monday accused China of provoking tensions near Taiwan. "
            "China rejected the statement as interference in China's internal affairs.")
    assert first_of(text, "REJECT").target_country == "JPN"


def test_a_force_named_by_a_common_noun_is_the_reporting_ministers_states():
    text = ("NICOSIA, May 4 (Wire) - Cyprus and Lebanon signed a migration pact on Monday. Lebanon's interior minister said "
            "the army had intercepted 40 boats since October.")
    assert first_of(text, "COERCE").source_country == "LBN"


def test_a_group_listed_with_including_is_aimed_at_its_first_member():
    text = "The exiled opposition leader urged other non-EU states, including Serbia and Turkey, to impose sanctions on Belarus."
    assert first_of(text, "REQUEST").target_country == "SRB"


def test_a_protest_against_an_act_named_by_its_patient_targets_the_doer():
    text = ("MINSK, May 4 (Wire) - Belarusian police detained a prominent blogger on Monday. Hundreds of exiles rallied in "
            "Vilnius on Tuesday against the blogger's arrest.")
    assert first_of(text, "PROTEST").target_country == "BLR"


def test_criticism_drawn_from_a_critic_is_the_critics_accusation():
    event = first_of("The arrests by Belarusian police drew sharp criticism from Lithuania on Monday.", "ACCUSE")
    assert (event.source_country, event.target_country) == ("LTU", "BLR"), event


@pytest.mark.parametrize("text, kind, country", [
    ("QUITO, May 4 (Wire) - Ecuador's labour minister met union leaders in Guayaquil on Monday.", "CONSULT", "ECU"),
    ("SOFIA, May 4 (Wire) - The Bulgarian president urged senators on Monday to reject the budget.", "REQUEST", "BGR"),
    ("ACCRA, May 4 (Wire) - Ghana's finance minister on Monday urged the farmers to end their blockade.", "REQUEST", "GHA"),
    ("CONAKRY, May 4 (Wire) - Reporters Without Borders called on the regulator to lift the suspensions.", "REQUEST", "GIN"),
    ("BOGOTA, May 4 (Wire) - The Ombudsman's Office asked prosecutors to investigate the police response.", "REQUEST",
     "COL"),
])
def test_office_holders_and_trades_named_by_no_side_are_the_home_countrys(text, kind, country):
    assert first_of(text, kind).target_country == country


def test_a_rebel_groups_act_is_not_aimed_at_the_other_state_of_the_story():
    text = ("BOGOTA, May 4 (Wire) - Colombia and Venezuela signed a border security pact on Monday. The ELN rebels warned "
            "that they would attack any troops sent to the border.")
    assert first_of(text, "THREATEN").target_country != "VEN"  # at most the rebels' own (targets.py: the troops there)


@pytest.mark.parametrize("text, target, country", [
    # the fire opened or set is the means, the post or the station is what is attacked
    ("BANGUI, May 4 (Wire) - Gunmen opened fire on an army post near the town of Bria on Monday.", "post", "CAF"),
    ("LA PAZ, May 4 (Wire) - Protesters set fire to a police station in El Alto on Monday.", "station", "BOL"),
    ("NIAMEY, May 4 (Wire) - Jihadist fighters shelled the town of Tillia on Monday.", "town", "NER"),
])
def test_a_place_or_post_attacked_stands_for_the_country_where_it_is(text, target, country):
    event = first_of(text, "ASSAULT")
    assert (event.target_actor, event.target_country) == (target, country)


def test_a_force_named_by_a_region_is_that_regions_countrys():
    text = ("MEXICO CITY, May 4 (Wire) - Mexico's foreign ministry protested on Monday against the deployment of "
            "California National Guard troops at the border with the United States.")
    assert first_of(text, "ACCUSE").target_country == "USA"


def test_the_government_told_to_act_in_a_demand_is_the_demanders_own():
    # a demand told as a clause names "the government" by office alone: the protesters' own rulers (P1)
    [request] = [e for e in events_of("Bolivian miners blocked the main road into Oruro on Monday, demanding that the "
                                      "government cut fuel prices.") if e.type == "REQUEST"]
    assert (request.source_country, request.target_country) == ("BOL", "BOL"), request


def test_a_demand_rejected_is_aimed_at_who_made_it():
    event = first_of("The Peruvian minister rejected the fishermen's demand for a larger quota.", "REJECT")
    assert event.target_actor == "fishermen", event


def test_a_province_acts_within_its_state():
    event = first_of("OTTAWA, May 2 (Wire) - Canada's premiers met on Friday. Ontario held a referendum on "
                     "electoral reform in 2009.", "ELECTION")
    assert (event.source_actor, event.source_country) == ("Ontario", "CAN"), event


def test_an_armed_group_the_knowledge_names_is_of_its_country_not_the_dateline_s():
    event = first_of("MAE SOT, Thailand, May 2 (Wire) - The Karen National Union said its fighters had captured an "
                     "army camp in Myanmar on Tuesday.", "ASSAULT")
    assert event.source_country == "MMR", event


def test_who_acts_in_protest_protests():
    event = first_of("Traders in Kano kept their stalls closed on Monday in protest at the new market levy.", "PROTEST")
    assert event.source_actor == "Traders", event


def test_a_protest_pressing_the_government_is_aimed_at_it_not_at_an_act_told_before():
    text = ("OSLO, March 27 (Wire) - Norway's government seized the Bergen shipyard on Thursday.\n\nRussia's state-run RT "
            "called the move \"legalised theft\" in a commentary.\n\nDock workers in Bergen marched on Friday to demand "
            "that the government guarantee their jobs.")
    event = first_of(text, "PROTEST")
    assert (event.target_actor, event.target_country) == ("government", "NOR"), event


def test_his_government_in_an_office_holders_words_is_his_states():
    text = ("Gustavo Petro called on Ecuador to reopen the border. Ecuador's foreign minister said his government was "
            "open to talks.")
    assert first_of(text, "CONSULT").source_country == "ECU"


def test_it_opening_a_sentence_is_the_body_that_acted_before():
    text = "Chile's foreign ministry rejected the note on Monday. It also summoned Bolivia's ambassador to protest the arrests."
    assert first_of(text, "ACCUSE").source_country == "CHL"


def test_a_named_company_or_crowd_with_no_country_is_the_story_s_own():
    """A company, union or crowd the actor stage gave no country acts where the story is; a
    charity working everywhere and a body of states keep none."""
    text = ("LIMA, May 3 (Andes Wire) - Peru's government on Tuesday suspended the licence of a gold mine in Arequipa. "
            "The mine's owner, Minera Quispe, said it would take the government to court. "
            "Amnesty International said the miners had been treated unfairly. The European Union urged calm.")
    sources = {e.source_actor: e.source_country for e in events_of(text)}
    assert sources["Minera Quispe"] == "PER", sources
    assert sources["Amnesty International"] is None and sources["European Union"] is None, sources


def test_a_body_named_in_full_with_its_country_keeps_it_when_named_short():
    """ "The Democratic Alliance of Nicaragua …, the Democratic Alliance": the article's own body,
    not the South African party of that name the knowledge holds."""
    text = ("MANAGUA, Nov 4 (Wire) - The exiled Democratic Alliance of Nicaragua called on voters to stay at home. "
            "Its leader said on Tuesday the Democratic Alliance would accept talks with the government if all "
            "political prisoners were freed.")
    assert {e.source_country for e in events_of(text) if e.source_actor and "Alliance" in e.source_actor} == {"NIC"}
    assert first_of("The Democratic Alliance accused the ANC of corruption on Monday.", "ACCUSE").source_country == "ZAF"


def test_a_country_named_in_passing_is_no_side_to_acts_left_untargeted():
    """The other side of a story's pair fills an untargeted act only where the story is about it:
    a domestic story naming a neighbour once is not ("smuggling across the Mozambican border")."""
    text = ("MBABANE, Apr 15 (Wire) - Police arrested the editor of the Lubombo Voice at the Manzini newsroom, and "
            "prosecutors later charged the editor with sedition over a report on smuggling across the Mozambican border. "
            "Police warned that anyone joining the march in Mbabane would be arrested.")
    assert first_of(text, "THREATEN").target_country != "MOZ"


def test_a_country_owning_a_body_named_once_is_no_side_to_acts_left_untargeted():
    """ "Saudi Arabia's Public Investment Fund", named in one sentence of a story on Egypt's budget,
    is one passing naming, not two: the speaker's refusal to table a request is not aimed at it."""
    text = ("CAIRO, Oct 9 (Wire) - Egypt raised fuel prices on Friday. The cabinet on Wednesday approved the sale of a "
            "stake in Banque du Caire to Saudi Arabia's Public Investment Fund. Lawmakers from the Egyptian Social "
            "Democratic Party demanded that Prime Minister Hisham Ragab appear before parliament. Speaker Adel Shawky "
            "refused to put the request on the agenda for Sunday's session.")
    assert first_of(text, "REJECT").target_country != "SAU"


def test_a_protest_is_aimed_at_whom_its_doers_press_in_the_same_sentence():
    text = ("HARARE, Jun 3 (Wire) - Hauliers blocked the approach road to the Chirundu bridge on Tuesday, demanding "
            "that Harare reopen the border post.")
    assert first_of(text, "PROTEST").target_country == "ZWE"


def test_a_voice_at_home_answering_its_countrys_deal_is_aimed_at_its_own_rulers():
    """The opposition, a union or a crowd criticising a deal, a contract or a loan their country
    is party to answer the rulers who made it, not the foreign partner; a chamber voting the deal
    down turns the partner down."""
    text = ("LA PAZ, May 20 (Wire) - Freedonia and Bolivia signed a gas supply contract on Tuesday during a visit by "
            "Freedonian President Tomas Ferreyra to La Paz. The opposition Creemos alliance criticised the contract.")
    assert first_of(text, "ACCUSE").target_country == "BOL"
    text = ("ULAANBAATAR, Jun 24 (Wire) - Japan gave Mongolia a $320 million loan on Wednesday. The opposition "
            "Democratic Party criticised the loan.")
    assert first_of(text, "ACCUSE").target_country == "MNG"
    text = ("PORT VILA, Mar 3 (Wire) - Australia and Vanuatu signed a security agreement in Canberra on Monday. "
            "Vanuatu's parliament rejected the agreement on Thursday. Opposition lawmakers said they would vote against "
            "the deal.")
    assert [e.target_country for e in events_of(text) if e.type == "REJECT"] == ["AUS", "VUT"]


def test_a_voice_of_public_life_at_home_is_no_side_to_the_story_pair():
    """Lawmakers, unions or a crowd that press their own rulers are not aimed at the foreign side
    of the story's latest pair when the sentence does not name it; a parliament ratifying a treaty
    is still a party to it."""
    text = ("NAIROBI, Sep 17 (Wire) - Kenya imposed a curfew on three towns in Mandera county on Thursday after a "
            "roadside bomb killed seven police officers. Somalia's foreign ministry condemned the bombing, and Mogadishu "
            "said it was ready to share intelligence with Nairobi on al-Shabaab cells along the border. Lawmakers from "
            "Mandera threatened to walk out of parliament's security committee if the curfew was extended.")
    assert first_of(text, "THREATEN").target_country != "SOM"
    text = ("YEREVAN, May 4 (Wire) - Armenia and Azerbaijan signed a peace treaty in Washington on Monday, ending decades "
            "of conflict over Azerbaijan's Karabakh region. Armenia's parliament must still ratify the treaty.")
    assert [e.target_country for e in events_of(text) if e.type == "AGREE" and "parliament" in (e.source_actor or "")] == ["AZE"]


@pytest.mark.parametrize("text, trigger, source", [
    # "said" hangs on the subjunctive "free" in the parse; "it" is still Guyana
    ("GEORGETOWN, August 27 (Wire) - Guyana demanded on Thursday that Venezuela free 11 Guyanese gold miners detained "
     "by Venezuelan soldiers on the Cuyuni River, and said it would ask the UN Security Council to meet if the men were "
     "not released within 48 hours.", "ask", "GUY"),
    # "the country's president": of the country the sentence names, not the dateline's
    ("LUSAKA, June 15 (Wire) - Zambia and Zimbabwe signed a deal on Monday to share power from Kariba. Zimbabwe's "
     "information ministry said on Monday that the country's president would visit Lusaka in July for talks.", "visit",
     "ZWE"),
    # a government named by its seat
    ("CHANIA, Greece, July 14 (Wire) - Greece's coast guard intercepted more than 1,100 migrants. Officials of the "
     "Benghazi-based government met a Greek delegation in Benghazi in June.", "met", "LBY"),
])
def test_a_party_the_text_points_to_has_the_country_it_points_to(text, trigger, source):
    assert [e.source_country for e in events_of(text) if e.trigger == trigger] == [source]


def test_a_demand_the_parser_reads_as_one_noun_phrase_is_made_of_the_state_named():
    """ "demanded that Moscow free Ozols" parsed as the noun phrase "Moscow free Ozols": Moscow is
    asked, not the detained man."""
    text = ("RIGA, September 3 (Wire) - Janis Ozols, a Latvian lorry driver, is held in Pskov. Foreign Minister Inese "
            "Kalnina called the detention \"a hostage-taking dressed up as law enforcement\" and demanded that Moscow "
            "free Ozols and let Latvian diplomats see him.")
    assert [e.target_country for e in events_of(text) if e.trigger == "demanded"] == ["RUS"]


def test_a_mission_abroad_is_not_of_the_city_it_sits_in():
    text = ("SAN JOSE, September 15 (Wire) - Venezuela's government has not commented on the permits, and its consulate "
            "in San Jose declined to answer questions on Tuesday.")
    assert {e.source_country for e in events_of(text)} == {"VEN"}


def test_a_firm_owned_from_abroad_is_its_owners_not_the_host_countrys():
    text = ("ASTANA, September 23 (Wire) - Kazakhstan's government revoked the licence of British-owned Kestrel Copper "
            "to mine at Sayak on Wednesday. Kestrel Copper called the decision expropriation and said it would start "
            "international arbitration.")
    assert [e.source_country for e in events_of(text) if e.source_actor and "Kestrel" in e.source_actor] == ["GBR"]


def test_a_firm_first_named_after_a_countrys_possessive_keeps_that_country():
    """The tagger missed "Tianshan Lithium" after "China's" and found it only later: its country
    is still China's, not the story's."""
    text = ("COPIAPO, Chile, October 6 (Wire) - Colla communities blocked the main road on Tuesday, a day after Chile's "
            "government granted a lithium licence to a venture led by China's Tianshan Lithium.\nTianshan Lithium said "
            "in a statement that it respected the rights of the Colla people and invited community leaders to visit its "
            "pilot plant in Copiapo next week.")
    assert [e.source_country for e in events_of(text) if e.trigger == "visit"] == ["CHN"]


def test_who_suffers_an_attack_is_its_target_not_its_source():
    [found] = [e for e in events_of("Mali suffered a jihadist attack on Monday.") if e.type == "ASSAULT"]
    assert (found.source_country, found.target_country) == (None, "MLI")
