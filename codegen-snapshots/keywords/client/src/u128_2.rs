//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::u128`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U128Params {
    pub u128_2: ::std::option::Option<::std::string::String>,
    pub u128_3: ::std::option::Option<::std::string::String>,
    pub u128_4: ::std::option::Option<::std::string::String>,
}
impl U128Params {
    /// Sets `u128_2`.
    #[must_use]
    pub fn u128_2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u128_2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `u128_3`.
    #[must_use]
    pub fn u128_3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u128_3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `u128_4`.
    #[must_use]
    pub fn u128_4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u128_4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::u128`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U128OkHeaders {
    pub u128: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::u128`].
#[derive(Debug, Clone, PartialEq)]
pub enum U128Response {
    /// ok
    Ok { body: super::types::Everything, headers: U128OkHeaders },
}
/// Documented error responses of [`super::Client::u128`].
#[derive(Debug, Clone, PartialEq)]
pub enum U128Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::u128_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum U128PostError {}
impl super::Client {
    /// */ operation u128 "#
    ///
    /// `GET /op92/{u128}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn u128(
        &self,
        u128: &str,
        params: &U128Params,
    ) -> ::std::result::Result<U128Response, super::Error<U128Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op92/");
        url.push_str(
            &super::runtime::path_param(
                "u128",
                &super::runtime::to_value("u128", &u128)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.u128_2 {
            let v = super::runtime::to_value("u128", v)?;
            super::runtime::push_param(&mut query, "u128", &v, "form", true);
        }
        if let Some(v) = &params.u128_3 {
            let v = super::runtime::to_value("u128", v)?;
            headers.push(("u128", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.u128_4 {
            let v = super::runtime::to_value("u128", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "u128", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[92usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("u128", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "u128", method = "GET", path =
            "/op92/{u128}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("u128", status, &response_headers);
        match status {
            200 => {
                let headers = U128OkHeaders {
                    u128: super::runtime::optional_header(
                        &response_headers,
                        "u128",
                        status,
                    )?,
                };
                Ok(U128Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        U128Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(U128Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            U128Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op92/{u128}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn u128_post(
        &self,
        u128: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<U128PostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op92/");
        url.push_str(
            &super::runtime::path_param(
                "u128",
                &super::runtime::to_value("u128", &u128)?,
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
            .run_request_hooks("u128_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "u128_post", method = "POST", path =
            "/op92/{u128}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("u128_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        U128PostError,
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
