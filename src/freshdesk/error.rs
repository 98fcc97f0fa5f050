//! The helpdesk's error body shapes.
//!
//! Freshdesk answers errors in two shapes, and clients parse both:
//!
//! * **validation** (400, and 409 for duplicates):
//!   `{"description":"Validation failed","errors":[{"field","message","code"}]}`,
//!   see [`ValidationError`] and [`FieldError`];
//! * **flat** (401, 403, 405, 406, 415, 500, …): `{"code","message"}`, see
//!   [`ApiError`].
//!
//! Both the sandbox helpdesk and the proxy build their error answers from
//! these types, so a client sees the same shapes whichever of them refused
//! the request. The types only know serde: which HTTP status goes with
//! which body is decided by the caller (the usual pairing is noted on each
//! constructor). [`ErrorBody`] parses either shape, for code that reads an
//! upstream answer.

use serde::{Deserialize, Serialize};

/// The `description` Freshdesk puts on every validation error body.
pub const VALIDATION_FAILED: &str = "Validation failed";

/// Error codes used in both body shapes (the `code` member).
///
/// Serialised in snake_case, exactly as Freshdesk spells them. Codes this
/// enum does not know survive a round trip through [`ErrorCode::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// A mandatory field is absent.
    MissingField,
    /// A field's value is out of range or not one of the allowed values.
    InvalidValue,
    /// A value that must be unique already exists (e.g. a contact email).
    DuplicateValue,
    /// A field's value has the wrong type.
    DatatypeMismatch,
    /// The request carries an attribute the endpoint does not know.
    InvalidField,
    /// The body is not parsable JSON.
    InvalidJson,
    /// Missing or wrong API key.
    InvalidCredentials,
    /// The agent's role does not allow the call.
    AccessDenied,
    /// The account lacks the feature.
    RequireFeature,
    /// The account is suspended.
    AccountSuspended,
    /// Plain HTTP was used where HTTPS is required.
    SslRequired,
    /// A read-only field was written.
    ReadonlyField,
    /// The target is in a state that forbids the operation.
    InconsistentState,
    /// The agent cap is reached.
    MaxAgentsReached,
    /// The Content-Type header names an unsupported media type.
    InvalidContentType,
    /// The Accept header asks for something other than JSON.
    InvalidAcceptHeader,
    /// The HTTP method is not allowed on this resource or in its state.
    MethodNotAllowed,
    /// The server failed.
    InternalError,
    /// Any code this enum does not name, kept verbatim.
    #[serde(untagged)]
    Other(String),
}

/// One entry of a validation error's `errors` array.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The request attribute at fault; absent for body-level errors such as
    /// `invalid_json`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Human-readable explanation, in Freshdesk's wording where known.
    pub message: String,
    /// Machine-readable code.
    pub code: ErrorCode,
}

impl FieldError {
    /// A field error with an explicit code and message.
    pub fn new(field: impl Into<String>, code: ErrorCode, message: impl Into<String>) -> Self {
        FieldError {
            field: Some(field.into()),
            message: message.into(),
            code,
        }
    }

    /// `missing_field`: a mandatory attribute is absent.
    pub fn missing_field(field: impl Into<String>) -> Self {
        Self::new(
            field,
            ErrorCode::MissingField,
            "It should not be blank as this is a mandatory field",
        )
    }

    /// `invalid_field`: the attribute is not known to the endpoint.
    pub fn invalid_field(field: impl Into<String>) -> Self {
        Self::new(
            field,
            ErrorCode::InvalidField,
            "Unexpected/invalid field in request",
        )
    }

    /// `datatype_mismatch`: `expected` names the type, e.g. `String`,
    /// `Integer`, `Boolean`, `Array`.
    pub fn datatype_mismatch(field: impl Into<String>, expected: &str) -> Self {
        Self::new(
            field,
            ErrorCode::DatatypeMismatch,
            format!("It should be a/an {expected}"),
        )
    }

    /// `invalid_value` listing the allowed values, in Freshdesk's wording
    /// ("It should be one of these values: '2,3,4,5'").
    pub fn not_one_of(field: impl Into<String>, allowed: &str) -> Self {
        Self::new(
            field,
            ErrorCode::InvalidValue,
            format!("It should be one of these values: '{allowed}'"),
        )
    }

    /// `invalid_value` with a free message.
    pub fn invalid_value(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(field, ErrorCode::InvalidValue, message)
    }

    /// `duplicate_value`: a unique attribute already exists (sent with 409).
    pub fn duplicate_value(field: impl Into<String>) -> Self {
        Self::new(
            field,
            ErrorCode::DuplicateValue,
            "It should be a unique value",
        )
    }

    /// `invalid_json`: the body does not parse (no `field`).
    pub fn invalid_json() -> Self {
        FieldError {
            field: None,
            message: "Request body has invalid json format".to_owned(),
            code: ErrorCode::InvalidJson,
        }
    }
}

/// The validation body: `{"description":"Validation failed","errors":[…]}`.
/// Usually sent with 400; 409 for `duplicate_value`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidationError {
    /// Always [`VALIDATION_FAILED`] in Freshdesk's answers.
    pub description: String,
    /// One entry per failing attribute.
    pub errors: Vec<FieldError>,
}

impl ValidationError {
    /// A validation body holding `errors`.
    pub fn new(errors: Vec<FieldError>) -> Self {
        ValidationError {
            description: VALIDATION_FAILED.to_owned(),
            errors,
        }
    }

    /// A validation body with one error.
    pub fn single(error: FieldError) -> Self {
        Self::new(vec![error])
    }

    /// The body as JSON bytes.
    pub fn to_json_bytes(&self) -> Vec<u8> {
        to_bytes(self)
    }
}

/// The flat body: `{"code":"…","message":"…"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    /// Machine-readable code.
    pub code: ErrorCode,
    /// Human-readable explanation.
    pub message: String,
}

impl ApiError {
    /// A flat error with an explicit code and message.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        ApiError {
            code,
            message: message.into(),
        }
    }

    /// 401 `invalid_credentials` with the message Freshdesk sends.
    pub fn invalid_credentials() -> Self {
        Self::new(
            ErrorCode::InvalidCredentials,
            "You have to be logged in to perform this action.",
        )
    }

    /// 403 `access_denied`.
    pub fn access_denied() -> Self {
        Self::new(
            ErrorCode::AccessDenied,
            "You are not authorized to perform this action.",
        )
    }

    /// 415 `invalid_content_type` (code and message are not documented by
    /// Freshdesk; this wording is the sandbox's).
    pub fn invalid_content_type() -> Self {
        Self::new(
            ErrorCode::InvalidContentType,
            "Content-Type header should have application/json or multipart/form-data",
        )
    }

    /// 406 `invalid_accept_header` (code and message are not documented by
    /// Freshdesk; this wording is the sandbox's).
    pub fn invalid_accept_header() -> Self {
        Self::new(
            ErrorCode::InvalidAcceptHeader,
            "Only application/json and */* are supported in the Accept header",
        )
    }

    /// 405 `method_not_allowed`; `allowed` lists the verbs, e.g. `GET, PUT`.
    pub fn method_not_allowed(allowed: &str) -> Self {
        Self::new(
            ErrorCode::MethodNotAllowed,
            format!("{allowed} method(s) supported for this request"),
        )
    }

    /// 405 for writes to a deleted or spam resource.
    pub fn inconsistent_state() -> Self {
        Self::new(
            ErrorCode::MethodNotAllowed,
            "This action is not allowed on a deleted or spam resource",
        )
    }

    /// 500 `internal_error` with the message Freshdesk sends.
    pub fn internal_error() -> Self {
        Self::new(
            ErrorCode::InternalError,
            "We're sorry, but something went wrong.",
        )
    }

    /// The body as JSON bytes.
    pub fn to_json_bytes(&self) -> Vec<u8> {
        to_bytes(self)
    }
}

/// Either error shape, for code that parses an answer it did not build.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ErrorBody {
    /// `{"description","errors"}`.
    Validation(ValidationError),
    /// `{"code","message"}`.
    Flat(ApiError),
}

impl ErrorBody {
    /// Parses an error body; `None` when it is neither shape (404s are
    /// usually empty).
    pub fn parse(bytes: &[u8]) -> Option<Self> {
        serde_json::from_slice(bytes).ok()
    }

    /// The body as JSON bytes.
    pub fn to_json_bytes(&self) -> Vec<u8> {
        to_bytes(self)
    }
}

impl From<ValidationError> for ErrorBody {
    fn from(e: ValidationError) -> Self {
        ErrorBody::Validation(e)
    }
}

impl From<ApiError> for ErrorBody {
    fn from(e: ApiError) -> Self {
        ErrorBody::Flat(e)
    }
}

fn to_bytes<T: Serialize>(value: &T) -> Vec<u8> {
    // These types hold only strings and enums: serialisation cannot fail.
    serde_json::to_vec(value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_shape_matches_freshdesk() {
        let body = ValidationError::single(FieldError::missing_field("email"));
        let json: serde_json::Value = serde_json::from_slice(&body.to_json_bytes()).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"description":"Validation failed","errors":[{"field":"email",
                "message":"It should not be blank as this is a mandatory field","code":"missing_field"}]})
        );
    }

    #[test]
    fn flat_shape_and_unknown_codes_round_trip() {
        let json = ApiError::invalid_credentials().to_json_bytes();
        assert_eq!(
            String::from_utf8(json).unwrap(),
            r#"{"code":"invalid_credentials","message":"You have to be logged in to perform this action."}"#
        );
        let parsed = ErrorBody::parse(br#"{"code":"brand_new","message":"m"}"#).unwrap();
        assert_eq!(
            parsed,
            ErrorBody::Flat(ApiError::new(ErrorCode::Other("brand_new".into()), "m"))
        );
        let json_err = ValidationError::single(FieldError::invalid_json()).to_json_bytes();
        assert!(!String::from_utf8(json_err).unwrap().contains("field"));
    }
}
