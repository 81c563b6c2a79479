//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::tests`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TestsParams {
    pub tests2: ::std::option::Option<::std::string::String>,
    pub tests3: ::std::option::Option<::std::string::String>,
    pub tests4: ::std::option::Option<::std::string::String>,
}
impl TestsParams {
    /// Sets `tests2`.
    #[must_use]
    pub fn tests2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tests2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tests3`.
    #[must_use]
    pub fn tests3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tests3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tests4`.
    #[must_use]
    pub fn tests4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tests4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::tests`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TestsOkHeaders {
    pub tests: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::tests`].
#[derive(Debug, Clone, PartialEq)]
pub enum TestsResponse {
    /// ok
    Ok { body: super::types::Everything, headers: TestsOkHeaders },
}
/// Documented error responses of [`super::Client::tests`].
#[derive(Debug, Clone, PartialEq)]
pub enum TestsError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::tests_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum TestsPostError {}
impl super::Client {
    /// */ operation tests "#
    ///
    /// `GET /op185/{tests}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn tests(
        &self,
        tests: &str,
        params: &TestsParams,
    ) -> ::std::result::Result<TestsResponse, super::Error<TestsError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op185/");
        url.push_str(
            &super::runtime::path_param(
                "tests",
                &super::runtime::to_value("tests", &tests)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.tests2 {
            let v = super::runtime::to_value("tests", v)?;
            super::runtime::push_param(&mut query, "tests", &v, "form", true);
        }
        if let Some(v) = &params.tests3 {
            let v = super::runtime::to_value("tests", v)?;
            headers.push(("tests", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.tests4 {
            let v = super::runtime::to_value("tests", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "tests", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[185usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("tests", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "tests", method = "GET", path =
            "/op185/{tests}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("tests", status, &response_headers);
        match status {
            200 => {
                let headers = TestsOkHeaders {
                    tests: super::runtime::optional_header(
                        &response_headers,
                        "tests",
                        status,
                    )?,
                };
                Ok(TestsResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        TestsError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(TestsError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            TestsError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op185/{tests}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn tests_post(
        &self,
        tests: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<TestsPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op185/");
        url.push_str(
            &super::runtime::path_param(
                "tests",
                &super::runtime::to_value("tests", &tests)?,
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
            .run_request_hooks("tests_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "tests_post", method = "POST", path =
            "/op185/{tests}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("tests_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        TestsPostError,
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
