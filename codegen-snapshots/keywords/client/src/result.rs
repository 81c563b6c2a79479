//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::result`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResultParams {
    pub result2: ::std::option::Option<::std::string::String>,
    pub result3: ::std::option::Option<::std::string::String>,
    pub result4: ::std::option::Option<::std::string::String>,
}
impl ResultParams {
    /// Sets `result2`.
    #[must_use]
    pub fn result2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.result2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `result3`.
    #[must_use]
    pub fn result3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.result3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `result4`.
    #[must_use]
    pub fn result4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.result4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::result`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResultOkHeaders {
    pub result: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::result`].
#[derive(Debug, Clone, PartialEq)]
pub enum ResultResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ResultOkHeaders },
}
/// Documented error responses of [`super::Client::result`].
#[derive(Debug, Clone, PartialEq)]
pub enum ResultError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::result_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum ResultPostError {}
impl super::Client {
    /// */ operation Result "#
    ///
    /// `GET /op105/{Result}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn result(
        &self,
        result: &str,
        params: &ResultParams,
    ) -> ::std::result::Result<ResultResponse, super::Error<ResultError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op105/");
        url.push_str(
            &super::runtime::path_param(
                "Result",
                &super::runtime::to_value("Result", &result)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.result2 {
            let v = super::runtime::to_value("Result", v)?;
            super::runtime::push_param(&mut query, "Result", &v, "form", true);
        }
        if let Some(v) = &params.result3 {
            let v = super::runtime::to_value("Result", v)?;
            headers.push(("Result", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.result4 {
            let v = super::runtime::to_value("Result", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Result", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[105usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("result", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Result", method = "GET", path =
            "/op105/{Result}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("result", status, &response_headers);
        match status {
            200 => {
                let headers = ResultOkHeaders {
                    result: super::runtime::optional_header(
                        &response_headers,
                        "Result",
                        status,
                    )?,
                };
                Ok(ResultResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        ResultError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(ResultError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            ResultError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op105/{Result}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn result_post(
        &self,
        result: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ResultPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op105/");
        url.push_str(
            &super::runtime::path_param(
                "Result",
                &super::runtime::to_value("Result", &result)?,
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
            .run_request_hooks("result_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Result_post", method = "POST", path =
            "/op105/{Result}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("result_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ResultPostError,
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
