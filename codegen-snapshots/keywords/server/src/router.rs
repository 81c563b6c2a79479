//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `router2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Router2Params {
    pub router2: ::std::option::Option<::std::string::String>,
    pub router3: ::std::option::Option<::std::string::String>,
    pub router4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `router2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Router2OkHeaders {
    pub router: ::std::option::Option<::std::string::String>,
}
/// Responses of `router2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum Router2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Router2OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for Router2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Router", &headers.router);
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
/// axum handler for `GET` "/op152/{Router}".
#[allow(unused_variables, unused_mut)]
pub async fn router2<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[152usize]];
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
    let principal = match served.auth.authenticate_dyn("router2", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op152/{Router}",
        uri.path(),
        &decoded_path,
    );
    let router: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Router", "simple", false);
    let router2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Router", "form", true, false);
    let router3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Router", false);
    let router4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Router", false);
    if let Some(v) = &router {
        errors.check_param("path", "Router", v, 633usize);
    }
    if let Some(v) = &router2 {
        errors.check_param("query", "Router", v, 634usize);
    }
    if let Some(v) = &router3 {
        errors.check_param("header", "Router", v, 635usize);
    }
    if let Some(v) = &router4 {
        errors.check_param("cookie", "Router", v, 636usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(router),) = (router,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::router2(
        &*served.api,
        ctx,
        router,
        Router2Params {
            router2,
            router3,
            router4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Router", method = "GET", path =
        "/op152/{Router}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `router_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum RouterPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for RouterPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op152/{Router}".
#[allow(unused_variables, unused_mut)]
pub async fn router_post<A: super::Api>(
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
        "/op152/{Router}",
        uri.path(),
        &decoded_path,
    );
    let router: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Router", "simple", false);
    if let Some(v) = &router {
        errors.check_param("path", "Router", v, 633usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(router), Some(body)) = (router, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::router_post(&*served.api, ctx, router, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Router_post", method = "POST", path =
        "/op152/{Router}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
