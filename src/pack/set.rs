//! [`PackSet`]: packs loaded in order, with `disable` applied.
//!
//! Adding a pack is all-or-nothing: the whole file is validated before the
//! set changes, so a failed reload leaves the previous set intact.

use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;

use serde::Deserialize;
use serde_json::{json, Value};

use super::format::{AllowDef, PackHeader, RuleDef};
use super::fragment::{self, Fragments};
use super::load::{build_allow, build_rule, Origin};
use super::rule::{AllowEntry, Pack, Rule};
use super::PackError;

/// The default packs, compiled into the binary, in load order.
const DEFAULT_PACKS: [(&str, &str); 12] = [
    ("email.toml", include_str!("../../patterns/email.toml")),
    ("phone.toml", include_str!("../../patterns/phone.toml")),
    (
        "payment_card.toml",
        include_str!("../../patterns/payment_card.toml"),
    ),
    ("iban.toml", include_str!("../../patterns/iban.toml")),
    (
        "national_id.toml",
        include_str!("../../patterns/national_id.toml"),
    ),
    (
        "ip_address.toml",
        include_str!("../../patterns/ip_address.toml"),
    ),
    ("secret.toml", include_str!("../../patterns/secret.toml")),
    (
        "date_of_birth.toml",
        include_str!("../../patterns/date_of_birth.toml"),
    ),
    (
        "person_name.toml",
        include_str!("../../patterns/person_name.toml"),
    ),
    (
        "postal_address.toml",
        include_str!("../../patterns/postal_address.toml"),
    ),
    (
        "person_name_structured.toml",
        include_str!("../../patterns/person_name_structured.toml"),
    ),
    (
        "postal_address_more.toml",
        include_str!("../../patterns/postal_address_more.toml"),
    ),
];

/// Top-level keys a pack file may hold.
const TOP_LEVEL_KEYS: [&str; 4] = ["pack", "fragments", "rules", "allow"];

/// A set of loaded, validated packs, not yet compiled.
#[derive(Debug, Clone, Default)]
pub struct PackSet {
    packs: Vec<Pack>,
    /// `(pack index, rule index)` of rules switched off by a later `disable`.
    disabled: HashSet<(usize, usize)>,
    /// Every pack's `[fragments]`, references expanded.
    fragments: Fragments,
}

impl PackSet {
    /// The default packs compiled into the binary.
    pub fn defaults() -> Result<PackSet, PackError> {
        let mut set = PackSet::default();
        for (file, text) in DEFAULT_PACKS {
            set.add_str(&format!("patterns/{file}"), text)?;
        }
        Ok(set)
    }

    /// Adds every `*.toml` file in `dir`, in name order.
    pub fn load_dir(&mut self, dir: &Path) -> Result<(), PackError> {
        let io_err = |source| PackError::Io {
            file: dir.display().to_string(),
            source,
        };
        let mut files = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(io_err)? {
            let path = entry.map_err(io_err)?.path();
            if path.extension().is_some_and(|e| e == "toml") && path.is_file() {
                files.push(path);
            }
        }
        files.sort();
        for path in files {
            let file = path.display().to_string();
            let text = std::fs::read_to_string(&path).map_err(|source| PackError::Io {
                file: file.clone(),
                source,
            })?;
            self.add_str(&file, &text)?;
        }
        Ok(())
    }

    /// Adds one pack from its text; `file` names it in errors.
    pub fn add_str(&mut self, file: &str, text: &str) -> Result<(), PackError> {
        let invalid = |message: String| PackError::Invalid {
            file: file.to_string(),
            message,
        };
        let mut table: toml::Table = toml::from_str(text).map_err(|e| invalid(e.to_string()))?;
        if let Some(key) = table.keys().find(|k| !TOP_LEVEL_KEYS.contains(&k.as_str())) {
            return Err(invalid(format!(
                "unknown top-level key `{key}` (expected `pack`, `fragments`, `rules`, `allow`)"
            )));
        }
        let header: PackHeader = table
            .remove("pack")
            .ok_or_else(|| invalid("missing `[pack]` section".into()))?
            .try_into()
            .map_err(|e: toml::de::Error| invalid(format!("[pack]: {}", e.message())))?;
        if header.version != 1 {
            return Err(invalid(format!(
                "format version {} is not supported (expected 1)",
                header.version
            )));
        }
        if header.name.trim().is_empty() {
            return Err(invalid("pack name must not be empty".into()));
        }
        if self.packs.iter().any(|p| *p.name == *header.name) {
            return Err(invalid(format!("duplicate pack name `{}`", header.name)));
        }
        let newly_disabled = self.resolve_disable(&header.disable).map_err(invalid)?;
        let pack_name: Arc<str> = header.name.as_str().into();
        let file_name: Arc<str> = file.into();
        let origin = Origin {
            pack: &pack_name,
            file: &file_name,
        };
        let mut fragments = self.fragments.clone();
        fragments
            .extend(fragment::parse(table.remove("fragments"), &self.fragments).map_err(invalid)?);
        let rules = self.parse_rules(
            file,
            table.remove("rules"),
            &origin,
            &newly_disabled,
            &fragments,
        )?;
        let allow = parse_allow(table.remove("allow"), &pack_name).map_err(invalid)?;
        self.disabled.extend(newly_disabled);
        self.fragments = fragments;
        self.packs.push(Pack {
            name: pack_name,
            file: file_name,
            description: header.description,
            rules,
            allow,
        });
        Ok(())
    }

    /// Every pack, in load order.
    pub fn packs(&self) -> &[Pack] {
        &self.packs
    }

    /// Every enabled rule, in load order.
    pub fn rules(&self) -> impl Iterator<Item = &Rule> + '_ {
        self.packs.iter().enumerate().flat_map(move |(p, pack)| {
            pack.rules
                .iter()
                .enumerate()
                .filter(move |(r, _)| !self.disabled.contains(&(p, *r)))
                .map(|(_, rule)| rule)
        })
    }

    /// Every pack-level allow-list entry, in load order.
    pub fn allow_entries(&self) -> impl Iterator<Item = &AllowEntry> + '_ {
        self.packs.iter().flat_map(|p| p.allow.iter())
    }

    /// What a detector built from this set is built from: every rule's and
    /// allow entry's content, without file locations. Hashed into the policy
    /// version, so any change to a rule changes it.
    pub fn document(&self) -> Value {
        let rules: Vec<Value> = self
            .rules()
            .map(|r| {
                json!({
                    "id": &*r.id,
                    "category": r.category.as_str(),
                    "subtype": r.subtype.as_deref(),
                    "pack": &*r.pack,
                    "regex": r.regex,
                    "case_insensitive": r.case_insensitive,
                    "keywords": r.keywords,
                    "prefilter": r.prefilter,
                    "digits": r.digits,
                    "max_len": r.max_len,
                    "validator": r.validator,
                    "confidence": r.confidence,
                    "context": r.context.as_ref().map(|c| json!({
                        "words": c.words,
                        "window": c.window,
                        "boost": c.boost,
                        "required": c.required,
                        "negative": c.negative,
                        "penalty": c.penalty,
                    })),
                    "allow": r.allow,
                    "allow_regex": r.allow_regex,
                    "extend": r.extend,
                })
            })
            .collect();
        let allow: Vec<Value> = self
            .allow_entries()
            .map(|a| {
                json!({
                    "pack": &*a.pack,
                    "values": a.values,
                    "regex": a.regex,
                    "categories": a.categories.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
                    "rules": a.rules,
                })
            })
            .collect();
        json!({ "rules": rules, "allow": allow })
    }

    /// Finds the enabled rules a `disable` list names.
    fn resolve_disable(&self, ids: &[String]) -> Result<Vec<(usize, usize)>, String> {
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            let found = self.enabled_index(id).ok_or_else(|| {
                format!("disable: no enabled rule `{id}` in the packs loaded before")
            })?;
            out.push(found);
        }
        Ok(out)
    }

    fn enabled_index(&self, id: &str) -> Option<(usize, usize)> {
        self.packs.iter().enumerate().find_map(|(p, pack)| {
            pack.rules
                .iter()
                .position(|r| *r.id == *id)
                .map(|r| (p, r))
                .filter(|key| !self.disabled.contains(key))
        })
    }

    fn parse_rules(
        &self,
        file: &str,
        value: Option<toml::Value>,
        origin: &Origin<'_>,
        newly_disabled: &[(usize, usize)],
        fragments: &Fragments,
    ) -> Result<Vec<Rule>, PackError> {
        let rule_err = |rule: String, message: String| PackError::Rule {
            file: file.to_string(),
            rule,
            message,
        };
        let entries = match value {
            None => return Ok(Vec::new()),
            Some(toml::Value::Array(a)) => a,
            Some(_) => {
                return Err(PackError::Invalid {
                    file: file.to_string(),
                    message: "`rules` must be an array of tables (`[[rules]]`)".into(),
                })
            }
        };
        let mut rules: Vec<Rule> = Vec::with_capacity(entries.len());
        for (i, entry) in entries.into_iter().enumerate() {
            let id = entry
                .get("id")
                .and_then(|v| v.as_str())
                .map_or_else(|| format!("#{}", i + 1), str::to_string);
            let mut def = RuleDef::deserialize(entry)
                .map_err(|e: toml::de::Error| rule_err(id.clone(), e.message().to_string()))?;
            expand_fragments(&mut def, fragments).map_err(|m| rule_err(id.clone(), m))?;
            let rule = build_rule(def, origin).map_err(|m| rule_err(id.clone(), m))?;
            let clash_earlier = self
                .enabled_index(&id)
                .is_some_and(|key| !newly_disabled.contains(&key));
            if clash_earlier || rules.iter().any(|r| *r.id == *id) {
                return Err(rule_err(id, "duplicate rule id".into()));
            }
            rules.push(rule);
        }
        Ok(rules)
    }
}

/// Expands fragment references in a rule's regexes.
fn expand_fragments(def: &mut RuleDef, fragments: &Fragments) -> Result<(), String> {
    if let Some(re) = &mut def.regex {
        *re = fragment::expand(re, fragments)?;
    }
    if let Some(re) = &mut def.extend {
        *re = fragment::expand(re, fragments).map_err(|e| format!("extend: {e}"))?;
    }
    for re in &mut def.allow_regex {
        *re = fragment::expand(re, fragments).map_err(|e| format!("allow_regex: {e}"))?;
    }
    Ok(())
}

fn parse_allow(value: Option<toml::Value>, pack: &Arc<str>) -> Result<Vec<AllowEntry>, String> {
    let entries = match value {
        None => return Ok(Vec::new()),
        Some(toml::Value::Array(a)) => a,
        Some(_) => return Err("`allow` must be an array of tables (`[[allow]]`)".into()),
    };
    entries
        .into_iter()
        .map(|entry| {
            let def = AllowDef::deserialize(entry)
                .map_err(|e: toml::de::Error| format!("allow: {}", e.message()))?;
            build_allow(def, pack)
        })
        .collect()
}
