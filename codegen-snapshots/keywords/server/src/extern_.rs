//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `extern`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExternParams {
    pub extern2: ::std::option::Option<::std::string::String>,
    pub extern3: ::std::option::Option<::std::string::String>,
    pub extern4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `extern`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExternOkHeaders {
    pub r#extern: ::std::option::Option<::std::string::String>,
}
/// Responses of `extern`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ExternResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ExternOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for ExternResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "extern", &headers.r#extern);
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
/// axum handler for `GET` "/op7/{extern}".
#[allow(unused_variables, unused_mut)]
pub async fn r#extern<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[7usize]];
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
    let principal = match served.auth.authenticate_dyn("extern", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op7/{extern}",
        uri.path(),
        &decoded_path,
    );
    let r#extern: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "extern", "simple", false);
    let extern2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "extern", "form", true, false);
    let extern3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "extern", false);
    let extern4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "extern", false);
    if let Some(v) = &r#extern {
        errors.check_param("path", "extern", v, 53usize);
    }
    if let Some(v) = &extern2 {
        errors.check_param("query", "extern", v, 54usize);
    }
    if let Some(v) = &extern3 {
        errors.check_param("header", "extern", v, 55usize);
    }
    if let Some(v) = &extern4 {
        errors.check_param("cookie", "extern", v, 56usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#extern),) = (r#extern,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#extern(
        &*served.api,
        ctx,
        r#extern,
        ExternParams {
            extern2,
            extern3,
            extern4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "extern", method = "GET", path = "/op7/{extern}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `extern_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ExternPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ExternPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op7/{extern}".
#[allow(unused_variables, unused_mut)]
pub async fn extern_post<A: super::Api>(
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
        "/op7/{extern}",
        uri.path(),
        &decoded_path,
    );
    let r#extern: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "extern", "simple", false);
    if let Some(v) = &r#extern {
        errors.check_param("path", "extern", v, 53usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#extern),) = (r#extern,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::extern_post(&*served.api, ctx, r#extern, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "extern_post", method = "POST", path =
        "/op7/{extern}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
