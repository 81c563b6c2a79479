//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `partial_eq`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartialEqParams {
    pub partial_eq2: ::std::option::Option<::std::string::String>,
    pub partial_eq3: ::std::option::Option<::std::string::String>,
    pub partial_eq4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `partial_eq`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartialEqOkHeaders {
    pub partial_eq: ::std::option::Option<::std::string::String>,
}
/// Responses of `partial_eq`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum PartialEqResponse {
    /// ok
    Ok { body: super::types::Everything, headers: PartialEqOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for PartialEqResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(
                    &mut response,
                    "PartialEq",
                    &headers.partial_eq,
                );
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
/// axum handler for `GET` "/op127/{PartialEq}".
#[allow(unused_variables, unused_mut)]
pub async fn partial_eq<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[127usize]];
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
    let principal = match served.auth.authenticate_dyn("partial_eq", &credentials).await
    {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op127/{PartialEq}",
        uri.path(),
        &decoded_path,
    );
    let partial_eq: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "PartialEq", "simple", false);
    let partial_eq2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "PartialEq", "form", true, false);
    let partial_eq3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "PartialEq", false);
    let partial_eq4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "PartialEq", false);
    if let Some(v) = &partial_eq {
        errors.check_param("path", "PartialEq", v, 533usize);
    }
    if let Some(v) = &partial_eq2 {
        errors.check_param("query", "PartialEq", v, 534usize);
    }
    if let Some(v) = &partial_eq3 {
        errors.check_param("header", "PartialEq", v, 535usize);
    }
    if let Some(v) = &partial_eq4 {
        errors.check_param("cookie", "PartialEq", v, 536usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(partial_eq),) = (partial_eq,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::partial_eq(
        &*served.api,
        ctx,
        partial_eq,
        PartialEqParams {
            partial_eq2,
            partial_eq3,
            partial_eq4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "PartialEq", method = "GET", path =
        "/op127/{PartialEq}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `partial_eq_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum PartialEqPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for PartialEqPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op127/{PartialEq}".
#[allow(unused_variables, unused_mut)]
pub async fn partial_eq_post<A: super::Api>(
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
        "/op127/{PartialEq}",
        uri.path(),
        &decoded_path,
    );
    let partial_eq: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "PartialEq", "simple", false);
    if let Some(v) = &partial_eq {
        errors.check_param("path", "PartialEq", v, 533usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(partial_eq),) = (partial_eq,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::partial_eq_post(
        &*served.api,
        ctx,
        partial_eq,
        body,
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "PartialEq_post", method = "POST", path =
        "/op127/{PartialEq}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
