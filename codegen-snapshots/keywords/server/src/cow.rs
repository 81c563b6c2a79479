//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `cow`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CowParams {
    pub cow2: ::std::option::Option<::std::string::String>,
    pub cow3: ::std::option::Option<::std::string::String>,
    pub cow4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `cow`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CowOkHeaders {
    pub cow: ::std::option::Option<::std::string::String>,
}
/// Responses of `cow`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CowResponse {
    /// ok
    Ok { body: super::types::Everything, headers: CowOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for CowResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Cow", &headers.cow);
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
/// axum handler for `GET` "/op144/{Cow}".
#[allow(unused_variables, unused_mut)]
pub async fn cow<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[144usize]];
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
    let principal = match served.auth.authenticate_dyn("cow", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op144/{Cow}",
        uri.path(),
        &decoded_path,
    );
    let cow: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Cow", "simple", false);
    let cow2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Cow", "form", true, false);
    let cow3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Cow", false);
    let cow4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Cow", false);
    if let Some(v) = &cow {
        errors.check_param("path", "Cow", v, 601usize);
    }
    if let Some(v) = &cow2 {
        errors.check_param("query", "Cow", v, 602usize);
    }
    if let Some(v) = &cow3 {
        errors.check_param("header", "Cow", v, 603usize);
    }
    if let Some(v) = &cow4 {
        errors.check_param("cookie", "Cow", v, 604usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(cow),) = (cow,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::cow(
        &*served.api,
        ctx,
        cow,
        CowParams { cow2, cow3, cow4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Cow", method = "GET", path = "/op144/{Cow}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `cow_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CowPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for CowPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op144/{Cow}".
#[allow(unused_variables, unused_mut)]
pub async fn cow_post<A: super::Api>(
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
        "/op144/{Cow}",
        uri.path(),
        &decoded_path,
    );
    let cow: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Cow", "simple", false);
    if let Some(v) = &cow {
        errors.check_param("path", "Cow", v, 601usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(cow), Some(body)) = (cow, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::cow_post(&*served.api, ctx, cow, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Cow_post", method = "POST", path =
        "/op144/{Cow}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
