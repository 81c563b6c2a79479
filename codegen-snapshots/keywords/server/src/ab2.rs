//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `ab2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ab2_2Params {
    pub ab2: ::std::option::Option<::std::string::String>,
    pub ab3: ::std::option::Option<::std::string::String>,
    pub ab4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `ab2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ab2_2OkHeaders {
    pub ab: ::std::option::Option<::std::string::String>,
}
/// Responses of `ab2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum Ab2_2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Ab2_2OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for Ab2_2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "ab", &headers.ab);
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
/// axum handler for `GET` "/op77/{ab}".
#[allow(unused_variables, unused_mut)]
pub async fn ab2<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[77usize]];
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
    let principal = match served.auth.authenticate_dyn("ab2", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op77/{ab}",
        uri.path(),
        &decoded_path,
    );
    let ab: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "ab", "simple", false);
    let ab2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "ab", "form", true, false);
    let ab3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "ab", false);
    let ab4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "ab", false);
    if let Some(v) = &ab {
        errors.check_param("path", "ab", v, 333usize);
    }
    if let Some(v) = &ab2 {
        errors.check_param("query", "ab", v, 334usize);
    }
    if let Some(v) = &ab3 {
        errors.check_param("header", "ab", v, 335usize);
    }
    if let Some(v) = &ab4 {
        errors.check_param("cookie", "ab", v, 336usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(ab),) = (ab,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::ab2(
        &*served.api,
        ctx,
        ab,
        Ab2_2Params { ab2, ab3, ab4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "ab", method = "GET", path = "/op77/{ab}", status
        = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `ab_post2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum AbPost2_2Response {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for AbPost2_2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op77/{ab}".
#[allow(unused_variables, unused_mut)]
pub async fn ab_post2<A: super::Api>(
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
        "/op77/{ab}",
        uri.path(),
        &decoded_path,
    );
    let ab: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "ab", "simple", false);
    if let Some(v) = &ab {
        errors.check_param("path", "ab", v, 333usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(ab),) = (ab,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::ab_post2(&*served.api, ctx, ab, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "ab_post", method = "POST", path = "/op77/{ab}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
