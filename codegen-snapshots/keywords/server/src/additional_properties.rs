//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `additional_properties`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AdditionalPropertiesParams {
    pub additional_properties2: ::std::option::Option<::std::string::String>,
    pub additional_properties3: ::std::option::Option<::std::string::String>,
    pub additional_properties4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `additional_properties`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AdditionalPropertiesOkHeaders {
    pub additional_properties: ::std::option::Option<::std::string::String>,
}
/// Responses of `additional_properties`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum AdditionalPropertiesResponse {
    /// ok
    Ok { body: super::types::Everything, headers: AdditionalPropertiesOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for AdditionalPropertiesResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(
                    &mut response,
                    "additional_properties",
                    &headers.additional_properties,
                );
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
/// axum handler for `GET` "/op203/{additional_properties}".
#[allow(unused_variables, unused_mut)]
pub async fn additional_properties<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[203usize]];
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
    let principal = match served
        .auth
        .authenticate_dyn("additional_properties", &credentials)
        .await
    {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op203/{additional_properties}",
        uri.path(),
        &decoded_path,
    );
    let additional_properties: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "additional_properties", "simple", false);
    let additional_properties2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "additional_properties", "form", true, false);
    let additional_properties3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "additional_properties", false);
    let additional_properties4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "additional_properties", false);
    if let Some(v) = &additional_properties {
        errors.check_param("path", "additional_properties", v, 837usize);
    }
    if let Some(v) = &additional_properties2 {
        errors.check_param("query", "additional_properties", v, 838usize);
    }
    if let Some(v) = &additional_properties3 {
        errors.check_param("header", "additional_properties", v, 839usize);
    }
    if let Some(v) = &additional_properties4 {
        errors.check_param("cookie", "additional_properties", v, 840usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(additional_properties),) = (additional_properties,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::additional_properties(
        &*served.api,
        ctx,
        additional_properties,
        AdditionalPropertiesParams {
            additional_properties2,
            additional_properties3,
            additional_properties4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "additional_properties", method = "GET", path =
        "/op203/{additional_properties}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `additional_properties_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum AdditionalPropertiesPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for AdditionalPropertiesPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op203/{additional_properties}".
#[allow(unused_variables, unused_mut)]
pub async fn additional_properties_post<A: super::Api>(
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
        "/op203/{additional_properties}",
        uri.path(),
        &decoded_path,
    );
    let additional_properties: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "additional_properties", "simple", false);
    if let Some(v) = &additional_properties {
        errors.check_param("path", "additional_properties", v, 837usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(additional_properties),) = (additional_properties,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::additional_properties_post(
        &*served.api,
        ctx,
        additional_properties,
        body,
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "additional_properties_post", method = "POST",
        path = "/op203/{additional_properties}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
