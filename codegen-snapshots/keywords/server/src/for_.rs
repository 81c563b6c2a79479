//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `for`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ForParams {
    pub for2: ::std::option::Option<::std::string::String>,
    pub for3: ::std::option::Option<::std::string::String>,
    pub for4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `for`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ForOkHeaders {
    pub r#for: ::std::option::Option<::std::string::String>,
}
/// Responses of `for`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ForResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ForOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for ForResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "for", &headers.r#for);
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
/// axum handler for `GET` "/op10/{for}".
#[allow(unused_variables, unused_mut)]
pub async fn r#for<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[10usize]];
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
    let principal = match served.auth.authenticate_dyn("for", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op10/{for}",
        uri.path(),
        &decoded_path,
    );
    let r#for: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "for", "simple", false);
    let for2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "for", "form", true, false);
    let for3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "for", false);
    let for4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "for", false);
    if let Some(v) = &r#for {
        errors.check_param("path", "for", v, 65usize);
    }
    if let Some(v) = &for2 {
        errors.check_param("query", "for", v, 66usize);
    }
    if let Some(v) = &for3 {
        errors.check_param("header", "for", v, 67usize);
    }
    if let Some(v) = &for4 {
        errors.check_param("cookie", "for", v, 68usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#for),) = (r#for,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#for(
        &*served.api,
        ctx,
        r#for,
        ForParams { for2, for3, for4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "for", method = "GET", path = "/op10/{for}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `for_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ForPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ForPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op10/{for}".
#[allow(unused_variables, unused_mut)]
pub async fn for_post<A: super::Api>(
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
        "/op10/{for}",
        uri.path(),
        &decoded_path,
    );
    let r#for: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "for", "simple", false);
    if let Some(v) = &r#for {
        errors.check_param("path", "for", v, 65usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#for), Some(body)) = (r#for, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::for_post(&*served.api, ctx, r#for, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "for_post", method = "POST", path = "/op10/{for}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
