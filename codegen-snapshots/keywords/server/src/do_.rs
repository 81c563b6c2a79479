//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `do`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DoParams {
    pub do2: ::std::option::Option<::std::string::String>,
    pub do3: ::std::option::Option<::std::string::String>,
    pub do4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `do`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DoOkHeaders {
    pub r#do: ::std::option::Option<::std::string::String>,
}
/// Responses of `do`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum DoResponse {
    /// ok
    Ok { body: super::types::Everything, headers: DoOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for DoResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "do", &headers.r#do);
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
/// axum handler for `GET` "/op41/{do}".
#[allow(unused_variables, unused_mut)]
pub async fn r#do<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[41usize]];
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
    let principal = match served.auth.authenticate_dyn("do", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op41/{do}",
        uri.path(),
        &decoded_path,
    );
    let r#do: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "do", "simple", false);
    let do2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "do", "form", true, false);
    let do3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "do", false);
    let do4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "do", false);
    if let Some(v) = &r#do {
        errors.check_param("path", "do", v, 189usize);
    }
    if let Some(v) = &do2 {
        errors.check_param("query", "do", v, 190usize);
    }
    if let Some(v) = &do3 {
        errors.check_param("header", "do", v, 191usize);
    }
    if let Some(v) = &do4 {
        errors.check_param("cookie", "do", v, 192usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#do),) = (r#do,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#do(
        &*served.api,
        ctx,
        r#do,
        DoParams { do2, do3, do4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "do", method = "GET", path = "/op41/{do}", status
        = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `do_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum DoPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for DoPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op41/{do}".
#[allow(unused_variables, unused_mut)]
pub async fn do_post<A: super::Api>(
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
        "/op41/{do}",
        uri.path(),
        &decoded_path,
    );
    let r#do: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "do", "simple", false);
    if let Some(v) = &r#do {
        errors.check_param("path", "do", v, 189usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#do),) = (r#do,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::do_post(&*served.api, ctx, r#do, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "do_post", method = "POST", path = "/op41/{do}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
