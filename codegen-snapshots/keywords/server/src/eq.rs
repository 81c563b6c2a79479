//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `eq`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EqParams {
    pub eq2: ::std::option::Option<::std::string::String>,
    pub eq3: ::std::option::Option<::std::string::String>,
    pub eq4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `eq`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EqOkHeaders {
    pub eq: ::std::option::Option<::std::string::String>,
}
/// Responses of `eq`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum EqResponse {
    /// ok
    Ok { body: super::types::Everything, headers: EqOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for EqResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Eq", &headers.eq);
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
/// axum handler for `GET` "/op128/{Eq}".
#[allow(unused_variables, unused_mut)]
pub async fn eq<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[128usize]];
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
    let principal = match served.auth.authenticate_dyn("eq", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op128/{Eq}",
        uri.path(),
        &decoded_path,
    );
    let eq: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Eq", "simple", false);
    let eq2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Eq", "form", true, false);
    let eq3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Eq", false);
    let eq4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Eq", false);
    if let Some(v) = &eq {
        errors.check_param("path", "Eq", v, 537usize);
    }
    if let Some(v) = &eq2 {
        errors.check_param("query", "Eq", v, 538usize);
    }
    if let Some(v) = &eq3 {
        errors.check_param("header", "Eq", v, 539usize);
    }
    if let Some(v) = &eq4 {
        errors.check_param("cookie", "Eq", v, 540usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(eq),) = (eq,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::eq(
        &*served.api,
        ctx,
        eq,
        EqParams { eq2, eq3, eq4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Eq", method = "GET", path = "/op128/{Eq}", status
        = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `eq_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum EqPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for EqPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op128/{Eq}".
#[allow(unused_variables, unused_mut)]
pub async fn eq_post<A: super::Api>(
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
        "/op128/{Eq}",
        uri.path(),
        &decoded_path,
    );
    let eq: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Eq", "simple", false);
    if let Some(v) = &eq {
        errors.check_param("path", "Eq", v, 537usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(eq), Some(body)) = (eq, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::eq_post(&*served.api, ctx, eq, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Eq_post", method = "POST", path = "/op128/{Eq}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
