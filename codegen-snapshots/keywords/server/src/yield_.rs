//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `yield`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct YieldParams {
    pub yield2: ::std::option::Option<::std::string::String>,
    pub yield3: ::std::option::Option<::std::string::String>,
    pub yield4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `yield`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct YieldOkHeaders {
    pub r#yield: ::std::option::Option<::std::string::String>,
}
/// Responses of `yield`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum YieldResponse {
    /// ok
    Ok { body: super::types::Everything, headers: YieldOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for YieldResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "yield", &headers.r#yield);
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
/// axum handler for `GET` "/op49/{yield}".
#[allow(unused_variables, unused_mut)]
pub async fn r#yield<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[49usize]];
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
    let principal = match served.auth.authenticate_dyn("yield", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op49/{yield}",
        uri.path(),
        &decoded_path,
    );
    let r#yield: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "yield", "simple", false);
    let yield2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "yield", "form", true, false);
    let yield3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "yield", false);
    let yield4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "yield", false);
    if let Some(v) = &r#yield {
        errors.check_param("path", "yield", v, 221usize);
    }
    if let Some(v) = &yield2 {
        errors.check_param("query", "yield", v, 222usize);
    }
    if let Some(v) = &yield3 {
        errors.check_param("header", "yield", v, 223usize);
    }
    if let Some(v) = &yield4 {
        errors.check_param("cookie", "yield", v, 224usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#yield),) = (r#yield,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#yield(
        &*served.api,
        ctx,
        r#yield,
        YieldParams {
            yield2,
            yield3,
            yield4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "yield", method = "GET", path = "/op49/{yield}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `yield_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum YieldPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for YieldPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op49/{yield}".
#[allow(unused_variables, unused_mut)]
pub async fn yield_post<A: super::Api>(
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
        "/op49/{yield}",
        uri.path(),
        &decoded_path,
    );
    let r#yield: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "yield", "simple", false);
    if let Some(v) = &r#yield {
        errors.check_param("path", "yield", v, 221usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#yield),) = (r#yield,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::yield_post(&*served.api, ctx, r#yield, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "yield_post", method = "POST", path =
        "/op49/{yield}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
