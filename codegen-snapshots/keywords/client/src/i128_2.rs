//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::i128`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct I128Params {
    pub i128_2: ::std::option::Option<::std::string::String>,
    pub i128_3: ::std::option::Option<::std::string::String>,
    pub i128_4: ::std::option::Option<::std::string::String>,
}
impl I128Params {
    /// Sets `i128_2`.
    #[must_use]
    pub fn i128_2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.i128_2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `i128_3`.
    #[must_use]
    pub fn i128_3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.i128_3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `i128_4`.
    #[must_use]
    pub fn i128_4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.i128_4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::i128`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct I128OkHeaders {
    pub i128: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::i128`].
#[derive(Debug, Clone, PartialEq)]
pub enum I128Response {
    /// ok
    Ok { body: super::types::Everything, headers: I128OkHeaders },
}
/// Documented error responses of [`super::Client::i128`].
#[derive(Debug, Clone, PartialEq)]
pub enum I128Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::i128_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum I128PostError {}
impl super::Client {
    /// */ operation i128 "#
    ///
    /// `GET /op98/{i128}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn i128(
        &self,
        i128: &str,
        params: &I128Params,
    ) -> ::std::result::Result<I128Response, super::Error<I128Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op98/");
        url.push_str(
            &super::runtime::path_param(
                "i128",
                &super::runtime::to_value("i128", &i128)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.i128_2 {
            let v = super::runtime::to_value("i128", v)?;
            super::runtime::push_param(&mut query, "i128", &v, "form", true);
        }
        if let Some(v) = &params.i128_3 {
            let v = super::runtime::to_value("i128", v)?;
            headers.push(("i128", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.i128_4 {
            let v = super::runtime::to_value("i128", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "i128", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[98usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("i128", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "i128", method = "GET", path =
            "/op98/{i128}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("i128", status, &response_headers);
        match status {
            200 => {
                let headers = I128OkHeaders {
                    i128: super::runtime::optional_header(
                        &response_headers,
                        "i128",
                        status,
                    )?,
                };
                Ok(I128Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        I128Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(I128Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            I128Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op98/{i128}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn i128_post(
        &self,
        i128: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<I128PostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op98/");
        url.push_str(
            &super::runtime::path_param(
                "i128",
                &super::runtime::to_value("i128", &i128)?,
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
            .run_request_hooks("i128_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "i128_post", method = "POST", path =
            "/op98/{i128}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("i128_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        I128PostError,
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
