//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `priv`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PrivParams {
    pub priv2: ::std::option::Option<::std::string::String>,
    pub priv3: ::std::option::Option<::std::string::String>,
    pub priv4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `priv`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PrivOkHeaders {
    pub r#priv: ::std::option::Option<::std::string::String>,
}
/// Responses of `priv`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum PrivResponse {
    /// ok
    Ok { body: super::types::Everything, headers: PrivOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for PrivResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "priv", &headers.r#priv);
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
/// axum handler for `GET` "/op45/{priv}".
#[allow(unused_variables, unused_mut)]
pub async fn r#priv<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[45usize]];
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
    let principal = match served.auth.authenticate_dyn("priv", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op45/{priv}",
        uri.path(),
        &decoded_path,
    );
    let r#priv: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "priv", "simple", false);
    let priv2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "priv", "form", true, false);
    let priv3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "priv", false);
    let priv4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "priv", false);
    if let Some(v) = &r#priv {
        errors.check_param("path", "priv", v, 205usize);
    }
    if let Some(v) = &priv2 {
        errors.check_param("query", "priv", v, 206usize);
    }
    if let Some(v) = &priv3 {
        errors.check_param("header", "priv", v, 207usize);
    }
    if let Some(v) = &priv4 {
        errors.check_param("cookie", "priv", v, 208usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#priv),) = (r#priv,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#priv(
        &*served.api,
        ctx,
        r#priv,
        PrivParams { priv2, priv3, priv4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "priv", method = "GET", path = "/op45/{priv}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `priv_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum PrivPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for PrivPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op45/{priv}".
#[allow(unused_variables, unused_mut)]
pub async fn priv_post<A: super::Api>(
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
        "/op45/{priv}",
        uri.path(),
        &decoded_path,
    );
    let r#priv: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "priv", "simple", false);
    if let Some(v) = &r#priv {
        errors.check_param("path", "priv", v, 205usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#priv),) = (r#priv,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::priv_post(&*served.api, ctx, r#priv, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "priv_post", method = "POST", path =
        "/op45/{priv}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
