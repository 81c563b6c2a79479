//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `body2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Body2Params {
    pub body3: ::std::option::Option<::std::string::String>,
    pub body4: ::std::option::Option<::std::string::String>,
    pub body5: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `body2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Body2OkHeaders {
    pub body: ::std::option::Option<::std::string::String>,
}
/// Responses of `body2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum Body2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Body2OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for Body2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "body", &headers.body);
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
/// axum handler for `GET` "/op187/{body}".
#[allow(unused_variables, unused_mut)]
pub async fn body2<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[187usize]];
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
    let principal = match served.auth.authenticate_dyn("body2", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op187/{body}",
        uri.path(),
        &decoded_path,
    );
    let body2: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "body", "simple", false);
    let body3: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "body", "form", true, false);
    let body4: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "body", false);
    let body5: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "body", false);
    if let Some(v) = &body2 {
        errors.check_param("path", "body", v, 773usize);
    }
    if let Some(v) = &body3 {
        errors.check_param("query", "body", v, 774usize);
    }
    if let Some(v) = &body4 {
        errors.check_param("header", "body", v, 775usize);
    }
    if let Some(v) = &body5 {
        errors.check_param("cookie", "body", v, 776usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(body2),) = (body2,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::body2(
        &*served.api,
        ctx,
        body2,
        Body2Params { body3, body4, body5 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "body", method = "GET", path = "/op187/{body}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `body_post2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum BodyPost2Response {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for BodyPost2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op187/{body}".
#[allow(unused_variables, unused_mut)]
pub async fn body_post2<A: super::Api>(
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
        "/op187/{body}",
        uri.path(),
        &decoded_path,
    );
    let body2: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "body", "simple", false);
    if let Some(v) = &body2 {
        errors.check_param("path", "body", v, 773usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(body2),) = (body2,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::body_post2(&*served.api, ctx, body2, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "body_post", method = "POST", path =
        "/op187/{body}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
