//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `result`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResultParams {
    pub result2: ::std::option::Option<::std::string::String>,
    pub result3: ::std::option::Option<::std::string::String>,
    pub result4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `result`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResultOkHeaders {
    pub result: ::std::option::Option<::std::string::String>,
}
/// Responses of `result`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ResultResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ResultOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for ResultResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Result", &headers.result);
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
/// axum handler for `GET` "/op105/{Result}".
#[allow(unused_variables, unused_mut)]
pub async fn result<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[105usize]];
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
    let principal = match served.auth.authenticate_dyn("result", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op105/{Result}",
        uri.path(),
        &decoded_path,
    );
    let result: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Result", "simple", false);
    let result2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Result", "form", true, false);
    let result3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Result", false);
    let result4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Result", false);
    if let Some(v) = &result {
        errors.check_param("path", "Result", v, 445usize);
    }
    if let Some(v) = &result2 {
        errors.check_param("query", "Result", v, 446usize);
    }
    if let Some(v) = &result3 {
        errors.check_param("header", "Result", v, 447usize);
    }
    if let Some(v) = &result4 {
        errors.check_param("cookie", "Result", v, 448usize);
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
    let response = <A as super::Api>::result(
        &*served.api,
        ctx,
        result,
        ResultParams {
            result2,
            result3,
            result4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Result", method = "GET", path =
        "/op105/{Result}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `result_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ResultPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ResultPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op105/{Result}".
#[allow(unused_variables, unused_mut)]
pub async fn result_post<A: super::Api>(
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
        "/op105/{Result}",
        uri.path(),
        &decoded_path,
    );
    let result: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Result", "simple", false);
    if let Some(v) = &result {
        errors.check_param("path", "Result", v, 445usize);
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
    let response = <A as super::Api>::result_post(&*served.api, ctx, result, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Result_post", method = "POST", path =
        "/op105/{Result}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
