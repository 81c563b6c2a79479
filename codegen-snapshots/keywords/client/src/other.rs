//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::other`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OtherParams {
    pub other2: ::std::option::Option<::std::string::String>,
    pub other3: ::std::option::Option<::std::string::String>,
    pub other4: ::std::option::Option<::std::string::String>,
}
impl OtherParams {
    /// Sets `other2`.
    #[must_use]
    pub fn other2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.other2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `other3`.
    #[must_use]
    pub fn other3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.other3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `other4`.
    #[must_use]
    pub fn other4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.other4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::other`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OtherOkHeaders {
    pub other: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::other`].
#[derive(Debug, Clone, PartialEq)]
pub enum OtherResponse {
    /// ok
    Ok { body: super::types::Everything, headers: OtherOkHeaders },
}
/// Documented error responses of [`super::Client::other`].
#[derive(Debug, Clone, PartialEq)]
pub enum OtherError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::other_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum OtherPostError {}
impl super::Client {
    /// */ operation Other "#
    ///
    /// `GET /op161/{Other}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn other(
        &self,
        other: &str,
        params: &OtherParams,
    ) -> ::std::result::Result<OtherResponse, super::Error<OtherError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op161/");
        url.push_str(
            &super::runtime::path_param(
                "Other",
                &super::runtime::to_value("Other", &other)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.other2 {
            let v = super::runtime::to_value("Other", v)?;
            super::runtime::push_param(&mut query, "Other", &v, "form", true);
        }
        if let Some(v) = &params.other3 {
            let v = super::runtime::to_value("Other", v)?;
            headers.push(("Other", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.other4 {
            let v = super::runtime::to_value("Other", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Other", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[161usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("other", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Other", method = "GET", path =
            "/op161/{Other}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("other", status, &response_headers);
        match status {
            200 => {
                let headers = OtherOkHeaders {
                    other: super::runtime::optional_header(
                        &response_headers,
                        "Other",
                        status,
                    )?,
                };
                Ok(OtherResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        OtherError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(OtherError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            OtherError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op161/{Other}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn other_post(
        &self,
        other: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<OtherPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op161/");
        url.push_str(
            &super::runtime::path_param(
                "Other",
                &super::runtime::to_value("Other", &other)?,
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
            .run_request_hooks("other_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Other_post", method = "POST", path =
            "/op161/{Other}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("other_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        OtherPostError,
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
