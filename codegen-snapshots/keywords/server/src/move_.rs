//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `move`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MoveParams {
    pub move2: ::std::option::Option<::std::string::String>,
    pub move3: ::std::option::Option<::std::string::String>,
    pub move4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `move`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MoveOkHeaders {
    pub r#move: ::std::option::Option<::std::string::String>,
}
/// Responses of `move`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum MoveResponse {
    /// ok
    Ok { body: super::types::Everything, headers: MoveOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for MoveResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "move", &headers.r#move);
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
/// axum handler for `GET` "/op18/{move}".
#[allow(unused_variables, unused_mut)]
pub async fn r#move<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[18usize]];
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
    let principal = match served.auth.authenticate_dyn("move", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op18/{move}",
        uri.path(),
        &decoded_path,
    );
    let r#move: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "move", "simple", false);
    let move2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "move", "form", true, false);
    let move3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "move", false);
    let move4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "move", false);
    if let Some(v) = &r#move {
        errors.check_param("path", "move", v, 97usize);
    }
    if let Some(v) = &move2 {
        errors.check_param("query", "move", v, 98usize);
    }
    if let Some(v) = &move3 {
        errors.check_param("header", "move", v, 99usize);
    }
    if let Some(v) = &move4 {
        errors.check_param("cookie", "move", v, 100usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#move),) = (r#move,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#move(
        &*served.api,
        ctx,
        r#move,
        MoveParams { move2, move3, move4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "move", method = "GET", path = "/op18/{move}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `move_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum MovePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for MovePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op18/{move}".
#[allow(unused_variables, unused_mut)]
pub async fn move_post<A: super::Api>(
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
        "/op18/{move}",
        uri.path(),
        &decoded_path,
    );
    let r#move: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "move", "simple", false);
    if let Some(v) = &r#move {
        errors.check_param("path", "move", v, 97usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#move), Some(body)) = (r#move, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::move_post(&*served.api, ctx, r#move, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "move_post", method = "POST", path =
        "/op18/{move}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
