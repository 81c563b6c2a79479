//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `n1`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct N1Params {
    pub n1_2: ::std::option::Option<::std::string::String>,
    pub n1_3: ::std::option::Option<::std::string::String>,
    pub n1_4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `n1`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct N1OkHeaders {
    pub n1: ::std::option::Option<::std::string::String>,
}
/// Responses of `n1`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum N1Response {
    /// ok
    Ok { body: super::types::Everything, headers: N1OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for N1Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "-1", &headers.n1);
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
/// axum handler for `GET` "/op70/{-1}".
#[allow(unused_variables, unused_mut)]
pub async fn n1<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[70usize]];
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
    let principal = match served.auth.authenticate_dyn("n1", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op70/{-1}",
        uri.path(),
        &decoded_path,
    );
    let n1: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "-1", "simple", false);
    let n1_2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "-1", "form", true, false);
    let n1_3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "-1", false);
    let n1_4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "-1", false);
    if let Some(v) = &n1 {
        errors.check_param("path", "-1", v, 305usize);
    }
    if let Some(v) = &n1_2 {
        errors.check_param("query", "-1", v, 306usize);
    }
    if let Some(v) = &n1_3 {
        errors.check_param("header", "-1", v, 307usize);
    }
    if let Some(v) = &n1_4 {
        errors.check_param("cookie", "-1", v, 308usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(n1),) = (n1,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::n1(
        &*served.api,
        ctx,
        n1,
        N1Params { n1_2, n1_3, n1_4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "-1", method = "GET", path = "/op70/{-1}", status
        = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `n1_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum N1PostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for N1PostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op70/{-1}".
#[allow(unused_variables, unused_mut)]
pub async fn n1_post<A: super::Api>(
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
        "/op70/{-1}",
        uri.path(),
        &decoded_path,
    );
    let n1: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "-1", "simple", false);
    if let Some(v) = &n1 {
        errors.check_param("path", "-1", v, 305usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(n1), Some(body)) = (n1, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::n1_post(&*served.api, ctx, n1, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "-1_post", method = "POST", path = "/op70/{-1}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
