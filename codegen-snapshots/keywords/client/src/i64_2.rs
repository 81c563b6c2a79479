//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::i64`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct I64Params {
    pub i64_2: ::std::option::Option<::std::string::String>,
    pub i64_3: ::std::option::Option<::std::string::String>,
    pub i64_4: ::std::option::Option<::std::string::String>,
}
impl I64Params {
    /// Sets `i64_2`.
    #[must_use]
    pub fn i64_2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.i64_2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `i64_3`.
    #[must_use]
    pub fn i64_3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.i64_3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `i64_4`.
    #[must_use]
    pub fn i64_4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.i64_4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::i64`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct I64OkHeaders {
    pub i64: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::i64`].
#[derive(Debug, Clone, PartialEq)]
pub enum I64Response {
    /// ok
    Ok { body: super::types::Everything, headers: I64OkHeaders },
}
/// Documented error responses of [`super::Client::i64`].
#[derive(Debug, Clone, PartialEq)]
pub enum I64Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::i64_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum I64PostError {}
impl super::Client {
    /// */ operation i64 "#
    ///
    /// `GET /op97/{i64}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn i64(
        &self,
        i64: &str,
        params: &I64Params,
    ) -> ::std::result::Result<I64Response, super::Error<I64Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op97/");
        url.push_str(
            &super::runtime::path_param(
                "i64",
                &super::runtime::to_value("i64", &i64)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.i64_2 {
            let v = super::runtime::to_value("i64", v)?;
            super::runtime::push_param(&mut query, "i64", &v, "form", true);
        }
        if let Some(v) = &params.i64_3 {
            let v = super::runtime::to_value("i64", v)?;
            headers.push(("i64", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.i64_4 {
            let v = super::runtime::to_value("i64", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "i64", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[97usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("i64", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "i64", method = "GET", path = "/op97/{i64}",
            status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("i64", status, &response_headers);
        match status {
            200 => {
                let headers = I64OkHeaders {
                    i64: super::runtime::optional_header(
                        &response_headers,
                        "i64",
                        status,
                    )?,
                };
                Ok(I64Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        I64Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(I64Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            I64Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op97/{i64}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn i64_post(
        &self,
        i64: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<I64PostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op97/");
        url.push_str(
            &super::runtime::path_param(
                "i64",
                &super::runtime::to_value("i64", &i64)?,
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
            .run_request_hooks("i64_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "i64_post", method = "POST", path =
            "/op97/{i64}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("i64_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        I64PostError,
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
