//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::auto`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AutoParams {
    pub auto2: ::std::option::Option<::std::string::String>,
    pub auto3: ::std::option::Option<::std::string::String>,
    pub auto4: ::std::option::Option<::std::string::String>,
}
impl AutoParams {
    /// Sets `auto2`.
    #[must_use]
    pub fn auto2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `auto3`.
    #[must_use]
    pub fn auto3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `auto4`.
    #[must_use]
    pub fn auto4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::auto`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AutoOkHeaders {
    pub auto: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::auto`].
#[derive(Debug, Clone, PartialEq)]
pub enum AutoResponse {
    /// ok
    Ok { body: super::types::Everything, headers: AutoOkHeaders },
}
/// Documented error responses of [`super::Client::auto`].
#[derive(Debug, Clone, PartialEq)]
pub enum AutoError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::auto_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum AutoPostError {}
impl super::Client {
    /// */ operation auto "#
    ///
    /// `GET /op57/{auto}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn auto(
        &self,
        auto: &str,
        params: &AutoParams,
    ) -> ::std::result::Result<AutoResponse, super::Error<AutoError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op57/");
        url.push_str(
            &super::runtime::path_param(
                "auto",
                &super::runtime::to_value("auto", &auto)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.auto2 {
            let v = super::runtime::to_value("auto", v)?;
            super::runtime::push_param(&mut query, "auto", &v, "form", true);
        }
        if let Some(v) = &params.auto3 {
            let v = super::runtime::to_value("auto", v)?;
            headers.push(("auto", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.auto4 {
            let v = super::runtime::to_value("auto", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "auto", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[57usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("auto", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "auto", method = "GET", path =
            "/op57/{auto}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("auto", status, &response_headers);
        match status {
            200 => {
                let headers = AutoOkHeaders {
                    auto: super::runtime::optional_header(
                        &response_headers,
                        "auto",
                        status,
                    )?,
                };
                Ok(AutoResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        AutoError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(AutoError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            AutoError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op57/{auto}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn auto_post(
        &self,
        auto: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<AutoPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op57/");
        url.push_str(
            &super::runtime::path_param(
                "auto",
                &super::runtime::to_value("auto", &auto)?,
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
            .run_request_hooks("auto_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "auto_post", method = "POST", path =
            "/op57/{auto}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("auto_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        AutoPostError,
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
