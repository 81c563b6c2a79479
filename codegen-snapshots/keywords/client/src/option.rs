//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::option`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OptionParams {
    pub option2: ::std::option::Option<::std::string::String>,
    pub option3: ::std::option::Option<::std::string::String>,
    pub option4: ::std::option::Option<::std::string::String>,
}
impl OptionParams {
    /// Sets `option2`.
    #[must_use]
    pub fn option2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.option2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `option3`.
    #[must_use]
    pub fn option3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.option3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `option4`.
    #[must_use]
    pub fn option4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.option4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::option`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OptionOkHeaders {
    pub option: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::option`].
#[derive(Debug, Clone, PartialEq)]
pub enum OptionResponse {
    /// ok
    Ok { body: super::types::Everything, headers: OptionOkHeaders },
}
/// Documented error responses of [`super::Client::option`].
#[derive(Debug, Clone, PartialEq)]
pub enum OptionError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::option_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum OptionPostError {}
impl super::Client {
    /// */ operation Option "#
    ///
    /// `GET /op102/{Option}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn option(
        &self,
        option: &str,
        params: &OptionParams,
    ) -> ::std::result::Result<OptionResponse, super::Error<OptionError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op102/");
        url.push_str(
            &super::runtime::path_param(
                "Option",
                &super::runtime::to_value("Option", &option)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.option2 {
            let v = super::runtime::to_value("Option", v)?;
            super::runtime::push_param(&mut query, "Option", &v, "form", true);
        }
        if let Some(v) = &params.option3 {
            let v = super::runtime::to_value("Option", v)?;
            headers.push(("Option", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.option4 {
            let v = super::runtime::to_value("Option", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Option", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[102usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("option", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Option", method = "GET", path =
            "/op102/{Option}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("option", status, &response_headers);
        match status {
            200 => {
                let headers = OptionOkHeaders {
                    option: super::runtime::optional_header(
                        &response_headers,
                        "Option",
                        status,
                    )?,
                };
                Ok(OptionResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        OptionError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(OptionError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            OptionError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op102/{Option}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn option_post(
        &self,
        option: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<OptionPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op102/");
        url.push_str(
            &super::runtime::path_param(
                "Option",
                &super::runtime::to_value("Option", &option)?,
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
            .run_request_hooks("option_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Option_post", method = "POST", path =
            "/op102/{Option}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("option_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        OptionPostError,
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
