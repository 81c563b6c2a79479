//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `trait`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TraitParams {
    pub trait2: ::std::option::Option<::std::string::String>,
    pub trait3: ::std::option::Option<::std::string::String>,
    pub trait4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `trait`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TraitOkHeaders {
    pub r#trait: ::std::option::Option<::std::string::String>,
}
/// Responses of `trait`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum TraitResponse {
    /// ok
    Ok { body: super::types::Everything, headers: TraitOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for TraitResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "trait", &headers.r#trait);
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
/// axum handler for `GET` "/op28/{trait}".
#[allow(unused_variables, unused_mut)]
pub async fn r#trait<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[28usize]];
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
    let principal = match served.auth.authenticate_dyn("trait", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op28/{trait}",
        uri.path(),
        &decoded_path,
    );
    let r#trait: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "trait", "simple", false);
    let trait2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "trait", "form", true, false);
    let trait3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "trait", false);
    let trait4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "trait", false);
    if let Some(v) = &r#trait {
        errors.check_param("path", "trait", v, 137usize);
    }
    if let Some(v) = &trait2 {
        errors.check_param("query", "trait", v, 138usize);
    }
    if let Some(v) = &trait3 {
        errors.check_param("header", "trait", v, 139usize);
    }
    if let Some(v) = &trait4 {
        errors.check_param("cookie", "trait", v, 140usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#trait),) = (r#trait,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#trait(
        &*served.api,
        ctx,
        r#trait,
        TraitParams {
            trait2,
            trait3,
            trait4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "trait", method = "GET", path = "/op28/{trait}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `trait_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum TraitPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for TraitPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op28/{trait}".
#[allow(unused_variables, unused_mut)]
pub async fn trait_post<A: super::Api>(
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
        "/op28/{trait}",
        uri.path(),
        &decoded_path,
    );
    let r#trait: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "trait", "simple", false);
    if let Some(v) = &r#trait {
        errors.check_param("path", "trait", v, 137usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#trait), Some(body)) = (r#trait, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::trait_post(&*served.api, ctx, r#trait, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "trait_post", method = "POST", path =
        "/op28/{trait}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
