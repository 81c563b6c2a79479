//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `new2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct New2Params {
    pub new2: ::std::option::Option<::std::string::String>,
    pub new3: ::std::option::Option<::std::string::String>,
    pub new4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `new2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct New2OkHeaders {
    pub new: ::std::option::Option<::std::string::String>,
}
/// Responses of `new2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum New2Response {
    /// ok
    Ok { body: super::types::Everything, headers: New2OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for New2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "new", &headers.new);
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
/// axum handler for `GET` "/op162/{new}".
#[allow(unused_variables, unused_mut)]
pub async fn new2<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[162usize]];
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
    let principal = match served.auth.authenticate_dyn("new2", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op162/{new}",
        uri.path(),
        &decoded_path,
    );
    let new: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "new", "simple", false);
    let new2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "new", "form", true, false);
    let new3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "new", false);
    let new4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "new", false);
    if let Some(v) = &new {
        errors.check_param("path", "new", v, 673usize);
    }
    if let Some(v) = &new2 {
        errors.check_param("query", "new", v, 674usize);
    }
    if let Some(v) = &new3 {
        errors.check_param("header", "new", v, 675usize);
    }
    if let Some(v) = &new4 {
        errors.check_param("cookie", "new", v, 676usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(new),) = (new,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::new2(
        &*served.api,
        ctx,
        new,
        New2Params { new2, new3, new4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "new", method = "GET", path = "/op162/{new}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `new_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum NewPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for NewPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op162/{new}".
#[allow(unused_variables, unused_mut)]
pub async fn new_post<A: super::Api>(
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
        "/op162/{new}",
        uri.path(),
        &decoded_path,
    );
    let new: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "new", "simple", false);
    if let Some(v) = &new {
        errors.check_param("path", "new", v, 673usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(new), Some(body)) = (new, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::new_post(&*served.api, ctx, new, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "new_post", method = "POST", path =
        "/op162/{new}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
