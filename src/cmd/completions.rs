//! `authz completions SHELL`: the completion script, generated from the clap definition.

use crate::cli::{Cli, CompletionsArgs};
use crate::error::Result;

pub fn execute(args: CompletionsArgs) -> Result<()> {
    let mut cmd = <Cli as clap::CommandFactory>::command();
    let mut out = std::io::stdout().lock();
    clap_complete::generate(args.shell, &mut cmd, "authz", &mut out);
    Ok(())
}
