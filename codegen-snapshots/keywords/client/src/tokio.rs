//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::tokio`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TokioParams {
    pub tokio2: ::std::option::Option<::std::string::String>,
    pub tokio3: ::std::option::Option<::std::string::String>,
    pub tokio4: ::std::option::Option<::std::string::String>,
}
impl TokioParams {
    /// Sets `tokio2`.
    #[must_use]
    pub fn tokio2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tokio2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tokio3`.
    #[must_use]
    pub fn tokio3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tokio3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tokio4`.
    #[must_use]
    pub fn tokio4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tokio4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::tokio`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TokioOkHeaders {
    pub tokio: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::tokio`].
#[derive(Debug, Clone, PartialEq)]
pub enum TokioResponse {
    /// ok
    Ok { body: super::types::Everything, headers: TokioOkHeaders },
}
/// Documented error responses of [`super::Client::tokio`].
#[derive(Debug, Clone, PartialEq)]
pub enum TokioError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::tokio_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum TokioPostError {}
impl super::Client {
    /// */ operation tokio "#
    ///
    /// `GET /op179/{tokio}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn tokio(
        &self,
        tokio: &str,
        params: &TokioParams,
    ) -> ::std::result::Result<TokioResponse, super::Error<TokioError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op179/");
        url.push_str(
            &super::runtime::path_param(
                "tokio",
                &super::runtime::to_value("tokio", &tokio)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.tokio2 {
            let v = super::runtime::to_value("tokio", v)?;
            super::runtime::push_param(&mut query, "tokio", &v, "form", true);
        }
        if let Some(v) = &params.tokio3 {
            let v = super::runtime::to_value("tokio", v)?;
            headers.push(("tokio", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.tokio4 {
            let v = super::runtime::to_value("tokio", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "tokio", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[179usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("tokio", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "tokio", method = "GET", path =
            "/op179/{tokio}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("tokio", status, &response_headers);
        match status {
            200 => {
                let headers = TokioOkHeaders {
                    tokio: super::runtime::optional_header(
                        &response_headers,
                        "tokio",
                        status,
                    )?,
                };
                Ok(TokioResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        TokioError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(TokioError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            TokioError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op179/{tokio}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn tokio_post(
        &self,
        tokio: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<TokioPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op179/");
        url.push_str(
            &super::runtime::path_param(
                "tokio",
                &super::runtime::to_value("tokio", &tokio)?,
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
            .run_request_hooks("tokio_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "tokio_post", method = "POST", path =
            "/op179/{tokio}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("tokio_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        TokioPostError,
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
