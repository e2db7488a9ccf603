"""Names of people in the sentences people send, in many languages, and the
same names in public contexts (authorship, office, fiction, things named
after someone) where they must not count.

The names come from Faker's locale lists, a fake-data generator the name
lexicon (core/data/names) never reads, so recall is not measured on the
lexicon itself. The sentences are written by hand. Each case carries a
`split`: `tune` cases may be looked at while changing the recogniser,
`holdout` cases (about 30%, chosen by a hash of the id) must not be; both
are reported in docs/accuracy.md. Holdout cases take their sentences from
HOLDOUT, written after the tuning and not changed since, so the holdout
part tests sentences as well as names the recogniser has not seen. Once a
holdout set has been measured and the recogniser changed, its sentences
move to SEEN (tune) and a fresh HOLDOUT is written.
"""
import random

from faker import Faker

from gen import split_of

SEED = 18

# locale -> (name order, personal sentences, public sentences). `{n}` is the
# name. Order "gf" writes the given name first with a space, "fg" the family
# name first without a space (Chinese, Japanese, Korean).
LANGUAGES = {
    "en_US": ("gf", [
        "Can you help me write an apology email to {n} about the late refund?",
        "Draft a reply to {n}, who says the order arrived damaged.",
        "Summarise the call with {n}: she wants to change her delivery address.",
        "Please add {n} to the payroll from March; his salary is agreed.",
        "Meeting notes: {n} raised a complaint about the invoice.",
        "Our patient {n} was discharged yesterday; write the follow-up letter.",
        "Reminder to call {n} back about the mortgage application.",
        "The tenant {n} has not paid the rent for two months.",
    ], [
        "Copyright 2021 {n}. All rights reserved.",
        "The novel's main character, {n}, is a retired sailor.",
        "President {n} opened the summit on Monday.",
        "Written by {n}, the book was first published in 1962.",
    ]),
    "en_GB": ("gf", [
        "Could you tidy up this note to {n} about her sick leave?",
        "Write a polite chaser to {n}, the invoice is 30 days overdue.",
        "{n} rang the helpdesk twice about his broken laptop.",
    ], ["According to {n}, the theory explains the result.", "The award is named after the physicist {n}."]),
    "ga_IE": ("gf", [
        "Please send {n} the updated contract and ask her to sign it.",
        "{n} contacted us about the refund for the cancelled booking.",
    ], ["The poet {n} wrote the collection in 1950."]),
    "es_ES": ("gf", [
        "Ayúdame a responder a {n}, que dice que su pedido llegó dañado.",
        "El cliente {n} pide el reembolso de la factura de marzo.",
        "Redacta una carta para {n} sobre su cita del martes.",
        "La paciente {n} tiene una cita de control la próxima semana.",
    ], ["La novela de {n} fue publicada en 1967.", "El presidente {n} inauguró la cumbre."]),
    "pt_BR": ("gf", [
        "Escreva uma resposta para {n} sobre o reembolso do pedido.",
        "O cliente {n} reclamou da fatura deste mês.",
        "A funcionária {n} pediu férias em julho.",
    ], ["O romance de {n} foi publicado em 1958.", "O escritor {n} nasceu no Recife."]),
    "fr_FR": ("gf", [
        "Peux-tu m'aider à répondre à {n} au sujet de son remboursement ?",
        "Le client {n} a appelé deux fois pour sa facture.",
        "Rédige un courriel à {n} pour confirmer son rendez-vous.",
        "La salariée {n} sera en congé maternité à partir de mai.",
    ], ["Le roman de {n} a été publié en 1942.", "Le président {n} a ouvert le sommet."]),
    "it_IT": ("gf", [
        "Aiutami a scrivere una risposta a {n} per il rimborso.",
        "Il cliente {n} ha chiamato per la fattura di aprile.",
        "Il dipendente {n} ha chiesto un aumento di stipendio.",
    ], ["Il romanzo di {n} è stato pubblicato nel 1960.", "Lo scrittore {n} vinse il premio."]),
    "de_DE": ("gf", [
        "Bitte hilf mir, {n} wegen der Rückerstattung zu antworten.",
        "Der Kunde {n} hat sich über die Lieferung beschwert.",
        "Schreib eine kurze Nachricht an {n} wegen ihres Termins am Dienstag.",
        "Die Mitarbeiterin {n} ist seit Montag krankgeschrieben.",
    ], ["Der Roman von {n} erschien 1959.", "Bundespräsident {n} eröffnete die Messe."]),
    "nl_NL": ("gf", [
        "Help me een antwoord te schrijven aan {n} over de terugbetaling.",
        "De klant {n} heeft een klacht over de factuur ingediend.",
        "Medewerker {n} is vanaf maandag met verlof.",
    ], ["De roman van {n} verscheen in 1971."]),
    "sv_SE": ("gf", [
        "Hjälp mig svara {n} om återbetalningen.",
        "Kunden {n} har klagat på fakturan.",
    ], ["Romanen av {n} gavs ut 1945."]),
    "pl_PL": ("gf", [
        "Pomóż mi odpisać {n} w sprawie zwrotu pieniędzy.",
        "Klient {n} złożył reklamację dotyczącą faktury.",
        "Pracownik {n} jest na zwolnieniu lekarskim od poniedziałku.",
    ], ["Powieść autorstwa {n} ukazała się w 1965 roku."]),
    "cs_CZ": ("gf", [
        "Pomoz mi odpovědět {n} ohledně vrácení peněz.",
        "Zákazník {n} si stěžoval na fakturu.",
    ], ["Román, jehož autorem je {n}, vyšel v roce 1970."]),
    "ru_RU": ("gf", [
        "Помоги написать ответ {n} по поводу возврата денег.",
        "Клиент {n} жалуется на задержку доставки.",
        "Сотрудник {n} просит отпуск с понедельника.",
    ], ["Роман, автор которого {n}, вышел в 1966 году."]),
    "uk_UA": ("gf", [
        "Допоможи написати відповідь {n} щодо повернення коштів.",
        "Клієнт {n} скаржиться на рахунок.",
    ], ["Роман, автор якого {n}, вийшов у 1980 році."]),
    "el_GR": ("gf", [
        "Βοήθησέ με να απαντήσω στον πελάτη {n} για την επιστροφή χρημάτων.",
        "Ο υπάλληλος {n} ζήτησε άδεια από τη Δευτέρα.",
    ], ["Το μυθιστόρημα του συγγραφέα {n} εκδόθηκε το 1946."]),
    "tr_TR": ("gf", [
        "{n} adlı müşteriye iade hakkında bir yanıt yazmama yardım et.",
        "Çalışan {n} pazartesiden itibaren izinde.",
    ], ["Yazar {n} romanını 1955'te yayımladı."]),
    "ar_AA": ("gf", [
        "ساعدني في كتابة رد إلى العميل {n} بخصوص استرداد المبلغ.",
        "الموظف {n} طلب إجازة مرضية.",
    ], ["نشر الكاتب {n} روايته الأولى عام 1959."]),
    "fa_IR": ("gf", [
        "لطفاً به مشتری {n} درباره بازپرداخت پاسخ بده.",
        "کارمند {n} درخواست مرخصی داده است.",
    ], ["رمان نویسنده {n} در سال ۱۳۵۰ منتشر شد."]),
    "he_IL": ("gf", [
        "עזור לי לכתוב תשובה ללקוח {n} לגבי ההחזר.",
        "העובד {n} ביקש חופשה מיום שני.",
    ], ["הסופר {n} פרסם את הרומן ב-1960."]),
    "hi_IN": ("gf", [
        "ग्राहक {n} को रिफंड के बारे में जवाब लिखने में मदद करें।",
        "कर्मचारी {n} ने छुट्टी के लिए आवेदन किया है।",
    ], ["लेखक {n} का उपन्यास 1960 में प्रकाशित हुआ।"]),
    "en_IN": ("gf", [
        "Please draft a reply to {n} about the delayed refund.",
        "Our employee {n} has applied for leave next week.",
    ], ["The author {n} won the award for the novel."]),
    "zh_CN": ("fg", [
        "请帮我给客户{n}写一封关于退款的道歉信。",
        "请联系{n}先生确认发货地址。",
        "员工{n}下周一开始休假。",
    ], ["作家{n}的小说于1980年出版。"]),
    "ja_JP": ("fg", [
        "{n}さんに返金についてのお詫びのメールを書いてください。",
        "お客様{n}様から請求書について問い合わせがありました。",
    ], ["作家{n}の小説は1968年に出版された。"]),
    "ko_KR": ("fg", [
        "{n} 씨에게 환불 관련 사과 메일을 써 주세요.",
        "고객 {n}님이 배송 지연에 대해 문의했습니다.",
    ], ["작가 {n}의 소설은 1970년에 출간되었다."]),
    "vi_VN": ("gf", [
        "Giúp tôi viết thư trả lời khách hàng {n} về việc hoàn tiền.",
        "Nhân viên {n} xin nghỉ phép từ thứ Hai.",
    ], ["Tiểu thuyết của nhà văn {n} được xuất bản năm 1975."]),
    "id_ID": ("gf", [
        "Tolong bantu saya membalas email pelanggan {n} soal pengembalian dana.",
        "Karyawan {n} mengajukan cuti mulai Senin.",
    ], ["Novel karya penulis {n} terbit pada tahun 1980."]),
    "yo_NG": ("gf", [
        "Please draft a reply to {n} about her refund request.",
        "Our customer {n} called about the delayed delivery.",
    ], ["The novelist {n} published the book in 1958."]),
    "ig_NG": ("gf", [
        "Write a short apology email to {n} about the damaged order.",
        "The applicant {n} has been shortlisted for the interview.",
    ], ["The author {n} wrote the novel in 1958."]),
    "ha_NG": ("gf", [
        "Please send {n} the updated invoice and ask him to confirm.",
        "The patient {n} has an appointment on Friday.",
    ], ["President {n} addressed the nation."]),
    "sw": ("gf", [
        "Tafadhali nisaidie kumjibu mteja {n} kuhusu kurejeshewa pesa.",
        "Mfanyakazi {n} ameomba likizo kuanzia Jumatatu.",
    ], ["Mwandishi {n} alichapisha riwaya yake mwaka 1967."]),
}

# The first holdout sentences (round 1). Measured once on unseen sentences
# (docs/accuracy.md gives that first result), then the recogniser's word
# lists were completed: they are tune sentences now.
SEEN = {
    "en_US": (["Turn these notes into a warm thank-you card for {n}, who just retired.", "Is it legal to deduct the damaged laptop from {n}'s final paycheck?"], ["The museum's new wing honours the painter {n}."]),
    "en_GB": (["I need to give {n} feedback on a missed deadline, how do I say it kindly?"], ["In 1921 the chemist {n} won the Nobel prize."]),
    "ga_IE": (["Our landlord wants {n} out of the flat by Friday, what are her rights?"], ["The playwright {n} is buried in Galway."]),
    "es_ES": (["Necesito decirle a {n} que no ha superado el periodo de prueba.", "¿Puedes resumir el historial médico de {n} para el especialista?"], ["El escritor {n} ganó el premio Cervantes."]),
    "pt_BR": (["Preciso avisar {n} que o contrato dela não será renovado."], ["O compositor {n} gravou o álbum em 1972."]),
    "fr_FR": (["Comment annoncer à {n} que sa période d'essai n'est pas concluante ?", "Résume le dossier médical de {n} pour le spécialiste."], ["Le peintre {n} a exposé au Salon de 1874."]),
    "it_IT": (["Devo comunicare a {n} che il suo contratto non sarà rinnovato."], ["Il pittore {n} espose a Venezia nel 1895."]),
    "de_DE": (["Wie sage ich {n}, dass die Probezeit nicht verlängert wird?", "Fasse die Krankengeschichte von {n} für den Facharzt zusammen."], ["Der Komponist {n} schrieb die Oper 1911."]),
    "nl_NL": (["Hoe vertel ik {n} dat zijn proeftijd niet wordt verlengd?"], ["De schilder {n} exposeerde in 1890 in Parijs."]),
    "sv_SE": (["Hur säger jag till {n} att provanställningen inte förlängs?"], ["Kompositören {n} skrev operan 1911."]),
    "pl_PL": (["Jak powiedzieć {n}, że umowa nie zostanie przedłużona?"], ["Kompozytor {n} napisał operę w 1911 roku."]),
    "cs_CZ": (["Jak říct {n}, že smlouva nebude prodloužena?"], ["Skladatel {n} napsal operu v roce 1911."]),
    "ru_RU": (["Как сказать {n}, что испытательный срок не продлят?"], ["Композитор {n} написал оперу в 1911 году."]),
    "uk_UA": (["Як повідомити {n}, що контракт не продовжать?"], ["Композитор {n} написав оперу в 1911 році."]),
    "el_GR": (["Πώς να πω στον {n} ότι η σύμβασή του δεν θα ανανεωθεί;"], ["Ο συνθέτης {n} έγραψε την όπερα το 1911."]),
    "tr_TR": (["{n} ile sözleşmesinin yenilenmeyeceğini nasıl konuşurum?"], ["Besteci {n} operayı 1911'de yazdı."]),
    "ar_AA": (["كيف أخبر {n} أن عقده لن يتم تجديده؟"], ["كتب الشاعر {n} القصيدة عام 1920."]),
    "fa_IR": (["چطور به {n} بگویم که قراردادش تمدید نمی‌شود؟"], ["شاعر {n} این شعر را در سال ۱۳۲۰ سرود."]),
    "he_IL": (["איך להגיד ל{n} שהחוזה שלו לא יחודש?"], ["המשורר {n} כתב את השיר ב-1920."]),
    "hi_IN": (["{n} को कैसे बताऊँ कि उनका अनुबंध नवीनीकृत नहीं होगा?"], ["कवि {n} ने यह कविता 1920 में लिखी।"]),
    "en_IN": (["Help me explain to {n} why his reimbursement claim was rejected."], ["The poet {n} wrote the collection in 1913."]),
    "zh_CN": (["怎么告诉{n}他的合同不会续签？"], ["诗人{n}在1920年写了这首诗。"]),
    "ja_JP": (["{n}さんに契約を更新しないことをどう伝えればいいですか？"], ["詩人{n}はこの詩を1920年に書いた。"]),
    "ko_KR": (["{n} 씨에게 계약이 갱신되지 않는다고 어떻게 말하죠?"], ["시인 {n}의 시는 1920년에 발표되었다."]),
    "vi_VN": (["Làm sao để nói với anh {n} rằng hợp đồng sẽ không được gia hạn?"], ["Nhà thơ {n} viết bài thơ này năm 1945."]),
    "id_ID": (["Bagaimana cara memberi tahu Bapak {n} bahwa kontraknya tidak diperpanjang?"], ["Penyair {n} menulis puisi itu pada tahun 1943."]),
    "yo_NG": (["How do I tell {n} that her contract will not be renewed?"], ["The poet {n} read at the festival in 1986."]),
    "ig_NG": (["Our client {n} wants to know why her loan was declined."], ["The playwright {n} staged the work in 1970."]),
    "ha_NG": (["Remind {n} that his rent is three weeks overdue."], ["The emir {n} received the delegation."]),
    "sw": (["Nimwambieje {n} kwamba mkataba wake hautaongezwa?"], ["Mshairi {n} aliandika shairi hilo mwaka 1960."]),
}

# The second holdout sentences (round 2), measured once, then the
# recogniser changed: tune sentences now.
SEEN_2 = {
    "en_US": (["What should I get {n} for her birthday? She likes hiking.", "{n} keeps missing standups; draft a note for his manager."], ["A statue of {n} stands outside the library."]),
    "en_GB": (["Can you check whether {n} is entitled to statutory sick pay?"], ["{n} scored twice in the 1966 final."]),
    "ga_IE": (["Summarise the complaint {n} made about our call centre."], ["The novelist {n} grew up in Cork."]),
    "es_ES": (["¿Qué regalo le compro a {n} por su jubilación?", "{n} lleva tres semanas de baja, ¿cómo organizo su sustitución?"], ["La obra de {n} se estrenó en Madrid en 1933."]),
    "pt_BR": (["{n} ainda não recebeu o salário de março, pode escrever um e-mail ao RH?"], ["A atriz {n} estrelou a novela em 1985."]),
    "fr_FR": (["Que puis-je offrir à {n} pour son départ à la retraite ?", "{n} est absent depuis trois semaines, comment organiser son remplacement ?"], ["La chanteuse {n} a enregistré cet album en 1962."]),
    "it_IT": (["{n} non ha ancora ricevuto lo stipendio di marzo."], ["Il regista {n} girò il film nel 1960."]),
    "de_DE": (["Was schenke ich {n} zum Abschied in den Ruhestand?", "{n} fehlt seit drei Wochen, wie organisiere ich die Vertretung?"], ["Die Sängerin {n} nahm das Album 1962 auf."]),
    "nl_NL": (["{n} heeft zijn salaris van maart nog niet ontvangen."], ["De zangeres {n} nam het album op in 1962."]),
    "sv_SE": (["{n} har inte fått sin lön för mars ännu."], ["Författaren {n} fick priset 1909."]),
    "pl_PL": (["{n} nie dostał jeszcze wypłaty za marzec."], ["Poeta {n} otrzymał nagrodę w 1996 roku."]),
    "cs_CZ": (["{n} ještě nedostal výplatu za březen."], ["Malíř {n} vystavoval v Paříži."]),
    "ru_RU": (["{n} до сих пор не получил зарплату за март."], ["Поэт {n} получил премию в 1958 году."]),
    "uk_UA": (["{n} досі не отримав зарплату за березень."], ["Поет {n} отримав премію у 1962 році."]),
    "el_GR": (["Ο {n} δεν έχει πάρει ακόμα τον μισθό του Μαρτίου."], ["Ο ποιητής {n} τιμήθηκε με βραβείο το 1979."]),
    "tr_TR": (["{n} mart maaşını hâlâ almadı."], ["Şair {n} ödülü 1950'de aldı."]),
    "ar_AA": (["لم يستلم {n} راتب شهر مارس حتى الآن."], ["حصل الروائي {n} على الجائزة عام 1988."]),
    "fa_IR": (["{n} هنوز حقوق ماه اسفند را دریافت نکرده است."], ["آهنگساز {n} این قطعه را در سال ۱۳۴۰ ساخت."]),
    "he_IL": (["{n} עדיין לא קיבל את המשכורת של מרץ."], ["הסופרת {n} זכתה בפרס ב-1966."]),
    "hi_IN": (["{n} को अभी तक मार्च का वेतन नहीं मिला है।"], ["गायिका {n} ने यह गीत 1960 में गाया।"]),
    "en_IN": (["{n} has not received his March salary yet, please draft a note to payroll."], ["The cricketer {n} scored a century at Lord's."]),
    "zh_CN": (["{n}还没有收到三月份的工资。"], ["歌手{n}在1980年发行了这张专辑。"]),
    "ja_JP": (["{n}さんはまだ3月分の給料を受け取っていません。"], ["歌手{n}は1980年にこのアルバムを発表した。"]),
    "ko_KR": (["{n} 씨는 아직 3월 월급을 받지 못했습니다."], ["가수 {n}은 1980년에 이 앨범을 발표했다."]),
    "vi_VN": (["Chị {n} vẫn chưa nhận được lương tháng Ba."], ["Ca sĩ {n} phát hành album này năm 1980."]),
    "id_ID": (["{n} belum menerima gaji bulan Maret."], ["Penyanyi {n} merilis album itu pada tahun 1980."]),
    "yo_NG": (["{n} has not been paid for March; can you draft a reminder to finance?"], ["The musician {n} released the album in 1977."]),
    "ig_NG": (["{n} is asking for two weeks of compassionate leave."], ["The sculptor {n} exhibited in Lagos in 1960."]),
    "ha_NG": (["{n} wants to change the bank account his salary goes to."], ["The novelist {n} won the prize in 2004."]),
    "sw": (["{n} bado hajapokea mshahara wa mwezi Machi."], ["Mwimbaji {n} alitoa albamu hiyo mwaka 1980."]),
}

# The third holdout sentences (round 3), measured once, then the
# recogniser changed (a year of history, patronymics, caseless titles):
# tune sentences now.
SEEN_3 = {
    "en_US": (["Could you rewrite my performance notes on {n} so they sound less harsh?", "Find a polite way to remind {n} that the deposit is due."], ["The bridge was designed by the engineer {n} in 1932."]),
    "en_GB": (["My neighbour {n} keeps parking across our drive; draft a friendly note."], ["The explorer {n} reached the pole in 1912."]),
    "ga_IE": (["Please prepare a reference letter for {n}, who worked with us for six years."], ["The singer {n} recorded the ballad in 1968."]),
    "es_ES": (["Prepara una carta de recomendación para {n}, que trabajó aquí seis años.", "Mi vecino {n} aparca siempre delante de nuestra puerta."], ["El arquitecto {n} diseñó el puente en 1932."]),
    "pt_BR": (["Prepare uma carta de recomendação para {n}, que trabalhou conosco por seis anos."], ["O arquiteto {n} projetou a ponte em 1932."]),
    "fr_FR": (["Prépare une lettre de recommandation pour {n}, qui a travaillé six ans chez nous.", "Mon voisin {n} se gare toujours devant notre portail."], ["L'architecte {n} a dessiné le pont en 1932."]),
    "it_IT": (["Prepara una lettera di referenze per {n}, che ha lavorato con noi per sei anni."], ["L'architetto {n} progettò il ponte nel 1932."]),
    "de_DE": (["Schreib ein Arbeitszeugnis für {n}, der sechs Jahre bei uns gearbeitet hat.", "Mein Nachbar {n} parkt ständig vor unserer Einfahrt."], ["Der Architekt {n} entwarf die Brücke 1932."]),
    "nl_NL": (["Schrijf een aanbevelingsbrief voor {n}, die zes jaar bij ons werkte."], ["De architect {n} ontwierp de brug in 1932."]),
    "sv_SE": (["Skriv ett rekommendationsbrev för {n}, som arbetat hos oss i sex år."], ["Arkitekten {n} ritade bron 1932."]),
    "pl_PL": (["Napisz list polecający dla {n}, który pracował u nas sześć lat."], ["Architekt {n} zaprojektował most w 1932 roku."]),
    "cs_CZ": (["Napiš doporučující dopis pro {n}, který u nás pracoval šest let."], ["Architekt {n} navrhl most v roce 1932."]),
    "ru_RU": (["Напиши рекомендательное письмо для {n}, который работал у нас шесть лет."], ["Архитектор {n} спроектировал мост в 1932 году."]),
    "uk_UA": (["Напиши рекомендаційний лист для {n}, який працював у нас шість років."], ["Архітектор {n} спроєктував міст у 1932 році."]),
    "el_GR": (["Γράψε μια συστατική επιστολή για τον {n}, που δούλεψε μαζί μας έξι χρόνια."], ["Ο αρχιτέκτονας {n} σχεδίασε τη γέφυρα το 1932."]),
    "tr_TR": (["Altı yıl bizimle çalışan {n} için bir referans mektubu yaz."], ["Mimar {n} köprüyü 1932'de tasarladı."]),
    "ar_AA": (["اكتب رسالة توصية لـ {n} الذي عمل معنا ست سنوات."], ["صمم المهندس المعماري {n} الجسر عام 1932."]),
    "fa_IR": (["یک توصیه‌نامه برای {n} بنویس که شش سال با ما کار کرده است."], ["معمار {n} این پل را در سال ۱۳۱۱ طراحی کرد."]),
    "he_IL": (["כתוב מכתב המלצה עבור {n}, שעבד איתנו שש שנים."], ["האדריכל {n} תכנן את הגשר ב-1932."]),
    "hi_IN": (["{n} के लिए एक सिफ़ारिश पत्र लिखो, जिन्होंने हमारे साथ छह साल काम किया।"], ["वास्तुकार {n} ने यह पुल 1932 में बनाया।"]),
    "en_IN": (["My tenant {n} has stopped answering calls about the water bill."], ["The architect {n} designed the bridge in 1932."]),
    "zh_CN": (["请为在我们这里工作了六年的{n}写一封推荐信。"], ["建筑师{n}于1932年设计了这座桥。"]),
    "ja_JP": (["6年間一緒に働いた{n}さんの推薦状を書いてください。"], ["建築家{n}は1932年にこの橋を設計した。"]),
    "ko_KR": (["6년 동안 함께 일한 {n} 씨의 추천서를 써 주세요."], ["건축가 {n}은 1932년에 이 다리를 설계했다."]),
    "vi_VN": (["Viết thư giới thiệu cho anh {n}, người đã làm việc với chúng tôi sáu năm."], ["Kiến trúc sư {n} thiết kế cây cầu năm 1932."]),
    "id_ID": (["Tuliskan surat rekomendasi untuk {n} yang sudah bekerja enam tahun bersama kami."], ["Arsitek {n} merancang jembatan itu pada tahun 1932."]),
    "yo_NG": (["Please write a reference letter for {n}, who worked with us for six years."], ["The architect {n} designed the stadium in 1972."]),
    "ig_NG": (["My neighbour {n} has offered to buy our old car; draft a reply."], ["The historian {n} published the study in 1965."]),
    "ha_NG": (["Draft a warning letter to {n} about repeated late arrivals."], ["The architect {n} designed the mosque in 1970."]),
    "sw": (["Andika barua ya mapendekezo kwa {n} aliyefanya kazi nasi miaka sita."], ["Mbunifu {n} alibuni daraja hilo mwaka 1932."]),
}

# The fourth holdout sentences (round 4), measured once (precision 0.914,
# recall 0.800, 6 of 30 public names flagged), then the recogniser changed
# (weak names a nearby matter is about): tune sentences now.
SEEN_4 = {
    "en_US": (["Can you turn my call notes with {n} into a short summary for the account file?", "{n} asked to move her dental appointment to Thursday; write the confirmation."], ["A documentary about the astronomer {n} airs on Sunday."]),
    "en_GB": (["Please draft a letter chasing {n} for the unpaid invoice from May."], ["The mountaineer {n} led the first expedition up the north face in 1938."]),
    "ga_IE": (["{n} rang twice about the boiler; can you draft a reply with a repair date?"], ["Students still read the essays of the critic {n}."]),
    "es_ES": (["Escribe un correo a {n} para confirmar la entrevista del lunes.", "{n} me ha pedido un adelanto de la nómina, ¿cómo le contesto?"], ["El escultor {n} talló la fuente de la plaza mayor."]),
    "pt_BR": (["Escreva uma mensagem para {n} confirmando a consulta de quinta-feira."], ["O escultor {n} inaugurou o monumento em 1951."]),
    "fr_FR": (["Rédige un courriel à {n} pour confirmer l'entretien de lundi.", "{n} m'a demandé une avance sur salaire, que lui répondre ?"], ["Le sculpteur {n} a réalisé la fontaine de la place."]),
    "it_IT": (["Scrivi un'email a {n} per confermare il colloquio di lunedì."], ["Lo scultore {n} realizzò la fontana della piazza nel 1928."]),
    "de_DE": (["Schreib eine E-Mail an {n}, um das Vorstellungsgespräch am Montag zu bestätigen.", "{n} hat um einen Gehaltsvorschuss gebeten, was antworte ich?"], ["Der Bildhauer {n} schuf den Brunnen auf dem Marktplatz."]),
    "nl_NL": (["Schrijf een mail aan {n} om het gesprek van maandag te bevestigen."], ["De beeldhouwer {n} maakte de fontein op het plein in 1926."]),
    "sv_SE": (["Skriv ett mejl till {n} och bekräfta intervjun på måndag."], ["Skulptören {n} gjorde fontänen på torget."]),
    "pl_PL": (["Napisz maila do {n}, żeby potwierdzić rozmowę w poniedziałek."], ["Rzeźbiarz {n} wykonał fontannę na rynku w 1929 roku."]),
    "cs_CZ": (["Napiš e-mail pro {n} s potvrzením pohovoru v pondělí."], ["Sochař {n} vytvořil kašnu na náměstí."]),
    "ru_RU": (["Напиши письмо {n} с подтверждением собеседования в понедельник."], ["Скульптор {n} создал фонтан на площади в 1929 году."]),
    "uk_UA": (["Напиши лист {n} з підтвердженням співбесіди в понеділок."], ["Скульптор {n} створив фонтан на площі."]),
    "el_GR": (["Γράψε ένα email στον {n} για να επιβεβαιώσεις τη συνέντευξη της Δευτέρας."], ["Ο γλύπτης {n} φιλοτέχνησε το σιντριβάνι της πλατείας το 1929."]),
    "tr_TR": (["{n} için pazartesi görüşmesini onaylayan bir e-posta yaz."], ["Heykeltıraş {n} meydandaki çeşmeyi yaptı."]),
    "ar_AA": (["اكتب بريدًا إلى {n} لتأكيد المقابلة يوم الاثنين."], ["نحت النحات {n} النافورة في الساحة عام 1929."]),
    "fa_IR": (["یک ایمیل به {n} بنویس و مصاحبه روز دوشنبه را تأیید کن."], ["مجسمه‌ساز {n} فواره میدان را ساخت."]),
    "he_IL": (["כתוב מייל ל{n} כדי לאשר את הראיון ביום שני."], ["הפסל {n} יצר את המזרקה בכיכר ב-1929."]),
    "hi_IN": (["{n} को सोमवार के इंटरव्यू की पुष्टि के लिए ईमेल लिखो।"], ["मूर्तिकार {n} ने चौक का फव्वारा बनाया।"]),
    "en_IN": (["{n} wants to know why her leave request was rejected; draft a reply."], ["The sculptor {n} made the fountain in the square."]),
    "zh_CN": (["给{n}写一封邮件，确认周一的面试。"], ["雕塑家{n}于1929年创作了广场上的喷泉。"]),
    "ja_JP": (["{n}さんに月曜日の面接を確認するメールを書いてください。"], ["彫刻家{n}は広場の噴水を制作した。"]),
    "ko_KR": (["{n} 씨에게 월요일 면접을 확인하는 이메일을 써 주세요."], ["조각가 {n}은 1929년에 광장의 분수를 만들었다."]),
    "vi_VN": (["Viết email cho chị {n} để xác nhận buổi phỏng vấn thứ Hai."], ["Nhà điêu khắc {n} tạo ra đài phun nước ở quảng trường."]),
    "id_ID": (["Tulis email kepada {n} untuk mengonfirmasi wawancara hari Senin."], ["Pematung {n} membuat air mancur di alun-alun pada tahun 1929."]),
    "yo_NG": (["{n} has asked for an advance on his salary; how should I reply?"], ["The sculptor {n} carved the palace doors."]),
    "ig_NG": (["Write to {n} to confirm Monday's interview."], ["The sculptor {n} carved the doors of the palace in 1936."]),
    "ha_NG": (["{n} has not returned the signed tenancy agreement; draft a reminder."], ["The calligrapher {n} copied the manuscript for the emir."]),
    "sw": (["Mwandikie {n} barua pepe kuthibitisha mahojiano ya Jumatatu."], ["Mchongaji {n} alichonga chemchemi ya uwanjani."]),
}

# The fifth holdout sentences (round 5), measured once (precision 0.781,
# recall 0.713, 16 of 30 public names flagged; 0.853, 0.725 and 10 after the
# round-4 changes), then the recogniser changed (Latin spellings of Cyrillic
# and Greek names, feminine surnames, ...): tune sentences now.
SEEN_5 = {
    "en_US": (["Help me write a condolence card for {n}, whose father passed away last week.", "{n} wants to cancel her gym membership; what should the reply say about the fee?"], ["The goalkeeper {n} saved two penalties in the final."]),
    "en_GB": (["Could you draft a note to {n} explaining that the boiler engineer will come on Tuesday?"], ["The former chancellor {n} gave a lecture on monetary policy."]),
    "ga_IE": (["{n} is moving out at the end of the month; write up the deposit return."], ["The hurler {n} captained the county to three titles."]),
    "es_ES": (["{n} quiere darse de baja del gimnasio, ¿qué le respondo sobre la cuota?", "Redacta un pésame para {n}, cuyo padre falleció la semana pasada."], ["El hospital lleva el nombre del médico {n}."]),
    "pt_BR": (["{n} quer cancelar a matrícula da academia; o que respondo sobre a multa?"], ["O goleiro {n} defendeu dois pênaltis na final."]),
    "fr_FR": (["{n} veut résilier son abonnement à la salle de sport, que lui répondre pour les frais ?", "Écris un mot de condoléances pour {n}, dont le père est décédé la semaine dernière."], ["Dans le film, le détective {n} enquête sur un meurtre à Lyon."]),
    "it_IT": (["{n} vuole disdire l'abbonamento in palestra, cosa gli rispondo sulla penale?"], ["Il ministro {n} ha presentato la riforma in Parlamento."]),
    "de_DE": (["{n} möchte seine Mitgliedschaft im Fitnessstudio kündigen, was schreibe ich wegen der Gebühr?", "Schreib eine Beileidskarte für {n}, deren Vater letzte Woche gestorben ist."], ["Der Torwart {n} hielt im Finale zwei Elfmeter."]),
    "nl_NL": (["{n} wil haar sportschoolabonnement opzeggen; wat antwoord ik over de kosten?"], ["De minister {n} presenteerde de hervorming in de Kamer."]),
    "sv_SE": (["{n} vill säga upp sitt gymkort, vad svarar jag om avgiften?"], ["Målvakten {n} räddade två straffar i finalen."]),
    "pl_PL": (["{n} chce zrezygnować z karnetu na siłownię, co mam odpisać w sprawie opłaty?"], ["W powieści detektyw {n} prowadzi śledztwo w Krakowie."]),
    "cs_CZ": (["{n} chce zrušit permanentku do posilovny, co mu mám odpovědět ohledně poplatku?"], ["Ministr {n} představil reformu v parlamentu."]),
    "ru_RU": (["{n} хочет расторгнуть абонемент в спортзал, что ответить про штраф?"], ["Вратарь {n} отбил два пенальти в финале."]),
    "uk_UA": (["{n} хоче скасувати абонемент у спортзал, що відповісти щодо штрафу?"], ["Міністр {n} представив реформу в парламенті."]),
    "el_GR": (["Ο {n} θέλει να ακυρώσει τη συνδρομή στο γυμναστήριο· τι να του απαντήσω για το πρόστιμο;"], ["Ο τερματοφύλακας {n} απέκρουσε δύο πέναλτι στον τελικό."]),
    "tr_TR": (["{n} spor salonu üyeliğini iptal etmek istiyor, ceza konusunda ne cevap vereyim?"], ["Bakan {n} reformu mecliste tanıttı."]),
    "ar_AA": (["يريد {n} إلغاء اشتراكه في النادي الرياضي، بماذا أرد بخصوص الرسوم؟"], ["قدّم الوزير {n} مشروع الإصلاح أمام البرلمان."]),
    "fa_IR": (["{n} می‌خواهد اشتراک باشگاهش را لغو کند؛ درباره جریمه چه جوابی بدهم؟"], ["دروازه‌بان {n} در فینال دو پنالتی را مهار کرد."]),
    "he_IL": (["{n} רוצה לבטל את המנוי לחדר הכושר, מה לענות לו לגבי הקנס?"], ["השר {n} הציג את הרפורמה בכנסת."]),
    "hi_IN": (["{n} अपनी जिम सदस्यता रद्द करना चाहते हैं, शुल्क के बारे में क्या जवाब दूँ?"], ["मंत्री {n} ने संसद में सुधार विधेयक पेश किया।"]),
    "en_IN": (["{n} wants a refund for the cancelled tuition classes; draft a polite reply."], ["The wicketkeeper {n} took five catches in the Test."]),
    "zh_CN": (["{n}想退掉健身房的会员卡，违约金的事我该怎么回复？"], ["部长{n}在议会介绍了改革方案。"]),
    "ja_JP": (["{n}さんがジムの会員を解約したいそうです。違約金についてどう返信すればいいですか？"], ["ゴールキーパーの{n}は決勝で二本のPKを止めた。"]),
    "ko_KR": (["{n} 씨가 헬스장 회원권을 해지하고 싶어 합니다. 위약금에 대해 뭐라고 답할까요?"], ["장관 {n}은 국회에서 개혁안을 발표했다."]),
    "vi_VN": (["Anh {n} muốn hủy thẻ tập gym, tôi nên trả lời thế nào về phí phạt?"], ["Thủ môn {n} cản phá hai quả phạt đền trong trận chung kết."]),
    "id_ID": (["{n} ingin membatalkan keanggotaan gym, bagaimana saya menjawab soal dendanya?"], ["Menteri {n} memaparkan rencana reformasi di DPR."]),
    "yo_NG": (["{n} wants to cancel her gym membership; how do I reply about the fee?"], ["The striker {n} scored the winning goal in the cup final."]),
    "ig_NG": (["Please draft a condolence note to {n}, whose mother died last week."], ["In the novel, the detective {n} solves the case in Enugu."]),
    "ha_NG": (["{n} asked for his deposit back after moving out; write a reply."], ["The minister {n} presented the budget to the national assembly."]),
    "sw": (["{n} anataka kusitisha uanachama wake wa gym; nimjibu nini kuhusu ada?"], ["Kipa {n} aliokoa penalti mbili katika fainali."]),
}

# The sixth holdout sentences (round 6), written by a second writer who had
# not read the recogniser, measured once (precision 0.711, recall 0.704, 25
# of 61 public names flagged), then the recogniser changed (0.768, 0.745, 19):
# tune sentences now.
SEEN_6 = {
    "en_US": ([
        "My ex, {n}, still hasn't paid back the $1,200 I covered for the car repair. How do I bring it up without starting a fight?",
        "Rewrite this so it sounds friendlier: \"Hi {n}, the new survey shows the fence between our yards sits two feet onto our lot.\"",
        "Can I dispute this hospital bill? The insurer claims {n} wasn't on my plan yet when the surgery happened.",
    ], [
        "As {n} argued in a 1987 essay for The Atlantic, the growth of the suburbs quietly reshaped local politics.",
        "{n}, the two-time Olympic champion, finished fourth in the 200 meters at the trials.",
    ]),
    "en_GB": ([
        "The letting agent wants my flatmate {n} off the tenancy by June, even though the lease runs until August. Can they do that?",
        "Could you help me fill in the claim form? The bike was nicked from outside the station, and it's registered in {n}'s name.",
        "Please check the tone of this email to the school: 'Our son will miss the residential trip because of a hospital appointment on the Wednesday. Kind regards, {n}'",
    ], [
        "Copyright (c) 2014-2022 {n}\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files.",
        "This year's {n} Memorial Lecture will be given at the Royal Institution on 12 November.",
    ]),
    "ga_IE": ([
        "{n} and I rented a cottage in Dingle together, and now the owner wants us both to pay for a cracked window. How should I word the reply?",
        "Can you explain the school's appeals process? My nephew was suspended after a scuffle with {n}'s younger brother.",
        "I'm writing to the credit union on behalf of {n}, who is in hospital and can't sign the loan documents this week. What's the right wording?",
    ], [
        "{n} (1879–1936) taught in Connemara before founding one of the first Irish-language secondary schools in Galway.",
        "In the final episode, {n} finally leaves the island on the mail boat, the scene viewers remember most.",
    ]),
    "es_ES": ([
        "¿Me ayudas con el parte del seguro? El coche que chocó contra el mío lo conducía {n}, y su aseguradora no contesta.",
        "Mejora este mensaje antes de mandarlo por WhatsApp: «Hola, {n}: tu perro lleva tres noches ladrando hasta las dos de la madrugada y no hay quien duerma».",
        "¿Cómo pido una tutoría? Quiero hablar con {n} sobre las notas de mi hijo en Matemáticas.",
    ], [
        "Según sostiene {n} en su ensayo de 1998 sobre el éxodo rural, la despoblación del interior se aceleró en los años sesenta.",
        "La calle {n} estará cortada al tráfico el domingo por la media maratón.",
    ]),
    "pt_BR": ([
        "A companhia aérea emitiu a passagem de {n} com o sobrenome errado. Como escrevo o pedido de correção?",
        "{n} me deve três meses de aluguel da vaga de garagem. Dá para cobrar no juizado de pequenas causas?",
        "Revise este e-mail para a escola: \"Prezada coordenação, meu filho não poderá ir ao passeio de sexta-feira por causa de uma consulta médica. Atenciosamente, {n}\"",
    ], [
        "{n}, medalha de ouro em Atenas, acendeu a pira olímpica na abertura dos Jogos do Rio.",
        "O romance acompanha {n}, que deixa o sertão e parte para São Paulo nos anos 1950.",
    ]),
    "fr_FR": ([
        "Le bail est au nom de {n}, mais c'est moi qui paie le loyer depuis deux ans : ai-je le droit de rester dans l'appartement après la séparation ?",
        "Corrige ce message pour le groupe des parents : « Bonjour {n}, est-ce que tu pourrais ramener Léo après le foot mercredi ? Je te rends la pareille samedi. »",
        "Comment contester l'amende ? Au moment de l'excès de vitesse, c'est {n} qui conduisait ma voiture.",
    ], [
        "Comme l'a montré {n} dans sa thèse de 1983, les corporations parisiennes ont survécu bien plus longtemps qu'on ne le croit.",
        "Le lycée {n}, à Rennes, fête cette année son centenaire.",
    ]),
    "it_IT": ([
        "Ho prestato 800 euro a {n} a gennaio e non li ho ancora rivisti: come glieli chiedo indietro senza rovinare l'amicizia?",
        "Puoi aiutarmi a scrivere il reclamo all'assicurazione? La grandinata ha rovinato la carrozzeria, ma l'auto è intestata a {n}.",
        "Sistemami questa mail per l'agenzia di viaggi: «Buongiorno, la prenotazione dell'hotel a Lecce risulta doppia, vi chiedo di annullarne una. Cordiali saluti, {n}»",
    ], [
        "{n} (1891–1964): lettere e diari, a cura dell'Istituto storico di Modena, Bologna 2009.",
        "La Milano-Sanremo l'ha vinta {n}, con uno scatto sul Poggio a sei chilometri dall'arrivo.",
    ]),
    "de_DE": ([
        "Kannst du mir helfen, der Versicherung den Wasserschaden zu erklären? Die Leitung ist in der Wohnung von {n} über uns geplatzt.",
        "Formulier das bitte netter: „Hallo {n}, du schuldest mir noch die Hälfte der Tierarztkosten für den Hund, bitte überweis das bis Freitag.“",
        "Ich schreibe seit zwei Wochen mit {n} auf einer Dating-App. Was wäre ein guter Vorschlag fürs erste Treffen in Leipzig?",
    ], [
        "Der Platz vor dem Rathaus soll nach {n} benannt werden; der Stadtrat stimmt am Donnerstag darüber ab.",
        "„Wir sind mit dem Quartal sehr zufrieden“, sagte {n}, Vorstandsvorsitzender der Hanse Logistik AG, laut Pressemitteilung.",
    ]),
    "nl_NL": ([
        "Kun je een bezwaarschrift schrijven tegen de wegsleepkosten? De auto stond op naam van {n} toen hij werd weggesleept.",
        "{n} van nummer 12 heeft een schutting gezet die half op ons erf staat; hoe begin ik dat gesprek?",
        "Maak deze mail aan de huisarts wat korter: 'Beste dokter, sinds de nieuwe medicatie slaap ik slecht en heb ik veel hoofdpijn. Kan ik langskomen? Met vriendelijke groet, {n}'",
    ], [
        "Copyright (c) 2017 {n}. Gelicentieerd onder de Apache-licentie, versie 2.0.",
        "In de roman keert {n} na twintig jaar terug naar Zeeland om het ouderlijk huis te verkopen.",
    ]),
    "sv_SE": ([
        "Försäkringsbolaget nekar ersättning för cykeln eftersom {n} hade lånat den när den blev stulen. Kan du hjälpa mig att överklaga?",
        "Kan du skriva om det här sms:et så att det låter vänligare? ”Hej {n}, ni har fortfarande inte betalat er del av elräkningen för stugan.”",
        "Jag och {n} ska skiljas. Hur delar vi på bolånet om bara jag bor kvar i huset?",
    ], [
        "{n} (1902–1987) skrev över fyrtio deckare, flera av dem filmatiserade på sextiotalet.",
        "Oppositionsledaren {n} kallade budgeten ”ett svek mot landsbygden” i riksdagsdebatten.",
    ]),
    "pl_PL": ([
        "Popraw ten e-mail do spółdzielni: „Dzień dobry, od tygodnia z sufitu w łazience kapie woda z mieszkania nad nami. Proszę o pilne przysłanie hydraulika. Z poważaniem, {n}”",
        "Właścicielem mieszkania jest {n} i od miesiąca nie odpowiada na moje wiadomości w sprawie grzyba na ścianie. Co mogę zrobić?",
        "{n} zaprasza mnie na drugą randkę, a ja nie jestem pewna, czy chcę. Jak grzecznie odmówić?",
    ], [
        "Copyright (C) 2019 {n}\nTen program jest wolnym oprogramowaniem: możesz go rozprowadzać dalej i/lub modyfikować na warunkach Powszechnej Licencji Publicznej GNU.",
        "Złoty medal w rzucie młotem na mistrzostwach Europy zdobywa {n} z wynikiem 78,14 m.",
    ]),
    "cs_CZ": ([
        "Uprav prosím tenhle e-mail pro cestovní kancelář: „Dobrý den, v potvrzení zájezdu do Chorvatska je chybně uvedené datum odletu. Prosím o opravu. S pozdravem {n}“",
        "Jak to napsat pojišťovně? Řidičem vozidla, které do mě v pondělí vjelo, je podle policejního protokolu {n}.",
        "Dceru bude ze školní družiny vyzvedávat také {n}. Jak mám napsat škole souhlas s vyzvedáváním?",
    ], [
        "{n} (1868–1944): Praha před asanací. Fotografie z let 1895–1905, Národní technické muzeum.",
        "V románu se {n} po válce vrací do pohraničí a pátrá po zmizelé rodině.",
    ]),
    "ru_RU": ([
        "Отредактируй письмо в управляющую компанию: «Здравствуйте! Уже третью неделю в нашем подъезде не работает лифт, прошу принять меры. С уважением, {n}, кв. 47»",
        "Как оформить доверенность на получение посылки на почте? Получать её будет {n}.",
        "Помоги составить расписку: я даю в долг 200 000 рублей, заёмщик — {n}, срок возврата — до конца года.",
    ], [
        "Как отмечает {n} в монографии о крестьянской общине (1978), передел земли сохранялся вплоть до коллективизации.",
        "Фильм «Тихий берег» (1968), режиссёр — {n}, вышел в прокат лишь через двадцать лет.",
    ]),
    "uk_UA": ([
        "Виправ помилки в заяві до школи: «Прошу звільнити мою доньку від уроків фізкультури на місяць через травму коліна. З повагою, {n}»",
        "Власник квартири — {n} — уже місяць не відповідає на мої повідомлення про цвіль у ванній. Що мені робити?",
        "У квитку вказано: {n}, але прізвище написали з помилкою. Як попросити авіакомпанію це виправити?",
    ], [
        "Як зазначає {n} у праці «Козацька старшина» (1994), полкові реєстри часто велися недбало.",
        "Золото у стрибках у висоту на чемпіонаті Європи виборює {n} з результатом 2,01 м.",
    ]),
    "el_GR": ([
        "Ο γείτονας από πάνω, {n}, κάνει ανακαίνιση κάθε Κυριακή από τις οκτώ το πρωί. Πώς να του το πω ευγενικά;",
        "Ονοματεπώνυμο ασφαλισμένου: {n}. Βοήθησέ με να συντάξω ένσταση για την αποζημίωση που απορρίφθηκε.",
        "Διόρθωσε τα λάθη σε αυτό το μήνυμα προς το σχολείο: «Η κόρη μου θα λείψει την Παρασκευή λόγω εμβολιασμού. Με εκτίμηση, {n}»",
    ], [
        "{n} (1887–1960), «Τοπίο της Ύδρας», λάδι σε καμβά. Εθνική Πινακοθήκη, Αθήνα.",
        "Σενάριο και σκηνοθεσία: {n}. Η ταινία προβλήθηκε στο Φεστιβάλ Κινηματογράφου Θεσσαλονίκης το 2004.",
    ]),
    "tr_TR": ([
        "Kaskoyu kim öder? Kaza anında arabayı {n} kullanıyordu ama poliçe benim adıma.",
        "Şu mesajı daha kibar hâle getirir misin: \"Selam {n}, düğünden önce sana borç verdiğim 5.000 lirayı ne zaman ödeyebilirsin?\"",
        "Oğlumun öğretmeni {n} ile veli toplantısında görüşeceğim; önceden hangi soruları hazırlamalıyım?",
    ], [
        "İzmir'deki {n} Kültür Merkezi, iki yıllık restorasyonun ardından yeniden açıldı.",
        "İstanbul Maratonu'nu 2 saat 9 dakikalık derecesiyle {n} kazandı.",
    ]),
    "ar_AA": ([
        "صحّح هذه الرسالة الموجهة إلى إدارة المدرسة: «أرجو السماح لابني بمغادرة المدرسة مبكرًا يوم الخميس لحضور موعد طبي. مع خالص التحيات، {n}»",
        "استدان مني {n} ثلاثة آلاف درهم قبل سنة ولم يسددها حتى الآن، فكيف أطالبه بها بلطف؟",
        "حجزتُ غرفة في فندق بإسطنبول باسم {n}، لكن الاسم كُتب خطأً في رسالة التأكيد. كيف أطلب تصحيحه؟",
    ], [
        "كما يذهب {n} في كتابه عن تاريخ الموانئ العربية، فإن تجارة التوابل غيّرت وجه المنطقة.",
        "أُطلق اسم {n} على القاعة الكبرى في الجامعة تكريمًا لدوره في تأسيسها.",
    ]),
    "fa_IR": ([
        "این پیام به صاحبخانه را مؤدبانه‌تر کن: «سلام، لوله‌ی آشپزخانه دوباره نشت می‌کند؛ لطفاً تا آخر هفته لوله‌کش بفرستید. با احترام، {n}»",
        "نوبت فیزیوتراپی مادرم، {n}، باید به هفته‌ی بعد منتقل شود. یک پیام کوتاه برای مطب بنویس.",
        "بیمه می‌گوید خسارت تصادف را نمی‌پردازد، چون آن روز {n} پشت فرمان بوده است. چه کار باید بکنم؟",
    ], [
        "چنان‌که {n} در پژوهش خود درباره‌ی بازار تبریز نشان داده است، این بازار در دوره‌ی قاجار به اوج رونق رسید.",
        "جایزه‌ی ادبی {n} امسال به یک رمان اول رسید.",
    ]),
    "he_IL": ([
        "תקן את השגיאות במייל לוועד הבית: \"שלום, המעלית בבניין תקועה כבר שבוע, ואנחנו עם תינוקת בקומה השישית. בברכה, {n}\"",
        "{n} לווה ממני 4,000 שקל לפני חצי שנה ועדיין לא החזיר. איך לנסח תזכורת בלי לריב?",
        "אני צריך לכתוב למורה של הבן שלי, {n}, שהוא לא ייצא לטיול השנתי. תעזור לי לנסח?",
    ], [
        "בפרק האחרון {n} חוזר לקיבוץ ומגלה שדבר לא נשאר כפי שהיה.",
        "רחוב {n} בחיפה ייסגר לתנועה ביום שישי בגלל המרתון.",
    ]),
    "hi_IN": ([
        "स्कूल को भेजे जाने वाले इस पत्र की भाषा ठीक कर दो: \"मेरी बेटी बुखार के कारण अगले दो दिन स्कूल नहीं आ पाएगी, कृपया छुट्टी स्वीकृत करें। सादर, {n}\"",
        "मैंने {n} को पिछले साल पचास हज़ार रुपये उधार दिए थे; अब उन्हें विनम्रता से कैसे याद दिलाऊँ?",
        "ट्रेन टिकट पर {n} का नाम गलत छप गया है, क्या यात्रा से पहले इसे ठीक करवाया जा सकता है?",
    ], [
        "{n} ने आखिरी ओवर में छक्का लगाकर भारत को जीत दिलाई।",
        "दिल्ली में {n} मार्ग पर रविवार सुबह यातायात बंद रहेगा।",
    ]),
    "en_IN": ([
        "My landlord in Pune wants the new rent agreement in {n}'s name because he's moving abroad; is that legally okay?",
        "Please write a WhatsApp message to {n} reminding them that the society maintenance for the flat has been pending for two quarters.",
        "Can you check this leave letter to my daughter's school? 'Respected Ma'am, kindly grant my daughter leave for three days as we are travelling to Kochi for a family wedding. Warm regards, {n}'",
    ], [
        "{n} took 6 for 42 as India bowled Australia out on the fourth day in Chennai.",
        "This approach follows {n} et al. (2011), who first applied it to monsoon rainfall records.",
    ]),
    "zh_CN": ([
        "楼上的{n}每天夜里十一点以后还在拖椅子、跺脚，我该怎么跟物业反映？",
        "帮我改一下这条发给班主任的消息：“{n}老师您好，孩子这周发烧，周三的春游就不参加了。”",
        "保险公司说出事时开车的是{n}，不在保单的指定驾驶人里，所以不赔。我该怎么申诉？",
    ], [
        "正如{n}在《乡土中国再思考》一书中所指出的，宗族网络在城市化之后并没有消失。",
        "{n}（1898—1975），湖南长沙人，早年留学法国，归国后长期从事教育工作。",
    ]),
    "ja_JP": ([
        "婚活アプリで知り合った{n}さんと初めて会うのですが、どんなお店を選べばいいでしょうか？",
        "大家の{n}さんが浴室のカビをなかなか直してくれません。角が立たない伝え方を教えてください。",
        "保育園の連絡帳に書く文章を整えてください：「いつもお世話になっております。本日のお迎えは祖母が参ります。よろしくお願いいたします。{n}」",
    ], [
        "{n}が『都市と記憶』（1987年）で論じたように、下町の共同体は高度成長期に急速に解体した。",
        "東京マラソンは{n}が2時間5分台で初優勝を飾った。",
    ]),
    "ko_KR": ([
        "{n} 씨에게 빌려준 300만 원을 아직 못 받았는데, 기분 상하지 않게 독촉하는 문자를 써 줄래요?",
        "보험사에서 사고 당시 운전자가 {n} 씨였기 때문에 보상이 안 된다고 합니다. 어떻게 이의를 제기하죠?",
        "아이 담임 선생님께 보낼 문자를 다듬어 주세요: \"안녕하세요, 선생님. 민준이가 내일 현장체험학습에 참석하지 못하게 되었습니다. {n} 드림\"",
    ], [
        "{n}(1899~1950)의 유고 시집이 70년 만에 재출간되었다.",
        "서울국제마라톤에서 {n} 선수가 2시간 6분대 기록으로 우승했다.",
    ]),
    "vi_VN": ([
        "Vé máy bay của {n} bị in sai tên đệm, tôi phải làm gì để sửa trước ngày bay?",
        "Công ty bảo hiểm từ chối bồi thường vì lúc xảy ra tai nạn, người cầm lái là {n}. Tôi nên khiếu nại thế nào?",
        "Sửa giúp tôi tin nhắn gửi cô giáo chủ nhiệm: \"Chào cô, hôm nay cháu Bin bị sốt nên gia đình xin cho cháu nghỉ học một buổi ạ. Phụ huynh học sinh: {n}\"",
    ], [
        "{n} giành huy chương vàng môn cử tạ hạng 61 kg tại SEA Games.",
        "Đường {n} ở quận 3 sẽ cấm xe vào sáng Chủ nhật.",
    ]),
    "id_ID": ([
        "{n} meminjam uang saya lima juta rupiah sejak tahun lalu dan belum mengembalikannya; bagaimana cara menagihnya dengan sopan?",
        "Pemilik kos, {n}, tidak mau memperbaiki atap yang bocor sejak bulan lalu. Bagaimana saya menulis keluhannya?",
        "Rapikan pesan ini untuk wali kelas anak saya: 'Selamat pagi, Bu. Hari ini Dimas tidak masuk sekolah karena demam. Hormat saya, {n}'",
    ], [
        "Seperti dikemukakan {n} dalam bukunya tentang sejarah Batavia, kanal-kanal kota itu sudah tercemar sejak abad ke-18.",
        "{n} meraih medali emas bulu tangkis nomor tunggal di SEA Games.",
    ]),
    "yo_NG": ([
        "Can you make this message more polite? 'Hi {n}, the generator fuel money for March is still outstanding, please send your share today.'",
        "My cousin {n} used my name as guarantor for a loan and has now stopped paying. What are my options?",
        "Draft an email to the hospital billing office explaining that the admission deposit was already paid by {n} and shouldn't be charged again.",
    ], [
        "Governor {n} commissioned the new flyover in Ikeja on Tuesday.",
        "{n} (1934–2004) founded one of the first publishing houses in Ibadan.",
    ]),
    "ig_NG": ([
        "Please help me write to the estate chairman: our neighbour {n} keeps burning refuse right beside our fence.",
        "Can you check this for me? The bride price list we received from {n}'s family is higher than what was agreed.",
        "Proofread this note to my son's school: 'Dear Sir, please excuse Chidi from sports this week because he sprained his ankle. Kind regards, {n}'",
    ], [
        "As {n} shows in a 1998 study of the Onitsha market, the trading networks survived the war largely intact.",
        "The {n} Stadium in Owerri hosted the final on Saturday.",
    ]),
    "ha_NG": ([
        "{n} borrowed my car for a wedding in Kano and brought it back with a dented door; how do I ask for the repair cost?",
        "Write a short reply to {n}: I can't lend the money this month, but I can help next month.",
        "Could you help me complain to the bank? A transfer of ₦250,000 went to {n} by mistake and they refuse to reverse it.",
    ], [
        "{n}, the former Super Eagles captain, opened a football academy in Kaduna.",
        "In the film, {n} returns from Lagos to find that the family farm has been sold.",
    ]),
    "sw": ([
        "{n} alinikopa shilingi laki tano mwaka jana na bado hajalipa; nimwandikie nini kwa upole?",
        "Nisaidie kuandika barua kwa hospitali: mgonjwa ni {n}, na tunaomba nakala ya ripoti yake ya matibabu.",
        "Rekebisha barua hii kwa mwalimu mkuu: \"Naomba mwanangu aruhusiwe kutohudhuria shule Ijumaa kwa sababu ya miadi ya hospitali. Wako mtiifu, {n}\"",
    ], [
        "Shule ya Sekondari {n} mjini Arusha ilifanya vizuri katika mitihani ya kitaifa mwaka huu.",
        "{n} alishinda mbio za marathoni za Boston kwa saa 2 na dakika 7.",
    ]),
}

# The seventh holdout sentences (round 7): written by a fourth writer who had
# read neither the recogniser nor any earlier sentence, after round 6's
# changes; measured once at the commit that added them (precision 0.694,
# recall 0.756, 39 of 99 public cases flagged), then moved here to tune on.
SEEN_7 = {
    "en_US": (
        [
            "Our babysitter {n} charged $18 an hour last summer; is it reasonable to ask for a lower rate now that both kids are in school all day?",
            "Can you help me write a polite text turning down a plumber's quote? It came in at $2,400 for a new water heater and I found someone cheaper. The plumber is {n}.",
            "Draft a reply for me. Subject: Re: {n} - security deposit refund. I moved out on March 3 and still haven't gotten a dime back.",
            "I'm seating {n} at table 6 next to my cousin Dana, but they dated in college. Should I move one of them?",
        ],
        [
            "In 1876, {n} filed a patent that would change how Americans talked to each other across long distances.",
            "Season 3 finally explains why {n} left the crew of the freighter before the war broke out.",
            "{n}. The Quiet Frontier: Water and Power in the American West. University of Arizona Press, 2003.",
        ],
    ),
    "en_GB": (
        [
            "My GP referred me to a physio called {n} at the Riverside clinic. Is it normal to wait eleven weeks for a first appointment?",
            "Could you tidy up this message for our house group chat? ‘Hi all, it’s about the bins again. {n} has left them out for the third week running and the council won’t collect if the lid doesn’t shut.’",
            "Parcel never arrived. The courier says it was signed for by {n} at number 14, but nobody by that name lives on our road. What do I do?",
            "Invite list for Saturday: {n}, Priya and her husband, the couple from next door, and Mum. Can you draft a short WhatsApp invite?",
        ],
        [
            "The last of the tunnelling machines was named after {n}, following a public vote by local schoolchildren.",
            "Wimbledon, second round: {n} saved four match points before coming through 7–6 in the fifth.",
            "“The sea does not reward those who are too anxious.” — {n}",
        ],
    ),
    "ga_IE": (
        [
            "Cheannaigh {n} mo sheancharr an tseachtain seo caite, ach níor tháinig an t-airgead isteach i mo chuntas fós. Cad ba cheart dom a dhéanamh?",
            "Ainm an teagascóra: {n}. Sonrasc: €240 ar ocht gceacht Matamaitice. An bhfuil sé sin ró-ard do cheachtanna Ardteistiméireachta?",
            "Tá {n} ag siúl an mhadra dúinn gach maidin. Cén táille a bheadh cothrom don tseirbhís sin i mBaile Átha Cliath?",
            "Ceartaigh an ríomhphost seo dom, le do thoil: «A chara, ba mhaith liom an t-agallamh víosa a athrú go dtí an 12 Meitheamh, más féidir. Le meas, {n}»",
        ],
        [
            "Dhear {n} an droichead coisithe thar an Life a osclaíodh sa bhliain 2003.",
            "Bhuaigh {n} an cluiche deiridh sa chomórtas fichille i nGaillimh aréir.",
            "{n}. Stair na Gaeilge sa Naoú hAois Déag. Baile Átha Cliath: An Gúm, 2003.",
        ],
    ),
    "es_ES": (
        [
            "¿Me ayudas a contestar a {n}? Me ha pasado un presupuesto de 1.800 euros por cambiar la caldera y me parece excesivo.",
            "Mesa 5: {n}, los tíos de Valencia, mi prima Lucía y su novio. ¿Crees que quedan bien juntos o cambio a alguien de sitio?",
            "Redacta la respuesta a este correo. Asunto: Re: {n} – fianza del piso. Quiero que suene firme pero educada.",
            "En el boletín de notas de mi hijo hay un comentario firmado por {n} que dice que habla demasiado en clase. ¿Cómo pido una tutoría sin sonar a la defensiva?",
        ],
        [
            "El puente fue diseñado por {n} y se inauguró en 1992, coincidiendo con la Exposición Universal de Sevilla.",
            "Mañana se estrena la segunda temporada, con {n} repitiendo en el papel del inspector.",
            "«La memoria es un animal que muerde cuando menos lo esperas.» — {n}",
        ],
    ),
    "pt_BR": (
        [
            "Preciso cobrar {n}, que me deve 3 mil reais desde a venda do carro em março. Como escrevo uma mensagem firme sem perder a educação?",
            "Quem passeia com o meu cachorro é {n}, e hoje o portão ficou aberto. Me ajuda a escrever um recado educado?",
            "O banco diz que a transferência de R$ 4.200 foi feita para uma conta em nome de {n}, mas eu nunca autorizei isso. O que devo colocar na contestação?",
            "Escala de voluntários do bazar: sábado de manhã fica com {n}, à tarde com a Dona Célia. Pode transformar isso numa tabela?",
        ],
        [
            "Em 1906, {n} decolou em Paris diante de uma multidão que mal acreditava no que via.",
            "O prêmio de melhor romance deste ano vai para {n}, pelo livro “Terra de Ninguém”.",
            "Desça na estação {n} da linha amarela e pegue a saída do lado do shopping.",
        ],
    ),
    "fr_FR": (
        [
            "Peux-tu m'aider à rédiger un mot pour {n} ? Son devis pour la salle de bain est passé de 3 000 à 4 500 euros sans la moindre explication.",
            "Plan de table : {n} à côté de tante Monique, mais loin de mon oncle, ils ne se parlent plus depuis l'héritage.",
            "Objet : Re : {n} – remboursement de la caution. Est-ce que tu peux reformuler ma réponse pour qu'elle soit plus ferme ?",
            "Le cabinet de recouvrement m'a envoyé une lettre signée {n} qui me réclame 640 euros que je ne dois pas. Comment répondre ?",
        ],
        [
            "En 1895, {n} présente au public parisien un appareil capable de projeter des images animées.",
            "Dans la série, {n} dirige une petite brigade de gendarmerie au fin fond du Cantal.",
            "{n}, Les Cathédrales de lumière, Paris, Gallimard, 2003.",
        ],
    ),
    "it_IT": (
        [
            "Puoi aiutarmi a scrivere un messaggio a {n}? Mi ha mandato un preventivo di 900 euro per sistemare il bagno e vorrei chiedere uno sconto.",
            "Mi aiuti a scrivere una mail con questo oggetto: «{n} – fattura ripetizioni di marzo»? Le ore segnate sono dodici, ma mio figlio ne ha fatte nove.",
            "Al funerale vorrei che a leggere la preghiera fosse {n}, che conosceva la nonna da sessant'anni. Come glielo chiedo con delicatezza?",
            "Turni dei volontari in parrocchia: lunedì {n}, martedì Giovanna e Piero, mercoledì ancora scoperto. Me lo trasformi in una tabella?",
        ],
        [
            "La cupola fu progettata da {n}, che vinse il concorso del 1418 superando tutti gli altri orafi e architetti fiorentini.",
            "Agli Internazionali di Roma, {n} ha vinto in tre set contro il numero due del mondo.",
            "«Chi non conosce il mare non conosce la paura.» — {n}",
        ],
    ),
    "de_DE": (
        [
            "Die Nachhilfe-Rechnung von {n} listet zwölf Stunden auf, mein Sohn war aber nur neunmal da. Wie spreche ich das höflich an?",
            "Formuliere bitte eine Antwort auf die Mail mit dem Betreff „Re: {n} – Kaution Lindenstraße“. Ich will die 1.500 Euro bis Monatsende zurück.",
            "Ich habe mein Auto über Kleinanzeigen an {n} verkauft, und jetzt kommen Strafzettel, die nach der Übergabe ausgestellt wurden. Was mache ich?",
            "Ist diese Abmeldung bei der Kita zu knapp? „Hallo zusammen, Mila kann ab Montag leider nicht mehr kommen. Viele Grüße, {n}“",
        ],
        [
            "1886 meldete {n} einen Motorwagen zum Patent an, der heute als erstes Automobil gilt.",
            "Die Ausstellung „{n}: Licht und Linie“ ist noch bis Ende Oktober in der Kunsthalle zu sehen.",
            "In der Schlussrunde von Wijk aan Zee remisierte {n} mit Schwarz und sicherte sich damit den Turniersieg.",
        ],
    ),
    "nl_NL": (
        [
            "Kun je een vriendelijk berichtje schrijven aan onze oppas, {n}? We hebben volgende week vrijdag toch geen oppas nodig.",
            "Offerte van {n}: € 2.300 voor een nieuwe cv-ketel inclusief montage. Is dat een redelijke prijs?",
            "Mijn huisgenoot {n} heeft de energierekening van januari nog steeds niet overgemaakt. Hoe kaart ik dat aan zonder ruzie?",
            "Op de eerste rij bij de uitvaart zitten {n}, tante Els en de kinderen van Johan. Kun je de tafelschikking voor de koffietafel daarop afstemmen?",
        ],
        [
            "Het museumgebouw werd ontworpen door {n} en in 1885 geopend.",
            "{n} won gisteren de belangrijkste literaire prijs van het jaar met een roman over de watersnoodramp van 1953.",
            "In de nieuwe serie speelt {n} een rechercheur die na twintig jaar terugkeert naar Zeeland.",
        ],
    ),
    "sv_SE": (
        [
            "Kan du hjälpa mig att skriva ett sms till {n}, som rastar vår hund? Vi vill flytta promenaden till klockan tolv från och med nästa vecka.",
            "Ämne: Re: {n} – offert badrumsrenovering. Kan du göra mitt svar lite mer bestämt?",
            "Bord 3: {n}, moster Karin, Olle och hans nya sambo. Funkar det eller blir det för stelt?",
            "Banken säger att pengarna har gått till ett konto som tillhör {n}, men jag har aldrig hört namnet förut. Vad ska jag skriva i anmälan?",
        ],
        [
            "Stadshuset ritades av {n} och invigdes på midsommarafton 1923.",
            "I den nya säsongen får {n} ta över som chef på polisstationen i Ystad.",
            "{n}. Skogens tysta historia. Stockholm: Norstedts, 2003.",
        ],
    ),
    "pl_PL": (
        [
            "Wykonawca: {n}. Wycena: 6 800 zł za wymianę pieca gazowego. Czy to rozsądna cena, czy warto poszukać kogoś innego?",
            "Temat: Re: {n} – zwrot kaucji. Pomóż mi napisać odpowiedź, bo właściciel mieszkania od dwóch miesięcy nie oddaje pieniędzy.",
            "Stolik nr 4: {n}, ciocia Basia z mężem i kuzyn Tomek. Jak ich posadzić, żeby Tomek nie siedział obok cioci?",
            "W wiadomości na Messengerze ktoś podpisany jako {n} twierdzi, że jest z banku, i prosi o kod BLIK. Czy to oszustwo?",
        ],
        [
            "Nagrodę literacką w tym roku otrzymuje {n} za powieść o powojennym Wrocławiu.",
            "„Wolność zaczyna się tam, gdzie kończy się strach.” — {n}",
            "Wystawa „{n}. Obrazy z lat 1905–1930” potrwa w Muzeum Narodowym w Krakowie do końca stycznia.",
        ],
    ),
    "cs_CZ": (
        [
            "Dodavatel: {n}, doučování matematiky, 8 hodin × 450 Kč. Syn ale byl jen na šesti hodinách. Jak to mám slušně reklamovat?",
            "Předmět: {n} – vrácení kauce. Pomůžeš mi sepsat odpověď pronajímateli, aby byla zdvořilá, ale důrazná?",
            "Spolubydlící {n} tvrdí, že účet za internet zaplatí až příští měsíc. Jak to vyřešit, aby to neskončilo hádkou?",
            "Pořadí proslovů na pohřbu: farář, {n}, vnuk Jakub. Můžeš mi pomoct sestavit program celého rozloučení?",
        ],
        [
            "Cenu za nejlepší prózu letos získává {n} za román o poválečném Brně.",
            "„Kdo nic nečeká, nemůže být zklamán.“ — {n}",
            "{n}. Dějiny české architektury 20. století. Praha: Academia, 2003.",
        ],
    ),
    "ru_RU": (
        [
            "Продаю машину по объявлению. Пишет {n}: «Покупку отменяю, верните задаток». Обязан ли я его возвращать и как вежливо ответить?",
            "Тема: {n} — возврат залога за квартиру. Нужно вежливое, но твёрдое письмо хозяйке.",
            "Репетитор по английскому {n} выставляет счёт даже за те занятия, которые мы отменили за сутки. Это нормально?",
            "Список гостей на поминки: {n}, соседи с третьего этажа, тётя Люба. Сколько порций заказывать в кафе?",
        ],
        [
            "Автор проекта — {n}: здание на набережной строилось с 1911 по 1914 год.",
            "Шахматы, седьмой тур: {n} неожиданно проигрывает белыми и откатывается на пятое место.",
            "{n}. Повседневная жизнь Петербурга. — М.: Молодая гвардия, 2003.",
        ],
    ),
    "uk_UA": (
        [
            "Нашу собаку щодня вигулює {n}. Скільки зазвичай платять за таку послугу в Києві?",
            "Тема: Re: {n} — рахунок за ремонт сантехніки. Допоможи відповісти так, щоб нікого не образити, але збити ціну.",
            "У виписці є переказ на 12 000 грн, отримувач — {n}. Я цей переказ не підтверджувала. Що писати в заяві до банку?",
            "Графік волонтерів на суботу: зранку — {n}, після обіду — Оксана і я. Зробиш із цього табличку?",
        ],
        [
            "«Хто не знає минулого, той не вартий майбутнього.» — {n}",
            "Премію цього року отримує {n} — за роман про повоєнний Львів.",
            "Прем’єра серіалу — у п’ятницю. У головних ролях: {n} та молоді актори київських театрів.",
        ],
    ),
    "el_GR": (
        [
            "Θέμα: {n} – επιστροφή εγγύησης. Μπορείς να με βοηθήσεις να γράψω μια ευγενική αλλά σταθερή απάντηση στον ιδιοκτήτη;",
            "Τραπέζι 2: {n}, η θεία Ρένα και τα ξαδέρφια από τη Λάρισα. Χωράνε όλοι σε οκτώ θέσεις;",
            "Στην απόδειξη για τα ιδιαίτερα γράφει «{n}» και ποσό 320 ευρώ, αλλά είχαμε συμφωνήσει 250. Πώς το θέτω χωρίς να φανώ αγενής;",
            "Μου ήρθε μήνυμα: «Καλησπέρα σας, {n} από την εταιρεία είσπραξης οφειλών, επικοινωνήστε άμεσα μαζί μας». Είναι απάτη;",
        ],
        [
            "Η σειρά κάνει πρεμιέρα την Κυριακή. Πρωταγωνιστούν: {n} και νέοι ηθοποιοί από τη Θεσσαλονίκη.",
            "«Η θάλασσα δεν συγχωρεί την αλαζονεία.» — {n}",
            "{n}. Η αρχιτεκτονική της Αθήνας στον Μεσοπόλεμο. Αθήνα: Εκδόσεις Καστανιώτη, 2003.",
        ],
    ),
    "tr_TR": (
        [
            "{n} adlı tesisatçı kombi değişimi için 28.000 TL teklif verdi. Bu fiyat makul mü?",
            "Konu: {n} – depozito iadesi. Ev sahibine kibar ama net bir cevap yazmama yardım eder misin?",
            "Düğünde 5 numaralı masaya {n}, teyzem ve eniştem oturacak; sence kuzenimi de aynı masaya koysam olur mu?",
            "Kızımın karnesinde {n} imzalı bir not var: “Derste çok konuşuyor.” Öğretmeniyle nasıl görüşme talep edebilirim?",
        ],
        [
            "Köprü, {n} tarafından tasarlandı ve 1973'te hizmete açıldı.",
            "Satranç olimpiyatında {n}, son turda siyah taşlarla kazanarak takımına altın madalyayı getirdi.",
            "“Bir dil, bir insan; iki dil, iki insan.” — {n}",
        ],
    ),
    "ar_AA": (
        [
            "هل يمكنك مساعدتي في كتابة رسالة مهذبة إلى {n}؟ عرض السعر لإصلاح السباكة مرتفع جدًا وأريد التفاوض عليه.",
            "الموضوع: {n} – استرداد مبلغ التأمين. أريد ردًا حازمًا ومهذبًا في الوقت نفسه.",
            "قائمة المدعوين إلى حفل الخطوبة: {n}، وخالتي، وجيراننا في الطابق الثاني. كم طاولة سنحتاج؟",
            "وصلتني رسالة من شخص يُدعى {n} يقول إنه من شركة تحصيل ديون ويطالبني بدفع 900 دولار. هل هذا احتيال؟",
        ],
        [
            "المتحف من تصميم {n}، وقد افتُتح عام 2008 على الواجهة البحرية للمدينة.",
            "كان الفوز في نهائي بطولة التنس من نصيب {n} بعد مباراة استمرت أربع ساعات.",
            "{n}. تاريخ العمارة الإسلامية في الأندلس. بيروت: دار الساقي، 2003.",
        ],
    ),
    "fa_IR": (
        [
            "می‌توانی کمکم کنی یک پیام مؤدبانه برای {n} بنویسم؟ پرستار بچه‌هایمان است و این هفته دو بار دیر آمده.",
            "موضوع: {n} – پس گرفتن ودیعه. لطفاً یک جواب محکم ولی مؤدبانه برای صاحبخانه بنویس.",
            "میز شماره ۳: {n}، خاله مریم و پسرخاله‌ام. به نظرت صندلی کم نمی‌آید؟",
            "بانک می‌گوید پول به حسابی به نام {n} واریز شده، ولی من چنین انتقالی انجام نداده‌ام. در شکایتم چه بنویسم؟",
        ],
        [
            "این برج به طراحی {n} در سال ۱۳۵۰ ساخته شد.",
            "«راه را باید رفت، حتی اگر مه باشد.» — {n}",
            "در سریال تازه، {n} نقش یک بازپرس قدیمی را بازی می‌کند.",
        ],
    ),
    "he_IL": (
        [
            "תוכל לעזור לי לנסח הודעה מנומסת אל {n}? הצעת המחיר לתיקון הצנרת גבוהה מדי בשבילנו.",
            "נושא: {n} – החזר פיקדון. אני צריכה תשובה תקיפה אבל מנומסת לבעל הדירה.",
            "שולחן 7: {n}, דודה רותי והשכנים מהקומה השלישית. זה יעבוד או שעדיף להפריד?",
            "הבנק טוען שההעברה בוצעה לחשבון על שם {n}, אבל אף פעם לא אישרתי אותה. מה לכתוב בתלונה?",
        ],
        [
            "הבניין, שתוכנן בידי {n}, נחנך ב-1934 והפך לסמל של העיר.",
            "סדרת הדרמה החדשה בכיכוב {n} עולה לשידור ביום ראשון.",
            "«מי שאינו זוכר את דרכו, לא ימצא את ביתו.» — {n}",
        ],
    ),
    "hi_IN": (
        [
            "एक विनम्र मैसेज लिखने में मेरी मदद कीजिए: हम चाहते हैं कि {n} अगले सोमवार से बच्चों को सुबह नौ बजे की जगह आठ बजे लेने आएँ।",
            "विषय: {n} – सिक्योरिटी डिपॉज़िट की वापसी। मकान मालिक के लिए एक सख़्त लेकिन शालीन ईमेल का मसौदा बना दीजिए।",
            "प्लंबर {n} ने बाथरूम की मरम्मत के लिए 18,000 रुपये का कोटेशन भेजा है। क्या यह ज़्यादा है?",
            "शादी में टेबल नंबर 4 पर {n}, मौसी और उनके बच्चे बैठेंगे। क्या मामा जी को भी वहीं बिठाना ठीक रहेगा?",
        ],
        [
            "1913 में {n} ने पहली भारतीय फ़ीचर फ़िल्म बनाई थी।",
            "इस इमारत का डिज़ाइन {n} ने तैयार किया था, और इसका उद्घाटन 1931 में हुआ।",
            "“सच्चाई को किसी सहारे की ज़रूरत नहीं होती।” — {n}",
        ],
    ),
    "en_IN": (
        [
            "Please help me draft a WhatsApp message to {n}, our society's electrician, asking for the pending bill for the inverter wiring.",
            "Sub: Re: {n} – refund of token amount for flat no. 304. Kindly make my reply sound more formal.",
            "My daughter's maths tuition teacher, {n}, has raised the fees from ₹3,000 to ₹4,500 per month mid-session. Is it okay to negotiate?",
            "For the Ganpati volunteer roster: Saturday morning is {n} and Vikram, evening is the Kulkarni family. Can you make it into a table?",
        ],
        [
            "The Lotus Temple in Delhi was designed by {n} and opened to the public in 1986.",
            "In the documentary, {n} recalls the first rocket launch from Thumba in 1963.",
            "{n} won the national chess championship in Chennai on Sunday with a round to spare.",
        ],
    ),
    "zh_CN": (
        [
            "帮我给{n}写条微信，委婉地提醒一下上个月的家教费多算了两节课。",
            "主题：关于{n}的押金退还问题——请帮我把这封回复写得礼貌但坚定一些。",
            "婚宴第6桌：{n}、小姨一家、我大学室友。这样安排会不会太挤？",
            "快递显示已由{n}签收，但我们楼里根本没有这个人，我该怎么跟快递公司投诉？",
        ],
        [
            "这座大桥由{n}主持设计，1957年建成通车。",
            "《{n}：光与影》摄影展将在上海博物馆展出至十月底。",
            "在昨晚的决赛中，{n}以2比1击败卫冕冠军，夺得冠军。",
        ],
    ),
    "ja_JP": (
        [
            "ベビーシッターの{n}さんに、来週の金曜日はお休みで大丈夫ですと伝えるLINEの文面を考えてもらえますか？",
            "件名：Re: {n}様 敷金返還の件 — この返信をもう少し丁寧な文章にしてください。",
            "結婚式の席次で、{n}さんを新郎の上司と同じテーブルにしても失礼になりませんか？",
            "車を個人売買で{n}さんに売ったのですが、残金の20万円がまだ振り込まれていません。どう催促すればいいでしょうか？",
        ],
        [
            "東京駅の駅舎は{n}の設計で、1914年に完成した。",
            "名人戦第4局は{n}九段が勝ち、対戦成績を3勝1敗とした。",
            "{n}『日本の庭園史』岩波書店、2003年。",
        ],
    ),
    "ko_KR": (
        [
            "{n} 씨에게 보낼 문자 좀 다듬어 줘. 과외비 청구서에 수업이 두 번 더 들어가 있어서 정중하게 말하고 싶어.",
            "제목: Re: {n} 님 - 보증금 반환 건. 답장을 좀 더 단호하게 바꿔 줄 수 있어?",
            "우리 강아지 산책을 맡아 주는 {n} 씨가 다음 달부터 요금을 올린다고 하는데, 보통 얼마 정도가 적당해?",
            "결혼식 하객 명단에 {n} 씨도 넣을까 하는데, 회사 동료 중에 한 명만 부르면 어색할까?",
        ],
        [
            "이 다리는 {n}의 설계로 1970년에 완공되었다.",
            "바둑 결승 3국에서 {n} 9단이 흑으로 불계승을 거두었다.",
            "“바다는 겁 많은 자에게 길을 내주지 않는다.” — {n}",
        ],
    ),
    "vi_VN": (
        [
            "Bạn giúp mình soạn tin nhắn trả lời {n} với: báo giá sửa ống nước 4 triệu đồng mà mình thấy đắt quá.",
            "Tiêu đề: {n} – hoàn tiền đặt cọc phòng trọ. Viết lại giúp mình cho lịch sự nhưng cứng rắn hơn nhé.",
            "Bàn số 5 gồm {n}, dì Hoa và mấy đứa em họ. Xếp vậy có ổn không?",
            "Ngân hàng nói tiền đã chuyển vào tài khoản đứng tên {n}, nhưng mình chưa hề thực hiện giao dịch đó. Mình nên viết đơn khiếu nại thế nào?",
        ],
        [
            "Nhà hát được thiết kế bởi {n} và khánh thành năm 1911.",
            "Ở ván cuối, {n} cầm quân trắng thắng nhanh để giành huy chương vàng.",
            "Bộ phim truyền hình mới có sự tham gia của {n} trong vai một viên cảnh sát sắp về hưu.",
        ],
    ),
    "id_ID": (
        [
            "Tolong bantu aku bikin pesan sopan buat {n}, tukang ledeng yang kasih penawaran Rp4.500.000 untuk ganti pipa.",
            "Perihal: {n} – pengembalian uang deposit kos. Bisa tolong buat balasanku lebih tegas?",
            "Jadwal relawan bazar gereja: Sabtu pagi {n}, Sabtu sore Rina dan suaminya. Tolong buatkan tabelnya.",
            "Anakku pulang bawa rapor, dan ada catatan dari {n} sebagai wali kelas bahwa dia sering terlambat. Bagaimana cara minta waktu bertemu?",
        ],
        [
            "Masjid itu dirancang oleh {n} dan diresmikan pada tahun 1978.",
            "Di final kemarin, {n} menang rubber game atas unggulan pertama.",
            "Kapal penumpang baru itu dinamai {n}, sesuai nama pahlawan nasional asal daerah tersebut.",
        ],
    ),
    "yo_NG": (
        [
            "Please help me write a message to {n}, the mechanic at Ojota, asking for a receipt for the ₦85,000 I paid for the gearbox.",
            "Our landlord's agent, {n}, is insisting on a fresh agency fee just to renew the same flat in Yaba. Is that legal in Lagos?",
            "Aso-ebi list for my sister's wedding: {n}, Aunty Bisi, Tolu and her husband. Can you help me work out how many yards of lace to buy?",
            "Subject: {n} – refund for cancelled canopy booking. Pls make this email firmer.",
        ],
        [
            "Cocoa House in Ibadan was designed by {n} and completed in 1965.",
            "In the new Nollywood series, {n} plays a lawyer who returns to Abeokuta after twenty years abroad.",
            "“Until the lion learns to write, tales of the hunt will glorify the hunter.” — {n}",
        ],
    ),
    "ig_NG": (
        [
            "Can you help me word a message to {n}? We agreed ₦450,000 for the Camry and only ₦300,000 has come in so far.",
            "Funeral programme for Papa in Nnewi: opening prayer by the catechist, tribute by {n}, then the children's procession.",
            "My son's school report was signed by {n} as class teacher, but the maths score looks wrong. How do I raise it with the school?",
            "Re: {n} – shop rent at Onitsha Main Market. Please draft a reply saying we will pay the balance by the end of the month.",
        ],
        [
            "{n}. Things of the Earth: Igbo Art and Society. Enugu: Fourth Dimension Publishers, 2003.",
            "Turn left at {n} Street and the church is opposite the filling station.",
            "The Super Eagles coach confirmed that {n} will captain the side against Ghana on Saturday.",
        ],
    ),
    "ha_NG": (
        [
            "Please help me write a polite reminder to {n}, who borrowed ₦150,000 from me before Sallah and has not paid it back.",
            "Volunteer rota for the Ramadan feeding programme: Monday – {n}, Tuesday – Aisha and Sadiq, Wednesday – still open.",
            "The visa appointment letter from the embassy in Abuja lists {n} as the applicant, but the passport number is wrong. What should I do?",
            "Draft a letter to the Kano water board: I am writing on behalf of my tenant, {n}, about the broken meter at No. 12 Zaria Road.",
        ],
        [
            "{n} ruled Zazzau in the sixteenth century and is remembered for the walls built around the city.",
            "The new terminal at Kano airport has been named after {n}.",
            "At the national table tennis championship in Kaduna, {n} beat the defending champion 3–1.",
        ],
    ),
    "sw": (
        [
            "Naomba unisaidie kumwandikia {n} ujumbe wa heshima. Ametuma makadirio ya shilingi 250,000 kwa ajili ya kutengeneza bomba, na naona ni bei ghali mno.",
            "Kichwa: {n} – kurudishiwa amana ya nyumba. Naomba jibu langu liwe la heshima lakini thabiti.",
            "Meza namba 3 kwenye harusi: {n}, shangazi yangu na watoto wake. Je, viti vinane vitatosha?",
            "Benki inasema pesa zilitumwa kwenye akaunti ya {n}, lakini sikuwahi kuidhinisha muamala huo. Niandike nini kwenye malalamiko?",
        ],
        [
            "Mnara huo ulibuniwa na {n} na ukafunguliwa mwaka 1963.",
            "Katika fainali ya mashindano ya chesi jijini Nairobi, {n} alishinda akitumia vipande vyeusi.",
            "Meli mpya ya abiria katika Ziwa Victoria imepewa jina la {n}.",
        ],
    ),
}

# Wrappers as prompts carry a sentence; none holds anything sensitive itself.
WRAPPERS = [
    "{s}",
    "Hi,\n\n{s}\n\nThanks!",
    "Please improve the wording: \"{s}\"",
    "Ticket 4821 - {s}",
]



# The eighth holdout sentences (round 8): written by a fifth writer who had
# read neither the recogniser nor any earlier sentence (nothing of the
# repository), after round 7 moved to SEEN_7; measured once at the commit that
# added them (precision 0.685, recall 0.726, 28 of 99 public cases flagged;
# 0.641, 0.726 and 37 of 99 with the recogniser before round 7's changes),
# then moved here to tune on. Four personal and three public sentences per
# locale, the public ones in ten kinds of context (named after someone,
# historical figures, sports results, citations, politicians in the news,
# attributions, fiction, museum labels, cast lists, copyright lines).
SEEN_8 = {
    "en_US": (
        [
            "Can you draft a polite reply to our tenant {n} explaining that the dishwasher repair in unit 4B is scheduled for Thursday morning?",
            "{n} called the Denver office again about the overdue $2,340 reimbursement; please summarize her three emails into one paragraph for HR.",
            "Carpool list for the Saturday soccer game: Dana, {n}, and the twins from across the street, pickup at 8:15 sharp.",
            "Please add a reminder to my calendar: the patient {n} needs her insulin refill approved before the pharmacy closes Friday.",
        ],
        [
            "The Boston Marathon wheelchair division was won by {n} in a course record of 1:18:04, according to race officials.",
            "© 2019 {n}. All rights reserved. No part of this book may be reproduced without written permission from the publisher.",
            "Speaking on the Senate floor Wednesday, {n} said the infrastructure bill would bring broadband to rural Montana within five years.",
        ],
    ),
    "en_GB": (
        [
            "Could you help me write to my landlord, {n}, about the damp patch in the back bedroom that's been there since October?",
            "Minutes, Thursday: {n} – happy with the revised quote, off on leave from the 14th, prefers calls before lunch.",
            "Please summarise the complaint below for the practice manager; it concerns a missed GP appointment and was sent in by {n} last week.",
            "Sign-off to put at the bottom of my letter to the council: 'Kind regards, {n}, Flat 3, Ashgrove Court, Leeds'.",
        ],
        [
            "The new cycle path runs along {n} Avenue, named after the Victorian engineer who designed the town's first sewer system.",
            "Cast for the West End revival: the role of the Inspector is played by {n}, with understudies to be confirmed next month.",
            "{n} (1987) Hedgerows and Enclosure in Midland England, 2nd edn. London: Faber & Faber, pp. 112–140.",
        ],
    ),
    "ga_IE": (
        [
            "Dréachtaigh freagra béasach chuig ár gcliant {n} faoin mbille leictreachais atá gan íoc ó mhí Lúnasa.",
            "Liosta don chóisir Dé Sathairn: Siobhán, {n}, na comharsana ó uimhir a seacht, agus cáca gan glútan.",
            "Cuir glao ar {n} amárach roimh a deich maidir leis an gcoinne san ospidéal i nGaillimh.",
            "Tá cúig chéad euro fós dlite dom, agus dúirt {n} go n-íocfadh sé é roimh an Nollaig; cuir meabhrúchán i m'fhéilire.",
        ],
        [
            "Rugadh {n} i gContae Mhaigh Eo sa bhliain 1847 agus bhí sé ina cheannaire le linn Chogadh na Talún.",
            "«Ní neart go cur le chéile, ach ní cur le chéile gan muinín.» – {n}, óráid i gCorcaigh, 1921",
            "Ar taispeáint sa chás seo tá an fhidil a sheinn {n} ag feiseanna ar fud Chonamara sna 1930idí.",
        ],
    ),
    "es_ES": (
        [
            "Redacta una respuesta amable para {n}, la vecina del tercero, explicándole que la derrama de la comunidad será de 300 euros.",
            "Resúmeme la reclamación que nos ha enviado el paciente {n} sobre la lista de espera de traumatología del Hospital La Paz.",
            "Apuntes del martes: {n} — quiere pagar la reforma de la cocina en dos plazos, mejor por las tardes, tiene perro.",
            "¿Me ayudas a organizar la comida del sábado? Vienen mi suegra, Lucía y {n}, que es celíaco y no puede tomar gluten.",
        ],
        [
            "En la novela, {n} es un detective retirado que vuelve a Cádiz para investigar la desaparición de su hermano pequeño.",
            "El Premio {n} de poesía joven, convocado por el Ayuntamiento de Salamanca, está dotado este año con 6.000 euros.",
            "La ministra {n} declaró ayer en el Congreso que el Gobierno aprobará la nueva ley de vivienda antes del verano.",
        ],
    ),
    "pt_BR": (
        [
            "Me ajuda a escrever um e-mail para {n} cobrando os R$ 1.850 do aluguel de março que ainda não foram pagos?",
            "{n} — prefere reunião de manhã, quer o contrato em PDF, mora em Niterói, só ligar depois das 10h.",
            "Preciso remarcar a consulta; o cardiologista pediu que o paciente {n} faça o ecocardiograma antes de quinta-feira.",
            "Lista de convidados do chá de bebê da Fernanda: minha tia, as vizinhas do 302 e {n}, que vai trazer os salgados.",
        ],
        [
            "Com um gol aos 89 minutos, {n} garantiu a vitória do Fluminense por 2 a 1 sobre o Bahia no Maracanã.",
            "{n}. Cidades invisíveis do sertão: migração e memória. São Paulo: Editora Unesp, 2014. 312 p.",
            "Em 1888, {n} percorreu as fazendas do Vale do Paraíba defendendo o fim imediato da escravidão.",
        ],
    ),
    "fr_FR": (
        [
            "Peux-tu rédiger un message à la nounou des enfants, {n}, pour lui confirmer que je la paierai 450 euros vendredi ?",
            "Compte rendu de jeudi : {n} – souhaite étaler le paiement sur trois mois, dispo surtout le mercredi, à relancer.",
            "Résume-moi la réclamation envoyée hier par {n} concernant le remboursement de 412 euros que sa mutuelle lui refuse.",
            "Rappelle-moi d'appeler {n} avant vendredi : son arrêt maladie se termine et il faut préparer son retour au service comptabilité.",
        ],
        [
            "© {n}, 2021, pour le texte et les illustrations. Tous droits de reproduction réservés pour tous pays.",
            "{n}, Les Lavandières de la Loire, vers 1874, huile sur toile. Musée des Beaux-Arts de Rouen, don de 1932.",
            "Dans la série, {n} est une juge d'instruction marseillaise qui enquête sur un réseau de corruption sur le port.",
        ],
    ),
    "it_IT": (
        [
            "Scrivi una mail gentile alla nostra cliente {n} per dirle che il rimborso di 230 euro arriverà entro fine mese.",
            "Riunione di venerdì, presenti: Giulia, {n}, il geometra e io; si parla del mutuo e delle spese notarili.",
            "La pediatra ha detto che {n} deve prendere l'antibiotico per sette giorni, puoi impostarmi un promemoria ogni mattina?",
            "Riassumimi questo reclamo: il signor {n} lamenta che il tecnico della caldaia non si è presentato per due volte.",
        ],
        [
            "«La montagna non si conquista, si attraversa con pazienza.» — {n}, Diario di una salita, 1956",
            "L'ufficio postale si trova in piazza {n}, dedicata al partigiano fucilato dai nazisti nel 1944.",
            "Interpreti principali: {n} nel ruolo del commissario, affiancato da un gruppo di giovani attori napoletani.",
        ],
    ),
    "de_DE": (
        [
            "Bitte schreib eine freundliche Nachricht an unseren Hausmeister {n}, dass die Heizung im dritten Stock seit Sonntag ausgefallen ist.",
            "Kannst du die Beschwerde zusammenfassen? Es geht um zwei verpasste Termine in der Hausarztpraxis, eingereicht hat sie {n}.",
            "{n} – Rückruf erwünscht, lieber vormittags, Thema Ratenzahlung, Unterlagen liegen bei Jonas im Fach.",
            "Plane bitte ein Treffen mit {n} aus der Buchhaltung, sie kehrt im März aus der Elternzeit zurück.",
        ],
        [
            "{n}: Die Hanse und der Ostseehandel im 15. Jahrhundert. München: C.H. Beck 2008, S. 45–67.",
            "Die Bundestagsabgeordnete {n} kündigte am Montag an, gegen den Haushaltsentwurf der Regierung zu stimmen.",
            "Im Jahr 1848 zog {n} als Abgeordneter in die Frankfurter Nationalversammlung ein und forderte die Pressefreiheit.",
        ],
    ),
    "nl_NL": (
        [
            "Kun je een bericht opstellen voor onze oppas {n} over de nieuwe tijden op woensdag en de vergoeding van 150 euro?",
            "To-do zaterdag: melk, kattenvoer, {n} nog doorsturen wat de hypotheekadviseur zei, fiets naar de maker.",
            "Vat deze klacht samen voor de huisarts: mevrouw {n} wacht al drie weken op de uitslag van haar bloedonderzoek.",
            "Zet in mijn agenda dat ik donderdag om tien uur {n} bel over het loonbeslag en de betalingsregeling.",
        ],
        [
            "Het reddingsschip {n} van de KNRM werd in 1962 in Vlissingen te water gelaten en vaart nu als museumboot.",
            "Op het NK afstanden in Heerenveen won {n} de 5000 meter in een nieuw baanrecord.",
            "Dit zilveren theeservies werd rond 1780 in Haarlem vervaardigd in opdracht van de koopman {n}.",
        ],
    ),
    "sv_SE": (
        [
            "Kan du skriva ett svar till vår hyresgäst {n} om att hissen i trapphus B lagas på måndag?",
            "{n} ringde igen om sjukskrivningen; sammanfatta hans mejl till chefen så att vi kan planera veckan.",
            "Att göra före midsommar: boka tvättstugan, betala elräkningen, {n} ska ha tillbaka 800 kronor, vattna tomaterna.",
            "Hjälp mig planera ett utvecklingssamtal med {n} på ekonomiavdelningen, hon har bett om högre lön och distansarbete.",
        ],
        [
            "Årets {n}-pris, på 100 000 kronor, går till en ung lyriker från Umeå för hennes debutsamling.",
            "I romanen är {n} en fyrvaktare på Gotland som en höstmorgon hittar en död sjöman i vassen.",
            "”Skogen ger åt den som väntar.” – {n}, ur dikten Hösten i Norrland (1911)",
        ],
    ),
    "pl_PL": (
        [
            "Nasza najemczyni {n} pyta, kiedy wymienimy piec gazowy — napisz jej uprzejmą odpowiedź, że w środę.",
            "Spotkanie w piątek, lista obecności: Kasia, {n}, pan z banku i ja — temat: kredyt hipoteczny.",
            "Pacjent {n} zgłosił się z bólem w klatce piersiowej; streść proszę jego wyniki dla lekarza prowadzącego.",
            "Przypomnij mi, że do piątku muszę oddać 600 złotych, które pożyczył mi {n}.",
        ],
        [
            "Patronem Szkoły Podstawowej nr 12 w Gdańsku jest {n}, a szkoła obchodzi w tym roku pięćdziesięciolecie.",
            "W 1863 roku {n} dowodził oddziałem powstańczym w Górach Świętokrzyskich.",
            "Copyright © {n}, 2017. Wszelkie prawa zastrzeżone. Wydanie pierwsze, Kraków.",
        ],
    ),
    "cs_CZ": (
        [
            "Náš nový zaměstnanec {n} ještě nedostal výplatu za březen; připrav mu prosím omluvný e-mail a navrhni termín doplacení.",
            "Poznámky z úterního hovoru: {n} — chce splátkový kalendář, volat až po čtvrté, dluží za dva měsíce.",
            "Shrň mi stížnost, kterou včera poslala {n} kvůli nevrácené záloze 15 000 Kč za zájezd do Chorvatska.",
            "Zavolej prosím zítra ráno do ordinace kvůli výsledkům krve; pacientka {n} na ně čeká už dva týdny.",
        ],
        [
            "Obsazení inscenace Národního divadla: hlavní roli hraje {n}, režie a scénografie budou oznámeny později.",
            "{n}: Dějiny Moravy v raném novověku. Brno: Host, 2011, s. 88–104.",
            "Ve finále mistrovství republiky porazila {n} svou soupeřku ve dvou setech 6:3, 7:5.",
        ],
    ),
    "ru_RU": (
        [
            "Наш арендатор {n} снова просрочил оплату за квартиру на 35 000 рублей — составь ему вежливое, но твёрдое письмо.",
            "Кто едет на дачу в субботу: мама, Лёша, {n} и соседи с третьего этажа — не забудь таблетки от давления.",
            "Кратко перескажи жалобу, которую прислала пациентка {n}, на отмену её операции в городской больнице.",
            "Подпись для письма в управляющую компанию: «С уважением, {n}, кв. 14, ул. Садовая».",
        ],
        [
            "Владелец этого тульского самовара (около 1870 г.) — купец первой гильдии {n}, подаривший его городскому музею.",
            "Депутат Государственной думы {n} заявил журналистам, что законопроект о тарифах ЖКХ будет пересмотрен.",
            "Главный герой романа, {n}, — молодой следователь из Казани, расследующий пропажу старинной иконы.",
        ],
    ),
    "uk_UA": (
        [
            "Склади ввічливу відповідь: наша орендарка {n} просить відстрочити оплату за квітень до двадцятого числа.",
            "{n} — просить дзвонити лише після шостої, хоче знижку на ремонт, живе на Оболоні.",
            "Підсумуй скаргу пацієнта: {n} уже втретє не може записатися до ендокринолога в районній поліклініці.",
            "Заплануй зустріч у вівторок: бухгалтерка, Оксана, я та {n}, щоб обговорити борг у 12 000 гривень.",
        ],
        [
            "Сквер біля школи тепер носить ім'я поетеси — {n} — за рішенням Київської міської ради.",
            "«Мова — це не лише слова, це пам'ять цілого народу». — {n}",
            "У 1918 році {n} очолював українську делегацію на мирних переговорах у Бресті.",
        ],
    ),
    "el_GR": (
        [
            "Ο λογιστής μας {n} ζητά τα παραστατικά του 2023 μέχρι την Παρασκευή· γράψε του μια ευγενική απάντηση ότι θα τα στείλω τη Δευτέρα.",
            "Σημειώσεις Τετάρτης: {n} — θέλει προσφορά για τα κουφώματα, καλύτερα απογεύματα, μένει στην Καλαμαριά.",
            "Συνόψισε την καταγγελία που έστειλε χθες {n} για τη χρέωση των 180 ευρώ στον λογαριασμό ρεύματος.",
            "Θύμισέ μου να τηλεφωνήσω στον γιατρό για τις εξετάσεις αίματος· ο ασθενής είναι ο {n}, γεννημένος το 1958.",
        ],
        [
            "Λάδι σε μουσαμά, 1898. Δημιουργός: {n}. Δωρεά στην Εθνική Πινακοθήκη από την οικογένεια του καλλιτέχνη.",
            "{n} (2009). Η ελαιοκαλλιέργεια στην Κρήτη κατά την Οθωμανική περίοδο. Ηράκλειο: Πανεπιστημιακές Εκδόσεις Κρήτης.",
            "Στον τελικό των 400 μέτρων του Πανελληνίου Πρωταθλήματος Στίβου, την πρώτη θέση κατέλαβε {n} με χρόνο 45,80.",
        ],
    ),
    "tr_TR": (
        [
            "Kiracımız {n} bu ay da kirayı geç yatırdı; ona kibar ama net bir hatırlatma mesajı yazar mısın?",
            "Cumartesi kahvaltısına gelecekler: annem, Zeynep, {n} ve üst kattaki komşular; glutensiz ekmek almayı unutma.",
            "Hasta {n} için yarın saat 14.00'e kardiyoloji randevusu ayarlanması gerekiyor, lütfen bir hatırlatma oluştur.",
            "Aşağıdaki şikayeti özetle; gönderen kişi {n}, Kadıköy şubesinde hesabından izinsiz 4.500 TL çekildiğini söylüyor.",
        ],
        [
            "Milletvekili {n}, Meclis'te yaptığı konuşmada asgari ücretin yeniden düzenlenmesi gerektiğini söyledi.",
            "Oyuncu kadrosu: başrolde {n}, yan rollerde ise Devlet Tiyatroları'nın genç oyuncuları yer alıyor.",
            "{n} Anadolu Lisesi, bu yıl Bursa'da düzenlenen bilim olimpiyatında birincilik kazandı.",
        ],
    ),
    "ar_AA": (
        [
            "اكتب رسالة اعتذار مهذبة إلى زميلي في العمل {n} لأنني لم أحضر اجتماع الأحد بسبب مرض ابني.",
            "ملاحظات اجتماع الثلاثاء: {n} — يريد تقسيط المبلغ على ثلاثة أشهر، ويفضّل التواصل بعد الظهر.",
            "لخّص لي الشكوى التي أرسلها {n} عن خصم ٨٠٠ درهم من راتبه دون أي إشعار مسبق.",
            "أرجو تحديد موعد للمراجعة في العيادة يوم الخميس، فالمريضة {n} تحتاج إلى تحليل سكر الدم قبل تعديل الجرعة.",
        ],
        [
            "في عام ١٩١٩ شارك {n} في قيادة الاحتجاجات الشعبية ضد الاحتلال البريطاني في القاهرة.",
            "{n}، تاريخ الموانئ في الخليج العربي، الطبعة الثانية، بيروت: دار الساقي، ٢٠٠٥، ص ٧٣.",
            "«العلم نورٌ يضيء الطريق لمن يسعى إليه بصبر.» — {n}، من خطبة في جامعة دمشق",
        ],
    ),
    "fa_IR": (
        [
            "لطفاً یک پاسخ مؤدبانه برای صاحبخانه‌ام {n} بنویس که اجاره‌ی این ماه را تا پنجشنبه واریز می‌کنم.",
            "یادداشت‌های جلسه‌ی سه‌شنبه: {n} — می‌خواهد قسط‌ها را دو ماهه کند، بعدازظهرها در دسترس است.",
            "خلاصه‌ی شکایتی که {n} درباره‌ی کسر ۲ میلیون تومان از حقوقش فرستاده را برای مدیر منابع انسانی آماده کن.",
            "به منشی مطب بگو که بیمار {n} فردا ساعت ده برای آزمایش قند خون می‌آید.",
        ],
        [
            "در این رمان، {n} معلمی جوان است که در دهه‌ی چهل به روستایی دورافتاده در کردستان فرستاده می‌شود.",
            "© ۱۴۰۱ {n}. کلیه‌ی حقوق این اثر محفوظ است و هرگونه تکثیر بدون اجازه‌ی کتبی ممنوع است.",
            "کتابفروشی ما در خیابان {n} شیراز است؛ این خیابان به نام شاعری از قرن هشتم نام‌گذاری شده است.",
        ],
    ),
    "he_IL": (
        [
            "תנסח בבקשה תשובה מנומסת לשוכר שלנו, {n}, לגבי התיקון של דוד המים ביום ראשון.",
            "{n} — רוצה לפצל את התשלום לשלושה, זמין רק אחרי הצהריים, גר ברמת גן.",
            "תסכם לי את התלונה שהגיש המטופל {n} על ההמתנה הארוכה בחדר המיון בשבוע שעבר.",
            "תקבע לי פגישה עם {n} ממחלקת השכר, היא חוזרת מחופשת לידה בחודש הבא.",
        ],
        [
            "בגמר גביע המדינה כבש {n} שני שערים והוביל את מכבי חיפה לניצחון 3:1.",
            "חבר הכנסת {n} אמר הבוקר בראיון לרדיו כי הממשלה תציג את תקציב המדינה עד סוף החודש.",
            "שמן על בד, 1948. האמן: {n}. מתוך אוסף מוזיאון תל אביב לאמנות, תרומת משפחת האמן.",
        ],
    ),
    "hi_IN": (
        [
            "हमारे किरायेदार {n} को एक विनम्र संदेश लिखो कि पानी की टंकी की मरम्मत शनिवार को होगी।",
            "मंगलवार की बैठक के नोट्स: {n} — किस्तों में भुगतान करना चाहते हैं, शाम को फ़ोन करना बेहतर रहेगा।",
            "कृपया उस शिकायत का सार बनाओ जो {n} ने पिछले हफ़्ते ₹4,200 के गलत बिजली बिल के बारे में भेजी थी।",
            "कल सुबह {n} को फ़ोन करके याद दिलाना कि उनकी बीमा पॉलिसी की ₹12,000 की किस्त इसी महीने जमा करनी है।",
        ],
        [
            "इस उपन्यास में {n} एक ईमानदार पुलिस अधिकारी है जो बनारस में एक पुराने हत्याकांड की जाँच करता है।",
            "सन् 1857 के विद्रोह में {n} ने अवध के कई गाँवों में अंग्रेज़ों के विरुद्ध लोगों को संगठित किया।",
            "“शिक्षा वह दीपक है जो पूरे गाँव को रोशन करता है।” — {n}, एक सभा में दिए गए भाषण से",
        ],
    ),
    "en_IN": (
        [
            "Kindly draft a reply to our society secretary {n} regarding the pending maintenance charges of ₹6,500 for the Koramangala flat.",
            "Please prepone the meeting with {n} to Thursday, he is going to his native place for the Pongal holidays.",
            "Points from today's call: {n} — wants EMI restructured, available only after 6 pm, will send documents by courier.",
            "Summarise the below complaint for the branch manager; the customer's mother was admitted in hospital and it was raised by {n} yesterday itself.",
        ],
        [
            "Copyright © 2016 {n}. First published in India by Westland Books, Chennai. All rights reserved.",
            "In the Ranji Trophy final at Nagpur, {n} scored a brilliant 143 to give Vidarbha a commanding first-innings lead.",
            "Starring {n} in the lead role, the Malayalam thriller also features a supporting cast of debutants from Kochi.",
        ],
    ),
    "zh_CN": (
        [
            "帮我给孩子的钢琴老师{n}写一条消息，说这个月的学费三千五百元周五转账。",
            "周五聚餐名单：小王、{n}、财务部的两位同事和我，地点在望京那家湘菜馆。",
            "请总结一下{n}昨天发来的投诉，内容是物业多收了他八百元停车费的问题。",
            "明天上午打电话给{n}，告诉她体检报告出来了，肝功能指标有点偏高。",
        ],
        [
            "{n}于1911年参加武昌起义，后来在南京临时政府担任要职。",
            "清代青花瓷瓶，景德镇窑，原为收藏家{n}旧藏，1956年捐赠本馆。",
            "{n}：《江南市镇的经济变迁》，北京：中华书局，2003年，第45—67页。",
        ],
    ),
    "ja_JP": (
        [
            "入居者の{n}さんに、来週の水道工事の日程を知らせる丁寧なメールを作成してください。",
            "火曜日のメモ：{n}——見積もりは二回払い希望、午後なら連絡可、横浜在住。",
            "先月の未払い分三万二千円について、{n}様からお問い合わせがありました。返信の下書きをお願いします。",
            "内科の担当医に伝えてください：血液検査の再検査を受けるのは{n}で、月曜の午前中を希望しています。",
        ],
        [
            "この小説の主人公{n}は、戦後の大阪で小さな古書店を営む元新聞記者である。",
            "© {n} 2020 無断転載・複製を禁じます。本書の内容の一部または全部を許可なく使用することはできません。",
            "全日本柔道選手権の決勝で、{n}が一本勝ちを収め、初優勝を果たした。",
        ],
    ),
    "ko_KR": (
        [
            "집주인 {n} 씨에게 보일러 수리비 30만 원을 다음 달 월세에서 빼 달라고 정중하게 요청하는 문자를 써 줘.",
            "화요일 메모: {n} — 계약금 분할 원함, 오후 통화 선호, 분당 거주.",
            "{n} 님이 어제 보낸 민원을 요약해 줘. 관리비가 두 달 연속 15만 원씩 더 청구됐다는 내용이야.",
            "다음 주 목요일에 팀장님, 지은 씨, 그리고 {n} 씨와 연봉 협상 미팅을 잡아 줘.",
        ],
        [
            "출연: {n} (주인공 형사 역) 외 다수, 연출 및 각본은 추후 공개 예정.",
            "{n} 의원은 오늘 국회 본회의에서 전세 사기 피해자 지원 법안의 조속한 통과를 촉구했다.",
            "“배움에는 끝이 없고, 나눔에는 경계가 없다.” — {n}, 졸업식 축사 중에서",
        ],
    ),
    "vi_VN": (
        [
            "Soạn giúp tôi một tin nhắn lịch sự gửi khách thuê phòng {n}, nhắc tiền nhà tháng này là 4,5 triệu đồng.",
            "Ghi chú cuộc gọi thứ Ba: {n} — muốn trả góp, chỉ rảnh buổi chiều, nhà ở quận Bình Thạnh.",
            "Bệnh nhân {n} cần tái khám huyết áp vào sáng thứ Năm, hãy nhắc tôi gọi cho gia đình.",
            "Tóm tắt giúp tôi đơn khiếu nại mà {n} gửi hôm qua về việc ngân hàng trừ nhầm phí thường niên.",
        ],
        [
            "Quán phở nằm ngay đầu đường {n}, một con phố mang tên vị tướng thời Trần ở trung tâm Hà Nội.",
            "Năm 1930, {n} tham gia thành lập chi bộ đầu tiên ở Nghệ An và sau đó bị thực dân Pháp bắt giam.",
            "{n} (2012), Lịch sử thương cảng Hội An thế kỷ XVII, Nhà xuất bản Khoa học Xã hội, Hà Nội.",
        ],
    ),
    "id_ID": (
        [
            "Tolong buatkan pesan sopan untuk guru les anak saya, {n}, bahwa biaya bulan ini sebesar Rp350.000 akan saya transfer Jumat.",
            "Daftar tamu arisan hari Minggu: Bu Rina, tetangga sebelah, {n}, dan dua teman kantor suami saya.",
            "Tolong jadwalkan pertemuan dengan {n} dari bagian keuangan hari Senin untuk membahas cicilan KPR-nya yang macet.",
            "Ringkaskan keluhan yang dikirim {n} kemarin tentang gaji bulan lalu yang dipotong tanpa pemberitahuan dari HRD.",
        ],
        [
            "Anggota DPR {n} menyatakan dalam konferensi pers di Senayan bahwa revisi undang-undang itu akan dibahas bulan depan.",
            "Di final Indonesia Open, {n} menang dua gim langsung 21-17, 21-15 di Istora Senayan.",
            "Penghargaan {n} untuk penulis muda tahun ini diberikan kepada seorang penyair asal Makassar.",
        ],
    ),
    "yo_NG": (
        [
            "Jọ̀wọ́ kọ ìdáhùn tó bọ̀wọ̀ fúnni sí ayálégbé wa {n} nípa owó ilé ₦250,000 tí kò tíì san.",
            "Àkọsílẹ̀ ìpàdé Ọjọ́rú: {n} — fẹ́ san owó náà díẹ̀díẹ̀, ó fẹ́ràn kí a pè é ní ọ̀sán.",
            "Jọ̀wọ́ ṣètò ìpàdé pẹ̀lú {n} láti ẹ̀ka ìṣirò owó ní ọjọ́ Ajé, ó ń padà bọ̀ láti ìsinmi ìbímọ.",
            "Ṣe àkópọ̀ ẹ̀sùn tí {n} fi ránṣẹ́ lánàá nípa iná mànàmáná tí kò sí ní ilé rẹ̀ ní Ìbàdàn fún ọ̀sẹ̀ méjì.",
        ],
        [
            "Ní ọdún 1892, {n} darí àwọn jagunjagun Ìjẹ̀bú láti dojú kọ àwọn ọmọ ogun Gẹ̀ẹ́sì.",
            "“Ẹ̀kọ́ ni ìmọ́lẹ̀ tó ń tàn sí ọ̀nà ọjọ́ iwájú wa.” — {n}, nínú ọ̀rọ̀ rẹ̀ ní Yunifásítì Ìbàdàn",
            "Wọ́n sọ Ilé-ẹ̀kọ́ Girama {n} ní Abẹ́òkúta ní orúkọ olùkọ́ tó dá a sílẹ̀ ní ọdún 1952.",
        ],
    ),
    "ig_NG": (
        [
            "Biko dee ozi dị nsọpụrụ nye {n}, onye na-elekọta ụmụ m, na m ga-akwụ ya ụgwọ ọnwa a na Fraịde.",
            "Ndetu nzukọ Tuzdee: {n} — chọrọ ịkwụ ụgwọ ahụ ugboro abụọ, ọ na-ahọrọ ka a kpọọ ya n'ehihie.",
            "Kpọọ {n} echi n'ụtụtụ, gwa ya na ọgwụ ọbara mgbali elu ya adịla njikere n'ụlọ ahịa ọgwụ.",
            "Chịkọta mkpesa {n} zitere ụnyahụ banyere ọkụ eletrik na-adịghị n'ụlọ ya dị n'Enugu izu abụọ.",
        ],
        [
            "{n} (1998). Akụkọ Ihe Mere Eme n'Ala Igbo. Enugu: Fourth Dimension Publishers.",
            "N'akwụkwọ akụkọ a, {n} bụ nwa okorobịa si Onitsha nke na-achọ nna ya furu efu.",
            "Ihe a a pịrị n'osisi bụ ọrụ {n}, onye ọkpụ ihe si Awka, n'afọ 1935; ọ dị ugbu a n'ụlọ ngosi ihe mgbe ochie nke Enugu.",
        ],
    ),
    "ha_NG": (
        [
            "Don Allah ka rubuta amsa mai ladabi ga mai hayar gidanmu {n} game da gyaran famfo a ranar Asabar.",
            "Bayanan taron Talata: {n} — yana so a raba kuɗin gida biyu, ya fi son a kira shi da rana.",
            "Ka tunatar da ni in kira {n} gobe da safe, saboda ta ce maganin hawan jininta ya ƙare.",
            "Ka taƙaita ƙorafin da {n} ya aiko jiya game da cire naira dubu hamsin daga asusunsa ba tare da izini ba.",
        ],
        [
            "Sanata {n} ya shaida wa manema labarai a Abuja cewa za a kammala titin Kano zuwa Maiduguri kafin ƙarshen shekara.",
            "Shagonmu yana kan titin {n} a Kaduna, titin da aka sanya wa sunan tsohon malamin makaranta.",
            "A wasan ƙarshe na gasar ƙwallon ƙafa, {n} ya ci ƙwallaye biyu, Kano Pillars ta doke Enyimba da ci 2-1.",
        ],
    ),
    "sw": (
        [
            "Tafadhali niandikie jibu la heshima kwa mpangaji wetu {n} kuhusu kodi ya shilingi 450,000 ambayo bado haijalipwa.",
            "Orodha ya wageni wa harusi: Amina, majirani wa ghorofa ya pili, {n} na wafanyakazi wenzangu wawili.",
            "Nisaidie kupanga kikao na {n} wa idara ya uhasibu; anarudi kazini baada ya likizo ya uzazi mwezi ujao.",
            "Muhtasari wa malalamiko: {n} analalamika kwamba umeme ulikatwa nyumbani kwake Sinza kwa siku tano bila taarifa.",
        ],
        [
            "Mnamo mwaka 1905, {n} aliongoza wapiganaji wa Maji Maji dhidi ya utawala wa Kijerumani kusini mwa Tanganyika.",
            "“Elimu ni ufunguo wa maisha, lakini bidii ndiyo mkono unaofungua mlango.” — {n}",
            "Waigizaji: {n} kama Mzee Juma, pamoja na kundi la vijana kutoka Chuo cha Sanaa Bagamoyo.",
        ],
    ),
}


# Round 9: written by a sixth writer who had read nothing of the repository
# nor any earlier sentence, four personal and three public sentences per
# locale; the holdout until it was measured (0.554/0.719, then 0.746/0.746
# with its other people labelled); tune since round 10.
SEEN_9 = {
    "en_US": (
        [  # 4 personal sentences
            "Can you help me write a polite text to {n} reminding them they still owe me $240 for the concert tickets I bought in March?",
            "{n}, my upstairs neighbor, keeps running the washing machine after midnight — how do I bring it up without starting a feud?",
            "Notes from Tuesday's PTA call: {n} volunteered to run the bake sale, and Marcus will handle the sign-up sheet for the field trip.",
            "Please draft a short reference letter for {n}, who babysat our two kids every weekday afternoon for the past three years.",
        ],
        [  # 3 public sentences
            "{n} founded the settlement along the river in 1782 and served as its first magistrate until his death in 1809.",
            "At Thursday's press conference, Senator {n} said the infrastructure bill would reach the floor before the August recess.",
            "{n} sank a three-pointer with four seconds left, sealing a 98–95 win for Denver in Game 6 of the conference finals.",
        ],
    ),
    "en_GB": (
        [
            "Subject: Boiler still broken at Flat 3 — Hi {n}, it's been eleven days since I first reported this, could you please send someone round?",
            "Reminder for myself: ring the surgery to move {n}'s physio appointment from Friday to the following Monday morning.",
            "Could you tidy up this message? 'Hiya, it's Jo — {n} said you'd lend us the gazebo for Saturday's party, is that still alright?'",
            "Attendees: Priya Shah, {n}, Tom Whitfield. Actions: book the venue for the leaving do and collect money for Sarah's card.",
        ],
        [
            "In her 2019 study of Victorian workhouses, {n} argues that parish records have been badly misread by earlier historians (Oxford University Press, p. 214).",
            "'The sea does not forgive carelessness,' as {n} wrote in the introduction to the celebrated memoir of the Atlantic convoys.",
            "In the third series, Detective Inspector {n} finally uncovers who framed her brother, and viewers were glued to their screens.",
        ],
    ),
    "ga_IE": (
        [
            "An féidir leat cabhrú liom ríomhphost a scríobh chuig {n} faoin gcíos atá dlite ón mhí seo caite?",
            "Tá {n}, mo chomharsa béal dorais, tar éis a charr a pháirceáil os comhair mo gheata arís; conas a labhróidh mé leis faoi gan achrann a tharraingt?",
            "Nótaí ón gcruinniú tuismitheoirí: beidh {n} ag eagrú an díolacháin cácaí, agus tabharfaidh Siobhán lámh chúnta.",
            "Ainm: {n}; Seoladh: 14 Bóthar na Trá, Gaillimh; Coinne fiaclóra: Dé Máirt ag 10:30.",
        ],
        [
            "Beidh {n} ag seinm ar an bhfidil ag an gceolchoirm sa Cheoláras Náisiúnta Dé Sathairn, in éineacht le Ceolfhoireann Shiansach RTÉ.",
            "{n} (1821–1889), tírghráthóir agus file. Tógadh an leacht cuimhneacháin seo ar fhaiche an bhaile sa bhliain 1932.",
            "Osclaíodh Scoil Náisiúnta {n} i mBaile Átha Luain sa bhliain 1965, agus bíonn breis is trí chéad dalta ag freastal uirthi anois.",
        ],
    ),
    "es_ES": (
        [
            "Hola, ¿me ayudas a redactar un mensaje para {n}? Me debe 150 euros de la cena de cumpleaños y no sé cómo pedírselo sin quedar mal.",
            "Apuntes de la reunión de vecinos: {n} (3.º B) se queja otra vez de las humedades y pide que el administrador venga esta semana.",
            "Hola {n}, te escribo para confirmar que el lunes recojo yo a los niños del colegio porque tengo la tarde libre.",
            "{n}, que le limpia la casa a mi suegra, lleva dos semanas sin aparecer; ¿cómo le escribo un mensaje sin sonar borde?",
        ],
        [
            "© 2021 {n}. Todos los derechos reservados. Queda prohibida la reproducción total o parcial de esta obra sin autorización expresa.",
            "El teorema de {n}, demostrado en 1934, establece una cota superior para el número de soluciones enteras de ciertas ecuaciones diofánticas.",
            "La cadena de supermercados fundada por {n} en Valencia anunció ayer la apertura de cuarenta nuevas tiendas en Portugal durante el próximo año.",
        ],
    ),
    "pt_BR": (
        [
            "Me ajuda a escrever uma mensagem educada para {n} avisando que o aluguel de junho ainda não caiu na minha conta?",
            "Lista de presença da reunião de pais do 5º ano: Juliana Costa, {n}, Ricardo Mendes e Patrícia Lopes.",
            "Emprestei meu carro para {n} há três semanas e até agora nada de devolver. Como cobro sem criar briga na família?",
            "Assunto: Pedido 48213 não entregue — Olá, aqui é {n}, comprei uma geladeira no dia 3 e o rastreio continua parado em Campinas.",
        ],
        [
            "{n} nasceu em Ouro Preto em 1748 e participou da Inconfidência Mineira, sendo preso pela Coroa portuguesa em 1789.",
            "O ministro {n} afirmou nesta terça-feira, em Brasília, que o governo não pretende aumentar o imposto sobre combustíveis neste semestre.",
            "Com dois gols de {n} no segundo tempo, o Fortaleza venceu o Grêmio por 2 a 1 e subiu para a quarta posição do Brasileirão.",
        ],
    ),
    "fr_FR": (
        [
            "Peux-tu m'aider à rédiger un message à {n} pour lui rappeler qu'il reste 80 € à rembourser pour le week-end à Annecy ?",
            "Bonjour {n}, suite à notre échange d'hier, je vous confirme que l'état des lieux de sortie aura lieu samedi à 10 h.",
            "À faire : appeler le cabinet pour le rendez-vous de {n}, acheter les fournitures scolaires, rapporter le colis à la poste.",
            "Mot pour la maîtresse : merci d'excuser l'absence de {n} vendredi, nous serons à un enterrement en Bretagne.",
        ],
        [
            "Dans son essai paru chez Gallimard en 2017, {n} revient sur les grèves de 1936 avec une précision d'archiviste remarquable.",
            "« La mémoire est un jardin qu'il faut désherber chaque matin », écrivait {n} dans ses carnets publiés après sa mort.",
            "Dans le roman, {n} quitte Lyon pour Marseille après la faillite de son père et tombe sous l'influence d'un armateur sans scrupules.",
        ],
    ),
    "it_IT": (
        [
            "Ciao, mi aiuti a scrivere un messaggio a {n}? Mi deve ancora 300 euro per la caparra della casa al mare e non risponde più.",
            "Verbale riunione condominiale: {n}, interno 7, segnala infiltrazioni dal tetto e chiede l'intervento urgente dell'amministratore.",
            "{n} ha il controllo dal cardiologo il 12 ottobre alle 9:15, ricordami di prenotare il taxi e di portare gli esami del sangue.",
            "Correggi questa mail per la maestra: 'Buongiorno, vorrei chiedere un colloquio per parlare dei compiti di matematica. Cordiali saluti, {n}'",
        ],
        [
            "Stasera al Teatro Regio di Parma {n} dirigerà l'orchestra nella Traviata, in un nuovo allestimento ambientato negli anni Cinquanta.",
            "Busto in marmo di {n} (1802–1871), patriota e senatore del Regno; dono della famiglia al museo civico nel 1925.",
            "La nave scuola intitolata a {n} è salpata ieri da La Spezia per una crociera di addestramento di tre mesi nel Mediterraneo.",
        ],
    ),
    "de_DE": (
        [
            "Kannst du mir helfen, {n} höflich daran zu erinnern, dass die Nebenkostenabrechnung für unsere Wohnung seit zwei Monaten überfällig ist?",
            "Hallo zusammen, {n} aus der 3b hat seit Montag Windpocken, bitte achtet bei euren Kindern auf Ausschlag.",
            "Seit Wochen stellt {n} aus dem Erdgeschoss die Mülltonnen vor unsere Einfahrt – wie spreche ich das an, ohne dass es eskaliert?",
            "Anmeldung Schwimmkurs – Kind: {n}; Alter: 7; Notfallkontakt: Mutter, 0171 2345678; Allergien: keine.",
        ],
        [
            "Copyright © 2018–2024 {n}. Lizenziert unter der MIT-Lizenz; siehe die Datei LICENSE für weitere Einzelheiten.",
            "1911 wies {n} an der Universität Göttingen erstmals nach, dass sich bestimmte Kristalle unter mechanischem Druck elektrisch aufladen.",
            "Das von {n} 1998 in einer Garage in Stuttgart gegründete Softwareunternehmen steht laut Insidern kurz vor dem Börsengang.",
        ],
    ),
    "nl_NL": (
        [
            "Kun je een nette mail schrijven naar {n}? Ik heb de tweedehands fiets twee weken geleden al betaald maar nog steeds niets ontvangen.",
            "Agenda ouderavond groep 6: 19:30 welkom, 19:45 gesprek met {n} over de schoolreis, 20:15 rondvraag.",
            "{n} heeft vorige maand 450 euro van me geleend voor de verhuizing en reageert nu niet meer op mijn appjes.",
            "Wil je deze tekst verbeteren? 'Beste buren, zaterdag geven we een verjaardagsfeest, sorry alvast voor de herrie. Groetjes, {n}'",
        ],
        [
            "{n} regeerde van 1584 tot 1625 als stadhouder en liet in die periode de vestingwerken van Breda grotendeels herbouwen.",
            "Minister {n} moest woensdag in de Tweede Kamer uitleg geven over de vertraagde compensatieregeling voor gedupeerde ouders.",
            "{n} won zondag de tijdrit in de Vuelta met elf seconden voorsprong en pakte daarmee ook de rode leiderstrui.",
        ],
    ),
    "sv_SE": (
        [
            "Hej! Kan du hjälpa mig skriva ett sms till {n} om att hen fortfarande är skyldig mig 600 kronor för konsertbiljetterna?",
            "CRM-anteckning 12/3: {n} ringde om fakturan, vill byta till månadsbetalning; återkoppla senast fredag.",
            "Ärende: Fuktskada i badrummet, lgh 1102. Hej {n}, jag skrev till dig redan i maj men ingen har varit här och tittat.",
            "{n}, min granne på tredje våningen, spelar hög musik varje natt efter klockan ett – hur tar jag upp det utan att bråka?",
        ],
        [
            "{n} (2020). Klimat och migration i Norrland 1850–1900. Stockholm: Natur & Kultur. 312 s.",
            "”Den som inte kan skratta åt sig själv har tappat bort något viktigt”, sa {n} en gång i en radiointervju från 1974.",
            "I romanen flyttar kommissarie {n} tillbaka till Ystad och tvingas utreda ett mord på sin gamla skola.",
        ],
    ),
    "pl_PL": (
        [
            "Pomóż mi napisać grzeczną wiadomość. Adresat: {n}, mieszkanie nr 12 piętro wyżej; od tygodnia cieknie nam woda z sufitu w łazience.",
            "{n} wciąż nie oddaje mi 800 złotych pożyczonych na wakacje i nie odbiera telefonu. Jak to załatwić bez kłótni?",
            "Lista dyżurów rodziców na festyn: sobota – Anna Wiśniewska, {n}; niedziela – Tomasz Zieliński i Marta Kaczmarek.",
            "Dzień dobry, nazywam się {n} i od 10 dni czekam na zwrot pieniędzy za reklamowaną pralkę, numer zamówienia 77120.",
        ],
        [
            "W sobotę w Filharmonii Narodowej recital fortepianowy zagra {n}; bilety są jeszcze dostępne w kasie i przez internet.",
            "{n} (1794–1863), uczestnik powstania styczniowego. Portret olejny, dar rodziny dla Muzeum Narodowego w Krakowie, 1931.",
            "Nowy statek badawczy „{n}” zwodowano wczoraj w Gdańsku; jednostka będzie prowadzić pomiary na Morzu Bałtyckim.",
        ],
    ),
    "cs_CZ": (
        [
            "Pomoz mi napsat stížnost majiteli bytu (jmenuje se {n}) – od listopadu nám nefunguje topení a nikdo nereaguje.",
            "{n} mi pořád dluží 2 000 korun za lístky na festival a na zprávy už týden neodpovídá.",
            "Zápis ze schůzky SVJ: {n} (byt č. 4) navrhuje opravu střechy ještě letos, ostatní vlastníci chtějí počkat na jaro.",
            "Reklamace č. 2291 – jméno: {n}; zboží: myčka nádobí; závada: neteče voda; preferovaný termín technika: čtvrtek.",
        ],
        [
            "© {n}, 2016. Tento text je šířen pod licencí Creative Commons Uveďte původ – Zachovejte licenci 4.0.",
            "Objev, za kterým stojí {n}, umožnil v roce 1952 poprvé izolovat tento virus a otevřel cestu k vakcíně.",
            "Společnost Pekárny Morava, za jejímž vznikem stojí {n}, letos otevře dalších dvanáct prodejen v Brně a okolí.",
        ],
    ),
    "ru_RU": (
        [
            "Помоги составить письмо арендодателю — это {n} — о том, что кран на кухне течёт уже третью неделю.",
            "{n} уже два месяца не отдаёт мне 15 тысяч рублей и не отвечает на звонки. Как вежливо напомнить?",
            "Протокол родительского собрания 4«Б»: ответственные за выпускной — {n} и Ольга Петрова, сбор денег до 20 апреля.",
            "Исправь, пожалуйста, ошибки в записке: «Посылка для соседей из 45-й квартиры у меня, занесу вечером. {n}»",
        ],
        [
            "{n} (1672–1725) — основатель торговой слободы в устье реки, ставшей к концу века крупным портовым городом.",
            "Как сообщает пресс-служба, губернатор области {n} проведёт в четверг совещание по ликвидации последствий паводка.",
            "Итоги финала: первое место — {n} (Москва), 44,91; второе — Сергей Кузнецов (Казань), 45,20.",
        ],
    ),
    "uk_UA": (
        [
            "Орендодавець — {n}; треба попросити повернути заставу 8 000 гривень, бо ми виїхали з квартири ще 1 березня.",
            "{n} вже третій тиждень паркує машину прямо під нашим під'їздом і блокує вихід. Як поговорити без скандалу?",
            "Нагадування: у четвер о 16:00 — педіатр; пацієнт: {n}; взяти медичну картку й довідку зі школи.",
            "Учасники зустрічі ОСББ: Олена Ковальчук, {n}, Андрій Мельник. Рішення: перенести ремонт даху на травень.",
        ],
        [
            "У монографії «Козацькі літописи XVII століття» (Київ, 2015) {n} переконливо доводить, що частина документів є пізнішими підробками.",
            "«Мова — це пам'ять народу, і хто її забуває, той втрачає себе». — {n}, з промови 1991 року.",
            "У третьому сезоні серіалу детектив {n} нарешті з'ясовує, хто стоїть за зникненням міського голови.",
        ],
    ),
    "el_GR": (
        [
            "Ο ιδιοκτήτης του διαμερίσματος λέγεται {n}· βοήθησέ με να του γράψω ότι ο θερμοσίφωνας είναι χαλασμένος εδώ και δέκα μέρες.",
            "{n} μου χρωστάει ακόμα 200 ευρώ από τις διακοπές στη Νάξο και δεν απαντάει στα μηνύματά μου. Τι να κάνω;",
            "[21:14] {n}: Καλησπέρα, μπορείς να μου επιστρέψεις το τρυπάνι που σου δάνεισα τον Μάρτιο; Το χρειάζομαι αύριο.",
            "Όνομα: {n} | Διαμέρισμα: 5Β | Κοινόχρηστα Ιανουαρίου: 85 € | Κατάσταση: απλήρωτα μετά από δύο υπενθυμίσεις.",
        ],
        [
            "Πρωταγωνιστούν: {n}, Ελένη Μαυρίδου και Κώστας Αλεξίου. Η παράσταση ανεβαίνει στο Θέατρο Τέχνης από τις 12 Οκτωβρίου.",
            "{n} (1788–1826), αγωνιστής της Επανάστασης. Μαρμάρινη προτομή, δωρεά του δήμου Μεσολογγίου, 1930.",
            "Το νέο αμφιθέατρο του πανεπιστημίου, που φέρει το όνομα «{n}», εγκαινιάστηκε χθες παρουσία του πρύτανη.",
        ],
    ),
    "tr_TR": (
        [
            "{n} üç aydır kirayı geç ödüyor ve telefonlarıma dönmüyor; ev sahibi olarak nasıl resmi bir uyarı yazabilirim?",
            "Merhaba, ben {n}. 12 Mart'ta verdiğim sipariş hâlâ kargoya verilmedi, sipariş numaram 55821, yardımcı olur musunuz?",
            "Yapılacaklar: kombiciyi ara, {n} için doğum günü hediyesi al, pazartesiye kadar elektrik faturasını öde.",
            "Şu mesajı düzelt: 'Sevgili {n}, dün akşam yaşananlar için özür dilerim, borcumu ay sonunda kesinlikle ödeyeceğim.'",
        ],
        [
            "Telif hakkı © 2022 {n}. Bu yazılım Apache Lisansı 2.0 kapsamında dağıtılmaktadır; ayrıntılar için LICENSE dosyasına bakınız.",
            "{n}, 1956 yılında yaptığı deneylerle bazı bakterilerin yüksek sıcaklıkta da çoğalabildiğini ilk kez kanıtladı.",
            "{n} tarafından 2005'te İzmir'de kurulan e-ticaret şirketi, bu yıl Avrupa pazarına açılmayı planlıyor.",
        ],
    ),
    "ar_AA": (
        [
            "ساعدني في كتابة رسالة مهذبة إلى {n} بخصوص مبلغ الخمسمئة دينار الذي لم يُسدَّد منذ شهرين.",
            "ملاحظة: {n} في الشقة 7 — شكوى متكررة من الضوضاء بعد منتصف الليل، يجب التحدث مع مدير العمارة هذا الأسبوع.",
            "مجموعة الرحلة إلى العقبة: سارة الخطيب، {n}، محمد العلي، ليلى حداد — كل شخص يدفع 40 دينارًا قبل الخميس.",
            "الاسم: {n}؛ رقم الهاتف: 0791234567؛ الموعد: طبيب الأسنان يوم الأحد الساعة العاشرة صباحًا.",
        ],
        [
            "{n} (1135–1198): من أبرز علماء قرطبة، وما زالت مؤلفاته في الطب والفلسفة تُدرَّس حتى اليوم.",
            "صرّح وزير الخارجية {n} خلال مؤتمر صحفي في عمّان بأن المفاوضات ستُستأنف الأسبوع المقبل.",
            "سجّل {n} هدف الفوز في الدقيقة 89، ليقود فريقه إلى نهائي كأس الأندية العربية للمرة الأولى.",
        ],
    ),
    "fa_IR": (
        [
            "پیام کوتاهی برای {n} بنویس و بپرس آیا می‌تواند فردا ساعت پنج بچه‌ها را از مدرسه بیاورد؛ من جلسه دارم.",
            "{n} از طبقه‌ی بالا هر شب تا ساعت دو صبح مهمانی می‌گیرد؛ چطور بدون دعوا با او صحبت کنم؟",
            "یک توصیه‌نامه‌ی کوتاه بنویس برای {n} که سه سال پرستار مادربزرگم بود و حالا دنبال کار جدید است.",
            "موضوع: مرسوله‌ی دریافت‌نشده — سلام، من {n} هستم و بسته‌ام با کد رهگیری ۴۵۸۷۲ از ده روز پیش در انبار مانده است.",
        ],
        [
            "{n} در کتاب «تاریخ اجتماعی تهران در دوره‌ی قاجار» (نشر نی، ۱۳۹۵) تصویری تازه از زندگی روزمره‌ی مردم ارائه می‌دهد.",
            "«دانشی که به کار نیاید، چراغی است در روز روشن»؛ این جمله را اغلب به {n} نسبت می‌دهند.",
            "در این رمان، {n} معلمی جوان است که به روستایی دورافتاده در کردستان فرستاده می‌شود و زندگی‌اش دگرگون می‌شود.",
        ],
    ),
    "he_IL": (
        [
            "תוכל לעזור לי לנסח הודעה מנומסת אל {n}? עדיין לא הוחזרו לי 400 השקלים מהטיול לאילת.",
            "סיכום אסיפת הדיירים: {n} מדירה 9 — תלונה על רטיבות בתקרה; הוועד יזמין אינסטלטור עד יום ראשון.",
            "כבר שלושה שבועות הרכב של {n} חוסם את החניה שלי כל בוקר; איך לפנות בלי לריב?",
            "שם: {n}; טלפון: 052-1234567; תור: רופאת עור, יום ג׳ 09:30; הערה: להביא הפניה מהקופה.",
        ],
        [
            "בתערוכה החדשה במוזיאון תל אביב מוצגות עשרים עבודות שמן של {n} מתקופת שנות השישים.",
            "{n} (1880–1942), מחנך וסופר; הלוח הוצב על הבית שבו התגורר ברחוב הרצל בשנת 1995.",
            "רחוב {n} בחיפה ייסגר לתנועה ביום שישי בשל עבודות תשתית של חברת החשמל.",
        ],
    ),
    "hi_IN": (
        [
            "क्लास टीचर के लिए एक छोटा नोट लिख दीजिए कि बुख़ार के कारण {n} को कल स्कूल से छुट्टी चाहिए।",
            "{n} ने पिछले साल मुझसे 20,000 रुपये उधार लिए थे और अब फ़ोन भी नहीं उठाते, क्या करूँ?",
            "मेरे पड़ोसी {n} रोज़ अपनी गाड़ी मेरे गेट के सामने खड़ी कर देते हैं, उनसे बिना झगड़े के कैसे बात करूँ?",
            "नाम: {n}; मोबाइल: 98XXXXXX12; अपॉइंटमेंट: आँखों की जाँच, शुक्रवार सुबह 10 बजे; साथ में पुराना चश्मा लाएँ।",
        ],
        [
            "© 2020 {n}। सर्वाधिकार सुरक्षित। इस पुस्तक का कोई भी अंश लेखक की लिखित अनुमति के बिना प्रकाशित नहीं किया जा सकता।",
            "{n} ने 1928 में प्रकाश के प्रकीर्णन से जुड़ी एक नई घटना की खोज की, जिसके लिए उन्हें अंतरराष्ट्रीय सम्मान मिला।",
            "{n} द्वारा 2011 में बेंगलुरु में स्थापित फ़िनटेक कंपनी ने इस सप्ताह 300 करोड़ रुपये की नई फंडिंग जुटाई।",
        ],
    ),
    "en_IN": (
        [
            "Please draft a WhatsApp message to {n} reminding that the society maintenance of Rs 4,500 for the last quarter is still pending.",
            "Kindly do the needful: {n}'s refund for order no. 77341 has not been credited even after 15 working days.",
            "{n}, who has driven our children to school for the last six years, is moving back to Lucknow — please help me write a good reference.",
            "Tuition batch list for Class 10 maths: Aarav Mehta, Sneha Iyer, {n}, Rohit Nair — fees for October due by the 5th.",
        ],
        [
            "{n} ascended the throne in 1526 and ruled the Deccan kingdom until 1558, commissioning the stepwell that still stands near the old fort.",
            "Chief Minister {n} on Monday inaugurated the new metro line and announced free bus travel for women across the state from November.",
            "{n} struck an unbeaten 112 off 98 balls as India chased down 287 with three overs to spare in the second ODI at Pune.",
        ],
    ),
    "zh_CN": (
        [
            "帮我给{n}写一条微信，提醒一下上个月借的三千块钱该还了，语气委婉一点，别伤了和气。",
            "{n}是我楼上的邻居，每天半夜十二点以后还在拖椅子，我该怎么跟对方沟通才不会吵起来？",
            "家长会记录：{n}负责收春游的费用，李老师会在周五前把名单发到班级群里。",
            "姓名：{n}；电话：138****5621；预约项目：洗牙；时间：周三上午九点半；备注：对青霉素过敏。",
        ],
        [
            "{n}在《明代江南市镇研究》（中华书局，2016年）一书中，对丝绸贸易的兴衰做了细致的考证。",
            "“读书不是为了装点门面，而是为了看清自己。”——{n}在一次公开演讲中这样说道。",
            "在这部电视剧里，{n}是一名从乡下来到上海闯荡的年轻裁缝，最终开起了自己的服装店。",
        ],
    ),
    "ja_JP": (
        [
            "{n}さんに、先月立て替えた飲み会代の8千円をそろそろ返してほしいと、角が立たないように伝える文面を考えてください。",
            "義母から、{n}さんのお葬式に香典をいくら包むべきか聞かれました。近所付き合い程度の場合の相場を教えてください。",
            "件名：荷物が届きません　{n}と申します。3月2日に注文した商品が、追跡番号を見ても一週間止まったままです。",
            "隣の部屋の{n}さんが毎晩遅くまで大音量で音楽を流していて眠れません。管理会社に相談する前に直接話すべきでしょうか。",
        ],
        [
            "今夜の東京オペラシティでの公演では、{n}がピアノ協奏曲第1番を演奏し、指揮は若手の注目株が務める予定だ。",
            "{n}（1838〜1901）幕末から明治にかけて活躍した教育者。この銅像は生誕百年を記念して1938年に建立された。",
            "{n}賞は優れた若手建築家に毎年贈られる賞で、今年は福岡の図書館を手がけた設計事務所が受賞した。",
        ],
    ),
    "ko_KR": (
        [
            "{n} 씨에게 지난달 빌려준 50만 원 이야기를 어떻게 꺼내야 할지 모르겠어요. 기분 안 상하게 문자 좀 써 주세요.",
            "학부모 모임 회의록: 체험학습 회비는 {n} 님이 걷기로 했고, 버스 예약은 박지은 님이 담당합니다.",
            "임대인께: 안녕하세요, 302호 세입자 {n}입니다. 보일러가 일주일째 고장 나서 수리를 요청드립니다.",
            "주문번호 20240518-0132 | 받는 분: {n} | 상품: 전기밥솥 | 상태: 배송 지연, 문의 2회 접수",
        ],
        [
            "ⓒ 2023 {n}. 이 저작물은 크리에이티브 커먼즈 저작자표시 4.0 국제 라이선스에 따라 이용할 수 있습니다.",
            "{n} 박사는 1962년 벼의 병충해 저항성을 높이는 유전자를 처음 발견해 식량 증산에 크게 기여했다.",
            "2009년 {n} 대표가 판교에서 창업한 게임 회사가 올해 코스닥 상장을 추진한다고 밝혔다.",
        ],
    ),
    "vi_VN": (
        [
            "Giúp mình viết tin nhắn nhắc {n} trả lại 2 triệu đồng mượn hồi Tết, nhưng đừng để nghe như đang đòi nợ nhé.",
            "Việc cần làm tuần này: đóng tiền điện, đưa {n} đi khám răng thứ Năm, mua quà sinh nhật cho bé Na.",
            "Chào {n}, mình là người thuê phòng 204, vòi nước trong nhà tắm bị rò từ thứ Hai, nhờ anh chị cho thợ qua sửa giúp.",
            "{n}, hàng xóm nhà bên, tối nào cũng hát karaoke đến gần nửa đêm; mình nên nói chuyện thế nào cho khéo?",
        ],
        [
            "{n} lên ngôi năm 1428 và trị vì đến năm 1433, để lại nhiều cải cách quan trọng về ruộng đất.",
            "Bộ trưởng {n} cho biết tại phiên chất vấn sáng nay rằng giá điện sẽ không tăng trong quý tới.",
            "{n} ghi bàn ở phút bù giờ, giúp Hà Nội FC đánh bại Hải Phòng 2-1 trên sân Hàng Đẫy.",
        ],
    ),
    "id_ID": (
        [
            "Tolong bantu buat pesan sopan untuk {n}, soalnya uang arisan bulan lalu sebesar 500 ribu belum juga dibayar.",
            "Catatan rapat RT: {n} akan mengurus iuran kebersihan, sedangkan Pak Budi mengecek lampu jalan yang mati.",
            "Halo kak, saya {n}, paket saya dengan nomor resi JP1234567 sudah seminggu tertahan di gudang Bekasi, mohon dibantu.",
            "Daftar penjemput anak hari Sabtu: Rina Wulandari, {n}, dan Agus Setiawan — mohon datang sebelum jam 11.",
        ],
        [
            "Dalam bukunya yang terbit tahun 2018, {n} menelusuri sejarah perdagangan rempah di Maluku sejak abad ke-16.",
            "“Bangsa yang besar adalah bangsa yang tidak melupakan gurunya,” demikian kata {n} dalam pidatonya di Yogyakarta.",
            "Dalam film itu, {n} adalah seorang nelayan muda dari Makassar yang bermimpi menjadi pelaut di kapal pesiar.",
        ],
    ),
    "yo_NG": (
        [
            "Jọ̀wọ́ bá mi kọ lẹ́tà ìdúpẹ́ sí {n}, tó tọ́jú màmá mi nígbà tí ara rẹ̀ kò yá ní oṣù tó kọjá.",
            "{n} ṣì jẹ mí ní ẹgbẹ̀rún mẹ́wàá náírà láti oṣù kẹta, kò sì gbé fóònù mi mọ́.",
            "Àkọsílẹ̀ ìpàdé àwọn òbí: {n} ni yóò gba owó ìrìn-àjò, Ìyá Túnjí yóò sì bá awakọ̀ sọ̀rọ̀.",
            "Ayálégbé: {n}; Yàrá: 4B; Owó ilé tí ó kù: ₦150,000; Ìgbà ìkẹyìn tí ó sanwó: Oṣù Kejì.",
        ],
        [
            "{n} yóò kọrin níbi eré orin ńlá ní Eko Hotel ní alẹ́ Ọjọ́ Sátidé, pẹ̀lú ẹgbẹ́ onílù rẹ̀.",
            "Ère yìí ni a gbé kalẹ̀ ní ọdún 1960 láti ṣe ìrántí {n} (1840–1893), akọni ogun tó dáàbò bo ìlú Ìbàdàn.",
            "Ilé-ìwé gíga {n} ní Abẹ́òkúta ni wọ́n dá sílẹ̀ ní ọdún 1978, ó sì ti kọ́ ẹgbẹẹgbẹ̀rún akẹ́kọ̀ọ́.",
        ],
    ),
    "ig_NG": (
        [
            "Biko nyere m aka dee ozi nye {n} banyere ego ụlọ ọnwa gara aga a na-akwụbeghị.",
            "{n} ka ji m puku naira iri na ise kemgbe ọnwa atọ, ma ọ naghị aza ekwentị m ọzọ.",
            "Isiokwu: Ngwongwo erubeghị — Ndewo, abụ m {n}; akpa m zụrụ n'izu gara aga erubeghị m aka ruo taa.",
            "Aha: {n}; Nọmba ekwentị: 08061234567; Oge ọhụhụ dọkịta: Tọzdee, elekere itoolu nke ụtụtụ.",
        ],
        [
            "© 2021 {n}. Ikike niile echekwara. Amachibidoro idegharị akwụkwọ a n'enweghị ikike ode akwụkwọ.",
            "Na 1974, {n} chọpụtara ọgwụ ọhụrụ sitere na mkpụrụ osisi e ji agwọ ịba n'ọtụtụ obodo.",
            "Ụlọ ọrụ ekwentị nke {n} tọrọ ntọala na Onitsha n'afọ 2003 ekwuputala na ọ ga-emeghe alaka ọhụrụ na Ghana.",
        ],
    ),
    "ha_NG": (
        [
            "Don Allah ka taimake ni in rubuta saƙo mai ladabi zuwa ga {n} game da kuɗin haya na watan jiya da ba a biya ba.",
            "{n} har yanzu yana bina bashin naira dubu ashirin tun watan Maris, kuma baya ɗaukar wayata.",
            "Maƙwabcina {n} yana zubar da shara a gaban gidana kowace safiya; ta yaya zan yi masa magana ba tare da faɗa ba?",
            "Gyara min wannan saƙon: 'Malam, ɗana ba zai zo makaranta gobe ba saboda zazzaɓi. Na gode, {n}'",
        ],
        [
            "{n} ya kafa birnin a shekarar 1809 kuma ya yi mulki har zuwa rasuwarsa a shekarar 1837.",
            "Gwamna {n} ya bayyana a ranar Litinin cewa gwamnatinsa za ta gina sabbin asibitoci guda goma a jihar.",
            "{n} ya ci ƙwallaye biyu a wasan da Kano Pillars ta doke Enyimba da ci 2-0 a filin wasa na Sani Abacha.",
        ],
    ),
    "sw": (
        [
            "Naomba uniandikie barua ya mapendekezo kwa ajili ya {n}, aliyefanya kazi kama mlinzi wa nyumba yetu kwa miaka mitano.",
            "Bado {n} hajanilipa shilingi laki mbili alizokopa mwezi Machi, na hapokei simu zangu tena.",
            "Mama Neema: Habari za asubuhi! {n} amesema atapitia kuchukua keki saa nane, tafadhali iwe tayari.",
            "Mpangaji: {n}; Nyumba Na. 12; Kodi ya Juni: haijalipwa; Maelezo: ameahidi kulipa tarehe 15.",
        ],
        [
            "Katika kitabu chake kilichochapishwa mwaka 2014, {n} anachambua historia ya biashara ya pwani ya Afrika Mashariki.",
            "“Elimu ni ufunguo wa maisha, lakini ni lazima uufungue mlango wewe mwenyewe,” alisema {n} katika hotuba yake ya mwaka 1985.",
            "Katika riwaya hii, {n} ni kijana wa kijijini anayehamia Dar es Salaam kutafuta kazi na kukutana na changamoto nyingi.",
        ],
    ),
}


# Round 10: written by a seventh writer, who had read nothing of the
# repository (4 personal and 3 public sentences per locale, at least eight
# kinds of public context); the holdout until it was measured (0.752/0.824,
# then 0.867/0.892 after the changes of 2026-12-04 and -05); tune since
# round 11.
SEEN_10 = {
    "en_US": (
        [  # personal
            "Can you draft a polite reminder to my tenant {n}? Her rent for March is 12 days late and she still owes $450 from February.",
            "Ticket #48213 | Customer: {n} | Issue: charged twice for order 77-1934, requesting refund to Visa ending 4417",
            "Hi {n}, just confirming your dental cleaning on Tuesday at 3:15 PM. Please bring your insurance card. - Riverside Family Dental",
            "Meeting notes 4/12: performance review went badly; she's on a PIP through June and mentioned she's been dealing with anxiety. Employee: {n}",
        ],
        [  # public
            "In 1962 the novel was published under the byline of {n}, and it went on to win the National Book Award.",
            "Senator {n} (D-Ohio) told reporters on Thursday that the bill would not reach the floor before the August recess.",
            "The new elementary school on Maple Avenue will be named after {n}, a civil rights organizer who lived from 1921 to 1988.",
        ],
    ),
    "en_GB": (
        [
            "Could you help me write a letter to the council about my neighbour {n}? His van has been blocking our drive every night for three weeks.",
            "Dear {n},\nFurther to our telephone conversation, I can confirm your GP appointment has been moved to Monday 14th at 9.40am.\nKind regards,\nReception, Hillside Surgery",
            "Candidate: {n} | Role: Band 5 Staff Nurse | Notice period: 4 weeks | DBS: pending | Notes: returning after maternity leave",
            "{n} in the flat downstairs is behind on her council tax and frightened of the bailiffs - who could she ring for free debt advice?",
        ],
        [
            "In the novel, {n} is a disgraced detective who returns to her home town on the Yorkshire coast.",
            "{n} won the men's 1500m at the Commonwealth Games in a time of 3:30.12.",
            "© 2021 {n}. All rights reserved. No part of this publication may be reproduced without the prior permission of the publisher.",
        ],
    ),
    "ga_IE": (
        [
            "An féidir leat litir a dhréachtú don tionónta, {n}? Tá an cíos dhá mhí ar gcúl agus níl sé ag freagairt an fhóin.",
            "A chara,\nTá mé ag scríobh maidir le mo bhille leictreachais, atá €340 thar téarma. An féidir liom é a íoc i dtráthchodanna?\nLe meas,\n{n}",
            "Dalta: {n} | Rang: 5ú bliain | Nóta: níor tugadh an obair bhaile isteach le trí seachtaine, glaoch ar an teaghlach.",
            "Nótaí cruinnithe: labhair {n} faoin bhfadhb taise san árasán agus dúirt sí go bhfuil asma ar a hiníon dá bharr.",
        ],
        [
            "Foilsíodh an t-úrscéal den chéad uair i 1949, agus ba é {n} an t-údar.",
            "Rugadh {n} i gContae Mhaigh Eo sa bhliain 1879 agus fuair sé bás i mBaile Átha Cliath sa bhliain 1936.",
            "Bhuaigh {n} bonn óir sa dornálaíocht ag na Cluichí Oilimpeacha.",
        ],
    ),
    "es_ES": (
        [
            "¿Me ayudas a redactar un correo para el casero, {n}? La caldera lleva dos semanas sin funcionar y no contesta al teléfono.",
            "Paciente: {n} | DNI: 48213377K | Cita: traumatología, 14/05 a las 10:30 | Observaciones: alergia a la penicilina",
            "Hola, soy la madre de Lucía. Le escribo porque un compañero de clase, {n}, le está quitando el bocadillo todos los días en el recreo.",
            "Estimado/a {n}:\nLe informamos de que su solicitud de aplazamiento de la deuda de 2.300 € ha sido aprobada. La primera cuota se cargará el día 5.\nAtentamente,\nDepartamento de Recobros",
        ],
        [
            "La novela fue galardonada con el Premio Planeta en 1994; su autora, {n}, la escribió en apenas ocho meses.",
            "«La libertad no se mendiga, se conquista», escribió {n} en un artículo publicado en 1978.",
            "El Ayuntamiento ha aprobado rebautizar la antigua calle del Mercado como calle {n}, en homenaje a la poetisa nacida en 1903.",
        ],
    ),
    "pt_BR": (
        [
            "Oi, pode me ajudar a responder a cliente {n}? Ela diz que o pedido 58213 chegou quebrado e quer o reembolso via Pix.",
            "Nome: {n} | CPF: 382.114.907-22 | Plano: Unimed Básico | Carência até 03/2025",
            "Gente, a reunião de condomínio ficou pra quinta. O {n} do 304 tá devendo três meses de condomínio e o síndico quer cobrar na justiça.",
            "Prezado(a) {n},\nSeu exame de sangue já está disponível. Por favor, agende o retorno com a Dra. Helena para discutir os resultados de glicemia.\nAtt., Clínica Bem Viver",
        ],
        [
            "O romance foi publicado pela Companhia das Letras em 2003, e {n} recebeu o Prêmio Jabuti no ano seguinte.",
            "No segundo tempo, {n} marcou de cabeça e garantiu a vitória do Flamengo por 2 a 1 no Maracanã.",
            "A exposição reúne mais de 80 telas de {n} (1886–1973) e fica em cartaz na Pinacoteca até março.",
        ],
    ),
    "fr_FR": (
        [
            "Tu peux m'aider à rédiger une réponse à {n} ? C'est une locataire qui conteste la retenue de 600 € sur sa caution.",
            "Bonjour {n},\nJe vous confirme votre rendez-vous chez le kinésithérapeute le mardi 12 à 17 h. Merci d'apporter votre ordonnance et votre carte Vitale.\nCordialement,\nLe secrétariat",
            "Compte rendu du conseil de classe : les résultats de {n} sont en baisse en mathématiques, l'élève semble fatigué(e) ; les parents seront convoqués.",
            "Client : {n} — Contrat n° 2024-1187 — Motif : impayés depuis janvier, montant dû 1 245,60 €",
        ],
        [
            "Le prix Goncourt a été attribué cette année à {n} pour son roman paru chez Gallimard.",
            "« Nous ne fermerons aucun site en France », a déclaré {n}, porte-parole du groupe, dans un communiqué publié mardi.",
            "Le lycée {n}, baptisé du nom de la résistante déportée en 1943, fête cette année ses cinquante ans.",
        ],
    ),
    "it_IT": (
        [
            "Mi aiuti a scrivere un messaggio a {n}? È la mia vicina del terzo piano e da settimane lascia la spazzatura sul pianerottolo.",
            "Gentile {n},\nla informiamo che la rata del mutuo di aprile non risulta pagata. La preghiamo di contattare la filiale entro 10 giorni.\nDistinti saluti",
            "Colloquio 15/03 – candidato {n}: ottima esperienza in contabilità, chiede 32k lordi, disponibile da giugno, vorrebbe il part-time il venerdì per il figlio piccolo.",
            "Ciao, sono Giulia, la mamma di {n} della 3B: domani non viene a scuola perché ha la febbre, potete mandarmi i compiti?",
        ],
        [
            "Nel 1975 {n} vinse il Premio Strega con un romanzo ambientato nella Sicilia del dopoguerra.",
            "Nel romanzo, {n} è un commissario di provincia che indaga su un omicidio avvenuto durante la festa del patrono.",
            "Alla conferenza stampa, il sindaco {n} ha annunciato la chiusura al traffico del centro storico a partire da luglio.",
        ],
    ),
    "de_DE": (
        [
            "Kannst du mir helfen, eine Kündigung für meinen Mieter {n} zu formulieren? Er hat seit drei Monaten keine Miete gezahlt.",
            "Hallo {n},\nanbei deine Lohnabrechnung für Mai. Bitte beachte, dass die Überstunden erst im Juni ausgezahlt werden.\nViele Grüße\nPersonalabteilung",
            "Patientin: {n} | Geb.: 14.02.1967 | Diagnose: Diabetes Typ 2 | Nächster Termin: 03.06., 8:30 Uhr",
            "Protokoll Elterngespräch: Das Kind stört regelmäßig den Unterricht; die Mutter berichtet von Problemen zu Hause nach der Trennung. Schüler/in: {n}",
        ],
        [
            "Der Roman erschien 1929 im S. Fischer Verlag und machte {n} über Nacht berühmt.",
            "Bundesministerin {n} kündigte am Mittwoch in Berlin ein neues Entlastungspaket an.",
            "Die Ausstellung in der Hamburger Kunsthalle zeigt Gemälde von {n} aus den Jahren 1910 bis 1925.",
        ],
    ),
    "nl_NL": (
        [
            "Kun je een mail opstellen naar {n}? Het is een klant die al twee keer zijn factuur van € 480 niet heeft betaald.",
            "Beste {n},\nHierbij bevestigen we je afspraak bij de huisarts op donderdag 11 april om 9.15 uur. Neem je medicijnlijst mee.\nMet vriendelijke groet,\nHuisartsenpraktijk De Linde",
            "Huurder: {n} | Adres: Vondelstraat 12-II | Klacht: schimmel in de badkamer, al 3x gemeld bij de verhuurder",
            "Hé, weet jij of {n} van de overkant al terug is uit het ziekenhuis? Ik wil even een pannetje soep brengen.",
        ],
        [
            "In 1653 schilderde {n} het portret dat nu in het Rijksmuseum hangt.",
            "{n} won zondag de Amstel Gold Race na een solo van veertig kilometer.",
            "Volgens Kamerlid {n} moet het kabinet nog voor de zomer met een woningbouwplan komen.",
        ],
    ),
    "sv_SE": (
        [
            "Kan du hjälpa mig skriva ett svar till {n}? Det är en kund som klagar på att beställningen aldrig kom fram.",
            "Hej {n}!\nDin tid på vårdcentralen är flyttad till onsdag 15 maj kl. 10.20. Ring oss om tiden inte passar.\nMvh Vårdcentralen Hälsan",
            "Personalanteckning: {n} har varit sjukskriven sedan februari pga utbrändhet, planerad återgång på 50 % i juni.",
            "Elev: {n}, klass 8C – frånvaro 23 %, mentorn har kontaktat vårdnadshavare två gånger utan svar.",
        ],
        [
            "Romanen gavs ut av Bonniers 1945 och {n} blev snabbt en av landets mest lästa författare.",
            "{n} tog guld i sprint vid skid-VM i Falun efter en stark avslutning på sista backen.",
            "Gatan i Uppsala är uppkallad efter {n} (1707–1778), botanikern som införde det binära namnsystemet.",
        ],
    ),
    "pl_PL": (
        [
            "Pomóż mi napisać odpowiedź na reklamację. Klient: {n}, zamówienie nr 55213, pęknięty ekran, żąda zwrotu pieniędzy.",
            "Notatka ze spotkania: {n} informuje, że od marca jest w ciąży i chce przejść na pół etatu.",
            "Dzień dobry,\nprzypominamy o zaległej płatności za czynsz w wysokości 1 850 zł. Lokator: {n}, ul. Długa 14/6, Gdańsk.\nAdministracja budynku",
            "Pacjent: {n} | PESEL: 85031204567 | Wizyta: kardiolog, 22.05, godz. 11:00",
        ],
        [
            "Autor: {n}, „Historia Polski XX wieku”, Wydawnictwo Literackie, Kraków 2015, s. 212.",
            "Na konferencji prasowej premier {n} zapowiedział obniżkę podatku VAT na żywność.",
            "Patron szkoły: {n} (1842–1910), poetka i nowelistka, autorka utworów dla dzieci.",
        ],
    ),
    "cs_CZ": (
        [
            "Můžeš mi pomoct napsat e-mail nájemníkovi? Jméno: {n}, byt 2+1 na Žižkově, dluží nájem za duben a květen.",
            "Dobrý den,\nomlouvám se, ale zítra nemohu přijít do práce, dítě má horečku a musím s ním k lékaři.\nS pozdravem\n{n}",
            "Pacient: {n}, nar. 12. 7. 1958, diagnóza: hypertenze, kontrola za 3 měsíce.",
            "Zápis z porady: {n} z účetního oddělení žádá o zvýšení platu a zmiňuje nabídku od konkurence.",
        ],
        [
            "Ministr financí {n} v úterý oznámil, že schodek rozpočtu bude nižší, než se čekalo.",
            "Režie: {n} | Česko, 2019 | 104 min | Hlavní cena na festivalu v Karlových Varech",
            "{n} (1592–1670), pedagog a filozof, je autorem slavné obrázkové učebnice Orbis pictus.",
        ],
    ),
    "ru_RU": (
        [
            "Помоги составить письмо должнику. ФИО: {n}, долг по договору займа — 85 000 рублей, срок возврата истёк в марте.",
            "Здравствуйте! Напоминаем о записи к стоматологу. Пациент: {n}, приём 14 мая в 16:30, кабинет 212.",
            "Коллеги, {n} из отдела продаж сегодня на больничном, звонки клиентов переадресуйте мне.",
            "Мам, я поговорил с соседом, его зовут {n}, он согласен поливать цветы, пока мы в отпуске.",
        ],
        [
            "{n} (1828–1910) — русский писатель, автор романов, переведённых на десятки языков.",
            "Выступая на пресс-конференции, губернатор {n} заявил, что ремонт моста завершится к осени.",
            "В главной роли — {n}; фильм выходит в прокат 1 марта.",
        ],
    ),
    "uk_UA": (
        [
            "Допоможи написати відповідь клієнтці. Клієнтка: {n}, замовлення №40217, просить повернути кошти за бракований пилосос.",
            "Орендар: {n} | Квартира: вул. Шевченка, 21, кв. 8 | Борг за комунальні послуги: 3 420 грн",
            "Нотатки зі співбесіди: кандидат {n}, досвід 5 років у бухгалтерії, очікувана зарплата 35 000 грн, може почати з червня.",
            "Привіт! Це {n}, мама Софійки з 2-Б. Підкажіть, будь ласка, коли батьківські збори?",
        ],
        [
            "{n} (1814–1861) — поет, художник і мислитель, чиє ім'я носить головний університет країни.",
            "Золоту медаль у стрибках у висоту здобула {n}, показавши результат 2,01 м.",
            "Автор статті — {n}, доктор історичних наук, професор Київського університету.",
        ],
    ),
    "el_GR": (
        [
            "Μπορείς να με βοηθήσεις να γράψω ένα email στον ιδιοκτήτη; Όνομα: {n}, δεν έχει επιστρέψει την εγγύηση των 800 €.",
            "Ασθενής: {n} | Ημ. γέννησης: 03/09/1972 | Αλλεργίες: ασπιρίνη | Ραντεβού: Τρίτη 10:00",
            "Σημειώσεις σύσκεψης: {n} ζήτησε άδεια δύο εβδομάδων για λόγους υγείας, από 1η Ιουλίου.",
            "Καλημέρα σας,\nθα ήθελα να ρωτήσω γιατί η δόση του δανείου μου αυξήθηκε αυτόν τον μήνα.\nΜε εκτίμηση,\n{n}",
        ],
        [
            "Ο εκπρόσωπος Τύπου της εταιρείας, {n}, δήλωσε ότι δεν θα υπάρξουν απολύσεις μετά τη συγχώνευση.",
            "«Η ελευθερία θέλει αρετή και τόλμη» — {n}",
            "{n} κατέκτησε το χρυσό μετάλλιο στο άλμα εις μήκος στους Ολυμπιακούς Αγώνες.",
        ],
    ),
    "tr_TR": (
        [
            "Müşteri: {n} | Sipariş no: 884217 | Şikayet: kargo 10 gündür gelmedi, iade istiyor",
            "Sayın {n},\nKredi kartınızın 4.750 TL tutarındaki asgari ödemesi gecikmiştir. Lütfen en kısa sürede ödeme yapınız.\nSaygılarımızla",
            "Apartman yöneticisiyle konuştum, 5 numarada oturan {n} aidatları altı aydır ödemiyormuş. Nasıl bir ihtar yazısı yazabiliriz?",
            "Öğrenci {n} bu hafta üç gün devamsızlık yaptı; velisine ulaşılamadı, rehber öğretmene bildirildi.",
        ],
        [
            "Yazar {n}, son romanıyla bu yılki ulusal edebiyat ödülünü kazandı.",
            "Milli atlet {n}, 400 metre engellide 53.21 ile yeni Türkiye rekoru kırdı.",
            "Belediye Başkanı {n}, yeni metro hattının 2026 yılında açılacağını açıkladı.",
        ],
    ),
    "ar_AA": (
        [
            "ساعدني في كتابة رسالة إلى المستأجر {n}، فهو لم يدفع الإيجار منذ ثلاثة أشهر ويبلغ المتأخر ٤٥٠٠ درهم.",
            "اسم المريض: {n} | العمر: ٥٢ | التشخيص: ارتفاع ضغط الدم | الموعد القادم: الأحد ١٠ صباحاً",
            "السيد/السيدة {n} المحترم/ة،\nنود إعلامكم بأن طلب القرض الخاص بكم قد رُفض بسبب عدم كفاية الدخل الشهري.\nمع التحية، إدارة الائتمان",
            "ملاحظات الاجتماع: طلب الموظف {n} إجازة مرضية لمدة أسبوعين بعد العملية الجراحية.",
        ],
        [
            "صدرت الرواية عام ١٩٥٦ عن دار الآداب في بيروت، وكتبها {n}.",
            "قال المتحدث باسم الشركة {n} في بيان صحفي إن الأرباح ارتفعت بنسبة ١٢٪ هذا العام.",
            "{n} (٩٨٠–١٠٣٧) طبيب وفيلسوف، ألّف كتاب القانون في الطب.",
        ],
    ),
    "fa_IR": (
        [
            "لطفاً یک پیام مؤدبانه برای همسایه‌مان {n} بنویس؛ هر شب تا ساعت دو صدای موسیقی‌اش بلند است.",
            "نام بیمار: {n} | کد ملی: ۰۰۱۲۳۴۵۶۷۸ | نوبت: دندانپزشکی، شنبه ساعت ۱۱",
            "صورتجلسه امروز: {n} از واحد فروش گفت که به خاطر بدهی بانکی درخواست وام اضطراری دارد.",
            "سلام خانم معلم، من مادر {n} هستم؛ فردا به دلیل تب به مدرسه نمی‌آید.",
        ],
        [
            "{n} (۱۹۳۵–۱۹۶۷) از برجسته‌ترین شاعران معاصر ایران است.",
            "فیلمی به کارگردانی {n} در جشنواره فیلم فجر سیمرغ بلورین بهترین فیلم را برد.",
            "{n}، قهرمان کشتی آزاد، در مسابقات جهانی مدال طلا گرفت.",
        ],
    ),
    "he_IL": (
        [
            "תעזור לי לנסח מייל לבעל הדירה {n}? הדוד לא עובד כבר שבועיים והוא לא עונה לטלפון.",
            "לקוח: {n} | הזמנה 55812 | סטטוס: החזר כספי בטיפול | הערה: ביקש שיחזרו אליו אחרי 17:00",
            "שלום {n},\nתזכורת: התור שלך לרופאת העור נקבע ליום שלישי בשעה 09:30 בסניף רמת גן.\nבברכה, קופת החולים",
            "מסיכום אסיפת ההורים: {n} מתקשה בקריאה ומומלץ לבצע אבחון דידקטי.",
        ],
        [
            "השיר נכתב ב־1967 על ידי {n} והפך לאחד השירים המזוהים ביותר עם ירושלים.",
            "חבר הכנסת {n} אמר הבוקר בראיון לרדיו כי הוא מתנגד להצעת החוק.",
            "הפרס על שם {n} יוענק השנה לחוקרת צעירה בתחום הפיזיקה.",
        ],
    ),
    "hi_IN": (
        [
            "कृपया मेरे किरायेदार {n} के लिए एक नोटिस लिखने में मदद करें, उन्होंने तीन महीने से किराया नहीं दिया है।",
            "मरीज़ का नाम: {n} | उम्र: 45 | बीमारी: मधुमेह | अगली जाँच: 12 जून",
            "नमस्ते {n} जी, आपकी ₹8,500 की EMI 5 तारीख को बाउंस हो गई है, कृपया जल्द भुगतान करें।",
            "कल की मीटिंग में {n} ने बताया कि उनकी माँ अस्पताल में भर्ती हैं, इसलिए वे एक हफ़्ते की छुट्टी पर रहेंगे।",
        ],
        [
            "यह उपन्यास 1936 में प्रकाशित हुआ था और इसके लेखक {n} हैं।",
            "फ़िल्म के मुख्य कलाकार {n} हैं, और यह दिवाली पर रिलीज़ होगी।",
            "{n} ने एशियाई खेलों में भाला फेंक स्पर्धा में स्वर्ण पदक जीता।",
        ],
    ),
    "en_IN": (
        [
            "Please draft a WhatsApp message to our tenant {n} reminding him that society maintenance of Rs 6,200 is pending since April.",
            "Dear {n},\nYour KYC update for account no. XXXX4471 is pending. Kindly visit the branch with original Aadhaar and PAN before the 30th.\nRegards,\nBranch Manager",
            "Lead: {n} | Mobile: 98450 12345 | Interested in 2BHK, Whitefield | Budget: 75 lakhs | Follow up Monday",
            "Kindly prepare the offer letter for our new joinee at the Pune office, CTC 12 LPA, joining on 1st July - name is {n}",
        ],
        [
            "The Jnanpith Award for this year was conferred on {n} for outstanding contribution to Kannada literature.",
            "{n} scored a brilliant century at Eden Gardens as India beat Australia by six wickets.",
            "Speaking to reporters in New Delhi, Union Minister {n} said the scheme would cover 10 crore households.",
        ],
    ),
    "zh_CN": (
        [
            "帮我给租客{n}写一条微信，提醒他这个月的房租3500元已经逾期一周了。",
            "客户：{n} | 订单号：20240518773 | 问题：收到的手机屏幕有裂痕，要求换货",
            "{n}同学这学期数学成绩下滑明显，上课经常走神，请家长下周二来学校面谈。",
            "病历摘要：患者{n}，女，58岁，高血压病史十年，近一周头晕加重。",
        ],
        [
            "该小说于1947年出版，作者{n}因此名声大噪。",
            "在昨天的女子100米决赛中，{n}以11秒02的成绩夺冠。",
            "外交部发言人{n}在例行记者会上回答了记者提问。",
        ],
    ),
    "ja_JP": (
        [
            "取引先の{n}様へのお詫びメールを書いてください。納品が3日遅れてしまいました。",
            "氏名：{n}　生年月日：1985年4月12日　住所：東京都世田谷区…　緊急連絡先：090-1234-5678",
            "面談メモ：最近残業が多く、不眠が続いているとのこと。産業医面談を勧めた。（対象者：{n}）",
            "隣の部屋の{n}さんが夜中に騒ぐので、管理会社に苦情を伝える文面を考えてほしい。",
        ],
        [
            "{n}（1867–1916）は明治時代を代表する小説家である。",
            "主演は{n}で、映画は来年春に全国公開される。",
            "この賞は物理学者{n}の功績をたたえて創設された。",
        ],
    ),
    "ko_KR": (
        [
            "세입자 {n} 씨에게 보낼 문자 좀 써줘. 관리비가 두 달째 밀려 있어.",
            "고객명: {n} / 연락처: 010-2345-6789 / 문의: 카드 결제 이중 청구 환불 요청",
            "{n} 학생은 이번 학기 결석이 잦아 담임 선생님이 학부모 상담을 요청했습니다.",
            "안녕하세요, 인사팀입니다. {n} 님의 육아휴직 신청이 승인되었음을 알려드립니다.",
        ],
        [
            "{n} 장군(1545~1598)은 임진왜란 때 수군을 이끌고 여러 해전에서 승리했다.",
            "{n} 작가의 장편소설이 부커상 최종 후보에 올랐다.",
            "{n} 선수는 베를린 마라톤에서 2시간 8분대 기록으로 우승했다.",
        ],
    ),
    "vi_VN": (
        [
            "Giúp mình viết tin nhắn nhắc khách thuê {n} đóng tiền nhà tháng này, đã trễ 10 ngày rồi.",
            "Bệnh nhân: {n} | Năm sinh: 1979 | Chẩn đoán: viêm dạ dày | Tái khám: 20/6",
            "Kính gửi anh/chị {n},\nCông ty xin thông báo anh/chị đã trúng tuyển vị trí kế toán, mức lương 15 triệu đồng/tháng.\nTrân trọng,\nPhòng Nhân sự",
            "Biên bản họp phụ huynh: em {n} lớp 7A thường xuyên đi học muộn, gia đình đang gặp khó khăn về kinh tế.",
        ],
        [
            "Tập thơ được xuất bản năm 1942 và đưa tên tuổi {n} vào hàng những nhà thơ lớn của phong trào Thơ mới.",
            "Đường {n} ở quận 1 là một trong những con đường sầm uất nhất thành phố.",
            "Tại SEA Games, vận động viên {n} đã giành huy chương vàng môn điền kinh.",
        ],
    ),
    "id_ID": (
        [
            "Tolong bantu buatkan pesan WhatsApp untuk penyewa kos, {n}, yang belum bayar sewa dua bulan.",
            "Yth. Bapak/Ibu {n},\nKami informasikan bahwa tagihan kartu kredit Anda sebesar Rp4.250.000 telah jatuh tempo.\nHormat kami,\nBank Sejahtera",
            "Nama pelamar: {n} | Posisi: Staf Admin | Gaji yang diharapkan: Rp6 juta | Catatan: bisa mulai bulan depan",
            "Tadi di rapat RT, {n} cerita kalau suaminya sakit dan butuh bantuan biaya rumah sakit.",
        ],
        [
            "Novel ini pertama kali terbit pada 1980 dan ditulis oleh {n} ketika berada di pengasingan.",
            "Menteri Keuangan {n} mengatakan pertumbuhan ekonomi tahun ini diperkirakan mencapai 5 persen.",
            "Pebulu tangkis {n} berhasil menjuarai All England setelah menang dua gim langsung.",
        ],
    ),
    "yo_NG": (
        [
            "Ẹ jọ̀ọ́, ẹ bá mi kọ lẹ́tà sí {n}, ayálégbé mi tí kò tíì san owó ilé oṣù mẹ́ta.",
            "Orúkọ aláìsàn: {n} | Ọjọ́ orí: 34 | Àyẹ̀wò: ibà | Ìpàdé tó kàn: Ọjọ́ Ẹtì",
            "Ẹ kú àárọ̀ o. Mo fẹ́ sọ fún yín pé {n} ṣì jẹ mí ní gbèsè ₦50,000 láti oṣù kìíní.",
            "Olùkọ́ sọ pé {n} kì í ṣe iṣẹ́ àṣetiléwá rẹ̀, ẹ jọ̀ọ́ ẹ bá a sọ̀rọ̀.",
        ],
        [
            "{n} ni ó kọ ìwé ìtàn àròsọ yìí, tí wọ́n tẹ̀ jáde ní ọdún 1938.",
            "Gómìnà {n} sọ fún àwọn oníròyìn pé ìjọba yóò tún àwọn ọ̀nà ìlú ṣe.",
            "{n} gba àmì ẹ̀yẹ wúrà nínú eré ìje ọgọ́rùn-ún mítà.",
        ],
    ),
    "ig_NG": (
        [
            "Biko, nyere m aka dee akwụkwọ ozi nye {n}, onye bi n'ụlọ m, maka na ọ kwụghị ụgwọ ụlọ ọnwa atọ.",
            "Aha onye ọrịa: {n} | Afọ: 41 | Ọrịa: ịba | Ọbịbịa ọzọ: Mọnde",
            "Ndewo, abụ m nne {n}. Nwa m agaghị aga ụlọ akwụkwọ taa n'ihi na ahụ adịghị ya.",
            "Onye ahịa: {n} | Ego: ₦85,000 | Mkpesa: igwe ekwentị o zụtara anaghị arụ ọrụ",
        ],
        [
            "{n} dere akwụkwọ akụkọ a, e bipụtara ya n'afọ 1958.",
            "Onye isi ala {n} kwuru na gọọmentị ga-arụzi okporo ụzọ niile.",
            "A gụrụ ụlọ akwụkwọ ahụ aha {n}, onye nkuzi a ma ama (1904–1970).",
        ],
    ),
    "ha_NG": (
        [
            "Don Allah ka taimaka mini in rubuta wasiƙa zuwa ga {n}, ɗan hayan gidana wanda bai biya kuɗin haya ba tsawon wata uku.",
            "Sunan mara lafiya: {n} | Shekaru: 29 | Cuta: zazzaɓin cizon sauro | Ganawa ta gaba: Litinin",
            "Assalamu alaikum, ni ce mahaifiyar {n}. Yarona ba zai zo makaranta yau ba saboda rashin lafiya.",
            "Abokin ciniki: {n} | Lambar waya: 0803 456 7890 | Korafi: an cire masa kuɗi sau biyu",
        ],
        [
            "{n} ne ya rubuta littafin nan, wanda aka buga a shekarar 1933.",
            "Gwamna {n} ya ce gwamnati za ta gina sababbin asibitoci a jihar.",
            "{n} ya lashe lambar zinariya a gasar tseren mita 100.",
        ],
    ),
    "sw": (
        [
            "Tafadhali niandikie ujumbe kwa mpangaji wangu {n}; hajalipa kodi ya nyumba kwa miezi miwili.",
            "Jina la mgonjwa: {n} | Umri: 36 | Uchunguzi: malaria | Miadi ijayo: Jumatatu saa 3 asubuhi",
            "Mpendwa {n},\nTunakujulisha kuwa mkopo wako wa TSh 1,200,000 umechelewa kulipwa kwa siku 30.\nWako,\nIdara ya Mikopo",
            "Kwenye kikao cha leo, mwalimu alisema kwamba {n} ana matatizo ya kusoma na anahitaji msaada wa ziada.",
        ],
        [
            "Riwaya hii iliandikwa na {n} na kuchapishwa mwaka 1968.",
            "Mwanariadha {n} alishinda mbio za marathoni za Berlin kwa saa 2 na dakika 1.",
            "«Uhuru na Umoja» — {n}, katika hotuba ya mwaka 1961.",
        ],
    ),
}

# Round 11: written by an eighth writer, who had read nothing of the
# repository (4 personal and 3 public sentences per locale, at least ten kinds
# of public context); the holdout until 2026-12-05.
SEEN_11 = {
    "en_US": (
        [
            "Ticket #48213 – Customer: {n} – Issue: charged twice for the March subscription, card ending 4471. Customer is upset and wants a refund today. Can you draft a polite reply?",
            "Can you help me write an email to my son's teacher explaining that he missed three days with strep throat? The teacher is {n}, and I also want to ask about making up the science test.",
            "{n} still owes me $1,850 from the car repair I covered in January – my sister Dana was there when we agreed on it – and keeps dodging my texts. How do I word a final reminder before I take this to small claims?",
            "Notes from 1:1 with {n}, 10/14: wants to move to the platform team, frustrated about being passed over for promotion, mentioned caring for a parent with dementia – follow up in two weeks.",
        ],
        [
            "{n} (born April 3, 1952) is an American novelist and essayist whose debut novel, The Salt Flats, won the National Book Award for Fiction.",
            "“We’re thrilled to bring this technology to hospitals across the Midwest,” said {n}, CEO of Meridian Health Systems, in a statement Tuesday.",
            "Down by four with under two minutes left, the Wolverines turned to {n}, whose 38-yard touchdown pass in the final seconds sealed a 27–24 win over Penn State.",
        ],
    ),
    "en_GB": (
        [
            "Our landlord, {n}, has ignored three emails about the damp in the back bedroom and now says we'll lose our deposit if we don't repaint. Could you help me write a firm but polite letter citing the Homes (Fitness for Human Habitation) Act?",
            "Reception note – 09:40: {n} rang to cancel Thursday's smear test, asks for a call back re repeat prescription for sertraline. Mobile: 07700 900418.",
            "How do I put this nicely? My neighbour {n} keeps parking across our drive, and last week their van blocked Mum in when she had a hospital appointment.",
            "From: {n}\nSubject: Gran's 90th\n\nHi all, I've booked the function room at the Red Lion for the 14th – can everyone let me know numbers by Friday? Tom's bringing the cake.",
        ],
        [
            "The blue plaque at number 12 commemorates {n} (1841–1913), the engineer who designed the town's first sewerage system.",
            "Speaking in the Commons on Wednesday, {n}, the shadow housing secretary, accused ministers of 'abandoning' first-time buyers.",
            "{n}, who has died aged 84, was a potter whose stoneware bowls are held in the collections of the V&A and the Fitzwilliam Museum.",
        ],
    ),
    "ga_IE": (
        [
            "An gcabhrófá liom ríomhphost a scríobh chuig múinteoir ranga m'iníne, {n}? Bíonn sí ag caoineadh gach oíche mar gheall ar an obair bhaile.",
            "Níor íoc {n} an cíos le trí mhí anuas agus níl aon fhreagra ag teacht ar mo theachtaireachtaí. Conas a scríobhfainn litir fhoirmiúil faoi seo?",
            "Nóta fáiltithe, 14:20 – Ghlaoigh {n} faoi thorthaí na tástála fola; teastaíonn coinne leis an dochtúir roimh an Aoine. Fón póca: 087 412 9930.",
            "Tá brón orm, ach ní bheidh mé ar ais ag an obair go dtí an Luan – tá an fliú orm fós agus tá teastas dochtúra agam. Go raibh maith agat as do thuiscint.\n\nLe meas,\n{n}",
        ],
        [
            "{n}, An tOileán Thiar: Cuimhní Cinn (Indreabhán: Cló Iar-Chonnacht, 2009), lch 45.",
            "Bhí {n} thar barr don Chlár, ag scóráil 0-9 sa dara leath, agus bhuaigh an Clár ar Luimneach le trí chúilín.",
            "Dúirt an tAire Oideachais, {n}, sa Dáil inné go mbeidh 400 múinteoir breise ar fáil i mbliana.",
        ],
    ),
    "es_ES": (
        [
            "Ayúdame a redactar una queja para la comunidad de propietarios: {n}, del 3.º B, lleva meses haciendo obras fuera de horario y hoy ha empezado a taladrar a las siete y media de la mañana.",
            "Tengo esta hoja de deudas y quiero mandar un recordatorio amable: «05/02/2024;{n};préstamo para el alquiler;850,00 €;pendiente»",
            "[18:42] {n}: Mamá, ya he salido de urgencias, dice el médico que el tobillo no está roto, que es solo un esguince. Luego te llamo.",
            "Necesito escribir un correo a RR. HH. para pedir que le renueven el contrato a {n}: lleva dos años en el equipo y hace un trabajo excelente.",
        ],
        [
            "El Ayuntamiento cortará al tráfico la calle {n} entre los números 4 y 20 por las obras de renovación del alcantarillado.",
            "En la novela, {n} regresa a su pueblo de Soria tras treinta años en Buenos Aires y descubre que ya nadie recuerda a su familia.",
            "El Premio {n} de Poesía, dotado con 15.000 euros, ha recaído este año en un libro sobre la memoria de la emigración gallega.",
        ],
    ),
    "pt_BR": (
        [
            "Lá em casa, {n} recebeu o diagnóstico de diabetes tipo 2 semana passada e não quer mudar a alimentação de jeito nenhum. Como eu puxo esse assunto sem virar briga?",
            "Preenche esse cadastro pra mim:\nNome completo: {n}\nCPF: 123.456.789-09\nTelefone: (11) 98765-4321\nEndereço: Rua das Acácias, 215, apto 42 – Vila Mariana, São Paulo/SP",
            "O contrato de aluguel com {n} vence em março e o reajuste pelo IGP-M ficou em 9%. Dá pra escrever uma proposta educada pedindo pra manter o valor atual?",
            "Escreve uma mensagem pro grupo de pais avisando que a festa junina da turma do 3º ano vai ser na casa de {n}, sábado às 15h, e que cada família leva um prato.",
        ],
        [
            "Como afirma {n} (2018, p. 47), a urbanização acelerada das capitais nordestinas não foi acompanhada de investimentos em saneamento.",
            "Aos 38 do segundo tempo, {n} recebeu na entrada da área, cortou o zagueiro e bateu no canto para garantir a vitória do Bahia por 2 a 1.",
            "Copyright (c) 2023 {n}\n\nÉ concedida permissão, gratuitamente, a qualquer pessoa que obtenha uma cópia deste software e dos arquivos de documentação associados.",
        ],
    ),
    "fr_FR": (
        [
            "Objet : Réclamation – commande n° 20931\n\nBonjour, je m'appelle {n} et j'attends toujours le remboursement de ma commande annulée le 3 mai, malgré trois relances auprès de votre service client.",
            "Tu peux m'aider à écrire un message à {n} ? On partage l'appart depuis un an et ça fait deux mois que je règle toute seule la facture d'électricité.",
            "Compte rendu du rendez-vous avec {n}, professeur principal de Léo : difficultés en maths, suspicion de dyslexie, bilan orthophonique à prévoir avant les vacances.",
            "Mon frère et moi n'arrivons pas à nous mettre d'accord pour savoir si {n} doit entrer en EHPAD ou rester à la maison avec une aide à domicile. Comment aborder la discussion ?",
        ],
        [
            "{n} (1802-1871), médecin et botaniste, a consacré sa vie à l'étude des plantes médicinales du Massif central.",
            "Du 12 octobre au 26 janvier, le musée des Beaux-Arts de Lyon présente « Lumières du Nord », une rétrospective consacrée à {n}.",
            "La démonstration repose sur le lemme de {n}, publié en 1954 dans les Comptes rendus de l'Académie des sciences.",
        ],
    ),
    "it_IT": (
        [
            "Ciao {n}, ti scrivo per ricordarti che la quota per il regalo di Marta è di 25 euro a testa, da versare entro venerdì sul conto che ti ho girato.",
            "Paziente: {n} – Data di nascita: 14/07/1961 – Motivo della visita: controllo pressione, riferisce capogiri al mattino. Prossimo appuntamento: 22/11 ore 9:30.",
            "Ho affittato il mio bilocale a {n} e da due mesi non ricevo il canone. Come scrivo una diffida formale prima di rivolgermi a un avvocato?",
            "Puoi riassumere questi appunti? Riunione con {n} del 5 marzo: chiede il part-time da settembre per motivi familiari, disponibile a coprire i turni del sabato, da rivedere con l'ufficio personale.",
        ],
        [
            "«Non arretreremo di un millimetro sulla riforma», ha dichiarato {n} durante la conferenza stampa a Palazzo Chigi.",
            "Nella seconda stagione, {n} torna a Napoli per indagare sull'omicidio di un vecchio compagno di scuola.",
            "L'Istituto comprensivo «{n}» di Bergamo ha vinto la fase nazionale del concorso di robotica educativa.",
        ],
    ),
    "de_DE": (
        [
            "Von: {n}\nBetreff: Kündigung Handyvertrag – Kundennummer 4482917\n\nGuten Tag, ich möchte meinen Vertrag zum nächstmöglichen Zeitpunkt kündigen und bitte um eine schriftliche Bestätigung.",
            "Wie formuliere ich eine Nachricht an {n} aus dem Erdgeschoss? Der Hund bellt jeden Tag stundenlang, wenn niemand zu Hause ist, und ich arbeite im Homeoffice.",
            "{n} liegt seit Montag mit einer Lungenentzündung im Klinikum Nord, und ich muss der Pflegekasse erklären, warum der Antrag auf einen Pflegegrad noch nicht unterschrieben ist.",
            "Kannst du mir helfen, eine Ratenzahlung vorzuschlagen? Ich schulde {n} noch 2.400 Euro aus dem Autokauf und kann im Moment nur 150 Euro im Monat zahlen.",
        ],
        [
            "Vgl. {n}: Die Stadt und ihre Ränder. Frankfurt am Main: Suhrkamp 2012, S. 88.",
            "„Mit dem neuen Werk in Dresden sichern wir 800 Arbeitsplätze in der Region“, sagte {n}, CEO der Lindner Solar AG, am Dienstag.",
            "In der 78. Minute traf {n} per Kopf zum 2:1 für Mainz.",
        ],
    ),
    "nl_NL": (
        [
            "Kun je een korte condoleancetekst schrijven voor {n}, van wie de vader vorige week is overleden? We werken al tien jaar samen en ik wil iets persoonlijks, niet te formeel.",
            "Onze verhuurder {n} wil de huur per 1 juli met 8% verhogen. Mag dat bij een sociale huurwoning, en hoe maak ik bezwaar?",
            "Afsprakenlijst huisartsenpraktijk: 09:10;{n};bloeddrukcontrole;belt terug over uitslag bloedonderzoek",
            "Notulen functioneringsgesprek – medewerker: {n}\n- ziekteverzuim afgelopen halfjaar: 14 dagen\n- wil graag minder uren in verband met mantelzorg\n- vervolggesprek in september",
        ],
        [
            "Vanaf maandag is de {n}straat afgesloten voor alle verkeer vanwege rioleringswerkzaamheden.",
            "Zaterdag 14 december speelt {n} in het Concertgebouw de Goldbergvariaties van Bach. Kaarten vanaf € 22,50.",
            "{n} (1598–1661) was een Nederlands kunstschilder uit de Gouden Eeuw, van wie het Rijksmuseum elf werken bezit.",
        ],
    ),
    "sv_SE": (
        [
            "Anmälan till fritids\nBarnets namn: Elsa\nVårdnadshavare: {n}\nTelefon: 070-412 88 31\nAllergier: nötter",
            "Hur skriver jag ett sms till {n} om att hyran för andrahandslägenheten är tre veckor sen utan att det låter hotfullt?",
            "Sms från {n}: ”Hej gumman, pappa har fått tid för operationen den 12:e, kan du skjutsa oss till Sahlgrenska?”",
            "Efter mötet med {n} i går känner jag mig överkörd – mina arbetsuppgifter har flyttats utan förvarning. Hjälp mig formulera ett mejl till facket.",
        ],
        [
            "{n}, född 3 maj 1944 i Kiruna, är en svensk författare och översättare, känd för romansviten om gruvstaden.",
            "– Vi ser en stark efterfrågan på fossilfritt stål i hela Europa, säger {n}, vd för Norrbotten Stål AB.",
            "Romanen följer {n}, en ung läkare i 1920-talets Stockholm, som tvingas välja mellan karriären och familjen.",
        ],
    ),
    "pl_PL": (
        [
            "Szanowna Pani,\nuprzejmie proszę o usprawiedliwienie nieobecności mojego syna w dniach 4–6 marca z powodu choroby.\nZ poważaniem\n{n}",
            "W mieszkaniu nad nami {n} od miesiąca robi remont do 23:00, a regulamin mówi o ciszy nocnej od 22. Jak napisać skargę do spółdzielni?",
            "Imię i nazwisko: {n}\nPESEL: 78031204567\nSkierowanie: poradnia kardiologiczna\nUwagi: prosi o termin po 15:00",
            "Kto komu ile wisi po wyjeździe do Zakopanego: Kasia – 320 zł, {n} – 145 zł, Bartek – 0 zł. Policz, jak to wyrównać.",
        ],
        [
            "— Nie zgodzimy się na podwyżkę podatków dla małych firm — mówi {n}, wiceminister finansów.",
            "67' — {n} pewnie wykorzystuje rzut karny i Lech prowadzi 2:0!",
            "{n}, Historia Śląska w XIX wieku, Wydawnictwo Uniwersytetu Wrocławskiego, Wrocław 2016, s. 212.",
        ],
    ),
    "cs_CZ": (
        [
            "{n} mi dluží nájem za tři měsíce a nebere telefon. Jak napsat výzvu k zaplacení, aby to mělo právní váhu?",
            "Reklamace č. 2024/1187 – zákazník: {n}, tel. 604 123 456 – pračka po dvou týdnech přestala ždímat, požaduje výměnu.",
            "Jak mám vysvětlit dětem, že {n} má rakovinu a bude dlouho v nemocnici? Je jim šest a devět let.",
            "Zápis z porady 12. 9.: {n} – od října převezme projekt Brno; kvůli péči o nemocnou matku žádá o home office dvakrát týdně.",
        ],
        [
            "{n} (Litomyšl 1818 – Praha 1886) patří k předním osobnostem českého národního obrození.",
            "Galerie Rudolfinum uvádí výstavu {n}: Krajiny ticha, která potrvá do 16. února.",
            "# Copyright (C) 2022 {n}\n# Tento program je svobodný software: můžete jej šířit a upravovat podle ustanovení GNU General Public License.",
        ],
    ),
    "ru_RU": (
        [
            "Помогите составить жалобу участковому: {n} из 45-й квартиры каждую ночь включает музыку, а на просьбы сделать тише отвечает оскорблениями.",
            "ФИО: {n}\nДата рождения: 03.09.1957\nПолис ОМС: 7751 2309 4412 0098\nЖалобы: головокружение, давление 160/100",
            "Классный руководитель сына: {n}. Нужно вежливое письмо о том, что он пропустит неделю занятий из-за соревнований в Казани, и нам нужны задания на это время.",
            "В общем чате: «{n}, когда вернёшь 15 тысяч? Прошло уже полгода»",
        ],
        [
            "{n} (род. 1961) — российский физик, член-корреспондент РАН, специалист в области физики плазмы.",
            "В финале романа {n} возвращается в родную деревню и находит отцовский дом заколоченным.",
            "Губернатор {n}: «Ремонт моста завершат к 1 сентября»",
        ],
    ),
    "uk_UA": (
        [
            "Орендодавець — {n} — вимагає звільнити квартиру за тиждень без жодного письмового попередження. Чи законно це і що мені відповісти?",
            "Запис до сімейного лікаря: {n}, 1982 р. н., скарги на біль у попереку понад два тижні, прохання про направлення на МРТ.",
            "Viber, 21:14 — {n}: «Доню, не забудь завтра забрати бабусині ліки з аптеки, рецепт у мене в сумці».",
            "Допоможи написати заяву на відпустку за власний рахунок: ПІБ — {n}, посада — бухгалтер, причина — догляд за хворою матір'ю.",
        ],
        [
            "На 54-й хвилині {n} відкриває рахунок ударом з-за меж штрафного майданчика.",
            "Джерело: {n}. Історія Галичини XIX століття. Львів: Видавництво Старого Лева, 2019. С. 45.",
            "Мистецький арсенал презентує: {n}. «Степ і світло». Живопис і графіка. 12 березня — 30 квітня.",
        ],
    ),
    "el_GR": (
        [
            "Από: {n}\nΘέμα: Καταγγελία για χρέωση που δεν αναγνωρίζω\nΑριθμός συμβολαίου: 4002117839\n\nΚαλησπέρα σας, στον λογαριασμό Μαρτίου εμφανίζεται χρέωση 38,50 € για υπηρεσία που δεν έχω ενεργοποιήσει ποτέ.",
            "Ενοίκια Μαρτίου: Διαμ. 1 – πληρώθηκε, Διαμ. 2 ({n}) – χρωστάει 450 €, Διαμ. 3 – πληρώθηκε. Γράψε μου μια ευγενική υπενθύμιση για το διαμέρισμα 2.",
            "Ραντεβού: Τρίτη 10:30 – Ασθενής: {n} – Αιτία: επανέλεγχος θυρεοειδούς, φέρνει τις εξετάσεις αίματος.",
            "Καλησπέρα σας, η κόρη μου θα λείψει αύριο από το σχολείο λόγω ιατρικού ραντεβού. Σας ευχαριστώ πολύ,\n{n}",
        ],
        [
            "ΠΑΟΚ – Άρης 2-0. Σκόρερ: {n} 23΄ πέν., 71΄.",
            "Έκθεση ζωγραφικής: {n} – «Τοπία του Αιγαίου», Εθνική Πινακοθήκη, έως 30 Ιουνίου.",
            "© 2021 {n}. Με επιφύλαξη παντός δικαιώματος. Απαγορεύεται η αναδημοσίευση χωρίς την άδεια του εκδότη.",
        ],
    ),
    "tr_TR": (
        [
            "Yarın {n} ile maaş zammı konusunu konuşacağım; ne söylemem gerektiğine dair kısa notlar hazırlar mısın?",
            "Apartman yönetimine şikâyet dilekçesi yazmam lazım: 7 numarada oturan {n} çöplerini her gün merdiven boşluğuna bırakıyor.",
            "Merhaba {n}, geçen ay verdiğim 5.000 TL'yi ne zaman ödeyebileceğini söyler misin? Ben de kira yüzünden sıkıştım.",
            "Hasta adı: {n} | Yaş: 67 | Şikâyet: nefes darlığı, bacaklarda şişlik | Kontrol: 18.04, Kardiyoloji polikliniği",
        ],
        [
            "Usta yazar {n}, 86 yaşında İstanbul'da hayatını kaybetti. Cenazesi yarın Teşvikiye Camii'nden kaldırılacak.",
            "{n} Anadolu Lisesi, TÜBİTAK Lise Öğrencileri Araştırma Projeleri Yarışması'nda bölge birincisi oldu.",
            "Filmde {n}, babasından kalan köy evini satmak için yıllar sonra Anadolu'ya döner.",
        ],
    ),
    "ar_AA": (
        [
            "أريد كتابة رسالة رسمية إلى {n} بخصوص تأخر إصلاح المكيّف في الشقة منذ شهرين، مع أنني أدفع الإيجار في موعده كل شهر.",
            "اسم المريض: {n}\nرقم الملف: 20418\nسبب الزيارة: ألم في الصدر وضيق في التنفس\nموعد المتابعة: الأحد 10:00 صباحًا",
            "رسالة من {n} على واتساب: «وصلنا المستشفى، الطبيب يقول إن جدتي تحتاج إلى عملية بسيطة، لا تقلقوا».",
            "ابني يتعرّض للتنمّر في الصف، وقد أبلغتُ {n} بذلك أكثر من مرة دون أي استجابة. ساعدني في كتابة شكوى إلى مدير المدرسة.",
        ],
        [
            "انظر: {n}، تاريخ الأندلس السياسي، دار الشروق، القاهرة، 1998، ص 112.",
            "أُعلنت اليوم القائمة القصيرة لجائزة {n} للرواية العربية في دورتها الثامنة.",
            "أُغلق شارع {n} وسط المدينة أمام حركة السير منذ صباح اليوم بسبب أعمال الصيانة.",
        ],
    ),
    "fa_IR": (
        [
            "نتیجه آزمایش {n} آمده و قند خون ناشتا ۱۸۰ است. به زبان ساده توضیح بده یعنی چه.",
            "صاحبخانه‌ام، {n}، می‌خواهد اجاره را از مهر ۴۰ درصد بالا ببرد، در حالی که قرارداد تا اسفند اعتبار دارد. چه جوابی بدهم؟",
            "یادداشت جلسه با {n} – ۱۴۰۲/۰۸/۱۲:\n- درخواست دورکاری دو روز در هفته به دلیل بیماری همسر\n- بررسی افزایش حقوق در پایان فصل",
            "{n} هنوز ده میلیون تومان بابت قسط وام به من بدهکار است. یک پیام محترمانه ولی جدی برایش بنویس.",
        ],
        [
            "{n} (زادهٔ ۱۳۲۵ در تبریز) ریاضیدان ایرانی و استاد دانشگاه صنعتی شریف است.",
            "{n}، نقاش و مجسمه‌ساز پیشکسوت، دیروز در سن ۸۹ سالگی در تهران درگذشت.",
            "کنسرت {n} با همراهی ارکستر ملی، ۲۰ و ۲۱ آذر در تالار وحدت برگزار می‌شود.",
        ],
    ),
    "he_IL": (
        [
            "פנייה מס' 55812 | שם הלקוח: {n} | נושא: חיוב כפול בחשבון החשמל לחודש מרץ | סטטוס: ממתין לטיפול",
            "אני צריכה לכתוב ברכה קצרה ליום ההולדת ה־80 של {n}. יהיו שם כל הנכדים, ואני רוצה משהו מרגש אבל לא קיטשי.",
            "מכתב אל {n} מהדירה ממול בנוגע לעישון בחדר המדרגות – איך לנסח את זה בנימוס?",
            "קופת חולים – תור לרופא משפחה\nשם המטופל/ת: {n}\nת״ז: 039485112\nסיבת הפנייה: כאבי בטן חוזרים, בקשה להפניה לגסטרו",
        ],
        [
            "רחוב {n} ייסגר לתנועה ביום שישי בין השעות 6:00 ל־14:00 בשל מרוץ העיר.",
            "פרס {n} לחקר המוח יוענק השנה לצוות מהטכניון על פיתוח שיטה לאבחון מוקדם של אלצהיימר.",
            "מתוך: {n}, ״בין הים למדבר: תולדות הנגב״, הוצאת עם עובד, תל אביב 2011, עמ' 74.",
        ],
    ),
    "hi_IN": (
        [
            "{n} पर तीन महीने का किराया बकाया है। एक विनम्र लेकिन सख़्त नोटिस लिख दो।",
            "मरीज़ का नाम: {n}\nउम्र: 54\nशिकायत: सीने में जलन, रात को नींद नहीं आती\nअगली तारीख़: 12 मार्च",
            "स्कूल के लिए छुट्टी की अर्ज़ी लिखनी है: मेरी बेटी को बुख़ार है। कक्षा अध्यापक का नाम {n} है।",
            "[WhatsApp] {n}: बेटा, पापा की रिपोर्ट आ गई है, डॉक्टर ने कल सुबह बुलाया है, तुम आ सकते हो क्या?",
        ],
        [
            "लोकसभा में बहस के दौरान {n} ने कहा कि किसानों की आय दोगुनी करने का लक्ष्य अब भी अधूरा है।",
            "{n} (1857–1931) को हिंदी पत्रकारिता के शुरुआती स्तंभों में गिना जाता है।",
            "{n} राजकीय बालिका इंटर कॉलेज में वार्षिक खेलकूद प्रतियोगिता 15 जनवरी से शुरू होगी।",
        ],
    ),
    "en_IN": (
        [
            "Please make this biodata look neat: Name: {n}, DOB: 14-08-1994, Height: 5 ft 4 in, Education: B.Tech (ECE), Father's occupation: retired bank manager, Contact: 98450 12345.",
            "Kindly draft a complaint to the society secretary: the owner of B-504, {n}, has been renting the flat out on Airbnb and guests are creating nuisance till 2 am.",
            "Respected Sir, I, {n}, Employee ID 44817, request leave from 3rd to 10th March as my mother is undergoing cataract surgery at Sankara Nethralaya.",
            "{n} took ₹2 lakh as hand loan last Diwali and is not returning. How to send legal notice?",
        ],
        [
            "{n} struck a fluent 87 off 64 balls as Mumbai chased down 182 with two overs to spare at the Wankhede.",
            "“This acquisition strengthens our presence in tier-2 and tier-3 cities,” said {n}, Managing Director and CEO, Sahyadri Finserv Ltd.",
            "In the novel, {n} leaves a small town in Kerala for Bombay in the 1970s, and the story follows three generations of the family.",
        ],
    ),
    "zh_CN": (
        [
            "工单号：20240315-0892\n客户姓名：{n}\n问题描述：快递显示已签收但本人未收到，要求退款或补发。",
            "房东{n}说下个月要涨房租800块，合同还没到期，这样合法吗？帮我写一段回复。",
            "帮我给班主任{n}老师写条微信，说孩子这周发烧要请两天假，作业周末补上。",
            "{n}，68岁，高血压十年，最近头晕加重，复诊时需要带什么资料？",
        ],
        [
            "第十五届青年科学家奖授予{n}，以表彰其在高温超导材料领域的开创性贡献。",
            "{n}（1862—1929），江苏无锡人，清末民初实业家，创办了当地第一家纱厂。",
            "剧中，{n}从小镇来到上海打拼，在一家律师事务所从实习生做起。",
        ],
    ),
    "ja_JP": (
        [
            "先週、引っ越しを手伝ってくれた{n}さんにお礼のメールを書きたいです。カジュアルすぎない文面でお願いします。",
            "隣の部屋の{n}さんが毎晩遅くまで洗濯機を回していて眠れません。管理会社にどう伝えればいいですか？",
            "受付メモ：{n}様より電話あり。明日10時の予約を金曜午後に変更希望。折り返し 090-1234-5678。",
            "立替金一覧\n日付,氏名,内容,金額\n2024/05/12,{n},飲み会立替,4500",
        ],
        [
            "{n}『江戸の町と水運』岩波書店、2014年、112頁。",
            "後半35分、{n}が右足でゴール左隅に決め、浦和が1対0で逃げ切った。",
            "{n}さん（画家）が3日、肺炎のため東京都内の病院で死去した。92歳。葬儀は近親者で行う。",
        ],
    ),
    "ko_KR": (
        [
            "집주인 {n} 씨가 전세 보증금을 계약 만료 후 두 달째 돌려주지 않고 있어요. 내용증명 어떻게 써야 하나요?",
            "담임 {n} 선생님께 보낼 문자 좀 다듬어 주세요: 아이가 장염으로 내일 결석합니다. 알림장 확인 부탁드립니다.",
            "면담 기록 – 대상: {n} / 일시: 3월 14일 / 내용: 육아휴직 복귀 후 부서 이동 희망, 야근 어려움",
            "[카톡] {n}: 엄마, 내일 병원 가는 거 잊지 마. 아빠가 9시에 데리러 간대.",
        ],
        [
            "{n} 의원은 15일 국회 대정부질문에서 '청년 주거 대책이 현실과 동떨어져 있다'고 지적했다.",
            "국립현대미술관은 오는 5월까지 「{n}: 빛의 정원」 회고전을 연다.",
            "© 2023 {n}. 이 책의 내용을 저작권자의 허락 없이 무단 전재하거나 복제하는 것을 금합니다.",
        ],
    ),
    "vi_VN": (
        [
            "{n} mượn tôi 20 triệu từ Tết năm ngoái đến giờ chưa trả, nhắn tin thì không trả lời. Viết giúp tôi tin nhắn đòi nợ lịch sự nhưng dứt khoát.",
            "Họ và tên bệnh nhân: {n}\nNăm sinh: 1975\nLý do khám: đau khớp gối, tái khám sau 2 tuần",
            "Zalo – {n}: Con ơi, bà ngoại nhập viện rồi, tối nay con về được không?",
            "Soạn giúp tôi email gửi phòng nhân sự đề nghị gia hạn hợp đồng lao động cho {n}, nhân viên kế toán đã làm việc ở công ty ba năm.",
        ],
        [
            "Đường {n} (quận 1) sẽ cấm xe từ 22 giờ tối thứ Bảy để phục vụ lễ hội đường phố.",
            "{n} (1802–1867) là nhà thơ, nhà văn hóa tiêu biểu của triều Nguyễn.",
            "Phút 82, {n} đánh đầu ấn định chiến thắng 2-1 cho Hà Nội FC trước Hải Phòng.",
        ],
    ),
    "id_ID": (
        [
            "Halo admin, saya {n}, pesanan saya nomor INV/2024/0512 sudah 10 hari belum sampai. Mohon dibantu cek ya.",
            "Tolong buatkan surat teguran untuk penghuni kamar 3, {n}, yang sudah dua bulan belum bayar uang kos.",
            "{n} baru keluar dari rumah sakit setelah operasi usus buntu. Makanan apa saja yang aman untuk minggu pertama?",
            "Catatan rapat wali murid kelas 5B: {n} bersedia jadi koordinator iuran study tour, Rp350.000 per anak, paling lambat 20 Oktober.",
        ],
        [
            "Sastrawan {n} meninggal dunia pada usia 81 tahun di Yogyakarta, Selasa (12/3).",
            "“Kami optimistis pertumbuhan kredit tahun ini mencapai 12 persen,” kata Direktur Utama PT Bank Sejahtera Nusantara, {n}, di Jakarta, Kamis (7/3).",
            "/*\n * Hak Cipta (c) 2022 {n}\n * Dilisensikan di bawah Lisensi Apache, Versi 2.0\n */",
        ],
    ),
    "yo_NG": (
        [
            "Jọ̀wọ́ bá mi kọ ọ̀rọ̀ tó lọ́wọ̀ sí {n} nípa ₦50,000 tí ó yá lọ́wọ́ mi ní oṣù kẹta tí kò tíì dá padà.",
            "Orúkọ aláìsàn: {n}\nỌjọ́ orí: 45\nÀìsàn: ibà àti orí fífọ́ fún ọjọ́ mẹ́ta\nỌjọ́ ìpadàbọ̀: Ọjọ́rú",
            "Ọ̀rọ̀ láti ọ̀dọ̀ {n} lórí WhatsApp: “Ẹ kú àárọ̀ o, Màámi ti dé láti ilé ìwòsàn, ara wọn ti ń yá.”",
            "Onílé wa, {n}, ní ká san owó ilé ọdún méjì ṣáájú. Ṣé èyí bá òfin mu ní Èkó?",
        ],
        [
            "{n} (1836–1917) jẹ́ ọ̀kan lára àwọn olórí ogun Ìbàdàn ní ọ̀rúndún kọkàndínlógún.",
            "{n}, Ìtàn Ìlú Ọ̀yọ́, Ìbàdàn: University Press PLC, 2007.",
            "Ní ìṣẹ́jú 77, {n} gbá bọ́ọ̀lù wọnú àwọ̀n, Super Eagles sì borí 2–1.",
        ],
    ),
    "ig_NG": (
        [
            "Biko nyere m aka dee leta nye {n} banyere ụgwọ ụlọ ọ kwụbeghị kemgbe ọnwa atọ.",
            "Aha onye ọrịa: {n}\nAfọ ndụ: 52\nỌrịa: ahụ ọkụ na isi ọwụwa\nỤbọchị ọbịbịa ọzọ: Fraịde",
            "{n} dere na WhatsApp: “Nne anyị alọtala n'ụlọ site n'ụlọ ọgwụ, ahụ adịla ya mma.”",
            "Onye nkụzi nwa m, {n}, kpọrọ m ka m bịa ụlọ akwụkwọ echi banyere omume nwa m na klas. Gịnị ka m ga-ekwu?",
        ],
        [
            "{n} (1904–1996) bụ onye edemede na onye nkụzi a ma ama na Naịjirịa.",
            "N'ụlọ omebe iwu steeti Anambra taa, {n} kwuru na gọọmentị ga-arụzi okporo ụzọ ndị mebiri emebi tupu ọnwa Disemba.",
            "{n}, Akụkọ Ala Igbo, Onitsha: Africana First Publishers, 2003.",
        ],
    ),
    "ha_NG": (
        [
            "Don Allah ka taimaka min in rubuta saƙo mai ladabi zuwa ga {n} game da bashin ₦80,000 da na bayar tun watan Maris.",
            "Sunan mara lafiya: {n}\nShekaru: 38\nKoke: zazzaɓi da ciwon kai na kwana uku\nRanar dawowa: Laraba",
            "Akwai rikici tsakanina da {n} kan iyakar fili a gidanmu na Kano. Yaya zan kai ƙara wurin mai unguwa?",
            "Saƙo daga {n}: “Assalamu alaikum, Baba ya fito daga asibiti yau, yana samun sauƙi.”",
        ],
        [
            "{n}, Tarihin Masarautar Zazzau, Zaria: Gaskiya Corporation, 2010.",
            "“Za mu gyara hanyoyin karkara kafin damina” – inji {n}, kwamishinan ayyuka na jihar Kano.",
            "Kano Pillars ta doke Enyimba 2–1, bayan ƙwallon {n} a minti na 89.",
        ],
    ),
    "sw": (
        [
            "Mwenye nyumba wangu, {n}, anataka nilipe kodi ya miezi sita mbele. Je, hii ni halali? Nisaidie kuandika jibu.",
            "{n} amepimwa sukari na matokeo yanaonyesha 11.2 mmol/L. Hii inamaanisha nini kwa lugha rahisi?",
            "Tiketi Na. 30217 – Mteja: {n} – Tatizo: pesa zilitumwa kwa M-Pesa lakini salio halijaongezeka. Mteja anaomba arejeshewe fedha.",
            "Naomba ruhusa kwa mwanangu kutohudhuria masomo siku ya Ijumaa kwa sababu ya msiba wa familia.\n\nWako mtiifu,\n{n}",
        ],
        [
            "{n} (alizaliwa 12 Machi 1948) ni mwandishi wa riwaya na mshairi kutoka Tanzania.",
            "Katika riwaya hii, {n} anarudi kijijini kwao Bagamoyo baada ya miaka ishirini ya kuishi Ulaya.",
            "“Tunatarajia kufungua matawi mapya kumi mwaka huu,” alisema {n}, Mkurugenzi Mtendaji wa Benki ya Pwani, jijini Dar es Salaam.",
        ],
    ),
}

# Round 13: written by a tenth writer who had read nothing of the repository
# (4 personal and 3 public sentences in each of the 30 locales), for tuning.
SEEN_13 = {
    "en_US": ([
        "{n} still hasn't returned the security deposit for the apartment on Maple Street, and it's been 47 days since I moved out — can you help me write a demand letter citing Ohio's 30-day rule?",
        "Dear {n}, we noticed your account is 60 days past due. Please call our billing office to set up a payment plan.",
        "Patient: {n}, DOB 03/14/1986. Reports persistent lower back pain after lifting at work; referred to PT.",
        "Ask {n} about the unpaid invoice.",
    ], [
        "“We expect margins to recover in the second half,” said {n}, chief financial officer of the company, on Tuesday's earnings call.",
        "{n} hit a walk-off double in the bottom of the ninth as the Royals beat the Tigers 5-4.",
        "{n} (born 1952) is an American novelist and essayist best known for her trilogy about the Dust Bowl.",
    ]),
    "en_GB": ([
        "Hi, I'm writing on behalf of my mum, {n}, whose parcel was marked as delivered on Friday but never turned up at the flat.",
        "{n}'s GP appointment has been moved to 9.40 on Monday; please bring the repeat prescription form.",
        "To whom it may concern: {n} worked for us as a bar supervisor from March 2019 to August 2022. She was punctual, was trusted with cashing up at the end of the night, handled difficult customers calmly and left on good terms. I would happily employ her again.",
        "Could you help me word a letter to the council about my neighbour, {n}, who keeps leaving bin bags in the shared passageway?",
    ], [
        "{n} scored twice in the first half as Stockport ran out 3-1 winners at Edgeley Park.",
        "Obituary: {n}, the broadcaster whose Sunday-morning radio programme ran for thirty years, has died aged 84.",
        "The new science block will be named the {n} Building in honour of the university's Nobel laureate.",
    ]),
    "ga_IE": ([
        "Would you help me draft a text to the landlord, {n}, about the mould in the back bedroom? It's been there since October and the young one's chest is at her again.",
        "Note for Teacher: {n} will be out Thursday and Friday for the granny's funeral in Ballina, sorry for the short notice.",
        "Name: {n}. Claim ref 88120. Car was hit in the Dunnes car park in Tralee, other driver drove off, the shop has the reg on CCTV.",
        "Reminder: pay {n} back the €350 before Christmas.",
    ], [
        "{n} pointed over a late free to give Kilkenny a one-point win over Galway in Croke Park on Sunday.",
        "The Minister for Health, {n}, told the Dáil that hospital waiting lists had fallen for the third month in a row.",
        "Review: In her third collection, {n} returns to the Beara coast with poems of weather, grief and small-town gossip.",
    ]),
    "es_ES": ([
        "Buenas, le escribo porque el paquete a nombre de {n} lleva diez días en la oficina de Correos de Vallecas y nadie nos ha avisado.",
        "{n} no ha pagado las dos últimas mensualidades del alquiler del piso de la calle Alcalá; ¿cómo redacto un burofax?",
        "Estimado {n}: le confirmamos la cita con el dermatólogo para el martes 14 a las 10:30 en el centro de salud.",
        "Perro perdido en el Retiro, llamar a {n}.",
    ], [
        "{n} marcó de cabeza en el minuto 87 y el Betis arrancó un empate 2-2 en Mestalla.",
        "La calle {n} de Zaragoza permanecerá cortada al tráfico durante las obras del tranvía.",
        "{n} (Sevilla, 1921 – Madrid, 1998) fue una poeta y traductora española vinculada a la Generación del 50.",
    ]),
    "pt_BR": ([
        "Oi, pode me ajudar a escrever uma reclamação pro Procon? Comprei uma geladeira, a entrega era pra {n} no dia 5 e até agora nada.",
        "Prezado(a) {n}, informamos que a taxa de condomínio do seu apartamento está em atraso desde março.",
        "{n} faltou às aulas a semana toda por causa de uma virose, segue o atestado em anexo.",
        "Minha vizinha {n} colocou a caixa de som no muro de novo às duas da manhã; o que eu posso fazer além de chamar a polícia? Já conversei com o síndico três vezes, ele diz que não pode fazer nada, e eu acordo às cinco pra trabalhar.",
    ], [
        "Na novela, {n} é uma costureira do interior que descobre ser herdeira de uma fazenda de café.",
        "{n} venceu a eleição para prefeito do Recife com 54,3% dos votos válidos.",
        "Como demonstrou {n} em sua tese de doutorado (USP, 2009), a migração nordestina redesenhou a periferia paulistana.",
    ]),
    "fr_FR": ([
        "Bonjour, pouvez-vous m'aider à rédiger un mail à {n}, mon propriétaire, qui refuse de rendre la caution depuis deux mois ?",
        "{n} a été absent lundi et mardi, merci de bien vouloir excuser son absence.",
        "Note CRM : rappeler {n} jeudi, client mécontent du délai de livraison du canapé, proposer un geste commercial.",
        "Mon frère m'a transféré ce message WhatsApp : « Il paraît que {n} a encore demandé de l'argent à papa, 800 euros cette fois, il faut qu'on en parle ce week-end avant que maman ne l'apprenne. » Comment lui répondre sans déclencher une dispute ?",
    ], [
        "Le musée d'Orsay consacre jusqu'au 12 janvier une rétrospective à {n}, peintre des bords de Seine.",
        "{n} est mort dimanche à l'âge de 91 ans ; ancien ministre de la Culture, il avait fait entrer le cinéma à l'école.",
        "Le prix {n} a été décerné cette année à un premier roman sur la Guadeloupe.",
    ]),
    "it_IT": ([
        "{n} mi deve ancora 1.200 euro dal prestito di febbraio e non risponde più al telefono, come posso scrivergli un sollecito formale?",
        "Gentile {n}, la informiamo che la sua pratica di rimborso sinistro n. 44821 è stata respinta per mancanza della documentazione fotografica.",
        "Ciao prof, oggi {n} esce alle 11 per il dentista.",
        "Trovato portafoglio nero in via Garibaldi, dentro c'è la carta d'identità di {n}.",
    ], [
        "Nel romanzo, {n} è un commissario siciliano che indaga sulla scomparsa di un notaio.",
        "Al 34' {n} ha raddoppiato su rigore e la Juventus ha chiuso il primo tempo sul 2-0.",
        "© 2021 {n}. Tutti i diritti riservati.",
    ]),
    "de_DE": ([
        "Hallo {n}, wie besprochen schicke ich Ihnen die Nebenkostenabrechnung für 2023; die Nachzahlung von 312 Euro ist bis Monatsende fällig.",
        "{n}s Krankmeldung liegt seit Montag vor, bitte im Dienstplan bis Freitag austragen.",
        "Unser Nachbar {n} parkt seit Wochen in unserer Einfahrt. Wie formuliere ich eine freundliche, aber bestimmte Nachricht, bevor ich die Hausverwaltung einschalte? Ich möchte nicht, dass das Verhältnis völlig kaputtgeht, weil wir uns den Garten teilen.",
        "Kundin {n} ruft wegen beschädigter Waschmaschine an.",
    ], [
        "Der Vorstandsvorsitzende {n} kündigte am Mittwoch in Wolfsburg den Abbau von 3.000 Stellen an.",
        "Vgl. {n}: Die Stadt im Mittelalter. München 1998, S. 112.",
        "Im Wahlkreis Leipzig 2 setzte sich {n} mit 31,8 Prozent der Erststimmen durch.",
    ]),
    "nl_NL": ([
        "Kun je helpen met een bezwaarbrief? Mijn verhuurder, {n}, wil de huur per 1 juli met 9% verhogen terwijl de cv-ketel al maanden kapot is.",
        "{n} heeft vandaag op het schoolplein een ander kind gebeten, graag even bellen na 15.00 uur.",
        "Beste {n}, je pakket kon niet worden bezorgd en ligt klaar bij het afhaalpunt in de Albert Heijn.",
        "Gevonden: fiets met naamsticker {n}, staat bij Utrecht Centraal.",
    ], [
        "In de film speelt {n} een havenarbeider in het Rotterdam van de jaren vijftig; de cameravoering is adembenemend.",
        "{n} (Haarlem, 1948) is een Nederlandse componist en dirigent.",
        "De {n}straat in Amsterdam-Oost krijgt volgend jaar een nieuwe inrichting.",
    ]),
    "sv_SE": ([
        "Hej {n}, din hyresavi för mars är fortfarande obetald; vänligen betala in 8 450 kr senast fredag.",
        "Kan du hjälpa mig skriva ett mejl till förskolan om att {n} inte får äta nötter?",
        "{n}s försäkringsärende gäller vattenskada i badrummet, anmält 12 februari, väntar på besiktning.",
        "Min pappa, {n}, har blivit lurad av någon som ringde och utgav sig för att vara från banken, och nu har 40 000 kronor försvunnit från hans konto. Hur gör vi en polisanmälan och vad ska vi säga till banken?",
    ], [
        "{n} gjorde 2–1 i 78:e minuten när Djurgården slog Hammarby inför fullsatta läktare.",
        "Riksdagsledamoten {n} (S) sade i en intervju att budgeten saknar satsningar på landsbygden.",
        "Utställningen på Moderna Museet visar över hundra verk av {n}, från tidiga skisser till de sena collagen.",
    ]),
    "pl_PL": ([
        "Pan {n} zalega z czynszem za trzy miesiące, jak napisać wezwanie do zapłaty?",
        "Dzień dobry, piszę w sprawie reklamacji butów zamówionych na nazwisko {n}, zamówienie nr 55213.",
        "{n} – zwolnienie lekarskie od 4 do 11 marca, angina.",
        "Mój sąsiad, {n}, od tygodnia wierci po 22:00 i nie reaguje na prośby.",
    ], [
        "{n} zdobył bramkę w 63. minucie, a Lech Poznań wygrał z Legią 2:1.",
        "Akcja powieści rozgrywa się w Krakowie, gdzie {n}, młody student medycyny, zakochuje się w córce aptekarza.",
        "Zmarł {n}, wybitny aktor teatralny i wieloletni dyrektor Teatru Starego w Krakowie. Miał 88 lat.",
    ]),
    "cs_CZ": ([
        "Jméno: {n}, datum narození 12. 5. 1979, alergie na penicilin.",
        "Můžete mi pomoct napsat e-mail? {n} mi dluží 15 000 Kč za opravu auta a už půl roku se vymlouvá.",
        "{n} dnes nebyl ve škole, měl horečku.",
        "Soused {n} nám pořád hází listí přes plot a nechává kompost u našeho sklepa. Už jsme se kvůli tomu několikrát pohádali a nechceme to hnát k soudu, ale zahrada je každý podzim plná jeho listí. Jak to řešit přes obecní úřad?",
    ], [
        "Ve druhém kole senátních voleb zvítězil {n} se ziskem 58 % hlasů.",
        "{n} (* 1936, Brno) je český spisovatel, dramatik a překladatel.",
        "Nové album, které {n} nahrál se smyčcovým kvartetem, patří k nejlepším letošním deskám.",
    ]),
    "ru_RU": ([
        "Здравствуйте, {n}! Напоминаем, что срок оплаты по договору займа истёк 15 марта.",
        "{n} не вернул мне 40 тысяч, которые брал в долг ещё летом, помогите составить претензию.",
        "Пациент: {n}, 67 лет, жалобы на головокружение и слабость, давление 160/95.",
        "Соседка сверху {n} уже третий раз заливает нам потолок в ванной, а управляющая компания ничего не делает. Как правильно составить акт о заливе и потребовать возмещения ущерба, если она отказывается даже открыть дверь?",
    ], [
        "«Мы не планируем повышать тарифы в этом году», — заявил {n}, генеральный директор компании, на пресс-конференции в Москве.",
        "{n} отличился на 55-й минуте, и «Зенит» обыграл «Спартак» со счётом 2:0.",
        "В 1812 году {n} возглавил оборону города и был награждён орденом Святого Георгия.",
    ]),
    "uk_UA": ([
        "{n} просить перенести консультацію на п'ятницю, бо дитина захворіла.",
        "Доброго дня! Посилка на ім'я {n} вже тиждень лежить у відділенні Нової пошти №12, а смс так і не прийшло.",
        "Орендар {n} не платить за квартиру з січня і не відповідає на дзвінки; що мені робити як власниці?",
        "ПІБ: {n}. Клас: 7-Б. Причина відсутності: сімейні обставини.",
    ], [
        "У фільмі {n} грає вчительку з маленького містечка на Поділлі, і це найсильніша її роль.",
        "На виборах міського голови переміг {n}, набравши 61% голосів.",
        "{n} (1889–1937) — український поет і перекладач, представник Розстріляного відродження.",
    ]),
    "el_GR": ([
        "Καλησπέρα, ο ενοικιαστής μου {n} χρωστάει τρία ενοίκια, πώς γράφω εξώδικο;",
        "{n}: απουσία από το σχολείο λόγω ιλαράς, επιστρέφει τη Δευτέρα.",
        "Προς: {n} – Θέμα: Έγκριση αποζημίωσης για το τροχαίο της 3ης Μαΐου.",
        "Η γειτόνισσα {n} βάζει δυνατή μουσική κάθε βράδυ μέχρι τις τρεις, και όταν της χτύπησα την πόρτα μού είπε να μετακομίσω αν δεν μου αρέσει. Τι δικαιώματα έχω και σε ποιον μπορώ να απευθυνθώ;",
    ], [
        "Στο 72' ο {n} ισοφάρισε με κεφαλιά και ο Ολυμπιακός έφερε ισοπαλία 1-1 στην Τούμπα.",
        "Πέθανε σε ηλικία 89 ετών ο {n}, ένας από τους σημαντικότερους σκηνοθέτες του ελληνικού κινηματογράφου.",
        "Copyright © 2019 {n}. Με επιφύλαξη παντός δικαιώματος.",
    ]),
    "tr_TR": ([
        "Kiracım {n}'a üç kez ihtar çektim ama hâlâ ödeme yapmadı.",
        "Sayın {n}, kargonuz dağıtım merkezinde bekletilmektedir; lütfen 3 iş günü içinde teslim alınız.",
        "Oğlum {n} bugün okula gelemeyecek, ateşi var.",
        "Üst kat komşumuz {n} her gece saat ikiye kadar mobilya sürüklüyor; yöneticiye yazacağım dilekçeyi kibar ama net bir dille yazmama yardım eder misin?",
    ], [
        "{n}, 1935 seçimlerinde Meclis'e giren ilk kadın milletvekillerinden biriydi.",
        "Galatasaray, 81. dakikada {n}'ın golüyle Fenerbahçe'yi 1-0 yendi.",
        "{n} Kültür Merkezi'nin açılışı cumartesi günü yapılacak.",
    ]),
    "ar_AA": ([
        "السيد {n}، نود إبلاغكم بأن فاتورة الكهرباء لشهر مارس لم تُسدَّد بعد.",
        "ابني {n} لن يحضر إلى المدرسة غداً بسبب موعد عند طبيب الأسنان.",
        "أرجو مساعدتي في كتابة شكوى ضد جاري {n} الذي يركن سيارته أمام باب بيتي كل يوم منذ شهرين، وقد تحدثت معه مرات عديدة دون فائدة، ولا أريد أن يصل الأمر إلى الشرطة.",
        "{n} استلف مني ألفي ريال ولم يردها.",
    ], [
        "صرّح {n}، وزير المالية، بأن الحكومة ستخفض دعم الوقود تدريجياً خلال العامين المقبلين.",
        "سجّل {n} هدف الفوز في الدقيقة 90 ليفوز الهلال على النصر 2-1.",
        "في الرواية، يعود {n} إلى قريته بعد عشرين عاماً في المهجر ليجد كل شيء قد تغيّر.",
    ]),
    "fa_IR": ([
        "سلام، صاحب‌خانه‌ام {n} ودیعه را پس نمی‌دهد؛ چطور اظهارنامه بفرستم؟",
        "{n} امروز به دلیل سرماخوردگی به مدرسه نیامد.",
        "نام بیمار: {n}، سن ۴۵ سال، سابقه دیابت نوع دو.",
        "این پیام واتساپ خواهرم است: «به {n} بگو دیگر با ماشین بابا بیرون نرود، دیشب باز تصادف کرده و بیمه هم تمام شده.» چطور این را آرام به او بگویم که ناراحت نشود؟",
    ], [
        "{n} در انتخابات شورای شهر تهران با بیش از یک میلیون رأی نفر اول شد.",
        "خیابان {n} از فردا برای تعمیرات یک‌طرفه می‌شود.",
        "{n} (زاده ۱۳۱۵ در شیراز) شاعر و مترجم ایرانی است.",
    ]),
    "he_IL": ([
        "שלום {n}, רצינו להזכיר שהתשלום על שכר הדירה לחודש מאי עדיין לא התקבל.",
        "השכן {n} בונה מחסן על השטח המשותף בלי אישור, איך אני פונה לוועד הבית?",
        "ל{n} יש אלרגיה לבוטנים, נא לא לתת לו חטיפים בגן.",
        "נמצאה תעודת זהות בתחנה המרכזית על שם {n}, מי שמכיר מוזמן ליצור קשר.",
    ], [
        "לדברי {n}, מנכ״ל החברה, ההנפקה תתקיים ברבעון הבא.",
        "{n} כבש בדקה ה-88 ומכבי חיפה ניצחה 2:1.",
        "התערוכה במוזיאון ישראל מציגה את צילומיו של {n} מירושלים של שנות החמישים.",
    ]),
    "hi_IN": ([
        "{n} ने पिछले छह महीने से मकान का किराया नहीं दिया है, क्या मैं उन्हें कानूनी नोटिस भेज सकता हूँ?",
        "प्रिय {n}, आपका बीमा दावा संख्या 77341 स्वीकृत हो गया है।",
        "मेरी बेटी {n} कल स्कूल नहीं आ पाएगी, उसे बुखार है।",
        "नाम: {n}, उम्र 52, शिकायत: दो दिन से सीने में दर्द।",
    ], [
        "{n} ने 47 गेंदों में शतक जड़ा और भारत ने ऑस्ट्रेलिया को छह विकेट से हराया।",
        "इस वर्ष का {n} पुरस्कार एक युवा कवयित्री को दिया गया।",
        "उपन्यास में {n} एक गरीब किसान है जो साहूकार के कर्ज़ में डूबा हुआ है।",
    ]),
    "en_IN": ([
        "Sir, my tenant {n} has not paid rent for four months and is now refusing to vacate the flat in Koramangala, kindly guide how to send legal notice.",
        "Kindly note that {n} of Class 8-B will be on leave from 12th to 15th due to cousin's marriage in Jaipur.",
        "Dear {n}, your order has been cancelled due to non-availability at the seller's end; refund will be processed in 5-7 working days.",
        "Please do the needful, {n}'s March salary not credited.",
    ], [
        "{n} took four wickets for 23 as Mumbai bowled out Delhi for 141 at the Wankhede.",
        "The Finance Minister, {n}, said the fiscal deficit target would be met despite higher spending on subsidies.",
        "{n} (2015). Caste, Class and the City: Essays on Urban India. New Delhi: Oxford University Press.",
    ]),
    "zh_CN": ([
        "{n}欠我八千块钱一直不还，微信也把我拉黑了，我该怎么起诉？",
        "您好，我是{n}的家长，孩子今天发烧请假一天。",
        "快递单上收件人写的是{n}，但是显示已签收，我们根本没收到。",
        "客户{n}反映空调安装后漏水，已预约周六上门维修，客户情绪较大，需回访。",
    ], [
        "{n}在第67分钟头球破门，帮助山东泰山2比1战胜上海海港。",
        "据新华社报道，{n}表示，今年将继续推进城乡医保一体化改革。",
        "该片由{n}执导，讲述了一个东北小镇工人家庭三十年的变迁，镜头克制而动人。",
    ]),
    "ja_JP": ([
        "{n}さんの退去時の敷金返還について、管理会社に送るメールの文面を考えてほしいです。",
        "お客様氏名：{n}、注文番号 A-20931、商品破損のため交換希望。",
        "隣の{n}さんの家の犬が毎晩吠えていて眠れません。直接言うべきか、管理組合に相談すべきか迷っています。角が立たない手紙の書き方を教えてください。",
        "{n}は本日発熱のため欠席します。",
    ], [
        "{n}は日本の小説家。東京都出身。",
        "後半38分、{n}が決勝ゴールを決め、浦和は鹿島に1-0で勝利した。",
        "作家の{n}さんが死去、82歳。戦後の地方都市を描いた作品で知られた。",
    ]),
    "ko_KR": ([
        "{n} 씨가 보증금을 돌려주지 않아서 내용증명을 보내려고 하는데 어떻게 써야 하나요?",
        "안녕하세요, {n} 학생 어머니입니다. 오늘 병원 진료 때문에 조퇴하겠습니다.",
        "고객명: {n} / 문의 내용: 배송 지연, 3일째 출고 대기 상태.",
        "{n}에게 빌려준 돈 200만 원을 받아야 하는데 연락이 안 돼요.",
    ], [
        "{n} 대표는 기자간담회에서 올해 하반기 미국 공장 착공 계획을 밝혔다.",
        "{n}의 장편소설은 1980년대 광주를 배경으로 한 가족의 상처를 섬세하게 그려냈다.",
        "서울시장 선거에서 {n} 후보가 52.3%의 득표율로 당선됐다.",
    ]),
    "vi_VN": ([
        "Chị {n} thuê phòng trọ của tôi từ tháng 3 nhưng đã nợ hai tháng tiền nhà, tôi nên làm gì?",
        "Kính gửi anh/chị {n}, đơn hàng của quý khách bị giao chậm do thời tiết xấu.",
        "{n} xin phép nghỉ học hôm nay vì bị sốt.",
        "Hàng xóm {n} xây tường lấn sang đất nhà tôi gần nửa mét, tôi đã báo tổ dân phố nhưng chưa được giải quyết. Tôi muốn viết đơn gửi UBND phường, bạn giúp tôi soạn được không?",
    ], [
        "Đường {n} ở quận 1 sẽ được cải tạo vỉa hè trong năm nay.",
        "{n} là một nhà thơ Việt Nam, sinh năm 1942 tại Hà Tĩnh.",
        "Phút 58, {n} đánh đầu ghi bàn giúp Hà Nội FC thắng Hải Phòng 2-0.",
    ]),
    "id_ID": ([
        "Pak, {n} belum bayar kos dua bulan, gimana cara negurnya yang sopan?",
        "Yth. {n}, klaim asuransi kendaraan Anda sedang dalam proses verifikasi.",
        "Dicari: dompet cokelat atas nama {n}, hilang di KRL arah Bogor.",
        "{n} izin tidak masuk sekolah hari ini karena sakit.",
    ], [
        "Menurut {n}, Menteri Perhubungan, tarif ojek online akan naik mulai bulan depan.",
        "Dalam film ini, {n} berperan sebagai guru honorer di pedalaman Papua.",
        "Museum Nasional menggelar pameran lukisan karya {n} hingga akhir bulan.",
    ]),
    "yo_NG": ([
        "{n} kò tíì san owó ilé oṣù mẹ́ta, báwo ni mo ṣe lè kọ lẹ́tà ìkìlọ̀ sí i?",
        "Ẹ kú àárọ̀, ọmọ mi {n} kò ní wá sí ilé-ìwé lónìí nítorí ibà.",
        "Orúkọ: {n}. Ẹ̀sùn: ẹrù tí mo rà kò tíì dé ọ̀dọ̀ mi lẹ́yìn ọ̀sẹ̀ méjì.",
        "Aládùúgbò mi {n} máa ń da ìdọ̀tí sí iwájú ilé mi.",
    ], [
        "{n} gba bọ́ọ̀lù wọlé ní ìṣẹ́jú 75, Super Eagles sì borí Ghana ní 2-1.",
        "{n} jẹ́ òǹkọ̀wé àti olùkọ́ ọmọ orílẹ̀-èdè Nàìjíríà tí a bí ní Abẹ́òkúta ní ọdún 1934.",
        "Nínú ìwé ìtàn àròsọ yìí, {n} jẹ́ ọdẹ akíkanjú tí ó wọ inú igbó ẹ̀mí lọ.",
    ]),
    "ig_NG": ([
        "{n} akwụbeghị ụgwọ ụlọ ọnwa atọ, kedu ka m ga-esi dee ya akwụkwọ ịdọ aka ná ntị?",
        "Nwa m {n} agaghị abịa ụlọ akwụkwọ taa n'ihi na ahụ na-ama ya ọkụ.",
        "Ndewo {n}, ngwongwo i zụrụ erubeghị n'ihi nsogbu n'ụzọ.",
        "Onye agbata obi m {n} na-akpọ egwu n'olu dị elu kwa abalị.",
    ], [
        "{n} bụ onye edemede a ma ama nke a mụrụ n'Ogidi n'afọ 1930.",
        "Gọvanọ steeti ahụ, {n}, kwuru na a ga-arụzi okporo ụzọ Enugu-Onitsha n'afọ a.",
        "Ụlọ ngosi ihe nka dị n'Enugu na-egosi ihe osise {n} site taa ruo ọnwa ọzọ.",
    ]),
    "ha_NG": ([
        "{n} bai biya kuɗin haya ba tsawon wata uku, ta yaya zan rubuta masa wasiƙar gargaɗi?",
        "Ɗana {n} ba zai zo makaranta yau ba saboda zazzaɓi.",
        "Suna: {n}. Ƙorafi: kayan da na saya ba su iso ba bayan mako biyu.",
        "Maƙwabcina {n} yana zuba shara a ƙofar gidana kowace rana.",
    ], [
        "{n} ya ci ƙwallo a minti na 80, Kano Pillars ta doke Enyimba da ci 2-1.",
        "Hukumar zaɓe ta bayyana {n} a matsayin wanda ya lashe zaɓen gwamna da ƙuri'u 850,000.",
        "{n} ya kasance ɗaya daga cikin shugabannin Arewa na farko bayan samun 'yancin kai.",
    ]),
    "sw": ([
        "{n} hajalipa kodi ya miezi mitatu, nifanyeje kumwandikia barua ya onyo?",
        "Habari mwalimu, mtoto wangu {n} hatakuja shuleni leo kwa sababu ana homa.",
        "Jina: {n}. Malalamiko: mzigo niliouagiza haujafika baada ya wiki mbili.",
        "Nimepokea ujumbe huu WhatsApp: 'Mwambie {n} alete pesa ya mchango wa harusi kabla ya Jumamosi, la sivyo tutamwondoa kwenye kamati.' Nisaidie kujibu kwa upole bila kumkasirisha mtu yeyote katika familia.",
    ], [
        "{n} alifunga bao dakika ya 67 na Simba ikaishinda Yanga 1-0.",
        "Copyright © 2020 {n}. Haki zote zimehifadhiwa.",
        "Mtaa wa {n} jijini Dar es Salaam utafungwa kwa ajili ya matengenezo.",
    ]),
}


# Round 12: written by a ninth writer, who had read nothing of the repository
# (4 personal and 3 public sentences per locale, 14 kinds of public context);
# the holdout from its commit until 2026-12-05, when round 14 replaced it and
# it moved to tuning.
SEEN_12 = {
    'en_US': (
        [
            'Can you help me write a polite but firm email to my tenant {n}? Rent for unit 4B was due March 1 and they still owe $1,850 plus the $75 late fee.',
            'Patient: {n}\nDOB: 04/17/1962\nChief complaint: chest tightness on exertion x 2 weeks, hx of type 2 diabetes, on metformin 500mg BID.',
            "hey can you rewrite this so it sounds less passive aggressive: 'Hi {n}, just circling back AGAIN on the Q3 expense report, finance needs it by Friday.'",
            'Thanks so much,\n{n}\nAccounts Receivable | Brightline Logistics\n(614) 555-0192',
        ],
        [
            'Summarize chapter 3 of The Quiet Frontier by {n} (Penguin, 2004) in five bullet points for my book club.',
            'Senator {n} told reporters on Tuesday that the infrastructure bill would not pass without bipartisan support.',
            'The {n} Memorial Library on Elm Street will be closed for renovations through August.',
        ],
    ),
    'en_GB': (
        [
            "Could you draft a letter to our neighbour {n} at no. 14 about the leylandii hedge? It's now over 3 metres and blocking the light to our back garden.",
            'Ticket #48213 – Customer {n} rang about a double charge of £62.40 on her October direct debit, wants a refund to her Nationwide account.',
            'Reference request: {n} worked with us as a teaching assistant in Year 4 from Sept 2019 to July 2023, reliable but had 11 days of sick leave last year.',
            "Cheers for sorting the tickets, see you Saturday at Mum's 70th!\n– {n}",
        ],
        [
            "{n} (2018) 'Housing policy after austerity', Journal of Social Policy, 47(2), pp. 211–230.",
            '{n} scored twice in the second half as Leeds came from behind to beat Norwich 3–1 at Elland Road.',
            'A blue plaque marks the house in Camden where {n} lived from 1921 until 1934.',
        ],
    ),
    'ga_IE': (
        [
            'An féidir leat ríomhphost a scríobh chuig {n} ag meabhrú dó go bhfuil an cíos de €1,200 le híoc faoin gcéad lá de Mhárta?',
            'Othar: {n}\nDáta breithe: 12/03/1958\nGearán: pian droma le trí seachtaine, brú fola ard.',
            'Nóta ón tuismitheoir: ní bheidh {n} ar scoil Dé hAoine mar tá coinne aige leis an bhfiaclóir i nGaillimh.',
            'Le gach dea-ghuí,\n{n}\nOifigeach Acmhainní Daonna\nFón: 091 555 123',
        ],
        [
            'Scríobh {n} an t-úrscéal seo sna 1930idí, agus aistríodh go Béarla é níos déanaí.',
            'Osclaíodh Ionad Cultúrtha {n} sa bhliain 2005 in ómós don fhile.',
            'Dúirt an tAire {n} sa Dáil inné go mbeidh ciste nua ar fáil do na hoileáin.',
        ],
    ),
    'es_ES': (
        [
            'Hola, ¿me ayudas a redactar un correo para {n}? Es el inquilino del 3ºB y lleva dos meses sin pagar los 750 € del alquiler.',
            'Paciente: {n} | Edad: 67 | Motivo de consulta: mareos y tensión 160/95 | Alergia a la penicilina',
            'Buenas, soy {n}, cliente con contrato nº 20481937. Me habéis cobrado dos veces la factura de la luz de enero (84,30 €) y quiero la devolución.',
            'Recordatorio: mañana a las 10:00 entrevista de evaluación con {n}, del departamento de compras; revisar sus bajas médicas de marzo.',
        ],
        [
            'Según {n}, ministra de Hacienda, el déficit cerrará el año por debajo del 3 %.',
            '{n} se proclamó campeón de Roland Garros tras remontar una final de cinco sets.',
            'Óleo sobre lienzo, 1897. {n} (Valencia, 1863 – Madrid, 1923). Donación al museo en 1931.',
        ],
    ),
    'pt_BR': (
        [
            'Oi, preciso mandar uma mensagem cobrando o {n} dos R$ 2.300 do conserto do carro que ele prometeu pagar até sexta. Me ajuda?',
            'Nome do aluno: {n}\nTurma: 7º ano B\nObservação: faltou 9 aulas em abril, responsável não atende o telefone.',
            'Prezados, a colaboradora {n} apresentou atestado médico de 15 dias a partir de 03/06. Favor ajustar a folha de pagamento.',
            'Att,\n{n}\nGerente de Contas – Agência Centro\nTel.: (11) 98765-4321',
        ],
        [
            'O romance, publicado por {n} em 1881, é considerado um marco do realismo brasileiro.',
            'Direção e roteiro: {n}. Brasil, 2019, 112 min. Classificação: 14 anos.',
            'Escola Estadual {n} abre inscrições para o EJA até o dia 15 de fevereiro.',
        ],
    ),
    'fr_FR': (
        [
            "Peux-tu m'aider à écrire un mail à {n}, notre voisine du 2e, pour lui dire que son chien aboie toutes les nuits depuis trois semaines ?",
            'Dossier locataire – {n} : bail signé le 01/09/2021, loyer 890 € CC, deux impayés (avril et mai), dépôt de garantie 1 780 €.',
            "Salut, c'est {n}, je serai en retard demain, j'ai rendez-vous chez le cardiologue à 9h. Tu peux prévenir Karim ?",
            'Compte rendu : Mme {n}, 54 ans, adressée pour bilan de fatigue chronique ; ferritine à 8 ng/mL, traitement martial débuté.',
        ],
        [
            "Démontré par {n} en 1837, ce théorème est aujourd'hui enseigné dans toutes les classes préparatoires.",
            '{n}, né le 3 mars 1912 à Lyon et mort le 14 juin 1987 à Paris, est un écrivain et résistant français.',
            "© 2021 {n}. Tous droits réservés. Reproduction interdite sans autorisation de l'éditeur.",
        ],
    ),
    'it_IT': (
        [
            'Mi aiuti a scrivere un messaggio a {n}? È la mamma di un compagno di classe di mio figlio e le devo 45 euro per la gita a Firenze.',
            'Cliente: {n} – richiesta di rateizzazione del debito di 3.420 € in 12 mensilità – documenti in allegato.',
            'Nota turno notte: il sig. {n}, letto 12, ha avuto febbre a 38,7 alle 2:00, somministrato paracetamolo 1 g.',
            "Ciao a tutti, sono {n} dell'amministrazione: ricordo che i rimborsi spese di maggio vanno consegnati entro il 10.",
        ],
        [
            'Nel romanzo, {n} è un giovane nobile siciliano che assiste impotente al declino della propria famiglia.',
            "Intervento di apertura: {n} (Politecnico di Milano), «Intelligenza artificiale e diritto d'autore», ore 9:30, Aula Magna.",
            "Il premio {n} per la poesia è stato assegnato quest'anno a una giovane autrice sarda.",
        ],
    ),
    'de_DE': (
        [
            'Kannst du mir helfen, eine Mahnung an {n} zu formulieren? Die Rechnung Nr. 2023-114 über 1.240,00 € ist seit dem 15. Mai überfällig.',
            'Mieter: {n}, Wohnung 3. OG links, meldet Schimmel im Badezimmer seit Januar, möchte Mietminderung von 10 %.',
            'Hi, hier ist {n} aus der Buchhaltung – ich bin ab Montag zwei Wochen krankgeschrieben (Bandscheibe). Bitte an Jörg wenden.',
            'Mit freundlichen Grüßen\n{n}\nSachbearbeiterin Personalwesen\nTel. 0561 123456-20',
        ],
        [
            'Der Schriftsteller {n} ist im Alter von 91 Jahren in München gestorben. Sein Werk wurde in über 30 Sprachen übersetzt.',
            '{n}: Die Verwandlung. Leipzig: Kurt Wolff Verlag, 1915, S. 12–18.',
            'Im Interview mit dem Deutschlandfunk sagte Bundesminister {n}, die Reform werde frühestens 2026 umgesetzt.',
        ],
    ),
    'nl_NL': (
        [
            'Kun je een nette mail opstellen aan {n}? Ze heeft haar laptop (€1.099) op 2 april bij ons gekocht en het scherm is nu al kapot.',
            'Klantnummer 559201 – {n} – belt over achterstand zorgpremie van €412, wil een betalingsregeling.',
            'Hoi! Dit is {n}, de buurvrouw van nummer 23. Kunnen jullie volgende week onze kat voeren? We zijn op vakantie.',
            'Verslag oudergesprek: {n} (groep 6) heeft moeite met rekenen, dyslexieonderzoek aangevraagd, volgend gesprek 12 november.',
        ],
        [
            'Het schilderij werd in 1889 gemaakt door {n} en hangt tegenwoordig in zaal 2.8 van het Rijksmuseum.',
            '{n} won zondag de tijdrit in de Vuelta en pakte daarmee de rode trui.',
            'Het {n} College in Utrecht viert dit jaar zijn honderdjarig bestaan.',
        ],
    ),
    'sv_SE': (
        [
            'Kan du hjälpa mig skriva ett sms till {n}? Han har inte betalat tillbaka de 3 500 kr jag lånade ut i februari.',
            'Patient: {n}, 78 år. Fallolycka i hemmet 14/3, misstänkt höftfraktur. Anhörig: dottern Karin.',
            'Hej! Jag heter {n} och bor i lägenhet 1102. Diskmaskinen har läckt och nu är det vattenskada på golvet, när kan ni komma?',
            'Anteckning utvecklingssamtal: {n} vill gå ner till 80 % från augusti för att ta hand om sin mamma.',
        ],
        [
            '{n} (1707–1778) var en svensk botaniker, läkare och zoolog.',
            'I romanen möter vi {n}, en ensam fyrvaktare på en ö i Stockholms skärgård.',
            'Föreläsare: {n}, professor i nationalekonomi, Uppsala universitet. Sal B, kl. 13.15.',
        ],
    ),
    'pl_PL': (
        [
            'Pomóż mi napisać list do sąsiadów w sprawie hałasu po 22:00 z mieszkania nr 9. Podpis: {n}, mieszkanie nr 7.',
            'Pacjent: {n}, lat 59, cukrzyca typu 2, HbA1c 8,9%, skierowanie do poradni diabetologicznej.',
            'Dzień dobry, nazywam się {n}, mam umowę nr 40021/2022. Proszę o zwrot nadpłaty 318,50 zł za gaz.',
            'Notatka: pracownik {n} (dział logistyki) złożył wniosek o urlop bezpłatny od 1 lipca do 30 września z powodów rodzinnych.',
        ],
        [
            'Autor powieści, {n}, otrzymał w 2018 roku Nagrodę Literacką Nike.',
            'Mecz zakończył się remisem 1:1, a jedyną bramkę dla Legii zdobył {n}.',
            '{n} (ur. 7 listopada 1867 w Warszawie, zm. 4 lipca 1934 w Passy) – fizyk i chemik, dwukrotny laureat Nagrody Nobla.',
        ],
    ),
    'cs_CZ': (
        [
            'Můžeš mi pomoct napsat e-mail pro nájemníka? Jmenuje se {n}, dluží nájem za dva měsíce, celkem 28 400 Kč.',
            'Jméno a příjmení: {n}\nRodné číslo: viz příloha\nDiagnóza: zlomenina zápěstí, pracovní neschopnost od 2. 5.',
            'Ahoj, tady {n}, zítra nepřijdu na poradu, dítě má horečku. Prezentaci ti pošle Jana.',
            'S pozdravem\n{n}\nvedoucí účtárny\nTel.: +420 602 123 456',
        ],
        [
            'Kniha, kterou napsal {n}, vyšla poprvé v roce 1923 a dodnes patří k povinné četbě.',
            'Ministr zdravotnictví {n} na tiskové konferenci oznámil, že od ledna se zvýší úhrady za léky.',
            'Hudba a text: {n}. Nahráno ve studiu Propast, Praha 1992.',
        ],
    ),
    'ru_RU': (
        [
            'Помоги составить письмо арендатору. Кому: {n}. Задолженность по аренде за март и апрель — 64 000 руб., срок оплаты до 20 мая.',
            'Пациент: {n}, 45 лет. Жалобы на головные боли, АД 150/100, назначен лизиноприл 10 мг.',
            'Привет, это {n}, я завтра не выйду — сын заболел. Ольга Сергеевна в курсе, отчёт будет в четверг.',
            'Заявление. Я, {n}, прошу предоставить мне отпуск без сохранения заработной платы с 01.07 по 14.07 по семейным обстоятельствам.',
        ],
        [
            '{n} (1821–1881) — русский писатель, мыслитель и публицист.',
            'Министр финансов {n} заявил журналистам, что бюджет на следующий год будет сбалансирован.',
            'Автор: {n}. Мастер и Маргарита. — М.: АСТ, 2019. — 384 с.',
        ],
    ),
    'uk_UA': (
        [
            'Допоможи написати лист сусідці знизу. Від кого: {n}, кв. 15. Тема: протікання, ремонт стелі коштував 12 000 грн.',
            "Учень: {n}, 9-Б клас. Пропустив 14 уроків у жовтні, батьки не виходять на зв'язок.",
            'Добрий день! Мене звати {n}, я замовляла холодильник (замовлення № 77120), досі не доставили, хоча оплата пройшла 3 числа.',
            'З повагою,\n{n}\nбухгалтер ТОВ «Агросвіт»\n+380 67 123 45 67',
        ],
        [
            '{n} (1814–1861) — український поет, письменник і художник.',
            'Збірна України перемогла 2:0, обидва голи забив {n}.',
            'Лекцію «Мова і влада» прочитає {n}, доктор філологічних наук, 12 березня о 18:00.',
        ],
    ),
    'el_GR': (
        [
            'Μπορείς να μου γράψεις ένα email για τον ενοικιαστή; Όνομα: {n}. Χρωστάει 2 ενοίκια, σύνολο 900 ευρώ.',
            'Ασθενής: {n}, 71 ετών, υπέρταση, σακχαρώδης διαβήτης, επανέλεγχος σε 3 μήνες.',
            'Γεια σας, εδώ {n} από το λογιστήριο, θα λείψω αύριο γιατί έχω ραντεβού στο νοσοκομείο.',
            'Αίτηση επιστροφής χρημάτων – Πελάτης: {n} – Παραγγελία #55810 – Ποσό: 129,90 € – Λόγος: ελαττωματικό προϊόν.',
        ],
        [
            'Συγγραφέας: {n}, «Το νησί», Εκδόσεις Κέδρος, Αθήνα 1998.',
            '«Η οικονομία ανακάμπτει», δήλωσε ο υπουργός Οικονομικών {n} μετά τη συνεδρίαση του Eurogroup.',
            'Προτομή σε μάρμαρο. {n} (1857–1933), ποιητής. Δωρεά στο μουσείο το 1950.',
        ],
    ),
    'tr_TR': (
        [
            'Kiracım {n} iki aydır kira ödemiyor, toplam 24.000 TL. Resmi ama kibar bir ihtar mesajı yazar mısın?',
            'Hasta adı: {n}\nYaş: 63\nŞikayet: nefes darlığı, KOAH öyküsü, oksijen satürasyonu %88.',
            "Merhaba, ben {n}, 4521 numaralı siparişim hâlâ gelmedi. Ücreti 14 Mart'ta kartımdan çekildi.",
            'Sayın {n},\nMaaş bordronuzda eksik ödenen 3.250 TL fazla mesai ücreti bu ay telafi edilecektir.\nİnsan Kaynakları',
        ],
        [
            '{n} tarafından yazılan roman 1955 yılında yayımlandı ve birçok dile çevrildi.',
            'Maçın tek golünü 67. dakikada {n} attı.',
            '{n} (1902–1963) Türk şair ve yazar olarak tanınır.',
        ],
    ),
    'ar_AA': (
        [
            'ساعدني في كتابة رسالة إلى المستأجر {n} لتذكيره بأن إيجار شهرين متأخر، بمبلغ 6000 درهم.',
            'اسم المريض: {n}\nالعمر: 52 سنة\nالتشخيص: ارتفاع ضغط الدم وسكري من النوع الثاني.',
            'مرحباً، أنا {n}، طلبت غسالة برقم الطلب 38812 قبل ثلاثة أسابيع ولم تصل حتى الآن.',
            'مع خالص التحية،\n{n}\nقسم الموارد البشرية – شركة النور للتجارة',
        ],
        [
            'توفي الشاعر {n} عن عمر ناهز 84 عاماً بعد مسيرة أدبية حافلة.',
            'قال وزير الخارجية {n} في مؤتمر صحفي إن المفاوضات ستستأنف الأسبوع المقبل.',
            'أُعلنت القائمة القصيرة لجائزة {n} للرواية العربية لهذا العام.',
        ],
    ),
    'fa_IR': (
        [
            'لطفاً یک پیام مؤدبانه برای مستأجرم {n} بنویس که اجاره\u200cی دو ماه گذشته، یعنی ۳۰ میلیون تومان، هنوز پرداخت نشده.',
            'نام بیمار: {n}\nسن: ۶۴\nشکایت اصلی: درد قفسه سینه و تنگی نفس',
            'سلام، من {n} هستم، سفارش شماره ۲۲۷۱۹ را ده روز پیش پرداخت کردم ولی هنوز ارسال نشده.',
            'یادداشت جلسه: {n} از واحد مالی درخواست وام ضروری ۵۰ میلیون تومانی برای هزینه\u200cی درمان همسرش داده است.',
        ],
        [
            '{n} (۱۳۰۴–۱۳۷۹) شاعر و نویسنده\u200cی ایرانی بود.',
            'قضیه\u200cای که {n} در سال ۱۹۳۱ اثبات کرد، پایه\u200cی منطق ریاضی مدرن است.',
            'تردد در خیابان {n} به دلیل تعمیرات تا پایان هفته محدود است.',
        ],
    ),
    'he_IL': (
        [
            'תעזור לי לנסח הודעה לשוכר שלי, {n}, שעדיין לא שילם את שכר הדירה של יוני, 4,800 ₪.',
            'שם המטופל: {n}\nגיל: 38\nתלונה עיקרית: כאבי ראש חוזרים ובחילות בשבועיים האחרונים.',
            'היי, זה {n} מהנהלת חשבונות, אני לא אגיע מחר, הבת שלי חולה.',
            'בברכה,\n{n}\nמנהלת לקוחות, סניף חיפה\n052-1234567',
        ],
        [
            'הספר נכתב על ידי {n} ויצא לאור בשנת 1966 בהוצאת עם עובד.',
            'רחוב {n} בתל אביב ייסגר לתנועה בשבת בשל אירוע ספורט.',
            'בימוי: {n} | ישראל, 2018 | 95 דקות',
        ],
    ),
    'hi_IN': (
        [
            'मेरे किरायेदार {n} को एक विनम्र संदेश लिखने में मदद करो, उन्होंने पिछले दो महीने का किराया ₹18,000 अभी तक नहीं दिया है।',
            'मरीज़ का नाम: {n}\nउम्र: 58 वर्ष\nशिकायत: सीने में दर्द, मधुमेह का इतिहास',
            'नमस्ते, मैं {n} बोल रही हूँ, मेरा ऑर्डर नंबर 48213 दस दिन से नहीं आया, पैसे कट चुके हैं।',
            'सेवा में, प्रधानाचार्य महोदय, सविनय निवेदन है कि मेरे पुत्र {n}, कक्षा 7-ब, को बुखार के कारण तीन दिन का अवकाश दिया जाए।',
        ],
        [
            '{n} द्वारा रचित यह उपन्यास 1936 में प्रकाशित हुआ था।',
            'केंद्रीय मंत्री {n} ने कहा कि अगले साल तक सभी गाँवों में बिजली पहुँचा दी जाएगी।',
            '{n} स्टेडियम में खेले गए मैच में भारत ने श्रीलंका को सात विकेट से हराया।',
        ],
    ),
    'en_IN': (
        [
            'Please draft a reminder to my tenant {n} regarding the rent of ₹22,000 for July which is still pending, kindly also mention the maintenance charges.',
            'Dear Sir, I am writing on behalf of my father {n}, aged 72, whose pension has not been credited since April. PPO No. 1234567890.',
            "Hi team, {n} from the Pune office will be on leave from 5th to 12th Aug for her sister's wedding, please coordinate with Ramesh for the client call.",
            'Thanks & Regards,\n{n}\nSr. Executive – Accounts\nMob: +91 98765 43210',
        ],
        [
            'The annual {n} Memorial Lecture will be delivered at IIT Madras on 14 November.',
            '{n} hit a brilliant century as India chased down 287 against Australia at the Wankhede.',
            'Copyright © 2019 {n}. All rights reserved. Published by HarperCollins Publishers India.',
        ],
    ),
    'zh_CN': (
        [
            '帮我给租客{n}写一条微信，提醒他这个月的房租3500元已经逾期五天了，语气客气一点。',
            '患者姓名：{n}\n性别：女\n年龄：46岁\n主诉：反复胃痛两个月，伴有反酸。',
            '您好，我是{n}，订单号20230915882，买的空调装好第二天就不制冷了，要求退换。',
            '会议纪要：{n}（财务部）申请延期提交季度报表，原因是家里老人住院。',
        ],
        [
            '{n}（1881—1936），中国现代文学的奠基人之一。',
            '[3] {n}. 中国农村经济研究[M]. 北京: 商务印书馆, 2008.',
            '在这部小说中，{n}是一位从农村来到上海打拼的年轻女工。',
        ],
    ),
    'ja_JP': (
        [
            '入居者の{n}様へ、3月分の家賃85,000円が未納である旨、丁寧な督促文を作成してください。',
            '患者氏名：{n}\n年齢：72歳\n主訴：ふらつき、転倒歴あり、血圧168/92',
            'お疲れさまです、{n}です。子どもが熱を出したので、本日は在宅勤務にさせてください。',
            '保護者面談メモ：{n}さん（3年2組）、最近欠席が多く、保護者によると朝起きられないとのこと。',
        ],
        [
            '芥川賞を受賞した作家、{n}の長編小説が来春映画化される。',
            '監督・脚本：{n}（2019年／日本／118分）',
            '{n}（1867年 - 1916年）は、日本の小説家、評論家、英文学者。',
        ],
    ),
    'ko_KR': (
        [
            '세입자 {n} 님에게 보낼 문자 좀 써줘. 이번 달 월세 65만 원이 일주일째 안 들어왔어.',
            '환자명: {n}\n나이: 61세\n주호소: 무릎 통증, 고혈압 약 복용 중',
            '안녕하세요, {n}입니다. 주문번호 20240311-0427 상품이 파손되어 도착했습니다. 환불 부탁드립니다.',
            '상담 기록: {n} 학생(2학년 3반), 최근 성적 하락 및 교우 관계 어려움 호소, 부모님 상담 예정.',
        ],
        [
            '조선 중기의 무신 {n}(1545~1598) 동상이 광장 한가운데 서 있다.',
            '{n} 선수가 후반 88분에 결승골을 넣으며 팀의 2-1 승리를 이끌었다.',
            '저자: {n} | 출판사: 창비 | 2016년 출간',
        ],
    ),
    'vi_VN': (
        [
            'Giúp mình viết tin nhắn nhắc anh {n} trả tiền thuê nhà tháng 5, 4.500.000 đồng, đã trễ một tuần rồi.',
            'Họ tên bệnh nhân: {n}\nTuổi: 55\nChẩn đoán: tăng huyết áp, theo dõi tiểu đường type 2.',
            'Chào shop, mình là {n}, đơn hàng #VN88213 giao thiếu 2 món, mình đã chuyển khoản đủ 780.000đ rồi.',
            'Biên bản họp phụ huynh: em {n}, lớp 8A, nghỉ học 6 buổi trong tháng 10 không có lý do.',
        ],
        [
            'Đường {n} ở Quận 1 sẽ cấm xe từ 18h tối nay để phục vụ lễ hội.',
            'Bài thơ được {n} sáng tác năm 1945 và nhanh chóng trở nên nổi tiếng.',
            'Trường THPT {n} công bố điểm chuẩn vào lớp 10 năm học mới.',
        ],
    ),
    'id_ID': (
        [
            'Tolong buatkan pesan WhatsApp untuk Bu {n}, penyewa kos kamar 5, bahwa uang kos bulan ini Rp1.500.000 belum dibayar.',
            'Nama pasien: {n}\nUmur: 34 tahun\nKeluhan: demam 4 hari, trombosit 98.000, suspek DBD.',
            'Halo kak, saya {n}, pesanan saya nomor INV/2024/0381 belum sampai padahal sudah 10 hari.',
            'Catatan HRD: karyawan a.n. {n} mengajukan pinjaman Rp10.000.000 untuk biaya operasi anaknya, dicicil 12 bulan.',
        ],
        [
            'Penerbangan ke Bandara Internasional {n} ditunda karena cuaca buruk.',
            'Novel karya {n} ini pertama kali terbit pada tahun 1980 dan sempat dilarang beredar.',
            'Pebulu tangkis {n} melaju ke final setelah menang dua gim langsung.',
        ],
    ),
    'yo_NG': (
        [
            'Jọ̀wọ́ bá mi kọ lẹ́tà sí {n}, ayálégbé mi, láti rán an létí pé kò tíì san owó ilé oṣù méjì, ₦150,000.',
            'Orúkọ aláìsàn: {n}\nỌjọ́ orí: ọdún 60\nÀìsàn: ẹ̀jẹ̀ ríru àti àtọ̀gbẹ',
            'Ẹ kú àárọ̀, èmi ni {n}. Mi ò ní lè wá sí ibi iṣẹ́ lónìí nítorí ọmọ mi ń ṣàìsàn.',
            'Àkọsílẹ̀: {n} ti san ₦25,000 fún owó ilé-ìwé ọmọ rẹ̀ ní ọjọ́ kẹta oṣù kẹta.',
        ],
        [
            'Ìwé ìtàn àròsọ tí {n} kọ ni a tẹ̀ jáde ní ọdún 1938.',
            'Gómìnà {n} sọ fún àwọn oníròyìn pé ìjọba yóò tún ọ̀nà náà ṣe.',
            'Ilé ìkàwé {n} wà ní àárín ìlú Ìbàdàn.',
        ],
    ),
    'ig_NG': (
        [
            "Biko nyere m aka dee akwụkwọ ozi nye {n}, onye bi n'ụlọ m, na o kwụbeghị ụgwọ ụlọ ọnwa abụọ, ₦120,000.",
            'Aha onye ọrịa: {n}\nAfọ: 47\nỌrịa: ọbara mgbali elu na ọrịa shuga',
            "Ndewo, abụ m {n}. Agaghị m abịa ọrụ taa n'ihi na nwa m na-arịa ọrịa.",
            'Ndetu nzukọ ndị nne na nna: {n} nọ na klas 4, anaghị abịa ụlọ akwụkwọ kwa ụbọchị.',
        ],
        [
            "Akwụkwọ akụkọ a bụ {n} dere ya, e bipụtara ya n'afọ 1958.",
            'Gọvanọ {n} kwuru na gọọmentị ga-arụzi okporo ụzọ ahụ.',
            '{n} (1930–2013) bụ onye edemede a ma ama si Naịjirịa.',
        ],
    ),
    'ha_NG': (
        [
            'Don Allah ka taimaka min in rubuta saƙo zuwa ga {n}, ɗan hayata, cewa bai biya kuɗin haya na wata biyu ba, ₦100,000.',
            'Sunan mara lafiya: {n}\nShekaru: 55\nCuta: hawan jini da ciwon suga',
            'Sannu, ni ne {n}, na yi odar waya mai lamba 55120 amma har yanzu ba a kawo min ba.',
            'Da fatan alheri,\n{n}\nSashen Kuɗi\nWaya: 0803 123 4567',
        ],
        [
            'Littafin da {n} ya rubuta an buga shi a shekarar 1933.',
            'Gwamna {n} ya ce gwamnati za ta gyara hanyar kafin damina.',
            'An buga wasan ƙarshe a filin wasa na {n} da ke Kano.',
        ],
    ),
    'sw': (
        [
            'Tafadhali nisaidie kuandika ujumbe kwa mpangaji wangu {n} kumkumbusha kuwa kodi ya miezi miwili, TSh 600,000, bado haijalipwa.',
            'Jina la mgonjwa: {n}\nUmri: miaka 50\nMalalamiko: maumivu ya kifua na shinikizo la damu',
            'Habari, mimi ni {n}. Sitaweza kuja kazini leo kwa sababu mtoto wangu ni mgonjwa.',
            'Kumbukumbu: {n} amelipa KSh 15,000 ada ya shule tarehe 3 Machi, salio ni KSh 5,000.',
        ],
        [
            'Riwaya hii iliandikwa na {n} na kuchapishwa mwaka 1967.',
            'Mechi ilichezwa katika Uwanja wa {n} jijini Dar es Salaam.',
            '{n} (1922–1999) alikuwa mwanasiasa na mwalimu wa Tanzania.',
        ],
    ),
}

# Round 14: written by a new writer, who had read nothing of the repository
# (4 personal and 3 public sentences per locale, at least 12 kinds of public
# context); the holdout until 2026-12-05 (a fifth session), when round 15
# replaced it and it moved to tune.
SEEN_14 = {
    'en_US': (
        [
            "Hi, can you help me draft a reminder to {n}? She's two months behind on rent for Apt 4B at 1120 Larkspur Ave and her lease renews in June.",
            'Name: {n}\nDOB: 03/14/1987\nInsurance: Bluepine Health PPO, member ID BPH-448210\nReason for visit: recurring migraines, currently on sumatriptan',
            "voice memo transcript — ok so call back {n} about the overdraft fee, he said his paycheck from Redwood Logistics didn't clear until Friday",
            "Can you rewrite this more politely: 'Your son's grades dropped again this semester and we need to meet,' it's for Jake's mom, {n}.",
        ],
        [
            'In his 1962 essay, {n} argued that the suburbs had quietly reshaped American politics.',
            '"We\'re not done yet," {n} told reporters after Tuesday\'s Senate vote on the farm bill.',
            'The {n} Memorial Library on Fifth Street reopens after a two-year renovation this spring.',
        ],
    ),
    'en_GB': (
        [
            'Dear {n},\nFurther to our phone call, I can confirm your council tax arrears of £1,240 will be repaid in monthly instalments of £103.33.',
            'Tenant: {n} | Flat 2, 17 Ashcombe Road, Leeds | deposit £950 | complaint re: damp in bedroom, still unresolved',
            "Quick note for handover — {n} in bay 3 had a fall overnight, bruising to left hip, daughter's been rung and is on her way.",
            "can you help me write a reference for my old employee? she left in March, reliable but struggled with timekeeping after her divorce. Her name's {n}",
        ],
        [
            '{n} (2014) Coastal Erosion and the English Parish. Oxford: Clarendon Press.',
            'A late equaliser from {n} earned Wolverhampton a hard-fought point away from home.',
            'Portrait of {n}, oil on canvas, c. 1790. Bequeathed to the gallery in 1921.',
        ],
    ),
    'ga_IE': (
        [
            'Ainm an othair: {n}\nSeoladh: 14 Bóthar na Trá, Gaillimh\nAilléirge: peinicillin\nCúis: pian droma le trí seachtaine',
            'An féidir leat cabhrú liom litir a scríobh chuig {n}? Tá sé trí mhí taobh thiar leis an gcíos agus caithfidh mé rabhadh a thabhairt dó.',
            'Nóta ón múinteoir: níor tháinig {n} ar scoil Dé Luain ná Dé Máirt, agus níl freagra faighte againn ón teaghlach fós.',
            'Glórphost: haigh, tá {n} san ospidéal arís, tá a shiúcra fola ró-ard, cuir glao ar a iníon le do thoil.',
        ],
        [
            'Scríobh {n} an t-úrscéal sin i 1938, agus aistríodh go seacht dteanga é ó shin.',
            'Dúirt {n}, an tAire Oideachais, go mbeidh múinteoirí breise ar fáil sna scoileanna tuaithe i mbliana.',
            'Ceiliúrfar saothar an chumadóra {n} ag ceolchoirm speisialta sa Cheoláras Náisiúnta.',
        ],
    ),
    'es_ES': (
        [
            'Hola, necesito redactar un correo para {n} recordándole que debe 480 € de la cuota del gimnasio desde enero.',
            'Nombre y apellidos: {n}\nNº de historia: 558213\nDomicilio: C/ de los Almendros 23, 3º B, Zaragoza\nMotivo de consulta: dolor torácico intermitente',
            'Audio transcrito: oye, que la Sra. {n} del segundo ha vuelto a quejarse del ruido y dice que llamará a la policía si seguimos con la obra.',
            'Acta de reunión — Se acuerda que {n} pasará a media jornada tras su baja de maternidad; Lucía cubrirá sus clientes hasta septiembre.',
        ],
        [
            'Según {n}, portavoz de Aceites Olivarda S.A., la nueva planta creará 200 empleos en la provincia.',
            'La novela fue publicada por {n} en 1954 y se convirtió en un éxito de ventas al año siguiente.',
            'El Instituto de Educación Secundaria {n} celebra este curso su cincuenta aniversario.',
        ],
    ),
    'pt_BR': (
        [
            'Oi, tudo bem? Preciso de ajuda pra escrever uma mensagem pro {n} avisando que o aluguel de março ainda não caiu na conta.',
            'Paciente: {n} | 54 anos | hipertensão, diabetes tipo 2 | usa losartana 50mg | retorno em 30 dias',
            'Boa tarde, sou mãe da {n}, do 7º ano B, e queria entender por que ela ficou de recuperação em matemática.',
            'Entrega não realizada: destinatário {n} ausente. Rua das Acácias, 310, apto 42, Campinas - SP. Nova tentativa amanhã.',
        ],
        [
            'Em entrevista à revista, {n} falou sobre o novo disco e a turnê pela Europa no segundo semestre.',
            'O gol de {n} aos 44 do segundo tempo garantiu a virada do time mineiro no clássico.',
            'A Praça {n} foi batizada em homenagem ao poeta que nasceu no bairro em 1902.',
        ],
    ),
    'fr_FR': (
        [
            "Bonjour, pouvez-vous m'aider à rédiger une lettre de relance pour M. {n} ? Il nous doit encore 2 300 € de travaux de plomberie depuis novembre.",
            'Mme {n}, 12 rue des Tilleuls, 69003 Lyon – sinistre dégât des eaux du 4 février, dossier n° 88-41720.',
            'Mot dans le cahier de liaison : {n} a oublié ses affaires de sport pour la troisième fois, merci de vérifier son sac.',
            'Compte rendu entretien annuel – salarié(e) : {n}. Demande de passage à 80 % pour raisons de santé ; avis favorable du médecin du travail.',
        ],
        [
            '{n}, Les Jardins du silence, Paris, Éditions du Pré, 1971, p. 112.',
            "Le théorème de {n} reste l'un des résultats les plus élégants de la géométrie projective.",
            'Interrogé par nos confrères, le ministre {n} a refusé de commenter la rumeur de remaniement.',
        ],
    ),
    'it_IT': (
        [
            'Ciao, mi aiuti a scrivere un messaggio a {n}? Deve ancora restituirmi i 600 euro che le ho prestato a dicembre.',
            'Nome: {n}\nResidenza: Via dei Glicini 8, Bologna\nAllergie: nessuna nota\nTerapia in corso: levotiroxina 75 mcg',
            "Nota per l'amministratore: il sig. {n} dell'interno 5 non paga le spese condominiali da otto mesi.",
            "Ho ricevuto una mail da {n} che dice di essere stato licenziato e chiede se può ancora usare l'assicurazione sanitaria aziendale.",
        ],
        [
            "L'opera più celebre di {n}, il Concerto in sol minore, fu eseguita per la prima volta a Venezia nel 1723.",
            'La Fondazione {n} ha stanziato due milioni di euro per il restauro degli affreschi della cappella.',
            'Nel romanzo, {n} è un commissario stanco che indaga su una serie di furti nel porto di Genova.',
        ],
    ),
    'de_DE': (
        [
            'Sehr geehrte Frau {n},\nleider ist Ihre Nachzahlung aus der Nebenkostenabrechnung 2023 in Höhe von 412,50 € noch nicht bei uns eingegangen.',
            'Kannst du mir helfen, eine Entschuldigung für die Schule zu formulieren? {n} hat seit Montag Fieber und bleibt bis Freitag zu Hause.',
            'Bewerber: {n} · Stelle: Lagerlogistik · Gehaltsvorstellung 38.000 € · Eintrag im Führungszeugnis, bitte Rücksprache mit Jonas',
            'Mit freundlichen Grüßen\n{n}\nWeidenstraße 14, 04109 Leipzig\nTel. 0341 5550173',
        ],
        [
            'Die Sinfonie Nr. 3 von {n} wurde 1888 in Wien uraufgeführt.',
            '© 2021 {n}. Alle Rechte vorbehalten.',
            'Laut {n}, Sprecherin der Nordwind Energie AG, sollen die neuen Windparks bis 2027 ans Netz gehen.',
        ],
    ),
    'nl_NL': (
        [
            'Hoi, kun je een mailtje opstellen naar {n}? Ze heeft haar huur van april nog niet betaald en reageert niet op mijn appjes.',
            'Klantnotitie: {n} belde over betalingsachterstand zorgverzekering, regeling afgesproken van €75 per maand.',
            'Intake huisartsenpost – {n}, 67 jaar, kortademig sinds gisteravond, gebruikt metoprolol, woont alleen aan de Lindenlaan 9, Utrecht.',
            'Gespreksverslag mentoruur: de ouders van {n} gaan scheiden en hij slaapt slecht, daardoor veel verzuim.',
        ],
        [
            'Het schilderij is in 1889 gemaakt door {n} en hangt nu in zaal 12 van het museum.',
            '{n} won gisteren de tijdrit met elf seconden voorsprong en pakt daarmee de leiderstrui.',
            'In de roman speelt {n} de zwijgzame veerman die alles ziet maar niets zegt.',
        ],
    ),
    'sv_SE': (
        [
            'Hej {n}!\nDin faktura på 1 850 kr för tandvården förföll den 30 april. Hör av dig om du vill dela upp betalningen.',
            'Kan du hjälpa mig skriva till skolan? Min dotter blir mobbad och mentorn har inte svarat. Jag heter {n} och bor på Björkvägen 3 i Umeå.',
            'Anteckning socialtjänst: {n} har ansökt om försörjningsstöd för maj, kontoutdrag saknas fortfarande.',
            'Sms: Hej det är Elin, {n} kommer inte till jobbet idag, hon har magsjuka. Ring mig om ni behöver något.',
        ],
        [
            'Enligt {n}, professor i nationalekonomi, kommer räntan att sänkas före sommaren.',
            '{n}s lag beskriver hur trycket i en gas förändras med volymen.',
            'Romanen av {n} utspelar sig i ett fiskeläge vid Höga kusten under 1800-talet.',
        ],
    ),
    'pl_PL': (
        [
            'Dzień dobry, najemca lokalu przy ul. Kwiatowej 12/4, {n}, zalega z czynszem od trzech miesięcy. Jak napisać wezwanie do zapłaty?',
            'Imię i nazwisko: {n}\nData urodzenia: 12.05.1979\nRozpoznanie: cukrzyca typu 2, nadciśnienie\nZalecenia: kontrola za 3 miesiące',
            'Pani {n} dzwoniła w sprawie reklamacji pralki, twierdzi, że technik dwa razy nie przyszedł. Oddzwonić po 16:00.',
            'Notatka wychowawcy: uczeń {n} z klasy 5b często spóźnia się na pierwszą lekcję, mama mówi, że pracuje na nocną zmianę.',
        ],
        [
            'Powieść „Cienie nad Wartą”, której autorem jest {n}, trafiła na listę bestsellerów.',
            '– Nie zgadzamy się na te cięcia – powiedział na konferencji prasowej poseł {n}.',
            'Szkoła Podstawowa nr 7 im. {n} w Lublinie obchodzi w tym roku jubileusz.',
        ],
    ),
    'cs_CZ': (
        [
            'Dobrý den, potřebuji napsat upomínku. Nájemník: {n}, byt 3+1, Lipová 15, Brno. Dluh na nájemném 24 600 Kč.',
            'Pacient {n} udává bolesti kolene po pádu z kola, bere ibuprofen, alergie na penicilin.',
            'Ahoj, tady máš kontakt na tu paní, co hledá hlídání pro dvojčata: {n}, bydlí hned vedle školy.',
            'Zápis z porady: {n} požádal o neplacené volno kvůli soudnímu řízení o péči o syna, schválí Petra.',
        ],
        [
            'Film režiséra {n} získal na festivalu hlavní cenu i cenu diváků.',
            '{n}: Dějiny českých zemí. Praha: Nakladatelství Horizont, 2009.',
            'Pamětní deska připomíná, že v tomto domě v letech 1890–1902 žil {n}.',
        ],
    ),
    'ru_RU': (
        [
            'Здравствуйте, {n}! Напоминаем, что задолженность по кредиту составляет 37 450 руб. Просим погасить её до 25 числа.',
            'ФИО: {n}\nАдрес: г. Казань, ул. Садовая, д. 7, кв. 19\nДиагноз: бронхиальная астма\nПолис ОМС: прилагается',
            'Помоги написать жалобу на соседа — {n} из 42-й квартиры каждую ночь включает музыку, а участковый ничего не делает.',
            'Расшифровка голосового: короче, {n} опять не вышла на смену, говорит, что с ребёнком в больнице, Оля её подменит.',
        ],
        [
            'Автор романа «Северный ветер» — {n}, книга впервые вышла в 1928 году.',
            'На пресс-конференции губернатор {n} пообещал отремонтировать мост к осени.',
            'Главный герой повести — {n}, капитан дальнего плавания, вернувшийся в родной город.',
        ],
    ),
    'uk_UA': (
        [
            'Доброго дня! Мені потрібно скласти лист для орендаря. Орендар: {n}, квартира 12, вул. Зелена 40, Львів, борг 8 000 грн.',
            'Пацієнтка {n}, 34 роки, вагітність 28 тижнів, скарги на набряки ніг.',
            'Привіт, {n} просила перенести співбесіду на четвер, бо в неї суд щодо аліментів.',
            'Шановний пане {n}, вашу заяву на субсидію відхилено через неповний пакет документів.',
        ],
        [
            'Цей вірш написав {n} у 1916 році, перебуваючи на засланні.',
            'На 78-й хвилині відзначився {n}, і господарі вирвали перемогу.',
            '«Портрет дружини», полотно, олія. Автор — {n}, 1912 р.',
        ],
    ),
    'el_GR': (
        [
            'Καλησπέρα, μπορείς να με βοηθήσεις να γράψω ένα μήνυμα; Ο ενοικιαστής, {n}, χρωστάει τρία νοίκια για το διαμέρισμα στην οδό Πλατάνων 52.',
            'Όνομα: {n}\nΗλικία: 71\nΙστορικό: έμφραγμα το 2019, λαμβάνει ασπιρίνη\nΕπικοινωνία: μέσω συγγενή',
            'Σημείωμα από το σχολείο: ο/η {n} απουσίασε πέντε φορές αυτόν τον μήνα χωρίς δικαιολογητικό.',
            'Η κυρία {n} ζητά επιστροφή χρημάτων για την παραγγελία #40128, λέει ότι το ψυγείο ήρθε χαλασμένο.',
        ],
        [
            'Σύμφωνα με τον υπουργό {n}, τα νέα μέτρα θα ισχύσουν από τον Ιούλιο.',
            'Η ταινία σε σκηνοθεσία {n} προβλήθηκε στο Φεστιβάλ Κινηματογράφου Θεσσαλονίκης.',
            'Ίδρυμα {n} — Βραβείο Νέων Ερευνητών 2024',
        ],
    ),
    'tr_TR': (
        [
            'Sayın {n},\nKredi kartı borcunuzun 6.420 TL tutarındaki asgari ödemesi henüz yapılmamıştır.',
            'Hasta adı: {n} – yaş 45 – şikayet: göğüs ağrısı, sigara içiyor, babasında kalp hastalığı öyküsü var.',
            'Kardeşimin kayınvalidesi {n} ile miras konusunda anlaşmazlık var, avukata nasıl bir e-posta yazmalıyım?',
            'Toplantı notu: {n} doğum iznine ayrılıyor, müşteri dosyalarını Emre devralacak.',
        ],
        [
            "Yazar {n}, son romanında İstanbul'un eski mahallelerini anlatıyor.",
            'Maçın yıldızı {n} oldu; iki gol attı, bir asist yaptı.',
            '{n} Kültür Merkezi, yeni sezonu bir caz konseriyle açıyor.',
        ],
    ),
    'ar_AA': (
        [
            'مرحباً، ساعدني في كتابة رسالة إلى {n} لتذكيره بأن القسط الشهري للقرض متأخر منذ شهرين.',
            'الاسم: {n}\nالعنوان: شارع النخيل، بناية 14، الشقة 3\nالتشخيص: ربو مزمن\nالأدوية: بخاخ سالبوتامول',
            'ملاحظة من المعلمة: ابنتكم {n} لم تسلّم الواجبات منذ أسبوعين، نرجو التواصل مع إدارة المدرسة.',
            'مع خالص التحية،\n{n}\nقسم المحاسبة – شركة الواحة للتجارة\nتحويلة 214',
        ],
        [
            'قال {n}، المتحدث باسم وزارة الخارجية، إن المفاوضات ستستأنف الأسبوع المقبل.',
            'صدرت رواية «ليل المدينة» للكاتب {n} عام 1967 وتُرجمت إلى عدة لغات.',
            'سجّل {n} هدف الفوز في الدقيقة التسعين ليمنح فريقه اللقب.',
        ],
    ),
    'fa_IR': (
        [
            'سلام، می\u200cتونی کمکم کنی یه پیام برای {n} بنویسم؟ سه ماهه اجاره\u200cی واحدش رو نداده.',
            'نام و نام خانوادگی: {n}\nسن: ۵۸\nسابقه: دیابت و فشار خون\nآدرس: تهران، خیابان نارون، پلاک ۲۲',
            'یادداشت جلسه: {n} درخواست وام اضطراری کرده چون همسرش در بیمارستان بستری است.',
            'جناب آقای {n}، پرونده\u200cی شکایت شما در دادگاه خانواده برای تاریخ ۱۲ آبان وقت رسیدگی گرفته است.',
        ],
        [
            'دیوان {n} بارها در ایران و خارج از ایران چاپ شده است.',
            'فیلم تازه\u200cی {n} در جشنواره جایزه\u200cی بهترین کارگردانی را گرفت.',
            'خیابان {n} در مرکز شهر به یاد این شاعر نام\u200cگذاری شده است.',
        ],
    ),
    'he_IL': (
        [
            'היי, תעזור לי לנסח הודעה ל{n}? הוא חייב לי 3,000 ש״ח מאז הטיול ולא עונה לטלפונים.',
            'שם המטופל: {n}\nגיל: 9\nרגישות: בוטנים\nהפניה: רופא ילדים, קופת חולים',
            'סיכום פגישה: {n} ביקשה לעבור לעבודה מהבית בגלל טיפולי הכימותרפיה של אמה.',
            'בברכה,\n{n}\nרחוב הדקל 18, חיפה\nנייד: 050-0000000',
        ],
        [
            'הספר נכתב על ידי {n} ויצא לאור לראשונה ב-1972.',
            'ראש העירייה {n} הודיע הבוקר על סגירת הרחוב לתנועה.',
            'פרס {n} לספרות יוענק השנה לשלושה משוררים צעירים.',
        ],
    ),
    'hi_IN': (
        [
            'नमस्ते {n} जी, आपका बिजली का बिल ₹3,450 पिछले महीने से बकाया है, कृपया जल्द भुगतान करें।',
            'मरीज़ का नाम: {n}\nउम्र: 62\nबीमारी: शुगर और घुटने का दर्द\nपता: गली नं. 4, नई बस्ती, जयपुर',
            'मेरी बहन की सास {n} ज़मीन के बँटवारे पर केस करने की धमकी दे रही हैं, वकील को क्या लिखूँ?',
            'स्कूल डायरी: {n} आज बिना होमवर्क के आया और कक्षा में सो गया, कृपया अभिभावक मिलें।',
        ],
        [
            "{n} द्वारा लिखा गया उपन्यास 'धूप की छाँव' 1958 में प्रकाशित हुआ था।",
            'मुख्यमंत्री {n} ने कहा कि नई सड़क अगले साल तक बनकर तैयार हो जाएगी।',
            'शहर के {n} पार्क में कल शाम एक सांस्कृतिक कार्यक्रम होगा।',
        ],
    ),
    'en_IN': (
        [
            'Dear {n}, your EMI of Rs. 18,200 for the home loan is overdue by 12 days. Kindly clear the dues to avoid penal charges.',
            'Tenant details — Name: {n}, Flat 302, Lotus Residency, Kondapur, Hyderabad; rent ₹22,000; police verification pending.',
            'Sir, my neighbour {n} is constructing an extra floor without permission and blocking our sunlight, please help me draft a complaint to the municipal office.',
            'Please prepare the relieving letter for {n}, last working day 31st May; Priya from HR will share the F&F settlement.',
        ],
        [
            'Chief Minister {n} inaugurated the new metro line on Monday amid heavy rain.',
            '{n} smashed 87 off 54 balls as the hosts chased down 190 with an over to spare.',
            'The {n} Award for Excellence in Rural Journalism was presented in New Delhi on Friday.',
        ],
    ),
    'zh_CN': (
        [
            '帮我写一条微信，提醒{n}这个月的房租还没交，已经拖了十天了。',
            '姓名：{n}\n性别：女\n年龄：46\n主诉：反复头痛两周，有高血压病史',
            '{n}先生您好，您本期信用卡账单金额为8,630元，请于25日前还款。',
            '班主任留言：{n}最近上课注意力不集中，听说家里父母在闹离婚，请家长抽空来学校一趟。',
        ],
        [
            '{n}在这部小说中塑造了一个倔强而善良的乡村教师形象。',
            '外交部发言人{n}在例行记者会上表示，双方将继续保持沟通。',
            '本届比赛中，{n}以两杆优势夺得冠军。',
        ],
    ),
    'ja_JP': (
        [
            '{n}様\nいつもお世話になっております。先月分のお家賃がまだ確認できておりませんので、ご確認をお願いいたします。',
            '氏名：{n}\n生年月日：1979年4月2日\n既往歴：喘息\n現在の服薬：なし',
            '隣の部屋の{n}さんが夜中に騒いでいて眠れません。管理会社に送る苦情メールを書いてほしいです。',
            '面談メモ：来月から親の介護のため時短勤務を希望（{n}）。上司とは相談済み。',
        ],
        [
            '{n}の短編集『夏の終わりの駅』は、1960年に刊行された。',
            '監督・{n}の最新作が、国際映画祭のコンペティション部門に選出された。',
            'この銅像は、明治時代にこの町で初めて病院を開いた{n}をたたえて建てられた。',
        ],
    ),
    'ko_KR': (
        [
            '{n}님, 이번 달 관리비 18만 원이 아직 미납 상태입니다. 확인 부탁드립니다.',
            '이름: {n}\n나이: 33\n증상: 3일째 고열, 기침\n특이사항: 임신 12주',
            '우리 반 {n} 학생 어머니께 보낼 문자 좀 다듬어 줘. 요즘 지각이 너무 잦아서 상담이 필요하다고.',
            '회의록: {n} 대리 육아휴직 신청. 업무는 민지 씨가 인수 예정.',
        ],
        [
            '{n}의 소설 『바다의 끝』은 1970년대 어촌의 삶을 그린다.',
            '{n} 감독은 인터뷰에서 이번 작품이 가장 개인적인 영화라고 말했다.',
            '이 거리는 독립운동가 {n}의 이름을 따서 지어졌다.',
        ],
    ),
    'vi_VN': (
        [
            'Chào anh {n}, khoản vay của anh đã quá hạn 15 ngày, số tiền cần thanh toán là 4.200.000 đồng.',
            'Họ và tên: {n}\nNăm sinh: 1990\nĐịa chỉ: 27 đường Hoa Hồng, Phường 4, Đà Lạt\nChẩn đoán: viêm dạ dày',
            'Nhờ bạn viết giúp tin nhắn gửi cô giáo, con mình là {n}, lớp 3A, bị bạn bắt nạt mấy hôm nay.',
            'Ghi chú giao hàng: {n} hẹn giao sau 18h, gọi trước khi đến, nhà trong hẻm 52.',
        ],
        [
            'Tiểu thuyết của nhà văn {n} đã được chuyển thể thành phim vào năm 2015.',
            'Trường THPT {n} vừa kỷ niệm 60 năm thành lập.',
            'Tiền đạo {n} ghi bàn ở phút 89, giúp đội nhà giành trọn ba điểm.',
        ],
    ),
    'id_ID': (
        [
            'Halo, tolong bantu saya menulis pesan ke {n}, dia sudah tiga bulan belum bayar cicilan motor.',
            'Nama: {n}\nAlamat: Jl. Melati No. 19, Bandung\nKeluhan: sesak napas sejak kemarin\nRiwayat: asma',
            'Bu {n}, anak Ibu tidak masuk sekolah selama seminggu tanpa keterangan. Mohon hubungi wali kelas.',
            'Catatan rapat: {n} minta cuti panjang karena istrinya akan operasi, Dimas akan menggantikan sementara.',
        ],
        [
            'Menurut {n}, juru bicara PT Sinar Samudra, pabrik baru akan beroperasi tahun depan.',
            'Lukisan karya {n} ini dibuat pada tahun 1948 di Yogyakarta.',
            'Buku karangan {n} itu menjadi bacaan wajib di sekolah menengah.',
        ],
    ),
    'yo_NG': (
        [
            'Ẹ káàárọ̀ {n}, owó ilé oṣù mẹ́ta ṣì wà lọ́rùn yín. Ẹ jọ̀wọ́ ẹ san án kí ó tó di ogúnjọ́ oṣù yìí.',
            'Orúkọ: {n}\nỌjọ́ orí: 52\nÀìsàn: ẹ̀jẹ̀ ríru àti ìtọ̀ ṣúgà\nÀdírẹ́sì: Òpópónà Àlàáfíà, Ìbàdàn',
            'Jọ̀wọ́ bá mi kọ lẹ́tà sí ilé-ìwé, ọmọ mi {n} kò lọ sí ilé-ìwé fún ọ̀sẹ̀ kan nítorí àìsàn ibà.',
            'Àkọsílẹ̀ ìpàdé: {n} béèrè fún ìsinmi oṣù kan nítorí ìyàwó rẹ̀ fẹ́ bímọ.',
        ],
        [
            'Ìwé ìtàn àròsọ tí {n} kọ ní ọdún 1938 ṣì jẹ́ olókìkí títí di òní.',
            'Gómìnà {n} sọ pé ìjọba yóò tún àwọn ọ̀nà ìlú ṣe kí òjò tó dé.',
            'Wọ́n sọ ilé-ìwé gíga náà ní {n} láti bọ̀wọ̀ fún olùkọ́ àgbà náà.',
        ],
    ),
    'ig_NG': (
        [
            "Ndewo {n}, ego ụlọ ọnwa atọ ka dị n'isi gị. Biko kwụọ ya tupu ụbọchị iri abụọ.",
            'Aha: {n}\nAfọ: 47\nỌrịa: ọbara mgbali elu\nAdreesị: Okporo ụzọ Nkwọ, Enugu',
            "Biko nyere m dee akwụkwọ ozi nye ụlọ akwụkwọ, nwa m {n} agaghị ụlọ akwụkwọ izu a n'ihi ahụ ọkụ.",
            "Ozi nnyefe: ngwongwo {n} ga-eru echi n'ụtụtụ, biko kpọọ ya tupu i ruo n'ụlọ ya.",
        ],
        [
            "Akwụkwọ akụkọ ifo {n} dere n'afọ 1958 ka na-ewu ewu taa.",
            'Gọvanọ {n} kwuru na gọọmentị ga-arụzi okporo ụzọ niile tupu udu mmiri.',
            "Ha gụrụ ụlọ ọgwụ ahụ aha {n} iji sọpụrụ dọkịta mbụ n'obodo ahụ.",
        ],
    ),
    'ha_NG': (
        [
            'Sannu {n}, bashin lamunin da ka karɓa na Naira 250,000 ya wuce lokacin biya. Don Allah ka tuntuɓi ofishinmu.',
            'Suna: {n}\nShekaru: 60\nCuta: hawan jini da ciwon suga\nAdireshi: Titin Zaria, Kano',
            'Don Allah ka taimaka min in rubuta wasiƙa zuwa makaranta, ɗana {n} bai je makaranta ba wannan mako saboda zazzaɓi.',
            'Bayanin taro: {n} ya nemi hutu na wata ɗaya saboda matarsa za ta haihu; Musa zai maye gurbinsa.',
        ],
        [
            'Littafin da {n} ya rubuta a shekarar 1955 har yanzu ana karanta shi a makarantu.',
            'Gwamna {n} ya ce gwamnati za ta gyara hanyoyin birnin kafin damina.',
            '{n} ya ci ƙwallo a minti na 88, inda ya bai wa ƙungiyarsa nasara.',
        ],
    ),
    'sw': (
        [
            'Ujumbe: Habari {n}, deni lako la mkopo wa shilingi 450,000 limechelewa kwa siku 14. Tafadhali lipa haraka.',
            'Jina: {n}\nUmri: 38\nTatizo: kikohozi cha muda mrefu, homa usiku\nAnwani: Mtaa wa Mwembe, Dodoma',
            'Naomba unisaidie kuandika barua kwa mwalimu, mwanangu {n} hakuenda shule wiki hii kwa sababu ya malaria.',
            'Kumbukumbu za kikao: {n} ameomba mkopo wa dharura kwa sababu mama yake amelazwa hospitalini; Juma atafuatilia.',
        ],
        [
            'Riwaya iliyoandikwa na {n} mwaka 1967 bado inasomwa shuleni.',
            'Waziri {n} alisema serikali itajenga barabara mpya kabla ya mvua za masika.',
            'Mnara wa kumbukumbu wa {n} umesimamishwa katikati ya mji kwa heshima ya mpigania uhuru huyo.',
        ],
    ),
}


# Round 15: written by a new writer, who had read nothing of the repository
# (4 personal and 3 public sentences per locale, many kinds of public
# context); the holdout until 2026-12-06, when round 16 replaced it and it
# moved to tune.
SEEN_15 = {
    "en_US": (
        [
            "Hi team, {n} called again about the refund for order 48213, the card was charged twice. Can someone from billing return the call before 5pm?",
            "Please improve the wording: \"To whom it may concern, I am writing to confirm that my tenant, {n}, has paid rent on time every month since March 2021.\"",
            "Guest list for Saturday's baby shower:\n1. {n} (gluten-free, bringing dessert)\n2. my sister\nStill need to confirm the final headcount by Thursday.",
            "Patient name: {n}\nDOB: 03/14/1986\nReason for visit: persistent lower back pain, requesting a prescription refill and a referral to physical therapy.",
        ],
        [
            "In her 2019 bestseller, {n} argues that remote work will reshape American suburbs more than any highway program since the 1950s.",
            "Senator {n} told reporters on Capitol Hill Tuesday that the infrastructure bill would not pass without bipartisan support.",
            "The {n} Memorial Lecture, held every spring at the university's law school, this year focuses on voting rights and election security.",
        ],
    ),
    "en_GB": (
        [
            "Morning, just a heads-up that {n} from flat 12 has reported damp in the bathroom again; could you book the contractor before the council inspection next week?",
            "Please improve the wording: \"Dear {n}, I'm afraid your son's school trip payment of £45 is still outstanding, and we need it by Friday to confirm his place.\"",
            "Thanks for sorting the invoice so quickly.\nKind regards,\n{n}\nAccounts Payable, Harrow Road Depot\nTel: 020 7946 0321",
            "Can you draft a short complaint for me? My parcel was left in the rain and the courier logged it as signed for by {n}, which is me, but I was at work all day.",
        ],
        [
            "Summer signing {n} scored twice in the second half as Arsenal came from behind to beat Villa 3–2 at the Emirates.",
            "Reviewed by our theatre critic: {n} is magnificent as the ageing king in the National Theatre's bold new production of the Scottish play.",
            "{n}, the Home Office minister, said on Sunday that new rules on visas for care workers would be published before the summer recess.",
        ],
    ),
    "ga_IE": (
        [
            "Ba mhaith liom coinne a chur in áirithe le dochtúir don Déardaoin seo chugainn do {n}; tá pian droma ag cur as le coicís anuas.",
            "Ainm: {n}\nSeoladh: 14 Bóthar na Trá, Gaillimh\nUimhir theileafóin: 087 123 4567\nCúis: iarratas ar dheontas tithíochta",
            "Haigh, an féidir leat a rá le {n} go bhfuil an cíos le híoc faoin Aoine, le do thoil? Níl an t-airgead faighte againn fós.",
            "Go raibh maith agat as do chabhair leis an turas scoile, a bhí thar barr ar fad.\nLe meas,\n{n}\nMúinteoir Rang a Trí",
        ],
        [
            "Scríobh {n} an t-úrscéal cáiliúil seo i lár na fichiú haoise, agus aistríodh é go níos mó ná fiche teanga ó shin.",
            "Dúirt an tAire {n} inné sa Dáil go mbeidh maoiniú breise ar fáil do scoileanna Gaeltachta an bhliain seo chugainn.",
            "Scóráil {n} dhá chúl sa dara leath agus Cill Chainnigh ag buachan chluiche ceannais na hÉireann san iománaíocht i mBaile Átha Cliath.",
        ],
    ),
    "es_ES": (
        [
            "Hola, te escribo porque {n} todavía no ha recibido la nómina de octubre y necesita el justificante para el banco cuanto antes.",
            "Por favor, mejora la redacción: \"Buenos días, {n}: le comunicamos que su cita con el dermatólogo se ha trasladado al martes 14 a las 10:30.\"",
            "Lista de invitados para la comunión:\n1. {n} (menú vegetariano, confirma asistencia)\n2. mi cuñada\nHay que cerrar el número con el restaurante antes del viernes.",
            "Reclamación n.º 55821 – El repartidor dejó el paquete en el portal y lo registró como entregado a {n}, pero nadie de casa lo recibió.",
        ],
        [
            "La nueva novela de {n}, publicada por Anagrama, ha sido una de las más vendidas en la Feria del Libro de Madrid.",
            "El ministro {n} defendió ayer en el Congreso la reforma de las pensiones frente a las críticas de la oposición.",
            "El Instituto de Educación Secundaria {n} de Valladolid celebra este año su cincuenta aniversario con una exposición de fotografías antiguas.",
        ],
    ),
    "pt_BR": (
        [
            "Oi, tudo bem? {n}, do apartamento 302, pediu para avisar que o vazamento no teto do banheiro piorou depois da chuva de ontem.",
            "Nome completo: {n}\nCPF: 123.456.789-00\nPlano: Básico Família\nMotivo do contato: cobrança em duplicidade na fatura de agosto",
            "Pode melhorar este texto? \"Prezada professora, meu filho faltou à prova de quinta por estar com febre; segue o atestado médico. Atenciosamente, {n}\"",
            "Lembrete: pagar {n} pelos 3 dias de faxina, R$ 450 via Pix até sexta, e confirmar disponibilidade também no feriado.",
        ],
        [
            "Em sua coluna deste domingo, {n} critica a lentidão do Congresso em votar a reforma tributária.",
            "O atacante {n} marcou o gol da vitória do Flamengo sobre o Palmeiras aos 43 minutos do segundo tempo, no Maracanã.",
            "© 2021 {n}. Todos os direitos reservados. Nenhuma parte desta obra pode ser reproduzida sem autorização da editora.",
        ],
    ),
    "fr_FR": (
        [
            "Bonjour, je vous transmets le dossier de {n}, qui souhaite résilier son bail au 30 juin ; merci de programmer l'état des lieux de sortie.",
            "Peux-tu reformuler ça ? « Salut {n}, merci encore pour ton aide pendant le déménagement, je te rembourse les 80 euros de location du camion ce week-end. »",
            "Note d'appel – 14h20 : {n} signale que sa mère n'a pas reçu ses médicaments à domicile depuis lundi ; rappeler la pharmacie.",
            "Fiche d'inscription – cantine scolaire\nNom et prénom du responsable légal : {n}\nAllergies signalées : arachides\nMode de paiement : prélèvement mensuel",
        ],
        [
            "Dans son dernier essai, {n} revient sur les grandes grèves de 1995 et leur héritage dans la vie politique française.",
            "Le lycée {n} de Lyon accueillera cette année les épreuves régionales des Olympiades de mathématiques.",
            "Au Festival d'Avignon, {n} livre une interprétation bouleversante dans cette mise en scène de quatre heures sans entracte.",
        ],
    ),
    "it_IT": (
        [
            "Ciao, puoi ricordare a {n} che la riunione di condominio è spostata a giovedì alle 21? Si parla della caldaia e delle spese straordinarie.",
            "Gentile dottore, le scrivo per conto di {n}, che ha bisogno di un certificato medico per l'iscrizione in palestra entro fine mese.",
            "Migliora questo testo per favore: \"Buongiorno, sono {n} e vorrei sapere perché nella bolletta di marzo mi avete addebitato 120 euro in più.\"",
            "Resto in attesa di un vostro riscontro sull'ordine n. 3381.\nCordiali saluti,\n{n}\nUfficio Acquisti – Sede di Bologna",
        ],
        [
            "Secondo lo storico {n}, la spedizione del 1860 fu organizzata con molti meno mezzi di quanto racconti la tradizione.",
            "Il ciclista {n} ha vinto in solitaria la tappa dolomitica del Giro d'Italia, staccando tutti sull'ultima salita.",
            "Via {n}, nel centro storico, resterà chiusa al traffico per tutto agosto a causa dei lavori sulla rete fognaria.",
        ],
    ),
    "de_DE": (
        [
            "Hallo zusammen, {n} ist diese Woche krankgeschrieben; bitte übernehmt die Kundentermine am Mittwoch und Donnerstag.",
            "Mietvertrag – Anlage 2\nMieter: {n}\nWohnung: 3. OG links, Gartenstraße 17\nKaution: 2.400 € in drei Raten",
            "Kannst du das bitte freundlicher formulieren? \"Hallo {n}, Ihr Paket liegt seit drei Tagen in der Filiale und wird am Freitag zurückgeschickt, wenn Sie es nicht abholen.\"",
            "Mein Vater muss am 12. zur Darmspiegelung; kannst du {n} fragen, ob die Fahrt dorthin übernommen werden kann? Ich bin an dem Tag auf Dienstreise.",
        ],
        [
            "Die Bundestagsabgeordnete {n} kritisierte am Montag in Berlin die geplanten Kürzungen beim Bürgergeld scharf.",
            "In der Rolle des zerrissenen Kommissars überzeugt {n} auch in der neuen Staffel der ARD-Krimireihe.",
            "Die nach {n} benannte Grundschule in Dresden feiert am Samstag ihr fünfzigjähriges Bestehen mit einem großen Schulfest.",
        ],
    ),
    "nl_NL": (
        [
            "Hoi, {n} heeft gebeld over de factuur van vorige maand; er is twee keer betaald en het bedrag moet worden teruggestort.",
            "Naam: {n}\nGeboortedatum: 22-07-1990\nHuisarts: praktijk De Linde, Utrecht\nKlacht: al drie weken hoofdpijn en slecht slapen",
            "Kun je dit netter verwoorden? \"Beste {n}, de huur van juni is nog steeds niet binnen en we moeten nu echt een betalingsregeling afspreken.\"",
            "Boodschappen en to-do: melk, brood, cadeautje voor de juf, en {n} terugbellen over het oppassen op woensdag.",
        ],
        [
            "Volgens columnist {n} is het kabinet vooral bezig met overleven en nauwelijks met het oplossen van de woningnood.",
            "Schaatser {n} reed op de 1500 meter een baanrecord in Thialf en plaatste zich zo voor de wereldbekerfinale.",
            "Het {n} College in Amersfoort opent na de zomer een nieuwe vleugel voor technisch onderwijs.",
        ],
    ),
    "sv_SE": (
        [
            "Hej! {n} har fått fel belopp på lönespecifikationen för maj, kan ni på löneavdelningen titta på det innan utbetalningen?",
            "Kan du förbättra formuleringen? \"Hej {n}, tyvärr kan vi inte erbjuda dig lägenheten på Storgatan eftersom någon annan stod före i kön.\"",
            "Anteckning från samtal: {n} ringde om sin dotters förskoleplats och undrar varför de fortfarande inte fått besked om placering.",
            "Tack för att du kontaktade oss om din försenade leverans, vi återkommer inom två arbetsdagar.\nMed vänliga hälsningar\n{n}\nKundtjänst, Göteborg",
        ],
        [
            "I sin nya roman skildrar {n} ett norrländskt bruksamhälle under sextiotalets stora nedläggningar.",
            "Statsrådet {n} meddelade på en pressträff i Rosenbad att regeringen skjuter till två miljarder till sjukvården.",
            "Forwarden {n} gjorde två mål när Tre Kronor slog Finland i VM-kvartsfinalen på söndagskvällen.",
        ],
    ),
    "pl_PL": (
        [
            "Dzień dobry, {n} zgłasza, że od tygodnia nie działa ogrzewanie w mieszkaniu nr 7 przy ulicy Polnej; proszę o pilny kontakt.",
            "Imię i nazwisko: {n}\nPESEL: 90010112345\nOddział: kardiologia\nUwagi: uczulenie na penicylinę, kontrola za dwa tygodnie",
            "Możesz poprawić styl? \"Dzień dobry, piszę w sprawie zwrotu kaucji za mieszkanie, która miała wrócić na moje konto miesiąc temu. Z poważaniem, {n}\"",
            "Lista gości na chrzciny:\n1. {n} (+ osoba towarzysząca)\n2. moja siostra\nPotwierdzić liczbę osób w restauracji do piątku.",
        ],
        [
            "Podczas konferencji prasowej minister finansów {n} zapowiada, że projekt budżetu trafi do Sejmu jeszcze w tym miesiącu.",
            "{n}, „Dom nad rzeką”, Wydawnictwo Literackie, Kraków 2021, s. 112–118.",
            "W roli głównej występuje {n}, a zdjęcia do filmu nakręcono w Łodzi i na Podhalu.",
        ],
    ),
    "cs_CZ": (
        [
            "Dobrý den, {n} dnes volá kvůli vyúčtování za elektřinu, které je prý o dva tisíce vyšší než loni.",
            "Jméno a příjmení: {n}\nDatum narození: 5. 3. 1979\nPojišťovna: VZP\nDůvod návštěvy: kontrola po operaci kolena",
            "Můžeš mi to přeformulovat? \"Dobrý den, posílám omluvenku – syn byl od pondělí do středy nemocný. S pozdravem {n}\"",
            "Pozvaní na oslavu: {n} (bez lepku, potvrzeno telefonicky); dort objednat na sobotu do 14:00 a zaplatit zálohu.",
        ],
        [
            "V nové inscenaci Národního divadla exceluje {n} v roli stárnoucího krále, který ztrácí rozum i moc.",
            "Ministr zahraničí {n} dnes v Bruselu jednal o dalších sankcích a podpoře Ukrajiny.",
            "{n}: Dějiny střední Evropy. Praha: Academia, 2018, s. 45–67. ISBN 978-80-200-0000-0.",
        ],
    ),
    "ru_RU": (
        [
            "Добрый день! {n} просит перенести приём у стоматолога на следующую неделю, удобнее всего во вторник после обеда.",
            "ФИО: {n}\nАдрес: ул. Садовая, д. 12, кв. 45\nТелефон: +7 912 345-67-89\nПричина обращения: протечка с верхнего этажа",
            "Помоги переписать вежливее: «Здравствуйте! Напоминаю, что оплата за квартиру за май так и не поступила. С уважением, {n}»",
            "Список гостей на юбилей мамы: {n} (подтверждено), стол на восемь человек заказан на субботу, 18:00.",
        ],
        [
            "Министр финансов {n} на брифинге в Москве: «Бюджет на следующий год останется социально ориентированным».",
            "{n}. История русской архитектуры. — М.: Наука, 2015. — 432 с.",
            "Главную роль в фильме исполняет {n}, а саундтрек записал симфонический оркестр Мариинского театра.",
        ],
    ),
    "uk_UA": (
        [
            "Доброго дня! {n} просить повернути кошти за замовлення № 7715, бо посилка прийшла пошкодженою.",
            "ПІБ: {n}\nКлас: 7-Б\nПричина відсутності: хвороба, довідка від лікаря додається\nДата: 14.02.2024",
            "Допоможи сформулювати ввічливіше: «Добрий вечір! Нагадую, що за комунальні послуги за березень досі не сплачено, прошу розрахуватися до п'ятниці. З повагою, {n}»",
            "Нотатка на завтра: {n} чекає на дзвінок щодо оренди квартири на Подолі; власник хоче відповідь до суботи.",
        ],
        [
            "Міністр охорони здоров'я {n} на брифінгу в Києві: «Нових обмежень цієї зими не планується».",
            "Збірна України перемогла завдяки голу, який забив {n} на 78-й хвилині матчу.",
            "{n}. Нариси з історії української культури. — Київ: Наукова думка, 1991. — 648 с.",
        ],
    ),
    "el_GR": (
        [
            "Όνομα: {n}\nΤηλέφωνο: 6941234567\nΑιτία επίσκεψης: έλεγχος χοληστερίνης και ανανέωση συνταγής",
            "Μπορείς να το διατυπώσεις πιο ευγενικά; «Καλησπέρα, το ενοίκιο του Μαρτίου δεν έχει κατατεθεί ακόμη και θα ήθελα να μου πείτε πότε να το περιμένω. Με εκτίμηση, {n}»",
            "Σημείωση κλήσης: τηλεφώνησε {n} για τη βλάβη στο καλοριφέρ και ζητά τεχνικό μέσα στην εβδομάδα, γιατί έχει μικρό παιδί στο σπίτι.",
            "Λίστα καλεσμένων για τη βάφτιση: {n} (+1, χορτοφαγικό μενού), επιβεβαίωσε τηλεφωνικά στις 12/5.",
        ],
        [
            "«Η ανάπτυξη θα ξεπεράσει το 2% φέτος», δήλωσε σε συνέντευξη στην ΕΡΤ ο υπουργός Οικονομικών, {n}.",
            "{n}, Ιστορία της νεότερης Ελλάδας, εκδόσεις Πόλις, Αθήνα 2016, σ. 214.",
            "Στην παράσταση της Επιδαύρου φέτος πρωταγωνιστεί {n}, σε μια σκηνοθεσία που διχάζει κοινό και κριτικούς.",
        ],
    ),
    "tr_TR": (
        [
            "Merhaba, {n} adlı müşterimiz iade ettiği ürünün parasının hâlâ hesabına yatmadığını söylüyor; kontrol edebilir misiniz?",
            "Ad Soyad: {n}\nT.C. Kimlik No: 12345678901\nBölüm: Dahiliye\nŞikâyet: üç gündür süren yüksek ateş ve öksürük",
            "Şunu daha resmi hale getirir misin? \"Sayın yönetici, kiramı her ay düzenli ödememe rağmen kombi arızası iki haftadır giderilmedi. Saygılarımla, {n}\"",
            "Yarın unutma: {n} okul servis ücretini ödemek için IBAN istedi, akşam mesajla gönder.",
        ],
        [
            "Milli takımın golcüsü {n}, ikinci yarıda attığı iki golle Türkiye'yi çeyrek finale taşıdı.",
            "{n} imzalı köşe yazısında, merkez bankasının faiz kararının enflasyonu nasıl etkileyeceği tartışılıyor.",
            "Bu yılki ödül törenine romanlarıyla tanınan yazar {n} de katılarak genç yazarlara seslendi.",
        ],
    ),
    "ar_AA": (
        [
            "الاسم الكامل: {n}\nرقم الهاتف: 0501234567\nسبب الزيارة: ألم مستمر في الركبة منذ أسبوعين",
            "من فضلك حسّن صياغة هذه الرسالة: \"السيد المدير، أرجو التكرم بالموافقة على إجازتي المرضية لمدة ثلاثة أيام. مع خالص التحية، {n}\"",
            "مرحباً، أرجو إبلاغ {n} بأن موعد تسليم الشقة تأجل إلى بداية الشهر القادم بسبب أعمال الصيانة.",
            "قائمة المدعوين إلى حفل العشاء يوم الجمعة: {n} (بدون مأكولات بحرية)، والتأكيد مطلوب قبل يوم الأربعاء.",
        ],
        [
            "صرّح وزير الخارجية {n} في مؤتمر صحفي بأن المفاوضات ستُستأنف الأسبوع المقبل في القاهرة.",
            "وصلت رواية «بيت على النهر» للكاتب {n} إلى القائمة القصيرة للجائزة العالمية للرواية العربية.",
            "سجّل اللاعب {n} هدف الفوز في الدقيقة الأخيرة ليمنح فريقه لقب الدوري للمرة الثالثة.",
        ],
    ),
    "fa_IR": (
        [
            "سلام، {n} امروز زنگ زد و گفت هنوز اجاره این ماه را واریز نکرده و تا آخر هفته پرداخت می‌کند.",
            "نام و نام خانوادگی: {n}\nکد ملی: 0012345678\nعلت مراجعه: سردرد مزمن و بی‌خوابی\nبیمه: تأمین اجتماعی",
            "لطفاً این متن را رسمی‌تر کن: «با سلام، احتراماً درخواست دارم هزینه کلاس‌های فوق‌برنامه پسرم را به صورت اقساطی پرداخت کنم. با تشکر، {n}»",
            "یادداشت: فردا به {n} پیام بده که بسته به دست ما رسیده و می‌تواند عصر برای تحویل بیاید.",
        ],
        [
            "به گزارش خبرنگار ما، {n}، وزیر امور خارجه، امروز در نشست خبری از ادامه مذاکرات خبر داد.",
            "رمان تازه {n} با استقبال گسترده خوانندگان در نمایشگاه کتاب تهران روبه‌رو شد.",
            "{n} در نقش یک پزشک روستایی بازی درخشانی ارائه داده و نامزد سیمرغ بلورین جشنواره فجر شده است.",
        ],
    ),
    "he_IL": (
        [
            "שם מלא: {n}\nתעודת זהות: 012345678\nסיבת הפנייה: כאבי גב תחתון כבר שלושה שבועות\nקופת חולים: כללית",
            "תוכל לנסח את זה יותר בנימוס? \"שלום, שכר הדירה לחודש מאי עדיין לא הועבר ואשמח לדעת מתי הוא יגיע. בברכה, {n}\"",
            "הודעה עבור {n}: החבילה שהוזמנה הגיעה לסניף הדואר ותוחזר לשולח אם לא תיאסף עד יום חמישי.",
            "סיכום שיחה עם {n}: נדרש החזר של 350 ש\"ח על חיוב כפול בחשבון החשמל, לחזור עם תשובה עד מחר.",
        ],
        [
            "שר האוצר {n} אמר הבוקר בכנסת כי התקציב יאושר עד סוף החודש.",
            "{n}, \"תולדות ירושלים בימי הביניים\", הוצאת כרמל, ירושלים 2017, עמ' 88.",
            "בהפקה החדשה של תיאטרון הבימה, בתפקיד הראשי: {n}, בבימוי שזוכה לתשבחות מהמבקרים.",
        ],
    ),
    "hi_IN": (
        [
            "नमस्ते, {n} ने आज फ़ोन करके बताया कि उनका रिफंड अभी तक खाते में नहीं आया है, कृपया जाँच करें।",
            "नाम: {n}\nउम्र: 42 वर्ष\nशिकायत: पिछले दो हफ़्तों से तेज़ खाँसी और बुखार",
            "कृपया इसे और औपचारिक बना दें: \"आदरणीय प्रधानाचार्य जी, मेरी बेटी तीन दिन से बीमार है, इसलिए वह स्कूल नहीं आ पाएगी। भवदीय, {n}\"",
            "नोट: {n} का किराया इस महीने अभी तक नहीं आया है, कल सुबह उन्हें याद दिलाना है।",
        ],
        [
            "केंद्रीय मंत्री {n} ने संसद में कहा कि नई शिक्षा नीति से ग्रामीण छात्रों को सबसे ज़्यादा लाभ मिलेगा।",
            "{n} का यह उपन्यास आज़ादी के बाद के उत्तर भारत के गाँवों की सच्ची तस्वीर पेश करता है।",
            "भारतीय टीम की ओर से {n} ने शानदार शतक लगाया और उन्हें प्लेयर ऑफ़ द मैच चुना गया।",
        ],
    ),
    "en_IN": (
        [
            "Hi sir, {n} from the Pune branch has not received the salary for last month, kindly do the needful and update by EOD.",
            "Please improve the wording: \"Respected madam, I am writing to request a refund of the admission fee of Rs. 25,000 paid for my son, as we are relocating. Regards, {n}\"",
            "Name: {n}\nFlat No.: B-204, Green Park Society\nComplaint: water leakage from the ceiling since Monday, plumber not yet sent by the society office.",
            "Kindly note that {n} will be on medical leave from 12th to 18th August; please share the pending files with the team.",
        ],
        [
            "Speaking at the inauguration, Union Minister {n} announced that the new metro line would be operational by December 2025.",
            "Opening batter {n} struck a brilliant 112 off 98 balls as India chased down 286 with three overs to spare at the Wankhede.",
            "The keynote address at the Jaipur Literature Festival will be delivered by {n}, whose latest novel explores memories of Partition in Punjab.",
        ],
    ),
    "zh_CN": (
        [
            "您好，{n}反映上个月的电费账单多扣了三百元，麻烦财务部门核实后尽快退还。",
            "姓名：{n}\n年龄：35岁\n就诊科室：消化内科\n主诉：反复胃痛两周，饭后加重",
            "帮我把这段话改得更礼貌一点：“老师您好，我家孩子这周发烧，周三到周五需要请假，作业会尽快补交。家长：{n}”",
            "快递单备注：收件人{n}，电话138****5678，地址为朝阳区望京街道3号楼2单元，请工作日送达。",
        ],
        [
            "据新华社报道，外交部发言人{n}在例行记者会上回答了有关中美贸易谈判的提问。",
            "{n}的长篇小说以上世纪八十年代的东北小城为背景，讲述了一个工人家庭三代人的命运。",
            "在昨晚的比赛中，{n}独得三十二分，帮助球队以十分优势战胜对手，晋级总决赛。",
        ],
    ),
    "ja_JP": (
        [
            "お疲れさまです。{n}さんから、先月分の交通費がまだ振り込まれていないと問い合わせがありました。確認をお願いします。",
            "氏名：{n}\n生年月日：1988年4月12日\n症状：一週間前から続く咳と微熱\n保険証：持参済み",
            "以下をもっと丁寧な文にしてください：「いつもお世話になっております。息子の体調不良のため、明日の授業を欠席させていただきます。{n}」",
            "メモ：{n}様より、退去日を3月31日に変更したいとの連絡あり。敷金返還の件も折り返し電話が必要。",
        ],
        [
            "{n}による新作長編は、戦後の港町を舞台に三世代の家族の姿を描き、今年の文学賞の候補となった。",
            "官房長官の{n}氏は記者会見で、物価高対策の補正予算を来月にも国会に提出する考えを示した。",
            "昨夜の試合では、{n}選手が九回に逆転のタイムリーを放ち、チームを三連勝に導いた。",
        ],
    ),
    "ko_KR": (
        [
            "안녕하세요, {n} 고객님께서 지난달 요금이 두 번 청구되었다고 연락 주셨습니다. 환불 처리 부탁드립니다.",
            "성명: {n}\n생년월일: 1991.06.03\n진료과: 정형외과\n증상: 2주 전부터 오른쪽 무릎 통증",
            "이 문장 좀 더 공손하게 고쳐줘: \"선생님, 저희 딸이 감기 때문에 내일 결석할 예정입니다. 양해 부탁드립니다. {n} 드림\"",
            "메모: {n} 님이 502호 보일러 고장으로 두 번째 민원을 넣음, 내일 오전까지 기사 방문 일정 잡을 것.",
        ],
        [
            "{n} 장관은 오늘 국회 대정부 질문에서 부동산 대책의 후속 조치를 다음 달 발표하겠다고 밝혔다.",
            "{n} 작가의 신작 장편소설은 1980년대 광주를 배경으로 한 가족의 상처와 회복을 그린다.",
            "[서울=연합뉴스] {n} 기자 = 정부는 내년부터 청년 월세 지원 대상을 확대한다고 밝혔다.",
        ],
    ),
    "vi_VN": (
        [
            "Chào bạn, khách hàng {n} vừa gọi điện báo rằng đơn hàng số 8842 bị giao thiếu hai món, nhờ bộ phận kho kiểm tra giúp.",
            "Họ và tên: {n}\nNgày sinh: 15/08/1993\nLý do khám: đau dạ dày kéo dài, ăn uống kém\nSố BHYT: DN4010123456789",
            "Viết lại cho lịch sự hơn giúp mình: \"Kính gửi nhà trường, con tôi bị sốt nên xin phép nghỉ học hai ngày. Trân trọng, phụ huynh {n}\"",
            "Nhắc việc: thu tiền nhà tháng 6 của {n}, 4.500.000 đồng, hạn chót ngày 10; nếu trễ thì gọi nhắc.",
        ],
        [
            "Phát biểu tại hội nghị, Bộ trưởng {n} nhấn mạnh việc đẩy nhanh giải ngân vốn đầu tư công trong năm nay.",
            "Tiểu thuyết mới của nhà văn {n} tái hiện cuộc sống của một làng chài miền Trung sau chiến tranh.",
            "Trường THPT {n} ở Hà Nội vừa khánh thành thư viện mới với hơn hai mươi nghìn đầu sách.",
        ],
    ),
    "id_ID": (
        [
            "Selamat pagi, mohon dibantu: {n} sudah transfer uang kos bulan Juli tetapi belum tercatat di sistem.",
            "Nama lengkap: {n}\nNo. KTP: 3174012345670001\nKeluhan: demam dan batuk sejak empat hari\nJenis pasien: BPJS",
            "Tolong perbaiki kalimat ini: \"Dengan hormat, saya mohon izin tidak masuk kerja besok karena harus mengantar ibu saya kontrol ke rumah sakit. Hormat saya, {n}\"",
            "Catatan rapat RT: {n} menyampaikan keluhan soal sampah yang belum diangkut selama seminggu di depan rumahnya.",
        ],
        [
            "Menteri Keuangan {n} menyatakan bahwa defisit anggaran tahun ini tetap di bawah tiga persen dari PDB.",
            "Novel terbaru karya {n} mengisahkan perjuangan keluarga nelayan di pesisir utara Jawa pada masa reformasi.",
            "Pebulu tangkis {n} melaju ke final setelah menang dua gim langsung di Istora Senayan tadi malam.",
        ],
    ),
    "yo_NG": (
        [
            "Ẹ kú àárọ̀, {n} ti san owó ilé fún oṣù yìí, ṣùgbọ́n kò tíì rí ìwé ẹ̀rí ìsanwó gbà.",
            "Orúkọ: {n}\nỌjọ́ orí: ọdún mẹ́rìnlélógójì\nÌdí ìbẹ̀wò: ibà àti orí fífọ́ fún ọjọ́ mẹ́ta",
            "Please improve the wording: \"Ẹ jọ̀ọ́, ọmọ mi kò ní lè wá sí ilé-ìwé lọ́la nítorí àìsàn. Ẹ ṣé, {n}\"",
            "Àkọsílẹ̀ ìpè: {n} pè láti ṣe àròyé pé ẹrù tí ó rà kò tíì dé lẹ́yìn ọ̀sẹ̀ méjì.",
        ],
        [
            "Ìwé ìtàn tuntun tí {n} kọ ti gba àmì-ẹ̀yẹ pàtàkì ní ìpínlẹ̀ Ọ̀yọ́ lọ́dún yìí.",
            "Gómìnà {n} sọ fún àwọn oníròyìn pé ìjọba yóò tún ọ̀nà Ìbàdàn ṣe kí òjò tó bẹ̀rẹ̀.",
            "Agbábọ́ọ̀lù {n} gbá góòlù méjì nínú ìdíje tí Nàìjíríà fi borí ní àná.",
        ],
    ),
    "ig_NG": (
        [
            "Ndewo, {n} akwụọla ụgwọ ụlọ maka ọnwa a, mana o nwebeghị akwụkwọ nnata ego.",
            "Aha: {n}\nAfọ ndụ: iri atọ na ise\nIhe kpatara ọbịbịa: ahụ ọkụ na isi ọwụwa kemgbe ụbọchị atọ",
            "Please improve the wording: \"Biko, nwa m agaghị abịa ụlọ akwụkwọ echi n'ihi na ọ na-arịa ọrịa. Daalụ, {n}\"",
            "Ndetu oku: {n} kpọrọ oku ime mkpesa na ngwongwo o zụrụ erubeghị mgbe izu abụọ gachara.",
        ],
        [
            "Akwụkwọ akụkọ ọhụrụ nke {n} dere enwetala nturu ugo na mmemme akwụkwọ na Enugu.",
            "Gọvanọ {n} gwara ndị nta akụkọ na gọọmentị ga-arụzi okporo ụzọ Onitsha tupu udu mmiri amalite.",
            "Onye egwuregwu bọọlụ {n} tinyere goolu abụọ mgbe Naịjirịa meriri n'asọmpi ụnyaahụ.",
        ],
    ),
    "ha_NG": (
        [
            "Barka da safiya, {n} ya biya kuɗin haya na wannan wata, amma bai samu rasit ba tukuna.",
            "Suna: {n}\nShekaru: talatin da biyar\nDalilin zuwa asibiti: zazzaɓi da ciwon kai na kwana uku",
            "Please improve the wording: \"Don Allah, ɗana ba zai samu zuwa makaranta gobe ba saboda rashin lafiya. Na gode, {n}\"",
            "Bayanin kira: {n} ya kira don yin ƙorafi cewa kayan da ya saya ba su iso ba bayan mako biyu.",
        ],
        [
            "Sabon littafin da {n} ya rubuta ya lashe babbar kyauta a bikin baje kolin littattafai na Kano.",
            "Gwamna {n} ya shaida wa manema labarai cewa gwamnati za ta gyara hanyar Kaduna kafin damina.",
            "Ɗan wasan ƙwallon ƙafa {n} ya ci ƙwallaye biyu a wasan da Najeriya ta yi nasara jiya.",
        ],
    ),
    "sw": (
        [
            "Habari za asubuhi, {n} amelipa kodi ya nyumba ya mwezi huu lakini bado hajapokea risiti.",
            "Jina kamili: {n}\nUmri: miaka 35\nSababu ya kuja: homa na maumivu ya kichwa kwa siku tatu",
            "Tafadhali boresha maneno haya: \"Habari, mwanangu hataweza kuja shuleni kesho kwa sababu ni mgonjwa. Asante, {n}\"",
            "Kumbukumbu ya simu: {n} alipiga simu kulalamika kwamba mzigo aliouagiza haujafika baada ya wiki mbili.",
        ],
        [
            "Riwaya mpya iliyoandikwa na {n} imeshinda tuzo ya fasihi ya Kiswahili mwaka huu.",
            "Waziri wa Fedha {n} aliwaambia waandishi wa habari jijini Dodoma kwamba bajeti ijayo itaongeza fedha za afya.",
            "Mshambuliaji {n} alifunga mabao mawili na kuiwezesha Taifa Stars kushinda mechi ya kufuzu jana usiku.",
        ],
    ),
}

# Round 16: written by a new writer, who had read nothing of the repository
# (4 personal and 3 public sentences per locale, public contexts of many
# kinds, different per language); the holdout until 2026-12-06 (its last
# measurement 0.910 / 0.896, 8 of 99 public names flagged), when round 17
# replaced it and it moved to tune.
SEEN_16 = {
    "en_US": (
        [
            "Can you draft a polite email to {n} reminding them that the March rent of $1,850 is now 12 days late and a $75 late fee has been added per the lease?",
            "Patient intake\nName: {n}\nDOB: 04/17/1986\nInsurance: Aetna PPO, member ID W2849-1173\nReason for visit: persistent lower back pain, worse after lifting",
            "{n} from accounting told me on Slack that my reimbursement got stuck because the receipt was blurry. Should I resubmit it or just email her directly?",
            "Thanks again for your patience while we sort out the billing error on your account.\n\nBest regards,\n{n}\nCustomer Success Manager, Northfield Home Services\n(614) 555-0192",
        ],
        [
            "In a statement released Tuesday, Senator {n} said the infrastructure bill would bring more than 4,000 construction jobs to the state over the next decade.",
            "The {n} Center for the Performing Arts will reopen in October after a two-year, $60 million renovation of its main concert hall.",
            "Directed by {n}, the documentary follows three Appalachian families through a year of mine closures and was shortlisted for the Academy Award.",
        ],
    ),
    "en_GB": (
        [
            "Hi, could you help me word a letter to the council about my neighbour {n}, whose extension has been blocking the light to our kitchen since last autumn?",
            "Tenant: {n}\nProperty: Flat 3, 42 Harcourt Road, Leeds LS6 2AB\nDeposit held: £950 (DPS)\nNotes: boiler repair outstanding, keys returned a week late",
            "Just a heads-up that {n} rang the surgery this morning about her repeat prescription for sertraline. Can someone ring her back before half five?",
            "Dear {n},\n\nFurther to our telephone conversation on Monday, I am writing to confirm that your son has been offered a Year 7 place starting in September.",
        ],
        [
            "{n} scored twice in the second half as Sunderland came from behind to beat Preston 3-2 at the Stadium of Light on Saturday afternoon.",
            "The Booker-shortlisted novel by {n} traces three generations of a Glaswegian shipbuilding family from the 1920s to the closure of the yards.",
            "Obituary: {n}, the broadcaster who presented Radio 4's farming programme for nearly thirty years, has died aged 87 at his home in Herefordshire.",
        ],
    ),
    "ga_IE": (
        [
            "An féidir leat ríomhphost a scríobh chuig {n} ag meabhrú di go gcaithfear an cíos a íoc faoin gcéad lá den mhí seo chugainn?",
            "Ainm: {n}\nSeoladh: 14 Bóthar na Trá, Gaillimh\nUimhir PPS: 7654321TA\nNóta: tá an t-othar ag fanacht ar choinne leis an gcairdeolaí ó mhí Eanáir",
            "Bhí {n} ón rang oíche ag rá liom go bhfuil sí ag cuardach oibre nua mar go bhfuil a conradh ag críochnú i mí Aibreáin.",
            "Go raibh maith agat as do chabhair leis an iarratas.\n\nLe gach dea-ghuí,\n{n}\nOifigeach Acmhainní Daonna, Comhairle Contae Chiarraí",
        ],
        [
            "Ghnóthaigh {n} Gradam an Oireachtais anuraidh don chnuasach filíochta is déanaí dá cuid, a d'fhoilsigh Cló Iar-Chonnacht i mí na Bealtaine.",
            "Scóráil {n} dhá chúl sa dara leath nuair a bhuaigh Gaillimh ar Mhaigh Eo i gcluiche ceannais Chonnacht i bPáirc an Phiarsaigh inné.",
            "Rugadh {n} i gCorca Dhuibhne sa bhliain 1894, agus is mar scéalaí agus scríbhneoir dírbheathaisnéise is fearr a chuimhnítear air inniu.",
        ],
    ),
    "es_ES": (
        [
            "¿Me ayudas a redactar un correo para {n}, la madre de un alumno de 3.º B, explicándole que su hijo ha faltado cinco días sin justificar este trimestre?",
            "Datos del cliente:\n- Nombre: {n}\n- DNI: 53214876K\n- Dirección: C/ Alcalá 212, 4.º izda., 28028 Madrid\n- Deuda pendiente: 1.240,50 €",
            "Oye, que me ha dicho {n} que no puede venir a la reunión del jueves porque tiene consulta con el traumatólogo, ¿la movemos al viernes?",
            "Quedo a la espera de su confirmación para proceder con el pedido.\n\nUn cordial saludo,\n\n{n}\nResponsable de Compras\nSuministros Levante S.L.",
        ],
        [
            "El Ayuntamiento ha decidido dedicar a {n} la plaza situada frente al antiguo mercado, en homenaje a su trayectoria como pintor del realismo madrileño.",
            "En la rueda de prensa posterior al partido, {n} reconoció que el equipo había salido dormido y que el empate ante el Betis sabía a poco.",
            "Según {n} (2017), la despoblación rural en Castilla y León responde tanto a factores económicos como a la falta de servicios sanitarios básicos.",
        ],
    ),
    "pt_BR": (
        [
            "Preciso mandar uma mensagem cobrando o aluguel de fevereiro, que está atrasado há duas semanas. Pode escrever algo educado, mas firme? É pro inquilino {n}.",
            "Ficha de atendimento\nPaciente: {n}\nCPF: 412.387.905-22\nConvênio: Unimed\nQueixa principal: dor de cabeça frequente há três meses, piora à noite",
            "Oi pessoal, a {n} do financeiro pediu pra avisar que os reembolsos de viagem só vão cair na conta dia 15, beleza?",
            "{n} mora no apartamento 302 e reclamou de novo do barulho da obra do vizinho; vou registrar no livro de ocorrências do condomínio.",
        ],
        [
            "Com o gol de {n} aos 44 do segundo tempo, o Fluminense garantiu a vaga na final da Copa do Brasil diante de um Maracanã lotado.",
            "A nova biografia de {n}, lançada pela Companhia das Letras, revisita a infância do compositor no subúrbio carioca e sua chegada à bossa nova.",
            "O Prêmio {n} de Jornalismo Ambiental recebe inscrições até 30 de setembro para reportagens publicadas sobre a Amazônia e o Cerrado.",
        ],
    ),
    "fr_FR": (
        [
            "Peux-tu m'aider à rédiger un courrier de relance à {n}, notre locataire du 2e étage, qui n'a pas réglé ses charges depuis janvier (380 € au total) ?",
            "Madame, Monsieur,\nJe vous écris au sujet du dossier de mutuelle de mon père, {n}, hospitalisé depuis le 12 mars au CHU de Nantes.",
            "Nom : {n}\nDate de naissance : 03/11/1979\nAdresse : 17 rue des Tanneurs, 67000 Strasbourg\nMotif : demande de logement social, situation d'urgence familiale",
            "Bien cordialement,\n\n{n}\nConseillère clientèle – Agence de Lyon Part-Dieu\nTél. : 04 78 62 19 45",
        ],
        [
            "Le lycée {n} de Montpellier célèbre cette année son centenaire avec une exposition consacrée à ses anciens élèves devenus écrivains.",
            "Dans son dernier roman, {n} suit une infirmière de Roubaix confrontée à la fermeture de son service, et signe peut-être son livre le plus politique.",
            "« Nous ne reviendrons pas sur cette réforme », a affirmé {n}, ministre de l'Économie, lors de son passage sur France Inter ce mercredi matin.",
        ],
    ),
    "it_IT": (
        [
            "Mi scrivi una mail gentile per {n}, il fornitore delle cialde, dicendo che l'ultima consegna è arrivata con tre scatole danneggiate e chiediamo la sostituzione?",
            "Gentile {n},\nla informiamo che il suo appuntamento per la risonanza magnetica è stato spostato a lunedì 14 alle ore 9:30, presso il poliambulatorio di via Morgagni.",
            "Appunti colloquio genitori:\n- classe: 2ª C\n- genitore presente: {n}\n- difficoltà in matematica, proposto corso di recupero il martedì pomeriggio",
            "Ho sentito {n} dell'ufficio legale: dice che il contratto d'affitto va registrato entro trenta giorni, altrimenti ci tocca pagare la sanzione.",
        ],
        [
            "Al Teatro alla Scala, {n} ha diretto una Tosca tesa e asciutta, accolta da dieci minuti di applausi al termine del terzo atto.",
            "Il museo ospita la collezione di ceramiche donata da {n}, industriale faentino scomparso nel 1962, che la raccolse in oltre quarant'anni di viaggi.",
            "Con una fuga solitaria negli ultimi venti chilometri, {n} ha vinto la tappa dolomitica del Giro d'Italia conquistando anche la maglia azzurra.",
        ],
    ),
    "de_DE": (
        [
            "Unser Mieter im Erdgeschoss hat seit zwei Monaten keine Nebenkostenvorauszahlung überwiesen. Kannst du mir eine freundliche, aber bestimmte Mahnung formulieren? Er heißt {n}.",
            "Hallo {n},\n\nanbei wie besprochen das Angebot für die Dachsanierung. Bitte geben Sie uns bis Freitag Bescheid, ob wir den Termin im Mai fest einplanen sollen.",
            "Patientin: {n}\nGeb.: 22.08.1961\nKrankenkasse: AOK Bayern\nDiagnose: Diabetes mellitus Typ 2, HbA1c 8,1 %\nNächster Termin: 14.05., 10:15 Uhr",
            "Mit freundlichen Grüßen\n\n{n}\nSachbearbeiterin Personalabteilung\nStadtwerke Kassel GmbH\nTel. 0561 782-3310",
        ],
        [
            "Die Straße am Südpark wurde nach {n} benannt, der Widerstandskämpferin, die 1944 in Berlin-Plötzensee hingerichtet wurde.",
            "Mit einem Doppelpack in der Nachspielzeit sicherte {n} dem SC Freiburg den Auswärtssieg in Bochum und sorgte für Jubel im Gästeblock.",
            "Vgl. {n}: Die Stadt im Spätmittelalter. Handel, Zünfte und Rat, 3. Aufl., München 2009, S. 112–118.",
        ],
    ),
    "nl_NL": (
        [
            "Kun je een nette mail opstellen aan {n}? Zij is de moeder van een leerling uit groep 6 en wil een gesprek over het pesten op het schoolplein.",
            "Naam: {n}\nBSN: 123456782\nAdres: Vondelstraat 88-II, 1054 GR Amsterdam\nIBAN: NL91 ABNA 0417 1643 00\nOpmerking: betalingsregeling afgesproken, €75 per maand",
            "Even een update: {n} van nummer 14 heeft de sleutel opgehaald en geeft dinsdag de meterstanden door aan de verhuurder.",
            "Met vriendelijke groet,\n\n{n}\nTeamleider Klantenservice\nWoonstichting De Linge\n0345 - 58 72 10",
        ],
        [
            "Premier {n} verdedigde in de Tweede Kamer het besluit om de stikstofdoelen met vijf jaar uit te stellen, tot groot ongenoegen van de oppositie.",
            "In het Rijksmuseum hangt een vroeg zelfportret van {n}, geschilderd rond 1628 toen de kunstenaar nog in Leiden werkte.",
            "Het Boekenbal werd dit jaar geopend door {n}, wiens roman over een Zeeuwse vissersfamilie eerder de Libris Literatuur Prijs won.",
        ],
    ),
    "sv_SE": (
        [
            "Kan du skriva ett kort, vänligt mejl om att hyran för april fortfarande inte har kommit in och att en påminnelseavgift tillkommer nästa vecka? Det ska till {n}.",
            "Hej!\nJag ringer angående min mamma, {n}, som bor på Solgårdens äldreboende och behöver få sin medicinlista uppdaterad efter sjukhusvistelsen.",
            "Vårdnadshavare: {n}\nElevens klass: 4B\nTelefon: 070-612 38 90\nÄrende: ansökan om ledighet vecka 12, familjeresa",
            "Med vänliga hälsningar\n{n}\nInköpsansvarig, Bygg & Trä i Norrland AB\n070-448 21 09",
        ],
        [
            "{n} tog sitt tredje raka SM-guld i längdskidor när hon vann 30 kilometer klassiskt i Falun med nästan en minuts marginal.",
            "Augustpriset i kategorin skönlitteratur gick i år till {n} för romanen om en uppväxt i ett nedlagt bruksamhälle i Bergslagen.",
            "I dödsannonsen i Dagens Nyheter hedras {n}, arkitekten bakom flera av miljonprogrammets mest omtalade bostadsområden i Stockholms förorter.",
        ],
    ),
    "pl_PL": (
        [
            "Pani {n} dzwoniła dziś rano w sprawie zwrotu pieniędzy za uszkodzoną pralkę – napiszesz jej uprzejmego maila, że środki wrócą na konto do piątku?",
            "Imię i nazwisko: {n}\nPESEL: 85031204567\nAdres: ul. Długa 14/7, 31-147 Kraków\nRozpoznanie: złamanie kości promieniowej lewej ręki, gips na 6 tygodni",
            "Z poważaniem\n{n}\nSpecjalista ds. zamówień publicznych\nUrząd Gminy Wieliczka\ntel. 12 345 67 89",
            "Możesz sprawdzić, czy {n} z 3b oddała już zgodę na wycieczkę do Zakopanego? Jej mama pisała do mnie w Librusie, że wysłała skan.",
        ],
        [
            "W 87. minucie {n} wykorzystał rzut karny i Lech Poznań pokonał Legię 2:1, awansując na fotel lidera Ekstraklasy.",
            "Nagrodę Literacką Nike otrzymał w tym roku {n} za powieść o powojennym Wrocławiu i losach przesiedleńców ze Lwowa.",
            "Jak pisze {n} w monografii wydanej przez PWN (2015), reforma szkolnictwa z 1999 roku zasadniczo zmieniła strukturę edukacji w Polsce.",
        ],
    ),
    "cs_CZ": (
        [
            "Můžeš mi pomoct napsat e-mail nájemníkovi? Jmenuje se {n}, bydlí ve třetím patře a už druhý měsíc nezaplatil nájem ani zálohy na energie.",
            "Jméno a příjmení: {n}\nRodné číslo: 855312/1234\nBydliště: Lidická 27, 602 00 Brno\nPojišťovna: VZP\nPoznámka: alergie na penicilin",
            "{n} z účtárny psala, že faktura od dodavatele obalů pořád nedorazila, takže platbu pošleme až příští týden.",
            "S pozdravem\n\n{n}\nvedoucí oddělení nákupu\nStrojírny Hranice, a.s.\ntel.: +420 581 234 567",
        ],
        [
            "V hlavní roli nové inscenace Národního divadla exceluje {n}, jehož Hamlet je křehký, ironický a nečekaně vtipný.",
            "{n} se narodil roku 1848 v Litomyšli a proslul jako stavitel mostů přes Vltavu i jako mecenáš českých vlasteneckých spolků.",
            "Hokejisté Třince porazili Spartu 4:2, dvěma góly se blýskl útočník {n}, který byl vyhlášen nejlepším hráčem utkání.",
        ],
    ),
    "ru_RU": (
        [
            "Помоги составить вежливое, но твёрдое письмо арендатору: это {n}, он снимает у нас помещение на Литейном и задолжал за два месяца 84 000 рублей.",
            "ФИО: {n}\nДата рождения: 14.02.1978\nАдрес: г. Екатеринбург, ул. Малышева, д. 51, кв. 23\nДиагноз: гипертоническая болезнь II стадии",
            "Коллеги, {n} сегодня на больничном, поэтому созвон с поставщиком переносим на четверг, 11:00. Кто сможет её подменить?",
            "С уважением,\n{n}\nведущий специалист отдела кадров\nООО «ТехноСтрой-Урал»\nтел. +7 (343) 210-45-67",
        ],
        [
            "«Мы не планируем повышать налоги для малого бизнеса», — заявил на пресс-конференции в понедельник министр финансов {n}.",
            "Самым результативным игроком матча, в котором сборная обыграла Бразилию в пяти партиях, стал {n}, набравший 27 очков.",
            "Как отмечает {n} в монографии «Крестьянская община в пореформенной России» (М., 2004), передельная система сохранялась дольше, чем принято считать.",
        ],
    ),
    "uk_UA": (
        [
            "Моя сусідка {n} вже втретє заливає нам стелю у ванній. Допоможи скласти офіційну претензію до ОСББ з вимогою відшкодувати ремонт.",
            "ПІБ: {n}\nРНОКПП: 3124509876\nАдреса: м. Львів, вул. Городоцька, 112, кв. 5\nСума заборгованості: 12 450 грн",
            "{n} з бухгалтерії просила нагадати, що авансові звіти за відрядження треба здати до п'ятниці, інакше кошти не повернуть.",
            "Дякую за співпрацю!\n\nЗ повагою,\n{n}\nменеджерка із закупівель\nТОВ «Агроплюс-Поділля»",
        ],
        [
            "У фіналі турніру в Римі {n} у трьох сетах обіграла першу ракетку світу й уперше здобула титул такого рівня.",
            "На фасаді будинку на Андріївському узвозі встановили меморіальну дошку: тут у 1910-х роках жив і працював {n}.",
            "Премія за найкращий повнометражний фільм дісталася стрічці, яку зняв {n}; журі відзначило сміливу роботу з документальним матеріалом.",
        ],
    ),
    "el_GR": (
        [
            "Μπορείς να μου γράψεις ένα ευγενικό email προς τον ενοικιαστή μας; Λέγεται {n} και χρωστάει το ενοίκιο Μαρτίου και Απριλίου, σύνολο 900 ευρώ.",
            "Ονοματεπώνυμο: {n}\nΑΜΚΑ: 12038501234\nΔιεύθυνση: Εγνατίας 45, Θεσσαλονίκη\nΑιτία επίσκεψης: επίμονος βήχας και πυρετός εδώ και πέντε μέρες",
            "Παιδιά, η {n} από το λογιστήριο είπε ότι οι μισθοί θα μπουν τη Δευτέρα λόγω αργίας, οπότε μην ανησυχείτε.",
            "Με εκτίμηση,\n\n{n}\nΥπεύθυνη Εξυπηρέτησης Πελατών\nΗλεκτρονική Βορείου Ελλάδος Α.Ε.\nΤηλ. 2310 555 123",
        ],
        [
            "Στην έκθεση του Εθνικού Αρχαιολογικού Μουσείου παρουσιάζονται για πρώτη φορά τα ημερολόγια ανασκαφής που κρατούσε ο {n} στις Μυκήνες το 1890.",
            "Πρωταγωνιστής της αναμέτρησης ήταν ο {n}, που σκόραρε δύο φορές και χάρισε στον Άρη τη νίκη επί του Πανιωνίου.",
            "«Η κυβέρνηση θα στηρίξει τους αγρότες της Θεσσαλίας», δήλωσε σήμερα ο υπουργός Αγροτικής Ανάπτυξης {n} μετά τη συνάντηση στη Λάρισα.",
        ],
    ),
    "tr_TR": (
        [
            "Kiracımız {n} iki aydır kirayı ödemiyor; nazik ama net bir ihtarname taslağı hazırlayabilir misin? Toplam borç 34.000 TL.",
            "Ad Soyad: {n}\nT.C. Kimlik No: 12345678950\nAdres: Bağdat Cad. No: 214 D: 6, Kadıköy/İstanbul\nŞikâyet: iki haftadır süren mide ağrısı ve iştahsızlık",
            "Saygılarımla,\n\n{n}\nSatın Alma Uzmanı\nEge Tekstil San. ve Tic. A.Ş.\nTel: 0232 456 78 90",
            "Yarınki veli toplantısında {n} adlı velinin oğlunun devamsızlık durumunu konuşmamız lazım, notlarını bana atar mısın?",
        ],
        [
            "Maçın yıldızı {n} oldu: genç forvet iki gol atıp bir de asist yaparak takımını deplasmanda 3-1'lik galibiyete taşıdı.",
            "Tablo, {n} tarafından 1923 yılında Paris'te yapılmış olup sanatçının Anadolu köy hayatını konu alan ilk tuvalleri arasında yer alır.",
            "Dışişleri Bakanı {n}, Brüksel'deki zirvenin ardından yaptığı açıklamada vize serbestisi görüşmelerinin yeniden başlayacağını söyledi.",
        ],
    ),
    "ar_AA": (
        [
            "هل يمكنك مساعدتي في كتابة رسالة إلى المستأجر {n} لتذكيره بأن إيجار شهر مارس متأخر منذ أسبوعين، وأن العقد ينص على غرامة تأخير؟",
            "الاسم: {n}\nتاريخ الميلاد: 1984/06/12\nرقم الهوية: 1098765432\nالعنوان: حي النرجس، الرياض\nسبب المراجعة: ألم مزمن في الركبة اليسرى",
            "مع خالص التحية والتقدير،\n{n}\nمديرة الموارد البشرية\nشركة الأفق للتجارة والمقاولات",
            "يا جماعة، {n} من قسم المحاسبة يقول إن الرواتب ستتأخر يومين هذا الشهر بسبب تحديث النظام البنكي.",
        ],
        [
            "فاز الروائي {n} بالجائزة العالمية للرواية العربية عن روايته التي تتناول تحولات مدينة الإسكندرية في ستينيات القرن الماضي.",
            "افتُتحت مكتبة {n} العامة في وسط المدينة بحضور وزير الثقافة، وتضم أكثر من مئة ألف كتاب ومخطوطة نادرة.",
            "سجّل {n} هدف الفوز في الدقيقة التسعين ليقود فريقه إلى نهائي دوري أبطال آسيا لأول مرة في تاريخه.",
        ],
    ),
    "fa_IR": (
        [
            "لطفاً یک ایمیل رسمی برای آقای {n} بنویس و یادآوری کن که قسط سوم وام به مبلغ ۱۵ میلیون تومان باید تا پایان این ماه پرداخت شود.",
            "نام و نام خانوادگی: {n}\nکد ملی: ۰۰۱۲۳۴۵۶۷۸\nنشانی: تهران، خیابان ولیعصر، کوچه نسترن، پلاک ۱۲\nتشخیص: دیابت نوع دو",
            "{n}، همسایهٔ طبقهٔ بالا، دوباره ساعت دو شب سر و صدا داشت؛ می‌خواهم به مدیر ساختمان پیام بدهم، کمکم می‌کنی؟",
            "با سپاس و احترام\n{n}\nکارشناس ارشد منابع انسانی\nشرکت صنایع غذایی البرز",
        ],
        [
            "فیلم تازهٔ {n} در جشنوارهٔ فیلم فجر سیمرغ بلورین بهترین کارگردانی را از آن خود کرد.",
            "به گزارش خبرگزاری‌ها، {n}، رئیس سازمان حفاظت محیط زیست، از آغاز طرح احیای دریاچهٔ ارومیه در فصل پاییز خبر داد.",
            "آرامگاه {n}، شاعر قرن هشتم، هر سال در روز بزرگداشت او پذیرای هزاران بازدیدکننده از سراسر کشور است.",
        ],
    ),
    "he_IL": (
        [
            "תוכל לנסח מייל מנומס לשוכר שלנו, {n}, ולהזכיר לו ששכר הדירה לחודש מרץ עדיין לא הועבר ושיש קנס פיגורים לפי החוזה?",
            "שם מלא: {n}\nת.ז.: 034567891\nכתובת: רחוב הגפן 45, חיפה\nקופת חולים: מכבי\nהערות: רגישות לאספירין",
            "בברכה,\n{n}\nרכזת גיוס ומשאבי אנוש\nאלפא מערכות בע״מ\n054-7654321",
            "היי, {n} מהנהלת חשבונות ביקשה שכל מי שעוד לא הגיש קבלות על נסיעות יעשה את זה עד יום חמישי.",
        ],
        [
            "בטקס שנערך בירושלים הוענק פרס ישראל לספרות לסופר {n} על מפעל חייו.",
            "הכדורסלן {n} קלע 31 נקודות והוביל את הקבוצה לניצחון דרמטי בהארכה בגמר היורוליג.",
            "לפי {n} (2012), הגירת יהודי צפון אפריקה בשנות החמישים עיצבה מחדש את מפת ההתיישבות בנגב.",
        ],
    ),
    "hi_IN": (
        [
            "कृपया {n} जी को एक विनम्र ईमेल लिख दीजिए कि उनके बेटे की स्कूल फीस पिछले दो महीने से बकाया है और 15 तारीख तक जमा करनी होगी।",
            "नाम: {n}\nउम्र: 62 वर्ष\nपता: सेक्टर 12, द्वारका, नई दिल्ली\nनिदान: उच्च रक्तचाप, दवा नियमित रूप से लें",
            "आज सुबह {n} का फोन आया था, वो कह रहे थे कि फ्लैट का किराया इस बार दस दिन देर से देंगे क्योंकि सैलरी अटकी हुई है।",
            "सादर,\n{n}\nवरिष्ठ लेखाकार\nआदर्श ट्रेडर्स प्रा. लि., जयपुर",
        ],
        [
            "लोकसभा में बोलते हुए केंद्रीय मंत्री {n} ने कहा कि अगले साल तक हर गाँव में पक्की सड़क पहुँचा दी जाएगी।",
            "ग्रामीण बिहार की पृष्ठभूमि पर {n} द्वारा लिखित उपन्यास को इस वर्ष साहित्य अकादमी पुरस्कार से सम्मानित किया गया है।",
            "अंतिम ओवर में {n} ने लगातार दो छक्के जड़कर भारत को रोमांचक जीत दिलाई और प्लेयर ऑफ द मैच चुने गए।",
        ],
    ),
    "en_IN": (
        [
            "Kindly draft a mail informing that the maintenance charges of Rs. 4,500 for the quarter are pending and need to be cleared before the society AGM. Addressee is {n}.",
            "Please find below the details for the PF transfer:\nName: {n}\nUAN: 100987654321\nPAN: ABCPD1234F\nDate of joining: 03-07-2019",
            "Sir, {n} from the Pune branch has requested leave from 12th to 18th for her sister's marriage, shall I approve it?",
            "Thanks and regards,\n{n}\nAssistant Manager – Procurement\nShree Balaji Enterprises, Coimbatore\nMob: 98430 12345",
        ],
        [
            "The newly inaugurated {n} Memorial Auditorium in Kochi will host the state's annual classical music festival from next week.",
            "Opener {n} struck a fluent 112 off 98 balls as Karnataka posted 327 for 6 against Mumbai in the domestic one-day quarter-final.",
            "Acclaimed novelist {n}, whose debut about a Bengali joint family was translated into 14 languages, will deliver the keynote at the Jaipur Literature Festival.",
        ],
    ),
    "zh_CN": (
        [
            "帮我给{n}写一封邮件，提醒他这个月的房租还没交，已经逾期五天了，按合同要收滞纳金，语气客气一点。",
            "姓名：{n}\n性别：女\n身份证号：110105198803124527\n住址：北京市朝阳区望京西园三区12号楼\n就诊原因：反复头痛两周",
            "各位，{n}今天请病假，下午和供应商的会议改到明天上午十点，有问题直接找我。",
            "此致\n敬礼\n\n{n}\n华东区销售经理\n上海恒远贸易有限公司\n电话：021-6235 8890",
        ],
        [
            "在昨晚的比赛中，{n}独得38分，帮助广东队以112比105击败辽宁队，总比分3比1晋级决赛。",
            "据新华社报道，{n}在国务院新闻发布会上表示，今年将继续加大对中小企业的减税降费力度。",
            "小说讲述了{n}在民国初年从江南小镇来到上海滩闯荡的经历，以细腻的笔触描绘了时代变迁。",
        ],
    ),
    "ja_JP": (
        [
            "{n}様宛てに、先月分の請求書の金額に誤りがあったことをお詫びするメールの文面を考えてもらえますか？",
            "氏名：{n}\n生年月日：1975年8月3日\n住所：大阪府豊中市新千里東町1-4-2\n保険証番号：12345678\n主訴：右膝の痛み",
            "明日の保護者面談ですが、{n}さんから仕事の都合で17時以降にしてほしいと連絡がありました。調整お願いできますか。",
            "以上、よろしくお願いいたします。\n\n株式会社ミドリ設備\n総務部 課長\n{n}\nTEL：03-5678-1234",
        ],
        [
            "本屋大賞を受賞した{n}の新作は、東北の漁村で暮らす三世代の女性を描いた長編小説である。",
            "本展では、{n}が明治期に描いた風景画や写生帖など約80点を展示する。",
            "{n}投手は7回を無失点に抑える好投を見せ、チームの連敗を5で止めた。",
        ],
    ),
    "ko_KR": (
        [
            "{n} 고객님께 보낼 사과 메일 좀 써줘. 주문하신 냉장고 배송이 다음 주 화요일로 미뤄졌다고 정중하게 안내해야 해.",
            "성명: {n}\n생년월일: 1990.04.22\n주소: 서울특별시 마포구 월드컵북로 123, 502호\n진료과: 정형외과\n메모: 허리 디스크 의심",
            "다음 주 학부모 상담 때 {n} 님이 아이 교우 관계 문제로 따로 이야기하고 싶다고 하셨어요.",
            "감사합니다.\n\n{n} 드림\n구매팀 대리\n(주)한빛산업\n010-1234-5678",
        ],
        [
            "{n} 감독의 신작은 칸 영화제 경쟁 부문에 초청되어 상영 후 8분간 기립 박수를 받았다.",
            "{n} 선수는 후반 추가 시간에 결승골을 터뜨리며 팀의 리그 3연승을 이끌었다.",
            "조선 후기 실학자인 {n} 선생의 생가는 현재 기념관으로 복원되어 일반에 공개되고 있다.",
        ],
    ),
    "vi_VN": (
        [
            "Em soạn giúp anh một email gửi chị {n}, nhắc là tiền nhà tháng này đã quá hạn một tuần rồi nhé, viết lịch sự thôi.",
            "Họ và tên: {n}\nNgày sinh: 12/09/1992\nCCCD: 001092012345\nĐịa chỉ: 25 ngõ 102 phố Khâm Thiên, Đống Đa, Hà Nội\nLý do khám: đau dạ dày kéo dài",
            "Trân trọng,\n{n}\nTrưởng phòng Kinh doanh\nCông ty TNHH Thương mại Minh Phát",
            "Cả nhà ơi, anh {n} bên kế toán báo là lương tháng này sẽ chuyển chậm hai ngày do ngân hàng bảo trì hệ thống.",
        ],
        [
            "Tiền đạo {n} ghi bàn thắng duy nhất ở phút 78, giúp đội tuyển Việt Nam đánh bại Thái Lan trên sân Mỹ Đình.",
            "Tập thơ đầu tay của {n} vừa được Hội Nhà văn Hà Nội trao giải thưởng năm nay ở hạng mục thơ.",
            "Con đường ven sông Hàn được đặt theo tên {n}, nhà cách mạng sinh ra tại Quảng Nam vào cuối thế kỷ XIX.",
        ],
    ),
    "id_ID": (
        [
            "Tolong buatkan surat teguran untuk penyewa ruko atas nama {n}, karena sudah tiga bulan belum membayar sewa sebesar Rp 15.000.000.",
            "Nama: {n}\nNIK: 3174012304880002\nAlamat: Jl. Kenanga No. 17, RT 03/RW 05, Depok\nKeluhan: demam tinggi dan nyeri sendi sejak 4 hari",
            "Bu, tadi {n}, wali murid kelas 5B, telepon. Katanya anaknya tidak bisa ikut ujian susulan hari Senin karena masih dirawat di rumah sakit.",
            "Hormat kami,\n\n{n}\nKepala Bagian Keuangan\nPT Sinar Jaya Abadi\nTelp. (021) 555-7812",
        ],
        [
            "Dalam konferensi pers di Istana Merdeka, Menteri Keuangan {n} menyampaikan bahwa defisit anggaran tahun ini masih terkendali di bawah tiga persen.",
            "Film garapan sutradara {n} ini meraih Piala Citra untuk Film Cerita Panjang Terbaik dalam Festival Film Indonesia tahun lalu.",
            "Pebulu tangkis {n} menjuarai Indonesia Open setelah mengalahkan unggulan pertama asal Denmark dalam pertandingan tiga gim yang menegangkan.",
        ],
    ),
    "yo_NG": (
        [
            "Ẹ jọ̀ọ́, ẹ bá mi kọ lẹ́tà sí {n} pé owó ilé oṣù yìí kò tíì dé, ó sì ti lé ní ọ̀sẹ̀ méjì báyìí.",
            "Orúkọ: {n}\nỌjọ́ ìbí: 14/03/1985\nÀdírẹ́sì: Nọ́mbà 12, Bódìjà, Ìbàdàn\nÌdí ìbẹ̀wò: ibà àti orí fífọ́",
            "{n} tó jẹ́ aládùúgbò wa ti sọ fún mi pé òun ò ní lè san owó iná mànàmáná ti oṣù yìí títí di ọjọ́ Ẹtì.",
            "Ẹ ṣé púpọ̀,\n{n}\nAlákòóso Ẹ̀ka Ìṣúná\nIléeṣẹ́ Ìrìnnà Ìlú Èkó",
        ],
        [
            "Ìwé ìtàn àròsọ tí {n} kọ nípa ìgbésí ayé àwọn àgbẹ̀ ní Ọ̀yọ́ gba ẹ̀bùn ìwé tó dára jùlọ lọ́dún yìí.",
            "Gómìnà {n} ṣí ilé-ìwòsàn tuntun kan ní Òṣogbo lánàá, ó sì ṣèlérí pé ìtọ́jú yóò jẹ́ ọ̀fẹ́ fún àwọn ọmọdé.",
            "{n} gbá góòlù méjì nínú ìdíje náà, èyí tó jẹ́ kí ikọ̀ Super Eagles borí Ghana pẹ̀lú àmì ayò méjì sí ẹyọ kan.",
        ],
    ),
    "ig_NG": (
        [
            "Biko, nyere m aka dee akwụkwọ ozi nye {n} iji chetara ya na ọ kwụbeghị ụgwọ ụlọ nke ọnwa a, ma ụbọchị ịkwụ ụgwọ agafeela izu abụọ.",
            "Aha: {n}\nỤbọchị ọmụmụ: 21/07/1990\nAdreesị: Nọmba 8, Okporo ụzọ Ogui, Enugu\nIhe mere o ji bịa: ahụ ọkụ na isi ọwụwa",
            "{n} si n'ụlọ ọrụ anyị gwara m na ọ gaghị abịa nzukọ Mọnde n'ihi na nne ya nọ n'ụlọ ọgwụ.",
            "Ekele m,\n{n}\nOnye njikwa ego\nỤlọ ọrụ Ọganihu Nig. Ltd., Onitsha",
        ],
        [
            "Akwụkwọ akụkọ ifo {n} dere banyere agha Biafra nwetara ihe nrite kachasị elu n'emume ndị edemede e mere n'Abuja.",
            "Gọvanọ {n} kwuru n'ọgbakọ ndị nta akụkọ na gọọmentị ga-arụzi okporo ụzọ Enugu ruo Onitsha tupu njedebe afọ a.",
            "Ụlọ ngosi ihe mgbe ochie dị n'Enugu na-egosi ihe osise {n} sere n'afọ 1960, mgbe Naịjirịa nwetara nnwere onwe.",
        ],
    ),
    "ha_NG": (
        [
            "Don Allah ka taimaka min in rubuta wasiƙa zuwa ga {n}, in tunatar da shi cewa kuɗin hayar gida na wannan watan bai zo ba tukuna.",
            "Suna: {n}\nRanar haihuwa: 05/11/1987\nAdireshi: Lamba 23, Titin Zoo, Kano\nDalilin ziyara: zazzaɓi da ciwon kai na kwana uku",
            "{n} daga sashen kuɗi ta ce albashin wannan watan zai jinkirta da kwana biyu saboda matsalar banki.",
            "Na gode,\n{n}\nManajan Sayayya\nKamfanin Arewa Agro Ltd., Kaduna",
        ],
        [
            "Gwamna {n} ya ƙaddamar da sabuwar makarantar sakandare a Zariya ranar Litinin, yana mai cewa ilimi shi ne ginshiƙin ci gaba.",
            "{n} ya zura ƙwallaye biyu a wasan da Kano Pillars ta doke Enyimba da ci 2 da 1 a filin wasa na Kano.",
            "Littafin da {n} ya rubuta game da tarihin masarautar Zazzau ya zama abin karatu a jami'o'in arewacin Najeriya.",
        ],
    ),
    "sw": (
        [
            "Naomba unisaidie kuandika barua pepe kwa {n} kumkumbusha kwamba kodi ya nyumba ya mwezi huu bado haijalipwa na imechelewa wiki mbili.",
            "Jina: {n}\nTarehe ya kuzaliwa: 17/02/1983\nAnwani: Mtaa wa Uhuru, Kinondoni, Dar es Salaam\nSababu ya kuja: homa na maumivu ya viungo",
            "Mwalimu mkuu ameomba tumpigie simu {n}, mzazi wa mwanafunzi wa darasa la sita, kuhusu ada ya muhula wa pili ambayo bado haijalipwa.",
            "Wako katika ujenzi wa taifa,\n{n}\nAfisa Rasilimali Watu\nHalmashauri ya Wilaya ya Moshi",
        ],
        [
            "Rais {n} alihutubia Bunge mjini Dodoma jana, akiahidi kuongeza bajeti ya elimu na afya katika mwaka ujao wa fedha.",
            "Mwanariadha {n} alishinda medali ya dhahabu katika mbio za mita 10,000 kwenye mashindano ya dunia yaliyofanyika Budapest.",
            "Riwaya ya {n} inamfuata kijana mmoja kutoka Zanzibar anayehamia Nairobi kutafuta kazi katika miaka ya sabini.",
        ],
    ),
}


# Round 17: written by a new writer, who had read nothing of the repository
# (4 personal and 3 public sentences per locale, three kinds of public
# context per language, varied across languages); the holdout until
# 2026-12-06 (its last measurement 0.858 / 0.893, 17 of 99 public names
# flagged), when round 18 replaced it and it moved to tune.
SEEN_17 = {
    "en_US": (
        [
            "Can you help me draft a polite reply to {n}? She's disputing a $340 late fee on her March invoice and says she mailed the check on the 2nd.",
            "Patient: {n}, DOB 04/11/1967. Presenting with persistent lower back pain, currently taking 800mg ibuprofen twice daily. Follow-up scheduled for Thursday 2:30pm.",
            "Thanks again for covering my shift yesterday, I owe you one.\n\nBest,\n{n}\nAccounts Payable | Ridgeway Supply Co.\nCell: (614) 555-0193",
            "Summarize this tenant note for the property manager: Unit 4B, {n} and her son Tyler, rent is two months behind because she lost her job at the hospital in January; she asked about a payment plan.",
        ],
        [
            "In the show's third season, {n} finally confronts the brother who left him for dead, and the writers give the scene room to breathe.",
            "Asteroid 48213, discovered at Palomar Observatory in 1994, was later named in honor of {n} for decades of work on the chemistry of comets.",
            "\"This acquisition puts us years ahead in grid-scale battery storage,\" said {n}, the company's chief executive, in a statement released Monday morning.",
        ],
    ),
    "en_GB": (
        [
            "Hi, could you tidy up this complaint for me? Mrs {n} of 14 Alder Close rang again about the damp in her back bedroom – third time since October – and says her little one's asthma has got worse.",
            "{n} – Year 10, form 10R. Mum has emailed to say he'll be off until Wednesday after his tonsil operation; please can someone send home the maths revision pack.",
            "Name: {n}\nStarting salary: £27,450\nNotice period: one month\nReason for leaving previous role: relocating to Leeds to care for her father",
            "Kind regards,\n\n{n}\nSenior Practice Nurse\nHolloway Road Surgery\nDirect line: 020 7946 0812 (Mon–Thu only)",
        ],
        [
            "{n} curled in a superb free kick five minutes from time to earn Stoke a hard-fought point at the Riverside.",
            "A blue plaque unveiled on Tuesday marks the Camden house where {n} wrote most of his early poems in the 1930s.",
            "{n}, who has died aged 87, was one of the most recognisable voices on British radio for more than four decades.",
        ],
    ),
    "ga_IE": (
        [
            "Ainm: {n}\nSeoladh: 12 Bóthar na Trá, Gaillimh\nFón: 087 555 0142\nNóta: Tá sí ag lorg coinne leis an dochtúir maidir lena brú fola.",
            "An bhféadfá cabhrú liom ríomhphost a scríobh chuig {n}? Níl a chíos íoctha aige le dhá mhí anuas agus ba mhaith liom plean íocaíochta a mholadh dó.",
            "Go raibh maith agat as do chabhair inné.\n\nLe meas,\n{n}\nOifig na Gaeilge, Comhairle Contae Chiarraí\nFón póca: 086 555 0178",
            "Dúirt an múinteoir go bhfuil {n} as láthair ón scoil le seachtain mar gheall ar bhreoiteacht, agus tá a máthair Siobhán ag iarraidh cruinniú.",
        ],
        [
            "Foilsíodh an cnuasach filíochta is déanaí le {n} an tseachtain seo caite, agus tá moladh mór faighte aige ó na léirmheastóirí.",
            "Scóráil {n} dhá chúl agus cúig chúilín sa dara leath, agus bhuaigh Ciarraí an cluiche ceannais i bPáirc an Chrócaigh.",
            "Nochtadh dealbh in ómós don tírghráthóir {n} i lár an bhaile inniu, céad bliain tar éis a bháis.",
        ],
    ),
    "es_ES": (
        [
            "Hola, ¿me ayudas a redactar un correo para {n}? Lleva tres semanas de baja por una hernia discal y RR. HH. necesita el parte médico antes del viernes.",
            "Nombre y apellidos: {n}\nDirección: C/ del Pez 23, 3.º izq., Madrid\nMotivo de la solicitud: ayuda al alquiler, ingresos inferiores a 900 € mensuales",
            "Para el acta de la comunidad: la señora {n}, del 4.º B, se queja de que el perro de su vecino Javier ladra toda la noche y quiere que se trate en la próxima junta.",
            "Resume este mensaje de WhatsApp: \"Soy {n}, la madre de Lucía, de 2.º B. Mañana no va al cole porque tiene fiebre, ¿me podéis pasar los deberes?\"",
        ],
        [
            "La nueva película de {n} es un retrato áspero y tierno de la España rural de los años cincuenta, sostenido por un reparto impecable.",
            "El Premio {n} de novela, dotado con 30.000 euros, se falló anoche en Sevilla ante más de doscientos invitados.",
            "«No vamos a permitir que se recorten las pensiones», afirmó {n} durante la sesión de control en el Congreso de los Diputados.",
        ],
    ),
    "pt_BR": (
        [
            "Oi, pode me ajudar a responder a {n}? Ela comprou uma geladeira em 10x no cartão e a terceira parcela foi cobrada duas vezes.",
            "Paciente {n}, 58 anos, diabética tipo 2, glicemia em jejum de 210 mg/dL. Retorno marcado para 14/05 às 9h com a Dra. Fernanda.",
            "Confere essa linha da planilha de cobrança pra mim:\nnome;cpf;telefone;situação\n{n};***.482.917-**;(11) 98555-2301;inadimplente desde janeiro, R$ 1.870 em aberto",
            "Reescreve de um jeito mais educado: o inquilino {n} do apto 302 está com o aluguel atrasado há dois meses e ainda fez obra no banheiro sem avisar ninguém.",
        ],
        [
            "A faixa-título do álbum, composta por {n} em parceria com o próprio intérprete, virou hino do carnaval de Salvador em 1998.",
            "{n} (Recife, 1921 – Rio de Janeiro, 1987) foi um arquiteto e urbanista brasileiro, conhecido pelos projetos de habitação popular no Nordeste.",
            "A Pinacoteca de São Paulo inaugura neste sábado uma retrospectiva com mais de 120 obras de {n}, reunindo pinturas raramente vistas pelo público.",
        ],
    ),
    "fr_FR": (
        [
            "Bonjour, peux-tu m'aider à rédiger un courrier de relance ? M. {n} n'a toujours pas réglé sa facture de 1 240 € du mois de février malgré deux rappels.",
            "Compte rendu : {n}, 34 ans, enceinte de 28 semaines, se plaint de vertiges depuis lundi. Tension à 9/6. Prochain rendez-vous le 12 juin avec la sage-femme.",
            "Message de {n} reçu ce matin sur le groupe des parents : « Je ne pourrai pas récupérer les enfants ce soir, mon mari Julien est hospitalisé, quelqu'un peut prendre le relais ? »",
            "Cordialement,\n\n{n}\nChargée de gestion locative – Agence du Parc, Lyon 3e\n06 55 12 48 90",
        ],
        [
            "Comme l'a montré {n} dans son étude sur les migrations rurales (Paris, PUF, 1978), l'exode vers les villes s'accélère dès le Second Empire.",
            "Dans la mise en scène de {n}, présentée cet été au Festival d'Avignon, Phèdre devient une femme d'affaires prisonnière de sa tour de verre.",
            "Né à Bordeaux en 1754, {n} joua un rôle décisif dans la rédaction de la Constitution de 1791 avant de finir sur l'échafaud.",
        ],
    ),
    "it_IT": (
        [
            "Ciao, mi aiuti a scrivere una mail alla signora {n}? Deve ancora saldare 2.300 euro di spese condominiali e l'amministratore vuole procedere per vie legali.",
            "{n}, matricola 884213, ha chiesto di posticipare l'esame di Diritto privato per motivi di salute: allega il certificato del medico di base.",
            "Ricevuto su WhatsApp: \"Buongiorno, sono {n}, la figlia del signor Bruno del terzo piano. Papà è caduto ieri e resterà in ospedale almeno una settimana.\"",
            "Nominativo: {n}\nData di nascita: 17/09/1982\nISEE: 8.450 €\nComponenti nucleo familiare: 4\nRichiesta: contributo per l'affitto",
        ],
        [
            "Alla Scala, {n} ha affrontato il ruolo di Tosca con una voce piena e luminosa, strappando dieci minuti di applausi alla fine del secondo atto.",
            "Il nuovo tratto di pista ciclabile costeggerà via {n}, intitolata nel 1962 al partigiano fucilato nel 1944.",
            "Sull'ultima salita verso Sestriere, {n} ha staccato tutti i rivali e ha conquistato la maglia rosa con quarantadue secondi di vantaggio.",
        ],
    ),
    "de_DE": (
        [
            "Kannst du mir helfen, eine Antwort an Herrn {n} zu formulieren? Er beschwert sich, dass die Nebenkostenabrechnung für 2023 um 480 Euro zu hoch ausgefallen ist.",
            "Notiz aus der Sprechstunde: {n} berichtet über Schlafstörungen seit der Trennung von ihrem Mann, Überweisung zur Psychotherapie ausgestellt.",
            "Bewerberin: {n}\nGehaltsvorstellung: 52.000 € brutto\nFrühester Eintritt: 01.10.\nAnmerkung: zwei Kinder, sucht Teilzeit mit 30 Stunden",
            "Liebe Kolleginnen und Kollegen, ab Montag übernimmt {n} die Vertretung für Sabine Krüger, die in Elternzeit geht. Bei Fragen erreicht ihr ihn unter der Durchwahl -247.",
        ],
        [
            "Die Stiftung, die den Namen des Komponisten {n} trägt, vergibt seit 1990 Stipendien von bis zu 20.000 Euro an junge Talente.",
            "Beim Kandidatenturnier in Berlin setzte sich {n} mit Schwarz in einer scharfen sizilianischen Partie durch und führt nun allein.",
            "Unter der Leitung von {n} klang die Sinfonie in der Elbphilharmonie erstaunlich schlank und transparent, beinahe kammermusikalisch.",
        ],
    ),
    "nl_NL": (
        [
            "Kun je deze klacht samenvatten? Mevrouw {n} woont sinds 2019 op nummer 41 en heeft al drie keer melding gemaakt van schimmel in de slaapkamer van haar dochter.",
            "{n} heeft gebeld: hij kan de afspraak bij de tandarts van donderdag niet halen omdat zijn vrouw Anouk moet bevallen. Graag opnieuw inplannen.",
            "Met vriendelijke groet,\n\n{n}\nTeamleider Klantenservice\nT: 06 5551 2847\nIk werk op maandag, dinsdag en donderdag.",
            "Schrijf een afwijzingsmail voor sollicitant {n}, die reageerde op de vacature boekhouder maar geen hbo-diploma heeft. Wel vriendelijk houden, hij was erg gemotiveerd.",
        ],
        [
            "Het nieuwe onderzoeksschip van het NIOZ is vernoemd naar {n}, de oceanograaf die in de jaren zestig de stromingen in de Noordzee in kaart bracht.",
            "Een zelden vertoond stilleven van {n} is bij Christie's in Amsterdam geveild voor ruim 1,2 miljoen euro.",
            "Vanaf september presenteert {n} het nieuwe actualiteitenprogramma op NPO 1, op werkdagen direct na het achtuurjournaal.",
        ],
    ),
    "sv_SE": (
        [
            "Hej! Kan du hjälpa mig skriva ett svar till {n}? Hon vill säga upp sitt hyreskontrakt i förtid eftersom hon flyttar till sin sambo Erik i Umeå.",
            "Journalanteckning: {n}, 72 år, inkommer med andfåddhet. Står på Waran, bor ensam i lägenhet på tredje våningen utan hiss.",
            "Lägg in den här raden i sjukfrånvarolistan och flagga om den överstiger 20 dagar:\nnamn;avdelning;sjukdagar 2024;orsak\n{n};Lager;23;ryggskada efter tunga lyft",
            "Påminnelse till mig själv: ring {n} på fredag om lönebeskedet – hon har fått fel semesterersättning två månader i rad.",
        ],
        [
            "I den nya romanen tvingas kommissarie {n} återvända till barndomens Norrland för att lösa ett trettio år gammalt försvinnande.",
            "{n} avgjorde matchen med ett läckert skott i powerplay, och Frölunda tog därmed ledningen i semifinalserien mot Skellefteå.",
            "Torget framför stadsbiblioteket döptes i fjol efter författarinnan {n}, som växte upp i kvarteret på 1920-talet.",
        ],
    ),
    "pl_PL": (
        [
            "Imię i nazwisko: {n}\nZadłużenie: 3 870 zł za czynsz (styczeń–kwiecień)\nUwagi: prosi o rozłożenie na raty, samotnie wychowuje dwoje dzieci",
            "Możesz mi pomóc napisać odpowiedź? Pacjentka {n} skarży się, że czekała cztery godziny na SOR-ze i nikt nawet nie zmierzył jej ciśnienia.",
            "Wiadomość od sąsiadki: „Dzień dobry, tu {n} spod siódemki. Mój mąż Tadeusz jest w szpitalu, czy mogłaby pani jutro rano wyprowadzić psa?”",
            "Przygotuj notatkę dla kierownika: kolega {n} od trzech tygodni przychodzi spóźniony, tłumaczy się opieką nad chorą matką i prosi o zmianę grafiku.",
        ],
        [
            "„Nie zgodzimy się na podwyżkę podatków dla małych firm” – zapowiedział w Sejmie poseł {n}, przewodniczący komisji finansów.",
            "W swojej najnowszej powieści {n} wraca do Łodzi lat dziewięćdziesiątych i opowiada o upadku wielkich fabryk włókienniczych.",
            "Urodzony w 1863 roku w Krakowie, {n} był jednym z pierwszych polskich lekarzy prowadzących badania nad gruźlicą.",
        ],
    ),
    "cs_CZ": (
        [
            "Jméno a příjmení: {n}\nBydliště: Brno-Žabovřesky\nDůvod návštěvy: bolest kolena po pádu na lyžích, pracovní neschopnost od 3. 2.",
            "Můžeš mi pomoct napsat e-mail? Nájemnice paní {n} už dva měsíce neplatí nájem a teď tvrdí, že jí zaměstnavatel nevyplatil mzdu.",
            "S pozdravem\n\n{n}\núčetní, Stavby Horák s.r.o.\nmobil: 777 555 318",
            "Zpráva od třídní učitelky: žák {n} chybí už osm dní, rodiče nereagují na telefon a babička Věra říká, že se odstěhovali k tátovi do Ostravy.",
        ],
        [
            "{n} proměnila druhý mečbol a po třech setech postoupila do čtvrtfinále turnaje v Miami.",
            "Ve filmu exceluje {n} v roli stárnoucího herce, který se po letech vrací do rodné vesnice na Vysočině.",
            "Ve věku 91 let zemřel {n}, jeden z nejvýznamnějších českých architektů poválečné doby.",
        ],
    ),
    "ru_RU": (
        [
            "Помоги, пожалуйста, составить ответ клиенту. Пишет {n}: деньги за возврат пылесоса (12 490 ₽) до сих пор не пришли на карту, хотя прошло три недели.",
            "ФИО: {n}\nДата рождения: 02.08.1979\nДиагноз: гипертоническая болезнь II ст.\nЖалобы: головные боли по утрам, давление до 170/100",
            "Соседка {n} из 47-й квартиры опять жалуется, что у неё течёт с потолка, а её сын Денис говорит, что управляющая компания игнорирует заявки.",
            "Надо написать характеристику для суда: сотрудник {n} работает у нас с 2016 года, нареканий нет, один воспитывает двоих детей.",
        ],
        [
            "В романе {n} — провинциальный учитель, который случайно оказывается втянут в политическую интригу в Петербурге 1880-х годов.",
            "Космонавт {n} провёл на орбите 187 суток и совершил три выхода в открытый космос.",
            "В Большом зале консерватории пианист {n} сыграл сольную программу без антракта, и публика долго не отпускала его со сцены.",
        ],
    ),
    "uk_UA": (
        [
            "Допоможи скласти лист. Орендар {n} затримує оплату вже третій місяць і посилається на те, що втратив роботу після скорочення.",
            "Запис до лікаря: {n}, 41 рік, скарги на біль у грудях під час фізичного навантаження. Прийом у кардіолога — вівторок, 10:40.",
            "Повідомлення в батьківському чаті: «Добрий вечір, це {n}. Моя донька Соломія завтра не прийде, у неї температура. Скиньте, будь ласка, домашнє завдання».",
            "Працівник: {n}\nПосада: комірник\nЗарплата: 18 500 грн\nЗаява: відпустка за власний рахунок з 3 по 14 березня (догляд за батьком)",
        ],
        [
            "«Ми не дозволимо зірвати опалювальний сезон», — заявив міський голова {n} на брифінгу в понеділок.",
            "На 78-й хвилині {n} ударом з-за меж штрафного зрівняв рахунок, і «Шахтар» урятував нічию у Львові.",
            "Нову збірку віршів «Сіль і мед» написала {n}, і вже за місяць після виходу книжку довелося перевидати.",
        ],
    ),
    "el_GR": (
        [
            "Μπορείς να με βοηθήσεις να γράψω μια απάντηση; Ο πελάτης μας, ο κ. {n}, ζητά επιστροφή 250 ευρώ για ένα πλυντήριο που χάλασε μέσα σε δύο εβδομάδες.",
            "Ονοματεπώνυμο: {n}\nΤηλέφωνο: 694 555 2183\nΑίτημα: μεταφορά του ραντεβού αιμοκάθαρσης από Τρίτη σε Πέμπτη λόγω εργασίας",
            "Η ενοικιάστρια {n} μας ενημέρωσε ότι ο σύζυγός της Νίκος νοσηλεύεται και δεν θα μπορέσει να πληρώσει εγκαίρως το ενοίκιο του Μαΐου.",
            "Με εκτίμηση,\n{n}\nΛογίστρια – Τμήμα Μισθοδοσίας\nΕσωτ. 214, κιν. 697 555 0841",
        ],
        [
            "Το ανακαινισμένο γήπεδο της πόλης θα ονομάζεται πλέον «Γήπεδο {n}», προς τιμήν του θρυλικού τερματοφύλακα της δεκαετίας του '60.",
            "Τη μουσική υπογράφει ο {n} και τους στίχους μια νεαρή ποιήτρια από τη Θεσσαλονίκη· το τραγούδι έγινε μεγάλη επιτυχία το καλοκαίρι του 1974.",
            "Ο {n} γεννήθηκε στην Ύδρα το 1771 και διακρίθηκε ως ναύαρχος κατά την Ελληνική Επανάσταση.",
        ],
    ),
    "tr_TR": (
        [
            "Sayın {n},\n\nKasım ayına ait 4.750 TL tutarındaki aidat borcunuzun henüz ödenmediğini hatırlatmak isteriz. Ödeme planı için yönetimle iletişime geçebilirsiniz.",
            "Bu notu düzeltir misin: hasta {n} 3 gündür ateşli, antibiyotiğe rağmen öksürüğü geçmemiş, yarın sabah 10'da tekrar kontrole gelecek.",
            "Ad Soyad: {n}\nDoğum Tarihi: 21.06.1990\nAdres: Kadıköy, İstanbul\nBaşvuru: kira yardımı, eşi Murat işsiz",
            "Muhasebeden {n} Hanım aradı, maaşından fazla kesinti yapılmış; bordroyu kontrol edip bugün kendisine dönüş yapar mısın?",
        ],
        [
            "Dizinin yeni sezonunda {n}, babasının ölümünün ardındaki sırrı çözmek için Mardin'e geri dönüyor.",
            "Teknik direktör {n}, maç sonu basın toplantısında \"İkinci yarıda oyunun kontrolünü tamamen kaybettik\" dedi.",
            "Mimar {n} tarafından 1930'larda tasarlanan bina, Ankara'daki erken Cumhuriyet dönemi mimarisinin en önemli örneklerinden biri sayılıyor.",
        ],
    ),
    "ar_AA": (
        [
            "ساعدني في كتابة رد مهذب على العميل {n}، فهو يطالب باسترداد مبلغ ١٢٠٠ ريال بعد إلغاء حجزه بسبب مرض والدته.",
            "الاسم: {n}\nرقم الجوال: ٠٥٥٥١٢٣٤٨٧\nالحالة: مستأجر في الشقة رقم ٧، متأخر عن دفع الإيجار منذ ثلاثة أشهر",
            "مع خالص التحية،\n{n}\nأخصائية موارد بشرية\nهاتف: ٠٥٠٥٥٥٨٢١٤",
            "أرسلت المعلمة رسالة تقول إن الطالب {n} يتغيب كثيراً منذ انفصال والديه، وإن خالته سلمى هي من تحضر اجتماعات أولياء الأمور.",
        ],
        [
            "يرى {n} في كتابه عن تاريخ الأندلس أن التسامح الديني كان سياسة براغماتية أكثر منه مبدأً ثابتاً.",
            "فاز الروائي الشاب بجائزة {n} للرواية العربية في دورتها الأخيرة، عن عمل يتناول الهجرة من القرى إلى المدن.",
            "وُلد {n} في القاهرة عام ١٨٨٩، وأصبح من أبرز رواد حركة التنوير في مصر مطلع القرن العشرين.",
        ],
    ),
    "fa_IR": (
        [
            "لطفاً کمکم کن یک ایمیل رسمی بنویسم: خانم {n} درخواست مرخصی بدون حقوق برای سه ماه داده چون مادرش بیمار است.",
            "نام و نام خانوادگی: {n}\nبیمه: تأمین اجتماعی\nعلت مراجعه: درد شدید معده و کاهش وزن در دو ماه اخیر",
            "پیام از همسایه طبقه پایین: «سلام، {n} هستم. از سقف حمام ما آب چکه می‌کند، فکر کنم لوله خانه شما ترکیده. لطفاً امشب تماس بگیرید.»",
            "مستأجر واحد ۵، آقای {n}، قرار است تا پایان ماه تخلیه کند اما هنوز ودیعه‌اش را از صاحب‌خانه، خانم پروین احمدی، پس نگرفته است.",
        ],
        [
            "غزل‌های {n} هنوز هم در محافل ادبی شیراز خوانده می‌شود و دیوان او بارها تصحیح و چاپ شده است.",
            "فیلم تازه {n} در جشنواره فیلم فجر سیمرغ بلورین بهترین کارگردانی را از آن خود کرد.",
            "نمایشگاهی از عکس‌های {n} از جنگ و زندگی روزمره در موزه هنرهای معاصر تهران برپا شده است.",
        ],
    ),
    "he_IL": (
        [
            "תוכל לעזור לי לנסח מכתב? הדייר {n} מדירה 12 לא שילם ועד בית כבר חצי שנה וטוען שהוא מובטל.",
            "שם מלא: {n}\nאבחנה: סוכרת סוג 2\nהערות: מבקשת תור לדיאטנית, עובדת במשמרות לילה",
            "היי, זאת {n} מהנהלת חשבונות. רציתי לעדכן שאני בשמירת היריון עד סוף החודש, אז בבקשה לפנות אל רונית במקומי.",
            "בברכה,\n{n}\nרכזת גיוס, מחלקת משאבי אנוש\nנייד: 052-555-7391",
        ],
        [
            "הרחוב החדש בשכונה ייקרא על שם {n}, מייסדת בית הספר לאחיות הראשון בעיר.",
            "{n} קלע 28 נקודות ומכבי תל אביב ניצחה את ריאל מדריד בהיכל מנורה מבטחים.",
            "בספרה החדש, שראה אור בהוצאת עם עובד, מתארת {n} את ילדותה בקיבוץ בשנות החמישים.",
        ],
    ),
    "hi_IN": (
        [
            "कृपया इस शिकायत को औपचारिक भाषा में लिख दो: ग्राहक {n} का कहना है कि उनके खाते से 15,000 रुपये दो बार कट गए और बैंक ने अभी तक पैसे वापस नहीं किए।",
            "नाम: {n}\nउम्र: 63 वर्ष\nमोबाइल: 98555 21470\nसमस्या: घुटनों में दर्द, शुगर की दवा नियमित रूप से लेते हैं",
            "सुनो, कल {n} जी का फ़ोन आया था। उनकी बेटी प्रिया की शादी अगले महीने है, इसलिए वो दस दिन की छुट्टी चाहते हैं।",
            "प्रिय {n},\nआपके किराए की बकाया राशि ₹24,000 हो चुकी है। कृपया 10 तारीख तक भुगतान करें, अन्यथा हमें आगे की कार्रवाई करनी पड़ेगी।",
        ],
        [
            "{n} ने 47 गेंदों में शानदार शतक जड़कर मुंबई को आख़िरी ओवर में जीत दिलाई।",
            "फ़िल्म में {n} ने एक ईमानदार पुलिस अफ़सर की भूमिका बड़ी सहजता से निभाई है, हालाँकि कहानी दूसरे हिस्से में भटक जाती है।",
            "स्वतंत्रता सेनानी {n} की प्रतिमा का अनावरण आज शहर के मुख्य चौक पर किया गया।",
        ],
    ),
    "en_IN": (
        [
            "Kindly draft a reply to {n} regarding her pending PF withdrawal, she is following up since last month and her husband Rajesh is admitted in hospital.",
            "PFA the details of the candidate – Name: {n}, Current CTC: 8.5 LPA, Expected CTC: 11 LPA, Notice period: 60 days, native place Nagpur.",
            "Dear {n},\nThis is to inform you that your flat maintenance dues of Rs. 18,600 are outstanding for the last two quarters. Kindly clear the same at the earliest to avoid penalty.",
            "Sir, tenant {n} of B-204 is asking for his deposit back but the kitchen tiles are broken. Please advise how to revert to him.",
        ],
        [
            "The evening's highlight was a ninety-minute Raag Yaman recital by {n}, whose command over the sitar left the packed Shanmukhananda Hall spellbound.",
            "\"We aim to reach ten lakh farmers by next year,\" said {n}, co-founder and CEO of the Bengaluru-based agritech startup, while announcing its Series B funding.",
            "{n} (1912–1989) was an Indian mathematician and educationist, best known for his work on number theory and for founding a college in Pune.",
        ],
    ),
    "zh_CN": (
        [
            "帮我写一封催款邮件给客户{n}，他上个月的货款38,000元到现在还没付，已经超过账期二十天了。",
            "姓名：{n}\n性别：女\n年龄：45岁\n联系电话：139 5551 2864\n主诉：反复头痛两周，夜间加重",
            "{n}老师您好，我是小雨的妈妈。孩子这两天发烧在家休息，麻烦您把今天的作业拍照发我一下，谢谢！",
            "同事{n}最近因为父亲住院经常请假，部门经理让我帮忙起草一份弹性工作安排的申请，你能帮我改改吗？",
        ],
        [
            "{n}是北宋著名的文学家和政治家，曾主持变法，其诗文对后世影响深远。",
            "在这部电视剧里，{n}从一个乡村教师一步步成长为县委书记，剧情真实感人，演员表演也很到位。",
            "据新华社报道，中国科学院院士{n}团队在量子通信领域取得重要突破，相关论文发表于《自然》杂志。",
        ],
    ),
    "ja_JP": (
        [
            "{n}様\n\nいつもお世話になっております。先日ご相談いただいた住宅ローンの借り換えの件、審査結果が出ましたのでご連絡いたします。",
            "この文章をもっと丁寧にしてください：「患者の{n}さんは来週火曜日に胃カメラの予約があります。前日の夜9時以降は食事をしないでください。」",
            "氏名：{n}\n生年月日：1988年3月14日\n勤務先：株式会社ミドリ物流\n年収：420万円\n家族構成：妻、長女（5歳）",
            "お疲れ様です。経理部の{n}です。今月の交通費精算がまだ反映されていないようなので、ご確認いただけますでしょうか。内線：3321",
        ],
        [
            "{n}は九回裏に逆転サヨナラ本塁打を放ち、チームを三年ぶりのリーグ優勝に導いた。",
            "芥川賞を受賞した{n}の最新作は、地方都市で暮らす三世代の女性たちを静かな筆致で描いている。",
            "{n}は江戸時代中期の蘭学者で、西洋医学書の翻訳に大きく貢献したことで知られる。",
        ],
    ),
    "ko_KR": (
        [
            "{n} 고객님, 안녕하세요. 지난달 카드 대금 52만 원이 미납되어 연락드립니다. 이번 주 금요일까지 납부 부탁드립니다.",
            "이 메모 좀 정리해 줘: 세입자 {n} 씨가 보일러 고장으로 3일째 온수가 안 나온다고 함. 집주인 박성호 씨에게 연락했으나 답 없음.",
            "이름: {n}\n학년/반: 2학년 3반\n보호자 연락처: 010-5551-2837\n특이사항: 땅콩 알레르기, 점심시간에 약 복용",
            "오늘 면접 본 지원자 중에 {n} 님이 제일 괜찮았어요. 다만 희망 연봉이 4,800만 원이라 저희 예산을 좀 넘네요.",
        ],
        [
            "이번 드라마에서 배우 {n}의 연기는 단연 돋보였다. 감정을 절제하면서도 눈빛 하나로 인물의 상처를 전한다.",
            "양궁 국가대표 {n} 선수가 결승에서 10점을 연달아 쏘며 금메달을 목에 걸었다.",
            "독립운동가 {n} 선생의 생가가 복원되어 다음 달부터 일반에 공개된다.",
        ],
    ),
    "vi_VN": (
        [
            "Nhờ bạn viết giúp tin nhắn nhắc anh {n} phòng 305 đóng tiền nhà tháng này, anh ấy đã trễ hai tuần rồi mà gọi không bắt máy.",
            "Họ tên: {n}\nNăm sinh: 1975\nĐịa chỉ: quận Bình Thạnh, TP.HCM\nChẩn đoán: viêm phổi, cần tái khám sau 7 ngày",
            "Chị {n} bên phòng kế toán vừa báo là chồng chị ấy, anh Tuấn, bị tai nạn xe máy nên chị xin nghỉ phép cả tuần.",
            "Trân trọng,\n{n}\nChuyên viên tư vấn tín dụng – Chi nhánh Đà Nẵng\nĐT: 0905 555 218",
        ],
        [
            "Đường {n} ở quận 1 sẽ được lát đá lại và cấm xe máy vào cuối tuần kể từ tháng sau.",
            "Ca khúc do nhạc sĩ {n} sáng tác năm 1972 vẫn thường được hát trong các đêm nhạc mùa thu ở Hà Nội.",
            "{n} (1890–1969) là nhà thơ, nhà văn Việt Nam, được biết đến với tập thơ đầu tay xuất bản tại Huế.",
        ],
    ),
    "id_ID": (
        [
            "Tolong bantu saya membalas email dari Ibu {n}. Beliau komplain karena paket kirimannya hilang dan minta ganti rugi Rp1.750.000.",
            "Nama: {n}\nPekerjaan: ojek online\nPenghasilan: ± Rp3 juta/bulan\nKeperluan: pengajuan KPR rumah subsidi",
            "Pak, mohon izin, saya {n} dari bagian gudang. Hari ini saya tidak bisa masuk karena anak saya, Rafi, dirawat di RS karena DBD.",
            "Catatan rapat RT: warga atas nama {n} belum bayar iuran keamanan sejak Januari dan sering parkir motor di depan rumah Pak Hendra.",
        ],
        [
            "{n} tampil gemilang di final Indonesia Open dan menundukkan unggulan pertama dalam dua gim langsung.",
            "Dalam novel itu, {n} adalah seorang guru muda yang dikirim ke pedalaman Kalimantan dan perlahan mulai mempertanyakan tujuannya.",
            "Bandara baru di pesisir selatan itu akan diberi nama {n}, pahlawan nasional yang memimpin perlawanan terhadap penjajah di daerah tersebut.",
        ],
    ),
    "yo_NG": (
        [
            "Jọ̀wọ́, bá mi kọ lẹ́tà sí {n}. Kò tíì san owó ilé rẹ̀, oṣù mẹ́ta ni báyìí.",
            "Orúkọ: {n}\nỌjọ́ orí: ọdún mẹ́rìnlélógójì\nNọ́mbà fóònù: 0803 555 2194\nÀìsàn: ẹ̀jẹ̀ ríru, ó ń lo oògùn lójoojúmọ́",
            "Ẹ káàárọ̀ o. Èmi ni {n}, màmá Tòlú. Tòlú kò ní lè wá sí ilé-ìwé lónìí nítorí ibà ń ṣe é.",
            "Ọ̀gá wa sọ pé {n} yóò gba owó oṣù rẹ̀ ní ọ̀sẹ̀ tó ń bọ̀, ṣùgbọ́n ó ti ń ráhùn pé owó náà kò tó nǹkan.",
        ],
        [
            "Ìwé ìtàn àròsọ tí {n} kọ ni wọ́n ń kà ní àwọn ilé-ẹ̀kọ́ gíga káàkiri ilẹ̀ Yorùbá.",
            "Orin tuntun tí {n} gbé jáde lọ́sẹ̀ yìí ti di ohun tí gbogbo èèyàn ń kọ ní Èkó.",
            "{n} jẹ́ ọba alágbára kan tí ó jọba ní Ọ̀yọ́ ní ọ̀rúndún kejìdínlógún.",
        ],
    ),
    "ig_NG": (
        [
            "Biko, nyere m aka dee akwụkwọ ozi nye {n}. Ọ kwụbeghị ụgwọ ụlọ ya ọnwa atọ ugbu a.",
            "Aha: {n}\nAfọ: 52\nỌnụ ekwentị: 0806 555 3172\nNsogbu: ọrịa shuga, ọ na-aṅụ ọgwụ kwa ụbọchị",
            "Ndeewo, abụ m {n}. Achọrọ m ịgbazite ụlọ gị dị n'Owerri; mụ na nwunye m Ngozi na ụmụ anyị abụọ ga-ebi na ya.",
            "Dọkịta kwuru na {n} kwesịrị ịnọ n'ụlọ ọgwụ izu abụọ ọzọ, mana ezinụlọ ya enweghị ego ịkwụ ụgwọ ahụ.",
        ],
        [
            "{n} bụ onye edemede a ma ama; akwụkwọ mbụ o dere, nke e bipụtara na 1958, ka a na-agụ n'ụwa niile.",
            "{n} tụbara bọọlụ abụọ n'ụgbụ, Super Eagles wee merie egwuregwu ahụ n'Abuja.",
            "A gụrụ ụlọ ọgwụ ọhụrụ dị n'Enugu aha {n}, onye dọkịta a ma ama nke rụrụ ọrụ n'oge agha.",
        ],
    ),
    "ha_NG": (
        [
            "Don Allah, taimaka min in rubuta wasiƙa zuwa ga {n}. Bai biya kuɗin haya ba har tsawon wata uku.",
            "Suna: {n}\nShekaru: 38\nLambar waya: 0803 555 6621\nMatsala: ciwon kai da zazzaɓi tun ranar Litinin",
            "Assalamu alaikum, ni ce {n}, mahaifiyar Aisha. Aisha ba za ta zo makaranta yau ba saboda ba ta da lafiya.",
            "Maƙwabcinmu {n} ya kawo ƙara cewa famfon ruwa ya lalace a gidansa tun makon jiya, kuma matarsa Hauwa tana da ciki.",
        ],
        [
            "Sabon fim ɗin da {n} ya bayar da umarni ya samu karɓuwa sosai a Kano da ma sauran jihohin Arewa.",
            "{n} shi ne sarkin da ya yi mulki a Kano a ƙarni na sha biyar, kuma ana tunawa da shi saboda gine-ginen da ya yi.",
            "Gwamna {n} ya ce gwamnatinsa za ta gina sababbin makarantu ashirin a faɗin jihar kafin ƙarshen shekara.",
        ],
    ),
    "sw": (
        [
            "Naomba unisaidie kujibu ujumbe wa mteja wetu {n} ambaye analalamika kwamba alikatwa shilingi 45,000 mara mbili kwenye M-Pesa.",
            "Jina: {n}\nUmri: miaka 29\nSimu: 0712 555 408\nSababu ya kuja: mimba ya wiki 20, mahudhurio ya kwanza kliniki",
            "Habari Mwalimu, mimi ni {n}. Nimepata kazi mpya Mombasa, kwa hiyo mwanangu Baraka atahamia shule nyingine mwezi ujao.",
            "Wapendwa wenzangu, mwenzetu {n} amefiwa na baba yake jana usiku. Michango ya rambirambi inapokelewa na Grace hadi Ijumaa.",
        ],
        [
            "{n} alishinda mbio za marathon za Berlin kwa saa 2:03:41, akivunja rekodi ya mashindano hayo.",
            "Wimbo huo uliotungwa na {n} mwaka 1965 bado unapigwa katika harusi nyingi za Pwani.",
            "Shule ya Sekondari {n} iliyoko Arusha imepewa jina la mpigania uhuru huyo mashuhuri wa Tanganyika.",
        ],
    ),
}


# Round 18: written by two new writers, who had read nothing of the repository
# (4 personal and 3 public sentences per locale, one personal sentence a
# third-person note of a private fact with no request, three kinds of public
# context per language, varied across languages); the holdout from its commit
# until 2026-12-06 (an eighth session), when round 19 replaced it and it moved
# to tune.
SEEN_18 = {
    "en_US": (
        [
            "Can you help me write a polite reply to {n}? They emailed twice about the refund for order #48213 and I keep forgetting to answer.",
            "{n} has been out on FMLA leave since March 3 after knee surgery and is expected back around mid-April.",
            "Patient: {n}\nDOB: 04/17/1986\nReason for visit: persistent cough, 3 weeks\nAllergies: penicillin",
            "hey, heads up — {n} from accounting still owes Marcus $240 for the Vegas trip, can you remind them at lunch?",
        ],
        [
            "Senator {n} (D-Ohio) told reporters Tuesday that the infrastructure bill would reach the floor before the August recess.",
            "{n} scored 31 points and grabbed 12 rebounds as the Celtics beat the Knicks 118-104 at Madison Square Garden on Sunday night.",
            "The new memoir by {n}, \"Small Towns, Long Winters\" (Knopf, 320 pp., $28), is a spare and often funny portrait of growing up in rural Minnesota.",
        ],
    ),
    "en_GB": (
        [
            "Could you summarise this for the housing officer? {n} in flat 12 has reported damp and black mould in the bedroom three times since October and the letting agent hasn't responded.",
            "{n} — signed off sick by GP until 21 March (stress). Return-to-work interview to be arranged with HR.",
            "Many thanks,\n{n}\nPractice Manager\nRiverside Surgery, Leeds\nTel: 0113 496 0321",
            "Year 9 pastoral note: {n} late five times this half-term; mum says there are problems at home since the divorce. Mrs Patel to follow up.",
        ],
        [
            "{n}, who has died aged 87, was one of the most admired character actors of the postwar British stage, equally at home in Chekhov and in Ealing comedy.",
            "An English Heritage blue plaque unveiled today at 14 Tavistock Square marks the house where {n} lived and worked from 1923 to 1939.",
            "{n} (ed.) (2015) The Oxford Handbook of Victorian Poetry. Oxford: Oxford University Press.",
        ],
    ),
    "ga_IE": (
        [
            "An féidir leat ríomhphost gearr a scríobh chuig {n}? Níor íocadh an cíos don mhí seo fós.",
            "Tá {n} ar saoire bhreoiteachta go dtí an 15 Márta; tá teastas dochtúra curtha isteach chuig an Roinn Acmhainní Daonna.",
            "Le meas,\n{n}\nOifigeach Riaracháin\nComhairle Contae na Gaillimhe",
            "A Shiobhán, an bhfuil a fhios agat go bhfuil {n} ag fágáil na hoifige i mí Aibreáin? Ná habair le duine ar bith fós.",
        ],
        [
            "Bhí {n} ar dhuine den seachtar a shínigh Forógra na Poblachta i 1916.",
            "Buaiteoir Ghradam Liteartha an Oireachtais 2023: {n}, as an gcnuasach filíochta “Cuisle na Mara”.",
            "Léirmheas: “Solas an Gheimhridh” — {n} (Cló Iar-Chonnacht, €14). Cnuasach gearrscéalta lán d'fhuinneamh agus de ghreann dorcha an Iarthair.",
        ],
    ),
    "es_ES": (
        [
            "¿Me ayudas a redactar un correo para {n}, del 3.º B, recordándole que lleva dos meses sin pagar el alquiler?",
            "{n} tiene una deuda de 1.240 € con la comunidad de propietarios por cuotas impagadas desde enero.",
            "Nombre y apellidos: {n}\nDNI: 48392017-K\nMotivo de la consulta: dolor lumbar crónico\nDerivación: traumatología",
            "Oye, ¿sabes si {n} ya ha vuelto de la baja? Lucía me ha dicho que sigue con lo de la espalda.",
        ],
        [
            "{n} abrió el marcador en el minuto 23 con un disparo desde la frontal y el Betis acabó ganando 2-0 al Valencia en el Benito Villamarín.",
            "El último largometraje de {n}, rodado íntegramente en la sierra de Teruel, es un drama rural contenido y bellísimo que compite en la Sección Oficial de San Sebastián.",
            "El Ayuntamiento de Valladolid ha aprobado dedicar una calle del barrio de La Victoria a {n}, en reconocimiento a su trayectoria en el movimiento vecinal de la ciudad.",
        ],
    ),
    "pt_BR": (
        [
            "Pode me ajudar a escrever uma mensagem educada para {n} cobrando as duas parcelas do condomínio que estão atrasadas?",
            "{n} está de licença médica desde 2 de março por causa de uma cirurgia no joelho, com retorno previsto para abril.",
            "Registro de ocorrência – 7º ano B\nAluno(a): {n}\nFaltou às aulas de segunda a quarta sem justificativa. O responsável será contatado pela coordenação.",
            "gente, {n} pediu pra avisar que não vai conseguir vir no aniversário da Bia, a mãe tá internada",
        ],
        [
            "Em “A Casa das Mangueiras”, {n} volta à cidade natal no interior de Minas depois de vinte anos e encontra a família dividida pela herança.",
            "A Pinacoteca de São Paulo inaugura neste sábado uma retrospectiva de {n}, com mais de 120 obras produzidas entre 1950 e 1990.",
            "{n}, CEO da Petrobras, afirmou nesta terça-feira que a empresa vai manter o plano de investimentos para 2025.",
        ],
    ),
    "fr_FR": (
        [
            "Peux-tu m'aider à rédiger une réponse à {n}, qui se plaint du bruit des travaux dans l'appartement du dessus depuis trois semaines ?",
            "{n} est en arrêt maladie jusqu'au 28 mars suite à une opération ; certificat médical transmis au service RH.",
            "Dossier n° 2024-0317\nBénéficiaire : {n}\nSituation : loyer impayé depuis janvier, dette de 2 350 €. Orientation vers le FSL.",
            "Bien cordialement,\n{n}\nService comptabilité\nCabinet Rhône Expertise, Lyon\n04 78 12 34 56",
        ],
        [
            "L'équipe dirigée par {n} à l'Institut Pasteur a identifié une nouvelle famille d'anticorps capables de neutraliser plusieurs variants du virus.",
            "« L'Europe ne peut plus se contenter d'être un marché », a déclaré {n} lors de son discours devant le Parlement européen à Strasbourg.",
            "Le lycée {n} de Montpellier célèbre cette année ses cinquante ans avec une exposition d'archives ouverte au public.",
        ],
    ),
    "it_IT": (
        [
            "Mi aiuti a scrivere una mail a {n} per spostare il colloquio di lavoro a giovedì pomeriggio?",
            "{n} è in malattia dal 4 marzo; il certificato medico è stato inviato all'ufficio del personale.",
            "Paziente: {n}\nEtà: 67 anni\nAnamnesi: diabete tipo 2, ipertensione\nTerapia: metformina 1000 mg x2",
            "Ciao Giulia, hai sentito che {n} si separa? Me l'ha detto la vicina del quarto piano, ma non dirlo a nessuno.",
        ],
        [
            "Sabato sera all'Arena di Verona {n} ha aperto il concerto con un'interpretazione intensa del Notturno di Chopin, accolta da dieci minuti di applausi.",
            "{n} (Torino, 12 maggio 1919 – Roma, 3 ottobre 1987). Tra le opere principali figurano due raccolte di racconti e un saggio sulla chimica industriale del dopoguerra.",
            "Riapre dopo i lavori di restauro la casa-museo dedicata a {n}, con un nuovo percorso che include manoscritti, lettere e la biblioteca di famiglia.",
        ],
    ),
    "de_DE": (
        [
            "Kannst du mir helfen, eine freundliche Antwort an {n} zu formulieren? Es geht um die Nebenkostenabrechnung für 2023, die angeblich falsch ist.",
            "{n} ist seit dem 11. März krankgeschrieben (Bandscheibenvorfall), voraussichtlich bis Ende April.",
            "Bewerbung um die Stelle Sachbearbeitung Buchhaltung\nName: {n}\nGehaltsvorstellung: 52.000 € brutto/Jahr\nVerfügbar ab: 01.06.",
            "Mit freundlichen Grüßen\n{n}\nTeamleitung Kundenservice\nStadtwerke Bielefeld GmbH\nTel. 0521 51-4477",
        ],
        [
            "„Wir werden die Schuldenbremse auch 2026 einhalten“, sagte {n} (SPD) am Mittwoch im Bundestag.",
            "Fotos: © {n} / VG Bild-Kunst, Bonn 2024",
            "Die Hamburger Kunsthalle zeigt ab Freitag rund 80 Gemälde und Zeichnungen von {n} – die erste große Retrospektive seit 1991.",
        ],
    ),
    "nl_NL": (
        [
            "Kun je deze e-mail van {n} samenvatten en een kort antwoord opstellen? Het gaat over de klacht over de lekkage in de badkamer.",
            "{n} heeft een betalingsachterstand van € 860 bij de woningcorporatie; regeling van € 50 per maand afgesproken.",
            "Leerling: {n} (groep 7)\nVerzuim: 6 dagen in februari\nOpmerking: ouders gaan scheiden, gesprek met intern begeleider gepland.",
            "Hoi Sanne, weet jij of {n} morgen weer op kantoor is? Ik hoorde van Bas dat het nog niet goed gaat.",
        ],
        [
            "{n} won zaterdag in Thialf de 5000 meter in een baanrecord van 6.01,84 en pakte daarmee de Nederlandse titel.",
            "{n}, een van de bekendste cabaretiers van Nederland, is op 82-jarige leeftijd in Amsterdam overleden.",
            "De nieuwe roman van {n}, ‘Het zoutland’, speelt zich af op Texel tijdens de hongerwinter en behoort tot het beste wat dit voorjaar is verschenen.",
        ],
    ),
    "sv_SE": (
        [
            "Kan du hjälpa mig formulera ett svar till {n} som har klagat på att hyran höjts med 9 procent?",
            "{n} är sjukskriven på heltid till och med 30 april enligt läkarintyg; Försäkringskassan är underrättad.",
            "Ansökan om försörjningsstöd\nSökande: {n}\nPersonnummer: 19880412-XXXX\nHushåll: 1 vuxen, 2 barn",
            "Hej Erik! {n} från IT ringde och sa att din dator är klar, du kan hämta den efter lunch.",
        ],
        [
            "Augustpriset i kategorin årets svenska skönlitterära bok gick i år till {n} för romanen ”Vinterhamn”.",
            "Filmen, regisserad av {n}, är en stillsam skildring av ett fiskeläge i Bohuslän och har premiär på fredag.",
            "Stadsbyggnadsnämnden har beslutat att en park i Majorna ska uppkallas efter {n}, som var verksam som fackföreningsledare i Göteborg under 1920-talet.",
        ],
    ),
    "pl_PL": (
        [
            "Napisz proszę uprzejme przypomnienie o zaległym czynszu. Najemca: {n}, mieszkanie nr 14, zaległość 2 400 zł.",
            "{n} przebywa na zwolnieniu lekarskim od 4 marca do 2 kwietnia; zaświadczenie L4 wpłynęło do działu kadr.",
            "Imię i nazwisko ucznia: {n}\nKlasa: 5b\nNieobecności w lutym: 7 dni, w tym 4 nieusprawiedliwione.\nUwagi: rodzice w trakcie rozwodu.",
            "Kasia, wiesz, że {n} odchodzi z firmy pod koniec miesiąca? Tylko nikomu nie mów, Tomek mi powiedział w tajemnicy.",
        ],
        [
            "{n} (ur. 1931 w Krakowie, zm. 2012 w Warszawie) – jedna z najważniejszych postaci polskiej muzyki współczesnej.",
            "Wyniki konkursu Pucharu Świata w Zakopanem: 1. {n} (Polska) – 278,4 pkt, 2. Stefan Kraft (Austria) – 271,9 pkt.",
            "W nowej inscenizacji „Wesela” w Teatrze Narodowym główną rolę gra {n}, a całość ogląda się z zapartym tchem.",
        ],
    ),
    "cs_CZ": (
        [
            "Můžeš mi pomoct sepsat odpověď na stížnost? Stěžovatel: {n}, byt č. 7, hluk ze sousedního bytu po 22. hodině.",
            "{n} je od 3. března v pracovní neschopnosti, předpokládaný návrat do práce je v polovině dubna.",
            "Pacient: {n}\nRodné číslo: 785412/1234\nDiagnóza: J20.9 akutní bronchitida\nDoporučení: klidový režim, kontrola za 7 dní",
            "Ahoj Petro, víš, že {n} dluží Honzovi ještě 5 000 Kč za tu chatu? Už to trvá půl roku.",
        ],
        [
            "{n} patří k hlavním postavám pražského jara 1968. Po nástupu normalizace následovalo vyloučení z KSČ a léta práce v kotelně.",
            "Ve Smetanově síni Obecního domu vystoupí v sobotu {n} s Českou filharmonií; na programu je Dvořákův Violoncellový koncert h moll.",
            "{n}: Dějiny českých zemí v 19. století. Praha: Academia, 2011. 412 s. ISBN 978-80-200-1984-4.",
        ],
    ),
    "ru_RU": (
        [
            "Помоги составить вежливый ответ на жалобу. Заявитель: {n}, кв. 45, жалуется на протечку с верхнего этажа.",
            "{n} находится на больничном с 11 марта, ориентировочно до конца месяца; листок нетрудоспособности передан в отдел кадров.",
            "ФИО: {n}\nДата рождения: 14.06.1979\nДиагноз: гипертоническая болезнь II ст.\nНазначено: лизиноприл 10 мг утром",
            "Лен, ты в курсе, что {n} уходит из компании в апреле? Мне Серёжа сказал, только никому пока.",
        ],
        [
            "Автор открытия — {n}, руководитель лаборатории Института физики твёрдого тела РАН; результаты опубликованы в журнале Nature.",
            "Роман начинается с того, что {n} приезжает в заснеженный Петербург с единственным рекомендательным письмом в кармане.",
            "«Музей должен оставаться открытым для всех», — подчёркивает {n}, директор Государственного Эрмитажа.",
        ],
    ),
    "uk_UA": (
        [
            "Допоможи написати ввічливе нагадування про борг за оренду. Орендар: {n}, квартира 12, заборгованість 8 400 грн.",
            "{n} перебуває на лікарняному з 4 березня; довідку передано до відділу кадрів.",
            "Учень (учениця): {n}\nКлас: 6-А\nПропуски за лютий: 9 днів без поважної причини.\nКласний керівник зв'яжеться з батьками.",
            "З повагою,\n{n}\nбухгалтерія ТОВ «Агросвіт»\nтел. +380 67 123 45 67",
        ],
        [
            "Міністр закордонних справ України {n} сьогодні перебуває з офіційним візитом у Варшаві, де обговорює з польськими колегами питання безпеки.",
            "Серед лауреатів Національної премії України імені Тараса Шевченка 2024 року — {n} (номінація «Література») за збірку поезій «Тиша після сирен».",
            "Національний художній музей України представляє виставку «{n}. Живопис 1960–1980-х років»; експозиція триватиме до 30 червня.",
        ],
    ),
    "el_GR": (
        [
            "Θέμα: Οφειλή κοινοχρήστων — {n}, διαμ. 4Β\nΜπορείς να μου συντάξεις μια ευγενική υπενθύμιση για τα 320 ευρώ που εκκρεμούν;",
            "{n}: άδεια ασθενείας από 3 έως 14 Μαρτίου, με βεβαίωση από το Κέντρο Υγείας.",
            "Ονοματεπώνυμο: {n}\nΑΜΚΑ: 12038501234\nΑιτία επίσκεψης: επίμονος πονοκέφαλος\nΑλλεργίες: καμία γνωστή",
            "Με εκτίμηση,\n{n}\nΛογιστήριο\nΗλιοστάσιο Α.Ε., Θεσσαλονίκη",
        ],
        [
            "{n} (1770–1843): μία από τις κεντρικές μορφές της Ελληνικής Επανάστασης του 1821.",
            "«Η δημοκρατία δεν είναι κεκτημένο, είναι καθημερινή δουλειά.» — {n}, ομιλία στη Βουλή των Ελλήνων, 2019",
            "Εθνική Πινακοθήκη: «{n} – Αναδρομική έκθεση», έως τις 30 Ιουνίου. Παρουσιάζονται περισσότερα από 90 έργα ζωγραφικής και χαρακτικής.",
        ],
    ),
    "tr_TR": (
        [
            "Müşterimiz {n} faturasındaki fazla ücrete itiraz etti; kendisine kibar bir özür e-postası taslağı hazırlar mısın?",
            "Kiracı {n} üç aydır kirayı ödemiyor; toplam borç 45.000 TL'ye ulaştı.",
            "Hasta adı: {n}\nDoğum tarihi: 14.03.1982\nŞikâyet: iki haftadır süren baş ağrısı ve bulantı",
            "Merhaba öğretmenim, ben {n}, 3-B sınıfındaki Ece'nin annesiyim. Ece bugün ateşlendiği için okula gelemeyecek.",
        ],
        [
            "Cumhurbaşkanı Yardımcısı {n}, bugün Ankara'da düzenlenen basın toplantısında yeni ekonomi paketinin ayrıntılarını açıkladı.",
            "{n} Caddesi'ndeki altyapı çalışmaları nedeniyle trafik iki hafta boyunca tek şeritten sağlanacak.",
            "Romanın başkahramanı {n}, yıllar önce İstanbul'un arka sokaklarında kaybolan kardeşinin izini sürer.",
        ],
    ),
    "ar_AA": (
        [
            "يرجى صياغة رد مهذب على شكوى العميل {n} بخصوص تأخر شحنته أكثر من أسبوعين.",
            "المريض {n} يعاني من ارتفاع ضغط الدم منذ سنتين، ولم يحضر موعد المتابعة الأخير.",
            "اسم الموظف: {n}\nالقسم: المحاسبة\nالراتب الشهري: 8,500 ريال",
            "مع خالص التحيات،\n{n}\nمسؤولة الموارد البشرية\nهاتف: 0501234567",
        ],
        [
            "سجّل المهاجم {n} هدف الفوز في الدقيقة 89 ليقود فريقه إلى نهائي كأس الملك.",
            "نعت وزارة الثقافة الأديب الكبير {n} الذي رحل عن عمر ناهز 82 عاماً بعد مسيرة حافلة بالعطاء.",
            "قال وزير الخارجية {n} في مؤتمر صحفي: \"إن الحوار هو السبيل الوحيد لحل الأزمة\".",
        ],
    ),
    "fa_IR": (
        [
            "لطفاً یک نامه‌ی رسمی برای {n} بنویس و به او اطلاع بده که درخواست وامش تأیید شده است.",
            "{n} از هفته‌ی گذشته به دلیل جراحی زانو در مرخصی استعلاجی است و تا پایان ماه سر کار نمی‌آید.",
            "دانش‌آموز: {n}\nپایه: هفتم\nغیبت‌ها: ۶ جلسه در مهرماه\nتوضیحات: اولیا در جریان قرار گرفته‌اند.",
            "سلام، همسایه‌ی طبقه‌ی دوم، {n}، باز هم تا نیمه‌شب سروصدا داشت. چطور به مدیر ساختمان گزارش بدهم؟",
        ],
        [
            "{n} (زاده‌ی ۱۲۸۵ در تبریز) شاعر و روزنامه‌نگار ایرانی بود که در دوران مشروطه فعالیت می‌کرد.",
            "فیلم تازه‌ی {n} روایتی تلخ از زندگی کارگران جنوب تهران است و بازی‌های درخشانی دارد.",
            "نمایشگاه آثار نقاشی {n} از شنبه در نگارخانه‌ی سیحون برپا می‌شود.",
        ],
    ),
    "he_IL": (
        [
            "תנסח בבקשה מייל תשובה ללקוח {n} שמבקש החזר כספי על ההזמנה שבוטלה.",
            "הדיירת {n} מדירה 4 לא שילמה את דמי ועד הבית מאז ינואר, והחוב עומד על 1,200 ש\"ח.",
            "שם המטופל: {n}\nת.ז.: 034567891\nאבחנה: סוכרת סוג 2\nהמלצה: מעקב אצל דיאטנית",
            "היי, רציתי לעדכן: העובד החדש, {n}, מתחיל מחר ב-9:00. אפשר לסדר לו מחשב?",
        ],
        [
            "מנכ\"ל החברה, {n}, הודיע אתמול על פיטורי 300 עובדים במסגרת תוכנית התייעלות.",
            "{n}, תולדות היישוב העברי בגליל, ירושלים: הוצאת מאגנס, תשמ\"ז.",
            "פרס {n} לספרות עברית יוענק השנה לשלושה סופרים צעירים.",
        ],
    ),
    "hi_IN": (
        [
            "कृपया {n} के लिए एक ईमेल का मसौदा तैयार करें जिसमें बताया जाए कि उनकी नौकरी की अर्ज़ी अगले चरण के लिए चुन ली गई है।",
            "{n} पिछले तीन महीनों से किराया नहीं दे पाए हैं और उन पर कुल 36,000 रुपये बकाया है।",
            "मरीज़ का नाम: {n}\nउम्र: 54 वर्ष\nशिकायत: सीने में दर्द और साँस फूलना",
            "नमस्ते मैडम, मैं {n} की माँ बोल रही हूँ। वह आज बुखार की वजह से स्कूल नहीं आ पाएगा।",
        ],
        [
            "{n} ने शानदार शतक लगाकर भारत को श्रृंखला में 2-1 की बढ़त दिलाई।",
            "{n} मार्ग पर मेट्रो निर्माण के कारण अगले सप्ताह यातायात परिवर्तित रहेगा।",
            "साहित्य अकादमी पुरस्कार से सम्मानित {n} का नया उपन्यास ग्रामीण जीवन के संघर्षों को मार्मिक ढंग से प्रस्तुत करता है।",
        ],
    ),
    "en_IN": (
        [
            "Kindly draft a reply to {n} regarding the pending refund of Rs. 4,500 for the cancelled order and do the needful.",
            "{n} has been on medical leave since 12th March owing to dengue; the HR department has been informed.",
            "Name of Applicant: {n}\nFather's Name: Ramesh Kumar\nAddress: Flat 302, Sai Residency, Kondapur, Hyderabad",
            "Thanks & Regards,\n{n}\nSenior Associate, Accounts\nMob: +91 98450 12345",
        ],
        [
            "Union Minister {n} on Tuesday inaugurated the new terminal at Pune airport, calling it a milestone for the region.",
            "© 2021 {n}. All rights reserved. Published by Penguin Random House India.",
            "Sitar maestro {n} will perform at Shanmukhananda Hall in Mumbai this Saturday evening.",
        ],
    ),
    "zh_CN": (
        [
            "帮我给客户{n}写一封道歉邮件，他的订单因为仓库问题延迟发货了。",
            "员工{n}本月请病假十天，工资按规定扣除百分之二十。",
            "姓名：{n}\n性别：女\n就诊科室：妇产科\n主诉：停经八周，伴恶心呕吐",
            "老师您好，我是{n}的家长，孩子今天发烧了，想请一天假。",
        ],
        [
            "国务院副总理{n}今天在北京会见了来访的法国外长。",
            "中国科学院院士{n}带领团队在量子通信领域取得重大突破，相关成果发表于《自然》杂志。",
            "{n}纪念馆位于浙江绍兴，每年吸引数十万游客前来参观。",
        ],
    ),
    "ja_JP": (
        [
            "取引先の{n}様へのお礼メールを作成してください。先日の打ち合わせのお礼を伝えたいです。",
            "{n}さんは先月から体調不良で休職中、復帰時期は未定。",
            "氏名：{n}\n生年月日：1975年6月3日\n既往歴：高血圧、糖尿病\n備考：ペニシリンアレルギーあり",
            "お疲れさまです。{n}です。本日は子どもの発熱のため、午後から早退させていただきます。",
        ],
        [
            "{n}投手が7回無失点の好投で今季10勝目を挙げた。",
            "物語の主人公{n}は、戦後の東京で生き別れた家族の行方を追い続ける。",
            "作家の{n}さんが死去、88歳。代表作に『海の記憶』など。",
        ],
    ),
    "ko_KR": (
        [
            "고객 {n} 님의 환불 요청에 대한 답변 메일을 정중하게 써 줘.",
            "{n} 씨는 월세 두 달 치가 밀려 있으며, 보증금에서 차감 예정.",
            "학생 이름: {n}\n학년/반: 3학년 2반\n특이사항: 교우 관계 문제로 상담 중",
            "팀장님, {n} 대리가 모친상으로 오늘부터 사흘간 휴가를 냅니다.",
        ],
        [
            "{n} 국회의원은 25일 기자회견을 열고 차기 당대표 선거 출마를 공식 선언했다.",
            "{n}(2019), 「한국 근대 문학의 형성」, 서울: 민음사.",
            "피아니스트 {n}의 리사이틀이 다음 달 예술의전당 콘서트홀에서 열린다.",
        ],
    ),
    "vi_VN": (
        [
            "Viết giúp tôi một email trả lời chị {n} về việc hoàn tiền cho đơn hàng bị lỗi.",
            "Bệnh nhân {n} nhập viện ngày 5/4 do sốt xuất huyết, hiện tình trạng đã ổn định.",
            "Họ và tên: {n}\nChức vụ: Nhân viên kế toán\nMức lương: 15.000.000 đồng/tháng",
            "Cô ơi, em là phụ huynh của cháu {n} lớp 4A, hôm nay cháu bị ốm nên xin cho cháu nghỉ học ạ.",
        ],
        [
            "{n} là nhà cách mạng và nhà thơ Việt Nam, sinh năm 1920 tại Quảng Trị.",
            "Tiền đạo {n} lập cú đúp giúp đội tuyển Việt Nam đánh bại Thái Lan với tỷ số 3-1.",
            "Trường THPT chuyên {n} vừa tổ chức lễ kỷ niệm 30 năm thành lập.",
        ],
    ),
    "id_ID": (
        [
            "Tolong buatkan surat peringatan untuk karyawan atas nama {n} karena sudah tiga kali terlambat bulan ini.",
            "Nasabah {n} menunggak cicilan KPR selama empat bulan dengan total tunggakan Rp 28 juta.",
            "Bu, saya ibunya {n} dari kelas 2B. Anak saya hari ini izin tidak masuk karena sakit.",
            "Salam hormat,\n{n}\nStaf Administrasi\nPT Sinar Abadi\nTelp. 0812-3456-7890",
        ],
        [
            "Penulis {n} meraih Kusala Sastra Khatulistiwa lewat novel terbarunya.",
            "\"Kami akan memperbaiki jalan nasional sebelum musim mudik,\" kata Menteri PUPR {n} di Jakarta, Senin.",
            "Dalam film ini, tokoh {n} digambarkan sebagai guru honorer yang berjuang melawan korupsi di desanya.",
        ],
    ),
    "yo_NG": (
        [
            "Jọ̀wọ́ bá mi kọ lẹ́tà sí {n} láti rán an létí pé àkókò láti san owó ilé ti tó.",
            "{n} kò wá sí ibi iṣẹ́ fún ọjọ́ mẹ́ta nítorí àìsàn ibà.",
            "Orúkọ aláìsàn: {n}\nỌjọ́ orí: ọdún mẹ́rìnlélógójì\nÀìsàn: ẹ̀jẹ̀ ríru",
            "Ẹ káàárọ̀ ma, ọmọ mi {n} kò ní lè wá sí ilé-ìwé lónìí nítorí ara rẹ̀ kò yá.",
        ],
        [
            "Gómìnà {n} ti ṣí ọ̀nà tuntun kan ní ìlú Ìbàdàn lánàá.",
            "Olórin jùjú {n} yóò ṣe eré ní gbọ̀ngàn ìlú Èkó ní ọjọ́ Àbámẹ́ta.",
            "Nínú ìwé ìtàn àròsọ yìí, {n} jẹ́ ọdẹ akíkanjú tí ó wọ inú igbó lọ láti wá ọmọ ọba.",
        ],
    ),
    "ig_NG": (
        [
            "Biko, dee akwụkwọ ozi nye {n} gwa ya na a nabatara arịrịọ ọrụ ya.",
            "{n} anọghị n'ọrụ izu abụọ gara aga n'ihi na ọ na-arịa ọrịa.",
            "Aha onye ọrịa: {n}\nAfọ ndụ: 37\nỌrịa: ọrịa shuga",
            "Ndewo nne, nwa m {n} agaghị abịa ụlọ akwụkwọ taa n'ihi na ahụ adịghị ya mma.",
        ],
        [
            "Prọfesọ {n}, onye ode akwụkwọ a ma ama, nwụrụ n'Enugu mgbe ọ dị afọ iri asatọ na abụọ.",
            "Onye egwuregwu bọọlụ {n} tinyere goolu abụọ mgbe Super Eagles meriri Ghana.",
            "A gụrụ ụlọ ọgwụ ọhụrụ dị n'Owerri aha {n} iji sọpụrụ ọrụ ọ rụrụ.",
        ],
    ),
    "ha_NG": (
        [
            "Don Allah ka rubuta mini wasiƙa zuwa ga {n} domin sanar da shi cewa an amince da buƙatarsa ta aiki.",
            "{n} bai zo wurin aiki ba tsawon kwana uku saboda zazzaɓin cizon sauro.",
            "Sunan mara lafiya: {n}\nShekaru: 52\nCuta: hawan jini",
            "Barka da safiya malam, ɗana {n} ba zai zo makaranta yau ba saboda ba shi da lafiya.",
        ],
        [
            "Gwamna {n} ya ƙaddamar da sabon asibiti a birnin Kano ranar Litinin.",
            "\"Za mu ci gaba da yaƙi da cin hanci da rashawa,\" in ji Ministan Shari'a {n} a Abuja.",
            "Fitaccen mawaƙi {n} ya fitar da sabon kundin waƙoƙi mai suna \"Zaman Lafiya\".",
        ],
    ),
    "sw": (
        [
            "Tafadhali niandikie barua pepe kwa {n} kumjulisha kwamba malipo ya kodi yamechelewa kwa miezi miwili.",
            "{n} amelazwa hospitalini tangu Jumatatu kutokana na malaria, na hatarudi kazini wiki hii.",
            "Jina la mwanafunzi: {n}\nDarasa: Sita\nMaelezo: hajalipa ada ya muhula wa pili",
            "Habari mwalimu, mimi ni mama yake {n} wa darasa la tatu. Leo hatakuja shuleni kwa sababu ni mgonjwa.",
        ],
        [
            "Waziri wa Fedha {n} aliwasilisha bajeti ya serikali bungeni Dodoma jana.",
            "Mwanariadha {n} alishinda mbio za marathon za Berlin na kuvunja rekodi ya dunia.",
            "{n} (1934–2019) alikuwa mshairi na mwandishi mashuhuri wa Kitanzania aliyetunga riwaya nyingi za Kiswahili.",
        ],
    ),
}


# Round 19: written by two new writers, who had read nothing of the repository
# (4 personal and 3 public sentences per locale, one personal sentence a
# third-person note of a private fact with no request, three kinds of public
# context per locale, varied across locales); the holdout from its commit
# until 2026-12-07 (a tenth session), when round 20 replaced it and it moved
# to tune.
SEEN_19 = {
    "en_US": (
        [
            "Can you help me write a polite but firm email to our tenant {n} in Unit 4B? The October rent of $1,850 is now 12 days late, and under the lease a $75 late fee applies after the 5th.",
            "Summarize this intake form for the nurse handoff:\nPatient: {n}\nDOB: 03/14/1978\nInsurance: Aetna PPO, Member ID W284719365\nChief complaint: recurring migraines, 3-4 per week\nCurrent meds: sumatriptan 50 mg PRN, sertraline 100 mg daily",
            "hey can you reword this so it sounds less awkward? \"Hi all, just a heads up that {n} will be out on medical leave from Monday through Nov 18. Please route those accounts to Derek until then.\"",
            "Case note 9/22: {n} reports the household lost its main income when the plant in Lorain closed in August and is now two months behind on the mortgage with Wells Fargo; referred to county housing counseling.",
        ],
        [
            "Works cited: {n}, The Long Way Home: Essays on the American South (New York: Knopf, 2014), 112-15.",
            "{n} hit a walk-off two-run homer in the bottom of the ninth as the Cubs beat the Cardinals 5-4 at Wrigley Field on Sunday.",
            "The Board of Education voted 6-1 on Tuesday to rename Lincoln Park Middle School in honor of {n}, the civil rights organizer who founded the city's first NAACP youth chapter in 1958.",
        ],
    ),
    "en_GB": (
        [
            "Could you draft a letter to {n} at 14 Ashgrove Road, Leeds LS6 2HT, explaining that the council tax reduction has been backdated to April and a refund of £312.40 will be paid within 10 working days?",
            "Please tidy up the signature at the bottom of my emails, it looks a mess:\n\nKind regards,\n{n}\nPractice Manager | Holloway Road Surgery\nMob: 07700 912 448\nEmail: practice.manager@hollowayroadsurgery.nhs.uk",
            "Handover for tonight, can you turn this into bullet points? Bay 3, bed 2 is {n}, 84, admitted via A&E after a fall at home, query fractured neck of femur, nil by mouth from midnight for theatre. Daughter Karen is next of kin and wants a call if anything changes.",
            "Pupil record note (Year 9): {n} was referred to CAMHS following a disclosure to the form tutor on 6 March; parents informed, designated safeguarding lead aware.",
        ],
        [
            "{n} (1812-1889)\nView of the Tyne at Newcastle, 1854\nOil on canvas\nPresented by the Friends of the Laing Art Gallery, 1936",
            "{n}, who has died aged 94, designed some of the most recognisable post-war housing estates in London, including the Crane Park estate in Hounslow.",
            "“Our new Sheffield plant will create 400 skilled jobs over the next three years,” said {n}, chief executive of Northfield Rail Ltd, announcing the group's half-year results.",
        ],
    ),
    "ga_IE": (
        [
            "An bhféadfá litir a scríobh chuig tuismitheoirí an dalta seo, ag míniú go raibh an dalta as láthair ar feadh 14 lá an téarma seo agus go bhfuil cruinniú ag teastáil leis an bpríomhoide? Ainm an dalta: {n}, Rang a Cúig, Scoil Náisiúnta Bhaile an Mhuilinn.",
            "Aistrigh go Béarla é seo, le do thoil:\nAinm an othair: {n}\nDáta breithe: 22/07/1956\nUimhir PPS: 7654321TA\nAiléirgí: peinicillin\nNóta: ag fanacht ar scanadh MRI in Ospidéal na hOllscoile, Gaillimh",
            "Haigh! Dúirt Síle liom go bhfuil an t-árasán i nDroichead Átha saor ón 1 Meán Fómhair. Ar chuir {n} an conradh cíosa sínithe ar ais chugat fós? Tá éarlais €1,400 íoctha cheana féin.",
            "Nóta cáis 03/02: Tá {n} dífhostaithe ó mhí na Nollag agus tá riaráistí €2,300 ar an morgáiste le Banc na hÉireann; atreoraithe chuig MABS.",
        ],
        [
            "{n} (1841-1903): scoláire Gaeilge agus bailitheoir amhrán ó Chonamara, a bhailigh breis is ceithre chéad amhrán ar an sean-nós idir 1870 agus 1895.",
            "Úrscéal nua ó Chló Iar-Chonnacht (2021). Príomhcharachtar: {n}, iascaire óg ó Inis Meáin a fhágann an t-oileán le hobair a lorg i mBoston sna 1950idí.",
            "Cóipcheart © 2019 {n}. Gach ceart ar cosaint. Ní ceadmhach aon chuid den fhoilseachán seo a atáirgeadh gan cead i scríbhinn ón bhfoilsitheoir.",
        ],
    ),
    "es_ES": (
        [
            "Redáctame un correo para la comunidad de vecinos explicando que el piso 3.º B, propiedad de {n}, acumula una deuda de 1.240 € en cuotas de comunidad y que se reclamará por vía judicial si no se abona antes del 30 de junio.",
            "¿Me puedes resumir este informe en dos líneas?\nNombre y apellidos: {n}\nDNI: 48291736K\nFecha de ingreso: 12/01/2024\nServicio: Cardiología, Hospital Universitario La Paz\nDiagnóstico: fibrilación auricular paroxística; se inicia anticoagulación con apixabán 5 mg/12 h",
            "Oye Lucía, ¿te acuerdas de si {n} nos dejó el IBAN para devolver la fianza? Deja el piso de la calle Sagasta el día 15 y no quiero liarla con la transferencia.",
            "Nota de RR. HH.: {n} tiene concedida una reducción de jornada del 30 % por cuidado de hijo menor de 12 años desde el 1 de septiembre; baja por ansiedad entre el 3 y el 21 de marzo.",
        ],
        [
            "{n}, titular de Hacienda, defendió este martes en el Congreso la rebaja del IRPF para las rentas inferiores a 22.000 euros anuales.",
            "Ficha artística — «El alcalde de Zalamea», Compañía Nacional de Teatro Clásico. Protagonista: {n}. Teatro de la Comedia (Madrid), del 4 al 28 de abril. Duración: 1 h 50 min.",
            "Fallece a los 91 años {n}, una de las voces más reconocidas de la copla, que grabó más de cuarenta discos y recibió la Medalla de Oro al Mérito en las Bellas Artes en 1998.",
        ],
    ),
    "pt_BR": (
        [
            "Pode me ajudar a escrever uma mensagem para {n}, cliente do plano 500 Mega, avisando que o boleto de R$ 389,90 venceu dia 10 e que, se não for pago até sexta, a internet será suspensa?",
            "Resume esse prontuário pra mim, por favor:\nPaciente: {n}\nCPF: 384.172.659-20\nConvênio: Unimed BH\nQueixa: dor lombar há 3 meses, piora ao sentar\nConduta: fisioterapia 2x/semana, ressonância solicitada",
            "Gente, alguém tem o número de {n}? Preciso confirmar o endereço pra entrega da cesta básica, o Rafael falou que mudou do apê 52 do bloco B.",
            "Registro da assistente social (14/05): {n} mora com a mãe idosa em Itaquera, está sem emprego desde janeiro e recebe Bolsa Família de R$ 600.",
        ],
        [
            "Com dois gols de {n}, o Fortaleza venceu o Bahia por 3 a 1 na Arena Castelão e subiu para a quarta posição do Brasileirão.",
            "Livro: «Cidades invisíveis do sertão», de {n}. São Paulo: Companhia das Letras, 2017. 248 p.",
            "A Câmara Municipal de Curitiba aprovou nesta terça o projeto que rebatiza a praça do bairro Água Verde como Praça {n}.",
        ],
    ),
    "fr_FR": (
        [
            "Peux-tu m'aider à rédiger un courrier de relance pour {n}, locataire du 2e étage au 18 rue des Carmes à Lyon ? Le loyer de mars (780 €) n'a toujours pas été réglé malgré un premier rappel.",
            "Traduis en anglais ce compte rendu, s'il te plaît :\nPatient(e) : {n}\nN° de sécurité sociale : 2 84 05 75 112 034 56\nMutuelle : MGEN\nMotif : suivi post-opératoire (prothèse de hanche), cicatrisation satisfaisante, reprise de la marche avec canne",
            "Salut Camille, tu peux vérifier si {n} a bien envoyé son RIB et son attestation France Travail ? Le dossier de demande de logement social est incomplet sans ça.",
            "Note de suivi – 12/10 : {n} est en arrêt maladie pour burn-out jusqu'au 30 novembre ; le médecin du travail préconise une reprise en mi-temps thérapeutique.",
        ],
        [
            "La loi de {n} établit qu'à volume constant, la pression d'un gaz parfait est proportionnelle à sa température absolue.",
            "Résumé : après vingt ans d'absence, {n} revient à Lens pour vider la maison familiale et découvre, dans un carton de lettres jamais envoyées, le secret que toute la ville a gardé.",
            "Selon {n}, maire de Marseille, le budget des cantines scolaires augmentera de 12 % dès la rentrée de septembre.",
        ],
    ),
    "it_IT": (
        [
            "Mi scrivi una mail gentile per {n}, che si è candidato/a per il posto di magazziniere, dicendo che purtroppo abbiamo scelto un altro profilo ma che terremo il CV in archivio per sei mesi?",
            "Riassumi questa scheda in tre punti:\nNominativo: {n}\nASL: Roma 2\nEsenzione ticket: 048 (patologia oncologica)\nTerapia: letrozolo 2,5 mg/die, controllo ecografico a settembre",
            "Ciao Giulia, {n} mi ha chiesto se può pagare l'affitto di ottobre in due rate, 450 € adesso e 450 € il 20. Tu che dici, glielo concediamo?",
            "Annotazione del 04/03: {n} (classe 3ª B) ha una diagnosi di DSA (dislessia e disortografia) e usufruisce del piano didattico personalizzato; la madre lavora su turni e va contattata solo via email.",
        ],
        [
            "{n} (Firenze, 1532 – Roma, 1598)\nPaesaggio con rovine e pastori\nOlio su tavola, 1565 circa\nGalleria degli Uffizi, inv. 1890 n. 4471",
            "Il Premio {n} per la narrativa esordiente, giunto alla dodicesima edizione, sarà consegnato sabato sera al Teatro Regio di Parma.",
            "{n} vince in solitaria la tappa di Livigno del Giro d'Italia e conquista la maglia rosa con 42 secondi di vantaggio.",
        ],
    ),
    "de_DE": (
        [
            "Kannst du mir eine freundliche Antwort an {n} formulieren? Es geht um die Nebenkostenabrechnung 2023 für die Wohnung Gartenstraße 12, 2. OG links: Nachzahlung 486,20 €, Ratenzahlung in drei Monatsraten ist für uns okay.",
            "Bitte fasse diese Bewerbung kurz zusammen:\nName: {n}\nGeburtsdatum: 17.09.1991\nAnschrift: Lindenweg 4, 30159 Hannover\nTelefon: 0511 4829173\nLetzte Stelle: Sachbearbeitung Lohnbuchhaltung (2018–2024)\nGehaltsvorstellung: 54.000 € brutto/Jahr",
            "Kannst du meine E-Mail-Signatur ins Englische übersetzen?\n\nMit freundlichen Grüßen\n{n}\nSteuerfachangestellte\nSteuerberatung am Rathaus GmbH\nTel. 089 21 94 33-12",
            "Übergabenotiz Station 4B: {n}, Zimmer 12, seit gestern Abend fieberfrei, Blutzucker morgens 182 mg/dl; Ehefrau Sabine hat Vorsorgevollmacht und möchte täglich angerufen werden.",
        ],
        [
            "„Wir investieren bis 2027 rund 300 Millionen Euro in unser Werk in Zwickau“, sagte {n}, CEO der Nordwind Energie AG, bei der Vorstellung der Jahreszahlen in Hamburg.",
            "{n} (1798–1861) zeichnete die erste vollständige topografische Karte des Harzes und lehrte ab 1830 Geodäsie an der Universität Göttingen.",
            "Der Stadtrat hat beschlossen, den Platz vor dem neuen Bürgerzentrum in Leipzig-Connewitz nach {n} zu benennen.",
        ],
    ),
    "nl_NL": (
        [
            "Kun je dit appje voor de buurtgroep wat netter formuleren? 'Heeft iemand {n} van nummer 23 de laatste tijd nog gezien? De post stapelt zich op en er brandt al dagen geen licht.'",
            "Vat dit dossier kort samen voor het MDO:\nCliënt: {n}\nGeboortedatum: 08-02-1949\nWoonsituatie: alleenstaand, flat in Utrecht-Overvecht, 3e verdieping zonder lift\nZorg: thuiszorg 3x per week, beginnende dementie (MMSE 22)\nContactpersoon: zoon Jeroen, 06-41827365",
            "Schrijf een korte mail aan {n} dat de aanvraag bijzondere bijstand van € 650 voor de wasmachine is toegekend en dat het bedrag binnen tien werkdagen wordt overgemaakt.",
            "Notitie 15-11: {n} heeft bij het CJIB een betalingsregeling voor een boete van € 390 en betaalt € 65 per maand; schuldhulpverlening loopt via de gemeente Rotterdam.",
        ],
        [
            "Op 88-jarige leeftijd is {n} overleden, de schaatser die in 1968 goud won op de 5000 meter en later jarenlang commentaar gaf bij de NOS.",
            "Volgens {n}, fractievoorzitter in de Tweede Kamer, moet het kabinet nog deze maand met een plan komen voor de stikstofproblematiek.",
            "Bron: {n}, 'De Gouden Eeuw opnieuw bekeken', Amsterdam: Uitgeverij Prometheus, 2016, p. 87-93.",
        ],
    ),
    "sv_SE": (
        [
            "Kan du hjälpa mig skriva ett sms till {n} om att tiden på vårdcentralen i Västerås flyttas till tisdag 14 maj kl. 10.30 och att hen ska ta med sin medicinlista?",
            "Översätt det här till engelska:\nSökande: {n}\nPersonnummer: 19850412-3381\nAdress: Storgatan 7B, 753 30 Uppsala\nÅrsinkomst: 412 000 kr\nAnställning: tillsvidare, sjuksköterska vid Akademiska sjukhuset",
            "Hej Linnea! Vet du om {n} har fått slutskattebeskedet? Skatteverket skrev att det blir kvarskatt på 8 300 kr och jag vill inte att det kommer som en chock.",
            "Anteckning 2024-02-09: {n} är föräldraledig på 75 % till och med augusti; barnet har ett medfött hjärtfel och följs på Karolinska universitetssjukhuset.",
        ],
        [
            "Priset, som är uppkallat efter {n}, är på 250 000 kronor och går i år till en lyrikdebutant från Luleå.",
            "Filmen utspelar sig i Kiruna vintern 1969, där {n}, en ung gruvarbetare, blir ett av ansiktena för strejken mot LKAB.",
            "”Den som inte känner sitt förflutna kan inte förstå sin framtid.” – {n}, tal vid Uppsala universitets 500-årsjubileum 1977",
        ],
    ),
    "pl_PL": (
        [
            "Pomóż mi napisać odpowiedź na reklamację. Klient: {n}, zamówienie nr 48213/2024, pralka dostarczona z wgniecioną obudową, żąda wymiany albo zwrotu 2 349 zł.",
            "Przetłumacz na angielski:\nImię i nazwisko: {n}\nPESEL: 85041203457\nAdres: ul. Długa 14/6, 31-146 Kraków\nRozpoznanie: złamanie dalszej nasady kości promieniowej prawej, unieruchomienie w gipsie na 6 tygodni\nZwolnienie lekarskie (L4): do 30.04",
            "Hej Kasia, {n} pisze, że nie da rady przyjść na sobotnią zmianę, bo dziecko ma gorączkę. Możesz przejąć tę zmianę?",
            "Notatka z 12.03: {n} zalega z czynszem za trzy miesiące (łącznie 4 260 zł); w rozmowie telefonicznej potwierdzono utratę pracy w styczniu.",
        ],
        [
            "{n} (ur. 1821 w Lublinie, zm. 1883 w Paryżu) – jedna z najważniejszych postaci Wielkiej Emigracji; listy i pamiętniki przechowywane są w Bibliotece Polskiej w Paryżu.",
            "{n} wygrywa konkurs Pucharu Świata w Zakopanem po skokach na 138 i 141,5 metra.",
            "Obsada: {n} (Pan Młody)\nNarodowy Stary Teatr w Krakowie, Duża Scena, premiera 14 października 2023",
        ],
    ),
    "cs_CZ": (
        [
            "Připrav mi prosím podklady k výpovědi z pracovního poměru. Zaměstnanec: {n}, osobní číslo 40712, skladník v provozu Kolín od roku 2019, neomluvená absence 5., 12. a 19. 2., písemné upozornění předáno 20. 2.",
            "Přelož do angličtiny tuto lékařskou zprávu:\nPacient/ka: {n}\nRodné číslo: 781203/3349\nPojišťovna: VZP (111)\nDiagnóza: astma bronchiale, středně těžké perzistující\nMedikace: Seretide Diskus 50/250 2× denně",
            "Ahoj, {n} volá, že v bytě 3+1 na Vinohradech teče z radiátoru a Honza je na dovolené. Máš číslo na nějakého instalatéra?",
            "Záznam ze dne 7. 11.: {n} pobírá invalidní důchod třetího stupně a bydlí v přízemním bytě v Ostravě-Porubě; syn Tomáš dochází dvakrát týdně.",
        ],
        [
            "Zdroj: {n}: Dějiny Moravy v kostce. Brno: Host, 2011, s. 45–52.",
            "{n} vítězí v obřím slalomu v Kranjské Goře s náskokem 0,37 sekundy a poprvé v kariéře vede celkové pořadí Světového poháru.",
            "© {n}, 2022\nIlustrace © Albatros Media a. s., 2022\nVšechna práva vyhrazena.",
        ],
    ),
    "ru_RU": (
        [
            "Составь, пожалуйста, уведомление для собственника квартиры № 57. ФИО: {n}, задолженность за ЖКУ на 01.10 — 23 480 ₽; если долг не будет погашен до 15.11, управляющая компания обратится в суд.",
            "Кратко перескажи выписку:\nПациент: {n}\nДата рождения: 11.06.1962\nПолис ОМС: 7751 2900 4418 3362\nДиагноз: ИБС, стенокардия напряжения II ФК\nРекомендации: бисопролол 5 мг утром, контроль липидограммы через 3 месяца",
            "Оля, привет! {n} спрашивает, можно ли перенести занятие ребёнка у логопеда с четверга на пятницу. Не знаешь, Марина свободна в пятницу после 16:00?",
            "Служебная записка от 14.03: {n}, бухгалтер отдела расчётов, находится в отпуске по уходу за ребёнком до 2026 года; обязанности на время отсутствия переданы другому сотруднику.",
        ],
        [
            "«Город — это прежде всего люди, а уже потом дома». — {n}, из интервью журналу «Огонёк», 1989 г.",
            "Аннотация. Вологда, 1957 год. {n} возвращается из Москвы в родной город, чтобы продать отцовский дом, и находит на чердаке письма, которые перевернут жизнь всей семьи.",
            "© {n}, текст, 2018\n© ООО «Издательство АСТ», оформление, 2018",
        ],
    ),
    "uk_UA": (
        [
            "Допоможи написати лист-нагадування. Орендар: {n}, квартира на вул. Січових Стрільців, 21, кв. 8, Київ; борг за оренду за вересень — 14 000 грн, за комунальні послуги — 2 350 грн.",
            "Переклади англійською, будь ласка:\nЗаявник: {n}\nДата народження: 23.08.1994\nРНОКПП: 3448109276\nМісце роботи: КНП «Львівська міська дитяча лікарня», медична сестра",
            "Привіт! {n} каже, що лікарняний продовжили до п'ятниці. Хто може вийти на зміну в аптеці на Сихові в четвер? Тарас не може.",
            "Запис від 05.09: {n} отримує пенсію по інвалідності II групи й мешкає в Житомирі; донька Ірина приходить щодня, син працює в Польщі.",
        ],
        [
            "Міський голова Полтави {n} повідомляє, що до кінця року в місті відремонтують 14 укриттів у школах.",
            "{n} (1880–1935)\n«Весна на Поділлі»\nПолотно, олія, 1912\nНаціональний художній музей України",
            "Літературна премія «Ґранослов» — лауреат цього року: {n}, за поетичну збірку «Тиша після сирен».",
        ],
    ),
    "el_GR": (
        [
            "Μπορείς να μου γράψεις ένα ευγενικό email; Ενοικιαστής: {n}, διαμέρισμα 3ου ορόφου, Εγνατίας 112, Θεσσαλονίκη. Χρωστάει το ενοίκιο Οκτωβρίου (420 €) και δεν απαντά στο τηλέφωνο.",
            "Συνόψισε σε δύο γραμμές:\nΑσθενής: {n}\nΑΜΚΑ: 15037901234\nΗμ. γέννησης: 15/03/1979\nΔιάγνωση: σακχαρώδης διαβήτης τύπου 2, HbA1c 8,1%\nΑγωγή: μετφορμίνη 1000 mg x2",
            "Μπορείς να μου διορθώσεις αυτό το μήνυμα για το group της πολυκατοικίας; «Καλησπέρα σε όλους, ονομάζομαι {n} και μένω στον 4ο. Από Δευτέρα θα γίνονται εργασίες στο μπάνιο μου για δύο εβδομάδες, συγγνώμη εκ των προτέρων για τη φασαρία.»",
            "Σημείωση φακέλου 21/02: {n} – σύζυγος Δημήτρης, δύο ανήλικα παιδιά· εκκρεμεί αίτηση στη ΔΥΠΑ για επίδομα ανεργίας 399 € από τον Ιούνιο.",
        ],
        [
            "{n} (Σμύρνη 1874 – Αθήνα 1941): μία από τις σημαντικότερες μορφές της νεοελληνικής ζωγραφικής, με έργα στην Εθνική Πινακοθήκη.",
            "ΔΕΛΤΙΟ ΤΥΠΟΥ – Αθήνα, 12 Μαρτίου 2024\n{n}, Διευθύνων Σύμβουλος της Aegean Logistics Α.Ε.: «Η επένδυση των 40 εκατ. ευρώ στο λιμάνι του Βόλου θα δημιουργήσει 250 νέες θέσεις εργασίας.»",
            "Στον πρωταγωνιστικό ρόλο: {n}\nΠαραγωγή: Εθνικό Θέατρο\nΑρχαίο Θέατρο Επιδαύρου, 28–29 Ιουλίου, 21:00",
        ],
    ),
    "tr_TR": (
        [
            "Merhaba, kiracımız {n} üç aydır kirayı ödemiyor. Ona nazik ama net bir ihtar mektubu taslağı hazırlar mısın? Daire Kadıköy'de, aylık kira 18.500 TL.",
            "Şu hasta kaydını hekim için kısa bir özete dönüştürür müsün?\n\nHasta adı: {n}\nDoğum tarihi: 14.03.1987\nTanı: Tip 2 diyabet\nKullandığı ilaçlar: Metformin 1000 mg, günde 2 kez\nAcil durumda aranacak kişi: eşi Ayşe, 0532 418 27 90",
            "Not: {n} geçen hafta işten çıkarıldı ve şu anda Ankara'daki annesinin yanında kalıyor; kredi kartı borcunu yapılandırmak için bankayla görüşüyor.",
            "Şu e-postayı İngilizceye çevirir misin?\n\n\"Sayın yetkili, oğlum Emre 5-B sınıfında okuyor. Adres değişikliğimiz nedeniyle nakil belgesine ihtiyacımız var.\n\nSaygılarımla,\n{n}\nTel: 0544 207 61 35\nBahçelievler Mah. 7. Sok. No: 12/4, Konya\"",
        ],
        [
            "{n}, Anadolu'da Kervansaraylar, İstanbul: Türkiye İş Bankası Kültür Yayınları, 2019, 312 s.",
            "Milli güreşçi {n}, Budapeşte'deki Avrupa Şampiyonası'nda 74 kiloda altın madalya kazandı.",
            "Belediye meclisi kararıyla Karşıyaka'daki 1724 sokağın adı {n} Caddesi olarak değiştirildi.",
        ],
    ),
    "ar_AA": (
        [
            "من فضلك اكتب رسالة اعتذار رسمية إلى العميل {n} بسبب تأخر شحنته رقم 48213 لأكثر من أسبوعين، وأخبره أننا سنعيد له 250 درهماً من قيمة الطلب.",
            "راجع هذه البيانات وصحّح أي خطأ في التنسيق:\nالاسم الكامل: {n}\nتاريخ الميلاد: 1990/07/22\nرقم الجوال: 0501234876\nالعنوان: حي الملز، شارع الأمير سلمان، الرياض\nالراتب الشهري: 12,500 ريال\nالحالة الاجتماعية: متزوج، ولدان",
            "ملاحظة الطبيب المناوب: المريض {n} يعاني من ارتفاع ضغط الدم منذ عام 2019، وزوجته سعاد تتابع أدويته يومياً.",
            "مرحبا، جارتي {n} طلبت مني أن أساعدها في كتابة شكوى للبلدية عن تسرب المياه في شقتها بالطابق الثالث. هل تلخص لي النقاط الأساسية؟",
        ],
        [
            "وُلد الشاعر {n} (1898–1957) في القاهرة، وتُعدّ قصائده من أبرز ما كُتب في الحنين إلى الريف المصري.",
            "وقال {n}، الرئيس التنفيذي للشركة، في بيان صحفي: \"نتوقع أن يرتفع صافي أرباحنا بنسبة 15% خلال عام 2025\".",
            "أعلنت وزارة الثقافة فتح باب الترشح لجائزة {n} للرواية العربية في دورتها الخامسة.",
        ],
    ),
    "fa_IR": (
        [
            "لطفاً این متن را خلاصه کن: {n} از تیرماه در شرکت ما به‌عنوان حسابدار کار می‌کند و درخواست وام ۲۰۰ میلیون تومانی برای خرید خانه در کرج داده است. حقوق ماهانه‌اش ۳۵ میلیون تومان است.",
            "این فرم را به انگلیسی ترجمه کن:\nفرم پذیرش بیمار\nنام و نام خانوادگی: {n}\nکد ملی: ۰۰۷۴۵۶۱۲۳۸\nتلفن همراه: ۰۹۱۲۳۴۵۶۷۸۹\nسابقهٔ بیماری: آسم از کودکی\nنام همراه: مریم (خواهر)",
            "یادداشت مشاور مدرسه: پدر {n} ماه گذشته فوت کرده و او از آن زمان چند بار سر کلاس گریه کرده است.",
            "سلام، می‌خواهم برای همسایه‌مان {n} که تازه از بیمارستان مرخص شده یک پیام کوتاه و گرم بنویسم. کمکم می‌کنی؟",
        ],
        [
            "{n}. تاریخ اجتماعی ایران در دورهٔ قاجار. تهران: نشر نی، ۱۳۹۸.",
            "شخصیت اصلی فیلم، {n}، معلمی روستایی است که برای نجات مدرسهٔ ده به تهران سفر می‌کند.",
            "{n}، وزنه‌بردار ملی‌پوش ایران، در مسابقات قهرمانی آسیا در تاشکند مدال طلا گرفت.",
        ],
    ),
    "he_IL": (
        [
            "תוכל לנסח בשמי מכתב לבעלת הדירה? אני, {n}, עזבתי את הדירה ברחוב הרצל 14 בחיפה ב-1 במרץ ועדיין לא קיבלתי את הפיקדון של 6,000 ש\"ח.",
            "תבדוק שלא חסר כלום בטופס:\nטופס קליטת עובד\nשם מלא: {n}\nת\"ז: 302145678\nכתובת: רחוב ויצמן 8, כפר סבא\nטלפון: 054-7812390\nבנק: לאומי, סניף 812, חשבון 45123/67",
            "{n} – אובחנה בסוכרת הריונית בשבוע 26, מטופלת בדיאטה בלבד. בעלה, יוסי, מלווה אותה לכל הביקורים.",
            "העברת משמרת: הדייר {n} מחדר 12 סירב לארוחת ערב והתלונן על כאבי בטן. הבת שלו, רונית, תתקשר בבוקר. תסכם לי את זה בשלוש שורות לדו\"ח.",
        ],
        [
            "\"ירושלים היא לא עיר, היא שאלה\" – {n}, מתוך נאום בכנסת, 1967.",
            "בית הספר היסודי על שם {n} בבאר שבע יחגוג השנה 50 שנה להיווסדו.",
            "הסופר {n}, חתן פרס ישראל לספרות, הלך לעולמו אתמול בגיל 88.",
        ],
    ),
    "hi_IN": (
        [
            "कृपया मेरे किरायेदार {n} के लिए एक नोटिस लिख दीजिए कि अगले महीने से किराया 15,000 रुपये से बढ़कर 16,500 रुपये हो जाएगा। फ्लैट लखनऊ के गोमती नगर में है।",
            "इस पर्चे से डॉक्टर साहब के लिए छोटा सारांश बना दो:\nमरीज़ का नाम: {n}\nउम्र: 62 वर्ष\nपता: 45, शास्त्री नगर, जयपुर\nमोबाइल: 98290 45612\nरोग: घुटनों में गठिया, ब्लड प्रेशर की दवा चल रही है\nसाथ आए परिजन: बेटा राहुल",
            "नोट: {n} ने पिछले साल बैंक से 5 लाख रुपये का पर्सनल लोन लिया था और पिछली तीन किस्तें अब तक जमा नहीं की हैं।",
            "भैया, हमारी पड़ोसन {n} जी की बेटी प्रिया की शादी 12 दिसंबर को है। उनके लिए एक प्यारा-सा बधाई संदेश हिंदी में लिख दो ना?",
        ],
        [
            "स्वतंत्रता सेनानी {n} (1889–1946) का जन्म इलाहाबाद में हुआ था और उन्होंने असहयोग आंदोलन में सक्रिय भूमिका निभाई।",
            "{n} ने वानखेड़े स्टेडियम में 112 गेंदों पर 134 रन बनाकर भारत को ऑस्ट्रेलिया पर जीत दिलाई।",
            "© {n}, 2021। सर्वाधिकार सुरक्षित। राजकमल प्रकाशन, नई दिल्ली द्वारा प्रकाशित।",
        ],
    ),
    "en_IN": (
        [
            "Kindly draft a polite reminder to {n} regarding the pending maintenance charges of Rs. 8,400 for flat B-302, Sai Krupa Apartments, Whitefield. Keep the tone soft, she is a senior citizen.",
            "Please verify these KYC details and tell me if anything is missing:\nApplicant Name: {n}\nPAN: BQKPS4821L\nAadhaar (last 4): 6172\nAnnual Income: ₹7,80,000\nAddress: 12/3, 2nd Cross, Malleswaram, Bengaluru 560003\nEmergency Contact: Kavitha (sister), 98450 12376",
            "{n} (Emp ID 20417) has been on medical leave since 3rd June after a knee surgery at Apollo Hospital, Chennai; expected to rejoin by mid-July.",
            "Hi, can you help me reply to this? \"Good morning ma'am, this is {n}, parent of Aarav from Class 4-C. He will be absent tomorrow due to fever. Kindly excuse.\" I want to reply as the class teacher.",
        ],
        [
            "\"We are committed to doubling our manufacturing capacity in Pune by FY27,\" said {n}, Managing Director and CEO, in a statement to the stock exchanges.",
            "{n}. (2018). Monsoon Economies: Agriculture and Credit in Colonial Bengal. New Delhi: Oxford University Press.",
            "The newly inaugurated {n} Memorial Auditorium at IIT Kharagpur can seat 1,200 people.",
        ],
    ),
    "zh_CN": (
        [
            "帮我给租客{n}写一条微信，提醒他本月房租3800元还没交，语气客气一点。房子在杭州西湖区文三路。",
            "帮我核对一下这张表有没有漏填的：\n员工入职登记表\n姓名：{n}\n性别：女\n身份证号：330106199203154728\n手机：138 5712 6094\n紧急联系人：丈夫 李强 139 0571 8823",
            "{n}于2023年10月确诊乳腺癌，目前在复旦大学附属肿瘤医院化疗，女儿小雨每周陪诊。",
            "请把下面这段翻译成英文：\n“您好，我是{n}，上周在贵店购买的洗衣机出现漏水问题，订单号 20240518776，请尽快安排上门维修。联系电话：186 1023 4457。”",
        ],
        [
            "在小说《长河》中，{n}是一名从重庆来到上海闯荡的年轻工人。",
            "{n}（1901—1972），书法家、篆刻家。本展厅陈列其晚年行书作品二十余件。",
            "在世乒赛女单决赛中，{n}以4比2战胜对手，夺得个人首个世界冠军。",
        ],
    ),
    "ja_JP": (
        [
            "以下のメールを丁寧な敬語に直してください。\n「{n}様\n先日ご相談いただいた住宅ローンの借り換えの件ですが、審査に通りました。月々の返済額は約9万2千円になります。」",
            "この患者情報を英語に翻訳してください。\n【患者情報】\n氏名：{n}\n生年月日：昭和58年4月12日\n住所：大阪府堺市北区中百舌鳥町2-15\n電話：090-3812-5570\n既往歴：高血圧、花粉症",
            "{n}さんは先月から休職中。うつ病の診断書が提出されており、復職は早くても9月の予定。",
            "申し送り：302号室の{n}さん、夕食ほぼ完食。夜間に2回トイレ介助あり。娘の由美さんが明日10時に面会予定。これを家族向けの連絡文に書き換えて。",
        ],
        [
            "{n}『江戸の町と水運』岩波書店、2015年。",
            "第12回{n}賞の受賞作が発表され、新人作家の長編小説が選ばれた。",
            "原作：{n}　制作：東映アニメーション　放送：毎週日曜 午前9時",
        ],
    ),
    "ko_KR": (
        [
            "아래 내용을 정중한 문자로 바꿔 줘: {n}님 관리비 3개월 치 42만 원 미납, 이번 달 말까지 납부 안 하시면 법적 절차 진행 예정.",
            "이 지원서 내용으로 자기소개서 첫 문단 써 줘.\n입사지원서\n성명: {n}\n생년월일: 1995. 8. 3.\n연락처: 010-4827-1953\n주소: 서울특별시 마포구 월드컵북로 21, 302호\n희망 연봉: 4,200만 원",
            "{n} 학생은 부모님이 이혼하신 뒤 할머니와 단둘이 살고 있으며, 급식비 지원 대상임.",
            "우리 팀 {n} 대리가 다음 주에 출산휴가 들어가는데, 팀원들이 같이 보낼 축하 카드 문구 좀 써 줄래? 남편 이름은 준호야.",
        ],
        [
            "독립운동가 {n} 선생(1878~1932)의 생가가 안동에서 일반에 공개됐다.",
            "{n} 선수가 파리 올림픽 양궁 여자 개인전에서 금메달을 땄다.",
            "{n} 서울시장은 16일 기자회견에서 대중교통 요금 인상 계획을 발표했다.",
        ],
    ),
    "vi_VN": (
        [
            "Nhờ bạn soạn giúp một tin nhắn Zalo nhắc chị {n} đóng tiền học thêm tháng 9 cho bé, tổng cộng 1.200.000 đồng, lời lẽ nhẹ nhàng thôi.",
            "Tóm tắt giúp mình phiếu khám này:\nPHIẾU KHÁM BỆNH\nHọ và tên: {n}\nNăm sinh: 1978\nĐịa chỉ: 27 Nguyễn Trãi, Phường 2, Quận 5, TP. Hồ Chí Minh\nSĐT: 0903 125 468\nChẩn đoán: Viêm dạ dày, theo dõi trào ngược",
            "Ghi chú: Anh {n} nợ tiền thuê nhà hai tháng, vợ anh là chị Hạnh hứa sẽ trả dứt điểm trước ngày 15.",
            "Dịch sang tiếng Anh giúp mình:\n\"Kính gửi phòng nhân sự, tôi xin nghỉ phép từ ngày 3/6 đến 7/6 để chăm mẹ mổ ở Hà Nội.\nTrân trọng,\n{n}\nPhòng Kế toán – ĐT: 0912 384 752\"",
        ],
        [
            "Con đường mới mở ở quận Hải Châu, Đà Nẵng được đặt theo tên nhà cách mạng {n}.",
            "Trong tiểu thuyết, {n} là một cô gái miền Tây lên Sài Gòn bán vé số và dần trở thành chủ một tiệm may.",
            "Nhạc sĩ {n}, tác giả của nhiều ca khúc về Hà Nội, đã qua đời ở tuổi 91.",
        ],
    ),
    "id_ID": (
        [
            "Tolong buatkan surat peringatan pertama untuk karyawan kami, {n}, yang sudah lima kali terlambat masuk kerja bulan ini tanpa keterangan.",
            "Tolong cek apakah data di formulir ini sudah lengkap:\nFORMULIR PENDAFTARAN PASIEN\nNama: {n}\nNIK: 3273014506880002\nTanggal lahir: 05-06-1988\nAlamat: Jl. Cihampelas No. 88, Bandung\nNo. HP: 0812-2345-6781\nPenanggung jawab: Dewi (istri)",
            "{n} baru saja bercerai dan kini menanggung cicilan KPR rumah di Bekasi sebesar Rp4.500.000 per bulan sendirian.",
            "Kak, aku mau ngucapin selamat ke tetanggaku {n} yang baru lulus S2 dari UGM. Bisa bantu bikinin kata-kata yang nggak terlalu kaku?",
        ],
        [
            "{n}. 2010. Sejarah Maritim Nusantara. Jakarta: Gramedia Pustaka Utama.",
            "Gubernur {n} meresmikan jalur MRT baru di Jakarta Selatan pada Senin pagi.",
            "Tunggal putra Indonesia, {n}, melaju ke final All England setelah menang rubber game 21-18, 19-21, 21-15.",
        ],
    ),
    "yo_NG": (
        [
            "Jọ̀wọ́ bá mi kọ lẹ́tà sí onílé mi, {n}, pé màá san owó ilé ti oṣù yìí lọ́sẹ̀ tó ń bọ̀.",
            "Ẹ bá mi ṣàyẹ̀wò fọ́ọ̀mù yìí:\nOrúkọ aláìsàn: {n}\nỌjọ́ orí: ọdún 54\nÀdírẹ́sì: 12, Òpópónà Adéolá, Ìbàdàn\nNọ́mbà fóònù: 0803 456 7712\nÀìsàn: ìtọ̀ ṣúgà àti ẹ̀jẹ̀ ríru",
            "{n} ti pàdánù iṣẹ́ rẹ̀ ní báǹkì ní oṣù tó kọjá; ìyàwó rẹ̀, Bíọ́lá, ló ń gbọ́ bùkátà ilé báyìí.",
            "Ẹ jọ̀ọ́ ẹ bá mi túmọ̀ èyí sí Gẹ̀ẹ́sì: \"Ẹ kú àárọ̀ o. Èmi ni {n}, ìyá Tọ́lá ní kíláàsì kẹta. Ọmọ mi ò ní lè wá sí ilé-ìwé lónìí nítorí ibà.\"",
        ],
        [
            "{n} (1904–1987) jẹ́ olóṣèlú àti aṣáájú tó dá ètò ẹ̀kọ́ ọ̀fẹ́ sílẹ̀ ní ìwọ̀-oòrùn Nàìjíríà.",
            "Nínú fíìmù náà, {n} jẹ́ ọdẹ akíkanjú tó lọ gba ọmọ ọba sílẹ̀ lọ́wọ́ àwọn olè.",
            "Ìjọba ìpínlẹ̀ Ọ̀ṣun ti fi orúkọ {n} sọ òpópónà tuntun kan ní Òṣogbo.",
        ],
    ),
    "ig_NG": (
        [
            "Biko, dee ozi m ga-eziga nwanne m nwaanyị, {n}, ka o zitere m ego akwụkwọ ụmụ m, puku naịra iri ise.",
            "Biko nyochaa fọm a:\nAha onye ọrịa: {n}\nAfọ ole: 38\nAdreesị: 7 Okpara Avenue, Enugu\nNọmba ekwentị: 0806 221 4590\nỌrịa: ịba na isi ọwụwa",
            "Di {n} nwụrụ n'afọ gara aga; ugbu a ọ na-azụ ụmụ ya atọ naanị ya n'Onitsha.",
            "Ndewo, abụ m {n}. Ana m arịọ ka unu gbanwee ụbọchị m ga-ahụ dọkịta gaa n'izu na-abịa n'ihi na nwa m Chidi na-arịa ọrịa. Biko dee ya n'asụsụ Bekee.",
        ],
        [
            "{n}. Ala Igbo na Omenala Ya. Enugu: Fourth Dimension Publishers, 1992.",
            "Gọvanọ {n} kwuru na ọchịchị ya ga-arụzi okporo ụzọ niile dị n'Owerri tupu ngwụcha afọ.",
            "\"Onye aghala nwanne ya\" — {n}, n'okwu o kwuru n'ememe Iri Ji, 2019.",
        ],
    ),
    "ha_NG": (
        [
            "Don Allah ka taimake ni in rubuta saƙon ta'aziyya ga maƙwabcina {n}, wanda mahaifiyarsa ta rasu jiya a Kano.",
            "Don Allah ka duba wannan fom ɗin:\nSunan mai nema: {n}\nRanar haihuwa: 12/04/1993\nAdireshi: Lamba 15, Titin Zoo, Kano\nLambar waya: 0803 612 4478\nAiki: Malamin makaranta\nAlbashi a wata: ₦120,000",
            "{n} yana fama da ciwon sukari tun shekarar 2018, kuma matarsa Hauwa ce take kula da shi.",
            "Ina kwana. Ni ne {n}, ɗan kasuwa a Kasuwar Kurmi. Na biya kuɗin ₦45,000 ta banki amma ban sami kayan ba. Don Allah a fassara min wannan zuwa Turanci.",
        ],
        [
            "{n} (1910–1966) ɗan siyasa ne kuma jagora a Arewacin Najeriya.",
            "Ɗan wasan Super Eagles, {n}, ya ci ƙwallaye biyu a wasan da Najeriya ta doke Ghana da ci 3-1.",
            "An buɗe sabuwar makarantar sakandare mai suna {n} Memorial College a garin Zariya.",
        ],
    ),
    "sw": (
        [
            "Naomba uniandikie barua ya kumpongeza mfanyakazi wetu {n} kwa kutimiza miaka kumi kazini katika kampuni yetu hapa Arusha.",
            "Tafadhali fupisha taarifa hii ya mgonjwa:\nJina la mgonjwa: {n}\nUmri: miaka 45\nMakazi: Sinza, Dar es Salaam\nSimu: 0754 318 902\nMalalamiko: maumivu ya kifua na kukohoa kwa wiki mbili\nBima: NHIF",
            "{n} amechukua mkopo wa shilingi milioni 3 kutoka SACCOS ili kumlipia mwanawe Baraka ada ya chuo.",
            "Nisaidie kuandika upya ujumbe huu kwa lugha rasmi: \"Habari, mimi ni {n}, nimehamia Nyali, Mombasa, naomba mbadilishe anwani yangu kwenye akaunti ya benki. Namba yangu ya simu ni 0722 418 553.\"",
        ],
        [
            "Hakimiliki © {n}, 2015. Kimechapishwa na Mkuki na Nyota Publishers, Dar es Salaam.",
            "Mwanariadha {n} alishinda mbio za mita 10,000 katika Mashindano ya Dunia mjini Eugene, Oregon.",
            "Mkurugenzi Mtendaji wa kampuni hiyo, {n}, alisema faida imeongezeka kwa asilimia 12 mwaka huu.",
        ],
    ),
}


# Round 20: written by two new writers, who had read nothing of the repository
# (4 personal and 3 public sentences per locale, one personal sentence a
# third-person note of a private fact with no request, three different kinds
# of public context per locale, varied across locales, no other name in a
# public sentence); the holdout
# from its commit until 2026-12-07 (a sixteenth session), when round 21
# replaced it and it moved to tune.
SEEN_20 = {
    "en_US": (
        [
            "Can you help me write a polite reply to {n}? They want the security deposit for the apartment on Maple Street back in full and I need to explain the deductions for the carpet damage without sounding rude.",
            "Draft a referral letter to endocrinology from this:\nPatient: {n}\nDOB: 03/14/1987\nInsurance: Aetna PPO\nReason for visit: follow-up on elevated A1C, discuss metformin dosage",
            "{n} has been on intermittent FMLA leave since March to drive a parent to chemo appointments and will be out again the week of the 12th.",
            "hey so my coworker {n} keeps taking credit for my slides in standup, how do i bring it up with Jessica without it being weird",
        ],
        [
            "Copyright © 2021 {n}. All rights reserved. No part of this publication may be reproduced without written permission.",
            "Senator {n} announced Tuesday that the bill would be reintroduced in committee after the August recess.",
            "The {n} Memorial Scholarship is awarded each spring to a graduating senior who plans to study nursing.",
        ],
    ),
    "en_GB": (
        [
            "Dear {n},\n\nFurther to our telephone conversation this morning, I am writing to confirm that your council tax reduction has been backdated to 1 April.\n\nCould you tidy this up so it sounds a bit less stiff?",
            "can u write a quick msg to the letting agent saying {n} in flat 4 has had damp and black mould in the bedroom since November and nobody has come round to look at it",
            "{n} – Year 9, tutor group 9R. Mum rang re: ongoing bullying on the school bus; safeguarding lead informed, follow-up meeting Thursday.",
            "Please summarise this email for me:\n\nHi Priya,\n\nJust chasing invoice INV-20931, which is now 45 days overdue. Could you let me know when payment is scheduled?\n\nKind regards,\n{n}\nAccounts Payable",
        ],
        [
            "{n} (2019) Coastal Erosion and Community Resilience in East Anglia. Cambridge: Cambridge University Press.",
            "{n} finished fourth in the 1500 metres at the Commonwealth Games in Birmingham, missing out on a medal by less than a second.",
            "In the novel, {n} is a disgraced Victorian surgeon who returns to Whitby to investigate a string of drownings.",
        ],
    ),
    "ga_IE": (
        [
            "An féidir leat ríomhphost béasach a scríobh dom? Tá {n} ag iarraidh an cruinniú a bhogadh go Déardaoin, ach níl mé saor an lá sin.",
            "Líon isteach an fhoirm iarratais seo dom, le do thoil:\nAinm: {n}\nDáta breithe: 12/05/1991\nSeoladh: 14 Bóthar na Trá, Gaillimh\nUimhir PSP: 1234567TA",
            "Tá {n} as láthair ón obair ó mhí Eanáir mar gheall ar thinneas; cheadaigh an dochtúir trí seachtaine eile saoire breoiteachta.",
            "Aistrigh an teachtaireacht seo go Béarla, le do thoil:\n\nA Aoife, a chara,\nGo raibh míle maith agat as an gcabhair leis an gcíos an mhí seo. Íocfaidh mé ar ais thú Dé hAoine.\n\nLe meas,\n{n}",
        ],
        [
            "Rugadh {n} i gContae Mhaigh Eo sa bhliain 1847, le linn an Ghorta Mhóir.",
            "Dúirt an tAire Sláinte, {n}, go gcuirfear 500 leaba bhreise ar fáil in ospidéil na tíre roimh an ngeimhreadh.",
            "Scríobh {n} an t-úrscéal Cois Farraige, a bhuaigh duais mhór liteartha sa bhliain 2015.",
        ],
    ),
    "es_ES": (
        [
            "¿Me ayudas a redactar un correo para el casero? Quiero explicarle que {n} ya no vive en el piso desde octubre y que la fianza se tiene que devolver a mi cuenta.",
            "Hazme un informe de derivación con estos datos:\nNombre y apellidos: {n}\nDNI: 47382915K\nFecha de nacimiento: 22/09/1979\nMotivo de la consulta: dolor lumbar crónico, solicita derivación a traumatología",
            "{n} ha solicitado una reducción de jornada por cuidado de su hijo menor a partir del 1 de febrero; pendiente de firma por parte de RRHH.",
            "oye resúmelo q no tengo tiempo:\nHola Lucía, te escribe {n} por lo de Pablo: mañana no podrá ir a la excursión porque tiene fiebre, el jueves os llevo la autorización firmada. Gracias!",
        ],
        [
            "«Este acuerdo marca un antes y un después para la compañía», ha declarado {n}, presidente de Grupo Iberlínea, durante la presentación de resultados.",
            "El Ayuntamiento ha aprobado por unanimidad dar el nombre de {n} a una calle del barrio de las Delicias.",
            "El equipo dirigido por {n} identificó en 2008 una proteína clave en la regeneración del tejido cardíaco.",
        ],
    ),
    "pt_BR": (
        [
            "me ajuda a responder essa msg? {n} do 402 tá cobrando de novo a taxa extra do condomínio e eu já paguei em março, tenho o comprovante",
            "Monta uma carta de solicitação de reembolso pro plano com esses dados:\nNome completo: {n}\nCPF: 318.492.057-60\nData de nascimento: 05/11/1990\nPlano: Unimed Enfermaria",
            "{n} está com três parcelas do financiamento do carro em atraso e pediu renegociação; aguardando retorno do gerente da agência.",
            "Pode deixar esse e-mail mais formal?\n\nOi Renata, tudo bem?\nPreciso do atestado médico do Caio até sexta pra justificar as faltas na escola.\nValeu,\n{n}",
        ],
        [
            "O novo álbum de {n}, gravado em Salvador, estreou em primeiro lugar nas plataformas de streaming.",
            "Morreu neste domingo, aos 89 anos, {n}, um dos nomes mais importantes da arquitetura moderna brasileira.",
            "Em coletiva no Palácio dos Bandeirantes, {n} anunciou a ampliação do passe livre estudantil a partir de julho.",
        ],
    ),
    "fr_FR": (
        [
            "tu peux m'aider à écrire un mot pour l'école ? je voudrais prévenir que {n} ne pourra pas venir à la sortie scolaire de jeudi à cause d'un rendez-vous chez l'orthophoniste",
            "Bonjour {n},\n\nSuite à notre entretien du 14 mars, nous avons le regret de vous informer que votre candidature n'a pas été retenue pour le poste de chargé de clientèle.\n\nPeux-tu reformuler ce mail pour qu'il soit plus chaleureux ?",
            "{n} – arrêt maladie prolongé jusqu'au 30 avril (lombalgie), reprise prévue en mi-temps thérapeutique.",
            "Liste des participants au covoiturage de samedi :\n- Julien Roux\n- {n}\n- Camille\nPeux-tu me faire un tableau avec les horaires et les points de départ ?",
        ],
        [
            "{n}, « La mémoire des ports atlantiques », Revue d'histoire maritime, n° 18, 2014, p. 45-72.",
            "Porté par {n} dans le rôle principal, le film a remporté le Prix du jury au Festival de Cannes.",
            "En 1842, {n} installe à Lyon l'un des tout premiers ateliers de photographie du pays.",
        ],
    ),
    "it_IT": (
        [
            "Ciao, mi aiuti a scrivere una mail all'amministratore di condominio? {n} dell'interno 7 continua a parcheggiare nel mio posto auto e non risponde ai messaggi.",
            "Prepara una richiesta di visita specialistica con questi dati:\nNominativo: {n}\nCodice fiscale: BNCLRA84B57F205X\nData di nascita: 17/02/1984\nEsenzione ticket: 048",
            "{n} ha un mutuo residuo di 86.000 euro con scadenza 2039 e due rate non pagate da gennaio.",
            "scrivimi una risposta gentile ma ferma a questo messaggio:\nciao sono {n}, mi presti di nuovo 200 euro? te li ridò a fine mese giuro, chiedi pure a Giulia",
        ],
        [
            "Il Premio {n} per la giovane poesia verrà consegnato quest'anno a Mantova, nella cornice di Palazzo Te.",
            "{n} ha chiuso la tappa dolomitica al secondo posto, a dodici secondi dalla maglia rosa.",
            "«La bellezza è una forma di resistenza.» — {n}",
        ],
    ),
    "de_DE": (
        [
            "Kannst du mir helfen, eine Antwort an die Hausverwaltung zu formulieren? Es geht um die Nebenkostenabrechnung von {n}, die ist dieses Jahr um 600 € gestiegen.",
            "Bitte formuliere daraus einen kurzen Arztbrief:\nName: {n}\nGeburtsdatum: 08.07.1992\nKrankenkasse: TK\nDiagnose: V.a. Bandscheibenvorfall L5/S1\nÜberweisung an: Orthopädie",
            "{n} pflegt seit Januar die Mutter zu Hause (Pflegegrad 3) und hat deshalb die Arbeitszeit auf 25 Stunden reduziert.",
            "hey, kurze frage: wie sag ich {n} am besten, dass ich beim umzug am samstag doch nicht helfen kann? Lena hat auch schon abgesagt und ich will nicht, dass es komisch wird",
        ],
        [
            "„Wir investieren bewusst in den Standort Deutschland“, sagte {n}, CEO der Nordwerk AG, bei der Vorstellung der Jahreszahlen in Hamburg.",
            "Die Grundschule am Stadtpark trägt seit 1998 den Namen {n}.",
            "{n} entdeckte 1931 an der Universität Göttingen einen bis dahin unbekannten Mechanismus der Enzymhemmung.",
        ],
    ),
    "nl_NL": (
        [
            "Kun je een nette mail voor me schrijven naar de school? {n} uit groep 6 wordt al weken gepest op het schoolplein en juf Anouk doet er niks aan.",
            "Beste {n},\n\nHierbij ontvangt u een aanmaning voor de openstaande factuur van € 412,50.\n\nKun je dit korter en vriendelijker maken?",
            "{n} heeft een betalingsregeling afgesproken met de Belastingdienst: € 150 per maand tot december 2025.",
            "Ticket #48213\nMelder: {n}\nOmschrijving: laptop start niet meer op na Windows-update, blauw scherm.\nKun je hier een standaardantwoord voor de klant bij schrijven?",
        ],
        [
            "Het bekendste schilderij van {n} hangt sinds 1954 in het Rijksmuseum.",
            "In het boek vlucht hoofdpersoon {n} in de hongerwinter van 1944 vanuit Rotterdam naar het platteland.",
            "Wethouder {n} opende vrijdag het vernieuwde stationsplein in Zwolle.",
        ],
    ),
    "sv_SE": (
        [
            "Kan du hjälpa mig skriva ett mejl till hyresvärden? {n} i lägenheten under oss har haft en vattenläcka sedan i söndags och nu droppar det i vårt badrum också.",
            "Skriv en kort remiss utifrån det här:\nNamn: {n}\nPersonnummer: 19850412-3391\nVårdcentral: Högsbo\nÄrende: förnyelse av recept på Levaxin",
            "{n} har varit sjukskriven på heltid sedan oktober på grund av utmattningssyndrom.",
            "Kan du sammanfatta det här mejlet?\n\nHej Johan!\nJag kan tyvärr inte komma på föräldramötet på torsdag, men skicka gärna protokollet efteråt.\n\nMvh\n{n}",
        ],
        [
            "Källa: {n}, Svensk industrihistoria 1870–1930 (Stockholm: Norstedts, 2003), s. 112.",
            "– Vi ser en stark efterfrågan i hela Norden, säger {n}, vd för Nordbygg AB, i samband med kvartalsrapporten.",
            "{n}, en av Sveriges mest folkkära skådespelare, har avlidit i en ålder av 91 år.",
        ],
    ),
    "pl_PL": (
        [
            "Pomóż mi napisać grzeczną skargę do spółdzielni: pod czternastką mieszka {n} i od miesiąca remontuje mieszkanie do 22:00, a administracja nic z tym nie robi.",
            "uzupełnij mi wniosek o dodatek mieszkaniowy na podstawie tego:\nImię i nazwisko: {n}\nPESEL: 88031207345\nAdres: ul. Lipowa 8/3, 30-001 Kraków\nDochód netto: 3 200 zł",
            "{n} zalega z czynszem za trzy miesiące; spółdzielnia wysłała już przedsądowe wezwanie do zapłaty.",
            "Przetłumacz to na angielski:\n\nSzanowni Państwo,\nw załączeniu przesyłam zaświadczenie o zarobkach oraz umowę o pracę. W sprawach podatkowych proszę o kontakt z moją księgową, Ewą Kowalczyk.\n\nZ poważaniem\n{n}",
        ],
        [
            "Mistrzostwa Europy w Rzymie: złoto w rzucie młotem dla Polski, zwycięża {n} z wynikiem 80,12 m.",
            "Tekst i zdjęcia: {n}. Wszelkie prawa zastrzeżone.",
            "Minister zdrowia {n} zapowiada zmiany w systemie zapisów do lekarzy specjalistów.",
        ],
    ),
    "cs_CZ": (
        [
            "Můžeš mi pomoct napsat slušnou, ale ráznou odpověď? {n} z účtárny mi pořád posílá podklady pozdě a já to pak musím dodělávat o víkendu.",
            "Potřebuju z toho sepsat žádost o prodloužení nájemní smlouvy:\nNájemce: {n}\nByt: 2+1, Vinohradská 48, Praha 2\nSmlouva končí: 31. 8. 2024",
            "{n} je od března v pracovní neschopnosti po operaci kolene, návrat do práce se čeká nejdřív v červnu.",
            "Prosím přepiš to formálněji, je to pro paní učitelku:\n\nDobrý den, Matěj je nemocný, zítra ani pozítří nepřijde do školy. Omluvenku donesu pak.\n{n}",
        ],
        [
            "Hlavní postavou románu je {n} a děj se odehrává v pohraničí na podzim roku 1938.",
            "Za objevem, který změnil léčbu dětské leukémie, stojí {n} z Ústavu organické chemie a biochemie AV ČR.",
            "Koncert: {n} – klavírní recitál, Rudolfinum, 14. října v 19:30.",
        ],
    ),
    "ru_RU": (
        [
            "Помоги составить претензию в управляющую компанию. Над нами живёт {n}, и уже третий раз за месяц нас заливает, а УК ничего не делает.",
            "Заполни, пожалуйста, заявление на отпуск по этим данным:\nСотрудник: {n}\nДолжность: бухгалтер\nПериод: с 15.07 по 28.07\nОснование: ежегодный оплачиваемый отпуск",
            "{n} с февраля на больничном после инсульта; семья просит не звонить до конца месяца.",
            "перескажи коротко, что хотят в родительском чате:\nДобрый вечер! Это {n}, председатель родкомитета. Собираем по 1500 ₽ на подарок Анне Сергеевне к выпускному, переводить до пятницы.",
        ],
        [
            "«Хорошая наука начинается с неудобного вопроса». — {n}",
            "В московском драматическом театре состоялась премьера нового спектакля; режиссёр-постановщик — {n}.",
            "Глава Минфина {n}: дефицит бюджета в этом году не превысит 2% ВВП.",
        ],
    ),
    "uk_UA": (
        [
            "Допоможи написати заяву директору школи про переведення дитини в паралельний клас. Дані дитини: {n}, 7-Б клас, причина — конфлікт з однокласниками.",
            "Переклади англійською, будь ласка:\n\nШановні колеги,\nнадсилаю скан паспорта та довідку про доходи для оформлення іпотеки.\n\nЗ повагою,\n{n}",
            "{n} має інвалідність ІІ групи і з 2021 року отримує пенсію по інвалідності.",
            "слухай, допоможи ввічливо відмовити: {n} знову просить позичити 5 тисяч, а попередній борг досі не повернуто. Олег каже взагалі не відповідати, але мені якось незручно",
        ],
        [
            "{n}. Історія українського козацтва. — Київ : Либідь, 2009. — 512 с.",
            "{n} виграє етап Кубка світу з біатлону в Обергофі і піднімається на третє місце в загальному заліку.",
            "Персональна виставка: {n}. Живопис 1960–1990-х років. Національний художній музей України, до 30 вересня.",
        ],
    ),
    "el_GR": (
        [
            "Γράψε μου μια ευγενική απάντηση σε αυτό το μήνυμα:\n\nΚαλησπέρα σας, ονομάζομαι {n} και ενδιαφέρομαι για το διαμέρισμα στην Καλαμαριά. Είναι ακόμα διαθέσιμο; Έχω και ένα μικρό σκυλάκι.",
            "Συμπλήρωσε την αίτηση με τα παρακάτω:\nΟνοματεπώνυμο: {n}\nΑΦΜ: 123456789\nΔιεύθυνση: Ερμού 25, Αθήνα\nΑιτία: επίδομα στέγασης",
            "{n} – διάγνωση διαβήτη τύπου 2 τον Μάρτιο, ξεκίνησε μετφορμίνη 850 mg δύο φορές ημερησίως.",
            "Κάνε το πιο επίσημο:\n\nΓεια σου Ελένη, δεν θα μπορέσω να έρθω στη σύσκεψη αύριο γιατί έχω ραντεβού στην τράπεζα για το δάνειο.\nΕυχαριστώ,\n{n}",
        ],
        [
            "Σκηνοθεσία: {n}\nΔιάρκεια: 104′\nΒραβείο Καλύτερης Ταινίας, Φεστιβάλ Κινηματογράφου Θεσσαλονίκης 2019",
            "{n} (1798–1865) πήρε μέρος στην Επανάσταση του 1821 και αργότερα εξελέγη βουλευτής Ναυπλίου.",
            "{n} και η ερευνητική ομάδα του Πανεπιστημίου Κρήτης εντόπισαν ένα νέο ένζυμο που διασπά τα μικροπλαστικά.",
        ],
    ),
    "tr_TR": (
        [
            "Merhaba, komşum {n} her gece geç saatlere kadar yüksek sesle müzik dinliyor. Site yönetimine bir şikâyet dilekçesi yazabilir misin?",
            "Bu bilgilerle bir kira sözleşmesi taslağı hazırlar mısın:\nAd Soyad: {n}\nDoğum Tarihi: 14.03.1987\nT.C. Kimlik No: 38475912046\nAdres: Bahçelievler Mah. 12. Sokak No: 7, Ankara",
            "{n} geçen hafta bel fıtığı ameliyatı oldu ve iki hafta raporlu; eşi Ayşe de işten çıkarıldığı için kirayı ödemekte zorlanıyorlar.",
            "Şu maili daha resmi hale getirir misin:\n“Selam, toplantıyı perşembeye aldık, dosyaları ekte gönderiyorum. Görüşmek üzere,\n{n}”",
        ],
        [
            "© 2019 {n}. Tüm hakları saklıdır. Bu kitabın hiçbir bölümü yayıncının yazılı izni olmadan çoğaltılamaz.",
            "Milli atlet {n}, Avrupa Şampiyonası'nda 400 metre engellide altın madalya kazanarak yeni bir Türkiye rekoru kırdı.",
            "Belediye meclisi, ilçedeki yeni ortaokula ünlü şair {n} adının verilmesine karar verdi.",
        ],
    ),
    "ar_AA": (
        [
            "مرحباً، أريد أن أكتب رسالة اعتذار إلى {n} لأنني نسيت موعد الاجتماع أمس. ساعدني بصياغة لطيفة وغير رسمية.",
            "الرجاء تعبئة نموذج طلب الإجازة بهذه البيانات:\nالاسم الكامل: {n}\nالرقم الوظيفي: 20417\nتاريخ الميلاد: 1990/06/22\nسبب الإجازة: مرافقة الوالدة في المستشفى",
            "ملف {n}: تشخيص بمرض السكري منذ خمس سنوات، والمتابعة مع الدكتورة سلمى في عيادة الحي، مع تأخر في سداد قسط القرض السكني مرتين هذا العام.",
            "لخّص لي هذا البريد ثم اقترح رداً قصيراً:\n«حضرة العميل المحترم، نود إعلامكم بأن طلب التمويل السكني المقدم باسم {n} ما زال قيد المراجعة، وسنتواصل معكم خلال عشرة أيام عمل.»",
        ],
        [
            "في كتابه «تاريخ المدن الأندلسية» (بيروت، 1978)، يذهب {n} إلى أن قرطبة كانت أكبر مدن أوروبا في القرن العاشر.",
            "صرّح وزير الخارجية {n} في مؤتمر صحفي اليوم بأن المفاوضات ستُستأنف الأسبوع المقبل في جنيف.",
            "نعت الأوساط الفنية الموسيقار {n} الذي رحل عن عمر ناهز الثمانين بعد مسيرة حافلة بأكثر من مئتي لحن.",
        ],
    ),
    "fa_IR": (
        [
            "سلام، یه پیام تبریک تولد برای {n} بنویس، همکار قدیمی‌مه؛ خیلی رسمی نباشه ولی محترمانه باشه.",
            "لطفاً این صورت‌جلسه رو خلاصه کن:\nحاضرین: مریم، رضا، {n}\nموضوع: تأخیر در پرداخت حقوق آبان و درخواست وام ضروری",
            "{n} از ماه پیش به خاطر افسردگی تحت درمان است و فعلاً با پدر و مادرش در کرج زندگی می‌کند.",
            "یک نامهٔ رسمی به مدیر مدرسه بنویس که فرزندم {n} به دلیل بیماری از شنبه تا سه‌شنبه نمی‌تواند سر کلاس حاضر شود.",
        ],
        [
            "«آزادی را نمی‌توان هدیه گرفت؛ باید آن را آموخت.» — {n}، سخنرانی در دانشگاه تهران، ۱۳۵۷",
            "فیلم تازهٔ {n} در بخش مسابقهٔ جشنوارهٔ فیلم فجر، سیمرغ بلورین بهترین کارگردانی را از آن خود کرد.",
            "ریاضی‌دان ایرانی {n} با اثبات این قضیه در هندسهٔ جبری، برندهٔ یکی از معتبرترین جوایز بین‌المللی ریاضیات شد.",
        ],
    ),
    "he_IL": (
        [
            "היי, תעזור לי לנסח הודעה לבעל הדירה, {n}? אני צריך לדחות את תשלום שכר הדירה של החודש בשבוע בגלל עיכוב במשכורת.",
            "שם מלא: {n}\nתאריך לידה: 03/11/1979\nמספר זהות: 031456782\nקופת חולים: מכבי\nאבחנה: לחץ דם גבוה\nתכתוב לי מזה סיכום קצר לרופא המשפחה.",
            "הערה: {n} – חוב של 40,000 ש״ח לבנק, עיקול על החשבון מאז מרץ. האחות, רותם, ערבה להלוואה.",
            "תכתוב לי תשובה מנומסת ללקוח:\n“שלום, ההזמנה שלי לא הגיעה כבר שבועיים ואף אחד לא עונה בטלפון. מספר הזמנה 88412.\nבברכה,\n{n}”",
        ],
        [
            "פרס {n} לספרות עברית יוענק השנה בטקס שייערך במוזיאון תל אביב לאמנות.",
            "בסדרה החדשה של כאן 11, {n} הוא בלש ציני שחוזר לירושלים כדי לפענח רצח ישן.",
            "“אנחנו גאים להשיק את המוצר בשלושים מדינות במקביל,” אמר {n}, מנכ״ל החברה, בהודעה לעיתונות.",
        ],
    ),
    "hi_IN": (
        [
            "मेरे किरायेदार {n} ने पिछले तीन महीने से किराया नहीं दिया है, उन्हें एक विनम्र लेकिन सख़्त नोटिस लिखने में मदद करो।",
            "कृपया इस जानकारी से स्कूल के लिए छुट्टी का आवेदन पत्र लिखिए:\nछात्र का नाम: {n}\nकक्षा: 7 ब\nकारण: डेंगू बुखार, डॉक्टर ने दस दिन आराम की सलाह दी है",
            "{n} की माँ का पिछले महीने घुटने का ऑपरेशन हुआ था, इसलिए छह हफ़्ते का वर्क फ्रॉम होम मंज़ूर हुआ है; घर का ख़र्च अभी उनके भाई सुनील उठा रहे हैं।",
            "भाई, ये मैसेज थोड़ा ढंग से लिख दो: “नमस्ते {n} जी, आपके लोन की दो EMI बाकी हैं, कृपया इस हफ़्ते तक जमा कर दें।”",
        ],
        [
            "स्वतंत्रता सेनानी {n} ने 1930 में नमक सत्याग्रह के दौरान अपने ज़िले से पदयात्रा का नेतृत्व किया था।",
            "प्रसिद्ध शास्त्रीय गायक {n} का नया एल्बम ‘राग यमन’ आज सभी स्ट्रीमिंग प्लेटफ़ॉर्म पर जारी हो गया।",
            "{n} (2015). भारतीय ग्रामीण अर्थव्यवस्था: एक अध्ययन. नई दिल्ली: राजकमल प्रकाशन.",
        ],
    ),
    "en_IN": (
        [
            "Hi, can you draft a reply to our society secretary? Maintenance for flat B-402 (owner: {n}) was already paid on 5th March itself, UPI ref no. 410293847561. Keep it firm but polite.",
            "Please prepare a salary certificate in the below format:\nEmployee Name: {n}\nEmployee Code: INF-20931\nDesignation: Senior Associate\nPAN: BQWPK4521L\nMonthly CTC: Rs. 84,500",
            "{n} has been on leave since 12th Jan due to mother's cancer treatment at the hospital in Parel; all paid leaves are exhausted and a salary advance of Rs. 2 lakh was approved by Kavita in HR last month.",
            "Kindly revert with the corrected invoice at the earliest.\n\nThanks & Regards,\n{n}\nAccounts Dept., Shree Balaji Traders, Pune\n\n^ make this email sound more polite",
        ],
        [
            "{n} scored a brilliant 112 off 98 balls as India chased down 287 against Australia in Mumbai on Sunday.",
            "Chief Election Commissioner {n} announced that polling in the state will be held in five phases starting 19th April.",
            "The municipal corporation has renamed the stretch from Andheri station to the flyover as {n} Marg, in honour of the late freedom fighter.",
        ],
    ),
    "zh_CN": (
        [
            "帮我给房东写条微信，就说我是502的租户{n}，热水器又坏了，麻烦他这周末找师傅来修一下。",
            "请根据以下信息帮我写一份请假条：\n姓名：{n}\n部门：财务部\n请假时间：6月3日至6月7日\n事由：母亲住院需要陪护",
            "{n}上个月确诊了肺癌，目前在肿瘤医院做化疗，家里还欠着十几万的网贷，主要靠哥哥刘军帮忙还。",
            "老师您好，我是{n}的妈妈，孩子这两天发烧，明天想请一天假，麻烦您了！\n——帮我把这段话改得更得体一点",
        ],
        [
            "中国科学院院士{n}因在量子通信领域的开创性研究，荣获本年度国家最高科学技术奖。",
            "在小说《长河落日》中，{n}是一个从山村走出来的年轻记者，最终揭开了化工厂污染的真相。",
            "本书版权归作者{n}所有，未经书面许可，任何单位和个人不得以任何形式转载或复制。",
        ],
    ),
    "ja_JP": (
        [
            "{n}様\n\nいつもお世話になっております。先日ご依頼いただいたお見積もりの件でご連絡いたしました。\n\n↑この書き出しで、納品が一週間遅れることをお詫びするメールを書いてください。",
            "介護施設の申込書用に、以下を見やすく整理して：\n氏名：{n}\n生年月日：昭和18年4月2日\n要介護度：2\n既往歴：脳梗塞（令和3年）",
            "{n}さんは先月から休職中。うつ病の診断書が出ていて、現在は実家で母親の久美子さんと暮らしているとのこと。",
            "同僚の{n}さんが来月で退職するので、寄せ書きに書く短いメッセージを3パターンくらい考えてほしい。",
        ],
        [
            "{n}の長編小説『海辺の駅』が、今年の本屋大賞にノミネートされた。",
            "日本を代表する映画監督の{n}氏が、東京都内の病院で死去した。84歳だった。",
            "{n}官房長官は午前の記者会見で、新たな経済対策を月内に取りまとめる考えを示した。",
        ],
    ),
    "ko_KR": (
        [
            "{n}님, 안녕하세요. 지난번 상담하신 전세자금 대출 건으로 서류가 몇 가지 더 필요해서 연락드렸습니다.\n→ 이 문자 좀 더 부드럽게 다듬어 줘",
            "이력서 양식 좀 채워줘\n성명: {n}\n생년월일: 1992년 8월 15일\n연락처: 010-4821-7730\n희망 직무: 물류 관리",
            "{n} 씨는 지난달 교통사고로 허리를 다쳐 아직 통원 치료 중이고, 카드값이 밀려 신용점수가 많이 떨어졌다고 함.",
            "우리 반 학부모 단톡방에 올릴 공지 써줘. 다음 주 현장학습 때 {n} 어머님이 간식을 준비해 주신다는 내용이고, 담임은 박지은 선생님이야.",
        ],
        [
            "배우 {n} 주연의 드라마 〈봄날의 기억〉이 공개 일주일 만에 넷플릭스 글로벌 순위 1위에 올랐다.",
            "“실패는 끝이 아니라 방향을 바꾸라는 신호다.” — {n}",
            "조선 후기 실학자 {n}의 저서에는 토지 제도 개혁에 관한 구체적인 방안이 담겨 있다.",
        ],
    ),
    "vi_VN": (
        [
            "Viết giúp em tin nhắn nhắc {n} trả tiền nhà tháng này với, trễ hai tuần rồi mà em ngại nói thẳng quá.",
            "Họ và tên: {n}\nNgày sinh: 12/09/1995\nSố CCCD: 001095023418\nQuê quán: Nam Định\nViết giúp tôi đơn xin nghỉ phép 5 ngày dựa trên thông tin trên.",
            "{n} đang nợ ngân hàng khoảng 300 triệu vì vay mua nhà, mẹ là bà Lan vừa mổ tim nên tháng này đã xin ứng trước lương.",
            "Kính gửi cô giáo chủ nhiệm,\nTôi là phụ huynh của em {n} lớp 4A. Cháu bị sốt nên xin phép cho cháu nghỉ học hôm nay.\nTrân trọng.\n\nSửa lại cho đúng chính tả và lịch sự hơn giúp mình.",
        ],
        [
            "Đường {n} ở quận 1 vừa được lát lại vỉa hè và trồng thêm hàng cây xanh.",
            "Vận động viên {n} đã giành huy chương vàng môn cử tạ tại SEA Games, đồng thời phá kỷ lục khu vực.",
            "{n} (2018), Lịch sử kinh tế Việt Nam thời kỳ Đổi mới, Nhà xuất bản Chính trị Quốc gia, Hà Nội.",
        ],
    ),
    "id_ID": (
        [
            "Tolong buatkan surat keterangan kerja untuk karyawan kami atas nama {n}, yang sudah bekerja sebagai staf gudang sejak Maret 2018.",
            "Bu, maaf ganggu malam2. Anak saya {n} besok ga masuk sekolah dulu karena diare. Surat dokternya nyusul ya 🙏\n\nbantu rapikan pesan ini biar lebih sopan",
            "{n} menunggak cicilan KPR selama empat bulan dan rumahnya di Bekasi sudah mendapat surat peringatan kedua dari bank.",
            "Tiket #48213\nPelapor: {n}\nKeluhan: saldo e-wallet terpotong Rp750.000 tapi transaksi gagal\nDitangani oleh: Rina (CS)\n\nTolong buat ringkasan dan draf balasan untuk pelanggan ini.",
        ],
        [
            "“Kami menargetkan ekspansi ke 50 kota baru tahun depan,” ujar {n}, Direktur Utama perusahaan, dalam siaran pers hari Senin.",
            "Penghargaan {n} untuk jurnalisme investigatif tahun ini diberikan kepada sebuah media lokal di Makassar.",
            "Spesies anggrek baru dari Papua itu pertama kali dideskripsikan oleh ahli botani {n} dalam sebuah jurnal internasional.",
        ],
    ),
    "yo_NG": (
        [
            "Ẹ jọ̀ọ́, ẹ bá mi kọ lẹ́tà ìdúpẹ́ sí {n} tí ó ràn wá lọ́wọ́ nígbà ìsìnkú bàbá wa.",
            "Orúkọ: {n}\nỌjọ́ ìbí: 7/5/1988\nÌlú: Ìbàdàn\nIṣẹ́: olùkọ́\nẸ bá mi kọ lẹ́tà ìbéèrè fún iṣẹ́ pẹ̀lú àwọn àlàyé wọ̀nyí.",
            "{n} ti wà ní ilé ìwòsàn láti ọ̀sẹ̀ tó kọjá nítorí àrùn ẹ̀jẹ̀ ríru, ẹ̀gbọ́n rẹ̀ Fúnmi ló sì ń san owó ìtọ́jú.",
            "Ẹ kú àárọ̀ {n}, ẹ jọ̀ọ́ ẹ rántí pé ìpàdé àwọn òbí yóò wáyé ní ilé ìwé ní ọjọ́ Ẹtì.\n\nṢe àtúnṣe sí ọ̀rọ̀ yìí kó lè dùn ún kà.",
        ],
        [
            "Olórin jùjú {n} ṣe àgbéjáde àwo orin tuntun rẹ̀ ní Èkó ní ọjọ́ Àbámẹ́ta tó kọjá.",
            "{n} jẹ́ ọ̀kan lára àwọn akíkanjú tí wọ́n jà fún òmìnira Nàìjíríà kí ó tó di ọdún 1960.",
            "Nínú ìwé ìtàn àròsọ náà, {n} jẹ́ ọdẹ tí ó wọ inú igbó lọ láti wá ọmọ ọba tí ó sọnù.",
        ],
    ),
    "ig_NG": (
        [
            "Nyere m aka dee ozi WhatsApp m ga-eziga {n}, ka m rịọ ya ka o nyeghachi m ego o binyere n'aka m n'ọnwa Mee.",
            "{n} nọ n'ụlọ ọgwụ kemgbe izu gara aga n'ihi ọrịa shuga, ma nwanne ya nwaanyị Adaeze na-akwụ ụgwọ ọgwụ ya.",
            "Aha ụmụaka ndị ga-aga njem ụlọ akwụkwọ:\n1. Chidi\n2. {n}\n3. Amaka\nBiko dee akwụkwọ ikike ndị nne na nna ga-abịanye aka na ya.",
            "Ndewo oga m,\nAgaghị m enwe ike ịbịa ọrụ taa n'ihi na ahụ adịghị m.\nNke gị,\n{n}\n\nTụgharịa ozi a gaa n'asụsụ Bekee.",
        ],
        [
            "Akwụkwọ akụkọ ifo {n} dere banyere agha Biafra nwetara ihe nrite mba ụwa n'afọ gara aga.",
            "Gọvanọ {n} kwuru na ọchịchị ya ga-arụzi okporo ụzọ niile dị na steeti ahụ tupu njedebe afọ a.",
            "Onye egwuregwu bọọlụ {n} tinyere goolu abụọ mgbe Super Eagles meriri Ghana n'asọmpi ahụ.",
        ],
    ),
    "ha_NG": (
        [
            "Rubuta min amsa mai ladabi ga korafin da muka samu daga {n} cewa kayan da aka saya ba su iso ba tun kwana goma.",
            "An kwantar da {n} a asibiti tun makon da ya gabata saboda ciwon sukari, kuma Hauwa ce take biyan kuɗin magani.",
            "Suna: {n}\nRanar haihuwa: 15/10/1985\nGari: Kano\nSana'a: kasuwanci\nKa rubuta min takardar neman bashi daga banki da waɗannan bayanai.",
            "Salam, na tura kuɗin makarantar Aisha zuwa asusunka. Ka sanar da ni idan ya shiga.\n{n}\n\nFassara wannan saƙon zuwa Turanci.",
        ],
        [
            "Ministan kuɗi, {n}, ya bayyana cewa gwamnati za ta fara biyan sabon albashin ma'aikata daga wata mai zuwa.",
            "Fim ɗin Kannywood da {n} ya bayar da umarni ya lashe kyautar fim mafi kyau a bikin fina-finan Afirka.",
            "An yi jana'izar fitaccen mawaƙin nan {n} a garinsu bayan rasuwarsa yana da shekara 78.",
        ],
    ),
    "sw": (
        [
            "Naomba uniandikie ujumbe mfupi wa pole kwa jirani yangu {n}, amefiwa na mama yake jana usiku.",
            "Jina kamili: {n}\nTarehe ya kuzaliwa: 02/04/1990\nNamba ya simu: 0754 318 902\nMahali anapoishi: Sinza, Dar es Salaam\nNisaidie kujaza fomu ya kupangisha nyumba kwa taarifa hizi.",
            "{n} amekopa shilingi milioni tatu kutoka SACCOS ili kulipia matibabu ya mtoto wake, na dada yake Rehema ndiye mdhamini wa mkopo huo.",
            "Habari {n},\nTunakukumbusha kuwa deni lako la shilingi 450,000 linapaswa kulipwa kabla ya tarehe 30 mwezi huu.\n\nFanya barua pepe hii iwe na lugha ya upole zaidi.",
        ],
        [
            "Mwanariadha {n} alishinda medali ya dhahabu katika mbio za mita 10,000 kwenye Michezo ya Jumuiya ya Madola.",
            "Riwaya ya kwanza ya {n} imetafsiriwa katika lugha kumi na inasomwa katika shule za sekondari Afrika Mashariki.",
            "Shule ya Sekondari {n} ilipewa jina hilo kwa heshima ya mpigania uhuru aliyezaliwa katika kijiji hicho.",
        ],
    ),
}


# Round 21: written by two new writers, who had read nothing of the repository
# (4 personal and 3 public sentences per locale, one personal sentence a
# third-person note of a private fact with no request, three different kinds
# of public context per locale, varied across locales, no other name in a
# public sentence); the holdout
# from its commit until 2026-12-08 (a seventeenth session), when round 22
# replaced it and it moved to tune.
SEEN_21 = {
    "en_US": (
        [
            "Can you help me write a polite email to my landlord {n} asking to push the rent due date to the 5th? My paycheck doesn't clear until the 3rd this month and I don't want a late fee again.",
            "PATIENT INTAKE FORM\nName: {n}\nDOB: 03/14/1987\nInsurance: Blue Cross Blue Shield PPO, Member ID XHK448120937\nReason for visit: recurring migraines, worse in the mornings\nEmergency contact: Denise Carter (sister), (614) 555-0192",
            "lol did u see what {n} posted in the team channel?? pretty sure that's a resignation letter. tell Marcus before standup",
            "Manager note 11/02: {n} disclosed that they are going through a divorce and requested reduced hours through the end of the year. Approved pending FMLA paperwork from HR.",
        ],
        [
            "Senator {n} (D-Ohio) told reporters Tuesday that the infrastructure bill would not reach the floor before the August recess.",
            "{n}. 2019. The Long Road Home: Migration and Memory in the American South. Chapel Hill: University of North Carolina Press.",
            "Students at {n} High School in Tulsa raised more than $40,000 for the Community Food Bank of Eastern Oklahoma this spring.",
        ],
    ),
    "en_GB": (
        [
            "Could you reword this so it sounds less passive-aggressive? It's to {n} in accounts: 'As per my last email, the invoice for March is still outstanding and I'd appreciate an update by Friday.'",
            "TENANCY AGREEMENT – SCHEDULE 1\nTenant: {n}\nProperty: Flat 4B, 27 Harrington Road, Leeds LS6 2QT\nTerm: 12 months from 01/09/2024\nMonthly rent: £895.00\nDeposit: £1,030.00 (protected with the DPS)",
            "hiya, is {n} still coming to the pub quiz tonight or shall i ask Gemma to fill in? need to tell the Red Lion by 6",
            "District nurse visit 14/03: {n} reports increased breathlessness on exertion and has stopped using the home oxygen overnight. Daughter present during visit. GP informed; review booked for next Tuesday.",
        ],
        [
            "{n} took gold in the 1500m at the Commonwealth Games in Birmingham, crossing the line in 3:30.12 after a blistering final lap.",
            "In the third series of the BBC drama, Detective Inspector {n} finally confronts the corrupt superintendent at the heart of the Salford investigation.",
            "The Costa Book of the Year has been awarded to {n} for a debut novel set in the shipyards of post-war Glasgow.",
        ],
    ),
    "ga_IE": (
        [
            "Can you draft a short email to {n} from the parents' association at St. Brigid's NS in Castlebar, thanking them for organising the cake sale? We raised €1,240 for the new sensory room.",
            "Foirm Chláraithe – Gaelscoil na Cille\nAinm an dalta: {n}\nDáta breithe: 12/05/2016\nRang: Rang a Trí\nSeoladh: 14 Bóthar na Trá, Gaillimh\nUimhir éigeandála: 087 123 4567",
            "story lads, is {n} still on for the match in Croker sat? Ciarán has a spare ticket if not, grand either way",
            "Nóta cáis 03/10: Chuir {n} in iúl dúinn go bhfuil riaráistí cíosa de €2,300 ann ar an teach i gCorcaigh, agus tá coinne socraithe le MABS don tseachtain seo chugainn.",
        ],
        [
            "Rugadh {n} (1879–1916) i gCill Airne, Co. Chiarraí; tá dánta an fhile fós ar churaclam na hArdteistiméireachta.",
            "The {n} Memorial Lecture will be delivered in the Long Room Hub at Trinity College Dublin on 14 March, marking the centenary of the writer's birth.",
            "Scannán nua ar TG4: “An Cuan”\nStiúrthaóir: {n}\nAr siúl Déardaoin ag 21:30, le fotheidil i mBéarla.",
        ],
    ),
    "es_ES": (
        [
            "¿Me ayudas a redactar un correo para mi responsable, {n}, pidiéndole dos días de asuntos propios para el puente de diciembre? Que suene formal pero sin pasarse.",
            "PARTE DE SINIESTRO – SEGURO DE HOGAR\nTomador: {n}\nDNI: 47382915K\nDirección: C/ Ruzafa 23, 4.º B, 46004 Valencia\nFecha del siniestro: 18/02/2024\nDescripción: rotura de tubería en el baño con daños en el techo del vecino del 3.º B",
            "oye sabes si {n} viene al final a la cena del viernes?? Lucía dice q nadie le ha contestado jajaja",
            "Nota de RR. HH.: {n} se encuentra de baja por incapacidad temporal desde el 07/03 por una hernia discal. Se estima una duración de seis semanas; las guardias de fin de semana se reparten entre el resto del equipo.",
        ],
        [
            "Ha muerto {n}, figura clave de la abstracción española, a los 91 años en Cadaqués; su obra forma parte de la colección permanente del Museo Reina Sofía.",
            "El sello Subterfuge publica el 12 de abril «Mar de fondo», el nuevo disco de {n}, grabado entre Madrid y Lisboa.",
            "El Ayuntamiento de Oviedo descubrió este sábado una estatua de bronce de {n} en el paseo del Bombé, coincidiendo con el centenario de su nacimiento.",
        ],
    ),
    "pt_BR": (
        [
            "Me ajuda a escrever um e-mail pra {n}, do RH, pedindo pra antecipar minhas férias de julho pra junho? Quero algo educado, mas direto.",
            "Cliente: {n}\nCPF: 318.472.905-61\nTelefone: (11) 98734-2210\nPlano: Fibra 500 Mega – R$ 119,90/mês\nStatus: inadimplente desde 10/04/2024\nObs.: pediu renegociação em 3x sem juros",
            "gente, {n} confirmou o churrasco de sábado? a Camila quer saber quanto de carne comprar kkkk",
            "Prontuário – UBS Vila Mariana, 22/05/2024: {n} relata dor torácica há três dias, nega tabagismo, histórico familiar de infarto (pai). Encaminhado(a) ao cardiologista.",
        ],
        [
            "{n} marcou dois gols no segundo tempo e garantiu a vitória do Flamengo por 3 a 1 sobre o Palmeiras no Maracanã.",
            "Na nova novela das nove da Globo, {n} volta ao Recife depois de vinte anos para disputar a herança da família com os irmãos.",
            "© 2023 {n}\nTodos os direitos reservados. Nenhuma parte desta publicação pode ser reproduzida sem autorização prévia, por escrito, da editora.",
        ],
    ),
    "fr_FR": (
        [
            "Tu peux m'aider à reformuler ce mail pour {n} ? Je voudrais décaler notre rendez-vous de jeudi au lundi suivant sans avoir l'air de me défiler : « Bonjour, désolé mais jeudi ce ne sera finalement pas possible… »",
            "Fiche de renseignements – Collège Les Iris, Villeurbanne\nÉlève : {n}\nClasse : 4e B\nDate de naissance : 09/11/2011\nResponsable légal 1 : Sophie Marchand (mère) – 06 12 34 56 78\nRégime : demi-pensionnaire\nAllergies : arachides",
            "slt, {n} t'a rendu les clés de l'appart ou pas ? jsuis devant la porte là et Karim répond pas 😩",
            "Note d'entretien (service RH, 15/01) : {n} signale des difficultés financières importantes suite à une saisie sur salaire et sollicite un acompte sur la paie de février.",
        ],
        [
            "Le musée d'Orsay consacre à partir du 18 mars une grande rétrospective à {n}, réunissant plus de 120 toiles prêtées par des collections du monde entier.",
            "« On ne construit rien de durable sur la peur. » — {n}, discours devant l'Assemblée nationale, 1981",
            "En visite à Rouen ce mardi, {n}, ministre de la Transition écologique, a promis une enveloppe de 40 millions d'euros pour la dépollution de la Seine.",
        ],
    ),
    "it_IT": (
        [
            "Mi aiuti a scrivere una mail formale per {n}? Devo disdire il contratto d'affitto dell'appartamento in via Nizza con tre mesi di preavviso e vorrei che fosse tutto in regola.",
            "FATTURA N. 47/2024\nData: 12/06/2024\nCliente: {n}\nCodice fiscale: PRTGNN79C42F205X\nIndirizzo: Via Saragozza 18, 40123 Bologna\nDescrizione: consulenza fiscale – dichiarazione dei redditi 2023\nImponibile: € 450,00\nIVA 22%: € 99,00\nTotale: € 549,00",
            "raga ma {n} viene stasera al compleanno di Giulia o no? devo confermare il tavolo in pizzeria entro le 6",
            "Nota del medico competente, 03/04/2024: {n} presenta una lombosciatalgia cronica; si prescrive di evitare la movimentazione manuale di carichi superiori a 10 kg per i prossimi sei mesi.",
        ],
        [
            "Il teorema di {n}, dimostrato nel 1934, stabilisce una condizione necessaria e sufficiente per la convergenza uniforme di una serie di funzioni continue.",
            "Il Comune di Torino ha intitolato a {n} la piazza di fronte alla nuova biblioteca civica di Borgo San Paolo.",
            "Regia: {n}\nSceneggiatura: tratta dall'omonimo romanzo\nProduzione: Rai Cinema, 2022\nDurata: 118'",
        ],
    ),
    "de_DE": (
        [
            "Kannst du mir helfen, eine Nachricht an {n} zu formulieren? Ich muss absagen, weil ich am Samstag doch nicht beim Umzug helfen kann, will aber nicht unhöflich rüberkommen.",
            "Personalstammblatt\nName: {n}\nPersonalnummer: 004817\nEintrittsdatum: 01.10.2019\nAbteilung: Logistik, Standort Duisburg\nSteuerklasse: III\nKrankenkasse: AOK Rheinland/Hamburg\nKinder: 2",
            "hey, weißt du ob {n} heute ins büro kommt? brauch dringend den schlüssel für den serverraum und Tobi ist im urlaub",
            "Aktennotiz 22.08.: {n} hat heute telefonisch mitgeteilt, dass die Mietrückstände in Höhe von 2.340 € bis Ende September nicht beglichen werden können. Ratenzahlung wurde angeboten.",
        ],
        [
            "Zur Stabilität ungeordneter Spinsysteme bei tiefen Temperaturen\n{n}\nMax-Planck-Institut für Festkörperforschung, Stuttgart\nEingegangen am 14.03.2021",
            "Der Deutsche Buchpreis 2024 geht an {n} für den Roman „Die Stille nach dem Fluss“, wie der Börsenverein am Montagabend in Frankfurt bekanntgab.",
            "{n} (1848–1921) gründete in Chemnitz eine der ersten Werkzeugmaschinenfabriken Sachsens und beschäftigte um 1900 über 2.000 Arbeiter.",
        ],
    ),
    "nl_NL": (
        [
            "Kun je deze mail aan {n} wat vriendelijker maken? 'Ik heb de betaling nog steeds niet ontvangen, graag per omgaande overmaken.' Het is een vaste klant, dus ik wil het niet verpesten.",
            "Huurovereenkomst woonruimte\nHuurder: {n}\nAdres: Oudegracht 112-bis, 3511 AV Utrecht\nIngangsdatum: 1 februari 2024\nKale huur: € 1.150,- per maand\nServicekosten: € 65,- per maand\nWaarborgsom: € 2.300,-",
            "hee is {n} er morgen ook bij de borrel? dan neem ik die fles wijn mee die nog in de kast staat, Sanne vroeg ernaar",
            "Verslag huisbezoek wijkteam 09-10: {n} is sinds de scheiding alleen verantwoordelijk voor drie kinderen en heeft een betalingsachterstand van vijf maanden bij de zorgverzekeraar. Aanmelding schuldhulpverlening in gang gezet.",
        ],
        [
            "{n} (2017). De polder en de macht: bestuurlijke verhoudingen in Holland, 1500–1800. Amsterdam: Boom.",
            "Kamerlid {n} (GroenLinks-PvdA) diende dinsdag een motie in om de huurtoeslag voor studenten met ingang van 2025 te verhogen.",
            "In het park aan de Singel in Dordrecht werd zaterdag een bronzen standbeeld van {n} onthuld, precies honderd jaar na de geboorte van de verzetsstrijder.",
        ],
    ),
    "sv_SE": (
        [
            "Kan du hjälpa mig skriva ett mejl till {n} på förskolan? Vi ska hämta Elsa tidigare på fredag, kl. 14, eftersom vi åker till Göteborg.",
            "Skadeanmälan – hemförsäkring\nFörsäkringstagare: {n}\nPersonnummer: 19850412-3376\nSkadedatum: 2024-01-17\nSkadehändelse: inbrott i källarförråd, Vasagatan 9, Uppsala\nStulet: cykel, vinterdäck, verktygslåda\nUppskattat värde: 14 500 kr",
            "tja! har {n} svarat om padel på torsdag? annars frågar jag Jonte, han är alltid sugen",
            "Anteckning, avd. 34, 2024-03-05: {n} har sedan i går kväll svårt att äta och dricka, anhöriga underrättade. Palliativt konsultteam kontaktat.",
        ],
        [
            "I den nya deckarserien från Fjällbacka jagar kriminalinspektör {n} en seriemördare som lämnar snäckskal vid sina offer.",
            "”Vinterljus”, debutalbumet av {n}, släpps den 3 maj på Playground Music och finns då på alla streamingtjänster.",
            "{n} vann Vasaloppet på 3:58:12 efter en avgörande spurt på upploppet i Mora.",
        ],
    ),
    "pl_PL": (
        [
            "Pomóż mi przeredagować tego maila, żeby brzmiał bardziej profesjonalnie. Adresat: {n}, kierownik działu kadr.\n„Dzień dobry, chciałbym zapytać czy mogę wziąć urlop na żądanie w piątek, bo mam sprawę w urzędzie.”",
            "Karta pacjenta – Przychodnia Zdrowie, Piotrkowska 45, Łódź\nImię i nazwisko: {n}\nPESEL: 86031204567\nRozpoznanie: nadciśnienie tętnicze\nLeki: amlodypina 5 mg 1x dziennie\nUczulenia: penicylina",
            "ej wiesz czy {n} będzie jutro na imprezie u Kaśki? bo nie wiem ile piwa brać xd",
            "Notatka służbowa, 12.02.2024: {n} od trzech tygodni przebywa na zwolnieniu lekarskim po operacji kolana; przewidywany powrót do pracy – początek kwietnia.",
        ],
        [
            "{n} (1867–1934) – jedna z czołowych postaci warszawskiego pozytywizmu; grób znajduje się na Cmentarzu Powązkowskim.",
            "„Wolność nie jest dana raz na zawsze, trzeba ją codziennie odzyskiwać.” – {n}",
            "Muzeum Narodowe w Krakowie zaprasza na wystawę „{n}. Malarstwo i rysunek 1905–1939”, czynną do 30 czerwca w Gmachu Głównym.",
        ],
    ),
    "cs_CZ": (
        [
            "Můžeš mi pomoct napsat omluvný e-mail? Příjemce: {n}, vedoucí oddělení. Nestihl jsem odevzdat podklady k rozpočtu do pátku a potřebuju si vyjednat prodloužení do středy.",
            "Evidenční list zaměstnance\nJméno a příjmení: {n}\nRodné číslo: 880714/2231\nZdravotní pojišťovna: VZP (111)\nNástup: 1. 3. 2022\nPracovní pozice: účetní\nBankovní účet: 123456789/0800",
            "čau, nevíš jestli {n} přijde v sobotu na grilovačku? Petra se ptá kolik má koupit masa",
            "Záznam sociální pracovnice, 7. 11. 2023: {n} uvádí, že dluží na nájemném přibližně 38 000 Kč a pronajímatel již podal výpověď z nájmu. Doporučena dluhová poradna.",
        ],
        [
            "© {n}, 2021\nIllustrations © Albatros Media a. s., 2021\nISBN 978-80-00-06123-4",
            "S hlubokým zármutkem oznamujeme, že dne 3. 5. 2024 nás ve věku 84 let navždy opustila výrazná osobnost české grafiky: {n}.",
            "Cenu Magnesia Litera za prózu letos přebírá {n} za román „Tichá voda“, příběh jedné rodiny z šumavského pohraničí.",
        ],
    ),
    "ru_RU": (
        [
            "Помоги написать сообщение в WhatsApp. Кому: {n}, наш репетитор по английскому. Нужно вежливо перенести занятие с четверга на субботу и спросить, можно ли в 11:00.",
            "Анкета пациента\nФИО: {n}\nДата рождения: 17.09.1979\nПолис ОМС: 7750 1234 5678 9012\nАдрес: г. Казань, ул. Кремлёвская, д. 12, кв. 45\nЖалобы: головокружение, слабость, давление до 160/100",
            "слушай а {n} будет завтра на планёрке? мне отчёт отдать надо, а Серёга опять трубку не берёт",
            "Служебная записка от 14.03.2024: {n} с 1 марта находится на больничном в связи с госпитализацией; по словам родственников, выход на работу ожидается не ранее апреля.",
        ],
        [
            "Глава Минприроды {n}: «Очистные сооружения Байкальска будут достроены к 2026 году»",
            "Влияние низких температур на прочность сварных соединений трубопроводов\n{n}\nИнститут физики прочности и материаловедения СО РАН, г. Томск\nПоступила в редакцию 12.05.2022",
            "В новом сериале Первого канала следователь {n} расследует серию поджогов в подмосковном дачном посёлке.",
        ],
    ),
    "uk_UA": (
        [
            "Допоможи написати ввічливий лист. Кому: {n}, класний керівник 7-Б класу. Треба попередити, що син не буде в школі з 12 по 16 лютого через поїздку до бабусі в Житомир.",
            "Договір оренди квартири № 15/24\nОрендар: {n}\nАдреса обʼєкта: м. Київ, вул. Велика Васильківська, 54, кв. 7\nСтрок оренди: з 01.03.2024 по 28.02.2025\nОрендна плата: 14 000 грн на місяць\nЗаставна сума: 14 000 грн",
            "привіт! {n} буде на дні народження в суботу? Оля питає, скільки людей рахувати в кафе",
            "Запис у медичній картці, 05.04.2024: {n} скаржиться на безсоння та тривожність після повернення з фронту; направлено до психолога.",
        ],
        [
            "{n}. Історія Галичини в документах і спогадах. — Львів : Видавництво Старого Лева, 2019. — 384 с.",
            "{n} здобуває золото чемпіонату Європи з легкої атлетики у стрибках у висоту з особистим рекордом",
            "Національний художній музей України представляє ретроспективу «{n}. Живопис, графіка, кераміка» — до 30 червня, вхід за квитками від 150 грн.",
        ],
    ),
    "el_GR": (
        [
            "Μπορείς να με βοηθήσεις να γράψω ένα email; Παραλήπτης: {n}, λογιστήριο της εταιρείας. Θέλω να ζητήσω αντίγραφο της βεβαίωσης αποδοχών για το 2023, για τη φορολογική δήλωση.",
            "Αίτηση μεταφοράς παροχής ρεύματος\nΟνοματεπώνυμο πελάτη: {n}\nΑΦΜ: 128456739\nΔιεύθυνση ακινήτου: Εγνατία 87, 54635 Θεσσαλονίκη\nΑρ. παροχής: 2 15432876-01 8\nΤηλέφωνο: 6944 123456",
            "ρε συ, έρχεται τελικά {n} το Σάββατο στο τραπέζι; ο Γιώργος θέλει να κλείσει ταβέρνα στο Πειραιά",
            "Σημείωμα προϊσταμένου, 18/09/2023\nΕργαζόμενος/η: {n}\nΖήτησε άδεια άνευ αποδοχών τριών μηνών λόγω σοβαρής ασθένειας γονέα. Η αίτηση εγκρίθηκε από τη Διεύθυνση Προσωπικού.",
        ],
        [
            "«Η θάλασσα δεν ανήκει σε κανέναν· μόνο τη δανειζόμαστε.» — {n}",
            "Το Ίδρυμα «{n}» χορηγεί φέτος 40 υποτροφίες σε φοιτητές από την Ήπειρο, ύψους 3.000 ευρώ η καθεμία.",
            "Σκηνοθεσία: {n}\nΠαραγωγή: ΕΡΤ, Ελληνικό Κέντρο Κινηματογράφου\nΔιάρκεια: 104'\nΠρεμιέρα: 64ο Φεστιβάλ Κινηματογράφου Θεσσαλονίκης",
        ],
    ),
    "tr_TR": (
        [
            "Şu e-postayı daha kibar bir dille yeniden yazar mısın?\nAlıcı: {n}\nKonu: Kira ödemesi gecikmesi\n\"Merhaba, mart ayı kirası hâlâ hesabıma yatmadı, en geç cuma gününe kadar ödemenizi rica ediyorum.\"",
            "HASTA KABUL FORMU\nAdı Soyadı: {n}\nT.C. Kimlik No: 38*******42\nDoğum Tarihi: 14.07.1986\nŞikâyet: 3 gündür süren baş ağrısı ve bulantı\nAlerji: Penisilin\nAcil durumda aranacak kişi: Serkan Demir (eşi) – 0532 418 77 09",
            "abi {n} bugün de gelmedi işe, telefonu da açmıyo. sen bi ara arar mısın? ben Burak'a da yazdım cevap yok",
            "Personel notu (İK): {n}, 02.09.2024 tarihinden itibaren ücretsiz izinde olup izin bitiminde yarı zamanlı çalışma talebinde bulunmuştur. SGK bildirimi buna göre güncellenecek.",
        ],
        [
            "{n}, Osmanlı'dan Cumhuriyet'e İstanbul'da Mahalle Kültürü, İletişim Yayınları, İstanbul, 2019, s. 112.",
            "Milli atlet {n}, Ankara'da düzenlenen Balkan Şampiyonası'nda 400 metre engellide 49.12'lik derecesiyle altın madalya kazandı.",
            "Kadıköy Belediye Meclisi, Moda'daki sokaklardan birine şair {n} adının verilmesine oy birliğiyle karar verdi.",
        ],
    ),
    "ar_AA": (
        [
            "ساعدني في صياغة رسالة بريد إلكتروني رسمية إلى الموظف {n} أبلغه فيها بأن طلب إجازته السنوية من 10 إلى 24 أغسطس قد تمت الموافقة عليه، مع تذكيره بتسليم ملفات المشروع إلى زميله خالد الحربي قبل مغادرته.",
            "نموذج مطالبة تأمين\nاسم المؤمَّن عليه: {n}\nرقم الوثيقة: MTR-2291-0045\nتاريخ الحادث: 03/11/2024\nالموقع: الطريق الدائري الشمالي، الرياض\nوصف الضرر: صدمة في الباب الخلفي الأيمن\nالمبلغ المطالب به: 7,850 ريال سعودي",
            "يا جماعة مين عنده رقم {n}؟ بدي أسأله عن موعد الاجتماع بكرة 😅",
            "ملاحظة الأخصائية الاجتماعية: {n} متأخر في سداد ثلاثة أقساط من قرض السكن، وأفاد بأنه فقد عمله في مصنع الإسمنت منذ شهرين ويعيل أربعة أطفال.",
        ],
        [
            "وُلد الرحالة {n} (1304–1377) في طنجة، وجاب خلال نحو ثلاثين عامًا بلدان المشرق وأفريقيا وآسيا.",
            "أعلنت لجنة تحكيم جائزة الرواية العربية في دورتها الجديدة فوز الروائي {n} عن روايته «ظلال النخيل».",
            "«القراءة نافذة لا يستطيع أحد أن يغلقها.» — {n}",
        ],
    ),
    "fa_IR": (
        [
            "لطفاً این پیام را رسمی‌تر بازنویسی کن، می‌خواهم برای {n} بفرستم:\n«سلام، قرارداد اجاره تا آخر شهریور تمام می‌شود و صاحبخانه گفته اجاره را ۳۰ درصد بالا می‌برد. اگر موافقید تا هفته بعد خبر بدهید.»",
            "پرونده دانش‌آموز\nنام و نام خانوادگی: {n}\nپایه: نهم\nمدرسه: دبیرستان البرز، منطقه ۶ تهران\nنام ولی: محمدرضا کاظمی\nتلفن همراه ولی: ۰۹۱۲۳۴۵۶۷۸۹\nملاحظات: نیاز به کلاس جبرانی ریاضی",
            "سلام بچه‌ها، {n} امشب تولدشه 🎂 ساعت ۸ کافه لمیز جمع شیم؟ کسی کادو گرفته؟",
            "یادداشت پرستار – بخش قلب: {n} از دیشب دچار تنگی نفس شده، فشار خون ۱۶۰/۹۵ ثبت شد و طبق دستور پزشک کشیک داروی ادرارآور شروع شد. همراه بیمار دخترش است.",
        ],
        [
            "فیلمنامه و کارگردانی: {n} — محصول ۱۴۰۲، برنده سیمرغ بلورین بهترین فیلم از چهل‌ویکمین جشنواره فیلم فجر",
            "{n}، «بررسی تأثیر تغییرات اقلیمی بر منابع آب زیرزمینی دشت مشهد»، فصلنامه پژوهش‌های جغرافیایی، دانشگاه تهران، سال ۵۴، شماره ۲، تابستان ۱۴۰۱.",
            "تندیس برنزی {n}، شاعر نامدار قرن هشتم، در میدان اصلی شیراز رونمایی شد.",
        ],
    ),
    "he_IL": (
        [
            "תוכל לעזור לי לנסח מייל אל {n} ממחלקת הכספים? אני רוצה לבקש בנימוס שיעבירו את ההחזר על הוצאות הנסיעה לאילת (1,240 ₪) עוד החודש, כי זה מתעכב כבר מינואר.",
            "טופס קליטת עובד\nשם מלא: {n}\nמספר ת.ז.: 0********\nתאריך תחילת עבודה: 01/03/2025\nתפקיד: מנהל/ת חשבונות\nסניף: פתח תקווה\nאיש קשר לחירום: אורית לוי (אחות)",
            "אחי ראית את ההודעה של {n} בקבוצה של הבניין? על החניה 😂 מישהו צריך להרגיע שם",
            "סיכום שיחה: {n} דיווח/ה על קשיים כלכליים בעקבות גירושין ומבקש/ת לפרוס את החזר ההלוואה מקרן העובדים לעשרה תשלומים. הועבר לאישור מנהלת משאבי אנוש.",
        ],
        [
            "שר האוצר {n} הודיע היום במליאת הכנסת על הפחתת מע״מ על מוצרי יסוד החל מינואר.",
            "בית הספר היסודי על שם {n} בחיפה חגג השבוע חמישים שנה להיווסדו.",
            "האלבום החדש של {n}, ״אור של בוקר״, יוצא מחר בכל שירותי הסטרימינג.",
        ],
    ),
    "hi_IN": (
        [
            "कृपया {n} को भेजने के लिए एक विनम्र ईमेल लिखो जिसमें बताया जाए कि अगले सोमवार की मीटिंग रद्द हो गई है और नई तारीख़ जल्द ही बताई जाएगी।",
            "किरायेदार सत्यापन फ़ॉर्म\nकिरायेदार का नाम: {n}\nपिता का नाम: रमेश चंद्र शर्मा\nस्थायी पता: ग्राम व पोस्ट बिलासपुर, ज़िला रामपुर, उत्तर प्रदेश\nमासिक किराया: ₹12,000\nपुलिस थाना: सेक्टर 39, नोएडा",
            "यार {n} का फ़ोन नहीं लग रहा, तेरी बात हुई क्या आज? शाम को पार्टी में आ रहे हैं ना सब?",
            "वार्ड नोट: {n}, उम्र 62 वर्ष, को मधुमेह और उच्च रक्तचाप की शिकायत है। कल रात शुगर 310 mg/dL दर्ज हुई, इंसुलिन की खुराक बढ़ाई गई। बेटा सुनील देखभाल के लिए साथ है।",
        ],
        [
            "प्रसिद्ध शास्त्रीय गायक {n} का 84 वर्ष की आयु में वाराणसी में निधन हो गया; उन्हें पद्म विभूषण से सम्मानित किया गया था।",
            "© 2023 {n}। सर्वाधिकार सुरक्षित। प्रकाशक: राजकमल प्रकाशन, नई दिल्ली।",
            "इस वर्ष का {n} स्मृति साहित्य सम्मान भोपाल के भारत भवन में आयोजित समारोह में प्रदान किया जाएगा।",
        ],
    ),
    "en_IN": (
        [
            "Can you rephrase this mail to {n} so it sounds less rude? 'Kindly do the needful and revert back with the pending documents by EOD, otherwise the file will be closed.'",
            "Patient Registration – Apollo Clinic, Koramangala\nName: {n}\nAge: 34\nMobile: +91 98450 21376\nAadhaar (last 4): 7712\nChief complaint: fever with chills since 4 days\nReferred by: Dr. Meera Nair",
            "bro {n} is asking for the PG rent split again 🙄 i already gpay'd 6k last week na. can u check the sheet once",
            "Manager's note: {n} was issued a final warning on 12/08/2024 for repeated unauthorised absence from the Pune office; 5 days of leave without pay will be deducted in the August payroll.",
        ],
        [
            "{n} smashed an unbeaten 112 off 68 balls as Mumbai chased down 201 against Chennai at the Wankhede on Saturday.",
            "The annual {n} Memorial Lecture will be held at IIT Madras on 15 January and is open to all students.",
            "The National Gallery of Modern Art in New Delhi opens a retrospective of works by {n} this Friday, featuring over 120 paintings from the 1960s.",
        ],
    ),
    "zh_CN": (
        [
            "帮我写一封邮件给{n}，语气客气一点，提醒对方本周五之前把第三季度的报销单交到财务部，逾期系统就不再受理了。",
            "客户信息登记表\n姓名：{n}\n手机号：138****6621\n身份证号：3301**********0427\n住址：浙江省杭州市西湖区文三路258号3单元602室\n意向产品：家庭财产保险（年缴¥1,280）\n跟进人：销售部 刘晓东",
            "{n}你到哪了？我们都在火锅店门口等你了哈 快点快点🔥",
            "员工{n}因母亲住院需要长期陪护，已于2024年10月8日提交停薪留职申请，期限三个月，部门经理已签字同意。",
        ],
        [
            "国务院新闻办公室今天举行发布会，商务部副部长{n}介绍了今年前三季度外贸进出口情况。",
            "{n}教育基金会今日在北京宣布成立，首期将资助西部地区一千名乡村教师。",
            "在这部网络小说里，主人公{n}重生回到1998年，决定用前世的记忆改变家族的命运。",
        ],
    ),
    "ja_JP": (
        [
            "取引先の{n}様宛てに、納品が一週間遅れることをお詫びするメールの文面を考えてください。丁寧すぎず、でも失礼のない感じでお願いします。",
            "【入居申込書】\n申込者氏名：{n}\n生年月日：1991年4月18日\n勤務先：株式会社みらい物流 大阪支店\n年収：420万円\n希望物件：グランメゾン天満橋 305号室（家賃8.5万円）\n連帯保証人：山本和夫（父）",
            "{n}さん、明日の飲み会18時半に新宿東口集合でOK？🍻 遅れそうなら連絡してね〜",
            "{n}は先月から腰痛の悪化により週2回の通院を続けており、産業医の意見書に基づき、当面は重量物の運搬業務から外すこととした。",
        ],
        [
            "2024年本屋大賞は、{n}の長編小説『海のない町』に決定した。",
            "「失敗は、挑戦した者だけが手にできる勲章だ」――{n}",
            "東京国立近代美術館では、日本画家{n}の没後50年を記念した回顧展が6月2日まで開催されている。",
        ],
    ),
    "ko_KR": (
        [
            "{n} 팀장님께 보낼 메일 좀 다듬어 줘. 다음 주 화요일 오후 2시 회의를 목요일로 옮길 수 있는지 정중하게 여쭤보는 내용이야.",
            "[보험금 청구서]\n피보험자 성명: {n}\n주민등록번호: 850312-*******\n사고일시: 2024.09.21 14:30\n사고장소: 서울특별시 마포구 월드컵북로 396 앞 교차로\n청구 내용: 통원치료비 및 약제비 (₩184,500)",
            "야 {n} 오늘 생일이래ㅋㅋ 단톡에 축하 좀 해줘 케이크는 내가 삼",
            "상담 기록: {n} 씨는 지난달 실직 후 카드 대금 약 1,200만 원이 연체된 상태이며, 배우자 박지현 씨와 별거 중이라고 밝힘.",
        ],
        [
            "{n} 선수가 항저우 아시안게임 수영 자유형 200m 결승에서 1분 44초 40으로 금메달을 차지했다.",
            "각본·감독: {n}\n제작: 바른손이앤에이\n배급: CJ ENM\n2025년 5월 개봉",
            "'한국 현대무용의 대모'로 불린 무용가 {n} 씨가 지난 3일 향년 88세로 별세했다.",
        ],
    ),
    "vi_VN": (
        [
            "Viết giúp mình một email gửi {n} bên phòng nhân sự, xin nghỉ phép 3 ngày từ 15/4 đến 17/4 để về quê Nam Định lo đám giỗ ông nội nhé.",
            "HỢP ĐỒNG THUÊ NHÀ\nBên thuê (Bên B): {n}\nCCCD số: 001********\nĐịa chỉ thuê: Số 12, ngõ 45 đường Láng, Đống Đa, Hà Nội\nGiá thuê: 6.500.000 đồng/tháng\nThời hạn: 12 tháng kể từ ngày 01/06/2024",
            "ê {n} ơi tối nay đi nhậu ko? quán ốc cũ gần hồ Tây nha, 7h tụi tui qua",
            "Ghi chú của quản lý: {n} đã nộp đơn nghỉ việc ngày 03/03/2025 với lý do chuyển vào TP.HCM sống cùng gia đình; bàn giao công việc cho Lê Thị Hồng trước ngày 31/03.",
        ],
        [
            "HĐND thành phố Đà Nẵng vừa thông qua nghị quyết đặt tên đường {n} cho tuyến phố ven sông Hàn dài 1,2 km.",
            "{n} (1802–1867), danh sĩ triều Nguyễn, để lại nhiều tác phẩm thơ văn có giá trị.",
            "Ca sĩ {n} vừa phát hành MV mới mang tên “Mùa thu Hà Nội”, đạt 2 triệu lượt xem sau 24 giờ.",
        ],
    ),
    "id_ID": (
        [
            "Tolong buatkan email resmi untuk Bapak/Ibu {n} dari PT Sinar Jaya, isinya menanyakan status pembayaran invoice no. INV/2024/0917 sebesar Rp18.750.000 yang sudah lewat jatuh tempo.",
            "Data Siswa Baru – SMP Negeri 5 Bandung\nNama lengkap: {n}\nTempat/Tgl lahir: Bandung, 22-02-2012\nNama orang tua/wali: Dedi Supriyadi\nNo. HP: 0812-2345-6789\nAlamat: Jl. Cihampelas No. 88, Coblong",
            "guys {n} udh sampe blm? kita udh di depan bioskop nih, filmnya mulai 15 menit lg 😭",
            "Catatan kunjungan: {n} menunggak cicilan motor selama 4 bulan (total Rp3.600.000) dan menyatakan baru bisa membayar setelah panen bulan Juli.",
        ],
        [
            "Gubernur Jawa Timur {n} meresmikan jembatan penghubung dua kecamatan di Kabupaten Lamongan, Senin (12/8).",
            "{n}. (2022). Dampak Program Keluarga Harapan terhadap Partisipasi Sekolah di Nusa Tenggara Timur. Jurnal Ekonomi Pembangunan, 23(1), 45–61.",
            "Dalam sinetron itu, {n} digambarkan sebagai anak juragan batik dari Pekalongan yang jatuh cinta pada gadis desa.",
        ],
    ),
    "yo_NG": (
        [
            "Jọ̀wọ́ bá mi kọ ìmeèlì kúkúrú sí {n} láti dúpẹ́ fún ìrànlọ́wọ́ rẹ̀ nígbà ìsìnkú bàbá mi ní Ọ̀yọ́ lóṣù tó kọjá.",
            "Fọ́ọ̀mù Ìforúkọsílẹ̀ Aláìsàn\nOrúkọ: {n}\nỌjọ́ orí: 45\nÀdírẹ́sì: Agbègbè Bódìjà, Ìbàdàn\nÌṣòro: ibà àti orí fífọ́ fún ọjọ́ mẹ́ta\nẸni tí a lè pè: Tèmítọ́pẹ́ (ìyàwó)",
            "{n} se o ti de? a ti n duro de e ni oja Bodija o, yara wa jare 😂",
            "Akọsilẹ oṣiṣẹ: {n} ko ti san owo ile fun oṣu mẹrin, o si sọ pe oun ti padanu iṣẹ rẹ ni ile-iṣẹ simẹnti ni Ewekoro.",
        ],
        [
            "{n} (1840–1893) jẹ́ ọ̀kan lára àwọn jagunjagun Ìbàdàn tí ó lókìkí jùlọ ní ọ̀rúndún kọkàndínlógún.",
            "Nínú fíìmù Yorùbá tuntun yìí, {n} ni ọdẹ akíkanjú tó gba ìlú náà lọ́wọ́ àwọn ọ̀tá.",
            "Ẹ̀bùn {n} fún Ewì Yorùbá ni wọ́n fún akéwì ọ̀dọ́ kan ní Ilé-Ifẹ̀ lánàá.",
        ],
    ),
    "ig_NG": (
        [
            "Biko nyere m aka dee ozi email nye {n}, ka m gwa ya na anyị ga-ezute na Enugu na Satọde, ma rịọ ya ka o weta akwụkwọ ala ahụ.",
            "Akwụkwọ ndebanye aha onye ọrịa\nAha: {n}\nAfọ ndụ: 52\nObodo: Nnewi, Anambra\nNsogbu: ọbara mgbali elu na isi ọwụwa\nOnye ikwu a ga-akpọ: Chidinma (nwa ya nwaanyị)",
            "{n} kedu? ị ga-abịa ụka echi? mama sị ka anyị bịa n'oge 🙏",
            "Ndetu onye nlekọta: {n} kwụsịrị ọrụ n'ụlọ ọrụ ahụ n'ọnwa gara aga n'ihi ọrịa shuga, ugbu a ọ na-ebi n'ụlọ nwanne ya nwoke dị na Owerri.",
        ],
        [
            "Ihe oyiyi ọla {n} kwụ n'ihu ụlọ akwụkwọ mahadum dị na Nsukka kemgbe afọ 1986.",
            "{n}, Akụkọ Ala Igbo na Omenala Ya (Onitsha: Africana First Publishers, 1978), p. 45.",
            "Gọvanọ {n} kwupụtara na steeti Imo ga-emeghe ụlọ ọgwụ ọhụrụ iri n'afọ a.",
        ],
    ),
    "ha_NG": (
        [
            "Don Allah ka taimaka min in rubuta saƙon imel zuwa ga {n}, in nemi afuwa saboda ban samu halartar taron ranar Litinin a Kano ba.",
            "Takardar Rijistar Ɗalibi\nSuna: {n}\nAji: JSS 2\nMakaranta: Makarantar Sakandare ta Gwamnati, Zariya\nSunan mahaifi: Malam Ibrahim Sani\nLambar waya: 0803 456 7812",
            "{n} ina kake? mun jira ka a tasha fa, motar Kaduna zata tashi yanzu 😩",
            "Bayanin ma'aikaciyar jinya: {n} na fama da zazzaɓin cizon sauro tun ranar Juma'a, an ba shi magani kuma yana hutawa a gida.",
        ],
        [
            "Ɗan wasan Super Eagles {n} ya ci ƙwallaye biyu a wasan da Najeriya ta doke Ghana da ci 3–1 a Abuja.",
            "“Haƙuri maganin zaman duniya.” — {n}",
            "Asibitin Koyarwa na {n} da ke Sokoto ya fara aikin dashen ƙoda a karon farko.",
        ],
    ),
    "sw": (
        [
            "Naomba unisaidie kuandika barua pepe kwa {n} kumjulisha kwamba kodi ya nyumba itaongezeka hadi TSh 450,000 kuanzia mwezi ujao.",
            "ANKARA Na. 0457\nKwa: {n}\nAnwani: S.L.P. 1123, Arusha\nHuduma: Ukarabati wa mfumo wa umeme\nJumla: TSh 1,350,000\nTarehe ya mwisho ya malipo: 30/06/2024",
            "Mambo {n}! Upo? Tukutane kesho saa nne pale Mlimani City tukanywe kahawa ☕",
            "Kumbukumbu ya afisa ustawi wa jamii: {n} ana deni la mkopo wa SACCOS la shilingi 800,000 na amehamia Mwanza kwa dada yake, Rehema, baada ya kufukuzwa kazi.",
        ],
        [
            "Mwanamuziki mkongwe wa taarab {n} amefariki dunia jana mjini Zanzibar akiwa na umri wa miaka 91.",
            "Shule ya Sekondari {n} mkoani Kilimanjaro imeongoza kitaifa katika matokeo ya kidato cha sita mwaka huu.",
            "Mtunzi wa muziki: {n}\nImetayarishwa na Bongo Media kwa ajili ya televisheni\nHaki zote zimehifadhiwa © 2023",
        ],
    ),
}


# Round 22: written by two new writers, who had read nothing of the repository
# (4 personal and 3 public sentences per locale: a request, a record, form,
# list, e-mail or chat log, an informal message, and a third-person note of a
# private fact with no request; the name in varied places; three different
# kinds of public context per locale, varied across locales, no other name in
# a public sentence); measured at the commit that added it and not looked at
# while tuning.
HOLDOUT = {
    "en_US": (
        [
            "Can you draft a polite email to our landlord explaining that my roommate {n} is moving out on the 30th, and asking how the security deposit will be split between us?",
            "PATIENT INTAKE FORM\nName: {n}\nDOB: 04/17/1986\nInsurance: Aetna PPO, member ID W284719301\nReason for visit: diabetes follow-up, last A1c 8.2\nAllergies: penicillin",
            "{n} just texted me and Kayla, biopsy came back clean!!! 🙏 gonna do tacos this wknd to celebrate, u in?",
            "Unit 4B is two months behind on rent ($3,150 total). Tenant has disclosed a pending Chapter 7 bankruptcy filing; no payment plan agreed yet. Leaseholder on file: {n}.",
        ],
        [
            "Copyright (c) 2019 {n}\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the \"Software\"), to deal in the Software without restriction.",
            "{n} (USA) won the 400m at the Diamond League meet in Eugene in 43.92, a world-leading time this season.",
            "“We are thrilled to expand our Midwest operations and add 300 jobs in Columbus,” said {n}, chief operating officer of Harlan Logistics, in a statement Tuesday.",
        ],
    ),
    "en_GB": (
        [
            "Could you summarise this for me? It's the occupational health report on {n} and I need the key points about the phased return to work before Thursday's meeting with HR.",
            "Hi Sarah,\n\nJust confirming the viewing for Flat 2, 14 Albert Road is booked for Saturday at 11. My guarantor's reference came back fine, so I can pay the holding deposit on the day.\n\nCheers,\n{n}",
            "{n} off sick AGAIN?? third time this fortnight, gaffer's not gonna be happy x",
            "Safeguarding note: {n}, Year 9, disclosed that the family were evicted last week and are currently in temporary B&B accommodation in Luton. DSL informed 10:40.",
        ],
        [
            "Speaking at the dispatch box, {n}, the Shadow Chancellor, accused the government of 'fiscal drift' and called for an emergency Budget.",
            "The Tate Modern retrospective of {n} runs until 14 January, bringing together more than 80 paintings and works on paper.",
            "{n} (2017) Coastal Erosion and Managed Retreat in East Anglia. 2nd edn. Cambridge: Cambridge University Press.",
        ],
    ),
    "ga_IE": (
        [
            "An féidir leat litir ghearr a dhréachtú as Gaeilge chuig an bpríomhoide? Beidh {n} as láthair ón Luan go dtí an Aoine mar go bhfuil coinne ospidéil i nGaillimh.",
            "Foirm Iarratais – Deontas Oiriúnaithe Tí\nAinm: {n}\nSeoladh: 12 Bóthar na Trá, An Spidéal, Co. na Gaillimhe\nPPSN: 1234567TA\nIoncam bliantúil an teaghlaigh: €31,500",
            "lads did anyone hear from {n}? car's after being written off on the Tuam road, grand tho nobody hurt, but the insurance is gonna be savage",
            "Tá {n} ar liosta feithimh an HSE le hocht mí anuas le haghaidh scanadh MRI; tá an cás curtha ar aghaidh chuig an Teachta Dála áitiúil.",
        ],
        [
            "Bhí {n} (1846–1906) ar dhuine de cheannairí Chogadh na Talún i gContae Mhaigh Eo.",
            "Enrolment now open: {n} Community School, Ballinasloe. Oíche oscailte Déardaoin ag 7pm – fáilte roimh chách!",
            "Stiúrthóir: {n}\nLéirithe ag Telegael do TG4\n© 2022 – Gach ceart ar cosaint",
        ],
    ),
    "es_ES": (
        [
            "Redáctame un correo para la gestoría diciendo que {n} ya no trabaja con nosotros desde el 15 de octubre y que hay que tramitar la baja en la Seguridad Social y calcular el finiquito.",
            "Nº expediente | Solicitante | DNI | Estado\n2024/0387 | {n} | 47382915K | Pendiente de documentación (falta certificado de empadronamiento)",
            "tía q fuerte lo de {n}, se ha separado y se vuelve al pueblo con sus padres 😳 no se lo digas a nadie eh",
            "Consta que {n} mantiene una deuda de 2.840 € con la comunidad de propietarios por cuotas impagadas desde marzo de 2023; la junta aprobó reclamarla por vía judicial.",
        ],
        [
            "En la novela, el personaje de {n} regresa a su Cádiz natal tras veinte años de ausencia para investigar la desaparición de un pescador.",
            "El teorema de {n} establece que todo grafo plano sin triángulos admite una coloración con tres colores.",
            "Ha fallecido en Sevilla, a los 87 años, {n}, una de las voces más reconocidas del cante jondo.",
        ],
    ),
    "pt_BR": (
        [
            "Me ajuda a responder esse e-mail da escola? Querem marcar uma reunião sobre o comportamento de {n} em sala e eu só consigo ir depois das 18h.",
            "[14:02] Atendente: Pode me confirmar o nome completo e o CPF?\n[14:03] Cliente: {n}, CPF 382.491.067-12\n[14:03] Cliente: quero negociar a dívida do cartão, tá em R$ 4.700",
            "mano vc viu q {n} passou na federal?? medicina!!! a Bia tb passou, tô mt feliz 😭",
            "{n} recebe auxílio-doença desde agosto e tem retorno ao trabalho previsto para fevereiro, conforme laudo da perícia do INSS.",
        ],
        [
            "A Rua {n}, no bairro de Pinheiros, ficará interditada neste domingo para a feira de artesanato.",
            "Com o gol de {n} aos 43 do segundo tempo, o Fortaleza venceu o Ceará por 1 a 0 no Castelão.",
            "A tela Colheita de Café (1958), de {n}, integra o acervo permanente da Pinacoteca de São Paulo.",
        ],
    ),
    "fr_FR": (
        [
            "Tu peux m'aider à rédiger une lettre de recommandation pour {n} ? J'ai encadré son stage de six mois chez nous, excellent travail sur la refonte du CRM.",
            "DOSSIER DE LOCATION\nCandidat(e) : {n}\nSituation : CDI depuis 2019\nRevenus nets mensuels : 2 450 €\nGarant : Visale",
            "jsp si t'es au courant mais {n} a perdu son taf hier 😕 on se fait un resto samedi pour lui changer les idées, tu viens ?",
            "{n} perçoit le RSA depuis janvier et cumule une dette locative de 1 870 € auprès de Paris Habitat ; la procédure d'expulsion est suspendue pendant la trêve hivernale.",
        ],
        [
            "{n}, Les Paysans de la Gâtine au XVIIIe siècle, Paris, Armand Colin, 1994, p. 212.",
            "Selon {n}, ministre de l'Agriculture, les aides d'urgence seront versées aux éleveurs avant la fin du mois.",
            "Le prix {n} de la jeune poésie sera remis le 12 mars au Théâtre de l'Odéon.",
        ],
    ),
    "it_IT": (
        [
            "Mi aiuti a scrivere una mail al commercialista? Devo chiedergli se posso inserire nel 730 le spese mediche di {n}, che è a mio carico fiscale.",
            "Gentile amministratore,\nLe segnalo di nuovo l'infiltrazione dal soffitto del bagno nell'appartamento interno 7. Allego le foto.\nCordiali saluti,\n{n}\nScala B, int. 7",
            "raga stasera {n} nn viene, ha la febbre a 39 🤒 facciamo domani?",
            "Permesso legge 104 richiesto per assistenza alla madre invalida al 100%; in attesa del verbale INPS. Dipendente: {n}",
        ],
        [
            "Fino al 2 febbraio Palazzo Reale ospita la mostra «{n}. Luce e materia», con oltre novanta opere provenienti da collezioni private.",
            "Quest'opera di {n} è distribuita con Licenza Creative Commons Attribuzione 4.0 Internazionale.",
            "Nel 1848 {n} guidò la rivolta delle Cinque Giornate di Milano contro il governo austriaco.",
        ],
    ),
    "de_DE": (
        [
            "Kannst du mir helfen, eine Antwort an die Hausverwaltung zu formulieren? Es geht um die Nebenkostenabrechnung von {n}, die Nachzahlung von 612 € wirkt viel zu hoch.",
            "Bewerbung | Stelle | Status\n{n} | Sachbearbeitung Lohnbuchhaltung | Absage nach 2. Gespräch (Gehaltsvorstellung 58 T€ zu hoch)",
            "hey weißt du ob {n} die wohnung jetzt doch gekriegt hat? die vermieterin hat wohl wegen der schufa rumgezickt",
            "{n} befindet sich seit dem 3. März in stationärer Behandlung (Psychiatrie, Klinikum Nord); Wiedereingliederung frühestens ab Juni geplant.",
        ],
        [
            "„Wir investieren bis 2027 rund 40 Millionen Euro in den Standort Chemnitz“, sagt {n}, Mitglied der Geschäftsführung der Berger Systemtechnik GmbH.",
            "Ein Film von {n}\nProduziert von X Filme Creative Pool in Koproduktion mit dem ZDF\nDeutschland 2021, 118 Min.",
            "Nach dem Satz von {n} besitzt jede stetige Abbildung einer kompakten konvexen Menge in sich selbst einen Fixpunkt.",
        ],
    ),
    "nl_NL": (
        [
            "Kun je dit WhatsApp-bericht van {n} naar het Engels vertalen? Het gaat over de huurachterstand en ik wil het doorsturen naar de verhuurder in Londen.",
            "Aanmelding nieuwe patiënt\nNaam: {n}\nBSN: 123456782\nGeboortedatum: 12-05-1991\nVorige huisarts: praktijk De Linde, Utrecht\nMedicatie: sertraline 50 mg",
            "heb je {n} nog gesproken? volgens mij gaat t niet zo lekker sinds de scheiding, misschien ff langsgaan dit weekend?",
            "Schuldhulpverlening gemeente Zwolle – {n} heeft een totale schuld van € 14.300 bij zes schuldeisers; WSNP-aanvraag in voorbereiding.",
        ],
        [
            "Op 84-jarige leeftijd is {n} overleden, jarenlang het gezicht van het NOS Journaal.",
            "In de roman volgen we {n}, een jonge veearts die in 1944 onderduikers verbergt op een boerderij in Drenthe.",
            "Zie ook {n} (2020), 'Polderbestuur in de vroegmoderne tijd', Tijdschrift voor Geschiedenis 133 (2), 201–224.",
        ],
    ),
    "sv_SE": (
        [
            "Sammanfatta den här journalanteckningen i tre punkter så jag kan skicka den till Försäkringskassan – den gäller sjukpenningen för {n} från april.",
            "Hej!\nJag vill säga upp mitt hyreskontrakt för lägenheten på Storgatan 14, lgh 1102, med tre månaders uppsägningstid.\nMvh\n{n}\n070-482 91 36",
            "{n} har fått jobb i norge!! flyttar i augusti typ, helt sjukt 😭",
            "Elevhälsan: {n} (åk 8) har hög frånvaro sedan höstlovet; vårdnadshavare kontaktade, orosanmälan skickad till socialtjänsten.",
        ],
        [
            "Finansminister {n} presenterade på tisdagen regeringens vårändringsbudget.",
            "Skulpturen Vågen av {n} avtäcktes vid Göteborgs hamn 1962.",
            "Stiftelsen {n} delar i år ut två miljoner kronor i forskningsanslag till unga cancerforskare.",
        ],
    ),
    "pl_PL": (
        [
            "Napisz proszę oficjalne usprawiedliwienie nieobecności do wychowawczyni. Dane: {n}, klasa 4b, nieobecność 12–14 marca, angina.",
            "Wniosek o dodatek mieszkaniowy\nImię i nazwisko wnioskodawcy: {n}\nPESEL: 85031204567\nLiczba osób w gospodarstwie domowym: 3\nŚredni dochód na osobę: 1 640,00 zł",
            "ej wiesz że {n} ma nową robotę w krakowie? kasa podobno dużo lepsza xd",
            "{n} – zaległości czynszowe 7 320 zł (stan na 31.01); sprawa przekazana do komornika, wniosek o lokal socjalny w trakcie rozpatrywania.",
        ],
        [
            "{n}, Historia Śląska w XIX wieku, Wrocław: Ossolineum, 2008, s. 45.",
            "Mistrzostwa Polski, bieg na 10 000 m – zwycięstwo: {n} (AZS AWF Kraków), czas 28:57,12.",
            "Reżyseria: {n}\nProdukcja: Studio Filmowe Kadr\nPolska 2021, 104 min",
        ],
    ),
    "cs_CZ": (
        [
            "Přelož mi prosím do angličtiny tohle potvrzení o zaměstnání (jméno: {n}), je potřeba k žádosti o vízum do Kanady.",
            "Jméno | Třída | Průměr | Poznámka\n{n} | 3.B | 2,4 | opakované neomluvené absence, pozvat rodiče",
            "hele víš že {n} se rozvádí? fakt jsem to nečekala",
            "{n} má od roku 2022 exekuci kvůli dluhu 85 000 Kč u nebankovní společnosti; insolvenční návrh podán 14. 2.",
        ],
        [
            "© 2023 {n}. Všechna práva vyhrazena.",
            "„Otevření nové linky je pro Plzeň zásadní krok,“ uvádí {n}, mluvčí Škoda Transportation.",
            "Výstava: {n} – Krajiny a portréty\nVeletržní palác, 3. patro, do 28. dubna",
        ],
    ),
    "ru_RU": (
        [
            "Помоги составить вежливое письмо в управляющую компанию. Собственник квартиры 45: {n}. Нужно попросить перерасчёт за отопление за декабрь.",
            "Анкета кандидата\nФИО: {n}\nДата рождения: 14.08.1992\nЖелаемая должность: бухгалтер\nОжидаемая зарплата: 95 000 ₽\nСудимость: нет",
            "прикинь, {n} уезжает в казахстан насовсем, говорит тут работы нет вообще",
            "{n} состоит на учёте у эндокринолога с 2019 года (сахарный диабет 2 типа), инвалидность III группы.",
        ],
        [
            "В центре сюжета романа — персонаж по имени {n}: следователь из Твери получает анонимное письмо о давнем убийстве.",
            "Памяти учёного\n{n}\n(1938–2024)\nАвтор более 200 научных трудов по физике твёрдого тела, почётный профессор МГУ.",
            "Губернатор области {n}: «Новая больница откроется до конца года»",
        ],
    ),
    "uk_UA": (
        [
            "Перевір, будь ласка, чи нормально звучить цей лист до банку щодо реструктуризації кредиту. ПІБ позичальника: {n}, договір № 4471-К від 2021 року.",
            "Доброго дня!\nНадсилаю скан довідки ВПО та паспорта для оформлення на роботу.\nЗ повагою,\n{n}\n+380 67 412 33 08",
            "ти знаєш що {n} повертається з польщі? каже в кракові вже не тягне оренду",
            "Запис психолога: після евакуації з Херсона {n} має порушення сну та панічні атаки; рекомендовано курс КПТ.",
        ],
        [
            "© {n}, 2021. Усі права захищено.",
            "Перше місце у стрибках у висоту: {n} (Дніпро), 2,01 м.",
            "Картина «Соняшники над Дніпром» (1972), автор — {n}, зберігається в Національному художньому музеї України.",
        ],
    ),
    "el_GR": (
        [
            "Γράψε μου ένα σύντομο email προς τον λογιστή. Θέμα: μισθοδοσία Μαρτίου – {n}. Θέλω να ρωτήσω γιατί δεν έχει περαστεί η άδεια ασθενείας.",
            "ΑΙΤΗΣΗ ΕΓΓΡΑΦΗΣ\nΟνοματεπώνυμο: {n}\nΑΜΚΑ: 12038502341\nΤάξη: Β' Λυκείου\nΑλλεργίες: φιστίκια",
            "σου στέλνω την επαφή: {n} 📞 πάρε τηλ εσύ γιατί εμένα δεν μου απαντάει, χρωστάει ακόμα 300€ από το ταξίδι στη Νάξο 😤",
            "{n} (ΑΦΜ 048392716) – οφειλή προς ΔΕΗ 1.240 €, ρύθμιση σε 24 δόσεις, εκκρεμεί αίτηση για ελάχιστο εγγυημένο εισόδημα.",
        ],
        [
            "{n} (1788–1841), ένα από τα ηγετικά πρόσωπα της Επανάστασης του 1821 στη Μάνη.",
            "Πανελλήνιο Πρωτάθλημα Στίβου, 200 μ. – 1η θέση: {n} (Παναθηναϊκός), 20.71",
            "{n} (2016). Η αστική ανάπτυξη της Θεσσαλονίκης, 1912–1940. Αθήνα: Εκδόσεις Πατάκη.",
        ],
    ),
    "tr_TR": (
        [
            "Şu maili daha kibar bir dille yeniden yazar mısın? Müşterimiz {n} iade talebinde bulunmuş ama fatura tarihi 30 günü geçmiş, talebi reddetmemiz gerekiyor.",
            "Kiracı Bilgi Formu\nAdı Soyadı: {n}\nT.C. Kimlik No: 318******52\nDaire: B Blok, No: 7\nAylık kira: 14.500 TL\nDepozito: ödendi",
            "abi bugün {n} ile konuştum, maaş yine yatmamış, kira için bizden borç isticek galiba. Ayşe'ye de söyledim o da bi şey demedi",
            "Performans notu (2023/4. çeyrek): Hedeflerin yalnızca %60'ı tutturuldu, görüşmede ailevi sorunlar ve boşanma süreci dile getirildi. Çalışan: {n}",
        ],
        [
            "Kadıköy Belediyesi, {n} Sokağı'ndaki yol yenileme çalışmalarının cuma günü tamamlanacağını duyurdu.",
            "Süper Lig'in 12. haftasında konuk ekip, 78. dakikada {n} tarafından atılan golle sahadan 2-1 galip ayrıldı.",
            "Şirket adına açıklama yapan Kurumsal İletişim Direktörü {n}, yeni fabrikanın 2025 yılında üretime başlayacağını söyledi.",
        ],
    ),
    "ar_AA": (
        [
            "ممكن تساعدني أكتب ردًا مهذبًا على رسالة {n}؟ المضمون طلب تأجيل دفع إيجار شهر مارس بسبب ظروف عائلية، وأريد الموافقة بشرط السداد قبل نهاية أبريل.",
            "استمارة تسجيل مريض\nالاسم الكامل: {n}\nتاريخ الميلاد: 14/06/1987\nرقم الملف: 55213\nالحساسية: البنسلين\nالطبيب المعالج: د. سامي",
            "يا جماعة حد كلم {n} النهارده؟ التليفون مقفول من امبارح وأنا قلقانة شوية",
            "ملاحظة داخلية: تراكمت على {n} ديون متأخرة بقيمة 8,400 درهم لدى قسم التحصيل، وتم تحويل الملف إلى الشؤون القانونية بتاريخ 3 مارس.",
        ],
        [
            "انظر: {n}، تاريخ المدن العربية في العصور الوسطى، ط2، بيروت: دار النهضة، 1998، ص 211.",
            "نعت وزارة الثقافة اليوم {n}، أحد أبرز الأصوات في الشعر العربي الحديث، بعد مسيرة أدبية امتدت أكثر من ستين عامًا وأكثر من عشرين ديوانًا.",
            "أكدت وزارة المالية، على لسان {n}، أن الحكومة ستخفض ضريبة القيمة المضافة على السلع الأساسية اعتبارًا من الشهر المقبل.",
        ],
    ),
    "fa_IR": (
        [
            "لطفاً این متن رو برای سفارت به انگلیسی ترجمه کن: «بدین‌وسیله گواهی می‌شود که {n} از سال ۱۳۹۸ تاکنون در این شرکت به عنوان حسابدار مشغول به کار است و حقوق ماهیانه ایشان ۴۵ میلیون تومان است.»",
            "فرم پذیرش دانشجو\nنام و نام خانوادگی: {n}\nکد ملی: ۰۰۱۲****۷۸\nرشته: مهندسی عمران\nوضعیت تحصیلی: مشروط (معدل ۱۱٫۲۵)",
            "سلام مریم جون، امروز {n} رو تو مطب دکتر دیدم، انگار حالش اصلاً خوب نبود. تو خبر داری چی شده؟",
            "{n} به علت بدهی معوقه به بانک ممنوع‌الخروج شده و همزمان پرونده طلاقش هم در دادگاه خانواده در جریان است.",
        ],
        [
            "جایزه ادبی {n} امسال به مجموعه داستان «خانه‌ای کنار دریا» اهدا شد.",
            "کارگردان: {n}\nتهیه‌کننده: بنیاد سینمایی فارابی\nمحصول ۱۴۰۱",
            "در فصل سوم کتاب، قضیهٔ {n} دربارهٔ توزیع اعداد اول با جزئیات اثبات شده است.",
        ],
    ),
    "he_IL": (
        [
            "תעזור לי לנסח תשובה למייל של {n}? צריך להסביר בנימוס שהבקשה להחזר כספי נדחתה כי עברו יותר מ-14 יום מהרכישה.",
            "שלום רב,\nמצורפים אישור המחלה ותלושי השכר לחודשים ינואר–מרץ לצורך הגשת התביעה לביטוח לאומי.\nתודה מראש,\n{n}\nטל׳ 052-*******",
            "אחי שמעת מה קרה ל{n}? מכתב פיטורים ביום שישי, בלי שימוע בלי כלום. דנה סיפרה לי, באסה רצח",
            "הערה בתיק: {n} – סוכרת סוג 2 מאובחנת מ-2021, טיפול באינסולין, HbA1c אחרון 8.4%. ביקורת הבאה בעוד שלושה חודשים.",
        ],
        [
            "במוזיאון תל אביב לאמנות נפתחה השבוע תערוכה רטרוספקטיבית של {n}, הכוללת יותר ממאה ציורים ורישומים משנות ה-60 וה-70.",
            "© 2019 {n}. כל הזכויות שמורות. אין להעתיק, לשכפל או להפיץ חלק כלשהו מספר זה ללא אישור בכתב מהמו״ל.",
            "התואר באליפות ישראל בטניס שולחן הלך השנה ל{n}, לאחר ניצחון 3:1 בגמר שנערך ברמת גן.",
        ],
    ),
    "hi_IN": (
        [
            "इस ईमेल का जवाब ड्राफ़्ट कर दो: {n} ने घर में शादी की वजह से छुट्टी की अर्ज़ी दी है, मुझे 5 दिन की मंज़ूरी देनी है लेकिन प्रोजेक्ट की डेडलाइन का ज़िक्र भी करना है।",
            "मरीज़ का नाम: {n}\nउम्र: 46 वर्ष\nवार्ड: जनरल, बेड नं. 12\nनिदान: टाइफ़ाइड\nबीमा: आयुष्मान भारत कार्ड",
            "भाई {n} का कुछ पता चला? तीन महीने से किराया नहीं दिया, मकान मालिक रोज़ मेरे पास आ जाता है 😩 रोहित भी यही बोल रहा था",
            "{n} के पिताजी का पिछले महीने देहांत हो गया और परिवार पर लगभग 3 लाख रुपये का कर्ज़ है। फ़ीस माफ़ी का आवेदन समिति के पास लंबित है।",
        ],
        [
            "लोकसभा में बजट पर चर्चा के दौरान सांसद {n} ने किसानों के लिए न्यूनतम समर्थन मूल्य पर कानून की मांग उठाई।",
            "निर्देशक: {n}\nनिर्माता: सूर्योदय फ़िल्म्स\nरिलीज़: 12 अप्रैल 2024",
            "{n} राजकीय बालिका इंटर कॉलेज का इस वर्ष बोर्ड परीक्षा परिणाम 98 प्रतिशत रहा।",
        ],
    ),
    "en_IN": (
        [
            "Can you help me draft a polite reminder to {n}? EMI for the bike loan I co-signed is pending since two months. Keep it soft, it's family only.",
            "Owner/Tenant Register – Tower C\nFlat No.: C-1104\nOccupant: {n} (Tenant)\nPolice verification: Pending\nMaintenance dues: Rs 18,600 (Apr–Sep)\nContact: 98XXXXXX21",
            "bro {n} ka result aaya kya? heard backlog in 2 subjects again, parents dont know yet 😬",
            "HR note, 14/08: Employee {n} has applied for 6 months unpaid leave citing mother's cancer treatment at Tata Memorial. Reporting manager Priya Nair has recommended approval.",
        ],
        [
            "{n}. (2016). Monsoon Economies: Agriculture and Credit in Colonial Bengal. New Delhi: Oxford University Press.",
            "Applications for the {n} Memorial Scholarship 2025–26 are open till 31st July; students from government schools in Kerala are eligible.",
            "“We are committed to rolling out 5G in every district by March,” said {n}, Chief Executive Officer, in a press release issued in Mumbai on Tuesday.",
        ],
    ),
    "zh_CN": (
        [
            "帮我把这段话改得正式一点，要发给房东：我的室友{n}下个月要搬走，押金能不能先退一半给我们？",
            "员工请假单\n姓名：{n}\n部门：财务部\n请假类型：病假（腰椎间盘突出）\n起止日期：3月4日—3月15日\n审批人：王建国",
            "你们知道吗 {n}又被催债了，昨天还找我借了两千块 说下周还 我感觉悬",
            "{n}于2022年离婚，目前独自抚养两个孩子，每月房贷约6800元，已向工会申请困难补助。",
        ],
        [
            "根据{n}定理，任何满足上述条件的连续函数在闭区间上必有最大值。",
            "小说讲述了年轻医生{n}在西北小镇行医十年的故事，结尾主人公最终选择了留下。",
            "国家博物馆近日推出“{n}书画作品展”，展期至12月31日。",
        ],
    ),
    "ja_JP": (
        [
            "以下のメールを丁寧な敬語に直してください。「{n}様の件ですが、先月分の家賃がまだ振り込まれていません。今週中にご確認ください。」",
            "[10:02] 田中: {n}さんの診断書、届きました？\n[10:05] 佐藤: はい、うつ病で3ヶ月休職です\n[10:06] 田中: 了解、人事に回します",
            "ねえ聞いた？{n}、ついに離婚したらしいよ〜 子どもは向こうが引き取るって",
            "面談記録：{n}（3年B組）は家庭の経済的事情により修学旅行費の分納を希望。保護者とは電話で確認済み。",
        ],
        [
            "本書の無断複写・複製・転載を禁じます。© {n} 2021",
            "監督・脚本：{n}\n製作：株式会社ひかりフィルム\n上映時間：118分",
            "{n}は江戸時代後期の蘭学者で、西洋医学書の翻訳に大きく貢献した人物として知られる。",
        ],
    ),
    "ko_KR": (
        [
            "이 문자 좀 자연스럽게 다듬어 줘: 안녕하세요, {n} 님 보호자입니다. 내일 수술 일정이 변경됐다고 들었는데 정확한 시간 알려주실 수 있을까요?",
            "지원자 평가표\n이름 | 지원 직무 | 1차 면접 | 비고\n{n} | 백엔드 개발 | B+ | 연봉 협상 중, 희망 6,200만 원",
            "야 {n} 걔 요즘 연락 돼? 지난주에 돈 빌려가고 잠수탐 ㅋㅋ 아 진짜 짜증나",
            "상담 메모: 내담자 {n} 씨는 전세 사기 피해로 보증금 1억 2천만 원을 돌려받지 못한 상태이며, 현재 사촌 동생 민지 씨 집에 임시 거주 중.",
        ],
        [
            "전국체전 육상 100m 결승에서 {n} 선수가 10초 21로 대회 신기록을 세우며 금메달을 차지했다.",
            "드라마 《바람의 언덕》은 섬마을 우체국에서 일하는 주인공 {n}의 10년을 그린 작품이다.",
            "제12회 {n} 문학상 수상작으로 장편소설 『겨울 항구』가 선정되었다.",
        ],
    ),
    "vi_VN": (
        [
            "Viết giúp mình email trả lời phụ huynh: em {n} lớp 7A nghỉ học 5 buổi liên tiếp không phép, nhà trường muốn mời gia đình lên trao đổi.",
            "PHIẾU KHÁM BỆNH\nHọ và tên: {n}\nNăm sinh: 1979\nĐịa chỉ: 24 ngõ 112 Định Công, Hoàng Mai, Hà Nội\nChẩn đoán: viêm gan B mạn tính\nBHYT: có",
            "ê m biết gì chưa, {n} nợ tiền hụi gần 200 triệu rồi bỏ trốn vô Sài Gòn á, mấy bà trong xóm đang làm ầm lên",
            "Ghi chú hồ sơ nhân sự: {n} đang thử việc, đi làm muộn hai lần trong tháng 9, chuyên môn tốt nhưng chưa hòa nhập với nhóm. Trưởng nhóm Lan đề xuất gia hạn thử việc thêm 1 tháng.",
        ],
        [
            "Đường {n} đoạn qua quận 1 sẽ cấm xe từ 20h tối nay để phục vụ lễ hội đường phố.",
            "{n} là danh tướng thời Trần, có công lớn trong ba lần kháng chiến chống quân Nguyên – Mông.",
            "Tài liệu tham khảo: {n} (2015), Lịch sử kinh tế Việt Nam 1945–2000, NXB Khoa học Xã hội, Hà Nội.",
        ],
    ),
    "id_ID": (
        [
            "Tolong rangkum chat ini jadi poin-poin ya, buat laporan ke HRD: intinya {n} minta pindah ke shift malam karena harus merawat ibunya yang baru kena stroke.",
            "FORMULIR PENGAJUAN KREDIT\nNama Lengkap: {n}\nNIK: 3174********0003\nPekerjaan: Wiraswasta\nPenghasilan/bulan: Rp 7.500.000\nJumlah pinjaman: Rp 50.000.000",
            "gw td ketemu {n} di indomaret, katanya lg nyari kerjaan lagi abis kena PHK. kasian bgt sih",
            "Catatan wali kelas: orang tua {n} sedang dalam proses perceraian; siswa sering terlambat dan nilai matematika turun dari 85 ke 62 semester ini. Sudah dibicarakan dengan Bu Ratna, guru BK.",
        ],
        [
            "Gubernur {n} meresmikan jembatan penghubung dua kecamatan di Kabupaten Bogor, Senin (12/2).",
            "Sastrawan {n} tutup usia pada umur 79 tahun di Yogyakarta. Karya-karyanya banyak diajarkan di sekolah menengah.",
            "Lukisan “Perahu di Senja Hari” karya {n} terjual Rp 3,2 miliar dalam sebuah lelang di Jakarta.",
        ],
    ),
    "yo_NG": (
        [
            "Jọ̀wọ́, bá mi kọ lẹ́tà kúkúrú sí onílé wa pé {n} kò ní lè san owó ilé oṣù yìí nítorí àìsàn, ṣùgbọ́n a ó san án ní òpin oṣù tó ń bọ̀.",
            "Fọ́ọ̀mù Ìforúkọsílẹ̀ Akẹ́kọ̀ọ́\nOrúkọ: {n}\nKílásì: JSS 2\nOrúkọ Òbí/Alágbàtọ́: Adébáyọ̀ Ọlátúndé\nÀkíyèsí: kò tíì san owó ilé-ìwé sáà kejì",
            "egbon, se e ti gbo pe {n} ti bimo? ibeji ni o! a ma lo ki won lola",
            "Àkọsílẹ̀ dókítà: {n} ní àrùn ìtọ̀ ṣúgà láti ọdún 2019, ó sì ń lo oògùn lójoojúmọ́. Ẹ̀jẹ̀ ríru rẹ̀ tún ga nígbà àyẹ̀wò tó kẹ́yìn.",
        ],
        [
            "Gbajúmọ̀ olórin jùjú, {n}, ti jáde láyé ní ẹni ọdún 85, lẹ́yìn ọ̀pọ̀ ọdún tí ó fi kọrin kárí ayé.",
            "Ilé-ẹ̀kọ́ Gíga {n} ní Ìbàdàn ti kéde ọjọ́ ìdánwò àṣewọlé fún ọdún 2025.",
            "Àwòrán “Ọjà Ọba”, iṣẹ́ ọwọ́ {n}, wà ní ibi ìpàtẹ ní Èkó títí di òpin oṣù yìí.",
        ],
    ),
    "ig_NG": (
        [
            "Biko nyere m dee akwụkwọ ozi dị mkpirikpi nye onye nwe ụlọ, kọwaa na {n} agaghị enwe ike ịkwụ ụgwọ ụlọ n'oge n'ihi na ọ nọ n'ụlọ ọgwụ kemgbe izu abụọ.",
            "NDEKỌ NDỊ OTU COOPERATIVE\nAha: {n}\nỌrụ: Onye nkuzi\nObodo: Nnewi\nEgo e binyere: ₦250,000\nỤgwọ fọdụrụ: ₦80,000",
            "nwanne m, i nula na {n} enwetala visa? o na-aga UK next month o, chai!",
            "{n} ji ụlọ akụ ụgwọ ₦1.2 nde, ma ọ kwụbeghị ihe ọ bụla kemgbe ọnwa isii. Ada, nwanne ya nwanyị, kwere nkwa ịkwụ ụfọdụ.",
        ],
        [
            "Lee: {n}, Ụzọ Ndụ (Enugu: Fourth Dimension, 1998), peeji 45.",
            "N'akụkọ a, {n} bụ onye ọkwọ ụgbọ ala tagzi n'Onitsha nke chọtara akpa ego n'ime ụgbọ ya.",
            "Gọvanọ {n} kwuru na steeti ga-ewu okporo ụzọ ọhụrụ site n'Awka ruo Onitsha tupu afọ 2026 agwụ.",
        ],
    ),
    "ha_NG": (
        [
            "Don Allah ka taimaka min in rubuta saƙo mai ladabi zuwa ga makaranta: iyayen {n} sun nemi a ɗage lokacin biyan kuɗin makaranta zuwa ƙarshen wata saboda matsalar kuɗi.",
            "TAKARDAR RIJISTAR MARA LAFIYA\nSuna: {n}\nShekaru: 34\nGari: Kano\nLambar waya: 0803*******\nCuta: hawan jini",
            "Sani ka ji, yau na haɗu da {n} a kasuwar Kurmi, wai har yanzu ba a biya albashin wata uku ba 😢",
            "Bayanin asibiti: An kwantar da {n} a babban asibitin Kano ranar Litinin saboda zazzaɓin cizon sauro mai tsanani; an ƙara jini sau biyu.",
        ],
        [
            "A littattafan tarihin Kano, an bayyana {n} a matsayin ɗaya daga cikin manyan malaman addini na ƙarni na sha tara.",
            "A cikin sanarwar da aka fitar ranar Talata mai ɗauke da sa hannun {n}, kakakin rundunar 'yan sandan jihar Kaduna, an ce an kama mutane goma sha biyu.",
            "Kano Pillars ta doke Enyimba da ci 2–1 ranar Lahadi, sakamakon ƙwallon {n} a minti na 88.",
        ],
    ),
    "sw": (
        [
            "Naomba unisaidie kuandika barua pepe fupi kwa mwenye nyumba kueleza kwamba {n} atahama mwisho wa mwezi na anaomba amana yake irudishwe.",
            "[09:14] Neema: Mzigo wa {n} umefika?\n[09:16] Juma: Bado, wanasema anadaiwa ushuru wa TSh 180,000 forodhani\n[09:17] Neema: Sawa, nitampigia",
            "mambo vipi! umemwona {n} siku hizi? alikopa elfu tano kwangu wiki iliyopita mpaka leo kimya tu 😂",
            "Kumbukumbu ya kesi: {n} amefunguliwa shauri la talaka katika Mahakama ya Mwanzo Kinondoni; kesi itatajwa tena tarehe 14 Machi.",
        ],
        [
            "Programu hii imetolewa chini ya Leseni ya MIT. Hakimiliki (c) 2022 {n}.",
            "Makumbusho ya Taifa jijini Dar es Salaam yanaonyesha maonyesho ya picha za {n} kuanzia Jumatatu hadi mwisho wa mwezi.",
            "Mwanariadha {n} ameshinda medali ya dhahabu katika mbio za mita 10,000 kwenye Michezo ya Jumuiya ya Madola.",
        ],
    ),
}


# Other people the personal sentences name (a neighbour, a second parent on a
# rota): private people in a personal context too, so they are labelled as
# well; a finding on one of them is not a false alarm. Listed by reading the
# sentences, whether or not the recogniser finds them.
OTHERS = [
    "Dana", "Marcus", "Priya Shah", "Jo", "Tom Whitfield", "Sarah", "Siobhán", "Lucía", "Célia",
    "Fernanda", "Juliana Costa", "Ricardo Mendes", "Patrícia Lopes", "Léo", "Monique", "Giovanna",
    "Piero", "Mila", "Jonas", "Els", "Johan", "Karin", "Olle", "Basia", "Tomek", "Anna Wiśniewska",
    "Tomasz Zieliński", "Marta Kaczmarek", "Jakub", "Zeynep", "Vikram Kulkarni", "Aarav Mehta",
    "Sneha Iyer", "Rohit Nair", "Hoa", "Dimas", "Rina", "Budi", "Rina Wulandari", "Agus Setiawan",
    "Bisi", "Tolu", "Túnjí", "Chidi", "Aisha", "Sadiq", "Neema", "Natália Costa", "Ольга Петрова",
    "Олена Ковальчук", "Андрій Мельник", "سارة الخطيب", "محمد العلي", "ليلى حداد", "박지은",
    # Added on 2026-12-04 by a reader who went through every personal
    # sentence (not by the recogniser's findings). Left out: `Na` (also
    # Hausa `Na gode`, Swahili `Na.`), `李` and `민준` (joined to `老师`, `이가`:
    # the whole-word match cannot see them), the `Kulkarni` household.
    "Priya", "Helena", "Giulia", "Kasia", "Люба", "Лёша", "Оксана", "Софійки", "Ρένα", "مریم", "רותי",
    "Vikram", "小王", "지은", "Bin", "Amina",
    # Round 11's writer's list of the other people its personal sentences name.
    "Dana", "Tom", "Léo", "Marta", "Elsa", "Kasia", "Bartek",
    # Round 12's writer's list.
    "Karim", "Jörg", "Karin", "Jana", "Ольга Сергеевна", "Ramesh",
    # Round 14's writer's list (holdout).
    "Jake", "Lucía", "Jonas", "Elin", "Petra", "Оля", "Emre", "Priya", "민지", "Dimas", "Musa", "Juma",
    # Round 17's writer's list.
    "Tyler", "Siobhán", "Javier", "Lucía", "Fernanda", "Julien", "Bruno", "Sabine Krüger", "Anouk",
    "Erik", "Tadeusz", "Věra", "Денис", "Соломія", "Νίκος", "Murat", "سلمى", "پروین احمدی", "רונית",
    "प्रिया", "Rajesh", "小雨", "박성호", "Tuấn", "Rafi", "Hendra", "Tòlú", "Ngozi", "Aisha", "Hauwa",
    "Baraka", "Grace",
    # Round 18's writers' lists (holdout).
    "Marcus", "Patel", "Shiobhán", "Lucía", "Bia", "Giulia", "Sanne", "Bas", "Erik", "Kasia", "Tomek", "Petro", "Honzovi", "Лен", "Серёжа", "Ece", "Ramesh Kumar",
    # Round 19's writers' lists (holdout).
    "Derek", "Karen", "Síle", "Lucía", "Rafael", "Camille", "Giulia", "Sabine", "Jeroen", "Linnea",
    "Kasia", "Honza", "Tomáš", "Оля", "Марина", "Тарас", "Ірина", "Δημήτρης", "Ayşe", "Emre",
    "سعاد", "مریم", "יוסי", "רונית", "राहुल", "प्रिया", "Kavitha", "Aarav", "李强", "小雨", "由美", "준호",
    "Hạnh", "Dewi", "Bíọ́lá", "Tọ́lá", "Chidi", "Hauwa", "Baraka",
    # Round 20's writers' lists (holdout).
    "Jessica", "Priya", "Aoife", "Lucía", "Pablo", "Renata", "Caio", "Julien Roux", "Camille",
    "Giulia", "Lena", "Anouk", "Johan", "Ewą Kowalczyk", "Matěj", "Анне Сергеевне", "Олег",
    "Ελένη", "Ayşe", "سلمى", "مریم", "رضا", "רותם", "सुनील", "Kavita", "刘军", "久美子", "박지은", "Lan",
    "Rina", "Fúnmi", "Chidi", "Amaka", "Adaeze", "Hauwa", "Aisha", "Rehema",
    # Round 21's writers' lists.
    "Denise Carter", "Marcus", "Gemma", "Ciarán", "Lucía", "Camila", "Sophie Marchand", "Karim", "Giulia", "Tobi", "Sanne", "Elsa", "Jonte", "Kaśki", "Petra", "Серёга", "Оля", "Γιώργος", "Serkan Demir", "Burak'a", "خالد الحربي", "محمدرضا کاظمی", "אורית לוי", "रमेश चंद्र शर्मा", "सुनील", "Meera Nair", "刘晓东", "山本和夫", "박지현", "Lê Thị Hồng", "Dedi Supriyadi", "Tèmítọ́pẹ́", "Chidinma", "Ibrahim Sani", "Rehema",
    # Round 22's writers' lists (holdout).
    "Kayla", "Sarah", "Bia", "Ayşe'ye", "سامي", "مریم", "דנה", "रोहित", "Priya Nair", "王建国", "田中", "佐藤", "민지", "Lan", "Ratna", "Adébáyọ̀ Ọlátúndé", "Ada", "Sani", "Neema", "Juma",
]


def names_in(sentence, name):
    """The names a personal sentence holds, in the order they occur: `name`
    where `{n}` stands and each of OTHERS written in the sentence."""
    import re

    spans = []
    parts = sentence.split("{n}")
    text, offset = "", 0
    for k, part in enumerate(parts):
        for other in sorted(OTHERS, key=len, reverse=True):
            for m in re.finditer(rf"(?<!\w){re.escape(other)}(?!\w)", part):
                span = (offset + m.start(), offset + m.end(), other)
                if not any(a < span[1] and span[0] < b for a, b, _ in spans):
                    spans.append(span)
        offset += len(part)
        if k + 1 < len(parts):
            spans.append((offset, offset + len(name), name))
            offset += len(name)
    return [v for _, _, v in sorted(spans)]


def name_of(fake, order):
    if order == "fg":
        return fake.last_name() + fake.first_name()
    return f"{fake.first_name()} {fake.last_name()}"


def cases(n_personal=16, n_public=12):
    """Yields (kind, text, [names], id, split)."""
    rnd = random.Random(SEED)
    extra_rnd = random.Random(SEED + 1)
    # Public sentences come in the same wrappers as personal ones, from a
    # generator of their own (the personal cases stay as they were): a
    # request around a text says nothing about the names inside it, and a
    # recogniser must not learn that it does.
    public_rnd = random.Random(SEED + 2)
    for loc, (order, personal, public) in LANGUAGES.items():
        fake = Faker(loc)
        fake.seed_instance(SEED)
        fresh_personal, fresh_public = HOLDOUT[loc]
        seen = [SEEN, SEEN_2, SEEN_3, SEEN_4, SEEN_5, SEEN_6, SEEN_7, SEEN_8, SEEN_9, SEEN_10, SEEN_11, SEEN_12, SEEN_13, SEEN_14, SEEN_15, SEEN_16, SEEN_17, SEEN_18, SEEN_19, SEEN_20, SEEN_21]
        personal = personal + [t for r in seen for t in r[loc][0]]
        public = public + [t for r in seen for t in r[loc][1]]
        used_personal = set()
        for i in range(n_personal):
            name = name_of(fake, order)
            cid = f"people/{loc}/pos-{i}"
            split = split_of(cid)
            sentences = fresh_personal if split == "holdout" else personal
            sentence = sentences[i % len(sentences)]
            if split == "tune":
                used_personal.add(i % len(sentences))
            text = rnd.choice(WRAPPERS).format(s=sentence.replace("{n}", name))
            yield "positive", text, names_in(sentence, name), cid, split
        used_public = set()
        for i in range(n_public):
            name = name_of(fake, order)
            cid = f"people/{loc}/public-{i}"
            split = split_of(cid)
            sentences = fresh_public if split == "holdout" else public
            sentence = sentences[i % len(sentences)]
            text = public_rnd.choice(WRAPPERS).format(s=sentence.replace("{n}", name))
            if split == "tune":
                used_public.add(i % len(sentences))
            yield "near_miss", text, [], cid, split
        # Every tune sentence once: the loops above reach only the first
        # n_personal / n_public of a pool that each round moved to tune grows.
        # Names from a second generator, so the cases above stay as they were.
        extra = Faker(loc)
        extra.seed_instance(SEED + 1)
        for k, sentence in enumerate(personal):
            if k not in used_personal:
                name = name_of(extra, order)
                text = extra_rnd.choice(WRAPPERS).format(s=sentence.replace("{n}", name))
                yield "positive", text, names_in(sentence, name), f"people/{loc}/seen-{k}", "tune"
        for k, sentence in enumerate(public):
            if k not in used_public:
                name = name_of(extra, order)
                text = public_rnd.choice(WRAPPERS).format(s=sentence.replace("{n}", name))
                yield "near_miss", text, [], f"people/{loc}/public-seen-{k}", "tune"
