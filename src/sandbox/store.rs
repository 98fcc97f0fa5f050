//! The sandbox's records and their JSON snapshot.
//!
//! Records keep the attributes a client set as a JSON map (already
//! validated and normalised by the handlers) next to the few members the
//! sandbox itself manages (ids, links, timestamps, the deleted flag). The
//! response objects are rendered from them on the way out, so the stored
//! form stays small and the snapshot is plain JSON.

use std::collections::BTreeMap;
use std::path::Path;

use bytes::Bytes;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::SandboxError;

/// A ticket.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Ticket {
    /// Ticket id.
    pub id: u64,
    /// Client-settable attributes (subject, status, tags, custom_fields, …).
    pub fields: Map<String, Value>,
    /// The requester contact.
    pub requester_id: u64,
    /// Attachment ids, in upload order.
    pub attachments: Vec<u64>,
    /// Soft-deleted (in the trash).
    pub deleted: bool,
    /// Creation time, epoch seconds.
    pub created_at: i64,
    /// Last update, epoch seconds.
    pub updated_at: i64,
}

/// A reply or a note.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Conversation {
    /// Conversation id.
    pub id: u64,
    /// The ticket it belongs to.
    pub ticket_id: u64,
    /// A note (source 2) rather than a reply (source 0).
    pub note: bool,
    /// Client-settable attributes (body, private, cc_emails, …).
    pub fields: Map<String, Value>,
    /// Attachment ids.
    pub attachments: Vec<u64>,
    /// Creation time.
    pub created_at: i64,
    /// Last update.
    pub updated_at: i64,
    /// Set when the body was edited.
    pub last_edited_at: Option<i64>,
}

/// A contact.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Contact {
    /// Contact id.
    pub id: u64,
    /// Client-settable attributes (name, email, phone, …).
    pub fields: Map<String, Value>,
    /// Soft-deleted.
    pub deleted: bool,
    /// Creation time.
    pub created_at: i64,
    /// Last update.
    pub updated_at: i64,
}

/// A stored file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Attachment {
    /// Attachment id.
    pub id: u64,
    /// The ticket whose 20 MB budget it counts against.
    pub ticket_id: u64,
    /// Filename as uploaded.
    pub name: String,
    /// MIME type.
    pub content_type: String,
    /// The bytes (base64 in the snapshot).
    #[serde(with = "b64")]
    pub bytes: Bytes,
    /// Upload time.
    pub created_at: i64,
}

/// Next id per record kind. Kinds start in different ranges so that a
/// contact id passed where a ticket id belongs is caught.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NextIds {
    /// Next ticket id.
    pub ticket: u64,
    /// Next conversation id.
    pub conversation: u64,
    /// Next contact id.
    pub contact: u64,
    /// Next attachment id.
    pub attachment: u64,
}

impl Default for NextIds {
    fn default() -> Self {
        NextIds {
            ticket: 1,
            conversation: 5_000_001,
            contact: 1_000_001,
            attachment: 9_000_001,
        }
    }
}

/// Everything the sandbox holds.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Store {
    /// Id counters.
    pub next: NextIds,
    /// Tickets by id.
    pub tickets: BTreeMap<u64, Ticket>,
    /// Conversations by id.
    pub conversations: BTreeMap<u64, Conversation>,
    /// Contacts by id.
    pub contacts: BTreeMap<u64, Contact>,
    /// Attachments by id.
    pub attachments: BTreeMap<u64, Attachment>,
}

impl Store {
    /// Loads a snapshot; a missing file is an empty store.
    pub fn load(path: &Path) -> Result<Store, SandboxError> {
        match std::fs::read(path) {
            Ok(bytes) => {
                serde_json::from_slice(&bytes).map_err(|source| SandboxError::SnapshotFormat {
                    path: path.to_owned(),
                    source,
                })
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Store::default()),
            Err(source) => Err(SandboxError::Io {
                path: path.to_owned(),
                source,
            }),
        }
    }

    /// The snapshot bytes.
    pub fn to_snapshot(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// Writes snapshot bytes atomically (temporary file, then rename).
    pub fn write_snapshot(path: &Path, bytes: &[u8]) -> Result<(), SandboxError> {
        let io = |source| SandboxError::Io {
            path: path.to_owned(),
            source,
        };
        let mut tmp = path.as_os_str().to_owned();
        tmp.push(".tmp");
        std::fs::write(&tmp, bytes).map_err(io)?;
        std::fs::rename(&tmp, path).map_err(io)
    }

    /// Allocates a ticket id.
    pub fn ticket_id(&mut self) -> u64 {
        bump(&mut self.next.ticket)
    }

    /// Allocates a conversation id.
    pub fn conversation_id(&mut self) -> u64 {
        bump(&mut self.next.conversation)
    }

    /// Allocates a contact id.
    pub fn contact_id(&mut self) -> u64 {
        bump(&mut self.next.contact)
    }

    /// Allocates an attachment id.
    pub fn attachment_id(&mut self) -> u64 {
        bump(&mut self.next.attachment)
    }

    /// Bytes of attachments already stored for a ticket (its conversations
    /// included).
    pub fn ticket_attachment_bytes(&self, ticket_id: u64) -> u64 {
        self.attachments
            .values()
            .filter(|a| a.ticket_id == ticket_id)
            .map(|a| a.bytes.len() as u64)
            .sum()
    }

    /// Conversations of a ticket, oldest first.
    pub fn conversations_of(&self, ticket_id: u64) -> Vec<&Conversation> {
        self.conversations
            .values()
            .filter(|c| c.ticket_id == ticket_id)
            .collect()
    }

    /// Removes a ticket with its conversations and attachments.
    pub fn purge_ticket(&mut self, ticket_id: u64) {
        self.tickets.remove(&ticket_id);
        self.conversations.retain(|_, c| c.ticket_id != ticket_id);
        self.attachments.retain(|_, a| a.ticket_id != ticket_id);
    }
}

fn bump(counter: &mut u64) -> u64 {
    let id = *counter;
    *counter += 1;
    id
}

mod b64 {
    use base64::engine::general_purpose::STANDARD;
    use base64::Engine;
    use bytes::Bytes;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &Bytes, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&STANDARD.encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Bytes, D::Error> {
        let text = String::deserialize(d)?;
        STANDARD
            .decode(text)
            .map(Bytes::from)
            .map_err(serde::de::Error::custom)
    }
}
