//! `extends`: a policy that lists only what it changes from another — the
//! built-in policy (`extends = "builtin"`) or a policy file — instead of a
//! copy of all of it to keep in step forever.
//!
//! The two documents are merged before they are read as a policy, so the
//! result is checked like any policy and its JSON form (what audit records
//! hash) is the whole effective policy:
//! - tables merge key by key, at every depth (`[settings] min_score = 0.6`
//!   changes that one setting; `[detectors.email] enabled = false` that one
//!   detector field; a new `[categories.x]` adds a category);
//! - `destinations` and `rules` merge by `id`: an entry with a known id
//!   changes that entry's fields, in place; new destinations go last, new
//!   rules first, in the order written (the first rule that matches decides,
//!   so a rule added after the built-in ones, which cover every tier, would
//!   never decide);
//! - every other value, lists included, replaces the base's;
//! - `id` and `revision` must be the extending policy's own: audit records
//!   name the policy that decided.

use crate::error::{Error, ErrorKind};
use serde_json::Value;

/// The most policy files in a chain of files extending files (the built-in
/// policy at its end is not counted).
pub const MAX_EXTENDS_DEPTH: usize = 8;

/// What a policy extends.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Base {
    /// The built-in policy.
    Builtin,
    /// A policy file, relative to the extending file.
    File(String),
}

/// The `extends` of a policy document, if it has one.
pub(super) fn base_of(document: &Value) -> Result<Option<Base>, Error> {
    match document.get("extends") {
        None => Ok(None),
        Some(Value::String(s)) if s == "builtin" => Ok(Some(Base::Builtin)),
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(Some(Base::File(s.clone()))),
        Some(_) => Err(Error::new(
            ErrorKind::PolicyParse,
            "`extends` is \"builtin\" or the path of a policy file",
        )
        .with_path("extends")),
    }
}

/// `overlay` merged onto `base` (both whole documents), as the module's
/// documentation says.
pub(super) fn merge(mut base: Value, overlay: Value) -> Result<Value, Error> {
    for field in ["id", "revision"] {
        if !overlay.get(field).is_some_and(Value::is_string) {
            return Err(Error::new(
                ErrorKind::PolicyInvalid,
                format!(
                    "a policy that extends another sets its own `{field}` (audit records name the policy that decided)"
                ),
            )
            .with_path(field));
        }
    }
    let Value::Object(overlay) = overlay else {
        unreachable!("a document with `id` is an object")
    };
    let Some(base_fields) = base.as_object_mut() else {
        return Err(Error::new(
            ErrorKind::PolicyParse,
            "the extended policy is not a table",
        ));
    };
    // The base's own description and `extends` are not the result's.
    base_fields.remove("description");
    base_fields.remove("extends");
    for (key, value) in overlay {
        if key == "extends" {
            continue;
        }
        match (key.as_str(), base_fields.get_mut(&key), value) {
            ("rules", Some(Value::Array(rules)), Value::Array(new)) => by_id(rules, new, true),
            ("destinations", Some(Value::Array(dests)), Value::Array(new)) => {
                by_id(dests, new, false);
            }
            (_, Some(old), value) => tables(old, value),
            (_, None, value) => {
                base_fields.insert(key, value);
            }
        }
    }
    Ok(base)
}

/// `overlay` onto `base`: tables key by key, anything else replaced.
fn tables(base: &mut Value, overlay: Value) {
    match (base, overlay) {
        (Value::Object(base), Value::Object(overlay)) => {
            for (key, value) in overlay {
                match base.get_mut(&key) {
                    Some(old) => tables(old, value),
                    None => {
                        base.insert(key, value);
                    }
                }
            }
        }
        (base, overlay) => *base = overlay,
    }
}

/// Entries with a known `id` change that entry; the others are added, first
/// (`prepend`, in their order) or last.
fn by_id(base: &mut Vec<Value>, overlay: Vec<Value>, prepend: bool) {
    let mut added = Vec::new();
    for entry in overlay {
        let id = entry.get("id").and_then(Value::as_str).map(str::to_string);
        let known = id.and_then(|id| {
            base.iter_mut()
                .find(|b| b.get("id").and_then(Value::as_str) == Some(&id))
        });
        match known {
            Some(old) => tables(old, entry),
            None => added.push(entry),
        }
    }
    if prepend {
        added.append(base);
        *base = added;
    } else {
        base.append(&mut added);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn base() -> Value {
        json!({
            "schema": 1, "id": "base", "revision": "1", "description": "the base",
            "settings": {"min_score": 0.5, "context_window": 64},
            "destinations": [{"id": "a", "retention_days": 30}, {"id": "b"}],
            "rules": [{"id": "r1", "action": "block"}, {"id": "r2", "action": "allow"}],
            "allowlist": {"values": ["x"]},
        })
    }

    #[test]
    fn tables_merge_lists_replace_and_ids_change_entries_in_place() {
        let overlay = json!({
            "extends": "builtin", "id": "acme", "revision": "7",
            "settings": {"min_score": 0.6},
            "destinations": [{"id": "a", "approved": false}, {"id": "c"}],
            "rules": [{"id": "r2", "action": "warn"}, {"id": "new1"}, {"id": "new2"}],
            "allowlist": {"values": ["y"]},
            "organisation": {"domains": ["acme.example"]},
        });
        let merged = merge(base(), overlay).unwrap();
        assert_eq!(merged["id"], "acme");
        assert_eq!(merged["revision"], "7");
        assert!(merged.get("description").is_none(), "not the base's");
        assert!(merged.get("extends").is_none());
        assert_eq!(
            merged["settings"],
            json!({"min_score": 0.6, "context_window": 64})
        );
        assert_eq!(
            merged["destinations"],
            json!([{"id": "a", "retention_days": 30, "approved": false}, {"id": "b"}, {"id": "c"}])
        );
        assert_eq!(
            merged["rules"],
            json!([{"id": "new1"}, {"id": "new2"}, {"id": "r1", "action": "block"}, {"id": "r2", "action": "warn"}])
        );
        assert_eq!(merged["allowlist"]["values"], json!(["y"]));
        assert_eq!(merged["organisation"]["domains"], json!(["acme.example"]));
    }

    #[test]
    fn an_extending_policy_names_itself() {
        for overlay in [json!({"revision": "1"}), json!({"id": "acme"})] {
            let err = merge(base(), overlay).unwrap_err();
            assert_eq!(err.kind(), ErrorKind::PolicyInvalid);
            assert!(err.message().contains("its own"), "{err}");
        }
    }

    #[test]
    fn extends_names_builtin_or_a_file() {
        let of = |v: Value| base_of(&json!({ "extends": v }));
        assert_eq!(of(json!("builtin")).unwrap(), Some(Base::Builtin));
        assert_eq!(
            of(json!("../base.toml")).unwrap(),
            Some(Base::File("../base.toml".into()))
        );
        assert!(of(json!(3)).is_err());
        assert!(of(json!(" ")).is_err());
        assert_eq!(base_of(&json!({"id": "x"})).unwrap(), None);
    }
}
