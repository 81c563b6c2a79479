//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `self_`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SelfParams {
    pub self_3: ::std::option::Option<::std::string::String>,
    pub self_4: ::std::option::Option<::std::string::String>,
    pub self_5: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `self_`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SelfOkHeaders {
    pub self_: ::std::option::Option<::std::string::String>,
}
/// Responses of `self_`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum SelfResponse {
    /// ok
    Ok { body: super::types::Everything, headers: SelfOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for SelfResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "self", &headers.self_);
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
/// axum handler for `GET` "/op23/{self}".
#[allow(unused_variables, unused_mut)]
pub async fn self_<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[23usize]];
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
    let principal = match served.auth.authenticate_dyn("self_", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op23/{self}",
        uri.path(),
        &decoded_path,
    );
    let self_2: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "self", "simple", false);
    let self_3: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "self", "form", true, false);
    let self_4: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "self", false);
    let self_5: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "self", false);
    if let Some(v) = &self_2 {
        errors.check_param("path", "self", v, 117usize);
    }
    if let Some(v) = &self_3 {
        errors.check_param("query", "self", v, 118usize);
    }
    if let Some(v) = &self_4 {
        errors.check_param("header", "self", v, 119usize);
    }
    if let Some(v) = &self_5 {
        errors.check_param("cookie", "self", v, 120usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(self_2),) = (self_2,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::self_(
        &*served.api,
        ctx,
        self_2,
        SelfParams {
            self_3,
            self_4,
            self_5,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "self", method = "GET", path = "/op23/{self}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `self_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum SelfPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for SelfPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op23/{self}".
#[allow(unused_variables, unused_mut)]
pub async fn self_post<A: super::Api>(
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
        "/op23/{self}",
        uri.path(),
        &decoded_path,
    );
    let self_2: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "self", "simple", false);
    if let Some(v) = &self_2 {
        errors.check_param("path", "self", v, 117usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(self_2),) = (self_2,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::self_post(&*served.api, ctx, self_2, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "self_post", method = "POST", path =
        "/op23/{self}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
