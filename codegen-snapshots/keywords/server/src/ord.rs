//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `ord`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrdParams {
    pub ord2: ::std::option::Option<::std::string::String>,
    pub ord3: ::std::option::Option<::std::string::String>,
    pub ord4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `ord`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrdOkHeaders {
    pub ord: ::std::option::Option<::std::string::String>,
}
/// Responses of `ord`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum OrdResponse {
    /// ok
    Ok { body: super::types::Everything, headers: OrdOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for OrdResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Ord", &headers.ord);
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
/// axum handler for `GET` "/op129/{Ord}".
#[allow(unused_variables, unused_mut)]
pub async fn ord<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[129usize]];
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
    let principal = match served.auth.authenticate_dyn("ord", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op129/{Ord}",
        uri.path(),
        &decoded_path,
    );
    let ord: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Ord", "simple", false);
    let ord2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Ord", "form", true, false);
    let ord3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Ord", false);
    let ord4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Ord", false);
    if let Some(v) = &ord {
        errors.check_param("path", "Ord", v, 541usize);
    }
    if let Some(v) = &ord2 {
        errors.check_param("query", "Ord", v, 542usize);
    }
    if let Some(v) = &ord3 {
        errors.check_param("header", "Ord", v, 543usize);
    }
    if let Some(v) = &ord4 {
        errors.check_param("cookie", "Ord", v, 544usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(ord),) = (ord,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::ord(
        &*served.api,
        ctx,
        ord,
        OrdParams { ord2, ord3, ord4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Ord", method = "GET", path = "/op129/{Ord}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `ord_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum OrdPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for OrdPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op129/{Ord}".
#[allow(unused_variables, unused_mut)]
pub async fn ord_post<A: super::Api>(
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
        "/op129/{Ord}",
        uri.path(),
        &decoded_path,
    );
    let ord: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Ord", "simple", false);
    if let Some(v) = &ord {
        errors.check_param("path", "Ord", v, 541usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(ord),) = (ord,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::ord_post(&*served.api, ctx, ord, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Ord_post", method = "POST", path =
        "/op129/{Ord}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
