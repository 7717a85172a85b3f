//! The OAuth 2 / OpenID Connect client: discovery and its checks, the authorization URL (PKCE
//! S256), code exchange (never retried), the RFC 8628 device grant (one request, one poll at a
//! time), refresh, RFC 7009 revocation and userinfo. Nothing secret is cached; every failure is
//! `Error::provider` (exit 5) with the provider's words escaped.

mod client_auth;
mod config;
mod id_token;

pub use crate::https::{Answered, CALL_BOUND, Http, HttpError, chain, read_ca_file};
pub use client_auth::{Credential, Endpoint, Method as ClientAuth, read_secret_file};
pub use config::{ProviderConfig, check_issuer};

use crate::domain::narrow::Needs;
use crate::domain::{Scopes, Timestamp};
use crate::error::{Error, Result, escape};
use crate::sensitive::Secret;
use oauth2::basic::{
    BasicErrorResponse, BasicErrorResponseType, BasicRevocationErrorResponse,
    BasicTokenIntrospectionResponse, BasicTokenType,
};
use oauth2::{
    AuthUrl, AuthorizationCode, ClientId, CsrfToken, DeviceAuthorizationUrl,
    DeviceCodeErrorResponse, DeviceCodeErrorResponseType, EndpointNotSet, EndpointSet,
    PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, RefreshToken, RequestTokenError,
    RevocationUrl, Scope, StandardDeviceAuthorizationResponse, StandardRevocableToken,
    StandardTokenResponse, TokenResponse, TokenUrl,
};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The provider metadata we use (OpenID Discovery 1.0 / RFC 8414). Public: it is not a secret
/// and may be cached.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Metadata {
    pub issuer: String,
    pub authorization_endpoint: String,
    pub token_endpoint: String,
    #[serde(default)]
    pub userinfo_endpoint: Option<String>,
    #[serde(default)]
    pub revocation_endpoint: Option<String>,
    /// RFC 8628: the provider offers the device grant (login with no browser on this machine).
    #[serde(default)]
    pub device_authorization_endpoint: Option<String>,
    #[serde(default)]
    pub code_challenge_methods_supported: Vec<String>,
    /// RFC 9207: the provider puts `iss` in every authorization response, so one without it is
    /// refused.
    #[serde(default)]
    pub authorization_response_iss_parameter_supported: bool,
    /// The scopes the provider says it knows; `None` when it does not publish them.
    #[serde(default)]
    pub scopes_supported: Option<Vec<String>>,
    /// How a client may authenticate to the revocation endpoint (RFC 8414); without `none`, a
    /// public client cannot revoke. `None` when not published.
    #[serde(default)]
    pub revocation_endpoint_auth_methods_supported: Option<Vec<String>>,
    /// How a client may authenticate to the token endpoint (`client_secret_basic`, ...); `None`
    /// when not published (then basic, RFC 6749 §2.3.1).
    #[serde(default)]
    pub token_endpoint_auth_methods_supported: Option<Vec<String>>,
}

/// The optional part of a metadata document, read to fill in what another one lacks.
#[derive(Deserialize)]
struct MoreMetadata {
    issuer: String,
    #[serde(default)]
    userinfo_endpoint: Option<String>,
    #[serde(default)]
    revocation_endpoint: Option<String>,
    #[serde(default)]
    device_authorization_endpoint: Option<String>,
    #[serde(default)]
    code_challenge_methods_supported: Option<Vec<String>>,
    #[serde(default)]
    authorization_response_iss_parameter_supported: Option<bool>,
    #[serde(default)]
    scopes_supported: Option<Vec<String>>,
    #[serde(default)]
    revocation_endpoint_auth_methods_supported: Option<Vec<String>>,
    #[serde(default)]
    token_endpoint_auth_methods_supported: Option<Vec<String>>,
}

impl Metadata {
    /// The provider says its revocation endpoint does not take `method`, the way this client
    /// authenticates (a public client: it wants a credential), so revoking cannot succeed.
    pub fn revocation_refuses(&self, method: ClientAuth) -> bool {
        self.revocation_endpoint.is_some()
            && !method.accepted_by(self.revocation_endpoint_auth_methods_supported.as_deref())
    }

    /// Whether a field authz uses is missing (another document may have it).
    fn lacks_something(&self) -> bool {
        self.userinfo_endpoint.is_none()
            || self.revocation_endpoint.is_none()
            || self.device_authorization_endpoint.is_none()
            || self.code_challenge_methods_supported.is_empty()
            || self.scopes_supported.is_none()
    }

    /// Takes from `more` only what this document does not say itself.
    fn fill_from(&mut self, more: MoreMetadata) {
        self.userinfo_endpoint = self.userinfo_endpoint.take().or(more.userinfo_endpoint);
        self.revocation_endpoint = self.revocation_endpoint.take().or(more.revocation_endpoint);
        self.device_authorization_endpoint = self
            .device_authorization_endpoint
            .take()
            .or(more.device_authorization_endpoint);
        if self.code_challenge_methods_supported.is_empty() {
            self.code_challenge_methods_supported =
                more.code_challenge_methods_supported.unwrap_or_default();
        }
        // Stricter only: a promise of `iss` is kept, never withdrawn.
        self.authorization_response_iss_parameter_supported |= more
            .authorization_response_iss_parameter_supported
            .unwrap_or(false);
        self.scopes_supported = self.scopes_supported.take().or(more.scopes_supported);
        self.revocation_endpoint_auth_methods_supported = self
            .revocation_endpoint_auth_methods_supported
            .take()
            .or(more.revocation_endpoint_auth_methods_supported);
        self.token_endpoint_auth_methods_supported = self
            .token_endpoint_auth_methods_supported
            .take()
            .or(more.token_endpoint_auth_methods_supported);
    }
}

/// A further metadata document, if there is a readable one at `url` (anything else: none; the
/// document already found stands on its own).
fn fetch_more(http: &Http, url: &str) -> Option<MoreMetadata> {
    let resp = http.get(url, None).ok()?;
    if !resp.status.is_success() {
        return None;
    }
    serde_json::from_slice(&resp.body).ok()
}

/// What a token endpoint gave us. `scopes` is `None` when the provider did not say (RFC 6749
/// §5.1: then the requested ones were granted).
#[derive(Debug)]
pub struct Tokens {
    pub access_token: Secret<String>,
    pub refresh_token: Option<Secret<String>>,
    pub expires_at: Option<Timestamp>,
    pub scopes: Option<Scopes>,
    pub id_token: Option<Secret<String>>,
}

/// Who the tokens belong to, from the userinfo endpoint.
#[derive(Clone, Debug, Deserialize)]
pub struct UserInfo {
    pub sub: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    /// Every other claim (for `authz add --email-claim`).
    #[serde(flatten)]
    pub other: serde_json::Map<String, serde_json::Value>,
}

impl UserInfo {
    /// The claim `name` of this answer, if present.
    pub fn claim(&self, name: &str) -> Option<serde_json::Value> {
        match name {
            "sub" => Some(self.sub.clone().into()),
            "email" => self.email.clone().map(Into::into),
            "name" => self.name.clone().map(Into::into),
            other => self.other.get(other).cloned(),
        }
    }
}

/// A started device login (RFC 8628 §3.2): what to show the user and how to poll.
#[derive(Debug)]
pub struct DeviceLogin {
    pub device_code: Secret<String>,
    /// Shown to the user, who types it at `verification_uri`.
    pub user_code: String,
    pub verification_uri: String,
    /// The URI with the code in it, for a click or a QR code.
    pub verification_uri_complete: Option<String>,
    pub expires_in: std::time::Duration,
    /// The minimum wait between polls (5 s when the provider does not say).
    pub interval: std::time::Duration,
}

/// One device-code poll's answer (RFC 8628 §3.5) that is not a final failure.
#[derive(Debug)]
pub enum DevicePoll {
    /// `authorization_pending`: the user has not finished; poll again after the interval.
    Pending,
    /// `slow_down`: poll again, with the interval 5 s longer from now on.
    SlowDown,
    /// Transient (no answer, HTTP 5xx): try again later; the text says what happened.
    Unavailable(String),
    Approved(Tokens),
    /// `access_denied`, with the provider's description (escaped).
    Denied(Option<String>),
    /// `expired_token`: the device code is dead; a new login must start over.
    Expired,
}

/// Why a refresh failed: `Rejected` (invalid_grant: the refresh token is dead, someone must log
/// in again) or `Failed` (anything else: retrying later may work).
#[derive(Debug)]
pub enum RefreshError {
    Rejected(Error),
    Failed(Error),
    /// A narrowing refresh (a scope subset, a resource) was refused: `invalid_scope` or
    /// `invalid_target`, which this names. The authorization itself was not judged.
    NarrowingRefused(Error, String),
}

impl From<RefreshError> for Error {
    fn from(e: RefreshError) -> Self {
        match e {
            RefreshError::Rejected(e)
            | RefreshError::Failed(e)
            | RefreshError::NarrowingRefused(e, _) => e,
        }
    }
}

/// What became of a refresh token sent for revocation.
#[derive(Debug, PartialEq, Eq)]
pub enum Revocation {
    /// The provider confirmed it (RFC 7009 §2.2).
    Revoked,
    /// The provider publishes no revocation endpoint: there was nothing to call.
    NoEndpoint,
    /// Refused with `401`/`403`: the provider revokes only for an authenticated client. The
    /// text is the status and the provider's words (escaped), for the one-line warning.
    Refused(String),
}

/// The `id_token` of a token response. Debug is redacted: the whole response may be printed.
#[derive(Clone, Deserialize, Serialize)]
struct OidcFields {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    id_token: Option<String>,
}

impl std::fmt::Debug for OidcFields {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OidcFields { .. }")
    }
}

impl oauth2::ExtraTokenFields for OidcFields {}

type OidcTokenResponse = StandardTokenResponse<OidcFields, BasicTokenType>;

type OAuthClient<Revocation = EndpointNotSet> = oauth2::Client<
    BasicErrorResponse,
    OidcTokenResponse,
    BasicTokenIntrospectionResponse,
    StandardRevocableToken,
    BasicRevocationErrorResponse,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    Revocation,
    EndpointSet,
>;

/// One OpenID provider, discovered and checked, with our client id and the credential every
/// call to its token, device and revocation endpoints presents.
pub struct Provider {
    http: Http,
    pub metadata: Metadata,
    client_id: String,
    credential: Credential,
}

impl Provider {
    /// Fetches and checks the metadata: OpenID discovery first, then RFC 8414 (both URL forms).
    /// The metadata's `issuer` must equal `issuer` byte for byte (no trailing-slash leniency:
    /// the issuer is an identity, and `iss` values are compared exactly later), S256 PKCE must be
    /// offered and every endpoint must be https. What the document used lacks (OpenID Discovery
    /// does not define `revocation_endpoint`, and some providers publish it only in RFC 8414
    /// metadata) is filled in from the RFC 8414 documents, each only when its own `issuer`
    /// matches exactly.
    pub fn discover(http: &Http, issuer: &str, client_id: &str) -> Result<Provider> {
        check_issuer(issuer)?;
        let urls = discovery_urls(issuer)?;
        let mut last = None;
        for (i, url) in urls.iter().enumerate() {
            let resp = http.get(url, None).map_err(|e| {
                Error::provider(format!("cannot reach the provider: {}", escape(&e.0)))
                    .hint("check --issuer, the network and HTTPS_PROXY/NO_PROXY; a private CA needs --ca-file")
            })?;
            if resp.status == reqwest::StatusCode::NOT_FOUND {
                last = Some(url);
                continue;
            }
            if !resp.status.is_success() {
                return Err(Error::provider(format!(
                    "the provider's metadata at {url} answered HTTP {}",
                    resp.status
                ))
                .hint(unavailable(resp.status).unwrap_or("check --issuer")));
            }
            let mut metadata: Metadata = serde_json::from_slice(&resp.body).map_err(|e| {
                Error::provider(format!(
                    "the provider's metadata at {url} is not valid: {}",
                    escape(&e.to_string())
                ))
            })?;
            if metadata.issuer == issuer {
                for other in &urls[i + 1..] {
                    if !metadata.lacks_something() {
                        break;
                    }
                    if let Some(more) = fetch_more(http, other)
                        && more.issuer == issuer
                    {
                        metadata.fill_from(more);
                    }
                }
            }
            return Provider::new(http, metadata, issuer, client_id);
        }
        Err(Error::provider(format!(
            "no OpenID provider metadata under {} (last tried {})",
            escape(issuer),
            last.cloned().unwrap_or_default()
        ))
        .hint("check --issuer: it must be the provider's issuer URL exactly"))
    }

    /// Checks already fetched metadata (e.g. from a cache) against the configured issuer.
    pub fn new(http: &Http, metadata: Metadata, issuer: &str, client_id: &str) -> Result<Provider> {
        if metadata.issuer != issuer {
            return Err(Error::provider(format!(
                "the provider's metadata names issuer '{}', not the configured '{}'; refusing to go on",
                escape(&metadata.issuer),
                escape(issuer)
            ))
            .hint("set --issuer to exactly the issuer the provider announces (mind a trailing slash), or check for a TLS-intercepting proxy"));
        }
        if !metadata
            .code_challenge_methods_supported
            .iter()
            .any(|m| m == "S256")
        {
            return Err(Error::provider(
                "the provider does not offer PKCE with S256 (code_challenge_methods_supported); refusing to log in without it",
            )
            .hint("enable PKCE S256 for this client at the provider"));
        }
        let endpoints = [
            (
                "authorization_endpoint",
                Some(&metadata.authorization_endpoint),
            ),
            ("token_endpoint", Some(&metadata.token_endpoint)),
            ("userinfo_endpoint", metadata.userinfo_endpoint.as_ref()),
            ("revocation_endpoint", metadata.revocation_endpoint.as_ref()),
            (
                "device_authorization_endpoint",
                metadata.device_authorization_endpoint.as_ref(),
            ),
        ];
        for (name, value) in endpoints {
            if let Some(v) = value {
                let ok = url::Url::parse(v).is_ok_and(|u| u.scheme() == "https");
                if !ok {
                    return Err(Error::provider(format!(
                        "the provider's {name} '{}' is not an https URL; refusing to send anything there",
                        escape(v)
                    )));
                }
            }
        }
        Ok(Provider {
            http: http.clone(),
            metadata,
            client_id: client_id.to_owned(),
            credential: Credential::None,
        })
    }

    /// This provider, with the client authenticating by `credential` from now on.
    pub fn with_credential(self, credential: Credential) -> Provider {
        Provider { credential, ..self }
    }

    /// How this client authenticates (never the secret).
    pub fn client_auth(&self) -> ClientAuth {
        self.credential.method()
    }

    /// What `endpoint` accepts, as the metadata says (the revocation endpoint's own list, else
    /// the token endpoint's, as RFC 8414 §2 defines its default).
    fn accepted(&self, endpoint: Endpoint) -> Option<&[String]> {
        let token = self
            .metadata
            .token_endpoint_auth_methods_supported
            .as_deref();
        match endpoint {
            Endpoint::Token => token,
            Endpoint::Revocation => self
                .metadata
                .revocation_endpoint_auth_methods_supported
                .as_deref()
                .or(token),
        }
    }

    /// Authenticates a form body for `endpoint`; returns the new body and Authorization value.
    fn authenticate(
        &self,
        endpoint: Endpoint,
        mut form: Vec<(String, String)>,
    ) -> Result<(String, Option<String>)> {
        let header = self.credential.apply(
            &self.client_id,
            &self.metadata.issuer,
            self.accepted(endpoint),
            &mut form,
        )?;
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form)
            .finish();
        Ok((body, header))
    }

    /// The HTTP function oauth2 calls for `endpoint`: each request it makes is authenticated
    /// here, the one place for every grant and for revocation (oauth2 itself only ever adds a
    /// `client_id`), then sent like any other (`Http::oauth_noting`).
    fn oauth<'a>(
        &'a self,
        endpoint: Endpoint,
        answered: Option<&'a std::cell::Cell<Option<Answered>>>,
    ) -> impl Fn(oauth2::HttpRequest) -> std::result::Result<oauth2::HttpResponse, HttpError> + 'a
    {
        let send = self.http.oauth_noting(answered);
        move |request| {
            let (mut parts, body) = request.into_parts();
            let form: Vec<(String, String)> =
                url::form_urlencoded::parse(&body).into_owned().collect();
            let (body, header) = self
                .authenticate(endpoint, form)
                .map_err(|e| HttpError(format!("authenticating the client: {}", e.message)))?;
            parts.headers.remove(reqwest::header::CONTENT_LENGTH);
            parts.headers.remove(reqwest::header::AUTHORIZATION);
            if let Some(h) = header {
                let value = reqwest::header::HeaderValue::from_str(&h)
                    .map_err(|_| HttpError("the client credential is not a valid header".into()))?;
                parts.headers.insert(reqwest::header::AUTHORIZATION, value);
            }
            send(oauth2::http::Request::from_parts(parts, body.into_bytes()))
        }
    }

    pub fn issuer(&self) -> &str {
        &self.metadata.issuer
    }

    /// Whether asking for `scope` is safe: the provider lists it in `scopes_supported`, or
    /// publishes no such list.
    pub fn may_know_scope(&self, scope: &str) -> bool {
        self.metadata
            .scopes_supported
            .as_ref()
            .is_none_or(|known| known.iter().any(|k| k == scope))
    }

    /// An `invalid_scope` refusal, made to say what was asked and what the provider supports;
    /// any other error as it is.
    pub fn explain_scope_refusal(&self, e: Error, requested: &Scopes) -> Error {
        let oauth_error = e
            .details
            .as_ref()
            .and_then(|d| d["oauth_error"].as_str())
            .map(str::to_owned);
        if oauth_error.as_deref() != Some("invalid_scope") {
            return e;
        }
        let supported = match &self.metadata.scopes_supported {
            Some(list) => format!("the provider supports: {}", escape(&list.join(" "))),
            None => "the provider does not publish scopes_supported".to_owned(),
        };
        let unknown: Vec<String> = match &self.metadata.scopes_supported {
            Some(list) => requested
                .iter()
                .filter(|s| !list.iter().any(|k| k == s))
                .map(str::to_owned)
                .collect(),
            None => Vec::new(),
        };
        let hint = if unknown.is_empty() {
            "ask the provider's administrators to allow these scopes for this client".to_owned()
        } else {
            format!(
                "leave out what it does not know ({}), or have it added at the provider",
                escape(&unknown.join(" "))
            )
        };
        Error::provider(format!(
            "{}; requested: {}; {supported}",
            e.message,
            escape(&requested.to_text())
        ))
        .hint(hint)
        .details(serde_json::json!({
            "oauth_error": "invalid_scope",
            "requested": requested,
            "scopes_supported": self.metadata.scopes_supported,
        }))
    }

    pub fn client_id(&self) -> &str {
        &self.client_id
    }

    fn client(&self) -> Result<OAuthClient> {
        let bad = |what: &str, e: url::ParseError| {
            Error::provider(format!("the provider's {what} is not a URL: {e}"))
        };
        Ok(oauth2::Client::new(ClientId::new(self.client_id.clone()))
            .set_auth_uri(
                AuthUrl::new(self.metadata.authorization_endpoint.clone())
                    .map_err(|e| bad("authorization_endpoint", e))?,
            )
            .set_token_uri(
                TokenUrl::new(self.metadata.token_endpoint.clone())
                    .map_err(|e| bad("token_endpoint", e))?,
            ))
    }

    /// The URL to send the user to, and the PKCE verifier to redeem its code with. `state` is
    /// the caller's (it checks the callback); so is `nonce`, which `exchange_code` checks
    /// against the ID token; `extra` adds parameters such as `prompt=consent`.
    pub fn authorize_url(
        &self,
        redirect_uri: &str,
        scopes: &Scopes,
        state: &Secret<String>,
        nonce: &Secret<String>,
        extra: &[(&str, &str)],
    ) -> Result<(url::Url, PkceCodeVerifier)> {
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let redirect = RedirectUrl::new(redirect_uri.to_owned())
            .map_err(|e| Error::failure(format!("bad redirect URI: {e}")))?;
        let state = state.expose().clone();
        let client = self.client()?.set_redirect_uri(redirect);
        let mut req = client
            .authorize_url(move || CsrfToken::new(state))
            .set_pkce_challenge(challenge)
            .add_scopes(scopes.iter().map(|s| Scope::new(s.to_owned())))
            .add_extra_param("nonce", nonce.expose().clone());
        for (k, v) in extra {
            req = req.add_extra_param(*k, *v);
        }
        let (url, _) = req.url();
        Ok((url, verifier))
    }

    /// Redeems an authorization code, once: a failed exchange is never retried (the code is
    /// single-use, and a replay would make the provider revoke what it issued). An ID token in
    /// the answer must carry the `nonce` sent with the authorization request, or the tokens
    /// are refused before anything is stored.
    pub fn exchange_code(
        &self,
        code: Secret<String>,
        verifier: PkceCodeVerifier,
        redirect_uri: &str,
        nonce: &Secret<String>,
        now: Timestamp,
    ) -> Result<Tokens> {
        let redirect = RedirectUrl::new(redirect_uri.to_owned())
            .map_err(|e| Error::failure(format!("bad redirect URI: {e}")))?;
        let answered = std::cell::Cell::new(None);
        let resp = self
            .client()?
            .exchange_code(AuthorizationCode::new(code.expose().clone()))
            .set_pkce_verifier(verifier)
            .set_redirect_uri(Cow::Owned(redirect))
            .request(&self.oauth(Endpoint::Token, Some(&answered)))
            .map_err(|e| {
                let e = token_error("redeeming the login code", e);
                match answered
                    .take()
                    .and_then(|a: crate::https::Answered| unavailable(a.status))
                {
                    // It answered, so the network is fine: a hint saying otherwise is wrong.
                    Some(hint) => e.hint(format!(
                        "{hint} (a login code is used once: run authz add again)"
                    )),
                    _ => e,
                }
            })?;
        check_token_response(&resp, "redeeming the login code")?;
        if let Some(id_token) = &resp.extra_fields().id_token
            && let Err(e) = id_token::check_nonce(id_token, nonce.expose())
        {
            // Not stored, so not left alive either (best effort: `e` is what matters).
            if let Some(refresh) = resp.refresh_token() {
                let _ = self.revoke_refresh_token(&Secret::new(refresh.secret().clone()));
            }
            return Err(e);
        }
        Ok(tokens(resp, now))
    }

    /// Starts a device login (RFC 8628 §3.1). No PKCE: the device grant does not define it, and
    /// the device code never passes through a browser that could leak it.
    /// `resources` (RFC 8707) are asked for with the grant.
    pub fn start_device_login(&self, scopes: &Scopes, resources: &[String]) -> Result<DeviceLogin> {
        let Some(endpoint) = &self.metadata.device_authorization_endpoint else {
            return Err(Error::provider(
                "the provider does not offer the device grant (no device_authorization_endpoint)",
            )
            .hint("log in through the browser instead: leave out --device; over SSH see `authz add --help` for --paste and --port"));
        };
        let url = DeviceAuthorizationUrl::new(endpoint.clone()).map_err(|e| {
            Error::provider(format!(
                "the provider's device_authorization_endpoint is not a URL: {e}"
            ))
        })?;
        let client = self.client()?.set_device_authorization_url(url);
        let mut req = client
            .exchange_device_code()
            .add_scopes(scopes.iter().map(|s| Scope::new(s.to_owned())));
        for r in resources {
            req = req.add_extra_param("resource", r.clone());
        }
        let resp: StandardDeviceAuthorizationResponse = req
            .request(&self.oauth(Endpoint::Token, None))
            .map_err(|e| token_error("starting the device login", e))?;
        let verification_uri = resp.verification_uri().to_string();
        // The user is sent there: a provider may not downgrade them to plain http.
        if !url::Url::parse(&verification_uri).is_ok_and(|u| u.scheme() == "https") {
            return Err(Error::provider(format!(
                "the provider's verification_uri '{}' is not an https URL; refusing to send anyone there",
                escape(&verification_uri)
            )));
        }
        Ok(DeviceLogin {
            device_code: Secret::new(resp.device_code().secret().clone()),
            user_code: resp.user_code().secret().clone(),
            verification_uri,
            verification_uri_complete: resp
                .verification_uri_complete()
                .map(|u| u.secret().clone())
                .filter(|u| url::Url::parse(u).is_ok_and(|u| u.scheme() == "https")),
            expires_in: resp.expires_in(),
            interval: resp.interval(),
        })
    }

    /// Polls the token endpoint once for a device login. The loop, its clock and its sleeps
    /// belong to the caller: oauth2's own loop would hide every pending and slow_down answer
    /// and retry transport errors without a word.
    pub fn poll_device_login(
        &self,
        device_code: &Secret<String>,
        now: Timestamp,
    ) -> Result<DevicePoll> {
        const WHAT: &str = "polling for the device login";
        let form = vec![
            (
                "grant_type".to_owned(),
                "urn:ietf:params:oauth:grant-type:device_code".to_owned(),
            ),
            ("device_code".to_owned(), device_code.expose().clone()),
        ];
        let (body, authorization) = self.authenticate(Endpoint::Token, form)?;
        let resp = match self.http.post_form(
            &self.metadata.token_endpoint,
            body,
            authorization.as_deref(),
        ) {
            Ok(resp) => resp,
            Err(e) => return Ok(DevicePoll::Unavailable(escape(&e.0))),
        };
        if resp.status.is_server_error() {
            return Ok(DevicePoll::Unavailable(format!(
                "the token endpoint answered HTTP {}",
                resp.status
            )));
        }
        if resp.status.is_success() {
            let parsed: OidcTokenResponse = serde_json::from_slice(&resp.body).map_err(|e| {
                Error::provider(format!(
                    "{WHAT}: the provider's answer is not a valid token response (line {}, column {})",
                    e.line(),
                    e.column()
                ))
            })?;
            check_token_response(&parsed, WHAT)?;
            return Ok(DevicePoll::Approved(tokens(parsed, now)));
        }
        let refused: DeviceCodeErrorResponse =
            serde_json::from_slice(&resp.body).map_err(|_| {
                Error::provider(format!(
                    "{WHAT}: the token endpoint answered HTTP {} without an OAuth error",
                    resp.status
                ))
            })?;
        match refused.error() {
            DeviceCodeErrorResponseType::AuthorizationPending => Ok(DevicePoll::Pending),
            DeviceCodeErrorResponseType::SlowDown => Ok(DevicePoll::SlowDown),
            DeviceCodeErrorResponseType::AccessDenied => Ok(DevicePoll::Denied(
                refused.error_description().map(|d| escape(d)),
            )),
            DeviceCodeErrorResponseType::ExpiredToken => Ok(DevicePoll::Expired),
            _ => Err(token_error(
                WHAT,
                RequestTokenError::<HttpError, _>::ServerResponse(refused),
            )),
        }
    }

    /// Trades a refresh token for fresh tokens. The provider may rotate the refresh token: the
    /// caller must then store the new one.
    ///
    /// Read by status first (issue 19): a `400` or `401` is a refusal whatever its body (some
    /// providers answer a dead refresh token with a bare status), so the authorization needs a
    /// new login; no answer, a timeout, a `5xx` or a `429` is transient; anything else is a
    /// provider failure that a new login would not fix either.
    ///
    /// `narrow` asks for a narrower access token (issue 20): the scope subset (RFC 6749 §6) and
    /// the resource (RFC 8707) of one workflow. The grant stays as it was; a refusal of the
    /// narrowing is `NarrowingRefused`.
    pub fn refresh(
        &self,
        refresh_token: &Secret<String>,
        now: Timestamp,
        narrow: Option<&Needs>,
    ) -> std::result::Result<Tokens, RefreshError> {
        const WHAT: &str = "refreshing the access token";
        let answered = std::cell::Cell::new(None);
        let client = self.client().map_err(RefreshError::Failed)?;
        let rt = RefreshToken::new(refresh_token.expose().clone());
        let mut req = client.exchange_refresh_token(&rt);
        if let Some(needs) = narrow {
            req = req.add_scopes(needs.scopes.iter().map(|s| Scope::new(s.to_owned())));
            if let Some(resource) = &needs.resource {
                req = req.add_extra_param("resource", resource.clone());
            }
        }
        let result = req.request(&self.oauth(Endpoint::Token, Some(&answered)));
        let e = match result {
            Ok(resp) => {
                check_token_response(&resp, WHAT).map_err(RefreshError::Failed)?;
                return Ok(tokens(resp, now));
            }
            Err(e) => e,
        };
        let Some(answer) = answered.take() else {
            return Err(RefreshError::Failed(token_error(WHAT, e)));
        };
        let status = answer.status;
        let words = match &e {
            RequestTokenError::ServerResponse(r) => Some(provider_words(r).1),
            _ => None,
        };
        let invalid_client = matches!(&e, RequestTokenError::ServerResponse(r)
            if *r.error() == BasicErrorResponseType::InvalidClient);
        if self.client_auth() != ClientAuth::None
            && (invalid_client || status == reqwest::StatusCode::UNAUTHORIZED)
        {
            // The client's credential, not the authorization, was refused: a new login would
            // be refused the same way, so the authorization is not marked.
            return Err(RefreshError::Failed(self.credential_refused(WHAT, e)));
        }
        let narrowing_refused = match &e {
            RequestTokenError::ServerResponse(r) if narrow.is_some() => match r.error() {
                BasicErrorResponseType::InvalidScope => Some("invalid_scope".to_owned()),
                BasicErrorResponseType::Extension(x) if x == "invalid_target" => Some(x.clone()),
                _ => None,
            },
            _ => None,
        };
        if let Some(code) = narrowing_refused {
            return Err(RefreshError::NarrowingRefused(token_error(WHAT, e), code));
        }
        let invalid_grant = matches!(&e, RequestTokenError::ServerResponse(r)
            if *r.error() == BasicErrorResponseType::InvalidGrant);
        if invalid_grant
            || status == reqwest::StatusCode::BAD_REQUEST
            || status == reqwest::StatusCode::UNAUTHORIZED
        {
            let refused = match words {
                Some(_) => token_error(WHAT, e),
                None => Error::provider(format!(
                    "the provider refused {WHAT}: HTTP {status}, with no OAuth error"
                )),
            };
            return Err(RefreshError::Rejected(refused.hint(
                "the provider no longer accepts this authorization; log in again: authz add --reauth AUTHZ",
            )));
        }
        if unavailable(status).is_some() {
            let words = words.map(|w| format!(" ({w})")).unwrap_or_default();
            let when = answer
                .retry_after
                .map(|r| format!(" (it asks to wait: Retry-After {r})"))
                .unwrap_or_default();
            return Err(RefreshError::Failed(
                Error::provider(format!(
                    "{WHAT} failed for now: the token endpoint answered HTTP {status}{words}"
                ))
                .hint(format!(
                    "the provider is unavailable or overloaded, not the network; nothing was changed: try again later{when}"
                )),
            ));
        }
        Err(RefreshError::Failed(token_error(WHAT, e)))
    }

    /// Revokes a refresh token (RFC 7009, `token_type_hint=refresh_token`). A `401` or `403` to
    /// a public client is a refusal for good (`Revocation::Refused`): the provider wants client
    /// authentication for revocation, which retrying without it cannot give. To a client that
    /// authenticated, it is an error: its credential was refused, and fixing it lets a retry
    /// succeed.
    pub fn revoke_refresh_token(&self, refresh_token: &Secret<String>) -> Result<Revocation> {
        let Some(endpoint) = &self.metadata.revocation_endpoint else {
            return Ok(Revocation::NoEndpoint);
        };
        let url = RevocationUrl::new(endpoint.clone()).map_err(|e| {
            Error::provider(format!(
                "the provider's revocation_endpoint is not a URL: {e}"
            ))
        })?;
        let client: OAuthClient<EndpointSet> = self.client()?.set_revocation_url(url);
        let answered = std::cell::Cell::new(None);
        let result = client
            .revoke_token(StandardRevocableToken::RefreshToken(RefreshToken::new(
                refresh_token.expose().clone(),
            )))
            .map_err(|e| Error::failure(format!("revocation request: {e}")))?
            .request(&self.oauth(Endpoint::Revocation, Some(&answered)));
        match result {
            Ok(()) => Ok(Revocation::Revoked),
            Err(e) => match answered.take().map(|a| a.status) {
                Some(
                    status @ (reqwest::StatusCode::UNAUTHORIZED | reqwest::StatusCode::FORBIDDEN),
                ) if self.client_auth() == ClientAuth::None => {
                    let words = match &e {
                        RequestTokenError::ServerResponse(r) => {
                            format!(": {}", provider_words(r).1)
                        }
                        _ => String::new(),
                    };
                    Ok(Revocation::Refused(format!("HTTP {status}{words}")))
                }
                Some(reqwest::StatusCode::UNAUTHORIZED | reqwest::StatusCode::FORBIDDEN) => {
                    Err(self.credential_refused("revoking the refresh token", e))
                }
                _ => Err(token_error("revoking the refresh token", e)),
            },
        }
    }

    /// The error of a call whose client credential the provider refused (`401`, `403` or
    /// `invalid_client`), saying which credential and how to replace it.
    fn credential_refused(
        &self,
        what: &str,
        e: RequestTokenError<HttpError, impl oauth2::ErrorResponse + 'static>,
    ) -> Error {
        let words = match e {
            RequestTokenError::ServerResponse(r) => provider_words(&r).1,
            other => token_error(what, other).message,
        };
        let fix = match self.client_auth() {
            ClientAuth::PrivateKeyJwt => {
                "register the client key's public JWK at the provider (authz vault public KEY), or name the registered key: authz add --reauth AUTHZ --client-key KEY"
            }
            _ => {
                "check the client secret registered for this client id; store the current one: authz add --reauth AUTHZ --client-secret-file FILE"
            }
        };
        Error::provider(format!(
            "the provider refused this client's credentials ({}) {what}: {words}",
            self.client_auth()
        ))
        .hint(fix)
        .details(serde_json::json!({ "oauth_error": "invalid_client" }))
    }

    /// Asks the userinfo endpoint who the access token belongs to.
    pub fn userinfo(&self, access_token: &Secret<String>) -> Result<UserInfo> {
        let Some(endpoint) = &self.metadata.userinfo_endpoint else {
            return Err(Error::provider(
                "the provider has no userinfo endpoint, so authz cannot learn whose login this is",
            ));
        };
        let resp = self
            .http
            .get(endpoint, Some(access_token.expose()))
            .map_err(|e| {
                Error::provider(format!(
                    "cannot reach the userinfo endpoint: {}",
                    escape(&e.0)
                ))
            })?;
        if !resp.status.is_success() {
            let why = resp
                .headers
                .get(reqwest::header::WWW_AUTHENTICATE)
                .and_then(|v| v.to_str().ok())
                .map(|v| format!(" ({})", escape(v)))
                .unwrap_or_default();
            let mut e = Error::provider(format!(
                "the userinfo endpoint answered HTTP {}{why}",
                resp.status
            ));
            if let Some(hint) = unavailable(resp.status) {
                e = e.hint(hint);
            }
            return Err(e);
        }
        let info: UserInfo = serde_json::from_slice(&resp.body).map_err(|_| {
            Error::provider(
                "the userinfo answer is not the expected JSON (it needs at least `sub`)",
            )
        })?;
        if info.sub.is_empty() {
            return Err(Error::provider("the userinfo answer has an empty `sub`"));
        }
        Ok(info)
    }

    /// Checks an ID token against this provider, our client id and the userinfo subject.
    pub fn check_id_token(&self, id_token: &Secret<String>, userinfo_sub: &str) -> Result<()> {
        id_token::check(
            id_token.expose(),
            &self.metadata.issuer,
            &self.client_id,
            userinfo_sub,
        )
    }
}

fn tokens(resp: OidcTokenResponse, now: Timestamp) -> Tokens {
    Tokens {
        access_token: Secret::new(resp.access_token().secret().clone()),
        refresh_token: resp
            .refresh_token()
            .map(|r| Secret::new(r.secret().clone())),
        expires_at: resp
            .expires_in()
            .map(|d| now.saturating_add(i64::try_from(d.as_secs()).unwrap_or(i64::MAX))),
        scopes: resp.scopes().map(|s| {
            let names: Vec<&str> = s.iter().map(|s| s.as_str()).collect();
            Scopes::from_list(&names)
        }),
        id_token: resp.extra_fields().id_token.clone().map(Secret::new),
    }
}

/// An access token lifetime beyond this is a broken provider, not a long-lived token.
const MAX_EXPIRES_IN: u64 = 10 * 366 * 24 * 3600;

/// What a token response must be for authz to keep it: a Bearer token (the only kind authz
/// presents; a DPoP- or MAC-bound one would be stored and then fail every use) with a lifetime
/// that makes sense.
fn check_token_response(resp: &OidcTokenResponse, what: &str) -> Result<()> {
    if *resp.token_type() != BasicTokenType::Bearer {
        return Err(Error::provider(format!(
            "{what}: the provider issued a '{}' token, not a Bearer token; nothing was stored",
            escape(resp.token_type().as_ref())
        ))
        .hint("authz only uses Bearer tokens; check the client's token settings at the provider"));
    }
    if let Some(secs) = resp.expires_in().map(|d| d.as_secs())
        && secs > MAX_EXPIRES_IN
    {
        return Err(Error::provider(format!(
            "{what}: the provider's expires_in says the access token lasts {secs} s (over ten years); refusing a broken token response"
        )));
    }
    Ok(())
}

/// The hint for an answer that says the provider is down or overloaded (5xx, 429), not that
/// authz's settings are wrong.
fn unavailable(status: reqwest::StatusCode) -> Option<&'static str> {
    (status.is_server_error() || status == reqwest::StatusCode::TOO_MANY_REQUESTS).then_some(
        "the provider is unavailable or overloaded, not misconfigured; nothing was changed: try again in a few minutes",
    )
}

/// One line for a failed token-endpoint call. Never includes the request or a token: a parse
/// error names only where the JSON went wrong, since serde may quote the offending value.
fn token_error(
    what: &str,
    e: RequestTokenError<HttpError, impl oauth2::ErrorResponse + 'static>,
) -> Error {
    match e {
        RequestTokenError::ServerResponse(r) => {
            let (code, words) = provider_words(&r);
            Error::provider(format!("the provider refused {what}: {words}"))
                .details(serde_json::json!({ "oauth_error": code }))
        }
        RequestTokenError::Request(e) => {
            Error::provider(format!("{what} failed: {}", escape(&e.0)))
                .hint("check the network and HTTPS_PROXY/NO_PROXY; a private CA needs --ca-file")
        }
        RequestTokenError::Parse(e, _) => {
            // "missing field `x`" names a field only; other serde messages may quote a value.
            let inner = e.inner().to_string();
            let missing = if inner.starts_with("missing field") {
                format!(": {}", escape(&inner))
            } else {
                String::new()
            };
            Error::provider(format!(
                "{what}: the provider's answer is not a valid token response (at `{}`){missing}",
                escape(&e.path().to_string())
            ))
        }
        RequestTokenError::Other(msg) => {
            Error::provider(format!("{what} failed: {}", escape(&msg)))
        }
    }
}

/// An OAuth error response's code, and the code with its description as one escaped line.
fn provider_words(r: &impl oauth2::ErrorResponse) -> (String, String) {
    let text = serde_json::to_value(r).unwrap_or_default();
    let code = text["error"].as_str().unwrap_or("error").to_owned();
    let desc = text["error_description"]
        .as_str()
        .map(|d| format!(": {}", escape(d)))
        .unwrap_or_default();
    let words = format!("{}{desc}", escape(&code));
    (code, words)
}

/// OpenID discovery appends to the issuer's path; RFC 8414 inserts before it (§3.1), and some
/// providers publish it appended like OpenID's: all three, without repeats.
fn discovery_urls(issuer: &str) -> Result<Vec<String>> {
    let base = issuer.trim_end_matches('/');
    let oidc = format!("{base}/.well-known/openid-configuration");
    let mut url = url::Url::parse(issuer)
        .map_err(|e| Error::usage(format!("the issuer is not a URL: {e}")))?;
    let path = url.path().trim_end_matches('/').to_owned();
    url.set_path(&format!("/.well-known/oauth-authorization-server{path}"));
    let mut urls = vec![oidc, url.to_string()];
    let appended = format!("{base}/.well-known/oauth-authorization-server");
    if !urls.contains(&appended) {
        urls.push(appended);
    }
    Ok(urls)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn metadata(issuer: &str) -> Metadata {
        Metadata {
            issuer: issuer.into(),
            authorization_endpoint: format!("{issuer}/auth"),
            token_endpoint: format!("{issuer}/token"),
            userinfo_endpoint: Some(format!("{issuer}/me")),
            revocation_endpoint: Some(format!("{issuer}/token/revocation")),
            device_authorization_endpoint: Some(format!("{issuer}/device/auth")),
            code_challenge_methods_supported: vec!["S256".into()],
            authorization_response_iss_parameter_supported: true,
            scopes_supported: None,
            revocation_endpoint_auth_methods_supported: None,
            token_endpoint_auth_methods_supported: None,
        }
    }

    fn http() -> Http {
        Http::new(None, false).unwrap()
    }

    #[test]
    fn discovery_urls_follow_both_specs() {
        assert_eq!(
            discovery_urls("https://idp.example/realms/x").unwrap(),
            vec![
                "https://idp.example/realms/x/.well-known/openid-configuration",
                "https://idp.example/.well-known/oauth-authorization-server/realms/x",
                "https://idp.example/realms/x/.well-known/oauth-authorization-server",
            ]
        );
        assert_eq!(
            discovery_urls("https://idp.example").unwrap(),
            vec![
                "https://idp.example/.well-known/openid-configuration",
                "https://idp.example/.well-known/oauth-authorization-server",
            ]
        );
    }

    #[test]
    fn another_document_fills_only_what_is_missing() {
        let mut m = metadata("https://idp.example");
        m.revocation_endpoint = None;
        m.authorization_response_iss_parameter_supported = false;
        assert!(m.lacks_something());
        m.fill_from(MoreMetadata {
            issuer: "https://idp.example".into(),
            userinfo_endpoint: Some("https://elsewhere/me".into()),
            revocation_endpoint: Some("https://idp.example/revoke".into()),
            device_authorization_endpoint: None,
            code_challenge_methods_supported: Some(vec!["plain".into()]),
            authorization_response_iss_parameter_supported: Some(true),
            scopes_supported: Some(vec!["openid".into()]),
            token_endpoint_auth_methods_supported: None,
            revocation_endpoint_auth_methods_supported: Some(vec!["client_secret_basic".into()]),
        });
        assert_eq!(
            m.revocation_endpoint.as_deref(),
            Some("https://idp.example/revoke")
        );
        assert_eq!(
            m.userinfo_endpoint.as_deref(),
            Some("https://idp.example/me")
        );
        assert_eq!(m.code_challenge_methods_supported, vec!["S256"]);
        assert!(m.authorization_response_iss_parameter_supported);
        assert_eq!(m.scopes_supported, Some(vec!["openid".to_string()]));
        assert!(m.revocation_refuses(ClientAuth::None));
        assert!(!m.revocation_refuses(ClientAuth::Secret));
    }

    #[test]
    fn metadata_must_name_the_issuer_exactly() {
        let err = Provider::new(
            &http(),
            metadata("https://idp.example/"),
            "https://idp.example",
            "c",
        )
        .err()
        .unwrap();
        assert_eq!(err.code(), 5);
        assert!(err.message.contains("names issuer"), "{}", err.message);
        assert!(
            Provider::new(
                &http(),
                metadata("https://idp.example"),
                "https://idp.example",
                "c"
            )
            .is_ok()
        );
    }

    #[test]
    fn providers_without_s256_or_with_http_endpoints_are_refused() {
        let mut m = metadata("https://idp.example");
        m.code_challenge_methods_supported = vec!["plain".into()];
        let err = Provider::new(&http(), m, "https://idp.example", "c")
            .err()
            .unwrap();
        assert!(err.message.contains("S256"), "{}", err.message);
        let mut m = metadata("https://idp.example");
        m.token_endpoint = "http://idp.example/token".into();
        let err = Provider::new(&http(), m, "https://idp.example", "c")
            .err()
            .unwrap();
        assert!(err.message.contains("token_endpoint"), "{}", err.message);
    }

    #[test]
    fn the_authorization_url_carries_pkce_state_and_scopes() {
        let p = Provider::new(
            &http(),
            metadata("https://idp.example"),
            "https://idp.example",
            "cli",
        )
        .unwrap();
        let state = Secret::new("st4te".to_string());
        let nonce = Secret::new("n0nce".to_string());
        let (url, _verifier) = p
            .authorize_url(
                "http://127.0.0.1:5/callback",
                &Scopes::parse("openid email offline_access"),
                &state,
                &nonce,
                &[("prompt", "consent")],
            )
            .unwrap();
        let q: std::collections::HashMap<String, String> = url.query_pairs().into_owned().collect();
        assert_eq!(q["state"], "st4te");
        assert_eq!(q["nonce"], "n0nce");
        assert_eq!(q["code_challenge_method"], "S256");
        assert_eq!(q["client_id"], "cli");
        assert_eq!(q["prompt"], "consent");
        assert_eq!(q["redirect_uri"], "http://127.0.0.1:5/callback");
        assert_eq!(q["scope"], "email offline_access openid");
    }
}
