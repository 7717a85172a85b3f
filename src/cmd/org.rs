//! `authz org init`: sets up the organization's PostgreSQL store and says how to grant its roles.

use crate::app::App;
use crate::cli::OrgCommand;
use crate::error::Result;
use crate::output::View;
use crate::store::postgres::org::ROLES;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
pub struct InitView {
    pub store: String,
    pub schema: String,
    /// Each group role and what it may do.
    pub roles: Vec<RoleView>,
}

#[derive(Serialize)]
pub struct RoleView {
    pub name: &'static str,
    pub may: &'static str,
}

impl View for InitView {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        writeln!(
            w,
            "The store {} is ready (schema {}), with these group roles:",
            self.store, self.schema
        )?;
        for r in &self.roles {
            writeln!(w, "  {:<15} {}", r.name, r.may)?;
        }
        writeln!(
            w,
            "Grant them to login roles, for example (in psql, as the owner):"
        )?;
        writeln!(
            w,
            "  CREATE ROLE alice LOGIN;       GRANT authz_operator TO alice;"
        )?;
        writeln!(
            w,
            "  CREATE ROLE ci_runner LOGIN;   GRANT authz_runner TO ci_runner;"
        )?;
        writeln!(
            w,
            "  CREATE ROLE auditor LOGIN;     GRANT authz_auditor TO auditor;"
        )?;
        writeln!(
            w,
            "Give each a password with \\password NAME; they keep it in ~/.pgpass or PGPASSWORD."
        )
    }
}

pub fn execute(cmd: OrgCommand, app: &mut App) -> Result<()> {
    match cmd {
        OrgCommand::Init => {
            let location = app.store_choice()?.location;
            let schema = location.init_org()?;
            app.out.print(&InitView {
                store: location.display(),
                schema,
                roles: ROLES
                    .iter()
                    .map(|(name, may)| RoleView { name, may })
                    .collect(),
            })
        }
    }
}
