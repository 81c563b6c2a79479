//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `dyn`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DynParams {
    pub dyn2: ::std::option::Option<::std::string::String>,
    pub dyn3: ::std::option::Option<::std::string::String>,
    pub dyn4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `dyn`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DynOkHeaders {
    pub r#dyn: ::std::option::Option<::std::string::String>,
}
/// Responses of `dyn`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum DynResponse {
    /// ok
    Ok { body: super::types::Everything, headers: DynOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for DynResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "dyn", &headers.r#dyn);
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
/// axum handler for `GET` "/op37/{dyn}".
#[allow(unused_variables, unused_mut)]
pub async fn r#dyn<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[37usize]];
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
    let principal = match served.auth.authenticate_dyn("dyn", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op37/{dyn}",
        uri.path(),
        &decoded_path,
    );
    let r#dyn: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "dyn", "simple", false);
    let dyn2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "dyn", "form", true, false);
    let dyn3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "dyn", false);
    let dyn4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "dyn", false);
    if let Some(v) = &r#dyn {
        errors.check_param("path", "dyn", v, 173usize);
    }
    if let Some(v) = &dyn2 {
        errors.check_param("query", "dyn", v, 174usize);
    }
    if let Some(v) = &dyn3 {
        errors.check_param("header", "dyn", v, 175usize);
    }
    if let Some(v) = &dyn4 {
        errors.check_param("cookie", "dyn", v, 176usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#dyn),) = (r#dyn,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#dyn(
        &*served.api,
        ctx,
        r#dyn,
        DynParams { dyn2, dyn3, dyn4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "dyn", method = "GET", path = "/op37/{dyn}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `dyn_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum DynPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for DynPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op37/{dyn}".
#[allow(unused_variables, unused_mut)]
pub async fn dyn_post<A: super::Api>(
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
        "/op37/{dyn}",
        uri.path(),
        &decoded_path,
    );
    let r#dyn: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "dyn", "simple", false);
    if let Some(v) = &r#dyn {
        errors.check_param("path", "dyn", v, 173usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#dyn),) = (r#dyn,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::dyn_post(&*served.api, ctx, r#dyn, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "dyn_post", method = "POST", path = "/op37/{dyn}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
