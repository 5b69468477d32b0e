"""Actors across articles: spelling variants merge, different people stay apart."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

import onrecord
from onrecord.actors import joined_names, same_person
from onrecord.nlp import load


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Sergei Lavrov", "Sergey Lavrov", True),
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy", True),
    ("Muammar Gaddafi", "Muammar Qadhafi", True),
    ("Dmitry Peskov", "Dmitri Peskov", True),
    ("Mohammed bin Salman", "Muhammad bin Salman", True),
    ("Bashar al-Assad", "Assad", True),
    ("Kim Jong Un", "Kim Yo Jong", False),
    ("Boris Johnson", "Mike Johnson", False),
    ("Raúl Castro", "Fidel Castro", False),
    ("Donald Trump", "Donald Tusk", False),
])
def test_same_person(a, b, same):
    assert same_person(a, b) is same


def test_variants_across_articles_become_one_actor():
    articles = onrecord.process([
        {"id": "one", "text": "Russian Foreign Minister Sergei Lavrov met envoys. “We are ready for talks,” Lavrov said."},
        {"id": "two", "text": "Foreign Minister Sergey Lavrov flew to Astana. “Moscow will not obstruct it,” Lavrov told reporters."},
        {"id": "three", "text": "British Prime Minister Boris Johnson spoke. Separately, Speaker Mike Johnson said “the House will vote.”"},
    ])
    lavrov = {a.id: next(x for x in a.actors if "Lavrov" in x.name) for a in articles if a.id != "three"}
    assert lavrov["one"].id == lavrov["two"].id
    assert {"Sergei Lavrov", "Sergey Lavrov"} <= {lavrov["one"].name, *lavrov["one"].aliases}
    speakers = {s.speaker_id for a in articles if a.id != "three" for s in a.statements}
    assert speakers == {lavrov["one"].id}
    johnsons = {x.name for x in articles[2].actors if "Johnson" in x.name}
    assert johnsons == {"Boris Johnson", "Mike Johnson"}


def test_seed_file_names_the_canonical_actor(tmp_path):
    from onrecord.actors import load_seed, read_seed
    from onrecord.store import Store

    seed = tmp_path / "seed.csv"
    seed.write_text("name,aliases,country,sector,roles\nSergey Lavrov,Sergei Lavrov|Lavrov,RUS,GOV,Foreign Minister\n",
                    encoding="utf-8")
    assert read_seed(seed)[0].aliases == ["Sergei Lavrov", "Lavrov"]
    with Store(tmp_path / "x.duckdb") as store:
        assert load_seed(store, seed) == 1
        from onrecord.resolve import resolve

        articles = onrecord.process([{"id": "z", "text": "“We are ready,” Sergei Lavrov said on Monday in Minsk."}])
        resolve(store, store.add(articles))
        [(actor, mentions)] = store.find_actors("lavrov")
        assert actor.name == "Sergey Lavrov" and mentions == 1 and actor.country == "RUS"
        [(statement, _)] = store.statements_of(actor.id)
        assert statement.speaker == "Sergey Lavrov"


def test_bad_seed_file_is_a_clear_error(tmp_path):
    from onrecord.actors import read_seed

    seed = tmp_path / "seed.json"
    seed.write_text('[{"aliases": ["x"]}]', encoding="utf-8")
    with pytest.raises(ValueError, match="has no name"):
        read_seed(seed)


def test_known_figures_get_their_canonical_name_and_affiliation():
    [article] = onrecord.process(["President Zelenskyy met envoys. “We will hold,” Zelenskyy said. Johnson said nothing."])
    people = {a.name: a for a in article.actors if a.kind == "person"}
    zelensky = people["Volodymyr Zelensky"]
    assert zelensky.country == "UKR" and zelensky.sector == "GOV" and "Zelenskyy" in zelensky.aliases
    assert people["Johnson"].country is None  # a bare common surname matches nobody


def test_role_history_ends_a_role_at_the_dismissal(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "before.jsonl").write_text(
        '{"id": "before", "published": "2024-09-02", "text": "Russian Ambassador to the United States Anatoly Antonov '
        'said on Monday that talks were needed."}\n'
        '{"id": "after", "published": "2024-10-11", "text": "MOSCOW - Russian President Vladimir Putin dismissed '
        'Anatoly Antonov, the former ambassador to the U.S., on October 10, a decree said."}\n', encoding="utf-8")
    onrecord.ingest([folder], db=tmp_path / "roles.duckdb")
    with onrecord.open(tmp_path / "roles.duckdb") as store:
        (antonov, _), *_ = store.find_actors("Antonov", kind="person")
        spans = store.role_history(antonov.id)
    ambassador = next(s for s in spans if "mbassador" in s.role)
    assert (ambassador.first_seen, ambassador.until) == ("2024-09-02", "2024-10-10")
    assert ambassador.articles == ["before", "after"]


def _actor_of(article, text: str):
    """The actor of the mention whose text is ``text``."""
    by_id = {a.id: a for a in article.actors}
    return next(by_id[m.actor_id] for m in article.mentions if m.text == text)


def test_role_from_apposition_or_as_serves_a_later_title():
    [first, second] = onrecord.process([
        {"id": "a", "text": "LIMA — Chile's ambassador to Peru, Tomas Valdivieso, was recalled on Monday.\n\n"
                            "The foreign ministry said the envoy would explain his remarks."},
        {"id": "b", "text": "ACCRA — President John Mahama on Tuesday named Akosua Mensah as finance minister.\n\n"
                            "The minister will present a budget in July."},
    ])
    valdivieso = _actor_of(first, "the envoy")
    assert valdivieso.name == "Tomas Valdivieso" and valdivieso.country == "CHL"
    assert _actor_of(second, "The minister").name == "Akosua Mensah"


def test_an_ordinal_opening_a_title_is_part_of_it():
    [article] = onrecord.process([
        "Northern Ireland First Minister Anne Byrne welcomed the deal on Monday. Russian First Deputy Prime Minister "
        "Denis Orlov met the envoy."])
    byrne = next(a for a in article.actors if a.name == "Anne Byrne")
    assert (byrne.country, byrne.roles) == ("GBR", ["First Minister"])
    assert next(a for a in article.actors if a.name == "Denis Orlov").roles == ["First Deputy Prime Minister"]


def test_people_take_the_organisation_they_speak_for():
    [article] = onrecord.process([
        "NAIROBI — The opposition Green Alliance Party criticised the budget on Monday. Its spokesman Otieno Kamau "
        "said the levy would hurt farmers. The party said it would challenge the levy in court."])
    kamau = next(a for a in article.actors if a.name == "Otieno Kamau")
    assert (kamau.country, kamau.sector) == ("KEN", "OPP")
    assert _actor_of(article, "The party").sector == "OPP"


def test_a_secretary_general_owned_by_its_is_the_organisations_not_an_international_official():
    [article] = onrecord.process([
        "LILONGWE, Mar 12 (Lakeside Wire) - The opposition Malawi Congress Party boycotted the count on Thursday.\n\n"
        "Its secretary general, Chimwemwe Banda, accused commission staff of moving ballot boxes overnight."])
    banda = next(a for a in article.actors if a.name == "Chimwemwe Banda")
    assert (banda.country, banda.sector) == ("MWI", "OPP")


def test_name_pieces_the_model_splits_make_one_person():
    [article] = onrecord.process([
        "BRASILIA — Itamaraty said a career diplomat, Helena Castro Prado, would run the embassy. "
        "Farm union leader Manpreet Singh called off a march. Castro Prado and Singh spoke on Monday.\n\n"
        "Defence Minister Rajnath Singh did not comment."])
    helena = _actor_of(article, "Castro Prado")
    assert helena.name == "Helena Castro Prado"
    singhs = {_actor_of(article, "Manpreet Singh").id, _actor_of(article, "Rajnath Singh").id}
    assert len(singhs) == 2


def test_a_name_tagged_as_an_organisation_and_set_off_by_a_title_is_a_person():
    doc = load()("Ignacio Varela, president of the Andalusian olive growers federation, criticised the tariff.")
    doc.ents = [Span(doc, 0, 2, label="ORG")]
    first = joined_names(doc)[0]
    assert (first.text, first.label_) == ("Ignacio Varela", "PERSON")
    doc = load()("Unitas Foods, a company from Seville, criticised the tariff.")
    doc.ents = [Span(doc, 0, 2, label="ORG")]
    first = joined_names(doc)[0]
    assert (first.text, first.label_) == ("Unitas Foods", "ORG")


def test_title_references_reach_the_head_of_state():
    [article] = onrecord.process([
        "ANKARA — Turkish President Tayfun Korkmaz hosted Ukrainian President Ostap Melnyk on Monday. "
        "Melnyk thanked his host for help with prisoner exchanges.\n\n"
        "Analysts said the Chinese leader, Xi Jinping, would watch the talks."])
    assert _actor_of(article, "his host").name == "Tayfun Korkmaz"
    assert _actor_of(article, "the Chinese leader").name == "Xi Jinping"


def test_parties_the_text_does_not_place_take_their_country_and_opposition():
    [article] = onrecord.process([
        "ISTANBUL — The CHP said on Monday it would keep protesting. Likud, the ruling party, said the vote stands."])
    assert (_actor_of(article, "CHP").country, _actor_of(article, "CHP").sector) == ("TUR", "OPP")
    assert (_actor_of(article, "Likud").country, _actor_of(article, "Likud").sector) == ("ISR", "PTY")


def test_an_office_named_without_its_holder_becomes_the_person_who_holds_it():
    articles = onrecord.process([
        {"id": "one", "text": "ACCRA - Ghana's Finance Minister Abena Mensah-Darko said the budget would be tabled in March."},
        {"id": "two", "text": "ACCRA - Ghana's finance minister said on Tuesday that the fund had approved the loan."},
        {"id": "three", "text": "LIMA - Peru's finance minister said the deficit would narrow next year."},
    ])
    mensah = next(x for x in articles[0].actors if x.name == "Abena Mensah-Darko")
    assert any(m.actor_id == mensah.id and m.text == "Ghana's finance minister" for m in articles[1].mentions)
    office = next(x for x in articles[2].actors if x.kind == "role")
    assert (office.name, office.country) == ("finance minister of Peru", "PER")
    assert any(x.name == "Peru" for x in articles[2].actors)  # the country inside the title keeps its mention


def test_short_forms_and_references_join_their_organisation():
    articles = onrecord.process([
        {"id": "one", "text": "KHARTOUM - The Rapid Support Forces shelled the city on Monday. The RSF denied it. "
                              "The Federal Reserve held rates. Fed officials said the central bank would wait."},
        {"id": "two", "text": "PORT SUDAN - The RSF said on Friday it would open a corridor."},
    ])
    one = {m.text: m.actor_id for m in articles[0].mentions}
    assert one["RSF"] == one["Rapid Support Forces"]
    assert one["Fed"] == one["The Federal Reserve"] == one["the central bank"]
    assert {m.actor_id for m in articles[1].mentions if m.text == "RSF"} == {one["RSF"]}


def test_a_plural_nationality_acts_for_its_country():
    article = onrecord.process(["Lavrov raised the property seized by the Americans. The Russian side said it was ready."])[0]
    countries = {m.text: next(a.name for a in article.actors if a.id == m.actor_id) for m in article.mentions}
    assert countries.get("Americans") == "United States"
    assert countries.get("Russian") == "Russia"


def test_country_names_do_not_depend_on_the_hash_seed():
    import os
    import subprocess
    import sys

    script = "from onrecord.gazetteer import country_name; print([country_name(c) for c in ('TUR', 'CZE', 'CIV', 'RUS', 'KOR')])"
    outputs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(4)}
    assert len(outputs) == 1


def test_affiliation_from_the_roles_employer_and_the_sentence_setting():
    article = onrecord.process([
        "ABIDJAN - Ivory Coast rejected the claims. In Ouagadougou, Prime Minister Rimaldo Kouyate told officials "
        "that Burkina Faso would not yield. Israel's ambassador to the UN, Danny Danon, told the council that "
        "Hamas was lying. China's Defence Ministry said the drills would go on. Ministry spokesman Wu Qian said "
        "Taiwan would pay a price. Aminata Traore, 34, said she had fled the town.",
    ])[0]
    people = {a.name: a for a in article.actors if a.kind == "person"}
    assert people["Rimaldo Kouyate"].country == "BFA"
    assert (people["Danny Danon"].country, people["Danny Danon"].sector) == ("ISR", "GOV")
    assert people["Wu Qian"].country == "CHN"
    assert people["Aminata Traore"].sector == "CVL"


def test_a_national_security_council_is_no_international_body():
    article = onrecord.process(["Kim Jong Un met visiting Russian Security Council secretary Nikolai Orlov on Monday."])[0]
    orlov = next(a for a in article.actors if a.name == "Nikolai Orlov")
    assert (orlov.country, orlov.sector) == ("RUS", "GOV")


def test_a_generic_title_is_nobody_in_particular():
    article = onrecord.process(["US President Donald Trump spoke on Monday. Moscow would talk to any US president "
                                "who respected its interests, Lavrov said."])[0]
    trump = next(a for a in article.actors if a.name == "Donald Trump")
    assert not any(m.text.startswith("any") and m.actor_id == trump.id for m in article.mentions)


def test_parties_the_model_cuts_are_found_whole():
    article = onrecord.process(["Reform UK leader Nigel Farage said the results were a warning to Labour."])[0]
    names = {m.text: next(a for a in article.actors if a.id == m.actor_id) for m in article.mentions}
    assert names["Reform UK"].kind == "org" and names["Reform UK"].country == "GBR"
    assert names["Reform UK"].sector in {"OPP", "PTY"}


def test_organisation_names_the_model_cuts_are_whole():
    articles = onrecord.process([
        "NAIROBI - Kenya Conference of Catholic Bishops chairman Maurice Muhatia and the Law Society of Kenya urged calm.",
        "DAKAR - The opposition Alliance for the Republic said the vote was rigged.",
    ])
    names = {a.name: a for article in articles for a in article.actors}
    assert names["Kenya Conference of Catholic Bishops"].country == "KEN"
    assert names["Alliance for the Republic"].sector == "OPP"


def test_titles_inside_names_and_the_head_of_state_of_the_article():
    articles = onrecord.process([
        "NAIROBI - President William Ruto signed the finance bill on Monday.",
        "NAIROBI - The president said on Tuesday the taxes would stay. Archbishop Maurice Muhatia urged calm.",
    ])
    ruto = next(a for a in articles[0].actors if a.name == "William Ruto")
    assert any(m.actor_id == ruto.id and m.text == "The president" for m in articles[1].mentions)
    bishop = next(a for a in articles[1].actors if a.name == "Maurice Muhatia")
    assert bishop.sector == "REL" and bishop.roles == ["Archbishop"]


def _by_name(articles):
    return {a.name: a for article in articles for a in article.actors}


def test_home_country_from_a_dateline_the_model_cuts():
    """'CAPE' of 'CAPE TOWN' and 'BRASÍLIA' are datelines; a country named once elsewhere is not home."""
    names = _by_name(onrecord.process([
        "CAPE TOWN — Finance Minister Enoch Godongwana defended the plan on Wednesday.",
        "BRASÍLIA — The Liberal Party said it would push for an amnesty bill.",
        "DAKAR — The previous government understated the debt, said the auditor Awa Ndiaye, who now lives in Morocco.",
    ]))
    assert names["Enoch Godongwana"].country == "ZAF"
    assert "CAPE" not in names and "Cape" not in names
    assert names["Liberal Party"].country == "BRA"
    assert names["Awa Ndiaye"].country == "SEN"


def test_home_country_from_a_dateline_under_a_headline():
    """A scraped text opening with its headline still has its dateline in the next paragraph."""
    names = _by_name(onrecord.process(["Two men held after border raid\n\nLUSAKA — Police arrested two men on Monday."]))
    assert [a.country for a in names.values()] == ["ZMB"], names


def test_a_party_is_described_by_its_own_words_not_its_rivals():
    names = _by_name(onrecord.process([
        "MEXICO CITY — The opposition National Action Party said the vote was a sham designed to help the ruling Morena party.",
    ]))
    assert names["Morena"].sector == "PTY"
    assert names["National Action Party"].sector == "OPP"


def test_former_heads_stay_elites_and_the_articles_organisation_wins():
    article = onrecord.process([
        "ISLAMABAD — The party of jailed former prime minister Imran Khan, Pakistan Tehreek-e-Insaf (PTI), said the deal "
        "would hurt families. PTI spokesman Kamran Niazi said the conditions were accepted by people nobody elected."])[0]
    names = {a.name: a for a in article.actors}
    assert names["Imran Khan"].sector == "ELI"
    assert (names["Kamran Niazi"].country, names["Kamran Niazi"].sector) == ("PAK", "OPP")


def test_a_body_left_is_not_the_one_spoken_for():
    article = onrecord.process([
        "PRAGUE, Jan 9 (Wire) - Czech President Petr Pavel said on Friday he would not appoint the nominee. Pavel, a "
        "former NATO general, appointed the other 15 members of the cabinet in December."])[0]
    [pavel] = [a for a in article.actors if a.name == "Petr Pavel"]
    assert (pavel.country, pavel.sector) == ("CZE", "GOV")


def test_common_noun_institutions_take_their_country():
    article = onrecord.process([
        "MANILA — Foreign ministry spokesperson Lin Jian said China's coast guard had acted with restraint. "
        "The UN chief called on Rwandan forces to withdraw. In Tehran, lawmaker Reza Karimi warned that parliament would reject any deal."])[0]
    found = {(m.text, a.country, a.sector) for m in article.mentions for a in article.actors if a.id == m.actor_id}
    assert ("coast guard", "CHN", "MIL") in found
    assert ("forces", "RWA", "MIL") in found  # "Rwandan forces"
    assert ("parliament", "IRN", "LEG") in found


@pytest.mark.parametrize(("name", "sector"), [
    ("Kenya Bankers Association", "BUS"), ("State House", "GOV"), ("Law Society of Kenya", "CVL"),
    ("National Electoral Institute", "GOV"), ("Cheikh Anta Diop University", "EDU"), ("House of Representatives", "LEG"),
    # the last word heads the name: a party named after the centre, a centre named after rights
    ("Centre Party", "PARTY"), ("Rights Centre", "NGO"),
])
def test_a_phrase_in_an_organisation_name_outranks_a_single_word(name, sector):
    from onrecord.actors import organisation_sector
    assert organisation_sector(name) == sector


def test_a_role_the_parse_hangs_on_a_relative():
    article = onrecord.process(["BRASÍLIA — Bolsonaro denies wrongdoing, and his son Flávio Bolsonaro, an opposition senator, called the verdict persecution."])[0]
    flavio = next(a for a in article.actors if a.name == "Flávio Bolsonaro")
    assert flavio.sector == "OPP" and flavio.country == "BRA"


def test_an_organisation_is_placed_by_what_describes_it():
    names = _by_name(onrecord.process([
        "LONDON — Unite, the Labour Party's biggest union backer, said the concessions did not go far enough.",
        "MEXICO CITY — The chief justice declined to comment, but the newspaper Reforma reported ties to Morena.",
        "Straits Orbit, a Singapore satellite start-up, said it would list shares.",
    ]))
    assert (names["Unite"].country, names["Unite"].sector) == ("GBR", "CVL")
    assert (names["Reforma"].country, names["Reforma"].sector) == ("MEX", "MED")
    assert (names["Straits Orbit"].country, names["Straits Orbit"].sector) == ("SGP", "BUS")


def _title_mentions(article) -> dict[str, str]:
    """Each title mention ("the former leader") and the actor it was resolved to."""
    return {m.text: a.name for m in article.mentions for a in article.actors if a.id == m.actor_id and m.label == "TITLE"}


def test_the_former_leader_is_the_one_who_held_the_office():
    article = onrecord.process(["BUENOS AIRES — Former president Cristina Kirchner lost her appeal. President Javier Milei "
                                "welcomed the ruling. The former leader called the court a puppet."])[0]
    titles = _title_mentions(article)
    assert titles == {"The former leader": "Cristina Fernández de Kirchner"}


def test_a_vice_chancellor_is_not_the_chancellor():
    from onrecord.actors import role_matches
    assert not role_matches("chancellor", "vice chancellor")
    assert role_matches("vice chancellor", "Vice Chancellor")
    assert role_matches("deputy minister", "Deputy Finance Minister")
    assert not role_matches("minister", "Deputy Finance Minister")
    assert role_matches("finance minister", "Finance Minister")


def test_an_owner_country_keeps_its_own_mention_and_known_names_replace_pieces():
    article = onrecord.process(["Brazil's Supreme Federal Court ruled on Thursday. The foreign ministers of the "
                                "Democratic Republic of Congo and Rwanda signed a deal. The State Department said it was historic."])[0]
    found = {m.text: a for m in article.mentions for a in article.actors if a.id == m.actor_id}
    assert found["Brazil"].country == "BRA" and found["Supreme Federal Court"].sector == "JUD"
    assert found["the Democratic Republic of Congo"].country == "COD"
    assert (found["The State Department"].country, found["The State Department"].sector) == ("USA", "GOV")


def test_a_former_head_who_holds_an_office_now_takes_that_office():
    from onrecord.store import widened_affiliation
    assert widened_affiliation("person", ("NLD", "ELI"), (None, "IGO")) == (None, "IGO")
    assert widened_affiliation("person", ("GBR", "ELI"), ("GBR", "CVL")) == ("GBR", "ELI")
    assert widened_affiliation("person", (None, "CVL"), ("KEN", "GOV")) == ("KEN", "GOV")
    assert widened_affiliation("org", ("USA", "GOV"), ("GBR", "MED")) == ("USA", "GOV")


def test_people_placed_by_whom_they_serve_or_belong_to():
    names = _by_name(onrecord.process([
        "South Korean President Lee Jae-myung halted the broadcasts. His unification minister, Chung Dong-young, "
        "called the statement regrettable.",
        "A panel of Brazil's Supreme Federal Court voted to convict former president Jair Bolsonaro. Justice Luiz Fux "
        "cast the only dissenting vote. His son Eduardo Bolsonaro, a congressman, called the ruling persecution.",
        "NAIROBI — The regulator ordered stations to halt coverage, and broadcaster NTV was off air for hours.",
    ]))
    assert names["Chung Dong-young"].country == "KOR"
    assert names["Luiz Fux"].country == "BRA" and names["Eduardo Bolsonaro"].country == "BRA"
    assert (names["NTV"].country, names["NTV"].sector) == ("KEN", "MED")


def test_the_army_is_the_countrys_named_armed_forces():
    from onrecord.gazetteer import national_force
    assert national_force("SDN", "army") == "Sudanese Armed Forces"
    assert national_force("USA", "navy") == "US Navy"
    assert national_force("SDN", "navy") is None
    article = onrecord.process(["KHARTOUM — The army said it had retaken the town. The Sudanese Armed Forces denied it later."])[0]
    assert len({m.actor_id for m in article.mentions}) == 1


def test_a_title_at_the_end_of_a_list_is_its_own_phrase():
    article = onrecord.process(["Trump, Turkish President Recep Tayyip Erdoğan and Qatar's emir, Sheikh Tamim bin Hamad "
                                "Al Thani, signed a document as guarantors of the ceasefire."])[0]
    titles = _title_mentions(article)
    assert titles == {"Qatar's emir": "Tamim bin Hamad Al Thani"}


def test_an_organisation_owned_through_a_described_possessor_takes_its_country():
    [article] = onrecord.process([{"id": "o", "published": "2025-01-10", "text": (
        "MANILA, Jan 9 (Asia Desk) - The Chinese military's Southern Theatre Command said it had carried out "
        "a patrol near the shoal. Philippine officials protested.")}])
    [command] = [a for a in article.actors if "Southern Theatre Command" in a.name]
    assert command.country == "CHN"


def test_more_regional_bodies_are_international_organisations():
    [article] = onrecord.process([{"id": "f", "published": "2025-01-10", "text": (
        "The Pacific Islands Forum and the Francophonie issued statements on Monday.")}])
    assert {a.kind for a in article.actors if a.name in {"Pacific Islands Forum",
                                                         "International Organisation of La Francophonie"}} == {"igo"}


def test_a_known_leaders_administration_is_the_country_even_when_the_name_is_untagged():
    [article] = onrecord.process([{"id": "t", "published": "2025-03-17", "text": (
        "The Trump administration deported more than 200 Venezuelans to El Salvador over the weekend.")}])
    [deportation] = [e for e in article.events if e.type == "COERCE"]
    assert deportation.source_country == "USA"


def _countries(text: str) -> dict[str, str | None]:
    [article] = onrecord.process([{"id": "k", "published": "2025-03-04", "text": text}])
    return {a.name: a.country for a in article.actors}


def test_a_known_figure_named_without_a_given_name_is_still_known():
    countries = _countries("STOCKHOLM, March 3 (Nordic Wire) - President Tayyip Erdogan will sign the accord, "
                           "officials said on Monday.")
    assert countries.get("Recep Tayyip Erdoğan") == "TUR"


def test_a_head_of_government_of_a_smaller_country_is_known():
    countries = _countries("JAKARTA, March 3 (Island Post) - Prime Minister Xanana Gusmão praised the accord at "
                           "a meeting with regional envoys.")
    assert countries.get("Xanana Gusmão") == "TLS"


def test_a_chamber_the_home_country_lacks_belongs_to_the_country_that_has_one():
    countries = _countries("KYIV, March 3 (Steppe Wire) - Ukraine welcomed the vote in Washington. The Senate will "
                           "debate the American aid package next week, Ukrainian officials said.")
    assert [c for name, c in countries.items() if "Senate" in name] == ["USA"]


def test_a_chamber_the_home_country_has_stays_the_home_countrys():
    countries = _countries("ROME, March 3 (Tiber Wire) - The Senate approved Italy's budget after a visit by "
                           "the American envoy to Italy.")
    assert [c for name, c in countries.items() if "Senate" in name] == ["ITA"]


def test_a_natural_feature_tagged_as_a_person_is_no_actor():
    [article] = onrecord.process([{"id": "s", "published": "2025-03-04", "text": (
        "Chinese ships blocked Philippine vessels near Second Thomas Shoal and Sabina Shoal, "
        "Manila said on Tuesday.")}])
    assert not [a for a in article.actors if "Shoal" in a.name]


def test_a_town_that_is_a_persons_surname_is_the_person():
    [article] = onrecord.process([{"id": "l", "published": "2025-05-14", "text": (
        "Brazil's Federal Police arrested Amazonas state governor Wilson Lima at his home on Wednesday. Lima's lawyers said the "
        "arrest was unnecessary. Lima was re-elected in 2022.")}])
    assert not [a for a in article.actors if a.country == "PER"]
    assert {m.text for m in article.mentions if m.actor_id == next(a.id for a in article.actors if a.name == "Wilson Lima")} \
        >= {"Lima"}


def test_opposition_figures_are_the_countrys_opposition():
    countries = _countries("NAIROBI, March 3 (Rift Wire) - Kenya's parliament passed the finance bill. "
                           "Opposition figures criticised the vote, while the opposition said it would go to court. "
                           "The bill faced opposition from farmers.")
    assert countries.get("Kenyan opposition") == "KEN"


def test_a_title_with_a_destination_stops_at_the_holders_given_name():
    [article] = onrecord.process(["Russian Ambassador to the United States Anatoly Antonov said on Monday that talks were needed."])
    antonov = next(a for a in article.actors if a.name == "Anatoly Antonov")
    assert antonov.roles == ["Ambassador to the United States"] and antonov.country == "RUS"
    [article] = onrecord.process(["Chinese Ambassador to Kenya Zhou Ping said on Monday that talks were needed."])
    assert next(a for a in article.actors if a.name == "Zhou Ping").country != "KEN"  # the posting is no nationality


def test_a_conjunction_before_a_name_is_no_part_of_it():
    doc = load()("Neither Germany nor Poland endorsed the remark afterwards.")
    assert [e.text for e in joined_names(doc)] == ["Germany", "Poland"]


def test_a_body_of_an_international_organisation_belongs_to_no_state():
    """Section 3: "American" inside "Organization of American States" is no nationality, and the
    council is the organisation's, not the story's country's."""
    countries = _countries("GUATEMALA CITY, May 2 (Wire) - The Permanent Council of the Organization of American States "
                           "voted on Thursday to send a mission to Guatemala.")
    assert countries.get("Permanent Council of the Organization of American States", "absent") is None, countries
