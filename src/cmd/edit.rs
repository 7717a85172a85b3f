//! `authz edit AUTHZ [--label TEXT] [--service-account|--personal]`: the metadata people keep
//! about an authorization (not its identity or scopes, which only a login changes).

use crate::app::App;
use crate::cli::EditArgs;
use crate::domain::Status;
use crate::error::{Error, Result, escape};
use crate::output::{AuthzView, View};
use serde::Serialize;
use serde_json::json;
use std::io::{self, Write};

#[derive(Serialize)]
pub struct EditView {
    /// `updated` or `unchanged`.
    pub result: &'static str,
    #[serde(flatten)]
    pub authz: AuthzView,
}

impl View for EditView {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        let a = &self.authz;
        writeln!(
            w,
            "Authorization {} ({}) {}: {} account, label {}.",
            a.id,
            escape(&a.email),
            self.result,
            if a.service_account {
                "service"
            } else {
                "personal"
            },
            a.label
                .as_deref()
                .map(|l| format!("'{}'", escape(l)))
                .unwrap_or_else(|| "none".into())
        )
    }

    fn is_confirmation(&self) -> bool {
        true
    }
}

pub fn execute(args: EditArgs, app: &mut App) -> Result<()> {
    let now = app.now;
    let (result, a, workflows) = app.write(|tx, j| {
        let old = tx.resolve_authz(&args.authz)?;
        if old.status == Status::Revoked {
            return Err(Error::conflict(format!(
                "authorization {} ({}) is revoked; its record is history",
                old.id,
                escape(&old.email)
            )));
        }
        let mut new = old.clone();
        if let Some(label) = &args.label {
            new.label = Some(label.trim().to_owned()).filter(|l| !l.is_empty());
        }
        if args.service_account {
            new.service_account = true;
        }
        if args.personal {
            new.service_account = false;
        }
        let workflows = tx
            .workflows(Some(&old.id))?
            .into_iter()
            .map(|w| w.name)
            .collect();
        if new == old {
            return Ok(("unchanged", old, workflows));
        }
        tx.update_authz(&new)?;
        // Only what changed, as {"field": {"from": .., "to": ..}}.
        let mut details = serde_json::Map::new();
        if new.label != old.label {
            details.insert("label".into(), json!({"from": old.label, "to": new.label}));
        }
        if new.service_account != old.service_account {
            details.insert(
                "service_account".into(),
                json!({"from": old.service_account, "to": new.service_account}),
            );
        }
        j.log(tx, "edited", Some(&new.id), None, details.into())?;
        Ok(("updated", new, workflows))
    })?;
    app.out.print(&EditView {
        result,
        authz: AuthzView::new(a, workflows, now),
    })
}
