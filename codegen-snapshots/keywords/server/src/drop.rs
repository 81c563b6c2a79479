//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `drop`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DropParams {
    pub drop2: ::std::option::Option<::std::string::String>,
    pub drop3: ::std::option::Option<::std::string::String>,
    pub drop4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `drop`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DropOkHeaders {
    pub drop: ::std::option::Option<::std::string::String>,
}
/// Responses of `drop`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum DropResponse {
    /// ok
    Ok { body: super::types::Everything, headers: DropOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for DropResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Drop", &headers.drop);
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
/// axum handler for `GET` "/op117/{Drop}".
#[allow(unused_variables, unused_mut)]
pub async fn drop<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[117usize]];
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
    let principal = match served.auth.authenticate_dyn("drop", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op117/{Drop}",
        uri.path(),
        &decoded_path,
    );
    let drop: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Drop", "simple", false);
    let drop2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Drop", "form", true, false);
    let drop3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Drop", false);
    let drop4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Drop", false);
    if let Some(v) = &drop {
        errors.check_param("path", "Drop", v, 493usize);
    }
    if let Some(v) = &drop2 {
        errors.check_param("query", "Drop", v, 494usize);
    }
    if let Some(v) = &drop3 {
        errors.check_param("header", "Drop", v, 495usize);
    }
    if let Some(v) = &drop4 {
        errors.check_param("cookie", "Drop", v, 496usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(drop),) = (drop,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::drop(
        &*served.api,
        ctx,
        drop,
        DropParams { drop2, drop3, drop4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Drop", method = "GET", path = "/op117/{Drop}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `drop_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum DropPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for DropPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op117/{Drop}".
#[allow(unused_variables, unused_mut)]
pub async fn drop_post<A: super::Api>(
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
        "/op117/{Drop}",
        uri.path(),
        &decoded_path,
    );
    let drop: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Drop", "simple", false);
    if let Some(v) = &drop {
        errors.check_param("path", "Drop", v, 493usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(drop),) = (drop,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::drop_post(&*served.api, ctx, drop, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Drop_post", method = "POST", path =
        "/op117/{Drop}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
