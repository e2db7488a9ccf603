"""Personnel matters about a named person (pay, reviews, warnings, dismissal,
leave, hiring), in 18 languages, and HR text about nobody: policies,
templates, job ads, and well-known people in the news.

Names come from Faker (as in people.py, which the name lexicon never reads).
A case is about the whole text: a positive is labelled `hr_record` over the
whole sentence (any HR finding in it counts once) and `person_name` over the
name, which is scored apart as `hr-names`. Each case carries a `split` like
the people cases: holdout cases take their sentences from HOLDOUT, written
before the detector was measured on them and not looked at while tuning.
"""
from gen import split_of

SEED = 17

# language -> Faker locale
LOCALES = {"en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "pt": "pt_BR", "nl": "nl_NL",
           "sv": "sv_SE", "pl": "pl_PL", "ru": "ru_RU", "tr": "tr_TR", "ja": "ja_JP", "zh": "zh_CN", "ko": "ko_KR",
           "ar": "ar_AA", "hi": "hi_IN", "vi": "vi_VN", "id": "id_ID"}

# language -> tune sentences about {n}
TUNE = {
    "en": ["Summarise for the file: {n} - performance review 2/5, improvement plan, salary frozen at 88,000 EUR.",
           "Draft a written warning for {n} about repeated lateness.",
           "{n} is on maternity leave until June; who covers her accounts?",
           "We're not moving forward with {n}; she asked for a salary of 95k."],
    "de": ["Bitte formuliere eine Abmahnung für {n} wegen wiederholter Verspätung.",
           "{n} ist seit Montag krankgeschrieben."],
    "fr": ["Rédige un avertissement pour {n} suite à ses retards répétés.",
           "{n} est en arrêt maladie depuis lundi."],
    "es": ["Redacta una amonestación para {n} por llegar tarde varias veces.",
           "{n} está de baja médica desde el lunes."],
    "it": ["Scrivi un richiamo disciplinare per {n} per i ritardi ripetuti.",
           "{n} è in malattia da lunedì."],
    "pt": ["Escreva uma advertência para {n} pelos atrasos repetidos.",
           "{n} está de licença médica desde segunda."],
    "nl": ["Schrijf een verbeterplan voor {n} na het slechte functioneringsgesprek."],
    "sv": ["{n} är sjukskriven sedan måndag."],
    "pl": ["{n} jest na zwolnieniu lekarskim od poniedziałku."],
    "ru": ["Подготовьте выговор для сотрудника {n} за опоздания."],
    "tr": ["{n} pazartesiden beri hastalık izninde."],
    "ja": ["{n}さんの人事評価をまとめてください。"],
    "zh": ["请为{n}写一份绩效改进计划。"],
    "ko": ["{n} 님의 연봉 협상 결과를 정리해 주세요."],
    "ar": ["يرجى كتابة إنذار نهائي للموظف {n} بسبب التأخير المتكرر."],
    "hi": ["{n} का वेतन अगले महीने से बढ़ेगा।"],
    "vi": ["Hãy soạn quyết định kỷ luật cho {n}."],
    "id": ["{n} sedang cuti melahirkan sampai Juni."],
}

# The first holdout sentences, measured once (precision 1.000, recall 0.409:
# mostly names the recogniser does not know, and inflected terms), then the
# detector changed: tune sentences now.
SEEN = {
    "en": ["Can you help me word the conversation with {n}? We're letting him go at the end of the month.",
           "Reference for {n}: reliable, but struggled with deadlines in her last two quarters.",
           "Notes from my 1:1 with {n}: wants a promotion, unhappy with her bonus, considering leaving."],
    "de": ["Gesprächsnotiz {n}: möchte mehr Gehalt, sonst Wechsel zur Konkurrenz."],
    "fr": ["Compte rendu de l'entretien annuel de {n} : objectifs non atteints."],
    "es": ["{n} ha pedido una excedencia por cuidado de hijos."],
    "it": ["{n} ha chiesto un aumento di stipendio dopo la valutazione annuale."],
    "pt": ["{n} foi demitido por justa causa ontem."],
    "nl": ["{n} heeft zich vanochtend ziek gemeld."],
    "sv": ["{n} har sagt upp sig och har en månads uppsägningstid."],
    "pl": ["{n} dostał naganę za spóźnienia."],
    "ru": ["{n} уходит в декретный отпуск с марта."],
    "tr": ["{n} için maaş artışı onaylandı."],
    "ja": ["{n}さんは来月から育休に入ります。"],
    "zh": ["{n}因违反公司规定被辞退。"],
    "ko": ["{n} 씨는 다음 달부터 육아휴직에 들어갑니다."],
    "ar": ["تمت الموافقة على زيادة الراتب للموظف {n}."],
    "hi": ["{n} को अनुशासनहीनता के लिए बर्खास्त किया गया।"],
    "vi": ["{n} đã bị sa thải vì vi phạm nội quy."],
    "id": ["{n} mendapat surat peringatan kedua bulan ini."],
}

# The second holdout sentences, measured once (precision 1.000, recall
# 0.455), then the detector changed (ambiguous English words only in
# phrases): tune sentences now.
SEEN_2 = {
    "en": ["Please turn these notes into an email: {n} asked about her pay review and mentioned the grievance she raised in May.",
           "Write a short note explaining why we rescinded the job offer to {n}."],
    "de": ["{n} hat die Aufhebungsvereinbarung noch nicht unterschrieben."],
    "fr": ["Merci de préparer la lettre de licenciement de {n}."],
    "es": ["El despido de {n} se hará efectivo el viernes."],
    "it": ["Prepara la lettera di licenziamento per {n}."],
    "pt": ["{n} pediu aumento salarial depois da avaliação de desempenho."],
    "nl": ["{n} krijgt na de proeftijd geen vast contract."],
    "sv": ["{n} får en löneförhöjning från och med april."],
    "pl": ["{n} otrzymał podwyżkę od kwietnia."],
    "ru": ["Сотрудник {n} уволен по собственному желанию."],
    "tr": ["{n} işten çıkarıldı, tazminatı hesaplanacak."],
    "ja": ["{n}さんの給与改定について相談させてください。"],
    "zh": ["{n}的年薪调整方案请审批。"],
    "ko": ["{n} 씨의 징계 결과를 알려 주세요."],
    "ar": ["تم فصل الموظف {n} من العمل بسبب الغياب."],
    "hi": ["{n} की मातृत्व अवकाश की अर्जी मंज़ूर हो गई।"],
    "vi": ["{n} xin nghỉ thai sản từ tháng sau."],
    "id": ["{n} menerima kenaikan gaji mulai April."],
}

# The third holdout sentences, measured once (precision 1.000, recall
# 0.500), then the detector changed (keyword stems, case in every script,
# weak names a personnel matter is about): tune sentences now.
SEEN_3 = {
    "en": ["Turn this into a memo: {n}'s contract won't be renewed after the probation review, effective 30 June.",
           "Help me reply to {n}, who is disputing the outcome of her disciplinary hearing."],
    "de": ["{n} geht ab März in Elternzeit, bitte Vertretung planen."],
    "fr": ["{n} demande une rupture conventionnelle, peux-tu rédiger la réponse ?"],
    "es": ["{n} pide un aumento de sueldo tras su evaluación de desempeño."],
    "it": ["{n} rientra dal congedo di maternità a settembre."],
    "pt": ["{n} está de licença-maternidade até agosto."],
    "nl": ["{n} is met ouderschapsverlof tot de zomer."],
    "sv": ["{n} är föräldraledig till och med augusti."],
    "pl": ["{n} jest na urlopie macierzyńskim do sierpnia."],
    "ru": ["{n} на больничном с понедельника."],
    "tr": ["{n} doğum izninde, ağustosta dönecek."],
    "ja": ["{n}さんは懲戒処分を受けました。"],
    "zh": ["{n}正在休产假，八月回来。"],
    "ko": ["{n} 씨는 병가 중입니다."],
    "ar": ["الموظف {n} في إجازة مرضية منذ الاثنين."],
    "hi": ["{n} का वेतन वृद्धि प्रस्ताव स्वीकृत हुआ।"],
    "vi": ["{n} đang nghỉ ốm từ thứ Hai."],
    "id": ["{n} sedang cuti sakit sejak Senin."],
}

# The fourth holdout sentences, measured once (precision 1.000, recall
# 0.682), then the detector changed: tune sentences now.
SEEN_4 = {
    "en": ["Can you soften this note? {n} is being moved onto a performance improvement plan next week.",
           "{n} has asked whether her sick days in March affect the annual bonus."],
    "de": ["Bitte formuliere die Abmahnung für {n} wegen wiederholter Verspätung freundlicher."],
    "fr": ["{n} a reçu un avertissement pour absences répétées, peux-tu préparer le courrier ?"],
    "es": ["{n} está de baja por enfermedad desde el martes, ¿quién cubre sus turnos?"],
    "it": ["{n} ha chiesto un aumento di stipendio dopo la valutazione annuale."],
    "pt": ["{n} recebeu uma advertência por faltas repetidas."],
    "nl": ["Kun je de ontslagbrief voor {n} nog eens nalezen?"],
    "sv": ["{n} är sjukskriven resten av veckan, vem tar hennes pass?"],
    "pl": ["{n} poprosił o podwyżkę po ocenie okresowej."],
    "ru": ["{n} получил выговор за опоздания, подготовь приказ."],
    "tr": ["{n} için disiplin cezası tutanağını hazırlar mısın?"],
    "ja": ["{n}さんの昇給について人事に相談したいです。"],
    "zh": ["{n}的试用期延长三个月，请起草通知。"],
    "ko": ["{n} 씨의 연봉 협상 결과를 정리해 주세요."],
    "ar": ["يرجى صياغة خطاب إنهاء الخدمة للموظف {n}."],
    "hi": ["{n} को अनुशासनहीनता के लिए चेतावनी पत्र दिया गया।"],
    "vi": ["{n} bị kỷ luật vì đi làm muộn nhiều lần."],
    "id": ["{n} mendapat surat peringatan karena sering terlambat."],
}

# Holdout sentences (round 5): written after round 4 was measured and before
# the detector was changed for it; not looked at while tuning.
HOLDOUT = {
    "en": ["Write up the exit interview notes for {n}; she is leaving over the pay gap.",
           "{n} was passed over for promotion again and has filed a grievance."],
    "de": ["{n} hat nach dem Mitarbeitergespräch eine Gehaltserhöhung verlangt."],
    "fr": ["{n} conteste son entretien annuel d'évaluation, comment lui répondre ?"],
    "es": ["Prepara la carta de despido disciplinario de {n}."],
    "it": ["{n} è in malattia da lunedì, chi copre i suoi turni?"],
    "pt": ["{n} pediu demissão e quer saber quando recebe a rescisão."],
    "nl": ["{n} heeft een officiële waarschuwing gekregen wegens te laat komen."],
    "sv": ["{n} har fått en skriftlig varning för upprepad frånvaro."],
    "pl": ["{n} dostał wypowiedzenie, przygotuj świadectwo pracy."],
    "ru": ["{n} уходит в декретный отпуск с мая, кто её заменит?"],
    "tr": ["{n} performans değerlendirmesinde düşük puan aldı, görüşme notlarını hazırla."],
    "ja": ["{n}さんは来月から育児休業に入ります。"],
    "zh": ["{n}因多次迟到收到书面警告。"],
    "ko": ["{n} 씨가 육아휴직을 신청했습니다."],
    "ar": ["حصل الموظف {n} على إنذار كتابي بسبب التأخير المتكرر."],
    "hi": ["{n} मातृत्व अवकाश पर हैं, उनका काम कौन संभालेगा?"],
    "vi": ["{n} xin tăng lương sau kỳ đánh giá hiệu suất."],
    "id": ["{n} mengajukan cuti melahirkan mulai bulan depan."],
}

# Text about nobody in particular, and a named person with nothing personnel
# about them: must not be HR findings.
NEAR = {
    "en": ["Our salary bands are reviewed every April; performance reviews happen in March.",
           "Template: Dear [Employee Name], this letter confirms your termination effective [Date].",
           "Job ad: Senior Analyst, salary 60-70k, hybrid, parental leave from day one.",
           "Under the policy, sick leave of more than three days needs a doctor's note."],
    "de": ["Unsere Richtlinie zur Elternzeit gilt für alle Standorte."],
    "fr": ["La politique de congé parental s'applique à tous les sites."],
    "es": ["El periodo de prueba es de seis meses para todos los puestos."],
    "ja": ["人事評価の制度について説明します。"],
}
NAMED_NEAR = {
    "en": ["{n} joined the planning call from the Lisbon office.", "Thanks {n}, the slides look great."],
}
PUBLIC = ["Jack Welch famously fired the bottom ten percent of managers every year.",
          "In 1985 Apple's board removed Steve Jobs from his role, a dismissal he later called the best thing that happened to him."]



def cases(n=4):
    """Yields (kind, text, hr?, name or None, id, split)."""
    from faker import Faker

    for lang, locale in LOCALES.items():
        fake = Faker(locale)
        fake.seed_instance(SEED)
        for i in range(n):
            cid = f"hr/{lang}/pos-{i}"
            split = split_of(cid)
            pool = HOLDOUT[lang] if split == "holdout" else TUNE[lang] + SEEN[lang] + SEEN_2[lang] + SEEN_3[lang] + SEEN_4[lang]
            name = fake.name()
            yield "positive", pool[i % len(pool)].replace("{n}", name), True, name, cid, split
    for lang, texts in NEAR.items():
        for i, text in enumerate(texts):
            cid = f"hr/{lang}/near-{i}"
            yield "near_miss", text, False, None, cid, split_of(cid)
    fake = Faker("en_US")
    fake.seed_instance(SEED)
    for lang, texts in NAMED_NEAR.items():
        for i, text in enumerate(texts):
            cid = f"hr/{lang}/named-{i}"
            name = fake.name()
            yield "near_miss", text.replace("{n}", name), False, name, cid, split_of(cid)
    for i, text in enumerate(PUBLIC):
        cid = f"hr/public-{i}"
        yield "near_miss", text, False, None, cid, split_of(cid)
