//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `json`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JsonParams {
    pub json2: ::std::option::Option<::std::string::String>,
    pub json3: ::std::option::Option<::std::string::String>,
    pub json4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `json`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JsonOkHeaders {
    pub json: ::std::option::Option<::std::string::String>,
}
/// Responses of `json`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum JsonResponse {
    /// ok
    Ok { body: super::types::Everything, headers: JsonOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for JsonResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Json", &headers.json);
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
/// axum handler for `GET` "/op154/{Json}".
#[allow(unused_variables, unused_mut)]
pub async fn json<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[154usize]];
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
    let principal = match served.auth.authenticate_dyn("json", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op154/{Json}",
        uri.path(),
        &decoded_path,
    );
    let json: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Json", "simple", false);
    let json2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Json", "form", true, false);
    let json3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Json", false);
    let json4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Json", false);
    if let Some(v) = &json {
        errors.check_param("path", "Json", v, 641usize);
    }
    if let Some(v) = &json2 {
        errors.check_param("query", "Json", v, 642usize);
    }
    if let Some(v) = &json3 {
        errors.check_param("header", "Json", v, 643usize);
    }
    if let Some(v) = &json4 {
        errors.check_param("cookie", "Json", v, 644usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(json),) = (json,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::json(
        &*served.api,
        ctx,
        json,
        JsonParams { json2, json3, json4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Json", method = "GET", path = "/op154/{Json}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `json_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum JsonPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for JsonPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op154/{Json}".
#[allow(unused_variables, unused_mut)]
pub async fn json_post<A: super::Api>(
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
        "/op154/{Json}",
        uri.path(),
        &decoded_path,
    );
    let json: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Json", "simple", false);
    if let Some(v) = &json {
        errors.check_param("path", "Json", v, 641usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(json), Some(body)) = (json, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::json_post(&*served.api, ctx, json, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Json_post", method = "POST", path =
        "/op154/{Json}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
