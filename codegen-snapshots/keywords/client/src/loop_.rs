//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::loop`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoopParams {
    pub loop2: ::std::option::Option<::std::string::String>,
    pub loop3: ::std::option::Option<::std::string::String>,
    pub loop4: ::std::option::Option<::std::string::String>,
}
impl LoopParams {
    /// Sets `loop2`.
    #[must_use]
    pub fn loop2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.loop2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `loop3`.
    #[must_use]
    pub fn loop3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.loop3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `loop4`.
    #[must_use]
    pub fn loop4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.loop4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::loop`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoopOkHeaders {
    pub r#loop: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::loop`].
#[derive(Debug, Clone, PartialEq)]
pub enum LoopResponse {
    /// ok
    Ok { body: super::types::Everything, headers: LoopOkHeaders },
}
/// Documented error responses of [`super::Client::loop`].
#[derive(Debug, Clone, PartialEq)]
pub enum LoopError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::loop_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum LoopPostError {}
impl super::Client {
    /// */ operation loop "#
    ///
    /// `GET /op15/{loop}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#loop(
        &self,
        r#loop: &str,
        params: &LoopParams,
    ) -> ::std::result::Result<LoopResponse, super::Error<LoopError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op15/");
        url.push_str(
            &super::runtime::path_param(
                "loop",
                &super::runtime::to_value("loop", &r#loop)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.loop2 {
            let v = super::runtime::to_value("loop", v)?;
            super::runtime::push_param(&mut query, "loop", &v, "form", true);
        }
        if let Some(v) = &params.loop3 {
            let v = super::runtime::to_value("loop", v)?;
            headers.push(("loop", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.loop4 {
            let v = super::runtime::to_value("loop", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "loop", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[15usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("loop", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "loop", method = "GET", path =
            "/op15/{loop}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("loop", status, &response_headers);
        match status {
            200 => {
                let headers = LoopOkHeaders {
                    r#loop: super::runtime::optional_header(
                        &response_headers,
                        "loop",
                        status,
                    )?,
                };
                Ok(LoopResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        LoopError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(LoopError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            LoopError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op15/{loop}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn loop_post(
        &self,
        r#loop: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<LoopPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op15/");
        url.push_str(
            &super::runtime::path_param(
                "loop",
                &super::runtime::to_value("loop", &r#loop)?,
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
            .run_request_hooks("loop_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "loop_post", method = "POST", path =
            "/op15/{loop}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("loop_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        LoopPostError,
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
