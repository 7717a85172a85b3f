//! Files generated from the clap definition: shell completion scripts and man pages. The
//! committed copies (completions/, docs/man/) are compared with these by tests/cli.rs.

use crate::cli::Cli;
use clap::CommandFactory;
use clap_complete::{Generator, Shell};

/// Every shell we ship a completion script for, in completions/.
pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

/// The CLI with the crate's version alone: `--version` also names the commit it was built
/// from (src/build.rs), which would make every commit's generated files differ.
fn command() -> clap::Command {
    Cli::command().version(env!("CARGO_PKG_VERSION"))
}

/// The completion script for `shell`: its conventional file name and its text. The script
/// asks `authz` itself (found on PATH) at each <TAB> (clap_complete's dynamic completion,
/// `COMPLETE=SHELL authz`), so workflow, authorization, vault, authorizer and profile names
/// come from the current store (`complete`), not only the commands and flags a static script
/// knows.
pub fn completion(shell: Shell) -> (String, Vec<u8>) {
    use clap_complete::env::EnvCompleter;
    let registration: &dyn EnvCompleter = match shell {
        Shell::Bash => &clap_complete::env::Bash,
        Shell::Zsh => &clap_complete::env::Zsh,
        Shell::Fish => &clap_complete::env::Fish,
        Shell::PowerShell => &clap_complete::env::Powershell,
        _ => &clap_complete::env::Elvish,
    };
    let mut out = Vec::new();
    registration
        .write_registration("COMPLETE", "authz", "authz", "authz", &mut out)
        .expect("writing to memory cannot fail");
    (shell.file_name("authz"), out)
}

/// `authz.1` and one page per subcommand (`authz-workflow-create.1`, ...), as (file name, roff).
/// No date in the pages, so regenerating is byte-for-byte stable.
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    fn walk(cmd: clap::Command, out: &mut Vec<(String, Vec<u8>)>) {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sub.clone(), out);
        }
        let man = clap_mangen::Man::new(cmd)
            .source(format!("authz {}", env!("CARGO_PKG_VERSION")))
            .manual("authz manual");
        let mut page = Vec::new();
        man.render(&mut page)
            .expect("rendering to memory cannot fail");
        out.push((man.get_filename(), page));
    }
    let mut cmd = command().disable_help_subcommand(true);
    cmd.build();
    let mut out = Vec::new();
    walk(cmd, &mut out);
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}
