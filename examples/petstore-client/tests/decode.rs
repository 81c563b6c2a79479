//! The hand-written `Deserialize` of generated structs (templates/shared/types.rs.j2, keys
//! read by `stipula_runtime::serde_support::FieldIndex`) against serde's rules: members in
//! any order and escaped keys read alike, unknown members ignored, absent and `null` kept
//! apart, a member sent twice or a required one missing an error naming it.

use petstore_client::client::types::{Pet, PetStatus};

fn pet(json: &str) -> Result<Pet, String> {
    serde_json::from_str::<Pet>(json).map_err(|e| e.to_string())
}

#[test]
fn members_in_any_order_escaped_or_unknown() {
    let mut want = Pet::new(7, "Rex".into());
    want.tag = Some(None);
    want.status = Some(PetStatus::Sold);
    let in_order = r#"{"id": 7, "name": "Rex", "tag": null, "status": "sold"}"#;
    assert_eq!(pet(in_order), Ok(want.clone()));
    let reversed = r#"{"status": "sold", "tag": null, "name": "Rex", "id": 7}"#;
    assert_eq!(pet(reversed), Ok(want.clone()));
    let escaped_and_unknown = r#"{"x-extra": [1, {"id": 9}], "\u0069d": 7, "n\u0061me": "Rex", "unknown": null, "tag": null, "status": "sold"}"#;
    assert_eq!(pet(escaped_and_unknown), Ok(want));
    // Keys that share a length or a prefix with a field's name are not that field.
    let near = r#"{"id": 1, "name": "a", "nam": "b", "namE": "c", "names": "d", "ta": 1}"#;
    assert_eq!(pet(near), Ok(Pet::new(1, "a".into())));
    // Absent stays apart from null.
    assert_eq!(pet(r#"{"id": 1, "name": "a"}"#).map(|p| p.tag), Ok(None));
}

#[test]
fn a_member_twice_or_a_required_one_missing_is_an_error_naming_it() {
    let twice = pet(r#"{"id": 1, "name": "a", "tag": "x", "name": "b"}"#);
    assert!(
        twice
            .as_ref()
            .is_err_and(|e| e.contains("duplicate field `name`")),
        "{twice:?}"
    );
    // Out of order, the repeated member is still found.
    let twice = pet(r#"{"name": "a", "id": 1, "id": 2}"#);
    assert!(
        twice
            .as_ref()
            .is_err_and(|e| e.contains("duplicate field `id`")),
        "{twice:?}"
    );
    let missing = pet(r#"{"name": "a", "tag": "x"}"#);
    assert!(
        missing
            .as_ref()
            .is_err_and(|e| e.contains("missing field `id`")),
        "{missing:?}"
    );
    let not_object = pet("[1, 2]");
    assert!(
        not_object
            .as_ref()
            .is_err_and(|e| e.contains("a Pet object")),
        "{not_object:?}"
    );
}
