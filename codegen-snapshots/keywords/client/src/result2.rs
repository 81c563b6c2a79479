//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::result2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Result2Params {
    pub result2: ::std::option::Option<::std::string::String>,
    pub result3: ::std::option::Option<::std::string::String>,
    pub result4: ::std::option::Option<::std::string::String>,
}
impl Result2Params {
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
/// Headers of the Ok response of [`super::Client::result2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Result2OkHeaders {
    pub result: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::result2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Result2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Result2OkHeaders },
}
/// Documented error responses of [`super::Client::result2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Result2Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::result_post2`].
#[derive(Debug, Clone, PartialEq)]
pub enum ResultPost2Error {}
impl super::Client {
    /// */ operation result "#
    ///
    /// `GET /op201/{result}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn result2(
        &self,
        result: &str,
        params: &Result2Params,
    ) -> ::std::result::Result<Result2Response, super::Error<Result2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op201/");
        url.push_str(
            &super::runtime::path_param(
                "result",
                &super::runtime::to_value("result", &result)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.result2 {
            let v = super::runtime::to_value("result", v)?;
            super::runtime::push_param(&mut query, "result", &v, "form", true);
        }
        if let Some(v) = &params.result3 {
            let v = super::runtime::to_value("result", v)?;
            headers.push(("result", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.result4 {
            let v = super::runtime::to_value("result", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "result", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[201usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("result2", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "result", method = "GET", path =
            "/op201/{result}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("result2", status, &response_headers);
        match status {
            200 => {
                let headers = Result2OkHeaders {
                    result: super::runtime::optional_header(
                        &response_headers,
                        "result",
                        status,
                    )?,
                };
                Ok(Result2Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        Result2Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(Result2Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            Result2Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op201/{result}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn result_post2(
        &self,
        result: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ResultPost2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op201/");
        url.push_str(
            &super::runtime::path_param(
                "result",
                &super::runtime::to_value("result", &result)?,
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
            .run_request_hooks("result_post2", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "result_post", method = "POST", path =
            "/op201/{result}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("result_post2", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ResultPost2Error,
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
