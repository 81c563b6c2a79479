//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `sync`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SyncParams {
    pub sync2: ::std::option::Option<::std::string::String>,
    pub sync3: ::std::option::Option<::std::string::String>,
    pub sync4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `sync`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SyncOkHeaders {
    pub sync: ::std::option::Option<::std::string::String>,
}
/// Responses of `sync`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum SyncResponse {
    /// ok
    Ok { body: super::types::Everything, headers: SyncOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for SyncResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Sync", &headers.sync);
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
/// axum handler for `GET` "/op115/{Sync}".
#[allow(unused_variables, unused_mut)]
pub async fn sync<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[115usize]];
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
    let principal = match served.auth.authenticate_dyn("sync", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op115/{Sync}",
        uri.path(),
        &decoded_path,
    );
    let sync: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Sync", "simple", false);
    let sync2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Sync", "form", true, false);
    let sync3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Sync", false);
    let sync4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Sync", false);
    if let Some(v) = &sync {
        errors.check_param("path", "Sync", v, 485usize);
    }
    if let Some(v) = &sync2 {
        errors.check_param("query", "Sync", v, 486usize);
    }
    if let Some(v) = &sync3 {
        errors.check_param("header", "Sync", v, 487usize);
    }
    if let Some(v) = &sync4 {
        errors.check_param("cookie", "Sync", v, 488usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(sync),) = (sync,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::sync(
        &*served.api,
        ctx,
        sync,
        SyncParams { sync2, sync3, sync4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Sync", method = "GET", path = "/op115/{Sync}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `sync_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum SyncPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for SyncPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op115/{Sync}".
#[allow(unused_variables, unused_mut)]
pub async fn sync_post<A: super::Api>(
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
        "/op115/{Sync}",
        uri.path(),
        &decoded_path,
    );
    let sync: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Sync", "simple", false);
    if let Some(v) = &sync {
        errors.check_param("path", "Sync", v, 485usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(sync),) = (sync,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::sync_post(&*served.api, ctx, sync, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Sync_post", method = "POST", path =
        "/op115/{Sync}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
