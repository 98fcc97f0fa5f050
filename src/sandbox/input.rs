//! One request body, JSON or multipart, turned into typed attributes.
//!
//! Handlers describe their attributes once, as a [`Schema`]; both encodings
//! then go through the same checks, so a multipart create and a JSON
//! create of the same ticket store the same thing. Multipart conventions
//! (Freshdesk's): `name[]` parts repeat into an array, `custom_fields[k]`
//! parts build an object, numbers and booleans arrive as strings, and
//! parts with a `filename` attribute are files.

use bytes::Bytes;
use serde_json::{Map, Value};

use super::multipart::{self, Part};
use super::web::Reject;
use crate::freshdesk::error::{ErrorCode, FieldError};

/// The type of one attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A string (or null).
    Str,
    /// An integer (or null); multipart sends decimal strings.
    Int,
    /// A boolean; multipart sends `true/false/True/False/1/0`.
    Bool,
    /// An array of strings (`name[]` parts in multipart).
    StrArray,
    /// An array of integers.
    IntArray,
    /// An object of scalars (`custom_fields`; `name[key]` parts).
    Object,
    /// File parts (multipart only).
    Files,
}

/// Attribute names and kinds accepted by an endpoint.
pub type Schema = &'static [(&'static str, Kind)];

/// An uploaded file.
#[derive(Debug, Clone)]
pub struct Upload {
    /// The filename as sent.
    pub name: String,
    /// The part's Content-Type, or a guess from the filename.
    pub content_type: String,
    /// The bytes.
    pub bytes: Bytes,
}

/// A validated body.
#[derive(Debug, Default)]
pub struct Input {
    /// Known attributes with normalised JSON values.
    pub fields: Map<String, Value>,
    /// Uploaded files (the [`Kind::Files`] attribute).
    pub files: Vec<Upload>,
}

impl Input {
    /// A string attribute, when present and not null.
    pub fn str(&self, key: &str) -> Option<&str> {
        self.fields.get(key).and_then(Value::as_str)
    }

    /// An integer attribute, when present and not null.
    pub fn int(&self, key: &str) -> Option<i64> {
        self.fields.get(key).and_then(Value::as_i64)
    }
}

/// Options that change how multipart values are read.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Turn `true/false/True/False` custom-field values into booleans.
    pub custom_field_booleans: bool,
}

/// Parses and validates a body. `content_type` is the request's header;
/// an empty body reads as `{}`.
pub async fn read(
    content_type: Option<&str>,
    body: Bytes,
    schema: Schema,
    options: Options,
) -> Result<Input, Reject> {
    let ct = content_type.unwrap_or("").to_ascii_lowercase();
    let raw = if ct.starts_with("multipart/form-data") {
        match content_type.and_then(boundary) {
            Some(b) => {
                let parts = multipart::parse(body, &b).await.map_err(|_| {
                    Reject::from(FieldError::new(
                        "body",
                        ErrorCode::InvalidValue,
                        "The multipart body could not be parsed",
                    ))
                })?;
                from_parts(parts, schema, options)?
            }
            // No boundary: nothing can be read, so every mandatory field is
            // missing (what Freshdesk answers).
            None => Raw::default(),
        }
    } else if body.iter().all(u8::is_ascii_whitespace) {
        Raw::default()
    } else {
        match serde_json::from_slice::<Value>(&body) {
            Ok(Value::Object(map)) => Raw {
                fields: map.into_iter().map(|(k, v)| (k, v, false)).collect(),
                files: Vec::new(),
            },
            _ => return Err(FieldError::invalid_json().into()),
        }
    };
    validate(raw, schema)
}

/// The `boundary` parameter of a multipart Content-Type.
pub fn boundary(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (k, v) = param.split_once('=')?;
        if k.trim().eq_ignore_ascii_case("boundary") {
            let v = v.trim().trim_matches('"');
            (!v.is_empty()).then(|| v.to_owned())
        } else {
            None
        }
    })
}

/// Attributes before type checks; the flag marks string values that came
/// from multipart (and may be coerced).
#[derive(Default)]
struct Raw {
    fields: Vec<(String, Value, bool)>,
    files: Vec<(String, Upload)>,
}

fn from_parts(parts: Vec<Part>, schema: Schema, options: Options) -> Result<Raw, Reject> {
    let mut raw = Raw::default();
    let mut arrays: Map<String, Value> = Map::new();
    let mut objects: Map<String, Value> = Map::new();
    for part in parts {
        match part {
            Part::File {
                name,
                filename,
                content_type,
                bytes,
            } => {
                let key = name.strip_suffix("[]").unwrap_or(&name).to_owned();
                let content_type =
                    content_type.unwrap_or_else(|| multipart::guess_mime(&filename).to_owned());
                raw.files.push((
                    key,
                    Upload {
                        name: filename,
                        content_type,
                        bytes,
                    },
                ));
            }
            Part::Text { name, value } => {
                if let Some(key) = name.strip_suffix("[]") {
                    let slot = arrays
                        .entry(key.to_owned())
                        .or_insert_with(|| Value::Array(Vec::new()));
                    if let Value::Array(items) = slot {
                        items.push(Value::String(value));
                    }
                } else if let Some((key, sub)) = bracket_key(&name) {
                    let value = if options.custom_field_booleans {
                        match value.as_str() {
                            "true" | "True" => Value::Bool(true),
                            "false" | "False" => Value::Bool(false),
                            _ => Value::String(value),
                        }
                    } else {
                        Value::String(value)
                    };
                    let slot = objects
                        .entry(key.to_owned())
                        .or_insert_with(|| Value::Object(Map::new()));
                    if let Value::Object(map) = slot {
                        map.insert(sub.to_owned(), value);
                    }
                } else {
                    raw.fields.push((name, Value::String(value), true));
                }
            }
        }
    }
    // Text parts named like a file attribute are a type error (Freshdesk:
    // "It should contain elements of type valid file format only").
    for (key, _) in arrays.iter().chain(objects.iter()) {
        if schema
            .iter()
            .any(|(k, kind)| k == key && *kind == Kind::Files)
        {
            return Err(file_type_error(key).into());
        }
    }
    raw.fields
        .extend(arrays.into_iter().map(|(k, v)| (k, v, true)));
    raw.fields
        .extend(objects.into_iter().map(|(k, v)| (k, v, true)));
    Ok(raw)
}

/// `custom_fields[cf_x]` → (`custom_fields`, `cf_x`).
fn bracket_key(name: &str) -> Option<(&str, &str)> {
    let open = name.find('[')?;
    let inner = name[open + 1..].strip_suffix(']')?;
    (!inner.is_empty() && !inner.contains('[')).then(|| (&name[..open], inner))
}

fn file_type_error(field: &str) -> FieldError {
    FieldError::new(
        field,
        ErrorCode::DatatypeMismatch,
        "It should contain elements of type valid file format only",
    )
}

fn validate(raw: Raw, schema: Schema) -> Result<Input, Reject> {
    let mut input = Input::default();
    let mut errors = Vec::new();
    for (key, value, from_form) in raw.fields {
        let Some((_, kind)) = schema.iter().find(|(k, _)| *k == key) else {
            errors.push(FieldError::invalid_field(key));
            continue;
        };
        match coerce(&key, *kind, value, from_form) {
            Ok(v) => {
                input.fields.insert(key, v);
            }
            Err(e) => errors.push(e),
        }
    }
    for (key, upload) in raw.files {
        match schema.iter().find(|(k, _)| *k == key) {
            Some((_, Kind::Files)) => input.files.push(upload),
            Some(_) => errors.push(FieldError::datatype_mismatch(key, "String")),
            None => errors.push(FieldError::invalid_field(key)),
        }
    }
    if errors.is_empty() {
        Ok(input)
    } else {
        Err(errors.into())
    }
}

fn coerce(key: &str, kind: Kind, value: Value, from_form: bool) -> Result<Value, FieldError> {
    let mismatch = |expected: &str| FieldError::datatype_mismatch(key, expected);
    match (kind, value) {
        (Kind::Files, _) => Err(file_type_error(key)),
        (Kind::Str | Kind::Int | Kind::Object, Value::Null) => Ok(Value::Null),
        (Kind::Str, v @ Value::String(_)) => Ok(v),
        (Kind::Str, _) => Err(mismatch("String")),
        (Kind::Int, v @ Value::Number(_)) if v.is_i64() => Ok(v),
        (Kind::Int, Value::String(s)) if from_form => s
            .trim()
            .parse::<i64>()
            .map(Value::from)
            .map_err(|_| mismatch("Integer")),
        (Kind::Int, _) => Err(mismatch("Integer")),
        (Kind::Bool, v @ Value::Bool(_)) => Ok(v),
        (Kind::Bool, Value::String(s)) if from_form => parse_bool(&s)
            .map(Value::Bool)
            .ok_or_else(|| mismatch("Boolean")),
        (Kind::Bool, _) => Err(mismatch("Boolean")),
        (Kind::StrArray, Value::Array(items)) => {
            if items.iter().all(Value::is_string) {
                Ok(Value::Array(items))
            } else {
                Err(FieldError::new(
                    key,
                    ErrorCode::DatatypeMismatch,
                    "It should contain elements of type String only",
                ))
            }
        }
        (Kind::IntArray, Value::Array(items)) => items
            .into_iter()
            .map(|v| match v {
                Value::Number(n) if n.is_i64() => Ok(Value::Number(n)),
                Value::String(s) if from_form => {
                    s.trim().parse::<i64>().map(Value::from).map_err(|_| ())
                }
                _ => Err(()),
            })
            .collect::<Result<Vec<_>, ()>>()
            .map(Value::Array)
            .map_err(|_| {
                FieldError::new(
                    key,
                    ErrorCode::DatatypeMismatch,
                    "It should contain elements of type Positive Integer only",
                )
            }),
        (Kind::StrArray | Kind::IntArray, v) => Err(FieldError::new(
            key,
            ErrorCode::DatatypeMismatch,
            format!(
                "Value set is of type {}.It should be a/an Array",
                type_name(&v)
            ),
        )),
        (Kind::Object, Value::Object(map)) => {
            if map.values().all(|v| !v.is_object() && !v.is_array()) {
                Ok(Value::Object(map))
            } else {
                Err(mismatch("key/value pair"))
            }
        }
        (Kind::Object, _) => Err(mismatch("key/value pair")),
    }
}

/// `true/false/True/False/1/0`.
pub fn parse_bool(s: &str) -> Option<bool> {
    match s.trim() {
        "true" | "True" | "1" => Some(true),
        "false" | "False" | "0" => Some(false),
        _ => None,
    }
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "Null",
        Value::Bool(_) => "Boolean",
        Value::Number(_) => "Number",
        Value::String(_) => "String",
        Value::Array(_) => "Array",
        Value::Object(_) => "key/value pair",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCHEMA: Schema = &[
        ("subject", Kind::Str),
        ("status", Kind::Int),
        ("tags", Kind::StrArray),
        ("custom_fields", Kind::Object),
        ("attachments", Kind::Files),
        ("private", Kind::Bool),
    ];
    const OPTS: Options = Options {
        custom_field_booleans: true,
    };

    #[tokio::test]
    async fn json_types_are_checked() {
        let err = read(
            Some("application/json"),
            Bytes::from(r#"{"status":"2","nope":1}"#),
            SCHEMA,
            OPTS,
        )
        .await
        .unwrap_err();
        let Reject::Validation(_, body) = err else {
            panic!("expected a validation error")
        };
        let codes: Vec<_> = body.errors.iter().map(|e| e.code.clone()).collect();
        assert_eq!(
            codes,
            [ErrorCode::DatatypeMismatch, ErrorCode::InvalidField]
        );
    }

    #[tokio::test]
    async fn multipart_strings_are_coerced() {
        let body = "--b\r\nContent-Disposition: form-data; name=\"status\"\r\n\r\n3\r\n\
            --b\r\nContent-Disposition: form-data; name=\"private\"\r\n\r\nFalse\r\n\
            --b\r\nContent-Disposition: form-data; name=\"tags[]\"\r\n\r\nt1\r\n\
            --b\r\nContent-Disposition: form-data; name=\"tags[]\"\r\n\r\nt2\r\n\
            --b\r\nContent-Disposition: form-data; name=\"custom_fields[cf_ok]\"\r\n\r\nTrue\r\n--b--\r\n";
        let input = read(
            Some("multipart/form-data; boundary=b"),
            Bytes::from(body),
            SCHEMA,
            OPTS,
        )
        .await
        .unwrap();
        assert_eq!(
            Value::Object(input.fields),
            serde_json::json!({"status":3,"private":false,"tags":["t1","t2"],"custom_fields":{"cf_ok":true}})
        );
    }
}
