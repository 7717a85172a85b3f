//! Property tests of `workflow import`'s parser: any text is answered without a panic, a list
//! round-trips through both forms (array, JSON lines), and a repeated name is refused.

use super::*;
use proptest::prelude::*;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 128,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

type Item = (String, String, Option<String>, Vec<String>);

fn items() -> impl Strategy<Value = Vec<Item>> {
    proptest::collection::btree_set("[a-z0-9][a-z0-9._-]{0,15}", 0..6).prop_flat_map(|names| {
        let n = names.len();
        (
            Just(names.into_iter().collect::<Vec<_>>()),
            proptest::collection::vec(
                (
                    "az_[a-z0-9]{1,10}",
                    proptest::option::of("\\PC{1,12}"),
                    proptest::collection::vec("[a-z][a-z:]{0,10}", 0..4),
                ),
                n,
            ),
        )
            .prop_map(|(names, rest)| {
                names
                    .into_iter()
                    .zip(rest)
                    .map(|(name, (authz, owner, scopes))| (name, authz, owner, scopes))
                    .collect()
            })
    })
}

fn json(item: &Item) -> serde_json::Value {
    serde_json::json!({
        "name": item.0, "authorization": item.1, "owner": item.2, "scopes": item.3,
    })
}

fn same(parsed: &[Desired], items: &[Item]) -> bool {
    parsed.len() == items.len()
        && parsed.iter().zip(items).all(|(d, i)| {
            d.name == i.0
                && d.authz == i.1
                && d.owner == i.2.clone().filter(|o| !o.is_empty())
                && d.scopes == Scopes::from_list(&i.3)
        })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_text_is_answered_without_panicking(text in "\\PC{0,200}", array in any::<bool>()) {
        let text = if array { format!("[{text}") } else { text };
        let _ = parse_import(&text);
    }

    #[test]
    fn a_list_round_trips_as_an_array_and_as_json_lines(items in items()) {
        let array = serde_json::Value::Array(items.iter().map(json).collect()).to_string();
        let lines: String = items.iter().map(|i| format!("{}\n\n", json(i))).collect();
        for text in [array, lines] {
            let parsed = parse_import(&text).map_err(|e| TestCaseError::fail(e.message))?;
            prop_assert!(same(&parsed, &items), "{}", text);
        }
    }

    #[test]
    fn a_repeated_name_is_refused(items in items(), which in any::<prop::sample::Index>()) {
        prop_assume!(!items.is_empty());
        let mut items = items;
        let dup = items[which.index(items.len())].clone();
        items.push(dup);
        let text = serde_json::Value::Array(items.iter().map(json).collect()).to_string();
        let err = parse_import(&text).err().expect("a repeated name was accepted");
        prop_assert!(err.message.contains("appears twice"), "{}", err.message);
    }
}
