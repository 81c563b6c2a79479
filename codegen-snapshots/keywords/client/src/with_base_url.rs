//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::with_base_url3`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WithBaseUrl3Params {
    pub with_base_url2: ::std::option::Option<::std::string::String>,
    pub with_base_url3: ::std::option::Option<::std::string::String>,
    pub with_base_url4: ::std::option::Option<::std::string::String>,
}
impl WithBaseUrl3Params {
    /// Sets `with_base_url2`.
    #[must_use]
    pub fn with_base_url2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.with_base_url2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `with_base_url3`.
    #[must_use]
    pub fn with_base_url3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.with_base_url3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `with_base_url4`.
    #[must_use]
    pub fn with_base_url4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.with_base_url4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::with_base_url3`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WithBaseUrl3OkHeaders {
    pub with_base_url: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::with_base_url3`].
#[derive(Debug, Clone, PartialEq)]
pub enum WithBaseUrl3Response {
    /// ok
    Ok { body: super::types::Everything, headers: WithBaseUrl3OkHeaders },
}
/// Documented error responses of [`super::Client::with_base_url3`].
#[derive(Debug, Clone, PartialEq)]
pub enum WithBaseUrl3Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::with_base_url_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum WithBaseUrlPostError {}
impl super::Client {
    /// */ operation with_base_url "#
    ///
    /// `GET /op165/{with_base_url}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn with_base_url3(
        &self,
        with_base_url: &str,
        params: &WithBaseUrl3Params,
    ) -> ::std::result::Result<WithBaseUrl3Response, super::Error<WithBaseUrl3Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op165/");
        url.push_str(
            &super::runtime::path_param(
                "with_base_url",
                &super::runtime::to_value("with_base_url", &with_base_url)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.with_base_url2 {
            let v = super::runtime::to_value("with_base_url", v)?;
            super::runtime::push_param(&mut query, "with_base_url", &v, "form", true);
        }
        if let Some(v) = &params.with_base_url3 {
            let v = super::runtime::to_value("with_base_url", v)?;
            headers.push(("with_base_url", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.with_base_url4 {
            let v = super::runtime::to_value("with_base_url", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "with_base_url", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[165usize]], &mut query, &mut headers, &mut cookies);
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
            .run_request_hooks("with_base_url3", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "with_base_url", method = "GET", path =
            "/op165/{with_base_url}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("with_base_url3", status, &response_headers);
        match status {
            200 => {
                let headers = WithBaseUrl3OkHeaders {
                    with_base_url: super::runtime::optional_header(
                        &response_headers,
                        "with_base_url",
                        status,
                    )?,
                };
                Ok(WithBaseUrl3Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        WithBaseUrl3Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(WithBaseUrl3Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            WithBaseUrl3Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op165/{with_base_url}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn with_base_url_post(
        &self,
        with_base_url: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<
        super::types::Untagged,
        super::Error<WithBaseUrlPostError>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op165/");
        url.push_str(
            &super::runtime::path_param(
                "with_base_url",
                &super::runtime::to_value("with_base_url", &with_base_url)?,
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
            .run_request_hooks("with_base_url_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "with_base_url_post", method = "POST", path
            = "/op165/{with_base_url}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("with_base_url_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        WithBaseUrlPostError,
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
