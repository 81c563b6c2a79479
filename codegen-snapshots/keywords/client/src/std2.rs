//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::std`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StdParams {
    pub std2: ::std::option::Option<::std::string::String>,
    pub std3: ::std::option::Option<::std::string::String>,
    pub std4: ::std::option::Option<::std::string::String>,
}
impl StdParams {
    /// Sets `std2`.
    #[must_use]
    pub fn std2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.std2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `std3`.
    #[must_use]
    pub fn std3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.std3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `std4`.
    #[must_use]
    pub fn std4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.std4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::std`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StdOkHeaders {
    pub std: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::std`].
#[derive(Debug, Clone, PartialEq)]
pub enum StdResponse {
    /// ok
    Ok { body: super::types::Everything, headers: StdOkHeaders },
}
/// Documented error responses of [`super::Client::std`].
#[derive(Debug, Clone, PartialEq)]
pub enum StdError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::std_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum StdPostError {}
impl super::Client {
    /// */ operation std "#
    ///
    /// `GET /op182/{std}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn std(
        &self,
        std: &str,
        params: &StdParams,
    ) -> ::std::result::Result<StdResponse, super::Error<StdError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op182/");
        url.push_str(
            &super::runtime::path_param(
                "std",
                &super::runtime::to_value("std", &std)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.std2 {
            let v = super::runtime::to_value("std", v)?;
            super::runtime::push_param(&mut query, "std", &v, "form", true);
        }
        if let Some(v) = &params.std3 {
            let v = super::runtime::to_value("std", v)?;
            headers.push(("std", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.std4 {
            let v = super::runtime::to_value("std", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "std", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[182usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("std", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "std", method = "GET", path =
            "/op182/{std}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("std", status, &response_headers);
        match status {
            200 => {
                let headers = StdOkHeaders {
                    std: super::runtime::optional_header(
                        &response_headers,
                        "std",
                        status,
                    )?,
                };
                Ok(StdResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        StdError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(StdError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            StdError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op182/{std}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn std_post(
        &self,
        std: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<StdPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op182/");
        url.push_str(
            &super::runtime::path_param(
                "std",
                &super::runtime::to_value("std", &std)?,
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
            .run_request_hooks("std_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "std_post", method = "POST", path =
            "/op182/{std}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("std_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        StdPostError,
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
