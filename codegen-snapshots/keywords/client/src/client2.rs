//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::client`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ClientParams {
    pub client2: ::std::option::Option<::std::string::String>,
    pub client3: ::std::option::Option<::std::string::String>,
    pub client4: ::std::option::Option<::std::string::String>,
}
impl ClientParams {
    /// Sets `client2`.
    #[must_use]
    pub fn client2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `client3`.
    #[must_use]
    pub fn client3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `client4`.
    #[must_use]
    pub fn client4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::client`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ClientOkHeaders {
    pub client: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::client`].
#[derive(Debug, Clone, PartialEq)]
pub enum ClientResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ClientOkHeaders },
}
/// Documented error responses of [`super::Client::client`].
#[derive(Debug, Clone, PartialEq)]
pub enum ClientError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::client_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum ClientPostError {}
impl super::Client {
    /// */ operation Client "#
    ///
    /// `GET /op145/{Client}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn client(
        &self,
        client: &str,
        params: &ClientParams,
    ) -> ::std::result::Result<ClientResponse, super::Error<ClientError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op145/");
        url.push_str(
            &super::runtime::path_param(
                "Client",
                &super::runtime::to_value("Client", &client)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.client2 {
            let v = super::runtime::to_value("Client", v)?;
            super::runtime::push_param(&mut query, "Client", &v, "form", true);
        }
        if let Some(v) = &params.client3 {
            let v = super::runtime::to_value("Client", v)?;
            headers.push(("Client", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.client4 {
            let v = super::runtime::to_value("Client", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Client", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[145usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("client", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Client", method = "GET", path =
            "/op145/{Client}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("client", status, &response_headers);
        match status {
            200 => {
                let headers = ClientOkHeaders {
                    client: super::runtime::optional_header(
                        &response_headers,
                        "Client",
                        status,
                    )?,
                };
                Ok(ClientResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        ClientError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(ClientError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            ClientError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op145/{Client}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn client_post(
        &self,
        client: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ClientPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op145/");
        url.push_str(
            &super::runtime::path_param(
                "Client",
                &super::runtime::to_value("Client", &client)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
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
        if let Some(b) = body.into() {
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("client_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Client_post", method = "POST", path =
            "/op145/{Client}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("client_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ClientPostError,
                    >(status, &bytes)?,
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
