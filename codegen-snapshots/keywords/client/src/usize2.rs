//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::usize`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UsizeParams {
    pub usize2: ::std::option::Option<::std::string::String>,
    pub usize3: ::std::option::Option<::std::string::String>,
    pub usize4: ::std::option::Option<::std::string::String>,
}
impl UsizeParams {
    /// Sets `usize2`.
    #[must_use]
    pub fn usize2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.usize2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `usize3`.
    #[must_use]
    pub fn usize3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.usize3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `usize4`.
    #[must_use]
    pub fn usize4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.usize4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::usize`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UsizeOkHeaders {
    pub usize: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::usize`].
#[derive(Debug, Clone, PartialEq)]
pub enum UsizeResponse {
    /// ok
    Ok { body: super::types::Everything, headers: UsizeOkHeaders },
}
/// Documented error responses of [`super::Client::usize`].
#[derive(Debug, Clone, PartialEq)]
pub enum UsizeError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::usize_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum UsizePostError {}
impl super::Client {
    /// */ operation usize "#
    ///
    /// `GET /op93/{usize}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn usize(
        &self,
        usize: &str,
        params: &UsizeParams,
    ) -> ::std::result::Result<UsizeResponse, super::Error<UsizeError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op93/");
        url.push_str(
            &super::runtime::path_param(
                "usize",
                &super::runtime::to_value("usize", &usize)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.usize2 {
            let v = super::runtime::to_value("usize", v)?;
            super::runtime::push_param(&mut query, "usize", &v, "form", true);
        }
        if let Some(v) = &params.usize3 {
            let v = super::runtime::to_value("usize", v)?;
            headers.push(("usize", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.usize4 {
            let v = super::runtime::to_value("usize", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "usize", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[93usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("usize", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "usize", method = "GET", path =
            "/op93/{usize}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("usize", status, &response_headers);
        match status {
            200 => {
                let headers = UsizeOkHeaders {
                    usize: super::runtime::optional_header(
                        &response_headers,
                        "usize",
                        status,
                    )?,
                };
                Ok(UsizeResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        UsizeError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(UsizeError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            UsizeError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op93/{usize}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn usize_post(
        &self,
        usize: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<UsizePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op93/");
        url.push_str(
            &super::runtime::path_param(
                "usize",
                &super::runtime::to_value("usize", &usize)?,
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
            .run_request_hooks("usize_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "usize_post", method = "POST", path =
            "/op93/{usize}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("usize_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        UsizePostError,
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
