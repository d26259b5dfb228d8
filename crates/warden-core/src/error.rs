//! Why the core could not answer a request: one enum, each with a stable key that the
//! extension puts into words (`error_<key>` in `_locales`, listed in [`crate::keys`]).

/// An error answer is `{"error": key, "detail"?: what went wrong, in English, for logs}`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The request is not one the core knows (serde's message as detail).
    #[error("badRequest: {0}")]
    BadRequest(String),
    /// The storage refused the write (full, gone); nothing was changed.
    #[error("writeFailed: {0}")]
    WriteFailed(String),
    /// The storage refused the write, and what the user did is kept to be saved later (see
    /// [`crate::unsaved`]): how many such actions are waiting now.
    #[error("unsaved: {0} waiting")]
    Unsaved(u32),
    /// The link is no LinkedIn profile.
    #[error("badProfileLink")]
    BadProfileLink,
    /// A send with neither a profile link nor a name.
    #[error("unknownPerson")]
    UnknownPerson,
    /// The stale threshold suggestion was asked for while there is none (not enough outcomes).
    #[error("noSuggestion")]
    NoSuggestion,
    /// The weekly-limit suggestion was asked for while LinkedIn's weekly-limit message was not
    /// seen in the last 30 days (or counted no invitation).
    #[error("noLimitSeen")]
    NoLimitSeen,
    /// Anything else (the storage could not be read, a bug).
    #[error("internal: {0}")]
    Internal(String),
}

impl Error {
    /// The stable key of the error.
    pub fn key(&self) -> &'static str {
        match self {
            Error::BadRequest(_) => "badRequest",
            Error::WriteFailed(_) => "writeFailed",
            Error::Unsaved(_) => "unsaved",
            Error::BadProfileLink => "badProfileLink",
            Error::UnknownPerson => "unknownPerson",
            Error::NoSuggestion => "noSuggestion",
            Error::NoLimitSeen => "noLimitSeen",
            Error::Internal(_) => "internal",
        }
    }

    /// What went wrong beyond the key, if anything.
    pub fn detail(&self) -> Option<&str> {
        match self {
            Error::BadRequest(d) | Error::WriteFailed(d) | Error::Internal(d) => Some(d),
            Error::BadProfileLink
            | Error::UnknownPerson
            | Error::Unsaved(_)
            | Error::NoSuggestion
            | Error::NoLimitSeen => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_listed_for_the_locales() {
        for e in [
            Error::BadRequest("x".into()),
            Error::WriteFailed("x".into()),
            Error::Unsaved(1),
            Error::BadProfileLink,
            Error::UnknownPerson,
            Error::NoSuggestion,
            Error::NoLimitSeen,
            Error::Internal("x".into()),
        ] {
            assert!(crate::keys::REQUEST_ERRORS.contains(&e.key()), "{e}");
            assert!(e.to_string().starts_with(e.key()));
        }
    }
}
