//! Property tests of `authz import`'s reading of a document: an export round-trips, every valid
//! record is taken and arrives never active (no tokens travel with an export: the new machine
//! must log in again), every record broken in one field is refused as a usage error, and no
//! document near a valid one makes the reader panic.

use super::*;
use crate::domain::TokensAt;
use proptest::prelude::*;
use proptest::test_runner::TestRunner;
use std::cell::Cell;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 128,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn time() -> impl Strategy<Value = i64> {
    1_000_000_000i64..4_000_000_000
}

/// Printable text as `is_printable` takes it: starts with a visible character.
fn text(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!(
        "[\\p{{L}}\\p{{N}}@._-][\\p{{L}}\\p{{N}}\\p{{P}} ]{{0,{max}}}"
    ))
    .unwrap()
}

fn id() -> impl Strategy<Value = String> {
    "az_[a-z0-9_-]{1,30}"
}

fn issuer() -> impl Strategy<Value = String> {
    "https://[a-z]{1,10}\\.example(/[a-z0-9]{1,8}){0,2}"
}

fn scopes() -> impl Strategy<Value = Vec<String>> {
    proptest::collection::vec("[a-z][a-z:._-]{0,11}", 0..4)
}

/// An authorization as a store holds it: any status, tokens or not, anywhere.
fn authorization() -> impl Strategy<Value = Authorization> {
    (
        (id(), issuer(), text(20), text(30), "[a-z_]{1,20}"),
        (proptest::option::of(text(20)), scopes(), time(), text(20)),
        (proptest::option::of(text(20)), any::<bool>(), 0..3u8),
        (proptest::option::of(time()), time(), any::<bool>()),
    )
        .prop_map(
            |(
                (id, issuer, subject, email, email_claim),
                (name, scopes, created, created_by),
                (label, service_account, status),
                (token_expires, revoked_at, in_keyring),
            )| {
                let status =
                    [Status::Active, Status::ReloginNeeded, Status::Revoked][usize::from(status)];
                Authorization {
                    id,
                    issuer,
                    subject,
                    email,
                    email_claim,
                    name,
                    scopes: Scopes::from_list(&scopes),
                    created,
                    created_by,
                    label,
                    service_account,
                    status,
                    token_expires,
                    revoked: (status == Status::Revoked).then_some(revoked_at),
                    tokens_at: Some(if in_keyring {
                        TokensAt::Keyring {
                            host: "h".into(),
                            user: "u".into(),
                        }
                    } else {
                        TokensAt::OpenBao {
                            backend: "openbao:secret/authz".into(),
                            address: "https://bao.example".into(),
                        }
                    }),
                }
            },
        )
}

/// A record as `authz export` writes them.
fn record() -> impl Strategy<Value = AuthzRecord> {
    authorization().prop_map(authz_record)
}

/// What an import makes of an exported authorization: the same, but never active, with no
/// token and nothing known about where tokens are.
fn imported(a: &Authorization) -> Authorization {
    Authorization {
        status: match a.status {
            Status::Revoked => Status::Revoked,
            _ => Status::ReloginNeeded,
        },
        token_expires: None,
        tokens_at: None,
        ..a.clone()
    }
}

/// A valid record with one field broken, and which.
fn broken_record() -> impl Strategy<Value = (AuthzRecord, &'static str)> {
    (record(), 0..12usize, "\\PC{0,10}").prop_map(|(mut r, which, junk)| {
        let what = match which {
            0 => {
                r.id = format!("AZ_{junk}");
                "id"
            }
            1 => {
                r.issuer = r.issuer.replacen("https://", "http://", 1);
                "issuer"
            }
            2 => {
                r.status = format!("{junk}-unknown");
                "status"
            }
            3 => {
                r.status = "revoked".into();
                r.revoked = None;
                "revoked without a time"
            }
            4 => {
                r.status = "active".into();
                r.revoked = Some(format_ts(1_800_000_000));
                "a revoke time but active"
            }
            5 => {
                r.subject = " ".repeat(junk.len());
                "subject"
            }
            6 => {
                r.email = format!("{junk}\u{202e}");
                "email"
            }
            7 => {
                r.scopes.push(format!("{junk}\\\""));
                "scope"
            }
            8 => {
                r.created = format!("{junk}yesterday");
                "created"
            }
            9 => {
                r.email_claim = format!("{junk} claim");
                "email_claim"
            }
            10 => {
                r.created_by = "x".repeat(65);
                "created_by"
            }
            _ => {
                r.status = "revoked".into();
                r.revoked = Some(format!("{junk}5d"));
                "revoked"
            }
        };
        (r, what)
    })
}

fn workflow(authorization: String) -> impl Strategy<Value = Workflow> {
    (
        text(30),
        proptest::option::of(text(20)),
        scopes(),
        time(),
        0..1_000_000i64,
    )
        .prop_map(move |(name, owner, scopes, created, later)| Workflow {
            name,
            authorization: authorization.clone(),
            owner,
            scopes: Scopes::from_list(&scopes),
            created,
            updated: created + later,
        })
}

/// Authorizations with distinct ids, and workflows with distinct names that use them.
fn store() -> impl Strategy<Value = (Vec<Authorization>, Vec<Workflow>)> {
    proptest::collection::vec(authorization(), 1..4)
        .prop_map(|mut authzs| {
            for (i, a) in authzs.iter_mut().enumerate() {
                a.id = format!("{}-{i}", a.id);
            }
            authzs
        })
        .prop_flat_map(|authzs| {
            let ids: Vec<String> = authzs.iter().map(|a| a.id.clone()).collect();
            let workflows = proptest::collection::vec(
                proptest::sample::select(ids).prop_flat_map(workflow),
                0..4,
            )
            .prop_map(|mut ws| {
                for (i, w) in ws.iter_mut().enumerate() {
                    w.name = format!("{}-{i}", w.name);
                }
                ws
            });
            (Just(authzs), workflows)
        })
}

fn event() -> impl Strategy<Value = EventRecord> {
    (
        time(),
        text(20),
        proptest::sample::select(ACTIONS),
        proptest::option::of(id()),
        proptest::option::of(text(20)),
    )
        .prop_map(|(at, actor, action, authorization, workflow)| EventRecord {
            at: format_ts(at),
            actor,
            action: action.to_string(),
            authorization,
            workflow,
            details: json!({ "k": "v" }),
        })
}

fn document(
    authzs: &[Authorization],
    workflows: &[Workflow],
    events: Vec<EventRecord>,
) -> Document {
    Document {
        format: FORMAT.into(),
        version: VERSION,
        exported: format_ts(1_800_000_000),
        settings: BTreeMap::from([
            ("issuer".to_string(), "https://idp.example".to_string()),
            ("client_id".to_string(), "authz-cli".to_string()),
        ]),
        authorizations: authzs.iter().cloned().map(authz_record).collect(),
        workflows: workflows.iter().cloned().map(workflow_record).collect(),
        events,
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn an_imported_authorization_is_never_active_and_never_half_revoked(r in record()) {
        let status = r.status.clone();
        let id = r.id.clone();
        let a = match to_authz(r) {
            Ok(a) => a,
            Err(e) => return Err(TestCaseError::fail(format!("a valid record was refused: {}", e.message))),
        };
        prop_assert_ne!(a.status, Status::Active);
        prop_assert_eq!(a.status == Status::Revoked, status == "revoked");
        prop_assert_eq!(a.status == Status::Revoked, a.revoked.is_some());
        prop_assert!(a.token_expires.is_none());
        prop_assert!(a.tokens_at.is_none());
        prop_assert_eq!(a.id, id);
    }

    #[test]
    fn a_record_broken_in_one_field_is_refused_as_a_usage_error((r, what) in broken_record()) {
        match to_authz(r) {
            Ok(_) => prop_assert!(false, "a record with a bad {} was taken", what),
            Err(e) => prop_assert_eq!(e.code(), 2, "{}: {}", what, e.message),
        }
    }

    #[test]
    fn an_export_reads_back_as_the_same_store_without_tokens(
        (authzs, workflows) in store(),
        events in proptest::collection::vec(event(), 0..3),
    ) {
        let times: Vec<i64> = events.iter().map(|e| time_of(&e.at)).collect();
        let text = serde_json::to_string_pretty(&document(&authzs, &workflows, events)).unwrap();
        let back = match check_document(&text) {
            Ok(back) => back,
            Err(e) => return Err(TestCaseError::fail(format!("an export was refused: {}", e.message))),
        };
        prop_assert_eq!(back.authzs, authzs.iter().map(imported).collect::<Vec<_>>());
        prop_assert_eq!(back.workflows, workflows);
        prop_assert_eq!(back.times, times);
        prop_assert_eq!(back.settings.get("issuer").map(String::as_str), Some("https://idp.example"));
    }
}

fn time_of(text: &str) -> i64 {
    super::time(text, "event").unwrap()
}

/// How a valid document's text is damaged.
#[derive(Clone, Debug)]
enum Damage {
    None,
    /// Cut at this byte (rounded down to a character).
    Cut(usize),
    /// This character at this byte (rounded down to a character), replacing or inserted.
    Char(usize, char, bool),
    /// In the JSON: authorization or workflow `n`'s field `k` set to this value.
    Field(bool, usize, usize, serde_json::Value),
}

fn damage() -> impl Strategy<Value = Damage> {
    let value = prop_oneof![
        "\\PC{0,12}".prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        Just(serde_json::Value::Null),
        Just(json!(["x"])),
        Just(json!({})),
        Just(json!(true)),
    ];
    prop_oneof![
        1 => Just(Damage::None),
        2 => any::<usize>().prop_map(Damage::Cut),
        2 => (any::<usize>(), any::<char>(), any::<bool>()).prop_map(|(at, c, insert)| Damage::Char(at, c, insert)),
        5 => (any::<bool>(), any::<usize>(), any::<usize>(), value).prop_map(|(w, n, k, v)| Damage::Field(w, n, k, v)),
    ]
}

fn floor_char(text: &str, at: usize) -> usize {
    let mut at = at % (text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn damaged(doc: &Document, d: &Damage) -> String {
    let text = serde_json::to_string_pretty(doc).unwrap();
    match d {
        Damage::None => text,
        Damage::Cut(at) => text[..floor_char(&text, *at)].to_owned(),
        Damage::Char(at, c, insert) => {
            let at = floor_char(&text, *at);
            let mut out = text[..at].to_owned();
            out.push(*c);
            let rest = &text[at..];
            let skip = if *insert {
                0
            } else {
                rest.chars().next().map_or(0, char::len_utf8)
            };
            out.push_str(&rest[skip..]);
            out
        }
        Damage::Field(in_workflows, n, k, v) => {
            let mut json = serde_json::to_value(doc).unwrap();
            let list = if *in_workflows {
                "workflows"
            } else {
                "authorizations"
            };
            if let Some(items) = json[list].as_array_mut().filter(|a| !a.is_empty()) {
                let len = items.len();
                if let Some(item) = items[n % len].as_object_mut() {
                    let keys: Vec<String> = item.keys().cloned().collect();
                    item.insert(keys[k % keys.len()].clone(), v.clone());
                }
            }
            json.to_string()
        }
    }
}

/// Documents near valid ones: cut, with a character changed or inserted, or a field set to
/// another value. Each is read or refused as a usage error, never a panic; an undamaged one is
/// read; and both outcomes are reached (the damage is not so wild that nothing parses).
#[test]
fn a_document_near_a_valid_one_is_read_or_refused_without_panicking() {
    let (read, refused) = (Cell::new(0), Cell::new(0));
    let cases = (
        (store(), proptest::collection::vec(event(), 0..3)),
        damage(),
    );
    TestRunner::new(ProptestConfig {
        cases: 256,
        ..config()
    })
    .run(&cases, |(((authzs, workflows), events), d)| {
        let text = damaged(&document(&authzs, &workflows, events), &d);
        match check_document(&text) {
            Ok(_) => read.set(read.get() + 1),
            Err(e) => {
                prop_assert!(!matches!(d, Damage::None), "{}", e.message);
                prop_assert_eq!(e.code(), 2, "{}", e.message);
                refused.set(refused.get() + 1);
            }
        }
        Ok(())
    })
    .unwrap();
    assert!(read.get() > 0, "no document was read");
    assert!(refused.get() > 0, "no document was refused");
}
