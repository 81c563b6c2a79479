//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::u8`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U8Params {
    pub u8_2: ::std::option::Option<::std::string::String>,
    pub u8_3: ::std::option::Option<::std::string::String>,
    pub u8_4: ::std::option::Option<::std::string::String>,
}
impl U8Params {
    /// Sets `u8_2`.
    #[must_use]
    pub fn u8_2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u8_2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `u8_3`.
    #[must_use]
    pub fn u8_3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u8_3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `u8_4`.
    #[must_use]
    pub fn u8_4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u8_4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::u8`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U8OkHeaders {
    pub u8: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::u8`].
#[derive(Debug, Clone, PartialEq)]
pub enum U8Response {
    /// ok
    Ok { body: super::types::Everything, headers: U8OkHeaders },
}
/// Documented error responses of [`super::Client::u8`].
#[derive(Debug, Clone, PartialEq)]
pub enum U8Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::u8_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum U8PostError {}
impl super::Client {
    /// */ operation u8 "#
    ///
    /// `GET /op88/{u8}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn u8(
        &self,
        u8: &str,
        params: &U8Params,
    ) -> ::std::result::Result<U8Response, super::Error<U8Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op88/");
        url.push_str(
            &super::runtime::path_param(
                "u8",
                &super::runtime::to_value("u8", &u8)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.u8_2 {
            let v = super::runtime::to_value("u8", v)?;
            super::runtime::push_param(&mut query, "u8", &v, "form", true);
        }
        if let Some(v) = &params.u8_3 {
            let v = super::runtime::to_value("u8", v)?;
            headers.push(("u8", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.u8_4 {
            let v = super::runtime::to_value("u8", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "u8", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[88usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("u8", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "u8", method = "GET", path = "/op88/{u8}",
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
        self.run_response_hooks("u8", status, &response_headers);
        match status {
            200 => {
                let headers = U8OkHeaders {
                    u8: super::runtime::optional_header(&response_headers, "u8", status)?,
                };
                Ok(U8Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        U8Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(U8Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            U8Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op88/{u8}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn u8_post(
        &self,
        u8: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<U8PostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op88/");
        url.push_str(
            &super::runtime::path_param(
                "u8",
                &super::runtime::to_value("u8", &u8)?,
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
        let req = self.run_request_hooks("u8_post", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "u8_post", method = "POST", path =
            "/op88/{u8}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("u8_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        U8PostError,
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
