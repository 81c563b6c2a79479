//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `deserializer`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeserializerParams {
    pub deserializer2: ::std::option::Option<::std::string::String>,
    pub deserializer3: ::std::option::Option<::std::string::String>,
    pub deserializer4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `deserializer`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeserializerOkHeaders {
    pub deserializer: ::std::option::Option<::std::string::String>,
}
/// Responses of `deserializer`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum DeserializerResponse {
    /// ok
    Ok { body: super::types::Everything, headers: DeserializerOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for DeserializerResponse {
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
                    "Deserializer",
                    &headers.deserializer,
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
/// axum handler for `GET` "/op141/{Deserializer}".
#[allow(unused_variables, unused_mut)]
pub async fn deserializer<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[141usize]];
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
        .authenticate_dyn("deserializer", &credentials)
        .await
    {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op141/{Deserializer}",
        uri.path(),
        &decoded_path,
    );
    let deserializer: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Deserializer", "simple", false);
    let deserializer2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Deserializer", "form", true, false);
    let deserializer3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Deserializer", false);
    let deserializer4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Deserializer", false);
    if let Some(v) = &deserializer {
        errors.check_param("path", "Deserializer", v, 589usize);
    }
    if let Some(v) = &deserializer2 {
        errors.check_param("query", "Deserializer", v, 590usize);
    }
    if let Some(v) = &deserializer3 {
        errors.check_param("header", "Deserializer", v, 591usize);
    }
    if let Some(v) = &deserializer4 {
        errors.check_param("cookie", "Deserializer", v, 592usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(deserializer),) = (deserializer,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::deserializer(
        &*served.api,
        ctx,
        deserializer,
        DeserializerParams {
            deserializer2,
            deserializer3,
            deserializer4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Deserializer", method = "GET", path =
        "/op141/{Deserializer}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `deserializer_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum DeserializerPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for DeserializerPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op141/{Deserializer}".
#[allow(unused_variables, unused_mut)]
pub async fn deserializer_post<A: super::Api>(
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
        "/op141/{Deserializer}",
        uri.path(),
        &decoded_path,
    );
    let deserializer: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Deserializer", "simple", false);
    if let Some(v) = &deserializer {
        errors.check_param("path", "Deserializer", v, 589usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(deserializer),) = (deserializer,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::deserializer_post(
        &*served.api,
        ctx,
        deserializer,
        body,
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Deserializer_post", method = "POST", path =
        "/op141/{Deserializer}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
