//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::nul`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NulParams {
    pub nul2: ::std::option::Option<::std::string::String>,
    pub nul3: ::std::option::Option<::std::string::String>,
    pub nul4: ::std::option::Option<::std::string::String>,
}
impl NulParams {
    /// Sets `nul2`.
    #[must_use]
    pub fn nul2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nul2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `nul3`.
    #[must_use]
    pub fn nul3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nul3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `nul4`.
    #[must_use]
    pub fn nul4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nul4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::nul`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NulOkHeaders {
    pub nul: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::nul`].
#[derive(Debug, Clone, PartialEq)]
pub enum NulResponse {
    /// ok
    Ok { body: super::types::Everything, headers: NulOkHeaders },
}
/// Documented error responses of [`super::Client::nul`].
#[derive(Debug, Clone, PartialEq)]
pub enum NulError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::nul_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum NulPostError {}
impl super::Client {
    /// */ operation nul\u{0} "#
    ///
    /// `GET /op81/{nul\u{0}}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn nul(
        &self,
        nul: &str,
        params: &NulParams,
    ) -> ::std::result::Result<NulResponse, super::Error<NulError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op81/");
        url.push_str(
            &super::runtime::path_param(
                "nul\0",
                &super::runtime::to_value("nul\0", &nul)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.nul2 {
            let v = super::runtime::to_value("nul\0", v)?;
            super::runtime::push_param(&mut query, "nul\0", &v, "form", true);
        }
        if let Some(v) = &params.nul3 {
            let v = super::runtime::to_value("nul\0", v)?;
            headers.push(("nul\0", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.nul4 {
            let v = super::runtime::to_value("nul\0", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "nul\0", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[81usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("nul", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "nul\0", method = "GET", path =
            "/op81/{nul\0}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("nul", status, &response_headers);
        match status {
            200 => {
                let headers = NulOkHeaders {
                    nul: super::runtime::optional_header(
                        &response_headers,
                        "nul\0",
                        status,
                    )?,
                };
                Ok(NulResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        NulError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(NulError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            NulError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op81/{nul\u{0}}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn nul_post(
        &self,
        nul: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<NulPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op81/");
        url.push_str(
            &super::runtime::path_param(
                "nul\0",
                &super::runtime::to_value("nul\0", &nul)?,
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
            .run_request_hooks("nul_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "nul\0_post", method = "POST", path =
            "/op81/{nul\0}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("nul_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        NulPostError,
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
