//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `gen`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GenParams {
    pub gen2: ::std::option::Option<::std::string::String>,
    pub gen3: ::std::option::Option<::std::string::String>,
    pub gen4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `gen`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GenOkHeaders {
    pub r#gen: ::std::option::Option<::std::string::String>,
}
/// Responses of `gen`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GenResponse {
    /// ok
    Ok { body: super::types::Everything, headers: GenOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for GenResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "gen", &headers.r#gen);
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
/// axum handler for `GET` "/op51/{gen}".
#[allow(unused_variables, unused_mut)]
pub async fn r#gen<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[51usize]];
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
    let principal = match served.auth.authenticate_dyn("gen", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op51/{gen}",
        uri.path(),
        &decoded_path,
    );
    let r#gen: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "gen", "simple", false);
    let gen2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "gen", "form", true, false);
    let gen3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "gen", false);
    let gen4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "gen", false);
    if let Some(v) = &r#gen {
        errors.check_param("path", "gen", v, 229usize);
    }
    if let Some(v) = &gen2 {
        errors.check_param("query", "gen", v, 230usize);
    }
    if let Some(v) = &gen3 {
        errors.check_param("header", "gen", v, 231usize);
    }
    if let Some(v) = &gen4 {
        errors.check_param("cookie", "gen", v, 232usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#gen),) = (r#gen,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#gen(
        &*served.api,
        ctx,
        r#gen,
        GenParams { gen2, gen3, gen4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "gen", method = "GET", path = "/op51/{gen}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `gen_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GenPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for GenPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op51/{gen}".
#[allow(unused_variables, unused_mut)]
pub async fn gen_post<A: super::Api>(
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
        "/op51/{gen}",
        uri.path(),
        &decoded_path,
    );
    let r#gen: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "gen", "simple", false);
    if let Some(v) = &r#gen {
        errors.check_param("path", "gen", v, 229usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#gen),) = (r#gen,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::gen_post(&*served.api, ctx, r#gen, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "gen_post", method = "POST", path = "/op51/{gen}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
