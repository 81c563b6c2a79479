//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::extern`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExternParams {
    pub extern2: ::std::option::Option<::std::string::String>,
    pub extern3: ::std::option::Option<::std::string::String>,
    pub extern4: ::std::option::Option<::std::string::String>,
}
impl ExternParams {
    /// Sets `extern2`.
    #[must_use]
    pub fn extern2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extern2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `extern3`.
    #[must_use]
    pub fn extern3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extern3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `extern4`.
    #[must_use]
    pub fn extern4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extern4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::extern`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExternOkHeaders {
    pub r#extern: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::extern`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExternResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ExternOkHeaders },
}
/// Documented error responses of [`super::Client::extern`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExternError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::extern_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExternPostError {}
impl super::Client {
    /// */ operation extern "#
    ///
    /// `GET /op7/{extern}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#extern(
        &self,
        r#extern: &str,
        params: &ExternParams,
    ) -> ::std::result::Result<ExternResponse, super::Error<ExternError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op7/");
        url.push_str(
            &super::runtime::path_param(
                "extern",
                &super::runtime::to_value("extern", &r#extern)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.extern2 {
            let v = super::runtime::to_value("extern", v)?;
            super::runtime::push_param(&mut query, "extern", &v, "form", true);
        }
        if let Some(v) = &params.extern3 {
            let v = super::runtime::to_value("extern", v)?;
            headers.push(("extern", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.extern4 {
            let v = super::runtime::to_value("extern", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "extern", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[7usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("extern", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "extern", method = "GET", path =
            "/op7/{extern}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("extern", status, &response_headers);
        match status {
            200 => {
                let headers = ExternOkHeaders {
                    r#extern: super::runtime::optional_header(
                        &response_headers,
                        "extern",
                        status,
                    )?,
                };
                Ok(ExternResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        ExternError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(ExternError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            ExternError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op7/{extern}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn extern_post(
        &self,
        r#extern: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ExternPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op7/");
        url.push_str(
            &super::runtime::path_param(
                "extern",
                &super::runtime::to_value("extern", &r#extern)?,
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
            .run_request_hooks("extern_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "extern_post", method = "POST", path =
            "/op7/{extern}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("extern_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ExternPostError,
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
