//! The runtime: what the ticket pipeline and the proxy run with, assembled
//! once at start-up from the operator's validated [`Settings`].
//!
//! [`crate::config`] knows values only: it parses and checks them and reads
//! the files they name, and stops there. Everything that needs the engine's
//! knowledge happens here, in one step, so that `check-config` and `serve`
//! fail on the same mistakes before the first ticket arrives:
//!
//! * the pattern packs are loaded and compiled into the shared
//!   [`Detector`] (`[patterns]`);
//! * the [`Redactor`] gets its policy, the pseudonym key and, as its
//!   fingerprint key, the audit key; the [`AttachmentTokens`] get a key
//!   derived from the pseudonym key (`[redaction]`);
//! * the audit key is read (`ledger.key_file` or `HUSHDESK_AUDIT_KEY`,
//!   required while the ledger is on) and the ledger's [`LedgerConfig`] is
//!   built (`[ledger]`);
//! * the retention policy is checked and route names are checked against
//!   the route table (`[retention]`, `[report_only]`);
//! * the policy version is computed over the loaded packs and the policy
//!   sections.
//!
//! Every error still names the config field at fault ([`SetupError`]).

use std::path::PathBuf;
use std::sync::Arc;

use super::policy_version::{policy_document, policy_version};
use super::AttachmentTokens;
use crate::audit::{self, AuditError, AuditKey, FsyncPolicy, LedgerConfig};
use crate::body::html::HtmlLimits;
use crate::body::json::{FieldPolicy, JsonLimits};
use crate::body::multipart::{AttachmentPolicy, MultipartLimits};
use crate::config::{
    Config, ConfigError, FsyncMode, LedgerSection, OnFailure, PatternsConfig, RedactionConfig,
    ReportOnlyConfig, Settings,
};
use crate::detect::{DetectError, DetectOptions, Detector};
use crate::pack::{PackError, PackSet};
use crate::redact::{Policy, Redactor};
use crate::retention::{RetentionError, RetentionPolicy};

/// Errors assembling the runtime: a value the config layer refused, or one
/// that only the engine can refuse. Each names the config field at fault.
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    /// A value in the configuration is not allowed, or a file it names
    /// cannot be read.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// The pattern packs could not be loaded or compiled.
    #[error("patterns: the pattern packs could not be loaded")]
    Patterns(#[source] DetectError),
    /// A pack directory could not be loaded.
    #[error("patterns.dirs: cannot load {path}")]
    PackDir {
        /// The directory.
        path: PathBuf,
        /// The pack error.
        #[source]
        source: PackError,
    },
    /// The retention policy is inconsistent.
    #[error("retention: invalid policy")]
    Retention(#[source] RetentionError),
}

/// The ledger's running configuration.
#[derive(Debug, Clone)]
pub struct LedgerSettings {
    /// Directory, key, fsync policy and rotation: everything
    /// [`audit::Ledger::open`] needs.
    pub config: LedgerConfig,
    /// What content requests get while the ledger cannot be written.
    pub on_failure: OnFailure,
}

/// Everything the proxy runs with: the validated settings and what is built
/// from them. Built once by [`Runtime::build`]; shared by `Arc`.
#[derive(Debug)]
pub struct Runtime {
    /// The validated settings (listener, upstream, timeouts, limits, ...).
    pub settings: Settings,
    /// The compiled detector.
    pub detector: Arc<Detector>,
    /// The redactor (policy, pseudonym key, fingerprint key).
    pub redactor: Redactor,
    /// The keyed hash that names renamed attachments (under the pseudonym
    /// key, never the audit key).
    pub attachment_tokens: AttachmentTokens,
    /// Field treatments.
    pub fields: FieldPolicy,
    /// The attachment policy.
    pub attachments: AttachmentPolicy,
    /// The retention policy.
    pub retention: RetentionPolicy,
    /// JSON walker limits.
    pub json_limits: JsonLimits,
    /// Multipart walker limits.
    pub multipart_limits: MultipartLimits,
    /// HTML rewriter limits.
    pub html_limits: HtmlLimits,
    /// The ledger's configuration; `None` when the ledger is switched off.
    pub ledger: Option<LedgerSettings>,
    /// A hash of the loaded packs and the policy configuration, written
    /// into every ledger record (`sha256:<32 hex>`).
    pub policy_version: String,
}

impl Runtime {
    /// Validates `config` ([`Config::into_settings`]) and builds the runtime
    /// from it.
    pub fn from_config(config: Config) -> Result<Runtime, SetupError> {
        Runtime::build(config.into_settings()?)
    }

    /// Builds the runtime from validated settings: compiles the pattern
    /// packs, reads the audit key (refused when the ledger is on and no key
    /// is given), builds the redactor and the ledger's configuration,
    /// checks the retention policy and the report-only route names, and
    /// computes the policy version.
    pub fn build(settings: Settings) -> Result<Runtime, SetupError> {
        let (detector, packs) = compile_patterns(&settings.patterns)?;
        let audit_key = audit_key(&settings.ledger)?;
        let ledger = ledger_settings(&settings.ledger, audit_key.clone())?;
        let redactor = redactor(&settings.redaction, settings.pseudonym_key.expose());
        let redactor = match &audit_key {
            Some(key) => redactor.with_fingerprint_key(key.as_bytes().to_vec()),
            None => redactor,
        };
        let attachment_tokens = AttachmentTokens::new(settings.pseudonym_key.expose());
        let policy_version = policy_version(&packs, policy_document(&settings));
        drop(packs);
        settings
            .retention
            .validate()
            .map_err(SetupError::Retention)?;
        check_routes(&settings.report_only)?;
        Ok(Runtime {
            detector: Arc::new(detector),
            redactor,
            attachment_tokens,
            fields: settings.fields.clone(),
            attachments: settings.attachments.clone(),
            retention: settings.retention.clone(),
            json_limits: settings.limits.json.clone(),
            multipart_limits: settings.limits.multipart.clone(),
            html_limits: settings.limits.html.clone(),
            ledger,
            policy_version,
            settings,
        })
    }

    /// Whether bodies on the route named `route` are forwarded unmodified
    /// (see [`Settings::report_only`]).
    pub fn report_only(&self, route: &str) -> bool {
        self.settings.report_only(route)
    }
}

/// Loads the packs and compiles them; the packs are returned too (for the
/// policy version).
fn compile_patterns(patterns: &PatternsConfig) -> Result<(Detector, PackSet), SetupError> {
    let mut packs = if patterns.builtin {
        PackSet::defaults().map_err(|e| SetupError::Patterns(DetectError::Pack(e)))?
    } else {
        PackSet::default()
    };
    for dir in &patterns.dirs {
        packs.load_dir(dir).map_err(|source| SetupError::PackDir {
            path: dir.clone(),
            source,
        })?;
    }
    let options = DetectOptions {
        threshold: patterns.threshold,
        category_thresholds: patterns.category_thresholds.clone(),
    };
    let detector = Detector::new(&packs, options).map_err(SetupError::Patterns)?;
    Ok((detector, packs))
}

/// The redactor under the pseudonym key.
fn redactor(redaction: &RedactionConfig, pseudonym_key: &[u8]) -> Redactor {
    let policy = Policy {
        default_action: redaction.default_action,
        actions: redaction.actions.clone(),
    };
    Redactor::new(policy, pseudonym_key.to_vec())
}

/// Reads the audit key (`ledger.key_file`, else `HUSHDESK_AUDIT_KEY`).
/// `None` when the ledger is off and no key is available; an error when the
/// ledger is on and no key is available.
fn audit_key(ledger: &LedgerSection) -> Result<Option<AuditKey>, ConfigError> {
    match audit::key_from_env_or_file(ledger.key_file.as_deref()) {
        Ok(key) => Ok(Some(key)),
        Err(AuditError::KeyMissing) if !ledger.enabled => Ok(None),
        Err(AuditError::KeyMissing) => Err(ConfigError::invalid(
            "ledger.key_file",
            format!(
                "no audit key: set ledger.key_file or the {} environment variable \
                 (the key must stay the same for the ledger's whole life, so none is \
                 generated), or switch the ledger off with ledger.enabled = false",
                audit::KEY_ENV
            ),
        )),
        Err(AuditError::KeyFile { path, source }) => Err(ConfigError::File {
            field: "ledger.key_file",
            path,
            source,
        }),
        Err(AuditError::KeyTooShort { min }) => Err(ConfigError::invalid(
            "ledger.key_file",
            format!("the audit key must hold at least {min} bytes"),
        )),
        Err(other) => Err(ConfigError::invalid("ledger.key_file", other.to_string())),
    }
}

/// The ledger's running configuration, `None` when the ledger is off.
fn ledger_settings(
    ledger: &LedgerSection,
    key: Option<AuditKey>,
) -> Result<Option<LedgerSettings>, ConfigError> {
    if !ledger.enabled {
        return Ok(None);
    }
    let key = key.ok_or_else(|| ConfigError::invalid("ledger.key_file", "no audit key"))?;
    let mut config = LedgerConfig::new(ledger.dir.clone(), key);
    config.fsync = match ledger.fsync {
        FsyncMode::EveryBatch => FsyncPolicy::EveryBatch,
        FsyncMode::Never => FsyncPolicy::Never,
        FsyncMode::Interval => FsyncPolicy::Interval(ledger.fsync_interval.get()),
    };
    config.max_segment_bytes = ledger.max_segment_bytes;
    config.max_segment_age = ledger.max_segment_age.get();
    Ok(Some(LedgerSettings {
        config,
        on_failure: ledger.on_failure,
    }))
}

/// Every route named by `[report_only] routes` must be in the route table.
fn check_routes(report_only: &ReportOnlyConfig) -> Result<(), ConfigError> {
    let known = crate::freshdesk::routes::routes();
    for name in report_only.routes.keys() {
        if !known.iter().any(|r| r.name == name) {
            return Err(ConfigError::invalid(
                "report_only.routes",
                format!("unknown route `{name}`"),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
