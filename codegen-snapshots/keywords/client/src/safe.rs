//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::safe`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SafeParams {
    pub safe2: ::std::option::Option<::std::string::String>,
    pub safe3: ::std::option::Option<::std::string::String>,
    pub safe4: ::std::option::Option<::std::string::String>,
}
impl SafeParams {
    /// Sets `safe2`.
    #[must_use]
    pub fn safe2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.safe2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `safe3`.
    #[must_use]
    pub fn safe3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.safe3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `safe4`.
    #[must_use]
    pub fn safe4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.safe4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::safe`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SafeOkHeaders {
    pub safe: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::safe`].
#[derive(Debug, Clone, PartialEq)]
pub enum SafeResponse {
    /// ok
    Ok { body: super::types::Everything, headers: SafeOkHeaders },
}
/// Documented error responses of [`super::Client::safe`].
#[derive(Debug, Clone, PartialEq)]
pub enum SafeError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::safe_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum SafePostError {}
impl super::Client {
    /// */ operation safe "#
    ///
    /// `GET /op55/{safe}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn safe(
        &self,
        safe: &str,
        params: &SafeParams,
    ) -> ::std::result::Result<SafeResponse, super::Error<SafeError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op55/");
        url.push_str(
            &super::runtime::path_param(
                "safe",
                &super::runtime::to_value("safe", &safe)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.safe2 {
            let v = super::runtime::to_value("safe", v)?;
            super::runtime::push_param(&mut query, "safe", &v, "form", true);
        }
        if let Some(v) = &params.safe3 {
            let v = super::runtime::to_value("safe", v)?;
            headers.push(("safe", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.safe4 {
            let v = super::runtime::to_value("safe", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "safe", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[55usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("safe", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "safe", method = "GET", path =
            "/op55/{safe}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("safe", status, &response_headers);
        match status {
            200 => {
                let headers = SafeOkHeaders {
                    safe: super::runtime::optional_header(
                        &response_headers,
                        "safe",
                        status,
                    )?,
                };
                Ok(SafeResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        SafeError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(SafeError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            SafeError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op55/{safe}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn safe_post(
        &self,
        safe: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<SafePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op55/");
        url.push_str(
            &super::runtime::path_param(
                "safe",
                &super::runtime::to_value("safe", &safe)?,
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
            .run_request_hooks("safe_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "safe_post", method = "POST", path =
            "/op55/{safe}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("safe_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        SafePostError,
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
