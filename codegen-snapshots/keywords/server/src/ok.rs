//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `ok`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OkParams {
    pub ok2: ::std::option::Option<::std::string::String>,
    pub ok3: ::std::option::Option<::std::string::String>,
    pub ok4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `ok`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OkOkHeaders {
    pub ok: ::std::option::Option<::std::string::String>,
}
/// Responses of `ok`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum OkResponse {
    /// ok
    Ok { body: super::types::Everything, headers: OkOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for OkResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Ok", &headers.ok);
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
/// axum handler for `GET` "/op106/{Ok}".
#[allow(unused_variables, unused_mut)]
pub async fn ok<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[106usize]];
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
    let principal = match served.auth.authenticate_dyn("ok", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op106/{Ok}",
        uri.path(),
        &decoded_path,
    );
    let ok: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Ok", "simple", false);
    let ok2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Ok", "form", true, false);
    let ok3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Ok", false);
    let ok4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Ok", false);
    if let Some(v) = &ok {
        errors.check_param("path", "Ok", v, 449usize);
    }
    if let Some(v) = &ok2 {
        errors.check_param("query", "Ok", v, 450usize);
    }
    if let Some(v) = &ok3 {
        errors.check_param("header", "Ok", v, 451usize);
    }
    if let Some(v) = &ok4 {
        errors.check_param("cookie", "Ok", v, 452usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(ok),) = (ok,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::ok(
        &*served.api,
        ctx,
        ok,
        OkParams { ok2, ok3, ok4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Ok", method = "GET", path = "/op106/{Ok}", status
        = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `ok_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum OkPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for OkPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op106/{Ok}".
#[allow(unused_variables, unused_mut)]
pub async fn ok_post<A: super::Api>(
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
        "/op106/{Ok}",
        uri.path(),
        &decoded_path,
    );
    let ok: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Ok", "simple", false);
    if let Some(v) = &ok {
        errors.check_param("path", "Ok", v, 449usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(ok), Some(body)) = (ok, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::ok_post(&*served.api, ctx, ok, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Ok_post", method = "POST", path = "/op106/{Ok}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
