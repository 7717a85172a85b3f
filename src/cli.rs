//! The command line (clap derive). Doc comments here are the `--help` text.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Manage workflow authorizations: stored delegated access that workflows use to act on the
/// platform on behalf of a user.
#[derive(Debug, Parser)]
#[command(
    name = "authz",
    // `authz 0.1.0 (abc1234 2026-12-06)`: the commit and its date, from src/build.rs.
    version = env!("AUTHZ_LONG_VERSION"),
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct Global {
    /// The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass,
    /// sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile
    #[arg(long, global = true, env = "AUTHZ_STORE", value_name = "URL")]
    pub store: Option<String>,

    /// The store (SQLite); wins over --profile [default: the profile's store,
    /// $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]
    #[arg(long, global = true, env = "AUTHZ_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Use this profile's store (and so its issuer and client id); --db wins over it
    /// [default: the one chosen by `authz profile use`, else "default"]
    #[arg(long, global = true, env = "AUTHZ_PROFILE", value_name = "NAME", add = crate::complete::profiles())]
    pub profile: Option<String>,

    /// Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default
    /// secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile's,
    /// else keyring]
    #[arg(long, global = true, env = "AUTHZ_SECRETS", value_name = "BACKEND", add = crate::complete::secret_backends())]
    pub secrets: Option<String>,

    /// Machine output: JSON on stdout, errors as JSON on stderr
    #[arg(long, global = true)]
    pub json: bool,

    /// The OpenID provider's issuer URL (remembered in the store after first use)
    #[arg(long, global = true, env = "AUTHZ_ISSUER", value_name = "URL")]
    pub issuer: Option<String>,

    /// The OAuth client id registered for authz (remembered in the store after first use)
    #[arg(long, global = true, env = "AUTHZ_CLIENT_ID", value_name = "ID")]
    pub client_id: Option<String>,

    /// Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)
    #[arg(long, global = true, env = "AUTHZ_CA_FILE", value_name = "PATH")]
    pub ca_file: Option<PathBuf>,

    /// Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)
    #[arg(long, short = 'y', global = true)]
    pub yes: bool,

    /// Results only: the data asked for (the new id for `add`), nothing for a change; errors
    /// and warnings still print
    #[arg(long, short = 'q', global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it
    /// anyway), always, never
    #[arg(
        long,
        global = true,
        value_enum,
        default_value = "auto",
        value_name = "WHEN"
    )]
    pub color: crate::output::ColourChoice,

    /// Print more about what happens (never secrets)
    #[arg(long, short = 'v', global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List authorizations: email, created, workflows
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show everything about one authorization
    Show(ShowArgs),
    /// Create an authorization by logging in (browser, or a code on another device)
    Add(AddArgs),
    /// Print a fresh access token for an authorization or a workflow (for the workflow runner)
    Token(TokenArgs),
    /// Check that an authorization still works: get a token and ask the provider who it is
    Test(TestArgs),
    /// Change an authorization's label, or mark it service-owned or personal
    Edit(EditArgs),
    /// Revoke an authorization; refused while workflows use it unless --replace moves them
    Revoke(RevokeArgs),
    /// Move workflows from one authorization to another
    Reassign(ReassignArgs),
    /// Manage workflows and the authorization each one uses
    #[command(subcommand)]
    Workflow(WorkflowCommand),
    /// Authorizers: the JWT checks that decide who may trigger an inbound workflow
    #[command(subcommand)]
    Authorizer(AuthorizerCommand),
    /// Verify inbound JWTs (one per line on stdin) with a workflow's authorizer; one JSON
    /// line per token, exit 9 when any is rejected
    Verify(VerifyArgs),
    /// The workflow vault: API tokens, passwords and signing keys that workflows use
    #[command(subcommand)]
    Vault(VaultCommand),
    /// Run a command with a workflow's access token and vault secrets in its environment
    Run(RunArgs),
    /// git's credential helper: answers git with a workflow's fresh access token (`setup`
    /// writes the git config line)
    GitCredential(GitCredentialArgs),
    /// Docker's credential helper (also run as `docker-credential-authz`): a registry's
    /// workflow token (`setup` maps a registry to a workflow)
    DockerCredential(DockerCredentialArgs),
    /// Show the event log: every change, when and by whom
    Log(LogArgs),
    /// Check the store against the best practices; with --email, an offboarding review
    Audit(AuditArgs),
    /// Named stores, each with its own provider settings: list, show, choose the current one
    #[command(subcommand)]
    Profile(ProfileCommand),
    /// The organization's store on PostgreSQL: schema, roles and grants (docs/organization.md)
    #[command(subcommand)]
    Org(OrgCommand),
    /// Write the whole store (metadata, never secrets) as one JSON document
    Export(ExportArgs),
    /// Load a document written by `authz export` (all or nothing)
    Import(ImportArgs),
    /// Find and repair what an interrupted command left: stored tokens (keyring or OpenBao)
    /// without an authorization, active ones without their refresh token, unfinished revokes
    Doctor(DoctorArgs),
    /// The secret backend: move every authorization's tokens to another one
    #[command(subcommand)]
    Secrets(SecretsCommand),
    /// Print a shell completion script
    Completions(CompletionsArgs),
}

#[derive(Debug, Subcommand)]
pub enum VaultCommand {
    /// Store a value (from stdin, a hidden prompt on a terminal, or --from-file; never
    /// argv), kept byte for byte; an existing NAME gets a new version (none when the value is
    /// the one it has: `unchanged`)
    Set(VaultSetArgs),
    /// List the vault entries (never their values)
    #[command(visible_alias = "ls")]
    List,
    /// Show an entry: metadata, versions and the workflows using it (never the value)
    Show(VaultNameArgs),
    /// Print an entry's value on stdout, exactly as stored (for runners and scripts)
    #[command(disable_version_flag = true)]
    Get(VaultGetArgs),
    /// List an entry's versions
    History(VaultNameArgs),
    /// Make an earlier version's value the newest version
    #[command(disable_version_flag = true)]
    Rollback(VaultRollbackArgs),
    /// Delete an entry and every version of its value; refused while workflows use it unless
    /// --replace moves them
    Delete(VaultDeleteArgs),
    /// Make a signing key pair inside authz (a new entry, or a new version: a rotation)
    Generate(VaultGenerateArgs),
    /// Print the public key of a signing key
    Public(VaultPublicArgs),
}

#[derive(Debug, Args)]
pub struct VaultSetArgs {
    pub name: String,
    /// What the value is; required for a new entry [default: an existing entry's kind]
    #[arg(long, value_parser = ["api-token", "password", "signing-key"])]
    pub kind: Option<String>,
    /// Read the value from this file (all of its bytes) instead of stdin
    #[arg(long, value_name = "PATH")]
    pub from_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct VaultNameArgs {
    #[arg(add = crate::complete::vault_entries())]
    pub name: String,
}

#[derive(Debug, Args)]
pub struct VaultGetArgs {
    #[arg(add = crate::complete::vault_entries())]
    pub name: String,
    /// This version instead of the newest
    #[arg(long, value_name = "N")]
    pub version: Option<u32>,
}

#[derive(Debug, Args)]
pub struct VaultRollbackArgs {
    #[arg(add = crate::complete::vault_entries())]
    pub name: String,
    /// The version whose value becomes the newest
    #[arg(long, value_name = "N")]
    pub version: u32,
}

#[derive(Debug, Args)]
pub struct VaultDeleteArgs {
    #[arg(add = crate::complete::vault_entries())]
    pub name: String,
    /// Move every workflow that uses NAME to OTHER first, in the same transaction (each keeps
    /// its environment variable name)
    #[arg(long, value_name = "OTHER")]
    pub replace: Option<String>,
}

#[derive(Debug, Args)]
pub struct VaultGenerateArgs {
    pub name: String,
    /// The JWS algorithm: ES256 (ECDSA P-256), EdDSA (Ed25519) or RS256 (RSA 2048)
    #[arg(long, value_parser = ["ES256", "EdDSA", "RS256"])]
    pub alg: String,
}

#[derive(Debug, Args)]
pub struct VaultPublicArgs {
    pub name: String,
    /// jwk: the newest version's key; jwks: every version's (kid NAME-vN); pem: SPKI PEM
    #[arg(long, default_value = "jwk", value_parser = ["jwk", "jwks", "pem"])]
    pub format: String,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// The workflow whose authorization and secrets to use
    #[arg(long, value_name = "NAME", add = crate::complete::workflows())]
    pub workflow: String,
    /// The environment variable that gets the access token
    #[arg(long, default_value = "AUTHZ_ACCESS_TOKEN", value_name = "VAR")]
    pub token_env: String,
    /// Refresh when the cached token expires within this many seconds
    #[arg(
        long,
        default_value_t = 60,
        value_name = "SECS",
        env = "AUTHZ_TOKEN_MARGIN"
    )]
    pub margin: i64,
    /// Replace every secret it put in the command's environment or token file (and their
    /// base64 and URL-encoded forms) in the command's output with `<concealed by authz>`
    /// [default: on when $CI is set, as in a CI job]
    #[arg(long, conflicts_with = "no_mask")]
    pub mask: bool,
    /// Pass the command's output through untouched, even in CI
    #[arg(long)]
    pub no_mask: bool,
    /// The command and its arguments (after --)
    #[arg(last = true, required = true, value_name = "CMD")]
    pub command: Vec<std::ffi::OsString>,
}

#[derive(Debug, Subcommand)]
pub enum SecretsCommand {
    /// Move every authorization's tokens from this run's backend to BACKEND, verifying each
    /// at the destination before deleting it at the source; safe to run again
    Migrate(MigrateArgs),
}

#[derive(Debug, Args)]
pub struct MigrateArgs {
    /// The destination: keyring, or openbao[:MOUNT/PREFIX]
    #[arg(long, value_name = "BACKEND")]
    pub to: String,
    /// Print what would move; change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Include revoked authorizations
    #[arg(long)]
    pub all: bool,
    /// Every column whole (as `kubectl get -o wide`): on a terminal the table is otherwise fitted
    /// to its width, long cells cut with `…`, ids shortened to a unique prefix; never when
    /// stdout is not a terminal
    #[arg(long)]
    pub wide: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Authorization id, or an email that only one authorization has
    #[arg(add = crate::complete::authorizations())]
    pub authz: String,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Scopes to request besides `openid email` (and `offline_access` where the provider has
    /// it) (repeatable)
    #[arg(long = "scope", short = 's', value_name = "SCOPE")]
    pub scopes: Vec<String>,
    /// An API (RFC 8707 resource indicator, an absolute URI) the grant is asked for, so that
    /// workflows naming it get tokens meant for it alone (repeatable)
    #[arg(long = "resource", value_name = "URI")]
    pub resources: Vec<String>,
    /// A note shown in lists
    #[arg(long)]
    pub label: Option<String>,
    /// The account is a service-owned operator account, not a person's
    #[arg(long)]
    pub service_account: bool,
    /// Do not open a browser; only print the URL
    #[arg(long)]
    pub no_browser: bool,
    /// Log in with a code entered on any device (OAuth device grant, RFC 8628); chosen
    /// automatically when no browser can start here and the provider offers it
    #[arg(long, conflicts_with_all = ["port", "paste"])]
    pub device: bool,
    /// Also read the redirect URL from stdin when it is not a terminal (e.g. `ssh host authz
    /// add` without -t); on a terminal pasting always works
    #[arg(long)]
    pub paste: bool,
    /// Loopback port for the redirect (for `ssh -L PORT:127.0.0.1:PORT`, or a provider that
    /// only accepts the exact redirect URI registered); remembered for this issuer after a
    /// successful login, 0 to let the OS choose again [default: the remembered one, else chosen
    /// by the OS]
    #[arg(long)]
    pub port: Option<u16>,
    /// Seconds to wait for the login to finish
    #[arg(long, default_value_t = 300, value_name = "SECS")]
    pub timeout: u64,
    /// Log in again for an existing authorization (same account required); keeps its workflows.
    /// Logging in as an account that already has an authorization does this by itself
    #[arg(long, value_name = "AUTHZ")]
    pub reauth: Option<String>,
    /// Create a second authorization even when the account already has one (by default a
    /// login for a known account replaces that authorization's tokens in place)
    #[arg(long, conflicts_with = "reauth")]
    pub new: bool,
    /// The userinfo claim that names the account, for providers without a usable `email`
    /// (e.g. `preferred_username`, `upn`); remembered for this issuer [default: email]
    #[arg(long, value_name = "NAME")]
    pub email_claim: Option<String>,
    /// The client secret, for providers that give a native app one (a confidential client):
    /// a file holding it alone, or the client JSON a console downloads (Google's
    /// `client_secret_*.json`: its client id is used too); `-` reads stdin. Kept in the secret
    /// backend, never in the store; remembered with the client id
    #[arg(long, value_name = "FILE")]
    pub client_secret_file: Option<PathBuf>,
    /// How the client authenticates at the token and revocation endpoints; remembered with the
    /// client id [default: with a secret, basic or post as the provider's metadata says (basic
    /// first); with --client-key, private-key-jwt; else none]
    #[arg(long, value_name = "METHOD", value_parser = ["basic", "post", "private-key-jwt", "none"])]
    pub client_auth: Option<String>,
    /// The vault signing key of private_key_jwt (RFC 7523): `authz vault generate KEY --alg
    /// ES256`, then register `authz vault public KEY` at the provider
    #[arg(long, value_name = "KEY")]
    pub client_key: Option<String>,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("target").required(true))]
pub struct TokenArgs {
    /// Authorization id or email
    #[arg(group = "target", add = crate::complete::authorizations())]
    pub authz: Option<String>,
    /// The workflow whose authorization to use
    #[arg(long, group = "target", value_name = "NAME", add = crate::complete::workflows())]
    pub workflow: Option<String>,
    /// Refresh when the cached token expires within this many seconds
    #[arg(
        long,
        default_value_t = crate::domain::REFRESH_MARGIN,
        value_name = "SECS",
        env = "AUTHZ_TOKEN_MARGIN"
    )]
    pub margin: i64,
    /// Output: the bare token (default), json ({access_token, token_type, expires_at, scope})
    /// or exec-credential (kubectl's ExecCredential, for a kubeconfig `exec` user)
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<TokenFormat>,
    /// With --workflow: refuse (exit 10) a token the provider did not confirm as narrowed to
    /// the workflow's scopes and resource, instead of handing out a wider one with a warning
    #[arg(long, requires = "workflow")]
    pub strict_scopes: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum TokenFormat {
    /// The access token alone, one line
    Raw,
    /// {"access_token", "token_type", "expires_at", "scope"}
    Json,
    /// kubectl's ExecCredential (client.authentication.k8s.io/v1, or the apiVersion in
    /// KUBERNETES_EXEC_INFO: v1beta1)
    ExecCredential,
}

#[derive(Debug, Args)]
pub struct GitCredentialArgs {
    /// What git asks: get (answered), store and erase (accepted, ignored); setup writes the
    /// git config that uses this helper
    #[arg(value_enum)]
    pub operation: GitOperation,
    /// A host this helper answers for (repeatable); git's requests for other hosts get no
    /// answer
    #[arg(long = "host", value_name = "HOST", required = true)]
    pub hosts: Vec<String>,
    /// The workflow whose token git gets
    #[arg(long, value_name = "NAME")]
    pub workflow: String,
    /// The username git sends: x-access-token, oauth2, email (the authorization's) or any
    /// other text
    #[arg(long, default_value = "x-access-token", value_name = "NAME")]
    pub username: String,
    /// setup: write the repository's config (git config --local) instead of the user's
    #[arg(long)]
    pub local: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum GitOperation {
    Get,
    Store,
    Erase,
    Setup,
}

#[derive(Debug, Args)]
pub struct DockerCredentialArgs {
    /// What Docker asks: get (the registry on stdin), list; store and erase are refused;
    /// setup maps --registry to --workflow
    #[arg(value_enum)]
    pub operation: DockerOperation,
    /// setup: the registry (as in `credHelpers`, e.g. ghcr.io)
    #[arg(long, value_name = "HOST", required_if_eq("operation", "setup"))]
    pub registry: Option<String>,
    /// setup: the workflow whose token the registry gets
    #[arg(long, value_name = "NAME", required_if_eq("operation", "setup"))]
    pub workflow: Option<String>,
    /// setup: the username Docker sends [default: oauth2accesstoken]
    #[arg(long, value_name = "NAME")]
    pub username: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum DockerOperation {
    Get,
    List,
    Store,
    Erase,
    Setup,
}

#[derive(Debug, Args)]
pub struct TestArgs {
    /// Authorization id or email
    #[arg(add = crate::complete::authorizations())]
    pub authz: String,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("change").required(true).multiple(true))]
pub struct EditArgs {
    /// Authorization id or email
    #[arg(add = crate::complete::authorizations())]
    pub authz: String,
    /// A note shown in lists (an empty string removes it)
    #[arg(long, group = "change")]
    pub label: Option<String>,
    /// The account is a service-owned operator account, not a person's
    #[arg(long, group = "change", conflicts_with = "personal")]
    pub service_account: bool,
    /// The account is a person's (who may leave the organization)
    #[arg(long, group = "change")]
    pub personal: bool,
}

#[derive(Debug, Args)]
pub struct RevokeArgs {
    /// Authorization id or email
    #[arg(add = crate::complete::authorizations())]
    pub authz: String,
    /// Move every workflow that uses AUTHZ to NEW first, in the same transaction
    #[arg(long, value_name = "NEW", add = crate::complete::authorizations())]
    pub replace: Option<String>,
    /// Print what would happen; change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// With --replace: do not check NEW against the provider first (offline use)
    #[arg(long)]
    pub no_verify: bool,
    /// If the provider refuses the revocation for good (HTTP 401/403), keep the tokens in the
    /// secret store to retry later instead of deleting them
    #[arg(long)]
    pub keep_tokens: bool,
}

#[derive(Debug, Args)]
pub struct ReassignArgs {
    /// The authorization the workflows use now
    #[arg(long, value_name = "AUTHZ", add = crate::complete::authorizations())]
    pub from: String,
    /// The authorization they should use
    #[arg(long, value_name = "AUTHZ", add = crate::complete::authorizations())]
    pub to: String,
    /// Move only these workflows (repeatable) [default: all of --from's]
    #[arg(long = "workflow", short = 'w', value_name = "NAME", add = crate::complete::workflows())]
    pub workflows: Vec<String>,
    /// Print exactly what would move; change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Subcommand)]
pub enum WorkflowCommand {
    /// Create a workflow that uses an authorization
    Create(WorkflowCreateArgs),
    /// Change a workflow's authorization, owner or required scopes
    Edit(WorkflowEditArgs),
    /// List workflows
    #[command(visible_alias = "ls")]
    List(WorkflowListArgs),
    /// Show everything about one workflow: authorization, owner, scopes, secrets, last runs
    Show(WorkflowShowArgs),
    /// Delete a workflow
    Delete(WorkflowDeleteArgs),
    /// Create or update workflows in bulk from JSON (an array, or JSON lines); all or nothing
    Import(WorkflowImportArgs),
}

#[derive(Debug, Subcommand)]
pub enum AuthorizerCommand {
    /// Create an authorizer: an issuer, audiences and a key set (a JWKS URL or file, or a
    /// vault signing key)
    Create(AuthorizerCreateArgs),
    /// List authorizers
    #[command(visible_alias = "ls")]
    List,
    /// Show one authorizer and the workflows it guards
    Show(AuthorizerNameArgs),
    /// Change an authorizer; options given replace the old values
    Edit(AuthorizerEditArgs),
    /// Delete an authorizer; refused while workflows use it unless --replace moves them
    Delete(AuthorizerDeleteArgs),
    /// Print, as a JWKS, the keys the authorizer would use now (HMAC secrets left out)
    Keys(AuthorizerNameArgs),
    /// Verify JWTs read from stdin, one per line; one JSON line per token, exit 9 when any is
    /// rejected
    Verify(AuthorizerNameArgs),
    /// Mint a token that passes this vault-backed authorizer, for staging; printed on stdout
    Sign(AuthorizerSignArgs),
}

#[derive(Debug, Args)]
pub struct AuthorizerSignArgs {
    #[arg(add = crate::complete::authorizers())]
    pub name: String,
    /// The vault signing key the authorizer verifies with [default: the authorizer's own]
    #[arg(long, value_name = "SECRET")]
    pub vault_key: Option<String>,
    /// More claims, as a JSON object (iss, aud, iat and exp are set by authz)
    #[arg(long, value_name = "JSON")]
    pub claims: Option<String>,
    /// Seconds until the token expires [default: 300, or the authorizer's max lifetime when
    /// shorter]
    #[arg(long, value_name = "SECS")]
    pub ttl: Option<i64>,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("keys").required(true))]
pub struct AuthorizerCreateArgs {
    pub name: String,
    /// The issuer tokens must name in `iss`, exactly
    #[arg(long, value_name = "ISS")]
    pub iss: String,
    /// An audience a token's `aud` must hold (repeatable; one match is enough)
    #[arg(long = "aud", value_name = "AUD", required = true)]
    pub audiences: Vec<String>,
    /// The JWKS endpoint (https://), fetched and cached; trusted through --ca-file
    #[arg(long, group = "keys", value_name = "URL")]
    pub jwks_url: Option<String>,
    /// A JWKS file, read on every use (0600 when it holds an HMAC secret)
    #[arg(long, group = "keys", value_name = "F")]
    pub jwks_file: Option<PathBuf>,
    /// A vault signing key (`authz vault generate`; tokens name kid NAME-vN) or an HMAC
    /// secret (`authz vault set --kind signing-key`, with --alg HS256|HS384|HS512)
    #[arg(long, group = "keys", value_name = "SECRET")]
    pub vault_key: Option<String>,
    #[command(flatten)]
    pub policy: PolicyArgs,
}

/// The checks beyond issuer, audience and signature (shared by create and edit).
#[derive(Debug, Args)]
pub struct PolicyArgs {
    /// An allowed algorithm (repeatable): HS256/384/512, RS256/384/512, PS256/384/512, ES256,
    /// ES384, EdDSA [default: the algorithms the keys declare]
    #[arg(long = "alg", value_name = "ALG", add = crate::complete::algs())]
    pub algs: Option<Vec<String>>,
    /// Seconds of clock skew forgiven by every time check, at most 300 [default: 60]
    #[arg(long, value_name = "SECS")]
    pub leeway: Option<i64>,
    /// Require this `typ` header, e.g. at+jwt (case-insensitive, `application/` optional);
    /// an empty value removes the requirement
    #[arg(long, value_name = "T")]
    pub typ: Option<String>,
    /// A scope that must be in `scope` or `scp` (repeatable; an empty value clears them)
    #[arg(long = "require-scope", value_name = "S")]
    pub require_scopes: Option<Vec<String>>,
    /// A claim that must be present and equal (repeatable; an empty value clears them)
    #[arg(long = "require-claim", value_name = "K=V")]
    pub require_claims: Option<Vec<String>>,
    /// Refuse tokens whose `exp - iat` is longer than this (0 removes the limit)
    #[arg(long, value_name = "SECS")]
    pub max_lifetime: Option<i64>,
}

#[derive(Debug, Args)]
pub struct AuthorizerNameArgs {
    #[arg(add = crate::complete::authorizers())]
    pub name: String,
}

#[derive(Debug, Args)]
pub struct AuthorizerEditArgs {
    pub name: String,
    /// New issuer
    #[arg(long, value_name = "ISS")]
    pub iss: Option<String>,
    /// Replace the audiences (repeatable)
    #[arg(long = "aud", value_name = "AUD")]
    pub audiences: Option<Vec<String>>,
    /// Take the keys from this JWKS endpoint instead
    #[arg(long, value_name = "URL", conflicts_with = "jwks_file")]
    pub jwks_url: Option<String>,
    /// Take the keys from this JWKS file instead
    #[arg(long, value_name = "F", conflicts_with = "vault_key")]
    pub jwks_file: Option<PathBuf>,
    /// Take the keys from this vault signing key or HMAC secret instead
    #[arg(long, value_name = "SECRET", conflicts_with = "jwks_url")]
    pub vault_key: Option<String>,
    #[command(flatten)]
    pub policy: PolicyArgs,
}

#[derive(Debug, Args)]
pub struct AuthorizerDeleteArgs {
    pub name: String,
    /// Put every workflow guarded by NAME under OTHER first, in the same transaction
    #[arg(long, value_name = "OTHER")]
    pub replace: Option<String>,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The workflow whose authorizer judges the tokens
    #[arg(long, value_name = "NAME", add = crate::complete::workflows())]
    pub workflow: String,
}

#[derive(Debug, Args)]
pub struct WorkflowCreateArgs {
    pub name: String,
    /// The authorization it uses (id or email)
    #[arg(long, value_name = "AUTHZ", add = crate::complete::authorizations())]
    pub authz: String,
    /// Who owns the workflow operationally
    #[arg(long)]
    pub owner: Option<String>,
    /// A scope the workflow requires (repeatable)
    #[arg(long = "scope", short = 's', value_name = "SCOPE")]
    pub scopes: Vec<String>,
    /// A vault entry the workflow uses, in $ENV_NAME [default: NAME upper-cased, other
    /// characters as _] (repeatable)
    #[arg(long = "use-secret", value_name = "SECRET[=ENV_NAME]")]
    pub use_secrets: Vec<String>,
    /// The API its token is for (an RFC 8707 resource indicator, an absolute URI); its
    /// authorization's login must have asked for it (authz add --resource)
    #[arg(long, value_name = "URI")]
    pub resource: Option<String>,
    /// Refuse (exit 10) a token the provider did not confirm as narrowed to the workflow's
    /// scopes and resource, instead of using a wider one with a warning
    #[arg(long)]
    pub strict_scopes: bool,
}

#[derive(Debug, Args)]
pub struct WorkflowEditArgs {
    #[arg(add = crate::complete::workflows())]
    pub name: String,
    /// Move it to this authorization (id or email)
    #[arg(long, value_name = "AUTHZ", add = crate::complete::authorizations())]
    pub authz: Option<String>,
    /// New owner
    #[arg(long)]
    pub owner: Option<String>,
    /// Replace the required scopes (repeatable)
    #[arg(long = "scope", short = 's', value_name = "SCOPE")]
    pub scopes: Option<Vec<String>>,
    /// Guard the workflow with this authorizer (its inbound tokens are judged by it)
    #[arg(long, value_name = "A", conflicts_with_all = ["authz", "owner", "scopes", "no_authorizer", "use_secrets", "drop_secrets", "resource", "no_resource", "strict_scopes", "no_strict_scopes"])]
    pub authorizer: Option<String>,
    /// Remove the workflow's authorizer
    #[arg(long, conflicts_with_all = ["authz", "owner", "scopes", "use_secrets", "drop_secrets", "resource", "no_resource", "strict_scopes", "no_strict_scopes"])]
    pub no_authorizer: bool,
    /// Use a vault entry, in $ENV_NAME [default: NAME upper-cased, other characters as _];
    /// a secret already used gets the new name (repeatable)
    #[arg(long = "use-secret", value_name = "SECRET[=ENV_NAME]")]
    pub use_secrets: Vec<String>,
    /// Stop using a vault entry (repeatable)
    #[arg(long = "drop-secret", value_name = "SECRET")]
    pub drop_secrets: Vec<String>,
    /// The API its token is for (an RFC 8707 resource indicator, an absolute URI)
    #[arg(long, value_name = "URI", conflicts_with = "no_resource")]
    pub resource: Option<String>,
    /// Its token is for no particular API
    #[arg(long)]
    pub no_resource: bool,
    /// Refuse (exit 10) a token the provider did not confirm as narrowed
    #[arg(long, conflicts_with = "no_strict_scopes")]
    pub strict_scopes: bool,
    /// Use the authorization's own token, with a warning, when the provider does not narrow
    #[arg(long)]
    pub no_strict_scopes: bool,
}

#[derive(Debug, Args)]
pub struct WorkflowListArgs {
    /// Only the workflows of this authorization
    #[arg(long, value_name = "AUTHZ")]
    pub authz: Option<String>,
}

#[derive(Debug, Args)]
pub struct WorkflowShowArgs {
    #[arg(add = crate::complete::workflows())]
    pub name: String,
}

#[derive(Debug, Args)]
pub struct WorkflowDeleteArgs {
    #[arg(add = crate::complete::workflows())]
    pub name: String,
}

#[derive(Debug, Args)]
pub struct WorkflowImportArgs {
    /// A JSON file, or - for stdin
    pub file: PathBuf,
    /// Validate and report; change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// Only the newest N events (still printed oldest first)
    #[arg(long, short = 'n', value_name = "N")]
    pub limit: Option<usize>,
    /// Every column whole: on a terminal the table is otherwise fitted to its width
    #[arg(long)]
    pub wide: bool,
    /// Only events of this authorization
    #[arg(long, value_name = "AUTHZ")]
    pub authz: Option<String>,
    /// Only events of this workflow
    #[arg(long, value_name = "NAME")]
    pub workflow: Option<String>,
    /// Only events since TIME (RFC 3339, a date, or an age such as 2h or 7d)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
}

#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Offboarding review of one person: their authorizations, the workflows that depend on
    /// them, and the commands that would move those workflows
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,
    /// Flag vault entries whose newest version is older than this many days
    #[arg(long, default_value_t = 90, value_name = "DAYS")]
    pub max_secret_age: i64,
    /// Exit with code 3 when a finding is at least this severe
    #[arg(long, value_name = "SEVERITY", value_parser = ["info", "warning", "high"])]
    pub fail_on: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// List the profiles, marking the current one
    #[command(visible_alias = "ls")]
    List,
    /// Show a profile: its store, issuer and client id [default: the current one]
    Show(ProfileShowArgs),
    /// Make NAME the current profile (remembered in $XDG_CONFIG_HOME/authz/config.json)
    Use(ProfileUseArgs),
    /// Create a profile: its own SQLite store, or one it remembers with --store URL
    Create(ProfileCreateArgs),
    /// Delete a profile and its SQLite store (a --store URL's store is only forgotten); never
    /// the current one; one with authorizations only after a yes or --yes
    Delete(ProfileDeleteArgs),
}

#[derive(Debug, Args)]
pub struct ProfileDeleteArgs {
    #[arg(add = crate::complete::profiles())]
    pub name: String,
}

#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    /// Create the schema and the roles authz_admin, authz_operator, authz_runner, authz_auditor
    /// with their grants (run once, as the database owner; safe to re-run)
    Init,
}

#[derive(Debug, Args)]
pub struct ProfileCreateArgs {
    pub name: String,
    /// The store this profile uses: postgres://USER@HOST:PORT/DBNAME or sqlite:PATH
    /// (checked by connecting now; never with a password in it). With the global --secrets,
    /// the profile also remembers where its tokens are
    #[arg(long, value_name = "URL")]
    pub store: Option<String>,
}

#[derive(Debug, Args)]
pub struct ProfileShowArgs {
    #[arg(add = crate::complete::profiles())]
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct ProfileUseArgs {
    #[arg(add = crate::complete::profiles())]
    pub name: String,
    /// Create the profile's store if it does not exist yet
    #[arg(long)]
    pub create: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Write to this file instead of stdout (created 0600)
    #[arg(long, short = 'o', value_name = "PATH")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A document from `authz export`, or - for stdin
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Report what would be repaired; change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    pub shell: clap_complete::Shell,
}
