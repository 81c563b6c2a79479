//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `tests`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TestsParams {
    pub tests2: ::std::option::Option<::std::string::String>,
    pub tests3: ::std::option::Option<::std::string::String>,
    pub tests4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `tests`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TestsOkHeaders {
    pub tests: ::std::option::Option<::std::string::String>,
}
/// Responses of `tests`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum TestsResponse {
    /// ok
    Ok { body: super::types::Everything, headers: TestsOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for TestsResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "tests", &headers.tests);
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
/// axum handler for `GET` "/op185/{tests}".
#[allow(unused_variables, unused_mut)]
pub async fn tests<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[185usize]];
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
    let principal = match served.auth.authenticate_dyn("tests", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op185/{tests}",
        uri.path(),
        &decoded_path,
    );
    let tests: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "tests", "simple", false);
    let tests2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "tests", "form", true, false);
    let tests3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "tests", false);
    let tests4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "tests", false);
    if let Some(v) = &tests {
        errors.check_param("path", "tests", v, 765usize);
    }
    if let Some(v) = &tests2 {
        errors.check_param("query", "tests", v, 766usize);
    }
    if let Some(v) = &tests3 {
        errors.check_param("header", "tests", v, 767usize);
    }
    if let Some(v) = &tests4 {
        errors.check_param("cookie", "tests", v, 768usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(tests),) = (tests,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::tests(
        &*served.api,
        ctx,
        tests,
        TestsParams {
            tests2,
            tests3,
            tests4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "tests", method = "GET", path = "/op185/{tests}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `tests_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum TestsPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for TestsPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op185/{tests}".
#[allow(unused_variables, unused_mut)]
pub async fn tests_post<A: super::Api>(
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
        "/op185/{tests}",
        uri.path(),
        &decoded_path,
    );
    let tests: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "tests", "simple", false);
    if let Some(v) = &tests {
        errors.check_param("path", "tests", v, 765usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(tests),) = (tests,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::tests_post(&*served.api, ctx, tests, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "tests_post", method = "POST", path =
        "/op185/{tests}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
