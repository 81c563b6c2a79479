//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::become`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BecomeParams {
    pub become2: ::std::option::Option<::std::string::String>,
    pub become3: ::std::option::Option<::std::string::String>,
    pub become4: ::std::option::Option<::std::string::String>,
}
impl BecomeParams {
    /// Sets `become2`.
    #[must_use]
    pub fn become2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.become2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `become3`.
    #[must_use]
    pub fn become3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.become3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `become4`.
    #[must_use]
    pub fn become4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.become4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::become`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BecomeOkHeaders {
    pub r#become: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::become`].
#[derive(Debug, Clone, PartialEq)]
pub enum BecomeResponse {
    /// ok
    Ok { body: super::types::Everything, headers: BecomeOkHeaders },
}
/// Documented error responses of [`super::Client::become`].
#[derive(Debug, Clone, PartialEq)]
pub enum BecomeError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::become_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum BecomePostError {}
impl super::Client {
    /// */ operation become "#
    ///
    /// `GET /op39/{become}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#become(
        &self,
        r#become: &str,
        params: &BecomeParams,
    ) -> ::std::result::Result<BecomeResponse, super::Error<BecomeError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op39/");
        url.push_str(
            &super::runtime::path_param(
                "become",
                &super::runtime::to_value("become", &r#become)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.become2 {
            let v = super::runtime::to_value("become", v)?;
            super::runtime::push_param(&mut query, "become", &v, "form", true);
        }
        if let Some(v) = &params.become3 {
            let v = super::runtime::to_value("become", v)?;
            headers.push(("become", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.become4 {
            let v = super::runtime::to_value("become", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "become", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[39usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("become", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "become", method = "GET", path =
            "/op39/{become}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("become", status, &response_headers);
        match status {
            200 => {
                let headers = BecomeOkHeaders {
                    r#become: super::runtime::optional_header(
                        &response_headers,
                        "become",
                        status,
                    )?,
                };
                Ok(BecomeResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        BecomeError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(BecomeError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            BecomeError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op39/{become}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn become_post(
        &self,
        r#become: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<BecomePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op39/");
        url.push_str(
            &super::runtime::path_param(
                "become",
                &super::runtime::to_value("become", &r#become)?,
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
            .run_request_hooks("become_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "become_post", method = "POST", path =
            "/op39/{become}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("become_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        BecomePostError,
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
