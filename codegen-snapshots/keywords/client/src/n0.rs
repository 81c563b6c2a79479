//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::n0`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct N0Params {
    pub n0_2: ::std::option::Option<::std::string::String>,
    pub n0_3: ::std::option::Option<::std::string::String>,
    pub n0_4: ::std::option::Option<::std::string::String>,
}
impl N0Params {
    /// Sets `n0_2`.
    #[must_use]
    pub fn n0_2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.n0_2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `n0_3`.
    #[must_use]
    pub fn n0_3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.n0_3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `n0_4`.
    #[must_use]
    pub fn n0_4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.n0_4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::n0`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct N0OkHeaders {
    pub n0: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::n0`].
#[derive(Debug, Clone, PartialEq)]
pub enum N0Response {
    /// ok
    Ok { body: super::types::Everything, headers: N0OkHeaders },
}
/// Documented error responses of [`super::Client::n0`].
#[derive(Debug, Clone, PartialEq)]
pub enum N0Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::n0_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum N0PostError {}
impl super::Client {
    /// */ operation 0 "#
    ///
    /// `GET /op68/{0}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn n0(
        &self,
        n0: &str,
        params: &N0Params,
    ) -> ::std::result::Result<N0Response, super::Error<N0Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op68/");
        url.push_str(
            &super::runtime::path_param(
                "0",
                &super::runtime::to_value("0", &n0)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.n0_2 {
            let v = super::runtime::to_value("0", v)?;
            super::runtime::push_param(&mut query, "0", &v, "form", true);
        }
        if let Some(v) = &params.n0_3 {
            let v = super::runtime::to_value("0", v)?;
            headers.push(("0", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.n0_4 {
            let v = super::runtime::to_value("0", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "0", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[68usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("n0", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "0", method = "GET", path = "/op68/{0}",
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
        self.run_response_hooks("n0", status, &response_headers);
        match status {
            200 => {
                let headers = N0OkHeaders {
                    n0: super::runtime::optional_header(&response_headers, "0", status)?,
                };
                Ok(N0Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        N0Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(N0Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            N0Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op68/{0}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn n0_post(
        &self,
        n0: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<N0PostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op68/");
        url.push_str(
            &super::runtime::path_param(
                "0",
                &super::runtime::to_value("0", &n0)?,
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
        let req = self.run_request_hooks("n0_post", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "0_post", method = "POST", path =
            "/op68/{0}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("n0_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        N0PostError,
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
