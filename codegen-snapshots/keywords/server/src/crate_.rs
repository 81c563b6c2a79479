//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `crate_`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CrateParams {
    pub crate_2: ::std::option::Option<::std::string::String>,
    pub crate_3: ::std::option::Option<::std::string::String>,
    pub crate_4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `crate_`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CrateOkHeaders {
    pub crate_: ::std::option::Option<::std::string::String>,
}
/// Responses of `crate_`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CrateResponse {
    /// ok
    Ok { body: super::types::Everything, headers: CrateOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for CrateResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "crate", &headers.crate_);
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
/// axum handler for `GET` "/op4/{crate}".
#[allow(unused_variables, unused_mut)]
pub async fn crate_<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[4usize]];
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
    let principal = match served.auth.authenticate_dyn("crate_", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op4/{crate}",
        uri.path(),
        &decoded_path,
    );
    let crate_: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "crate", "simple", false);
    let crate_2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "crate", "form", true, false);
    let crate_3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "crate", false);
    let crate_4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "crate", false);
    if let Some(v) = &crate_ {
        errors.check_param("path", "crate", v, 41usize);
    }
    if let Some(v) = &crate_2 {
        errors.check_param("query", "crate", v, 42usize);
    }
    if let Some(v) = &crate_3 {
        errors.check_param("header", "crate", v, 43usize);
    }
    if let Some(v) = &crate_4 {
        errors.check_param("cookie", "crate", v, 44usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(crate_),) = (crate_,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::crate_(
        &*served.api,
        ctx,
        crate_,
        CrateParams {
            crate_2,
            crate_3,
            crate_4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "crate", method = "GET", path = "/op4/{crate}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `crate_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CratePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for CratePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op4/{crate}".
#[allow(unused_variables, unused_mut)]
pub async fn crate_post<A: super::Api>(
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
        "/op4/{crate}",
        uri.path(),
        &decoded_path,
    );
    let crate_: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "crate", "simple", false);
    if let Some(v) = &crate_ {
        errors.check_param("path", "crate", v, 41usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(crate_), Some(body)) = (crate_, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::crate_post(&*served.api, ctx, crate_, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "crate_post", method = "POST", path =
        "/op4/{crate}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
