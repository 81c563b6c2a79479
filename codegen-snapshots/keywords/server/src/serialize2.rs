//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `serialize2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Serialize2Params {
    pub serialize2: ::std::option::Option<::std::string::String>,
    pub serialize3: ::std::option::Option<::std::string::String>,
    pub serialize4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `serialize2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Serialize2OkHeaders {
    pub serialize: ::std::option::Option<::std::string::String>,
}
/// Responses of `serialize2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum Serialize2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Serialize2OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for Serialize2Response {
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
                    "serialize",
                    &headers.serialize,
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
/// axum handler for `GET` "/op205/{serialize}".
#[allow(unused_variables, unused_mut)]
pub async fn serialize2<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[205usize]];
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
    let principal = match served.auth.authenticate_dyn("serialize2", &credentials).await
    {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op205/{serialize}",
        uri.path(),
        &decoded_path,
    );
    let serialize: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "serialize", "simple", false);
    let serialize2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "serialize", "form", true, false);
    let serialize3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "serialize", false);
    let serialize4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "serialize", false);
    if let Some(v) = &serialize {
        errors.check_param("path", "serialize", v, 845usize);
    }
    if let Some(v) = &serialize2 {
        errors.check_param("query", "serialize", v, 846usize);
    }
    if let Some(v) = &serialize3 {
        errors.check_param("header", "serialize", v, 847usize);
    }
    if let Some(v) = &serialize4 {
        errors.check_param("cookie", "serialize", v, 848usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(serialize),) = (serialize,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::serialize2(
        &*served.api,
        ctx,
        serialize,
        Serialize2Params {
            serialize2,
            serialize3,
            serialize4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "serialize", method = "GET", path =
        "/op205/{serialize}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `serialize_post2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum SerializePost2Response {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for SerializePost2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op205/{serialize}".
#[allow(unused_variables, unused_mut)]
pub async fn serialize_post2<A: super::Api>(
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
        "/op205/{serialize}",
        uri.path(),
        &decoded_path,
    );
    let serialize: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "serialize", "simple", false);
    if let Some(v) = &serialize {
        errors.check_param("path", "serialize", v, 845usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(serialize),) = (serialize,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::serialize_post2(
        &*served.api,
        ctx,
        serialize,
        body,
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "serialize_post", method = "POST", path =
        "/op205/{serialize}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
