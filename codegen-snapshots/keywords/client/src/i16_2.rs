//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::i16`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct I16Params {
    pub i16_2: ::std::option::Option<::std::string::String>,
    pub i16_3: ::std::option::Option<::std::string::String>,
    pub i16_4: ::std::option::Option<::std::string::String>,
}
impl I16Params {
    /// Sets `i16_2`.
    #[must_use]
    pub fn i16_2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.i16_2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `i16_3`.
    #[must_use]
    pub fn i16_3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.i16_3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `i16_4`.
    #[must_use]
    pub fn i16_4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.i16_4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::i16`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct I16OkHeaders {
    pub i16: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::i16`].
#[derive(Debug, Clone, PartialEq)]
pub enum I16Response {
    /// ok
    Ok { body: super::types::Everything, headers: I16OkHeaders },
}
/// Documented error responses of [`super::Client::i16`].
#[derive(Debug, Clone, PartialEq)]
pub enum I16Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::i16_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum I16PostError {}
impl super::Client {
    /// */ operation i16 "#
    ///
    /// `GET /op95/{i16}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn i16(
        &self,
        i16: &str,
        params: &I16Params,
    ) -> ::std::result::Result<I16Response, super::Error<I16Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op95/");
        url.push_str(
            &super::runtime::path_param(
                "i16",
                &super::runtime::to_value("i16", &i16)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.i16_2 {
            let v = super::runtime::to_value("i16", v)?;
            super::runtime::push_param(&mut query, "i16", &v, "form", true);
        }
        if let Some(v) = &params.i16_3 {
            let v = super::runtime::to_value("i16", v)?;
            headers.push(("i16", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.i16_4 {
            let v = super::runtime::to_value("i16", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "i16", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[95usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("i16", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "i16", method = "GET", path = "/op95/{i16}",
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
        self.run_response_hooks("i16", status, &response_headers);
        match status {
            200 => {
                let headers = I16OkHeaders {
                    i16: super::runtime::optional_header(
                        &response_headers,
                        "i16",
                        status,
                    )?,
                };
                Ok(I16Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        I16Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(I16Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            I16Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op95/{i16}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn i16_post(
        &self,
        i16: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<I16PostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op95/");
        url.push_str(
            &super::runtime::path_param(
                "i16",
                &super::runtime::to_value("i16", &i16)?,
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
            .run_request_hooks("i16_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "i16_post", method = "POST", path =
            "/op95/{i16}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("i16_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        I16PostError,
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
