//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `self_2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Self2Params {
    pub self_3: ::std::option::Option<::std::string::String>,
    pub self_4: ::std::option::Option<::std::string::String>,
    pub self_5: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `self_2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Self2OkHeaders {
    pub self_: ::std::option::Option<::std::string::String>,
}
/// Responses of `self_2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum Self2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Self2OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for Self2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Self", &headers.self_);
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
/// axum handler for `GET` "/op24/{Self}".
#[allow(unused_variables, unused_mut)]
pub async fn self_2<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[24usize]];
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
    let principal = match served.auth.authenticate_dyn("self_2", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op24/{Self}",
        uri.path(),
        &decoded_path,
    );
    let self_2: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Self", "simple", false);
    let self_3: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Self", "form", true, false);
    let self_4: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Self", false);
    let self_5: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Self", false);
    if let Some(v) = &self_2 {
        errors.check_param("path", "Self", v, 121usize);
    }
    if let Some(v) = &self_3 {
        errors.check_param("query", "Self", v, 122usize);
    }
    if let Some(v) = &self_4 {
        errors.check_param("header", "Self", v, 123usize);
    }
    if let Some(v) = &self_5 {
        errors.check_param("cookie", "Self", v, 124usize);
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
    let response = <A as super::Api>::self_2(
        &*served.api,
        ctx,
        self_2,
        Self2Params {
            self_3,
            self_4,
            self_5,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Self", method = "GET", path = "/op24/{Self}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `self_post2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum SelfPost2Response {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for SelfPost2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op24/{Self}".
#[allow(unused_variables, unused_mut)]
pub async fn self_post2<A: super::Api>(
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
        "/op24/{Self}",
        uri.path(),
        &decoded_path,
    );
    let self_2: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Self", "simple", false);
    if let Some(v) = &self_2 {
        errors.check_param("path", "Self", v, 121usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(self_2), Some(body)) = (self_2, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::self_post2(&*served.api, ctx, self_2, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Self_post", method = "POST", path =
        "/op24/{Self}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
