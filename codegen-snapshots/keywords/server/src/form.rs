//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Responses of `form`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum FormResponse {
    /// none
    NoContent,
}
impl ::axum::response::IntoResponse for FormResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::NoContent => super::runtime::empty_response(204u16),
        }
    }
}
/// axum handler for `POST` "/form".
#[allow(unused_variables, unused_mut)]
pub async fn form<A: super::Api>(
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
    let body: ::std::option::Option<super::types::FormBody> = errors
        .form_body(&raw_body, true, Some(857usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(body),) = (body,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::form(&*served.api, ctx, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "form", method = "POST", path = "/form", status =
        ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
