//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::while`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WhileParams {
    pub while2: ::std::option::Option<::std::string::String>,
    pub while3: ::std::option::Option<::std::string::String>,
    pub while4: ::std::option::Option<::std::string::String>,
}
impl WhileParams {
    /// Sets `while2`.
    #[must_use]
    pub fn while2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.while2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `while3`.
    #[must_use]
    pub fn while3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.while3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `while4`.
    #[must_use]
    pub fn while4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.while4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::while`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WhileOkHeaders {
    pub r#while: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::while`].
#[derive(Debug, Clone, PartialEq)]
pub enum WhileResponse {
    /// ok
    Ok { body: super::types::Everything, headers: WhileOkHeaders },
}
/// Documented error responses of [`super::Client::while`].
#[derive(Debug, Clone, PartialEq)]
pub enum WhileError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::while_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum WhilePostError {}
impl super::Client {
    /// */ operation while "#
    ///
    /// `GET /op34/{while}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#while(
        &self,
        r#while: &str,
        params: &WhileParams,
    ) -> ::std::result::Result<WhileResponse, super::Error<WhileError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op34/");
        url.push_str(
            &super::runtime::path_param(
                "while",
                &super::runtime::to_value("while", &r#while)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.while2 {
            let v = super::runtime::to_value("while", v)?;
            super::runtime::push_param(&mut query, "while", &v, "form", true);
        }
        if let Some(v) = &params.while3 {
            let v = super::runtime::to_value("while", v)?;
            headers.push(("while", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.while4 {
            let v = super::runtime::to_value("while", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "while", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[34usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("while", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "while", method = "GET", path =
            "/op34/{while}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("while", status, &response_headers);
        match status {
            200 => {
                let headers = WhileOkHeaders {
                    r#while: super::runtime::optional_header(
                        &response_headers,
                        "while",
                        status,
                    )?,
                };
                Ok(WhileResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        WhileError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(WhileError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            WhileError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op34/{while}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn while_post(
        &self,
        r#while: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<WhilePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op34/");
        url.push_str(
            &super::runtime::path_param(
                "while",
                &super::runtime::to_value("while", &r#while)?,
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
            .run_request_hooks("while_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "while_post", method = "POST", path =
            "/op34/{while}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("while_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        WhilePostError,
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
