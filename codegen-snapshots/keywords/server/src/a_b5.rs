//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `a_b5`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AB5_2Params {
    pub a_b2: ::std::option::Option<::std::string::String>,
    pub a_b3: ::std::option::Option<::std::string::String>,
    pub a_b4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `a_b5`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AB5_2OkHeaders {
    pub a_b: ::std::option::Option<::std::string::String>,
}
/// Responses of `a_b5`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum AB5_2Response {
    /// ok
    Ok { body: super::types::Everything, headers: AB5_2OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for AB5_2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "a\rb", &headers.a_b);
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
/// axum handler for `GET` "/op79/{a\rb}".
#[allow(unused_variables, unused_mut)]
pub async fn a_b5<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[79usize]];
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
    let principal = match served.auth.authenticate_dyn("a_b5", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op79/{a\rb}",
        uri.path(),
        &decoded_path,
    );
    let a_b: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "a\rb", "simple", false);
    let a_b2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "a\rb", "form", true, false);
    let a_b3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "a\rb", false);
    let a_b4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "a\rb", false);
    if let Some(v) = &a_b {
        errors.check_param("path", "a\rb", v, 341usize);
    }
    if let Some(v) = &a_b2 {
        errors.check_param("query", "a\rb", v, 342usize);
    }
    if let Some(v) = &a_b3 {
        errors.check_param("header", "a\rb", v, 343usize);
    }
    if let Some(v) = &a_b4 {
        errors.check_param("cookie", "a\rb", v, 344usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(a_b),) = (a_b,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::a_b5(
        &*served.api,
        ctx,
        a_b,
        AB5_2Params { a_b2, a_b3, a_b4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "a\rb", method = "GET", path = "/op79/{a\rb}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `a_b_post5`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ABPost5_2Response {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ABPost5_2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op79/{a\rb}".
#[allow(unused_variables, unused_mut)]
pub async fn a_b_post5<A: super::Api>(
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
        "/op79/{a\rb}",
        uri.path(),
        &decoded_path,
    );
    let a_b: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "a\rb", "simple", false);
    if let Some(v) = &a_b {
        errors.check_param("path", "a\rb", v, 341usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(a_b),) = (a_b,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::a_b_post5(&*served.api, ctx, a_b, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "a\rb_post", method = "POST", path =
        "/op79/{a\rb}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
