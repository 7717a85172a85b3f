//! A real Secret Service per test: a private D-Bus session bus (`dbus-daemon` with a minimal
//! config: no service activation, so nothing starts behind our back) and gnome-keyring unlocked
//! with a throw-away password; both killed on drop. Entries are read back with `secret-tool`.

use super::Env;
use std::io::Write;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Keyring {
    dir: tempfile::TempDir,
    bus: Child,
    daemon: Option<Child>,
    /// The bus address, for `DBUS_SESSION_BUS_ADDRESS`.
    pub address: String,
}

impl Keyring {
    /// A session bus with an unlocked gnome-keyring on it.
    pub fn start() -> Keyring {
        let mut k = Keyring::bus_only();
        k.start_daemon();
        k
    }

    /// A session bus on which nobody provides org.freedesktop.secrets.
    pub fn bus_only() -> Keyring {
        let dir = tempfile::Builder::new()
            .prefix("authz-keyring.")
            .tempdir()
            .unwrap();
        for sub in ["data", "run", "home"] {
            std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(
                dir.path().join("run"),
                std::fs::Permissions::from_mode(0o700),
            )
            .unwrap();
        }
        let config = dir.path().join("bus.conf");
        std::fs::write(
            &config,
            format!(
                r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#,
                dir.path().join("bus").display()
            ),
        )
        .unwrap();
        let mut bus = Command::new("dbus-daemon")
            .arg(format!("--config-file={}", config.display()))
            .args(["--nofork", "--print-address=1"])
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(log_file(dir.path(), "dbus.log"))
            .spawn()
            .expect("dbus-daemon must be installed (tests/run.sh installs it)");
        let address = super::first_line(&mut bus, Duration::from_secs(20)).unwrap_or_else(|| {
            let _ = bus.kill();
            panic!(
                "dbus-daemon did not start: {}",
                read(dir.path(), "dbus.log")
            )
        });
        Keyring {
            dir,
            bus,
            daemon: None,
            address: address.trim().to_owned(),
        }
    }

    fn start_daemon(&mut self) {
        let d = self.dir.path();
        let mut daemon = Command::new("gnome-keyring-daemon")
            .args(["--foreground", "--unlock", "--components=secrets"])
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .env("HOME", d.join("home"))
            .env("XDG_DATA_HOME", d.join("data"))
            .env("XDG_RUNTIME_DIR", d.join("run"))
            .stdin(Stdio::piped())
            .stdout(log_file(d, "keyring.log"))
            .stderr(log_file(d, "keyring.log"))
            .spawn()
            .expect("gnome-keyring-daemon must be installed (tests/run.sh installs it)");
        // The login keyring is created with, and unlocked by, this password.
        let mut stdin = daemon.stdin.take().unwrap();
        stdin.write_all(b"pw").unwrap();
        drop(stdin);
        self.daemon = Some(daemon);
        let deadline = Instant::now() + Duration::from_secs(20);
        while !self.secrets_owned() {
            let exited = self.daemon.as_mut().unwrap().try_wait().unwrap().is_some();
            if exited || Instant::now() > deadline {
                panic!(
                    "gnome-keyring-daemon did not provide org.freedesktop.secrets:\n{}",
                    read(d, "keyring.log")
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn secrets_owned(&self) -> bool {
        let out = self
            .tool("dbus-send")
            .args([
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                "string:org.freedesktop.secrets",
            ])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).contains("boolean true")
    }

    /// Locks the login collection, as a screen lock or a timeout would: unlocking now needs a
    /// prompt, and nobody is there to answer it.
    pub fn lock(&self) {
        let out = self
            .tool("dbus-send")
            .args([
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.secrets",
                "/org/freedesktop/secrets",
                "org.freedesktop.Secret.Service.Lock",
                "array:objpath:/org/freedesktop/secrets/collection/login",
            ])
            .output()
            .unwrap();
        assert!(out.status.success(), "locking the keyring: {out:?}");
    }

    /// Stops (SIGSTOP) the keyring daemon: it still owns its bus name but answers nothing, like
    /// a daemon stuck on a prompt nobody sees.
    pub fn pause(&self) {
        self.signal("-STOP");
    }

    /// Lets a paused daemon go on (SIGCONT).
    pub fn resume(&self) {
        self.signal("-CONT");
    }

    fn signal(&self, sig: &str) {
        let pid = self.daemon.as_ref().expect("a keyring daemon").id();
        let ok = Command::new("kill")
            .args([sig, &pid.to_string()])
            .status()
            .unwrap()
            .success();
        assert!(ok, "kill {sig} {pid}");
    }

    /// Points `env` at this session bus (and so at its Secret Service).
    pub fn configure(&self, env: &mut Env) {
        env.set("DBUS_SESSION_BUS_ADDRESS", &self.address);
    }

    fn tool(&self, program: &str) -> Command {
        let mut c = Command::new(program);
        c.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", self.dir.path().join("home"))
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .stdin(Stdio::null());
        c
    }

    /// The secret of the authz entry `user` (`<id>:refresh`, `<id>:access`), if there is one.
    pub fn lookup(&self, user: &str) -> Option<String> {
        let out = self
            .tool("secret-tool")
            .args(["lookup", "service", "authz", "username", user])
            .output()
            .unwrap();
        let secret = String::from_utf8_lossy(&out.stdout).into_owned();
        if out.status.success() {
            return (!secret.is_empty()).then_some(secret);
        }
        // `secret-tool lookup` exits 1 with nothing on stderr for "no such entry", as for a
        // failure that prints nothing: a search (which fails loudly) must agree it is absent.
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.trim().is_empty(),
            "secret-tool lookup {user}: {stderr}"
        );
        assert!(
            !self.entries().iter().any(|u| u == user),
            "secret-tool lookup {user} failed ({}), yet a search finds the entry",
            out.status
        );
        None
    }

    /// Writes the authz entry `user` behind authz's back (the secret goes through stdin).
    pub fn store(&self, user: &str, secret: &str) {
        self.store_in("authz", user, secret)
    }

    /// Writes the entry `user` of `service` (`authz`, `authz-vault`) behind authz's back.
    pub fn store_in(&self, service: &str, user: &str, secret: &str) {
        let mut store = self.tool("secret-tool");
        store.args([
            "store", "--label", "authz", "service", service, "username", user,
        ]);
        let out = super::output_with_stdin(store, secret);
        assert!(out.status.success(), "secret-tool store {user}");
    }

    /// Deletes the authz entry `user` behind authz's back.
    pub fn clear(&self, user: &str) {
        self.clear_in("authz", user)
    }

    /// Deletes the entry `user` of `service` behind authz's back.
    pub fn clear_in(&self, service: &str, user: &str) {
        let out = self
            .tool("secret-tool")
            .args(["clear", "service", service, "username", user])
            .output()
            .unwrap();
        assert!(out.status.success(), "secret-tool clear: {out:?}");
    }

    /// The refresh token of `id` (the entry holds it as JSON with its binding).
    pub fn refresh_token(&self, id: &str) -> Option<String> {
        self.lookup(&format!("{id}:refresh")).map(|text| {
            serde_json::from_str::<serde_json::Value>(&text)
                .ok()
                .and_then(|v| v["refresh_token"].as_str().map(str::to_owned))
                .unwrap_or(text)
        })
    }

    /// The binding of `id`'s refresh entry: (store id, issuer).
    pub fn binding(&self, id: &str) -> Option<(String, String)> {
        let v: serde_json::Value =
            serde_json::from_str(&self.lookup(&format!("{id}:refresh"))?).ok()?;
        Some((
            v["store"].as_str()?.to_owned(),
            v["issuer"].as_str()?.to_owned(),
        ))
    }

    /// The authorization ids that have entries, sorted.
    pub fn ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self
            .entries()
            .iter()
            .filter_map(|u| u.rsplit_once(':').map(|(id, _)| id.to_owned()))
            .collect();
        ids.dedup();
        ids
    }

    /// The usernames of every authz entry in the keyring, sorted.
    pub fn entries(&self) -> Vec<String> {
        self.users_of("authz")
    }

    /// The usernames (`<store id>/<entry id>:v<N>`) of every vault value in the keyring, sorted.
    pub fn vault_entries(&self) -> Vec<String> {
        self.users_of("authz-vault")
    }

    /// The usernames of the narrowed access tokens in the keyring (`<authz id>:<key>`), sorted.
    pub fn narrowed_entries(&self) -> Vec<String> {
        self.users_of("authz-narrowed")
    }

    /// The usernames of the client secrets in the keyring (`<store id>/<digest>`), sorted.
    pub fn client_entries(&self) -> Vec<String> {
        self.users_of("authz-client")
    }

    /// The client secret entry `user` (its JSON text), if there is one.
    pub fn client_entry(&self, user: &str) -> Option<String> {
        let out = self
            .tool("secret-tool")
            .args(["lookup", "service", "authz-client", "username", user])
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        (out.status.success() && !text.is_empty()).then_some(text)
    }

    fn users_of(&self, service: &str) -> Vec<String> {
        // A failing search must not read as an empty keyring: every "nothing stored" check
        // rests on it. The one failure retried is an item that went away between the search
        // and the read of its secret (authz replacing or deleting an entry meanwhile).
        let mut attempts = 0;
        let out = loop {
            let out = self
                .tool("secret-tool")
                .args(["search", "--all", "--unlock", "service", service])
                .output()
                .unwrap();
            attempts += 1;
            let vanished = String::from_utf8_lossy(&out.stderr).contains("No such secret item");
            if out.status.success() || !vanished || attempts == 10 {
                break out;
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        assert!(
            out.status.success(),
            "secret-tool search service {service} failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        // secret-tool prints the attributes on stderr and the secrets on stdout.
        let text = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        let mut users: Vec<String> = text
            .lines()
            .filter_map(|l| l.strip_prefix("attribute.username = "))
            .map(str::to_owned)
            .collect();
        users.sort();
        users.dedup();
        users
    }
}

impl Drop for Keyring {
    fn drop(&mut self) {
        if let Some(d) = &mut self.daemon {
            let _ = d.kill();
            let _ = d.wait();
        }
        let _ = self.bus.kill();
        let _ = self.bus.wait();
    }
}

fn log_file(dir: &Path, name: &str) -> std::fs::File {
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join(name))
        .unwrap()
}

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap_or_default()
}
