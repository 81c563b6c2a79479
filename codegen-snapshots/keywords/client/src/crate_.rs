//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::crate_`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CrateParams {
    pub crate_2: ::std::option::Option<::std::string::String>,
    pub crate_3: ::std::option::Option<::std::string::String>,
    pub crate_4: ::std::option::Option<::std::string::String>,
}
impl CrateParams {
    /// Sets `crate_2`.
    #[must_use]
    pub fn crate_2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.crate_2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `crate_3`.
    #[must_use]
    pub fn crate_3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.crate_3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `crate_4`.
    #[must_use]
    pub fn crate_4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.crate_4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::crate_`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CrateOkHeaders {
    pub crate_: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::crate_`].
#[derive(Debug, Clone, PartialEq)]
pub enum CrateResponse {
    /// ok
    Ok { body: super::types::Everything, headers: CrateOkHeaders },
}
/// Documented error responses of [`super::Client::crate_`].
#[derive(Debug, Clone, PartialEq)]
pub enum CrateError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::crate_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum CratePostError {}
impl super::Client {
    /// */ operation crate "#
    ///
    /// `GET /op4/{crate}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn crate_(
        &self,
        crate_: &str,
        params: &CrateParams,
    ) -> ::std::result::Result<CrateResponse, super::Error<CrateError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op4/");
        url.push_str(
            &super::runtime::path_param(
                "crate",
                &super::runtime::to_value("crate", &crate_)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.crate_2 {
            let v = super::runtime::to_value("crate", v)?;
            super::runtime::push_param(&mut query, "crate", &v, "form", true);
        }
        if let Some(v) = &params.crate_3 {
            let v = super::runtime::to_value("crate", v)?;
            headers.push(("crate", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.crate_4 {
            let v = super::runtime::to_value("crate", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "crate", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[4usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("crate_", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "crate", method = "GET", path =
            "/op4/{crate}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("crate_", status, &response_headers);
        match status {
            200 => {
                let headers = CrateOkHeaders {
                    crate_: super::runtime::optional_header(
                        &response_headers,
                        "crate",
                        status,
                    )?,
                };
                Ok(CrateResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        CrateError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(CrateError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            CrateError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op4/{crate}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn crate_post(
        &self,
        crate_: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<CratePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op4/");
        url.push_str(
            &super::runtime::path_param(
                "crate",
                &super::runtime::to_value("crate", &crate_)?,
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
            .run_request_hooks("crate_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "crate_post", method = "POST", path =
            "/op4/{crate}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("crate_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        CratePostError,
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
