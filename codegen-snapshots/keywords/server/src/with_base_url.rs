//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `with_base_url3`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WithBaseUrl3Params {
    pub with_base_url2: ::std::option::Option<::std::string::String>,
    pub with_base_url3: ::std::option::Option<::std::string::String>,
    pub with_base_url4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `with_base_url3`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WithBaseUrl3OkHeaders {
    pub with_base_url: ::std::option::Option<::std::string::String>,
}
/// Responses of `with_base_url3`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum WithBaseUrl3Response {
    /// ok
    Ok { body: super::types::Everything, headers: WithBaseUrl3OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for WithBaseUrl3Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(
                    &mut response,
                    "with_base_url",
                    &headers.with_base_url,
                );
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
/// axum handler for `GET` "/op165/{with_base_url}".
#[allow(unused_variables, unused_mut)]
pub async fn with_base_url3<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[165usize]];
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
    let principal = match served
        .auth
        .authenticate_dyn("with_base_url3", &credentials)
        .await
    {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op165/{with_base_url}",
        uri.path(),
        &decoded_path,
    );
    let with_base_url: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "with_base_url", "simple", false);
    let with_base_url2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "with_base_url", "form", true, false);
    let with_base_url3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "with_base_url", false);
    let with_base_url4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "with_base_url", false);
    if let Some(v) = &with_base_url {
        errors.check_param("path", "with_base_url", v, 685usize);
    }
    if let Some(v) = &with_base_url2 {
        errors.check_param("query", "with_base_url", v, 686usize);
    }
    if let Some(v) = &with_base_url3 {
        errors.check_param("header", "with_base_url", v, 687usize);
    }
    if let Some(v) = &with_base_url4 {
        errors.check_param("cookie", "with_base_url", v, 688usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(with_base_url),) = (with_base_url,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::with_base_url3(
        &*served.api,
        ctx,
        with_base_url,
        WithBaseUrl3Params {
            with_base_url2,
            with_base_url3,
            with_base_url4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "with_base_url", method = "GET", path =
        "/op165/{with_base_url}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `with_base_url_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum WithBaseUrlPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for WithBaseUrlPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op165/{with_base_url}".
#[allow(unused_variables, unused_mut)]
pub async fn with_base_url_post<A: super::Api>(
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
        "/op165/{with_base_url}",
        uri.path(),
        &decoded_path,
    );
    let with_base_url: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "with_base_url", "simple", false);
    if let Some(v) = &with_base_url {
        errors.check_param("path", "with_base_url", v, 685usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(with_base_url),) = (with_base_url,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::with_base_url_post(
        &*served.api,
        ctx,
        with_base_url,
        body,
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "with_base_url_post", method = "POST", path =
        "/op165/{with_base_url}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
