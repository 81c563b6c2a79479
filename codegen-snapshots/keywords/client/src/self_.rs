//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::self_`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SelfParams {
    pub self_3: ::std::option::Option<::std::string::String>,
    pub self_4: ::std::option::Option<::std::string::String>,
    pub self_5: ::std::option::Option<::std::string::String>,
}
impl SelfParams {
    /// Sets `self_3`.
    #[must_use]
    pub fn self_3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.self_3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `self_4`.
    #[must_use]
    pub fn self_4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.self_4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `self_5`.
    #[must_use]
    pub fn self_5(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.self_5 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::self_`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SelfOkHeaders {
    pub self_: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::self_`].
#[derive(Debug, Clone, PartialEq)]
pub enum SelfResponse {
    /// ok
    Ok { body: super::types::Everything, headers: SelfOkHeaders },
}
/// Documented error responses of [`super::Client::self_`].
#[derive(Debug, Clone, PartialEq)]
pub enum SelfError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::self_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum SelfPostError {}
impl super::Client {
    /// */ operation self "#
    ///
    /// `GET /op23/{self}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn self_(
        &self,
        self_2: &str,
        params: &SelfParams,
    ) -> ::std::result::Result<SelfResponse, super::Error<SelfError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op23/");
        url.push_str(
            &super::runtime::path_param(
                "self",
                &super::runtime::to_value("self", &self_2)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.self_3 {
            let v = super::runtime::to_value("self", v)?;
            super::runtime::push_param(&mut query, "self", &v, "form", true);
        }
        if let Some(v) = &params.self_4 {
            let v = super::runtime::to_value("self", v)?;
            headers.push(("self", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.self_5 {
            let v = super::runtime::to_value("self", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "self", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[23usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("self_", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "self", method = "GET", path =
            "/op23/{self}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("self_", status, &response_headers);
        match status {
            200 => {
                let headers = SelfOkHeaders {
                    self_: super::runtime::optional_header(
                        &response_headers,
                        "self",
                        status,
                    )?,
                };
                Ok(SelfResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        SelfError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(SelfError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            SelfError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op23/{self}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn self_post(
        &self,
        self_2: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<SelfPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op23/");
        url.push_str(
            &super::runtime::path_param(
                "self",
                &super::runtime::to_value("self", &self_2)?,
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
            .run_request_hooks("self_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "self_post", method = "POST", path =
            "/op23/{self}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("self_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        SelfPostError,
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
