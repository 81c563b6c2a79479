//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::u32`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U32Params {
    pub u32_2: ::std::option::Option<::std::string::String>,
    pub u32_3: ::std::option::Option<::std::string::String>,
    pub u32_4: ::std::option::Option<::std::string::String>,
}
impl U32Params {
    /// Sets `u32_2`.
    #[must_use]
    pub fn u32_2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u32_2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `u32_3`.
    #[must_use]
    pub fn u32_3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u32_3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `u32_4`.
    #[must_use]
    pub fn u32_4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u32_4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::u32`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U32OkHeaders {
    pub u32: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::u32`].
#[derive(Debug, Clone, PartialEq)]
pub enum U32Response {
    /// ok
    Ok { body: super::types::Everything, headers: U32OkHeaders },
}
/// Documented error responses of [`super::Client::u32`].
#[derive(Debug, Clone, PartialEq)]
pub enum U32Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::u32_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum U32PostError {}
impl super::Client {
    /// */ operation u32 "#
    ///
    /// `GET /op90/{u32}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn u32(
        &self,
        u32: &str,
        params: &U32Params,
    ) -> ::std::result::Result<U32Response, super::Error<U32Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op90/");
        url.push_str(
            &super::runtime::path_param(
                "u32",
                &super::runtime::to_value("u32", &u32)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.u32_2 {
            let v = super::runtime::to_value("u32", v)?;
            super::runtime::push_param(&mut query, "u32", &v, "form", true);
        }
        if let Some(v) = &params.u32_3 {
            let v = super::runtime::to_value("u32", v)?;
            headers.push(("u32", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.u32_4 {
            let v = super::runtime::to_value("u32", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "u32", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[90usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("u32", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "u32", method = "GET", path = "/op90/{u32}",
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
        self.run_response_hooks("u32", status, &response_headers);
        match status {
            200 => {
                let headers = U32OkHeaders {
                    u32: super::runtime::optional_header(
                        &response_headers,
                        "u32",
                        status,
                    )?,
                };
                Ok(U32Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        U32Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(U32Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            U32Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op90/{u32}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn u32_post(
        &self,
        u32: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<U32PostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op90/");
        url.push_str(
            &super::runtime::path_param(
                "u32",
                &super::runtime::to_value("u32", &u32)?,
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
            .run_request_hooks("u32_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "u32_post", method = "POST", path =
            "/op90/{u32}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("u32_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        U32PostError,
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
