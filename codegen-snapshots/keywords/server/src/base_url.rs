//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `base_url2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BaseUrl2Params {
    pub base_url2: ::std::option::Option<::std::string::String>,
    pub base_url3: ::std::option::Option<::std::string::String>,
    pub base_url4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `base_url2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BaseUrl2OkHeaders {
    pub base_url: ::std::option::Option<::std::string::String>,
}
/// Responses of `base_url2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum BaseUrl2Response {
    /// ok
    Ok { body: super::types::Everything, headers: BaseUrl2OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for BaseUrl2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "base_url", &headers.base_url);
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
/// axum handler for `GET` "/op167/{base_url}".
#[allow(unused_variables, unused_mut)]
pub async fn base_url2<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[167usize]];
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
    let principal = match served.auth.authenticate_dyn("base_url2", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op167/{base_url}",
        uri.path(),
        &decoded_path,
    );
    let base_url: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "base_url", "simple", false);
    let base_url2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "base_url", "form", true, false);
    let base_url3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "base_url", false);
    let base_url4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "base_url", false);
    if let Some(v) = &base_url {
        errors.check_param("path", "base_url", v, 693usize);
    }
    if let Some(v) = &base_url2 {
        errors.check_param("query", "base_url", v, 694usize);
    }
    if let Some(v) = &base_url3 {
        errors.check_param("header", "base_url", v, 695usize);
    }
    if let Some(v) = &base_url4 {
        errors.check_param("cookie", "base_url", v, 696usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(base_url),) = (base_url,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::base_url2(
        &*served.api,
        ctx,
        base_url,
        BaseUrl2Params {
            base_url2,
            base_url3,
            base_url4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "base_url", method = "GET", path =
        "/op167/{base_url}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `base_url_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum BaseUrlPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for BaseUrlPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op167/{base_url}".
#[allow(unused_variables, unused_mut)]
pub async fn base_url_post<A: super::Api>(
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
        "/op167/{base_url}",
        uri.path(),
        &decoded_path,
    );
    let base_url: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "base_url", "simple", false);
    if let Some(v) = &base_url {
        errors.check_param("path", "base_url", v, 693usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(base_url),) = (base_url,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::base_url_post(&*served.api, ctx, base_url, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "base_url_post", method = "POST", path =
        "/op167/{base_url}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
