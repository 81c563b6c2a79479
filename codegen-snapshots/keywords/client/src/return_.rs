//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::return`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReturnParams {
    pub return2: ::std::option::Option<::std::string::String>,
    pub return3: ::std::option::Option<::std::string::String>,
    pub return4: ::std::option::Option<::std::string::String>,
}
impl ReturnParams {
    /// Sets `return2`.
    #[must_use]
    pub fn return2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.return2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `return3`.
    #[must_use]
    pub fn return3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.return3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `return4`.
    #[must_use]
    pub fn return4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.return4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::return`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReturnOkHeaders {
    pub r#return: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::return`].
#[derive(Debug, Clone, PartialEq)]
pub enum ReturnResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ReturnOkHeaders },
}
/// Documented error responses of [`super::Client::return`].
#[derive(Debug, Clone, PartialEq)]
pub enum ReturnError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::return_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum ReturnPostError {}
impl super::Client {
    /// */ operation return "#
    ///
    /// `GET /op22/{return}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#return(
        &self,
        r#return: &str,
        params: &ReturnParams,
    ) -> ::std::result::Result<ReturnResponse, super::Error<ReturnError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op22/");
        url.push_str(
            &super::runtime::path_param(
                "return",
                &super::runtime::to_value("return", &r#return)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.return2 {
            let v = super::runtime::to_value("return", v)?;
            super::runtime::push_param(&mut query, "return", &v, "form", true);
        }
        if let Some(v) = &params.return3 {
            let v = super::runtime::to_value("return", v)?;
            headers.push(("return", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.return4 {
            let v = super::runtime::to_value("return", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "return", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[22usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("return", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "return", method = "GET", path =
            "/op22/{return}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("return", status, &response_headers);
        match status {
            200 => {
                let headers = ReturnOkHeaders {
                    r#return: super::runtime::optional_header(
                        &response_headers,
                        "return",
                        status,
                    )?,
                };
                Ok(ReturnResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        ReturnError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(ReturnError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            ReturnError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op22/{return}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn return_post(
        &self,
        r#return: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ReturnPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op22/");
        url.push_str(
            &super::runtime::path_param(
                "return",
                &super::runtime::to_value("return", &r#return)?,
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
            .run_request_hooks("return_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "return_post", method = "POST", path =
            "/op22/{return}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("return_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ReturnPostError,
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
