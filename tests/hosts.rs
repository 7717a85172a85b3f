//! Several runner hosts on one organization: processes that share nothing but the PostgreSQL
//! store and OpenBao (each "host" has its own HOME and XDG dirs, so its own refresh-lock
//! directory, and no keyring at all), refreshing one expired token. The store's refresh lease
//! makes that one refresh request at the real provider, whatever the number of hosts; a host
//! killed while it holds the lease blocks the others until the lease runs out, and no longer.

mod support;

use std::process::{Child, Output, Stdio};
use std::time::{Duration, Instant};
use support::bao::{Bao, Place};
use support::world::World;
use support::{Env, pg};

/// An organization: its operator (a `World` on a fresh PostgreSQL schema after `org init`,
/// with tokens in a fresh OpenBao place) who has logged alice in, and a runner login role.
struct Org {
    w: World,
    schema: String,
    id: String,
}

impl Org {
    fn new() -> Org {
        let mut w = World::new();
        let schema = pg::Schema::fresh(&w.env.path().join("home"));
        w.env.set("AUTHZ_STORE", schema.url());
        let name = schema.name.clone();
        w.env.pg = Some(schema);
        w.run(&["org", "init"]).success();
        let runner = format!("{name}_runner");
        pg::superuser("postgres")
            .batch_execute(&format!(
                "CREATE ROLE {runner} LOGIN PASSWORD 'pw-{runner}'; GRANT authz_runner TO {runner};"
            ))
            .unwrap();
        w.use_openbao(Bao::shared().place());
        let id = w.add_as("alice");
        Org {
            w,
            schema: name,
            id,
        }
    }

    fn place(&self) -> &Place {
        self.w.bao.as_ref().unwrap()
    }

    /// A runner host: a sealed home of its own, the runner's PostgreSQL login (in its own
    /// ~/.pgpass) and the runner's OpenBao token (in its own ~/.vault-token); no D-Bus session.
    fn host(&self) -> Env {
        let mut host = Env::new();
        self.w.provider.configure(&mut host);
        let runner = format!("{}_runner", self.schema);
        let home = host.path().join("home");
        pg::add_pgpass(&home, &runner, &format!("pw-{runner}"));
        std::fs::write(
            home.join(".vault-token"),
            self.place().token("runner", "1h"),
        )
        .unwrap();
        host.set(
            "AUTHZ_STORE",
            self.w.env.pg.as_ref().unwrap().url_as(&runner),
        )
        .set("AUTHZ_SECRETS", self.place().spec())
        .set("BAO_ADDR", self.place().bao.addr.clone());
        host
    }

    /// Makes the store consider alice's cached access token expired.
    fn expire(&self) {
        self.w.env.exec(&format!(
            "UPDATE authorizations SET token_expires = '2000-01-01T00:00:00Z' WHERE id = '{}'",
            self.id
        ));
    }

    /// The live lease of alice's authorization: its holder, whether it is unexpired by the
    /// database's clock, and the seconds it has left. A lease given back stays as a row that
    /// has ended (the database remembers when, migration 009), so it is not one.
    fn lease(&self) -> Option<(String, bool, f64)> {
        self.w
            .env
            .pg
            .as_ref()
            .unwrap()
            .client()
            .query_opt(
                "SELECT holder, expires > clock_timestamp(), \
                 extract(epoch FROM expires - clock_timestamp())::float8 \
                 FROM refresh_leases WHERE authz_id = $1 AND expires > clock_timestamp()",
                &[&self.id],
            )
            .unwrap()
            .map(|r| (r.get(0), r.get(1), r.get(2)))
    }

    fn token(&self, host: &Env) -> Child {
        host.command(&["token", &self.id])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    }

    /// `each` processes of `authz token` on every host, all at once.
    fn tokens_on(&self, hosts: &[&Env], each: usize) -> Vec<Child> {
        hosts
            .iter()
            .flat_map(|h| (0..each).map(|_| self.token(h)).collect::<Vec<_>>())
            .collect()
    }

    /// Every child succeeded and printed the same token, which works at the provider; that
    /// took exactly one refresh request since `refreshes`, and the lease was given back.
    #[track_caller]
    fn one_refresh_one_working_token(&self, children: Vec<Child>, refreshes: u64) {
        let outs: Vec<Output> = children
            .into_iter()
            .map(|c| c.wait_with_output().unwrap())
            .collect();
        one_working_token(self, &outs);
        assert_eq!(
            self.w.provider.refreshes() - refreshes,
            1,
            "not exactly one refresh request for {} processes",
            outs.len()
        );
        assert_eq!(self.lease(), None, "the lease was not given back");
    }
}

/// Every process succeeded and printed the same token, which works at the provider.
#[track_caller]
fn one_working_token(org: &Org, outs: &[Output]) {
    let mut tokens = std::collections::BTreeSet::new();
    for o in outs {
        assert!(
            o.status.success(),
            "{}\n{}",
            String::from_utf8_lossy(&o.stderr),
            org.w.provider.log()
        );
        tokens.insert(
            String::from_utf8(o.stdout.clone())
                .unwrap()
                .trim()
                .to_owned(),
        );
    }
    assert_eq!(tokens.len(), 1, "the processes printed different tokens");
    let token = tokens.into_iter().next().unwrap();
    assert_eq!(org.w.provider.userinfo_sub(&token), Ok("alice".into()));
}

#[test]
fn three_hosts_of_four_processes_on_one_expired_token_cause_one_refresh() {
    let org = Org::new();
    let hosts: Vec<Env> = (0..3).map(|_| org.host()).collect();
    org.expire();
    let before = org.w.provider.refreshes();
    let children = org.tokens_on(&hosts.iter().collect::<Vec<_>>(), 4);
    org.one_refresh_one_working_token(children, before);
    // Each host kept its own local lock (nothing shared but the store and OpenBao).
    for h in &hosts {
        assert!(h.path().join("data/authz/locks").is_dir());
    }
}

#[test]
fn a_host_killed_holding_the_lease_blocks_the_others_until_it_expires_and_no_longer() {
    let org = Org::new();
    let (a, b, c) = (org.host(), org.host(), org.host());
    org.expire();
    // Host A's refresh is stopped at the provider: it holds the lease, and is killed there.
    org.w.provider.hold("/token", false);
    let mut dead = org.token(&a);
    let deadline = Instant::now() + Duration::from_secs(60);
    while org.w.provider.held() == 0 {
        assert!(dead.try_wait().unwrap().is_none(), "authz ended early");
        assert!(
            Instant::now() < deadline,
            "the refresh never reached the provider"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let (holder, live, left) = org.lease().expect("the refreshing host holds no lease");
    assert!(
        holder.contains(&format!(" pid {} #", dead.id())),
        "{holder}"
    );
    // Bounded: the provider call, a secret read and write, a margin (cmd::token's LEASE_TTL).
    assert!(
        live && left > 0.0 && left <= 55.0,
        "lease with {left} s left"
    );
    dead.kill().unwrap();
    dead.wait().unwrap();
    assert_eq!(
        org.lease().map(|l| l.0),
        Some(holder.clone()),
        "the dead host's lease is still there"
    );
    let refreshes = org.w.provider.refreshes();
    // Let most of the dead host's lease pass (a test cannot wait 55 s): 5 s are left. (The
    // superuser, with triggers off: the database lets no one else touch a live lease.)
    org.w.env.exec(&format!(
        "SET session_replication_role = replica; \
         UPDATE refresh_leases SET expires = clock_timestamp() + interval '5 seconds' WHERE authz_id = '{}'",
        org.id
    ));
    let mut children = org.tokens_on(&[&a, &b, &c], 2);
    let mut saw_waiting = false;
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        // In this order: a refresh seen before a lease still live was made under the lease.
        let made = org.w.provider.refreshes() - refreshes;
        let exited = children.iter_mut().any(|c| c.try_wait().unwrap().is_some());
        let dead_holds = org.lease().is_some_and(|(h, live, _)| h == holder && live);
        if dead_holds {
            assert_eq!(made, 0, "a host refreshed while the dead host's lease held");
            assert!(
                !exited,
                "a host gave up or got a token while the dead host's lease held"
            );
            saw_waiting = true;
        } else {
            break;
        }
        assert!(Instant::now() < deadline, "the lease never expired");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(
        saw_waiting,
        "the hosts never waited for the dead host's lease"
    );
    // Once it expired: one refresh, and everyone has its token.
    org.one_refresh_one_working_token(children, refreshes);
}

#[test]
fn a_refresh_that_fails_gives_the_lease_back_and_the_next_host_refreshes_at_once() {
    let org = Org::new();
    let (a, b) = (org.host(), org.host());
    org.expire();
    org.w.provider.admin_fail(1, 503);
    let out = a.run(&["token", &org.id]).code(5).one_line_error();
    assert_eq!(out.stdout, "");
    assert_eq!(org.lease(), None, "a failed refresh kept its lease");
    let refreshes = org.w.provider.refreshes();
    org.one_refresh_one_working_token(org.tokens_on(&[&b], 1), refreshes);
}

#[test]
fn a_grant_revoked_at_the_provider_is_exit_7_on_a_runner_host_and_marks_relogin_needed() {
    let org = Org::new();
    let a = org.host();
    org.w.provider.admin_revoke("alice");
    org.expire();
    a.run(&["token", &org.id])
        .code(7)
        .one_line_error()
        .stderr_has(&format!("authz add --reauth {}", org.id));
    assert_eq!(
        org.w.env.count(&format!(
            "SELECT count(*) FROM authorizations WHERE id = '{}' AND status = 'relogin-needed'",
            org.id
        )),
        1,
        "the runner could not record relogin-needed"
    );
    assert_eq!(org.lease(), None, "a rejected refresh kept its lease");
}

/// Waits out authz's whole lease wait (60 s): the lease planted here lasts longer.
#[test]
fn a_lease_held_past_the_wait_is_one_line_naming_its_holder_and_nothing_changes() {
    let org = Org::new();
    let a = org.host();
    org.expire();
    org.w.env.exec(&format!(
        "INSERT INTO refresh_leases (authz_id, holder, expires) \
         VALUES ('{}', 'build-7 pid 4242 #0badf00d', clock_timestamp() + interval '4 minutes')",
        org.id
    ));
    let before = org.w.env.snapshot();
    let refreshes = org.w.provider.refreshes();
    let r = a.run(&["token", &org.id]).code(1).one_line_error();
    assert!(
        r.stderr
            .contains("build-7 pid 4242 #0badf00d holds its lease for")
            && r.stderr.contains("s more"),
        "{}",
        r.stderr
    );
    assert_eq!(r.stdout, "");
    assert_eq!(org.w.provider.refreshes(), refreshes, "it refreshed anyway");
    assert_eq!(org.w.env.snapshot(), before);
    assert_eq!(
        org.lease().map(|l| l.0).as_deref(),
        Some("build-7 pid 4242 #0badf00d")
    );
}

/// The lease covers the refresh alone: what a refresh may need first (the provider's metadata,
/// here not cached, so a discovery; the OpenBao connection) is done before the lease is
/// waited for, not while holding it.
#[test]
fn a_provider_discovery_happens_before_the_lease_not_while_holding_it() {
    let org = Org::new();
    let a = org.host();
    org.expire();
    // A discovery lands in the host's own private cache (never in the shared store).
    let cache = a.path().join("cache/authz/metadata");
    let metadata = || -> usize { std::fs::read_dir(&cache).map_or(0, |d| d.count()) };
    assert_eq!(metadata(), 0);
    org.w.env.exec(&format!(
        "INSERT INTO refresh_leases (authz_id, holder, expires) \
         VALUES ('{}', 'build-7 pid 4242 #0badf00d', clock_timestamp() + interval '4 minutes')",
        org.id
    ));
    let refreshes = org.w.provider.refreshes();
    let mut child = org.token(&a);
    // While another host holds the lease, this one has discovered the provider already.
    let deadline = Instant::now() + Duration::from_secs(50);
    while metadata() == 0 {
        assert!(child.try_wait().unwrap().is_none(), "authz ended early");
        assert!(
            Instant::now() < deadline,
            "no discovery while waiting for the lease"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(child.try_wait().unwrap().is_none(), "it did not wait");
    assert_eq!(org.w.provider.refreshes(), refreshes, "it refreshed anyway");
    // The other host gives the lease back: this one refreshes, once.
    org.w.env.exec("DELETE FROM refresh_leases");
    org.one_refresh_one_working_token(vec![child], refreshes);
}

/// Per-workflow tokens across hosts (issue 20): 8 concurrent `authz token --workflow` callers
/// for 3 workflows of distinct needs, on 2 runner hosts, cause exactly one narrowed refresh per
/// scope set per expiry; every caller of a workflow gets that workflow's token, which holds
/// only its scopes (the provider's introspection says so); and no rotated refresh token is ever
/// presented twice (oidc-provider would revoke the whole grant: every later call would fail).
#[test]
fn eight_callers_of_three_workflows_on_two_hosts_refresh_once_per_scope_set() {
    let org = Org::new();
    let w = &org.w;
    w.run(&[
        "add",
        "--reauth",
        &org.id,
        "--timeout",
        "60",
        "-s",
        "workflows:read",
        "-s",
        "workflows:write",
        "-s",
        "network:write",
    ])
    .success();
    let workflows: [(&str, &[&str]); 3] = [
        ("backup", &["workflows:read"]),
        ("deploy", &["workflows:read", "workflows:write"]),
        ("net", &["network:write"]),
    ];
    for (name, scopes) in workflows {
        let mut args = vec!["workflow", "create", name, "--authz", &org.id];
        for s in scopes {
            args.extend(["-s", s]);
        }
        w.run(&args).success();
    }
    let hosts = [org.host(), org.host()];
    let mut last: Option<Vec<String>> = None;
    for round in 0..2 {
        let before = w.provider.narrowed_refreshes();
        let children: Vec<(usize, Child)> = (0..8)
            .map(|i| {
                let c = hosts[i % 2]
                    .command(&["token", "--workflow", workflows[i % 3].0])
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap();
                (i % 3, c)
            })
            .collect();
        let mut got: Vec<std::collections::BTreeSet<String>> = vec![Default::default(); 3];
        for (which, c) in children {
            let o = c.wait_with_output().unwrap();
            assert!(
                o.status.success(),
                "round {round}: {}\n{}",
                String::from_utf8_lossy(&o.stderr),
                w.provider.log()
            );
            got[which].insert(String::from_utf8(o.stdout).unwrap().trim().to_owned());
        }
        assert_eq!(
            w.provider.narrowed_refreshes() - before,
            3,
            "round {round}: not one refresh per scope set"
        );
        let tokens: Vec<String> = got
            .into_iter()
            .map(|set| {
                assert_eq!(
                    set.len(),
                    1,
                    "round {round}: callers of one workflow differ"
                );
                set.into_iter().next().unwrap()
            })
            .collect();
        for (t, (name, scopes)) in tokens.iter().zip(workflows) {
            let seen = w.provider.introspect(t);
            assert_eq!(seen["active"], true, "{name}: {seen}");
            let mut held: Vec<&str> = seen["scope"].as_str().unwrap().split(' ').collect();
            held.sort();
            assert_eq!(held, scopes, "{name}");
        }
        if let Some(previous) = &last {
            assert_ne!(previous, &tokens, "the second round reused expired tokens");
        }
        last = Some(tokens);
        // Every narrowed token expires (by the store's record), as after its lifetime.
        w.env
            .exec("UPDATE access_tokens SET expires = '2000-01-01T00:00:00Z'");
    }
    // The grant is whole: the operator's own token still refreshes.
    org.expire();
    let token = w.run(&["token", &org.id]).success().stdout;
    assert_eq!(w.provider.userinfo_sub(token.trim()), Ok("alice".into()));
}
