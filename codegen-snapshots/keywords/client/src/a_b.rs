//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::a_b`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ABParams {
    pub a_b2: ::std::option::Option<::std::string::String>,
    pub a_b3: ::std::option::Option<::std::string::String>,
    pub a_b4: ::std::option::Option<::std::string::String>,
}
impl ABParams {
    /// Sets `a_b2`.
    #[must_use]
    pub fn a_b2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.a_b2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `a_b3`.
    #[must_use]
    pub fn a_b3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.a_b3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `a_b4`.
    #[must_use]
    pub fn a_b4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.a_b4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::a_b`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ABOkHeaders {
    pub a_b: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::a_b`].
#[derive(Debug, Clone, PartialEq)]
pub enum ABResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ABOkHeaders },
}
/// Documented error responses of [`super::Client::a_b`].
#[derive(Debug, Clone, PartialEq)]
pub enum ABError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::a_b_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum ABPostError {}
impl super::Client {
    /// */ operation a-b "#
    ///
    /// `GET /op72/{a-b}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn a_b(
        &self,
        a_b: &str,
        params: &ABParams,
    ) -> ::std::result::Result<ABResponse, super::Error<ABError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op72/");
        url.push_str(
            &super::runtime::path_param(
                "a-b",
                &super::runtime::to_value("a-b", &a_b)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.a_b2 {
            let v = super::runtime::to_value("a-b", v)?;
            super::runtime::push_param(&mut query, "a-b", &v, "form", true);
        }
        if let Some(v) = &params.a_b3 {
            let v = super::runtime::to_value("a-b", v)?;
            headers.push(("a-b", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.a_b4 {
            let v = super::runtime::to_value("a-b", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "a-b", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[72usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("a_b", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "a-b", method = "GET", path = "/op72/{a-b}",
            status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("a_b", status, &response_headers);
        match status {
            200 => {
                let headers = ABOkHeaders {
                    a_b: super::runtime::optional_header(
                        &response_headers,
                        "a-b",
                        status,
                    )?,
                };
                Ok(ABResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        ABError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(ABError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            ABError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op72/{a-b}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn a_b_post(
        &self,
        a_b: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ABPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op72/");
        url.push_str(
            &super::runtime::path_param(
                "a-b",
                &super::runtime::to_value("a-b", &a_b)?,
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
            .run_request_hooks("a_b_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "a-b_post", method = "POST", path =
            "/op72/{a-b}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("a_b_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ABPostError,
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
