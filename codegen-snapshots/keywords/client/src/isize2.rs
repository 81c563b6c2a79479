//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::isize`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IsizeParams {
    pub isize2: ::std::option::Option<::std::string::String>,
    pub isize3: ::std::option::Option<::std::string::String>,
    pub isize4: ::std::option::Option<::std::string::String>,
}
impl IsizeParams {
    /// Sets `isize2`.
    #[must_use]
    pub fn isize2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.isize2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `isize3`.
    #[must_use]
    pub fn isize3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.isize3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `isize4`.
    #[must_use]
    pub fn isize4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.isize4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::isize`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IsizeOkHeaders {
    pub isize: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::isize`].
#[derive(Debug, Clone, PartialEq)]
pub enum IsizeResponse {
    /// ok
    Ok { body: super::types::Everything, headers: IsizeOkHeaders },
}
/// Documented error responses of [`super::Client::isize`].
#[derive(Debug, Clone, PartialEq)]
pub enum IsizeError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::isize_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum IsizePostError {}
impl super::Client {
    /// */ operation isize "#
    ///
    /// `GET /op99/{isize}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn isize(
        &self,
        isize: &str,
        params: &IsizeParams,
    ) -> ::std::result::Result<IsizeResponse, super::Error<IsizeError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op99/");
        url.push_str(
            &super::runtime::path_param(
                "isize",
                &super::runtime::to_value("isize", &isize)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.isize2 {
            let v = super::runtime::to_value("isize", v)?;
            super::runtime::push_param(&mut query, "isize", &v, "form", true);
        }
        if let Some(v) = &params.isize3 {
            let v = super::runtime::to_value("isize", v)?;
            headers.push(("isize", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.isize4 {
            let v = super::runtime::to_value("isize", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "isize", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[99usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("isize", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "isize", method = "GET", path =
            "/op99/{isize}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("isize", status, &response_headers);
        match status {
            200 => {
                let headers = IsizeOkHeaders {
                    isize: super::runtime::optional_header(
                        &response_headers,
                        "isize",
                        status,
                    )?,
                };
                Ok(IsizeResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        IsizeError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(IsizeError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            IsizeError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op99/{isize}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn isize_post(
        &self,
        isize: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<IsizePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op99/");
        url.push_str(
            &super::runtime::path_param(
                "isize",
                &super::runtime::to_value("isize", &isize)?,
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
            .run_request_hooks("isize_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "isize_post", method = "POST", path =
            "/op99/{isize}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("isize_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        IsizePostError,
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
