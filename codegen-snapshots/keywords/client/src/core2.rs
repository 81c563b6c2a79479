//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::core`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CoreParams {
    pub core2: ::std::option::Option<::std::string::String>,
    pub core3: ::std::option::Option<::std::string::String>,
    pub core4: ::std::option::Option<::std::string::String>,
}
impl CoreParams {
    /// Sets `core2`.
    #[must_use]
    pub fn core2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.core2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `core3`.
    #[must_use]
    pub fn core3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.core3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `core4`.
    #[must_use]
    pub fn core4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.core4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::core`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CoreOkHeaders {
    pub core: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::core`].
#[derive(Debug, Clone, PartialEq)]
pub enum CoreResponse {
    /// ok
    Ok { body: super::types::Everything, headers: CoreOkHeaders },
}
/// Documented error responses of [`super::Client::core`].
#[derive(Debug, Clone, PartialEq)]
pub enum CoreError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::core_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum CorePostError {}
impl super::Client {
    /// */ operation core "#
    ///
    /// `GET /op183/{core}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn core(
        &self,
        core: &str,
        params: &CoreParams,
    ) -> ::std::result::Result<CoreResponse, super::Error<CoreError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op183/");
        url.push_str(
            &super::runtime::path_param(
                "core",
                &super::runtime::to_value("core", &core)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.core2 {
            let v = super::runtime::to_value("core", v)?;
            super::runtime::push_param(&mut query, "core", &v, "form", true);
        }
        if let Some(v) = &params.core3 {
            let v = super::runtime::to_value("core", v)?;
            headers.push(("core", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.core4 {
            let v = super::runtime::to_value("core", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "core", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[183usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("core", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "core", method = "GET", path =
            "/op183/{core}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("core", status, &response_headers);
        match status {
            200 => {
                let headers = CoreOkHeaders {
                    core: super::runtime::optional_header(
                        &response_headers,
                        "core",
                        status,
                    )?,
                };
                Ok(CoreResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        CoreError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(CoreError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            CoreError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op183/{core}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn core_post(
        &self,
        core: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<CorePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op183/");
        url.push_str(
            &super::runtime::path_param(
                "core",
                &super::runtime::to_value("core", &core)?,
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
            .run_request_hooks("core_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "core_post", method = "POST", path =
            "/op183/{core}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("core_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        CorePostError,
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
