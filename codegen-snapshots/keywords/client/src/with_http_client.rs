//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::with_http_client3`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WithHttpClient3Params {
    pub with_http_client2: ::std::option::Option<::std::string::String>,
    pub with_http_client3: ::std::option::Option<::std::string::String>,
    pub with_http_client4: ::std::option::Option<::std::string::String>,
}
impl WithHttpClient3Params {
    /// Sets `with_http_client2`.
    #[must_use]
    pub fn with_http_client2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.with_http_client2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `with_http_client3`.
    #[must_use]
    pub fn with_http_client3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.with_http_client3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `with_http_client4`.
    #[must_use]
    pub fn with_http_client4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.with_http_client4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::with_http_client3`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WithHttpClient3OkHeaders {
    pub with_http_client: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::with_http_client3`].
#[derive(Debug, Clone, PartialEq)]
pub enum WithHttpClient3Response {
    /// ok
    Ok { body: super::types::Everything, headers: WithHttpClient3OkHeaders },
}
/// Documented error responses of [`super::Client::with_http_client3`].
#[derive(Debug, Clone, PartialEq)]
pub enum WithHttpClient3Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::with_http_client_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum WithHttpClientPostError {}
impl super::Client {
    /// */ operation with_http_client "#
    ///
    /// `GET /op166/{with_http_client}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn with_http_client3(
        &self,
        with_http_client: &str,
        params: &WithHttpClient3Params,
    ) -> ::std::result::Result<
        WithHttpClient3Response,
        super::Error<WithHttpClient3Error>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op166/");
        url.push_str(
            &super::runtime::path_param(
                "with_http_client",
                &super::runtime::to_value("with_http_client", &with_http_client)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.with_http_client2 {
            let v = super::runtime::to_value("with_http_client", v)?;
            super::runtime::push_param(&mut query, "with_http_client", &v, "form", true);
        }
        if let Some(v) = &params.with_http_client3 {
            let v = super::runtime::to_value("with_http_client", v)?;
            headers.push(("with_http_client", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.with_http_client4 {
            let v = super::runtime::to_value("with_http_client", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "with_http_client", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[166usize]], &mut query, &mut headers, &mut cookies);
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
            .run_request_hooks("with_http_client3", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "with_http_client", method = "GET", path =
            "/op166/{with_http_client}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("with_http_client3", status, &response_headers);
        match status {
            200 => {
                let headers = WithHttpClient3OkHeaders {
                    with_http_client: super::runtime::optional_header(
                        &response_headers,
                        "with_http_client",
                        status,
                    )?,
                };
                Ok(WithHttpClient3Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        WithHttpClient3Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(WithHttpClient3Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            WithHttpClient3Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op166/{with_http_client}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn with_http_client_post(
        &self,
        with_http_client: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<
        super::types::Untagged,
        super::Error<WithHttpClientPostError>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op166/");
        url.push_str(
            &super::runtime::path_param(
                "with_http_client",
                &super::runtime::to_value("with_http_client", &with_http_client)?,
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
            .run_request_hooks("with_http_client_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "with_http_client_post", method = "POST",
            path = "/op166/{with_http_client}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("with_http_client_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        WithHttpClientPostError,
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
