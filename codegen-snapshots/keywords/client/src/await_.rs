//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::await`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AwaitParams {
    pub await2: ::std::option::Option<::std::string::String>,
    pub await3: ::std::option::Option<::std::string::String>,
    pub await4: ::std::option::Option<::std::string::String>,
}
impl AwaitParams {
    /// Sets `await2`.
    #[must_use]
    pub fn await2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.await2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `await3`.
    #[must_use]
    pub fn await3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.await3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `await4`.
    #[must_use]
    pub fn await4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.await4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::await`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AwaitOkHeaders {
    pub r#await: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::await`].
#[derive(Debug, Clone, PartialEq)]
pub enum AwaitResponse {
    /// ok
    Ok { body: super::types::Everything, headers: AwaitOkHeaders },
}
/// Documented error responses of [`super::Client::await`].
#[derive(Debug, Clone, PartialEq)]
pub enum AwaitError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::await_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum AwaitPostError {}
impl super::Client {
    /// */ operation await "#
    ///
    /// `GET /op36/{await}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#await(
        &self,
        r#await: &str,
        params: &AwaitParams,
    ) -> ::std::result::Result<AwaitResponse, super::Error<AwaitError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op36/");
        url.push_str(
            &super::runtime::path_param(
                "await",
                &super::runtime::to_value("await", &r#await)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.await2 {
            let v = super::runtime::to_value("await", v)?;
            super::runtime::push_param(&mut query, "await", &v, "form", true);
        }
        if let Some(v) = &params.await3 {
            let v = super::runtime::to_value("await", v)?;
            headers.push(("await", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.await4 {
            let v = super::runtime::to_value("await", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "await", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[36usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("await", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "await", method = "GET", path =
            "/op36/{await}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("await", status, &response_headers);
        match status {
            200 => {
                let headers = AwaitOkHeaders {
                    r#await: super::runtime::optional_header(
                        &response_headers,
                        "await",
                        status,
                    )?,
                };
                Ok(AwaitResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        AwaitError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(AwaitError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            AwaitError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op36/{await}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn await_post(
        &self,
        r#await: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<AwaitPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op36/");
        url.push_str(
            &super::runtime::path_param(
                "await",
                &super::runtime::to_value("await", &r#await)?,
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
            .run_request_hooks("await_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "await_post", method = "POST", path =
            "/op36/{await}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("await_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        AwaitPostError,
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
