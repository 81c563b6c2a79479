//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `to_owned`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ToOwnedParams {
    pub to_owned2: ::std::option::Option<::std::string::String>,
    pub to_owned3: ::std::option::Option<::std::string::String>,
    pub to_owned4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `to_owned`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ToOwnedOkHeaders {
    pub to_owned: ::std::option::Option<::std::string::String>,
}
/// Responses of `to_owned`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ToOwnedResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ToOwnedOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for ToOwnedResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "ToOwned", &headers.to_owned);
                response
            }
            Self::Default { status, body } => {
                super::runtime::json_response_as(
                    status,
                    "application/problem+json",
                    &body,
                )
            }
        }
    }
}
/// axum handler for `GET` "/op126/{ToOwned}".
#[allow(unused_variables, unused_mut)]
pub async fn to_owned<A: super::Api>(
    ::axum::extract::State(
        served,
    ): ::axum::extract::State<::std::sync::Arc<super::Served<A>>>,
    raw_path: ::axum::extract::RawPathParams,
    uri: ::axum::http::Uri,
    ::axum::extract::RawQuery(raw_query): ::axum::extract::RawQuery,
    headers: ::axum::http::HeaderMap,
    extensions: ::axum::http::Extensions,
    raw_body: ::axum::body::Bytes,
) -> ::axum::response::Response {
    let mut errors = super::runtime::Errors::default();
    let pairs = super::runtime::parse_query_marked(raw_query.as_deref());
    let alternatives: &[&[usize]] = &[&[126usize]];
    let Some(credentials) = super::runtime::credentials(
        &headers,
        &pairs,
        super::SECURITY,
        alternatives,
    ) else {
        return super::runtime::unauthorized(
            super::SECURITY,
            alternatives,
            "application/problem+json",
        );
    };
    let principal = match served.auth.authenticate_dyn("to_owned", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op126/{ToOwned}",
        uri.path(),
        &decoded_path,
    );
    let to_owned: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "ToOwned", "simple", false);
    let to_owned2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "ToOwned", "form", true, false);
    let to_owned3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "ToOwned", false);
    let to_owned4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "ToOwned", false);
    if let Some(v) = &to_owned {
        errors.check_param("path", "ToOwned", v, 529usize);
    }
    if let Some(v) = &to_owned2 {
        errors.check_param("query", "ToOwned", v, 530usize);
    }
    if let Some(v) = &to_owned3 {
        errors.check_param("header", "ToOwned", v, 531usize);
    }
    if let Some(v) = &to_owned4 {
        errors.check_param("cookie", "ToOwned", v, 532usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(to_owned),) = (to_owned,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::to_owned(
        &*served.api,
        ctx,
        to_owned,
        ToOwnedParams {
            to_owned2,
            to_owned3,
            to_owned4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "ToOwned", method = "GET", path =
        "/op126/{ToOwned}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `to_owned_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ToOwnedPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ToOwnedPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op126/{ToOwned}".
#[allow(unused_variables, unused_mut)]
pub async fn to_owned_post<A: super::Api>(
    ::axum::extract::State(
        served,
    ): ::axum::extract::State<::std::sync::Arc<super::Served<A>>>,
    raw_path: ::axum::extract::RawPathParams,
    uri: ::axum::http::Uri,
    ::axum::extract::RawQuery(raw_query): ::axum::extract::RawQuery,
    headers: ::axum::http::HeaderMap,
    extensions: ::axum::http::Extensions,
    raw_body: ::axum::body::Bytes,
) -> ::axum::response::Response {
    let mut errors = super::runtime::Errors::default();
    let pairs = super::runtime::parse_query_marked(raw_query.as_deref());
    let principal: ::std::option::Option<super::Principal> = None;
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op126/{ToOwned}",
        uri.path(),
        &decoded_path,
    );
    let to_owned: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "ToOwned", "simple", false);
    if let Some(v) = &to_owned {
        errors.check_param("path", "ToOwned", v, 529usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(to_owned), Some(body)) = (to_owned, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::to_owned_post(&*served.api, ctx, to_owned, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "ToOwned_post", method = "POST", path =
        "/op126/{ToOwned}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
