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

# Sentences only the holdout cases use (round 5), written after round 4 was
# measured and before the recogniser was changed for it; not looked at while
# tuning. The public ones mix sport, office, fiction and things named after
# someone, most without a year.
HOLDOUT = {
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

# Wrappers as prompts carry a sentence; none holds anything sensitive itself.
WRAPPERS = [
    "{s}",
    "Hi,\n\n{s}\n\nThanks!",
    "Please improve the wording: \"{s}\"",
    "Ticket 4821 - {s}",
]



def name_of(fake, order):
    if order == "fg":
        return fake.last_name() + fake.first_name()
    return f"{fake.first_name()} {fake.last_name()}"


def cases(n_personal=10, n_public=4):
    """Yields (kind, text, name or None, id, split)."""
    rnd = random.Random(SEED)
    for loc, (order, personal, public) in LANGUAGES.items():
        fake = Faker(loc)
        fake.seed_instance(SEED)
        fresh_personal, fresh_public = HOLDOUT[loc]
        personal = personal + SEEN[loc][0] + SEEN_2[loc][0] + SEEN_3[loc][0] + SEEN_4[loc][0]
        public = public + SEEN[loc][1] + SEEN_2[loc][1] + SEEN_3[loc][1] + SEEN_4[loc][1]
        for i in range(n_personal):
            name = name_of(fake, order)
            cid = f"people/{loc}/pos-{i}"
            split = split_of(cid)
            sentences = fresh_personal if split == "holdout" else personal
            text = rnd.choice(WRAPPERS).format(s=sentences[i % len(sentences)].replace("{n}", name))
            yield "positive", text, name, cid, split
        for i in range(n_public):
            name = name_of(fake, order)
            cid = f"people/{loc}/public-{i}"
            split = split_of(cid)
            sentences = fresh_public if split == "holdout" else public
            text = sentences[i % len(sentences)].replace("{n}", name)
            yield "near_miss", text, None, cid, split
