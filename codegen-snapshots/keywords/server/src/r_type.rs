//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `r_type`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RTypeParams {
    pub r_type2: ::std::option::Option<::std::string::String>,
    pub r_type3: ::std::option::Option<::std::string::String>,
    pub r_type4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `r_type`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RTypeOkHeaders {
    pub r_type: ::std::option::Option<::std::string::String>,
}
/// Responses of `r_type`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum RTypeResponse {
    /// ok
    Ok { body: super::types::Everything, headers: RTypeOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for RTypeResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "r#type", &headers.r_type);
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
/// axum handler for `GET` "/op61/{r#type}".
#[allow(unused_variables, unused_mut)]
pub async fn r_type<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[61usize]];
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
    let principal = match served.auth.authenticate_dyn("r_type", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op61/{r#type}",
        uri.path(),
        &decoded_path,
    );
    let r_type: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "r#type", "simple", false);
    let r_type2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "r#type", "form", true, false);
    let r_type3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "r#type", false);
    let r_type4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "r#type", false);
    if let Some(v) = &r_type {
        errors.check_param("path", "r#type", v, 269usize);
    }
    if let Some(v) = &r_type2 {
        errors.check_param("query", "r#type", v, 270usize);
    }
    if let Some(v) = &r_type3 {
        errors.check_param("header", "r#type", v, 271usize);
    }
    if let Some(v) = &r_type4 {
        errors.check_param("cookie", "r#type", v, 272usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r_type),) = (r_type,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r_type(
        &*served.api,
        ctx,
        r_type,
        RTypeParams {
            r_type2,
            r_type3,
            r_type4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "r#type", method = "GET", path = "/op61/{r#type}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `r_type_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum RTypePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for RTypePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op61/{r#type}".
#[allow(unused_variables, unused_mut)]
pub async fn r_type_post<A: super::Api>(
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
        "/op61/{r#type}",
        uri.path(),
        &decoded_path,
    );
    let r_type: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "r#type", "simple", false);
    if let Some(v) = &r_type {
        errors.check_param("path", "r#type", v, 269usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r_type),) = (r_type,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r_type_post(&*served.api, ctx, r_type, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "r#type_post", method = "POST", path =
        "/op61/{r#type}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
