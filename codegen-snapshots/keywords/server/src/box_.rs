//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `box`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BoxParams {
    pub box2: ::std::option::Option<::std::string::String>,
    pub box3: ::std::option::Option<::std::string::String>,
    pub box4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `box`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BoxOkHeaders {
    pub r#box: ::std::option::Option<::std::string::String>,
}
/// Responses of `box`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum BoxResponse {
    /// ok
    Ok { body: super::types::Everything, headers: BoxOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for BoxResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "box", &headers.r#box);
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
/// axum handler for `GET` "/op40/{box}".
#[allow(unused_variables, unused_mut)]
pub async fn r#box<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[40usize]];
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
    let principal = match served.auth.authenticate_dyn("box", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op40/{box}",
        uri.path(),
        &decoded_path,
    );
    let r#box: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "box", "simple", false);
    let box2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "box", "form", true, false);
    let box3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "box", false);
    let box4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "box", false);
    if let Some(v) = &r#box {
        errors.check_param("path", "box", v, 185usize);
    }
    if let Some(v) = &box2 {
        errors.check_param("query", "box", v, 186usize);
    }
    if let Some(v) = &box3 {
        errors.check_param("header", "box", v, 187usize);
    }
    if let Some(v) = &box4 {
        errors.check_param("cookie", "box", v, 188usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#box),) = (r#box,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#box(
        &*served.api,
        ctx,
        r#box,
        BoxParams { box2, box3, box4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "box", method = "GET", path = "/op40/{box}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `box_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum BoxPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for BoxPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op40/{box}".
#[allow(unused_variables, unused_mut)]
pub async fn box_post<A: super::Api>(
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
        "/op40/{box}",
        uri.path(),
        &decoded_path,
    );
    let r#box: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "box", "simple", false);
    if let Some(v) = &r#box {
        errors.check_param("path", "box", v, 185usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#box), Some(body)) = (r#box, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::box_post(&*served.api, ctx, r#box, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "box_post", method = "POST", path = "/op40/{box}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
