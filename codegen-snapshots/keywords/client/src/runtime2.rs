//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::runtime`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RuntimeParams {
    pub runtime2: ::std::option::Option<::std::string::String>,
    pub runtime3: ::std::option::Option<::std::string::String>,
    pub runtime4: ::std::option::Option<::std::string::String>,
}
impl RuntimeParams {
    /// Sets `runtime2`.
    #[must_use]
    pub fn runtime2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.runtime2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `runtime3`.
    #[must_use]
    pub fn runtime3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.runtime3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `runtime4`.
    #[must_use]
    pub fn runtime4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.runtime4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::runtime`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RuntimeOkHeaders {
    pub runtime: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::runtime`].
#[derive(Debug, Clone, PartialEq)]
pub enum RuntimeResponse {
    /// ok
    Ok { body: super::types::Everything, headers: RuntimeOkHeaders },
}
/// Documented error responses of [`super::Client::runtime`].
#[derive(Debug, Clone, PartialEq)]
pub enum RuntimeError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::runtime_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum RuntimePostError {}
impl super::Client {
    /// */ operation runtime "#
    ///
    /// `GET /op172/{runtime}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn runtime(
        &self,
        runtime: &str,
        params: &RuntimeParams,
    ) -> ::std::result::Result<RuntimeResponse, super::Error<RuntimeError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op172/");
        url.push_str(
            &super::runtime::path_param(
                "runtime",
                &super::runtime::to_value("runtime", &runtime)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.runtime2 {
            let v = super::runtime::to_value("runtime", v)?;
            super::runtime::push_param(&mut query, "runtime", &v, "form", true);
        }
        if let Some(v) = &params.runtime3 {
            let v = super::runtime::to_value("runtime", v)?;
            headers.push(("runtime", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.runtime4 {
            let v = super::runtime::to_value("runtime", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "runtime", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[172usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("runtime", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "runtime", method = "GET", path =
            "/op172/{runtime}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("runtime", status, &response_headers);
        match status {
            200 => {
                let headers = RuntimeOkHeaders {
                    runtime: super::runtime::optional_header(
                        &response_headers,
                        "runtime",
                        status,
                    )?,
                };
                Ok(RuntimeResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        RuntimeError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(RuntimeError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            RuntimeError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op172/{runtime}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn runtime_post(
        &self,
        runtime: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<RuntimePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op172/");
        url.push_str(
            &super::runtime::path_param(
                "runtime",
                &super::runtime::to_value("runtime", &runtime)?,
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
            .run_request_hooks("runtime_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "runtime_post", method = "POST", path =
            "/op172/{runtime}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("runtime_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        RuntimePostError,
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
