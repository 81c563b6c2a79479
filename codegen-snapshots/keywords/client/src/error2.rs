//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::error2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Error2Params {
    pub error2: ::std::option::Option<::std::string::String>,
    pub error3: ::std::option::Option<::std::string::String>,
    pub error4: ::std::option::Option<::std::string::String>,
}
impl Error2Params {
    /// Sets `error2`.
    #[must_use]
    pub fn error2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `error3`.
    #[must_use]
    pub fn error3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `error4`.
    #[must_use]
    pub fn error4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::error2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Error2OkHeaders {
    pub error: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::error2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Error2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Error2OkHeaders },
}
/// Documented error responses of [`super::Client::error2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Error2Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::error_post2`].
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorPost2Error {}
impl super::Client {
    /// */ operation error "#
    ///
    /// `GET /op200/{error}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn error2(
        &self,
        error: &str,
        params: &Error2Params,
    ) -> ::std::result::Result<Error2Response, super::Error<Error2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op200/");
        url.push_str(
            &super::runtime::path_param(
                "error",
                &super::runtime::to_value("error", &error)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.error2 {
            let v = super::runtime::to_value("error", v)?;
            super::runtime::push_param(&mut query, "error", &v, "form", true);
        }
        if let Some(v) = &params.error3 {
            let v = super::runtime::to_value("error", v)?;
            headers.push(("error", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.error4 {
            let v = super::runtime::to_value("error", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "error", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[200usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("error2", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "error", method = "GET", path =
            "/op200/{error}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("error2", status, &response_headers);
        match status {
            200 => {
                let headers = Error2OkHeaders {
                    error: super::runtime::optional_header(
                        &response_headers,
                        "error",
                        status,
                    )?,
                };
                Ok(Error2Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        Error2Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(Error2Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            Error2Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op200/{error}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn error_post2(
        &self,
        error: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ErrorPost2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op200/");
        url.push_str(
            &super::runtime::path_param(
                "error",
                &super::runtime::to_value("error", &error)?,
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
            .run_request_hooks("error_post2", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "error_post", method = "POST", path =
            "/op200/{error}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("error_post2", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ErrorPost2Error,
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
