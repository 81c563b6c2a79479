//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `final`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FinalParams {
    pub final2: ::std::option::Option<::std::string::String>,
    pub final3: ::std::option::Option<::std::string::String>,
    pub final4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `final`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FinalOkHeaders {
    pub r#final: ::std::option::Option<::std::string::String>,
}
/// Responses of `final`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum FinalResponse {
    /// ok
    Ok { body: super::types::Everything, headers: FinalOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for FinalResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "final", &headers.r#final);
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
/// axum handler for `GET` "/op42/{final}".
#[allow(unused_variables, unused_mut)]
pub async fn r#final<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[42usize]];
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
    let principal = match served.auth.authenticate_dyn("final", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op42/{final}",
        uri.path(),
        &decoded_path,
    );
    let r#final: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "final", "simple", false);
    let final2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "final", "form", true, false);
    let final3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "final", false);
    let final4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "final", false);
    if let Some(v) = &r#final {
        errors.check_param("path", "final", v, 193usize);
    }
    if let Some(v) = &final2 {
        errors.check_param("query", "final", v, 194usize);
    }
    if let Some(v) = &final3 {
        errors.check_param("header", "final", v, 195usize);
    }
    if let Some(v) = &final4 {
        errors.check_param("cookie", "final", v, 196usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#final),) = (r#final,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#final(
        &*served.api,
        ctx,
        r#final,
        FinalParams {
            final2,
            final3,
            final4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "final", method = "GET", path = "/op42/{final}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `final_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum FinalPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for FinalPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op42/{final}".
#[allow(unused_variables, unused_mut)]
pub async fn final_post<A: super::Api>(
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
        "/op42/{final}",
        uri.path(),
        &decoded_path,
    );
    let r#final: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "final", "simple", false);
    if let Some(v) = &r#final {
        errors.check_param("path", "final", v, 193usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#final), Some(body)) = (r#final, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::final_post(&*served.api, ctx, r#final, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "final_post", method = "POST", path =
        "/op42/{final}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
