//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `virtual`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VirtualParams {
    pub virtual2: ::std::option::Option<::std::string::String>,
    pub virtual3: ::std::option::Option<::std::string::String>,
    pub virtual4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `virtual`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VirtualOkHeaders {
    pub r#virtual: ::std::option::Option<::std::string::String>,
}
/// Responses of `virtual`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum VirtualResponse {
    /// ok
    Ok { body: super::types::Everything, headers: VirtualOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for VirtualResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "virtual", &headers.r#virtual);
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
/// axum handler for `GET` "/op48/{virtual}".
#[allow(unused_variables, unused_mut)]
pub async fn r#virtual<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[48usize]];
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
    let principal = match served.auth.authenticate_dyn("virtual", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op48/{virtual}",
        uri.path(),
        &decoded_path,
    );
    let r#virtual: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "virtual", "simple", false);
    let virtual2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "virtual", "form", true, false);
    let virtual3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "virtual", false);
    let virtual4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "virtual", false);
    if let Some(v) = &r#virtual {
        errors.check_param("path", "virtual", v, 217usize);
    }
    if let Some(v) = &virtual2 {
        errors.check_param("query", "virtual", v, 218usize);
    }
    if let Some(v) = &virtual3 {
        errors.check_param("header", "virtual", v, 219usize);
    }
    if let Some(v) = &virtual4 {
        errors.check_param("cookie", "virtual", v, 220usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#virtual),) = (r#virtual,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#virtual(
        &*served.api,
        ctx,
        r#virtual,
        VirtualParams {
            virtual2,
            virtual3,
            virtual4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "virtual", method = "GET", path =
        "/op48/{virtual}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `virtual_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum VirtualPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for VirtualPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op48/{virtual}".
#[allow(unused_variables, unused_mut)]
pub async fn virtual_post<A: super::Api>(
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
        "/op48/{virtual}",
        uri.path(),
        &decoded_path,
    );
    let r#virtual: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "virtual", "simple", false);
    if let Some(v) = &r#virtual {
        errors.check_param("path", "virtual", v, 217usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#virtual), Some(body)) = (r#virtual, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::virtual_post(&*served.api, ctx, r#virtual, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "virtual_post", method = "POST", path =
        "/op48/{virtual}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
