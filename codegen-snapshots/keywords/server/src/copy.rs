//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `copy`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CopyParams {
    pub copy2: ::std::option::Option<::std::string::String>,
    pub copy3: ::std::option::Option<::std::string::String>,
    pub copy4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `copy`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CopyOkHeaders {
    pub copy: ::std::option::Option<::std::string::String>,
}
/// Responses of `copy`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CopyResponse {
    /// ok
    Ok { body: super::types::Everything, headers: CopyOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for CopyResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Copy", &headers.copy);
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
/// axum handler for `GET` "/op113/{Copy}".
#[allow(unused_variables, unused_mut)]
pub async fn copy<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[113usize]];
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
    let principal = match served.auth.authenticate_dyn("copy", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op113/{Copy}",
        uri.path(),
        &decoded_path,
    );
    let copy: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Copy", "simple", false);
    let copy2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Copy", "form", true, false);
    let copy3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Copy", false);
    let copy4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Copy", false);
    if let Some(v) = &copy {
        errors.check_param("path", "Copy", v, 477usize);
    }
    if let Some(v) = &copy2 {
        errors.check_param("query", "Copy", v, 478usize);
    }
    if let Some(v) = &copy3 {
        errors.check_param("header", "Copy", v, 479usize);
    }
    if let Some(v) = &copy4 {
        errors.check_param("cookie", "Copy", v, 480usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(copy),) = (copy,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::copy(
        &*served.api,
        ctx,
        copy,
        CopyParams { copy2, copy3, copy4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Copy", method = "GET", path = "/op113/{Copy}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `copy_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CopyPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for CopyPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op113/{Copy}".
#[allow(unused_variables, unused_mut)]
pub async fn copy_post<A: super::Api>(
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
        "/op113/{Copy}",
        uri.path(),
        &decoded_path,
    );
    let copy: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Copy", "simple", false);
    if let Some(v) = &copy {
        errors.check_param("path", "Copy", v, 477usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(copy),) = (copy,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::copy_post(&*served.api, ctx, copy, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Copy_post", method = "POST", path =
        "/op113/{Copy}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
