//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `await`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AwaitParams {
    pub await2: ::std::option::Option<::std::string::String>,
    pub await3: ::std::option::Option<::std::string::String>,
    pub await4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `await`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AwaitOkHeaders {
    pub r#await: ::std::option::Option<::std::string::String>,
}
/// Responses of `await`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum AwaitResponse {
    /// ok
    Ok { body: super::types::Everything, headers: AwaitOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for AwaitResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "await", &headers.r#await);
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
/// axum handler for `GET` "/op36/{await}".
#[allow(unused_variables, unused_mut)]
pub async fn r#await<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[36usize]];
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
    let principal = match served.auth.authenticate_dyn("await", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op36/{await}",
        uri.path(),
        &decoded_path,
    );
    let r#await: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "await", "simple", false);
    let await2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "await", "form", true, false);
    let await3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "await", false);
    let await4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "await", false);
    if let Some(v) = &r#await {
        errors.check_param("path", "await", v, 169usize);
    }
    if let Some(v) = &await2 {
        errors.check_param("query", "await", v, 170usize);
    }
    if let Some(v) = &await3 {
        errors.check_param("header", "await", v, 171usize);
    }
    if let Some(v) = &await4 {
        errors.check_param("cookie", "await", v, 172usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#await),) = (r#await,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#await(
        &*served.api,
        ctx,
        r#await,
        AwaitParams {
            await2,
            await3,
            await4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "await", method = "GET", path = "/op36/{await}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `await_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum AwaitPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for AwaitPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op36/{await}".
#[allow(unused_variables, unused_mut)]
pub async fn await_post<A: super::Api>(
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
        "/op36/{await}",
        uri.path(),
        &decoded_path,
    );
    let r#await: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "await", "simple", false);
    if let Some(v) = &r#await {
        errors.check_param("path", "await", v, 169usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#await), Some(body)) = (r#await, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::await_post(&*served.api, ctx, r#await, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "await_post", method = "POST", path =
        "/op36/{await}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
