"""Provider credential formats (the class gitleaks covers), as the providers
document them: for each, how to make a value of that shape. The regexes in
core/policy/detectors.toml were written from the same documentation, so
these cases measure boundaries, validators and collisions between detectors
rather than format knowledge; docs/accuracy.md says so.

Each entry: detector id -> (generator, context word or None). A generator
returns the value, or (text, value) when the text around the value is part
of the format (`AccountKey=...`). A context word
is put next to the value for detectors that require one (a bare 32-hex string
is only a Datadog key when "datadog" is nearby).
"""
import base64

import gen
from gen import ALNUM, B64URL, DIGITS, HEX, LOWER, UPPER, R, mixed, rand

B64 = ALNUM + "+/"


def T(prefix, alphabet, n):
    return lambda: prefix + mixed(n, alphabet)


def uuid():
    h = rand(HEX, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b64(s):
    return base64.b64encode(s.encode()).decode()


PROVIDERS = {
    # cloud
    "azure_storage_key": (lambda: (lambda k: ("DefaultEndpointsProtocol=https;AccountName=acmedata;AccountKey=" + k, k))(mixed(86, B64) + "=="), None),
    "azure_sas_token": (lambda: (lambda k: ("https://acmedata.blob.core.windows.net/exports/q3.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31T00:00:00Z&sig=" + k, k))(mixed(43, ALNUM) + "%3D"), None),
    "azure_ad_client_secret": (lambda: mixed(3) + R.choice(DIGITS) + "Q~" + mixed(34, ALNUM + "_~.-"), None),
    "gcp_service_account_key": (lambda: (lambda k: ('"private_key_id": "' + k + '"', k))(rand(HEX, 40)), None),
    "google_oauth_client_secret": (T("GOCSPX-", B64URL, 28), None),
    "google_oauth_access_token": (T("ya29.", B64URL, 120), None),
    "tencent_secret_id": (T("AKID", ALNUM, 32), None),
    "yandex_api_key": (T("AQVN", B64URL, 36), None),
    "yandex_access_token": (lambda: "t1." + mixed(20, B64URL) + "." + mixed(86, B64URL), None),
    "scaleway_access_key": (T("SCW", UPPER + DIGITS, 17), None),
    "hetzner_token": (lambda: mixed(64), "hcloud"),
    "heroku_api_key": (T("HRKU-", B64URL, 60), None),
    "flyio_token": (lambda: R.choice(["fo1_" + mixed(43, B64URL), "FlyV1 fm2_" + mixed(120, B64)]), None),
    "netlify_token": (T("nfp_", ALNUM, 36), None),
    "render_api_key": (T("rnd_", ALNUM, 32), None),
    "cloudflare_api_token": (lambda: mixed(40, B64URL), "cloudflare"),
    "cloudflare_origin_ca_key": (lambda: "v1.0-" + rand(HEX, 24) + "-" + rand(HEX, 146), None),
    "fastly_api_token": (lambda: mixed(32, B64URL), "fastly"),
    "terraform_cloud_token": (lambda: mixed(14) + ".atlasv1." + mixed(67, B64URL), None),
    "tailscale_key": (lambda: "tskey-" + R.choice(["auth", "api", "client"]) + "-" + mixed(12) + "-" + mixed(30), None),
    "ngrok_token": (lambda: "2" + mixed(26) + "_" + mixed(21), "ngrok"),
    "onepassword_token": (lambda: R.choice(["ops_eyJ" + mixed(300, B64), "A3-" + rand(UPPER + DIGITS, 6) + "-" + rand(UPPER + DIGITS, 11) + "-" + rand(UPPER + DIGITS, 5) + "-" + rand(UPPER + DIGITS, 5) + "-" + rand(UPPER + DIGITS, 5)]), None),
    "infisical_token": (lambda: "st." + uuid() + "." + rand(HEX, 32) + "." + rand(HEX, 32), None),
    "aws_session_token": (lambda: (lambda k: ("aws_session_token = " + k, k))(mixed(356, B64)), None),
    "aws_mws_key": (lambda: "amzn.mws." + uuid(), None),
    "amazon_oauth_client_secret": (lambda: "amzn1.oa2-cs.v1." + rand(HEX, 64), None),
    "firebase_fcm_server_key": (lambda: "AAAA" + mixed(7, B64URL) + ":APA91b" + mixed(134, B64URL), None),
    "azure_devops_pat": (lambda: rand(LOWER + "234567", 52), "azure devops"),
    "kubernetes_client_key": (lambda: (lambda k: ("client-key-data: " + k, k))(mixed(120, B64) + "="), None),
    "docker_config_auth": (lambda: (lambda k: ('"auths": {"registry.acme.io": {"auth": "' + k + '"}}', k))(b64("ci-bot:" + mixed(18))), None),
    "npmrc_auth": (lambda: (lambda k: ("registry=https://npm.acme.io/\n_auth = " + k, k))(b64("deploy:" + mixed(16))), None),
    "putty_private_key": (lambda: "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\nPublic-Lines: 2\n" + mixed(64, B64) + "\n" + mixed(20, B64) + "\nPrivate-Lines: 1\n" + mixed(44, B64), None),
    # VCS, CI and package registries
    "docker_hub_token": (T("dckr_pat_", B64URL, 27), None),
    "bitbucket_app_password": (T("ATBB", ALNUM, 32), None),
    "atlassian_api_token": (lambda: "ATATT3" + mixed(178, B64URL + "=") + rand(HEX.upper(), 8), None),
    "sourcegraph_token": (lambda: "sgp_" + rand(HEX, 16) + "_" + rand(HEX, 40), None),
    "circleci_token": (lambda: "CCIPAT_" + mixed(22) + "_" + rand(HEX, 40), None),
    "buildkite_token": (lambda: "bkua_" + rand(HEX, 40), None),
    "jfrog_token": (lambda: R.choice(["AKCp" + mixed(69), "cmVmdGtuOjAxOj" + mixed(50)]), None),
    "nuget_api_key": (lambda: "oy2" + rand(LOWER + DIGITS, 43), None),
    "rubygems_api_key": (lambda: "rubygems_" + rand(HEX, 48), None),
    "clojars_token": (lambda: "CLOJARS_" + rand(LOWER + DIGITS, 60), None),
    "cratesio_token": (T("cio", ALNUM, 32), None),
    "sonarqube_token": (lambda: R.choice(["sqp_", "squ_", "sqa_"]) + rand(HEX, 40), None),
    "octopus_deploy_key": (T("API-", UPPER + DIGITS, 26), None),
    "harness_token": (lambda: "pat." + mixed(22, B64URL) + "." + rand(HEX, 24) + "." + mixed(20), None),
    "prefect_api_key": (T("pnu_", ALNUM, 36), None),
    "readme_api_key": (lambda: "rdme_" + rand(LOWER + DIGITS, 70), None),
    # observability
    "sentry_token": (lambda: R.choice(["sntrys_eyJ" + mixed(80, B64) + "_" + mixed(43, B64), "sntryu_" + rand(HEX, 64)]), None),
    "sentry_dsn": (lambda: "https://" + rand(HEX, 32) + "@o" + gen.digits(6) + ".ingest.sentry.io/" + gen.digits(7), None),
    "new_relic_key": (lambda: R.choice(["NRAK-" + rand(UPPER + DIGITS, 27), "NRJS-" + rand(HEX, 19), "NRII-" + mixed(32, B64URL)]), None),
    "datadog_api_key": (lambda: rand(HEX, 32), "datadog"),
    "dynatrace_token": (lambda: "dt0c01." + rand(UPPER + DIGITS, 24) + "." + rand(UPPER + DIGITS, 64), None),
    "grafana_cloud_token": (lambda: "glc_" + mixed(60, B64) + "=", None),
    "launchdarkly_key": (lambda: R.choice(["api-", "sdk-"]) + uuid(), None),
    # SaaS APIs
    "algolia_api_key": (lambda: rand(HEX, 32), "algolia"),
    "contentful_token": (T("CFPAT-", B64URL, 43), None),
    "notion_token": (lambda: R.choice(["ntn_" + gen.digits(11) + mixed(35), "secret_" + mixed(43)]), None),
    "airtable_token": (lambda: "pat" + mixed(14) + "." + rand(HEX, 64), None),
    "figma_token": (T("figd_", B64URL, 40), None),
    "asana_token": (lambda: R.choice(["1/", "2/"]) + gen.digits(16) + ":" + mixed(32), None),
    "clickup_token": (lambda: "pk_" + gen.digits(8) + "_" + rand(UPPER + DIGITS, 32), None),
    "hubspot_token": (lambda: "pat-" + R.choice(["na1", "eu1"]) + "-" + uuid(), None),
    "mailchimp_api_key": (lambda: rand(HEX, 32) + "-us" + str(R.randint(1, 21)), None),
    "mailgun_api_key": (lambda: "key-" + rand(HEX, 32), None),
    "brevo_api_key": (lambda: "xkeysib-" + rand(HEX, 64) + "-" + mixed(16), None),
    "resend_api_key": (lambda: "re_" + mixed(8) + "_" + mixed(24), None),
    "twilio_api_key": (lambda: "SK" + rand(HEX, 32), None),
    "discord_bot_token": (lambda: R.choice("MNO") + mixed(25, B64URL) + "." + mixed(6, B64URL) + "." + mixed(38, B64URL), None),
    "discord_webhook": (lambda: "https://discord.com/api/webhooks/" + gen.digits(18) + "/" + mixed(68, B64URL), None),
    "teams_webhook": (lambda: "https://acme.webhook.office.com/webhookb2/" + uuid() + "@" + uuid() + "/IncomingWebhook/" + rand(HEX, 32) + "/" + uuid(), None),
    "twitter_bearer_token": (lambda: "AAAAAAAAAAAAAAAAAAAAA" + mixed(80, ALNUM + "%"), None),
    "facebook_access_token": (lambda: R.choice(["EAAB", "EAAG", "EAAC"]) + mixed(150), None),
    "instagram_token": (T("IGQV", B64URL, 150), None),
    "dropbox_token": (T("sl.", B64URL, 140), None),
    "salesforce_token": (lambda: "00D" + mixed(15) + "!" + mixed(96, ALNUM + "._"), None),
    "mapbox_secret_token": (lambda: "sk.eyJ" + mixed(60, B64URL) + "." + mixed(22, B64URL), None),
    "typeform_token": (T("tfp_", B64URL, 59), None),
    "rapidapi_key": (lambda: mixed(50, ALNUM), "rapidapi"),
    "okta_api_token": (lambda: "00" + mixed(40, B64URL), "okta"),
    "frameio_token": (T("fio-u-", B64URL, 64), None),
    "adafruit_io_key": (T("aio_", ALNUM, 28), None),
    "defined_networking_key": (lambda: "dnkey-" + rand(LOWER + DIGITS, 26) + "-" + rand(LOWER + DIGITS, 52), None),
    "beamer_api_key": (T("b_", B64URL, 44), "beamer"),
    # payments and commerce
    "stripe_webhook_secret": (T("whsec_", ALNUM, 32), None),
    "braintree_token": (lambda: "access_token$production$" + rand(LOWER + DIGITS, 16) + "$" + rand(HEX, 32), None),
    "razorpay_key": (T("rzp_live_", ALNUM, 14), None),
    "flutterwave_key": (lambda: "FLWSECK-" + rand(HEX, 32) + "-X", None),
    "mollie_api_key": (T("live_", ALNUM, 30), "mollie"),
    "gocardless_token": (T("live_", B64URL, 40), "gocardless"),
    "plaid_access_token": (lambda: "access-production-" + uuid(), None),
    "easypost_api_key": (lambda: R.choice(["EZAK", "EZTK"]) + rand(HEX, 54), None),
    "shippo_token": (lambda: "shippo_live_" + rand(HEX, 40), None),
    "duffel_token": (lambda: "duffel_live_" + mixed(43, B64URL), None),
    # AI providers
    "groq_api_key": (T("gsk_", ALNUM, 52), None),
    "perplexity_api_key": (T("pplx-", ALNUM, 48), None),
    "xai_api_key": (T("xai-", ALNUM, 80), None),
    "replicate_token": (T("r8_", ALNUM, 37), None),
    "fireworks_api_key": (T("fw_", ALNUM, 24), None),
    "langsmith_api_key": (lambda: "lsv2_" + R.choice(["pt", "sk"]) + "_" + rand(HEX, 32) + "_" + rand(HEX, 10), None),
    "pinecone_api_key": (lambda: "pcsk_" + mixed(6) + "_" + mixed(63), None),
    "openrouter_api_key": (lambda: "sk-or-v1-" + rand(HEX, 64), None),
    "elevenlabs_api_key": (lambda: "sk_" + rand(HEX, 48), None),
    "cohere_api_key": (lambda: mixed(40), "cohere"),
    "deepseek_api_key": (lambda: "sk-" + rand(HEX, 32), "deepseek"),
    "wandb_api_key": (lambda: rand(HEX, 40), "wandb"),
    # databases
    "supabase_secret_key": (T("sb_secret_", B64URL, 32), None),
    "neon_api_key": (lambda: "napi_" + rand(LOWER + DIGITS, 64), None),
    "planetscale_token": (lambda: R.choice(["pscale_tkn_", "pscale_pw_", "pscale_oauth_"]) + mixed(43, B64URL), None),
}
