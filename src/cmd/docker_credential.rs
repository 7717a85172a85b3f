//! `authz docker-credential get|list|store|erase|setup`, also run as `docker-credential-authz`
//! (a link to the binary, the name Docker's `credHelpers` looks for): Docker's credential-helper
//! protocol. `get` reads the registry on stdin and answers `{"ServerURL","Username","Secret"}`
//! with the mapped workflow's fresh access token; a registry without a mapping gets the
//! protocol's "credentials not found" (Docker then goes on without credentials). `store` and
//! `erase` are refused: the credential is authz's token, not something Docker may set.
//!
//! The registry → workflow mapping is kept in this user's config file
//! (`$XDG_CONFIG_HOME/authz/config.json`, `"docker": {REGISTRY: {"workflow", "username"}}`),
//! never in the store: on a shared store another role could write a row that sends a token to
//! a registry of its choosing.

use crate::app::App;
use crate::cli::{DockerCredentialArgs, DockerOperation};
use crate::domain::credential;
use crate::error::{Error, Result, escape};
use std::io::{Read, Write};

const DEFAULT_USERNAME: &str = "oauth2accesstoken";

pub fn execute(a: DockerCredentialArgs, app: &mut App) -> Result<()> {
    let path = crate::app::config_file()?;
    match a.operation {
        DockerOperation::Setup => {
            let (Some(registry), Some(workflow)) = (&a.registry, &a.workflow) else {
                return Err(Error::usage(
                    "setup needs --registry HOST and --workflow NAME",
                ));
            };
            let registry = credential::docker_registry(registry);
            if registry.is_empty() || registry.contains(['/', ' ', '"']) {
                return Err(Error::usage(format!(
                    "'{}' is not a registry host (e.g. ghcr.io or registry.example:5000)",
                    escape(&registry)
                )));
            }
            crate::cmd::token::workflow_authz(app, workflow)?;
            let username = a.username.clone().unwrap_or(DEFAULT_USERNAME.into());
            let mut config = crate::profile::Config::load(&path)?;
            config.set_docker(&registry, workflow, &username);
            config.save()?;
            app.out.info(format!(
                "{} now gets the token of workflow {}; in ~/.docker/config.json: \"credHelpers\": {{\"{}\": \"authz\"}} (with docker-credential-authz on PATH, a link to authz)",
                escape(&registry),
                escape(workflow),
                escape(&registry)
            ));
            Ok(())
        }
        DockerOperation::List => {
            let config = crate::profile::Config::load(&path)?;
            let list: serde_json::Map<String, serde_json::Value> = config
                .docker()
                .into_iter()
                .map(|(registry, m)| (registry, m.username.into()))
                .collect();
            print(&serde_json::Value::Object(list).to_string())
        }
        DockerOperation::Store | DockerOperation::Erase => {
            drain_stdin()?;
            let msg = "authz does not store Docker credentials: a registry gets a workflow's token (authz docker-credential setup --registry HOST --workflow NAME)";
            print(msg)?;
            Err(Error::usage(msg))
        }
        DockerOperation::Get => {
            let server_url = drain_stdin()?.trim().to_owned();
            let config = crate::profile::Config::load(&path)?;
            let registry = credential::docker_registry(&server_url);
            let Some(m) = config.docker().remove(&registry) else {
                print(credential::DOCKER_NOT_FOUND)?;
                return Err(Error::exit_with(1));
            };
            let target = crate::cmd::token::workflow_target(app, &m.workflow, false)?;
            let fresh = crate::cmd::token::fresh_for(app, &target, crate::domain::REFRESH_MARGIN)?;
            print(
                &credential::docker_get_answer(&server_url, &m.username, fresh.token.expose())
                    .to_string(),
            )
        }
    }
}

fn drain_stdin() -> Result<String> {
    let mut text = String::new();
    std::io::stdin()
        .lock()
        .take(64 * 1024)
        .read_to_string(&mut text)
        .map_err(|e| Error::usage(format!("Docker's request is not text: {e}")))?;
    Ok(text)
}

fn print(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{text}")?;
    out.flush()?;
    Ok(())
}
