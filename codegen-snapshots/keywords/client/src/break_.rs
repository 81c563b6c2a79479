//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::break`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BreakParams {
    pub break2: ::std::option::Option<::std::string::String>,
    pub break3: ::std::option::Option<::std::string::String>,
    pub break4: ::std::option::Option<::std::string::String>,
}
impl BreakParams {
    /// Sets `break2`.
    #[must_use]
    pub fn break2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.break2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `break3`.
    #[must_use]
    pub fn break3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.break3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `break4`.
    #[must_use]
    pub fn break4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.break4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::break`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BreakOkHeaders {
    pub r#break: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::break`].
#[derive(Debug, Clone, PartialEq)]
pub enum BreakResponse {
    /// ok
    Ok { body: super::types::Everything, headers: BreakOkHeaders },
}
/// Documented error responses of [`super::Client::break`].
#[derive(Debug, Clone, PartialEq)]
pub enum BreakError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::break_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum BreakPostError {}
impl super::Client {
    /// */ operation break "#
    ///
    /// `GET /op1/{break}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#break(
        &self,
        r#break: &str,
        params: &BreakParams,
    ) -> ::std::result::Result<BreakResponse, super::Error<BreakError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op1/");
        url.push_str(
            &super::runtime::path_param(
                "break",
                &super::runtime::to_value("break", &r#break)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.break2 {
            let v = super::runtime::to_value("break", v)?;
            super::runtime::push_param(&mut query, "break", &v, "form", true);
        }
        if let Some(v) = &params.break3 {
            let v = super::runtime::to_value("break", v)?;
            headers.push(("break", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.break4 {
            let v = super::runtime::to_value("break", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "break", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[1usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("break", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "break", method = "GET", path =
            "/op1/{break}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("break", status, &response_headers);
        match status {
            200 => {
                let headers = BreakOkHeaders {
                    r#break: super::runtime::optional_header(
                        &response_headers,
                        "break",
                        status,
                    )?,
                };
                Ok(BreakResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        BreakError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(BreakError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            BreakError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op1/{break}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn break_post(
        &self,
        r#break: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<BreakPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op1/");
        url.push_str(
            &super::runtime::path_param(
                "break",
                &super::runtime::to_value("break", &r#break)?,
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
            .run_request_hooks("break_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "break_post", method = "POST", path =
            "/op1/{break}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("break_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        BreakPostError,
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
