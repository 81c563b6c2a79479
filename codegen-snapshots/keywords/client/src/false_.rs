//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::false`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FalseParams {
    pub false2: ::std::option::Option<::std::string::String>,
    pub false3: ::std::option::Option<::std::string::String>,
    pub false4: ::std::option::Option<::std::string::String>,
}
impl FalseParams {
    /// Sets `false2`.
    #[must_use]
    pub fn false2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.false2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `false3`.
    #[must_use]
    pub fn false3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.false3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `false4`.
    #[must_use]
    pub fn false4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.false4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::false`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FalseOkHeaders {
    pub r#false: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::false`].
#[derive(Debug, Clone, PartialEq)]
pub enum FalseResponse {
    /// ok
    Ok { body: super::types::Everything, headers: FalseOkHeaders },
}
/// Documented error responses of [`super::Client::false`].
#[derive(Debug, Clone, PartialEq)]
pub enum FalseError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::false_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum FalsePostError {}
impl super::Client {
    /// */ operation false "#
    ///
    /// `GET /op8/{false}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#false(
        &self,
        r#false: &str,
        params: &FalseParams,
    ) -> ::std::result::Result<FalseResponse, super::Error<FalseError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op8/");
        url.push_str(
            &super::runtime::path_param(
                "false",
                &super::runtime::to_value("false", &r#false)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.false2 {
            let v = super::runtime::to_value("false", v)?;
            super::runtime::push_param(&mut query, "false", &v, "form", true);
        }
        if let Some(v) = &params.false3 {
            let v = super::runtime::to_value("false", v)?;
            headers.push(("false", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.false4 {
            let v = super::runtime::to_value("false", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "false", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[8usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("false", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "false", method = "GET", path =
            "/op8/{false}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("false", status, &response_headers);
        match status {
            200 => {
                let headers = FalseOkHeaders {
                    r#false: super::runtime::optional_header(
                        &response_headers,
                        "false",
                        status,
                    )?,
                };
                Ok(FalseResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        FalseError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(FalseError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            FalseError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op8/{false}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn false_post(
        &self,
        r#false: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<FalsePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op8/");
        url.push_str(
            &super::runtime::path_param(
                "false",
                &super::runtime::to_value("false", &r#false)?,
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
            .run_request_hooks("false_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "false_post", method = "POST", path =
            "/op8/{false}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("false_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        FalsePostError,
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
