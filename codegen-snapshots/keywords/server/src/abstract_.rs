//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `abstract`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AbstractParams {
    pub abstract2: ::std::option::Option<::std::string::String>,
    pub abstract3: ::std::option::Option<::std::string::String>,
    pub abstract4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `abstract`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AbstractOkHeaders {
    pub r#abstract: ::std::option::Option<::std::string::String>,
}
/// Responses of `abstract`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum AbstractResponse {
    /// ok
    Ok { body: super::types::Everything, headers: AbstractOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for AbstractResponse {
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
                    "abstract",
                    &headers.r#abstract,
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
/// axum handler for `GET` "/op38/{abstract}".
#[allow(unused_variables, unused_mut)]
pub async fn r#abstract<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[38usize]];
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
    let principal = match served.auth.authenticate_dyn("abstract", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op38/{abstract}",
        uri.path(),
        &decoded_path,
    );
    let r#abstract: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "abstract", "simple", false);
    let abstract2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "abstract", "form", true, false);
    let abstract3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "abstract", false);
    let abstract4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "abstract", false);
    if let Some(v) = &r#abstract {
        errors.check_param("path", "abstract", v, 177usize);
    }
    if let Some(v) = &abstract2 {
        errors.check_param("query", "abstract", v, 178usize);
    }
    if let Some(v) = &abstract3 {
        errors.check_param("header", "abstract", v, 179usize);
    }
    if let Some(v) = &abstract4 {
        errors.check_param("cookie", "abstract", v, 180usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#abstract),) = (r#abstract,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#abstract(
        &*served.api,
        ctx,
        r#abstract,
        AbstractParams {
            abstract2,
            abstract3,
            abstract4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "abstract", method = "GET", path =
        "/op38/{abstract}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `abstract_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum AbstractPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for AbstractPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op38/{abstract}".
#[allow(unused_variables, unused_mut)]
pub async fn abstract_post<A: super::Api>(
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
        "/op38/{abstract}",
        uri.path(),
        &decoded_path,
    );
    let r#abstract: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "abstract", "simple", false);
    if let Some(v) = &r#abstract {
        errors.check_param("path", "abstract", v, 177usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#abstract), Some(body)) = (r#abstract, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::abstract_post(&*served.api, ctx, r#abstract, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "abstract_post", method = "POST", path =
        "/op38/{abstract}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
