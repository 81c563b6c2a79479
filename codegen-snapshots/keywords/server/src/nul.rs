//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `nul`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NulParams {
    pub nul2: ::std::option::Option<::std::string::String>,
    pub nul3: ::std::option::Option<::std::string::String>,
    pub nul4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `nul`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NulOkHeaders {
    pub nul: ::std::option::Option<::std::string::String>,
}
/// Responses of `nul`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum NulResponse {
    /// ok
    Ok { body: super::types::Everything, headers: NulOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for NulResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "nul\0", &headers.nul);
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
/// axum handler for `GET` "/op81/{nul\0}".
#[allow(unused_variables, unused_mut)]
pub async fn nul<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[81usize]];
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
    let principal = match served.auth.authenticate_dyn("nul", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op81/{nul\0}",
        uri.path(),
        &decoded_path,
    );
    let nul: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "nul\0", "simple", false);
    let nul2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "nul\0", "form", true, false);
    let nul3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "nul\0", false);
    let nul4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "nul\0", false);
    if let Some(v) = &nul {
        errors.check_param("path", "nul\0", v, 349usize);
    }
    if let Some(v) = &nul2 {
        errors.check_param("query", "nul\0", v, 350usize);
    }
    if let Some(v) = &nul3 {
        errors.check_param("header", "nul\0", v, 351usize);
    }
    if let Some(v) = &nul4 {
        errors.check_param("cookie", "nul\0", v, 352usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(nul),) = (nul,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::nul(
        &*served.api,
        ctx,
        nul,
        NulParams { nul2, nul3, nul4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "nul\0", method = "GET", path = "/op81/{nul\0}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `nul_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum NulPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for NulPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op81/{nul\0}".
#[allow(unused_variables, unused_mut)]
pub async fn nul_post<A: super::Api>(
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
        "/op81/{nul\0}",
        uri.path(),
        &decoded_path,
    );
    let nul: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "nul\0", "simple", false);
    if let Some(v) = &nul {
        errors.check_param("path", "nul\0", v, 349usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(nul),) = (nul,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::nul_post(&*served.api, ctx, nul, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "nul\0_post", method = "POST", path =
        "/op81/{nul\0}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
