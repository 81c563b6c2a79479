//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::fn_once`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FnOnceParams {
    pub fn_once2: ::std::option::Option<::std::string::String>,
    pub fn_once3: ::std::option::Option<::std::string::String>,
    pub fn_once4: ::std::option::Option<::std::string::String>,
}
impl FnOnceParams {
    /// Sets `fn_once2`.
    #[must_use]
    pub fn fn_once2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fn_once2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fn_once3`.
    #[must_use]
    pub fn fn_once3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fn_once3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fn_once4`.
    #[must_use]
    pub fn fn_once4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fn_once4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::fn_once`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FnOnceOkHeaders {
    pub fn_once: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::fn_once`].
#[derive(Debug, Clone, PartialEq)]
pub enum FnOnceResponse {
    /// ok
    Ok { body: super::types::Everything, headers: FnOnceOkHeaders },
}
/// Documented error responses of [`super::Client::fn_once`].
#[derive(Debug, Clone, PartialEq)]
pub enum FnOnceError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::fn_once_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum FnOncePostError {}
impl super::Client {
    /// */ operation FnOnce "#
    ///
    /// `GET /op120/{FnOnce}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn fn_once(
        &self,
        fn_once: &str,
        params: &FnOnceParams,
    ) -> ::std::result::Result<FnOnceResponse, super::Error<FnOnceError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op120/");
        url.push_str(
            &super::runtime::path_param(
                "FnOnce",
                &super::runtime::to_value("FnOnce", &fn_once)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.fn_once2 {
            let v = super::runtime::to_value("FnOnce", v)?;
            super::runtime::push_param(&mut query, "FnOnce", &v, "form", true);
        }
        if let Some(v) = &params.fn_once3 {
            let v = super::runtime::to_value("FnOnce", v)?;
            headers.push(("FnOnce", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.fn_once4 {
            let v = super::runtime::to_value("FnOnce", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "FnOnce", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[120usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("fn_once", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "FnOnce", method = "GET", path =
            "/op120/{FnOnce}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("fn_once", status, &response_headers);
        match status {
            200 => {
                let headers = FnOnceOkHeaders {
                    fn_once: super::runtime::optional_header(
                        &response_headers,
                        "FnOnce",
                        status,
                    )?,
                };
                Ok(FnOnceResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        FnOnceError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(FnOnceError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            FnOnceError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op120/{FnOnce}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn fn_once_post(
        &self,
        fn_once: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<FnOncePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op120/");
        url.push_str(
            &super::runtime::path_param(
                "FnOnce",
                &super::runtime::to_value("FnOnce", &fn_once)?,
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
            .run_request_hooks("fn_once_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "FnOnce_post", method = "POST", path =
            "/op120/{FnOnce}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("fn_once_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        FnOncePostError,
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
