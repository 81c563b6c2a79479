//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `option`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OptionParams {
    pub option2: ::std::option::Option<::std::string::String>,
    pub option3: ::std::option::Option<::std::string::String>,
    pub option4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `option`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OptionOkHeaders {
    pub option: ::std::option::Option<::std::string::String>,
}
/// Responses of `option`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum OptionResponse {
    /// ok
    Ok { body: super::types::Everything, headers: OptionOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for OptionResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Option", &headers.option);
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
/// axum handler for `GET` "/op102/{Option}".
#[allow(unused_variables, unused_mut)]
pub async fn option<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[102usize]];
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
    let principal = match served.auth.authenticate_dyn("option", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op102/{Option}",
        uri.path(),
        &decoded_path,
    );
    let option: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Option", "simple", false);
    let option2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Option", "form", true, false);
    let option3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Option", false);
    let option4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Option", false);
    if let Some(v) = &option {
        errors.check_param("path", "Option", v, 433usize);
    }
    if let Some(v) = &option2 {
        errors.check_param("query", "Option", v, 434usize);
    }
    if let Some(v) = &option3 {
        errors.check_param("header", "Option", v, 435usize);
    }
    if let Some(v) = &option4 {
        errors.check_param("cookie", "Option", v, 436usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(option),) = (option,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::option(
        &*served.api,
        ctx,
        option,
        OptionParams {
            option2,
            option3,
            option4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Option", method = "GET", path =
        "/op102/{Option}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `option_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum OptionPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for OptionPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op102/{Option}".
#[allow(unused_variables, unused_mut)]
pub async fn option_post<A: super::Api>(
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
        "/op102/{Option}",
        uri.path(),
        &decoded_path,
    );
    let option: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Option", "simple", false);
    if let Some(v) = &option {
        errors.check_param("path", "Option", v, 433usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(option), Some(body)) = (option, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::option_post(&*served.api, ctx, option, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Option_post", method = "POST", path =
        "/op102/{Option}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
