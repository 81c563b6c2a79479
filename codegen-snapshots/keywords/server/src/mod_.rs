//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `mod`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModParams {
    pub mod2: ::std::option::Option<::std::string::String>,
    pub mod3: ::std::option::Option<::std::string::String>,
    pub mod4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `mod`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModOkHeaders {
    pub r#mod: ::std::option::Option<::std::string::String>,
}
/// Responses of `mod`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ModResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ModOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for ModResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "mod", &headers.r#mod);
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
/// axum handler for `GET` "/op17/{mod}".
#[allow(unused_variables, unused_mut)]
pub async fn r#mod<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[17usize]];
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
    let principal = match served.auth.authenticate_dyn("mod", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op17/{mod}",
        uri.path(),
        &decoded_path,
    );
    let r#mod: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "mod", "simple", false);
    let mod2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "mod", "form", true, false);
    let mod3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "mod", false);
    let mod4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "mod", false);
    if let Some(v) = &r#mod {
        errors.check_param("path", "mod", v, 93usize);
    }
    if let Some(v) = &mod2 {
        errors.check_param("query", "mod", v, 94usize);
    }
    if let Some(v) = &mod3 {
        errors.check_param("header", "mod", v, 95usize);
    }
    if let Some(v) = &mod4 {
        errors.check_param("cookie", "mod", v, 96usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#mod),) = (r#mod,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#mod(
        &*served.api,
        ctx,
        r#mod,
        ModParams { mod2, mod3, mod4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "mod", method = "GET", path = "/op17/{mod}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `mod_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ModPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ModPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op17/{mod}".
#[allow(unused_variables, unused_mut)]
pub async fn mod_post<A: super::Api>(
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
        "/op17/{mod}",
        uri.path(),
        &decoded_path,
    );
    let r#mod: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "mod", "simple", false);
    if let Some(v) = &r#mod {
        errors.check_param("path", "mod", v, 93usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#mod),) = (r#mod,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::mod_post(&*served.api, ctx, r#mod, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "mod_post", method = "POST", path = "/op17/{mod}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
