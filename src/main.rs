//! The `authz` binary: everything lives in the library; this only turns its result into an exit code.

fn main() {
    std::process::exit(authz::run(std::env::args_os()));
}
