//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `union`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnionParams {
    pub union2: ::std::option::Option<::std::string::String>,
    pub union3: ::std::option::Option<::std::string::String>,
    pub union4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `union`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnionOkHeaders {
    pub r#union: ::std::option::Option<::std::string::String>,
}
/// Responses of `union`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum UnionResponse {
    /// ok
    Ok { body: super::types::Everything, headers: UnionOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for UnionResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "union", &headers.r#union);
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
/// axum handler for `GET` "/op52/{union}".
#[allow(unused_variables, unused_mut)]
pub async fn r#union<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[52usize]];
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
    let principal = match served.auth.authenticate_dyn("union", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op52/{union}",
        uri.path(),
        &decoded_path,
    );
    let r#union: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "union", "simple", false);
    let union2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "union", "form", true, false);
    let union3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "union", false);
    let union4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "union", false);
    if let Some(v) = &r#union {
        errors.check_param("path", "union", v, 233usize);
    }
    if let Some(v) = &union2 {
        errors.check_param("query", "union", v, 234usize);
    }
    if let Some(v) = &union3 {
        errors.check_param("header", "union", v, 235usize);
    }
    if let Some(v) = &union4 {
        errors.check_param("cookie", "union", v, 236usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#union),) = (r#union,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#union(
        &*served.api,
        ctx,
        r#union,
        UnionParams {
            union2,
            union3,
            union4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "union", method = "GET", path = "/op52/{union}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `union_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum UnionPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for UnionPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op52/{union}".
#[allow(unused_variables, unused_mut)]
pub async fn union_post<A: super::Api>(
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
        "/op52/{union}",
        uri.path(),
        &decoded_path,
    );
    let r#union: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "union", "simple", false);
    if let Some(v) = &r#union {
        errors.check_param("path", "union", v, 233usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#union), Some(body)) = (r#union, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::union_post(&*served.api, ctx, r#union, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "union_post", method = "POST", path =
        "/op52/{union}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
