//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::continue`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContinueParams {
    pub continue2: ::std::option::Option<::std::string::String>,
    pub continue3: ::std::option::Option<::std::string::String>,
    pub continue4: ::std::option::Option<::std::string::String>,
}
impl ContinueParams {
    /// Sets `continue2`.
    #[must_use]
    pub fn continue2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.continue2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `continue3`.
    #[must_use]
    pub fn continue3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.continue3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `continue4`.
    #[must_use]
    pub fn continue4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.continue4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::continue`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContinueOkHeaders {
    pub r#continue: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::continue`].
#[derive(Debug, Clone, PartialEq)]
pub enum ContinueResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ContinueOkHeaders },
}
/// Documented error responses of [`super::Client::continue`].
#[derive(Debug, Clone, PartialEq)]
pub enum ContinueError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::continue_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum ContinuePostError {}
impl super::Client {
    /// */ operation continue "#
    ///
    /// `GET /op3/{continue}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#continue(
        &self,
        r#continue: &str,
        params: &ContinueParams,
    ) -> ::std::result::Result<ContinueResponse, super::Error<ContinueError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op3/");
        url.push_str(
            &super::runtime::path_param(
                "continue",
                &super::runtime::to_value("continue", &r#continue)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.continue2 {
            let v = super::runtime::to_value("continue", v)?;
            super::runtime::push_param(&mut query, "continue", &v, "form", true);
        }
        if let Some(v) = &params.continue3 {
            let v = super::runtime::to_value("continue", v)?;
            headers.push(("continue", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.continue4 {
            let v = super::runtime::to_value("continue", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "continue", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[3usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self
            .run_request_hooks("continue", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "continue", method = "GET", path =
            "/op3/{continue}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("continue", status, &response_headers);
        match status {
            200 => {
                let headers = ContinueOkHeaders {
                    r#continue: super::runtime::optional_header(
                        &response_headers,
                        "continue",
                        status,
                    )?,
                };
                Ok(ContinueResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        ContinueError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(ContinueError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            ContinueError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op3/{continue}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn continue_post(
        &self,
        r#continue: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ContinuePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op3/");
        url.push_str(
            &super::runtime::path_param(
                "continue",
                &super::runtime::to_value("continue", &r#continue)?,
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
            .run_request_hooks("continue_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "continue_post", method = "POST", path =
            "/op3/{continue}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("continue_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ContinuePostError,
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
