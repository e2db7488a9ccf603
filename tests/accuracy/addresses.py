"""Postal addresses from Faker's address providers in 20 locales (17
countries), on one line or several, in sentences with the address words of
the language; and text with a street name or a postcode that is not anybody's
address. Each case carries a `split` like the people cases: holdout cases take
their sentences from HOLDOUT, written before the detector was measured on them
and not looked at while tuning.
"""
import random

from gen import split_of

SEED = 19

# Faker locale -> language of the sentences
LOCALES = {
    "en_US": "en", "en_GB": "en", "en_CA": "en", "en_AU": "en", "en_NZ": "en", "en_IE": "en",
    "de_DE": "de", "de_AT": "de", "de_CH": "de", "fr_FR": "fr", "es_ES": "es", "it_IT": "it",
    "nl_NL": "nl", "nl_BE": "nl", "pt_BR": "pt", "pt_PT": "pt", "pl_PL": "pl", "sv_SE": "sv",
    "da_DK": "da", "fi_FI": "fi", "cs_CZ": "cs", "no_NO": "no",
}

# language -> tune sentences; {v} is the address.
TUNE = {
    "en": ["Please ship the replacement to {v}.", "Billing address:\n{v}"],
    "de": ["Bitte schicken Sie das Paket an {v}.", "Lieferadresse:\n{v}"],
    "fr": ["Merci d'envoyer le colis à {v}.", "Adresse de livraison :\n{v}"],
    "es": ["Envíe el paquete a {v}.", "Dirección de entrega:\n{v}"],
    "it": ["Spedite il pacco a {v}.", "Indirizzo di consegna:\n{v}"],
    "nl": ["Stuur het pakket naar {v}.", "Afleveradres:\n{v}"],
    "pt": ["Envie a encomenda para {v}.", "Endereço de entrega:\n{v}"],
    "pl": ["Proszę wysłać paczkę na adres {v}.", "Adres dostawy:\n{v}"],
    "sv": ["Skicka paketet till {v}.", "Leveransadress:\n{v}"],
    "da": ["Send pakken til {v}.", "Leveringsadresse:\n{v}"],
    "fi": ["Lähetä paketti osoitteeseen {v}.", "Toimitusosoite:\n{v}"],
    "cs": ["Pošlete balík na adresu {v}.", "Doručovací adresa:\n{v}"],
    "no": ["Send pakken til {v}.", "Leveringsadresse:\n{v}"],
}

# The first holdout sentences, measured before the detector knew these
# countries (recall 0.000) and once after (precision 1.000, recall 0.912);
# tune sentences now.
SEEN = {
    "en": ["The tenant at {v} reports a leak in the bathroom, can you draft a reply?"],
    "de": ["Die Mieterin wohnt in {v} und meldet einen Wasserschaden."],
    "fr": ["Le client habite {v} et signale un colis abîmé."],
    "es": ["El cliente vive en {v} y dice que el pedido llegó dañado."],
    "it": ["Il cliente abita in {v} e segnala un pacco danneggiato."],
    "nl": ["De klant woont op {v} en meldt een beschadigd pakket."],
    "pt": ["O cliente mora em {v} e diz que a encomenda chegou danificada."],
    "pl": ["Klient mieszka pod adresem {v} i zgłasza uszkodzoną paczkę."],
    "sv": ["Kunden bor på {v} och anmäler ett skadat paket."],
    "da": ["Kunden bor på {v} og melder en beskadiget pakke."],
    "fi": ["Asiakas asuu osoitteessa {v} ja ilmoittaa vaurioituneesta paketista."],
    "cs": ["Zákazník bydlí na adrese {v} a hlásí poškozený balík."],
    "no": ["Kunden bor i {v} og melder om en skadet pakke."],
}

# Holdout sentences (round 2): written after round 1 was measured, before
# the detector was tuned on the tune misses; not looked at while tuning.
HOLDOUT = {
    "en": ["Update the CRM: new correspondence address is {v} (from 1 March)."],
    "de": ["Neue Anschrift ab März: {v}"],
    "fr": ["Nouvelle adresse à partir de mars : {v}"],
    "es": ["Nueva dirección desde marzo: {v}"],
    "it": ["Nuovo indirizzo da marzo: {v}"],
    "nl": ["Nieuw adres vanaf maart: {v}"],
    "pt": ["Novo endereço a partir de março: {v}"],
    "pl": ["Nowy adres od marca: {v}"],
    "sv": ["Ny adress från mars: {v}"],
    "da": ["Ny adresse fra marts: {v}"],
    "fi": ["Uusi osoite maaliskuusta alkaen: {v}"],
    "cs": ["Nová adresa od března: {v}"],
    "no": ["Ny adresse fra mars: {v}"],
}

# Street names, postcodes and numbers that are not anybody's address.
NEAR = [
    "The Abbey Road album came out in 1969.",
    "Version 2, 2019 Release notes are attached.",
    "Berlin has 3,878,100 inhabitants; Hamburg about 1,900,000.",
    "Our office moved to Lyon in 2021.",
    "See chapter 12, 10115 words in total.",
    "Wall Street fell 2% on Tuesday.",
    "Postcodes in Germany have five digits, like 10115 for central Berlin.",
    "The meeting is in room 4012, building C.",
]



def cases(n=5):
    """Yields (kind, text, address or None, id, split)."""
    from faker import Faker

    rnd = random.Random(SEED)
    for locale, lang in LOCALES.items():
        fake = Faker(locale)
        fake.seed_instance(SEED)
        for i in range(n):
            cid = f"addresses/{locale}/pos-{i}"
            split = split_of(cid)
            address = fake.address().strip()
            # People paste addresses on one line as often as on several.
            if i % 2 == 0:
                address = ", ".join(line.strip() for line in address.splitlines())
            template = rnd.choice(HOLDOUT[lang] if split == "holdout" else TUNE[lang] + SEEN[lang])
            yield "positive", template.replace("{v}", address), address, cid, split
    for i, text in enumerate(NEAR):
        cid = f"addresses/near-{i}"
        yield "near_miss", text, None, cid, split_of(cid)
