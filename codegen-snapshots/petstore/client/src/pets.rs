//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::list_pets`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPetsParams {
    /// How many items to return at one time (max 100)
    pub limit: ::std::option::Option<i32>,
    /// Only pets with this status
    pub status: ::std::option::Option<super::types::PetStatus>,
    /// Correlation id echoed in logs
    pub x_request_id: ::std::option::Option<::std::string::String>,
}
impl ListPetsParams {
    /// Sets `limit`.
    #[must_use]
    pub fn limit(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.limit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    #[must_use]
    pub fn status(
        mut self,
        value: impl ::std::convert::Into<super::types::PetStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `x_request_id`.
    #[must_use]
    pub fn x_request_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.x_request_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::list_pets`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPetsOkHeaders {
    /// A link to the next page of responses
    pub x_next: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::list_pets`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListPetsResponse {
    /// A paged array of pets
    Ok { body: super::types::Pets, headers: ListPetsOkHeaders },
}
/// Documented error responses of [`super::Client::list_pets`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListPetsError {
    /// unexpected error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::create_pet`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreatePetError {
    /// unexpected error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::show_pet_by_id`].
#[derive(Debug, Clone, PartialEq)]
pub enum ShowPetByIdError {
    /// No pet with this id
    NotFound(super::types::Error),
    /// unexpected error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::delete_pet`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeletePetError {
    /// No pet with this id
    NotFound(super::types::Error),
}
impl super::Client {
    /// List all pets
    ///
    /// `GET /pets`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn list_pets(
        &self,
        params: &ListPetsParams,
    ) -> ::std::result::Result<ListPetsResponse, super::Error<ListPetsError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/pets");
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.limit {
            let v = super::runtime::to_value("limit", v)?;
            super::runtime::push_param(&mut query, "limit", &v, "form", true);
        }
        if let Some(v) = &params.status {
            let v = super::runtime::to_value("status", v)?;
            super::runtime::push_param(&mut query, "status", &v, "form", true);
        }
        if let Some(v) = &params.x_request_id {
            let v = super::runtime::to_value("X-Request-Id", v)?;
            headers.push(("X-Request-Id", super::runtime::simple(&v, false)));
        }
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self
            .run_request_hooks("list_pets", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "listPets", method = "GET", path = "/pets",
            status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("list_pets", status, &response_headers);
        match status {
            200 => {
                let headers = ListPetsOkHeaders {
                    x_next: super::runtime::optional_header(
                        &response_headers,
                        "x-next",
                        status,
                    )?,
                };
                Ok(ListPetsResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Pets,
                        ListPetsError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(ListPetsError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            ListPetsError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// Create a pet
    ///
    /// `POST /pets`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn create_pet(
        &self,
        body: &super::types::NewPet,
    ) -> ::std::result::Result<super::types::Pet, super::Error<CreatePetError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/pets");
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        self.authorize(&[&[0usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("create_pet", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "createPet", method = "POST", path =
            "/pets", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("create_pet", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Pet,
                        CreatePetError,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(
                    super::Error::Api(CreatePetError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            CreatePetError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// Info for a specific pet
    ///
    /// `GET /pets/{petId}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn show_pet_by_id(
        &self,
        pet_id: i64,
    ) -> ::std::result::Result<super::types::Pet, super::Error<ShowPetByIdError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/pets/");
        url.push_str(
            &super::runtime::path_param(
                "petId",
                &super::runtime::to_value("petId", &pet_id)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        self.authorize(&[&[0usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self
            .run_request_hooks("show_pet_by_id", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "showPetById", method = "GET", path =
            "/pets/{petId}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("show_pet_by_id", status, &response_headers);
        match status {
            200 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Pet,
                        ShowPetByIdError,
                    >(status, &bytes)?,
                )
            }
            404 => {
                Err(
                    super::Error::Api(
                        ShowPetByIdError::NotFound(
                            super::runtime::decode_json::<
                                super::types::Error,
                                ShowPetByIdError,
                            >(status, &bytes)?,
                        ),
                    ),
                )
            }
            _ => {
                Err(
                    super::Error::Api(ShowPetByIdError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            ShowPetByIdError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// Delete a pet
    ///
    /// `DELETE /pets/{petId}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn delete_pet(
        &self,
        pet_id: i64,
    ) -> ::std::result::Result<(), super::Error<DeletePetError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/pets/");
        url.push_str(
            &super::runtime::path_param(
                "petId",
                &super::runtime::to_value("petId", &pet_id)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        self.authorize(&[&[0usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::DELETE, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self
            .run_request_hooks("delete_pet", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "deletePet", method = "DELETE", path =
            "/pets/{petId}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("delete_pet", status, &response_headers);
        match status {
            204 => Ok(()),
            404 => {
                Err(
                    super::Error::Api(
                        DeletePetError::NotFound(
                            super::runtime::decode_json::<
                                super::types::Error,
                                DeletePetError,
                            >(status, &bytes)?,
                        ),
                    ),
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
