//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `ue9_t_ue9`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ue9TUe9Params {
    pub ue9_t_ue9_2: ::std::option::Option<::std::string::String>,
    pub ue9_t_ue9_3: ::std::option::Option<::std::string::String>,
    pub ue9_t_ue9_4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `ue9_t_ue9`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ue9TUe9OkHeaders {
    pub ue9_t_ue9: ::std::option::Option<::std::string::String>,
}
/// Responses of `ue9_t_ue9`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum Ue9TUe9Response {
    /// ok
    Ok { body: super::types::Everything, headers: Ue9TUe9OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for Ue9TUe9Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "été", &headers.ue9_t_ue9);
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
/// axum handler for `GET` "/op82/{été}".
#[allow(unused_variables, unused_mut)]
pub async fn ue9_t_ue9<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[82usize]];
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
    let principal = match served.auth.authenticate_dyn("ue9_t_ue9", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op82/{été}",
        uri.path(),
        &decoded_path,
    );
    let ue9_t_ue9: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "été", "simple", false);
    let ue9_t_ue9_2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "été", "form", true, false);
    let ue9_t_ue9_3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "été", false);
    let ue9_t_ue9_4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "été", false);
    if let Some(v) = &ue9_t_ue9 {
        errors.check_param("path", "été", v, 353usize);
    }
    if let Some(v) = &ue9_t_ue9_2 {
        errors.check_param("query", "été", v, 354usize);
    }
    if let Some(v) = &ue9_t_ue9_3 {
        errors.check_param("header", "été", v, 355usize);
    }
    if let Some(v) = &ue9_t_ue9_4 {
        errors.check_param("cookie", "été", v, 356usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(ue9_t_ue9),) = (ue9_t_ue9,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::ue9_t_ue9(
        &*served.api,
        ctx,
        ue9_t_ue9,
        Ue9TUe9Params {
            ue9_t_ue9_2,
            ue9_t_ue9_3,
            ue9_t_ue9_4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "été", method = "GET", path = "/op82/{été}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `ue9_t_ue9_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum Ue9TUe9PostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for Ue9TUe9PostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op82/{été}".
#[allow(unused_variables, unused_mut)]
pub async fn ue9_t_ue9_post<A: super::Api>(
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
        "/op82/{été}",
        uri.path(),
        &decoded_path,
    );
    let ue9_t_ue9: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "été", "simple", false);
    if let Some(v) = &ue9_t_ue9 {
        errors.check_param("path", "été", v, 353usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(ue9_t_ue9), Some(body)) = (ue9_t_ue9, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::ue9_t_ue9_post(&*served.api, ctx, ue9_t_ue9, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "été_post", method = "POST", path =
        "/op82/{été}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
