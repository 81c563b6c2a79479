//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::copy`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CopyParams {
    pub copy2: ::std::option::Option<::std::string::String>,
    pub copy3: ::std::option::Option<::std::string::String>,
    pub copy4: ::std::option::Option<::std::string::String>,
}
impl CopyParams {
    /// Sets `copy2`.
    #[must_use]
    pub fn copy2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.copy2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `copy3`.
    #[must_use]
    pub fn copy3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.copy3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `copy4`.
    #[must_use]
    pub fn copy4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.copy4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::copy`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CopyOkHeaders {
    pub copy: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::copy`].
#[derive(Debug, Clone, PartialEq)]
pub enum CopyResponse {
    /// ok
    Ok { body: super::types::Everything, headers: CopyOkHeaders },
}
/// Documented error responses of [`super::Client::copy`].
#[derive(Debug, Clone, PartialEq)]
pub enum CopyError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::copy_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum CopyPostError {}
impl super::Client {
    /// */ operation Copy "#
    ///
    /// `GET /op113/{Copy}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn copy(
        &self,
        copy: &str,
        params: &CopyParams,
    ) -> ::std::result::Result<CopyResponse, super::Error<CopyError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op113/");
        url.push_str(
            &super::runtime::path_param(
                "Copy",
                &super::runtime::to_value("Copy", &copy)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.copy2 {
            let v = super::runtime::to_value("Copy", v)?;
            super::runtime::push_param(&mut query, "Copy", &v, "form", true);
        }
        if let Some(v) = &params.copy3 {
            let v = super::runtime::to_value("Copy", v)?;
            headers.push(("Copy", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.copy4 {
            let v = super::runtime::to_value("Copy", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Copy", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[113usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("copy", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Copy", method = "GET", path =
            "/op113/{Copy}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("copy", status, &response_headers);
        match status {
            200 => {
                let headers = CopyOkHeaders {
                    copy: super::runtime::optional_header(
                        &response_headers,
                        "Copy",
                        status,
                    )?,
                };
                Ok(CopyResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        CopyError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(CopyError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            CopyError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op113/{Copy}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn copy_post(
        &self,
        copy: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<CopyPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op113/");
        url.push_str(
            &super::runtime::path_param(
                "Copy",
                &super::runtime::to_value("Copy", &copy)?,
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
            .run_request_hooks("copy_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Copy_post", method = "POST", path =
            "/op113/{Copy}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("copy_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        CopyPostError,
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
