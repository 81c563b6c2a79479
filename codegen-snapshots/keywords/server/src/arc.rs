//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `arc`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ArcParams {
    pub arc2: ::std::option::Option<::std::string::String>,
    pub arc3: ::std::option::Option<::std::string::String>,
    pub arc4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `arc`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ArcOkHeaders {
    pub arc: ::std::option::Option<::std::string::String>,
}
/// Responses of `arc`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ArcResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ArcOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for ArcResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Arc", &headers.arc);
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
/// axum handler for `GET` "/op143/{Arc}".
#[allow(unused_variables, unused_mut)]
pub async fn arc<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[143usize]];
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
    let principal = match served.auth.authenticate_dyn("arc", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op143/{Arc}",
        uri.path(),
        &decoded_path,
    );
    let arc: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Arc", "simple", false);
    let arc2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Arc", "form", true, false);
    let arc3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Arc", false);
    let arc4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Arc", false);
    if let Some(v) = &arc {
        errors.check_param("path", "Arc", v, 597usize);
    }
    if let Some(v) = &arc2 {
        errors.check_param("query", "Arc", v, 598usize);
    }
    if let Some(v) = &arc3 {
        errors.check_param("header", "Arc", v, 599usize);
    }
    if let Some(v) = &arc4 {
        errors.check_param("cookie", "Arc", v, 600usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(arc),) = (arc,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::arc(
        &*served.api,
        ctx,
        arc,
        ArcParams { arc2, arc3, arc4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Arc", method = "GET", path = "/op143/{Arc}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `arc_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ArcPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ArcPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op143/{Arc}".
#[allow(unused_variables, unused_mut)]
pub async fn arc_post<A: super::Api>(
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
        "/op143/{Arc}",
        uri.path(),
        &decoded_path,
    );
    let arc: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Arc", "simple", false);
    if let Some(v) = &arc {
        errors.check_param("path", "Arc", v, 597usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(arc),) = (arc,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::arc_post(&*served.api, ctx, arc, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Arc_post", method = "POST", path =
        "/op143/{Arc}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
