//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `macro_rules`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MacroRulesParams {
    pub macro_rules2: ::std::option::Option<::std::string::String>,
    pub macro_rules3: ::std::option::Option<::std::string::String>,
    pub macro_rules4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `macro_rules`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MacroRulesOkHeaders {
    pub r#macro_rules: ::std::option::Option<::std::string::String>,
}
/// Responses of `macro_rules`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum MacroRulesResponse {
    /// ok
    Ok { body: super::types::Everything, headers: MacroRulesOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for MacroRulesResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(
                    &mut response,
                    "macro_rules",
                    &headers.r#macro_rules,
                );
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
/// axum handler for `GET` "/op53/{macro_rules}".
#[allow(unused_variables, unused_mut)]
pub async fn r#macro_rules<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[53usize]];
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
    let principal = match served.auth.authenticate_dyn("macro_rules", &credentials).await
    {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op53/{macro_rules}",
        uri.path(),
        &decoded_path,
    );
    let r#macro_rules: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "macro_rules", "simple", false);
    let macro_rules2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "macro_rules", "form", true, false);
    let macro_rules3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "macro_rules", false);
    let macro_rules4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "macro_rules", false);
    if let Some(v) = &r#macro_rules {
        errors.check_param("path", "macro_rules", v, 237usize);
    }
    if let Some(v) = &macro_rules2 {
        errors.check_param("query", "macro_rules", v, 238usize);
    }
    if let Some(v) = &macro_rules3 {
        errors.check_param("header", "macro_rules", v, 239usize);
    }
    if let Some(v) = &macro_rules4 {
        errors.check_param("cookie", "macro_rules", v, 240usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#macro_rules),) = (r#macro_rules,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#macro_rules(
        &*served.api,
        ctx,
        r#macro_rules,
        MacroRulesParams {
            macro_rules2,
            macro_rules3,
            macro_rules4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "macro_rules", method = "GET", path =
        "/op53/{macro_rules}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `macro_rules_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum MacroRulesPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for MacroRulesPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op53/{macro_rules}".
#[allow(unused_variables, unused_mut)]
pub async fn macro_rules_post<A: super::Api>(
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
        "/op53/{macro_rules}",
        uri.path(),
        &decoded_path,
    );
    let r#macro_rules: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "macro_rules", "simple", false);
    if let Some(v) = &r#macro_rules {
        errors.check_param("path", "macro_rules", v, 237usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#macro_rules),) = (r#macro_rules,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::macro_rules_post(
        &*served.api,
        ctx,
        r#macro_rules,
        body,
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "macro_rules_post", method = "POST", path =
        "/op53/{macro_rules}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
