//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::n1st`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct N1stParams {
    pub n1st2: ::std::option::Option<::std::string::String>,
    pub n1st3: ::std::option::Option<::std::string::String>,
    pub n1st4: ::std::option::Option<::std::string::String>,
}
impl N1stParams {
    /// Sets `n1st2`.
    #[must_use]
    pub fn n1st2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.n1st2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `n1st3`.
    #[must_use]
    pub fn n1st3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.n1st3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `n1st4`.
    #[must_use]
    pub fn n1st4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.n1st4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::n1st`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct N1stOkHeaders {
    pub n1st: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::n1st`].
#[derive(Debug, Clone, PartialEq)]
pub enum N1stResponse {
    /// ok
    Ok { body: super::types::Everything, headers: N1stOkHeaders },
}
/// Documented error responses of [`super::Client::n1st`].
#[derive(Debug, Clone, PartialEq)]
pub enum N1stError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::n1st_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum N1stPostError {}
impl super::Client {
    /// */ operation 1st "#
    ///
    /// `GET /op69/{1st}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn n1st(
        &self,
        n1st: &str,
        params: &N1stParams,
    ) -> ::std::result::Result<N1stResponse, super::Error<N1stError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op69/");
        url.push_str(
            &super::runtime::path_param(
                "1st",
                &super::runtime::to_value("1st", &n1st)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.n1st2 {
            let v = super::runtime::to_value("1st", v)?;
            super::runtime::push_param(&mut query, "1st", &v, "form", true);
        }
        if let Some(v) = &params.n1st3 {
            let v = super::runtime::to_value("1st", v)?;
            headers.push(("1st", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.n1st4 {
            let v = super::runtime::to_value("1st", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "1st", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[69usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("n1st", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "1st", method = "GET", path = "/op69/{1st}",
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
        self.run_response_hooks("n1st", status, &response_headers);
        match status {
            200 => {
                let headers = N1stOkHeaders {
                    n1st: super::runtime::optional_header(
                        &response_headers,
                        "1st",
                        status,
                    )?,
                };
                Ok(N1stResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        N1stError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(N1stError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            N1stError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op69/{1st}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn n1st_post(
        &self,
        n1st: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<N1stPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op69/");
        url.push_str(
            &super::runtime::path_param(
                "1st",
                &super::runtime::to_value("1st", &n1st)?,
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
            .run_request_hooks("n1st_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "1st_post", method = "POST", path =
            "/op69/{1st}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("n1st_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        N1stPostError,
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
