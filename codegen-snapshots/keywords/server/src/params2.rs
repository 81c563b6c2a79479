//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `params2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Params2Params {
    pub params3: ::std::option::Option<::std::string::String>,
    pub params4: ::std::option::Option<::std::string::String>,
    pub params5: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `params2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Params2OkHeaders {
    pub params: ::std::option::Option<::std::string::String>,
}
/// Responses of `params2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum Params2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Params2OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for Params2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "params", &headers.params);
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
/// axum handler for `GET` "/op186/{params}".
#[allow(unused_variables, unused_mut)]
pub async fn params2<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[186usize]];
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
    let principal = match served.auth.authenticate_dyn("params2", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op186/{params}",
        uri.path(),
        &decoded_path,
    );
    let params2: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "params", "simple", false);
    let params3: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "params", "form", true, false);
    let params4: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "params", false);
    let params5: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "params", false);
    if let Some(v) = &params2 {
        errors.check_param("path", "params", v, 769usize);
    }
    if let Some(v) = &params3 {
        errors.check_param("query", "params", v, 770usize);
    }
    if let Some(v) = &params4 {
        errors.check_param("header", "params", v, 771usize);
    }
    if let Some(v) = &params5 {
        errors.check_param("cookie", "params", v, 772usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(params2),) = (params2,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::params2(
        &*served.api,
        ctx,
        params2,
        Params2Params {
            params3,
            params4,
            params5,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "params", method = "GET", path =
        "/op186/{params}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `params_post2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ParamsPost2Response {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ParamsPost2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op186/{params}".
#[allow(unused_variables, unused_mut)]
pub async fn params_post2<A: super::Api>(
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
        "/op186/{params}",
        uri.path(),
        &decoded_path,
    );
    let params2: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "params", "simple", false);
    if let Some(v) = &params2 {
        errors.check_param("path", "params", v, 769usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(params2), Some(body)) = (params2, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::params_post2(&*served.api, ctx, params2, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "params_post", method = "POST", path =
        "/op186/{params}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
