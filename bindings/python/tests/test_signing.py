"""Engine.from_signed: a host configured with a public key refuses unsigned or edited policies."""

import pathlib

import pytest

import tiergate

FIXTURE = pathlib.Path(__file__).resolve().parents[3] / "tests" / "signing"
POLICY = (FIXTURE / "policy.toml").read_text(encoding="utf-8")
SIGNATURE = (FIXTURE / "policy.toml.sig").read_text(encoding="utf-8")
PUBLIC = (FIXTURE / "org.pub").read_text(encoding="utf-8")


def test_a_signed_policy_loads():
    engine = tiergate.Engine.from_signed(POLICY, SIGNATURE, PUBLIC)
    assert engine.policy_id == "test-codenames"


@pytest.mark.parametrize(
    "policy, signature, words",
    [
        (POLICY.replace('revision = "1"', 'revision = "2"'), SIGNATURE, "changed after it was signed"),
        (POLICY, "", "not a tiergate policy signature"),
        (POLICY, SIGNATURE.replace(":", ":0", 1), "signed with key"),
    ],
)
def test_edited_unsigned_or_foreign_policies_are_refused(policy, signature, words):
    with pytest.raises(tiergate.PolicyError) as e:
        tiergate.Engine.from_signed(policy, signature, PUBLIC)
    assert e.value.code == "policy_signature"
    assert words in str(e.value)
