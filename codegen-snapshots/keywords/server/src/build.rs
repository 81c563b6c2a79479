//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `build`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BuildParams {
    pub build2: ::std::option::Option<::std::string::String>,
    pub build3: ::std::option::Option<::std::string::String>,
    pub build4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `build`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BuildOkHeaders {
    pub build: ::std::option::Option<::std::string::String>,
}
/// Responses of `build`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum BuildResponse {
    /// ok
    Ok { body: super::types::Everything, headers: BuildOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for BuildResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "build", &headers.build);
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
/// axum handler for `GET` "/op195/{build}".
#[allow(unused_variables, unused_mut)]
pub async fn build<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[195usize]];
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
    let principal = match served.auth.authenticate_dyn("build", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op195/{build}",
        uri.path(),
        &decoded_path,
    );
    let build: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "build", "simple", false);
    let build2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "build", "form", true, false);
    let build3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "build", false);
    let build4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "build", false);
    if let Some(v) = &build {
        errors.check_param("path", "build", v, 805usize);
    }
    if let Some(v) = &build2 {
        errors.check_param("query", "build", v, 806usize);
    }
    if let Some(v) = &build3 {
        errors.check_param("header", "build", v, 807usize);
    }
    if let Some(v) = &build4 {
        errors.check_param("cookie", "build", v, 808usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(build),) = (build,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::build(
        &*served.api,
        ctx,
        build,
        BuildParams {
            build2,
            build3,
            build4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "build", method = "GET", path = "/op195/{build}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `build_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum BuildPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for BuildPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op195/{build}".
#[allow(unused_variables, unused_mut)]
pub async fn build_post<A: super::Api>(
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
        "/op195/{build}",
        uri.path(),
        &decoded_path,
    );
    let build: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "build", "simple", false);
    if let Some(v) = &build {
        errors.check_param("path", "build", v, 805usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(build),) = (build,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::build_post(&*served.api, ctx, build, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "build_post", method = "POST", path =
        "/op195/{build}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
