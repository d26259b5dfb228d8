//! What the user did that could not be saved yet (the storage refused the write: full, gone).
//!
//! A withdrawal, a keep or a send the storage refused is not dropped: it is kept as a small
//! record beside the state (in the lasting storage, else in the browser's session storage,
//! which has room of its own), and every later write, and every start of the background,
//! applies it again, with its own time, before anything else, until the state that holds it is
//! saved. Meanwhile the popup, the toolbar and the page where the user acted say so.

use crate::date::{Clock, Date, Millis};
use crate::request::{InviteSent, Request, SetKeep, Withdrawn};
use crate::store::Store;
use serde::{Deserialize, Serialize};

/// The record in the lasting storage.
pub const KEY: &str = "warden.unsaved";
/// The same record in the spare area, when the lasting storage refused it too.
pub const SPARE_KEY: &str = "session:warden.unsaved";
/// At most this many are kept (the latest), far more than a full disk leaves time for.
pub const MAX: usize = 500;

/// One action the storage refused, with the time it was made and its place in the order the
/// actions were made (the clock may have gone back between two of them).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Unsaved {
    pub at: Millis,
    pub request: Action,
    /// 1 for the first action kept, then one more for each (0: kept by an earlier build, which
    /// are ordered by their time, before the others).
    #[serde(default)]
    pub seq: u64,
}

/// The place of the next action kept after `waiting`.
pub fn next_seq(waiting: &[Unsaved]) -> u64 {
    waiting.iter().map(|u| u.seq).max().unwrap_or(0) + 1
}

/// The requests kept when refused: what the user did on LinkedIn (only these, so that the
/// record's shape stays small, and so does the code that reads it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Action {
    Withdrawn(Withdrawn),
    SetKeep(SetKeep),
    InviteSent(InviteSent),
}

impl Action {
    /// The action of a request, when it is one.
    pub fn of(req: &Request) -> Option<Action> {
        match req {
            Request::Withdrawn(r) => Some(Action::Withdrawn(r.clone())),
            Request::SetKeep(r) => Some(Action::SetKeep(r.clone())),
            Request::InviteSent(r) => Some(Action::InviteSent(r.clone())),
            _ => None,
        }
    }
}

impl From<Action> for Request {
    fn from(a: Action) -> Request {
        match a {
            Action::Withdrawn(r) => Request::Withdrawn(r),
            Action::SetKeep(r) => Request::SetKeep(r),
            Action::InviteSent(r) => Request::InviteSent(r),
        }
    }
}

/// The kept records of both areas, in the order they were made, each once. An unreadable
/// record is left out (it stays stored until a write lands).
pub async fn load<S: Store>(store: &S) -> Vec<Unsaved> {
    let mut all: Vec<Unsaved> = Vec::new();
    for key in [KEY, SPARE_KEY] {
        let Ok(Some(v)) = store.get(key).await else {
            continue;
        };
        for u in store.read_value::<Vec<Unsaved>>(&v).unwrap_or_default() {
            if !all.contains(&u) {
                all.push(u);
            }
        }
    }
    crate::order::sort_by_key(&mut all, |u| (u.seq, u.at));
    all
}

/// Keeps the records: in the lasting storage, else in the spare area. An error when neither
/// took them.
pub async fn keep<S: Store>(store: &S, list: &[Unsaved]) -> Result<(), String> {
    let from = list.len().saturating_sub(MAX);
    let value = store.to_value(list.get(from..).unwrap_or_default())?;
    match store.set(KEY, &value).await {
        Ok(()) => Ok(()),
        Err(_) => store.set(SPARE_KEY, &value).await,
    }
}

/// Forgets the records once the state holding them is saved. A record that cannot be removed
/// is applied again later, which changes nothing: each request carries its own time.
pub async fn clear<S: Store>(store: &S) {
    let _ = store.remove(KEY).await;
    let _ = store.remove(SPARE_KEY).await;
}

/// The clock a kept request is applied again with: its own time, the calendar of now.
pub struct At<'a> {
    pub at: Millis,
    pub clock: &'a dyn Clock,
}

impl Clock for At<'_> {
    fn now(&self) -> Millis {
        self.at
    }
    fn local_date(&self, at: Millis) -> Date {
        self.clock.local_date(at)
    }
}
