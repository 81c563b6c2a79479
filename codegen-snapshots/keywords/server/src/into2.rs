//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `into2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Into2Params {
    pub into2: ::std::option::Option<::std::string::String>,
    pub into3: ::std::option::Option<::std::string::String>,
    pub into4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `into2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Into2OkHeaders {
    pub into: ::std::option::Option<::std::string::String>,
}
/// Responses of `into2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum Into2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Into2OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for Into2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "into", &headers.into);
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
/// axum handler for `GET` "/op196/{into}".
#[allow(unused_variables, unused_mut)]
pub async fn into2<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[196usize]];
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
    let principal = match served.auth.authenticate_dyn("into2", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op196/{into}",
        uri.path(),
        &decoded_path,
    );
    let into: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "into", "simple", false);
    let into2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "into", "form", true, false);
    let into3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "into", false);
    let into4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "into", false);
    if let Some(v) = &into {
        errors.check_param("path", "into", v, 809usize);
    }
    if let Some(v) = &into2 {
        errors.check_param("query", "into", v, 810usize);
    }
    if let Some(v) = &into3 {
        errors.check_param("header", "into", v, 811usize);
    }
    if let Some(v) = &into4 {
        errors.check_param("cookie", "into", v, 812usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(into),) = (into,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::into2(
        &*served.api,
        ctx,
        into,
        Into2Params { into2, into3, into4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "into", method = "GET", path = "/op196/{into}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `into_post2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum IntoPost2Response {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for IntoPost2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op196/{into}".
#[allow(unused_variables, unused_mut)]
pub async fn into_post2<A: super::Api>(
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
        "/op196/{into}",
        uri.path(),
        &decoded_path,
    );
    let into: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "into", "simple", false);
    if let Some(v) = &into {
        errors.check_param("path", "into", v, 809usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(into), Some(body)) = (into, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::into_post2(&*served.api, ctx, into, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "into_post", method = "POST", path =
        "/op196/{into}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
