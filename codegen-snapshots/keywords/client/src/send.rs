//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::send`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SendParams {
    pub send2: ::std::option::Option<::std::string::String>,
    pub send3: ::std::option::Option<::std::string::String>,
    pub send4: ::std::option::Option<::std::string::String>,
}
impl SendParams {
    /// Sets `send2`.
    #[must_use]
    pub fn send2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.send2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `send3`.
    #[must_use]
    pub fn send3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.send3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `send4`.
    #[must_use]
    pub fn send4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.send4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::send`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SendOkHeaders {
    pub send: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::send`].
#[derive(Debug, Clone, PartialEq)]
pub enum SendResponse {
    /// ok
    Ok { body: super::types::Everything, headers: SendOkHeaders },
}
/// Documented error responses of [`super::Client::send`].
#[derive(Debug, Clone, PartialEq)]
pub enum SendError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::send_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum SendPostError {}
impl super::Client {
    /// */ operation Send "#
    ///
    /// `GET /op114/{Send}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn send(
        &self,
        send: &str,
        params: &SendParams,
    ) -> ::std::result::Result<SendResponse, super::Error<SendError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op114/");
        url.push_str(
            &super::runtime::path_param(
                "Send",
                &super::runtime::to_value("Send", &send)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.send2 {
            let v = super::runtime::to_value("Send", v)?;
            super::runtime::push_param(&mut query, "Send", &v, "form", true);
        }
        if let Some(v) = &params.send3 {
            let v = super::runtime::to_value("Send", v)?;
            headers.push(("Send", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.send4 {
            let v = super::runtime::to_value("Send", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Send", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[114usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("send", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Send", method = "GET", path =
            "/op114/{Send}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("send", status, &response_headers);
        match status {
            200 => {
                let headers = SendOkHeaders {
                    send: super::runtime::optional_header(
                        &response_headers,
                        "Send",
                        status,
                    )?,
                };
                Ok(SendResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        SendError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(SendError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            SendError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op114/{Send}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn send_post(
        &self,
        send: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<SendPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op114/");
        url.push_str(
            &super::runtime::path_param(
                "Send",
                &super::runtime::to_value("Send", &send)?,
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
            .run_request_hooks("send_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Send_post", method = "POST", path =
            "/op114/{Send}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("send_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        SendPostError,
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
