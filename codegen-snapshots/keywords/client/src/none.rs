//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::none`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NoneParams {
    pub none2: ::std::option::Option<::std::string::String>,
    pub none3: ::std::option::Option<::std::string::String>,
    pub none4: ::std::option::Option<::std::string::String>,
}
impl NoneParams {
    /// Sets `none2`.
    #[must_use]
    pub fn none2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.none2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `none3`.
    #[must_use]
    pub fn none3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.none3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `none4`.
    #[must_use]
    pub fn none4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.none4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::none`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NoneOkHeaders {
    pub none: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::none`].
#[derive(Debug, Clone, PartialEq)]
pub enum NoneResponse {
    /// ok
    Ok { body: super::types::Everything, headers: NoneOkHeaders },
}
/// Documented error responses of [`super::Client::none`].
#[derive(Debug, Clone, PartialEq)]
pub enum NoneError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::none_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum NonePostError {}
impl super::Client {
    /// */ operation None "#
    ///
    /// `GET /op104/{None}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn none(
        &self,
        none: &str,
        params: &NoneParams,
    ) -> ::std::result::Result<NoneResponse, super::Error<NoneError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op104/");
        url.push_str(
            &super::runtime::path_param(
                "None",
                &super::runtime::to_value("None", &none)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.none2 {
            let v = super::runtime::to_value("None", v)?;
            super::runtime::push_param(&mut query, "None", &v, "form", true);
        }
        if let Some(v) = &params.none3 {
            let v = super::runtime::to_value("None", v)?;
            headers.push(("None", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.none4 {
            let v = super::runtime::to_value("None", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "None", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[104usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("none", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "None", method = "GET", path =
            "/op104/{None}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("none", status, &response_headers);
        match status {
            200 => {
                let headers = NoneOkHeaders {
                    none: super::runtime::optional_header(
                        &response_headers,
                        "None",
                        status,
                    )?,
                };
                Ok(NoneResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        NoneError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(NoneError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            NoneError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op104/{None}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn none_post(
        &self,
        none: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<NonePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op104/");
        url.push_str(
            &super::runtime::path_param(
                "None",
                &super::runtime::to_value("None", &none)?,
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
            .run_request_hooks("none_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "None_post", method = "POST", path =
            "/op104/{None}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("none_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        NonePostError,
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
