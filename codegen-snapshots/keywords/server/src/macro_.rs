//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `macro`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MacroParams {
    pub macro2: ::std::option::Option<::std::string::String>,
    pub macro3: ::std::option::Option<::std::string::String>,
    pub macro4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `macro`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MacroOkHeaders {
    pub r#macro: ::std::option::Option<::std::string::String>,
}
/// Responses of `macro`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum MacroResponse {
    /// ok
    Ok { body: super::types::Everything, headers: MacroOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for MacroResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "macro", &headers.r#macro);
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
/// axum handler for `GET` "/op43/{macro}".
#[allow(unused_variables, unused_mut)]
pub async fn r#macro<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[43usize]];
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
    let principal = match served.auth.authenticate_dyn("macro", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op43/{macro}",
        uri.path(),
        &decoded_path,
    );
    let r#macro: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "macro", "simple", false);
    let macro2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "macro", "form", true, false);
    let macro3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "macro", false);
    let macro4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "macro", false);
    if let Some(v) = &r#macro {
        errors.check_param("path", "macro", v, 197usize);
    }
    if let Some(v) = &macro2 {
        errors.check_param("query", "macro", v, 198usize);
    }
    if let Some(v) = &macro3 {
        errors.check_param("header", "macro", v, 199usize);
    }
    if let Some(v) = &macro4 {
        errors.check_param("cookie", "macro", v, 200usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#macro),) = (r#macro,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#macro(
        &*served.api,
        ctx,
        r#macro,
        MacroParams {
            macro2,
            macro3,
            macro4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "macro", method = "GET", path = "/op43/{macro}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `macro_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum MacroPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for MacroPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op43/{macro}".
#[allow(unused_variables, unused_mut)]
pub async fn macro_post<A: super::Api>(
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
        "/op43/{macro}",
        uri.path(),
        &decoded_path,
    );
    let r#macro: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "macro", "simple", false);
    if let Some(v) = &r#macro {
        errors.check_param("path", "macro", v, 197usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#macro),) = (r#macro,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::macro_post(&*served.api, ctx, r#macro, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "macro_post", method = "POST", path =
        "/op43/{macro}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
