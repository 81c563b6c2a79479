//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::raw`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RawParams {
    pub raw2: ::std::option::Option<::std::string::String>,
    pub raw3: ::std::option::Option<::std::string::String>,
    pub raw4: ::std::option::Option<::std::string::String>,
}
impl RawParams {
    /// Sets `raw2`.
    #[must_use]
    pub fn raw2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.raw2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `raw3`.
    #[must_use]
    pub fn raw3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.raw3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `raw4`.
    #[must_use]
    pub fn raw4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.raw4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::raw`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RawOkHeaders {
    pub raw: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::raw`].
#[derive(Debug, Clone, PartialEq)]
pub enum RawResponse {
    /// ok
    Ok { body: super::types::Everything, headers: RawOkHeaders },
}
/// Documented error responses of [`super::Client::raw`].
#[derive(Debug, Clone, PartialEq)]
pub enum RawError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::raw_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum RawPostError {}
impl super::Client {
    /// */ operation raw "#
    ///
    /// `GET /op54/{raw}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn raw(
        &self,
        raw: &str,
        params: &RawParams,
    ) -> ::std::result::Result<RawResponse, super::Error<RawError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op54/");
        url.push_str(
            &super::runtime::path_param(
                "raw",
                &super::runtime::to_value("raw", &raw)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.raw2 {
            let v = super::runtime::to_value("raw", v)?;
            super::runtime::push_param(&mut query, "raw", &v, "form", true);
        }
        if let Some(v) = &params.raw3 {
            let v = super::runtime::to_value("raw", v)?;
            headers.push(("raw", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.raw4 {
            let v = super::runtime::to_value("raw", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "raw", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[54usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("raw", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "raw", method = "GET", path = "/op54/{raw}",
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
        self.run_response_hooks("raw", status, &response_headers);
        match status {
            200 => {
                let headers = RawOkHeaders {
                    raw: super::runtime::optional_header(
                        &response_headers,
                        "raw",
                        status,
                    )?,
                };
                Ok(RawResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        RawError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(RawError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            RawError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op54/{raw}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn raw_post(
        &self,
        raw: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<RawPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op54/");
        url.push_str(
            &super::runtime::path_param(
                "raw",
                &super::runtime::to_value("raw", &raw)?,
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
            .run_request_hooks("raw_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "raw_post", method = "POST", path =
            "/op54/{raw}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("raw_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        RawPostError,
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
