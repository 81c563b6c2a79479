//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::client2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Client2Params {
    pub client2: ::std::option::Option<::std::string::String>,
    pub client3: ::std::option::Option<::std::string::String>,
    pub client4: ::std::option::Option<::std::string::String>,
}
impl Client2Params {
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
/// Headers of the Ok response of [`super::Client::client2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Client2OkHeaders {
    pub client: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::client2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Client2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Client2OkHeaders },
}
/// Documented error responses of [`super::Client::client2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Client2Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::client_post2`].
#[derive(Debug, Clone, PartialEq)]
pub enum ClientPost2Error {}
impl super::Client {
    /// */ operation client "#
    ///
    /// `GET /op170/{client}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn client2(
        &self,
        client: &str,
        params: &Client2Params,
    ) -> ::std::result::Result<Client2Response, super::Error<Client2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op170/");
        url.push_str(
            &super::runtime::path_param(
                "client",
                &super::runtime::to_value("client", &client)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.client2 {
            let v = super::runtime::to_value("client", v)?;
            super::runtime::push_param(&mut query, "client", &v, "form", true);
        }
        if let Some(v) = &params.client3 {
            let v = super::runtime::to_value("client", v)?;
            headers.push(("client", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.client4 {
            let v = super::runtime::to_value("client", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "client", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[170usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("client2", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "client", method = "GET", path =
            "/op170/{client}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("client2", status, &response_headers);
        match status {
            200 => {
                let headers = Client2OkHeaders {
                    client: super::runtime::optional_header(
                        &response_headers,
                        "client",
                        status,
                    )?,
                };
                Ok(Client2Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        Client2Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(Client2Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            Client2Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op170/{client}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn client_post2(
        &self,
        client: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ClientPost2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op170/");
        url.push_str(
            &super::runtime::path_param(
                "client",
                &super::runtime::to_value("client", &client)?,
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
            .run_request_hooks("client_post2", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "client_post", method = "POST", path =
            "/op170/{client}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("client_post2", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ClientPost2Error,
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
