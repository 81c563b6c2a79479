//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::i32`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct I32Params {
    pub i32_2: ::std::option::Option<::std::string::String>,
    pub i32_3: ::std::option::Option<::std::string::String>,
    pub i32_4: ::std::option::Option<::std::string::String>,
}
impl I32Params {
    /// Sets `i32_2`.
    #[must_use]
    pub fn i32_2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.i32_2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `i32_3`.
    #[must_use]
    pub fn i32_3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.i32_3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `i32_4`.
    #[must_use]
    pub fn i32_4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.i32_4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::i32`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct I32OkHeaders {
    pub i32: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::i32`].
#[derive(Debug, Clone, PartialEq)]
pub enum I32Response {
    /// ok
    Ok { body: super::types::Everything, headers: I32OkHeaders },
}
/// Documented error responses of [`super::Client::i32`].
#[derive(Debug, Clone, PartialEq)]
pub enum I32Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::i32_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum I32PostError {}
impl super::Client {
    /// */ operation i32 "#
    ///
    /// `GET /op96/{i32}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn i32(
        &self,
        i32: &str,
        params: &I32Params,
    ) -> ::std::result::Result<I32Response, super::Error<I32Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op96/");
        url.push_str(
            &super::runtime::path_param(
                "i32",
                &super::runtime::to_value("i32", &i32)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.i32_2 {
            let v = super::runtime::to_value("i32", v)?;
            super::runtime::push_param(&mut query, "i32", &v, "form", true);
        }
        if let Some(v) = &params.i32_3 {
            let v = super::runtime::to_value("i32", v)?;
            headers.push(("i32", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.i32_4 {
            let v = super::runtime::to_value("i32", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "i32", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[96usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("i32", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "i32", method = "GET", path = "/op96/{i32}",
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
        self.run_response_hooks("i32", status, &response_headers);
        match status {
            200 => {
                let headers = I32OkHeaders {
                    i32: super::runtime::optional_header(
                        &response_headers,
                        "i32",
                        status,
                    )?,
                };
                Ok(I32Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        I32Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(I32Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            I32Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op96/{i32}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn i32_post(
        &self,
        i32: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<I32PostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op96/");
        url.push_str(
            &super::runtime::path_param(
                "i32",
                &super::runtime::to_value("i32", &i32)?,
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
            .run_request_hooks("i32_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "i32_post", method = "POST", path =
            "/op96/{i32}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("i32_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        I32PostError,
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
