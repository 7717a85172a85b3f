
use builtin;
use str;

set edit:completion:arg-completer[authz] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'authz'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'authz'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List authorizations: email, created, workflows'
            cand ls 'List authorizations: email, created, workflows'
            cand show 'Show everything about one authorization'
            cand add 'Create an authorization by logging in (browser, or a code on another device)'
            cand token 'Print a fresh access token for an authorization or a workflow (for the workflow runner)'
            cand test 'Check that an authorization still works: get a token and ask the provider who it is'
            cand edit 'Change an authorization''s label, or mark it service-owned or personal'
            cand revoke 'Revoke an authorization; refused while workflows use it unless --replace moves them'
            cand reassign 'Move workflows from one authorization to another'
            cand workflow 'Manage workflows and the authorization each one uses'
            cand authorizer 'Authorizers: the JWT checks that decide who may trigger an inbound workflow'
            cand verify 'Verify inbound JWTs (one per line on stdin) with a workflow''s authorizer; one JSON line per token, exit 9 when any is rejected'
            cand vault 'The workflow vault: API tokens, passwords and signing keys that workflows use'
            cand run 'Run a command with a workflow''s access token and vault secrets in its environment'
            cand git-credential 'git''s credential helper: answers git with a workflow''s fresh access token (`setup` writes the git config line)'
            cand docker-credential 'Docker''s credential helper (also run as `docker-credential-authz`): a registry''s workflow token (`setup` maps a registry to a workflow)'
            cand log 'Show the event log: every change, when and by whom'
            cand audit 'Check the store against the best practices; with --email, an offboarding review'
            cand profile 'Named stores, each with its own provider settings: list, show, choose the current one'
            cand org 'The organization''s store on PostgreSQL: schema, roles and grants (docs/organization.md)'
            cand export 'Write the whole store (metadata, never secrets) as one JSON document'
            cand import 'Load a document written by `authz export` (all or nothing)'
            cand doctor 'Find and repair what an interrupted command left: stored tokens (keyring or OpenBao) without an authorization, active ones without their refresh token, unfinished revokes'
            cand secrets 'The secret backend: move every authorization''s tokens to another one'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authz;list'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --all 'Include revoked authorizations'
            cand --wide 'Every column whole (as `kubectl get -o wide`): on a terminal the table is otherwise fitted to its width, long cells cut with `…`, ids shortened to a unique prefix; never when stdout is not a terminal'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;ls'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --all 'Include revoked authorizations'
            cand --wide 'Every column whole (as `kubectl get -o wide`): on a terminal the table is otherwise fitted to its width, long cells cut with `…`, ids shortened to a unique prefix; never when stdout is not a terminal'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;show'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;add'= {
            cand -s 'Scopes to request besides `openid email` (and `offline_access` where the provider has it) (repeatable)'
            cand --scope 'Scopes to request besides `openid email` (and `offline_access` where the provider has it) (repeatable)'
            cand --label 'A note shown in lists'
            cand --port 'Loopback port for the redirect (for `ssh -L PORT:127.0.0.1:PORT`, or a provider that only accepts the exact redirect URI registered); remembered for this issuer after a successful login, 0 to let the OS choose again [default: the remembered one, else chosen by the OS]'
            cand --timeout 'Seconds to wait for the login to finish'
            cand --reauth 'Log in again for an existing authorization (same account required); keeps its workflows. Logging in as an account that already has an authorization does this by itself'
            cand --email-claim 'The userinfo claim that names the account, for providers without a usable `email` (e.g. `preferred_username`, `upn`); remembered for this issuer [default: email]'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --service-account 'The account is a service-owned operator account, not a person''s'
            cand --no-browser 'Do not open a browser; only print the URL'
            cand --device 'Log in with a code entered on any device (OAuth device grant, RFC 8628); chosen automatically when no browser can start here and the provider offers it'
            cand --paste 'Also read the redirect URL from stdin when it is not a terminal (e.g. `ssh host authz add` without -t); on a terminal pasting always works'
            cand --new 'Create a second authorization even when the account already has one (by default a login for a known account replaces that authorization''s tokens in place)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;token'= {
            cand --workflow 'The workflow whose authorization to use'
            cand --margin 'Refresh when the cached token expires within this many seconds'
            cand --format 'Output: the bare token (default), json ({access_token, token_type, expires_at, scope}) or exec-credential (kubectl''s ExecCredential, for a kubeconfig `exec` user)'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;test'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;edit'= {
            cand --label 'A note shown in lists (an empty string removes it)'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --service-account 'The account is a service-owned operator account, not a person''s'
            cand --personal 'The account is a person''s (who may leave the organization)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;revoke'= {
            cand --replace 'Move every workflow that uses AUTHZ to NEW first, in the same transaction'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --dry-run 'Print what would happen; change nothing'
            cand --no-verify 'With --replace: do not check NEW against the provider first (offline use)'
            cand --keep-tokens 'If the provider refuses the revocation for good (HTTP 401/403), keep the tokens in the secret store to retry later instead of deleting them'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;reassign'= {
            cand --from 'The authorization the workflows use now'
            cand --to 'The authorization they should use'
            cand -w 'Move only these workflows (repeatable) [default: all of --from''s]'
            cand --workflow 'Move only these workflows (repeatable) [default: all of --from''s]'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --dry-run 'Print exactly what would move; change nothing'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;workflow'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a workflow that uses an authorization'
            cand edit 'Change a workflow''s authorization, owner or required scopes'
            cand list 'List workflows'
            cand ls 'List workflows'
            cand show 'Show everything about one workflow: authorization, owner, scopes, secrets, last runs'
            cand delete 'Delete a workflow'
            cand import 'Create or update workflows in bulk from JSON (an array, or JSON lines); all or nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authz;workflow;create'= {
            cand --authz 'The authorization it uses (id or email)'
            cand --owner 'Who owns the workflow operationally'
            cand -s 'A scope the workflow requires (repeatable)'
            cand --scope 'A scope the workflow requires (repeatable)'
            cand --use-secret 'A vault entry the workflow uses, in $ENV_NAME [default: NAME upper-cased, other characters as _] (repeatable)'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;workflow;edit'= {
            cand --authz 'Move it to this authorization (id or email)'
            cand --owner 'New owner'
            cand -s 'Replace the required scopes (repeatable)'
            cand --scope 'Replace the required scopes (repeatable)'
            cand --authorizer 'Guard the workflow with this authorizer (its inbound tokens are judged by it)'
            cand --use-secret 'Use a vault entry, in $ENV_NAME [default: NAME upper-cased, other characters as _]; a secret already used gets the new name (repeatable)'
            cand --drop-secret 'Stop using a vault entry (repeatable)'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --no-authorizer 'Remove the workflow''s authorizer'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;workflow;list'= {
            cand --authz 'Only the workflows of this authorization'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;workflow;ls'= {
            cand --authz 'Only the workflows of this authorization'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;workflow;show'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;workflow;delete'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;workflow;import'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --dry-run 'Validate and report; change nothing'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;workflow;help'= {
            cand create 'Create a workflow that uses an authorization'
            cand edit 'Change a workflow''s authorization, owner or required scopes'
            cand list 'List workflows'
            cand show 'Show everything about one workflow: authorization, owner, scopes, secrets, last runs'
            cand delete 'Delete a workflow'
            cand import 'Create or update workflows in bulk from JSON (an array, or JSON lines); all or nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authz;workflow;help;create'= {
        }
        &'authz;workflow;help;edit'= {
        }
        &'authz;workflow;help;list'= {
        }
        &'authz;workflow;help;show'= {
        }
        &'authz;workflow;help;delete'= {
        }
        &'authz;workflow;help;import'= {
        }
        &'authz;workflow;help;help'= {
        }
        &'authz;authorizer'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an authorizer: an issuer, audiences and a key set (a JWKS URL or file, or a vault signing key)'
            cand list 'List authorizers'
            cand ls 'List authorizers'
            cand show 'Show one authorizer and the workflows it guards'
            cand edit 'Change an authorizer; options given replace the old values'
            cand delete 'Delete an authorizer; refused while workflows use it unless --replace moves them'
            cand keys 'Print, as a JWKS, the keys the authorizer would use now (HMAC secrets left out)'
            cand verify 'Verify JWTs read from stdin, one per line; one JSON line per token, exit 9 when any is rejected'
            cand sign 'Mint a token that passes this vault-backed authorizer, for staging; printed on stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authz;authorizer;create'= {
            cand --iss 'The issuer tokens must name in `iss`, exactly'
            cand --aud 'An audience a token''s `aud` must hold (repeatable; one match is enough)'
            cand --jwks-url 'The JWKS endpoint (https://), fetched and cached; trusted through --ca-file'
            cand --jwks-file 'A JWKS file, read on every use (0600 when it holds an HMAC secret)'
            cand --vault-key 'A vault signing key (`authz vault generate`; tokens name kid NAME-vN) or an HMAC secret (`authz vault set --kind signing-key`, with --alg HS256|HS384|HS512)'
            cand --alg 'An allowed algorithm (repeatable): HS256/384/512, RS256/384/512, PS256/384/512, ES256, ES384, EdDSA [default: the algorithms the keys declare]'
            cand --leeway 'Seconds of clock skew forgiven by every time check, at most 300 [default: 60]'
            cand --typ 'Require this `typ` header, e.g. at+jwt (case-insensitive, `application/` optional); an empty value removes the requirement'
            cand --require-scope 'A scope that must be in `scope` or `scp` (repeatable; an empty value clears them)'
            cand --require-claim 'A claim that must be present and equal (repeatable; an empty value clears them)'
            cand --max-lifetime 'Refuse tokens whose `exp - iat` is longer than this (0 removes the limit)'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;authorizer;list'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;authorizer;ls'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;authorizer;show'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;authorizer;edit'= {
            cand --iss 'New issuer'
            cand --aud 'Replace the audiences (repeatable)'
            cand --jwks-url 'Take the keys from this JWKS endpoint instead'
            cand --jwks-file 'Take the keys from this JWKS file instead'
            cand --vault-key 'Take the keys from this vault signing key or HMAC secret instead'
            cand --alg 'An allowed algorithm (repeatable): HS256/384/512, RS256/384/512, PS256/384/512, ES256, ES384, EdDSA [default: the algorithms the keys declare]'
            cand --leeway 'Seconds of clock skew forgiven by every time check, at most 300 [default: 60]'
            cand --typ 'Require this `typ` header, e.g. at+jwt (case-insensitive, `application/` optional); an empty value removes the requirement'
            cand --require-scope 'A scope that must be in `scope` or `scp` (repeatable; an empty value clears them)'
            cand --require-claim 'A claim that must be present and equal (repeatable; an empty value clears them)'
            cand --max-lifetime 'Refuse tokens whose `exp - iat` is longer than this (0 removes the limit)'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;authorizer;delete'= {
            cand --replace 'Put every workflow guarded by NAME under OTHER first, in the same transaction'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;authorizer;keys'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;authorizer;verify'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;authorizer;sign'= {
            cand --vault-key 'The vault signing key the authorizer verifies with [default: the authorizer''s own]'
            cand --claims 'More claims, as a JSON object (iss, aud, iat and exp are set by authz)'
            cand --ttl 'Seconds until the token expires [default: 300, or the authorizer''s max lifetime when shorter]'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;authorizer;help'= {
            cand create 'Create an authorizer: an issuer, audiences and a key set (a JWKS URL or file, or a vault signing key)'
            cand list 'List authorizers'
            cand show 'Show one authorizer and the workflows it guards'
            cand edit 'Change an authorizer; options given replace the old values'
            cand delete 'Delete an authorizer; refused while workflows use it unless --replace moves them'
            cand keys 'Print, as a JWKS, the keys the authorizer would use now (HMAC secrets left out)'
            cand verify 'Verify JWTs read from stdin, one per line; one JSON line per token, exit 9 when any is rejected'
            cand sign 'Mint a token that passes this vault-backed authorizer, for staging; printed on stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authz;authorizer;help;create'= {
        }
        &'authz;authorizer;help;list'= {
        }
        &'authz;authorizer;help;show'= {
        }
        &'authz;authorizer;help;edit'= {
        }
        &'authz;authorizer;help;delete'= {
        }
        &'authz;authorizer;help;keys'= {
        }
        &'authz;authorizer;help;verify'= {
        }
        &'authz;authorizer;help;sign'= {
        }
        &'authz;authorizer;help;help'= {
        }
        &'authz;verify'= {
            cand --workflow 'The workflow whose authorizer judges the tokens'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;vault'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Store a value (from stdin, a hidden prompt on a terminal, or --from-file; never argv), kept byte for byte; an existing NAME gets a new version (none when the value is the one it has: `unchanged`)'
            cand list 'List the vault entries (never their values)'
            cand ls 'List the vault entries (never their values)'
            cand show 'Show an entry: metadata, versions and the workflows using it (never the value)'
            cand get 'Print an entry''s value on stdout, exactly as stored (for runners and scripts)'
            cand history 'List an entry''s versions'
            cand rollback 'Make an earlier version''s value the newest version'
            cand delete 'Delete an entry and every version of its value; refused while workflows use it unless --replace moves them'
            cand generate 'Make a signing key pair inside authz (a new entry, or a new version: a rotation)'
            cand public 'Print the public key of a signing key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authz;vault;set'= {
            cand --kind 'What the value is; required for a new entry [default: an existing entry''s kind]'
            cand --from-file 'Read the value from this file (all of its bytes) instead of stdin'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;vault;list'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;vault;ls'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;vault;show'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;vault;get'= {
            cand --version 'This version instead of the newest'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'authz;vault;history'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;vault;rollback'= {
            cand --version 'The version whose value becomes the newest'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'authz;vault;delete'= {
            cand --replace 'Move every workflow that uses NAME to OTHER first, in the same transaction (each keeps its environment variable name)'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;vault;generate'= {
            cand --alg 'The JWS algorithm: ES256 (ECDSA P-256), EdDSA (Ed25519) or RS256 (RSA 2048)'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;vault;public'= {
            cand --format 'jwk: the newest version''s key; jwks: every version''s (kid NAME-vN); pem: SPKI PEM'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;vault;help'= {
            cand set 'Store a value (from stdin, a hidden prompt on a terminal, or --from-file; never argv), kept byte for byte; an existing NAME gets a new version (none when the value is the one it has: `unchanged`)'
            cand list 'List the vault entries (never their values)'
            cand show 'Show an entry: metadata, versions and the workflows using it (never the value)'
            cand get 'Print an entry''s value on stdout, exactly as stored (for runners and scripts)'
            cand history 'List an entry''s versions'
            cand rollback 'Make an earlier version''s value the newest version'
            cand delete 'Delete an entry and every version of its value; refused while workflows use it unless --replace moves them'
            cand generate 'Make a signing key pair inside authz (a new entry, or a new version: a rotation)'
            cand public 'Print the public key of a signing key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authz;vault;help;set'= {
        }
        &'authz;vault;help;list'= {
        }
        &'authz;vault;help;show'= {
        }
        &'authz;vault;help;get'= {
        }
        &'authz;vault;help;history'= {
        }
        &'authz;vault;help;rollback'= {
        }
        &'authz;vault;help;delete'= {
        }
        &'authz;vault;help;generate'= {
        }
        &'authz;vault;help;public'= {
        }
        &'authz;vault;help;help'= {
        }
        &'authz;run'= {
            cand --workflow 'The workflow whose authorization and secrets to use'
            cand --token-env 'The environment variable that gets the access token'
            cand --margin 'Refresh when the cached token expires within this many seconds'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --mask 'Replace every secret it put in the command''s environment or token file (and their base64 and URL-encoded forms) in the command''s output with `<concealed by authz>` [default: on when $CI is set, as in a CI job]'
            cand --no-mask 'Pass the command''s output through untouched, even in CI'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;git-credential'= {
            cand --host 'A host this helper answers for (repeatable); git''s requests for other hosts get no answer'
            cand --workflow 'The workflow whose token git gets'
            cand --username 'The username git sends: x-access-token, oauth2, email (the authorization''s) or any other text'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --local 'setup: write the repository''s config (git config --local) instead of the user''s'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;docker-credential'= {
            cand --registry 'setup: the registry (as in `credHelpers`, e.g. ghcr.io)'
            cand --workflow 'setup: the workflow whose token the registry gets'
            cand --username 'setup: the username Docker sends [default: oauth2accesstoken]'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;log'= {
            cand -n 'Only the newest N events (still printed oldest first)'
            cand --limit 'Only the newest N events (still printed oldest first)'
            cand --authz 'Only events of this authorization'
            cand --workflow 'Only events of this workflow'
            cand --since 'Only events since TIME (RFC 3339, a date, or an age such as 2h or 7d)'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --wide 'Every column whole: on a terminal the table is otherwise fitted to its width'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;audit'= {
            cand --email 'Offboarding review of one person: their authorizations, the workflows that depend on them, and the commands that would move those workflows'
            cand --max-secret-age 'Flag vault entries whose newest version is older than this many days'
            cand --fail-on 'Exit with code 3 when a finding is at least this severe'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;profile'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the profiles, marking the current one'
            cand ls 'List the profiles, marking the current one'
            cand show 'Show a profile: its store, issuer and client id [default: the current one]'
            cand use 'Make NAME the current profile (remembered in $XDG_CONFIG_HOME/authz/config.json)'
            cand create 'Create a profile: its own SQLite store, or one it remembers with --store URL'
            cand delete 'Delete a profile and its SQLite store (a --store URL''s store is only forgotten); never the current one; one with authorizations only after a yes or --yes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authz;profile;list'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;profile;ls'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;profile;show'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;profile;use'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --create 'Create the profile''s store if it does not exist yet'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;profile;create'= {
            cand --store 'The store this profile uses: postgres://USER@HOST:PORT/DBNAME or sqlite:PATH (checked by connecting now; never with a password in it). With the global --secrets, the profile also remembers where its tokens are'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;profile;delete'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;profile;help'= {
            cand list 'List the profiles, marking the current one'
            cand show 'Show a profile: its store, issuer and client id [default: the current one]'
            cand use 'Make NAME the current profile (remembered in $XDG_CONFIG_HOME/authz/config.json)'
            cand create 'Create a profile: its own SQLite store, or one it remembers with --store URL'
            cand delete 'Delete a profile and its SQLite store (a --store URL''s store is only forgotten); never the current one; one with authorizations only after a yes or --yes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authz;profile;help;list'= {
        }
        &'authz;profile;help;show'= {
        }
        &'authz;profile;help;use'= {
        }
        &'authz;profile;help;create'= {
        }
        &'authz;profile;help;delete'= {
        }
        &'authz;profile;help;help'= {
        }
        &'authz;org'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the schema and the roles authz_admin, authz_operator, authz_runner, authz_auditor with their grants (run once, as the database owner; safe to re-run)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authz;org;init'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;org;help'= {
            cand init 'Create the schema and the roles authz_admin, authz_operator, authz_runner, authz_auditor with their grants (run once, as the database owner; safe to re-run)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authz;org;help;init'= {
        }
        &'authz;org;help;help'= {
        }
        &'authz;export'= {
            cand -o 'Write to this file instead of stdout (created 0600)'
            cand --output 'Write to this file instead of stdout (created 0600)'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;import'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;doctor'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --dry-run 'Report what would be repaired; change nothing'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;secrets'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand migrate 'Move every authorization''s tokens from this run''s backend to BACKEND, verifying each at the destination before deleting it at the source; safe to run again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authz;secrets;migrate'= {
            cand --to 'The destination: keyring, or openbao[:MOUNT/PREFIX]'
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --dry-run 'Print what would move; change nothing'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;secrets;help'= {
            cand migrate 'Move every authorization''s tokens from this run''s backend to BACKEND, verifying each at the destination before deleting it at the source; safe to run again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authz;secrets;help;migrate'= {
        }
        &'authz;secrets;help;help'= {
        }
        &'authz;completions'= {
            cand --store 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile'
            cand --db 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]'
            cand --profile 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]'
            cand --secrets 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]'
            cand --issuer 'The OpenID provider''s issuer URL (remembered in the store after first use)'
            cand --client-id 'The OAuth client id registered for authz (remembered in the store after first use)'
            cand --ca-file 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)'
            cand --json 'Machine output: JSON on stdout, errors as JSON on stderr'
            cand -y 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand --yes 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
            cand -q 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand --quiet 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
            cand -v 'Print more about what happens (never secrets)'
            cand --verbose 'Print more about what happens (never secrets)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authz;help'= {
            cand list 'List authorizations: email, created, workflows'
            cand show 'Show everything about one authorization'
            cand add 'Create an authorization by logging in (browser, or a code on another device)'
            cand token 'Print a fresh access token for an authorization or a workflow (for the workflow runner)'
            cand test 'Check that an authorization still works: get a token and ask the provider who it is'
            cand edit 'Change an authorization''s label, or mark it service-owned or personal'
            cand revoke 'Revoke an authorization; refused while workflows use it unless --replace moves them'
            cand reassign 'Move workflows from one authorization to another'
            cand workflow 'Manage workflows and the authorization each one uses'
            cand authorizer 'Authorizers: the JWT checks that decide who may trigger an inbound workflow'
            cand verify 'Verify inbound JWTs (one per line on stdin) with a workflow''s authorizer; one JSON line per token, exit 9 when any is rejected'
            cand vault 'The workflow vault: API tokens, passwords and signing keys that workflows use'
            cand run 'Run a command with a workflow''s access token and vault secrets in its environment'
            cand git-credential 'git''s credential helper: answers git with a workflow''s fresh access token (`setup` writes the git config line)'
            cand docker-credential 'Docker''s credential helper (also run as `docker-credential-authz`): a registry''s workflow token (`setup` maps a registry to a workflow)'
            cand log 'Show the event log: every change, when and by whom'
            cand audit 'Check the store against the best practices; with --email, an offboarding review'
            cand profile 'Named stores, each with its own provider settings: list, show, choose the current one'
            cand org 'The organization''s store on PostgreSQL: schema, roles and grants (docs/organization.md)'
            cand export 'Write the whole store (metadata, never secrets) as one JSON document'
            cand import 'Load a document written by `authz export` (all or nothing)'
            cand doctor 'Find and repair what an interrupted command left: stored tokens (keyring or OpenBao) without an authorization, active ones without their refresh token, unfinished revokes'
            cand secrets 'The secret backend: move every authorization''s tokens to another one'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authz;help;list'= {
        }
        &'authz;help;show'= {
        }
        &'authz;help;add'= {
        }
        &'authz;help;token'= {
        }
        &'authz;help;test'= {
        }
        &'authz;help;edit'= {
        }
        &'authz;help;revoke'= {
        }
        &'authz;help;reassign'= {
        }
        &'authz;help;workflow'= {
            cand create 'Create a workflow that uses an authorization'
            cand edit 'Change a workflow''s authorization, owner or required scopes'
            cand list 'List workflows'
            cand show 'Show everything about one workflow: authorization, owner, scopes, secrets, last runs'
            cand delete 'Delete a workflow'
            cand import 'Create or update workflows in bulk from JSON (an array, or JSON lines); all or nothing'
        }
        &'authz;help;workflow;create'= {
        }
        &'authz;help;workflow;edit'= {
        }
        &'authz;help;workflow;list'= {
        }
        &'authz;help;workflow;show'= {
        }
        &'authz;help;workflow;delete'= {
        }
        &'authz;help;workflow;import'= {
        }
        &'authz;help;authorizer'= {
            cand create 'Create an authorizer: an issuer, audiences and a key set (a JWKS URL or file, or a vault signing key)'
            cand list 'List authorizers'
            cand show 'Show one authorizer and the workflows it guards'
            cand edit 'Change an authorizer; options given replace the old values'
            cand delete 'Delete an authorizer; refused while workflows use it unless --replace moves them'
            cand keys 'Print, as a JWKS, the keys the authorizer would use now (HMAC secrets left out)'
            cand verify 'Verify JWTs read from stdin, one per line; one JSON line per token, exit 9 when any is rejected'
            cand sign 'Mint a token that passes this vault-backed authorizer, for staging; printed on stdout'
        }
        &'authz;help;authorizer;create'= {
        }
        &'authz;help;authorizer;list'= {
        }
        &'authz;help;authorizer;show'= {
        }
        &'authz;help;authorizer;edit'= {
        }
        &'authz;help;authorizer;delete'= {
        }
        &'authz;help;authorizer;keys'= {
        }
        &'authz;help;authorizer;verify'= {
        }
        &'authz;help;authorizer;sign'= {
        }
        &'authz;help;verify'= {
        }
        &'authz;help;vault'= {
            cand set 'Store a value (from stdin, a hidden prompt on a terminal, or --from-file; never argv), kept byte for byte; an existing NAME gets a new version (none when the value is the one it has: `unchanged`)'
            cand list 'List the vault entries (never their values)'
            cand show 'Show an entry: metadata, versions and the workflows using it (never the value)'
            cand get 'Print an entry''s value on stdout, exactly as stored (for runners and scripts)'
            cand history 'List an entry''s versions'
            cand rollback 'Make an earlier version''s value the newest version'
            cand delete 'Delete an entry and every version of its value; refused while workflows use it unless --replace moves them'
            cand generate 'Make a signing key pair inside authz (a new entry, or a new version: a rotation)'
            cand public 'Print the public key of a signing key'
        }
        &'authz;help;vault;set'= {
        }
        &'authz;help;vault;list'= {
        }
        &'authz;help;vault;show'= {
        }
        &'authz;help;vault;get'= {
        }
        &'authz;help;vault;history'= {
        }
        &'authz;help;vault;rollback'= {
        }
        &'authz;help;vault;delete'= {
        }
        &'authz;help;vault;generate'= {
        }
        &'authz;help;vault;public'= {
        }
        &'authz;help;run'= {
        }
        &'authz;help;git-credential'= {
        }
        &'authz;help;docker-credential'= {
        }
        &'authz;help;log'= {
        }
        &'authz;help;audit'= {
        }
        &'authz;help;profile'= {
            cand list 'List the profiles, marking the current one'
            cand show 'Show a profile: its store, issuer and client id [default: the current one]'
            cand use 'Make NAME the current profile (remembered in $XDG_CONFIG_HOME/authz/config.json)'
            cand create 'Create a profile: its own SQLite store, or one it remembers with --store URL'
            cand delete 'Delete a profile and its SQLite store (a --store URL''s store is only forgotten); never the current one; one with authorizations only after a yes or --yes'
        }
        &'authz;help;profile;list'= {
        }
        &'authz;help;profile;show'= {
        }
        &'authz;help;profile;use'= {
        }
        &'authz;help;profile;create'= {
        }
        &'authz;help;profile;delete'= {
        }
        &'authz;help;org'= {
            cand init 'Create the schema and the roles authz_admin, authz_operator, authz_runner, authz_auditor with their grants (run once, as the database owner; safe to re-run)'
        }
        &'authz;help;org;init'= {
        }
        &'authz;help;export'= {
        }
        &'authz;help;import'= {
        }
        &'authz;help;doctor'= {
        }
        &'authz;help;secrets'= {
            cand migrate 'Move every authorization''s tokens from this run''s backend to BACKEND, verifying each at the destination before deleting it at the source; safe to run again'
        }
        &'authz;help;secrets;migrate'= {
        }
        &'authz;help;completions'= {
        }
        &'authz;help;help'= {
        }
    ]
    $completions[$command]
}
