//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::u65e5_u672c`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U65e5U672cParams {
    pub u65e5_u672c2: ::std::option::Option<::std::string::String>,
    pub u65e5_u672c3: ::std::option::Option<::std::string::String>,
    pub u65e5_u672c4: ::std::option::Option<::std::string::String>,
}
impl U65e5U672cParams {
    /// Sets `u65e5_u672c2`.
    #[must_use]
    pub fn u65e5_u672c2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u65e5_u672c2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `u65e5_u672c3`.
    #[must_use]
    pub fn u65e5_u672c3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u65e5_u672c3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `u65e5_u672c4`.
    #[must_use]
    pub fn u65e5_u672c4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u65e5_u672c4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::u65e5_u672c`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U65e5U672cOkHeaders {
    pub u65e5_u672c: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::u65e5_u672c`].
#[derive(Debug, Clone, PartialEq)]
pub enum U65e5U672cResponse {
    /// ok
    Ok { body: super::types::Everything, headers: U65e5U672cOkHeaders },
}
/// Documented error responses of [`super::Client::u65e5_u672c`].
#[derive(Debug, Clone, PartialEq)]
pub enum U65e5U672cError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::u65e5_u672c_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum U65e5U672cPostError {}
impl super::Client {
    /// */ operation 日本 "#
    ///
    /// `GET /op83/{日本}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn u65e5_u672c(
        &self,
        u65e5_u672c: &str,
        params: &U65e5U672cParams,
    ) -> ::std::result::Result<U65e5U672cResponse, super::Error<U65e5U672cError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op83/");
        url.push_str(
            &super::runtime::path_param(
                "日本",
                &super::runtime::to_value("日本", &u65e5_u672c)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.u65e5_u672c2 {
            let v = super::runtime::to_value("日本", v)?;
            super::runtime::push_param(&mut query, "日本", &v, "form", true);
        }
        if let Some(v) = &params.u65e5_u672c3 {
            let v = super::runtime::to_value("日本", v)?;
            headers.push(("日本", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.u65e5_u672c4 {
            let v = super::runtime::to_value("日本", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "日本", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[83usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self
            .run_request_hooks("u65e5_u672c", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "日本", method = "GET", path =
            "/op83/{日本}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("u65e5_u672c", status, &response_headers);
        match status {
            200 => {
                let headers = U65e5U672cOkHeaders {
                    u65e5_u672c: super::runtime::optional_header(
                        &response_headers,
                        "日本",
                        status,
                    )?,
                };
                Ok(U65e5U672cResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        U65e5U672cError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(U65e5U672cError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            U65e5U672cError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op83/{日本}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn u65e5_u672c_post(
        &self,
        u65e5_u672c: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<
        super::types::Untagged,
        super::Error<U65e5U672cPostError>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op83/");
        url.push_str(
            &super::runtime::path_param(
                "日本",
                &super::runtime::to_value("日本", &u65e5_u672c)?,
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
            .run_request_hooks("u65e5_u672c_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "日本_post", method = "POST", path =
            "/op83/{日本}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("u65e5_u672c_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        U65e5U672cPostError,
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
