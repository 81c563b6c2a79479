//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::for`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ForParams {
    pub for2: ::std::option::Option<::std::string::String>,
    pub for3: ::std::option::Option<::std::string::String>,
    pub for4: ::std::option::Option<::std::string::String>,
}
impl ForParams {
    /// Sets `for2`.
    #[must_use]
    pub fn for2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.for2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `for3`.
    #[must_use]
    pub fn for3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.for3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `for4`.
    #[must_use]
    pub fn for4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.for4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::for`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ForOkHeaders {
    pub r#for: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::for`].
#[derive(Debug, Clone, PartialEq)]
pub enum ForResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ForOkHeaders },
}
/// Documented error responses of [`super::Client::for`].
#[derive(Debug, Clone, PartialEq)]
pub enum ForError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::for_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum ForPostError {}
impl super::Client {
    /// */ operation for "#
    ///
    /// `GET /op10/{for}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#for(
        &self,
        r#for: &str,
        params: &ForParams,
    ) -> ::std::result::Result<ForResponse, super::Error<ForError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op10/");
        url.push_str(
            &super::runtime::path_param(
                "for",
                &super::runtime::to_value("for", &r#for)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.for2 {
            let v = super::runtime::to_value("for", v)?;
            super::runtime::push_param(&mut query, "for", &v, "form", true);
        }
        if let Some(v) = &params.for3 {
            let v = super::runtime::to_value("for", v)?;
            headers.push(("for", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.for4 {
            let v = super::runtime::to_value("for", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "for", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[10usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("for", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "for", method = "GET", path = "/op10/{for}",
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
        self.run_response_hooks("for", status, &response_headers);
        match status {
            200 => {
                let headers = ForOkHeaders {
                    r#for: super::runtime::optional_header(
                        &response_headers,
                        "for",
                        status,
                    )?,
                };
                Ok(ForResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        ForError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(ForError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            ForError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op10/{for}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn for_post(
        &self,
        r#for: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ForPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op10/");
        url.push_str(
            &super::runtime::path_param(
                "for",
                &super::runtime::to_value("for", &r#for)?,
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
            .run_request_hooks("for_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "for_post", method = "POST", path =
            "/op10/{for}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("for_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ForPostError,
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
