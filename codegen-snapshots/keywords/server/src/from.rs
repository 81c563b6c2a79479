//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `from`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FromParams {
    pub from2: ::std::option::Option<::std::string::String>,
    pub from3: ::std::option::Option<::std::string::String>,
    pub from4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `from`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FromOkHeaders {
    pub from: ::std::option::Option<::std::string::String>,
}
/// Responses of `from`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum FromResponse {
    /// ok
    Ok { body: super::types::Everything, headers: FromOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for FromResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "From", &headers.from);
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
/// axum handler for `GET` "/op121/{From}".
#[allow(unused_variables, unused_mut)]
pub async fn from<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[121usize]];
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
    let principal = match served.auth.authenticate_dyn("from", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op121/{From}",
        uri.path(),
        &decoded_path,
    );
    let from: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "From", "simple", false);
    let from2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "From", "form", true, false);
    let from3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "From", false);
    let from4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "From", false);
    if let Some(v) = &from {
        errors.check_param("path", "From", v, 509usize);
    }
    if let Some(v) = &from2 {
        errors.check_param("query", "From", v, 510usize);
    }
    if let Some(v) = &from3 {
        errors.check_param("header", "From", v, 511usize);
    }
    if let Some(v) = &from4 {
        errors.check_param("cookie", "From", v, 512usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(from),) = (from,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::from(
        &*served.api,
        ctx,
        from,
        FromParams { from2, from3, from4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "From", method = "GET", path = "/op121/{From}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `from_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum FromPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for FromPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op121/{From}".
#[allow(unused_variables, unused_mut)]
pub async fn from_post<A: super::Api>(
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
        "/op121/{From}",
        uri.path(),
        &decoded_path,
    );
    let from: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "From", "simple", false);
    if let Some(v) = &from {
        errors.check_param("path", "From", v, 509usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(from),) = (from,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::from_post(&*served.api, ctx, from, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "From_post", method = "POST", path =
        "/op121/{From}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
