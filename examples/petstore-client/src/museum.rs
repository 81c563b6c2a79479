//! A trivial in-memory implementation of the Museum server's [`Api`]: special events are
//! kept in a map, tickets are remembered so their QR code can be fetched, opening hours are
//! the same every day. `tests/museum_e2e.rs` drives it through the generated client, and
//! `examples/museum_server.rs` serves it for `scripts/schemathesis-museum.sh`.
//!
//! Credentials ([`MuseumAuth`]): two basic-auth accounts, [`Museum::CURATOR`] who may do
//! everything and [`Museum::READ_ONLY_USER`] who may read but is refused (403) on the
//! operations that change the museum; any other credential is refused with 401. [`app`]
//! serves both.

use std::collections::BTreeMap;
use std::sync::Mutex;

use crate::museum_server::{
    Api, AuthError, Authenticator, RequestContext, events, operations, runtime, tickets, types,
};

/// The in-memory museum. `Default` starts it empty.
#[derive(Default)]
pub struct Museum {
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    events: BTreeMap<String, types::SpecialEvent>,
    tickets: BTreeMap<String, types::MuseumTicketsConfirmation>,
    next_id: u64,
}

impl State {
    /// A fresh id in UUID form (version 4 bits set), as the description's `format: uuid` asks.
    fn id(&mut self) -> String {
        self.next_id += 1;
        format!("00000000-0000-4000-8000-{:012x}", self.next_id)
    }
}

/// The smallest valid PNG (one transparent pixel): the "QR code" of every ticket.
pub const TICKET_PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
    0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x00, 0x01, 0x00, 0x00,
    0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d, 0xb4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae,
    0x42, 0x60, 0x82,
];

fn not_found(what: &str, id: &str) -> types::Error {
    types::Error {
        r#type: Some("about:blank".into()),
        title: Some(format!("no {what} with id {id}")),
    }
}

/// `page` (from 1) of `items` with `limit` per page, the description's defaults (1 and 10)
/// when absent; a limit is capped at the description's maximum of 30.
fn page<T: Clone>(items: &[T], page: Option<i64>, limit: Option<i64>) -> Vec<T> {
    let limit = limit.unwrap_or(10).clamp(0, 30) as usize;
    let page = page.unwrap_or(1).max(1) as usize;
    items
        .iter()
        .skip((page - 1).saturating_mul(limit))
        .take(limit)
        .cloned()
        .collect()
}

impl Museum {
    /// The basic-auth user and password that may do everything.
    pub const CURATOR: (&'static str, &'static str) = ("curator", "s3cret");
    /// The basic-auth user that may read but not change anything (403 on writes).
    pub const READ_ONLY_USER: &'static str = "visitor";
    /// The read-only user's password.
    pub const READ_ONLY_PASSWORD: &'static str = "visitor";
}

/// Who a request's basic credentials stand for: the principal the handlers receive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    /// The basic-auth user name.
    pub user: String,
    /// Whether the account may change the museum.
    pub may_write: bool,
}

/// The Museum's [`Authenticator`]: the two accounts of [`Museum`], 401 for any other
/// credential, 403 for the read-only one on the operations that change the museum.
#[derive(Debug, Clone, Copy, Default)]
pub struct MuseumAuth;

impl Authenticator for MuseumAuth {
    type Principal = Account;
    async fn authenticate(
        &self,
        operation: &'static str,
        credentials: &runtime::Credentials,
    ) -> Result<Account, AuthError> {
        let given = credentials.get("MuseumPlaceholderAuth").unwrap_or_default();
        let (user, password) = given.split_once(':').unwrap_or((given, ""));
        let account = if (user, password) == Museum::CURATOR {
            Account {
                user: user.into(),
                may_write: true,
            }
        } else if (user, password) == (Museum::READ_ONLY_USER, Museum::READ_ONLY_PASSWORD) {
            Account {
                user: user.into(),
                may_write: false,
            }
        } else {
            return Err(AuthError::Unauthenticated(
                "unknown user or wrong password: send Authorization: Basic for a museum account"
                    .into(),
            ));
        };
        let reads = matches!(
            operation,
            "get_museum_hours" | "list_special_events" | "get_special_event" | "get_ticket_code"
        );
        if !account.may_write && !reads {
            return Err(AuthError::Forbidden(
                "visitors may read but not change the museum".into(),
            ));
        }
        Ok(account)
    }
}

/// The Museum served with its authenticator.
pub fn app() -> axum::Router {
    crate::museum_server::router_with(std::sync::Arc::new(Museum::default()), MuseumAuth)
}

impl Api for Museum {
    async fn get_museum_hours(
        &self,
        _ctx: RequestContext,
        params: operations::GetMuseumHoursParams,
    ) -> operations::GetMuseumHoursResponse {
        // Open every day of September 2023 (the description's examples), 09:00 to 18:00.
        let days: Vec<types::MuseumDailyHours> = (1..=30)
            .map(|d| {
                types::MuseumDailyHours::new(
                    format!("2023-09-{d:02}"),
                    "09:00".into(),
                    "18:00".into(),
                )
            })
            .filter(|h| {
                params
                    .start_date
                    .as_deref()
                    .is_none_or(|s| h.date.as_str() >= s)
            })
            .collect();
        operations::GetMuseumHoursResponse::Ok(page(&days, params.page, params.limit))
    }

    async fn create_special_event(
        &self,
        _ctx: RequestContext,
        mut body: types::SpecialEvent,
    ) -> events::CreateSpecialEventResponse {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let id = state.id();
        body.event_id = Some(id.clone());
        state.events.insert(id, body.clone());
        events::CreateSpecialEventResponse::Created(body)
    }

    async fn list_special_events(
        &self,
        _ctx: RequestContext,
        params: events::ListSpecialEventsParams,
    ) -> events::ListSpecialEventsResponse {
        let state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let in_range = |e: &&types::SpecialEvent| {
            e.dates.iter().any(|d| {
                params.start_date.as_deref().is_none_or(|s| d.as_str() >= s)
                    && params.end_date.as_deref().is_none_or(|s| d.as_str() <= s)
            }) || e.dates.is_empty()
        };
        let all: Vec<types::SpecialEvent> =
            state.events.values().filter(in_range).cloned().collect();
        events::ListSpecialEventsResponse::Ok(page(&all, params.page, params.limit))
    }

    async fn get_special_event(
        &self,
        _ctx: RequestContext,
        event_id: String,
    ) -> events::GetSpecialEventResponse {
        let state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        match state.events.get(&event_id) {
            Some(e) => events::GetSpecialEventResponse::Ok(e.clone()),
            None => events::GetSpecialEventResponse::NotFound(not_found("event", &event_id)),
        }
    }

    async fn update_special_event(
        &self,
        _ctx: RequestContext,
        event_id: String,
        body: types::SpecialEventFields,
    ) -> events::UpdateSpecialEventResponse {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let Some(e) = state.events.get_mut(&event_id) else {
            return events::UpdateSpecialEventResponse::NotFound(not_found("event", &event_id));
        };
        if let Some(v) = body.name {
            e.name = v;
        }
        if let Some(v) = body.location {
            e.location = v;
        }
        if let Some(v) = body.event_description {
            e.event_description = v;
        }
        if let Some(v) = body.dates {
            e.dates = v;
        }
        if let Some(v) = body.price {
            e.price = v;
        }
        events::UpdateSpecialEventResponse::Ok(e.clone())
    }

    async fn delete_special_event(
        &self,
        _ctx: RequestContext,
        event_id: String,
    ) -> events::DeleteSpecialEventResponse {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        match state.events.remove(&event_id) {
            Some(_) => events::DeleteSpecialEventResponse::NoContent,
            None => events::DeleteSpecialEventResponse::NotFound(not_found("event", &event_id)),
        }
    }

    async fn buy_museum_tickets(
        &self,
        ctx: RequestContext,
        body: types::BuyMuseumTickets,
    ) -> tickets::BuyMuseumTicketsResponse {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(event) = &body.event_id
            && !state.events.contains_key(event)
        {
            return tickets::BuyMuseumTicketsResponse::NotFound(not_found("event", event));
        }
        let id = state.id();
        let kind = match body.ticket_type {
            types::TicketType::Event => "special event",
            _ => "general entry",
        };
        // The principal the authenticator returned reaches the handler.
        let buyer = ctx
            .principal::<Account>()
            .map_or("someone", |a| a.user.as_str());
        let message = format!("Museum {kind} ticket purchased by {buyer}");
        let mut confirmation = types::MuseumTicketsConfirmation::new(
            body.ticket_date,
            body.ticket_type,
            message,
            format!("ticket-{}", &id[24..]),
        );
        confirmation.ticket_id = Some(id.clone());
        confirmation.event_id = body.event_id;
        state.tickets.insert(id, confirmation.clone());
        tickets::BuyMuseumTicketsResponse::Created(confirmation)
    }

    async fn get_ticket_code(
        &self,
        _ctx: RequestContext,
        ticket_id: String,
    ) -> tickets::GetTicketCodeResponse {
        let state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if state.tickets.contains_key(&ticket_id) {
            tickets::GetTicketCodeResponse::Ok(TICKET_PNG.to_vec())
        } else {
            tickets::GetTicketCodeResponse::NotFound(not_found("ticket", &ticket_id))
        }
    }
}
