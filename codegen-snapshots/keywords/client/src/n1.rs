//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::n1`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct N1Params {
    pub n1_2: ::std::option::Option<::std::string::String>,
    pub n1_3: ::std::option::Option<::std::string::String>,
    pub n1_4: ::std::option::Option<::std::string::String>,
}
impl N1Params {
    /// Sets `n1_2`.
    #[must_use]
    pub fn n1_2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.n1_2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `n1_3`.
    #[must_use]
    pub fn n1_3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.n1_3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `n1_4`.
    #[must_use]
    pub fn n1_4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.n1_4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::n1`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct N1OkHeaders {
    pub n1: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::n1`].
#[derive(Debug, Clone, PartialEq)]
pub enum N1Response {
    /// ok
    Ok { body: super::types::Everything, headers: N1OkHeaders },
}
/// Documented error responses of [`super::Client::n1`].
#[derive(Debug, Clone, PartialEq)]
pub enum N1Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::n1_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum N1PostError {}
impl super::Client {
    /// */ operation -1 "#
    ///
    /// `GET /op70/{-1}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn n1(
        &self,
        n1: &str,
        params: &N1Params,
    ) -> ::std::result::Result<N1Response, super::Error<N1Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op70/");
        url.push_str(
            &super::runtime::path_param(
                "-1",
                &super::runtime::to_value("-1", &n1)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.n1_2 {
            let v = super::runtime::to_value("-1", v)?;
            super::runtime::push_param(&mut query, "-1", &v, "form", true);
        }
        if let Some(v) = &params.n1_3 {
            let v = super::runtime::to_value("-1", v)?;
            headers.push(("-1", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.n1_4 {
            let v = super::runtime::to_value("-1", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "-1", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[70usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("n1", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "-1", method = "GET", path = "/op70/{-1}",
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
        self.run_response_hooks("n1", status, &response_headers);
        match status {
            200 => {
                let headers = N1OkHeaders {
                    n1: super::runtime::optional_header(&response_headers, "-1", status)?,
                };
                Ok(N1Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        N1Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(N1Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            N1Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op70/{-1}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn n1_post(
        &self,
        n1: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<N1PostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op70/");
        url.push_str(
            &super::runtime::path_param(
                "-1",
                &super::runtime::to_value("-1", &n1)?,
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
        let req = self.run_request_hooks("n1_post", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "-1_post", method = "POST", path =
            "/op70/{-1}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("n1_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        N1PostError,
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
