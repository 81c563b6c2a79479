//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `serde`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SerdeParams {
    pub serde2: ::std::option::Option<::std::string::String>,
    pub serde3: ::std::option::Option<::std::string::String>,
    pub serde4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `serde`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SerdeOkHeaders {
    pub serde: ::std::option::Option<::std::string::String>,
}
/// Responses of `serde`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum SerdeResponse {
    /// ok
    Ok { body: super::types::Everything, headers: SerdeOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for SerdeResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "serde", &headers.serde);
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
/// axum handler for `GET` "/op174/{serde}".
#[allow(unused_variables, unused_mut)]
pub async fn serde<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[174usize]];
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
    let principal = match served.auth.authenticate_dyn("serde", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op174/{serde}",
        uri.path(),
        &decoded_path,
    );
    let serde: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "serde", "simple", false);
    let serde2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "serde", "form", true, false);
    let serde3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "serde", false);
    let serde4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "serde", false);
    if let Some(v) = &serde {
        errors.check_param("path", "serde", v, 721usize);
    }
    if let Some(v) = &serde2 {
        errors.check_param("query", "serde", v, 722usize);
    }
    if let Some(v) = &serde3 {
        errors.check_param("header", "serde", v, 723usize);
    }
    if let Some(v) = &serde4 {
        errors.check_param("cookie", "serde", v, 724usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(serde),) = (serde,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::serde(
        &*served.api,
        ctx,
        serde,
        SerdeParams {
            serde2,
            serde3,
            serde4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "serde", method = "GET", path = "/op174/{serde}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `serde_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum SerdePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for SerdePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op174/{serde}".
#[allow(unused_variables, unused_mut)]
pub async fn serde_post<A: super::Api>(
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
        "/op174/{serde}",
        uri.path(),
        &decoded_path,
    );
    let serde: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "serde", "simple", false);
    if let Some(v) = &serde {
        errors.check_param("path", "serde", v, 721usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(serde), Some(body)) = (serde, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::serde_post(&*served.api, ctx, serde, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "serde_post", method = "POST", path =
        "/op174/{serde}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
