//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `r_self`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RSelfParams {
    pub r_self2: ::std::option::Option<::std::string::String>,
    pub r_self3: ::std::option::Option<::std::string::String>,
    pub r_self4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `r_self`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RSelfOkHeaders {
    pub r_self: ::std::option::Option<::std::string::String>,
}
/// Responses of `r_self`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum RSelfResponse {
    /// ok
    Ok { body: super::types::Everything, headers: RSelfOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for RSelfResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "r#self", &headers.r_self);
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
/// axum handler for `GET` "/op62/{r#self}".
#[allow(unused_variables, unused_mut)]
pub async fn r_self<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[62usize]];
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
    let principal = match served.auth.authenticate_dyn("r_self", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op62/{r#self}",
        uri.path(),
        &decoded_path,
    );
    let r_self: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "r#self", "simple", false);
    let r_self2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "r#self", "form", true, false);
    let r_self3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "r#self", false);
    let r_self4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "r#self", false);
    if let Some(v) = &r_self {
        errors.check_param("path", "r#self", v, 273usize);
    }
    if let Some(v) = &r_self2 {
        errors.check_param("query", "r#self", v, 274usize);
    }
    if let Some(v) = &r_self3 {
        errors.check_param("header", "r#self", v, 275usize);
    }
    if let Some(v) = &r_self4 {
        errors.check_param("cookie", "r#self", v, 276usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r_self),) = (r_self,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r_self(
        &*served.api,
        ctx,
        r_self,
        RSelfParams {
            r_self2,
            r_self3,
            r_self4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "r#self", method = "GET", path = "/op62/{r#self}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `r_self_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum RSelfPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for RSelfPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op62/{r#self}".
#[allow(unused_variables, unused_mut)]
pub async fn r_self_post<A: super::Api>(
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
        "/op62/{r#self}",
        uri.path(),
        &decoded_path,
    );
    let r_self: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "r#self", "simple", false);
    if let Some(v) = &r_self {
        errors.check_param("path", "r#self", v, 273usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r_self), Some(body)) = (r_self, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r_self_post(&*served.api, ctx, r_self, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "r#self_post", method = "POST", path =
        "/op62/{r#self}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
