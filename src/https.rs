//! The one HTTPS stack, below everything that makes requests (the provider client in idp/, the
//! OpenBao backend, the JWKS fetch): reqwest (blocking, rustls with the platform's roots plus a
//! CA file), redirects never followed, bounded time and size, `HTTPS_PROXY`/`NO_PROXY`
//! honoured; and the adapter that lets `oauth2` send its requests through it.

use crate::error::{Error, Result};
use std::cell::Cell;
use std::fmt;
use std::io::Read;
use std::path::Path;
use std::time::Duration;

/// Provider answers are small JSON documents; anything bigger is refused, not buffered.
const MAX_BODY: u64 = 1024 * 1024;

const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// The longest one request to the provider takes, connecting included: what a refresh may
/// keep other hosts waiting for (see `cmd::token`'s lease).
pub const CALL_BOUND: Duration = Duration::from_secs(30);

#[derive(Clone)]
pub struct Http {
    client: reqwest::blocking::Client,
    verbose: bool,
}

/// A transport failure (no answer, TLS, too big). Never contains a request body.
#[derive(Debug)]
pub struct HttpError(pub String);

impl fmt::Display for HttpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for HttpError {}

/// What the provider answered to an oauth2 request, whatever oauth2 made of it.
#[derive(Clone, Debug)]
pub struct Answered {
    pub status: reqwest::StatusCode,
    /// The `Retry-After` header of the answer (escaped), if any.
    pub retry_after: Option<String>,
}

/// A response read to the end (at most `MAX_BODY`).
pub struct Response {
    pub status: reqwest::StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub body: Vec<u8>,
}

impl Http {
    /// The client for this run. `ca_file` adds roots to the platform's (a private CA, a
    /// TLS-intercepting proxy); proxies come from `HTTPS_PROXY`/`ALL_PROXY`/`NO_PROXY`, which
    /// reqwest reads unless told not to. `verbose` logs method, URL and status (never bodies).
    pub fn new(ca_file: Option<&Path>, verbose: bool) -> Result<Http> {
        let client = client(
            ca_file.map(|p| (p, "--ca-file (AUTHZ_CA_FILE)")),
            CONNECT_TIMEOUT,
            CALL_BOUND,
        )
        .map_err(|e| {
            if e.kind == crate::error::Kind::Usage {
                e
            } else {
                e.hint("check --ca-file and the system's CA certificates (ca-certificates)")
            }
        })?;
        Ok(Http { client, verbose })
    }

    pub fn get(&self, url: &str, bearer: Option<&str>) -> std::result::Result<Response, HttpError> {
        let mut req = self
            .client
            .get(url)
            .header(reqwest::header::ACCEPT, "application/json");
        if let Some(token) = bearer {
            req = req.bearer_auth(token);
        }
        self.send(req, "GET", url)
    }

    /// A GET bounded to `timeout` in all (connect, TLS, answer) instead of the client's 30 s.
    pub fn get_within(
        &self,
        url: &str,
        timeout: Duration,
    ) -> std::result::Result<Response, HttpError> {
        let req = self
            .client
            .get(url)
            .header(reqwest::header::ACCEPT, "application/json")
            .timeout(timeout);
        self.send(req, "GET", url)
    }

    /// POSTs an `application/x-www-form-urlencoded` body, already encoded, with an
    /// `Authorization` value if given (a token request oauth2 does not make for us: one
    /// device-code poll).
    pub fn post_form(
        &self,
        url: &str,
        body: String,
        authorization: Option<&str>,
    ) -> std::result::Result<Response, HttpError> {
        let mut req = self
            .client
            .post(url)
            .header(reqwest::header::ACCEPT, "application/json")
            .header(
                reqwest::header::CONTENT_TYPE,
                "application/x-www-form-urlencoded",
            )
            .body(body);
        if let Some(value) = authorization {
            req = req.header(reqwest::header::AUTHORIZATION, value);
        }
        self.send(req, "POST", url)
    }

    fn send(
        &self,
        req: reqwest::blocking::RequestBuilder,
        method: &str,
        url: &str,
    ) -> std::result::Result<Response, HttpError> {
        let resp = req
            .send()
            .map_err(|e| HttpError(format!("{method} {url}: {}", chain(&e))))?;
        let status = resp.status();
        if self.verbose {
            stderr_line!("debug: {method} {url} -> {status}");
        }
        let headers = resp.headers().clone();
        let mut body = Vec::new();
        resp.take(MAX_BODY + 1)
            .read_to_end(&mut body)
            .map_err(|e| HttpError(format!("{method} {url}: reading the answer: {e}")))?;
        if body.len() as u64 > MAX_BODY {
            return Err(HttpError(format!(
                "{method} {url}: the answer is larger than {MAX_BODY} bytes"
            )));
        }
        Ok(Response {
            status,
            headers,
            body,
        })
    }

    /// `oauth2`'s view of this client: any `Fn(HttpRequest) -> Result<HttpResponse, E>`.
    pub fn oauth(
        &self,
    ) -> impl Fn(oauth2::HttpRequest) -> std::result::Result<oauth2::HttpResponse, HttpError> + '_
    {
        self.oauth_noting(None)
    }

    /// As `oauth`, and notes in `answered` what the provider answered (its status), since
    /// oauth2's errors keep the body but not the status, and a bare `401` is a refusal while a
    /// `503` is a pause.
    pub fn oauth_noting<'a>(
        &'a self,
        answered: Option<&'a Cell<Option<Answered>>>,
    ) -> impl Fn(oauth2::HttpRequest) -> std::result::Result<oauth2::HttpResponse, HttpError> + 'a
    {
        move |request| {
            let (parts, body) = request.into_parts();
            let url = parts.uri.to_string();
            let method = parts.method.to_string();
            let req = self
                .client
                .request(parts.method, &url)
                .headers(parts.headers)
                .body(body);
            let resp = self.send(req, &method, &url)?;
            if let Some(cell) = answered {
                cell.set(Some(Answered {
                    status: resp.status,
                    retry_after: resp
                        .headers
                        .get(reqwest::header::RETRY_AFTER)
                        .and_then(|v| v.to_str().ok())
                        .map(crate::error::escape),
                }));
            }
            // An error page (a proxy's 502, a login portal) is not an OAuth error response:
            // its status is what the operator needs, not a JSON parse error.
            let json = resp
                .headers
                .get(reqwest::header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.contains("json"));
            if !resp.status.is_success() && !json {
                return Err(HttpError(format!("{method} {url}: HTTP {}", resp.status)));
            }
            let mut out = oauth2::http::Response::builder()
                .status(resp.status)
                .body(resp.body)
                .map_err(|e| HttpError(format!("{method} {url}: {e}")))?;
            *out.headers_mut() = resp.headers;
            Ok(out)
        }
    }
}

/// A client as every HTTPS caller of authz needs one: no redirect ever followed (a redirect
/// from a token endpoint would resend the code or token elsewhere; one from OpenBao, the
/// token), bounded connect and total time, the platform's roots plus the CA file `ca` names
/// (with where its path came from, for the hint).
pub fn client(
    ca: Option<(&Path, &str)>,
    connect_timeout: Duration,
    timeout: Duration,
) -> Result<reqwest::blocking::Client> {
    let mut builder = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(connect_timeout)
        .timeout(timeout)
        .user_agent(concat!("authz/", env!("CARGO_PKG_VERSION")));
    if let Some((path, option)) = ca {
        builder = builder.tls_certs_merge(read_ca_file(path, option)?);
    }
    builder
        .build()
        .map_err(|e| Error::failure(format!("cannot set up HTTPS: {}", chain(&e))))
}

/// The certificates of a PEM file of CAs; `option` names where the path came from, for the hint.
pub fn read_ca_file(path: &Path, option: &str) -> Result<Vec<reqwest::Certificate>> {
    let shown = path.display();
    let hint = format!("{option} must name a PEM file of CA certificates");
    let pem = std::fs::read(path).map_err(|e| {
        Error::usage(format!("cannot read the CA file {shown}: {e}")).hint(hint.clone())
    })?;
    let certs = reqwest::Certificate::from_pem_bundle(&pem)
        .map_err(|e| Error::usage(format!("the CA file {shown} is not PEM: {}", chain(&e))))?;
    if certs.is_empty() {
        return Err(Error::usage(format!("the CA file {shown} holds no certificate")).hint(hint));
    }
    Ok(certs)
}

/// An error and its causes on one line: "error sending request: ...: invalid peer certificate:
/// UnknownIssuer" tells the operator to look at --ca-file.
pub fn chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut cur = e.source();
    while let Some(s) = cur {
        let text = s.to_string();
        if !out.contains(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        cur = s.source();
    }
    out
}
