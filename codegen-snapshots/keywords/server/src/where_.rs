//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `where`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WhereParams {
    pub where2: ::std::option::Option<::std::string::String>,
    pub where3: ::std::option::Option<::std::string::String>,
    pub where4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `where`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WhereOkHeaders {
    pub r#where: ::std::option::Option<::std::string::String>,
}
/// Responses of `where`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum WhereResponse {
    /// ok
    Ok { body: super::types::Everything, headers: WhereOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for WhereResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "where", &headers.r#where);
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
/// axum handler for `GET` "/op33/{where}".
#[allow(unused_variables, unused_mut)]
pub async fn r#where<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[33usize]];
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
    let principal = match served.auth.authenticate_dyn("where", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op33/{where}",
        uri.path(),
        &decoded_path,
    );
    let r#where: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "where", "simple", false);
    let where2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "where", "form", true, false);
    let where3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "where", false);
    let where4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "where", false);
    if let Some(v) = &r#where {
        errors.check_param("path", "where", v, 157usize);
    }
    if let Some(v) = &where2 {
        errors.check_param("query", "where", v, 158usize);
    }
    if let Some(v) = &where3 {
        errors.check_param("header", "where", v, 159usize);
    }
    if let Some(v) = &where4 {
        errors.check_param("cookie", "where", v, 160usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#where),) = (r#where,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#where(
        &*served.api,
        ctx,
        r#where,
        WhereParams {
            where2,
            where3,
            where4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "where", method = "GET", path = "/op33/{where}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `where_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum WherePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for WherePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op33/{where}".
#[allow(unused_variables, unused_mut)]
pub async fn where_post<A: super::Api>(
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
        "/op33/{where}",
        uri.path(),
        &decoded_path,
    );
    let r#where: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "where", "simple", false);
    if let Some(v) = &r#where {
        errors.check_param("path", "where", v, 157usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#where),) = (r#where,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::where_post(&*served.api, ctx, r#where, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "where_post", method = "POST", path =
        "/op33/{where}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
