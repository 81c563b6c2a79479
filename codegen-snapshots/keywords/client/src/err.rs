//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::err`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrParams {
    pub err2: ::std::option::Option<::std::string::String>,
    pub err3: ::std::option::Option<::std::string::String>,
    pub err4: ::std::option::Option<::std::string::String>,
}
impl ErrParams {
    /// Sets `err2`.
    #[must_use]
    pub fn err2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.err2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `err3`.
    #[must_use]
    pub fn err3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.err3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `err4`.
    #[must_use]
    pub fn err4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.err4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::err`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrOkHeaders {
    pub err: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::err`].
#[derive(Debug, Clone, PartialEq)]
pub enum ErrResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ErrOkHeaders },
}
/// Documented error responses of [`super::Client::err`].
#[derive(Debug, Clone, PartialEq)]
pub enum ErrError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::err_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum ErrPostError {}
impl super::Client {
    /// */ operation Err "#
    ///
    /// `GET /op107/{Err}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn err(
        &self,
        err: &str,
        params: &ErrParams,
    ) -> ::std::result::Result<ErrResponse, super::Error<ErrError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op107/");
        url.push_str(
            &super::runtime::path_param(
                "Err",
                &super::runtime::to_value("Err", &err)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.err2 {
            let v = super::runtime::to_value("Err", v)?;
            super::runtime::push_param(&mut query, "Err", &v, "form", true);
        }
        if let Some(v) = &params.err3 {
            let v = super::runtime::to_value("Err", v)?;
            headers.push(("Err", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.err4 {
            let v = super::runtime::to_value("Err", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Err", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[107usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("err", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Err", method = "GET", path =
            "/op107/{Err}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("err", status, &response_headers);
        match status {
            200 => {
                let headers = ErrOkHeaders {
                    err: super::runtime::optional_header(
                        &response_headers,
                        "Err",
                        status,
                    )?,
                };
                Ok(ErrResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        ErrError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(ErrError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            ErrError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op107/{Err}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn err_post(
        &self,
        err: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ErrPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op107/");
        url.push_str(
            &super::runtime::path_param(
                "Err",
                &super::runtime::to_value("Err", &err)?,
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
            .run_request_hooks("err_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Err_post", method = "POST", path =
            "/op107/{Err}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("err_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ErrPostError,
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
