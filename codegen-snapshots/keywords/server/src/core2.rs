//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `core`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CoreParams {
    pub core2: ::std::option::Option<::std::string::String>,
    pub core3: ::std::option::Option<::std::string::String>,
    pub core4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `core`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CoreOkHeaders {
    pub core: ::std::option::Option<::std::string::String>,
}
/// Responses of `core`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CoreResponse {
    /// ok
    Ok { body: super::types::Everything, headers: CoreOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for CoreResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "core", &headers.core);
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
/// axum handler for `GET` "/op183/{core}".
#[allow(unused_variables, unused_mut)]
pub async fn core<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[183usize]];
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
    let principal = match served.auth.authenticate_dyn("core", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op183/{core}",
        uri.path(),
        &decoded_path,
    );
    let core: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "core", "simple", false);
    let core2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "core", "form", true, false);
    let core3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "core", false);
    let core4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "core", false);
    if let Some(v) = &core {
        errors.check_param("path", "core", v, 757usize);
    }
    if let Some(v) = &core2 {
        errors.check_param("query", "core", v, 758usize);
    }
    if let Some(v) = &core3 {
        errors.check_param("header", "core", v, 759usize);
    }
    if let Some(v) = &core4 {
        errors.check_param("cookie", "core", v, 760usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(core),) = (core,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::core(
        &*served.api,
        ctx,
        core,
        CoreParams { core2, core3, core4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "core", method = "GET", path = "/op183/{core}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `core_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CorePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for CorePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op183/{core}".
#[allow(unused_variables, unused_mut)]
pub async fn core_post<A: super::Api>(
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
        "/op183/{core}",
        uri.path(),
        &decoded_path,
    );
    let core: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "core", "simple", false);
    if let Some(v) = &core {
        errors.check_param("path", "core", v, 757usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(core),) = (core,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::core_post(&*served.api, ctx, core, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "core_post", method = "POST", path =
        "/op183/{core}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
