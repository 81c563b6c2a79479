//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `impl`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImplParams {
    pub impl2: ::std::option::Option<::std::string::String>,
    pub impl3: ::std::option::Option<::std::string::String>,
    pub impl4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `impl`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImplOkHeaders {
    pub r#impl: ::std::option::Option<::std::string::String>,
}
/// Responses of `impl`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ImplResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ImplOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for ImplResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "impl", &headers.r#impl);
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
/// axum handler for `GET` "/op12/{impl}".
#[allow(unused_variables, unused_mut)]
pub async fn r#impl<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[12usize]];
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
    let principal = match served.auth.authenticate_dyn("impl", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op12/{impl}",
        uri.path(),
        &decoded_path,
    );
    let r#impl: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "impl", "simple", false);
    let impl2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "impl", "form", true, false);
    let impl3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "impl", false);
    let impl4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "impl", false);
    if let Some(v) = &r#impl {
        errors.check_param("path", "impl", v, 73usize);
    }
    if let Some(v) = &impl2 {
        errors.check_param("query", "impl", v, 74usize);
    }
    if let Some(v) = &impl3 {
        errors.check_param("header", "impl", v, 75usize);
    }
    if let Some(v) = &impl4 {
        errors.check_param("cookie", "impl", v, 76usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#impl),) = (r#impl,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#impl(
        &*served.api,
        ctx,
        r#impl,
        ImplParams { impl2, impl3, impl4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "impl", method = "GET", path = "/op12/{impl}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `impl_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ImplPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ImplPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op12/{impl}".
#[allow(unused_variables, unused_mut)]
pub async fn impl_post<A: super::Api>(
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
        "/op12/{impl}",
        uri.path(),
        &decoded_path,
    );
    let r#impl: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "impl", "simple", false);
    if let Some(v) = &r#impl {
        errors.check_param("path", "impl", v, 73usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#impl), Some(body)) = (r#impl, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::impl_post(&*served.api, ctx, r#impl, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "impl_post", method = "POST", path =
        "/op12/{impl}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
