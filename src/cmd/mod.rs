//! One module per command; this file only routes.

mod add;
mod audit;
mod authorizer;
mod completions;
mod docker_credential;
mod doctor;
mod edit;
mod export;
mod git_credential;
mod list;
mod log;
mod org;
mod profile;
mod reassign;
mod revoke;
mod run;
mod secrets;
mod show;
mod test;
mod token;
mod vault;
mod verify;
mod workflow;

use crate::app::App;
use crate::cli::{Cli, Command};
use crate::error::Result;

pub fn run(cli: Cli) -> Result<()> {
    // An unknown backend (`--secrets`, or a typo in AUTHZ_SECRETS) is refused by every command,
    // like an unknown `--store` scheme, not only by those that reach the secrets.
    if let Some(spec) = &cli.global.secrets {
        crate::secret::Backend::parse(spec)?;
    }
    let mut app = App::new(cli.global);
    let done = match cli.command {
        Command::List(args) => list::execute(args, &mut app),
        Command::Show(args) => show::execute(args, &mut app),
        Command::Add(args) => add::execute(args, &mut app),
        Command::Token(args) => token::execute(args, &mut app),
        Command::Test(args) => test::execute(args, &mut app),
        Command::Edit(args) => edit::execute(args, &mut app),
        Command::Revoke(args) => revoke::execute(args, &mut app),
        Command::Reassign(args) => reassign::execute(args, &mut app),
        Command::Workflow(cmd) => workflow::execute(cmd, &mut app),
        Command::Authorizer(cmd) => authorizer::execute(cmd, &mut app),
        Command::Verify(args) => authorizer::verify_workflow(args, &mut app),
        Command::Vault(cmd) => vault::execute(cmd, &mut app),
        Command::Run(args) => run::execute(args, &mut app),
        Command::GitCredential(args) => git_credential::execute(args, &mut app),
        Command::DockerCredential(args) => docker_credential::execute(args, &mut app),
        Command::Log(args) => log::execute(args, &mut app),
        Command::Audit(args) => audit::execute(args, &mut app),
        Command::Profile(cmd) => profile::execute(cmd, &mut app),
        Command::Org(cmd) => org::execute(cmd, &mut app),
        Command::Export(args) => export::export(args, &mut app),
        Command::Import(args) => export::import(args, &mut app),
        Command::Doctor(args) => doctor::execute(args, &mut app),
        Command::Secrets(cmd) => secrets::execute(cmd, &mut app),
        Command::Completions(args) => completions::execute(args),
    };
    done?;
    app.finish()
}
