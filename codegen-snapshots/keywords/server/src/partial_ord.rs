//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `partial_ord`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartialOrdParams {
    pub partial_ord2: ::std::option::Option<::std::string::String>,
    pub partial_ord3: ::std::option::Option<::std::string::String>,
    pub partial_ord4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `partial_ord`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartialOrdOkHeaders {
    pub partial_ord: ::std::option::Option<::std::string::String>,
}
/// Responses of `partial_ord`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum PartialOrdResponse {
    /// ok
    Ok { body: super::types::Everything, headers: PartialOrdOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for PartialOrdResponse {
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
                    "PartialOrd",
                    &headers.partial_ord,
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
/// axum handler for `GET` "/op130/{PartialOrd}".
#[allow(unused_variables, unused_mut)]
pub async fn partial_ord<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[130usize]];
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
    let principal = match served.auth.authenticate_dyn("partial_ord", &credentials).await
    {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op130/{PartialOrd}",
        uri.path(),
        &decoded_path,
    );
    let partial_ord: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "PartialOrd", "simple", false);
    let partial_ord2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "PartialOrd", "form", true, false);
    let partial_ord3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "PartialOrd", false);
    let partial_ord4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "PartialOrd", false);
    if let Some(v) = &partial_ord {
        errors.check_param("path", "PartialOrd", v, 545usize);
    }
    if let Some(v) = &partial_ord2 {
        errors.check_param("query", "PartialOrd", v, 546usize);
    }
    if let Some(v) = &partial_ord3 {
        errors.check_param("header", "PartialOrd", v, 547usize);
    }
    if let Some(v) = &partial_ord4 {
        errors.check_param("cookie", "PartialOrd", v, 548usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(partial_ord),) = (partial_ord,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::partial_ord(
        &*served.api,
        ctx,
        partial_ord,
        PartialOrdParams {
            partial_ord2,
            partial_ord3,
            partial_ord4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "PartialOrd", method = "GET", path =
        "/op130/{PartialOrd}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `partial_ord_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum PartialOrdPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for PartialOrdPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op130/{PartialOrd}".
#[allow(unused_variables, unused_mut)]
pub async fn partial_ord_post<A: super::Api>(
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
        "/op130/{PartialOrd}",
        uri.path(),
        &decoded_path,
    );
    let partial_ord: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "PartialOrd", "simple", false);
    if let Some(v) = &partial_ord {
        errors.check_param("path", "PartialOrd", v, 545usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(partial_ord), Some(body)) = (partial_ord, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::partial_ord_post(
        &*served.api,
        ctx,
        partial_ord,
        body,
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "PartialOrd_post", method = "POST", path =
        "/op130/{PartialOrd}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
