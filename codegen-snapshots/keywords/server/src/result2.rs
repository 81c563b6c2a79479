//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `result2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Result2Params {
    pub result2: ::std::option::Option<::std::string::String>,
    pub result3: ::std::option::Option<::std::string::String>,
    pub result4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `result2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Result2OkHeaders {
    pub result: ::std::option::Option<::std::string::String>,
}
/// Responses of `result2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum Result2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Result2OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for Result2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "result", &headers.result);
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
/// axum handler for `GET` "/op201/{result}".
#[allow(unused_variables, unused_mut)]
pub async fn result2<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[201usize]];
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
    let principal = match served.auth.authenticate_dyn("result2", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op201/{result}",
        uri.path(),
        &decoded_path,
    );
    let result: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "result", "simple", false);
    let result2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "result", "form", true, false);
    let result3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "result", false);
    let result4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "result", false);
    if let Some(v) = &result {
        errors.check_param("path", "result", v, 829usize);
    }
    if let Some(v) = &result2 {
        errors.check_param("query", "result", v, 830usize);
    }
    if let Some(v) = &result3 {
        errors.check_param("header", "result", v, 831usize);
    }
    if let Some(v) = &result4 {
        errors.check_param("cookie", "result", v, 832usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(result),) = (result,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::result2(
        &*served.api,
        ctx,
        result,
        Result2Params {
            result2,
            result3,
            result4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "result", method = "GET", path =
        "/op201/{result}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `result_post2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ResultPost2Response {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ResultPost2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op201/{result}".
#[allow(unused_variables, unused_mut)]
pub async fn result_post2<A: super::Api>(
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
        "/op201/{result}",
        uri.path(),
        &decoded_path,
    );
    let result: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "result", "simple", false);
    if let Some(v) = &result {
        errors.check_param("path", "result", v, 829usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(result),) = (result,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::result_post2(&*served.api, ctx, result, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "result_post", method = "POST", path =
        "/op201/{result}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
