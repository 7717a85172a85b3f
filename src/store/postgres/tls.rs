//! TLS to PostgreSQL with rustls (the one TLS stack, aws-lc-rs the one crypto provider), checked
//! the way libpq's `sslmode` says: verify-full checks the chain and the host name, verify-ca
//! (and require with a root certificate) the chain only, prefer/require nothing. The chain leads
//! to `sslrootcert`, or to the system's trust store when none is named (libpq 16's
//! `sslrootcert=system`).

use super::settings::{Settings, SslMode};
use crate::error::{Error, Result};
use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
};
use std::sync::Arc;

/// The rustls configuration for `settings`.
pub fn client_config(settings: &Settings) -> Result<ClientConfig> {
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::failure(format!("TLS: {e}")))?;
    let checked: Option<Arc<dyn ServerCertVerifier>> = match (&settings.sslrootcert, settings.sslmode) {
        (Some(path), _) => Some(
            WebPkiServerVerifier::builder_with_provider(Arc::new(load_roots(path)?), provider.clone())
                .build()
                .map_err(|e| Error::failure(format!("TLS: {e}")))?,
        ),
        // No root certificate named: the system's trust store (libpq 16's sslrootcert=system).
        (None, SslMode::VerifyCa | SslMode::VerifyFull) => Some(Arc::new(
            rustls_platform_verifier::Verifier::new(provider.clone()).map_err(|e| {
                Error::failure(format!("TLS: cannot load the system's trust store: {e}"))
                    .hint("name the server's root certificate: sslrootcert=PATH in the store URL, or PGSSLROOTCERT")
            })?,
        )),
        (None, _) => None,
    };
    let verifier: Arc<dyn ServerCertVerifier> = match checked {
        None => Arc::new(Unchecked(provider)),
        Some(v) if settings.sslmode == SslMode::VerifyFull => v,
        Some(v) => Arc::new(AnyName(v)),
    };
    Ok(builder
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth())
}

fn load_roots(path: &std::path::Path) -> Result<RootCertStore> {
    let shown = path.display();
    let pem = std::fs::read(path)
        .map_err(|e| Error::usage(format!("cannot read the root certificate {shown}: {e}")))?;
    let mut roots = RootCertStore::empty();
    for cert in CertificateDer::pem_slice_iter(&pem) {
        let cert = cert.map_err(|e| Error::usage(format!("{shown}: {e}")))?;
        roots
            .add(cert)
            .map_err(|e| Error::usage(format!("{shown}: {e}")))?;
    }
    if roots.is_empty() {
        return Err(Error::usage(format!("{shown} holds no PEM certificate")));
    }
    Ok(roots)
}

/// verify-ca: the chain must lead to the root certificate; the name may be anything.
#[derive(Debug)]
struct AnyName(Arc<dyn ServerCertVerifier>);

impl ServerCertVerifier for AnyName {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        match self
            .0
            .verify_server_cert(end_entity, intermediates, server_name, ocsp, now)
        {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }
    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls12_signature(message, cert, dss)
    }
    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls13_signature(message, cert, dss)
    }
    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.supported_verify_schemes()
    }
}

/// prefer/require without a root certificate: encrypted, but whoever answers is believed
/// (libpq's behaviour; the docs say to use verify-full).
#[derive(Debug)]
struct Unchecked(Arc<rustls::crypto::CryptoProvider>);

impl ServerCertVerifier for Unchecked {
    fn verify_server_cert(
        &self,
        _: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }
    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }
    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }
    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}
