#!/usr/bin/env python3
"""Throws hostile input at every entry of a running ipr-hotline, from outside, and reports what broke.

A finding is a 5xx, an answer slower than 3 s, a dropped connection, or a readiness check that
stops answering. Public entries (API, portal forms, signed Twilio webhooks) get junk JSON, bodies
and multiparts, junk headers and valid tips whose text is the worst case; staff addresses get junk
in their parameters, as the local users. Start the service with the rate limits raised, or most
answers are 429:

  for n in API_TIPS PORTAL_REPORTS CLASSIFY LOOKUPS REPLIES SMS CALLS; do
    export IPR_RATE_LIMITS_${n}_REQUESTS=1000000; done; deploy/run-local.sh
  python3 bench/fuzz.py http://localhost:8080 1500 7     # base URL, rounds, seed

TWILIO_AUTH_TOKEN signs the webhooks (run-local's stand-in by default). Exits 1 on a finding.
"""
import base64
import hashlib
import hmac
import http.client
import json
import os
import random
import sys
import time
import urllib.parse

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 300
SEED = int(sys.argv[3]) if len(sys.argv) > 3 else 1
TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "local-development-token")
SLOW = 3.0
rnd = random.Random(SEED)
host = urllib.parse.urlparse(BASE)
findings = []
counts = {}

WORST = [
    "", " ", "\x00", "a\x00b", "\u202e\u2066evil\u2069", "\ufeff", "\ud7ff", "\uffff", "\U0001F600" * 5000,
    "a" * 20000, "1" * 20000, "a" * 20001, "http://" * 2800, "www." * 5000, "@" * 20000, "a@" * 10000,
    "1." * 10000, "1,0" * 6666, "¥" * 20000, "元" * 20000, "万" * 20000, "亿元" * 10000, "1万" * 10000,
    "\u0301" * 20000, "e\u0301" * 10000, "\r\n" * 10000, "%00", "../../../../etc/passwd", "<script>x</script>",
    "{{7*7}}", "${7*7}", "' or 1=1 --", "\\", "\\u0000", "ＡＢＣ" * 6000, "假冒" * 10000, "淘宝" * 10000,
    "+86" + "1" * 30, "+" * 300, "(" * 300, "-" * 300, " " * 20000, "\t" * 20000, "9" * 400, "0x" + "f" * 400,
    "https://a.b/" + "%" * 5000, "a.b." * 4000, "ip" * 10000 + "!", "商标" + "，" * 19000,
    "x" * 100 + "\U000E0001", "\u00a0" * 20000, "\u3000" * 20000, "1" * 19 + "e" * 5000,
    "".join(chr(rnd.randrange(32, 0x2FFF)) for _ in range(20000)),
]
JUNK_VALUES = [None, True, 0, -1, 1e308, 10 ** 40, [], {}, [1, 2], {"a": "b"}, "x" * 300]


def pick_text():
    return rnd.choice(WORST)


def record(kind, method, path, status, took, detail=""):
    counts[status] = counts.get(status, 0) + 1
    # A body over the service's limit is answered 413 and the connection closed while Python is
    # still sending it: a broken pipe after sending that much is the limit, not a finding.
    if status is None and "Broken pipe" in detail and "after sending" in detail \
            and int(detail.split("after sending ")[1].split()[0]) > 128 * 1024:
        return
    if status is None or status >= 500 or took > SLOW:
        findings.append((kind, method, path[:120], status, round(took, 2), detail[:300]))


def send(kind, method, path, body=None, headers=None):
    headers = dict(headers or {})
    conn = http.client.HTTPConnection(host.hostname, host.port or 80, timeout=30)
    started = time.monotonic()
    try:
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        data = response.read()
        record(kind, method, path, response.status, time.monotonic() - started, data[:300].decode("utf-8", "replace"))
        return response.status, data, response
    except Exception as e:  # a dropped connection is a finding
        record(kind, method, path, None, time.monotonic() - started, repr(e) + " after sending %d bytes" % len(body or b""))
        return None, b"", None
    finally:
        conn.close()


def twilio_signature(path, fields):
    url = BASE + path
    payload = url + "".join(k + v for k, v in sorted(fields.items()))
    return base64.b64encode(hmac.new(TOKEN.encode(), payload.encode("utf-8", "surrogatepass"), hashlib.sha1).digest()).decode()


def form_body(fields):
    return urllib.parse.urlencode(fields, encoding="utf-8", errors="surrogatepass")


def junk_json_tip():
    tip = {"text": pick_text(), "rightType": rnd.choice(["patent", "none", pick_text()]),
           "foreignInvested": rnd.choice([True, False, "yes", None, 3]),
           "reporter": rnd.choice([None, {}, {"name": pick_text(), "phone": pick_text(), "email": pick_text(),
                                              "organisation": pick_text()}, "x", [1]]),
           "region": rnd.choice(["440106", "", "44", pick_text(), "999999", 440106])}
    for key in list(tip):
        if rnd.random() < 0.15:
            tip[key] = rnd.choice(JUNK_VALUES)
        if rnd.random() < 0.05:
            del tip[key]
    return json.dumps(tip, ensure_ascii=rnd.random() < 0.5).encode("utf-8", "surrogatepass")


def raw_json_bodies():
    return [b"", b"{", b"[]", b"null", b"\"x\"", b"{" * 50000 + b"}" * 50000, b"[" * 100000,
            b'{"text":"a","text":"b"}', b'{"text":1e99999999}', b'\xef\xbb\xbf{"text":"fake nike"}',
            '{"text":"x"}'.encode("utf-16"), b'{"text":"\\ud800"}', b'{"text":"\xff\xfe"}',
            b'{"text":"a' + b"\\u0000" * 5000 + b'"}', b'{"' + b"k" * 100000 + b'":1,"text":"a"}',
            json.dumps({"text": "fake", "x" * 10: [[[[[]]]]] * 1000}).encode()]


def multipart(parts, boundary=None):
    boundary = boundary or "b" + str(rnd.randrange(10 ** 9))
    out = b""
    for name, filename, ctype, data in parts:
        out += b"--" + boundary.encode() + b"\r\n"
        disposition = 'form-data; name="%s"' % name
        if filename is not None:
            disposition += '; filename="%s"' % filename
        out += ("Content-Disposition: " + disposition + "\r\n").encode("utf-8", "surrogatepass")
        if ctype:
            out += ("Content-Type: " + ctype + "\r\n").encode()
        out += b"\r\n" + data + b"\r\n"
    out += b"--" + boundary.encode() + b"--\r\n"
    return out, "multipart/form-data; boundary=" + boundary


def junk_headers():
    headers = {}
    if rnd.random() < 0.3:
        headers["Accept-Language"] = rnd.choice(["zh;q=abc", "x" * 8000, "*", "en-US,en;q=0.9," * 400, "\u00e9"])
    if rnd.random() < 0.3:
        headers["Cookie"] = rnd.choice(["lang=" + "x" * 3000, "=;=;=", "csrf=" + "\x7f" * 10, "lang=zh; lang=en"])
    if rnd.random() < 0.3:
        headers["X-Forwarded-For"] = rnd.choice(["1.2.3.4", "junk", "::1, " * 500, "999.999.1.1"])
    if rnd.random() < 0.2:
        headers["Idempotency-Key"] = rnd.choice(["", "k" * 300, "é", "key-" + str(rnd.random())])
    if rnd.random() < 0.2:
        headers["Authorization"] = rnd.choice(["Bearer " + "a" * 5000, "Basic !!!", "Basic " + base64.b64encode(b"x:y").decode(),
                                               "Bearer a.b.c", "Negotiate x"])
    for key, value in list(headers.items()):
        try:
            value.encode("latin-1")
        except UnicodeEncodeError:
            headers[key] = value.encode("utf-8").decode("latin-1")
    return headers


def api_round():
    headers = junk_headers()
    choice = rnd.randrange(9)
    if choice == 0:
        headers["Content-Type"] = "application/json"
        send("api", "POST", "/api/v1/tips", junk_json_tip(), headers)
    elif choice == 1:
        headers["Content-Type"] = rnd.choice(["application/json", "text/plain", "application/xml", "application/json; charset=utf-16", "*/*", ""])
        send("api", "POST", "/api/v1/tips", rnd.choice(raw_json_bodies()), headers)
    elif choice == 2:
        headers["Content-Type"] = "application/json"
        send("classify", "POST", "/api/v1/classify", rnd.choice([junk_json_tip()] + raw_json_bodies()), headers)
    elif choice == 3:
        number = rnd.choice(["IPR-2026-000001", "x" * 5000, "%00", "..%2F..%2F", "%E2%80%AE", "IPR-" + "9" * 50, "%ff%fe"])
        headers["X-Access-Code"] = rnd.choice(["", "x" * 5000, "123456", "ABCD-EFGH-JKLM"])
        send("lookup", "GET", "/api/v1/tips/" + number, None, headers)
    elif choice == 4:
        parts = [("text", None, None, pick_text().encode("utf-8", "surrogatepass"))]
        for _ in range(rnd.choice([0, 1, 3, 30])):
            parts.append(("file", rnd.choice(["a.pdf", "", "../../x", "\x00.png", "a" * 5000 + ".jpg", "\u202egnp.exe"]),
                          rnd.choice(["application/pdf", "image/png", None, "x/y", ""]),
                          rnd.choice([b"", b"%PDF-1.4 junk", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, bytes(rnd.randrange(256) for _ in range(2000))])))
        body, ctype = multipart(parts)
        headers["Content-Type"] = ctype
        headers["X-Access-Code"] = "ABCD-EFGH-JKLM"
        send("replies", "POST", "/api/v1/tips/IPR-2026-000001/replies", body, headers)
    elif choice == 5:
        metadata = junk_json_tip()
        parts = [("tip", None, rnd.choice(["application/json", None, "text/plain"]), metadata)]
        for _ in range(rnd.choice([0, 1, 5])):
            parts.append(("evidence", rnd.choice(["a.pdf", "b.zip", "", "\x00"]), "application/octet-stream", b"PK\x03\x04" + b"\x00" * 200))
        body, ctype = multipart(parts, boundary=rnd.choice([None, "x" * 100, "a"]))
        if rnd.random() < 0.1:
            body = body[: rnd.randrange(len(body) + 1)]
        headers["Content-Type"] = ctype
        send("api-multipart", "POST", "/api/v1/tips", body, headers)
    elif choice == 6:
        query = rnd.choice(["lang=" + "x" * 3000, "lang=%00", "lang=zh&lang=en", "lang=%ff", ""])
        send("portal", "GET", rnd.choice(["/", "/report", "/cases"]) + "?" + query, None, headers)
    elif choice == 7:
        fields = {"text": pick_text(), "region": rnd.choice(["440106", pick_text()]), "rightType": pick_text(),
                  "name": pick_text(), "phone": pick_text(), "email": pick_text(), "csrf-token": pick_text(),
                  "trackingNumber": pick_text(), "accessCode": pick_text(), "lang": pick_text(), "formId": pick_text()}
        fields = {k: v for k, v in fields.items() if rnd.random() < 0.8}
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        send("portal-form", "POST", rnd.choice(["/report", "/cases", "/cases/reply"]), form_body(fields), headers)
    else:
        path = rnd.choice(["/twilio/sms", "/twilio/voice", "/twilio/voice/menu", "/twilio/voice/place", "/twilio/voice/province",
                           "/twilio/voice/recorded", "/twilio/voice/number", "/twilio/voice/transcription", "/twilio/voice/live-transcription"])
        fields = {"From": rnd.choice(["+8613800000000", pick_text(), ""]), "To": "+8612330000000", "Body": pick_text(),
                  "MessageSid": "SM" + "0" * 32, "CallSid": rnd.choice(["CA" + "1" * 32, pick_text()]),
                  "Digits": rnd.choice(["1", "0", "#", "*", pick_text(), "9" * 100]), "NumMedia": rnd.choice(["0", "1", "-1", "99999", pick_text()]),
                  "MediaUrl0": rnd.choice(["http://127.0.0.1:5432/", "file:///etc/passwd", pick_text()]),
                  "TranscriptionText": pick_text(), "RecordingUrl": pick_text(), "SpeechResult": pick_text(),
                  "TranscriptionData": pick_text(), "TranscriptionEvent": rnd.choice(["transcription-content", pick_text()])}
        fields = {k: v for k, v in fields.items() if rnd.random() < 0.8}
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        headers["X-Twilio-Signature"] = twilio_signature(path, fields) if rnd.random() < 0.9 else "junk"
        send("twilio", "POST", path, form_body(fields), headers)


PRINTABLE_WORST = [t for t in WORST if t.strip() and not any(ord(c) < 32 or 0x202a <= ord(c) <= 0x202e or 0x2066 <= ord(c) <= 0x2069
                                                              or c in "\ufeff\U000E0001" for c in t)]
USERS = ["coordinator:coordinator-password", "samr-officer:samr-password", "samr-guangdong:guangdong-password",
         "triage-officer:triage-password"]


def valid_round():
    """A tip that passes validation, so its worst-case text goes all the way through."""
    text = rnd.choice(PRINTABLE_WORST)[:20000]
    if rnd.random() < 0.5:
        text = rnd.choice(["假冒耐克鞋 ", "fake nike shoes ", "盗版软件 ", "专利 "]) + text[:19000]
    tip = {"text": text, "region": rnd.choice(["440106", "310115", None])}
    send("valid-tip", "POST", "/api/v1/tips", json.dumps(tip).encode(), {"Content-Type": "application/json"})
    send("valid-classify", "POST", "/api/v1/classify", json.dumps({"text": text}).encode(), {"Content-Type": "application/json"})


def staff_round():
    auth = "Basic " + base64.b64encode(rnd.choice(USERS).encode()).decode()
    junk = lambda: urllib.parse.quote(rnd.choice(WORST)[:3000], safe="")
    path = rnd.choice([
        "/api/v1/agency/tips?status=" + junk(), "/api/v1/agency/tips?province=" + junk(), "/api/v1/agency/tips?limit=" + junk(),
        "/api/v1/agency/tips?after=" + junk(), "/api/v1/agency/tips?rightType=" + junk(), "/api/v1/agency/tips?limit=-1",
        "/api/v1/agency/tips?limit=999999999999", "/api/v1/agency/evidence/" + junk(), "/api/v1/reports/monthly/" + junk(),
        "/api/v1/reports/monthly/2026-11/" + junk(), "/api/v1/statistics/monthly?month=" + junk(), "/api/v1/statistics/monthly?month=9999-99",
        "/api/v1/statistics/monthly?month=0001-01", "/api/v1/coordination/overdue?agency=" + junk(), "/api/v1/campaigns/" + junk() + "/clusters",
        "/staff?page=" + junk(), "/staff?page=99999999", "/staff?province=" + junk(), "/staff?cluster=" + junk(), "/staff?status=" + junk(),
        "/staff/tips/" + junk(), "/staff/overdue?page=" + junk(), "/staff/clusters?page=" + junk(), "/staff/triage?page=-5",
        "/coordinators/statistics?month=" + junk(), "/reports/monthly/" + junk() + "/SAMR", "/reports/monthly/2026-11/" + junk()])
    if rnd.random() < 0.2:
        body = rnd.choice([junk_json_tip()] + raw_json_bodies())
        path = rnd.choice(["/api/v1/triage/tips/" + junk() + "/decision", "/api/v1/campaigns", "/api/v1/reports/monthly/2026-11/SAMR/submission"])
        send("staff-post", "POST", path, body, {"Authorization": auth, "Content-Type": "application/json"})
    else:
        send("staff", "GET", path, None, {"Authorization": auth})


def main():
    started = time.monotonic()
    for i in range(ROUNDS):
        rnd.choice([api_round, api_round, valid_round, staff_round])()
        if i % 50 == 0:
            status, _, _ = send("ready", "GET", "/q/health/ready")
            if status != 200:
                findings.append(("ready", "GET", "/q/health/ready", status, 0, "not ready during the attack"))
    status, _, _ = send("ready", "GET", "/q/health/ready")
    print("rounds %d in %.0f s, statuses %s" % (ROUNDS, time.monotonic() - started,
                                                  dict(sorted(counts.items(), key=lambda kv: (kv[0] is None, kv[0] or 0)))))
    for finding in findings:
        print("FINDING", finding)
    print("ready at the end:", status)
    sys.exit(1 if findings else 0)


if __name__ == "__main__":
    main()
