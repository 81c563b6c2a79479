//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::in`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InParams {
    pub in2: ::std::option::Option<::std::string::String>,
    pub in3: ::std::option::Option<::std::string::String>,
    pub in4: ::std::option::Option<::std::string::String>,
}
impl InParams {
    /// Sets `in2`.
    #[must_use]
    pub fn in2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.in2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `in3`.
    #[must_use]
    pub fn in3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.in3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `in4`.
    #[must_use]
    pub fn in4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.in4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::in`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InOkHeaders {
    pub r#in: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::in`].
#[derive(Debug, Clone, PartialEq)]
pub enum InResponse {
    /// ok
    Ok { body: super::types::Everything, headers: InOkHeaders },
}
/// Documented error responses of [`super::Client::in`].
#[derive(Debug, Clone, PartialEq)]
pub enum InError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::in_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum InPostError {}
impl super::Client {
    /// */ operation in "#
    ///
    /// `GET /op13/{in}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#in(
        &self,
        r#in: &str,
        params: &InParams,
    ) -> ::std::result::Result<InResponse, super::Error<InError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op13/");
        url.push_str(
            &super::runtime::path_param(
                "in",
                &super::runtime::to_value("in", &r#in)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.in2 {
            let v = super::runtime::to_value("in", v)?;
            super::runtime::push_param(&mut query, "in", &v, "form", true);
        }
        if let Some(v) = &params.in3 {
            let v = super::runtime::to_value("in", v)?;
            headers.push(("in", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.in4 {
            let v = super::runtime::to_value("in", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "in", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[13usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("in", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "in", method = "GET", path = "/op13/{in}",
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
        self.run_response_hooks("in", status, &response_headers);
        match status {
            200 => {
                let headers = InOkHeaders {
                    r#in: super::runtime::optional_header(
                        &response_headers,
                        "in",
                        status,
                    )?,
                };
                Ok(InResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        InError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(InError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            InError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op13/{in}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn in_post(
        &self,
        r#in: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<InPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op13/");
        url.push_str(
            &super::runtime::path_param(
                "in",
                &super::runtime::to_value("in", &r#in)?,
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
        let req = self.run_request_hooks("in_post", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "in_post", method = "POST", path =
            "/op13/{in}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("in_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        InPostError,
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
