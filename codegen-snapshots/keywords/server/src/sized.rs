//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `sized`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SizedParams {
    pub sized2: ::std::option::Option<::std::string::String>,
    pub sized3: ::std::option::Option<::std::string::String>,
    pub sized4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `sized`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SizedOkHeaders {
    pub sized: ::std::option::Option<::std::string::String>,
}
/// Responses of `sized`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum SizedResponse {
    /// ok
    Ok { body: super::types::Everything, headers: SizedOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for SizedResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Sized", &headers.sized);
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
/// axum handler for `GET` "/op116/{Sized}".
#[allow(unused_variables, unused_mut)]
pub async fn sized<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[116usize]];
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
    let principal = match served.auth.authenticate_dyn("sized", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op116/{Sized}",
        uri.path(),
        &decoded_path,
    );
    let sized: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Sized", "simple", false);
    let sized2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Sized", "form", true, false);
    let sized3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Sized", false);
    let sized4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Sized", false);
    if let Some(v) = &sized {
        errors.check_param("path", "Sized", v, 489usize);
    }
    if let Some(v) = &sized2 {
        errors.check_param("query", "Sized", v, 490usize);
    }
    if let Some(v) = &sized3 {
        errors.check_param("header", "Sized", v, 491usize);
    }
    if let Some(v) = &sized4 {
        errors.check_param("cookie", "Sized", v, 492usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(sized),) = (sized,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::sized(
        &*served.api,
        ctx,
        sized,
        SizedParams {
            sized2,
            sized3,
            sized4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Sized", method = "GET", path = "/op116/{Sized}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `sized_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum SizedPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for SizedPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op116/{Sized}".
#[allow(unused_variables, unused_mut)]
pub async fn sized_post<A: super::Api>(
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
        "/op116/{Sized}",
        uri.path(),
        &decoded_path,
    );
    let sized: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Sized", "simple", false);
    if let Some(v) = &sized {
        errors.check_param("path", "Sized", v, 489usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(sized), Some(body)) = (sized, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::sized_post(&*served.api, ctx, sized, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Sized_post", method = "POST", path =
        "/op116/{Sized}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
