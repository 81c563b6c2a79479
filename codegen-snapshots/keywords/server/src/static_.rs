//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `static`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StaticParams {
    pub static2: ::std::option::Option<::std::string::String>,
    pub static3: ::std::option::Option<::std::string::String>,
    pub static4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `static`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StaticOkHeaders {
    pub r#static: ::std::option::Option<::std::string::String>,
}
/// Responses of `static`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum StaticResponse {
    /// ok
    Ok { body: super::types::Everything, headers: StaticOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for StaticResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "static", &headers.r#static);
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
/// axum handler for `GET` "/op25/{static}".
#[allow(unused_variables, unused_mut)]
pub async fn r#static<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[25usize]];
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
    let principal = match served.auth.authenticate_dyn("static", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op25/{static}",
        uri.path(),
        &decoded_path,
    );
    let r#static: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "static", "simple", false);
    let static2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "static", "form", true, false);
    let static3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "static", false);
    let static4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "static", false);
    if let Some(v) = &r#static {
        errors.check_param("path", "static", v, 125usize);
    }
    if let Some(v) = &static2 {
        errors.check_param("query", "static", v, 126usize);
    }
    if let Some(v) = &static3 {
        errors.check_param("header", "static", v, 127usize);
    }
    if let Some(v) = &static4 {
        errors.check_param("cookie", "static", v, 128usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#static),) = (r#static,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#static(
        &*served.api,
        ctx,
        r#static,
        StaticParams {
            static2,
            static3,
            static4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "static", method = "GET", path = "/op25/{static}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `static_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum StaticPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for StaticPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op25/{static}".
#[allow(unused_variables, unused_mut)]
pub async fn static_post<A: super::Api>(
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
        "/op25/{static}",
        uri.path(),
        &decoded_path,
    );
    let r#static: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "static", "simple", false);
    if let Some(v) = &r#static {
        errors.check_param("path", "static", v, 125usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#static),) = (r#static,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::static_post(&*served.api, ctx, r#static, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "static_post", method = "POST", path =
        "/op25/{static}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
