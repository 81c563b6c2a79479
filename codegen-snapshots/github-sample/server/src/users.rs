//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Responses of `users_get_authenticated`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum UsersGetAuthenticatedResponse {
    /// Response
    Ok(super::types::UsersGetAuthenticatedOkBody),
    /// Not modified
    NotModified,
    /// Requires authentication
    Unauthorized(super::types::BasicError),
    /// Forbidden
    Forbidden(super::types::BasicError),
}
impl ::axum::response::IntoResponse for UsersGetAuthenticatedResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => {
                super::runtime::json_response_as(200u16, "application/json", &body)
            }
            Self::NotModified => super::runtime::empty_response(304u16),
            Self::Unauthorized(body) => {
                super::runtime::json_response_as(401u16, "application/json", &body)
            }
            Self::Forbidden(body) => {
                super::runtime::json_response_as(403u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `GET` "/user".
#[allow(unused_variables, unused_mut)]
pub async fn users_get_authenticated<A: super::Api>(
    ::axum::extract::State(
        served,
    ): ::axum::extract::State<::std::sync::Arc<super::Served<A>>>,
    ::axum::extract::RawQuery(raw_query): ::axum::extract::RawQuery,
    headers: ::axum::http::HeaderMap,
    extensions: ::axum::http::Extensions,
    raw_body: ::axum::body::Bytes,
) -> ::axum::response::Response {
    let mut errors = super::runtime::Errors::default();
    let pairs = super::runtime::parse_query_marked(raw_query.as_deref());
    let principal: ::std::option::Option<super::Principal> = None;
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::users_get_authenticated(&*served.api, ctx);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "users/get-authenticated", method = "GET", path =
        "/user", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
