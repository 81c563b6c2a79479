//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::yield`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct YieldParams {
    pub yield2: ::std::option::Option<::std::string::String>,
    pub yield3: ::std::option::Option<::std::string::String>,
    pub yield4: ::std::option::Option<::std::string::String>,
}
impl YieldParams {
    /// Sets `yield2`.
    #[must_use]
    pub fn yield2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.yield2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `yield3`.
    #[must_use]
    pub fn yield3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.yield3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `yield4`.
    #[must_use]
    pub fn yield4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.yield4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::yield`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct YieldOkHeaders {
    pub r#yield: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::yield`].
#[derive(Debug, Clone, PartialEq)]
pub enum YieldResponse {
    /// ok
    Ok { body: super::types::Everything, headers: YieldOkHeaders },
}
/// Documented error responses of [`super::Client::yield`].
#[derive(Debug, Clone, PartialEq)]
pub enum YieldError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::yield_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum YieldPostError {}
impl super::Client {
    /// */ operation yield "#
    ///
    /// `GET /op49/{yield}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#yield(
        &self,
        r#yield: &str,
        params: &YieldParams,
    ) -> ::std::result::Result<YieldResponse, super::Error<YieldError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op49/");
        url.push_str(
            &super::runtime::path_param(
                "yield",
                &super::runtime::to_value("yield", &r#yield)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.yield2 {
            let v = super::runtime::to_value("yield", v)?;
            super::runtime::push_param(&mut query, "yield", &v, "form", true);
        }
        if let Some(v) = &params.yield3 {
            let v = super::runtime::to_value("yield", v)?;
            headers.push(("yield", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.yield4 {
            let v = super::runtime::to_value("yield", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "yield", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[49usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("yield", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "yield", method = "GET", path =
            "/op49/{yield}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("yield", status, &response_headers);
        match status {
            200 => {
                let headers = YieldOkHeaders {
                    r#yield: super::runtime::optional_header(
                        &response_headers,
                        "yield",
                        status,
                    )?,
                };
                Ok(YieldResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        YieldError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(YieldError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            YieldError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op49/{yield}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn yield_post(
        &self,
        r#yield: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<YieldPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op49/");
        url.push_str(
            &super::runtime::path_param(
                "yield",
                &super::runtime::to_value("yield", &r#yield)?,
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
            .run_request_hooks("yield_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "yield_post", method = "POST", path =
            "/op49/{yield}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("yield_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        YieldPostError,
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
