//! `Key` borrows object keys from the input when it can, and still reads escaped keys.

use stipula_runtime::serde_support::Key;

#[test]
fn keys_borrow_when_they_can_and_unescape_when_they_must() {
    let keys: Vec<Key<'_>> =
        serde_json::from_str(r#"["plain", "esc\"aped", "\u00e9"]"#).expect("valid JSON");
    let texts: Vec<&str> = keys.iter().map(Key::as_str).collect();
    assert_eq!(texts, ["plain", "esc\"aped", "é"]);
    let err = serde_json::from_str::<Key<'_>>("12")
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.contains("an object key"), "{err}");
}
