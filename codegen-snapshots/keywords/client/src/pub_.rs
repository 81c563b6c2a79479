//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::pub`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PubParams {
    pub pub2: ::std::option::Option<::std::string::String>,
    pub pub3: ::std::option::Option<::std::string::String>,
    pub pub4: ::std::option::Option<::std::string::String>,
}
impl PubParams {
    /// Sets `pub2`.
    #[must_use]
    pub fn pub2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pub2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pub3`.
    #[must_use]
    pub fn pub3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pub3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pub4`.
    #[must_use]
    pub fn pub4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pub4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::pub`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PubOkHeaders {
    pub r#pub: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::pub`].
#[derive(Debug, Clone, PartialEq)]
pub enum PubResponse {
    /// ok
    Ok { body: super::types::Everything, headers: PubOkHeaders },
}
/// Documented error responses of [`super::Client::pub`].
#[derive(Debug, Clone, PartialEq)]
pub enum PubError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::pub_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum PubPostError {}
impl super::Client {
    /// */ operation pub "#
    ///
    /// `GET /op20/{pub}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#pub(
        &self,
        r#pub: &str,
        params: &PubParams,
    ) -> ::std::result::Result<PubResponse, super::Error<PubError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op20/");
        url.push_str(
            &super::runtime::path_param(
                "pub",
                &super::runtime::to_value("pub", &r#pub)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.pub2 {
            let v = super::runtime::to_value("pub", v)?;
            super::runtime::push_param(&mut query, "pub", &v, "form", true);
        }
        if let Some(v) = &params.pub3 {
            let v = super::runtime::to_value("pub", v)?;
            headers.push(("pub", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.pub4 {
            let v = super::runtime::to_value("pub", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "pub", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[20usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("pub", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "pub", method = "GET", path = "/op20/{pub}",
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
        self.run_response_hooks("pub", status, &response_headers);
        match status {
            200 => {
                let headers = PubOkHeaders {
                    r#pub: super::runtime::optional_header(
                        &response_headers,
                        "pub",
                        status,
                    )?,
                };
                Ok(PubResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        PubError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(PubError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            PubError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op20/{pub}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn pub_post(
        &self,
        r#pub: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<PubPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op20/");
        url.push_str(
            &super::runtime::path_param(
                "pub",
                &super::runtime::to_value("pub", &r#pub)?,
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
            .run_request_hooks("pub_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "pub_post", method = "POST", path =
            "/op20/{pub}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("pub_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        PubPostError,
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
