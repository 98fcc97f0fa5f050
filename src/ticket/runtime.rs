//! The runtime: what the ticket pipeline and the proxy run with, assembled
//! once at start-up from the operator's validated [`Settings`].
//!
//! [`crate::config`] knows values only: it parses and checks them and reads
//! the files they name, and stops there. Everything that needs the engine's
//! knowledge happens here, in one step, so that `check-config` and `serve`
//! fail on the same mistakes before the first ticket arrives:
//!
//! * category names are checked against the category list
//!   (`patterns.category_thresholds`, `redaction.actions`) and the pattern
//!   packs are loaded and compiled into the shared [`Detector`]
//!   (`[patterns]`);
//! * the [`Redactor`] gets its policy, the pseudonym key and, as its
//!   fingerprint key, the audit key; the [`AttachmentTokens`] get a key
//!   derived from the pseudonym key (`[redaction]`);
//! * the body walkers' runtime types are built from their sections: the
//!   field policy (override selectors parsed, `[fields]`), the attachment
//!   policy (`[attachments]`) and the JSON, multipart and HTML limits
//!   (`[limits]`);
//! * the audit key is read (`ledger.key_file` or `HUSHDESK_AUDIT_KEY`,
//!   required while the ledger is on) and the ledger's [`LedgerConfig`] is
//!   built (`[ledger]`);
//! * the retention policy is checked and its categories parsed
//!   (`[retention]`), and route names are checked against the route table
//!   (`[report_only]`);
//! * the policy version is computed over the loaded packs and the policy
//!   sections.
//!
//! Every error still names the config field at fault ([`SetupError`]).

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

use super::policy_version::{policy_document, policy_version};
use super::AttachmentTokens;
use crate::audit::{self, AuditError, AuditKey, FsyncPolicy, LedgerConfig};
use crate::body::html::HtmlLimits;
use crate::body::json::{self, FieldPolicy, JsonLimits};
use crate::body::multipart::{AttachmentPolicy, MultipartLimits};
use crate::config::{
    self, AttachmentsConfig, Config, ConfigError, FieldsConfig, FsyncMode, LedgerSection,
    LimitsConfig, OnFailure, PatternsConfig, RedactionAction, RedactionConfig, ReportOnlyConfig,
    Settings,
};
use crate::detect::{Category, DetectError, DetectOptions, Detector, PackError, PackSet};
use crate::redact::{Action, Policy, Redactor};
use crate::retention::{RetentionError, RetentionPolicy};
use crate::selector::Selector;

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

    /// Builds the runtime from validated settings: checks category names
    /// and compiles the pattern packs, reads the audit key (refused when the
    /// ledger is on and no key is given), builds the redactor, the ledger's
    /// configuration, the field and attachment policies, the body limits and
    /// the retention policy, checks the report-only route names, and
    /// computes the policy version.
    pub fn build(settings: Settings) -> Result<Runtime, SetupError> {
        let options = detect_options(&settings.patterns)?;
        let (detector, packs) = compile_patterns(&settings.patterns, options)?;
        let audit_key = audit_key(&settings.ledger)?;
        // `audit_key` refused a ledger that is on without a key.
        let ledger = audit_key
            .clone()
            .filter(|_| settings.ledger.enabled)
            .map(|key| ledger_settings(&settings.ledger, key));
        let policy = redaction_policy(&settings.redaction)?;
        let redactor = Redactor::new(policy, settings.pseudonym_key.expose().to_vec());
        let redactor = match &audit_key {
            Some(key) => redactor.with_fingerprint_key(key.as_bytes().to_vec()),
            None => redactor,
        };
        let attachment_tokens = AttachmentTokens::new(settings.pseudonym_key.expose());
        let fields = field_policy(&settings.fields)?;
        let policy_version = policy_version(&packs, policy_document(&settings));
        drop(packs);
        let retention =
            RetentionPolicy::new(settings.retention.clone()).map_err(SetupError::Retention)?;
        check_routes(&settings.report_only)?;
        let (json_limits, multipart_limits, html_limits) = body_limits(&settings.limits);
        Ok(Runtime {
            detector: Arc::new(detector),
            redactor,
            attachment_tokens,
            fields,
            attachments: attachment_policy(&settings.attachments),
            retention,
            json_limits,
            multipart_limits,
            html_limits,
            ledger,
            policy_version,
            settings,
        })
    }
}

/// A category named in the config (`field` names where).
fn category(field: &'static str, name: &str) -> Result<Category, ConfigError> {
    Category::parse(name).ok_or_else(|| {
        let known: Vec<String> = Category::ALL.iter().map(|c| format!("`{c}`")).collect();
        ConfigError::invalid(
            field,
            format!(
                "unknown category `{name}`, expected one of {}",
                known.join(", ")
            ),
        )
    })
}

/// The detector's thresholds (`[patterns]`).
fn detect_options(patterns: &PatternsConfig) -> Result<DetectOptions, ConfigError> {
    let mut category_thresholds = HashMap::new();
    for (name, threshold) in &patterns.category_thresholds {
        let category = category("patterns.category_thresholds", name)?;
        category_thresholds.insert(category, *threshold);
    }
    Ok(DetectOptions {
        threshold: patterns.threshold,
        category_thresholds,
    })
}

/// Loads the packs and compiles them; the packs are returned too (for the
/// policy version).
fn compile_patterns(
    patterns: &PatternsConfig,
    options: DetectOptions,
) -> Result<(Detector, PackSet), SetupError> {
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
    let detector = Detector::new(&packs, options).map_err(SetupError::Patterns)?;
    Ok((detector, packs))
}

/// The redaction policy (`[redaction]`).
fn redaction_policy(redaction: &RedactionConfig) -> Result<Policy, ConfigError> {
    let action = |a: RedactionAction| match a {
        RedactionAction::Label => Action::Label,
        RedactionAction::Partial => Action::Partial,
        RedactionAction::Pseudonym => Action::Pseudonym,
        RedactionAction::Remove => Action::Remove,
    };
    let mut actions = HashMap::new();
    for (name, a) in &redaction.actions {
        actions.insert(category("redaction.actions", name)?, action(*a));
    }
    Ok(Policy {
        default_action: action(redaction.default_action),
        actions,
    })
}

/// The JSON walker's field policy from `[fields]`: override keys parsed as
/// field selectors (errors name `fields.overrides`).
pub fn field_policy(fields: &FieldsConfig) -> Result<FieldPolicy, ConfigError> {
    let whole = |a: config::WholeFieldAction| match a {
        config::WholeFieldAction::Keep => json::WholeFieldAction::Keep,
        config::WholeFieldAction::Redact => json::WholeFieldAction::Redact,
        config::WholeFieldAction::Drop => json::WholeFieldAction::Drop,
    };
    let custom_fields = match &fields.custom_fields {
        config::CustomFieldScan::All => json::CustomFieldScan::All,
        config::CustomFieldScan::None => json::CustomFieldScan::None,
        config::CustomFieldScan::Only(keys) => json::CustomFieldScan::Only(keys.clone()),
    };
    let mut overrides = BTreeMap::new();
    for (text, action) in &fields.overrides {
        let selector = Selector::parse(text)
            .map_err(|e| ConfigError::invalid("fields.overrides", e.to_string()))?;
        let action = match action {
            config::FieldAction::Keep => json::FieldAction::Keep,
            config::FieldAction::Scan => json::FieldAction::Scan,
            config::FieldAction::ScanHtml => json::FieldAction::ScanHtml,
            config::FieldAction::Redact => json::FieldAction::Redact,
            config::FieldAction::Drop => json::FieldAction::Drop,
        };
        overrides.insert(selector, action);
    }
    Ok(FieldPolicy {
        identity: whole(fields.identity),
        third_party: whole(fields.third_party),
        custom_fields,
        overrides,
    })
}

/// The multipart walker's attachment policy from `[attachments]`.
fn attachment_policy(attachments: &AttachmentsConfig) -> AttachmentPolicy {
    AttachmentPolicy {
        allow_content_types: attachments.allow_content_types.clone(),
        deny_content_types: attachments.deny_content_types.clone(),
        rename_pattern: attachments.rename_pattern.clone(),
    }
}

/// The body walkers' limits from `[limits]`.
fn body_limits(limits: &LimitsConfig) -> (JsonLimits, MultipartLimits, HtmlLimits) {
    let json = JsonLimits {
        max_depth: limits.json.max_depth,
        max_bytes: limits.json.max_bytes,
    };
    let multipart = MultipartLimits {
        max_parts: limits.multipart.max_parts,
        max_text_part_bytes: limits.multipart.max_text_part_bytes,
        max_header_bytes: limits.multipart.max_header_bytes,
        max_buffered_text_bytes: limits.multipart.max_buffered_text_bytes,
        max_total_bytes: limits.multipart.max_total_bytes,
    };
    let html = HtmlLimits {
        max_memory: limits.html.max_memory,
        max_text_node: limits.html.max_text_node,
    };
    (json, multipart, html)
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

/// The running configuration of a ledger that is on, under `key`.
fn ledger_settings(ledger: &LedgerSection, key: AuditKey) -> LedgerSettings {
    let mut config = LedgerConfig::new(ledger.dir.clone(), key);
    config.fsync = match ledger.fsync {
        FsyncMode::EveryBatch => FsyncPolicy::EveryBatch,
        FsyncMode::Never => FsyncPolicy::Never,
        FsyncMode::Interval => FsyncPolicy::Interval(ledger.fsync_interval.get()),
    };
    config.max_segment_bytes = ledger.max_segment_bytes;
    config.max_segment_age = ledger.max_segment_age.get();
    LedgerSettings {
        config,
        on_failure: ledger.on_failure,
    }
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
