//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `typeof`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TypeofParams {
    pub typeof2: ::std::option::Option<::std::string::String>,
    pub typeof3: ::std::option::Option<::std::string::String>,
    pub typeof4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `typeof`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TypeofOkHeaders {
    pub r#typeof: ::std::option::Option<::std::string::String>,
}
/// Responses of `typeof`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeofResponse {
    /// ok
    Ok { body: super::types::Everything, headers: TypeofOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for TypeofResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "typeof", &headers.r#typeof);
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
/// axum handler for `GET` "/op46/{typeof}".
#[allow(unused_variables, unused_mut)]
pub async fn r#typeof<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[46usize]];
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
    let principal = match served.auth.authenticate_dyn("typeof", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op46/{typeof}",
        uri.path(),
        &decoded_path,
    );
    let r#typeof: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "typeof", "simple", false);
    let typeof2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "typeof", "form", true, false);
    let typeof3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "typeof", false);
    let typeof4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "typeof", false);
    if let Some(v) = &r#typeof {
        errors.check_param("path", "typeof", v, 209usize);
    }
    if let Some(v) = &typeof2 {
        errors.check_param("query", "typeof", v, 210usize);
    }
    if let Some(v) = &typeof3 {
        errors.check_param("header", "typeof", v, 211usize);
    }
    if let Some(v) = &typeof4 {
        errors.check_param("cookie", "typeof", v, 212usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#typeof),) = (r#typeof,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#typeof(
        &*served.api,
        ctx,
        r#typeof,
        TypeofParams {
            typeof2,
            typeof3,
            typeof4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "typeof", method = "GET", path = "/op46/{typeof}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `typeof_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeofPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for TypeofPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op46/{typeof}".
#[allow(unused_variables, unused_mut)]
pub async fn typeof_post<A: super::Api>(
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
        "/op46/{typeof}",
        uri.path(),
        &decoded_path,
    );
    let r#typeof: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "typeof", "simple", false);
    if let Some(v) = &r#typeof {
        errors.check_param("path", "typeof", v, 209usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#typeof), Some(body)) = (r#typeof, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::typeof_post(&*served.api, ctx, r#typeof, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "typeof_post", method = "POST", path =
        "/op46/{typeof}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
