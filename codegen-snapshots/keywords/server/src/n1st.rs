//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `n1st`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct N1stParams {
    pub n1st2: ::std::option::Option<::std::string::String>,
    pub n1st3: ::std::option::Option<::std::string::String>,
    pub n1st4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `n1st`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct N1stOkHeaders {
    pub n1st: ::std::option::Option<::std::string::String>,
}
/// Responses of `n1st`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum N1stResponse {
    /// ok
    Ok { body: super::types::Everything, headers: N1stOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for N1stResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "1st", &headers.n1st);
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
/// axum handler for `GET` "/op69/{1st}".
#[allow(unused_variables, unused_mut)]
pub async fn n1st<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[69usize]];
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
    let principal = match served.auth.authenticate_dyn("n1st", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op69/{1st}",
        uri.path(),
        &decoded_path,
    );
    let n1st: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "1st", "simple", false);
    let n1st2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "1st", "form", true, false);
    let n1st3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "1st", false);
    let n1st4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "1st", false);
    if let Some(v) = &n1st {
        errors.check_param("path", "1st", v, 301usize);
    }
    if let Some(v) = &n1st2 {
        errors.check_param("query", "1st", v, 302usize);
    }
    if let Some(v) = &n1st3 {
        errors.check_param("header", "1st", v, 303usize);
    }
    if let Some(v) = &n1st4 {
        errors.check_param("cookie", "1st", v, 304usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(n1st),) = (n1st,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::n1st(
        &*served.api,
        ctx,
        n1st,
        N1stParams { n1st2, n1st3, n1st4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "1st", method = "GET", path = "/op69/{1st}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `n1st_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum N1stPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for N1stPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op69/{1st}".
#[allow(unused_variables, unused_mut)]
pub async fn n1st_post<A: super::Api>(
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
        "/op69/{1st}",
        uri.path(),
        &decoded_path,
    );
    let n1st: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "1st", "simple", false);
    if let Some(v) = &n1st {
        errors.check_param("path", "1st", v, 301usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(n1st),) = (n1st,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::n1st_post(&*served.api, ctx, n1st, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "1st_post", method = "POST", path = "/op69/{1st}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
