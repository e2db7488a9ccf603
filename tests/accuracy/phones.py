"""Phone numbers as people write them in 50 locales (45 countries), and
numbers near a phone word that are not anybody's phone.

The numbers come from Faker's phone providers (written by Faker's authors
from each country's formats, with spaces, dots, dashes, brackets, trunk
prefixes, `(0)` and extensions, and some numbers no plan allows); the
detector's numbering plans come from libphonenumber, a separate source.
Faker's en_GB provider emits only Ofcom's drama ranges (its source says so):
those are near misses, as are the other ranges regulators reserve for
fiction. Each case carries a `split` like the people cases: holdout cases take
their sentences from HOLDOUT, written before the detector was measured on
them and not looked at while tuning.
"""
import random

from gen import split_of

SEED = 13

# Faker locale -> language of the sentences around its numbers.
LOCALES = {
    "en_US": "en", "en_CA": "en", "en_AU": "en", "en_NZ": "en", "en_IN": "en",
    "de_DE": "de", "de_AT": "de", "de_CH": "de", "fr_FR": "fr", "fr_CH": "fr",
    "es_ES": "es", "es_MX": "es", "es_AR": "es", "es_CO": "es", "es_CL": "es",
    "it_IT": "it", "nl_NL": "nl", "nl_BE": "nl", "pt_BR": "pt", "pt_PT": "pt",
    "pl_PL": "pl", "cs_CZ": "cs", "sk_SK": "sk", "sv_SE": "sv", "da_DK": "da",
    "fi_FI": "fi", "no_NO": "no", "ru_RU": "ru", "uk_UA": "uk", "tr_TR": "tr",
    "el_GR": "el", "he_IL": "he", "fa_IR": "fa", "hi_IN": "hi", "ja_JP": "ja",
    "zh_CN": "zh", "zh_TW": "zh", "ko_KR": "ko", "vi_VN": "vi", "id_ID": "id",
    "th_TH": "th", "hu_HU": "hu", "ro_RO": "ro", "bg_BG": "bg", "hr_HR": "hr",
    "sl_SI": "sl", "lt_LT": "lt", "lv_LV": "lv", "ka_GE": "ka", "az_AZ": "az",
}

# language -> tune sentences; `{v}` is the number.
TUNE = {
    "en": ["Can you call the customer back on {v}? She asked about the refund.", "My mobile is {v} if the courier can't find the house."],
    "de": ["Bitte rufen Sie die Kundin unter {v} zurück.", "Meine Handynummer ist {v}."],
    "fr": ["Merci de rappeler le client au {v} avant midi.", "Mon numéro de portable : {v}"],
    "es": ["Por favor, llame al cliente al {v} esta tarde.", "Mi número de móvil es {v}."],
    "it": ["Può richiamare il cliente al numero {v}?", "Il mio cellulare è {v}."],
    "nl": ["Kun je de klant terugbellen op {v}?", "Mijn mobiele nummer is {v}."],
    "pt": ["Pode ligar para o cliente no {v}?", "Meu celular é {v}."],
    "pl": ["Proszę oddzwonić do klienta pod numer {v}.", "Mój numer telefonu to {v}."],
    "cs": ["Zavolejte prosím zákazníkovi na číslo {v}.", "Moje telefonní číslo je {v}."],
    "sk": ["Zavolajte prosím zákazníkovi na číslo {v}.", "Moje telefónne číslo je {v}."],
    "sv": ["Kan du ringa kunden på {v}?", "Mitt mobilnummer är {v}."],
    "da": ["Kan du ringe til kunden på {v}?", "Mit telefonnummer er {v}."],
    "fi": ["Voitko soittaa asiakkaalle numeroon {v}?", "Puhelinnumeroni on {v}."],
    "no": ["Kan du ringe kunden på {v}?", "Telefonnummeret mitt er {v}."],
    "ru": ["Перезвоните, пожалуйста, клиенту по номеру {v}.", "Мой телефон: {v}"],
    "uk": ["Передзвоніть, будь ласка, клієнту за номером {v}.", "Мій телефон: {v}"],
    "tr": ["Müşteriyi {v} numarasından arayabilir misiniz?", "Cep telefonum {v}."],
    "el": ["Μπορείτε να καλέσετε τον πελάτη στο {v};", "Το τηλέφωνό μου είναι {v}."],
    "he": ["אפשר להתקשר ללקוח למספר {v}?", "הטלפון שלי: {v}"],
    "fa": ["لطفاً با مشتری به شماره {v} تماس بگیرید.", "شماره تلفن من {v} است."],
    "hi": ["कृपया ग्राहक को {v} पर फ़ोन करें।", "मेरा मोबाइल नंबर {v} है।"],
    "ja": ["お客様に{v}まで折り返しお電話ください。", "私の携帯番号は{v}です。"],
    "zh": ["请拨打{v}联系客户。", "我的手机号是{v}。"],
    "ko": ["고객에게 {v}로 전화해 주세요.", "제 휴대폰 번호는 {v}입니다."],
    "vi": ["Vui lòng gọi lại cho khách hàng theo số {v}.", "Số điện thoại của tôi là {v}."],
    "id": ["Tolong telepon pelanggan di nomor {v}.", "Nomor HP saya {v}."],
    "th": ["กรุณาโทรกลับหาลูกค้าที่เบอร์ {v}", "เบอร์โทรศัพท์ของฉันคือ {v}"],
    "hu": ["Kérem, hívja vissza az ügyfelet a {v} telefonszámon.", "A mobilszámom: {v}"],
    "ro": ["Vă rog să sunați clientul la numărul {v}.", "Numărul meu de telefon este {v}."],
    "bg": ["Моля, обадете се на клиента на {v}.", "Моят телефон е {v}."],
    "hr": ["Molim nazovite klijenta na broj {v}.", "Moj broj mobitela je {v}."],
    "sl": ["Prosim, pokličite stranko na številko {v}.", "Moja telefonska številka je {v}."],
    "lt": ["Prašome paskambinti klientui numeriu {v}.", "Mano telefono numeris yra {v}."],
    "lv": ["Lūdzu, piezvaniet klientam uz numuru {v}.", "Mans tālruņa numurs ir {v}."],
    "ka": ["გთხოვთ, დაურეკოთ კლიენტს ნომერზე {v}.", "ჩემი ტელეფონის ნომერია {v}."],
    "az": ["Zəhmət olmasa, müştəriyə {v} nömrəsinə zəng edin.", "Mənim telefon nömrəm {v}."],
}

# The first holdout sentences, measured once (precision 0.982, recall 0.644),
# then the detector changed: tune sentences now.
SEEN = {
    "en": ["Left a voicemail for the landlord, his number is {v} - can you draft a follow-up text?"],
    "de": ["Kontakt für Rückfragen: Tel. {v} (werktags 9-17 Uhr)"],
    "fr": ["Le patient peut être joint au {v} après 18h."],
    "es": ["Contacto del proveedor: tel. {v}, preguntar por la jefa de compras."],
    "it": ["Per urgenze chiamare il {v} (reperibile)."],
    "nl": ["Bij vragen kunt u bellen naar {v}."],
    "pt": ["Em caso de dúvida, ligue para {v}."],
    "pl": ["W razie pytań proszę dzwonić: tel. {v}"],
    "cs": ["V případě dotazů volejte {v}."],
    "sk": ["V prípade otázok volajte {v}."],
    "sv": ["Vid frågor, ring {v}."],
    "da": ["Ved spørgsmål, ring på {v}."],
    "fi": ["Lisätietoja: puh. {v}"],
    "no": ["Ved spørsmål, ring {v}."],
    "ru": ["По всем вопросам звоните: {v}"],
    "uk": ["З усіх питань телефонуйте: {v}"],
    "tr": ["Sorularınız için bizi arayın: {v}"],
    "el": ["Για πληροφορίες καλέστε στο {v}."],
    "he": ["לפרטים נוספים חייגו {v}"],
    "fa": ["برای اطلاعات بیشتر با {v} تماس بگیرید."],
    "hi": ["अधिक जानकारी के लिए {v} पर कॉल करें।"],
    "ja": ["ご不明な点は{v}までお電話ください。"],
    "zh": ["如有疑问请致电{v}。"],
    "ko": ["문의 사항은 {v}로 연락 주세요."],
    "vi": ["Mọi thắc mắc xin liên hệ {v}."],
    "id": ["Untuk informasi lebih lanjut hubungi {v}."],
    "th": ["สอบถามเพิ่มเติมโทร {v}"],
    "hu": ["További információ: tel. {v}"],
    "ro": ["Pentru informații sunați la {v}."],
    "bg": ["За въпроси се обадете на {v}."],
    "hr": ["Za pitanja nazovite {v}."],
    "sl": ["Za vprašanja pokličite {v}."],
    "lt": ["Dėl informacijos skambinkite {v}."],
    "lv": ["Jautājumu gadījumā zvaniet {v}."],
    "ka": ["კითხვების შემთხვევაში დარეკეთ {v}."],
    "az": ["Suallarınız üçün {v} nömrəsinə zəng edin."],
}

# The second holdout sentences, measured once (precision 0.966, recall
# 0.644), then the detector changed: tune sentences now.
SEEN_2 = {
    "en": ["Can you tidy up this signature block? Regards, Accounts Team | Direct line {v} | Mon-Fri"],
    "de": ["Die Mieterin hat angerufen und bittet um Rückruf: {v}"],
    "fr": ["Votre conseiller reste joignable au {v} du lundi au vendredi."],
    "es": ["Si no puede asistir, avísenos al {v}."],
    "it": ["Il tecnico ha lasciato questo recapito: {v}"],
    "nl": ["Het nummer van de huisarts is {v}."],
    "pt": ["O telefone da clínica é {v}."],
    "pl": ["Kontakt do kierownika budowy: {v}"],
    "cs": ["Telefon na recepci: {v}"],
    "sk": ["Kontakt na recepciu: {v}"],
    "sv": ["Nå mig på {v} efter klockan fem."],
    "da": ["Du kan få fat i mig på {v}."],
    "fi": ["Tavoitat minut numerosta {v}."],
    "no": ["Du når meg på {v}."],
    "ru": ["Мастер оставил номер для связи: {v}"],
    "uk": ["Номер для зв'язку: {v}"],
    "tr": ["Bana {v} numarasından ulaşabilirsiniz."],
    "el": ["Επικοινωνία: {v}"],
    "he": ["אפשר להשיג אותי ב-{v}"],
    "fa": ["شماره تماس: {v}"],
    "hi": ["संपर्क नंबर: {v}"],
    "ja": ["連絡先：{v}"],
    "zh": ["联系电话：{v}"],
    "ko": ["연락처: {v}"],
    "vi": ["Số liên hệ: {v}"],
    "id": ["Bisa dihubungi di {v}."],
    "th": ["ติดต่อได้ที่ {v}"],
    "hu": ["Elérhetőség: {v}"],
    "ro": ["Mă puteți contacta la {v}."],
    "bg": ["За връзка: {v}"],
    "hr": ["Kontakt telefon: {v}"],
    "sl": ["Kontakt: {v}"],
    "lt": ["Kontaktinis telefonas: {v}"],
    "lv": ["Kontaktinformācija: {v}"],
    "ka": ["საკონტაქტო ნომერი: {v}"],
    "az": ["Əlaqə nömrəsi: {v}"],
}

# The third holdout sentences, measured once (precision 0.972, recall 0.793),
# then the detector changed: tune sentences now.
SEEN_3 = {
    "en": ["Meeting moved to 3pm. If you're running late, ping me on {v} and I'll hold the room."],
    "de": ["Für Terminänderungen erreichen Sie uns unter {v}."],
    "fr": ["En cas d'empêchement, prévenez-nous au {v}."],
    "es": ["Para cambiar la cita, escríbanos o llámenos: {v}"],
    "it": ["Per spostare l'appuntamento scriveteci o telefonate al {v}."],
    "nl": ["Afspraak verzetten? Neem contact op via {v}."],
    "pt": ["Para remarcar, entre em contato pelo {v}."],
    "pl": ["W sprawie zmiany terminu: {v} (sekretariat)."],
    "cs": ["Změnu termínu hlaste na {v}."],
    "sk": ["Zmenu termínu hláste na {v}."],
    "sv": ["Ombokning sker via {v}."],
    "da": ["Ombooking kan ske på {v}."],
    "fi": ["Ajanvarauksen muutokset: {v}"],
    "no": ["Endring av time: ring {v}."],
    "ru": ["Для переноса встречи: {v} (секретарь)."],
    "uk": ["Для перенесення зустрічі: {v}"],
    "tr": ["Randevu değişikliği için: {v}"],
    "el": ["Για αλλαγή ραντεβού: {v}"],
    "he": ["לשינוי מועד: {v}"],
    "fa": ["برای تغییر وقت: {v}"],
    "hi": ["समय बदलने के लिए: {v}"],
    "ja": ["予約の変更は{v}へ。"],
    "zh": ["改约请拨{v}。"],
    "ko": ["예약 변경: {v}"],
    "vi": ["Đổi lịch hẹn: {v}"],
    "id": ["Untuk ubah jadwal: {v}"],
    "th": ["เปลี่ยนนัดหมาย: {v}"],
    "hu": ["Időpont-módosítás: {v}"],
    "ro": ["Pentru reprogramare: {v}"],
    "bg": ["За промяна на часа: {v}"],
    "hr": ["Za promjenu termina: {v}"],
    "sl": ["Za spremembo termina: {v}"],
    "lt": ["Dėl vizito keitimo: {v}"],
    "lv": ["Vizītes maiņai: {v}"],
    "ka": ["ვიზიტის შესაცვლელად: {v}"],
    "az": ["Görüşü dəyişmək üçün: {v}"],
}

# The fourth holdout sentences, measured once (precision 0.987, recall
# 0.851), then the detector changed: tune sentences now.
SEEN_4 = {
    "en": ["The delivery driver said to text {v} when we're home."],
    "de": ["Der Handwerker ist morgen ab 8 Uhr da, Rückfragen an {v}."],
    "fr": ["Le livreur passera demain ; son portable : {v}."],
    "es": ["El técnico vendrá el jueves; si no estás, avísale al {v}."],
    "it": ["Il tecnico passa giovedì; se non ci sei, avvisalo al {v}."],
    "nl": ["De monteur komt donderdag; bel hem op {v} als je niet thuis bent."],
    "pt": ["O técnico vem na quinta; se não estiver em casa, avise pelo {v}."],
    "pl": ["Kurier będzie jutro, w razie czego dzwoń: {v}."],
    "cs": ["Technik přijde ve čtvrtek, kdyžtak mu zavolej na {v}."],
    "sk": ["Technik príde vo štvrtok, prípadne mu zavolaj na {v}."],
    "sv": ["Montören kommer på torsdag, ring honom på {v} om ni inte är hemma."],
    "da": ["Montøren kommer torsdag; ring til ham på {v}, hvis I ikke er hjemme."],
    "fi": ["Asentaja tulee torstaina, soita hänelle numeroon {v}, jos et ole kotona."],
    "no": ["Montøren kommer torsdag; ring ham på {v} hvis dere ikke er hjemme."],
    "ru": ["Мастер придёт в четверг, если вас не будет дома, позвоните ему: {v}."],
    "uk": ["Майстер прийде в четвер; якщо вас не буде вдома, телефонуйте: {v}."],
    "tr": ["Teknisyen perşembe gelecek, evde değilseniz {v} numarasından arayın."],
    "el": ["Ο τεχνικός έρχεται την Πέμπτη· αν λείπετε, πάρτε τον στο {v}."],
    "he": ["הטכנאי יגיע ביום חמישי, אם אינכם בבית התקשרו אליו ל-{v}."],
    "fa": ["تعمیرکار پنجشنبه می‌آید؛ اگر خانه نبودید با {v} تماس بگیرید."],
    "hi": ["मिस्त्री गुरुवार को आएगा, अगर आप घर पर नहीं हैं तो {v} पर फ़ोन करें।"],
    "ja": ["修理業者は木曜日に来ます。不在の場合は{v}まで電話してください。"],
    "zh": ["师傅周四上门，如果家里没人请打{v}。"],
    "ko": ["기사님이 목요일에 방문합니다. 부재 시 {v}로 연락 주세요."],
    "vi": ["Thợ sẽ đến vào thứ Năm, nếu không có nhà hãy gọi {v}."],
    "id": ["Teknisi datang hari Kamis; kalau tidak di rumah, hubungi {v}."],
    "th": ["ช่างจะมาวันพฤหัสบดี ถ้าไม่อยู่บ้านโทร {v}"],
    "hu": ["A szerelő csütörtökön jön, ha nem vagytok otthon, hívjátok: {v}."],
    "ro": ["Tehnicianul vine joi; dacă nu sunteți acasă, sunați-l la {v}."],
    "bg": ["Техникът идва в четвъртък; ако не сте вкъщи, звънете на {v}."],
    "hr": ["Serviser dolazi u četvrtak; ako niste doma, nazovite ga na {v}."],
    "sl": ["Serviser pride v četrtek; če vas ni doma, ga pokličite na {v}."],
    "lt": ["Meistras atvyks ketvirtadienį; jei nebūsite namie, skambinkite {v}."],
    "lv": ["Meistars ieradīsies ceturtdien; ja neesat mājās, zvaniet {v}."],
    "ka": ["ხელოსანი ხუთშაბათს მოვა; თუ სახლში არ იქნებით, დარეკეთ {v}."],
    "az": ["Usta cümə axşamı gələcək; evdə olmasanız, {v} nömrəsinə zəng edin."],
}

# Round 5, by a writer who had not read the detector or its word lists (some
# have no phone word at all, `WhatsApp: {v}`): the holdout until it was
# measured (0.987/0.851) and the context words then changed; tune since.
SEEN_5 = {
    "en": ["The lost and found at Riverside pool has my daughter's jacket; they asked me to ring {v} before Friday to collect it.",
           "Can you format this for the team sheet? Coach - WhatsApp {v} - training Tuesdays 6pm."],
    "de": ["Wer beim Sommerfest mithelfen will, meldet sich bis Freitag beim Elternbeirat: {v}"],
    "fr": ["Pour louer la salle des fêtes, voyez avec la secrétaire de mairie au {v}, le mardi et le jeudi matin."],
    "es": ["Si alguien encuentra las llaves del coche, que me escriba por WhatsApp al {v}; hay recompensa."],
    "it": ["La segreteria della scuola di musica risponde al {v} solo di pomeriggio."],
    "nl": ["Kano's huren bij de camping: {v} (na 18.00 uur)."],
    "pt": ["Para reservar a quadra de tênis do condomínio, mande mensagem para o síndico: {v}."],
    "pl": ["Kto chce dołączyć do chóru parafialnego, niech napisze SMS-a do organistki: {v}."],
    "cs": ["Rezervace kurtů v tenisovém klubu přes SMS na {v}, nejpozději den předem."],
    "sk": ["Ak chcete prenajať chatu na víkend, napíšte majiteľovi na {v}."],
    "sv": ["Hyrbilsdisken på Arlanda nås dygnet runt på {v}."],
    "da": ["Skal dit barn med på fodboldlejren, så send en sms til træneren på {v} inden fredag."],
    "fi": ["Löytötavaratoimisto: {v}, arkisin klo 9–15."],
    "no": ["Vil du leie båtplass i havna, ta kontakt med havnesjefen på {v}."],
    "ru": ["Вопросы по оплате кружка — в WhatsApp руководителю: {v}"],
    "uk": ["Забуті в автобусі речі можна забрати в диспетчерській, телефон диспетчера {v}."],
    "tr": ["Aidat konusunda apartman yöneticisine ulaşmak isterseniz: {v} (akşam 7'den sonra)."],
    "el": ["Για ραντεβού στο ιατρείο στείλτε μήνυμα στη γραμματεία: {v}."],
    "he": ["מי שרוצה להצטרף לקבוצת הריצה של השכונה, שישלח הודעת וואטסאפ לרכז: {v}"],
    "fa": ["برای رزرو سالن ورزشی مدرسه با دفتر مدرسه تماس بگیرید: {v}"],
    "hi": ["किराए की कार के काउंटर से संपर्क के लिए व्हाट्सऐप करें: {v}"],
    "ja": ["落とし物のお問い合わせは、駅の忘れ物センター（{v}）へ。"],
    "zh": ["租车柜台的值班电话是{v}，晚上十点以后也有人接。"],
    "ko": ["동호회 총무 연락처 {v} (평일 저녁만 가능)"],
    "vi": ["Muốn xem phòng trọ thì nhắn Zalo cho chủ nhà: {v}."],
    "id": ["Untuk pendaftaran les renang anak, silakan WA ke {v} (bagian pendaftaran)."],
    "th": ["ติดต่อห้องพยาบาลของโรงเรียนได้ที่ {v} ในเวลาราชการ"],
    "hu": ["Aki jönne a kórusba, írjon SMS-t a karvezetőnek a {v} számra."],
    "ro": ["Pentru închirierea sălii de festivități, scrieți-i administratorului pe WhatsApp la {v}."],
    "bg": ["Ако някой е намерил черно портмоне в залата, моля, обадете се на {v}."],
    "hr": ["Ključeve apartmana preuzimate kod domaćina; kad stignete, javite se na {v}."],
    "sl": ["Za najem kombija nas pokličite na {v} ali se oglasite v poslovalnici."],
    "lt": ["Dėl vietos vaikų darželyje kreipkitės į sekretorę tel. {v}."],
    "lv": ["Pieteikties deju nodarbībām var, rakstot WhatsApp: {v}."],
    "ka": ["ბინის სანახავად მიწერეთ მეპატრონეს WhatsApp-ზე: {v}."],
    "az": ["İtirilmiş əşyalarla bağlı məlumat üçün mühafizə otağına zəng edin: {v}."],
}

# English sentences for a number from any country (a prompt in English about
# a contact abroad).
ENGLISH_ABROAD = ["Please text our supplier in {c} at {v} about the delayed shipment.", "Can you write a short WhatsApp message to {v} confirming Tuesday?"]
ENGLISH_ABROAD_SEEN = ["Draft a polite reminder for the tenant; reach him on {v}."]
ENGLISH_ABROAD_SEEN_2 = ["Summarise this voicemail transcript: 'Hi, it's the plumber, ring me back on {v} when you can.'",
                          "Add this to the CRM notes: prefers WhatsApp, {v}, mornings only."]
ENGLISH_ABROAD_SEEN_3 = ["Translate into English for the file: supplier office {c}, switchboard {v}.",
                        "Put this in a table: Site {c} - emergency contact {v}"]
ENGLISH_ABROAD_SEEN_4 = ["Our agent in {c} is on {v}; please set up a call for Monday.",
                          "Reformat this contact line for the CRM: {c} warehouse, mob. {v}"]
ENGLISH_ABROAD_SEEN_5 = [
    "The villa owner in {c} only answers on WhatsApp: {v}. Could you draft a message asking about a late check-in?",
    "Add this to the signature block for our {c} office: Reception {v} (9:00-17:00 local time).",
]

# Round 6: written by a writer who had read nothing of the repository; the
# holdout until it was measured (0.986/0.816, then 0.986/0.839 after the
# phone words of 38 languages); tune since round 7.
SEEN_6 = {
    "en": ["Hey, can you give me a ring when you land? My number is {v}.",
           "Best regards, Tom Harris, Site Manager, Harris & Sons Building Ltd, mob. {v}"],
    "de": ["Ruf mich bitte kurz zurück unter {v}, ich bin bis 18 Uhr erreichbar."],
    "fr": ["Bonjour, le livreur peut me joindre au {v} s'il ne trouve pas l'adresse."],
    "es": ["Vendo bicicleta de montaña en buen estado, interesados llamar al {v} (preguntar por Luis)."],
    "it": ["Per qualsiasi urgenza contattate la maestra Giulia al numero di cellulare {v}."],
    "nl": ["Bel even naar {v} als je voor de deur staat, de bel doet het niet."],
    "pt": ["Qualquer dúvida, me chama no WhatsApp: {v}."],
    "pl": ["W razie pytań proszę dzwonić pod numer telefonu {v} w godzinach 8–16."],
    "cs": ["Kontakt pro rodiče: paní učitelka Nováková, tel. {v}."],
    "sk": ["Predám detský kočík, cena dohodou, volajte na {v}."],
    "sv": ["Hälsningar, Anna Lindqvist, Ekonomiavdelningen, mobil {v}"],
    "da": ["Skriv en sms til {v}, hvis du bliver forsinket."],
    "fi": ["Lisätietoja antaa projektipäällikkö Mikko Virtanen, puh. {v}."],
    "no": ["Ring meg på {v} når du er utenfor, så kommer jeg ned."],
    "ru": ["Если курьер не дозвонится, пусть звонит на мой рабочий телефон {v}."],
    "uk": ["Пишіть у Viber або Telegram: {v}, Олена."],
    "tr": ["Kargo alıcısı: Ayşe Yılmaz, cep telefonu {v}, kapıcıya bırakılabilir."],
    "el": ["Για ραντεβού καλέστε στο τηλέφωνο {v}, Δευτέρα έως Παρασκευή."],
    "he": ["אפשר לשלוח לי הודעה בוואטסאפ למספר {v}."],
    "fa": ["برای هماهنگی با شماره تلفن {v} تماس بگیرید."],
    "hi": ["किसी भी जानकारी के लिए मुझे इस फ़ोन नंबर पर कॉल करें: {v}"],
    "ja": ["ご不明な点がございましたら、担当の佐藤（電話：{v}）までご連絡ください。"],
    "zh": ["有事请打我手机{v}，微信同号。"],
    "ko": ["택배는 경비실에 맡겨 주시고 도착하면 {v}로 문자 주세요."],
    "vi": ["Cần gì cứ nhắn Zalo cho mình qua số {v} nhé."],
    "id": ["Hubungi Pak Budi (admin kelas) di {v} untuk info jemputan."],
    "th": ["สนใจติดต่อได้ที่เบอร์โทร {v} หรือแอดไลน์ก็ได้ค่ะ"],
    "hu": ["Érdeklődni a {v} telefonszámon lehet, hétköznap 9 és 17 óra között."],
    "ro": ["Pentru programări sunați la numărul de telefon {v}, de luni până vineri."],
    "bg": ["За повече информация: тел. {v}, г-жа Петрова."],
    "hr": ["Dostavljač neka nazove na broj mobitela {v} kad stigne pred zgradu."],
    "sl": ["Za dodatne informacije pokličite na telefonsko številko {v}."],
    "lt": ["Dėl išsamesnės informacijos skambinkite telefonu {v}."],
    "lv": ["Sīkāka informācija pa tālruni {v}."],
    "ka": ["დამატებითი ინფორმაციისთვის დაგვიკავშირდით ტელეფონზე {v}."],
    "az": ["Ətraflı məlumat üçün {v} telefon nömrəsi ilə əlaqə saxlayın."],
}

ENGLISH_ABROAD_SEEN_6 = [
    "Our packaging supplier in {c} only picks up in the mornings; their office line is {v}.",
    "Booked the hotel in {c} for the offsite, front desk number is {v} if the airport shuttle doesn't show.",
]

# Round 7: written by another writer who had read nothing of the repository
# (classified ads, signatures, couriers; about half without a phone word);
# the holdout until 2026-12-05.
SEEN_7 = {
    "en": [
        "Selling my old road bike, 54cm frame, barely used. £150 ono. Text me on {v} if interested.",
        "Can you update my contact details? My new mobile number is {v}, the old one has been disconnected.",
    ],
    "de": ["Kinderwagen abzugeben, guter Zustand, nur Abholung. Bei Interesse gerne per WhatsApp an {v} melden."],
    "fr": ["Bonjour, le livreur peut m'appeler au {v} en arrivant, l'interphone ne marche pas."],
    "es": ["Apunta el teléfono del fontanero, es el {v}, y dile que vas de mi parte."],
    "it": ["Cordiali saluti,\nMarco Bianchi\nUfficio Acquisti\nTel. {v}"],
    "nl": ["Het pakket mag bij de buren worden afgegeven als ik niet thuis ben, bel anders even naar {v}."],
    "pt": ["Vendo sofá de três lugares em bom estado, 200 euros. Contacto: {v} (só chamadas, não respondo a SMS)."],
    "pl": ["Notatka z rozmowy: pan Kowalski oddzwoni jutro po 10, jego numer komórkowy to {v}."],
    "cs": ["Ahoj, tady je číslo na toho instalatéra, co nám dělal koupelnu: {v}. Řekni, že jsi ode mě."],
    "sk": ["Predám detskú postieľku aj s matracom, cena dohodou. Volajte alebo píšte na {v}, najlepšie po 17:00."],
    "sv": ["Hej, det här är Anna från tandläkarmottagningen. Ring tillbaka på {v} så bokar vi om din tid."],
    "da": ["Med venlig hilsen\nMette Nielsen\nRegnskabsafdelingen\nDirekte: {v}"],
    "fi": ["Kirjoita lomakkeeseen puhelinnumeroksi {v}, sähköpostia en enää käytä."],
    "no": ["Hei, dette er Lars fra rørleggerfirmaet. Ring meg på {v} når du har fått sjekket med utleier."],
    "ru": ["Продаю холодильник, рабочий, самовывоз. Звонить по номеру {v}, спросить Ольгу."],
    "uk": ["Будь ласка, за пів години до доставки наберіть мене: {v}, бо домофон не працює."],
    "tr": ["Kombi servisinin numarasını buldum: {v}, hafta sonu da geliyorlarmış."],
    "el": ["Πωλείται ποδήλατο βουνού σε άριστη κατάσταση, 180€. Πληροφορίες στο {v}, απογευματινές ώρες."],
    "he": ["היי, זה יוסי מהמוסך. הרכב מוכן, תחזור אליי ל-{v} כשאתה יכול."],
    "fa": ["سلام، لطفاً شماره موبایل جدید منو ذخیره کن: {v}"],
    "hi": ["भैया, डिलीवरी के टाइम गेट पर आकर {v} पर कॉल कर देना, मैं नीचे आ जाऊँगा।"],
    "ja": ["お世話になっております。恐れ入りますが、折り返しは携帯電話 {v} までお願いいたします。"],
    "zh": ["出租两室一厅，近地铁站，拎包入住，有意者请联系王先生 {v}。"],
    "ko": ["안녕하세요 기사님, 부재 시 문 앞에 놓아 주시고 문자 남겨 주세요: {v}"],
    "vi": ["Cần bán xe máy Honda Vision 2019, chính chủ, giá 18 triệu. Liên hệ anh Tuấn: {v}."],
    "id": ["Kak, nanti kalau kurirnya sudah sampai tolong hubungi nomor saya di {v} ya, rumahnya agak masuk gang."],
    "th": ["สวัสดีค่ะ ขอเปลี่ยนเบอร์ติดต่อในใบสมัครเป็น {v} นะคะ"],
    "hu": ["Eladó megkímélt állapotú gyerekbicikli, 15 000 Ft. Érdeklődni a {v} számon lehet, este 6 után."],
    "ro": ["Bună, sunt Andrei, am vorbit azi-dimineață despre apartament. Sună-mă înapoi la {v} când ai un minut."],
    "bg": ["Продавам детска количка, запазена, 120 лв. За контакт: {v}, Мария."],
    "hr": ["Poštovani, molim Vas da me za termin servisa kontaktirate na broj mobitela {v}."],
    "sl": ["Lep pozdrav,\nMaja Novak\nKadrovska služba\nGSM: {v}"],
    "lt": ["Sveiki, jei manęs nebus namie, paskambinkite šiuo numeriu: {v}."],
    "lv": ["Pārdodu dīvānu labā stāvoklī, 100 eiro, jāizved pašam. Zvaniet: {v}, pēc plkst. 18."],
    "ka": ["გამარჯობა, ჩემი ახალი მობილურის ნომერი ჩაიწერე: {v}"],
    "az": ["Salam, usta Elçinin nömrəsini tapdım: {v}, axşam zəng edə bilərsən."],
}

ENGLISH_ABROAD_SEEN_7 = [
    "My sister just moved to {c} for work and her local number there is {v}, can you add it to my contacts under 'Sis'?",
    "Emergency contact (currently living abroad, {c}): Daniel Moreau, {v}, reachable after 6pm their time.",
]

# Round 9: written by a ninth writer who had read nothing of the repository
# (about half without a phone word), for tuning. Only the pass that uses every
# tune sentence once reads it, so the random draws (and the holdout cases)
# stay as they were.
SEEN_9 = {
    "en": [
        "Hi, if I'm not in, leave the parcel with next door and ping me on {v} so I know where it is.",
        "Sarah Whitfield\nOperations Manager, Harbour Logistics Ltd\nUnit 7, Dockside Park, Bristol BS1 6QH\n{v}\nsarah.whitfield@harbourlogistics.co.uk",
        "Can you tidy up this note for the handover: Mr Patel in bed 6 wants his daughter called if anything changes overnight, her mobile is {v}.",
    ],
    "de": [
        "Rückfragen gerne an Frau Kowalski ({v}), sie ist Montag bis Donnerstag vormittags im Büro.",
        "Verkaufe gut erhaltenen Kinderwagen, Abholung in Kassel-Wilhelmshöhe, 80 € VB. Bei Interesse bitte nur per WhatsApp oder SMS: {v}",
        "Hallo, der Techniker soll sich bitte vorher telefonisch melden, ich bin unter {v} erreichbar. Die Klingel ist defekt, also einfach kurz durchklingeln, dann komme ich runter und mache die Haustür auf.",
    ],
    "fr": [
        "Bonjour, pour la livraison de demain : code portail 4821B, 3e étage gauche. Si personne ne répond, me joindre au {v} svp.",
        "Contacts sortie scolaire du jeudi :\n- Mme Lefèvre (accompagnatrice) : {v}\n- M. Diallo : à confirmer\nDépart 8h15 devant le gymnase, retour prévu vers 16h30.",
        "Tu peux m'écrire un petit mail pro pour dire à Julien que mon numéro a changé ? Le nouveau c'est le {v}.",
    ],
    "es": [
        "Se alquila habitación en piso compartido cerca de la Universidad de Sevilla, 320€ con gastos incluidos. Interesados llamar o whatsapp al {v} (preguntar por Lucía).",
        "Ficha cliente: Ramón Quesada Ortiz, C/ Alfonso XII 23, 2ºB, 28014 Madrid. Tlf. {v}. Prefiere que le contacten por la tarde.",
        "{v} — esto es lo que me aparece en la factura como contacto de atención al cliente, ¿sabes si es de Iberdrola o es una estafa?",
    ],
    "it": [
        "Ciao Marco, per la chiave dell'appartamento rivolgiti a mia zia Giuseppina, abita al piano terra: {v}. Dille che ti mando io.",
        "Avviso ai genitori: la riunione del consiglio di classe è spostata a mercoledì alle 17:30. Per info rivolgersi alla segreteria ({v}) dalle 8 alle 13.",
        "Mi puoi richiamare sul cellulare al {v}? In ufficio oggi non c'è campo.",
    ],
    "nl": [
        "Beste klantenservice, mijn pakket staat al vijf dagen op 'onderweg'. U kunt mij bellen op {v}, liefst na 18.00 uur.",
        "Noodcontact: Ingrid de Vries (moeder), {v}",
        "Te koop: Gazelle damesfiets, 28 inch, nieuwe banden, €175. Appen naar {v}, geen bieders onder de 150 aub.",
    ],
    "pt": [
        "Olá! Sou a Beatriz, vizinha do 3º esquerdo. Se precisar de alguma coisa durante as obras fale comigo: {v}",
        "Ata da reunião de condomínio — 12/03\nPresentes: Sr. Almeida, D. Fátima, Eng. Rocha\n1. Infiltrações na garagem: pedir três orçamentos até ao fim do mês.\n2. Limpeza das escadas: manter a empresa atual.\nResponsável pela recolha de orçamentos: Eng. Rocha ({v})",
        "Preciso de alterar o número de telemóvel na minha conta do banco para {v}, como faço isso na app?",
    ],
    "pl": [
        "Sprzedam rower górski Kross, rozmiar M, stan bardzo dobry. Cena 900 zł do negocjacji. Kontakt tylko telefoniczny: {v}",
        "Panie Tomku, kurier ma dzwonić pod {v}, bo domofon nie działa.",
        "Jan Nowak\nKierownik ds. sprzedaży\nPHU Nowbud Sp. z o.o.\nul. Długa 12, 30-001 Kraków\n{v}",
    ],
    "cs": [
        "Dobrý den, zásilku prosím nechte u paní Novákové v přízemí, kdyby něco, ozvěte se na {v}.",
        "Hledáme hlídání pro dvě děti (4 a 7 let) v Brně-Žabovřeskách, 2× týdně odpoledne. Pište na {v} nebo na e-mail.",
        "Můžeš mi přepsat tohle do tabulky? Karel Dvořák | účetní | mobil {v} | karel.dvorak@stavby-cz.cz",
    ],
    "sk": [
        "Prosím vás, zavolajte mi na {v}, potrebujem presunúť termín u zubára.",
        "Oznam pre rodičov: zber papiera bude v piatok od 7:00. Otázky smerujte na p. učiteľku Horváthovú, {v}.",
        "Zmena tel. čísla pre zamestnanca Peter Kováč: nové číslo {v}, platné od 1. 4.",
    ],
    "sv": [
        "Anna Berg, Storgatan 4, 753 20 Uppsala, {v}",
        "Hej! Jag är ute med hunden, ring {v} när du är framme så kommer jag ner.",
        "Överlämning helg:\nJour lördag – Mikael\nJour söndag – Sara\nVid akuta ärenden: {v}\nLarmkoden ligger i pärmen.",
    ],
    "da": [
        "Hej, jeg har bestilt et sofabord hos jer og vil gerne ændre leveringsdatoen. I kan ringe til mig på {v} i dag mellem 10 og 15.",
        "Til salg: barnevogn fra Emmaljunga, brugt til ét barn. 1.200 kr. Send en sms på {v}.",
        "Mormor & morfar – {v}",
    ],
    "fi": [
        "Moi, voitko jättää paketin ovelle? Olen töissä, mutta vastaan kyllä jos tulee kysyttävää: {v}",
        "Ilmoittautumiset kevään sählyvuoroille viimeistään perjantaina valmentaja Jussille, {v}.",
        "Laittaisitko viestiä tähän numeroon {v} kun kuorma on lastattu?",
    ],
    "no": [
        "Hei! Jeg er litt forsinket til visningen, ring meg på {v} hvis dere vil starte uten meg.",
        "Kontaktperson for dugnaden: Kari Haugen, {v}",
        "Kan du lage en e-postsignatur til meg? Ola Nordmann, daglig leder, Fjordbygg AS, mobil {v}.",
    ],
    "ru": [
        "Продаю детскую кроватку, б/у полгода, самовывоз из Химок. Пишите в телеграм или звоните: {v}",
        "Курьер, домофон не работает — как подъедете, напишите мне, я спущусь. {v}",
        "Иванова Марина Сергеевна — гл. бухгалтер ООО «Северный ветер» — {v}",
    ],
    "uk": [
        "Доброго дня! Загубили собаку в районі Сихова, рудий спанієль на ім'я Бакс. Хто бачив — телефонуйте {v}, будь ласка!",
        "Староста групи: Олена Коваль, {v}",
        "Допоможи скласти повідомлення для Нової пошти: отримувач Петренко Андрій, номер телефону {v}, відділення №12.",
    ],
    "tr": [
        "Kargocu bey, kapıda kimse yoksa paketi kapıcıya bırakabilirsiniz, ya da bana {v} üzerinden ulaşın.",
        "Sahibinden satılık 2015 model Fiat Egea, 120 bin km, boyasız. Ciddi alıcılar aranabilir: {v}",
        "Veli bilgileri:\nAnne: Ayşe Yılmaz — {v}\nBaba: Mehmet Yılmaz — (yurt dışında)",
    ],
    "el": [
        "Καλησπέρα, ενδιαφέρομαι για το διαμέρισμα στην Καλαμαριά. Μπορείτε να με καλέσετε στο {v} μετά τις 5;",
        "Ενοικιάζεται γκαρσονιέρα 35 τ.μ. στο κέντρο της Πάτρας, επιπλωμένη. Πληροφορίες: {v}",
        "Γράψε μου ένα μήνυμα για τον υδραυλικό να μου στείλει SMS στο {v} όταν ξεκινάει.",
    ],
    "he": [
        "היי, אני בעבודה עד שש, אפשר להשאיר את החבילה אצל השכנה בדירה 5. אם יש בעיה – {v}",
        "מחפשים בייביסיטר לימי שלישי בערב באזור רמת גן. לפרטים: מיכל {v}",
        "תעדכן בבקשה את מספר הטלפון שלי במערכת ל-{v}, הישן כבר לא פעיל.",
    ],
    "fa": [
        "سلام، لطفاً قبل از ارسال بسته با شماره {v} تماس بگیرید، زنگ در خراب است.",
        "فروش فوری پژو ۲۰۶ مدل ۹۸، بدون رنگ، فقط تماس: {v}",
        "مسئول ثبت‌نام کلاس‌های تابستانی: خانم رضایی ({v})",
    ],
    "hi": [
        "भैया, पार्सल गेट पर गार्ड को दे देना, कोई दिक्कत हो तो {v} पर बता देना।",
        "सोसाइटी की मीटिंग रविवार सुबह 10 बजे क्लब हाउस में होगी। किसी भी जानकारी के लिए सचिव श्री वर्मा से संपर्क करें: {v}",
        "मेरा नया मोबाइल नंबर {v} है, कृपया अपने रिकॉर्ड में अपडेट कर लें।",
    ],
    "ja": [
        "お世話になっております。明日の打ち合わせの件ですが、何かあれば私の携帯（{v}）までご連絡ください。",
        "山田 太郎\n株式会社サンライズ 営業部\n〒150-0001 東京都渋谷区神宮前1-2-3\n{v}",
        "配達の方へ：インターホンが故障しているので、着いたら{v}に電話してください。",
    ],
    "zh": [
        "快递小哥，放门口就行，有事联系{v}，谢谢！",
        "本周值班安排：周六 王磊（{v}），周日 李娜。",
        "帮我写个转让启事：九成新婴儿车，自提，价格面议，电话{v}。",
    ],
    "ko": [
        "안녕하세요, 택배 경비실에 맡겨주세요. 문제 있으면 {v}로 전화 주세요.",
        "중고 아이패드 에어 5세대 판매합니다. 직거래 선호, 문자 주세요 {v}",
        "담당자: 김민지 대리 / {v} / minji.kim@hanbit.co.kr",
    ],
    "vi": [
        "Anh shipper ơi, giao hàng sau 5h chiều giúp em nhé, tới nơi thì gọi {v}.",
        "Cần tuyển 2 nhân viên phục vụ quán cà phê ở Quận 3, ưu tiên sinh viên. Liên hệ chị Hằng: {v}",
        "Họ tên: Nguyễn Văn An\nĐịa chỉ: 45 Lê Lợi, Huế\nLiên hệ: {v}",
    ],
    "id": [
        "Kak, paketnya titip di pos satpam aja ya, kalau bingung hubungi {v}",
        "Dijual cepat motor Beat 2019, pajak hidup, surat lengkap. Minat WA {v}",
        "Tolong catat nomor HP bu Ratna yang baru: {v}, yang lama sudah hilang.",
    ],
    "th": [
        "รับสอนพิเศษคณิตศาสตร์ ม.ต้น ย่านบางนา สนใจติดต่อครูแอน {v}",
        "พี่คะ ถึงหน้าหมู่บ้านแล้วโทรมาที่ {v} นะคะ เดี๋ยวหนูออกไปรับ",
        "ผู้ประสานงาน: คุณสมชาย ใจดี ({v})",
    ],
    "hu": [
        "Kedves Futár! A kapucsengő nem működik, kérem hívjon a {v} számon, és lemegyek.",
        "Eladó egy keveset használt babakocsi Debrecenben, 40 000 Ft. Érdeklődni: {v}",
        "Kérlek, javítsd ki a telefonszámomat az önéletrajzban erre: {v}",
    ],
    "ro": [
        "Bună ziua, coletul îl puteți lăsa la portar, iar dacă sunt probleme îmi scrieți la {v}.",
        "Vând apartament 2 camere, Cluj-Napoca, zona Mănăștur, etaj 3/4, 78.000 EUR negociabil. Sunați la {v}, doar persoane fizice.",
        "Persoană de contact pentru excursie: prof. Ionescu Maria – {v}",
    ],
    "bg": [
        "Здравейте, ще ми се обадите ли на {v}, искам да уточня часа за доставката.",
        "Продавам детско столче за кола, почти ново, 60 лв. Тел.: {v}",
        "Доставчик: „Петров Строй“ ЕООД, гр. Пловдив, ул. Гладстон 8, {v}, МОЛ: Георги Петров",
    ],
    "hr": [
        "Bok, ostavi paket kod susjede na drugom katu, ako nešto ne štima javi mi se na {v}.",
        "Iznajmljujem apartman u Makarskoj za sezonu, 4+1, 50 m od plaže. Info i rezervacije: {v}",
        "Možeš li mi napisati poruku šefu da me zove na mobitel {v} ako bude nešto hitno?",
    ],
    "sl": [
        "Pozdravljeni, prosim pokličite me na {v}, ko boste pred blokom, ker zvonec ne dela.",
        "Podajam kuhinjsko mizo s štirimi stoli, prevzem v Mariboru. Pišite SMS na {v}.",
        "Vodja tabora: Matej Kranjc, {v}",
    ],
    "lt": [
        "Sveiki, siuntinį galite palikti prie durų, jei kiltų klausimų – {v}",
        "Parduodu Golf 6, 2010 m., dyzelis, TA iki 2026. Skambinti {v}, derinamės.",
        "Klasės tėvų komitetas:\nPirmininkė – Rasa Petrauskienė, {v}\nIždininkas – Tomas Kazlauskas",
    ],
    "lv": [
        "Labdien, lūdzu piezvaniet man uz {v}, gribu pārcelt vizīti pie ārsta.",
        "Pārdodu divistabu dzīvokli Rīgā, Purvciemā. Sīkāka informācija: {v}",
        "Kurjeram: domofons nestrādā, zvaniet uz {v}.",
    ],
    "ka": [
        "გამარჯობა, ამანათი დატოვეთ მეზობელთან, მე-3 სართულზე. კითხვების შემთხვევაში: {v}",
        "ქირავდება 2 ოთახიანი ბინა ვაკეში, თვეში 500$. დარეკეთ {v}",
        "ექიმი: ნინო ბერიძე ({v})",
    ],
    "az": [
        "Salam, kuryer gələndə zəhmət olmasa {v} nömrəsinə zəng etsin.",
        "Satılır: 2 otaqlı mənzil, Nərimanov rayonu, təmirli. Əlaqə: {v}",
        "Mənim WhatsApp-ım {v}, sənədləri ora göndərə bilərsən.",
    ],
}

ENGLISH_ABROAD_SEEN_9 = [
    "I'm in {c} for the conference till Friday, my local SIM is {v} if you need me.",
    "Our supplier contact in {c} is Klaus, reach him on {v} (he's an hour ahead of us).",
    "Booking ref KX4471 – guest arriving from {c}, contact {v}",
    "Can you format this for the contacts sheet: Maria Rossi, {c} office, {v}, prefers email before 9am.",
]

# Round 8: written by another writer who had read nothing of the repository
# (about half without a phone word); the holdout from its commit until
# 2026-12-05, when round 10 replaced it and it moved to tuning (the every-tune-
# sentence pass only, so the draws of the other cases stay as they were).
SEEN_8 = {
    "en": [
        'Lost grey cat near Elm Street, answers to Milo. If found please ring {v}, reward offered.',
        'Thanks,\nSarah Whitfield\nOperations Lead, Brightline Logistics\n{v}',
    ],
    "de": [
        'Verkaufe gut erhaltenes Kinderfahrrad, 20 Zoll, 45 € VB. Bei Interesse gerne per WhatsApp an {v} melden.',
        'Paket bitte beim Nachbarn im 2. OG abgeben, falls niemand da ist – der Fahrer soll vorher unter {v} anrufen.',
    ],
    "fr": [
        'Cabinet du Dr Lefèvre : votre rendez-vous de mardi 14 h est confirmé. Pour annuler, merci de nous appeler au {v}.',
        'Marie Dubois;marie.dubois@exemple.fr;{v};Lyon',
    ],
    "es": [
        'Se alquila habitación luminosa en Malasaña, gastos incluidos. Interesados escribid a {v} (solo mensajes, por favor).',
        'Hablé con el fontanero, dice que pasa el jueves por la mañana. Su móvil es {v} por si hay que cambiar la hora.',
    ],
    "it": [
        'Cordiali saluti,\nGiulia Ferraro\nUfficio acquisti – Ferraro Srl\nTel. {v}',
        'Ciao a tutti! Per la cena di classe di sabato confermate la presenza a Luca entro giovedì: {v}',
    ],
    "nl": [
        'Bezorging: achterom via het steegje, niet aanbellen want de baby slaapt. Stuur even een appje naar {v} als je er bent.',
        'Telefoonnotitie: meneer De Vries belde over de offerte, graag vandaag terugbellen op {v}.',
    ],
    "pt": [
        'Vendo sofá de 3 lugares, pouco uso, retirar no local. Falar com a Ana: {v}',
        'Confirmação da reserva: mesa para 4 pessoas, sábado às 20h. Em caso de atraso, ligue para {v}.',
    ],
    "pl": [
        'Sprzedam mieszkanie 2-pokojowe, 48 m², Kraków Podgórze, bez pośredników. Kontakt: {v}',
        'Pani Kowalska dzwoniła w sprawie faktury, prosi o oddzwonienie na numer {v} po 15:00.',
    ],
    "cs": [
        'Dobrý den, zásilku prosím nechte na vrátnici. Kdyby něco, pište SMS na {v}.',
        'S pozdravem\nIng. Petr Novák\nvedoucí projektu\nmobil: {v}',
    ],
    "sk": [
        'Ambulancia MUDr. Horváthovej bude od 1. do 12. augusta zatvorená. V naliehavých prípadoch volajte zastupujúceho lekára na čísle {v}.',
        'Doučím matematiku a fyziku žiakov ZŠ aj SŠ, Bratislava-Petržalka. Ozvite sa: {v}',
    ],
    "sv": [
        'Hej! Jag har hittat en nyckelknippa vid busshållplatsen på Storgatan. Är den din? Sms:a mig på {v}.',
        'Namn: Erik Lindqvist\nAdress: Södra vägen 12, Göteborg\nTelefon: {v}',
    ],
    "da": [
        'Til salg: barnevogn i Odder, brugt til ét barn, 1.500 kr. Skriv til Mette på {v}.',
        'Husk tandlægetid torsdag kl. 10.30. Kan du ikke komme, så ring venligst på {v} senest dagen før.',
    ],
    "fi": [
        'Ystävällisin terveisin\nMatti Virtanen\nmyyntipäällikkö, Virtasen Rakennus Oy\n{v}',
        'Kuljettajalle: ovikoodi on 4512, jos se ei toimi niin soita numeroon {v}.',
    ],
    "no": [
        'Selger vinterdekk 205/55 R16 på felg, lite brukt. Henvendelse til Ole, {v}.',
        'Beskjed fra sentralbordet: Kari fra banken ringte, hun ber deg ringe tilbake på {v}.',
    ],
    "ru": [
        'Отдам котят в добрые руки, приучены к лотку. Пишите в WhatsApp или Telegram: {v}',
        'Заказ №4821 передан курьеру. Если вас не будет дома, позвоните, пожалуйста, курьеру по номеру {v}.',
    ],
    "uk": [
        'З повагою,\nОксана Шевченко\nменеджер з продажу\n{v}',
        'Шукаю репетитора з англійської для доньки, 7 клас. Хто може порадити — напишіть мені у Viber {v}.',
    ],
    "tr": [
        'Sahibinden satılık 2015 model Fiat Egea, 120 bin km, boyasız. İrtibat: Mehmet Bey {v}',
        "Randevunuz 12 Mart Salı saat 14:30'a alınmıştır. İptal için lütfen {v} numaralı telefonu arayınız.",
    ],
    "el": [
        'Ενοικιάζεται γκαρσονιέρα στο Παγκράτι, επιπλωμένη, 350€. Πληροφορίες: Γιώργος {v}',
        'Κλήση από την κυρία Παπαδοπούλου για την παραγγελία, θέλει να της τηλεφωνήσετε πίσω στο {v}.',
    ],
    "he": [
        'למכירה ספה תלת-מושבית במצב מצוין, איסוף עצמי מרמת גן. דני {v}',
        'השליח יתקשר לפני ההגעה. אם אין מענה, אפשר לחזור למספר {v}.',
    ],
    "fa": [
        'فروش فوری آپارتمان ۸۵ متری در سعادت\u200cآباد، بدون واسطه. تماس: {v}',
        'با احترام،\nمریم احمدی\nمدیر منابع انسانی\n{v}',
    ],
    "hi": [
        'किराये के लिए 2BHK फ्लैट, सेक्टर 15, नोएडा। इच्छुक व्यक्ति संपर्क करें: {v}',
        'भैया, पार्सल गेट पर गार्ड को दे देना, और पहुँचने से पहले {v} पर कॉल कर लेना।',
    ],
    "ja": [
        '田中様\n本日の打ち合わせの件、折り返しお電話いただけますと幸いです。{v}（直通）',
        '配達の際は裏口へお回りください。不在時はこちらへ：{v} 佐藤',
    ],
    "zh": [
        '出售九成新婴儿车，自提，价格可议。联系人：王女士 {v}',
        '快递请放在小区东门快递柜，如有问题请拨打{v}。',
    ],
    "ko": [
        '원룸 양도합니다. 신림역 도보 5분, 보증금 500/월 45. 문자 주세요 {v}',
        '예약이 확정되었습니다. 변경 및 취소는 매장 전화 {v}로 문의해 주세요.',
    ],
    "vi": [
        'Cần bán xe Honda Vision 2019, chính chủ, máy êm. Liên hệ anh Tuấn: {v}',
        'Chị ơi, shipper tới thì gọi em số {v} nha, em xuống lấy liền.',
    ],
    "id": [
        'Dijual rumah tipe 45 di Bekasi Timur, SHM, harga nego. Hubungi Bu Rina {v}',
        'Terima kasih,\nAndi Pratama\nPT Maju Bersama\nWA: {v}',
    ],
    "th": [
        'ขายคอนโดใกล้ BTS อ่อนนุช 1 ห้องนอน ราคาคุยกันได้ สนใจติดต่อคุณนิด {v}',
        'ถึงแล้วโทรหาเบอร์ {v} นะคะ เดี๋ยวลงไปรับของค่ะ',
    ],
    "hu": [
        'Eladó megkímélt állapotú gyerekágy matraccal, Budapest XI. kerület. Érdeklődni: {v}',
        'Üdvözlettel:\nKovács Anna\nügyfélszolgálati vezető\nTel.: {v}',
    ],
    "ro": [
        'Vând apartament 2 camere, zona Titan, proprietar. Sunați la {v}, după ora 17.',
        'Bună, sunt Andrei de la service. Mașina e gata, mă găsiți la {v} până la 18:00.',
    ],
    "bg": [
        'Продавам детска количка, запазена, 150 лв. Тел.: {v}',
        'Ще закъснея с около 20 минути. Ако нещо, пиши ми на {v}.',
    ],
    "hr": [
        'Iznajmljujem apartman u Splitu, 5 minuta od plaže, slobodni termini u srpnju. Javite se na {v}',
        'Poruka za dr. Babić: gospođa Marić je zvala zbog nalaza, molim nazovite je na broj {v}.',
    ],
    "sl": [
        'Prodam zimske gume 195/65 R15, malo rabljene. Klic ali SMS na {v}.',
        'Lep pozdrav,\nMaja Kranjc\nračunovodstvo\n{v}',
    ],
    "lt": [
        'Parduodu beveik naują dviratį, Vilnius, Antakalnis. Rašykite {v}',
        'Kurjeriui: laiptinės kodas 1234, jei neveikia – skambinkite telefonu {v}.',
    ],
    "lv": [
        'Pārdodu ziemas riepas, gandrīz jaunas, Rīgā. Sazināties ar Jāni: {v}',
        'Atgādinām par Jūsu vizīti pie zobārsta piektdien plkst. 9:00. Ja nevarat ierasties, lūdzu, zvaniet pa tālruni {v}.',
    ],
    "ka": [
        'ქირავდება ოროთახიანი ბინა ვაკეში, ახალი რემონტით. დაგვიკავშირდით: {v}',
        'გიორგიმ დარეკა ინვოისის თაობაზე, გთხოვთ გადაურეკოთ ნომერზე {v}.',
    ],
    "az": [
        'Satılır: 3 otaqlı mənzil, Nərimanov rayonu, təmirli. Əlaqə: {v}',
        'Kuryer gələndə zəng etsin: {v}, qapı kodu 27.',
    ],
}

ENGLISH_ABROAD_SEEN_8 = [
    'Please forward the invoice to our {c} office and cc Anna Weber, {v}.',
    'Name: Lukas Berg | Country: {c} | Mobile: {v}',
    'Our supplier rep (based in {c}) asked that we WhatsApp him at {v} rather than email.',
    'Emergency contact while travelling (destination: {c}): {v}',
]

# Round 11 (2026-12-06): written by four writers who had read nothing of the
# repository, asked for two of each language's four without any phone word
# (a name, an ad, a list, a note say whose number it is); tune sentences.
ROUND_11 = {
    "en": [
        "Parents for the zoo trip on Friday:\nAnna Kowalski (Leo's mum) {v}\nTom Reyes – pick-up after 3pm",
        'Lost black cat near Elm Street, answers to Pepper. If found: {v} (Sarah), any time after 6.',
        "Can you rewrite this more politely? 'call me back on {v} asap, I have been waiting all morning for the plumber'",
        'hey its mark, new mobile is {v} save it pls old one is dead',
    ],
    "de": [
        'Übergabe Nachtdienst:\nZimmer 12 – Angehörige Frau Brandt, {v}, nur bis 21 Uhr\nMedikamente wie besprochen',
        'Biete Kinderfahrrad 20 Zoll, kaum benutzt, 40 €. Abholung in Köln-Ehrenfeld.\nInfo: {v}',
        'Kannst du das ins Englische übersetzen? „Bei Fragen erreichen Sie mich telefonisch unter {v}, Montag bis Freitag.“',
        'hi jonas, ruf mal bitte frau yilmaz zurück wg der Lieferung, handy {v} – sie ist bis 17 uhr da',
    ],
    "fr": [
        'Liste des parents accompagnateurs – sortie au musée\nMme Lefèvre : {v}\nM. Diallo (à confirmer)',
        "Si personne n'ouvre, demander Julien au {v}, il a le double des clés.",
        "Peux-tu résumer ce message ? « Bonjour, c'est Claire de l'agence, rappelez-moi au {v} pour l'état des lieux, merci »",
        'slt cest nadia mon nouveau num cest le {v} enregistre le stp',
    ],
    "es": [
        'Se vende sofá de tres plazas, buen estado, 150 €. Recogida en Getafe.\nPreguntar por Lucía: {v}',
        'Turnos de guardia de la semana:\nlunes – Javier Ortega {v}\nmartes – Elena (pendiente)',
        'Traduce al inglés: «Para cualquier duda, puede llamarme al {v} de 9 a 14 h.»',
        'oye marta te paso el whatsapp de mi prima pa lo del piso {v} dile q vas de mi parte',
    ],
    "it": [
        'Gita scolastica a Verona – genitori accompagnatori:\nGiulia Ferri {v}\nMarco Bellini (solo al ritorno)',
        'Affittasi monolocale arredato zona Navigli, no agenzie.\nChiedere di Paola – {v} dopo le 18',
        'Puoi riscrivere questa mail in modo più formale? "ciao, per il preventivo chiamami al {v} che ne parliamo"',
        'Modulo iscrizione palestra\nNome: Davide Russo\nCellulare: {v}\nEmail: davide.russo@example.it',
    ],
    "nl": [
        'Oppas voor zaterdag:\nBij nood eerst oma Joke → {v}\nBedtijd Sem 19:30',
        'Te koop: kinderwagen, zo goed als nieuw, €120. Ophalen in Utrecht.\n{v} (Femke)',
        "Kun je dit vertalen naar het Duits? 'Bel gerust naar {v} als je vragen hebt over de levering.'",
        'hoi Pieter, de loodgieter heeft zijn nummer gestuurd: {v}. Kun jij hem morgen even bellen?',
    ],
    "pt": [
        'Em caso de emergência:\nMãe – Ana Ribeiro\n{v}\nAlergia a amendoim',
        'Vendo bicicleta de estrada, tamanho M, pouco uso. Interessados: Rui, {v}, depois das 19h.',
        'Podes resumir isto? "Olá, aqui é a Beatriz da clínica, ligue para o {v} para remarcar a consulta de quinta-feira."',
        'tou sem bateria, se precisares liga pro {v} q é do Tiago, ele ta comigo',
    ],
    "pl": [
        'Dyżury w weekend:\nsobota – Kasia Nowak, {v}\nniedziela – Tomek (do potwierdzenia)',
        'Sprzedam wózek dziecięcy, stan bardzo dobry, 300 zł. Odbiór Kraków Podgórze.\nInfo: {v}',
        'Przetłumacz na angielski: „W razie pytań proszę dzwonić pod numer {v} w godzinach 8–16.”',
        'hej mam nowy numer {v} stary juz nie dziala, zapisz sobie',
    ],
    "cs": [
        'Kdyby nikdo nebyl doma, klíče má paní Nováková ze třetího patra – {v}.',
        'Rodiče na výlet do ZOO:\nPetra Dvořáková {v}\nMartin Svoboda (jen odpoledne)',
        'Můžeš to přepsat formálněji? „zavolej mi na {v} až budeš mít chvilku, jde o tu fakturu“',
        'Formulář – objednávka\nJméno: Lukáš Horák\nTelefon: {v}\nDoručení: Brno, Veveří',
    ],
    "sk": [
        'Výlet 3.B – dozor v autobuse:\nPetra Kováčová {v}\nStretneme sa pri hlavnom vchode o 7:30.',
        'Predám detský bicykel, 20" kolesá, málo používaný. Cena 60 €, Nitra.\nInfo: {v} (po 17:00)',
        'Prepíš mi to slušnejšie: ahoj, zavolaj mi späť na {v} keď budeš mať čas, ide o tú faktúru',
        'Janko, pán Hudec volal kvôli servisu kotla. Chce spätný telefonát, jeho číslo je {v}. Vraj je doma do štvrtej.',
    ],
    "sv": [
        'Nycklarna till stugan: fråga efter Birgitta, {v}. Hon bor i det gula huset vid bryggan.',
        'Säljes: barnvagn Emmaljunga, gott skick, 800 kr. Upphämtas i Västerås.\n{v} – Linnea',
        'Kan du översätta detta till engelska? "Ring mig på {v} om du har frågor om bokningen. Mvh Johan"',
        'hej fick ditt nummer av sara, är det du som säljer soffan?? sms:a mig på {v} tack',
    ],
    "da": [
        'Hvis ingen er hjemme: {v} (Mette, naboen med den røde dør)',
        'Forældreliste – tur til Zoo fredag\nSøren Madsen, far til Emil: {v}\nMødested kl. 8.15 ved skolen',
        'Kan du omskrive denne besked så den lyder mere professionel? "hej, ring lige på {v} når i har tid, det drejer sig om leveringen"',
        'Til vagtplanen: Hvis alarmen går i weekenden, kontakt vagthavende tekniker på {v}. Husk at skrive det i logbogen bagefter.',
    ],
    "fi": [
        'Mökin avaimet: kysy Railia, {v}, hän asuu rantasaunan vieressä.',
        'Myydään: lastenrattaat, hyvä kunto, 120 €. Nouto Tampereelta.\n{v} / Jussi klo 16 jälkeen',
        'Käännä ruotsiksi: "Soita minulle numeroon {v}, jos tarvitset apua muuton kanssa."',
        'moi sori en ehtiny vastaa, mun uus numero on {v} laita viestiä sinne',
    ],
    "no": [
        'Vakt i helgen: Kari Nilsen\n{v}\nNøkler ligger i den blå skuffen.',
        'Til salgs: sofa, tre seter, grå. 1500 kr, hentes på Lillestrøm. Spør etter Ole: {v}',
        'Kan du oppsummere dette? Kunden ringte i dag og klager på fakturaen fra mars. Han vil bli ringt opp på {v} før fredag.',
        'Skjema\nNavn: Ingrid Berg\nTelefon: {v}\nE-post: ingrid.berg@epost.no',
    ],
    "ru": [
        'Список родителей на экскурсию:\nИванова Ольга — {v}\nСбор у школы в 8:30.',
        'Сдаётся комната у метро Пионерская, 15 тыс. в месяц, без посредников.\n{v}, Галина Петровна, после 18:00',
        'Переведи на английский: «Если возникнут вопросы по заказу, звоните по номеру {v}, спросите Дмитрия».',
        'привет это Лена, у меня новый номер {v} сохрани плиз, старый больше не работает',
    ],
    "uk": [
        'Якщо нікого немає вдома — {v} (сусідка Марія, третій поверх).',
        'Черговий на вихідних: Андрій Коваленко\n{v}\nКлючі від серверної у нього.',
        'Перепиши це офіційніше: «Подзвоніть мені на {v}, треба обговорити договір оренди»',
        'Анкета учасника\nПІБ: Ткаченко Олена Іванівна\nМобільний: {v}\nМісто: Львів',
    ],
    "tr": [
        "Satılık: az kullanılmış çocuk bisikleti, 750 TL. Kadıköy'den elden teslim.\nBilgi için: {v} (Ayşe)",
        "Servis şoförü Mehmet Bey — {v}\nSabah 7:15'te okul önünde.",
        'Bunu İngilizceye çevirir misin: "Randevunuzu değiştirmek için {v} numaralı hattı arayabilirsiniz."',
        'slm ben Emre numaram değişti {v} bundan sonra buraya yaz whatsapptan',
    ],
    "el": [
        'Για τα κλειδιά του διαμερίσματος ρωτήστε την κυρία Ελένη, {v}. Μένει στον δεύτερο όροφο.',
        'Πωλείται καναπές τριθέσιος, καλή κατάσταση, 200 €. Παραλαβή από Θεσσαλονίκη.\nΠληροφορίες: {v}, Νίκος',
        'Μπορείς να το ξαναγράψεις πιο επίσημα; «Πάρε με τηλέφωνο στο {v} όταν μπορέσεις για το θέμα της σύμβασης»',
        'Γιώργο, σε πήρε η κα Παπαδοπούλου για την παραγγελία, θέλει να την καλέσεις πίσω στο {v} μέχρι τις 3.',
    ],
    "he": [
        'רשימת הורים לטיול השנתי:\nמיכל אברהמי (אמא של נועה) – {v}\nלהביא כובע ובקבוק מים',
        'אם אין אף אחד בבית – רותי מהקומה השלישית, {v}. המפתח אצלה.',
        'תתרגם לאנגלית בבקשה: שלום, אני מחפשת את ירון, הטלפון שלו {v}, תגיד לו שיחזור אליי עד הערב',
        'אחי תתקשר לאבי על הספה שמכר לי הוא לא עונה להודעות\n{v}\nרק אחרי 6',
    ],
    "fa": [
        'آگهی فروش: یخچال ساید بای ساید، تمیز و کم\u200cکار\nقیمت توافقی\nآقای رضایی {v}',
        'یادداشت تحویل شیفت:\nبیمار تخت ۴ – همراه: خانم کریمی ({v})\nداروی ساعت ۱۰ داده شد',
        'لطفاً این پیام را رسمی\u200cتر بازنویسی کن: سلام، برای هماهنگی جلسه با شماره {v} تماس بگیرید، ممنون',
        'سلام مریم جان شماره جدید سارا اینه {v} واتساپ داره',
    ],
    "hi": [
        '{v} – राजेश भैया, प्लंबर। सुबह 9 बजे से पहले आते हैं।',
        'अगर घर पर कोई न हो तो पड़ोस वाली सुनीता आंटी से मिल लेना, {v}, चाबी उन्हीं के पास है।',
        'इस मैसेज को अंग्रेज़ी में ट्रांसलेट करो: नमस्ते, मैं कल ऑफिस नहीं आ पाऊँगा, कोई ज़रूरी काम हो तो मेरे मोबाइल {v} पर कॉल कर लेना।',
        'भाई ये नंबर सेव कर ले {v} दिनेश का नया है, पुराना बंद हो गया',
    ],
    "ja": [
        '【譲ります】ベビーカー（美品）\n引き取りに来られる方限定\n担当：佐藤 {v}（平日夜のみ）',
        '緊急時カード\n氏名：山田 花子\n血液型：A型\n家族（夫・山田 健一）：{v}',
        '次の文章をビジネスメール風に書き直してください：明日の打ち合わせ、場所変わったんで、わからなかったら{v}に電話ください。田中',
        'ごめん、携帯の電池切れそう。何かあったら {v} 鈴木さんの番号にかけて',
    ],
    "zh": [
        '出租：朝阳区两室一厅，近地铁，拎包入住\n看房请找王女士 {v}\n中介勿扰',
        '值班交接：\n3号床家属 李先生 {v}\n晚上8点前送饭',
        '帮我把这段话翻译成英文：您好，我是张伟，如有问题请拨打我的手机{v}，谢谢。',
        '老婆 快递员说放门卫了 你下班顺路拿一下 他手机是{v} 找不到就打给他',
    ],
    "ko": [
        '[분실물] 검정색 지갑 찾습니다\n강남역 2번 출구 근처\n김민수 {v} (사례하겠습니다)',
        '학부모 명단\n1반 – 박지영 어머님: {v}\n체험학습 당일 7시 50분 집합',
        '이 문장 좀 더 공손하게 바꿔줘: 내일 배송 전에 {v}로 전화 주세요',
        '야 내 폰 고장나서 당분간 이 번호로 연락해 {v} 엄마 폰임 ㅋㅋ',
    ],
    "vi": [
        'Cần bán xe Wave đời 2015, chính chủ, máy êm\nGiá 8 triệu có thương lượng\nAnh Hùng – {v}',
        'Danh sách phụ huynh đi dã ngoại:\n- Chị Lan (mẹ bé Na): {v}\n- Tập trung 7h sáng tại cổng trường',
        'Viết lại đoạn này cho lịch sự hơn: ai cần hỏi gì thì gọi số {v} gặp chị Thảo nhé',
        'e ơi số của thợ sửa điều hòa nè {v} nói là người quen của chị Mai giới thiệu',
    ],
    "id": [
        'Dijual cepat: kulkas 2 pintu, masih dingin, mulus\nMinat? Bu Rina {v}\nLokasi Depok',
        'Catatan serah terima:\nKunci gudang dipegang Pak Joko ({v}), datang jam 8 pagi\nJangan lupa matikan AC',
        'Tolong terjemahkan ke bahasa Inggris: Halo, kalau ada kendala silakan hubungi saya di nomor {v}. Terima kasih.',
        'gan sorry baru bales, wa aku yg baru {v} yg lama udah ilang hp nya',
    ],
    "th": [
        'ขายคอนโดใกล้ BTS อ่อนนุช 1 ห้องนอน ชั้น 12\nเจ้าของขายเอง\nคุณเอ๋ {v}',
        'ถ้าไม่มีใครอยู่บ้าน ฝากของไว้กับป้าแดงบ้านตรงข้ามได้เลยค่ะ\n{v} (ป้าแดง)',
        'ช่วยสรุปข้อความนี้ให้หน่อย: ลูกค้าชื่อคุณสมชาย โทรมาเรื่องสินค้าชำรุด ขอให้โทรกลับที่เบอร์ {v} ภายในวันนี้',
        'แก เบอร์ไลน์ใหม่ของนุ่นคือ {v} นะ แอดไปด้วย',
    ],
    "hu": [
        'Eladó 2015-ös Opel Astra, megkímélt állapotban, 180e km, garázsban tartott.\nÉrdeklődni: {v} (Gábor, hétköznap 17 után)',
        'Ha nem vagyok otthon, a kulcs Ilonka néninél van a földszinten:\n{v}',
        'Fordítsd le angolra: Kérem, holnap 10 és 12 óra között hívjon vissza ezen a számon: {v}. Köszönöm, Tóth Judit',
        'szia bence nem tudom elerni marit irj neki smst ha tudsz {v} koszi',
    ],
    "ro": [
        'Vând bicicletă de oraș, folosită un sezon, 600 lei negociabil. Detalii la {v}, după ora 18.',
        'Predare tură:\n- pacientul din salonul 4 are nevoie de pansament dimineața\n- dacă apare ceva urgent, dr. Ionescu: {v}',
        'Poți să rescrii mai politicos? „Sună-mă la {v} când ajungi, nu mai aștept o oră ca data trecută.”',
        'Formular înscriere\nNume: Andreea Popescu\nTelefon mobil: {v}\nOraș: Cluj-Napoca',
    ],
    "bg": [
        'Давам под наем двустаен апартамент в Лозенец, обзаведен, без посредници. Собственик: Петя ({v})',
        '{v} – Иван, водопроводчикът, идва в четвъртък сутринта',
        'Преведи на английски: Моля, обадете ми се на {v} до края на седмицата. Поздрави, Георги Димитров',
        'здр мила ако не ме намериш пиши ми на вайбър {v} оки',
    ],
    "hr": [
        'Izgubljen pas, crni labrador, odaziva se na ime Medo, zadnji put viđen kod Jaruna.\nMarko, {v}\nNagrada!',
        'Popis roditelja za izlet 3.b:\nIvana Horvat (mama od Luke) {v}\nostali šalju podatke do petka',
        'Sažmi ovu poruku: Poštovani, molim Vas da me nazovete na broj {v} u vezi ponude za adaptaciju kupaonice. Lijep pozdrav, Tomislav Babić',
        'ej jel imas broj od ane? nasla sam neki {v} ali nisam sig dal je njen',
    ],
    "sl": [
        'Oddam mladičke, stari 8 tednov, cepljeni in razglisteni. Informacije: {v} (Mojca)',
        'Za varuško: otroka gresta spat ob osmih. Če bo kaj narobe, babica Vera – {v}, stanuje čez cesto.',
        'Prevedi v nemščino: Pokličite me na {v}, dosegljiva sem vsak dan od 9. do 15. ure.',
        'Zapisnik sestanka\n- dobavitelj: Petra Kranjc, tel. {v}\n- naslednji sestanek v torek',
    ],
    "lt": [
        'Parduodu vaikišką vežimėlį, naudotas vieną vasarą, kaina 150 €. Rasa {v}, Kaunas',
        'Ekskursijos tėvų sąrašas:\nJonas Petrauskas – {v}\nIeva Kazlauskienė – atsiųs vėliau',
        'Perrašyk mandagiau: „Paskambink man {v} kai tik galėsi, reikia skubiai pasikalbėti.“',
        'labas, mano naujas nr {v} issisaugok pls',
    ],
    "lv": [
        'Pārdod malku, skaldīta, sausa, ar piegādi pa Rīgas rajonu. Jānis, {v}',
        'Ja neviens nav mājās, atslēgas pie kaimiņienes Ilzes – {v}',
        'Lūdzu iztulko angliski: Zvaniet man pa tālruni {v} darba dienās no 9 līdz 17.',
        'Anketa\nVārds, uzvārds: Līga Ozola\nMob. tālr.: {v}\nE-pasts: liga.ozola@inbox.lv',
    ],
    "ka": [
        'ქირავდება ოროთახიანი ბინა ვაკეში, ავეჯით. მეპატრონე: ნინო, {v}',
        'ბავშვის მომვლელისთვის: თუ რამე მოხდა, ბებია თამარი — {v}, მეზობელ სადარბაზოში ცხოვრობს.',
        'თარგმნე ინგლისურად: გთხოვთ დამირეკოთ ნომერზე {v} ხვალ დილით.',
        'გამარჯობა გიორგი, ლევანის ახალი ნომერი {v}, შენც დაურეკე რა',
    ],
    "az": [
        'Satılır: 3 otaqlı mənzil, Nərimanov rayonu, təmirli. Vasitəçilər narahat etməsin.\nRəşad müəllim — {v}',
        'Ekskursiya üçün valideynlər siyahısı:\nLeyla Məmmədova {v}\nqalanları cümə gününə qədər göndərsin',
        'Bunu qısalt: Hörmətli müştəri, sifarişinizlə bağlı suallarınız olarsa, {v} nömrəsinə zəng edə bilərsiniz. Hörmətlə, Aygün',
        'salam elnur, kamalın nömrəsi budu {v} axşam zəng elə ona',
    ],
}
ENGLISH_ABROAD_ROUND_11 = [
    'Supplier abroad ({c}) – Miguel Antunes, {v}, speaks English, best before 11am their time.',
    'Host family in {c} for the exchange week:\nFamily Berger – {v}\nArrival Sunday evening',
    'Can you draft a short email to our distributor in {c}? Tell them we tried calling {v} twice yesterday and ask for a better time.',
    'Note for accounts: the {c} office changed its phone number to {v}, please update the invoice template.',
]

# Round 10: written by a new writer who had read nothing of the repository
# (one of each language's two without a phone word); the holdout from its
# commit until 2026-12-06 (an eighth session), when round 12 replaced it and
# it moved to tune.
SEEN_10 = {
    "en": [
        'Lost dog near the park, brown terrier with a red collar. If you see him please call {v} any time, reward offered.',
        'Name,Role,Contact\nPlumber (weekends only),contractor,{v}',
    ],
    "de": [
        'Hallo, hier ist die Praxis. Ihr Termin ist am Dienstag um 9:30 Uhr. Bei Verhinderung rufen Sie uns bitte unter {v} an.',
        'Verkaufe Kinderfahrrad, 20 Zoll, kaum benutzt, 45 €. Abholung in Pankow, Nachricht an {v} (ab 18 Uhr).',
    ],
    "fr": [
        "Bonjour, c'est le livreur, je suis devant l'immeuble mais le digicode ne marche pas. Rappelez-moi au {v} svp.",
        "Cours de guitare à domicile, tous niveaux, 25 € l'heure — renseignements : {v}",
    ],
    "es": [
        'Se alquila habitación en piso compartido, 350 € con gastos incluidos. Interesados llamar al {v} por las tardes.',
        'Recordatorio: reunión de padres el jueves a las 17:00 en el aula 4. Dudas a la coordinadora ({v}) antes del miércoles.',
    ],
    "it": [
        'Ciao, ti ho lasciato le chiavi dal portiere. Se non lo trovi chiamami sul cellulare {v}, sono in ufficio fino alle sei.',
        'Ditta | Referente | Recapito\nFerramenta Rossi | ufficio acquisti | {v}',
    ],
    "nl": [
        'Te koop: eettafel met 6 stoelen, eiken, €150. Ophalen in Utrecht, bel of app {v}.',
        'Met vriendelijke groet,\nSanne de Vries\nTeamleider klantenservice\n{v}',
    ],
    "pt": [
        'Olá! A encomenda chega amanhã entre as 10h e as 13h. Se não estiver em casa, ligue para {v} para reagendar.',
        'Explicações de Matemática para o 9.º e 12.º ano, preços acessíveis, zona de Braga — {v}, ao fim da tarde.',
    ],
    "pl": [
        'Dzień dobry, przypominamy o wizycie u stomatologa w piątek o 11:15. W razie zmiany prosimy o kontakt telefoniczny: {v}.',
        'Sprzedam rower górski, rama 19 cali, stan bardzo dobry, 900 zł. Kontakt {v} lub priv.',
    ],
    "cs": [
        'Ahoj, jsem u vchodu, ale zvonek nefunguje. Zavolej mi prosím na {v}, hned přijdu nahoru.',
        'Prodám zachovalou pračku, 7 kg, cena 2 500 Kč dohodou. Odvoz nutný, Brno-Líšeň, {v}.',
    ],
    "sk": [
        'Dobrý deň, volám z autoservisu, vaše auto je pripravené. Ozvite sa nám prosím na čísle {v} do piatku.',
        'Meno;Trieda;Kontakt rodiča\nTomáš K.;3.B;{v}',
    ],
    "sv": [
        'Hej! Jag har en ledig tid för klippning på lördag kl. 14. Ring eller sms:a {v} om du vill ha den.',
        'Säljes: barnvagn i bra skick, 1 200 kr. Hämtas i Västerås. Svar till {v} så snart som möjligt.',
    ],
    "da": [
        'Husk forældremødet i børnehaven onsdag kl. 16.30. Afbud kan gives til pædagogen på tlf. {v}.',
        'Sælger sofabord i massiv eg, 400 kr. Skriv til {v}, så aftaler vi afhentning.',
    ],
    "fi": [
        'Hei, paketti on noudettavissa huomisesta alkaen. Jos haluat kotiinkuljetuksen, soita numeroon {v} arkisin klo 8–16.',
        'Myydään lasten talvihaalari, koko 110, siisti, 30 €. Yhteydenotot {v}, nouto Tampereen keskustasta.',
    ],
    "no": [
        'Hei, dette er en påminnelse om timen din hos fastlegen mandag kl. 10.15. Ved forfall, ring {v} senest dagen før.',
        'Fotballtreningen for 2015-kullet flyttes til tirsdag. Spørsmål kan rettes til treneren ({v}) eller på Spond.',
    ],
    "ru": [
        'Сдаю однокомнатную квартиру у метро, 35 000 в месяц, без посредников. Звоните по номеру {v} после 18:00.',
        'Добрый день! Курьер будет у вас с 12 до 15. Если нужно перенести доставку, напишите менеджеру: {v}.',
    ],
    "uk": [
        'Шукаю репетитора з англійської для доньки, 7 клас. Телефонуйте {v} або пишіть у вайбер.',
        "Нагадуємо: батьківські збори у п'ятницю о 17:30, кабінет 12. Класний керівник — Олена Петрівна, {v}",
    ],
    "tr": [
        'Merhaba, siparişiniz yola çıktı. Kurye adrese geldiğinde sizi {v} numarasından arayacak.',
        'Sahibinden temiz 2+1 daire, Kadıköy, aylık 18.000 TL. Detaylar için: {v}',
    ],
    "el": [
        'Καλησπέρα, το ραντεβού σας στο οδοντιατρείο επιβεβαιώθηκε για την Πέμπτη στις 18:00. Για αλλαγές καλέστε στο {v}.',
        'Πωλείται ποδήλατο πόλης σε άριστη κατάσταση, 120 €. Παραλαβή από Θεσσαλονίκη, {v}, μόνο σοβαρές προτάσεις.',
    ],
    "he": [
        "שלום, החבילה שלך ממתינה בנקודת האיסוף. לשאלות אפשר להתקשר למספר {v} בימים א'-ה'.",
        'מוכר ספה תלת-מושבית במצב מעולה, 800 ש״ח, איסוף עצמי מחולון. פרטים: {v}',
    ],
    "fa": [
        'سلام، وقت دندانپزشکی شما برای شنبه ساعت ۱۰ صبح ثبت شد. در صورت لغو لطفاً با شماره {v} تماس بگیرید.',
        'فروش فوری یخچال ساید بای ساید، تمیز و سالم، تهران، پاسداران — {v}',
    ],
    "hi": [
        'नमस्ते, आपका सिलेंडर कल सुबह डिलीवर होगा। कोई समस्या हो तो इस नंबर पर कॉल करें: {v}',
        'किराये के लिए 2BHK फ्लैट, सेक्टर 15, नोएडा। मालिक से सीधे संपर्क करें ({v}), दलाल कृपया दूर रहें।',
    ],
    "ja": [
        'お世話になっております。明日の打ち合わせの件、ご都合が悪い場合は担当の携帯（{v}）までお電話ください。',
        '【出品】子ども用自転車 16インチ 3,000円\n受け渡し：世田谷区内\n連絡先：{v}',
    ],
    "zh": [
        '您好，您的快递已到驿站，取件码请查看短信。如有疑问请拨打{v}咨询。',
        '周六下午三点小区篮球场组队打球，还缺两个人，想来的联系群主 {v}，不见不散！',
    ],
    "ko": [
        '안녕하세요, 택배 기사입니다. 문 앞에 두고 갑니다. 문의는 {v}로 전화 주세요.',
        '중고 유모차 팝니다. 상태 좋고 5만 원, 직거래만 가능(분당).\n연락처 {v}',
    ],
    "vi": [
        'Cho thuê phòng trọ gần ĐH Bách Khoa, 2,5 triệu/tháng, có chỗ để xe. Liên hệ chủ nhà: {v}',
        'Shop ơi, mình đặt 2 áo size M, giao giờ hành chính nhé. Shipper tới thì gọi số {v} giúp mình.',
    ],
    "id": [
        'Dijual motor matic 2019, pajak hidup, surat lengkap, harga nego. Minat hubungi/WA {v}.',
        'Pak, paketnya titip di pos satpam saja ya. Kalau ada apa-apa kabari saya di {v}, terima kasih.',
    ],
    "th": [
        'ขายคอนโดใกล้ BTS อ่อนนุช 1 ห้องนอน ราคาคุยกันได้ สนใจโทร {v} ได้ทุกวัน',
        'แจ้งผู้ปกครอง: วันศุกร์นี้โรงเรียนหยุดเรียน หากมีข้อสงสัยติดต่อครูประจำชั้น ({v})',
    ],
    "hu": [
        'Kedves Szülők! A pénteki kirándulás 8:00-kor indul az iskola elől. Kérdés esetén hívják az osztályfőnököt a {v} számon.',
        'Eladó megkímélt állapotú gyerekágy matraccal, 15 000 Ft, Debrecen. Érdeklődni: {v}',
    ],
    "ro": [
        'Bună ziua, programarea dumneavoastră la medicul de familie este joi la ora 9:00. Pentru anulare sunați la {v}.',
        'Vând canapea extensibilă, stare foarte bună, 600 lei, ridicare din Cluj. Detalii la {v} sau pe mesaj privat.',
    ],
    "bg": [
        'Здравейте, куриерът ще мине между 14 и 17 часа. Ако не сте на адреса, моля, обадете се на {v}.',
        'Продавам детска количка, запазена, 150 лв., София – Младост. За контакт: {v}',
    ],
    "hr": [
        'Iznajmljujem apartman u Splitu za lipanj i srpanj, 4 osobe, 80 € po noći. Nazovite na {v} ili pošaljite poruku.',
        'Podsjetnik: roditeljski sastanak je u utorak u 18 h. Javite se razrednici ({v}) do petka ako ne možete doći.',
    ],
    "sl": [
        'Prodam otroški avtosedež, malo rabljen, 50 €. Pokličite na {v} po 17. uri.',
        'Spoštovani, vaše naročilo bo dostavljeno v sredo. Za spremembo termina pišite dostavljavcu: {v}',
    ],
    "lt": [
        'Sveiki, primename apie vizitą pas odontologą penktadienį 15:30. Jei negalite atvykti, skambinkite {v}.',
        'Parduodu vaikišką dviratį, 20 colių, 60 €, Vilnius. Teirautis: {v}',
    ],
    "lv": [
        'Sveiki! Kurjers piegādās sūtījumu rīt no 10 līdz 14. Ja nebūsiet mājās, lūdzu, zvaniet uz {v}.',
        'Pārdodu dīvānu labā stāvoklī, 120 €, Rīga, Purvciems. Interesēties {v}, vēlams vakaros.',
    ],
    "ka": [
        'გამარჯობა, თქვენი შეკვეთა მზადაა. კურიერი დაგირეკავთ ნომრიდან {v} მიწოდებამდე.',
        'ქირავდება ოროთახიანი ბინა ვაკეში, 500 ₾ თვეში. დეტალები: {v}, შეგიძლიათ მოგვწეროთ.',
    ],
    "az": [
        'Salam, sifarişiniz hazırdır. Kuryer çatanda sizə {v} nömrəsindən zəng edəcək.',
        'Satılır: uşaq velosipedi, yaxşı vəziyyətdə, 80 AZN, Bakı, Yasamal. Əlaqə: {v}',
    ],
}

ENGLISH_ABROAD_SEEN_10 = [
    'Our fabric supplier in {c} finally replied — their sales office is on {v} if you want to chase the invoice yourself.',
    "Mum's staying with my aunt in {c} until the 14th; you can reach her there on {v} most evenings.",
    'Hotel booked for the conference in {c}. Front desk: {v}, check-in from 3 pm.',
    'Note to self: ring the notary in {c} back on Monday ({v}) and ask about the apostille fee.',
    'Vendor | Country | Contact\nBlue Harbour Logistics | {c} | {v}',
    'Hi team, if the shipment gets stuck at customs in {c}, our local agent can be reached at {v} during their business hours, not ours!',
]

# Round 12: written by a new writer who had read nothing of the repository
# (one of each language's two without any phone word); measured at the
# commit that added it and not looked at while tuning.
HOLDOUT = {
    "en": [
        "Can you rewrite this more politely? \"Call me back on {v} before 5, I've been waiting all week.\"",
        "Handover note: spare keys are with Marjorie next door ({v}), she's usually home after 6.",
    ],
    "de": [
        "Kannst du das kürzen? \"Bei Rückfragen erreichen Sie mich telefonisch unter {v}, am besten vormittags.\"",
        "Verkaufe Kinderfahrrad, 20 Zoll, kaum benutzt, 45 € VB, Abholung in Bochum-Wattenscheid – Frau Kowalski, {v} (ab 17 Uhr).",
    ],
    "fr": [
        "Tu peux traduire ça en anglais ? « Pour toute question, appelez-moi au {v}, je suis joignable jusqu'à 19 h. »",
        "Cordialement,\nSandrine Lefèvre\nCabinet Lefèvre & Associés, 12 rue des Carmes, 31000 Toulouse\n{v}",
    ],
    "es": [
        "Resume este mensaje: \"Hola, soy Marta, la vecina del 3.º B, si hay algún problema con la fuga me puedes llamar al {v} a cualquier hora.\"",
        "Se alquila plaza de garaje en calle Alcalá, 90 €/mes, disponible desde enero. Preguntar por Luis: {v}",
    ],
    "it": [
        "Mi aiuti a scrivere una mail formale all'amministratore? Devo dire che per le chiavi della cantina possono telefonarmi al {v} dopo le 18.",
        "Per la grigliata di sabato, chi porta cosa:\nGiorgio – bibite e ghiaccio – {v}\nChiara – torta salata\nMarco – carbonella",
    ],
    "nl": [
        "Kun je dit vertalen naar het Engels? \"Bel me even op {v} als je bij het station bent, dan kom ik je ophalen.\"",
        "Overdracht nachtdienst: dochter van mevrouw De Wit (kamer 14) wil bij verslechtering direct op de hoogte gebracht worden, ook 's nachts: {v}.",
    ],
    "pt": [
        "Pode deixar isto mais curto? \"Olá, sou o técnico da caldeira, se precisar de remarcar a visita ligue para o {v} até sexta-feira.\"",
        "Converte isto numa tabela: Rui Martins; Rua do Almada 120, 4050-031 Porto; {v}; rui.martins@gmail.com",
    ],
    "pl": [
        "Przetłumacz na angielski: \"W razie problemów z dostawą proszę dzwonić pod numer {v}, jestem dostępny od 8 do 16.\"",
        "Jakby co, to w sprawie kluczy do piwnicy pytaj panią Basię z parteru, {v}, ona jest prawie zawsze w domu.",
    ],
    "cs": [
        "Můžeš to přeformulovat slušněji? \"Zavolejte mi na {v}, ať to konečně vyřešíme.\"",
        "Prodám zachovalou sedačku, Brno-Žabovřesky, 2 500 Kč, odvoz vlastní. Jana {v}, nejlépe večer.",
    ],
    "sk": [
        "Ahoj, som doma až po šiestej, keby niečo, volaj mi na mobil {v}.",
        "Doučovanie angličtiny pre základné a stredné školy, Bratislava-Petržalka, 12 € za hodinu. Mgr. Zuzana Horváthová, {v}",
    ],
    "sv": [
        "Kan du skriva om det här lite kortare? \"Hej! Ring mig på {v} när du är framme vid stugan så förklarar jag var nyckeln ligger.\"",
        "Säljes: barnvagn Emmaljunga, mörkblå, bra skick, 1 200 kr, hämtas i Västerås. Anna {v}",
    ],
    "da": [
        "Hej, kan du hjælpe mig med at skrive en kort besked til udlejeren om, at han kan ringe til mig på {v} angående vandskaden?",
        "Skriv en venlig påmindelse til forældrene om, at cykelturen starter kl. 9 ved Brugsen, og at de kan skrive til mig, Mette, på {v}, hvis barnet er sygt.",
    ],
    "fi": [
        "Voitko kääntää tämän englanniksi? \"Soita minulle numeroon {v}, jos et löydä pihaan.\"",
        "Myydään: lasten talvihaalari koko 110, Reima, hyvä kunto, 30 €. Nouto Tampereen Hervannasta, Mikko {v}",
    ],
    "no": [
        "Kan du gjøre denne meldingen mer formell? \"Ring meg på {v} hvis dere trenger mer info om leiligheten.\"",
        "Med vennlig hilsen\nKari Nordahl\nRegnskapsfører, Nordahl Regnskap AS\nStorgata 14, 3015 Drammen\n{v}",
    ],
    "ru": [
        "Переведи на английский, пожалуйста: «Если возникнут вопросы по заказу, звоните мне по номеру {v}, с 9 до 18».",
        "Сдаётся однокомнатная квартира у метро Пионерская, 35 000 ₽ в месяц, без животных. Спросить Ольгу Викторовну, {v}",
    ],
    "uk": [
        "Допоможи скоротити оголошення: «Продаю дитячий візочок у гарному стані, Львів, телефонуйте {v}, можна у вайбер».",
        "Список на виїзд у суботу:\nводій — Тарас Мельник, {v}\nзбір о 7:00 біля ЦУМу, беремо термоси",
    ],
    "tr": [
        "Bunu daha resmi yazar mısın? \"Sorun olursa beni {v} numarasından arayabilirsin.\"",
        "Sahibinden satılık 2+1 daire, Kadıköy Moda, 3. kat, asansörlü, deniz manzaralı. Ahmet Bey {v}",
    ],
    "el": [
        "Μπορείς να το μεταφράσεις στα αγγλικά; «Για οποιαδήποτε απορία, καλέστε με στο {v} μετά τις 5 το απόγευμα.»",
        "Ενοικιάζεται δυάρι στην Καλαμαριά, 55 τ.μ., επιπλωμένο, 450 €. Κυρία Ελένη, {v}",
    ],
    "he": [
        "תוכל לנסח את זה בצורה מנומסת יותר? \"תתקשר אליי ל-{v} ברגע שאתה מגיע לחניה.\"",
        "להשכרה דירת 3 חדרים ברמת גן, קרוב לבורסה, 5,200 ש\"ח, כניסה מיידית. שרית {v}",
    ],
    "fa": [
        "لطفاً این پیام را به انگلیسی ترجمه کن: «اگر سؤالی داشتید با شماره {v} تماس بگیرید.»",
        "فروش فوری پژو ۲۰۶ مدل ۹۶، سفید، بدون رنگ، تهران سعادت‌آباد. آقای رضایی {v}",
    ],
    "hi": [
        "इसे अंग्रेज़ी में अनुवाद कर दो: \"कोई दिक्कत हो तो मुझे {v} पर फ़ोन कर देना, मैं शाम तक ऑफिस में हूँ।\"",
        "किराये के लिए 2BHK फ्लैट, सेक्टर 62, नोएडा, ₹18,000 महीना, सिर्फ़ फैमिली के लिए। शर्मा जी {v}",
    ],
    "ja": [
        "これをもう少し丁寧な言い方にしてください：「何かあったら{v}に電話して。」",
        "山田太郎\n株式会社ミナト物産 営業部\n〒105-0011 東京都港区芝公園1-2-3\n{v}",
    ],
    "zh": [
        "帮我把这段话翻译成英文：“如果快递到了家里没人，请打我手机{v}。”",
        "出租：朝阳区望京两居室，精装修，月租6500，押一付三，随时看房。王女士 {v}",
    ],
    "ko": [
        "이 문자 좀 더 정중하게 바꿔줘: \"택배 도착하면 {v}로 전화 주세요.\"",
        "이사 도와줄 사람 명단\n- 민수 {v} (트럭 가져옴)\n- 지현 (토요일 오후만 가능)",
    ],
    "vi": [
        "Dịch giúp mình sang tiếng Anh: \"Có gì cần thì gọi cho chị theo số {v} nhé, chị ở nhà cả ngày.\"",
        "Cần bán xe Honda Vision 2019, màu đỏ, chính chủ, giá 22 triệu, Quận 7, TP.HCM. Anh Tuấn {v}",
    ],
    "id": [
        "Tolong buat pesan ini lebih singkat: \"Kalau paketnya sudah sampai, tolong telepon saya di {v} karena bel rumah rusak.\"",
        "Dijual cepat motor Beat 2020, surat lengkap, pajak hidup, Depok. Bu Sri {v}",
    ],
    "th": [
        "ช่วยแปลเป็นภาษาอังกฤษหน่อย: \"ถ้ามีปัญหาอะไรโทรหาผมได้ที่ {v} ครับ\"",
        "ให้เช่าคอนโดใกล้ BTS อ่อนนุช 1 ห้องนอน เฟอร์นิเจอร์ครบ เดือนละ 9,500 บาท คุณนิด {v}",
    ],
    "hu": [
        "Le tudnád fordítani angolra? \"Ha bármi kérdés van, hívj a {v} számon, délután ráérek.\"",
        "Szia! Ha elakadtok a beköltözéssel, Zoli bácsi a házmester, {v}, nála van a pince kulcsa is.",
    ],
    "ro": [
        "Poți să reformulezi mai politicos? \"Sună-mă la {v} dacă tot nu merge centrala.\"",
        "Vând apartament 2 camere, Cluj-Napoca, cartier Mănăștur, etaj 3/4, 82.000 €, negociabil. Dna Pop {v}",
    ],
    "bg": [
        "Можеш ли да го преведеш на английски? „Ако има проблем с доставката, обадете ми се на {v}.“",
        "Поздрави,\nд-р Христо Николов\nДентална клиника „Усмивка“, гр. Варна\n{v}",
    ],
    "hr": [
        "Možeš li ovo skratiti? \"Ako trebate nešto oko apartmana, slobodno me nazovite na {v}, dostupna sam cijeli dan.\"",
        "Prodajem dječji bicikl, 16 inča, očuvan, 50 €, Zagreb Trešnjevka. Ivana {v}",
    ],
    "sl": [
        "Lahko to prevedeš v angleščino? \"Če bo kaj narobe z dostavo, me pokličite na {v}.\"",
        "Jutri me ni v službi, za ključe od arhiva vprašaj Matejo, {v}.",
    ],
    "lt": [
        "Gal gali išversti į anglų kalbą? \"Jei kiltų klausimų, skambinkite man telefonu {v}.\"",
        "Parduodamas dviratis, beveik naujas, 150 €, Vilnius, Žirmūnai. Tomas {v}",
    ],
    "lv": [
        "Vai vari šo pārrakstīt pieklājīgāk? \"Zvani man uz {v}, kad esi pie mājas.\"",
        "Izīrē divistabu dzīvokli Rīgā, Purvciemā, 350 € mēnesī, ar mēbelēm. Inese {v}",
    ],
    "ka": [
        "შეგიძლია ინგლისურად თარგმნო? „თუ რამე პრობლემა იქნება, დამირეკეთ ამ ნომერზე: {v}.“",
        "ქირავდება ოროთახიანი ბინა ვაკეში, ახალი რემონტით, 500 დოლარი თვეში. ნინო {v}",
    ],
    "az": [
        "Bunu ingiliscəyə tərcümə edə bilərsən? \"Hər hansı problem olsa, mənə {v} nömrəsinə zəng edin.\"",
        "Satılır: 3 otaqlı mənzil, Nərimanov rayonu, təmirli, kupçalı. Elvin müəllim {v}",
    ],
}
ENGLISH_ABROAD_HOLDOUT = [
    "Please call our office in {c} on {v} during their local business hours, not ours.",
    "Can you tidy this up: \"if you need anything while I'm in {c} my roaming phone is {v}, texts are cheaper than calls\"",
    "Our hotline for customers in {c} is {v}, open Monday to Friday.",
    "Regards,\nTom Whitaker\nRegional Manager, {c} branch\n{v}",
    "If anything goes wrong during the {c} leg of the tour, ask for our local guide Hana: {v}.",
    "Grandma's cousin in {c}, Aunt Rosa ({v}), said we could stay with her for a few nights in August.",
]

# Numbers near a phone word that are nobody's phone: `{v}` is filled below.
# Private people the tune sentences name besides the number's owner (a
# signature, a contact list): a finding on one of them is not a false alarm.
# Listed by reading the sentences, whether or not the recogniser finds them;
# left out where the script joins the name to a word (Thai `ครูแอน`).
OTHERS = [
    # Round 7.
    "Marco Bianchi", "Mette Nielsen", "Maja Novak", "Kowalski", "Anna", "Lars", "Ольгу", "Andrei",
    "Мария", "Tuấn", "Daniel Moreau",
    # Round 9.
    "Sarah Whitfield", "Patel", "Lefèvre", "Diallo", "Julien", "Lucía", "Ramón Quesada Ortiz", "Marco",
    "Giuseppina", "Ingrid de Vries", "Beatriz", "Almeida", "Fátima", "Rocha", "Tomku", "Jan Nowak",
    "Novákové", "Karel Dvořák", "Horváthovú", "Peter Kováč", "Anna Berg", "Mikael", "Sara", "Jussille",
    "Kari Haugen", "Ola Nordmann", "Иванова Марина Сергеевна", "Олена Коваль", "Петренко Андрій",
    "Ayşe Yılmaz", "Mehmet Yılmaz", "מיכל", "رضایی", "वर्मा", "山田 太郎", "王磊", "李娜", "김민지",
    "Hằng", "Nguyễn Văn An", "Ratna", "Ionescu Maria", "Георги Петров", "Matej Kranjc",
    "Rasa Petrauskienė", "Tomas Kazlauskas", "ნინო ბერიძე", "Klaus", "Maria Rossi",
    # Round 10 (holdout).
    "Sanne de Vries", "Tomáš K.", "Олена Петрівна",    # Rounds 1-8, missed when the list was first written (found by the
    # recogniser and read again in their sentences: private people all).
    "Budi", "Tom Harris", "Marie Dubois", "Giulia", "Giulia Ferraro", "De Vries", "Kowalska",
    "Erik Lindqvist", "Mikko Virtanen", "Matti Virtanen", "Оксана Шевченко", "田中", "鈴木", "王女士",
    "Andi Pratama", "Петрова", "Babić", "Marić", "Maja Kranjc", "Lukas Berg",
    # Round 11 (listed by a reader of the sentences, as written: `yilmaz` in
    # `frau yilmaz`, the Lithuanian genitive `Ilzes`).
    "Anna Kowalski", "Leo", "Tom Reyes", "Sarah", "mark", "Brandt", "jonas", "yilmaz", "Lefèvre",
    "Diallo", "Julien", "Claire", "nadia", "Lucía", "Javier Ortega", "Elena", "marta", "Giulia Ferri",
    "Marco Bellini", "Paola", "Davide Russo", "Joke", "Sem", "Femke", "Pieter", "Ana Ribeiro",
    "Rui", "Beatriz", "Tiago", "Kasia Nowak", "Tomek", "Nováková", "Petra Dvořáková", "Martin Svoboda",
    "Lukáš Horák", "Miguel Antunes", "Berger", "Petra Kováčová", "Janko", "Hudec", "Birgitta",
    "Linnea", "Johan", "sara", "Mette", "Søren Madsen", "Emil", "Railia", "Jussi", "Kari Nilsen",
    "Ole", "Ingrid Berg", "Иванова Ольга", "Галина Петровна", "Дмитрия", "Лена", "Марія", "Андрій Коваленко",
    "Ткаченко Олена Іванівна", "Ayşe", "Mehmet", "Emre", "Ελένη", "Νίκος", "Γιώργο", "Παπαδοπούλου",
    "מיכל אברהמי", "נועה", "רותי", "ירון", "לאבי", "رضایی", "کریمی", "مریم", "سارا", "राजेश", "सुनीता",
    "दिनेश", "佐藤", "山田 花子", "山田 健一", "田中", "김민수", "박지영", "Hùng", "Lan", "Na", "Thảo", "Mai", "Rina",
    "Joko", "Gábor", "Ilonka", "Tóth Judit", "bence", "marit", "Ionescu", "Andreea Popescu", "Петя",
    "Иван", "Георги Димитров", "Marko", "Ivana Horvat", "Luke", "Tomislav Babić", "ane", "Mojca",
    "Vera", "Petra Kranjc", "Rasa", "Jonas Petrauskas", "Ieva Kazlauskienė", "Jānis", "Ilzes",
    "Līga Ozola", "ნინო", "თამარი", "გიორგი", "ლევანის", "Rəşad", "Leyla Məmmədova", "Aygün", "elnur",
    "kamalın",
    # Round 12 (holdout; listed by a reader of the sentences).
    "Marjorie", "Kowalski", "Sandrine Lefèvre", "Marta", "Luis", "Giorgio", "Chiara", "Marco",
    "De Wit", "Rui Martins", "Basię", "Jana", "Zuzana Horváthová", "Anna", "Mette", "Mikko",
    "Kari Nordahl", "Ольгу Викторовну", "Тарас Мельник", "Ahmet", "Ελένη", "שרית", "رضایی", "शर्मा",
    "山田太郎", "王", "민수", "지현", "Tuấn", "Sri", "นิด", "Zoli", "Pop", "Христо Николов", "Ivana",
    "Matejo", "Tomas", "Inese", "ნინო", "Elvin", "Tom Whitaker", "Hana", "Rosa",
]


# Other real values in the tune sentences (a signature's e-mail and address).
OTHER_VALUES = [
    ("email", "sarah.whitfield@harbourlogistics.co.uk"), ("email", "karel.dvorak@stavby-cz.cz"),
    ("email", "minji.kim@hanbit.co.kr"), ("email", "davide.russo@example.it"), ("email", "ingrid.berg@epost.no"),
    ("email", "liga.ozola@inbox.lv"),
    ("street_address", "Unit 7, Dockside Park, Bristol BS1 6QH"), ("street_address", "C/ Alfonso XII 23, 2ºB, 28014 Madrid"),
    ("street_address", "ul. Długa 12, 30-001 Kraków"), ("street_address", "Storgatan 4, 753 20 Uppsala"),
    ("street_address", "45 Lê Lợi, Huế"), ("street_address", "〒150-0001 東京都渋谷区神宮前1-2-3"),
    ("street_address", "ул. Гладстон 8"),
    # Round 12 (holdout).
    ("street_address", "12 rue des Carmes, 31000 Toulouse"),
    ("street_address", "Rua do Almada 120, 4050-031 Porto"),
    ("email", "rui.martins@gmail.com"),
    ("street_address", "Storgata 14, 3015 Drammen"),
    ("street_address", "〒105-0011 東京都港区芝公園1-2-3"),
]


def labels_in(text, number):
    """`(detector, value)` in the order they occur: the number and each of
    OTHER_VALUES and OTHERS written in the text (whole words)."""
    import re

    spans = []
    if number:
        at = text.find(number)
        spans.append((at, at + len(number), "phone", number))
    others = [(d, v) for d, v in OTHER_VALUES] + [("person_name", n) for n in OTHERS]
    for detector, other in sorted(others, key=lambda o: len(o[1]), reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(other)}(?!\w)", text):
            if not any(a < m.end() and m.start() < b for a, b, _, _ in spans):
                spans.append((m.start(), m.end(), detector, other))
    return [(d, v) for _, _, d, v in sorted(spans)]


NEAR = [
    "Order 48213377 - call us if the parcel has not arrived by Friday.",
    "Phone model SM-G991B, firmware 2024.03.15, battery replaced.",
    "Call me on 2024-03-15 at 10:30 about the contract.",
    "The new phone costs 1 299 000 VND in the shop.",
    "Tel Aviv office opened in 2019 with 120 people.",
    "Invoice 2024/118/7731, contact accounts payable for a copy.",
    "Mobile app build 10.2.3.4512 crashes on start.",
    "ping 10.0.12.44 and call the on-call engineer if it fails",
    "Phone: +1 (555) 010-0123 (our example number in the docs)",
]



def cases(n=6):
    """Yields (kind, text, number or None, id, split)."""
    from faker import Faker

    rnd = random.Random(SEED)
    abroad = ENGLISH_ABROAD + ENGLISH_ABROAD_SEEN + ENGLISH_ABROAD_SEEN_2 + ENGLISH_ABROAD_SEEN_3 + ENGLISH_ABROAD_SEEN_4 + ENGLISH_ABROAD_SEEN_5 + ENGLISH_ABROAD_SEEN_6 + ENGLISH_ABROAD_SEEN_7
    used = {}  # tune sentences the random draws below reach, by language
    for locale, lang in LOCALES.items():
        fake = Faker(locale)
        fake.seed_instance(SEED)
        country = locale.split("_")[1]
        tune = TUNE[lang] + SEEN[lang] + SEEN_2[lang] + SEEN_3[lang] + SEEN_4[lang] + SEEN_5[lang] + SEEN_6[lang] + SEEN_7[lang]
        for i in range(n):
            cid = f"phones/{locale}/pos-{i}"
            split = split_of(cid)
            number = fake.phone_number()
            if i % 3 == 2:
                text = rnd.choice(ENGLISH_ABROAD_HOLDOUT if split == "holdout" else abroad)
                if split == "tune":
                    used.setdefault("abroad", set()).add(text)
                text = text.replace("{c}", country)
            else:
                text = rnd.choice(HOLDOUT[lang] if split == "holdout" else tune)
                if split == "tune":
                    used.setdefault(lang, set()).add(text)
            yield "positive", text.replace("{v}", number), number, cid, split
    # Every tune sentence once: the draws above reach a few of a pool each
    # round grows. Numbers from a second generator per language, so the
    # cases above stay as they were.
    extras = {locale: Faker(locale) for locale in LOCALES}
    for fake in extras.values():
        fake.seed_instance(SEED + 1)
    for lang in dict.fromkeys(LOCALES.values()):
        locales = [locale for locale, l in LOCALES.items() if l == lang]
        tune = TUNE[lang] + SEEN[lang] + SEEN_2[lang] + SEEN_3[lang] + SEEN_4[lang] + SEEN_5[lang] + SEEN_6[lang] + SEEN_7[lang] + SEEN_8[lang] + SEEN_9[lang] + SEEN_10[lang] + ROUND_11[lang]
        for k, text in enumerate(tune):
            if text not in used.get(lang, set()):
                locale = locales[k % len(locales)]
                number = extras[locale].phone_number()
                yield "positive", text.replace("{v}", number), number, f"phones/{locale}/seen-{k}", "tune"
    extra = Faker("en_US")
    extra.seed_instance(SEED + 1)
    for k, text in enumerate(abroad + ENGLISH_ABROAD_SEEN_8 + ENGLISH_ABROAD_SEEN_9 + ENGLISH_ABROAD_SEEN_10 + ENGLISH_ABROAD_ROUND_11):
        if text not in used.get("abroad", set()):
            number = extra.phone_number()
            yield "positive", text.replace("{c}", "US").replace("{v}", number), number, f"phones/abroad-seen-{k}", "tune"
    # Ofcom's drama numbers, as Faker's en_GB provider writes them.
    fake = Faker("en_GB")
    fake.seed_instance(SEED)
    for i in range(8):
        cid = f"phones/en_GB/fictional-{i}"
        text = rnd.choice(TUNE["en"] + SEEN_3["en"]).replace("{v}", fake.phone_number())
        yield "near_miss", text, None, cid, split_of(cid)
    for i, text in enumerate(NEAR):
        cid = f"phones/near-{i}"
        yield "near_miss", text, None, cid, split_of(cid)
