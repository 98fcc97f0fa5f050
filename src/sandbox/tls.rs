//! The sandbox's TLS settings, from PEM.
//!
//! PEM is parsed with `rustls-pki-types` (rustls-pemfile is unmaintained)
//! and the ring provider is installed explicitly, so the result does not
//! depend on a process-wide default provider.

use std::path::Path;
use std::sync::Arc;

use rustls::ServerConfig;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};

use super::SandboxError;

/// A rustls server configuration (ALPN `h2`, `http/1.1`) from a PEM
/// certificate chain and a PEM private key (PKCS#8, PKCS#1 or SEC1).
pub fn tls_config_from_pem(
    cert_pem: &[u8],
    key_pem: &[u8],
) -> Result<Arc<ServerConfig>, SandboxError> {
    let certs = CertificateDer::pem_slice_iter(cert_pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|source| SandboxError::Pem {
            what: "certificate",
            source,
        })?;
    let key = PrivateKeyDer::from_pem_slice(key_pem).map_err(|source| SandboxError::Pem {
        what: "private key",
        source,
    })?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(SandboxError::Tls)?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(SandboxError::Tls)?;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

/// [`tls_config_from_pem`] reading the two PEM files.
pub fn tls_config_from_pem_files(
    cert: &Path,
    key: &Path,
) -> Result<Arc<ServerConfig>, SandboxError> {
    let read = |path: &Path| {
        std::fs::read(path).map_err(|source| SandboxError::Io {
            path: path.to_owned(),
            source,
        })
    };
    tls_config_from_pem(&read(cert)?, &read(key)?)
}
