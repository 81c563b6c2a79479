//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `reqwest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReqwestParams {
    pub reqwest2: ::std::option::Option<::std::string::String>,
    pub reqwest3: ::std::option::Option<::std::string::String>,
    pub reqwest4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `reqwest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReqwestOkHeaders {
    pub reqwest: ::std::option::Option<::std::string::String>,
}
/// Responses of `reqwest`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ReqwestResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ReqwestOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for ReqwestResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "reqwest", &headers.reqwest);
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
/// axum handler for `GET` "/op176/{reqwest}".
#[allow(unused_variables, unused_mut)]
pub async fn reqwest<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[176usize]];
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
    let principal = match served.auth.authenticate_dyn("reqwest", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op176/{reqwest}",
        uri.path(),
        &decoded_path,
    );
    let reqwest: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "reqwest", "simple", false);
    let reqwest2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "reqwest", "form", true, false);
    let reqwest3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "reqwest", false);
    let reqwest4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "reqwest", false);
    if let Some(v) = &reqwest {
        errors.check_param("path", "reqwest", v, 729usize);
    }
    if let Some(v) = &reqwest2 {
        errors.check_param("query", "reqwest", v, 730usize);
    }
    if let Some(v) = &reqwest3 {
        errors.check_param("header", "reqwest", v, 731usize);
    }
    if let Some(v) = &reqwest4 {
        errors.check_param("cookie", "reqwest", v, 732usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(reqwest),) = (reqwest,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::reqwest(
        &*served.api,
        ctx,
        reqwest,
        ReqwestParams {
            reqwest2,
            reqwest3,
            reqwest4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "reqwest", method = "GET", path =
        "/op176/{reqwest}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `reqwest_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ReqwestPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ReqwestPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op176/{reqwest}".
#[allow(unused_variables, unused_mut)]
pub async fn reqwest_post<A: super::Api>(
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
        "/op176/{reqwest}",
        uri.path(),
        &decoded_path,
    );
    let reqwest: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "reqwest", "simple", false);
    if let Some(v) = &reqwest {
        errors.check_param("path", "reqwest", v, 729usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(reqwest), Some(body)) = (reqwest, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::reqwest_post(&*served.api, ctx, reqwest, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "reqwest_post", method = "POST", path =
        "/op176/{reqwest}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
