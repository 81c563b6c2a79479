//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `u65e5_u672c`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U65e5U672cParams {
    pub u65e5_u672c2: ::std::option::Option<::std::string::String>,
    pub u65e5_u672c3: ::std::option::Option<::std::string::String>,
    pub u65e5_u672c4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `u65e5_u672c`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U65e5U672cOkHeaders {
    pub u65e5_u672c: ::std::option::Option<::std::string::String>,
}
/// Responses of `u65e5_u672c`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum U65e5U672cResponse {
    /// ok
    Ok { body: super::types::Everything, headers: U65e5U672cOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for U65e5U672cResponse {
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
                    "日本",
                    &headers.u65e5_u672c,
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
/// axum handler for `GET` "/op83/{日本}".
#[allow(unused_variables, unused_mut)]
pub async fn u65e5_u672c<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[83usize]];
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
    let principal = match served.auth.authenticate_dyn("u65e5_u672c", &credentials).await
    {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op83/{日本}",
        uri.path(),
        &decoded_path,
    );
    let u65e5_u672c: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "日本", "simple", false);
    let u65e5_u672c2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "日本", "form", true, false);
    let u65e5_u672c3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "日本", false);
    let u65e5_u672c4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "日本", false);
    if let Some(v) = &u65e5_u672c {
        errors.check_param("path", "日本", v, 357usize);
    }
    if let Some(v) = &u65e5_u672c2 {
        errors.check_param("query", "日本", v, 358usize);
    }
    if let Some(v) = &u65e5_u672c3 {
        errors.check_param("header", "日本", v, 359usize);
    }
    if let Some(v) = &u65e5_u672c4 {
        errors.check_param("cookie", "日本", v, 360usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(u65e5_u672c),) = (u65e5_u672c,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::u65e5_u672c(
        &*served.api,
        ctx,
        u65e5_u672c,
        U65e5U672cParams {
            u65e5_u672c2,
            u65e5_u672c3,
            u65e5_u672c4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "日本", method = "GET", path = "/op83/{日本}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `u65e5_u672c_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum U65e5U672cPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for U65e5U672cPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op83/{日本}".
#[allow(unused_variables, unused_mut)]
pub async fn u65e5_u672c_post<A: super::Api>(
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
        "/op83/{日本}",
        uri.path(),
        &decoded_path,
    );
    let u65e5_u672c: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "日本", "simple", false);
    if let Some(v) = &u65e5_u672c {
        errors.check_param("path", "日本", v, 357usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(u65e5_u672c),) = (u65e5_u672c,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::u65e5_u672c_post(
        &*served.api,
        ctx,
        u65e5_u672c,
        body,
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "日本_post", method = "POST", path =
        "/op83/{日本}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
