//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::u16`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U16Params {
    pub u16_2: ::std::option::Option<::std::string::String>,
    pub u16_3: ::std::option::Option<::std::string::String>,
    pub u16_4: ::std::option::Option<::std::string::String>,
}
impl U16Params {
    /// Sets `u16_2`.
    #[must_use]
    pub fn u16_2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u16_2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `u16_3`.
    #[must_use]
    pub fn u16_3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u16_3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `u16_4`.
    #[must_use]
    pub fn u16_4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u16_4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::u16`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U16OkHeaders {
    pub u16: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::u16`].
#[derive(Debug, Clone, PartialEq)]
pub enum U16Response {
    /// ok
    Ok { body: super::types::Everything, headers: U16OkHeaders },
}
/// Documented error responses of [`super::Client::u16`].
#[derive(Debug, Clone, PartialEq)]
pub enum U16Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::u16_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum U16PostError {}
impl super::Client {
    /// */ operation u16 "#
    ///
    /// `GET /op89/{u16}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn u16(
        &self,
        u16: &str,
        params: &U16Params,
    ) -> ::std::result::Result<U16Response, super::Error<U16Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op89/");
        url.push_str(
            &super::runtime::path_param(
                "u16",
                &super::runtime::to_value("u16", &u16)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.u16_2 {
            let v = super::runtime::to_value("u16", v)?;
            super::runtime::push_param(&mut query, "u16", &v, "form", true);
        }
        if let Some(v) = &params.u16_3 {
            let v = super::runtime::to_value("u16", v)?;
            headers.push(("u16", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.u16_4 {
            let v = super::runtime::to_value("u16", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "u16", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[89usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("u16", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "u16", method = "GET", path = "/op89/{u16}",
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
        self.run_response_hooks("u16", status, &response_headers);
        match status {
            200 => {
                let headers = U16OkHeaders {
                    u16: super::runtime::optional_header(
                        &response_headers,
                        "u16",
                        status,
                    )?,
                };
                Ok(U16Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        U16Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(U16Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            U16Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op89/{u16}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn u16_post(
        &self,
        u16: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<U16PostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op89/");
        url.push_str(
            &super::runtime::path_param(
                "u16",
                &super::runtime::to_value("u16", &u16)?,
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
            .run_request_hooks("u16_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "u16_post", method = "POST", path =
            "/op89/{u16}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("u16_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        U16PostError,
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
