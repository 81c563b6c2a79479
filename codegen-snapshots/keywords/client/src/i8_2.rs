//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::i8`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct I8Params {
    pub i8_2: ::std::option::Option<::std::string::String>,
    pub i8_3: ::std::option::Option<::std::string::String>,
    pub i8_4: ::std::option::Option<::std::string::String>,
}
impl I8Params {
    /// Sets `i8_2`.
    #[must_use]
    pub fn i8_2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.i8_2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `i8_3`.
    #[must_use]
    pub fn i8_3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.i8_3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `i8_4`.
    #[must_use]
    pub fn i8_4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.i8_4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::i8`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct I8OkHeaders {
    pub i8: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::i8`].
#[derive(Debug, Clone, PartialEq)]
pub enum I8Response {
    /// ok
    Ok { body: super::types::Everything, headers: I8OkHeaders },
}
/// Documented error responses of [`super::Client::i8`].
#[derive(Debug, Clone, PartialEq)]
pub enum I8Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::i8_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum I8PostError {}
impl super::Client {
    /// */ operation i8 "#
    ///
    /// `GET /op94/{i8}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn i8(
        &self,
        i8: &str,
        params: &I8Params,
    ) -> ::std::result::Result<I8Response, super::Error<I8Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op94/");
        url.push_str(
            &super::runtime::path_param(
                "i8",
                &super::runtime::to_value("i8", &i8)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.i8_2 {
            let v = super::runtime::to_value("i8", v)?;
            super::runtime::push_param(&mut query, "i8", &v, "form", true);
        }
        if let Some(v) = &params.i8_3 {
            let v = super::runtime::to_value("i8", v)?;
            headers.push(("i8", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.i8_4 {
            let v = super::runtime::to_value("i8", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "i8", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[94usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("i8", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "i8", method = "GET", path = "/op94/{i8}",
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
        self.run_response_hooks("i8", status, &response_headers);
        match status {
            200 => {
                let headers = I8OkHeaders {
                    i8: super::runtime::optional_header(&response_headers, "i8", status)?,
                };
                Ok(I8Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        I8Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(I8Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            I8Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op94/{i8}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn i8_post(
        &self,
        i8: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<I8PostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op94/");
        url.push_str(
            &super::runtime::path_param(
                "i8",
                &super::runtime::to_value("i8", &i8)?,
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
        let req = self.run_request_hooks("i8_post", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "i8_post", method = "POST", path =
            "/op94/{i8}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("i8_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        I8PostError,
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
