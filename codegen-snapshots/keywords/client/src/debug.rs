//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::debug`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DebugParams {
    pub debug2: ::std::option::Option<::std::string::String>,
    pub debug3: ::std::option::Option<::std::string::String>,
    pub debug4: ::std::option::Option<::std::string::String>,
}
impl DebugParams {
    /// Sets `debug2`.
    #[must_use]
    pub fn debug2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.debug2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `debug3`.
    #[must_use]
    pub fn debug3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.debug3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `debug4`.
    #[must_use]
    pub fn debug4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.debug4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::debug`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DebugOkHeaders {
    pub debug: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::debug`].
#[derive(Debug, Clone, PartialEq)]
pub enum DebugResponse {
    /// ok
    Ok { body: super::types::Everything, headers: DebugOkHeaders },
}
/// Documented error responses of [`super::Client::debug`].
#[derive(Debug, Clone, PartialEq)]
pub enum DebugError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::debug_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum DebugPostError {}
impl super::Client {
    /// */ operation Debug "#
    ///
    /// `GET /op131/{Debug}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn debug(
        &self,
        debug: &str,
        params: &DebugParams,
    ) -> ::std::result::Result<DebugResponse, super::Error<DebugError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op131/");
        url.push_str(
            &super::runtime::path_param(
                "Debug",
                &super::runtime::to_value("Debug", &debug)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.debug2 {
            let v = super::runtime::to_value("Debug", v)?;
            super::runtime::push_param(&mut query, "Debug", &v, "form", true);
        }
        if let Some(v) = &params.debug3 {
            let v = super::runtime::to_value("Debug", v)?;
            headers.push(("Debug", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.debug4 {
            let v = super::runtime::to_value("Debug", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Debug", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[131usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("debug", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Debug", method = "GET", path =
            "/op131/{Debug}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("debug", status, &response_headers);
        match status {
            200 => {
                let headers = DebugOkHeaders {
                    debug: super::runtime::optional_header(
                        &response_headers,
                        "Debug",
                        status,
                    )?,
                };
                Ok(DebugResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        DebugError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(DebugError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            DebugError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op131/{Debug}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn debug_post(
        &self,
        debug: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<DebugPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op131/");
        url.push_str(
            &super::runtime::path_param(
                "Debug",
                &super::runtime::to_value("Debug", &debug)?,
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
            .run_request_hooks("debug_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Debug_post", method = "POST", path =
            "/op131/{Debug}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("debug_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        DebugPostError,
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
