//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `while`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WhileParams {
    pub while2: ::std::option::Option<::std::string::String>,
    pub while3: ::std::option::Option<::std::string::String>,
    pub while4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `while`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WhileOkHeaders {
    pub r#while: ::std::option::Option<::std::string::String>,
}
/// Responses of `while`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum WhileResponse {
    /// ok
    Ok { body: super::types::Everything, headers: WhileOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for WhileResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "while", &headers.r#while);
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
/// axum handler for `GET` "/op34/{while}".
#[allow(unused_variables, unused_mut)]
pub async fn r#while<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[34usize]];
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
    let principal = match served.auth.authenticate_dyn("while", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op34/{while}",
        uri.path(),
        &decoded_path,
    );
    let r#while: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "while", "simple", false);
    let while2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "while", "form", true, false);
    let while3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "while", false);
    let while4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "while", false);
    if let Some(v) = &r#while {
        errors.check_param("path", "while", v, 161usize);
    }
    if let Some(v) = &while2 {
        errors.check_param("query", "while", v, 162usize);
    }
    if let Some(v) = &while3 {
        errors.check_param("header", "while", v, 163usize);
    }
    if let Some(v) = &while4 {
        errors.check_param("cookie", "while", v, 164usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#while),) = (r#while,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#while(
        &*served.api,
        ctx,
        r#while,
        WhileParams {
            while2,
            while3,
            while4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "while", method = "GET", path = "/op34/{while}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `while_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum WhilePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for WhilePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op34/{while}".
#[allow(unused_variables, unused_mut)]
pub async fn while_post<A: super::Api>(
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
        "/op34/{while}",
        uri.path(),
        &decoded_path,
    );
    let r#while: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "while", "simple", false);
    if let Some(v) = &r#while {
        errors.check_param("path", "while", v, 161usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#while), Some(body)) = (r#while, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::while_post(&*served.api, ctx, r#while, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "while_post", method = "POST", path =
        "/op34/{while}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
