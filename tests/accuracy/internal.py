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
# measurement: precision 0.952, recall 0.909.
HOST_HOLDOUT_SERVICES = ["sentry", "argocd", "metabase", "airflow", "nexus", "keycloak", "splunk", "api", "admin", "erp",
                         "reports", "k8s-node-4", "pg-replica-1", "bastion", "app"]
HOST_HOLDOUT = ["Our runbook says to restart {v} first; can you turn that into a checklist?",
                "Here is the stack trace from {v}, what does the NullPointerException mean?"]
# Public hosts with an environment label, written with round 4: not internal.
HOST_NEAR_4 = ["fonts load from cdn.prod.website-files.com on the landing page",
               "the crash reports go to sentry.prod.mozaws.net, Mozilla's public endpoint",
               "see the docs at docs.dev.azure.com for the pipeline syntax"]
HOST_NEAR = ["the docs are at https://docs.python.org/3/library/", "download it from github.com/rust-lang/rust", "our status page is status.fabrikam.com"]

# language -> (tune sentences with a marking in {v}, the markings, holdout sentences)
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
MARKING_NEAR = ["The internal combustion engine was invented in the 19th century.", "Internal links on the page point to sections.", "Use internal padding in the CSS box model."]



def cases():
    """Yields (kind, text, [(detector, value)], id, split)."""
    rnd = random.Random(SEED)
    for i in range(30):
        cid = f"internal/host-{i}"
        split = split_of(cid)
        pool = HOST_HOLDOUT if split == "holdout" else HOST_SENTENCES + HOST_SEEN
        v = host(rnd)
        if split == "holdout":
            service = rnd.choice(HOST_HOLDOUT_SERVICES)
            v = service + v[v.index("."):]
        yield "positive", pool[i % len(pool)].replace("{v}", v), [("internal_hostname", v)], cid, split
    for i, text in enumerate(HOST_NEAR + MARKING_NEAR):
        cid = f"internal/near-{i}"
        yield "near_miss", text, [], cid, split_of(cid)
    for i, text in enumerate(HOST_NEAR_4):
        cid = f"internal/near-r4-{i}"
        yield "near_miss", text, [], cid, "holdout"
    for lang, (sentences, markings, holdout) in MARKINGS.items():
        for i, m in enumerate(markings * 2):
            cid = f"internal/{lang}/marking-{i}"
            split = split_of(cid)
            pool = holdout if split == "holdout" else sentences
            # A parenthesised holdout slot takes the bare word "internal" in the language's marking.
            yield "positive", pool[i % len(pool)].replace("{v}", m), [("internal_marking", m)], cid, split
