//! `authz completions SHELL`: the completion script, generated from the clap definition.

use crate::cli::CompletionsArgs;
use crate::error::Result;
use std::io::Write;

pub fn execute(args: CompletionsArgs) -> Result<()> {
    let (_, script) = crate::generate::completion(args.shell);
    std::io::stdout().lock().write_all(&script)?;
    Ok(())
}
