//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::status_code`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StatusCodeParams {
    pub status_code2: ::std::option::Option<::std::string::String>,
    pub status_code3: ::std::option::Option<::std::string::String>,
    pub status_code4: ::std::option::Option<::std::string::String>,
}
impl StatusCodeParams {
    /// Sets `status_code2`.
    #[must_use]
    pub fn status_code2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_code2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status_code3`.
    #[must_use]
    pub fn status_code3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_code3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status_code4`.
    #[must_use]
    pub fn status_code4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_code4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::status_code`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StatusCodeOkHeaders {
    pub status_code: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::status_code`].
#[derive(Debug, Clone, PartialEq)]
pub enum StatusCodeResponse {
    /// ok
    Ok { body: super::types::Everything, headers: StatusCodeOkHeaders },
}
/// Documented error responses of [`super::Client::status_code`].
#[derive(Debug, Clone, PartialEq)]
pub enum StatusCodeError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::status_code_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum StatusCodePostError {}
impl super::Client {
    /// */ operation StatusCode "#
    ///
    /// `GET /op158/{StatusCode}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn status_code(
        &self,
        status_code: &str,
        params: &StatusCodeParams,
    ) -> ::std::result::Result<StatusCodeResponse, super::Error<StatusCodeError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op158/");
        url.push_str(
            &super::runtime::path_param(
                "StatusCode",
                &super::runtime::to_value("StatusCode", &status_code)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.status_code2 {
            let v = super::runtime::to_value("StatusCode", v)?;
            super::runtime::push_param(&mut query, "StatusCode", &v, "form", true);
        }
        if let Some(v) = &params.status_code3 {
            let v = super::runtime::to_value("StatusCode", v)?;
            headers.push(("StatusCode", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.status_code4 {
            let v = super::runtime::to_value("StatusCode", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "StatusCode", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[158usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self
            .run_request_hooks("status_code", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "StatusCode", method = "GET", path =
            "/op158/{StatusCode}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("status_code", status, &response_headers);
        match status {
            200 => {
                let headers = StatusCodeOkHeaders {
                    status_code: super::runtime::optional_header(
                        &response_headers,
                        "StatusCode",
                        status,
                    )?,
                };
                Ok(StatusCodeResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        StatusCodeError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(StatusCodeError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            StatusCodeError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op158/{StatusCode}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn status_code_post(
        &self,
        status_code: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<
        super::types::Untagged,
        super::Error<StatusCodePostError>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op158/");
        url.push_str(
            &super::runtime::path_param(
                "StatusCode",
                &super::runtime::to_value("StatusCode", &status_code)?,
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
            .run_request_hooks("status_code_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "StatusCode_post", method = "POST", path =
            "/op158/{StatusCode}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("status_code_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        StatusCodePostError,
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
