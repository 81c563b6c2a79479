//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Responses of `get_inventory`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetInventoryResponse {
    /// Map of status to quantity
    Ok(::std::collections::BTreeMap<::std::string::String, i32>),
}
impl ::axum::response::IntoResponse for GetInventoryResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => {
                super::runtime::json_response_as(200u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `GET` "/store/inventory".
#[allow(unused_variables, unused_mut)]
pub async fn get_inventory<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[1usize]];
    let Some(credentials) = super::runtime::credentials(
        &headers,
        &pairs,
        super::SECURITY,
        alternatives,
    ) else {
        return super::runtime::unauthorized(
            super::SECURITY,
            alternatives,
            "application/json",
        );
    };
    let principal = match served
        .auth
        .authenticate_dyn("get_inventory", &credentials)
        .await
    {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/json"),
    };
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::get_inventory(&*served.api, ctx);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "getInventory", method = "GET", path =
        "/store/inventory", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
