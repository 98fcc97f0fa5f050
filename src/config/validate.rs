//! Validation of each section's values: URLs parsed, PEM, key and token
//! files read, thresholds checked. Every error names its field.

use std::path::Path;
use std::sync::Arc;

use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};

use super::{
    ConfigError, ListenConfig, PatternsConfig, RedactionConfig, Secret, UpstreamConfig,
    UpstreamSettings, KEY_ENV, MIN_KEY_BYTES,
};

/// A parsed `scheme://authority` origin.
pub(super) struct Origin {
    pub(super) scheme: http::uri::Scheme,
    pub(super) authority: http::uri::Authority,
    pub(super) origin: String,
}

pub(super) fn parse_origin(
    field: &'static str,
    url: &str,
    allow_http: bool,
) -> Result<Origin, ConfigError> {
    let uri: http::Uri = url
        .parse()
        .map_err(|e| ConfigError::invalid(field, format!("not a URL ({e})")))?;
    let scheme = uri
        .scheme()
        .cloned()
        .ok_or_else(|| ConfigError::invalid(field, "needs a scheme (https://…)"))?;
    if scheme != http::uri::Scheme::HTTPS && scheme != http::uri::Scheme::HTTP {
        return Err(ConfigError::invalid(field, "scheme must be https or http"));
    }
    if scheme == http::uri::Scheme::HTTP && !allow_http {
        return Err(ConfigError::invalid(
            field,
            "plain http is refused; set upstream.allow_plain_http = true to allow it",
        ));
    }
    let authority = uri
        .authority()
        .cloned()
        .ok_or_else(|| ConfigError::invalid(field, "needs a host"))?;
    if authority.as_str().contains('@') {
        return Err(ConfigError::invalid(
            field,
            "must not carry user information",
        ));
    }
    let path_ok = uri
        .path_and_query()
        .is_none_or(|pq| pq.query().is_none() && (pq.path() == "/" || pq.path().is_empty()));
    if !path_ok {
        return Err(ConfigError::invalid(
            field,
            "must be an origin without path or query",
        ));
    }
    let origin = format!("{scheme}://{authority}");
    Ok(Origin {
        scheme,
        authority,
        origin,
    })
}

impl UpstreamConfig {
    pub(super) fn validate(self) -> Result<UpstreamSettings, ConfigError> {
        let url = self
            .url
            .as_deref()
            .filter(|u| !u.trim().is_empty())
            .ok_or_else(|| {
                ConfigError::invalid(
                    "upstream.url",
                    "is required (set it in the config file or pass --upstream)",
                )
            })?;
        let origin = parse_origin("upstream.url", url.trim(), self.allow_plain_http)?;
        let mut extra_roots = Vec::new();
        if let Some(path) = &self.ca_file {
            let certs = CertificateDer::pem_file_iter(path)
                .and_then(|iter| iter.collect::<Result<Vec<_>, _>>())
                .map_err(|source| ConfigError::Pem {
                    field: "upstream.ca_file",
                    path: path.clone(),
                    source,
                })?;
            if certs.is_empty() {
                return Err(ConfigError::invalid(
                    "upstream.ca_file",
                    "holds no certificate",
                ));
            }
            extra_roots = certs;
        }
        let api_key = match (&self.api_key_file, &self.api_key_env) {
            (Some(_), Some(_)) => {
                return Err(ConfigError::invalid(
                    "upstream.api_key_file",
                    "set either api_key_file or api_key_env, not both",
                ))
            }
            (Some(path), None) => Some(read_secret("upstream.api_key_file", path)?),
            (None, Some(var)) => Some(std::env::var(var).map_err(|_| {
                ConfigError::invalid(
                    "upstream.api_key_env",
                    format!("environment variable {var} is not set"),
                )
            })?),
            (None, None) => None,
        };
        let api_key = match api_key.map(|k| k.trim().to_string()) {
            Some(k) if k.is_empty() || k.contains(':') => {
                return Err(ConfigError::invalid(
                    "upstream.api_key_file",
                    "the API key is empty or holds `:`",
                ))
            }
            other => other.map(Secret),
        };
        Ok(UpstreamSettings {
            scheme: origin.scheme,
            authority: origin.authority,
            origin: origin.origin,
            extra_roots,
            allow_plain_http: self.allow_plain_http,
            api_key,
        })
    }
}

fn read_secret(field: &'static str, path: &Path) -> Result<String, ConfigError> {
    std::fs::read_to_string(path).map_err(|source| ConfigError::File {
        field,
        path: path.to_owned(),
        source,
    })
}

impl ListenConfig {
    pub(super) fn tls(&self) -> Result<Option<Arc<rustls::ServerConfig>>, ConfigError> {
        let (cert, key) = match (&self.tls_cert, &self.tls_key) {
            (None, None) => return Ok(None),
            (Some(c), Some(k)) => (c, k),
            (Some(_), None) => {
                return Err(ConfigError::invalid(
                    "listen.tls_key",
                    "tls_cert needs tls_key",
                ))
            }
            (None, Some(_)) => {
                return Err(ConfigError::invalid(
                    "listen.tls_cert",
                    "tls_key needs tls_cert",
                ))
            }
        };
        let certs = CertificateDer::pem_file_iter(cert)
            .and_then(|iter| iter.collect::<Result<Vec<_>, _>>())
            .map_err(|source| ConfigError::Pem {
                field: "listen.tls_cert",
                path: cert.clone(),
                source,
            })?;
        let key = PrivateKeyDer::from_pem_file(key).map_err(|source| ConfigError::Pem {
            field: "listen.tls_key",
            path: key.clone(),
            source,
        })?;
        server_tls(certs, key).map(Some)
    }
}

/// A rustls server configuration (ring provider, ALPN `h2` and `http/1.1`)
/// from a certificate chain and its key.
pub fn server_tls(
    certs: Vec<CertificateDer<'static>>,
    key: PrivateKeyDer<'static>,
) -> Result<Arc<rustls::ServerConfig>, ConfigError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(ConfigError::Tls)?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(ConfigError::Tls)?;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

impl PatternsConfig {
    /// Checks that every threshold lies between 0.0 and 1.0 (the packs are
    /// compiled, and the category names checked, with the engine).
    pub(super) fn validate(&self) -> Result<(), ConfigError> {
        let check = |field: &'static str, t: f32| {
            if (0.0..=1.0).contains(&t) {
                Ok(())
            } else {
                Err(ConfigError::invalid(field, "must be between 0.0 and 1.0"))
            }
        };
        check("patterns.threshold", self.threshold)?;
        for t in self.category_thresholds.values() {
            check("patterns.category_thresholds", *t)?;
        }
        Ok(())
    }
}

impl RedactionConfig {
    /// The pseudonym key: `key_file`, else [`KEY_ENV`], else a random key
    /// (with a warning: pseudonyms then change at every start).
    pub(super) fn key(&self) -> Result<Secret<Vec<u8>>, ConfigError> {
        let key = match &self.key_file {
            Some(path) => read_secret("redaction.key_file", path)?
                .trim_end_matches(['\r', '\n'])
                .as_bytes()
                .to_vec(),
            None => match std::env::var(KEY_ENV) {
                Ok(key) => key.into_bytes(),
                Err(_) => {
                    tracing::warn!(
                        "no redaction key configured (redaction.key_file or {KEY_ENV}): \
                         using a random key, pseudonyms change at every start"
                    );
                    random_key()?
                }
            },
        };
        if key.len() < MIN_KEY_BYTES {
            return Err(ConfigError::invalid(
                "redaction.key_file",
                format!("the key must hold at least {MIN_KEY_BYTES} bytes"),
            ));
        }
        Ok(Secret::new(key))
    }
}

fn random_key() -> Result<Vec<u8>, ConfigError> {
    use std::io::Read;
    let path = Path::new("/dev/urandom");
    let mut key = vec![0u8; 32];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut key))
        .map_err(|source| ConfigError::File {
            field: "redaction.key_file",
            path: path.to_owned(),
            source,
        })?;
    Ok(key)
}
