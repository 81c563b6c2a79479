//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `list_pets`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPetsParams {
    /// How many items to return at one time (max 100)
    pub limit: ::std::option::Option<i32>,
    /// Only pets with this status
    pub status: ::std::option::Option<super::types::PetStatus>,
    /// Correlation id echoed in logs
    pub x_request_id: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `list_pets`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPetsOkHeaders {
    /// A link to the next page of responses
    pub x_next: ::std::option::Option<::std::string::String>,
}
/// Responses of `list_pets`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ListPetsResponse {
    /// A paged array of pets
    Ok { body: super::types::Pets, headers: ListPetsOkHeaders },
    /// unexpected error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for ListPetsResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "x-next", &headers.x_next);
                response
            }
            Self::Default { status, body } => {
                super::runtime::json_response_as(status, "application/json", &body)
            }
        }
    }
}
/// axum handler for `GET` "/pets".
#[allow(unused_variables, unused_mut)]
pub async fn list_pets<A: super::Api>(
    ::axum::extract::State(
        served,
    ): ::axum::extract::State<::std::sync::Arc<super::Served<A>>>,
    ::axum::extract::RawQuery(raw_query): ::axum::extract::RawQuery,
    headers: ::axum::http::HeaderMap,
    extensions: ::axum::http::Extensions,
    raw_body: ::axum::body::Bytes,
) -> ::axum::response::Response {
    let mut errors = super::runtime::Errors::default();
    let pairs = super::runtime::parse_query_marked(raw_query.as_deref());
    let principal: ::std::option::Option<super::Principal> = None;
    let limit: ::std::option::Option<i32> = errors
        .query(&pairs, "limit", "form", true, false);
    let status_param: ::std::option::Option<super::types::PetStatus> = errors
        .query(&pairs, "status", "form", true, false);
    let x_request_id: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "X-Request-Id", false);
    if let Some(v) = &limit {
        errors.check_param("query", "limit", v, 0usize);
    }
    if let Some(v) = &status_param {
        errors.check_param("query", "status", v, 1usize);
    }
    if let Some(v) = &x_request_id {
        errors.check_param("header", "X-Request-Id", v, 2usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::list_pets(
        &*served.api,
        ctx,
        ListPetsParams {
            limit,
            status: status_param,
            x_request_id,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "listPets", method = "GET", path = "/pets", status
        = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `create_pet`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreatePetResponse {
    /// The pet was created
    Created(super::types::Pet),
    /// unexpected error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for CreatePetResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
            Self::Default { status, body } => {
                super::runtime::json_response_as(status, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/pets".
#[allow(unused_variables, unused_mut)]
pub async fn create_pet<A: super::Api>(
    ::axum::extract::State(
        served,
    ): ::axum::extract::State<::std::sync::Arc<super::Served<A>>>,
    ::axum::extract::RawQuery(raw_query): ::axum::extract::RawQuery,
    headers: ::axum::http::HeaderMap,
    extensions: ::axum::http::Extensions,
    raw_body: ::axum::body::Bytes,
) -> ::axum::response::Response {
    let mut errors = super::runtime::Errors::default();
    let pairs = super::runtime::parse_query_marked(raw_query.as_deref());
    let alternatives: &[&[usize]] = &[&[0usize]];
    let Some(credentials) = super::runtime::credentials(
        &headers,
        &pairs,
        super::SECURITY,
        alternatives,
    ) else {
        return super::runtime::unauthorized(
            super::SECURITY,
            alternatives,
            "application/json",
        );
    };
    let principal = match served.auth.authenticate_dyn("create_pet", &credentials).await
    {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/json"),
    };
    let body: ::std::option::Option<super::types::NewPet> = errors
        .json_body(&raw_body, true, Some(3usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(body),) = (body,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::create_pet(&*served.api, ctx, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "createPet", method = "POST", path = "/pets",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `show_pet_by_id`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ShowPetByIdResponse {
    /// Expected response to a valid request
    Ok(super::types::Pet),
    /// No pet with this id
    NotFound(super::types::Error),
    /// unexpected error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for ShowPetByIdResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => {
                super::runtime::json_response_as(200u16, "application/json", &body)
            }
            Self::NotFound(body) => {
                super::runtime::json_response_as(404u16, "application/json", &body)
            }
            Self::Default { status, body } => {
                super::runtime::json_response_as(status, "application/json", &body)
            }
        }
    }
}
/// axum handler for `GET` "/pets/{petId}".
#[allow(unused_variables, unused_mut)]
pub async fn show_pet_by_id<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[0usize]];
    let Some(credentials) = super::runtime::credentials(
        &headers,
        &pairs,
        super::SECURITY,
        alternatives,
    ) else {
        return super::runtime::unauthorized(
            super::SECURITY,
            alternatives,
            "application/json",
        );
    };
    let principal = match served
        .auth
        .authenticate_dyn("show_pet_by_id", &credentials)
        .await
    {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/pets/{petId}",
        uri.path(),
        &decoded_path,
    );
    let pet_id: ::std::option::Option<i64> = errors
        .path(&path_values, 0, "petId", "simple", false);
    if let Some(v) = &pet_id {
        errors.check_param("path", "petId", v, 15usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(pet_id),) = (pet_id,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::show_pet_by_id(&*served.api, ctx, pet_id);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "showPetById", method = "GET", path =
        "/pets/{petId}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `delete_pet`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum DeletePetResponse {
    /// The pet was deleted
    NoContent,
    /// No pet with this id
    NotFound(super::types::Error),
}
impl ::axum::response::IntoResponse for DeletePetResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::NoContent => super::runtime::empty_response(204u16),
            Self::NotFound(body) => {
                super::runtime::json_response_as(404u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `DELETE` "/pets/{petId}".
#[allow(unused_variables, unused_mut)]
pub async fn delete_pet<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[0usize]];
    let Some(credentials) = super::runtime::credentials(
        &headers,
        &pairs,
        super::SECURITY,
        alternatives,
    ) else {
        return super::runtime::unauthorized(
            super::SECURITY,
            alternatives,
            "application/json",
        );
    };
    let principal = match served.auth.authenticate_dyn("delete_pet", &credentials).await
    {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/pets/{petId}",
        uri.path(),
        &decoded_path,
    );
    let pet_id: ::std::option::Option<i64> = errors
        .path(&path_values, 0, "petId", "simple", false);
    if let Some(v) = &pet_id {
        errors.check_param("path", "petId", v, 15usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(pet_id),) = (pet_id,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::delete_pet(&*served.api, ctx, pet_id);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "deletePet", method = "DELETE", path =
        "/pets/{petId}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
