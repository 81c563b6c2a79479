//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::headers`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HeadersParams {
    pub headers2: ::std::option::Option<::std::string::String>,
    pub headers3: ::std::option::Option<::std::string::String>,
    pub headers4: ::std::option::Option<::std::string::String>,
}
impl HeadersParams {
    /// Sets `headers2`.
    #[must_use]
    pub fn headers2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.headers2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `headers3`.
    #[must_use]
    pub fn headers3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.headers3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `headers4`.
    #[must_use]
    pub fn headers4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.headers4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::headers`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HeadersOkHeaders {
    pub headers: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::headers`].
#[derive(Debug, Clone, PartialEq)]
pub enum HeadersResponse {
    /// ok
    Ok { body: super::types::Everything, headers: HeadersOkHeaders },
}
/// Documented error responses of [`super::Client::headers`].
#[derive(Debug, Clone, PartialEq)]
pub enum HeadersError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::headers_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum HeadersPostError {}
impl super::Client {
    /// */ operation headers "#
    ///
    /// `GET /op192/{headers}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn headers(
        &self,
        headers_param: &str,
        params: &HeadersParams,
    ) -> ::std::result::Result<HeadersResponse, super::Error<HeadersError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op192/");
        url.push_str(
            &super::runtime::path_param(
                "headers",
                &super::runtime::to_value("headers", &headers_param)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.headers2 {
            let v = super::runtime::to_value("headers", v)?;
            super::runtime::push_param(&mut query, "headers", &v, "form", true);
        }
        if let Some(v) = &params.headers3 {
            let v = super::runtime::to_value("headers", v)?;
            headers.push(("headers", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.headers4 {
            let v = super::runtime::to_value("headers", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "headers", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[192usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("headers", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "headers", method = "GET", path =
            "/op192/{headers}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("headers", status, &response_headers);
        match status {
            200 => {
                let headers = HeadersOkHeaders {
                    headers: super::runtime::optional_header(
                        &response_headers,
                        "headers",
                        status,
                    )?,
                };
                Ok(HeadersResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        HeadersError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(HeadersError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            HeadersError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op192/{headers}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn headers_post(
        &self,
        headers_param: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<HeadersPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op192/");
        url.push_str(
            &super::runtime::path_param(
                "headers",
                &super::runtime::to_value("headers", &headers_param)?,
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
            .run_request_hooks("headers_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "headers_post", method = "POST", path =
            "/op192/{headers}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("headers_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        HeadersPostError,
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
