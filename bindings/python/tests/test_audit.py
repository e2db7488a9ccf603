"""tiergate.AuditLog: content-free, hash-chained records."""

import json

import pytest

import tiergate

CANARY = "CANARY-2b7e Patient jane.doe@acme.io SSN 536-90-4399"


def test_records_verify_and_hold_no_text(tmp_path):
    engine = tiergate.Engine()
    path = tmp_path / "audit.jsonl"
    log = tiergate.AuditLog(path, actor="u-1", fingerprint_key=b"k")
    decision = engine.check(CANARY, "claude-ai")
    decision_id = log.record(engine, CANARY, decision)
    log.acknowledge(engine, decision_id, justification="needed for jane.doe@acme.io's claim")
    log.record(engine, ["hello", "world"], engine.check_many(["hello", "world"], "claude-ai"))
    assert len(log) == 3 and log.path == str(path)
    raw = path.read_text()
    for needle in ("CANARY", "jane.doe", "536-90", "Patient"):
        assert needle not in raw
    first, ack, _ = [json.loads(line) for line in raw.splitlines()]
    assert first["decision_id"] == decision_id and first["detectors"] == {"email": 1, "us_ssn": 1}
    assert first["fingerprint"].startswith("hmac-sha256:")
    assert ack["justification"] == "needed for [EMAIL_1]'s claim"
    assert tiergate.verify_audit_log(path)["intact"]


def test_a_reopened_log_continues_the_chain_and_tampering_is_found(tmp_path):
    engine = tiergate.Engine()
    path = tmp_path / "audit.jsonl"
    for _ in range(2):
        log = tiergate.AuditLog(path, durable=False)
        log.record(engine, "hello", engine.check("hello", "claude-ai"))
        del log
    assert tiergate.verify_audit_log(path)["records"] == 2
    path.write_text(path.read_text().replace('"allow"', '"block"', 1))
    result = tiergate.verify_audit_log(path)
    assert not result["intact"] and "edited" in result["problem"]
    # A tampered log stays usable (records are not lost), and the edit is still found.
    log = tiergate.AuditLog(path)
    log.record(engine, "hello", engine.check("hello", "claude-ai"))
    assert len(log) == 3
    result = tiergate.verify_audit_log(path)
    assert not result["intact"] and "edited" in result["problem"]


def test_writers_on_one_file_keep_one_chain(tmp_path):
    # Two AuditLog objects on one file (two web-server workers), each shared by threads.
    import threading

    engine = tiergate.Engine()
    path = tmp_path / "audit.jsonl"
    logs = [tiergate.AuditLog(path, durable=False), tiergate.AuditLog(path, durable=False)]
    decision = engine.check("mail jane.doe@acme.io", "claude-ai")

    def write(log):
        for _ in range(100):
            log.record(engine, "mail jane.doe@acme.io", decision)

    threads = [threading.Thread(target=write, args=(logs[i % 2],)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    result = tiergate.verify_audit_log(path)
    assert result["intact"], result
    assert result["records"] == 400


def test_a_rotated_log_verifies_as_one_chain(tmp_path):
    # One writer rotates at 2 KiB (given in bytes), one as text: both follow into each new file.
    engine = tiergate.Engine()
    path = tmp_path / "audit.jsonl"
    logs = [tiergate.AuditLog(path, durable=False, rotate=2048), tiergate.AuditLog(path, durable=False, rotate="2KiB")]
    decision = engine.check("hello", "claude-ai")
    for i in range(20):
        logs[i % 2].record(engine, "hello", decision)
    rotated = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("audit.jsonl.0"))
    assert len(rotated) >= 3 and rotated[0] == "audit.jsonl.000000000000"
    result = tiergate.verify_audit_log(path)
    assert result["intact"], result
    assert (result["records"], result["files"], result["first"]) == (20 + len(rotated), len(rotated) + 1, 0)
    (tmp_path / rotated[0]).unlink()
    result = tiergate.verify_audit_log(path)
    assert result["intact"] and result["first"] > 0, result
    for bad in ("weekly", "10", -1, 1.5):
        with pytest.raises((tiergate.TiergateError, TypeError, OverflowError)) as e:
            tiergate.AuditLog(path, rotate=bad)
        if isinstance(e.value, tiergate.TiergateError):
            assert e.value.code == "invalid_argument"
