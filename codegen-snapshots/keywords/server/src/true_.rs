//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `true`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrueParams {
    pub true2: ::std::option::Option<::std::string::String>,
    pub true3: ::std::option::Option<::std::string::String>,
    pub true4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `true`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrueOkHeaders {
    pub r#true: ::std::option::Option<::std::string::String>,
}
/// Responses of `true`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum TrueResponse {
    /// ok
    Ok { body: super::types::Everything, headers: TrueOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for TrueResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "true", &headers.r#true);
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
/// axum handler for `GET` "/op29/{true}".
#[allow(unused_variables, unused_mut)]
pub async fn r#true<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[29usize]];
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
    let principal = match served.auth.authenticate_dyn("true", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op29/{true}",
        uri.path(),
        &decoded_path,
    );
    let r#true: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "true", "simple", false);
    let true2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "true", "form", true, false);
    let true3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "true", false);
    let true4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "true", false);
    if let Some(v) = &r#true {
        errors.check_param("path", "true", v, 141usize);
    }
    if let Some(v) = &true2 {
        errors.check_param("query", "true", v, 142usize);
    }
    if let Some(v) = &true3 {
        errors.check_param("header", "true", v, 143usize);
    }
    if let Some(v) = &true4 {
        errors.check_param("cookie", "true", v, 144usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#true),) = (r#true,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#true(
        &*served.api,
        ctx,
        r#true,
        TrueParams { true2, true3, true4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "true", method = "GET", path = "/op29/{true}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `true_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum TruePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for TruePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op29/{true}".
#[allow(unused_variables, unused_mut)]
pub async fn true_post<A: super::Api>(
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
        "/op29/{true}",
        uri.path(),
        &decoded_path,
    );
    let r#true: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "true", "simple", false);
    if let Some(v) = &r#true {
        errors.check_param("path", "true", v, 141usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#true),) = (r#true,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::true_post(&*served.api, ctx, r#true, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "true_post", method = "POST", path =
        "/op29/{true}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
