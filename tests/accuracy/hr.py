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

# The fifth holdout sentences, measured once (precision 1.000, recall
# 0.636), then the detector changed: tune sentences now.
SEEN_5 = {
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

# The sixth holdout sentences (second writer), measured once (precision
# 1.000, recall 0.219), then the keywords grew (1.000, 0.625): tune now.
SEEN_6 = {
    "en": ["Can you help me structure the redundancy consultation with {n}? Their role goes when the Leeds site closes in September.",
           "Offer recommendation: {n} was the strongest of the five finalists; asking 72k plus a signing bonus, and we can go to 68k.",
           "I have to tell {n} that this year's bonus is being cut in half because the team missed its targets. How do I phrase it?"],
    "de": ["{n} hat die Probezeit bestanden; bitte bereite das Schreiben zur Übernahme in ein unbefristetes Arbeitsverhältnis vor.",
           "Für die Stelle im Einkauf favorisieren wir {n}, allerdings liegt die Gehaltsvorstellung mit 74.000 € deutlich über dem Budget."],
    "fr": ["{n} a remis sa démission ce matin ; peux-tu m'aider à calculer le préavis et les congés restants ?",
           "La prime annuelle de {n} sera réduite de moitié faute d'objectifs atteints ; comment le lui annoncer ?"],
    "es": ["Redacta una carta de suspensión de empleo y sueldo de tres días para {n} por insultar a un cliente.",
           "¿Cómo le comunico el ERE a {n}? Su puesto desaparece con el cierre del almacén de Getafe."],
    "it": ["{n} ha superato il periodo di prova: prepara la lettera di conferma dell'assunzione a tempo indeterminato.",
           "Dobbiamo comunicare a {n} il taglio del premio di produzione per quest'anno; aiutami a trovare le parole giuste."],
    "pt": ["{n} foi aprovado no processo seletivo, mas pediu salário de R$ 12 mil e a nossa faixa vai até R$ 10 mil.",
           "Preciso montar o plano de melhoria de desempenho de {n}, com metas para os próximos 90 dias."],
    "nl": ["{n} wil na het geboorteverlof vier dagen per week gaan werken; hoe reageren we op dat verzoek?",
           "Voor de vacature van controller kiezen we {n}, maar de salariseis van 5.200 euro bruto per maand ligt boven onze schaal."],
    "sv": ["Vi vill erbjuda {n} tjänsten som projektledare, men lönekravet på 58 000 kronor i månaden ligger över budget.",
           "{n} varslas om uppsägning på grund av arbetsbrist när lagret i Borås stänger."],
    "pl": ["{n} składa dziś wypowiedzenie z trzymiesięcznym okresem; przygotuj plan przekazania obowiązków.",
           "Ocena roczna – {n}: cele zrealizowane w 60%, premia kwartalna wstrzymana do odwołania."],
    "ru": ["Кандидат {n} прошёл все этапы, но просит 250 000 рублей на руки, а наша вилка — до 210 000.",
           "Подготовь уведомление о сокращении: должность, которую занимает {n}, упраздняется с 1 октября."],
    "tr": ["{n} deneme süresini başarıyla tamamladı; kadroya geçiş yazısını hazırlar mısın?",
           "{n} için yıllık prim bu yıl yarıya indirildi, bunu kendisine nasıl açıklarım?"],
    "ja": ["{n}さんから退職届が提出されました。引き継ぎと有給消化のスケジュールを作ってください。",
           "最終面接に進んだ{n}さんは年収850万円を希望していますが、予算は750万円です。オファー額をどう提示すべきでしょうか？"],
    "zh": ["{n}涉嫌泄露客户资料，下周三召开违纪调查会，请帮我起草会议通知。",
           "候选人{n}期望年薪45万，我们的预算只有38万，怎么回复比较合适？"],
    "ko": ["{n} 씨의 수습 기간 평가 결과가 좋지 않아 정규직 전환이 보류되었습니다. 통보 메일을 써 주세요.",
           "구조조정 대상에 {n} 님이 포함되었습니다. 면담을 어떤 말로 시작하면 좋을까요?"],
    "ar": ["ضع خطة لتحسين أداء الموظف {n} مدتها ستون يومًا مع أهداف قابلة للقياس.",
           "المرشح {n} يطلب راتبًا شهريًا قدره 25 ألف درهم، بينما لا تتجاوز ميزانيتنا 20 ألفًا؛ كيف نرد عليه؟"],
    "hi": ["{n} ने आज इस्तीफ़ा दे दिया है; नोटिस अवधि और बची हुई छुट्टियों का हिसाब बनाने में मदद करो।",
           "{n} के पिछले नियोक्ता से रेफ़रेंस मिला है: काम में भरोसेमंद, पर टीम के साथ तालमेल कमज़ोर। इसका सार लिखो।"],
    "vi": ["{n} phải nghỉ ốm dài ngày sau ca phẫu thuật; hãy soạn email thông báo cho cả phòng về việc phân công lại công việc.",
           "Ứng viên {n} đề nghị mức lương 35 triệu mỗi tháng, trong khi ngân sách của chúng tôi chỉ có 28 triệu; nên trả lời thế nào?"],
    "id": ["{n} sudah dua minggu dirawat di rumah sakit; tolong jelaskan hak cuti sakit dan gajinya selama tidak masuk.",
           "Kami harus memberi tahu {n} bahwa bonus tahunannya dipotong separuh karena target tim tidak tercapai."],
}

# Round 7 (a fourth writer, who had read neither the detector nor any earlier
# sentence): the holdout until it was measured twice (0.240, then 0.380 with
# the long keyword list); tune sentences since.
SEEN_7 = {
    "en": [
        "Please draft the relocation package letter for {n}: two months' temporary housing in Rotterdam, shipping for one container and a €5,000 settling-in allowance.",
        "After three complaints from the night team, we're moving {n} onto the weekend rota from 1 May. How do I word this so it doesn't read as a punishment?",
        "A recruiter from another company has asked for a reference on {n}; what can I legally say about last year's written warning?",
    ],
    "de": [
        "Bitte bereite das Gespräch zum Ende der Probezeit mit {n} vor – fachlich passt alles, aber die Zusammenarbeit im Team ist schwierig.",
        "Gegen {n} liegt eine Beschwerde wegen sexueller Belästigung vor. Wie sollen wir die Anhörung dokumentieren?",
        "Nach der Knie-OP soll {n} stufenweise wieder einsteigen, erst vier Stunden täglich, dann sechs. Kannst du daraus einen Wiedereingliederungsplan machen?",
    ],
    "fr": [
        "Nous voulons faire une contre-proposition à {n}, qui a reçu une offre d'un concurrent : +8 % et deux jours de télétravail. Peux-tu rédiger le courrier ?",
        "Peux-tu m'aider à trouver un salaire de référence pour le poste occupé par {n} (contrôle de gestion, cinq ans d'expérience, Lyon) ?",
        "La fiche de paie de mars de {n} n'intègre pas les heures supplémentaires du 14 ; comment corriger l'erreur avant le prochain virement ?",
    ],
    "es": [
        "{n} ha pedido tres meses de excedencia sin sueldo para cuidar de su padre; ¿qué debemos tener en cuenta antes de aprobarla?",
        "Tras la reestructuración vamos a comunicar a {n} el paso a un puesto de categoría inferior. ¿Cómo redacto la carta sin que suene a castigo?",
        "Revisa la cláusula de no competencia del contrato de {n}: dos años sin poder trabajar para la competencia y sin compensación. ¿Es válida en España?",
    ],
    "it": [
        "Mi serve un piano di coaching per {n} dopo le lamentele dei clienti sul tono delle email.",
        "La data di pensionamento di {n} è fissata al 30 settembre: come organizziamo il passaggio di consegne?",
        "{n} contesta il calcolo degli straordinari di febbraio e sostiene che mancano undici ore. Come rispondiamo?",
    ],
    "pt": [
        "Precisamos marcar a reunião de avaliação do período de experiência de {n} antes do dia 20. Pode montar uma pauta?",
        "Chegou uma denúncia de assédio contra {n}. Quais são os primeiros passos que o RH deve seguir?",
        "Qual é a faixa salarial de mercado para a função de {n}, analista de dados pleno em Campinas?",
    ],
    "nl": [
        "Kun je een brief opstellen over het verhuispakket voor {n}, die per september naar ons kantoor in Singapore gaat?",
        "{n} heeft een aanbod van een concurrent gekregen; kunnen we met een tegenbod van 6% meer salaris een opzegging voorkomen?",
        "Re-integratieplan voor {n} na de rugoperatie: week 1–2 halve dagen, daarna volledig. Kun je dit netjes uitwerken?",
    ],
    "sv": [
        "Kan du hjälpa mig formulera kallelsen till {n} om ett samtal kring prövotiden? Vi är tveksamma till en tillsvidareanställning.",
        "Lönespecifikationen för {n} visar fel semesterersättning för april; hur rättar vi det smidigast?",
        "{n} har begärt tjänstledighet utan lön i sex månader för att segla över Atlanten. Vad säger lagen om vi vill säga nej?",
    ],
    "pl": [
        "Pracownik: {n}. Powrót do pracy po operacji kręgosłupa – przez pierwszy miesiąc pół etatu. Przygotuj proszę plan.",
        "Wpłynęła skarga dotycząca molestowania; osoba wskazana w skardze to {n}. Jak przeprowadzić postępowanie wyjaśniające?",
        "Zakaz konkurencji w umowie – pracownik: {n}, okres 12 miesięcy, odszkodowanie 25% wynagrodzenia. Czy to zgodne z Kodeksem pracy?",
    ],
    "ru": [
        "Сотрудник: {n}. Основание: жалобы клиентов. Нужно составить план наставничества на три месяца.",
        "Новый работодатель запрашивает рекомендацию, кандидат — {n}. Что можно сообщать о причинах увольнения?",
        "{n} просит пересчитать сверхурочные за март: по табелю выходит на 14 часов больше.",
    ],
    "tr": [
        "{n} için hazırlanan karşı teklifte maaşa %15 zam ve ek izin var; yazıyı kontrol eder misin?",
        "Şikâyetlerin ardından {n} adlı çalışan gece vardiyasına alındı; bu bir disiplin cezası sayılır mı?",
        "Emeklilik tarihi 1 Haziran olan {n} için bir veda toplantısı ve devir planı hazırlamamız gerekiyor.",
    ],
    "ja": [
        "{n}さんの試用期間面談を来週設定したいので、評価シートの項目を整理してもらえますか。",
        "{n}さんから3か月の無給休暇の申請がありました。就業規則上、認められるか確認したいです。",
        "降格の通知書を{n}さん宛てに作成する必要があります。角が立たない表現でお願いします。",
    ],
    "zh": [
        "请帮我起草一份给{n}的异地调动安置方案，包括三个月的临时住房和搬家补贴。",
        "有员工投诉{n}存在骚扰行为，人事部门应该怎样启动调查？",
        "{n}的工资条上多扣了一笔社保，下个月发薪前怎么更正？",
    ],
    "ko": [
        "{n} 님의 복직 계획을 세워야 해요. 허리 수술 후라서 처음 한 달은 하루 4시간 근무로 하려고 합니다.",
        "경쟁사 제안을 받은 {n} 씨에게 카운터 오퍼를 하려는데, 연봉 인상 폭을 어느 정도로 잡는 게 좋을까?",
        "{n}의 근로계약서에 있는 경업금지 조항이 2년인데, 법적으로 유효한지 알려 줘.",
    ],
    "ar": [
        "تقدّم أحد الموظفين بشكوى تحرّش ضد {n}. ما الخطوات الأولى التي يجب على قسم الموارد البشرية اتخاذها؟",
        "بعد شكاوى العملاء المتكررة، نريد وضع خطة توجيه مدتها ثلاثة أشهر للموظف {n}.",
        "ما متوسط الراتب في السوق لوظيفة {n} (محاسب أول، خمس سنوات خبرة، دبي)؟",
    ],
    "hi": [
        "{n} ने तीन महीने की बिना वेतन छुट्टी के लिए आवेदन किया है; कंपनी की नीति के हिसाब से इस पर क्या फ़ैसला लें?",
        "पुणे से बेंगलुरु ट्रांसफ़र होने पर {n} को रिलोकेशन पैकेज में क्या-क्या देना चाहिए?",
        "नए नियोक्ता ने {n} के बारे में रेफ़रेंस माँगा है; क्या पिछले साल की चेतावनी का ज़िक्र करना ठीक होगा?",
    ],
    "vi": [
        "Phòng nhân sự cần soạn thông báo giáng chức cho {n} sau đợt đánh giá quý ba. Bạn viết giúp sao cho nhẹ nhàng nhất nhé.",
        "Bảng lương tháng 4 của {n} bị tính thiếu tiền làm thêm giờ; làm sao để điều chỉnh trước kỳ lương tới?",
        "Cuộc họp đánh giá thử việc với {n} sẽ diễn ra vào thứ Sáu; nên chuẩn bị những câu hỏi nào?",
    ],
    "id": [
        "Tolong susun surat penawaran balik untuk {n} supaya tidak jadi pindah ke perusahaan pesaing.",
        "Jadwal shift {n} dipindah ke malam sebagai sanksi setelah dua kali terlambat. Apakah itu dibolehkan menurut UU Ketenagakerjaan?",
        "Berapa kisaran gaji pasar untuk posisi {n}, yaitu manajer gudang di Surabaya dengan pengalaman tujuh tahun?",
    ],
}

# Round 8 (a fifth writer, who had read neither the detector nor any earlier
# sentence): the holdout until it was measured twice (0.700, then 0.760 with
# 1,113 more keyword phrases and the people changes); tune sentences since,
# and NEAR_8 (the same writer's HR text about nobody) tune near misses.
SEEN_8 = {
    "en": [
        "Can you help me tighten up this PIP for {n}? Targets are 95% ticket resolution within 48h, weekly check-ins with me, and a formal review at day 60.",
        "Employee: {n} | Grade: L4 | Base: £52,000 | Proposed bonus: 6% | Manager note: held back from promotion this cycle due to missed Q3 deliverables",
        "quick one - {n} is coming back Monday after 5 weeks off sick with back surgery, OT says reduced hours for a month. can you draft a phased return-to-work plan?",
    ],
    "de": [
        "Bitte formulier mir eine Abmahnung für {n}: dreimal unentschuldigt zu spät zur Frühschicht im Oktober, trotz mündlicher Ermahnung am 2.10.",
        "Notiz aus dem Gespräch: Frau {n} geht ab 1. März für 12 Monate in Elternzeit, danach Teilzeit mit 25 Stunden gewünscht. Vertretung muss noch geklärt werden.",
        "Der Kandidat {n} will 78.000 brutto plus Dienstwagen, unser Budget liegt bei 70k. Wie schreibe ich ihm ein Gegenangebot, ohne dass er abspringt?",
    ],
    "fr": [
        "On part sur une rupture conventionnelle avec {n}, indemnité négociée à 14 000 €, date de fin au 30 avril. Tu peux me rédiger le courrier de convocation à l'entretien ?",
        "{n} est en arrêt maladie depuis trois semaines et vient d'envoyer une prolongation jusqu'à fin mai ; il faut prévenir la paie et organiser la visite de reprise.",
        "Compte rendu entretien annuel — {n} : objectifs atteints à 60 %, note « à améliorer », pas d'augmentation cette année, formation Excel avancé proposée.",
    ],
    "es": [
        "Necesito redactar la carta de despido disciplinario de {n} por ausencias injustificadas reiteradas en enero y febrero. ¿Me ayudas con el tono y los hechos?",
        "Hola, te cuento: {n} nos avisó que empieza la baja por maternidad el 10 de junio y luego quiere pedir reducción de jornada. ¿Cómo lo organizo con el equipo?",
        "Me piden referencias de {n}, que trabajó conmigo dos años como jefe de almacén. Era puntual pero tuvo un expediente por conflicto con un compañero, ¿lo menciono?",
    ],
    "it": [
        "Devo mandare una lettera di richiamo a {n} perché ha usato il badge di un collega per timbrare. Mi aiuti a scriverla in modo formale ma non troppo duro?",
        "Dipendente: {n} | Ruolo attuale: impiegata di 3° livello | Proposta: passaggio a quadro dal 1° luglio con RAL da 38.000 a 45.000 euro",
        "Il permesso di soggiorno di {n} scade a settembre e il rinnovo per lavoro subordinato è ancora in attesa in questura; possiamo tenerlo in servizio nel frattempo?",
    ],
    "pt": [
        "Preciso de ajuda pra montar a justificativa da demissão por justa causa do {n}, pegaram ele desviando mercadoria do estoque duas vezes esse mês.",
        "A {n} já entregou quatro atestados médicos em dois meses e o gestor tá desconfiado. Como a gente conversa com ela sem parecer perseguição?",
        "Oi, o {n} tá cobrando 40 horas extras de dezembro que não caíram no holerite e ameaçou entrar na Justiça do Trabalho. Me ajuda a responder o e-mail dele?",
    ],
    "nl": [
        "{n} heeft zich vorige week ziek gemeld met burn-outklachten; de bedrijfsarts wil een plan van aanpak voor re-integratie. Kun je een eerste opzet maken?",
        "We verlengen de proeftijd van {n} niet, de inwerkperiode liep stroef en klanten klaagden over de communicatie. Hoe breng ik dat netjes in een mailtje?",
        "Medewerker: {n} | Afdeling: Sales | Targets 2023: 112% | Voorstel bonus: € 4.500 plus extra vakantiedag | Goedgekeurd door: teamleider",
    ],
    "sv": [
        "Vi måste säga upp {n} på grund av arbetsbrist, hen har kortast anställningstid på lagret. Kan du hjälpa mig skriva uppsägningsbeskedet enligt LAS?",
        "Anteckningar lönesamtal: {n} önskar 3 000 kr mer i månaden, chefen föreslår 1 200 kr med hänvisning till att målen för kundnöjdhet inte nåddes.",
        "Hej! {n} ska vara föräldraledig från augusti till januari och vill sedan gå ner till 80 %. Hur ska jag formulera svaret till henne?",
    ],
    "pl": [
        "Pomóż mi napisać wypowiedzenie umowy o pracę dla {n} z zachowaniem trzymiesięcznego okresu wypowiedzenia, przyczyna: likwidacja stanowiska w dziale księgowości.",
        "{n} jest na L4 od połowy marca i znowu przedłużył zwolnienie. Szef pyta, czy możemy go w tym czasie przenieść do innego działu, co mu odpisać?",
        "Notatka ze spotkania: {n} prosi o podwyżkę do 9500 zł brutto, bo dostała ofertę z konkurencji. Decyzja kierownika: max 8800 zł od lipca.",
    ],
    "ru": [
        "Нужно оформить выговор сотруднику {n} за то, что он дважды не вышел на ночную смену без предупреждения. Помоги составить приказ и текст объяснительной.",
        "{n} написала заявление по собственному желанию, последний день — 14 ноября. Хотим предложить ей остаться с повышением, как лучше построить разговор?",
        "Сотрудник: {n} | Статус: в декрете до 2025 г. | Вопрос: можно ли ему выплатить годовую премию за отработанные месяцы?",
    ],
    "tr": [
        "{n} için yıllık performans değerlendirmesini yazmam lazım; hedeflerin yarısını tutturdu ama ekip içinde çok sevilen biri. Dengeli bir metin hazırlar mısın?",
        "Selam, {n} bugün istifasını verdi, ihbar süresi 6 hafta ama 2 hafta sonra çıkmak istiyor. Kalan yıllık izinlerini düşebilir miyiz?",
        "Aday: {n} | Pozisyon: Kıdemli Yazılım Geliştirici | Talep edilen maaş: net 95.000 TL | Teklifimiz: net 85.000 TL + yemek kartı",
    ],
    "ja": [
        "{n}さんがうつ病の診断書を出して、来月から3か月休職することになりました。チームへの伝え方と復職面談の段取りを一緒に考えてもらえますか？",
        "今期の人事評価で{n}の評価をBからCに下げる予定です。本人へのフィードバック面談で使う説明文を作ってください。",
        "最終面接の結果、{n}さんに内定を出すことになりました。提示年収は620万円、入社日は4月1日で内定通知メールを書いてほしいです。",
    ],
    "zh": [
        "帮我给{n}写一份绩效改进计划，他连续两个季度销售额没达标，改进期三个月，每两周跟主管复盘一次。",
        "领导决定把{n}从区域经理调岗到仓储主管，工资也降了两千，她很不满意说要去仲裁，我该怎么回复她？",
        "会议纪要：{n}劳动合同年底到期，部门建议不再续签，原因是多次考勤异常，需要HR核算经济补偿金。",
    ],
    "ko": [
        "{n} 대리가 법인카드를 개인 용도로 쓴 게 확인돼서 다음 주에 징계위원회를 열어요. 소명 요청 공문 좀 써줄 수 있을까요?",
        "직원: {n} | 부서: 마케팅팀 | 육아휴직 기간: 2024.03.01~2025.02.28 | 복직 후 단축근무 희망",
        "이번 연봉협상에서 {n} 씨가 15% 인상을 요구했는데 회사 기준은 5%예요. 성과가 좋은 편이라 어떻게 설득해야 할지 모르겠어요.",
    ],
    "ar": [
        "أحتاج إلى صياغة إنذار كتابي نهائي للموظف {n} بسبب تكرار التأخير عن الدوام والتغيب دون إذن خلال الشهر الماضي.",
        "قدّم {n} تقريراً طبياً بإجازة مرضية لمدة أسبوعين بعد العملية، هل يحق لنا خصم الأيام من رصيد إجازته السنوية؟",
        "ملاحظة: تصريح العمل الخاص بـ{n} ينتهي في مارس، وقسم الموارد البشرية لم يبدأ إجراءات تجديد الإقامة بعد، يرجى المتابعة بشكل عاجل.",
    ],
    "hi": [
        "{n} का इस साल का इंक्रीमेंट रोकना है क्योंकि उनकी रेटिंग 2 आई है, मैनेजर ने कहा है कि ईमेल में वजह साफ़ लिखनी है। ड्राफ्ट बना दो।",
        "{n} ने इस्तीफ़ा दे दिया है और नोटिस पीरियड 60 दिन का है, लेकिन वो 15 दिन में जॉइन करना चाहता है। क्या हम नोटिस बायआउट कर सकते हैं?",
        "मीटिंग नोट: {n} के खिलाफ़ एक सहकर्मी ने उत्पीड़न की शिकायत की है, आंतरिक समिति जाँच करेगी और तब तक उसे घर से काम करने को कहा गया है।",
    ],
    "vi": [
        "Giúp mình soạn quyết định kỷ luật khiển trách đối với anh {n} vì tự ý nghỉ làm 4 ngày liên tiếp không báo trước cho quản lý.",
        "Chị {n} báo sẽ nghỉ thai sản từ tháng 7, phòng nhân sự cần tính lương và bảo hiểm trong 6 tháng nghỉ, em nên làm những bước gì?",
        "Ứng viên: {n} | Vị trí: Kế toán trưởng | Kết quả phỏng vấn vòng 2: đạt | Lương đề xuất: 35 triệu/tháng | Thử việc 2 tháng",
    ],
    "id": [
        "Tolong bantu bikin Surat Peringatan kedua buat {n}, dia ketahuan tidur pas shift malam dan sebelumnya sudah dapat SP1 bulan Mei.",
        "Pak {n} masuk daftar karyawan yang kena PHK karena efisiensi. Gimana cara hitung pesangon dan uang penghargaan masa kerjanya yang sudah 11 tahun?",
        "Catatan HR: {n} sudah cuti sakit 3 minggu karena tifus, surat dokter lengkap. Rencana masuk kerja lagi tanggal 20 dengan tugas ringan dulu.",
    ],
}

NEAR_8 = {
    "en": [
        "Our parental leave policy gives all employees 16 weeks of fully paid leave, regardless of gender, after six months of continuous service.",
        "Template: Dear [Name], we are pleased to offer you the position of [Job Title] starting on [Start Date] with an annual salary of [Amount].",
    ],
    "de": [
        "Wir suchen ab sofort eine Personalreferentin (m/w/d) in Vollzeit mit Erfahrung in Lohnabrechnung und Arbeitsrecht.",
        "Wie lange ist eigentlich die gesetzliche Kündigungsfrist in Deutschland nach fünf Jahren Betriebszugehörigkeit?",
    ],
    "fr": [
        "Selon notre bilan social, le taux d'absentéisme de l'entreprise est passé de 5,2 % à 4,1 % entre 2022 et 2023.",
        "Modèle : Madame, Monsieur [Nom], nous vous convoquons à un entretien préalable le [Date] à [Heure] dans nos locaux.",
    ],
    "es": [
        "¿Cuántos días de vacaciones corresponden por ley en España a un trabajador con contrato a tiempo parcial?",
        "La política de teletrabajo permite hasta dos días por semana en remoto, previa aprobación del responsable de cada área.",
    ],
    "it": [
        "Cerchiamo un addetto paghe e contributi con almeno tre anni di esperienza, contratto a tempo indeterminato, sede a Bologna.",
        "Nel 2023 il 38% dei nostri dipendenti ha partecipato ad almeno un corso di formazione finanziato dall'azienda.",
    ],
    "pt": [
        "Modelo: Prezado(a) [Nome], informamos que seu período de experiência foi concluído com sucesso a partir de [Data].",
        "Como funciona o cálculo das férias proporcionais na CLT quando o funcionário pede demissão antes de completar um ano?",
    ],
    "nl": [
        "Volgens de cao hebben medewerkers recht op 25 vakantiedagen per jaar bij een volledige werkweek van 38 uur.",
        "Vacature: HR-adviseur voor 32 uur per week, je ondersteunt leidinggevenden bij verzuim en re-integratie.",
    ],
    "sv": [
        "Hur fungerar turordningsreglerna i LAS när ett företag måste göra neddragningar på grund av arbetsbrist?",
        "Mall: Hej [Namn], vi bekräftar att din ansökan om tjänstledighet har mottagits och kommer att behandlas inom två veckor.",
    ],
    "pl": [
        "Regulamin pracy przewiduje, że nadgodziny rozlicza się do końca kolejnego okresu rozliczeniowego, czyli w ciągu trzech miesięcy.",
        "Ile wynosi minimalny okres wypowiedzenia umowy o pracę na czas nieokreślony według Kodeksu pracy?",
    ],
    "ru": [
        "В компании средняя текучесть персонала за прошлый год составила 17 %, больше всего увольнений в отделе продаж.",
        "Шаблон: Уважаемый(ая) [ФИО], уведомляем вас о предстоящем изменении условий трудового договора с [дата].",
    ],
    "tr": [
        "İş Kanunu'na göre kıdem tazminatına hak kazanmak için en az bir yıl çalışmış olmak gerekiyor mu?",
        "İlan: İnsan Kaynakları Uzmanı arıyoruz; bordro ve işe alım süreçlerinde en az 3 yıl deneyim tercih sebebidir.",
    ],
    "ja": [
        "当社の就業規則では、育児休業は子が1歳に達するまで取得でき、条件により最長2歳まで延長できます。",
        "テンプレート：[氏名]様　この度は弊社の採用選考にご応募いただき、誠にありがとうございました。",
    ],
    "zh": [
        "根据劳动合同法，试用期最长不得超过六个月，具体期限与合同期限挂钩，这个规定怎么理解？",
        "招聘启事：诚聘人力资源专员一名，负责员工入职、离职手续及社保公积金办理，要求本科以上学历。",
    ],
    "ko": [
        "근로기준법상 연차휴가는 1년 동안 80% 이상 출근한 근로자에게 15일이 부여되는 게 맞나요?",
        "당사 직원의 평균 근속연수는 6.3년이며, 여성 관리자 비율은 작년 대비 4%포인트 상승했습니다.",
    ],
    "ar": [
        "ما هي مدة الإشعار القانونية لإنهاء عقد العمل غير محدد المدة وفقاً لنظام العمل السعودي؟",
        "نموذج: السيد/السيدة [الاسم]، يسرنا إبلاغكم بقبولكم في وظيفة [المسمى الوظيفي] اعتباراً من [التاريخ].",
    ],
    "hi": [
        "हमारी कंपनी की नीति के अनुसार हर कर्मचारी को साल में 12 आकस्मिक अवकाश और 15 अर्जित अवकाश मिलते हैं।",
        "भर्ती सूचना: एचआर एग्ज़ीक्यूटिव की आवश्यकता है, पेरोल और भर्ती प्रक्रिया का दो साल का अनुभव होना चाहिए।",
    ],
    "vi": [
        "Theo Bộ luật Lao động, người lao động làm thêm giờ vào ngày lễ được trả ít nhất bao nhiêu phần trăm lương?",
        "Mẫu: Kính gửi [Họ tên], công ty xin thông báo kết quả đánh giá cuối kỳ thử việc của anh/chị như sau.",
    ],
    "id": [
        "Berdasarkan data tahun lalu, tingkat turnover karyawan di perusahaan kami rata-rata 12% dan paling tinggi di divisi operasional.",
        "Apakah menurut UU Ketenagakerjaan karyawan kontrak berhak mendapatkan THR kalau masa kerjanya baru empat bulan?",
    ],
}

# Round 9: written by a sixth writer, who had read nothing of the
# repository; the holdout until it was measured (0.921/0.700, the same after
# 1,090 more phrases); tune since round 10. NEAR_9 is the same writer's HR
# text about nobody.
SEEN_9 = {
    "en": [
        "Can you help me draft a polite but firm email telling {n} that we're putting them on a 60-day performance improvement plan starting Monday?",
        "employee,dept,base_salary_old,base_salary_new,merit_pct,effective\n{n},Sales Ops,78500,82000,4.5,2024-04-01",
        "Heads up - {n} handed in her resignation this morning, last day is the 28th per her two-week notice, so please pause her access review.",
    ],
    "de": [
        "Bitte eine Abmahnung für {n} vorbereiten - dritte unentschuldigte Verspätung im Mai, Anhörung des Betriebsrats ist am Donnerstag.",
        "Liebe Kolleginnen und Kollegen, {n} ist ab heute bis voraussichtlich 14.06. krankgeschrieben, die AU-Bescheinigung liegt der Personalabteilung vor.",
        "Probezeitbeurteilung | Mitarbeiter: {n} | Ergebnis: nicht bestanden | Kündigung zum 30.09. unter Einhaltung der zweiwöchigen Kündigungsfrist",
    ],
    "fr": [
        "Note RH : entretien préalable à licenciement pour faute grave fixé le 12/06 avec {n}, mise à pied conservatoire notifiée ce jour en main propre.",
        "Tu peux m'aider à rédiger le compte rendu de l'entretien annuel de {n} ? Objectifs partiellement atteints, note globale 2/5, pas d'augmentation cette année.",
        "{n} part en congé maternité le 2 septembre, il faut lancer le recrutement d'un CDD de remplacement pour 16 semaines.",
    ],
    "es": [
        "Hola, te confirmo que hemos decidido contratar a {n} para el puesto de analista de datos; la oferta es de 38.000 euros brutos anuales en 14 pagas.",
        "Nos ha llegado del juzgado un embargo de nómina sobre el salario de {n}; hay que aplicar la retención a partir de la nómina de este mes.",
        "Asunto: Baja por incapacidad temporal - {n} nos ha enviado el parte de baja médica por una intervención quirúrgica, con alta prevista el 20 de mayo.",
    ],
    "it": [
        "Ciao, mi aiuti a scrivere una lettera di contestazione disciplinare per {n}? Ha prolungato più volte la pausa pranzo senza timbrare.",
        "Candidato: {n} - RAL attuale 32.000 euro, richiesta economica 38.000 euro più buoni pasto, preavviso di 30 giorni con l'attuale datore.",
        "Comunico che {n} ha superato il periodo di prova e dal 1° luglio passa a tempo indeterminato con inquadramento al 4° livello CCNL Commercio.",
    ],
    "pt": [
        "Oi, preciso de ajuda para montar a carta de demissão sem justa causa de {n}, com aviso prévio indenizado e pagamento da multa de 40% do FGTS.",
        "{n} entra de licença-maternidade no dia 10 e fica 180 dias afastada, já que a empresa faz parte do programa Empresa Cidadã.",
        "Avaliação de desempenho 2024 - Colaborador: {n}; nota final: 4,6; recomendação do gestor: promoção a Analista Sênior com reajuste de 12%.",
    ],
    "nl": [
        "Kun je een ontslagbrief opstellen voor {n}? Het UWV heeft de ontslagvergunning op bedrijfseconomische gronden afgegeven, functie vervalt per 1 juni.",
        "{n} heeft een verbetertraject van drie maanden gekregen na twee onvoldoende beoordelingen; het eerste evaluatiegesprek staat op 5 maart.",
        "Referentie: ik heb vier jaar met {n} samengewerkt en kan haar zonder voorbehoud aanbevelen als teamleider, zeer betrouwbaar en klantgericht.",
    ],
    "sv": [
        "Hej! {n} har ansökt om föräldraledighet från 1 oktober till sista mars, kan du lägga in det i lönesystemet och meddela Försäkringskassan-underlaget?",
        "Lönerevision 2024: {n}, nuvarande månadslön 42 000 kr, ny lön 44 100 kr från 1 april enligt lönesamtalet.",
        "Vi har tyvärr beslutat att inte gå vidare med {n} i rekryteringen till tjänsten som ekonomiassistent, kan du skicka ett avböjande mejl?",
    ],
    "pl": [
        "Proszę o przygotowanie wypowiedzenia umowy o pracę dla {n} z zachowaniem trzymiesięcznego okresu wypowiedzenia, z obowiązkiem świadczenia pracy.",
        "Pracownik {n} otrzymał karę nagany za naruszenie przepisów BHP na hali produkcyjnej w dniu 14 maja; odpis kary włączyć do akt osobowych.",
        "Komornik przysłał zajęcie wynagrodzenia za pracę {n} - potrącenia należy uwzględnić od najbliższej listy płac.",
    ],
    "ru": [
        "Коллеги, {n} с понедельника на больничном, электронный лист нетрудоспособности уже пришёл, замещать будет заместитель отдела.",
        "Служебная записка: в отношении {n} поступила коллективная жалоба от сотрудников отдела, прошу назначить служебную проверку.",
        "Помоги составить приказ о премировании {n} по итогам квартала в размере 50 000 рублей за перевыполнение плана продаж.",
    ],
    "tr": [
        "{n} için yıllık performans değerlendirme sonucu 'beklentinin altında' çıktı, birlikte bir gelişim planı hazırlayalım mı?",
        "Merhaba, {n} bugün istifa dilekçesini verdi; ihbar süresi 6 hafta olduğu için son çalışma günü 15 Kasım olacak.",
        "Aday: {n} | Maaş beklentisi: net 85.000 TL | Mülakat sonucu: işe alım onaylandı | Başlangıç: 1 Mart",
    ],
    "ja": [
        "{n}さんについて、無断欠勤が続いているため懲戒処分（減給）を検討しています。就業規則との整合性を確認してもらえますか？",
        "{n}の今期の人事考課はB評価、夏季賞与は基本給の2.5か月分で決定しました。",
        "{n}さんが来月から育児休業を取得予定です。社会保険料免除の手続きと給付金の申請をお願いします。",
    ],
    "zh": [
        "帮我写一封邮件给部门经理，说明{n}本季度绩效考核为C，需要进入为期两个月的绩效改进计划。",
        "{n}试用期考核未通过，拟于本月底解除劳动合同，请法务确认是否需要支付经济补偿。",
        "经管理层讨论，决定晋升{n}为高级工程师，月薪同步上调15%，自下月一日起生效。",
    ],
    "ko": [
        "{n} 님 2024년 인사평가 결과 S등급으로 확정되어 다음 달 성과급 300%가 지급될 예정입니다.",
        "팀장님, {n} 사원에 대한 직장 내 괴롭힘 신고가 접수되어 조사위원회를 구성하려고 합니다.",
        "{n} 씨가 출산휴가 90일 이후 육아휴직 1년을 신청했습니다. 대체인력 채용 품의 올려주세요.",
    ],
    "ar": [
        "نود إبلاغكم بأنه تقرر إنهاء خدمات الموظف {n} اعتباراً من نهاية الشهر الجاري بسبب إعادة هيكلة القسم، مع صرف مكافأة نهاية الخدمة.",
        "ساعدني في كتابة رسالة إنذار نهائي إلى {n} بسبب تكرار التأخر عن الدوام دون عذر مقبول.",
        "حصل {n} على إجازة مرضية لمدة أسبوعين بموجب تقرير طبي معتمد، يرجى تحديث مسير الرواتب.",
    ],
    "hi": [
        "{n} का प्रोबेशन पीरियड सफलतापूर्वक पूरा हो गया है, उन्हें अगले महीने से स्थायी कर्मचारी के रूप में कन्फर्म किया जाए।",
        "कृपया {n} के लिए अनुभव प्रमाण पत्र और रेफरेंस लेटर तैयार कर दें, उन्होंने पिछले हफ्ते इस्तीफा दिया था।",
        "उम्मीदवार {n} ने 12 लाख रुपये सालाना CTC की मांग की है और उनका नोटिस पीरियड 60 दिन का है।",
    ],
    "vi": [
        "Chị ơi, em cần soạn quyết định kỷ luật khiển trách đối với {n} vì vi phạm nội quy lao động của công ty.",
        "{n} đã được duyệt nghỉ thai sản 6 tháng, bắt đầu từ ngày 1/8, nhờ phòng nhân sự làm hồ sơ BHXH.",
        "Bảng lương tháng 5: {n} - lương cơ bản 15.000.000 đ, thưởng KPI 3.000.000 đ, khấu trừ BHXH 10,5%.",
    ],
    "id": [
        "Tolong bantu buatkan surat peringatan pertama (SP1) untuk {n} karena sering terlambat masuk kerja bulan ini.",
        "Berdasarkan hasil wawancara, kami memutuskan tidak melanjutkan proses rekrutmen {n} untuk posisi Staf Keuangan.",
        "Hasil penilaian kinerja {n} tahun ini 'Sangat Baik', jadi diusulkan naik jabatan menjadi Supervisor mulai Januari.",
    ],
}

NEAR_9 = {
    "en": [
        "Our policy allows eligible employees up to 12 weeks of unpaid, job-protected medical leave under the FMLA after one year of service.",
        "Job ad: Senior HR Business Partner, salary range $95k-$115k plus annual bonus, hybrid, apply by June 30.",
    ],
    "de": [
        "Wie lange ist die gesetzliche Kündigungsfrist während der Probezeit nach § 622 BGB?",
        "Vorlage: Sehr geehrte/r [Name], hiermit bestätigen wir Ihren Urlaubsantrag vom [Datum].",
    ],
    "fr": [
        "Rappel : la formation obligatoire sur la prévention du harcèlement aura lieu jeudi à 14 h en salle B.",
        "Selon l'INSEE, le salaire net moyen dans le secteur privé a progressé d'environ 4 % l'an dernier.",
    ],
    "es": [
        "Oferta de empleo: buscamos técnico/a de nóminas con experiencia en convenios colectivos, salario según valía.",
        "¿Cuántos días de vacaciones corresponden por ley en España a un trabajador a jornada completa?",
    ],
    "it": [
        "Il nuovo regolamento aziendale prevede la possibilità di lavoro agile fino a due giorni a settimana per tutti i dipendenti.",
        "Modello: Gentile [Nome], con la presente Le comunichiamo l'esito del colloquio del [data].",
    ],
    "pt": [
        "Qual é o prazo legal para pagamento das verbas rescisórias segundo a CLT?",
        "Vaga: Analista de Departamento Pessoal, regime CLT, vale-refeição e plano de saúde, trabalho híbrido em São Paulo.",
    ],
    "nl": [
        "Volgens het CBS lag het ziekteverzuim in 2023 gemiddeld rond de 5 procent.",
        "Vacature: HR-adviseur voor 32-36 uur per week, salaris conform cao, schaal 9.",
    ],
    "sv": [
        "Enligt kollektivavtalet ska lönesamtal genomföras med alla anställda före sista mars.",
        "Hur lång uppsägningstid gäller enligt LAS för en anställd med fem års anställningstid?",
    ],
    "pl": [
        "Zgodnie z regulaminem pracy urlop na żądanie należy zgłosić najpóźniej w dniu jego rozpoczęcia.",
        "Szablon: Szanowna Pani / Szanowny Panie [Imię i nazwisko], informujemy o wyniku procesu rekrutacji.",
    ],
    "ru": [
        "Согласно Трудовому кодексу, ежегодный оплачиваемый отпуск составляет не менее 28 календарных дней.",
        "Вакансия: HR-менеджер, зарплата от 120 000 рублей, официальное трудоустройство, ДМС.",
    ],
    "tr": [
        "İş Kanunu'na göre yıllık ücretli izin süresi kıdeme bağlı olarak 14 ile 26 gün arasında değişir.",
        "Tüm yöneticiler için performans değerlendirme eğitimi önümüzdeki Salı günü saat 10.00'da yapılacaktır.",
    ],
    "ja": [
        "当社では、保育所に入れない場合に限り育児休業を子が2歳になるまで延長することができます。",
        "【求人】人事労務スタッフ募集、月給28万円〜、賞与年2回、残業月10時間程度。",
    ],
    "zh": [
        "根据劳动合同法，试用期最长不得超过六个月。",
        "招聘：人力资源专员，月薪8000-12000元，五险一金，双休。",
    ],
    "ko": [
        "근로기준법상 1년간 80% 이상 출근한 근로자에게는 15일의 연차유급휴가가 부여됩니다.",
        "[이름] 님, 귀하의 연봉계약서를 첨부하오니 확인 후 서명 부탁드립니다.",
    ],
    "ar": [
        "وفقاً لنظام العمل، يستحق العامل إجازة سنوية لا تقل عن واحد وعشرين يوماً مدفوعة الأجر.",
        "مطلوب: أخصائي موارد بشرية بخبرة لا تقل عن ثلاث سنوات، راتب مجزٍ وتأمين طبي.",
    ],
    "hi": [
        "कंपनी की नई नीति के अनुसार सभी कर्मचारियों को साल में 12 आकस्मिक अवकाश मिलेंगे।",
        "भर्ती सूचना: एचआर एग्जीक्यूटिव पद के लिए आवेदन आमंत्रित हैं, अनुभव 2-4 वर्ष।",
    ],
    "vi": [
        "Theo Bộ luật Lao động 2019, thời gian thử việc tối đa là 180 ngày đối với công việc của người quản lý doanh nghiệp.",
        "Tuyển dụng: Chuyên viên nhân sự, lương thỏa thuận, làm việc tại Hà Nội.",
    ],
    "id": [
        "Menurut UU Ketenagakerjaan, pekerja berhak atas cuti tahunan minimal 12 hari kerja setelah bekerja 12 bulan.",
        "Lowongan: HR Generalist, pengalaman minimal 2 tahun, penempatan Jakarta.",
    ],
}


# Round 10: written by a seventh writer, who had read nothing of the
# repository; the holdout until 2026-12-05. NEAR_10 is the same writer's HR
# text about nobody.
SEEN_10 = {
    "en": [
        "Hi, quick heads-up before Thursday's calibration: I'm proposing we move {n} from 'meets' to 'exceeds' and bump her base by 6% - she carried the Q3 migration almost single-handed.",
        "Can you help me draft a written warning for {n}? Third unauthorised absence since March, and we already had an informal chat about it on the 12th.",
        "EmpID 40721 | {n} | Dept: Logistics | Status: Terminated | Term date: 2024-05-31 | Reason: Redundancy | Eligible for rehire: Y",
    ],
    "de": [
        "Kurze Info: {n} hat heute die AU bis einschließlich Freitag eingereicht, ich hab's in Personio eingetragen - bitte die Schichtplanung anpassen.",
        "Hallo zusammen, der Betriebsrat wurde gem. § 102 BetrVG zur beabsichtigten ordentlichen Kündigung von {n} angehört; die Wochenfrist läuft am 14.06. ab.",
        "Hilf mir bitte, ein qualifiziertes Arbeitszeugnis für {n} zu formulieren - Gesamtnote 'stets zu unserer vollen Zufriedenheit', vier Jahre im Controlling, Austritt zum 30.09.",
    ],
    "fr": [
        "CR entretien annuel - {n} : objectifs 2023 atteints à 80 %, demande de passage cadre au 1er janvier, avis favorable du N+1, à valider en comité carrières.",
        "Merci de convoquer {n} à un entretien préalable à licenciement le 18 mars à 10h, par LRAR, en lui rappelant qu'il peut se faire assister par un membre du personnel.",
        "Au fait, {n} a validé sa période d'essai hier, tu peux lancer l'avenant pour la prime de 3 000 € brut qu'on lui avait promise ?",
    ],
    "es": [
        "Ayúdame a redactar la carta de despido disciplinario de {n} por transgresión de la buena fe contractual; hay que entregársela antes del viernes con acuse de recibo.",
        "Solicitud de excedencia - Trabajador/a: {n} | Tipo: cuidado de hijo menor | Fecha inicio: 01/09/2024 | Duración: 12 meses | Reserva de puesto: Sí",
        "Buenas, os confirmo que {n} ha aceptado la oferta: 42.000 € brutos anuales en 14 pagas más un 10 % de variable, con incorporación el 2 de septiembre.",
    ],
    "it": [
        "Ciao, ti giro la bozza della lettera di contestazione disciplinare per {n}: ritardi ripetuti a maggio, gli diamo 5 giorni per le giustificazioni come da CCNL.",
        "Nota colloquio: {n} chiede un superminimo di 200 € lordi mensili per restare, altrimenti accetta l'offerta del concorrente; da discutere con la direzione.",
        "Scheda dipendente - Nominativo: {n} | Matricola: 00873 | Congedo parentale dal 03/06 al 02/08 | Indennità INPS: 30% | Rientro previsto: 05/08",
    ],
    "pt": [
        "Preciso de ajuda pra escrever o feedback da avaliação de desempenho de {n}: entrega bem, mas tem faltado nas dailies e o time reclamou da comunicação.",
        "Prezados, informo que {n} pediu demissão hoje e vai cumprir aviso prévio de 30 dias; favor já programar o cálculo da rescisão e a baixa na CTPS.",
        "Ata da reunião: aprovada a promoção de {n} para Analista Pleno a partir de 1º/07, com reajuste salarial de 12%, conforme o plano de cargos e salários.",
    ],
    "nl": [
        "Kun je me helpen een verbetertraject (PIP) voor {n} op te stellen? Concrete doelen voor de komende 8 weken, met tweewekelijkse voortgangsgesprekken.",
        "Verzuimmelding - Medewerker: {n} | Eerste ziektedag: 12-02 | Bedrijfsarts ingeschakeld: ja | Verwachte duur: langer dan 6 weken | Probleemanalyse: volgt",
        "Hoi, even ter info: het tijdelijke contract van {n} loopt op 1 juli af en we verlengen het niet, dus de aanzegging moet er uiterlijk 1 juni uit.",
    ],
    "sv": [
        "Hej! {n} har ansökt om föräldraledighet på 50 % från 1 oktober till årsskiftet, kan du godkänna i Primula så att lönen hinner justeras?",
        "Anteckningar från lönesamtalet: {n} begär 3 500 kr mer i månaden, jag föreslår 2 000 kr med hänvisning till årets löneöversyn.",
        "Hjälp mig formulera ett skriftligt besked om att {n} inte går vidare efter provanställningen, det måste lämnas senast två veckor innan den löper ut enligt LAS.",
    ],
    "pl": [
        "Proszę o przygotowanie świadectwa pracy dla: {n}; umowa rozwiązana za porozumieniem stron z dniem 31 maja, ekwiwalent za niewykorzystany urlop: 6 dni.",
        "Pomóż mi sformułować karę upomnienia - pracownik: {n}, nieusprawiedliwiona nieobecność 8 i 9 kwietnia, podstawa: art. 108 Kodeksu pracy.",
        "Weryfikacja kandydata {n}: zaświadczenie o niekaralności dostarczone, referencje od poprzedniego pracodawcy pozytywne, oczekiwania finansowe 12 000 zł brutto.",
    ],
    "ru": [
        "Служебная записка: {n}, менеджер отдела продаж, 12.04 отсутствовал на рабочем месте более четырёх часов подряд без уважительных причин; прошу рассмотреть вопрос о дисциплинарном взыскании.",
        "Помоги составить характеристику для нового работодателя: {n}, бухгалтер у нас с 2019 года, ответственная, аттестацию прошла без замечаний.",
        "ФИО: {n} | Должность: инженер-технолог | Испытательный срок: не пройден | Основание увольнения: ст. 71 ТК РФ | Дата: 28.06.2024",
    ],
    "tr": [
        "{n} için ihtarname taslağı hazırlamama yardım eder misin? Son iki haftada üç kez mazeretsiz işe geç geldi.",
        "Merhaba, {n} bugün istifa dilekçesini verdi; ihbar süresi 6 hafta, kıdem tazminatı almayacak ama kullanılmayan yıllık izin ücretini bordroya ekleyelim.",
        "Performans değerlendirme özeti - Personel: {n} | Dönem: 2023 | Puan: 2/5 | Aksiyon: 3 aylık gelişim planı, ardından yeniden değerlendirme",
    ],
    "ja": [
        "{n}さんの試用期間について、3か月経過時点の評価を「本採用可」とし、4月1日付で正社員として本採用といたします。",
        "お疲れ様です。{n}さんから来月末付の退職届を受理しました。有給残日数は12日で、引き継ぎ計画は別途共有します。",
        "人事考課のコメント作成を手伝ってください。{n}さん、今期の評価はB、目標達成率75%で、リーダーシップ面に課題ありです。",
    ],
    "zh": [
        "帮我写一份给{n}的绩效改进计划（PIP）通知，目标是下季度销售完成率达到90%，为期60天。",
        "员工编号：20341 | 姓名：{n} | 部门：财务部 | 离职类型：协商解除 | 经济补偿：N+1 | 最后工作日：2024-06-30",
        "各位好，{n}的背调结果出来了：前雇主反馈正常，学历学位核实无误，无劳动仲裁记录，可以发offer了。",
    ],
    "ko": [
        "{n} 대리 육아휴직 신청 건입니다. 기간은 2024년 7월 1일부터 1년이며, 대체인력 채용 요청드립니다.",
        "인사위원회 회의록: {n} 과장의 직장 내 괴롭힘 건에 대해 감봉 3개월의 징계를 의결함.",
        "{n} 님 연봉 협상 내용 정리 좀 부탁해. 희망 연봉이 6,500만 원인데 우리 밴드 상한이 6,000이라 사이닝 보너스로 맞춰볼까 해.",
    ],
    "ar": [
        "نحيطكم علماً بأن الموظف {n} قد أنهى فترة التجربة بنجاح، ونوصي بتثبيته في وظيفة محاسب أول اعتباراً من بداية الشهر القادم.",
        "ساعدني في صياغة إنذار كتابي أول للموظفة {n} بسبب تكرار الغياب عن العمل دون إذن مسبق.",
        "الاسم: {n} | القسم: تقنية المعلومات | نوع الإجازة: مرضية | المدة: 14 يوماً | المرفقات: تقرير طبي معتمد",
    ],
    "hi": [
        "कृपया {n} का अनुभव प्रमाण पत्र और रिलीविंग लेटर तैयार करें, उनका अंतिम कार्य दिवस 15 मार्च था और नोटिस पीरियड पूरा हो चुका है।",
        "मेरी मदद करो, {n} के लिए कारण बताओ नोटिस लिखना है, वे पिछले हफ़्ते बिना सूचना के तीन दिन ग़ैरहाज़िर रहे।",
        "बैठक का सार: {n} की अप्रेज़ल रेटिंग 4/5 रही, 15% इन्क्रीमेंट और टीम लीड पद पर प्रमोशन की सिफ़ारिश की गई।",
    ],
    "vi": [
        "Nhờ bạn soạn giúp quyết định kỷ luật khiển trách đối với {n} do vi phạm nội quy về bảo mật thông tin khách hàng.",
        "Chị ơi, {n} vừa nộp đơn xin nghỉ thai sản 6 tháng từ 01/08, em đã báo bên bảo hiểm xã hội rồi ạ.",
        "Họ và tên: {n} | Vị trí ứng tuyển: Kế toán tổng hợp | Mức lương mong muốn: 18 triệu | Kết quả phỏng vấn vòng 2: Đạt",
    ],
    "id": [
        "Tolong bantu buatkan Surat Peringatan 2 (SP2) untuk {n} karena tidak mencapai target penjualan tiga bulan berturut-turut.",
        "Pak, {n} minta gajinya naik jadi Rp15 juta kalau PKWT-nya mau diperpanjang, gimana arahannya?",
        "Notulen rapat HR: {n} dinyatakan lulus masa percobaan dan diangkat menjadi karyawan tetap (PKWTT) per 1 Mei 2024.",
    ],
}

NEAR_10 = {
    "en": [
        "Employees with at least 26 weeks of continuous service may submit a flexible working request; managers must respond in writing within two months.",
        "Template: Dear [Name], we are pleased to confirm your promotion to [Job Title] effective [Date], with a revised annual salary of [Amount].",
    ],
    "de": [
        "Gemäß § 622 BGB verlängert sich die Kündigungsfrist für den Arbeitgeber nach fünf Jahren Betriebszugehörigkeit auf zwei Monate zum Ende eines Kalendermonats.",
        "Wir suchen ab sofort eine*n Personalsachbearbeiter*in (m/w/d) in Vollzeit, unbefristet, mit Erfahrung in der Entgeltabrechnung mit DATEV.",
    ],
    "fr": [
        "La rupture conventionnelle individuelle ouvre droit à une indemnité au moins égale à l'indemnité légale de licenciement et doit être homologuée par la DREETS.",
        "Rappel : la campagne des entretiens professionnels se déroule du 15 janvier au 28 février ; les trames sont disponibles sur l'intranet RH.",
    ],
    "es": [
        "Según el artículo 14 del Estatuto de los Trabajadores, el período de prueba no podrá exceder de seis meses para los técnicos titulados ni de dos meses para los demás trabajadores.",
        "Se abre convocatoria interna para dos plazas de técnico/a de selección; las personas interesadas deberán enviar su CV antes del 30 de abril.",
    ],
    "it": [
        "Il TFR matura in misura pari alla retribuzione annua divisa per 13,5 ed è rivalutato ogni anno in base all'indice ISTAT.",
        "Cerchiamo un/una HR Business Partner con almeno 5 anni di esperienza, contratto a tempo indeterminato, RAL 45-50k, sede di Milano.",
    ],
    "pt": [
        "De acordo com a CLT, o empregado tem direito a 30 dias de férias após cada período aquisitivo de 12 meses, podendo fracioná-las em até três períodos.",
        "Modelo: Prezado(a) [Nome], comunicamos que seu contrato de experiência se encerra em [data] e não será prorrogado.",
    ],
    "nl": [
        "Volgens de Wet verbetering poortwachter moet de werkgever uiterlijk in week 8 van het verzuim samen met de werknemer een plan van aanpak opstellen.",
        "Vacature: HR-adviseur (32-36 uur), schaal 10 cao Gemeenten, met ervaring in verzuimbegeleiding en reorganisaties.",
    ],
    "sv": [
        "Sedan 2022 övergår en särskild visstidsanställning till en tillsvidareanställning när arbetstagaren haft sådan anställning hos arbetsgivaren i mer än tolv månader under en femårsperiod.",
        "Välkommen till utbildningen i arbetsmiljöansvar för chefer den 14 mars - anmäl dig i kompetensportalen senast en vecka innan.",
    ],
    "pl": [
        "Zgodnie z Kodeksem pracy okres wypowiedzenia umowy o pracę na czas nieokreślony wynosi trzy miesiące, jeżeli pracownik był zatrudniony co najmniej trzy lata.",
        "Wzór: Oświadczam, że ja, [imię i nazwisko], zapoznałem/am się z Regulaminem pracy obowiązującym w [nazwa firmy].",
    ],
    "ru": [
        "По ТК РФ ежегодный основной оплачиваемый отпуск предоставляется работникам продолжительностью 28 календарных дней.",
        "Напоминаем, что до 1 декабря всем руководителям необходимо согласовать график отпусков на следующий год в 1С:ЗУП.",
    ],
    "tr": [
        "4857 sayılı İş Kanunu'na göre hizmet süresi bir yıldan beş yıla kadar olan işçilerin yıllık ücretli izin süresi on dört günden az olamaz.",
        "Şirketimiz bünyesinde görevlendirilmek üzere en az 3 yıl bordro deneyimi olan ve SGK mevzuatına hâkim İnsan Kaynakları Uzmanı aranmaktadır.",
    ],
    "ja": [
        "労働基準法では、年10日以上の年次有給休暇が付与される労働者について、年5日の取得が使用者に義務付けられています。",
        "【募集】人事労務担当（正社員）：給与計算・社会保険手続きの実務経験3年以上、想定年収450万〜600万円。",
    ],
    "zh": [
        "根据《劳动合同法》，劳动合同期限三个月以上不满一年的，试用期不得超过一个月。",
        "2023年员工满意度调查显示，68%的受访者对薪酬福利表示满意，较去年提升5个百分点。",
    ],
    "ko": [
        "근로기준법상 1년간 80% 이상 출근한 근로자에게는 15일의 유급휴가를 주어야 합니다.",
        "[양식] 성명: ____ / 소속: ____ / 휴가 종류: 연차·반차·경조 / 사유: ____",
    ],
    "ar": [
        "وفقاً لنظام العمل السعودي، يستحق العامل مكافأة نهاية خدمة بواقع أجر نصف شهر عن كل سنة من السنوات الخمس الأولى.",
        "تعلن الشركة عن حاجتها إلى أخصائي موارد بشرية بخبرة لا تقل عن ثلاث سنوات في شؤون الموظفين والرواتب.",
    ],
    "hi": [
        "मातृत्व लाभ अधिनियम के तहत पात्र महिला कर्मचारियों को 26 सप्ताह तक का सवेतन मातृत्व अवकाश मिलता है।",
        "सभी कर्मचारियों को सूचित किया जाता है कि POSH प्रशिक्षण सत्र 10 अप्रैल को सम्मेलन कक्ष में आयोजित किया जाएगा।",
    ],
    "vi": [
        "Theo Bộ luật Lao động 2019, thời gian thử việc không quá 60 ngày đối với công việc yêu cầu trình độ chuyên môn từ cao đẳng trở lên.",
        "Công ty tuyển dụng Chuyên viên Nhân sự, ưu tiên ứng viên có kinh nghiệm C&B, mức lương thỏa thuận.",
    ],
    "id": [
        "Sesuai PP 35/2021, pekerja PKWT berhak menerima uang kompensasi saat kontrak berakhir, yang besarnya dihitung berdasarkan masa kerja.",
        "Template: Yth. [Nama Karyawan], bersama surat ini kami sampaikan bahwa kontrak kerja Saudara akan berakhir pada [tanggal].",
    ],
}


# HR text about nobody, written with round 6 (holdout near misses).
NEAR_6 = {
    "en": ["Policy update: from 1 January, employees on a performance improvement plan are not eligible for the annual bonus.",
           "Offer letter template: Dear [Candidate Name], we are pleased to offer you the position of [Job Title] at a starting salary of [Amount]."],
    "de": ["Stellenanzeige: Sachbearbeiter/in Lohnbuchhaltung (m/w/d), unbefristet, 30 Urlaubstage, Vergütung nach Tarif.",
           "Vorlage: Sehr geehrte/r [Name], hiermit kündigen wir das Arbeitsverhältnis fristgerecht zum [Datum]."],
    "fr": ["Modèle de courrier : Bonjour [Prénom Nom], nous vous confirmons la fin de votre période d'essai au [date].",
           "Offre d'emploi : gestionnaire de paie en CDI, salaire selon profil, deux jours de télétravail par semaine."],
    "es": ["Plantilla: Estimado/a [Nombre], le comunicamos que su evaluación de desempeño tendrá lugar el [fecha].",
           "Según el convenio, la baja por enfermedad se cobra al 75 % a partir del vigésimo primer día."],
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



# Round 11: written by an eighth writer, who had read nothing of the repository;
# the holdout from its commit until 2026-12-05, when round 13 replaced it and
# it moved to tuning with the same writer's texts about nobody (NEAR_11).
SEEN_11 = {
    "en": [
        "hey, quick one - can you pull {n}'s comp history before the merit cycle? want to check the 3% raise from last April actually hit payroll",
        'Draft a PIP for {n}: 60 days, targets are closing 8 tickets/week with zero missed SLAs, weekly 1:1s with her line manager and an HR rep at the 30-day check-in.',
        'Item 4: Formal grievance lodged by {n} re: alleged bullying by line manager. Investigating officer appointed; grievance hearing set for 14 March. Employee reminded of right to be accompanied.',
    ],
    "de": [
        'Kannst du mir ein qualifiziertes Arbeitszeugnis für {n} entwerfen? Gesamtnote gut, Austritt zum 30.06. auf eigenen Wunsch, Schlussformel mit Dank und Bedauern.',
        'PNr. 40217 | {n} | AU 12.02.-23.02. (Folgebescheinigung) | EFZ Tag 11 von 42 | BEM-Angebot prüfen',
        'Der Betriebsrat wurde gem. § 102 BetrVG zur beabsichtigten ordentlichen betriebsbedingten Kündigung von {n} angehört; Unterlagen zur Sozialauswahl liegen bei.',
    ],
    "fr": [
        "Salut, tu peux me confirmer que {n} a bien signé sa rupture conventionnelle ? Le délai de rétractation de 15 jours tombe vendredi, après on envoie l'homologation à la DREETS.",
        'Rédige une convocation à un entretien préalable à une sanction disciplinaire pour {n}, suite aux retards répétés constatés en janvier. Mentionne la possibilité de se faire assister par un membre du CSE.',
        "Objet : Fin de période d'essai. Bonjour à tous, la période d'essai de {n} est validée par son N+1, le CDI est confirmé à compter du 1er avril. Merci de mettre à jour le SIRH.",
    ],
    "es": [
        'Oye, ¿sabes si ya le han tramitado a {n} el permiso por nacimiento? Empieza el lunes y necesito que esté metido antes del cierre de nómina.',
        'El candidato {n} pide 42.000 € brutos anuales más variable; nuestra banda para el puesto está en 36-40k. ¿Le hacemos contraoferta o lo dejamos pasar?',
        'Acta del comité de dirección: se aprueba la promoción de {n} a Jefa de Equipo con efectos 1 de julio, con subida del 8 % y revisión del complemento de puesto.',
    ],
    "it": [
        "Ciao, ti giro l'info: {n} ha chiesto il congedo parentale facoltativo per tutto agosto, indennità al 30%. Puoi avvisare l'ufficio paghe?",
        "Scrivi una lettera di contestazione disciplinare per {n} ai sensi dell'art. 7 dello Statuto dei Lavoratori, per uso improprio dell'auto aziendale; concedi 5 giorni per le giustificazioni.",
        'Matricola 2291 | {n} | passaggio dal 4° al 3° livello CCNL Commercio | superminimo assorbibile 150 € | decorrenza 01/09',
    ],
    "pt": [
        'Oi, a {n} pediu demissão hoje, aviso prévio trabalhado de 30 dias. Já consegue agendar o exame demissional e calcular as verbas rescisórias?',
        'Escreva um e-mail informando que {n} foi aprovado no processo seletivo para Analista Pleno, CLT, salário de R$ 8.500 com VR, VA e plano de saúde.',
        'Ata - ciclo de avaliação 2024: {n} ficou abaixo do esperado (nota 2 de 5) na calibração. Gestor propõe PDI com acompanhamento mensal.',
    ],
    "nl": [
        'Hoi, {n} heeft zich vanochtend ziek gemeld. Kun jij de bedrijfsarts inplannen? Al de derde melding dit kwartaal, dus ook graag een verzuimgesprek voorbereiden.',
        'Stel een aanzegbrief op voor {n}: het tijdelijke contract wordt niet verlengd en loopt af per 31 mei. Let op de aanzegtermijn van een maand.',
        "Notulen functioneringsgesprek {n}: beoordeling 'goed', periodiek toegekend per 1 januari, opleidingswens Prince2, volgende gesprek in Q3.",
    ],
    "sv": [
        'Lönerevision 2025: {n} föreslås få 3,2 % enligt avtalet, chefen vill lägga på 500 kr extra i månaden pga nytt budgetansvar.',
        'Kan du skriva ett tjänstgöringsbetyg för {n}? Anställd som ekonomiassistent 2019-2024, mycket noggrann och omtyckt, slutade på egen begäran.',
        'Protokoll MBL-förhandling § 11: uppsägning på grund av arbetsbrist. Berörd enligt turordningslistan är {n}. Facket begär att omplaceringsmöjligheter utreds.',
    ],
    "pl": [
        'Cześć, {n} dostała e-ZLA do 28 lutego. Przez pierwsze 33 dni płacimy wynagrodzenie chorobowe z naszej strony, wprowadzisz to do systemu kadrowego?',
        'Napisz wypowiedzenie umowy o pracę dla {n} z zachowaniem trzymiesięcznego okresu wypowiedzenia, przyczyna: likwidacja stanowiska. Pamiętaj o konsultacji ze związkami zawodowymi.',
        'Notatka kadrowa: {n} przyznano premię kwartalną w wysokości 15% wynagrodzenia zasadniczego za realizację celów sprzedażowych za Q2.',
    ],
    "ru": [
        'Подготовь приказ о переводе {n} на должность ведущего инженера с 1 марта, оклад 180 000 руб., через кадровый ЭДО.',
        'Коллеги, {n} не прошла испытательный срок, уведомление нужно вручить не позднее чем за три дня, как требует ст. 71 ТК РФ.',
        'Служебная записка: {n} объявлен выговор за нарушение трудовой дисциплины (опоздание более чем на 4 часа 12.03); основание - акт об отсутствии и объяснительная.',
    ],
    "tr": [
        'Selam, {n} istifa dilekçesini verdi, ihbar süresi 6 hafta. Kıdem tazminatı hakkı yok ama kullanılmayan yıllık izin ücretini bordroya eklemeyi unutma.',
        '{n} için performans değerlendirme özeti yazar mısın: hedef gerçekleşme %112, yetkinlik puanı 4/5, prim katsayısı 1,2 öneriliyor.',
        'Toplantı notu: {n} ekip liderliğinden uzman kadrosuna alınacak, ücreti korunacak; esaslı değişiklik olduğu için İş Kanunu md. 22 uyarınca yazılı onayı alınacak.',
    ],
    "ja": [
        '{n}さんの冬季賞与の査定はB+で確定しました。支給額は基本給の2.5か月分です。',
        '{n}さんへの内定通知書の文案を作成してください。入社日は4月1日、試用期間は3か月、想定年収は520万円です。',
        '【議事録】{n}さんより上長によるパワハラの申し立てあり。ハラスメント相談窓口にて受理、事実確認のため関係者へのヒアリングを実施予定。',
    ],
    "zh": [
        '帮我写一份给{n}的解除劳动合同通知书，理由是严重违反公司规章制度，依据《劳动合同法》第三十九条。',
        '{n}这次绩效考核拿了C，按制度要进PIP，为期两个月，你跟他直属领导对一下改进目标。',
        '工号 A1032 | {n} | 产假 158天 | 2024-05-06 至 2024-10-10 | 生育津贴已申报',
    ],
    "ko": [
        '{n} 님 연봉협상 결과 공유드립니다. 기본급 5% 인상, 성과급은 별도 지급 예정입니다.',
        '{n} 지원자 최종면접 합격으로 결정됐습니다. 희망연봉이 6,000만 원이라 처우 협의 진행 부탁드립니다.',
        '{n} 님의 육아휴직 신청서가 접수되었습니다. 기간은 1년이며, 육아휴직 급여는 고용센터에 별도로 신청하시면 됩니다.',
    ],
    "ar": [
        'أرجو صياغة خطاب توصية لـ{n} الذي عمل لدينا محاسبًا لمدة خمس سنوات وكان مثالًا في الالتزام والدقة.',
        'تقرر إنهاء خدمات {n} لأسباب تتعلق بإعادة الهيكلة، على أن تُصرف له مكافأة نهاية الخدمة وفق نظام العمل.',
        'محضر اجتماع: تم توجيه إنذار كتابي أول إلى {n} بسبب التأخر المتكرر عن الدوام، مع التنبيه بأن تكرار المخالفة سيترتب عليه الخصم من الراتب.',
    ],
    "hi": [
        'कृपया {n} के लिए एक ऑफ़र लेटर ड्राफ़्ट करें — पद: सीनियर एग्ज़ीक्यूटिव, CTC ₹9.5 लाख प्रति वर्ष, जॉइनिंग 1 जुलाई।',
        '{n} का प्रोबेशन पीरियड तीन महीने और बढ़ाया जा रहा है क्योंकि उनकी परफ़ॉर्मेंस अभी अपेक्षा के अनुरूप नहीं है।',
        '{n} ने शिकायत की है कि अप्रेज़ल में उनके मैनेजर ने उनके साथ भेदभाव किया; यह मामला ग्रीवांस कमेटी को भेज दिया गया है।',
    ],
    "vi": [
        'Chị ơi, {n} vừa nộp đơn xin nghỉ việc, ngày làm việc cuối là 30/6. Em cần chốt biên bản bàn giao và thanh toán lương, phép năm còn lại ạ.',
        'Soạn giúp tôi quyết định kỷ luật khiển trách đối với {n} do vi phạm nội quy lao động về bảo mật thông tin.',
        'Biên bản họp: {n} được đánh giá hoàn thành xuất sắc nhiệm vụ năm 2024, đề xuất tăng lương 12% và thưởng tháng 13.',
    ],
    "id": [
        'Tolong buatkan Surat Peringatan Pertama (SP1) untuk {n} karena mangkir tiga hari berturut-turut tanpa keterangan.',
        'Hasil rapat: {n} didemosi dari Supervisor ke Staf Senior efektif 1 Agustus karena tidak mencapai target KPI dua kuartal berturut-turut.',
        'Kandidat {n} minta gaji 15 juta gross, budget kita cuma 12 juta. Gimana, mau nego atau lanjut ke kandidat lain?',
    ],
}

NEAR_11 = {
    "en": [
        'Employees must notify their line manager of any sickness absence before 10am on the first day; absences longer than seven calendar days require a fit note from a GP.',
        "We're hiring: HR Business Partner (hybrid, 3 days in office). You'll support managers on ER cases, lead the annual pay review and champion our EDI agenda. £45-52k + 10% bonus.",
    ],
    "de": [
        'Gemäß § 622 Abs. 1 BGB kann das Arbeitsverhältnis mit einer Frist von vier Wochen zum Fünfzehnten oder zum Ende eines Kalendermonats gekündigt werden.',
        'Wir suchen ab sofort eine:n Personalreferent:in (m/w/d) in Vollzeit, unbefristet, mit Erfahrung in der Entgeltabrechnung und im Arbeitsrecht.',
    ],
    "fr": [
        'Conformément au Code du travail, le salarié acquiert 2,5 jours ouvrables de congés payés par mois de travail effectif.',
        'Modèle : Je soussigné(e) [Nom du responsable], atteste que [Nom du salarié] a été employé(e) au sein de notre société du [date] au [date] en qualité de [poste].',
    ],
    "es": [
        'Según el Estatuto de los Trabajadores, el periodo de prueba no podrá exceder de seis meses para los técnicos titulados ni de dos meses para el resto de trabajadores.',
        'Boletín de RR. HH.: recordad que el plazo para solicitar teletrabajo para el segundo semestre termina el 15 de junio.',
    ],
    "it": [
        'Il periodo di comporto per malattia è disciplinato dal CCNL applicato; superato tale periodo il datore di lavoro può recedere dal rapporto.',
        "Cercasi HR Generalist con almeno 3 anni di esperienza nella gestione del personale e nell'amministrazione paghe. Contratto a tempo indeterminato, RAL commisurata all'esperienza.",
    ],
    "pt": [
        'Conforme a CLT, o empregado tem direito a 30 dias de férias após cada período de 12 meses de trabalho, podendo fracioná-las em até três períodos.',
        'Dica do RH: antes da avaliação de desempenho, anote suas entregas do semestre e leve exemplos concretos para a conversa com seu gestor.',
    ],
    "nl": [
        'Op grond van artikel 7:629 BW betaalt de werkgever bij ziekte gedurende maximaal 104 weken ten minste 70% van het loon door.',
        'Vacature: HR-adviseur (32-36 uur). Je adviseert leidinggevenden over verzuim, arbeidsvoorwaarden en reorganisaties. Salaris conform cao, schaal 9.',
    ],
    "sv": [
        'Enligt LAS ska arbetsgivaren vid uppsägning på grund av arbetsbrist följa turordningsreglerna och först utreda möjligheten till omplacering.',
        'Personalhandboken: Friskvårdsbidraget är 3 000 kr per år och betalas ut mot kvitto via lönesystemet.',
    ],
    "pl": [
        'Zgodnie z Kodeksem pracy pracodawca jest obowiązany wydać pracownikowi świadectwo pracy w związku z rozwiązaniem lub wygaśnięciem stosunku pracy.',
        'Wniosek o urlop wypoczynkowy - Imię i nazwisko: ______, Stanowisko: ______, Termin urlopu: od ______ do ______, Podpis pracownika: ______',
    ],
    "ru": [
        'Согласно статье 122 ТК РФ, право на использование отпуска за первый год работы возникает у работника по истечении шести месяцев его непрерывной работы у данного работодателя.',
        'Вакансия: HR-бизнес-партнёр. Обязанности: сопровождение подбора, адаптация новых сотрудников, проведение оценки персонала. Оформление по ТК РФ, белая зарплата.',
    ],
    "tr": [
        "4857 sayılı İş Kanunu'na göre yıllık ücretli izin süresi, hizmet süresi bir yıldan beş yıla kadar olanlara on dört günden az verilemez.",
        'İK Bülteni: Yan haklar kapsamında yemek kartı tutarları 1 Ocak itibarıyla güncellenmiştir.',
    ],
    "ja": [
        '就業規則第15条：従業員が私傷病により欠勤する場合は、速やかに所属長に届け出なければならない。',
        '【募集】人事労務担当（正社員）。給与計算・社会保険手続きの実務経験3年以上。年収450万〜600万円、フレックスタイム制。',
    ],
    "zh": [
        '根据《劳动合同法》，劳动合同期限三个月以上不满一年的，试用期不得超过一个月。',
        '招聘：HRBP，负责业务部门的人才盘点、绩效管理与员工关系，本科及以上学历，五年以上相关经验，薪资面议。',
    ],
    "ko": [
        '근로기준법 제60조에 따라 사용자는 1년간 80퍼센트 이상 출근한 근로자에게 15일의 유급휴가를 주어야 한다.',
        '[채용공고] 인사팀 HRM 담당자 채용 - 급여·4대보험 실무 경력 3년 이상, 우대사항: 공인노무사 자격 소지자.',
    ],
    "ar": [
        'وفقًا لنظام العمل، يستحق العامل إجازة سنوية لا تقل عن واحد وعشرين يومًا، تزاد إلى ثلاثين يومًا إذا أمضى خمس سنوات متصلة في خدمة صاحب العمل.',
        'مطلوب أخصائي موارد بشرية بخبرة لا تقل عن ثلاث سنوات في شؤون الموظفين والرواتب، مع إجادة اللغة الإنجليزية.',
    ],
    "hi": [
        'कंपनी की अवकाश नीति के अनुसार प्रत्येक कर्मचारी को वर्ष में 12 आकस्मिक अवकाश और 12 अर्जित अवकाश मिलेंगे।',
        'मातृत्व लाभ अधिनियम के तहत पात्र महिला कर्मचारियों को 26 सप्ताह तक का सवेतन मातृत्व अवकाश दिया जाता है।',
    ],
    "vi": [
        'Theo Bộ luật Lao động 2019, lao động nữ được nghỉ thai sản trước và sau khi sinh con là 06 tháng.',
        'Tuyển dụng: Chuyên viên C&B, tối thiểu 2 năm kinh nghiệm tính lương, BHXH, thuế TNCN. Mức lương thỏa thuận.',
    ],
    "id": [
        'Berdasarkan UU Ketenagakerjaan, pekerja yang telah bekerja 12 bulan secara terus-menerus berhak atas cuti tahunan sekurang-kurangnya 12 hari kerja.',
        'Lowongan: HR Generalist, pengalaman min. 2 tahun di bidang payroll dan BPJS, penempatan Jakarta Selatan.',
    ],
}


# Round 12: written by a ninth writer who had read nothing of the repository,
# for tuning (3 matters and 2 texts about nobody per language).
SEEN_12 = {
    "en": [
        "EMP-20417 | {n} | Finance Ops | Attachment of earnings order rec'd 03/11 | Deduct 15% net per pay period | Case ref CS-88213 | Notify payroll before next run",
        "Can you help me draft an email to {n} confirming that her role is at risk of redundancy following the restructure of the logistics team? We need to invite her to a first consultation meeting next Tuesday, mention she can bring a colleague or union rep, and explain that we'll look at suitable alternative vacancies before any final decision is made. Keep it warm but formal, she's been with us 11 years.",
        "Quick one - {n} told me on Friday she's expecting in March. What do I need to sort out on our side and by when?",
    ],
    "de": [
        "Bitte Entwurf einer Abmahnung für {n} (Lager, Schichtleitung) wegen wiederholter unentschuldigter Verspätungen am 12., 19. und 26. Mai. Betriebsrat ist informiert, Anhörung hat stattgefunden.",
        "Protokoll BEM-Gespräch 14.03. – Teilnehmende: {n}, HR, Betriebsrat. Seit Oktober insgesamt 58 AU-Tage. Vereinbart: stufenweise Wiedereingliederung nach dem Hamburger Modell ab 01.04., zunächst 4 Std./Tag für zwei Wochen, danach 6 Std. Betriebsarzt prüft höhenverstellbaren Schreibtisch und Entlastung bei Hebetätigkeiten. Nächster Termin in 6 Wochen.",
        "{n} übernimmt ab Juli die Teamleitung Einkauf – Eingruppierung dann E11 statt E9.",
    ],
    "fr": [
        "Bonjour, je dois préparer la rupture conventionnelle de {n} (CDI depuis 2016, statut cadre). Tu peux me calculer l'indemnité spécifique minimale avec un salaire de référence de 4 200 € brut et me rappeler le délai de rétractation avant l'homologation ?",
        "Matricule\tNom\tMotif\tDébut\tFin\n004583\t{n}\tCongé maternité\t02/09/2024\t22/12/2024",
        "Point fin de période d'essai avec {n} : on ne poursuit pas. Les objectifs de prospection n'ont pas été atteints et le manager a remonté plusieurs soucis de fiabilité. Courrier à remettre en main propre avant vendredi, attention au délai de prévenance de 48 h.",
    ],
    "es": [
        "Necesito redactar la carta de despido disciplinario de {n} por transgresión de la buena fe contractual. Hay que incluir los hechos concretos (uso de la tarjeta de empresa para gastos personales entre enero y marzo, 2.340 €), la fecha de efectos y que se le pone a disposición el finiquito.",
        "Oferta para {n}: Analista de Datos Sr., 42.000 € brutos anuales en 14 pagas, incorporación 1 de septiembre, periodo de prueba 6 meses. Pidió 45k, ¿cerramos en 43,5 con el variable?",
        "{n} lleva tres meses quedándose los sábados por la mañana y en la nómina no le aparece nada. Dice que ya lo habló con su jefe y nadie le contesta.",
    ],
    "it": [
        "Buongiorno, ci serve una bozza di contestazione disciplinare per {n} ai sensi dell'art. 7 dello Statuto dei lavoratori: assenza ingiustificata dal 3 al 5 giugno. Ricordare i 5 giorni per presentare le giustificazioni.",
        "Verbale colloquio di uscita – {n}, ufficio acquisti. Dimissioni con preavviso di 30 giorni, ultimo giorno 31/10. Motivo principale: offerta con RAL superiore e possibilità di smart working. Valuta negativamente la comunicazione con il responsabile diretto, positivamente il clima con i colleghi. Rientrerebbe in futuro: sì.",
        "{n} rientra dalla maternità il 15 e chiede di passare a 30 ore settimanali fino ai tre anni del bambino. Si può fare?",
    ],
    "pt": [
        "Preciso calcular a rescisão de {n}: dispensa sem justa causa, aviso prévio indenizado, admitido em 03/2019, salário de R$ 6.800. Quanto dá a multa de 40% do FGTS?",
        "Matrícula 10233 | {n} | Alteração de cargo: Coordenador de Vendas → Analista Sênior | Motivo: reestruturação da área | Salário mantido (irredutibilidade) | Vigência 01/08",
        "O {n} trouxe outro atestado ontem, já é o quarto este mês. A gestora quer saber se dá para encaminhar para a perícia do INSS.",
    ],
    "nl": [
        "Kun je een verbeterplan opstellen voor {n}? Hij haalt al twee kwartalen zijn targets niet en bij de jaarbeoordeling is hij op 'onvoldoende' uitgekomen. Graag concrete doelen voor 3 maanden en tussentijdse evaluaties om de 4 weken.",
        "Verslag spreekuur bedrijfsarts 12-02: {n} is voor 50% belastbaar, re-integratie eerste spoor. Plan van aanpak moet uiterlijk week 8 in het dossier voor het UWV. Volgende evaluatie over 6 weken.",
        "VSO {n}: einddatum 1 mei, transitievergoeding plus 2 maandsalarissen extra, vrijstelling van werk, finale kwijting.",
    ],
    "sv": [
        "Hej! Kan du hjälpa mig formulera ett besked till {n} om att hans provanställning inte övergår i en tillsvidareanställning? Vi måste meddela senast två veckor innan den löper ut enligt LAS.",
        "Lönesamtal 2024 – {n}: nuvarande månadslön 41 500 kr, förslag 43 200 kr (+4,1 %). Motivering: har tagit över leverantörsansvaret för Norden, mycket goda omdömen från kunder. Facket har godkänt.",
        "{n} vill vara hemma med dottern på heltid från 1 september till jul. Hur många dagar har hon kvar hos Försäkringskassan och måste vi godkänna att hon delar upp det?",
    ],
    "pl": [
        "Proszę o przygotowanie wypowiedzenia umowy o pracę dla {n} z zachowaniem trzymiesięcznego okresu wypowiedzenia. Przyczyna: likwidacja stanowiska w dziale księgowości. Trzeba też skonsultować zamiar z zakładową organizacją związkową.",
        "Kierownik chce nałożyć na {n} karę nagany za spożywanie alkoholu na terenie zakładu. Wystarczy to, czy od razu dyscyplinarka z art. 52?",
        "{n} od poniedziałku przechodzi z magazynu w Poznaniu do oddziału w Gdańsku, aneks podpisany, dodatek za rozłąkę 800 zł.",
    ],
    "ru": [
        "Подготовьте приказ о предоставлении отпуска по уходу за ребёнком до достижения им возраста полутора лет сотруднице {n} с 12.02.2025. Заявление и свидетельство о рождении уже в личном деле.",
        "Таб. № 00482 | {n} | Служебное расследование: недостача на складе 148 000 руб. | Объяснительная получена 03.04 | Комиссия: начальник склада, юрист, специалист по кадрам | Срок заключения: 15.04",
        "{n} написала по собственному, последний день 28-е. Надо успеть с обходным и окончательным расчётом.",
    ],
    "tr": [
        "{n} için yıl sonu performans değerlendirme sonucu: 5 üzerinden 2. Yöneticisi performans geliştirme planı başlatılmasını istiyor, 90 günlük hedefleri taslak olarak hazırlar mısın?",
        "Sicil No: 30215 / {n} / Yıllık izin bakiyesi: 14 gün / Mazeretsiz devamsızlık: 3 gün (Ocak) / Yazılı savunma istendi: 05.02.2024",
        "{n} adlı adayın adli sicil kaydı temiz geldi ama bir tutarsızlık var: özgeçmişte 2019-2021 arası çalıştığını yazdığı şirket böyle bir kaydı bulamadığını söyledi. Teklifi göndermeden önce ne yapalım?",
    ],
    "ja": [
        "{n}さんの2024年度下期人事評価について、一次評価B+がキャリブレーション会議でBに調整されました。本人へのフィードバック面談の前に、会議での指摘事項を整理したメモを作ってください。",
        "社員番号 A10382\t{n}\t休職開始日 2024/06/01\t事由：私傷病（適応障害）\t復職判定：産業医面談 9/10 予定",
        "{n}さんから来年4月から半年間まとまって休みたいという相談がありました。前例がないので規程上可能か確認お願いします。",
    ],
    "zh": [
        "帮我写一封给{n}的解除劳动合同通知，试用期考核不合格，按合同约定提前三天通知，写清楚最后工作日和工资结算方式。",
        "员工编号：HZ-0937｜姓名：{n}｜调薪：月薪 18,000 → 21,500｜年终奖：3.5个月｜股票期权：新增 6,000 股，分四年归属｜生效日期：2025-01-01",
        "{n}上周在客户现场和同事动了手，对方已经投诉到HR了。这事怎么处理比较稳妥？要不要先让他停职配合调查？",
    ],
    "ko": [
        "{n} 님 연봉협상 결과 정리: 현 연봉 5,400만 원 → 5,900만 원 (9.3% 인상), 성과급 별도. 본인은 6,200을 희망했으나 팀장 선에서 조정함.",
        "육아휴직 복직 예정자 {n} 대리, 복직일 3월 4일. 원래 부서(마케팅팀) 복귀 희망, 주 30시간 단축근무 신청서 제출함.",
        "{n} 씨 전 직장 상사 두 분이랑 통화했는데 둘 다 좋게 얘기하긴 했어요. 근데 한 분이 그만둔 이유에 대해서는 말을 아끼더라고요. 최종 합격 통보 보내도 될까요?",
    ],
    "ar": [
        "أرجو صياغة إنذار كتابي نهائي للموظف {n} بسبب تكرار التأخر عن الدوام وعدم الالتزام بتعليمات المشرف، مع الإشارة إلى أن أي مخالفة لاحقة قد تؤدي إلى إنهاء الخدمة.",
        "الرقم الوظيفي: 55612 | الاسم: {n} | نوع الطلب: تجديد الإقامة وتصريح العمل | تاريخ الانتهاء: 2025/03/14 | الحالة: بانتظار الفحص الطبي",
        "{n} أمضى معنا 7 سنوات وآخر يوم عمل له نهاية الشهر، ويسأل عن مستحقاته. كيف نحسب مكافأة نهاية الخدمة حسب نظام العمل السعودي؟",
    ],
    "hi": [
        "{n} का प्रोबेशन 3 महीने और बढ़ाना है, मैनेजर का कहना है कि टारगेट पूरे नहीं हुए लेकिन सुधार दिख रहा है। एक्सटेंशन लेटर का ड्राफ्ट बना दो।",
        "कर्मचारी कोड 20875 | {n} | फुल एंड फाइनल सेटलमेंट लंबित | नोटिस पीरियड 60 दिन, 20 दिन का बायआउट | अंतिम कार्य दिवस 31/01/2025 | PF ट्रांसफर फॉर्म प्राप्त",
        "{n} जी के खिलाफ POSH कमेटी में शिकायत आई है, सुनवाई अगले मंगलवार को है। दोनों पक्षों को नोटिस भेजना है।",
    ],
    "vi": [
        "Nhờ soạn quyết định kỷ luật khiển trách đối với {n}, nhân viên kho, vì tự ý nghỉ 3 ngày không phép trong tháng 5.",
        "Biên bản họp: Đánh giá cuối năm của {n} – xếp loại A, đề xuất thăng chức lên Trưởng nhóm kinh doanh từ 01/04, tăng lương 15%. Giám đốc khối đồng ý, chờ phòng Nhân sự phát hành quyết định.",
        "Bạn {n} vừa báo là tháng này bị trừ sai 2 ngày công dù đơn nghỉ đã được duyệt. Kế toán kiểm tra lại và bù vào kỳ sau giúp mình nhé.",
    ],
    "id": [
        "Tolong buatkan surat peringatan pertama (SP1) untuk {n} karena tidak masuk kerja 3 hari tanpa keterangan.",
        "NIK 2023-0418 | {n} | Pengunduran diri | Efektif 30 Juni | One month notice | Exit interview: 25 Juni | BPJS dinonaktifkan setelah tanggal efektif",
        "PKWT {n} habis akhir bulan ini. User minta diperpanjang 1 tahun lagi, tapi ada catatan soal kehadiran. Gimana sebaiknya?",
    ],
}

NEAR_12 = {
    "en": [
        "Template - Invitation to Disciplinary Hearing. Dear [Employee Name], You are required to attend a disciplinary hearing on [Date] at [Time] in [Location] to discuss the following allegation(s): [Details]. You have the right to be accompanied by a colleague or trade union representative. Yours sincerely, [Manager Name]",
        "Our 2024 gender pay gap report shows a median hourly gap of 8.2%, down from 10.5% last year. Women now make up 46% of the upper pay quartile.",
    ],
    "de": [
        "Stellenanzeige: Wir suchen zum nächstmöglichen Zeitpunkt eine:n Personalsachbearbeiter:in (m/w/d) in Vollzeit. Ihre Aufgaben: Entgeltabrechnung für ca. 300 Mitarbeitende, Pflege der Personalakten, Ansprechpartner:in für Fragen zu Urlaub und Arbeitszeit. Wir bieten: 30 Tage Urlaub, Jobrad, betriebliche Altersvorsorge.",
        "Gemäß § 626 BGB kann ein Arbeitsverhältnis aus wichtigem Grund ohne Einhaltung einer Kündigungsfrist gekündigt werden. Die Kündigung muss innerhalb von zwei Wochen ab Kenntnis der maßgebenden Tatsachen erfolgen.",
    ],
    "fr": [
        "Modèle de convocation à entretien préalable : Madame, Monsieur [Nom], nous envisageons à votre égard une mesure pouvant aller jusqu'au licenciement. Nous vous prions de vous présenter le [date] à [heure]. Vous pouvez vous faire assister par une personne de votre choix appartenant au personnel de l'entreprise.",
        "Newsletter RH – mars : à compter du 1er avril, le télétravail passe à trois jours par semaine pour tous les postes éligibles. Les demandes se font via le portail RH, après validation du manager.",
    ],
    "es": [
        "Política de vacaciones: todo el personal dispone de 23 días laborables de vacaciones al año. Las solicitudes deben registrarse en el portal con al menos 15 días de antelación y se aprobarán según las necesidades del servicio.",
        "Según la última encuesta de clima laboral, el 72 % de la plantilla recomendaría la empresa como lugar de trabajo; la rotación voluntaria bajó al 9 % en 2024.",
    ],
    "it": [
        "Offerta di lavoro: cercasi HR Business Partner con almeno 5 anni di esperienza in relazioni industriali e gestione del personale. Sede: Milano. Contratto a tempo indeterminato, CCNL Commercio.",
        "Slide 4 – Il colloquio di valutazione: preparare gli obiettivi in anticipo, ascoltare prima di parlare, dare feedback su comportamenti osservabili e non sulla persona, concordare un piano di sviluppo.",
    ],
    "pt": [
        "Modelo de carta de advertência: Prezado(a) [NOME DO COLABORADOR], vimos por meio desta adverti-lo(a) formalmente pela falta cometida em [DATA], conforme descrito: [DESCRIÇÃO]. A reincidência poderá acarretar sanções mais severas, previstas na CLT.",
        "Resumo: a Lei 14.457/2022 instituiu o Programa Emprega + Mulheres, que prevê flexibilização do regime de trabalho para pais e mães com filhos de até 6 anos, incluindo teletrabalho e antecipação de férias.",
    ],
    "nl": [
        "Vacature: Recruiter (32-40 uur). Je bent verantwoordelijk voor het volledige wervingsproces, van intake met de hiring manager tot aan het arbeidsvoorwaardengesprek. Salarisindicatie: € 3.800 – € 4.900 bruto per maand.",
        "Verzuimprotocol: meld je ziek vóór 9.00 uur telefonisch bij je leidinggevende. Binnen een week neemt de arbodienst contact met je op. Bij langdurig verzuim gelden de afspraken uit de Wet verbetering poortwachter.",
    ],
    "sv": [
        "Enligt semesterlagen har alla anställda rätt till 25 semesterdagar per år. Minst fyra veckors sammanhängande ledighet ska kunna förläggas under juni–augusti om inget annat avtalats.",
        "Mall för utvecklingssamtal: Namn: [Medarbetare] Chef: [Chef] Datum: [ÅÅÅÅ-MM-DD] 1. Hur har det senaste året varit? 2. Vilka mål vill du sätta upp? 3. Vilket stöd behöver du?",
    ],
    "pl": [
        "Zgodnie z Kodeksem pracy okres wypowiedzenia umowy o pracę na czas nieokreślony wynosi 2 tygodnie przy zatrudnieniu krótszym niż 6 miesięcy, 1 miesiąc przy co najmniej 6 miesiącach i 3 miesiące przy co najmniej 3 latach.",
        "Ogłoszenie: zatrudnimy specjalistę ds. kadr i płac. Wymagania: znajomość programu Symfonia lub Optima, min. 2 lata doświadczenia. Oferujemy umowę o pracę, prywatną opiekę medyczną i kartę sportową.",
    ],
    "ru": [
        "Шаблон: Приказ о приёме на работу. Ф.И.О. работника: [ФИО]. Должность: [должность]. Оклад: [сумма] руб. Испытательный срок: [срок] мес.",
        "По итогам 2024 года средняя текучесть персонала в компании составила 14 %, в розничной сети — 31 %. Основные причины увольнения по данным опроса: уровень оплаты и график работы.",
    ],
    "tr": [
        "İş Kanunu'na göre hizmet süresi bir yıldan beş yıla kadar olan işçilere verilecek yıllık ücretli izin süresi 14 günden az olamaz; beş yıldan fazla on beş yıldan az olanlara 20 gün verilir.",
        "İK Bülteni: Yeni yan haklar paketimiz kapsamında tüm çalışanlarımız 1 Ocak itibarıyla özel sağlık sigortasından ve yemek kartı desteğinden yararlanabilecek.",
    ],
    "ja": [
        "【求人】人事労務スタッフ募集　業務内容：給与計算、社会保険手続き、勤怠管理　応募資格：実務経験2年以上　待遇：賞与年2回、完全週休2日制",
        "就業規則第32条（懲戒の種類）懲戒は、譴責、減給、出勤停止、降格、諭旨解雇および懲戒解雇の6種類とする。",
    ],
    "zh": [
        "根据《劳动合同法》第十九条，劳动合同期限三个月以上不满一年的，试用期不得超过一个月；一年以上不满三年的，试用期不得超过二个月。",
        "【模板】录用通知书　尊敬的[候选人姓名]：我们很高兴地通知您，您已被录用为[职位]，入职日期为[日期]，试用期月薪为[金额]元。请于[截止日期]前回复确认。",
    ],
    "ko": [
        "[채용공고] 인사팀 HRBP 경력직 모집 / 자격요건: 인사 실무 5년 이상, 노무 지식 보유자 우대 / 근무지: 서울 강남 / 연봉: 회사 내규에 따름",
        "근로기준법에 따라 1년간 80% 이상 출근한 근로자에게는 15일의 유급휴가를 주어야 합니다. 계속 근로 연수가 1년 미만인 경우 1개월 개근 시 1일의 유급휴가가 발생합니다.",
    ],
    "ar": [
        "سياسة الإجازات المرضية: يستحق الموظف إجازة مرضية مدفوعة الأجر وفقاً لنظام العمل، على أن يقدم تقريراً طبياً معتمداً خلال ثلاثة أيام من بداية الغياب.",
        "إعلان وظيفة: مطلوب أخصائي موارد بشرية بخبرة لا تقل عن 3 سنوات في التوظيف وشؤون الموظفين، مع إجادة اللغة الإنجليزية، ويفضل حملة شهادة SHRM أو CIPD.",
    ],
    "hi": [
        "छुट्टी नीति: सभी कर्मचारियों को प्रति वर्ष 18 अर्जित अवकाश और 12 आकस्मिक अवकाश मिलेंगे। अवकाश के लिए आवेदन HRMS पोर्टल पर कम से कम 7 दिन पहले करें।",
        "टेम्पलेट – नियुक्ति पत्र: प्रिय [कर्मचारी का नाम], हमें आपको [पद] के पद पर नियुक्त करते हुए प्रसन्नता हो रही है। आपका वार्षिक CTC [राशि] होगा और आपकी ज्वाइनिंग तिथि [तारीख] है।",
    ],
    "vi": [
        "Theo Bộ luật Lao động 2019, người lao động làm việc đủ 12 tháng cho một người sử dụng lao động được nghỉ hằng năm 12 ngày làm việc, hưởng nguyên lương.",
        "Tuyển dụng: Chuyên viên C&B, tối thiểu 2 năm kinh nghiệm tính lương, bảo hiểm xã hội. Làm việc tại Quận 1, TP.HCM. Thu nhập cạnh tranh, thưởng tháng 13.",
    ],
    "id": [
        "Template Surat Keterangan Kerja: Yang bertanda tangan di bawah ini menerangkan bahwa [Nama Karyawan] telah bekerja di perusahaan kami sebagai [Jabatan] sejak [Tanggal Mulai] sampai dengan [Tanggal Akhir].",
        "Info HR: Mulai bulan depan, pengajuan cuti tahunan wajib melalui aplikasi HRIS dan disetujui atasan langsung paling lambat 3 hari sebelum tanggal cuti.",
    ],
}


# Round 13: written by a new writer, who had read nothing of the repository
# (3 matters and 2 texts about nobody per language); the holdout until
# 2026-12-05 (a fifth session), when round 14 replaced it and it moved to tune.
SEEN_13 = {
    "en": [
        "Hey, quick one - can you push {n}'s merit increase through before payroll closes Friday? Finance signed off on 4.5%.",
        "Draft a note to {n} explaining that from next month they'll report to the new team lead instead of running the team, and their band moves from L5 to L4.",
        "EMP-20431 | {n} | Court order #CV-88213 | deduct $312.40 per cycle | start 06/01 | remit to Marin County clerk",
    ],
    "de": [
        "Betreff: Abmahnung {n}\nBitte bis Donnerstag an die Rechtsabteilung zur Prüfung, der Betriebsrat ist schon informiert.",
        "Protokoll Personalrunde 12.02.: {n} hat die Probezeit bestanden, Übernahme ab 01.04. unbefristet.",
        "Kurz zur Info: {n} ist seit Montag wieder da, aber erstmal nach dem Hamburger Modell mit 4 Stunden am Tag.",
    ],
    "fr": [
        "Salut, {n} nous a renvoyé un arrêt maladie jusqu'au 28, tu peux prévenir la paie pour la subrogation des IJSS ?",
        "Débrief : {n} a cartonné sur le cas pratique, mais demande 58 k€ et on a 50 max sur l'enveloppe.",
        "Peux-tu rédiger la convocation à entretien préalable à licenciement pour {n}, avec mise à pied conservatoire ?",
    ],
    "es": [
        "Ticket #4471 – Solicitud de permiso por nacimiento de {n}, 16 semanas desde el 3 de junio. Pendiente de validar con la Seguridad Social.",
        "Oye, al final no nos quedamos con {n}, el nuevo de logística; díselo tú antes del viernes, que el lunes ya no debería venir.",
        "Notas reunión: {n} denuncia trato vejatorio por parte de su responsable; se abre expediente y se activa el protocolo de acoso.",
    ],
    "it": [
        "Ciao, mi prepari la lettera di contestazione disciplinare per {n}? Tre giorni di assenza ingiustificata.",
        "{n} – superminimo individuale aumentato di 150 € lordi mensili da gennaio, girare all'ufficio paghe.",
        "Mi ha chiamato un'altra azienda per chiedere com'era {n} quando stava da noi: posso dire che era puntuale e affidabile o meglio evitare?",
    ],
    "pt": [
        "Oi, o {n} avisou hoje que vai pra concorrência; ele cumpre os 30 dias ou liberamos antes?",
        "Folha 03/2025 ; {n} ; pensão alimentícia ; desconto 30% do líquido ; ofício judicial nº 0012345-67.2024",
        "Avaliação de desempenho 2024 – {n}: nota 2 de 5, entra em plano de melhoria de desempenho de 90 dias.",
    ],
    "nl": [
        "Hoi, {n} is nu zes weken ziek, moeten we de bedrijfsarts al inschakelen voor het plan van aanpak?",
        "Gespreksverslag: {n} krijgt geen verlenging van het tijdelijke contract; aanzegging uiterlijk 1 mei versturen.",
        "We gaan door met {n}: schaal 9, trede 4, start 1 september. Kun jij de papieren klaarzetten?",
    ],
    "sv": [
        "Hej! {n} vill vara föräldraledig från 1 oktober, 60 dagar, kan du lägga in det i systemet?",
        "Kan du skriva ett utkast till uppsägning på grund av arbetsbrist för {n}? MBL-förhandling med facket nästa vecka.",
        "{n} och jag landade på 46 500 kr från april, lite över potten men motiverat.",
    ],
    "pl": [
        "Cześć, {n} złożył wypowiedzenie, ma trzy miesiące okresu wypowiedzenia, ale pyta o rozwiązanie za porozumieniem stron.",
        "Zajęcie komornicze wynagrodzenia – {n}, sygn. akt KM 1234/24, potrącenie do 3/5 (alimenty). Proszę uwzględnić na liście płac za marzec.",
        "Podsumowanie rozmowy: {n} – dobra znajomość SAP, oczekiwania finansowe 14 tys. brutto na UoP, odpowiedź do piątku.",
    ],
    "ru": [
        "Коллеги, служебная проверка по недостаче на складе завершена: {n} — вина подтвердилась, готовим приказ о выговоре.",
        "{n} просит перенести выход из декрета на январь — продлеваем отпуск по уходу за ребёнком до полутора лет?",
        "Табель за февраль: {n} — 22 часа сверхурочных не оплачены, сотрудник грозится пойти в трудовую инспекцию.",
    ],
    "tr": [
        "Merhaba, {n} için kıdem ve ihbar tazminatı hesabını çıkarabilir misin? Çıkış tarihi 31 Mart, kod 04.",
        "{n} adayına teklif mektubunu gönderelim mi? Referans kontrolü ve adli sicil kaydı temiz geldi.",
        "Toplantı notu: {n} son üç ay akşam 8'e kadar kaldığı saatlerin bordroya yansımadığını söylüyor, puantajı kontrol edelim.",
    ],
    "ja": [
        "{n}さんの今期の人事評価ですが、一次評価はBだったものの部長判断でCに下げる方向です。",
        "お疲れ様です。{n}さんの在留資格の更新期限が来月なので、就労ビザ関係の書類準備をお願いできますか。",
        "来週から{n}さんが戻ってくる予定ですが、産業医面談の結果、当面は短時間勤務で残業なしとのことです。",
    ],
    "zh": [
        "小王，{n}试用期考核没通过，下周一前把不予转正通知发给他。",
        "面试反馈：{n}，技术面通过，期望薪资35K*14，超预算，建议压到30K再发offer。",
        "帮我写一封邮件给{n}，说明因组织架构调整其岗位被撤销，补偿按N+1执行。",
    ],
    "ko": [
        "{n} 대리 연봉협상 결과 5.5% 인상으로 확정됐어요, 급여팀에 공유 부탁드려요.",
        "징계위원회 회의록: {n} 과장, 법인카드 사적 사용 건으로 감봉 3개월 의결.",
        "{n} 씨 다음 달에 애기 보고 돌아오는데 원래 팀으로 가는 거 맞죠?",
    ],
    "ar": [
        "مرحباً، هل يمكنك تجهيز خطاب إنذار نهائي للموظف {n} بسبب تكرار التأخير عن الدوام؟",
        "محضر اجتماع: تمت الموافقة على ترقية {n} إلى مشرف قسم المبيعات اعتباراً من أول الشهر القادم.",
        "{n} ما زال ينتظر تجديد الإقامة، والجوازات طلبت نسخة مصدّقة من العقد قبل نهاية الأسبوع.",
    ],
    "hi": [
        "{n} की मेडिकल लीव 15 दिन और बढ़ानी है, डॉक्टर का सर्टिफिकेट मेल पर भेज दिया है।",
        "इंटरव्यू फीडबैक: {n} – कम्युनिकेशन अच्छा है पर टेक्निकल राउंड में कमजोर, इस बार रिजेक्ट कर दें।",
        "भाई, {n} को इस बार सिर्फ 3% मिला है, बहुत नाराज़ है और स्किप-लेवल मीटिंग में शिकायत करने वाला है।",
    ],
    "vi": [
        "Chị ơi, {n} vừa báo tháng sau không làm nữa, em có cần làm biên bản bàn giao không ạ?",
        "Kết quả đánh giá thử việc: {n} – Đạt, đề xuất ký hợp đồng lao động chính thức từ 01/07.",
        "Soạn giúp em quyết định kỷ luật khiển trách đối với {n} vì vi phạm nội quy an toàn lao động.",
    ],
    "id": [
        "Tolong proses cuti melahirkan {n} mulai 10 Juni, 3 bulan sesuai UU, BPJS sudah dikonfirmasi.",
        "Notulen: {n} masuk PIP 60 hari karena target penjualan nggak tercapai dua kuartal berturut-turut.",
        "Bro, {n} yang dulu di gudang minta surat keterangan kerja plus rekomendasi buat lamar ke tempat lain, kasih nggak?",
    ],
}

NEAR_13 = {
    "en": [
        "Policy 4.2: Employees on a performance improvement plan meet their line manager fortnightly; outcomes are recorded in the HRIS.",
        "We're hiring! Payroll Specialist at Northbeam Logistics - hybrid, £38-42k, 25 days holiday. Apply by 30 June.",
    ],
    "de": [
        "Vorlage: Sehr geehrte/r [Name des Mitarbeiters], hiermit bestätigen wir die Verlängerung Ihrer Probezeit bis zum [Datum].",
        "Personal-Newsletter: Ab Juli gilt die neue Betriebsvereinbarung zur Gleitzeit für alle Standorte der Kessler Antriebstechnik GmbH.",
    ],
    "fr": [
        "Rappel : tout arrêt maladie doit être transmis à l'employeur sous 48 heures (volet 3 de l'avis d'arrêt de travail).",
        "Offre d'emploi – Chargé(e) de paie H/F, CDI, Lyon, 35-40 k€ selon profil. Groupe Vernaux Distribution.",
    ],
    "es": [
        "Según el Estatuto de los Trabajadores, el periodo de prueba no podrá exceder de seis meses para técnicos titulados.",
        "Plantilla: Estimado/a [Nombre del empleado], le comunicamos que su solicitud de excedencia ha sido [aprobada/denegada].",
    ],
    "it": [
        "Slide 3 – Il colloquio di valutazione annuale: obiettivi, competenze, piano di sviluppo. Durata consigliata 45 minuti.",
        "Nel 2024 il tasso di assenteismo in Officine Lariane è sceso al 3,1%, contro il 4,4% dell'anno precedente.",
    ],
    "pt": [
        "Modelo: Prezado(a) [Nome do Colaborador], informamos que seu contrato de experiência se encerra em [data].",
        "Vaga: Analista de Departamento Pessoal – CLT, São Paulo, VR + plano de saúde. Empresa: Grupo Solmar.",
    ],
    "nl": [
        "Volgens de Wet verbetering poortwachter moet de werkgever binnen zes weken een probleemanalyse laten opstellen.",
        "Vacature: HR-adviseur (32-36 uur) bij Noordkaap Installatietechniek, schaal 10, reageren vóór 15 mei.",
    ],
    "sv": [
        "Policy: Vid sjukfrånvaro längre än sju kalenderdagar ska läkarintyg lämnas till närmaste chef.",
        "Nyhetsbrev HR: Årets lönerevision är klar, utfallet blev i snitt 3,4 % för tjänstemän.",
    ],
    "pl": [
        "Szablon: Szanowna Pani / Szanowny Panie [Imię i nazwisko pracownika], informujemy o rozwiązaniu umowy o pracę z dniem [data].",
        "Kodeks pracy: okres wypowiedzenia umowy na czas nieokreślony zależy od stażu i wynosi od 2 tygodni do 3 miesięcy.",
    ],
    "ru": [
        "Шаблон приказа: уволить [ФИО сотрудника] по собственному желанию, п. 3 ч. 1 ст. 77 ТК РФ, с [дата].",
        "Вакансия: специалист по кадровому делопроизводству, ООО «Северный вектор», оформление по ТК, белая зарплата.",
    ],
    "tr": [
        "İş Kanunu'na göre fazla çalışma yılda 270 saati geçemez ve her saat için ücret yüzde elli zamlı ödenir.",
        "Şablon: Sayın [Çalışan Adı Soyadı], [tarih] tarihli tutanak nedeniyle savunmanızı 3 iş günü içinde vermeniz rica olunur.",
    ],
    "ja": [
        "【社内報】今年度から人事評価制度を改定し、評価面談を年2回実施します。",
        "テンプレート：[社員氏名]殿　貴殿の試用期間は[日付]をもって満了となります。",
    ],
    "zh": [
        "员工手册第5章：病假须提供二级以上医院出具的诊断证明，连续病假超过三天需部门负责人审批。",
        "招聘｜薪酬绩效专员，上海，15-20K，五险一金，双休。公司：启澜科技。",
    ],
    "ko": [
        "[공지] 2025년 연봉협상 일정 안내: 팀장 면담은 3월 둘째 주까지 완료해 주시기 바랍니다.",
        "휴직 신청서 양식: 성명 [직원 이름] / 부서 [부서명] / 휴직 사유 [사유] / 휴직 기간 [기간]",
    ],
    "ar": [
        "سياسة الشركة: يحق للموظفة إجازة وضع مدفوعة الأجر لمدة عشرة أسابيع وفق نظام العمل.",
        "نموذج: السيد/ة [اسم الموظف]، نود إعلامكم بأن فترة التجربة تنتهي بتاريخ [التاريخ].",
    ],
    "hi": [
        "नीति: सभी कर्मचारियों को वर्ष में 12 आकस्मिक अवकाश मिलेंगे, जो अगले वर्ष में आगे नहीं जुड़ेंगे।",
        "भर्ती: एचआर एग्ज़िक्यूटिव, पुणे, 3–5 साल अनुभव, वेतन 5–7 LPA, सुप्रीम ऑटो पार्ट्स प्रा. लि.",
    ],
    "vi": [
        "Theo Bộ luật Lao động 2019, lao động nữ được nghỉ thai sản 6 tháng và hưởng chế độ từ BHXH.",
        "Mẫu: Kính gửi [Họ tên nhân viên], công ty thông báo kết quả đánh giá thử việc của anh/chị là [Đạt/Không đạt].",
    ],
    "id": [
        "Menurut UU Cipta Kerja, masa percobaan hanya boleh diterapkan pada PKWTT dan paling lama 3 bulan.",
        "Lowongan: Staf Payroll, PT Sinar Cakra Mandiri, Jakarta Selatan, min. S1, pengalaman 2 tahun.",
    ],
}


# Round 14: written by a new writer, who had read nothing of the repository
# (6 matters and 3 texts about nobody per language); the holdout until
# 2026-12-06, when round 15 replaced it and it moved to tune with NEAR_14.
SEEN_14 = {
    "en": [
        "Can you draft a short note to payroll explaining that {n} still hasn't been paid for the 14 hours of overtime put in during the March stock count?",
        "Meeting note, 3 June: went through the half-year review with {n}; clients love the work but deadlines keep slipping, so we agreed a six-week coaching plan with fortnightly check-ins.",
        "HR ticket #4471 - formal complaint received about {n} shouting at two junior staff on the night shift; please open an investigation and advise whether we should suspend pending the outcome.",
        "Employee: {n} | Reason for leaving: resigned, relocating abroad | Notice served: 4 weeks | Last working day: 30 Sept | Outstanding holiday to pay out: 6 days",
        "Hi team, just a heads-up that {n} is back from parental leave on Monday and will be working four days a week until the end of the year.",
        "Dear {n}, following your interviews last week, we are delighted to offer you the role of logistics coordinator, subject to satisfactory references and a six-month probationary period.",
    ],
    "de": [
        "Kannst du mir eine kurze Mail an die Lohnbuchhaltung aufsetzen, warum bei {n} die Überstunden aus dem Oktober auf der Gehaltsabrechnung komplett fehlen?",
        "Gesprächsnotiz zum Jahresgespräch mit {n}: fachlich top, aber Absprachen mit dem Vertrieb laufen oft schief – wir vereinbaren ein Coaching und schauen uns das in drei Monaten nochmal an.",
        "Ticket HR-2291: Beschwerde aus dem Team über {n} wegen wiederholter abfälliger Bemerkungen im Gruppenchat, bitte Sachverhalt klären und prüfen, ob eine Abmahnung angebracht ist.",
        "Mitarbeitende: {n} | Austritt: Eigenkündigung | Kündigungsfrist: 3 Monate zum Quartalsende | Letzter Arbeitstag: 31.03. | Resturlaub: 8 Tage, wird ausgezahlt",
        "Hallo zusammen, {n} kommt nach der Elternzeit am 1. Juli zurück und arbeitet vorerst 25 Stunden die Woche, bitte den Dienstplan entsprechend anpassen.",
        "Guten Tag {n}, wir freuen uns, Ihnen mitzuteilen, dass Ihr befristeter Vertrag um zwei Jahre verlängert wird und Sie zum 1. Mai in unser Münchner Büro wechseln.",
    ],
    "fr": [
        "Tu peux me rédiger un petit mail pour le service paie ? Les heures sup de {n} sur l'inventaire de mars n'apparaissent toujours pas sur la fiche de paie.",
        "Compte rendu de l'entretien annuel avec {n} : très bons retours clients, mais des délais souvent dépassés ; on met en place un accompagnement sur trois mois avec un point toutes les deux semaines.",
        "Ticket RH n° 5820 – signalement reçu concernant {n}, qui aurait tenu des propos déplacés envers un stagiaire ; merci de lancer une enquête interne et de me dire si une mise à pied conservatoire s'impose.",
        "Salarié : {n} | Motif de départ : rupture conventionnelle | Préavis : non effectué | Dernier jour : 28/02 | Solde de tout compte à préparer avec l'indemnité compensatrice de congés payés",
        "Bonjour à tous, petite info : {n} reprend lundi après son congé parental et sera à 80 % jusqu'à la fin de l'année, pensez à adapter le planning.",
        "Bonjour {n}, suite à vos entretiens de la semaine dernière, nous avons le plaisir de vous proposer le poste de coordinateur logistique, sous réserve d'une période d'essai de quatre mois.",
    ],
    "es": [
        "¿Me ayudas a redactar un correo a nóminas? A {n} todavía no le han pagado las horas extra del cierre de trimestre y ya lleva dos meses reclamándolo.",
        "Notas de la reunión de evaluación con {n}: cumple los objetivos de ventas, pero le cuesta delegar; acordamos un plan de mejora con mentoría y revisión a los tres meses.",
        "Incidencia RR. HH. 3307 — varios compañeros se quejan de que {n} llega tarde casi a diario; solicito abrir expediente y valorar una amonestación por escrito.",
        "Empleado: {n} | Puesto: técnico de mantenimiento | Periodo de prueba: superado | Valoración del responsable: muy positiva | Propuesta: pasar a contrato indefinido",
        "Hola, os aviso de que {n} está de baja médica desde ayer y de momento no sabemos cuándo se reincorporará, así que hay que cubrir sus turnos de esta semana.",
        "Estimado/a {n}: por la presente le comunicamos que, debido a la reestructuración del departamento, su puesto queda amortizado con efectos del 31 de marzo.",
    ],
    "it": [
        "Mi scrivi due righe per l'ufficio paghe? Nel cedolino di febbraio di {n} mancano gli straordinari del weekend e la maggiorazione per il turno notturno.",
        "Verbale riunione di direzione: si propone il passaggio di {n} a responsabile di reparto dal 1° settembre, con adeguamento della RAL e trasferimento nella sede di Bologna.",
        "Segnalazione HR n. 1184: {n} avrebbe usato l'auto aziendale per fini personali durante il fine settimana; serve una contestazione disciplinare scritta entro venerdì.",
        "Dipendente: {n} | Dimissioni volontarie presentate il 10/04 | Preavviso: 30 giorni | Ultimo giorno lavorativo: 10/05 | TFR e ferie non godute da liquidare",
        "Ciao a tutti, vi informo che {n} rientra dal congedo parentale lunedì e per i primi sei mesi lavorerà part-time solo la mattina, quindi riorganizziamo i turni.",
        "Gentile {n}, la ringraziamo per il tempo dedicato ai colloqui; dopo un'attenta valutazione abbiamo deciso di proseguire con un altro candidato per la posizione di analista.",
    ],
    "pt": [
        "Você consegue montar um e-mail pro RH pedindo reajuste salarial para {n}, que assumiu as tarefas de dois colegas desde janeiro sem nenhuma compensação?",
        "Ata da reunião de feedback com {n}: entregas técnicas excelentes, mas a comunicação com o cliente precisa melhorar; combinamos um plano de desenvolvimento de 90 dias.",
        "Chamado RH #7702 – denúncia anônima de assédio moral envolvendo {n} no setor de expedição; pedimos abertura de sindicância e afastamento preventivo até a apuração.",
        "Colaborador: {n} | Tipo de desligamento: dispensa sem justa causa | Aviso prévio: indenizado | Último dia: 15/08 | Verbas rescisórias: saldo de salário, férias proporcionais e 13º",
        "Pessoal, só avisando que {n} está de licença médica até o dia 20 e, na volta, vai trabalhar meio período durante um mês por recomendação médica.",
        "Olá {n}, tudo bem? Parabéns pela aprovação no processo seletivo! Segue em anexo a proposta formal para a vaga de analista financeiro, com início previsto para o dia 3.",
    ],
    "nl": [
        "Kun je een mailtje voor de salarisadministratie opstellen? Bij {n} zijn de overuren van de jaarafsluiting niet uitbetaald op de loonstrook van januari.",
        "Notitie functioneringsgesprek {n}: inhoudelijk sterk, maar houdt zich niet aan planningsafspraken; we starten een verbetertraject van twee maanden met wekelijkse check-ins.",
        "Melding HR-3390: klacht ontvangen over {n} vanwege ongepaste opmerkingen tijdens de teamborrel, graag een gesprek inplannen en advies over een eventuele officiële waarschuwing.",
        "Medewerker: {n} | Reden uitdiensttreding: reorganisatie, functie vervallen | Opzegtermijn: 2 maanden | Laatste werkdag: 31-05 | Transitievergoeding en openstaande vakantiedagen uitbetalen",
        "Even ter info: {n} is sinds dinsdag ziek gemeld en gaat volgende week in overleg met de bedrijfsarts gedeeltelijk re-integreren, twee ochtenden per week.",
        "Beste {n}, met veel plezier laten we je weten dat je per 1 april wordt benoemd tot teamleider Klantenservice, inclusief een hogere salarisschaal en een vast contract.",
    ],
    "sv": [
        "Kan du hjälpa mig skriva ett mejl till lönekontoret om att {n} har fått fel OB-tillägg på lönespecen för december?",
        "Anteckningar från medarbetarsamtalet med {n}: mycket uppskattad av kunderna men missar ofta deadlines, så vi tar fram en handlingsplan och följer upp om sex veckor.",
        "HR-ärende 2210: {n} har vid upprepade tillfällen uteblivit från sina pass utan att höra av sig; vi behöver diskutera en skriftlig varning och eventuellt kontakta facket.",
        "Anställd: {n} | Avslut: egen uppsägning | Uppsägningstid: en månad | Sista arbetsdag: 30/6 | Semesterersättning för 12 dagar betalas ut med slutlönen",
        "Hej, bara så ni vet går {n} på föräldraledighet från 1 mars och kommer sedan tillbaka på 75 procent fram till jul.",
        "Hej {n}, tack för intervjun i torsdags! Vi vill gärna erbjuda dig tjänsten som projektkoordinator med start i augusti och sex månaders provanställning.",
    ],
    "pl": [
        "Możesz przygotować krótkiego maila do działu płac w sprawie pracownika {n}? Na pasku za luty brakuje dodatku za nadgodziny z inwentaryzacji.",
        "Notatka z rozmowy oceniającej: {n} świetnie radzi sobie z klientami, ale często przekracza terminy, więc ustaliliśmy trzymiesięczny plan rozwoju z cotygodniowymi spotkaniami.",
        "Zgłoszenie HR nr 4102 – osoba zgłaszana: {n}; dwóch współpracowników skarży się na obraźliwe komentarze na czacie zespołu, proszę o wszczęcie postępowania wyjaśniającego.",
        "Pracownik: {n} | Rozwiązanie umowy: wypowiedzenie przez pracodawcę (likwidacja stanowiska) | Okres wypowiedzenia: 3 miesiące | Ostatni dzień pracy: 31.07 | Odprawa: dwumiesięczna",
        "Cześć, daję znać, że {n} wraca od poniedziałku z urlopu rodzicielskiego i przez pierwsze pół roku będzie pracować na 3/4 etatu.",
        "Dzień dobry, {n}, z przyjemnością informujemy, że od 1 czerwca obejmie Pan/Pani stanowisko kierownika zmiany w zakładzie w Poznaniu, z nowym wynagrodzeniem zasadniczym.",
    ],
    "ru": [
        "Помоги составить письмо в бухгалтерию по сотруднику {n}: в расчётном листке за январь нет оплаты сверхурочных за инвентаризацию.",
        "Итоги аттестации: {n} — оценка «частично соответствует ожиданиям», договорились о плане развития на три месяца с еженедельными встречами с наставником.",
        "Служебная записка: {n} систематически нарушает трудовую дисциплину — три опоздания за месяц без уважительной причины; прошу рассмотреть вопрос о дисциплинарном взыскании.",
        "Сотрудник: {n} | Основание увольнения: по собственному желанию | Отработка: 2 недели | Последний рабочий день: 14.06 | Компенсация за неиспользованный отпуск: 9 дней",
        "Коллеги, к сведению: {n} выходит из отпуска по уходу за ребёнком с 1 сентября и первое время будет работать неполный день, с 9 до 14.",
        "Добрый день, {n}! По итогам собеседования рады предложить вам должность ведущего аналитика с испытательным сроком три месяца; оффер во вложении.",
    ],
    "tr": [
        "Bordro birimine kısa bir e-posta yazabilir misin? {n} için mart ayı fazla mesai ücreti maaş bordrosuna hiç yansımamış.",
        "Performans görüşmesi notu — {n}: teknik olarak güçlü ama ekip içi iletişimde sorunlar var; üç aylık bir gelişim planı ve iki haftada bir takip görüşmesi kararlaştırıldı.",
        "İK talebi #6120: {n} hakkında müşteriye karşı uygunsuz davranış şikâyeti geldi, yazılı savunma istenmesi ve disiplin kuruluna sevk edilmesi gerekiyor.",
        "Personel: {n} | Ayrılış nedeni: istifa | İhbar süresi: 4 hafta | Son çalışma günü: 28.02 | Kıdem tazminatı: yok, kullanılmayan izin ücreti ödenecek",
        "Arkadaşlar bilginize, {n} doğum izninden pazartesi dönüyor ve ilk altı ay yarı zamanlı çalışacak, vardiya planını ona göre güncelleyelim.",
        "Sayın {n}, 1 Haziran itibarıyla İzmir bölge müdürlüğüne satış şefi olarak atandığınızı ve yeni ücretinizin ekteki yazıda belirtildiğini bilgilerinize sunarız.",
    ],
    "ja": [
        "{n}さんの3月分の給与明細に棚卸しのときの残業代が反映されていないので、経理宛ての問い合わせメールを作ってもらえますか？",
        "【面談メモ】{n}さん：顧客からの評価は高いが納期遅れが続いているため、3か月の改善計画を立て、隔週で進捗を確認することで合意。",
        "人事チケット#3318：{n}さんについて部下への威圧的な言動があったとの相談が2件寄せられているため、事実確認のヒアリング日程を調整してください。",
        "社員名：{n}｜退職理由：自己都合｜最終出社日：5月31日｜有給消化：6月1日〜6月20日｜退職金の支払いと源泉徴収票の送付手続きが必要",
        "皆さんに共有ですが、{n}さんが育休明けで来月から復帰し、当面は10時から16時までの時短勤務になります。",
        "{n}様\n先日は最終面接にお越しいただきありがとうございました。厳正なる選考の結果、営業企画職として内定をお出ししたくご連絡いたしました。",
    ],
    "zh": [
        "帮我写封邮件给薪酬组吧，{n}三月份盘点那几天的加班费在工资条上完全没体现，麻烦他们核对一下。",
        "绩效面谈记录：{n}，客户评价不错但多次延误交付，本季度评级为“待改进”，已约定为期三个月的辅导计划。",
        "人事工单#2087：有两名同事投诉{n}在班组群里发表侮辱性言论，请尽快启动调查并评估是否需要给予书面警告。",
        "员工：{n}｜离职类型：协商解除｜最后工作日：6月30日｜经济补偿：N+1｜待办：结清工资、未休年假折算、办理社保减员",
        "跟大家说一声，{n}病假休完了，下周一回来上班，医生建议第一个月先上半天，排班时请留意一下。",
        "{n}您好，恭喜您通过终面！我们很高兴向您发出产品经理岗位的录用通知，试用期三个月，具体薪资详见附件。",
    ],
    "ko": [
        "급여팀에 보낼 메일 좀 써 줄래? {n} 님 3월 급여명세서에 재고조사 때 한 야근 수당이 빠져 있어서 확인 요청해야 해.",
        "성과 면담 메모: {n} 님은 고객 만족도는 높지만 마감 지연이 잦아 3개월간 개선 계획을 세우고 격주로 점검하기로 함.",
        "인사 요청 #4410 — {n} 님이 회식 자리에서 후배에게 폭언을 했다는 신고가 접수되어 사실관계 조사와 징계위원회 회부 여부 검토를 요청드립니다.",
        "직원: {n} | 퇴사 사유: 권고사직 | 최종 근무일: 7월 31일 | 퇴직금 및 미사용 연차수당 정산 예정 | 실업급여용 이직확인서 발급 필요",
        "팀원분들께 공유드리면, {n} 님이 다음 주 월요일 육아휴직에서 복귀하시고 6개월간 근로시간 단축으로 하루 6시간만 근무하십니다.",
        "{n} 님, 7월 1일자로 부산지사 영업팀장으로 승진 발령되었음을 알려드리며, 변경된 연봉 계약서는 첨부 파일을 확인해 주시기 바랍니다.",
    ],
    "ar": [
        "هل تستطيع مساعدتي في كتابة رسالة إلى قسم الرواتب بخصوص {n}، لأن أجر الساعات الإضافية عن فترة الجرد في مارس لم يُصرف حتى الآن؟",
        "محضر اجتماع تقييم الأداء مع {n}: أداء فني ممتاز لكن التأخر في تسليم المهام متكرر، واتفقنا على خطة تحسين لمدة ثلاثة أشهر مع متابعة كل أسبوعين.",
        "طلب موارد بشرية رقم 5093: وردت شكوى من أحد العملاء بحق {n} بسبب سوء المعاملة، يرجى فتح تحقيق إداري وإحالة الملف إلى لجنة التأديب إن لزم الأمر.",
        "الموظف: {n} | سبب انتهاء الخدمة: استقالة | فترة الإشعار: 30 يوماً | آخر يوم عمل: 30/6 | المستحقات: مكافأة نهاية الخدمة ورصيد الإجازات",
        "للعلم يا جماعة، {n} في إجازة مرضية حتى نهاية الأسبوع القادم، وبعد العودة سيكون الدوام جزئياً لمدة شهر بناءً على توصية الطبيب.",
        "السيد/السيدة {n}، يسرّنا إبلاغكم بقبولكم في وظيفة محاسب أول لدى شركتنا، على أن تخضعوا لفترة تجربة مدتها ثلاثة أشهر تبدأ من مطلع الشهر القادم.",
    ],
    "hi": [
        "क्या आप पेरोल टीम के लिए एक मेल ड्राफ्ट कर सकते हैं? {n} का मार्च वाला ओवरटाइम अभी तक सैलरी स्लिप में नहीं जुड़ा है।",
        "अप्रेज़ल मीटिंग नोट: {n} का क्लाइंट फीडबैक अच्छा है लेकिन डेडलाइन बार-बार मिस हो रही हैं, इसलिए तीन महीने का इम्प्रूवमेंट प्लान तय हुआ है।",
        "एचआर टिकट #2716: {n} के खिलाफ़ टीम के दो सदस्यों ने बदसलूकी की शिकायत दर्ज कराई है, कृपया जाँच शुरू करें और कारण बताओ नोटिस पर विचार करें।",
        "कर्मचारी: {n} | इस्तीफ़ा स्वीकृत | नोटिस अवधि: 60 दिन | अंतिम कार्य दिवस: 31 अगस्त | फुल एंड फाइनल सेटलमेंट और अनुभव प्रमाण पत्र लंबित",
        "सबको बता दूँ कि {n} अगले सोमवार से मेडिकल लीव से लौट रहे हैं और डॉक्टर की सलाह पर एक महीने तक सिर्फ़ हाफ-डे आएँगे।",
        "प्रिय {n}, हमें आपको सूचित करते हुए प्रसन्नता हो रही है कि 1 जुलाई से पदोन्नति के साथ आपका स्थानांतरण पुणे शाखा में सीनियर मैनेजर के पद पर किया गया है।",
    ],
    "vi": [
        "Em soạn giúp anh cái email gửi phòng lương nhé, tiền làm thêm giờ đợt kiểm kê tháng 3 của {n} vẫn chưa được tính vào phiếu lương.",
        "Biên bản đánh giá cuối năm — {n}: chuyên môn tốt nhưng hay trễ hạn, xếp loại B, thống nhất kế hoạch cải thiện ba tháng có người kèm cặp.",
        "Phiếu yêu cầu nhân sự số 3902: nhận được khiếu nại về việc {n} có lời lẽ xúc phạm đồng nghiệp, đề nghị lập hội đồng kỷ luật và xem xét hình thức khiển trách.",
        "Nhân viên: {n} | Lý do nghỉ việc: chấm dứt hợp đồng do cắt giảm nhân sự | Ngày làm việc cuối: 30/9 | Trợ cấp mất việc: 2 tháng lương | Chốt sổ BHXH",
        "Thông báo với cả team là {n} đang nghỉ ốm dài ngày, dự kiến đi làm lại từ đầu tháng sau và trong tháng đầu chỉ làm buổi sáng.",
        "Chào {n}, cảm ơn bạn đã dành thời gian phỏng vấn; rất tiếc lần này công ty chưa thể tiếp tục với hồ sơ của bạn cho vị trí chuyên viên marketing.",
    ],
    "id": [
        "Bisa bantu buatkan email ke bagian payroll? Uang lembur {n} waktu stock opname bulan Maret sampai sekarang belum masuk di slip gaji.",
        "Catatan evaluasi kinerja {n}: hasil kerja teknis bagus, tapi sering telat memenuhi tenggat; disepakati rencana perbaikan tiga bulan dengan pendampingan langsung dari atasan.",
        "Tiket HRD #1845: ada laporan bahwa {n} memakai kendaraan kantor untuk urusan pribadi, mohon dilakukan klarifikasi dan dipertimbangkan pemberian SP1.",
        "Karyawan: {n} | Status: resign | Masa pemberitahuan: 30 hari | Hari kerja terakhir: 31 Juli | Pesangon: tidak ada, sisa cuti diuangkan",
        "Info ya teman-teman, {n} mulai hari ini cuti sakit dua minggu sesuai surat dokter, jadi tolong bagi tugasnya selama belum masuk.",
        "Dengan hormat, bersama surat ini kami sampaikan bahwa kontrak kerja Saudara/i {n} diperpanjang selama satu tahun dan Saudara/i dipindahtugaskan ke cabang Surabaya mulai 1 Agustus.",
    ],
}

NEAR_14 = {
    "en": [
        "How many days of paid sick leave are employees entitled to per year under current law, and does that change once probation is over?",
        "We're hiring: warehouse team leader, full-time, competitive salary plus shift allowance, 28 days' holiday and a pension scheme; apply by 15 May via our careers page.",
        "According to the annual survey, 38% of staff who resigned last year cited a lack of career progression as their main reason for leaving.",
    ],
    "de": [
        "Wie lange bekommt man in Deutschland eigentlich Entgeltfortzahlung im Krankheitsfall, bevor die Krankenkasse mit dem Krankengeld einspringt?",
        "Wir suchen ab sofort eine Teamleitung Lager (m/w/d) in Vollzeit – attraktive Vergütung, 30 Urlaubstage, Jobrad und betriebliche Altersvorsorge; bewirb dich bis 15. Mai über unser Karriereportal.",
        "Laut interner Auswertung nannten 41 Prozent der Beschäftigten, die 2023 gekündigt haben, fehlende Entwicklungsmöglichkeiten als Hauptgrund für ihren Weggang.",
    ],
    "fr": [
        "Combien de jours de carence s'appliquent avant que la Sécurité sociale verse les indemnités journalières en cas d'arrêt maladie ?",
        "Nous recrutons un(e) chef d'équipe logistique en CDI, temps plein, salaire attractif, tickets restaurant et mutuelle prise en charge à 70 % ; candidatures jusqu'au 15 mai sur notre site carrières.",
        "Selon le dernier baromètre social, 37 % des démissionnaires de l'an dernier citent le manque de perspectives d'évolution comme principale raison de leur départ.",
    ],
    "es": [
        "¿Cuántos días de vacaciones corresponden por ley a un trabajador a jornada completa en España y se pueden acumular para el año siguiente?",
        "Buscamos responsable de almacén para incorporación inmediata: contrato indefinido, salario competitivo, jornada intensiva los viernes y seguro médico privado; envía tu CV antes del 15 de mayo.",
        "Según la encuesta de clima laboral, el 42 % de la plantilla considera que la política de teletrabajo es el factor más importante para quedarse en la empresa.",
    ],
    "it": [
        "Quanti giorni di malattia retribuita spettano per legge a un dipendente del commercio, e cosa succede se si supera il periodo di comporto?",
        "Cercasi magazziniere esperto con patentino del muletto, contratto a tempo indeterminato, buoni pasto e welfare aziendale; inviare il curriculum entro il 15 maggio.",
        "Dal report annuale risulta che il tasso di turnover volontario è salito al 14 per cento, soprattutto tra i dipendenti sotto i trent'anni.",
    ],
    "pt": [
        "Quantos dias de licença-paternidade a CLT garante hoje, e as empresas do Programa Empresa Cidadã podem estender esse prazo?",
        "Vaga: supervisor de logística, regime CLT, salário compatível com o mercado, vale-refeição, plano de saúde e PLR; envie seu currículo até 15 de maio pelo nosso portal.",
        "Segundo a pesquisa de clima, 35% dos funcionários que pediram demissão no último ano apontaram a falta de plano de carreira como principal motivo.",
    ],
    "nl": [
        "Hoeveel weken betaald geboorteverlof heeft een partner tegenwoordig recht op, en wie betaalt het aanvullende verlof, de werkgever of het UWV?",
        "Wij zoeken een enthousiaste magazijnmedewerker voor 32 tot 40 uur per week, met een goed salaris, reiskostenvergoeding en 25 vakantiedagen; reageer vóór 15 mei via onze website.",
        "Uit het jaarlijkse medewerkersonderzoek blijkt dat het ziekteverzuim in de zorgsector is gestegen naar 7,9 procent, vooral door psychische klachten.",
    ],
    "sv": [
        "Hur fungerar karensavdraget egentligen, och från vilken sjukdag behöver man lämna läkarintyg till arbetsgivaren?",
        "Vi söker en lagerchef på heltid med tillträde enligt överenskommelse: kollektivavtal, friskvårdsbidrag och tjänstepension ingår; skicka din ansökan senast 15 maj.",
        "Enligt årets medarbetarundersökning uppger 29 procent av de anställda att arbetsbelastningen är för hög för att hinna med kompetensutveckling.",
    ],
    "pl": [
        "Ile dni urlopu wypoczynkowego przysługuje pracownikowi z dziesięcioletnim stażem pracy i czy wlicza się do niego okres nauki?",
        "Zatrudnimy magazyniera na umowę o pracę w pełnym wymiarze: premie kwartalne, prywatna opieka medyczna i karta sportowa; CV prosimy przesyłać do 15 maja.",
        "Z raportu wynika, że w ubiegłym roku co trzeci pracownik odchodzący z firmy wskazywał brak podwyżek jako główny powód rezygnacji.",
    ],
    "ru": [
        "Сколько дней больничного оплачивает работодатель, а с какого дня пособие начинает выплачивать Социальный фонд?",
        "Требуется начальник склада: официальное трудоустройство, белая зарплата, ДМС после испытательного срока и график 5/2; резюме присылайте до 15 мая.",
        "По данным опроса, 46% уволившихся в прошлом году сотрудников назвали главной причиной ухода отсутствие карьерного роста.",
    ],
    "tr": [
        "İş Kanunu'na göre beş yıllık bir çalışanın yıllık ücretli izin hakkı kaç gündür ve bu izin bölünerek kullanılabilir mi?",
        "Depo sorumlusu arıyoruz: tam zamanlı, sigortalı, yemek kartı, özel sağlık sigortası ve servis imkânı; başvurular 15 Mayıs'a kadar kariyer sayfamızdan.",
        "Yıllık çalışan bağlılığı anketine göre istifa edenlerin yüzde 40'ı ayrılma nedeni olarak düşük ücreti gösterdi.",
    ],
    "ja": [
        "法律上、年次有給休暇は入社から何か月後に何日付与されるのか、パートタイマーの場合も含めて教えてください。",
        "【正社員募集】物流センターのチームリーダー、月給28万円以上、賞与年2回、年間休日120日、退職金制度あり、応募締切は5月15日です。",
        "厚生労働省の調査によると、男性の育児休業取得率は前年より上昇したものの、依然として3割程度にとどまっている。",
    ],
    "zh": [
        "劳动合同法规定的试用期最长是多久？签三年以上固定期限合同的话，试用期可以约定六个月吗？",
        "诚聘仓储主管：五险一金、年终奖、带薪年假十五天、包工作餐，有意者请于5月15日前投递简历。",
        "据行业调查，去年主动离职的员工中有近四成将“薪资涨幅低”列为首要原因。",
    ],
    "ko": [
        "근로기준법상 입사 1년 미만 근로자에게도 연차휴가가 발생하나요, 발생한다면 한 달에 며칠씩인가요?",
        "[채용] 물류센터 파트장 모집 — 정규직, 연봉 협의, 4대보험, 중식 제공, 명절 상여금 지급; 5월 15일까지 홈페이지로 지원해 주세요.",
        "고용노동부 통계에 따르면 지난해 육아휴직자 가운데 남성 비율이 처음으로 4분의 1을 넘어선 것으로 나타났다.",
    ],
    "ar": [
        "كم يوماً من الإجازة السنوية المدفوعة يستحقها الموظف حسب نظام العمل بعد إتمام خمس سنوات في الخدمة؟",
        "مطلوب مشرف مستودعات بدوام كامل: راتب مجزٍ، تأمين طبي، بدل سكن ومواصلات، وإجازة سنوية 30 يوماً؛ تُقبل الطلبات حتى 15 مايو عبر موقعنا الإلكتروني.",
        "تشير بيانات الاستبيان السنوي إلى أن 33% من الموظفين الذين استقالوا العام الماضي ذكروا ضعف فرص الترقي سبباً رئيسياً للمغادرة.",
    ],
    "hi": [
        "नए लेबर कोड के तहत किसी कर्मचारी को साल में कितनी अर्जित छुट्टियाँ मिलती हैं और क्या बची हुई छुट्टियों का भुगतान होता है?",
        "वेयरहाउस सुपरवाइज़र की आवश्यकता: फुल-टाइम नौकरी, आकर्षक वेतन, पीएफ, मेडिकल इंश्योरेंस और सालाना बोनस; इच्छुक उम्मीदवार 15 मई तक अपना बायोडाटा भेजें।",
        "सर्वे के अनुसार पिछले साल नौकरी छोड़ने वाले 44 प्रतिशत कर्मचारियों ने कम वेतन वृद्धि को सबसे बड़ा कारण बताया।",
    ],
    "vi": [
        "Theo Bộ luật Lao động, người lao động làm đủ 12 tháng được nghỉ phép năm bao nhiêu ngày và có được cộng dồn sang năm sau không?",
        "Tuyển gấp trưởng kho: làm việc toàn thời gian, lương thỏa thuận, đóng BHXH đầy đủ, thưởng tháng 13; hạn nộp hồ sơ đến hết ngày 15/5.",
        "Khảo sát cho thấy 38% nhân viên nghỉ việc năm ngoái cho rằng thu nhập không tương xứng là lý do chính khiến họ rời đi.",
    ],
    "id": [
        "Berapa lama cuti melahirkan yang dijamin undang-undang di Indonesia dan apakah gaji tetap dibayar penuh selama masa cuti?",
        "Dibutuhkan segera kepala gudang: penempatan Bekasi, gaji kompetitif, BPJS Kesehatan dan Ketenagakerjaan, tunjangan transport; kirim CV paling lambat 15 Mei.",
        "Survei internal menunjukkan 31 persen karyawan yang mengundurkan diri tahun lalu menyebut beban kerja berlebihan sebagai alasan utama.",
    ],
}


# Holdout sentences (round 15): written by a new writer, who had read
# nothing of the repository (6 matters and 3 texts about nobody per
# language; every sentence is a case, see `cases`); measured at the commit
# that added them and not looked at while tuning.
HOLDOUT = {
    "en": [
        "Can you draft a letter to {n} confirming their salary goes up from £42,000 to £46,500 effective 1 April, and mention the backdated difference will land in the May payroll?",
        "Note from today's call: {n} has been signed off sick for another three weeks, GP fit note received, phased return to be discussed with occupational health mid-month.",
        "Employee: {n} | Review period: FY24 | Rating: 2 – Partially meets | Action: 60-day PIP starting Monday, weekly check-ins with line manager",
        "Hi team, quick heads up — we've decided not to progress {n} past the final interview; feedback was that their salary expectations (around 95k) were well above the band.",
        "The investigation into the expenses complaint is complete and the disciplinary hearing for {n} is booked for Thursday at 10, they're entitled to bring a union rep or colleague.",
        "Payroll missed the overtime for March, so we underpaid roughly 340 dollars — can we run an off-cycle payment before Friday and send an apology to {n}?",
    ],
    "de": [
        "Bitte Abmahnung für {n} vorbereiten – wiederholtes unentschuldigtes Fehlen am 3., 10. und 17. Oktober, Betriebsrat ist bereits informiert.",
        "{n} hat heute die Kündigung eingereicht, Kündigungsfrist laut Vertrag drei Monate zum Monatsende; Austrittsgespräch bitte mit der Teamleitung terminieren.",
        "Kannst du mir helfen, ein Zwischenzeugnis für {n} zu formulieren? Leistung durchweg gut, aber beim Zeitmanagement gab es immer wieder Schwierigkeiten.",
        "Elternzeit: Antrag von {n} auf 12 Monate ab dem 1. März, danach Rückkehr in Teilzeit mit 25 Wochenstunden – bitte mit der Lohnbuchhaltung abstimmen.",
        "Die Probezeit endet am 30.9. – der Bereichsleiter empfiehlt, {n} nicht zu übernehmen, da die Zielvereinbarungen klar verfehlt wurden. Wer setzt das Schreiben auf?",
        "Gehaltsanpassung genehmigt, Entgeltgruppe E11 Stufe 3 → Stufe 4, plus Einmalzahlung von 1.500 € brutto mit der Novemberabrechnung für {n}.",
    ],
    "fr": [
        "Peux-tu rédiger la convocation de {n} à un entretien préalable à licenciement, prévu le 14 mai à 10h, en rappelant la possibilité de se faire assister ?",
        "{n} est en arrêt maladie depuis lundi, l'avis d'arrêt de travail est arrivé ce matin ; penser à faire la déclaration à la CPAM pour les indemnités journalières.",
        "Suite au comité carrières, on valide le passage au poste de responsable d'équipe au 1er juillet avec une augmentation de 8 % et une prime exceptionnelle de 2 000 € bruts pour {n}.",
        "Entretien annuel – {n} : objectifs partiellement atteints, difficultés relationnelles avec le client, on propose un accompagnement par un coach pendant six mois.",
        "Bonjour, la rupture conventionnelle avec {n} a été signée hier, l'indemnité négociée est de 18 500 € et le délai de rétractation court jusqu'au 22.",
        "Candidat : {n} ; poste : contrôleur de gestion ; prétentions : 52 k€ ; avis : favorable sous réserve de la prise de références auprès de l'ancien employeur.",
    ],
    "es": [
        "¿Me ayudas a redactar la carta de despido disciplinario de {n}? Motivo: faltas reiteradas de puntualidad y desobediencia a las instrucciones del encargado.",
        "Ojo con la nómina de {n}: este mes no se le aplicó el complemento de antigüedad y le faltan unos 210 euros, hay que hacer una regularización.",
        "Baja por maternidad desde el 2 de febrero; a la vuelta, {n} ha pedido reducción de jornada por guarda legal del 30 %, de 9 a 14 h.",
        "Resumen de la entrevista final: encaja bien en el equipo, pide 38.000 brutos anuales y puede incorporarse en tres semanas. Propongo hacerle oferta a {n}.",
        "Tras la evaluación del desempeño, a {n} le hemos puesto un 'necesita mejorar' y se acordó un plan de mejora con revisión a los 90 días.",
        "Pasar a RR. HH.: se renueva el contrato temporal de {n} por seis meses más, mismas condiciones, y se le reconoce el bonus del segundo trimestre.",
    ],
    "it": [
        "Mi scrivi una lettera di contestazione disciplinare per {n}? Il 12 marzo ha lasciato il turno senza autorizzazione e non è la prima volta.",
        "{n} rientra dalla maternità il 3 giugno e ha chiesto il part-time al 60% per un anno; il responsabile è d'accordo, serve l'addendum al contratto.",
        "Nota per l'ufficio paghe: va riconosciuto il premio di produzione di 1.200 euro lordi nella busta paga di luglio di {n}, a giugno è stato dimenticato.",
        "Colloquio di uscita con {n} fissato per venerdì: si è dimessa per un'offerta di un concorrente, il preavviso di 30 giorni è già in corso.",
        "Valutazione annuale — {n}: obiettivi commerciali superati del 15%, ottimo feedback dai clienti, proposta di passaggio di livello dal prossimo trimestre.",
        "Abbiamo ricevuto un nuovo certificato medico, altri dieci giorni di malattia per {n}: per favore aggiornate le presenze e avvisate il capoturno.",
    ],
    "pt": [
        "Preciso de um modelo de advertência por escrito para {n}, que faltou três segundas-feiras seguidas sem apresentar atestado médico.",
        "{n} pediu demissão hoje e quer saber se pode cumprir o aviso prévio em casa; o gestor prefere dispensar e pagar os 30 dias.",
        "Resultado do processo seletivo: aprovado para analista financeiro pleno, pretensão salarial de R$ 9.500, falta só a checagem de referências de {n}.",
        "Atualizar a planilha: {n} – licença-maternidade de 120 dias a partir de 05/08, empresa cidadã, prorrogação de mais 60 dias solicitada.",
        "Avaliação de desempenho do primeiro semestre: {n} ficou abaixo da meta, vamos abrir um PDI com acompanhamento quinzenal do coordenador.",
        "Bom dia, a folha de pagamento de {n} saiu com o adicional noturno em dobro; precisamos estornar a diferença no próximo mês, mas com cuidado.",
    ],
    "nl": [
        "Kun je een brief opstellen voor {n} waarin staat dat het tijdelijke contract niet wordt verlengd? Laatste werkdag is 31 augustus.",
        "{n} heeft zich vanochtend ziekgemeld, de tweede keer deze maand; graag de bedrijfsarts inschakelen en een verzuimgesprek inplannen.",
        "Beoordeling 2024 – {n}: functioneert boven verwachting, voorstel om per 1 januari een extra periodiek toe te kennen plus een eenmalige bonus.",
        "We hebben besloten {n} niet aan te nemen; de referentie van de vorige werkgever was twijfelachtig. Wie belt vandaag terug met de afwijzing?",
        "Vaststellingsovereenkomst is rond: transitievergoeding plus drie maanden salaris, einddatum 1 mei, finale kwijting opgenomen. Graag nog laten tekenen door {n}.",
        "Vraagje: {n} wil na het ouderschapsverlof vier dagen per week werken in plaats van vijf, moet ik dat via de Wet flexibel werken afhandelen?",
    ],
    "sv": [
        "Kan du skriva ett utkast till anställningserbjudande till {n}? Månadslön 46 000 kr, tillträde 1 september och sex månaders provanställning.",
        "{n} har varit sjukskriven sedan vecka 12 och läkarintyget gäller till och med 30 april; vi behöver en plan för återgång i arbete.",
        "Lönerevision: förslag om 3,8 % höjning för {n}, chefen motiverar med mycket god prestation i projektet under hösten.",
        "Anteckning från mötet: har sagt upp sig, en månads uppsägningstid, sista dag 14 juni. Avslutningssamtal med {n} bokas av HR.",
        "Skriftlig varning till {n} efter upprepade förseningar och en incident med en kund – facket har kallats till förhandling enligt MBL.",
        "Hur räknar vi ut föräldralönen för {n} som tar ut föräldraledighet på halvtid från och med november?",
    ],
    "pl": [
        "Proszę przygotować wypowiedzenie umowy o pracę dla {n} z zachowaniem trzymiesięcznego okresu wypowiedzenia, przyczyna: likwidacja stanowiska.",
        "{n} przyniósł dziś zwolnienie lekarskie L4 na dwa tygodnie, trzeba to wprowadzić do systemu i poinformować kierownika zmiany.",
        "Czy możesz napisać maila z informacją, że po okresie próbnym {n} dostaje umowę na czas nieokreślony i podwyżkę o 500 zł brutto?",
        "Ocena roczna: {n} – wynik niezadowalający, trzy skargi od klientów, proponuję plan naprawczy na trzy miesiące i szkolenie z obsługi klienta.",
        "W wypłacie za maj nie ma premii kwartalnej, księgowość twierdzi, że to błąd w naliczaniu. Kiedy da się to wyrównać dla {n}?",
        "Kandydat na stanowisko specjalisty ds. zakupów: {n}; oczekiwania finansowe 9 tys. brutto, dobre referencje, rekomendacja – zatrudnić.",
    ],
    "ru": [
        "Подготовьте, пожалуйста, приказ о предоставлении сотруднице {n} отпуска по уходу за ребёнком до достижения ребёнком возраста полутора лет.",
        "{n} написал заявление об увольнении по собственному желанию, отрабатывает две недели, последний рабочий день — 18 марта.",
        "По итогам служебной проверки в отношении сотрудника {n} предлагаю объявить выговор за нарушение трудовой дисциплины. Объяснительная нужна до пятницы.",
        "Кандидат: {n}. Должность: ведущий инженер. Ожидания по зарплате: 250 тыс. на руки. Служба безопасности проверку прошла, можно делать оффер.",
        "Помоги составить уведомление для {n} о том, что испытательный срок не пройден и трудовой договор расторгается по статье 71 ТК РФ.",
        "В расчётном листке за апрель не учтена квартальная премия и неправильно посчитаны больничные, бухгалтерия разбирается — это по {n}.",
    ],
    "tr": [
        "{n} için yazılı ihtar hazırlar mısın? Son iki haftada üç kez mesaiye geç kaldı ve amirine karşı saygısız davrandı.",
        "Bordro hatası: {n} adlı çalışanın fazla mesai ücreti eylül bordrosuna yansımamış, fark ekim maaşıyla birlikte ödenecek.",
        "Performans değerlendirmesi sonucunda {n} 'beklentileri aşıyor' notu aldı; kıdemli uzmanlığa terfi ve yüzde 20 zam öneriyoruz.",
        "Doğum izni biten {n} pazartesi işe dönüyor, yarı zamanlı çalışma talebi var; yöneticisiyle görüşüp cevap verelim.",
        "Mülakat notları – aday: {n}, pozisyon: satış temsilcisi, maaş beklentisi 45.000 TL net, referansları zayıf, ret e-postası gönderilecek.",
        "İstifa dilekçesini bugün verdi, ihbar süresi dört hafta; {n} ile çıkış mülakatını kim yapacak ve kıdem tazminatı hakkı var mı?",
    ],
    "ja": [
        "{n}さんの来期の給与改定について、月額2万円の昇給で稟議を上げたいので、理由書の下書きを作ってもらえますか。",
        "【面接結果】候補者：{n}／希望年収：650万円／評価：技術力は高いが協調性に懸念あり／判定：見送り",
        "育休の件ですが、{n}さんから来年4月まで育児休業を延長したいと申し出がありました。必要書類と給付金の手続きを確認してください。",
        "経費の不正請求に関する事実関係の調査は完了済み。{n}の懲戒処分については来週の懲罰委員会で審議予定。",
        "人事評価の面談で、C評価に納得していない様子でした。{n}さんの改善計画の進め方について相談させてください。",
        "{n}さんの退職届を受理しました。最終出社日は6月28日で、残っている有給休暇12日はすべて消化する予定です。",
    ],
    "zh": [
        "帮我写一封邮件给{n}，通知他试用期考核合格，下个月一号起转正，月薪调整为一万八。",
        "这个月工资少发了两千多，财务说是社保基数录错了，能不能下周单独给{n}补发？",
        "员工：{n}；部门：销售二部；年度绩效：C；处理意见：进入三个月绩效改进计划，期满不达标将调岗。",
        "关于{n}严重违反公司规章制度一事，法务建议先完成内部调查再决定是否解除劳动合同，请HR准备谈话记录。",
        "候选人期望年薪三十五万，背调显示上一家公司的离职原因和他说的不一致，给{n}的这个offer还要不要发？",
        "{n}产假结束后申请每天提前一小时下班哺乳，部门经理已经签字同意，请人事部门备案。",
    ],
    "ko": [
        "{n} 님 연봉 협상 결과 정리해서 공유드립니다. 기본급 5% 인상, 성과급은 상반기 평가 후 별도 지급 예정입니다.",
        "병가 중인 직원이 진단서를 다시 제출했는데, 복직 날짜를 2주 더 미루고 싶다고 합니다. {n} 씨 건 어떻게 처리할까요?",
        "징계위원회 회부 대상자: {n} / 사유: 직장 내 괴롭힘 신고 접수 및 조사 결과 사실 확인 / 일시: 11월 7일 오후 2시",
        "최종 면접 본 {n} 지원자 평판 조회 결과가 좋지 않아서 이번에는 불합격 처리하려고 합니다. 안내 메일 초안 써 주세요.",
        "다음 달부터 육아휴직 1년 들어가신다고 하니, {n} 님 자리 대체 인력 채용 공고를 올려야 할 것 같아요.",
        "올해 인사 평가에서 저성과자로 분류된 {n} 대리에게 코칭 프로그램을 배정하고, 분기별로 개선 여부를 점검하기로 했습니다.",
    ],
    "ar": [
        "من فضلك اكتب خطاب إنذار نهائي موجّه إلى {n} بسبب تكرار الغياب دون إذن مسبق ثلاث مرات خلال الشهر الماضي، مع توضيح العواقب.",
        "تمت الموافقة على ترقية {n} إلى منصب مشرف مبيعات اعتباراً من أول الشهر القادم مع زيادة في الراتب الأساسي بنسبة 10٪.",
        "قدّم استقالته اليوم، ومدة الإشعار حسب العقد شهر واحد. هل نحتاج إلى إجراء مقابلة خروج مع {n} قبل تسوية مستحقات نهاية الخدمة؟",
        "الموظف: {n} - نوع الإجازة: مرضية - المدة: ١٤ يوماً - المرفق: تقرير طبي معتمد من المستشفى - الحالة: بانتظار اعتماد المدير.",
        "جاءت نتيجة تقييم الأداء السنوي دون المتوقع، لذلك سيُوضع {n} على خطة تحسين أداء لمدة ثلاثة أشهر مع متابعة شهرية.",
        "وصلتنا شكوى بأن راتب {n} لشهر مارس نزل ناقصاً بدل السكن، يرجى مراجعة كشف الرواتب وتصحيح الخطأ في أقرب وقت.",
    ],
    "hi": [
        "{n} की सैलरी स्लिप में इस महीने HRA गलत कटा है, लगभग 4,000 रुपये कम आए हैं। पेरोल टीम से कहो अगले रन में ठीक करें।",
        "क्या आप {n} के लिए ऑफर लेटर ड्राफ्ट कर सकते हैं? CTC 12 लाख सालाना, जॉइनिंग 15 जुलाई, छह महीने का प्रोबेशन।",
        "मीटिंग नोट्स: इस तिमाही भी परफॉर्मेंस कमजोर रहा, मैनेजर ने {n} के लिए PIP शुरू करने और हर हफ्ते फीडबैक देने का सुझाव दिया है।",
        "{n} ने मेडिकल सर्टिफिकेट के साथ दस दिन की बीमारी की छुट्टी के लिए आवेदन किया है, कृपया अटेंडेंस में अपडेट कर दें।",
        "अनुशासनात्मक कार्रवाई: ग्राहक से दुर्व्यवहार की शिकायत पर जाँच समिति गठित, {n} को कारण बताओ नोटिस जारी किया गया।",
        "इस्तीफ़ा आ गया है और नोटिस पीरियड दो महीने का है, लेकिन {n} बायआउट करके जल्दी जाना चाहती हैं — क्या यह संभव है?",
    ],
    "vi": [
        "Soạn giúp mình thông báo gửi {n} về việc được tăng lương từ tháng 7, mức lương mới là 22 triệu đồng/tháng nhé.",
        "{n} nộp đơn xin nghỉ việc sáng nay, thời gian báo trước 30 ngày; phòng nhân sự sắp xếp buổi phỏng vấn thôi việc giúp em.",
        "Kết quả đánh giá thử việc: không đạt yêu cầu về tiến độ công việc, đề xuất không ký hợp đồng chính thức với {n}.",
        "Nhân viên {n} xin nghỉ thai sản 6 tháng từ ngày 1/10, đã nộp giấy xác nhận của bệnh viện, nhờ kế toán làm hồ sơ bảo hiểm xã hội.",
        "Về vụ vi phạm nội quy của {n}, công ty sẽ tổ chức cuộc họp xử lý kỷ luật vào thứ Năm, có mời đại diện công đoàn tham dự.",
        "Lương tháng 3 bị tính thiếu tiền làm thêm giờ ngày lễ, anh chị kiểm tra lại bảng lương của {n} và bổ sung vào kỳ sau được không?",
    ],
    "id": [
        "Tolong buatkan surat peringatan pertama untuk {n} karena sudah tiga kali tidak masuk kerja tanpa keterangan bulan ini.",
        "Gaji bulan Agustus kelebihan bayar sekitar Rp1,5 juta karena tunjangan transport dihitung dua kali, nanti dipotong di payroll September untuk {n} ya.",
        "Hasil interview user: {n} cocok untuk posisi Supervisor Gudang, ekspektasi gaji Rp9 juta, bisa join bulan depan. Lanjut ke tahap offering?",
        "{n} mengajukan cuti melahirkan tiga bulan mulai pertengahan Januari, surat keterangan dokter kandungan sudah dilampirkan.",
        "Catatan rapat: kontrak PKWT {n} diperpanjang satu tahun, tapi dengan catatan harus memperbaiki nilai KPI yang kemarin di bawah target.",
        "Bagaimana cara menghitung pesangon untuk {n} yang terkena PHK karena efisiensi setelah bekerja tujuh tahun?",
    ],
}

NEAR_15 = {
    "en": [
        "How many days of bereavement leave do employees get under our policy, and does it differ for part-time staff?",
        "We're hiring: Senior Data Analyst at Northwind Logistics, salary £55–65k, hybrid working, 28 days annual leave plus bank holidays.",
        "Reminder to all managers: mid-year performance reviews must be completed in Workday by 30 June, and calibration sessions start the following week.",
    ],
    "de": [
        "Wie viele Urlaubstage stehen Teilzeitkräften mit vier Arbeitstagen pro Woche nach dem Bundesurlaubsgesetz zu?",
        "Stellenausschreibung: Die Müller Logistik GmbH sucht ab sofort eine Personalreferentin (m/w/d) in Vollzeit, unbefristet, mit 30 Tagen Urlaub und betrieblicher Altersvorsorge.",
        "Ab Januar gilt für alle Beschäftigten die neue Betriebsvereinbarung zur Arbeitszeiterfassung; Überstunden müssen vorab von der Führungskraft genehmigt werden.",
    ],
    "fr": [
        "Quelle est la durée légale du congé paternité en France et comment l'indemnisation est-elle calculée par la Sécurité sociale ?",
        "Offre d'emploi : Boulangeries Lemoine recrute des vendeurs en CDI, salaire selon convention collective, mutuelle et tickets-restaurant, prise de poste immédiate.",
        "Rappel à l'ensemble du personnel : la campagne d'entretiens professionnels se termine fin mars, merci de planifier vos rendez-vous avec votre manager.",
    ],
    "es": [
        "¿Cuántos días de vacaciones corresponden por ley en España a un trabajador con contrato a tiempo parcial?",
        "Se busca técnico/a de nóminas para gestoría en Valencia: contrato indefinido, salario de 24.000 a 28.000 € brutos, jornada intensiva los viernes.",
        "A partir de este año, las evaluaciones de desempeño se harán dos veces al año y los resultados influirán en la revisión salarial de toda la plantilla.",
    ],
    "it": [
        "Come funziona il calcolo del TFR in caso di dimissioni volontarie e entro quanti giorni deve essere liquidato?",
        "Cercasi magazziniere con patentino del muletto per azienda di Bergamo, contratto a tempo determinato di sei mesi con possibilità di rinnovo, CCNL commercio.",
        "Si comunica a tutti i dipendenti che il corso obbligatorio sulla sicurezza si terrà il 15 ottobre e sarà considerato orario di lavoro retribuito.",
    ],
    "pt": [
        "Qual é o prazo legal para pagamento das verbas rescisórias depois da demissão sem justa causa, segundo a CLT?",
        "Vaga aberta na Padaria Estrela: atendente de balcão, salário de R$ 1.900 mais vale-transporte e vale-refeição, escala 6x1.",
        "Comunicado a todos os colaboradores: o período de férias coletivas será de 22 de dezembro a 5 de janeiro, sem desconto no banco de horas.",
    ],
    "nl": [
        "Hoeveel vakantiedagen heeft een werknemer wettelijk recht op bij een fulltime dienstverband van 40 uur per week?",
        "Vacature: Bakkerij Van Dam zoekt een ervaren salarisadministrateur voor 32 uur, salaris volgens cao, goede secundaire arbeidsvoorwaarden.",
        "Let op: vanaf volgend kwartaal vinden de functioneringsgesprekken voor alle medewerkers plaats via het nieuwe HR-portaal.",
    ],
    "sv": [
        "Hur många semesterdagar har man rätt till enligt semesterlagen och kan man spara dem till nästa år?",
        "Vi söker en lönespecialist till vårt kontor i Göteborg – tillsvidareanställning, kollektivavtal och friskvårdsbidrag.",
        "Påminnelse till alla chefer: medarbetarsamtalen ska vara genomförda före midsommar och dokumenteras i HR-systemet.",
    ],
    "pl": [
        "Ile dni urlopu wypoczynkowego przysługuje pracownikowi z dziesięcioletnim stażem pracy według Kodeksu pracy?",
        "Firma Budmax zatrudni magazyniera – umowa o pracę, wynagrodzenie od 5500 zł brutto, premie kwartalne i prywatna opieka medyczna.",
        "Informujemy wszystkich pracowników, że od stycznia zmienia się regulamin wynagradzania, a nowe stawki zostaną przedstawione na zebraniu.",
    ],
    "ru": [
        "Сколько дней ежегодного оплачиваемого отпуска положено работнику по Трудовому кодексу и можно ли делить его на части?",
        "В компанию «СеверСтрой» требуется бухгалтер по заработной плате: официальное трудоустройство, оклад от 90 000 рублей, ДМС после испытательного срока.",
        "Уважаемые коллеги, напоминаем, что ежегодная аттестация персонала пройдёт в ноябре, график будет разослан руководителям отделов.",
    ],
    "tr": [
        "İş Kanunu'na göre beş yıldan fazla kıdemi olan bir çalışan yılda kaç gün ücretli izin kullanabilir?",
        "Yıldız Tekstil bünyesinde çalışacak insan kaynakları uzmanı arıyoruz; özel sağlık sigortası, yemek kartı ve performans primi sunulmaktadır.",
        "Tüm çalışanlarımızın dikkatine: yıllık performans değerlendirme formlarının en geç 15 Aralık'a kadar sisteme girilmesi gerekmektedir.",
    ],
    "ja": [
        "有給休暇の年5日取得義務について、パートタイム従業員にも適用されるのか教えてください。",
        "【求人】株式会社ミドリ物流では経理スタッフを募集中。月給25万円〜、賞与年2回、完全週休2日制、育児休業の取得実績あり。",
        "全社員の皆さまへ：今年度のハラスメント防止研修は10月中にeラーニングで受講してください。受講は必須です。",
    ],
    "zh": [
        "员工主动辞职的话，公司需要支付经济补偿金吗？劳动合同法里是怎么规定的？",
        "【招聘】星河科技诚聘人力资源专员，薪资8K-12K，五险一金，周末双休，带薪年假十天。",
        "各位同事：公司年度绩效考核将于12月启动，请各部门负责人提前安排好评估面谈。",
    ],
    "ko": [
        "근로기준법상 1년 미만 근무한 직원도 연차휴가를 받을 수 있나요? 며칠이 발생하는지 궁금합니다.",
        "[채용공고] 한빛물산에서 인사총무 담당자를 모집합니다. 연봉 협의, 4대 보험, 퇴직금 및 명절 상여금 지급.",
        "전 직원 대상 공지: 다음 주부터 유연근무제 신청은 사내 인사 시스템을 통해서만 접수합니다.",
    ],
    "ar": [
        "كم يوماً تبلغ إجازة الأمومة المدفوعة وفق نظام العمل، وهل يحق للموظفة تمديدها دون أجر بعد انتهائها؟",
        "تعلن شركة النخيل للمقاولات عن حاجتها إلى أخصائي موارد بشرية براتب مجزٍ وتأمين طبي وإجازة سنوية ثلاثين يوماً.",
        "إلى جميع الموظفين: سيتم صرف المكافأة السنوية مع رواتب شهر ديسمبر وفقاً لنتائج تقييم الأداء.",
    ],
    "hi": [
        "मातृत्व लाभ अधिनियम के तहत निजी कंपनियों में कितने हफ्ते का सवेतन मातृत्व अवकाश मिलता है?",
        "भर्ती सूचना: शर्मा एंटरप्राइजेज को अनुभवी एचआर एक्जीक्यूटिव की आवश्यकता है, वेतन 25,000 से 35,000 रुपये प्रति माह, PF और ESI सुविधा।",
        "सभी कर्मचारियों को सूचित किया जाता है कि वार्षिक अप्रेज़ल फॉर्म 31 मार्च तक HR पोर्टल पर जमा करना अनिवार्य है।",
    ],
    "vi": [
        "Theo Bộ luật Lao động, người lao động làm đủ 12 tháng được nghỉ phép năm bao nhiêu ngày có hưởng lương?",
        "Công ty TNHH Sao Mai tuyển chuyên viên tính lương, thu nhập 15–20 triệu, đóng bảo hiểm đầy đủ, thưởng tháng 13.",
        "Thông báo đến toàn thể nhân viên: đợt đánh giá hiệu suất cuối năm sẽ bắt đầu từ ngày 1/12, các trưởng bộ phận chuẩn bị biểu mẫu.",
    ],
    "id": [
        "Berapa lama cuti tahunan yang wajib diberikan perusahaan kepada karyawan yang sudah bekerja minimal dua belas bulan?",
        "Lowongan kerja PT Sinar Jaya: dibutuhkan staf HRD, gaji UMR plus tunjangan, BPJS Kesehatan dan Ketenagakerjaan, penempatan Surabaya.",
        "Pengumuman untuk seluruh karyawan: penilaian kinerja semester ini dibuka sampai akhir Juni, silakan isi formulir melalui portal HR.",
    ],
}


def cases(n=12):
    """Yields (kind, text, hr?, name or None, id, split)."""
    from faker import Faker

    for lang, locale in LOCALES.items():
        fake = Faker(locale)
        fake.seed_instance(SEED)
        tune = TUNE[lang] + SEEN[lang] + SEEN_2[lang] + SEEN_3[lang] + SEEN_4[lang] + SEEN_5[lang] + SEEN_6[lang] + SEEN_7[lang] + SEEN_8[lang] + SEEN_9[lang] + SEEN_10[lang] + SEEN_11[lang] + SEEN_12[lang] + SEEN_13[lang] + SEEN_14[lang]
        used = set()
        for i in range(n):
            cid = f"hr/{lang}/pos-{i}"
            split = split_of(cid)
            pool = HOLDOUT[lang] if split == "holdout" else tune
            name = fake.name()
            if split == "tune":
                used.add(i % len(pool))
            yield "positive", pool[i % len(pool)].replace("{n}", name), True, name, cid, split
        # Every tune sentence once (the loop reaches only the first n of a
        # pool each round grows), named by a second generator so the cases
        # above stay as they were.
        extra = Faker(locale)
        extra.seed_instance(SEED + 1)
        for k, sentence in enumerate(tune):
            if k not in used:
                name = extra.name()
                yield "positive", sentence.replace("{n}", name), True, name, f"hr/{lang}/seen-{k}", "tune"
        # Every holdout sentence once too (from round 14, six a language),
        # named by a third generator.
        held = {i % len(HOLDOUT[lang]) for i in range(n) if split_of(f"hr/{lang}/pos-{i}") == "holdout"}
        third = Faker(locale)
        third.seed_instance(SEED + 2)
        for k, sentence in enumerate(HOLDOUT[lang]):
            if k not in held:
                name = third.name()
                yield "positive", sentence.replace("{n}", name), True, name, f"hr/{lang}/held-{k}", "holdout"
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
    # Texts about nobody, round by round (in this order, so the cases keep theirs).
    rounds = [(6, NEAR_6, "holdout"), (8, NEAR_8, "tune"), (9, NEAR_9, "tune"), (10, NEAR_10, "tune"),
              (12, NEAR_12, "tune"), (11, NEAR_11, "tune"),
              (13, NEAR_13, "tune"), (14, NEAR_14, "tune"), (15, NEAR_15, "holdout")]
    for r, near, split in rounds:
        for lang, texts in near.items():
            for i, text in enumerate(texts):
                yield "near_miss", text, False, None, f"hr/{lang}/near-r{r}-{i}", split
    for i, text in enumerate(PUBLIC):
        cid = f"hr/public-{i}"
        yield "near_miss", text, False, None, cid, split_of(cid)
