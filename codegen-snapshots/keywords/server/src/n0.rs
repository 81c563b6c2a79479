//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `n0`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct N0Params {
    pub n0_2: ::std::option::Option<::std::string::String>,
    pub n0_3: ::std::option::Option<::std::string::String>,
    pub n0_4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `n0`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct N0OkHeaders {
    pub n0: ::std::option::Option<::std::string::String>,
}
/// Responses of `n0`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum N0Response {
    /// ok
    Ok { body: super::types::Everything, headers: N0OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for N0Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "0", &headers.n0);
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
/// axum handler for `GET` "/op68/{0}".
#[allow(unused_variables, unused_mut)]
pub async fn n0<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[68usize]];
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
    let principal = match served.auth.authenticate_dyn("n0", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op68/{0}",
        uri.path(),
        &decoded_path,
    );
    let n0: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "0", "simple", false);
    let n0_2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "0", "form", true, false);
    let n0_3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "0", false);
    let n0_4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "0", false);
    if let Some(v) = &n0 {
        errors.check_param("path", "0", v, 297usize);
    }
    if let Some(v) = &n0_2 {
        errors.check_param("query", "0", v, 298usize);
    }
    if let Some(v) = &n0_3 {
        errors.check_param("header", "0", v, 299usize);
    }
    if let Some(v) = &n0_4 {
        errors.check_param("cookie", "0", v, 300usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(n0),) = (n0,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::n0(
        &*served.api,
        ctx,
        n0,
        N0Params { n0_2, n0_3, n0_4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "0", method = "GET", path = "/op68/{0}", status =
        ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `n0_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum N0PostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for N0PostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op68/{0}".
#[allow(unused_variables, unused_mut)]
pub async fn n0_post<A: super::Api>(
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
        "/op68/{0}",
        uri.path(),
        &decoded_path,
    );
    let n0: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "0", "simple", false);
    if let Some(v) = &n0 {
        errors.check_param("path", "0", v, 297usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(n0), Some(body)) = (n0, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::n0_post(&*served.api, ctx, n0, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "0_post", method = "POST", path = "/op68/{0}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
