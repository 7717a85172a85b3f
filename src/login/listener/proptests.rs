//! Property tests of the callback parsing: whatever a local process sends, nothing panics, and
//! a code only ever comes out of a request that carries this login's state, once.

use super::*;
use proptest::prelude::*;
use proptest::test_runner::TestRunner;

const STATE: &str = "S-this_login";
const ISSUER: &str = "https://idp.example";

fn config() -> ProptestConfig {
    // No regression files in the tree: a failure prints its minimal case instead.
    ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn expect(state: &Secret<String>) -> Expect<'_> {
    Expect {
        state,
        issuer: ISSUER,
        iss_required: true,
    }
}

fn query(pairs: &[(String, String)]) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

/// Parameters as a hostile client would mix them: a callback as the provider would send it (a
/// code, or an error), each of its parameters sometimes missing, repeated or with another
/// value, plus a few others, in any order. Biased so that every outcome is common.
fn params() -> impl Strategy<Value = Vec<(String, String)>> {
    let times = || prop_oneof![8 => Just(1usize), 1 => Just(0usize), 1 => Just(2usize)];
    let value = |right: &'static str| {
        prop_oneof![
            8 => Just(right.to_string()),
            2 => "\\PC{0,12}",
        ]
    };
    let key = prop_oneof![
        Just("code".to_string()),
        Just("state".to_string()),
        Just("iss".to_string()),
        Just("error".to_string()),
        "[a-z_]{1,6}",
    ];
    (
        any::<bool>(),
        (times(), value(STATE)),
        (times(), value(ISSUER)),
        (times(), "\\PC{0,12}"),
        proptest::collection::vec((key, "\\PC{0,12}"), 0..3),
    )
        .prop_flat_map(|(is_code, state, iss, answer, extra)| {
            let answer_key = if is_code { "code" } else { "error" };
            let mut pairs = Vec::new();
            for (k, (n, v)) in [("state", state), ("iss", iss), (answer_key, answer)] {
                pairs.extend(std::iter::repeat_n((k.to_string(), v), n));
            }
            // Only now and then an extra parameter, so a plain callback stays common.
            let extra = if extra.len() == 2 { extra } else { Vec::new() };
            pairs.extend(extra);
            Just(pairs).prop_shuffle()
        })
}

/// Which outcome `decide_target` gave, for counting.
#[derive(Clone, Copy)]
enum Arm {
    Code,
    Failed,
    Forged,
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_bytes_are_decided_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..1024)) {
        let s = Secret::new(STATE.to_string());
        let _ = decide(&bytes, 5, &expect(&s));
    }

    #[test]
    fn a_well_formed_callback_yields_exactly_its_code(code in "\\PC{1,64}", order in 0usize..6) {
        let s = Secret::new(STATE.to_string());
        let mut pairs = vec![
            ("code".to_string(), code.clone()),
            ("state".to_string(), STATE.to_string()),
            ("iss".to_string(), ISSUER.to_string()),
        ];
        pairs.rotate_left(order % 3);
        if order >= 3 {
            pairs.swap(0, 1);
        }
        match decide_target(&format!("/callback?{}", query(&pairs)), &expect(&s)) {
            Outcome::Code(got) => prop_assert_eq!(got.expose(), &code),
            _ => prop_assert!(false, "a well-formed callback was refused"),
        }
    }
}

/// The outcome of a `/callback` request given its parameters, checked against what it carried.
fn judge(pairs: &[(String, String)]) -> Result<Arm, TestCaseError> {
    let s = Secret::new(STATE.to_string());
    let outcome = decide_target(&format!("/callback?{}", query(pairs)), &expect(&s));
    let count = |k: &str| pairs.iter().filter(|(n, _)| n == k).count();
    let has = |k: &str, v: &str| pairs.iter().any(|(n, x)| n == k && x == v);
    match outcome {
        Outcome::Code(code) => {
            prop_assert!(count("state") == 1 && has("state", STATE));
            prop_assert!(count("iss") == 1 && has("iss", ISSUER));
            prop_assert_eq!(count("code"), 1);
            prop_assert!(has("code", code.expose()));
            prop_assert_eq!(count("error"), 0);
            let mut keys: Vec<&str> = pairs.iter().map(|(k, _)| k.as_str()).collect();
            keys.sort_unstable();
            let n = keys.len();
            keys.dedup();
            prop_assert_eq!(keys.len(), n, "a repeated parameter was accepted");
            Ok(Arm::Code)
        }
        // Only a well-formed provider error with this login's state ends the login.
        Outcome::Failed(_) => {
            prop_assert!(count("state") == 1 && has("state", STATE));
            prop_assert!(count("iss") == 1 && has("iss", ISSUER));
            prop_assert_eq!(count("error"), 1);
            prop_assert_eq!(count("code"), 0);
            Ok(Arm::Failed)
        }
        Outcome::Forged(_) => Ok(Arm::Forged),
        Outcome::Stray | Outcome::WrongHost => {
            Err(TestCaseError::fail("a /callback request is never a stray"))
        }
    }
}

/// Each outcome is checked against the request, and each is reached in the run (a generator
/// that never yields a code would make the `Code` checks vacuous).
#[test]
fn a_code_comes_only_with_this_logins_state_once_and_nothing_repeated() {
    let counts = std::cell::Cell::new([0usize; 3]);
    TestRunner::new(config())
        .run(&params(), |pairs| {
            let arm = judge(&pairs)?;
            let mut c = counts.get();
            c[arm as usize] += 1;
            counts.set(c);
            Ok(())
        })
        .unwrap();
    let [code, failed, forged] = counts.get();
    assert!(
        code > 0 && failed > 0 && forged > 0,
        "outcomes reached: {code} codes, {failed} provider errors, {forged} refusals"
    );
}
