"""Internal hosts (an internal label anywhere in the name) and internal-only
markings in many languages, with sentences about public hosts and public
documents that hold neither.

Host names are made here from random organisation words and the internal
labels the issue lists (corp, internal, intranet, int, lan, private, stg,
staging, dev, prod); the detector supports only some of them, so recall
shows the gap. Each case carries a `split` like the people cases.
"""
import random

from gen import split_of

SEED = 11
ORG = ["fabrikam", "contoso", "northwind", "tailspin", "wingtip", "adatum", "litware", "proseware", "fourthcoffee", "woodgrove"]
SERVICES = ["ci-runner-3", "jira", "confluence", "gitlab", "jenkins", "grafana", "kibana", "vault", "db1", "build-7"]
LABELS = ["corp", "internal", "intranet", "int", "lan", "private", "stg", "staging", "dev", "prod"]
TLDS = ["com", "net", "io", "de", "co.uk"]


def host(rnd):
    return f"{rnd.choice(SERVICES)}.{rnd.choice(LABELS)}.{rnd.choice(ORG)}-tools.{rnd.choice(TLDS)}"


HOST_SENTENCES = ["ssh to {v} and check the nightly log", "the dashboard is at https://{v}/d/latency", "why does {v} time out from the VPN?"]
# The first holdout sentences (round 3), measured once, then the detector
# changed (environment labels after a tool or a numbered machine): tune now.
HOST_SEEN = ["Can you write a curl command against {v}:8443/health?", "add {v} to the allowlist in nginx.conf"]
# Round 4, written after that change: other machines (services the
# detector's tool list does not name among them) and other sentences. First
# measurement: precision 0.952, recall 0.909; then the detector changed:
# tune now.
HOST_SEEN_SERVICES_4 = ["sentry", "argocd", "metabase", "airflow", "nexus", "keycloak", "splunk", "api", "admin", "erp",
                         "reports", "k8s-node-4", "pg-replica-1", "bastion", "app"]
HOST_SEEN_4 = ["Our runbook says to restart {v} first; can you turn that into a checklist?",
                "Here is the stack trace from {v}, what does the NullPointerException mean?"]
# Public hosts with an environment label, written with round 4: not internal.
HOST_NEAR_4 = ["fonts load from cdn.prod.website-files.com on the landing page",
               "the crash reports go to sentry.prod.mozaws.net, Mozilla's public endpoint",
               "see the docs at docs.dev.azure.com for the pipeline syntax"]
HOST_NEAR = ["the docs are at https://docs.python.org/3/library/", "download it from github.com/rust-lang/rust", "our status page is status.fabrikam.com"]

# language -> (tune sentences with a marking in {v}, the markings, round-4 holdout
# sentences, measured once and tune now)
MARKINGS = {
    "en": (["{v} - onboarding checklist for new hires", "Process notes {v}: we will move the launch"],
           ["FABRIKAM INTERNAL", "(internal)", "For internal use only", "Not for external distribution", "Internal purposes only"],
           ["Please keep this {v}: Q3 hiring freeze details"]),
    "de": (["{v}: Planung für das dritte Quartal"], ["Nur für den internen Gebrauch", "Nur für interne Zwecke"], ["Hinweis ({v}): neue Preisliste"]),
    "fr": (["{v} : planning du troisième trimestre"], ["Usage interne uniquement", "Document interne"], ["Note ({v}) : nouvelle grille tarifaire"]),
    "es": (["{v}: planificación del tercer trimestre"], ["Solo para uso interno", "Documento interno"], ["Nota ({v}): nueva lista de precios"]),
    "pt": (["{v}: planejamento do terceiro trimestre"], ["Somente para uso interno"], ["Nota ({v}): nova tabela de preços"]),
    "it": (["{v}: pianificazione del terzo trimestre"], ["Solo per uso interno"], ["Nota ({v}): nuovo listino prezzi"]),
    "nl": (["{v}: planning derde kwartaal"], ["Alleen voor intern gebruik"], ["Opmerking ({v}): nieuwe prijslijst"]),
    "sv": (["{v}: planering för tredje kvartalet"], ["Endast för internt bruk"], ["Anteckning ({v}): ny prislista"]),
    "pl": (["{v}: plan na trzeci kwartał"], ["Tylko do użytku wewnętrznego"], ["Uwaga ({v}): nowy cennik"]),
    "cs": (["{v}: plán na třetí čtvrtletí"], ["Pouze pro interní potřebu"], ["Poznámka ({v}): nový ceník"]),
    "ru": (["{v}: план на третий квартал"], ["Только для внутреннего использования", "Для служебного пользования"], ["Примечание ({v}): новый прайс-лист"]),
    "uk": (["{v}: план на третій квартал"], ["Лише для внутрішнього використання"], ["Примітка ({v}): новий прайс"]),
    "tr": (["{v}: üçüncü çeyrek planı"], ["Sadece dahili kullanım içindir"], ["Not ({v}): yeni fiyat listesi"]),
    "ar": (["{v}: خطة الربع الثالث"], ["للاستخدام الداخلي فقط"], ["ملاحظة ({v}): قائمة الأسعار الجديدة"]),
    "he": (["{v}: תוכנית לרבעון השלישי"], ["לשימוש פנימי בלבד"], ["הערה ({v}): מחירון חדש"]),
    "hi": (["{v}: तीसरी तिमाही की योजना"], ["केवल आंतरिक उपयोग के लिए"], ["नोट ({v}): नई मूल्य सूची"]),
    "zh": (["{v}：第三季度计划"], ["仅供内部使用", "内部资料"], ["备注（{v}）：新价格表"]),
    "ja": (["{v}：第3四半期の計画"], ["社外秘", "社内限り"], ["注記（{v}）：新しい価格表"]),
    "ko": (["{v}: 3분기 계획"], ["대외비", "내부용"], ["참고({v}): 새 가격표"]),
    "vi": (["{v}: kế hoạch quý ba"], ["Chỉ sử dụng nội bộ"], ["Ghi chú ({v}): bảng giá mới"]),
    "id": (["{v}: rencana kuartal ketiga"], ["Hanya untuk penggunaan internal"], ["Catatan ({v}): daftar harga baru"]),
    "el": (["{v}: σχέδιο τρίτου τριμήνου"], ["Μόνο για εσωτερική χρήση"], ["Σημείωση ({v}): νέος τιμοκατάλογος"]),
}
# Round 5 (hosts and markings), by a writer who had not read the detector or
# its word lists: the holdout until it was measured twice (0.957/0.667, then
# 0.875/0.848 with stage labels and marking phrases in 27 languages); tune
# since. Machines, sentences (a log line, a scrape config, a question, a
# runbook step), public hosts with environment words, marking phrasings.
HOST_SEEN_5 = [
    "2024-05-14T03:12:09Z ERROR upstream connect error: dial tcp {v}:5432: connect: connection refused",
    "    targets: ['{v}:9100']   # node exporter scrape target in prometheus.yml",
    "Why does `nslookup {v}` resolve from my laptop but not from inside the container?",
    "Step 3: drain {v} in the load balancer, wait for active connections to reach zero, then run the migration.",
]

HOST_SEEN_SERVICES_5 = ["harbor", "rabbitmq-2", "prometheus", "consul", "minio", "kafka-broker-3", "redis-cache-01",
                           "sonarqube", "artifactory", "mattermost", "elastic-5", "ldap", "wiki", "etl-worker-2", "spinnaker"]

HOST_NEAR_5 = [
    "Our CI calls api.github.com to post commit statuses; the limit is 5,000 requests an hour.",
    "There's a good explainer on CSS grid at developer.mozilla.org/en-US/docs/Web/CSS/CSS_grid_layout.",
    "The public sample files download from storage.googleapis.com without any credentials.",
    "Live Share traffic goes to prod.liveshare.vsengsaas.visualstudio.com, so allow it on the guest Wi-Fi firewall.",
]

MARKINGS_SEEN_5 = {
    "en": (["The deck on the office move has '{v}' in every footer; can you boil it down to a one-page summary?"],
           ["INTERNAL ONLY - DO NOT FORWARD", "Company confidential: staff eyes only"]),
    "de": (["Die Folien tragen den Vermerk „{v}“; fasse bitte die Zahlen zum Umzug des Lagers zusammen."],
           ["Intern – nicht weiterleiten", "Vertraulich – nur für Mitarbeitende"]),
    "fr": (["Le compte rendu porte la mention « {v} » ; peux-tu en tirer trois points clés pour le comité ?"],
           ["Diffusion interne uniquement", "Ne pas diffuser à l'extérieur de l'entreprise"]),
    "es": (["En el pie del correo pone «{v}»; ¿puedes resumir los cambios de turnos que anuncia?"],
           ["Uso exclusivamente interno", "Prohibida su difusión fuera de la empresa"]),
    "pt": (["O rodapé da apresentação diz \"{v}\"; resuma os slides sobre a mudança de escritório."],
           ["Uso interno – não divulgar", "Distribuição restrita aos colaboradores"]),
    "it": (["In testa al verbale c'è scritto «{v}»: puoi riassumerlo in cinque righe?"],
           ["Riservato al personale", "Documento a uso interno – non divulgare"]),
    "nl": (["Onderaan de presentatie staat '{v}'; maak er een korte samenvatting van voor het MT."],
           ["Intern document – niet doorsturen", "Uitsluitend bestemd voor medewerkers"]),
    "sv": (["Mejlet är märkt ”{v}”. Kan du sammanfatta det nya schemat för helgjouren?"],
           ["Intern information – får ej spridas externt", "Endast för anställda"]),
    "pl": (["Na stopce prezentacji jest dopisek „{v}”; streść proszę slajdy o nowym magazynie."],
           ["Dokument wewnętrzny – nie przekazywać na zewnątrz", "Wyłącznie dla pracowników"]),
    "cs": (["Zápis z porady je označený „{v}“; můžeš z něj vytáhnout hlavní úkoly?"],
           ["Interní dokument – nešířit mimo firmu", "Určeno pouze zaměstnancům"]),
    "ru": (["В шапке презентации стоит пометка «{v}»; сделай краткую выжимку по слайдам о переезде склада."],
           ["Внутренний документ, не для распространения", "Не пересылать за пределы компании"]),
    "uk": (["Лист позначено «{v}»; підсумуй, будь ласка, зміни в графіку чергувань."],
           ["Внутрішній документ – не поширювати", "Тільки для працівників компанії"]),
    "tr": (["Sunumun altbilgisinde \"{v}\" yazıyor; depo taşınmasıyla ilgili slaytları özetler misin?"],
           ["Şirket içi – dışarıya iletmeyiniz", "Yalnızca çalışanlara özeldir"]),
    "ar": (["في تذييل العرض التقديمي عبارة «{v}»؛ هل يمكنك تلخيص الشرائح الخاصة بنقل المستودع؟"],
           ["وثيقة داخلية – يُمنع تداولها خارج الشركة", "مخصص للموظفين فقط"]),
    "he": (["המצגת מסומנת \"{v}\"; תוכל לסכם את השקפים על המעבר למשרד החדש?"],
           ["מסמך פנימי – אין להעביר מחוץ לחברה", "מיועד לעובדי החברה בלבד"]),
    "hi": (["इस ईमेल पर \"{v}\" लिखा है; इसमें बताए गए नए शिफ़्ट नियमों का सार लिखो।"],
           ["आंतरिक दस्तावेज़ – बाहर साझा न करें", "केवल कर्मचारियों के लिए"]),
    "zh": (["这份会议纪要的页眉标注了“{v}”，请帮我提炼出三条待办事项。"],
           ["内部文件，请勿外传", "仅限公司员工阅览"]),
    "ja": (["スライドの右上に「{v}」とありますが、倉庫移転の部分だけ要約してください。"],
           ["社内資料・転送禁止", "社外持出禁止"]),
    "ko": (["회의록 상단에 '{v}'라고 적혀 있는데, 여기서 할 일 목록만 뽑아 주세요."],
           ["사내 한정 – 외부 유출 금지", "임직원 외 열람 금지"]),
    "vi": (["Chân trang của bản trình bày ghi \"{v}\"; hãy tóm tắt giúp tôi các slide về việc chuyển kho."],
           ["Tài liệu nội bộ – không chia sẻ ra bên ngoài", "Chỉ dành cho nhân viên công ty"]),
    "id": (["Di bagian bawah email tertulis \"{v}\"; tolong ringkas perubahan jadwal piket yang diumumkan."],
           ["Dokumen internal – jangan diteruskan ke pihak luar", "Khusus untuk karyawan"]),
    "el": (["Στο υποσέλιδο της παρουσίασης γράφει «{v}»· μπορείς να συνοψίσεις τις διαφάνειες για τη μετακόμιση της αποθήκης;"],
           ["Εσωτερικό έγγραφο – να μη διανεμηθεί εκτός εταιρείας", "Αποκλειστικά για το προσωπικό"]),
}

MARKING_NEAR_5 = [
    "The intern shadowed the night nurse for her whole first week on the ward.",
    "Most of the damage was internal bleeding, which is why the first X-ray looked normal.",
    "In Python, a leading underscore marks a name as internal to the module, by convention only.",
    "The rotor's internal temperature reached 340 °C during the endurance test.",
]
# Round 6 (hosts and markings): written by a writer who had read nothing of
# the repository; the holdout until it was measured (0.806/0.758, then
# 0.963/0.788); tune since round 7.
HOST_SEEN_6 = [
    "ssh -i ~/.ssh/deploy_ed25519 ops@{v} 'sudo systemctl restart nginx && journalctl -u nginx -n 50'",
    "DATABASE_URL=postgresql://app_rw:changeme@{v}:5432/billing?sslmode=require",
    "2024-03-11 02:14:07,882 ERROR [worker-3] requests.exceptions.ConnectionError: HTTPSConnectionPool(host='{v}', port=443): Max retries exceeded with url: /api/v2/jobs (Caused by NewConnectionError: [Errno 110] Connection timed out)",
    "Why does my browser show a certificate warning when I open https://{v}/dashboards/team-ops?orgId=1 but curl works fine?",
]

HOST_SEEN_SERVICES_6 = [
    "pg-replica-03",
    "rabbitmq-01",
    "grafana",
    "jenkins-agent-07",
    "confluence",
    "kafka-broker-2",
    "redis-cache-01",
    "es-data-node4",
    "vault",
    "sonarqube",
    "gitlab-runner-12",
    "mysql-ro-02",
    "prometheus",
    "nexus-artifacts",
    "ldap-dc1",
]

HOST_NEAR_6 = [
    "npm install kept timing out until I pointed the registry back at https://registry.npmjs.org and cleared the cache.",
    "Our pipeline runs on dev.azure.com and pushes images that are pulled from production.cloudflare.docker.com during deploys.",
    "Test payments go to api-m.sandbox.paypal.com, live ones to api-m.paypal.com, and Stripe calls hit api.stripe.com.",
    "The docs page loads fonts from fonts.gstatic.com and the widget script from cdn.jsdelivr.net, plus chat via api.intercom.io.",
]

MARKINGS_SEEN_6 = {
    "en": (["Can you summarise the attached slide deck? Every page footer says \"{v}\"."],
           ["COMPANY CONFIDENTIAL – NOT FOR EXTERNAL DISTRIBUTION",
            "This message is intended for Northwind staff only. Please do not forward it outside the organisation."]),
    "de": (["Fasse bitte dieses Dokument kurz zusammen, in der Kopfzeile steht „{v}“."],
           ["NUR FÜR DEN INTERNEN GEBRAUCH",
            "Intern – Weitergabe an Dritte nicht gestattet"]),
    "fr": (["Peux-tu résumer ce rapport ? Il porte la mention « {v} » en bas de chaque page."],
           ["DIFFUSION INTERNE UNIQUEMENT",
            "Document à usage interne – ne pas diffuser à l'extérieur de l'entreprise"]),
    "es": (["¿Me puedes resumir este informe? En el pie de página pone «{v}»."],
           ["USO INTERNO – PROHIBIDA SU DIFUSIÓN EXTERNA",
            "Documento exclusivo para empleados de la empresa"]),
    "pt": (["Podes fazer um resumo desta apresentação? No rodapé aparece \"{v}\"."],
           ["USO INTERNO – NÃO DIVULGAR",
            "Documento de circulação restrita aos colaboradores da empresa"]),
    "it": (["Puoi riassumermi questo documento? In intestazione c'è scritto \"{v}\"."],
           ["AD USO INTERNO – VIETATA LA DIFFUSIONE ESTERNA",
            "Riservato al personale dipendente"]),
    "nl": (["Kun je deze memo samenvatten? Bovenaan staat \"{v}\"."],
           ["INTERN – NIET VERSPREIDEN BUITEN DE ORGANISATIE",
            "Uitsluitend bestemd voor medewerkers"]),
    "sv": (["Kan du sammanfatta dokumentet åt mig? I sidfoten står det \"{v}\"."],
           ["ENDAST FÖR INTERNT BRUK",
            "Får ej spridas utanför företaget"]),
    "pl": (["Możesz streścić ten dokument? W stopce jest napis „{v}”."],
           ["WYŁĄCZNIE DO UŻYTKU WEWNĘTRZNEGO",
            "Dokument przeznaczony tylko dla pracowników firmy – nie przekazywać osobom trzecim"]),
    "cs": (["Můžeš mi shrnout tento dokument? V záhlaví je uvedeno „{v}“."],
           ["POUZE PRO INTERNÍ POTŘEBU",
            "Neveřejné – nešiřte mimo společnost"]),
    "ru": (["Сделай краткое содержание этого документа, на каждой странице стоит гриф «{v}»."],
           ["ДЛЯ ВНУТРЕННЕГО ПОЛЬЗОВАНИЯ",
            "Только для сотрудников компании. Не распространять за её пределами."]),
    "uk": (["Підсумуй, будь ласка, цей звіт — у колонтитулі написано «{v}»."],
           ["ДЛЯ ВНУТРІШНЬОГО КОРИСТУВАННЯ",
            "Лише для працівників компанії, поширення заборонено"]),
    "tr": (["Bu sunumu özetleyebilir misin? Alt bilgide \"{v}\" yazıyor."],
           ["ŞİRKET İÇİ KULLANIMA ÖZELDİR",
            "Bu belge yalnızca çalışanlarımız içindir, üçüncü kişilerle paylaşılamaz."]),
    "ar": (["هل يمكنك تلخيص هذا المستند؟ مكتوب في تذييل الصفحة «{v}»."],
           ["للاستخدام الداخلي فقط",
            "مخصص لموظفي الشركة فقط – يُمنع تداوله خارجياً"]),
    "he": (["תוכל לסכם את המסמך הזה? בכותרת התחתונה כתוב \"{v}\"."],
           ["לשימוש פנימי בלבד",
            "מיועד לעובדי החברה בלבד – אין להעביר לגורמים חיצוניים"]),
    "hi": (["क्या आप इस दस्तावेज़ का सारांश बना सकते हैं? इसके हर पन्ने पर \"{v}\" लिखा है।"],
           ["केवल आंतरिक उपयोग हेतु",
            "यह दस्तावेज़ केवल कंपनी के कर्मचारियों के लिए है, इसे बाहर साझा न करें"]),
    "zh": (["帮我总结一下这份文件，页眉上写着“{v}”。"],
           ["内部资料，请勿外传",
            "仅限公司内部使用"]),
    "ja": (["この資料を要約してください。フッターに「{v}」と書かれています。"],
           ["社外秘",
            "社内限り・取扱注意"]),
    "ko": (["이 문서 요약해 줄래? 머리글에 \"{v}\"라고 적혀 있어."],
           ["대외비 – 외부 유출 금지",
            "사내 한정 배포"]),
    "vi": (["Bạn tóm tắt giúp mình tài liệu này nhé, chân trang có ghi \"{v}\"."],
           ["TÀI LIỆU NỘI BỘ – KHÔNG PHÁT TÁN RA BÊN NGOÀI",
            "Chỉ lưu hành nội bộ"]),
    "id": (["Tolong ringkas dokumen ini, di bagian kop tertulis \"{v}\"."],
           ["HANYA UNTUK KALANGAN INTERNAL",
            "Dokumen ini hanya untuk karyawan, dilarang disebarluaskan ke pihak luar"]),
    "el": (["Μπορείς να μου κάνεις μια περίληψη αυτού του εγγράφου; Στο υποσέλιδο γράφει «{v}»."],
           ["ΓΙΑ ΕΣΩΤΕΡΙΚΗ ΧΡΗΣΗ ΜΟΝΟ",
            "Αποκλειστικά για το προσωπικό της εταιρείας – απαγορεύεται η κοινοποίηση σε τρίτους"]),
}

MARKING_NEAR_6 = [
    "The patient was referred to internal medicine for further evaluation of her unexplained anemia.",
    "The mechanic said the internal combustion engine needs a new timing belt before winter.",
    "Add an internal link from the pricing page to the FAQ so search engines crawl it more often.",
    "The minister called the border dispute an internal affair of the country and rejected foreign mediation.",
]

# Round 7 (hosts and markings): written by another writer who had read
# nothing of the repository; measured at the commit that added them and not
# looked at while tuning.
HOST_HOLDOUT = [
    "I keep getting this when I run `psql -h {v} -p 5432 -U app_ro orders` from my laptop: psql: error: could not connect to server: Connection timed out. Is the VPN the problem?",
    "Our values.yaml has `redis.url: \"redis://{v}:6379/0\"` but the pod logs say ECONNREFUSED, what should I check first?",
    "2024-05-14T09:12:33Z ERROR [http-nio-8080-exec-7] c.a.billing.Client - I/O error on POST request for \"https://{v}/api/v2/invoices\": Read timed out; nested exception is java.net.SocketTimeoutException",
    "Can you explain why `curl -v https://{v}/healthz` returns 'SSL certificate problem: unable to get local issuer certificate' only from the build agents?",
]

HOST_HOLDOUT_SERVICES = [
    "db-primary-2",
    "pg-replica-03",
    "kafka-broker-5",
    "rabbitmq-01",
    "jenkins-agent-14",
    "gitlab-runner-07",
    "confluence",
    "grafana",
    "prometheus-02",
    "ldap-dc1",
    "ad-dc02",
    "vault",
    "elastic-logs-3",
    "artifactory",
    "mysql-billing-a",
]

HOST_NEAR_7 = [
    "pip install keeps failing with a 403 from https://pypi.org/simple/requests/ and also from files.pythonhosted.org, is PyPI down?",
    "Switch the Stripe key to the live one before we deploy to prod; the test calls to api.stripe.com were all using the sandbox key.",
    "Why does PayPal's api-m.sandbox.paypal.com return 401 while the same token works on api-m.paypal.com?",
    "Our staging site loads jQuery from cdn.jsdelivr.net and fonts from fonts.googleapis.com, but the dev build pulls everything from registry.npmjs.org; should we pin versions?",
]

MARKINGS_HOLDOUT = {
    "en": (
        ["Can you summarise this deck for me? The footer on every slide says \"{v}\" and it's about the Q3 reorg."],
        ["INTERNAL USE ONLY – Do not distribute outside the company", "Acme Corp INTERNAL – for employees only"],
    ),
    "de": (
        ["Bitte fasse dieses Dokument zusammen, oben steht „{v}“ und es geht um die neue Reisekostenrichtlinie."],
        ["Nur für den internen Gebrauch", "Nur für Mitarbeitende – Weitergabe an Dritte nicht gestattet"],
    ),
    "fr": (
        ["Peux-tu traduire cet e-mail en anglais ? Il se termine par la mention « {v} »."],
        ["Usage interne uniquement", "Document interne – ne pas diffuser à l’extérieur de l’entreprise"],
    ),
    "es": (
        ["Resume esta presentación; en cada diapositiva aparece «{v}» en el pie de página."],
        ["Solo para uso interno", "Documento interno – prohibida su difusión fuera de la empresa"],
    ),
    "pt": (
        ["Você pode resumir este relatório? No rodapé está escrito “{v}”."],
        ["Uso interno exclusivo", "Documento interno – não divulgar fora da empresa"],
    ),
    "it": (
        ["Puoi riassumere questo documento? In alto c'è scritto «{v}» e riguarda il nuovo piano ferie."],
        ["Ad uso interno", "Documento riservato ai dipendenti – non divulgare all’esterno dell’azienda"],
    ),
    "nl": (
        ["Kun je deze notitie samenvatten? Onderaan staat ‘{v}’."],
        ["Alleen voor intern gebruik", "Intern document – niet verspreiden buiten de organisatie"],
    ),
    "sv": (
        ["Kan du översätta det här mejlet? Det slutar med ”{v}”."],
        ["Endast för internt bruk", "Intern information – får inte spridas utanför företaget"],
    ),
    "pl": (
        ["Streść proszę tę prezentację; na każdym slajdzie jest stopka „{v}”."],
        ["Tylko do użytku wewnętrznego", "Dokument wewnętrzny – nie rozpowszechniać poza firmą"],
    ),
    "cs": (
        ["Můžeš shrnout tento dokument? V záhlaví je „{v}“."],
        ["Pouze pro interní potřebu", "Interní dokument – nešířit mimo společnost"],
    ),
    "ru": (
        ["Переведи, пожалуйста, это письмо на английский; в конце стоит пометка «{v}»."],
        ["Только для внутреннего использования", "Для служебного пользования – не распространять за пределами компании"],
    ),
    "uk": (
        ["Зроби короткий підсумок цієї презентації; на кожному слайді є напис «{v}»."],
        ["Лише для внутрішнього використання", "Внутрішній документ – не поширювати за межами компанії"],
    ),
    "tr": (
        ["Bu belgeyi özetler misin? Alt bilgide “{v}” yazıyor."],
        ["Yalnızca şirket içi kullanım içindir", "Şirket içi belgedir – şirket dışına dağıtılamaz"],
    ),
    "ar": (
        ["هل يمكنك تلخيص هذا المستند؟ مكتوب في أسفل كل صفحة «{v}»."],
        ["للاستخدام الداخلي فقط", "وثيقة داخلية – يُمنع تداولها خارج الشركة"],
    ),
    "he": (
        ["תוכל לתרגם את המייל הזה לאנגלית? בסופו כתוב \"{v}\"."],
        ["לשימוש פנימי בלבד", "מסמך פנימי – אין להפיץ מחוץ לחברה"],
    ),
    "hi": (
        ["क्या आप इस प्रस्तुति का सारांश बना सकते हैं? हर स्लाइड के नीचे “{v}” लिखा है।"],
        ["केवल आंतरिक उपयोग के लिए", "आंतरिक दस्तावेज़ – कंपनी के बाहर साझा न करें"],
    ),
    "zh": (
        ["请帮我总结一下这份文件，页眉上写着“{v}”。"],
        ["仅供内部使用", "内部资料，请勿外传"],
    ),
    "ja": (
        ["この資料を要約してください。各ページのフッターに「{v}」と書かれています。"],
        ["社外秘", "社内限り・社外への持ち出し禁止"],
    ),
    "ko": (
        ["이 문서를 영어로 번역해 줄 수 있어? 맨 아래에 “{v}”라고 적혀 있어."],
        ["사내 한정", "내부용 – 외부 유출 금지"],
    ),
    "vi": (
        ["Bạn tóm tắt giúp tôi tài liệu này nhé, cuối trang có ghi “{v}”."],
        ["Chỉ sử dụng nội bộ", "Tài liệu nội bộ – không phát tán ra ngoài công ty"],
    ),
    "id": (
        ["Tolong ringkas presentasi ini; di setiap slide ada tulisan “{v}”."],
        ["Hanya untuk penggunaan internal", "Dokumen internal – dilarang disebarluaskan ke luar perusahaan"],
    ),
    "el": (
        ["Μπορείς να μεταφράσεις αυτό το email; Στο τέλος γράφει «{v}»."],
        ["Μόνο για εσωτερική χρήση", "Εσωτερικό έγγραφο – απαγορεύεται η διανομή εκτός εταιρείας"],
    ),
}

MARKING_NEAR_7 = [
    "The internal combustion engine in my car makes a knocking sound when I accelerate uphill, what could cause it?",
    "Can you explain the difference between internal and external validity in a randomized controlled trial?",
    "My doctor mentioned possible internal bleeding after the fall; what symptoms should I watch for?",
    "In Python, what does a leading underscore mean for an internal helper function in a module?",
]

MARKING_NEAR = ["The internal combustion engine was invented in the 19th century.", "Internal links on the page point to sections.", "Use internal padding in the CSS box model."]



def cases():
    """Yields (kind, text, [(detector, value)], id, split)."""
    rnd = random.Random(SEED)
    for i in range(60):
        cid = f"internal/host-{i}"
        split = split_of(cid)
        pool = HOST_HOLDOUT if split == "holdout" else HOST_SENTENCES + HOST_SEEN + HOST_SEEN_4 + HOST_SEEN_5 + HOST_SEEN_6
        v = host(rnd)
        service = rnd.choice(HOST_HOLDOUT_SERVICES if split == "holdout" else HOST_SEEN_SERVICES_4 + HOST_SEEN_SERVICES_5 + HOST_SEEN_SERVICES_6)
        if split == "holdout" or i % 2:
            v = service + v[v.index("."):]
        yield "positive", pool[i % len(pool)].replace("{v}", v), [("internal_hostname", v)], cid, split
    for i, text in enumerate(HOST_NEAR + MARKING_NEAR):
        cid = f"internal/near-{i}"
        yield "near_miss", text, [], cid, split_of(cid)
    for i, text in enumerate(HOST_NEAR_4):
        yield "near_miss", text, [], f"internal/near-r4-{i}", "tune"
    for i, text in enumerate(HOST_NEAR_5 + MARKING_NEAR_5):
        yield "near_miss", text, [], f"internal/near-r5-{i}", "tune"
    for i, text in enumerate(HOST_NEAR_6 + MARKING_NEAR_6):
        yield "near_miss", text, [], f"internal/near-r6-{i}", "tune"
    for i, text in enumerate(HOST_NEAR_7 + MARKING_NEAR_7):
        yield "near_miss", text, [], f"internal/near-r7-{i}", "holdout"
    for lang, (sentences, markings, holdout) in MARKINGS.items():
        used = set()
        for i, m in enumerate(markings * 2):
            cid = f"internal/{lang}/marking-{i}"
            split = split_of(cid)
            if split == "holdout":
                pool, fresh = MARKINGS_HOLDOUT[lang]
                m = fresh[i % len(fresh)]
            else:
                pool = sentences + holdout
                used.add(i % len(pool))
            yield "positive", pool[i % len(pool)].replace("{v}", m), [("internal_marking", m)], cid, split
        # Every tune sentence at least once.
        for k, sentence in enumerate(sentences + holdout):
            if k not in used:
                m = markings[k % len(markings)]
                yield "positive", sentence.replace("{v}", m), [("internal_marking", m)], f"internal/{lang}/marking-seen-{k}", "tune"
    # Round 5's and round 6's markings, in their own sentences: tune since
    # rounds 6 and 7.
    for r, seen in [(5, MARKINGS_SEEN_5), (6, MARKINGS_SEEN_6)]:
        for lang, (pool, fresh) in seen.items():
            for i, m in enumerate(fresh):
                yield "positive", pool[i % len(pool)].replace("{v}", m), [("internal_marking", m)], f"internal/{lang}/marking-r{r}-{i}", "tune"
