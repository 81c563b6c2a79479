//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::server`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServerParams {
    pub server2: ::std::option::Option<::std::string::String>,
    pub server3: ::std::option::Option<::std::string::String>,
    pub server4: ::std::option::Option<::std::string::String>,
}
impl ServerParams {
    /// Sets `server2`.
    #[must_use]
    pub fn server2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `server3`.
    #[must_use]
    pub fn server3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `server4`.
    #[must_use]
    pub fn server4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::server`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServerOkHeaders {
    pub server: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::server`].
#[derive(Debug, Clone, PartialEq)]
pub enum ServerResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ServerOkHeaders },
}
/// Documented error responses of [`super::Client::server`].
#[derive(Debug, Clone, PartialEq)]
pub enum ServerError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::server_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum ServerPostError {}
impl super::Client {
    /// */ operation server "#
    ///
    /// `GET /op171/{server}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn server(
        &self,
        server: &str,
        params: &ServerParams,
    ) -> ::std::result::Result<ServerResponse, super::Error<ServerError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op171/");
        url.push_str(
            &super::runtime::path_param(
                "server",
                &super::runtime::to_value("server", &server)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.server2 {
            let v = super::runtime::to_value("server", v)?;
            super::runtime::push_param(&mut query, "server", &v, "form", true);
        }
        if let Some(v) = &params.server3 {
            let v = super::runtime::to_value("server", v)?;
            headers.push(("server", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.server4 {
            let v = super::runtime::to_value("server", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "server", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[171usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("server", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "server", method = "GET", path =
            "/op171/{server}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("server", status, &response_headers);
        match status {
            200 => {
                let headers = ServerOkHeaders {
                    server: super::runtime::optional_header(
                        &response_headers,
                        "server",
                        status,
                    )?,
                };
                Ok(ServerResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        ServerError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(ServerError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            ServerError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op171/{server}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn server_post(
        &self,
        server: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ServerPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op171/");
        url.push_str(
            &super::runtime::path_param(
                "server",
                &super::runtime::to_value("server", &server)?,
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
            .run_request_hooks("server_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "server_post", method = "POST", path =
            "/op171/{server}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("server_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ServerPostError,
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
