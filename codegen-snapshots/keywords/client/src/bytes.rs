//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::bytes`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BytesParams {
    pub bytes2: ::std::option::Option<::std::string::String>,
    pub bytes3: ::std::option::Option<::std::string::String>,
    pub bytes4: ::std::option::Option<::std::string::String>,
}
impl BytesParams {
    /// Sets `bytes2`.
    #[must_use]
    pub fn bytes2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bytes2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bytes3`.
    #[must_use]
    pub fn bytes3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bytes3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bytes4`.
    #[must_use]
    pub fn bytes4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bytes4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::bytes`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BytesOkHeaders {
    pub bytes: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::bytes`].
#[derive(Debug, Clone, PartialEq)]
pub enum BytesResponse {
    /// ok
    Ok { body: super::types::Everything, headers: BytesOkHeaders },
}
/// Documented error responses of [`super::Client::bytes`].
#[derive(Debug, Clone, PartialEq)]
pub enum BytesError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::bytes_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum BytesPostError {}
impl super::Client {
    /// */ operation Bytes "#
    ///
    /// `GET /op155/{Bytes}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn bytes(
        &self,
        bytes_param: &str,
        params: &BytesParams,
    ) -> ::std::result::Result<BytesResponse, super::Error<BytesError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op155/");
        url.push_str(
            &super::runtime::path_param(
                "Bytes",
                &super::runtime::to_value("Bytes", &bytes_param)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.bytes2 {
            let v = super::runtime::to_value("Bytes", v)?;
            super::runtime::push_param(&mut query, "Bytes", &v, "form", true);
        }
        if let Some(v) = &params.bytes3 {
            let v = super::runtime::to_value("Bytes", v)?;
            headers.push(("Bytes", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.bytes4 {
            let v = super::runtime::to_value("Bytes", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Bytes", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[155usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("bytes", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Bytes", method = "GET", path =
            "/op155/{Bytes}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("bytes", status, &response_headers);
        match status {
            200 => {
                let headers = BytesOkHeaders {
                    bytes: super::runtime::optional_header(
                        &response_headers,
                        "Bytes",
                        status,
                    )?,
                };
                Ok(BytesResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        BytesError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(BytesError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            BytesError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op155/{Bytes}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn bytes_post(
        &self,
        bytes_param: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<BytesPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op155/");
        url.push_str(
            &super::runtime::path_param(
                "Bytes",
                &super::runtime::to_value("Bytes", &bytes_param)?,
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
            .run_request_hooks("bytes_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Bytes_post", method = "POST", path =
            "/op155/{Bytes}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("bytes_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        BytesPostError,
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
