"""The event stage: PLOVER types, modes, participants, dates and places on written sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import onrecord
from onrecord.events.when_where import COUNT_WORDS
from onrecord.gazetteer import locate

pytestmark = pytest.mark.usefixtures("rules_only")


def events_of(text: str, published: str | None = "2024-11-07"):
    [article] = onrecord.process([{"id": "e", "text": text, "published": published}])
    return article.events


@pytest.mark.parametrize(("text", "kind", "source", "target"), [
    ("Israeli forces attacked a refugee camp in Gaza on Tuesday.", "ASSAULT", "ISR", None),
    ("The European Union imposed new sanctions on Russia.", "SANCTION", None, "RUS"),
    ("Russian President Vladimir Putin dismissed Anatoly Antonov on October 10.", "DISMISS", "RUS", None),
    ("Chinese Foreign Minister Wang Yi met US Secretary of State Antony Blinken in Beijing.", "CONSULT", "CHN", None),
    ("Police arrested dozens of opposition supporters in Caracas.", "COERCE", None, None),
    ("Iran rejected the proposal, state media reported.", "REJECT", "IRN", None),
    # wire-service phrasings of each type (a lexicon audit), with the doer's country
    ("The Spanish foreign minister received his Moroccan counterpart in Madrid.", "CONSULT", "ESP", None),
    ("Austria's chancellor sat down with the leaders of the opposition on Monday.", "CONSULT", "AUT", None),
    ("Indonesia and Australia inked a defence agreement on Thursday.", "AGREE", "IDN", None),
    ("Estonia reaffirmed its support for Ukraine's membership of NATO.", "SUPPORT", "EST", None),
    ("The Belgian foreign minister lauded the Rwandan government's reforms.", "SUPPORT", "BEL", None),
    ("Saudi Arabia deposited $3 billion in Pakistan's central bank.", "AID", "SAU", None),
    ("China extended a $2 billion credit line to Sri Lanka.", "AID", "CHN", None),
    ("Hundreds of RSF fighters surrendered to the Sudanese army on Sunday.", "RETREAT", "SDN", None),
    ("Bosnia appealed for international help to fight the wildfires.", "REQUEST", "BIH", None),
    ("The Nigerian government sued the oil company for $12 billion.", "ACCUSE", "NGA", None),
    ("Turkish President Emre Aksoy lashed out at Israel on Saturday.", "ACCUSE", "TUR", "ISR"),
    ("Slovakia voted against the EU resolution.", "REJECT", "SVK", None),
    ("Germany halted arms sales to Saudi Arabia.", "SANCTION", "DEU", "SAU"),
    ("The Pentagon ordered a second aircraft carrier to the Mediterranean.", "MOBILIZE", "USA", None),
    ("Chinese authorities charged the activist with subversion.", "COERCE", "CHN", None),
    ("Colombian rebels gunned down three soldiers in Cauca.", "ASSAULT", "COL", None),
    ("The Thai king endorsed Somchai Rattana as prime minister.", "APPOINT", "THA", None),
    ("The Pakistani cabinet suspended the head of the electoral commission.", "DISMISS", "PAK", None),
    ("Kenyan Foreign Minister Amina Odhiambo met her Ethiopian counterpart in Addis Ababa on Tuesday.", "CONSULT", "KEN", None),
    ("Britain expelled the Russian defence attache on Wednesday.", "SANCTION", "GBR", "RUS"),
    ("Myanmar's junta pardoned 3,000 prisoners in an amnesty.", "CONCEDE", "MMR", None),
    ("Tajik officials did not reply to requests for comment.", "STATEMENT", "TJK", None),  # a people taken for a person
    ("The president thanked Romania for supplying electricity to the region.", "AID", "ROU", None),  # the one thanked did it
    # a second audit: entry bans, bans on trade, joint operations, votes and riot dispersals
    ("Ruritania banned 40 Freedonian officials from entering the country on Friday.", "SANCTION", None, None),
    ("Bolivia protested to Chile on Monday over the arrest of two of its soldiers.", "ACCUSE", "BOL", "CHL"),
    ("Poland condemned Belarusian military exercises near the border.", "MOBILIZE", "BLR", None),
    ("Chad said it had received four helicopters from France.", "AID", "FRA", "TCD"),
    ("Israel barred two US congresswomen from visiting the country.", "SANCTION", "ISR", "USA"),
    ("Beijing announced a ban on exports of graphite to the United States on Tuesday.", "SANCTION", "CHN", "USA"),
    ("Cambodia and Thailand launched a joint operation against online scam centres on Monday.", "COOPERATE", "KHM", None),
    ("The Social Democrats were re-elected with an increased majority on Sunday.", "ELECTION", None, None),
    ("Senegal elected a former tax inspector as president on Sunday.", "ELECTION", "SEN", None),
    ("Riot police dispersed the opposition supporters with tear gas and rubber bullets on Thursday.", "ASSAULT", None, None),
    ("The Bolivian president accepted the resignation of his interior minister on Monday.", "RETREAT", None, None),
    ("Trump said he would impose tariffs of 25% on all imports from Mexico unless it stopped the flow of migrants.",
     "THREATEN", "USA", None),
    ("Hong Kong police arrested six people on Tuesday for posting seditious messages online.", "COERCE", "HKG", None),  # C2
    ("Macau police detained two men on Friday.", "COERCE", "MAC", None),
    ("The Omani foreign minister travelled to Tehran on Saturday for talks on the nuclear programme.", "CONSULT", "OMN", None),
    ("Tajik authorities jailed a human rights lawyer for 10 years on Friday.", "COERCE", "TJK", None),
    ("Austrians go to the polls on Sunday to elect a new parliament.", "ELECTION", "AUT", None),
    ("The Ruritanian junta kept the deposed president under house arrest on Friday.", "COERCE", None, None),
    # long wire sentences: the act in a participle, a reported clause, a relative clause, coordinated acts
    (("Russian forces fired a barrage of missiles at the city of Kharkiv early on Tuesday, killing at least 12 civilians "
      "and wounding dozens more, regional officials said."), "ASSAULT", "RUS", None),
    (("Argentina's government said on Wednesday it had expelled two Venezuelan diplomats over what it described as "
      "hostile acts against its embassy staff."), "SANCTION", "ARG", "VEN"),
    (("The African Union, which suspended Niger after the July coup, on Friday called on the junta to release the "
      "president."), "REQUEST", None, None),
    (("Moldova expelled a Russian diplomat on Thursday, accusing him of trying to destabilise the country ahead of "
      "the presidential election."), "ACCUSE", "MDA", None),
    # A2: a place taken by force, named or not; people saved from the sea; a closure ordered, typed by what is closed
    ("Jihadist fighters seized Kidal on Sunday after the army withdrew.", "ASSAULT", None, None),
    ("Government troops recaptured Mosul from the militants on Friday.", "ASSAULT", None, None),
    ("Government troops retook the border post on Wednesday.", "ASSAULT", None, None),
    ("The Italian coast guard rescued 200 migrants off Lampedusa on Sunday.", "AID", "ITA", None),
    ("Turkey's media regulator ordered the closure of four opposition news websites on Monday.", "COERCE", "TUR", None),
    ("The Polisario Front said its fighters had shelled Moroccan army positions on Saturday.", "ASSAULT", "ESH", "MAR"),
    # a state's protest is a complaint, and the decision it protests is coded; an order to another party is a demand
    ("Kenya protested on Tuesday against Uganda's decision to close the Busia border crossing.", "ACCUSE", "KEN", "UGA"),
    ("Kenya protested on Tuesday against Uganda's decision to close the Busia border crossing.", "SANCTION", "UGA", None),
    ("The East African Court of Justice ordered Tanzania to release the two activists.", "REQUEST", None, "TZA"),
    ("The Kenyan coast guard stopped a Somali fishing boat and ordered it to sail to Mombasa.", "REQUEST", "KEN", None),
    # a bloc left, told in a relative clause (T1); gas cut off to a state; a drive run together
    ("ECOWAS, which Guinea left last year, called for new elections.", "SANCTION", "GIN", None),
    ("Russia cut gas supplies to Armenia on Friday.", "SANCTION", "RUS", "ARM"),
    ("Ghanaian and Ivorian health workers began joint vaccination drives along the border.", "COOPERATE", "GHA", None),
    # a walk-out by workers is a strike; people expelled are deported, members expelled by their party dismissed (T3)
    ("Hundreds of nurses walked out of hospitals in Nairobi on Monday.", "PROTEST", "KEN", None),
    ("Dock workers in Antwerp walked out on Tuesday to demand higher pay.", "PROTEST", "BEL", None),
    ("The teachers' union called a walkout for Monday.", "PROTEST", None, None),
    ("Pakistan expelled 40,000 Afghan refugees last month.", "COERCE", "PAK", "AFG"),
    ("Algeria, which expelled thousands of Nigerien migrants last year, closed the border crossing.", "COERCE", "DZA", None),
    ("The ruling party expelled three lawmakers who had voted against the budget.", "DISMISS", None, None),
    ("Parliament voted out Prime Minister Lars Holm on Tuesday.", "DISMISS", None, None),
    # a ship seized where it sailed is held (A2), one hijacked by attackers taken by force (A1)
    ("A tanker was seized in the Strait of Hormuz on Friday.", "COERCE", None, None),
    ("The coast guard seized a fishing boat in the Yellow Sea on Sunday.", "COERCE", None, None),
    ("Armed men seized a minibus carrying 18 students near Kaduna on Monday.", "ASSAULT", None, None),
    ("In Abidjan, supporters of the two rival parties fought with clubs on Monday.", "ASSAULT", None, None),
    # meetings called, kept up or convened; words judged by the speaker's own label; goods paid for
    ("The king summoned the party leaders to the palace for consultations on Monday.", "CONSULT", None, None),
    ("The president summoned the opposition leader for talks on the budget.", "CONSULT", None, None),
    ("Qatar said it was in contact with both sides.", "CONSULT", "QAT", None),
    ("Turkey remained in close contact with Moscow and Kyiv.", "CONSULT", "TUR", None),
    ("Norway will convene a meeting of donors in Oslo next week.", "CONSULT", "NOR", None),
    ("The minister dismissed what he called baseless rumours about his health.", "REJECT", None, None),
    ("Nigeria's army dismissed what it described as false claims of civilian deaths.", "REJECT", "NGA", None),
    ("The spokesman dismissed fears of a new offensive.", "REJECT", None, None),
    ("The ministry welcomed Alvarez's appointment on Monday.", "SUPPORT", None, None),
    ("Japan will pay for four coast guard vessels for the Philippines, the foreign ministry said.", "AID", "JPN", None),
    ("The European Union paid for the vaccines delivered to Malawi.", "AID", None, None),
    ("Kazakh border guards withdrew from the disputed post on Monday.", "RETREAT", "KAZ", None),
    ("The Dominican Republic, which expelled thousands of Haitians last year, has sent 1,500 soldiers to its border.",
     "MOBILIZE", "DOM", None),
    # another state's forces trained; a craft stopped with its load; a state's request left unanswered
    ("Britain trained 2,000 Ukrainian pilots last year.", "COOPERATE", "GBR", "UKR"),
    ("The United States will train Philippine marines in amphibious warfare.", "COOPERATE", "USA", "PHL"),
    ("Seoul will also train Saudi crews, the defence ministry said.", "COOPERATE", "KOR", "SAU"),
    ("Greek police intercepted a lorry carrying 40 migrants near the border.", "COERCE", "GRC", None),
    ("The Italian coast guard intercepted a dinghy carrying 50 people south of Lampedusa.", "COERCE", "ITA", None),
    ("Iran has yet to respond to an Iraqi request to release more water from its dams.", "REQUEST", "IRQ", None),
    ("Greece and Cyprus signed a pact to hold joint naval exercises twice a year.", "COOPERATE", "GRC", "CYP"),
    ("Spain and Morocco signed an agreement on Friday to run joint coast guard patrols.", "COOPERATE", "ESP", "MAR"),
    ("Uganda has taken in 40,000 Congolese refugees since January.", "AID", "UGA", "COD"),  # people given a home
    ("Chile granted citizenship to 94 Venezuelan exiles on Friday.", "AID", "CHL", "VEN"),
    # a briefing of another state's officials is a meeting (of one's own parliament or the press, a statement)
    ("Kenya said it had briefed Uganda on the pipeline route.", "CONSULT", "KEN", "UGA"),
    ("The Kenyan foreign minister briefed Ugandan diplomats on the ceasefire talks on Monday.", "CONSULT", "KEN", "UGA"),
    ("Chile's interior minister will brief Argentine officials in Santiago on Friday.", "CONSULT", "CHL", "ARG"),
    ("Paraguay said it had not been consulted on the new dam.", "CONSULT", None, "PRY"),  # "it": the speaker, passive too
    # an attack beaten off, and a place lost to the side that took it (A2)
    ("Malian troops repelled an attack on their base near Gao.", "ASSAULT", "MLI", None),
    ("Nigerien soldiers beat back a jihadist assault on the garrison overnight.", "ASSAULT", "NER", None),
    ("Chadian troops fought off a militant attack on a checkpoint near the lake.", "ASSAULT", "TCD", None),
    ("Government forces lost control of the district to the Taliban last week.", "ASSAULT", "AFG", None),
    # a remark dismissed is rejected; a sanction kept in force is a refusal to ease it (CAMEO 124)
    ("The Kremlin dismissed the remarks as Russophobic.", "REJECT", "RUS", None),
    ("Beijing dismissed the comments on Tuesday.", "REJECT", "CHN", None),
    ("The Indian foreign ministry dismissed the statement as baseless.", "REJECT", "IND", None),
    ("A State Department spokesperson said Washington would keep Syria on its list of state sponsors of terrorism.", "REJECT",
     "USA", "SYR"),
    ("The EU will maintain its sanctions on Belarus, the foreign ministers said.", "REJECT", None, "BLR"),
    ("The Japanese government said it would retain its tariffs on Chinese steel.", "REJECT", "JPN", "CHN"),
    # who a provoking verb moves to act does it; forces held in place by order; a dispute taken to a court or a body
    ("Kenya and Uganda signed a border pact, prompting Tanzania to warn of countermeasures.", "THREATEN", "TZA", None),
    ("Portugal said its navy patrol vessel had been ordered to remain in the harbour.", "MOBILIZE", "PRT", None),
    ("Peru said it would take the dispute to the International Court of Justice.", "ACCUSE", "PER", None),
    # blame in what is said: a partner that failed, no right to meddle, evidence tying somebody to an act
    ("Armenia's defence minister said Russia had failed us when we needed it most.", "ACCUSE", "ARM", "RUS"),
    ("Hungary's prime minister said Brussels had no right to interfere in its internal affairs.", "ACCUSE", "HUN", None),
    ("The Polish minister said Warsaw had evidence tying the hackers to Belarusian intelligence.", "ACCUSE", "POL", None),
    # a force funded is aid, and refusing to fund it a refusal; an offer after a reported judgement is the speaker's own
    ("Britain said it would not pay for the peacekeeping force.", "REJECT", "GBR", None),
    ("Germany said it would not pay for the new mission.", "REJECT", "DEU", None),
    ("The EU will pay for the African Union troops in Somalia.", "AID", None, None),
    ("Chile's state copper company said the demand was unaffordable and offered a 3 percent rise.", "CONCEDE", "CHL", None),
    # T3: one holder replaced with another is a removal and an appointment by the same hand
    ("Kenyan President Ruto replaced the police chief with his deputy on Friday.", "APPOINT", "KEN", None),
    ("Kenyan President Ruto replaced the police chief with his deputy on Friday.", "DISMISS", "KEN", None),
    # arms a side gives up, a baton charge, work begun jointly, a vote put off, a compact renewed, another's concerns shared
    ("The rebel commander said his fighters would hand over their weapons next month.", "RETREAT", None, None),
    ("Riot police charged the students with batons outside the university.", "ASSAULT", None, None),
    ("Ruritanian and Freedonian experts began a joint inspection of the border bridge.", "COOPERATE", None, None),
    ("Ruritania held regional elections on Sunday.\n\nVoting was delayed in three districts after floods.", "ELECTION",
     None, None),
    ("Ruritania and Freedonia renewed their defence compact on Friday.", "AGREE", None, None),
    ("The Irish foreign minister said Dublin shared Norway's concerns.", "SUPPORT", "IRL", "NOR"),
    ("Kenya's foreign minister is due in Kampala on Monday.", "CONSULT", "KEN", "UGA"),  # the host is the country visited
    ("Two Russian warships sailed through the Strait of Gibraltar on Tuesday.", "MOBILIZE", "RUS", None),
    ("Four Chinese coast guard ships entered Philippine waters on Thursday.", "MOBILIZE", "CHN", None),
    ("The teachers' union disbanded last year under pressure from the authorities.", "CONCEDE", None, None),  # T10
    ("The militia disbanded last year under pressure from the army.", "RETREAT", None, None),  # armed forces stand down
    ("The opposition leader's lawyers said they were considering an appeal.", "ACCUSE", None, None),  # going to court
    ("The finance minister said the government was ready to restore fuel subsidies.", "CONCEDE", None, None),
    ("Ecuador said it would seek a review of the fishing accord with Peru.", "REQUEST", "ECU", None),
    ("The Chinese foreign ministry said Beijing respected the sovereignty of Nepal.", "SUPPORT", "CHN", "NPL"),
])
def test_types_and_countries(text, kind, source, target):
    found = [e for e in events_of(text) if e.type == kind]
    assert found, [(e.type, e.source_actor) for e in events_of(text)]
    if source:
        assert found[0].source_country == source
    if target:
        assert found[0].target_country == target


def test_event_date_is_its_own_not_the_publication_date():
    [event] = [e for e in events_of("President Vladimir Putin of Russia dismissed envoy Anatoly Antonov, in the post "
                                     "since 2017, on October 10.") if e.type == "DISMISS"]
    assert event.date == "2024-10-10"
    assert event.target_actor == "Anatoly Antonov"
    assert event.evidence.startswith("President Vladimir Putin") and event.mode == "actual"


def test_a_weekday_of_an_act_set_ahead_is_the_coming_one():
    # published on Thursday 7 November 2024: the protests called are for Saturday the 9th, not the 2nd (D1, D2)
    [event] = [e for e in events_of("Chilean unions have called for street demonstrations across the country on "
                                     "Saturday.") if e.type == "PROTEST"]
    assert (event.mode, event.date) == ("future", "2024-11-09")


@pytest.mark.parametrize(("text", "mode"), [
    ("Turkey will host the next round of talks with Syria next week.", "future"),
    ("Turkey did not host talks with Syria.", "negated"),
    ("Turkey would host talks with Syria if both sides agreed.", "hypothetical"),
    ("Turkey said it was ready to host talks with Syria.", "verbal"),
    ("Turkey hosted a round of talks with Syria on Monday.", "actual"),
    ("The Turkish foreign minister is due in Damascus on Monday.", "future"),  # a visit ahead (T9)
])
def test_modes(text, mode):
    consult = [e for e in events_of(text) if e.type == "CONSULT"]
    assert consult and consult[0].mode == mode


def test_place_with_country_and_coordinates():
    [event] = [e for e in events_of("Kazakhstan hosted talks with Russia in Astana on Thursday.") if e.type == "CONSULT"]
    assert event.location == "Astana" and event.location_country == "KAZ"
    assert event.latitude == pytest.approx(51.18, abs=0.1)
    assert locate("Nowhere-at-all-ville") is None
    assert locate("Islamabad").iso3 == "PAK"  # not Chittagong, which geonames also calls Islamabad
    assert locate("Oistins") is None and locate("Oistins", {"BRB"}).iso3 == "BRB"  # a small town, where the story is
    assert locate("Basra", {"IRQ"}).iso3 == "IRQ"  # not a village abroad of that own name
    assert locate("Sinop").iso3 == "TUR" and locate("Sinop", {"BRA"}).iso3 == "BRA"  # a Turkish province, a Brazilian town
    assert locate("Borno", {"NGA", "DEU"}).iso3 == "NGA"  # the region's country named too
    assert locate("South") is None and locate("Gulf") is None  # regions named by a plain word (Cameroon, Papua New Guinea)


def test_a_statement_without_a_stronger_event_is_a_statement_event():
    events = events_of("“The situation is stable,” Foreign Minister Maria Lindqvist said on Monday.")
    assert [e.type for e in events] == ["STATEMENT"]
    assert events[0].source_actor == "Maria Lindqvist" and events[0].date == "2024-11-04"


def test_one_event_in_two_articles_is_grouped():
    text = "Israeli forces attacked a refugee camp in Gaza on Tuesday."
    articles = onrecord.process([{"id": "x", "text": text, "published": "2024-11-07"},
                                 {"id": "y", "text": "On Tuesday Israeli forces attacked the camp in Gaza, officials said.",
                                  "published": "2024-11-06"}])
    attacks = [e for a in articles for e in a.events if e.type == "ASSAULT"]
    assert len(attacks) == 2 and attacks[0].group_id == attacks[1].group_id is not None
    assert attacks[0].articles == ["y", "x"]


@pytest.mark.parametrize(("quote", "kind"), [
    ("Russia is playing for time and is to blame for the stalemate", "ACCUSE"),
    ("We will never accept a settlement imposed on us", "REJECT"),
    ("Washington must lift the sanctions now", "REQUEST"),
    ("The incident should not affect the close ties between our two countries", "STATEMENT"),  # asked of nobody
    ("The new tariffs breach World Trade Organization rules", "ACCUSE"),
    ("Any attack on our ships will meet a decisive response", "THREATEN"),
    ("The situation at the border is calm", "STATEMENT"),
    ("Our allies and partners remain united", "STATEMENT"),  # a cue only at a word's start: not "lies" in "allies"
    ("The Popular Support Front remains a small party", "STATEMENT"),  # a name holds no cue
    ("We will not support any text that ignores the victims", "REJECT"),  # a denied cue: support refused
    ("Our neighbours are not responsible for the drought", "STATEMENT"),  # nor blame laid
    ("This crime will not go unpunished", "THREATEN"),  # a threat carries its own negation
])
def test_what_a_statement_does(quote, kind):
    events = events_of(f"“{quote},” Foreign Minister Maria Lindqvist said on Monday.")
    assert [e.type for e in events] == [kind]
    assert events[0].mode == ("actual" if kind == "STATEMENT" else "verbal")


@pytest.mark.parametrize(("text", "kind", "target"), [
    ("Police detained 40 people in Minsk, Belarus, on Sunday.", "COERCE", "BLR"),  # the state's own people
    # P1: against their own rulers when the text says so, else aimed at nobody named
    ("Thousands of students marched in Belgrade, Serbia, on Sunday against the government's new media law.", "PROTEST", "SRB"),
    ("Thousands of students marched in Belgrade, Serbia, on Sunday over rising bread prices.", "PROTEST", None),
    ("LIMA - Farmers blocked the main highways into Lima on Tuesday over fuel shortages.", "PROTEST", None),  # a place
    ("Hundreds rallied outside the town hall in Cusco, demanding that the mayor step down.", "PROTEST", "PER"),
    ("Israeli jets struck targets in Syria on Sunday. Iran condemned the attack.", "ACCUSE", "ISR"),  # the attacker
    ("Iran's foreign ministry warned that Israel would face a severe response.", "THREATEN", "ISR"),  # named in the warning
    ("“Russia bears full responsibility for the war,” Polish Foreign Minister Anna Nowak said.", "ACCUSE", "RUS"),
    (("Armenia and Azerbaijan agreed on the text of a peace treaty on Thursday, ending decades of conflict over "
      "Azerbaijan's Karabakh region. Yerevan said it was ready to sign the document at any time."), "AGREE", "AZE"),
    # with the other side of the story's pair, which the story names twice
    ("China began two days of large-scale drills around Taiwan on Thursday.", "MOBILIZE", "TWN"),  # a show of force around
    # a deployment or an alert is aimed at nobody the text does not name, not at the story's other side
    ("Armenia accused Azerbaijan of shelling border villages on Monday. Armenia deployed extra troops to Syunik "
     "province on Tuesday.", "MOBILIZE", None),
    ("Greece protested to Turkey over the survey ship on Monday. Greek police deployed 300 officers on Lesbos on "
     "Tuesday.", "MOBILIZE", None),
    ("Kenya and Somalia traded accusations on Monday. Kenya put its police on high alert in Mandera.", "MOBILIZE", None),
    # "them" stands for the plural phrase named last before it that is not its own clause's subject
    ("Two Moldovan customs officers were detained near the border, and Tiraspol accused them of smuggling fuel.",
     "ACCUSE", "MDA"),
    ("Hundreds of Kenyan farmers rallied outside parliament in Nairobi on Tuesday. Police fired tear gas to disperse "
     "them.", "ASSAULT", "KEN"),
    ("Japan added 40 Chinese companies to its export control list, barring them from buying chipmaking tools.",
     "COERCE", "CHN"),
    # force used to break up a crowd is aimed at the crowd: the country's own public
    ("Riot police used tear gas to disperse the protesters in Harare on Friday.", "ASSAULT", "ZWE"),
    ("Soldiers opened fire to stop the marchers in Conakry on Monday.", "ASSAULT", "GIN"),
    # a show of force aimed by its purpose: "sent frigates to shadow the Turkish vessel"
    ("ATHENS, Sept 15 (Wire) - Greece sent four frigates to shadow the Turkish research vessel on Tuesday.",
     "MOBILIZE", "TUR"),
    ("MANILA, May 2 (Wire) - The Philippines deployed two coast guard ships to monitor Chinese vessels near "
     "Scarborough Shoal.", "MOBILIZE", "CHN"),
    ("TAIPEI, May 2 (Wire) - Taiwan scrambled jets to track Chinese bombers over the strait on Monday.", "MOBILIZE", "CHN"),
    # aid pledged with no recipient named is for where the need is: the country the story is about
    ("KINGSTON, Oct 30 (Wire) - Hurricane Mara tore through western Jamaica on Tuesday. Britain pledged 2.5 million "
     "pounds in emergency funding.", "AID", "JAM"),
    ("NOUAKCHOTT, Aug 21 (Wire) - Thousands of refugees crossed into Mauritania this week. The European Union "
     "announced 12 million euros in emergency aid on Wednesday.", "AID", "MRT"),
    ("TASHKENT, May 2 (Wire) - The World Bank said it would lend $300 million to modernise irrigation canals in "
     "Uzbekistan.", "AID", "UZB"),
    # police arrest and disperse their own country's people, not the other side of the story's pair
    ("ASTANA, May 2 (Wire) - Russia criticised Kazakhstan's export rules on Monday. Environmental activists gathered "
     "in Kyzylorda on Tuesday. Police detained five of them for holding an unsanctioned gathering.", "COERCE", "KAZ"),
    ("ULAANBAATAR, May 2 (Wire) - Russia and Mongolia signed a pipeline deal on Monday. Riot police detained 11 "
     "herders in Dornogovi on Tuesday.", "COERCE", "MNG"),
    ("DAKAR, May 2 (Wire) - France and Senegal held talks on Monday. Gendarmes fired tear gas in Ziguinchor on "
     "Tuesday to clear the road.", "ASSAULT", "SEN"),
])
def test_targets_found_beyond_the_object(text, kind, target):
    found = [e for e in events_of(text) if e.type == kind]
    assert found and found[-1].target_country == target, [(e.type, e.target_country) for e in events_of(text)]


@pytest.mark.parametrize("text", [
    "The union said it would take legal action over the decree.",
    "The union said it would seek an injunction against the decree.",
])
def test_a_legal_step_is_an_accusation_and_never_its_own_target(text):
    assert [e.target_actor for e in events_of(text) if e.type == "ACCUSE"] in ([None], ["decree"])


@pytest.mark.parametrize("text", [
    "The rebels agreed to a truce with the army.",
    "The company signed the deal in January 2023.",
])
def test_an_agreement_is_what_is_agreed_never_with_whom(text):
    assert [e.target_actor for e in events_of(text) if e.type == "AGREE"] in ([None], ["army"])


@pytest.mark.parametrize("text", [
    "The two sides pledged to end fighting that has killed thousands of people.",  # a toll, told through "that"
    "The quake was the strongest to hit the region in decades.",
])
def test_no_attack_without_an_attacker(text):
    assert not [e for e in events_of(text) if e.type == "ASSAULT"]


def test_a_participle_used_as_a_conjunction_is_no_event():
    text = "An official said troops could leave the area, provided security arrangements were in place."
    assert not [e for e in events_of(text) if e.type == "AID"]


@pytest.mark.parametrize(("text", "kind", "source"), [
    ("Syria was readmitted to the Arab League this month.", "COOPERATE", None),  # "readmitted" → "readmit"
    ("All of the French soldiers stationed in the country are due to leave by January.", "RETREAT", "FRA"),
    ("Peskov said Moscow would return to the deal once its demands were met.", "AGREE", "RUS"),
    ("Security forces removed the lawmakers from the chamber on Monday.", "COERCE", None),  # a place, not a post
    ("Israel's security cabinet approved plans for a ground offensive in Rafah on Friday.", "ASSAULT", "ISR"),
    ("Sudan's army accused Chad of arming the rebels, an allegation N'Djamena rejects.", "ACCUSE", "SDN"),
    ("Kenyan President William Ruto picked Maria Wanjiru as his successor on Monday.", "APPOINT", "KEN"),
    ("Syrian jets struck Kurdish Workers' Party camps near the border on Monday.", "ASSAULT", "SYR"),  # no labour strike
    ("Rebels seized the town of Kalemie on Tuesday after three days of fighting.", "ASSAULT", None),  # a town taken by force
    ("Russia has moved tanks and artillery toward its border with Finland.", "MOBILIZE", "RUS"),
    ("The government ordered the expulsion of a BBC correspondent on Monday.", "COERCE", None),  # a journalist, not envoys
    ("The junta dissolved the electoral commission on Monday.", "DISMISS", None),  # T3: a body removed
    ("The Economic Community of West African States, which Niger left in January, criticised the vote.", "SANCTION", "NER"),
    ("The protests followed the arrest by police of two opposition leaders on Monday.", "COERCE", None),  # told with its doer
    ("The rebels declared a unilateral truce on Monday.", "RETREAT", None),  # a hostile activity stopped
    ("India called the decision a setback.", "ACCUSE", "IND"),
    ("Farmers staged a sit-in outside the ministry on Monday.", "PROTEST", None),  # "sit-in" split at its hyphen
    ("Honduras declared a state of emergency after gang attacks killed 12 people.", "ASSAULT", "HND"),  # the gang attacks
    # the penalty itself is coded, and what is done beside a term set or a fear told
    ("The union leader was fined for taking part in an unauthorised strike.", "COERCE", None),
    ("Three men were jailed for attacking a police station in Lask.", "COERCE", None),
    ("Police gave the marchers an hour to disperse and then detained 40 of them.", "COERCE", None),
    ("Residents of Lask fled as government forces launched a new offensive.", "ASSAULT", None),
])
def test_more_triggers_and_their_doers(text, kind, source):
    found = [e for e in events_of(text) if e.type == kind]
    assert found, [(e.type, e.trigger) for e in events_of(text)]
    assert source is None or found[0].source_country == source


@pytest.mark.parametrize(("text", "kind", "source"), [
    ("The Chilean president championed the regional trade pact on Tuesday.", "SUPPORT", "CHL"),
    ("The government backtracked on the fuel tax after three days of unrest.", "CONCEDE", None),
    ("Kenyan troops dismantled their checkpoints along the Somali border on Monday.", "RETREAT", "KEN"),
    ("The king abdicated in favour of his son on Sunday.", "RETREAT", None),
    ("Peru's foreign minister castigated Bolivia for harbouring the fugitive governor.", "ACCUSE", "PER"),
    ("Ghana's president deplored the killing of the two journalists.", "ACCUSE", "GHA"),
    ("Serbia repudiated the court's findings on Wednesday.", "REJECT", "SRB"),
    ("The opposition snubbed the president's invitation to talks.", "REJECT", None),
    ("Nurses picketed the health ministry in Lusaka on Thursday.", "PROTEST", None),
    ("Azerbaijan amassed troops near the Armenian border.", "MOBILIZE", "AZE"),
    ("Georgian police apprehended six activists outside parliament.", "COERCE", "GEO"),
    ("The Ugandan authorities evicted thousands of farmers from the reserve.", "COERCE", "UGA"),
    ("Gunmen beheaded three villagers near the Mozambican town of Mocimboa da Praia.", "ASSAULT", None),
    ("The Ecuadorian president demoted the army chief on Friday.", "DISMISS", "ECU"),
    ("A firefight between police and gunmen left three dead in Tegucigalpa.", "ASSAULT", None),
    ("The two presidents held a video conference on Monday.", "CONSULT", None),
    ("The disarmament of the militia began in Bangui on Tuesday.", "RETREAT", None),
    ("Kazakhstan imposed an asset freeze on the tycoon's companies.", "SANCTION", "KAZ"),
    ("Nigeria assented to the revised maritime treaty after months of talks.", "AGREE", "NGA"),
    ("Norway and Iceland entered into an agreement on mackerel quotas.", "AGREE", "NOR"),
    ("Brazil and Paraguay forged an accord on the shared dam's tariffs.", "AGREE", "BRA"),
    ("Chile and Bolivia settled their differences over the border.", "AGREE", "CHL"),
    ("The Chinese premier toured Vietnam and Malaysia last week.", "CONSULT", "CHN"),
    ("Russia exchanged views with China on the Syrian crisis.", "CONSULT", "RUS"),  # no prisoner swap
    ("Argentina's president expressed gratitude to Chile for its help with the fires.", "SUPPORT", "ARG"),
    ("Serbia gave in to the students' demands on Friday.", "CONCEDE", "SRB"),
    ("Sri Lanka's government revoked the curfew after a week.", "CONCEDE", "LKA"),
    ("China suspended tariffs on Australian barley for a year.", "CONCEDE", "CHN"),  # eased, not imposed
    ("Britain pledged 500 million pounds to the reconstruction fund.", "AID", "GBR"),
    ("Denmark gave Ukraine 19 fighter jets.", "AID", "DNK"),
    ("France handed over 40 armoured vehicles to the Moldovan army.", "AID", "FRA"),
    ("Norway contributed $10 million to the UN relief fund.", "AID", "NOR"),
    ("Kenya gave refuge to thousands of Somali families.", "AID", "KEN"),
    ("The Freedonian interior minister promised compensation to the families of the dead.", "AID", None),
    ("Spain's prime minister offered more planes to Portugal if needed.", "AID", "ESP"),
    ("The Bulgarian prime minister handed in his resignation on Monday.", "RETREAT", "BGR"),
    ("The Austrian far-right party topped the poll with 29 percent.", "ELECTION", "AUT"),
    ("Germany's chancellor chose a new economy minister on Friday.", "APPOINT", "DEU"),
    ("The Emir of Qatar played host to the Iranian president on Sunday.", "CONSULT", "QAT"),
    ("The Ukrainian president extended his gratitude to Japan.", "SUPPORT", "UKR"),
    ("The rebels handed the town back to the army.", "CONCEDE", None),
    ("Kazakhstan's president won a landslide victory.", "ELECTION", "KAZ"),
    ("The French president chided Italy over its migrant policy.", "ACCUSE", "FRA"),
    ("Argentina's president railed against the IMF on Tuesday.", "ACCUSE", "ARG"),
    ("Egypt's foreign ministry expressed outrage at the raid.", "ACCUSE", "EGY"),
    ("The Indian police summoned the opposition leader for questioning.", "ACCUSE", "IND"),  # a summons in an inquiry
    ("The opposition called the election a farce.", "ACCUSE", None),  # a naming, no election called
    ("Ethiopia dismissed Egypt's complaint over the dam.", "REJECT", "ETH"),
    ("The Algerian government waved off the criticism.", "REJECT", "DZA"),  # "off" parsed a preposition
    ("Azerbaijan's parliament threw out the bill on Tuesday.", "REJECT", "AZE"),
    ("A federal judge struck down the state's abortion ban.", "REJECT", None),  # an annulment, not a strike
    ("Iran said it would hit back hard at any Israeli attack.", "THREATEN", "IRN"),  # T4: a retaliation announced
    ("Truckers staged a blockade at the border crossing in Ottawa.", "PROTEST", "CAN"),
    ("Hundreds held a candlelit vigil outside the embassy in Tbilisi.", "PROTEST", "GEO"),
    ("North Korea test-fired a ballistic missile.", "MOBILIZE", "PRK"),  # a test, a show of force
    ("The United States dispatched an aircraft carrier to the eastern Mediterranean.", "MOBILIZE", "USA"),
    ("Kenya sent police officers to Haiti.", "MOBILIZE", "KEN"),  # police deployed, not aid
    ("Colombian soldiers gunned down a rebel commander.", "ASSAULT", "COL"),  # "down" parsed a preposition
    ("The premier axed three ministers in a reshuffle.", "DISMISS", None),
    ("The Senegalese junta ignored demands to free the detained reporters.", "REJECT", "SEN"),
    ("The Czech president resisted pressure to sack his defence minister.", "REJECT", "CZE"),
    ("The Nigerian president tapped a former central bank governor to lead the finance ministry.", "APPOINT", "NGA"),
    ("Fiji's prime minister tasked his deputy with forming a new cabinet.", "APPOINT", "FJI"),
    ("Roscosmos said the ruling breached the lease, warning that it could shift its launches to Russia.", "THREATEN", None),
    ("Kenyan and Ugandan police carried out a joint operation against cattle rustlers.", "COOPERATE", "KEN"),
    ("Colombian and Ecuadorian troops staged a combined operation on the border.", "COOPERATE", "COL"),
    ("Malian rebels held the two aid workers for eleven days.", "COERCE", None),  # kept for a stretch of time
    ("The 14 crew members are being held on the trawler pending a hearing.", "COERCE", None),
    ("The Peruvian cabinet is expected to approve the handover of the former minister within weeks.", "COOPERATE", "PER"),
    ("Jordan and Iraq exchanged intelligence on smuggling networks.", "COOPERATE", None),  # each side's share
    ("Chile and Peru swapped criminal records on wanted fugitives.", "COOPERATE", None),  # records shared, no prisoners
    ("Ghanaian and Togolese soldiers trained together along the border.", "COOPERATE", "GHA"),
    ("Kenya and Tanzania began joint air force exercises on Lake Victoria.", "COOPERATE", "KEN"),  # the force names the kind
    ("Tunisia and Algeria set up a joint border security committee.", "COOPERATE", "TUN"),
    ("Canada shipped a fresh batch of artillery shells to Kyiv on Monday.", "AID", "CAN"),  # the batch holds what is sent
    ("Denmark has given Kenya 200 million kroner in humanitarian support.", "AID", "DNK"),
    ("Portugal donated a consignment of field hospitals and tents to Mozambique.", "AID", "PRT"),
    # a strike gone on or stayed on is a labour protest by whoever is on it, never a missile strike
    ("Dockworkers went on strike on Monday over a port concession.", "PROTEST", None),
    ("Kenyan doctors went on strike on Monday.", "PROTEST", "KEN"),
    ("Air traffic controllers in Lisbon remain on strike.", "PROTEST", "PRT"),
    # members of a body are people who can be removed, as the body itself can
    ("The Peruvian senate voted on Tuesday to impeach three members of the electoral tribunal.", "DISMISS", "PER"),
    ("Uganda cut rail links to the Kenyan border town of Busia on Friday.", "SANCTION", "UGA"),  # links cut, as ties are
    ("The Nigerien ministry suspended the broadcasting licence of an opposition radio station.", "COERCE", "NER"),
    ("Japan said it would extend a $500 million swap line to Indonesia.", "AID", "JPN"),  # a credit by its kind
    ("Vietnam said it was ready to join the regional taskforce on piracy.", "COOPERATE", "VNM"),
    ("Mali's transitional parliament approved an amnesty for former rebels.", "CONCEDE", "MLI"),  # clemency, not a deal
    ("Bulgaria has yet to grant transit permission to the convoy.", "CONCEDE", "BGR"),  # access allowed, not aid
    ("Riot police cleared the square with water cannon on Friday.", "ASSAULT", None),  # a violent dispersal
    ("An election monitor was beaten outside a polling station in Lask.", "ASSAULT", None),  # violence, not a race lost
    # an expulsion told as an order to leave, or as sending a diplomat home; forces going back to base
    ("Burkina Faso ordered the staff of the UN rights office to leave the country within 48 hours.", "SANCTION", "BFA"),
    ("Chile sent home a Peruvian diplomat on Monday.", "SANCTION", "CHL"),
    ("French police sent 46 migrants back across the border on Sunday.", "COERCE", "FRA"),
    ("Chilean police cleared the bridge on Wednesday morning.", "COERCE", "CHL"),
    ("The interior minister announced a two-week amnesty for residents who hand in guns.", "CONCEDE", None),
    ("The Chadian battalion returned to its base in Abeche on Monday.", "RETREAT", "TCD"),
    ("Hungary stopped military aid to the neighbouring state in March.", "SANCTION", "HUN"),  # aid cut, as "halted"
    ("Chile's foreign ministry said any further incursion would be met with stern measures.", "THREATEN", "CHL"),  # T4
    # a re-arrest, limits tightened, a shutdown called, a pay rise offered, a boarding at sea, ships shadowed
    ("Bolivian police rearrested two of the freed union leaders on Friday.", "COERCE", "BOL"),
    ("Washington tightened limits on fuel shipments to the island in May.", "SANCTION", "USA"),
    ("Tribal groups in Peru called a 72-hour shutdown of the highland provinces.", "PROTEST", None),
    ("The state copper company said it was ready to raise wages by 8 percent.", "CONCEDE", None),
    ("Chilean naval officers boarded a Peruvian trawler near the maritime line on Monday.", "COERCE", "CHL"),
    ("Two Chilean frigates shadowed a Peruvian survey ship on Tuesday.", "MOBILIZE", "CHL"),
    # a policy or a price rise given up, wages owed paid; a complaint is an accusation
    ("Ecuador's government on Friday suspended a 30 percent rise in the price of petrol.", "CONCEDE", "ECU"),
    ("The Chilean president promised to shelve the pension reform.", "CONCEDE", "CHL"),
    ("Peru's finance minister promised to pay teachers' salaries by the end of the month.", "CONCEDE", "PER"),
    ("Fishermen in the Bolivian town have complained of harassment by Peruvian patrols.", "ACCUSE", None),
    # goods barred and contracts torn up are sanctions; relief flown in is aid
    ("In 2021 Kenya barred Ugandan milk for several months.", "SANCTION", "KEN"),
    ("Afghanistan's Taliban administration cancelled a 25-year contract with a Chinese company to extract oil.",
     "SANCTION", "AFG"),
    ("India flew in field hospitals and doctors on Saturday.", "AID", "IND"),
    ("Spain sent two Canadair water bombers to the burning district within hours.", "AID", "ESP"),
    ("Hungary said it would send pumps and engineers to the flooded towns.", "AID", "HUN"),
    # another state's forces trained
    ("Beijing offered in 2024 to train and equip the country's police.", "COOPERATE", "CHN"),
    ("Turkish officers are training units of the new Syrian army.", "COOPERATE", "TUR"),
])
def test_less_common_words_of_each_type(text, kind, source):
    """The lexicon names each type's rarer verbs and nouns too (CAMEO's verb classes), not only the wire's
    favourites."""
    found = [e for e in events_of(text) if e.type == kind]
    assert found, [(e.type, e.trigger) for e in events_of(text)]
    assert source is None or source in {e.source_country for e in found}  # a joint act has one event per side


@pytest.mark.parametrize(("text", "absent"), [
    ("The prime minister refused to quit, defying calls to step down after the scandal.", "RETREAT"),  # what is called for (X2)
    ("The Peruvian trade minister boarded a plane to Santiago on Monday.", "COERCE"),  # a boarding is forced on vessels only
    ("The junta ignored demands to free the detained reporters.", "CONCEDE"),
    ("The president resisted pressure to sack his defence minister.", "DISMISS"),
    ("Rising seas threaten the low-lying atolls of Kiribati.", "THREATEN"),  # a danger, not a threat made
    ("The drought threatens the maize harvest across southern Africa.", "THREATEN"),
    ("China staged military exercises around Taiwan, practising blockades and strikes on key ports.", "ASSAULT"),
    ("Washington vetoed a draft resolution calling for a ceasefire.", "REQUEST"),  # what a rejected text would do
    ("Israel's security cabinet approved plans for a ground offensive in Rafah on Friday.", "AGREE"),
    ("The exercise will rehearse how American forces could reinforce European allies.", "MOBILIZE"),
    ("Iran said it would defend its sovereignty by all means.", "SUPPORT"),  # defending one's own is no support
    ("Syrian jets struck Kurdish Workers' Party camps near the border on Monday.", "PROTEST"),
    ("The government ordered the expulsion of a BBC correspondent on Monday.", "SANCTION"),
    ("About 2,500 U.S. troops are stationed in Iraq.", "MOBILIZE"),  # where forces are, a state (X3)
    ("Negotiators met in Oman on Tuesday and agreed to hold a second round in January.", "ELECTION"),  # a round of talks
    ("The African Union offered to send a mediation team to Juba.", "AID"),
    ("The spokesman said the security situation did not allow a credible vote.", "ELECTION"),  # X3
    ("The Indian navy said it had seized a fishing boat carrying 300 kilograms of heroin.", "ASSAULT"),  # goods, not a place (A2)
    ("Soldiers fought the insurgents for six hours until the last of them surrendered.", "RETREAT"),  # when the fight ended
    ("Soldiers fought the insurgents for six hours until the last of them surrendered.", "THREATEN"),  # a past time, no condition
    ("The prime minister rejected calls by opposition parties to resign over the affair.", "RETREAT"),  # T11
    ("The foreign minister returned from a trip to Brazil on Sunday.", "CONCEDE"),  # a traveller back, nothing handed back
    ("Chile accused Peru of involvement in the killing of a dissident.", "ASSAULT"),  # the charge, not a reported act
    ("Prosecutors charged a Belgian man on Friday with plotting an attack on a synagogue.", "THREATEN"),  # the charge
    ("A court jailed the activist on Monday on treason charges for sending money to a foreign charity.", "AID"),
    # a relative clause on "any …" or "anyone" describes a kind, not an act
    ("The president said any country that attacks Lithuania would face a response.", "ASSAULT"),
    ("The junta said it would detain anyone who joined the protests.", "PROTEST"),
    ("Kenya said it would not back any resolution that condemned the election.", "ACCUSE"),
    ("Seoul said it would reject any deal reached without its consent.", "AGREE"),
    ("Asked about the referendum, the minister said the government would respect the result.", "ELECTION"),  # a topic
    ("Kyiv held Moscow responsible for the attack.", "COERCE"),  # blame, nobody held
    ("The committee charged with drafting the constitution met on Monday.", "COERCE"),  # a task, no indictment
    ("Iran said Israel would pay a heavy price for the attack.", "AID"),  # a threat, no money
    ("Ruritania walked out of the peace talks in Lask on Friday.", "PROTEST"),  # talks left (T1), not a chamber
    # a term set for an act, room or capacity for it (X2, X3)
    ("The Freedonian junta gave the ousted ministers until Friday to release the hostages.", "CONCEDE"),
    ("ECOWAS set a deadline for the junta to hand power back to civilians.", "CONCEDE"),
    ("The rebels were given 48 hours to withdraw from the airport.", "RETREAT"),
    ("The army has the capacity to strike targets deep inside Freedonia.", "ASSAULT"),
    # what is not tolerated, forbidden or feared (X2)
    ("The interior minister said the government would not tolerate attacks on polling stations.", "ASSAULT"),
    ("Police will not permit demonstrations near the embassy during the summit.", "PROTEST"),
    ("The treaty prohibits the deployment of troops in the demilitarised zone.", "MOBILIZE"),
    ("The pact forbids either side from deploying warships near the islands.", "MOBILIZE"),
    ("Residents of Lask feared a new offensive by government forces.", "ASSAULT"),
    ("The opposition fears that soldiers will open fire on the marchers.", "ASSAULT"),
    # what a conviction or a penalty is for: the charge (X2)
    ("A Ruritanian court convicted the activist of inciting protests in the capital.", "PROTEST"),
    ("The union leader was fined for taking part in an unauthorised strike.", "PROTEST"),
    ("Three men were jailed for attacking a police station in Lask.", "ASSAULT"),
    ("The envoy sought guarantees that the militia would not attack the airport.", "ASSAULT"),  # what is asked
    # market words are no actors: nothing is yielded or withdrawn
    ("Kenya's economy eased in the second quarter.", "CONCEDE"),
    ("Inflation eased to 3 percent in March.", "CONCEDE"),
    ("Russia's economy retreated for a second quarter.", "RETREAT"),
    ("Stocks retreated on the Tokyo exchange on Monday.", "RETREAT"),
    ("Britain released its annual defence review on Monday.", "CONCEDE"),  # a document, not a prisoner
    ("The ministers met their deadline for the budget.", "CONSULT"),
    ("The minister warned of heavy rain this weekend.", "THREATEN"),  # a forecast, nobody's act
    ("The government axed the subsidy programme.", "DISMISS"),  # a programme, not an office holder
    ("The Ugandan army dispatched trucks of flour to the camp.", "MOBILIZE"),  # relief, not forces
    ("The negotiators held a second round of talks in March.", "PROTEST"),  # the month, not a march
    ("The president called the strike illegal.", "PROTEST"),  # a naming, no strike called
    ("Israel hit back at Hezbollah on Sunday.", "THREATEN"),  # a retaliation done is coded by what it was
    ("Police searched mountain villages hosting the smuggling camps.", "CONSULT"),  # places that house something (X3)
    ("The rebel commander spoke to reporters by telephone from a hideout.", "CONSULT"),  # words for the press
    ("The island is demilitarised under a 1921 treaty.", "RETREAT"),  # a status a treaty lays down (X3)
    ("Iran, which backs the militia, closed its consulate in the city on Monday.", "SUPPORT"),  # a standing alignment (X3)
    ("The rebel commander said his fighters would hand over their weapons next month.", "AID"),  # arms given up, not given
    ("Police fired tear gas and charged the crowd with batons.", "COERCE"),  # a baton charge, no charge laid
    ("The president signed an amnesty for 300 prisoners on Friday.", "AGREE"),  # a decree signed, no deal (X5)
    ("The ruling is due in Kampala on Monday.", "CONSULT"),  # a ruling due, no visitor
    ("A Greek cruise ship sailed into the port on Monday.", "MOBILIZE"),  # no warship
    ("The Supreme Court will consider the appeal next month.", "ACCUSE"),  # a case heard, not brought
    ("Ecuador's ruling reopened a dispute that has strained ties with Peru for decades.", "CONCEDE"),  # no crossing reopened
    ("The delegation was met with protests in Lagos.", "CONSULT"),  # the answer an act got, no meeting
    ("Miners went on strike in 2019 after a tunnel collapse killed four workers.", "ASSAULT"),  # an accident, nobody's attack
    ("The veterans said they would hold a vigil outside parliament until the referendum.", "ELECTION"),  # a time, not held
    ("Police fired tear gas to clear the road near the town.", "COERCE"),  # the aim of the force used (X4)
    ("Traffic on the highway was backed up for about 20 km.", "SUPPORT"),  # a queue, nobody backed
    ("The dam supplies most of the power, backed up by gas-fired plants near Tema.", "SUPPORT"),  # a spare
    ("Hurricane Delia tore through the southern coast, killing at least 19 people.", "ASSAULT"),  # a storm, no attacker
])
def test_acts_only_rehearsed_or_proposed_are_not_events(text, absent):
    assert not [e for e in events_of(text) if e.type == absent]


def test_according_to_a_named_person_is_a_statement_but_not_to_a_body():
    said = events_of("According to Polish Prime Minister Anna Nowak, defence spending will rise next year.")
    assert [e.type for e in said] == ["STATEMENT"] and said[0].source_country == "POL"
    assert not events_of("More than a million people have fled their homes, according to the United Nations.")


# -- the annotation guide (docs/annotation-events.md) -------------------------------------------


@pytest.mark.parametrize(("text", "kind", "mode"), [
    ("Freedonia announced on Monday it will leave the Southern Customs Union.", "SANCTION", "verbal"),  # T1, M2
    ("Ruritania pulled out of the grain deal on Monday.", "SANCTION", "actual"),  # T1: a deal, not forces
    ("Armenia froze its participation in the bloc in February.", "SANCTION", "actual"),
    ("Netanyahu ordered the negotiating team home from Doha on Saturday.", "SANCTION", "actual"),  # negotiators recalled
    ("Ruritanian troops completed their pullout from the border town of Lask.", "RETREAT", "actual"),  # forces
    ("The general brought the troops home.", "RETREAT", "actual"),
    ("The premier resigned after weeks of protests.", "RETREAT", "actual"),  # T7
    ("The foreign minister postponed her visit to Lask over the arrests.", "SANCTION", "actual"),  # T2
])
def test_leaving_a_body_is_a_sanction_and_only_forces_retreat(text, kind, mode):
    events = events_of(text)
    assert [(e.type, e.mode) for e in events] == [(kind, mode)]


def test_an_announced_decision_dates_from_its_announcement():
    [event] = events_of("Freedonia announced on Monday it will leave the Southern Customs Union.")
    assert event.date == "2024-11-04"  # D2: not next Monday


@pytest.mark.parametrize(("text", "target"), [
    ("Orban said Hungary would veto the money again if it came back.", None),  # T4 + M3
    ("U.S. officials said Washington would not carry out further strikes unless Iran retaliated.", "IRN"),
    ("A Houthi spokesman said the group would continue to target Israeli-linked vessels.", None),  # never a verbal ASSAULT
    ("Union leaders said they could extend the strikes indefinitely if the government did not withdraw the bill.", None),
    ("A rebel spokesman said the group would halt the withdrawal of its fighters if the air strikes continued.", None),
    ("The opposition leader said he would table a new motion if the government signed the deal.", None),
    ("The Iranian military warned that the strikes would go on as long as Iraq failed to disarm the groups.", "IRQ"),  # X2
    # a pressure kept up until the other side yields
    ("The opposition leader said his party would stay away from parliament until the government dropped the bill.", None),
    ("The union said its members would boycott the talks until the government lifted the wage freeze.", None),
    ("The rebels said they would keep the road closed until the army withdrew from the valley.", None),
    ("The envoy said the bloc would list four trading firms unless they halted shipments.", None),  # a bloc warns too
])
def test_announced_or_conditional_force_is_a_threat(text, target):
    events = events_of(text)
    assert [(e.type, e.mode) for e in events] == [("THREATEN", "verbal")]
    assert target is None or events[0].target_country == target


@pytest.mark.parametrize(("text", "kind", "mode"), [
    ("The president announced that Portugal will hold a snap election on May 18.", "ELECTION", "future"),  # the voters' act (M2)
    ("Swedish Prime Minister Ulf Kristersson welcomed the vote.", "SUPPORT", "verbal"),  # M1
    ("Russia vetoed the resolution on Wednesday.", "REJECT", "actual"),  # a formal act
    # a court undoing a decision carries the rejection out (T6)
    ("Senegal's constitutional court on Tuesday overturned the president's decision to postpone the vote.", "REJECT", "actual"),
    ("Kenya's High Court quashed the deportation order on Monday.", "REJECT", "actual"),
    ("The court invalidated the results in two districts on Friday.", "REJECT", "actual"),
    ("Germany said on Monday it would send a third Patriot system to Ukraine.", "AID", "verbal"),  # M2
    ("The UN mission said it would send an additional 300 peacekeepers to Ndele.", "MOBILIZE", "verbal"),
    # an act told as done lasts "until" something, which is no condition (T4 is for acts still to come)
    ("Indonesia said it had suspended talks with the EU until the dispute was resolved.", "SANCTION", "actual"),
    ("Nicaragua's government responded by revoking the concessions of two Canadian-owned gold mines.", "COERCE", "actual"),
    ("G7 countries pledged long-term security assistance to Kyiv.", "AID", "verbal"),
    ("Trump picked Matt Gaetz as attorney general.", "APPOINT", "verbal"),  # a nomination to confirm
    ("Kenya is set to ask the Security Council next week to extend the mission.", "REQUEST", "future"),
    ("A Kremlin aide said Russia could withdraw its troops from the plant.", "RETREAT", "hypothetical"),
    ("Israel's army said it prepared for a possible ground incursion into Lebanon.", "ASSAULT", "hypothetical"),
    ("NATO officials said they had seen no sign of Russian forces massing near the border.", "MOBILIZE", "negated"),
    ("Beijing condemned the move but stopped short of threatening retaliation.", "THREATEN", "negated"),
    ("Senegal's parliament voted to postpone the presidential election.", "ELECTION", "negated"),
    ("Germany is closing all three Iranian consulates, Foreign Minister Annalena Baerbock said.", "SANCTION", "verbal"),
    ("The Kremlin has not said who will lead the Russian delegation.", "STATEMENT", "negated"),  # S2
    ("The opposition said it would file a no-confidence motion against the prime minister.", "DISMISS", "verbal"),
    ("The premier reversed the decision after mass protests.", "CONCEDE", "actual"),  # T10
    ("Rwanda is to lift its measures and pull its forces out of Congolese territory.", "RETREAT", "future"),
    ("The opposition leader lost his own seat in Ottawa.", "ELECTION", "negated"),
    ("The president named a veteran lawmaker as prime minister, subject to parliamentary approval.", "APPOINT", "verbal"),
    ("The prime minister is due to address parliament on Monday.", "STATEMENT", "future"),
    ("Three former French ministers are due to stand trial in Paris next month.", "COERCE", "future"),
    ("President Ivan Brod has not said whether he would veto the bill.", "STATEMENT", "negated"),
    ("The African Union offered to send a mediation team to Juba.", "CONSULT", "verbal"),
    ("Serbian opposition leader Dragan Djilas said he would call off a rally planned for Sunday.", "RETREAT", "verbal"),
    ("Norway's defence minister said Oslo would station four more fighter jets in the Arctic.", "MOBILIZE", "verbal"),
    ("Sudan's government said it would allow aid agencies to use the crossing for three more months.", "CONCEDE", "verbal"),
    ("Tajik officials did not reply to requests for comment.", "STATEMENT", "negated"),  # S2
    ("The United Nations said it would suspend all non-essential operations in the province.", "SANCTION", "verbal"),  # T1
    ("The prime minister survived a no-confidence vote in parliament on Thursday.", "DISMISS", "negated"),
    ("The Kenyan president invited the opposition leader for talks.", "CONSULT", "verbal"),  # an invitation (CAMEO 036)
    ("Japan offered a $500 million loan to the Philippines.", "AID", "verbal"),  # an offer, not yet aid
    ("A spokesman for the Kenyan interior ministry was not available for comment.", "STATEMENT", "negated"),  # S2
    ("Officials at the Egyptian embassy could not be reached for comment.", "STATEMENT", "negated"),  # S2
    ("Talks between Sudan and South Sudan ended without a deal on Friday.", "AGREE", "negated"),
    ("The rebels said they would lay down their guns only if the army withdrew from the valley.", "RETREAT", "hypothetical"),
    ("The Malian interior minister vowed that the army would hunt down the kidnappers.", "THREATEN", "verbal"),  # T4
    ("Lebanon and Syria agreed on Monday to restore diplomatic relations and reopen their embassies.", "AGREE", "actual"),
    ("The Nigerian president invited the Ghanaian president to Abuja to sign the pipeline accord.", "CONSULT", "verbal"),
    ("The two foreign ministers agreed to hold another round of talks in Nairobi next month.", "CONSULT", "verbal"),
    ("The two Kenyan fishermen are due to appear in court in Mombasa on Monday.", "COERCE", "future"),  # tried, as "stand trial"
    ("Vietnam has not adopted such controls.", "SANCTION", "negated"),
    ("Seoul said it had no plans to impose similar curbs on Chinese firms.", "SANCTION", "negated"),
    ("The party said it would expel two senators over the vote.", "DISMISS", "verbal"),
    ("The ministry has not said when the talks will resume.", "STATEMENT", "negated"),  # S2: a statement withheld
    ("Hungary did not take a position at the summit.", "STATEMENT", "negated"),
    ("The embassy did not say whether the ambassador would return.", "STATEMENT", "negated"),
    ("The two sides agreed to convene the joint border commission next month.", "CONSULT", "verbal"),
    ("Rebel fighters launched an assault on army positions near the border on Sunday.", "ASSAULT", "actual"),
    ("The Freedonian trade ministry said its threat of tariffs on Ruritanian cars had been withdrawn.", "CONCEDE", "actual"),
    ("Moscow has remained silent.", "STATEMENT", "negated"),  # S2: a comment withheld
    ("Freedonia said it was considering possible visa restrictions on Ruritanian judges.", "SANCTION", "hypothetical"),
    ("Ruritania agreed on Monday to supply more gas to Freedonia, bowing to pressure from Brussels.", "CONCEDE", "verbal"),
    ("Uruguay, which has taken in thousands of Venezuelan exiles, offered shelter to the families.", "AID", "actual"),
    ("The Labour chairman, Tom Reid, lost in his home constituency.", "ELECTION", "negated"),
    # a verb with a finite form or an auxiliary of its own does not share a negation before it
    ("The council said the ministry had not consulted it and urged the government to step back.", "REQUEST", "verbal"),
    ("The judges said they would not resign and would appeal to the Constitutional Court.", "ACCUSE", "verbal"),
    ("The government did not sign and ratify the accord.", "AGREE", "negated"),
    # a month or a year ahead of the publication is ahead too
    ("Guatemala holds general elections in June 2027.", "ELECTION", "future"),
    # T6: a refusal carried out by a court's or an assembly's decision, or by withholding a deed, is actual
    ("Panama's Supreme Court on Thursday refused to extradite the journalist to Caracas.", "REJECT", "actual"),
    ("Ruritanian authorities refused to release the two aid workers.", "REJECT", "actual"),
    ("Freedonia has refused visas to Ruritanian journalists.", "REJECT", "actual"),
    ("Estonia's parliament on Wednesday rejected a proposal to cut power exports.", "REJECT", "actual"),
    ("Iran rejected the proposal, state media reported.", "REJECT", "verbal"),
    # what hangs on an act done instead of a negated one is not negated either
    ("The prime minister said he would not resign and offered to meet the strike leaders.", "CONSULT", "verbal"),
    # a demand is made whatever its condition, which is what is demanded (X2)
    ("The opposition leader urged the government to close the border if the attacks continued.", "REQUEST", "verbal"),
    ("Neither Germany nor Poland endorsed the remark afterwards.", "SUPPORT", "negated"),  # a subject denied
    # a refusal decided by a judge or a chamber, or carried out by the act it hangs on (T6)
    ("Judge Irina Sokolova rejected a defence request to have the sweets re-tested.", "REJECT", "actual"),
    ("Lawmakers rejected a draft constitution that would have limited presidents to two terms.", "REJECT", "actual"),
    ("Namibia extended its ban on South African vegetables on Thursday, rejecting a last-minute appeal from Pretoria.",
     "REJECT", "actual"),
    ("The minister hit back on Monday, rejecting the allegations.", "REJECT", "verbal"),
    ("The foreign ministry rejected the allegations on Monday.", "REJECT", "verbal"),
    # a doer of no country announcing its own act: the teller itself, or the teller's own (M2)
    ("The EU's envoy, Petra Novak, said she would travel to Pristina and Belgrade next week.", "CONSULT", "verbal"),
    ("The Economic Community of Central African States said its chairman would travel to both capitals next week.",
     "CONSULT", "verbal"),
    ("The State Department said the two countries would hold talks on the matter in Panama City later this month.",
     "CONSULT", "future"),
    # a motion tabled or filed calls for a removal put to a vote (M2)
    ("The opposition tabled a no-confidence motion against the prime minister on Monday.", "DISMISS", "verbal"),
    ("The motion was tabled by the Islamic Action Front on Monday.", "DISMISS", "verbal"),
    ("Parliament removed the prime minister in a no-confidence vote on Monday.", "DISMISS", "actual"),
    # a deal signed, hung on a plan made under it, is done
    ("Under a deal signed in Lima on Oct. 29, the two sides agreed to run joint patrols.", "AGREE", "actual"),
])
def test_modes_follow_the_guide(text, kind, mode):
    found = [e for e in events_of(text) if e.type == kind]
    assert found and found[0].mode == mode, [(e.type, e.mode) for e in events_of(text)]


@pytest.mark.parametrize(("text", "sources"), [
    ("The militia shelled a market on Sunday, killing 12 people.", ["militia"]),  # the toll of the shelling, one act
    ("Rebels seized the town on Tuesday after three days of fighting with government troops.", ["Rebels", "troops"]),  # A2:
    # the town taken is the fight's outcome, and each side fights the other
    ("The strikes answered last month's killing of 26 tourists by gunmen.", ["gunmen"]),  # not the victims
    ("Rebels shelled and bombed the town on Monday.", ["Rebels"]),  # one act named by two verbs sharing the object
    ("Two protesters were killed when soldiers opened fire on the march.", ["soldiers"]),  # one act, with its doer
    ("Troops fought the militants for several hours before retaking the base.", ["Troops"]),  # the fight's outcome
    ("Mutinous soldiers seized the radio station before loyalist troops retook it.", ["soldiers", "troops"]),  # two acts
])
def test_a_toll_is_no_second_attack_and_each_attack_has_its_doer(text, sources):
    assert [e.source_actor for e in events_of(text) if e.type == "ASSAULT"] == sources


@pytest.mark.parametrize(("text", "kind", "sources"), [
    # the refusal told again as its reason is the same refusal
    ("The Freedonian spokesman Ivan Brod rejected the demand, saying the country would not negotiate with the rebels.",
     "REJECT", ["Ivan Brod"]),
    # welcoming a swap is one side's reaction, not a swap
    ("U.N. envoy Anna Kerr welcomed the prisoner exchange between Russia and Ukraine.", "SUPPORT", ["Anna Kerr"]),
    # the winner declared in the passive holds the election named beside it
    ("Opposition leader Hakainde Hichilema was declared the winner of Zambia's presidential election on Monday.",
     "ELECTION", ["Hakainde Hichilema"]),
    # the protests named beside the march, with no doer of their own, are the marchers' (§0)
    ("Several thousand people marched down Liberty Avenue on Friday evening, the 40th day of protests against the "
     "government.", "PROTEST", ["people"]),
    ("Teachers rallied outside the education ministry in Accra on Wednesday, a week into a strike over unpaid "
     "allowances.", "PROTEST", ["Teachers"]),
    ("Dockworkers went on strike on Monday and blocked the main road into the port.", "PROTEST", ["Dockworkers"]),
])
def test_one_act_told_twice_in_a_sentence_is_one_event(text, kind, sources):
    assert [e.source_actor for e in events_of(text) if e.type == kind] == sources


def test_an_event_named_again_after_a_copula_is_not_coded_twice():
    text = ("Russia and Ukraine held talks in Istanbul on Monday. "
            "The talks were the first face-to-face meeting between the delegations in two weeks.")
    assert [e.type for e in events_of(text)] == ["CONSULT"]  # X1


def test_an_alliance_exercise_is_cooperation():
    assert [e.type for e in events_of("NATO's annual naval exercise got under way in the Baltic Sea on Sunday.")] == [
        "COOPERATE"]  # T5


def test_a_removal_owned_by_a_name_is_done_to_that_name():
    [event] = [e for e in events_of("Netanyahu announced Gallant's dismissal on Sunday.") if e.type == "DISMISS"]
    assert event.source_actor == "Benjamin Netanyahu" and event.target_actor == "Yoav Gallant"  # T3: the remover acts


def test_a_motion_to_remove_is_one_act():
    events = events_of("The opposition said it would file a motion to impeach the president if he did not resign.")
    assert [(e.type, e.mode) for e in events] == [("THREATEN", "verbal")]


def test_a_speech_outweighed_by_its_speakers_stronger_act_is_not_a_statement():
    events = events_of("The Ukrainian president addressed the summit on Friday, asking Arab states to help return prisoners.")
    assert [e.type for e in events] == ["REQUEST"]  # S3


@pytest.mark.parametrize(("text", "kind", "place"), [
    ("Chilean troops pulled out of Tacna on Monday.", "RETREAT", "Tacna"),  # the place left
    ("Peruvian troops pulled out of southern Bolivia on Monday, the army said.", "RETREAT", "southern Bolivia"),
    ("Thousands of farmers poured into central Lima on Saturday.", "PROTEST", "Lima"),  # the place entered
    ("The Chilean president met the Peruvian leader at the Grand Palace in Lima on Monday.", "CONSULT", "Lima"),
    ("LIMA - The Chilean president met the Peruvian leader at the Government Palace on Monday.", "CONSULT", "Lima"),
    ("LIMA - Peru will send troops to the border next week, the army said.", "MOBILIZE", "Lima"),  # announced there (L2)
    ("LIMA - Peruvian troops were sent to the border on Monday.", "MOBILIZE", None),  # forces go elsewhere
    ("LIMA - The United States imposed tariffs on Peruvian copper on Tuesday.", "SANCTION", None),  # another's act
    ("LIMA - Peruvian police arrested 40 protesters on Tuesday.", "COERCE", None),  # an act on the ground
    ("LIMA - A Peruvian court sentenced the former president to 15 years in prison on Tuesday.", "COERCE", "Lima"),
    ("LIMA - Peru closed its airspace to flights from Chile on Tuesday.", "SANCTION", None),  # across the country
    ("LIMA - Farmers blocked highways across Peru on Tuesday.", "PROTEST", None),
    ("LIMA - The former president, who was barred from running, urged his supporters to boycott the vote.", "COERCE",
     None),  # told in passing
    ("KUWAIT - The emir of Kuwait dissolved parliament on Friday.", "DISMISS", "Kuwait City"),  # a city-state's capital
    ("GAZA - Hamas accused Israel on Tuesday of violating the truce.", "ACCUSE", "Gaza"),  # a place of a country, not its capital
    ("Rockets killed 11 civilians in Sisaket province on Thursday.", "ASSAULT", "Sisaket"),  # without its class word (L3)
    ("Police arrested the former minister at Lima's main airport on Tuesday.", "COERCE", "Lima"),  # the site's city
    ("LIMA - Peru is due to hold talks with Chile next week.", "CONSULT", None),  # planned: not yet anywhere
    ("LIMA - Peruvians vote on Sunday in a presidential election.", "ELECTION", None),  # held across the country
    ("LIMA - Peru signed a trade accord with Chile on Monday.", "AGREE", "Lima"),  # done where the reporter files
    ("Government jets bombed a market in the Idlib region on Sunday.", "ASSAULT", "Idlib"),  # a region by its name
    ("Soldiers detained dozens of people in the province of Kandahar on Monday.", "COERCE", "Kandahar"),
    ("The Ruritanian foreign minister will travel to Lisbon next week for talks.", "CONSULT", "Lisbon"),  # gone to
    ("The defence minister is expected to visit Nairobi on Friday.", "CONSULT", "Nairobi"),  # the place visited
    ("LIMA - The president sacked the minister on Monday after she accused the police of bias.", "ACCUSE", None),
    ("Freedonia and Ruritania signed a border treaty in Lisbon on Monday.", "AGREE", "Lisbon"),  # signed there
    ("Freedonian and Ruritanian troops held joint exercises in Tacna on Monday.", "COOPERATE", "Tacna"),
    ("Freedonia demanded a ceasefire in Tacna on Monday.", "REQUEST", None),  # what the demand is about
    ("Freedonian jets struck rebel targets in Yemen on Friday.", "ASSAULT", None),  # only a country: L1
    ("Thousands of farmers took to the streets of Lima on Monday.", "PROTEST", "Lima"),
    ("LIMA - Unions called a general strike in Peru.\n\nSoldiers were deployed in the capital overnight.", "MOBILIZE",
     "Lima"),  # the capital of the country the story is about
    ("Coast guard officers fired on a migrant boat off the western town of Zarat on Sunday.", "ASSAULT", "Zarat"),
    ("Rebels seized the town of Mbeni on Wednesday after two days of heavy fighting.", "ASSAULT", "Mbeni"),  # taken
    ("Soldiers detained five farmers near the village of Kolda on Monday.", "COERCE", "Kolda"),  # a town by its kind
    ("Coast guard ships fired water cannon at a fishing boat near Lask Shoal on Tuesday.", "ASSAULT", "Lask Shoal"),
    ("Freedonian warships held drills near the Kessel Reef on Monday.", "MOBILIZE", "Kessel Reef"),  # a landform's name
    ("Customs officers impounded 20 lorries at the Lask crossing on Monday.", "COERCE", "Lask"),
    ("Gunmen killed three people in the Ossa refugee camp on Friday.", "ASSAULT", "Ossa"),  # a camp by its name
    ("The two ministers met for four hours at the Ossa Palace on Thursday.", "CONSULT", "Ossa Palace"),  # no article (L3)
    ("Freedonia fired two missiles into the sea off its east coast on Wednesday.", "MOBILIZE", None),  # no name
    # a statement's place is that of the speech, not of an act it reports as done or possible (L1)
    ("Tari told reporters in Port Moresby that his government had signed a fisheries accord with Japan last year.",
     "AGREE", None),
    ("Speaking in Lisbon, the Portuguese interior minister said police had arrested 40 smugglers.", "COERCE", None),
    ("The Ruritanian envoy told a news conference in Geneva that Freedonia would sign the accord if the blockade "
     "ended.", "AGREE", None),
    # a town the model tags as a person or not at all, placed by the gazetteer in a country the story names
    ("Myanmar's junta met Chinese envoys in Naypyitaw on Monday.", "CONSULT", "Naypyitaw"),
    ("Somalia's federal forces regrouped.\n\nJubaland fighters pulled back from Beled Hawo on Friday.", "RETREAT",
     "Beled Hawo"),
    ("Sudan's army said it had repelled an attack near Babanusa on Monday.", "ASSAULT", "Babanusa"),
    ("Nigeria's army said troops had rescued 20 hostages near Gwoza on Tuesday.", "AID", "Gwoza"),
    # a site by its name: with its kind, by its town, or a crossing by its name alone (L3)
    ("Iran's judiciary said the activists were held outside the Evin prison on Tuesday.", "COERCE", "Evin prison"),
    ("Libyan warplanes struck militia positions in the Nafusa mountains on Friday.", "ASSAULT", "Nafusa mountains"),
    ("Kenyan fishermen staged a protest in Mombasa harbour on Thursday.", "PROTEST", "Mombasa"),
    ("Guatemalan soldiers pulled back from two posts near the Motagua river on Thursday.", "RETREAT", "Motagua"),
    ("Tunisia closed the Dehiba border crossing on Monday, stranding hundreds of trucks.", "SANCTION", "Dehiba"),
    ("Kenya reopened the Moyale border crossing with Ethiopia on Tuesday.", "CONCEDE", "Moyale"),
    # the place of a clause with its own subject joined after the trigger's is another act's
    ("The Kenyan minister urged calm, and police were deployed in Mombasa on Wednesday.", "REQUEST", None),
    ("The Kenyan minister urged calm, and police were deployed in Mombasa on Wednesday.", "MOBILIZE", "Mombasa"),
    # the purpose clause tells where the act was done
    ("Police fired tear gas to clear a road near Mombasa on Friday.", "ASSAULT", "Mombasa"),
    ("Kenyan troops were sent to secure the port of Lamu on Monday.", "MOBILIZE", "Lamu"),
    ("Police used water cannon to disperse students outside the Kenyatta stadium on Tuesday.", "ASSAULT",
     "Kenyatta stadium"),
    # those who live there act there
    ("Kenya's drought worsened.\n\nResidents of Garissa rallied on Monday to demand water.", "PROTEST", "Garissa"),
    ("Mali's grid failed.\n\nHundreds of residents of Mopti blocked a highway on Monday over power cuts.", "PROTEST",
     "Mopti"),
    ("Residents of the village of Kolda staged a sit-in on Thursday.", "PROTEST", "Kolda"),
    # an act announced in words is placed where the announcement was made (L2, M2)
    ("WARSAW - Poland will close the Russian consulate in Gdansk, the foreign minister said on Monday.", "SANCTION",
     "Warsaw"),
    ("Poland will close the Russian consulate in Gdansk, the foreign minister said on Monday.", "SANCTION", None),
    ("SEOUL - South Korea and Japan agreed on Tuesday to hold joint drills in the East Sea, the defence ministry said.",
     "COOPERATE", "Seoul"),
    ("The Kenyan minister said Nairobi would send a delegation to Mogadishu next month.", "CONSULT", None),
    # a speech act on a participle of the lead's act is made at the seat (L2)
    ("OTTAWA - Canada expelled four Iranian diplomats on Monday, saying they were linked to a campaign of "
     "intimidation against dissidents.", "ACCUSE", "Ottawa"),
    ("NAIROBI - Kenya closed its border with Somalia on Friday, saying al-Shabaab fighters were responsible for the "
     "attacks.", "ACCUSE", "Nairobi"),
    # a place the story named before, called by its kind alone
    ("Pakistani forces clashed with Afghan troops near the Torkham border crossing on Tuesday.\n\nElders from both "
     "sides met at the crossing on Wednesday to negotiate its reopening.", "CONSULT", "Torkham"),
    ("Rebels shelled the town of Walikale on Monday.\n\nA U.N. convoy reached the town on Wednesday.", "AID",
     "Walikale"),
    ("Ecuador declared an emergency in Guayas province.\n\nSoldiers arrested 40 people in the province on Monday.",
     "COERCE", "Guayas"),
    # a grievance a speech act is over is what it is about, not where it was made
    ("LIMA - Peru summoned Chile's ambassador on Monday over an attack on a border post in the town of Tacna.",
     "ACCUSE", "Lima"),
    ("Ghana condemned Togo over the arrest of 12 traders in Aflao.", "ACCUSE", None),
    # a local election is held where the office or council voted on is
    ("Peru's ruling party lost.\n\nAna Ruiz won Sunday's runoff for mayor of Arequipa.", "ELECTION", "Arequipa"),
    ("Peru's ruling party also failed to win a majority on the Cusco city council.", "ELECTION", "Cusco"),
    ("Peru's opposition won 30 of the 45 seats on Tacna's municipal council in Sunday's local elections.", "ELECTION",
     "Tacna"),
    # L3: a lower-case landform word after a name is a class word
    ("Two Chinese warships sailed near Miyako island on Tuesday.", "MOBILIZE", "Miyako"),
    # a month in a date is no town, though England has a March
    ("Britain criticised the verdict.\n\nThe activist was arrested in March last year.", "COERCE", None),
    # a town the parser hangs on a signed document, not on the signing; not one in a clause of the object's own
    ("The Congolese government and the rebels signed a declaration of principles in Doha in July.", "AGREE", "Doha"),
    ("Kuwait and Saudi Arabia ended their talks.\n\nThe two governments signed a development agreement for the "
     "field in Kuwait City on Monday.", "AGREE", "Kuwait City"),
    ("Germany released Vadim Krasikov, a Russian serving a life sentence for a 2019 murder in Berlin.", "CONCEDE",
     None),
    ("Qatar and Turkey signed an agreement in Doha on Monday to expand trade.", "AGREE", "Doha"),
    # people an act is done to are where it was done, whatever it is about, even when reported
    ("Greece summoned the Turkish ambassador in Athens on Thursday over the incident.", "ACCUSE", "Athens"),
    ("Japan summoned South Korea's ambassador in Tokyo to protest against the ruling, the foreign ministry said.",
     "ACCUSE", "Tokyo"),
    # an act named as a subject happens where its predicate says; a gathering hung on the object is the venue
    ("Talks on the border are set to resume in Muscat next month, Omani officials said.", "CONSULT", "Muscat"),
    ("EU leaders are expected to endorse the plan at a summit in Brussels next week.", "SUPPORT", "Brussels"),
    # a court, a bazaar or a headquarters named for its town places the act there; an embassy names its state
    ("China jailed a Japanese man.\n\nA Beijing court sentenced the engineer to ten years in prison on Wednesday.",
     "COERCE", "Beijing"),
    ("Hungarian police raided the Budapest headquarters of the opposition party on Thursday.", "COERCE", "Budapest"),
    ("Russia denied the report.\n\nMoscow's embassy dismissed the remark as slander on Friday.", "REJECT", None),
    # a small town is placed in a country the story names
    ("Barbados protested to Trinidad.\n\nFishermen in Oistins blocked the harbour road on Wednesday.", "PROTEST",
     "Oistins"),
    # a demand made marching is made where the march is, though others report it
    ("Ethiopia's election board suspended the party.\n\nSeveral thousand people marched through Gondar on Friday "
     "demanding that the board reverse its ruling, witnesses said.", "REQUEST", "Gondar"),
    # a site the gazetteer does not know is placed by the city told right after it
    ("About 300 people held a vigil outside Stormont in Belfast on Friday.", "PROTEST", "Belfast"),
    # a border post is a crossing, named by its name alone, whatever the parser tags the name
    ("Zambia closed the Chirundu border post to Zimbabwean trucks on Tuesday.", "SANCTION", "Chirundu"),
    # what a protest is against is not where it was made
    ("Zambia protested on Wednesday against Zimbabwe's decision to close the Chirundu border post.", "ACCUSE", None),
    # L2: a strike is where the strikers are, not at the dateline; a rally at the seat of power is in its city;
    # a charge laid by a judge is a decision at the seat
    ("ROME, March 19 (Tiber News) - Italian rail workers staged a 24-hour strike on Thursday against a pension "
     "plan.", "PROTEST", None),
    ("TBILISI, May 3 (Caucasus Wire) - Thousands of Georgians rallied outside parliament on Monday against the "
     "law.", "PROTEST", "Tbilisi"),
    ("BEIRUT, Jan 15 (Levant Wire) - A Lebanese judge on Wednesday indicted two former ministers over the blast.",
     "COERCE", "Beirut"),
    ("KUWAIT CITY, Jan 8 (Gulf Wire) - Kuwait's cabinet revoked the citizenship of a former lawmaker on Thursday.",
     "COERCE", "Kuwait City"),
    # an act offered or agreed to has happened nowhere yet: the offer is made where its maker is (L2, M2)
    ("The bloc's secretary-general offered to host talks between the two governments in Gaborone next week.",
     "CONSULT", None),
    # a square people gather at is the place even when its town is told beside it; an embassy's town is
    # only its seat, no place of a comment withheld (S2)
    ("Thousands of teachers rallied in San Martin Square in Lima on Tuesday.", "PROTEST", "San Martin Square"),
    ("The Peruvian embassy in Santiago declined to comment.", "STATEMENT", None),
    ("The Peruvian ambassador declined to comment after the meeting in Santiago.", "STATEMENT", "Santiago"),
])
def test_places_follow_the_guide(text, kind, place):
    found = [e for e in events_of(text) if e.type == kind]
    assert found and found[0].location == place, [(e.type, e.location) for e in events_of(text)]  # L1


def test_a_site_told_with_its_town_lies_in_the_town():
    [event] = [e for e in events_of("Thousands of teachers rallied in San Martin Square in Lima on Tuesday.")
               if e.type == "PROTEST"]
    lima = locate("Lima")
    assert (event.location_country, event.latitude, event.longitude) == ("PER", lima.latitude, lima.longitude)


def test_a_whole_country_is_the_place_country_alone():
    [event] = [e for e in events_of("Freedonian jets struck rebel targets in Yemen on Friday.") if e.type == "ASSAULT"]
    assert (event.location, event.location_country) == (None, "YEM")  # L1


def test_a_region_keeps_its_compass_point_and_its_country():
    [event] = [e for e in events_of("Peruvian troops pulled out of southern Bolivia on Monday.") if e.type == "RETREAT"]
    assert event.location_country == "BOL"


@pytest.mark.parametrize(("name", "iso3"), [("Borno", "NGA"), ("Zamfara", "NGA"), ("Tamil Nadu", "IND"), ("Sindh", "PAK"),
                                           ("Ontario", "CAN"), ("Punjab", None),  # a name two countries share places nothing
                                           # English names where ISO writes the local one, territories as guide C2 codes them
                                           ("Catalonia", "ESP"), ("Canary Islands", "ESP"), ("Darfur", "SDN"),
                                           ("Crimea", "UKR"), ("Nagorno-Karabakh", "AZE")])
def test_first_level_regions_carry_their_country(name, iso3):
    assert (locate(name).iso3 if locate(name) else None) == iso3


@pytest.mark.parametrize(("text", "iso3"), [
    ("NIAMEY, Nov 18 (Sahel Dispatch) - Gunmen killed 14 soldiers near the town of Gaya last week.", "NER"),
    ("MADRID - Thousands of protesters marched in Valencia on Monday.", "ESP"),
    ("CARACAS - Thousands of protesters marched in Valencia on Monday.", "VEN"),
])
def test_of_towns_sharing_a_name_the_one_in_the_story_country_is_meant(text, iso3):
    [event] = events_of(text)
    assert event.location_country == iso3


@pytest.mark.parametrize(("text", "kind", "count"), [
    ("The United States froze the assets of two Iranian banks and banned exports of drones to Iran.", "SANCTION", 2),
    ("Lithuania closed its border with Belarus on Monday and suspended all flights to Minsk.", "SANCTION", 2),
    ("The Malaysian prime minister met his Thai counterpart on Monday and discussed the border dispute.", "CONSULT", 1),
    ("The Lithuanian president promised a response, saying Lithuania would hit back at Belarusian targets.", "THREATEN", 1),
    ("The UN agency urged Kenya to protect the camps and appealed to donors for $50 million.", "REQUEST", 2),  # two addressees
    ("Turkey reopened its border with Armenia but has not lifted restrictions on Armenian trucks.", "CONCEDE", 2),  # done, withheld
    ("The Malaysian prime minister met his Thai counterpart but did not discuss the border dispute.", "CONSULT", 1),
])
def test_each_coordinated_measure_is_its_own_event(text, kind, count):
    assert len([e for e in events_of(text) if e.type == kind]) == count  # §0: one event per act, not per verb of one meeting


@pytest.mark.parametrize(("text", "kind", "source"), [
    ("Chile's president said his country's armed forces were on full alert.", "MOBILIZE", "CHL"),
    ("The Peruvian government put the army on high alert after the border clash with Ecuador.", "MOBILIZE", "PER"),
    ("Bolivia would consider a ceasefire only if Peru withdrew its troops, its foreign minister said.", "AGREE", "BOL"),
    ("Parliament protested against Iran's execution of a Swedish journalist.", "COERCE", "IRN"),  # the owner does it to the "of"
])
def test_states_and_owners_name_the_doer(text, kind, source):
    found = [e for e in events_of(text) if e.type == kind]
    assert found and found[0].source_country == source, [(e.type, e.source_country) for e in events_of(text)]


@pytest.mark.parametrize(("text", "consult"), [
    ("Peru's cabinet is due to meet on Thursday to approve the budget.", False),  # a body sitting on its own
    ("The Chilean cabinet met the Peruvian delegation on Thursday.", True),
    ("Peru's council met with Chilean officials on Thursday.", True),
])
def test_a_body_sitting_alone_consults_nobody(text, consult):
    assert any(e.type == "CONSULT" for e in events_of(text)) == consult, [e.type for e in events_of(text)]


@pytest.mark.parametrize(("text", "kind"), [
    ("Thai and Cambodian troops clashed along the disputed border on Friday.", "ASSAULT"),
    ("Rebels clashed with the army near the airport.", "ASSAULT"),
    ("Hungary, which has clashed with Brussels over the rule of law, abstained.", None),
    ("The two parties sealed a coalition agreement on Wednesday.", "AGREE"),
    ("Washington agreed to pause planned tariffs on Canadian goods for 30 days.", "CONCEDE"),
    ("The coast guard fired a water cannon at a fishing boat.", "ASSAULT"),
])
def test_armed_clashes_sealed_deals_and_paused_tariffs(text, kind):
    types = {e.type for e in events_of(text)}
    assert (kind in types) if kind else "ASSAULT" not in types


@pytest.mark.parametrize(("text", "kind", "source", "target"), [
    ("Washington imposed new export controls on Chinese chipmakers on Tuesday.", "SANCTION", "USA", "CHN"),
    ("The European Union slapped anti-dumping duties on Chinese steel.", "SANCTION", None, "CHN"),
    ("Ottawa imposed a 100 percent levy on Chinese-made electric cars.", "SANCTION", "CAN", "CHN"),
    ("India introduced import quotas on Chinese solar panels.", "SANCTION", "IND", "CHN"),
    ("The United States expanded its sanctions against Russian banks.", "SANCTION", "USA", "RUS"),
    ("Beijing restricted exports of gallium to the United States.", "SANCTION", "CHN", "USA"),
    ("The United States eased sanctions on Venezuela's oil sector.", "CONCEDE", "USA", "VEN"),
    ("Mexico lowered tariffs on U.S. corn.", "CONCEDE", "MEX", "USA"),
    ("Seoul lifted restrictions on North Korean ships.", "CONCEDE", "KOR", "PRK"),
    ("Taiwan tightened export curbs on chipmaking equipment bound for China on Monday.", "SANCTION", "TWN", "CHN"),
    ("Canada added 22 Iranian firms to its export control list on Monday.", "SANCTION", "CAN", "IRN"),
    ("Malaysia will require licences for the re-export of advanced chips, the trade ministry said.", "SANCTION", "MYS", None),
    ("The government extended restrictions on public gatherings in the capital.", None, None, None),
    ("The central bank cut interest rates on Tuesday.", None, None, None),
    # deals made and broken (T1)
    ("Chad ended its defence cooperation agreement with France.", "SANCTION", "TCD", "FRA"),  # T1; "Chad" left untagged
    ("Mali cancelled its defence pact with France.", "SANCTION", "MLI", "FRA"),
    ("Venezuela abandoned its gas deal with Trinidad and Tobago.", "SANCTION", "VEN", "TTO"),
    ("Kenya and Ethiopia inked a power-trade deal on Monday.", "AGREE", "KEN", "ETH"),
    ("Ukraine and Poland hammered out an agreement on grain transit.", "AGREE", "UKR", "POL"),
    ("Russia and Ukraine extended the grain deal by 60 days.", "AGREE", "RUS", "UKR"),
    ("Peru and Chile renewed their fisheries agreement for five years.", "AGREE", "PER", "CHL"),
    ("The talks in Geneva ended after two hours with no agreement on a ceasefire.", None, None, None),
    ("Two ministers quit the cabinet over a proposed policing deal with China.", None, None, None),
])
def test_verb_classes_with_object_classes(text, kind, source, target):
    """Measures imposed are sanctions and lifted are concessions; deals made are agreements and
    ended are sanctions, whatever the verb of its class."""
    found = [e for e in events_of(text) if e.type in {"SANCTION", "CONCEDE", "AGREE"}]
    assert [e.type for e in found] == ([kind] if kind else []), [(e.type, e.source_actor) for e in found]
    if kind:
        assert (found[0].source_country, found[0].target_country) == (source, target)


@pytest.mark.parametrize(("text", "kind", "sources", "target"), [
    ("Canada, Norway and Britain imposed new sanctions on Iranian officials on Friday.", "SANCTION",
     ["CAN", "GBR", "NOR"], "IRN"),
    # a participle on the object tells each subject's own act: "issued statements backing"
    ("Spain and Portugal issued statements backing Morocco on Friday.", "SUPPORT", ["ESP", "PRT"], "MAR"),
    # peoples coordinated in one phrase: each state's own act, also in what a bare arrival was for
    ("British and Canadian warships shelled rebel positions on Friday.", "ASSAULT", ["CAN", "GBR"], None),
    ("Dutch and Belgian rescue teams flew to Turkey on Tuesday to help search for survivors.", "AID", ["BEL", "NLD"], None),
    ("Swedish and Danish coast guards arrested 14 smugglers on the bridge on Monday.", "COERCE", ["DNK", "SWE"], None),
    # coordinated nationalities in front of one noun: one act per country, a purpose each one pursues
    ("German and French officials condemned the arrest of the journalist in Minsk.", "ACCUSE", ["DEU", "FRA"], "BLR"),
    ("Kenyan, Ugandan and Tanzanian troops arrived in Goma on Monday to help the Congolese army.", "AID",
     ["KEN", "TZA", "UGA"], "COD"),
    ("Finnish and Estonian cyber teams arrived in Riga on Tuesday to help restore the port systems.", "AID",
     ["EST", "FIN"], "LVA"),
    # a relative clause's "which both" is each of the coordinated nouns it hangs on
    ("Norway kept most of the quota, leaving the rest to Spain and Portugal, which both called the share unfair.", "ACCUSE",
     ["ESP", "PRT"], None),
])
def test_coordinated_subjects_of_an_act_done_apart_are_one_event_each(text, kind, sources, target):
    found = [e for e in events_of(text) if e.type == kind]
    assert sorted(e.source_country for e in found) == sources
    assert {e.target_country for e in found} == {target}


@pytest.mark.parametrize("text", ["Turkey and Qatar have also promised food shipments.",
                                  "Japan sent blankets and generators on Monday."])
def test_what_is_given_is_not_the_target(text):
    """The goods of an act of aid are its means; with no recipient named, it has no target."""
    found = [e for e in events_of(text) if e.type == "AID"]
    assert found and all(e.target_actor is None for e in found), [(e.source_actor, e.target_actor) for e in found]


def test_a_body_of_states_beside_a_state_acts_too():
    found = [e for e in events_of("Ruritania and the European Union condemned the arrests.") if e.type == "ACCUSE"]
    assert {(e.source_actor, e.source_country) for e in found} >= {("European Union", None)}


def test_coordinated_subjects_of_an_act_done_together_stay_one_event():
    found = [e for e in events_of("Poland and Lithuania agreed on Monday to share border intelligence.")
             if e.type in {"COOPERATE", "AGREE"}]
    assert len({e.type for e in found}) == len(found)


def test_each_others_aid_is_given_both_ways():
    found = [e for e in events_of("Athens and Paris will come to each other's aid if either is attacked.") if e.type == "AID"]
    assert sorted((e.source_country, e.target_country) for e in found) == [("FRA", "GRC"), ("GRC", "FRA")]


def test_a_wire_credit_dateline_still_places_the_story():
    [article] = onrecord.process([{"id": "d", "published": "2024-10-10", "text": (
        "LIMA, Oct 10 (Andean Desk) - Opposition lawmakers accused the president of shielding allies on Thursday.")}])
    assert not article.text.startswith("LIMA")
    [accusation] = [e for e in article.events if e.type == "ACCUSE"]
    assert accusation.source_country == "PER"


@pytest.mark.parametrize(("word", "iso3"), [("Tajik", "TJK"), ("Honduran", "HND"), ("Cambodian", "KHM"),
                                            ("Sri Lankan", "LKA"), ("Mozambicans", "MOZ")])
def test_demonyms_name_their_country(word, iso3):
    from onrecord.gazetteer import lookup

    assert lookup(word).iso3 == iso3


def test_attackers_of_unknown_allegiance_and_many_states_take_no_home_country():
    text = ("QUITO, Jan 9 (Andean Desk) - Hooded gunmen stormed a television studio in Guayaquil on Tuesday. "
            "Nearly 200 countries adopted a climate deal on Sunday.")
    [article] = onrecord.process([{"id": "g", "text": text, "published": "2024-01-10"}])
    sources = {e.type: e.source_country for e in article.events}
    assert sources.get("ASSAULT", "none") is None and sources.get("AGREE", "none") is None


@pytest.mark.parametrize(("text", "kind"), [
    ("The president imposed a 60-day state of emergency over the prison escape.", "COERCE"),
    ("The emir suspended some articles of the constitution for four years.", "COERCE"),
    ("Ruritania said it was terminating a century-old extradition treaty with Freedonia.", "SANCTION"),
    ("The aviation authority barred Ruritanian carriers from flying to Freedonia.", "SANCTION"),
])
def test_acts_named_by_their_objects(text, kind):
    assert kind in {e.type for e in events_of(text)}


def test_a_hyphenated_country_stays_one_country():
    found = [e for e in events_of("Timor-Leste formally became the 11th member of the regional bloc on Sunday.")
             if e.type == "COOPERATE"]
    assert found and found[0].source_country == "TLS"


@pytest.mark.parametrize(("text", "kind", "mode"), [
    ("Chile's foreign ministry called the arrests a shameful and regrettable step.", "ACCUSE", "verbal"),
    ("The mayor called the corruption charges baseless lies.", "REJECT", "verbal"),
    ("Peru's president called the accord a historic milestone for the region.", "SUPPORT", "verbal"),
    ("Ecuador's foreign minister said Colombia's decision was unacceptable.", "ACCUSE", "verbal"),
    ("The Greek defence minister said Athens would \"respond accordingly\".", "THREATEN", "verbal"),
    ("The interior minister said the police would not tolerate violence.", "THREATEN", "verbal"),
    ("Greece said the tariffs would come into force if no deal was reached.", "THREATEN", "verbal"),
    ("A militia spokesman said the truce did not cover Israel, and the group would keep attacking Israeli ships "
     "until the war ended.", "THREATEN", "verbal"),
    ("The army chief called on protest leaders to hold talks.", "REQUEST", "verbal"),
    ("Serbia said it was open to talks.", "CONSULT", "verbal"),
    ("Peru said it would remain open to military cooperation with Chile if it was based on equality.",
     "COOPERATE", "hypothetical"),
    ("The president said he would seek a meeting with the Chilean president.", "CONSULT", "verbal"),
    ("Syria said it could allow inspectors back into the sites if their safety was guaranteed.", "CONCEDE", "hypothetical"),
    ("The former minister said he would not endorse either candidate.", "SUPPORT", "negated"),
    ("The Supreme Court struck down the emergency decree.", "REJECT", "actual"),  # an annulment is an act (T6)
    ("Kenya's foreign ministry said the pact violated no country's sovereignty.", "REJECT", "verbal"),  # a charge denied
])
def test_what_is_said_is_typed_by_its_content(text, kind, mode):
    found = [(e.type, e.mode) for e in events_of(text)]
    assert (kind, mode) in found, found


@pytest.mark.parametrize(("text", "absent"), [
    ("The army chief said the army was ready to take full responsibility for the country's security.", "ACCUSE"),
    ("Serbian President Aleksandar Vucic said the army was ready to take full responsibility for security.", "ACCUSE"),
    ("The electoral commission said it had found no evidence of fraud.", "ACCUSE"),
    ("The Dutch king apologised for slavery, calling it a crime against humanity.", "ACCUSE"),
    ("Lavrov described the talks with Washington as useful.", "SUPPORT"),
    ("A rebel commander said it would allow aid convoys into the city only if the army halted its air strikes.",
     "THREATEN"),
    ("The Thai foreign minister said peace talks with the rebels had stalled.", "CONSULT"),  # how talks stand, no meeting
    ("The minister said smuggling gangs operating on the coast had grown richer.", "ACCUSE"),  # a kind of gang, no charge
])
def test_said_words_that_carry_no_stronger_type(text, absent):
    assert absent not in [e.type for e in events_of(text)]


@pytest.mark.parametrize(("text", "published", "date"), [
    ("Bangladesh imposed a nationwide curfew on Saturday after days of violent protests.", "2024-07-20", "2024-07-20"),
    ("Japan will provide $5 billion in assistance to Ukraine, Prime Minister Fumio Kishida said on Monday, days "
     "before the summit.",
     "2023-02-21", "2023-02-20"),
    ("The parliament ratified Freedonia's bid to join the alliance late on Tuesday.", "2024-01-24", "2024-01-23"),
    ("The junta closed the country's airspace on Sunday night, citing the threat of an invasion.", "2024-08-07",
     "2024-08-04"),  # a named day with its time of day, which the model tags TIME
    # D1: "a day after" the day of the act it is told against
    ("Freedonia expelled two diplomats on Thursday, a day after Ruritania closed its embassy.", "2025-03-14",
     "2025-03-12"),
    ("Freedonia recalled its ambassador on Friday, nine days after rebels attacked a border post.", "2025-03-14",
     "2025-03-05"),
])
def test_the_day_is_found_where_the_parser_hangs_it(text, published, date):
    assert date in {e.date for e in events_of(text, published)}


@pytest.mark.parametrize(("text", "published", "kind", "date"), [
    ("The Freedonian president was sworn in for a new term on Friday, defying calls to step aside after a disputed "
     "vote last July.", "2025-03-15", "REJECT", "2025-03-14"),  # "last July" is the vote's
    ("Freedonia, which has carried out dozens of air strikes in Ruritania since the fall of its government in "
     "December, did not comment.", "2025-03-14", "ASSAULT", None),  # December dates the fall
    ("Freedonia and Ruritania agreed on Tuesday to hold joint naval exercises.", "2025-03-14", "COOPERATE",
     "2025-03-11"),  # the day of the agreement, behind the publication date (D2)
    ("The Ruritanian president on Monday sacked the army chief.\n\nThe move came a week after rebels attacked a "
     "border post.", "2025-03-14", "ASSAULT", "2025-03-03"),  # a week before the move the lead dates
    ("The Freedonian army chief, 64, was named defence minister on Tuesday.", "2025-03-14", "APPOINT",
     "2025-03-11"),  # an age is no year
    ("Ruritania's parliament approved a bill on Wednesday to hold a referendum on May 3, 2027 on joining the bloc.",
     "2026-08-20", "ELECTION", "2027-05-03"),  # the year the model tags apart
    ("The Freedonian army said on Friday it had pulled its troops out of the border town of Vostra.", "2025-03-15",
     "RETREAT", None),  # the day of the telling, not of the pullout
    ("Ruritanian police have arrested 40 opposition activists in Lasko, the interior ministry said on Monday.",
     "2025-03-15", "COERCE", None),
    ("The Freedonian navy arrested 12 Ruritanian fishermen off Port Amel on Sunday, state radio reported.", "2025-03-15",
     "COERCE", "2025-03-09"),  # a day before the attribution, in the reported clause
    ("Ruritania announced on Tuesday that it would expel two Freedonian diplomats.", "2025-03-15", "SANCTION",
     "2025-03-11"),  # a decision told in words keeps the day it was told (D2)
    # a participle that describes a noun tells an earlier act, not dated by the verb the noun hangs on
    ("Freedonia freed 12 prisoners on Friday under a deal brokered by Qatar.", "2025-03-15", "CONSULT", None),
    ("Five hostages were released on Monday under an arrangement mediated by Egypt.", "2025-03-15", "CONSULT", None),
    ("The last Freedonian troops left Vostra on Friday, completing a withdrawal demanded by the junta.", "2025-03-15",
     "REQUEST", None),
    # a day counted from the one told before it (D1)
    ("Freedonia and Ruritania signed a border accord on Tuesday. Their foreign ministers had met in Geneva a day "
     "earlier.", "2025-03-15", "CONSULT", "2025-03-10"),
    ("Ruritanian troops shelled a border post on Monday. Freedonia recalled its envoy the same day.", "2025-03-15",
     "SANCTION", "2025-03-10"),
    ("Gangs attacked a prison on Monday. Hours later, the president ordered troops onto the streets.", "2025-03-15",
     "MOBILIZE", "2025-03-10"),
    # counted in months or years from a month or a year, as precise as the coarser of the two
    ("Ruritanian police detained the blogger in 2019, and a court released him on bail two years later.",
     "2025-03-15", "CONCEDE", "2021"),
    ("Freedonia signed the fishing accord in 2014 and tore it up two years later.", "2025-03-15", "SANCTION", "2016"),
    ("The rebels seized the town of Vostra in May last year and withdrew from it two months later.", "2025-03-15",
     "RETREAT", "2024-07"),
    ("Police detained twelve strikers in Port Amel on Feb. 3 and freed them the next day.", "2025-03-15",
     "CONCEDE", "2025-02-04"),
    # an act told inside a "when" clause takes the date the clause hangs on
    ("The row is the worst since 2019, when Freedonia's arrest of a Ruritanian trawler captain led Ruritania to "
     "close the border.", "2025-03-15", "SANCTION", "2019"),
    # not the day of a clause with its own subject joined after the trigger's
    ("The Kenyan minister urged calm, and police were deployed in Mombasa on Wednesday.", "2025-03-15", "REQUEST",
     None),
    # the day the parser hangs on the act's purpose clause
    ("Police fired tear gas to clear a road near Mombasa on Friday.", "2025-03-15", "ASSAULT", "2025-03-14"),
    ("Kenyan troops were sent to secure the port of Lamu on Monday.", "2025-03-15", "MOBILIZE", "2025-03-10"),
    ("Lithuanian police were sent to help guards patrol the border on Tuesday.", "2025-03-15", "MOBILIZE",
     "2025-03-11"),
    # a speech act is not dated by a later "said on …" joined to it that tells words of its own (D2)
    ("Poland summoned the Belarusian envoy on Wednesday over a cyber attack and said on Thursday it would close a "
     "border crossing.", "2025-03-15", "ACCUSE", "2025-03-12"),
    ("Ghana summoned Togo's ambassador on Monday, and said on Wednesday it would seek compensation.", "2025-03-15",
     "ACCUSE", "2025-03-10"),
    ("Kenya condemned the raid on Monday and said on Wednesday it would send a delegation to Mogadishu.", "2025-03-15",
     "ACCUSE", "2025-03-10"),
    # an act announced in words, undated as told, is not dated by the day set for the act (D2)
    ("The Kenyan minister said he would travel to Mogadishu in July.", "2025-03-15", "CONSULT", None),
    ("Kenyan opposition leader Raila Odinga said his supporters would march on parliament on Saturday.", "2025-03-12",
     "PROTEST", None),
    ("Japan's trade minister said Japan would hold talks with Australia in Canberra in July.", "2025-03-15", "CONSULT",
     None),
    # a scheduled act's day set "as early as" (D1)
    ("The Senate is expected to pass the aid package as early as Tuesday.", "2025-03-15", "AID", "2025-03-18"),
    # a speech act on a participle of a dated act is dated by it (D2)
    ("OTTAWA - Canada expelled four Iranian diplomats on Monday, saying they were linked to a campaign of "
     "intimidation against dissidents.", "2025-03-15", "ACCUSE", "2025-03-10"),
    # an act in a relative clause is not dated by the verb the noun hangs on (D1)
    ("Ruritania demanded on Thursday that Freedonia free a Ruritanian trader who was arrested at the port.",
     "2025-03-15", "COERCE", None),
    # nor is an act told by a speaker dated by a relative clause describing the speaker (D1, D2)
    ("Freedonia, which sent troops to the border in January, said it would pull them out if the talks went well.",
     "2025-03-15", "RETREAT", None),
    # a date put before a noun as its owner dates the act the noun names, not an act about it (D1)
    ("Ruritania said the raid was revenge for last month's killing of two border guards by smugglers.", "2025-03-15",
     "ASSAULT", "2025-02"),
    ("The opposition demanded a recount of this month's parliamentary election.", "2025-03-15", "REQUEST", None),
    ("Gunmen killed five soldiers in Friday's attack on a base.", "2025-03-15", "ASSAULT", "2025-03-14"),
    ("The Ruritanian opposition leader won Saturday's presidential election.", "2025-03-18", "ELECTION", "2025-03-15"),
    # a bare year after "in", which the model tags a number, still dates the act
    ("Freedonia froze the fishing accord in 2021 but let the boats stay.", "2025-03-15", "SANCTION", "2021"),
    # a month of the year told relative to the publication's (D1)
    ("The mayor of Lask was detained in August last year.", "2025-03-15", "COERCE", "2024-08"),
    ("Ruritania will hold a referendum on the accord on May 9 next year.", "2025-03-15", "ELECTION", "2026-05-09"),
])
def test_a_date_is_its_own_acts(text, published, kind, date):
    found = [e for e in events_of(text, published) if e.type == kind]
    assert found and found[0].date == date, [(e.type, e.date) for e in events_of(text, published)]  # D1


@pytest.mark.parametrize(("text", "mediator", "party"), [
    ("Kenya and Somalia signed an Ethiopian-brokered border accord on Tuesday.", "ETH", "KEN"),
    ("Delegations of the Malian government will resume Algeria-mediated talks with Tuareg rebels next week.", "DZA",
     "MLI"),
    ("Armenia and Azerbaijan held Egypt-hosted talks in Cairo on Monday.", "EGY", "ARM"),
    ("The foreign ministers of Congo and Rwanda signed a U.S.-brokered peace agreement on Friday.", "USA", "COD"),
])
def test_a_mediator_joined_by_a_hyphen_is_the_source_of_consult(text, mediator, party):
    assert ("CONSULT", mediator, party) in {(e.type, e.source_country, e.target_country) for e in events_of(text)}


def test_an_act_told_after_another_is_not_given_its_day():
    found = {e.type: e.date for e in events_of("The president sacked the minister on Monday after she accused the "
                                               "police of bias.", "2025-03-14")}
    assert found.get("DISMISS") == "2025-03-10" and "ACCUSE" in found and found["ACCUSE"] is None, found  # D1


@settings(deadline=None, max_examples=10)  # the parse is the slow part
@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)), st.sampled_from(sorted(COUNT_WORDS)))
def test_a_distance_is_counted_from_the_anchored_day(published, count):
    weekday = published.strftime("%A")
    unit = "day" if COUNT_WORDS[count] == 1 else "days"
    text = f"Freedonia recalled its ambassador on {weekday}, {count} {unit} after rebels attacked a border post."
    attack = next(e for e in events_of(text, published.isoformat()) if e.type == "ASSAULT")
    assert attack.date == (published - dt.timedelta(days=COUNT_WORDS[count])).isoformat()


def test_the_capital_of_a_named_country_is_a_place_and_a_demand_is_placed_where_it_is_made():
    [meeting] = [e for e in events_of("Gulf leaders meeting in the Saudi capital on Saturday held talks on trade.")
                 if e.type == "CONSULT"][:1]
    assert meeting.location == "Riyadh" and meeting.location_country == "SAU"
    [demand] = [e for e in events_of("The minister demanded an end to military operations in Gaza on Monday.")
                if e.type == "REQUEST"]
    assert demand.location != "Gaza"


def test_a_sea_is_named_without_its_article():
    [drills] = [e for e in events_of("Japanese and Philippine forces staged joint drills in the South China Sea.")
                if e.type == "COOPERATE"]
    assert drills.location == "South China Sea"


@pytest.mark.parametrize(("text", "kind", "source", "target"), [
    # a country's public named by no side is its own
    ("Kenyan Interior Minister Kipchumba Murkomen accused the opposition of plotting a coup.", "ACCUSE", "KEN", "KEN"),
    # a reaction at home points back to the act of another branch
    ("Brazil's Supreme Court convicted former president Jair Bolsonaro on Thursday. His lawyers rejected the ruling "
     "as political.", "REJECT", "BRA", "BRA"),
    # "both sides": the pair the story is about; in a story of one country's rivals, that country's
    ("Algeria closed its airspace to Mali on Monday. The African Union urged both sides to show restraint.",
     "REQUEST", None, "DZA"),
    ("TIRANA, May 3 (Wire) - Opposition supporters clashed with police outside parliament on Friday. The European "
     "Union's ambassador called on all parties to refrain from violence.", "REQUEST", None, "ALB"),
    ("LUSAKA, Aug 2 (Wire) - The ruling party and the opposition traded accusations over the vote count on Monday. "
     "The Catholic bishops urged both sides to accept the result.", "REQUEST", "ZMB", "ZMB"),
    ("MASERU, June 4 (Wire) - Lesotho's coalition partners quarrelled over the budget on Tuesday. South Africa's High "
     "Commission urged all parties to respect the constitution.", "REQUEST", "ZAF", "LSO"),
    # "the two" alone: the pair just named
    ("Chile's president spoke with Peru's president by phone, and the two agreed to set up a joint border committee.",
     "COOPERATE", "CHL", "PER"),
    ("Chile's foreign minister met her Bolivian counterpart in Lima on Monday. The two signed a deal on river water.",
     "AGREE", "CHL", "BOL"),
    # an attack blames nobody: who said so does
    ("Slovak Interior Minister Matus Sutaj Estok said the attack was politically motivated and blamed the opposition.",
     "ACCUSE", "SVK", "SVK"),
    # prisoners a state frees are its own, not the side named in the condition
    ("Nicaragua could release more political detainees if the United States lifted its trade embargo.",
     "CONCEDE", "NIC", "NIC"),
    ("Kazakhstan freed 200 prisoners under an amnesty on Friday.", "CONCEDE", "KAZ", "KAZ"),
    # a body of states asked is the target, of no country, not the side the story is about
    ("Armenia accused Azerbaijan on Tuesday of shelling border villages and asked the U.N. Security Council to "
     "hold an emergency meeting.", "REQUEST", "ARM", None),
    ("Ugandan students rallied in Kampala on Friday to denounce Kenya's port deal.", "PROTEST", "UGA", "KEN"),  # P1
    # people attacked, named by no side, are those of the country where it happens; migrants need their own
    ("BAMAKO, May 2 (Wire) - Gunmen on motorbikes killed 12 villagers in the Mopti region on Sunday, officials said.",
     "ASSAULT", None, "MLI"),
    ("NIAMEY, May 2 (Wire) - Gunmen killed six migrants near Agadez on Sunday.", "ASSAULT", None, None),
    # a crew is of the flag of the craft named before it
    ("DAKAR, May 2 (Wire) - Senegal's navy boarded a Chinese fishing vessel off Casamance on Monday and detained its "
     "21 crew.", "COERCE", "SEN", "CHN"),
])
def test_targets_at_home_and_of_the_pair(text, kind, source, target):
    found = [e for e in events_of(text) if e.type == kind]
    assert found and (found[-1].source_country, found[-1].target_country) == (source, target), [
        (e.type, e.source_actor, e.source_country, e.target_actor, e.target_country) for e in events_of(text)]


def test_an_object_pronoun_is_not_the_doer():
    text = "U.S. President Joe Biden called Keir Starmer on Friday to congratulate him on his election victory."
    found = [e for e in events_of(text) if e.type == "SUPPORT"]
    assert found and (found[0].target_actor, found[0].target_country) == ("Keir Starmer", "GBR"), [
        (e.type, e.source_actor, e.target_actor, e.target_country) for e in events_of(text)]


@pytest.mark.parametrize(("text", "kind", "mode"), [
    ("Delegates from the island states walked out of the climate negotiations on Friday.", "SANCTION", "actual"),
    ("The senate is due to vote on whether to remove the governor next week.", "DISMISS", "hypothetical"),  # M3
    ("Chad said it would withdraw from the regional security committee.", "SANCTION", "verbal"),
    ("Peru withdrew its ambassador from Caracas on Tuesday.", "SANCTION", "actual"),
    ("Poland summoned the Belarusian ambassador over the border incident.", "ACCUSE", "verbal"),
    ("The president ordered the army onto the streets of the capital.", "MOBILIZE", "actual"),
    ("Seoul put its forces on alert after the launch.", "MOBILIZE", "actual"),
    ("Colombia sent 12 suspects to Spain to face trial.", "COOPERATE", "actual"),
    ("Soldiers fired on protesters outside the palace.", "ASSAULT", "actual"),
    ("The union said it would return to the streets next week.", "PROTEST", "verbal"),
    ("The two presidents spoke by phone on Sunday.", "CONSULT", "actual"),
    ("The embassy did not respond to a request for comment.", "STATEMENT", "negated"),
    ("The rebels stopped their attacks on the city on Sunday.", "RETREAT", "actual"),
    ("The new president swore in a new cabinet on Monday.", "APPOINT", "actual"),
    ("The foreign minister called the referendum a celebration of freedom.", "SUPPORT", "verbal"),
    ("The supreme court threw out the lawsuit filed by the opposition.", "REJECT", "actual"),
    ("Beijing called the accusations ridiculous.", "REJECT", "verbal"),
    ("Foreign Minister Ana Ruiz told reporters the talks had been useful but declined to give details.", "STATEMENT", "actual"),
    ("Foreign Minister Ana Ruiz told reporters the talks had been useful but declined to give details.", "STATEMENT", "negated"),
    ("The election board rejected the nomination papers of two opposition candidates on Friday.", "COERCE", "actual"),
    ("The ousted mayor will challenge his dismissal before the Supreme Court, his lawyer said.", "ACCUSE", "verbal"),
    ("The opposition will contest the ruling before the Supreme Court, its lawyer said.", "ACCUSE", "verbal"),
    ("Observers from the African Union will present their report in Lusaka on Friday.", "STATEMENT", "future"),
    ("The ministry said it would impose heavy fines on fishing crews caught in its waters.", "COERCE", "verbal"),
    ("The bloc could suspend visa-free travel for Serbian officials, the commissioner said.", "SANCTION", "hypothetical"),
    ("Kyrgyzstan and Tajikistan completed the demarcation of their border on Tuesday.", "COOPERATE", "actual"),
    ("The two navies will begin joint patrols next week under a security pact signed last year.", "AGREE", "actual"),
    ("The minister insisted that soldiers had not fired live rounds.", "ASSAULT", "negated"),
    ("A meeting of the joint commission that had been planned for June was called off by Chile.", "SANCTION", "actual"),
    ("The delegate said Brazil objected to the final text.", "REJECT", "verbal"),
    ("A truck rammed a police checkpoint in the capital.", "ASSAULT", "actual"),
    ("The general told his men to return to their bases.", "REQUEST", "verbal"),
    ("The rebel alliance announced a one-month pause in military operations.", "RETREAT", "verbal"),  # M2
    ("Ruritania's military leader, Colonel Anton Vell, named Marta Hesse as prime minister on Saturday.", "APPOINT", "actual"),
    ("The Freedonian parliament approved Ivo Lang as prime minister on Friday.", "APPOINT", "actual"),
    ("The electoral court declared President Amos Tell the winner of the October election.", "ELECTION", "actual"),
    ("The opposition leader called for an early general election.", "REQUEST", "verbal"),
    ("The premier called off a planned trip to Lisbon to deal with the floods.", "CONSULT", "negated"),
    ("The president refused to rule out using military force to take the islands.", "THREATEN", "verbal"),
    ("The rebels said they would not resume negotiations unless the army halted its operations.", "CONSULT", "hypothetical"),
    ("The ministry said Ruritania would take all necessary measures to protect its interests.", "THREATEN", "verbal"),
    ("The president ordered militia members deployed across the country.", "MOBILIZE", "actual"),
    ("The junta ordered French troops out of the country.", "SANCTION", "actual"),
    ("The electoral commission stripped the governor of his mandate on Wednesday.", "DISMISS", "actual"),
    ("Parliament voted to strip the activists of their citizenship.", "COERCE", "actual"),
    ("Freedonia removed the movement from its list of banned organisations in April.", "CONCEDE", "actual"),
    ("The foreign ministry called the move \"unfair and unjustified\".", "ACCUSE", "verbal"),
    ("Ruritania stopped shelling Freedonia on Monday.", "RETREAT", "actual"),
    ("Ruritania and Freedonia agreed on Tuesday to stop targeting each other's ships.", "AGREE", "actual"),
    ("The African Union said it would send a mediation panel to Lask.", "CONSULT", "verbal"),
    ("Ruritania summoned Freedonia's ambassador to protest against the arrests.", "ACCUSE", "verbal"),
    ("The Ruritanian minister appealed for calm after the riots.", "REQUEST", "verbal"),
    ("Ruritania's prime minister said Anna Kovar is to become finance minister.", "APPOINT", "future"),
    ("Ruritanian rebels overran an army garrison in the north on Sunday.", "ASSAULT", "actual"),
    ("Freedonian lawmakers questioned the legality of the Ruritanian strikes.", "ACCUSE", "verbal"),
    ("Ruritania announced a further 40 million euros for Freedonia.", "AID", "verbal"),
    ("Freedonia said two of its citizens had been beaten to death by Ruritanian police.", "ASSAULT", "actual"),
    ("Ruritania and Freedonia agreed on Tuesday to end the fighting, the Omani foreign ministry said, "
     "after two months of heavy Ruritanian air strikes on the border towns.", "ASSAULT", "actual"),
    ("The Ruritanian government described the withdrawal as the start of a new era.", "STATEMENT", "actual"),
    ("Ruritania said the drone had entered its airspace twice.", "ACCUSE", "verbal"),
    ("The Freedonian minister said Ruritania had made a grave mistake.", "ACCUSE", "verbal"),
    ("Freedonia will keep its border crossings with Ruritania closed, the interior minister said.", "SANCTION", "future"),
    ("The Freedonian prime minister expelled the Green Party, the junior coalition partner, from the government.",
     "DISMISS", "actual"),
    ("A Ruritanian navy ship carrying relief supplies arrived in Freedonia on Sunday.", "AID", "actual"),
    ("Government troops fought the rebels for six hours near the border.", "ASSAULT", "actual"),
    ("The two states fought a short war in 1990.", "ASSAULT", "actual"),
    ("Heavy fighting between Ruritanian troops and Freedonian rebels continued on Monday.", "ASSAULT", "actual"),
    ("Freedonia put its troops on alert and agreed with Ruritania to hold joint patrols.", "MOBILIZE", "actual"),
    ("Freedonia has ruled out new talks unless Ruritania withdraws its troops.", "REJECT", "verbal"),
    ("The rebel leader said the movement would not give up its weapons.", "REJECT", "verbal"),
    ("The governor said the province would not pay any ransom.", "REJECT", "verbal"),
    ("Lawmakers voted down the two nominees on Tuesday.", "REJECT", "actual"),
    ("The Senate is expected to confirm Ortiz next week.", "APPOINT", "future"),
    ("Parliament approved 12 ministers on Tuesday.", "APPOINT", "actual"),
    ("The rebels said they would intensify attacks on army posts.", "THREATEN", "verbal"),
    ("The militia has vowed to keep the siege in place until the governor resigns.", "THREATEN", "verbal"),
    ("Ruritanian President Ivan Petrov congratulated Ortiz in a telephone call on Monday.", "CONSULT", "actual"),
    ("The captives were freed after mediation by Freedonia.", "CONSULT", "actual"),
    ("The electoral commission disqualified the Freedom Party from the election.", "COERCE", "actual"),
    ("The army, which has besieged the city since May, denied the claims.", "COERCE", "actual"),
    ("The opposition called the vote a masquerade.", "ACCUSE", "verbal"),
    ("The opposition boycotted the vote.", "PROTEST", "actual"),
    ("Opposition leaders petitioned the Constitutional Court, arguing that the decree was illegal.", "ACCUSE", "verbal"),
    ("The bloc is expected to add five generals to its sanctions list next month.", "SANCTION", "future"),
    ("A rebel spokesman said the captured pilots would be put on trial.", "COERCE", "future"),
    ("The African Union, which suspended Freedonia after the coup, welcomed the vote.", "SANCTION", "actual"),
    ("Pakistan's foreign ministry did not say when the border crossing would reopen.", "STATEMENT", "negated"),
    ("The development bank said it was prepared to lend up to $2 billion for the railway.", "AID", "verbal"),
    ("Freedonia halted imports of Ruritanian wheat on Monday.", "SANCTION", "actual"),
    ("The president suspended parliament in 2021.", "DISMISS", "actual"),
    ("Freedonia, which has carried out dozens of air strikes in Ruritania, did not comment.", "ASSAULT", "actual"),
    ("The group has vowed to keep the roadblocks in place until the junta steps down.", "THREATEN", "verbal"),
    ("The minister dismissed calls by opposition groups for another delay.", "REJECT", "verbal"),
    ("The government was toppled by the army in May.", "DISMISS", "actual"),
    ("The Freedonian trade ministry imposed anti-dumping duties on Ruritanian steel on Friday.", "SANCTION", "actual"),
    ("The new attorney general pledged to reopen investigations into the killings of two activists.", "ACCUSE", "verbal"),
    ("The opposition said it would file a legal challenge to the nomination.", "ACCUSE", "verbal"),
    ("The Freedonian government approved the sale of spare parts for fighter jets to Ruritania.", "AID", "actual"),
    ("The Farmers' Party quit the ruling coalition on Monday over the budget.", "SANCTION", "actual"),
    ("The president said he would begin consultations with the party leaders on Friday.", "CONSULT", "verbal"),  # M2
    ("The Freedonian commissioner said the bloc was deeply concerned by the new media law.", "ACCUSE", "verbal"),
    ("The Freedonian vessels left the disputed waters late on Sunday.", "RETREAT", "actual"),
    ("Farmers' protesters lifted their blockades on three highways on Tuesday.", "RETREAT", "actual"),
    ("The president ordered the army to help police clear the roads.", "MOBILIZE", "actual"),
    ("The president declared a curfew, authorising soldiers to support police patrols in the capital.", "MOBILIZE", "actual"),
    ("Ruritania fired three cruise missiles into the sea off its west coast on Monday.", "MOBILIZE", "actual"),
    ("The Freedonian judge, whom Ruritania barred from entry in 2020, declined to comment.", "SANCTION", "actual"),
    ("Freedonia handed over a suspected arms trafficker to Ruritania on Monday.", "COOPERATE", "actual"),
    ("The premier ruled out raising fuel prices but said he was willing to meet the transport unions.", "CONSULT", "verbal"),
    ("The Freedonian interior minister is due to brief the senate defence committee on Tuesday.", "STATEMENT", "future"),
    ("The Freedonian foreign ministry lodged a formal protest with the Ruritanian embassy.", "ACCUSE", "verbal"),
    ("Ruritania and Freedonia flew emergency supplies to the flooded island on Sunday.", "AID", "actual"),
    ('The Freedonian defence minister said the army would answer any incursion with "overwhelming force".', "THREATEN", "verbal"),
    ("France's foreign minister said his government had taken note of the provisional results.", "STATEMENT", "actual"),
    ("Freedonian Chancellor Ivan Brod said Europe must guard its steel makers but should avoid a trade war.", "STATEMENT", "actual"),
    ("Freedonian Premier Ivan Brod said the border row was a dispute that must be settled by talks.", "STATEMENT", "actual"),
    ("Freedonian Premier Ivan Brod said Ruritania must withdraw its troops from the border.", "REQUEST", "verbal"),
    ("The World Food Programme said on Friday it had suspended operations in rebel-held Kordofan.", "SANCTION", "actual"),
    ("Freedonia and Ruritania agreed on Monday to swap 200 prisoners each. The exchange will take place at the border next week.",
     "CONCEDE", "future"),
    ("Freedonia and Ruritania held talks in Lask on Monday. Talks are set to resume in Geneva next month.", "CONSULT", "future"),
    ("Chile's electoral commission said it had found no irregularities in the count.", "STATEMENT", "actual"),
    ("Supporters of the two rival parties clashed outside a polling station in Lask on Sunday.", "ASSAULT", "actual"),
    ("The ruling sparked clashes between opposition supporters and riot police in the capital.", "PROTEST", "actual"),
    ("The border dispute led to deadly clashes between Freedonian and Ruritanian troops in 2022.", "ASSAULT", "actual"),
    ("The Chilean senator will face the mayor in a second round on May 2.", "ELECTION", "future"),
    ("Egypt clinched a $35 billion investment deal with the United Arab Emirates.", "AGREE", "actual"),
    ("The two sides hammered out a deal on grain exports in Istanbul.", "AGREE", "actual"),
    ("The two countries' leaders endorsed a joint declaration at the end of the summit.", "AGREE", "actual"),
    ("The Omani envoy shuttled between Tehran and Washington.", "CONSULT", "actual"),
    ("Ukraine's foreign minister voiced support for the Moldovan government's reform plan.", "SUPPORT", "verbal"),
    ("The Kenyan government offered condolences to the families of the victims.", "SUPPORT", "verbal"),
    ("The Moroccan king paid tribute to the late Senegalese president.", "SUPPORT", "verbal"),
    ("Arab leaders rallied behind Egypt's reconstruction plan for Gaza.", "SUPPORT", "verbal"),
    ("The Chinese government scrapped tariffs on Australian barley.", "CONCEDE", "actual"),
    ("The United States rolled back tariffs on Mexican tomatoes.", "CONCEDE", "actual"),
    ("Kenya's president withdrew the finance bill after deadly protests.", "CONCEDE", "actual"),
    ("Ireland and Britain teamed up to combat drug gangs.", "COOPERATE", "actual"),
    ("Denmark earmarked $1 billion for weapons for Ukraine.", "AID", "actual"),
    ("Norway gave $100 million to the UN agency for Palestinian refugees.", "AID", "actual"),
    ("The IMF disbursed $1.1 billion to Egypt on Monday.", "AID", "actual"),
    ("Indian and Chinese troops disengaged from two friction points in Ladakh.", "RETREAT", "actual"),
    ("The Serbian prime minister tendered his resignation on Tuesday.", "RETREAT", "actual"),
    ("The Ukrainian foreign minister renewed his appeal for more air defences.", "REQUEST", "verbal"),
    ("The Palestinian Authority pleaded with donors to restore funding.", "REQUEST", "verbal"),
    ("Uganda lobbied the World Bank to lift its funding freeze.", "REQUEST", "verbal"),
    ("The Croatian president hit out at the European Commission over the migration plan.", "ACCUSE", "verbal"),
    ("The Chinese embassy took aim at the Canadian report.", "ACCUSE", "verbal"),
    ("Indonesian police are investigating the former minister over graft allegations.", "ACCUSE", "verbal"),
    ("Hungary blocked the EU's 50 billion euro aid package for Ukraine.", "REJECT", "actual"),
    ("The Dutch government brushed aside Turkey's demands.", "REJECT", "verbal"),
    ("The Kremlin shot down the idea of a ceasefire.", "REJECT", "verbal"),
    ("Hungary balked at the new sanctions package.", "REJECT", "verbal"),
    ("Iran's supreme leader vowed harsh revenge against Israel.", "THREATEN", "verbal"),
    ("Hundreds of Kenyan doctors downed tools over unpaid salaries.", "PROTEST", "actual"),
    ("Japan tightened export controls on chipmaking equipment to China.", "SANCTION", "actual"),
    ("Moldova declared a Russian diplomat persona non grata.", "SANCTION", "actual"),
    ("South Korea raised its military alert level after the launch.", "MOBILIZE", "actual"),
    ("Armenia stationed additional troops along the border.", "MOBILIZE", "actual"),
    ("Japan scrambled fighter jets after Chinese aircraft approached its airspace.", "MOBILIZE", "actual"),
    ("Lithuania beefed up security along its border with Belarus.", "MOBILIZE", "actual"),
    ("The Tunisian government shut down the country's largest independent radio station.", "COERCE", "actual"),
    ("Iran hanged a man convicted over the protests.", "COERCE", "actual"),
    ("Iranian security forces rounded up dozens of activists.", "COERCE", "actual"),
    ("Saudi Arabia put to death seven men for terrorism.", "COERCE", "actual"),
    ("The Cambodian opposition leader was taken into custody on Monday.", "COERCE", "actual"),
    ("Niger revoked the licence of the independent radio station.", "COERCE", "actual"),
    ("A suicide bomber blew himself up at a mosque in Peshawar.", "ASSAULT", "actual"),
    ("Israeli settlers torched Palestinian homes in the West Bank.", "ASSAULT", "actual"),
    ("The Labour Party swept to power in a landslide.", "ELECTION", "actual"),
    ("Indian Prime Minister Arjun Mehta secured a third term in office.", "ELECTION", "actual"),
    ("The Polish president tapped Jan Nowak to form a new government.", "APPOINT", "verbal"),
    ("The new Senegalese cabinet was unveiled by the prime minister on Friday.", "APPOINT", "actual"),
    ("The Bangladeshi chief justice was forced out by the interim government.", "DISMISS", "actual"),
    ("Mexico invited Guatemala to a regional summit on migration.", "CONSULT", "verbal"),
    ("Uruguay handed over a suspected Italian mafia boss to Italy.", "COOPERATE", "actual"),
    ("Iran warned of a tough response to any attack on its nuclear sites.", "THREATEN", "verbal"),
    ("Tajik authorities sentenced the opposition leader to life in prison.", "COERCE", "actual"),
    ("Peru's Congress impeached President Pedro Vargas on Wednesday.", "DISMISS", "actual"),
    ("Freedonia denied that its police had used live ammunition against the marchers.", "ASSAULT", "negated"),
    ("Ruritania denied that its soldiers had abused detainees at the camp.", "ASSAULT", "negated"),
    ("Ruritania blocked the start of Freedonia's membership talks on Monday.", "REJECT", "actual"),  # T6
    ("The Supreme Court annulled the detention of the Freedonian activist on Tuesday.", "REJECT", "actual"),  # T6
    ("A Ruritanian coast guard patrol stopped three Freedonian trawlers near the reef.", "COERCE", "actual"),
    ("Ruritania withdrew its application to join the customs union in 2019.", "SANCTION", "actual"),  # T1
    ("Soldiers stormed the palace in what President Ana Torres called an attempted coup.", "ACCUSE", "verbal"),
    # acts told in a reported clause, denied, or named by their weapons and victims
    ("Ruritanian rioters hurled petrol bombs at the town hall on Saturday.", "ASSAULT", "actual"),
    ("Riot police responded with tear gas and water cannon.", "ASSAULT", "actual"),
    ("The interior ministry denied that officers had used live ammunition against the crowd.", "ASSAULT", "negated"),
    ("Freedonia denied that its soldiers had abused civilians in the border villages.", "ASSAULT", "negated"),
    ("Army spokesman General Tom Deng denied shelling civilian areas.", "ASSAULT", "negated"),  # gerund misparsed
    ("Kenyans will vote on August 9 in the first election under the new charter.", "ELECTION", "future"),  # a ballot
    ("Voters in Chile will vote in October.", "ELECTION", "future"),
    ("Witnesses said the militiamen had beaten three men outside the mosque.", "ASSAULT", "actual"),
    ("The Ruritanian army said its border units had raised their alert level.", "MOBILIZE", "actual"),
    ("The minister said access to messaging apps had been restricted in the capital.", "COERCE", "actual"),
    ("Prosecutors charged two of the activists with sedition on Monday.", "COERCE", "actual"),
    ("The prosecutor refused to release the editor and filed new charges against him.", "COERCE", "actual"),
    ("The Red Cross said it would send hygiene kits to the flooded villages.", "AID", "verbal"),
    ("A Ruritanian navy patrol stopped three Freedonian fishing boats near the island.", "COERCE", "actual"),
    ("Ruritania blocked the opening of accession talks with Freedonia on Tuesday.", "REJECT", "actual"),
    ("Freedonia withdrew its application for membership of the bloc in 2015.", "SANCTION", "actual"),
    ("The opposition said it would not challenge the results in court.", "ACCUSE", "negated"),
    ("The opposition leader said the vote had been bought with cash handouts.", "ACCUSE", "verbal"),
    ("The Freedonian foreign ministry spokesman said the espionage case was absurd.", "REJECT", "verbal"),
    # T4 + M3: a step against what the other side goes on doing is a warning; an offer keeps its type
    ("The foreign minister said Ruritania would take the dispute to the World Court if the incursions continued.",
     "THREATEN", "verbal"),
    ("The energy minister said Freedonia would halt the water releases if the power deliveries were not made.",
     "THREATEN", "verbal"),
    ("The fund said it could raise the loan to $2 billion if the government cut fuel subsidies.", "AID", "hypothetical"),
    ("The premier said he could bring two opposition lawmakers into the cabinet if they backed the budget.",
     "APPOINT", "hypothetical"),
    # meetings and deals told beside another act, with their parties or their date
    (("The ceasefire followed talks in Lask on Friday between Ruritanian Defence Minister Ivo Lang and Freedonian "
      "Defence Minister Ana Roth."), "CONSULT", "actual"),
    ("Ruritanian and Freedonian police will begin joint patrols next month under an agreement signed in March 2023.",
     "AGREE", "actual"),
    ("The prisoners were freed in a swap brokered by Freedonia.", "CONSULT", "actual"),
    # an indictment whatever the crime, custody ordered, a silence on an open question, a body dismissed
    ("Prosecutors in Quito charged the two captains with smuggling fuel on Friday.", "COERCE", "actual"),
    ("A judge in Lagos ordered them held for 60 days pending trial.", "COERCE", "actual"),
    ("A magistrate ordered the two men held for 90 days.", "COERCE", "actual"),
    ("Egypt's foreign ministry did not say whether its navy had intercepted the ship.", "STATEMENT", "negated"),
    ("The emir dismissed the cabinet on Sunday after weeks of protests.", "DISMISS", "actual"),
    ("The UN envoy was received by the Malian foreign minister on Sunday.", "CONSULT", "actual"),
    ("Chad said it had received four helicopters from France.", "AID", "actual"),
    ("Opposition deputies walked out of a parliamentary session on the budget.", "PROTEST", "actual"),
    ("The WHO pledged 10,000 doses of cholera vaccine to Malawi.", "AID", "verbal"),
    ("The government said it would pay the farmers 2 billion pesos in compensation.", "AID", "verbal"),
    ("Freedonia suspended its 2010 fisheries agreement with Ruritania in 2022.", "SANCTION", "actual"),
    ("The dockers' union said it would suspend the strike from Monday.", "RETREAT", "verbal"),
    ("The nurses' union said it would end the strike but would resume it if wages were cut.", "THREATEN", "verbal"),
    ("The rebels observed a unilateral ceasefire during the vote.", "RETREAT", "actual"),
    ("The ruling party retained its majority in Sunday's election.", "ELECTION", "actual"),
    ("The upper house of parliament is expected to confirm her on Friday.", "APPOINT", "future"),
    ("The cabinet approved a pay rise for nurses, meeting the main demand of their union.", "CONCEDE", "actual"),
    ("The opposition leader called the president a liar on Monday.", "ACCUSE", "verbal"),
    ("The junta extended its rule by five years, a decision the regional bloc called a blow to democracy.", "ACCUSE", "verbal"),
    ("The coast guard said the crew had ignored warnings to stop.", "ACCUSE", "verbal"),
    ("The navy said the trawlers had been caught fishing illegally in its waters.", "ACCUSE", "verbal"),
    ("Chile and Peru signed a defence memorandum and pledged to hold regular exercises.", "COOPERATE", "verbal"),
    ("The charity accused the navy of abandoning migrants at sea and called on the bloc to review the mission.", "REQUEST",
     "verbal"),  # a past tense the parser coordinated with the charge is the accuser's second act
    ("Ruritania's state oil firm cut deliveries to Freedonia by half on Monday.", "SANCTION", "actual"),
    ("The aviation authority suspended permits for Freedonian charter flights.", "SANCTION", "actual"),
    ("Investigators opened a criminal case against the former governor for fraud.", "ACCUSE", "verbal"),
    ("A Ruritanian patrol boat intercepted a Freedonian trawler inside the marine reserve.", "COERCE", "actual"),
    ("The navy scuttled four seized fishing boats off the northern coast.", "COERCE", "actual"),
    ("Police bulldozed dozens of homes in the settlement on Tuesday.", "COERCE", "actual"),
    ("Ruritanian border guards turned back a Freedonian football team at the crossing.", "REJECT", "actual"),
    ("The foreign minister said Ruritania stood with the people of Freedonia.", "SUPPORT", "verbal"),
    ("The president called the tariffs economic bullying.", "ACCUSE", "verbal"),
    ("The finance minister called the loan a lifeline for small farmers.", "SUPPORT", "verbal"),
    ("The two countries agreed to mount joint patrols on the lake.", "COOPERATE", "verbal"),
    ("The two governments agreed to build a joint research station on the island.", "COOPERATE", "verbal"),
    ("The High Court approved the extradition of the former minister to Freedonia.", "COOPERATE", "actual"),
    ("Former judge Ana Ortiz beat the incumbent by four points in Sunday's runoff.", "ELECTION", "actual"),
    ("The ministry ordered a general call-up of reservists in the border provinces.", "MOBILIZE", "actual"),
    ("Ruritania launched a rocket carrying a weather satellite on Friday.", "MOBILIZE", "actual"),
    ("The coast guard sent three ships to the disputed reef.", "MOBILIZE", "actual"),
    ("The senate committee summoned the health minister to explain the shortages.", "ACCUSE", "verbal"),
    ("The foreign ministry protested that it had not been informed of the arrests.", "ACCUSE", "verbal"),
    ("The European Union has not pledged any money for the camps this year.", "AID", "negated"),
    ("The tourism ministry told tour operators to suspend group tours to Freedonia.", "SANCTION", "actual"),
    ("Ruritania agreed on Friday to let Freedonian lorries use the port of Lask.", "CONCEDE", "verbal"),
    # less common wire phrasings of concessions, meetings, aid, deals and shows of force
    ("Ruritania suspended its ban on Freedonian poultry imports.", "CONCEDE", "actual"),
    ("Ruritania unfroze $6 billion in Freedonian assets as part of the deal.", "CONCEDE", "actual"),
    ("The government bowed to the strikers' demands and cancelled the fuel price hike.", "CONCEDE", "actual"),
    ("The Ruritanian president received the Freedonian ambassador at the presidential palace.", "CONSULT", "actual"),
    ("Ruritania handed Freedonia 12 patrol boats at a ceremony in Lask.", "AID", "actual"),
    ("The two sides hammered out a compromise on fishing rights.", "AGREE", "actual"),
    ("Ruritania flew bombers near Freedonian airspace in a show of force.", "MOBILIZE", "actual"),
    ("Ruritania sent 40 warplanes into Freedonia's air defence zone on Sunday.", "MOBILIZE", "actual"),
    ("Ecuador will hold a runoff on June 2 if no candidate wins a majority.", "ELECTION", "hypothetical"),
    # a drill with a named foreign partner is joint (T5); a suspect given into another state's custody is extradited
    ("Ruritanian marines took part in drills with NATO forces off the coast.", "COOPERATE", "actual"),
    ("Ruritanian marines held drills with American forces off the coast.", "COOPERATE", "actual"),
    ("Colombia transferred the detained militant to Ecuadorian custody on Wednesday.", "COOPERATE", "actual"),
    # M2: an office named without a country of its own announces its state's act
    ("Norway will provide Ukraine with six F-16 jets, the defence minister said.", "AID", "verbal"),
    ("Norway will provide Ukraine with six F-16 jets, Ukrainian officials said.", "AID", "future"),
    ("The minister said the detainees would be handed back to Freedonia once Lask sent a plane for them.", "CONCEDE",
     "hypothetical"),
    ("Freedonia imposed a 50 percent levy on Ruritanian steel in March.", "SANCTION", "actual"),
    ("The Ruritanian president said he would accept the invitation only if the border was reopened.", "CONSULT", "hypothetical"),
    ("Chad has admitted about 4,000 Sudanese refugees since Monday.", "AID", "actual"),
    ("The regional council said it would ignore the ruling.", "REJECT", "verbal"),
    ("Hundreds of fishermen blockaded the port of Lask on Monday, demanding that the ministry reject the quota cut.", "PROTEST",
     "actual"),
    ("Prime Minister Ana Rojas said the court was independent and urged Freedonia to hand over the suspects.", "STATEMENT",
     "actual"),
    ("African Union observers, led by former Zambian minister Joseph Banda, said the vote had been calm but urged the "
     "authorities to release detained journalists.", "STATEMENT", "actual"),
    ("The herders' association vowed to come back every week until the mine is closed.", "THREATEN", "verbal"),
    ("The Freedonian parliament sent a message of solidarity to the striking miners.", "SUPPORT", "verbal"),
    ("Gunmen raided two villages in the Ossa region on Sunday.", "ASSAULT", "actual"),
    ("Ruritanian and Freedonian coast guards carried out a joint search for a missing fishing boat.", "COOPERATE", "actual"),
    ("Freedonia's embassy called the seizure \"piracy\".", "ACCUSE", "verbal"),
    ("The regional government said it would ignore the ruling, calling the court \"a tool of the ruling party\".", "ACCUSE",
     "verbal"),
    # blame by a quality denied ("unfriendly", "inadequate"), also as an adverb ("unacceptably low"), and in a relative clause
    ("Freedonia's foreign ministry called the detention of its trawler \"an unfriendly act\".", "ACCUSE", "verbal"),
    ("The opposition called the government's relief package inadequate.", "ACCUSE", "verbal"),
    ("Ruritania described the border closure as disproportionate.", "ACCUSE", "verbal"),
    ("Both unions called the new fishing quota \"unacceptably low\".", "ACCUSE", "verbal"),
    ("The ministry announced a 2 percent rise, a figure the teachers' unions called insufficient.", "ACCUSE", "verbal"),
    # fault found with a demand, an offer or a plan put to the speaker rejects it (T6)
    ("The company said the union's demand was unaffordable.", "REJECT", "verbal"),
    ("The ministry said the teachers' proposal was unrealistic.", "REJECT", "verbal"),
    ("Moldova's foreign minister said the plan was unacceptable.", "REJECT", "verbal"),
    ("The mine owner said the union's demand was excessive and offered a 4 percent increase.", "REJECT", "verbal"),
    ("The mine owner said the union's demand was excessive and offered a 4 percent increase.", "CONCEDE", "verbal"),
    ("The airline offered its pilots a 5 percent pay rise on Monday.", "CONCEDE", "verbal"),  # a concession in bargaining
    ("Tokyo had long resisted renewing the fishing agreement.", "REJECT", "verbal"),
    # a case taken to a court, to arbitration or a body is a complaint; "not ruled out" leaves it possible
    ("The union referred the matter to an arbitration tribunal.", "ACCUSE", "verbal"),
    ("Ecuador has not ruled out taking the case to arbitration.", "ACCUSE", "hypothetical"),
    # a warning of the warner's own side's step is a threat, a strike kept up until the other side yields too (T4)
    ("The dockers' union warned that the strike would spread to every port.", "THREATEN", "verbal"),
    ("The Mineworkers Union of Zambia said the strike would go on until the company raised wages.", "THREATEN", "verbal"),
    (("Bolivia's teachers' union said the strike would go on until the government withdrew the bill, and strikers blocked "
      "the main highway on Monday."), "PROTEST", "actual"),  # the second clause does not share the condition
    # a court setting aside a contract, a licence or a decree, or annulling a vote, rejects it by an act (T6)
    ("A court in Lask suspended the mining contract of a Chilean firm on Monday.", "REJECT", "actual"),
    ("The High Court cancelled the broadcasting licence of the opposition newspaper.", "REJECT", "actual"),
    ("The constitutional court revoked the decree on Friday.", "REJECT", "actual"),
    ("The Constitutional Court annulled the result of the regional election on Monday.", "REJECT", "actual"),
    ("The Constitutional Court annulled the result of the regional election on Monday.", "ELECTION", "negated"),
    ("The electoral tribunal annulled last month's mayoral vote in Ossa.", "ELECTION", "negated"),
    # a vote due, a closure timetabled, a closing named by its noun
    ("Zambia's electoral commission said a runoff must be held within 14 days.", "ELECTION", "future"),
    ("Peru's electoral board said a rerun would be held in the Ossa district next month.", "ELECTION", "future"),
    ("Ghana said it would close its border with Togo. The closure of the main crossing will take effect on Monday.",
     "SANCTION", "future"),
    ("The junta ordered the closure of two independent radio stations.", "COERCE", "actual"),
    ("The military government announced the shutdown of three news websites on Friday.", "COERCE", "verbal"),
    # a mandate renewed by a vote; a trial announced beside an arrest; troops held where they are by order
    ("The Security Council voted to extend the UN mission in Mali for six months.", "AGREE", "actual"),
    ("The mutineers had been arrested and would face a military court, Guinea's prime minister said.", "COERCE", "verbal"),
    ("The mutineers had been arrested and would face a military court, Guinea's prime minister said.", "COERCE", "actual"),
    ("The defence minister ordered the troops to stay in the border region until further notice.", "MOBILIZE", "actual"),
    ("Bolivia responded by ordering Chile's chargé d'affaires to leave the country.", "SANCTION", "actual"),
    # a demand made at a protest is the protesters' own, residents or not (S3c is for comment)
    ("Residents blocked the main road on Monday, demanding that the council restore water supplies.", "REQUEST", "verbal"),
    # acts announced, called, scheduled or denied, each in its own mode
    ("The Sahelian juntas announced their withdrawal from the regional bloc.", "SANCTION", "verbal"),
    ("The Finnish premier announced he would step down after the defeat.", "RETREAT", "verbal"),
    ("Dock workers' unions have called a national strike for Thursday.", "PROTEST", "future"),
    ("The Estonian president called a snap parliamentary election for March 3.", "ELECTION", "future"),
    ("Bangladesh's interim leader said elections would be held within a year.", "ELECTION", "future"),
    ("Chile's next presidential election is not due until 2029.", "ELECTION", "future"),
    ("Thailand denied shelling the village and asked the U.N. to send observers.", "REQUEST", "verbal"),
    ("Soldiers detained three farmers near the border, accusing them of spying, according to residents.", "ACCUSE",
     "verbal"),  # the participle rides on a deed the residents report, no assessment of theirs
    ("The minister said Chile would not send its navy into the disputed waters.", "MOBILIZE", "negated"),
    ("Lao authorities opened two shelters for the flood victims on Monday.", "AID", "actual"),
    ("The Kenyan embassy had no immediate comment.", "STATEMENT", "negated"),  # S2
    ("The Indian army chief said his troops would return fire if shells landed on Indian soil again.", "THREATEN", "verbal"),
    ("A presidential election is due in Kenya in January 2027.", "ELECTION", "future"),
    # a denial of one's own act codes the act, negated; weapons used against a place are an attack
    ("The army denied using drones against villages in the north.", "ASSAULT", "negated"),
    ("Rebels said the army had used artillery against their positions on Sunday.", "ASSAULT", "actual"),
    # the parser may read "chair" as a noun and hang the meeting on "is due"
    ("Ishiba is due to chair a video meeting of Group of Seven leaders with President Lula on Friday.", "CONSULT", "future"),
    # removals of people are deportations (not an office holder removed, T3)
    ("Chile's interior ministry said removals of migrants from Arica would continue.", "COERCE", "verbal"),
    # S2: not saying how long, how many
    ("Colombian officials did not say how long the patrol boats would remain.", "STATEMENT", "negated"),
    # M2: what a source is committed to is pledged, not yet done
    ("The five governments committed themselves to sharing patrol data from next year.", "COOPERATE", "verbal"),
    ("The minister said Freedonia remained committed to close security cooperation with Ruritania.", "COOPERATE", "verbal"),
])
def test_an_act_is_coded_in_its_mode_beside_any_other(text, kind, mode):
    found = [(e.type, e.mode) for e in events_of(text)]
    assert (kind, mode) in found, found


@pytest.mark.parametrize(("text", "absent"), [
    ("The opposition walked out of talks with the government on Monday.", "CONSULT"),
    ("Army spokesman General Tom Deng denied shelling civilian areas.", "REJECT"),  # the act denied, no rejection
    ("Lawmakers will vote on the budget bill on Tuesday.", "ELECTION"),  # a vote on a motion, no ballot
    ("Kenyans voted in favour of the new constitution.", "ELECTION"),
    ("The central bank governor said prices would rise if the deal was not approved.", "THREATEN"),
    ("The movement said it would treat the ruling as if it did not exist.", "THREATEN"),
    ("The bank said it would raise the loan if the province set up a water authority.", "THREATEN"),
    ("Peru withdrew its ambassador from Caracas on Tuesday.", "RETREAT"),
    ("The prime minister fired the finance minister on Tuesday.", "ASSAULT"),
    ("Government bonds rallied after the vote.", "PROTEST"),
    ("The king will exercise the powers of parliament until new elections.", "MOBILIZE"),
    ("Colombia sent 12 suspects to Spain to face trial.", "AID"),
    ("The embassy did not respond to a request for comment.", "REQUEST"),
    ("Regional leaders urged the junta to halt air strikes on villages.", "ASSAULT"),
    ("The rebel alliance announced a one-month pause in military operations.", "ASSAULT"),
    ("The general told his men to return to their bases.", "CONCEDE"),
    ("The prime minister has ruled out stepping down.", "RETREAT"),
    ("Kenya accused Uganda of supplying weapons to the rebels.", "AID"),
    ("A police spokesman said five men had been detained and would face terrorism charges.", "ACCUSE"),
    ("Hesse, a former presenter, had served as communications minister since 2022.", "APPOINT"),
    ("The minister said the capital could send help to the island, where the storm struck on Wednesday.", "THREATEN"),
    ("The president refused to rule out using military force to take the islands.", "ASSAULT"),
    ("The premier called off a planned trip to Lisbon to deal with the floods.", "SANCTION"),
    ("The president said he would delay the reform to give local parties time to negotiate.", "CONSULT"),
    ("Freedonian state television aired footage of the raid released by the Ruritanian army.", "CONCEDE"),
    ("Leaked Ruritanian cabinet documents released this week showed the plan had been shelved.", "CONCEDE"),
    ("The governor said the president had no authority to fire him.", "DISMISS"),
    ("The deal paves the way for Ivan Brod to become Freedonia's prime minister next month.", "APPOINT"),
    ("Ivan Brod became Freedonia's prime minister on Tuesday after winning a vote in parliament.", "APPOINT"),
    ("Ruritania stopped shelling Freedonia on Monday.", "ASSAULT"),
    ("Ruritania and Freedonia agreed on Tuesday to stop targeting each other's ships.", "THREATEN"),
    ("Ruritania summoned Freedonia's ambassador to protest against the arrests.", "PROTEST"),
    ("Freedonia cancelled a planned visit by the Ruritanian trade minister in protest.", "PROTEST"),
    ("The jailed Freedonian opposition leader has ten days to appeal.", "REQUEST"),
    ("The Ruritanian envoy accepted the credentials of the new Freedonian ambassador.", "AGREE"),
    ("The Freedonian minister said the new border law would only deepen the crisis.", "COOPERATE"),
    ("The African Union said it would send a mediation panel to Lask.", "AID"),
    ("Ruritania and Freedonia agreed on Tuesday to end the fighting, the Omani foreign ministry said, "
     "after two months of heavy Ruritanian air strikes on the border towns.", "THREATEN"),
    ("Freedonian senators condemned the deal, with one senator calling it a gift to Ruritania.", "STATEMENT"),
    ("The Freedonian prime minister expelled the Green Party, the junior coalition partner, from the government.",
     "SANCTION"),
    ("Ruritania beat Freedonia 2-1 in the final on Sunday.", "ASSAULT"),
    ("Two Ruritanian military aircraft carrying deported migrants landed in Freedonia.", "AID"),
    ("The drug cartels fight for control of the ports.", "ASSAULT"),
    ("Freedonia put its troops on alert and agreed with Ruritania to hold joint patrols.", "AGREE"),
    ("Freedonia has ruled out new talks unless Ruritania withdraws its troops.", "THREATEN"),
    ("The minister said the country could not meet the repayment.", "CONSULT"),
    ("Freedonia accused Ruritania of hiring mercenaries to help carry out attacks in the north.", "ASSAULT"),
    ("Freedonia accused Ruritania on Monday of sending thousands of soldiers to back the separatists.", "SUPPORT"),
    ("Pakistan's foreign ministry did not say when the border crossing would reopen.", "CONCEDE"),
    ("A spokesman declined to comment on the status of talks with creditors.", "CONSULT"),
    ("The militia, which is backed by Freedonia, attacked the town.", "SUPPORT"),
    ("Freedonia vowed to keep sending aid until the war ends.", "THREATEN"),
    ("The text must still be approved by the member governments.", "APPOINT"),
    ("The prime minister was toppled by mass protests in May.", "DISMISS"),
    ("The electoral commission disqualified the Freedom Party from the general election.", "ELECTION"),
    ("The bureau barred the former mayor from standing in the May presidential election.", "ELECTION"),
    ("The front, which seeks independence and is backed by Freedonia, said it would fight on.", "SUPPORT"),
    ("The Freedonian president has not said whether he would veto the bill.", "REJECT"),
    ("A Ruritanian spokesman declined to say whether Ruritania would target Freedonian wine exports.", "THREATEN"),
    ("The ferry left the port of Lask on Monday.", "RETREAT"),
    ("The Freedonian government lifted its blockade of the rebel-held port.", "RETREAT"),
    ("The justice minister called the veto an attack on the rule of law.", "ASSAULT"),
    ("The Freedonian navy launched joint patrols to curb piracy and kidnappings in the strait.", "COERCE"),
    ("The censure motion won 180 votes, short of the 200 needed to bring down the government.", "ELECTION"),
    ("The censure motion won 180 votes, short of the 200 needed to bring down the government.", "DISMISS"),
    ("The speaker said the vote on the pension bill would be postponed.", "ELECTION"),
    ("The premier said he would name a new finance minister to replace Ivan Brod, who resigned.", "DISMISS"),
    ("The opposition had threatened to file an accusation against the minister if she did not resign.", "ACCUSE"),
    ("The premier accused the opposition of trying to stage a coup.", "ASSAULT"),
    ("The bloc said it would not recognise the vote unless all parties were allowed to take part.", "COOPERATE"),
    ("Freedonia held a referendum last year in which voters backed the creation of a new region.", "SUPPORT"),
    ("Under the constitution, the assembly must elect a new speaker within ten days.", "ELECTION"),
    ("Freedonian Chancellor Ivan Brod said Europe must guard its steel makers but should avoid a trade war.", "REQUEST"),
    ("Freedonian Premier Ivan Brod said the border row was a dispute that must be settled by talks.", "REQUEST"),
    ("Turnout in Freedonia was 38%, the lowest for a presidential vote since 1991.", "ELECTION"),
    ("The Freedonian president dissolved the senate, saying a snap election would cut the deficit.", "ELECTION"),
    ("The World Food Programme said on Friday it had suspended operations in rebel-held Kordofan.", "RETREAT"),
    ("Ruritanians backed a plan to merge two provinces in a referendum on Sunday.", "SUPPORT"),
    ("The rebels said they would respond positively to any serious offer of talks.", "THREATEN"),
    ("The ministry said it had no intention of closing the border crossing.", "REJECT"),
    ("The interior ministry said it had broken up a fraud network operating in three provinces.", "ACCUSE"),
    ("Farmers' unions clashed with riot police outside the ministry in Lask.", "ASSAULT"),
    ("Freedonia and Ruritania held a second round of talks in Lask on Monday.", "ELECTION"),
    ("About 1,500 US troops are stationed in Syria.", "MOBILIZE"),  # where forces are (X3)
    ("About 350 Chadian soldiers had been stationed in the region.", "MOBILIZE"),
    ("Traffic was blocked for hours after the accident.", "COERCE"),
    ("The sanctions have hit the Russian economy hard.", "ASSAULT"),
    ("Asked about the strikes, the Peruvian minister said the army would stay in the barracks.", "REQUEST"),
    ("Journalists asked the minister about the budget.", "REQUEST"),
    ("Police are investigating the cause of the fire.", "ACCUSE"),  # an inquiry into a person, not a cause
    ("A strike by air traffic controllers grounded flights across Italy.", "ASSAULT"),
    ("Swiss voters voted against the proposal in a referendum on Sunday.", "REJECT"),  # the ballot's outcome
    ("Students protested in Tbilisi after Georgia's government withdrew the bill.", "RETREAT"),
    ("Teachers in Kenya went on strike over pay.", "ASSAULT"),
    ("The ministry did not immediately respond to a request for comment.", "REQUEST"),
    ("Bolivian police arrested 30 miners in Oruro on Friday when they refused to leave the square, the ministry said.",
     "REJECT"),  # the occasion of the arrest
    ("Police detained the union leader in Nairobi on charges of organising illegal rallies, his party said.", "PROTEST"),
    ("Police detained the union leader in Nairobi on charges of organising illegal rallies, his party said.", "ACCUSE"),
    ("Indonesia's navy seized two Vietnamese trawlers for fishing illegally near Natuna, a navy spokesman said.", "ACCUSE"),
    ("The president said the vote brought the two sides closer to signing a peace deal.", "AGREE"),
    ("Freedonia will sign the treaty only after Ruritania amends its constitution, which requires a referendum.", "ELECTION"),
    ("The ousted mayor will challenge his dismissal before the Supreme Court, his lawyer said.", "DISMISS"),
    ("A meeting of the joint commission that had been planned for June was called off by Chile.", "CONSULT"),
    # X3: rules and capabilities, not acts; S3c: speakers who are no political actor; X2: what a ban keeps from happening
    ("A president can remove the central bank governor only for cause.", "DISMISS"),
    ("A prime minister may dismiss ministers at any time without giving a reason.", "DISMISS"),
    ("The law allows the president to appoint judges without the approval of parliament.", "APPOINT"),
    ("The new law bans smoking in public places.", "COERCE"),
    ("A court can order the release of a detainee only if the prosecution fails to file charges.", "CONCEDE"),
    ("The documentary shows the bombing of the city in 1945.", "ASSAULT"),
    ("Analysts warned that the currency could fall further.", "THREATEN"),
    ("Economists warned that the budget deficit could widen sharply next year.", "THREATEN"),
    ("Police banned the opposition from holding rallies in the capital.", "PROTEST"),
    ("Israel barred two US congresswomen from visiting the country.", "CONSULT"),
    ("Russia banned 92 Americans from entering the country.", "COERCE"),  # an entry ban is a sanction
    ("Congolese President Felix Mbala was sworn in for a second term.", "APPOINT"),  # the vote is the event
    ("Slovakia elected a former judge as president on Sunday.", "APPOINT"),  # voters elect, nobody appoints
    ("Thailand and Malaysia launched a joint operation against human trafficking.", "ASSAULT"),
    ("The president accepted the resignation of the prime minister on Sunday.", "AGREE"),
    ("The ban on exports was lifted in May.", "SANCTION"),  # a ban told before, now lifted
    ("The Freedonian foreign minister postponed his trip to Lask in protest at the arrests.", "PROTEST"),
    ("Ruritania summoned the Freedonian envoy to protest what it called an illegal raid.", "PROTEST"),
    ("Ruritania vetoed the resolution at the council, casting the only vote against it.", "ELECTION"),
    ("If no party wins a majority, the king can dissolve the assembly and call a new election.", "ELECTION"),  # X3
    ("If no party wins a majority, the king can dissolve the assembly and call a new election.", "DISMISS"),  # X3
    ("The minister urged parliament to pass a bill that would let the president sack the central bank governor.",
     "DISMISS"),  # what a bill would allow
    ("The motion, signed by 40 lawmakers, accused the premier of corruption.", "AGREE"),
    ("The Ruritanian embassy congratulated the new premier and said Lask looked forward to working with her cabinet.",
     "COOPERATE"),  # a hope
    ("The mediator urged both sides to resume talks on reopening the border crossings.", "CONCEDE"),  # what talks are on
    ("Freedonia, which leads the coalition backing the rebels, released 12 prisoners on Monday.", "SUPPORT"),
    ("The senator criticised the decree as a power grab that would target independent journalists.", "ASSAULT"),
    ("The Freedonian premier said her government would ask the European Union to add the border guards involved to "
     "its sanctions list.", "SANCTION"),  # X2: part of what is asked
    ("Dock workers staged a strike on Monday, deepening fuel shortages across the country.", "COOPERATE"),
    ("The three countries signed a deal under which Ruritania will release more water from its dams.", "CONCEDE"),
    # what a signed accord provides for is its content, not a second act (X2)
    ("Chile and Peru signed an accord on Monday to share water from the Lauca River.", "COOPERATE"),
    ("The treaty also sets up a joint commission to monitor flows and share data.", "COOPERATE"),
    # the act a protest is against is what it is about (P1)
    ("Hundreds of farmers marched in Lask on Friday against their government's decision to accept the tariff caps.", "AGREE"),
    # a vote as a point in time, or as the way a chamber appoints, is no election
    ("Police deployed armoured vehicles around parliament ahead of Thursday's vote.", "ELECTION"),
    ("In a second vote the same day, lawmakers elected Anna Berg as prime minister.", "ELECTION"),
    # an absence, a lack of mandate, a hope about a vote and what is congratulated: no act (X2, X3, X1)
    ("The army reported no attacks on polling stations.", "ASSAULT"),
    ("The senate rejected the deal, saying the government had no mandate to sign security agreements.", "AGREE"),
    ("The embassy said it hoped the election would be free and fair.", "ELECTION"),
    ("The Kremlin said Putin had congratulated her on her nomination.", "APPOINT"),
    # a domestic decree or bill approved is no agreement between parties
    ("The cabinet approved a decree on Thursday raising teachers' salaries.", "AGREE"),
    ("Okafor replaces Bello, who stepped down in March.", "DISMISS"),  # a post left vacant is filled (T7)
    # figures released, a cause that helped, the reason an act was done, a drill with weapons, civilian flights
    ("The company released its quarterly earnings on Tuesday.", "CONCEDE"),
    ("The economy grew by 3% last year, helped by strong exports.", "AID"),
    ("The prime minister resigned on Friday, bowing to pressure from his own party.", "CONCEDE"),
    ("Lithuanian troops held drills with live ammunition near the border.", "COOPERATE"),
    ("Lithuania beefed up security along its border with Belarus.", "COOPERATE"),
    ("Private contractors fly the helicopters used for fire-fighting.", "MOBILIZE"),
    # a favourable level is no adverse condition (T4); a legal appeal asks no party; a class of states does no act (X3)
    ("The adviser said Ghana would buy more power if prices stayed below 8 cents a kilowatt hour.", "THREATEN"),
    ("The company said it would appeal to the constitutional court.", "REQUEST"),
    ("The mayor said he would stay in office until the court had heard his appeal.", "REQUEST"),
    ("Tuvalu, one of a handful of countries that recognise Taiwan, has no ties with Beijing.", "SUPPORT"),
    ("The first round of talks on the water dispute opened in Lusaka on Monday. The second round is due to take place in "
     "Harare in March.", "ELECTION"),
    ("Ruritania accused a hacking group of breaching the servers of the Commission on Elections.", "ELECTION"),
    ("The minister said the detainees would be handed back to Freedonia once Lask sent a plane for them.", "MOBILIZE"),
    ("Hundreds of fishermen blockaded the port of Lask on Monday, demanding that the ministry reject the quota cut.", "REJECT"),
    ("Hundreds of fishermen blockaded the port of Lask on Monday, demanding that the ministry reject the quota cut.", "COERCE"),
    ("The governor said the province would not pay any ransom and appealed to the army to free the hostages.", "STATEMENT"),
    ("Freedonia rejected the criticism, saying the drills were routine.", "STATEMENT"),
    ("The Ruritanian minister said Lask supported the bid and urged Freedonia to reconsider.", "STATEMENT"),
    ("Gunmen raided two villages in the Ossa region on Sunday.", "COERCE"),
    ("The two leaders held a joint news conference in Lask.", "COOPERATE"),
    ("Riot police trained with rubber bullets before the march.", "COOPERATE"),  # what they trained with, no partner
    ("The two foreign ministers held an exchange of views on the border dispute.", "CONCEDE"),
    ("The sports minister urged Freedonia to allow the match to go ahead with exchanges of fans.", "CONCEDE"),
    ("Ruritania vetoed a draft resolution that would have called on all states not to arm the rebels.", "REQUEST"),
    ("A militia leader who calls himself General Tiger said his men would attack convoys.", "CONSULT"),  # a name taken
    ("A group calling itself the Free Army claimed the attack.", "CONSULT"),
    ("The rebel, who called himself a patriot, was arrested on Monday.", "CONSULT"),
    ("The union walked out of talks with the employers on Monday.", "PROTEST"),  # talks left (T1), no strike
    ("The walkout, called by the dockers' union, shut the port for a day.", "CONSULT"),
    ("The two sides agreed to convene the joint border commission next month.", "COOPERATE"),
    ("The ministry welcomed Alvarez's appointment on Monday.", "CONSULT"),
    ("The minister dismissed what he called baseless rumours about his health.", "DISMISS"),
    ("Turkey, which hosts 3.5 million Syrian refugees, called for a ceasefire.", "CONSULT"),  # a state of things (X3)
    ("Uganda hosts more than a million South Sudanese refugees.", "CONSULT"),
    ("Iraq has yet to answer a Syrian request to release the detained fishermen.", "CONCEDE"),  # what is asked (X2)
    ("The government received a request from the union to lift the curfew.", "CONCEDE"),
    ("Israel will pay for this crime, the group said.", "AID"),
    ("The president said troops would remain in the north until elections were held.", "THREATEN"),
    ("Algeria, which expelled hundreds of Malians in March, deployed troops to its southern border.", "COOPERATE"),
    ("Greece and Cyprus signed a pact to hold joint naval exercises twice a year.", "AGREE"),  # cooperation agreed
    ("The house was taken in a raid.", "AID"),
    ("Police took in three suspects for questioning.", "AID"),
    # what a thing, a sum or another's strike could bring about is foreseen, not threatened
    ("The farmers' federation warned that a long drought could cut the harvest by a third.", "THREATEN"),
    ("The health ministry warned that a funding shortfall of $2 billion could force three clinics to close.", "THREATEN"),
    ("Ruritania's ports authority warned that a prolonged dock strike could halve exports.", "THREATEN"),
    ("The deal gives Ruritania 60 percent of the catch, leaving a quarter for Freedonia.", "RETREAT"),  # a share left
    ("A runoff must be held within 14 days, the electoral commission said.", "REQUEST"),  # a timetable, asked of nobody
    ("Angola offered any assistance requested.", "REQUEST"),  # what is asked for, no request told
    ("The minister said he had raised the issue with his Chinese counterpart.", "ACCUSE"),  # no court, no body
    ("Tokyo had long resisted renewing the fishing agreement.", "AGREE"),  # what is resisted is not done
    ("The company said the union's demand was unaffordable.", "REQUEST"),  # a demand spoken of, not made
    ("A State Department spokesperson said Washington would keep Syria on its list of state sponsors of terrorism.",
     "ACCUSE"),  # the name of a list
    ("The court ordered the company to halt all drilling.", "MOBILIZE"),  # what is halted is not done
    ("Ecuador's energy minister said the government would appeal the ruling.", "REQUEST"),  # a legal remedy, no plea
])
def test_words_that_name_no_such_act(text, absent):
    assert absent not in [e.type for e in events_of(text)]


@pytest.mark.parametrize(("text", "sentence"), [
    ("AMMAN, Oct 28 (Wire) - Jordanian lawmakers filed a no-confidence motion against the government on Wednesday. "
     "House Speaker Ibrahim Zoubi said the confidence vote would be held on November 3.", "House Speaker"),
    ("DUBLIN, Nov 6 (Wire) - Aoife Brennan won the Dublin Bay South by-election by 112 votes on Friday. "
     "Turnout was 44 percent, slightly higher than at the general election.", "Turnout"),
])
def test_a_chamber_vote_held_or_an_election_compared_with_is_no_election(text, sentence):
    """A confidence vote is the chamber's ballot on a motion, however it is scheduled; a vote a
    figure is compared with ("higher than at the general election") is not told as news."""
    assert not [e for e in events_of(text) if e.type == "ELECTION" and e.evidence.startswith(sentence)]


@pytest.mark.parametrize(("text", "kind"), [
    ("Thousands of Serbian students protested in Belgrade on Saturday. The demonstration ended peacefully in the evening.",
     "PROTEST"),
    ("Chile held a referendum on Sunday. Observers said the referendum had been calm and orderly.", "ELECTION"),
])
def test_an_event_told_before_is_not_coded_again_as_a_bare_subject(text, kind):
    assert [e.evidence[:8] for e in events_of(text) if e.type == kind] == [text[:8]]


def test_an_attack_that_stops_is_a_retreat_not_an_attack():
    kinds = [e.type for e in events_of("The defence minister said the shelling of the port would stop at midnight.")]
    assert "RETREAT" in kinds and "ASSAULT" not in kinds, kinds


@pytest.mark.parametrize(("text", "kind", "absent"), [
    ("The Ruritanian president agreed to pause planned tariffs on Freedonian steel.", "CONCEDE", "AGREE"),
    ("The broadcasting regulator ordered radio stations to stop coverage of the strike.", "COERCE", "STATEMENT"),
    ("The opposition leader was detained after addressing a rally in the capital.", "PROTEST", "STATEMENT"),
    ("Ruritania expelled three Freedonian diplomats, calling the allegations absurd.", "REJECT", None),
    ("Under the treaty, Ruritania has sent dozens of suspects to Freedonia.", "COOPERATE", "AID"),
    ("Rebel authorities barred a UN convoy from entering the town of Kadugli.", "COERCE", "SANCTION"),
    ("Opposition deputies walked out of a parliamentary session on the budget.", "PROTEST", "SANCTION"),
    ("Bolivia protested to Chile over the arrest of two soldiers.", "ACCUSE", "PROTEST"),
    ("Poland condemned Belarusian military exercises near the border.", "MOBILIZE", "COOPERATE"),
    ("Kenya said it had received two helicopters from the United States.", "AID", "CONSULT"),
    ("The ministry said it would pay the farmers 2 billion pesos in compensation.", "AID", "THREATEN"),
    ("Bolivia protested to Chile on Monday over the killing of two farmers by Chilean soldiers.", "ASSAULT", "PROTEST"),
    ("Bangladesh protested to India on Monday over the border shooting.", "ACCUSE", "PROTEST"),
    ("Opposition lawmakers walked out of a parliamentary session in protest at the deal.", "PROTEST", "SANCTION"),
    ("Rebel authorities barred a patrol of the monitoring mission from entering the town of Ossa.", "COERCE", "SANCTION"),
    ("The union said it would suspend the strike from Monday.", "RETREAT", "STATEMENT"),
    ("Kenya received six patrol boats from Italy on Wednesday.", "AID", "CONSULT"),
    ("Chile and Peru signed a coast guard memorandum and pledged to hold regular exercises.", "COOPERATE", "MOBILIZE"),
    ("The opposition leader called the prime minister a traitor.", "ACCUSE", "STATEMENT"),
    ("The ministry said it would pay affected farmers $20 million from a reserve fund.", "AID", "THREATEN"),
    ("A judge in Lask ordered the captain held pending trial.", "COERCE", "ACCUSE"),
    ("Police beat two protesters outside the court.", "ASSAULT", "ELECTION"),
    ("Rebels launched rockets at the airport on Sunday.", "ASSAULT", "MOBILIZE"),
    ("Ruritania launched a rocket carrying a spy satellite on Friday.", "MOBILIZE", "ASSAULT"),
    ("The tourism ministry told tour operators to suspend group tours to Freedonia.", "SANCTION", "REQUEST"),
    ("The foreign ministry protested that it had not been informed of the arrests.", "ACCUSE", "PROTEST"),
    ("The two leaders held a joint press conference after the talks.", "CONSULT", "COOPERATE"),
    # what is agreed, told by its own verb: done together it is cooperation
    ("Kenya and Uganda agreed on Monday to build a joint rail terminal near the border.", "COOPERATE", "AGREE"),
    ("The two governments agreed to study a second pipeline.", "COOPERATE", "AGREE"),
    ("Ghana and Togo agreed on Thursday to mount joint police patrols along their border.", "COOPERATE", "MOBILIZE"),
    ("Peru agreed to build a new road.", "AGREE", "COOPERATE"),  # one party alone
    ("Morocco and Iran agreed on Friday to re-establish diplomatic relations.", "AGREE", "COOPERATE"),  # "re" split off
    # a diplomatic summons in words, not a demonstration
    ("Lithuania summoned China's top representative in Vilnius on Friday to protest the seizure of a ship.", "ACCUSE", "PROTEST"),
    ("Gazprom cut gas deliveries to Moldova by a third on Monday.", "SANCTION", "AID"),
    ("The Estonian foreign minister called the loan a lifeline for the country's farmers.", "SUPPORT", "STATEMENT"),
    ("Lithuania's president called the measure economic bullying.", "ACCUSE", "STATEMENT"),
    ("Britain said it stood with Estonia.", "SUPPORT", "STATEMENT"),
    ("An Australian navy Poseidon is due to fly a surveillance patrol over the Coral Sea next week under an agreement "
     "with Port Moresby.", "COOPERATE", "MOBILIZE"),
    ("Benin and Niger agreed to mount joint patrols to curb the smuggling of fuel, officials from both countries said.",
     "COOPERATE", "ACCUSE"),  # a measure against smuggling accuses nobody
    ("Bolivia broke off talks with Chile on Monday.", "SANCTION", "CONSULT"),  # T1: talks left, not held
    ("Insurgents released a Norwegian aid worker on Sunday.", "CONCEDE", "AID"),  # the worker's trade, not what is released
    ("A court in Madrid approved on Tuesday the extradition of a former Colombian minister.", "COOPERATE", "AGREE"),
    # a state's protest, a court's order, goods seized, a takeover blocked, relations restored, a visit offered
    ("Kenya's foreign ministry protested against the arrest of its nationals in Uganda.", "ACCUSE", "PROTEST"),
    ("The regional court ordered Kenya to free the two journalists.", "REQUEST", "CONCEDE"),
    ("Customs officers seized 300 high-powered rifles at the port on Friday.", "COERCE", "ASSAULT"),  # A2
    ("Kenya's competition authority blocked the merger of the two banks.", "REJECT", "COERCE"),
    ("Lebanon and Syria agreed on Monday to restore diplomatic relations and reopen their embassies.", "AGREE", "CONCEDE"),
    ("The Nigerian president invited the Ghanaian president to Abuja to sign the pipeline accord.", "CONSULT", "AGREE"),
    ("The two foreign ministers agreed to hold another round of talks in Nairobi next month.", "CONSULT", "COOPERATE"),
    ("Indigenous groups mounted road blockades against the dam on Monday.", "PROTEST", "COERCE"),
    ("Ugandan students rallied in Kampala on Friday to denounce Kenya's port deal.", "PROTEST", "ACCUSE"),  # what it says
    # A2: a station, a barracks, a town taken, also when "it" stands for it
    ("Mutinous soldiers seized the state television station in the capital on Friday.", "ASSAULT", "COERCE"),
    ("Rebels captured the main army barracks in the north on Sunday.", "ASSAULT", "COERCE"),
    ("Mutinous soldiers seized the state radio station, and loyalist troops retook it hours later.", "ASSAULT", "COERCE"),
    ("The army lost the border town to the rebels on Sunday.", "ASSAULT", "ELECTION"),
    # shares divided are a settlement of substance, not joint work
    ("Chile and Peru agreed to split the disputed fishing quota equally.", "AGREE", "COOPERATE"),
    ("The three states agreed on Monday to divide the river's water among themselves.", "AGREE", "COOPERATE"),
    ("A strike called by the civic committee paralysed the city on Monday.", "PROTEST", "ASSAULT"),  # a strike called
    ("Berlin has resisted pressure to send long-range missiles to Kyiv.", "REJECT", "AID"),
])
def test_acts_read_through_their_wording(text, kind, absent):
    kinds = [e.type for e in events_of(text)]
    assert kind in kinds and absent not in kinds, kinds


def test_a_lost_vote_in_parliament_is_no_election():
    kinds = [e.type for e in events_of("The prime minister lost the vote after asking parliament to back his budget.")]
    assert "ELECTION" not in kinds, kinds


def test_following_suit_repeats_the_act_before():
    events = events_of("Freedonia announced on Monday that it would leave the customs union. "
                       "Ruritania is expected to follow suit next month.")
    assert [e.type for e in events if e.evidence.startswith("Ruritania")] == ["SANCTION"], events


def test_no_government_following_suit_is_negated():
    events = events_of("Ruritania recognised the new government on Thursday. No Western government has followed suit.")
    assert [e.mode for e in events if e.evidence.startswith("No Western")] == ["negated"], events


def test_longest_country_name_wins():
    events = events_of("Papua New Guinea's parliament must still ratify the treaty. "
                       "South Sudanese security forces arrested the vice president. "
                       "Bosnian Serb leader Milorad Dodik said he would not recognise the decision.")
    assert [e.source_country for e in events] == ["PNG", "SSD", "BIH"], events


@pytest.mark.parametrize(("text", "kind"), [
    ("Ruritania dispatched a navy ship with relief supplies to the island.", "AID"),
    ("Ruritania dispatched a frigate to the strait.", "MOBILIZE"),
    ("Freedonia offered to help rebuild the port.", "AID"),
])
def test_what_is_sent_names_the_act(text, kind):
    assert kind in [e.type for e in events_of(text)]


def test_a_reported_deed_is_no_plain_statement():
    kinds = [e.type for e in events_of("Chilean President Ana Rojas said her government had repaired the border bridge.")]
    assert "STATEMENT" not in kinds, kinds
    kinds = [e.type for e in events_of("Chilean President Ana Rojas said Peru valued its relations with Chile.")]
    assert "STATEMENT" in kinds, kinds


@pytest.mark.parametrize(("text", "kind", "absent"), [
    # a lexicon round: words and frames of diplomatic, election and protest news
    ("The Serbian foreign ministry called the OSCE “one-sided”.", "ACCUSE", "CONSULT"),  # a name given, no phone call
    ("Nepal's prime minister branded the ban “a collective punishment”.", "ACCUSE", "STATEMENT"),
    ("The ruling Awami League kept its majority in the regional assembly.", "ELECTION", None),
    ("The Gabonese government suspended mobile internet services after the vote.", "COERCE", None),
    ("The European Union stripped Georgia of visa-free access in March.", "SANCTION", None),
    ("The AU chairman said the bloc “stands in solidarity” with Sudan and urged donors to send food.", "SUPPORT", None),
    ("The Security Council renewed the mission's authority to patrol the coast.", "AGREE", None),
    ("Peru's mining regulator suspended the licence of a Canadian-owned gold mine.", "COERCE", None),
    ("Loyalist troops retook the state radio on Tuesday.", "ASSAULT", None),
    ("Hundreds of farmers blocked the access road to the plant on Monday.", "PROTEST", "COERCE"),  # a crowd's blockade
    ("Kenya said it reserved the right to strike militant camps inside Somalia.", "THREATEN", "ASSAULT"),  # T4
    ("Rebels seized the capital and ousted the president in March.", "ASSAULT", "DISMISS"),  # T3: a coup
    ("Mutinous soldiers ousted President Kabore in January.", "ASSAULT", "DISMISS"),
    ("Vietnam's foreign ministry said it hoped China would respect its sovereignty.", "REQUEST", "STATEMENT"),
    ("Moldova retaliated by ordering a Russian diplomat to leave the country, a spokesman said.", "SANCTION", "THREATEN"),
    ("Relations soured after Mali's junta accused Algiers in 2023 of harbouring rebels, a charge Algerian officials dismissed.",
     "REJECT", None),  # the gapped object read as a modifier of the subject
])
def test_kind_of_act_by_its_frame(text, kind, absent):
    kinds = [e.type for e in events_of(text)]
    assert kind in kinds and absent not in kinds, kinds


@pytest.mark.parametrize("text", [
    "He tried to flee to Kenya.",  # an attempt, no trial
    "The minister said he hoped the talks would succeed.",  # a hope about how things go, no appeal
    "Kenya's electoral commission said turnout was 61 percent.",  # S3: a figure given, no position
    "More than 40 people were tried in the case.",  # the accused of a trial counted, not a new act
])
def test_no_act_in_words_that_only_look_like_one(text):
    assert events_of(text) == []


def test_mediators_named_on_the_parties_meeting_each_mediate():
    events = events_of("Armenian and Azerbaijani negotiators met in Vienna on Friday under Swiss and Austrian mediation.")
    mediators = sorted((e.source_country, e.target_country) for e in events if e.source_country in {"CHE", "AUT"})
    assert mediators == [("AUT", "ARM"), ("CHE", "ARM")], events


def test_a_round_in_a_story_of_talks_is_no_election():
    events = events_of("Iranian and Omani officials held talks in Muscat on Sunday. "
                       "The first round, in April, ended without a statement.")
    assert "ELECTION" not in [e.type for e in events], events


def test_a_measure_announced_beside_one_taken_is_a_second_act():
    events = events_of("Estonia expelled two Russian diplomats and said it would close the Narva crossing.")
    assert sorted(e.mode for e in events if e.type == "SANCTION") == ["actual", "verbal"], events


def test_a_summons_and_an_accusation_are_two_acts():
    events = events_of("Bahrain's foreign ministry summoned Iraq's charge d'affaires in response and accused Baghdad of meddling in "
                       "the kingdom's internal affairs.")
    assert [(e.type, e.target_country) for e in events] == [("ACCUSE", "IRQ")] * 2, events  # guide X4


def test_a_relative_clause_under_a_silence_is_told():
    events = events_of("Manila has not responded to the offer, which comes amid tension over the South China Sea, where "
                       "Chinese coast guard ships fired water cannon at a Philippine fisheries vessel last week.")
    assert [(e.source_country, e.target_country) for e in events if e.type == "ASSAULT"] == [("CHN", "PHL")], events


def test_a_trial_by_a_court_told_by_a_ministry_is_scheduled():
    events = events_of("She will be tried by a military tribunal in Kinshasa, the Congolese army said.")
    assert [e.mode for e in events if e.type == "COERCE"] == ["future"], events


def test_a_suspension_at_the_seat_takes_the_dateline():
    events = events_of("LIMA, May 3 (Andes Wire) - Peru's mining regulator on Tuesday suspended the licence of a "
                       "Canadian-owned gold mine.")
    assert [e.location for e in events if e.type == "COERCE"] == ["Lima"], events


@pytest.mark.parametrize(("text", "date", "mode"), [
    ("Kenyans vote on Saturday in a presidential election.", "2024-11-09", "future"),  # published Thursday 2024-11-07
    ("Zambians go to the polls on Sunday to elect a new president.", "2024-11-10", "future"),
    ("Government troops retook the border post on Tuesday after hours of fighting.", "2024-11-05", "actual"),  # tagged present
    ("Protesters gather every Friday outside the parliament in Tbilisi.", None, "actual"),  # a habit has no day
])
def test_the_bare_present_with_a_day_puts_calendar_acts_ahead(text, date, mode):
    [event] = events_of(text)[:1]
    assert (event.date, event.mode) == (date, mode)


@pytest.mark.parametrize("text", [
    "The palace gave no reason for the sacking of the army chief.",
    "The ministry suspended the governor without giving an explanation.",
    "The junta did not give a justification for the ban.",
])
def test_a_reason_withheld_is_a_statement_declined(text):
    assert [(e.type, e.mode) for e in events_of(text) if e.type == "STATEMENT"] == [("STATEMENT", "negated")]


@pytest.mark.parametrize(("text", "place"), [
    ("Fighting broke out in Goma on Monday. Rebels shelled the city overnight, the army said.", "Goma"),
    ("Gunmen attacked a market in Kaya on Sunday. The militants also torched the town's mosque, residents said.", "Kaya"),
    ("President Ruto met Tanzania's president on Monday. Protesters marched through the city on Tuesday.", None),
])
def test_the_city_told_before_is_the_place_of_an_act_in_the_city(text, place):
    event = events_of(text)[-1]
    assert event.location == place


@pytest.mark.parametrize(("text", "kind", "mode", "absent"), [
    # somebody coming back hands nothing back; back in the square, a crowd protests again
    ("The exiled opposition leader returned to power in 2019 after a landslide win.", None, None, "CONCEDE"),
    ("Strike leaders said they would return to the square on Monday.", "PROTEST", "verbal", "CONCEDE"),
    # a crowd in a past-perfect relative clause is the protest the news is about
    ("Police used water cannon on hundreds of farmers who had gathered outside the ministry to demand compensation.",
     "PROTEST", "actual", None),
    ("Aid agencies pulled out after war broke out between the army and the Northern Front in May 2021.",
     "ASSAULT", "actual", None),  # the sides of the war on the verb
    ("The supreme court upheld the recount and declared her opponent, Tomas Varga of the Green Alliance, the winner.",
     "ELECTION", "actual", None),
    # a ban acted on is typed by what it falls on
    ("Chile on Monday extended a ban on imports of Peruvian poultry until March.", "SANCTION", "actual", "COERCE"),
    ("The junta imposed a ban on rallies in the capital.", "COERCE", "actual", "SANCTION"),
    ("Two policemen were hurt when rioters hurled rocks at them.", "ASSAULT", "actual", None),
    ("Prosecutors linked the bombing to the Islamic State group.", "ACCUSE", "verbal", None),  # an act laid at a door
    ("Serbia says it does not recognise the tribunal's authority.", "REJECT", "verbal", "SUPPORT"),  # a stand, not a deed undone
    ("The mayor, who was barred by the constitution from seeking a third term, endorsed his deputy.",
     "SUPPORT", "verbal", "COERCE"),  # X3: what the law lays down
    ("The president has said he sees no reason to dissolve parliament.", "REJECT", "verbal", "DISMISS"),  # X2
    ("The union leader called the dismissals an attempt to silence the workers.", "ACCUSE", "verbal", "COERCE"),
    ("The march had not been sanctioned by the city authorities, police said.", None, None, "SANCTION"),  # permitted
    ("Lawyers say the high court has rarely overturned such verdicts.", None, None, "REJECT"),  # X3: how seldom
    ("Germany has not announced new funding for the refugee camps this year.", "AID", "negated", None),
    # T4: a retaliation that names a non-violent measure is that measure announced, not a threat
    ("The Chilean president said Chile would respond with reciprocal tariffs on Peruvian fruit.", "SANCTION", "verbal",
     "THREATEN"),
])
def test_acts_of_returning_banning_labelling_and_standing(text, kind, mode, absent):
    events = [(e.type, e.mode) for e in events_of(text)]
    assert (kind is None or (kind, mode) in events) and absent not in [t for t, _ in events], events


def test_a_second_reported_clause_with_its_own_subject_is_a_second_act():
    events = events_of("The police chief said 12 people had been arrested and that the governor had imposed a curfew on "
                       "the town.")
    assert [e.type for e in events].count("COERCE") == 2, events


@pytest.mark.parametrize(("text", "absent"), [
    ("The aid agency said its Sahel operation was only 18% funded.", "AID"),  # X3: how far a state has got
    ("Police detained four men suspected of planning bomb attacks on railway stations.", "ASSAULT"),  # the charge
])
def test_states_and_charges_are_no_further_act(text, absent):
    assert absent not in [e.type for e in events_of(text)]


def test_the_cause_of_a_protest_told_before_codes_no_second_protest():
    events = events_of("Thousands of Slovak students marched in Bratislava on Monday. The demonstrations were triggered by "
                       "the government's decision to close two universities.")
    assert [e.type for e in events].count("PROTEST") == 1, events  # X1


@pytest.mark.parametrize(("text", "kind", "mode"), [
    ("The EU's trade commissioner said on Monday that the export curbs were “not acceptable”.", "ACCUSE", "verbal"),
    ("Prosecutors have not charged anyone over the shooting.", "COERCE", "negated"),
    # regret at another's decision, a measure found wanting, a shot blamed on the other side are charges
    ("The European Commission said it regretted the veto.", "ACCUSE", "verbal"),
    ("Austria's Freedom Party said the measures did not go far enough.", "ACCUSE", "verbal"),
    ("The information minister said the opposition guards had fired first.", "ACCUSE", "verbal"),
])
def test_judgements_and_charges_not_brought(text, kind, mode):
    assert (kind, mode) in [(e.type, e.mode) for e in events_of(text)]


def test_what_is_hurled_is_not_whom_it_is_hurled_at():
    [event] = [e for e in events_of("Two policemen were hurt when rioters hurled rocks at them.") if e.type == "ASSAULT"]
    assert event.target_actor != "rocks", event


@pytest.mark.parametrize(("text", "kind", "mode"), [
    ("Japan will increase duties on Chinese steel.", "SANCTION", "future"),  # raised duties are imposed ones
    ("Algeria ordered out four French embassy staff on Monday.", "SANCTION", "actual"),  # an expulsion
    ("Ethiopian troops withdrew from the town under an arrangement reached in May.", "AGREE", "actual"),  # a dated past deal
    ("Zambia terminated a policing arrangement with China in 2023.", "SANCTION", "actual"),  # T1: a deal ended
    ("The protests ended after the Kenyan president withdrew the legislation.", "CONCEDE", "actual"),  # T10, not forces
    ("The Nigerian foreign ministry denied any involvement in the kidnapping.", "ASSAULT", "negated"),  # an abduction
    ("The Nigerian police chief has denied any involvement.", "REJECT", "verbal"),  # a share in no act named: a charge denied
    ("Peru's foreign minister offered Bolivia a joint investigation.", "COOPERATE", "verbal"),
    ("The Indian prime minister said he would not rule out air strikes on militant camps.", "THREATEN", "verbal"),  # T4
    ("West African leaders said they did not rule out the use of force against the junta.", "THREATEN", "verbal"),  # T4
    ("Beijing does not recognise the ruling.", "REJECT", "verbal"),  # a verdict disowned (T6)
    ("Serbia has not accepted the verdict.", "REJECT", "verbal"),
    ("Chadian troops fought alongside Malian soldiers in 2013.", "COOPERATE", "actual"),  # a joint operation (T5)
    ("Rwanda has about 2,000 soldiers fighting alongside Mozambican forces in Cabo Delgado.", "COOPERATE", "actual"),
    ("Bolivia's energy minister said the government would appeal.", "ACCUSE", "verbal"),  # a case filed against a ruling
    ("Canada's trade minister said Ottawa would challenge the duties at the WTO.", "ACCUSE", "verbal"),
    ("Germany has not recognised the government in Niamey, although France did so last year.", "SUPPORT", "verbal"),
    ("Prosecutors charged an Indian consular employee over the murder of a Sikh activist.", "COERCE", "actual"),
    ("The European Union approved 20 million euros in March for the Rwandan mission.", "AID", "actual"),
    ("Sheinbaum said Mexico would not respond with retaliatory tariffs and would instead challenge the duty.", "ACCUSE",
     "verbal"),  # done instead of a negated act, not negated with it
    ("The Costa Rican foreign minister said her country would not be intimidated.", "REJECT", "verbal"),  # no yielding
    ("Armenia and Azerbaijan fought a six-week conflict in 2020.", "ASSAULT", "actual"),  # a war by another name
])
def test_classes_of_acts_missed_before(text, kind, mode):
    found = [e for e in events_of(text) if e.type == kind]
    assert found and found[0].mode == mode, [(e.type, e.mode) for e in events_of(text)]


@pytest.mark.parametrize(("text", "absent"), [
    ("The British-Iranian engineer was arrested in Tehran in 2023 while visiting her family.", "CONSULT"),  # a private visit
    ("India's director general of military operations spoke with his Pakistani counterpart on Wednesday, and the two agreed "
     "to observe the truce, an Indian army statement said.", "ASSAULT"),  # the name of a post
    ("The Canadian premier urged Ottawa to hit back with counter-tariffs on U.S. steel.", "SANCTION"),  # what is urged (X2)
    ("The UN observer force asked both sides to give its patrols unrestricted access.", "MOBILIZE"),  # what is asked (X2)
    ("Ethiopian troops left the town under an agreement reached in May.", "SANCTION"),  # the deal is not what is left
    ("Bolsonaro has five days to appeal.", "ACCUSE"),  # a term left for an appeal (X3)
    ("The insurgency, which began in 2017, has killed more than 6,000 people.", "ASSAULT"),  # a toll
    ("Malian rebels blamed Russian mercenaries fighting alongside the army for the killings.", "COOPERATE"),  # who they are
    ("Protesters were not deterred by the rain.", "REJECT"),  # the rain presses nobody
    ("Egypt's water minister said Cairo reserved its right to take all necessary measures to defend its water security.",
     "SUPPORT"),  # its own interest, nobody backed
])
def test_what_only_looks_like_those_acts(text, absent):
    assert absent not in [e.type for e in events_of(text)], events_of(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("ISLAMABAD, Feb 25 (Wire) - Pakistani and Indian troops exchanged fire on Tuesday. Pakistan's Foreign Office summoned "
     "India's charge d'affaires in Islamabad to lodge a protest.", "ACCUSE"),
    ("The Japanese farm minister is expected to visit Niigata next week to meet rice farmers.", "CONSULT"),
    ("Her lawyer said they would file a lawsuit to challenge the decision.", "ACCUSE"),
    ("Bolivia severed relations with Israel on Tuesday, the first country in the region to do so.", "SANCTION"),  # ranked
])
def test_an_act_done_for_the_same_act_is_one_event(text, kind):
    assert [e.type for e in events_of(text)].count(kind) == 1, events_of(text)


@pytest.mark.parametrize(("text", "kind", "mode"), [
    ("The ruling party said it would appeal to the Constitutional Court.", "ACCUSE", "verbal"),  # a case filed
    ("Ruritania said it was not joining the blockade but would share intelligence with the coalition.", "COOPERATE", "verbal"),
    ("Hospital cleaners walked off the job on Monday over unpaid wages.", "PROTEST", "actual"),  # a strike
    ("Steelworkers walked out on Tuesday in protest at plans to close the plant.", "PROTEST", "actual"),
    ("The cabinet ordered striking miners back to work on Friday.", "COERCE", "actual"),  # a strike ended by decree
    ("Rioters set two buses ablaze in the capital on Sunday.", "ASSAULT", "actual"),  # arson
    ("The parliament of Ruritania failed on Monday to elect a new speaker.", "APPOINT", "negated"),  # a chamber's own officer
    ("Ruritania imposed sanctions on Freedonia over the jailing of opposition leaders.", "COERCE", "actual"),
    ("The president declared a state of disaster in three provinces on Monday.", "COERCE", "actual"),
    ("Mali quit the regional force in 2023.", "SANCTION", "actual"),  # a body left (T1), not troops pulled out
    ("Brazil pledged two transport planes on Monday.", "AID", "verbal"),
    ("About 300 Rwandan soldiers crossed into Congo on Monday.", "MOBILIZE", "actual"),  # forces moved across a border
    ("The last Kenyan soldiers crossed back into Kenya on Friday.", "RETREAT", "actual"),  # forces brought home
    # modes: a finite verb beside a negated modal one is not negated; an invitation is words; "as soon as" is a condition
    ("The premier said on Monday she would not dissolve parliament, and invited opposition leaders to talks at her office on "
     "Friday.", "CONSULT", "verbal"),
    ("Freedonia said it was ready to sign the border treaty as soon as Ruritania was.", "AGREE", "hypothetical"),
])
def test_classes_of_acts_missed_in_q(text, kind, mode):
    found = [e.mode for e in events_of(text) if e.type == kind]
    assert mode in found, [(e.type, e.mode) for e in events_of(text)]


@pytest.mark.parametrize(("text", "absent"), [
    ("Ruritania, which shares the upper river with Freedonia, criticised the dam project.", "COOPERATE"),  # a landform
    ("Remittances hit record levels last year, the central bank said.", "ASSAULT"),  # a level reached
    ("A long stoppage would hit the harvest at its peak.", "ASSAULT"),
    ("The cabinet ordered striking miners back to work on Friday.", "ASSAULT"),  # the miners' strike describes them
    ("Steelworkers walked out on Tuesday in protest at plans to close the plant.", "SANCTION"),
    ("The teachers' union called a march on the Education Ministry for Monday.", "REQUEST"),  # where the march goes
    ("The parliament of Ruritania failed on Monday to elect a new speaker.", "ELECTION"),
    ("Lawmakers are due to hold a second vote for speaker on Friday.", "ELECTION"),
    ("Activists say more than 300 protesters remain jailed.", "COERCE"),  # a state lasting (X3)
    ("The minister warned that foreign firms could have their permits revoked.", "COERCE"),  # what is warned of (X2)
    ("Mali quit the regional force in 2023.", "RETREAT"),
])
def test_what_only_looks_like_those_acts_in_q(text, absent):
    assert absent not in [e.type for e in events_of(text)], events_of(text)


def test_accusations_traded_go_both_ways():
    events = events_of("Peru and Bolivia traded barbs over the lake on Monday.")
    assert sorted((e.source_country, e.target_country) for e in events if e.type == "ACCUSE") == [
        ("BOL", "PER"), ("PER", "BOL")], events


def test_trade_suspended_is_no_exchange():
    events = events_of("Peru retaliated on Friday, suspending all trade with Bolivia.")
    assert {e.source_country for e in events if e.type == "SANCTION"} == {"PER"}, events


def test_a_joint_offensive_is_also_cooperation_between_the_partners():
    events = events_of("Kenyan and Ugandan troops launched a joint offensive against rebel camps on Tuesday.")
    assert [(e.source_country, e.target_country) for e in events if e.type == "COOPERATE"] == [("KEN", "UGA")], events
    assert "ASSAULT" in [e.type for e in events], events


def test_a_building_set_ablaze_in_an_attack_is_the_same_attack():
    events = events_of("Gunmen opened fire on worshippers at the church and set the building ablaze.")
    assert [e.type for e in events].count("ASSAULT") == 1, events


def test_people_charged_told_by_a_number():
    events = events_of("The three are due to be charged on Thursday with inciting violence, Zimbabwean police said.")
    assert [e.mode for e in events if e.type == "COERCE"] == ["future"], events


def test_a_speech_act_is_placed_where_its_doer_was_speaking():
    [article] = onrecord.process([{"id": "v", "text": "Exiled opposition leader Alena Marchuk, speaking in Vilnius on Monday, "
                                   "thanked Switzerland and urged Serbia to follow suit.", "published": "2024-11-07"}])
    assert {e.type: e.location for e in article.events if e.type in {"SUPPORT", "REQUEST"}} == {
        "SUPPORT": "Vilnius", "REQUEST": "Vilnius"}


@pytest.mark.parametrize(("text", "kind", "date"), [
    ("SOFIA, Aug 12 (Wire) - Bulgaria's president on Wednesday dissolved parliament and set a snap election for "
     "October 11.", "ELECTION", "2024-10-11"),
    ("BUCHAREST, May 4 (Wire) - Romania's electoral authority said an election scheduled for December 2025 would go ahead.",
     "ELECTION", "2025-12"),
])
def test_an_act_set_for_a_day_is_dated_that_day(text, kind, date):
    [article] = onrecord.process([{"id": "d", "text": text, "published": "2024-08-12"}])
    assert [e.date for e in article.events if e.type == kind] == [date]


@pytest.mark.parametrize(("text", "kind", "date"), [
    # a "when" clause is dated by the date it hangs on, even one held by "since"
    ("The row is the most serious since 2020, when New Delhi accused Kathmandu of enlarging its claims.", "ACCUSE", "2020"),
    # part of a year told ("in late 2023") fixes the year
    ("The rebels began attacking merchant ships in the Red Sea in late 2023.", "ASSAULT", "2023"),
    # acts counted since a day are many acts, none of them on it; a captivity begun then is dated then
    ("Courts have jailed dozens of activists under the law since 2020.", "COERCE", None),
    ("Police have arrested hundreds of protesters since Friday.", "COERCE", None),
])
def test_a_background_act_takes_the_year_its_phrase_fixes(text, kind, date):
    [article] = onrecord.process([{"id": "d", "text": text, "published": "2026-04-02"}])
    assert [e.date for e in article.events if e.type == kind] == [date]


def test_the_date_of_the_act_charged_is_not_the_accusations():
    [article] = onrecord.process([{"id": "d", "text": "Firefighters' unions accused the government of cutting the forestry "
                                   "budget by 18% last year.", "published": "2026-02-11"}])
    assert [e.date for e in article.events if e.type == "ACCUSE"] == [None]


def test_an_embassy_placed_by_its_own_phrase_is_in_that_city():
    [article] = onrecord.process([{"id": "p", "text": "Several hundred supporters of a political movement rallied outside "
                                   "Bahrain's embassy in Baghdad on Thursday.", "published": "2026-06-25"}])
    protest = next(e for e in article.events if e.type == "PROTEST")
    assert (protest.location, protest.source_country) == ("Baghdad", "IRQ")


def test_an_act_launched_is_not_its_own_target():
    [event] = [e for e in events_of("Rebel fighters launched an assault on army positions near the border.") if e.type == "ASSAULT"]
    assert event.target_actor != "assault", event


def test_a_step_given_beside_one_promised_is_two_acts():
    text = "Uruguay, which has taken in thousands of Venezuelan exiles, said it would offer citizenship to those expelled."
    assert sorted(e.mode for e in events_of(text) if e.type == "AID") == ["actual", "verbal"], events_of(text)


def test_a_charge_told_as_a_deed_is_an_act_of_its_own():
    text = ("Police arrested the journalist Tomas Reyes on Friday. Prosecutors said on Monday he had been charged with "
            "spreading false news.")
    assert {e.trigger for e in events_of(text) if e.type == "COERCE"} == {"arrested", "charged"}, events_of(text)


def test_a_person_named_by_a_pronoun_is_held():
    events = events_of("Police arrested Tomas Reyes on Friday. She said he was being held at a base.")
    assert "held" in [e.trigger for e in events if e.type == "COERCE"], events


def test_a_position_set_against_praise_with_but_is_a_statement():
    kinds = [e.type for e in events_of("The French president welcomed the ceasefire but said the region remained tense.")]
    assert "SUPPORT" in kinds and "STATEMENT" in kinds, kinds


@pytest.mark.parametrize(("text", "absent"), [
    ("The opposition called for a prime minister appointed by parliament.", "APPOINT"),  # what is asked for (X2)
    ("The minister said Quito would accept storing the waste only if Lima helped finance a new plant.", "AID"),  # a condition
    ("Freedonia's sovereign fund, which finances most public spending, lost 8% of its value last year.", "AID"),  # a role
    ("The Ruritanian minister said her government was open to all options on the pipeline.", "THREATEN"),  # no warning
    ("The guns have remained silent since the truce.", "STATEMENT"),  # nobody withholds a comment
    ("Japan hosts the U.S. Seventh Fleet and about 50,000 American troops.", "CONSULT"),  # forces stationed (X3)
    ("Regional council leader Omar Haddad is expected to be sworn in as governor on Monday.", "APPOINT"),  # taking office
])
def test_asked_for_conditions_roles_and_open_options_are_no_acts(text, absent):
    assert absent not in [e.type for e in events_of(text)], events_of(text)


def test_a_dated_verb_read_as_a_modifier_keeps_its_doer_and_object():
    text = ("LONDON, March 3 (Wire) - Britain on Friday imposed sanctions on four Belarusian judges and the head of the "
            "prison service, accusing them of persecuting opposition activists.")
    [event] = [e for e in events_of(text) if e.type == "SANCTION"]
    assert (event.source_country, event.target_country) == ("GBR", "BLR"), event


def test_a_weekday_naming_a_weekly_thing_dates_no_act():
    [event] = events_of("Police arrested the imam Yusuf Karim for inciting violence in Friday sermons.")
    assert event.date is None, event


def test_a_place_a_compass_point_off_is_the_place():
    [event] = events_of("Rebel fighters attacked army positions west of Aleppo on Friday.")
    assert event.location == "Aleppo", event


@pytest.mark.parametrize(("text", "kind", "mode"), [
    ("The constitutional court struck down the fuel subsidy scheme.", "REJECT", "actual"),  # T6: annulled by a court
    ("A labour tribunal ordered the dockers' union to call off the stoppage.", "REQUEST", "verbal"),  # T12: another party
    ("The minister said his government would never give up its claim to the reef.", "REJECT", "verbal"),  # refusal to yield
    ("The mayor said she would not scrap the parking levy despite the protests.", "REJECT", "verbal"),
    ("The lower house censured the finance minister, forcing him from office.", "DISMISS", "actual"),  # T3
    ("The senate could remove Okonkwo-Bassey from the bench next month.", "DISMISS", "hypothetical"),  # a name the parser misses
    ("Ruritania will reintroduce checks on its border with Freedonia from Monday, the interior minister said.", "SANCTION", None),
    ("Freedonia introduced checks at all of its land borders in March.", "SANCTION", "actual"),
    ("The president vowed that those who planted the bomb would be hunted down.", "THREATEN", "verbal"),  # T4
    # a veto overridden, a dismissal struck down, an appeal thrown out by upholding the verdict (T6)
    ("Ruritania's Congress on Thursday overrode President Ana Valdes's veto of the mining bill.", "REJECT", "actual"),
    ("The Freedonian Supreme Court struck down the cabinet's dismissal of the auditor general.", "REJECT", "actual"),
    ("The Supreme Court struck down the assembly's impeachment of the governor in July.", "REJECT", "actual"),  # not a blow
    ("The Court of Appeal upheld the verdict against the former minister last year.", "REJECT", "actual"),
    ("The Court of Appeal upheld the verdict against the former minister last year.", "COERCE", "actual"),
    ('The rebel administration in the north called the accord "null and void" on Monday.', "REJECT", "verbal"),
])
def test_annulments_orders_refusals_removals_border_checks_and_vows(text, kind, mode):
    found = [(e.type, e.mode) for e in events_of(text)]
    assert any(k == kind and (mode is None or m == mode) for k, m in found), found


def test_a_censure_that_removes_is_no_second_accusation():
    kinds = [e.type for e in events_of("The lower house censured the finance minister, forcing him from office.")]
    assert "ACCUSE" not in kinds, kinds


@pytest.mark.parametrize(("text", "absent"), [
    ("A blaze at the fuel depot killed three workers on Sunday.", "ASSAULT"),  # a fire kills, nobody attacks
    ("The scandal helped bring down the coalition government.", "DISMISS"),  # a thing, no remover (T3)
    ("A gas shortage forced two power plants near the port to shut down.", "DISMISS"),  # "power" names no office
    ("The interior ministry said it respected the right to demonstrate.", "PROTEST"),  # a right, no protest
    ("The navy flew blankets and tents for the wounded to the island.", "ASSAULT"),  # the wounded are people
    ("The new plan would help the country meet its emission limits.", "CONSULT"),  # limits met, nobody met
    ('Shop owners closed their stores on Friday and rallied in the capital to seek protection from militias that charge them '
     'monthly "fees".', "COERCE"),  # money charged, nobody charged
    ("The committee voted to send the bill to the senate.", "AID"),  # a bill sent on, nothing given
    ("The warships left port on Monday, in what the admiral called a routine deployment.", "STATEMENT"),  # a label in passing
])
def test_fires_crises_rights_limits_fees_and_labels_are_no_such_acts(text, absent):
    assert absent not in [e.type for e in events_of(text)], events_of(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("Analysts say the row could delay the start of Serbia's trade talks with the bloc.", "CONSULT"),  # an assessment (S3c)
    ("Sociologists say weak courts have allowed the militias to expand across the delta.", "COOPERATE"),
])
def test_acts_named_in_an_analysts_assessment_are_no_reported_acts(text, absent):
    assert absent not in [e.type for e in events_of(text)], events_of(text)


def test_an_act_told_in_its_own_clause_by_analysts_is_still_reported():
    kinds = [e.type for e in events_of("Analysts said the Green Party could still win the runoff if turnout was high.")]
    assert "ELECTION" in kinds, kinds


@pytest.mark.parametrize(("text", "kind", "mode"), [
    ("The constitutional court declared the decree unconstitutional on Monday.", "REJECT", "actual"),  # T6: voided by a court
    ("The court ordered the union to lift the blockades, in a case brought by three retailers.", "ACCUSE", "verbal"),  # a case filed
    ("Armenia and Azerbaijan ended a first round of talks in Almaty on Friday without an agreement.", "AGREE", "negated"),
])
def test_voided_laws_cases_brought_and_talks_ended_without_a_deal(text, kind, mode):
    found = [(e.type, e.mode) for e in events_of(text)]
    assert (kind, mode) in found, found


def test_talks_to_be_held_are_held_by_the_parties_of_the_last_meeting():
    events = events_of("Armenian and Azerbaijani diplomats met in Almaty on Monday. Further talks will be held in Geneva next month.")
    [held] = [e for e in events if e.mode == "future"]
    assert (held.type, held.source_country, held.target_country) == ("CONSULT", "ARM", "AZE"), held


@pytest.mark.parametrize("text, place", [
    ("About 800 pensioners rallied on Liberty Square on Wednesday against the pension cuts.", "Liberty Square"),
    ("Thousands of students marched down Freedom Avenue on Tuesday to protest against the fee rise.", "Freedom Avenue"),
    ("Several dozen nurses protested outside Government House on Monday over unpaid wages.", "Government House"),
    ("Truckers protested on the Pan-American Highway near Cuenca on Monday over fuel prices.", "Cuenca"),
])
def test_a_square_or_street_named_with_its_kind_is_the_place(text, place):
    [event] = [e for e in events_of(text) if e.type == "PROTEST"]
    assert event.location == place, event


@pytest.mark.parametrize("text", [
    "Clashes between Armenian border guards and Azerbaijani troops near Sotk killed four soldiers last month.",
    "Rebels took the village of Mabanda after two days of fighting with Burundian soldiers.",
])
def test_two_sided_fighting_named_by_its_noun_is_told_once_per_side(text):
    sides = [e for e in events_of(text) if e.type == "ASSAULT"]
    pairs = {(e.source_actor, e.target_actor) for e in sides}
    assert any((b, a) in pairs for a, b in pairs if a != b), sides


def test_the_toll_of_a_fight_dates_the_fight_and_codes_no_third_attack():
    text = "Clashes between Armenian border guards and Azerbaijani troops near Sotk killed four soldiers in October."
    events = [e for e in events_of(text) if e.type == "ASSAULT"]
    assert len(events) == 2 and {e.date for e in events} == {"2024-10"}, events
    assert {(e.source_country, e.target_country) for e in events} == {("ARM", "AZE"), ("AZE", "ARM")}, events


def test_a_place_taken_after_a_fight_is_that_fight_once_per_side():
    events = events_of("Rebels took the town of Mabanda on Friday after two days of fighting with Burundian soldiers.")
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert [e.date for e in assaults] == ["2024-11-01", None], events  # the day the town was taken is the taker's


def test_a_crowd_blocking_a_road_in_a_second_verb_protests_now():
    text = "Hundreds of farmers set up a protest camp outside the ministry and blocked the main road to the port."
    events = events_of(text)
    assert [e.type for e in events] == ["PROTEST"] and events[0].mode == "actual", events


@pytest.mark.parametrize(("text", "absent"), [
    ("Interior Minister Ana Varga said she would not use force against teachers.", "THREATEN"),  # negated
    ("The town has grown since 2000 as younger families returned from the country's main island.", "CONCEDE"),  # coming back
    ("The Greens' leader said the party would withdraw its support from the coalition if the dam went ahead.", "SUPPORT"),
])
def test_denied_force_coming_back_and_support_withdrawn_are_not_their_cue(text, absent):
    assert absent not in [e.type for e in events_of(text)], events_of(text)


def test_support_withdrawn_on_a_condition_is_a_threat():
    text = "The Greens' leader said the party would withdraw its support from the coalition if the dam went ahead."
    assert [e.type for e in events_of(text)] == ["THREATEN"], events_of(text)


def test_a_group_designated_a_terrorist_organisation_is_banned():
    [event] = events_of("Kenya designated the Ossa Brotherhood a terrorist organisation in 2019.")
    assert (event.type, event.source_country) == ("COERCE", "KEN"), event


def test_criticism_drawn_from_a_party_is_that_party_s_accusation():
    events = [e for e in events_of("Ghana deported 40 traders in May, drawing sharp criticism from Nigeria.") if e.type == "ACCUSE"]
    assert [(e.source_country, e.target_country) for e in events] == [("NGA", "GHA")], events


def test_a_strike_a_union_launched_is_a_protest():
    events = events_of("The dockers' union, which launched the strike on October 2, said it would not negotiate.")
    assert "PROTEST" in [e.type for e in events] and "ASSAULT" not in [e.type for e in events], events


def test_calling_an_act_a_model_is_praise():
    text = "The Irish foreign minister called the accord a model for the region."
    assert "SUPPORT" in [e.type for e in events_of(text)], events_of(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("The farmers' union said it would not attend while its leader remained in detention.", "COERCE"),  # a state (X3)
    ("Freedonia's navy said it had sent two frigates near the atoll on Friday, its third such incursion this year.",
     "ASSAULT"),  # the deployment told again as one of its kind (X1)
])
def test_a_state_of_detention_and_an_act_named_as_one_of_its_kind_are_no_new_acts(text, absent):
    assert absent not in [e.type for e in events_of(text)], events_of(text)


@pytest.mark.parametrize(("text", "kind", "absent"), [
    ("Ruritania summoned Freedonia's high commissioner on Monday to protest against the border closure.", "ACCUSE",
     "PROTEST"),  # a high commissioner is an envoy; the purpose names the same act (X4)
    ("The parliament speaker ordered an inquiry into the police raid on the chamber.", "ACCUSE", None),
    ("The army said its jets had destroyed three insurgent camps in the Ossa hills.", "ASSAULT", "STATEMENT"),
    ("The militia, which pledged allegiance to al-Qaeda in 2015, has attacked army posts.", "SUPPORT", None),
    ("Farmers held a one-day strike on Monday against the new grain tax.", "PROTEST", "ASSAULT"),  # workers, not missiles
    ("Bolivia sent a diplomatic note to Chile on Monday protesting against the arrests.", "ACCUSE", "AID"),
])
def test_envoys_summoned_inquiries_ordered_camps_destroyed_allegiance_and_strikes_held(text, kind, absent):
    types = [e.type for e in events_of(text)]
    assert kind in types and absent not in types, events_of(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("The bay, shared by Ruritania and Freedonia, is rich in fish.", "COOPERATE"),  # a place two states border
    ("The militia finances itself through kidnappings and smuggling.", "AID"),  # its own means, nobody aided
])
def test_a_shared_bay_and_a_group_financing_itself_are_no_acts(text, absent):
    assert absent not in [e.type for e in events_of(text)], events_of(text)


def test_forces_offered_on_the_askers_request_are_a_hypothetical_deployment():
    events = events_of("Kenya's defence ministry said it was ready to send more troops if Mogadishu asked for them.")
    assert ("MOBILIZE", "hypothetical") in [(e.type, e.mode) for e in events] and "THREATEN" not in [
        e.type for e in events], events


def test_a_year_naming_an_accord_dates_no_condemnation_and_a_day_set_for_a_vote_dates_it():
    [condemned] = [e for e in events_of("Lask's foreign ministry condemned the shelling as a breach of the 1994 ceasefire "
                                        "agreement.") if e.type == "ACCUSE"]
    assert condemned.date is None, condemned
    [vote] = [e for e in events_of("The Ruritanian president dissolved parliament on Monday and called a snap election "
                                   "for March 9, four days after the budget failed.") if e.type == "ELECTION"]
    assert vote.date == "2025-03-09", vote


@pytest.mark.parametrize(("text", "kind", "place"), [
    ("Ruritanian and Freedonian diplomats held talks in Vienna and Geneva on Monday.", "CONSULT", None),  # L1: several
    ("Rebels killed 12 villagers in Ossa territory on Monday.", "ASSAULT", "Ossa"),  # L3: the class word dropped
    ("Troops attacked rebel camps in the Varo sector of the province on Monday.", "ASSAULT", "Varo"),
])
def test_acts_in_several_places_have_none_and_territories_and_sectors_are_regions(text, kind, place):
    [event] = [e for e in events_of(text) if e.type == kind][:1]
    assert event.location == place, event


def test_a_captivity_since_a_month_takes_it_and_an_act_hours_before_another_takes_its_day():
    [jailed] = [e for e in events_of("Among those held was Omar Haddad, whose brother has been jailed since March 2023.")
                if e.type == "COERCE"]
    assert jailed.date == "2023-03", jailed
    text = ("LASK, May 4 (Wire) - Police arrested five opposition lawmakers late on Wednesday, hours after the "
            "protesters held a rally outside the Supreme Court.")
    [rally] = [e for e in events_of(text, "2024-05-04") if e.type == "PROTEST"]
    assert rally.date == "2024-05-01", rally


@pytest.mark.parametrize(("text", "absent"), [
    ("It will be Austria's third general election in four years.", "ELECTION"),  # X1: the vote told before
    ("It was Britain's second veto this year.", "REJECT"),
])
def test_an_act_named_again_after_it_is_is_no_new_act(text, absent):
    assert absent not in [e.type for e in events_of(text)], events_of(text)


def test_camps_destroyed_beside_a_killing_are_its_toll_and_one_place_named_twice_is_kept():
    events = events_of("The army said its jets had destroyed five camps and killed dozens of fighters.")
    assert len([e for e in events if e.type == "ASSAULT"]) == 1, events
    text = ("A Thai official welcomed the move, saying Bangkok and Washington would share customs data under a "
            "memorandum signed in Washington on Monday.")
    [signed] = [e for e in events_of(text) if e.type == "AGREE"]
    assert signed.location == "Washington", signed


@pytest.mark.parametrize("text", [
    "The former minister had not been accused of wrongdoing himself.",
    "Its commanders have since been blamed for a wave of kidnappings in the north.",
])
def test_a_charge_with_no_accuser_told_is_no_accusation(text):
    assert "ACCUSE" not in [e.type for e in events_of(text)], events_of(text)


def test_a_day_set_with_its_year_after_a_comma_dates_the_vote():
    [vote] = [e for e in events_of("Gambia's electoral commission said the vote was scheduled for December 5, 2026.")
              if e.type == "ELECTION"]
    assert vote.date == "2026-12-05", vote


def test_a_strike_dockworkers_begin_is_a_protest():
    events = events_of("Dockworkers at the port of Lask began a 72-hour strike on Monday.")
    assert "PROTEST" in [e.type for e in events] and "ASSAULT" not in [e.type for e in events], events


@pytest.mark.parametrize("text", [
    "Police fired tear gas at hundreds of strikers who tried to block the entrance of the factory.",
    "Masked youths set up roadblocks on the road to the port of Lask.",
])
def test_a_blockade_by_strikers_or_youths_is_a_protest(text):
    events = events_of(text)
    assert "PROTEST" in [e.type for e in events] and "COERCE" not in [e.type for e in events], events


def test_police_setting_up_roadblocks_is_no_protest():
    assert [e.type for e in events_of("Police set up roadblocks on the road to the port of Lask.")] == ["COERCE"]


@pytest.mark.parametrize("text", [
    "Ruritania flew 400 gendarmes to the island of Varo on Sunday.",
    "Ruritania sent 400 gendarmes to the island of Varo on Sunday.",
])
def test_gendarmes_flown_or_sent_are_a_deployment(text):
    assert [e.type for e in events_of(text)] == ["MOBILIZE"], events_of(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("Ruritania and Freedonia signed a fisheries accord on Monday, easing a dispute over the bay.", "CONCEDE"),
    ("Lask, near the Freedonian border, hosts about 200,000 people displaced by the floods.", "CONSULT"),
    ("A miner was killed in an accident at the Varo pit on Monday.", "ASSAULT"),
    ("The minister urged both unions to return to talks mediated by the labour ministry.", "CONSULT"),
])
def test_no_act_in_an_eased_dispute_a_hosted_population_a_mishap_or_talks_asked_for(text, absent):
    assert absent not in [e.type for e in events_of(text)], events_of(text)


def test_food_distributed_is_aid():
    assert "AID" in [e.type for e in events_of("The Red Crescent distributed food to 5,000 families in Lask.")]


def test_police_offered_on_a_condition_are_no_threat():
    events = events_of("The Ruritanian premier said on Monday that Ruritania was ready to deploy 2,000 police officers to the"
                       " crossings if the rebels stepped aside.")
    assert [(e.type, e.mode) for e in events if e.type != "STATEMENT"] == [("MOBILIZE", "hypothetical")], events


def test_blocking_a_state_s_accession_talks_is_a_sanction():
    [event] = events_of("Ruritania blocked Freedonia's EU accession talks for a year in 2015.")
    assert (event.type, event.source_country) == ("SANCTION", None), event


def test_a_when_clause_after_a_month_takes_that_month():
    events = [e for e in events_of("The rallies were the largest since March 2019, when thousands marched in Lask.")
              if e.type == "PROTEST"]
    assert [e.date for e in events] == ["2019-03"], events


def test_talks_left_target_the_side_talked_with_not_the_venue():
    events = [e for e in events_of("Fatah walked out of talks with Hamas in Cairo on Monday.") if e.type == "SANCTION"]
    assert [e.target_country for e in events] == ["PSE"], events


def test_a_participle_before_a_trailing_speech_verb_is_the_walker_s_act():
    text = "Fatah walked out of the talks on Monday, accusing Hamas of reneging on the deal, Egyptian officials said."
    events = [e for e in events_of(text) if e.type == "ACCUSE"]
    assert [(e.source_country, e.target_country) for e in events] == [("PSE", "PSE")], events


def test_operations_suspended_in_part_are_a_sanction():
    events = events_of("The World Health Organization suspended most of its field operations in Lask on Monday.")
    assert [e.type for e in events] == ["SANCTION"], events


def test_people_barred_from_a_building_are_coerced_not_sanctioned():
    events = events_of("The Ruritanian authorities barred women from entering the offices of aid groups in Lask.")
    assert [e.type for e in events] == ["COERCE"], events


def test_a_call_on_a_ruler_that_asks_nothing_is_a_visit():
    events = events_of("The Iranian ambassador is expected to call on the Kenyan president on Sunday.")
    assert [(e.type, e.mode, e.target_country) for e in events] == [("CONSULT", "future", "KEN")], events


def test_an_appeal_on_a_ruler_to_act_stays_a_request():
    assert [e.type for e in events_of("The Iranian minister called on President Ruto to release the activists.")] == [
        "REQUEST"], events_of("The Iranian minister called on President Ruto to release the activists.")


def test_shelters_opened_for_them_are_for_the_people_named_before():
    events = [e for e in events_of("About 2,000 Lao villagers crossed into Chiang Rai on Monday, and Thai authorities "
                                   "opened two shelters for them.") if e.type == "AID"]
    assert [(e.source_country, e.target_country) for e in events] == [("THA", "LAO")], events


def test_the_expulsion_of_migrants_is_coercion_not_a_sanction():
    events = events_of("Mali condemned Algeria's expulsion of 300 migrants last week.")
    assert ("COERCE", "DZA") in [(e.type, e.source_country) for e in events], events
    assert "SANCTION" not in [e.type for e in events], events


@pytest.mark.parametrize(("text", "kinds"), [
    ("Moldovan police dispersed the crowd on Wednesday.", ["COERCE"]),
    ("The protesters were dispersed by police after an hour.", ["COERCE"]),
    ("The crowd dispersed peacefully on Wednesday.", []),  # it went home: nobody broke it up
    ("The Labour Party first won power in 2014.", ["ELECTION"]),
])
def test_a_crowd_dispersed_by_force_and_power_won_at_the_polls(text, kinds):
    assert [e.type for e in events_of(text)] == kinds, events_of(text)


@pytest.mark.parametrize(("text", "kind", "source", "target"), [
    # a call on a ruler when the parser hangs the ruler on the verb, after a bare "on", is still a visit
    ("Talks ended on Tuesday.\n\nThe Chinese envoy, who led Beijing's delegation, also called on King Jigme Khesar "
     "Namgyel Wangchuck. A spokesperson described the talks as useful.", "CONSULT", "CHN", None),
    # another party's vessels sent out of waters are told to leave (REQUEST), whatever the craft
    ("The Philippine coast guard ordered two Chinese trawlers out of the lagoon on Monday.", "REQUEST", "PHL", "CHN"),
    # passengers taken in are given refuge (AID); workers stopping work strike; slogans chanted are a protest
    ("Spain said it was ready to take in 30 of the passengers.", "AID", "ESP", None),
    ("Dock workers in Antwerp stopped work for three hours on Monday.", "PROTEST", "BEL", None),
    ("Market vendors chanted slogans against the mayor on Friday.", "PROTEST", None, None),
    ("The interior ministry gave no date for the handover.", "STATEMENT", None, None),  # S2: no date given
])
def test_visits_orders_out_refuge_stoppages_and_rounds(text, kind, source, target):
    found = [e for e in events_of(text) if e.type == kind]
    assert found, [(e.type, e.source_actor) for e in events_of(text)]
    if source:
        assert found[-1].source_country == source
    if target:
        assert found[-1].target_country == target


@pytest.mark.parametrize(("text", "absent"), [
    ("The government stopped work on the dam.", "PROTEST"),  # work halted by its owner is no strike
    ("The protests helped topple the government in 2019.", "AID"),  # an event as a cause aids nobody
    ("Dozens of traders closed their stalls in Izmir on Monday, Anadolu Agency reported.", "STATEMENT"),  # S3c
    ("\"The anger is understandable, but we must not let outsiders exploit it,\" the Kenyan president said.", "REQUEST"),
    ("Chad said it was ready to send troops to secure the border if Niger asked for them.", "REQUEST"),  # X2
    ("The French foreign ministry said Paris stood with the Georgian people and their legitimate demands.", "REQUEST"),
])
def test_causes_outlets_own_duties_conditions_and_others_demands_are_no_such_acts(text, absent):
    assert absent not in [e.type for e in events_of(text)], events_of(text)


def test_the_condition_of_a_purpose_makes_the_offer_hypothetical():
    [event] = [e for e in events_of("Chad said it was ready to send troops to secure the border if Niger asked for them.")
               if e.type == "MOBILIZE"]
    assert event.mode == "hypothetical", event


def test_the_next_round_after_talks_is_a_meeting_agreed():
    events = events_of("Kenya and Ethiopia held a first round of border talks in Nairobi on Monday.\n\nThe two sides "
                       "agreed to hold the next round in Addis Ababa.")
    assert ("CONSULT", "verbal") in [(e.type, e.mode) for e in events], events
    assert "COOPERATE" not in [e.type for e in events], events


@pytest.mark.parametrize(("text", "kind", "mode"), [
    # control taken of a company is property seized (COERCE), of a town ground taken (A2)
    ("The Hungarian government took control of the country's largest steel company on Monday.", "COERCE", "actual"),
    ("Rebels took control of the town on Monday.", "ASSAULT", "actual"),
    # observers let in are access allowed (CONCEDE); a chief executive suspended is removed (T3)
    ("The junta did not allow foreign observers to monitor the vote.", "CONCEDE", "negated"),
    ("The board suspended the bank's chief executive on Monday.", "DISMISS", "actual"),
])
def test_firms_seized_observers_allowed_and_executives_suspended(text, kind, mode):
    assert [(e.type, e.mode) for e in events_of(text)] == [(kind, mode)], events_of(text)


def test_what_must_happen_first_only_after_is_a_condition_not_an_event():
    events = events_of("The prime minister said Nepal would sign the accord only after parliament approved it.")
    assert [(e.type, e.mode, e.source_country) for e in events] == [("AGREE", "hypothetical", "NPL")], events


@pytest.mark.parametrize(("text", "kinds"), [
    ("Kenya's foreign minister is due in Kampala on Thursday.", [("CONSULT", "future", "KEN")]),  # a visit on the calendar
    ("The Ugandan defence minister is due in Nairobi on Friday for talks on the border.", [("CONSULT", "future", "UGA")]),
    ("The ruling is due in Kampala on Thursday.", []),  # no visitor
])
def test_an_official_due_in_a_place_is_a_visit_to_come(text, kinds):
    assert [(e.type, e.mode, e.source_country) for e in events_of(text)] == kinds, events_of(text)


def test_the_work_strikers_stop_is_no_target():
    [event] = [e for e in events_of("Dock workers in Antwerp stopped work for three hours on Monday.") if e.type == "PROTEST"]
    assert event.target_actor is None, event


@pytest.mark.parametrize(("text", "kind", "mode", "date"), [
    # an act still weighed ("whether to") is only possible (M3); a day set for it lies ahead
    ("A judge in Lima is to decide next week whether to charge the editor with sedition.", "COERCE", "hypothetical", None),
    ("A court in Lima is due to rule on Monday on whether to extend the activist's detention.", "COERCE", "hypothetical",
     "2024-11-11"),
    # an envoy due somewhere for talks: the talks are on the calendar
    ("The Chilean envoy is due in Lima on Tuesday for talks with the president.", "CONSULT", "future", "2024-11-12"),
    # M2: a vote the announcer will hold himself is his word on his own act
    ("Chilean President Gabriel Boric said on Monday he would hold a referendum on the new constitution.", "ELECTION",
     "verbal", "2024-11-04"),
])
def test_acts_weighed_talks_due_and_a_vote_the_speaker_will_hold(text, kind, mode, date):
    assert (kind, mode, date) in [(e.type, e.mode, e.date) for e in events_of(text)], events_of(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Ruritania stationed police officers on the disputed island on Thursday.", "MOBILIZE"),
    ("The president ordered reinforcements to the border town of Tarma.", "MOBILIZE"),
    ("The mission sent a rapid reaction company to the town on Friday.", "MOBILIZE"),
    ("Freedonia suspended the issuance of visas to Ruritanian citizens on Monday.", "SANCTION"),
    ("The government said the farmers would be compensated for their losses.", "AID"),
    ("Spain summoned the Moroccan ambassador to request information on the detained sailors.", "REQUEST"),
])
def test_police_posted_reinforcements_ordered_visas_stopped_losses_paid_and_an_envoy_asked(text, kind):
    assert kind in [e.type for e in events_of(text)], events_of(text)


def test_an_envoy_summoned_to_be_asked_something_is_not_rebuked():
    events = events_of("Spain summoned the Moroccan ambassador to request information on the detained sailors.")
    assert "ACCUSE" not in [e.type for e in events], events


def test_a_motion_that_asks_removes_nobody_but_a_no_confidence_motion_does():
    asking = events_of("The Kenyan opposition said it would table a motion calling on the government to lift the curfew.")
    assert [e.type for e in asking] == ["REQUEST"], asking
    censure = events_of("The Kenyan opposition said it would table a no-confidence motion against the government.")
    assert "DISMISS" in [e.type for e in censure], censure


@pytest.mark.parametrize(("text", "kind", "mode", "target"), [
    # a conviction told as a finding of guilt, done to the one found guilty; an acquittal is none
    ("A court in Durres on Monday found the former mayor, Ilir Kola, guilty of taking bribes.", "COERCE", "actual",
     "Ilir Kola"),
    # questioning a person is summoning a suspect (ACCUSE); a court ruling against a party rejects its case (T6)
    ("The anti-graft agency questioned the former energy minister, Bat Oyun, for five hours on Friday.", "ACCUSE",
     "verbal", "Bat Oyun"),
    ("Brazil's Supreme Court ruled against the governor of Para in March.", "REJECT", "actual", None),
    # traders' strike is a stoppage, not a strike from the air; tractors handed over are aid
    ("Ghanaian traders shut markets in Accra on Monday in a strike against a new levy.", "PROTEST", "actual", None),
    ("Japan's embassy handed over 30 tractors to a farmers' cooperative on Monday.", "AID", "actual", None),
])
def test_acts_missed_in_x(text, kind, mode, target):
    found = [e for e in events_of(text) if e.type == kind]
    assert found and found[0].mode == mode and (target is None or found[0].target_actor == target), events_of(text)


def test_an_acquittal_is_no_conviction():
    assert "COERCE" not in [e.type for e in events_of("The court found the three men not guilty on Monday.")]


def test_a_company_owning_a_site_is_no_town():
    [event] = [e for e in events_of("Chile's copper output fell.\n\nWorkers at Codelco's Radomiro Tomic copper mine "
                                    "began an indefinite strike on Wednesday.") if e.type == "PROTEST"]
    assert event.location != "Codelco"


def test_a_day_told_right_before_the_verb_is_its_day_however_parsed():
    [event] = [e for e in events_of("The judge investigating the port explosion on Wednesday charged two former "
                                    "ministers with homicide.") if e.type == "COERCE"]
    assert event.date == "2024-11-06"


def test_a_boycott_of_elections_won_in_a_month_is_not_dated_by_the_win():
    events = {e.type: e for e in events_of("Kabila won a second term in March in elections that the opposition boycotted.")}
    assert (events["ELECTION"].date, events["PROTEST"].date) == ("2024-03", None), events


def test_a_demand_made_on_a_march_is_placed_where_it_marches():
    events = {e.type: e for e in events_of("Hundreds of fishermen marched through Brighton, south of London, on Saturday "
                                           "to demand a bigger quota.")}
    assert events["REQUEST"].location == events["PROTEST"].location == "Brighton", events


def test_a_group_and_its_own_supporters_march_as_one_side():
    text = ("Mauritius's parliament ratified the treaty in March. Several hundred Chagossians and their supporters "
            "marched through Brighton on Saturday to demand a say in the islands' future.")
    marches = [e for e in events_of(text) if e.type == "PROTEST"]
    assert len(marches) == 1, marches


def test_a_spokesman_denying_weapons_were_used_denies_his_side_s_attack():
    events = events_of("A Kenyan army spokesman denied that drones had been used against villages near the border.")
    assert [(e.type, e.mode, e.source_country, e.target_actor) for e in events] == [
        ("ASSAULT", "negated", "KEN", "villages")], events


def test_a_veto_overridden_is_aimed_at_whoever_cast_it():
    """T6: "overrode a veto by President X" rejects X's act; "overrode" is read as the verb it is."""
    events = [e for e in events_of("Chile's Senate on Thursday overrode a veto by President Tomas Vidal and approved "
                                   "the budget.") if e.type == "REJECT"]
    assert [(e.source_actor, e.target_actor) for e in events] == [("Chilean Senate", "Tomas Vidal")], events


def test_a_state_training_its_own_police_cooperates_with_nobody():
    assert "COOPERATE" not in [e.type for e in events_of("The interior ministry will train 2,000 new police recruits.")]


@pytest.mark.parametrize(("text", "target"), [
    ("The residents' association asked the Supreme Court to halt the Lask council's evictions.", "Lask"),
    ("The unions have asked the Constitutional Court to strike down the pay freeze.", None),
    ("Opposition parties petitioned the High Court to annul the election result on Monday.", None),
])
def test_asking_a_court_to_undo_an_act_is_a_case_filed_against_its_doer(text, target):
    """Guide, ACCUSE: going to court accuses whoever did the act challenged, never the court;
    what the court is asked to do is not yet done."""
    events = events_of(text)
    [case] = [e for e in events if e.type == "ACCUSE"]
    assert (case.mode, case.target_actor) == ("verbal", target), events
    assert not any(e.type == "REJECT" or (e.target_actor or "").endswith("Court") for e in events), events


def test_a_pan_american_road_belongs_to_no_state():
    """ "Pan-American" is tagged a nationality; farmers blocking the highway press their own rulers (P1)."""
    events = events_of("Shrimp farmers in Choluteca, Honduras, blocked the Pan-American Highway for several hours on "
                       "Tuesday to demand compensation from the government.")
    assert {(e.type, e.target_country) for e in events} == {("PROTEST", "HND"), ("REQUEST", "HND")}, events


@pytest.mark.parametrize(("text", "target"), [
    ("Pakistan is due to formally request a new bailout from the International Monetary Fund next month.",
     "International Monetary Fund"),
    ("The union demanded an apology from the minister on Monday.", "minister"),
])
def test_whom_a_demand_is_made_of_is_named_after_from(text, target):
    [request] = [e for e in events_of(text) if e.type == "REQUEST"]
    assert target in (request.target_actor or ""), request


def test_a_withdrawal_demanded_from_a_place_is_asked_of_who_leaves():
    [request] = [e for e in events_of("Egypt has demanded a full Israeli withdrawal from Gaza.") if e.type == "REQUEST"]
    assert request.target_country == "ISR", request


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Two laboratories in Hanoi had their licences revoked.", None, "VNM"),  # no doer named; the patient is no source
    ("The broadcaster had its licence suspended for 30 days.", None, "broadcaster"),
    ("Three opposition lawmakers had their passports confiscated by police in Lusaka on Monday.", "Zambian police",
     "lawmakers"),
])
def test_whoever_has_their_things_taken_undergoes_the_act(text, source, target):
    [event] = [e for e in events_of(text) if e.type == "COERCE"]
    assert (event.source_actor, target in (event.target_actor or "") or target == event.target_country) == (source, True), event


@pytest.mark.parametrize(("text", "kind", "source"), [
    ("In 2023, a similar dispute led Santo Domingo to close the entire border for almost a month.", "SANCTION",
     "Dominican Republic"),
    ("Protests in Salalah in 2011 led Sultan Qaboos to create 50,000 jobs and replace a dozen ministers.", "DISMISS", "Qaboos"),
])
def test_who_a_cause_leads_to_act_is_the_doer(text, kind, source):
    [event] = [e for e in events_of(text) if e.type == kind]
    assert source in (event.source_actor or ""), event


@pytest.mark.parametrize("text", [
    "TOKYO, June 8 (Wire) - Several hundred rice farmers rallied in Niigata on Sunday to demand that the government scrap "
    "plans to import more American rice.",
    "THE HAGUE, June 10 (Wire) - Dutch farmers blocked access to 20 supermarket depots on Tuesday in protest at government "
    "plans to buy out farms.",
])
def test_a_protest_pressing_the_government_by_office_is_aimed_at_the_protesters_rulers(text):
    """P1, also where the parser takes "scrap" for a noun and where "government" only modifies the plans."""
    [protest] = [e for e in events_of(text) if e.type == "PROTEST"]
    assert protest.target_country == protest.source_country is not None, protest


@pytest.mark.parametrize(("text", "kind"), [
    ("Soldiers at the post turned back dozens of traders on Tuesday for lacking documents.", "COERCE"),
    ("Police turned back a group of about 30 opposition lawmakers who tried to enter the building.", "COERCE"),
    ("Serbian border police turned back Kosovo's handball team at the Merdare crossing on Thursday.", "REJECT"),
    ("Customs officers on the Chinese side turned back 60 coal trucks on Wednesday.", "REJECT"),
])
def test_people_turned_back_are_held_back_and_a_team_or_cargo_refused(text, kind):
    """T6: entry refused by an act is REJECT; a crowd of people stopped by force is COERCE."""
    assert kind in [e.type for e in events_of(text)], events_of(text)


def test_no_longer_accepting_is_a_refusal():
    """T6: "would no longer accept" negates the act (the parser hangs "no" on "longer"), a refusal in words."""
    events = events_of("The regional government of the Canary Islands said on Friday it would no longer accept "
                       "central government quotas for migrant children.")
    assert [(e.type, e.mode) for e in events if e.trigger == "accept"] == [("REJECT", "verbal")], events


def test_a_country_the_tagger_takes_for_a_person_is_still_ordered():
    """The model tags a bare "Togo" a person; a court's order to a state is a demand made of it (X2)."""
    events = events_of("The ECOWAS Court on Tuesday ordered Togo to pay damages to five activists.")
    [order] = [e for e in events if e.type == "REQUEST"]
    assert (order.target_country, order.source_country) == ("TGO", None), events


@pytest.mark.parametrize(("text", "source"), [
    ("Colombia's ambassador was summoned to the Ecuadorian foreign ministry on Monday.", "foreign ministry"),
    ("The regional governor had been summoned to parliament in May to explain the blackouts.", "parliament"),
])
def test_whoever_one_is_summoned_to_summoned_them(text, source):
    [summons] = [e for e in events_of(text) if e.type == "ACCUSE"]
    assert source in (summons.source_actor or ""), summons


def test_a_passive_replacement_appoints_the_successor():
    """T3: "was replaced by his deputy" names who takes the post, not who made the change."""
    events = events_of("Interior Minister Reza Kamali dismissed the governor of Khuzestan on Thursday. The governor was "
                       "replaced by his deputy, Ali Moradi, who was given ten days to restore power.")
    assert not any(e.source_actor == "Ali Moradi" for e in events), events
    assert any(e.type == "APPOINT" and e.target_actor == "Ali Moradi" for e in events), events


def test_a_foreign_mission_urging_the_authorities_presses_its_host():
    """Section 3: the public and authorities a foreign embassy speaks to are the host country's."""
    events = events_of("TASHKENT, March 3 (Wire) - The U.S. embassy in Tashkent urged the authorities on Friday to "
                       "release the detained bloggers.")
    [request] = [e for e in events if e.type == "REQUEST"]
    assert (request.source_country, request.target_country) == ("USA", "UZB"), events


def test_what_is_claimed_is_no_target():
    """ "Claimed responsibility", "claimed victory": the claim names the act's authorship, no party."""
    events = events_of("The Balochistan Liberation Army claimed responsibility on Sunday.")
    assert [e.target_actor for e in events if e.type == "ASSAULT"] == [None], events


def test_refusing_to_recognise_an_office_holder_is_a_refusal():
    """T6: "would not recognise the trustee" disowns a person's standing, a refusal in words, unlike
    support withheld from a candidate."""
    events = events_of("The opposition said it would not recognise any governor appointed by decree.")
    assert [(e.type, e.mode) for e in events if e.trigger == "recognise"] == [("REJECT", "verbal")], events


def test_people_detained_by_a_named_force_are_an_arrest_told_in_passing():
    """A participle naming its doer is news, not a description: "herders detained by Ethiopian
    border police" is their COERCE; "prisoners held by Israel" stays a state."""
    events = events_of("Kenya demanded on Friday that Ethiopia free nine herders detained by Ethiopian border police near Moyale.")
    [arrest] = [e for e in events if e.trigger == "detained"]
    assert (arrest.type, arrest.source_country, arrest.target_actor) == ("COERCE", "ETH", "herders"), events
    assert not any(e.trigger == "held" for e in events_of("Hamas agreed to free 33 hostages in exchange for prisoners held by Israel."))


def test_a_named_force_in_an_officials_words_is_not_the_officials_own():
    """ "The Thai navy", tagged an organisation, is Thailand's even when a Cambodian minister tells of it."""
    events = events_of("Vietnam's foreign ministry said on Monday that 14 fishermen had been detained by the Thai navy in the Gulf of Thailand.")
    [arrest] = [e for e in events if e.type == "COERCE"]
    assert arrest.source_country == "THA", events


@pytest.mark.parametrize(("text", "target"), [
    ("Federal police searched the offices of the electoral commission in Abuja on Monday.", "commission"),
    ("Anti-corruption agents searched the governor's residence on Tuesday.", "governor"),
    ("Customs officers searched three warehouses near the port.", None),  # no premises named: no search coded
    ("Investigators searched four houses in Lagos in connection with the fraud.", None),
])
def test_premises_searched_are_a_search_of_their_owner(text, target):
    """A search of premises by a force is COERCE done to whoever owns them, nobody when no owner is named."""
    searches = [e for e in events_of(text) if e.trigger == "searched"]
    if text.startswith("Customs"):
        assert searches == [], searches
        return
    [search] = searches
    assert search.type == "COERCE" and (search.target_actor is None if target is None else target in search.target_actor), search


def test_confidence_in_somebody_is_support_for_them():
    """ "Had full confidence in the minister": support in words, aimed at whom it is placed in."""
    events = events_of("The prime minister's spokesman said the prime minister had full confidence in Defence Minister Arvid Lund.")
    [support] = [e for e in events if e.type == "SUPPORT"]
    assert "Lund" in (support.target_actor or ""), events


@pytest.mark.parametrize(("text", "target"), [
    ('"We hold the Chadian government responsible for every death," the governor said.', "TCD"),
    ("Burundi's foreign ministry said it held Kigali accountable for the shelling.", "RWA"),
])
def test_holding_somebody_responsible_is_an_accusation(text, target):
    [blame] = [e for e in events_of(text) if e.type == "ACCUSE"]
    assert blame.target_country == target, blame


@pytest.mark.parametrize(("text", "target"), [
    ("Prosecutors suspect that two customs officials took bribes from importers.", "officials"),
    ("Prosecutors allege that Varga was paid by a foreign intelligence service.", "Varga"),
    ("Uzbekistan's interior ministry said the three men were suspected of smuggling weapons.", "men"),
])
def test_a_suspicion_told_as_a_clause_accuses_its_subject(text, target):
    """ "Suspect that X did", "allege that X did", "were suspected of": an accusation of the clause's subject."""
    [charge] = [e for e in events_of(text) if e.type == "ACCUSE"]
    assert target in (charge.target_actor or ""), charge


@pytest.mark.parametrize(("text", "target"), [
    ("Under the deal, the ministry will pay half of the arrears by the end of March.", "arrears"),
    ("The government agreed to raise teachers' salaries by 12 percent.", "teachers"),
])
def test_pay_given_in_a_dispute_is_a_concession(text, target):
    """Arrears paid or salaries raised are a concession, done to the earners when named."""
    [concession] = [e for e in events_of(text) if e.type == "CONCEDE"]
    assert target in (concession.target_actor or ""), concession


@pytest.mark.parametrize("text", [
    'The opposition leader called the mayor\'s suspension "an abuse of power".',
    'The union called the ministry\'s decision "a ransom note" and walked out.',
])
def test_a_label_of_blame_is_an_accusation(text):
    assert "ACCUSE" in {e.type for e in events_of(text) if e.trigger in {"called", "calling"}}, events_of(text)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Kinshasa says 40 civilians died in the strike, a figure the Rwandan army disputed.", "RWA", "COD"),
    ("Lima blamed Bolivia for the smuggling, an allegation La Paz has repeatedly dismissed.", "BOL", "PER"),
])
def test_a_claim_disputed_in_a_relative_clause_rejects_whoever_made_it(text, source, target):
    """ "…, a figure the army disputed": the army rejects the claim of whoever the sentence says made it."""
    [rejection] = [e for e in events_of(text) if e.type == "REJECT"]
    assert (rejection.source_country, rejection.target_country) == (source, target), rejection


@pytest.mark.parametrize(("text", "target"), [
    ("A magistrate in Colombo remanded the two activists in custody for a week.", "activists"),
    ("Kenya's National Assembly voted on Tuesday to lift the immunity of three opposition lawmakers.", "lawmakers"),
])
def test_remand_and_lifted_immunity_are_coercion_of_the_person(text, target):
    """A remand in custody holds a person; an immunity lifted exposes its holder to prosecution (COERCE)."""
    [coercion] = [e for e in events_of(text) if e.type == "COERCE"]
    assert target in (coercion.target_actor or ""), coercion


@pytest.mark.parametrize(("text", "kind", "target"), [
    ("Fighters of the rebel front stormed the garrison and took 15 soldiers prisoner.", "COERCE", "soldiers"),
    ("Gunmen took three engineers hostage near the oil field on Friday.", "ASSAULT", "engineers"),
])
def test_people_taken_prisoner_or_hostage_are_the_target(text, kind, target):
    """A hostage-taking is an abduction (ASSAULT), a capture in battle a detention (COERCE), done to
    the people the parser reads as the captive's modifier."""
    [taking] = [e for e in events_of(text) if e.trigger == "took"]
    assert (taking.type, target in (taking.target_actor or "")) == (kind, True), taking


@pytest.mark.parametrize("text", [
    "Police arrested a man on Monday suspected of passing secrets to a foreign embassy.",
    "The court jailed a former officer for hiding a war crimes suspect.",
])
def test_a_suspect_described_is_no_accusation(text):
    """ "A man suspected of …", "a war crimes suspect": a description of whom an act is done to (X3)."""
    assert "ACCUSE" not in {e.type for e in events_of(text)}, events_of(text)


def test_bail_granted_is_a_concession_to_the_accused():
    events = events_of("A magistrate in Kampala granted the two opposition activists bail on Thursday.")
    assert [e.type for e in events if e.trigger == "granted"] == ["CONCEDE"], events


@pytest.mark.parametrize(("text", "target"), [
    ("The attackers burned more than 30 houses in the village on Sunday night.", None),
    ("Rioters torched a police vehicle outside the governor's office.", "police"),
])
def test_property_burned_is_an_attack_on_its_owner(text, target):
    """Houses, vehicles or offices set alight are ASSAULT (arson), done to whoever owns them when named;
    tyres burned on a road stay a protest."""
    [arson] = [e for e in events_of(text) if e.trigger in {"burned", "torched"}]
    assert (arson.type, arson.target_actor if target is None else target in (arson.target_actor or "")) == (
        "ASSAULT", target if target is None else True), arson
    assert {e.type for e in events_of("Protesters burned tyres on the main road to the port.")} == {"PROTEST"}


@pytest.mark.parametrize(("text", "kind"), [
    ("Interior Minister Carlos Ruiz said the government would comply with the ruling.", "CONCEDE"),
    ("The nurses' union said it would not comply with the court order.", "REJECT"),
])
def test_complying_with_an_order_is_yielding_and_refusing_it_a_rejection(text, kind):
    assert kind in {e.type for e in events_of(text) if e.trigger == "comply"}, events_of(text)


def test_forces_arriving_are_a_deployment():
    """ "A National Guard battalion arrived in Makhachkala": forces moved in (MOBILIZE), not a visit."""
    events = events_of("A National Guard battalion from a neighbouring region arrived in Makhachkala on Tuesday evening.")
    assert [e.type for e in events if e.trigger == "arrived"] == ["MOBILIZE"], events
    assert "MOBILIZE" not in {e.type for e in events_of("The foreign minister arrived in Beijing on Monday for a visit.")}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Kenya's prosecutor general withdrew the charges against the nine union leaders on Friday.", "withdrew"),
    ("Zambia's government dropped the charges against 30 protesters on Friday after the strike ended.", "dropped"),
])
def test_charges_dropped_are_a_concession_to_the_accused(text, trigger):
    """Charges, cases or orders withdrawn are CONCEDE, not a withdrawal of forces (RETREAT); the
    charges are nobody, so the target is whom they were against."""
    [dropped] = [e for e in events_of(text) if e.trigger == trigger]
    assert (dropped.type, dropped.target_actor) == ("CONCEDE", "leaders" if "leaders" in text else "protesters"), dropped


def test_an_office_of_state_named_by_its_country_speaks_for_itself():
    """ "Uganda's attorney general said he would …": the office is an actor, so "he" is its holder."""
    [charged] = [e for e in events_of("Uganda's attorney general said he would charge the mayor with fraud.")
                 if e.trigger == "charge"]
    assert (charged.source_actor, charged.mode) == ("attorney general of Uganda", "verbal"), charged


def test_people_removed_by_police_are_coerced_and_officers_suspended_dismissed():
    removed = events_of("Riot police removed about 200 protesters who had occupied the town hall in Kharkiv on Sunday.")
    assert [e.type for e in removed if e.trigger == "removed"] == ["COERCE"], removed
    suspended = events_of("Ghana's police chief said he had suspended four officers over the shooting.")
    assert [e.type for e in suspended if e.trigger == "suspended"] == ["DISMISS"], suspended


def test_standards_met_are_no_meeting():
    """ "Met none of the minimum standards": a portion is read through to what it is a portion of."""
    events = events_of("International observers said the vote in Nicaragua had met none of the minimum standards.")
    assert "CONSULT" not in {e.type for e in events}, events


def test_a_law_suspended_by_its_makers_is_a_concession_and_by_a_court_a_rejection():
    """ "Voted to suspend a new road concession law": the law is what is suspended, whatever it
    rules on; a court suspending "a decree by President Petro" rejects the decree's author, who
    is not the doer though the parser reads the "by" phrase as an agent."""
    suspended = events_of("Guatemala's Congress voted on Wednesday to suspend a new road concession law for 90 days.")
    assert [e.type for e in suspended if e.trigger == "suspend"] == ["CONCEDE"], suspended
    [ruling] = [e for e in events_of("Colombia's Constitutional Court on Thursday suspended a decree by President Gustavo Petro.")
                if e.trigger == "suspended"]
    assert (ruling.type, ruling.source_actor, ruling.target_actor) == (
        "REJECT", "Colombian Constitutional Court", "Gustavo Petro"), ruling


@pytest.mark.parametrize("text", [
    "Traders at the central market in Kitwe said they would close their stalls in solidarity with the Lusaka vendors.",
    "Shopkeepers in Tabriz closed their stores on Wednesday in solidarity with the striking drivers.",
])
def test_traders_shutting_their_shops_protest(text):
    [shut] = [e for e in events_of(text) if e.trigger in {"close", "closed"}]
    assert (shut.type, shut.target_actor) == ("PROTEST", None), shut
    assert events_of("Police closed the markets in the city centre on Monday.") == []


@pytest.mark.parametrize("text", [
    "Cholera has killed at least 112 people in Yemen's Hodeidah province since early June.",
    "The crash came three years after the Tempi collision, which killed 57 people in February 2023.",
    "Protesters demanded accountability for the collapse of a station canopy in Novi Sad that killed 15 people.",
])
def test_a_disaster_or_mishap_that_kills_is_no_attack(text):
    assert "ASSAULT" not in {e.type for e in events_of(text)}, events_of(text)


def test_an_election_things_happen_ahead_of_is_still_to_come():
    events = events_of("BOGOTA, April 29 (Wire) - Lawmakers accused the government of stoking the unrest ahead of "
                       "October's general election.", published="2026-04-29")
    assert [(e.mode, e.date) for e in events if e.type == "ELECTION"] == [("future", "2026-10")], events


def test_a_demand_granted_is_a_concession_to_whoever_made_it():
    [granted] = [e for e in events_of("The electoral commission ordered a full recount on Tuesday, granting a demand by the "
                                      "opposition Serb Democratic Party.") if e.trigger == "granting"]
    assert (granted.type, granted.target_actor) == ("CONCEDE", "Serb Democratic Party"), granted


def test_an_office_of_the_tellers_side_announces_its_act():
    """ "The interior ministry said a minister would meet the strikers": the teller's own office, so
    the meeting is announced (verbal, M2), not scheduled in the narrator's voice."""
    [meeting] = [e for e in events_of("The interior ministry said a minister would meet the strikers on Friday.")
                 if e.trigger == "meet"]
    assert meeting.mode == "verbal", meeting


@pytest.mark.parametrize(("text", "kind"), [
    ("Soldiers tracked the kidnappers to the forest and freed 21 of the captives on Monday after a gunfight.", None),
    ("Iraqi forces freed five Turkish engineers on Thursday in a raid on a farmhouse south of Kirkuk.", None),
    ("Rebel fighters freed four aid workers on Tuesday, five months after abducting them.", "CONCEDE"),
    ("The central government released 1,200 crore rupees in relief in August.", "AID"),
    ("A Chinese fighter jet released flares close to an Australian surveillance plane on Monday.", "MOBILIZE"),
    ("Under the deal, Bolivia will release water from a reservoir near Villamontes during the dry season.", None),
])
def test_what_is_freed_or_released_and_by_whom_types_the_release(text, kind):
    """Captives freed by their captors are a concession; by state forces in a raid, a rescue told by the
    fight; money released is aid, flares a show of force, water let downstream no act between sides."""
    released = [e.type for e in events_of(text) if e.trigger in {"freed", "released", "release"}]
    assert released == ([kind] if kind else []), events_of(text)


@pytest.mark.parametrize("text", [
    "Sixty-eight of the 126 members of the State Great Khural backed the no-confidence motion on Friday.",
    "Lawmakers backed the treaty by 78 votes to 14 after a five-hour debate.",
])
def test_a_count_of_votes_is_no_support(text):
    assert "SUPPORT" not in {e.type for e in events_of(text)}, events_of(text)
    assert "SUPPORT" in {e.type for e in events_of("The Senate speaker backed the reform on Monday.")}


@pytest.mark.parametrize("text", [
    "Mayor Alejandro Eder said on Monday he would ask the Council of State to overturn the suspension.",
    "Opposition leader Ana Ruiz said on Monday she would ask the Supreme Court to free her brother.",
])
def test_asking_a_court_to_undo_an_act_or_free_a_detainee_accuses(text):
    """Going to court against an act is ACCUSE of its doer (a Council of State is a court too), not a plea."""
    assert [e.type for e in events_of(text) if e.trigger == "ask"] == ["ACCUSE"], events_of(text)


def test_a_source_asking_not_to_be_named_asks_nobody_for_anything():
    events = events_of("An official, who asked not to be named, said the instruction had come from the trade ministry.")
    assert not {"REQUEST", "APPOINT"} & {e.type for e in events}, events


@pytest.mark.parametrize("text", [
    "Pakistani police baton-charged hundreds of lawyers marching on the Supreme Court in Islamabad on Tuesday.",
    "Police lathi-charged the protesters outside the assembly in Bengaluru on Monday.",
])
def test_a_baton_charge_is_an_attack_not_a_charge_laid(text):
    """The tokenizer split "baton-charged" at the hyphen and "charged" read as charges laid (COERCE)."""
    assert "ASSAULT" in {e.type for e in events_of(text) if e.trigger and "charge" in e.trigger}, events_of(text)


@pytest.mark.parametrize("text, source, target", [
    ("Jamaica allowed a Honduran consul to visit the crewmen at the coast guard base on Tuesday.", "JAM", "HND"),
    ("Turkish authorities let Bulgaria's consul general in Edirne visit the men on Tuesday.", "TUR", "BGR"),
    ("Venezuelan officials have not allowed Brazilian diplomats to visit the detainees.", "VEN", "BRA"),
])
def test_consular_access_granted_is_a_concession_not_a_meeting(text, source, target):
    """A consul let in to see detainees was coded as the consul's meeting (CONSULT) with the detainees."""
    found = events_of(text)
    assert [(e.type, e.source_country, e.target_country) for e in found] == [("CONCEDE", source, target)], found


@pytest.mark.parametrize("text, target", [
    ("Paraguay's state utility stopped selling its surplus power to the Argentine grid last week.", "ARG"),
    ("Iraq's oil ministry stopped loading Lebanese cargoes at Basra last month.", "LBN"),
])
def test_supplies_stopped_by_a_state_supplier_are_a_sanction(text, target):
    found = [e for e in events_of(text) if e.type == "SANCTION"]
    assert [e.target_country for e in found] == [target], events_of(text)


def test_workers_who_stop_loading_ships_are_not_a_sanction():
    assert "SANCTION" not in {e.type for e in events_of("Dock workers stopped loading ships on Monday over unpaid wages.")}


@pytest.mark.parametrize("text, trigger", [
    ("Under the deal, Djibouti will pay $20 million by the end of April and the rest in monthly instalments.", "pay"),
    ("Iraq will resume fuel oil shipments to Lebanon next week under a deal signed in Baghdad on Thursday.", "resume"),
    ("Under the addendum, Lisbon will drop that claim against Madrid.", "drop"),
])
def test_terms_honoured_under_a_deal_are_concessions(text, trigger):
    assert ("CONCEDE", "future") in {(e.type, e.mode) for e in events_of(text) if e.trigger == trigger}, events_of(text)


def test_paying_for_goods_under_a_deal_stays_aid():
    found = events_of("Under the deal, the United States will pay for six patrol boats for the Ghanaian navy.")
    assert [e.type for e in found if e.trigger == "pay"] == ["AID"], found


@pytest.mark.parametrize("text", [
    "Under the deal, Mozambique will dredge the river, and Malawi will pay a transit fee on each tonne of cargo.",
    "Under the deal, the company will pay at least $400 million a year in royalties and taxes.",
])
def test_dues_paid_under_a_deal_are_no_concession(text):
    assert "CONCEDE" not in {e.type for e in events_of(text)}, events_of(text)


def test_an_expelled_diplomat_is_not_sent_from_the_expelling_country():
    found = [e for e in events_of("Mongolia on Wednesday ordered a Russian trade attache to leave the country.") if e.type == "SANCTION"]
    assert [e.target_country for e in found] == ["RUS"], found


@pytest.mark.parametrize("text, target", [
    ("Bolivia summoned Chile's consul general on Wednesday and demanded the release of six Bolivian truck drivers held "
     "by Chilean police since Sunday.", "CHL"),
    ("Estonia summoned Russia's charge d'affaires on Thursday and demanded the immediate release of two Estonian "
     "fishermen detained by Russian border guards.", "RUS"),
])
def test_a_demand_for_captives_is_made_of_their_holder(text, target):
    """The captives' own nationality was taken for whom the demand is made of."""
    found = [e for e in events_of(text) if e.type == "REQUEST"]
    assert [e.target_country for e in found] == [target], events_of(text)


def test_a_suspect_referred_to_the_prosecutor_is_accused():
    found = events_of("The Ombudsman Commission referred Gabriel Wapi to the public prosecutor in August.")
    assert [(e.type, e.target_actor) for e in found] == [("ACCUSE", "Gabriel Wapi")], found


def test_the_prosecutors_a_case_is_referred_to_are_not_its_target():
    found = [e for e in events_of("The inspector general referred the case to prosecutors in March.") if e.type == "ACCUSE"]
    assert found and all(e.target_actor != "prosecutors" for e in found), found


@pytest.mark.parametrize("text", [
    "The operator gave the dockworkers a 12 percent pay rise on Monday.",
    "The company reinstated 40 sacked workers on Monday.",
])
def test_pay_raised_and_workers_taken_back_are_concessions(text):
    assert "CONCEDE" in {e.type for e in events_of(text)}, events_of(text)


def test_giving_rise_to_fears_is_no_concession():
    assert not events_of("The decision gave rise to fears of a new crackdown.")


@pytest.mark.parametrize("text", [
    "Dock workers walked off the job on Monday.",
    "The seamen's union said its members would walk off ships in Piraeus on Monday.",
])
def test_working_people_walking_off_the_job_is_a_strike(text):
    assert "PROTEST" in {e.type for e in events_of(text)}, events_of(text)


def test_an_official_a_court_orders_reinstated_is_no_concession():
    found = events_of("The High Court ordered the Speaker to reinstate an opposition lawmaker who was suspended last month.")
    assert "CONCEDE" not in {e.type for e in found}, found


@pytest.mark.parametrize("text, kind", [
    ("An investigative judge ordered the arrest of Athir al-Dulaimi and froze his assets.", "COERCE"),
    ("The anti-corruption commission froze 14 bank accounts linked to the companies.", "COERCE"),
    ("Switzerland on Wednesday froze the assets of 22 Belarusian officials.", "SANCTION"),
])
def test_money_frozen_in_a_case_is_coercion_and_by_a_state_a_sanction(text, kind):
    """A judge's or a commission's freeze had been coded as a sanction."""
    assert kind in {e.type for e in events_of(text) if e.trigger == "froze"}, events_of(text)


def test_frozen_assets_are_done_to_their_owner():
    found = [e for e in events_of("An investigative judge ordered the arrest of Athir al-Dulaimi and froze his assets.")
             if e.trigger == "froze"]
    assert [e.target_actor for e in found] == ["Athir al-Dulaimi"], found


@pytest.mark.parametrize("text, kind", [
    ("The Xinca Parliament said it would lift the blockade of the CA-1 highway on Thursday.", "RETREAT"),
    ("The farmers said they would lift their remaining roadblocks once the ban took effect.", "RETREAT"),
    ("The government lifted the blockade of the rebel-held town on Monday.", "CONCEDE"),
])
def test_a_blockade_lifted_by_its_makers_is_a_retreat_and_by_a_state_a_concession(text, kind):
    assert kind in {e.type for e in events_of(text) if e.trigger in {"lift", "lifted"}}, events_of(text)


@pytest.mark.parametrize("text", [
    "The High Court in Johannesburg on Thursday halted the deportation of 312 Zimbabwean nationals.",
    "Ireland's High Court blocked the return of 14 asylum seekers to the United Kingdom on Thursday.",
    "An administrative court in Istanbul halted the deportation of 58 Syrians on Wednesday.",
])
def test_a_court_stopping_a_deportation_rejects_it_by_its_ruling(text):
    """Guide T6: a court halting, blocking or suspending what the state does to people rejects
    it by an act, aimed at whoever carries it out (unnamed here: the court's own state), never at the
    people deported."""
    found = [e for e in events_of(text) if e.type == "REJECT"]
    assert [(e.mode, e.target_actor, e.target_country) for e in found] == [("actual", None, found[0].source_country)], found


def test_a_court_suspending_a_person_still_removes_him():
    found = events_of("The Constitutional Court suspended Prime Minister Anutin Charnvirakul on Friday.")
    assert "REJECT" not in {e.type for e in found}, found


@pytest.mark.parametrize("court", ["Constitutional Court", "Constitutional Chamber"])
def test_a_court_ordering_the_government_to_stop_demands_it(court):
    """Guide T12: the court's order is a demand of the government, not a ban the court imposes;
    a court's chamber named as such is a court."""
    found = events_of(f"Costa Rica's {court} on Tuesday ordered the government to stop holding migrants at a former "
                      "shelter.")
    assert [e.type for e in found if e.trigger == "ordered"] == ["REQUEST"], found


def test_a_parliaments_chamber_is_no_court():
    found = events_of("The lower chamber on Tuesday ordered the government to stop the sale.")
    assert "REQUEST" not in {e.type for e in found if e.trigger == "ordered"}, found


def test_a_border_crossing_read_as_a_clause_is_still_closed():
    found = events_of("Latvia closed the Terehova border crossing with Russia to all passenger traffic on Thursday.")
    assert [(e.type, e.source_country) for e in found if e.trigger == "closed"] == [("SANCTION", "LVA")], found


@pytest.mark.parametrize("text", [
    "The coast guard took the passengers to a detention centre in the town.",
    "Police took the activists to jail on Monday.",
])
def test_people_taken_to_detention_are_coerced(text):
    assert [e.type for e in events_of(text) if e.trigger == "took"] == ["COERCE"], events_of(text)


@pytest.mark.parametrize("verb", ["acquitted", "cleared"])
def test_a_court_acquitting_rejects_the_charge_and_the_charge_is_no_act(verb):
    found = events_of(f"The court in Tbilisi {verb} photojournalist Ana Tsiklauri of assaulting a police officer during "
                      "a rally in Batumi.")
    assert [(e.type, e.mode) for e in found if e.trigger == verb] == [("REJECT", "actual")], found
    assert "ASSAULT" not in {e.type for e in found}, found


def test_people_cleared_from_a_square_are_still_removed():
    found = events_of("Police cleared the square of protesters on Tuesday.")
    assert [e.type for e in found if e.trigger == "cleared"] == ["COERCE"], found


@pytest.mark.parametrize("money", ["$5,000", "500,000 rupees", "1.2 billion soles"])
def test_money_promised_is_aid_pledged(money):
    found = events_of(f"Prime Minister Bikash Thapa promised {money} to the family of each victim.")
    assert [(e.type, e.mode, e.source_actor) for e in found if e.trigger == "promised"] == [("AID", "verbal", "Bikash Thapa")]


@pytest.mark.parametrize(("text", "mode"), [
    ("Former police chief Igor Kollar walked free from Leopoldov prison on Thursday.", "actual"),
    ("Former army colonel Hector Murillo is expected to walk free next month.", "future"),
])
def test_walking_free_is_a_release_done_to_the_freed(text, mode):
    found = [e for e in events_of(text) if e.type == "CONCEDE"]
    assert [(e.mode, e.source_actor) for e in found] == [(mode, None)], found
    assert found[0].target_actor in {"Igor Kollar", "Hector Murillo"}, found


@pytest.mark.parametrize("text", [
    "On the island of Taveuni, villagers blocked the only wharf on Wednesday to stop a barge from leaving.",
    "Hundreds of fishermen blocked the district commissioner's office in Bhola on Wednesday.",
    "Residents of the Castilla district heckled the president in Piura on Saturday.",
])
def test_a_crowd_blocking_or_heckling_protests(text):
    assert "PROTEST" in {e.type for e in events_of(text)}, events_of(text)


@pytest.mark.parametrize(("text", "trigger"), [
    ("China pledged 20,000 tonnes of rice to Zambia on Monday.", "pledged"),
    ("Soldiers began handing out rice, lentils and flour in Barguna on Tuesday.", "handing"),
])
def test_staple_food_given_is_aid(text, trigger):
    assert [e.type for e in events_of(text) if e.trigger == trigger] == ["AID"], events_of(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("The U.N. humanitarian office launched a $75 million flash appeal for Leyte on Tuesday.", "REQUEST"),
    ("The World Health Organization deployed 30 epidemiologists to Borno state.", "AID"),
    ("Ukraine deployed 300 troops to the border.", "MOBILIZE"),
])
def test_help_asked_for_and_experts_sent_to_help(text, kind):
    found = [e.type for e in events_of(text) if e.trigger in {"launched", "deployed"}]
    assert found == [kind], events_of(text)
