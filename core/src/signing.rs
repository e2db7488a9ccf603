//! Signed policies: an organisation signs its policy file with an Ed25519
//! key; hosts configured with the public key refuse a policy whose signature
//! is missing or does not match its exact bytes.
//!
//! Formats (one line each, ASCII):
//! - secret key: `tiergate-ed25519-secret:<base64 of the 32-byte seed>`
//! - public key: `tiergate-ed25519-public:<base64 of the 32-byte key>`
//! - signature (`policy.toml.sig`): `tiergate-ed25519-signature:<key id>:<base64 of 64 bytes>`,
//!   where the key id is the first 16 hex digits of the SHA-256 of the public key.

use crate::error::{Error, ErrorKind};
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

const SECRET: &str = "tiergate-ed25519-secret:";
const PUBLIC: &str = "tiergate-ed25519-public:";
const SIGNATURE: &str = "tiergate-ed25519-signature:";

fn bad(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::PolicySignature, message)
}

fn decode<const N: usize>(text: &str, prefix: &str, what: &str) -> Result<[u8; N], Error> {
    let body = text.trim().strip_prefix(prefix).ok_or_else(|| {
        bad(format!(
            "not a tiergate {what} (it should start with `{prefix}`)"
        ))
    })?;
    let bytes = B64
        .decode(body)
        .map_err(|_| bad(format!("the {what} is not valid base64")))?;
    bytes
        .try_into()
        .map_err(|_| bad(format!("the {what} has the wrong length")))
}

fn key_id(public: &VerifyingKey) -> String {
    Sha256::digest(public.as_bytes())
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A key pair from a 32-byte random seed: `(secret key, public key)` in the
/// one-line formats above. Keep the secret key secret.
pub fn keypair_from_seed(seed: [u8; 32]) -> (String, String) {
    let secret = SigningKey::from_bytes(&seed);
    (
        format!("{SECRET}{}", B64.encode(seed)),
        format!("{PUBLIC}{}", B64.encode(secret.verifying_key().as_bytes())),
    )
}

/// The public key of a secret key.
///
/// # Errors
/// `policy_signature` for a malformed secret key.
pub fn public_key_of(secret_key: &str) -> Result<String, Error> {
    let seed: [u8; 32] = decode(secret_key, SECRET, "secret key")?;
    Ok(keypair_from_seed(seed).1)
}

/// Signs the exact bytes of a policy file; returns the signature line.
///
/// # Errors
/// `policy_signature` for a malformed secret key.
///
/// # Example
/// ```
/// use tiergate::signing;
/// let (secret, public) = signing::keypair_from_seed([7; 32]);
/// let policy = tiergate::Policy::builtin_source().as_bytes();
/// let signature = signing::sign(policy, &secret)?;
/// signing::verify(policy, &signature, &public)?;
/// assert!(signing::verify(b"edited", &signature, &public).is_err());
/// # Ok::<(), tiergate::Error>(())
/// ```
pub fn sign(policy: &[u8], secret_key: &str) -> Result<String, Error> {
    let seed: [u8; 32] = decode(secret_key, SECRET, "secret key")?;
    let key = SigningKey::from_bytes(&seed);
    let signature = key.sign(policy);
    Ok(format!(
        "{SIGNATURE}{}:{}",
        key_id(&key.verifying_key()),
        B64.encode(signature.to_bytes())
    ))
}

/// Checks that `signature` was made over exactly `policy` by the holder of
/// `public_key`; returns the key id.
///
/// # Errors
/// `policy_signature` when the signature or key is malformed, was made with
/// another key, or does not match the policy's bytes (the policy was changed
/// after signing).
pub fn verify(policy: &[u8], signature: &str, public_key: &str) -> Result<String, Error> {
    let public = VerifyingKey::from_bytes(&decode(public_key, PUBLIC, "public key")?)
        .map_err(|_| bad("the public key is not a valid Ed25519 key"))?;
    let body = signature.trim().strip_prefix(SIGNATURE).ok_or_else(|| {
        bad(format!(
            "not a tiergate policy signature (it should start with `{SIGNATURE}`)"
        ))
    })?;
    let (id, sig) = body
        .split_once(':')
        .ok_or_else(|| bad("the signature has no key id"))?;
    let expected = key_id(&public);
    if id != expected {
        return Err(bad(format!(
            "the policy was signed with key {id}, not with the configured key {expected}"
        )));
    }
    let bytes: [u8; 64] = decode(&format!("{SIGNATURE}{sig}"), SIGNATURE, "signature")?;
    public
        .verify_strict(policy, &Signature::from_bytes(&bytes))
        .map_err(|_| {
            bad("the signature does not match the policy: it was changed after it was signed")
        })?;
    Ok(expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_and_verify_and_every_way_to_fail() {
        let (secret, public) = keypair_from_seed([1; 32]);
        let (_, other_public) = keypair_from_seed([2; 32]);
        assert_eq!(public_key_of(&secret).unwrap(), public);
        let policy = b"schema = 1\nid = \"acme\"\n";
        let sig = sign(policy, &secret).unwrap();
        assert!(sig.starts_with(SIGNATURE));
        assert_eq!(verify(policy, &sig, &public).unwrap().len(), 16);

        let code = |r: Result<String, Error>| r.unwrap_err().code();
        assert_eq!(
            code(verify(b"schema = 1\nid = \"acmf\"\n", &sig, &public)),
            "policy_signature"
        );
        assert!(verify(policy, &sig, &other_public)
            .unwrap_err()
            .message()
            .contains("signed with key"));
        assert_eq!(code(verify(policy, "garbage", &public)), "policy_signature");
        assert_eq!(
            code(verify(policy, &sig, "tiergate-ed25519-public:!!")),
            "policy_signature"
        );
        let flipped = format!("{}A", &sig[..sig.len() - 1]);
        assert_eq!(code(verify(policy, &flipped, &public)), "policy_signature");
        assert_eq!(code(sign(policy, &public)), "policy_signature");
    }
}
