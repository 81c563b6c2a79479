//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::use`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UseParams {
    pub use2: ::std::option::Option<::std::string::String>,
    pub use3: ::std::option::Option<::std::string::String>,
    pub use4: ::std::option::Option<::std::string::String>,
}
impl UseParams {
    /// Sets `use2`.
    #[must_use]
    pub fn use2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.use2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `use3`.
    #[must_use]
    pub fn use3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.use3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `use4`.
    #[must_use]
    pub fn use4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.use4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::use`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UseOkHeaders {
    pub r#use: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::use`].
#[derive(Debug, Clone, PartialEq)]
pub enum UseResponse {
    /// ok
    Ok { body: super::types::Everything, headers: UseOkHeaders },
}
/// Documented error responses of [`super::Client::use`].
#[derive(Debug, Clone, PartialEq)]
pub enum UseError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::use_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum UsePostError {}
impl super::Client {
    /// */ operation use "#
    ///
    /// `GET /op32/{use}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#use(
        &self,
        r#use: &str,
        params: &UseParams,
    ) -> ::std::result::Result<UseResponse, super::Error<UseError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op32/");
        url.push_str(
            &super::runtime::path_param(
                "use",
                &super::runtime::to_value("use", &r#use)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.use2 {
            let v = super::runtime::to_value("use", v)?;
            super::runtime::push_param(&mut query, "use", &v, "form", true);
        }
        if let Some(v) = &params.use3 {
            let v = super::runtime::to_value("use", v)?;
            headers.push(("use", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.use4 {
            let v = super::runtime::to_value("use", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "use", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[32usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("use", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "use", method = "GET", path = "/op32/{use}",
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
        self.run_response_hooks("use", status, &response_headers);
        match status {
            200 => {
                let headers = UseOkHeaders {
                    r#use: super::runtime::optional_header(
                        &response_headers,
                        "use",
                        status,
                    )?,
                };
                Ok(UseResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        UseError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(UseError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            UseError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op32/{use}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn use_post(
        &self,
        r#use: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<UsePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op32/");
        url.push_str(
            &super::runtime::path_param(
                "use",
                &super::runtime::to_value("use", &r#use)?,
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
            .run_request_hooks("use_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "use_post", method = "POST", path =
            "/op32/{use}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("use_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        UsePostError,
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
