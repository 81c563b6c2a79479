//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `to_string2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ToString2Params {
    pub to_string2: ::std::option::Option<::std::string::String>,
    pub to_string3: ::std::option::Option<::std::string::String>,
    pub to_string4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `to_string2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ToString2OkHeaders {
    pub to_string: ::std::option::Option<::std::string::String>,
}
/// Responses of `to_string2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ToString2Response {
    /// ok
    Ok { body: super::types::Everything, headers: ToString2OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for ToString2Response {
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
                    "to_string",
                    &headers.to_string,
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
/// axum handler for `GET` "/op206/{to_string}".
#[allow(unused_variables, unused_mut)]
pub async fn to_string2<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[206usize]];
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
    let principal = match served.auth.authenticate_dyn("to_string2", &credentials).await
    {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op206/{to_string}",
        uri.path(),
        &decoded_path,
    );
    let to_string: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "to_string", "simple", false);
    let to_string2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "to_string", "form", true, false);
    let to_string3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "to_string", false);
    let to_string4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "to_string", false);
    if let Some(v) = &to_string {
        errors.check_param("path", "to_string", v, 849usize);
    }
    if let Some(v) = &to_string2 {
        errors.check_param("query", "to_string", v, 850usize);
    }
    if let Some(v) = &to_string3 {
        errors.check_param("header", "to_string", v, 851usize);
    }
    if let Some(v) = &to_string4 {
        errors.check_param("cookie", "to_string", v, 852usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(to_string),) = (to_string,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::to_string2(
        &*served.api,
        ctx,
        to_string,
        ToString2Params {
            to_string2,
            to_string3,
            to_string4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "to_string", method = "GET", path =
        "/op206/{to_string}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `to_string_post2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ToStringPost2Response {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ToStringPost2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op206/{to_string}".
#[allow(unused_variables, unused_mut)]
pub async fn to_string_post2<A: super::Api>(
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
        "/op206/{to_string}",
        uri.path(),
        &decoded_path,
    );
    let to_string: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "to_string", "simple", false);
    if let Some(v) = &to_string {
        errors.check_param("path", "to_string", v, 849usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(to_string), Some(body)) = (to_string, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::to_string_post2(
        &*served.api,
        ctx,
        to_string,
        body,
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "to_string_post", method = "POST", path =
        "/op206/{to_string}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
