//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `url`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UrlParams {
    pub url2: ::std::option::Option<::std::string::String>,
    pub url3: ::std::option::Option<::std::string::String>,
    pub url4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `url`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UrlOkHeaders {
    pub url: ::std::option::Option<::std::string::String>,
}
/// Responses of `url`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum UrlResponse {
    /// ok
    Ok { body: super::types::Everything, headers: UrlOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for UrlResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Url", &headers.url);
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
/// axum handler for `GET` "/op156/{Url}".
#[allow(unused_variables, unused_mut)]
pub async fn url<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[156usize]];
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
    let principal = match served.auth.authenticate_dyn("url", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op156/{Url}",
        uri.path(),
        &decoded_path,
    );
    let url_param: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Url", "simple", false);
    let url2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Url", "form", true, false);
    let url3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Url", false);
    let url4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Url", false);
    if let Some(v) = &url_param {
        errors.check_param("path", "Url", v, 649usize);
    }
    if let Some(v) = &url2 {
        errors.check_param("query", "Url", v, 650usize);
    }
    if let Some(v) = &url3 {
        errors.check_param("header", "Url", v, 651usize);
    }
    if let Some(v) = &url4 {
        errors.check_param("cookie", "Url", v, 652usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(url_param),) = (url_param,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::url(
        &*served.api,
        ctx,
        url_param,
        UrlParams { url2, url3, url4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Url", method = "GET", path = "/op156/{Url}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `url_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum UrlPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for UrlPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op156/{Url}".
#[allow(unused_variables, unused_mut)]
pub async fn url_post<A: super::Api>(
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
        "/op156/{Url}",
        uri.path(),
        &decoded_path,
    );
    let url_param: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Url", "simple", false);
    if let Some(v) = &url_param {
        errors.check_param("path", "Url", v, 649usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(url_param), Some(body)) = (url_param, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::url_post(&*served.api, ctx, url_param, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Url_post", method = "POST", path =
        "/op156/{Url}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
