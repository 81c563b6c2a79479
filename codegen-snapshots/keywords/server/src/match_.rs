//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `match`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MatchParams {
    pub match2: ::std::option::Option<::std::string::String>,
    pub match3: ::std::option::Option<::std::string::String>,
    pub match4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `match`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MatchOkHeaders {
    pub r#match: ::std::option::Option<::std::string::String>,
}
/// Responses of `match`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum MatchResponse {
    /// ok
    Ok { body: super::types::Everything, headers: MatchOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for MatchResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "match", &headers.r#match);
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
/// axum handler for `GET` "/op16/{match}".
#[allow(unused_variables, unused_mut)]
pub async fn r#match<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[16usize]];
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
    let principal = match served.auth.authenticate_dyn("match", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op16/{match}",
        uri.path(),
        &decoded_path,
    );
    let r#match: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "match", "simple", false);
    let match2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "match", "form", true, false);
    let match3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "match", false);
    let match4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "match", false);
    if let Some(v) = &r#match {
        errors.check_param("path", "match", v, 89usize);
    }
    if let Some(v) = &match2 {
        errors.check_param("query", "match", v, 90usize);
    }
    if let Some(v) = &match3 {
        errors.check_param("header", "match", v, 91usize);
    }
    if let Some(v) = &match4 {
        errors.check_param("cookie", "match", v, 92usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#match),) = (r#match,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#match(
        &*served.api,
        ctx,
        r#match,
        MatchParams {
            match2,
            match3,
            match4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "match", method = "GET", path = "/op16/{match}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `match_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum MatchPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for MatchPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op16/{match}".
#[allow(unused_variables, unused_mut)]
pub async fn match_post<A: super::Api>(
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
        "/op16/{match}",
        uri.path(),
        &decoded_path,
    );
    let r#match: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "match", "simple", false);
    if let Some(v) = &r#match {
        errors.check_param("path", "match", v, 89usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#match), Some(body)) = (r#match, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::match_post(&*served.api, ctx, r#match, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "match_post", method = "POST", path =
        "/op16/{match}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
