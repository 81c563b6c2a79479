//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::req`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReqParams {
    pub req3: ::std::option::Option<::std::string::String>,
    pub req4: ::std::option::Option<::std::string::String>,
    pub req5: ::std::option::Option<::std::string::String>,
}
impl ReqParams {
    /// Sets `req3`.
    #[must_use]
    pub fn req3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.req3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `req4`.
    #[must_use]
    pub fn req4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.req4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `req5`.
    #[must_use]
    pub fn req5(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.req5 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::req`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReqOkHeaders {
    pub req: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::req`].
#[derive(Debug, Clone, PartialEq)]
pub enum ReqResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ReqOkHeaders },
}
/// Documented error responses of [`super::Client::req`].
#[derive(Debug, Clone, PartialEq)]
pub enum ReqError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::req_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum ReqPostError {}
impl super::Client {
    /// */ operation req "#
    ///
    /// `GET /op188/{req}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn req(
        &self,
        req2: &str,
        params: &ReqParams,
    ) -> ::std::result::Result<ReqResponse, super::Error<ReqError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op188/");
        url.push_str(
            &super::runtime::path_param(
                "req",
                &super::runtime::to_value("req", &req2)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.req3 {
            let v = super::runtime::to_value("req", v)?;
            super::runtime::push_param(&mut query, "req", &v, "form", true);
        }
        if let Some(v) = &params.req4 {
            let v = super::runtime::to_value("req", v)?;
            headers.push(("req", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.req5 {
            let v = super::runtime::to_value("req", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "req", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[188usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("req", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "req", method = "GET", path =
            "/op188/{req}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("req", status, &response_headers);
        match status {
            200 => {
                let headers = ReqOkHeaders {
                    req: super::runtime::optional_header(
                        &response_headers,
                        "req",
                        status,
                    )?,
                };
                Ok(ReqResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        ReqError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(ReqError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            ReqError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op188/{req}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn req_post(
        &self,
        req2: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ReqPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op188/");
        url.push_str(
            &super::runtime::path_param(
                "req",
                &super::runtime::to_value("req", &req2)?,
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
            .run_request_hooks("req_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "req_post", method = "POST", path =
            "/op188/{req}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("req_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ReqPostError,
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
