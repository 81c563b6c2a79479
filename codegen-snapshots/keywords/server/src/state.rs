//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `state`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StateParams {
    pub state2: ::std::option::Option<::std::string::String>,
    pub state3: ::std::option::Option<::std::string::String>,
    pub state4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `state`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StateOkHeaders {
    pub state: ::std::option::Option<::std::string::String>,
}
/// Responses of `state`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum StateResponse {
    /// ok
    Ok { body: super::types::Everything, headers: StateOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for StateResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "State", &headers.state);
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
/// axum handler for `GET` "/op153/{State}".
#[allow(unused_variables, unused_mut)]
pub async fn state<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[153usize]];
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
    let principal = match served.auth.authenticate_dyn("state", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op153/{State}",
        uri.path(),
        &decoded_path,
    );
    let state_param: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "State", "simple", false);
    let state2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "State", "form", true, false);
    let state3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "State", false);
    let state4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "State", false);
    if let Some(v) = &state_param {
        errors.check_param("path", "State", v, 637usize);
    }
    if let Some(v) = &state2 {
        errors.check_param("query", "State", v, 638usize);
    }
    if let Some(v) = &state3 {
        errors.check_param("header", "State", v, 639usize);
    }
    if let Some(v) = &state4 {
        errors.check_param("cookie", "State", v, 640usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(state_param),) = (state_param,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::state(
        &*served.api,
        ctx,
        state_param,
        StateParams {
            state2,
            state3,
            state4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "State", method = "GET", path = "/op153/{State}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `state_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum StatePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for StatePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op153/{State}".
#[allow(unused_variables, unused_mut)]
pub async fn state_post<A: super::Api>(
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
        "/op153/{State}",
        uri.path(),
        &decoded_path,
    );
    let state_param: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "State", "simple", false);
    if let Some(v) = &state_param {
        errors.check_param("path", "State", v, 637usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(state_param),) = (state_param,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::state_post(&*served.api, ctx, state_param, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "State_post", method = "POST", path =
        "/op153/{State}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
