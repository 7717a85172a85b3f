
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'authz' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'authz'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'authz' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List authorizations: email, created, workflows')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List authorizations: email, created, workflows')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show everything about one authorization')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create an authorization by logging in (browser, or a code on another device)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print a fresh access token for an authorization or a workflow (for the workflow runner)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Check that an authorization still works: get a token and ask the provider who it is')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an authorization''s label, or mark it service-owned or personal')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an authorization; refused while workflows use it unless --replace moves them')
            [CompletionResult]::new('reassign', 'reassign', [CompletionResultType]::ParameterValue, 'Move workflows from one authorization to another')
            [CompletionResult]::new('workflow', 'workflow', [CompletionResultType]::ParameterValue, 'Manage workflows and the authorization each one uses')
            [CompletionResult]::new('authorizer', 'authorizer', [CompletionResultType]::ParameterValue, 'Authorizers: the JWT checks that decide who may trigger an inbound workflow')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify inbound JWTs (one per line on stdin) with a workflow''s authorizer; one JSON line per token, exit 9 when any is rejected')
            [CompletionResult]::new('vault', 'vault', [CompletionResultType]::ParameterValue, 'The workflow vault: API tokens, passwords and signing keys that workflows use')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a command with a workflow''s access token and vault secrets in its environment')
            [CompletionResult]::new('git-credential', 'git-credential', [CompletionResultType]::ParameterValue, 'git''s credential helper: answers git with a workflow''s fresh access token (`setup` writes the git config line)')
            [CompletionResult]::new('docker-credential', 'docker-credential', [CompletionResultType]::ParameterValue, 'Docker''s credential helper (also run as `docker-credential-authz`): a registry''s workflow token (`setup` maps a registry to a workflow)')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Show the event log: every change, when and by whom')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Check the store against the best practices; with --email, an offboarding review')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Named stores, each with its own provider settings: list, show, choose the current one')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'The organization''s store on PostgreSQL: schema, roles and grants (docs/organization.md)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the whole store (metadata, never secrets) as one JSON document')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Load a document written by `authz export` (all or nothing)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Find and repair what an interrupted command left: stored tokens (keyring or OpenBao) without an authorization, active ones without their refresh token, unfinished revokes')
            [CompletionResult]::new('secrets', 'secrets', [CompletionResultType]::ParameterValue, 'The secret backend: move every authorization''s tokens to another one')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authz;list' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include revoked authorizations')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Every column whole (as `kubectl get -o wide`): on a terminal the table is otherwise fitted to its width, long cells cut with `…`, ids shortened to a unique prefix; never when stdout is not a terminal')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;ls' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include revoked authorizations')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Every column whole (as `kubectl get -o wide`): on a terminal the table is otherwise fitted to its width, long cells cut with `…`, ids shortened to a unique prefix; never when stdout is not a terminal')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;add' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Scopes to request besides `openid email` (and `offline_access` where the provider has it) (repeatable)')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scopes to request besides `openid email` (and `offline_access` where the provider has it) (repeatable)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'A note shown in lists')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Loopback port for the redirect (for `ssh -L PORT:127.0.0.1:PORT`, or a provider that only accepts the exact redirect URI registered); remembered for this issuer after a successful login, 0 to let the OS choose again [default: the remembered one, else chosen by the OS]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the login to finish')
            [CompletionResult]::new('--reauth', '--reauth', [CompletionResultType]::ParameterName, 'Log in again for an existing authorization (same account required); keeps its workflows. Logging in as an account that already has an authorization does this by itself')
            [CompletionResult]::new('--email-claim', '--email-claim', [CompletionResultType]::ParameterName, 'The userinfo claim that names the account, for providers without a usable `email` (e.g. `preferred_username`, `upn`); remembered for this issuer [default: email]')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'The client secret, for providers that give a native app one (a confidential client): a file holding it alone, or the client JSON a console downloads (Google''s `client_secret_*.json`: its client id is used too); `-` reads stdin. Kept in the secret backend, never in the store; remembered with the client id')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the client authenticates at the token and revocation endpoints; remembered with the client id [default: with a secret, basic or post as the provider''s metadata says (basic first); with --client-key, private-key-jwt; else none]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The vault signing key of private_key_jwt (RFC 7523): `authz vault generate KEY --alg ES256`, then register `authz vault public KEY` at the provider')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--service-account', '--service-account', [CompletionResultType]::ParameterName, 'The account is a service-owned operator account, not a person''s')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Do not open a browser; only print the URL')
            [CompletionResult]::new('--device', '--device', [CompletionResultType]::ParameterName, 'Log in with a code entered on any device (OAuth device grant, RFC 8628); chosen automatically when no browser can start here and the provider offers it')
            [CompletionResult]::new('--paste', '--paste', [CompletionResultType]::ParameterName, 'Also read the redirect URL from stdin when it is not a terminal (e.g. `ssh host authz add` without -t); on a terminal pasting always works')
            [CompletionResult]::new('--new', '--new', [CompletionResultType]::ParameterName, 'Create a second authorization even when the account already has one (by default a login for a known account replaces that authorization''s tokens in place)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;token' {
            [CompletionResult]::new('--workflow', '--workflow', [CompletionResultType]::ParameterName, 'The workflow whose authorization to use')
            [CompletionResult]::new('--margin', '--margin', [CompletionResultType]::ParameterName, 'Refresh when the cached token expires within this many seconds')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output: the bare token (default), json ({access_token, token_type, expires_at, scope}) or exec-credential (kubectl''s ExecCredential, for a kubeconfig `exec` user)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;test' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;edit' {
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'A note shown in lists (an empty string removes it)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--service-account', '--service-account', [CompletionResultType]::ParameterName, 'The account is a service-owned operator account, not a person''s')
            [CompletionResult]::new('--personal', '--personal', [CompletionResultType]::ParameterName, 'The account is a person''s (who may leave the organization)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;revoke' {
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Move every workflow that uses AUTHZ to NEW first, in the same transaction')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would happen; change nothing')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'With --replace: do not check NEW against the provider first (offline use)')
            [CompletionResult]::new('--keep-tokens', '--keep-tokens', [CompletionResultType]::ParameterName, 'If the provider refuses the revocation for good (HTTP 401/403), keep the tokens in the secret store to retry later instead of deleting them')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;reassign' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The authorization the workflows use now')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The authorization they should use')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Move only these workflows (repeatable) [default: all of --from''s]')
            [CompletionResult]::new('--workflow', '--workflow', [CompletionResultType]::ParameterName, 'Move only these workflows (repeatable) [default: all of --from''s]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print exactly what would move; change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;workflow' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a workflow that uses an authorization')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a workflow''s authorization, owner or required scopes')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workflows')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List workflows')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show everything about one workflow: authorization, owner, scopes, secrets, last runs')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a workflow')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update workflows in bulk from JSON (an array, or JSON lines); all or nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authz;workflow;create' {
            [CompletionResult]::new('--authz', '--authz', [CompletionResultType]::ParameterName, 'The authorization it uses (id or email)')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Who owns the workflow operationally')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'A scope the workflow requires (repeatable)')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'A scope the workflow requires (repeatable)')
            [CompletionResult]::new('--use-secret', '--use-secret', [CompletionResultType]::ParameterName, 'A vault entry the workflow uses, in $ENV_NAME [default: NAME upper-cased, other characters as _] (repeatable)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;workflow;edit' {
            [CompletionResult]::new('--authz', '--authz', [CompletionResultType]::ParameterName, 'Move it to this authorization (id or email)')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'New owner')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Replace the required scopes (repeatable)')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Replace the required scopes (repeatable)')
            [CompletionResult]::new('--authorizer', '--authorizer', [CompletionResultType]::ParameterName, 'Guard the workflow with this authorizer (its inbound tokens are judged by it)')
            [CompletionResult]::new('--use-secret', '--use-secret', [CompletionResultType]::ParameterName, 'Use a vault entry, in $ENV_NAME [default: NAME upper-cased, other characters as _]; a secret already used gets the new name (repeatable)')
            [CompletionResult]::new('--drop-secret', '--drop-secret', [CompletionResultType]::ParameterName, 'Stop using a vault entry (repeatable)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--no-authorizer', '--no-authorizer', [CompletionResultType]::ParameterName, 'Remove the workflow''s authorizer')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;workflow;list' {
            [CompletionResult]::new('--authz', '--authz', [CompletionResultType]::ParameterName, 'Only the workflows of this authorization')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;workflow;ls' {
            [CompletionResult]::new('--authz', '--authz', [CompletionResultType]::ParameterName, 'Only the workflows of this authorization')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;workflow;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;workflow;delete' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;workflow;import' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate and report; change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;workflow;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a workflow that uses an authorization')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a workflow''s authorization, owner or required scopes')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workflows')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show everything about one workflow: authorization, owner, scopes, secrets, last runs')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a workflow')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update workflows in bulk from JSON (an array, or JSON lines); all or nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authz;workflow;help;create' {
            break
        }
        'authz;workflow;help;edit' {
            break
        }
        'authz;workflow;help;list' {
            break
        }
        'authz;workflow;help;show' {
            break
        }
        'authz;workflow;help;delete' {
            break
        }
        'authz;workflow;help;import' {
            break
        }
        'authz;workflow;help;help' {
            break
        }
        'authz;authorizer' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an authorizer: an issuer, audiences and a key set (a JWKS URL or file, or a vault signing key)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List authorizers')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List authorizers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one authorizer and the workflows it guards')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an authorizer; options given replace the old values')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an authorizer; refused while workflows use it unless --replace moves them')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Print, as a JWKS, the keys the authorizer would use now (HMAC secrets left out)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify JWTs read from stdin, one per line; one JSON line per token, exit 9 when any is rejected')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Mint a token that passes this vault-backed authorizer, for staging; printed on stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authz;authorizer;create' {
            [CompletionResult]::new('--iss', '--iss', [CompletionResultType]::ParameterName, 'The issuer tokens must name in `iss`, exactly')
            [CompletionResult]::new('--aud', '--aud', [CompletionResultType]::ParameterName, 'An audience a token''s `aud` must hold (repeatable; one match is enough)')
            [CompletionResult]::new('--jwks-url', '--jwks-url', [CompletionResultType]::ParameterName, 'The JWKS endpoint (https://), fetched and cached; trusted through --ca-file')
            [CompletionResult]::new('--jwks-file', '--jwks-file', [CompletionResultType]::ParameterName, 'A JWKS file, read on every use (0600 when it holds an HMAC secret)')
            [CompletionResult]::new('--vault-key', '--vault-key', [CompletionResultType]::ParameterName, 'A vault signing key (`authz vault generate`; tokens name kid NAME-vN) or an HMAC secret (`authz vault set --kind signing-key`, with --alg HS256|HS384|HS512)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'An allowed algorithm (repeatable): HS256/384/512, RS256/384/512, PS256/384/512, ES256, ES384, EdDSA [default: the algorithms the keys declare]')
            [CompletionResult]::new('--leeway', '--leeway', [CompletionResultType]::ParameterName, 'Seconds of clock skew forgiven by every time check, at most 300 [default: 60]')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Require this `typ` header, e.g. at+jwt (case-insensitive, `application/` optional); an empty value removes the requirement')
            [CompletionResult]::new('--require-scope', '--require-scope', [CompletionResultType]::ParameterName, 'A scope that must be in `scope` or `scp` (repeatable; an empty value clears them)')
            [CompletionResult]::new('--require-claim', '--require-claim', [CompletionResultType]::ParameterName, 'A claim that must be present and equal (repeatable; an empty value clears them)')
            [CompletionResult]::new('--max-lifetime', '--max-lifetime', [CompletionResultType]::ParameterName, 'Refuse tokens whose `exp - iat` is longer than this (0 removes the limit)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;authorizer;list' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;authorizer;ls' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;authorizer;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;authorizer;edit' {
            [CompletionResult]::new('--iss', '--iss', [CompletionResultType]::ParameterName, 'New issuer')
            [CompletionResult]::new('--aud', '--aud', [CompletionResultType]::ParameterName, 'Replace the audiences (repeatable)')
            [CompletionResult]::new('--jwks-url', '--jwks-url', [CompletionResultType]::ParameterName, 'Take the keys from this JWKS endpoint instead')
            [CompletionResult]::new('--jwks-file', '--jwks-file', [CompletionResultType]::ParameterName, 'Take the keys from this JWKS file instead')
            [CompletionResult]::new('--vault-key', '--vault-key', [CompletionResultType]::ParameterName, 'Take the keys from this vault signing key or HMAC secret instead')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'An allowed algorithm (repeatable): HS256/384/512, RS256/384/512, PS256/384/512, ES256, ES384, EdDSA [default: the algorithms the keys declare]')
            [CompletionResult]::new('--leeway', '--leeway', [CompletionResultType]::ParameterName, 'Seconds of clock skew forgiven by every time check, at most 300 [default: 60]')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Require this `typ` header, e.g. at+jwt (case-insensitive, `application/` optional); an empty value removes the requirement')
            [CompletionResult]::new('--require-scope', '--require-scope', [CompletionResultType]::ParameterName, 'A scope that must be in `scope` or `scp` (repeatable; an empty value clears them)')
            [CompletionResult]::new('--require-claim', '--require-claim', [CompletionResultType]::ParameterName, 'A claim that must be present and equal (repeatable; an empty value clears them)')
            [CompletionResult]::new('--max-lifetime', '--max-lifetime', [CompletionResultType]::ParameterName, 'Refuse tokens whose `exp - iat` is longer than this (0 removes the limit)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;authorizer;delete' {
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Put every workflow guarded by NAME under OTHER first, in the same transaction')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;authorizer;keys' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;authorizer;verify' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;authorizer;sign' {
            [CompletionResult]::new('--vault-key', '--vault-key', [CompletionResultType]::ParameterName, 'The vault signing key the authorizer verifies with [default: the authorizer''s own]')
            [CompletionResult]::new('--claims', '--claims', [CompletionResultType]::ParameterName, 'More claims, as a JSON object (iss, aud, iat and exp are set by authz)')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Seconds until the token expires [default: 300, or the authorizer''s max lifetime when shorter]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;authorizer;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an authorizer: an issuer, audiences and a key set (a JWKS URL or file, or a vault signing key)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List authorizers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one authorizer and the workflows it guards')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an authorizer; options given replace the old values')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an authorizer; refused while workflows use it unless --replace moves them')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Print, as a JWKS, the keys the authorizer would use now (HMAC secrets left out)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify JWTs read from stdin, one per line; one JSON line per token, exit 9 when any is rejected')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Mint a token that passes this vault-backed authorizer, for staging; printed on stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authz;authorizer;help;create' {
            break
        }
        'authz;authorizer;help;list' {
            break
        }
        'authz;authorizer;help;show' {
            break
        }
        'authz;authorizer;help;edit' {
            break
        }
        'authz;authorizer;help;delete' {
            break
        }
        'authz;authorizer;help;keys' {
            break
        }
        'authz;authorizer;help;verify' {
            break
        }
        'authz;authorizer;help;sign' {
            break
        }
        'authz;authorizer;help;help' {
            break
        }
        'authz;verify' {
            [CompletionResult]::new('--workflow', '--workflow', [CompletionResultType]::ParameterName, 'The workflow whose authorizer judges the tokens')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;vault' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store a value (from stdin, a hidden prompt on a terminal, or --from-file; never argv), kept byte for byte; an existing NAME gets a new version (none when the value is the one it has: `unchanged`)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the vault entries (never their values)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the vault entries (never their values)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an entry: metadata, versions and the workflows using it (never the value)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print an entry''s value on stdout, exactly as stored (for runners and scripts)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List an entry''s versions')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Make an earlier version''s value the newest version')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an entry and every version of its value; refused while workflows use it unless --replace moves them')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Make a signing key pair inside authz (a new entry, or a new version: a rotation)')
            [CompletionResult]::new('public', 'public', [CompletionResultType]::ParameterValue, 'Print the public key of a signing key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authz;vault;set' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'What the value is; required for a new entry [default: an existing entry''s kind]')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read the value from this file (all of its bytes) instead of stdin')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;vault;list' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;vault;ls' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;vault;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;vault;get' {
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'This version instead of the newest')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'authz;vault;history' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;vault;rollback' {
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'The version whose value becomes the newest')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'authz;vault;delete' {
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Move every workflow that uses NAME to OTHER first, in the same transaction (each keeps its environment variable name)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;vault;generate' {
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'The JWS algorithm: ES256 (ECDSA P-256), EdDSA (Ed25519) or RS256 (RSA 2048)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;vault;public' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'jwk: the newest version''s key; jwks: every version''s (kid NAME-vN); pem: SPKI PEM')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;vault;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store a value (from stdin, a hidden prompt on a terminal, or --from-file; never argv), kept byte for byte; an existing NAME gets a new version (none when the value is the one it has: `unchanged`)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the vault entries (never their values)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an entry: metadata, versions and the workflows using it (never the value)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print an entry''s value on stdout, exactly as stored (for runners and scripts)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List an entry''s versions')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Make an earlier version''s value the newest version')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an entry and every version of its value; refused while workflows use it unless --replace moves them')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Make a signing key pair inside authz (a new entry, or a new version: a rotation)')
            [CompletionResult]::new('public', 'public', [CompletionResultType]::ParameterValue, 'Print the public key of a signing key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authz;vault;help;set' {
            break
        }
        'authz;vault;help;list' {
            break
        }
        'authz;vault;help;show' {
            break
        }
        'authz;vault;help;get' {
            break
        }
        'authz;vault;help;history' {
            break
        }
        'authz;vault;help;rollback' {
            break
        }
        'authz;vault;help;delete' {
            break
        }
        'authz;vault;help;generate' {
            break
        }
        'authz;vault;help;public' {
            break
        }
        'authz;vault;help;help' {
            break
        }
        'authz;run' {
            [CompletionResult]::new('--workflow', '--workflow', [CompletionResultType]::ParameterName, 'The workflow whose authorization and secrets to use')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'The environment variable that gets the access token')
            [CompletionResult]::new('--margin', '--margin', [CompletionResultType]::ParameterName, 'Refresh when the cached token expires within this many seconds')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--mask', '--mask', [CompletionResultType]::ParameterName, 'Replace every secret it put in the command''s environment or token file (and their base64 and URL-encoded forms) in the command''s output with `<concealed by authz>` [default: on when $CI is set, as in a CI job]')
            [CompletionResult]::new('--no-mask', '--no-mask', [CompletionResultType]::ParameterName, 'Pass the command''s output through untouched, even in CI')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;git-credential' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'A host this helper answers for (repeatable); git''s requests for other hosts get no answer')
            [CompletionResult]::new('--workflow', '--workflow', [CompletionResultType]::ParameterName, 'The workflow whose token git gets')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'The username git sends: x-access-token, oauth2, email (the authorization''s) or any other text')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'setup: write the repository''s config (git config --local) instead of the user''s')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;docker-credential' {
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'setup: the registry (as in `credHelpers`, e.g. ghcr.io)')
            [CompletionResult]::new('--workflow', '--workflow', [CompletionResultType]::ParameterName, 'setup: the workflow whose token the registry gets')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'setup: the username Docker sends [default: oauth2accesstoken]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;log' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Only the newest N events (still printed oldest first)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Only the newest N events (still printed oldest first)')
            [CompletionResult]::new('--authz', '--authz', [CompletionResultType]::ParameterName, 'Only events of this authorization')
            [CompletionResult]::new('--workflow', '--workflow', [CompletionResultType]::ParameterName, 'Only events of this workflow')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only events since TIME (RFC 3339, a date, or an age such as 2h or 7d)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Every column whole: on a terminal the table is otherwise fitted to its width')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;audit' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Offboarding review of one person: their authorizations, the workflows that depend on them, and the commands that would move those workflows')
            [CompletionResult]::new('--max-secret-age', '--max-secret-age', [CompletionResultType]::ParameterName, 'Flag vault entries whose newest version is older than this many days')
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'Exit with code 3 when a finding is at least this severe')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;profile' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles, marking the current one')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the profiles, marking the current one')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile: its store, issuer and client id [default: the current one]')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make NAME the current profile (remembered in $XDG_CONFIG_HOME/authz/config.json)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a profile: its own SQLite store, or one it remembers with --store URL')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a profile and its SQLite store (a --store URL''s store is only forgotten); never the current one; one with authorizations only after a yes or --yes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authz;profile;list' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;profile;ls' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;profile;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;profile;use' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the profile''s store if it does not exist yet')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;profile;create' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store this profile uses: postgres://USER@HOST:PORT/DBNAME or sqlite:PATH (checked by connecting now; never with a password in it). With the global --secrets, the profile also remembers where its tokens are')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;profile;delete' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;profile;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles, marking the current one')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile: its store, issuer and client id [default: the current one]')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make NAME the current profile (remembered in $XDG_CONFIG_HOME/authz/config.json)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a profile: its own SQLite store, or one it remembers with --store URL')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a profile and its SQLite store (a --store URL''s store is only forgotten); never the current one; one with authorizations only after a yes or --yes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authz;profile;help;list' {
            break
        }
        'authz;profile;help;show' {
            break
        }
        'authz;profile;help;use' {
            break
        }
        'authz;profile;help;create' {
            break
        }
        'authz;profile;help;delete' {
            break
        }
        'authz;profile;help;help' {
            break
        }
        'authz;org' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the schema and the roles authz_admin, authz_operator, authz_runner, authz_auditor with their grants (run once, as the database owner; safe to re-run)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authz;org;init' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;org;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the schema and the roles authz_admin, authz_operator, authz_runner, authz_auditor with their grants (run once, as the database owner; safe to re-run)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authz;org;help;init' {
            break
        }
        'authz;org;help;help' {
            break
        }
        'authz;export' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout (created 0600)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout (created 0600)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;import' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;doctor' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would be repaired; change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;secrets' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move every authorization''s tokens from this run''s backend to BACKEND, verifying each at the destination before deleting it at the source; safe to run again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authz;secrets;migrate' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The destination: keyring, or openbao[:MOUNT/PREFIX]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would move; change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;secrets;help' {
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move every authorization''s tokens from this run''s backend to BACKEND, verifying each at the destination before deleting it at the source; safe to run again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authz;secrets;help;migrate' {
            break
        }
        'authz;secrets;help;help' {
            break
        }
        'authz;completions' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: postgres://USER@HOST:PORT/DBNAME (libpq rules: PG* variables, ~/.pgpass, sslmode; ?schema=NAME, default authz) or sqlite:PATH; wins over --profile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (SQLite); wins over --profile [default: the profile''s store, $XDG_DATA_HOME/authz/authz.db for "default", .../authz/profiles/NAME.db for others]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile''s store (and so its issuer and client id); --db wins over it [default: the one chosen by `authz profile use`, else "default"]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'Where tokens are kept: keyring, or openbao[:MOUNT/PREFIX] (OpenBao/Vault KV v2, default secret/authz; BAO_ADDR, BAO_TOKEN...). A profile remembers it [default: the profile''s, else keyring]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID provider''s issuer URL (remembered in the store after first use)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth client id registered for authz (remembered in the store after first use)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted root certificates, PEM (private CAs, TLS-intercepting proxies)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE asks for it anyway), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: JSON on stdout, errors as JSON on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; assume yes to confirmations (destructive commands ask only on a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results only: the data asked for (the new id for `add`), nothing for a change; errors and warnings still print')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what happens (never secrets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'authz;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List authorizations: email, created, workflows')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show everything about one authorization')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create an authorization by logging in (browser, or a code on another device)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print a fresh access token for an authorization or a workflow (for the workflow runner)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Check that an authorization still works: get a token and ask the provider who it is')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an authorization''s label, or mark it service-owned or personal')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an authorization; refused while workflows use it unless --replace moves them')
            [CompletionResult]::new('reassign', 'reassign', [CompletionResultType]::ParameterValue, 'Move workflows from one authorization to another')
            [CompletionResult]::new('workflow', 'workflow', [CompletionResultType]::ParameterValue, 'Manage workflows and the authorization each one uses')
            [CompletionResult]::new('authorizer', 'authorizer', [CompletionResultType]::ParameterValue, 'Authorizers: the JWT checks that decide who may trigger an inbound workflow')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify inbound JWTs (one per line on stdin) with a workflow''s authorizer; one JSON line per token, exit 9 when any is rejected')
            [CompletionResult]::new('vault', 'vault', [CompletionResultType]::ParameterValue, 'The workflow vault: API tokens, passwords and signing keys that workflows use')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a command with a workflow''s access token and vault secrets in its environment')
            [CompletionResult]::new('git-credential', 'git-credential', [CompletionResultType]::ParameterValue, 'git''s credential helper: answers git with a workflow''s fresh access token (`setup` writes the git config line)')
            [CompletionResult]::new('docker-credential', 'docker-credential', [CompletionResultType]::ParameterValue, 'Docker''s credential helper (also run as `docker-credential-authz`): a registry''s workflow token (`setup` maps a registry to a workflow)')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Show the event log: every change, when and by whom')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Check the store against the best practices; with --email, an offboarding review')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Named stores, each with its own provider settings: list, show, choose the current one')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'The organization''s store on PostgreSQL: schema, roles and grants (docs/organization.md)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the whole store (metadata, never secrets) as one JSON document')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Load a document written by `authz export` (all or nothing)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Find and repair what an interrupted command left: stored tokens (keyring or OpenBao) without an authorization, active ones without their refresh token, unfinished revokes')
            [CompletionResult]::new('secrets', 'secrets', [CompletionResultType]::ParameterValue, 'The secret backend: move every authorization''s tokens to another one')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'authz;help;list' {
            break
        }
        'authz;help;show' {
            break
        }
        'authz;help;add' {
            break
        }
        'authz;help;token' {
            break
        }
        'authz;help;test' {
            break
        }
        'authz;help;edit' {
            break
        }
        'authz;help;revoke' {
            break
        }
        'authz;help;reassign' {
            break
        }
        'authz;help;workflow' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a workflow that uses an authorization')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a workflow''s authorization, owner or required scopes')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workflows')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show everything about one workflow: authorization, owner, scopes, secrets, last runs')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a workflow')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update workflows in bulk from JSON (an array, or JSON lines); all or nothing')
            break
        }
        'authz;help;workflow;create' {
            break
        }
        'authz;help;workflow;edit' {
            break
        }
        'authz;help;workflow;list' {
            break
        }
        'authz;help;workflow;show' {
            break
        }
        'authz;help;workflow;delete' {
            break
        }
        'authz;help;workflow;import' {
            break
        }
        'authz;help;authorizer' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an authorizer: an issuer, audiences and a key set (a JWKS URL or file, or a vault signing key)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List authorizers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one authorizer and the workflows it guards')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an authorizer; options given replace the old values')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an authorizer; refused while workflows use it unless --replace moves them')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Print, as a JWKS, the keys the authorizer would use now (HMAC secrets left out)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify JWTs read from stdin, one per line; one JSON line per token, exit 9 when any is rejected')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Mint a token that passes this vault-backed authorizer, for staging; printed on stdout')
            break
        }
        'authz;help;authorizer;create' {
            break
        }
        'authz;help;authorizer;list' {
            break
        }
        'authz;help;authorizer;show' {
            break
        }
        'authz;help;authorizer;edit' {
            break
        }
        'authz;help;authorizer;delete' {
            break
        }
        'authz;help;authorizer;keys' {
            break
        }
        'authz;help;authorizer;verify' {
            break
        }
        'authz;help;authorizer;sign' {
            break
        }
        'authz;help;verify' {
            break
        }
        'authz;help;vault' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store a value (from stdin, a hidden prompt on a terminal, or --from-file; never argv), kept byte for byte; an existing NAME gets a new version (none when the value is the one it has: `unchanged`)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the vault entries (never their values)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an entry: metadata, versions and the workflows using it (never the value)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print an entry''s value on stdout, exactly as stored (for runners and scripts)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List an entry''s versions')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Make an earlier version''s value the newest version')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an entry and every version of its value; refused while workflows use it unless --replace moves them')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Make a signing key pair inside authz (a new entry, or a new version: a rotation)')
            [CompletionResult]::new('public', 'public', [CompletionResultType]::ParameterValue, 'Print the public key of a signing key')
            break
        }
        'authz;help;vault;set' {
            break
        }
        'authz;help;vault;list' {
            break
        }
        'authz;help;vault;show' {
            break
        }
        'authz;help;vault;get' {
            break
        }
        'authz;help;vault;history' {
            break
        }
        'authz;help;vault;rollback' {
            break
        }
        'authz;help;vault;delete' {
            break
        }
        'authz;help;vault;generate' {
            break
        }
        'authz;help;vault;public' {
            break
        }
        'authz;help;run' {
            break
        }
        'authz;help;git-credential' {
            break
        }
        'authz;help;docker-credential' {
            break
        }
        'authz;help;log' {
            break
        }
        'authz;help;audit' {
            break
        }
        'authz;help;profile' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles, marking the current one')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile: its store, issuer and client id [default: the current one]')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make NAME the current profile (remembered in $XDG_CONFIG_HOME/authz/config.json)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a profile: its own SQLite store, or one it remembers with --store URL')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a profile and its SQLite store (a --store URL''s store is only forgotten); never the current one; one with authorizations only after a yes or --yes')
            break
        }
        'authz;help;profile;list' {
            break
        }
        'authz;help;profile;show' {
            break
        }
        'authz;help;profile;use' {
            break
        }
        'authz;help;profile;create' {
            break
        }
        'authz;help;profile;delete' {
            break
        }
        'authz;help;org' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the schema and the roles authz_admin, authz_operator, authz_runner, authz_auditor with their grants (run once, as the database owner; safe to re-run)')
            break
        }
        'authz;help;org;init' {
            break
        }
        'authz;help;export' {
            break
        }
        'authz;help;import' {
            break
        }
        'authz;help;doctor' {
            break
        }
        'authz;help;secrets' {
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move every authorization''s tokens from this run''s backend to BACKEND, verifying each at the destination before deleting it at the source; safe to run again')
            break
        }
        'authz;help;secrets;migrate' {
            break
        }
        'authz;help;completions' {
            break
        }
        'authz;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
