//! Property tests of `authz import`'s reading of a document: an export round-trips, no record
//! makes the reader panic, and an imported authorization never arrives active (no tokens travel
//! with an export: the new machine must log in again).

use super::*;
use proptest::prelude::*;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 128,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn time_text() -> impl Strategy<Value = String> {
    prop_oneof![
        (1_000_000_000i64..4_000_000_000).prop_map(format_ts),
        "\\PC{0,25}",
    ]
}

fn record() -> impl Strategy<Value = AuthzRecord> {
    (
        prop_oneof!["az_[a-z0-9]{1,12}", "\\PC{0,12}"],
        ("\\PC{0,20}", "\\PC{0,20}", "\\PC{0,30}"),
        proptest::collection::vec("\\PC{0,10}", 0..4),
        time_text(),
        prop_oneof![
            Just("active".to_string()),
            Just("relogin-needed".to_string()),
            Just("revoked".to_string()),
            "\\PC{0,10}",
        ],
        proptest::option::of(time_text()),
        any::<bool>(),
    )
        .prop_map(
            |(id, (issuer, subject, email), scopes, created, status, revoked, service_account)| {
                AuthzRecord {
                    id,
                    issuer,
                    subject,
                    email,
                    email_claim: "email".into(),
                    name: None,
                    scopes,
                    created,
                    created_by: "tester".into(),
                    label: None,
                    service_account,
                    status,
                    revoked,
                }
            },
        )
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn an_imported_authorization_is_never_active_and_never_half_revoked(r in record()) {
        if let Ok(a) = to_authz(r) {
            prop_assert_ne!(a.status, Status::Active);
            prop_assert!(a.token_expires.is_none());
            prop_assert_eq!(a.status == Status::Revoked, a.revoked.is_some());
            prop_assert!(a.id.starts_with("az_"));
        }
    }

    #[test]
    fn a_document_round_trips(records in proptest::collection::vec(record(), 0..4)) {
        let doc = Document {
            format: FORMAT.into(),
            version: VERSION,
            exported: format_ts(1_800_000_000),
            settings: BTreeMap::from([("issuer".to_string(), "https://idp.example".to_string())]),
            authorizations: records,
            workflows: Vec::new(),
            events: Vec::new(),
        };
        let text = serde_json::to_string(&doc).unwrap();
        let back: Document = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(serde_json::to_value(&back).unwrap(), serde_json::to_value(&doc).unwrap());
    }

    #[test]
    fn any_text_is_read_without_panicking(text in "\\PC{0,300}") {
        if let Ok(doc) = serde_json::from_str::<Document>(&text) {
            for r in doc.authorizations {
                let _ = to_authz(r);
            }
        }
    }
}
