//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::execute`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExecuteParams {
    pub execute2: ::std::option::Option<::std::string::String>,
    pub execute3: ::std::option::Option<::std::string::String>,
    pub execute4: ::std::option::Option<::std::string::String>,
}
impl ExecuteParams {
    /// Sets `execute2`.
    #[must_use]
    pub fn execute2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.execute2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `execute3`.
    #[must_use]
    pub fn execute3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.execute3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `execute4`.
    #[must_use]
    pub fn execute4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.execute4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::execute`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExecuteOkHeaders {
    pub execute: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::execute`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExecuteResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ExecuteOkHeaders },
}
/// Documented error responses of [`super::Client::execute`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExecuteError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::execute_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExecutePostError {}
impl super::Client {
    /// */ operation execute "#
    ///
    /// `GET /op194/{execute}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn execute(
        &self,
        execute: &str,
        params: &ExecuteParams,
    ) -> ::std::result::Result<ExecuteResponse, super::Error<ExecuteError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op194/");
        url.push_str(
            &super::runtime::path_param(
                "execute",
                &super::runtime::to_value("execute", &execute)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.execute2 {
            let v = super::runtime::to_value("execute", v)?;
            super::runtime::push_param(&mut query, "execute", &v, "form", true);
        }
        if let Some(v) = &params.execute3 {
            let v = super::runtime::to_value("execute", v)?;
            headers.push(("execute", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.execute4 {
            let v = super::runtime::to_value("execute", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "execute", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[194usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("execute", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "execute", method = "GET", path =
            "/op194/{execute}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("execute", status, &response_headers);
        match status {
            200 => {
                let headers = ExecuteOkHeaders {
                    execute: super::runtime::optional_header(
                        &response_headers,
                        "execute",
                        status,
                    )?,
                };
                Ok(ExecuteResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        ExecuteError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(ExecuteError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            ExecuteError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op194/{execute}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn execute_post(
        &self,
        execute: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ExecutePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op194/");
        url.push_str(
            &super::runtime::path_param(
                "execute",
                &super::runtime::to_value("execute", &execute)?,
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
            .run_request_hooks("execute_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "execute_post", method = "POST", path =
            "/op194/{execute}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("execute_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ExecutePostError,
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
