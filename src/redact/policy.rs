//! The policy: which [`Action`] each [`Category`] gets.
//!
//! A policy is plain data, deserialisable from TOML:
//!
//! ```toml
//! default_action = "label"
//!
//! [actions]
//! payment_card = "partial"
//! email = "pseudonym"
//! ```

use std::collections::HashMap;

use crate::detect::Category;

/// What to do with a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Replace with a label such as `[email]`.
    Label,
    /// Keep a few trailing characters, mask the rest (`**** **** **** 1111`,
    /// `****@example.org`). Categories without a partial form get a label.
    Partial,
    /// Replace with a keyed pseudonym such as `[email:7f3a9c]`.
    Pseudonym,
    /// Remove the span entirely.
    Remove,
}

impl Action {
    /// The stable name (`label`, `partial`, `pseudonym`, `remove`).
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Label => "label",
            Action::Partial => "partial",
            Action::Pseudonym => "pseudonym",
            Action::Remove => "remove",
        }
    }
}

fn default_action() -> Action {
    Action::Label
}

/// Which action each category gets.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct Policy {
    /// Action for categories without their own entry. Default: `label`.
    #[serde(default = "default_action")]
    pub default_action: Action,
    /// Per-category actions, keyed by the category's stable name.
    #[serde(default)]
    pub actions: HashMap<Category, Action>,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            default_action: default_action(),
            actions: HashMap::new(),
        }
    }
}

impl Policy {
    /// The action configured for `category`.
    pub fn action_for(&self, category: Category) -> Action {
        self.actions
            .get(&category)
            .copied()
            .unwrap_or(self.default_action)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deserialises_from_toml() {
        let policy: Policy = toml::from_str(
            "default_action = \"remove\"\n[actions]\npayment_card = \"partial\"\nemail = \"pseudonym\"\n",
        )
        .expect("valid policy");
        assert_eq!(policy.action_for(Category::PaymentCard), Action::Partial);
        assert_eq!(policy.action_for(Category::Email), Action::Pseudonym);
        assert_eq!(policy.action_for(Category::Phone), Action::Remove);
    }

    #[test]
    fn empty_toml_is_the_default() {
        let policy: Policy = toml::from_str("").expect("valid policy");
        assert_eq!(policy, Policy::default());
    }

    #[test]
    fn rejects_unknown_fields_categories_and_actions() {
        assert!(toml::from_str::<Policy>("colour = \"red\"").is_err());
        assert!(toml::from_str::<Policy>("[actions]\nshoe_size = \"label\"").is_err());
        assert!(toml::from_str::<Policy>("default_action = \"shred\"").is_err());
    }
}
