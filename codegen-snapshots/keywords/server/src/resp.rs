//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `resp`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RespParams {
    pub resp3: ::std::option::Option<::std::string::String>,
    pub resp4: ::std::option::Option<::std::string::String>,
    pub resp5: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `resp`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RespOkHeaders {
    pub resp: ::std::option::Option<::std::string::String>,
}
/// Responses of `resp`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum RespResponse {
    /// ok
    Ok { body: super::types::Everything, headers: RespOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for RespResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "resp", &headers.resp);
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
/// axum handler for `GET` "/op189/{resp}".
#[allow(unused_variables, unused_mut)]
pub async fn resp<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[189usize]];
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
    let principal = match served.auth.authenticate_dyn("resp", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op189/{resp}",
        uri.path(),
        &decoded_path,
    );
    let resp2: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "resp", "simple", false);
    let resp3: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "resp", "form", true, false);
    let resp4: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "resp", false);
    let resp5: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "resp", false);
    if let Some(v) = &resp2 {
        errors.check_param("path", "resp", v, 781usize);
    }
    if let Some(v) = &resp3 {
        errors.check_param("query", "resp", v, 782usize);
    }
    if let Some(v) = &resp4 {
        errors.check_param("header", "resp", v, 783usize);
    }
    if let Some(v) = &resp5 {
        errors.check_param("cookie", "resp", v, 784usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(resp2),) = (resp2,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::resp(
        &*served.api,
        ctx,
        resp2,
        RespParams { resp3, resp4, resp5 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "resp", method = "GET", path = "/op189/{resp}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `resp_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum RespPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for RespPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op189/{resp}".
#[allow(unused_variables, unused_mut)]
pub async fn resp_post<A: super::Api>(
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
        "/op189/{resp}",
        uri.path(),
        &decoded_path,
    );
    let resp2: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "resp", "simple", false);
    if let Some(v) = &resp2 {
        errors.check_param("path", "resp", v, 781usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(resp2),) = (resp2,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::resp_post(&*served.api, ctx, resp2, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "resp_post", method = "POST", path =
        "/op189/{resp}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
