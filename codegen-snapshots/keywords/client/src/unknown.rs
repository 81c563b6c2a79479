//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::unknown`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnknownParams {
    pub unknown2: ::std::option::Option<::std::string::String>,
    pub unknown3: ::std::option::Option<::std::string::String>,
    pub unknown4: ::std::option::Option<::std::string::String>,
}
impl UnknownParams {
    /// Sets `unknown2`.
    #[must_use]
    pub fn unknown2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.unknown2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `unknown3`.
    #[must_use]
    pub fn unknown3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.unknown3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `unknown4`.
    #[must_use]
    pub fn unknown4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.unknown4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::unknown`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnknownOkHeaders {
    pub unknown: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::unknown`].
#[derive(Debug, Clone, PartialEq)]
pub enum UnknownResponse {
    /// ok
    Ok { body: super::types::Everything, headers: UnknownOkHeaders },
}
/// Documented error responses of [`super::Client::unknown`].
#[derive(Debug, Clone, PartialEq)]
pub enum UnknownError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::unknown_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum UnknownPostError {}
impl super::Client {
    /// */ operation Unknown "#
    ///
    /// `GET /op160/{Unknown}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn unknown(
        &self,
        unknown: &str,
        params: &UnknownParams,
    ) -> ::std::result::Result<UnknownResponse, super::Error<UnknownError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op160/");
        url.push_str(
            &super::runtime::path_param(
                "Unknown",
                &super::runtime::to_value("Unknown", &unknown)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.unknown2 {
            let v = super::runtime::to_value("Unknown", v)?;
            super::runtime::push_param(&mut query, "Unknown", &v, "form", true);
        }
        if let Some(v) = &params.unknown3 {
            let v = super::runtime::to_value("Unknown", v)?;
            headers.push(("Unknown", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.unknown4 {
            let v = super::runtime::to_value("Unknown", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Unknown", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[160usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("unknown", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Unknown", method = "GET", path =
            "/op160/{Unknown}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("unknown", status, &response_headers);
        match status {
            200 => {
                let headers = UnknownOkHeaders {
                    unknown: super::runtime::optional_header(
                        &response_headers,
                        "Unknown",
                        status,
                    )?,
                };
                Ok(UnknownResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        UnknownError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(UnknownError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            UnknownError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op160/{Unknown}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn unknown_post(
        &self,
        unknown: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<UnknownPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op160/");
        url.push_str(
            &super::runtime::path_param(
                "Unknown",
                &super::runtime::to_value("Unknown", &unknown)?,
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
            .run_request_hooks("unknown_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Unknown_post", method = "POST", path =
            "/op160/{Unknown}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("unknown_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        UnknownPostError,
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
