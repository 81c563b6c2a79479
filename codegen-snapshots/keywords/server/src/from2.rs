//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `from2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct From2Params {
    pub from2: ::std::option::Option<::std::string::String>,
    pub from3: ::std::option::Option<::std::string::String>,
    pub from4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `from2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct From2OkHeaders {
    pub from: ::std::option::Option<::std::string::String>,
}
/// Responses of `from2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum From2Response {
    /// ok
    Ok { body: super::types::Everything, headers: From2OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for From2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "from", &headers.from);
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
/// axum handler for `GET` "/op197/{from}".
#[allow(unused_variables, unused_mut)]
pub async fn from2<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[197usize]];
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
    let principal = match served.auth.authenticate_dyn("from2", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op197/{from}",
        uri.path(),
        &decoded_path,
    );
    let from: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "from", "simple", false);
    let from2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "from", "form", true, false);
    let from3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "from", false);
    let from4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "from", false);
    if let Some(v) = &from {
        errors.check_param("path", "from", v, 813usize);
    }
    if let Some(v) = &from2 {
        errors.check_param("query", "from", v, 814usize);
    }
    if let Some(v) = &from3 {
        errors.check_param("header", "from", v, 815usize);
    }
    if let Some(v) = &from4 {
        errors.check_param("cookie", "from", v, 816usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(from),) = (from,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::from2(
        &*served.api,
        ctx,
        from,
        From2Params { from2, from3, from4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "from", method = "GET", path = "/op197/{from}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `from_post2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum FromPost2Response {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for FromPost2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op197/{from}".
#[allow(unused_variables, unused_mut)]
pub async fn from_post2<A: super::Api>(
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
        "/op197/{from}",
        uri.path(),
        &decoded_path,
    );
    let from: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "from", "simple", false);
    if let Some(v) = &from {
        errors.check_param("path", "from", v, 813usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(from),) = (from,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::from_post2(&*served.api, ctx, from, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "from_post", method = "POST", path =
        "/op197/{from}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
