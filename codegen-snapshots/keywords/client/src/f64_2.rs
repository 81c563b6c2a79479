//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::f64`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct F64Params {
    pub f64_2: ::std::option::Option<::std::string::String>,
    pub f64_3: ::std::option::Option<::std::string::String>,
    pub f64_4: ::std::option::Option<::std::string::String>,
}
impl F64Params {
    /// Sets `f64_2`.
    #[must_use]
    pub fn f64_2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.f64_2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `f64_3`.
    #[must_use]
    pub fn f64_3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.f64_3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `f64_4`.
    #[must_use]
    pub fn f64_4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.f64_4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::f64`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct F64OkHeaders {
    pub f64: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::f64`].
#[derive(Debug, Clone, PartialEq)]
pub enum F64Response {
    /// ok
    Ok { body: super::types::Everything, headers: F64OkHeaders },
}
/// Documented error responses of [`super::Client::f64`].
#[derive(Debug, Clone, PartialEq)]
pub enum F64Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::f64_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum F64PostError {}
impl super::Client {
    /// */ operation f64 "#
    ///
    /// `GET /op101/{f64}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn f64(
        &self,
        f64: &str,
        params: &F64Params,
    ) -> ::std::result::Result<F64Response, super::Error<F64Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op101/");
        url.push_str(
            &super::runtime::path_param(
                "f64",
                &super::runtime::to_value("f64", &f64)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.f64_2 {
            let v = super::runtime::to_value("f64", v)?;
            super::runtime::push_param(&mut query, "f64", &v, "form", true);
        }
        if let Some(v) = &params.f64_3 {
            let v = super::runtime::to_value("f64", v)?;
            headers.push(("f64", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.f64_4 {
            let v = super::runtime::to_value("f64", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "f64", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[101usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("f64", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "f64", method = "GET", path =
            "/op101/{f64}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("f64", status, &response_headers);
        match status {
            200 => {
                let headers = F64OkHeaders {
                    f64: super::runtime::optional_header(
                        &response_headers,
                        "f64",
                        status,
                    )?,
                };
                Ok(F64Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        F64Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(F64Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            F64Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op101/{f64}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn f64_post(
        &self,
        f64: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<F64PostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op101/");
        url.push_str(
            &super::runtime::path_param(
                "f64",
                &super::runtime::to_value("f64", &f64)?,
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
            .run_request_hooks("f64_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "f64_post", method = "POST", path =
            "/op101/{f64}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("f64_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        F64PostError,
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
