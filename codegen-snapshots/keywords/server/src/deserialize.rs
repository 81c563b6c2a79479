//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `deserialize`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeserializeParams {
    pub deserialize2: ::std::option::Option<::std::string::String>,
    pub deserialize3: ::std::option::Option<::std::string::String>,
    pub deserialize4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `deserialize`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeserializeOkHeaders {
    pub deserialize: ::std::option::Option<::std::string::String>,
}
/// Responses of `deserialize`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum DeserializeResponse {
    /// ok
    Ok { body: super::types::Everything, headers: DeserializeOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for DeserializeResponse {
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
                    "Deserialize",
                    &headers.deserialize,
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
/// axum handler for `GET` "/op139/{Deserialize}".
#[allow(unused_variables, unused_mut)]
pub async fn deserialize<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[139usize]];
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
    let principal = match served.auth.authenticate_dyn("deserialize", &credentials).await
    {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op139/{Deserialize}",
        uri.path(),
        &decoded_path,
    );
    let deserialize: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Deserialize", "simple", false);
    let deserialize2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Deserialize", "form", true, false);
    let deserialize3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Deserialize", false);
    let deserialize4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Deserialize", false);
    if let Some(v) = &deserialize {
        errors.check_param("path", "Deserialize", v, 581usize);
    }
    if let Some(v) = &deserialize2 {
        errors.check_param("query", "Deserialize", v, 582usize);
    }
    if let Some(v) = &deserialize3 {
        errors.check_param("header", "Deserialize", v, 583usize);
    }
    if let Some(v) = &deserialize4 {
        errors.check_param("cookie", "Deserialize", v, 584usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(deserialize),) = (deserialize,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::deserialize(
        &*served.api,
        ctx,
        deserialize,
        DeserializeParams {
            deserialize2,
            deserialize3,
            deserialize4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Deserialize", method = "GET", path =
        "/op139/{Deserialize}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `deserialize_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum DeserializePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for DeserializePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op139/{Deserialize}".
#[allow(unused_variables, unused_mut)]
pub async fn deserialize_post<A: super::Api>(
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
        "/op139/{Deserialize}",
        uri.path(),
        &decoded_path,
    );
    let deserialize: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Deserialize", "simple", false);
    if let Some(v) = &deserialize {
        errors.check_param("path", "Deserialize", v, 581usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(deserialize),) = (deserialize,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::deserialize_post(
        &*served.api,
        ctx,
        deserialize,
        body,
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Deserialize_post", method = "POST", path =
        "/op139/{Deserialize}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
