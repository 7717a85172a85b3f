//! `authz run --workflow NAME -- CMD [ARGS...]`: the runner's one command. Gets the workflow's
//! access token (the `authz token` path: cached, or refreshed under the refresh lock) and its
//! vault values, then starts CMD with them in its environment, never in argv. stdio passes
//! through; SIGINT and SIGTERM sent to authz are forwarded. Once CMD has started, authz exits
//! with CMD's code (128+N for signal N); before that, with its own documented code and an
//! error line saying CMD was not started. Each run is one `workflow-run` event.

use crate::app::App;
use crate::cli::RunArgs;
use crate::domain::format_ts;
use crate::domain::mask::Masker;
use crate::domain::vault::{authz_own, validate_env, validate_env_name};
use crate::error::{Error, Result, escape};
use crate::secret::Secret;
use serde_json::json;
use std::ffi::OsString;
use std::io::{Read, Write};
#[cfg(unix)]
use std::os::unix::fs::DirBuilderExt;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub fn execute(a: RunArgs, app: &mut App) -> Result<()> {
    let program = a.command[0].to_string_lossy().into_owned();
    let not_started = |mut e: Error| {
        e.message = format!("{} ({} was not started)", e.message, escape(&program));
        e
    };
    let prepared = prepare(&a, app).map_err(not_started)?;
    // The token's file lives in a private directory of this run, removed however the run ends
    // (the guard's drop; a signal to authz reaches the command, whose end ends the run).
    let dir = RunDir::create().map_err(not_started)?;
    dir.write_token(&prepared.token).map_err(not_started)?;
    let mask = mask_output(&a);
    let started = app.now;
    let mut cmd = Command::new(&a.command[0]);
    cmd.args(&a.command[1..]);
    // The runner host's own credentials and settings stay with authz: the command gets the
    // access token and the workflow's secrets, not the keys to the store or the backend.
    for (name, _) in std::env::vars_os() {
        if name.to_str().is_some_and(authz_own) {
            cmd.env_remove(name);
        }
    }
    cmd.env(&a.token_env, prepared.token.expose());
    cmd.env(&prepared.file_env, dir.token_file());
    for (env, value) in &prepared.values {
        cmd.env(env, os(value));
    }
    let maskers = mask.then(|| {
        let mut m = Masker::default();
        m.add(prepared.token.expose().as_bytes());
        for (_, value) in &prepared.values {
            m.add(value.expose());
        }
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        [Arc::new(Mutex::new(m.clone())), Arc::new(Mutex::new(m))]
    });
    // Before the start: a SIGTERM from here on is the command's, never one that ends authz
    // and leaves the command running without anyone to forward to it or wait for it.
    signals::install();
    if let Some(sig) = signals::pending() {
        app.out.warn(format!(
            "signal {sig} arrived before {} started; it was not started",
            escape(&program)
        ));
        return Err(Error::exit_with(128 + sig));
    }
    let mut child = cmd.spawn().map_err(|e| {
        // As `env`, `sudo` and shells: 127 when there is no such command, 126 when it cannot
        // be run (not executable, not a program, a directory).
        let (kind, code, hint) = if e.kind() == std::io::ErrorKind::NotFound {
            (
                crate::error::Kind::NotFound,
                127,
                "check the command's name and $PATH (after --)",
            )
        } else {
            (
                crate::error::Kind::Failure,
                126,
                "check that it is an executable program (chmod +x, a #! line)",
            )
        };
        Error::new(
            kind,
            format!(
                "cannot start {}: {e} (it was not started)",
                escape(&program)
            ),
        )
        .hint(hint)
        .with_exit(code)
    })?;
    drop(cmd);
    signals::forward_to(child.id());
    let pumps = match &maskers {
        Some([out, err]) => vec![
            pump(child.stdout.take(), out.clone(), std::io::stdout),
            pump(child.stderr.take(), err.clone(), std::io::stderr),
        ],
        None => Vec::new(),
    };
    let mut fresh = Refresher::new(app, &prepared, a.margin);
    drop(prepared.values);
    let (done, ended) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = done.send(child.wait());
    });
    let status = loop {
        match ended.recv_timeout(fresh.wait(app)) {
            Ok(status) => break status,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                if let Some(token) = fresh.refresh(app, &prepared.workflow) {
                    if let Err(e) = dir.write_token(&token) {
                        app.out.warn(format!("{} (retrying)", e.message));
                    }
                    for m in maskers.iter().flatten() {
                        m.lock().expect("a masker").add(token.expose().as_bytes());
                    }
                }
            }
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                break Err(std::io::Error::other("the waiting thread ended"));
            }
        }
    };
    for p in pumps {
        let _ = p.join();
    }
    signals::forward_to(0);
    drop(dir);
    let status =
        status.map_err(|e| Error::failure(format!("waiting for {}: {e}", escape(&program))))?;
    let (code, signal) = exit_code(&status);
    let ended = time::OffsetDateTime::now_utc().unix_timestamp();
    let record = app.write(|tx, j| {
        j.log(
            tx,
            "workflow-run",
            Some(&prepared.authz),
            Some(&prepared.workflow),
            json!({
                "started": format_ts(started), "ended": format_ts(ended),
                "exit_code": code, "signal": signal, "authorization": prepared.authz,
                "secrets": prepared.names, "token": prepared.source,
                "refreshes": fresh.refreshes,
            }),
        )
    });
    if let Err(e) = record {
        app.out.warn(format!(
            "the run was not recorded in the event log: {}",
            e.message
        ));
    }
    match code {
        0 => Ok(()),
        n => Err(Error::exit_with(n)),
    }
}

/// `--mask`/`--no-mask`; without either, on in CI (a CI log is kept and often public), as
/// `op run` masks by default.
fn mask_output(a: &RunArgs) -> bool {
    if a.mask || a.no_mask {
        return a.mask;
    }
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// Copies one of the command's output streams to ours through its masker, chunk by chunk as
/// it comes (nothing waits for a line end).
fn pump<R: Read + Send + 'static, W: Write + 'static>(
    from: Option<R>,
    masker: Arc<Mutex<Masker>>,
    to: fn() -> W,
) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        let Some(mut from) = from else { return };
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            let n = match from.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            };
            let out = masker.lock().expect("a masker").push(&buf[..n]);
            let mut w = to();
            // A closed reader of ours (`| head`) must not stop the command's output from being
            // read: keep draining it.
            let _ = w.write_all(&out).and_then(|()| w.flush());
        }
        let rest = masker.lock().expect("a masker").finish();
        let mut w = to();
        let _ = w.write_all(&rest).and_then(|()| w.flush());
    })
}

/// Keeps the token file fresh while the command runs: refreshes ahead of expiry (the
/// `authz token` path: cached if another process refreshed, else one refresh under the refresh
/// lock and lease), retries a failure without ending the command, and stops after a
/// relogin-needed (reported and recorded by the refresh).
struct Refresher {
    expires_at: Option<i64>,
    /// Seconds before expiry to refresh: `--margin`, but at most half the token's life (a
    /// 60 s token with a 60 s margin would otherwise be refreshed without pause).
    margin: i64,
    retry_at: Option<i64>,
    failing: bool,
    stopped: bool,
    refreshes: u32,
}

impl Refresher {
    fn new(app: &App, p: &Prepared, margin: i64) -> Refresher {
        let mut r = Refresher {
            expires_at: None,
            margin,
            retry_at: None,
            failing: false,
            stopped: false,
            refreshes: u32::from(p.source == crate::cmd::token::Source::Refreshed),
        };
        r.got(app.clock(), p.expires_at, margin);
        r
    }

    fn got(&mut self, now: i64, expires_at: Option<i64>, margin: i64) {
        self.expires_at = expires_at;
        if let Some(exp) = expires_at {
            self.margin = margin.min((exp - now) / 2).max(1);
        }
    }

    /// How long to wait for the command before the next refresh is due.
    fn wait(&self, app: &App) -> Duration {
        let due = match (self.stopped, self.retry_at, self.expires_at) {
            (true, _, _) | (_, None, None) => return Duration::from_secs(3600),
            (_, Some(at), _) => at,
            (_, None, Some(exp)) => exp - self.margin,
        };
        Duration::from_secs((due - app.clock()).max(0) as u64)
    }

    fn refresh(&mut self, app: &mut App, workflow: &str) -> Option<Secret<String>> {
        app.now = app.clock();
        let margin = self.margin;
        let got = crate::cmd::token::workflow_target(app, workflow, false)
            .and_then(|target| crate::cmd::token::fresh_for(app, &target, margin));
        match got {
            Ok(f) => {
                if self.failing {
                    app.out.warn("the token file is fresh again");
                }
                self.failing = false;
                self.retry_at = None;
                if f.source == crate::cmd::token::Source::Refreshed {
                    self.refreshes += 1;
                }
                self.got(app.now, f.expires_at, margin);
                Some(f.token)
            }
            Err(e) if e.kind == crate::error::Kind::Relogin => {
                app.out.warn(format!(
                    "{}; the command goes on with the last token, which expires at {}",
                    e.message,
                    self.expires_at.map(format_ts).unwrap_or_default()
                ));
                self.stopped = true;
                None
            }
            Err(e) => {
                if !self.failing {
                    app.out.warn(format!(
                        "refreshing the token file failed: {} (retrying every {RETRY} s; the command goes on)",
                        e.message
                    ));
                }
                self.failing = true;
                self.retry_at = Some(app.now + RETRY);
                None
            }
        }
    }
}

/// Seconds between attempts after a refresh failed while the command runs.
const RETRY: i64 = 10;

/// `$XDG_RUNTIME_DIR/authz/run-RANDOM` (else under authz's data directory), 0700, holding the
/// `token` file (0600, replaced atomically); removed with everything in it when dropped.
struct RunDir {
    path: PathBuf,
}

impl RunDir {
    fn create() -> Result<RunDir> {
        let base = match std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
            Some(d) => PathBuf::from(d).join("authz"),
            None => crate::app::data_dir()?.join("run"),
        };
        crate::private_fs::private_dir(&base)?;
        let path = base.join(format!("run-{}", crate::random::base32_id()));
        std::fs::DirBuilder::new()
            .mode(0o700)
            .create(&path)
            .map_err(|e| Error::failure(format!("cannot create {}: {e}", path.display())))?;
        Ok(RunDir { path })
    }

    fn token_file(&self) -> PathBuf {
        self.path.join("token")
    }

    fn write_token(&self, token: &Secret<String>) -> Result<()> {
        crate::private_fs::write_atomic(&self.token_file(), token.expose().as_bytes())
    }
}

impl Drop for RunDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

struct Prepared {
    workflow: String,
    authz: String,
    source: crate::cmd::token::Source,
    token: Secret<String>,
    expires_at: Option<i64>,
    /// (ENV_NAME, value) of each secret, sorted by secret name.
    values: Vec<(String, Secret<Vec<u8>>)>,
    names: Vec<String>,
    /// `<token env>_FILE`, the variable naming the token's file.
    file_env: String,
}

/// Everything CMD needs, or the reason it will not start.
fn prepare(a: &RunArgs, app: &mut App) -> Result<Prepared> {
    if a.margin < 0 {
        return Err(Error::usage("--margin must be 0 or more seconds"));
    }
    validate_env_name(&a.token_env)?;
    let (workflow, authz, uses) = app.read(|tx| {
        let w = tx.require_workflow(&a.workflow)?;
        let authz = tx.resolve_authz(&w.authorization)?;
        let uses = tx.secret_uses(Some(&w.name), None)?;
        Ok((w, authz, uses))
    })?;
    // Checked again here, not only when the mapping was made: a row written behind authz's
    // back (raw SQL, an older authz) must not choose what the command loads or runs.
    for u in &uses {
        validate_env(&u.env).map_err(|e| {
            Error::usage(format!(
                "workflow '{}', secret '{}': {}",
                escape(&workflow.name),
                u.secret,
                e.message
            ))
            .hint(format!(
                "put it in another variable: authz workflow edit {} --use-secret {}=OTHER_NAME",
                escape(&workflow.name),
                u.secret
            ))
        })?;
    }
    let file_env = format!("{}_FILE", a.token_env);
    validate_env_name(&file_env)?;
    if let Some(u) = uses.iter().find(|u| u.env == file_env) {
        return Err(Error::usage(format!(
            "secret '{}' of workflow '{}' goes in ${file_env}, which names the token's file",
            u.secret,
            escape(&workflow.name),
        ))
        .hint("pass --token-env OTHER, or rename it: authz workflow edit WORKFLOW --use-secret SECRET=ENV_NAME"));
    }
    if let Some(u) = uses.iter().find(|u| u.env == a.token_env) {
        return Err(Error::usage(format!(
            "secret '{}' of workflow '{}' goes in ${}, where the access token goes",
            u.secret,
            escape(&workflow.name),
            u.env
        ))
        .hint("pass --token-env OTHER, or rename it: authz workflow edit WORKFLOW --use-secret SECRET=ENV_NAME"));
    }
    // The workflow's own token: narrowed to its scopes and resource (issue 20).
    let target = crate::cmd::token::workflow_target(app, &workflow.name, false)?;
    let fresh = crate::cmd::token::fresh_for(app, &target, a.margin)?;
    let mut values = Vec::with_capacity(uses.len());
    if !uses.is_empty() {
        let secrets = app.secrets()?;
        app.read(|tx| {
            for u in &uses {
                let (_, _, value) = crate::cmd::vault::value_of(tx, secrets.vault(), &u.secret, None)?;
                if value.expose().contains(&0) {
                    return Err(Error::usage(format!(
                        "vault entry '{}' holds a NUL byte, which an environment variable cannot carry",
                        u.secret
                    ))
                    .hint(format!("read it with: authz vault get {}", u.secret)));
                }
                values.push((u.env.clone(), value));
            }
            Ok(())
        })?;
    }
    Ok(Prepared {
        workflow: workflow.name,
        authz: authz.id,
        source: fresh.source,
        token: fresh.token,
        expires_at: fresh.expires_at,
        values,
        names: uses.into_iter().map(|u| u.secret).collect(),
        file_env,
    })
}

#[cfg(unix)]
fn os(value: &Secret<Vec<u8>>) -> OsString {
    use std::os::unix::ffi::OsStringExt;
    OsString::from_vec(value.expose().clone())
}

#[cfg(not(unix))]
fn os(value: &Secret<Vec<u8>>) -> OsString {
    OsString::from(String::from_utf8_lossy(value.expose()).into_owned())
}

/// CMD's exit code, or 128+N when signal N ended it (as shells report it).
fn exit_code(status: &std::process::ExitStatus) -> (i32, Option<i32>) {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return (128 + sig, Some(sig));
        }
    }
    (status.code().unwrap_or(1), None)
}

#[cfg(unix)]
mod signals {
    //! SIGINT and SIGTERM sent to authz (by `kill`, a CI runner, a supervisor) go on to the
    //! child. The handler is installed before the child starts; a signal that arrives before
    //! there is a child is kept (`pending`) and is either the reason the child is not started
    //! or, when it races with the start, forwarded right after it. A Ctrl-C typed at the
    //! terminal already reaches a running child through its process group, so a signal the
    //! kernel sent for the terminal is not sent a second time.
    use std::sync::Once;
    use std::sync::atomic::{AtomicI32, Ordering};

    static CHILD: AtomicI32 = AtomicI32::new(0);
    /// A signal not yet delivered to a child: whoever takes it (`swap`) sends it, so it goes
    /// exactly once whichever of the handler and `forward_to` runs first.
    static PENDING: AtomicI32 = AtomicI32::new(0);
    static INSTALL: Once = Once::new();

    extern "C" fn forward(sig: libc::c_int, info: *mut libc::siginfo_t, _: *mut libc::c_void) {
        // SAFETY: the kernel hands a valid siginfo to an SA_SIGINFO handler.
        let from_terminal = !info.is_null() && unsafe { (*info).si_code } == libc::SI_KERNEL;
        if from_terminal && CHILD.load(Ordering::SeqCst) > 0 {
            return;
        }
        PENDING.store(sig, Ordering::SeqCst);
        let pid = CHILD.load(Ordering::SeqCst);
        if pid > 0 {
            let sig = PENDING.swap(0, Ordering::SeqCst);
            if sig != 0 {
                // SAFETY: kill(2) is async-signal-safe.
                unsafe {
                    libc::kill(pid, sig);
                }
            }
        }
    }

    /// Catches SIGINT and SIGTERM from now on (once per process).
    pub fn install() {
        INSTALL.call_once(|| {
            for sig in [libc::SIGINT, libc::SIGTERM] {
                // SAFETY: a plain sigaction with a handler that only uses atomics and kill(2).
                unsafe {
                    let mut action: libc::sigaction = std::mem::zeroed();
                    action.sa_sigaction = forward as *const () as usize;
                    action.sa_flags = libc::SA_SIGINFO | libc::SA_RESTART;
                    libc::sigemptyset(&mut action.sa_mask);
                    libc::sigaction(sig, &action, std::ptr::null_mut());
                }
            }
        });
    }

    /// A signal that arrived while there was no child (taken: it is not sent later).
    pub fn pending() -> Option<i32> {
        Some(PENDING.swap(0, Ordering::SeqCst)).filter(|s| *s != 0)
    }

    /// Forwards to `pid` from now on (0: to nobody, once the child has ended), first any signal
    /// that arrived in between.
    pub fn forward_to(pid: u32) {
        install();
        CHILD.store(pid as i32, Ordering::SeqCst);
        if pid > 0
            && let Some(sig) = pending()
        {
            // SAFETY: kill(2) on the child we just started.
            unsafe {
                libc::kill(pid as i32, sig);
            }
        }
    }
}

#[cfg(not(unix))]
mod signals {
    pub fn install() {}
    pub fn pending() -> Option<i32> {
        None
    }
    pub fn forward_to(_pid: u32) {}
}
