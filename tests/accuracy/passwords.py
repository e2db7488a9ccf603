"""Passwords written in prose and config, in many languages, and the
sentences about passwords that hold none ("the password is incorrect").

The values come from the generator below (words, digits and symbols mixed
as people choose them), not from the detector's regex. Each case carries a
`split`: holdout cases take their sentences from HOLDOUT, written after the
detector was last tuned and not looked at while tuning; a measured holdout
moves to SEEN (tune) when the detector changes, and a fresh one is written.
"""
import random

from gen import split_of

SEED = 7

WORDS = ["Falcon", "river", "Sunset", "maple", "Tiger", "winter", "Copper", "ocean", "Lotus", "cobalt",
         "Raven", "summer", "Pepper", "granite", "Orchid", "zebra", "Comet", "harbor", "Willow", "ember"]
SYMBOLS = "!@#$%&*?+-_"


def password(rnd):
    """A password as people make them: leetspeak words, digits, a symbol."""
    shape = rnd.randrange(4)
    w1, w2 = rnd.choice(WORDS), rnd.choice(WORDS)
    leet = str.maketrans({"e": "3", "o": "0", "a": "4", "i": "1"})
    if shape == 0:
        return w1.translate(leet) + w2.capitalize() + rnd.choice(SYMBOLS) + str(rnd.randrange(10, 99))
    if shape == 1:
        return w1.capitalize() + str(rnd.randrange(1970, 2030)) + rnd.choice(SYMBOLS)
    if shape == 2:
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789" + SYMBOLS
        return "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(10, 18)))
    return w1.lower() + rnd.choice(SYMBOLS) + w2.lower() + str(rnd.randrange(1, 9))


# language -> (tune sentences, near misses). `{v}` is the password.
LANGUAGES = {
    "en": (["the db password is {v}, why does login fail?", "Password for the staging server: {v}",
            "my pwd is {v} but it keeps saying invalid", "db_pass={v}", "The wifi passphrase is {v}"],
           ["the password is incorrect, please try again", "Password is required.", "reset your password via the portal"]),
    "es": (["la contraseña del servidor es {v}", "Contraseña: {v}"], ["la contraseña es obligatoria"]),
    "pt": (["a senha do banco é {v}", "Senha: {v}"], ["a senha é obrigatória"]),
    "fr": (["le mot de passe du serveur est {v}", "Mot de passe : {v}"], ["mot de passe oublié ?"]),
    "it": (["la password del server è {v}", "Password: {v}"], ["la password è scaduta"]),
    "de": (["das Passwort für den Server lautet {v}", "Kennwort: {v}"], ["Passwort ist abgelaufen"]),
    "nl": (["het wachtwoord is {v}", "Wachtwoord: {v}"], ["wachtwoord vergeten?"]),
    "sv": (["lösenordet till servern är {v}", "Lösenord: {v}"], ["lösenordet är fel"]),
    "pl": (["hasło do serwera to {v}", "Hasło: {v}"], ["hasło jest nieprawidłowe"]),
    "cs": (["heslo k serveru je {v}", "Heslo: {v}"], ["heslo je špatně"]),
    "ru": (["пароль от сервера — {v}", "Пароль: {v}"], ["пароль неверный"]),
    "tr": (["sunucu şifresi: {v}", "Şifre: {v}"], ["şifre yanlış"]),
    "el": (["ο κωδικός είναι {v}", "Κωδικός: {v}"], ["ο κωδικός είναι λάθος"]),
    "ar": (["كلمة المرور: {v}", "كلمة السر هي {v}"], ["كلمة المرور غير صحيحة"]),
    "he": (["סיסמה: {v}"], ["הסיסמה שגויה"]),
    "hi": (["पासवर्ड: {v}"], ["पासवर्ड गलत है"]),
    "vi": (["mật khẩu là {v}", "Mật khẩu: {v}"], ["mật khẩu sai"]),
    "id": (["kata sandi server adalah {v}", "Kata sandi: {v}"], ["kata sandi salah"]),
    "sw": (["nenosiri ni {v}"], ["nenosiri si sahihi"]),
}

# The first holdout sentences, measured once (recall 0.065: the keyword
# followed by the value with only a space), then the pattern changed: tune
# sentences now.
SEEN = {
    "en": ["can you check why 'admin' / {v} doesn't work on the router?", "use pass phrase {v} to unlock the vault"],
    "es": ["el usuario es admin y la clave es {v}"],
    "pt": ["login: admin, senha {v}"],
    "fr": ["identifiant admin, mot de passe {v}"],
    "it": ["utente admin con password {v}"],
    "de": ["Benutzer admin, Passwort {v}"],
    "nl": ["gebruiker admin met wachtwoord {v}"],
    "sv": ["användare admin, lösenord {v}"],
    "pl": ["login admin, hasło {v}"],
    "cs": ["uživatel admin, heslo {v}"],
    "ru": ["логин admin, пароль {v}"],
    "tr": ["kullanıcı admin, şifre {v}"],
    "el": ["χρήστης admin, κωδικός {v}"],
    "ar": ["اسم المستخدم admin وكلمة المرور {v}"],
    "he": ["משתמש admin, סיסמה {v}"],
    "hi": ["यूज़र admin, पासवर्ड {v}"],
    "vi": ["tài khoản admin, mật khẩu {v}"],
    "id": ["user admin, kata sandi {v}"],
    "sw": ["mtumiaji admin, nenosiri {v}"],
}


# The second holdout sentences, measured once (recall 0.065: words between
# the keyword and the value), then a pattern for that was added: tune now.
SEEN_2 = {
    "en": ["I changed the password to {v} yesterday, can you update the runbook?", "wifi: GuestNet / password {v}"],
    "es": ["He cambiado la contraseña a {v}, ¿puedes actualizar el manual?"],
    "pt": ["Mudei a senha para {v} ontem."],
    "fr": ["J'ai changé le mot de passe en {v} hier."],
    "it": ["Ho cambiato la password in {v} ieri."],
    "de": ["Ich habe das Passwort gestern auf {v} geändert."],
    "nl": ["Ik heb het wachtwoord gisteren veranderd in {v}."],
    "sv": ["Jag bytte lösenordet till {v} i går."],
    "pl": ["Zmieniłem wczoraj hasło na {v}."],
    "cs": ["Včera jsem změnil heslo na {v}."],
    "ru": ["Я вчера поменял пароль на {v}."],
    "tr": ["Dün şifreyi {v} olarak değiştirdim."],
    "el": ["Άλλαξα χθες τον κωδικό σε {v}."],
    "ar": ["غيرت كلمة المرور أمس إلى {v}."],
    "he": ["שיניתי אתמול את הסיסמה ל-{v}."],
    "hi": ["मैंने कल पासवर्ड बदलकर {v} कर दिया।"],
    "vi": ["Hôm qua tôi đã đổi mật khẩu thành {v}."],
    "id": ["Kemarin saya mengganti kata sandi menjadi {v}."],
    "sw": ["Jana nilibadilisha nenosiri kuwa {v}."],
}


# Holdout sentences (round 3): written after the last change, never looked
# at while tuning.
HOLDOUT = {
    "en": ["New hire setup: laptop login is jsmith, temp password {v} (must change on first login)", "Here's the export from our vault: root / {v} / prod-db-1"],
    "es": ["Alta de empleado: usuario jlopez, contraseña temporal {v}"],
    "pt": ["Novo acesso: usuário jsilva, senha provisória {v}"],
    "fr": ["Nouvel arrivant : identifiant jmartin, mot de passe provisoire {v}"],
    "it": ["Nuovo accesso: utente jrossi, password temporanea {v}"],
    "de": ["Neuer Mitarbeiter: Benutzer jmueller, vorläufiges Passwort {v}"],
    "nl": ["Nieuwe medewerker: gebruiker jdevries, tijdelijk wachtwoord {v}"],
    "sv": ["Ny anställd: användare jsvensson, tillfälligt lösenord {v}"],
    "pl": ["Nowy pracownik: login jnowak, tymczasowe hasło {v}"],
    "cs": ["Nový zaměstnanec: uživatel jnovak, dočasné heslo {v}"],
    "ru": ["Новый сотрудник: логин ivanov, временный пароль {v}"],
    "tr": ["Yeni çalışan: kullanıcı adı ayilmaz, geçici şifre {v}"],
    "el": ["Νέος υπάλληλος: χρήστης gpapas, προσωρινός κωδικός {v}"],
    "ar": ["موظف جديد: اسم المستخدم ahmad، كلمة المرور المؤقتة {v}"],
    "he": ["עובד חדש: שם משתמש dcohen, סיסמה זמנית {v}"],
    "hi": ["नया कर्मचारी: यूज़रनेम rsharma, अस्थायी पासवर्ड {v}"],
    "vi": ["Nhân viên mới: tài khoản nguyenv, mật khẩu tạm thời {v}"],
    "id": ["Karyawan baru: user bsantoso, kata sandi sementara {v}"],
    "sw": ["Mfanyakazi mpya: mtumiaji jmwangi, nenosiri la muda {v}"],
}



def cases(n=6):
    """Yields (kind, text, value or None, id, split)."""
    rnd = random.Random(SEED)
    for lang, (sentences, near) in LANGUAGES.items():
        for i in range(n):
            cid = f"passwords/{lang}/pos-{i}"
            split = split_of(cid)
            pool = HOLDOUT[lang] if split == "holdout" else sentences + SEEN[lang] + SEEN_2[lang]
            value = password(rnd)
            yield "positive", pool[i % len(pool)].replace("{v}", value), value, cid, split
        for i, text in enumerate(near):
            cid = f"passwords/{lang}/near-{i}"
            yield "near_miss", text, None, cid, split_of(cid)
