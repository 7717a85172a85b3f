# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_authz_global_optspecs
    string join \n store= db= profile= secrets= json issuer= client-id= ca-file= y/yes q/quiet color= v/verbose h/help V/version
end

function __fish_authz_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_authz_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_authz_using_subcommand
    set -l cmd (__fish_authz_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c authz -n "__fish_authz_needs_command" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_needs_command" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_needs_command" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_needs_command" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_needs_command" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_needs_command" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_needs_command" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_needs_command" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_needs_command" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_needs_command" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_needs_command" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_needs_command" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_needs_command" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_needs_command" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_needs_command" -f -a "list" -d 'List authorizations: email, created, workflows'
complete -c authz -n "__fish_authz_needs_command" -f -a "ls" -d 'List authorizations: email, created, workflows'
complete -c authz -n "__fish_authz_needs_command" -f -a "show" -d 'Show everything about one authorization'
complete -c authz -n "__fish_authz_needs_command" -f -a "add" -d 'Create an authorization by logging in (browser, or a code on another device)'
complete -c authz -n "__fish_authz_needs_command" -f -a "token" -d 'Print a fresh access token for an authorization or a workflow (for the workflow runner)'
complete -c authz -n "__fish_authz_needs_command" -f -a "test" -d 'Check that an authorization still works: get a token and ask the provider who it is'
complete -c authz -n "__fish_authz_needs_command" -f -a "edit" -d 'Change an authorization\'s label, or mark it service-owned or personal'
complete -c authz -n "__fish_authz_needs_command" -f -a "revoke" -d 'Revoke an authorization; refused while workflows use it unless --replace moves them'
complete -c authz -n "__fish_authz_needs_command" -f -a "reassign" -d 'Move workflows from one authorization to another'
complete -c authz -n "__fish_authz_needs_command" -f -a "workflow" -d 'Manage workflows and the authorization each one uses'
complete -c authz -n "__fish_authz_needs_command" -f -a "authorizer" -d 'Authorizers: the JWT checks that decide who may trigger an inbound workflow'
complete -c authz -n "__fish_authz_needs_command" -f -a "verify" -d 'Verify inbound JWTs (one per line on stdin) with a workflow\'s authorizer; one JSON line per token, exit 9 when any is rejected'
complete -c authz -n "__fish_authz_needs_command" -f -a "vault" -d 'The workflow vault: API tokens, passwords and signing keys that workflows use'
complete -c authz -n "__fish_authz_needs_command" -f -a "run" -d 'Run a command with a workflow\'s access token and vault secrets in its environment'
complete -c authz -n "__fish_authz_needs_command" -f -a "git-credential" -d 'git\'s credential helper: answers git with a workflow\'s fresh access token (`setup` writes the git config line)'
complete -c authz -n "__fish_authz_needs_command" -f -a "docker-credential" -d 'Docker\'s credential helper (also run as `docker-credential-authz`): a registry\'s workflow token (`setup` maps a registry to a workflow)'
complete -c authz -n "__fish_authz_needs_command" -f -a "log" -d 'Show the event log: every change, when and by whom'
complete -c authz -n "__fish_authz_needs_command" -f -a "audit" -d 'Check the store against the best practices; with --email, an offboarding review'
complete -c authz -n "__fish_authz_needs_command" -f -a "profile" -d 'Named stores, each with its own provider settings: list, show, choose the current one'
complete -c authz -n "__fish_authz_needs_command" -f -a "org" -d 'The organization\'s store on PostgreSQL: schema, roles and grants (docs/organization.md)'
complete -c authz -n "__fish_authz_needs_command" -f -a "export" -d 'Write the whole store (metadata, never secrets) as one JSON document'
complete -c authz -n "__fish_authz_needs_command" -f -a "import" -d 'Load a document written by `authz export` (all or nothing)'
complete -c authz -n "__fish_authz_needs_command" -f -a "doctor" -d 'Find and repair what an interrupted command left: stored tokens (keyring or OpenBao) without an authorization, active ones without their refresh token, unfinished revokes'
complete -c authz -n "__fish_authz_needs_command" -f -a "secrets" -d 'The secret backend: move every authorization\'s tokens to another one'
complete -c authz -n "__fish_authz_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c authz -n "__fish_authz_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authz -n "__fish_authz_using_subcommand list" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand list" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand list" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand list" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand list" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand list" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand list" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand list" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand list" -l all -d 'Include revoked authorizations'
complete -c authz -n "__fish_authz_using_subcommand list" -l wide -d 'Every column whole (as `kubectl get -o wide`): on a terminal the table is otherwise fitted to its width, long cells cut with `…`, ids shortened to a unique prefix; never when stdout is not a terminal'
complete -c authz -n "__fish_authz_using_subcommand list" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand list" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand list" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand list" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand list" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand list" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand ls" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand ls" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand ls" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand ls" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand ls" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand ls" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand ls" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand ls" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand ls" -l all -d 'Include revoked authorizations'
complete -c authz -n "__fish_authz_using_subcommand ls" -l wide -d 'Every column whole (as `kubectl get -o wide`): on a terminal the table is otherwise fitted to its width, long cells cut with `…`, ids shortened to a unique prefix; never when stdout is not a terminal'
complete -c authz -n "__fish_authz_using_subcommand ls" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand ls" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand ls" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand ls" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand ls" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand ls" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand show" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand show" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand show" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand show" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand show" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand show" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand show" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand show" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand show" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand show" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand show" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand show" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand show" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand show" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand add" -s s -l scope -d 'Scopes to request besides `openid email` (and `offline_access` where the provider has it) (repeatable)' -r
complete -c authz -n "__fish_authz_using_subcommand add" -l label -d 'A note shown in lists' -r
complete -c authz -n "__fish_authz_using_subcommand add" -l port -d 'Loopback port for the redirect (for `ssh -L PORT:127.0.0.1:PORT`, or a provider that only accepts the exact redirect URI registered); remembered for this issuer after a successful login, 0 to let the OS choose again [default: the remembered one, else chosen by the OS]' -r
complete -c authz -n "__fish_authz_using_subcommand add" -l timeout -d 'Seconds to wait for the login to finish' -r
complete -c authz -n "__fish_authz_using_subcommand add" -l reauth -d 'Log in again for an existing authorization (same account required); keeps its workflows. Logging in as an account that already has an authorization does this by itself' -r
complete -c authz -n "__fish_authz_using_subcommand add" -l email-claim -d 'The userinfo claim that names the account, for providers without a usable `email` (e.g. `preferred_username`, `upn`); remembered for this issuer [default: email]' -r
complete -c authz -n "__fish_authz_using_subcommand add" -l client-secret-file -d 'The client secret, for providers that give a native app one (a confidential client): a file holding it alone, or the client JSON a console downloads (Google\'s `client_secret_*.json`: its client id is used too); `-` reads stdin. Kept in the secret backend, never in the store; remembered with the client id' -r -F
complete -c authz -n "__fish_authz_using_subcommand add" -l client-auth -d 'How the client authenticates at the token and revocation endpoints; remembered with the client id [default: with a secret, basic or post as the provider\'s metadata says (basic first); with --client-key, private-key-jwt; else none]' -r -f -a "basic\t''
post\t''
private-key-jwt\t''
none\t''"
complete -c authz -n "__fish_authz_using_subcommand add" -l client-key -d 'The vault signing key of private_key_jwt (RFC 7523): `authz vault generate KEY --alg ES256`, then register `authz vault public KEY` at the provider' -r
complete -c authz -n "__fish_authz_using_subcommand add" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand add" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand add" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand add" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand add" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand add" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand add" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand add" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand add" -l service-account -d 'The account is a service-owned operator account, not a person\'s'
complete -c authz -n "__fish_authz_using_subcommand add" -l no-browser -d 'Do not open a browser; only print the URL'
complete -c authz -n "__fish_authz_using_subcommand add" -l device -d 'Log in with a code entered on any device (OAuth device grant, RFC 8628); chosen automatically when no browser can start here and the provider offers it'
complete -c authz -n "__fish_authz_using_subcommand add" -l paste -d 'Also read the redirect URL from stdin when it is not a terminal (e.g. `ssh host authz add` without -t); on a terminal pasting always works'
complete -c authz -n "__fish_authz_using_subcommand add" -l new -d 'Create a second authorization even when the account already has one (by default a login for a known account replaces that authorization\'s tokens in place)'
complete -c authz -n "__fish_authz_using_subcommand add" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand add" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand add" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand add" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand add" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand add" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand token" -l workflow -d 'The workflow whose authorization to use' -r
complete -c authz -n "__fish_authz_using_subcommand token" -l margin -d 'Refresh when the cached token expires within this many seconds' -r
complete -c authz -n "__fish_authz_using_subcommand token" -l format -d 'Output: the bare token (default), json ({access_token, token_type, expires_at, scope}) or exec-credential (kubectl\'s ExecCredential, for a kubeconfig `exec` user)' -r -f -a "raw\t'The access token alone, one line'
json\t'{"access_token", "token_type", "expires_at", "scope"}'
exec-credential\t'kubectl\'s ExecCredential (client.authentication.k8s.io/v1, or the apiVersion in KUBERNETES_EXEC_INFO: v1beta1)'"
complete -c authz -n "__fish_authz_using_subcommand token" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand token" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand token" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand token" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand token" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand token" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand token" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand token" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand token" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand token" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand token" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand token" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c authz -n "__fish_authz_using_subcommand token" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand test" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand test" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand test" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand test" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand test" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand test" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand test" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand test" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand test" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand test" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand test" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand test" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand test" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand test" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand edit" -l label -d 'A note shown in lists (an empty string removes it)' -r
complete -c authz -n "__fish_authz_using_subcommand edit" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand edit" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand edit" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand edit" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand edit" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand edit" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand edit" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand edit" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand edit" -l service-account -d 'The account is a service-owned operator account, not a person\'s'
complete -c authz -n "__fish_authz_using_subcommand edit" -l personal -d 'The account is a person\'s (who may leave the organization)'
complete -c authz -n "__fish_authz_using_subcommand edit" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand edit" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand edit" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand edit" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand edit" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand edit" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand revoke" -l replace -d 'Move every workflow that uses AUTHZ to NEW first, in the same transaction' -r
complete -c authz -n "__fish_authz_using_subcommand revoke" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand revoke" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand revoke" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand revoke" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand revoke" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand revoke" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand revoke" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand revoke" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand revoke" -l dry-run -d 'Print what would happen; change nothing'
complete -c authz -n "__fish_authz_using_subcommand revoke" -l no-verify -d 'With --replace: do not check NEW against the provider first (offline use)'
complete -c authz -n "__fish_authz_using_subcommand revoke" -l keep-tokens -d 'If the provider refuses the revocation for good (HTTP 401/403), keep the tokens in the secret store to retry later instead of deleting them'
complete -c authz -n "__fish_authz_using_subcommand revoke" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand revoke" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand revoke" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand revoke" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand revoke" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand revoke" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand reassign" -l from -d 'The authorization the workflows use now' -r
complete -c authz -n "__fish_authz_using_subcommand reassign" -l to -d 'The authorization they should use' -r
complete -c authz -n "__fish_authz_using_subcommand reassign" -s w -l workflow -d 'Move only these workflows (repeatable) [default: all of --from\'s]' -r
complete -c authz -n "__fish_authz_using_subcommand reassign" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand reassign" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand reassign" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand reassign" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand reassign" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand reassign" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand reassign" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand reassign" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand reassign" -l dry-run -d 'Print exactly what would move; change nothing'
complete -c authz -n "__fish_authz_using_subcommand reassign" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand reassign" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand reassign" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand reassign" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand reassign" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand reassign" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand workflow; and not __fish_seen_subcommand_from create edit list ls show delete import help" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and not __fish_seen_subcommand_from create edit list ls show delete import help" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand workflow; and not __fish_seen_subcommand_from create edit list ls show delete import help" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and not __fish_seen_subcommand_from create edit list ls show delete import help" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and not __fish_seen_subcommand_from create edit list ls show delete import help" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and not __fish_seen_subcommand_from create edit list ls show delete import help" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and not __fish_seen_subcommand_from create edit list ls show delete import help" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand workflow; and not __fish_seen_subcommand_from create edit list ls show delete import help" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand workflow; and not __fish_seen_subcommand_from create edit list ls show delete import help" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand workflow; and not __fish_seen_subcommand_from create edit list ls show delete import help" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand workflow; and not __fish_seen_subcommand_from create edit list ls show delete import help" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand workflow; and not __fish_seen_subcommand_from create edit list ls show delete import help" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand workflow; and not __fish_seen_subcommand_from create edit list ls show delete import help" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand workflow; and not __fish_seen_subcommand_from create edit list ls show delete import help" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand workflow; and not __fish_seen_subcommand_from create edit list ls show delete import help" -f -a "create" -d 'Create a workflow that uses an authorization'
complete -c authz -n "__fish_authz_using_subcommand workflow; and not __fish_seen_subcommand_from create edit list ls show delete import help" -f -a "edit" -d 'Change a workflow\'s authorization, owner or required scopes'
complete -c authz -n "__fish_authz_using_subcommand workflow; and not __fish_seen_subcommand_from create edit list ls show delete import help" -f -a "list" -d 'List workflows'
complete -c authz -n "__fish_authz_using_subcommand workflow; and not __fish_seen_subcommand_from create edit list ls show delete import help" -f -a "ls" -d 'List workflows'
complete -c authz -n "__fish_authz_using_subcommand workflow; and not __fish_seen_subcommand_from create edit list ls show delete import help" -f -a "show" -d 'Show everything about one workflow: authorization, owner, scopes, secrets, last runs'
complete -c authz -n "__fish_authz_using_subcommand workflow; and not __fish_seen_subcommand_from create edit list ls show delete import help" -f -a "delete" -d 'Delete a workflow'
complete -c authz -n "__fish_authz_using_subcommand workflow; and not __fish_seen_subcommand_from create edit list ls show delete import help" -f -a "import" -d 'Create or update workflows in bulk from JSON (an array, or JSON lines); all or nothing'
complete -c authz -n "__fish_authz_using_subcommand workflow; and not __fish_seen_subcommand_from create edit list ls show delete import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from create" -l authz -d 'The authorization it uses (id or email)' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from create" -l owner -d 'Who owns the workflow operationally' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from create" -s s -l scope -d 'A scope the workflow requires (repeatable)' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from create" -l use-secret -d 'A vault entry the workflow uses, in $ENV_NAME [default: NAME upper-cased, other characters as _] (repeatable)' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from create" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from create" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from create" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from create" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from create" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from create" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from create" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from create" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from create" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from create" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from edit" -l authz -d 'Move it to this authorization (id or email)' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from edit" -l owner -d 'New owner' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from edit" -s s -l scope -d 'Replace the required scopes (repeatable)' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from edit" -l authorizer -d 'Guard the workflow with this authorizer (its inbound tokens are judged by it)' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from edit" -l use-secret -d 'Use a vault entry, in $ENV_NAME [default: NAME upper-cased, other characters as _]; a secret already used gets the new name (repeatable)' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from edit" -l drop-secret -d 'Stop using a vault entry (repeatable)' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from edit" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from edit" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from edit" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from edit" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from edit" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from edit" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from edit" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from edit" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from edit" -l no-authorizer -d 'Remove the workflow\'s authorizer'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from edit" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from list" -l authz -d 'Only the workflows of this authorization' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from list" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from list" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from list" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from list" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from list" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from list" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from list" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from list" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from ls" -l authz -d 'Only the workflows of this authorization' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from ls" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from ls" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from ls" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from ls" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from ls" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from ls" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from ls" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from ls" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from show" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from show" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from show" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from show" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from show" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from show" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from show" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from show" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from show" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from delete" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from delete" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from delete" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from delete" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from delete" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from delete" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from delete" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from delete" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from delete" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from import" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from import" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from import" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from import" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from import" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from import" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from import" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from import" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from import" -l dry-run -d 'Validate and report; change nothing'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from import" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from import" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a workflow that uses an authorization'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a workflow\'s authorization, owner or required scopes'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from help" -f -a "list" -d 'List workflows'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show everything about one workflow: authorization, owner, scopes, secrets, last runs'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a workflow'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from help" -f -a "import" -d 'Create or update workflows in bulk from JSON (an array, or JSON lines); all or nothing'
complete -c authz -n "__fish_authz_using_subcommand workflow; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and not __fish_seen_subcommand_from create list ls show edit delete keys verify sign help" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and not __fish_seen_subcommand_from create list ls show edit delete keys verify sign help" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand authorizer; and not __fish_seen_subcommand_from create list ls show edit delete keys verify sign help" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and not __fish_seen_subcommand_from create list ls show edit delete keys verify sign help" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and not __fish_seen_subcommand_from create list ls show edit delete keys verify sign help" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and not __fish_seen_subcommand_from create list ls show edit delete keys verify sign help" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and not __fish_seen_subcommand_from create list ls show edit delete keys verify sign help" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand authorizer; and not __fish_seen_subcommand_from create list ls show edit delete keys verify sign help" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand authorizer; and not __fish_seen_subcommand_from create list ls show edit delete keys verify sign help" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and not __fish_seen_subcommand_from create list ls show edit delete keys verify sign help" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and not __fish_seen_subcommand_from create list ls show edit delete keys verify sign help" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and not __fish_seen_subcommand_from create list ls show edit delete keys verify sign help" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and not __fish_seen_subcommand_from create list ls show edit delete keys verify sign help" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and not __fish_seen_subcommand_from create list ls show edit delete keys verify sign help" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and not __fish_seen_subcommand_from create list ls show edit delete keys verify sign help" -f -a "create" -d 'Create an authorizer: an issuer, audiences and a key set (a JWKS URL or file, or a vault signing key)'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and not __fish_seen_subcommand_from create list ls show edit delete keys verify sign help" -f -a "list" -d 'List authorizers'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and not __fish_seen_subcommand_from create list ls show edit delete keys verify sign help" -f -a "ls" -d 'List authorizers'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and not __fish_seen_subcommand_from create list ls show edit delete keys verify sign help" -f -a "show" -d 'Show one authorizer and the workflows it guards'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and not __fish_seen_subcommand_from create list ls show edit delete keys verify sign help" -f -a "edit" -d 'Change an authorizer; options given replace the old values'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and not __fish_seen_subcommand_from create list ls show edit delete keys verify sign help" -f -a "delete" -d 'Delete an authorizer; refused while workflows use it unless --replace moves them'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and not __fish_seen_subcommand_from create list ls show edit delete keys verify sign help" -f -a "keys" -d 'Print, as a JWKS, the keys the authorizer would use now (HMAC secrets left out)'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and not __fish_seen_subcommand_from create list ls show edit delete keys verify sign help" -f -a "verify" -d 'Verify JWTs read from stdin, one per line; one JSON line per token, exit 9 when any is rejected'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and not __fish_seen_subcommand_from create list ls show edit delete keys verify sign help" -f -a "sign" -d 'Mint a token that passes this vault-backed authorizer, for staging; printed on stdout'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and not __fish_seen_subcommand_from create list ls show edit delete keys verify sign help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from create" -l iss -d 'The issuer tokens must name in `iss`, exactly' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from create" -l aud -d 'An audience a token\'s `aud` must hold (repeatable; one match is enough)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from create" -l jwks-url -d 'The JWKS endpoint (https://), fetched and cached; trusted through --ca-file' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from create" -l jwks-file -d 'A JWKS file, read on every use (0600 when it holds an HMAC secret)' -r -F
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from create" -l vault-key -d 'A vault signing key (`authz vault generate`; tokens name kid NAME-vN) or an HMAC secret (`authz vault set --kind signing-key`, with --alg HS256|HS384|HS512)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from create" -l alg -d 'An allowed algorithm (repeatable): HS256/384/512, RS256/384/512, PS256/384/512, ES256, ES384, EdDSA [default: the algorithms the keys declare]' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from create" -l leeway -d 'Seconds of clock skew forgiven by every time check, at most 300 [default: 60]' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from create" -l typ -d 'Require this `typ` header, e.g. at+jwt (case-insensitive, `application/` optional); an empty value removes the requirement' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from create" -l require-scope -d 'A scope that must be in `scope` or `scp` (repeatable; an empty value clears them)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from create" -l require-claim -d 'A claim that must be present and equal (repeatable; an empty value clears them)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from create" -l max-lifetime -d 'Refuse tokens whose `exp - iat` is longer than this (0 removes the limit)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from create" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from create" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from create" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from create" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from create" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from create" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from create" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from create" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from create" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from create" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from list" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from list" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from list" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from list" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from list" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from list" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from list" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from list" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from ls" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from ls" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from ls" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from ls" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from ls" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from ls" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from ls" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from ls" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from show" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from show" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from show" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from show" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from show" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from show" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from show" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from show" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from show" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from edit" -l iss -d 'New issuer' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from edit" -l aud -d 'Replace the audiences (repeatable)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from edit" -l jwks-url -d 'Take the keys from this JWKS endpoint instead' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from edit" -l jwks-file -d 'Take the keys from this JWKS file instead' -r -F
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from edit" -l vault-key -d 'Take the keys from this vault signing key or HMAC secret instead' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from edit" -l alg -d 'An allowed algorithm (repeatable): HS256/384/512, RS256/384/512, PS256/384/512, ES256, ES384, EdDSA [default: the algorithms the keys declare]' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from edit" -l leeway -d 'Seconds of clock skew forgiven by every time check, at most 300 [default: 60]' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from edit" -l typ -d 'Require this `typ` header, e.g. at+jwt (case-insensitive, `application/` optional); an empty value removes the requirement' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from edit" -l require-scope -d 'A scope that must be in `scope` or `scp` (repeatable; an empty value clears them)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from edit" -l require-claim -d 'A claim that must be present and equal (repeatable; an empty value clears them)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from edit" -l max-lifetime -d 'Refuse tokens whose `exp - iat` is longer than this (0 removes the limit)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from edit" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from edit" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from edit" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from edit" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from edit" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from edit" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from edit" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from edit" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from edit" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from delete" -l replace -d 'Put every workflow guarded by NAME under OTHER first, in the same transaction' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from delete" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from delete" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from delete" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from delete" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from delete" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from delete" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from delete" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from delete" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from delete" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from keys" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from keys" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from keys" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from keys" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from keys" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from keys" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from keys" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from keys" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from keys" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from keys" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from keys" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from keys" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from keys" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from keys" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from verify" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from verify" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from verify" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from verify" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from verify" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from verify" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from verify" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from verify" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from verify" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from sign" -l vault-key -d 'The vault signing key the authorizer verifies with [default: the authorizer\'s own]' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from sign" -l claims -d 'More claims, as a JSON object (iss, aud, iat and exp are set by authz)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from sign" -l ttl -d 'Seconds until the token expires [default: 300, or the authorizer\'s max lifetime when shorter]' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from sign" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from sign" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from sign" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from sign" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from sign" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from sign" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from sign" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from sign" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from sign" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from sign" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from sign" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from sign" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from sign" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from sign" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an authorizer: an issuer, audiences and a key set (a JWKS URL or file, or a vault signing key)'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from help" -f -a "list" -d 'List authorizers'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one authorizer and the workflows it guards'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change an authorizer; options given replace the old values'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an authorizer; refused while workflows use it unless --replace moves them'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from help" -f -a "keys" -d 'Print, as a JWKS, the keys the authorizer would use now (HMAC secrets left out)'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Verify JWTs read from stdin, one per line; one JSON line per token, exit 9 when any is rejected'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from help" -f -a "sign" -d 'Mint a token that passes this vault-backed authorizer, for staging; printed on stdout'
complete -c authz -n "__fish_authz_using_subcommand authorizer; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authz -n "__fish_authz_using_subcommand verify" -l workflow -d 'The workflow whose authorizer judges the tokens' -r
complete -c authz -n "__fish_authz_using_subcommand verify" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand verify" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand verify" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand verify" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand verify" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand verify" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand verify" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand verify" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand verify" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand verify" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand verify" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand verify" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand verify" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand verify" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand vault; and not __fish_seen_subcommand_from set list ls show get history rollback delete generate public help" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and not __fish_seen_subcommand_from set list ls show get history rollback delete generate public help" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand vault; and not __fish_seen_subcommand_from set list ls show get history rollback delete generate public help" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and not __fish_seen_subcommand_from set list ls show get history rollback delete generate public help" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and not __fish_seen_subcommand_from set list ls show get history rollback delete generate public help" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and not __fish_seen_subcommand_from set list ls show get history rollback delete generate public help" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and not __fish_seen_subcommand_from set list ls show get history rollback delete generate public help" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand vault; and not __fish_seen_subcommand_from set list ls show get history rollback delete generate public help" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand vault; and not __fish_seen_subcommand_from set list ls show get history rollback delete generate public help" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand vault; and not __fish_seen_subcommand_from set list ls show get history rollback delete generate public help" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand vault; and not __fish_seen_subcommand_from set list ls show get history rollback delete generate public help" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand vault; and not __fish_seen_subcommand_from set list ls show get history rollback delete generate public help" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand vault; and not __fish_seen_subcommand_from set list ls show get history rollback delete generate public help" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand vault; and not __fish_seen_subcommand_from set list ls show get history rollback delete generate public help" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand vault; and not __fish_seen_subcommand_from set list ls show get history rollback delete generate public help" -f -a "set" -d 'Store a value (from stdin, a hidden prompt on a terminal, or --from-file; never argv), kept byte for byte; an existing NAME gets a new version (none when the value is the one it has: `unchanged`)'
complete -c authz -n "__fish_authz_using_subcommand vault; and not __fish_seen_subcommand_from set list ls show get history rollback delete generate public help" -f -a "list" -d 'List the vault entries (never their values)'
complete -c authz -n "__fish_authz_using_subcommand vault; and not __fish_seen_subcommand_from set list ls show get history rollback delete generate public help" -f -a "ls" -d 'List the vault entries (never their values)'
complete -c authz -n "__fish_authz_using_subcommand vault; and not __fish_seen_subcommand_from set list ls show get history rollback delete generate public help" -f -a "show" -d 'Show an entry: metadata, versions and the workflows using it (never the value)'
complete -c authz -n "__fish_authz_using_subcommand vault; and not __fish_seen_subcommand_from set list ls show get history rollback delete generate public help" -f -a "get" -d 'Print an entry\'s value on stdout, exactly as stored (for runners and scripts)'
complete -c authz -n "__fish_authz_using_subcommand vault; and not __fish_seen_subcommand_from set list ls show get history rollback delete generate public help" -f -a "history" -d 'List an entry\'s versions'
complete -c authz -n "__fish_authz_using_subcommand vault; and not __fish_seen_subcommand_from set list ls show get history rollback delete generate public help" -f -a "rollback" -d 'Make an earlier version\'s value the newest version'
complete -c authz -n "__fish_authz_using_subcommand vault; and not __fish_seen_subcommand_from set list ls show get history rollback delete generate public help" -f -a "delete" -d 'Delete an entry and every version of its value; refused while workflows use it unless --replace moves them'
complete -c authz -n "__fish_authz_using_subcommand vault; and not __fish_seen_subcommand_from set list ls show get history rollback delete generate public help" -f -a "generate" -d 'Make a signing key pair inside authz (a new entry, or a new version: a rotation)'
complete -c authz -n "__fish_authz_using_subcommand vault; and not __fish_seen_subcommand_from set list ls show get history rollback delete generate public help" -f -a "public" -d 'Print the public key of a signing key'
complete -c authz -n "__fish_authz_using_subcommand vault; and not __fish_seen_subcommand_from set list ls show get history rollback delete generate public help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from set" -l kind -d 'What the value is; required for a new entry [default: an existing entry\'s kind]' -r -f -a "api-token\t''
password\t''
signing-key\t''"
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from set" -l from-file -d 'Read the value from this file (all of its bytes) instead of stdin' -r -F
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from set" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from set" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from set" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from set" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from set" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from set" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from set" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from set" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from set" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from set" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from list" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from list" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from list" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from list" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from list" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from list" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from list" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from list" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from ls" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from ls" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from ls" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from ls" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from ls" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from ls" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from ls" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from ls" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from show" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from show" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from show" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from show" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from show" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from show" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from show" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from show" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from show" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from get" -l version -d 'This version instead of the newest' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from get" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from get" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from get" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from get" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from get" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from get" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from get" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from get" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from get" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from get" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from history" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from history" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from history" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from history" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from history" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from history" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from history" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from history" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from history" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from history" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from history" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from rollback" -l version -d 'The version whose value becomes the newest' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from rollback" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from rollback" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from rollback" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from rollback" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from rollback" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from rollback" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from rollback" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from rollback" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from rollback" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from rollback" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from rollback" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from rollback" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from rollback" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from delete" -l replace -d 'Move every workflow that uses NAME to OTHER first, in the same transaction (each keeps its environment variable name)' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from delete" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from delete" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from delete" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from delete" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from delete" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from delete" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from delete" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from delete" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from delete" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from generate" -l alg -d 'The JWS algorithm: ES256 (ECDSA P-256), EdDSA (Ed25519) or RS256 (RSA 2048)' -r -f -a "ES256\t''
EdDSA\t''
RS256\t''"
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from generate" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from generate" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from generate" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from generate" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from generate" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from generate" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from generate" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from generate" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from generate" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from generate" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from generate" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from generate" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from generate" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from public" -l format -d 'jwk: the newest version\'s key; jwks: every version\'s (kid NAME-vN); pem: SPKI PEM' -r -f -a "jwk\t''
jwks\t''
pem\t''"
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from public" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from public" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from public" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from public" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from public" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from public" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from public" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from public" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from public" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from public" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from public" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from public" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from public" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from public" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from help" -f -a "set" -d 'Store a value (from stdin, a hidden prompt on a terminal, or --from-file; never argv), kept byte for byte; an existing NAME gets a new version (none when the value is the one it has: `unchanged`)'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the vault entries (never their values)'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an entry: metadata, versions and the workflows using it (never the value)'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print an entry\'s value on stdout, exactly as stored (for runners and scripts)'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from help" -f -a "history" -d 'List an entry\'s versions'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from help" -f -a "rollback" -d 'Make an earlier version\'s value the newest version'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an entry and every version of its value; refused while workflows use it unless --replace moves them'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Make a signing key pair inside authz (a new entry, or a new version: a rotation)'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from help" -f -a "public" -d 'Print the public key of a signing key'
complete -c authz -n "__fish_authz_using_subcommand vault; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authz -n "__fish_authz_using_subcommand run" -l workflow -d 'The workflow whose authorization and secrets to use' -r
complete -c authz -n "__fish_authz_using_subcommand run" -l token-env -d 'The environment variable that gets the access token' -r
complete -c authz -n "__fish_authz_using_subcommand run" -l margin -d 'Refresh when the cached token expires within this many seconds' -r
complete -c authz -n "__fish_authz_using_subcommand run" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand run" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand run" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand run" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand run" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand run" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand run" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand run" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand run" -l mask -d 'Replace every secret it put in the command\'s environment or token file (and their base64 and URL-encoded forms) in the command\'s output with `<concealed by authz>` [default: on when $CI is set, as in a CI job]'
complete -c authz -n "__fish_authz_using_subcommand run" -l no-mask -d 'Pass the command\'s output through untouched, even in CI'
complete -c authz -n "__fish_authz_using_subcommand run" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand run" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand run" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand run" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand run" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand run" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand git-credential" -l host -d 'A host this helper answers for (repeatable); git\'s requests for other hosts get no answer' -r
complete -c authz -n "__fish_authz_using_subcommand git-credential" -l workflow -d 'The workflow whose token git gets' -r
complete -c authz -n "__fish_authz_using_subcommand git-credential" -l username -d 'The username git sends: x-access-token, oauth2, email (the authorization\'s) or any other text' -r
complete -c authz -n "__fish_authz_using_subcommand git-credential" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand git-credential" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand git-credential" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand git-credential" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand git-credential" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand git-credential" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand git-credential" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand git-credential" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand git-credential" -l local -d 'setup: write the repository\'s config (git config --local) instead of the user\'s'
complete -c authz -n "__fish_authz_using_subcommand git-credential" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand git-credential" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand git-credential" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand git-credential" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand git-credential" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand git-credential" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand docker-credential" -l registry -d 'setup: the registry (as in `credHelpers`, e.g. ghcr.io)' -r
complete -c authz -n "__fish_authz_using_subcommand docker-credential" -l workflow -d 'setup: the workflow whose token the registry gets' -r
complete -c authz -n "__fish_authz_using_subcommand docker-credential" -l username -d 'setup: the username Docker sends [default: oauth2accesstoken]' -r
complete -c authz -n "__fish_authz_using_subcommand docker-credential" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand docker-credential" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand docker-credential" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand docker-credential" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand docker-credential" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand docker-credential" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand docker-credential" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand docker-credential" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand docker-credential" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand docker-credential" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand docker-credential" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand docker-credential" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand docker-credential" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand docker-credential" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand log" -s n -l limit -d 'Only the newest N events (still printed oldest first)' -r
complete -c authz -n "__fish_authz_using_subcommand log" -l authz -d 'Only events of this authorization' -r
complete -c authz -n "__fish_authz_using_subcommand log" -l workflow -d 'Only events of this workflow' -r
complete -c authz -n "__fish_authz_using_subcommand log" -l since -d 'Only events since TIME (RFC 3339, a date, or an age such as 2h or 7d)' -r
complete -c authz -n "__fish_authz_using_subcommand log" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand log" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand log" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand log" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand log" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand log" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand log" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand log" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand log" -l wide -d 'Every column whole: on a terminal the table is otherwise fitted to its width'
complete -c authz -n "__fish_authz_using_subcommand log" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand log" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand log" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand log" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand log" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand log" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand audit" -l email -d 'Offboarding review of one person: their authorizations, the workflows that depend on them, and the commands that would move those workflows' -r
complete -c authz -n "__fish_authz_using_subcommand audit" -l max-secret-age -d 'Flag vault entries whose newest version is older than this many days' -r
complete -c authz -n "__fish_authz_using_subcommand audit" -l fail-on -d 'Exit with code 3 when a finding is at least this severe' -r -f -a "info\t''
warning\t''
high\t''"
complete -c authz -n "__fish_authz_using_subcommand audit" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand audit" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand audit" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand audit" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand audit" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand audit" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand audit" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand audit" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand audit" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand audit" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand audit" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand audit" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand audit" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand audit" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use create delete help" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use create delete help" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use create delete help" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use create delete help" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use create delete help" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use create delete help" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use create delete help" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use create delete help" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use create delete help" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use create delete help" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use create delete help" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use create delete help" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use create delete help" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use create delete help" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use create delete help" -f -a "list" -d 'List the profiles, marking the current one'
complete -c authz -n "__fish_authz_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use create delete help" -f -a "ls" -d 'List the profiles, marking the current one'
complete -c authz -n "__fish_authz_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use create delete help" -f -a "show" -d 'Show a profile: its store, issuer and client id [default: the current one]'
complete -c authz -n "__fish_authz_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use create delete help" -f -a "use" -d 'Make NAME the current profile (remembered in $XDG_CONFIG_HOME/authz/config.json)'
complete -c authz -n "__fish_authz_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use create delete help" -f -a "create" -d 'Create a profile: its own SQLite store, or one it remembers with --store URL'
complete -c authz -n "__fish_authz_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use create delete help" -f -a "delete" -d 'Delete a profile and its SQLite store (a --store URL\'s store is only forgotten); never the current one; one with authorizations only after a yes or --yes'
complete -c authz -n "__fish_authz_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use create delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from list" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from list" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from list" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from list" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from list" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from list" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from list" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from list" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from ls" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from ls" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from ls" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from ls" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from ls" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from ls" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from ls" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from ls" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from show" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from show" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from show" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from show" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from show" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from show" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from show" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from show" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from show" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from use" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from use" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from use" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from use" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from use" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from use" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from use" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from use" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from use" -l create -d 'Create the profile\'s store if it does not exist yet'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from use" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from use" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from create" -l store -d 'The store this profile uses: postgres://USER@HOST:PORT/DBNAME or sqlite:PATH (checked by connecting now; never with a password in it). With the global --secrets, the profile also remembers where its tokens are' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from create" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from create" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from create" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from create" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from create" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from create" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from create" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from create" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from create" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from delete" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from delete" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from delete" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from delete" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from delete" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from delete" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from delete" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from delete" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from delete" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the profiles, marking the current one'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a profile: its store, issuer and client id [default: the current one]'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make NAME the current profile (remembered in $XDG_CONFIG_HOME/authz/config.json)'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a profile: its own SQLite store, or one it remembers with --store URL'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a profile and its SQLite store (a --store URL\'s store is only forgotten); never the current one; one with authorizations only after a yes or --yes'
complete -c authz -n "__fish_authz_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authz -n "__fish_authz_using_subcommand org; and not __fish_seen_subcommand_from init help" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand org; and not __fish_seen_subcommand_from init help" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand org; and not __fish_seen_subcommand_from init help" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand org; and not __fish_seen_subcommand_from init help" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand org; and not __fish_seen_subcommand_from init help" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand org; and not __fish_seen_subcommand_from init help" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand org; and not __fish_seen_subcommand_from init help" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand org; and not __fish_seen_subcommand_from init help" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand org; and not __fish_seen_subcommand_from init help" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand org; and not __fish_seen_subcommand_from init help" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand org; and not __fish_seen_subcommand_from init help" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand org; and not __fish_seen_subcommand_from init help" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand org; and not __fish_seen_subcommand_from init help" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand org; and not __fish_seen_subcommand_from init help" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand org; and not __fish_seen_subcommand_from init help" -f -a "init" -d 'Create the schema and the roles authz_admin, authz_operator, authz_runner, authz_auditor with their grants (run once, as the database owner; safe to re-run)'
complete -c authz -n "__fish_authz_using_subcommand org; and not __fish_seen_subcommand_from init help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authz -n "__fish_authz_using_subcommand org; and __fish_seen_subcommand_from init" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand org; and __fish_seen_subcommand_from init" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand org; and __fish_seen_subcommand_from init" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand org; and __fish_seen_subcommand_from init" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand org; and __fish_seen_subcommand_from init" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand org; and __fish_seen_subcommand_from init" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand org; and __fish_seen_subcommand_from init" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand org; and __fish_seen_subcommand_from init" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand org; and __fish_seen_subcommand_from init" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand org; and __fish_seen_subcommand_from init" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand org; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand org; and __fish_seen_subcommand_from init" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand org; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand org; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "init" -d 'Create the schema and the roles authz_admin, authz_operator, authz_runner, authz_auditor with their grants (run once, as the database owner; safe to re-run)'
complete -c authz -n "__fish_authz_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authz -n "__fish_authz_using_subcommand export" -s o -l output -d 'Write to this file instead of stdout (created 0600)' -r -F
complete -c authz -n "__fish_authz_using_subcommand export" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand export" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand export" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand export" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand export" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand export" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand export" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand export" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand export" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand export" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand export" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand export" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand export" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand export" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand import" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand import" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand import" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand import" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand import" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand import" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand import" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand import" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand import" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand import" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand import" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand import" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand import" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand import" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand doctor" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand doctor" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand doctor" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand doctor" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand doctor" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand doctor" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand doctor" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand doctor" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand doctor" -l dry-run -d 'Report what would be repaired; change nothing'
complete -c authz -n "__fish_authz_using_subcommand doctor" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand doctor" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand doctor" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand doctor" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand secrets; and not __fish_seen_subcommand_from migrate help" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand secrets; and not __fish_seen_subcommand_from migrate help" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand secrets; and not __fish_seen_subcommand_from migrate help" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand secrets; and not __fish_seen_subcommand_from migrate help" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand secrets; and not __fish_seen_subcommand_from migrate help" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand secrets; and not __fish_seen_subcommand_from migrate help" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand secrets; and not __fish_seen_subcommand_from migrate help" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand secrets; and not __fish_seen_subcommand_from migrate help" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand secrets; and not __fish_seen_subcommand_from migrate help" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand secrets; and not __fish_seen_subcommand_from migrate help" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand secrets; and not __fish_seen_subcommand_from migrate help" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand secrets; and not __fish_seen_subcommand_from migrate help" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand secrets; and not __fish_seen_subcommand_from migrate help" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand secrets; and not __fish_seen_subcommand_from migrate help" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand secrets; and not __fish_seen_subcommand_from migrate help" -f -a "migrate" -d 'Move every authorization\'s tokens from this run\'s backend to BACKEND, verifying each at the destination before deleting it at the source; safe to run again'
complete -c authz -n "__fish_authz_using_subcommand secrets; and not __fish_seen_subcommand_from migrate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authz -n "__fish_authz_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -l to -d 'The destination: keyring, or openbao[:MOUNT/PREFIX]' -r
complete -c authz -n "__fish_authz_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -l dry-run -d 'Print what would move; change nothing'
complete -c authz -n "__fish_authz_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Move every authorization\'s tokens from this run\'s backend to BACKEND, verifying each at the destination before deleting it at the source; safe to run again'
complete -c authz -n "__fish_authz_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authz -n "__fish_authz_using_subcommand completions" -l store -d 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile' -r
complete -c authz -n "__fish_authz_using_subcommand completions" -l db -d 'The store (SQLite); wins over --profile [default: the profile\'s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]' -r -F
complete -c authz -n "__fish_authz_using_subcommand completions" -l profile -d 'Use this profile\'s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]' -r
complete -c authz -n "__fish_authz_using_subcommand completions" -l secrets -d 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile\'s, else keyring]' -r
complete -c authz -n "__fish_authz_using_subcommand completions" -l issuer -d 'The OpenID provider\'s issuer URL (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand completions" -l client-id -d 'The OAuth client id registered for authz (remembered in the store after first use)' -r
complete -c authz -n "__fish_authz_using_subcommand completions" -l ca-file -d 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)' -r -F
complete -c authz -n "__fish_authz_using_subcommand completions" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c authz -n "__fish_authz_using_subcommand completions" -l json -d 'Machine output: JSON on stdout, errors as JSON on stderr'
complete -c authz -n "__fish_authz_using_subcommand completions" -s y -l yes -d 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)'
complete -c authz -n "__fish_authz_using_subcommand completions" -s q -l quiet -d 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print'
complete -c authz -n "__fish_authz_using_subcommand completions" -s v -l verbose -d 'Print more about what happens (never secrets)'
complete -c authz -n "__fish_authz_using_subcommand completions" -s h -l help -d 'Print help'
complete -c authz -n "__fish_authz_using_subcommand completions" -s V -l version -d 'Print version'
complete -c authz -n "__fish_authz_using_subcommand help; and not __fish_seen_subcommand_from list show add token test edit revoke reassign workflow authorizer verify vault run git-credential docker-credential log audit profile org export import doctor secrets completions help" -f -a "list" -d 'List authorizations: email, created, workflows'
complete -c authz -n "__fish_authz_using_subcommand help; and not __fish_seen_subcommand_from list show add token test edit revoke reassign workflow authorizer verify vault run git-credential docker-credential log audit profile org export import doctor secrets completions help" -f -a "show" -d 'Show everything about one authorization'
complete -c authz -n "__fish_authz_using_subcommand help; and not __fish_seen_subcommand_from list show add token test edit revoke reassign workflow authorizer verify vault run git-credential docker-credential log audit profile org export import doctor secrets completions help" -f -a "add" -d 'Create an authorization by logging in (browser, or a code on another device)'
complete -c authz -n "__fish_authz_using_subcommand help; and not __fish_seen_subcommand_from list show add token test edit revoke reassign workflow authorizer verify vault run git-credential docker-credential log audit profile org export import doctor secrets completions help" -f -a "token" -d 'Print a fresh access token for an authorization or a workflow (for the workflow runner)'
complete -c authz -n "__fish_authz_using_subcommand help; and not __fish_seen_subcommand_from list show add token test edit revoke reassign workflow authorizer verify vault run git-credential docker-credential log audit profile org export import doctor secrets completions help" -f -a "test" -d 'Check that an authorization still works: get a token and ask the provider who it is'
complete -c authz -n "__fish_authz_using_subcommand help; and not __fish_seen_subcommand_from list show add token test edit revoke reassign workflow authorizer verify vault run git-credential docker-credential log audit profile org export import doctor secrets completions help" -f -a "edit" -d 'Change an authorization\'s label, or mark it service-owned or personal'
complete -c authz -n "__fish_authz_using_subcommand help; and not __fish_seen_subcommand_from list show add token test edit revoke reassign workflow authorizer verify vault run git-credential docker-credential log audit profile org export import doctor secrets completions help" -f -a "revoke" -d 'Revoke an authorization; refused while workflows use it unless --replace moves them'
complete -c authz -n "__fish_authz_using_subcommand help; and not __fish_seen_subcommand_from list show add token test edit revoke reassign workflow authorizer verify vault run git-credential docker-credential log audit profile org export import doctor secrets completions help" -f -a "reassign" -d 'Move workflows from one authorization to another'
complete -c authz -n "__fish_authz_using_subcommand help; and not __fish_seen_subcommand_from list show add token test edit revoke reassign workflow authorizer verify vault run git-credential docker-credential log audit profile org export import doctor secrets completions help" -f -a "workflow" -d 'Manage workflows and the authorization each one uses'
complete -c authz -n "__fish_authz_using_subcommand help; and not __fish_seen_subcommand_from list show add token test edit revoke reassign workflow authorizer verify vault run git-credential docker-credential log audit profile org export import doctor secrets completions help" -f -a "authorizer" -d 'Authorizers: the JWT checks that decide who may trigger an inbound workflow'
complete -c authz -n "__fish_authz_using_subcommand help; and not __fish_seen_subcommand_from list show add token test edit revoke reassign workflow authorizer verify vault run git-credential docker-credential log audit profile org export import doctor secrets completions help" -f -a "verify" -d 'Verify inbound JWTs (one per line on stdin) with a workflow\'s authorizer; one JSON line per token, exit 9 when any is rejected'
complete -c authz -n "__fish_authz_using_subcommand help; and not __fish_seen_subcommand_from list show add token test edit revoke reassign workflow authorizer verify vault run git-credential docker-credential log audit profile org export import doctor secrets completions help" -f -a "vault" -d 'The workflow vault: API tokens, passwords and signing keys that workflows use'
complete -c authz -n "__fish_authz_using_subcommand help; and not __fish_seen_subcommand_from list show add token test edit revoke reassign workflow authorizer verify vault run git-credential docker-credential log audit profile org export import doctor secrets completions help" -f -a "run" -d 'Run a command with a workflow\'s access token and vault secrets in its environment'
complete -c authz -n "__fish_authz_using_subcommand help; and not __fish_seen_subcommand_from list show add token test edit revoke reassign workflow authorizer verify vault run git-credential docker-credential log audit profile org export import doctor secrets completions help" -f -a "git-credential" -d 'git\'s credential helper: answers git with a workflow\'s fresh access token (`setup` writes the git config line)'
complete -c authz -n "__fish_authz_using_subcommand help; and not __fish_seen_subcommand_from list show add token test edit revoke reassign workflow authorizer verify vault run git-credential docker-credential log audit profile org export import doctor secrets completions help" -f -a "docker-credential" -d 'Docker\'s credential helper (also run as `docker-credential-authz`): a registry\'s workflow token (`setup` maps a registry to a workflow)'
complete -c authz -n "__fish_authz_using_subcommand help; and not __fish_seen_subcommand_from list show add token test edit revoke reassign workflow authorizer verify vault run git-credential docker-credential log audit profile org export import doctor secrets completions help" -f -a "log" -d 'Show the event log: every change, when and by whom'
complete -c authz -n "__fish_authz_using_subcommand help; and not __fish_seen_subcommand_from list show add token test edit revoke reassign workflow authorizer verify vault run git-credential docker-credential log audit profile org export import doctor secrets completions help" -f -a "audit" -d 'Check the store against the best practices; with --email, an offboarding review'
complete -c authz -n "__fish_authz_using_subcommand help; and not __fish_seen_subcommand_from list show add token test edit revoke reassign workflow authorizer verify vault run git-credential docker-credential log audit profile org export import doctor secrets completions help" -f -a "profile" -d 'Named stores, each with its own provider settings: list, show, choose the current one'
complete -c authz -n "__fish_authz_using_subcommand help; and not __fish_seen_subcommand_from list show add token test edit revoke reassign workflow authorizer verify vault run git-credential docker-credential log audit profile org export import doctor secrets completions help" -f -a "org" -d 'The organization\'s store on PostgreSQL: schema, roles and grants (docs/organization.md)'
complete -c authz -n "__fish_authz_using_subcommand help; and not __fish_seen_subcommand_from list show add token test edit revoke reassign workflow authorizer verify vault run git-credential docker-credential log audit profile org export import doctor secrets completions help" -f -a "export" -d 'Write the whole store (metadata, never secrets) as one JSON document'
complete -c authz -n "__fish_authz_using_subcommand help; and not __fish_seen_subcommand_from list show add token test edit revoke reassign workflow authorizer verify vault run git-credential docker-credential log audit profile org export import doctor secrets completions help" -f -a "import" -d 'Load a document written by `authz export` (all or nothing)'
complete -c authz -n "__fish_authz_using_subcommand help; and not __fish_seen_subcommand_from list show add token test edit revoke reassign workflow authorizer verify vault run git-credential docker-credential log audit profile org export import doctor secrets completions help" -f -a "doctor" -d 'Find and repair what an interrupted command left: stored tokens (keyring or OpenBao) without an authorization, active ones without their refresh token, unfinished revokes'
complete -c authz -n "__fish_authz_using_subcommand help; and not __fish_seen_subcommand_from list show add token test edit revoke reassign workflow authorizer verify vault run git-credential docker-credential log audit profile org export import doctor secrets completions help" -f -a "secrets" -d 'The secret backend: move every authorization\'s tokens to another one'
complete -c authz -n "__fish_authz_using_subcommand help; and not __fish_seen_subcommand_from list show add token test edit revoke reassign workflow authorizer verify vault run git-credential docker-credential log audit profile org export import doctor secrets completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c authz -n "__fish_authz_using_subcommand help; and not __fish_seen_subcommand_from list show add token test edit revoke reassign workflow authorizer verify vault run git-credential docker-credential log audit profile org export import doctor secrets completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from workflow" -f -a "create" -d 'Create a workflow that uses an authorization'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from workflow" -f -a "edit" -d 'Change a workflow\'s authorization, owner or required scopes'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from workflow" -f -a "list" -d 'List workflows'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from workflow" -f -a "show" -d 'Show everything about one workflow: authorization, owner, scopes, secrets, last runs'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from workflow" -f -a "delete" -d 'Delete a workflow'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from workflow" -f -a "import" -d 'Create or update workflows in bulk from JSON (an array, or JSON lines); all or nothing'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from authorizer" -f -a "create" -d 'Create an authorizer: an issuer, audiences and a key set (a JWKS URL or file, or a vault signing key)'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from authorizer" -f -a "list" -d 'List authorizers'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from authorizer" -f -a "show" -d 'Show one authorizer and the workflows it guards'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from authorizer" -f -a "edit" -d 'Change an authorizer; options given replace the old values'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from authorizer" -f -a "delete" -d 'Delete an authorizer; refused while workflows use it unless --replace moves them'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from authorizer" -f -a "keys" -d 'Print, as a JWKS, the keys the authorizer would use now (HMAC secrets left out)'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from authorizer" -f -a "verify" -d 'Verify JWTs read from stdin, one per line; one JSON line per token, exit 9 when any is rejected'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from authorizer" -f -a "sign" -d 'Mint a token that passes this vault-backed authorizer, for staging; printed on stdout'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from vault" -f -a "set" -d 'Store a value (from stdin, a hidden prompt on a terminal, or --from-file; never argv), kept byte for byte; an existing NAME gets a new version (none when the value is the one it has: `unchanged`)'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from vault" -f -a "list" -d 'List the vault entries (never their values)'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from vault" -f -a "show" -d 'Show an entry: metadata, versions and the workflows using it (never the value)'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from vault" -f -a "get" -d 'Print an entry\'s value on stdout, exactly as stored (for runners and scripts)'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from vault" -f -a "history" -d 'List an entry\'s versions'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from vault" -f -a "rollback" -d 'Make an earlier version\'s value the newest version'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from vault" -f -a "delete" -d 'Delete an entry and every version of its value; refused while workflows use it unless --replace moves them'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from vault" -f -a "generate" -d 'Make a signing key pair inside authz (a new entry, or a new version: a rotation)'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from vault" -f -a "public" -d 'Print the public key of a signing key'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List the profiles, marking the current one'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show a profile: its store, issuer and client id [default: the current one]'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make NAME the current profile (remembered in $XDG_CONFIG_HOME/authz/config.json)'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "create" -d 'Create a profile: its own SQLite store, or one it remembers with --store URL'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "delete" -d 'Delete a profile and its SQLite store (a --store URL\'s store is only forgotten); never the current one; one with authorizations only after a yes or --yes'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "init" -d 'Create the schema and the roles authz_admin, authz_operator, authz_runner, authz_auditor with their grants (run once, as the database owner; safe to re-run)'
complete -c authz -n "__fish_authz_using_subcommand help; and __fish_seen_subcommand_from secrets" -f -a "migrate" -d 'Move every authorization\'s tokens from this run\'s backend to BACKEND, verifying each at the destination before deleting it at the source; safe to run again'
